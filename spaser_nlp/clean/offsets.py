"""Offset-preserving text edits: apply replacements, keep a map back to the raw text.

Every cleaning stage proposes :class:`Replacement` s in the coordinates of the
text it sees. :class:`EditBuffer` applies them, keeps ``offset_map`` (one raw
offset per current character, plus one for the end) and records each change as
an edit in *raw* coordinates. A change that touches an earlier edit is fused
with it, so the final edits never overlap and each says which raw span became
which cleaned span:

>>> buf = EditBuffer("le progrés ﬁnal")
>>> buf.apply([Replacement(11, 12, "fi", "ligature")])
>>> buf.apply([Replacement(3, 10, "progrès", "accent")])
>>> buf.text
'le progrès final'
>>> [(e.start, e.end, e.before, e.after, e.rule) for e in buf.edits()]
[(3, 10, 'progrés', 'progrès', 'accent'), (11, 12, 'ﬁ', 'fi', 'ligature')]
>>> buf.offset_map[11:14]
[11, 11, 12]
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spaser_nlp.document.model import Edit


@dataclass(frozen=True)
class Replacement:
    """Replace ``[start, end)`` of the current text by ``after`` (``start == end`` inserts)."""

    start: int
    end: int
    after: str
    rule: str
    confidence: float = 1.0


@dataclass
class _Record:
    """An edit being built: its raw span, its span in the current text, its rules."""

    raw_start: int
    raw_end: int
    cur_start: int
    cur_end: int
    rules: list[str] = field(default_factory=list)
    confidence: float = 1.0


def apply_to_string(text: str, replacements: list[Replacement]) -> str:
    """Apply replacements to a plain string (what the pure ``str -> str`` fixers use).

    >>> apply_to_string("abc", [Replacement(1, 2, "XY", "demo")])
    'aXYc'
    """
    out: list[str] = []
    cursor = 0
    for rep in sorted(replacements, key=lambda r: (r.start, r.end)):
        if rep.start < cursor:
            continue
        out.append(text[cursor : rep.start])
        out.append(rep.after)
        cursor = rep.end
    out.append(text[cursor:])
    return "".join(out)


class EditBuffer:
    """The text being cleaned, its map to the raw text and the edits made so far."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        self.offset_map: list[int] = list(range(len(raw) + 1))
        self._records: list[_Record] = []

    def apply(self, replacements: list[Replacement]) -> None:
        """Apply replacements given in current-text coordinates (overlapping ones: first wins)."""
        if not replacements:
            return
        applied: list[Replacement] = []
        for rep in sorted(replacements, key=lambda r: (r.start, r.end)):
            if applied and rep.start < applied[-1].end:
                continue
            if rep.after == self.text[rep.start : rep.end]:
                continue
            applied.append(rep)
        if not applied:
            return
        old_map = self.offset_map
        pieces: list[str] = []
        new_map: list[int] = []
        fresh: list[_Record] = []
        cursor = 0
        for rep in applied:
            pieces.append(self.text[cursor : rep.start])
            new_map.extend(old_map[cursor : rep.start])
            raw_start = old_map[rep.start]
            if rep.end > rep.start:
                # the raw position of the next character: characters inserted by an earlier
                # edit map to where they were inserted and must not widen the span
                raw_end = max(raw_start, old_map[rep.end])
                last = rep.end - rep.start - 1
                new_map.extend(old_map[rep.start + min(i, last)] for i in range(len(rep.after)))
            else:
                raw_end = raw_start
                new_map.extend([raw_start] * len(rep.after))
            pieces.append(rep.after)
            # cur_* hold OLD coordinates until _regroup maps them
            fresh.append(_Record(raw_start, raw_end, rep.start, rep.end, [rep.rule], rep.confidence))
            cursor = rep.end
        pieces.append(self.text[cursor:])
        new_map.extend(old_map[cursor:])
        self._records = _regroup(self._records, fresh, applied)
        self.text = "".join(pieces)
        self.offset_map = new_map

    def edits(self) -> list[Edit]:
        """The edits so far, in raw coordinates, sorted, never overlapping."""
        return [
            Edit(
                start=rec.raw_start,
                end=rec.raw_end,
                before=self.raw[rec.raw_start : rec.raw_end],
                after=self.text[rec.cur_start : rec.cur_end],
                rule="+".join(dict.fromkeys(rec.rules)),
                confidence=round(rec.confidence, 3),
            )
            for rec in self._records
        ]

    def spans(self) -> list[tuple[int, int]]:
        """The cleaned-text span of each edit, in the order of :meth:`edits`."""
        return [(rec.cur_start, rec.cur_end) for rec in self._records]


def _regroup(old: list[_Record], fresh: list[_Record], applied: list[Replacement]) -> list[_Record]:
    """Fuse new replacements with the earlier edits they touch; map all spans to the new text.

    Spans are in old coordinates on entry. Items (earlier edits and new
    replacements) that overlap or touch form a group; a group holding a new
    replacement becomes one record, the others are only shifted.
    """
    deltas = [(rep.start, rep.end, len(rep.after) - (rep.end - rep.start)) for rep in applied]

    def map_start(pos: int) -> int:
        return pos + sum(d for s, e, d in deltas if e < pos)

    def map_end(pos: int) -> int:
        return pos + sum(d for s, e, d in deltas if s <= pos)

    items = [(rec.cur_start, rec.cur_end, False, rec) for rec in old]
    items += [(rec.cur_start, rec.cur_end, True, rec) for rec in fresh]
    items.sort(key=lambda item: (item[0], item[1]))
    groups: list[list[tuple[int, int, bool, _Record]]] = []
    group_end = -1
    for item in items:
        if groups and item[0] <= group_end:
            groups[-1].append(item)
            group_end = max(group_end, item[1])
        else:
            groups.append([item])
            group_end = item[1]
    result: list[_Record] = []
    for group in groups:
        if not any(is_new for _, _, is_new, _ in group):
            for start, end, _, rec in group:
                shift = map_start(start) - start
                rec.cur_start, rec.cur_end = start + shift, end + shift
                result.append(rec)
            continue
        start = min(item[0] for item in group)
        end = max(item[1] for item in group)
        records = [item[3] for item in group]
        rules = [rule for _, _, is_new, rec in group if not is_new for rule in rec.rules]
        rules += [rule for _, _, is_new, rec in group if is_new for rule in rec.rules]
        result.append(
            _Record(
                raw_start=min(rec.raw_start for rec in records),
                raw_end=max(rec.raw_end for rec in records),
                cur_start=map_start(start),
                cur_end=map_end(end),
                rules=rules,
                confidence=min(rec.confidence for rec in records),
            )
        )
    return result
