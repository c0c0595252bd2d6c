"""The comparison as an Excel workbook for analysts: French sheet names and headers, frozen header
rows, filters, column widths, numbers as numbers, and text cells that cannot run as formulas."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from spaser_nlp.comparison.frames import Comparison
from spaser_nlp.sheets import neutralise, xlsx_text

# sheet title -> (frame attribute, {column: French header})
_SHEETS: dict[str, tuple[str, dict[str, str]]] = {
    "Schémas": (
        "schemas",
        {
            "doc_id": "Document", "authority_name": "Collectivité", "authority_type": "Type", "period": "Période",
            "adoption_date": "Date d'adoption", "adoption_year": "Année d'adoption", "generation": "Génération",
            "n_axes": "Axes", "n_objectifs": "Objectifs", "n_actions": "Actions",
            "n_quantified_objectives": "Objectifs chiffrés", "rules_met": "Règles conformes",
            "rules_partial": "Règles partielles", "rules_missing": "Règles absentes",
            "rules_not_applicable": "Règles non applicables", "themes_covered": "Thèmes abordés", "pages": "Pages",
            "path": "Fichier",
        },
    ),
    "Cibles par thème": (
        "targets",
        {
            "theme_label": "Thème", "doc_id": "Document", "value": "Valeur", "unit": "Unité", "kind": "Nature",
            "direction": "Sens", "horizon_year": "Horizon", "per_year": "Par an", "subject": "Objet",
            "text": "Phrase source", "page": "Page", "char_start": "Début (caractère)", "char_end": "Fin (caractère)",
        },
    ),
    "Synthèse par thème": (
        "themes",
        {
            "theme_label": "Thème", "schemas_covering": "Schémas qui l'abordent",
            "schemas_with_target": "Schémas avec une cible chiffrée", "targets": "Cibles",
            "median_share_target": "Part visée médiane (%)", "highest_share_target": "Part visée la plus haute (%)",
            "horizon_years": "Horizons",
        },
    ),
    "Recensement par type": ("census_type", {"authority_type_label": "Type de collectivité", "schemas": "Schémas"}),
    "Recensement par année": ("census_year", {"adoption_year": "Année d'adoption", "schemas": "Schémas"}),
    "Cibles nationales": (
        "national",
        {
            "doc_id": "Document", "target_label": "Cible nationale", "national_value": "Cible nationale (%)",
            "objective_value": "Objectif du schéma (%)", "position": "Position", "legal_source": "Source",
            "objective_text": "Phrase source",
        },
    ),
}
_POSITION_FR = {"below": "en dessous", "at": "au niveau", "above": "au-dessus"}
_TYPE_FR_COLUMNS = {"authority_type"}


def safe_cell(value: Any) -> Any:
    """A value openpyxl writes as data (:mod:`spaser_nlp.sheets`): formula-looking text quoted, long text cut.

    >>> safe_cell("=1+1"), safe_cell(12.5), safe_cell("@SUM(A1)"), safe_cell(["a", "b"])
    ("'=1+1", 12.5, "'@SUM(A1)", 'a; b')
    """
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, str):
        return xlsx_text(neutralise(value))[0]
    return value


def write_workbook(comparison: Comparison, path: str | Path) -> Path:
    """Write the comparison to ``path`` (``.xlsx``) and return it."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from spaser_nlp.checklist import STATUS_LABELS
    from spaser_nlp.classify.taxonomy import load_taxonomy
    from spaser_nlp.profile import AUTHORITY_TYPE_LABELS

    taxonomy = load_taxonomy()
    theme_labels = {theme_id: taxonomy.label(theme_id) for theme_id in taxonomy.ids}
    workbook = Workbook()
    workbook.remove(workbook.active)
    frames = dict(comparison.as_dict())
    checklist = comparison.checklist.copy()
    sheets = dict(_SHEETS)
    if not checklist.empty:
        for column in checklist.columns[1:]:
            checklist[column] = checklist[column].map(lambda s: STATUS_LABELS.get(s, s))
        frames["checklist_fr"] = checklist
        sheets["Conformité"] = ("checklist_fr", {c: ("Document" if c == "doc_id" else c) for c in checklist.columns})
    for title, (attribute, headers) in sheets.items():
        frame: pd.DataFrame = frames[attribute]
        sheet = workbook.create_sheet(title)
        columns = [c for c in headers if c in frame.columns]
        sheet.append([headers[c] for c in columns])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in frame[columns].itertuples(index=False):
            values = []
            for column, value in zip(columns, row):
                if column in _TYPE_FR_COLUMNS and isinstance(value, str):
                    value = AUTHORITY_TYPE_LABELS.get(value, value)
                if column == "themes_covered" and isinstance(value, list):
                    value = [theme_labels.get(theme, theme) for theme in value]
                if column == "position" and isinstance(value, str):
                    value = _POSITION_FR.get(value, value)
                values.append(safe_cell(value))
            sheet.append(values)
        sheet.freeze_panes = "A2"
        if columns:
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(1, sheet.max_row)}"
        for index, column in enumerate(columns, start=1):
            longest = max([len(headers[column])] + [len(str(v)) for v in frame[column].head(200) if v is not None])
            sheet.column_dimensions[get_column_letter(index)].width = min(60, max(10, longest + 2))
    path = Path(path)
    workbook.save(path)
    return path


__all__ = ["safe_cell", "write_workbook"]
