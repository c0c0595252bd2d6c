"""French numbers, units and years: data-driven cases."""

from __future__ import annotations

import pytest

from spaser_nlp.extract.dates import find_years
from spaser_nlp.extract.numbers import find_numbers
from spaser_nlp.extract.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "value", "value_max", "unit"),
    [
        ("1.500.000 € HT", 1_500_000, None, "EUR"),
        ("1 500 000 €", 1_500_000, None, "EUR"),
        ("1\u202f500\u202f000 euros", 1_500_000, None, "EUR"),
        ("2,5 M€ HT", 2_500_000, None, "EUR"),
        ("800 k€", 800_000, None, "EUR"),
        ("3 millions d'euros", 3_000_000, None, "EUR"),
        ("1,2 million d'heures", 1_200_000, None, "heures"),
        ("37,4 %", 37.4, None, "%"),
        ("25 pour cent", 25, None, "%"),
        ("de 20 à 30 %", 20, 30, "%"),
        ("entre 15 et 20 % des achats", 15, 20, "%"),
        ("61 000 tonnes équivalent CO2", 61_000, None, "tCO2"),
        ("36,6 kt CO2e", 36_600, None, "tCO2"),
        ("3 points par an", 3, None, "points"),
        ("la moitié des lots", 50, None, "%"),
        ("un quart des achats", 25, None, "%"),
        ("vingt-deux collèges", 22, None, "collèges"),
        ("quatre-vingt-dix marchés", 90, None, "marchés"),
        ("doubler le nombre", 2, None, "x"),
        ("diviser par deux les déchets", 2, None, "x"),
        ("huit marchés sur dix", 80, None, "%"),
    ],
)
def test_quantity(text: str, value: float, value_max: float | None, unit: str) -> None:
    quantity = find_quantities(text)[0]
    assert quantity.value == pytest.approx(value)
    assert quantity.value_max == value_max
    assert quantity.unit == unit


def test_articles_are_not_numbers() -> None:
    assert find_numbers("au moins un critère et une clause") == []


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("d'ici 2027", [(2027, "horizon")]),
        ("à l'horizon 2030", [(2030, "horizon")]),
        ("par rapport à 2019", [(2019, "baseline")]),
        ("SPASER 2022-2026", [(2022, "period"), (2026, "period")]),
        ("adopté le 14 décembre 2023", [(2023, "date")]),
        ("d'ici la fin de l'année scolaire 2026-2027", [(2027, "horizon")]),
        ("Natura 2000", [(2000, "reference")]),
    ],
)
def test_year_roles(text: str, roles: list[tuple[int, str]]) -> None:
    assert [(y.year, y.role) for y in find_years(text)] == roles
