"""Write every output of one source document and describe it for the manifest."""

from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path
from typing import Any

from .flowables import ground_truth_blocks
from .layout import render_pdf
from .scan import image_only_pdf, multipage_tiff, page_png, scan_pages
from .source import SourceDoc

TIFF_PAGES = (1, 2, 3)
PNG_PAGE = 2


def ground_truth(doc: SourceDoc) -> str:
    """The reading-order text of ``doc``: blocks joined by a blank line, pages by a form feed.

    It is exactly what ``spaser_nlp.document.assemble_text`` builds from perfect
    blocks, so it has no trailing newline.
    """
    pages = []
    for page in doc.pages:
        blocks = [text for band in page.bands for block in band.blocks
                  for text in ground_truth_blocks(block)]
        pages.append("\n\n".join(blocks))
    return "\f".join(pages)


def library_versions() -> dict[str, str]:
    """Versions of the libraries whose output bytes the samples depend on."""
    names = ("reportlab", "pillow", "pypdfium2", "numpy", "pyphen", "pyyaml")
    versions = {}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def _file_entry(path: Path, data: bytes, root: Path, pages: int | None) -> dict[str, Any]:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    entry: dict[str, Any] = {"path": path.relative_to(root).as_posix(),
                             "bytes": len(data),
                             "sha256": hashlib.sha256(data).hexdigest()}
    if pages is not None:
        entry["pages"] = pages
    return entry


def build_document(doc: SourceDoc, out_root: Path, *, with_scan: bool = True) -> dict[str, Any]:
    """Write ``<out_root>/<id>/`` (and images) for ``doc``; return its manifest entry."""
    folder = out_root / doc.id
    n_pages = len(doc.pages)
    pdf = render_pdf(doc)
    text = ground_truth(doc)
    files = {
        "pdf": _file_entry(folder / f"{doc.id}.pdf", pdf, out_root, n_pages),
        "txt": _file_entry(folder / f"{doc.id}.txt", text.encode("utf-8"), out_root, n_pages),
    }
    entry: dict[str, Any] = {
        "id": doc.id,
        "title": doc.title,
        "authority": doc.authority,
        "source": f"corpora/sources/{doc.path.name}",
        "source_sha256": hashlib.sha256(doc.path.read_bytes()).hexdigest(),
        "pages": n_pages,
        "style": {k: getattr(doc.style, k) for k in doc.style.__dataclass_fields__},
        "files": files,
    }
    if not with_scan:
        return entry
    settings = doc.scan
    scanned = scan_pages(pdf, settings)
    files["scan"] = _file_entry(folder / f"{doc.id}-scan.pdf",
                                image_only_pdf(scanned, f"{doc.title} (scan)"), out_root, n_pages)
    entry["scan"] = {
        "seed": settings.seed, "dpi": settings.dpi, "jpeg_quality": settings.jpeg_quality,
        "noise_sigma": settings.noise, "blur_radius_px": round(settings.blur * settings.dpi / 300, 3),
        "max_rotation": settings.max_rotation,
        "rotation_degrees": {str(p.number): p.rotation for p in scanned},
        "upside_down_pages": list(settings.upside_down_pages),
    }
    if settings.mixed:
        chosen = settings.mixed_scanned_pages or tuple(range(2, n_pages + 1, 2))
        jpegs = {p.number: p.jpeg for p in scanned if p.number in chosen}
        files["mixed"] = _file_entry(folder / f"{doc.id}-mixed.pdf",
                                     render_pdf(doc, scanned_pages=jpegs), out_root, n_pages)
        entry["mixed"] = {"scanned_pages": sorted(jpegs),
                          "text_layer_pages": [n for n in range(1, n_pages + 1)
                                               if n not in jpegs]}
    if settings.images:
        images = out_root / "images"
        tiff_pages = [p for p in scanned if p.number in TIFF_PAGES]
        files["tiff"] = _file_entry(images / f"{doc.id}-p1-3.tiff",
                                    multipage_tiff(tiff_pages, settings.dpi), out_root,
                                    len(tiff_pages))
        files["png"] = _file_entry(images / f"{doc.id}-p{PNG_PAGE}.png",
                                   page_png(scanned[PNG_PAGE - 1], settings.dpi), out_root, 1)
        entry["images"] = {"tiff_source_pages": list(TIFF_PAGES), "tiff_mode": "1-bit, CCITT G4",
                           "png_source_page": PNG_PAGE, "png_mode": "8-bit grey", "dpi": settings.dpi}
    return entry
