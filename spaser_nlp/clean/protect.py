"""Spans the cleaner must never change: acronyms, numbers, legal references, URLs...

Every fixer asks :class:`Protected` whether a span may be edited, so an
acronym, an amount or a decree number survives cleaning byte for byte.

>>> p = Protected.find("Voir l'article L. 2111-3 et le décret n°2022-767 : 25 % pour l'ESS.")
>>> [p.text[s:e] for s, e in p.spans]
['L. 2111-3', 'n°2022-767', '25 %', 'ESS']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

# Patterns that only apply when a trigger substring is present (checked with ``in``, which
# is much faster than letting the regex engine try them at every position).
_TRIGGERED = [
    (("http", "www."), r"(?:https?://|www\.)[^\s<>«»\"]+"),  # URLs
    (("@",), r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"),  # e-mails
    ((".fr", ".org", ".com", ".eu", ".net"), r"\b[\w\-]+\.(?:fr|org|com|eu|gouv\.fr|net)\b"),  # bare domains
    (("°",), r"\bn\s?°\s?\d[\d\-/.]*\d"),  # n°2022-767
    (("L.", "R.", "D.", "L2", "R2", "D2", "rt."), r"\b(?:[LRD]|[Aa]rt)\.?\s?\d{1,4}(?:[\-‑‐]\d+)+"),  # L. 2111-3
]
# Order matters only for readability; overlapping matches are merged.
_PATTERNS = [
    # dates; numbers, amounts, percentages, ranges and article numbers (L. 2111-3: the "L." is a
    # one-letter word no fixer touches). A digit glued to letters ("pub1ic") is OCR noise: see find().
    r"\d{1,2}(?:er)?\s(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s\d{4}\b",
    r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?(?:[\-‑‐/]\d+)*"
    r"(?:(?:[\s\u00a0\u202f]?(?:%|‰|€|M€|k€|Md€|°C|HT|TTC))|(?![^\W\d_]))",
    r"R\d{4}-\d+",
    # all-caps words and sigles with two capitals at least (TPE/PME, CO2; not "I1", an OCR'd "Il")
    r"[A-ZÀ-ÖØ-Þ][0-9]*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9]*(?:/[A-ZÀ-ÖØ-Þ0-9]+)*\b",
]
# Separate regexes: an alternation would defeat the engine's fast scan for each first character.
_REGEXES = [re.compile(pattern) for pattern in _PATTERNS]
_TRIGGERED_REGEX = [(triggers, re.compile(pattern)) for triggers, pattern in _TRIGGERED]


def word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any of ``words`` as a whole word (mixed-case acronyms: EGalim, DGFiP).

    >>> [m.group() for m in word_pattern(["EGalim"]).finditer("loi EGalim, egalim")]
    ['EGalim']
    """
    alternation = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w)
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


class Protected:
    """Sorted, non-overlapping protected spans of one text, with fast overlap tests."""

    def __init__(self, text: str, spans: Iterable[tuple[int, int]]) -> None:
        self.text = text
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        self.spans = merged
        self._starts = [start for start, _ in merged]

    @classmethod
    def find(cls, text: str, *, extra: re.Pattern[str] | None = None) -> Protected:
        """Protected spans of ``text``; ``extra`` adds more (see :func:`word_pattern`)."""
        spans = [
            m.span()
            for regex in _REGEXES
            for m in regex.finditer(text)
            if m.end() > m.start() and not (m.start() and text[m.start() - 1].isalnum())
        ]
        for triggers, regex in _TRIGGERED_REGEX:
            if any(trigger in text for trigger in triggers):
                spans += [m.span() for m in regex.finditer(text)]
        if extra is not None:
            spans += [m.span() for m in extra.finditer(text)]
        return cls(text, spans)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with a protected span.

        >>> Protected("abc def", [(4, 7)]).overlaps(0, 3), Protected("abc def", [(4, 7)]).overlaps(3, 5)
        (False, True)
        """
        index = bisect_right(self._starts, end - 1) - 1
        if index < 0:
            return False
        span_start, span_end = self.spans[index]
        return span_end > start and span_start < max(end, start + 1)
