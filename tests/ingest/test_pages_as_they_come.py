"""Pages as they come: turned pages (/Rotate), broken cross-reference tables, other scripts, poor photocopies.

The OCR tests read real rendered pages with the real Tesseract; the photocopy is made by the sample
corpus's own degradation (``corpora/samplegen/hard.py``) from a page of a sample schéma.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import jiwer
import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image
from scans import PAGES, page_image, squash, text_pdf, turned

from spaser_nlp.document import PAGE_SEPARATOR
from spaser_nlp.ingest import ingest
from spaser_nlp.ingest.deskew import estimate_skew, looks_sideways
from spaser_nlp.ingest.illumination import UNEVEN, even_out
from spaser_nlp.ingest.ocr import OcrSettings, ocr_image
from spaser_nlp.ingest.ocr_check import compare, residual_slope

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpora" / "samples" / "region-exemple"


def _with_rotations(pdf_bytes: bytes, turns: list[int]) -> bytes:
    document = pdfium.PdfDocument(pdf_bytes)
    for index, turn in enumerate(turns):
        document[index].set_rotation(turn)
    buffer = io.BytesIO()
    document.save(buffer)
    document.close()
    return buffer.getvalue()


def _cer(reference: str, hypothesis: str) -> float:
    return float(jiwer.cer(squash(reference), squash(hypothesis)))


def test_text_pages_turned_by_rotate_read_as_the_upright_ones(tmp_path: Path) -> None:
    upright = tmp_path / "upright.pdf"
    upright.write_bytes(text_pdf(PAGES + PAGES[:1]))
    turned_pdf = tmp_path / "turned.pdf"
    turned_pdf.write_bytes(_with_rotations(upright.read_bytes(), [90, 180, 270, 0]))
    expected, document = ingest(upright, ocr="never"), ingest(turned_pdf, ocr="never")
    assert document.text == expected.text
    assert [page.rotation for page in document.pages] == [270, 180, 90, 0]
    assert all(page.source == "text_layer" for page in document.pages)
    # Turned back, a displayed landscape page is the portrait page its text was written on.
    assert (document.pages[0].width, document.pages[0].height) == (expected.pages[0].width, expected.pages[0].height)


def test_text_page_turned_in_the_middle_of_a_document_is_not_ocrd(tmp_path: Path) -> None:
    path = tmp_path / "one-turned.pdf"
    path.write_bytes(_with_rotations(text_pdf(PAGES), [0, 90, 0]))
    document = ingest(path)  # --ocr auto: a page judged unusable would be OCR'd
    assert [page.source for page in document.pages] == ["text_layer"] * 3
    assert squash(PAGES[1][1])[:60] in squash(document.text)


def _without_xref(pdf_bytes: bytes) -> bytes:
    """The PDF with its cross-reference table and trailer cut off (pdfium repairs it, pdfminer cannot)."""
    return pdf_bytes[: pdf_bytes.rfind(b"xref")] + b"%%EOF\n"


def test_pdf_with_a_broken_xref_is_read_through_pdfium(tmp_path: Path) -> None:
    good = tmp_path / "good.pdf"
    good.write_bytes(text_pdf(PAGES))
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(_without_xref(good.read_bytes()))
    document = ingest(broken, ocr="never")
    assert document.text == ingest(good, ocr="never").text
    assert "cross-reference table is damaged" in " ".join(document.pages[0].warnings)


def test_cli_reads_a_broken_xref_pdf_without_traceback(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(_without_xref(text_pdf(PAGES[:1])))
    result = subprocess.run(
        [str(Path(sys.executable).parent / "spaser"), "text", str(broken)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert PAGES[0][0] in result.stdout


def _other_scripts_pdf() -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    chinese = "政府采购应当促进社会责任和环境保护，支持中小企业发展。"
    for page in range(2):
        y = 780
        for line in range(12):
            if page == 0 or line % 2:
                canvas.setFont("STSong-Light", 12)
                canvas.drawString(60, y, chinese)
            else:
                canvas.setFont("Helvetica", 11)
                canvas.drawString(60, y, "Le schéma fixe les objectifs de la collectivité pour les achats responsables.")
            y -= 22
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_text_layers_in_other_scripts_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "zh.pdf"
    path.write_bytes(_other_scripts_pdf())
    document = ingest(path)
    assert [page.source for page in document.pages] == ["text_layer", "text_layer"]
    first, mixed = document.text.split(PAGE_SEPARATOR)
    assert "政府采购" in first and "政府采购" in mixed and "achats responsables" in mixed
    assert "Chinese" in " ".join(document.pages[0].warnings)


def test_even_pages_are_left_alone_and_uneven_ones_evened() -> None:
    page = page_image(*PAGES[0], dpi=150)
    same, unevenness = even_out(page)
    assert same is page and unevenness < UNEVEN
    pixels = np.asarray(page, dtype=np.float32)
    gradient = np.linspace(1.0, 0.55, pixels.shape[1], dtype=np.float32)[None, :]
    dark = Image.fromarray((pixels * gradient).astype(np.uint8), mode="L")
    evened, unevenness = even_out(dark)
    assert unevenness > 0.3
    paper = np.asarray(evened)[np.asarray(page) > 200]  # where the original is paper
    left, right = paper.reshape(-1)[:1000], np.asarray(evened)[:, -50:][np.asarray(page)[:, -50:] > 200]
    assert abs(float(np.median(left)) - float(np.median(right))) < 12


def test_sideways_pages_are_told_from_upright_ones() -> None:
    page = page_image(*PAGES[1], dpi=150)
    assert not looks_sideways(page)
    assert looks_sideways(page.rotate(90, expand=True))
    assert looks_sideways(turned(page, 2.0).rotate(270, expand=True))


def test_residual_slope_is_counter_clockwise_degrees() -> None:
    # Four words per line, each 10 px further right and 0.35 px higher (a line tilted 2 degrees counter-clockwise).
    rise = np.tan(np.radians(2.0)) * 100
    data: dict[str, list] = {k: [] for k in ("level", "block_num", "par_num", "line_num", "text", "conf", "left",
                                             "top", "width", "height")}
    for line in range(3):
        for word in range(4):
            row = (5, 1, 1, line + 1, "mot", 90.0, word * 100, 200 + 50 * line - word * rise, 60, 20)
            for key, value in zip(data, row):
                data[key].append(value)
    assert residual_slope(data) == pytest.approx(2.0, abs=0.05)


def test_the_check_keeps_the_layout_reading_unless_it_lost_text() -> None:
    from spaser_nlp.document import BBox, Block, Word

    def block(words: list[str]) -> Block:
        box = BBox(x0=0, y0=0, x1=1, y1=1)
        return Block(id="b", kind="paragraph", page=1, bbox=box, text=" ".join(words),
                     words=[Word(text=w, bbox=box, confidence=90.0) for w in words])

    plain_words = "les achats responsables de la région favorisent l'insertion".split()
    plain = {"text": plain_words, "conf": [90.0] * len(plain_words)}
    assert compare([block(plain_words)], plain, red_flag=True).keep_layout
    reordered = [block(plain_words[4:]), block(plain_words[:4])]
    assert compare(reordered, plain, red_flag=False).keep_layout  # Tesseract merges columns on clean pages
    assert not compare(reordered, plain, red_flag=True).keep_layout
    assert not compare([block(plain_words[:3])], plain, red_flag=False).keep_layout


@pytest.mark.ocr
@pytest.mark.slow
@pytest.mark.parametrize("turn", [90, 270])
def test_scanned_page_given_rotate_is_read_upright(tmp_path: Path, turn: int) -> None:
    from reportlab.pdfgen import canvas as reportlab_canvas
    from scans import image_pdf_page

    buffer = io.BytesIO()
    pdf = reportlab_canvas.Canvas(buffer, invariant=1)
    image_pdf_page(pdf, page_image(*PAGES[0], dpi=200))
    pdf.showPage()
    pdf.save()
    path = tmp_path / "turned-scan.pdf"
    path.write_bytes(_with_rotations(buffer.getvalue(), [turn]))
    document = ingest(path, workers=1)
    assert _cer(f"{PAGES[0][0]} {PAGES[0][1]}", document.text) < 0.02
    assert "sideways" in " ".join(document.pages[0].warnings)


def _photocopy(number: int) -> tuple[Image.Image, str]:
    """Page ``number`` of the region sample as a bad photocopy (150 dpi, 2-3 degrees, lighting, grain, JPEG 30)."""
    sys.path.insert(0, str(ROOT / "corpora"))
    from samplegen.hard import photocopy_page
    from samplegen.scan import decoded

    pdf = pdfium.PdfDocument(str(SAMPLE / "region-exemple.pdf"))
    rendered = pdf[number - 1].render(scale=150 / 72, grayscale=True).to_pil().convert("L")
    pdf.close()
    truth = (SAMPLE / "region-exemple.txt").read_text("utf-8").split(PAGE_SEPARATOR)[number - 1]
    return decoded(photocopy_page(rendered, number, 2024)), truth


def _body(text: str) -> str:
    """The page's text without its running header and footer lines (not in the ground truth)."""
    running = ("Région Val-de-Loire-Atlantique", "Schéma régional des achats responsables")
    return "\n".join(line for line in text.splitlines() if not line.strip().startswith(running)
                     and not line.strip().isdigit())


