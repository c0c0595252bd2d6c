"""Round 23 (session 13): a fraction written with a slash is a share, valued like « un tiers » by the conventions
(`corpora/objectives/ROUND12_RULE.md`). Sentences written for these tests, not copied from any set."""

from __future__ import annotations

import pytest

from spaser_nlp.extract import extract_objectives
from spaser_nlp.extract.numbers import find_numbers


@pytest.mark.parametrize(("text", "value"), [
    ("dont 2/5 de la production biologique", 40.0),
    ("les 3 /4 des déchets de bureau", 75.0),
    ("1/3 du budget", 33.33),
    ("près de 2/3 d'entre eux", 66.67),
])
def test_a_slash_fraction_of_something_is_a_share(text: str, value: float) -> None:
    fractions = [n for n in find_numbers(text) if n.kind == "fraction"]
    assert [n.value for n in fractions] == [value]


@pytest.mark.parametrize("text", [
    "un accueil 24/7 de qualité",  # round the clock
    "2/8 tâches réalisées",  # a count of tasks, nothing follows as a whole
    "le 3/4 décembre",  # dates
    "5/5 des marchés",  # no share: the whole or more
    "3/2 des lots",
])
def test_other_slashes_are_not_shares(text: str) -> None:
    assert not [n for n in find_numbers(text) if n.kind == "fraction"]


def test_a_slash_fraction_can_be_a_target() -> None:
    found = [(o.value, o.unit, o.horizon_year) for o in extract_objectives(
        "D'ici 2029, 3/4 des véhicules achetés par le syndicat devront rouler à l'électricité.")]
    assert found == [(75.0, "%", 2029)]


def test_a_slash_fraction_of_today_is_no_target() -> None:
    assert extract_objectives("Aujourd'hui, les 2/3 de la flotte roulent encore au diesel.") == []
