"""Scale benchmark: ``spaser consult`` on N synthetic contributions, in this process or on Dask.

Usage (from the repository root)::

    .venv/bin/python benchmarks/bench_consult_scale.py --n 100000                 # local, 2 BLAS threads
    .venv/bin/python benchmarks/bench_consult_scale.py --n 100000 --dask-workers 2  # LocalCluster, 2 processes
    .venv/bin/python benchmarks/bench_consult_scale.py --n 100000 --scheduler tcp://HOST:8786
    .venv/bin/python benchmarks/bench_consult_scale.py --n 100000 --via-csv       # include reading a CSV

The generator recombines the hand-written sample texts
(``corpora/consultation/base_contributions.py``) word by word (dropped words,
typos, filler words, a sentence from another text), adds 2 % exact duplicates
and a 500-message campaign; it is deterministic. Prints the wall time of each
stage (``ConsultationResult.timings``), the CPU time, and the peak resident
memory (``ru_maxrss``) of this process and, on Dask, of each worker;
``--json FILE`` writes them too.
"""

from __future__ import annotations

import argparse
import json
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
    # Column lists, not a dict per row: a million rows stay light while they are made.
    columns: dict[str, list[str]] = {"id": [], "author": [], "author_type": [], "text": []}
    campaign = min(500, n // 20)
    for i in range(n - campaign):
        if columns["id"] and rng.random() < 0.02:
            copied = rng.randrange(len(columns["id"]))
            columns["id"].append(f"S{i:06d}")
            columns["author"].append(f"u{rng.randrange(n)}")
            columns["author_type"].append(columns["author_type"][copied])
            columns["text"].append(columns["text"][copied])
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
        columns["id"].append(f"S{i:06d}")
        columns["author"].append(f"u{rng.randrange(n)}")
        columns["author_type"].append(types[base])
        columns["text"].append(" ".join(words))
    for j in range(campaign):
        columns["id"].append(f"K{j:06d}")
        columns["author"].append(f"k{j}")
        columns["author_type"].append("Association")
        columns["text"].append(f"{CAMPAIGN_TEXT} Signé {j % 7}")
    return pd.DataFrame(columns)


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _worker_usage() -> dict[str, float]:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"peak_mib": usage.ru_maxrss / 1024, "cpu_s": usage.ru_utime + usage.ru_stime}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/consult-scale"))
    parser.add_argument("--no-xlsx", action="store_true")
    parser.add_argument("--threads", type=int, default=2, help="local mode: BLAS threads of the USE forward pass")
    parser.add_argument("--dask-workers", type=int, default=0, help="start a LocalCluster of N single-thread processes")
    parser.add_argument("--scheduler", help="use this running Dask scheduler (tcp://host:port)")
    parser.add_argument("--via-csv", action="store_true", help="write the contributions to a CSV and read it back")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)

    from spaser_nlp.consult import ConsultSettings, analyse, analyse_file, write_result
    from spaser_nlp.embed import USEEmbedder

    cluster = None
    scheduler = args.scheduler
    if args.dask_workers:
        from distributed import LocalCluster

        # Worker processes (no threads): the USE forward pass and wordfreq hold the GIL.
        cluster = LocalCluster(n_workers=args.dask_workers, threads_per_worker=1, processes=True,
                               dashboard_address=":0")
        scheduler = cluster.scheduler_address
    mode = f"dask {args.dask_workers or '?'} workers" if scheduler else f"local, {args.threads} BLAS threads"

    started = time.perf_counter()
    frame = synthetic_contributions(args.n)
    csv_path = None
    if args.via_csv:
        csv_path = args.out.with_name(args.out.name + f"-{args.n}.csv")
        frame.to_csv(csv_path, index=False)
        del frame
    generated = time.perf_counter()
    peak_generate = _peak_mib()
    cpu_before = _cpu_seconds()

    settings = ConsultSettings(themes=False)
    options = {"text_col": "text", "id_col": "id", "author_col": "author", "author_type_col": "author_type",
               "settings": settings}
    if scheduler:
        options["scheduler"] = scheduler
    else:
        options["embedder"] = USEEmbedder(threads=args.threads)
    result = analyse_file(csv_path, **options) if csv_path else analyse(frame, **options)
    analysed = time.perf_counter()
    write_result(result, args.out, xlsx=not args.no_xlsx)
    written = time.perf_counter()

    workers = {}
    if scheduler:
        from distributed import Client

        with Client(scheduler, set_as_default=False) as client:
            workers = client.run(_worker_usage)
    if cluster is not None:
        cluster.close()
    stats = result.stats
    figures = {
        "n": args.n, "mode": mode, "stages_s": result.timings,
        "generate_s": round(generated - started, 1), "analyse_s": round(analysed - generated, 1),
        "write_s": round(written - analysed, 1), "total_s": round(written - generated, 1),
        "cpu_s": round(_cpu_seconds() - cpu_before, 1), "peak_mib": round(_peak_mib()),
        "peak_mib_after_generate": round(peak_generate),
        "workers": {address: {k: round(v, 1) for k, v in usage.items()} for address, usage in workers.items()},
        "issues": stats["n_issues"], "distinct_arguments": stats["n_distinct_arguments"],
        "campaigns": stats["n_campaigns"], "duplicate_groups": stats["n_duplicate_groups"],
        "unassigned_share": stats["unassigned_share"],
    }
    stages = ", ".join(f"{name} {seconds:.1f}" for name, seconds in result.timings.items())
    print(f"n={args.n} ({mode}): analyse {figures['analyse_s']} s [{stages}], write {figures['write_s']} s, "
          f"total {figures['total_s']} s (generate {figures['generate_s']} s not counted)")
    print(f"cpu (this process) {figures['cpu_s']} s; peak RSS {figures['peak_mib']} MiB "
          f"(after generating {figures['peak_mib_after_generate']} MiB)")
    for address, usage in figures["workers"].items():
        print(f"worker {address}: peak RSS {usage['peak_mib']:.0f} MiB, cpu {usage['cpu_s']} s")
    print(f"issues {stats['n_issues']}, distinct arguments {stats['n_distinct_arguments']}, "
          f"campaigns {stats['n_campaigns']}, duplicate groups {stats['n_duplicate_groups']}, "
          f"unassigned {stats['unassigned_share']:.1%}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
