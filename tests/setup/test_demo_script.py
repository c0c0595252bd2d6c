"""`make demo` (scripts/demo.sh) stops loudly at a stage that fails, and passes when every stage works.

The real script runs in a copy of the repository's layout with a stand-in `.venv/bin/spaser` that logs its
calls and fails where a test says; `.venv/bin/python` is the interpreter running the tests (the script reads
the exported documents table with it). The real pipeline is exercised by `make demo` itself.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "demo.sh"

# FAIL names the command that fails (with FAIL_CODE); STATUS is the status the exported documents table shows.
_FAKE_SPASER = """#!/usr/bin/env bash
[ "$1" = --quiet ] && shift
echo "$1" >> calls.log
if [ "$1" = "${FAIL:-}" ]; then echo "stand-in: $1 failed" >&2; exit "${FAIL_CODE:-1}"; fi
case "$1" in
  extract) echo "doc_id,value" > demo-out/objectives.csv ;;
  export)
    mkdir -p demo-out/export
    printf 'doc_id,path,status,error\\nregion-exemple,corpora/samples/region-exemple/region-exemple.pdf,%s,%s\\n' \\
      "${STATUS:-ok}" "${ERROR:-}" > demo-out/export/documents.csv ;;
  *) echo "output of $1" ;;
esac
"""


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    (tmp_path / "scripts").mkdir()
    shutil.copy2(SCRIPT, tmp_path / "scripts" / "demo.sh")
    sample = tmp_path / "corpora" / "samples" / "region-exemple"
    sample.mkdir(parents=True)
    for name in ("region-exemple.pdf", "region-exemple.txt", "region-exemple-scan.pdf"):
        (sample / name).write_text("stand-in\n")
    (tmp_path / "corpora" / "consultation").mkdir()
    (tmp_path / "corpora" / "consultation" / "sample-contributions.csv").write_text("id,text\n")
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "python").symlink_to(sys.executable)
    (bin_dir / "spaser").write_text(_FAKE_SPASER)
    (bin_dir / "spaser").chmod(0o755)
    return tmp_path


def _demo(checkout: Path, **env: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    result = subprocess.run(
        [shutil.which("bash") or "bash", str(checkout / "scripts" / "demo.sh")],
        env={"PATH": "/usr/bin:/bin", **env}, capture_output=True, text=True, timeout=60, check=False,
    )
    log = checkout / "calls.log"
    return result, log.read_text().split() if log.exists() else []


def test_every_stage_working_passes(checkout: Path) -> None:
    result, calls = _demo(checkout)
    assert result.returncode == 0, result.stderr
    assert calls == ["ingest", "text", "clean", "clean", "structure", "extract", "themes", "consult", "batch", "export"]
    assert "1 documents stored, all ok" in result.stdout and "FAILED" not in result.stderr


def test_a_failed_batch_fails_the_demo_with_a_message(checkout: Path) -> None:
    # `spaser batch` exits 1 when a document failed: the demo no longer hides it.
    result, calls = _demo(checkout, FAIL="batch")
    assert result.returncode == 1
    assert 'demo FAILED (exit 1) in step "Batch run of all born-digital samples into DuckDB"' in result.stderr
    assert "$SPASER batch" in result.stderr.splitlines()[-1]  # the failing command, as written in the script
    assert calls[-1] == "batch"


def test_a_document_stored_partial_fails_the_demo_and_is_named(checkout: Path) -> None:
    # A later stage failing for a document leaves it `partial` and the batch exits 0: the demo checks the store.
    result, _ = _demo(checkout, STATUS="partial", ERROR="themes: boom")
    assert result.returncode == 1
    assert "region-exemple (corpora/samples/region-exemple/region-exemple.pdf): partial: themes: boom" in result.stderr
    assert "1 of 1 stored document(s) not ok" in result.stderr and "demo FAILED" in result.stderr


def test_an_earlier_stage_failing_stops_the_demo_there_with_its_exit_code(checkout: Path) -> None:
    result, calls = _demo(checkout, FAIL="extract", FAIL_CODE="3")
    assert result.returncode == 3
    assert 'demo FAILED (exit 3) in step "Quantified objectives of every sample"' in result.stderr
    assert calls[-1] == "extract" and "batch" not in calls
