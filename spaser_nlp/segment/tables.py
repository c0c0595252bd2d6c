"""Tables from the ingested text, and the reading of indicator tables.

Ingestion writes a table as one or more ``table_row`` blocks: rows on lines,
cells separated by tabs (from the PDF's table structure on text-layer pages,
from aligned columns on OCR pages). Consecutive such blocks on a page form
one table. A table whose header names an indicator and a target or reference
becomes ``kind="indicators"``, with the role and year of each column, and each
of its rows can be read as an :class:`IndicatorRow` for the objective
extractor.

>>> column_role("Valeur de référence (2022)"), column_role("Cible 2028"), column_role("Année cible")
('reference', 'target', 'target_year')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spaser_nlp.document import BBox, Block, Document, Provenance, Table, TableRow
from spaser_nlp.segment.labels import fold
from spaser_nlp.segment.query import section_at
from spaser_nlp.segment.textmap import TextView

_YEAR_RE = re.compile(r"\b(19[89]\d|20[0-9]\d)\b")
_ROLE_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("indicator", ("indicateur", "libelle", "intitule")),
    ("target", ("cible", "objectif", "horizon", "a atteindre", "trajectoire")),
    ("reference", ("reference", "ref.", "situation", "initial", "base", "actuel", "constat", "valeur", "realise")),
)
_ROW_NUMBER_RE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,3}|[IVX]{1,4}\.\d{1,2}(?:\.\d{1,2})?)\.?\s+(?=\D)")


def column_role(header: str) -> str:
    """The role of a column from its header text (``other`` when none fits)."""
    folded = fold(header).strip()
    if folded in ("n", "no", "n°", "num", "numero", "#", "ref", "ref."):
        return "number"
    if "unite" in folded:
        return "unit"
    if "annee" in folded or "echeance" in folded:
        if any(word in folded for word in ("cible", "objectif", "horizon", "echeance")):
            return "target_year"
        if "ref" in folded or "base" in folded:
            return "reference_year"
    for role, words in _ROLE_KEYWORDS:
        if any(word in folded for word in words):
            return role
    return "other"


def _keyword_positions(header: str) -> list[int]:
    folded = fold(header)
    starts = []
    for _, words in _ROLE_KEYWORDS:
        hits = [folded.find(word) for word in words if word in folded]
        if hits:
            starts.append(min(hits))
    return sorted(starts)


def split_merged_header(header: list[str], width: int) -> list[str]:
    """Split header cells that hold two column titles ("Indicateur Situation 2023") until ``width`` cells."""
    cells = list(header)
    index = 0
    while len(cells) < width and index < len(cells):
        positions = _keyword_positions(cells[index])
        cut = next((p for p in positions if p > 0), None)
        if cut is None:
            index += 1
            continue
        cells[index:index + 1] = [cells[index][:cut].strip(), cells[index][cut:].strip()]
    return cells


def is_indicator_table(header: list[str]) -> bool:
    roles = [column_role(cell) for cell in header]
    return "indicator" in roles and any(role in roles for role in ("target", "reference", "target_year"))


@dataclass
class _Line:
    start: int
    end: int
    cells: list[str]


def _lines(view: TextView, block: Block) -> list[_Line]:
    start, end = view.span_from_raw(block.char_start, block.char_end)
    text = view.text[start:end]
    lines: list[_Line] = []
    offset = start
    for line in text.split("\n"):
        if line.strip():
            lines.append(_Line(offset, offset + len(line), [cell.strip() for cell in line.split("\t")]))
        offset += len(line) + 1
    return lines


def _is_header_continuation(header: list[str], row: list[str]) -> bool:
    """A second header line ("de réf." under "Valeur") rather than a data row."""
    if not any(cell for cell in row):
        return False
    if any(char.isdigit() for cell in row for char in _YEAR_RE.sub("", cell)):
        return False  # a data row (years are allowed: "Cible" over "2030")
    return column_role(" ".join(header)) != "other" and all(len(cell) <= 24 for cell in row)


def _table_groups(document: Document) -> list[tuple[list[Block], list[Block]]]:
    """Runs of ``table_row`` blocks, each with the blocks just above it on its page (a stray header)."""
    groups: list[tuple[list[Block], list[Block]]] = []
    for page in document.pages:
        current: list[Block] = []
        before: list[Block] = []
        for block in page.blocks:
            if block.kind == "table_row" and block.char_start >= 0:
                current.append(block)
                continue
            if current:
                groups.append((current, before))
                current = []
            before = [*before[-3:], block]
        if current:
            groups.append((current, before))
    return groups


def _looks_like_data(cells: list[str]) -> bool:
    """A row of values rather than column titles: no title role, a row number or figures beside years."""
    if any(column_role(cell) in ("indicator", "target", "reference", "unit") for cell in cells):
        return False
    return bool(_ROW_NUMBER_RE.match(cells[0] if cells else "")) or any(
        char.isdigit() for cell in cells for char in _YEAR_RE.sub("", cell)
    )


def _stray_header(before: list[Block], table_top: float, width: int) -> list[str] | None:
    """Column titles that ingestion left as short headings on one row just above the table.

    Taken only when each names a column role, they sit on the table's top
    edge, and together they name an indicator and a target or reference.
    """
    titles: list[Block] = []
    for block in reversed(before):
        size = block.font_size or 10.0
        if (
            block.kind not in ("heading", "paragraph")
            or len(block.text.split()) > 8
            or column_role(block.text) == "other"
            or block.bbox.y1 < table_top - 3 * size
            or (titles and abs(block.bbox.y0 - titles[0].bbox.y0) > size)
        ):
            break
        titles.insert(0, block)
    if not titles or len(titles) > width:
        return None
    titles.sort(key=lambda block: block.bbox.x0)
    header = split_merged_header([" ".join(block.text.split()) for block in titles], width)
    return header if is_indicator_table(header) else None


def _table(
    document: Document, view: TextView, blocks: list[Block], number: int, before: list[Block] | None = None
) -> Table | None:
    lines = [line for block in blocks for line in _lines(view, block)]
    if not lines:
        return None
    header = lines[0].cells
    body = lines[1:]
    if _looks_like_data(header):
        # The first row holds values ("1.1 Part des marchés…"): its titles may be just above.
        stray = _stray_header(before or [], blocks[0].bbox.y0, max(len(line.cells) for line in lines))
        if stray is not None:
            header, body = stray, lines
    while body and _is_header_continuation(header, body[0].cells):
        extra = body.pop(0).cells
        width = max(len(header), len(extra))
        header = [
            " ".join(part for part in (header[i] if i < len(header) else "", extra[i] if i < len(extra) else "") if part)
            for i in range(width)
        ]
    width = max((len(line.cells) for line in body), default=len(header))
    header = _split_number_column(header, body)
    header = split_merged_header(header, width)
    indicators = is_indicator_table(header)
    bbox: BBox = blocks[0].bbox
    for block in blocks[1:]:
        bbox = bbox.union(block.bbox)
    start, end = lines[0].start, lines[-1].end
    table = Table(
        id=f"t{number}",
        page=blocks[0].page,
        bbox=bbox,
        kind="indicators" if indicators else "other",
        header=header,
        rows=[TableRow(cells=line.cells, provenance=document.provenance(line.start, line.end)) for line in body],
        provenance=document.provenance(start, end),
        roles=[column_role(cell) for cell in header] if indicators else [],
        years=[_year(cell) for cell in header] if indicators else [],
    )
    section = section_at(document, start)
    table.section_id = section.id if section else None
    return table


def _split_number_column(header: list[str], body: list[_Line]) -> list[str]:
    """"N° Indicateur" over a column of row numbers and a column of names: two columns."""
    match = re.match(r"^(N\s*°|No\.?|#)\s+(\S.*)$", header[0]) if header else None
    if match is None or not body:
        return header
    numbered = sum(1 for line in body if re.fullmatch(r"\d{1,3}(?:\.\d{1,2})*", line.cells[0]))
    if numbered * 2 < len(body):
        return header
    return [match.group(1), match.group(2), *header[1:]]


def _year(text: str) -> int | None:
    match = _YEAR_RE.search(text)
    return int(match.group(1)) if match else None


def find_tables(document: Document, view: TextView | None = None) -> list[Table]:
    """Every table of ``document`` (sections must be set first, to link each table to its node)."""
    view = view or TextView(document)
    tables: list[Table] = []
    for blocks, before in _table_groups(document):
        table = _table(document, view, blocks, len(tables) + 1, before)
        if table is not None:
            tables.append(table)
    return tables


@dataclass
class IndicatorRow:
    """One row of an indicator table, read through the column roles."""

    indicator: str
    provenance: Provenance
    section_id: str | None = None
    number: str | None = None
    unit: str | None = None
    reference: str | None = None
    reference_year: int | None = None
    targets: list[tuple[str, int | None]] = field(default_factory=list)


def _cell(cells: list[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""


def indicator_rows(document: Document, table: Table) -> list[IndicatorRow]:
    """The rows of an indicator table as records (empty for other tables).

    A row numbered like a plan node ("1.1 Part des marchés…", or a "N°"
    column) is linked to that node when the plan has it, else to the table's
    section.
    """
    if table.kind != "indicators":
        return []
    roles = table.roles
    years = table.years or [None] * len(roles)
    by_number = {s.number: s.id for s in document.sections if s.number and s.kind != "chapitre"}
    records: list[IndicatorRow] = []
    for row in table.rows:
        cells = row.cells
        indicator = " ".join(_cell(cells, i) for i, role in enumerate(roles) if role == "indicator").strip()
        if not indicator:
            continue
        number = next((_cell(cells, i) for i, role in enumerate(roles) if role == "number" and _cell(cells, i)), None)
        numbered = _ROW_NUMBER_RE.match(indicator)
        if numbered:
            number = number or numbered.group(1)
            indicator = indicator[numbered.end():]
        record = IndicatorRow(
            indicator=indicator,
            provenance=row.provenance,
            section_id=by_number.get(number or "", table.section_id),
            number=number,
        )
        for index, role in enumerate(roles):
            value = _cell(cells, index)
            if role == "unit":
                record.unit = value or None
            elif role == "reference":
                record.reference = value or None
                record.reference_year = record.reference_year or years[index]
            elif role == "reference_year":
                record.reference_year = _year(value) or record.reference_year
            elif role == "target" and value:
                record.targets.append((value, years[index]))
            elif role == "target_year" and record.targets and _year(value):
                text, _ = record.targets[-1]
                record.targets[-1] = (text, _year(value))
        records.append(record)
    return records
