"""Spreadsheet-safe cells: the one helper every CSV and XLSX writer of the package uses.

A spreadsheet reads a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and,
in some programs, a tab or a carriage return) as a formula: a contribution
``=HYPERLINK("http://evil.example/","x")`` would become a live link, and
``=cmd|' /C calc'!A0`` a command. Following the OWASP guidance on CSV
injection, such text cells are prefixed with a single quote; numbers (and
text that is only a number, such as ``-0.25``) stay as they are.

XLSX cells hold at most 32,767 characters: longer text is cut and the cut is
listed (sheet, row, column, original length) so the workbook can say so.

>>> neutralise('=HYPERLINK("http://evil.example/","x")')
'\\'=HYPERLINK("http://evil.example/","x")'
>>> neutralise("-0.25"), neutralise(3), neutralise("plus de bio")
('-0.25', 3, 'plus de bio')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: First characters that make a spreadsheet evaluate a text cell.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Most characters Excel keeps in a cell.
XLSX_MAX_CELL = 32_767
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")
# Excel refuses control characters other than tab, line feed and carriage return.
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_CUT_MARK = " […]"


def neutralise(value: Any) -> Any:
    """``value`` with a leading ``'`` when it is text a spreadsheet would read as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def safe_rows(rows: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    """Rows (``csv.DictWriter`` style) with every text value neutralised."""
    for row in rows:
        yield {key: neutralise(value) for key, value in row.items()}


def _text_columns(frame: pd.DataFrame) -> list[str]:
    import pandas as pd

    return [
        column for column in frame.columns
        if pd.api.types.is_object_dtype(frame[column].dtype) or pd.api.types.is_string_dtype(frame[column].dtype)
    ]


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells are neutralised (numeric columns untouched)."""
    columns = _text_columns(frame)
    if not columns:
        return frame
    frame = frame.copy()
    for column in columns:
        series = frame[column]
        # Only the cells whose first character is suspect go through Python (a million rows stay fast).
        try:
            suspect = series.str[:1].isin(FORMULA_STARTS).to_numpy(dtype=bool, na_value=False)
        except AttributeError:  # no text at all in an object column (lists, None...)
            suspect = series.map(lambda v: isinstance(v, str) and v.startswith(FORMULA_STARTS)).to_numpy(dtype=bool)
        if suspect.any():
            series = series.astype(object)
            series[suspect] = series[suspect].map(neutralise)
            frame[column] = series
    frame.columns = [neutralise(str(c)) if isinstance(c, str) else c for c in frame.columns]
    return frame


@dataclass(frozen=True)
class Cut:
    """One XLSX cell cut to :data:`XLSX_MAX_CELL` characters."""

    sheet: str
    row: int  # spreadsheet row number (1 is the header)
    column: str
    length: int


def xlsx_text(value: str) -> tuple[str, bool]:
    """``value`` as an XLSX cell can hold it (control characters → line breaks; cut when too long)."""
    value = _XLSX_ILLEGAL.sub("\n", value)
    if len(value) <= XLSX_MAX_CELL:
        return value, False
    return value[: XLSX_MAX_CELL - len(_CUT_MARK)] + _CUT_MARK, True


def xlsx_frame(frame: pd.DataFrame, sheet: str, cuts: list[Cut] | None = None) -> pd.DataFrame:
    """``frame`` made safe for a workbook sheet: neutralised, legal and short enough cells.

    Cells that were cut are appended to ``cuts``.
    """
    frame = safe_frame(frame)
    columns = _text_columns(frame)
    if not columns:
        return frame
    frame = frame.copy()
    for column in columns:
        values = []
        for position, value in enumerate(frame[column]):
            if isinstance(value, str):
                original = len(value)
                value, was_cut = xlsx_text(value)
                if was_cut and cuts is not None:
                    cuts.append(Cut(sheet, position + 2, str(column), original))
            values.append(value)
        frame[column] = values
    return frame


def cuts_frame(cuts: list[Cut]) -> pd.DataFrame:
    """The ``coupures`` sheet: which cells were cut, in French for the analysts."""
    import pandas as pd

    return pd.DataFrame(
        {
            "feuille": [c.sheet for c in cuts],
            "ligne": [c.row for c in cuts],
            "colonne": [c.column for c in cuts],
            "longueur_d_origine": [c.length for c in cuts],
            "note": [
                f"texte coupé à {XLSX_MAX_CELL} caractères (limite d'Excel) ; le texte entier est dans le CSV ou le JSON"
                for _ in cuts
            ],
        }
    )


#: Name of the sheet listing the cut cells.
CUTS_SHEET = "coupures"


def write_safe_xlsx(writer: Any, sheets: dict[str, pd.DataFrame]) -> list[Cut]:
    """Write ``sheets`` through a pandas ``ExcelWriter`` (openpyxl), safely; a ``coupures`` sheet if cut."""
    cuts: list[Cut] = []
    for name, frame in sheets.items():
        xlsx_frame(frame, name, cuts).to_excel(writer, index=False, sheet_name=name)
    if cuts:
        cuts_frame(cuts).to_excel(writer, index=False, sheet_name=CUTS_SHEET)
    return cuts


__all__ = [
    "CUTS_SHEET", "FORMULA_STARTS", "XLSX_MAX_CELL", "Cut", "cuts_frame", "neutralise", "safe_frame", "safe_rows",
    "write_safe_xlsx", "xlsx_frame", "xlsx_text",
]
