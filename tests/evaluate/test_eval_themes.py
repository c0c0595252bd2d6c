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
