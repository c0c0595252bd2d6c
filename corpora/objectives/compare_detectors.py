"""Compare detector variants by leave-source-out on the project's *training* passages only.

Run: ``python corpora/objectives/compare_detectors.py [--folds 5] [--variants v0,v1,...]``.

The evaluation pool is every real training passage: all rounds of ``corpora/real/passages.jsonl`` (with the
corrections of ``build_train.py --all``) and ``real-collected.jsonl``. Sources are split into folds; each passage is
scored by a detector trained on the synthetic gold (dev split) and the training passages of the *other* folds that
the variant trains on, so every variant is scored on the same passages and no passage by a detector that saw its
source. The shared dev set and the fresh sets are not read here: the variant and its thresholds are chosen from this
table only. Candidate features are computed once (all groups) and each variant keeps its groups.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from spaser_nlp.evaluate.objectives import _fold_of, _same_value, evaluate_objectives, load_gold, predict_item  # noqa: E402
from spaser_nlp.extract import detector_train as dt  # noqa: E402

ROLE_KEYS = ("Lcls=", "Rcls=", "cls=", "ctx=", "quoted", "question", "per_capita", "year=", "money_budget", "time=")
BAG_KEYS = ("W=", "C=")


@dataclass(frozen=True)
class Variant:
    name: str
    rounds: str  # "first": real-train.jsonl's first round + collected; "all": every round + collected
    role: bool
    bag: bool
    c: float = dt.C


VARIANTS = {
    "v0": Variant("v0 shipped: first round + collected, current features", "first", False, True),
    "v1": Variant("v1 all rounds, current features", "all", False, True),
    "v2": Variant("v2 all rounds, + role features", "all", True, True),
    "v3": Variant("v3 all rounds, role features, no clause/context bag", "all", True, False),
    "v4": Variant("v4 first round + collected, + role features", "first", True, True),
    "v5": Variant("v5 all rounds, role features, C=0.1", "all", True, True, 0.1),
    "v6": Variant("v6 all rounds, role features, no bag, C=1", "all", True, False, 1.0),
}


def _keep(feature: str, variant: Variant) -> bool:
    if not variant.role and feature.startswith(ROLE_KEYS):
        return False
    return variant.bag or not feature.startswith(BAG_KEYS)


def labelled(items: list[dict[str, Any]]) -> list[tuple[list[list[str]], list[int], float]]:
    """Per item: the features of each candidate number (every group), its labels, and the item's weight."""
    out: list[tuple[list[list[str]], list[int], float]] = []
    for item in items:
        if item.get("header"):
            out.append(([], [], 0.0))
            continue
        recorder = dt._Recorder(True, role=True, bag=True)
        from spaser_nlp.extract import text_document
        from spaser_nlp.extract.collect import collect
        from spaser_nlp.extract.objectives import analyse_sentence

        if item.get("real"):
            findings = [r.finding for r in collect(text_document(item["text"]), detector=recorder)]
        else:
            findings = analyse_sentence(item["text"], detector=recorder)
        called = [f for f in findings if f.reason not in dt._NO_CALL]
        free = [g["value"] for g in item["records"]]
        feats, labels = [], []
        for features, finding in zip(recorder.seen, called, strict=True):  # type: ignore[attr-defined]
            match = next((g for g in free if _same_value(finding.value, g)), None)
            if match is not None:
                free.remove(match)
            feats.append(features)
            labels.append(int(match is not None))
        out.append((feats, labels, dt.REAL_WEIGHT if item.get("real") else 1.0))
    return out


def fit(cached: list[tuple[list[list[str]], list[int], float]], variant: Variant) -> dt.ObjectiveDetector:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows, labels, weights = [], [], []
    for feats, labs, weight in cached:
        for f, label in zip(feats, labs, strict=True):
            rows.append([x for x in f if _keep(x, variant)])
            labels.append(label)
            weights.append(weight)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(f, 1) for f in rows])
    model = LogisticRegression(C=variant.c, max_iter=5000)
    model.fit(matrix, labels, sample_weight=weights)
    coef = {n: float(w) for n, w in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True) if abs(w) > 1e-6}
    parse_keys = ("gov", "aux=", "tense=", "form=", "modal=", "govn=", "dep=", "time=")
    span = max((abs(sum(coef.get(x, 0.0) for x in f if x.startswith(parse_keys))) for f in rows), default=0.0)
    return dt.ObjectiveDetector(weights=coef, bias=float(model.intercept_[0]), threshold=dt.THRESHOLD,
                                rule_threshold=dt.RULE_THRESHOLD, version=dt.VERSION, parse=True,
                                parse_span=round(span + 0.5, 3), role=variant.role, bag=variant.bag)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--grid", default="0.25:0.5,0.3:0.5,0.35:0.5,0.4:0.5,0.4:0.6,0.5:0.6,0.5:0.7")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "corpora" / "objectives"))
    import build_train

    with tempfile.TemporaryDirectory() as tmp:
        every = Path(tmp) / "all.jsonl"
        if build_train.main(["--all", "-o", str(every)]) != 0:
            raise SystemExit("build_train --all failed")
        all_rounds = load_gold(every, split=None)
    first = {i["text"] for i in load_gold(ROOT / dt.REAL_TRAIN, split=None)}
    collected = load_gold(ROOT / dt.REAL_COLLECTED, split=None)
    seen: set[str] = set()
    pool = []
    for item in all_rounds + collected:
        if item["text"] not in seen:
            seen.add(item["text"])
            pool.append(item)
    in_first = [i["text"] in first or i in collected for i in pool]
    synthetic = load_gold(ROOT / "corpora/objectives/gold.jsonl", split="dev")
    key = lambda item: str(item.get("source_url") or item.get("id"))  # noqa: E731
    folds = [_fold_of(key(i), args.folds) for i in pool]
    print(f"pool: {len(pool)} real passages ({sum(bool(i['records']) for i in pool)} with an objective) from "
          f"{len({key(i) for i in pool})} sources, {args.folds} folds; synthetic dev items {len(synthetic)}", flush=True)
    cache_syn = labelled(synthetic)
    cache_pool = labelled(pool)
    print("features cached", flush=True)
    grid = [tuple(float(x) for x in pair.split(":")) for pair in args.grid.split(",")]
    print("variant | threshold rule_threshold | det P R F1 | value F1 | exact F1")
    for name in args.variants.split(","):
        variant = VARIANTS[name]
        models = {}
        for fold in range(args.folds):
            train = [c for c, f, first_round in zip(cache_pool, folds, in_first, strict=True)
                     if f != fold and (variant.rounds == "all" or first_round)]
            models[fold] = fit(cache_syn + train, variant)
        for threshold, rule_threshold in grid:
            tuned = {f: replace(m, threshold=threshold, rule_threshold=rule_threshold) for f, m in models.items()}
            scores = evaluate_objectives(pool, lambda item: predict_item(item, detector=tuned[_fold_of(key(item), args.folds)]))
            d = scores.detection
            print(f"{name} | {threshold:.2f} {rule_threshold:.2f} | {d['precision']:.3f} {d['recall']:.3f} {d['f1']:.3f} | "
                  f"{scores.value['precision']:.3f} {scores.value['recall']:.3f} {scores.value['f1']:.3f} | "
                  f"{scores.exact['f1']:.3f}", flush=True)
        print(f"# {variant.name}", flush=True)


if __name__ == "__main__":
    main()
