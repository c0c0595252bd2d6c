"""Command-line options shared by the commands that read documents: the ingestion limits."""

from __future__ import annotations

import typer

from spaser_nlp.limits import DEFAULT_LIMITS, MIB, Limits

_PAGES = DEFAULT_LIMITS.max_pages or 0
_MPX = (DEFAULT_LIMITS.max_pixels or 0) // 1_000_000
_STREAM = (DEFAULT_LIMITS.max_stream_bytes or 0) // MIB
_OPERATORS = DEFAULT_LIMITS.max_operators or 0

MAX_PAGES = typer.Option(_PAGES, "--max-pages", min=0, metavar="N", help="Refuse PDFs with more pages (0: no limit).")
MAX_MEGAPIXELS = typer.Option(
    _MPX, "--max-megapixels", min=0, metavar="N",
    help="Megapixels of one page's picture for OCR: larger pages are rendered at a lower dpi (down to 150), "
    "larger images refused (0: no limit).",
)
MAX_STREAM_MIB = typer.Option(
    _STREAM, "--max-stream-mib", min=0, metavar="MIB", help="Refuse PDFs with a stream that expands beyond this many MiB (0: no limit)."
)
MAX_OPERATORS = typer.Option(
    _OPERATORS, "--max-operators", min=0, metavar="N",
    help="Refuse PDFs with a content stream of more drawing operators (0: no limit).",
)


def limits_from(max_pages: int, max_megapixels: int, max_stream_mib: int, max_operators: int) -> Limits:
    """The :class:`Limits` the four options give (0 turns a limit off)."""
    return Limits(
        max_pages=max_pages or None,
        max_pixels=max_megapixels * 1_000_000 or None,
        max_stream_bytes=max_stream_mib * MIB or None,
        max_operators=max_operators or None,
    )
