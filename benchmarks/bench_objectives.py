"""Side-by-side benchmark of objective extraction on the gold test split, and speed on one core.

Compared:
- ``spaser_nlp`` rules (this package);
- ``quantulum3`` (a generic quantity extractor, English-oriented): every quantity it finds is a record;
- a plain number baseline: every number that is not a 4-digit year, unit "%" when followed by "%".

Run: ``.venv/bin/python benchmarks/bench_objectives.py [--split test]``
"""

from __future__ import annotations

import argparse
import importlib.metadata
import re
import time

from spaser_nlp.evaluate.objectives import evaluate_objectives, load_gold, predict_item
from spaser_nlp.extract.numbers import find_numbers

_UNITS = {"percentage": "%", "euro": "EUR", "hour": "heures"}


def number_baseline(item: dict) -> list[dict]:
    records = []
    for number in find_numbers(item["text"]):
        if re.fullmatch(r"(19|20)\d\d", number.text):
            continue
        after = item["text"][number.end : number.end + 3]
        records.append({"value": abs(number.value), "unit": "%" if "%" in after else "count", "direction": "reach",
                        "kind": "absolute", "per_year": False, "horizon_year": None})
    return records


def quantulum_baseline(item: dict) -> list[dict]:
    from quantulum3 import classifier, parser

    # its pickled disambiguation model does not load with this scikit-learn; use its rule path
    classifier.USE_CLF = False
    records = []
    for quantity in parser.parse(item["text"].replace("\u00a0", " ")):
        unit = _UNITS.get(quantity.unit.name, quantity.unit.name if quantity.unit.name != "dimensionless" else "count")
        records.append({"value": float(quantity.value), "unit": unit, "direction": "reach", "kind": "absolute",
                        "per_year": False, "horizon_year": None})
    return records


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="test")
    parser.add_argument("--gold", default="corpora/objectives/gold.jsonl")
    args = parser.parse_args()
    items = load_gold(args.gold, split=args.split)
    systems = {"spaser_nlp rules": predict_item, "plain numbers": number_baseline}
    try:
        version = importlib.metadata.version("quantulum3")
        systems[f"quantulum3 {version}"] = quantulum_baseline
    except importlib.metadata.PackageNotFoundError:
        pass
    results = {}
    for name, predictor in systems.items():
        predictor(items[0])  # warm-up: lazy loads are not speed
        started = time.perf_counter()
        scores = evaluate_objectives(items, predictor)
        results[name] = {**scores.as_dict(), "seconds": round(time.perf_counter() - started, 2)}
    print(f"{'system':22} {'det F1':>7} {'value F1':>9} {'exact F1':>9} {'sent/s':>8}")
    for name, r in results.items():
        print(f"{name:22} {r['detection']['f1']:7.3f} {r['value']['f1']:9.3f} {r['exact_record']['f1']:9.3f} "
              f"{r['sentences_per_second']:8.0f}")


if __name__ == "__main__":
    main()
