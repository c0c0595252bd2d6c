"""Cross-validate theme-classifier configurations on the corpus's train+dev passages (not a test).

    .venv/bin/python scripts/cv_themes.py [CONFIG ...] [--json results.json]

Runs :func:`spaser_nlp.evaluate.themes_cv.cross_validate_themes` (5 folds grouped by
passage group; thresholds tuned inside each fold's training part; generated noisy copies
trained on, never scored) for each named configuration below and prints one Markdown row per configuration: out-of-fold
macro-F1 (all passages, round 1, round 2, ...), spread over folds, micro-F1. With no
CONFIG, runs them all. The keyword baseline on the same passages comes first.
The test split is never read.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# name -> (feature mode, overrides of VARIANT_PARAMS, noisy training copies per written train passage).
# The corpus holds AUGMENT_COPIES copies (build_corpus.py); 0 drops them, more generates the extra ones;
# None: --noisy-copies if given, else the corpus's own.
CONFIGS: dict[str, tuple[str, dict, int | None]] = {
    "lexical": ("lexical", {}, 1),
    "lexical, no noisy copy": ("lexical", {}, 0),
    "default": ("lexical+embedding", {}, 1),
    "default, no noisy copy": ("lexical+embedding", {}, 0),
    "+2 noisy copies": ("lexical+embedding", {}, 2),
    "C=10": ("lexical+embedding", {"C": 10.0}, None),
    "C=100": ("lexical+embedding", {"C": 100.0}, None),
    "embedding x0.5": ("lexical+embedding", {"embedding_weight": 0.5}, None),
    "embedding x1": ("lexical+embedding", {"embedding_weight": 1.0}, None),
    "no keyword block": ("lexical+embedding", {"keywords": None}, None),
    "keyword block x0.6": ("lexical+embedding", {"keyword_weight": 0.6}, None),
    "no class weights": ("lexical+embedding", {"class_weight": None}, None),
    "char 3-5": ("lexical+embedding", {"char_ngram_range": (3, 5)}, None),
    "char 2-4": ("lexical+embedding", {"char_ngram_range": (2, 4)}, None),
    "word 1-grams": ("lexical+embedding", {"word_ngram_range": (1, 1)}, None),
    "min_df=2": ("lexical+embedding", {"min_df": 2}, None),
    "taxonomy similarity x1": ("lexical+embedding", {"prototypes": True, "prototype_weight": 1.0}, None),
    "taxonomy similarity x2": ("lexical+embedding", {"prototypes": True, "prototype_weight": 2.0}, None),
}


def _builder():
    spec = importlib.util.spec_from_file_location("build_corpus", ROOT / "corpora" / "themes" / "build_corpus.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    return builder


def _with_copies(passages, copies: int):
    """The corpus with ``copies`` generated noisy copies of each written train passage instead of its own.

    Copy k is ``ocr_variant(text, salt=f"augment{k}:")``, as in the corpus builder, so copy 0 is
    the corpus's own copy.
    """
    builder = _builder()
    kept = [p for p in passages if p.origin != builder.AUGMENTED_ORIGIN]
    shipped = [p for p in passages if p.origin == builder.AUGMENTED_ORIGIN]
    if copies == builder.AUGMENT_COPIES:
        return kept + shipped
    extra = []
    for passage in kept:
        if passage.origin != "written" or passage.split != "train":
            continue
        for copy in range(copies):
            text = builder.ocr_variant(passage.text, salt=f"augment{copy}:")
            if text != passage.text:
                extra.append(
                    replace(passage, id=f"{passage.id}~{copy}", text=text, style="ocr", origin=builder.AUGMENTED_ORIGIN)
                )
    return kept + extra


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("configs", nargs="*", help=f"among: {', '.join(CONFIGS)}")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None, help="append the results (one JSON object per line)")
    parser.add_argument(
        "--noisy-copies", type=int, default=None,
        help="noisy training copies for the hyperparameter configurations (default: the corpus's own)",
    )
    args = parser.parse_args()
    unknown = [name for name in args.configs if name not in CONFIGS]
    if unknown:
        parser.error(f"unknown configurations {unknown}; known: {', '.join(CONFIGS)}")

    from spaser_nlp.classify import load_taxonomy
    from spaser_nlp.classify.corpus import load_corpus
    from spaser_nlp.classify.train import new_estimator
    from spaser_nlp.evaluate.themes_cv import cross_validate_themes, keyword_baseline_scores

    taxonomy = load_taxonomy()
    passages = [p for p in load_corpus(args.corpus) if p.split in ("train", "dev")]
    rounds = sorted({p.round for p in passages})
    scored = sum(p.origin != "ocr_augmented" for p in passages)
    keywords = keyword_baseline_scores(passages, taxonomy)
    print(f"{scored} train+dev passages scored, {args.folds} folds grouped by passage group")
    print("| configuration | macro-F1 | " + " | ".join(f"round {r}" for r in rounds) + " | fold s.d. | micro-F1 |")
    print("| --- | ---: | " + " | ".join("---:" for _ in rounds) + " | ---: | ---: |")
    print(
        f"| keyword baseline | {keywords['macro_f1']:.3f} | "
        + " | ".join(f"{keywords['by_round'][str(r)]:.3f}" for r in rounds)
        + f" | - | {keywords['micro_f1']:.3f} |"
    )
    sys.stdout.flush()
    for name in args.configs or list(CONFIGS):
        features, params, copies = CONFIGS[name]
        if copies is None:
            copies = args.noisy_copies if args.noisy_copies is not None else _builder().AUGMENT_COPIES
        estimator = new_estimator(features, taxonomy, params)
        start = time.process_time()
        result = cross_validate_themes(estimator, _with_copies(passages, copies), folds=args.folds)
        print(
            f"| {name} | {result['macro_f1']:.3f} | "
            + " | ".join(f"{result['by_round'][str(r)]['macro_f1']:.3f}" for r in rounds)
            + f" | {result['fold_macro_f1_std']:.3f} | {result['micro_f1']:.3f} |"
        )
        sys.stdout.flush()
        if args.json is not None:
            record = {key: value for key, value in result.items() if key != "predicted"}
            record.update(name=name, features=features, params=params, noisy_copies=copies,
                          cpu_seconds=round(time.process_time() - start, 1))
            with args.json.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True, default=list) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
