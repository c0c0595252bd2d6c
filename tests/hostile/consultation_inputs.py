"""Deterministic generators of hostile and messy consultation files (CSV, XLSX, JSON, JSONL).

Used by tests/hostile/test_consultations.py and benchmarks/fuzz_readers.py; every
file is built from code, nothing is downloaded.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="contributions" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/></Relationships>'
)
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_CHUNK = 1 << 20


def _xlsx(path: Path, sheet_chunks, string_chunks) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        for name, chunks in (("xl/worksheets/sheet1.xml", sheet_chunks), ("xl/sharedStrings.xml", string_chunks)):
            with archive.open(name, "w", force_zip64=True) as handle:
                for chunk in chunks:
                    handle.write(chunk if isinstance(chunk, bytes) else chunk.encode("utf-8"))
    return path


def xlsx_shared_string_bomb(path: Path, size: int = 1024**3) -> Path:
    """One shared string of ``size`` characters in a file of about a megabyte."""
    sheet = [f'<worksheet {_NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>'
             '<row r="2"><c r="A2" t="s"><v>0</v></c></row></sheetData></worksheet>']

    def strings():
        yield f'<sst {_NS} count="1" uniqueCount="1"><si><t>'
        block = b"a" * _CHUNK
        for _ in range(size // _CHUNK):
            yield block
        yield "</t></si></sst>"

    return _xlsx(path, sheet, strings())


def xlsx_empty_rows(path: Path, rows: int = 10_000_000) -> Path:
    """A header, one contribution, then ``rows`` empty rows."""

    def sheet():
        yield (f'<worksheet {_NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>'
               '<row r="2"><c r="A2" t="s"><v>1</v></c></row>')
        batch = 100_000
        for start in range(3, rows + 3, batch):
            yield "".join(f'<row r="{r}"/>' for r in range(start, min(start + batch, rows + 3)))
        yield "</sheetData></worksheet>"

    strings = [f'<sst {_NS} count="2" uniqueCount="2"><si><t>texte</t></si>'
               "<si><t>Il faut plus de produits bio dans les cantines.</t></si></sst>"]
    return _xlsx(path, sheet(), strings)


def csv_utf16(path: Path) -> Path:
    """Excel's « Texte Unicode »: UTF-16 LE with BOM, tab-separated."""
    rows = ["id\ttexte", "1\tIl faut plus de produits bio à la cantine", "2\tDes clauses sociales dans les marchés"]
    path.write_bytes("\r\n".join(rows).encode("utf-16"))
    return path


def csv_big_cell(path: Path, chars: int = 200_000) -> Path:
    words = ("les achats responsables de la région " * (chars // 37 + 1))[:chars]
    path.write_text(f'id;texte\n1;"{words}"\n2;"Plus de bio à la cantine scolaire"\n', encoding="utf-8")
    return path


def json_strings(path: Path) -> Path:
    path.write_text(json.dumps(["Plus de bio à la cantine scolaire", "Des clauses sociales dans les marchés"],
                               ensure_ascii=False), encoding="utf-8")
    return path


def json_rows(path: Path) -> Path:
    path.write_text(json.dumps([["id", "texte"], ["1", "Plus de bio à la cantine scolaire"],
                                ["2", "Des clauses sociales dans les marchés"]], ensure_ascii=False), encoding="utf-8")
    return path


def jsonl_list_line(path: Path) -> Path:
    path.write_text('{"id": "1", "texte": "Plus de bio"}\n["un", "tableau"]\n', encoding="utf-8")
    return path


def json_deep(path: Path, depth: int = 200_000) -> Path:
    path.write_text("[" * depth + "]" * depth, encoding="utf-8")
    return path


def json_deep_objects(path: Path, depth: int = 100_000) -> Path:
    path.write_text('{"a":' * depth + "1" + "}" * depth, encoding="utf-8")
    return path


def xlsx_not_zip(path: Path) -> Path:
    path.write_bytes(b"PK\x03\x04 this is not really a zip archive " * 10)
    return path


def csv_huge_contribution(path: Path, chars: int = 1_000_000) -> Path:
    path.write_text("id,texte\n1," + "x" * chars + "\n2,Plus de bio à la cantine scolaire de la commune\n",
                    encoding="utf-8")
    return path
