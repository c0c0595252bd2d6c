"""Streaming decoders of PDF stream filters, to measure a stream without ever holding it decoded.

:func:`decode_chain` chains the decoders of a stream's ``/Filter`` list (Flate, LZW, RunLength, ASCIIHex,
ASCII85, full names or the abbreviations of inline images) over its raw bytes: each stage takes and yields
pieces of at most a few MiB, so whatever the stream expands to (a 2 MB LZW stream can stand for 5 GB), memory
stays bounded and the caller stops reading once it has seen enough. Decoding stops quietly at the first
malformed byte: the measure is then a lower bound, and the PDF readers say what is wrong with the file.
Image codecs (DCT, JPX, JBIG2, CCITT) are not decoded: :func:`image_codec` names them, and the limit check
reads the picture's size from its header instead (:func:`jpeg_size` for DCT).
"""

from __future__ import annotations

import base64
import re
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator

MIB = 1 << 20
OUT_CHUNK = 4 * MIB

# Filter names, full and abbreviated, to one name.
_NAMES = {
    "FlateDecode": "Flate", "Fl": "Flate", "LZWDecode": "LZW", "LZW": "LZW", "RunLengthDecode": "RunLength",
    "RL": "RunLength", "ASCIIHexDecode": "ASCIIHex", "AHx": "ASCIIHex", "ASCII85Decode": "ASCII85", "A85": "ASCII85",
    "DCTDecode": "DCT", "DCT": "DCT", "JPXDecode": "JPX", "JBIG2Decode": "JBIG2", "CCITTFaxDecode": "CCITT",
    "CCF": "CCITT", "Crypt": "Crypt",
}
IMAGE_CODECS = frozenset({"DCT", "JPX", "JBIG2", "CCITT"})
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[\]<>()]+)")
_EARLY_CHANGE = re.compile(rb"/EarlyChange\s+0\b")
_WHITESPACE = re.compile(rb"[\x00\t\n\x0c\r ]+")


def filter_name(name: str) -> str:
    """One name for a filter, full or abbreviated (``/Fl`` is ``Flate``); unknown names stay as they are."""
    return _NAMES.get(name, name)


def filters_of(dictionary: bytes) -> list[str]:
    """The filters a stream dictionary names, in order (unknown names kept as they are).

    >>> filters_of(b"<< /Length 9 /Filter [/A85 /FlateDecode] >>")
    ['ASCII85', 'Flate']
    >>> filters_of(b"<< /Filter /LZWDecode /DecodeParms << /EarlyChange 0 >> >>"), filters_of(b"<< /Length 3 >>")
    (['LZW'], [])
    """
    found = _FILTER.search(dictionary)
    if found is None:
        return []
    names = re.findall(rb"/([^\s/\[\]<>()]+)", found.group(1))
    return [filter_name(name.decode("latin-1")) for name in names]


def image_codec(filters: list[str]) -> str | None:
    """The image codec that ends the chain, if any."""
    return filters[-1] if filters and filters[-1] in IMAGE_CODECS else None


def decodable(filters: list[str]) -> bool:
    """Whether every filter of the chain (before an image codec) can be decoded here."""
    chain = filters[:-1] if image_codec(filters) else filters
    return all(name in _DECODERS for name in chain)


def decode_chain(chunks: Iterable[bytes], filters: list[str], dictionary: bytes = b"") -> Iterator[bytes]:
    """The stream's bytes after every filter of ``filters`` (those before an image codec, which stays encoded)."""
    stream: Iterator[bytes] = iter(chunks)
    for name in filters:
        if name in IMAGE_CODECS:
            break
        if name == "LZW":
            stream = _lzw(stream, early=0 if _EARLY_CHANGE.search(dictionary) else 1)
        else:
            stream = _DECODERS[name](stream)
    return stream


def _flate(chunks: Iterator[bytes]) -> Iterator[bytes]:
    inflater = zlib.decompressobj()
    for chunk in chunks:
        pending = chunk
        while pending and not inflater.eof:
            try:
                out = inflater.decompress(pending, OUT_CHUNK)
            except zlib.error:
                return
            pending = inflater.unconsumed_tail
            if out:
                yield out
        if inflater.eof:
            return


