"""What extraction parses ahead, and that its memoised work never changes a result."""

from __future__ import annotations

from pathlib import Path

import pytest

from spaser_nlp.extract import clear_caches, text_document
from spaser_nlp.extract.collect import collect
from spaser_nlp.extract.objectives import candidate_clauses

SAMPLES = Path(__file__).resolve().parents[2] / "corpora" / "samples"


@pytest.mark.parametrize("sentence", [
    "Défi 2.1 – Décarboner nos achats",  # a heading's number
    "14 novembre 2024 : avis de la commission des finances.",  # a date
    "Le premier schéma comptait 3 axes et 17 actions.",  # counts of plan parts
    "Un bilan sera réalisé tous les deux ans.",  # a frequency
    "Elle a été étendue par la loi n° 2015-992 du 17 août 2015.",  # a reference
])
def test_numbers_ruled_out_by_their_shape_are_not_parsed_ahead(sentence: str) -> None:
    assert candidate_clauses(sentence)  # the number is a candidate …
    assert candidate_clauses(sentence, parse=True) == []  # … that never reaches the parse


@pytest.mark.parametrize("sentence", [
    "Réduire de 40 % les émissions d'ici 2030.",
    "Le schéma vise 1 000 heures d'insertion par an.",
    "Toutes les cantines serviront 50 % de produits durables en 2026.",
])
def test_possible_targets_are_parsed_ahead(sentence: str) -> None:
    assert candidate_clauses(sentence, parse=True) == candidate_clauses(sentence) != []


@pytest.mark.slow
def test_results_do_not_depend_on_what_is_memoised() -> None:
    # a cold run (every cache emptied), a warm one, and a run after a different text: the same records
    text = next(SAMPLES.glob("*/*-exemple.txt")).read_text(encoding="utf-8")[:20_000]

    def records() -> list[tuple]:
        return [(r.start, r.end, r.source, r.finding.value, r.finding.unit, r.finding.reason, r.finding.direction,
                 r.finding.horizon_year, r.finding.confidence, r.finding.cues) for r in collect(text_document(text))]

    clear_caches()
    cold = records()
    assert cold == records()
    clear_caches()
    collect(text_document("Objectif : 30 % de marchés clausés en 2027, contre 12 % en 2022."))
    assert records() == cold
