"""Scale benchmark: ``spaser consult`` on N synthetic contributions (default 100,000).

Usage (from the repository root)::

    .venv/bin/python benchmarks/bench_consult_scale.py [--n 100000] [--out /tmp/consult-scale] [--no-xlsx]

The generator recombines the hand-written sample texts
(``corpora/consultation/base_contributions.py``) word by word (dropped words,
typos, filler words, a sentence from another text), adds 2 % exact duplicates
and a 500-message campaign; it is deterministic. Prints the wall time of each
part and the peak resident memory (RSS) of the process.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "corpora" / "consultation"))

from base_contributions import BASE, CAMPAIGN_TEXT  # noqa: E402

_FILLERS = ["vraiment", "franchement", "aussi", "svp", "je pense", "à mon avis", "surtout", "enfin", "bref", "donc"]


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def synthetic_contributions(n: int, seed: int = 0) -> pd.DataFrame:
    """``n`` synthetic contributions with ids, authors, author types and texts."""
    rng = random.Random(seed)
    texts = [t for *_, t in BASE]
    types = [a for _, a, _, _ in BASE]
    rows = []
    campaign = min(500, n // 20)
    for i in range(n - campaign):
        if rows and rng.random() < 0.02:
            rows.append(dict(rows[rng.randrange(len(rows))], id=f"S{i:06d}", author=f"u{rng.randrange(n)}"))
            continue
        base = rng.randrange(len(texts))
        words = []
        for word in texts[base].split():
            roll = rng.random()
            if roll < 0.25:
                continue
            words.append(_typo(word, rng) if roll < 0.35 else word)
            if rng.random() < 0.05:
                words.append(rng.choice(_FILLERS))
        if rng.random() < 0.3:
            other = texts[rng.randrange(len(texts))].split(".")[0]
            words.extend(other.split())
        rows.append({"id": f"S{i:06d}", "author": f"u{rng.randrange(n)}", "author_type": types[base], "text": " ".join(words)})
    for j in range(campaign):
        rows.append({"id": f"K{j:06d}", "author": f"k{j}", "author_type": "Association", "text": f"{CAMPAIGN_TEXT} Signé {j % 7}"})
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/consult-scale"))
    parser.add_argument("--no-xlsx", action="store_true")
    parser.add_argument("--threads", type=int, default=2, help="BLAS threads of the USE forward pass (2 cores)")
    args = parser.parse_args(argv)

    from spaser_nlp.consult import ConsultSettings, analyse, write_result
    from spaser_nlp.embed import USEEmbedder

    started = time.perf_counter()
    frame = synthetic_contributions(args.n)
    generated = time.perf_counter()
    result = analyse(frame, text_col="text", id_col="id", author_col="author", author_type_col="author_type",
                     settings=ConsultSettings(themes=False), embedder=USEEmbedder(threads=args.threads))
    analysed = time.perf_counter()
    write_result(result, args.out, xlsx=not args.no_xlsx)
    written = time.perf_counter()
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stats = result.stats
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    print(f"cpu: user {cpu.ru_utime:.1f} s, system {cpu.ru_stime:.1f} s")
    print(f"n={args.n}: generate {generated - started:.1f} s, analyse {analysed - generated:.1f} s, "
          f"write {written - analysed:.1f} s, total {written - started:.1f} s, peak RSS {peak_mib:.0f} MiB")
    print(f"issues {stats['n_issues']}, distinct arguments {stats['n_distinct_arguments']}, "
          f"campaigns {stats['n_campaigns']}, duplicate groups {stats['n_duplicate_groups']}, "
          f"unassigned {stats['unassigned_share']:.1%}")


if __name__ == "__main__":
    main()
