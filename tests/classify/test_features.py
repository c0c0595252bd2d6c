"""The scikit-learn-free feature and scoring path against scikit-learn itself."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from spaser_nlp.classify.corpus import load_corpus
from spaser_nlp.classify.features import WordNgramCounter, l2_normalise_rows, tfidf
from spaser_nlp.classify.text import Lemmatizer

ODD = ["", "   ", "x", "a\u00a0b\tc\nd", "un deux un deux un", "\u2003mot\u2003"]


@pytest.fixture(scope="module")
def lemma_texts() -> list[str]:
    texts = [passage.text for passage in load_corpus()][::3]
    return Lemmatizer({}, use_spacy_lookup=False).lemma_texts(texts) + ODD


@pytest.mark.parametrize("ngram_range", [(1, 1), (1, 2), (2, 3)])
def test_word_tfidf_equals_the_vectoriser_float_for_float(lemma_texts, ngram_range):
    vectoriser = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, ngram_range=ngram_range, sublinear_tf=True,
                                 dtype=np.float64).fit(lemma_texts[::2])
    expected = vectoriser.transform(lemma_texts)
    got = tfidf(WordNgramCounter(vectoriser.vocabulary_, ngram_range).counts(lemma_texts), vectoriser.idf_)
    assert np.array_equal(expected.indptr, got.indptr) and np.array_equal(expected.indices, got.indices)
    assert np.array_equal(expected.data, got.data)


def test_row_norms_add_left_to_right_like_scikit_learn():
    rng = np.random.default_rng(0)
    # Rows of 0 to 3,000 entries, in blocks wider and narrower than the scratch array.
    lengths = [0, 1, 7, 8, 9, 130, 3000, 0, 5] + list(rng.integers(0, 60, 400))
    rows = [rng.lognormal(size=n) * 10.0 ** rng.integers(-3, 4) for n in lengths]
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    indices = np.concatenate([np.sort(rng.choice(5000, n, replace=False)) for n in lengths])
    matrix = sparse.csr_matrix((np.concatenate(rows), indices, indptr), shape=(len(lengths), 5000))
    expected = normalize(matrix, norm="l2")
    got = l2_normalise_rows(matrix.copy())
    assert np.array_equal(expected.data, got.data)
    assert np.array_equal(l2_normalise_rows(sparse.csr_matrix((3, 4))).toarray(), np.zeros((3, 4)))


def test_scorer_and_estimator_give_the_same_probabilities_without_importing_scikit_learn():
    from spaser_nlp.classify import load_theme_model, load_theme_scorer

    texts = [passage.text for passage in load_corpus()][:300] + ["", "Sommaire", "Réserver 10 % des marchés aux ESAT"]
    scorer, estimator = load_theme_scorer("lexical"), load_theme_model("lexical")
    assert type(scorer).__name__ == "ThemeScorer" and type(estimator).__name__ == "ThemeClassifier"
    assert np.array_equal(scorer.predict_proba(texts), estimator.predict_proba(texts))
    assert scorer.predict_labels(texts[-1:]) == estimator.predict_labels(texts[-1:])
    code = (
        "import sys\n"
        "from spaser_nlp.classify import classify, load_theme_scorer\n"
        "from spaser_nlp.extract import text_document\n"
        "document = classify(text_document('Réserver 10 % des marchés aux ESAT.'),"
        " model=load_theme_scorer('lexical'))\n"
        "assert document.themes, 'no theme scores'\n"
        "print(sorted(m for m in ('sklearn', 'pandas', 'scipy.stats') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
