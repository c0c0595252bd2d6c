"""``spaser eval themes`` before the held-out test round exists: a clear message, no crash."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from spaser_nlp.errors import InputError
from spaser_nlp.evaluate.themes import evaluate_themes


@pytest.fixture()
def corpus_without_test(tmp_path):
    rows = [
        {"id": "a1", "text": "Réserver des marchés aux ESAT.", "labels": ["marches_reserves_handicap"], "split": "train"},
        {"id": "b2", "text": "Acheter du café équitable.", "labels": ["commerce_equitable"], "split": "dev"},
    ]
    path = tmp_path / "themes.jsonl"
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def test_no_test_split_is_an_input_error_naming_the_held_out_round(corpus_without_test):
    with pytest.raises(InputError, match="HELDOUT_ROUNDS"):
        evaluate_themes(corpus_path=corpus_without_test)


def test_cli_says_so_and_exits_with_the_input_error_code(corpus_without_test):
    from spaser_nlp.cli import app

    result = CliRunner().invoke(app, ["eval", "themes", "--corpus", str(corpus_without_test)])
    assert result.exit_code == InputError.exit_code
    assert "no 'test' passages" in result.output
    assert result.exc_info is None or result.exc_info[0] is SystemExit


def test_cli_scores_a_gold_file_in_the_shared_format_with_support(tmp_path):
    from spaser_nlp.cli import app

    rows = [
        {"id": "g1", "source_url": "https://a.example/1", "text": "Réserver des marchés aux ESAT et aux entreprises adaptées.",
         "gold": {"themes": ["marches_reserves_handicap"]}},
        {"id": "g2", "source_url": "https://a.example/2", "text": "Servir 50 % de produits bio dans les cantines scolaires.",
         "gold": {"themes": ["alimentation_durable_bio_circuits_courts"]}},
        {"id": "g3", "source_url": "https://b.example/1", "text": "Sommaire", "gold": {"themes": []}},
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    report = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["eval", "themes", "--gold", str(gold), "--json", str(report)])
    assert result.exit_code == 0, result.output
    assert "3 passages from 3 sources" in result.output and "| support |" in result.output
    scored = json.loads(report.read_text(encoding="utf-8"))["real"]["systems"]["model:default"]
    assert scored["per_theme"]["marches_reserves_handicap"]["support"] == 1
    assert len(scored["few_example_themes"]) == 16 and scored["supported_themes"] == []  # 3 passages: no theme has 8
    assert "synthetic" not in json.loads(report.read_text(encoding="utf-8"))  # --gold scores that file only


def test_missing_gold_file_is_a_clear_input_error(tmp_path):
    from spaser_nlp.cli import app

    result = CliRunner().invoke(app, ["eval", "themes", "--gold", str(tmp_path / "none.jsonl")])
    assert result.exit_code == InputError.exit_code and "--gold" in result.output
