"""Round 20: causes read off the read sets fresh29-fresh32 (communes, départements, State bodies, press). Sentences
written for these tests in the shapes found (none is a passage of a real set); the guards check what must not
change."""

from __future__ import annotations

import pytest

from spaser_nlp.extract import extract_objectives


def _records(text: str) -> list[tuple]:
    return [(o.value, o.unit, o.direction, o.kind, o.horizon_year) for o in extract_objectives(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("D'après une enquête Harris, 72 % des habitants sont favorables à une loi imposant au moins 30 % de produits "
     "locaux dans les cantines d'ici 2027.", [(30.0, "%", "reach", "rate", 2027)]),
    ("- 64 % des familles voudraient que la cantine propose un repas végétarien chaque jour (enquête 2021).", []),
    ("- 91 % des élèves se déclarent prêts à trier leurs déchets à la cantine en 2024.", []),
])
def test_an_opinion_share_is_not_a_target(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize("text", [
    "• 62 % des émissions de gaz à effet de serre du territoire sont d'origine agricole : elles viennent surtout "
    "de l'élevage.",
    "• Le reste vient des bâtiments, pour le chauffage (31 % des consommations d'énergie, 27 % des rejets de GES) "
    "et l'éclairage (12 % des consommations d'énergie, 4 % des rejets de GES)",
    "Le bilan carbone de la ville montre ses postes principaux, à savoir les achats (47 %), le chauffage des "
    "écoles (21 %) et la flotte de véhicules (9 %).",
    "Le transport routier, représentant 31 % des émissions régionales, sera le premier visé par le plan.",
])
def test_a_present_breakdown_of_a_footprint_is_not_a_target(text):
    assert _records(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Une réduction des déchets ménagers de 15 % d'ici 2028, 30 % d'ici 2035 ; 20 % en 2028, 45 % en 2035 pour "
     "les déchets verts.",
     [(15.0, "%", "decrease", "relative_change", 2028), (30.0, "%", "decrease", "relative_change", 2035),
      (20.0, "%", "decrease", "relative_change", 2028), (45.0, "%", "decrease", "relative_change", 2035)]),
    ("Pour tenir la trajectoire, les transports devront voir leurs émissions réduites de 35 %, l'agriculture de "
     "18 % et le tertiaire de 46 %.",
     [(35.0, "%", "decrease", "relative_change", None), (18.0, "%", "decrease", "relative_change", None),
      (46.0, "%", "decrease", "relative_change", None)]),
])
def test_an_elliptic_series_shares_the_first_change(text, expected):
    assert _records(text) == expected


def test_a_horizon_stated_before_the_lead_line_dates_the_items():
    text = ("Le syndicat a lancé un plan de sobriété avec pour horizon l'année 2028. Les objectifs sont de :\n"
            "- réduire de 20 % la consommation d'électricité des bâtiments,\n"
            "- atteindre 40 % de véhicules électriques dans la flotte.")
    assert [r[4] for r in _records(text)] == [2028, 2028]


@pytest.mark.parametrize(("text", "expected"), [
    # a share of emissions that is a target keeps its verdict
    ("Le plan vise à couvrir 50 % des consommations d'énergie par des renouvelables d'ici 2030.",
     [(50.0, "%", "reach", "rate", 2030)]),
    ("Une baisse de 40 % des émissions de gaz à effet de serre est prévue d'ici 2030.",
     [(40.0, "%", "decrease", "relative_change", 2030)]),
    # a clause of levels after a clause of levels stays levels
    ("Porter la part du bio à 30 % en 2026 ; 50 % en 2030 pour les produits durables.",
     [(30.0, "%", "increase", "rate", 2026), (50.0, "%", "reach", "rate", 2030)]),
    # a share of respondents that thinks a forecast still takes the forecast with it
    ("54 % des répondants estiment que leurs achats dépasseront les 10 %.", []),
])
def test_guards(text, expected):
    assert _records(text) == expected
