"""Batch runs: the document pipeline over many files into one DuckDB results store.

- :func:`run_batch` expands files, folders and globs, skips what the store already holds, runs the
  rest on local worker processes or a Dask cluster, and commits each document whole;
- :func:`expand_inputs` names the documents of a batch with stable ids;
- :func:`process_document` is the unit of work a worker runs.
"""

from __future__ import annotations

from spaser_nlp.batch.executors import SchedulerError, default_workers
from spaser_nlp.batch.inputs import BatchInput, expand_inputs
from spaser_nlp.batch.runner import BatchEvent, BatchSummary, run_batch
from spaser_nlp.batch.worker import DocumentTask, process_document

__all__ = [
    "BatchEvent",
    "BatchInput",
    "BatchSummary",
    "DocumentTask",
    "SchedulerError",
    "default_workers",
    "expand_inputs",
    "process_document",
    "run_batch",
]
