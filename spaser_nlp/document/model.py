"""The typed document model every pipeline stage reads and writes.

Coordinates: a page's bounding boxes are in PDF points (1/72 inch) with the
origin at the page's top-left corner, ``(x0, y0, x1, y1)`` with ``y`` growing
downwards, whatever the source (text layer, OCR of a scan, image). OCR pixel
boxes are converted with the rendering resolution.

Text and offsets: :attr:`Document.text` is the document text in reading order
as ingestion produced it (the *raw* text of later stages): pages joined by a
form feed, blocks of a page by a blank line. Every block and page carries the
``[char_start, char_end)`` span of its text in :attr:`Document.text`, so any
span found later maps back to a page and a bounding box. The text exactly as
found on the page, before ingestion rejoined hyphenated words or normalised
Unicode, is kept in :attr:`Block.orig`.

Cleaning adds :attr:`Document.clean` (cleaned text, edits, and an offset map
from cleaned characters back to :attr:`Document.text`); later stages write
sections, objectives and themes with offsets in the cleaned text and the raw
span they come from.

The JSON form is versioned by :data:`SCHEMA_VERSION`; ``Document.from_json``
reads the current major version and upgrades version 1 (whose offset map was one
integer per character), and refuses any other with what to do.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_serializer, field_validator

from spaser_nlp.errors import FileMissingError, InputError, SchemaVersionError

# 2.0: CleanedText.offset_map is stored as runs (see compress_offsets); 1.x documents are upgraded on reading.
SCHEMA_VERSION = "2.0"
_READABLE_MAJORS = {"1", "2"}

PAGE_SEPARATOR = "\f"
BLOCK_SEPARATOR = "\n\n"

PageSource = Literal["text_layer", "ocr", "text"]
BlockKind = Literal["heading", "paragraph", "list_item", "table_row", "table_cell", "caption", "box", "other"]
SectionKind = Literal["axe", "objectif", "action", "indicateur", "chapitre"]
TableKind = Literal["indicators", "other"]
Comparator = Literal[">=", "<=", "="]
Direction = Literal["increase", "decrease", "reach", "maintain"]
ObjectiveKind = Literal["rate", "absolute", "relative_change", "growth_rate"]
ObjectiveSource = Literal["sentence", "table"]


def compress_offsets(offsets: Sequence[int]) -> list[list[int]]:
    """The runs of an offset map: ``[index, value]`` wherever the map does not go up by one.

    Between two runs the map counts up by one from the run's value, so a cleaned text
    with few edits needs a few pairs instead of one integer per character.

    >>> compress_offsets([0, 1, 2, 5, 6, 6, 7])
    [[0, 0], [3, 5], [5, 6]]
    >>> expand_offsets(compress_offsets([0, 1, 2, 5, 6, 6, 7]), 7)
    [0, 1, 2, 5, 6, 6, 7]
    """
    runs: list[list[int]] = []
    expected = None
    for index, value in enumerate(offsets):
        if value != expected:
            runs.append([index, value])
        expected = value + 1
    return runs


def expand_offsets(runs: Sequence[Sequence[int]], length: int) -> list[int]:
    """The offset map of ``length`` entries that :func:`compress_offsets` turned into ``runs``."""
    offsets: list[int] = []
    starts = [int(run[0]) for run in runs]
    if starts and starts[0] != 0 or starts != sorted(set(starts)) or any(start >= length for start in starts):
        raise ValueError("offset map runs must start at 0 and have increasing indexes below its length")
    for (start, value), end in zip(runs, [*starts[1:], length]):
        offsets.extend(range(int(value), int(value) + end - start))
    if len(offsets) != length:
        raise ValueError(f"offset map runs give {len(offsets)} entries, expected {length}")
    return offsets


class _Model(BaseModel):
    # ``extra="forbid"`` keeps the JSON contract honest: a misspelt field is an error, not silently dropped.
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class BBox(_Model):
    """A rectangle on a page, in points, origin top-left."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def union(self, other: BBox) -> BBox:
        return BBox(
            x0=min(self.x0, other.x0), y0=min(self.y0, other.y0), x1=max(self.x1, other.x1), y1=max(self.y1, other.y1)
        )


