"""Read a PDF page's text layer into blocks in reading order, and judge whether it is usable.

pdfplumber gives the words with their boxes and fonts; :mod:`spaser_nlp.ingest.layout`
orders them (columns, bands, tables) and groups them into blocks. The page is
flagged unusable, so that the caller OCRs it instead, when the text layer is
empty, tiny, made of unmapped glyphs or of symbols, or of letters that form no
words (a font with a broken encoding).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spaser_nlp.document import BBox, Block, Page
from spaser_nlp.ingest.layout import BoxRect, HRule, LayoutBlock, LayoutWord, VRule, layout_page
from spaser_nlp.ingest.pdf_fast import PdfiumPage, kept_chars
from spaser_nlp.ingest.pdf_turned import text_turn, turn_box, turned_size, turned_words
from spaser_nlp.ingest.textnorm import (
    is_garbage_text,
    known_word_ratio,
    latin_letter_share,
    latin_words,
    letter_ratio,
    script_name,
)

# Below these, a page's text layer is not trusted (see :func:`judge_text_layer`).
MIN_CHARS = 20
MAX_GARBAGE_RATIO = 0.10
MIN_LETTER_RATIO = 0.5
MIN_KNOWN_WORD_RATIO = 0.5
# Word lists tried last, before a Latin-script text layer is refused as letters that form no words.
OTHER_LATIN_LANGUAGES = ("de", "es", "it", "pt", "nl")
# A text layer with fewer Latin letters than this is in another script and is not checked against word lists.
MIN_LATIN_SHARE = 0.5

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold|demi\b|extrabold|,b\b", re.IGNORECASE)


@dataclass
class TextLayerPage:
    """A page read from its text layer, with the verdict on whether to trust it.

    ``reason`` is ``"ok"`` or why the page should be OCR'd instead:
    ``"no_text"``, ``"too_little_text"``, ``"garbage_text"``,
    ``"mostly_non_letters"`` or ``"unknown_words"``.
    """

    page: Page
    char_count: int
    garbage_ratio: float
    usable: bool
    reason: str

    @property
    def blocks(self) -> list[Block]:
        return self.page.blocks


def is_bold_font(fontname: str) -> bool:
    """Whether a PDF font name denotes a bold face.

    >>> is_bold_font("ABCDEF+Arial-BoldMT"), is_bold_font("Helvetica"), is_bold_font("Arial,Bold")
    (True, False, True)
    """
    return bool(_BOLD_FONT.search(fontname.split("+")[-1]))


def _words(pdf_page: Any, turn: int = 0) -> tuple[list[LayoutWord], int]:
    """Upright words of the page inside its box, and how many rotated words were left out.

    ``turn`` (degrees clockwise, see :mod:`spaser_nlp.ingest.pdf_turned`) reads the page in the frame where its
    text runs left to right.
    """
    width, height = float(pdf_page.width), float(pdf_page.height)
    if turn:
        raw = turned_words(pdf_page.chars, turn, width, height)
        width, height = turned_size(width, height, turn)
    else:
        raw = pdf_page.extract_words(
            extra_attrs=["fontname", "size"], use_text_flow=False, keep_blank_chars=False
        )
    words: list[LayoutWord] = []
    rotated = 0
    for word in raw:
        if not word.get("upright", True):
            rotated += 1
            continue
        if word["x1"] < 0 or word["x0"] > width or word["bottom"] < 0 or word["top"] > height:
            continue
        words.append(
            LayoutWord(
                text=word["text"],
                x0=float(word["x0"]),
                x1=float(word["x1"]),
                top=float(word["top"]),
                bottom=float(word["bottom"]),
                size=round(float(word.get("size") or (word["bottom"] - word["top"])), 2),
                bold=is_bold_font(str(word.get("fontname", ""))),
            )
        )
    return words, rotated


def _edges(pdf_page: Any, turn: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The page's horizontal and vertical edges, in the frame turned by ``turn``."""
    if not turn:
        return pdf_page.horizontal_edges, pdf_page.vertical_edges
    width, height = float(pdf_page.width), float(pdf_page.height)
    edges = [turn_box(edge, turn, width, height) for edge in pdf_page.edges]
    horizontal = [edge for edge in edges if edge["bottom"] - edge["top"] <= edge["x1"] - edge["x0"]]
    return horizontal, [edge for edge in edges if edge["bottom"] - edge["top"] > edge["x1"] - edge["x0"]]


