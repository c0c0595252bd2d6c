"""The plan tree on real outlines of public plans, and the causes fixed after their first run."""

from __future__ import annotations

from pathlib import Path

from spaser_nlp.evaluate.structure import evaluate_structure, summarise
from spaser_nlp.segment import segment
from spaser_nlp.segment.candidates import follows, stacked_heading_starts
from spaser_nlp.segment.labels import parse_label

REAL = Path(__file__).resolve().parents[2] / "corpora" / "structure" / "real-outlines"


def outline(document):
    sections = segment(document).sections
    by_id = {s.id: s for s in sections}
    return [(s.kind, s.title, by_id[s.parent_id].title if s.parent_id else None) for s in sections]


def with_lines(document, block_id: str, orig: str):
    """Give one block the line breaks ingestion keeps in ``orig`` (its ``text`` joins them with spaces)."""
    block = next(b for page in document.pages for b in page.blocks if b.id == block_id)
    assert " ".join(orig.split("\n")) == block.text
    block.orig = orig
    return document


def test_a_letter_before_an_apostrophe_is_not_a_label_number() -> None:
    assert parse_label("CHAPITRE 2. L'IMPORTANCE DES ENJEUX CLIMATIQUES").number == "2"
    assert parse_label("Objectif 1. D’ici 2025, former les acheteurs").number == "1"
    assert parse_label("Objectif 2.l – Réduire").number == "2.1"  # OCR "l" for "1" still read


def test_sibling_numbers_in_sequence() -> None:
    assert follows("I.2", "I.3") and follows("1.3.1", "1.3.2") and follows("II", "III") and follows("A", "B")
    assert not follows("1.2", "1.4") and not follows("1.2", "2.1") and not follows("I.2", "I.2.1")
    lines = ["II.2 Fixer des objectifs", "II.3 Développer son plan d'action", "II.4 Mettre en oeuvre"]
    assert stacked_heading_starts(lines) == [0, 1, 2]
    assert stacked_heading_starts(["1.2 Les achats répartis en", "3 domaines prioritaires"]) == [0]


def test_stacked_sibling_headings_are_split(build) -> None:
    doc = build([[
        ("heading", "PARTIE II Niveau organisationnel", 14),
        ("heading", "II.2 Fixer des objectifs II.3 Développer son plan d'action", 11),
        ("paragraph", "Texte de l'étape."),
        ("heading", "1.2 Les achats répartis en 3 domaines", 11),
    ]])
    with_lines(doc, "p1-b1", "II.2 Fixer des objectifs\nII.3 Développer son plan d'action")
    with_lines(doc, "p1-b3", "1.2 Les achats répartis en\n3 domaines")
    assert [title for _, title, _ in outline(doc)] == [
        "PARTIE II Niveau organisationnel", "II.2 Fixer des objectifs", "II.3 Développer son plan d'action",
        "1.2 Les achats répartis en 3 domaines",
    ]


def test_headings_run_into_a_paragraph_continue_the_numbering(build) -> None:
    doc = build([[
        ("heading", "Chapitre II : État des lieux", 13),
        ("heading", "II.2 Objectifs", 11),
        ("paragraph", "Texte de la section. II.3 Outils de sensibilisation II.4 Organisation des acteurs"),
        ("paragraph", "Les acheteurs 2. Les prescripteurs"),
    ]])
    with_lines(doc, "p1-b2", "Texte de la section.\nII.3 Outils de sensibilisation\nII.4 Organisation des acteurs")
    with_lines(doc, "p1-b3", "Les acheteurs\n2. Les prescripteurs")
    assert outline(doc) == [
        ("chapitre", "Chapitre II : État des lieux", None),
        ("chapitre", "II.2 Objectifs", "Chapitre II : État des lieux"),
        ("chapitre", "II.3 Outils de sensibilisation", "Chapitre II : État des lieux"),
        ("chapitre", "II.4 Organisation des acteurs", "Chapitre II : État des lieux"),
    ]


def test_a_body_size_sentence_taken_for_a_heading_is_skipped(build) -> None:
    doc = build([[
        ("heading", "2.1. Le levier de la commande publique", 12),
        ("heading", "Texte de la section.", 10.0, False),
        ("paragraph", "La commande publique pèse lourd dans l'économie du territoire."),
        ("heading", "Les achats durables", 10.0, True),
    ]])
    assert [title for _, title, _ in outline(doc)] == ["2.1. Le levier de la commande publique", "Les achats durables"]


