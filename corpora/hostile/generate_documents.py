"""Hostile and messy documents for ``tests/hostile/test_documents.py`` and the README's table.

Deterministic (same bytes on every run) and fast: each file is written in well under a second except
the long PDFs, and bombs are built from repeated, fully flushed Deflate blocks rather than by
compressing gigabytes. Nothing here is stored in the repository: run

    python corpora/hostile/generate_documents.py OUT_DIR [--only NAME ...]

or call :func:`generate` (the tests write into a temporary folder). :data:`CASES` lists every
file with what it exercises; the issue's defect numbers (D3, D7...) are in the descriptions.
"""

from __future__ import annotations

import argparse
import io
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

MIB = 1 << 20
SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "departement-exemple" / "departement-exemple.pdf"

# ---------------------------------------------------------------------------------------------------
# Low-level builders


def pdf_bytes(objects: list[bytes], *, root: int = 1) -> bytes:
    """A PDF whose objects 1..n are ``objects`` (bodies without ``n 0 obj``), with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref))
    return out.getvalue()


def stream_object(dictionary: bytes, data: bytes) -> bytes:
    return b"<< " + dictionary + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def repeated_deflate(chunk: bytes, times: int) -> bytes:
    """A zlib stream of ``chunk`` repeated ``times`` times, built without compressing it ``times`` times.

    After a full flush Deflate starts afresh, so every following chunk compresses to the same bytes;
    they are repeated, then closed by an empty final block and the Adler-32 of the whole.
    """
    compressor = zlib.compressobj(9)
    first = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    checksum = 1
    for _ in range(times):
        checksum = zlib.adler32(chunk, checksum)
    return first + again * (times - 1) + b"\x03\x00" + struct.pack(">I", checksum)


def lzw_bomb(byte: int, size: int) -> bytes:
    """An LZW stream (EarlyChange 1, as PDF's default) of about ``size`` bytes of ``byte``, at about 2,500:1.

    The codes of a run of one byte are known without encoding it: after the clear code, the byte, then each new
    code stands for one more byte than the last, up to the full table (code 4095: 3,839 bytes), which is then
    repeated; every code is written with the width the decoder expects at that point.
    """
    codes = [256, byte, *range(258, 4096)]
    decoded = 1 + sum(code - 256 for code in range(258, 4096))
    codes += [4095] * max(0, -(-(size - decoded) // 3839)) + [257]
    bits = count = 0
    width, table, previous = 9, 258, False
    out = bytearray()
    for code in codes:
        bits = (bits << width) | code
        count += width
        while count >= 8:
            count -= 8
            out.append((bits >> count) & 0xFF)
        bits &= (1 << count) - 1
        if code == 256:
            width, table, previous = 9, 258, False
            continue
        if previous and table < 4096:
            table += 1
            width = {511: 10, 1023: 11, 2047: 12}.get(table, width)
        previous = True
    if count:
        out.append((bits << (8 - count)) & 0xFF)
    return bytes(out)


def one_page_pdf(content: bytes, *, width: float = 595, height: float = 842, resources: bytes = b"",
                 extra: list[bytes] | None = None, content_filter: bytes = b"/Filter /FlateDecode") -> bytes:
    """A one-page PDF with ``content`` as its (already encoded) content stream."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Contents 4 0 R /Resources << %s >> >>"
        % (width, height, resources),
        stream_object(content_filter, content),
    ]
    return pdf_bytes(objects + (extra or []))


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that declares ``width`` x ``height`` 8-bit grey pixels and holds a single row of data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * (width + 1))) \
        + chunk(b"IEND", b"")


