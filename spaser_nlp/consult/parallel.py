"""Where a consultation's per-text work runs: in this process, in local processes, or on a Dask cluster.

Only work that is the same for each text whatever the others are goes out: the embeddings of
the distinct texts and the flags (empty, too short, not French). It goes in partitions of a
few thousand texts, and the results come back *in order*, so every output is the same
wherever it ran. A worker builds the embedder once (:func:`~spaser_nlp.embed.get_embedder`
keeps it per process) and reuses it for every partition it gets. Duplicates, clustering and
labels stay in the calling process: they need every contribution at once and cost little
next to the embeddings.

>>> with open_runner() as runner:
...     list(runner.map(len, [["a", "b"], ["c"]]))
[2, 1]
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import Any, Protocol, Self, TypeVar

import numpy as np

from spaser_nlp.errors import InputError, SpaserError

#: Texts per embedding partition: a multiple of the embedders' batch size (256), so that a
#: worker forms the same micro-batches, and computes the same vectors, as one process would.
EMBED_PARTITION = 2048
#: Texts per flagging partition.
FLAG_PARTITION = 20_000

P = TypeVar("P")
R = TypeVar("R")


class PartitionRunner(Protocol):
    """Runs a function over partitions, somewhere, and yields the results in input order."""

    def map(self, function: Callable[[P], R], partitions: Iterable[P]) -> Iterator[R]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...


class _Runner:
    def close(self) -> None:
        """Release the workers (nothing to do in this process)."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class InlineRunner(_Runner):
    """Everything in this process, one partition after another (the default)."""

    def map(self, function: Callable[[P], R], partitions: Iterable[P]) -> Iterator[R]:
        return (function(partition) for partition in partitions)


def _in_order(submit: Callable[[P], Any], result: Callable[[Any], R], partitions: Iterable[P], limit: int) -> Iterator[R]:
    """Submit ``partitions`` with at most ``limit`` in flight; yield their results in input order."""
    pending = iter(partitions)
    window: deque[Any] = deque()
    for partition in pending:
        window.append(submit(partition))
        if len(window) >= limit:
            break
    while window:
        future = window.popleft()
        following = next(pending, None)
        if following is not None:
            window.append(submit(following))
        yield result(future)


class ProcessRunner(_Runner):
    """A pool of ``workers`` single-threaded local processes (the batch runner's pool)."""

    def __init__(self, workers: int) -> None:
        from spaser_nlp.batch.executors import new_process_pool

        self.workers = max(1, workers)
        self._pool = new_process_pool(self.workers)

    def map(self, function: Callable[[P], R], partitions: Iterable[P]) -> Iterator[R]:
        def result(future: Future[R]) -> R:
            try:
                return future.result()
            except BrokenProcessPool:
                raise SpaserError("a worker process died (out of memory?); rerun with fewer workers", options="workers") from None

        return _in_order(lambda partition: self._pool.submit(function, partition), result, partitions, 2 * self.workers)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskRunner(_Runner):
    """The workers of the Dask cluster at ``scheduler`` (``tcp://host:port``).

    The workers need spaser_nlp (same version) and its models installed; the texts travel to
    them with each partition, so no shared filesystem is needed.
    """

    def __init__(self, scheduler: str) -> None:
        from spaser_nlp.batch.executors import connect_dask

        self._client, self.threads = connect_dask(scheduler)
        self.scheduler = scheduler

    def map(self, function: Callable[[P], R], partitions: Iterable[P]) -> Iterator[R]:
        from spaser_nlp.batch.executors import SchedulerError

        def result(future: Any) -> R:
            try:
                value = future.result()
            except SpaserError:
                raise  # the worker's own error (a missing model, say), with its message
            except Exception as error:  # noqa: BLE001 - a lost worker, a version mismatch...
                raise SchedulerError(
                    f"a Dask worker failed ({type(error).__name__}: {error}); do the workers have spaser_nlp "
                    "(same version) and its models installed?"
                ) from None
            future.release()
            return value

        # Twice as many partitions as threads in flight: workers never wait, and a million
        # texts do not sit in the scheduler's memory at once.
        return _in_order(
            lambda partition: self._client.submit(function, partition, pure=False), result, partitions,
            max(4, 2 * self.threads),
        )

    def close(self) -> None:
        self._client.close()


