from __future__ import annotations

import collections
import json
import re
from pathlib import Path

from spaser_nlp.classify import load_taxonomy
from spaser_nlp.classify.corpus import load_corpus

DOMAIN = Path(__file__).resolve().parents[3] / "shared" / "domain.md"


def test_taxonomy_has_the_sixteen_documented_ids_with_content():
    taxonomy = load_taxonomy()
    assert len(taxonomy.ids) == 16
    if DOMAIN.exists():  # the domain brief lists the ids in backquotes after "Theme taxonomy"
        section = DOMAIN.read_text(encoding="utf-8").split("## Theme taxonomy", 1)[1].split("A passage can", 1)[0]
        assert set(re.findall(r"`(\w+)`", section)) == set(taxonomy.ids)
    for theme in taxonomy.themes:
        assert theme.label and theme.definition and theme.include and theme.exclude
        assert len(theme.keywords) >= 5 and len(theme.examples) >= 2


def test_corpus_has_eighty_written_passages_per_theme_and_ten_percent_without_theme():
    passages = load_corpus()
    per_theme = collections.Counter(label for p in passages for label in p.labels)
    assert set(per_theme) == set(load_taxonomy().ids)
    written = collections.Counter(label for p in passages if p.origin == "written" for label in p.labels)
    assert min(written.values()) >= 80
    assert {p.round for p in passages} >= {1, 2}
    assert sum(not p.labels for p in passages) / len(passages) >= 0.10
    assert {p.style for p in passages} >= {"sentence", "action", "indicator", "bullet", "consultation", "ocr"}


def test_noisy_variants_stay_in_the_split_of_their_original(shipped_corpus):
    rows = [json.loads(line) for line in shipped_corpus.read_text(encoding="utf-8").splitlines()]
    split_of_group = {row["group"]: row["split"] for row in rows if row["origin"] == "written"}
    for row in rows:
        assert row["split"] == split_of_group[row["group"]]


def _builder(shipped_corpus):
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_corpus", shipped_corpus.parent / "build_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_corpus_file_is_what_the_builder_writes(shipped_corpus):
    rebuilt = "".join(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n" for row in _builder(shipped_corpus).build())
    assert rebuilt == shipped_corpus.read_text(encoding="utf-8")


def test_held_out_rounds_alone_make_the_test_split(shipped_corpus):
    builder = _builder(shipped_corpus)
    assert builder.HELDOUT_ROUNDS == {3}
    rows = [json.loads(line) for line in shipped_corpus.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        assert (row["split"] == "test") == (row["round"] in builder.HELDOUT_ROUNDS), row["id"]
    # The other rounds: dev by hash bucket 60-79 of the written text (unchanged since round 1), train otherwise.
    written = [row for row in rows if row["origin"] == "written" and row["round"] not in builder.HELDOUT_ROUNDS]
    for row in written:
        bucket = int(builder._digest(row["text"])[:8], 16) % 100
        assert row["split"] == ("dev" if 60 <= bucket < 80 else "train"), row["id"]
    assert builder.split_of("n'importe quel passage", 3) == "test"
