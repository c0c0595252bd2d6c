"""Indicator tables: column roles, header repairs, rows as records linked to plan nodes."""

from __future__ import annotations

from spaser_nlp.segment import indicator_rows, segment
from spaser_nlp.segment.tables import column_role, split_merged_header


def test_column_roles_of_common_headers():
    headers = ["N°", "Indicateur", "Unité", "Valeur de réf.", "Année de réf.", "Cible", "Année cible", "Commentaire"]
    assert [column_role(h) for h in headers] == [
        "number", "indicator", "unit", "reference", "reference_year", "target", "target_year", "other",
    ]
    assert column_role("Situation 2023") == "reference" and column_role("Objectif 2030") == "target"


def test_merged_header_cells_are_split_to_the_data_width():
    assert split_merged_header(["Indicateur Situation 2023", "Objectif 2027"], 3) == [
        "Indicateur", "Situation 2023", "Objectif 2027",
    ]


def test_indicator_table_rows_become_records_linked_to_their_node(build):
    doc = segment(build([[
        ("heading", "Axe 1 – Emploi", 16),
        ("heading", "Objectif 1.1 – Clauses sociales", 12),
        ("table_row", "Indicateur\tValeur de référence (2022)\tCible 2028\n"
                      "Part des marchés avec clause sociale\t22 %\t35 %\nHeures d'insertion\t431 000\t500 000"),
        ("heading", "Tableau de synthèse", 16),
        ("table_row", "N° Indicateur\tUnité\tCible\n1.1\tHeures d'insertion\th\t500 000"),
        ("paragraph", "Fiche de suivi."),
        ("table_row", "Rubrique\tContenu\nPilote\tDirection des achats"),
    ]]))
    first, synthesis, other = doc.tables
    assert first.kind == "indicators" and first.roles == ["indicator", "reference", "target"]
    assert first.years == [None, 2022, 2028]
    assert first.section_id == doc.sections[1].id
    rows = indicator_rows(doc, first)
    assert [(r.indicator, r.reference, r.reference_year, r.targets) for r in rows] == [
        ("Part des marchés avec clause sociale", "22 %", 2022, [("35 %", 2028)]),
        ("Heures d'insertion", "431 000", 2022, [("500 000", 2028)]),
    ]
    assert doc.text[rows[0].provenance.char_start:rows[0].provenance.char_end].startswith("Part des marchés")
    assert synthesis.header == ["N°", "Indicateur", "Unité", "Cible"]
    [row] = indicator_rows(doc, synthesis)
    assert row.number == "1.1" and row.unit == "h" and row.section_id == doc.sections[1].id
    assert other.kind == "other" and indicator_rows(doc, other) == []


def test_two_line_header_is_joined(build):
    doc = segment(build([[
        ("table_row", "Indicateur\tValeur\tCible\n\tde référence\t2030\nTonnes de CO2\t96 000\t57 600"),
    ]]))
    [table] = doc.tables
    assert table.header == ["Indicateur", "Valeur de référence", "Cible 2030"]
    assert len(table.rows) == 1 and table.years[2] == 2030
