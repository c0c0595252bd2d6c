"""Batch throughput: documents/s and pages/s of `spaser batch` with 1 and 2 workers on the sample
corpus (born-digital and scanned), the per-page overhead over bare Tesseract, and kill-safety.

    .venv/bin/python benchmarks/bench_batch.py [--copies N] [--workers 1 2] [--stages ingest,clean] [--skip-kill]

- Throughput: each set (``<id>.pdf`` born-digital, ``<id>-scan.pdf`` scanned, ``--copies`` copies of
  each) is run by the real CLI into a fresh DuckDB file. ``wall`` includes interpreter start-up and
  model loading; ``run`` is the time inside ``run_batch`` (pool start-up included).
- Overhead over bare Tesseract. *Bare* is what a user would run on the same pictures: each scanned page
  saved as a grey PNG of exactly the image ingestion OCRs (the scan embedded in the PDF, at its native
  resolution), then ``tesseract page.png - -l fra`` (plain text out, default page segmentation),
  one process per page, ``OMP_THREAD_LIMIT=1``; writing the PNGs is not counted. *Ours* is ``ingest()``
  of the same PDFs with one worker, in this process, after one warm-up page (the once-per-process start,
  i.e. imports and loading Tesseract's model, is printed apart): wall time, and CPU time (its own plus its
  children's; the figure to trust on a shared machine). The two alternate document by document for
  ``--rounds`` rounds, so a change of machine load hits both alike. ``spaser batch --workers 1 --stages
  ingest`` is then timed on the same PDFs to show what the batch layer adds.
- Resume after kill: a run over many small documents is killed (SIGKILL, whole process group) after
  some documents were stored, then rerun; documents lost and duplicated are counted (both must be 0).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
ENV = dict(os.environ, OMP_THREAD_LIMIT="1")


def corpus_set(corpus: Path, kind: str, copies: int, target: Path) -> tuple[int, int]:
    """Copy the ``kind`` files (``born-digital`` or ``scanned``) ``copies`` times into ``target``; (documents, pages)."""
    import pypdfium2

    suffix = ".pdf" if kind == "born-digital" else "-scan.pdf"
    sources = sorted(d / f"{d.name}{suffix}" for d in corpus.iterdir() if (d / f"{d.name}{suffix}").exists())
    pages = 0
    for copy in range(copies):
        folder = target / f"copy{copy}"
        folder.mkdir(parents=True)
        for source in sources:
            shutil.copy(source, folder)
            pages += len(pypdfium2.PdfDocument(str(source)))
    return len(sources) * copies, pages


def run_batch(folder: Path, db: Path, workers: int, stages: str | None) -> dict[str, float]:
    command = [str(BIN / "spaser"), "batch", str(folder), "--db", str(db), "--workers", str(workers), "--json-log"]
    if stages:
        command += ["--stages", stages]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=ENV, check=False)
    wall = time.perf_counter() - started
    records = [json.loads(line) for line in result.stdout.splitlines()]
    summary = records[-1]
    if summary.get("event") != "summary" or summary["failed"]:
        raise SystemExit(f"batch failed: {result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    # Time spent in the pipeline itself, summed over documents (what the batch layer adds is run - work).
    work = sum(record["seconds"] for record in records if record["event"] == "document")
    return {"wall": wall, "run": summary["seconds"], "work": work, "documents": summary["processed"],
            "pages": summary["pages"]}


def _cpu_seconds() -> float:
    """CPU seconds used so far by this process and its finished children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def page_pngs(folder: Path, target: Path) -> dict[Path, list[Path]]:
    """Each scanned page of the PDFs in ``folder`` as the grey PNG that ingestion OCRs (native resolution)."""
    from bench_deskew import page_pictures  # this folder is on sys.path when a benchmark runs

    pngs: dict[Path, list[Path]] = {}
    for pdf_path in sorted(folder.rglob("*.pdf")):
        pngs[pdf_path] = []
        for index, picture in enumerate(page_pictures(pdf_path)):
            png = target / f"{pdf_path.stem}-{index}.png"
            picture.save(png)
            pngs[pdf_path].append(png)
    return pngs


