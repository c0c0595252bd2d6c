"""Progress on stderr for the commands whose library functions report stages.

The same mechanism as ``spaser batch`` and ``spaser ingest``: a transient rich display on
:data:`~spaser_nlp.cli.app.err_console`, shown only on a terminal and never with ``--quiet``;
the library sends events, this module draws them.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.markup import escape

from spaser_nlp.cli.app import err_console, state
from spaser_nlp.consult.progress import STAGES, StageEvent


def progress_shown(quiet: bool = False) -> bool:
    """Whether to draw progress: stderr is a terminal and neither ``spaser --quiet`` nor the command's ``quiet``."""
    return not (quiet or state.quiet) and err_console.is_terminal


class StageDisplay:
    """Draws :class:`~spaser_nlp.consult.progress.StageEvent`: a spinner on the running stage, then one line per
    finished stage (``[3/6] embedding  726 texts  4.2 s``). ``prefix`` (e.g. ``question 2/7``) starts each line."""

    def __init__(self, console: Console) -> None:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        )
        self.task = self.progress.add_task("", total=None, visible=False)
        self.prefix = ""
        self.current: str | None = None
        self.started = 0.0

    def _name(self, stage: str) -> str:
        number = STAGES.index(stage) + 1 if stage in STAGES else 0
        step = f"[{number}/{len(STAGES)}] " if number else ""
        return f"{self.prefix + ' ' if self.prefix else ''}{step}{stage}"

    def __call__(self, event: StageEvent) -> None:
        if event.kind == "start" and event.stage != self.current:
            # A stage that starts again before it ends (reading the file, then its columns) stays one stage.
            self.current, self.started = event.stage, time.perf_counter()
            self.progress.reset(self.task, total=None, visible=True)
        if event.kind in ("start", "update"):
            detail = f"  {escape(event.detail)}" if event.detail else ""
            self.progress.update(self.task, description=f"[bold]{escape(self._name(event.stage))}[/]{detail}…")
        elif event.kind == "end":
            seconds = time.perf_counter() - self.started if event.stage == self.current else event.seconds
            detail = f"  {event.detail}" if event.detail else ""
            # The spinner goes before the line is printed: between stages (and after the last) nothing spins.
            self.current = None
            self.progress.update(self.task, visible=False)
            self.progress.console.print(f"{self._name(event.stage)}{detail}  {seconds:.1f} s", highlight=False, markup=False)
        self.progress.refresh()


@contextmanager
def stage_display(show: bool) -> Iterator[StageDisplay | None]:
    """The display while the block runs (``None`` when ``show`` is false: nothing is drawn)."""
    if not show:
        yield None
        return
    display = StageDisplay(err_console)
    with display.progress:
        yield display
