"""Unnumbered headings on scans: OCR runs them into the paragraph below, the OCR layer's geometry cuts them off.

Real pages drawn with reportlab, rasterised with pdfium and read by the real Tesseract (``ingest``), as a
scanned plan is: bold section titles one size above the running text, set just above their paragraph.
"""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from PIL import ImageFilter
from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from spaser_nlp.clean import clean
from spaser_nlp.ingest import ingest
from spaser_nlp.segment import segment
from spaser_nlp.segment.labels import fold

pytestmark = [pytest.mark.slow, pytest.mark.ocr]

BODY = 10.5
ACCENT = HexColor("#e4572e")  # section titles in a colour, grey on the scan
PART = ["La Région achète chaque année pour plus de quatre cents millions d'euros."]
SECTIONS = [
    ("Le point de départ de la démarche", ["Les acheteurs ont décrit leurs pratiques."]),
    ("Comment associer les entreprises ?", ["Des rencontres précèdent chaque consultation."]),
    ("La cartographie des achats", ["Chaque famille d'achats est classée par enjeu."]),
    ("Les ateliers avec les services", ["Trois ateliers ont réuni les prescripteurs."]),
]
# Short paragraphs of one line, as in a summary plan: OCR reads each title and the line below as one
# paragraph. A paragraph whose first line stops before a capitalised name is running text, not a heading.
RUNNING = [
    "Le bilan annuel est présenté en séance publique devant les élus du Conseil",
    "Régional, puis publié sur le site internet de la collectivité avec ses annexes.",
]


def _page_png(tmp_path, *, with_sections: bool) -> str:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    y = A4[1] - 80
    pdf.setFont("Helvetica-Bold", BODY * 2)
    pdf.drawString(60, y, "Schéma des achats responsables")
    y -= BODY * 3.5
    pdf.setFont("Helvetica-Bold", BODY * 1.5)
    pdf.drawString(60, y, "I. Les achats de la Région")
    y -= BODY * 2.2
    pdf.setFont("Helvetica", BODY)
    for line in PART:
        pdf.drawString(60, y, line)
        y -= BODY * 1.35
    y -= BODY * 1.2
    for title, lines in SECTIONS if with_sections else []:
        pdf.setFont("Helvetica-Bold", BODY * 1.2)
        pdf.setFillColor(ACCENT)
        pdf.drawString(60, y, title)
        pdf.setFillColor(black)
        y -= BODY * 1.2 * 1.45
        pdf.setFont("Helvetica", BODY)
        for line in lines:
            pdf.drawString(60, y, line)
            y -= BODY * 1.35
        y -= BODY * 1.2
    pdf.setFont("Helvetica", BODY)
    for line in RUNNING:
        pdf.drawString(60, y, line)
        y -= BODY * 1.35
    pdf.showPage()
    pdf.save()
    document = pdfium.PdfDocument(buffer.getvalue())
    try:
        image = document[0].render(scale=200 / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()
    path = tmp_path / "page.jpg"
    image.filter(ImageFilter.GaussianBlur(0.6)).save(path, quality=65, dpi=(200, 200))
    return str(path)


def _sections(path: str) -> list[tuple[str, list[str]]]:
    """Each section's folded title and the titles of its ancestors, nearest first."""
    document = segment(clean(ingest(path)))
    by_id = {section.id: section for section in document.sections}
    found = []
    for section in document.sections:
        ancestors, parent = [], by_id.get(section.parent_id or "")
        while parent is not None:
            ancestors.append(fold(parent.title))
            parent = by_id.get(parent.parent_id or "")
        found.append((fold(section.title), ancestors))
    return found


def test_unnumbered_scanned_headings_run_into_a_paragraph_are_cut_out_inside_their_part(tmp_path) -> None:
    found = _sections(_page_png(tmp_path, with_sections=True))
    part = fold("I. Les achats de la Région")
    for title, _ in SECTIONS:
        # inside the part (the run-in titles carry their paragraph's blended size, so their rank among
        # themselves is not tested here)
        assert any(t.startswith(fold(title)) and part in ancestors for t, ancestors in found), (title, found)
    # every heading is cut where it ends: no body sentence is taken into a title
    assert not any("acheteurs" in t or "rencontres" in t or "famille" in t or "prescripteurs" in t for t, _ in found), found


def test_a_scanned_paragraph_wrapped_before_a_capitalised_word_is_not_cut(tmp_path) -> None:
    found = _sections(_page_png(tmp_path, with_sections=False))
    assert [t for t, _ in found] == [fold("I. Les achats de la Région")], found
