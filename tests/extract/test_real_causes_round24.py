"""Round 24: a cause read off the read sets (fresh11, fresh38 and the shared dev set): « tous les / chaque /
l'ensemble des … » as where a measure is to be put, after a verb of putting-in (intégrer, introduire, insérer,
inclure, instaurer, généraliser, étendre, utiliser, respecter, équiper) under a target word, a future, an obligation
or « pour »: 100 % by the conventions. Sentences written for these tests in the shapes found (none is a passage of
a real set); the guards check what must not change."""

from __future__ import annotations

import pytest

from spaser_nlp.extract import extract_objectives


def _records(text: str) -> list[tuple]:
    return [(o.value, o.unit, o.direction, o.kind) for o in extract_objectives(text)]


@pytest.mark.parametrize("text", [
    # under a target word (« vise à », « a pour ambition de »)
    "Ce nouveau règlement vise à introduire des exigences de sobriété, simples et vérifiables, dans tous nos "
    "contrats de fournitures.",
    "Le schéma a pour ambition, sur la durée du mandat, d'intégrer pour chaque consultation une clause sociale.",
    # after « pour » + the verb, with a delay beside it
    "La direction des achats prépare une méthode pour inclure, d'ici trois ans, un critère carbone dans toutes "
    "les consultations de travaux.",
    "Le département va plus loin pour insérer une clause d'insertion dans chaque marché de voirie",
    # under a future or an obligation
    "Les services devront intégrer une exigence de réparabilité dans l'ensemble des achats informatiques.",
])
def test_a_universal_where_a_measure_is_to_be_put(text):
    assert _records(text) == [(100.0, "%", "reach", "rate")]


@pytest.mark.parametrize("text", [
    # a practice told in the present, or done in the past
    "Nous incluons des clauses environnementales dans tous les marchés de nettoyage.",
    "La ville a intégré une clause sociale dans tous ses marchés de travaux en 2021.",
    # the noun of the verb is no verb of putting-in (« une clause d'insertion dans tous … »)
    "Le guide présente les clauses d'insertion dans tous les marchés de l'agglomération.",
    # a target word that does not govern a verb of putting-in
    "Ce cadre vise à renforcer la politique RSE à l'échelle de chaque établissement.",
])
def test_guards_of_a_universal_where_a_measure_is_put(text):
    assert not any(o.value == 100.0 for o in extract_objectives(text))


def test_another_level_keeps_the_universal_out():
    # a share is given: it is the target, not « toutes les … »
    found = _records("Le plan vise à intégrer 30 % de produits bio dans toutes les cantines d'ici 2027.")
    assert found == [(30.0, "%", "reach", "rate")]
