"""A processed document as table rows: what a worker sends back to the process that writes the store.

Rows are plain dicts keyed by the column names of :mod:`spaser_nlp.store.schema`; they are much
smaller than the Document (no word boxes) and pickle cheaply across processes and Dask workers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from spaser_nlp.document import Document
from spaser_nlp.pipeline import document_status

Row = dict[str, Any]


@dataclass
class ProcessedDocument:
    """One document's outcome and its rows, table name -> rows."""

    doc_id: str
    path: str
    sha256: str
    status: str
    error: str | None
    pages: int
    seconds: float
    rows: dict[str, list[Row]] = field(default_factory=dict)


def error_summary(document: Document) -> str | None:
    """The document's errors on one line: ``stage: message; ...`` (None when there are none)."""
    if not document.errors:
        return None
    return "; ".join(f"{e.stage}" + (f" (page {e.page})" if e.page else "") + f": {e.message}" for e in document.errors)


def processed_document(
    document: Document, *, path: str, seconds: float, pipeline_version: str, run_id: str | None = None
) -> ProcessedDocument:
    """Turn a pipeline result into rows for every table of the store."""
    status = document_status(document)
    error = error_summary(document)
    doc_id = document.doc_id
    rows: dict[str, list[Row]] = {
        "documents": [
            {
                "doc_id": doc_id,
                "path": path,
                "sha256": document.sha256,
                "status": status,
                "error": error,
                "pages": document.page_count,
                "seconds": round(seconds, 4),
                "pipeline_version": pipeline_version,
                "media_type": document.media_type,
                "chars": len(document.text),
                "objectives": len(document.objectives),
                "run_id": run_id,
                "processed_at": datetime.now(timezone.utc).replace(tzinfo=None),
                "pipeline": json.dumps(document.pipeline, sort_keys=True),
            }
        ],
        "pages": [_page_row(document, index) for index in range(len(document.pages))],
        "texts": [],
        "sections": [_section_row(doc_id, section) for section in document.sections],
        "tables": [_table_row(doc_id, table) for table in document.tables],
        "objectives": [
            {**objective.model_dump(), "doc_id": doc_id, "objective_index": index}
            for index, objective in enumerate(document.objectives)
        ],
        "themes": [{"doc_id": doc_id, "theme": t.theme, "score": t.score} for t in document.themes],
        "errors": [{"doc_id": doc_id, "stage": e.stage, "message": e.message, "page": e.page} for e in document.errors],
        "profile": _profile_rows(document),
        "checklist": [
            {
                "doc_id": doc_id,
                **item.model_dump(exclude={"evidence"}),
                "evidence": json.dumps([e.model_dump() for e in item.evidence], ensure_ascii=False),
            }
            for item in document.checklist
        ],
        "targets": [{"doc_id": doc_id, **comparison.model_dump()} for comparison in document.target_comparisons],
    }
    if document.text:
        clean = document.clean
        rows["texts"].append(
            {
                "doc_id": doc_id,
                "text": document.text,
                "clean_text": clean.text if clean else None,
                "edits": len(clean.edits) if clean else None,
            }
        )
    return ProcessedDocument(doc_id, path, document.sha256, status, error, document.page_count, seconds, rows)


def _profile_rows(document: Document) -> list[Row]:
    profile = document.profile
    if profile is None:
        return []
    rows: list[Row] = []
    for name in ("authority_name", "authority_type", "period", "adoption_date", "generation"):
        fact = getattr(profile, name)
        if fact is None:
            continue
        provenance = fact.evidence.provenance if fact.evidence else None
        rows.append(
            {
                "doc_id": document.doc_id,
                "field": name,
                "value": fact.value,
                "confidence": fact.confidence,
                "rule": fact.rule,
                "quote": fact.evidence.quote if fact.evidence else None,
                "page": provenance.page if provenance else None,
                "char_start": provenance.char_start if provenance else None,
                "char_end": provenance.char_end if provenance else None,
            }
        )
    return rows


def _page_row(document: Document, index: int) -> Row:
    page = document.pages[index]
    return {
        "doc_id": document.doc_id,
        "page": page.number,
        "source": page.source,
        "width": page.width,
        "height": page.height,
        "ocr_confidence": page.ocr_confidence,
        "rotation": page.rotation,
        "dpi": page.dpi,
        "columns": page.columns,
        "blocks": len(page.blocks),
        "char_start": page.char_start,
        "char_end": page.char_end,
        "text": document.text[page.char_start : page.char_end] if page.char_start >= 0 else "",
        "warnings": list(page.warnings),
    }


def _section_row(doc_id: str, section: Any) -> Row:
    provenance = section.provenance
    return {
        "doc_id": doc_id,
        "section_id": section.id,
        "kind": section.kind,
        "number": section.number,
        "title": section.title,
        "level": section.level,
        "parent_id": section.parent_id,
        "page": provenance.page,
        "char_start": provenance.char_start,
        "char_end": provenance.char_end,
        "raw_start": provenance.raw_start,
        "raw_end": provenance.raw_end,
    }


def _table_row(doc_id: str, table: Any) -> Row:
    return {
        "doc_id": doc_id,
        "table_id": table.id,
        "page": table.page,
        "kind": table.kind,
        "section_id": table.section_id,
        "header": list(table.header),
        "n_rows": len(table.rows),
        "rows": json.dumps([row.cells for row in table.rows], ensure_ascii=False),
    }


__all__ = ["ProcessedDocument", "Row", "error_summary", "processed_document"]
