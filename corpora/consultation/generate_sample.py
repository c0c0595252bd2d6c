"""Build ``sample-contributions.csv`` from the hand-written texts of ``base_contributions.py``.

Usage (from the repository root)::

    .venv/bin/python corpora/consultation/generate_sample.py

Adds, deterministically (fixed seed): exact duplicates, near duplicates, the
flagged contributions and a copy-paste campaign of 10 messages from the
"Cantines Vivantes" collective, then shuffles the rows and numbers them.
Same script, same bytes.
"""

from __future__ import annotations

import csv
import io
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from base_contributions import (  # noqa: E402
    BASE,
    CAMPAIGN_SIGNATURES,
    CAMPAIGN_TEXT,
    EXACT_DUPLICATES,
    FLAGGED,
    NEAR_DUPLICATE_OF,
)

SEED = 2024
COLUMNS = ["id", "author", "author_type", "title", "text", "published_at"]


def _campaign(rng: random.Random) -> list[tuple[str, str, str, str]]:
    rows = []
    for n, signature in enumerate(CAMPAIGN_SIGNATURES, start=1):
        text = CAMPAIGN_TEXT
        if n % 3 == 0:  # a few members retype part of it
            text = text.replace("d'ici 2028", "d ici 2028").replace("territoire", "territoir")
        if n % 4 == 0:
            text = text.replace("Madame, Monsieur, ", "")
        rows.append((f"cantines-vivantes-{n:02d}", "Association", "Cantines Vivantes", f"{text} {signature}".strip()))
    rng.shuffle(rows)
    return rows


def build_rows() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    rows = list(BASE)
    rows += [BASE[i] for i in EXACT_DUPLICATES]
    rows += [(BASE[i][0] + "_bis", BASE[i][1], BASE[i][2], text) for i, text in NEAR_DUPLICATE_OF.items()]
    rows += FLAGGED
    rows += _campaign(rng)
    rng.shuffle(rows)
    start = datetime(2024, 3, 4, 9, 0, 0)
    result = []
    for n, (author, author_type, title, text) in enumerate(rows, start=1):
        start += timedelta(minutes=rng.randint(3, 600))
        result.append(
            {"id": f"C{n:03d}", "author": author, "author_type": author_type, "title": title, "text": text,
             "published_at": start.strftime("%Y-%m-%d %H:%M:%S")}
        )
    return result


def main() -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(build_rows())
    (HERE / "sample-contributions.csv").write_text(buffer.getvalue(), encoding="utf-8")


if __name__ == "__main__":
    main()