def overhead_pairs(folder: Path, rounds: int) -> list[dict[str, float]]:
    """Per round: wall and CPU seconds of bare ``tesseract`` on every page and of ``ingest()`` (one worker, in
    this process, after a warm-up) on every document, interleaved document by document so that both see the
    same machine (another job, a frequency change) within seconds of each other."""
    from spaser_nlp.ingest import ingest
    from spaser_nlp.ingest.ocr import OcrSettings
    from spaser_nlp.ingest.parallel import OcrJob, run_job

    os.environ["OMP_THREAD_LIMIT"] = "1"
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        pngs = page_pngs(folder, Path(tmp))  # writing the pictures is not counted
        started = _cpu_seconds()
        import pdfplumber  # noqa: F401 - imported by ingestion once per process

        run_job(OcrJob(str(next(iter(pngs))), "pdf", 0, OcrSettings()))  # imports, Tesseract's model: once
        warm_up = _cpu_seconds() - started
        for _ in range(rounds):
            totals = dict.fromkeys(("bare_wall", "bare_cpu", "ours_wall", "ours_cpu"), 0.0)
            for pdf_path, pages in pngs.items():
                for png in pages:
                    wall, cpu = time.perf_counter(), _cpu_seconds()
                    subprocess.run(["tesseract", str(png), "-", "-l", "fra"], capture_output=True, env=ENV, check=True)
                    totals["bare_wall"] += time.perf_counter() - wall
                    totals["bare_cpu"] += _cpu_seconds() - cpu
                wall, cpu = time.perf_counter(), _cpu_seconds()
                ingest(pdf_path, workers=1)
                totals["ours_wall"] += time.perf_counter() - wall
                totals["ours_cpu"] += _cpu_seconds() - cpu
            results.append({**totals, "pages": sum(map(len, pngs.values())), "warm_up": warm_up})
    return results


def compare_strategies(folder: Path, workers: int) -> dict[str, float]:
    """Pages/s of the ways to use ``workers`` cores on scanned documents (ingest only, in this process):
    documents side by side with single-process OCR, one document at a time with its pages spread over
    ``workers`` OCR processes, and the pool's mix of both (what ``spaser batch`` does)."""
    from spaser_nlp.batch.executors import run_inline, run_local
    from spaser_nlp.batch.worker import DocumentTask

    tasks = [DocumentTask(str(path), path.stem, "bench", ("ingest",)) for path in sorted(folder.rglob("*.pdf"))]
    rates = {}
    for name, run in (
        ("documents in parallel", lambda collect: run_local(tasks, collect, workers=workers, spread_pages=False)),
        ("pages in parallel", lambda collect: run_inline(tasks, collect, ocr_workers=workers)),
        ("spaser batch (mixed)", lambda collect: run_local(tasks, collect, workers=workers)),
    ):
        pages: list[int] = []
        started = time.perf_counter()
        run(lambda result, found=pages: found.append(result.pages))
        rates[name] = sum(pages) / (time.perf_counter() - started)
    return rates


def kill_and_resume(tmp: Path, count: int = 60, kill_after: int = 15) -> dict[str, int]:
    docs = tmp / "kill-docs"
    docs.mkdir()
    for index in range(count):
        (docs / f"doc-{index:03d}.txt").write_text(f"Axe {index}\n\nRéaliser {index} % d'achats.\fFin", encoding="utf-8")
    db = tmp / "kill.duckdb"
    command = [str(BIN / "spaser"), "batch", str(docs), "--db", str(db), "--workers", "2", "--stages", "ingest",
               "--json-log"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env=dict(ENV, SPASER_BATCH_TEST_DELAY="0.1"), start_new_session=True)
    stored = 0
    assert process.stdout is not None
    for line in process.stdout:
        stored += json.loads(line)["event"] == "document"
        if stored >= kill_after:
            break
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    subprocess.run(command, capture_output=True, env=ENV, check=False)
    import duckdb

    with duckdb.connect(str(db), read_only=True) as connection:
        rows, distinct = connection.execute("SELECT count(*), count(DISTINCT doc_id) FROM documents").fetchone()
        pages, distinct_pages = connection.execute("SELECT count(*), count(DISTINCT (doc_id, page)) FROM pages").fetchone()
    return {"documents": count, "stored_before_kill": stored, "lost": count - distinct,
            "duplicated": (rows - distinct) + (pages - distinct_pages)}


