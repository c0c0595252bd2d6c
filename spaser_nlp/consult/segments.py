"""Multi-topic contributions: secondary issues from the contribution's own sentences.

A contribution's whole-text embedding sits between the topics it mixes, so
secondary issues are found by embedding its sentences (and enumerated items)
separately: a sentence that is closest to another issue, above the
assignment threshold, adds that issue.

>>> split_segments("Trois idées : du bio local dans les cantines, des clauses d'insertion pour les jeunes, et arrêter de jeter le mobilier.")
['du bio local dans les cantines', "des clauses d'insertion pour les jeunes", 'arrêter de jeter le mobilier']
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

_MIN_WORDS = 4
MAX_SEGMENTS = 6
_SENTENCES = re.compile(r"(?<=[.!?;:])\s+|\n+")
_ITEMS = re.compile(r",\s*(?:et\s+|puis\s+|ou\s+)?|\s+et\s+(?=(?:de|des|du|la|le|les|l'|un|une|plus|moins|arrêter|favoriser)\b)")


#: Answers of at most this many words that list items ("Santé, éducation") are split into their items.
SHORT_LIST_WORDS = 12
_LIST_ITEMS = re.compile(r"\s*(?:[,;/|+\n]|\bet\b|\s-\s)\s*")


def split_segments(text: str) -> list[str]:
    """Idea units: the items of a short list ("Santé, éducation"); else sentences, and comma-separated
    items when each has a few words (pieces of 3+ words only).

    >>> split_segments("Santé, éducation")
    ['Santé', 'éducation']
    >>> split_segments("panneaux solaires, géothermie et isolation des toitures")
    ['panneaux solaires', 'géothermie', 'isolation des toitures']
    """
    if len(text.split()) <= SHORT_LIST_WORDS:
        items = [i.strip(" .!?;:-") for i in _LIST_ITEMS.split(text.strip())]
        items = [i for i in items if any(ch.isalpha() for ch in i)]
        if len(items) >= 2:
            return items
    segments = []
    for sentence in _SENTENCES.split(text):
        sentence = sentence.strip(" .!?;:")
        items = [i.strip(" .!?;:") for i in _ITEMS.split(sentence)]
        if len(items) > 1 and all(len(i.split()) >= 3 for i in items):
            segments.extend(items)
        elif len(sentence.split()) >= _MIN_WORDS:
            segments.append(sentence)
    return [s for s in segments if len(s.split()) >= _MIN_WORDS - 1]


def idea_unit_pieces(texts: list[str], rows: np.ndarray | list[int]) -> tuple[list[int], list[str]]:
    """The idea units of ``texts[rows]`` that hold at least two (long texts: their first sentences,
    at bounded cost), and for each the row it comes from.

    >>> idea_unit_pieces(["Santé, éducation", "Géothermie"], [0, 1])
    ([0, 0], ['Santé', 'éducation'])
    """
    owners: list[int] = []
    pieces: list[str] = []
    for row in rows:
        segments = [" ".join(s.split()[:40]) for s in split_segments(texts[int(row)][:1500])][:MAX_SEGMENTS]
        if len(segments) >= 2:
            owners.extend([int(row)] * len(segments))
            pieces.extend(segments)
    return owners, pieces


def add_segment_memberships(
    texts: list[str],
    rows: np.ndarray,
    memberships: list[list[int]],
    scores: list[dict[int, float]],
    centroids: np.ndarray,
    threshold: float,
    encode: Callable[[list[str]], np.ndarray],
    *,
    max_issues: int = 3,
) -> dict[tuple[int, int], str]:
    """Add, in place, the issues that single sentences of ``texts[rows]`` point to; returns, per
    ``(row, issue)``, the idea unit of the row most similar to that issue among those nearest to it."""
    owners, pieces = idea_unit_pieces(texts, rows)
    units: dict[tuple[int, int], str] = {}
    if not pieces:
        return units
    sims = encode(pieces) @ centroids.T
    best = np.argmax(sims, axis=1)
    # Most similar units first, so that an answer's issues are its strongest ideas when capped.
    order = sorted(range(len(owners)), key=lambda u: (owners[u], -float(sims[u, best[u]]), u))
    for u in order:
        owner, j, sim = owners[u], int(best[u]), float(sims[u, best[u]])
        # The unit an answer says the most about an issue in (it describes the issue if the answer carries it).
        units.setdefault((owner, j), pieces[u])
        if sim < threshold:
            continue
        if j not in memberships[owner]:
            if len(memberships[owner]) >= max_issues:
                continue
            memberships[owner].append(j)
        scores[owner][j] = max(scores[owner].get(j, 0.0), sim)
    return units
