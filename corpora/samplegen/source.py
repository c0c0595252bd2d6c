"""Read and validate a sample-document source (``corpora/sources/<id>.yaml``).

The YAML format is documented in ``corpora/sources/FORMAT.md``. Every problem is
reported as a :class:`SourceError` whose message names the file and the place in
it (page number, band, block) and says what to change.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

BLOCK_TYPES = ("title", "heading", "paragraph", "bullets", "box", "table", "column_break")
FONT_FAMILIES = {
    # family -> (regular, bold, italic); only base-14 fonts, so no font files are needed.
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times-Roman": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}
TABLE_RULES = ("grid", "horizontal", "none")
_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")


class SourceError(Exception):
    """A source file is invalid, or its content cannot be laid out as asked."""


@dataclass(frozen=True)
class Style:
    """Rendering choices of one document (see FORMAT.md, ``style:``)."""

    font: str = "Helvetica"
    font_size: float = 10.0
    leading: float = 0.0  # 0 means 1.25 x font_size
    hyphenate: bool = False
    justify: bool = True
    table_rules: str = "grid"
    accent_color: str = "#1f5f8b"
    title_band: bool = True  # title blocks drawn as white text on an accent band
    bullet: str = "•"
    margin: float = 48.0  # points, all four sides (header/footer sit inside it)
    gutter: float = 16.0  # points between columns
    band_gap: float = 10.0  # points between two bands of a page
    page_number: str = "{n}"  # format of the page number; {n} and {total} are replaced

    @property
    def line_height(self) -> float:
        return self.leading or round(self.font_size * 1.25, 2)

    @property
    def fonts(self) -> tuple[str, str, str]:
        return FONT_FAMILIES[self.font]


@dataclass(frozen=True)
class Block:
    """One block of a band; ``where`` locates it in the source for error messages."""

    type: str
    where: str
    text: str = ""
    level: int = 1
    items: tuple[str, ...] = ()
    title: str = ""
    paragraphs: tuple[str, ...] = ()  # box body, one entry per paragraph
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    widths: tuple[float, ...] = ()  # table column widths as fractions of the column


@dataclass(frozen=True)
class Band:
    """A horizontal band of a page split into ``columns`` equal columns."""

    columns: int
    blocks: tuple[Block, ...]
    where: str
    height: float | None = None  # fixed height in points; None = fitted or remaining
    balance: bool | None = None  # None = balanced unless it is the page's last band


@dataclass(frozen=True)
class PageSpec:
    """One explicit page: bands top to bottom and whether headers/footers are drawn."""

    number: int
    bands: tuple[Band, ...]
    running: bool = True


@dataclass(frozen=True)
class ScanSettings:
    """How the scanned-like PDF is degraded (see FORMAT.md, ``scan:``)."""

    seed: int
    dpi: int = 200
    jpeg_quality: int = 65
    max_rotation: float = 1.2  # degrees; each page gets uniform(-max, +max)
    noise: float = 4.0  # std-dev of Gaussian noise, grey levels
    blur: float = 0.8  # Gaussian blur radius in pixels at 300 dpi, scaled with dpi
    upside_down_pages: tuple[int, ...] = ()  # 1-based pages scanned at 180 degrees
    mixed: bool = False  # also write <id>-mixed.pdf
    mixed_scanned_pages: tuple[int, ...] = ()  # empty = every even page
    images: bool = False  # also derive a multi-page TIFF and a PNG into samples/images/


@dataclass(frozen=True)
class SourceDoc:
    """A whole sample document as read from its YAML source."""

    id: str
    title: str
    authority: str
    style: Style
    header: str
    footer: str
    pages: tuple[PageSpec, ...]
    scan: ScanSettings
    path: Path = field(compare=False)


def load_source(path: Path) -> SourceDoc:
    """Read and validate one YAML source file."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise SourceError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise SourceError(f"{path}: the top level must be a mapping with id, title, pages...")
    return _parse_doc(raw, path)


def _fail(path: Path, where: str, message: str) -> SourceError:
    return SourceError(f"{path}: {where}: {message}")


