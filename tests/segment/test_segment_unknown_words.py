"""Plan levels named with label words the rules do not know, and numbered runs that are not plan levels."""

from __future__ import annotations

from pathlib import Path

import pytest

from spaser_nlp.document import BBox, Word
from spaser_nlp.evaluate.structure import evaluate_structure, summarise
from spaser_nlp.segment import segment
from spaser_nlp.segment.candidates import stacked_heading_starts
from spaser_nlp.segment.labels import parse_shape

COVER = [("paragraph", "Séance du conseil communautaire.")]
UNKNOWN = Path(__file__).resolve().parents[2] / "corpora" / "structure" / "unknown-words"


def outline(document):
    """(kind, number, parent title) of each section (tests put a cover page first: page 1's biggest heading is the title)."""
    sections = segment(document).sections
    by_id = {s.id: s for s in sections}
    return [(s.kind, s.number, by_id[s.parent_id].title if s.parent_id else None) for s in sections]


def test_the_shape_of_a_label_with_an_unknown_word() -> None:
    shape = parse_shape("Domaine d'action 2 : Restauration collective")
    assert shape is not None and (shape.label, shape.number, shape.depth) == ("Domaine d'action", "2", 1)
    assert parse_shape("Projet 1.1.2 – Suivre les heures").number == "1.1.2"
    for text in ("Article 1 : Objet", "Annexe 2 – Glossaire", "Tableau 2 : Répartition", "Figure 3 : Part",
                 "Page 4", "Étape 1 : Se préparer", "Lot 1 – Voirie", "Juin 2026 : adoption",
                 "Outil 5 Les tableaux", "Programme 1", "les 3 - axes", "Axe 1 – Emploi"):
        assert parse_shape(text) is None, text


def test_a_run_of_an_unknown_word_above_known_actions_is_the_axis_level(build) -> None:
    doc = build([COVER, [
        ("heading", "Préambule", 14),
        ("heading", "Finalité 1 : Permettre l'épanouissement de tous", 14),
        ("heading", "Action 1 – Ouvrir les marchés de restauration", 12),
        ("heading", "Finalité 2 : Préserver la biodiversité", 14),
        ("heading", "Action 2 – Gérer les espaces verts", 12),
    ]])
    assert outline(doc) == [
        ("chapitre", None, None),
        ("axe", "1", None), ("action", "1", "Finalité 1 : Permettre l'épanouissement de tous"),
        ("axe", "2", None), ("action", "2", "Finalité 2 : Préserver la biodiversité"),
    ]


def test_two_unknown_levels_below_a_known_axis_take_the_next_ranks(build) -> None:
    doc = build([COVER, [
        ("heading", "Axe stratégique 1 – Emploi", 16),
        ("heading", "Programme 1.1 : Développer les clauses d'insertion", 13),
        ("heading", "Projet 1.1.1 – Créer un guichet unique", 11),
        ("heading", "Programme 1.2 : Ouvrir les marchés", 13),
        ("heading", "Projet 1.2.1 – Allotir les marchés", 11),
        ("heading", "Axe stratégique 2 – Climat", 16),
        ("heading", "Programme 2.1 : Réduire l'empreinte carbone", 13),
        ("heading", "Projet 2.1.1 – Calculer le bilan carbone", 11),
    ]])
    assert [kind for kind, _, _ in outline(doc)] == [
        "axe", "objectif", "action", "objectif", "action", "axe", "objectif", "action",
    ]
    assert outline(doc)[7] == ("action", "2.1.1", "Programme 2.1 : Réduire l'empreinte carbone")


def test_an_unknown_level_without_known_labels_is_the_axis_level(build) -> None:
    doc = build([COVER, [
        ("heading", "THÉMATIQUE 1 – ACHATS SOCIALEMENT RESPONSABLES", 14),
        ("heading", "Les clauses d'insertion", 12),
        ("heading", "THÉMATIQUE 2 – ACHATS ÉCOLOGIQUEMENT RESPONSABLES", 14),
    ]])
    assert outline(doc) == [
        ("axe", "1", None), ("chapitre", None, "THÉMATIQUE 1 – ACHATS SOCIALEMENT RESPONSABLES"), ("axe", "2", None),
    ]


@pytest.mark.parametrize("word", ["Article", "Annexe", "Tableau", "Figure", "Étape", "Lot", "Critère", "Module"])
def test_numbered_runs_of_other_things_are_not_plan_levels(build, word: str) -> None:
    doc = build([COVER, [
        ("heading", "Décision", 14),
        ("heading", f"{word} 1 : Le schéma est approuvé", 12),
        ("heading", f"{word} 2 : Le président est chargé de sa mise en œuvre", 12),
        ("heading", f"{word} 3 : Un bilan est présenté chaque année", 12),
    ]])
    assert [kind for kind, _, _ in outline(doc)] == ["chapitre"] * 4


