"""The second annotator's labels (``corpora/agreement``) name passages of the unseen sets and valid values."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AGREEMENT = ROOT / "corpora" / "agreement"


def _ids(*paths: Path) -> set[str]:
    return {json.loads(line)["id"] for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line}


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (AGREEMENT / name).read_text(encoding="utf-8").splitlines() if line]


def test_theme_labels_name_unseen_passages_and_taxonomy_themes() -> None:
    from spaser_nlp.classify import load_taxonomy

    themes = {t.id for t in load_taxonomy().themes}
    rows = _rows("themes_labels.jsonl")
    known = _ids(ROOT / "corpora/real-fresh-themes/passages.jsonl", ROOT / "corpora/real-fresh-themes/passages2.jsonl")
    assert len(rows) == len({r["id"] for r in rows}) == 120
    assert {r["id"] for r in rows} <= known
    assert all(set(r["themes"]) <= themes for r in rows)


def test_objective_labels_name_unseen_passages_and_follow_the_record_format() -> None:
    rows = _rows("objectives_labels.jsonl")
    known = _ids(ROOT / "corpora/objectives/real-fresh13.jsonl", ROOT / "corpora/objectives/real-fresh14.jsonl")
    assert len(rows) == len({r["id"] for r in rows}) == 70 and {r["id"] for r in rows} <= known
    records = [o for r in rows for o in r["objectives"]]
    assert records and all(o["value"] > 0 for o in records)
    assert {o["direction"] for o in records} <= {"reach", "increase", "decrease", "maintain"}
    assert {o["kind"] for o in records} <= {"rate", "absolute", "relative_change", "growth_rate"}
    assert {o["comparator"] for o in records} <= {None, ">=", "<="}
