"""Draw the hand-checked off-topic sample (``offtopic-sample.csv``) and show its answers for marking.

The sample names answers, it does not copy them: Grand Débat answers are read from the shared dev set
(``../shared/data/grand-debat-dev/contributions.jsonl``, by question id and reference), the invented
ones from ``sample-contributions.csv`` (by id). Drawn at random with a fixed seed: up to 20 answers
per dev question and 25 of the invented sample. ``python corpora/consultation/offtopic_sample.py draw [JSONL]``
writes the file with an empty ``off_topic`` column; ``... show`` prints the answers with their question
(never the flags' verdicts) for a person to mark ``off_topic`` = 1 or 0.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
DEV = HERE.parents[1] / ".." / "shared" / "data" / "grand-debat-dev" / "contributions.jsonl"
SAMPLE = HERE / "sample-contributions.csv"
OUT = HERE / "offtopic-sample.csv"
SEED = 13
PER_QUESTION = 20
FROM_SAMPLE = 25
SAMPLE_QUESTION = "Contributions à la consultation sur le schéma des achats responsables (SPASER) de la ville"


def draw(dev: Path = DEV) -> pd.DataFrame:
    gold = pd.read_json(dev, lines=True, dtype={"reference": str})
    rows = []
    for question_id, group in gold.groupby("question_id", sort=True):
        picked = group.sample(n=min(PER_QUESTION, len(group)), random_state=SEED)
        rows += [{"source": "grand-debat-dev", "question_id": question_id, "key": ref} for ref in picked["reference"]]
    sample = pd.read_csv(SAMPLE, dtype=str).sample(n=FROM_SAMPLE, random_state=SEED)
    rows += [{"source": "sample-contributions", "question_id": "", "key": key} for key in sample["id"]]
    return pd.DataFrame(rows).assign(off_topic="", note="")


def texts(frame: pd.DataFrame, dev: Path = DEV) -> list[tuple[str, str]]:
    """(question, answer) of each row of the sample."""
    gold = pd.read_json(dev, lines=True, dtype={"reference": str}).set_index(["question_id", "reference"])
    sample = pd.read_csv(SAMPLE, dtype=str, keep_default_na=False).set_index("id")
    out = []
    for row in frame.itertuples():
        if row.source == "grand-debat-dev":
            found = gold.loc[(row.question_id, row.key)]
            found = found.iloc[0] if isinstance(found, pd.DataFrame) else found
            title = found["title"] if isinstance(found["title"], str) else ""
            out.append((str(found["question"]), (f"[{title}] " if title else "") + str(found["text"])))
        else:
            found = sample.loc[row.key]
            title = found["title"] if isinstance(found["title"], str) else ""
            out.append((SAMPLE_QUESTION, (f"[{title}] " if title else "") + str(found["text"])))
    return out


if __name__ == "__main__":
    dev = Path(sys.argv[2]) if len(sys.argv) > 2 else DEV
    if sys.argv[1:2] == ["draw"]:
        if OUT.exists():
            sys.exit(f"{OUT.name} exists (and holds the hand marks): remove it first to draw again")
        draw(dev).to_csv(OUT, index=False, quoting=csv.QUOTE_MINIMAL)
    elif sys.argv[1:2] == ["show"]:
        frame = pd.read_csv(OUT, dtype=str, keep_default_na=False)
        last = None
        for n, (question, text) in enumerate(texts(frame, dev)):
            if question != last:
                print(f"\n### {question}")
                last = question
            print(f"{n:3d}. {' '.join(text.split())[:400]}")
    else:
        sys.exit("usage: offtopic_sample.py draw|show [DEV_CONTRIBUTIONS_JSONL]")
