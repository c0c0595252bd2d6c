"""A simple page's characters, lines and rectangles read through pdfium, in pdfplumber's own format.

pdfplumber (pdfminer) interprets a page in Python and turns every character into a dict of some
twenty attributes: about a third of a second for a page of running text, so a 2,000-page report
took many minutes. pdfium parses the same page in C in a few milliseconds. For a page it can
describe exactly as pdfplumber would, :func:`read_simple_page` gives a :class:`PdfiumPage` with the
attributes :func:`spaser_nlp.ingest.pdf_text.read_text_layer` uses (``chars``, ``rects``,
``horizontal_edges``, ``vertical_edges``, ``extract_words``), built the way pdfminer builds them:

- characters: the glyphs pdfium found in the content stream (not the spaces and line breaks it
  generates), with the box pdfminer gives a character (advance width across; from the font's
  descent to descent + font size up), the font name and size; duplicates (fake bold, overprinted
  text) removed as :func:`spaser_nlp.ingest.pdf_text.deduplicated` does;
- words: pdfplumber's public :func:`pdfplumber.utils.extract_words` on those characters;
- path objects: split into subpaths, each a line (two points), a rectangle (an axis-aligned closed
  four-sided path) or a curve through its segments' end points, as pdfminer classifies them, and
  their edges as pdfplumber's public ``rect_to_edges``/``line_to_edge``/``curve_to_edges`` make them.

Any page it cannot describe that way is left to pdfplumber (``None``): a ``/Rotate``'d page or one whose
boxes do not start at the origin, form XObjects (nested content), characters pdfium cannot map to Unicode
(pdfminer's ``(cid:N)``, which the usability check counts), characters that are not upright, and pages
with more path segments than is worth walking. Outputs on the sample schémas: the same words and blocks
(``tests/ingest/test_pdf_fast.py``).
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# pdfium reports a hyphen that ends a line (``-`` or a soft hyphen) as U+0002 one character at a time, U+FFFE in
# the page's text.
_HYPHENS = frozenset("\x02\ufffe")
# The prototype of FPDFText_GetTextObject(text_page, index) with both ends as plain addresses.
_ADDRESS_OF_CHAR_OBJECT = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
# Characters pdfium may have generated (word and line breaks it inferred), not drawn by the page.
_MAYBE_GENERATED = frozenset(" \r\n")
# Pages with more path segments than this are left to pdfplumber (walking them costs a ctypes call each).
MAX_SEGMENTS = 20_000
_TEXT, _PATH, _FORM = pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM
_LINETO, _BEZIERTO, _MOVETO = pdfium_c.FPDF_SEGMENT_LINETO, pdfium_c.FPDF_SEGMENT_BEZIERTO, pdfium_c.FPDF_SEGMENT_MOVETO


@dataclass
class PdfiumPage:
    """What :func:`~spaser_nlp.ingest.pdf_text.read_text_layer` reads of a pdfplumber page, from pdfium."""

    width: float
    height: float
    chars: list[dict[str, Any]]
    rects: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)

    @property
    def horizontal_edges(self) -> list[dict[str, Any]]:
        return [edge for edge in self.edges if edge["orientation"] == "h"]

    @property
    def vertical_edges(self) -> list[dict[str, Any]]:
        return [edge for edge in self.edges if edge["orientation"] == "v"]

    def extract_words(self, **kwargs: Any) -> list[dict[str, Any]]:
        from pdfplumber.utils import extract_words

        return list(extract_words(self.chars, **kwargs))


def _split(objects: list[dict[str, Any]], key: str, tolerance: float) -> list[list[dict[str, Any]]]:
    """``objects`` sorted by ``key`` and cut where it jumps by more than ``tolerance``: the clusters of
    pdfplumber's ``cluster_objects`` (chains of values each within ``tolerance`` of the previous one)."""
    ordered = sorted(objects, key=itemgetter(key))
    clusters = [[ordered[0]]]
    for previous, current in zip(ordered, ordered[1:]):
        if current[key] <= previous[key] + tolerance:
            clusters[-1].append(current)
        else:
            clusters.append([current])
    return clusters


def kept_chars(chars: list[dict[str, Any]]) -> set[int]:
    """``id()`` of the characters pdfplumber's ``dedupe_chars()`` keeps: the first of each group sharing text,
    font, size and position within 1 pt.

    The same clusters as pdfplumber's (``cluster_objects`` on ``doctop``, then on ``x0``, within each group of
    equal text, font and size), built by one sort each instead of its dictionaries of distinct values, and
    nothing to cluster for the many characters alone in their group.
    """
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for char in chars:
        groups.setdefault((char["upright"], char["text"], char["fontname"], char["size"]), []).append(char)
    position = itemgetter("doctop", "x0")
    kept: set[int] = set()
    for group in groups.values():
        if len(group) == 1:
            kept.add(id(group[0]))
            continue
        for row in _split(group, "doctop", 1):
            if len(row) == 1:
                kept.add(id(row[0]))
                continue
            for cluster in _split(row, "x0", 1):
                kept.add(id(min(cluster, key=position)))  # the first of the smallest, as sorted(...)[0]
    return kept


