"""How long `spaser compare` takes on a store of many schémas, and how fast its dashboard opens.

Builds a synthetic results store of N schémas (default 300) by running the pipeline once on the
bundled schémas (3 samples, 7 hand-made variants) and copying their rows under new ids, with
authority types, adoption years and target values varied deterministically; then times
`compare()` and writing the dashboard and workbook (in-process, after imports), and the
dashboard's opening in headless Chromium (wall time of `--dump-dom`, next to an empty page,
and the script's own rendering time).

    .venv/bin/python benchmarks/bench_compare.py [--schemas 300]
"""

from __future__ import annotations

import argparse
import copy
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "corpora" / "samples").glob("*/*-exemple.txt")) + sorted((ROOT / "corpora" / "analyst" / "documents").glob("*.txt"))
TYPES = ["region", "departement", "metropole", "communaute_urbaine", "communaute_agglomeration", "commune", "etat", "hopital", "etablissement_public"]


def build_store(path: Path, schemas: int) -> None:
    from spaser_nlp.pipeline import pipeline_version, run_pipeline
    from spaser_nlp.store import ResultStore
    from spaser_nlp.store.rows import processed_document

    version = pipeline_version()
    templates = [processed_document(run_pipeline(s), path=str(s), seconds=0.1, pipeline_version=version) for s in SOURCES]
    rng = random.Random(7)
    batch = []
    for index in range(schemas):
        doc = copy.deepcopy(templates[index % len(templates)])
        doc_id = f"schema-{index:04d}"
        doc.doc_id = doc_id
        for table, rows in doc.rows.items():
            for row in rows:
                if "doc_id" in row:
                    row["doc_id"] = doc_id
        start = rng.randint(2016, 2026)
        for row in doc.rows["profile"]:
            if row["field"] == "authority_type":
                row["value"] = rng.choice(TYPES)
            elif row["field"] == "authority_name":
                row["value"] = f"Collectivité {index}"
            elif row["field"] == "period":
                row["value"] = f"{start}-{start + rng.randint(3, 6)}"
            elif row["field"] == "adoption_date":
                row["value"] = f"{start - 1}-12-{rng.randint(1, 28):02d}"
        for row in doc.rows["objectives"]:
            row["value"] = round(row["value"] * rng.uniform(0.6, 1.5), 1)
        batch.append(doc)
    with ResultStore(path) as store:
        for start in range(0, len(batch), 50):
            store.write(batch[start : start + 50])


def chromium_open(page: str) -> tuple[float, int | None]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        return float("nan"), None
    with tempfile.TemporaryDirectory() as profile:
        started = time.perf_counter()
        completed = subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}", "--dump-dom", page],
            capture_output=True, text=True, timeout=120,
        )
        seconds = time.perf_counter() - started
    match = re.search(r'data-render-ms="(\d+)"', completed.stdout)
    return seconds, int(match.group(1)) if match else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schemas", type=int, default=300)
    args = parser.parse_args()
    from spaser_nlp.comparison import compare, write_comparison

    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "results.duckdb"
        started = time.perf_counter()
        build_store(store, args.schemas)
        print(f"synthetic store: {args.schemas} schémas in {time.perf_counter() - started:.1f} s ({store.stat().st_size / 1e6:.1f} MB)")
        started = time.perf_counter()
        comparison = compare(store)
        built = time.perf_counter() - started
        started = time.perf_counter()
        written = write_comparison(comparison, Path(folder) / "out")
        wrote = time.perf_counter() - started
        print(f"compare(): {built:.2f} s; dashboard + workbook written: {wrote:.2f} s; total {built + wrote:.2f} s")
        print(f"  {len(comparison.schemas)} schémas, {len(comparison.targets)} (objective, theme) targets; "
              f"dashboard {written[0].stat().st_size / 1e6:.1f} MB, workbook {written[1].stat().st_size / 1e6:.1f} MB")
        empty = Path(folder) / "empty.html"
        empty.write_text("<!DOCTYPE html><html><body></body></html>", encoding="utf-8")
        baseline, _ = chromium_open(empty.as_uri())
        seconds, render_ms = chromium_open(written[0].as_uri() + "#theme=clauses_sociales_insertion")
        print(f"Chromium --dump-dom: dashboard {seconds:.2f} s vs empty page {baseline:.2f} s "
              f"(opening cost {seconds - baseline:.2f} s; script rendering {render_ms} ms)")


if __name__ == "__main__":
    sys.exit(main())