class Span(_Model):
    """A half-open character span ``[start, end)`` in some text."""

    start: int
    end: int


class Provenance(_Model):
    """Where an extracted element comes from.

    ``char_start``/``char_end`` are offsets in the cleaned text when the document
    was cleaned (else in :attr:`Document.text`); ``raw_start``/``raw_end`` are
    always offsets in :attr:`Document.text`.
    """

    doc_id: str | None = None
    page: int | None = None
    bbox: BBox | None = None
    char_start: int | None = None
    char_end: int | None = None
    raw_start: int | None = None
    raw_end: int | None = None


class Word(_Model):
    """An OCR word with its box and Tesseract confidence (0-100)."""

    text: str
    bbox: BBox
    confidence: float
    char_start: int = -1
    char_end: int = -1


class Block(_Model):
    """A paragraph, heading, list item, table row or cell on one page.

    ``text`` is the block's text as it appears in :attr:`Document.text` at
    ``[char_start, char_end)``; ``orig`` is the text exactly as extracted from
    the page (line breaks kept, before dehyphenation and Unicode normalisation).
    """

    id: str
    kind: BlockKind = "paragraph"
    page: int
    bbox: BBox
    text: str
    orig: str = ""
    char_start: int = -1
    char_end: int = -1
    column: int | None = None
    font_size: float | None = None
    bold: bool | None = None
    confidence: float | None = None
    words: list[Word] | None = None


class Page(_Model):
    """One page: its size, where its text came from, and its blocks in reading order."""

    number: int
    width: float
    height: float
    source: PageSource
    ocr_confidence: float | None = None
    rotation: int = 0
    skew_degrees: float | None = None
    dpi: int | None = None
    columns: int | None = None
    char_start: int = -1
    char_end: int = -1
    blocks: list[Block] = Field(default_factory=list)
    removed: list[Block] = Field(default_factory=list, description="running headers, footers and page numbers")
    warnings: list[str] = Field(default_factory=list)


class Edit(_Model):
    """One change made by the cleaner, in raw-text coordinates."""

    start: int
    end: int
    before: str
    after: str
    rule: str
    confidence: float = 1.0