def _is_simple(page: Any) -> bool:
    """No /Rotate, boxes at the origin, crop box = media box (pdfplumber's frame is then pdfium's, flipped)."""
    if page.get_rotation() % 360:
        return False
    media = page.get_mediabox()
    return media[:2] == (0, 0) and page.get_cropbox() == media


def _objects(page: Any) -> tuple[list[Any], int] | None:
    """The page's path objects and how many text objects it has, or None when it has a form XObject or more
    path segments than :data:`MAX_SEGMENTS`."""
    paths = []
    texts = segments = 0
    for index in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, index)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == _FORM:
            return None
        if kind == _TEXT:
            texts += 1
        elif kind == _PATH:
            segments += max(0, pdfium_c.FPDFPath_CountSegments(obj))
            if segments > MAX_SEGMENTS:
                return None
            paths.append(obj)
    return paths, texts


def _subpaths(obj: Any) -> list[tuple[str, list[tuple[float, float]]]]:
    """The subpaths of a path object as (pdfminer shape, end points in page space), ``re`` as ``mlllh``."""
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix)):
        return []
    a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
    x, y = ctypes.c_float(), ctypes.c_float()
    found: list[tuple[str, list[tuple[float, float]]]] = []
    shape: list[str] = []
    points: list[tuple[float, float]] = []
    bezier = 0
    for index in range(pdfium_c.FPDFPath_CountSegments(obj)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, index)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
        point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        if kind == _MOVETO:
            if shape:
                found.append(("".join(shape), points))
            shape, points, bezier = ["m"], [point], 0
        elif kind == _BEZIERTO:
            bezier += 1
            if bezier % 3 == 0:  # pdfium gives a Bézier's two control points and its end: pdfminer keeps the end
                shape.append("c")
                points.append(point)
        else:
            shape.append("l")
            points.append(point)
        if pdfium_c.FPDFPathSegment_GetClose(segment) and shape:
            shape.append("h")
            points.append(points[0])
    if shape:
        found.append(("".join(shape), points))
    return found


def _flip(x0: float, y0: float, x1: float, y1: float, height: float) -> dict[str, float]:
    top, bottom = height - max(y0, y1), height - min(y0, y1)
    return {"x0": min(x0, x1), "x1": max(x0, x1), "top": top, "bottom": bottom, "doctop": top,
            "width": abs(x1 - x0), "height": bottom - top}


