"""Tesseract in this process, through its C API (``libtesseract``), loaded once per process and language.

Running the ``tesseract`` program for every page pays a process start and a
load of the language model each time (about 0.09 s of CPU), plus an image file
that Python encodes and Tesseract decodes again; at two seconds a page, that is
a tenth of the OCR time. The library reads the page's pixels from memory and
keeps its model loaded between pages. It is the same library the program runs,
with the same settings, so it reads a page exactly as the program does
(``tests/ingest/test_ocr.py`` checks that the words and boxes are identical).

The words are then listed straight from Tesseract's result iterator
(:meth:`TesseractLibrary.words`) rather than from its hOCR: rendering hOCR costs
Tesseract 5 to 8 % of a page's time (it walks every letter and re-derives each
word's font and direction); the listing costs a quarter of that. Each word's
line gets the hOCR ``title`` it would have had, so the caller reads boxes,
baselines and sizes exactly as from hOCR. Two things have no C entry point and
are called as the C++ methods of ``tesseract::PageIterator`` they are (looked
up by their exported names): ``RowAttributes`` (the line's size estimate) and
its own ``IsAtBeginningOf``. Without them, or if the listing differs from the
hOCR on the first page an engine reads (the caller checks), hOCR is used.

It is used only when ``SPASER_TESSERACT_CMD`` does not name another program,
when the library's version is the program's, and when its OpenMP runtime is
limited to one thread (pages are parallelised across processes); otherwise
:mod:`spaser_nlp.ingest.tesseract` runs the program. Each thread of each
process gets its own engine (an engine is not thread-safe; a forked worker
builds its own), and every page starts from a clean state, so the output does
not depend on which pages an engine read before.
"""

from __future__ import annotations

import atexit
import ctypes
import ctypes.util
import math
import os
import threading
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image

_C_TEXT = ctypes.POINTER(ctypes.c_char)