def test_a_single_heading_or_a_broken_sequence_is_not_a_run(build) -> None:
    single = build([COVER, [("heading", "Programme 1 : Accueillir", 14), ("heading", "Le contexte", 12)]])
    assert [kind for kind, _, _ in outline(single)] == ["chapitre", "chapitre"]
    gap = build([COVER, [("heading", "Programme 1 : Accueillir", 14), ("heading", "Programme 3 : Loger", 14)]])
    assert [kind for kind, _, _ in outline(gap)] == ["chapitre", "chapitre"]
    late = build([COVER, [("heading", "Programme 2 : Accueillir", 14), ("heading", "Programme 3 : Loger", 14)]])
    assert [kind for kind, _, _ in outline(late)] == ["chapitre", "chapitre"]


def test_a_run_in_mixed_type_is_not_a_plan_level(build) -> None:
    doc = build([COVER, [
        ("heading", "Programme 1 : Accueillir les nouveaux habitants", 16),
        ("heading", "Programme 2 : Loger les jeunes actifs", 11),
    ]])
    assert [kind for kind, _, _ in outline(doc)] == ["chapitre", "chapitre"]


def test_a_run_bigger_than_known_axes_holds_them_as_a_part(build) -> None:
    doc = build([COVER, [
        ("heading", "Livret 1 : La stratégie", 18),
        ("heading", "Axe 1 – Emploi", 14),
        ("heading", "Livret 2 : La mise en œuvre", 18),
        ("heading", "Axe 2 – Climat", 14),
    ]])
    assert outline(doc) == [
        ("chapitre", None, None), ("axe", "1", "Livret 1 : La stratégie"),
        ("chapitre", None, None), ("axe", "2", "Livret 2 : La mise en œuvre"),
    ]


def test_numbered_annexes_set_smaller_than_an_annexes_heading_are_inside_it(build) -> None:
    doc = build([COVER, [
        ("heading", "Axe 1 – Emploi", 14),
        ("heading", "Annexes", 14),
        ("heading", "Annexe 1 – Texte du schéma", 12),
        ("heading", "Annexe 2 – Avis de la commission", 12),
        ("heading", "Figure 1 : Évolution des achats", 12),
    ]])
    assert [parent for _, _, parent in outline(doc)] == [None, None, "Annexes", "Annexes", "Annexes"]


def test_unknown_word_documents_score() -> None:
    scores = evaluate_structure(UNKNOWN, UNKNOWN / "gold.jsonl", forms=["born-digital"])
    total = summarise(scores)["born-digital"]
    assert len(scores) == 6
    assert total.prf[2] >= 0.97 and total.plan_prf[2] >= 0.97 and total.parent_accuracy >= 0.97
    negatives = next(score for score in scores if score.doc_id == "unknown-negatives")
    assert negatives.plan_predicted == 0


def test_a_run_set_and_numbered_like_a_known_level_is_a_side_feature(build) -> None:
    doc = build([COVER, [
        ("heading", "CAP I – Soigner sans abîmer l'environnement", 15),
        ("heading", "Engagement 1 : Réduire l'usage unique", 12),
        ("heading", "CAP II – Acheter sur le territoire", 15),
        ("heading", "Engagement 2 : Allotir la maintenance", 12),
        ("heading", "Nos partenaires", 15),
        ("heading", "Témoignage 1 : l'ESAT de la vallée", 12),
        ("heading", "Témoignage 2 : une PME de maintenance", 12),
    ]])
    assert [kind for kind, _, _ in outline(doc)] == ["axe", "action", "axe", "action", "chapitre", "chapitre", "chapitre"]


def test_a_run_between_two_levels_that_holds_none_of_the_lower_one_is_not_a_level(build) -> None:
    doc = build([COVER, [
        ("heading", "DOMAINE 1 – DES PRODUITS DE QUALITÉ", 15),
        ("heading", "Mesure 1.1 – Servir un repas végétarien", 12),
        ("heading", "Focus 1 : la légumerie intercommunale", 12),
        ("heading", "DOMAINE 2 – MOINS DE GASPILLAGE", 15),
        ("heading", "Mesure 2.1 – Peser les restes", 12),
        ("heading", "Focus 2 : le compostage", 12),
    ]])
    assert [kind for kind, _, _ in outline(doc)] == ["axe", "action", "chapitre", "axe", "action", "chapitre"]


