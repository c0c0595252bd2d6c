"""Round 22: causes read off the read sets fresh35-fresh36 (French overseas territories, Swiss and Québec public
bodies) and shared by earlier read sets (fresh11, 20, 23, 25, 34). Sentences written for these tests in the shapes
found (none is a passage of a real set); the guards check what must not change."""

from __future__ import annotations

import pytest

from spaser_nlp.extract import extract_objectives


def _records(text: str) -> list[tuple]:
    return [(o.value, o.unit, o.direction, o.kind, o.horizon_year) for o in extract_objectives(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a sign written apart from its number, before the change's baseline
    ("Le plan climat fixe ses cibles : – 35 % d'émissions du patrimoine en 2030 par rapport à 2018.",
     [(35.0, "%", "decrease", "relative_change", 2030)]),
    ("Engagement n° 2 : + 15 % de repas végétariens servis d'ici 2027 (par rapport à 2021).",
     [(15.0, "%", "increase", "relative_change", 2027)]),
    # … or right after « de » or « et », which no separator dash follows
    ("La région vise une baisse de 60 % des déchets enfouis en 2035 avec un palier de – 25 % en 2028.",
     [(60.0, "%", "decrease", "relative_change", 2035), (25.0, "%", "decrease", "relative_change", 2028)]),
])
def test_a_sign_written_apart_from_its_number(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize("text", [
    # a dash between two items of a flattened list stays a separator
    "Objectifs du schéma : 40 % des marchés avec une clause sociale - 25 % des marchés avec une clause "
    "environnementale d'ici 2026.",
])
def test_guards_of_a_sign_written_apart(text):
    assert all(o.direction == "reach" for o in extract_objectives(text))


@pytest.mark.parametrize(("text", "expected"), [
    # the next steps of a change, after a step's year and a comma, share the change
    ("Le syndicat s'engage sur une réduction des volumes de déchets verts de 10 % en 2026, de 20 % en 2029 et de "
     "30 % en 2032.",
     [(10.0, "%", "decrease", "relative_change", 2026), (20.0, "%", "decrease", "relative_change", 2029),
      (30.0, "%", "decrease", "relative_change", 2032)]),
    # « une autre » names the same change again
    ("L'hôpital prévoit une baisse de 15 % de ses consommations d'eau en 2026, puis une autre de 30 % en 2031.",
     [(15.0, "%", "decrease", "relative_change", 2026), (30.0, "%", "decrease", "relative_change", 2031)]),
])
def test_the_next_steps_of_a_change_share_it(text, expected):
    assert _records(text) == expected


def test_the_size_that_says_what_a_change_concerns_does_not_cut_its_verb_off():
    text = ("Le programme impose une réduction des consommations des bâtiments scolaires de plus de 2 000 m² de 45 % d'ici "
            "2031.")
    assert _records(text) == [(45.0, "%", "decrease", "relative_change", 2031)]


def test_a_division_with_a_long_object_is_a_factor():
    text = "D'ici 2045, la ville vise à diviser les rejets de ses chaufferies et de ses véhicules par 3."
    assert _records(text) == [(3.0, "x", "decrease", "relative_change", 2045)]
