"""When: the schéma's period, its adoption date and whether it is a first schéma or a renewal.

A sentence about the *previous* schéma ("Notre premier schéma, adopté en 2018", "couvrait la période
2019-2023") is evidence of a renewal, never the period or adoption date of this one.

>>> text = ("SPASER 2024-2028. Adopté par délibération du Conseil régional du 14 décembre 2023. "
...         "Notre premier schéma, adopté en 2019, couvrait la période 2019-2023.")
>>> find_period(text).value, find_adoption(text).value, find_generation(text)[0].value
('2024-2028', '2023-12-14', 'renewal')
>>> find_adoption("Séance du 24/06/2024 – Délibération n° CD-2024-06-117").value
'2024-06-24'
>>> find_generation("Ce premier schéma pose les bases de notre politique d'achat.")[0].value
'first'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}
_MONTH_RE = "|".join(_MONTHS)
_YEAR = r"20[0-4]\d"
_DATE = (
    rf"(?P<day>1er|\d{{1,2}})\s+(?P<month>{_MONTH_RE})\s+(?P<year>{_YEAR})"
    rf"|(?P<dd>\d{{1,2}})[/.](?P<mm>\d{{1,2}})[/.](?P<yyyy>{_YEAR})"
)
_PREVIOUS = re.compile(
    r"\b(?:premi(?:er|ère)|précédent|précédente|ancien|ancienne|1er)\s+(?:schéma|SPASER|génération|plan)"
    r"|\b(?:schéma|SPASER)\s+(?:précédent|antérieur)|\bbilan\s+du\s+(?:schéma|SPASER)",
    re.I,
)
_RENEWAL = re.compile(
    r"\b(?:(?:nouveau|nouvel|deuxième|second|seconde|troisième|2e|2ème|3e|3ème)\s+(?:schéma|SPASER))"
    r"|\b(?:schéma|SPASER)\s+(?:de\s+)?(?:deuxième|seconde|troisième|2e|2ème|3e|3ème)\s+génération"
    r"|\blui\s+succède|\bsuccèd\w*\s+(?:au|à\s+l['’]|à\s+la)\s*(?:premier\s+|première\s+|précédent\s+)?(?:schéma|SPASER|plan)"
    r"|\brenouvel\w*\s+(?:du|de\s+notre|de\s+son)\s+(?:schéma|SPASER)|\bprolonge\s+la\s+démarche\s+engagée\s+en\s+20\d\d",
    re.I,
)
_FIRST = re.compile(
    r"\b(?:ce|notre|son|le|un)\s+premier\s+(?:schéma|SPASER)\b(?![^.]{0,60}\b(?:adopté|couvrait|avait|a\s+permis|"
    r"a\s+posé|a\s+été|était)\b)|\bpour\s+la\s+première\s+fois\b[^.]{0,80}\b(?:schéma|SPASER)",
    re.I,
)
_ORDINALS = {"deuxième": 2, "second": 2, "seconde": 2, "2e": 2, "2ème": 2, "troisième": 3, "3e": 3, "3ème": 3}
_PERIOD_RE = re.compile(rf"(?<![\w/.-])(?P<start>{_YEAR})\s*(?:-|–|—|/|à|au)\s*(?P<end>{_YEAR})(?![\w/-])")
_PERIOD_CUE = re.compile(r"(?:SPASER|schéma|période|pour|plan|programme)[^.\n]{0,160}$", re.I)
_ADOPTION_RE = re.compile(
    rf"(?P<cue>adopt[ée]e?s?|approuv[ée]e?s?|vot[ée]e?s?|délibération|séance)(?P<between>[^.\n]{{0,140}}?)"
    rf"(?:\b(?:du|le|en\s+date\s+du|lors\s+de\s+la\s+séance\s+du)\s+|\s)(?:{_DATE})",
    re.I,
)
_ADOPTION_YEAR_RE = re.compile(rf"\badopt[ée]e?\s+(?:en|le)\s+(?P<year>{_YEAR})\b", re.I)


@dataclass(frozen=True)
class Found:
    """A value found in the text, the span that decided it, the rule and a 0-1 confidence."""

    value: str
    start: int
    end: int
    rule: str
    confidence: float


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    right_candidates = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return left, right


def _about_previous(text: str, start: int, end: int) -> bool:
    left, right = _sentence_bounds(text, start, end)
    return bool(_PREVIOUS.search(text[left:right]))


def find_period(text: str, *, cover_chars: int = 3000) -> Found | None:
    """The schéma's period "YYYY-YYYY": a 2-to-8-year span named beside SPASER/schéma/période."""
    best: tuple[float, Found] | None = None
    for match in _PERIOD_RE.finditer(text):
        start_year, end_year = int(match.group("start")), int(match.group("end"))
        if not 2 <= end_year - start_year <= 8 or _about_previous(text, match.start(), match.end()):
            continue
        before = text[max(0, match.start() - 180) : match.start()]
        # The reference of a law or decree ("décret n° 2022-767") is not a period.
        if re.search(r"(?:n°|no|loi|décret|arrêté)\s*$", before, re.I):
            continue
        cue = bool(_PERIOD_CUE.search(before))
        early = match.start() < cover_chars
        score = (2.0 if cue else 0.0) + (1.5 if early else 0.0) - match.start() / max(len(text), 1)
        confidence = 0.95 if cue and early else 0.8 if cue else 0.6 if early else 0.4
        found = Found(f"{start_year}-{end_year}", match.start(), match.end(), "period_near_cue" if cue else "year_span", confidence)
        if best is None or score > best[0]:
            best = (score, found)
    return best[1] if best else None


