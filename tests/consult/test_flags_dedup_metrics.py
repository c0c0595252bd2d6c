from __future__ import annotations

import pytest

from spaser_nlp.consult.dedup import find_duplicate_groups
from spaser_nlp.consult.flags import flag_text
from spaser_nlp.evaluate.consult_metrics import category_f_measure, score_question


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("", "vide"),
        ("  \n ", "vide"),
        ("... ?!", "vide"),
        ("ok", ""),
        ("Géothermie", ""),
        ("Santé, éducation", ""),
        ("Pas d'avis.", ""),
        ("The city should buy more local and organic food for school canteens.", "non_francais"),
        ("La ciudad debería comprar más productos ecológicos y apoyar a las pequeñas empresas.", "non_francais"),
        ("faut arreter de fair des apel doffre ou seul les grosse boite gagne c pas normal", ""),
        ("Réservez des marchés aux ESAT et aux SIAE !", ""),
    ],
)
def test_flags(text, flag):
    assert flag_text(text) == flag


def test_near_duplicates_and_campaign_groups():
    base = ("Je demande que 100 % des repas servis dans les cantines de la ville soient bio et locaux "
            "d'ici 2028 avec un repas végétarien chaque jour")
    texts = [base + f" signé {name}" for name in ("Aline", "Marc", "Fatou", "Bruno", "Chloé")]
    texts += [base.replace("d'ici", "d ici").replace("végétarien", "vegetarien"), "Autre chose sur les clauses sociales et l'insertion"]
    groups = find_duplicate_groups(texts)
    assert groups[:6] == [0] * 6 and groups[6] == -1


def test_f_measure_perfect_and_unassigned():
    cats = [["a"], ["a"], ["b"], ["b"]]
    assert category_f_measure(cats, [0, 0, 1, 1]) == 1.0
    assert category_f_measure(cats, [-1, -1, -1, -1]) == 0.0
    scores = score_question([["Z Autres"], ["a"], ["a"], ["b"]], [0, 1, 1, -1])
    assert scores["n_scored"] == 3 and scores["unassigned_share"] == 0.25
    scores = score_question([["Z Autres"], ["a"], ["a"], ["b"]], [0, 1, 1, -1], non_empty=[True, True, True, False])
    assert scores["unassigned_share"] == 0.0


def test_refusal_codes_are_scored_and_bcubed():
    from spaser_nlp.evaluate.consult_metrics import bcubed_f, informative

    assert informative(["A Aucun élu", "Z Autres"]) == ["A Aucun élu"]
    cats = [["a"], ["a", "b"], ["b"], ["c"]]
    assert bcubed_f(cats, [0, 0, 0, 1]) < bcubed_f(cats, [0, 0, 1, 2]) or bcubed_f(cats, [0, 0, 1, 2]) < 1.0
    assert bcubed_f([["a"], ["a"]], [0, 0]) == pytest.approx(1.0)
    assert bcubed_f([["a"], ["a"]], [-1, -1]) == pytest.approx(2 / 3)