@pytest.mark.ocr
@pytest.mark.slow
def test_poor_photocopy_reads_within_two_percent_and_no_worse_than_bare_tesseract(tmp_path: Path) -> None:
    image, truth = _photocopy(4)
    page = ocr_image(image, page_number=4, dpi=150)
    ours = _cer(truth, _body("\n\n".join(block.text for block in page.blocks)))
    png = tmp_path / "page.png"
    image.save(png, dpi=(150, 150))
    bare_text = subprocess.run(["tesseract", str(png), "-", "-l", "fra"], capture_output=True, text=True,
                               check=True, env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"}).stdout
    bare = _cer(truth, _body(bare_text))
    assert ours <= 0.02
    assert ours <= bare + 0.01
    assert abs(page.skew_degrees or 0.0) >= 2.0  # the tilt was found
    assert not any(block.kind == "table_row" for block in page.blocks)
    assert any("uneven lighting" in warning for warning in page.warnings)


@pytest.mark.ocr
@pytest.mark.slow
def test_failed_skew_estimate_is_corrected_by_the_text_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    import spaser_nlp.ingest.ocr as ocr_module

    image, truth = _photocopy(6)
    monkeypatch.setattr(ocr_module, "estimate_skew", lambda gray: 0.0)
    page = ocr_image(image, page_number=6, dpi=150)
    assert abs((page.skew_degrees or 0.0) - estimate_skew(even_out(image)[0])) < 0.3
    assert any("corrected" in warning for warning in page.warnings)
    assert _cer(truth, _body("\n\n".join(block.text for block in page.blocks))) <= 0.02


@pytest.mark.ocr
@pytest.mark.slow
def test_without_deskew_the_plain_tesseract_reading_is_kept_and_said() -> None:
    image, truth = _photocopy(6)
    page = ocr_image(image, page_number=6, dpi=150, settings=OcrSettings(deskew=False))
    assert any("Tesseract's reading kept" in warning for warning in page.warnings)
    assert _cer(truth, _body("\n\n".join(block.text for block in page.blocks))) <= 0.05


def test_tables_of_prose_are_told_from_tables() -> None:
    from spaser_nlp.document import BBox, Block
    from spaser_nlp.ingest.ocr_check import prose_table_share

    box = BBox(x0=0, y0=0, x1=1, y1=1)
    table = Block(id="t", kind="table_row", page=1, bbox=box,
                  text="Indicateur\tRéférence\tCible\nHeures d'insertion\t431 000\t500 000")
    prose = Block(id="p", kind="table_row", page=1, bbox=box,
                  text="L'élaboration du schéma a débuté en janvier\tLes engagements concernent l'ensemble des marchés\n"
                       "diagnostic partagé des achats de la Métropole\tpassés par la Métropole et par le groupement")
    assert prose_table_share([table]) == 0.0
    assert prose_table_share([prose]) == 1.0
