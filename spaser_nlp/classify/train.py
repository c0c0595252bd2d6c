"""Train the shipped theme models from the corpus, reproducibly.

Protocol (also in the model card):

1. fit on the ``train`` split (out-of-fold Platt calibration inside ``fit``);
2. tune each theme's threshold on the ``dev`` split;
3. refit with the same hyperparameters on ``train`` + ``dev`` and keep the
   dev-tuned thresholds (calibrated probabilities make them transferable);
4. the ``test`` split is never seen here: ``spaser eval themes`` scores it.

Seeds are fixed, files are written byte-stable (:mod:`persist`), so running
``spaser train themes`` twice gives identical files.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
from sklearn.base import clone

from spaser_nlp.classify.corpus import default_corpus_path, load_corpus, split_passages
from spaser_nlp.classify.model import ThemeClassifier
from spaser_nlp.classify.persist import save_theme_model, variant_dir
from spaser_nlp.classify.taxonomy import Taxonomy, load_taxonomy
from spaser_nlp.classify.taxonomy import taxonomy_path as shipped_taxonomy_path

MODEL_VERSION = "1.2.0"
VARIANTS = {"default": "lexical+embedding", "lexical": "lexical"}
# Hyperparameters per feature mode, chosen on the dev split only (model card, "Method").
# "keywords": True appends the taxonomy keyword-hit block (the lists are read from the taxonomy).
VARIANT_PARAMS: dict[str, dict] = {
    "lexical+embedding": {"C": 30.0, "embedding_weight": 0.7, "keywords": True, "keyword_weight": 0.3},
    "lexical": {"C": 30.0, "word_ngram_range": (1, 1), "keywords": True, "keyword_weight": 0.3},
}


def taxonomy_prototypes(taxonomy: Taxonomy) -> tuple[tuple[str, ...], ...]:
    """Per theme: its description (label, definition, inclusion notes, as the zero-shot baseline) and examples."""
    return tuple(
        (" ".join([theme.label + ".", theme.definition, *theme.include]), *theme.examples) for theme in taxonomy.themes
    )


def new_estimator(features: str, taxonomy: Taxonomy, params: dict | None = None) -> ThemeClassifier:
    """An unfitted classifier with the variant's hyperparameters, ``params`` overriding them.

    ``"keywords": True`` becomes the taxonomy's keyword lists and ``"prototypes": True`` its
    prototype texts (:func:`taxonomy_prototypes`); both are stored in the model.
    """
    chosen = {**VARIANT_PARAMS.get(features, {}), **(params or {})}
    if chosen.get("keywords") is True:
        chosen["keywords"] = tuple(tuple(theme.keywords) for theme in taxonomy.themes)
    if chosen.get("prototypes") is True:
        chosen["prototypes"] = taxonomy_prototypes(taxonomy)
    return ThemeClassifier(themes=tuple(taxonomy.ids), features=features, **chosen)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def train_theme_model(
    *,
    features: str = "lexical+embedding",
    corpus_path: str | Path | None = None,
    taxonomy_path: str | Path | None = None,
    output_dir: str | Path | None = None,
    params: dict | None = None,
    embedder=None,
    progress: Callable[[str], None] | None = None,
) -> tuple[ThemeClassifier, list[Path]]:
    """Train, tune thresholds on dev, refit on train+dev, save; returns the model and its files.

    ``params`` override the variant's hyperparameters (:data:`VARIANT_PARAMS`); ``embedder``
    (an object with ``encode``) replaces the model's own embedder for the training vectors.
    """
    say = progress or (lambda message: None)
    corpus_path = Path(corpus_path) if corpus_path is not None else default_corpus_path()
    taxonomy_path = Path(taxonomy_path) if taxonomy_path is not None else shipped_taxonomy_path()
    taxonomy = load_taxonomy(taxonomy_path)
    passages = load_corpus(corpus_path)
    train, dev = split_passages(passages, "train"), split_passages(passages, "dev")
    held_out = len(split_passages(passages, "test"))
    say(f"test split: {held_out} passages, not read here" if held_out else "no test split in the corpus yet: not needed to train")
    estimator = new_estimator(features, taxonomy, params)

    embeddings: dict[str, np.ndarray | None] = {"train": None, "dev": None}
    if features == "lexical+embedding":
        say(f"embedding {len(train) + len(dev)} passages with {estimator.embedder!r}")
        texts = [p.text for p in train + dev]
        # An embedder may be passed (e.g. a CachedEmbedder): vectors are deterministic, so the files do not change.
        vectors = estimator._embed(texts) if embedder is None else np.asarray(embedder.encode(texts), dtype=np.float64)
        embeddings = {"train": vectors[: len(train)], "dev": vectors[len(train) :]}

    say(f"fitting on train ({len(train)} passages)")
    tuned = clone(estimator).fit([p.text for p in train], [p.labels for p in train], embeddings=embeddings["train"])
    say(f"tuning thresholds on dev ({len(dev)} passages)")
    tuned.tune_thresholds([p.text for p in dev], [p.labels for p in dev], embeddings=embeddings["dev"])

    say(f"refitting on train+dev ({len(train) + len(dev)} passages)")
    both = train + dev
    train_vectors, dev_vectors = embeddings["train"], embeddings["dev"]
    both_embeddings = None if train_vectors is None or dev_vectors is None else np.vstack([train_vectors, dev_vectors])
    model = clone(estimator).fit([p.text for p in both], [p.labels for p in both], embeddings=both_embeddings)
    model.thresholds_ = tuned.thresholds_.copy()

    import sklearn
    import spacy

    metadata = {
        "model_version": MODEL_VERSION,
        "taxonomy_version": taxonomy.version,
        "corpus": corpus_path.name,
        "corpus_sha256": _sha256(corpus_path),
        "taxonomy_sha256": _sha256(taxonomy_path),
        "training_passages": {"train": len(train), "dev": len(dev)},
        "protocol": "fit train; thresholds on dev; refit train+dev; test untouched",
        "libraries": {"scikit-learn": sklearn.__version__, "spacy": spacy.__version__, "numpy": np.__version__},
    }
    output = Path(output_dir) if output_dir is not None else variant_dir("default" if features != "lexical" else "lexical")
    files = save_theme_model(model, output, metadata=metadata)
    say(f"wrote {', '.join(str(f) for f in files)}")
    return model, files
