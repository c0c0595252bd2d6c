"""``spaser clean`` on a real .txt file (real ingestion) and ``spaser eval clean`` on the real pairs."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from spaser_nlp.cli import app

runner = CliRunner()
NOISY = "Axe 1 — La premiére clause pour UESS\n\nLes achats respon-\nsables : 25% en 2O26.\n"


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "ocr.txt"
    path.write_text(NOISY, encoding="utf-8")
    return path


def test_clean_prints_cleaned_text(tmp_path: Path) -> None:
    result = runner.invoke(app, ["clean", str(_file(tmp_path))])
    assert result.exit_code == 0, result.output
    assert "La première clause pour l'ESS" in result.stdout
    assert "responsables" in result.stdout and "2026" in result.stdout


def test_clean_explain_lists_rules(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--quiet", "clean", "--explain", str(_file(tmp_path))])
    assert result.exit_code == 0, result.output
    rules = {line.split("\t")[3] for line in result.stdout.splitlines() if line.startswith("p")}
    assert {"accent", "elision", "digit-confusion", "dash"} <= rules


def test_clean_json_has_text_edits_and_map(tmp_path: Path) -> None:
    result = runner.invoke(app, ["clean", "--format", "json", str(_file(tmp_path))])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert len(payload["offset_map"]) == len(payload["text"]) + 1
    assert any(edit["rule"] == "accent" for edit in payload["edits"])


def test_clean_missing_file_is_a_clean_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["clean", str(tmp_path / "absent.txt")])
    assert result.exit_code != 0
    assert "Traceback" not in result.output


def test_document_stage_keeps_provenance(tmp_path: Path) -> None:
    from spaser_nlp.clean import clean
    from spaser_nlp.ingest import ingest

    document = clean(ingest(_file(tmp_path)))
    assert document.clean is not None
    start = document.clean.text.index("première")
    provenance = document.provenance(start, start + len("première"))
    assert document.text[provenance.raw_start : provenance.raw_end] == "premiére"
    assert provenance.page == 1


def test_eval_clean_json() -> None:
    result = runner.invoke(app, ["--quiet", "eval", "clean", "--split", "test", "--source", "synthetic",
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["scores"]["synthetic"]
    assert scores["wer_after"] <= 0.5 * scores["wer_before"]
    assert scores["wrong_rate"] <= 0.002
    assert scores["protected_broken"] == 0
