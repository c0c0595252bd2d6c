"""Plan levels named with a label word the rules do not know ("Finalité 1 :", "Programme 1.1 :").

Known label words ("Axe", "Objectif", "Action"…) stay the strong signal. A heading whose label word is
unknown counts as a plan node only when it belongs to a *run*: at least two headings of the same shape
"<Word> <number> <separator> <title>" (see :func:`~spaser_nlp.segment.labels.parse_shape`), with the
same word, numbers in sequence from the first ("1", "2", "3" or "1.1", "1.2", "2.1"), and the same
typography (size within the tolerance, same boldness). Words that number other things ("Article",
"Annexe", "Tableau", "Étape", "Lot"…) and dates never form a run.

The run's rank on the plan scale comes from its place among the plan levels the document already has
(known labels, and runs placed before it), by typography first and number depth second: above every
level → axis (or, above known axes, a part that holds them: not a plan level); between two levels →
the rank between; below a level → the next rank (below actions: not a plan level). A run set and
numbered like a known level ("Focus 1 :" among "Mesure 1.1 –" headings, same size and depth) is a side
feature, not a second name for that level; a run placed above a known level must hold nodes of it (at
least half its members are followed by one before the next member).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import replace

from spaser_nlp.document.model import SectionKind
from spaser_nlp.segment.candidates import Candidate, _ordinal
from spaser_nlp.segment.labels import HeadingLabel, fold, parse_shape

_FAMILY_OF_RANK: dict[int, SectionKind] = {1: "axe", 2: "objectif", 3: "action"}
_MIN_RUN = 2


def _first_in_sequence(number: str) -> bool:
    return _ordinal(number.split(".")[-1]) == 1


def _next_in_run(previous: str, number: str) -> bool:
    """``number`` comes right after ``previous`` in an outline: "1.1" -> "1.2", "1.2" -> "2.1", "1.2.1" -> "2.1.1"."""
    before = [_ordinal(part) for part in previous.split(".")]
    after = [_ordinal(part) for part in number.split(".")]
    if len(before) != len(after) or None in before or None in after:
        return False
    for position, (old, new) in enumerate(zip(before, after)):
        if old != new:
            return (before[:position] == after[:position] and new == (old or 0) + 1
                    and all(part == 1 for part in after[position + 1:]))
    return False


def _same_type(members: list[Candidate], tolerance: float) -> bool:
    sizes = [c.size for c in members if c.size]
    if len(sizes) == len(members) and max(sizes) - min(sizes) > tolerance:
        return False
    bolds = {c.bold for c in members if c.bold is not None}
    return len(bolds) <= 1


def find_runs(candidates: list[Candidate], tolerance: float) -> list[list[tuple[Candidate, HeadingLabel]]]:
    """The runs of unknown-word plan headings, each in reading order (members' labels not yet set)."""
    groups: dict[str, list[tuple[Candidate, HeadingLabel]]] = defaultdict(list)
    for candidate in candidates:
        if candidate.label is not None or candidate.source != "heading" or candidate.family != "chapitre":
            continue
        shape = parse_shape(candidate.text)
        if shape is not None:
            groups[fold(shape.label)].append((candidate, shape))
    runs = []
    for members in groups.values():
        if not _first_in_sequence(members[0][1].number or ""):
            continue
        run = [members[0]]
        for member in members[1:]:
            if not _next_in_run(run[-1][1].number or "", member[1].number or ""):
                break  # a gap, or a recap of the run ("Finalité 1" again on a summary page): stop there
            run.append(member)
        if len(run) >= _MIN_RUN and _same_type([c for c, _ in run], tolerance):
            runs.append(run)
    return runs


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _compare(size: float | None, depth: float, level_size: float | None, level_depth: float, tolerance: float) -> int:
    """-1 when a run of this size and number depth sits above the level, 1 below, 0 beside it.

    Beside needs the same type and the same depth; with no sizes to compare (plain text), a run numbered
    like the level is taken as above it, and must then hold its nodes.
    """
    if size is not None and level_size is not None:
        if abs(size - level_size) > tolerance:
            return -1 if size > level_size else 1
        if depth == level_depth:
            return 0
    if depth != level_depth:
        return -1 if depth < level_depth else 1
    return -1


def _holds_lower_nodes(candidates: list[Candidate], members: list[Candidate], rank: float) -> bool:
    """Whether at least half the members are followed, before the next member or plan node of their rank or
    above, by a plan node of a lower rank."""
    member_ids = {id(c) for c in members}
    positions = {id(c): index for index, c in enumerate(candidates)}
    holding = 0
    for member in members:
        for candidate in candidates[positions[id(member)] + 1:]:
            if id(candidate) in member_ids or candidate.family != "chapitre" and candidate.rank <= rank:
                break
            if candidate.family in _FAMILY_OF_RANK.values() and candidate.rank > rank:
                holding += 1
                break
    return 2 * holding >= len(members)


def place_runs(candidates: list[Candidate], tolerance: float) -> list[Candidate]:
    """Make each run's members plan nodes where their place among the plan levels allows; return them."""
    levels: dict[float, list[Candidate]] = defaultdict(list)
    for candidate in candidates:
        if candidate.family in _FAMILY_OF_RANK.values():
            levels[candidate.rank].append(candidate)

    def profile(members: list[Candidate]) -> tuple[float | None, float]:
        size = _median([c.size for c in members if c.size])  # labelled items too: their type is the body's
        depth = _median([float(c.label.depth) for c in members if c.label and c.label.depth]) or 1.0
        return size, depth

    runs = find_runs(candidates, tolerance)
    runs.sort(key=lambda run: (run[0][1].depth or 1, -(run[0][0].size or 0.0), run[0][0].start))
    placed: list[Candidate] = []
    for run in runs:
        members = [c for c, _ in run]
        size = _median([c.size for c in members if c.size])
        depth = float(run[0][1].depth or 1)
        order = {rank: _compare(size, depth, *profile(level), tolerance) for rank, level in levels.items()}
        above = [rank for rank, side in order.items() if side > 0]  # the levels the run sits below
        below = [rank for rank, side in order.items() if side < 0]  # the levels the run sits above
        upper, lower = max(above, default=0.0), min(below, default=99.0)
        if 0 in order.values():
            continue  # set and numbered like a known level: a side feature ("Focus 1 :" among measures), not a level
        if not above:
            if lower <= 1.0:
                continue  # bigger than known axes: a part that holds them, not a plan level
            rank = 1.0
        else:
            rank = float(int(upper) + 1)
            if rank >= lower:
                rank = (upper + lower) / 2
        if int(rank) not in _FAMILY_OF_RANK:
            continue  # below the actions: steps or points of an action, not plan nodes
        if lower < 99.0 and not _holds_lower_nodes(candidates, members, rank):
            continue  # above a known level but holding none of its nodes: boxes or features, not a level
        family = _FAMILY_OF_RANK[int(rank)]
        for candidate, shape in run:
            candidate.label = replace(shape, family=family)
            candidate.family, candidate.rank = family, rank
        levels[rank].extend(members)
        placed.extend(members)
    return placed
