"""Image inputs: PNG and multi-page TIFF, OCR'd in worker processes, pages in order."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from scans import PAGES, page_image, squash, turned

from spaser_nlp.ingest import ingest

pytestmark = [pytest.mark.ocr, pytest.mark.slow]


def test_png_is_read_with_its_resolution(tmp_path: Path) -> None:
    path = tmp_path / "schema-page.png"
    page_image(*PAGES[0], dpi=200).save(path, dpi=(200, 200))
    doc = ingest(path, workers=1)
    assert (doc.doc_id, doc.media_type, doc.page_count) == ("schema-page", "image/png", 1)
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    page = doc.pages[0]
    assert page.source == "ocr" and page.dpi == 200
    assert page.width == pytest.approx(595.3, abs=1)
    assert "Porter à 25 % la part des marchés" in squash(doc.text)
    assert doc.pipeline["ocr"] == "auto" and doc.pipeline["lang"] == "fra" and "tesseract" in doc.pipeline


def test_multipage_tiff_pages_come_back_in_order_whatever_the_workers(tmp_path: Path) -> None:
    frames = [page_image(*PAGES[1]), turned(page_image(*PAGES[2]), 1.5)]
    path = tmp_path / "scan.tiff"
    frames[0].save(path, save_all=True, append_images=frames[1:], dpi=(300, 300), compression="tiff_lzw")
    parallel = ingest(path, workers=2)
    assert parallel.media_type == "image/tiff" and parallel.page_count == 2
    first, second = (squash(text) for text in parallel.page_texts())
    assert "Réduire de 40 % les émissions" in first
    assert "Le comité de suivi se réunit" in second
    assert parallel.pages[1].skew_degrees == pytest.approx(1.5, abs=0.15)
    # One process or two: the same document, byte for byte.
    assert ingest(path, workers=1).to_json() == parallel.to_json()
