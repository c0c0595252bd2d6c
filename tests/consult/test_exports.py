"""Real export layouts: Cap Collectif open data, Decidim proposals, French Excel CSV (fixtures in exports/)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from spaser_nlp.cli import app
from spaser_nlp.consult.exports import (
    questions,
    recognise,
    select_question,
    text_problem,
)
from spaser_nlp.consult.io import read_table
from spaser_nlp.errors import InputError

HERE = Path(__file__).parent / "exports"
CAP = HERE / "cap_collectif_opendata.csv"
DECIDIM = HERE / "decidim_proposals.csv"
EXCEL = HERE / "excel_fr.csv"


def test_cap_collectif_questions_and_selection():
    table = read_table(CAP)
    found = questions(table)
    assert [q.id for q in found] == ["QUXVlc3Rpb246MTQ0", "QUXVlc3Rpb246MTQ1"]
    assert select_question(found, "QUXVlc3Rpb246MTQ1") == found[1]
    assert select_question(found, "domaines prioritaires") == found[1]
    with pytest.raises(InputError, match="matches no question"):
        select_question(found, "logement")
    with pytest.raises(InputError, match="--each-question"):
        recognise(table)


def test_cap_collectif_columns_and_empty_answers_left_out():
    table = read_table(CAP)
    kept, layout = recognise(table, question="QUXVlc3Rpb246MTQ0")
    assert layout.platform == "cap_collectif"
    assert layout.columns.text.startswith("QUXVlc3Rpb246MTQ0 - ")
    assert (layout.columns.author_type, layout.columns.author, layout.columns.date) == ("authorType", "authorId", "publishedAt")
    # Two of the eight answers to this question are empty: they are not contributions.
    assert len(kept) == 6 and "QUXVlc3Rpb246MTQ1 - " not in " ".join(kept.columns)
    described = "\n".join(layout.describe())
    assert "Cap Collectif" in described and "authorType" in described


def test_decidim_proposals_layout():
    table = read_table(DECIDIM)
    kept, layout = recognise(table)
    assert layout.platform == "decidim"
    assert (layout.columns.text, layout.columns.title, layout.columns.id) == ("body/fr", "title/fr", "id")
    assert layout.columns.date == "published_at"
    assert layout.reasons["text"].startswith("Decidim proposals export")
    assert len(kept) == 6
    assert kept["body/fr"].iloc[0] == "Servir des produits bio et locaux dans toutes les cantines scolaires de la ville."


def test_french_excel_csv():
    table = read_table(EXCEL)
    kept, layout = recognise(table)
    assert layout.columns.text == "Contribution"
    assert "Géothermie" in set(kept["Contribution"])


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        (["VXNlcjp1c2VyMTAw01", "VXNlcjp1c2VyMTAw02", "VXNlcjp1c2VyMTAw03"], "identifiers"),
        (["12", "3.5", "7"], "identifiers"),
        (["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "oui"], "mostly empty"),
        (["Géothermie", "panneaux solaires", "Santé, éducation"], ""),
    ],
)
def test_text_problem(values, problem):
    assert (text_problem(pd.Series(values)) or "").startswith(problem)


def test_cli_refuses_an_id_column_as_text(tmp_path):
    result = CliRunner().invoke(app, ["consult", str(CAP), "-o", str(tmp_path / "out"), "--text-col", "authorId"])
    assert result.exit_code == 2
    assert "not text" in result.output and "authorId" in result.output and "QUXVlc3Rpb246MTQ0 - " in result.output


@pytest.mark.slow
def test_cli_each_question(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["consult", str(CAP), "-o", str(out), "--each-question", "--embedder", "tfidf", "--no-xlsx"])
    assert result.exit_code == 0, result.output
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert [i["question_id"] for i in index] == ["QUXVlc3Rpb246MTQ0", "QUXVlc3Rpb246MTQ1"]
    assert [i["n_contributions"] for i in index] == [6, 7]
    assert all((out / i["folder"] / "issues.json").is_file() for i in index)
    assert "text:" in result.output and "authorType" in result.output


def test_decidim_json_export_nested_keys():
    table = read_table(HERE / "decidim_proposals.json")
    assert "body/fr" in table.columns and "category/name/fr" in table.columns
    kept, layout = recognise(table)
    assert (layout.platform, layout.columns.text, layout.columns.title) == ("decidim", "body/fr", "title/fr")
    assert len(kept) == 3


def test_question_option_on_a_single_text_export_is_refused():
    with pytest.raises(InputError, match="one column per question"):
        recognise(read_table(DECIDIM), question="Q1")
