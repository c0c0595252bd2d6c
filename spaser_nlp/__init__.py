"""spaser_nlp: turn French responsible-purchasing strategies (SPASER) and their consultations into data.

The public API is imported lazily so that ``import spaser_nlp`` stays fast and
loads no heavy model:

>>> import spaser_nlp
>>> spaser_nlp.__version__
'0.1.0'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spaser_nlp._version import __version__
from spaser_nlp.errors import SpaserError

if TYPE_CHECKING:  # pragma: no cover
    from spaser_nlp.document import Document
    from spaser_nlp.ingest import ingest

_LAZY = {
    "Document": ("spaser_nlp.document", "Document"),
    "ingest": ("spaser_nlp.ingest", "ingest"),
    "clean": ("spaser_nlp.clean", "clean"),
    "extract_objectives": ("spaser_nlp.extract", "extract_objectives"),
    "load_results": ("spaser_nlp.store", "load_results"),
    "compare": ("spaser_nlp.comparison", "compare"),
}

__all__ = ["Document", "SpaserError", "__version__", "clean", "compare", "extract_objectives", "ingest", "load_results"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module_name, attribute = _LAZY[name]
        return getattr(importlib.import_module(module_name), attribute)
    raise AttributeError(f"module 'spaser_nlp' has no attribute {name!r}")
