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
from spaser_nlp.document import BBox, Word
from spaser_nlp.ingest import ingest
from spaser_nlp.segment import segment
from spaser_nlp.segment.labels import fold

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


@pytest.mark.slow
@pytest.mark.ocr
def test_unnumbered_scanned_headings_run_into_a_paragraph_are_cut_out_inside_their_part(tmp_path) -> None:
    found = _sections(_page_png(tmp_path, with_sections=True))
    part = fold("I. Les achats de la Région")
    for title, _ in SECTIONS:
        # inside the part (the run-in titles carry their paragraph's blended size, so their rank among
        # themselves is not tested here)
        assert any(t.startswith(fold(title)) and part in ancestors for t, ancestors in found), (title, found)
    # every heading is cut where it ends: no body sentence is taken into a title
    assert not any("acheteurs" in t or "rencontres" in t or "famille" in t or "prescripteurs" in t for t, _ in found), found


@pytest.mark.slow
@pytest.mark.ocr
def test_a_scanned_paragraph_wrapped_before_a_capitalised_word_is_not_cut(tmp_path) -> None:
    found = _sections(_page_png(tmp_path, with_sections=False))
    assert [t for t, _ in found] == [fold("I. Les achats de la Région")], found


def _as_ocr(document, sizes: dict[str, float]):
    for page in document.pages:
        page.source = "ocr"
        for block in page.blocks:
            block.font_size, block.bold = sizes.get(block.text, 10.0), None
            block.words = [Word(text=token, bbox=BBox(x0=0, y0=0, x1=10, y1=10), confidence=90.0)
                           for token in block.text.split()]
    return document


def test_ocr_digits_for_a_roman_part_number_are_read_under_that_part(build) -> None:
    # "I.2" and "II.1" read by OCR as "1.2" and "11.1"; "IL.2" for "II.2"
    headings = ["PARTIE I – DIAGNOSTIC", "I.1 État des lieux", "1.2 Les attentes", "PARTIE II – LA STRATÉGIE",
                "11.1 Les axes", "IL.2 Le calendrier"]
    doc = build([[("paragraph", "Séance du conseil.")],
                 [spec for title in headings for spec in (("heading", title), ("paragraph", "Texte de la section."))]])
    _as_ocr(doc, {title: 16.0 if title.startswith("PARTIE") else 12.0 for title in headings})
    sections = segment(doc).sections
    by_id = {section.id: section for section in sections}
    parents = {section.title: by_id[section.parent_id].title if section.parent_id else None for section in sections}
    assert parents["1.2 Les attentes"] == "PARTIE I – DIAGNOSTIC"
    assert parents["11.1 Les axes"] == parents["IL.2 Le calendrier"] == "PARTIE II – LA STRATÉGIE"
    assert [s.number for s in sections if s.title[:1] in "1I" and not s.title.startswith("PARTIE")] == [
        "I.1", "I.2", "II.1", "II.2"]


def test_an_ocr_lettered_heading_read_bigger_than_the_one_it_follows_stays_its_sibling(build) -> None:
    # OCR read "B.-" two points bigger than "A.-": it is still the next letter, under the same part
    headings = ["PREMIÈRE PARTIE : PRÉSENTATION", "A.- LA MESURE DE LA PERFORMANCE", "1.- Une contrepartie",
                "B.- UNE PRÉSENTATION INSUFFISANTE", "1.- Un dispositif incomplet", "C.- LE CHOIX DES OBJECTIFS"]
    sizes = {headings[0]: 18.0, headings[1]: 13.0, headings[3]: 15.0, headings[5]: 12.5}
    doc = build([[("paragraph", "Séance du conseil.")],
                 [spec for title in headings for spec in (("heading", title), ("paragraph", "Texte de la section."))]])
    _as_ocr(doc, {title: sizes.get(title, 10.5) for title in headings})
    sections = segment(doc).sections
    by_id = {section.id: section for section in sections}
    parents = {section.title: by_id[section.parent_id].title if section.parent_id else None for section in sections}
    assert parents[headings[1]] == parents[headings[3]] == parents[headings[5]] == headings[0]
    assert parents["1.- Un dispositif incomplet"] == headings[3]
