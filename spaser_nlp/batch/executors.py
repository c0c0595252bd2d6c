"""Where a batch's documents run: in this process, in a pool of local processes, or on a Dask cluster.

Every executor calls ``on_result`` in the driver process for each document, in completion order;
only the driver writes the results store.

Nested parallelism: ingestion OCRs a document's pages in its own process pool. With N documents
and N workers that would make N x N processes, so the local pool hands out N CPU *slots*: while
documents outnumber the free slots, each runs with single-process OCR (documents side by side: no
pool start-up per document, the fastest for a stream); once fewer documents than free slots are
left (a small batch, the tail of a big one), a document gets several slots and spreads its OCR
pages over them. The total stays near N processes.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from itertools import islice
from queue import Empty
from typing import Any

from spaser_nlp.batch.worker import DocumentTask, process_document
from spaser_nlp.errors import SpaserError
from spaser_nlp.store.rows import ProcessedDocument

ResultCallback = Callable[[ProcessedDocument], None]

_CRASH = (
    "the worker process died while processing this document (out of memory, or a crash in a PDF or OCR "
    "library); check the file, or retry the failed documents with fewer workers"
)


class SchedulerError(SpaserError):
    """The Dask scheduler cannot be reached or used."""


def default_workers() -> int:
    """The number of CPU cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def failed_result(task: DocumentTask, message: str, *, stage: str = "worker", seconds: float = 0.0) -> ProcessedDocument:
    """The result recorded for a document whose worker never returned."""
    from spaser_nlp.pipeline import failed_document
    from spaser_nlp.store.rows import processed_document

    document = failed_document(task.path, message, doc_id=task.doc_id, stage=stage)
    return processed_document(
        document, path=task.path, seconds=seconds, pipeline_version=task.pipeline_version, run_id=task.run_id
    )


def run_inline(tasks: Iterable[DocumentTask], on_result: ResultCallback, *, ocr_workers: int = 1) -> None:
    """One document after another in this process, OCR pages over ``ocr_workers`` processes."""
    for task in tasks:
        on_result(process_document(replace(task, ocr_workers=ocr_workers)))


def _init_worker(driver_pid: int | None = None, started: Any = None) -> None:
    # Parallelism comes from the processes: one thread each for Tesseract and the numeric libraries (torch,
    # BLAS), set before they are imported, or N workers x N threads oversubscribe the cores.
    for variable in ("OMP_THREAD_LIMIT", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[variable] = "1"
    global _STARTED
    _STARTED = started
    if driver_pid is not None:
        from spaser_nlp._lifeline import exit_with

        # The worker's parent is the forkserver, not the driver: watch the driver itself, so that a
        # `kill -9` of `spaser batch` leaves no worker behind.
        exit_with(driver_pid)


# In a worker: the queue on which it says which document it starts (set by the initializer).
_STARTED: Any = None


def new_process_pool(workers: int, *, started: Any = None) -> ProcessPoolExecutor:
    """``workers`` single-threaded worker processes (shared by the batch and consultation runners).

    The workers end when this process does, even killed with SIGKILL. ``started``: a queue of the pool's
    context (see :func:`pool_context`) on which :func:`process_document_timed` workers put
    ``(doc_id, pid, time)`` as they start a document.
    """
    # forkserver/spawn, never fork: the driver may hold DuckDB and model threads that must not be forked.
    return ProcessPoolExecutor(max_workers=workers, mp_context=pool_context(), initializer=_init_worker,
                               initargs=(os.getpid(), started))


def pool_context() -> Any:
    """The multiprocessing context of the worker pools: forkserver where there is one, else spawn."""
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method)


def process_document_timed(task: DocumentTask) -> ProcessedDocument:
    """:func:`process_document`, saying first on the pool's queue which process runs it, and since when."""
    if _STARTED is not None:
        _STARTED.put((task.doc_id, os.getpid(), time.time()))
    return process_document(task)


