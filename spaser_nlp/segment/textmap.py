"""The text a stage works on (cleaned when the document was cleaned) and raw → working offsets.

>>> from spaser_nlp.document import CleanedText, Document
>>> doc = Document(doc_id="d", source_path="d.txt", sha256="", media_type="text/plain", page_count=1,
...                text="UESS ok", clean=CleanedText(text="l'ESS ok", offset_map=[0, 0, 1, 2, 3, 4, 5, 6, 7]))
>>> view = TextView(doc)
>>> view.text, view.from_raw(5), view.span_from_raw(5, 7)
("l'ESS ok", 6, (6, 8))
"""

from __future__ import annotations

from bisect import bisect_left

from spaser_nlp.document import Document


class TextView:
    """The working text of a document and the map from raw offsets into it."""

    def __init__(self, document: Document) -> None:
        self.document = document
        clean = document.clean
        self.cleaned = clean is not None
        self.text = clean.text if clean is not None else document.text
        self._map = clean.offset_map if clean is not None and clean.offset_map else None

    def from_raw(self, raw_offset: int) -> int:
        """The first working offset whose raw origin is at or after ``raw_offset``."""
        if self._map is None:
            return raw_offset
        # The map is monotone (non-decreasing), so bisect inverts it.
        return min(bisect_left(self._map, raw_offset), len(self.text))

    def span_from_raw(self, raw_start: int, raw_end: int) -> tuple[int, int]:
        """Working ``[start, end)`` covering the raw span (an empty span stays empty)."""
        start = self.from_raw(raw_start)
        return start, max(start, self.from_raw(raw_end))
