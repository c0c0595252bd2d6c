"""One models folder for every loader and for the pipeline version (``spaser_nlp.resources``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from spaser_nlp.classify.persist import variant_dir
from spaser_nlp.classify.taxonomy import load_taxonomy, taxonomy_path
from spaser_nlp.clean.lexicon import Lexicon
from spaser_nlp.errors import ModelError
from spaser_nlp.pipeline import pipeline_settings, pipeline_version
from spaser_nlp.resources import models_dir, source_checkout

ROOT = Path(__file__).resolve().parents[1]


def test_a_checkout_uses_its_models_folder() -> None:
    assert source_checkout() == ROOT
    assert models_dir() == ROOT / "models"
    assert taxonomy_path() == ROOT / "models" / "themes" / "taxonomy.yaml"


def test_spaser_nlp_models_is_read_by_every_loader_and_by_the_pipeline_version(tmp_path, monkeypatch) -> None:
    shipped = pipeline_version()
    copies = []
    for name in ("a", "b"):
        copy = tmp_path / name
        shutil.copytree(ROOT / "models", copy, ignore=shutil.ignore_patterns("__pycache__"))
        copies.append(copy)
    # One more word in b's word list: another lexicon, so another pipeline version.
    with (copies[1] / "lexicon" / "domain_words.txt").open("a", encoding="utf-8") as handle:
        handle.write("\nmotdetest\n")

    monkeypatch.setenv("SPASER_NLP_MODELS", str(copies[0]))
    assert models_dir() == copies[0]
    assert taxonomy_path() == copies[0] / "themes" / "taxonomy.yaml"
    assert variant_dir("default") == copies[0] / "themes" / "default"
    assert load_taxonomy().ids == load_taxonomy(ROOT / "models" / "themes" / "taxonomy.yaml").ids
    assert "motdetest" not in Lexicon.load().domain
    version_a, models_a = pipeline_version(), pipeline_settings()["models"]
    assert version_a == shipped  # same files, same version

    monkeypatch.setenv("SPASER_NLP_MODELS", str(copies[1]))
    assert "motdetest" in Lexicon.load().domain
    models_b = pipeline_settings()["models"]
    assert models_b["themes"] == models_a["themes"] and models_b["lexicon"] != models_a["lexicon"]
    assert pipeline_version() != version_a

    monkeypatch.delenv("SPASER_NLP_MODELS")
    assert pipeline_version() == shipped


def test_a_missing_models_folder_is_a_model_error(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SPASER_NLP_MODELS", str(tmp_path / "absent"))
    with pytest.raises(ModelError, match="SPASER_NLP_MODELS names no folder") as error:
        models_dir()
    assert error.value.exit_code == 3
