"""Build small documents by hand, in the styles of various authorities."""

from __future__ import annotations

import pytest

from spaser_nlp.document import BBox, Block, Document, Page, assemble_text

Spec = tuple  # (kind, text[, font_size[, bold]])


def make_document(pages: list[list[Spec]], *, source: str = "text_layer", doc_id: str = "hand") -> Document:
    """A document whose pages hold the given blocks, offsets set as ingestion sets them."""
    built: list[Page] = []
    for number, specs in enumerate(pages, start=1):
        blocks = []
        for index, spec in enumerate(specs):
            kind, text, *rest = spec
            size = rest[0] if rest else 10.0
            bold = rest[1] if len(rest) > 1 else kind == "heading"
            blocks.append(
                Block(
                    id=f"p{number}-b{index}",
                    kind=kind,
                    page=number,
                    bbox=BBox(x0=50, y0=50 + 20 * index, x1=500, y1=65 + 20 * index),
                    text=text,
                    orig=text,
                    font_size=size if source == "text_layer" else None,
                    bold=bold if source == "text_layer" else None,
                )
            )
        built.append(Page(number=number, width=595, height=842, source=source, blocks=blocks))
    text = assemble_text(built)
    return Document(
        doc_id=doc_id, source_path=f"{doc_id}.pdf", sha256="", media_type="application/pdf",
        page_count=len(built), pages=built, text=text,
    )


@pytest.fixture
def build():
    return make_document
