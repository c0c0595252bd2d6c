"""The detector's optional dense block (round 12's candidate D2, not shipped) and ``eval objectives --detector``."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from spaser_nlp.cli import app
from spaser_nlp.extract import detector_train as dt
from spaser_nlp.extract.detector import ObjectiveDetector, default_detector, sentence_vector

ROOT = Path(__file__).resolve().parents[2]
TARGET = "La métropole vise 40 % de produits bio dans ses cantines d'ici 2027."
STATISTIC = "En 2021, 12 % des repas servis dans les cantines étaient bio."


def _with_dense(dense: np.ndarray) -> ObjectiveDetector:
    shipped = default_detector()
    return ObjectiveDetector(**{**{f: getattr(shipped, f) for f in shipped.__dataclass_fields__},
                                "dense": tuple(float(v) for v in dense)})


def test_a_sparse_model_ignores_the_sentence() -> None:
    shipped = default_detector()
    assert not shipped.dense
    assert shipped.probability(["reason=none"], TARGET) == shipped.probability(["reason=none"])


@pytest.mark.slow
def test_the_dense_block_adds_the_dot_product_with_the_sentence_embedding() -> None:
    vector = sentence_vector(TARGET)
    assert vector.shape == (512,) and np.linalg.norm(vector) == pytest.approx(1.0, abs=1e-3)
    model = _with_dense(2.0 * vector)  # weights that point at the target sentence
    assert model.sentence_score(TARGET) == pytest.approx(2.0, abs=1e-3)
    assert model.sentence_score(STATISTIC) < model.sentence_score(TARGET)
    assert model.probability(["reason=none"], TARGET) > model.probability(["reason=none"])
    # the verdict may not be settled before the parse without the dense part: it is counted
    z = model.bias + model.weights.get("reason=none", 0.0)
    assert model.settled(["reason=none"], None, TARGET) == (
        abs(z + 2.0 - np.log(model.rule_threshold / (1 - model.rule_threshold))) > model.parse_span)


@pytest.mark.slow
def test_the_dense_block_survives_the_json_file() -> None:
    model = _with_dense(np.linspace(-0.5, 0.5, 512))
    again = ObjectiveDetector.from_json(json.loads(json.dumps(model.to_json())))
    assert len(again.dense) == 512
    assert again.dense[0] == pytest.approx(-0.5) and again.dense[-1] == pytest.approx(0.5)
    assert again.probability(["reason=none"], TARGET) == pytest.approx(model.probability(["reason=none"], TARGET),
                                                                       abs=1e-6)
    assert "dense" not in default_detector().to_json()  # a sparse model's file is unchanged


@pytest.mark.slow
def test_fit_with_a_dense_block_learns_one_weight_per_dimension() -> None:
    items = [{"id": "a", "text": TARGET, "records": [{"value": 40}], "real": True, "source_url": "https://a.fr"},
             {"id": "b", "text": STATISTIC, "records": [], "real": True, "source_url": "https://b.fr"},
             {"id": "c", "text": "Réduire de 30 % les déchets d'ici 2030.", "records": [{"value": 30}]},
             {"id": "d", "text": "Le marché compte 3 lots.", "records": []}]
    model = dt.fit(items, dense_scale=dt.DENSE_SCALE)
    assert len(model.dense) == 512 and any(model.dense)
    assert model.trained_sources == frozenset({"https://a.fr", "https://b.fr"})
    assert not dt.fit(items).dense


def test_eval_objectives_scores_a_given_detector_file(tmp_path: Path) -> None:
    gold = ROOT / "corpora/objectives/gold.jsonl"
    path = tmp_path / "detector.json"
    path.write_text(json.dumps(default_detector().to_json()), encoding="utf-8")
    runner = CliRunner()
    shipped = runner.invoke(app, ["-q", "eval", "objectives", "--gold", str(gold), "--format", "json"])
    given = runner.invoke(app, ["-q", "eval", "objectives", "--gold", str(gold), "--format", "json",
                                "--detector", str(path)])
    assert shipped.exit_code == 0 and given.exit_code == 0, given.output
    assert json.loads(given.stdout)["detection"] == json.loads(shipped.stdout)["detection"]
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    failed = runner.invoke(app, ["-q", "eval", "objectives", "--gold", str(gold), "--detector", str(bad)])
    assert failed.exit_code == 2 and "bad.json" in failed.output and "detector_train" in failed.output
