"""Calls to Tesseract, with errors mapped to the package's.

Pages are read in this process by ``tesserocr`` when it is installed
(:mod:`spaser_nlp.ingest.tesseract_lib`), else by the ``tesseract`` program
(the page handed over as an uncompressed PGM file: compressing a PNG took
Python longer than Tesseract's start-up). The program is also what checks the
installation, names the folder of language data both use, and detects
orientation (rare). The binary is ``tesseract`` on the ``PATH`` unless the
environment variable ``SPASER_TESSERACT_CMD`` names another one (read at each
call, so worker processes follow the parent's setting; setting it also turns
``tesserocr`` off, so that the named program reads every page).

Each program run gets ``OMP_THREAD_LIMIT=1`` in *its own* environment (pages
are parallelised across processes, and Tesseract's OpenMP threads would only
compete with them); this process's environment is never changed. tesserocr's
wheel is built without OpenMP.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from PIL import Image

from spaser_nlp.errors import SpaserError, TesseractMissingError
from spaser_nlp.ingest.tesseract_lib import WordBox, library_engine

TESSERACT_ENV = "SPASER_TESSERACT_CMD"
INSTALL_HINT = "install it (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-fra) or set SPASER_TESSERACT_CMD"
# Seconds a single program run may take before it is stopped (a page takes a few seconds).
_PROGRAM_TIMEOUT_S = 600


class OcrError(SpaserError):
    """Tesseract ran but failed on a page (a damaged image, out of memory...)."""


def tesseract_cmd() -> str:
    """The Tesseract command to run."""
    return os.environ.get(TESSERACT_ENV) or "tesseract"


def _child_env() -> dict[str, str]:
    """The environment of a Tesseract child process: this one's, OpenMP limited to one thread."""
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


class _ProgramError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _run_program(*arguments: str) -> subprocess.CompletedProcess[bytes]:
    """Run the Tesseract program; raise :class:`_ProgramError` when it fails, OSError when it cannot start."""
    completed = subprocess.run(
        [tesseract_cmd(), *arguments], capture_output=True, env=_child_env(), timeout=_PROGRAM_TIMEOUT_S, check=False
    )
    if completed.returncode != 0:
        message = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        raise _ProgramError(message[-1] if message else f"exit status {completed.returncode}")
    return completed


def check_tesseract(lang: str) -> str:
    """Raise :class:`TesseractMissingError` unless Tesseract and every language of ``lang`` are installed.

    Returns Tesseract's version. Checked once per process and command.
    """
    return _check(tesseract_cmd(), lang, os.environ.get("TESSDATA_PREFIX", ""))[0]


def tessdata_folder(lang: str) -> str | None:
    """The folder of language data the program reads (``TESSDATA_PREFIX`` or its own), None if unknown."""
    return _check(tesseract_cmd(), lang, os.environ.get("TESSDATA_PREFIX", ""))[1]


_LANGS_FOLDER = re.compile(r'available languages in "([^"]+)"')


@lru_cache(maxsize=8)
def _check(command: str, lang: str, tessdata: str) -> tuple[str, str | None]:
    if shutil.which(command) is None:
        raise TesseractMissingError(f"the tesseract OCR program ({command}) was not found; {INSTALL_HINT}")
    try:
        version_output = _run_program("--version").stdout.decode("utf-8", "replace")
        listing = _run_program("--list-langs").stdout.decode("utf-8", "replace")
    except (OSError, subprocess.TimeoutExpired) as error:
        raise TesseractMissingError(f"the tesseract OCR program ({command}) cannot run ({error}); {INSTALL_HINT}") from None
    except _ProgramError as error:
        raise TesseractMissingError(f"tesseract ({command}) failed to start: {_one_line(error)}; {INSTALL_HINT}") from None
    found = re.search(r"tesseract\s+v?(\S+)", version_output)
    version = found.group(1) if found else version_output.strip()
    lines = listing.splitlines()
    installed = {line.strip() for line in lines[1:] if line.strip()}
    missing = [code for code in lang.split("+") if code and code not in installed]
    if missing:
        packages = " ".join(f"tesseract-ocr-{code}" for code in missing)
        raise TesseractMissingError(
            f"tesseract has no language data for {'+'.join(missing)} (installed: {', '.join(sorted(installed)) or 'none'}); "
            f"install it (Debian/Ubuntu: apt-get install {packages}) or set TESSDATA_PREFIX"
        )
    folder = _LANGS_FOLDER.search(lines[0]) if lines else None
    return version, (folder.group(1) if folder and os.path.isdir(folder.group(1)) else None)


