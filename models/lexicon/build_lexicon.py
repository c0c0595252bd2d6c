"""Build the compact French word list the cleaner loads (``fr_words.tsv.gz``).

Source: the ``fr`` "large" list of the maintained ``wordfreq`` package (Zipf
frequencies; words of letters only, lower-cased) plus the procurement
vocabulary of ``domain_words.txt`` (raised to :data:`DOMAIN_ZIPF` at least).
The output is a gzip'd TSV ``word<TAB>zipf*100`` sorted by word, so the file is
deterministic and loads in well under a second.

Run from the repository root::

    .venv/bin/python models/lexicon/build_lexicon.py
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import wordfreq

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "fr_words.tsv.gz"
DOMAIN_ZIPF = 3.5
# Pieces of elided or apostrophe words that tokenisation on apostrophes produces.
ELISION_PIECES = {
    "aujourd": 5.0, "hui": 5.0, "jusqu": 5.0, "lorsqu": 4.5, "puisqu": 4.0, "quoiqu": 3.0,
    "presqu": 3.0, "quelqu": 4.5, "qu": 6.5, "prud": 3.0, "hommes": 5.0,
}


def domain_words() -> set[str]:
    words: set[str] = set()
    for line in (HERE / "domain_words.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        for token in re.split(r"[\s\-']+", line.strip()):
            if token.isalpha():
                words.add(token.lower())
    return words


def build() -> dict[str, int]:
    freqs = wordfreq.get_frequency_dict("fr", "large")
    table: dict[str, int] = {}
    for word, freq in freqs.items():
        if not word.isalpha():
            continue
        zipf = wordfreq.zipf_frequency(word, "fr", "large")
        if zipf > 0:
            table[word.lower()] = max(table.get(word.lower(), 0), round(zipf * 100))
    for word, zipf in ELISION_PIECES.items():
        table[word] = max(table.get(word, 0), round(zipf * 100))
    for word in domain_words():
        table[word] = max(table.get(word, 0), round(DOMAIN_ZIPF * 100))
    return table


def main() -> None:
    table = build()
    lines = [f"{word}\t{table[word]}\n" for word in sorted(table)]
    # mtime=0 keeps the gzip bytes identical from one build to the next
    with open(OUTPUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write("".join(lines).encode("utf-8"))
    print(f"wrote {len(lines)} words to {OUTPUT}")


if __name__ == "__main__":
    main()