def _text(value: Any, path: Path, where: str) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        raise _fail(path, where, "expected a non-empty string")
    # Paragraph rendering collapses runs of spaces, so the ground truth must too.
    text = re.sub(r" {2,}", " ", value.strip())
    if "\n" in text or "\t" in text:
        raise _fail(path, where, "line breaks and tabs are not allowed inside a text; "
                    "use a folded scalar (>-) or split the text into several blocks")
    for char in text:
        try:
            char.encode("cp1252")
        except UnicodeEncodeError:
            raise _fail(path, where, f"character {char!r} (U+{ord(char):04X}) cannot be "
                        "drawn with the base-14 PDF fonts (WinAnsi); use U+00A0 instead of "
                        "U+202F, '>=' instead of '≥', etc.") from None
    return text


def _parse_doc(raw: dict[str, Any], path: Path) -> SourceDoc:
    doc_id = raw.get("id")
    if not isinstance(doc_id, str) or not _ID_RE.match(doc_id):
        raise _fail(path, "id", "expected lowercase ascii words joined by dashes")
    if doc_id != path.stem:
        raise _fail(path, "id", f"id {doc_id!r} must equal the file name {path.stem!r}")
    style = _parse_style(raw.get("style") or {}, path)
    pages_raw = raw.get("pages")
    if not isinstance(pages_raw, list) or not pages_raw:
        raise _fail(path, "pages", "expected a non-empty list of pages")
    pages = tuple(_parse_page(p, i + 1, path) for i, p in enumerate(pages_raw))
    scan = _parse_scan(raw.get("scan") or {}, doc_id, len(pages), path)
    return SourceDoc(
        id=doc_id,
        title=_text(raw.get("title"), path, "title"),
        authority=_text(raw.get("authority"), path, "authority"),
        style=style,
        header=_text(raw.get("header", raw.get("authority")), path, "header"),
        footer=_text(raw.get("footer", raw.get("title")), path, "footer"),
        pages=pages,
        scan=scan,
        path=path,
    )


def _parse_style(raw: dict[str, Any], path: Path) -> Style:
    known = set(Style.__dataclass_fields__)
    unknown = set(raw) - known
    if unknown:
        raise _fail(path, "style", f"unknown keys {sorted(unknown)}; known: {sorted(known)}")
    style = Style(**raw)
    if style.font not in FONT_FAMILIES:
        raise _fail(path, "style.font", f"{style.font!r} is not one of {sorted(FONT_FAMILIES)}")
    if style.table_rules not in TABLE_RULES:
        raise _fail(path, "style.table_rules", f"expected one of {TABLE_RULES}")
    if not _COLOR_RE.match(style.accent_color):
        raise _fail(path, "style.accent_color", "expected a colour like '#1f5f8b'")
    if not 6 <= float(style.font_size) <= 16:
        raise _fail(path, "style.font_size", "expected a size between 6 and 16 points")
    return style


def _parse_page(raw: Any, number: int, path: Path) -> PageSpec:
    where = f"page {number}"
    if not isinstance(raw, dict) or not isinstance(raw.get("layout"), list) or not raw["layout"]:
        raise _fail(path, where, "expected a mapping with a non-empty 'layout' list of bands")
    bands = tuple(_parse_band(b, f"{where}, band {i + 1}", path)
                  for i, b in enumerate(raw["layout"]))
    return PageSpec(number=number, bands=bands, running=bool(raw.get("running", True)))


def _parse_band(raw: Any, where: str, path: Path) -> Band:
    if not isinstance(raw, dict):
        raise _fail(path, where, "expected a mapping with 'columns' and 'blocks'")
    columns = raw.get("columns", 1)
    if columns not in (1, 2, 3):
        raise _fail(path, where, "columns must be 1, 2 or 3")
    blocks_raw = raw.get("blocks")
    if not isinstance(blocks_raw, list) or not blocks_raw:
        raise _fail(path, where, "expected a non-empty 'blocks' list")
    blocks = tuple(_parse_block(b, f"{where}, block {i + 1}", path)
                   for i, b in enumerate(blocks_raw))
    height = raw.get("height")
    if height is not None and (not isinstance(height, (int, float)) or height <= 0):
        raise _fail(path, where, "height must be a positive number of points")
    balance = raw.get("balance")
    return Band(columns=columns, blocks=blocks, where=where,
                height=None if height is None else float(height),
                balance=None if balance is None else bool(balance))