def _rules(horizontal_edges: list[dict[str, Any]]) -> list[HRule]:
    """Horizontal lines and rectangle edges at least 20 points long (table rules, box edges)."""
    rules = []
    for edge in horizontal_edges:
        if edge["x1"] - edge["x0"] >= 20:
            rules.append(HRule(float(edge["x0"]), float(edge["x1"]), float(edge["top"])))
    return rules


def _vrules(vertical_edges: list[dict[str, Any]]) -> list[VRule]:
    """Vertical lines and rectangle edges at least 10 points long (table column borders)."""
    return [
        VRule(float(edge["x0"]), float(edge["top"]), float(edge["bottom"]))
        for edge in vertical_edges
        if edge["bottom"] - edge["top"] >= 10
    ]


def _box_rects(pdf_page: Any, turn: int = 0) -> list[BoxRect]:
    """Rectangles big enough to frame text, but not the page background."""
    page_area = float(pdf_page.width) * float(pdf_page.height)
    width, height = float(pdf_page.width), float(pdf_page.height)
    rects = [turn_box(rect, turn, width, height) for rect in pdf_page.rects] if turn else pdf_page.rects
    boxes = []
    for rect in rects:
        width, height = rect["x1"] - rect["x0"], rect["bottom"] - rect["top"]
        if width >= 30 and height >= 12 and width * height < 0.5 * page_area:
            boxes.append(BoxRect(float(rect["x0"]), float(rect["top"]), float(rect["x1"]), float(rect["bottom"])))
    return boxes


def judge_text_layer(text: str, languages: tuple[str, ...] = ()) -> tuple[bool, str]:
    """Whether extracted ``text`` can be trusted, and the reason when it cannot.

    The word-list test (a font with a broken encoding gives Latin letters that form no words) applies to
    Latin-script words only, checked against French, English and ``languages`` (wordfreq codes, from
    ``--lang``); a text layer mostly in another script (Arabic, Chinese...) is kept as it is.

    >>> judge_text_layer("")
    (False, 'no_text')
    >>> judge_text_layer("(cid:3)(cid:4)(cid:5) " * 20)
    (False, 'garbage_text')
    >>> judge_text_layer("Axe 1 : développer les clauses sociales dans les marchés publics")
    (True, 'ok')
    """
    char_count = sum(1 for char in text if not char.isspace())
    if char_count == 0:
        return False, "no_text"
    if is_garbage_text(text) > MAX_GARBAGE_RATIO:
        return False, "garbage_text"
    if char_count < MIN_CHARS:
        return False, "too_little_text"
    if letter_ratio(text) < MIN_LETTER_RATIO:
        return False, "mostly_non_letters"
    latin = latin_letter_share(text)
    if latin is not None and latin < MIN_LATIN_SHARE:
        return True, "ok"
    if latin is not None and latin < 1.0:
        text = latin_words(text)
    # French alone first: enough for almost every page, and English's word list (0.1 s to load) is then
    # never read; English words (and those of --lang) count too before a page is refused.
    known = known_word_ratio(text, english=False)
    if known is not None and known < MIN_KNOWN_WORD_RATIO:
        known = known_word_ratio(text, languages=languages)
    if known is not None and known < MIN_KNOWN_WORD_RATIO:
        # Real words of another Latin-script language are still words; a broken encoding's are in none.
        known = known_word_ratio(text, languages=languages + OTHER_LATIN_LANGUAGES)
    if known is not None and known < MIN_KNOWN_WORD_RATIO:
        return False, "unknown_words"
    return True, "ok"


