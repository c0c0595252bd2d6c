"""Remove running headers, footers and page numbers from the pages of one document.

Works on any page source (text layer, OCR) because it only looks at blocks:
their position on the page and their text. A block is furniture when it sits
in the top or bottom band of its page and either is a bare page number
("3", "- 3 -", "Page 3", "3/12", "p. 3") or has a text that repeats, digits
aside and with some tolerance for OCR noise, in the same band of at least
40 % of the pages (and of two pages at least), which also catches headers
alternating between odd and even pages.
"""

from __future__ import annotations

import math
import re
from difflib import SequenceMatcher

from spaser_nlp.document import Block, Page

BAND = 0.10  # share of the page height at the top and at the bottom searched for furniture
MIN_SHARE = 0.40  # share of pages a running header or footer must appear on
MAX_CHARS = 200  # longer blocks are content, not furniture
SIMILARITY = 0.85

_PAGE_NUMBER = re.compile(
    r"^(?:page|p\.?|pp\.?)?\s*[-–—|·•]?\s*(?:\d{1,3}|[ivxlcdm]{1,6})\s*[-–—|·•]?\s*(?:(?:/|sur|of)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")


def is_page_number(text: str) -> bool:
    """Whether ``text`` is a bare page number.

    >>> [is_page_number(t) for t in ["3", "- 3 -", "Page 3", "3/12", "p. 3", "12 sur 40", "iv"]]
    [True, True, True, True, True, True, True]
    >>> [is_page_number(t) for t in ["Axe 3", "2026", "25 %", ""]]
    [False, False, False, False]
    """
    return bool(_PAGE_NUMBER.match(text.strip())) if text.strip() else False


def furniture_key(text: str) -> str:
    """The text compared across pages: lower case, digits as ``#``, spaces collapsed.

    >>> furniture_key("  Région Sud · SPASER 2024-2028 |  p. 12 ")
    'région sud · spaser #-# | p. #'
    """
    return " ".join(_DIGITS.sub("#", text.lower()).split())


def _band(block: Block, page: Page) -> str | None:
    if page.height <= 0 or len(block.text) > MAX_CHARS:
        return None
    if block.bbox.y1 <= page.height * (BAND + 0.02) or block.bbox.y0 < page.height * BAND * 0.5:
        return "top"
    if block.bbox.y0 >= page.height * (1 - BAND - 0.02) or block.bbox.y1 > page.height * (1 - BAND * 0.5):
        return "bottom"
    return None


def _similar(a: str, b: str) -> bool:
    if a == b:
        return True
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.quick_ratio() >= SIMILARITY and matcher.ratio() >= SIMILARITY


def remove_running_furniture(pages: list[Page]) -> None:
    """Move running headers, footers and page numbers from ``page.blocks`` to ``page.removed``.

    >>> from spaser_nlp.document import BBox
    >>> def page(n, texts):
    ...     blocks = [Block(id=f"p{n}-b{i}", page=n, bbox=BBox(x0=50, y0=y, x1=300, y1=y + 10), text=t)
    ...               for i, (y, t) in enumerate(texts)]
    ...     return Page(number=n, width=595, height=842, source="text_layer", blocks=blocks)
    >>> pages = [page(n, [(20, "SPASER 2024-2028"), (400, f"Contenu {n}"), (815, str(n))]) for n in (1, 2, 3)]
    >>> remove_running_furniture(pages)
    >>> [[b.text for b in p.blocks] for p in pages]
    [['Contenu 1'], ['Contenu 2'], ['Contenu 3']]
    >>> [b.text for b in pages[0].removed]
    ['SPASER 2024-2028', '1']
    """
    candidates: list[tuple[int, Block, str, str]] = []
    for page_index, page in enumerate(pages):
        for block in page.blocks:
            band = _band(block, page)
            if band is not None and block.text.strip():
                candidates.append((page_index, block, band, furniture_key(block.text)))
    needed = max(2, math.ceil(MIN_SHARE * len(pages)))
    furniture: set[int] = set()  # id() of the blocks: ids need not be unique across sources
    for page_index, block, band, key in candidates:
        if is_page_number(block.text):
            furniture.add(id(block))
            continue
        pages_with_it = {
            other_page
            for other_page, _, other_band, other_key in candidates
            if other_band == band and _similar(key, other_key)
        }
        if len(pages_with_it) >= needed:
            furniture.add(id(block))
    if not furniture:
        return
    for page in pages:
        page.removed.extend(block for block in page.blocks if id(block) in furniture)
        page.blocks = [block for block in page.blocks if id(block) not in furniture]
