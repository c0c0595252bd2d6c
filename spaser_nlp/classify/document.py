"""Theme scores for a whole document, its sections or its sentences, and the ``classify`` stage.

Text units come from the cleaned text when the document was cleaned (offsets
in cleaned coordinates, raw offsets beside them), else from the raw text.
Sections: :attr:`Document.sections` when segmentation filled it, else spans
that start at each block of kind ``heading`` (the segmentation stage does not
exist yet). Sentences: a small rule-based French splitter (:func:`split_sentences`).

The document score of a theme is the mean of its ``k`` highest sentence
probabilities, ``k`` being 1 % of the sentences, between 1 and 3 (in a long
document one stray sentence cannot make a theme; in a short one it can). The profile gives, per theme, the share of the
document's sentence characters predicted with that theme and, when the
document has objectives, the share of objectives carrying it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from spaser_nlp.classify.scorer import ThemeScorer
from spaser_nlp.classify.sentences import TextUnit, split_sentences
from spaser_nlp.document import Document, ThemeScore

Level = Literal["document", "section", "sentence"]
TOP_SENTENCES = 3
_LETTER = re.compile(r"[^\W\d_]")


@dataclass
class ThemeRecord:
    """One output row: a unit of text, its provenance and its theme scores."""

    doc_id: str
    level: str
    text: str
    page: int | None
    char_start: int
    char_end: int
    raw_start: int | None
    raw_end: int | None
    section: str | None
    themes: list[str]
    scores: dict[str, float]
    profile: dict[str, dict[str, float] | None] = field(default_factory=dict)


def working_text(document: Document) -> str:
    return document.clean.text if document.clean is not None else document.text


def _raw_to_working(document: Document, raw_offset: int) -> int:
    if document.clean is None or not document.clean.offset_map:
        return raw_offset
    return bisect_left(document.clean.offset_map, raw_offset)


def sections_of(document: Document) -> list[TextUnit]:
    """Section spans: from :attr:`Document.sections`, else heading-delimited blocks, else the whole text."""
    text = working_text(document)
    starts: list[tuple[int, str]] = []
    if document.sections:
        for section in document.sections:
            if section.provenance.char_start is not None:
                starts.append((section.provenance.char_start, section.id))
    else:
        for page in document.pages:
            for block in page.blocks:
                if block.kind == "heading" and block.char_start >= 0:
                    starts.append((_raw_to_working(document, block.char_start), block.id))
    starts = sorted(set(starts))
    if not starts or starts[0][0] > 0:
        starts.insert(0, (0, "preamble"))
    units = []
    for (start, section_id), (end, _) in zip(starts, starts[1:] + [(len(text), "")]):
        chunk = text[start:end]
        if len(_LETTER.findall(chunk)) >= 3:
            left = len(chunk) - len(chunk.lstrip())
            units.append(TextUnit(start + left, start + len(chunk.rstrip()), chunk.strip(), section=section_id))
    return units


def _section_of(offset: int, sections: list[TextUnit]) -> str | None:
    starts = [unit.start for unit in sections]
    index = bisect_left(starts, offset + 1) - 1
    return sections[index].section if index >= 0 else None


def sentences_of(document: Document) -> list[TextUnit]:
    sections = sections_of(document)
    return [
        TextUnit(u.start, u.end, u.text, section=_section_of(u.start, sections))
        for u in split_sentences(working_text(document))
    ]


def _scores_dict(themes: list[str], row: np.ndarray) -> dict[str, float]:
    return {theme: round(float(value), 4) for theme, value in zip(themes, row)}


def document_scores(probabilities: np.ndarray) -> np.ndarray:
    """Per theme: mean of the top ``k`` unit probabilities, ``k`` = 1 % of the units, between 1 and 3.

    >>> document_scores(np.array([[0.9, 0.1], [0.2, 0.3]])).tolist()
    [0.9, 0.3]
    """
    if probabilities.shape[0] == 0:
        return np.zeros(probabilities.shape[1])
    k = int(min(TOP_SENTENCES, max(1, round(0.01 * probabilities.shape[0]))))
    return -np.sort(-probabilities, axis=0)[:k].mean(axis=0)


def document_profile(
    document: Document, units: list[TextUnit], predicted: np.ndarray, themes: list[str]
) -> dict[str, dict[str, float] | None]:
    """Share of text characters per theme, and share of objectives per theme (None without objectives)."""
    lengths = np.array([unit.end - unit.start for unit in units], dtype=float)
    total = lengths.sum()
    text_share = {
        theme: round(float(lengths[predicted[:, i] == 1].sum() / total), 4) if total else 0.0
        for i, theme in enumerate(themes)
    }
    objective_share = None
    if document.objectives:
        count = len(document.objectives)
        objective_share = {
            theme: round(sum(theme in o.themes for o in document.objectives) / count, 4) for theme in themes
        }
    return {"text_share": text_share, "objective_share": objective_share}


def _model(model: ThemeScorer | None) -> ThemeScorer:
    if model is not None:
        return model
    from spaser_nlp.classify.loading import load_theme_scorer

    return load_theme_scorer()


def _record(document: Document, level: str, unit: TextUnit, themes: list[str], flags, probs) -> ThemeRecord:
    provenance = document.provenance(unit.start, unit.end)
    return ThemeRecord(
        doc_id=document.doc_id, level=level, text=unit.text, page=provenance.page,
        char_start=unit.start, char_end=unit.end, raw_start=provenance.raw_start, raw_end=provenance.raw_end,
        section=unit.section, themes=[t for t, flag in zip(themes, flags) if flag], scores=_scores_dict(themes, probs),
    )


def theme_records(document: Document, *, level: Level = "document", model: ThemeScorer | None = None) -> list[ThemeRecord]:
    """Typed rows: one per document, section or sentence."""
    model = _model(model)
    themes = [str(theme) for theme in model.classes_]
    if level == "section":
        units = sections_of(document)
        if not units:
            return []
        probabilities = model.predict_proba([u.text for u in units])
        flags = probabilities >= model.thresholds_
        return [_record(document, "section", u, themes, f, p) for u, f, p in zip(units, flags, probabilities)]
    units = sentences_of(document)
    probabilities = model.predict_proba([u.text for u in units]) if units else np.zeros((0, len(themes)))
    flags = probabilities >= model.thresholds_
    if level == "sentence":
        return [_record(document, "sentence", u, themes, f, p) for u, f, p in zip(units, flags, probabilities)]
    scores = document_scores(probabilities)
    text = working_text(document)
    record = ThemeRecord(
        doc_id=document.doc_id, level="document", text="", page=None, char_start=0, char_end=len(text),
        raw_start=0, raw_end=len(document.text), section=None,
        themes=[t for t, s, th in zip(themes, scores, model.thresholds_) if s >= th],
        scores=_scores_dict(themes, scores),
        profile=document_profile(document, units, flags.astype(int), themes),
    )
    return [record]


def classify_document(document: Document, *, level: Level = "document", model: ThemeScorer | None = None):
    """The records of :func:`theme_records` as a pandas DataFrame (one row per unit)."""
    from dataclasses import asdict

    import pandas as pd

    return pd.DataFrame([asdict(record) for record in theme_records(document, level=level, model=model)])


def classify(document: Document, *, model: ThemeScorer | None = None) -> Document:
    """Pipeline stage: set :attr:`Document.themes` (every theme's document score) and objectives' themes."""
    model = _model(model)
    record = theme_records(document, level="document", model=model)[0]
    document.themes = [ThemeScore(theme=theme, score=score) for theme, score in record.scores.items()]
    if document.objectives:
        flags = model.predict([objective.text for objective in document.objectives])
        for objective, row in zip(document.objectives, flags):
            objective.themes = [str(t) for t, flag in zip(model.classes_, row) if flag]
    return document
