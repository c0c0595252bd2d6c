"""Consultation clustering side by side with BERTopic, on the coded Grand Débat sample.

Usage (from the repository root)::

    .venv/bin/pip install bertopic          # not a dependency of the package
    .venv/bin/python benchmarks/bench_consult.py [--data ../shared/data/grand-debat-dev/contributions.jsonl]
        [--json results.json] [--skip-sample] [--clustering-only]

Both methods get the same texts (title + text) and the same precomputed USE
embeddings (one disk cache, filled before any timing). BERTopic runs with its
defaults (UMAP + HDBSCAN, ``min_topic_size=10``) and a French stop-word
CountVectorizer; UMAP's ``random_state`` is fixed so that it is repeatable, and
``n_neighbors`` is lowered on questions smaller than 16 contributions, where the
default would fail. A question where BERTopic still fails counts as all
unassigned.

Two timings per method, summed over the 8 questions:

- **clustering only** (warm process: imports done, numba compiled by one
  untimed run): ours is :func:`~spaser_nlp.consult.cluster.cluster_embeddings`;
  BERTopic's is ``fit_transform`` on the embeddings (UMAP + HDBSCAN + its
  c-TF-IDF words, which are cheap);
- **end to end** (a fresh Python process per method, timed from launch to
  exit): imports, model loading and warm-up (numba's JIT for BERTopic; spaCy,
  and USE for sentence-level second topics, for ours), then every question.
  Ours includes its labels, keywords, quotes, duplicate and flag detection and
  multi-topic assignment (``themes=False``: BERTopic has no theme classifier).

Also times ``spaser consult`` end to end on the 120-contribution sample
(import → report, model loading included, in a fresh process).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from spaser_nlp.embed import CachedEmbedder, get_embedder  # noqa: E402
from spaser_nlp.evaluate.consult import evaluate, load_gold, spaser_method  # noqa: E402


def _texts(texts: list[str], titles: list[str]) -> list[str]:
    return [f"{t}. {x}" if t and t.lower() not in x.lower() else x for t, x in zip(titles, texts)]


def bertopic_method(embedder: CachedEmbedder):
    from bertopic import BERTopic
    from sklearn.feature_extraction.text import CountVectorizer
    from spacy.lang.fr.stop_words import STOP_WORDS
    from umap import UMAP

    stop_words = sorted(STOP_WORDS)

    def run(texts: list[str], titles: list[str]) -> list[int]:
        docs = _texts(texts, titles)
        vectors = embedder.encode(docs)
        umap_model = UMAP(
            n_neighbors=min(15, len(docs) - 1), n_components=5, min_dist=0.0, metric="cosine", random_state=42
        )
        model = BERTopic(
            umap_model=umap_model, vectorizer_model=CountVectorizer(stop_words=stop_words), language="french",
        )
        try:
            topics, _ = model.fit_transform(docs, embeddings=vectors)
        except Exception as error:  # noqa: BLE001 - a failure is a result here
            print(f"  BERTopic failed on {len(docs)} contributions: {type(error).__name__}: {error}", file=sys.stderr)
            return [-1] * len(docs)
        return [int(t) for t in topics]

    return run


def clustering_seconds(gold: pd.DataFrame, embedder: CachedEmbedder) -> float:
    """Our clustering step alone (same cached embeddings), summed over the questions: the part
    BERTopic's UMAP + HDBSCAN replaces (labels, quotes and flags excluded)."""
    from spaser_nlp.consult.cluster import cluster_embeddings

    total = 0.0
    for _, group in gold.groupby("question_id", sort=True):
        titles = [t if isinstance(t, str) else "" for t in group["title"]]
        vectors = embedder.encode(_texts([str(t) for t in group["text"]], titles))
        n = vectors.shape[0]
        started = time.perf_counter()
        cluster_embeddings(vectors, clusterable=np.ones(n, bool), unit_of=np.arange(n))
        total += time.perf_counter() - started
    return total


def bertopic_clustering_seconds(gold: pd.DataFrame, embedder: CachedEmbedder) -> float:
    """BERTopic's ``fit_transform`` alone, summed over the questions, after one untimed warm-up run."""
    run = bertopic_method(embedder)
    groups = [group for _, group in gold.groupby("question_id", sort=True)]
    inputs = [([str(t) for t in g["text"]], [t if isinstance(t, str) else "" for t in g["title"]]) for g in groups]
    run(*inputs[0])  # numba JIT and imports, not timed
    total = 0.0
    for texts, titles in inputs:
        started = time.perf_counter()
        run(texts, titles)
        total += time.perf_counter() - started
    return total


