"""Objective records: shapes from the issue, traps, the gold dev split, tables, the document stage."""

from __future__ import annotations

from pathlib import Path

import pytest

from spaser_nlp.evaluate.objectives import evaluate_objectives, load_gold
from spaser_nlp.extract import all_quantities, extract_objectives, objectives_frame, text_document
from spaser_nlp.extract.objectives import analyse_sentence, targets
from spaser_nlp.extract.tables import row_findings

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "corpora" / "objectives" / "gold.jsonl"


def _fields(sentence: str) -> list[tuple]:
    return [(f.value, f.unit, f.direction, f.kind, f.per_year, f.horizon_year, f.comparator) for f in targets(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Porter à 25 % la part des marchés intégrant une clause sociale d'ici 2027.",
         [(25, "%", "increase", "rate", False, 2027, None)]),
        ("Réaliser 150 000 heures d'insertion par an.", [(150000, "heures", "reach", "absolute", True, None, None)]),
        ("Augmenter de 15 % par an le montant des achats auprès des structures de l'ESS.",
         [(15, "%", "increase", "growth_rate", True, None, None)]),
        ("3 marchés réservés supplémentaires chaque année, soit 12 marchés en 2028.",
         [(3, "marchés", "increase", "growth_rate", True, None, None), (12, "marchés", "reach", "absolute", False, 2028, None)]),
        ("Atteindre un montant minimum de 2,5 M€ HT à l'horizon 2026.",
         [(2_500_000, "EUR", "reach", "absolute", False, 2026, ">=")]),
        ("100 % des marchés de travaux comporteront une clause environnementale en 2026.",
         [(100, "%", "reach", "rate", False, 2026, None)]),
        ("Doubler le nombre de marchés attribués à des SIAE.", [(2, "x", "increase", "relative_change", False, None, None)]),
    ],
)
def test_issue_shapes(sentence: str, expected: list[tuple]) -> None:
    assert _fields(sentence) == expected


def test_baseline_year_and_value() -> None:
    (finding,) = targets("Réduire de 40 % les émissions liées aux achats d'ici 2030 (par rapport à 2019).")
    assert (finding.direction, finding.kind, finding.baseline_year) == ("decrease", "relative_change", 2019)
    (finding,) = targets("La Région vise 70 % de véhicules électriques en 2028, contre 12 % aujourd'hui.")
    assert (finding.value, finding.baseline_value, finding.horizon_year) == (70, 12, 2028)


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("En 2023, 1,2 million d'heures ont été réalisées.", "result"),
        ("Le décret n° 2022-767 du 2 mai 2022 précise le contenu des indicateurs.", "date"),
        ("Un budget de 1,8 M€ sur cinq ans est consacré au financement des facilitateurs.", "budget"),
        ("Les collectivités dont le montant annuel des achats est supérieur à 50 millions d'euros adoptent un schéma.", "threshold"),
        ("Le schéma s'articule autour de 4 axes et 24 actions.", "structure_count"),
    ],
)
def test_traps(sentence: str, reason: str) -> None:
    findings = analyse_sentence(sentence)
    assert findings and all(f.reason is not None for f in findings)
    assert reason in {f.reason for f in findings}


def test_schema_period_is_not_a_horizon() -> None:
    assert targets("Le SPASER 2022-2026 de la Ville a été adopté en conseil municipal.") == []


def test_table_row_with_header_years() -> None:
    header = ["Indicateur", "Valeur de référence (2022)", "Cible 2028"]
    (finding,) = row_findings(header, ["Montant des achats auprès des ESAT et des EA", "0,9 M€ HT", "2,5 M€ HT (2026)"])
    assert (finding.value, finding.unit, finding.horizon_year, finding.baseline_value) == (2_500_000, "EUR", 2026, 900_000)
    assert row_findings(["Catégorie", "Nombre de marchés", "Montant"], ["Total", "1 064", "212,4"]) == []


def test_document_stage_offsets_and_frame() -> None:
    text = "Le présent schéma couvre la période 2024-2028.\n\nPorter à 30 % la part des achats durables d'ici 2027."
    document = text_document(text, doc_id="essai")
    objectives = extract_objectives(document)
    assert len(objectives) == 1
    objective = objectives[0]
    assert text[objective.char_start : objective.char_end] == objective.text
    assert objective.doc_id == "essai" and objective.page == 1 and objective.source == "sentence"
    frame = objectives_frame(objectives)
    assert list(frame.columns[:6]) == ["doc_id", "text", "section", "page", "char_start", "char_end"]
    reasons = {r.reason for r in all_quantities(document)}
    assert None in reasons


def test_ocr_noise_keeps_the_objective() -> None:
    assert _fields("Porter a 25 % la part des marchés intégrant une clause sociale d’ici 2027 ,")[0][:2] == (25, "%")


def test_gold_dev_split_meets_targets() -> None:
    scores = evaluate_objectives(load_gold(GOLD, split="dev"))
    assert scores.detection["f1"] >= 0.95
    assert scores.exact["f1"] >= 0.90


def test_gold_has_enough_items_and_traps() -> None:
    items = load_gold(GOLD, split=None)
    assert len(items) >= 400
    assert sum(item["trap"] for item in items) >= len(items) / 3


def test_prepare_runs_each_stage_once_and_raises(tmp_path: Path) -> None:
    from spaser_nlp.errors import SpaserError
    from spaser_nlp.extract import prepare

    path = tmp_path / "plan.txt"
    path.write_text("Axe 1 – Emploi\n\nPorter à 25 % la part des marchés d'ici 2027.\n", encoding="utf-8")
    document = prepare(path)
    assert document.clean is not None
    bare = prepare(path, cleaning=False, segmenting=False)
    assert bare.clean is None and not bare.sections
    with pytest.raises(SpaserError):
        prepare(tmp_path / "missing.pdf")
