"""An error is one line on stderr even when its message quotes another library's multi-line error (README,
"Command line": a wrong ``--codebook`` gives a one-line ``error: <file>: …``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_a_message_with_line_breaks_is_printed_on_one_line() -> None:
    code = (
        "from spaser_nlp.cli.app import print_error; from spaser_nlp.errors import InputError; "
        "print_error(InputError('not valid YAML (while parsing\\n  in line 1:\\n    : :\\n    ^); fix it\\n', "
        "path='cb.yaml', options='codebook'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "error: cb.yaml: not valid YAML (while parsing in line 1: : : ^); fix it (--codebook)\n"


@pytest.mark.slow
def test_a_codebook_that_is_not_yaml_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "codebook.yaml").write_text(": : :\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "spaser_nlp", "consult", "run", str(ROOT / "corpora" / "consultation" / "sample-contributions.csv"),
         "-o", str(tmp_path / "out"), "--codebook", str(tmp_path / "codebook.yaml")],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and done.stderr.startswith(f"error: {tmp_path / 'codebook.yaml'}: ")
    assert "not valid YAML" in done.stderr and "Traceback" not in done.stderr
