"""Quantities in a French sentence: a number (or a factor verb) with its unit, ranges merged.

>>> [(q.value, q.value_max, q.unit) for q in find_quantities("entre 20 et 30 % des lots et 2,5 M€ HT")]
[(20.0, 30.0, '%'), (2500000.0, None, 'EUR')]
>>> [(q.value, q.unit, q.sign) for q in find_quantities("doubler le nombre de marchés ; diviser par deux les déchets")]
[(2.0, 'x', '+'), (2.0, 'x', '-')]
>>> [(q.value, q.unit) for q in find_quantities("huit marchés sur dix")]
[(80.0, '%')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from spaser_nlp.extract.numbers import Number, find_numbers, parse_number
from spaser_nlp.extract.units import read_unit

Source = Literal["number", "fraction", "factor", "ratio", "universal"]


@dataclass(frozen=True)
class Quantity:
    """A quantity with its span ``[start, end)`` in the text it was found in."""

    value: float
    unit: str
    start: int
    end: int
    text: str
    value_max: float | None = None
    sign: Literal["+", "-"] | None = None
    source: Source = "number"
    tax: str | None = None
    # the bare number, to tell years and references apart from quantities
    number_text: str = ""
    is_integer_literal: bool = False
    upper_start: int | None = None


_FACTOR_VERB = re.compile(
    r"\b(?P<stem>doubl|tripl|quadrupl)(?:er|ant|é|ée|és|ées|era|eront|erait|ement|e|ent|ons)\b", re.IGNORECASE
)
_FACTOR_ADJECTIVE = re.compile(r"\b(?:un|une|le|la|au|[àa]\s+la|du|de\s+la)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?!de\b|d['’]|des\b|du\b|en\b|d['’]ici\b|par\b|sur\b|[àa]\b|et\b|ou\b|entre\b)[a-zà-ÿ]{2,}", re.IGNORECASE)
_FACTOR_VALUES = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0}
_BY_FACTOR = re.compile(
    r"\b(?P<verb>multipli|divis)\w*\s+(?:[\w'’-]+\s+){0,10}?par\s+(?P<n>\d+(?:,\d+)?|deux|trois|quatre|cinq|dix)\b",
    re.IGNORECASE,
)
# "tous les marchés", "chaque marché", "l'ensemble des produits", "utilisation exclusive": 100 % by the
# annotation conventions; found as candidates (a detector or the clause's cues decide whether they are targets)
_UNIVERSAL = re.compile(
    r"(?<![\w-])(?:tou(?:s|tes)\s+(?:les|ces|ses|leurs|nos|vos)\s+(?!(?:ans?|ann[ée]es?|mois|semaines?|jours?|fois|"
    r"exercices?|trimestres?|semestres?|deux|trois|quatre|cinq|six|dix|autres?|acteurs?|types?|formes?|"
    # who buys or is addressed is not what is bought: "tous les acheteurs publics dont le volume…"
    r"acheteurs?|collectivit[ée]s?|pouvoirs|personnes|citoyens|habitants|[ée]lus|membres|[ée]tats|pays|communes|"
    r"d[ée]partements|r[ée]gions|minist[èe]res|niveaux|échelons|secteurs)\b)(?=\w)|"
    r"chaque\s+(?!(?:ann[ée]e|an|mois|semaine|jour|fois|exercice|trimestre|semestre|saison|rentr[ée]e|acheteur|"
    r"collectivit[ée]|minist[èe]re|citoyen|habitant|[ée]lu|commune|d[ée]partement|r[ée]gion|[ée]tat|pays)\b)(?=\w)|"
    # (« sur l'ensemble de son cycle de vie », « sur l'ensemble du territoire »: a whole, not a share of purchases)
    r"l['’]ensemble\s+(?!de\s+(?:son|sa|ses|leur|leurs|notre|nos|la|l['’])\s*(?:cycles?|vie|territoire|dur[ée]e|p[ée]riode|"
    r"processus|cha[iî]ne|parcours|fili[èe]re)\b|du\s+territoire\b)des?\s+|(?:utilisation|usage|recours)\s+exclusi(?:f|ve)\b|exclusivement\b|"
    r"(?:l['’]int[ée]gralit[ée]|la\s+totalit[ée])\s+des?\s+|\ben\s+totalit[ée]\b)",
    re.IGNORECASE,
)
_RANGE_JOIN = re.compile(r"^\s*(?:à|et|-|–|au|a)\s*$")
# "40 %, 50 % et 60 % respectivement en 2030, 2040 et 2050": the last two items of a list, not a range
_LIST_BEFORE = re.compile(r"(\d[\d,.]*)\s*(%?)\s*,\s*$")
_RESPECTIVELY_AFTER = re.compile(r"^\s*,?\s*respectivement\b", re.I)
_RATIO_GAP = re.compile(r"^\s+(?:[\w'’-]+\s+){0,6}?sur\s+$")
_PERCENT_AFTER_FRACTION = re.compile(r"^\s*(?:des|du|de la|de l['’]|de|d['’])")


def _is_year(number: Number) -> bool:
    return number.kind == "digits" and re.fullmatch(r"(19|20)\d\d", number.text) is not None


# « le décret tertiaire visant - 40 % de consommation »: a sign written apart, right after a word of aim (elsewhere a
# spaced dash is a separator: « les transports - 32 %, le résidentiel - 29 % », « … environnementale - 30 % des marchés »)
# (or right after a list bullet: « - – 40 % d'ici 2030 »)
# (or right after a word that no separator follows: « un objectif intermédiaire de – 20 % », « … et – 75 % »)
_SPACED_SIGN_BEFORE = re.compile(r"\b(?:vis\w*|objectifs?|cibles?|cap\s+[àa]|de|et)\s+[-−–+]\s$|"
                                 r"(?:^|\n)[ \t]*[-•*·][ \t]*[-−–+]\s$", re.IGNORECASE)
# … or before a change's baseline in the same clause: « : – 40 % de ses émissions en 2030 par rapport à 1990 »,
# « : + 20 % d'ici 2022 (par rapport à 2017) »; a separator dash is not followed by a baseline (« - 30 % des marchés »)
_SPACED_SIGN = re.compile(r"[-−–+]\s$")
_BASELINE_AFTER = re.compile(r"^[^;:.!?\n]{0,120}?\(?\s*(?:par\s+rapport|compar(?:ativement|[ée]e?s?))\s+(?:[àa]|aux?)\s",
                             re.IGNORECASE)


def _signed(text: str, number: Number) -> Literal["+", "-"] | None:
    if number.text[:1] in "+":
        return "+"
    if number.text[:1] in "-−–":
        return "-"
    if _SPACED_SIGN_BEFORE.search(text, 0, number.start) or (
            _SPACED_SIGN.search(text, 0, number.start) and _BASELINE_AFTER.match(text[number.end :])):
        return "+" if text[number.start - 2] == "+" else "-"
    return None


def _factors(text: str) -> list[Quantity]:
    found = []
    for match in _FACTOR_VERB.finditer(text):
        if _FACTOR_ADJECTIVE.search(text, 0, match.start()) and _NOUN_AFTER.match(text, match.end()):
            continue  # « un double objectif », « un double intérêt », « le triple A »: an adjective, not a factor
        stem = match.group("stem").lower()
        found.append(
            Quantity(_FACTOR_VALUES[stem], "x", match.start(), match.end(), match.group(), sign="+", source="factor")
        )
    for match in _BY_FACTOR.finditer(text):
        value = parse_number(match.group("n"))
        if value is None:
            continue
        sign: Literal["+", "-"] = "+" if match.group("verb").lower().startswith("multipli") else "-"
        found.append(Quantity(value, "x", match.start(), match.end(), match.group(), sign=sign, source="factor"))
    return found


def _single(text: str, number: Number) -> Quantity:
    unit = read_unit(text[number.end :])
    value = number.value * unit.multiplier
    sign = _signed(text, number)
    if sign:
        value = abs(value)
    if number.kind == "fraction":
        return Quantity(number.value, "%", number.start, number.end, number.text, source="fraction",
                        number_text=number.text)
    return Quantity(
        value, unit.unit, number.start, number.end + unit.end, text[number.start : number.end + unit.end],
        sign=sign, tax=unit.tax, number_text=number.text,
        is_integer_literal=number.kind == "digits" and re.fullmatch(r"\d+", number.text) is not None,
    )


def _list_items(text: str, start: int, end: int, gap: str) -> bool:
    """Two numbers joined by "et" that close a list ("40 %, 50 % et 60 %", not "en 2026, 20 et 30 %") or that
    "respectivement" pairs with another list are two items, not a range."""
    if gap.strip() != "et":
        return False
    previous = _LIST_BEFORE.search(text[max(0, start - 14) : start])
    if previous and (previous.group(2) or not re.fullmatch(r"(?:19|20)\d\d", previous.group(1))):
        return True
    return bool(_RESPECTIVELY_AFTER.match(text[end : end + 30]))


def universal_quantities(text: str) -> list[Quantity]:
    """"tous les …", "chaque …", "l'ensemble des …", "utilisation exclusive" as 100 % candidates.

    >>> [(q.value, q.unit, q.text) for q in universal_quantities("une clause dans tous les marchés en 2026")]
    [(100.0, '%', 'tous les ')]
    """
    return [Quantity(100.0, "%", m.start(), m.end(), m.group(), source="universal") for m in _UNIVERSAL.finditer(text)
            if not _NOT_A_POPULATION.match(text, m.end())]


# what a universal ranges over when it is not the population of a target (none of the real passages' 100 % targets
# is over these): « l'ensemble des acteurs », « tous les impacts », « toutes ces questions », « l'ensemble des autres
# critères », « toutes les composantes de l'université », « l'ensemble des donneurs d'ordre »
_NOT_A_POPULATION = re.compile(
    r"\s*(?:(?:les|des|de\s+la|de\s+l['’]|du|ses|leurs|nos|vos|ces|autres)\s*)*(?:autres\s+)?"
    r"(?:acteurs|parties\s+prenantes|signataires|donneurs\s+d['’]\s*ordres?|questions|impacts|crit[èe]res|"
    r"composantes|contraintes|all[ée]gations|[ée]tapes|axes|fran[çc]ais(?:es)?|citoyens|habitants|population)\b",
    re.IGNORECASE,
)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity of ``text`` in order: numbers with units, ranges, ratios, factor verbs."""
    return list(_quantities(text))


