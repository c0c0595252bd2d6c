"""Two generations of a schéma side by side: objectives matched, axes renamed or new, checklist changes.

Objectives of the two versions are matched one to one (Hungarian assignment) on a similarity of their
subjects (content words, accents and inflections aside) and themes, among pairs with comparable units;
a matched pair is ``raised``, ``lowered`` or ``same`` (its value), an unmatched one ``added`` or
``dropped``. Axes are matched the same way on their titles.

>>> a = Snapshot("v1", [ObjectiveView(0, 20.0, "%", "rate", "reach", 2026, "la part des marchés comportant une clause sociale", ("clauses_sociales_insertion",), "…")], [], {})
>>> b = Snapshot("v2", [ObjectiveView(0, 30.0, "%", "rate", "reach", 2030, "part des marchés avec clause sociale", ("clauses_sociales_insertion",), "…")], [], {})
>>> [(c.status, c.before.value, c.after.value) for c in diff_snapshots(a, b).objectives]
[('raised', 20.0, 30.0)]
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import numpy as np

MATCH_THRESHOLD = 0.35
AXIS_THRESHOLD = 0.3
_STOP = frozenset(
    "a au aux avec ce ces dans de des du en et la le les leur leurs l d par pour sur un une ou plus moins son sa ses"
    " qui que dont est sont sera seront chaque an ans annee annees part nombre taux montant total".split()
)

ChangeStatus = Literal["raised", "lowered", "same", "added", "dropped"]
AxisStatus = Literal["same", "renamed", "new", "removed"]


@dataclass(frozen=True)
class ObjectiveView:
    """What diffing needs of a quantified objective (from a Document or a results store)."""

    index: int
    value: float
    unit: str
    kind: str
    direction: str
    horizon_year: int | None
    subject: str
    themes: tuple[str, ...]
    text: str
    page: int | None = None


@dataclass(frozen=True)
class Snapshot:
    doc_id: str
    objectives: list[ObjectiveView]
    axes: list[str]
    checklist: dict[str, str]
    label: str = ""


@dataclass(frozen=True)
class ObjectiveChange:
    status: ChangeStatus
    before: ObjectiveView | None
    after: ObjectiveView | None
    similarity: float | None = None

    @property
    def view(self) -> ObjectiveView:
        """The objective after the change, or before it when it was dropped."""
        view = self.after or self.before
        assert view is not None, "a change has a side"
        return view


@dataclass(frozen=True)
class AxisChange:
    status: AxisStatus
    before: str | None
    after: str | None


@dataclass
class SchemaDiff:
    before: str
    after: str
    objectives: list[ObjectiveChange] = field(default_factory=list)
    axes: list[AxisChange] = field(default_factory=list)
    checklist: list[tuple[str, str | None, str | None]] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for change in self.objectives:
            counts[change.status] = counts.get(change.status, 0) + 1
        return counts

    def as_dict(self) -> dict[str, Any]:
        return {
            "before": self.before,
            "after": self.after,
            "counts": self.counts(),
            "objectives": [asdict(change) for change in self.objectives],
            "axes": [asdict(change) for change in self.axes],
            "checklist": [{"rule_id": r, "before": b, "after": a} for r, b, a in self.checklist],
        }


def _words(text: str) -> set[str]:
    """Content words, accents and case aside, cut to 6 letters (a crude stem that joins "sociale"/"sociales")."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return {w[:6] for w in re.findall(r"[a-z]{3,}", folded) if w not in _STOP}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _comparable(a: ObjectiveView, b: ObjectiveView) -> bool:
    if a.unit == b.unit:
        return True
    money = {"EUR", "€", "k€", "M€"}
    return a.unit in money and b.unit in money


def similarity(a: ObjectiveView, b: ObjectiveView) -> float:
    """0-1: subject words (70 %) and themes (30 %); 0 when units cannot be compared."""
    if not _comparable(a, b):
        return 0.0
    subject = _jaccard(_words(a.subject or a.text), _words(b.subject or b.text))
    text = _jaccard(_words(a.text), _words(b.text))
    themes = _jaccard(set(a.themes), set(b.themes)) if a.themes or b.themes else 0.5
    return 0.5 * subject + 0.2 * text + 0.3 * themes


