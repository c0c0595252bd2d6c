"""Reading order of real PDFs drawn with reportlab: columns, bands, boxes, tables, hyphens, ligatures."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from spaser_nlp.document import assemble_text
from spaser_nlp.ingest.furniture import remove_running_furniture
from spaser_nlp.ingest.pdf_text import TextLayerPage, read_text_layer

WIDTH, HEIGHT = A4
LEFT = 50.0
RIGHT = WIDTH - 50.0

SENTENCES = [
    "La collectivité développe les clauses sociales dans ses marchés publics de travaux.",
    "Les structures de l'insertion par l'activité économique accèdent mieux à la commande publique.",
    "Chaque direction acheteuse identifie les marchés réservés possibles avant leur lancement.",
    "Le comité de suivi se réunit deux fois par an pour mesurer les progrès accomplis.",
    "Les critères environnementaux portent sur le carbone, le réemploi et les déchets.",
    "Une charte de l'achat local accompagne les petites entreprises du territoire.",
    "Les agents sont formés chaque année aux achats durables et au coût du cycle de vie.",
    "La restauration collective sert des produits biologiques issus de circuits courts.",
    "Les indicateurs sont publiés tous les deux ans sur le site internet de la collectivité.",
]


@dataclass
class Para:
    text: str
    font: str = "Helvetica"
    size: float = 10.0
    bullet: str | None = None


def wrap(text: str, width: float, font: str, size: float) -> list[str]:
    """Greedy line breaking at spaces."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and pdfmetrics.stringWidth(candidate, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


class Drawer:
    """Draw text at positions measured from the top of the page."""

    def __init__(self, path: Path) -> None:
        self.canvas = canvas.Canvas(str(path), pagesize=A4, invariant=1)

    def text(self, x: float, top: float, text: str, font: str = "Helvetica", size: float = 10.0) -> None:
        self.canvas.setFont(font, size)
        self.canvas.drawString(x, HEIGHT - top - size * 0.8, text)

    def column(self, x: float, top: float, width: float, paras: list[Para], gap: float = 8.0) -> float:
        """Draw paragraphs in a column; return the top of the next free line."""
        for para in paras:
            indent = 12.0 if para.bullet else 0.0
            for index, line in enumerate(wrap(para.text, width - indent, para.font, para.size)):
                if para.bullet and index == 0:
                    self.text(x, top, para.bullet, para.font, para.size)
                self.text(x + indent, top, line, para.font, para.size)
                top += para.size * 1.2
            top += gap
        return top

    def page(self) -> None:
        self.canvas.showPage()

    def save(self) -> None:
        self.canvas.save()


def read(path: Path) -> list[TextLayerPage]:
    with pdfplumber.open(path) as pdf:
        return [read_text_layer(page, index + 1) for index, page in enumerate(pdf.pages)]


def texts(path: Path) -> list[str]:
    return [block.text for result in read(path) for block in result.page.blocks]


def test_one_column_paragraphs_and_heading(tmp_path: Path) -> None:
    path = tmp_path / "one.pdf"
    drawer = Drawer(path)
    paras = [
        Para("Axe 1 – Achats sociaux", "Helvetica-Bold", 14),
        Para(" ".join(SENTENCES[:3])),
        Para(" ".join(SENTENCES[3:6])),
    ]
    drawer.column(LEFT, 80, RIGHT - LEFT, paras)
    drawer.save()
    result = read(path)[0]
    assert result.usable and result.reason == "ok"
    assert [block.text for block in result.page.blocks] == [p.text for p in paras]
    assert [block.kind for block in result.page.blocks] == ["heading", "paragraph", "paragraph"]
    assert result.page.blocks[0].id == "p1-b0" and result.page.source == "text_layer"
    assert result.page.columns == 1


def test_two_columns_with_paragraph_gaps_at_the_same_height(tmp_path: Path) -> None:
    path = tmp_path / "two.pdf"
    drawer = Drawer(path)
    column_width = (RIGHT - LEFT - 20) / 2
    left = [Para(" ".join(SENTENCES[0:2])), Para(" ".join(SENTENCES[2:4]))]
    right = [Para(" ".join(SENTENCES[4:6])), Para(" ".join(SENTENCES[6:8]))]
    drawer.column(LEFT, 80, column_width, left)
    drawer.column(LEFT + column_width + 20, 80, column_width, right)
    drawer.save()
    result = read(path)[0]
    assert [block.text for block in result.page.blocks] == [p.text for p in left + right]
    assert [block.column for block in result.page.blocks] == [0, 0, 1, 1]
    assert result.page.columns == 2


