"""The multi-label theme classifier: a scikit-learn estimator.

Features: TF-IDF of word 1-2-grams over spaCy lemmas, TF-IDF of character
2-5-grams over accent-folded text (robust to OCR noise), and, in the default
``features="lexical+embedding"`` mode, the passage's sentence embedding (the
offline multilingual USE). One L2-regularised logistic regression per theme
(one-vs-rest) gives a decision score; a Platt sigmoid fitted on out-of-fold
scores turns it into a calibrated probability; a per-theme threshold, tuned on
a dev split by :meth:`ThemeClassifier.tune_thresholds`, turns the probability
into a yes/no.

With ``keywords`` (one keyword list per theme, from the taxonomy), a dense
block of keyword-hit indicators is appended: column *j* is 1 when a keyword
of theme *j* occurs (the keyword baseline's decision), so each regression can
lean on the baseline's evidence and learn where the corpus contradicts it.

With ``prototypes`` (one list of texts per theme: its description and examples,
from the taxonomy) and embeddings on, a dense block holds each passage's highest
cosine similarity to a prototype of each theme (the zero-shot baseline's
evidence, with a maximum over examples that the linear embedding block cannot
express).

``features="lexical"`` drops the embeddings: about six times faster on one core
(see ``models/themes/MODEL_CARD.md`` for the measured speed/F1 trade-off).

Scoring (features, decision scores, probabilities) is inherited from
:class:`~spaser_nlp.classify.scorer.ThemeScorer`, which applies a fitted model
without scikit-learn; this class adds fitting and the estimator contract.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.exceptions import NotFittedError
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

from spaser_nlp.classify.scorer import FEATURE_MODES, ThemeScorer, binarize_labels
from spaser_nlp.classify.text import build_lemma_table, normalise
from spaser_nlp.classify.thresholds import THRESHOLD_GRID, choose_thresholds, per_theme_thresholds
from spaser_nlp.errors import ModelError

# Thresholds stay within [0.2, 0.8]: with a few dozen dev positives per theme, extreme values overfit.
_THRESHOLD_GRID = THRESHOLD_GRID


def best_threshold(probabilities: np.ndarray, truth: np.ndarray, weights: np.ndarray | None = None) -> float:
    """The grid threshold maximising F1 (of ``weights``-weighted counts if given); ties go to the threshold nearest 0.5.

    One theme's column of :func:`~spaser_nlp.classify.thresholds.per_theme_thresholds`.
    """
    column = np.asarray(probabilities, dtype=np.float64).reshape(-1, 1)
    return float(per_theme_thresholds(column, np.asarray(truth).reshape(-1, 1), weights)[0])


class ThemeClassifier(ClassifierMixin, BaseEstimator, ThemeScorer):
    """Multi-label SPASER theme classifier (texts in, theme probabilities out).

    ``fit(texts, labels)`` takes label lists (theme ids) or an indicator matrix
    whose columns follow ``themes``. ``predict_proba`` returns an ``(n, k)``
    matrix of independent per-theme probabilities; ``predict`` applies
    ``thresholds_``.
    """

    def __init__(
        self,
        *,
        themes: Sequence[str] | None = None,
        features: str = "lexical+embedding",
        embedder: str = "use",
        embedding_weight: float = 1.0,
        word_ngram_range: tuple[int, int] = (1, 2),
        char_ngram_range: tuple[int, int] = (2, 5),
        min_df: int = 1,
        C: float = 10.0,
        class_weight: str | None = "balanced",
        calibration_folds: int = 5,
        lemmatize: bool = True,
        keywords: Sequence[Sequence[str]] | None = None,
        keyword_weight: float = 1.0,
        prototypes: Sequence[Sequence[str]] | None = None,
        prototype_weight: float = 1.0,
        min_one_ratio: float | None = None,
        sentence_pooling: str | None = None,
        sentence_weight: float = 1.0,
        random_state: int = 0,
    ) -> None:
        self.themes = themes
        self.features = features
        self.embedder = embedder
        self.embedding_weight = embedding_weight
        self.word_ngram_range = word_ngram_range
        self.char_ngram_range = char_ngram_range
        self.min_df = min_df
        self.C = C
        self.class_weight = class_weight
        self.calibration_folds = calibration_folds
        self.lemmatize = lemmatize
        self.keywords = keywords
        self.keyword_weight = keyword_weight
        self.prototypes = prototypes
        self.prototype_weight = prototype_weight
        self.min_one_ratio = min_one_ratio
        self.sentence_pooling = sentence_pooling
        self.sentence_weight = sentence_weight
        self.random_state = random_state

    # ----- features -------------------------------------------------------------
    def _new_vectorisers(self) -> tuple[TfidfVectorizer, TfidfVectorizer]:
        word = TfidfVectorizer(
            token_pattern=r"\S+", lowercase=False, ngram_range=tuple(self.word_ngram_range),
            min_df=self.min_df, sublinear_tf=True, dtype=np.float64,
        )
        char = TfidfVectorizer(
            analyzer="char_wb", lowercase=False, ngram_range=tuple(self.char_ngram_range),
            min_df=self.min_df, sublinear_tf=True, dtype=np.float64,
        )
        return word, char

    @property
    def word_vocabulary_(self) -> dict[str, int]:  # type: ignore[override]  # derived from the fitted vectorizer
        return _vocabulary(self.word_vectorizer_)

    @property
    def word_idf_(self) -> np.ndarray:  # type: ignore[override]  # derived from the fitted vectorizer
        return self.word_vectorizer_.idf_

    @property
    def char_vocabulary_(self) -> dict[str, int]:  # type: ignore[override]  # derived from the fitted vectorizer
        return _vocabulary(self.char_vectorizer_)

    @property
    def char_idf_(self) -> np.ndarray:  # type: ignore[override]  # derived from the fitted vectorizer
        return self.char_vectorizer_.idf_

    # ----- fitting --------------------------------------------------------------
    def _new_regression(self) -> LogisticRegression:
        # liblinear's dual coordinate descent: the faster form when features outnumber passages
        # (about 31k columns for 1.9k passages: 10-15 times faster than the primal solver here,
        # same optimum to within the solver's tolerance).
        return LogisticRegression(
            C=self.C, class_weight=self.class_weight, solver="liblinear", dual=True,
            random_state=self.random_state, max_iter=1000,
        )

    def fit(self, X: Sequence[str], y: Sequence[Sequence[str]] | np.ndarray, *, embeddings: np.ndarray | None = None,
            sample_weight: np.ndarray | Sequence[float] | None = None):
        """Fit vectorisers, per-theme regressions and Platt calibrators; thresholds start at 0.5.

        ``sample_weight`` (one non-negative weight per passage, as in scikit-learn) weights each passage in the
        regressions and in the Platt calibration (the vectorisers' vocabularies and IDF are unweighted); ``None``
        is every passage counted once (models 1.8.0 and before).
        """
        if self.features not in FEATURE_MODES:
            raise ModelError(f"features must be one of {FEATURE_MODES}, got {self.features!r}")
        texts = [str(text) for text in X]
        weights = None
        if sample_weight is not None:
            weights = np.asarray(sample_weight, dtype=np.float64)
            if weights.shape != (len(texts),) or not np.all(np.isfinite(weights)) or (weights < 0).any():
                raise ModelError(f"sample_weight needs one finite non-negative weight per passage ({len(texts)}), got shape {weights.shape}")
        themes = list(self.themes) if self.themes is not None else sorted({t for labels in y for t in labels})
        targets = binarize_labels(y, themes)
        missing = [theme for theme, count in zip(themes, targets.sum(axis=0)) if count < 2]
        if missing:
            raise ModelError(f"themes with fewer than two training examples: {', '.join(missing)}")
        self.classes_ = np.array(themes)
        self.lemma_table_ = build_lemma_table(texts) if self.lemmatize else {}
        self.word_vectorizer_, self.char_vectorizer_ = self._new_vectorisers()
        self.word_vectorizer_.fit(self._lemmatizer().lemma_texts(texts))
        self.char_vectorizer_.fit([normalise(text) for text in texts])
        if self.features == "lexical+embedding" and embeddings is None:
            embeddings = self._embed(texts)
        matrix = self.transform_features(texts, embeddings=embeddings)
        self.embedding_dim_ = int(embeddings.shape[1]) if embeddings is not None and self.features == "lexical+embedding" else 0
        self.coef_ = np.zeros((len(themes), matrix.shape[1]))
        self.intercept_ = np.zeros(len(themes))
        for column in range(len(themes)):
            regression = self._new_regression().fit(matrix, targets[:, column], sample_weight=weights)
            self.coef_[column] = regression.coef_[0]
            self.intercept_[column] = regression.intercept_[0]
        self.calibration_a_, self.calibration_b_ = self._fit_calibration(matrix, targets, weights)
        self.thresholds_ = np.full(len(themes), 0.5)
        return self

    def _fit_calibration(self, matrix: sparse.csr_matrix, targets: np.ndarray,
                         weights: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Platt scaling on out-of-fold decision scores, per theme (passages weighted by ``weights`` if given)."""
        folds = KFold(n_splits=self.calibration_folds, shuffle=True, random_state=self.random_state)
        scores = np.zeros(targets.shape, dtype=np.float64)
        for train_index, held_index in folds.split(np.arange(matrix.shape[0])):
            for column in range(targets.shape[1]):
                if targets[train_index, column].min() == targets[train_index, column].max():
                    scores[held_index, column] = -5.0 if targets[train_index, column].max() == 0 else 5.0
                    continue
                regression = self._new_regression().fit(
                    matrix[train_index], targets[train_index, column],
                    sample_weight=None if weights is None else weights[train_index],
                )
                scores[held_index, column] = regression.decision_function(matrix[held_index])
        slopes, offsets = np.zeros(targets.shape[1]), np.zeros(targets.shape[1])
        for column in range(targets.shape[1]):
            platt = LogisticRegression(C=1e4, solver="lbfgs", max_iter=1000)
            platt.fit(scores[:, [column]], targets[:, column], sample_weight=weights)
            slopes[column], offsets[column] = platt.coef_[0, 0], platt.intercept_[0]
        return slopes, offsets

    def tune_thresholds(self, X: Sequence[str], y, *, embeddings: np.ndarray | None = None, rule: str = "per-theme"):
        """Set ``thresholds_`` from a dev split by ``rule`` (:func:`~spaser_nlp.classify.thresholds.choose_thresholds`;
        ``"per-theme"``: each theme's F1-optimal value; the shipped models use ``train.THRESHOLD_RULE``); returns ``self``."""
        probabilities = self.predict_proba(X, embeddings=embeddings)
        self.thresholds_ = choose_thresholds(rule, probabilities, binarize_labels(y, list(self.classes_)))
        return self

    # ----- prediction (inherited from ThemeScorer) ----------------------------
    def _check_fitted(self) -> None:
        if not hasattr(self, "word_vectorizer_"):
            raise NotFittedError("this ThemeClassifier is not fitted: call fit() or load_theme_model()")


def _vocabulary(vectorizer: TfidfVectorizer) -> dict[str, int]:
    # A loaded model's vectorisers get their vocabulary as a parameter; a fitted one has ``vocabulary_``.
    return getattr(vectorizer, "vocabulary_", None) or vectorizer.vocabulary