def _shapes(paths: list[Any], height: float) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rectangles and edges of the page's paths, as pdfminer and pdfplumber make them."""
    from pdfplumber.utils import curve_to_edges, line_to_edge, rect_to_edges

    rects: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    for obj in paths:
        for shape, pts in _subpaths(obj):
            if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:  # a redundant "l" before "h"
                shape = shape[:-2] + "h"
                pts = pts[:-2] + pts[-1:]
            if shape in {"mlh", "ml"}:
                (x0, y0), (x1, y1) = pts[0], pts[1]
                edges.append(line_to_edge({"object_type": "line", **_flip(x0, y0, x1, y1, height)}))
                continue
            if shape in {"mlllh", "mllll"}:
                (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
                square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
                if pts[0] == pts[4] and square:
                    box = _flip(x0, y0, x2, y2, height)
                    rect: dict[str, Any] = {"object_type": "rect", **box, "y0": height - box["bottom"], "y1": height - box["top"]}
                    rects.append(rect)
                    edges.extend(rect_to_edges(rect))
                    continue
            if shape.startswith("m") and len(pts) > 1:
                top = height - max(y for _, y in pts)
                curve = {"object_type": "curve", "pts": [(x, height - y) for x, y in pts], "top": top, "doctop": top}
                edges.extend(curve_to_edges(curve))
    return rects, edges


def _descent(font: Any, fontname: str, out: Any) -> float:
    """The font's descent per unit of font size, as pdfminer takes it: the AFM metrics of the 14 standard fonts
    (pdfium has its own), the font descriptor's otherwise (which pdfium reads too)."""
    from pdfminer.fontmetrics import FONT_METRICS

    if fontname in FONT_METRICS:
        descriptor: dict[str, Any] = FONT_METRICS[fontname][0]
        descent = float(descriptor.get("Descent", 0)) / 1000
    else:
        pdfium_c.FPDFFont_GetDescent(font, ctypes.c_float(1.0), ctypes.byref(out))
        descent = float(out.value)
    return -abs(descent)


def _page_text(textpage: Any, count: int) -> str | None:
    """The characters' text in one call, one character per index (None if pdfium's text does not align)."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(textpage.raw, 0, count, buffer)
    text = bytes(buffer)[: 2 * max(0, written - 1)].decode("utf-16-le", errors="replace")
    return text if len(text) == count else None


def _object_facts(textpage: Any, index: int, height: float, name: Any, descent: Any) -> tuple[Any, ...] | None:
    """Font name, size, baseline (pdfplumber's frame) and matrix of the text object of character ``index``;
    None when the object's text is not upright (a quarter turn, a mirror, a slant)."""
    raw = textpage.raw
    obj = pdfium_c.FPDFText_GetTextObject(raw, index)
    font = pdfium_c.FPDFTextObj_GetFont(obj) if obj else None
    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFText_GetMatrix(raw, index, ctypes.byref(matrix))
    if not font or not (matrix.a > 0 and matrix.d > 0 and matrix.b == 0 and matrix.c == 0):
        return None
    name.value = b""
    pdfium_c.FPDFFont_GetBaseFontName(font, name, len(name))
    fontname = name.value.decode("latin-1")
    # pdfium gives the size set by Tf; pdfminer's is the glyph's height on the page (Tf times the text and
    # graphics matrices' vertical scale: a "1 Tf" scaled by "12 0 0 12 x y Tm" is 12 points).
    size = float(pdfium_c.FPDFText_GetFontSize(raw, index)) * matrix.d
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    pdfium_c.FPDFText_GetCharOrigin(raw, index, ctypes.byref(origin_x), ctypes.byref(origin_y))
    bottom = height - (origin_y.value + _descent(font, fontname, descent) * size)
    return fontname, size, bottom, (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)


def _chars(textpage: Any, height: float, text_objects: int) -> list[dict[str, Any]] | None:
    """The page's characters as pdfplumber gives them, or None when one is unmapped or not upright, or when
    pdfium's text page leaves out some of the page's ``text_objects`` (it drops a text object that repeats
    the previous one, which pdfminer keeps).

    A pdfium text object is one text-showing operator: its characters share font, size and baseline, which
    are read once per object.
    """
    raw = textpage.raw
    count = textpage.count_chars()
    text = _page_text(textpage, count)
    box = pdfium_c.FS_RECTF()
    box_ref = ctypes.byref(box)
    name = ctypes.create_string_buffer(256)
    descent = ctypes.c_float()
    # FPDFText_GetTextObject typed to return the object's address, a plain int: a key for the object's facts
    # (casting each returned pointer costs four times the call).
    text_object = ctypes.cast(pdfium_c.FPDFText_GetTextObject, _ADDRESS_OF_CHAR_OBJECT)
    raw_address = ctypes.cast(raw, ctypes.c_void_p).value
    map_error = pdfium_c.FPDFText_HasUnicodeMapError
    loose_box = pdfium_c.FPDFText_GetLooseCharBox
    objects: dict[int | None, tuple[Any, ...] | None] = {}
    chars: list[dict[str, Any]] = []
    for index in range(count):
        char = text[index] if text is not None else chr(pdfium_c.FPDFText_GetUnicode(raw, index))
        if char in _MAYBE_GENERATED and pdfium_c.FPDFText_IsGenerated(raw, index):
            continue
        if map_error(raw, index):
            return None
        key = text_object(raw_address, index)
        if key is None:  # a character drawn by no text object: not one pdfminer would see
            return None
        if key not in objects:
            objects[key] = _object_facts(textpage, index, height, name, descent)
        facts = objects[key]
        if facts is None:
            return None
        fontname, size, bottom, matrix = facts
        loose_box(raw, index, box_ref)
        chars.append({
            "text": "-" if char in _HYPHENS else char, "x0": float(box.left), "x1": float(box.right),
            "top": bottom - size, "bottom": bottom, "doctop": bottom - size, "upright": True, "fontname": fontname,
            "size": size, "matrix": matrix, "object_type": "char",
        })
    return chars if len(objects) == text_objects else None


def read_simple_page(pdf: pdfium.PdfDocument, index: int, textpage: Any | None = None) -> PdfiumPage | None:
    """Page ``index`` as a :class:`PdfiumPage`, duplicates removed, or None when it is not simple enough.

    ``textpage``: the page's pdfium text page, when the caller has it open already (it stays open).
    """
    page = pdf[index]
    if not _is_simple(page):
        return None
    objects = _objects(page)
    if objects is None:
        return None
    own = textpage is None
    textpage = textpage or page.get_textpage()
    try:
        # pdfium's sizes are single-precision: 595.2756 comes back as 595.27557..., which pdfminer reads exactly.
        width, height = (round(float(side), 4) for side in page.get_size())
        chars = _chars(textpage, height, objects[1])
    finally:
        if own:
            textpage.close()
    if chars is None:
        return None
    kept = kept_chars(chars)
    rects, edges = _shapes(objects[0], height)
    return PdfiumPage(float(width), float(height), [char for char in chars if id(char) in kept], rects, edges)


__all__ = ["MAX_SEGMENTS", "PdfiumPage", "kept_chars", "read_simple_page"]
