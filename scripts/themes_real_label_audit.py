"""Out-of-fold disagreements of the theme model on the real training passages (corpora/real), for a label audit.

    PYTHONPATH=.:scripts .venv/bin/python scripts/themes_oof_thresholds.py fit --variant default \
        --embedding-cache DIR --out BASE.npz
    PYTHONPATH=.:scripts .venv/bin/python scripts/themes_real_label_audit.py --run BASE.npz [--theme ID ...] [--list]

``--run``: the out-of-fold predictions of ``themes_oof_thresholds.py fit`` (5 folds; the real passages grouped by
source page, so fold membership does not depend on labels). Thresholds follow the shipped rule (``half-f1`` tuned,
for fold *k*, on fold *k*'s model's synthetic dev probabilities; ``themes_cv_candidates.evaluate``). Printed: real
out-of-fold micro-F1, macro-F1 (themes with >= 8 real passages) and the audited themes' precision / recall / F1,
scored against the labels stored in the run and, with ``--gold``, against the current ``corpora/real/passages.jsonl``
(same passages, e.g. after a relabelling: the old model scored on the corrected labels). ``--list`` prints every
disagreement on the audited themes (false negatives first) with its collection round (``passages_src*.py`` file),
gold and predicted themes and the theme's probability against its threshold. Only training data is read.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

import numpy as np
from themes_cv_candidates import evaluate, fold_thresholds
from themes_threshold_rules import average_runs

from spaser_nlp.classify import load_taxonomy
from spaser_nlp.classify.model import binarize_labels
from spaser_nlp.evaluate.themes_real import gold_scores

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "corpora" / "real"
AUDITED = ("environnement_climat_carbone", "gouvernance_suivi", "marches_reserves_handicap")
# passages_src2.load also loads rounds 3 and 4, passages_src3.load round 4: rounds are told apart by difference.
ROUND_FILES = ("passages_src", "passages_src2", "passages_src3", "passages_src4", "passages_src5", "passages_src6",
               "passages_src7", "passages_src8", "passages_src9")


def round_of_texts() -> dict[str, str]:
    """Passage text -> the ``passages_src*.py`` file that transcribes it."""
    sys.path.insert(0, str(REAL.parent))
    sys.path.insert(0, str(REAL))
    from passage_checks import Transcriber

    texts: dict[str, set[str]] = {}
    for name in ROUND_FILES:
        transcriber = Transcriber()
        importlib.import_module(name).load(transcriber.source, transcriber.passage, transcriber.objective)
        texts[name] = {r["text"] for r in transcriber.records}
    texts["passages_src3"] -= texts["passages_src4"]
    texts["passages_src2"] -= texts["passages_src3"] | texts["passages_src4"]
    return {text: name for name, chosen in texts.items() for text in chosen}


# The session 10 audit's verdicts on the disagreements of the baseline run that no rule changed (read one by one,
# judged by the written conventions; scripts/themes_session10_audit.md gives the reasons). Every other disagreement
# whose label a rule of corpora/real/conventions.py changed is a label error fixed; the rest are model errors.
LABEL_LEFT = {
    # full-cost accounting and building lifespan: taxonomy sends « coût du cycle de vie », durability to circular economy
    "environnement_climat_carbone": {"real-249", "real-1301"},
    # a carbon footprint (« bilan carbone ») and a canteen's food-waste weighing are not the monitoring of a purchasing
    # policy; « ce schéma », a Spaser by context, buyers trained, a purchasing policy adopted, an indicator of purchasing
    # performance, a network of authorities, a parliamentary report on purchasing, a regional buyers' network's aims
    "gouvernance_suivi": {"real-1040", "real-1167", "real-114", "real-173", "real-287", "real-562", "real-600",
                          "real-606", "real-655", "real-1342", "real-1523", "real-271"},
    "marches_reserves_handicap": set(),
}
UNCLEAR = {
    # ENV: environmental only by the page's context (FN); « achats responsables » alone or a plan's name, eco-design,
    # indoor-air pollutants, ecological engineering (FP): no written convention, the corpus is mixed
    "environnement_climat_carbone": {"real-1046", "real-1056", "real-1407", "real-1424", "real-1471", "real-097",
                                     "real-150", "real-155", "real-179", "real-357", "real-360", "real-361", "real-408",
                                     "real-553", "real-952"},
    # GOV: guides for buyers, purchasing policies described, national plans' targets, forums and prizes (FP)
    "gouvernance_suivi": {"real-065", "real-104", "real-302", "real-350", "real-416", "real-447", "real-545",
                          "real-582", "real-623", "real-837", "real-872", "real-877", "real-899", "real-914",
                          "real-934", "real-953", "real-1144", "real-1215", "real-1315", "real-1448", "real-1506"},
    # MR: contracts reserved to SIAE (taxonomy: social clauses; the brief's reading: reserved contracts), a lot known
    # only by context; insertion publics that include disabled workers; a count of reserved contracts as an indicator
    "marches_reserves_handicap": {"real-283", "real-970", "real-012", "real-538", "real-1178", "real-146"},
}


def count_verdicts(data: dict, predicted: np.ndarray, current: np.ndarray, rows: list[dict], themes: list[str],
                   audited: list[str]) -> None:
    """Markdown table: disagreements of the run by theme, kind (FN/FP against the run's labels), round and verdict."""
    from collections import Counter

    rounds = round_of_texts()
    table: Counter = Counter()
    for theme in audited:
        j = themes.index(theme)
        for kind, gold_value in (("FN", 1), ("FP", 0)):
            for i in np.flatnonzero((data["real_truth"][:, j] == gold_value) & (predicted[:, j] != gold_value)):
                ident = rows[i]["id"]
                if current[i, j] != data["real_truth"][i, j]:
                    verdict = "label, fixed by a rule"
                elif ident in LABEL_LEFT.get(theme, set()):
                    verdict = "label, left"
                elif ident in UNCLEAR.get(theme, set()):
                    verdict = "unclear"
                else:
                    verdict = "model"
                table[(theme, kind, rounds.get(rows[i]["text"], "?"), verdict)] += 1
    verdicts = ("label, fixed by a rule", "label, left", "unclear", "model")
    print("| theme | kind | round | " + " | ".join(verdicts) + " |")
    print("| --- | --- | --- | " + " | ".join("---:" for _ in verdicts) + " |")
    for theme in audited:
        for kind in ("FN", "FP"):
            for name in [*ROUND_FILES, "all"]:
                cells = [sum(n for (t, k, r, v), n in table.items() if t == theme and k == kind and v == verdict
                             and (name == "all" or r == name)) for verdict in verdicts]
                if sum(cells):
                    label = "**all**" if name == "all" else f"round {name.removeprefix('passages_src') or 1}"
                    print(f"| {theme} | {kind} | {label} | " + " | ".join(map(str, cells)) + " |")


def theme_cells(scores: dict, themes: list[str]) -> str:
    cells = []
    for theme in themes:
        row = scores["per_theme"][theme]
        cells.append(f"{theme} P/R/F1 {row['precision']:.3f}/{row['recall']:.3f}/{row['f1']:.3f} (n={row['support']})")
    return "; ".join(cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--run", type=Path, required=True, help="the .npz of themes_oof_thresholds.py fit")
    parser.add_argument("--theme", action="append", default=[], help=f"audited theme (default: {', '.join(AUDITED)})")
    parser.add_argument("--gold", action="store_true", help="also score against the current corpora/real labels")
    parser.add_argument("--list", action="store_true", help="print every disagreement on the audited themes")
    parser.add_argument("--json", type=Path, default=None, help="write the disagreements as JSON lines")
    parser.add_argument("--count", action="store_true",
                        help="count the disagreements by verdict (label error fixed by corpora/real/conventions.py, "
                        "label error left, unclear, model error), theme, kind and round")
    args = parser.parse_args()
    themes = load_taxonomy().ids
    audited = args.theme or list(AUDITED)
    data = average_runs([args.run])
    result = evaluate(data, themes, "half-f1")
    predicted, real = result["real_pred"], result["real"]
    print(f"labels of the run: real OOF micro {real['micro_f1']:.3f} macro(>=8) {real['macro_f1_supported']:.3f}"
          f" macro(all) {real['macro_f1']:.3f} | {theme_cells(real, audited)}")
    print(f"  synthetic train OOF micro {result['syn']['micro_f1']:.3f}, synthetic dev micro {result['dev']['micro_f1']:.3f}")
    rows = [json.loads(line) for line in (REAL / "passages.jsonl").read_text(encoding="utf-8").splitlines()]
    if len(rows) != len(predicted):
        raise SystemExit(f"corpora/real has {len(rows)} passages, the run {len(predicted)}")
    current = binarize_labels([r["gold"]["themes"] for r in rows], themes)
    if args.gold:
        now = gold_scores(predicted, current, themes)
        changed = int((current != data["real_truth"]).any(axis=1).sum())
        print(f"current labels ({changed} passages differ): real OOF micro {now['micro_f1']:.3f}"
              f" macro(>=8) {now['macro_f1_supported']:.3f} macro(all) {now['macro_f1']:.3f} | {theme_cells(now, audited)}")
    if args.count:
        count_verdicts(data, predicted, current, rows, themes, audited)
    if not (args.list or args.json):
        return
    rounds = round_of_texts()
    probabilities, folds = data["real_oof"], data["real_fold"]
    thresholds = fold_thresholds(data, "half-f1", 0.0)
    out = args.json.open("w", encoding="utf-8") if args.json else None
    for theme in audited:
        j = themes.index(theme)
        for kind, gold_value in (("FN", 1), ("FP", 0)):
            hits = np.flatnonzero((data["real_truth"][:, j] == gold_value) & (predicted[:, j] != gold_value))
            if args.list:
                print(f"\n## {theme} {kind}: {len(hits)}")
            for i in hits:
                record = {"theme": theme, "kind": kind, "id": rows[i]["id"], "round": rounds.get(rows[i]["text"], "?"),
                          "p": round(float(probabilities[i, j]), 3), "t": round(float(thresholds[folds[i]][j]), 3),
                          "gold": rows[i]["gold"]["themes"],
                          "pred": [themes[m] for m in np.flatnonzero(predicted[i])], "text": rows[i]["text"]}
                if args.list:
                    print(f"- {record['id']} [{record['round']}] p={record['p']}/{record['t']} gold={record['gold']}"
                          f" pred={record['pred']}\n  {record['text']}")
                if out:
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if out:
        out.close()


if __name__ == "__main__":
    main()
