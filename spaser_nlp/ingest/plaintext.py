"""Plain-text inputs (``.txt``, ``.md``): text someone already extracted or OCR'd.

A form feed starts a new page and a blank line a new block. The lines of a
block are joined with dehyphenation, except in tables (lines holding tab
characters), whose rows stay one per line. The text has no geometry: pages
and boxes are zero-sized.
"""

from __future__ import annotations

import re
from pathlib import Path

from spaser_nlp.document import BBox, Block, Page
from spaser_nlp.errors import CorruptFileError
from spaser_nlp.ingest.textnorm import join_lines, normalize_unicode

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_NO_BOX = BBox(x0=0.0, y0=0.0, x1=0.0, y1=0.0)


def decode_text(data: bytes, path: Path) -> str:
    """The file's text: UTF-8 (with or without BOM), else Windows-1252 as French files often are."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CorruptFileError("the text file is neither UTF-8 nor Windows-1252; convert it to UTF-8", path=path)


def _block(text: str, page_number: int, index: int) -> Block:
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    is_table = any("\t" in line for line in lines)
    joined = "\n".join(lines) if is_table else join_lines([line.strip() for line in lines])
    return Block(
        id=f"p{page_number}-b{index}",
        kind="table_row" if is_table else "paragraph",
        page=page_number,
        bbox=_NO_BOX,
        text=normalize_unicode(joined),
        orig=text.strip("\n"),
    )


def text_pages(text: str) -> list[Page]:
    """Pages of blocks from plain text.

    >>> pages = text_pages("Axe 1\\n\\nDévelop-\\nper les clauses\\fFin")
    >>> [[b.text for b in p.blocks] for p in pages]
    [['Axe 1', 'Développer les clauses'], ['Fin']]
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages = []
    for page_index, page_text in enumerate(text.split("\f")):
        number = page_index + 1
        chunks = [chunk for chunk in _BLANK_LINE.split(page_text) if chunk.strip()]
        blocks = [_block(chunk, number, index) for index, chunk in enumerate(chunks)]
        pages.append(Page(number=number, width=0.0, height=0.0, source="text", blocks=blocks))
    # A trailing form feed ends the last page; it does not open an empty one.
    if len(pages) > 1 and not pages[-1].blocks:
        pages.pop()
    return pages
