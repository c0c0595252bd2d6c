"""The issue's synthetic rule: which synthetic test figures of a model drop by more than 0.02 against a reference model.

    .venv/bin/python scripts/themes_synthetic_compare.py --reference 2c3be78 --candidate WORKTREE [--variant lexical]
    .venv/bin/python scripts/themes_synthetic_compare.py --reference 2c3be78 --candidate b78409b --candidate WORKTREE

A model is a git revision (its ``models/themes/<variant>/`` files, read with ``git show``), ``WORKTREE`` (the files
on disk) or a model directory. Each is scored on the synthetic test split of the corpus on disk (the relabelled gold,
so every model is read against the same gold): macro- and micro-F1, F1 per theme, micro-F1 per passage style. Printed: every figure,
and those more than ``--tolerance`` below the reference (default 0.02, the issue's rule; 2c3be78 is model 1.3.0).
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

import numpy as np

from spaser_nlp.classify import load_taxonomy
from spaser_nlp.classify.corpus import load_corpus, split_passages
from spaser_nlp.classify.persist import load_theme_model_from
from spaser_nlp.classify.scorer import binarize_labels
from spaser_nlp.embed import get_embedder
from spaser_nlp.evaluate.themes_real import gold_scores

REPOSITORY = Path(__file__).resolve().parents[1]


def model_dir(revision: str, variant: str, scratch: Path) -> Path:
    if revision == "WORKTREE":
        return REPOSITORY / "models" / "themes" / variant
    if Path(revision).is_dir():  # a model directory (spaser train themes --model V --output DIR)
        return Path(revision)
    target = scratch / revision / variant
    target.mkdir(parents=True, exist_ok=True)
    for name in ("model.json", "weights.npz"):
        blob = subprocess.run(["git", "-C", str(REPOSITORY), "show", f"{revision}:models/themes/{variant}/{name}"],
                              check=True, capture_output=True).stdout
        (target / name).write_bytes(blob)
    return target


def figures(directory: Path, texts: list[str], vectors: np.ndarray, truth: np.ndarray, styles: np.ndarray) -> dict[str, float]:
    themes = load_taxonomy().ids
    model = load_theme_model_from(directory)
    predicted = model.predict(texts, embeddings=vectors if model.features == "lexical+embedding" else None)
    scores = gold_scores(predicted, truth, themes)
    out = {"macro-F1": scores["macro_f1"], "micro-F1": scores["micro_f1"]}
    out.update({f"theme {theme}": scores["per_theme"][theme]["f1"] for theme in themes})
    for style in sorted(set(styles.tolist())):
        out[f"style {style}"] = gold_scores(predicted[styles == style], truth[styles == style], themes)["micro_f1"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--reference", default="2c3be78", help="git revision of the reference model (default: 1.3.0)")
    parser.add_argument("--candidate", action="append", default=None, help="git revision or WORKTREE (repeatable)")
    parser.add_argument("--variant", default="default", choices=["default", "lexical"])
    parser.add_argument("--tolerance", type=float, default=0.02)
    args = parser.parse_args()
    candidates = args.candidate or ["WORKTREE"]
    test = split_passages(load_corpus(), "test")
    texts = [p.text for p in test]
    truth = binarize_labels([p.labels for p in test], load_taxonomy().ids)
    styles = np.array([p.style for p in test])
    vectors = np.asarray(get_embedder("use").encode(texts), dtype=np.float64)
    with tempfile.TemporaryDirectory() as scratch:
        names = [args.reference, *candidates]
        table = {name: figures(model_dir(name, args.variant, Path(scratch)), texts, vectors, truth, styles) for name in names}
    print(f"synthetic test split ({len(test)} passages), variant {args.variant}")
    print("figure".ljust(52) + "".join(name[:10].rjust(11) for name in names))
    for key in table[args.reference]:
        print(key[:51].ljust(52) + "".join(f"{table[name][key]:11.3f}" for name in names))
    for name in candidates:
        drops = [(key, table[args.reference][key], table[name][key]) for key in table[args.reference]
                 if table[name][key] < table[args.reference][key] - args.tolerance]
        listed = "; ".join(f"{key} {ref:.3f} -> {got:.3f}" for key, ref, got in drops) or "none"
        print(f"\n{name}: {len(drops)} figure(s) more than {args.tolerance} below {args.reference}: {listed}")


if __name__ == "__main__":
    main()
