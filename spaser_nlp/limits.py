"""Limits that keep hostile or absurd inputs within bounded time and memory.

Every limit has a default that a real document stays well within (a 300-page schéma, A0 posters,
600-dpi scans) and a CLI flag to raise it. What is checked, before the expensive step it guards:

- ``max_pages``: pages of a PDF (checked from pdfium's page count before any page is read);
- ``max_pixels``: pixels of the picture of one page that OCR reads: a PDF page rendered at the
  requested dpi (the dpi is lowered to fit, down to :data:`MIN_RENDER_DPI`, and refused below it),
  a scan embedded in the page (rendered instead when it is larger), or an image file (refused
  before it is decoded);
- ``max_stream_bytes``: decoded size of one stream of a PDF (a "flate bomb": 2 MB on disk, gigabytes in
  memory; LZW does the same at 2,500:1), checked by streaming decoders of every filter chain of Flate, LZW,
  RunLength, ASCIIHex and ASCII85 that stop at the limit, and from the declared size of a picture in an
  image codec (a JPEG that says 60000 x 60000 px);
- ``max_operators``: drawing operators in one content stream (256 MiB of ``q Q`` takes pdfium 6 s
  and pdfminer for ever), counted in the same pass.

Each check raises :class:`~spaser_nlp.errors.LimitExceededError`, a one-line message naming the file,
the page where known, the measure, the limit and the flag that raises it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spaser_nlp.errors import LimitExceededError
from spaser_nlp.stream_filters import decodable, decode_chain, filter_name, filters_of, image_codec, jpeg_size

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
_LOOKBACK = 4096


def _looks_zlib(head: bytes) -> bool:
    return len(head) >= 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0


def _stream_dict(data: bytes, start: int) -> bytes:
    """The stream dictionary before ``start``: from the last ``N G obj`` of the 4 KiB before it, or of the MiB
    before it when a dictionary is padded to hide its /Filter from a short look-back."""
    for lookback in (_LOOKBACK, MIB):
        window = data[max(0, start - lookback):start]
        found = list(_OBJ.finditer(window))
        if found:
            return window[found[-1].end():]
    return window


_LENGTH = re.compile(rb"/Length\s+(\d+)(?!\s+\d+\s+R)")


def _stream_end(data: bytes, begin: int, header: bytes) -> int:
    """Where the stream's data ends: its direct /Length when ``endstream`` follows it, else the next ``endstream``."""
    length = _LENGTH.search(header)
    if length:
        end = begin + int(length.group(1))
        if end <= len(data) and b"endstream" in data[end:end + 32]:
            return end
    end = data.find(b"endstream", begin)
    return len(data) if end < 0 else end


def _chunks(data: bytes, begin: int, end: int) -> Iterator[bytes]:
    for start in range(begin, end, _IN_CHUNK):
        yield data[start:min(end, start + _IN_CHUNK)]


def _too_large(limits: Limits, path: str | Path) -> LimitExceededError:
    return LimitExceededError(
        f"a compressed stream of the PDF expands to more than {(limits.max_stream_bytes or 0) // MIB} MiB "
        f"(a decompression bomb?); check the file, or raise --max-stream-mib",
        path=path,
    )


def _measure(decoded: Iterator[bytes], count_operators: bool, limits: Limits, path: str | Path) -> None:
    """Count the bytes (and the drawing operators) of a decoded stream, stopping at the first limit passed."""
    size = operators = 0
    tail = b""
    for out in decoded:
        size += len(out)
        if limits.max_stream_bytes and size > limits.max_stream_bytes:
            raise _too_large(limits, path)
        if count_operators and limits.max_operators and out:
            # The token cut at the piece's end is carried over, so that it is counted once, whole.
            tokens = _SEPARATORS.split(tail + out)
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


_DIMENSION = {key: re.compile(rb"/" + key.encode() + rb"\s+(\d+)") for key in ("Width", "Height", "BitsPerComponent")}
_COMPONENTS = ((b"CMYK", 4), (b"RGB", 3), (b"Lab", 3), (b"Gray", 1))


def _check_image(head: bytes, codec: str, header: bytes, limits: Limits, path: str | Path) -> None:
    """Refuse a picture whose decoded size (from its dictionary, and a JPEG's own frame header) is over the
    stream limit: image codecs are decoded by the PDF readers only, whole."""
    if not limits.max_stream_bytes:
        return
    found = {key: pattern.search(header) for key, pattern in _DIMENSION.items()}
    width = int(found["Width"].group(1)) if found["Width"] else 0
    height = int(found["Height"].group(1)) if found["Height"] else 0
    components = next((count for name, count in _COMPONENTS if name in header), 3)
    bits = int(found["BitsPerComponent"].group(1)) if found["BitsPerComponent"] else 8
    if codec in ("CCITT", "JBIG2"):
        components, bits = 1, 1
    if codec == "DCT":
        declared = jpeg_size(head)
        if declared and declared[0] * declared[1] > width * height:
            width, height = declared
    decoded = width * height * components * max(1, bits) // 8
    if decoded > limits.max_stream_bytes:
        raise LimitExceededError(
            f"an image of the PDF is {width} x {height} px ({decoded / MIB:,.0f} MiB decoded), over the limit of "
            f"{limits.max_stream_bytes // MIB} MiB per stream (a decompression bomb?); check the file, or raise "
            "--max-stream-mib",
            path=path,
        )


