"""Tesseract in this process, through ``tesserocr``'s public API, loaded once per process and language.

Running the ``tesseract`` program for every page pays a process start and a
load of the language model each time (about 0.09 s of CPU), plus an image file
that Python encodes and Tesseract decodes again. ``tesserocr`` (the PyPI wheel
bundles its own Tesseract, built without OpenMP, so one engine uses one core)
reads the page's pixels from memory and keeps its model loaded between pages.
It reads the language data the program uses (the folder ``tesseract
--list-langs`` names, or ``TESSDATA_PREFIX``).

The words are listed from Tesseract's result iterator
(:meth:`TesseractLibrary.words`) rather than from its hOCR: rendering hOCR costs
Tesseract 5 to 8 % of a page's time. Each word's line gets the hOCR ``title``
it would have had (box, baseline, sizes: ``AddBoxTohOCR``'s rounding), so the
caller reads them exactly as from hOCR; ``tests/ingest/test_ocr.py`` checks that
the listing equals tesserocr's own hOCR.

When ``tesserocr`` is not installed, when ``SPASER_TESSERACT_CMD`` names a
program, or when the language data cannot be found,
:mod:`spaser_nlp.ingest.tesseract` runs the program instead. Each thread of
each process gets its own engine (an engine is not thread-safe; a forked
worker builds its own), and every page starts from a clean state, so the output
does not depend on which pages an engine read before.
"""

from __future__ import annotations

import atexit
import math
import os
import threading
from dataclasses import dataclass
from typing import Any

from PIL import Image

# tesserocr's RIL (page iterator levels) and the PolyBlockTypes of pictures and rules (blocks without text).
_BLOCK, _PARAGRAPH, _LINE, _WORD = 0, 1, 2, 3
_NOT_TEXT = frozenset({9, 10, 11, 12, 13})


@dataclass(frozen=True)
class WordBox:
    """A word as Tesseract's hOCR gives it: numbered block, paragraph, line and word, box, confidence, text."""

    block: int
    paragraph: int
    line: int
    word: int
    left: int
    top: int
    right: int
    bottom: int
    confidence: int
    text: str
    line_title: str  # the hOCR ``title`` of the word's line (box, baseline, sizes)


def _c_round(value: float) -> float:
    """C's ``round``: halves away from zero."""
    return math.copysign(math.floor(abs(value) + 0.5), value)


