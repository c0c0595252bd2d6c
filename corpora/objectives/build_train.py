"""Build corpora/objectives/real-train.jsonl from corpora/real/passages.jsonl (run: python corpora/objectives/build_train.py [--all]).

The real passages collected for themes (``corpora/real``, labelled with the conventions of the shared real dev set)
train the objective detector too. By default only the first round (``corpora/real/passages_src.py``, 246 passages) is
taken: the second round (158 passages, 150 without a quantified objective), measured with ``--all``, did not
generalise better (leave-source-out on the dev set -0.012 F1, on the training passages +0.014: see
``REAL_ERRORS.md``), so the shipped detector is not trained on it. Their objective fields were re-read passage by passage against the dev set's
conventions (``../shared/data/spaser-real-dev/README.md``); the few records that did not follow them are corrected
here, each with its reason, rather than in the themes work's sources (their themes are untouched). A correction
whose passage is no longer found stops the build. The file is checked like every real training set
(``corpora/passage_checks.py``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parent / "real" / "passages.jsonl"
OUTPUT = HERE / "real-train.jsonl"


def _no_record(gold: dict[str, Any]) -> None:
    gold["objectives"] = []


def _baseline_2012(gold: dict[str, Any]) -> None:
    for objective in gold["objectives"]:
        objective["baseline_year"] = 2012


def _universal_only(gold: dict[str, Any]) -> None:
    gold["objectives"] = gold["objectives"][:2]


# passage opening -> (correction, reason written into the passage's notes)
CORRECTIONS = {
    "L’autre nouveauté est que le PNAD, qui tire la leçon": (
        _no_record, "Objectifs : la fréquence des réunions d'un comité (« deux fois par an ») organise le suivi, "
        "comme un bilan annuel ; ce n'est pas une cible quantifiée (engagement qualitatif)."),
    "de réduire la consommation énergétique finale de 50 %": (
        _baseline_2012, "Objectifs : « par rapport à la référence 2012 » donne l'année de référence des trois cibles."),
    "- d'intégrer un critère d'attribution environnemental dans tous": (
        _universal_only, "Objectifs : « tous vos marchés » vaut 100 % (deux fois) ; « une clause sociale pour vos "
        "marchés formalisés » n'a pas de mot universel, pas de valeur."),
}


def apply_corrections(records: list[dict[str, Any]]) -> set[str]:
    """Correct, in place, the records of ``corpora/real`` (shared format) that :data:`CORRECTIONS` names; returns
    the openings used. The detector's training (``spaser_nlp.extract.detector_train``) applies them too."""
    used = set()
    for record in records:
        for opening, (correct, reason) in CORRECTIONS.items():
            if record["text"].startswith(opening):
                correct(record["gold"])
                record["gold"]["notes"] = f"{record['gold']['notes']} {reason}".strip()
                used.add(opening)
    return used


def first_round_texts() -> set[str]:
    """The texts of ``corpora/real/passages_src.py`` (whitespace as ``corpora/real/build.py`` writes it)."""
    sys.path.insert(0, str(SOURCE.parent))
    from passages_src import load

    texts: set[str] = set()
    load(lambda url, title: None, lambda text, themes, **_: texts.add(re.sub(r"[ \t]+", " ", text).strip()),
         lambda *args, **kwargs: {})
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--all", action="store_true", help="every passage of corpora/real, not only the first round")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT, help=f"default {OUTPUT}")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE.parent))  # corpora/passage_checks.py
    from passage_checks import DevSet, dev_path, passage_problems

    dev = dev_path(HERE)
    if not dev.is_file():
        print(f"{dev} not found: the dev-source check needs it", file=sys.stderr)
        return 2
    records = [json.loads(line) for line in SOURCE.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not args.all:
        first = first_round_texts()
        records = [r for r in records if r["text"] in first]
    used = apply_corrections(records)
    problems = [f"correction not applied (passage gone?): {o}" for o in CORRECTIONS if o not in used and args.all]
    problems += passage_problems(records, DevSet.load(dev))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    with open(args.output, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    objectives = sum(len(r["gold"]["objectives"]) for r in records)
    print(f"{len(records)} passages from {len({r['source_url'] for r in records})} sources: {objectives} quantified "
          f"objectives, {len(used)} corrected")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