class CleanedText(_Model):
    """The cleaned text of a document and how it maps back to the raw text.

    ``offset_map`` has one entry per cleaned character plus one: entry ``i`` is
    the raw offset where cleaned character ``i`` comes from (the final entry
    maps the end of the text), so ``raw_span(a, b)`` is exact for every span.
    In memory it is that list; serialised it is ``{"length": n, "runs": [[index,
    value], ...]}`` (:func:`compress_offsets`), which reads back to the same list.
    """

    text: str
    edits: list[Edit] = Field(default_factory=list)
    offset_map: list[int] = Field(default_factory=list)

    @field_validator("offset_map", mode="before")
    @classmethod
    def _expand_runs(cls, value: Any) -> Any:
        if isinstance(value, dict) and set(value) == {"length", "runs"}:
            return expand_offsets(value["runs"], int(value["length"]))
        return value  # a plain list: built in memory, or a schema 1 document

    @field_serializer("offset_map")
    def _compress_runs(self, offsets: list[int]) -> dict[str, Any]:
        return {"length": len(offsets), "runs": compress_offsets(offsets)}

    def raw_offset(self, clean_offset: int) -> int:
        if not self.offset_map:
            return clean_offset
        clean_offset = max(0, min(clean_offset, len(self.offset_map) - 1))
        return self.offset_map[clean_offset]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``[start, end)`` covering cleaned ``[start, end)``."""
        if end <= start:
            raw = self.raw_offset(start)
            return raw, raw
        raw_start = self.raw_offset(start)
        raw_end = self.raw_offset(end - 1) + 1
        return raw_start, max(raw_start, raw_end, self.raw_offset(end))


class Section(_Model):
    """A node of the plan tree (axe, objectif, action, indicateur, chapitre).

    ``title`` is the heading as written (label word, number and title);
    ``label`` the label word ("Objectif stratégique") and ``number`` its
    canonical number ("I.1"); ``level`` the depth in the tree (1 = root).
    ``provenance`` locates the heading; ``span`` is the section's whole body,
    subsections included, in the same coordinates as ``provenance.char_start``.
    """

    id: str
    kind: SectionKind
    number: str | None = None
    title: str
    level: int
    parent_id: str | None = None
    provenance: Provenance
    label: str | None = None
    span: Span | None = None


class TableRow(_Model):
    """One row of a table, cells in column order."""

    cells: list[str]
    provenance: Provenance


class Table(_Model):
    """A table found on a page (indicator tables become objective records)."""

    id: str
    page: int
    bbox: BBox | None = None
    kind: TableKind = "other"
    header: list[str] = Field(default_factory=list)
    rows: list[TableRow] = Field(default_factory=list)
    section_id: str | None = None
    provenance: Provenance
    roles: list[str] = Field(
        default_factory=list,
        description="role of each column: indicator, reference, reference_year, target, target_year, unit, number, other",
    )
    years: list[int | None] = Field(default_factory=list, description="the year each column's header names, if any")


class ThemeScore(_Model):
    theme: str
    score: float


class Objective(_Model):
    """A quantified objective (the public record of ``spaser extract``)."""

    doc_id: str
    text: str
    section: str | None = None
    page: int | None = None
    char_start: int
    char_end: int
    raw_start: int | None = None
    raw_end: int | None = None
    value: float
    value_max: float | None = None
    unit: str
    comparator: Comparator | None = None
    direction: Direction
    kind: ObjectiveKind
    per_year: bool = False
    horizon_year: int | None = None
    baseline_year: int | None = None
    baseline_value: float | None = None
    subject: str | None = None
    themes: list[str] = Field(default_factory=list)
    confidence: float = 0.0
    source: ObjectiveSource = "sentence"


class Evidence(_Model):
    """A quotation that supports a finding, with where it is in the document."""

    quote: str
    provenance: Provenance


AuthorityType = Literal[
    "region",
    "departement",
    "metropole",
    "communaute_urbaine",
    "communaute_agglomeration",
    "communaute_communes",
    "commune",
    "etat",
    "etablissement_public",
    "hopital",
    "autre",
]
ProfileFieldName = Literal["authority_name", "authority_type", "period", "adoption_date", "generation"]


class Fact(_Model):
    """One piece of the schéma's profile: its value, the evidence that decided it and how sure the rule is.

    ``value`` is a string whatever the field: the authority's name, an :data:`AuthorityType`, a period
    ``"2024-2028"``, an ISO date ``"2023-12-14"`` or a year ``"2023"``, ``"first"`` or ``"renewal"``.
    """

    value: str
    confidence: float
    rule: str
    evidence: Evidence | None = None


class SchemaProfile(_Model):
    """Who wrote the schéma and when: each field is None when the document does not say."""

    authority_name: Fact | None = None
    authority_type: Fact | None = None
    period: Fact | None = None
    adoption_date: Fact | None = None
    generation: Fact | None = None
    generation_number: int | None = None

    @property
    def period_years(self) -> tuple[int, int] | None:
        if self.period is None:
            return None
        start, _, end = self.period.value.partition("-")
        return int(start), int(end)


ChecklistStatus = Literal["met", "partial", "missing", "not_applicable"]


class ChecklistItem(_Model):
    """The verdict of one legal rule on one schéma, with the evidence that decided it and why."""

    rule_id: str
    title: str
    legal_source: str
    status: ChecklistStatus
    reason: str
    evidence: list[Evidence] = Field(default_factory=list)


class TargetComparison(_Model):
    """A quantified objective of the schéma set beside the national target on the same subject."""

    target_id: str
    target_label: str
    legal_source: str
    national_value: float
    national_horizon: int | None = None
    objective_index: int
    objective_value: float
    objective_text: str
    position: Literal["below", "at", "above"]


class DocumentError(_Model):
    """A problem met while processing a document (kept, not raised, in batch runs)."""

    stage: str
    message: str
    page: int | None = None


class Document(_Model):
    """A schéma (or any input document) with everything the pipeline learnt about it."""

    schema_version: str = SCHEMA_VERSION
    doc_id: str
    source_path: str
    sha256: str
    media_type: str
    page_count: int
    metadata: dict[str, str] = Field(default_factory=dict)
    pages: list[Page] = Field(default_factory=list)
    text: str = ""
    clean: CleanedText | None = None
    sections: list[Section] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    objectives: list[Objective] = Field(default_factory=list)
    themes: list[ThemeScore] = Field(default_factory=list)
    profile: SchemaProfile | None = None
    checklist: list[ChecklistItem] = Field(default_factory=list)
    target_comparisons: list[TargetComparison] = Field(default_factory=list)
    errors: list[DocumentError] = Field(default_factory=list)
    pipeline: dict[str, str] = Field(default_factory=dict, description="package version and resolved settings")

    # ----- text access -------------------------------------------------
    def page_texts(self) -> list[str]:
        """The text of each page, in order (the raw text split on form feeds)."""
        return self.text.split(PAGE_SEPARATOR)

    def page_at(self, raw_offset: int) -> int | None:
        """The page number holding raw character ``raw_offset``."""
        starts = [p.char_start for p in self.pages]
        index = bisect_right(starts, raw_offset) - 1
        if index < 0 or not self.pages:
            return None
        return self.pages[index].number

    def block_at(self, raw_offset: int) -> Block | None:
        """The block whose raw span holds ``raw_offset`` (None in separators)."""
        page_number = self.page_at(raw_offset)
        if page_number is None:
            return None
        page = self.pages[page_number - 1] if self.pages[page_number - 1].number == page_number else None
        if page is None:
            page = next(p for p in self.pages if p.number == page_number)
        for block in page.blocks:
            if block.char_start <= raw_offset < block.char_end:
                return block
        return None

    def provenance(self, start: int, end: int, *, cleaned: bool | None = None) -> Provenance:
        """Provenance of ``[start, end)``, in cleaned coordinates if the document was cleaned."""
        use_clean = self.clean is not None if cleaned is None else cleaned
        if use_clean and self.clean is not None:
            raw_start, raw_end = self.clean.raw_span(start, end)
        else:
            raw_start, raw_end = start, end
        block = self.block_at(raw_start)
        return Provenance(
            doc_id=self.doc_id,
            page=self.page_at(raw_start),
            bbox=block.bbox if block else None,
            char_start=start,
            char_end=end,
            raw_start=raw_start,
            raw_end=raw_end,
        )

    # ----- serialisation -------------------------------------------------
    def to_json(self, *, indent: int | None = None) -> str:
        return self.model_dump_json(indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> Document:
        """Read a Document JSON; anything else raises :class:`InputError` (never a JSON or pydantic error)."""
        import json

        from pydantic import ValidationError

        try:
            payload = json.loads(data)
        except (ValueError, UnicodeDecodeError) as error:
            raise InputError(f"not a Document JSON (invalid JSON: {error}); write one with `spaser ingest`") from None
        if not isinstance(payload, dict):
            raise InputError("not a Document JSON (not a JSON object); write one with `spaser ingest`")
        version = str(payload.get("schema_version", "0"))
        if version.split(".")[0] not in _READABLE_MAJORS:
            raise SchemaVersionError(
                f"document JSON has schema version {version}; this spaser_nlp reads versions 1 and "
                f"{SCHEMA_VERSION.split('.')[0]} only: process the source file again with this version"
            )
        # Version 1 differs only by its offset map, one integer per character, which the model still reads.
        payload["schema_version"] = SCHEMA_VERSION
        try:
            return cls.model_validate(payload)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "document"
            more = f" and {error.error_count() - 1} more" if error.error_count() > 1 else ""
            raise InputError(
                f"not a valid Document JSON ({where}: {first['msg']}{more}); write it again with `spaser ingest`"
            ) from None

    def save(self, path: str | Path) -> None:
        Path(path).write_text(self.to_json(indent=1), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> Document:
        """Read the Document JSON at ``path``; errors are :class:`InputError` naming the file."""
        try:
            data = Path(path).read_bytes()
        except FileNotFoundError:
            raise FileMissingError("no such file; check the path", path=path) from None
        except IsADirectoryError:
            raise InputError("is a folder, not a Document JSON file", path=path) from None
        try:
            return cls.from_json(data)
        except InputError as error:
            if error.path is not None:
                raise
            raise type(error)(error.message, path=path, options=error.options) from None
