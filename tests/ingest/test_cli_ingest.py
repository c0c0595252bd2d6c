"""``spaser text`` and ``spaser ingest`` through the real CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from scans import PAGES, text_pdf
from typer.testing import CliRunner

from spaser_nlp.cli import app
from spaser_nlp.document import Document
from spaser_nlp.ingest import ingest

runner = CliRunner()


@pytest.fixture()
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "contribution.txt"
    path.write_text("Axe 1\n\nRéduire de 40 % les émis-\nsions.\fFin du schéma", encoding="utf-8")
    return path


def test_text_prints_pages_separated_by_form_feeds(text_file: Path) -> None:
    result = runner.invoke(app, ["text", str(text_file)])
    assert result.exit_code == 0
    assert result.stdout == "Axe 1\n\nRéduire de 40 % les émissions.\fFin du schéma\n"


def test_ingest_writes_the_document_json(text_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "doc.json"
    result = runner.invoke(app, ["ingest", str(text_file), "-o", str(output)])
    assert result.exit_code == 0
    assert "2 page(s)" in result.stderr
    doc = Document.load(output)
    assert doc == ingest(text_file)
    assert doc.doc_id == "contribution" and doc.pipeline["ocr"] == "auto"


def test_ingest_to_stdout_and_quiet(text_file: Path) -> None:
    result = runner.invoke(app, ["--quiet", "ingest", str(text_file)])
    assert result.exit_code == 0 and result.stderr == ""
    assert Document.from_json(result.stdout).text.endswith("Fin du schéma")


def test_pdf_options_reach_the_library(tmp_path: Path) -> None:
    path = tmp_path / "schema.pdf"
    path.write_bytes(text_pdf(PAGES[:1]))
    result = runner.invoke(app, ["ingest", str(path), "--ocr", "never", "--dpi", "200", "--workers", "1"])
    assert result.exit_code == 0
    doc = Document.from_json(result.stdout)
    assert doc.pipeline["ocr"] == "never" and doc.pipeline["dpi"] == "200"


@pytest.mark.parametrize("command", [[], ["text"], ["ingest"]])
def test_help(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    if command:
        assert "--password" in result.stdout and "--ocr" in result.stdout and "--workers" in result.stdout


def test_installed_console_script(text_file: Path) -> None:
    spaser = Path(sys.executable).with_name("spaser")
    if not spaser.exists():
        pytest.skip("console script not installed")
    result = subprocess.run([str(spaser), "text", str(text_file.with_name("absent.txt"))], capture_output=True, text=True)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip().count("\n") == 0 and "absent.txt" in result.stderr and "Traceback" not in result.stderr
