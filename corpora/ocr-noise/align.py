"""Align an OCR'd page with its ground truth, separating layout errors from word errors.

A page's OCR text is cut into *units* (pieces between line breaks and tabs:
Tesseract lines, or the cells of a row when two columns were read across).
Each unit is located in the ground-truth page by voting on token offsets
(tokens compared without case, accents or punctuation, so misread words still
vote through their neighbours), then refined by a token alignment. Units that
continue one another in the ground truth are chained into *segments*; a page
read in the right order gives one segment, a page whose columns were
interleaved or reordered gives several. Then:

* a segment pair (ground-truth span, OCR units joined) measures word errors,
  the thing a text cleaner is for;
* layout is counted apart: segments per page beyond the first (reading-order
  breaks), switches between segments (interleaved columns), OCR tokens that
  match nothing (picture and chart debris), ground-truth tokens no segment
  covers (text lost or only read as debris).

>>> truth = "Axe 1 : agir pour l'emploi local. Le Département soutient les entreprises."
>>> ocr = "Le Departement soutient\\nles entreprises.\\nAxe 1 : agir pour\\nl'emploi local."
>>> page = align_page(truth, ocr)
>>> for segment in page.segments:
...     print(repr(segment.clean), "<-", repr(segment.noisy))
'Le Département soutient les entreprises.' <- 'Le Departement soutient\\nles entreprises.'
"Axe 1 : agir pour l'emploi local." <- "Axe 1 : agir pour\\nl'emploi local."
>>> page.breaks, page.unaligned_tokens, page.lost_tokens
(1, 0, 0)
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

_UNIT = re.compile(r"[^\n\t\f]+")
_TOKEN = re.compile(r"\S+")
_NOT_WORD = re.compile(r"[\W_]+")
RUN = 3  # a run of this many words lost or added inside a segment is layout (a line), not misreading
GAP = 2  # ground-truth tokens a continuation may skip (words the OCR lost at a line end)
EDGE = 2  # unmatched words at a unit's edge taken as misreads of the neighbouring ground truth
WINDOW = 3  # offsets within this distance vote together (OCR merges and splits shift them)


def key(token: str) -> str:
    """Comparison key: lower case, no accents, no punctuation.

    >>> key("Premiére,"), key("l’ESS"), key("—")
    ('premiere', 'less', '')
    """
    decomposed = unicodedata.normalize("NFD", token.lower())
    return _NOT_WORD.sub("", "".join(c for c in decomposed if not unicodedata.combining(c)))


@dataclass
class Unit:
    start: int  # character span in the OCR page
    end: int
    keys: list[str]
    span: tuple[int, int] | None = None  # ground-truth token span


@dataclass
class Segment:
    """A ground-truth span and the OCR units that read it, in order."""

    units: list[Unit] = field(default_factory=list)
    start: int = 0
    end: int = 0
    clean: str = ""
    noisy: str = ""


@dataclass
class Piece:
    """A stretch of a segment with word errors only (layout runs cut out)."""

    clean: str
    noisy: str


@dataclass
class PageAlignment:
    segments: list[Segment]
    truth_tokens: int
    ocr_tokens: int
    breaks: int  # segments beyond the first: reading-order discontinuities
    switches: int  # consecutive OCR units that belong to different segments (interleaved columns)
    unaligned_tokens: int  # OCR tokens in units located nowhere (debris, running headers)
    lost_tokens: int  # ground-truth tokens no segment covers
    pieces: list[Piece] = field(default_factory=list)  # the segments without their layout runs
    moved_tokens: int = 0  # ground-truth tokens read at another place of their segment
    dropped_tokens: int = 0  # ground-truth tokens of runs of RUN or more lost, or read as unrelated words
    extra_tokens: int = 0  # OCR tokens of runs of RUN or more with no ground-truth counterpart


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), key(m.group())) for m in _TOKEN.finditer(text)]


def _locate(unit: Unit, index: dict[str, list[int]], truth_keys: list[str], expected: list[int]) -> None:
    """Set ``unit.span`` to where the unit reads in the ground truth (None: nowhere)."""
    votes: Counter[int] = Counter()
    for position, k in enumerate(unit.keys):
        if k:
            for j in index.get(k, ()):
                votes[j - position] += 1
    if not votes:
        return
    n = len(unit.keys)
    useful = sum(1 for k in unit.keys if k)

    def score(offset: int) -> int:
        return sum(votes.get(offset + d, 0) for d in range(-WINDOW, WINDOW + 1))

    def near(offset: int) -> bool:
        return any(abs(offset - e) <= WINDOW for e in expected)

    best = max(votes, key=lambda o: (score(o), near(o), -min((abs(o - e) for e in expected), default=0)))
    support = score(best)
    # short units ("votes.", "Axe 2") must also continue what came before, or they could match anywhere
    if useful <= 2 and not (near(best) and support >= 1):
        return
    if useful > 2 and support < max(2, 0.4 * useful):
        return
    margin = WINDOW + n // 10
    lo, hi = max(0, best - margin), min(len(truth_keys), best + n + margin)
    blocks = [
        (i0, lo + j0, i1 - i0)
        for tag, i0, i1, j0, _j1 in Levenshtein.opcodes(unit.keys, truth_keys[lo:hi])
        if tag == "equal"
    ]
    # anchor on runs of two words at least: a lone "le" or "de" may be aligned anywhere at equal cost
    anchors = [b for b in blocks if b[2] >= 2] or blocks
    if not anchors:
        return
    first_i, first_j, _ = anchors[0]
    last_i, last_j, length = anchors[-1]
    last_i, last_j = last_i + length - 1, last_j + length - 1
    # misread words at the unit's edges stand for the ground-truth words next to the matched run
    before, after = min(first_i, EDGE), min(n - 1 - last_i, EDGE)
    unit.span = (max(0, first_j - before), min(len(truth_keys), last_j + 1 + after))


def align_page(truth: str, ocr: str) -> PageAlignment:
    """Segments and layout counts of one page (see the module docstring)."""
    truth_tokens = _tokens(truth)
    truth_keys = [k for _s, _e, k in truth_tokens]
    index: dict[str, list[int]] = defaultdict(list)
    for j, k in enumerate(truth_keys):
        if k:
            index[k].append(j)
    units = []
    for m in _UNIT.finditer(ocr):
        tokens = _tokens(m.group())
        if tokens:
            units.append(Unit(m.start(), m.end(), [k for _s, _e, k in tokens]))
    segments: list[Segment] = []
    owner: list[Segment | None] = []
    for unit in units:
        _locate(unit, index, truth_keys, [s.end for s in segments] or [0])
        owner.append(_attach(unit, segments) if unit.span else None)
    # a short unlocated unit between two units of one segment belongs to it (a garbled word or two, a
    # bullet); a longer one is a line from elsewhere (running header, caption) and stays out
    for position, unit in enumerate(units):
        if owner[position] is None and len(unit.keys) <= 2:
            before = next((owner[p] for p in range(position - 1, -1, -1) if owner[p] is not None), None)
            after = next((owner[p] for p in range(position + 1, len(units)) if owner[p] is not None), None)
            if before is not None and before is after:
                before.units.append(unit)
                owner[position] = before
    for segment in segments:
        segment.units.sort(key=lambda u: u.start)
        segment.noisy = _join(ocr, segment.units)
        segment.clean = truth[truth_tokens[segment.start][0] : truth_tokens[segment.end - 1][1]]
    covered = set()
    for segment in segments:
        covered.update(range(segment.start, segment.end))
    pieces, moved, dropped, extra = [], 0, 0, 0
    for segment in segments:
        cut = split_layout(segment.clean, segment.noisy)
        pieces += cut[0]
        moved, dropped, extra = moved + cut[1], dropped + cut[2], extra + cut[3]
    switches = sum(1 for a, b in zip(owner, owner[1:]) if a is not None and b is not None and a is not b)
    return PageAlignment(
        segments=segments,
        truth_tokens=len(truth_tokens),
        ocr_tokens=sum(len(u.keys) for u in units),
        breaks=max(0, len(segments) - 1),
        switches=switches,
        unaligned_tokens=sum(len(u.keys) for u, o in zip(units, owner) if o is None),
        lost_tokens=len(truth_tokens) - len(covered),
        pieces=pieces,
        moved_tokens=moved,
        dropped_tokens=dropped,
        extra_tokens=extra,
    )


def split_layout(clean: str, noisy: str) -> tuple[list[Piece], int, int, int]:
    """Cut layout runs out of a segment: moved words, lost or added runs of :data:`RUN` words or more.

    Returns the pieces and the counts (moved ground-truth words, dropped ground-truth
    words, extra OCR words).

    >>> pieces, moved, dropped, extra = split_layout("a b c d e f g h i", "a b c RE RE R d e f i")
    >>> [(p.clean, p.noisy) for p in pieces], moved, dropped, extra
    ([('a b c', 'a b c'), ('d e f g h i', 'd e f i')], 0, 0, 3)
    >>> pieces, moved, dropped, extra = split_layout("x les marchés de y", "x les de marchés y")
    >>> [(p.clean, p.noisy) for p in pieces], moved, dropped, extra
    ([('x les', 'x les'), ('marchés', 'marchés'), ('y', 'y')], 1, 0, 0)
    """
    truth, ocr = _tokens(clean), _tokens(noisy)
    ops = Levenshtein.opcodes([k for *_, k in truth], [k for *_, k in ocr])
    deleted = {i0: [k for *_, k in truth[i0:i1]] for tag, i0, i1, _j0, _j1 in ops if tag == "delete"}
    inserted = {j0: [k for *_, k in ocr[j0:j1]] for tag, _i0, _i1, j0, j1 in ops if tag == "insert"}
    moved_keys = [keys for keys in deleted.values() if keys in inserted.values() and any(keys)]
    cuts: list[tuple[int, int, int, int]] = []  # (truth from, truth to, ocr from, ocr to) left out
    moved = dropped = extra = 0
    for tag, i0, i1, j0, j1 in ops:
        if tag == "delete" and (deleted[i0] in moved_keys or i1 - i0 >= RUN):
            cuts.append((i0, i1, j0, j0))
            if deleted[i0] in moved_keys:
                moved += i1 - i0
            else:
                dropped += i1 - i0
        elif tag == "insert" and (inserted[j0] in moved_keys or j1 - j0 >= RUN):
            cuts.append((i0, i0, j0, j1))
            extra += 0 if inserted[j0] in moved_keys else j1 - j0
        elif tag == "replace" and min(i1 - i0, j1 - j0) >= RUN and _unrelated(truth[i0:i1], ocr[j0:j1]):
            # words from elsewhere (table cells, a caption) in place of the ground truth's: layout
            cuts.append((i0, i1, j0, j1))
            dropped += i1 - i0
            extra += j1 - j0
    pieces = []
    truth_at, ocr_at = 0, 0
    for i0, i1, j0, j1 in [*cuts, (len(truth), len(truth), len(ocr), len(ocr))]:
        if i0 > truth_at:
            noisy_piece = noisy[ocr[ocr_at][0] : ocr[j0 - 1][1]] if j0 > ocr_at else ""
            pieces.append(Piece(clean[truth[truth_at][0] : truth[i0 - 1][1]], noisy_piece))
        truth_at, ocr_at = i1, j1
    return pieces, moved, dropped, extra


def _unrelated(truth: list[tuple[int, int, str]], ocr: list[tuple[int, int, str]]) -> bool:
    """Whether two runs of words share too few letters to be a misreading of one another."""
    from rapidfuzz.fuzz import ratio

    left = " ".join(k for *_, k in truth)
    right = " ".join(k for *_, k in ocr)
    return ratio(left, right) < 40


def _attach(unit: Unit, segments: list[Segment]) -> Segment:
    """Add the unit to the segment it continues, or open a new one."""
    assert unit.span is not None
    start, end = unit.span
    candidates = [s for s in segments if s.end - 2 <= start <= s.end + GAP]
    if candidates:
        segment = min(candidates, key=lambda s: abs(start - s.end))
        segment.units.append(unit)
        segment.end = max(segment.end, end)
        return segment
    segment = Segment(units=[unit], start=start, end=end)
    segments.append(segment)
    return segment


def _join(ocr: str, units: list[Unit]) -> str:
    """The units' OCR text in order: the original separator between neighbours, else a line break."""
    parts = [ocr[units[0].start : units[0].end]]
    for previous, unit in zip(units, units[1:]):
        between = ocr[previous.end : unit.start]
        parts.append(between if between and not between.strip() and "\t" not in between else "\n")
        parts.append(ocr[unit.start : unit.end])
    return "".join(parts)
