"""Plain-text inputs: form feeds are pages, blank lines blocks, lines joined with dehyphenation."""

from __future__ import annotations

import hashlib
from pathlib import Path

from spaser_nlp.document import Document
from spaser_nlp.ingest import ingest


def test_txt_with_form_feeds(tmp_path: Path) -> None:
    path = tmp_path / "spaser-ocr.txt"
    path.write_text(
        "Axe 1 – Achats responsables\n\nLes clauses so-\nciales progressent.\n\fIndicateur\tCible 2026\nHeures\t150 000\n\f",
        encoding="utf-8",
    )
    doc = ingest(path)
    assert (doc.doc_id, doc.media_type, doc.page_count) == ("spaser-ocr", "text/plain", 2)
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.text == "Axe 1 – Achats responsables\n\nLes clauses sociales progressent.\fIndicateur\tCible 2026\nHeures\t150 000"
    block = doc.pages[0].blocks[1]
    assert block.orig == "Les clauses so-\nciales progressent."
    assert doc.text[block.char_start : block.char_end] == block.text
    assert [p.source for p in doc.pages] == ["text", "text"]
    assert doc.pages[1].blocks[0].kind == "table_row"
    assert Document.from_json(doc.to_json()) == doc


def test_markdown_and_windows_1252(tmp_path: Path) -> None:
    md = tmp_path / "notes.md"
    md.write_text("# Objectifs\n\nRéduire de 40 %", encoding="utf-8")
    assert ingest(md).media_type == "text/markdown"
    legacy = tmp_path / "ancien.txt"
    legacy.write_bytes("Économie sociale et solidaire".encode("cp1252"))
    assert ingest(legacy).text == "Économie sociale et solidaire"
