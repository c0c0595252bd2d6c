"""Round 21: causes read off the read sets fresh29-fresh34 (communes, départements, State bodies, press, Belgian,
Luxembourg and Monaco public bodies, companies). Sentences written for these tests in the shapes found (none is a
passage of a real set); the guards check what must not change."""

from __future__ import annotations

import pytest

from spaser_nlp.extract import extract_objectives


def _records(text: str) -> list[tuple]:
    return [(o.value, o.unit, o.direction, o.kind, o.horizon_year) for o in extract_objectives(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # the infinitive that an objective names is its target, whatever the tense of the sentence
    ("Les objectifs prioritaires du programme étaient de diminuer de 12 % la consommation d'eau pendant la saison "
     "estivale.", [(12.0, "%", "decrease", "relative_change", None)]),
    ("Compte tenu de l'objectif national de réduire de 9 % en 4 ans les ordures ménagères par habitant, le "
     "tonnage collecté par le syndicat est passé de 312 kg en 2009 à 298 kg en 2012.",
     [(9.0, "%", "decrease", "relative_change", None)]),
    # (« a priori » is no compound past)
    ("Monter un plan d'actions pour baisser de 25 % la facture énergétique des écoles n'est a priori pas simple.",
     [(25.0, "%", "decrease", "relative_change", None)]),
    # … or the change noun that an engagement or an objective names
    ("Les échanges ont conduit à l'engagement, d'ici à 2032, d'une baisse de 18,5 % des émissions liées aux "
     "bâtiments du groupe.", [(18.5, "%", "decrease", "relative_change", 2032)]),
    ("La loi a fixé l'objectif de ne plus consommer de terres agricoles à partir de 2050 et a demandé aux "
     "intercommunalités un objectif intermédiaire de réduction de moitié sur la décennie.",
     [(50.0, "%", "decrease", "relative_change", None)]),
])
def test_the_object_of_an_objective_is_a_target_whatever_the_tense(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize("text", [
    # a level told as reached stays a result; a number in parentheses is not the change of the objective
    "L'objectif de réduire de 20 % les déchets a été atteint dès 2019.",
    "Dès 2018, le groupe a été parmi les premiers à adopter un objectif de réduction de ses émissions directes "
    "(catégories 1, 2 et 3) approuvé par l'initiative SBTi.",
])
def test_guards_of_the_object_of_an_objective(text):
    assert _records(text) == []


def test_a_year_told_by_a_past_verb_beside_the_target_is_not_its_horizon():
    text = ("Au vu de l'objectif régional de réduire de 10 % les déchets verts, le volume reçu en déchetterie a "
            "baissé de 4 200 tonnes en 2015 à 3 900 tonnes en 2019.")
    assert _records(text) == [(10.0, "%", "decrease", "relative_change", None)]


def test_a_future_lead_with_a_horizon_announces_the_targets_of_its_items():
    text = ("Pour y parvenir, plusieurs chantiers seront engagés d'ici 2029, avec par exemple :\n"
            "• une baisse de 35 % de la consommation d'eau des équipements sportifs,")
    assert _records(text) == [(35.0, "%", "decrease", "relative_change", 2029)]


def test_a_past_lead_still_reports_results():
    text = ("L'an dernier, plusieurs chantiers ont été menés, avec par exemple :\n"
            "• une baisse de 35 % de la consommation d'eau des équipements sportifs,")
    assert _records(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Tous les restaurants scolaires de la commune proposeront un menu végétarien dans leurs menus.",
     [(100.0, "%", "reach", "rate", None)]),
    ("• Toutes les crèches municipales utiliseront des produits d'entretien écolabellisés.",
     [(100.0, "%", "reach", "rate", None)]),
])
def test_a_universal_subject_of_a_future_verb_is_a_target(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize("text", [
    "Tous les ans, la commune publie le bilan de ses achats.",
    "Toutes les écoles ont intégré des produits bio dans leurs menus.",
])
def test_guards_of_a_universal_subject(text):
    assert _records(text) == []
