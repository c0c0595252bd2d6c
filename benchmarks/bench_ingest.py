"""Ingestion speed: pages/s for text-layer and OCR pages with 1 and 2 workers, and
`spaser text` side by side with OCRmyPDF (+ pdftotext) on the same scanned file.

    .venv/bin/python benchmarks/bench_ingest.py [--doc ID] [--repeat N]

Prints a table; wall times are the best of ``--repeat`` runs of the real CLI
commands (process start-up and model loading included for both tools).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT))

from spaser_nlp.evaluate.metrics import character_error  # noqa: E402


def timed(command: list[str], *, stdout_path: Path | None = None, repeat: int = 1) -> tuple[float, str]:
    best = float("inf")
    output = ""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    for _ in range(repeat):
        started = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
        elapsed = time.perf_counter() - started
        if result.returncode != 0:
            raise SystemExit(f"command failed ({result.returncode}): {' '.join(command)}\n{result.stderr[-2000:]}")
        best = min(best, elapsed)
        output = result.stdout
    return best, output


def page_count(pdf: Path) -> int:
    import pypdfium2

    return len(pypdfium2.PdfDocument(str(pdf)))


def spaser_text(pdf: Path, workers: int, repeat: int) -> tuple[float, str]:
    return timed([str(BIN / "spaser"), "--quiet", "text", str(pdf), "--workers", str(workers)], repeat=repeat)


def ocrmypdf_text(pdf: Path, workers: int, repeat: int) -> tuple[float, str] | None:
    ocrmypdf = shutil.which("ocrmypdf", path=str(BIN)) or shutil.which("ocrmypdf")
    if not ocrmypdf or not shutil.which("pdftotext"):
        return None
    best = float("inf")
    text = ""
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "out.pdf"
            started = time.perf_counter()
            ocr_seconds, _ = timed(
                [ocrmypdf, "-l", "fra", "--output-type", "pdf", "--jobs", str(workers), "--quiet",
                 "--rotate-pages", "--deskew", str(pdf), str(out)]
            )
            _, text = timed(["pdftotext", "-layout", str(out), "-"])
            best = min(best, time.perf_counter() - started)
    return best, text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora" / "samples")
    parser.add_argument("--doc", help="sample id (default: the first sample)")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--skip-ocrmypdf", action="store_true")
    args = parser.parse_args()

    docs = sorted(d for d in args.corpus.iterdir() if d.is_dir() and (d / f"{d.name}.txt").exists())
    if not docs:
        raise SystemExit("no sample corpus: run `make corpus`")
    folder = next((d for d in docs if d.name == args.doc), docs[0])
    truth = (folder / f"{folder.name}.txt").read_text(encoding="utf-8")
    born = folder / f"{folder.name}.pdf"
    scan = folder / f"{folder.name}-scan.pdf"
    print(f"document: {folder.name}  ({page_count(born)} pages)  cores: {os.cpu_count()}")
    print(f"{'tool':<38}{'workers':>8}{'pages':>7}{'seconds':>10}{'pages/s':>10}{'CER %':>8}")
    rows = []
    for label, pdf in (("spaser text (text layer)", born), ("spaser text (OCR, scanned)", scan)):
        pages = page_count(pdf)
        for workers in (1, 2):
            seconds, text = spaser_text(pdf, workers, args.repeat)
            cer = 100 * character_error(truth, text).rate
            rows.append((label, workers, pages, seconds, cer))
    if not args.skip_ocrmypdf:
        pages = page_count(scan)
        for workers in (1, 2):
            result = ocrmypdf_text(scan, workers, args.repeat)
            if result is None:
                print("ocrmypdf or pdftotext not installed: skipped")
                break
            seconds, text = result
            cer = 100 * character_error(truth, text).rate
            rows.append(("ocrmypdf -l fra + pdftotext (scanned)", workers, pages, seconds, cer))
    for label, workers, pages, seconds, cer in rows:
        print(f"{label:<38}{workers:>8}{pages:>7}{seconds:>10.2f}{pages / seconds:>10.2f}{cer:>8.2f}")


if __name__ == "__main__":
    main()
