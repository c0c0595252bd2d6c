"""French numbers: digits with French separators, number words, fractions.

:func:`find_numbers` scans a text and returns every number it can read with
its character span. Digits accept the decimal comma and thousands grouped by
spaces, no-break or thin spaces, or dots ("1.500.000"); number words cover
"zéro" to "un million" ("vingt-deux", "quatre-vingt-dix", "deux cents"), and
fractions read as percentages ("la moitié" is 50, "un quart" 25, "¼" 25, "2/5 de" 40).

>>> [(n.value, n.text) for n in find_numbers("1 500 000 € et 37,4 % puis 1.500.000")]
[(1500000.0, '1 500 000'), (37.4, '37,4'), (1500000.0, '1.500.000')]
>>> [(n.value, n.kind) for n in find_numbers("vingt-deux collèges, la moitié des lots")]
[(22.0, 'word'), (50.0, 'fraction')]
>>> parse_number("quatre-vingt-dix")
90.0
>>> parse_number("12,5")
12.5
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

NumberKind = Literal["digits", "word", "fraction"]

_SPACES = " \u00a0\u202f\u2009"
# Thousands groups: a space-like character, or a dot followed by exactly three digits.
_DIGITS = re.compile(
    rf"(?<![\w,.\d])(?:[+\-−–](?=\d))?"
    rf"(?:\d{{1,3}}(?:[{_SPACES}]\d{{3}}(?!\d))+|\d{{1,3}}(?:\.\d{{3}})+(?![\d.])|\d+)"
    rf"(?:,\d+)?(?!\d)"
)

UNITS_WORDS: dict[str, int] = {
    "zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
}
_SCALES: dict[str, int] = {"cent": 100, "cents": 100, "mille": 1000}
_FRACTIONS: dict[str, float] = {
    "moitié": 50.0, "quart": 25.0, "quarts": 25.0, "tiers": 100 / 3, "cinquième": 20.0, "cinquièmes": 20.0,
    "dixième": 10.0, "dixièmes": 10.0,
}
_WORD = "|".join(sorted(list(UNITS_WORDS) + list(_SCALES), key=len, reverse=True))
_WORD_NUMBER = re.compile(rf"(?<![\w-])(?:{_WORD})(?:(?:[- ]|-et-| et )(?:{_WORD}))*(?![\w-])", re.IGNORECASE)
# fraction glyphs as typeset in brochures and slides (« ¼ des marchés »)
_GLYPHS: dict[str, float] = {"¼": 25.0, "½": 50.0, "¾": 75.0, "⅓": 100 / 3, "⅔": 200 / 3, "⅕": 20.0, "⅒": 10.0}
_FRACTION = re.compile(
    r"(?<![\w-])(?:(?P<article>la|une|un|d['’]une?|de)\s+(?P<half>moitié)"
    r"|(?P<count>un|deux|trois|quatre|d['’]un)\s+(?P<part>quarts?|tiers|cinquièmes?|dixièmes?))(?![\w-])"
    r"|(?<![\d/])(?<!\d\s)(?P<glyph>[¼½¾⅓⅔⅕⅒])"
    # … or written with a slash, as a share of what follows (« dont 2/5 de la production bio », « les 3 /4 du parc »;
    # not « 24/7 », « 2/8 tâches réalisées » or a date: « de / des / du / d' » must follow)
    r"|(?<![\d/.,])(?P<num>[1-9])\s?/\s?(?P<den>[2-9]|10)(?![\d/])(?=\s*(?:(?:des|du|de)\b|d['’]))",
    re.IGNORECASE,
)
# "un"/"une" alone is an article far more often than a number; it only counts inside a compound.
_ARTICLES = {"un", "une"}
_SCALE_NOUN_AFTER = re.compile(r"\s+(?:million|milliard)s?\b", re.IGNORECASE)


@dataclass(frozen=True)
class Number:
    """A number read in a text: value and ``[start, end)`` span."""

    value: float
    start: int
    end: int
    text: str
    kind: NumberKind = "digits"


def parse_digits(text: str) -> float:
    """Read a digit string written the French way.

    >>> parse_digits("1 234,5"), parse_digits("640.000"), parse_digits("-25")
    (1234.5, 640000.0, -25.0)
    """
    cleaned = text.replace("−", "-").replace("–", "-")
    for space in _SPACES:
        cleaned = cleaned.replace(space, "")
    if "," in cleaned:
        whole, _, decimals = cleaned.partition(",")
        cleaned = whole.replace(".", "") + "." + decimals
    elif re.fullmatch(r"[+-]?\d{1,3}(?:\.\d{3})+", cleaned):
        cleaned = cleaned.replace(".", "")
    return float(cleaned)


def parse_words(text: str) -> float | None:
    """Read French number words ("quatre-vingt-dix", "deux cent cinquante", "trois mille").

    >>> parse_words("soixante-quinze"), parse_words("deux cents"), parse_words("trois mille cinq cents")
    (75.0, 200.0, 3500.0)
    """
    tokens = [t for t in re.split(r"[- ]+", text.lower()) if t and t != "et"]
    if not tokens:
        return None
    total = 0
    current = 0
    for index, token in enumerate(tokens):
        if token in _SCALES:
            scale = _SCALES[token]
            if scale == 1000:
                total += max(current, 1) * 1000
                current = 0
            else:
                current = max(current, 1) * 100
        elif token in UNITS_WORDS:
            value = UNITS_WORDS[token]
            # "quatre-vingt(s)": 4 × 20
            if token.startswith("vingt") and index > 0 and tokens[index - 1] == "quatre":
                current = current - 4 + 80
            elif value in (10, 11, 12, 13, 14, 15, 16) and index > 0 and tokens[index - 1] == "soixante":
                current += value
            elif value in (10, 11, 12, 13, 14, 15, 16) and current % 100 == 80:
                current += value
            else:
                current += value
        else:
            return None
    return float(total + current)


def parse_number(text: str) -> float | None:
    """The value of ``text`` written in digits or in words, else None."""
    text = text.strip()
    if re.fullmatch(r"[+\-−–]?[\d .,\u00a0\u202f\u2009]*\d", text):
        try:
            return parse_digits(text)
        except ValueError:
            return None
    return parse_words(text)


def _fraction_value(match: re.Match[str]) -> float:
    if match.group("half"):
        return 50.0
    if match.group("glyph"):
        return _GLYPHS[match.group("glyph")]
    if match.group("den"):
        return 100 * int(match.group("num")) / int(match.group("den"))
    count_word = match.group("count").lower()
    count = 1 if count_word.startswith("d") else UNITS_WORDS[count_word]
    return count * _FRACTIONS[match.group("part").lower()]


def find_numbers(text: str) -> list[Number]:
    """Every number in ``text`` (digits, words, fractions), in text order, spans not overlapping."""
    found: list[Number] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for match in _FRACTION.finditer(text):
        if match.group("den") and int(match.group("num")) >= int(match.group("den")):
            continue  # « 5/5 », « 3/2 »: no share
        found.append(Number(round(_fraction_value(match), 2), match.start(), match.end(), match.group(), "fraction"))
        taken.append(match.span())
    for match in _DIGITS.finditer(text):
        if free(*match.span()):
            found.append(Number(parse_digits(match.group()), match.start(), match.end(), match.group(), "digits"))
            taken.append(match.span())
    for match in _WORD_NUMBER.finditer(text):
        if not free(*match.span()):
            continue
        if match.group().lower() in _ARTICLES and not _SCALE_NOUN_AFTER.match(text, match.end()):
            continue  # (« un million d'arbres », « un milliard d'arbres »: one, scaled by the noun after it)
        if match.group().lower() in ("cent", "cents") and re.search(r"pour[\s-]$", text[: match.start()], re.I):
            continue  # "25 pour cent": the unit, not a hundred
        value = parse_words(match.group())
        if value is not None:
            found.append(Number(value, match.start(), match.end(), match.group(), "word"))
            taken.append(match.span())
    return sorted(found, key=lambda n: n.start)
