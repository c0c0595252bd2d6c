"""The schema of the results store: one table per kind of result, every row keyed by ``doc_id``.

=================  ==========================================================================
table              one row per
=================  ==========================================================================
``documents``      input document: path, content hash, status (``ok|partial|failed``), error,
                   pages, seconds, pipeline version, media type, run
``pages``          page: source (text layer / OCR / text), size, OCR confidence, raw text
``texts``          document: the raw text and the cleaned text
``sections``       node of the plan tree (axe, objectif, action...) with its page and offsets
``tables``         table found on a page: header and rows (JSON list of lists)
``objectives``     quantified objective: the columns of ``spaser extract``
``themes``         (document, theme): the document-level theme score
``errors``         problem met by a stage (a failed or partial document has at least one)
``profile``        (document, field): who wrote the schéma and when (authority name and type,
                   period, adoption date, generation), with the evidence quote, page and offsets
``checklist``      (document, legal rule): ``met|partial|missing|not_applicable``, why, evidence
``targets``        (document, objective, national target): objective beside the national figure
``runs``           ``spaser batch`` run: when, settings (stages run and skipped), counts
``meta``           key/value: the store's schema version
=================  ==========================================================================

Columns of ``objectives`` follow :class:`~spaser_nlp.document.Objective`, so a field added to the
model becomes a column (added to an existing store when it is opened).

>>> [table.name for table in TABLES][:4]
['documents', 'pages', 'texts', 'sections']
>>> DOCUMENTS.columns[0]
Column(name='doc_id', sql='VARCHAR')
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from typing import Any, Literal, get_args, get_origin

STORE_SCHEMA_VERSION = "1"


@dataclass(frozen=True)
class Column:
    name: str
    sql: str


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    order: tuple[str, ...] = ("doc_id",)

    @property
    def column_names(self) -> list[str]:
        return [column.name for column in self.columns]

    def create_sql(self) -> str:
        columns = [f'"{c.name}" {c.sql}' for c in self.columns]
        if self.primary_key:
            columns.append("PRIMARY KEY (" + ", ".join(f'"{name}"' for name in self.primary_key) + ")")
        return f'CREATE TABLE IF NOT EXISTS "{self.name}" (' + ", ".join(columns) + ")"


def _columns(spec: str) -> tuple[Column, ...]:
    """``"a VARCHAR, b INTEGER"`` -> columns (keeps the table definitions below readable)."""
    return tuple(Column(*part.strip().split(" ", 1)) for part in spec.split(","))


def _sql_type(annotation: Any) -> str:
    """The DuckDB type of a model field's annotation (optional types are nullable anyway)."""
    origin = get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = [arg for arg in get_args(annotation) if arg is not type(None)]
        return _sql_type(inner[0])
    if origin is Literal:
        return "VARCHAR"
    if origin is list:
        return _sql_type(get_args(annotation)[0]) + "[]"
    return {str: "VARCHAR", int: "BIGINT", float: "DOUBLE", bool: "BOOLEAN"}.get(annotation, "VARCHAR")


def _objective_columns() -> tuple[Column, ...]:
    from spaser_nlp.document import Objective

    fields = Objective.model_fields
    columns = [Column("doc_id", "VARCHAR"), Column("objective_index", "INTEGER")]
    columns += [Column(name, _sql_type(field.annotation)) for name, field in fields.items() if name != "doc_id"]
    return tuple(columns)


