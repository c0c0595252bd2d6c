"""The fresh held-out real-OCR set (``corpora/ocr-noise/heldout/``) loads and is scored.

No threshold on the score: this set is for reporting, never for tuning.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spaser_nlp.cli import app
from spaser_nlp.evaluate.clean import SOURCE_LABELS, evaluate_cleaning, load_layout, load_pairs

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = ROOT / "corpora" / "ocr-noise" / "heldout"
SOURCES = {"heldout", "heldout-page", "heldout-degraded", "heldout-degraded-page"}


def test_heldout_pairs_load_all_in_test_split() -> None:
    pairs = load_pairs(HELDOUT / "pairs", split=None)
    assert {pair.source for pair in pairs} == SOURCES
    assert {pair.split for pair in pairs} == {"test"}
    assert SOURCES <= set(SOURCE_LABELS)
    truth_words = len((HELDOUT / "ght-exemple.txt").read_text(encoding="utf-8").split())
    for source in ("heldout-page", "heldout-degraded-page"):
        assert sum(len(p.clean.split()) for p in pairs if p.source == source) == truth_words


def test_heldout_layout_counts_match_the_word_level_pairs() -> None:
    pairs = load_pairs(HELDOUT / "pairs")
    layout = load_layout(HELDOUT / "pairs")
    assert set(layout) == {"heldout", "heldout-degraded"}
    for source, counts in layout.items():
        assert counts["word_level_tokens"] == sum(len(p.clean.split()) for p in pairs if p.source == source)


def test_heldout_pairs_are_scored() -> None:
    scores, _speed = evaluate_cleaning(load_pairs(HELDOUT / "pairs"))
    assert SOURCES | {"all"} == set(scores)
    for score in scores.values():
        assert score.words > 0 and score.errors_before > 0
        assert score.right + score.missed <= score.words


@pytest.mark.parametrize("source", ["heldout", "heldout-degraded"])
def test_stored_pairs_match_the_cached_ocr(source: str) -> None:
    spec = importlib.util.spec_from_file_location("build_heldout", HELDOUT / "build_heldout.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    segments, pages, _layout = build.source_pairs(source)
    for rows, name in ((segments, source), (pages, f"{source}-page")):
        stored = [json.loads(line) for line in (HELDOUT / "pairs" / f"{name}.jsonl").read_text("utf-8").splitlines()]
        assert rows == stored


def test_eval_clean_heldout_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the CLI's default folders are relative to the repository root
    result = CliRunner().invoke(app, ["--quiet", "eval", "clean", "--heldout", "--source", "heldout",
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert set(payload["scores"]) == {"heldout", "all"}
    assert payload["scores"]["heldout"]["words"] > 1000
