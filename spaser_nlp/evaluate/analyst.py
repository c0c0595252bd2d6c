"""Score the schéma profile (authority, period, adoption, generation) and the legal checklist against gold.

The gold file (``corpora/analyst/gold.jsonl``) has one document a line: its ``path`` (relative to the
repository), where it comes from (``sample`` schémas or ``hand-made`` variants with other cover pages
and missing parts), the expected ``profile`` fields (``authority_name`` is a list of accepted spellings;
``null`` means the document does not say) and the expected ``checklist`` status of every rule.
"""

from __future__ import annotations

import json
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spaser_nlp.errors import InputError

PROFILE_FIELDS = ("authority_name", "authority_type", "period", "adoption_date", "generation")


@dataclass
class DocumentScore:
    path: str
    origin: str
    profile: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # field -> (gold, predicted)
    checklist: dict[str, tuple[str, str]] = field(default_factory=dict)  # rule -> (gold, predicted)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "origin": self.origin,
            "profile": {k: {"gold": g, "predicted": p} for k, (g, p) in self.profile.items()},
            "checklist": {k: {"gold": g, "predicted": p} for k, (g, p) in self.checklist.items()},
            "seconds": round(self.seconds, 2),
        }


def _norm(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    decomposed = unicodedata.normalize("NFKD", value.replace("’", "'"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def profile_correct(field_name: str, gold: Any, predicted: Any) -> bool:
    """A name is right when it matches one accepted spelling (case and accents aside); other fields exactly."""
    if field_name == "authority_name":
        accepted = gold if isinstance(gold, list) else [gold]
        return any(_norm(a) == _norm(predicted) for a in accepted) if accepted and accepted != [None] else predicted is None
    return gold == predicted


def read_gold(path: Path) -> list[dict[str, Any]]:
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except OSError as error:
        raise InputError(f"cannot read the gold file ({error.strerror})", path=path) from None


def evaluate_analyst(
    gold_path: Path, *, root: Path | None = None, on_document: Callable[[str], None] | None = None
) -> list[DocumentScore]:
    """Run the pipeline on every gold document and compare its profile and checklist with the gold."""
    from spaser_nlp.pipeline import run_pipeline

    root = root or gold_path.resolve().parents[2]
    scores = []
    for item in read_gold(gold_path):
        if on_document:
            on_document(item["path"])
        started = time.perf_counter()
        document = run_pipeline(root / item["path"])
        if document.errors:
            raise InputError(f"the pipeline failed on a gold document: {document.errors[0].message}", path=item["path"])
        score = DocumentScore(item["path"], item.get("origin", ""), seconds=time.perf_counter() - started)
        profile = document.profile
        for name in PROFILE_FIELDS:
            fact = getattr(profile, name) if profile else None
            score.profile[name] = (item["profile"].get(name), fact.value if fact else None)
        predicted = {entry.rule_id: entry.status for entry in document.checklist}
        for rule_id, status in item["checklist"].items():
            score.checklist[rule_id] = (status, predicted.get(rule_id, "absent"))
        scores.append(score)
    return scores


def accuracy_table(scores: list[DocumentScore], part: str) -> dict[str, dict[str, float]]:
    """Per field (``part="profile"``) or per rule (``"checklist"``): accuracy overall, on samples and hand-made."""
    table: dict[str, dict[str, float]] = {}
    keys = PROFILE_FIELDS if part == "profile" else sorted({k for s in scores for k in s.checklist})
    for key in keys:
        row: dict[str, float] = {}
        for origin in ("all", "sample", "hand-made"):
            chosen = [s for s in scores if origin == "all" or s.origin == origin]
            pairs = [getattr(s, part)[key] for s in chosen if key in getattr(s, part)]
            if not pairs:
                continue
            if part == "profile":
                right = sum(profile_correct(key, gold, pred) for gold, pred in pairs)
            else:
                right = sum(gold == pred for gold, pred in pairs)
            row[origin] = right / len(pairs)
            row[f"n_{origin}"] = len(pairs)
        table[key] = row
    return table





@dataclass
class DiffScore:
    before: str
    after: str
    gold_matches: int
    predicted_matches: int
    correct_matches: int
    gold_renamed: int
    found_renamed: int

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _is(view: Any, snippet_value: list[Any]) -> bool:
    snippet, value = snippet_value
    return view is not None and snippet.lower() in view.text.lower() and abs(view.value - float(value)) < 1e-6


def evaluate_diff(gold_path: Path, *, root: Path | None = None) -> list[DiffScore]:
    """Precision and recall of `spaser diff`'s objective matches (and renamed axes) on hand-made schéma pairs."""
    from spaser_nlp.comparison.diff import diff_snapshots, snapshot_of_document
    from spaser_nlp.pipeline import run_pipeline

    root = root or gold_path.resolve().parents[2]
    scores = []
    for item in read_gold(gold_path):
        before = snapshot_of_document(run_pipeline(root / item["before"]))
        after = snapshot_of_document(run_pipeline(root / item["after"]))
        diff = diff_snapshots(before, after)
        predicted = [c for c in diff.objectives if c.before is not None and c.after is not None]
        correct = sum(any(_is(c.before, g[0]) and _is(c.after, g[1]) for g in item["matches"]) for c in predicted)
        renamed = [(a.before, a.after) for a in diff.axes if a.status == "renamed"]
        gold_renamed = item.get("axes", {}).get("renamed", [])
        found = sum(
            any(b and a and g[0].lower() in b.lower() and g[1].lower() in a.lower() for b, a in renamed) for g in gold_renamed
        )
        scores.append(DiffScore(item["before"], item["after"], len(item["matches"]), len(predicted), correct, len(gold_renamed), found))
    return scores

__all__ = ["PROFILE_FIELDS", "DiffScore", "DocumentScore", "accuracy_table", "evaluate_analyst", "evaluate_diff", "profile_correct", "read_gold"]
