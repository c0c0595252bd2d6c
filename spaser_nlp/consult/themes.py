"""SPASER themes of issues through the theme classifier (``spaser_nlp.classify``), if installed.

Raises :class:`ImportError` when the classifier is not there; the pipeline
then records "classifieur de thèmes absent" in the settings.
"""

from __future__ import annotations

from typing import Any

import numpy as np

_MIN_SCORE = 0.3


def _as_pairs(prediction: Any) -> list[tuple[str, float]]:
    """Normalise one prediction: a {theme: score} mapping, or a list of (theme, score) / objects."""
    if isinstance(prediction, dict):
        return [(str(k), float(v)) for k, v in prediction.items()]
    pairs = []
    for item in prediction or []:
        if isinstance(item, (tuple, list)) and len(item) == 2:
            pairs.append((str(item[0]), float(item[1])))
        elif hasattr(item, "theme"):
            pairs.append((str(item.theme), float(getattr(item, "score", 1.0))))
        elif isinstance(item, str):
            pairs.append((item, 1.0))
    return pairs


def themes_for_texts(texts: list[str]) -> tuple[list[list[dict[str, Any]]], str]:
    """Per text, the themes scoring at least 0.3 (best first), and a note for the settings."""
    from spaser_nlp.classify import load_theme_scorer  # ImportError: classifier not installed

    try:
        model = load_theme_scorer()
    except Exception as error:  # noqa: BLE001 - a missing model must not stop the analysis
        return [[] for _ in texts], f"classifieur de thèmes indisponible ({type(error).__name__})"
    if hasattr(model, "predict_proba") and hasattr(model, "classes_"):
        # The ThemeClassifier contract: (n, k) probabilities, columns in classes_, per-theme thresholds_.
        probabilities = np.asarray(model.predict_proba(texts))
        thresholds = np.broadcast_to(np.asarray(getattr(model, "thresholds_", 0.5), dtype=float), probabilities.shape[1:])
        result = []
        for row in probabilities:
            kept = sorted(
                ((str(theme), float(p)) for theme, p, t in zip(model.classes_, row, thresholds) if p >= t),
                key=lambda kv: (-kv[1], kv[0]),
            )
            result.append([{"theme": theme, "score": round(p, 3)} for theme, p in kept[:3]])
        return result, f"spaser_nlp.classify ({type(model).__name__})"
    for method in ("predict_scores", "predict_proba_texts", "score_texts", "predict_texts", "predict"):
        if hasattr(model, method):
            predictions = getattr(model, method)(texts)
            break
    else:
        return [[] for _ in texts], "classifieur de thèmes sans méthode de prédiction connue"
    result = []
    for prediction in predictions:
        pairs = sorted(_as_pairs(prediction), key=lambda kv: (-kv[1], kv[0]))
        result.append([{"theme": t, "score": round(s, 3)} for t, s in pairs if s >= _MIN_SCORE][:3])
    return result, f"spaser_nlp.classify ({type(model).__name__})"
