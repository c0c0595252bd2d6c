"""Train the objective detector (scikit-learn at training time only) and cross-fit it by source.

Training items are the project's own gold (``corpora/objectives/gold.jsonl``, dev split only: its
test split scores the synthetic figures) and real passages in the shared format. Every candidate
number the rules find becomes one example; it is positive when its value matches a gold record of
its passage (1 % tolerance, each record used once).

The shipped model is trained on the project's gold (dev split), ``corpora/objectives/real-train.jsonl`` and
``corpora/objectives/real-collected.jsonl`` (real passages collected by the project, none from a source of the
shared real dev set, which stays for evaluation only). Settings (C, real weight, thresholds, parse features) were chosen on the shared dev
set as a whole, never per item. Rebuild: ``python -m spaser_nlp.extract.detector_train``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spaser_nlp.extract.detector import ObjectiveDetector, model_path

VERSION = "1.0.0"
C = 0.3
THRESHOLD = 0.25  # probability a number the rules reject needs to be a target
RULE_THRESHOLD = 0.5  # … and a number the rules accept
PARSE = True
ROLE = False  # role features (see detector.role_features)
BAG = True  # the clause's and the context's words
REAL_TRAIN = Path("corpora/objectives/real-train.jsonl")
REAL_COLLECTED = Path("corpora/objectives/real-collected.jsonl")  # collected by the objectives work
_NO_CALL = ("baseline", "date", "reference")


class _Recorder(ObjectiveDetector):
    """Records the features of every candidate it is asked about; says no to all."""

    def __init__(self, parse: bool, role: bool = False, bag: bool = True) -> None:
        super().__init__(weights={}, bias=0.0, threshold=2.0, rule_threshold=2.0, parse=parse, role=role, bag=bag)
        object.__setattr__(self, "seen", [])

    def probability(self, features: list[str]) -> float:
        self.seen.append(features)  # type: ignore[attr-defined]
        return 0.0


def item_candidates(item: dict[str, Any], parse: bool = PARSE, role: bool | None = None,
                    bag: bool | None = None) -> list[tuple[list[str], float]]:
    """``(features, value)`` of each candidate number of a gold item, in text order."""
    from spaser_nlp.extract import text_document
    from spaser_nlp.extract.collect import collect
    from spaser_nlp.extract.objectives import analyse_sentence

    recorder = _Recorder(parse, ROLE if role is None else role, BAG if bag is None else bag)
    if item.get("real"):
        findings = [r.finding for r in collect(text_document(item["text"]), detector=recorder)]
    else:
        findings = analyse_sentence(item["text"], detector=recorder)
    called = [f for f in findings if f.reason not in _NO_CALL]
    return [(features, f.value) for features, f in zip(recorder.seen, called, strict=True)]  # type: ignore[attr-defined]


REAL_WEIGHT = 3.0  # a real passage counts as much as three written ones


def labelled(items: Iterable[dict[str, Any]], parse: bool = PARSE, role: bool | None = None,
             bag: bool | None = None) -> tuple[list[list[str]], list[int], list[float]]:
    from spaser_nlp.evaluate.objectives import _same_value

    features: list[list[str]] = []
    labels: list[int] = []
    weights: list[float] = []
    for item in items:
        if item.get("header"):
            continue
        free = [g["value"] for g in item["records"]]
        for feats, value in item_candidates(item, parse, role, bag):
            match = next((g for g in free if _same_value(value, g)), None)
            if match is not None:
                free.remove(match)
            features.append(feats)
            labels.append(int(match is not None))
            weights.append(REAL_WEIGHT if item.get("real") else 1.0)
    return features, labels, weights


def fit(items: list[dict[str, Any]], *, threshold: float = THRESHOLD, rule_threshold: float = RULE_THRESHOLD,
        parse: bool = PARSE, training: tuple[str, ...] = (), role: bool | None = None,
        bag: bool | None = None) -> ObjectiveDetector:
    """A detector trained on ``items`` (synthetic and/or real evaluation items)."""
    role = ROLE if role is None else role
    bag = BAG if bag is None else bag
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    features, labels, sample_weight = labelled(items, parse, role, bag)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(f, 1) for f in features])
    model = LogisticRegression(C=C, max_iter=5000)
    model.fit(matrix, labels, sample_weight=sample_weight)
    weights = {name: float(w) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
               if abs(w) > 1e-6}
    sources = frozenset(str(i["source_url"]) for i in items if i.get("real") and i.get("source_url"))
    # the most the parse features of one training number weigh (either way): past this margin the
    # parse cannot change a verdict, so scoring skips it
    parse_keys = ("gov", "aux=", "tense=", "form=", "modal=", "govn=", "dep=", "time=")
    span = max((abs(sum(weights.get(f, 0.0) for f in feats if f.startswith(parse_keys))) for feats in features),
               default=0.0)
    return ObjectiveDetector(weights=weights, bias=float(model.intercept_[0]), threshold=threshold,
                             rule_threshold=rule_threshold, trained_sources=sources, version=VERSION, parse=parse,
                             training=training, parse_span=round(span + 0.5, 3) if parse else float("inf"),
                             role=role, bag=bag)


def training_files(real_files: list[Path] | None = None) -> list[Path]:
    from spaser_nlp.evaluate.objectives import SYNTHETIC_GOLD

    root = Path(__file__).resolve().parents[2]
    return [root / SYNTHETIC_GOLD, *(real_files if real_files is not None else [root / REAL_TRAIN, root / REAL_COLLECTED])]


def training_items(files: list[Path], *, without_sources: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """The dev split of the project's gold, then every real passage whose source is not in ``without_sources``."""
    from spaser_nlp.evaluate.objectives import load_gold

    items: list[dict[str, Any]] = []
    for path in files:
        items += [i for i in load_gold(path, split="dev") if i.get("source_url") not in without_sources]
    return items


def describe(files: list[Path]) -> tuple[str, ...]:
    import hashlib

    root = Path(__file__).resolve().parents[2]
    return tuple(f"{p.resolve().relative_to(root) if p.resolve().is_relative_to(root) else p.name} "
                 f"sha256:{hashlib.sha256(p.read_bytes()).hexdigest()[:16]}" for p in files)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("real", nargs="*", type=Path, help=f"real passages (shared format); default {REAL_TRAIN}")
    parser.add_argument("-o", "--output", type=Path, default=None)
    args = parser.parse_args(argv)
    files = training_files(args.real or None)
    detector = fit(training_items(files), training=describe(files))
    output = args.output or model_path()
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(detector.to_json(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{output}: {len(detector.weights)} weights, {len(detector.trained_sources)} real sources")


if __name__ == "__main__":
    main()
