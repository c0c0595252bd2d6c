"""Real French pages for the ingestion tests: drawn with reportlab, rasterised with pdfium.

Imported by the ``test_ingest_*``, ``test_ocr`` and ``test_errors`` modules
(``tests/conftest.py`` puts this folder on ``sys.path``).
"""

from __future__ import annotations

import io
import textwrap
from functools import lru_cache

import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

PAGES = [
    (
        "Axe 1 : achats socialement responsables",
        "La collectivité développe les clauses sociales dans ses marchés publics de travaux. "
        "Porter à 25 % la part des marchés intégrant une clause sociale d'ici 2027.",
    ),
    (
        "Axe 2 : achats écologiquement responsables",
        "Réduire de 40 % les émissions de gaz à effet de serre liées aux achats d'ici 2030. "
        "Les critères environnementaux portent sur le carbone, le réemploi et les déchets.",
    ),
    (
        "Axe 3 : gouvernance et suivi du schéma",
        "Le comité de suivi se réunit deux fois par an pour mesurer les progrès accomplis. "
        "Les indicateurs sont publiés tous les deux ans sur le site internet.",
    ),
]


def draw_text_page(pdf: canvas.Canvas, heading: str, body: str) -> None:
    """One A4 page: a bold heading and a paragraph wrapped at 70 characters."""
    y = A4[1] - 90
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(72, y, heading)
    y -= 36
    pdf.setFont("Helvetica", 13)
    for line in textwrap.wrap(body, 70):
        pdf.drawString(72, y, line)
        y -= 19


def text_pdf(pages: list[tuple[str, str]], *, title: str | None = None, encrypt: str | None = None) -> bytes:
    """A born-digital PDF with one page per ``(heading, body)``."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1, encrypt=encrypt)
    if title:
        pdf.setTitle(title)
        pdf.setAuthor("Région Exemple")
    for heading, body in pages:
        draw_text_page(pdf, heading, body)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@lru_cache(maxsize=16)
def page_image(heading: str, body: str, *, dpi: int = 300) -> Image.Image:
    """The page drawn by :func:`draw_text_page`, rasterised in grey at ``dpi`` (cached: do not modify it)."""
    document = pdfium.PdfDocument(text_pdf([(heading, body)]))
    try:
        return document[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()


def turned(image: Image.Image, degrees: float) -> Image.Image:
    """``image`` turned counter-clockwise, as a crooked or upside-down scan."""
    return image.rotate(degrees, resample=Image.BICUBIC, expand=True, fillcolor=255)


def image_pdf_page(pdf: canvas.Canvas, image: Image.Image) -> None:
    """A page that is only ``image``, stretched over the whole A4 page (a scan)."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pdf.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, width=A4[0], height=A4[1])
    pdf.showPage()


def mixed_pdf(text_page: tuple[str, str], scanned_page: Image.Image) -> bytes:
    """Page 1 with a text layer, page 2 a scanned image."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    pdf.setTitle("Schéma des achats responsables")
    draw_text_page(pdf, *text_page)
    pdf.showPage()
    image_pdf_page(pdf, scanned_page)
    pdf.save()
    return buffer.getvalue()


def squash(text: str) -> str:
    """Whitespace collapsed to single spaces, as the CER is measured."""
    return " ".join(text.split())


TABLE = [
    ("Indicateur", "Référence (2022)", "Cible 2028"),
    ("Part des marchés avec clause sociale", "22 %", "35 %"),
    ("Heures d'insertion par an", "431 000", "500 000"),
    ("Achats auprès des ESAT et des EA", "0,9 M€ HT", "2,5 M€ HT"),
]


@lru_cache(maxsize=4)
def table_page_image(*, dpi: int = 300, grid: bool = True) -> Image.Image:
    """A page with a paragraph, a ruled table of :data:`TABLE`, then a closing paragraph.

    ``grid``: rules around every cell; otherwise only above and below the header and at the bottom.
    """
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    pdf.setFont("Helvetica", 12)
    pdf.drawString(72, 760, "Les indicateurs du schéma sont suivis chaque année.")
    columns = (72, 300, 420, 523)
    top = 730
    for index, row in enumerate(TABLE):
        y = top - 22 * index
        for x, cell in zip(columns, row):
            pdf.drawString(x + 5, y - 15, cell)
    rule_rows = range(len(TABLE) + 1) if grid else (0, 1, len(TABLE))
    for index in rule_rows:
        pdf.line(columns[0], top - 22 * index, columns[-1], top - 22 * index)
    for x in columns if grid else ():
        pdf.line(x, top, x, top - 22 * len(TABLE))
    pdf.drawString(72, top - 22 * len(TABLE) - 30, "Le comité de suivi publie un bilan annuel.")
    pdf.showPage()
    pdf.save()
    document = pdfium.PdfDocument(buffer.getvalue())
    try:
        return document[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()
