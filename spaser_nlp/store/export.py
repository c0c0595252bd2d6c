"""Reading a results store back: pandas DataFrames (:func:`load_results`) and file exports.

Rows come out in a fixed order (by ``doc_id`` then the table's own key), so two exports of the same
store are identical.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from spaser_nlp.sheets import CUTS_SHEET, Cut, cuts_frame, xlsx_frame
from spaser_nlp.store.duck import StoreError, connect
from spaser_nlp.store.schema import TABLES, TableSpec

if TYPE_CHECKING:  # pragma: no cover
    import duckdb
    import pandas as pd

ExportFormat = Literal["parquet", "csv", "xlsx"]
EXPORT_FORMATS: tuple[str, ...] = ("parquet", "csv", "xlsx")

_EXCEL_MAX_ROWS = 1_048_575  # one row is the header


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


# Text cells a spreadsheet would read as a formula get a leading quote (see spaser_nlp.sheets).
_SQL_FORMULA_START = r"^[=+\-@\t\r]"
_SQL_NUMBER = r"^[+-]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)([eE][+-]?[0-9]+)?$"


def _safe_csv_select(spec: TableSpec) -> str:
    """:func:`_select` with every VARCHAR column neutralised as :func:`spaser_nlp.sheets.neutralise` does."""
    columns = []
    for column in spec.columns:
        name = f'"{column.name}"'
        if column.sql == "VARCHAR":
            columns.append(
                f"CASE WHEN regexp_matches({name}, '{_SQL_FORMULA_START}') AND NOT regexp_matches({name}, "
                f"'{_SQL_NUMBER}') THEN '''' || {name} ELSE {name} END AS {name}"
            )
        else:
            columns.append(name)
    order = ", ".join(f'"{name}"' for name in spec.order)
    return f'SELECT {", ".join(columns)} FROM "{spec.name}" ORDER BY {order}'


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
    # Open the store first: a wrong --db must not leave an empty export folder behind.
    connection = connect(path, read_only=True)
    try:
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"cannot create the export folder ({error.strerror})", path=directory) from None
        if to == "xlsx":
            return [_export_xlsx(connection, directory / "results.xlsx")]
        written = []
        for spec in _exported_tables():
            target = directory / f"{spec.name}.{to}"
            options = "FORMAT parquet, COMPRESSION zstd" if to == "parquet" else "FORMAT csv, HEADER true"
            literal = str(target).replace("'", "''")
            select = _select(spec) if to == "parquet" else _safe_csv_select(spec)
            connection.execute(f"COPY ({select}) TO '{literal}' ({options})")
            written.append(target)
        return written
    finally:
        connection.close()


def _excel_cell(value: object) -> object:
    if isinstance(value, (list, tuple)) or type(value).__name__ == "ndarray":
        return "; ".join(str(item) for item in value)  # type: ignore[attr-defined]
    return value


def _export_xlsx(connection: duckdb.DuckDBPyConnection, target: Path) -> Path:
    import pandas as pd

    cuts: list[Cut] = []
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
            # Formula-like text neutralised, control characters and over-long cells handled.
            xlsx_frame(frame, spec.name, cuts).to_excel(writer, sheet_name=spec.name, index=False)
        if cuts:
            cuts_frame(cuts).to_excel(writer, sheet_name=CUTS_SHEET, index=False)
    return target


__all__ = ["EXPORT_FORMATS", "ExportFormat", "Results", "export_results", "load_results"]
