"""The results store: an embedded DuckDB file holding every processed document's results.

- :class:`ResultStore` creates the schema (:mod:`spaser_nlp.store.schema`) and writes documents,
  each one wholly or not at all (kill-safe) and replacing its earlier rows (idempotent);
- :func:`load_results` reads the tables back as pandas DataFrames;
- :func:`export_results` writes them as Parquet, CSV or one Excel workbook.
"""

from __future__ import annotations

from spaser_nlp.store.duck import ResultStore, StoredDocument, StoreError, connect
from spaser_nlp.store.export import EXPORT_FORMATS, ExportFormat, Results, export_results, load_results
from spaser_nlp.store.rows import ProcessedDocument, processed_document
from spaser_nlp.store.schema import STORE_SCHEMA_VERSION, TABLES

__all__ = [
    "EXPORT_FORMATS",
    "STORE_SCHEMA_VERSION",
    "TABLES",
    "ExportFormat",
    "ProcessedDocument",
    "ResultStore",
    "Results",
    "StoreError",
    "StoredDocument",
    "connect",
    "export_results",
    "load_results",
    "processed_document",
]
