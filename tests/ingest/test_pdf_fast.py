"""Pages read through pdfium (spaser_nlp.ingest.pdf_fast) give the blocks pdfplumber gives, or are left to it."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
import pytest

from spaser_nlp.ingest.pdf_fast import kept_chars, read_simple_page
from spaser_nlp.ingest.pdf_text import read_text_layer

ROOT = Path(__file__).resolve().parents[2]
BORN_DIGITAL = sorted(
    path for path in (ROOT / "corpora" / "samples").glob("*/*.pdf")
    if not any(form in path.stem for form in ("scan", "photo"))
)


def _blocks(layer: object) -> list[tuple[str, str, int | None]]:
    return [(block.kind, block.text, block.column) for block in layer.blocks]  # type: ignore[attr-defined]


@pytest.mark.parametrize("path", BORN_DIGITAL, ids=[path.stem for path in BORN_DIGITAL])
def test_same_blocks_as_pdfplumber(path: Path) -> None:
    """Every page simple enough for pdfium reads into the same blocks, in the same order, as through pdfplumber
    (headings, lists, boxes, ruled tables, two and three columns, line-end hyphens)."""
    pdf = pdfium.PdfDocument(path)
    fast_pages = 0
    with pdfplumber.open(path) as plumber:
        for index, plumber_page in enumerate(plumber.pages):
            simple = read_simple_page(pdf, index)
            if simple is None:
                continue
            fast_pages += 1
            fast, slow = read_text_layer(simple, index + 1), read_text_layer(plumber_page, index + 1)
            assert _blocks(fast) == _blocks(slow), (path.name, index + 1)
            assert (fast.usable, fast.page.width, fast.page.height) == (slow.usable, slow.page.width, slow.page.height)
            for mine, theirs in zip(fast.blocks, slow.blocks, strict=True):
                # Same boxes within a few points (pdfminer's standard-font widths lack a few glyphs, such as €).
                assert abs(mine.bbox.y0 - theirs.bbox.y0) < 1 and abs(mine.bbox.x1 - theirs.bbox.x1) < 8
    pdf.close()
    # Pages whose /Rotate turns them (the "-rotated" copies) are left to pdfplumber; the others are all read fast.
    assert fast_pages >= (3 if "rotated" in path.stem else 12)


def _pdf(draw: object, *, rotate: int = 0) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    draw(canvas)  # type: ignore[operator]
    canvas.showPage()
    canvas.save()
    if not rotate:
        return buffer.getvalue()
    document = pdfium.PdfDocument(buffer.getvalue())
    document[0].set_rotation(rotate)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _lines(canvas: object, same: bool = False) -> None:
    for line in range(12):
        text = "Oui, le marché est réservé." if same else f"Ligne {line} : le marché est réservé."
        canvas.drawString(72, 760 - 20 * line, text)  # type: ignore[attr-defined]


def _chinese_lines(canvas: object) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    canvas.setFont("STSong-Light", 12)  # type: ignore[attr-defined]
    for line in range(12):
        canvas.drawString(60, 780 - 22 * line, "政府采购应当促进社会责任和环境保护。")  # type: ignore[attr-defined]


def test_pages_pdfium_cannot_describe_are_left_to_pdfplumber() -> None:
    for draw in (_lines, lambda canvas: _lines(canvas, same=True)):
        data = _pdf(draw)
        simple = read_simple_page(pdfium.PdfDocument(data), 0)
        assert simple is not None
        with pdfplumber.open(io.BytesIO(data)) as plumber:
            assert _blocks(read_text_layer(simple, 1)) == _blocks(read_text_layer(plumber.pages[0], 1))
    # pdfium's text page drops these repeated lines (27 characters of 324); pdfminer keeps all twelve.
    assert read_simple_page(pdfium.PdfDocument(_pdf(_chinese_lines)), 0) is None
    # A /Rotate'd page: pdfium gives unrotated coordinates, pdfplumber the displayed ones.
    assert read_simple_page(pdfium.PdfDocument(_pdf(_lines, rotate=90)), 0) is None

    def sideways(canvas: object) -> None:
        canvas.rotate(90)  # type: ignore[attr-defined]
        _lines(canvas)

    assert read_simple_page(pdfium.PdfDocument(_pdf(sideways)), 0) is None


def test_duplicates_removed_as_pdfplumber_does() -> None:
    from pdfplumber.utils import dedupe_chars

    with pdfplumber.open(BORN_DIGITAL[0]) as plumber:
        chars = plumber.pages[0].chars
    # Fake bold: every third character drawn again a fraction of a point away, and one far enough not to be.
    doubled = chars + [dict(char, x0=char["x0"] + 0.4, doctop=char["doctop"] + 0.3) for char in chars[::3]]
    doubled.append(dict(chars[0], x0=chars[0]["x0"] + 1.5))
    kept = kept_chars(doubled)
    assert [id(char) for char in doubled if id(char) in kept] == [id(char) for char in dedupe_chars(doubled)]
    assert len(kept) == len(chars) + 1


def _transformed(canvas: object) -> None:
    c: Any = canvas
    text = c.beginText()
    text.setTextTransform(12, 0, 0, 12, 72, 700)  # "1 Tf" scaled to 12 points by the text matrix
    text.setFont("Helvetica", 1)
    text.textLine("Axe 1 : réduire de 40 % les émissions des achats publics.")
    c.drawText(text)
    c.saveState()
    c.scale(2, 2)  # 6 points doubled by the graphics matrix
    c.setFont("Helvetica", 6)
    c.drawString(36, 300, "Un titre agrandi par la matrice courante.")
    c.restoreState()
    stretched = c.beginText(72, 400)
    stretched.setFont("Helvetica-Bold", 10)
    stretched.setHorizScale(150)
    stretched.setRise(3)
    stretched.textLine("Texte étiré et surélevé.")
    c.drawText(stretched)


def test_scaled_and_stretched_text_as_pdfplumber_reads_it() -> None:
    data = _pdf(_transformed)
    simple = read_simple_page(pdfium.PdfDocument(data), 0)
    assert simple is not None
    with pdfplumber.open(io.BytesIO(data)) as plumber:
        theirs = plumber.pages[0].chars
        blocks = _blocks(read_text_layer(plumber.pages[0], 1))
    assert len(simple.chars) == len(theirs)
    for mine, their in zip(simple.chars, theirs, strict=True):
        assert mine["text"] == their["text"] and mine["fontname"] == their["fontname"]
        for key in ("x0", "x1", "top", "bottom", "size"):
            assert mine[key] == pytest.approx(their[key], abs=0.05), (mine["text"], key)
    assert _blocks(read_text_layer(simple, 1)) == blocks
