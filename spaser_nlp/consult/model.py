"""Typed results of a consultation analysis."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from spaser_nlp.comparison.figures import SVGFigure
    from spaser_nlp.consult.codebook import Codebook


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

    def __repr__(self) -> str:
        return f"Issue(id={self.id!r}, label={self.label!r}, rank={self.rank}, size={self.size}, share={self.share:.3f})"

    def _repr_html_(self) -> str:
        from spaser_nlp.consult.display import issue_html

        return issue_html(self)


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

    ``contributions`` has one row per input row: ``id``, ``title``, ``text``, ``author``, ``author_type``,
    ``date``, ``flag``, ``duplicate_group``, ``stance``, ``issue_id`` and ``issue_label`` (the main issue),
    ``issue_ids`` and ``issue_labels`` (every issue, main first; ``;``-separated), ``score``,
    ``x``, ``y`` (the map), then the input's columns the analysis did not read (e.g. ``question``).
    ``issues`` are ranked by priority.

    In a notebook the result and each issue show a short summary; ``result.issue("Transports publics")``
    finds an issue by label (case and accents ignored), id or rank; ``plot_issues()``, ``plot_map()`` and
    ``plot_timeline()`` draw the report's charts.
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
        """One row per duplicate group, campaign or popular answer, with the label of its members' main issue."""
        labels = {}
        if {"duplicate_group", "issue_label"} <= set(self.contributions.columns):
            grouped = self.contributions[self.contributions["duplicate_group"] != ""]
            labels = dict(zip(grouped["duplicate_group"], grouped["issue_label"]))
        return pd.DataFrame(
            [{"group": d.id, "kind": d.kind, "size": d.size, "issue_label": labels.get(d.id, ""), "ids": ";".join(d.ids),
              "text": d.text} for d in self.duplicates],
            columns=["group", "kind", "size", "issue_label", "ids", "text"],
        )

    def issue(self, key: str | int) -> Issue:
        """The issue with this id (``"E-ca196c"``), label (``"pme locales"``: case and accents ignored) or rank (``1``).

        Raises :class:`~spaser_nlp.errors.UnknownIssueError` (a ``KeyError``) naming the closest labels.
        """
        from spaser_nlp.consult.display import find_issue

        return find_issue(self.issues, key)

    def contributions_of(self, issue: str | int | Issue, *, main_only: bool = False) -> pd.DataFrame:
        """The contributions of an issue (by id, label or rank): every one that carries it, or only those
        whose main issue it is (``main_only``)."""
        wanted = issue.id if isinstance(issue, Issue) else self.issue(issue).id
        frame = self.contributions
        if main_only:
            return frame[frame["issue_id"] == wanted]
        return frame[[wanted in ids.split(";") for ids in frame["issue_ids"]]]

    def codebook(self) -> Codebook:
        """The issues as an editable :class:`~spaser_nlp.consult.codebook.Codebook` (what ``codebook.yaml`` holds):
        rename or merge issues there, then ``analyse(..., codebook=book)``."""
        from spaser_nlp.consult.codebook import codebook_from_result

        return codebook_from_result(self)

    def plot_issues(self) -> SVGFigure:
        """The issues ranked, as the report draws them (an SVG figure, shown inline by notebooks)."""
        from spaser_nlp.report.charts import issues_chart

        return issues_chart(self)

    def plot_map(self) -> SVGFigure:
        """The map of the contributions coloured by issue, as the report draws it."""
        from spaser_nlp.report.charts import map_chart

        return map_chart(self)

    def plot_timeline(self, issue: str | int | Issue | None = None) -> SVGFigure:
        """Contributions per day (or week) over the consultation, or of one issue (by id, label or rank)."""
        from spaser_nlp.report.charts import timeline_chart

        return timeline_chart(self, issue=self._issue_id(issue))

    def plot_author_types(self, issue: str | int | Issue | None = None) -> SVGFigure:
        """Contributions per author type, of the consultation or of one issue."""
        from spaser_nlp.report.charts import author_types_chart

        return author_types_chart(self, issue=self._issue_id(issue))

    def _issue_id(self, issue: str | int | Issue | None) -> str | None:
        if issue is None:
            return None
        return issue.id if isinstance(issue, Issue) else self.issue(issue).id

    def __repr__(self) -> str:
        return (
            f"<ConsultationResult: {len(self.contributions)} contributions, {len(self.issues)} issues, "
            f"{len(self.duplicates)} duplicate groups>"
        )

    def _repr_html_(self) -> str:
        from spaser_nlp.consult.display import result_html

        return result_html(self)
