"""The lemmatizer's compact tables (spaser_nlp.french.lemma_tables) give spaCy's tables' answers."""

from __future__ import annotations

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
