"""An indicator table whose column titles were left above it as headings, over rows numbered "1.1"."""

from __future__ import annotations

from spaser_nlp.document import BBox
from spaser_nlp.segment import indicator_rows, segment

ROWS = (
    "1.1 Part des marchés intégrant une clause sociale\t22 %\t35 % (2027)\n"
    "1.2 Nombre de marchés réservés\t1\t15\n"
    "2.1 Émissions de GES liées aux achats (tCO2e)\t96 000 (2019)\t-40 % en 2030"
)


def _place(doc, index: int, x0: float, y0: float, x1: float, y1: float) -> None:
    doc.pages[0].blocks[index].bbox = BBox(x0=x0, y0=y0, x1=x1, y1=y1)


def test_titles_left_as_headings_become_the_header(build):
    doc = build([[
        ("heading", "Tableau de synthèse des indicateurs", 14),
        ("paragraph", "Le tableau reprend les principaux indicateurs du schéma."),
        ("heading", "Indicateur", 9),
        ("heading", "Valeur de référence (2022) Cible 2028", 9),
        ("table_row", ROWS, 9, False),
    ]])
    _place(doc, 1, 50, 75, 545, 115)
    _place(doc, 2, 54, 127, 97, 136)
    _place(doc, 3, 311, 127, 474, 136)
    _place(doc, 4, 54, 144, 519, 200)
    doc = segment(doc)
    [table] = doc.tables
    assert table.kind == "indicators"
    assert table.header == ["Indicateur", "Valeur de référence (2022)", "Cible 2028"]
    assert len(table.rows) == 3
    rows = indicator_rows(doc, table)
    assert [(r.number, r.indicator, r.reference, r.targets) for r in rows][0] == (
        "1.1", "Part des marchés intégrant une clause sociale", "22 %", [("35 % (2027)", 2028)],
    )


def test_a_table_of_figures_without_titles_keeps_its_first_row(build):
    doc = build([[
        ("heading", "Répartition des achats", 12),
        ("table_row", "Travaux\t286\t58 %\nServices\t412\t27 %", 9, False),
    ]])
    [table] = segment(doc).tables
    assert table.kind == "other" and table.header == ["Travaux", "286", "58 %"]
