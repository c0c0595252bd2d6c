"""CER of the hard forms (photocopies, photographs, turned pages) for ingestion, bare Tesseract and OCRmyPDF.

Usage (from the repository root; the forms are written by ``corpora/generate.py --hard-forms``)::

    .venv/bin/python corpora/check_hard_forms.py [--only ID] [--form photocopy] [--no-ocrmypdf] [--json OUT]

For every ``corpora/samples/<id>/<id>-<form>.pdf`` and its ground truth ``<id>-<form>.txt``:

- *ours*: ``spaser_nlp.ingest.ingest(path, workers=1)``, page by page;
- *bare*: ``tesseract page.png - -l fra`` on each page as a user would extract it (its embedded image at
  its own resolution when the page is an upright scan, else pdfium's rendering at 200 dpi as displayed,
  ``/Rotate`` applied); for the text form, ``pdftotext -layout`` instead;
- *ocrmypdf*: ``ocrmypdf -l fra --rotate-pages --deskew --sidecar`` (image forms only).

Running headers, footers and page numbers are not in the ground truth; every system's lines that match
them (>= 0.8 similar) are dropped before scoring, and every text is normalised as in
``check_scan_ocr.py`` (line-end hyphens joined, bullets dropped, dashes, apostrophes and spaces unified).
CER is micro-averaged over the pages of a form (character edits / reference characters).
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import jiwer

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from check_scan_ocr import normalise  # noqa: E402
from samplegen.hard import FORMS  # noqa: E402
from samplegen.source import load_source  # noqa: E402

ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}


def without_furniture(text: str, running: list[str]) -> str:
    """``text`` without its lines that are a running header, footer or page number."""
    from spaser_nlp.ingest.furniture import is_page_number

    kept = []
    for line in text.splitlines():
        stripped = " ".join(line.split())
        if not stripped or is_page_number(stripped):
            continue
        if any(difflib.SequenceMatcher(None, stripped.lower(), r.lower()).ratio() >= 0.8 for r in running):
            continue
        # A footer and its page number read as one line ("Schéma ... 2").
        if any(stripped.lower().startswith(r.lower()[: max(8, len(r) - 2)]) and len(stripped) <= len(r) + 8
               for r in running):
            continue
        kept.append(line)
    return "\n".join(kept)


def page_images(pdf_path: Path) -> list[tuple[object, float]]:
    """Each page as a user would hand it to Tesseract: (PIL image, dpi).

    An upright page that is one scanned image gives that image at its own resolution (what ``pdfimages``
    extracts); a turned page is rendered by pdfium at 200 dpi as displayed (``/Rotate`` applied).
    """
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        pictures = []
        for index in range(len(pdf)):
            page = pdf[index]
            images = [obj for obj in page.get_objects() if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE]
            if page.get_rotation() == 0 and len(images) == 1:
                picture = images[0].get_bitmap(render=False).to_pil()
                pictures.append((picture, picture.width / (page.get_width() / 72.0)))
            else:
                pictures.append((page.render(scale=200 / 72, grayscale=True).to_pil(), 200.0))
        return pictures
    finally:
        pdf.close()


def bare_pages(pdf_path: Path, text_form: bool, work: Path) -> list[str]:
    if text_form:
        out = subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, text=True, check=True)
        return out.stdout.split("\f")[:-1] or [out.stdout]
    texts = []
    for number, (image, dpi) in enumerate(page_images(pdf_path), start=1):
        png = work / f"bare-{number}.png"
        image.save(png, dpi=(round(dpi), round(dpi)))
        out = subprocess.run(["tesseract", str(png), "-", "-l", "fra"], capture_output=True, text=True, env=ENV,
                             check=True)
        texts.append(out.stdout)
    return texts


def ocrmypdf_pages(pdf_path: Path, work: Path, program: str) -> list[str]:
    sidecar = work / "sidecar.txt"
    subprocess.run([program, "-q", "-l", "fra", "--rotate-pages", "--deskew", "--jobs", "1", "--sidecar",
                    str(sidecar), "--output-type", "pdf", str(pdf_path), str(work / "ocrmypdf.pdf")],
                   capture_output=True, env=ENV, check=True)
    return sidecar.read_text("utf-8").split("\f")


def score(truth_pages: list[str], pages: list[str], running: list[str]) -> tuple[float, list[float]]:
    errors = length = 0
    per_page = []
    for number, reference in enumerate(truth_pages):
        hypothesis = normalise(without_furniture(pages[number] if number < len(pages) else "", running))
        reference = normalise(reference)
        output = jiwer.process_characters(reference, hypothesis)
        page_errors = output.substitutions + output.deletions + output.insertions
        errors += page_errors
        length += len(reference)
        per_page.append(page_errors / max(1, len(reference)))
    return errors / max(1, length), per_page


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", action="append", metavar="ID")
    parser.add_argument("--form", action="append", choices=FORMS)
    parser.add_argument("--samples", type=Path, default=HERE / "samples")
    parser.add_argument("--no-ocrmypdf", action="store_true")
    parser.add_argument("--systems", nargs="+", choices=("ours", "bare", "ocrmypdf"), default=["ours", "bare", "ocrmypdf"])
    parser.add_argument("--json", type=Path, help="also write every figure here")
    args = parser.parse_args(argv)
    from spaser_nlp.document import PAGE_SEPARATOR
    from spaser_nlp.ingest import ingest

    ocrmypdf = shutil.which("ocrmypdf") or shutil.which("ocrmypdf", path=str(Path(sys.executable).parent))
    use_ocrmypdf = "ocrmypdf" in args.systems and not args.no_ocrmypdf and ocrmypdf is not None
    rows = []
    for source in sorted((HERE / "sources").glob("*.yaml")):
        doc = load_source(source)
        if args.only and doc.id not in args.only:
            continue
        running = [doc.header, doc.footer]
        for form in args.form or FORMS:
            pdf_path = args.samples / doc.id / f"{doc.id}-{form}.pdf"
            if not pdf_path.is_file():
                continue
            truth = (args.samples / doc.id / f"{doc.id}-{form}.txt").read_text("utf-8").split("\f")
            row: dict = {"doc": doc.id, "form": form, "pages": len(truth)}
            seconds = 0.0
            if "ours" in args.systems:
                started = time.perf_counter()
                document = ingest(pdf_path, workers=1)
                seconds = time.perf_counter() - started
                row["ours_seconds"] = round(seconds, 1)
                row["ours"], row["ours_pages"] = score(truth, document.text.split(PAGE_SEPARATOR), running)
                row["warnings"] = [w for page in document.pages for w in page.warnings]
            with tempfile.TemporaryDirectory() as tmp:
                if "bare" in args.systems:
                    row["bare"], row["bare_pages"] = score(
                        truth, bare_pages(pdf_path, form == "rotated", Path(tmp)), running)
                if use_ocrmypdf and form != "rotated":
                    try:
                        row["ocrmypdf"], row["ocrmypdf_pages"] = score(truth, ocrmypdf_pages(pdf_path, Path(tmp), str(ocrmypdf)),
                                                                       running)
                    except subprocess.CalledProcessError as error:
                        row["ocrmypdf"] = None
                        print(f"ocrmypdf failed on {pdf_path.name}: {error.stderr[-300:]!r}", file=sys.stderr)
            rows.append(row)
            figures = "  ".join(f"{name} {100 * row[name]:6.2f} %" for name in ("ours", "bare", "ocrmypdf")
                                if row.get(name) is not None)
            pages = " ".join(f"{100 * c:.1f}" for c in row.get("ours_pages", []))
            print(f"{doc.id:<22}{form:<14}{len(truth):>3} p.  {figures}  (ours {seconds:.1f} s; pages {pages})")
    for form in args.form or FORMS:
        chosen = [r for r in rows if r["form"] == form]
        if not chosen:
            continue
        summary = []
        for name in ("ours", "bare", "ocrmypdf"):
            values = [r[name] * r["pages"] for r in chosen if r.get(name) is not None]
            if len(values) == len(chosen):
                summary.append(f"{name} {100 * sum(values) / sum(r['pages'] for r in chosen):.2f} %")
        print(f"ALL {form:<14} " + "  ".join(summary) + "  (mean over pages)")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