def open_runner(*, scheduler: str | None = None, workers: int | None = None) -> PartitionRunner:
    """A Dask runner (``scheduler``), a pool of local processes (``workers`` > 1) or this process."""
    if scheduler and workers:
        raise InputError("give either a Dask scheduler or a number of workers, not both", options=("scheduler", "workers"))
    if scheduler:
        return DaskRunner(scheduler)
    if workers and workers > 1:
        return ProcessRunner(workers)
    return InlineRunner()


def split(items: Sequence[P], size: int) -> list[Sequence[P]]:
    """``items`` in consecutive partitions of ``size``.

    >>> split("abcde", 2)
    ['ab', 'cd', 'e']
    """
    return [items[start : start + size] for start in range(0, len(items), size)]


# What runs on a worker: module-level functions of picklable arguments.


def embed_partition(embedder_name: str, batch_size: int, texts: Sequence[str]) -> np.ndarray:
    """The vectors of ``texts`` by the embedder called ``embedder_name`` (loaded once per process)."""
    from spaser_nlp.embed import get_embedder

    return np.asarray(get_embedder(embedder_name).encode(list(texts), batch_size=batch_size), dtype=np.float32)


def flag_partition(min_words: int, texts: Sequence[str]) -> list[str]:
    """:func:`~spaser_nlp.consult.flags.flag_text` of each text."""
    from spaser_nlp.consult.flags import flag_text

    return [flag_text(text, min_words=min_words) for text in texts]


class PartitionedEmbedder:
    """An :class:`~spaser_nlp.embed.Embedder` whose texts are embedded by a runner's workers.

    ``name`` is that of the named embedder, so caches and recorded settings are the same as
    in one process.
    """

    def __init__(self, embedder_name: str, runner: PartitionRunner, *, partition_size: int = EMBED_PARTITION) -> None:
        from spaser_nlp.embed import TfidfEmbedder, get_embedder

        local = get_embedder(embedder_name)  # builds the object only; no model is loaded here
        if isinstance(local, TfidfEmbedder):
            raise InputError("the TF-IDF embedder is fitted on the whole corpus and cannot run in partitions")
        self.embedder_name = embedder_name
        self.name = local.name
        self.runner = runner
        self.partition_size = partition_size

    def encode(self, texts: Sequence[str], *, batch_size: int = 256) -> np.ndarray:
        # Partitions made of whole batches: the same micro-batches as a single call.
        size = max(batch_size, self.partition_size // batch_size * batch_size)
        blocks = list(self.runner.map(partial(embed_partition, self.embedder_name, batch_size), split(list(texts), size)))
        if not blocks:
            return np.zeros((0, 1), dtype=np.float32)
        return blocks[0] if len(blocks) == 1 else np.vstack(blocks)


def flag_texts(texts: Sequence[str], min_words: int, runner: PartitionRunner | None = None) -> list[str]:
    """The flag of each text, computed in partitions on ``runner`` (this process when ``None``)."""
    if runner is None or isinstance(runner, InlineRunner):
        return flag_partition(min_words, texts)
    flags: list[str] = []
    for part in runner.map(partial(flag_partition, min_words), split(list(texts), FLAG_PARTITION)):
        flags.extend(part)
    return flags


__all__ = [
    "DaskRunner",
    "InlineRunner",
    "PartitionRunner",
    "PartitionedEmbedder",
    "ProcessRunner",
    "embed_partition",
    "flag_partition",
    "flag_texts",
    "open_runner",
]
