"""Measure how readable the simulated scans are: Tesseract ``fra`` CER per page.

Usage (from the repository root)::

    OMP_THREAD_LIMIT=1 .venv/bin/python corpora/check_scan_ocr.py [--only ID] [--pages 1,4]

For every page of ``corpora/samples/<id>/<id>-scan.pdf`` it extracts the embedded
JPEG (native resolution), turns pages listed as upside down right way up (finding
the orientation is ingestion's job, not this check's), runs ``tesseract -l fra``
and compares with the ground truth plus the running header, footer and page
number. Both sides are normalised the same mild way (line-end hyphens joined,
bullet glyphs dropped, dashes/apostrophes/spaces unified) so the number measures
recognition, not layout conventions. The target for these samples is CER <= 2 %.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import jiwer
from PIL import Image

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from samplegen.source import SourceDoc, load_source  # noqa: E402

_BULLET_RE = re.compile(r"(?m)^\s*[•*+·■▪‣◦]\s+")


def normalise(text: str) -> str:
    """Fold what OCR cannot or need not reproduce: hyphenation, bullets, dash and space kinds."""
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    text = _BULLET_RE.sub("", text)
    for old, new in (("\u00a0", " "), ("\u2019", "'"), ("—", "–"), ("\t", " "), ("\f", " ")):
        text = text.replace(old, new)
    return " ".join(text.split())


def word_miss_rate(reference: str, hypothesis: str) -> float:
    """Share of reference words absent from the OCR output, ignoring order.

    CER punishes a block read in another order as heavily as misread letters;
    this rate does not, so the two together tell recognition from reading order.

    >>> word_miss_rate("a b c d", "d c b x")
    0.25
    """
    ref, hyp = collections.Counter(reference.split()), collections.Counter(hypothesis.split())
    return 1 - sum((ref & hyp).values()) / max(sum(ref.values()), 1)


def page_reference(doc: SourceDoc, gt_page: str, number: int) -> str:
    """Ground truth of a page as a reader sees it: header, blocks, footer, page number."""
    page = doc.pages[number - 1]
    if not page.running:
        return gt_page
    page_number = doc.style.page_number.format(n=number, total=len(doc.pages))
    return f"{doc.header}\n{gt_page}\n{doc.footer} {page_number}"


def ocr_page(scan_pdf: Path, number: int, upside_down: bool, dpi: int, work: Path) -> str:
    """Tesseract fra text of the page's embedded JPEG."""
    prefix = work / f"p{number}"
    subprocess.run(["pdfimages", "-j", "-f", str(number), "-l", str(number), str(scan_pdf),
                    str(prefix)], check=True)
    image_path = next(work.glob(f"p{number}-*.jpg"))
    if upside_down:
        with Image.open(image_path) as image:
            image.rotate(180).save(work / f"p{number}.png", dpi=(dpi, dpi))
        image_path = work / f"p{number}.png"
    env = {**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", "1")}
    result = subprocess.run(["tesseract", str(image_path), "-", "-l", "fra", "--dpi", str(dpi)],
                            check=True, capture_output=True, text=True, env=env)
    return result.stdout


def main(argv: list[str] | None = None) -> int:
    """Print per-page CER for the chosen documents; exit 1 if a page is above --max-cer."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", action="append", metavar="ID")
    parser.add_argument("--pages", help="comma-separated 1-based pages (default: all)")
    parser.add_argument("--samples", type=Path, default=HERE / "samples")
    parser.add_argument("--max-cer", type=float, default=0.02)
    args = parser.parse_args(argv)
    sources = sorted((HERE / "sources").glob("*.yaml"))
    if args.only:
        sources = [p for p in sources if p.stem in set(args.only)]
    worst = 0.0
    for path in sources:
        doc = load_source(path)
        scan_pdf = args.samples / doc.id / f"{doc.id}-scan.pdf"
        truth = (args.samples / doc.id / f"{doc.id}.txt").read_text("utf-8").split("\f")
        numbers = ([int(p) for p in args.pages.split(",")] if args.pages
                   else range(1, len(doc.pages) + 1))
        errors = []
        with tempfile.TemporaryDirectory() as tmp:
            for number in numbers:
                text = ocr_page(scan_pdf, number, number in doc.scan.upside_down_pages,
                                doc.scan.dpi, Path(tmp))
                reference = normalise(page_reference(doc, truth[number - 1], number))
                hypothesis = normalise(text)
                cer = jiwer.cer(reference, hypothesis)
                miss = word_miss_rate(reference, hypothesis)
                errors.append((cer, miss))
                worst = max(worst, cer)
                print(f"{doc.id} page {number:>2}: CER {cer:6.2%}  words missed (any order) "
                      f"{miss:6.2%}  ({len(reference)} chars)")
        mean_cer = sum(e[0] for e in errors) / len(errors)
        mean_miss = sum(e[1] for e in errors) / len(errors)
        print(f"{doc.id}: mean CER {mean_cer:.2%} (max {max(e[0] for e in errors):.2%}), "
              f"mean words missed {mean_miss:.2%}")
    return 1 if worst > args.max_cer else 0


if __name__ == "__main__":
    sys.exit(main())
