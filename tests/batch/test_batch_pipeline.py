"""spaser_nlp.pipeline: stages in order, errors kept per document, status, version."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from spaser_nlp.document import Document
from spaser_nlp.errors import SpaserError
from spaser_nlp.pipeline import (
    STAGES,
    Stage,
    available_stages,
    document_status,
    pipeline_version,
    resolve_stages,
    run_pipeline,
)


@pytest.fixture()
def test_stages(monkeypatch: pytest.MonkeyPatch) -> str:
    """A module of toy stages importable by name, as pipeline stages are."""
    module = types.ModuleType("spaser_toy_stages")

    def mark(document: Document, *, label: str = "seen") -> Document:
        document.metadata[label] = "yes"
        return document

    def explode(document: Document) -> Document:
        raise ValueError("boom on purpose")

    module.mark = mark  # type: ignore[attr-defined]
    module.explode = explode  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "spaser_toy_stages", module)
    return "spaser_toy_stages"


@pytest.fixture()
def note(tmp_path: Path) -> Path:
    path = tmp_path / "note.txt"
    path.write_text("Axe 1\n\nDoubler le nombre de marchés réservés.", encoding="utf-8")
    return path


def test_stages_run_in_order_with_their_settings(note: Path, test_stages: str) -> None:
    ingest = STAGES[0]
    document = run_pipeline(note, stages=[ingest, Stage("mark", f"{test_stages}:mark", {"label": "marked"})])
    assert document_status(document) == "ok"
    assert document.metadata["marked"] == "yes"
    assert document.pipeline["stages"] == "ingest,mark"


def test_a_failing_stage_makes_the_document_partial_and_later_stages_still_run(note: Path, test_stages: str) -> None:
    stages = [STAGES[0], Stage("explode", f"{test_stages}:explode"), Stage("mark", f"{test_stages}:mark")]
    document = run_pipeline(note, stages=stages)
    assert document_status(document) == "partial"
    assert [(e.stage, e.message) for e in document.errors] == [("explode", "ValueError: boom on purpose")]
    assert document.metadata["seen"] == "yes"
    assert document.text  # ingestion's output is kept


def test_an_unreadable_file_fails_with_a_clear_error(tmp_path: Path) -> None:
    corrupt = tmp_path / "schema.pdf"
    corrupt.write_bytes(b"%PDF-1.4\nnot really a pdf")
    document = run_pipeline(corrupt, stages=["ingest", "clean"], doc_id="corrupt")
    assert document_status(document) == "failed"
    assert document.doc_id == "corrupt" and document.sha256 and document.page_count == 0
    assert document.errors[0].stage == "ingest" and "schema.pdf" in document.errors[0].message


def test_missing_and_disabled_stages_are_skipped_and_recorded(note: Path, test_stages: str) -> None:
    stages = [STAGES[0], Stage("later", "spaser_nlp.not_written_yet:run"), Stage("off", f"{test_stages}:explode", enabled=False)]
    runnable, skipped = available_stages(stages)
    assert [s.name for s in runnable] == ["ingest"] and skipped == ["later", "off"]
    document = run_pipeline(note, stages=stages)
    assert document_status(document) == "ok"
    assert document.pipeline["skipped_stages"] == "later,off"


def test_a_stage_whose_function_is_gone_is_a_recorded_stage_error(note: Path, test_stages: str) -> None:
    stages = [STAGES[0], Stage("gone", f"{test_stages}:renamed_away"), Stage("mark", f"{test_stages}:mark")]
    document = run_pipeline(note, stages=stages)
    assert document_status(document) == "partial"
    assert [(e.stage, "renamed_away" in e.message) for e in document.errors] == [("gone", True)]
    assert document.metadata["seen"] == "yes"  # later stages still run


def test_pipeline_version_names_stages_and_settings() -> None:
    assert pipeline_version(["ingest"]) == pipeline_version(["ingest"])
    assert pipeline_version(["ingest"]) != pipeline_version(["ingest", "clean"])
    assert pipeline_version([STAGES[0]]) != pipeline_version([STAGES[0].with_settings(dpi=200)])
    assert [s.name for s in resolve_stages(None)] == ["ingest", "clean", "segment", "extract", "classify", "profile", "checklist"]
    with pytest.raises(SpaserError, match="unknown pipeline stage"):
        resolve_stages(["ingest", "translate"])
    with pytest.raises(SpaserError, match="start with the ingest"):
        resolve_stages(["clean"])