def connect_dask(scheduler: str) -> tuple[Any, int]:
    """A ``distributed.Client`` of the cluster at ``scheduler`` and its number of worker threads.

    Waits up to a minute for a first worker. Every failure is a one-line :class:`SchedulerError`.
    """
    try:
        from distributed import Client
    except ImportError:
        raise SchedulerError("a Dask scheduler needs Dask: pip install 'dask[distributed]'", options="scheduler") from None
    try:
        client = Client(scheduler, timeout="20s", set_as_default=False)
    except (OSError, TimeoutError) as error:
        raise SchedulerError(f"cannot reach the Dask scheduler at {scheduler} ({error}); is it running?") from None
    try:
        threads = sum(client.nthreads().values())
        if threads == 0:
            client.wait_for_workers(1, timeout=60)
            threads = sum(client.nthreads().values())
    except TimeoutError:
        client.close()
        raise SchedulerError(f"the Dask cluster at {scheduler} has no worker; start `dask worker {scheduler}`") from None
    return client, threads


def _slots_for_next(free: int, remaining: int) -> int:
    """CPU slots (OCR processes) for the next document, given the free slots and the documents left.

    One while documents fill every slot; only slots that would otherwise sit idle (fewer documents left
    than free slots) are shared out, so a born-digital document, which cannot use them, costs nothing.

    >>> [_slots_for_next(4, left) for left in (10, 4, 3, 2, 1)]
    [1, 1, 1, 2, 4]
    >>> _slots_for_next(2, 3), _slots_for_next(1, 1)
    (1, 1)
    """
    return 1 if remaining >= free else max(1, free // remaining)


def run_local(
    tasks: Iterable[DocumentTask], on_result: ResultCallback, *, workers: int, spread_pages: bool = True,
    timeout: float | None = None,
) -> None:
    """Documents in a pool of ``workers`` processes; a document that kills its worker is retried alone once.

    ``spread_pages=False`` keeps every document on one process (benchmarks compare the two). ``timeout``:
    seconds a document may take; past them its worker is killed, the document recorded ``failed`` with a
    ``timeout`` error, the documents that shared the pool go back in the queue, and the run goes on.

    Even one worker is a separate process: a document that crashes a native library must not take the run down
    (nor crash every rerun at the same document).
    """
    queue = deque(tasks)
    if not queue:
        return
    suspects = _Pool(on_result, workers=max(1, workers), spread_pages=spread_pages, timeout=timeout).run(queue)
    # A crash takes down every document in flight; only the one that crashes again when alone is to blame.
    for task in suspects:
        for failed in _Pool(on_result, workers=1, timeout=timeout).run(deque([task])):
            on_result(failed_result(failed, _CRASH))


def timeout_message(seconds: float) -> str:
    """The error recorded for a document over its time budget (stage ``timeout``)."""
    return (
        f"not done after {seconds:g} s, its worker was stopped; check the file (a huge or malformed PDF?), "
        "or rerun with --retry-failed and a larger --timeout"
    )


class _Pool:
    """One batch's documents on a pool of worker processes, with a time budget per document."""

    def __init__(self, on_result: ResultCallback, *, workers: int, spread_pages: bool = True,
                 timeout: float | None = None) -> None:
        self.on_result, self.workers, self.spread_pages = on_result, workers, spread_pages
        self.timeout = timeout if timeout and timeout > 0 else None
        self.started = pool_context().Queue() if self.timeout else None
        # doc_id -> (pid of its worker, when it started there)
        self.running: dict[str, tuple[int, float]] = {}
        self.pool_since = 0.0  # 0 until the first pool starts

    def _new_pool(self) -> ProcessPoolExecutor:
        if self.started is not None and self.pool_since:
            # A worker killed (a crash, a timeout) while writing to the queue may leave its lock held
            # (multiprocessing's documented caveat): every new pool gets a queue of its own.
            self.started.cancel_join_thread()
            self.started.close()
            self.started = pool_context().Queue()
        self.running.clear()
        self.pool_since = time.time()
        return new_process_pool(self.workers, started=self.started)

    def _drain_started(self) -> None:
        while self.started is not None:
            try:
                doc_id, pid, since = self.started.get_nowait()
            except Empty:
                return
            if since >= self.pool_since:  # not a late word from a worker of a pool already replaced
                self.running[doc_id] = (pid, since)

    def _overdue(self, in_flight: dict[Future[ProcessedDocument], tuple[DocumentTask, int]]) -> list[Future[Any]]:
        assert self.timeout is not None
        self._drain_started()
        now = time.time()
        return [future for future, (task, _) in in_flight.items()
                if task.doc_id in self.running and now - self.running[task.doc_id][1] > self.timeout]

    def _wait_seconds(self, in_flight: dict[Future[ProcessedDocument], tuple[DocumentTask, int]]) -> float | None:
        if self.timeout is None:
            return None
        self._drain_started()
        now = time.time()
        deadlines = [self.running[task.doc_id][1] + self.timeout - now
                     for task, _ in in_flight.values() if task.doc_id in self.running]
        return max(0.05, min(deadlines + [1.0]))

    def run(self, queue: deque[DocumentTask]) -> list[DocumentTask]:
        """Run ``queue``; returns the tasks that were in flight when a worker died."""
        crashed: list[DocumentTask] = []
        pool = self._new_pool()
        in_flight: dict[Future[ProcessedDocument], tuple[DocumentTask, int]] = {}
        used = 0
        workers = self.workers
        try:
            while queue or in_flight:
                while queue and used < workers:
                    slots = _slots_for_next(workers - used, len(queue)) if self.spread_pages else 1
                    task = queue.popleft()
                    try:
                        future = pool.submit(process_document_timed, replace(task, ocr_workers=slots))
                    except BrokenProcessPool:
                        # The pool broke before noticing; documents in flight come back as crashed below.
                        queue.appendleft(task)
                        break
                    in_flight[future] = (task, slots)
                    used += slots
                if not in_flight:  # nothing could be submitted to a broken pool: start a new one
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = self._new_pool()
                    continue
                finished, _ = wait(in_flight, timeout=self._wait_seconds(in_flight), return_when=FIRST_COMPLETED)
                broken = False
                for future in finished:
                    task, slots = in_flight.pop(future)
                    used -= slots
                    error = future.exception()
                    if error is None:
                        self.on_result(future.result())
                    elif isinstance(error, BrokenProcessPool):
                        crashed.append(task)
                        broken = True
                    else:  # process_document never raises for a document; this is an unpicklable result or a bug
                        self.on_result(failed_result(task, f"{type(error).__name__}: {error}"))
                overdue = self._overdue(in_flight) if self.timeout and in_flight else []
                if overdue:
                    for future in overdue:
                        task, _ = in_flight.pop(future)
                        pid, since = self.running[task.doc_id]
                        _kill(pid)
                        assert self.timeout is not None
                        self.on_result(failed_result(task, timeout_message(self.timeout), stage="timeout",
                                                     seconds=time.time() - since))
                    # Killing a worker breaks the pool, which stops the others: their documents start again.
                    queue.extendleft(reversed([task for task, _ in in_flight.values()]))
                elif broken:
                    crashed += [task for task, _ in in_flight.values()]
                if overdue or broken:
                    in_flight.clear()
                    used = 0
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = self._new_pool()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            if self.started is not None:
                self.started.close()
        return crashed


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


# Dask: the topic on which a worker says which document it starts (see :func:`process_document_on_dask`).
DASK_STARTED_TOPIC = "spaser-batch-started"


def process_document_on_dask(task: DocumentTask, report_start: bool = False) -> ProcessedDocument:
    """:func:`process_document` on a Dask worker, first saying (``report_start``) which worker starts which
    document, as an event the driver subscribes to (``Worker.log_event``): its time budget runs from then."""
    if report_start:
        from distributed import get_worker

        worker = get_worker()
        worker.log_event(DASK_STARTED_TOPIC, {"doc_id": task.doc_id, "worker": worker.address})
    return process_document(task)


def run_dask(tasks: Iterable[DocumentTask], on_result: ResultCallback, *, scheduler: str,
             timeout: float | None = None) -> None:
    """Documents as tasks on the Dask cluster at ``scheduler`` (``tcp://host:port``); results come back here.

    The workers need spaser_nlp (same version) and tesseract installed. At most twice as many documents as the
    cluster has threads are in flight, so a million-document run does not flood the scheduler. ``timeout``:
    seconds a document may take once a worker has started it; past them it is recorded ``failed`` with a
    ``timeout`` error, its task cancelled and its worker restarted by its nanny (a thread stuck in a parser
    cannot be stopped otherwise); Dask runs the other documents that worker held again elsewhere.
    """
    client, threads = connect_dask(scheduler)
    try:
        _DaskRun(client, on_result, limit=max(4, 2 * threads), timeout=timeout).run(iter(tasks))
    except TimeoutError:
        raise SchedulerError(f"the Dask cluster at {scheduler} has no worker; start `dask worker {scheduler}`") from None
    finally:
        client.close()


# How often the driver looks at the documents in flight on Dask (they take seconds to minutes each).
_POLL_SECONDS = 0.1


class _DaskRun:
    """One batch on a Dask cluster: a bounded number of documents in flight, each with its time budget."""

    def __init__(self, client: Any, on_result: ResultCallback, *, limit: int, timeout: float | None) -> None:
        self.client, self.on_result, self.limit = client, on_result, limit
        self.timeout = timeout if timeout and timeout > 0 else None
        # doc_id -> (worker address, when this process heard it started); written by the client's event thread.
        self.started: dict[str, tuple[str, float]] = {}
        if self.timeout:
            client.subscribe_topic(DASK_STARTED_TOPIC, self._heard)

    def _heard(self, event: tuple[float, dict[str, str]]) -> None:
        message = event[1]
        # The driver's clock, not the worker's: machines' clocks may differ.
        self.started[message["doc_id"]] = (message["worker"], time.time())

    def _submit(self, task: DocumentTask) -> Any:
        self.started.pop(task.doc_id, None)
        return self.client.submit(process_document_on_dask, task, self.timeout is not None, pure=False)

    def _wait_seconds(self, in_flight: dict[Any, DocumentTask]) -> float | None:
        if self.timeout is None:
            return None
        now = time.time()
        deadlines = [self.started[task.doc_id][1] + self.timeout - now
                     for task in in_flight.values() if task.doc_id in self.started]
        return max(0.05, min(deadlines + [1.0]))

    def run(self, pending: Iterator[DocumentTask]) -> None:
        in_flight: dict[Any, DocumentTask] = {}
        for task in islice(pending, self.limit):
            in_flight[self._submit(task)] = task
        while in_flight:
            # Futures are polled (distributed.wait needs a default client, which this run does not set).
            finished = [future for future in in_flight if future.done()]
            if not finished:
                time.sleep(min(_POLL_SECONDS, self._wait_seconds(in_flight) or _POLL_SECONDS))
            for future in finished:
                task = in_flight.pop(future)
                try:
                    result = future.result()
                except Exception as error:  # noqa: BLE001 - a lost or killed worker fails the document, not the batch
                    result = failed_result(task, f"Dask worker failed: {type(error).__name__}: {error}")
                future.release()
                self.on_result(result)
            if self.timeout:
                self._stop_overdue(in_flight)
            while len(in_flight) < self.limit:
                following = next(pending, None)
                if following is None:
                    break
                in_flight[self._submit(following)] = following

    def _stop_overdue(self, in_flight: dict[Any, DocumentTask]) -> None:
        assert self.timeout is not None
        now = time.time()
        overdue = [(future, task) for future, task in in_flight.items()
                   if task.doc_id in self.started and now - self.started[task.doc_id][1] > self.timeout]
        workers = set()
        for future, task in overdue:
            del in_flight[future]
            worker, since = self.started.pop(task.doc_id)
            workers.add(worker)
            self.client.cancel([future], force=True)
            self.on_result(failed_result(task, timeout_message(self.timeout), stage="timeout", seconds=now - since))
        if workers:
            # The other documents those workers hold start again elsewhere, and say so: their budgets restart then.
            for doc_id in [doc_id for doc_id, (worker, _) in list(self.started.items()) if worker in workers]:
                del self.started[doc_id]
            try:
                # The nanny kills the process (and the stuck thread) and starts a fresh worker.
                self.client.restart_workers(sorted(workers), raise_for_error=False)
            except Exception:  # noqa: BLE001 - a worker without a nanny cannot be restarted: its thread stays busy
                pass


__all__ = [
    "SchedulerError", "connect_dask", "default_workers", "failed_result", "new_process_pool", "pool_context",
    "process_document_on_dask", "process_document_timed", "run_dask", "run_inline", "run_local", "timeout_message",
]
