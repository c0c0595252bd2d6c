"""Round 19: causes read off the read sets fresh27 and fresh28 (local authorities' energy and waste plans, State
bodies). Sentences written for these tests in the shapes found (none is a passage of a real set); the guards check
what must not change."""

from __future__ import annotations

import pytest

from spaser_nlp.extract import extract_objectives


def _records(text: str) -> list[tuple]:
    return [(o.value, o.unit, o.direction, o.horizon_year, o.baseline_value) for o in extract_objectives(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("La part du charbon dans le mix devra être ramenée de 60 à 30 % d'ici 2035.", (30.0, "%", "decrease", 2035, 60.0)),
    ("Le plan doit abaisser le taux de logements vacants de 12 % à 8 % en 2030.", (8.0, "%", "decrease", 2030, 12.0)),
    ("Il faudra réduire la part des trajets en voiture des agents de 70 à 45 % d'ici 2028.",
     (45.0, "%", "decrease", 2028, 70.0)),
])
def test_a_level_brought_down_from_a_to_b_is_one_target(text, expected):
    assert _records(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Le tri des biodéchets concerne au 1er janvier 2022, 40 % des foyers du territoire pour un objectif 2030 de 80 %.",
     (80.0, "%", "reach", 2030, None)),
    ("Le parc compte 12 % de véhicules propres au 1er janvier 2023, avec un objectif de 50 % d'ici 2030.",
     (50.0, "%", "reach", 2030, None)),
])
def test_the_level_of_today_before_pour_un_objectif_is_not_a_target(text, expected):
    assert _records(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Le syndicat propose aux communes un schéma directeur, visant à atteindre un éclairage composé à 90 % de "
     "lampes LED.", (90.0, "%", "reach", None, None)),
    ("La région a adopté une feuille de route, visant à porter la part du vélo à 12 % en 2030.",
     (12.0, "%", "increase", 2030, None)),
])
def test_the_object_of_visant_a_is_a_target(text, expected):
    assert _records(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("La part du bio passera de 20 à 50 % en 2027.", [(50.0, "%", "increase", 2027, 20.0)]),
    ("Elle est passée de 62 à 57 % entre 2015 et 2019.", []),  # a past fall stays a result
    ("L'obligation est fixée à au moins 50 % des bus à partir de 2020 avec un objectif de 100 % d'ici 2024.",
     [(50.0, "%", "reach", 2020, None), (100.0, "%", "reach", 2024, None)]),  # a set level before the objective
    ("Les actions visant à réduire les déchets ont permis une baisse de 20 % en 2022.", []),  # no number in its object
])
def test_guards(text, expected):
    assert _records(text) == expected
