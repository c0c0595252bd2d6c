"""Sentence pooling (``ThemeClassifier(sentence_pooling=..., sentence_weight=...)``, session 9 candidate): off by
default (the shipped models' probabilities unchanged), and when on, a passage's probabilities are its own combined
with its sentences', as ``spaser_nlp.classify.pooling`` and the cross-validation script compute them."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from spaser_nlp.classify import load_taxonomy
from spaser_nlp.classify.corpus import load_corpus, load_real_passages, split_passages
from spaser_nlp.classify.persist import load_theme_model_from, load_theme_scorer_from, save_theme_model
from spaser_nlp.classify.pooling import max_by_owner, passage_sentences, pool_probabilities
from spaser_nlp.classify.train import fit_theme_model, new_estimator
from spaser_nlp.embed import get_embedder
from spaser_nlp.errors import ModelError

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
MIXED = [
    "Le marché impose des clauses d'insertion pour les personnes éloignées de l'emploi. "
    "Les repas servis dans les cantines comporteront 50 % de produits durables dont 20 % de bio.",
    "Réduire les émissions de gaz à effet de serre des achats de 40 % d'ici 2030.",
    "Former les acheteurs ; suivre les indicateurs chaque année.\nPublier un bilan annuel du schéma.",
]


@pytest.fixture(scope="module")
def lexical_model(tiny_corpus):
    train = split_passages(load_corpus(tiny_corpus), "train")
    estimator = new_estimator("lexical", load_taxonomy(), {"calibration_folds": 2})
    return estimator.fit([p.text for p in train], [p.labels for p in train])


def _switched(model, **params):
    """A copy of a fitted model with prediction-time parameters changed (pooling does not change the fit)."""
    return copy.deepcopy(model).set_params(**params)


def test_passage_sentences_keep_only_passages_of_two_sentences_or_more():
    sentences, owners = passage_sentences(MIXED)
    assert owners.tolist() == [0, 0, 2, 2]
    assert sentences[0].startswith("Le marché") and sentences[1].startswith("Les repas")
    assert sentences[2:] == ["Former les acheteurs ; suivre les indicateurs chaque année.", "Publier un bilan annuel du schéma."]


def test_pooling_modes_and_weight():
    passage = np.array([[0.2, 0.6], [0.5, 0.5]])
    sentence_max = max_by_owner(np.array([[0.9, 0.1], [0.3, 0.2]]), np.array([0, 0]), 2)
    assert sentence_max.tolist() == [[0.9, 0.2], [0.0, 0.0]]
    np.testing.assert_allclose(pool_probabilities(passage, sentence_max, "max", 1.0), [[0.9, 0.6], [0.5, 0.5]])
    np.testing.assert_allclose(pool_probabilities(passage, sentence_max, "max", 0.8), [[0.72, 0.6], [0.5, 0.5]])
    np.testing.assert_allclose(pool_probabilities(passage, sentence_max, "noisy-or", 1.0), [[0.92, 0.68], [0.5, 0.5]])
    for mode, weight in (("mean", 1.0), ("max", 0.0), ("max", 1.5)):
        with pytest.raises(ModelError):
            pool_probabilities(passage, sentence_max, mode, weight)


@pytest.mark.slow
def test_pooling_is_off_by_default_and_combines_the_models_own_sentence_scores(lexical_model, tmp_path):
    assert lexical_model.sentence_pooling is None
    own = lexical_model.predict_proba(MIXED)
    sentences, owners = passage_sentences(MIXED)
    sentence_max = max_by_owner(lexical_model.predict_proba(sentences), owners, len(MIXED))
    assert sentence_max[0].max() > 0 and not sentence_max[1].any()
    for mode, weight in (("max", 0.9), ("noisy-or", 1.0)):
        pooled_model = _switched(lexical_model, sentence_pooling=mode, sentence_weight=weight)
        pooled = pooled_model.predict_proba(MIXED)
        np.testing.assert_allclose(pooled, pool_probabilities(own, sentence_max, mode, weight), atol=1e-12)
        np.testing.assert_allclose(pooled[1], own[1], atol=1e-12)  # one sentence: its own probabilities
        assert (pooled >= own - 1e-12).all() and (pooled[0] > own[0] + 1e-6).any()
    # saved with the switch on, both loaders pool the same way; thresholds are tuned on pooled probabilities
    pooled_model = _switched(lexical_model, sentence_pooling="max", sentence_weight=0.9)
    save_theme_model(pooled_model, tmp_path / "pooled")
    for loaded in (load_theme_model_from(tmp_path / "pooled"), load_theme_scorer_from(tmp_path / "pooled")):
        assert loaded.sentence_pooling == "max" and loaded.sentence_weight == 0.9
        np.testing.assert_allclose(loaded.predict_proba(MIXED), pooled_model.predict_proba(MIXED), atol=1e-9)
    labels = [["insertion_emploi"], ["environnement_climat_carbone"], ["gouvernance_pilotage_suivi"]]
    labels = [[t for t in row if t in set(lexical_model.classes_)] for row in labels]
    tuned = pooled_model.tune_thresholds(MIXED, labels, rule="per-theme").thresholds_
    assert tuned.shape == (len(lexical_model.classes_),)


def test_a_bad_pooling_setting_is_refused_at_prediction(lexical_model):
    model = _switched(lexical_model, sentence_pooling="mean")
    with pytest.raises(ModelError, match="sentence_pooling"):
        model.predict_proba(MIXED)


def test_sentence_embeddings_must_match_the_sentences(lexical_model):
    model = _switched(lexical_model, sentence_pooling="max")
    with pytest.raises(ModelError, match="sentence_embeddings"):
        model.predict_proba(MIXED, sentence_embeddings=np.zeros((1, 3)))


def test_pool_script_pools_every_probability_block(tmp_path):
    rng = np.random.default_rng(0)
    source = tmp_path / "fit.npz"
    arrays = {name: rng.random(shape) for name, shape in (("syn_oof", (4, 2)), ("real_oof", (3, 2)), ("dev", (5, 6, 2)),
                                                           ("syn_smax", (4, 2)), ("real_smax", (3, 2)), ("dev_smax", (5, 6, 2)))}
    np.savez(source, **arrays, real_fold=np.arange(3))
    out = tmp_path / "pooled.npz"
    subprocess.run([sys.executable, str(SCRIPTS / "themes_oof_thresholds.py"), "pool", "--source", str(source), "--out",
                    str(out), "--pooling", "max", "--sentence-weight", "0.8"], check=True, cwd=SCRIPTS.parent)
    pooled = np.load(out)
    for name, smax in (("syn_oof", "syn_smax"), ("real_oof", "real_smax"), ("dev", "dev_smax")):
        np.testing.assert_allclose(pooled[name], np.maximum(arrays[name], 0.8 * arrays[smax]))
    np.testing.assert_array_equal(pooled["real_fold"], np.arange(3))


@pytest.mark.slow
def test_training_tunes_thresholds_on_pooled_dev_probabilities_with_the_training_embedder(tiny_corpus):
    corpus = load_corpus(tiny_corpus)
    mixed_real = [p for p in load_real_passages() if p.labels and len(passage_sentences([p.text])[0]) >= 2][:4]
    train, dev = split_passages(corpus, "train"), [*split_passages(corpus, "dev"), *mixed_real]
    embedder = get_embedder("use")
    seen: list[str] = []

    def embed(texts: list[str]) -> np.ndarray:
        seen.extend(texts)
        return np.asarray(embedder.encode(texts), dtype=np.float64)

    estimator = new_estimator("lexical+embedding", load_taxonomy(),
                              {"calibration_folds": 2, "sentence_pooling": "max", "sentence_weight": 0.8})
    model = fit_theme_model(estimator, train, dev, embed=embed, threshold_bags=0)
    assert model.sentence_pooling == "max" and model.sentence_weight == 0.8
    # the pooled dev sentences were embedded by the training embedder, not the model's own
    assert set(passage_sentences([p.text for p in mixed_real])[0]) <= set(seen)
    assert model.thresholds_.shape == (len(model.classes_),)
