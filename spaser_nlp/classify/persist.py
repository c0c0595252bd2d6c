"""Save and load a fitted :class:`ThemeClassifier` without pickle.

A model is a directory with two files:

- ``model.json``: format tag, model version, hyperparameters, theme ids,
  thresholds, Platt parameters, the lemma table and training metadata
  (sorted keys, UTF-8, fixed layout);
- ``weights.npz``: vocabularies (as unicode arrays), idf vectors,
  coefficients and intercepts, loaded with ``allow_pickle=False``.

Both files are written byte-stable: the ``.npz`` zip entries carry a fixed
timestamp and a fixed order, so retraining on the same corpus reproduces the
files bit for bit.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from spaser_nlp.classify.scorer import ThemeScorer, scoring_params
from spaser_nlp.classify.taxonomy import themes_dir
from spaser_nlp.errors import FileMissingError, ModelError

if TYPE_CHECKING:
    from spaser_nlp.classify.model import ThemeClassifier

FORMAT = "spaser-theme-model/1"
MODEL_FILE = "model.json"
WEIGHTS_FILE = "weights.npz"
_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def variant_dir(variant: str, models_dir: str | Path | None = None) -> Path:
    """Where a model variant lives: ``themes/<variant>/`` of the models folder, unless ``models_dir`` is given."""
    return Path(models_dir) if models_dir is not None else themes_dir() / variant


def write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Like ``numpy.savez_compressed`` but reproducible (fixed entry time and order)."""
    with zipfile.ZipFile(path, "w") as archive:
        for name in sorted(arrays):
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=_FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, buffer.getvalue(), compresslevel=6)


def _vocabulary_array(vocabulary: dict[str, int]) -> np.ndarray:
    terms = [""] * len(vocabulary)
    for term, index in vocabulary.items():
        terms[index] = term
    return np.array(terms, dtype=np.str_)


def _jsonable(value):
    if isinstance(value, (tuple, list)):
        return [_jsonable(item) for item in value]
    if isinstance(value, np.generic):
        return value.item()
    return value


def save_theme_model(model: ThemeClassifier, directory: str | Path, *, metadata: dict | None = None) -> list[Path]:
    """Write ``model.json`` and ``weights.npz`` into ``directory``; returns their paths."""
    model._check_fitted()
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    params = {key: _jsonable(value) for key, value in model.get_params().items()}
    payload = {
        "format": FORMAT,
        "params": params,
        "themes": [str(theme) for theme in model.classes_],
        "thresholds": [float(value) for value in model.thresholds_],
        "calibration": {
            "a": [float(value) for value in model.calibration_a_],
            "b": [float(value) for value in model.calibration_b_],
        },
        "embedding_dim": int(model.embedding_dim_),
        "lemma_table": dict(sorted(model.lemma_table_.items())),
        "metadata": metadata or {},
    }
    model_path = directory / MODEL_FILE
    model_path.write_text(json.dumps(payload, ensure_ascii=False, sort_keys=True, indent=1) + "\n", encoding="utf-8")
    weights_path = directory / WEIGHTS_FILE
    write_npz(
        weights_path,
        {
            "word_vocabulary": _vocabulary_array(model.word_vectorizer_.vocabulary_),
            "word_idf": np.asarray(model.word_vectorizer_.idf_, dtype=np.float64),
            "char_vocabulary": _vocabulary_array(model.char_vectorizer_.vocabulary_),
            "char_idf": np.asarray(model.char_vectorizer_.idf_, dtype=np.float64),
            "coef": np.asarray(model.coef_, dtype=np.float64),
            "intercept": np.asarray(model.intercept_, dtype=np.float64),
        },
    )
    return [model_path, weights_path]


def read_model_json(directory: str | Path) -> dict:
    path = Path(directory) / MODEL_FILE
    if not Path(directory).exists():
        raise FileMissingError("no such model folder; check the path given to --model-dir", path=directory)
    if not path.is_file():
        raise ModelError("theme model not found; run `spaser train themes` to build it", path=path)
    payload = json.loads(path.read_text(encoding="utf-8"))
    if payload.get("format") != FORMAT:
        raise ModelError(
            f"theme model format {payload.get('format')!r} is not {FORMAT!r}; retrain with `spaser train themes`",
            path=path,
        )
    return payload


