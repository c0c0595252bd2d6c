"""Score quantified-objective extraction against gold files.

Two formats are read: the project's own ``corpora/objectives/gold.jsonl``
(``{"text", "split", "records": [...]}``) and the real-passage format of
``../shared/data/spaser-real-dev/passages.jsonl`` (``{"text", "source_url",
"gold": {"objectives": [...]}}``), which is the default (``REAL_DEV``).

Metrics: detection P/R/F1 (does the item hold a target), value P/R/F1 (values
matched one to one, 1 % tolerance), exact-record F1 (value, unit, direction,
horizon year and per-year flag all right), and per-field accuracy over the
value-matched pairs. Speed is measured item by item on one core.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spaser_nlp.errors import FileMissingError, InputError

FIELDS = ("unit", "comparator", "direction", "kind", "per_year", "horizon_year", "baseline_year", "baseline_value",
          "value_max")
EXACT_FIELDS = ("unit", "direction", "horizon_year", "per_year")
Predictor = Callable[[dict[str, Any]], list[dict[str, Any]]]


@dataclass
class ObjectiveScores:
    items: int = 0
    gold_records: int = 0
    detection: dict[str, float] = field(default_factory=dict)
    value: dict[str, float] = field(default_factory=dict)
    exact: dict[str, float] = field(default_factory=dict)
    fields: dict[str, float] = field(default_factory=dict)
    sentences_per_second: float = 0.0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"items": self.items, "gold_records": self.gold_records, "detection": self.detection,
                "value": self.value, "exact_record": self.exact,
                "fields": self.fields, "sentences_per_second": round(self.sentences_per_second, 1)}


REAL_DEV = Path("../shared/data/spaser-real-dev/passages.jsonl")
SYNTHETIC_GOLD = Path("corpora/objectives/gold.jsonl")


def default_gold() -> Path:
    """The real dev set next to the repository (``../shared/...``), looked for from the working folder then
    from the package's repository and its parent (a git worktree); the first path when none exists."""
    package_repo = Path(__file__).resolve().parents[2]
    candidates = [REAL_DEV, package_repo / REAL_DEV, package_repo.parent / REAL_DEV]
    return next((c for c in candidates if c.is_file()), REAL_DEV)


def headline(scores: ObjectiveScores, label: str) -> list[str]:
    """Three lines with the figures that matter (the last lines the CLI prints)."""
    d, v, e, f = scores.detection, scores.value, scores.exact, scores.fields
    return [
        f"{label}: {scores.items} items, {scores.gold_records} gold records",
        f"detection P {d['precision']:.3f} R {d['recall']:.3f} F1 {d['f1']:.3f} | value F1 {v['f1']:.3f} "
        f"(P {v['precision']:.3f} R {v['recall']:.3f}) | exact-record F1 {e['f1']:.3f}",
        "field accuracy: " + ", ".join(f"{name} {f.get(name, 0.0):.3f}" for name in
                                        ("direction", "horizon_year", "unit", "per_year", "kind", "comparator")),
    ]


def is_real_format(item: dict[str, Any]) -> bool:
    """A passage of the real-text format (``gold.objectives``) rather than the project's own (``records``)."""
    return isinstance(item.get("gold"), dict) and "records" not in item


def from_real(item: dict[str, Any]) -> dict[str, Any]:
    """A real-format passage as an evaluation item: quantified targets become ``records``."""
    gold = item["gold"]
    return {"id": item.get("id"), "text": item["text"], "source_url": item.get("source_url"), "real": True,
            "records": list(gold.get("objectives") or []), "is_objective": bool(gold.get("is_objective")),
            "ambiguous": bool(gold.get("ambiguous")), "split": "real"}


def load_gold(path: str | Path, *, split: str | None = "test") -> list[dict[str, Any]]:
    """Gold items of ``split`` (``None``: all); real-format passages are all kept, whatever ``split``."""
    path = Path(path)
    if not path.is_file():
        if path.name == "passages.jsonl":
            raise FileMissingError("real dev set not found: it lives in ../shared/data/spaser-real-dev/ "
                                   "(outside the repository); pass --gold FILE", path=path)
        raise FileMissingError("gold file not found; check the path (the project's synthetic gold is built by "
                               "corpora/objectives/build_gold.py)", path=path)
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"line {number} is not JSON ({error.msg})", path=path) from None
        if not isinstance(item, dict) or "text" not in item:
            raise InputError(f"line {number} has no \"text\" field", path=path)
        if is_real_format(item):
            items.append(from_real(item))
        elif split is None or item.get("split") == split:
            items.append(item)
    return items


