"""Score the personal-data pseudonymisation against hand-labelled French contributions.

The gold file (``corpora/privacy/contributions.txt``) marks what must be hidden inline:
``[[EMAIL:…]]``, ``[[PHONE:…]]``, ``[[ADDRESS:…]]``, ``[[PERSON:…]]``; one contribution a line.

A gold span is *found* when at least 90 % of its characters are covered by predicted
spans of the same type (a half-hidden name still leaks); a predicted span is *right*
when it overlaps a gold span of its type. Precision and recall per type, per split.

>>> item = parse_line("Écrire à [[EMAIL:a.b@example.fr]] ou [[PERSON:Jean Dupont]].")
>>> item.text, [(s.label, item.text[s.start:s.end]) for s in item.spans]
('Écrire à a.b@example.fr ou Jean Dupont.', [('courriel', 'a.b@example.fr'), ('personne', 'Jean Dupont')])
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from spaser_nlp.consult.privacy import ADDRESS, EMAIL, LABELS, PERSON, PHONE, Pseudonymiser, Span
from spaser_nlp.errors import FileMissingError, InputError

_MARK = re.compile(r"\[\[(EMAIL|PHONE|ADDRESS|PERSON):(.+?)\]\]")
_LABEL = {"EMAIL": EMAIL, "PHONE": PHONE, "ADDRESS": ADDRESS, "PERSON": PERSON}
#: Share of a gold span's characters that must be hidden for it to count as found.
COVERAGE = 0.9


@dataclass
class GoldItem:
    text: str
    spans: list[Span]
    split: str = "dev"


def parse_line(line: str, split: str = "dev") -> GoldItem:
    """A marked-up line as its plain text and gold spans (``\\n`` in the line is a line break)."""
    line = line.replace("\\n", "\n")
    text, spans, last = [], [], 0
    length = 0
    for match in _MARK.finditer(line):
        before = line[last:match.start()]
        text.append(before)
        length += len(before)
        value = match.group(2)
        spans.append(Span(length, length + len(value), _LABEL[match.group(1)]))
        text.append(value)
        length += len(value)
        last = match.end()
    text.append(line[last:])
    return GoldItem("".join(text), spans, split)


def load_gold(path: str | Path) -> list[GoldItem]:
    path = Path(path)
    if not path.is_file():
        raise FileMissingError("no such gold file", path=path)
    items, split = [], "dev"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# split:"):
            split = line.split(":", 1)[1].strip()
            continue
        if line.strip() and not line.startswith("#"):
            items.append(parse_line(line, split))
    if not items:
        raise InputError("the gold file holds no contribution", path=path)
    return items


@dataclass
class Scores:
    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # label -> tp_gold, gold, tp_pred, pred
    misses: list[dict] = field(default_factory=list)
    false_alarms: list[dict] = field(default_factory=list)
    seconds: float = 0.0
    items: int = 0

    def table(self) -> dict[str, dict[str, float]]:
        out = {}
        for label in LABELS:
            c = self.counts.get(label, {"found": 0, "gold": 0, "right": 0, "predicted": 0})
            out[label] = {
                "precision": c["right"] / c["predicted"] if c["predicted"] else 1.0,
                "recall": c["found"] / c["gold"] if c["gold"] else 1.0,
                "gold": c["gold"], "predicted": c["predicted"],
            }
        return out


def _covered(span: Span, predicted: list[Span]) -> float:
    hidden = sum(max(0, min(span.end, p.end) - max(span.start, p.start)) for p in predicted if p.label == span.label)
    return hidden / max(1, span.end - span.start)


def evaluate_privacy(items: list[GoldItem], *, use_ner: bool = True) -> Scores:
    """Precision/recall per entity type of :class:`~spaser_nlp.consult.privacy.Pseudonymiser` on ``items``."""
    scores = Scores(items=len(items))
    pseudonymiser = Pseudonymiser(use_ner=use_ner)
    started = time.perf_counter()
    docs = pseudonymiser._ner_docs([item.text for item in items])
    predictions = [pseudonymiser.spans(item.text, ner_doc=docs.get(item.text)) for item in items]
    scores.seconds = time.perf_counter() - started
    for label in LABELS:
        scores.counts[label] = {"found": 0, "gold": 0, "right": 0, "predicted": 0}
    for item, predicted in zip(items, predictions):
        for span in item.spans:
            counts = scores.counts[span.label]
            counts["gold"] += 1
            if _covered(span, predicted) >= COVERAGE:
                counts["found"] += 1
            else:
                scores.misses.append({"label": span.label, "text": item.text[span.start:span.end], "in": item.text})
        for span in predicted:
            counts = scores.counts[span.label]
            counts["predicted"] += 1
            if any(g.label == span.label and g.start < span.end and span.start < g.end for g in item.spans):
                counts["right"] += 1
            else:
                scores.false_alarms.append({"label": span.label, "text": item.text[span.start:span.end], "in": item.text})
    return scores


__all__ = ["COVERAGE", "GoldItem", "Scores", "evaluate_privacy", "load_gold", "parse_line"]
