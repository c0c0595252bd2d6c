"""French OCR post-correction: explainable, offset-preserving, never breaks correct text.

``clean_text`` returns the cleaned text, the edits (raw span, before, after,
rule, confidence) and an offset map from every cleaned character back to the
raw text; ``clean`` is the pipeline stage ``Document -> Document``.

>>> from spaser_nlp.clean import clean_text
>>> clean_text("Le progrés de UESS").text
"Le progrès de l'ESS"
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spaser_nlp.clean.cleaner import Cleaner, default_cleaner
    from spaser_nlp.clean.config import CleanConfig
    from spaser_nlp.clean.lexicon import Lexicon
    from spaser_nlp.document.model import CleanedText, Document, Edit

# Imported on first use, so that `spaser_nlp.clean.lexicon` (the consultation's label check) does not
# bring in the cleaner, its fixers and the whole ingest package (PDF, OCR, pydantic: 70 ms, 15 MB).
_LAZY = {
    "Cleaner": "spaser_nlp.clean.cleaner", "default_cleaner": "spaser_nlp.clean.cleaner",
    "CleanConfig": "spaser_nlp.clean.config", "Lexicon": "spaser_nlp.clean.lexicon",
    "CleanedText": "spaser_nlp.document.model",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def clean_text(text: str, *, config: CleanConfig | None = None) -> CleanedText:
    """Clean ``text`` with the default (shared) cleaner or one built for ``config``."""
    from spaser_nlp.clean.cleaner import Cleaner, default_cleaner

    cleaner = default_cleaner() if config is None else Cleaner(config)
    return cleaner.clean_text(text)


def clean(document: Document, *, config: CleanConfig | None = None) -> Document:
    """Pipeline stage: set ``document.clean`` from ``document.text`` and return the document."""
    from spaser_nlp.clean.cleaner import Cleaner, default_cleaner

    cleaner = default_cleaner() if config is None else Cleaner(config)
    return cleaner(document)


def explain(text: str, *, config: CleanConfig | None = None) -> list[Edit]:
    """The edits cleaning ``text`` makes, each with its rule and confidence.

    >>> [(e.before, e.after, e.rule) for e in explain("une enquéte")]
    [('enquéte', 'enquête', 'accent')]
    """
    return clean_text(text, config=config).edits


__all__ = ["CleanConfig", "Cleaner", "CleanedText", "Lexicon", "clean", "clean_text", "default_cleaner", "explain"]


# `spaser_nlp.clean(document)` works even after `import spaser_nlp.clean` bound this module to that name.
from spaser_nlp._callable import make_module_callable  # noqa: E402

make_module_callable(__name__, clean)
