"""Typed results of a consultation analysis."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class ConsultSettings:
    """Every setting of :func:`~spaser_nlp.consult.analyse` (recorded in each output)."""

    seed: int = 0
    embedder: str = "use"
    cache_dir: str | None = None
    min_words: int = 3
    near_duplicate_threshold: float = 0.6
    campaign_min_size: int = 5
    #: Words from which a repeated text is a copy-paste *campagne* (shorter: a popular answer).
    campaign_min_words: int = 15
    #: Share of answers (at least 3) from which the bare "no / none" answers form an issue of their own.
    refusal_min_share: float = 0.05
    max_issues: int = 30
    assign_threshold: float = 0.25
    relative_threshold: float = 0.75
    max_unassigned_share: float = 0.08
    secondary_margin: float = 0.04
    #: Issues as ``k_scale × √(points clustered)`` (distinct answers and their idea units); 0: the tree cut
    #: with the best silhouette. 1.2 chosen by leave-one-question-out on the Grand Débat dev set (mean of
    #: category F and BCubed F; see README).
    k_scale: float = 1.2
    #: Spherical k-means steps after the tree cut.
    refine_steps: int = 2
    #: Partition the distinct arguments with k-means (10 seeded starts) instead of cutting a Ward tree.
    kmeans_units: bool = False
    n_quotes: int = 5
    segment_topics: bool = True
    #: Idea units (sentences, list items) of answers holding several build the issues beside whole answers.
    idea_unit_issues: bool = True
    #: Most issues an answer carries (its own and those of its idea units).
    max_issues_per_answer: int = 5
    use_titles: bool = True
    themes: bool = True
    #: Keep e-mails, phones, addresses and names as written (default: pseudonymised, see consult/privacy.py).
    keep_personal_data: bool = False

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Quote:
    """A contribution quoted for an issue."""

    id: str
    text: str
    similarity: float


@dataclass
class SchemaMatch:
    """The schéma passage closest to an issue, and whether the issue is covered."""

    page: int | None
    passage: str
    similarity: float
    verdict: str  # "couvert", "partiellement couvert", "non couvert"


@dataclass
class Issue:
    """One priority issue (a cluster of contributions)."""

    id: str
    label: str
    keywords: list[str]
    quotes: list[Quote]
    size: int  # contributions whose primary issue this is
    share: float  # size / number of contributions
    n_mentions: int  # contributions that mention it (primary or secondary)
    n_distinct_arguments: int  # size with each duplicate group / campaign counted once
    n_authors: int | None  # distinct authors (None: no author column)
    author_kinds: dict[str, int]  # citoyen / organisation / inconnu
    author_types: dict[str, int]  # raw author types
    campaigns: list[str]  # ids of the campaigns inside the issue
    rank: int = 0
    priority_reason: str = ""
    themes: list[dict[str, Any]] = field(default_factory=list)
    pinned: list[str] = field(default_factory=list)
    origin: str = "nouveau"  # "nouveau" or "codebook"
    schema_match: SchemaMatch | None = None
    #: Members' stance (pour / contre / neutre) when the answers take sides; empty otherwise.
    stance: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class DuplicateGroup:
    """Contributions with the same (or nearly the same) text."""

    id: str
    kind: str  # "doublon", "campagne" (copy-paste of a substantial text) or "populaire" (a popular short answer)
    size: int
    ids: list[str]
    text: str
    author_kinds: dict[str, int]


@dataclass
class ConsultationResult:
    """Everything :func:`~spaser_nlp.consult.analyse` found, with DataFrames for notebooks.

    ``contributions`` has one row per input row (columns ``id``, ``text``,
    ``flag``, ``duplicate_group``, ``issue_id``, ``issue_ids``, ``score``,
    ``x``, ``y`` …); ``issues`` are ranked by priority.
    """

    contributions: pd.DataFrame
    issues: list[Issue]
    duplicates: list[DuplicateGroup]
    settings: dict[str, Any]
    stats: dict[str, Any]
    embeddings: np.ndarray = field(repr=False, default_factory=lambda: np.zeros((0, 0), np.float32))
    centroids: np.ndarray = field(repr=False, default_factory=lambda: np.zeros((0, 0), np.float32))
    #: Wall seconds per stage of this run (never written to the outputs, which stay reproducible).
    timings: dict[str, float] = field(repr=False, default_factory=dict)

    @property
    def issues_frame(self) -> pd.DataFrame:
        """One row per issue: rank, id, label, size, share, keywords…"""
        rows = [
            {
                "rank": i.rank, "issue_id": i.id, "label": i.label, "size": i.size, "share": i.share,
                "n_mentions": i.n_mentions, "n_distinct_arguments": i.n_distinct_arguments,
                "n_authors": i.n_authors, "keywords": ", ".join(i.keywords),
                "themes": ", ".join(t["theme"] for t in i.themes), "priority_reason": i.priority_reason,
                **{f"stance_{k}": v for k, v in i.stance.items()},
            }
            for i in self.issues
        ]
        return pd.DataFrame(rows)

    @property
    def duplicates_frame(self) -> pd.DataFrame:
        return pd.DataFrame(
            [{"group": d.id, "kind": d.kind, "size": d.size, "ids": ";".join(d.ids), "text": d.text} for d in self.duplicates]
        )

    def issue(self, issue_id: str) -> Issue:
        for issue in self.issues:
            if issue.id == issue_id:
                return issue
        raise KeyError(issue_id)
