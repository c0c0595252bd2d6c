"""Legal rules as data: load ``models/checklist/rules.yaml`` and decide each rule on a document.

A rule is ``met`` when every condition of ``met_when`` holds, ``partial`` when one condition of
``partial_when`` holds, ``missing`` otherwise, and ``not_applicable`` when the schéma was adopted
before the rule's ``applies_from`` date. The evidence that decided it (quoted sentences, objectives,
plan-tree headings, with page and character offsets) and the reason, in French, go with the verdict.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spaser_nlp.document import (
    ChecklistItem,
    ChecklistStatus,
    Document,
    Evidence,
    Objective,
)
from spaser_nlp.errors import SpaserError

MAX_EVIDENCE = 3
_SENTENCE = re.compile(r"[^\s][^\n\f]*?(?:[.!?…]+(?=\s|$)|(?=[\n\f])|$)")


def models_folder() -> Path:
    """Folder holding ``checklist/`` (see :func:`spaser_nlp.resources.models_dir`)."""
    from spaser_nlp.resources import models_dir

    return models_dir()


class ChecklistRulesError(SpaserError):
    """The rules file is missing or malformed."""

    exit_code = 3


@dataclass(frozen=True)
class Condition:
    """One test on a document: objectives, sentences, plan-tree nodes or indicator tables."""

    kind: str
    patterns: tuple[re.Pattern[str], ...] = ()
    exclude: tuple[re.Pattern[str], ...] = ()
    themes: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    minimum: int = 1
    at_start: bool = False


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    legal_source: str
    requirement: str
    met_when: tuple[tuple[Condition, ...], ...]
    partial_when: tuple[Condition, ...] = ()
    applies_from: str | None = None


@dataclass
class Outcome:
    holds: bool
    evidence: list[Evidence] = field(default_factory=list)
    what: str = ""


def _conditions(spec: dict[str, Any] | None, rule_id: str) -> tuple[Condition, ...]:
    conditions: list[Condition] = []
    for kind, body in (spec or {}).items():
        body = body or {}
        if kind not in {"objectives", "text", "labels", "sections", "indicator_tables"}:
            raise ChecklistRulesError(f"rule {rule_id}: unknown condition {kind!r}")
        conditions.append(
            Condition(
                kind=kind,
                patterns=tuple(re.compile(p, re.I) for p in body.get("patterns", ())),
                exclude=tuple(re.compile(p, re.I) for p in body.get("exclude", ())),
                themes=frozenset(body.get("themes", ())),
                kinds=frozenset(body.get("kinds", ())),
                minimum=int(body.get("min", 1)),
                at_start=bool(body.get("at_start", False)),
            )
        )
    return tuple(conditions)


def _alternatives(spec: dict[str, Any] | list[dict[str, Any]] | None, rule_id: str) -> tuple[tuple[Condition, ...], ...]:
    """``met_when`` is one set of conditions that must all hold, or a list of such sets (any one suffices)."""
    sets = spec if isinstance(spec, list) else [spec]
    return tuple(_conditions(one, rule_id) for one in sets)


@lru_cache(maxsize=4)
def load_rules(path: str | None = None) -> tuple[Rule, ...]:
    """The checklist rules (default: ``models/checklist/rules.yaml``)."""
    import yaml

    rules_path = Path(path) if path else models_folder() / "checklist" / "rules.yaml"
    try:
        payload = yaml.safe_load(rules_path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ChecklistRulesError(f"cannot read the checklist rules ({error.strerror}); reinstall spaser_nlp", path=rules_path) from error
    rules = []
    for item in payload.get("rules", []):
        rules.append(
            Rule(
                id=item["id"],
                title=item["title"],
                legal_source=item["legal_source"],
                requirement=" ".join(str(item.get("requirement", "")).split()),
                met_when=_alternatives(item.get("met_when"), item["id"]),
                partial_when=_conditions(item.get("partial_when"), item["id"]),
                applies_from=str(item["applies_from"]) if item.get("applies_from") else None,
            )
        )
    return tuple(rules)


class DocumentView:
    """What rules look at in a document: its sentences, objectives, plan tree and tables, computed once."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.text = document.clean.text if document.clean is not None else document.text
        self._sentences: list[tuple[int, int]] | None = None

    def sentences(self) -> list[tuple[int, int]]:
        if self._sentences is None:
            spans = []
            # A sentence ends at a line break or at a full stop followed by a space ("Action 1.2" is one word).
            for match in _SENTENCE.finditer(self.text):
                spans.append((match.start(), match.end()))
            self._sentences = spans
        return self._sentences

    def quote(self, start: int, end: int) -> Evidence:
        text = self.text[start:end]
        stripped = text.strip()
        start += len(text) - len(text.lstrip())
        end = start + len(stripped)
        return Evidence(quote=stripped, provenance=self.document.provenance(start, end))

    def objective_evidence(self, objective: Objective) -> Evidence:
        return Evidence(quote=objective.text, provenance=self.document.provenance(objective.char_start, objective.char_end))


def _matching_objectives(view: DocumentView, condition: Condition) -> Iterator[Objective]:
    for objective in view.document.objectives:
        if condition.themes and condition.themes.intersection(objective.themes):
            yield objective
            continue
        haystack = f"{objective.subject or ''} {objective.text}"
        if any(pattern.search(haystack) for pattern in condition.patterns):
            yield objective


