"""Limits that keep hostile or absurd inputs within bounded time and memory.

Every limit has a default that a real document stays well within (a 300-page schéma, A0 posters,
600-dpi scans) and a CLI flag to raise it. What is checked, before the expensive step it guards:

- ``max_pages``: pages of a PDF (checked from pdfium's page count before any page is read);
- ``max_pixels``: pixels of the picture of one page that OCR reads: a PDF page rendered at the
  requested dpi (the dpi is lowered to fit, down to :data:`MIN_RENDER_DPI`, and refused below it),
  a scan embedded in the page (rendered instead when it is larger), or an image file (refused
  before it is decoded);
- ``max_stream_bytes``: decompressed size of one Flate stream of a PDF (a "flate bomb": 2 MB on disk,
  gigabytes in memory), checked by a streaming decompression that stops at the limit;
- ``max_operators``: drawing operators in one content stream (256 MiB of ``q Q`` takes pdfium 6 s
  and pdfminer for ever), counted in the same pass.

Each check raises :class:`~spaser_nlp.errors.LimitExceededError`, a one-line message naming the file,
the page where known, the measure, the limit and the flag that raises it.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spaser_nlp.errors import LimitExceededError

MIB = 1 << 20
# The render resolution is lowered to fit ``max_pixels`` down to this; below it OCR is not worth running.
MIN_RENDER_DPI = 150


@dataclass(frozen=True)
class Limits:
    """Ingestion limits; ``None`` or 0 turns one off (at your own risk)."""

    max_pages: int | None = 5000
    max_pixels: int | None = 60_000_000
    max_stream_bytes: int | None = 256 * MIB
    max_operators: int | None = 1_000_000


DEFAULT_LIMITS = Limits()


def check_page_count(count: int, path: str | Path, limits: Limits) -> None:
    """Refuse a document with more than ``max_pages`` pages."""
    if limits.max_pages and count > limits.max_pages:
        raise LimitExceededError(
            f"the file has {count} pages, over the limit of {limits.max_pages}; split it, or raise --max-pages",
            path=path,
        )


def _megapixels(pixels: float) -> str:
    return f"{pixels / 1e6:,.0f} Mpx" if pixels >= 1e6 else f"{pixels / 1e6:.1f} Mpx"


def check_image_pixels(width: int, height: int, path: str | Path, limits: Limits, *, page: int | None = None) -> None:
    """Refuse an image file (or frame) of more than ``max_pixels`` pixels, before it is decoded."""
    if limits.max_pixels and width * height > limits.max_pixels:
        where = f"page {page}: " if page and page > 1 else ""
        raise LimitExceededError(
            f"{where}the image is {width} x {height} px ({_megapixels(width * height)}), over the limit of "
            f"{_megapixels(limits.max_pixels)} per page; downscale it to 300 dpi, or raise --max-megapixels",
            path=path,
        )


def render_dpi(width_pt: float, height_pt: float, dpi: int, limits: Limits, *, path: str | Path, page: int) -> int:
    """The resolution to render a ``width_pt`` x ``height_pt`` page at: ``dpi``, or lower to fit ``max_pixels``.

    >>> render_dpi(595, 842, 300, Limits(), path="a.pdf", page=1)  # A4
    300
    >>> render_dpi(2384, 3370, 300, Limits(), path="a.pdf", page=1)  # A0: 139 Mpx at 300 dpi
    196
    """
    if not limits.max_pixels:
        return dpi
    area_in2 = max(width_pt, 1.0) * max(height_pt, 1.0) / (72.0 * 72.0)
    if area_in2 * dpi * dpi <= limits.max_pixels:
        return dpi
    fitted = int(math.sqrt(limits.max_pixels / area_in2))
    if fitted >= min(dpi, MIN_RENDER_DPI):
        return fitted
    raise LimitExceededError(
        f"page {page} is {width_pt / 72:.0f} x {height_pt / 72:.0f} in; even at {MIN_RENDER_DPI} dpi its picture "
        f"would be {_megapixels(area_in2 * MIN_RENDER_DPI ** 2)}, over the limit of "
        f"{_megapixels(limits.max_pixels)} per page; crop or resize the page, or raise --max-megapixels",
        path=path,
    )


# ---------------------------------------------------------------------------------------------------
# PDF streams: decompressed size and operator count, by one streaming pass over the file's bytes.

_STREAM_START = re.compile(rb">>\s*stream(?:\r\n|\n|\r)")
_OBJ = re.compile(rb"\d+\s+\d+\s+obj\b")
# Streams that are not page content: their operators are not counted (their size still is).
_NOT_CONTENT = re.compile(
    rb"/Subtype\s*/(?:Image|Type1C|CIDFontType0C|OpenType|XML)|/Length[123]\b|/Type\s*/(?:XRef|ObjStm|Metadata|EmbeddedFile)"
)
_OPERATORS = (
    "BDC BMC EMC SCN scn BT ET BI ID EI BX EX CS cs DP MP Do d0 d1 gs re RG rg ri SC sc sh T* Tc Td TD Tf Tj TJ TL Tm "
    "Tr Ts Tw Tz W* b* B* f* cm b B c d f F G g h i j J K k l m M n q Q s S v w W y ' \""
).split()
_OPERATOR_SET = frozenset(op.encode() for op in _OPERATORS)
# Operators are counted as the tokens between whitespace and delimiters that are operator names (words of
# strings that look like one, such as "d", count too: an estimate, within a few per cent on real pages).
_SEPARATORS = re.compile(rb"[\x00\t\n\x0c\r \[\]()<>{}/%]+")
_IN_CHUNK = 1 << 16
_OUT_CHUNK = 4 * MIB
_LOOKBACK = 4096


def _looks_zlib(head: bytes) -> bool:
    return len(head) >= 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0


def _stream_dict(data: bytes, start: int) -> bytes:
    window = data[max(0, start - _LOOKBACK):start]
    found = list(_OBJ.finditer(window))
    return window[found[-1].end():] if found else window


def _check_stream(data: bytes, begin: int, count_operators: bool, limits: Limits, path: str | Path) -> int:
    """Decompress the Flate stream at ``begin`` chunk by chunk; returns where its compressed data ended."""
    inflater = zlib.decompressobj()
    size = operators = 0
    position = begin
    tail = b""
    while not inflater.eof and position < len(data):
        pending = data[position:position + _IN_CHUNK]
        position += len(pending)
        while pending and not inflater.eof:
            try:
                out = inflater.decompress(pending, _OUT_CHUNK)
            except zlib.error:
                return position  # not (or not only) Flate data: nothing more to measure here
            pending = inflater.unconsumed_tail
            size += len(out)
            if limits.max_stream_bytes and size > limits.max_stream_bytes:
                raise LimitExceededError(
                    f"a compressed stream of the PDF expands to more than {limits.max_stream_bytes // MIB} MiB "
                    f"(a decompression bomb?); check the file, or raise --max-stream-mib",
                    path=path,
                )
            if count_operators and limits.max_operators and out:
                # The token cut at the chunk's end is carried over, so that it is counted once, whole.
                tokens = _SEPARATORS.split(tail + out)
                tail = tokens.pop()
                counts = Counter(tokens)
                operators += sum(counts[op] for op in _OPERATOR_SET.intersection(counts))
                if operators > limits.max_operators:
                    raise _too_many_operators(limits, path)
    return position - len(inflater.unused_data)


def _count_operators(data: bytes, begin: int, end: int, limits: Limits, path: str | Path) -> None:
    """Count the operators of an uncompressed stream, a few MiB at a time."""
    assert limits.max_operators
    operators = 0
    tail = b""
    for start in range(begin, end, _OUT_CHUNK):
        tokens = _SEPARATORS.split(tail + data[start:min(end, start + _OUT_CHUNK)])
        tail = tokens.pop()
        counts = Counter(tokens)
        operators += sum(counts[op] for op in _OPERATOR_SET.intersection(counts))
        if operators > limits.max_operators:
            raise _too_many_operators(limits, path)


def _too_many_operators(limits: Limits, path: str | Path) -> LimitExceededError:
    return LimitExceededError(
        f"a page content stream of the PDF holds more than {limits.max_operators:,} drawing "
        f"operators (reading it would take too long); check the file, or raise --max-operators",
        path=path,
    )


_NOT_CONTENT_SUBTYPES = frozenset({"Image", "Type1C", "CIDFontType0C", "OpenType", "XML"})
_NOT_CONTENT_TYPES = frozenset({"XRef", "ObjStm", "Metadata", "EmbeddedFile"})


def _name(value: object) -> str:
    return str(getattr(value, "name", value))


def _deciphered_streams(path: str | Path, password: str | None) -> Iterator[tuple[bytes, bool]]:
    """The Flate streams of an encrypted PDF, decrypted but still compressed, and whether each is page content.

    pdfminer parses the objects and decrypts each stream's raw bytes (its documented ``decipher``); nothing is
    decompressed here. A PDF pdfminer cannot open yields nothing: opening it later says what is wrong.
    """
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream

    with open(path, "rb") as handle:
        try:
            document = PDFDocument(PDFParser(handle), password=password or "")
            objids = sorted({objid for xref in document.xrefs for objid in xref.get_objids()})
        except Exception:  # noqa: BLE001 - damaged or wrong password: reported when the PDF is opened
            return
        for objid in objids:
            try:
                stream = document.getobj(objid)
            except Exception:  # noqa: BLE001 - one unreadable object
                continue
            if not isinstance(stream, PDFStream) or stream.rawdata is None:
                continue
            filters = stream.get_filters()
            if not filters or filters[0][0] not in LITERALS_FLATE_DECODE:
                continue
            data = stream.rawdata
            if stream.decipher is not None and stream.objid is not None and stream.genno is not None:
                data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
            attrs = stream.attrs
            content = (
                _name(attrs.get("Subtype")) not in _NOT_CONTENT_SUBTYPES
                and _name(attrs.get("Type")) not in _NOT_CONTENT_TYPES
                and not any(key in attrs for key in ("Length1", "Length2", "Length3"))
            )
            yield data, content


def check_pdf_streams(data: bytes, path: str | Path, limits: Limits, password: str | None = None) -> None:
    """Refuse a PDF one of whose Flate streams is over ``max_stream_bytes`` decompressed, or over
    ``max_operators`` drawing operators; memory stays within a few MiB whatever the streams hold.

    >>> import zlib
    >>> body = zlib.compress(b"q Q " * 1000)
    >>> pdf = b"%PDF-1.4\\n1 0 obj <</Filter /FlateDecode>>stream\\n" + body + b"\\nendstream"
    >>> check_pdf_streams(pdf, "a.pdf", Limits(max_operators=5000))
    >>> check_pdf_streams(pdf, "a.pdf", Limits(max_operators=1000))
    Traceback (most recent call last):
    ...
    spaser_nlp.errors.LimitExceededError: a.pdf: a page content stream of the PDF holds more than 1,000 drawing operators (reading it would take too long); check the file, or raise --max-operators
    """
    if not (limits.max_stream_bytes or limits.max_operators):
        return
    if b"/Encrypt" in data:
        # Encrypted streams do not look like Flate data in the file: they are decrypted one by one first.
        for stream, content in _deciphered_streams(path, password):
            if _looks_zlib(stream[:2]):
                _check_stream(stream, 0, content, limits, path)
        return
    position = 0
    while True:
        found = _STREAM_START.search(data, position)
        if found is None:
            return
        begin = found.end()
        position = begin
        header = _stream_dict(data, found.start() + 2)
        content = not _NOT_CONTENT.search(header)
        # Whatever the dictionary says (it may be padded past the look-back window), data that starts like a zlib
        # stream is inflated: a stream that is not one fails within a few bytes.
        if _looks_zlib(data[begin:begin + 2]):
            position = max(position, _check_stream(data, begin, content, limits, path))
        elif b"/Filter" not in header and content and limits.max_operators:
            # Stored as is: its size is the file's, but its operators cost pdfminer the same time.
            end = data.find(b"endstream", begin)
            if end > begin:
                _count_operators(data, begin, end, limits, path)


__all__ = ["DEFAULT_LIMITS", "MIN_RENDER_DPI", "Limits", "check_image_pixels", "check_page_count",
           "check_pdf_streams", "render_dpi"]
