"""The real-OCR pairs of ``corpora/ocr-noise/``: alignment, layout split, stored files up to date."""

from __future__ import annotations

import doctest
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

FOLDER = Path(__file__).parents[2] / "corpora" / "ocr-noise"


def _module(name: str) -> ModuleType:
    if str(FOLDER) not in sys.path:
        sys.path.insert(0, str(FOLDER))
    spec = importlib.util.spec_from_file_location(name, FOLDER / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def align() -> ModuleType:
    return _module("align")


def test_align_doctests(align: ModuleType) -> None:
    assert doctest.testmod(align).failed == 0


def test_interleaved_columns_become_two_segments(align: ModuleType) -> None:
    truth = "Première colonne qui parle des clauses sociales.\n\nSeconde colonne sur le réemploi des matériaux."
    ocr = "Première colonne qui\tSeconde colonne sur\nparle des clauses sociales.\tle réemploi des matériaux."
    page = align.align_page(truth, ocr)
    assert [s.noisy for s in page.segments] == [
        "Première colonne qui\nparle des clauses sociales.",
        "Seconde colonne sur\nle réemploi des matériaux.",
    ]
    assert page.switches == 3 and page.lost_tokens == 0


def test_real_page_is_mostly_word_level(align: ModuleType) -> None:
    truth = (FOLDER.parent / "samples" / "metropole-exemple" / "metropole-exemple.txt").read_text(encoding="utf-8")
    ocr = (FOLDER / "degraded" / "metropole-exemple.ocr.txt").read_text(encoding="utf-8")
    page = align.align_page(truth.split("\f")[2], ocr.split("\f")[2])
    kept = sum(len(p.clean.split()) for p in page.pieces)
    assert kept >= 0.9 * page.truth_tokens


@pytest.mark.parametrize("source", ["tesseract", "degraded"])
def test_stored_pairs_match_the_cached_ocr(source: str) -> None:
    build = _module("build_pairs")
    segments, pages, _layout = build.ocr_pairs(source, redo=False)
    stored = [json.loads(line) for line in (FOLDER / "pairs" / f"{source}.jsonl").read_text("utf-8").splitlines()]
    assert segments == stored
    assert {p["split"] for p in pages if p["page"] % 3 == 0} == {"test"}
