"""Give each heading candidate a rank and build the plan tree from the ranks.

A rank is a position on one scale shared by plan nodes and other headings:
1 axe, 2 objectif, 3 action, indicateurs below everything. Plan nodes get
their rank from their label, adjusted per document (a "Défi 1.1" under
"Ambition 1" is an objective; "Objectif opérationnel" sits under "Objectif
stratégique"); runs of headings labelled with a word the rules do not know
("Finalité 1 :", "Finalité 2 :"…) are placed among those levels
(``spaser_nlp.segment.runs``); other headings ("Le comité de suivi") get it from an outline
number ("1.2" → 2) or from their size compared with the sizes of the plan
levels in the same document. A heading then hangs under the nearest open
heading of a smaller rank, with two typographic overrides for plan headings: an
open chapter set no bigger than them is a sibling ("OBJECTIF 1 :" after
"GOUVERNANCE ET PILOTAGE DU PLAN"), and an open numbered chapter set bigger
than them is their parent ("2.3 - Onze chantiers…" over "Chantier 1 :").
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from dataclasses import replace

from spaser_nlp.document import Document, Section, Span
from spaser_nlp.segment.candidates import Candidate, follows
from spaser_nlp.segment.labels import fold, romanise_ocr
from spaser_nlp.segment.runs import place_runs

_BASE_RANK = {"axe": 1.0, "objectif": 2.0, "action": 3.0, "indicateur": 9.0}
_SUB_RANKS = {"objectif operationnel": 0.5, "sous-objectif": 0.5, "sous objectif": 0.5, "sous-action": 0.5}
# Chapters that are never inside an axis, whatever their typography.
_FRONT_BACK_MATTER = ("glossaire", "annexe", "sommaire", "editorial", "edito", "preambule", "lexique")


def _qualifier(candidate: Candidate) -> str:
    assert candidate.label is not None
    return fold(candidate.label.label).replace("-", " ").replace("fiche action", "fiche")


def _reconcile_roman_numbers(candidates: list[Candidate]) -> None:
    """Where a label type is numbered in roman numerals, read OCR's "11.2" as "II.2"."""
    groups: dict[str, list[Candidate]] = defaultdict(list)
    for candidate in candidates:
        if candidate.label is not None and candidate.label.number:
            groups[_qualifier(candidate)].append(candidate)
    # OCR headings "I.1 …", "1.2 …", "11.2 …" under roman parts: where dotted numbers open with a roman
    # numeral, an OCR'd dotted number whose digits read as the roman number of a part is that part's
    dotted = [c for c in candidates if c.label is None and c.outline is not None and c.outline[1] > 1]
    if any(re.match(r"[IVX]+\.", c.outline[0]) for c in dotted if c.outline):
        romans = {c.label.number for c in candidates if c.label is not None and c.label.number}
        romans |= {c.outline[0].split(".")[0] for c in candidates if c.outline is not None}
        for candidate in dotted:
            assert candidate.outline is not None
            number, depth, title = candidate.outline
            fixed = romanise_ocr(number)
            if candidate.ocr and fixed != number and fixed.split(".")[0] in romans:
                candidate.outline = (fixed, depth, title)
    for members in groups.values():
        roman = sum(1 for c in members if c.label and re.match(r"[IVX]+(?:\.|$)", c.label.number or ""))
        if roman * 2 <= len(members):
            continue
        for candidate in members:
            assert candidate.label is not None and candidate.label.number is not None
            fixed = romanise_ocr(candidate.label.number)
            if fixed != candidate.label.number:
                candidate.label = replace(candidate.label, number=fixed)


