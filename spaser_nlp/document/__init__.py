"""The typed document model shared by every stage (imports nothing else from the package)."""

from spaser_nlp.document.assemble import assemble_text
from spaser_nlp.document.model import (
    BLOCK_SEPARATOR,
    PAGE_SEPARATOR,
    SCHEMA_VERSION,
    BBox,
    Block,
    CleanedText,
    Document,
    DocumentError,
    Edit,
    Objective,
    Page,
    Provenance,
    Section,
    Span,
    ThemeScore,
    Word,
)

__all__ = [
    "BLOCK_SEPARATOR",
    "PAGE_SEPARATOR",
    "SCHEMA_VERSION",
    "BBox",
    "Block",
    "CleanedText",
    "Document",
    "DocumentError",
    "Edit",
    "Objective",
    "Page",
    "Provenance",
    "Section",
    "Span",
    "ThemeScore",
    "Word",
    "assemble_text",
]
