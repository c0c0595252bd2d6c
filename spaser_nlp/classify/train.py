"""Train the shipped theme models from the corpus, reproducibly.

Protocol (also in the model card), with ``S`` the synthetic corpus (``corpora/themes/``) and ``R`` the real
passages (``corpora/real/``, collected from public pages, none of them a page of the shared real dev set):

1. fit on S-train + R, each synthetic passage weighted :data:`SYNTHETIC_SAMPLE_WEIGHT` (2 from 1.18.0) in the
   regressions and the out-of-fold Platt calibration inside ``fit``;
2. tune the thresholds on S-dev (``threshold_pool="dev"``; tuning them on out-of-fold probabilities of R,
   folds grouped by source page, alone or pooled with S-dev, is available and was measured worse in
   cross-validation on R: model card, "Decision rule"), with the rule :data:`THRESHOLD_RULE`
   (:mod:`spaser_nlp.classify.thresholds`), optionally as medians over bagged fits (:data:`THRESHOLD_BAGS`);
3. refit with the same hyperparameters on S-train + S-dev + R and keep those thresholds (calibrated
   probabilities make them transferable);
4. the S test split and the shared real dev set are never seen here: ``spaser eval themes`` scores them.

Prediction can add the "at least one theme" rule (``min_one_ratio``: a passage with no theme at its threshold gets
its most likely theme when its probability is at least ``min_one_ratio`` times that theme's threshold); the
shipped models leave it off (see :data:`VARIANT_PARAMS`).

Without real passages the protocol is the former one (fit S-train, thresholds on S-dev, refit S-train+dev).
Seeds are fixed, files are written byte-stable (:mod:`persist`), so running ``spaser train themes`` twice on
one machine gives identical files.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from sklearn.base import clone

from spaser_nlp.classify.corpus import (
    LabelledPassage,
    default_corpus_path,
    default_real_passages_path,
    fold_of,
    load_corpus,
    load_real_passages,
    split_passages,
)
from spaser_nlp.classify.model import ThemeClassifier, binarize_labels
from spaser_nlp.classify.persist import save_theme_model, variant_dir
from spaser_nlp.classify.pooling import passage_sentences
from spaser_nlp.classify.taxonomy import Taxonomy, load_taxonomy
from spaser_nlp.classify.taxonomy import taxonomy_path as shipped_taxonomy_path
from spaser_nlp.classify.thresholds import choose_thresholds

MODEL_VERSION = "1.18.0"
# Where thresholds are tuned: "dev" (synthetic dev split), "real" (out-of-fold probabilities of the real
# passages, folds grouped by source page) or "dev+real". Chosen by cross-validation on the training data
# (scripts/themes_decision_cv.py; model card, "Decision rule").
THRESHOLD_POOLS = ("dev", "real", "dev+real")
# Also measured and not shipped: thresholds on out-of-fold predictions of S-train + R (scripts/themes_oof_thresholds.py;
# twice as steady, level in cross-validation, but leave-source-out on the real dev set fell: model card).
THRESHOLD_POOL = "dev"
# Under "dev+real", each real passage counts this many times in the F1 that picks a threshold (1.0 = plain pooling).
# Measured (model card, "Decision rule"): pooling with weight 2 gained +0.008 / +0.010 out-of-fold real micro/macro-F1
# for the default variant in cross-validation (none for lexical) and +0.002 / +0.024 on the real dev set, but cost the
# synthetic test split 0.015 macro-F1 and up to 0.11 per theme (governance 0.92 -> 0.85): not shipped.
REAL_THRESHOLD_WEIGHT = 1.0
# How thresholds are chosen on the tuning pool (spaser_nlp.classify.thresholds.choose_thresholds). 1.6.0: "half-f1",
# each theme's threshold is half its best F1 (the F1-optimal threshold of calibrated probabilities); its values move by
# about 0.01 (s.d.) between fold models, against 0.11 for "per-theme" (each theme's F1-optimal threshold, 1.2.0-1.5.0).
# Chosen by cross-validation on the training data (scripts/themes_threshold_rules.py; model card, "Changes in 1.6.0");
# one global threshold scored level there but did not transfer to a trained model, bagging gained nothing.
THRESHOLD_RULE = "half-f1"
# Bagged thresholds (``threshold_bags`` B > 0, pool "dev" only): besides the model fitted on S-train + R, B models are
# fitted each without one of B folds of S-train + R (by passage group / source page); every model's thresholds are
# chosen on S-dev with the rule, and each theme keeps the median of the B + 1 values. B extra fits; 0 = off.
THRESHOLD_BAGS = 0
# Weight of each real passage in the fits (scikit-learn ``sample_weight``; a synthetic passage weighs
# SYNTHETIC_SAMPLE_WEIGHT). 1.0 in every shipped model (1.9.0 included); other values measured by cross-validation on the training data in
# scripts/themes_session9_cv.md (session 9), for the lead's retrain to choose.
REAL_SAMPLE_WEIGHT = 1.0
# Weight of each synthetic passage (S-train, S-dev) in the fits, a real one weighing REAL_SAMPLE_WEIGHT. 1.18.0: 2.0
# (1.0 before): with ~5 000 real passages against ~4 200 synthetic ones, real wording that labels other things (a trial
# « expérimentation » of something else than a new solution, etc.) had pulled down the synthetic figures of several themes
# more than 0.02 below the synthetic-only model 1.3.0; counting each synthetic passage twice restores part of them and
# leaves the real read pools level (model card, "Changes in 1.18.0").
SYNTHETIC_SAMPLE_WEIGHT = 2.0
DEFAULT_THRESHOLD_FOLDS = 5
VARIANTS = {"default": "lexical+embedding", "lexical": "lexical"}
# How many passages of the repository's corpora/real/training.jsonl the default training reads, in file order
# (collection rounds are appended to it, so a number keeps the rounds a shipped model was trained on while later
# rounds wait for a version that ships them); None: all of them. An explicit ``real_path`` is read whole.
REAL_PASSAGES_USED: int | None = None  # all: rounds 1-9 (1 595) and the 33 read evaluation sets (3 079), 4 674 passages
# Hyperparameters per feature mode, chosen on the dev split only (model card, "Method").
# "keywords": True appends the taxonomy keyword-hit block (the lists are read from the taxonomy).
# "min_one_ratio" (the "at least one theme" rule of ThemeScorer.predict) is available and off: cross-validated on
# the real training passages it adds about +0.01 micro-F1 at floor 0.5, but on the synthetic test split it costs
# governance 0.08 F1 (generic text gets governance as its "best" theme), beyond the 0.02 the synthetic figures
# may lose (model card, "Decision rule").
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


def _rule_note() -> str:
    """How the thresholds were chosen, for the model's metadata (empty for the per-theme rule without bags, as in 1.5.0)."""
    if THRESHOLD_RULE == "per-theme" and not THRESHOLD_BAGS:
        return ""
    bags = f", median of the fit and {THRESHOLD_BAGS} bagged fits" if THRESHOLD_BAGS else ""
    return f" ({THRESHOLD_RULE} rule{bags})"


