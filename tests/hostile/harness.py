"""Run the real ``spaser`` CLI in a subprocess with bounded time, measuring the peak RSS of its process tree.

Shared by the hostile-input tests (documents and consultations). :func:`run_cli` polls the resident
memory of the command and all its descendants (OCR and batch workers) every few milliseconds with
psutil and keeps the largest sum; without psutil it falls back to ``getrusage(RUSAGE_CHILDREN)``
(the largest single process). A command past its time limit is killed with its whole tree and
reported as such (the test then fails on the time bound, not by hanging).
"""

from __future__ import annotations

import importlib.util
import os
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

SPASER = [sys.executable, "-m", "spaser_nlp"]
GENERATOR = Path(__file__).resolve().parents[2] / "corpora" / "hostile" / "generate_documents.py"
_POLL = 0.02


@dataclass
class CliRun:
    """What one command did: exit code, output, wall time, peak memory of its process tree."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    peak_mib: float
    timed_out: bool
    # CPU seconds (user + system) of the command and the descendants it waited for: unlike the wall time, it
    # hardly depends on what else the machine runs.
    cpu_seconds: float = 0.0

    def describe(self) -> str:
        return (f"spaser {' '.join(self.args)} -> exit {self.returncode} in {self.seconds:.1f} s, "
                f"peak {self.peak_mib:.0f} MiB\nstderr: {self.stderr[-2000:]}")


def _tree_rss(process: object) -> int:
    import psutil

    assert isinstance(process, psutil.Process)
    total = 0
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0
    for member in members:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            pass
    return total


def _kill_tree(pid: int) -> None:
    try:
        import psutil

        parent = psutil.Process(pid)
        members = [*parent.children(recursive=True), parent]
    except Exception:  # noqa: BLE001 - gone already, or no psutil
        members = []
    for member in members:
        try:
            member.kill()
        except Exception:  # noqa: BLE001
            pass
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        pass


def cli_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of the child: this checkout first on the path, colours off, one wide line per message."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join([root, *[p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]])
    env.update({"NO_COLOR": "1", "COLUMNS": "400", "TERM": "dumb"})
    env.update(extra or {})
    return env


def run_cli(args: Sequence[str], *, timeout: float, cwd: str | Path | None = None,
            env: dict[str, str] | None = None) -> CliRun:
    """Run ``spaser ARGS`` with a wall-clock limit of ``timeout`` seconds."""
    args = [str(arg) for arg in args]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    process = subprocess.Popen(
        [*SPASER, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd, env=cli_env(env),
        start_new_session=True,
    )
    try:
        import psutil

        watched: object | None = psutil.Process(process.pid)
    except Exception:  # noqa: BLE001 - psutil missing: fall back to getrusage below
        watched = None
    peak = 0
    timed_out = False
    import threading

    outputs: dict[str, bytes] = {}

    def read(name: str, stream: object) -> None:
        outputs[name] = stream.read()  # type: ignore[attr-defined]

    readers = [threading.Thread(target=read, args=(name, stream), daemon=True)
               for name, stream in (("stdout", process.stdout), ("stderr", process.stderr))]
    for reader in readers:
        reader.start()
    while process.poll() is None:
        if watched is not None:
            peak = max(peak, _tree_rss(watched))
        if time.monotonic() - started > timeout:
            timed_out = True
            _kill_tree(process.pid)
            break
        time.sleep(_POLL)
    process.wait()
    seconds = time.monotonic() - started
    for reader in readers:
        reader.join(timeout=10)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if watched is None:
        peak = after.ru_maxrss * 1024
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return CliRun(args, process.returncode, outputs.get("stdout", b"").decode("utf-8", "replace"),
                  outputs.get("stderr", b"").decode("utf-8", "replace"), seconds, peak / (1 << 20), timed_out, cpu)


def document_generator() -> ModuleType:
    """``corpora/hostile/generate_documents.py`` as a module (loaded once; ``corpora`` is not a package)."""
    name = "hostile_generate_documents"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, GENERATOR)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def assert_clean_error(run: CliRun, file: str | Path, exit_code: int, *words: str) -> None:
    """The command failed with ``exit_code`` and exactly one line ``error: <file>: ...`` containing ``words``."""
    assert not run.timed_out, run.describe()
    assert run.returncode == exit_code, run.describe()
    assert "Traceback" not in run.stderr, run.describe()
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("error:")]
    assert len(errors) == 1, run.describe()
    assert errors[0].startswith(f"error: {file}: "), run.describe()
    for word in words:
        assert word in errors[0], (word, run.describe())
    # Nothing else on stderr: no library warning, no second line of the message.
    assert lines == errors, run.describe()


__all__ = ["SPASER", "CliRun", "assert_clean_error", "cli_env", "document_generator", "run_cli"]