def test_a_bigger_heading_just_above_the_first_axis_holds_the_axes(build) -> None:
    doc = build([[
        ("heading", "Trois axes déclinés", 16),
        ("heading", "Axe 1 : La Région, engagée dans la relance", 13),
        ("heading", "Axe 2 : La commande publique régionale, levier de transformation", 13),
        ("heading", "Mise en oeuvre", 16),
        ("heading", "Le comité de suivi", 13),
    ]])
    assert outline(doc) == [
        ("chapitre", "Trois axes déclinés", None),
        ("axe", "Axe 1 : La Région, engagée dans la relance", "Trois axes déclinés"),
        ("axe", "Axe 2 : La commande publique régionale, levier de transformation", "Trois axes déclinés"),
        ("chapitre", "Mise en oeuvre", None),  # the same type: a part beside the first one
        ("chapitre", "Le comité de suivi", "Mise en oeuvre"),
    ]


def test_a_bigger_recap_title_followed_by_chapters_holds_nothing(build) -> None:
    doc = build([[
        ("heading", "Axe 1 – Emploi", 13),
        ("heading", "Axe 2 – Climat", 13),
        ("heading", "Les 2 axes en un coup d'oeil", 16),
        ("paragraph", "Axe 1 et axe 2 en bref."),
        ("heading", "Mettre en oeuvre le schéma", 13),
    ]])
    assert [parent for _, _, parent in outline(doc)] == [None, None, None, None]


def test_an_objective_set_like_the_chapters_before_the_axes_is_top_level(build) -> None:
    doc = build([[
        ("heading", "GOUVERNANCE ET PILOTAGE DU PLAN", 14),
        ("heading", "OBJECTIF 1 : D'ICI 2025, 100 % DES CONTRATS", 14),
        ("heading", "OBJECTIF 2 : D'ICI 2025, 30 % DES CONTRATS", 14),
        ("heading", "AXE 1 : AIDER LES ACHETEURS", 14),
        ("heading", "Objectif 1.1 – Outiller les acheteurs", 12),
    ]])
    assert [(kind, parent) for kind, _, parent in outline(doc)] == [
        ("chapitre", None), ("objectif", None), ("objectif", None), ("axe", None),
        ("objectif", "AXE 1 : AIDER LES ACHETEURS"),
    ]


def test_real_outlines_score() -> None:
    scores = evaluate_structure(REAL, REAL / "gold.jsonl", forms=["born-digital"])
    total = summarise(scores)["born-digital"]
    assert len(scores) == 8
    assert total.prf[2] >= 0.97 and total.plan_prf[2] >= 0.97
    assert total.parent_accuracy >= 0.97


def test_chantier_is_an_objective_label_and_stays_inside_a_bigger_numbered_chapter(build) -> None:
    label = parse_label("Chantier 1 : Rappeler les obligations ou outils et les faire appliquer")
    assert label is not None and (label.family, label.number) == ("objectif", "1")
    assert parse_label("Chantier du tramway") is None
    doc = build([[
        ("heading", "2 - SECONDE PARTIE - PLAN D'ACTION", 15),
        ("heading", "2.3 - Onze chantiers à mener", 12),
        ("heading", "Chantier 1 : Rappeler les obligations", 10.5),
        ("heading", "Chantier 2 : Inciter les décideurs", 10.5),
        ("heading", "2.4 - Le suivi du plan", 12),
    ]])
    assert [(kind, parent) for kind, _, parent in outline(doc)] == [
        ("chapitre", None), ("chapitre", "2 - SECONDE PARTIE - PLAN D'ACTION"),
        ("objectif", "2.3 - Onze chantiers à mener"), ("objectif", "2.3 - Onze chantiers à mener"),
        ("chapitre", "2 - SECONDE PARTIE - PLAN D'ACTION"),
    ]


def test_held_out_real_outlines_score() -> None:
    held_out = REAL.parent / "real-outlines-heldout"
    total = summarise(evaluate_structure(held_out, held_out / "gold.jsonl", forms=["born-digital"]))["born-digital"]
    assert total.prf[2] >= 0.97 and total.plan_prf[2] >= 0.97 and total.parent_accuracy >= 0.97
