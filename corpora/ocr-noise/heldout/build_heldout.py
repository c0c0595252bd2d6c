"""Build the fresh held-out real-OCR test set of ``corpora/ocr-noise/heldout/``.

The document ``source.yaml`` (a GHT's schéma, written after the cleaner was
frozen and never used for tuning) is rendered by ``corpora/samplegen`` into a
temporary folder (born-digital PDF, scanned-like PDF, ground truth), then read
by real Tesseract twice, exactly as ``build_pairs.py`` and ``degraded_scans.py``
read the sample schémas:

* ``heldout``: the scanned-like PDF (the source's own ``scan:`` settings);
* ``heldout-degraded``: a hard re-scan of the born-digital PDF made by
  ``degraded_scans.degrade`` with the settings of :data:`DEGRADED` and the seed
  ``numpy.random.default_rng([degraded_scans.SEED, DOC_INDEX, page])``.

Both go through ``spaser_nlp.ingest.ingest(path, ocr="always", workers=1)``.
Only text is stored: the ground truth, the two OCR texts and the pairs
(``pairs/*.jsonl``, same format as ``corpora/ocr-noise/pairs/``, every pair in
the ``test`` split; word level via ``align.py`` and whole page), plus
``pairs/layout.json``. Deterministic.

Run from the repository root (about 1–2 minutes on one core)::

    OMP_THREAD_LIMIT=1 .venv/bin/python corpora/ocr-noise/heldout/build_heldout.py [--ocr]

Without ``--ocr`` the cached OCR texts are reused when present.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
NOISE = HERE.parent
CORPORA = NOISE.parent
sys.path.insert(0, str(NOISE))
sys.path.insert(0, str(CORPORA))
from build_pairs import page_pairs  # noqa: E402
from degraded_scans import SEED, SETTINGS, degrade, image_pdf, rasterise  # noqa: E402

DOC_ID = "ght-exemple"
DOC_INDEX = 3  # the sample documents use 0-2 in degraded_scans.py; a new index gives new random draws
DEGRADED = SETTINGS["departement-exemple"]  # 150 dpi, blur 0.9, grey paper, bleed-through, JPEG 30
PAIRS = HERE / "pairs"
TRUTH = HERE / f"{DOC_ID}.txt"
OCR_FILES = {"heldout": HERE / f"{DOC_ID}.tesseract.ocr.txt", "heldout-degraded": HERE / f"{DOC_ID}.degraded.ocr.txt"}


def render(out: Path) -> Path:
    """Render ``source.yaml`` under ``out`` (as ``corpora/generate.py`` does); return the document folder."""
    from samplegen.build import build_document
    from samplegen.source import load_source

    sources = out / "sources"
    sources.mkdir()
    source = sources / f"{DOC_ID}.yaml"
    shutil.copyfile(HERE / "source.yaml", source)
    build_document(load_source(source), out / "samples")
    return out / "samples" / DOC_ID


def degraded_pdf(born_digital: Path, out: Path) -> Path:
    """The hard re-scan of the born-digital PDF, as ``degraded_scans.degraded_pages`` makes it."""
    pages = rasterise(born_digital, DEGRADED.dpi * 2)
    images = []
    for number, page in enumerate(pages, start=1):
        rng = np.random.default_rng([SEED, DOC_INDEX, number])
        verso = pages[number] if number < len(pages) else None  # the next page is printed on the back
        images.append(degrade(page, verso, DEGRADED, rng))
    pdf = out / f"{DOC_ID}-degraded.pdf"
    image_pdf(images, DEGRADED.dpi, pdf)
    return pdf


def ocr(pdf: Path) -> str:
    from spaser_nlp.ingest import ingest

    return ingest(pdf, ocr="always", workers=1).text


def build_texts(*, redo: bool) -> None:
    """Write the ground truth and (if missing or ``redo``) the two OCR texts."""
    if TRUTH.is_file() and not redo and all(p.is_file() for p in OCR_FILES.values()):
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = render(Path(tmp))
        TRUTH.write_text((folder / f"{DOC_ID}.txt").read_text(encoding="utf-8"), encoding="utf-8")
        scans = {"heldout": folder / f"{DOC_ID}-scan.pdf",
                 "heldout-degraded": degraded_pdf(folder / f"{DOC_ID}.pdf", Path(tmp))}
        for source, pdf in scans.items():
            if redo or not OCR_FILES[source].is_file():
                OCR_FILES[source].write_text(ocr(pdf), encoding="utf-8")
                print(f"{source}: OCR of {pdf.name} done", file=sys.stderr)


def source_pairs(source: str) -> tuple[list[dict[str, object]], list[dict[str, object]], dict]:
    """Word-level pairs, whole-page pairs and layout counts of one held-out source (all ``test``)."""
    truth_pages = TRUTH.read_text(encoding="utf-8").split("\f")
    ocr_pages = OCR_FILES[source].read_text(encoding="utf-8").split("\f")
    if len(truth_pages) != len(ocr_pages):
        raise SystemExit(f"{source}: {len(ocr_pages)} OCR pages for {len(truth_pages)} ground-truth pages")
    segments, pages, layout = [], [], []
    for number, (truth, text) in enumerate(zip(truth_pages, ocr_pages), start=1):
        if not truth.strip():
            continue
        page, page_segments, counts = page_pairs(source, DOC_ID, number, "test", truth, text)
        pages.append(page)
        segments.extend(page_segments)
        layout.append(counts)
    return segments, pages, {"source": source, "pages": layout}


def write(pairs: list[dict[str, object]], name: str) -> None:
    out = PAIRS / f"{name}.jsonl"
    out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs), encoding="utf-8")
    print(f"{out.relative_to(CORPORA.parent)}: {len(pairs)} pairs, {sum(len(str(p['clean']).split()) for p in pairs)} "
          "reference words")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ocr", action="store_true", help="render and re-run Tesseract even if the OCR is cached")
    args = parser.parse_args()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    build_texts(redo=args.ocr)
    PAIRS.mkdir(exist_ok=True)
    reports = []
    for source in OCR_FILES:
        segments, pages, report = source_pairs(source)
        write(segments, source)
        write(pages, f"{source}-page")
        reports.append(report)
    (PAIRS / "layout.json").write_text(json.dumps(reports, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