DOCUMENTS = TableSpec(
    "documents",
    _columns(
        "doc_id VARCHAR, path VARCHAR, sha256 VARCHAR, status VARCHAR, error VARCHAR, pages INTEGER, "
        "seconds DOUBLE, pipeline_version VARCHAR, media_type VARCHAR, chars BIGINT, objectives INTEGER, "
        "run_id VARCHAR, processed_at TIMESTAMP, pipeline VARCHAR"
    ),
    primary_key=("doc_id",),
)
PAGES = TableSpec(
    "pages",
    _columns(
        "doc_id VARCHAR, page INTEGER, source VARCHAR, width DOUBLE, height DOUBLE, ocr_confidence DOUBLE, "
        "rotation INTEGER, dpi INTEGER, columns INTEGER, blocks INTEGER, char_start BIGINT, char_end BIGINT, "
        "text VARCHAR, warnings VARCHAR[]"
    ),
    primary_key=("doc_id", "page"),
    order=("doc_id", "page"),
)
TEXTS = TableSpec("texts", _columns("doc_id VARCHAR, text VARCHAR, clean_text VARCHAR, edits INTEGER"), ("doc_id",))
SECTIONS = TableSpec(
    "sections",
    _columns(
        "doc_id VARCHAR, section_id VARCHAR, kind VARCHAR, number VARCHAR, title VARCHAR, level INTEGER, "
        "parent_id VARCHAR, page INTEGER, char_start BIGINT, char_end BIGINT, raw_start BIGINT, raw_end BIGINT"
    ),
    order=("doc_id", "char_start", "section_id"),
)
TABLES_ = TableSpec(
    "tables",
    _columns(
        "doc_id VARCHAR, table_id VARCHAR, page INTEGER, kind VARCHAR, section_id VARCHAR, "
        "header VARCHAR[], n_rows INTEGER, rows VARCHAR"
    ),
    order=("doc_id", "page", "table_id"),
)
OBJECTIVES = TableSpec("objectives", _objective_columns(), order=("doc_id", "objective_index"))
THEMES = TableSpec("themes", _columns("doc_id VARCHAR, theme VARCHAR, score DOUBLE"), order=("doc_id", "theme"))
ERRORS = TableSpec(
    "errors", _columns("doc_id VARCHAR, stage VARCHAR, message VARCHAR, page INTEGER"), order=("doc_id", "stage", "page")
)

PROFILE = TableSpec(
    "profile",
    _columns(
        "doc_id VARCHAR, field VARCHAR, value VARCHAR, confidence DOUBLE, rule VARCHAR, quote VARCHAR, page INTEGER, "
        "char_start BIGINT, char_end BIGINT"
    ),
    order=("doc_id", "field"),
)
CHECKLIST = TableSpec(
    "checklist",
    _columns(
        "doc_id VARCHAR, rule_id VARCHAR, title VARCHAR, legal_source VARCHAR, status VARCHAR, reason VARCHAR, "
        "evidence VARCHAR"
    ),
    order=("doc_id", "rule_id"),
)
TARGETS = TableSpec(
    "targets",
    _columns(
        "doc_id VARCHAR, objective_index INTEGER, target_id VARCHAR, target_label VARCHAR, legal_source VARCHAR, "
        "national_value DOUBLE, national_horizon INTEGER, objective_value DOUBLE, position VARCHAR, objective_text VARCHAR"
    ),
    order=("doc_id", "objective_index", "target_id"),
)

# Tables holding one document's results: a document's rows are replaced in all of them at once.
DOCUMENT_TABLES: tuple[TableSpec, ...] = (
    DOCUMENTS, PAGES, TEXTS, SECTIONS, TABLES_, OBJECTIVES, THEMES, ERRORS, PROFILE, CHECKLIST, TARGETS
)

RUNS = TableSpec(
    "runs",
    _columns(
        "run_id VARCHAR, started_at TIMESTAMP, finished_at TIMESTAMP, pipeline_version VARCHAR, settings VARCHAR, "
        "inputs BIGINT, skipped BIGINT, ok BIGINT, partial BIGINT, failed BIGINT, seconds DOUBLE"
    ),
    primary_key=("run_id",),
    order=("started_at", "run_id"),
)
META = TableSpec("meta", _columns("key VARCHAR, value VARCHAR"), ("key",), order=("key",))

TABLES: tuple[TableSpec, ...] = (*DOCUMENT_TABLES, RUNS, META)
TABLES_BY_NAME = {table.name: table for table in TABLES}

__all__ = ["DOCUMENT_TABLES", "STORE_SCHEMA_VERSION", "TABLES", "TABLES_BY_NAME", "Column", "TableSpec"]
