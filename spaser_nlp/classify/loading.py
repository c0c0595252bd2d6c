"""The shipped theme models, loaded once per process (thread-safe cache).

A module of its own (re-exported by :mod:`spaser_nlp.classify`) so that the document-level helpers
(:mod:`spaser_nlp.classify.document`) can load a model without importing the package ``__init__``, which
imports them lazily: no import cycle.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from spaser_nlp.classify.scorer import ThemeScorer

if TYPE_CHECKING:
    from spaser_nlp.classify.model import ThemeClassifier

_LOCK = threading.Lock()
_MODELS: dict[tuple[str, str], ThemeScorer] = {}


def _cached(kind: str, variant: str, path: str | Path | None, load: Callable[[Path], ThemeScorer]) -> ThemeScorer:
    from spaser_nlp.classify.persist import variant_dir

    directory = Path(path) if path is not None else variant_dir(variant)
    key = (kind, str(directory.resolve()))
    with _LOCK:
        if key not in _MODELS:
            _MODELS[key] = load(directory)
        return _MODELS[key]


def release_theme_models() -> None:
    """Forget the loaded theme models: the next load reads them again."""
    with _LOCK:
        _MODELS.clear()


def load_theme_model(variant: str = "default", *, path: str | Path | None = None) -> ThemeClassifier:
    """The shipped theme model (``"default"``: lexical+embedding, ``"lexical"``: fast), loaded once per process.

    ``path`` loads a model directory written by ``spaser train themes --output``.
    """
    from spaser_nlp.classify.persist import load_theme_model_from

    return _cached("estimator", variant, path, load_theme_model_from)  # type: ignore[return-value]


def load_theme_scorer(variant: str = "default", *, path: str | Path | None = None) -> ThemeScorer:
    """Like :func:`load_theme_model`, as a :class:`ThemeScorer` (no scikit-learn import; same probabilities)."""
    from spaser_nlp.classify.persist import load_theme_scorer_from

    return _cached("scorer", variant, path, load_theme_scorer_from)


__all__ = ["load_theme_model", "load_theme_scorer"]
