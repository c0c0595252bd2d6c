"""The editable codebook (``codebook.yaml``): issue ids, labels, keywords, examples and pins.

A team edits the file between runs and reruns with ``--codebook``:

- **rename**: change ``label`` (and ``keywords``);
- **merge**: set ``merge_into: <other id>`` on an issue; its examples and pins
  move to the other issue;
- **split**: add a new entry without ``id`` (or with an id of your choice), a
  ``label`` and a few ``examples`` or ``pinned`` contribution ids taken from
  the issue to split;
- **pin**: list contribution ids under ``pinned``; they always go to that issue;
- **delete**: remove the entry; its contributions go to the nearest other issue.

On rerun, ids and labels are kept, and so are the issues' ``members`` (the ids of the
contributions whose primary issue it was): an unedited replay or a rename moves
nothing, a merge moves only the merged issue's members, a split (a new entry
with examples or pins) takes only members of the issue its seeds came from. New
contributions go to the nearest issue; a group of them far from every codebook
issue becomes a new issue (origin ``nouveau``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml

from spaser_nlp.consult.cluster import ClusterSettings, cluster_embeddings
from spaser_nlp.consult.model import ConsultationResult
from spaser_nlp.errors import InputError

CODEBOOK_VERSION = 1
#: A freshly found cluster whose centroid is less similar than this to every
#: codebook issue is reported as a new issue.
NEW_ISSUE_SIMILARITY = 0.75
#: Contributions unknown to the codebook from which they may form new issues (twice this many at least).
MIN_NEW_ISSUE = 3

_HEADER = """\
# Codebook of the consultation issues (spaser consult). Edit it, then rerun:
#   spaser consult CONTRIBUTIONS -o OUTDIR --codebook codebook.yaml
# rename: change label / keywords.  merge: set merge_into: <id of another issue>.
# split: add an entry without id, with a label and examples or pinned ids taken
# from the issue to split.  pin: list contribution ids under pinned.
# delete: remove the entry.  Ids are kept from run to run.  members: the contributions
# of each issue (kept on rerun, so that nothing moves unless edited; leave them as they are).
"""


@dataclass
class CodebookIssue:
    """One issue as the team sees and edits it."""

    label: str
    id: str | None = None
    keywords: list[str] = field(default_factory=list)
    examples: list[dict[str, str]] = field(default_factory=list)  # {"id": ..., "text": ...}
    pinned: list[str] = field(default_factory=list)
    merge_into: str | None = None
    #: Ids of the contributions whose primary issue this was (kept on replay: nothing moves unless edited).
    members: list[str] = field(default_factory=list)


@dataclass
class Codebook:
    """The issues of a run, as edited by the team."""

    issues: list[CodebookIssue]
    embedder: str = "use"
    version: int = CODEBOOK_VERSION

    @classmethod
    def load(cls, path: str | Path) -> Codebook:
        path = Path(path)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError("codebook not found", path=path) from None
        except yaml.YAMLError as error:
            raise InputError(f"the codebook is not valid YAML ({error}); fix the indentation", path=path) from None
        if not isinstance(data, dict) or not isinstance(data.get("issues"), list):
            raise InputError("the codebook has no 'issues' list", path=path)
        issues = []
        for position, entry in enumerate(data["issues"], start=1):
            if not isinstance(entry, dict) or not entry.get("label"):
                raise InputError(f"codebook issue #{position} has no label", path=path)
            examples = []
            for example in entry.get("examples") or []:
                if isinstance(example, dict):
                    examples.append({"id": str(example.get("id", "")), "text": str(example.get("text", ""))})
                else:
                    examples.append({"id": str(example), "text": ""})
            issues.append(
                CodebookIssue(
                    label=str(entry["label"]).strip(),
                    id=str(entry["id"]) if entry.get("id") else None,
                    keywords=[str(k) for k in entry.get("keywords") or []],
                    examples=examples,
                    pinned=[str(p) for p in entry.get("pinned") or []],
                    merge_into=str(entry["merge_into"]) if entry.get("merge_into") else None,
                    members=[str(m) for m in entry.get("members") or []],
                )
            )
        return cls(issues=issues, embedder=str(data.get("embedder", "use")), version=int(data.get("version", 1)))

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "embedder": self.embedder,
            "issues": [
                {
                    "id": issue.id, "label": issue.label, "keywords": issue.keywords,
                    "pinned": issue.pinned, "merge_into": issue.merge_into, "examples": issue.examples,
                    "members": issue.members,
                }
                for issue in self.issues
            ],
        }

    def save(self, path: str | Path) -> None:
        text = yaml.safe_dump(self.to_dict(), allow_unicode=True, sort_keys=False, width=120)
        Path(path).write_text(_HEADER + text, encoding="utf-8")

    def find(self, key: str) -> CodebookIssue:
        """The entry with this id or label (case and accents ignored)."""
        from spaser_nlp.consult.display import normalise_label
        from spaser_nlp.errors import UnknownIssueError

        for issue in self.issues:
            if issue.id == key:
                return issue
        found = [issue for issue in self.issues if normalise_label(issue.label) == normalise_label(key)]
        if len(found) != 1:
            labels = ", ".join(repr(issue.label) for issue in self.issues[:10])
            raise UnknownIssueError(f"{'several' if found else 'no'} codebook issues with id or label {key!r}; labels: {labels}")
        return found[0]

    def rename(self, key: str, label: str, *, keywords: list[str] | None = None) -> CodebookIssue:
        """Give an issue (by id or label) a new label (and keywords): on rerun, none of its contributions moves.

        >>> book = Codebook([CodebookIssue("Achats", id="E-1"), CodebookIssue("Cantines", id="E-2")])
        >>> book.rename("achats", "Achats publics responsables").id
        'E-1'
        """
        issue = self.find(key)
        issue.label = label.strip()
        if keywords is not None:
            issue.keywords = list(keywords)
        return issue

    def merge(self, key: str, *, into: str) -> CodebookIssue:
        """Merge an issue (by id or label) into another: on rerun its contributions join that one.

        >>> book = Codebook([CodebookIssue("Achats", id="E-1"), CodebookIssue("Cantines", id="E-2")])
        >>> book.merge("Cantines", into="E-1").merge_into
        'E-1'
        """
        issue, target = self.find(key), self.find(into)
        if issue is target:
            raise InputError(f"cannot merge the issue {issue.id} « {issue.label} » into itself")
        issue.merge_into = target.id
        return issue


def codebook_from_result(result: ConsultationResult) -> Codebook:
    """The codebook of a run: its issues in rank order with their quotes as examples and their members."""
    members: dict[str, list[str]] = {}
    for cid, issue_id in zip(result.contributions["id"], result.contributions["issue_id"]):
        if issue_id:
            members.setdefault(issue_id, []).append(str(cid))
    issues = [
        CodebookIssue(
            id=issue.id, label=issue.label, keywords=list(issue.keywords), pinned=list(issue.pinned),
            examples=[{"id": q.id, "text": q.text} for q in issue.quotes],
            members=members.get(issue.id, []),
        )
        for issue in result.issues
    ]
    return Codebook(issues=issues, embedder=str(result.settings.get("embedder", "use")))


def _resolve_merges(book: Codebook) -> tuple[list[CodebookIssue], list[str]]:
    """Fold merged issues into their targets and give ids to new (split) issues."""
    notes = []
    issues = [CodebookIssue(**vars(i)) for i in book.issues]
    for issue in issues:
        if issue.id is None:
            issue.id = "E-" + hashlib.sha1(issue.label.encode()).hexdigest()[:6]
            notes.append(f"nouvel enjeu {issue.id} « {issue.label} »")
    by_id = {issue.id: issue for issue in issues}

    def target(issue: CodebookIssue) -> CodebookIssue:
        seen = set()
        while issue.merge_into and issue.merge_into in by_id and issue.id not in seen:
            seen.add(issue.id)
            issue = by_id[issue.merge_into]
        return issue

    kept = []
    for issue in issues:
        if issue.merge_into:
            if issue.merge_into not in by_id:
                raise InputError(f"codebook issue {issue.id} is merged into {issue.merge_into}, which is not in the codebook")
            final = target(issue)
            final.examples = final.examples + issue.examples
            final.pinned = final.pinned + issue.pinned
            final.members = final.members + issue.members
            notes.append(f"{issue.id} fusionné dans {final.id}")
        else:
            kept.append(issue)
    return kept, notes


def codebook_members(book: Codebook, frame: pd.DataFrame) -> tuple[dict[int, int], dict[int, list[int]]]:
    """Where the codebook puts each known contribution, and the split issues' seeds.

    Returns ``members`` (row -> index among the resolved issues, merges folded) and
    ``splits`` (index of a split-off issue -> rows of its examples and pins).
    """
    issues, _ = _resolve_merges(book)
    row_of = {cid: row for row, cid in enumerate(frame["id"])}
    members: dict[int, int] = {}
    splits: dict[int, list[int]] = {}
    for j, issue in enumerate(issues):
        for cid in issue.members:
            if cid in row_of:
                members[row_of[cid]] = j
        if not issue.members:
            seeds = [row_of[e["id"]] for e in issue.examples if e["id"] in row_of] + [row_of[p] for p in issue.pinned if p in row_of]
            if seeds:
                splits[j] = seeds
    return members, splits


def seed_from_codebook(
    book: Codebook,
    frame: pd.DataFrame,
    vectors: np.ndarray,
    *,
    clusterable: np.ndarray,
    unit_of: np.ndarray,
    settings: ClusterSettings,
    encode: Callable[[list[str]], np.ndarray] | None = None,
) -> tuple[np.ndarray, dict[int, dict], dict[int, int], list[str]]:
    """Centroids for the codebook's issues (plus new ones), fixed specs, pinned rows and notes."""
    issues, notes = _resolve_merges(book)
    row_of = {cid: row for row, cid in enumerate(frame["id"])}
    centroids, fixed, pins = [], {}, {}
    for j, issue in enumerate(issues):
        rows = [row_of[e["id"]] for e in issue.examples if e["id"] in row_of]
        rows += [row_of[p] for p in issue.pinned if p in row_of]
        missing_texts = [e["text"] for e in issue.examples if e["id"] not in row_of and e["text"]]
        parts = [vectors[rows]] if rows else []
        if missing_texts and encode is not None:
            parts.append(encode(missing_texts))
        if not parts:
            text = issue.label + ". " + ", ".join(issue.keywords)
            if encode is None:
                raise InputError(f"codebook issue {issue.id} has no example found in this consultation")
            parts.append(encode([text]))
        seed = np.vstack(parts).mean(axis=0)
        centroids.append(seed / (np.linalg.norm(seed) or 1.0))
        fixed[j] = {"id": issue.id, "label": issue.label, "keywords": issue.keywords, "pinned": issue.pinned}
        for pinned in issue.pinned:
            if pinned in row_of:
                pins[row_of[pinned]] = j
            else:
                notes.append(f"contribution épinglée {pinned} absente de cette consultation")
    seeds = np.asarray(centroids, dtype=np.float32)
    # Let the issues follow their current members a little, so they reflect this consultation.
    members = np.argmax(vectors @ seeds.T, axis=1)
    refined = seeds.copy()
    for j in range(seeds.shape[0]):
        current = np.flatnonzero((members == j) & clusterable)
        if current.size:
            mean = vectors[current].mean(axis=0)
            mixed = 0.5 * seeds[j] + 0.5 * mean / (np.linalg.norm(mean) or 1.0)
            refined[j] = mixed / (np.linalg.norm(mixed) or 1.0)
    # New issues come from contributions the codebook does not know (its members stay where they are; an
    # issue the team deleted, or that the analysis dissolved for want of a label, does not come back).
    known, _ = codebook_members(book, frame)
    unknown = clusterable.copy()
    unknown[list(known)] = False
    new = []
    fresh_centroids = (
        cluster_embeddings(vectors, clusterable=unknown, unit_of=unit_of, settings=settings).centroids
        if unknown.sum() >= 2 * MIN_NEW_ISSUE else np.zeros((0, vectors.shape[1]), dtype=np.float32)
    )
    for centroid in fresh_centroids:
        if float((refined @ centroid).max()) < NEW_ISSUE_SIMILARITY:
            new.append(centroid)
    if new:
        notes.append(f"{len(new)} nouvel(s) enjeu(x) hors codebook")
    all_centroids = np.vstack([refined, *new]) if new else refined
    return all_centroids.astype(np.float32), fixed, pins, notes
