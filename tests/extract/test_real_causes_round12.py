"""Round 12 (issue 15): a pledge told in any tense is a target. The cause was counted over every read real set
(fresh..fresh10, the shared dev set, corpora/real): reported commitments in the past or the imperfect (« s'est donc
engagée à réduire », « promettait de protéger ») were read as past results. Sentences written for these tests in the
shapes found (none is a passage of a real set); the guards are results and pledges of a past that was kept."""

from __future__ import annotations

import pytest

from spaser_nlp.extract import extract_objectives


def _records(text: str) -> list[tuple]:
    return [(o.value, o.direction, o.horizon_year) for o in extract_objectives(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Le Luxembourg a ratifié l'accord et s'est donc engagé à réduire de 55 % ses émissions d'ici à 2030, par rapport "
     "à 2005.", (55.0, "decrease", 2030)),
    ("La présidente promettait alors de protéger 30 % des forêts de la région.", (30.0, "reach", None)),
    ("Les communes se sont ainsi engagées à diviser par deux leurs déchets d'ici 2030.", (2.0, "decrease", 2030)),
    ("Le ministre avait promis de porter à 25 % la part du bio dans les cantines en 2027.", (25.0, "increase", 2027)),
    ("Le gouvernement a promis 50 000 bornes de recharge d'ici 2028.", (50000.0, "reach", 2028)),
])
def test_a_pledge_in_the_past_is_a_target(text, expected):
    assert _records(text)[:1] == [expected]


@pytest.mark.parametrize("text", [
    "La commune a réduit de 20 % sa consommation d'énergie en 2021.",  # a result, no pledge
    "Comme elle s'y était engagée, la ville a atteint 40 % de produits bio en 2022.",  # a pledge kept: a result
    "Le maire a rappelé que 35 % des repas étaient déjà bio en 2019.",  # a statistic
])
def test_results_stay_results(text):
    assert _records(text) == []


# --- round 13: a horizon at the head of a sentence dates each target; « et de / puis de » after long complements -----

@pytest.mark.parametrize(("text", "expected"), [
    ("À l'horizon 2035 par rapport à 2019, la métropole vise une baisse de 30 % de ses émissions et une baisse de "
     "20 % de sa consommation d'eau.", [(30.0, 2035, 2019), (20.0, 2035, 2019)]),
    ("Des objectifs chiffrés pour 2028 : une réduction des déchets de 15 % par rapport à 2020, une hausse de 10 % du "
     "réemploi et 40 % de papier recyclé.", [(15.0, 2028, 2020), (10.0, 2028, None), (40.0, 2028, None)]),
])
def test_a_head_horizon_dates_every_target(text, expected):
    assert [(o.value, o.horizon_year, o.baseline_year) for o in extract_objectives(text)] == expected


def test_a_head_horizon_does_not_date_a_target_that_has_its_own_year():
    text = "D'ici 2030, la ville réduira ses émissions de 40 % et portera à 50 % la part du bio dès 2027."
    assert [(o.value, o.horizon_year) for o in extract_objectives(text)] == [(40.0, 2030), (50.0, 2027)]


@pytest.mark.parametrize("text", [
    "Réduire le gaspillage de 50 % d'ici 2025, par rapport à 2015, dans la restauration collective, et de 50 % d'ici "
    "2030 dans la distribution.",
    "La ville réduira ses émissions de 40 % d'ici 2030, puis de 80 % en 2050.",
])
def test_a_second_change_after_long_complements_shares_the_verb(text):
    records = extract_objectives(text)
    assert [(o.direction, o.kind) for o in records] == [("decrease", "relative_change")] * 2