def _iso(match: re.Match[str]) -> str | None:
    if match.group("year"):
        day_text = match.group("day")
        day = 1 if day_text.lower() == "1er" else int(day_text)
        month = _MONTHS[match.group("month").lower()]
        year = int(match.group("year"))
    else:
        day, month, year = int(match.group("dd")), int(match.group("mm")), int(match.group("yyyy"))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def find_adoption(text: str) -> Found | None:
    """The adoption date: a date after "adopté", "approuvé", "délibération" or "séance", not the previous schéma's."""
    for match in _ADOPTION_RE.finditer(text):
        if _about_previous(text, match.start(), match.end()):
            continue
        iso = _iso(match)
        if iso is None:
            continue
        cue = match.group("cue").lower()
        strong = cue.startswith(("adopt", "approuv", "vot"))
        return Found(iso, match.start(), match.end(), f"date_after_{cue[:7]}", 0.9 if strong else 0.75)
    for match in _ADOPTION_YEAR_RE.finditer(text):
        if not _about_previous(text, match.start(), match.end()):
            return Found(match.group("year"), match.start(), match.end(), "year_after_adopte", 0.6)
    return None


def find_generation(text: str) -> tuple[Found | None, int | None]:
    """``("first"|"renewal", its evidence)`` and the generation number when the text states or implies it."""
    renewal = _RENEWAL.search(text)
    previous = None
    for match in _PREVIOUS.finditer(text):
        left, right = _sentence_bounds(text, match.start(), match.end())
        # "le premier schéma ..." names a generation before this one only when the sentence is in the past.
        if re.search(r"\b(?:adopté|couvrait|avait|a\s+permis|a\s+posé|a\s+été|était|succède|bilan)\b", text[left:right], re.I):
            previous = match
            break
    if renewal is not None or previous is not None:
        chosen = min((m for m in (renewal, previous) if m is not None), key=lambda m: m.start())
        number = None
        if renewal is not None:
            ordinal = re.search(r"deuxième|seconde?|troisième|2e|2ème|3e|3ème", renewal.group(), re.I)
            number = _ORDINALS.get(ordinal.group().lower()) if ordinal else None
        if number is None and previous is not None and re.search(r"premi|1er", previous.group(), re.I):
            number = 2
        rule = "renewal_words" if chosen is renewal else "previous_schema_in_past"
        return Found("renewal", chosen.start(), chosen.end(), rule, 0.9 if renewal is not None else 0.8), number
    first = _FIRST.search(text)
    if first is not None:
        return Found("first", first.start(), first.end(), "first_schema_words", 0.8), 1
    return None, None


__all__ = ["Found", "find_adoption", "find_generation", "find_period"]