def sample_end_to_end() -> float:
    sample = ROOT / "corpora" / "consultation" / "sample-contributions.csv"
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        subprocess.run([str(ROOT / ".venv" / "bin" / "spaser"), "-q", "consult", str(sample), "-o", out], check=True)
        return time.perf_counter() - started


def worker(method: str, data: Path, cache_dir: Path, output: Path) -> None:
    """One method over every question in this (fresh) process; its score table goes to ``output``."""
    gold = load_gold(data)
    # Read-only: both methods find the same cache, whichever runs first.
    embedder = CachedEmbedder(get_embedder("use"), cache_dir=cache_dir, read_only=True)
    if method == "spaser":
        from spaser_nlp.consult import ConsultSettings

        run = spaser_method(settings=ConsultSettings(themes=False), embedder=embedder)
    else:
        run = bertopic_method(embedder)
    evaluate(gold, run).to_json(output, orient="records", force_ascii=False)


def end_to_end(method: str, data: Path, cache_dir: Path) -> tuple[pd.DataFrame, float]:
    """Score table and wall seconds of :func:`worker` in a fresh Python process."""
    with tempfile.TemporaryDirectory() as tmp:
        output = Path(tmp) / "scores.json"
        command = [sys.executable, str(Path(__file__).resolve()), "--worker", method, "--data", str(data),
                   "--cache-dir", str(cache_dir), "--worker-output", str(output)]
        started = time.perf_counter()
        subprocess.run(command, check=True)
        seconds = time.perf_counter() - started
        return pd.read_json(output, orient="records"), seconds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "grand-debat-dev" / "contributions.jsonl")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--skip-sample", action="store_true")
    parser.add_argument("--clustering-only", action="store_true", help="only time the clustering steps")
    parser.add_argument("--worker", choices=["spaser", "bertopic"], help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--worker-output", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.worker, args.data, args.cache_dir, args.worker_output)
        return

    gold = load_gold(args.data)
    try:
        import bertopic

        bertopic_version = bertopic.__version__
    except ImportError:
        bertopic_version = None
        print("BERTopic is not installed (pip install bertopic): ours only", file=sys.stderr)
    with tempfile.TemporaryDirectory() as cache:
        cache_dir = Path(cache)
        embedder = CachedEmbedder(get_embedder("use"), cache_dir=cache_dir)
        titles = [t if isinstance(t, str) else "" for t in gold["title"]]
        embedder.encode(_texts([str(t) for t in gold["text"]], titles))  # the shared embeddings, before any timing
        embedder.save()

        clustering_seconds(gold, embedder)  # warm imports
        timings = {"spaser": {"clustering_only_s": clustering_seconds(gold, embedder)}}
        if bertopic_version:
            timings["bertopic"] = {"clustering_only_s": bertopic_clustering_seconds(gold, embedder)}
        if args.clustering_only:
            for name, row in timings.items():
                print(f"{name}: clustering only, all questions: {row['clustering_only_s']:.2f} s")
            return
        results = {}
        for name in timings:
            results[name], timings[name]["end_to_end_s"] = end_to_end(name, args.data, cache_dir)

    columns = ["question_id", "n", "n_clusters", "f_measure", "ari", "nmi", "unassigned_share", "seconds"]
    for name, table in results.items():
        print(f"\n== {name} (fresh process) ==")
        print(table[columns].to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    print("\nseconds, all 8 questions, same cached USE embeddings")
    print(f"{'method':<10} {'clustering only (warm)':>23} {'end to end (fresh process)':>27}")
    for name, row in timings.items():
        print(f"{name:<10} {row['clustering_only_s']:>23.2f} {row['end_to_end_s']:>27.2f}")
    payload = {name: table.to_dict(orient="records") for name, table in results.items()}
    payload["timings_s"] = {name: {k: round(v, 3) for k, v in row.items()} for name, row in timings.items()}
    payload["versions"] = {"bertopic": bertopic_version or "not installed", "numpy": np.__version__, "pandas": pd.__version__}
    if not args.skip_sample:
        payload["sample_end_to_end_seconds"] = round(sample_end_to_end(), 2)
        print(f"\nsample (122 contributions) end to end: {payload['sample_end_to_end_seconds']} s")
    if args.json:
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