@lru_cache(maxsize=4096)
def _quantities(text: str) -> tuple[Quantity, ...]:
    # memoised: a clause is read by several stages (candidates, the parse's prefetch, fields); Quantity is frozen
    return tuple(_find_quantities(text))


def _find_quantities(text: str) -> list[Quantity]:
    numbers = find_numbers(text)
    quantities: list[Quantity] = []
    index = 0
    while index < len(numbers):
        number = numbers[index]
        following = numbers[index + 1] if index + 1 < len(numbers) else None
        quantity = _single(text, number)
        if following is not None and not (_is_year(number) and _is_year(following)):
            gap = text[quantity.start + len(number.text) : following.start] if quantity.unit == "count" else ""
            gap_after_unit = text[quantity.end : following.start]
            upper_end = _single(text, following).end
            as_list = _list_items(text, number.start, upper_end, gap or gap_after_unit)
            if quantity.unit == "count" and _RANGE_JOIN.match(gap) and following.value > number.value and not as_list:
                upper = _single(text, following)
                start_text = text[number.start : upper.end]
                quantities.append(replace(upper, value=number.value * (upper.value / following.value if following.value else 1),
                                          value_max=upper.value, start=number.start, text=start_text,
                                          number_text=number.text, is_integer_literal=False,
                                          upper_start=following.start))
                index += 2
                continue
            if (_RANGE_JOIN.match(gap_after_unit) and quantity.unit not in ("count",) and following.value > number.value
                    and not as_list):
                upper = _single(text, following)
                if upper.unit == quantity.unit:
                    quantities.append(replace(quantity, value_max=upper.value, end=upper.end,
                                              text=text[number.start : upper.end], is_integer_literal=False,
                                              upper_start=following.start))
                    index += 2
                    continue
            if (
                _RATIO_GAP.match(text[number.end : following.start])
                and following.kind != "fraction"
                and following.value in (2, 3, 4, 5, 10, 100)
                and 0 < number.value < following.value
                and not _is_year(number)
            ):
                quantities.append(Quantity(round(100 * number.value / following.value, 2), "%", number.start,
                                           following.end, text[number.start : following.end], source="ratio",
                                           number_text=number.text))
                index += 2
                continue
        quantities.append(quantity)
        index += 1
    factors = [f for f in _factors(text) if all(f.end <= q.start or f.start >= q.end for q in quantities)]
    # "diviser par deux" contains the number "deux": the factor reading wins.
    by_factor = [f for f in _factors(text) if f.source == "factor" and " par " in f.text]
    quantities = [q for q in quantities if not any(f.start <= q.start < f.end for f in by_factor)]
    factors = [f for f in _factors(text) if all(f.end <= q.start or f.start >= q.end for q in quantities)]
    return sorted(quantities + factors, key=lambda q: q.start)
