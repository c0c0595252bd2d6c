"""Theme scores on real passages: the shared real dev set by default, or any gold file in its format.

A gold file is JSONL in the shared real-passage format (``text``, ``source_url``, ``gold.themes``; the
format of ``corpora/real/passages.jsonl`` and of ``../shared/data/spaser-real-dev/passages.jsonl``) or in
the theme-corpus format (``text``, ``labels``). Reported, per system: micro-F1, macro-F1 over all themes,
macro-F1 over the themes with at least :data:`MIN_SUPPORT` gold passages (the issue's target), and per
theme precision, recall, F1 with its support, so that themes with few real examples are visible as such.

Leave-source-out (:func:`leave_source_out`): passages grouped by ``source_url`` into folds; each fold is
scored by a model trained with the training protocol on the shipped training data plus the gold passages
of the *other* folds, so no page's wording is both learned and scored.

>>> few_and_many({"a": {"support": 9}, "b": {"support": 2}})
(['a'], ['b'])
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from spaser_nlp.evaluate.themes import multilabel_scores

# The real dev set lives beside the repository (../shared/data/, relative to the repository root where
# commands are run); pass --gold elsewhere. Never copied into the package.
REAL_DEV = Path("../shared/data/spaser-real-dev/passages.jsonl")
MIN_SUPPORT = 8
TARGET_MICRO_F1 = 0.85
TARGET_MACRO_F1 = 0.80


def few_and_many(per_theme: dict) -> tuple[list[str], list[str]]:
    """Themes with at least :data:`MIN_SUPPORT` gold passages, and the others."""
    many = [theme for theme, row in per_theme.items() if row["support"] >= MIN_SUPPORT]
    return many, [theme for theme in per_theme if theme not in many]


def gold_scores(predicted: np.ndarray, truth: np.ndarray, themes: Sequence[str]) -> dict:
    """:func:`multilabel_scores` plus the macro-F1 over well-supported themes."""
    scores = multilabel_scores(predicted, truth, themes)
    many, few = few_and_many(scores["per_theme"])
    scores["macro_f1_supported"] = round(float(np.mean([scores["per_theme"][t]["f1"] for t in many])), 4) if many else 0.0
    scores["supported_themes"] = many
    scores["few_example_themes"] = few
    return scores


def _require(path: Path):
    from spaser_nlp.errors import FileMissingError

    if not path.is_file():
        raise FileMissingError(
            "gold file not found (the shared real dev set lives in ../shared/data/spaser-real-dev/, relative to "
            "the repository root); pass --gold FILE",
            path=path,
        )


def evaluate_themes_gold(
    gold_path: str | Path | None = None,
    *,
    variants: Sequence[str] = ("default", "lexical"),
    model_dirs: dict[str, str | Path] | None = None,
) -> dict:
    """Scores of the shipped model variants (or ``model_dirs``: name -> directory) and the keyword baseline."""
    from spaser_nlp.classify import load_taxonomy, load_theme_scorer
    from spaser_nlp.classify.baselines import KeywordBaseline
    from spaser_nlp.classify.corpus import load_real_passages
    from spaser_nlp.classify.scorer import binarize_labels
    from spaser_nlp.errors import ModelError

    path = Path(gold_path) if gold_path is not None else REAL_DEV
    _require(path)
    passages = load_real_passages(path, split="test")
    taxonomy = load_taxonomy()
    themes = taxonomy.ids
    texts = [p.text for p in passages]
    truth = binarize_labels([p.labels for p in passages], themes)
    systems: dict[str, dict] = {}
    models = dict(model_dirs) if model_dirs else {variant: None for variant in variants}
    for name, directory in models.items():
        try:
            model = load_theme_scorer(name if directory is None else "default", path=directory)
        except ModelError:
            continue
        systems[f"model:{name}"] = gold_scores(model.predict(texts), truth, themes)
    if not systems:
        raise ModelError("no trained theme model found; run `spaser train themes` first")
    systems["baseline:keywords"] = gold_scores(KeywordBaseline(taxonomy).predict(texts), truth, themes)
    return {
        "gold": str(path),
        "passages": len(passages),
        "sources": len({p.group for p in passages}),
        "passages_without_theme": int((truth.sum(axis=1) == 0).sum()),
        "min_support": MIN_SUPPORT,
        "systems": systems,
    }


def leave_source_out(
    gold_path: str | Path | None = None,
    *,
    variant: str = "default",
    folds: int = 5,
    corpus_path: str | Path | None = None,
    embed: Callable[[list[str]], np.ndarray] | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict:
    """Out-of-fold scores on the gold file, folds grouped by source page (see the module docstring).

    Each fold's model has the shipped ``variant``'s hyperparameters and is fitted on what the shipped model was
    fitted on (synthetic train+dev, ``corpora/real``, with the recipe's passage weights) plus the gold passages of
    the other folds; it keeps the shipped model's thresholds (tuned without any gold passage). One fit per fold.
    """
    from sklearn.base import clone

    from spaser_nlp.classify import load_taxonomy, load_theme_model
    from spaser_nlp.classify.corpus import fold_of, load_corpus, load_real_passages, split_passages
    from spaser_nlp.classify.scorer import binarize_labels
    from spaser_nlp.classify.train import REAL_SAMPLE_WEIGHT, SYNTHETIC_SAMPLE_WEIGHT, training_real_passages

    say = progress or (lambda message: None)
    path = Path(gold_path) if gold_path is not None else REAL_DEV
    _require(path)
    gold = load_real_passages(path, split="train")
    themes = load_taxonomy().ids
    corpus = load_corpus(corpus_path)
    base = split_passages(corpus, "train") + split_passages(corpus, "dev")
    synthetic = len(base)
    gold_pages = {p.group for p in gold}
    # what the shipped model was trained on (train_theme_model's default real passages), never a scored page
    base += [p for p in training_real_passages()[0] if p.group not in gold_pages]
    shipped = load_theme_model(variant)
    estimator = clone(shipped)
    use_embeddings = shipped.features == "lexical+embedding"

    def vectors(texts: list[str]) -> np.ndarray | None:
        if not use_embeddings:
            return None
        return np.asarray(embed(texts), dtype=np.float64) if embed is not None else shipped._embed(texts)

    fold = np.array([fold_of(p.group, folds) for p in gold])
    predicted = np.zeros((len(gold), len(themes)), dtype=np.int64)
    for k in sorted(set(fold.tolist())):
        training = base + [p for p, f in zip(gold, fold) if f != k]
        say(f"fold {k}: fitting on {len(training)} passages, scoring its {int((fold == k).sum())} held-out gold passages")
        texts = [p.text for p in training]
        # the shipped recipe's weights: each synthetic passage SYNTHETIC_SAMPLE_WEIGHT, each real one REAL_SAMPLE_WEIGHT
        weights = np.array([SYNTHETIC_SAMPLE_WEIGHT] * synthetic + [REAL_SAMPLE_WEIGHT] * (len(training) - synthetic))
        model = estimator.fit(texts, [p.labels for p in training], embeddings=vectors(texts),
                              sample_weight=None if (weights == 1.0).all() else weights)
        model.thresholds_ = shipped.thresholds_.copy()
        held = np.flatnonzero(fold == k)
        held_texts = [gold[i].text for i in held]
        predicted[held] = model.predict(held_texts, embeddings=vectors(held_texts))
        estimator = clone(shipped)
    truth = binarize_labels([p.labels for p in gold], themes)
    return {"gold": str(path), "passages": len(gold), "folds": folds, "features": shipped.features,
            "variant": variant, "scores": gold_scores(predicted, truth, themes)}


def render_gold_markdown(report: dict, *, labels: dict[str, str] | None = None) -> str:
    """The gold report as Markdown: summary per system, then per theme with support."""
    systems = report["systems"]
    names = list(systems)
    lines = [
        f"Gold: `{report['gold']}`: {report['passages']} passages from {report['sources']} sources "
        f"({report['passages_without_theme']} without theme).",
        "",
        f"| system | micro-F1 | macro-F1 (themes with ≥ {report['min_support']} passages) | macro-F1 (all 16) |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name in names:
        row = systems[name]
        lines.append(f"| {name} | {row['micro_f1']:.3f} | {row['macro_f1_supported']:.3f} | {row['macro_f1']:.3f} |")
    first = systems[names[0]]
    lines += ["", "Per theme (P / R / F1; support = gold passages with the theme; * = fewer than "
              f"{report['min_support']}: too few to read, left out of the supported macro-F1):", ""]
    lines.append("| theme | support | " + " | ".join(names) + " |")
    lines.append("| --- | ---: | " + " | ".join("---" for _ in names) + " |")
    for theme, row in first["per_theme"].items():
        label = labels.get(theme, theme) if labels else theme
        star = "" if theme in first["supported_themes"] else " *"
        cells = [f"{systems[n]['per_theme'][theme]['precision']:.2f} / {systems[n]['per_theme'][theme]['recall']:.2f} / "
                 f"{systems[n]['per_theme'][theme]['f1']:.2f}" for n in names]
        lines.append(f"| {label} (`{theme}`){star} | {row['support']} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def render_leave_source_out(report: dict) -> str:
    scores = report["scores"]
    lines = [
        f"Leave-source-out ({report['folds']} folds grouped by source page, {report['features']}): "
        f"micro-F1 {scores['micro_f1']:.3f}, macro-F1 (≥ {MIN_SUPPORT} passages) {scores['macro_f1_supported']:.3f}, "
        f"macro-F1 (all) {scores['macro_f1']:.3f}.",
        "",
        "| theme | support | P | R | F1 |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for theme, row in scores["per_theme"].items():
        star = "" if theme in scores["supported_themes"] else " *"
        lines.append(f"| `{theme}`{star} | {row['support']} | {row['precision']:.2f} | {row['recall']:.2f} | {row['f1']:.2f} |")
    return "\n".join(lines) + "\n"


__all__ = [
    "MIN_SUPPORT", "REAL_DEV", "evaluate_themes_gold", "gold_scores", "leave_source_out",
    "render_gold_markdown", "render_leave_source_out",
]
