"""Units written after a French number: %, currency with multipliers, tCO2, hours, counted nouns.

:func:`read_unit` looks at the text right after a number and says which unit
follows, how many characters it takes and by how much it multiplies the number.

>>> read_unit(" M€ HT d'achats")
Unit(unit='EUR', end=6, multiplier=1000000.0, tax='HT')
>>> read_unit(" heures d'insertion").unit, read_unit(" pour cent").unit, read_unit(" tonnes équivalent CO2").unit
('heures', '%', 'tCO2')
>>> read_unit(" millions de repas servis")
Unit(unit='repas', end=18, multiplier=1000000.0, tax=None)
>>> read_unit(" collèges supplémentaires").unit, read_unit(" en 2026").unit
('collèges', 'count')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_APOS = "['’]"
_EURO = r"(?:€|euros?\b|EUR\b)"
_MULTIPLIERS: tuple[tuple[str, float], ...] = (
    (r"milliards?", 1e9), (r"Md", 1e9), (r"Mds", 1e9), (r"millions?", 1e6), (r"M", 1e6), (r"Me", 1e6),
    (r"milliers?", 1e3), (r"mille", 1e3), (r"[kK]", 1e3),
)
_CURRENCY = re.compile(
    rf"\s*(?:(?P<mult>{'|'.join(m for m, _ in _MULTIPLIERS)})\s*(?:d{_APOS}\s*|de\s+)?)?{_EURO}"
    rf"(?:\s*(?P<tax>HT|TTC|H\.T\.?|T\.T\.C\.?)\b)?"
)
_PERCENT = re.compile(r"\s*(?:%|pour[\s-]?cents?\b|pourcents?\b|°/o|p\.\s?100\b)")
_CO2 = re.compile(
    r"\s*(?P<scale>kt|Mt|t|tonnes?|milliers? de tonnes|millions? de tonnes)\s*(?:d['’])?"
    r"(?:(?:équivalent|éq\.?|eq\.?|e)\s*)?(?:de\s+|d['’]\s*)?(?:CO2|CO₂|GES\b|gaz\s+à\s+effet\s+de\s+serre)\s*(?:e|eq|éq)?\b",
    re.IGNORECASE,
)
_CO2_COMPACT = re.compile(r"\s*(?P<scale>kt|Mt|t)\s?(?:eq|éq|e)?(?:CO2|CO₂)e?\b", re.IGNORECASE)
_POINTS = re.compile(r"\s*points?\b(?:\s+de\s+pourcentage)?")
_HOURS = re.compile(r"\s*(?:heures?\b|h\b(?!\s*\d))")
_MARKETS = re.compile(r"\s*march[ée]s?\b", re.IGNORECASE)
_BARE_MULTIPLIER = re.compile(r"\s*(?P<mult>milliards?|millions?|milliers?)\s+(?:d['’]\s*|de\s+)?")
# energy and power units with their qualifiers, kept as written: "13,7 TWhPCi", "2 GWh", "500 kWc", "3 MWhep"
_ENERGY = re.compile(r"\s*(?P<unit>[kMGT]W(?:h|c)?(?:[A-Za-z]{1,4})?)\b")
_NOUN = re.compile(r"\s*(?P<noun>[a-zà-ÿœæ][a-zà-ÿœæ'’-]*[a-zà-ÿœæ])\b")

# Words that follow a number without being the thing counted.
_NOT_NOUNS = frozenset(
    """de des du d la le les l en par à au aux et ou sur pour dans contre soit puis dont avec sans entre
    fois fin ici chaque qui que à partir afin au-delà moins plus
    minimum maximum environ supplémentaires supplémentaire nouveaux nouvelles nouveau nouvelle autres
    premiers premières derniers dernières d'ici d’ici est sont sera seront doit doivent devra devront a ont
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    aujourd'hui aujourd’hui actuellement""".split()
)
_SKIPPED_ADJECTIVES = frozenset("nouveaux nouvelles nouveau nouvelle premiers premières grands grandes petits petites autres".split())


@dataclass(frozen=True)
class Unit:
    """A unit read after a number: ``end`` is its end offset in the text given to :func:`read_unit`."""

    unit: str
    end: int
    multiplier: float = 1.0
    tax: str | None = None


def _multiplier(word: str | None) -> float:
    if not word:
        return 1.0
    for pattern, factor in _MULTIPLIERS:
        if re.fullmatch(pattern, word):
            return factor
    return 1.0


def normalise_noun(noun: str) -> str:
    """The counted noun as a unit name (lower case; "heure"/"marché" made plural like the canonical units)."""
    noun = noun.lower().strip("'’-")
    if noun in ("heure", "h"):
        return "heures"
    if noun in ("marché", "marche", "marches"):
        return "marchés"
    return noun


def read_unit(after: str) -> Unit:
    """The unit at the start of ``after`` (the text right after a number); ``count`` when none."""
    match = _PERCENT.match(after)
    if match:
        return Unit("%", match.end())
    match = _CURRENCY.match(after)
    if match:
        tax = match.group("tax")
        if tax:
            tax = "HT" if tax.upper().startswith("H") else "TTC"
        return Unit("EUR", match.end(), _multiplier(match.group("mult")), tax)
    for pattern in (_CO2_COMPACT, _CO2):
        match = pattern.match(after)
        if match:
            scale = match.group("scale").lower()
            factor = 1000.0 if scale.startswith(("kt", "millier")) else 1e6 if scale.startswith(("mt", "million")) else 1.0
            return Unit("tCO2", match.end(), factor)
    match = _POINTS.match(after)
    if match:
        return Unit("points", match.end())
    match = _HOURS.match(after)
    if match:
        return Unit("heures", match.end())
    match = _MARKETS.match(after)
    if match:
        return Unit("marchés", match.end())
    match = _ENERGY.match(after)
    if match:
        return Unit(match.group("unit"), match.end())
    multiplier = 1.0
    offset = 0
    match = _BARE_MULTIPLIER.match(after)
    if match:
        multiplier = _multiplier(match.group("mult"))
        offset = match.end()
        rest = read_unit(" " + after[offset:])
        if rest.unit != "count":
            return Unit(rest.unit, offset + rest.end - 1, multiplier * rest.multiplier, rest.tax)
    match = _NOUN.match(after, offset)
    if match and match.group("noun").lower() in _SKIPPED_ADJECTIVES:
        match = _NOUN.match(after, match.end())
    if match and match.group("noun").lower() not in _NOT_NOUNS and not re.match(r"\s*[A-Z]", after[offset:]):
        return Unit(normalise_noun(match.group("noun")), match.end(), multiplier)
    return Unit("count", offset, multiplier)
