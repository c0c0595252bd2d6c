from __future__ import annotations

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError

from spaser_nlp.classify import ThemeClassifier, load_taxonomy
from spaser_nlp.classify.baselines import KeywordBaseline
from spaser_nlp.classify.persist import load_theme_model_from
from spaser_nlp.classify.train import MODEL_VERSION, train_theme_model


def test_estimator_contract():
    estimator = ThemeClassifier(features="lexical", C=3.0)
    assert clone(estimator).get_params()["C"] == 3.0
    with pytest.raises(NotFittedError):
        estimator.predict(["une phrase"])


@pytest.mark.slow
def test_training_is_reproducible_and_roundtrips(tiny_corpus, tmp_path):
    params = {"calibration_folds": 2}
    model, _ = train_theme_model(features="lexical", corpus_path=tiny_corpus, real_path=None, output_dir=tmp_path / "a",
                                 params=params)
    again, _ = train_theme_model(features="lexical", corpus_path=tiny_corpus, real_path=None, output_dir=tmp_path / "b",
                                 params=params)
    # Same data, same seeds: the same model up to floating-point noise (another CPU's BLAS may differ in the last bits).
    assert again.word_vocabulary_ == model.word_vocabulary_ and again.char_vocabulary_ == model.char_vocabulary_
    np.testing.assert_allclose(again.coef_, model.coef_, rtol=1e-6, atol=1e-9)
    np.testing.assert_allclose(again.calibration_a_, model.calibration_a_, rtol=1e-6)
    np.testing.assert_allclose(again.thresholds_, model.thresholds_, atol=1e-9)
    loaded = load_theme_model_from(tmp_path / "a")
    texts = ["Réserver des marchés aux ESAT", "Acheter du café équitable", "Sommaire"]
    np.testing.assert_allclose(loaded.predict_proba(texts), model.predict_proba(texts), rtol=1e-7, atol=1e-9)
    assert loaded.get_params() == model.get_params()


def test_keyword_baseline_matches_accent_folded_whole_words():
    baseline = KeywordBaseline(load_taxonomy())
    themes = list(baseline.classes_)
    predicted = baseline.predict(["Les marchés réservés aux ESAT", "Page 3"])
    assert predicted[0, themes.index("marches_reserves_handicap")] == 1
    assert predicted[1].sum() == 0


def test_keyword_block_mirrors_the_keyword_baseline():
    taxonomy = load_taxonomy()
    estimator = ThemeClassifier(features="lexical", keywords=tuple(tuple(t.keywords) for t in taxonomy.themes))
    texts = ["Les marchés réservés aux ESAT", "Page 3", "Acheter du café équitable"]
    np.testing.assert_array_equal(estimator.keyword_hits(texts), KeywordBaseline(taxonomy).predict(texts))


def test_shipped_models_use_the_keyword_block_and_record_it():
    from spaser_nlp.classify import load_theme_model

    for variant in ("lexical", "default"):
        model = load_theme_model(variant)
        assert model.keywords is not None and len(model.keywords) == len(model.classes_)
        assert model.metadata_["model_version"] == MODEL_VERSION


def test_memoised_char_ngrams_give_the_vectoriser_features_bit_for_bit():
    texts = ["les marchés réservés", "a  b\tc\nd", "", "x", "ab ab ab", "économie circulaire et réemploi", "zz qq"]
    estimator = ThemeClassifier(features="lexical", char_ngram_range=(2, 5))
    _, char = estimator._new_vectorisers()
    char.fit(texts[:4] + ["économie sociale", "ab"])
    estimator.char_vectorizer_ = char
    expected, got = char.transform(texts), estimator._char_features(texts)
    assert np.array_equal(expected.indptr, got.indptr) and np.array_equal(expected.indices, got.indices)
    assert np.array_equal(expected.data, got.data)
    assert np.array_equal(got.data, estimator._char_features(texts).data)  # memo hit, same floats


@pytest.mark.slow
def test_taxonomy_prototype_block_roundtrips(tiny_corpus, tmp_path):
    params = {"calibration_folds": 2, "prototypes": True, "prototype_weight": 1.0}
    model, _ = train_theme_model(features="lexical+embedding", corpus_path=tiny_corpus, real_path=None, output_dir=tmp_path,
                                 params=params)
    assert len(model.prototypes) == len(model.classes_) and all(len(texts) >= 3 for texts in model.prototypes)
    texts = ["Réserver des marchés aux ESAT", "Sommaire"]
    similarities = model.prototype_similarities(model._embed(texts))
    themes = list(model.classes_)
    assert similarities[0].argmax() == themes.index("marches_reserves_handicap")
    loaded = load_theme_model_from(tmp_path)
    np.testing.assert_allclose(loaded.predict_proba(texts), model.predict_proba(texts))


@pytest.mark.slow
def test_cross_validation_scores_every_written_passage_once_and_never_a_generated_copy():
    from dataclasses import replace

    from spaser_nlp.classify.corpus import AUGMENTED_ORIGIN, load_corpus
    from spaser_nlp.classify.train import new_estimator
    from spaser_nlp.evaluate.themes_cv import cross_validate_themes, fold_of

    counts: dict = {}
    passages = []
    for passage in load_corpus():  # 16 train and 4 dev written passages per primary theme
        key = (passage.labels[0] if passage.labels else "", passage.split)
        if passage.origin == "written" and counts.get(key, 0) < {"train": 16, "dev": 4}.get(passage.split, 0):
            counts[key] = counts.get(key, 0) + 1
            passages.append(passage)
    copies = [replace(p, id=p.id + "~", text=p.text.upper(), origin=AUGMENTED_ORIGIN, group=p.group)
              for p in passages if p.split == "train"]
    estimator = new_estimator("lexical", load_taxonomy(), {"calibration_folds": 2})
    result = cross_validate_themes(estimator, passages + copies, folds=2)
    assert result["passages"] == len(passages)
    assert result["predicted"].shape == (len(passages), len(load_taxonomy().ids))
    assert {fold_of(p.group, 2) for p in passages} == {0, 1} and len(result["fold_macro_f1"]) == 2
    assert result["macro_f1"] > 0.3  # 16 training passages a theme: far better than nothing, far from perfect