def _sentence_matches(text: str, start: int, end: int, condition: Condition) -> bool:
    if condition.at_start:
        found = any(p.match(text, start, end) for p in condition.patterns)
    else:
        found = any(p.search(text, start, end) for p in condition.patterns)
    return found and not any(p.search(text, start, end) for p in condition.exclude)


def _distinct(evidence: Iterable[Evidence]) -> list[Evidence]:
    """The quotes in order, each (text, page) once."""
    seen: set[tuple[str, int | None]] = set()
    kept = []
    for item in evidence:
        key = (item.quote, item.provenance.page)
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def evaluate_condition(view: DocumentView, condition: Condition) -> Outcome:
    """Whether ``condition`` holds on the document, with up to :data:`MAX_EVIDENCE` quotes."""
    if condition.kind == "objectives":
        found = list(_matching_objectives(view, condition))
        # Two objectives of one sentence (« 40 % d'ici 2030, avec un point d'étape à -25 % ») quote it once.
        evidence = _distinct(view.objective_evidence(o) for o in found)[:MAX_EVIDENCE]
        return Outcome(len(found) >= condition.minimum, evidence, _count(len(found), "objectif chiffré", "objectifs chiffrés"))
    if condition.kind == "text":
        hits = [(s, e) for s, e in view.sentences() if _sentence_matches(view.text, s, e, condition)]
        evidence = [view.quote(s, e) for s, e in hits[:MAX_EVIDENCE]]
        return Outcome(len(hits) >= condition.minimum, evidence, _count(len(hits), "passage", "passages"))
    if condition.kind == "labels":
        matches = [m for p in condition.patterns for m in p.finditer(view.text)]
        matches.sort(key=lambda m: m.start())
        evidence = [view.quote(m.start(), m.end()) for m in matches[:MAX_EVIDENCE]]
        return Outcome(len(matches) >= condition.minimum, evidence, _count(len(matches), "élément numéroté", "éléments numérotés"))
    if condition.kind == "sections":
        nodes = [s for s in view.document.sections if s.kind in condition.kinds]
        evidence = [
            Evidence(quote=s.title, provenance=s.provenance) for s in nodes[:MAX_EVIDENCE]
        ]
        return Outcome(len(nodes) >= condition.minimum, evidence, _count(len(nodes), "action dans le plan", "actions dans le plan"))
    tables = [t for t in view.document.tables if t.kind == "indicators"]
    evidence = [
        Evidence(quote=" | ".join(t.header) or f"tableau p. {t.page}", provenance=t.provenance) for t in tables[:MAX_EVIDENCE]
    ]
    return Outcome(len(tables) >= condition.minimum, evidence, _count(len(tables), "tableau d'indicateurs", "tableaux d'indicateurs"))


def _count(number: int, singular: str, plural: str) -> str:
    """French count: 0 and 1 take the singular.

    >>> _count(1, "passage", "passages"), _count(3, "passage", "passages")
    ('1 passage', '3 passages')
    """
    return f"{number} {singular if number < 2 else plural}"


def _adopted_on(document: Document) -> str | None:
    profile = document.profile
    if profile is None:
        return None
    if profile.adoption_date is not None:
        value = profile.adoption_date.value
        return value if len(value) == 10 else f"{value}-12-31"
    if profile.period is not None:
        return f"{profile.period.value[:4]}-01-01"
    return None


def decide(rule: Rule, view: DocumentView) -> ChecklistItem:
    """The verdict of ``rule`` on the document behind ``view``."""

    def item(status: ChecklistStatus, reason: str, evidence: list[Evidence]) -> ChecklistItem:
        return ChecklistItem(
            rule_id=rule.id, title=rule.title, legal_source=rule.legal_source, status=status, reason=reason, evidence=evidence
        )

    adopted = _adopted_on(view.document)
    if rule.applies_from and adopted and adopted < rule.applies_from:
        return item(
            "not_applicable",
            f"exigence applicable aux schémas adoptés à partir du {_french_date(rule.applies_from)} ; "
            f"ce schéma date du {_french_date(adopted)}",
            [],
        )
    tried: list[Outcome] = []
    for conditions in rule.met_when:
        outcomes = [evaluate_condition(view, condition) for condition in conditions]
        if outcomes and all(o.holds for o in outcomes):
            evidence = [quote for outcome in outcomes for quote in outcome.evidence][:MAX_EVIDENCE]
            return item("met", f"trouvé : {', '.join(o.what for o in outcomes)}", evidence)
        tried.extend(outcomes)
    partial = [evaluate_condition(view, condition) for condition in rule.partial_when]
    held = [o for o in tried + partial if o.holds]
    if held:
        partial_evidence = [quote for outcome in held for quote in outcome.evidence][:MAX_EVIDENCE]
        return item("partial", f"le sujet est abordé ({', '.join(o.what for o in held)}) mais l'exigence n'est pas remplie en entier", partial_evidence)
    return item("missing", "aucun passage ni objectif correspondant trouvé", [])


_FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre")


def _french_date(iso: str) -> str:
    """``"2023-01-01"`` -> ``"1er janvier 2023"``.

    >>> _french_date("2024-06-24")
    '24 juin 2024'
    """
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{'1er' if day == 1 else day} {_FR_MONTHS[month - 1]} {year}"


__all__ = ["ChecklistRulesError", "Condition", "DocumentView", "Rule", "decide", "evaluate_condition", "load_rules", "models_folder"]