def _weight_note() -> str:
    """The passages' fitting weights, for the metadata (empty at 1.0, as in every model up to 1.17.0)."""
    notes = [f"real passages weighted {REAL_SAMPLE_WEIGHT:g}"] if REAL_SAMPLE_WEIGHT != 1.0 else []
    notes += [f"synthetic passages weighted {SYNTHETIC_SAMPLE_WEIGHT:g}"] if SYNTHETIC_SAMPLE_WEIGHT != 1.0 else []
    return f" ({'; '.join(notes)})" if notes else ""


def read_real_passages(path: str | Path, limit: int | None = None) -> tuple[list[LabelledPassage], str]:
    """The first ``limit`` passages of a real-passage file (all when None) and the SHA-256 of the lines read
    (the whole file's when every line is read)."""
    path = Path(path)
    passages = load_real_passages(path)
    if limit is None or limit >= len(passages):
        return passages, _sha256(path)
    lines = [line for line in path.read_bytes().splitlines(keepends=True) if line.strip()][:limit]
    return passages[:limit], hashlib.sha256(b"".join(lines)).hexdigest()


def training_real_passages(path: str | Path | None = None) -> tuple[list[LabelledPassage], Path | None, str | None]:
    """The real passages the default training fits on, their file and the SHA-256 of the lines read.

    ``path`` None: the repository's ``corpora/real/training.jsonl``, its first :data:`REAL_PASSAGES_USED` passages
    (``([], None, None)`` when the package runs without its repository). An explicit ``path`` is read whole.
    """
    chosen = Path(path) if path is not None else default_real_passages_path()
    if chosen is None:
        return [], None, None
    passages, sha256 = read_real_passages(chosen, REAL_PASSAGES_USED if path is None else None)
    return passages, chosen, sha256


