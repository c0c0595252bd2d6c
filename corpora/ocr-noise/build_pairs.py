"""Regenerate the (noisy, clean) pairs of ``corpora/ocr-noise/pairs/``.

One JSON object per line (``id, source, split, doc, page, clean, noisy``):

* ``synthetic``: the clean texts of ``texts/`` (written for this corpus)
  damaged by :class:`spaser_nlp.clean.noise.NoiseModel`, one pair per block;
  split by document (see :data:`TEST_TEXTS`).
* ``tesseract``: real Tesseract output (``spaser_nlp.ingest.ingest`` of the
  scanned-like ``corpora/samples/<id>/<id>-scan.pdf``) against the ground truth
  ``<id>.txt``. Cached in ``tesseract/<id>.ocr.txt``.
* ``degraded``: real Tesseract output of hard, brochure-like scans of the same
  pages made by ``degraded_scans.py``. Cached in ``degraded/<id>.ocr.txt``.

For each real-OCR source, two files: ``<source>.jsonl`` holds one pair per
*aligned segment* (``align.py``: the OCR page cut into runs that read the
ground truth in order), which measures word errors; ``<source>-page.jsonl``
holds one pair per whole page (word errors plus layout: reading order,
interleaved columns, debris). ``layout.json`` counts the layout mismatches
per page. Both real-OCR sources split by page: every third page is test.

Run from the repository root::

    OMP_THREAD_LIMIT=1 .venv/bin/python corpora/ocr-noise/build_pairs.py [--ocr] [--only SOURCE]

``--ocr`` re-runs Tesseract (a few minutes per source on one core).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SAMPLES = ROOT / "corpora" / "samples"
TEST_TEXTS = {"04-alimentation", "09-egalite", "10-pme-territoire", "11-biodiversite", "12-sante-travail"}
NOISE_SEED = 2024
sys.path.insert(0, str(HERE))
from align import align_page  # noqa: E402
from degraded_scans import SETTINGS  # noqa: E402


def synthetic_pairs() -> list[dict[str, object]]:
    from spaser_nlp.clean.noise import NoiseModel

    model = NoiseModel(seed=NOISE_SEED)
    pairs = []
    for path in sorted((HERE / "texts").glob("*.txt")):
        doc = path.stem
        blocks = [b for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
        for index, block in enumerate(blocks):
            pairs.append(
                {
                    "id": f"synthetic/{doc}/{index}",
                    "source": "synthetic",
                    "split": "test" if doc in TEST_TEXTS else "dev",
                    "doc": doc,
                    "page": None,
                    "clean": block,
                    "noisy": model.apply(block),
                }
            )
    return pairs


def ocr_text(doc_id: str, *, redo: bool) -> str:
    cache = HERE / "tesseract" / f"{doc_id}.ocr.txt"
    if cache.is_file() and not redo:
        return cache.read_text(encoding="utf-8")
    from spaser_nlp.ingest import ingest

    document = ingest(SAMPLES / doc_id / f"{doc_id}-scan.pdf", ocr="always", workers=1)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(document.text, encoding="utf-8")
    return document.text


def degraded_text(doc_id: str, *, redo: bool) -> str:
    cache = HERE / "degraded" / f"{doc_id}.ocr.txt"
    if redo or not cache.is_file():
        from degraded_scans import ocr_document

        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(ocr_document(doc_id, sorted(SETTINGS).index(doc_id), None), encoding="utf-8")
    return cache.read_text(encoding="utf-8")


def is_test_page(number: int) -> bool:
    """The fixed test split of the real-OCR sources: every third page (3, 6, 9, 12) of each document."""
    return number % 3 == 0


def ocr_pairs(source: str, *, redo: bool) -> tuple[list[dict[str, object]], list[dict[str, object]], dict]:
    """Segment-level pairs, whole-page pairs and the layout counts of one real-OCR source."""
    read = ocr_text if source == "tesseract" else degraded_text
    segments, pages, layout = [], [], []
    for folder in sorted(p for p in SAMPLES.iterdir() if (p / f"{p.name}-scan.pdf").is_file()):
        doc_id = folder.name
        truth_pages = (folder / f"{doc_id}.txt").read_text(encoding="utf-8").split("\f")
        ocr_pages = read(doc_id, redo=redo).split("\f")
        if len(truth_pages) != len(ocr_pages):
            raise SystemExit(f"{doc_id}: {len(ocr_pages)} OCR pages for {len(truth_pages)} ground-truth pages")
        for number, (truth, ocr) in enumerate(zip(truth_pages, ocr_pages), start=1):
            if not truth.strip():
                continue
            split = "test" if is_test_page(number) else "dev"
            page, page_segments, counts = page_pairs(source, doc_id, number, split, truth, ocr)
            pages.append(page)
            segments.extend(page_segments)
            layout.append(counts)
    return segments, pages, {"source": source, "pages": layout}


def page_pairs(
    source: str, doc_id: str, number: int, split: str, truth: str, ocr: str
) -> tuple[dict[str, object], list[dict[str, object]], dict[str, object]]:
    """The whole-page pair, the word-level segment pairs and the layout counts of one OCR'd page."""
    common = {"split": split, "doc": doc_id, "page": number}
    page = {"id": f"{source}-page/{doc_id}/p{number}", "source": f"{source}-page", **common,
            "clean": truth.strip("\n"), "noisy": ocr.strip("\n")}
    aligned = align_page(truth, ocr)
    segments = [{"id": f"{source}/{doc_id}/p{number}/s{index}", "source": source, **common,
                 "clean": piece.clean, "noisy": piece.noisy} for index, piece in enumerate(aligned.pieces)]
    counts = {"doc": doc_id, "page": number, "split": split, "truth_tokens": aligned.truth_tokens,
              "ocr_tokens": aligned.ocr_tokens, "segments": len(aligned.segments),
              "breaks": aligned.breaks, "switches": aligned.switches,
              "unaligned_tokens": aligned.unaligned_tokens, "lost_tokens": aligned.lost_tokens,
              "moved_tokens": aligned.moved_tokens, "dropped_tokens": aligned.dropped_tokens,
              "extra_tokens": aligned.extra_tokens,
              "word_level_tokens": sum(len(p.clean.split()) for p in aligned.pieces)}
    return page, segments, counts