def main() -> None:
    sys.stdout.reconfigure(line_buffering=True)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora" / "samples")
    parser.add_argument("--copies", type=int, default=2, help="copies of each sample document (default 2)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--stages", help="comma-separated stages (default: every installed stage)")
    parser.add_argument("--kinds", nargs="*", default=["born-digital", "scanned"])
    parser.add_argument("--skip-tesseract", action="store_true")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved rounds of the overhead measurement")
    parser.add_argument("--skip-kill", action="store_true")
    parser.add_argument("--strategies", action="store_true", help="also compare document- and page-level parallelism")
    args = parser.parse_args()

    print(f"cores: {len(os.sched_getaffinity(0))}, load average at start: {os.getloadavg()[0]:.1f}")
    print(f"stages: {args.stages or 'all installed'}")
    print(f"{'set':<14}{'workers':>8}{'docs':>6}{'pages':>7}{'wall s':>9}{'run s':>8}{'docs/s':>8}{'pages/s':>9}{'speed-up':>9}")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for kind in args.kinds:
            folder = tmp / kind
            corpus_set(args.corpus, kind, args.copies, folder)
            base = None
            for workers in args.workers:
                db = tmp / f"{kind}-{workers}.duckdb"
                numbers = run_batch(folder, db, workers, args.stages)
                rate = numbers["pages"] / numbers["run"]
                base = base or rate
                print(f"{kind:<14}{workers:>8}{numbers['documents']:>6.0f}{numbers['pages']:>7.0f}{numbers['wall']:>9.1f}"
                      f"{numbers['run']:>8.1f}{numbers['documents'] / numbers['run']:>8.3f}{rate:>9.2f}{rate / base:>8.2f}x")
        if "scanned" in args.kinds and not args.skip_tesseract:
            folder = tmp / "scanned-once"
            corpus_set(args.corpus, "scanned", 1, folder)
            rounds = overhead_pairs(folder, args.rounds)
            print("\nper OCR page, against bare `tesseract page.png - -l fra` (one process per page, same image;"
                  " interleaved document by document):")
            for number, r in enumerate(rounds, start=1):
                print(f"  round {number}: CPU ingest {r['ours_cpu'] / r['pages']:.3f} s, bare {r['bare_cpu'] / r['pages']:.3f} s"
                      f" -> {100 * (r['ours_cpu'] / r['bare_cpu'] - 1):+.1f} %;  wall ingest "
                      f"{r['ours_wall'] / r['pages']:.3f} s, bare {r['bare_wall'] / r['pages']:.3f} s -> "
                      f"{100 * (r['ours_wall'] / r['bare_wall'] - 1):+.1f} %")
            cpu = sum(r["ours_cpu"] for r in rounds) / sum(r["bare_cpu"] for r in rounds) - 1
            wall = sum(r["ours_wall"] for r in rounds) / sum(r["bare_wall"] for r in rounds) - 1
            print(f"  all rounds: CPU overhead {100 * cpu:+.1f} %, wall overhead {100 * wall:+.1f} %  (once per process,"
                  f" not per page: {rounds[0]['warm_up']:.2f} s CPU)")
            ours = run_batch(folder, tmp / "overhead.duckdb", 1, "ingest")
            print(f"  spaser batch (ingest, 1 worker): {ours['run'] / ours['pages']:.3f} s a page (wall); the batch layer"
                  f" (store, scheduling, start-up inside run_batch) adds {100 * (ours['run'] / ours['work'] - 1):+.1f} %"
                  " to the pipeline's own time")
        if args.strategies:
            folder = tmp / "scanned-strategies"
            corpus_set(args.corpus, "scanned", 1, folder)
            rates = compare_strategies(folder, max(args.workers))
            print("\n" + ", ".join(f"{name}: {rate:.3f} pages/s" for name, rate in rates.items()))
        if not args.skip_kill:
            outcome = kill_and_resume(tmp)
            print(f"\nresume after kill -9: {outcome['stored_before_kill']} of {outcome['documents']} stored before the "
                  f"kill; after rerun lost {outcome['lost']}, duplicated {outcome['duplicated']}")
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
