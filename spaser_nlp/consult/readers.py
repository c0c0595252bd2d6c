"""Low-level, bounded reading of consultation files: CSV/TSV, XLSX, JSON, JSONL.

Every reader returns raw rows (a pandas DataFrame of strings, or records for
JSON) within :class:`ReadLimits`: input size, rows, characters per cell and,
for XLSX, the uncompressed size of the zip entries (checked in the zip
directory before anything is decompressed, so a zip bomb is refused at once).
A cell longer than the limit is cut and ends with a note saying so; a file
over a limit is refused with a one-line :class:`~spaser_nlp.errors.InputError`
naming the limit and the option that raises it.

Encodings: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's « Texte
Unicode », tab-separated) and cp1252/latin-1.

>>> limits = ReadLimits(max_cell_chars=20)
>>> cut_cell("x" * 30, limits)[:24]
'xxxxxxxxxxxxxxxxxxxx […'
"""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from spaser_nlp.errors import CorruptFileError, InputError

#: Rows an XLSX sheet holds at most (Excel's limit, header included).
XLSX_MAX_SHEET_ROWS = 1_048_576


@dataclass(frozen=True)
class ReadLimits:
    """Caps on what a consultation file may hold (``spaser consult --max-...`` options)."""

    #: Largest input file, in bytes.
    max_bytes: int = 2 * 1024**3
    #: Most rows (contributions) read; a 1,000,000-row consultation fits.
    max_rows: int = 2_000_000
    #: Longest cell, in characters: longer text is cut and ends with a note.
    max_cell_chars: int = 100_000
    #: Largest total uncompressed size of an XLSX file's zip entries, in bytes.
    max_uncompressed: int = 2 * 1024**3
    #: Largest compression ratio of an XLSX zip entry over 16 MiB (real sheets stay far below).
    max_ratio: int = 200


DEFAULT_LIMITS = ReadLimits()
_RATIO_CHECKED_FROM = 16 * 1024**2


def cut_cell(text: str, limits: ReadLimits) -> str:
    """``text`` cut to ``limits.max_cell_chars`` characters, with a note saying how long it was."""
    if len(text) <= limits.max_cell_chars:
        return text
    note = f" […] [texte coupé : {len(text):,} caractères, limite {limits.max_cell_chars:,}]"
    return text[: limits.max_cell_chars] + note.replace(",", "\u202f")


def check_size(path: Path, limits: ReadLimits) -> None:
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise InputError(
            f"the file is {size / 1024**2:,.0f} MiB, over the {limits.max_bytes / 1024**2:,.0f} MiB limit; "
            "split it or raise --max-input-mb"
        )


def _too_many_rows(limits: ReadLimits) -> InputError:
    return InputError(f"more than {limits.max_rows:,} rows; split the file or raise --max-rows")


# ---------------------------------------------------------------- CSV


