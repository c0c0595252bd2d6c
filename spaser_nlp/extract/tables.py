"""Indicator-table rows to objective findings.

Columns get a role from their header: indicator, unit, baseline value,
baseline year, target (one or more: "Cible 2026", "Cible 2028"), target year.
Each target cell gives one finding per quantity it holds ("72 000, puis
-40 % en 2030" gives two). Two-column "rubrique | contenu" tables (fiches
actions) are read as sentences when the rubric names an objective.

>>> header = ["Indicateur", "Valeur de référence (2022)", "Cible 2028"]
>>> [(f.value, f.unit, f.horizon_year, f.baseline_value, f.baseline_year)
...  for f in row_findings(header, ["Part des marchés avec clause sociale", "22 %", "35 % (dès 2027)"])]
[(35.0, '%', 2027, 22.0, 2022)]
>>> [(f.value, f.unit, f.per_year) for f in row_findings(header, ["Nombre d'heures d'insertion par an", "431 000", "500 000"])]
[(500000.0, 'heures', True)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spaser_nlp.extract import lexicon as lx
from spaser_nlp.extract.dates import find_years
from spaser_nlp.extract.objectives import Finding, analyse_sentence
from spaser_nlp.extract.quantities import find_quantities
from spaser_nlp.extract.rules import is_year_quantity
from spaser_nlp.extract.units import normalise_noun, read_unit

_TARGET = re.compile(r"\b(?:cibles?|objectifs?|vis[ée]e?s?|[àa]\s+atteindre|valeur\s+cible|horizon|trajectoire)\b", re.I)
_BASELINE = re.compile(r"\b(?:r[ée]f[ée]rence|r[ée]f\.?|initial\w*|actuel\w*|situation|constat|base|existant|point\s+de\s+d[ée]part|[ée]tat)\b", re.I)
_YEAR_COLUMN = re.compile(r"\b(?:ann[ée]e|[ée]ch[ée]ance|date|horizon)\b", re.I)
_UNIT_COLUMN = re.compile(r"^\s*unit[ée]s?\b", re.I)
_INDICATOR = re.compile(r"\b(?:indicateurs?|libell[ée]|intitul[ée]|mesure|crit[eè]re)\b", re.I)
_NUMBER_COLUMN = re.compile(r"^\s*(?:n°|no|num[ée]ro|#|rang)\s*$", re.I)
_TOTAL = re.compile(r"^\s*(?:total|ensemble|sous-total|tous)\b", re.I)
_OBJECTIVE_RUBRIC = re.compile(r"\b(?:objectifs?\s+chiffr[ée]s?|cibles?|objectifs?|r[ée]sultats?\s+attendus?)\b", re.I)


@dataclass(frozen=True)
class Columns:
    indicator: int | None
    unit: int | None
    baseline: int | None
    baseline_year: int | None
    targets: tuple[int, ...]
    target_year: int | None


def column_roles(header: list[str]) -> Columns:
    """The role of each column, from the header's words."""
    indicator = unit = baseline = baseline_year = target_year = None
    targets: list[int] = []
    for index, name in enumerate(header):
        if _NUMBER_COLUMN.match(name):
            continue
        if _UNIT_COLUMN.match(name):
            unit = index
        elif _YEAR_COLUMN.search(name) and not re.search(r"\d", name) and not re.search(r"valeur", name, re.I):
            if _BASELINE.search(name):
                baseline_year = index
            else:
                target_year = index
        elif _BASELINE.search(name):
            baseline = index
        elif _TARGET.search(name) or (re.search(r"\b20\d\d\b", name) and baseline is not None):
            targets.append(index)
        elif indicator is None and (_INDICATOR.search(name) or index == 0 or not re.search(r"\d", name)):
            indicator = index
    return Columns(indicator, unit, baseline, baseline_year, tuple(targets), target_year)


def is_indicator_header(header: list[str]) -> bool:
    """True when the header names at least one target column."""
    return bool(column_roles(header).targets)


def _year(text: str) -> int | None:
    years = find_years(text)
    return years[-1].year if years else None


def _unit_from_column(unit_text: str) -> tuple[str | None, float, bool]:
    text = unit_text.strip()
    per_year = bool(re.search(r"/\s*an\b|par\s+an|annuel", text, re.I))
    text = re.sub(r"\s*/\s*\w+$", "", text)
    if not text:
        return None, 1.0, per_year
    if re.fullmatch(r"(?:nombre|nb|nbre|unités?)", text, re.I):
        return "count", 1.0, per_year
    if re.fullmatch(r"t|tonnes?", text, re.I):
        return "tonnes", 1.0, per_year
    unit = read_unit(" " + text)
    if unit.unit not in ("count",):
        return unit.unit, unit.multiplier, per_year
    if text.lower() in ("h", "heures", "heure"):
        return "heures", 1.0, per_year
    return normalise_noun(text.split()[0]), 1.0, per_year


