"""Objectives in the shapes real writers use (sentences written for these tests), the detector, and the
evaluation of the real-passage gold format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spaser_nlp.cli import app
from spaser_nlp.evaluate.objectives import evaluate_objectives, load_gold, predict_item
from spaser_nlp.extract import extract_objectives
from spaser_nlp.extract.detector import default_detector


def _records(text: str) -> list[tuple]:
    return [(o.value, o.unit, o.direction, o.horizon_year, o.per_year) for o in extract_objectives(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coordinated targets share the verb of change
        ("La part des véhicules propres passera à 30 % en 2025, à 40 % en 2027 et à 60 % en 2029.",
         [(30, "%", "increase", 2025, False), (40, "%", "increase", 2027, False), (60, "%", "increase", 2029, False)]),
        # a target, a colon, then what was done: the result's year is not the target's horizon
        ("Réalisation d'au moins 12 000 heures d'insertion par an : en 2023, 14 310 heures ont été réalisées.",
         [(12000, "heures", "reach", None, True)]),
        # a list of verbless items under a lead line: the lead's year is the horizon of every item
        ("Objectifs fixés pour 2027 :\n- 40 % des marchés de services avec une clause sociale ;\n"
         "- 100 % des marchés de travaux avec un critère environnemental.",
         [(40, "%", "reach", 2027, False), (100, "%", "reach", 2027, False)]),
        # the year before the first of two coordinated targets is the first one's
        ("L'objectif, pour 2026, est de servir 25 % de produits biologiques et d'atteindre 40 % en 2030.",
         [(25, "%", "reach", 2026, False), (40, "%", "reach", 2030, False)]),
        ("Porter à 35 % la part des achats de matériel informatique reconditionné d'ici 2028.",
         [(35, "%", "increase", 2028, False)]),
    ],
)
def test_real_shapes(text: str, expected: list[tuple]) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "En 2023, 48 % des organisations interrogées déclaraient acheter du matériel reconditionné.",
        "Le département compte 54 collèges et 4 150 kilomètres de routes.",
        "Le schéma 2024-2028 a été adopté le 24 juin 2024 (délibération n° 2024-117).",
    ],
)
def test_traps_stay_out(text: str) -> None:
    assert extract_objectives(text) == []


def test_detector_is_explainable() -> None:
    detector = default_detector()
    assert detector.parse and 0 < detector.threshold < 1
    objective = extract_objectives("Le schéma vise 30 % de marchés intégrant une clause sociale d'ici 2027.")[0]
    assert objective.value == 30 and 0.5 <= objective.confidence <= 1


def test_explanation_orders_tied_weights_by_name() -> None:
    # two features that always occur together get the same weight: their order must not follow the set's
    # iteration order, which changes with the process's string hashing (PYTHONHASHSEED)
    from spaser_nlp.extract.detector import ObjectiveDetector

    detector = ObjectiveDetector(weights={"W=zeta": 0.5, "W=alpha": 0.5, "W=mid": -0.5, "W=small": 0.1},
                                 bias=0.0, threshold=0.5, parse=False)
    for features in (["W=zeta", "W=alpha", "W=mid", "W=small"], ["W=small", "W=mid", "W=alpha", "W=zeta"]):
        assert detector.explain(features) == ("+W=alpha", "-W=mid", "+W=zeta")


def _real_gold(tmp_path: Path) -> Path:
    rows = [
        {"id": "t-1", "source_url": "https://example.org/a", "text": "Porter à 35 % la part des marchés clausés d'ici 2028.",
         "gold": {"is_objective": True, "objectives": [
             {"value": 35, "value_max": None, "unit": "%", "direction": "increase", "kind": "rate", "horizon_year": 2028,
              "baseline_year": None, "baseline_value": None, "per_year": False, "comparator": None}]}},
        {"id": "t-2", "source_url": "https://example.org/b", "text": "En 2022, 18 % des marchés comportaient une clause.",
         "gold": {"is_objective": False, "objectives": []}},
    ]
    path = tmp_path / "real.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_real_format_is_scored(tmp_path: Path) -> None:
    items = load_gold(_real_gold(tmp_path), split="test")
    assert [i["real"] for i in items] == [True, True] and items[0]["records"][0]["value"] == 35
    scores = evaluate_objectives(items, predict_item)
    assert scores.detection["f1"] == 1.0 and scores.exact["f1"] == 1.0


def test_cli_headline_is_the_last_three_lines(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["--quiet", "eval", "objectives", "--gold", str(_real_gold(tmp_path))])
    assert result.exit_code == 0, result.output
    last = result.output.strip().splitlines()[-3:]
    assert last[0].startswith("real passages (real.jsonl): 2 items, 1 gold records")
    assert "detection P 1.000 R 1.000 F1 1.000" in last[1] and "exact-record F1 1.000" in last[1]
    assert last[2].startswith("field accuracy: direction 1.000, horizon_year 1.000")


def test_cli_missing_real_gold(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "objectives", "--gold", str(tmp_path / "passages.jsonl")])
    assert result.exit_code == 2 and "real dev set not found" in result.output


@pytest.mark.slow
def test_shared_sources_are_scored_leave_source_out() -> None:
    from spaser_nlp.evaluate.objectives import source_safe_predictor

    source = sorted(default_detector().trained_sources)[0]
    items = [{"id": "t", "text": "Porter à 35 % la part des marchés clausés d'ici 2028.", "source_url": source,
              "real": True, "records": [{"value": 35}]}]
    predictor, note = source_safe_predictor(items)
    assert note is not None and "leave-source-out" in note
    assert [r["value"] for r in predictor(items[0])] == [35.0]
    assert source_safe_predictor([{**items[0], "source_url": "https://example.org/unseen"}])[1] is None


@pytest.mark.slow
def test_cross_fit_by_source_scores_every_item_and_needs_two_folds(tmp_path: Path) -> None:
    from spaser_nlp.evaluate.objectives import _fold_of, leave_source_out_predictor

    items = load_gold(_real_gold(tmp_path), split=None)
    predictor, note = leave_source_out_predictor(items, folds=2)
    assert "2 folds" in note
    scores = evaluate_objectives(items, predictor)
    assert scores.items == 2 and scores.gold_records == 1
    assert {_fold_of(i["source_url"], 2) for i in items} <= {0, 1}
    result = CliRunner().invoke(app, ["--quiet", "eval", "objectives", "--gold", str(_real_gold(tmp_path)),
                                      "--leave-source-out", "1"])
    assert result.exit_code == 2 and "at least 2 folds" in result.output
