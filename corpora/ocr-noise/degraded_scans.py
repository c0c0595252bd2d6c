"""Hard, brochure-like scans of the sample documents, OCR'd with real Tesseract.

The sample scans of ``corpora/samples/<id>/<id>-scan.pdf`` are clean renders
(200–250 dpi, mild blur), on which Tesseract reads words almost perfectly. Real
scanned brochures are worse: photocopied or scanned at 150–200 dpi, soft
focus, grey uneven paper, the verso showing through, heavy JPEG. This script
makes such pages from the born-digital ``corpora/samples/<id>/<id>.pdf`` (it
never changes ``corpora/samples/`` nor the YAML sources) and runs Tesseract
(``fra``, one thread) on them through ``spaser_nlp.ingest.ingest(...,
ocr="always", workers=1)``, exactly as the pipeline reads a scanned PDF.

Only the OCR text is kept (``degraded/<id>.ocr.txt``, pages separated by a form
feed); the images live in a temporary folder. Deterministic: every random draw
comes from ``numpy.random.default_rng([SEED, document index, page number])``.

Run from the repository root (about 2–4 minutes per document on one core)::

    OMP_THREAD_LIMIT=1 .venv/bin/python corpora/ocr-noise/degraded_scans.py [--only DOC] [--keep-images DIR]
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SAMPLES = ROOT / "corpora" / "samples"
OUT = HERE / "degraded"
SEED = 7131


@dataclass(frozen=True)
class HardScan:
    """One document's degradation (stronger than ``corpora/samplegen/scan.py``'s)."""

    dpi: int  # scanning resolution
    blur: float  # optical blur radius, pixels at ``dpi``
    paper: float  # mean paper grey level (white = 255)
    ink: float  # ink grey level (black = 0)
    bleed: float  # opacity of the mirrored verso page (0 = none)
    noise: float  # std-dev of the sensor noise, grey levels
    jpeg_quality: int
    max_rotation: float  # degrees


# One setting per sample document: 140-150 dpi office scans of a recto-verso brochure, soft focus,
# grey paper, verso showing through, heavy JPEG (chosen on page 3 of two documents: WER 9-18 %).
SETTINGS: dict[str, HardScan] = {
    "departement-exemple": HardScan(dpi=150, blur=0.9, paper=212, ink=55, bleed=0.10, noise=9, jpeg_quality=30,
                                    max_rotation=1.0),
    "metropole-exemple": HardScan(dpi=140, blur=0.8, paper=205, ink=60, bleed=0.12, noise=9, jpeg_quality=30,
                                  max_rotation=0.8),
    "region-exemple": HardScan(dpi=150, blur=0.85, paper=208, ink=50, bleed=0.14, noise=8, jpeg_quality=28,
                               max_rotation=1.2),
}


def rasterise(pdf: Path, dpi: int) -> list[Image.Image]:
    """Pages of the born-digital PDF as greyscale images at ``dpi`` (the 'true' page)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return [document[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in range(len(document))]
    finally:
        document.close()


def degrade(page: Image.Image, verso: Image.Image | None, settings: HardScan, rng: np.random.Generator) -> Image.Image:
    """Scanner-like damage of one page (rendered at twice the scan resolution)."""
    ink, paper = settings.ink, settings.paper
    pixels = np.asarray(page, dtype=np.float32) / 255.0  # 1 = paper, 0 = ink
    height, width = pixels.shape
    # uneven, greyish paper: a slow gradient across the sheet
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    gradient = 1.0 + 0.05 * np.sin(xx / width * np.pi * rng.uniform(0.5, 1.5) + rng.uniform(0, 3)) \
        - 0.04 * (yy / height)
    background = paper * gradient
    image = ink + pixels * (background - ink)
    if verso is not None and settings.bleed > 0:
        # the back of the sheet shows through, mirrored and soft
        back = np.asarray(verso.transpose(Image.Transpose.FLIP_LEFT_RIGHT).filter(ImageFilter.GaussianBlur(3)),
                          dtype=np.float32) / 255.0
        back = back[:height, :width]
        if back.shape != image.shape:
            back = np.pad(back, ((0, height - back.shape[0]), (0, width - back.shape[1])), constant_values=1.0)
        image = image - settings.bleed * (1.0 - back) * (image - ink)
    scanned = Image.fromarray(np.clip(image, 0, 255).astype(np.uint8), mode="L")
    angle = float(rng.uniform(-settings.max_rotation, settings.max_rotation))
    scanned = scanned.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=int(paper))
    scanned = scanned.filter(ImageFilter.GaussianBlur(settings.blur * 2))  # blur at the render scale
    scanned = scanned.resize((width // 2, height // 2), Image.Resampling.BOX)  # the scanner's sampling
    noisy = np.asarray(scanned, dtype=np.float32) + rng.normal(0.0, settings.noise, (height // 2, width // 2))
    scanned = Image.fromarray(np.clip(np.rint(noisy), 0, 255).astype(np.uint8), mode="L")
    buffer = io.BytesIO()
    scanned.save(buffer, format="JPEG", quality=settings.jpeg_quality, dpi=(settings.dpi, settings.dpi))
    buffer.seek(0)
    return Image.open(buffer).convert("L")


def degraded_pages(doc_id: str, index: int) -> list[Image.Image]:
    settings = SETTINGS[doc_id]
    pages = rasterise(SAMPLES / doc_id / f"{doc_id}.pdf", settings.dpi * 2)
    out = []
    for number, page in enumerate(pages, start=1):
        rng = np.random.default_rng([SEED, index, number])
        verso = pages[number] if number < len(pages) else None  # the next page is printed on the back
        out.append(degrade(page, verso, settings, rng))
    return out


def image_pdf(images: list[Image.Image], dpi: int, path: Path) -> None:
    """An image-only PDF (no text layer), as a scanner writes."""
    images[0].save(path, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)


def ocr_document(doc_id: str, index: int, keep: Path | None) -> str:
    from spaser_nlp.ingest import ingest

    images = degraded_pages(doc_id, index)
    with tempfile.TemporaryDirectory() as tmp:
        folder = keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        pdf = folder / f"{doc_id}-degraded.pdf"
        image_pdf(images, SETTINGS[doc_id].dpi, pdf)
        if keep:
            for number, image in enumerate(images, start=1):
                image.save(folder / f"{doc_id}-p{number}.png")
        return ingest(pdf, ocr="always", workers=1).text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(SETTINGS), help="one document only")
    parser.add_argument("--keep-images", type=Path, help="also write the page images (PNG) and PDF here")
    args = parser.parse_args()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    OUT.mkdir(exist_ok=True)
    for index, doc_id in enumerate(sorted(SETTINGS)):
        if args.only and doc_id != args.only:
            continue
        text = ocr_document(doc_id, index, args.keep_images)
        (OUT / f"{doc_id}.ocr.txt").write_text(text, encoding="utf-8")
        print(f"{doc_id}: {len(text.split())} OCR words", file=sys.stderr)


if __name__ == "__main__":
    main()
