"""Shared fixtures: a tiny labelled corpus cut from the real one (fast training in tests)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spaser_nlp.classify import load_taxonomy
from spaser_nlp.classify.corpus import default_corpus_path, load_corpus


@pytest.fixture(scope="session")
def tiny_corpus(tmp_path_factory) -> Path:
    """Four written passages per theme for train, two for dev, plus a few without theme."""
    taxonomy = load_taxonomy()
    passages = [p for p in load_corpus() if p.origin == "written"]
    chosen, counts = [], {}
    for passage in passages:
        key = (passage.labels[0] if passage.labels else "", passage.split)
        quota = {"train": 4, "dev": 2, "test": 1}[passage.split]
        if len(passage.labels) <= 1 and counts.get(key, 0) < quota:
            counts[key] = counts.get(key, 0) + 1
            chosen.append(passage)
    assert {p.labels[0] for p in chosen if p.labels and p.split == "train"} == set(taxonomy.ids)
    path = tmp_path_factory.mktemp("themes") / "tiny.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for p in chosen:
            row = {"id": p.id, "text": p.text, "labels": list(p.labels), "split": p.split, "style": p.style, "origin": p.origin}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="session")
def shipped_corpus() -> Path:
    return default_corpus_path()
