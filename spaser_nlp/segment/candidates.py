"""Find the blocks (or block openings) that are headings of the plan, with their signals.

Signals: the block kind ingestion gave (``heading`` from typography on text
layers, from line height on OCR pages), a plan label at the block start
("Action 2.1.3 – …" in a bullet list), an outline number ("1.2 …"), the font
size (or, on OCR pages, the median word height) and boldness. Box titles,
table-header fragments, table-of-contents entries and the cover title are
left out. Sibling headings that ingestion stacked into one block, or ran into
the lines of a paragraph, are split again when each line carries the next
number in sequence ("II.2 …", "II.3 …").
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from spaser_nlp.document import Block, Document, Word
from spaser_nlp.document.model import SectionKind
from spaser_nlp.segment.labels import HeadingLabel, fold, parse_label, parse_outline, parse_shape, romanise_ocr
from spaser_nlp.segment.textmap import TextView

_MAX_HEADING_CHARS = 220
_MAX_HEADING_WORDS = 32
_MAX_ITEM_TITLE_CHARS = 260
_OCR_HEADING_RATIO = 1.12
# An OCR heading run into the paragraph below it (see ``_Finder._run_in_headings``).
_MAX_RUN_IN_CHARS = 160
_RUN_IN_GAP = 0.65  # gap above the next line, as a share of that line's word height (running text: about 0.4)
_RUN_IN_BLANK_GAP = 1.3  # a gap this tall is a paragraph break whatever the type
_RUN_IN_WIDER = 1.04
_RUN_IN_TALLER = 1.1
_BOX_INDENT = 4.0  # points; a framed box's text starts a few points inside its column
_COLUMN_SLACK = 40.0
_MARGIN_SLACK = 0.03  # share of the block's width
# A roman first part that OCR read with digits or a lower-case L, then a dotted number ("II1.1", "IL.2")
_OCR_ROMAN_RE = re.compile(r"^[1lLI|VX]{1,4}\.\d")
_TOC_HEADINGS = ("sommaire", "table des matieres", "au sommaire", "contents")
_TOC_LINE_RE = re.compile(r"(?:\.{3,}|…+|\bpages?\s*|\bp\.\s*)\s*\d{1,3}\s*$", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"(?<=[a-zà-ÿ0-9»)])[.!?](?=\s+[A-ZÀ-Ý«])")


@dataclass
class Candidate:
    """A heading found in the document, before it gets its place in the tree."""

    start: int  # working-text offsets of the heading text
    end: int
    text: str
    page: int
    source: str  # "heading" (a heading block) or "item" (the opening of another block)
    size: float | None
    bold: bool | None
    label: HeadingLabel | None
    outline: tuple[str, int, str] | None
    family: SectionKind = "chapitre"
    rank: float = 1.0
    # an OCR line opening a paragraph with the shape of a label with an unknown word ("Programme 1.1 : …"):
    # kept only if it joins a run of such labels (``spaser_nlp.segment.runs``)
    tentative: bool = False
    ocr: bool = False  # read from an OCR layer (its numbers may hold OCR confusions)

    @property
    def number(self) -> str | None:
        if self.label is not None:
            return self.label.number
        return self.outline[0] if self.outline else None


def block_size(block: Block) -> float | None:
    """The block's font size, or on OCR pages the median height of its words (points)."""
    if block.font_size:
        return block.font_size
    if block.words:
        return statistics.median(word.bbox.height for word in block.words)
    return None


def body_size(document: Document) -> float | None:
    """The most common size of running text (paragraph blocks), weighted by length."""
    sizes: dict[float, int] = {}
    for page in document.pages:
        for block in page.blocks:
            size = block_size(block)
            if block.kind == "paragraph" and size:
                key = round(size, 1)
                sizes[key] = sizes.get(key, 0) + len(block.text)
    if not sizes:
        return None
    return max(sizes.items(), key=lambda item: (item[1], -item[0]))[0]


def ocr_rows(words: list[Word]) -> list[list[Word]]:
    """The OCR words of a block grouped by text line: a word left of the one before it opens a new line."""
    rows: list[list[Word]] = []
    for word in words:
        if rows and word.bbox.x0 < rows[-1][-1].bbox.x0 - 1:
            rows.append([])
        if not rows:
            rows.append([])
        rows[-1].append(word)
    return rows


