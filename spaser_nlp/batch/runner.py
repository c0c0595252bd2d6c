"""``run_batch``: many documents through the pipeline into one results store, resumable and kill-safe.

A document is skipped when the store already holds it with the same content hash and pipeline
version (failed ones too, unless ``retry_failed``). Results are written by this process only, a
few documents per transaction, so a run killed at any moment loses at most the documents not yet
committed, which the next run redoes; nothing is ever stored twice.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from spaser_nlp.batch.executors import default_workers, run_dask, run_local
from spaser_nlp.batch.inputs import BatchInput, expand_inputs
from spaser_nlp.batch.worker import DocumentTask
from spaser_nlp.limits import Limits
from spaser_nlp.store.duck import ResultStore, StoredDocument
from spaser_nlp.store.rows import ProcessedDocument

EventKind = Literal["start", "document", "end"]


@dataclass
class BatchSummary:
    """What a run did; ``failed`` > 0 makes ``spaser batch`` exit non-zero."""

    db: str
    run_id: str
    pipeline_version: str
    inputs: int = 0
    skipped: int = 0
    ok: int = 0
    partial: int = 0
    failed: int = 0
    pages: int = 0
    seconds: float = 0.0
    workers: int = 1
    scheduler: str | None = None
    skipped_stages: list[str] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def processed(self) -> int:
        return self.ok + self.partial + self.failed

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "db": self.db,
            "run_id": self.run_id,
            "pipeline_version": self.pipeline_version,
            "inputs": self.inputs,
            "skipped": self.skipped,
            "processed": self.processed,
            "ok": self.ok,
            "partial": self.partial,
            "failed": self.failed,
            "pages": self.pages,
            "seconds": round(self.seconds, 3),
            "workers": self.workers,
            "scheduler": self.scheduler,
            "skipped_stages": self.skipped_stages,
            "failures": [{"doc_id": doc_id, "error": error} for doc_id, error in self.failures],
        }


@dataclass(frozen=True)
class BatchEvent:
    """Sent to ``on_event``: the run started (``total`` to process), a document was stored, the run ended."""

    kind: EventKind
    total: int
    done: int
    document: ProcessedDocument | None = None
    summary: BatchSummary | None = None


EventCallback = Callable[[BatchEvent], None]

_SLOW_GAP = 0.25
# Seconds one document may take in `spaser batch` (--timeout): a 2,000-page text PDF takes about 5 min, a
# 300-page scan OCR'd on one core about 15; a document past this is stopped and recorded failed.
DEFAULT_TIMEOUT = 1800.0


class _Writer:
    """Commits results, whole documents per transaction.

    Documents arriving slowly (more than :data:`_SLOW_GAP` seconds apart) are committed one by one, so a kill loses
    no finished work; a fast stream of small documents is committed every ``flush_every`` documents or
    ``flush_seconds``, whichever comes first, since a commit per document would then dominate the run.
    """

    def __init__(self, store: ResultStore, summary: BatchSummary, total: int, on_event: EventCallback | None,
                 *, flush_every: int, flush_seconds: float) -> None:
        self.store, self.summary, self.total, self.on_event = store, summary, total, on_event
        self.flush_every, self.flush_seconds = flush_every, flush_seconds
        self.buffer: list[ProcessedDocument] = []
        self.last_flush = self.last_add = time.monotonic()
        self.done = 0

    def add(self, result: ProcessedDocument) -> None:
        now = time.monotonic()
        self.buffer.append(result)
        slow = now - self.last_add >= _SLOW_GAP
        self.last_add = now
        if slow or len(self.buffer) >= self.flush_every or now - self.last_flush >= self.flush_seconds:
            self.flush()

    def flush(self) -> None:
        if self.buffer:
            self.store.write(self.buffer)
        for result in self.buffer:
            self._count(result)
            self.done += 1
            if self.on_event:
                self.on_event(BatchEvent("document", self.total, self.done, document=result))
        self.buffer = []
        self.last_flush = time.monotonic()

    def _count(self, result: ProcessedDocument) -> None:
        summary = self.summary
        setattr(summary, result.status, getattr(summary, result.status) + 1)
        summary.pages += result.pages
        if result.status == "failed":
            summary.failures.append((result.doc_id, result.error or "unknown error"))


def _is_done(stored: StoredDocument | None, sha256: str, version: str, retry_failed: bool) -> bool:
    if stored is None or stored.sha256 != sha256 or stored.pipeline_version != version:
        return False
    return not (retry_failed and stored.status == "failed")


def plan_tasks(
    items: Sequence[BatchInput], stored: dict[str, StoredDocument], *, version: str, retry_failed: bool,
    stages: tuple[str, ...] | None, ingest_settings: dict[str, Any],
) -> tuple[list[DocumentTask], int]:
    """The documents still to process, and how many are skipped as already done."""
    from spaser_nlp.pipeline import file_sha256

    tasks: list[DocumentTask] = []
    for item in items:
        if _is_done(stored.get(item.doc_id), file_sha256(item.path), version, retry_failed):
            continue
        tasks.append(DocumentTask(str(item.path), item.doc_id, version, stages, ingest_settings))
    return tasks, len(items) - len(tasks)


def largest_first(tasks: Sequence[DocumentTask]) -> list[DocumentTask]:
    """``tasks`` biggest file first (ties keep their order): the longest documents start first, so the run does
    not end with one worker busy on a big scan while the others sit idle (longest-processing-time scheduling;
    a file's size stands for its work: pages, and pictures to OCR)."""

    def size(task: DocumentTask) -> int:
        try:
            return os.path.getsize(task.path)
        except OSError:
            return 0

    return sorted(tasks, key=lambda task: -size(task))


def run_batch(
    inputs: Iterable[str | Path],
    db: str | Path,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    retry_failed: bool = False,
    stages: Sequence[str] | None = None,
    ocr: str = "auto",
    dpi: int = 300,
    lang: str = "fra",
    on_event: EventCallback | None = None,
    flush_every: int = 64,
    flush_seconds: float = 1.0,
    limits: Limits | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> BatchSummary:
    """Process every document named by ``inputs`` (files, folders, globs) into the DuckDB store ``db``.

    ``workers``: local processes (default: the number of cores); ``scheduler``: run on that Dask cluster instead.
    ``stages``: names of the pipeline stages to run (default: all that are installed).
    ``limits``: ingestion limits (pages, pixels, streams, operators); ``timeout``: seconds one document may take
    before it is stopped and recorded ``failed`` (``None`` or 0: no limit), on local workers and on Dask.
    """
    from spaser_nlp.pipeline import pipeline_settings, pipeline_version, resolve_stages

    started = time.perf_counter()
    items = expand_inputs(inputs)
    ingest_settings = {"ocr": ocr, "dpi": dpi, "lang": lang}
    stage_names = tuple(stages) if stages is not None else None
    chosen = [s.with_settings(**ingest_settings) if s.name == "ingest" else s for s in resolve_stages(stage_names)]
    version = pipeline_version(chosen)
    settings = pipeline_settings(chosen)
    workers = workers or default_workers()
    with ResultStore(db) as store:
        tasks, skipped = plan_tasks(items, store.stored_documents(), version=version, retry_failed=retry_failed,
                                    stages=stage_names, ingest_settings=ingest_settings)
        run_settings = {**settings, "workers": workers, "scheduler": scheduler, "retry_failed": retry_failed}
        run_id = store.start_run(pipeline_version=version, settings=run_settings, inputs=len(items))
        tasks = [DocumentTask(t.path, t.doc_id, t.pipeline_version, t.stages, t.ingest_settings, run_id=run_id,
                              limits=limits)
                 for t in largest_first(tasks)]
        summary = BatchSummary(str(db), run_id, version, inputs=len(items), skipped=skipped, workers=workers,
                               scheduler=scheduler, skipped_stages=settings["skipped_stages"])
        if on_event:
            on_event(BatchEvent("start", len(tasks), 0, summary=summary))
        writer = _Writer(store, summary, len(tasks), on_event, flush_every=flush_every, flush_seconds=flush_seconds)
        try:
            if scheduler:
                run_dask(tasks, writer.add, scheduler=scheduler, timeout=timeout)
            else:
                run_local(tasks, writer.add, workers=workers, timeout=timeout)
        finally:
            # Interrupted or not, what is complete is committed, so a rerun does not redo it.
            writer.flush()
            summary.seconds = time.perf_counter() - started
            counts = Counter({"skipped": summary.skipped, "ok": summary.ok, "partial": summary.partial,
                              "failed": summary.failed})
            store.finish_run(run_id, counts=dict(counts), seconds=summary.seconds)
    if on_event:
        on_event(BatchEvent("end", len(tasks), writer.done, summary=summary))
    return summary


__all__ = ["DEFAULT_TIMEOUT", "BatchEvent", "BatchSummary", "EventCallback", "largest_first", "plan_tasks", "run_batch"]
