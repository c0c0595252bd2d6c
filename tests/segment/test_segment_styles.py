"""The plan tree on documents written in heading styles the rules were not developed on."""

from __future__ import annotations

from pathlib import Path

from spaser_nlp.evaluate.structure import evaluate_structure, summarise
from spaser_nlp.segment.labels import parse_label

STYLES = Path(__file__).resolve().parents[2] / "corpora" / "structure" / "styles"


def test_levier_is_an_objective_label() -> None:
    label = parse_label("Levier 2.1 – Intégrer un critère environnemental")
    assert label is not None and (label.family, label.number) == ("objectif", "2.1")


def test_style_documents_score() -> None:
    scores = evaluate_structure(STYLES, STYLES / "gold.jsonl", forms=["born-digital"])
    total = summarise(scores)["born-digital"]
    assert len(scores) == 4
    assert total.prf[2] >= 0.95 and total.plan_prf[2] >= 0.95
    assert total.parent_accuracy >= 0.95
