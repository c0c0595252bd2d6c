"""The plan tree on hand-built documents in several authorities' styles."""

from __future__ import annotations

from spaser_nlp.document import CleanedText
from spaser_nlp.segment import section_at, section_path, segment


def tree(document):
    return [(s.kind, s.number, s.level, next((p.number or p.title for p in document.sections if p.id == s.parent_id), None))
            for s in segment(document).sections]


def test_roman_axes_strategic_and_operational_objectives(build):
    doc = build([[
        ("heading", "Schéma des achats responsables 2025-2029", 22),
        ("paragraph", "Adopté par le conseil départemental."),
        ("heading", "AXE I – Favoriser l'emploi", 16),
        ("heading", "Objectif stratégique I.1 – Généraliser les clauses", 13),
        ("heading", "Objectif opérationnel I.1.1 – Analyser chaque marché", 12),
        ("list_item", "Mesure 1 – Créer un guichet unique des clauses sociales."),
        ("list_item", "Mesure 2 – Former les acheteurs."),
        ("heading", "AXE II – Réduire l'impact environnemental", 16),
        ("heading", "Objectif stratégique II.1 – Décarboner", 13),
    ]])
    assert tree(doc) == [
        ("axe", "I", 1, None),
        ("objectif", "I.1", 2, "I"),
        ("objectif", "I.1.1", 3, "I.1"),
        ("action", "1", 4, "I.1.1"),
        ("action", "2", 4, "I.1.1"),
        ("axe", "II", 1, None),
        ("objectif", "II.1", 2, "II"),
    ]


def test_orientations_priorities_and_numbered_chapters(build):
    doc = build([[
        ("heading", "1. Contexte", 16),
        ("heading", "1.1 Le cadre légal", 13),
        ("heading", "Orientation stratégique n°1 : Agir pour l'emploi", 16),
        ("heading", "Priorité A – Les clauses sociales", 13),
        ("heading", "Action 1.A.1 Systématiser", 11),
        ("heading", "Priorité B – Les marchés réservés", 13),
        ("heading", "Orientation stratégique n°2 : Agir pour le climat", 16),
        ("heading", "Glossaire", 13),
    ]])
    sections = segment(doc).sections
    assert [(s.kind, s.number, s.level) for s in sections] == [
        ("chapitre", "1", 1), ("chapitre", "1.1", 2), ("axe", "1", 1), ("objectif", "A", 2),
        ("action", "1.A.1", 3), ("objectif", "B", 2), ("axe", "2", 1), ("chapitre", None, 1),
    ]
    assert sections[2].label == "Orientation stratégique"


def test_chapter_between_axis_and_objective_sizes_is_not_inside_the_axis(build):
    doc = build([[
        ("heading", "Axe 4 – Piloter", 20),
        ("heading", "Objectif 4.1 – Suivre", 12),
        ("heading", "Le comité de suivi", 12),
        ("heading", "Tableau de synthèse des indicateurs", 15),
    ]])
    assert tree(doc) == [
        ("axe", "4", 1, None), ("objectif", "4.1", 2, "4"), ("chapitre", None, 2, "4"), ("chapitre", None, 1, None),
    ]


def test_ocr_noisy_labels_and_roman_numbers_read_as_digits(build):
    doc = build([[
        ("heading", "AXE Il – Réduire l'impact"),
        ("heading", "0bjectif stratégique 11.1 — Décarboner"),
        ("heading", "Objectif stratégique II.2 — Rénover"),
        ("heading", "Objectif stratégique II.3 — Prévenir"),
        ("paragraph", "Fiche action n° 4 – Mutualiser la facilitation"),
    ]], source="ocr")
    assert [(s.kind, s.number) for s in segment(doc).sections] == [
        ("axe", "II"), ("objectif", "II.1"), ("objectif", "II.2"), ("objectif", "II.3"), ("action", "4"),
    ]