# Tesseract's PageIteratorLevel and the PolyBlockTypes of pictures and rules (blocks without text).
_BLOCK, _PARAGRAPH, _LINE, _WORD = 0, 1, 2, 3
_NOT_TEXT = frozenset({9, 10, 11, 12, 13})
_ROW_ATTRIBUTES = "_ZNK9tesseract12PageIterator13RowAttributesEPfS1_S1_"
# PageIterator's own IsAtBeginningOf: ResultIterator's override copies the iterator to find the logical
# start of the line (for right-to-left scripts), which makes listing a page's words cost twice as much.
_IS_AT_BEGINNING_OF = "_ZNK9tesseract12PageIterator15IsAtBeginningOfENS_17PageIteratorLevelE"


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

    def __init__(self, lib: ctypes.CDLL, lang: str) -> None:
        self._lib = lib
        self._handle = ctypes.c_void_p(lib.TessBaseAPICreate())
        self.ok = lib.TessBaseAPIInit3(self._handle, None, lang.encode()) == 0
        if self.ok:
            # Tesseract's diagnostics ("Estimating resolution as 300" for every page without a stated resolution)
            # go to stderr; the program's are captured and dropped, so are these. Recognition does not read it.
            lib.TessBaseAPISetVariable(self._handle, b"debug_file", os.devnull.encode())
        self._row_attributes = getattr(lib, _ROW_ATTRIBUTES, None)
        if self._row_attributes is not None:
            self._row_attributes.argtypes = [ctypes.c_void_p] + [ctypes.POINTER(ctypes.c_float)] * 3
            self._row_attributes.restype = None
        self._begins = getattr(lib, _IS_AT_BEGINNING_OF, None)
        if self._begins is not None:
            self._begins.argtypes, self._begins.restype = [ctypes.c_void_p, ctypes.c_int], ctypes.c_bool
        else:
            self._begins = lib.TessPageIteratorIsAtBeginningOf
        #: Whether :meth:`words` matched the hOCR on a page; None until the caller has checked.
        self.words_match_hocr: bool | None = None if self._row_attributes is not None else False

    def recognize(self, image: Image.Image, *, psm: int) -> bool:
        """Read ``image`` (page segmentation mode ``psm``); False if Tesseract failed on it."""
        lib, handle = self._lib, self._handle
        gray = image if image.mode == "L" else image.convert("L")
        pixels = gray.tobytes()
        # A fresh page: no image, results or adaptive-classifier memory left from the previous one.
        lib.TessBaseAPIClear(handle)
        lib.TessBaseAPIClearAdaptiveClassifier(handle)
        lib.TessBaseAPISetPageSegMode(handle, psm)
        lib.TessBaseAPISetImage(handle, pixels, gray.width, gray.height, 1, gray.width)
        return lib.TessBaseAPIRecognize(handle, None) == 0

    def hocr(self) -> bytes | None:
        """The hOCR (the ``ocr_page`` element) of the page last recognised."""
        text = self._lib.TessBaseAPIGetHOCRText(self._handle, 0)
        if not text:
            return None
        try:
            return ctypes.string_at(text)
        finally:
            self._lib.TessDeleteText(text)

    def words(self) -> list[WordBox]:
        """The words of the page last recognised, numbered and ordered as in its hOCR."""
        lib = self._lib
        iterator = lib.TessBaseAPIGetIterator(self._handle)
        if not iterator:
            return []
        page = lib.TessResultIteratorGetPageIterator(iterator)
        left, top, right, bottom = (ctypes.c_int() for _ in range(4))
        words: list[WordBox] = []
        block = paragraph = line = word = 0
        line_title = ""
        try:
            if not lib.TessPageIteratorBoundingBox(page, _BLOCK, left, top, right, bottom):
                return []  # nothing found on the page
            # hOCR's walk: skip pictures, rules and empty words; number blocks, paragraphs and lines as they begin.
            begins = self._begins
            while True:
                if begins(page, _BLOCK) and lib.TessPageIteratorBlockType(page) in _NOT_TEXT:
                    if not lib.TessResultIteratorNext(iterator, _BLOCK):
                        break
                    continue
                if lib.TessPageIteratorBoundingBox(page, _WORD, left, top, right, bottom):
                    if begins(page, _LINE):
                        block += begins(page, _BLOCK) != 0
                        paragraph += begins(page, _PARAGRAPH) != 0
                        line, word = line + 1, 0
                        line_title = self._line_title(page)
                    word += 1
                    words.append(WordBox(block, paragraph, line, word, left.value, top.value, right.value, bottom.value,
                                         int(lib.TessResultIteratorConfidence(iterator, _WORD)), self._text(iterator),
                                         line_title))
                if not lib.TessResultIteratorNext(iterator, _WORD):
                    break
        finally:
            lib.TessResultIteratorDelete(iterator)
        return words

    def _text(self, iterator: int) -> str:
        text = self._lib.TessResultIteratorGetUTF8Text(iterator, _WORD)
        if not text:
            return ""
        try:
            return ctypes.string_at(text).decode("utf-8")
        finally:
            self._lib.TessDeleteText(text)

    def _line_title(self, page: int) -> str:
        """The hOCR ``title`` of the line at ``page`` (Tesseract's ``AddBoxTohOCR``, with its rounding)."""
        lib = self._lib
        left, top, right, bottom = (ctypes.c_int() for _ in range(4))
        lib.TessPageIteratorBoundingBox(page, _LINE, left, top, right, bottom)
        title = f"bbox {left.value} {top.value} {right.value} {bottom.value}"
        orientation, direction, order, deskew = ctypes.c_int(), ctypes.c_int(), ctypes.c_int(), ctypes.c_float()
        lib.TessPageIteratorOrientation(page, orientation, direction, order, deskew)
        x1, y1, x2, y2 = (ctypes.c_int() for _ in range(4))
        if orientation.value != 0:
            title += f"; textangle {360 - orientation.value * 90}"
        elif lib.TessPageIteratorBaseline(page, _LINE, x1, y1, x2, y2) and x1.value != x2.value:
            run, rise = x2.value - x1.value, y2.value - y1.value
            slope = rise / run
            offset = (y1.value - bottom.value) - slope * (x1.value - left.value)
            title += f"; baseline {_c_round(slope * 1000.0) / 1000.0:.8g} {_c_round(offset * 1000.0) / 1000.0:.8g}"
        height, descenders, ascenders = ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
        self._row_attributes(page, height, descenders, ascenders)  # type: ignore[misc]
        return f"{title}; x_size {height.value:.8g}; x_descenders {-descenders.value:.8g}; x_ascenders {ascenders.value:.8g}"

    def clear(self) -> None:
        """Drop the page last recognised (its image and results)."""
        self._lib.TessBaseAPIClear(self._handle)

    def close(self) -> None:
        """Free the engine (its model and buffers)."""
        self._lib.TessBaseAPIEnd(self._handle)
        self._lib.TessBaseAPIDelete(self._handle)


