"""The embedded DuckDB results store: created on first use, written by one process only.

Kill safety and idempotence come from DuckDB transactions: :meth:`ResultStore.write` deletes every
row of the given documents and inserts their new rows in one transaction, so a run killed at any
moment leaves each document either wholly stored or absent, and storing a document twice leaves
one copy. Several documents may share a transaction (fewer commits, faster), never part of one.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from spaser_nlp.errors import SpaserError
from spaser_nlp.store.rows import ProcessedDocument, Row
from spaser_nlp.store.schema import DOCUMENT_TABLES, STORE_SCHEMA_VERSION, TABLES, TableSpec

if TYPE_CHECKING:  # pragma: no cover
    import duckdb
    import pyarrow as pa


class StoreError(SpaserError):
    """The results store cannot be opened or written (in use, wrong schema, not a DuckDB file).

    The user can fix each of these (another path, the batch run to wait for), so the CLI exits 2.
    """

    exit_code = 2


class StoredDocument(NamedTuple):
    sha256: str
    pipeline_version: str
    status: str


def _arrow_type(sql: str) -> pa.DataType:
    import pyarrow as pa

    if sql.endswith("[]"):
        return pa.list_(_arrow_type(sql[:-2]))
    return {
        "VARCHAR": pa.string(),
        "INTEGER": pa.int32(),
        "BIGINT": pa.int64(),
        "DOUBLE": pa.float64(),
        "BOOLEAN": pa.bool_(),
        "TIMESTAMP": pa.timestamp("us"),
    }[sql]


def _arrow_table(spec: TableSpec, rows: list[Row]) -> pa.Table:
    import pyarrow as pa

    schema = pa.schema([(column.name, _arrow_type(column.sql)) for column in spec.columns])
    return pa.Table.from_pylist([{name: row.get(name) for name in schema.names} for row in rows], schema=schema)


def connect(path: str | Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the DuckDB file at ``path``, turning DuckDB's errors into a :class:`StoreError` that says what to do."""
    import duckdb

    path = Path(path)
    if read_only and not path.exists():
        raise StoreError("no such results store; write it with a batch run first", path=path, options="db")
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as error:
        if "lock" in str(error).lower():
            raise StoreError("in use by another process (is a `spaser batch` still running?)", path=path) from None
        raise StoreError(f"cannot be opened as a DuckDB file ({error}); give the path of a new one", path=path, options="db") from None
    except duckdb.Error as error:
        raise StoreError(f"cannot be opened as a DuckDB file ({error}); give the path of a new one", path=path, options="db") from None


class ResultStore:
    """Read-write access to a results store; use as a context manager.

    >>> import tempfile, pathlib
    >>> with ResultStore(pathlib.Path(tempfile.mkdtemp()) / "r.duckdb") as store:
    ...     store.count("documents")
    0
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if self.path.parent and not self.path.parent.exists():
            raise StoreError("the folder of the results store does not exist; create it first", path=self.path)
        self.connection = connect(self.path)
        self._create_schema()

    # ----- lifecycle -------------------------------------------------
    def __enter__(self) -> ResultStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    def _create_schema(self) -> None:
        con = self.connection
        version = None
        existing = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "meta" in existing:
            found = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            version = found[0] if found else None
            if version is not None and version != STORE_SCHEMA_VERSION:
                raise StoreError(
                    f"written with store schema {version}, this spaser_nlp writes {STORE_SCHEMA_VERSION}; "
                    "use a new results store",
                    path=self.path,
                    options="db",
                )
        con.execute("BEGIN TRANSACTION")
        for spec in TABLES:
            con.execute(spec.create_sql())
            self._add_missing_columns(spec)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [STORE_SCHEMA_VERSION])
        con.execute("COMMIT")

    def _add_missing_columns(self, spec: TableSpec) -> None:
        # A field added to the document model becomes a column of an existing store (older rows get NULL).
        present = {
            row[0]
            for row in self.connection.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [spec.name]
            ).fetchall()
        }
        for column in spec.columns:
            if column.name not in present:
                self.connection.execute(f'ALTER TABLE "{spec.name}" ADD COLUMN "{column.name}" {column.sql}')

    # ----- reads -------------------------------------------------
    def count(self, table: str) -> int:
        result = self.connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()
        return int(result[0]) if result else 0

    def stored_documents(self) -> dict[str, StoredDocument]:
        """doc_id -> (sha256, pipeline version, status) of every stored document (what a resumed run skips)."""
        rows = self.connection.execute("SELECT doc_id, sha256, pipeline_version, status FROM documents").fetchall()
        return {doc_id: StoredDocument(sha, version, status) for doc_id, sha, version, status in rows}

    # ----- writes -------------------------------------------------
    def write(self, documents: Sequence[ProcessedDocument]) -> None:
        """Replace the stored rows of ``documents`` with theirs, all in one transaction."""
        if not documents:
            return
        import pyarrow as pa

        con = self.connection
        ids = pa.table({"doc_id": pa.array([document.doc_id for document in documents], pa.string())})
        con.execute("BEGIN TRANSACTION")
        try:
            con.register("_batch_ids", ids)
            for spec in DOCUMENT_TABLES:
                con.execute(f'DELETE FROM "{spec.name}" WHERE doc_id IN (SELECT doc_id FROM _batch_ids)')
            for spec in DOCUMENT_TABLES:
                rows = [row for document in documents for row in document.rows.get(spec.name, [])]
                if rows:
                    self._insert(spec, rows)
            con.unregister("_batch_ids")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    def _insert(self, spec: TableSpec, rows: list[Row]) -> None:
        table = _arrow_table(spec, rows)
        self.connection.register("_new_rows", table)
        columns = ", ".join(f'"{name}"' for name in spec.column_names)
        self.connection.execute(f'INSERT INTO "{spec.name}" ({columns}) SELECT {columns} FROM _new_rows')
        self.connection.unregister("_new_rows")

    def start_run(self, *, pipeline_version: str, settings: dict[str, Any], inputs: int) -> str:
        """Record a run's start; returns its id."""
        run_id = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
        self.connection.execute(
            "INSERT INTO runs (run_id, started_at, pipeline_version, settings, inputs) VALUES (?, ?, ?, ?, ?)",
            [run_id, _now(), pipeline_version, json.dumps(settings, sort_keys=True, default=str), inputs],
        )
        return run_id

    def finish_run(self, run_id: str, *, counts: dict[str, int], seconds: float) -> None:
        self.connection.execute(
            "UPDATE runs SET finished_at = ?, skipped = ?, ok = ?, partial = ?, failed = ?, seconds = ? WHERE run_id = ?",
            [_now(), counts.get("skipped", 0), counts.get("ok", 0), counts.get("partial", 0), counts.get("failed", 0),
             round(seconds, 3), run_id],
        )


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


__all__ = ["ResultStore", "StoreError", "StoredDocument", "connect"]