def _char_width(words: list[Word]) -> float:
    """Mean width of a character in these words (points): wider in bold or bigger type, blind to justification."""
    chars = sum(len(word.text) for word in words)
    return sum(word.bbox.width for word in words) / chars if chars else 0.0


def _is_toc_entry(text: str) -> bool:
    return bool(_TOC_LINE_RE.search(text))


def _item_title_end(text: str) -> int:
    """Where the heading part of a labelled bullet or paragraph ends."""
    if len(text) <= _MAX_ITEM_TITLE_CHARS:
        return len(text)
    match = _SENTENCE_END_RE.search(text)
    return match.end() if match else _MAX_ITEM_TITLE_CHARS


def _opening_lines_length(block: Block) -> int | None:
    """Length in ``block.text`` of an OCR heading that opens a block: its first line and lower-case continuations."""
    lines = block.orig.split("\n")
    taken = [lines[0]]
    for line in lines[1:]:
        if not line[:1].islower() or len(" ".join([*taken, line])) > _MAX_HEADING_CHARS:
            break
        taken.append(line)
    if len(taken) == len(lines):
        return None
    joined = " ".join(taken)
    if block.text.startswith(joined):
        return len(joined)
    next_line = lines[len(taken)]
    position = block.text.find(next_line[:20])
    return position if position > 0 else None


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _ordinal(part: str) -> int | None:
    """The value of one part of a plan number: "3", "IV" or "B"."""
    if part.isdigit():
        return int(part)
    if re.fullmatch(r"[IVXL]+", part) and len(part) > 1 or part in ("I", "V", "X"):
        values = [_ROMAN[c] for c in part]
        return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    if re.fullmatch(r"[A-H]", part):
        return ord(part) - ord("A") + 1
    return None


def _sequence_key(line: str) -> tuple[str, str] | None:
    """(label type, number) of a heading line that opens with a plan label or an outline number."""
    label = parse_label(line) or parse_shape(line)  # a label word, known or not ("Programme 1.2 : …")
    if label is not None and label.number:
        return fold(label.label), label.number
    outline = parse_outline(line)
    return ("", outline[0]) if outline is not None else None


def follows(previous: str, number: str) -> bool:
    """Whether ``number`` is the next sibling of ``previous`` ("I.2" -> "I.3", "1.3.1" -> "1.3.2", "A" -> "B").

    >>> follows("I.2", "I.3"), follows("1.3.1", "1.3.2"), follows("II", "III"), follows("1.2", "2.1")
    (True, True, True, False)
    """
    before, after = previous.split("."), number.split(".")
    if len(before) != len(after) or before[:-1] != after[:-1]:
        return False
    first, second = _ordinal(before[-1]), _ordinal(after[-1])
    return first is not None and second is not None and second == first + 1


def stacked_heading_starts(lines: list[str]) -> list[int]:
    """Indexes of the lines of one heading block that open a new sibling heading.

    Consecutive headings with no text between them ("II.2 Fixer des objectifs", "II.3 Développer
    son plan d'action") can reach segmentation as one block of several lines. A line opens a new
    heading when it starts with the same kind of label or outline as the heading before it and
    the next number in sequence, so that a title wrapped onto a line that happens to start with
    a number ("… dans\n3 domaines") is not cut.
    """
    starts = [0]
    current = _sequence_key(lines[0]) if lines else None
    for index, line in enumerate(lines[1:], start=1):
        key = _sequence_key(line)
        if key is not None and current is not None and key[0] == current[0] and follows(current[1], key[1]):
            starts.append(index)
            current = key
    return starts


def _looks_like_heading_text(text: str) -> bool:
    return (
        0 < len(text) <= _MAX_HEADING_CHARS
        and len(text.split()) <= _MAX_HEADING_WORDS
        and any(char.isalpha() for char in text)
    )


