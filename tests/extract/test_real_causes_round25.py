"""Round 25: causes read off pool S (fresh39, the French press; fresh40) and counted over every read set: a list item
that opens on a change noun (« - Baisse à 30 % de … », « • la réduction des émissions : -35 % … »); a share alone in
its sentence that the next sentence names as the objective (« 15 %. C'est l'objectif de réduction … »); the level of
today at the start of a change (« de 15 % aujourd'hui à 32 % en 2030 »), which made the whole clause a result.
Sentences written for these tests in the shapes found (none is a passage of a real set); the guards check what must
not change."""

from __future__ import annotations

import pytest

from spaser_nlp.extract import extract_objectives, text_document


def _records(text: str) -> list[tuple]:
    return [(o.value, o.unit, o.direction, o.kind) for o in extract_objectives(text_document(text))]


@pytest.mark.parametrize("text, expected", [
    ("- Hausse à 25 % de la part des trajets domicile-travail en covoiturage.", [(25.0, "%", "increase", "rate")]),
    ("- Diminution de 12 % des volumes de déchets enfouis.", [(12.0, "%", "decrease", "relative_change")]),
    # with an article, and the change levels after a colon
    ("• la baisse des consommations d'eau : -18 % dans les bâtiments scolaires, -9 % dans les gymnases ;",
     [(18.0, "%", "decrease", "relative_change"), (9.0, "%", "decrease", "relative_change")]),
])
def test_a_list_item_that_opens_on_a_change_noun(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize("text", [
    # a change told as done: a past verb, « depuis », « entre … et … »
    "- la baisse de 12 % des consommations a été constatée en 2022.",
    "- Hausse de 12 % des achats bio entre 2019 et 2023.",
    # an article without a list mark: prose, no item of a plan
    "La progression des achats locaux correspond à une hausse de 6 % du chiffre d'affaires des producteurs.",
])
def test_guards_of_a_list_item_that_opens_on_a_change_noun(text):
    assert _records(text) == []


@pytest.mark.parametrize("text, expected", [
    ("40 %. C'est l'objectif de baisse des déchets résiduels que s'est donné le syndicat pour la fin du mandat.",
     [(40.0, "%", "decrease", "relative_change")]),
    ("60 %. Telle est la cible de produits locaux dans les cantines du département.", [(60.0, "%", "reach", "rate")]),
])
def test_a_share_alone_named_as_the_objective_by_the_next_sentence(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize("text", [
    "30 %. C'est la hausse des factures d'énergie relevée l'an dernier par la commune.",
    "12 %. C'est la part des achats responsables dans les marchés de l'an passé.",
])
def test_guards_of_a_share_alone(text):
    assert _records(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Le syndicat veut porter la part des déchets recyclés de 38 % aujourd'hui à 55 % en 2030.",
     [(55.0, "%", "increase", "rate")]),
    ("Il faudra faire passer la part des produits bio de 20 % actuellement à 50 % d'ici 2028.",
     [(50.0, "%", "increase", "rate")]),
])
def test_the_level_of_today_at_the_start_of_a_change(text, expected):
    assert _records(text) == expected


def test_guard_a_change_from_today_told_as_done():
    assert _records("La part du bio est passée de 20 % aujourd'hui à 24 % l'an dernier.") == []