def test_three_columns_with_title_band_and_box_in_the_middle(tmp_path: Path) -> None:
    path = tmp_path / "three.pdf"
    drawer = Drawer(path)
    drawer.text(LEFT, 50, "Schéma des achats responsables 2024-2028", "Helvetica-Bold", 18)
    gutter = 14.0
    width = (RIGHT - LEFT - 2 * gutter) / 3
    xs = [LEFT + i * (width + gutter) for i in range(3)]
    upper = [Para(SENTENCES[i] + " " + SENTENCES[i + 1]) for i in range(3)]
    for x, para in zip(xs, upper):
        drawer.column(x, 90, width, [para])
    # A framed, tinted box across the page.
    drawer.canvas.setFillColorRGB(0.9, 0.95, 1.0)
    drawer.canvas.rect(LEFT, HEIGHT - 330, RIGHT - LEFT, 70, fill=1, stroke=1)
    drawer.canvas.setFillColorRGB(0, 0, 0)
    box_title = Para("Chiffres clés", "Helvetica-Bold", 11)
    box_text = Para("En 2023, 1 200 000 heures d'insertion ont été réalisées grâce aux clauses sociales.")
    drawer.column(LEFT + 8, 270, RIGHT - LEFT - 16, [box_title, box_text], gap=4)
    lower = [Para(SENTENCES[i + 3] + " " + SENTENCES[i + 4]) for i in range(3)]
    for x, para in zip(xs, lower):
        drawer.column(x, 350, width, [para])
    drawer.save()
    got = texts(path)
    expected = (
        ["Schéma des achats responsables 2024-2028"]
        + [p.text for p in upper]
        + [box_title.text, box_text.text]
        + [p.text for p in lower]
    )
    assert got == expected


def _draw_table(drawer: Drawer, top: float, rules: str) -> list[str]:
    rows = [
        ["Indicateur", "Référence (2022)", "Cible 2028"],
        ["Part des marchés avec clause sociale", "12 %", "25 %"],
        ["Heures d'insertion réalisées", "80 000", "150 000"],
        ["Achats auprès de l'ESS", "1,2 M€", "2,5 M€"],
    ]
    xs = [LEFT, LEFT + 250, LEFT + 380, RIGHT]
    row_height = 20.0
    for index, row in enumerate(rows):
        row_top = top + index * row_height
        for x, cell in zip(xs, row):
            font = "Helvetica-Bold" if index == 0 else "Helvetica"
            drawer.text(x + 4, row_top + 5, cell, font, 10)
    c = drawer.canvas
    bottom = top + len(rows) * row_height
    if rules in {"grid", "horizontal"}:
        for index in range(len(rows) + 1):
            y = HEIGHT - (top + index * row_height)
            c.line(LEFT, y, RIGHT, y)
    if rules == "grid":
        for x in xs:
            c.line(x, HEIGHT - top, x, HEIGHT - bottom)
    return ["\t".join(row) for row in rows]


@pytest.mark.parametrize("rules", ["grid", "horizontal", "none"])
def test_table_rows_between_paragraphs(tmp_path: Path, rules: str) -> None:
    path = tmp_path / f"table-{rules}.pdf"
    drawer = Drawer(path)
    before = drawer.column(LEFT, 80, RIGHT - LEFT, [Para(" ".join(SENTENCES[:2]))])
    rows = _draw_table(drawer, before + 6, rules)
    drawer.column(LEFT, before + 110, RIGHT - LEFT, [Para(SENTENCES[2])])
    drawer.save()
    blocks = read(path)[0].page.blocks
    assert [block.text for block in blocks] == [" ".join(SENTENCES[:2]), "\n".join(rows), SENTENCES[2]]
    assert blocks[1].kind == "table_row"


def test_hyphenated_line_ends_are_rejoined(tmp_path: Path) -> None:
    path = tmp_path / "hyphens.pdf"
    drawer = Drawer(path)
    lines = [
        "Les achats socialement respon-",
        "sables associent le porte-",
        "parole des entreprises auto-",
        "entrepreneuses de la Région Centre-",
        "Val de Loire pour la période 2024-",
        "2028.",
    ]
    for index, line in enumerate(lines):
        drawer.text(LEFT, 80 + index * 12, line)
    drawer.save()
    block = read(path)[0].page.blocks[0]
    assert block.text == (
        "Les achats socialement responsables associent le porte-parole des entreprises "
        "auto-entrepreneuses de la Région Centre-Val de Loire pour la période 2024-2028."
    )
    assert block.orig == "\n".join(lines)


