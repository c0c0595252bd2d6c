"""Reading order on the born-digital samples, through the real `spaser eval ocr` path."""

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spaser_nlp.cli import app
from spaser_nlp.evaluate.metrics import character_error
from spaser_nlp.evaluate.ocr import evaluate_ocr, score_pages, summarise

SAMPLES = Path(__file__).resolve().parents[2] / "corpora" / "samples"


def test_score_pages_per_page_and_misordering_costs():
    truth = "Axe 1\n\nPorter à 25 %\fAxe 2\n\nRéduire de 40 %"
    cer, wer, per_page = score_pages(truth, truth.replace("\n\n", "\n"))
    assert cer.errors == 0 and wer.errors == 0 and per_page == [0.0, 0.0]
    swapped = "Porter à 25 %\n\nAxe 1\fAxe 2\n\nRéduire de 40 %"
    cer, _, per_page = score_pages(truth, swapped)
    assert per_page[0] > 0.3 and per_page[1] == 0.0
    # page counts differ: whole-document score, no per-page list
    cer, _, per_page = score_pages(truth, truth.replace("\f", "\n"))
    assert per_page == [] and cer.rate < 0.1


@pytest.mark.slow
def test_born_digital_samples_meet_the_cer_target():
    scores = evaluate_ocr(SAMPLES, forms=["born-digital"], workers=1)
    assert {s.doc_id for s in scores} >= {"region-exemple", "metropole-exemple", "departement-exemple"}
    for score in scores:
        assert score.ocr_pages == 0
        assert score.cer <= 0.005, f"{score.doc_id}: CER {score.cer:.4f} above 0.5 %"
    assert summarise(scores)["born-digital"]["cer"] <= 0.005


@pytest.mark.slow
def test_cli_eval_ocr_json(tmp_path):
    folder = tmp_path / "region-exemple"
    folder.mkdir()
    for name in ("region-exemple.pdf", "region-exemple.txt"):
        shutil.copy(SAMPLES / "region-exemple" / name, folder / name)
    result = CliRunner().invoke(app, ["--quiet", "eval", "ocr", "--corpus", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["documents"][0]["form"] == "born-digital"
    assert payload["summary"]["born-digital"]["cer"] == pytest.approx(
        character_error(
            (folder / "region-exemple.txt").read_text(encoding="utf-8"),
            __import__("spaser_nlp").ingest(folder / "region-exemple.pdf").text,
        ).rate,
        abs=1e-5,
    )


def test_cli_eval_ocr_missing_corpus_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(app, ["eval", "ocr", "--corpus", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "make corpus" in result.output and "Traceback" not in result.output
