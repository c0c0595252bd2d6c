"""Score the plan tree (``spaser structure``) against ``corpora/structure/gold.jsonl``.

A predicted section matches a gold node when the kinds agree, the numbers
agree (plan nodes only: axe, objectif, action, indicateur) and the titles
agree after folding case, accents and punctuation (one may be a prefix of the
other: a run-in heading "Action 3.1.1 – Publier…" is cut at different places).
Matching is one-to-one, in reading order. Scores: precision, recall and F1 over
all nodes and over plan nodes only, and parent accuracy (the share of matched
nodes whose parent is the match of the gold parent, roots included).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from spaser_nlp.document import Document, Section
from spaser_nlp.errors import InputError
from spaser_nlp.segment.labels import fold

PLAN_KINDS = ("axe", "objectif", "action", "indicateur")
FORMS = {"born-digital": "{id}.pdf", "scanned": "{id}-scan.pdf"}
_TITLE_MATCH = 0.85


@dataclass(frozen=True)
class GoldNode:
    kind: str
    number: str | None
    title: str
    level: int
    parent: int | None
    page: int | None = None


@dataclass
class StructureScore:
    """Counts for one document (or a sum of documents)."""

    doc_id: str
    form: str
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    plan_gold: int = 0
    plan_predicted: int = 0
    plan_matched: int = 0
    parent_right: int = 0
    seconds: float = 0.0
    missed: list[str] = field(default_factory=list)

    @staticmethod
    def _prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
        precision = matched / predicted if predicted else 0.0
        recall = matched / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    @property
    def prf(self) -> tuple[float, float, float]:
        return self._prf(self.matched, self.predicted, self.gold)

    @property
    def plan_prf(self) -> tuple[float, float, float]:
        return self._prf(self.plan_matched, self.plan_predicted, self.plan_gold)

    @property
    def parent_accuracy(self) -> float:
        return self.parent_right / self.matched if self.matched else 0.0

    def add(self, other: StructureScore) -> None:
        for name in ("gold", "predicted", "matched", "plan_gold", "plan_predicted", "plan_matched", "parent_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.seconds += other.seconds

    def as_dict(self) -> dict:
        payload = asdict(self)
        payload.update(
            zip(("precision", "recall", "f1"), self.prf),
            plan_precision=self.plan_prf[0],
            plan_recall=self.plan_prf[1],
            plan_f1=self.plan_prf[2],
            parent_accuracy=self.parent_accuracy,
        )
        return payload


def load_gold(path: str | Path) -> dict[str, list[GoldNode]]:
    """The gold trees by document id."""
    path = Path(path)
    if not path.is_file():
        raise InputError("no structure gold file; run `python corpora/structure/build_gold.py`", path=path)
    gold: dict[str, list[GoldNode]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            gold[record["doc_id"]] = [GoldNode(**node) for node in record["nodes"]]
    return gold


def _norm_title(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split())


def titles_match(predicted: str, gold: str) -> bool:
    """Equal after folding, allowing one to be a prefix of the other (at least 12 characters)."""
    a, b = _norm_title(predicted), _norm_title(gold)
    length = min(len(a), len(b))
    if length < min(12, len(b)):
        return False
    return SequenceMatcher(None, a[:length], b[:length], autojunk=False).ratio() >= _TITLE_MATCH


def _node_match(section: Section, node: GoldNode) -> bool:
    if section.kind != node.kind:
        return False
    if node.kind in PLAN_KINDS and (section.number or "").upper() != (node.number or "").upper():
        return False
    return titles_match(section.title, node.title)


def score_sections(doc_id: str, form: str, sections: list[Section], gold: list[GoldNode]) -> StructureScore:
    """Match ``sections`` to ``gold`` one-to-one in order and count."""
    used: set[int] = set()
    matches: dict[int, int] = {}  # predicted index -> gold index
    for index, section in enumerate(sections):
        for gold_index, node in enumerate(gold):
            if gold_index not in used and _node_match(section, node):
                used.add(gold_index)
                matches[index] = gold_index
                break
    by_id = {section.id: index for index, section in enumerate(sections)}
    parent_right = 0
    for index, gold_index in matches.items():
        parent = sections[index].parent_id
        predicted_parent = matches.get(by_id[parent]) if parent in by_id else None
        if predicted_parent == gold[gold_index].parent:
            parent_right += 1
    plan_matched = sum(1 for g in matches.values() if gold[g].kind in PLAN_KINDS)
    return StructureScore(
        doc_id=doc_id,
        form=form,
        gold=len(gold),
        predicted=len(sections),
        matched=len(matches),
        plan_gold=sum(1 for n in gold if n.kind in PLAN_KINDS),
        plan_predicted=sum(1 for s in sections if s.kind in PLAN_KINDS),
        plan_matched=plan_matched,
        parent_right=parent_right,
        missed=[f"{n.kind} {n.number or ''} {n.title[:50]}".strip() for i, n in enumerate(gold) if i not in used],
    )


def structure_of(path: Path) -> Document:
    """Ingest, clean and segment one file (each stage once, no skipped stage)."""
    from spaser_nlp.extract import prepare

    return prepare(path)


def evaluate_structure(
    corpus: str | Path,
    gold_path: str | Path,
    *,
    forms: list[str],
    on_document: Callable[[str, str], None] | None = None,
) -> list[StructureScore]:
    """Score each sample document of ``corpus`` in each form against the gold trees."""
    gold = load_gold(gold_path)
    scores: list[StructureScore] = []
    for doc_id, nodes in sorted(gold.items()):
        for form in forms:
            path = Path(corpus) / doc_id / FORMS[form].format(id=doc_id)
            if not path.is_file():
                raise InputError(f"sample {form} file missing; run `make corpus`", path=path)
            if on_document:
                on_document(doc_id, form)
            started = time.perf_counter()
            document = structure_of(path)
            score = score_sections(doc_id, form, document.sections, nodes)
            score.seconds = time.perf_counter() - started
            scores.append(score)
    return scores


def summarise(scores: list[StructureScore]) -> dict[str, StructureScore]:
    """Sums per form."""
    totals: dict[str, StructureScore] = {}
    for score in scores:
        totals.setdefault(score.form, StructureScore(doc_id="ALL", form=score.form)).add(score)
    return totals
