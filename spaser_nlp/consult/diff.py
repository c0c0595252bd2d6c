"""Compare two runs of ``spaser consult`` (their output folders)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

from spaser_nlp.errors import FileMissingError


def _load_run(folder: str | Path) -> tuple[list[dict[str, Any]], pd.DataFrame]:
    folder = Path(folder)
    issues_path, assignments_path = folder / "issues.json", folder / "assignments.csv"
    for path in (issues_path, assignments_path):
        if not path.is_file():
            raise FileMissingError(
                "not a spaser consult output folder (missing file): give the folder that `spaser consult -o` wrote",
                path=path,
            )
    issues = json.loads(issues_path.read_text(encoding="utf-8"))["issues"]
    assignments = pd.read_csv(assignments_path, dtype=str, keep_default_na=False)
    return issues, assignments


def diff_runs(run_a: str | Path, run_b: str | Path) -> dict[str, Any]:
    """Issues added, removed, renamed and resized, and contributions that changed issue."""
    issues_a, assign_a = _load_run(run_a)
    issues_b, assign_b = _load_run(run_b)
    return _diff(issues_a, assign_a, issues_b, assign_b, str(run_a), str(run_b))


def diff_results(result_a: Any, result_b: Any) -> dict[str, Any]:
    """:func:`diff_runs` on two :class:`~spaser_nlp.consult.ConsultationResult` in memory (e.g. before and
    after editing the codebook in a notebook); print it with :func:`format_diff`."""

    def parts(result: Any) -> tuple[list[dict[str, Any]], pd.DataFrame]:
        issues = [{"id": i.id, "label": i.label, "size": i.size} for i in result.issues]
        return issues, result.contributions[["id", "issue_id"]].astype(str)

    (issues_a, assign_a), (issues_b, assign_b) = parts(result_a), parts(result_b)
    return _diff(issues_a, assign_a, issues_b, assign_b, "before", "after")


def _diff(
    issues_a: list[dict[str, Any]], assign_a: pd.DataFrame, issues_b: list[dict[str, Any]], assign_b: pd.DataFrame,
    run_a: str, run_b: str,
) -> dict[str, Any]:
    by_a = {i["id"]: i for i in issues_a}
    by_b = {i["id"]: i for i in issues_b}
    members_a = assign_a.groupby("issue_id")["id"].apply(set).to_dict()
    members_b = assign_b.groupby("issue_id")["id"].apply(set).to_dict()

    def closest(ids: set[str], members: dict[str, set[str]]) -> tuple[str, float]:
        best, best_overlap = "", 0.0
        for issue_id, other in sorted(members.items()):
            if not issue_id:
                continue
            overlap = len(ids & other) / max(1, len(ids | other))
            if overlap > best_overlap:
                best, best_overlap = issue_id, overlap
        return best, round(best_overlap, 3)

    added = []
    for issue_id in sorted(set(by_b) - set(by_a)):
        match, overlap = closest(members_b.get(issue_id, set()), members_a)
        added.append({"id": issue_id, "label": by_b[issue_id]["label"], "size": by_b[issue_id]["size"],
                      "closest_before": match, "overlap": overlap})
    removed = []
    for issue_id in sorted(set(by_a) - set(by_b)):
        match, overlap = closest(members_a.get(issue_id, set()), members_b)
        removed.append({"id": issue_id, "label": by_a[issue_id]["label"], "size": by_a[issue_id]["size"],
                        "closest_after": match, "overlap": overlap})
    renamed, resized = [], []
    for issue_id in sorted(set(by_a) & set(by_b)):
        a, b = by_a[issue_id], by_b[issue_id]
        if a["label"] != b["label"]:
            renamed.append({"id": issue_id, "before": a["label"], "after": b["label"]})
        if a["size"] != b["size"]:
            resized.append({"id": issue_id, "label": b["label"], "before": a["size"], "after": b["size"]})
    merged = assign_a[["id", "issue_id"]].merge(assign_b[["id", "issue_id"]], on="id", how="outer", suffixes=("_a", "_b"))
    merged = merged.fillna("")
    common = merged[(merged["issue_id_a"] != "") | (merged["issue_id_b"] != "")]
    moved = common[common["issue_id_a"] != common["issue_id_b"]]
    return {
        "run_a": run_a, "run_b": run_b,
        "n_issues": [len(issues_a), len(issues_b)],
        "added": added, "removed": removed, "renamed": renamed, "resized": resized,
        "n_contributions": [len(assign_a), len(assign_b)],
        "new_contributions": int(len(set(assign_b["id"]) - set(assign_a["id"]))),
        "moved": [{"id": r.id, "before": r.issue_id_a, "after": r.issue_id_b} for r in moved.itertuples()][:1000],
        "n_moved": int(len(moved)),
    }


def format_diff(diff: dict[str, Any]) -> str:
    """The diff as readable text."""
    lines = [
        f"issues: {diff['n_issues'][0]} -> {diff['n_issues'][1]}; contributions: {diff['n_contributions'][0]} -> "
        f"{diff['n_contributions'][1]} ({diff['new_contributions']} new); {diff['n_moved']} moved to another issue"
    ]
    for item in diff["added"]:
        lines.append(f"+ {item['id']} {item['label']!r} ({item['size']})"
                     + (f", closest before: {item['closest_before']} (overlap {item['overlap']})" if item["closest_before"] else ""))
    for item in diff["removed"]:
        lines.append(f"- {item['id']} {item['label']!r} ({item['size']})"
                     + (f", closest after: {item['closest_after']} (overlap {item['overlap']})" if item["closest_after"] else ""))
    for item in diff["renamed"]:
        lines.append(f"~ {item['id']} renamed {item['before']!r} -> {item['after']!r}")
    for item in diff["resized"]:
        lines.append(f"~ {item['id']} {item['label']!r}: {item['before']} -> {item['after']} contributions")
    return "\n".join(lines)
