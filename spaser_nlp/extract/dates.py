"""Years in a sentence and the role each plays: horizon, baseline, period, date, reference.

>>> [(y.year, y.role) for y in find_years("Porter à 25 % d'ici 2027 (par rapport à 2019), SPASER 2024-2028")]
[(2027, 'horizon'), (2019, 'baseline'), (2024, 'period'), (2028, 'period')]
>>> [(y.year, y.role) for y in find_years("décret n° 2022-767 du 2 mai 2022 ; d'ici la saison 2027-2028")]
[(2022, 'date'), (2028, 'horizon')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

YearRole = Literal["horizon", "baseline", "period", "date", "reference", "in"]

MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
)
_YEAR = r"(?:19[89]\d|20\d\d|21[0-4]\d)"
_YEAR_RE = re.compile(rf"(?<![\w.,/-]){_YEAR}(?!\w|,\d|\.\d|-\d{{1,3}}\b)")
_SPAN_AFTER = re.compile(rf"^\s*(?:-|–|/|à|au)\s*({_YEAR})\b")
_REFERENCE_BEFORE = re.compile(r"(?:n\s*°|nº|no\.?|n°\s*|loi|décret|arrêté|ordonnance|directive|(?-i:\b[LRD])\.?|article|(?-i:ISO|NF)|Natura)\s*$", re.I)
_REFERENCE_AFTER = re.compile(r"^[-–]\d")
_DATE_BEFORE = re.compile(rf"\b(?:1er|\d{{1,2}})\s+(?:{MONTHS})\s+$|\b(?:{MONTHS})\s+$", re.I)
_BASELINE_BEFORE = re.compile(
    r"(?:par\s+rapport\s+(?:à|a|aux?)|rapport\s+à|comparé(?:e|s)?\s+à|comparativement\s+(?:à|a|aux?)|référence|réf\.?|base(?:\s+de)?|depuis|"
    r"niveau\s+de|valeur\s+de\s+référence|année\s+de\s+référence|contre|de\s+référence)"
    r"(?:\s+(?:l['’]année|l['’]exercice|la\s+situation\s+de|la\s+situation\s+en|celui\s+de|celle\s+de|"
    r"(?:les\s+|leurs?\s+|ses\s+)?(?:chiffres|niveaux?|donn[ée]es|valeurs?|volumes?)\s+(?:de|d['’]|en)|\(|:))*\s*$",
    re.I,
)
_HORIZON_BEFORE = re.compile(
    r"(?:d['’]\s*ici|horizon|échéance|cible|dès|à\s+compter\s+d[eu]|à\s+partir\s+d[eu]|au\s+plus\s+tard|jusqu['’]en|"
    r"avant|pour|fin|en|au|rentrée|terme|d['’]ici\s+à)"
    r"(?:\s+(?:l['’]année|l['’]exercice|la\s+fin|fin|de|d['’]|la|le|l['’]|saison|année|scolaire|rentrée|du|"
    r"décembre|\d{1,2}|1er|premier|second|semestre|trimestre|janvier|juin|juillet|septembre|[àa]|l['’]horizon|"
    rf"{MONTHS}))*\s*$",
    re.I,
)
_SINCE_BEFORE = re.compile(r"\bdepuis\s+(?![\d\s])(?:(?!(?:19|20)\d\d|\b\d{1,2}\s+(?:1er\b|janv|f[ée]v|mars|avr|mai|juin|juil|ao[uû]|sept|oct|nov|d[ée]c))"
                           r"[^,;:.()])"
                           r"{1,50}$", re.I)
# « Paris 2024 », « Londres 2012 », « Agenda 2030 », « Impact 2028 », « Loir-et-Cher 2021 »: a year inside a name (a
# capitalised word right before it), not a horizon; words of time and aim ("En 2030", "Horizon 2030", "Objectif 2030")
# and months stay years
_NAME_BEFORE = re.compile(
    rf"(?<![\w'’])(?!(?:En|Depuis|Pour|Fin|Dès|D[eè]s|Avant|Après|Début|Mi|Au|Aux|Horizon|Objectifs?|Cap|Cible|"
    rf"[ÉE]ch[ée]ance|Entre|Et|Ou|Vers|Dans|De|Du|Jusqu|Le|La|Les|L|Ici|Sur|Par|Contre|Rentrée|Saison|"
    rf"Trajectoire|Jalons?|Paliers?|[ÉE]tapes?|Ann[ée]e|Exercice|Campagne|Semestre|Trimestre|Printemps|[ÉE]t[ée]|"
    rf"Automne|Hiver|"
    rf"(?i:{MONTHS}))\b)(?-i:[A-ZÉÈ][a-zà-ÿ]+)\s$"
)
# the year a result was reached or observed, not a target's horizon
_RESULT_BEFORE = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:[ée]t[ée]\s+)?(?:(?:d[ée]j[àa]|[^\W\d]+ment)\s+)?"
    r"(?:atteinte?s?|d[ée]pass[ée]e?s?|enregistr[ée]e?s?|constat[ée]e?s?|observ[ée]e?s?|mesur[ée]e?s?)\s+"
    r"(?:[^\W\d]+\s+){0,6}?(?:en|d[èe]s|fin|au\s+cours\s+de(?:\s+l['’]ann[ée]e)?)\s*$",
    re.I,
)
_SEASON_BEFORE = re.compile(r"(?:saison|scolaire|campagne|exercice)\s*$", re.I)
# "diminuer de 50 % entre 2010 et 2030": a change from the first year to the second
_BETWEEN = re.compile(rf"\bentre\s+(?:l['’]ann[ée]e\s+)?({_YEAR})\s+et\s+(?:l['’]ann[ée]e\s+)?({_YEAR})\b", re.I)
# "atteindre 40 % de 2025 à 2029, puis 70 % en 2030": a stage of a trajectory that starts in its first year
_CHANGE_BEFORE = re.compile(r"\b(?:r[ée]dui\w*|r[ée]duction|baisse\w*|diminu\w*|augment\w*|hausse|progress\w*)\b", re.I)
_STAGE_BEFORE = re.compile(r"\d\s*(?:%|pour\s*cents?)\s+de\s*$", re.I)


@dataclass(frozen=True)
class YearMention:
    year: int
    start: int
    end: int
    role: YearRole


def _role(text: str, start: int, end: int) -> YearRole:
    before = text[max(0, start - 60) : start]
    if _REFERENCE_BEFORE.search(before) or _REFERENCE_AFTER.match(text[end:]):
        return "reference"
    if _NAME_BEFORE.search(before):
        return "reference"
    if _RESULT_BEFORE.search(before):
        return "date"  # « l'objectif … a été atteint pour la première fois en 2020 »: the year of a result
    if _SINCE_BEFORE.search(before):
        return "date"  # « depuis la loi Egalim 2 en début d'année 2023 »: an obligation already in force
    if _DATE_BEFORE.search(before):
        horizon = _HORIZON_BEFORE.search(before[: _DATE_BEFORE.search(before).start()])  # type: ignore[union-attr]
        return "horizon" if horizon and horizon.group().strip() else "date"
    if _BASELINE_BEFORE.search(before):
        return "baseline"
    match = _HORIZON_BEFORE.search(before)
    if match and match.group().strip():
        word = match.group().strip().lower()
        return "in" if word.startswith(("en", "au", "pour", "avant")) and len(word) <= 6 else "horizon"
    return "in"


def find_years(text: str) -> list[YearMention]:
    """Every year of ``text`` with its role; "2024-2028" is a period unless a season or horizon."""
    return list(_years(text))


@lru_cache(maxsize=4096)
def _years(text: str) -> tuple[YearMention, ...]:
    # memoised like quantities.find_quantities (YearMention is frozen)
    return tuple(_find_years(text))


def _find_years(text: str) -> list[YearMention]:
    found: list[YearMention] = []
    skip_until = -1
    between = {m.start(1): m for m in _BETWEEN.finditer(text) if int(m.group(2)) > int(m.group(1))}
    for match in _YEAR_RE.finditer(text):
        if match.start() < skip_until:
            continue
        if match.start() in between:
            pair = between[match.start()]
            found.append(YearMention(int(pair.group(1)), pair.start(1), pair.end(1), "baseline"))
            found.append(YearMention(int(pair.group(2)), pair.start(2), pair.end(2), "horizon"))
            skip_until = pair.end(2)
            continue
        span = _SPAN_AFTER.match(text[match.end() :])
        if span:
            second_start = match.end() + span.start(1)
            second_end = match.end() + span.end(1)
            before = text[max(0, match.start() - 60) : match.start()]
            skip_until = second_end
            if (_SEASON_BEFORE.search(before) or re.search(r"d['’]\s*ici\b[^.;]{0,30}$", before, re.I)
                    # « dans les dix prochaines années (2021-2031) »: the span closes the coming period
                    or re.search(r"\bprochaine?s\s+(?:ann[ée]es|d[ée]cennies?)\s*\(\s*$", before, re.I)):
                found.append(YearMention(int(span.group(1)), second_start, second_end, "horizon"))
                continue
            if _STAGE_BEFORE.search(before):
                if _CHANGE_BEFORE.search(before):  # "réduire de 20 % de 2025 à 2030": a change over the span
                    found.append(YearMention(int(match.group()), match.start(), match.end(), "baseline"))
                    found.append(YearMention(int(span.group(1)), second_start, second_end, "horizon"))
                else:
                    found.append(YearMention(int(match.group()), match.start(), match.end(), "horizon"))
                    found.append(YearMention(int(span.group(1)), second_start, second_end, "period"))
                continue
            if _BASELINE_BEFORE.search(before) or _SEASON_BEFORE.search(before):
                found.append(YearMention(int(span.group(1)), second_start, second_end, "baseline"))
                continue
            found.append(YearMention(int(match.group()), match.start(), match.end(), "period"))
            found.append(YearMention(int(span.group(1)), second_start, second_end, "period"))
            continue
        found.append(YearMention(int(match.group()), match.start(), match.end(), _role(text, *match.span())))
    return found
