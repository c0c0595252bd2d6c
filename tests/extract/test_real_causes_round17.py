"""Round 17 (issue 15, session 11): targets taken for past results, read off the unseen sets fresh21 and fresh22.
Sentences written for these tests in the shapes found (none is a passage of a real set); the guards are results
that must stay results."""

from __future__ import annotations

import pytest

from spaser_nlp.extract import extract_objectives
from spaser_nlp.extract import lexicon as lx


def _records(text: str) -> list[tuple]:
    return [(o.value, o.direction, o.horizon_year) for o in extract_objectives(text)]


@pytest.mark.parametrize("text", [
    "A ce titre, la ville vise",  # an unaccented « À »
    "Il y a une hausse des achats",
    "les bâtiments qui ont une surface de plus de",
    "La réunion a lieu chaque année",
    "La commune a plus de cent agents",
    "Le syndicat a des marchés",
])
def test_closed_class_words_are_not_participles(text):
    assert not lx.PAST.search(text)


@pytest.mark.parametrize("text", [
    "La commune a réduit sa consommation",
    "Le taux s'était élevé à 20 %",
    "Les achats ont été",
    "La part avait baissé",
    "Le conseil a voté",
])
def test_past_tenses_stay_past(text):
    assert lx.PAST.search(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("À cet égard, la régie s'était fixé comme objectif 15 % de réduction de ses consommations d'eau.",
     (15.0, "decrease", None)),
    ("Les hôpitaux s'étaient engagés à atteindre 30 % de produits durables d'ici 2026.", (30.0, "reach", 2026)),
    ("Le ministère a précisé que plusieurs universités prévoient de réduire de 12 % leur consommation d'énergie dès 2025.",
     (12.0, "decrease", 2025)),
    ("A ce titre, le plan vise au moins 20 % du montant des marchés attribués aux entreprises locales.",
     (20.0, "reach", None)),
    # a share right after « objectif » is a value, not a numbered objective (« Objectif 3 »)
    ("La cuisine centrale se donne comme objectif 60% de produits locaux.", (60.0, "reach", None)),
])
def test_targets_found_again(text, expected):
    assert _records(text)[:1] == [expected]


@pytest.mark.parametrize("text", [
    "Le taux s'était élevé à 20 % en 2019.",
    "La directrice a indiqué que la commune a réduit de 18 % sa consommation en 2022.",
    "Il y a une baisse de 12 % des déchets depuis 2015.",
])
def test_results_stay_results(text):
    assert _records(text) == []


@pytest.mark.parametrize("text", ["L'objectif 3 du schéma porte sur les clauses sociales.",
                                  "Voir l'action 12 et l'axe 2 du plan."])
def test_numbered_items_stay_references(text):
    assert _records(text) == []
