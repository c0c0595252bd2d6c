"""The schéma's quantified objectives beside national targets (PNAD, EGalim, AGEC).

An objective is compared with a target when it is a share (unit ``%``, kind ``rate``) of the same
subject; it is ``below``, ``at`` (within half a point) or ``above`` the national figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spaser_nlp.checklist.rules import ChecklistRulesError, models_folder
from spaser_nlp.document import Document, TargetComparison

TOLERANCE_POINTS = 0.5


@dataclass(frozen=True)
class NationalTarget:
    id: str
    label: str
    legal_source: str
    value: float
    horizon: int | None
    patterns: tuple[re.Pattern[str], ...]
    exclude: tuple[re.Pattern[str], ...]

    def matches(self, text: str) -> bool:
        return any(p.search(text) for p in self.patterns) and not any(p.search(text) for p in self.exclude)


@lru_cache(maxsize=4)
def load_targets(path: str | None = None) -> tuple[NationalTarget, ...]:
    """The national targets (default: ``models/checklist/national_targets.yaml``)."""
    import yaml

    targets_path = Path(path) if path else models_folder() / "checklist" / "national_targets.yaml"
    try:
        payload = yaml.safe_load(targets_path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ChecklistRulesError(f"cannot read the national targets ({error.strerror}); reinstall spaser_nlp", path=targets_path) from error
    return tuple(
        NationalTarget(
            id=item["id"],
            label=item["label"],
            legal_source=item["legal_source"],
            value=float(item["value"]),
            horizon=item.get("horizon"),
            patterns=tuple(re.compile(p, re.I) for p in item.get("patterns", ())),
            exclude=tuple(re.compile(p, re.I) for p in item.get("exclude", ())),
        )
        for item in payload.get("targets", [])
    )


def position(objective_value: float, national_value: float) -> str:
    """``below`` / ``at`` / ``above`` the national figure.

    >>> position(35, 30), position(30.2, 30), position(20, 30)
    ('above', 'at', 'below')
    """
    if abs(objective_value - national_value) <= TOLERANCE_POINTS:
        return "at"
    return "above" if objective_value > national_value else "below"


def compare_targets(document: Document) -> list[TargetComparison]:
    """Every (objective, national target) pair on the same subject, in objective order."""
    comparisons: list[TargetComparison] = []
    targets = load_targets()
    for index, objective in enumerate(document.objectives):
        if objective.unit != "%" or objective.kind != "rate" or objective.direction == "decrease":
            continue
        # Only the words of the objective itself: a sentence's other target ("dont 30 % bio") is its own objective.
        # The objective's own subject when the extractor found one: the sentence may state other targets
        # ("60 % de produits durables, dont 30 % bio" is two objectives with two subjects).
        subject = objective.subject or ""
        text = subject if len(subject.split()) >= 2 else f"{subject} {objective.text}"
        for target in targets:
            if not target.matches(text):
                continue
            comparisons.append(
                TargetComparison(
                    target_id=target.id,
                    target_label=target.label,
                    legal_source=target.legal_source,
                    national_value=target.value,
                    national_horizon=target.horizon,
                    objective_index=index,
                    objective_value=objective.value,
                    objective_text=objective.text,
                    position=position(objective.value, target.value),  # type: ignore[arg-type]
                )
            )
    return comparisons


__all__ = ["NationalTarget", "compare_targets", "load_targets", "position"]