def _block(layout_block: LayoutBlock, page_number: int, index: int) -> Block:
    x0, y0, x1, y1 = layout_block.bbox
    return Block(
        id=f"p{page_number}-b{index}",
        kind=layout_block.kind,  # type: ignore[arg-type]
        page=page_number,
        bbox=BBox(x0=x0, y0=y0, x1=x1, y1=y1),
        text=layout_block.text,
        orig=layout_block.orig,
        column=layout_block.column,
        font_size=layout_block.font_size,
        bold=layout_block.bold,
    )


def deduplicated(pdf_page: Any) -> Any:
    """``pdf_page.dedupe_chars()``: the page without its doubled characters (fake bold, overprinted text).

    The same characters in the same order as pdfplumber's, without its last step, which puts the kept
    characters back in page order with ``sorted(kept, key=chars.index)``: a linear search comparing dicts for
    every character, quadratic in the page's characters and nine tenths of the time of reading a dense
    born-digital page. Here the characters kept are the ones pdfplumber keeps (see
    :func:`spaser_nlp.ingest.pdf_fast.kept_chars`), and the public ``page.filter`` keeps them, in page order,
    with every other object.
    """
    kept = kept_chars(pdf_page.chars)
    return pdf_page.filter(lambda obj: obj.get("object_type") != "char" or id(obj) in kept)


def read_text_layer(pdf_page: Any, page_number: int, languages: tuple[str, ...] = ()) -> TextLayerPage:
    """Read ``pdf_page`` (a ``pdfplumber`` page, or a :class:`~spaser_nlp.ingest.pdf_fast.PdfiumPage`) into a
    :class:`TextLayerPage`.

    The page's blocks are in reading order, with ids ``p<page>-b<index>``;
    ``page.source`` is ``"text_layer"``. Running headers and footers are still
    there: :func:`spaser_nlp.ingest.furniture.remove_running_furniture` takes
    them out once all pages are read.
    """
    # A page read through pdfium is upright and deduplicated already (see :mod:`spaser_nlp.ingest.pdf_fast`).
    turn = 0 if isinstance(pdf_page, PdfiumPage) else text_turn(pdf_page.chars)
    # A turned page is deduplicated once turned (see :func:`spaser_nlp.ingest.pdf_turned.turned_words`).
    page_obj = deduplicated(pdf_page) if hasattr(pdf_page, "dedupe_chars") and not turn else pdf_page
    words, rotated = _words(page_obj, turn)
    horizontal, vertical = _edges(page_obj, turn)
    layout_blocks = layout_page(words, _rules(horizontal), _box_rects(page_obj, turn), _vrules(vertical)) if words else []
    blocks = [_block(block, page_number, index) for index, block in enumerate(layout_blocks)]
    raw_text = "\n".join(word.text for word in words)
    usable, reason = judge_text_layer(raw_text, languages)
    width, height = turned_size(float(pdf_page.width), float(pdf_page.height), turn)
    page = Page(
        number=page_number,
        width=width,
        height=height,
        rotation=turn,
        source="text_layer",
        columns=max((block.column or 0 for block in blocks), default=0) + 1 if blocks else None,
        blocks=blocks,
    )
    if rotated:
        page.warnings.append(f"{rotated} rotated words left out of the text")
    latin = latin_letter_share(raw_text)
    if usable and latin is not None and latin < MIN_LATIN_SHARE:
        page.warnings.append(f"text layer mostly in {script_name(raw_text)} script, not French; kept as it is")
    if turn:
        page.warnings.append(f"text runs turned on the displayed page; read turned by {turn} degrees clockwise")
    return TextLayerPage(
        page=page,
        char_count=sum(1 for char in raw_text if not char.isspace()),
        garbage_ratio=round(is_garbage_text(raw_text), 4),
        usable=usable,
        reason=reason,
    )