def test_ambition_and_defi_nest_and_recap_is_not_a_second_axis(build):
    doc = build([
        [("heading", "Ambition 1 – L'emploi", 16), ("heading", "Défi 1.1 – Les clauses", 12.6),
         ("heading", "Engagement n°1 – Étendre les clauses", 11), ("heading", "Engagement n°2 – Les heures", 11)],
        [("heading", "Les engagements en un coup d'œil", 21), ("heading", "Ambition 1 – Emploi", 12.6)],
    ])
    sections = segment(doc).sections
    assert [(s.kind, s.number, s.level) for s in sections] == [
        ("axe", "1", 1), ("objectif", "1.1", 2), ("action", "1", 3), ("action", "2", 3),
        ("chapitre", None, 1), ("chapitre", "1", 2),
    ]


def test_box_titles_table_of_contents_and_cover_title_are_not_sections(build):
    doc = build([[
        ("heading", "SPASER 2024-2028", 20),
        ("heading", "Sommaire", 12),
        ("list_item", "Axe 1 – L'emploi – page 4"),
        ("list_item", "Axe 2 – Le climat – page 6"),
        ("heading", "Le saviez-vous ?", 11),
        ("box", "Les achats pèsent la moitié de l'empreinte carbone."),
    ], [("heading", "Axe 1 – L'emploi", 20)]])
    assert [(s.kind, s.title) for s in segment(doc).sections] == [("chapitre", "Sommaire"), ("axe", "Axe 1 – L'emploi")]


def test_indicator_sentences_hang_under_the_current_node(build):
    doc = build([[
        ("heading", "Mesure 12 – Développer les marchés réservés", 12),
        ("paragraph", "Indicateur : nombre de marchés réservés notifiés"),
        ("heading", "Mesure 13 – Payer vite", 12),
    ]])
    assert tree(doc) == [("action", "12", 1, None), ("indicateur", None, 2, "12"), ("action", "13", 1, None)]


def test_flat_fallback_without_typography_or_labels(build):
    doc = build([[("heading", "Introduction"), ("paragraph", "Du texte."), ("heading", "Conclusion")]], source="text")
    sections = segment(doc).sections
    assert [(s.kind, s.level, s.parent_id) for s in sections] == [("chapitre", 1, None), ("chapitre", 1, None)]
    empty = build([[("paragraph", "Un document sans plan.")]], source="text")
    assert segment(empty).sections == []


def test_spans_provenance_and_paths(build):
    doc = segment(build([[
        ("heading", "Axe 2 – Climat", 16),
        ("heading", "Objectif 2.1 – Carbone", 12),
        ("heading", "Action 2.1.3 – Verdir la flotte", 11),
        ("paragraph", "Réduire de 40 % les émissions d'ici 2030."),
        ("heading", "Axe 3 – Économie locale", 16),
    ]]))
    offset = doc.text.index("Réduire")
    assert section_path(doc, offset) == "Axe 2 > Objectif 2.1 > Action 2.1.3"
    assert section_at(doc, offset).kind == "action"
    axe = doc.sections[0]
    assert doc.text[axe.provenance.char_start:axe.provenance.char_end] == "Axe 2 – Climat"
    assert axe.provenance.page == 1 and axe.provenance.bbox is not None
    assert axe.span.end == doc.sections[-1].span.start
    assert section_path(doc, 0) == "Axe 2"


def test_offsets_are_in_cleaned_text_when_the_document_was_cleaned(build):
    doc = build([[("heading", "Axe 1 – UESS", 16), ("paragraph", "Texte.")]])
    raw = doc.text
    cleaned = raw.replace("UESS", "l'ESS")
    cut = raw.index("UESS")
    # Cleaned char i comes from raw offset_map[i]: "l'" both map to the "U".
    offset_map = list(range(cut)) + [cut, cut] + list(range(cut + 1, len(raw) + 1))
    doc.clean = CleanedText(text=cleaned, offset_map=offset_map)
    section = segment(doc).sections[0]
    assert cleaned[section.provenance.char_start:section.provenance.char_end] == "Axe 1 – l'ESS"
    assert raw[section.provenance.raw_start:section.provenance.raw_end] == "Axe 1 – UESS"
    assert section_path(doc, cleaned.index("Texte")) == "Axe 1"


def test_json_round_trip_is_exact(build):
    from spaser_nlp.document import Document

    doc = segment(build([[("heading", "Axe 1 – Emploi", 16), ("table_row", "Indicateur\tCible 2028\nHeures\t500 000")]]))
    assert Document.from_json(doc.to_json()) == doc