def decode(raw: bytes) -> str:
    """The text of a CSV export: UTF-8 (BOM or not), UTF-16 (BOM, or NULs of ASCII text), else cp1252."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    head = raw[:4096]
    if len(head) >= 4 and head.count(b"\x00") >= len(head) // 3:
        # UTF-16 without BOM: ASCII characters leave a NUL on every other byte.
        odd_nuls = head[1::2].count(b"\x00")
        return raw.decode("utf-16-le" if odd_nuls >= head[0::2].count(b"\x00") else "utf-16-be", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # cp1252 is what Excel writes on French Windows; it is a superset of
        # latin-1 for printable characters (€, œ, ’).
        return raw.decode("cp1252", errors="replace")


def sniff_delimiter(text: str) -> str:
    """The field delimiter among ``, ; tab |`` from the first lines of ``text``."""
    sample = text[:16384]
    lines = sample.splitlines()
    if len(lines) > 1 and len(sample) == 16384:
        sample = "\n".join(lines[:-1])  # no cut line at the end of the sample
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        return max(",;\t|", key=first.count)


def read_csv(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> pd.DataFrame:
    """The rows of a CSV/TSV file as strings (cells cut to ``limits.max_cell_chars``)."""
    check_size(path, limits)
    text = decode(path.read_bytes())
    head = text[:65536]
    controls = sum(1 for c in head if c < " " and c not in "\t\n\r")
    if controls > max(8, len(head) // 100):
        raise CorruptFileError("this looks like a binary file, not a CSV; export the contributions as CSV or XLSX")
    if "\x00" in text:
        text = text.replace("\x00", "")
    if not text.strip():
        raise InputError("the file is empty")
    delimiter = sniff_delimiter(text)
    try:
        # The C parser has no per-field size limit (the csv module stops at 131,072 characters).
        frame = pd.read_csv(
            io.StringIO(text), sep=delimiter, dtype=str, keep_default_na=False, engine="c",
            nrows=limits.max_rows + 1, on_bad_lines="error",
        )
    except (pd.errors.ParserError, csv.Error, UnicodeError) as error:
        reason = str(error).strip().splitlines()[-1] if str(error).strip() else type(error).__name__
        raise CorruptFileError(f"cannot parse the CSV ({reason}); check its delimiter and quoting") from None
    except pd.errors.EmptyDataError:
        raise InputError("the file holds no rows") from None
    if len(frame) > limits.max_rows:
        raise _too_many_rows(limits)
    return frame


# ---------------------------------------------------------------- XLSX


def check_zip(path: Path, limits: ReadLimits) -> None:
    """Refuse an XLSX whose zip directory announces a bomb (sizes as the zip states them)."""
    if not zipfile.is_zipfile(path):
        raise CorruptFileError("not a valid XLSX file (it is not a zip archive); save it again from Excel as .xlsx")
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise CorruptFileError(f"damaged XLSX archive ({error}); save it again from Excel as .xlsx") from None
    total = sum(entry.file_size for entry in entries)
    if total > limits.max_uncompressed:
        raise InputError(
            f"the XLSX unpacks to {total / 1024**2:,.0f} MiB, over the {limits.max_uncompressed / 1024**2:,.0f} MiB "
            "limit; export it as CSV"
        )
    for entry in entries:
        if entry.file_size > _RATIO_CHECKED_FROM and entry.file_size > limits.max_ratio * max(1, entry.compress_size):
            raise InputError(
                f"the XLSX entry {entry.filename} unpacks {entry.file_size // max(1, entry.compress_size):,} times "
                "its size (a zip bomb?); export the sheet as CSV"
            )


_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b([^>]{0,400})>")
_ROW_NUMBER = re.compile(rb'\sr="(\d{1,12})"')


def check_sheet_rows(path: Path, sheet_name: str, limits: ReadLimits) -> int:
    """Count a sheet's rows in its XML, streamed, before parsing it: refuse more than Excel holds.

    Ten million empty rows take minutes to parse but a second to count. Returns the
    number of the last row that is not an empty ``<row/>`` (where reading can stop).
    """
    most = min(limits.max_rows + 1, XLSX_MAX_SHEET_ROWS)
    count, highest, last_full, tail = 0, 0, 0, b""
    with zipfile.ZipFile(path) as archive, archive.open(sheet_name) as handle:
        while True:
            chunk = handle.read(1 << 20)
            if not chunk:
                break
            data = tail + chunk
            # Keep an unfinished tag for the next chunk (a tag is short: 400 bytes at most here).
            cut = data.rfind(b"<")
            if cut < len(data) - 512:
                cut = len(data)
            data, tail = data[:cut], data[cut:]
            for match in _ROW_TAG.finditer(data):
                count += 1
                number = _ROW_NUMBER.search(match.group(1))
                row = int(number.group(1)) if number else count
                highest = max(highest, row)
                if not match.group(1).endswith(b"/"):
                    last_full = max(last_full, row)
            if count > most or highest > XLSX_MAX_SHEET_ROWS:
                if count > limits.max_rows + 1 and limits.max_rows + 1 < XLSX_MAX_SHEET_ROWS:
                    raise _too_many_rows(limits)
                raise InputError(
                    f"the sheet has more than {XLSX_MAX_SHEET_ROWS:,} rows (Excel's limit); export it as CSV"
                )
    return last_full


def _first_sheet(path: Path) -> str | None:
    """The zip entry of the workbook's first sheet (``None`` when it cannot be told cheaply)."""
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        sheets = sorted(n for n in names if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n))
        if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names or not sheets:
            return sheets[0] if sheets else None
        if archive.getinfo("xl/workbook.xml").file_size > 10 * 1024**2:
            return None
        workbook = archive.read("xl/workbook.xml").decode("utf-8", errors="replace")
        rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", errors="replace")
    first = re.search(r"<(?:\w+:)?sheet\b[^>]*?r:id=\"([^\"]+)\"", workbook)
    if not first:
        return sheets[0]
    target = re.search(r'<Relationship\b[^>]*?Id="' + re.escape(first.group(1)) + r'"[^>]*?Target="([^"]+)"', rels) or re.search(
        r'<Relationship\b[^>]*?Target="([^"]+)"[^>]*?Id="' + re.escape(first.group(1)) + '"', rels
    )
    if not target:
        return sheets[0]
    name = target.group(1).lstrip("/")
    return name if name.startswith("xl/") else "xl/" + name


