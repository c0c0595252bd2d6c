"""Theme probabilities from a fitted theme model, without scikit-learn.

A fitted :class:`~spaser_nlp.classify.model.ThemeClassifier` is plain arrays: vocabularies and idf
weights of its two TF-IDF blocks, one coefficient row and intercept per theme, Platt parameters and
thresholds. :class:`ThemeScorer` holds them and computes features, decision scores and probabilities with
numpy and scipy.sparse (:mod:`spaser_nlp.classify.features`), so a process that only *applies* a model,
such as every worker of a batch, never imports scikit-learn (about a second per process). The estimator
inherits these methods: fitting and scoring share one implementation, and a model loaded either way gives
the same floats.

The pipeline's ``classify`` stage uses :func:`spaser_nlp.classify.load_theme_scorer`; notebooks that want
the scikit-learn estimator (``get_params``, ``clone``, refitting) use ``load_theme_model``.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

import numpy as np
from scipy import sparse

from spaser_nlp.classify.features import WordNgramCounter, tfidf
from spaser_nlp.classify.keywords import keyword_pattern
from spaser_nlp.classify.text import CharNgramCounter, Lemmatizer, normalise
from spaser_nlp.errors import ModelError

FEATURE_MODES = ("lexical", "lexical+embedding")
# Hyperparameters of ThemeClassifier that only fitting uses: a saved model stores them (``model.json``
# ``params``), a ThemeScorer has no use for them. Anything else in ``params`` must be a ThemeScorer argument.
TRAINING_ONLY_PARAMS = frozenset({"themes", "min_df", "C", "class_weight", "calibration_folds", "random_state"})


def binarize_labels(labels: Sequence[Sequence[str]] | np.ndarray, themes: Sequence[str]) -> np.ndarray:
    """Label lists (or an indicator matrix) -> an ``(n, len(themes))`` 0/1 int matrix.

    >>> binarize_labels([["b"], [], ["a", "b"]], ["a", "b"]).tolist()
    [[0, 1], [0, 0], [1, 1]]
    """
    if isinstance(labels, np.ndarray) and labels.ndim == 2:
        if labels.shape[1] != len(themes):
            raise ModelError(f"label matrix has {labels.shape[1]} columns for {len(themes)} themes")
        return (labels > 0).astype(np.int64)
    index = {theme: column for column, theme in enumerate(themes)}
    matrix = np.zeros((len(labels), len(themes)), dtype=np.int64)
    for row, passage_labels in enumerate(labels):
        for label in passage_labels:
            if label not in index:
                raise ModelError(f"unknown theme {label!r} in the training labels; known: {', '.join(themes)}")
            matrix[row, index[label]] = 1
    return matrix


def scoring_params(params: dict) -> dict:
    """The hyperparameters of a saved model that a :class:`ThemeScorer` takes (training-only ones dropped).

    An unknown name (a misspelt or newer parameter) is an error, not silently ignored.

    >>> scoring_params({"C": 30.0, "features": "lexical"})
    {'features': 'lexical'}
    """
    import inspect

    accepted = set(inspect.signature(ThemeScorer.__init__).parameters) - {"self"}
    unknown = sorted(set(params) - accepted - TRAINING_ONLY_PARAMS)
    if unknown:
        raise ModelError(f"unknown theme-model hyperparameter(s): {', '.join(unknown)}; retrain with `spaser train themes`")
    return {key: value for key, value in params.items() if key in accepted}


def decide_themes(probabilities: np.ndarray, thresholds: np.ndarray, min_one_ratio: float | None = None) -> np.ndarray:
    """Multi-label decision: themes at or above their threshold, plus the "at least one theme" rule.

    With ``min_one_ratio``, a row with no theme at its threshold gets its best theme (highest
    probability/threshold ratio) when that ratio is at least ``min_one_ratio``; rows whose best ratio is
    lower keep no theme (text about none of the themes).

    >>> decide_themes(np.array([[0.1, 0.3], [0.6, 0.1], [0.02, 0.05]]), np.array([0.5, 0.5]), 0.5).tolist()
    [[0, 1], [1, 0], [0, 0]]
    """
    predicted = (probabilities >= thresholds).astype(np.int64)
    if min_one_ratio is not None and len(predicted):
        ratio = probabilities / thresholds
        best = ratio.argmax(axis=1)
        rows = np.flatnonzero((predicted.sum(axis=1) == 0) & (ratio[np.arange(len(ratio)), best] >= min_one_ratio))
        predicted[rows, best[rows]] = 1
    return predicted


def _sigmoid(values: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-values))


class ThemeScorer:
    """A fitted multi-label theme model, applied with numpy and scipy.sparse only.

    Hyperparameters are those of :class:`~spaser_nlp.classify.model.ThemeClassifier` (same names);
    fitted attributes: ``classes_``, ``word_vocabulary_``/``word_idf_``, ``char_vocabulary_``/``char_idf_``,
    ``lemma_table_``, ``coef_``, ``intercept_``, ``calibration_a_``/``calibration_b_``, ``thresholds_``,
    ``embedding_dim_``, ``metadata_``. Build one with :func:`~spaser_nlp.classify.persist.load_theme_scorer_from`.
    """

    # Fitted attributes (set by ``fit`` or the loader), declared for the type checker.
    classes_: np.ndarray
    word_vocabulary_: dict[str, int]
    word_idf_: np.ndarray
    char_vocabulary_: dict[str, int]
    char_idf_: np.ndarray
    lemma_table_: dict[str, str]
    coef_: np.ndarray
    intercept_: np.ndarray
    calibration_a_: np.ndarray
    calibration_b_: np.ndarray
    thresholds_: np.ndarray
    embedding_dim_: int
    metadata_: dict[str, Any]

    def __init__(
        self,
        *,
        features: str = "lexical+embedding",
        embedder: str = "use",
        embedding_weight: float = 1.0,
        word_ngram_range: tuple[int, int] = (1, 2),
        char_ngram_range: tuple[int, int] = (2, 5),
        lemmatize: bool = True,
        keywords: Sequence[Sequence[str]] | None = None,
        keyword_weight: float = 1.0,
        prototypes: Sequence[Sequence[str]] | None = None,
        prototype_weight: float = 1.0,
        min_one_ratio: float | None = None,
        sentence_pooling: str | None = None,
        sentence_weight: float = 1.0,
    ) -> None:
        self.features = features
        self.embedder = embedder
        self.embedding_weight = embedding_weight
        self.word_ngram_range = word_ngram_range
        self.char_ngram_range = char_ngram_range
        self.lemmatize = lemmatize
        self.keywords = keywords
        self.keyword_weight = keyword_weight
        self.prototypes = prototypes
        self.prototype_weight = prototype_weight
        self.min_one_ratio = min_one_ratio
        self.sentence_pooling = sentence_pooling
        self.sentence_weight = sentence_weight

    # ----- features -------------------------------------------------------------
    def _check_fitted(self) -> None:
        if not hasattr(self, "word_idf_"):
            raise ModelError("this theme model is not fitted")

    def _lemmatizer(self) -> Lemmatizer:
        lemmatizer = getattr(self, "_lemmatizer_cache", None)
        if lemmatizer is None or lemmatizer.table is not self.lemma_table_:
            lemmatizer = Lemmatizer(self.lemma_table_, use_spacy_lookup=self.lemmatize)
            self._lemmatizer_cache = lemmatizer
        return lemmatizer

    def _tfidf_block(self, kind: str, texts: list[str]) -> sparse.csr_matrix:
        """TF-IDF of the fitted ``kind`` (``word``: n-grams of lemmatised texts, ``char``: ``char_wb`` n-grams of
        normalised texts, memoised per word) vectoriser's vocabulary: its ``transform``, float for float."""
        vocabulary = getattr(self, f"{kind}_vocabulary_")
        ngram_range = tuple(getattr(self, f"{kind}_ngram_range"))
        counter = getattr(self, f"_{kind}_counter_cache", None)
        if counter is None or counter.vocabulary is not vocabulary or counter.ngram_range != ngram_range:
            counter = (WordNgramCounter if kind == "word" else CharNgramCounter)(vocabulary, ngram_range)
            setattr(self, f"_{kind}_counter_cache", counter)
        return tfidf(counter.counts(texts), getattr(self, f"{kind}_idf_"))

    def _char_features(self, normalised: list[str]) -> sparse.csr_matrix:
        return self._tfidf_block("char", normalised)

    def _keyword_patterns(self) -> list:
        cached = getattr(self, "_keyword_cache", None)
        if cached is None or cached[0] is not self.keywords:
            cached = (self.keywords, [keyword_pattern(list(words)) for words in (self.keywords or ())])
            self._keyword_cache = cached
        return cached[1]

    def keyword_hits(self, texts: Sequence[str]) -> np.ndarray:
        """``(n, len(keywords))`` 0/1 matrix: does a keyword of each theme occur (accent-folded)?"""
        patterns = self._keyword_patterns()
        hits = np.zeros((len(texts), len(patterns)), dtype=np.float64)
        for row, text in enumerate(texts):
            folded = normalise(text)
            for column, pattern in enumerate(patterns):
                if pattern.search(folded):
                    hits[row, column] = 1.0
        return hits

    def _prototype_vectors(self) -> list[np.ndarray]:
        """Per theme, the embeddings of its prototype texts (computed once per model)."""
        cached = getattr(self, "_prototype_cache", None)
        if cached is None or cached[0] is not self.prototypes:
            prototypes = self.prototypes or ()
            texts = [text for theme_texts in prototypes for text in theme_texts]
            vectors = self._embed(texts)
            bounds: list[int] = np.cumsum([0, *(len(theme_texts) for theme_texts in prototypes)]).tolist()
            cached = (self.prototypes, [vectors[start:end] for start, end in pairwise(bounds)])
            self._prototype_cache = cached
        return cached[1]

    def prototype_similarities(self, vectors: np.ndarray) -> np.ndarray:
        """``(n, len(prototypes))``: each passage's highest cosine to a prototype text of each theme."""
        return np.column_stack([(vectors @ theme.T).max(axis=1) for theme in self._prototype_vectors()])

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        from spaser_nlp.embed import get_embedder

        return np.asarray(get_embedder(self.embedder).encode(list(texts)), dtype=np.float64)

    def transform_features(self, texts: Sequence[str], *, embeddings: np.ndarray | None = None) -> sparse.csr_matrix:
        """The feature matrix of ``texts`` (pass precomputed ``embeddings`` to skip the embedder)."""
        self._check_fitted()
        texts = list(texts)
        blocks = [
            self._tfidf_block("word", self._lemmatizer().lemma_texts(texts)),
            self._tfidf_block("char", [normalise(text) for text in texts]),
        ]
        if self.features == "lexical+embedding":
            vectors = self._embed(texts) if embeddings is None else np.asarray(embeddings, dtype=np.float64)
            blocks.append(sparse.csr_matrix(vectors * self.embedding_weight))
            if self.prototypes:
                blocks.append(sparse.csr_matrix(self.prototype_similarities(vectors) * self.prototype_weight))
        if self.keywords:
            blocks.append(sparse.csr_matrix(self.keyword_hits(texts) * self.keyword_weight))
        return sparse.hstack(blocks, format="csr")

    # ----- prediction -----------------------------------------------------------
    def decision_function(self, X: Sequence[str], *, embeddings: np.ndarray | None = None) -> np.ndarray:
        matrix = self.transform_features(X, embeddings=embeddings)
        return np.asarray(matrix @ self.coef_.T) + self.intercept_

    def predict_proba(self, X: Sequence[str], *, embeddings: np.ndarray | None = None,
                      sentence_embeddings: np.ndarray | None = None) -> np.ndarray:
        """Calibrated probability of each theme, shape ``(n, k)`` (columns follow ``classes_``).

        With ``sentence_pooling`` (``"max"`` or ``"noisy-or"``; ``None``, the default, as every shipped model), the
        sentences of each passage that has at least two are scored too and combined with the passage's own
        probabilities, the sentences' weighted by ``sentence_weight``
        (:func:`~spaser_nlp.classify.pooling.pool_probabilities`). ``sentence_embeddings``: precomputed vectors of
        :func:`~spaser_nlp.classify.pooling.passage_sentences`'s sentences (else the embedder computes them).
        """
        texts = list(X)
        probabilities = self._calibrated(texts, embeddings)
        if self.sentence_pooling is None:
            return probabilities
        from spaser_nlp.classify.pooling import check_pooling, max_by_owner, passage_sentences, pool_probabilities

        check_pooling(self.sentence_pooling, self.sentence_weight)
        sentences, owners = passage_sentences(texts)
        if not sentences:
            return probabilities
        if sentence_embeddings is not None and len(sentence_embeddings) != len(sentences):
            raise ModelError(f"sentence_embeddings has {len(sentence_embeddings)} rows for {len(sentences)} sentences")
        sentence_max = max_by_owner(self._calibrated(sentences, sentence_embeddings), owners, len(texts))
        return pool_probabilities(probabilities, sentence_max, self.sentence_pooling, self.sentence_weight)

    def _calibrated(self, texts: list[str], embeddings: np.ndarray | None) -> np.ndarray:
        """Each text's own calibrated probabilities (no sentence pooling)."""
        scores = self.decision_function(texts, embeddings=embeddings)
        return _sigmoid(scores * self.calibration_a_ + self.calibration_b_)

    def predict(self, X: Sequence[str], *, embeddings: np.ndarray | None = None) -> np.ndarray:
        """0/1 indicator matrix: probability at or above each theme's threshold.

        With ``min_one_ratio`` set, a passage with no theme at its threshold still gets its most likely theme
        (highest probability/threshold ratio) when that ratio is at least ``min_one_ratio``
        (:func:`decide_themes`).
        """
        return decide_themes(self.predict_proba(X, embeddings=embeddings), self.thresholds_, self.min_one_ratio)

    def predict_labels(self, X: Sequence[str]) -> list[list[str]]:
        """Theme ids above threshold, per passage."""
        return [[str(t) for t, flag in zip(self.classes_, row) if flag] for row in self.predict(X)]


__all__ = ["FEATURE_MODES", "TRAINING_ONLY_PARAMS", "ThemeScorer", "binarize_labels", "decide_themes", "scoring_params"]
