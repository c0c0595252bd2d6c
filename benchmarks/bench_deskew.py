"""Deskewing a scanned page: time per page and the CER it leads to, for the ways a user could straighten it.

    OMP_THREAD_LIMIT=1 .venv/bin/python benchmarks/bench_deskew.py [--fresh-seeds 7001 7002] [--workers 2]

Methods: ``shear`` (what ingestion does: two one-dimensional bicubic shears by strips, see
``spaser_nlp/ingest/deskew.py``) and PIL's ``rotate(expand=True)`` with bicubic, bilinear and nearest
resampling; ``none`` leaves the page tilted.

- Time: CPU milliseconds per page of the straightening alone, on every scanned sample page at its native
  resolution, with its own estimated tilt (best of 3).
- CER: ``evaluate_ocr`` (the scanned form of every sample document) with ingestion's straightening swapped for
  the method, everything else unchanged. The sample scans were looked at while ingestion was built, so the
  same documents are also re-scanned with fresh seeds (new tilt, up to 2 degrees, and new grain) by
  ``corpora/generate.py`` into a temporary folder, and scored there too: those pages were never seen.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
METHODS = ("shear", "bicubic", "bilinear", "nearest", "none")


def straighten(method: str):
    """A replacement for ``spaser_nlp.ingest.deskew.deskew`` that straightens by ``method``."""
    from PIL import Image

    from spaser_nlp.ingest import deskew as module

    resample = {"bicubic": Image.BICUBIC, "bilinear": Image.BILINEAR, "nearest": Image.NEAREST}

    def run(gray, skew_degrees: float):
        if method == "shear":
            return module.deskew(gray, skew_degrees)
        if method == "none" or abs(skew_degrees) < module.MIN_CORRECTION_DEGREES:
            return gray
        return gray.rotate(-skew_degrees, resample=resample[method], expand=True, fillcolor=255)

    return run


def page_pictures(pdf_path: Path):
    """The grey picture ingestion OCRs for each page of ``pdf_path`` (a scan at its native resolution)."""
    import pypdfium2

    from spaser_nlp.ingest.ocr import to_grayscale
    from spaser_nlp.ingest.pdf_render import page_image

    pdf = pypdfium2.PdfDocument(str(pdf_path))
    try:
        for index in range(len(pdf)):
            yield to_grayscale(page_image(pdf[index], dpi=300).image)
    finally:
        pdf.close()


def scanned_pages(corpus: Path):
    for path in sorted(corpus.glob("*/*-scan.pdf")):
        yield from page_pictures(path)


def time_methods(corpus: Path) -> dict[str, float]:
    """CPU milliseconds per page of each method (best of 3 passes over the pages)."""
    from spaser_nlp.ingest.deskew import estimate_skew

    pages = [(gray, estimate_skew(gray)) for gray in scanned_pages(corpus)]
    timings = {}
    for method in METHODS:
        run = straighten(method)
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            for gray, skew in pages:
                run(gray, skew)
            best = min(best, time.process_time() - started)
        timings[method] = 1000 * best / len(pages)
    return timings


def cer_with(method: str, corpora: list[Path], workers: int) -> dict[str, float]:
    """Scanned-form CER and WER over ``corpora`` with ingestion straightening pages by ``method`` (a subprocess,
    so the swap reaches the OCR worker processes it forks)."""
    bench, names = str(Path(__file__).parent), [str(c) for c in corpora]
    code = (
        f"import json, sys; sys.path.insert(0, {bench!r}); import bench_deskew, spaser_nlp.ingest.ocr as ocr;"
        f"ocr.deskew = bench_deskew.straighten({method!r});"
        "from spaser_nlp.evaluate.ocr import evaluate_ocr;"
        f"scores = [s for c in {names!r} for s in evaluate_ocr(c, forms=['scanned'], workers={workers})];"
        "print(json.dumps([[s.char_errors, s.ref_chars, s.word_errors, s.ref_words, s.pages] for s in scores]))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                            env=dict(os.environ, OMP_THREAD_LIMIT="1"))
    rows = json.loads(result.stdout.strip().splitlines()[-1])
    return dict(zip(("char_errors", "chars", "word_errors", "words", "pages"), map(sum, zip(*rows))))


def _rates(*counts: dict[str, float]) -> str:
    chars, words = sum(c["chars"] for c in counts), sum(c["words"] for c in counts)
    cer, wer = sum(c["char_errors"] for c in counts) / chars, sum(c["word_errors"] for c in counts) / words
    return f"{100 * cer:>8.2f}% {100 * wer:>6.2f}%"


def fresh_scans(seed: int, target: Path) -> Path:
    """The sample documents re-scanned with ``seed`` (tilt up to 2 degrees) into ``target``."""
    sources = target / "sources"
    sources.mkdir(parents=True)
    for source in sorted((ROOT / "corpora" / "sources").glob("*.yaml")):
        text = re.sub(r"(?m)^\s*seed:.*\n", "", source.read_text(encoding="utf-8"))
        text = re.sub(r"(?m)^(\s*)max_rotation:.*$", rf"\g<1>max_rotation: 2.0\n\g<1>seed: {seed}", text)
        (sources / source.name).write_text(text, encoding="utf-8")
    out = target / "samples"
    subprocess.run([sys.executable, str(ROOT / "corpora" / "generate.py"), "--sources", str(sources), "--out", str(out)],
                   check=True, capture_output=True, cwd=ROOT)
    return out


def main() -> None:
    sys.stdout.reconfigure(line_buffering=True)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora" / "samples")
    parser.add_argument("--fresh-seeds", type=int, nargs="*", default=[7001, 7002],
                        help="re-scan the samples with these seeds and score them too (none: samples only)")
    parser.add_argument("--methods", nargs="+", default=list(METHODS[:4]), choices=METHODS)
    parser.add_argument("--workers", type=int, default=2, help="OCR processes for the CER runs")
    args = parser.parse_args()

    print(f"load average at start: {os.getloadavg()[0]:.1f}")
    timings = time_methods(args.corpus)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = [fresh_scans(seed, Path(tmp) / str(seed)) for seed in args.fresh_seeds]
        print(f"{'method':<10}{'ms/page':>9}  {'samples: CER':>14} {'WER':>7}  {'fresh: CER':>12} {'WER':>7}  "
              f"{'all: CER':>10} {'WER':>7}")
        for method in args.methods:
            samples = cer_with(method, [args.corpus], args.workers)
            row = f"{method:<10}{timings[method]:>9.1f}  {_rates(samples):>22}"
            if fresh:
                new = cer_with(method, fresh, args.workers)
                row += f"  {_rates(new):>20}  {_rates(samples, new):>18}"
            print(row)
        if fresh:
            pages = sum(1 for _ in scanned_pages(args.corpus))
            print(f"(samples: {pages} pages; fresh: {len(fresh)} re-scans of them, seeds {args.fresh_seeds})")
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
