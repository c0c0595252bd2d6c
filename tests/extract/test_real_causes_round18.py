"""Round 18 (issue 15, session 11): causes read off the unseen sets fresh23 and fresh24 (local authorities' climate
and purchasing plans, State bodies). Sentences written for these tests in the shapes found (none is a passage of a
real set); the guards check what must not change."""

from __future__ import annotations

import pytest

from spaser_nlp.extract import extract_objectives
from spaser_nlp.extract.numbers import find_numbers


def _records(text: str) -> list[tuple]:
    return [(o.value, o.direction, o.horizon_year, o.baseline_year) for o in extract_objectives(text)]


def test_fraction_glyphs_are_shares():
    assert [(n.value, n.kind) for n in find_numbers("¼ des marchés, ¾ des repas")] == [(25.0, "fraction"),
                                                                                      (75.0, "fraction")]
    assert [n.value for n in find_numbers("2 ½ heures")] == [2.0]  # a mixed number is not a share


def test_a_fraction_glyph_under_a_lead_of_objectives():
    text = "Objectifs visés :\n• Limiter les emballages\n• ¼ des marchés intégrant des clauses environnementales"
    assert [r[0] for r in _records(text)] == [25.0]


@pytest.mark.parametrize(("text", "expected"), [
    ("Parmi les actions retenues : atteindre 15 % de véhicules électriques dans la flotte.", (15.0, "reach", None, None)),
    ("Ambition du plan : réduire de 30 % les déchets des services d'ici 2028.", (30.0, "decrease", 2028, None)),
])
def test_an_infinitive_of_target_after_a_colon(text, expected):
    assert _records(text)[:1] == [expected]


def test_comparativement_a_gives_the_baseline():
    text = "Le syndicat vise d'ici 2032 une baisse de 45 % des consommations comparativement à 2018."
    assert _records(text) == [(45.0, "decrease", 2032, 2018)]


@pytest.mark.parametrize("text", [
    "Le décret impose aux bâtiments tertiaires de plus de 2 000 m² une réduction de leurs consommations.",
    "Les EPCI de plus de 20 000 habitants adoptent un plan climat.",
    "Les entreprises d'au moins 50 salariés publient un index.",
])
def test_the_size_that_says_who_is_concerned_is_not_a_target(text):
    assert _records(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("La commune va végétaliser 1 500 m² de toitures d'ici 2027.", (1500.0, "reach", 2027, None)),
    ("Réduire la consommation des bâtiments de plus de 40 % d'ici 2030.", (40.0, "decrease", 2030, None)),
    ("Bilan : la part du bio a atteint 30 % en 2022.", None),  # a result after a colon stays a result
])
def test_guards(text, expected):
    assert _records(text)[:1] == ([expected] if expected else [])
