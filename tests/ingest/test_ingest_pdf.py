"""PDF inputs: text layer kept, scanned pages OCR'd, native scan resolution used, metadata read."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from scans import PAGES, image_pdf_page, mixed_pdf, page_image, squash, text_pdf

from spaser_nlp.ingest import ingest
from spaser_nlp.ingest.pdf_render import page_image as pdf_page_image


def _scan_pdf(dpi: int) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    image_pdf_page(pdf, page_image(*PAGES[1], dpi=dpi))
    pdf.save()
    return buffer.getvalue()


@pytest.mark.parametrize(("scan_dpi", "native", "ocr_dpi"), [(300, True, 300), (250, True, 250), (150, False, 300)])
def test_scan_is_read_at_native_resolution_when_good_enough(scan_dpi: int, native: bool, ocr_dpi: int) -> None:
    pdf = pdfium.PdfDocument(_scan_pdf(scan_dpi))
    picture = pdf_page_image(pdf[0], dpi=300)
    assert picture.native is native
    assert picture.dpi == pytest.approx(ocr_dpi, rel=0.01)
    # Pixels map back to the A4 page whatever the resolution.
    box = picture.to_points.box(0, 0, picture.image.width, picture.image.height)
    assert (box.x1, box.y1) == pytest.approx(A4, abs=1)


def test_text_layer_pdf_needs_no_ocr(tmp_path: Path) -> None:
    path = tmp_path / "schema.pdf"
    path.write_bytes(text_pdf(PAGES[:2], title="Schéma des achats responsables"))
    doc = ingest(path)
    assert [p.source for p in doc.pages] == ["text_layer", "text_layer"]
    assert doc.metadata["title"] == "Schéma des achats responsables"
    assert doc.metadata["author"] == "Région Exemple"
    assert "Porter à 25 % la part des marchés" in squash(doc.page_texts()[0])
    assert "tesseract" not in doc.pipeline


@pytest.mark.ocr
@pytest.mark.slow
def test_mixed_pdf_reads_each_page_its_own_way(tmp_path: Path) -> None:
    path = tmp_path / "mixed.pdf"
    path.write_bytes(mixed_pdf(PAGES[0], page_image(*PAGES[1])))
    doc = ingest(path, workers=1)
    assert [p.source for p in doc.pages] == ["text_layer", "ocr"]
    assert doc.pages[1].dpi == 300 and doc.pages[1].ocr_confidence > 80
    texts = [squash(t) for t in doc.page_texts()]
    assert "La collectivité développe les clauses sociales" in texts[0]
    assert "Réduire de 40 % les émissions de gaz à effet de serre" in texts[1]
    never = ingest(path, ocr="never")
    assert [p.source for p in never.pages] == ["text_layer", "text_layer"]
    assert never.pages[1].blocks == []