def _assign(scores: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    from scipy.optimize import linear_sum_assignment

    if scores.size == 0:
        return []
    rows, cols = linear_sum_assignment(-scores)
    return [(int(r), int(c)) for r, c in zip(rows, cols) if scores[r, c] >= threshold]


def diff_snapshots(before: Snapshot, after: Snapshot, *, threshold: float = MATCH_THRESHOLD) -> SchemaDiff:
    """Match ``before``'s objectives and axes with ``after``'s and classify each change."""
    result = SchemaDiff(before.label or before.doc_id, after.label or after.doc_id)
    scores = np.array([[similarity(a, b) for b in after.objectives] for a in before.objectives]).reshape(
        len(before.objectives), len(after.objectives)
    )
    pairs = _assign(scores, threshold)
    matched_a = {i for i, _ in pairs}
    matched_b = {j for _, j in pairs}
    for i, j in pairs:
        a, b = before.objectives[i], after.objectives[j]
        status: ChangeStatus = "same" if abs(a.value - b.value) < 1e-9 else "raised" if b.value > a.value else "lowered"
        result.objectives.append(ObjectiveChange(status, a, b, round(float(scores[i, j]), 3)))
    result.objectives += [ObjectiveChange("dropped", a, None) for i, a in enumerate(before.objectives) if i not in matched_a]
    result.objectives += [ObjectiveChange("added", None, b) for j, b in enumerate(after.objectives) if j not in matched_b]
    order = {"raised": 0, "lowered": 1, "same": 2, "dropped": 3, "added": 4}
    result.objectives.sort(key=lambda c: (order[c.status], c.view.index))

    axis_scores = np.array([[_jaccard(_words(x), _words(y)) for y in after.axes] for x in before.axes]).reshape(
        len(before.axes), len(after.axes)
    )
    axis_pairs = _assign(axis_scores, AXIS_THRESHOLD)
    for i, j in axis_pairs:
        same = _words(before.axes[i]) == _words(after.axes[j])
        result.axes.append(AxisChange("same" if same else "renamed", before.axes[i], after.axes[j]))
    kept_a = {i for i, _ in axis_pairs}
    kept_b = {j for _, j in axis_pairs}
    result.axes += [AxisChange("removed", x, None) for i, x in enumerate(before.axes) if i not in kept_a]
    result.axes += [AxisChange("new", None, y) for j, y in enumerate(after.axes) if j not in kept_b]
    for rule in sorted(set(before.checklist) | set(after.checklist)):
        if before.checklist.get(rule) != after.checklist.get(rule):
            result.checklist.append((rule, before.checklist.get(rule), after.checklist.get(rule)))
    return result


def snapshot_of_document(document: Any) -> Snapshot:
    """A :class:`Snapshot` of a processed :class:`~spaser_nlp.document.Document`."""
    objectives = [
        ObjectiveView(
            index, o.value, o.unit, o.kind, o.direction, o.horizon_year, o.subject or "", tuple(o.themes), o.text, o.page
        )
        for index, o in enumerate(document.objectives)
    ]
    axes = [s.title for s in document.sections if s.kind == "axe"]
    checklist = {item.rule_id: item.status for item in document.checklist}
    name = document.profile.authority_name.value if document.profile and document.profile.authority_name else ""
    period = document.profile.period.value if document.profile and document.profile.period else ""
    label = " ".join(part for part in (name, period) if part) or document.doc_id
    return Snapshot(document.doc_id, objectives, axes, checklist, label)


def snapshot_from_store(results: Any, doc_id: str) -> Snapshot:
    """A :class:`Snapshot` of a document stored by ``spaser batch`` (``results`` from :func:`load_results`)."""
    import pandas as pd

    from spaser_nlp.errors import InputError

    def missing(value: Any) -> bool:
        return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))

    def integer(value: Any) -> int | None:
        return None if missing(value) else int(value)

    def text(value: Any) -> str:
        # A column with nulls comes back from the store as NaN (a float), never as None.
        return "" if missing(value) else str(value)

    if doc_id not in set(results.documents["doc_id"]):
        raise InputError(f"no document {doc_id!r} in the results store; list them with spaser_nlp.load_results")
    rows = results.objectives[results.objectives["doc_id"] == doc_id]
    objectives = [
        ObjectiveView(
            int(r.objective_index), float(r.value), text(r.unit), text(r.kind), text(r.direction),
            integer(r.horizon_year),
            text(r.subject), tuple(r.themes) if not missing(r.themes) else (), text(r.text),
            integer(r.page),
        )
        for r in rows.itertuples()
    ]
    sections = results.sections
    axes = [text(title) for title in sections[(sections["doc_id"] == doc_id) & (sections["kind"] == "axe")]["title"]]
    checklist_rows = results.checklist[results.checklist["doc_id"] == doc_id]
    checklist = dict(zip(checklist_rows["rule_id"], checklist_rows["status"]))
    profile = results.profile[results.profile["doc_id"] == doc_id].set_index("field")["value"].to_dict()
    label = " ".join(text(part) for part in (profile.get("authority_name"), profile.get("period")) if text(part)) or doc_id
    return Snapshot(doc_id, objectives, axes, checklist, label)


__all__ = [
    "AxisChange", "ObjectiveChange", "ObjectiveView", "SchemaDiff", "Snapshot", "diff_snapshots", "similarity",
    "snapshot_from_store", "snapshot_of_document",
]
