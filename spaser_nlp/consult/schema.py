"""Which issues the draft schéma already covers.

Each issue's centroid is compared with the embeddings of the schéma's
paragraphs (read by :func:`spaser_nlp.ingest.ingest`, or straight from a
``.txt`` file); the best passage, its page and a verdict are attached to the
issue.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import numpy as np

from spaser_nlp.consult.labels import shorten
from spaser_nlp.consult.model import Issue, SchemaMatch
from spaser_nlp.errors import InputError

#: Cosine thresholds (USE space) for "couvert" and "partiellement couvert".
COVERED, PARTLY = 0.55, 0.40


def schema_passages(path: str | Path) -> list[tuple[int | None, str]]:
    """(page, paragraph) pairs of a schéma, paragraphs of at least 6 words."""
    path = Path(path)
    pages: list[tuple[int | None, str]] = []
    if path.suffix.lower() in (".txt", ".md"):
        if not path.is_file():
            raise InputError("schéma not found", path=path)
        text = path.read_text(encoding="utf-8", errors="replace")
        pages = [(n, page) for n, page in enumerate(text.split("\f"), start=1)]
    else:
        from spaser_nlp.ingest import ingest

        document = ingest(path)
        pages = [(block.page, block.text) for page in document.pages for block in page.blocks]
    passages = []
    for page, text in pages:
        for paragraph in re.split(r"\n\s*\n", text):
            paragraph = " ".join(paragraph.split())
            if len(paragraph.split()) >= 6:
                passages.append((page, paragraph))
    if not passages:
        raise InputError("the schéma has no paragraph of text to compare with", path=path)
    return passages


def verdict(similarity: float) -> str:
    """The coverage verdict for a cosine similarity.

    >>> verdict(0.7), verdict(0.45), verdict(0.1)
    ('couvert', 'partiellement couvert', 'non couvert')
    """
    if similarity >= COVERED:
        return "couvert"
    if similarity >= PARTLY:
        return "partiellement couvert"
    return "non couvert"


def compare_with_schema(
    issues: list[Issue], centroids: np.ndarray, path: str | Path, encode: Callable[[list[str]], np.ndarray] | None
) -> str:
    """Attach a :class:`SchemaMatch` to every issue; returns a note for the settings."""
    if encode is None:
        return "comparaison au schéma impossible avec l'embedder TF-IDF"
    passages = schema_passages(path)
    vectors = encode([text for _, text in passages])
    sims = centroids @ vectors.T
    for j, issue in enumerate(issues):
        best = int(np.argmax(sims[j]))
        similarity = float(sims[j, best])
        page, text = passages[best]
        issue.schema_match = SchemaMatch(page, shorten(text, 300), round(similarity, 4), verdict(similarity))
    return f"{Path(path).name} ({len(passages)} passages)"