def test_without_type_sizes_a_run_numbered_like_a_known_level_is_above_it_if_it_holds_its_nodes(build) -> None:
    holding = build([COVER, [
        ("heading", "Finalité 1 : Permettre l'épanouissement de tous"),
        ("heading", "Action 1 – Ouvrir les marchés de restauration"),
        ("heading", "Finalité 2 : Préserver la biodiversité"),
        ("heading", "Action 2 – Gérer les espaces verts"),
    ]], source="text")
    assert [kind for kind, _, _ in outline(holding)] == ["axe", "action", "axe", "action"]
    features = build([COVER, [
        ("heading", "Action 1 – Ouvrir les marchés de restauration"),
        ("heading", "Témoignage 1 : l'ESAT de la vallée"),
        ("heading", "Témoignage 2 : une PME de maintenance"),
    ]], source="text")
    assert [kind for kind, _, _ in outline(features)] == ["action", "chapitre", "chapitre"]


def _ocr_lines(document, heights: dict[str, float]):
    """Give each block OCR words whose height is the one given for the block's first line (default 10)."""
    for page in document.pages:
        page.source = "ocr"
        for block in page.blocks:
            block.font_size, block.bold = None, None
            height = heights.get(block.orig.split("\n")[0], 10.0)
            block.words = [Word(text=token, bbox=BBox(x0=0, y0=0, x1=10, y1=height), confidence=90.0)
                           for token in block.text.split()]
    return document


def test_ocr_paragraphs_opening_with_a_run_of_an_unknown_word_are_cut_into_plan_headings(build) -> None:
    doc = build([COVER, [
        ("heading", "Axe 1 – Des produits de qualité"),
        ("paragraph", "Programme 1.1 : Servir des produits locaux Texte du programme sur deux lignes."),
        ("paragraph", "Programme 1.2 : Réduire le gaspillage Texte du programme."),
        ("paragraph", "Article 1 : Le schéma est approuvé Texte de l'article."),
        ("paragraph", "Article 2 : Un bilan est présenté Texte de l'article."),
    ]])
    with_lines = {"p2-b1": "Programme 1.1 : Servir des produits locaux\nTexte du programme sur deux lignes.",
                  "p2-b2": "Programme 1.2 : Réduire le gaspillage\nTexte du programme.",
                  "p2-b3": "Article 1 : Le schéma est approuvé\nTexte de l'article.",
                  "p2-b4": "Article 2 : Un bilan est présenté\nTexte de l'article."}
    for block in doc.pages[1].blocks:
        block.orig = with_lines.get(block.id, block.orig)
    _ocr_lines(doc, {"Axe 1 – Des produits de qualité": 16.0})
    assert [(kind, number, parent) for kind, number, parent in outline(doc)] == [
        ("axe", "1", None),
        ("objectif", "1.1", "Axe 1 – Des produits de qualité"),
        ("objectif", "1.2", "Axe 1 – Des produits de qualité"),
    ]


def test_an_ocr_line_inside_a_paragraph_can_open_a_heading_of_a_run(build) -> None:
    lines = {
        "p2-b1": "Programme 1.1 : Développer les clauses\nProjet 1.1.1 – Créer un guichet unique\nTexte du projet.",
        "p2-b2": "Projet 1.1.2 – Suivre les heures\nTexte du projet.",
        "p2-b3": "Programme 1.2 : Ouvrir les marchés\nProjet 1.2.1 – Allotir les travaux\nTexte du projet.",
    }
    doc = build([COVER, [
        ("heading", "Axe 1 – Emploi"),
        *[("paragraph", " ".join(text.split("\n"))) for text in lines.values()],
    ]])
    for block in doc.pages[1].blocks:
        block.orig = lines.get(block.id, block.orig)
    _ocr_lines(doc, {"Axe 1 – Emploi": 16.0})
    assert outline(doc) == [
        ("axe", "1", None),
        ("objectif", "1.1", "Axe 1 – Emploi"),
        ("action", "1.1.1", "Programme 1.1 : Développer les clauses"),
        ("action", "1.1.2", "Programme 1.1 : Développer les clauses"),
        ("objectif", "1.2", "Axe 1 – Emploi"),
        ("action", "1.2.1", "Programme 1.2 : Ouvrir les marchés"),
    ]


def test_stacked_headings_of_an_unknown_word_are_split(build) -> None:
    assert stacked_heading_starts(["Programme 1.1 : Accueillir", "Programme 1.2 : Loger", "Programme 1.3 : Former"]) == [0, 1, 2]
    assert stacked_heading_starts(["Programme 1.1 : Accueillir les habitants du", "Programme 2 : quartier"]) == [0]
    doc = build([COVER, [
        ("heading", "Axe 1 – Emploi", 16),
        ("heading", "Programme 1.1 : Accueillir Programme 1.2 : Loger", 13),
        ("paragraph", "Texte du programme."),
    ]])
    doc.pages[1].blocks[1].orig = "Programme 1.1 : Accueillir\nProgramme 1.2 : Loger"
    assert outline(doc) == [("axe", "1", None), ("objectif", "1.1", "Axe 1 – Emploi"), ("objectif", "1.2", "Axe 1 – Emploi")]