def _norm_unit(unit: Any) -> str:
    text = str(unit).lower().strip()
    return text[:-1] if len(text) > 3 and text.endswith(("s", "x")) else text


def _same_value(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= max(0.01 * abs(float(b)), 0.01)


# units with a name in both conventions; any other unit is a counted noun ("personnes", "structures")
_NAMED_UNITS = frozenset({"%", "eur", "heure", "marché", "tco2", "x", "point", "count"})


def _field_equal(name: str, a: Any, b: Any) -> bool:
    """``a`` predicted, ``b`` gold. Units: the real-text conventions write every counted noun as ``count``
    (people, structures…) where the extractor, like the project's own gold, keeps the noun."""
    if name == "unit":
        if str(b) == "count" and _norm_unit(a) not in _NAMED_UNITS:
            return True
        return _norm_unit(a) == _norm_unit(b)
    if name in ("baseline_value", "value_max"):
        return _same_value(a, b)
    return a == b


def _match(predicted: list[dict], gold: list[dict], key: Callable[[dict, dict], bool]) -> list[tuple[dict, dict]]:
    pairs = []
    free = list(gold)
    for record in predicted:
        for candidate in free:
            if key(record, candidate):
                pairs.append((record, candidate))
                free.remove(candidate)
                break
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    precision = tp / n_pred if n_pred else 1.0
    recall = tp / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def predict_item(item: dict[str, Any], detector: Any = None) -> list[dict[str, Any]]:
    """The extractor's records for one gold item (a sentence, a passage, or a table row with its header);
    ``detector``: an :class:`~spaser_nlp.extract.detector.ObjectiveDetector` instead of the shipped one."""
    from dataclasses import asdict

    from spaser_nlp.extract.collect import collect
    from spaser_nlp.extract.objectives import DEFAULT, targets
    from spaser_nlp.extract.tables import row_findings

    model = detector if detector is not None else DEFAULT
    if item.get("header"):
        findings = row_findings(item["header"], item["text"].split("\t"))
    elif item.get("real"):
        # a passage may hold several sentences, list lines and a title: the document path
        from spaser_nlp.extract import text_document

        findings = [r.finding for r in collect(text_document(item["text"]), detector=model) if r.reason is None]
    else:
        findings = targets(item["text"], detector=model)
    return [asdict(f) for f in findings]


def source_safe_predictor(items: list[dict[str, Any]]) -> tuple[Predictor, str | None]:
    """A predictor that never scores a passage with a detector trained on its source.

    When some items come from a source the shipped detector was trained on, a detector is refitted
    without those sources (leave-source-out) and used for every item; the note says so.
    """
    from functools import partial

    from spaser_nlp.extract.detector import default_detector

    shipped = default_detector()
    shared = frozenset(str(i.get("source_url")) for i in items if i.get("source_url") in shipped.trained_sources)
    if not shared:
        return predict_item, None
    from spaser_nlp.extract import detector_train as dt

    files = dt.training_files()
    refitted = dt.fit(dt.training_items(files, without_sources=shared), threshold=shipped.threshold,
                      rule_threshold=shipped.rule_threshold, parse=shipped.parse, role=shipped.role, bag=shipped.bag)
    note = (f"{sum(i.get('source_url') in shared for i in items)} items from {len(shared)} sources the detector was "
            "trained on: scored with a detector refitted without them (leave-source-out)")
    return partial(predict_item, detector=refitted), note


def file_predictor(path: str | Path, items: list[dict[str, Any]]) -> tuple[Predictor, str | None]:
    """A predictor with the detector stored in ``path`` (a candidate, not the shipped one); the note counts the
    items whose source it was trained on (those figures are not held out)."""
    from functools import partial

    from spaser_nlp.extract.detector import ObjectiveDetector

    path = Path(path)
    try:
        model = ObjectiveDetector.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InputError(f"not a detector file ({error}); write one with "
                         "`python -m spaser_nlp.extract.detector_train -o FILE`", path=path) from None
    seen = sum(i.get("source_url") in model.trained_sources for i in items)
    note = (f"{seen} items from sources this detector was trained on: those figures are not held out"
            if seen else None)
    return partial(predict_item, detector=model), note


def _fold_of(source: str, folds: int) -> int:
    import hashlib

    return int(hashlib.sha256(source.encode("utf-8")).hexdigest()[:8], 16) % folds


def leave_source_out_predictor(items: list[dict[str, Any]], folds: int = 5) -> tuple[Predictor, str]:
    """Cross-fitting by source: the items' sources are split into ``folds`` groups; each item is scored by a
    detector trained on the usual training data (minus every source of ``items``) plus the items of the
    *other* groups. No passage is scored by a detector that saw its source; every figure uses all items."""
    from spaser_nlp.extract import detector_train as dt
    from spaser_nlp.extract.detector import default_detector

    if folds < 2:
        raise InputError("leave-source-out needs at least 2 folds")
    shipped = default_detector()
    sources = frozenset(str(i.get("source_url") or i.get("id")) for i in items)
    base = dt.training_items(dt.training_files(), without_sources=sources)
    detectors = {}
    for fold in range(folds):
        others = [i for i in items if _fold_of(str(i.get("source_url") or i.get("id")), folds) != fold]
        detectors[fold] = dt.fit(base + others, threshold=shipped.threshold, rule_threshold=shipped.rule_threshold,
                                 parse=shipped.parse, role=shipped.role, bag=shipped.bag)

    def predict(item: dict[str, Any]) -> list[dict[str, Any]]:
        return predict_item(item, detector=detectors[_fold_of(str(item.get("source_url") or item.get("id")), folds)])

    note = (f"leave-source-out: {len(sources)} sources in {folds} folds; each passage scored by a detector trained "
            "on the training data and the other folds' passages, never on its own source")
    return predict, note


def evaluate_objectives(items: list[dict[str, Any]], predictor: Predictor = predict_item) -> ObjectiveScores:
    """Score ``predictor`` on ``items``."""
    scores = ObjectiveScores(items=len(items))
    det_tp = det_pred = det_gold = 0
    val_tp = val_pred = val_gold = 0
    exact_tp = 0
    field_right = dict.fromkeys(FIELDS, 0)
    pairs_total = 0
    elapsed = 0.0
    for item in items:
        started = time.perf_counter()
        predicted = predictor(item)
        elapsed += time.perf_counter() - started
        gold = item["records"]
        det_pred += bool(predicted)
        det_gold += bool(gold)
        det_tp += bool(predicted) and bool(gold)
        val_pred += len(predicted)
        val_gold += len(gold)
        pairs = _match(predicted, gold, lambda p, g: _same_value(p["value"], g["value"]))
        val_tp += len(pairs)
        exact = _match(predicted, gold, lambda p, g: _same_value(p["value"], g["value"])
                       and all(_field_equal(n, p.get(n), g.get(n)) for n in EXACT_FIELDS))
        exact_tp += len(exact)
        pairs_total += len(pairs)
        for p, g in pairs:
            for name in FIELDS:
                field_right[name] += _field_equal(name, p.get(name), g.get(name))
        if len(exact) != len(gold) or len(exact) != len(predicted):
            scores.errors.append({"id": item["id"], "frame": item.get("frame"), "text": item["text"],
                                  "gold": gold,
                                  "predicted": [{k: p.get(k) for k in ("value", *FIELDS)} for p in predicted]})
    scores.gold_records = val_gold
    scores.detection = _prf(det_tp, det_pred, det_gold)
    scores.value = _prf(val_tp, val_pred, val_gold)
    scores.exact = _prf(exact_tp, val_pred, val_gold)
    scores.fields = {name: round(right / pairs_total, 4) if pairs_total else 0.0 for name, right in field_right.items()}
    scores.sentences_per_second = len(items) / elapsed if elapsed else 0.0
    return scores
