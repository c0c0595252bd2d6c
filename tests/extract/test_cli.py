"""``spaser extract`` and ``spaser eval objectives`` through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from spaser_nlp.cli import app

ROOT = Path(__file__).resolve().parents[2]


def test_extract_text_file_jsonl(tmp_path: Path) -> None:
    source = tmp_path / "schema-essai.txt"
    source.write_text("Axe 1 – Emploi\n\nRéaliser 150 000 heures d'insertion par an d'ici 2027.\n\n"
                      "Le SPASER 2022-2026 a été adopté en 2022.", encoding="utf-8")
    result = CliRunner().invoke(app, ["-q", "extract", str(source)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["doc_id"], r["value"], r["unit"], r["horizon_year"], r["per_year"]) for r in records] == [
        ("schema-essai", 150000.0, "heures", 2027, True)
    ]


def test_extract_csv_and_all_quantities(tmp_path: Path) -> None:
    source = tmp_path / "b.txt"
    source.write_text("Un budget de 2 M€ est consacré à l'action. Porter à 20 % la part des achats bio en 2026.")
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(app, ["-q", "extract", str(source), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text().startswith("doc_id,text,section")
    result = CliRunner().invoke(app, ["-q", "extract", str(source), "--all-quantities"])
    reasons = {json.loads(line)["reason"] for line in result.stdout.splitlines()}
    assert reasons == {"budget", None}


def test_eval_objectives_json() -> None:
    result = CliRunner().invoke(app, ["-q", "eval", "objectives", "--gold", str(ROOT / "corpora/objectives/gold.jsonl"),
                                      "--split", "dev", "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["detection"]["f1"] >= 0.95