def _ascii_hex(chunks: Iterator[bytes]) -> Iterator[bytes]:
    carry = b""
    for chunk in chunks:
        end = chunk.find(b">")
        digits = carry + _WHITESPACE.sub(b"", chunk if end < 0 else chunk[:end])
        if end >= 0 and len(digits) % 2:
            digits += b"0"  # an odd last digit is followed by an implied 0
        cut = len(digits) - len(digits) % 2
        try:
            yield bytes.fromhex(digits[:cut].decode("latin-1"))
        except ValueError:
            return
        carry = digits[cut:]
        if end >= 0:
            return


def _ascii85(chunks: Iterator[bytes]) -> Iterator[bytes]:
    carry = b""
    for chunk in chunks:
        end = chunk.find(b"~")
        # "z" (four zero bytes) only stands between groups: spelt out, every group has five characters.
        text = carry + _WHITESPACE.sub(b"", chunk if end < 0 else chunk[:end]).replace(b"z", b"!!!!!")
        cut = len(text) if end >= 0 else len(text) - len(text) % 5
        try:
            yield base64.a85decode(text[:cut])
        except ValueError:
            return
        carry = text[cut:]
        if end >= 0:
            return


def _run_length(chunks: Iterator[bytes]) -> Iterator[bytes]:
    carry = b""
    for chunk in chunks:
        data = carry + chunk
        out = bytearray()
        index = 0
        while index < len(data):
            length = data[index]
            if length == 128:  # end of data
                yield bytes(out)
                return
            if length < 128:
                if index + length + 2 > len(data):
                    break
                out += data[index + 1:index + length + 2]
                index += length + 2
            else:
                if index + 2 > len(data):
                    break
                out += data[index + 1:index + 2] * (257 - length)
                index += 2
            if len(out) >= OUT_CHUNK:
                yield bytes(out)
                out = bytearray()
        carry = data[index:]
        if out:
            yield bytes(out)


def _lzw(chunks: Iterator[bytes], early: int = 1) -> Iterator[bytes]:
    """LZW as PDF uses it (8-bit symbols, codes of 9 to 12 bits, clear 256, end 257, ``EarlyChange``)."""
    table = [bytes((value,)) for value in range(256)] + [b"", b""]
    width, buffer, count = 9, 0, 0
    previous: bytes | None = None
    out = bytearray()
    for chunk in chunks:
        for byte in chunk:
            buffer = (buffer << 8) | byte
            count += 8
            while count >= width:
                count -= width
                code = (buffer >> count) & ((1 << width) - 1)
                buffer &= (1 << count) - 1
                if code == 256:
                    del table[258:]
                    width, previous = 9, None
                    continue
                if code == 257:
                    yield bytes(out)
                    return
                if previous is None:
                    if code >= 256:
                        return
                    entry = table[code]
                elif code < len(table):
                    entry = table[code]
                    if len(table) < 4096:
                        table.append(previous + entry[:1])
                elif code == len(table):
                    entry = previous + previous[:1]
                    table.append(entry)
                else:
                    return
                previous = entry
                out += entry
                if width < 12 and len(table) + early >= 1 << width:
                    width += 1
                if len(out) >= OUT_CHUNK:
                    yield bytes(out)
                    out = bytearray()
    if out:
        yield bytes(out)


_DECODERS: dict[str, Callable[[Iterator[bytes]], Iterator[bytes]]] = {
    "Flate": _flate, "ASCIIHex": _ascii_hex, "ASCII85": _ascii85, "RunLength": _run_length, "LZW": _lzw,
}


def jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Width and height a JPEG's frame header declares (None if there is none in ``data``).

    >>> jpeg_size(bytes.fromhex("ffd8ffc0001108ea60ea600301220002110103110100"))
    (60000, 60000)
    """
    index = 2
    while index + 9 <= len(data):
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            index += 2
            continue
        (length,) = struct.unpack(">H", data[index + 2:index + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[index + 5:index + 9])
            return width, height
        index += 2 + length
    return None


__all__ = ["IMAGE_CODECS", "OUT_CHUNK", "decodable", "decode_chain", "filter_name", "filters_of", "image_codec",
           "jpeg_size"]