def fit_theme_model(
    estimator: ThemeClassifier,
    train: Sequence[LabelledPassage],
    dev: Sequence[LabelledPassage],
    real: Sequence[LabelledPassage] = (),
    *,
    embed: Callable[[list[str]], np.ndarray] | None = None,
    threshold_pool: str | None = None,
    threshold_folds: int = 0,
    real_weight: float | None = None,
    threshold_rule: str | None = None,
    threshold_bags: int | None = None,
    real_sample_weight: float = 1.0,
    synthetic_sample_weight: float = 1.0,
    progress: Callable[[str], None] | None = None,
) -> ThemeClassifier:
    """The training protocol of the module docstring, in memory: returns the fitted model with its thresholds.

    ``threshold_pool`` says where each theme's threshold is tuned: ``"dev"`` (synthetic dev split), ``"real"``
    (out-of-fold probabilities of the real passages, ``threshold_folds`` folds grouped by source page, one fit
    per fold) or ``"dev+real"`` (both pooled, each real passage counted ``real_weight`` times, default
    :data:`REAL_THRESHOLD_WEIGHT`); default :data:`THRESHOLD_POOL`. ``threshold_rule`` says how they are chosen
    there (:func:`~spaser_nlp.classify.thresholds.choose_thresholds`); default :data:`THRESHOLD_RULE`.
    ``threshold_bags``: bagged thresholds (:data:`THRESHOLD_BAGS`, its default), with the ``"dev"`` pool only.
    ``real_sample_weight``: the weight of each real passage in every fit (the regressions and their calibration, as
    scikit-learn's ``sample_weight``), relative to 1 for a synthetic one; 1.0 (the default, every shipped model)
    fits without weights. Measured by cross-validation on the training data: ``scripts/themes_session9_cv.md``.
    ``synthetic_sample_weight``: the same for each synthetic passage (S-train, S-dev), relative to 1 for a real one
    (:data:`SYNTHETIC_SAMPLE_WEIGHT`, 2.0 from 1.18.0).
    ``embed`` (texts -> vectors) gives the embeddings of the ``lexical+embedding`` mode (default: the
    estimator's own embedder); it is not called in ``lexical`` mode.
    """
    say = progress or (lambda message: None)
    threshold_pool = threshold_pool or THRESHOLD_POOL
    threshold_rule = threshold_rule or THRESHOLD_RULE
    vectors: dict[str, np.ndarray] = {}
    if estimator.features == "lexical+embedding":
        texts = sorted({p.text for p in [*train, *dev, *real]})
        say(f"embedding {len(texts)} passages with {estimator.embedder!r}")
        encoded = estimator._embed(texts) if embed is None else np.asarray(embed(texts), dtype=np.float64)
        vectors = dict(zip(texts, encoded))

    def embeddings(passages: Sequence[LabelledPassage]) -> np.ndarray | None:
        return np.vstack([vectors[p.text] for p in passages]) if vectors else None

    if not (np.isfinite(real_sample_weight) and real_sample_weight > 0):
        raise ValueError(f"real_sample_weight must be a positive number, got {real_sample_weight!r}")
    if not (np.isfinite(synthetic_sample_weight) and synthetic_sample_weight > 0):
        raise ValueError(f"synthetic_sample_weight must be a positive number, got {synthetic_sample_weight!r}")
    real_set = set(real)
    weighted = real_sample_weight != 1.0 or synthetic_sample_weight != 1.0

    def fit(passages: Sequence[LabelledPassage]) -> ThemeClassifier:
        weights = np.array([real_sample_weight if p in real_set else synthetic_sample_weight for p in passages]) if weighted else None
        return clone(estimator).fit([p.text for p in passages], [p.labels for p in passages], embeddings=embeddings(passages),
                                    sample_weight=weights)

    def probabilities(model: ThemeClassifier, passages: Sequence[LabelledPassage]) -> np.ndarray:
        texts = [p.text for p in passages]
        sentence_vectors = None
        if model.sentence_pooling is not None and vectors and embed is not None:
            # pooled sentences get their vectors from the same embedder as the passages
            sentences = passage_sentences(texts)[0]
            sentence_vectors = np.asarray(embed(sentences), dtype=np.float64) if sentences else None
        return model.predict_proba(texts, embeddings=embeddings(passages), sentence_embeddings=sentence_vectors)

    themes = list(estimator.themes) if estimator.themes is not None else sorted({t for p in train for t in p.labels})
    real = list(real)
    if threshold_pool not in THRESHOLD_POOLS:
        raise ValueError(f"threshold_pool must be one of {THRESHOLD_POOLS}, got {threshold_pool!r}")
    bags = THRESHOLD_BAGS if threshold_bags is None else int(threshold_bags)
    if bags and (threshold_pool != "dev" or bags < 2):
        raise ValueError(f"threshold_bags needs threshold_pool='dev' and at least 2 bags, got {bags} with {threshold_pool!r}")
    tuning: list[LabelledPassage] = []
    tuning_probabilities: list[np.ndarray] = []
    tuning_weights: list[np.ndarray] = []
    weight = REAL_THRESHOLD_WEIGHT if real_weight is None else float(real_weight)
    if threshold_pool in ("dev", "dev+real") or not real:
        say(f"fitting on train ({len(train)} passages) + real ({len(real)} passages)")
        tuning, tuning_probabilities = list(dev), [probabilities(fit([*train, *real]), dev)]
        tuning_weights.append(np.ones(len(dev)))
    if threshold_pool in ("real", "dev+real") and real:
        folds = threshold_folds or DEFAULT_THRESHOLD_FOLDS
        fold = [fold_of(p.group or p.id, folds) for p in real]
        real_probabilities = np.zeros((len(real), len(themes)))
        for k in sorted(set(fold)):
            say(f"out-of-fold probabilities of real fold {k} (its source pages not trained on)")
            model = fit([*train, *(p for p, f in zip(real, fold) if f != k)])
            held = [index for index, f in enumerate(fold) if f == k]
            real_probabilities[held] = probabilities(model, [real[index] for index in held])
        tuning += real
        tuning_probabilities.append(real_probabilities)
        tuning_weights.append(np.full(len(real), weight if threshold_pool == "dev+real" else 1.0))
    say(f"tuning thresholds on {len(tuning)} passages (rule: {threshold_rule})")
    pooled = np.vstack(tuning_probabilities)
    truth = binarize_labels([p.labels for p in tuning], themes)
    thresholds = choose_thresholds(threshold_rule, pooled, truth, np.concatenate(tuning_weights))
    if bags:
        fitted = [*train, *real]
        bag = [fold_of(p.group or p.id, bags) for p in fitted]
        chosen = [thresholds]
        for b in range(bags):
            say(f"bagged thresholds: fitting without fold {b} of {bags}")
            model = fit([p for p, f in zip(fitted, bag) if f != b])
            chosen.append(choose_thresholds(threshold_rule, probabilities(model, dev), truth))
        thresholds = np.median(np.stack(chosen), axis=0)
    say(f"refitting on train+dev+real ({len(train) + len(dev) + len(real)} passages)")
    final = fit([*train, *dev, *real])
    final.thresholds_ = thresholds
    return final