class _Finder:
    def __init__(self, document: Document, view: TextView) -> None:
        self.document = document
        self.view = view
        self.body = body_size(document)
        self.blocks = [block for page in document.pages for block in page.blocks]
        self.tolerance = 0.6 if any(p.source == "text_layer" for p in document.pages) else 1.2

    def working(self, block: Block, raw_start: int, raw_end: int) -> tuple[int, int, str]:
        start, end = self.view.span_from_raw(raw_start, raw_end)
        text = self.view.text[start:end]
        # Trim so the span holds exactly the stripped heading text.
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        return start + lead, start + lead + len(text), text

    def cover_title_index(self) -> int | None:
        """Index of the document title (largest heading opening page 1), left out of the plan."""
        first_page = [i for i, b in enumerate(self.blocks) if b.page == self.blocks[0].page] if self.blocks else []
        headings = [i for i in first_page if self.blocks[i].kind == "heading"]
        if not headings:
            return None
        first = headings[0]
        text = self.blocks[first].text
        if parse_label(text) is not None or parse_outline(text) is not None:
            return None  # "1. Contexte" or "Axe 1" opening page 1 is part of the plan
        size = block_size(self.blocks[first]) or 0.0
        others = [block_size(self.blocks[i]) or 0.0 for i in first_page if i != first]
        if size > 0 and all(size > other + self.tolerance for other in others):
            return first
        return None

    def looks_like_ocr_heading(self, block: Block, text: str) -> bool:
        """A short, unpunctuated OCR paragraph set in larger type than the running text."""
        size = block_size(block)
        if size is None or self.body is None or block.kind != "paragraph":
            return False
        return (
            block.orig.count("\n") <= 1
            and len(text) <= 90
            and text[:1].isupper()
            and not text.rstrip().endswith((".", ",", ";", ":"))
            and size >= self.body * _OCR_HEADING_RATIO
        )

    def skip_heading(self, index: int, text: str) -> bool:
        block = self.blocks[index]
        following = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
        same_page_next = following if following is not None and following.page == block.page else None
        if same_page_next is not None and same_page_next.kind == "box":
            return True  # the title of a framed box ("Le saviez-vous ?"), not a section
        size = block_size(block)
        if size is not None and self.body is not None and size < self.body - self.tolerance / 2 and not block.words:
            return True  # set smaller than running text: a table-header fragment or a caption, not a section
        if (
            size is not None and self.body is not None and abs(size - self.body) <= self.tolerance / 2
            and block.bold is False and text.rstrip().endswith(".") and not block.words
            and parse_label(text) is None and parse_outline(text) is None
        ):
            return True  # a sentence in running type, not bold: a short paragraph that ingestion took for a heading
        return not _looks_like_heading_text(text)

    def find(self) -> list[Candidate]:
        candidates: list[Candidate] = []
        in_toc = False
        cover = self.cover_title_index()
        for index, block in enumerate(self.blocks):
            if block.kind == "table_row" or index == cover or block.char_start < 0:
                continue
            start, end, text = self.working(block, block.char_start, block.char_end)
            if not text:
                continue
            if block.kind == "heading":
                in_toc = fold(text).strip(" :") in _TOC_HEADINGS
                if self.skip_heading(index, text):
                    continue
                candidates.extend(self._heading_candidates(block, start, end, text))
                continue
            if in_toc or _is_toc_entry(text):
                continue
            stacked = self._headings_inside(block, candidates)
            if stacked:
                candidates.extend(stacked)
                continue
            if block.words and self.looks_like_ocr_heading(block, text):
                candidates.append(self._candidate(block, start, end, text, "heading"))
                continue
            label = parse_label(text)
            if label is not None and block.words and "\n" in block.orig:
                cut = _opening_lines_length(block)
                if cut is not None and cut < len(text):
                    start, end, text = self.working(block, block.char_start, block.char_start + cut)
                    candidates.append(self._candidate(block, start, end, text, "heading"))
                    continue
            if label is None and block.words:
                tentative = self._tentative_headings(block)
                if tentative:
                    candidates.extend(tentative)
                    continue
            if label is None and block.words:
                run_in = self._run_in_headings(block)
                if run_in:
                    candidates.extend(run_in)
                    continue
            if label is None or label.family in ("chapitre", "axe", "objectif") and len(text) > _MAX_HEADING_CHARS:
                continue
            if label.family in ("axe", "objectif", "chapitre") and text.rstrip().endswith((".", ";", ",")):
                continue  # a sentence that happens to open with "Objectif 2 ...", not a heading
            if label.number is None and label.family != "indicateur":
                continue
            cut = _item_title_end(text)
            candidates.append(self._candidate(block, start, start + cut, text[:cut].rstrip(), "item"))
        return _merge_split_titles(candidates, self.view.text)

    def _run_in_headings(self, block: Block) -> list[Candidate]:
        """Unlabelled OCR headings that ingestion ran into a paragraph, found from the OCR layer's geometry.

        A line (with its lower-case continuations) is cut out as a heading when it opens the block or
        follows a finished sentence, reads like a title (capital or outline number first, no final
        punctuation but "?" or "!", short), the block is not indented within its column (a framed box's
        title is), and the words show the break with a neighbouring line of running text (the next one,
        which must open with a capital, or else the one before): a gap of at least ``_RUN_IN_GAP`` of that
        line's word height with type wider or taller than its, or a gap of a blank line.
        """
        if block.kind != "paragraph" or "\n" not in block.orig or not block.words:
            return []
        lines = [line.strip() for line in block.orig.split("\n") if line.strip()]
        rows = ocr_rows(block.words)
        if len(lines) < 2 or len(rows) != len(lines) or self.indent(block) > _BOX_INDENT:
            return []
        found: list[Candidate] = []
        offset, index = 0, 0
        while index < len(lines):
            taken = index + 1
            while taken < len(lines) and lines[taken][:1].islower():
                taken += 1
            heading = " ".join(lines[index:taken])
            after_sentence = index == 0 or lines[index - 1].endswith((".", "!", "?", ":", ";"))
            if after_sentence and self._breaks_off(lines, rows, index, taken, heading):
                position = block.text.find(lines[index], offset)
                stop = block.text.find(lines[taken][:20], position + 1) if taken < len(lines) else len(block.text)
                if 0 <= position < stop:
                    start, end, text = self.working(block, block.char_start + position, block.char_start + stop)
                    if text:
                        found.append(self._candidate(block, start, end, text, "heading"))
                    offset = stop
            index = taken
        return found

    @staticmethod
    def _breaks_off(lines: list[str], rows: list[list[Word]], index: int, taken: int, heading: str) -> bool:
        if (
            not (heading[:1].isupper() or heading[:1].isdigit())
            or heading.endswith((".", ",", ";", ":", "-", "–", "—"))
            or _is_toc_entry(heading)
            or not _looks_like_heading_text(heading)
            or len(heading) > _MAX_RUN_IN_CHARS
        ):
            return False
        if taken < len(lines):
            if not lines[taken][:1].isupper():
                return False
            body, upper, lower = rows[taken], rows[taken - 1], rows[taken]
        elif index > 0:
            body, upper, lower = rows[index - 1], rows[index - 1], rows[index]
        else:
            return False
        body_height = statistics.median(w.bbox.height for w in body)
        if body_height <= 0:
            return False
        gap = (min(w.bbox.y0 for w in lower) - max(w.bbox.y1 for w in upper)) / body_height
        if gap >= _RUN_IN_BLANK_GAP:
            return True
        # a title wrapped onto lower-case lines that run, like the block's other lines, to its right margin
        # is justified running text
        right = max(w.bbox.x1 for row in rows for w in row)
        reach = [max(w.bbox.x1 for w in row) >= right - _MARGIN_SLACK * (right - rows[0][0].bbox.x0) for row in rows]
        if taken - index > 1 and all(reach[index:taken]) and sum(reach) - (taken - index) >= 2:
            return False
        title = [w for row in rows[index:taken] for w in row]
        wider = _char_width(title) >= _RUN_IN_WIDER * _char_width(body)
        taller = statistics.median(w.bbox.height for w in rows[index]) >= _RUN_IN_TALLER * body_height
        return gap >= _RUN_IN_GAP and (wider or taller)

    def indent(self, block: Block) -> float:
        """How far ``block`` starts right of the leftmost OCR block of its column on its page (points)."""
        lefts = [
            other.bbox.x0 for other in self.blocks
            if other.page == block.page and other.words and abs(other.bbox.x0 - block.bbox.x0) < _COLUMN_SLACK
        ]
        return block.bbox.x0 - min(lefts) if lefts else 0.0

    def _tentative_headings(self, block: Block) -> list[Candidate]:
        """OCR lines of a paragraph with the shape of a label with an unknown word ("Programme 1.1 : …"), tentatively.

        The opening lines of the paragraph when they open with such a label, and any later line that does
        ("Programme 1.1 : …\nProjet 1.1.1 – …" read as one paragraph).
        """
        lines = block.orig.split("\n")
        found: list[Candidate] = []
        offset = 0
        for index, raw_line in enumerate(lines):
            line = raw_line.strip()
            position = block.text.find(line, offset) if line else -1
            if position < 0:
                continue
            offset = position + len(line)
            if parse_shape(line) is None:
                continue
            end = offset
            if index == 0:
                cut = _opening_lines_length(block) if len(lines) > 1 else len(block.text)
                if cut is None:
                    continue
                end = cut
            start, stop, heading = self.working(block, block.char_start + position, block.char_start + end)
            if _looks_like_heading_text(heading):
                candidate = self._candidate(block, start, stop, heading, "heading")
                candidate.tentative = True
                found.append(candidate)
        return found

    def _heading_candidates(self, block: Block, start: int, end: int, text: str) -> list[Candidate]:
        """One candidate per heading of a heading block (several when sibling headings were stacked into it)."""
        lines = [line.strip() for line in block.orig.split("\n") if line.strip()]
        starts = stacked_heading_starts(lines) if len(lines) > 1 else [0]
        positions = [0]
        for index in starts[1:]:
            position = block.text.find(lines[index], positions[-1] + 1)
            if position <= positions[-1]:
                return [self._candidate(block, start, end, text, "heading")]
            positions.append(position)
        if len(positions) == 1:
            return [self._candidate(block, start, end, text, "heading")]
        pieces = []
        for first, following in zip(positions, [*positions[1:], len(block.text)]):
            piece_start, piece_end, piece = self.working(block, block.char_start + first, block.char_start + following)
            if piece:
                pieces.append(self._candidate(block, piece_start, piece_end, piece, "heading"))
        return pieces

    def _headings_inside(self, block: Block, candidates: list[Candidate]) -> list[Candidate]:
        """Headings that ingestion ran into the lines of a paragraph, continuing the numbering of the last heading.

        "Texte de la section.\nII.3 Outils d'aide…\nII.4 Outils de formation…" after the heading
        "II.2 Objectifs": each line that carries the next number in sequence is a heading of its own.
        """
        if block.kind != "paragraph" or "\n" not in block.orig:
            return []
        previous = next((c for c in reversed(candidates) if c.source == "heading"), None)
        current = _sequence_key(previous.text) if previous is not None else None
        if current is None:
            return []
        found: list[Candidate] = []
        offset = 0
        for line in block.orig.split("\n"):
            line = line.strip()
            position = block.text.find(line, offset) if line else -1
            if position < 0:
                continue
            offset = position + len(line)
            key = _sequence_key(line)
            if key is None or key[0] != current[0] or not follows(current[1], key[1]) or not _looks_like_heading_text(line):
                continue
            start, end, text = self.working(block, block.char_start + position, block.char_start + offset)
            heading = self._candidate(block, start, end, text, "heading")
            assert previous is not None
            heading.size, heading.bold = previous.size, previous.bold  # a sibling of the heading it continues
            found.append(heading)
            current = key
        return found

    def _candidate(self, block: Block, start: int, end: int, text: str, source: str) -> Candidate:
        outline = parse_outline(text)
        if outline is None and block.words and _OCR_ROMAN_RE.match(text):
            outline = parse_outline(romanise_ocr(text))  # OCR's "II1.1 Gouvernance", "IL.1 Cadre" (III.1, II.1)
        return Candidate(
            start=start,
            end=start + len(text) if end - start > len(text) else end,
            text=text,
            page=block.page,
            source=source,
            size=block_size(block),
            bold=block.bold,
            label=parse_label(text),
            outline=outline,
            ocr=block.words is not None,
        )


def _merge_split_titles(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Join "Axe 2" and the title heading just below it ("Réduire l'empreinte…") into one."""
    merged: list[Candidate] = []
    for candidate in candidates:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.source == "heading"
            and candidate.source == "heading"
            and previous.label is not None
            and not previous.label.title
            and candidate.label is None
            and candidate.page == previous.page
            and candidate.start - previous.end <= 4
        ):
            previous.end = candidate.end
            previous.text = text[previous.start:previous.end].replace("\n\n", " – ")
            previous.label = parse_label(previous.text) or previous.label
            continue
        merged.append(candidate)
    return merged


def find_candidates(document: Document, view: TextView) -> list[Candidate]:
    """The heading candidates of ``document``, in reading order."""
    return _Finder(document, view).find()
