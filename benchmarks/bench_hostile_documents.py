"""The README's table of hostile documents: each case through the real CLI, with its outcome, time and peak memory.

    python benchmarks/bench_hostile_documents.py [--folder DIR] [--slow]

Generates ``corpora/hostile/generate_documents.py``'s files (into a temporary folder unless
``--folder``), runs the command of each row in a subprocess and prints a Markdown table: exit
code and the message's gist, wall time, and the peak resident memory of the whole process tree
(psutil, polled every 20 ms); the time column adds the CPU seconds of the command's process tree, which
depend far less on the machine's load than the wall time. ``--slow`` adds the long rows (2,000-page PDF read whole, 300-page
schéma, A0 poster OCR'd, batch timeout). Timings depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


sys.path.insert(0, str(ROOT / "tests" / "hostile"))
import harness  # noqa: E402

generator = harness.document_generator()

ROWS = [
    ("empty.pdf", ["text", "empty.pdf"]),
    ("truncated.pdf", ["text", "truncated.pdf"]),
    ("html-saved-as.pdf", ["text", "html-saved-as.pdf"]),
    ("random-bytes.pdf", ["text", "random-bytes.pdf"]),
    ("archive.docx", ["text", "archive.docx"]),
    ("no-pages.pdf", ["text", "no-pages.pdf"]),
    ("encrypted.pdf", ["extract", "encrypted.pdf"]),
    ("encrypted.pdf", ["text", "encrypted.pdf", "--password", "secret"]),
    ("bomb-30000.png", ["text", "bomb-30000.png"]),
    ("bomb-30000.tiff", ["extract", "bomb-30000.tiff"]),
    ("truncated.jpg", ["text", "truncated.jpg"]),
    ("large-12000.png", ["text", "large-12000.png"]),
    ("huge-page.pdf", ["text", "huge-page.pdf"]),
    ("flate-bomb.pdf", ["text", "flate-bomb.pdf"]),
    ("image-bomb.pdf", ["text", "image-bomb.pdf"]),
    ("qq-bomb.pdf", ["text", "qq-bomb.pdf"]),
    ("qq-plain.pdf", ["text", "qq-plain.pdf"]),
    ("qq-encrypted.pdf", ["text", "qq-encrypted.pdf"]),
    ("lzw-bomb.pdf", ["text", "lzw-bomb.pdf"]),
    ("runlength-bomb.pdf", ["text", "runlength-bomb.pdf"]),
    ("hex-flate-bomb.pdf", ["text", "hex-flate-bomb.pdf"]),
    ("a85-qq-bomb.pdf", ["text", "a85-qq-bomb.pdf"]),
    ("dct-bomb.pdf", ["text", "dct-bomb.pdf"]),
    ("long-2000.pdf", ["text", "long-2000.pdf", "--max-pages", "1000"]),
    ("complex-page.pdf", ["text", "complex-page.pdf", "--ocr", "never"]),
    ("complex-page.pdf", ["text", "complex-page.pdf", "--workers", "1"]),
]
SLOW_ROWS = [
    ("flate-bomb.pdf", ["batch", "qq-bomb.pdf", "flate-bomb.pdf", "image-bomb.pdf", "huge-page.pdf", "bomb-30000.png",
                        "good.txt", "--db", "d.duckdb", "--stages", "ingest", "--json-log"]),
    ("a0-poster.pdf", ["text", "a0-poster.pdf", "--workers", "1"]),
    ("qq-bomb.pdf", ["batch", "qq-bomb.pdf", "good.txt", "--db", "t.duckdb", "--stages", "ingest", "--json-log",
                     "--timeout", "10", "--max-operators", "0", "--max-stream-mib", "0"]),
    # On a Dask cluster (a LocalCluster started here: two worker processes with nannies, one thread each), with
    # the bomb's limits off so that only the time budget stops it. Peak memory is the driver's (the CLI).
    ("qq-bomb.pdf", ["batch", "{folder}/qq-bomb.pdf", "{folder}/good.txt", "--db", "k.duckdb", "--stages", "ingest",
                     "--json-log", "--timeout", "10", "--max-operators", "0", "--max-stream-mib", "0",
                     "--scheduler", "{scheduler}"]),
    ("schema-300.pdf", ["ingest", "schema-300.pdf", "-o", "schema.json", "--ocr", "never"]),
    ("long-2000.pdf", ["text", "long-2000.pdf"]),
]


def outcome(run) -> str:
    if run.timed_out:
        return "**killed by the harness (time limit)**"
    lines = [line for line in run.stderr.splitlines() if line.startswith("error:")]
    if run.args[0] == "batch":
        records = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
        documents = [r for r in records if r.get("event") == "document"]
        return f"exit {run.returncode}; " + "; ".join(
            f"{r['doc_id']} {r['status']}" + (f" ({r['error'].split(':')[0]})" if r["error"] else "") for r in documents
        )
    if lines:
        message = lines[0].split(": ", 2)[-1]
        return f"exit {run.returncode}: {message}"
    traceback = " **traceback**" if "Traceback" in run.stderr else ""
    return f"exit {run.returncode}{traceback}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--slow", action="store_true")
    parser.add_argument("--rows", nargs="*", metavar="TEXT", help="only the rows whose command holds one of these")
    args = parser.parse_args()
    folder = (args.folder or Path(tempfile.mkdtemp(prefix="hostile-"))).resolve()
    rows = ROWS + (SLOW_ROWS if args.slow else [])
    if args.rows:
        rows = [(name, command) for name, command in rows if any(text in " ".join(command) for text in args.rows)]
    generator.generate(folder, only=sorted({name for name, _ in rows} | {"good.txt"}))
    print("| input | command | outcome | time | peak memory |")
    print("|---|---|---|---:|---:|")
    cluster = None
    for name, command in rows:
        if "{scheduler}" in command and cluster is None:
            from distributed import LocalCluster

            cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        address = cluster.scheduler_address if cluster is not None else ""
        run = harness.run_cli([part.format(folder=folder, scheduler=address) for part in command], timeout=900,
                              cwd=folder)
        description = generator.CASES[name][0].replace("|", "\\|")
        shown = " ".join(command).replace("|", "\\|").replace("{folder}/", "").replace("{scheduler}", "tcp://HOST:8786")
        print(f"| {description} | `spaser {shown}` | {outcome(run)} | {run.seconds:.1f} s (CPU {run.cpu_seconds:.1f} s) "
              f"| {run.peak_mib:.0f} MiB |", flush=True)
    if cluster is not None:
        cluster.close()


if __name__ == "__main__":
    main()
