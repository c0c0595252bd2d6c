from __future__ import annotations

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError

from spaser_nlp.classify import ThemeClassifier, load_taxonomy
from spaser_nlp.classify.baselines import KeywordBaseline
from spaser_nlp.classify.persist import load_theme_model_from
from spaser_nlp.classify.train import train_theme_model


def test_estimator_contract():
    estimator = ThemeClassifier(features="lexical", C=3.0)
    assert clone(estimator).get_params()["C"] == 3.0
    with pytest.raises(NotFittedError):
        estimator.predict(["une phrase"])


@pytest.mark.slow
def test_training_is_bit_for_bit_reproducible_and_roundtrips(tiny_corpus, tmp_path):
    params = {"calibration_folds": 2}
    model, first = train_theme_model(features="lexical", corpus_path=tiny_corpus, output_dir=tmp_path / "a", params=params)
    _, second = train_theme_model(features="lexical", corpus_path=tiny_corpus, output_dir=tmp_path / "b", params=params)
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes(), a.name
    loaded = load_theme_model_from(tmp_path / "a")
    texts = ["Réserver des marchés aux ESAT", "Acheter du café équitable", "Sommaire"]
    np.testing.assert_allclose(loaded.predict_proba(texts), model.predict_proba(texts))
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
        assert model.metadata_["model_version"] == "1.1.0"
