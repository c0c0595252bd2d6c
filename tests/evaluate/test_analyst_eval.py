"""`spaser eval checklist`: profile and checklist accuracy on the gold documents, through the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.parametrize("gold", ["gold.jsonl", "gold-heldout.jsonl"])
def test_eval_checklist_scores_every_field_and_rule(gold: str) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "spaser_nlp", "--quiet", "eval", "checklist", "--gold", f"corpora/analyst/{gold}",
         "--format", "json"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=True,
    )
    payload = json.loads(completed.stdout)
    accuracy = payload["accuracy"]
    assert set(accuracy["profile"]) == {"authority_name", "authority_type", "period", "adoption_date", "generation"}
    assert len(accuracy["checklist"]) == 8
    # Floors under the figures the README reports (authority type and period are the analysts' census keys).
    assert accuracy["profile"]["authority_type"]["all"] == 1.0
    assert accuracy["profile"]["period"]["all"] == 1.0
    mean_rule = sum(row["all"] for row in accuracy["checklist"].values()) / 8
    assert mean_rule >= 0.85
