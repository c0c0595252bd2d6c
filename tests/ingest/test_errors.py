"""Every way an input can fail, through the real CLI: one line naming the file, non-zero exit, no traceback."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from PIL import Image
from scans import PAGES, text_pdf
from typer.testing import CliRunner

from spaser_nlp.cli import app
from spaser_nlp.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedPDFError,
    FileMissingError,
    InputError,
    SpaserError,
    TesseractMissingError,
    UnsupportedFormatError,
)
from spaser_nlp.ingest import ingest

runner = CliRunner()


def _fails_cleanly(path: Path, *args: str, env: dict[str, str] | None = None) -> str:
    result = runner.invoke(app, ["text", str(path), *args], env=env)
    assert result.exit_code != 0, result.output
    assert "Traceback" not in result.output and "Traceback" not in result.stderr
    assert result.stdout == ""
    message = result.stderr.strip()
    assert "\n" not in message, message
    assert message.startswith("error: ") and path.name in message
    return message


def _png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(300, 300))
    return buffer.getvalue()


# (file name, bytes, expected error class, words the message must hold)
BAD_FILES = [
    ("html-page.pdf", b"<!DOCTYPE html><html><body>404</body></html>", UnsupportedFormatError, "not a PDF"),
    ("report.docx", b"PK\x03\x04 not a document we read", UnsupportedFormatError, "unsupported file type"),
    ("garbage.pdf", b"%PDF-1.4\nthis is not a PDF body\n", CorruptFileError, "damaged"),
    ("truncated.pdf", text_pdf(PAGES[:1])[:600], CorruptFileError, "damaged"),
    ("empty.pdf", b"", EmptyDocumentError, "empty"),
    ("broken.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, CorruptFileError, "cannot be decoded"),
]


@pytest.mark.parametrize(("name", "data", "error", "words"), BAD_FILES, ids=[row[0] for row in BAD_FILES])
def test_bad_files(tmp_path: Path, name: str, data: bytes, error: type[SpaserError], words: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert words in _fails_cleanly(path)
    with pytest.raises(error):
        ingest(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert "no such file" in _fails_cleanly(tmp_path / "absent.pdf")
    assert "not a file" in _fails_cleanly(tmp_path)
    with pytest.raises(FileMissingError):
        ingest(tmp_path / "absent.pdf")


def test_zero_page_pdf(tmp_path: Path) -> None:
    path = tmp_path / "no-pages.pdf"
    pikepdf.new().save(path)
    assert "no pages" in _fails_cleanly(path)
    with pytest.raises(EmptyDocumentError):
        ingest(path)


def test_encrypted_pdf_needs_the_right_password(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(text_pdf(PAGES[:1], encrypt="secret"))
    assert "--password" in _fails_cleanly(path)
    assert "wrong" in _fails_cleanly(path, "--password", "nope")
    with pytest.raises(EncryptedPDFError) as locked:
        ingest(path)
    # The message says what to do whatever the command, with or without a password option (D16 of issue 18).
    assert "qpdf" in str(locked.value) and "spaser ingest --password" in str(locked.value)
    opened = runner.invoke(app, ["text", str(path), "--password", "secret"])
    assert opened.exit_code == 0 and "clauses sociales" in opened.stdout


def test_image_cannot_be_read_without_ocr(tmp_path: Path) -> None:
    path = tmp_path / "page.png"
    path.write_bytes(_png_bytes(Image.new("L", (400, 400), 255)))
    assert "do not turn OCR off (--ocr auto)" in _fails_cleanly(path, "--ocr", "never")
    with pytest.raises(InputError):
        ingest(path, ocr="never")


def test_tesseract_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "scan.png"
    path.write_bytes(_png_bytes(Image.new("L", (400, 400), 255)))
    message = _fails_cleanly(path, env={"SPASER_TESSERACT_CMD": str(tmp_path / "no-tesseract")})
    assert "tesseract" in message and "apt-get install" in message
    monkeypatch.setenv("SPASER_TESSERACT_CMD", str(tmp_path / "no-tesseract"))
    with pytest.raises(TesseractMissingError):
        ingest(path)


@pytest.mark.ocr
def test_french_language_data_missing(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    path.write_bytes(_png_bytes(Image.new("L", (400, 400), 255)))
    empty_tessdata = tmp_path / "tessdata"
    empty_tessdata.mkdir()
    message = _fails_cleanly(path, env={"TESSDATA_PREFIX": str(empty_tessdata)})
    assert "fra" in message and "tesseract-ocr-fra" in message


@pytest.mark.ocr
def test_image_without_text(tmp_path: Path) -> None:
    path = tmp_path / "blank-scan.png"
    path.write_bytes(_png_bytes(Image.new("L", (1240, 1754), 255)))
    assert "no text found" in _fails_cleanly(path)
    with pytest.raises(EmptyDocumentError):
        ingest(path)


def test_tesseract_is_only_needed_for_ocr(tmp_path: Path) -> None:
    path = tmp_path / "born-digital.pdf"
    path.write_bytes(text_pdf(PAGES[:1]))
    result = runner.invoke(app, ["text", str(path)], env={"SPASER_TESSERACT_CMD": str(tmp_path / "no-tesseract")})
    assert result.exit_code == 0 and "clauses sociales" in result.stdout
