"""Ordered segments to blocks: paragraphs, headings, list items, boxes and tables."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from spaser_nlp.ingest.layout_lines import DASH_BULLETS, Line, is_bullet, words_text
from spaser_nlp.ingest.layout_order import Segment
from spaser_nlp.ingest.textnorm import LINE_END_HYPHENS as _LINE_END_HYPHENS
from spaser_nlp.ingest.textnorm import join_lines, normalize_unicode


@dataclass
class LayoutBlock:
    """A block in reading order, ready to become a :class:`spaser_nlp.document.Block`."""

    kind: str
    text: str
    orig: str
    bbox: tuple[float, float, float, float]
    column: int
    font_size: float
    bold: bool
    lines: list[Line]


def _bbox(lines: Sequence[Line]) -> tuple[float, float, float, float]:
    return (
        min(l.x0 for l in lines),
        min(l.top for l in lines),
        max(l.x1 for l in lines),
        max(l.bottom for l in lines),
    )


def body_font_size(lines: Sequence[Line]) -> float:
    """The font size carrying most characters: the size of body text."""
    weights: dict[float, int] = {}
    for line in lines:
        for word in line.words:
            weights[round(word.size, 1)] = weights.get(round(word.size, 1), 0) + len(word.text)
    return max(weights, key=lambda size: (weights[size], -size)) if weights else 10.0


def _typical_gap(segments: Sequence[Segment]) -> float:
    gaps = [
        b.top - a.bottom
        for segment in segments
        if segment.kind == "flow"
        for a, b in zip(segment.lines, segment.lines[1:])
        if 0 <= b.top - a.bottom and abs(a.size - b.size) < 0.5
    ]
    return statistics.median(gaps) if gaps else 2.0


@dataclass
class _Draft:
    lines: list[Line]
    column: int
    bullet: str | None = None


def _opens_item(line: Line, new_block: bool, current: _Draft | None) -> str | None:
    first = line.words[0].text
    if len(line.words) < 2 or not is_bullet(first):
        return None
    if first in DASH_BULLETS and not new_block and not (current and current.bullet == first):
        return None
    return first


def _flow_drafts(segment: Segment, gap_limit: float, drafts: list[_Draft]) -> None:
    for line in segment.lines:
        current = drafts[-1] if drafts else None
        previous = current.lines[-1] if current else None
        new_block = True
        if previous is not None and current is not None:
            gap = line.top - previous.bottom
            overlap = min(line.x1, previous.x1) - max(line.x0, previous.x0)
            new_block = (
                gap > gap_limit
                or gap < -0.5 * line.size
                or overlap <= 0
                or abs(line.size - previous.size) > 0.6
                or line.bold != previous.bold
            )
            if not new_block and current.bullet and line.x0 < current.lines[0].words[1].x0 - 2:
                new_block = True  # back at the bullet's margin: the list item ended
        bullet = _opens_item(line, new_block, current)
        if bullet or new_block:
            drafts.append(_Draft([line], segment.column, bullet))
        else:
            current.lines.append(line)  # type: ignore[union-attr]


def _line_text(line: Line, drop_bullet: bool) -> str:
    return words_text(line.words[1:] if drop_bullet else line.words)


def build_blocks(segments: Sequence[Segment], body_size: float | None = None) -> list[LayoutBlock]:
    """Group ordered segments into blocks: paragraphs, headings, list items and tables."""
    all_lines = [line for segment in segments for line in segment.lines]
    if not all_lines:
        return []
    body = body_size or body_font_size(all_lines)
    gap_limit = _typical_gap(segments) + max(0.35 * body, 1.5)
    blocks: list[LayoutBlock] = []
    for segment in segments:
        if segment.kind == "table":
            blocks.append(_table_block(segment))
            continue
        drafts: list[_Draft] = []
        _flow_drafts(segment, gap_limit, drafts)
        blocks.extend(_draft_block(draft, body, segment.in_box) for draft in drafts)
    return _merge_continuations(_merge_split_paragraphs(blocks, gap_limit))


def _draft_block(draft: _Draft, body: float, in_box: bool) -> LayoutBlock:
    lines = draft.lines
    texts = [_line_text(line, index == 0 and draft.bullet is not None) for index, line in enumerate(lines)]
    size = lines[0].size
    bold = all(line.bold for line in lines)
    if draft.bullet:
        kind = "list_item"
    elif (bold or size >= 1.15 * body) and len(lines) <= 4:
        kind = "heading"
    else:
        kind = "box" if in_box else "paragraph"
    return LayoutBlock(
        kind=kind,
        text=normalize_unicode(join_lines(texts)),
        orig="\n".join(line.text for line in lines),
        bbox=_bbox(lines),
        column=draft.column,
        font_size=size,
        bold=bold,
        lines=list(lines),
    )


def _table_block(segment: Segment) -> LayoutBlock:
    row_texts = []
    row_origs = []
    for row in segment.rows:
        cells = [normalize_unicode(join_lines([line.text for line in cell])) for cell in row]
        row_texts.append("\t".join(cells))
        row_origs.append("\t".join("\n".join(line.text for line in cell) for cell in row))
    lines = segment.lines
    return LayoutBlock(
        kind="table_row",
        text="\n".join(row_texts),
        orig="\n".join(row_origs),
        bbox=_bbox(lines),
        column=segment.column,
        font_size=statistics.median(line.size for line in lines),
        bold=False,
        lines=list(lines),
    )


def _merge_split_paragraphs(blocks: list[LayoutBlock], gap_limit: float) -> list[LayoutBlock]:
    """Rejoin a paragraph that the XY-cut put in two regions (e.g. its last short line)."""
    merged: list[LayoutBlock] = []
    for block in blocks:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and block.kind == "paragraph"
            and previous.kind == "paragraph"
            and 0 <= block.bbox[1] - previous.lines[-1].bottom <= gap_limit
            and abs(block.font_size - previous.font_size) <= 0.6
            and abs(block.bbox[0] - previous.bbox[0]) <= 2
            and previous.lines[-1].x1 >= previous.bbox[2] - 0.15 * (previous.bbox[2] - previous.bbox[0])
        ):
            lines = previous.lines + block.lines
            merged[-1] = LayoutBlock(
                kind="paragraph",
                text=normalize_unicode(join_lines([line.text for line in lines])),
                orig=previous.orig + "\n" + block.orig,
                bbox=_bbox(lines),
                column=previous.column,
                font_size=previous.font_size,
                bold=previous.bold and block.bold,
                lines=lines,
            )
        else:
            merged.append(block)
    return merged


_SENTENCE_END = tuple(".!?…:;»)\"”")


def ends_with_broken_word(text: str) -> bool:
    """Whether ``text`` ends with a word cut by a hyphen ("partici-"): it cannot end a paragraph.

    >>> ends_with_broken_word("les partici-"), ends_with_broken_word("2022-"), ends_with_broken_word("fin.")
    (True, False, False)
    """
    return len(text) > 1 and text.endswith(_LINE_END_HYPHENS) and text[-2].isalpha()


def _runs_on(previous: LayoutBlock, block: LayoutBlock) -> bool:
    """Whether ``block`` continues the paragraph ``previous`` from the foot of a column.

    The second part is in lower case, at the same size, and either the first
    ends with a word broken by a hyphen, or it has no final punctuation and
    the second starts higher on the page, further right (the next column).
    """
    if not (
        previous.kind in {"paragraph", "list_item", "box"}
        and block.kind in {"paragraph", "box"}
        and abs(block.font_size - previous.font_size) <= 0.6
        and block.text[:1].islower()
    ):
        return False
    if ends_with_broken_word(previous.text):
        return True
    return (
        block.bbox[1] < previous.bbox[3]
        and block.bbox[0] > previous.bbox[0]
        and not previous.text.endswith(_SENTENCE_END)
    )


def _joined(previous: LayoutBlock, block: LayoutBlock) -> LayoutBlock:
    # join_lines dehyphenates the word broken at the column break ("partici-" + "pants").
    return LayoutBlock(
        kind=previous.kind,
        text=normalize_unicode(join_lines([previous.text, block.text])),
        orig=previous.orig + "\n" + block.orig,
        bbox=_bbox(previous.lines + block.lines),
        column=previous.column,
        font_size=previous.font_size,
        bold=previous.bold and block.bold,
        lines=previous.lines + block.lines,
    )


def _merge_continuations(blocks: list[LayoutBlock]) -> list[LayoutBlock]:
    """Rejoin a paragraph that runs on from the foot of a column to the head of the next.

    A paragraph ending with a broken word also runs on past one block set
    between the two parts (a heading or a box at the head of the next column):
    that block then follows the rejoined paragraph.
    """
    pending = list(blocks)
    merged: list[LayoutBlock] = []
    index = 0
    while index < len(pending):
        block = pending[index]
        previous = merged[-1] if merged else None
        if previous is not None and _runs_on(previous, block):
            merged[-1] = _joined(previous, block)
        elif (
            previous is not None
            and ends_with_broken_word(previous.text)
            and block.kind != "table_row"
            # A lower-case block between is itself a continuation (OCR sizes may differ), not a heading.
            and not block.text[:1].islower()
            and index + 1 < len(pending)
            and _runs_on(previous, pending[index + 1])
        ):
            merged[-1] = _joined(previous, pending[index + 1])
            pending[index + 1] = block  # the block set between follows the rejoined paragraph
        else:
            merged.append(block)
        index += 1
    return merged
