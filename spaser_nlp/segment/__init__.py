"""Plan structure: the tree of axes, objectifs, actions and indicateurs, and the indicator tables.

``segment`` is the pipeline stage ``Document -> Document``: it fills
``document.sections`` (a tree through ``parent_id``, each node with the
provenance of its heading and the span of its body) and ``document.tables``
(indicator tables with column roles, each linked to its section). Offsets
are in the cleaned text when the document was cleaned, else in the raw text.

>>> from spaser_nlp.document import Document, Page, Block, BBox, assemble_text
>>> box = BBox(x0=0, y0=0, x1=10, y1=10)
>>> blocks = [Block(id="b1", kind="heading", page=1, bbox=box, text="Axe 1 – Emploi"),
...           Block(id="b2", kind="heading", page=1, bbox=box, text="Objectif 1.1 – Clauses sociales"),
...           Block(id="b3", kind="paragraph", page=1, bbox=box, text="Porter à 25 % la part des marchés.")]
>>> page = Page(number=1, width=595, height=842, source="text", blocks=blocks)
>>> text = assemble_text([page])
>>> doc = segment(Document(doc_id="d", source_path="d.txt", sha256="", media_type="text/plain",
...                        page_count=1, pages=[page], text=text))
>>> [(s.kind, s.number, s.level) for s in doc.sections]
[('axe', '1', 1), ('objectif', '1.1', 2)]
>>> section_path(doc, text.index("Porter"))
'Axe 1 > Objectif 1.1'
"""

from __future__ import annotations

from spaser_nlp.document import Document
from spaser_nlp.segment.candidates import find_candidates
from spaser_nlp.segment.labels import HeadingLabel, parse_label
from spaser_nlp.segment.query import section_at, section_path
from spaser_nlp.segment.tables import IndicatorRow, find_tables, indicator_rows
from spaser_nlp.segment.textmap import TextView
from spaser_nlp.segment.tree import assign_ranks, build_sections


def segment(document: Document) -> Document:
    """Pipeline stage: set ``document.sections`` and ``document.tables`` and return the document."""
    view = TextView(document)
    candidates = find_candidates(document, view)
    text_layer = any(page.source == "text_layer" for page in document.pages)
    tolerance = 0.6 if text_layer else 1.2
    assign_ranks(candidates, tolerance=tolerance)
    document.sections = build_sections(document, candidates, len(view.text), tolerance=tolerance)
    document.tables = find_tables(document, view)
    return document


__all__ = [
    "HeadingLabel",
    "IndicatorRow",
    "find_tables",
    "indicator_rows",
    "parse_label",
    "section_at",
    "section_path",
    "segment",
]