def _declare(lib: ctypes.CDLL) -> None:
    handle, integer = ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)
    signatures = {
        "TessVersion": ([], ctypes.c_char_p),
        "TessBaseAPICreate": ([], handle),
        "TessBaseAPIInit3": ([handle, ctypes.c_char_p, ctypes.c_char_p], ctypes.c_int),
        "TessBaseAPISetPageSegMode": ([handle, ctypes.c_int], None),
        "TessBaseAPISetVariable": ([handle, ctypes.c_char_p, ctypes.c_char_p], ctypes.c_bool),
        "TessBaseAPISetImage": ([handle, ctypes.c_char_p] + [ctypes.c_int] * 4, None),
        "TessBaseAPIRecognize": ([handle, ctypes.c_void_p], ctypes.c_int),
        "TessBaseAPIGetHOCRText": ([handle, ctypes.c_int], _C_TEXT),
        "TessDeleteText": ([_C_TEXT], None),
        "TessBaseAPIClear": ([handle], None),
        "TessBaseAPIClearAdaptiveClassifier": ([handle], None),
        "TessBaseAPIEnd": ([handle], None),
        "TessBaseAPIDelete": ([handle], None),
        "TessBaseAPIGetIterator": ([handle], handle),
        "TessResultIteratorGetPageIterator": ([handle], handle),
        "TessResultIteratorDelete": ([handle], None),
        "TessResultIteratorNext": ([handle, ctypes.c_int], ctypes.c_int),
        "TessResultIteratorConfidence": ([handle, ctypes.c_int], ctypes.c_float),
        "TessResultIteratorGetUTF8Text": ([handle, ctypes.c_int], _C_TEXT),
        "TessPageIteratorBoundingBox": ([handle, ctypes.c_int] + [integer] * 4, ctypes.c_int),
        "TessPageIteratorBaseline": ([handle, ctypes.c_int] + [integer] * 4, ctypes.c_int),
        "TessPageIteratorBlockType": ([handle], ctypes.c_int),
        "TessPageIteratorIsAtBeginningOf": ([handle, ctypes.c_int], ctypes.c_int),
        "TessPageIteratorOrientation": ([handle] + [integer] * 3 + [ctypes.POINTER(ctypes.c_float)], None),
    }
    for name, (arguments, result) in signatures.items():
        function = getattr(lib, name)
        function.argtypes, function.restype = arguments, result


@lru_cache(maxsize=4)
def _load(program_version: str) -> ctypes.CDLL | None:
    """The Tesseract library if it is the program's version and single-threaded, else None."""
    name = ctypes.util.find_library("tesseract")
    if name is None:
        return None
    # libgomp reads its thread limit once, when it is loaded (as a dependency of libtesseract).
    previous = os.environ.get("OMP_THREAD_LIMIT")
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        lib = ctypes.CDLL(name)
        _declare(lib)
        version = lib.TessVersion().decode()
        gomp_name = ctypes.util.find_library("gomp")
        thread_limit = ctypes.CDLL(gomp_name).omp_get_thread_limit() if gomp_name else 1
    except (OSError, AttributeError):
        return None
    finally:
        if previous is None:
            os.environ.pop("OMP_THREAD_LIMIT", None)
        else:
            os.environ["OMP_THREAD_LIMIT"] = previous
    if version != program_version or thread_limit != 1:
        return None
    return lib


class _Engines(threading.local):
    pid = -1
    by_lang: dict[str, TesseractLibrary | None]


_engines = _Engines()
_to_close: list[tuple[int, TesseractLibrary]] = []


def library_engine(lang: str, program_version: str) -> TesseractLibrary | None:
    """This thread's engine for ``lang``, or None when the ``tesseract`` program must be run instead."""
    if _engines.pid != os.getpid():
        # A new thread, or a forked child: never reuse an engine built in another process.
        _engines.pid, _engines.by_lang = os.getpid(), {}
    if lang not in _engines.by_lang:
        lib = _load(program_version)
        engine = TesseractLibrary(lib, lang) if lib is not None else None
        if engine is not None and not engine.ok:
            engine.close()
            engine = None
        if engine is not None:
            _to_close.append((os.getpid(), engine))
        _engines.by_lang[lang] = engine
    return _engines.by_lang[lang]


@atexit.register
def _close_all() -> None:
    # Tesseract reports engines left open at exit as leaks on stderr.
    for pid, engine in _to_close:
        if pid == os.getpid():
            engine.close()
    _to_close.clear()
