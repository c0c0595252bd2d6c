"""Progress of a consultation run: the library reports stages without printing; the CLI draws them on a terminal only."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from spaser_nlp.consult import ConsultSettings, analyse, write_result
from spaser_nlp.consult.progress import STAGES

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpora" / "consultation" / "sample-contributions.csv"
FAST = ConsultSettings(embedder="tfidf", keep_personal_data=True, themes=False, segment_topics=False)


def _frame() -> pd.DataFrame:
    return pd.read_csv(SAMPLE, dtype=str, keep_default_na=False).head(60)


def test_stages_reported_in_order_and_nothing_printed(tmp_path, capfd):
    events = []
    result = analyse(_frame(), settings=FAST, progress=events.append)
    write_result(result, tmp_path, xlsx=False, report=False, docx=False, progress=events.append)
    starts = list(dict.fromkeys(e.stage for e in events if e.kind == "start"))
    ends = [e.stage for e in events if e.kind == "end"]
    assert starts == list(STAGES) and ends == list(STAGES)
    # Each stage ends after it starts, and says what it found.
    for stage in STAGES:
        kinds = [e.kind for e in events if e.stage == stage]
        assert kinds[0] == "start" and kinds[-1] == "end", (stage, kinds)
    end = {e.stage: e for e in events if e.kind == "end"}
    assert end["reading"].detail == "60 contributions"
    assert end["clustering"].detail == f"{len(result.issues)} issues" or end["clustering"].detail.endswith("issues")
    assert all(e.seconds >= 0 for e in end.values())
    assert any(e.kind == "update" and e.detail == "assignments.csv" for e in events)
    captured = capfd.readouterr()
    assert captured.out == "" and captured.err == ""  # the library never prints


def test_a_failing_stage_sends_no_end():
    from spaser_nlp.consult.progress import Stages

    events = []
    stages = Stages(events.append)
    with pytest.raises(ValueError):
        with stages.stage("embedding"):
            raise ValueError("boom")
    assert [e.kind for e in events] == ["start"]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "NO_COLOR")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *[p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]])
    env.update({"TERM": "xterm-256color", "COLUMNS": "160", "LINES": "40"})
    return env


def _consult(tmp_path: Path, *, tty: bool, quiet: bool = False, timeout: float = 300) -> tuple[int, str]:
    """Run ``spaser consult`` on the sample with stderr on a pseudo-terminal (``tty``) or a pipe; returns (code, stderr)."""
    args = [sys.executable, "-m", "spaser_nlp", *(["--quiet"] if quiet else []), "consult", str(SAMPLE),
            "-o", str(tmp_path / "out"), "--embedder", "tfidf", "--keep-personal-data", "--no-xlsx"]
    if not tty:
        run = subprocess.run(args, capture_output=True, text=True, env=_env(), timeout=timeout, cwd=tmp_path)
        return run.returncode, run.stderr
    master, slave = os.openpty()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=slave, stdin=subprocess.DEVNULL, env=_env(), cwd=tmp_path)
    os.close(slave)
    chunks, deadline = [], time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 1.0)
            if not ready:
                if process.poll() is not None:
                    break
                continue
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        code = process.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        os.close(master)
        if process.poll() is None:
            process.kill()
            process.wait()
    return code, b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.slow
def test_cli_shows_stages_on_a_terminal(tmp_path):
    code, stderr = _consult(tmp_path, tty=True)
    assert code == 0, stderr[-3000:]
    for number, stage in enumerate(STAGES, start=1):
        assert f"[{number}/6] {stage}" in stderr, (stage, stderr[-3000:])
    assert "[1/6] reading  122 contributions" in stderr
    assert "contributions, " in stderr and "distinct arguments" in stderr  # the summary at the end
    assert "\x1b[" in stderr  # drawn as a live display (cursor and colour codes), not plain lines


@pytest.mark.slow
def test_cli_silent_progress_when_stderr_is_not_a_terminal(tmp_path):
    code, stderr = _consult(tmp_path, tty=False)
    assert code == 0, stderr[-3000:]
    assert not any(f"] {stage}" in stderr for stage in STAGES), stderr
    assert "\x1b[" not in stderr
    summary = [line for line in stderr.splitlines() if "distinct arguments" in line]
    assert len(summary) == 1 and summary[0].startswith("122 contributions"), stderr


@pytest.mark.slow
def test_cli_quiet_on_a_terminal_prints_nothing(tmp_path):
    code, stderr = _consult(tmp_path, tty=True, quiet=True)
    assert code == 0, stderr[-3000:]
    visible = stderr.replace("\x1b[?25l", "").replace("\x1b[?25h", "").strip()
    assert visible == "", stderr[-2000:]
    assert (tmp_path / "out" / "assignments.csv").is_file()