def png_blank(width: int, height: int) -> bytes:
    """A complete, decodable ``width`` x ``height`` white 8-bit grey PNG (a few hundred KB)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    data = repeated_deflate(b"\x00" + b"\xff" * width, height)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def tiff_header_only(width: int, height: int) -> bytes:
    """A little-endian TIFF declaring ``width`` x ``height`` 8-bit grey pixels in one tiny strip."""
    entries = [
        (256, 4, 1, width), (257, 4, 1, height), (258, 3, 1, 8), (259, 3, 1, 1), (262, 3, 1, 1),
        (273, 4, 1, 8 + 2 + 12 * 9 + 4), (277, 3, 1, 1), (278, 4, 1, height), (279, 4, 1, 16),
    ]
    ifd = struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        packed = struct.pack("<H", value) + b"\0\0" if kind == 3 else struct.pack("<I", value)
        ifd += struct.pack("<HHI", tag, kind, count) + packed
    return b"II*\x00" + struct.pack("<I", 8) + ifd + struct.pack("<I", 0) + b"\0" * 16


def text_pdf(pages: int, *, lines: int = 40) -> bytes:
    """A born-digital PDF of ``pages`` pages of plain French running text (Helvetica, no images)."""
    sentence = b"Axe %d : la collectivite developpe les clauses sociales et environnementales de ses achats publics."
    page_ids = [3 + 2 * index for index in range(pages)]
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % i for i in page_ids), pages),
    ]
    font = 3 + 2 * pages
    for index in range(pages):
        text = b"BT /F1 10 Tf 60 780 Td 12 TL " + b" ".join(
            b"(" + sentence % (index * lines + line) + b") '" for line in range(lines)
        ) + b" ET"
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (page_ids[index] + 1, font))
        objects.append(stream_object(b"/Filter /FlateDecode", zlib.compress(text)))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    return pdf_bytes(objects)


def schema_pdf(pages: int = 300) -> bytes:
    """A realistic long schéma: the sample SPASER's pages (text, headings, indicator tables) repeated to ``pages``."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(SAMPLE))
    target = pdfium.PdfDocument.new()
    try:
        while len(target) < pages:
            take = min(len(source), pages - len(target))
            target.import_pages(source, list(range(take)))
        out = io.BytesIO()
        target.save(out)
        return out.getvalue()
    finally:
        target.close()
        source.close()


