"""Consultation clustering side by side with BERTopic, on the coded Grand Débat sample.

Usage (from the repository root)::

    .venv/bin/pip install bertopic          # not a dependency of the package
    .venv/bin/python benchmarks/bench_consult.py [--data ../shared/data/grand-debat-dev/contributions.jsonl]
        [--json results.json] [--skip-sample]

Both methods get the same texts (title + text) and the same precomputed USE
embeddings (one shared cache, warmed before timing). BERTopic runs with its
defaults (UMAP + HDBSCAN, ``min_topic_size=10``) and a French stop-word
CountVectorizer; UMAP's ``random_state`` is fixed so that it is repeatable, and
``n_neighbors`` is lowered on questions smaller than 16 contributions, where the
default would fail. A question where BERTopic still fails counts as all
unassigned. Also times ``spaser consult`` end to end on the 120-contribution
sample (import → report, model loading included, in a fresh process).
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

from spaser_nlp.consult import ConsultSettings  # noqa: E402
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


def sample_end_to_end() -> float:
    sample = ROOT / "corpora" / "consultation" / "sample-contributions.csv"
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        subprocess.run([str(ROOT / ".venv" / "bin" / "spaser"), "-q", "consult", str(sample), "-o", out], check=True)
        return time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "grand-debat-dev" / "contributions.jsonl")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--skip-sample", action="store_true")
    parser.add_argument("--clustering-only", action="store_true", help="only time the clustering step")
    args = parser.parse_args(argv)

    gold = load_gold(args.data)
    embedder = CachedEmbedder(get_embedder("use"))
    titles = [t if isinstance(t, str) else "" for t in gold["title"]]
    embedder.encode(_texts([str(t) for t in gold["text"]], titles))  # warm the shared cache

    if args.clustering_only:
        clustering_seconds(gold, embedder)  # warm imports
        print(f"clustering step, all questions: {clustering_seconds(gold, embedder):.2f} s")
        return
    results = {}
    ours = evaluate(gold, spaser_method(settings=ConsultSettings(themes=False), embedder=embedder))
    results["spaser"] = ours
    try:
        import bertopic
        results["bertopic"] = evaluate(gold, bertopic_method(embedder))
        bertopic_version = bertopic.__version__
    except ImportError:
        bertopic_version = "not installed"
        print("BERTopic is not installed: pip install bertopic", file=sys.stderr)
    columns = ["question_id", "n", "n_clusters", "f_measure", "ari", "nmi", "unassigned_share", "seconds"]
    for name, table in results.items():
        print(f"\n== {name} ==")
        print(table[columns].to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    payload = {name: table.to_dict(orient="records") for name, table in results.items()}
    payload["versions"] = {"bertopic": bertopic_version, "numpy": np.__version__, "pandas": pd.__version__}
    payload["clustering_step_seconds"] = round(clustering_seconds(gold, embedder), 3)
    print(f"\nour clustering step alone (same embeddings, all questions): {payload['clustering_step_seconds']} s")
    if not args.skip_sample:
        payload["sample_end_to_end_seconds"] = round(sample_end_to_end(), 2)
        print(f"\nsample (122 contributions) end to end: {payload['sample_end_to_end_seconds']} s")
    if args.json:
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
