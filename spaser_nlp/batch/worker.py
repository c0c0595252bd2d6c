"""The unit of work of a batch: one document through the whole pipeline, returned as rows.

:func:`process_document` runs in a local worker process or on a Dask worker; it never raises for a
bad document (the pipeline records the error) and sends back rows, not the Document, so what
crosses the wire stays small.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spaser_nlp.store.rows import ProcessedDocument


@dataclass(frozen=True)
class DocumentTask:
    """What a worker needs to process one document."""

    path: str
    doc_id: str
    pipeline_version: str
    stages: tuple[str, ...] | None = None
    ingest_settings: dict[str, Any] = field(default_factory=dict)
    ocr_workers: int = 1
    run_id: str | None = None
    # Ingestion limits (a spaser_nlp.limits.Limits); not part of the pipeline version: a document refused
    # under one limit is redone with --retry-failed and a higher one.
    limits: Any = None


def process_document(task: DocumentTask) -> ProcessedDocument:
    """Run the pipeline over ``task.path`` and turn the result into store rows."""
    from spaser_nlp.pipeline import failed_document, resolve_stages, run_pipeline
    from spaser_nlp.store.rows import processed_document

    stages = [s.with_settings(**task.ingest_settings) if s.name == "ingest" else s for s in resolve_stages(task.stages)]
    started = time.perf_counter()
    try:
        document = run_pipeline(
            task.path, stages=stages, doc_id=task.doc_id, ingest_options=_ingest_options(task)
        )
    except Exception as error:  # noqa: BLE001 - run_pipeline records stage errors; this is the last safety net
        document = failed_document(task.path, error, doc_id=task.doc_id, stage="pipeline")
    _test_hooks(task.doc_id)
    return processed_document(
        document,
        path=str(Path(task.path)),
        seconds=time.perf_counter() - started,
        # The version this worker actually ran: a Dask worker may run other code than the driver, and a rerun
        # from that driver then redoes the document rather than trusting results of another version.
        pipeline_version=document.pipeline.get("pipeline_version", task.pipeline_version),
        run_id=task.run_id,
    )


def _ingest_options(task: DocumentTask) -> dict[str, Any]:
    options: dict[str, Any] = {"workers": task.ocr_workers}
    if task.limits is not None:
        options["limits"] = task.limits
    return options


def _test_hooks(doc_id: str) -> None:
    # Tests only (nothing else sets these): a run slow enough to be killed in the middle, a document
    # that kills its worker process the way a crash in a native PDF or OCR library would, and one that
    # never finishes the way a parser stuck on a hostile file does.
    delay = os.environ.get("SPASER_BATCH_TEST_DELAY")
    if delay:
        time.sleep(float(delay))
    if doc_id and os.environ.get("SPASER_BATCH_TEST_CRASH") == doc_id:
        os._exit(70)
    if doc_id and os.environ.get("SPASER_BATCH_TEST_HANG") == doc_id:
        time.sleep(3600)


__all__ = ["DocumentTask", "process_document"]
