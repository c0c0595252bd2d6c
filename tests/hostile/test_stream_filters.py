"""The streaming decoders of the stream check give what pdfminer's own decoders give, piece by piece."""

from __future__ import annotations

import base64
import random
import sys
import zlib
from pathlib import Path

import pytest
from pdfminer.ascii85 import ascii85decode, asciihexdecode
from pdfminer.lzw import lzwdecode
from pdfminer.runlength import rldecode

from spaser_nlp.stream_filters import decode_chain, filters_of, jpeg_size

sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402

generator = harness.document_generator()
TEXT = ("BT /F1 10 Tf 60 780 Td (Axe 1 : la collectivite developpe les clauses sociales) Tj ET\n" * 300).encode()


def _pieces(data: bytes, size: int) -> list[bytes]:
    return [data[start:start + size] for start in range(0, len(data), size)]


def _run_length(data: bytes) -> bytes:
    """A RunLength encoding with both kinds of runs (literal and repeated)."""
    out = bytearray()
    index = 0
    while index < len(data):
        repeat = 1
        while index + repeat < len(data) and data[index + repeat] == data[index] and repeat < 128:
            repeat += 1
        if repeat > 1:
            out += bytes((257 - repeat, data[index]))
            index += repeat
        else:
            literal = data[index:index + 100]
            out += bytes((len(literal) - 1,)) + literal
            index += len(literal)
    return bytes(out) + b"\x80"


def _lzw(data: bytes) -> bytes:
    """A plain LZW encoder as PDF writers use it (EarlyChange 1, a clear code whenever the table is full)."""
    codes = [256]
    table = {bytes((value,)): value for value in range(256)}
    word = b""
    for value in data:
        grown = word + bytes((value,))
        if grown in table:
            word = grown
            continue
        codes.append(table[word])
        if len(table) + 2 < 4096:
            table[grown] = len(table) + 2
        else:
            codes.append(256)
            table = {bytes((symbol,)): symbol for symbol in range(256)}
        word = bytes((value,))
    codes += [table[word], 257] if word else [257]
    bits = count = 0
    out = bytearray()
    size, width, first = 258, 9, True
    for code in codes:
        bits, count = (bits << width) | code, count + width
        while count >= 8:
            count -= 8
            out.append((bits >> count) & 0xFF)
        bits &= (1 << count) - 1
        # The decoder's table grows from the second code after a clear on, and widens one code early.
        if code == 256:
            size, width, first = 258, 9, True
            continue
        size += 0 if first else 1
        first = False
        width = min(12, max(9, (size + 1).bit_length()))
    if count:
        out.append((bits << (8 - count)) & 0xFF)
    return bytes(out)


@pytest.mark.parametrize("piece", [1, 7, 4096, 1 << 20])
def test_decoders_match_pdfminer(piece: int) -> None:
    rng = random.Random(7)
    noisy = TEXT + b"    " * 200 + bytes(rng.randrange(256) for _ in range(3000))
    # Random bytes fill LZW's table several times over: the encoder clears it, the decoder starts afresh.
    incompressible = bytes(rng.randrange(256) for _ in range(40_000))
    lzw = generator.lzw_bomb(0x20, 50_000)
    cases = [
        (["LZW"], lzw, lzwdecode(lzw)),
        (["LZW"], _lzw(noisy * 4), noisy * 4),
        (["LZW"], _lzw(incompressible), lzwdecode(_lzw(incompressible))),
        (["RunLength"], _run_length(noisy), rldecode(_run_length(noisy))),
        (["ASCIIHex"], noisy.hex().encode() + b"\n>", asciihexdecode(noisy.hex().encode() + b"\n>")),
        (["ASCII85"], base64.a85encode(noisy, wrapcol=70) + b"~>", ascii85decode(base64.a85encode(noisy, wrapcol=70) + b"~>")),
        (["ASCII85", "Flate"], base64.a85encode(zlib.compress(noisy)) + b"~>", noisy),
        (["ASCIIHex", "LZW"], lzw.hex().encode() + b">", lzwdecode(lzw)),
    ]
    for filters, encoded, expected in cases:
        assert b"".join(decode_chain(_pieces(encoded, piece), filters)) == expected, filters
    # ASCII85's "z" stands for four zero bytes.
    assert b"".join(decode_chain(_pieces(b"z!!~>", piece), ["ASCII85"])) == ascii85decode(b"z!!~>") == b"\0" * 5


def test_filter_names_and_jpeg_size() -> None:
    assert filters_of(b"<< /Filter [ /AHx /LZW /DCT ] /Width 10 >>") == ["ASCIIHex", "LZW", "DCT"]
    assert filters_of(b"<< /Filter/FlateDecode/Length 4 >>") == ["Flate"]
    bomb = generator.CASES["dct-bomb.pdf"][1]()
    assert jpeg_size(bomb[bomb.index(b"\xff\xd8"):]) == (60000, 60000)


def test_malformed_data_stops_quietly() -> None:
    for filters in (["LZW"], ["RunLength"], ["ASCIIHex"], ["ASCII85"], ["Flate"]):
        list(decode_chain([b"\xff\xfe garbage ~ > \x80" * 10], filters))