def _mark_recaps(candidates: list[Candidate]) -> None:
    """A plan label repeated later ("Ambition 1 – Emploi" on a summary page) is a recap, not a node."""
    seen: set[tuple[str, str]] = set()
    for candidate in candidates:
        label = candidate.label
        if label is None or label.family == "chapitre":
            continue
        if label.family == "indicateur":
            candidate.family = "indicateur"
            continue
        key = (_qualifier(candidate), label.number or f"#{candidate.start}")
        if label.number is not None and key in seen:
            candidate.family = "chapitre"
            continue
        seen.add(key)
        candidate.family = label.family


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _label_ranks(plan: list[Candidate], tolerance: float) -> None:
    """Set each plan candidate's rank and family from its label type, compared within the document."""
    groups: dict[str, list[Candidate]] = defaultdict(list)
    for candidate in plan:
        groups[_qualifier(candidate)].append(candidate)
    has_objectif = any(c.family == "objectif" for c in plan)
    axis_types = [q for q, members in groups.items() if members[0].family == "axe"]

    def key(qualifier: str) -> tuple[float, float, int]:
        members = groups[qualifier]
        depth = _median([float(c.label.depth) for c in members if c.label and c.label.depth]) or 1.0
        size = _median([c.size for c in members if c.size and c.source == "heading"]) or 0.0
        return depth, -size, min(c.start for c in members)

    axis_types.sort(key=key)
    for position, qualifier in enumerate(axis_types):
        demoted = False
        if position > 0:
            top_depth, top_size, _ = key(axis_types[0])
            depth, size, _ = key(qualifier)
            demoted = depth > top_depth or bool(size and top_size and -size < -top_size - tolerance)
        for candidate in groups[qualifier]:
            if demoted and not has_objectif:
                candidate.family, candidate.rank = "objectif", 2.0
            else:
                candidate.rank = 1.5 if demoted else 1.0
    qualifiers = set(groups)
    for qualifier, members in groups.items():
        family = members[0].family
        if family == "axe":
            continue
        bonus = _SUB_RANKS.get(qualifier, 0.0)
        if qualifier == "objectif operationnel" and "objectif strategique" not in qualifiers:
            bonus = 0.0
        for candidate in members:
            candidate.rank = _BASE_RANK[family] + bonus


def _level_sizes(plan: list[Candidate]) -> list[tuple[float, float]]:
    """(rank, median heading size) for each plan rank, if sizes shrink with depth."""
    by_rank: dict[float, list[float]] = defaultdict(list)
    for candidate in plan:
        if candidate.size and candidate.source == "heading" and candidate.rank < 9:
            by_rank[candidate.rank].append(candidate.size)
    levels = sorted((rank, statistics.median(sizes)) for rank, sizes in by_rank.items())
    if any(later[1] > earlier[1] for earlier, later in zip(levels, levels[1:])):
        return []  # typography does not follow the plan: do not trust it
    return levels


def _size_tiers(candidates: list[Candidate], tolerance: float) -> list[tuple[float, float]]:
    """Without plan levels: distinct heading sizes, largest first, as ranks 1, 2, 3…"""
    sizes = sorted({round(c.size, 1) for c in candidates if c.size and c.source == "heading"}, reverse=True)
    tiers: list[float] = []
    for size in sizes:
        if not tiers or tiers[-1] - size > tolerance:
            tiers.append(size)
    return [(float(index + 1), size) for index, size in enumerate(tiers)]


_PARTS = ("partie", "titre", "chapitre")


def _holder_sizes(candidates: list[Candidate], plan_levels: list[tuple[float, float]], tolerance: float) -> list[float]:
    """Sizes of unlabelled headings set bigger than the axes and placed just above an axis.

    Such a heading ("Trois axes déclinés") holds the axes; so do the other headings of its size in
    the document. A bigger title that is never followed by an axis (a recap page's "Les 24
    engagements en un coup d'œil") holds nothing.
    """
    if not plan_levels:
        return []
    return [
        candidate.size
        for candidate, following in zip(candidates, candidates[1:])
        if candidate.family == "chapitre" and candidate.source == "heading" and candidate.size
        and candidate.size > plan_levels[0][1] + tolerance and following.family == "axe"
    ]


def _rank_from_size(size: float | None, levels: list[tuple[float, float]], tolerance: float) -> float:
    if size is None or not levels:
        return 1.0
    top_rank, top_size = levels[0]
    if size >= top_size - tolerance:
        return top_rank
    if len(levels) > 1 and size > levels[1][1] + tolerance:
        return top_rank  # bigger than the second level: a chapter beside the axes, not inside one
    for (rank, level_size), following in zip(levels, [*levels[1:], None]):
        if abs(size - level_size) <= tolerance:
            return rank
        if following is not None and following[1] + tolerance < size < level_size - tolerance:
            return rank + 0.5
    return levels[-1][0] + 0.5


