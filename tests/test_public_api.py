"""The top-level API a notebook uses, whatever was imported before."""

import importlib
from pathlib import Path

import spaser_nlp

SAMPLE_TXT = Path(__file__).resolve().parents[1] / "corpora" / "samples" / "region-exemple" / "region-exemple.txt"


def test_stage_functions_are_callable_after_their_subpackages_are_imported():
    importlib.import_module("spaser_nlp.ingest")
    importlib.import_module("spaser_nlp.clean")
    document = spaser_nlp.ingest(SAMPLE_TXT)
    assert isinstance(document, spaser_nlp.Document)
    assert document.page_count == 12
    cleaned = spaser_nlp.clean(document)
    assert cleaned.clean is not None and cleaned.clean.text


def test_version_and_lazy_names():
    assert spaser_nlp.__version__
    for name in spaser_nlp.__all__:
        assert getattr(spaser_nlp, name) is not None
