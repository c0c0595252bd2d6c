"""Reading a results store back: pandas DataFrames (:func:`load_results`) and file exports.

Rows come out in a fixed order (by ``doc_id`` then the table's own key), so two exports of the same
store are identical.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from spaser_nlp.store.duck import StoreError, connect
from spaser_nlp.store.schema import TABLES, TableSpec

if TYPE_CHECKING:  # pragma: no cover
    import duckdb
    import pandas as pd

ExportFormat = Literal["parquet", "csv", "xlsx"]
EXPORT_FORMATS: tuple[str, ...] = ("parquet", "csv", "xlsx")

_EXCEL_MAX_ROWS = 1_048_575  # one row is the header
_EXCEL_MAX_CELL = 32_767
# Excel refuses control characters (pages are separated by a form feed): they become line breaks.
_EXCEL_ILLEGAL = re.compile(r"[\x00-\x08\x0b-\x1f]")


@dataclass(frozen=True)
class Results:
    """The tables of a results store as pandas DataFrames (``results.objectives``...)."""

    documents: pd.DataFrame
    pages: pd.DataFrame
    texts: pd.DataFrame
    sections: pd.DataFrame
    tables: pd.DataFrame
    objectives: pd.DataFrame
    themes: pd.DataFrame
    errors: pd.DataFrame
    profile: pd.DataFrame
    checklist: pd.DataFrame
    targets: pd.DataFrame
    runs: pd.DataFrame

    def as_dict(self) -> dict[str, pd.DataFrame]:
        return {field.name: getattr(self, field.name) for field in fields(self)}


def _select(spec: TableSpec) -> str:
    order = ", ".join(f'"{name}"' for name in spec.order)
    columns = ", ".join(f'"{name}"' for name in spec.column_names)
    return f'SELECT {columns} FROM "{spec.name}" ORDER BY {order}'


def _exported_tables() -> list[TableSpec]:
    return [spec for spec in TABLES if spec.name != "meta"]


def load_results(path: str | Path) -> Results:
    """Load every table of the results store at ``path`` (read-only) as pandas DataFrames.

    >>> import tempfile, pathlib
    >>> from spaser_nlp.store import ResultStore
    >>> db = pathlib.Path(tempfile.mkdtemp()) / "r.duckdb"
    >>> ResultStore(db).close()
    >>> results = load_results(db)
    >>> list(results.documents.columns)[:4], len(results.objectives)
    (['doc_id', 'path', 'sha256', 'status'], 0)
    """
    connection = connect(path, read_only=True)
    try:
        frames = {spec.name: connection.execute(_select(spec)).df() for spec in _exported_tables()}
    finally:
        connection.close()
    return Results(**frames)


def export_results(path: str | Path, directory: str | Path, *, to: ExportFormat = "parquet") -> list[Path]:
    """Write every table of the store to ``directory``: ``<table>.parquet``/``.csv``, or one ``results.xlsx``.

    Returns the files written.
    """
    if to not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {to!r}; use parquet, csv or xlsx")
    directory = Path(directory)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"cannot create the export folder ({error.strerror})", path=directory) from None
    connection = connect(path, read_only=True)
    try:
        if to == "xlsx":
            return [_export_xlsx(connection, directory / "results.xlsx")]
        written = []
        for spec in _exported_tables():
            target = directory / f"{spec.name}.{to}"
            options = "FORMAT parquet, COMPRESSION zstd" if to == "parquet" else "FORMAT csv, HEADER true"
            literal = str(target).replace("'", "''")
            connection.execute(f"COPY ({_select(spec)}) TO '{literal}' ({options})")
            written.append(target)
        return written
    finally:
        connection.close()


def _excel_cell(value: object) -> object:
    if isinstance(value, str):
        value = _EXCEL_ILLEGAL.sub("\n", value)
        return value if len(value) <= _EXCEL_MAX_CELL else value[: _EXCEL_MAX_CELL - 1] + "…"
    if isinstance(value, (list, tuple)) or type(value).__name__ == "ndarray":
        return _excel_cell("; ".join(str(item) for item in value))  # type: ignore[attr-defined]
    return value


def _export_xlsx(connection: duckdb.DuckDBPyConnection, target: Path) -> Path:
    import pandas as pd

    with pd.ExcelWriter(target, engine="openpyxl") as writer:
        for spec in _exported_tables():
            frame = connection.execute(_select(spec)).df()
            if len(frame) > _EXCEL_MAX_ROWS:
                raise StoreError(
                    f"table {spec.name} has {len(frame)} rows, more than Excel holds; export to parquet or csv",
                    path=target,
                )
            for column in frame.columns:
                kind = frame[column].dtype
                if pd.api.types.is_object_dtype(kind) or pd.api.types.is_string_dtype(kind):
                    frame[column] = frame[column].map(_excel_cell).astype(object)
            frame.to_excel(writer, sheet_name=spec.name, index=False)
    return target


__all__ = ["EXPORT_FORMATS", "ExportFormat", "Results", "export_results", "load_results"]
