"""Spreadsheet outputs read back with openpyxl and csv: no live formula, numbers kept, cuts noted."""

from __future__ import annotations

import csv
import io
import json

import openpyxl
import pandas as pd
import pytest

from spaser_nlp.sheets import CUTS_SHEET, XLSX_MAX_CELL, neutralise, safe_frame, write_safe_xlsx

HOSTILE = [
    '=HYPERLINK("http://evil.example/","x")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "=1+1",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_like_text_is_prefixed(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("value", [0, -3, 2.5, -0.25, "-0.25", "+33", "12,5", "", "texte", "1=1", None])
def test_numbers_and_plain_text_are_untouched(value):
    assert neutralise(value) == value


def test_safe_frame_keeps_numeric_columns():
    frame = pd.DataFrame({"n": [-1, 2], "x": [-1.5, 0.0], "t": ["=1+1", "ok"], "m": [["=a"], None]})
    safe = safe_frame(frame)
    assert safe["n"].tolist() == [-1, 2] and safe["n"].dtype == frame["n"].dtype
    assert safe["x"].tolist() == [-1.5, 0.0]
    assert safe["t"].tolist() == ["'=1+1", "ok"]
    assert frame["t"].tolist() == ["=1+1", "ok"]  # the input frame is not modified


def test_workbook_has_no_formula_and_notes_cut_cells(tmp_path):
    long_text = "a" * (XLSX_MAX_CELL + 10)
    frame = pd.DataFrame({"id": HOSTILE + ["long"], "score": list(range(-4, len(HOSTILE) - 3)),
                          "text": HOSTILE + [long_text]})
    path = tmp_path / "book.xlsx"
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        cuts = write_safe_xlsx(writer, {"feuille": frame})
    assert len(cuts) == 1 and cuts[0].length == len(long_text)
    book = openpyxl.load_workbook(path)
    sheet = book["feuille"]
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f", cell.value
    scores = [row[1].value for row in sheet.iter_rows(min_row=2)]
    assert all(isinstance(v, int) for v in scores) and scores[0] == -4
    assert len(sheet.cell(row=len(HOSTILE) + 2, column=3).value) <= XLSX_MAX_CELL
    note = book[CUTS_SHEET]
    header = [c.value for c in note[1]]
    assert header[:4] == ["feuille", "ligne", "colonne", "longueur_d_origine"]
    assert [c.value for c in note[2]][:4] == ["feuille", len(HOSTILE) + 2, "text", len(long_text)]


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    """A small consultation whose texts and ids are formulas, analysed with TF-IDF and written."""
    from spaser_nlp.consult import ConsultSettings, analyse, write_result

    texts = [
        '=HYPERLINK("http://evil.example/","x") il faut plus de produits bio à la cantine scolaire',
        "=cmd|' /C calc'!A0 des repas végétariens dans les cantines de la région",
        "@SUM(1+1) les marchés publics doivent favoriser les circuits courts locaux",
        "+ de clauses sociales dans les marchés de travaux publics du département",
        "- moins d'emballages plastiques dans les achats de fournitures de bureau",
    ] * 6
    data = pd.DataFrame({"id": [f"=1+{i}" for i in range(len(texts))], "texte": [f"{t} ({i})" for i, t in enumerate(texts)]})
    result = analyse(data, settings=ConsultSettings(embedder="tfidf", themes=False))
    out = tmp_path_factory.mktemp("hostile_run")
    write_result(result, out)
    return out


def test_consult_outputs_hold_no_formula(hostile_run):
    book = openpyxl.load_workbook(hostile_run / "assignments.xlsx")
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    with open(hostile_run / "assignments.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all(row["id"].startswith("'=") for row in rows)
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "@", "\t", "\r")) and not (
                value.startswith("-") and not value.lstrip("-").replace(".", "").isdigit()
            ), value
    # issues.json keeps the texts as they are (JSON is not a spreadsheet).
    assert json.loads((hostile_run / "issues.json").read_text(encoding="utf-8"))["issues"]


def test_report_has_a_restrictive_csp(hostile_run):
    html = (hostile_run / "report.html").read_text(encoding="utf-8")
    assert 'http-equiv="Content-Security-Policy"' in html
    assert "default-src &#x27;none&#x27;" in html and "script-src &#x27;sha256-" in html
    assert "unsafe-eval" not in html and "http" not in html.split("Content-Security-Policy", 1)[1].split(">", 1)[0]


def test_export_csv_and_xlsx_neutralise(tmp_path):
    from spaser_nlp.store import ResultStore
    from spaser_nlp.store.export import export_results

    db = tmp_path / "r.duckdb"
    ResultStore(db).close()
    import duckdb

    connection = duckdb.connect(str(db))
    connection.execute(
        "INSERT INTO documents (doc_id, path, status, error, pages, seconds) VALUES "
        "('=1+1', '@evil', 'ok', '-x', 3, -1.5)"
    )
    connection.close()
    export_results(db, tmp_path / "csv", to="csv")
    text = (tmp_path / "csv" / "documents.csv").read_text(encoding="utf-8")
    row = next(csv.DictReader(io.StringIO(text)))
    assert (row["doc_id"], row["path"], row["error"], row["pages"], row["seconds"]) == ("'=1+1", "'@evil", "'-x", "3", "-1.5")
    export_results(db, tmp_path / "xlsx", to="xlsx")
    book = openpyxl.load_workbook(tmp_path / "xlsx" / "results.xlsx")
    cells = {c.value: c for c in book["documents"][2]}
    assert "'=1+1" in cells and cells["'=1+1"].data_type == "s"
    assert 3 in cells and -1.5 in cells
