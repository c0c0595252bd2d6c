"""Agreement of two annotators, and of the tool, on samples of the evaluation-only real sets.

A second annotator labelled, from the text alone and the shared dev set's written conventions, 120 passages of the
two unseen theme sets (``corpora/real-fresh-themes/passages.jsonl`` and ``passages2.jsonl``, 60 each) and 70
passages of the objective sets ``real-fresh13.jsonl`` and ``real-fresh14.jsonl`` (``themes_labels.jsonl``,
``objectives_labels.jsonl``), without seeing the first labels or any tool output. Run from the repository root:

    python corpora/agreement/agreement.py

It prints, on the same passages, the second annotator scored against the first (the human agreement, the ceiling
a tool can be read against) and the shipped tool scored against the first.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent
THEME_SETS = [CORPORA / "real-fresh-themes" / "passages.jsonl", CORPORA / "real-fresh-themes" / "passages2.jsonl"]
OBJECTIVE_SETS = [CORPORA / "objectives" / "real-fresh13.jsonl", CORPORA / "objectives" / "real-fresh14.jsonl"]


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def micro_f1(reference: dict[str, list[str]], other: dict[str, list[str]]) -> dict[str, float]:
    tp = fp = fn = 0
    for key, labels in reference.items():
        gold, found = set(labels), set(other[key])
        tp, fp, fn = tp + len(gold & found), fp + len(found - gold), fn + len(gold - found)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return {"precision": round(precision, 3), "recall": round(recall, 3),
            "f1": round(2 * precision * recall / (precision + recall), 3)}


def theme_agreement() -> dict[str, dict[str, float]]:
    import numpy as np

    from spaser_nlp.classify import load_theme_scorer

    first = {r["id"]: r for path in THEME_SETS for r in read_jsonl(path)}
    second = {r["id"]: r["themes"] for r in read_jsonl(HERE / "themes_labels.jsonl")}
    ids = list(second)
    scorer = load_theme_scorer()
    themes = list(scorer.classes_)
    predicted = scorer.predict([first[i]["text"] for i in ids])
    tool = {i: [themes[j] for j in np.flatnonzero(row)] for i, row in zip(ids, predicted, strict=True)}
    gold = {i: first[i]["gold"]["themes"] for i in ids}
    return {"second annotator": micro_f1(gold, second), "tool (default model)": micro_f1(gold, tool)}


def objective_agreement() -> dict[str, dict[str, float]]:
    from spaser_nlp.evaluate.objectives import evaluate_objectives, load_gold, predict_item

    second = {r["id"]: r["objectives"] for r in read_jsonl(HERE / "objectives_labels.jsonl")}
    items = [i for path in OBJECTIVE_SETS for i in load_gold(path, split=None) if i["id"] in second]
    result = {}
    for name, predictor in (("second annotator", lambda item: [dict(o) for o in second[item["id"]]]),
                            ("tool", predict_item)):
        scores = evaluate_objectives(items, predictor)
        result[name] = {"detection F1": scores.detection["f1"], "value F1": scores.value["f1"],
                        "exact-record F1": scores.exact["f1"]}
    return result


def main() -> None:
    print("themes, 120 passages, micro-F1 against the first annotator:")
    for name, figures in theme_agreement().items():
        print(f"  {name}: P {figures['precision']:.3f} R {figures['recall']:.3f} F1 {figures['f1']:.3f}")
    print("quantified objectives, 70 passages, against the first annotator:")
    for name, figures in objective_agreement().items():
        print(f"  {name}: " + ", ".join(f"{k} {v:.3f}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
