"""The detector's training set (round 10): every real passage read so far, corrected, each text once, weighed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spaser_nlp.extract import detector_train as dt

ROOT = Path(__file__).resolve().parents[2]


def _passage(text: str, source: str, values: list[float]) -> dict:
    objectives = [{"value": v, "unit": "%", "direction": "reach", "kind": "share", "horizon": None} for v in values]
    return {"id": text[:8], "text": text, "source_url": source, "themes": [],
            "gold": {"has_objective": bool(values), "objectives": objectives, "notes": ""}}


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_the_pool_holds_every_read_set_and_no_held_out_one() -> None:
    names = [p.name for p in dt.POOL]
    assert names[:8] == ["real-collected.jsonl", "real-fresh.jsonl", *(f"real-fresh{n}.jsonl" for n in range(2, 8))]
    assert "real-fresh8.jsonl" not in names and all(p.is_relative_to(Path("corpora")) for p in dt.POOL)
    assert all((ROOT / p).is_file() for p in dt.POOL)


def test_balanced_weights_give_objective_passages_half_of_the_real_weight() -> None:
    items = [{"real": True, "records": [{"value": 1}]}] + [{"real": True, "records": []} for _ in range(3)]
    items.append({"records": [{"value": 2}]})  # a written sentence of the synthetic gold
    plain = dt.passage_weights(items)
    balanced = dt.passage_weights(items, balance=True)
    assert plain == [dt.REAL_WEIGHT] * 4 + [1.0]
    assert balanced[0] == pytest.approx(sum(balanced[1:4]))  # one objective passage weighs as much as three traps
    assert sum(balanced[:4]) == pytest.approx(sum(plain[:4]))  # the real weight as a whole is unchanged
    assert balanced[4] == 1.0
    # nothing to balance when every real passage is of one kind
    assert dt.passage_weights(items[1:], balance=True) == dt.passage_weights(items[1:])


def test_training_items_keep_each_text_once_and_drop_sources(tmp_path: Path) -> None:
    first = _write(tmp_path / "first.jsonl", [_passage("Atteindre 30 % de bio en 2027.", "https://a.fr", [30])])
    second = _write(tmp_path / "second.jsonl", [
        _passage("Atteindre 30 % de bio en 2027.", "https://b.fr", []),  # the same text labelled elsewhere
        _passage("En 2023, 12 % des repas étaient bio.", "https://c.fr", []),
        _passage("Viser 50 % de produits durables.", "https://d.fr", [50])])
    synthetic = dt.training_files()[0]
    written = len(dt.training_items([synthetic]))
    items = dt.training_items([synthetic, first, second], without_sources=frozenset({"https://d.fr"}))[written:]
    assert [(i["source_url"], len(i["records"])) for i in items] == [("https://a.fr", 1), ("https://c.fr", 0)]


def test_the_themes_rounds_are_read_with_build_trains_corrections() -> None:
    items = dt.real_items(ROOT / dt.REAL_ROUNDS)
    raw = [json.loads(line) for line in (ROOT / dt.REAL_ROUNDS).read_text(encoding="utf-8").splitlines() if line]
    assert len(items) == len(raw)
    pnad = [i for i in items if i["text"].startswith("L’autre nouveauté est que le PNAD, qui tire la leçon")]
    raw_pnad = [r for r in raw if r["text"].startswith("L’autre nouveauté est que le PNAD, qui tire la leçon")]
    assert len(pnad) == 1 and pnad[0]["records"] == [] and raw_pnad[0]["gold"]["objectives"]
    universal = next(i for i in items if i["text"].startswith("- d'intégrer un critère d'attribution environnemental"))
    assert len(universal["records"]) == 2


def _scored(records: list[dict]) -> list[dict]:
    """What the scores read (the confidence and the explanation may come from a run that skipped the parse)."""
    return [{k: v for k, v in r.items() if k not in ("confidence", "cues")} for r in records]


def test_replayed_runs_are_the_fresh_runs_at_every_threshold() -> None:
    from dataclasses import replace

    from spaser_nlp.evaluate.objectives import predict_item
    from spaser_nlp.extract.detector import default_detector

    items = dt.real_items(ROOT / "corpora/objectives/real-fresh.jsonl")[:12]
    replayer = dt.Replayer()
    found = []
    grid = [(0.25, 0.5), (0.9, 0.95), (0.02, 0.05), (0.25, 0.5), (0.3, 0.7)]
    for threshold, rule_threshold in grid:
        detector = replace(default_detector(), threshold=threshold, rule_threshold=rule_threshold)
        predicted = [_scored(replayer.predict(item, 0, detector)) for item in items]
        assert predicted == [_scored(predict_item(item, detector=detector)) for item in items]
        found.append(sum(len(p) for p in predicted))
    assert found[2] > found[1]  # the thresholds do change the records
    assert len(items) <= replayer.fresh < len(grid) * len(items)  # and unchanged verdicts reuse a run


def test_the_round10_candidate_is_never_written_over_the_shipped_model() -> None:
    with pytest.raises(SystemExit) as raised:
        dt.main(["--pool"])
    assert raised.value.code == 2