LAYOUT_COUNTS = ("truth_tokens", "word_level_tokens", "breaks", "switches", "unaligned_tokens", "lost_tokens",
                 "moved_tokens", "dropped_tokens", "extra_tokens")


def write_layout(reports: list[dict]) -> None:
    out = HERE / "pairs" / "layout.json"
    out.write_text(json.dumps(reports, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for report in reports:
        for split in ("dev", "test"):
            rows = [r for r in report["pages"] if r["split"] == split]
            total = {k: sum(r[k] for r in rows) for k in LAYOUT_COUNTS}
            print(f"layout {report['source']} {split}: {total}")


def write(pairs: list[dict[str, object]], name: str) -> None:
    out = HERE / "pairs" / f"{name}.jsonl"
    out.parent.mkdir(exist_ok=True)
    out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs), encoding="utf-8")
    words = sum(len(str(p["clean"]).split()) for p in pairs)
    print(f"{out.relative_to(ROOT)}: {len(pairs)} pairs, {words} reference words")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ocr", action="store_true", help="re-run Tesseract instead of using the cached OCR text")
    parser.add_argument("--only", choices=("synthetic", "tesseract", "degraded"), help="rebuild one source only")
    args = parser.parse_args()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    if args.only in (None, "synthetic"):
        write(synthetic_pairs(), "synthetic")
    reports = []
    for source in ("tesseract", "degraded"):
        if args.only in (None, source):
            segments, pages, report = ocr_pairs(source, redo=args.ocr)
            write(segments, source)
            write(pages, f"{source}-page")
            reports.append(report)
    if args.only is None:
        write_layout(reports)


if __name__ == "__main__":
    main()
