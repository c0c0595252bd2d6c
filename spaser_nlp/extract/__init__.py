"""Quantified objectives: every target of a schéma as a structured, traceable record.

``extract`` is the pipeline stage ``Document -> Document`` (sets
``document.objectives``); ``extract_objectives`` takes a path (ingest → clean →
segment → extract) or a plain string; ``objectives_frame`` gives a pandas
DataFrame; ``all_quantities`` lists every number with the reason it was
rejected.

>>> [(o.value, o.unit, o.direction, o.horizon_year) for o in extract_objectives(
...     "Réduire de 40 % les émissions liées aux achats d'ici 2030 (par rapport à 2019).")]
[(40.0, '%', 'decrease', 2030)]
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from spaser_nlp.document.model import Document, Objective
from spaser_nlp.extract.collect import QuantityRecord, collect, to_objective

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["QuantityRecord", "all_quantities", "clear_caches", "extract", "extract_objectives", "objectives_frame", "prepare",
           "text_document"]


def extract(document: Document) -> Document:
    """Pipeline stage: set ``document.objectives`` and return the document."""
    document.objectives = [to_objective(document, r) for r in collect(document) if r.reason is None]
    return document


def all_quantities(document: Document) -> list[QuantityRecord]:
    """Every quantity of the document, targets and rejected numbers, each with its reason."""
    return collect(document)


def clear_caches() -> None:
    """Forget what extraction memoises between calls (each clause's parse and embedding, its quantities and years,
    folded words): to time a cold run, or to free memory after a large batch. Results do not change."""
    from spaser_nlp.extract import dates, detector, fields, objectives, quantities

    detector._PARSED.clear()
    detector._EMBEDDED.clear()
    detector._fold.cache_clear()
    quantities._quantities.cache_clear()
    dates._years.cache_clear()
    objectives._is_heading.cache_clear()
    fields._past_verbs.cache_clear()


def text_document(text: str, doc_id: str = "text") -> Document:
    """A one-page Document around a plain string (no ingestion)."""
    from spaser_nlp.document.model import BBox, Block, Page

    page = Page(number=1, width=595, height=842, source="text", char_start=0, char_end=len(text),
                blocks=[Block(id="p1-b1", page=1, bbox=BBox(x0=0, y0=0, x1=595, y1=842), text=text,
                              char_start=0, char_end=len(text))])
    return Document(doc_id=doc_id, source_path="", sha256="", media_type="text/plain", page_count=1,
                    pages=[page], text=text)


def prepare(path: str | Path, *, cleaning: bool = True, segmenting: bool = True) -> Document:
    """The stages before extraction, run on a file, each once and in order: ingest, then clean (unless
    ``cleaning=False``), then segment (unless ``segmenting=False``).

    Every stage is part of the package: a failing import is a broken installation and is raised, never
    skipped. A Document that has already been through these stages goes straight to :func:`extract`.
    """
    from spaser_nlp.clean import clean
    from spaser_nlp.ingest import ingest
    from spaser_nlp.segment import segment

    document = ingest(Path(path))
    if cleaning:
        document = clean(document)
    if segmenting:
        document = segment(document)
    return document


def extract_objectives(path_or_text: str | Path | Document) -> list[Objective]:
    """The quantified objectives of a file (PDF, image, .txt), a Document, or a plain French string.

    A file goes through :func:`prepare` (ingest, clean, segment); a Document is used as it is (no stage
    is rerun); a string is one uncleaned page.
    """
    if isinstance(path_or_text, Document):
        document = path_or_text
    elif isinstance(path_or_text, Path) or (
        isinstance(path_or_text, str) and "\n" not in path_or_text and len(path_or_text) < 4096
        and Path(path_or_text).suffix and Path(path_or_text).is_file()
    ):
        document = prepare(Path(path_or_text))
    else:
        document = text_document(str(path_or_text))
    return extract(document).objectives


def objectives_frame(objectives: list[Objective] | Document) -> pd.DataFrame:
    """A DataFrame with one row per objective and the public field names as columns."""
    import pandas as pd

    records = objectives.objectives if isinstance(objectives, Document) else objectives
    columns = list(Objective.model_fields)
    return pd.DataFrame([o.model_dump() for o in records], columns=columns)
