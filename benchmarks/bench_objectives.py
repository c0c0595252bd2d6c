"""Side-by-side benchmark of objective extraction on the gold test split, and speed on one core.

Compared:
- ``spaser_nlp`` rules (this package);
- ``quantulum3`` (a generic quantity extractor, English-oriented): every quantity it finds is a record;
- a plain number baseline: every number that is not a 4-digit year, unit "%" when followed by "%".

The package's extractor is run three ways: rules only (``detector=None``), rules + the shipped
detector (features from the spaCy parse), and rules + a detector refitted without the parse features.
Speed is also measured on whole documents (every sentence of the three sample schémas' text, most
without a number), which is what a user waits for.

Run: ``.venv/bin/python benchmarks/bench_objectives.py [--gold FILE] [--split test]``
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


def _document_speed(detector, runs: int = 3) -> tuple[int, list[float]]:
    """(sentences, seconds of each run) for extracting every sentence of the sample schémas' ground-truth text,
    each run cold: nothing memoised from the warm-up or an earlier run (parses, quantities, years)."""
    from pathlib import Path

    from spaser_nlp.extract import clear_caches, text_document
    from spaser_nlp.extract.collect import collect
    from spaser_nlp.extract.sentences import sentence_spans

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path("corpora/samples").glob("*/*-exemple.txt"))]
    # warm-up on a sentence of none of them: loads the models, primes no cache the runs use
    collect(text_document("Objectif : atteindre 50 % de produits durables d'ici 2025, contre 20 % en 2019."),
            detector=detector)
    seconds = []
    for _ in range(runs):
        clear_caches()
        started = time.process_time()
        for text in texts:
            collect(text_document(text), detector=detector)
        seconds.append(time.process_time() - started)
    return sum(len(sentence_spans(t)) for t in texts), seconds


def main() -> None:
    from functools import partial

    from spaser_nlp.evaluate.objectives import SYNTHETIC_GOLD, default_gold
    from spaser_nlp.extract import detector_train as dt
    from spaser_nlp.extract.detector import default_detector

    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="test")
    parser.add_argument("--gold", default=None, help="default: the real dev set, then the project's gold")
    args = parser.parse_args()
    shipped = default_detector()
    files = dt.training_files()
    no_parse = dt.fit(dt.training_items(files), threshold=shipped.threshold,
                      rule_threshold=shipped.rule_threshold, parse=False)
    golds = [args.gold] if args.gold else [str(default_gold()), str(SYNTHETIC_GOLD)]
    extractors = {"rules + detector (parse)": shipped, "rules + detector (no parse)": no_parse, "rules only": None}
    for name, detector in extractors.items():
        sentences, runs = _document_speed(detector)
        rates = ", ".join(f"{sentences / s:,.0f}" for s in runs)
        print(f"{name:28} sample schémas: {sentences} sentences, best of {len(runs)} cold runs {min(runs):.2f} s CPU = "
              f"{sentences / min(runs):,.0f} sentences/s (each run: {rates})")
    for gold in golds:
        items = load_gold(gold, split=args.split)
        print(f"\n{gold}: {len(items)} items")
        systems = {name: partial(predict_item, detector=d) if d is not None else None
                   for name, d in extractors.items()}
        systems["rules only"] = _rules_only
        systems["plain numbers"] = number_baseline
        _compare(items, systems)


def _rules_only(item: dict) -> list[dict]:
    from dataclasses import asdict

    from spaser_nlp.extract import text_document
    from spaser_nlp.extract.collect import collect
    from spaser_nlp.extract.objectives import targets

    if item.get("header"):
        return predict_item(item)
    if item.get("real"):
        return [asdict(r.finding) for r in collect(text_document(item["text"]), detector=None) if r.reason is None]
    return [asdict(f) for f in targets(item["text"], detector=None)]


def _compare(items: list[dict], systems: dict) -> None:
    try:
        version = importlib.metadata.version("quantulum3")
        systems[f"quantulum3 {version}"] = quantulum_baseline
    except importlib.metadata.PackageNotFoundError:
        pass
    results = {}
    for name, predictor in systems.items():
        if predictor is None:
            continue
        predictor(items[0])  # warm-up: lazy loads are not speed
        started = time.perf_counter()
        scores = evaluate_objectives(items, predictor)
        results[name] = {**scores.as_dict(), "seconds": round(time.perf_counter() - started, 2)}
    print(f"{'system':28} {'det P':>6} {'det F1':>7} {'value F1':>9} {'exact F1':>9} {'items/s':>8}")
    for name, r in results.items():
        print(f"{name:28} {r['detection']['precision']:6.3f} {r['detection']['f1']:7.3f} {r['value']['f1']:9.3f} "
              f"{r['exact_record']['f1']:9.3f} {r['sentences_per_second']:8.0f}")


if __name__ == "__main__":
    main()