def _check_one(chunks: Iterator[bytes], filters: list[str], header: bytes, content: bool, limits: Limits,
               path: str | Path) -> None:
    """Decode one stream's filter chain as far as it goes here, and measure what comes out."""
    codec = image_codec(filters)
    decoded = decode_chain(chunks, filters, header)
    if codec is None:
        _measure(decoded, content, limits, path)
        return
    head = b""
    for piece in decoded:  # the encoded picture: its first bytes hold a JPEG's frame header
        head += piece[:_IN_CHUNK - len(head)]
        if len(head) >= _IN_CHUNK:
            break
    _check_image(head, codec, header, limits, path)


_NOT_CONTENT_SUBTYPES = frozenset({"Image", "Type1C", "CIDFontType0C", "OpenType", "XML"})
_NOT_CONTENT_TYPES = frozenset({"XRef", "ObjStm", "Metadata", "EmbeddedFile"})


def _name(value: object) -> str:
    return str(getattr(value, "name", value))


def _deciphered_streams(path: str | Path, password: str | None) -> Iterator[tuple[bytes, list[str], bytes, bool]]:
    """The filtered streams of an encrypted PDF, decrypted but still encoded: data, filters, a dictionary
    standing for the stream's (dimensions, colour space, LZW's EarlyChange), and whether it is page content.

    pdfminer parses the objects and decrypts each stream's raw bytes (its documented ``decipher``); nothing is
    decoded here. A PDF pdfminer cannot open yields nothing: opening it later says what is wrong.
    """
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import PDFStream

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
            attrs = stream.attrs
            filters = [filter_name(_name(name)) for name, _ in stream.get_filters()]
            if not filters or not decodable(filters):
                continue
            data = stream.rawdata
            if stream.decipher is not None and stream.objid is not None and stream.genno is not None:
                data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
            content = (
                _name(attrs.get("Subtype")) not in _NOT_CONTENT_SUBTYPES
                and _name(attrs.get("Type")) not in _NOT_CONTENT_TYPES
                and not any(key in attrs for key in ("Length1", "Length2", "Length3"))
            )
            facts = " ".join(f"/{key} {_name(attrs.get(key))}" for key in ("Width", "Height", "BitsPerComponent")
                             if key in attrs)
            parms = attrs.get("DecodeParms")
            early = " /EarlyChange 0" if isinstance(parms, dict) and parms.get("EarlyChange") == 0 else ""
            header = f"{facts} /ColorSpace {_name(attrs.get('ColorSpace'))}{early}".encode("latin-1", "replace")
            yield data, filters, header, content


def check_pdf_streams(data: bytes, path: str | Path, limits: Limits, password: str | None = None) -> None:
    """Refuse a PDF one of whose streams is over ``max_stream_bytes`` decoded, or over ``max_operators``
    drawing operators; memory stays within a few MiB whatever the streams hold.

    Every filter chain of Flate, LZW, RunLength, ASCIIHex and ASCII85 is decoded (as a stream, piece by piece:
    see :mod:`spaser_nlp.stream_filters`); a picture in an image codec (DCT, JPX, JBIG2, CCITT) is measured
    by the size its dictionary (and a JPEG, its frame header) declares.

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
        # Encrypted streams do not look like encoded data in the file: they are decrypted one by one first.
        for stream, filters, header, content in _deciphered_streams(path, password):
            _check_one(_chunks(stream, 0, len(stream)), filters, header, content, limits, path)
        return
    position = 0
    while True:
        found = _STREAM_START.search(data, position)
        if found is None:
            return
        begin = found.end()
        header = _stream_dict(data, found.start() + 2)
        content = not _NOT_CONTENT.search(header)
        end = _stream_end(data, begin, header)
        position = max(begin, end)
        filters = filters_of(header)
        if not filters and _looks_zlib(data[begin:begin + 2]):
            # Whatever the dictionary says (it may be padded past the look-back window), data that starts like a
            # zlib stream is inflated: a stream that is not one fails within a few bytes.
            filters = ["Flate"]
        if filters:
            if decodable(filters):
                _check_one(_chunks(data, begin, end), filters, header, content, limits, path)
        elif content and limits.max_operators:
            # Stored as is: its size is the file's, but its operators cost pdfminer the same time.
            _measure(_chunks(data, begin, end), True, Limits(max_stream_bytes=None, max_operators=limits.max_operators),
                     path)


__all__ = ["DEFAULT_LIMITS", "MIN_RENDER_DPI", "Limits", "check_image_pixels", "check_page_count",
           "check_pdf_streams", "render_dpi"]
