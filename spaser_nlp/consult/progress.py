"""Progress of a consultation analysis, stage by stage, for whoever wants to show it.

The library never prints: :func:`~spaser_nlp.consult.analyse`, :func:`~spaser_nlp.consult.analyse_file`
and :func:`~spaser_nlp.consult.write_result` take ``progress=``, a callable receiving a
:class:`StageEvent` when a stage starts, says what it is doing, and ends. The command line turns
them into a display on stderr; a notebook can pass ``print`` or collect them::

    events = []
    result = analyse(df, progress=events.append)
    [(e.stage, e.kind) for e in events][:2]   # [('reading', 'start'), ('reading', 'end')]

A stage may start again before it ends (the file is read, then its columns recognised, both
under ``reading``): a display shows them as one stage.

>>> events = []
>>> stages = Stages(events.append)
>>> with stages.stage("clustering", "726 texts") as step:
...     stages.update("clustering", "idea units")
...     step.detail = "12 issues"
>>> [(e.stage, e.kind, e.detail) for e in events]
[('clustering', 'start', '726 texts'), ('clustering', 'update', 'idea units'), ('clustering', 'end', '12 issues')]
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Literal

#: The stages of a consultation run, in order (``reading`` and ``writing`` around :func:`analyse`).
STAGES = ("reading", "duplicates", "embedding", "clustering", "labelling", "writing")

StageKind = Literal["start", "update", "end"]


@dataclass(frozen=True)
class StageEvent:
    """A stage started, says what it is doing (``update``), or ended (``seconds`` since its start)."""

    stage: str
    kind: StageKind
    detail: str = ""
    seconds: float = 0.0

    @property
    def number(self) -> int:
        """The stage's place in :data:`STAGES`, from 1."""
        return STAGES.index(self.stage) + 1 if self.stage in STAGES else 0


ProgressCallback = Callable[[StageEvent], None]


@dataclass
class Step:
    """What a running stage will report when it ends."""

    detail: str = ""


class Stages:
    """Sends the events of each stage to ``callback`` (nothing when it is ``None``)."""

    def __init__(self, callback: ProgressCallback | None) -> None:
        self.callback = callback
        self._started: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str, detail: str = "") -> Iterator[Step]:
        """A stage: ``start`` on entry, ``end`` when it finishes (no ``end`` if it fails).

        Set ``detail`` on the yielded step to say what the stage found (sent with ``end``).
        """
        step = Step(detail)
        self.start(name, detail)
        yield step
        self.end(name, step.detail)

    def start(self, name: str, detail: str = "") -> None:
        self._started[name] = time.perf_counter()
        self.send(StageEvent(name, "start", detail))

    def update(self, name: str, detail: str) -> None:
        self.send(StageEvent(name, "update", detail))

    def end(self, name: str, detail: str = "") -> None:
        started = self._started.pop(name, None)
        seconds = round(time.perf_counter() - started, 3) if started is not None else 0.0
        self.send(StageEvent(name, "end", detail, seconds))

    def send(self, event: StageEvent) -> None:
        if self.callback is not None:
            self.callback(event)


__all__ = ["STAGES", "ProgressCallback", "StageEvent", "Stages", "Step"]