class TesseractLibrary:
    """One initialised Tesseract engine for one language (``lang`` as Tesseract takes it: ``fra``, ``fra+eng``)."""

    def __init__(self, lang: str, tessdata: str) -> None:
        import tesserocr

        self._api: Any = None
        self.ok = False
        try:
            self._api = tesserocr.PyTessBaseAPI(path=tessdata, lang=lang, init=True)
        except RuntimeError:  # tesserocr's way of saying the language data did not load
            return
        self.ok = True
        #: Whether :meth:`words` matched the hOCR on a page; None until the caller has checked.
        self.words_match_hocr: bool | None = None
        # Tesseract's diagnostics ("Estimating resolution as 300") go to stderr; the program's are dropped too.
        self._api.SetVariable("debug_file", os.devnull)

    def recognize(self, image: Image.Image, *, psm: int) -> bool:
        """Read ``image`` (page segmentation mode ``psm``); False if Tesseract failed on it."""
        api = self._api
        gray = image if image.mode == "L" else image.convert("L")
        # A fresh page: no image, results or adaptive-classifier memory left from the previous one.
        api.Clear()
        api.ClearAdaptiveClassifier()
        api.SetPageSegMode(psm)
        api.SetImageBytes(gray.tobytes(), gray.width, gray.height, 1, gray.width)
        try:
            api.Recognize()
        except RuntimeError:
            return False
        return True

    def hocr(self) -> bytes | None:
        """The hOCR (the ``ocr_page`` element) of the page last recognised."""
        text = self._api.GetHOCRText(0)
        return text.encode("utf-8") if text else None

    def text(self) -> str:
        """The plain text of the page last recognised (Tesseract's reading order)."""
        return str(self._api.GetUTF8Text() or "")

    def words(self) -> list[WordBox]:
        """The words of the page last recognised, numbered and ordered as in its hOCR."""
        iterator = self._api.GetIterator()
        if iterator is None or iterator.BoundingBox(_BLOCK) is None:
            return []  # nothing found on the page
        words: list[WordBox] = []
        block = paragraph = line = word = 0
        line_title = ""
        # hOCR's walk: skip pictures, rules and empty words; number blocks, paragraphs and lines as they begin.
        begins = iterator.IsAtBeginningOf
        while True:
            if begins(_BLOCK) and iterator.BlockType() in _NOT_TEXT:
                if not iterator.Next(_BLOCK):
                    break
                continue
            box = iterator.BoundingBox(_WORD)
            if box is not None:
                if begins(_LINE):
                    block += begins(_BLOCK)
                    paragraph += begins(_PARAGRAPH)
                    line, word = line + 1, 0
                    line_title = self._line_title(iterator)
                word += 1
                left, top, right, bottom = box
                words.append(WordBox(block, paragraph, line, word, left, top, right, bottom,
                                     int(iterator.Confidence(_WORD)), iterator.GetUTF8Text(_WORD) or "", line_title))
            if not iterator.Next(_WORD):
                break
        return words

    @staticmethod
    def _line_title(iterator: Any) -> str:
        """The hOCR ``title`` of the line at ``iterator`` (Tesseract's ``AddBoxTohOCR``, with its rounding)."""
        left, top, right, bottom = iterator.BoundingBox(_LINE)
        title = f"bbox {left} {top} {right} {bottom}"
        orientation = int(iterator.Orientation()[0])
        baseline = iterator.Baseline(_LINE)
        if orientation != 0:
            title += f"; textangle {360 - orientation * 90}"
        elif baseline is not None and baseline[0][0] != baseline[1][0]:
            (x1, y1), (x2, y2) = baseline
            slope = (y2 - y1) / (x2 - x1)
            offset = (y1 - bottom) - slope * (x1 - left)
            title += f"; baseline {_c_round(slope * 1000.0) / 1000.0:.8g} {_c_round(offset * 1000.0) / 1000.0:.8g}"
        attributes = iterator.RowAttributes()
        height, descenders, ascenders = (attributes[key] for key in ("row_height", "descenders", "ascenders"))
        return f"{title}; x_size {height:.8g}; x_descenders {-descenders:.8g}; x_ascenders {ascenders:.8g}"

    def clear(self) -> None:
        """Drop the page last recognised (its image and results)."""
        self._api.Clear()

    def close(self) -> None:
        """Free the engine (its model and buffers)."""
        if self._api is not None:
            self._api.End()
            self._api = None


def tesserocr_available() -> bool:
    """Whether the ``tesserocr`` package can be imported."""
    try:
        import tesserocr  # noqa: F401
    except ImportError:
        return False
    return True


class _Engines(threading.local):
    pid = -1
    by_lang: dict[tuple[str, str], TesseractLibrary | None]


_engines = _Engines()
_to_close: list[tuple[int, TesseractLibrary]] = []
_to_close_lock = threading.Lock()


def library_engine(lang: str, tessdata: str | None) -> TesseractLibrary | None:
    """This thread's engine for ``lang`` reading ``tessdata``, or None when the program must be run instead."""
    if tessdata is None or not tesserocr_available():
        return None
    if _engines.pid != os.getpid():
        # A new thread, or a forked child: never reuse an engine built in another process.
        _engines.pid, _engines.by_lang = os.getpid(), {}
    key = (lang, tessdata)
    if key not in _engines.by_lang:
        engine: TesseractLibrary | None = TesseractLibrary(lang, tessdata)
        if engine is not None and not engine.ok:
            engine.close()
            engine = None
        if engine is not None:
            with _to_close_lock:
                _to_close.append((os.getpid(), engine))
        _engines.by_lang[key] = engine
    return _engines.by_lang[key]


@atexit.register
def _close_all() -> None:
    # Tesseract reports engines left open at exit as leaks on stderr.
    with _to_close_lock:
        for pid, engine in _to_close:
            if pid == os.getpid():
                engine.close()
        _to_close.clear()
