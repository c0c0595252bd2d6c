"""The lemmatizer's compact tables (spaser_nlp.french.lemma_tables) give spaCy's tables' answers."""

from __future__ import annotations

import numpy as np
import pytest

from spaser_nlp.french.lemma_tables import POS, CompactLookups, build_arrays
from tests.test_french_spacy import TRICKY, _corpus_texts


def _model_lookups():
    from spacy.lookups import Lookups

    from spaser_nlp.french import model_dir

    return Lookups().from_disk(model_dir() / "lemmatizer" / "lookups")


@pytest.mark.slow
def test_every_entry_of_the_compact_tables_equals_spacy_s() -> None:
    lookups = _model_lookups()
    arrays = build_arrays(lookups)
    assert arrays is not None
    compact = CompactLookups(arrays)
    assert compact.has_rules
    lookup = lookups.get_table("lemma_lookup")
    words = set()
    for pos in POS:
        index = lookups.get_table("lemma_index").get(pos)
        if index is not None:
            assert all(word in compact.index[pos] for word in index)
            words.update(index)
        exceptions = lookups.get_table("lemma_exc").get(pos) or {}
        assert all(compact.exc[pos].get(word) == values for word, values in exceptions.items())
        words.update(exceptions)
        assert [list(pair) for pair in compact.rules.get(pos, [])] == lookups.get_table("lemma_rules").get(pos, [])
    lemmas = {lemma.lower() for values in lookup.values() for lemma in values}
    assert all(lemma in compact.lookup_lemmas for lemma in lemmas)
    for word in sorted(words) + ["xqzw", "", "École", "pommes"]:
        assert compact.lookup.get(word) == lookup.get(word), word
        assert (word in compact.lookup_lemmas) == (word in lemmas), word
    # a word missing from an index is missing from the compact one too
    assert "xqzwtv" not in compact.index["noun"] and compact.exc["verb"].get("xqzwtv") is None


@pytest.mark.slow
def test_pipeline_lemmas_with_compact_tables_equal_those_with_spacy_s_tables() -> None:
    from spaser_nlp import french

    nlp = french.load(exclude=["parser", "senter", "ner"])
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert lemmatizer.__dict__.get("_compact") is not None  # the cache or its first build is in use
    texts = _corpus_texts() + [" ".join(TRICKY)]
    compact = [[token.lemma_ for token in doc] for doc in nlp.pipe(texts)]
    lemmatizer.lookups = _model_lookups()  # spaCy's own tables from here on
    lemmatizer.cache = {}
    assert lemmatizer.__dict__.get("_compact") is None
    assert [[token.lemma_ for token in doc] for doc in nlp.pipe(texts)] == compact


@pytest.mark.slow
def test_theme_lemmas_from_the_pipelines_table_equal_the_cached_lookup() -> None:
    """classify.text reads the loaded pipeline's compact table instead of its own cached copy: the same
    first lemma for every entry, and the one symbol-named entry missed by both."""
    from spacy.symbols import IDS

    from spaser_nlp.classify import text
    from spaser_nlp.classify.lemma_lookup import load_lemma_lookup

    own = load_lemma_lookup(text.SPACY_MODEL, text._spacy_lemma_table)
    assert own is not None
    text.spacy_pipeline()
    text._lemma_lookup_table.cache_clear()
    try:
        shared = text._lemma_lookup_table()
        assert isinstance(shared, text._ByWordHash)
        compact = shared._table
        assert np.array_equal(compact.keys, own.keys)  # the same keys ...
        assert [lemmas[0] for lemmas in compact.values()] == own.lemmas  # ... with the same first lemma
        # Entries filed under a symbol's id are found by neither (the cached lookup hashes every word).
        symbols = [name for name, key in IDS.items() if np.isin(np.uint64(key), own.keys)]
        assert symbols and all(own.get(name) is None and shared.get(name) is None for name in symbols)
        for word in ["possessive", "maisons", "mangeaient", "xyzzy", ""]:
            found = shared.get(word)
            assert (found[0] if found else None) == own.get(word), word
        assert shared.get("possessive") is None and compact.get("possessive") == ["possessif"]
    finally:
        text._lemma_lookup_table.cache_clear()
        text.lookup_lemma.cache_clear()