def _parse_block(raw: Any, where: str, path: Path) -> Block:
    if not isinstance(raw, dict) or raw.get("type") not in BLOCK_TYPES:
        raise _fail(path, where, f"expected a mapping whose type is one of {BLOCK_TYPES}")
    kind = raw["type"]
    where = f"{where} ({kind})"
    if kind == "column_break":
        return Block(type=kind, where=where)
    if kind in ("title", "paragraph"):
        return Block(type=kind, where=where, text=_text(raw.get("text"), path, where))
    if kind == "heading":
        level = raw.get("level", 1)
        if level not in (1, 2, 3):
            raise _fail(path, where, "level must be 1, 2 or 3")
        return Block(type=kind, where=where, level=level,
                     text=_text(raw.get("text"), path, where))
    if kind == "bullets":
        items = raw.get("items")
        if not isinstance(items, list) or not items:
            raise _fail(path, where, "expected a non-empty 'items' list")
        return Block(type=kind, where=where,
                     items=tuple(_text(t, path, f"{where} item {i + 1}")
                                 for i, t in enumerate(items)))
    if kind == "box":
        body = raw.get("text")
        body_list = body if isinstance(body, list) else [body]
        return Block(type=kind, where=where, title=_text(raw.get("title"), path, where),
                     paragraphs=tuple(_text(t, path, f"{where} text") for t in body_list))
    return _parse_table(raw, where, path)


def _parse_table(raw: dict[str, Any], where: str, path: Path) -> Block:
    header = raw.get("header")
    rows = raw.get("rows")
    if not isinstance(header, list) or not isinstance(rows, list) or not rows:
        raise _fail(path, where, "expected 'header' (list of cells) and non-empty 'rows'")
    cells = tuple(_text(c, path, f"{where} header") for c in header)
    parsed_rows = []
    for i, row in enumerate(rows):
        if not isinstance(row, list) or len(row) != len(cells):
            raise _fail(path, where, f"row {i + 1} must have {len(cells)} cells like the header")
        parsed_rows.append(tuple(_text(c, path, f"{where} row {i + 1}") for c in row))
    widths = tuple(float(w) for w in raw.get("widths", ()))
    if widths and (len(widths) != len(cells) or abs(sum(widths) - 1) > 0.01):
        raise _fail(path, where, "widths must give one fraction per column, summing to 1")
    return Block(type="table", where=where, header=cells, rows=tuple(parsed_rows), widths=widths)


def _parse_scan(raw: dict[str, Any], doc_id: str, n_pages: int, path: Path) -> ScanSettings:
    known = set(ScanSettings.__dataclass_fields__)
    unknown = set(raw) - known
    if unknown:
        raise _fail(path, "scan", f"unknown keys {sorted(unknown)}; known: {sorted(known)}")
    values = dict(raw)
    # A stable default seed (crc32, not hash(), which is salted per process).
    values.setdefault("seed", zlib.crc32(doc_id.encode("utf-8")) % 10_000)
    for key in ("upside_down_pages", "mixed_scanned_pages"):
        values[key] = tuple(int(p) for p in values.get(key, ()))
        bad = [p for p in values[key] if not 1 <= p <= n_pages]
        if bad:
            raise _fail(path, f"scan.{key}", f"pages {bad} are outside 1..{n_pages}")
    settings = ScanSettings(**values)
    if not 150 <= settings.dpi <= 400:
        raise _fail(path, "scan.dpi", "expected 150..400 dpi")
    if not 30 <= settings.jpeg_quality <= 95:
        raise _fail(path, "scan.jpeg_quality", "expected 30..95")
    return settings
