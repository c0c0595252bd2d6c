"""Theme classification: the taxonomy, the trained multi-label classifier, and the stage.

Public API:

- :func:`load_taxonomy` - the 16 themes, French labels, definitions, keywords;
- :class:`ThemeClassifier` - the scikit-learn estimator (fitting, ``get_params``, ``clone``);
- :func:`load_theme_model` - the shipped model as that estimator (lazy, cached per process);
- :func:`load_theme_scorer` - the same model as a :class:`ThemeScorer`: the same probabilities, without
  importing scikit-learn (what the pipeline stage uses; about a second less to start a process);
- :func:`classify_document` - a table of theme scores per document, section or sentence;
- :func:`classify` - the pipeline stage ``Document -> Document`` (sets ``Document.themes``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spaser_nlp.classify.loading import load_theme_model, load_theme_scorer
from spaser_nlp.classify.scorer import ThemeScorer
from spaser_nlp.classify.taxonomy import Taxonomy, Theme, load_taxonomy

if TYPE_CHECKING:
    from spaser_nlp.classify.model import ThemeClassifier


def __getattr__(name: str):
    # The estimator imports scikit-learn, the document-level helpers pandas: import them only when asked for.
    if name == "ThemeClassifier":
        from spaser_nlp.classify.model import ThemeClassifier

        return ThemeClassifier
    if name in {"classify_document", "classify", "document_profile", "ThemeRecord"}:
        from spaser_nlp.classify import document

        return getattr(document, name)
    raise AttributeError(name)


__all__ = [
    "Taxonomy",
    "Theme",
    "ThemeClassifier",
    "ThemeRecord",
    "ThemeScorer",
    "classify",
    "classify_document",
    "document_profile",
    "load_taxonomy",
    "load_theme_model",
    "load_theme_scorer",
]