def _unit_from_indicator(indicator: str) -> str | None:
    lowered = indicator.lower()
    paren = re.search(r"\(([^)]*)\)\s*$", indicator)
    if paren:
        unit = read_unit(" " + paren.group(1))
        if unit.unit != "count":
            return unit.unit
    if re.match(rf"\s*(?:{lx.SHARE_NOUNS}|%)\b", lowered) or "%" in lowered:
        return "%"
    if re.match(r"\s*(?:montant|volume\s+financier|chiffre)", lowered):
        return "EUR"
    if re.search(r"[ée]missions|co2", lowered):
        return "tCO2"
    match = re.match(r"\s*(?:nombre|nb)\s+(?:total\s+)?(?:d['’]|de\s+|des\s+)(?P<noun>[\wà-ÿ-]+)", lowered)
    if match:
        return normalise_noun(match.group("noun"))
    head = re.match(r"\s*(?P<noun>[a-zà-ÿ]+[sx])\b", lowered)
    if head and head.group("noun") not in ("taux", "achats", "émissions", "déchets", "produits", "denrées"):
        return normalise_noun(head.group("noun"))
    return None


def _cell_findings(cell: str, columns: Columns, cells: list[str], header: list[str], target_index: int) -> list[Finding]:
    indicator = cells[columns.indicator] if columns.indicator is not None and columns.indicator < len(cells) else ""
    unit_name, multiplier, per_year = (None, 1.0, False)
    if columns.unit is not None and columns.unit < len(cells):
        unit_name, multiplier, per_year = _unit_from_column(cells[columns.unit])
    per_year = per_year or bool(lx.PER_YEAR.search(indicator))
    fallback_unit = unit_name if unit_name not in (None, "count") else _unit_from_indicator(indicator) or unit_name or "count"
    year = None
    if columns.target_year is not None and columns.target_year < len(cells):
        year = _year(cells[columns.target_year])
    year = year or _year(header[target_index])
    baseline_value = baseline_year = None
    if columns.baseline is not None and columns.baseline < len(cells):
        base_quantities = [q for q in find_quantities(cells[columns.baseline]) if not is_year_quantity(q)]
        if base_quantities:
            baseline_value = base_quantities[0].value * (multiplier if base_quantities[0].unit == "count" else 1.0)
        baseline_year = _year(cells[columns.baseline]) or _year(header[columns.baseline])
    if columns.baseline_year is not None and columns.baseline_year < len(cells):
        baseline_year = _year(cells[columns.baseline_year]) or baseline_year
    found = []
    years = find_years(cell)
    quantities = [q for q in find_quantities(cell) if not is_year_quantity(q)]
    for index, quantity in enumerate(quantities):
        value = quantity.value
        unit = quantity.unit
        if unit == "count" or unit not in ("%", "EUR", "tCO2", "heures", "marchés", "points", "x"):
            if unit != "count" and fallback_unit in (None, "count"):
                pass
            else:
                unit = fallback_unit or "count"
                value = quantity.value * multiplier
        cell_year = next((y.year for y in years if y.start >= quantity.end and y.role not in ("baseline", "period")), None)
        if cell_year is None and len(quantities) == 1:
            cell_year = next((y.year for y in years if y.role not in ("baseline",)), None)
        direction, kind = "reach", ("rate" if unit == "%" else "absolute")
        if quantity.sign or quantity.source == "factor":
            direction = "increase" if quantity.sign == "+" else "decrease"
            kind = "relative_change"
        before = cell[: quantity.start]
        comparator = ">=" if re.search(r"(?:>=|≥|>|au\s+moins|minimum|min\.?)\s*$", before, re.I) else (
            "<=" if re.search(r"(?:<=|≤|<|au\s+plus|maximum|max\.?)\s*$", before, re.I) else None
        )
        finding = Finding(
            value, unit, quantity.start, quantity.end, 0, len(cell), value_max=quantity.value_max,
            comparator=comparator, direction=direction, kind=kind, per_year=per_year,
            horizon_year=cell_year or year, subject=indicator.strip() or None, confidence=0.9,
        )
        if index == 0 and kind != "relative_change":
            finding.baseline_value, finding.baseline_year = baseline_value, baseline_year
        elif kind == "relative_change":
            finding.baseline_year = baseline_year
        found.append(finding)
    return found


def row_findings(header: list[str], cells: list[str]) -> list[Finding]:
    """Objective findings of one table row (offsets relative to the cell they come from)."""
    if not cells or any(_TOTAL.match(c) for c in cells[:2]):
        return []
    columns = column_roles(header)
    if columns.targets:
        findings = []
        for index in columns.targets:
            if index < len(cells) and cells[index].strip():
                findings.extend(_cell_findings(cells[index], columns, cells, header, index))
        return findings
    if len(cells) == 2 and _OBJECTIVE_RUBRIC.search(cells[0]):
        return [f for f in analyse_sentence("Objectif : " + cells[1]) if f.reason is None]
    return []


