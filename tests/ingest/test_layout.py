"""Reading order and blocks from synthetic word boxes (no PDF involved)."""

from __future__ import annotations

from spaser_nlp.ingest.layout import BoxRect, HRule, LayoutWord, group_lines, layout_page

CHAR = 5.0  # width of one character, in points, for these synthetic words
SPACE = 3.0


def row(text: str, x: float, y: float, size: float = 10.0, bold: bool = False, space: float = SPACE) -> list[LayoutWord]:
    words = []
    for token in text.split():
        words.append(LayoutWord(token, x, x + CHAR * len(token), y, y + size, size, bold))
        x += CHAR * len(token) + space
    return words


def column(lines: list[str], x: float, y: float, leading: float = 12.0) -> list[LayoutWord]:
    words: list[LayoutWord] = []
    for index, line in enumerate(lines):
        words += row(line, x, y + index * leading)
    return words


def texts(words: list[LayoutWord], rules=(), boxes=()) -> list[str]:
    return [block.text for block in layout_page(words, rules, boxes)]


def test_gutter_splits_a_row_but_justified_spaces_do_not() -> None:
    left = column(["alpha beta gamma delta", "epsilon zeta eta theta", "iota kappa lambda mu"], 50, 100)
    right = column(["un deux trois quatre", "cinq six sept huit", "neuf dix onze douze"], 200, 100)
    # A justified line: 11-point spaces, with full lines above and below covering them.
    justified = row("nu xi omicron", 50, 136, space=11.0)
    lines = group_lines(left + right + justified)
    assert "nu xi omicron" in [line.text for line in lines]
    assert "alpha beta gamma delta" in [line.text for line in lines]


def test_two_columns_with_aligned_paragraph_gaps_read_column_by_column() -> None:
    words = (
        column(["gauche un a", "gauche un b."], 50, 100)
        + column(["gauche deux a", "gauche deux b."], 50, 140)
        + column(["droite un a", "droite un b."], 250, 100)
        + column(["droite deux a", "droite deux b."], 250, 140)
    )
    assert texts(words) == [
        "gauche un a gauche un b.",
        "gauche deux a gauche deux b.",
        "droite un a droite un b.",
        "droite deux a droite deux b.",
    ]


def test_three_columns_between_full_width_bands() -> None:
    words = row("Titre du schéma des achats responsables de la collectivité", 50, 40, 16, True)
    for index, x in enumerate((50, 200, 350)):
        words += column([f"haut{index} ligne un", f"haut{index} ligne deux", f"haut{index} ligne trois."], x, 80)
    words += row("Une bande pleine largeur qui traverse les trois colonnes du milieu de la page", 50, 130)
    for index, x in enumerate((50, 200, 350)):
        words += column([f"bas{index} ligne un", f"bas{index} ligne deux", f"bas{index} ligne trois."], x, 160)
    assert texts(words) == (
        ["Titre du schéma des achats responsables de la collectivité"]
        + [f"haut{i} ligne un haut{i} ligne deux haut{i} ligne trois." for i in range(3)]
        + ["Une bande pleine largeur qui traverse les trois colonnes du milieu de la page"]
        + [f"bas{i} ligne un bas{i} ligne deux bas{i} ligne trois." for i in range(3)]
    )


def test_box_in_a_column_is_read_in_its_column() -> None:
    left = ["le texte de la colonne gauche", "continue sur plusieurs lignes", "pleines de la colonne gauche", "et finit ici."]
    words = column(left, 50, 100)
    words += row("Encadré", 258, 100, bold=True) + column(["le texte du cadre tient ici."], 258, 114)
    words += column(["la colonne droite reprend sous", "le cadre et finit ici."], 250, 150)
    blocks = layout_page(words, boxes=[BoxRect(250, 95, 400, 130)])
    assert [block.text for block in blocks] == [
        " ".join(left),
        "Encadré",
        "le texte du cadre tient ici.",
        "la colonne droite reprend sous le cadre et finit ici.",
    ]
    assert [block.kind for block in blocks] == ["paragraph", "heading", "box", "paragraph"]


def test_ruled_table_rows_become_one_block_with_tab_separated_cells() -> None:
    words = row("Indicateur", 50, 100, bold=True) + row("Cible", 300, 100, bold=True) + row("2028", 400, 100, bold=True)
    words += row("Part des marchés", 50, 120) + row("25 %", 300, 120) + row("30 %", 400, 120)
    words += row("avec clause", 50, 132)  # the first cell wraps onto a second line
    words += row("Heures", 50, 152) + row("150 000", 300, 152) + row("200 000", 400, 152)
    rules = [HRule(45, 500, y) for y in (96, 116, 148, 166)]
    blocks = layout_page(words, rules)
    assert [block.text for block in blocks] == [
        "Indicateur\tCible\t2028\nPart des marchés avec clause\t25 %\t30 %\nHeures\t150 000\t200 000"
    ]
    assert blocks[0].kind == "table_row"


def test_bullets_headings_and_paragraph_breaks() -> None:
    words = row("Objectif 1.1", 50, 80, 12, True)
    words += column(["Une phrase qui ouvre", "le paragraphe."], 50, 100)
    words += row("• Développer les", 50, 130) + row("clauses sociales", 62, 142)
    words += row("• Systématiser", 50, 156)
    blocks = layout_page(words)
    assert [(block.kind, block.text) for block in blocks] == [
        ("heading", "Objectif 1.1"),
        ("paragraph", "Une phrase qui ouvre le paragraphe."),
        ("list_item", "Développer les clauses sociales"),
        ("list_item", "Systématiser"),
    ]
    assert blocks[2].orig == "• Développer les\nclauses sociales"
