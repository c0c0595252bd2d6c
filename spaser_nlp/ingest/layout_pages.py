"""Across pages: a word broken by a hyphen at the foot of a page is rejoined with its end.

Each page is laid out on its own (:mod:`spaser_nlp.ingest.layout`), so a
paragraph running on to the next page leaves "partici-" at the foot of one
and "pants" at the head of the next. Once running headers and footers are
gone (:func:`spaser_nlp.ingest.furniture.remove_running_furniture`), the end
of the word moves up to the foot of the page, joined by the rules of
:func:`spaser_nlp.ingest.textnorm.join_lines`. Each block's ``orig`` keeps the
text as extracted.
"""

from __future__ import annotations

from collections.abc import Sequence

from spaser_nlp.document import Page
from spaser_nlp.ingest.layout_blocks import ends_with_broken_word
from spaser_nlp.ingest.textnorm import join_lines

_FLOW = ("paragraph", "list_item", "box")


def rejoin_words_across_pages(pages: Sequence[Page]) -> int:
    """Rejoin the words broken across page breaks of ``pages`` (in place); return how many.

    Call it after the running furniture is removed and before the text is
    assembled (block offsets are set from the block texts).

    >>> from spaser_nlp.document import BBox, Block
    >>> def page(number, text):
    ...     block = Block(id=f"p{number}-b0", kind="paragraph", page=number, text=text, orig=text,
    ...                   bbox=BBox(x0=50, y0=50, x1=300, y1=80))
    ...     return Page(number=number, width=595, height=842, source="text_layer", blocks=[block])
    >>> pages = [page(1, "Les partici-"), page(2, "pants au marché.")]
    >>> rejoin_words_across_pages(pages), pages[0].blocks[0].text, pages[1].blocks[0].text
    (1, 'Les participants', 'au marché.')
    """
    joined = 0
    for before, after in zip(pages, pages[1:]):
        if not before.blocks or not after.blocks:
            continue
        last, first = before.blocks[-1], after.blocks[0]
        if last.kind not in _FLOW or first.kind not in ("paragraph", "box"):
            continue
        if not (ends_with_broken_word(last.text) and first.text[:1].islower()):
            continue
        head, _, rest = first.text.partition(" ")
        last.text = join_lines([last.text, head])
        first.text = rest.lstrip()
        if not first.text:
            after.blocks.remove(first)
        joined += 1
    return joined
