"""The DuckDB results store: schema, idempotent whole-document writes, reading back, exports."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pytest

import spaser_nlp
from spaser_nlp.document import Document, Objective, ThemeScore
from spaser_nlp.pipeline import run_pipeline
from spaser_nlp.store import (
    ResultStore,
    StoreError,
    export_results,
    load_results,
    processed_document,
)


def _document(tmp_path: Path, name: str = "schema", text: str = "Axe 1\n\nRéaliser 150 000 heures.\fPage deux") -> Document:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    document = run_pipeline(path, stages=["ingest"])
    document.objectives = [
        Objective(doc_id=document.doc_id, text="Réaliser 150 000 heures", char_start=7, char_end=30,
                  value=150000, unit="heures", direction="reach", kind="absolute", themes=["clauses_sociales_insertion"])
    ]
    document.themes = [ThemeScore(theme="clauses_sociales_insertion", score=0.9)]
    return document


def _rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as connection:
        return connection.execute(sql).fetchall()


def test_write_stores_every_table_and_rewrite_replaces(tmp_path: Path) -> None:
    db = tmp_path / "results.duckdb"
    document = _document(tmp_path)
    result = processed_document(document, path="schema.txt", seconds=0.5, pipeline_version="v1")
    with ResultStore(db) as store:
        store.write([result])
        store.write([result])  # same document again: still one copy
    assert _rows(db, "SELECT doc_id, status, pages, pipeline_version FROM documents") == [("schema", "ok", 2, "v1")]
    assert _rows(db, "SELECT page FROM pages ORDER BY page") == [(1,), (2,)]
    assert _rows(db, "SELECT value, unit, themes FROM objectives") == [(150000.0, "heures", ["clauses_sociales_insertion"])]
    assert _rows(db, "SELECT count(*) FROM themes") == [(1,)]

    changed = _document(tmp_path, text="Une seule page")
    changed.objectives = []
    with ResultStore(db) as store:
        store.write([processed_document(changed, path="schema.txt", seconds=0.1, pipeline_version="v2")])
    assert _rows(db, "SELECT pages, pipeline_version FROM documents") == [(1, "v2")]
    assert _rows(db, "SELECT count(*) FROM pages") == [(1,)]
    assert _rows(db, "SELECT count(*) FROM objectives") == [(0,)]


def test_a_failed_write_leaves_nothing_half_written(tmp_path: Path) -> None:
    db = tmp_path / "results.duckdb"
    good = processed_document(_document(tmp_path, "good"), path="good.txt", seconds=0.1, pipeline_version="v1")
    bad = processed_document(_document(tmp_path, "bad"), path="bad.txt", seconds=0.1, pipeline_version="v1")
    bad.rows["pages"][0]["page"] = "not a number"  # fails on insert, after other tables were written
    with ResultStore(db) as store:
        with pytest.raises(pa.ArrowInvalid, match="not a number"):  # the bad row cannot become an int32 column
            store.write([good, bad])
        assert store.count("documents") == 0
        assert store.count("texts") == 0


def test_load_results_returns_dataframes(tmp_path: Path) -> None:
    db = tmp_path / "results.duckdb"
    with ResultStore(db) as store:
        store.write([processed_document(_document(tmp_path), path="schema.txt", seconds=0.2, pipeline_version="v1")])
    results = spaser_nlp.load_results(db)
    assert isinstance(results.objectives, pd.DataFrame)
    assert list(results.documents.columns[:8]) == [
        "doc_id", "path", "sha256", "status", "error", "pages", "seconds", "pipeline_version"
    ]
    assert set(Objective.model_fields) <= set(results.objectives.columns)
    assert results.pages["page"].tolist() == [1, 2]
    assert set(results.as_dict()) >= {"documents", "pages", "sections", "objectives", "themes"}


@pytest.mark.parametrize("to", ["parquet", "csv", "xlsx"])
def test_export_writes_every_table(tmp_path: Path, to: str) -> None:
    db = tmp_path / "results.duckdb"
    with ResultStore(db) as store:
        store.write([processed_document(_document(tmp_path), path="schema.txt", seconds=0.2, pipeline_version="v1")])
    written = export_results(db, tmp_path / "out", to=to)  # type: ignore[arg-type]
    if to == "xlsx":
        sheets = pd.read_excel(written[0], sheet_name=None)
        assert sheets["objectives"]["unit"].tolist() == ["heures"]
        assert "\f" not in "".join(sheets["texts"]["text"])  # control characters made Excel-safe
    else:
        names = {path.name for path in written}
        assert {f"{table}.{to}" for table in ("documents", "pages", "sections", "objectives", "themes")} <= names
        frame = pd.read_parquet(tmp_path / "out" / "pages.parquet") if to == "parquet" else pd.read_csv(
            tmp_path / "out" / "pages.csv"
        )
        assert frame["page"].tolist() == [1, 2]


def test_store_errors_say_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="write it with a batch run first") as missing:
        load_results(tmp_path / "missing.duckdb")
    assert missing.value.options == ("db",) and "--" not in str(missing.value)  # the CLI adds --db
    not_db = tmp_path / "notes.duckdb"
    not_db.write_text("not a database")
    with pytest.raises(StoreError, match="give the path of a new one"):
        ResultStore(not_db)
    db = tmp_path / "results.duckdb"
    with ResultStore(db):
        with duckdb.connect(str(db)) as other:  # a second connection in the same process shares the database
            assert other.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("1",)


def test_missing_columns_are_added_to_an_older_store(tmp_path: Path) -> None:
    db = tmp_path / "results.duckdb"
    with duckdb.connect(str(db)) as connection:
        connection.execute("CREATE TABLE themes (doc_id VARCHAR, theme VARCHAR)")
    with ResultStore(db) as store:
        store.write([processed_document(_document(tmp_path), path="schema.txt", seconds=0.2, pipeline_version="v1")])
    assert _rows(db, "SELECT theme, score FROM themes") == [("clauses_sociales_insertion", 0.9)]
