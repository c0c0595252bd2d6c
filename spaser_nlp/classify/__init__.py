"""Theme classification: the taxonomy, the trained multi-label classifier, and the stage.

Public API:

- :func:`load_taxonomy` - the 16 themes, French labels, definitions, keywords;
- :class:`ThemeClassifier` - the scikit-learn estimator;
- :func:`load_theme_model` - the shipped model (lazy, cached per process);
- :func:`classify_document` - a table of theme scores per document, section or sentence;
- :func:`classify` - the pipeline stage ``Document -> Document`` (sets ``Document.themes``).
"""

from __future__ import annotations

import threading
from pathlib import Path

from spaser_nlp.classify.model import ThemeClassifier
from spaser_nlp.classify.taxonomy import Taxonomy, Theme, load_taxonomy

_LOCK = threading.Lock()
_MODELS: dict[str, ThemeClassifier] = {}


def load_theme_model(variant: str = "default", *, path: str | Path | None = None) -> ThemeClassifier:
    """The shipped theme model (``"default"``: lexical+embedding, ``"lexical"``: fast), loaded once per process.

    ``path`` loads a model directory written by ``spaser train themes --output``.
    """
    from spaser_nlp.classify.persist import load_theme_model_from
    from spaser_nlp.classify.train import variant_dir

    directory = Path(path) if path is not None else variant_dir(variant)
    key = str(directory.resolve())
    with _LOCK:
        if key not in _MODELS:
            _MODELS[key] = load_theme_model_from(directory)
        return _MODELS[key]


def __getattr__(name: str):
    # The document-level helpers pull in pandas: import them only when asked for.
    if name in {"classify_document", "classify", "document_profile", "ThemeRecord"}:
        from spaser_nlp.classify import document

        return getattr(document, name)
    raise AttributeError(name)


__all__ = [
    "Taxonomy",
    "Theme",
    "ThemeClassifier",
    "ThemeRecord",
    "classify",
    "classify_document",
    "document_profile",
    "load_taxonomy",
    "load_theme_model",
]