def _one_line(error: BaseException) -> str:
    return re.sub(r"\s+", " ", str(error)).strip()


_BBOX = re.compile(r"bbox (-?\d+) (-?\d+) (-?\d+) (-?\d+)")
_WCONF = re.compile(r"x_wconf (-?[\d.]+)")
_BASELINE = re.compile(r"baseline (-?[\d.]+) (-?[\d.]+)")
_X_SIZE = re.compile(r"x_size ([\d.]+)")
_X_DESCENDERS = re.compile(r"x_descenders ([\d.]+)")
_LINE_CLASSES = {"ocr_line", "ocr_caption", "ocr_header", "ocr_textfloat"}
WORD_FIELDS = (
    "level", "block_num", "par_num", "line_num", "word_num", "left", "top", "width", "height", "conf", "text",
    "line_top", "line_bottom",
)


def _number(pattern: re.Pattern[str], title: str, default: float = 0.0) -> float:
    found = pattern.search(title)
    return float(found.group(1)) if found else default


def _line_extent(title: str) -> tuple[float, float]:
    """Top and bottom of a text line from its baseline and font size, not from its ink.

    The ink box of a line depends on its letters (accents, descenders); the
    baseline and Tesseract's size estimate do not, so lines of one paragraph
    get the same height, as they have in a text layer.
    """
    box = [int(v) for v in _BBOX.search(title).groups()]  # type: ignore[union-attr]
    baseline = _BASELINE.search(title)
    size = _number(_X_SIZE, title)
    if not baseline or not size:
        return float(box[1]), float(box[3])
    slope, offset = float(baseline.group(1)), float(baseline.group(2))
    base_y = box[3] + offset + slope * (box[2] - box[0]) / 2
    descent = _number(_X_DESCENDERS, title)
    return base_y - (size - descent), base_y + descent


def parse_hocr(hocr: bytes | str) -> dict[str, list[Any]]:
    """Tesseract's hOCR as a word table: the columns of ``image_to_data`` plus each word's line extent."""
    import xml.etree.ElementTree as ElementTree

    table: dict[str, list[Any]] = {name: [] for name in WORD_FIELDS}
    root = ElementTree.fromstring(hocr)
    block = paragraph = line = 0
    for element in root.iter():
        css = element.get("class", "")
        title = element.get("title", "")
        if css == "ocr_carea":
            block += 1
        elif css == "ocr_par":
            paragraph += 1
        elif css in _LINE_CLASSES:
            line += 1
            line_top, line_bottom = _line_extent(title)
            word_num = 0
        elif css == "ocrx_word":
            word_num += 1
            left, top, right, bottom = (int(v) for v in _BBOX.search(title).groups())  # type: ignore[union-attr]
            row = (5, block, paragraph, line, word_num, left, top, right - left, bottom - top,
                   _number(_WCONF, title, -1.0), "".join(element.itertext()), line_top, line_bottom)
            for name, value in zip(WORD_FIELDS, row):
                table[name].append(value)
    return table


def word_table(words: list[WordBox]) -> dict[str, list[Any]]:
    """The library's listing of a page's words as the table :func:`parse_hocr` makes of its hOCR."""
    table: dict[str, list[Any]] = {name: [] for name in WORD_FIELDS}
    extents: dict[str, tuple[float, float]] = {}
    for word in words:
        if word.line_title not in extents:
            extents[word.line_title] = _line_extent(word.line_title)
        row = (5, word.block, word.paragraph, word.line, word.word, word.left, word.top, word.right - word.left,
               word.bottom - word.top, float(word.confidence), word.text, *extents[word.line_title])
        for name, value in zip(WORD_FIELDS, row):
            table[name].append(value)
    return table