def train_theme_model(
    *,
    features: str = "lexical+embedding",
    corpus_path: str | Path | None = None,
    real_path: str | Path | None = None,
    use_real: bool = True,
    taxonomy_path: str | Path | None = None,
    output_dir: str | Path | None = None,
    params: dict | None = None,
    embedder=None,
    progress: Callable[[str], None] | None = None,
) -> tuple[ThemeClassifier, list[Path]]:
    """Train with :func:`fit_theme_model`, save; returns the model and its files.

    ``real_path``: the real passages (default: the repository's ``corpora/real/training.jsonl``); ``use_real=False``:
    the synthetic corpus only.
    ``params`` override the variant's hyperparameters (:data:`VARIANT_PARAMS`); ``embedder``
    (an object with ``encode``) replaces the model's own embedder for the training vectors.
    """
    say = progress or (lambda message: None)
    corpus_path = Path(corpus_path) if corpus_path is not None else default_corpus_path()
    taxonomy_path = Path(taxonomy_path) if taxonomy_path is not None else shipped_taxonomy_path()
    taxonomy = load_taxonomy(taxonomy_path)
    passages = load_corpus(corpus_path)
    train, dev = split_passages(passages, "train"), split_passages(passages, "dev")
    real, real_file, real_sha256 = training_real_passages(real_path) if use_real else ([], None, None)
    held_out = len(split_passages(passages, "test"))
    say(f"test split: {held_out} passages, not read here" if held_out else "no test split in the corpus yet: not needed to train")
    estimator = new_estimator(features, taxonomy, params)
    embed = None if embedder is None else (lambda texts: np.asarray(embedder.encode(texts), dtype=np.float64))
    model = fit_theme_model(estimator, train, dev, real, embed=embed, real_sample_weight=REAL_SAMPLE_WEIGHT,
                            synthetic_sample_weight=SYNTHETIC_SAMPLE_WEIGHT if real else 1.0, progress=say)

    import sklearn
    import spacy

    metadata = {
        "model_version": MODEL_VERSION,
        "taxonomy_version": taxonomy.version,
        "corpus": corpus_path.name,
        "corpus_sha256": _sha256(corpus_path),
        "real_passages": real_file.name if real_file is not None else None,
        "real_passages_sha256": real_sha256,
        "taxonomy_sha256": _sha256(taxonomy_path),
        "training_passages": {"train": len(train), "dev": len(dev), "real": len(real)},
        "protocol": f"fit train+real{_weight_note()}; thresholds on dev{_rule_note()}; refit train+dev+real; test and real dev set untouched",
        "libraries": {"scikit-learn": sklearn.__version__, "spacy": spacy.__version__, "numpy": np.__version__},
    }
    output = Path(output_dir) if output_dir is not None else variant_dir("default" if features != "lexical" else "lexical")
    files = save_theme_model(model, output, metadata=metadata)
    say(f"wrote {', '.join(str(f) for f in files)}")
    return model, files