def _read_model(directory: Path) -> tuple[dict, dict, dict[str, np.ndarray]]:
    """The model's JSON payload, its hyperparameters (tuples restored) and its arrays."""
    payload = read_model_json(directory)
    params = dict(payload["params"])
    for key in ("word_ngram_range", "char_ngram_range"):
        params[key] = tuple(params[key])
    if params.get("themes") is not None:
        params["themes"] = tuple(params["themes"])
    for key in ("keywords", "prototypes"):
        if params.get(key) is not None:
            params[key] = tuple(tuple(items) for items in params[key])
    weights_path = directory / WEIGHTS_FILE
    try:
        with np.load(weights_path, allow_pickle=False) as weights:
            arrays = {name: weights[name] for name in weights.files}
    except (OSError, ValueError, zipfile.BadZipFile) as error:
        raise ModelError(f"cannot read the model weights ({error}); retrain with `spaser train themes`", path=weights_path) from None
    return payload, params, arrays


def _vocabulary(terms: np.ndarray) -> dict[str, int]:
    return {str(term): index for index, term in enumerate(terms.tolist())}


def _set_fitted(model: ThemeScorer, payload: dict, arrays: dict[str, np.ndarray], directory: Path) -> None:
    """The fitted attributes both model classes share, with a check of the coefficient matrix's shape."""
    model.classes_ = np.array(payload["themes"])
    model.lemma_table_ = dict(payload["lemma_table"])
    model.coef_ = arrays["coef"]
    model.intercept_ = arrays["intercept"]
    model.calibration_a_ = np.array(payload["calibration"]["a"], dtype=np.float64)
    model.calibration_b_ = np.array(payload["calibration"]["b"], dtype=np.float64)
    model.thresholds_ = np.array(payload["thresholds"], dtype=np.float64)
    model.embedding_dim_ = int(payload["embedding_dim"])
    keyword_columns = len(model.keywords) if model.keywords else 0
    prototype_columns = len(model.prototypes) if model.prototypes and model.embedding_dim_ else 0
    expected = (
        len(model.char_vocabulary_) + len(model.word_vocabulary_) + model.embedding_dim_ + keyword_columns + prototype_columns
    )
    if model.coef_.shape != (len(model.classes_), expected):
        raise ModelError(
            f"weights have shape {model.coef_.shape}, expected {(len(model.classes_), expected)}", path=directory / WEIGHTS_FILE
        )
    model.metadata_ = dict(payload.get("metadata", {}))


def load_theme_scorer_from(directory: str | Path) -> ThemeScorer:
    """A saved model directory as a :class:`ThemeScorer`: scores without importing scikit-learn."""
    directory = Path(directory)
    payload, params, arrays = _read_model(directory)
    scorer = ThemeScorer(**scoring_params(params))
    scorer.word_vocabulary_ = _vocabulary(arrays["word_vocabulary"])
    scorer.word_idf_ = arrays["word_idf"]
    scorer.char_vocabulary_ = _vocabulary(arrays["char_vocabulary"])
    scorer.char_idf_ = arrays["char_idf"]
    _set_fitted(scorer, payload, arrays, directory)
    return scorer


def load_theme_model_from(directory: str | Path) -> ThemeClassifier:
    """Rebuild a fitted :class:`ThemeClassifier` (the scikit-learn estimator) from a saved model directory."""
    from spaser_nlp.classify.model import ThemeClassifier

    directory = Path(directory)
    payload, params, arrays = _read_model(directory)
    try:
        model = ThemeClassifier(**params)
    except TypeError as error:
        raise ModelError(f"unknown theme-model hyperparameter ({error}); retrain with `spaser train themes`", path=directory) from None
    word, char = model._new_vectorisers()
    for vectoriser, prefix in ((word, "word"), (char, "char")):
        vectoriser.set_params(vocabulary=_vocabulary(arrays[f"{prefix}_vocabulary"]))
        vectoriser.idf_ = arrays[f"{prefix}_idf"]
    model.word_vectorizer_, model.char_vectorizer_ = word, char
    _set_fitted(model, payload, arrays, directory)
    return model