def _numbers_restart(candidates: list[Candidate]) -> bool:
    """Whether the first-level decimal numbers of the chapter headings count within the headings above them.

    Numbers that start again under each lettered or unnumbered heading ("A.- …" then "1.- …", "2. …",
    then "B.- …" then "1.- …") say nothing by their depth about their place in the document; nor do
    decimal numbers after a roman or lettered outline heading ("I.", "A.-"): the French outline puts
    them below (I. › A. › 1.), even where a scan lost the first "1.-" of a section.
    """
    previous = 0
    lettered = False
    for candidate in candidates:
        outline = candidate.outline
        if candidate.family != "chapitre" or outline is None or outline[1] != 1:
            continue
        if not outline[0].isdigit():
            lettered = True
            continue
        if lettered or int(outline[0]) <= previous:
            return True
        previous = int(outline[0])
    return False


def assign_ranks(candidates: list[Candidate], tolerance: float) -> None:
    """Set ``family`` and ``rank`` on every candidate."""
    _reconcile_roman_numbers(candidates)
    _mark_recaps(candidates)
    plan = [c for c in candidates if c.family != "chapitre"]
    _label_ranks(plan, tolerance)
    plan += place_runs(candidates, tolerance)
    candidates[:] = [c for c in candidates if not c.tentative or c.family != "chapitre"]  # OCR lines in no run
    plan_levels = _level_sizes(plan)
    levels = plan_levels or _size_tiers(candidates, tolerance)
    holders = _holder_sizes(candidates, plan_levels, tolerance)
    annexes: Candidate | None = None  # an open "Annexes" heading
    local_numbers = _numbers_restart(candidates)
    for candidate in candidates:
        if candidate.family != "chapitre":
            if annexes is not None and candidate.rank <= annexes.rank:
                annexes = None
            continue
        title = fold(candidate.text)
        if candidate.outline is not None and candidate.outline[0][0].isdigit():
            if local_numbers and candidate.size is not None and candidate.source == "heading":
                candidate.rank = _rank_from_size(candidate.size, levels, tolerance)  # numbered within a heading
            else:
                candidate.rank = float(candidate.outline[1])
        elif _inside_annexes(annexes, candidate, tolerance):
            assert annexes is not None
            candidate.rank = annexes.rank + 1  # "Annexe 1 – …" set smaller than the "Annexes" heading above it
        elif title.startswith(_FRONT_BACK_MATTER) or (candidate.label and candidate.label.qualifier == "annexe"):
            candidate.rank = levels[0][0] if levels else 1.0
        elif (candidate.source == "heading" and candidate.size and plan_levels
              and (candidate.label is not None and candidate.label.qualifier in _PARTS
                   and candidate.size > plan_levels[0][1] + tolerance
                   or any(abs(candidate.size - size) <= tolerance for size in holders))):
            # "PARTIE II – La stratégie", or a heading in the type of "Trois axes déclinés" (set bigger than
            # the axes, just above one): a part that holds them
            candidate.rank = plan_levels[0][0] - 0.5
        else:
            candidate.rank = _rank_from_size(candidate.size, levels, tolerance)
        if annexes is not None and candidate.rank <= annexes.rank and candidate is not annexes:
            annexes = None
        if title.strip(" :") == "annexes" and candidate.source == "heading":
            annexes = candidate
    _align_ocr_outline_siblings(candidates)


def _align_ocr_outline_siblings(candidates: list[Candidate]) -> None:
    """On OCR pages, a lettered or roman outline heading that continues the one before it takes its rank.

    OCR's size estimate wobbles from line to line (all-capitals titles most): "B.- UNE PRÉSENTATION…"
    read 2 points bigger than "A.- LA MESURE…" would rank above it. The next letter or roman number after
    an outline heading of the same kind, with no unnumbered heading ranked above that one in between, is
    its sibling.
    """
    last: dict[bool, Candidate] = {}
    for candidate in candidates:
        for kind, opened in list(last.items()):
            if candidate.rank < opened.rank and candidate.family == "chapitre" and candidate.outline is None:
                del last[kind]  # an unnumbered heading above it closes the sequence
        outline = candidate.outline
        if candidate.family != "chapitre" or outline is None or outline[1] != 1 or outline[0].isdigit():
            continue
        roman = len(outline[0]) > 1 or outline[0] in ("I", "V", "X")
        previous = last.get(roman)
        if candidate.ocr and previous is not None and previous.outline is not None and follows(previous.outline[0], outline[0]):
            candidate.rank = previous.rank
        last[roman] = candidate