def _xlsx_rows(path: Path, last_row: int | None) -> Iterator[tuple[Any, ...]]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        yield from sheet.iter_rows(values_only=True, max_row=last_row)
    finally:
        book.close()


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> pd.DataFrame:
    """The first sheet of an XLSX file as strings, streamed (openpyxl read-only mode)."""
    check_size(path, limits)
    check_zip(path, limits)
    last_row = None
    try:
        sheet_name = _first_sheet(path)
        if sheet_name is not None:
            last_row = check_sheet_rows(path, sheet_name, limits) or None
    except (zipfile.BadZipFile, KeyError, OSError, EOFError) as error:
        raise CorruptFileError(f"damaged XLSX file ({type(error).__name__}: {error}); save it again from Excel") from None
    header: list[str] | None = None
    rows: list[list[str]] = []
    most_rows = min(limits.max_rows, XLSX_MAX_SHEET_ROWS)
    try:
        # openpyxl warns about styles, data validation, images...: noise for a reader of values.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for number, values in enumerate(_xlsx_rows(path, last_row), start=1):
                if number > XLSX_MAX_SHEET_ROWS:
                    raise InputError(
                        f"the sheet has more than {XLSX_MAX_SHEET_ROWS:,} rows (Excel's limit); export it as CSV"
                    )
                cells = [_cell_text(v) for v in values]
                while cells and cells[-1] == "":
                    cells.pop()
                if header is None:
                    if cells:
                        header = cells
                    continue
                if not cells:
                    continue
                if len(rows) >= most_rows:
                    raise _too_many_rows(limits)
                rows.append([cut_cell(c, limits) for c in cells])
    except (zipfile.BadZipFile, KeyError, OSError, EOFError) as error:
        raise CorruptFileError(f"damaged XLSX file ({type(error).__name__}: {error}); save it again from Excel") from None
    except (ValueError, TypeError, IndexError) as error:
        raise CorruptFileError(f"cannot read the XLSX sheet ({error}); save it again from Excel") from None
    if header is None:
        raise InputError("the sheet is empty")
    width = max([len(header), *(len(r) for r in rows)])
    names = [h or f"colonne_{i + 1}" for i, h in enumerate(header + [""] * (width - len(header)))]
    names = _unique(names)
    return pd.DataFrame([r + [""] * (width - len(r)) for r in rows], columns=names, dtype=object)


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        if name in seen:
            seen[name] += 1
            name = f"{name}.{seen[name]}"
        else:
            seen[name] = 0
        out.append(name)
    return out


# ---------------------------------------------------------------- JSON / JSONL


def _record(item: Any, where: str) -> dict:
    """One contribution as a dict: objects as they are, a bare string as its text."""
    if isinstance(item, dict):
        return item
    if isinstance(item, str):
        return {"text": item}
    if item is None or isinstance(item, (int, float, bool)):
        raise InputError(f"{where} is {json.dumps(item)}, not a contribution; expected objects or strings")
    raise InputError(f"{where} is a list, not a contribution; expected objects or strings")


def _records_from_list(items: list, where: str) -> list[dict]:
    if items and all(isinstance(i, list) for i in items):
        # A table written as a list of rows: the first row names the columns when it is all text.
        first = items[0]
        if first and all(isinstance(v, str) for v in first) and len(items) > 1:
            names, body = _unique([v or f"colonne_{i + 1}" for i, v in enumerate(first)]), items[1:]
        else:
            names, body = [], items
        width = max(len(r) for r in items)
        names = names + [f"colonne_{i + 1}" for i in range(len(names), width)]
        return [dict(zip(names, row)) for row in body]
    return [_record(item, f"item {n} of {where}") for n, item in enumerate(items, start=1)]


def records_from_json(data: object) -> list[dict]:
    """The contributions of a parsed JSON file: a list (of objects, strings or rows) or an object holding one."""
    if isinstance(data, list):
        return _records_from_list(data, "the list")
    if isinstance(data, dict):
        for key in ("contributions", "proposals", "data", "items", "results", "records", "answers", "rows"):
            if isinstance(data.get(key), list):
                return _records_from_list(data[key], f"the {key!r} list")
        lists = [(k, v) for k, v in data.items() if isinstance(v, list)]
        if len(lists) == 1:
            return _records_from_list(lists[0][1], f"the {lists[0][0]!r} list")
    raise InputError("the JSON holds no list of contributions (expected a list of objects)")


def _loads(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise CorruptFileError(f"invalid JSON{where} ({error})") from None
    except RecursionError:
        raise CorruptFileError(f"the JSON{where} is nested too deeply to be a consultation export") from None


def read_json(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> list[dict]:
    """The records of a JSON file (see :func:`records_from_json`)."""
    check_size(path, limits)
    records = records_from_json(_loads(path.read_text(encoding="utf-8-sig", errors="replace"), ""))
    if len(records) > limits.max_rows:
        raise _too_many_rows(limits)
    return records


def read_jsonl(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> list[dict]:
    """The records of a JSON Lines file, one object (or string) a line."""
    check_size(path, limits)
    records: list[dict] = []
    with path.open(encoding="utf-8-sig", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            if len(records) >= limits.max_rows:
                raise _too_many_rows(limits)
            records.append(_record(_loads(line, f" on line {number}"), f"line {number}"))
    return records


def frame_from_records(records: list[dict], limits: ReadLimits = DEFAULT_LIMITS) -> pd.DataFrame:
    """Records flattened (nested objects as ``a/b`` columns, at most 3 levels down)."""
    try:
        return pd.json_normalize(records, sep="/", max_level=3)
    except RecursionError:
        raise CorruptFileError("the JSON is nested too deeply to be a consultation export") from None


__all__ = [
    "DEFAULT_LIMITS", "ReadLimits", "XLSX_MAX_SHEET_ROWS", "check_zip", "cut_cell", "decode", "frame_from_records",
    "read_csv", "read_json", "read_jsonl", "read_xlsx", "records_from_json", "sniff_delimiter",
]