def image_to_data(image: Image.Image, *, lang: str, psm: int) -> dict[str, list[Any]]:
    """Tesseract's words for ``image``: ``level``, ``block_num``, ..., ``conf``, ``text``, ``line_top``, ``line_bottom``.

    Read from hOCR (or the equivalent listing, see :mod:`spaser_nlp.ingest.tesseract_lib`) rather than
    TSV for the line baselines and font sizes.
    """
    tessdata = tessdata_folder(lang)
    engine = None if os.environ.get(TESSERACT_ENV) else library_engine(lang, tessdata)
    if engine is None:
        return parse_hocr(_program_hocr(image, lang=lang, psm=psm))
    if not engine.recognize(image, psm=psm):
        raise OcrError("tesseract failed to read the page image")
    try:
        if engine.words_match_hocr:
            return word_table(engine.words())
        from_hocr = parse_hocr(engine.hocr() or b"<div/>")
        if engine.words_match_hocr is None and from_hocr["text"]:
            # Once per engine, on a page with words: the fast listing must give exactly the hOCR's table.
            engine.words_match_hocr = word_table(engine.words()) == from_hocr
        return from_hocr
    finally:
        engine.clear()


def plain_text(image: Image.Image, *, lang: str, psm: int = 3) -> str:
    """Tesseract's own plain-text reading of ``image`` (its page segmentation and reading order)."""
    tessdata = tessdata_folder(lang)
    engine = None if os.environ.get(TESSERACT_ENV) else library_engine(lang, tessdata)
    if engine is None:
        return _program_output(image, "--psm", str(psm), "-l", lang).decode("utf-8", "replace")
    if not engine.recognize(image, psm=psm):
        raise OcrError("tesseract failed to read the page image")
    try:
        return engine.text()
    finally:
        engine.clear()


@contextmanager
def _image_file(image: Image.Image) -> Iterator[str]:
    """``image`` as a temporary grey PGM file: no compression to pay for on either side."""
    with tempfile.NamedTemporaryFile(prefix="spaser-ocr-", suffix=".pgm") as handle:
        (image if image.mode == "L" else image.convert("L")).save(handle, format="PPM")
        handle.flush()
        yield handle.name


def _program_output(image: Image.Image, *arguments: str) -> bytes:
    """What the program prints for ``image`` with ``arguments`` (after the output name ``stdout``)."""
    try:
        with _image_file(image) as path:
            return _run_program(path, "stdout", *arguments).stdout
    except OSError:
        raise TesseractMissingError(f"the tesseract OCR program ({tesseract_cmd()}) was not found; {INSTALL_HINT}") from None
    except subprocess.TimeoutExpired:
        raise OcrError(f"tesseract took more than {_PROGRAM_TIMEOUT_S} s on the page") from None
    except _ProgramError as error:
        raise OcrError(f"tesseract failed: {_one_line(error)}") from None


def _program_hocr(image: Image.Image, *, lang: str, psm: int) -> bytes:
    return _program_output(image, "-l", lang, "--psm", str(psm), "hocr")


def detect_orientation(image: Image.Image) -> tuple[int, float] | None:
    """``(degrees to rotate counter-clockwise to make the page upright, confidence)``, or None.

    Tesseract's orientation detection fails on pages with too few characters;
    that is not an error, the page is then taken as upright.
    """
    try:
        report = _program_output(image, "--psm", "0", "-c", "min_characters_to_try=50").decode("utf-8", "replace")
    except OcrError:
        return None
    rotate = re.search(r"Rotate:\s*(\d+)", report)
    confidence = re.search(r"Orientation confidence:\s*([\d.]+)", report)
    if not rotate or not confidence:
        return None
    # OSD's "Rotate" is clockwise; PIL's rotate() turns counter-clockwise.
    return (360 - int(rotate.group(1))) % 360, float(confidence.group(1))
