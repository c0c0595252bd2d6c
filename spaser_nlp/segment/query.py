"""Look up the section holding an offset, and its path in the plan ("Axe 2 > Objectif 2.1 > Action 2.1.3")."""

from __future__ import annotations

from spaser_nlp.document import Document, Section


def section_at(document: Document, offset: int) -> Section | None:
    """The deepest section whose body holds ``offset`` (cleaned coordinates if cleaned, else raw)."""
    found: Section | None = None
    for section in document.sections:
        span = section.span
        if span is not None and span.start <= offset < span.end:
            if found is None or section.level > found.level:
                found = section
    return found


def short_name(section: Section) -> str:
    """"Axe 2", "Objectif stratégique I.1", or the title of an unnumbered heading."""
    if section.label and section.number:
        return f"{section.label} {section.number}"
    if section.kind == "indicateur" and section.label:
        return section.label
    return section.title


def section_path(document: Document, offset: int) -> str | None:
    """The path from the root to the section holding ``offset``, or None outside every section.

    >>> from spaser_nlp.document import Document, Provenance, Section, Span
    >>> doc = Document(doc_id="d", source_path="d.txt", sha256="", media_type="text/plain", page_count=1,
    ...     text="x" * 100, sections=[
    ...     Section(id="s1", kind="axe", label="Axe", number="2", title="Axe 2 – Climat", level=1,
    ...             provenance=Provenance(), span=Span(start=0, end=100)),
    ...     Section(id="s2", kind="objectif", label="Objectif", number="2.1", title="Objectif 2.1 – Carbone",
    ...             level=2, parent_id="s1", provenance=Provenance(), span=Span(start=10, end=60))])
    >>> section_path(doc, 20), section_path(doc, 70)
    ('Axe 2 > Objectif 2.1', 'Axe 2')
    """
    section = section_at(document, offset)
    if section is None:
        return None
    by_id = {s.id: s for s in document.sections}
    names: list[str] = []
    current: Section | None = section
    while current is not None:
        names.append(short_name(current))
        current = by_id.get(current.parent_id) if current.parent_id else None
    return " > ".join(reversed(names))
