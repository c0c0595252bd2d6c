"""Tables of real PDFs drawn with reportlab: columns from alignment, wrapped cells, close header cells."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from spaser_nlp.ingest.layout import LayoutWord, layout_page
from spaser_nlp.ingest.pdf_text import read_text_layer

WIDTH, HEIGHT = A4
SIZE = 9.0
LEADING = 11.0

# Paragraphs as wide as the table around it, as in a justified page.
INTRO = (
    "Le tableau ci-dessous reprend les principaux indicateurs du schéma régional et leurs cibles chiffrées.",
    "Les valeurs de référence portent sur l'exercice 2022 sauf mention contraire dans la colonne concernée.",
)
NOTE = "Les indicateurs exprimés en valeur portent sur les montants notifiés de l'année, hors avenants."


def _text(pdf: canvas.Canvas, text: str, x: float, top: float, bold: bool = False) -> None:
    pdf.setFont("Helvetica-Bold" if bold else "Helvetica", SIZE)
    pdf.drawString(x, HEIGHT - top - SIZE, text)


def _rule(pdf: canvas.Canvas, x0: float, x1: float, top: float) -> None:
    pdf.setLineWidth(0.5)
    pdf.line(x0, HEIGHT - top, x1, HEIGHT - top)


def _table_text(path: Path) -> list[str]:
    with pdfplumber.open(path) as document:
        blocks = read_text_layer(document.pages[0], 1).blocks
    tables = [block for block in blocks if block.kind == "table_row"]
    assert len(tables) == 1, [(block.kind, block.text) for block in blocks]
    return tables[0].text.split("\n")


def test_header_cells_wrapped_onto_two_lines_without_rules(tmp_path: Path) -> None:
    """No rules, header cells on two lines ("Mon-/tant", "Année/réf."): one header row, words rejoined."""
    path = tmp_path / "wrapped.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    columns = (60.0, 260.0, 330.0, 400.0)
    _text(pdf, INTRO[0], 60, 60)
    _text(pdf, INTRO[1], 60, 60 + LEADING)
    header = (("Famille d'achat", ""), ("Mon-", "tant"), ("Année", "réf."), ("Part", ""))
    for line in range(2):
        for x, cell in zip(columns, header):
            if cell[line]:
                _text(pdf, cell[line], x, 100 + line * LEADING, bold=True)
    rows = (
        ("Travaux et maîtrise d'œuvre", "356 M€", "2023", "52 %"),
        ("Services", "212 M€", "2023", "31 %"),
        ("Fournitures", "117 M€", "2023", "17 %"),
        ("Total", "685 M€", "2023", "100 %"),
    )
    for index, row in enumerate(rows):
        for x, cell in zip(columns, row):
            _text(pdf, cell, x, 100 + 2 * LEADING + 6 + index * (LEADING + 4))
    _text(pdf, NOTE, 60, 200)
    pdf.save()

    lines = _table_text(path)
    assert lines[0] == "Famille d'achat\tMontant\tAnnée réf.\tPart"
    assert lines[1:] == ["\t".join(row) for row in rows]


def test_short_paragraph_lines_around_a_table_stay_out_of_it(tmp_path: Path) -> None:
    """Ragged lines above and below, ending in the table's last gutter, are paragraphs, not table rows."""
    path = tmp_path / "ragged.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    _text(pdf, "Le tableau ci-dessous reprend les principaux indicateurs du schéma et leurs cibles.", 60, 60)
    _text(pdf, "Les valeurs de référence portent sur l'exercice 2022 sauf mention contraire.", 60, 60 + LEADING)
    columns = (60.0, 260.0, 330.0, 400.0)
    rows = (
        ("Famille d'achat", "Montant", "Année", "Part"),
        ("Travaux et maîtrise d'œuvre", "356 M€", "2023", "52 %"),
        ("Services", "212 M€", "2023", "31 %"),
        ("Fournitures", "117 M€", "2023", "17 %"),
    )
    for index, row in enumerate(rows):
        for x, cell in zip(columns, row):
            _text(pdf, cell, x, 100 + index * (LEADING + 4), bold=index == 0)
    _text(pdf, "Les indicateurs exprimés en valeur portent sur les montants notifiés de l'année.", 60, 180)
    pdf.save()

    assert _table_text(path) == ["\t".join(row) for row in rows]


def test_close_header_cells_over_numbered_rows_with_rules(tmp_path: Path) -> None:
    """Header cells closer than a gutter over rows numbered "1.1": the header stays the table's first row."""
    path = tmp_path / "numbered.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    _text(pdf, INTRO[0], 50, 60)
    columns = (53.5, 311.0, 429.9)  # "(2022)" ends about 7 points before "Cible": under 0.9 em
    rows = (
        ("1.1 Part des marchés intégrant une clause sociale", "22 %", "35 % (2027)"),
        ("1.1 Heures d'insertion réalisées par an", "431 000", "500 000 (dès 2026)"),
        ("1.2 Nombre de marchés réservés", "1", "15"),
        ("2.1 Émissions de GES liées aux achats (tCO2e)", "96 000 (2019)", "-40 % en 2030"),
        ("3.1 Achats auprès des structures de l'ESS", "1,9 M€", "+15 % par an"),
    )
    top = 100.0
    _rule(pdf, 50, 545, top - 4)
    for x, cell in zip(columns, ("Indicateur", "Valeur de référence (2022)", "Cible 2028")):
        _text(pdf, cell, x, top, bold=True)
    for index, row in enumerate(rows, start=1):
        _rule(pdf, 50, 545, top + index * 17 - 4)
        for x, cell in zip(columns, row):
            _text(pdf, cell, x, top + index * 17)
    _rule(pdf, 50, 545, top + (len(rows) + 1) * 17 - 4)
    _text(pdf, NOTE, 50, top + (len(rows) + 1) * 17 + 12)
    pdf.save()

    lines = _table_text(path)
    assert lines[0] == "Indicateur\tValeur de référence (2022)\tCible 2028"
    assert lines[1:] == ["\t".join(row) for row in rows]


def test_vertical_rules_give_the_columns() -> None:
    """Cells of a ruled grid go to the column between its vertical rules, however close they are."""
    from spaser_nlp.ingest.layout import HRule, VRule

    def cell(text: str, x: float, top: float, bold: bool = False) -> list[LayoutWord]:
        words, cursor = [], x
        for token in text.split():
            words.append(LayoutWord(token, cursor, cursor + 5 * len(token), top, top + 9, 9.0, bold))
            cursor += 5 * len(token) + 3
        return words

    borders = (60.0, 80.0, 250.0, 300.0, 350.0)
    header = ("N°", "Indicateur", "Valeur", "Cible")
    rows = [("1", "Marchés avec clause sociale", "16", "25"), ("2", "Heures d'insertion", "96 400", "120 000")]
    words: list[LayoutWord] = []
    for x, text in zip(borders, header):
        words += cell(text, x + 3, 100, bold=True)
    for index, row in enumerate(rows, start=1):
        for x, text in zip(borders, row):
            words += cell(text, x + 3, 100 + 18 * index)
    rules = [HRule(60, 350, 96 + 18 * index) for index in range(4)]
    vrules = [VRule(x, 96, 150) for x in borders]
    blocks = layout_page(words, rules, (), vrules)
    assert [block.kind for block in blocks] == ["table_row"]
    assert blocks[0].text.split("\n") == ["\t".join(header), *("\t".join(row) for row in rows)]
