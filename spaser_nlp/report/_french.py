"""French formats for what analysts read: numbers, percentages, dates and plurals (through Babel)."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

LOCALE = "fr_FR"
_FR = Locale.parse(LOCALE)
#: Fixed date of every zip entry of the written XLSX and DOCX files (reproducible bytes).
FIXED_DATE = (2000, 1, 1, 0, 0, 0)
FIXED_DATETIME = dt.datetime(2000, 1, 1)
# XML 1.0 refuses these control characters (Word and Excel files are XML).
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def number(value: float | int) -> str:
    """``1 234`` or ``0,25`` (narrow no-break space, decimal comma)."""
    return str(format_decimal(value, locale=LOCALE))


def percent(share: float) -> str:
    """``13,9 %`` (one decimal, narrow no-break space before the sign)."""
    return str(format_percent(share, "#,##0.0\u202f%", locale=LOCALE))


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """``1 contribution``, ``0 contribution``, ``1 234 contributions`` (French rules: 0 and 1 are singular)."""
    word = singular if _FR.plural_form(count) == "one" else (plural_form or singular + "s")
    return f"{number(count)} {word}"


def date(value: dt.date | dt.datetime) -> str:
    """``12 mars 2019``."""
    return str(format_date(value, format="long", locale=LOCALE))


def xml_text(value: Any) -> str:
    """``value`` as text an XML part accepts (control characters become spaces)."""
    return _XML_ILLEGAL.sub(" ", "" if value is None else str(value))


def parse_dates(values: Any) -> list[dt.datetime | None]:
    """Dates of a column as naive datetimes (``None`` where absent or unreadable)."""
    import pandas as pd

    parsed = pd.to_datetime(pd.Series(list(values), dtype=object), errors="coerce", utc=True, format="mixed")
    return [None if stamp is pd.NaT else stamp.to_pydatetime() for stamp in parsed.dt.tz_convert(None).astype(object)]


def write_fixed_zip(data: bytes, path: Path) -> None:
    """Rewrite the zip ``data`` (an XLSX or DOCX) into ``path`` with fixed entry dates and save times."""
    source = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":  # writers stamp the save time as "modified"
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2000-01-01T00:00:00Z", content)
                content = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2000-01-01T00:00:00Z", content)
            target.writestr(entry, content)