def encrypted_pdf(password: str = "secret") -> bytes:
    """A one-page text PDF encrypted (RC4 128, reportlab) with a user password."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, encrypt=password, invariant=1)
    page.drawString(72, 760, "Axe 1 : reduire de 40 % les emissions des achats publics d'ici 2030.")
    page.save()
    return out.getvalue()


# ---------------------------------------------------------------------------------------------------
# The cases

def _qq_bomb() -> bytes:
    # D9: 262 KB on disk, 256 MiB of `q Q` (64 M save/restore pairs) in one content stream.
    return one_page_pdf(repeated_deflate(b"q Q\n" * (MIB // 4), 256))


def _flate_bomb() -> bytes:
    # D8: a content stream of 4 GiB of spaces in 4 MB (the 2 MB -> 4.2 GB).
    return one_page_pdf(repeated_deflate(b" " * MIB, 4096))


def _image_bomb() -> bytes:
    # D8: a 26000 x 26000 grey image (676 MB decoded) filling an A4 page, in a 650 KB PDF.
    side = 26000
    image = stream_object(
        b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 "
        b"/Filter /FlateDecode" % (side, side),
        repeated_deflate(b"\xff" * side, side),
    )
    content = zlib.compress(b"q 595 0 0 842 0 0 cm /Im1 Do Q")
    return one_page_pdf(content, resources=b"/XObject << /Im1 5 0 R >>", extra=[image])


def _huge_page() -> bytes:
    # D7: a 200 x 200 in page (the largest PDF allows) with no text: 60000 x 60000 px at 300 dpi.
    return one_page_pdf(zlib.compress(b"0.9 g 72 72 14256 14256 re f"), width=14400, height=14400)


def _a0_poster() -> bytes:
    # An A0 poster with a little text drawn as an image-less vector page: rendered below 300 dpi to fit.
    return one_page_pdf(zlib.compress(b"0 g 100 100 2000 3000 re S"), width=2384, height=3370)


def _encrypted_bomb() -> bytes:
    # The `q Q` bomb encrypted with an owner password only (anyone may open it, as many official PDFs are):
    # its streams no longer look like Flate data in the file.
    import pikepdf

    with pikepdf.open(io.BytesIO(_qq_bomb())) as pdf:
        out = io.BytesIO()
        # RC4 and a fixed id: the same bytes on every run (AES would draw random IVs).
        pdf.save(out, encryption=pikepdf.Encryption(owner="proprietaire", user="", R=4, aes=False, metadata=False), static_id=True)
    return out.getvalue()


def _complex_page() -> bytes:
    # A text line over 300,000 tiny filled squares: 600,000 operators (under the stream limit) but 300,000 objects.
    text = b"BT /F1 24 Tf 72 700 Td (Axe 1 : reduire de 40 % les emissions des achats publics.) Tj ET\n"
    squares = b"".join(b"%d %d 1 1 re f\n" % (20 + (i % 500), 40 + (i // 500) % 500) for i in range(300_000))
    return one_page_pdf(zlib.compress(text + squares, 6), resources=b"/Font << /F1 5 0 R >>",
                        extra=[b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"])


def _lzw_bomb() -> bytes:
    # A content stream of 4 GiB of spaces in 1.7 MB of LZW (the decoder's table is full after 3,838 codes; each
    # further 12-bit code then stands for 3,839 bytes).
    return one_page_pdf(lzw_bomb(0x20, 4 << 30), content_filter=b"/Filter /LZWDecode")


def _runlength_bomb() -> bytes:
    # RunLength's best ratio, 64:1 (128 copies of a byte in 2 bytes): 8 MiB on disk, 512 MiB of spaces.
    return one_page_pdf(b"\x81 " * (4 * MIB) + b"\x80", content_filter=b"/Filter /RunLengthDecode")


def _hex_flate_bomb() -> bytes:
    # The flate bomb's 4 MB spelt in hexadecimal (8 MB) before it is inflated: no zlib header where the data starts.
    return one_page_pdf(repeated_deflate(b" " * MIB, 4096).hex().encode() + b">",
                        content_filter=b"/Filter [/ASCIIHexDecode /FlateDecode]")


def _a85_qq_bomb() -> bytes:
    # The `q Q` bomb's Deflate data in ASCII85 (abbreviated filter names, as inline images use them).
    import base64

    encoded = base64.a85encode(repeated_deflate(b"q Q\n" * (MIB // 4), 256), wrapcol=76) + b"~>"
    return one_page_pdf(encoded, content_filter=b"/Filter [/A85 /Fl]")


def _dct_bomb() -> bytes:
    # A 1 KB JPEG whose frame header says 60000 x 60000 px (3.4 GiB grey), as the only thing on an A4 page.
    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (16, 16), 255).save(out, "JPEG", quality=90)
    jpeg = bytearray(out.getvalue())
    frame = jpeg.index(b"\xff\xc0")
    jpeg[frame + 5:frame + 9] = struct.pack(">HH", 60000, 60000)
    image = stream_object(b"/Type /XObject /Subtype /Image /Width 60000 /Height 60000 /ColorSpace /DeviceGray "
                          b"/BitsPerComponent 8 /Filter /DCTDecode", bytes(jpeg))
    content = zlib.compress(b"q 595 0 0 842 0 0 cm /Im1 Do Q")
    return one_page_pdf(content, resources=b"/XObject << /Im1 5 0 R >>", extra=[image])


def _truncated_image(kind: str) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (800, 600), 255).save(out, kind)
    whole = out.getvalue()
    return whole[:200] if kind == "TIFF" else whole[: len(whole) // 2]


def _truncated() -> bytes:
    whole = text_pdf(3)
    return whole[: len(whole) * 2 // 3]


CASES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "empty.pdf": ("a 0-byte file named .pdf", lambda: b""),
    "truncated.pdf": ("a 3-page PDF cut at two thirds (no xref, no trailer)", _truncated),
    "html-saved-as.pdf": ("an HTML error page saved as .pdf", lambda: b"<!DOCTYPE html><html><body>404</body></html>"),
    "random-bytes.pdf": ("%PDF- header followed by deterministic junk",
                         lambda: b"%PDF-1.7\n" + bytes((i * 7919 + 13) % 256 for i in range(65536))),
    "archive.docx": ("a file of an unsupported type (zip)", lambda: b"PK\x03\x04" + b"\0" * 100),
    "no-pages.pdf": ("a valid PDF with an empty page tree",
                     lambda: pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])),
    "encrypted.pdf": ("D16: a text PDF encrypted with a user password", encrypted_pdf),
    "bomb-30000.png": ("D3: a PNG declaring 30000 x 30000 px (900 Mpx)", lambda: png_header_only(30000, 30000)),
    "bomb-30000.tiff": ("D3: a TIFF declaring 30000 x 30000 px", lambda: tiff_header_only(30000, 30000)),
    "truncated.png": ("a PNG cut in half", lambda: _truncated_image("PNG")),
    "truncated.jpg": ("a JPEG cut in half", lambda: _truncated_image("JPEG")),
    "truncated.tiff": ("a TIFF cut after 200 bytes", lambda: _truncated_image("TIFF")),
    "large-12000.png": ("a decodable 12000 x 10000 px PNG (120 Mpx, over the 60 Mpx default)",
                        lambda: png_blank(12000, 10000)),
    "huge-page.pdf": ("D7: a 200 x 200 in page without text", _huge_page),
    "a0-poster.pdf": ("an A0 page without text (139 Mpx at 300 dpi)", _a0_poster),
    "flate-bomb.pdf": ("D8: 4 MB PDF whose content stream expands to 4 GiB", _flate_bomb),
    "image-bomb.pdf": ("D8: a 26000 x 26000 px image PDF (676 MB decoded)", _image_bomb),
    "qq-bomb.pdf": ("D9: 262 KB PDF, content stream of 256 MiB of `q Q`", _qq_bomb),
    "lzw-bomb.pdf": ("1.7 MB PDF whose LZW content stream expands to 4 GiB", _lzw_bomb),
    "runlength-bomb.pdf": ("8 MB PDF whose RunLength content stream expands to 512 MiB", _runlength_bomb),
    "hex-flate-bomb.pdf": ("the 4 GiB flate bomb behind /ASCIIHexDecode (no zlib header at the stream's start)",
                           _hex_flate_bomb),
    "a85-qq-bomb.pdf": ("D9's `q Q` bomb behind /A85 /Fl (ASCII85, abbreviated names)", _a85_qq_bomb),
    "dct-bomb.pdf": ("a 1 KB JPEG declaring 60000 x 60000 px (3.4 GiB decoded) on a page without text", _dct_bomb),
    "qq-encrypted.pdf": ("D9's `q Q` bomb in a PDF encrypted with an owner password only", _encrypted_bomb),
    "qq-padded.pdf": ("D9's bomb with its /Filter hidden 8 KB before `stream` by a padded dictionary",
                      lambda: one_page_pdf(repeated_deflate(b"q Q\n" * (MIB // 4), 256),
                                           content_filter=b"/Filter /FlateDecode /Pad (" + b"A" * 8192 + b")")),
    "complex-page.pdf": ("a text line over 300,000 tiny squares (600,000 operators, 300,000 objects)", _complex_page),
    "qq-plain.pdf": ("an uncompressed content stream of 8 MiB of `q Q` (2 M pairs)",
                     lambda: one_page_pdf(b"q Q\n" * (2 * MIB), content_filter=b"")),
    "long-2000.pdf": ("D12: a 2,000-page text PDF", lambda: text_pdf(2000)),
    "long-60.pdf": ("a 60-page text PDF (reading progress)", lambda: text_pdf(60)),
    "schema-300.pdf": ("a realistic 300-page schéma (the sample SPASER repeated)", schema_pdf),
    "good.txt": ("a good plain-text schéma extract",
                 lambda: "Axe 1 : achats responsables\n\nRéduire de 40 % les émissions d'ici 2030.\n".encode()),
}


def generate(folder: str | Path, only: list[str] | None = None) -> dict[str, Path]:
    """Write the cases (all, or those named in ``only``) into ``folder``; returns name -> path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, (_, build) in CASES.items():
        if only is not None and name not in only:
            continue
        path = folder / name
        if not path.exists():
            path.write_bytes(build())
        written[name] = path
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--only", nargs="*", choices=sorted(CASES))
    args = parser.parse_args()
    for name, path in generate(args.out, args.only).items():
        print(f"{path}  {path.stat().st_size:>10,} B  {CASES[name][0]}")


if __name__ == "__main__":
    main()
