"""Score the theme classifier on the corpus test split, beside two baselines.

Systems: the shipped model(s), a keyword-only baseline (taxonomy keywords) and
a zero-shot embedding baseline (similarity to theme descriptions, one global
threshold tuned on dev). Metrics: macro and micro F1, per-theme precision,
recall and F1, and micro F1 per passage style (OCR-noisy, bullets...).

>>> import numpy as np
>>> scores = multilabel_scores(np.array([[1, 0], [0, 1]]), np.array([[1, 0], [1, 1]]), ["a", "b"])
>>> scores["micro_f1"], scores["per_theme"]["a"]["recall"]
(0.8, 0.5)
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

PASS_MACRO_F1 = 0.85
PASS_MARGIN_OVER_KEYWORDS = 0.10


def _ratio(numerator: float, denominator: float) -> float:
    # Plain floats (not numpy scalars): the report is JSON and reads the same under numpy 1 and 2.
    return round(float(numerator) / float(denominator), 4) if denominator else 0.0


def multilabel_scores(predicted: np.ndarray, truth: np.ndarray, themes: Sequence[str]) -> dict:
    """Macro/micro F1 and per-theme P/R/F1 of a 0/1 prediction matrix."""
    predicted, truth = np.asarray(predicted, dtype=bool), np.asarray(truth, dtype=bool)
    true_pos = (predicted & truth).sum(axis=0).astype(float)
    false_pos = (predicted & ~truth).sum(axis=0).astype(float)
    false_neg = (~predicted & truth).sum(axis=0).astype(float)
    per_theme = {}
    for index, theme in enumerate(themes):
        precision = _ratio(true_pos[index], true_pos[index] + false_pos[index])
        recall = _ratio(true_pos[index], true_pos[index] + false_neg[index])
        f1 = _ratio(2 * true_pos[index], 2 * true_pos[index] + false_pos[index] + false_neg[index])
        per_theme[theme] = {"precision": precision, "recall": recall, "f1": f1, "support": int(truth[:, index].sum())}
    macro = round(float(np.mean([row["f1"] for row in per_theme.values()])), 4) if themes else 0.0
    micro = _ratio(2 * true_pos.sum(), 2 * true_pos.sum() + false_pos.sum() + false_neg.sum())
    return {"macro_f1": macro, "micro_f1": micro, "per_theme": per_theme}


def _by_style(predicted: np.ndarray, truth: np.ndarray, styles: Sequence[str], themes: Sequence[str]) -> dict:
    result = {}
    for style in sorted(set(styles)):
        rows = np.array([s == style for s in styles])
        result[style] = {"passages": int(rows.sum()), "micro_f1": multilabel_scores(predicted[rows], truth[rows], themes)["micro_f1"]}
    return result


def _by_round(predicted: np.ndarray, truth: np.ndarray, rounds: Sequence[int], themes: Sequence[str]) -> dict:
    # Round 1 passages were written with the keyword list in mind; round 2 on purpose less so:
    # scoring them apart shows how much of a margin comes from the way the corpus was written.
    result = {}
    for value in sorted(set(rounds)):
        rows = np.array([r == value for r in rounds])
        scores = multilabel_scores(predicted[rows], truth[rows], themes)
        result[str(value)] = {"passages": int(rows.sum()), "macro_f1": scores["macro_f1"], "micro_f1": scores["micro_f1"]}
    return result


def evaluate_themes(
    *,
    variants: Sequence[str] = ("default", "lexical"),
    corpus_path: str | Path | None = None,
    split: str = "test",
    embedder: str = "use",
) -> dict:
    """The evaluation report (a JSON-able dict) of each available model variant and both baselines."""
    from spaser_nlp.classify import load_taxonomy, load_theme_model
    from spaser_nlp.classify.baselines import KeywordBaseline, ZeroShotBaseline
    from spaser_nlp.classify.corpus import default_corpus_path, load_corpus, split_passages
    from spaser_nlp.classify.model import binarize_labels
    from spaser_nlp.embed import get_embedder
    from spaser_nlp.errors import InputError, ModelError

    taxonomy = load_taxonomy()
    themes = taxonomy.ids
    passages = load_corpus(corpus_path)
    test, dev = split_passages(passages, split), split_passages(passages, "dev")
    if not test:
        raise InputError(
            f"the corpus has no {split!r} passages to score. The test split is a held-out writing round "
            "(HELDOUT_ROUNDS in corpora/themes/build_corpus.py; the former hash-based test split was retired "
            "into train): add that round's passages to corpora/themes/src/ under its '# round: N' line and "
            "rebuild with corpora/themes/build_corpus.py",
            path=corpus_path or default_corpus_path(),
        )
    texts = [p.text for p in test]
    styles = [p.style for p in test]
    truth = binarize_labels([p.labels for p in test], themes)
    vectors = np.asarray(get_embedder(embedder).encode(texts + [p.text for p in dev]), dtype=np.float64)
    test_vectors, dev_vectors = vectors[: len(test)], vectors[len(test) :]

    systems: dict[str, np.ndarray] = {}
    models: dict[str, dict] = {}
    for variant in variants:
        try:
            model = load_theme_model(variant)
        except ModelError:
            continue
        if list(model.classes_) != themes:
            raise ModelError(f"the {variant} model's themes differ from the taxonomy; retrain with `spaser train themes`")
        use_vectors = test_vectors if model.features == "lexical+embedding" else None
        systems[f"model:{variant}"] = model.predict(texts, embeddings=use_vectors)
        models[variant] = {"features": model.features, **getattr(model, "metadata_", {})}
    if not systems:
        raise ModelError("no trained theme model found; run `spaser train themes` first")
    systems["baseline:keywords"] = KeywordBaseline(taxonomy).predict(texts)
    zero_shot = ZeroShotBaseline(taxonomy, embedder=embedder).fit([p.text for p in dev], [p.labels for p in dev], embeddings=dev_vectors)
    systems["baseline:zero_shot"] = zero_shot.predict(texts, embeddings=test_vectors)

    rounds = [p.round for p in test]
    results = {}
    for name, predicted in systems.items():
        results[name] = multilabel_scores(predicted, truth, themes)
        results[name]["by_style"] = _by_style(predicted, truth, styles, themes)
        results[name]["by_round"] = _by_round(predicted, truth, rounds, themes)
    primary = next(name for name in results if name.startswith("model:"))
    keyword_macro = results["baseline:keywords"]["macro_f1"]
    return {
        "split": split,
        "passages": len(test),
        "passages_without_theme": int((truth.sum(axis=1) == 0).sum()),
        "zero_shot_threshold": zero_shot.threshold_,
        "models": models,
        "systems": results,
        "targets": {
            "primary": primary,
            "macro_f1": results[primary]["macro_f1"],
            "macro_f1_target": PASS_MACRO_F1,
            "margin_over_keywords": round(results[primary]["macro_f1"] - keyword_macro, 4),
            "margin_target": PASS_MARGIN_OVER_KEYWORDS,
            "met": bool(
                results[primary]["macro_f1"] >= PASS_MACRO_F1
                and results[primary]["macro_f1"] - keyword_macro >= PASS_MARGIN_OVER_KEYWORDS
            ),
        },
    }


def render_markdown(report: dict, *, labels: dict[str, str] | None = None) -> str:
    """The report as Markdown tables (for the model card and the README)."""
    systems = report["systems"]
    names = list(systems)
    lines = [
        f"Test split: {report['passages']} passages ({report['passages_without_theme']} without theme).",
        "",
        "| system | macro-F1 | micro-F1 |",
        "| --- | ---: | ---: |",
    ]
    lines += [f"| {name} | {systems[name]['macro_f1']:.3f} | {systems[name]['micro_f1']:.3f} |" for name in names]
    lines += ["", "Per theme (P / R / F1; support = positive test passages):", ""]
    lines.append("| theme | support | " + " | ".join(names) + " |")
    lines.append("| --- | ---: | " + " | ".join("---" for _ in names) + " |")
    for theme in systems[names[0]]["per_theme"]:
        label = labels.get(theme, theme) if labels else theme
        cells = []
        for name in names:
            row = systems[name]["per_theme"][theme]
            cells.append(f"{row['precision']:.2f} / {row['recall']:.2f} / {row['f1']:.2f}")
        support = systems[names[0]]["per_theme"][theme]["support"]
        lines.append(f"| {label} (`{theme}`) | {support} | " + " | ".join(cells) + " |")
    lines += ["", "Micro-F1 by passage style:", ""]
    styles = sorted(systems[names[0]]["by_style"])
    lines.append("| style | passages | " + " | ".join(names) + " |")
    lines.append("| --- | ---: | " + " | ".join("---:" for _ in names) + " |")
    for style in styles:
        count = systems[names[0]]["by_style"][style]["passages"]
        cells = [f"{systems[name]['by_style'][style]['micro_f1']:.3f}" for name in names]
        lines.append(f"| {style} | {count} | " + " | ".join(cells) + " |")
    rounds = sorted(systems[names[0]].get("by_round", {}))
    if len(rounds) > 1:
        lines += ["", "Macro-F1 / micro-F1 by corpus writing round (see corpora/themes/README.md):", ""]
        lines.append("| round | passages | " + " | ".join(names) + " |")
        lines.append("| --- | ---: | " + " | ".join("---:" for _ in names) + " |")
        for value in rounds:
            count = systems[names[0]]["by_round"][value]["passages"]
            cells = [f"{systems[n]['by_round'][value]['macro_f1']:.3f} / {systems[n]['by_round'][value]['micro_f1']:.3f}" for n in names]
            lines.append(f"| {value} | {count} | " + " | ".join(cells) + " |")
    targets = report["targets"]
    lines += [
        "",
        f"Targets ({targets['primary']}): macro-F1 {targets['macro_f1']:.3f} (target ≥ {targets['macro_f1_target']}), "
        f"margin over keywords {targets['margin_over_keywords']:+.3f} (target ≥ {targets['margin_target']}): "
        + ("met." if targets["met"] else "NOT met."),
    ]
    return "\n".join(lines) + "\n"