def test_ligature_glyph_is_spelt_out(tmp_path: Path) -> None:
    font_path = os.path.join(os.path.dirname(reportlab.__file__), "fonts", "Vera.ttf")
    pdfmetrics.registerFont(TTFont("VeraTest", font_path))
    path = tmp_path / "ligature.pdf"
    drawer = Drawer(path)
    drawer.text(LEFT, 80, "Les ﬁlières de réemploi et les ﬂux de déchets sont suivis.", "VeraTest", 10)
    drawer.save()
    block = read(path)[0].page.blocks[0]
    assert block.text == "Les filières de réemploi et les flux de déchets sont suivis."


def test_bullets_become_list_items_without_glyph(tmp_path: Path) -> None:
    path = tmp_path / "bullets.pdf"
    drawer = Drawer(path)
    items = [Para(SENTENCES[0] + " " + SENTENCES[1], bullet="•"), Para(SENTENCES[2], bullet="•")]
    top = drawer.column(LEFT, 80, 300, [Para("Les actions prévues :")], gap=4)
    drawer.column(LEFT, top, 300, items, gap=2)
    drawer.save()
    blocks = read(path)[0].page.blocks
    assert [block.text for block in blocks] == ["Les actions prévues :", items[0].text, items[1].text]
    assert [block.kind for block in blocks] == ["paragraph", "list_item", "list_item"]
    assert blocks[1].orig.split()[0] in {"•", "(cid:127)"}  # Helvetica's bullet has no Unicode map


def test_running_headers_footers_and_page_numbers_removed(tmp_path: Path) -> None:
    path = tmp_path / "furniture.pdf"
    drawer = Drawer(path)
    bodies = [SENTENCES[0], SENTENCES[1], SENTENCES[2]]
    for number, body in enumerate(bodies, start=1):
        drawer.text(LEFT, 25, "Région Exemple · SPASER 2024-2028", "Helvetica", 8)
        drawer.column(LEFT, 100, RIGHT - LEFT, [Para(body)])
        drawer.text(LEFT, HEIGHT - 35, "Schéma des achats responsables", "Helvetica", 8)
        drawer.text(RIGHT - 10, HEIGHT - 35, str(number), "Helvetica", 8)
        drawer.page()
    drawer.save()
    pages = [result.page for result in read(path)]
    remove_running_furniture(pages)
    text = assemble_text(pages)
    assert text == "\f".join(bodies)
    assert [block.text for block in pages[1].removed] == [
        "Région Exemple · SPASER 2024-2028",
        "Schéma des achats responsables",
        "2",
    ]


def test_empty_page_is_not_usable(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    drawer = Drawer(path)
    drawer.canvas.rect(100, 100, 200, 200, fill=1)
    drawer.save()
    result = read(path)[0]
    assert not result.usable and result.reason == "no_text"
    assert result.char_count == 0 and result.page.blocks == []


def test_doubled_characters_are_dropped_exactly_as_pdfplumber_drops_them(tmp_path: Path) -> None:
    from spaser_nlp.ingest.pdf_text import deduplicated

    path = tmp_path / "overprinted.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for shift in (0.0, 0.3, 0.6):  # fake bold: the same line printed three times, a fraction of a point apart
        pdf.drawString(LEFT + shift, 700, "Axe 1 : achats responsables")
    pdf.drawString(LEFT, 650, "Réduire de 40 % les émissions")
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(LEFT, 650.2, "Réduire")  # another font over the same letters: kept
    pdf.drawString(300, 600, "Fin fin fin")
    pdf.save()
    sample = Path(__file__).resolve().parents[2] / "corpora" / "samples" / "metropole-exemple" / "metropole-exemple.pdf"
    for source in (path, sample):
        with pdfplumber.open(source) as document:
            for page in document.pages[:3]:
                expected = page.dedupe_chars().chars
                kept = deduplicated(page).chars
                assert len(kept) == len(expected) and all(a is b for a, b in zip(kept, expected))
                if source == path:
                    assert len(page.chars) - len(kept) == 2 * len("Axe 1 : achats responsables")
    with pdfplumber.open(path) as document:
        first = read_text_layer(document.pages[0], 1).blocks[0].text
    assert first.startswith("Axe 1 : achats responsables ")  # once, not three times


@pytest.mark.slow
def test_deduplicated_pages_keep_pdfplumbers_characters_on_every_sample_page() -> None:
    from spaser_nlp.ingest.pdf_text import deduplicated

    samples = sorted((Path(__file__).resolve().parents[2] / "corpora" / "samples").glob("*/*.pdf"))
    pages = 0
    for source in samples:
        with pdfplumber.open(source) as document:
            for page in document.pages:
                expected, kept = page.dedupe_chars(), deduplicated(page)
                assert [id(c) for c in kept.chars] == [id(c) for c in expected.chars], (source.name, page.page_number)
                assert all(len(kept.objects.get(k, [])) == len(v) for k, v in expected.objects.items() if k != "char")
                pages += 1
    assert pages >= 80
