from __future__ import annotations

import json

import pandas as pd
import pytest

from spaser_nlp.consult import detect_columns, read_table
from spaser_nlp.errors import FileMissingError, InputError, UnsupportedFormatError

ROWS = [
    {"Identifiant": "a1", "Type": "Citoyen", "Contribution": "Plus de bio à la cantine, c'est une évidence."},
    {"Identifiant": "a2", "Type": "Association", "Contribution": "Réservez des marchés aux ESAT et entreprises adaptées."},
]


def test_csv_utf8_bom_semicolon(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes("\ufeffIdentifiant;Type;Contribution\n".encode() + "a1;Citoyen;Économie circulaire à développer\n".encode())
    table = read_table(path)
    assert list(table.columns) == ["Identifiant", "Type", "Contribution"]
    assert table["Contribution"][0] == "Économie circulaire à développer"


def test_csv_cp1252_tab(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes("id\ttexte\n1\tL’œuvre coûte 5 €, écrit à Noël\n".encode("cp1252"))
    table = read_table(path)
    assert table["texte"][0] == "L’œuvre coûte 5 €, écrit à Noël"


def test_csv_latin1_comma_quoted(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes('id,texte\n1,"Clauses sociales, insertion et égalité"\n'.encode("latin-1"))
    assert read_table(path)["texte"][0] == "Clauses sociales, insertion et égalité"


def test_xlsx_json_jsonl_read_the_same_rows(tmp_path):
    frame = pd.DataFrame(ROWS)
    frame.to_excel(tmp_path / "c.xlsx", index=False)
    (tmp_path / "c.json").write_text(json.dumps({"contributions": ROWS}, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS), encoding="utf-8")
    for name in ("c.xlsx", "c.json", "c.jsonl"):
        table = read_table(tmp_path / name)
        assert table.to_dict(orient="records") == ROWS, name


def test_columns_found_by_name():
    columns = detect_columns(pd.DataFrame(ROWS))
    assert (columns.text, columns.id, columns.platform) == ("Contribution", "Identifiant", "generic")


def test_decidim_export(tmp_path):
    records = [{"id": 7, "title": {"fr": "Cantines"}, "body": {"fr": "Plus de bio local dans les écoles."},
                "published_at": "2024-01-02", "author": {"name": "Jeanne"}}]
    path = tmp_path / "decidim.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    table = read_table(path)
    columns = detect_columns(table)
    assert columns.platform == "decidim"
    assert (columns.text, columns.title, columns.id, columns.date, columns.author) == (
        "body/fr", "title/fr", "id", "published_at", "author/name")


def test_cap_collectif_export():
    table = pd.DataFrame({"contribution_id": ["1"], "contribution_title": ["Titre"],
                          "contribution_body": ["Un texte de contribution assez long."],
                          "contribution_author_username": ["x"]})
    columns = detect_columns(table)
    assert columns.platform == "cap_collectif"
    assert (columns.text, columns.id, columns.title, columns.author) == (
        "contribution_body", "contribution_id", "contribution_title", "contribution_author_username")


def test_text_column_by_length_and_ambiguity_error():
    clear = pd.DataFrame({"a": ["x", "y"], "b": ["un long texte libre sur les achats", "encore un texte libre assez long"]})
    assert detect_columns(clear).text == "b"
    ambiguous = pd.DataFrame({"col1": ["un texte libre assez long ici"], "col2": ["un autre texte libre assez long"]})
    with pytest.raises(InputError, match="col1.*col2"):
        detect_columns(ambiguous)


def test_unknown_column_and_bad_files(tmp_path):
    with pytest.raises(InputError, match="columns found: Identifiant"):
        detect_columns(pd.DataFrame(ROWS), text_col="nope")
    with pytest.raises(FileMissingError):
        read_table(tmp_path / "missing.csv")
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    with pytest.raises(UnsupportedFormatError):
        read_table(tmp_path / "x.pdf")
