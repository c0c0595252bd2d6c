"""Build :attr:`Document.text` from pages and blocks and set every offset."""

from __future__ import annotations

from spaser_nlp.document.model import BLOCK_SEPARATOR, PAGE_SEPARATOR, Page


def assemble_text(pages: list[Page]) -> str:
    """Join the blocks of ``pages`` into the document text, setting offsets in place.

    Blocks of a page are joined by a blank line and pages by a form feed, so a
    page's text never contains a form feed and offsets are exact:

    >>> from spaser_nlp.document.model import Block, BBox, Page
    >>> box = BBox(x0=0, y0=0, x1=1, y1=1)
    >>> p1 = Page(number=1, width=1, height=1, source="text", blocks=[
    ...     Block(id="p1-b0", page=1, bbox=box, text="Axe 1"),
    ...     Block(id="p1-b1", page=1, bbox=box, text="Réduire de 40 %")])
    >>> p2 = Page(number=2, width=1, height=1, source="text", blocks=[
    ...     Block(id="p2-b0", page=2, bbox=box, text="Fin")])
    >>> text = assemble_text([p1, p2])
    >>> text
    'Axe 1\\n\\nRéduire de 40 %\\x0cFin'
    >>> b = p1.blocks[1]; text[b.char_start:b.char_end]
    'Réduire de 40 %'
    >>> p2.char_start, p2.char_end
    (23, 26)
    """
    parts: list[str] = []
    offset = 0
    for page_index, page in enumerate(pages):
        if page_index:
            parts.append(PAGE_SEPARATOR)
            offset += len(PAGE_SEPARATOR)
        page.char_start = offset
        for block_index, block in enumerate(page.blocks):
            if block_index:
                parts.append(BLOCK_SEPARATOR)
                offset += len(BLOCK_SEPARATOR)
            text = block.text.replace(PAGE_SEPARATOR, " ")
            block.text = text
            block.char_start = offset
            parts.append(text)
            offset += len(text)
            block.char_end = offset
            if block.words:
                _set_word_offsets(block)
        page.char_end = offset
    return "".join(parts)


def _set_word_offsets(block) -> None:
    """Locate each OCR word in the block text (words appear in order)."""
    cursor = 0
    for word in block.words:
        found = block.text.find(word.text, cursor)
        if found < 0:
            word.char_start = word.char_end = -1
            continue
        word.char_start = block.char_start + found
        word.char_end = word.char_start + len(word.text)
        cursor = found + len(word.text)