def _inside_annexes(annexes: Candidate | None, candidate: Candidate, tolerance: float) -> bool:
    return (
        annexes is not None and candidate.label is not None and candidate.label.qualifier == "annexe"
        and candidate.source == "heading" and annexes.size is not None and candidate.size is not None
        and candidate.size < annexes.size - tolerance
    )


def _same_size_chapter(opened: Candidate, candidate: Candidate, tolerance: float) -> bool:
    """An open chapter heading set no bigger than a plan heading that follows it: a sibling, not its parent.

    "GOUVERNANCE ET PILOTAGE DU PLAN" then "OBJECTIF 1 : D'ici 2025…" in the same type: the
    objective is a chapter of the plan beside it, whatever its label's usual rank.
    """
    return (
        opened.family == "chapitre" and candidate.family in ("axe", "objectif", "action")
        and opened.source == "heading" and candidate.source == "heading"
        and opened.size is not None and candidate.size is not None
        and opened.size <= candidate.size + tolerance
    )


def _bigger_chapter(opened: Candidate, candidate: Candidate, tolerance: float) -> bool:
    """An open chapter set bigger than a plan heading that follows it holds it, whatever the ranks say.

    "2.3 - Onze chantiers à mener…" (outline rank 2) then "Chantier 1 : …" in smaller type: the
    chantier is inside the numbered chapter, not beside it.
    """
    return (
        opened.family == "chapitre" and candidate.family in ("axe", "objectif", "action")
        and opened.source == "heading" and candidate.source == "heading"
        and opened.size is not None and candidate.size is not None
        and opened.size > candidate.size + tolerance
        and opened.outline is not None and opened.label is None
    )


def _inside_indicator(opened: Candidate, candidate: Candidate, tolerance: float) -> bool:
    """An open indicator heading holds a chapter heading set smaller than it after it.

    "INDICATEUR 1.1 – Taux de reclassement…" then "Précisions méthodologiques" in smaller type: the
    notes belong to the indicator, although indicators rank below every plan level.
    """
    return (
        opened.family == "indicateur" and candidate.family == "chapitre"
        and opened.source == "heading" and candidate.source == "heading"
        and opened.size is not None and candidate.size is not None
        and opened.size > candidate.size + tolerance
    )


def build_sections(
    document: Document, candidates: list[Candidate], text_length: int, tolerance: float = 0.6
) -> list[Section]:
    """The sections, parents set from the ranks (nearest open heading of a smaller rank)."""
    sections: list[Section] = []
    stack: list[tuple[float, Section]] = []
    opened: list[Candidate] = []
    for index, candidate in enumerate(candidates):
        while stack and (
            stack[-1][0] >= candidate.rank and not _bigger_chapter(opened[-1], candidate, tolerance)
            and not _inside_indicator(opened[-1], candidate, tolerance)
            or _same_size_chapter(opened[-1], candidate, tolerance)
        ):
            stack.pop()
            opened.pop()
        parent = stack[-1][1] if stack else None
        label = candidate.label
        plan_node = candidate.family != "chapitre"
        section = Section(
            id=f"s{index + 1}",
            kind=candidate.family,
            number=candidate.number if plan_node or candidate.label is None else candidate.label.number,
            title=" ".join(candidate.text.split()),
            level=len(stack) + 1,
            parent_id=parent.id if parent else None,
            provenance=document.provenance(candidate.start, candidate.end),
            label=label.label if label is not None and (plan_node or label.family == "chapitre") else None,
        )
        if not plan_node and candidate.label is None and candidate.outline is not None:
            section.number = candidate.outline[0]
        sections.append(section)
        stack.append((candidate.rank, section))
        opened.append(candidate)
    _set_spans(sections, candidates, text_length)
    return sections


def _set_spans(sections: list[Section], candidates: list[Candidate], text_length: int) -> None:
    for index, section in enumerate(sections):
        end = text_length
        for later in range(index + 1, len(sections)):
            if sections[later].level <= section.level:
                end = candidates[later].start
                break
        section.span = Span(start=candidates[index].start, end=end)
