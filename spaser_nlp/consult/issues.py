"""Describe each cluster as an :class:`~spaser_nlp.consult.model.Issue` and rank them."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from spaser_nlp.consult.label_check import _known_forms, keyword_problems, label_key, label_problems, real_words
from spaser_nlp.consult.labels import (
    central_and_diverse,
    choose_label,
    class_tfidf,
    parse_texts,
    quick_lemmas,
    shorten,
)
from spaser_nlp.consult.model import ConsultSettings, Issue, Quote

#: Contributions lemmatised per issue for keywords (the most central ones), and for labels.
KEYWORD_SAMPLE = 200
LABEL_SAMPLE = 6


def issue_id_for(member_ids: list[str]) -> str:
    """A stable id from the ids of an issue's most central contributions.

    >>> issue_id_for(["12", "3"])
    'E-37e299'
    """
    digest = hashlib.sha1("|".join(sorted(member_ids)).encode()).hexdigest()[:6]
    return f"E-{digest}"


def _memoised(function: Any, kind: str, texts: list[str], memo: dict[tuple[str, str], Any]) -> list[Any]:
    """``function(texts)`` computed only for the texts not yet in ``memo``."""
    missing = list(dict.fromkeys(t for t in texts if (kind, t) not in memo))
    if missing:
        memo.update({(kind, t): value for t, value in zip(missing, function(missing))})
    return [memo[(kind, t)] for t in texts]


def _central_rows(rows: np.ndarray, sims: np.ndarray, limit: int) -> np.ndarray:
    order = np.lexsort((rows, -sims[rows]))
    return rows[order][:limit]


_QUANTIFIERS = re.compile(r"^(?:(?:un\s+peu\s+)?(?:plus|moins|davantage|beaucoup|assez|pas|trop)\s+(?:de|d['’])\s*|"
                          r"(?:des|du|de\s+la|de\s+l['’]|les|le|la|l['’])\s*)", re.IGNORECASE)


def popular_label(text: str, known: Any) -> str:
    """A popular short answer as a label: quantifier and article dropped, case and accents fixed.

    >>> popular_label("PLUS DE BIO !", lambda w: True)
    'Bio'
    """
    from spaser_nlp.consult.label_check import MAX_WORDS, fix_label

    words = re.sub(r"[\s.!?;:…]+$", "", " ".join(text.split()))
    words = _QUANTIFIERS.sub("", words.lower() if words.isupper() else words)
    if not words or len(words.split()) > MAX_WORDS:
        return ""
    return fix_label(words, known)


def issue_members(
    primary: np.ndarray, memberships: list[list[int]], k: int
) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Per issue, the rows whose primary issue it is, and every row carrying it (primary or not)."""
    carriers: list[list[int]] = [[] for _ in range(k)]
    for row, issues in enumerate(memberships):
        for j in issues:
            carriers[j].append(row)
    return [np.flatnonzero(primary == j) for j in range(k)], [np.array(sorted(set(c)), dtype=int) for c in carriers]


def member_text(
    texts: Sequence[str], units: Sequence[int], row: int, j: int, primary: np.ndarray,
    unit_texts: dict[tuple[int, int], str],
) -> str:
    """What an issue's member says about it: the whole answer when it is the answer's primary issue,
    else the idea unit of the answer that pointed to it (the whole answer when none did).

    ``texts`` and ``units``: the frame's ``text`` and ``unit`` columns as lists (no frame look-up per call).
    """
    if int(primary[row]) == j:
        return texts[row]
    return unit_texts.get((int(units[row]), j), texts[row])


def describe_issues(
    frame: pd.DataFrame,
    vectors: np.ndarray,
    centroids: np.ndarray,
    similarities: np.ndarray,
    primary: np.ndarray,
    memberships: list[list[int]],
    settings: ConsultSettings,
    *,
    fixed: dict[int, dict] | None = None,
    unit_texts: dict[tuple[int, int], str] | None = None,
    scores: list[dict[int, float]] | None = None,
    unnamed: list[int] | None = None,
    memo: dict[tuple[str, str], Any] | None = None,
) -> list[Issue]:
    """One :class:`Issue` per centroid (``fixed[k]`` may give ``id``, ``label``, ``keywords``, ``pinned``).

    An issue is described (keywords, label, quotes) from every answer carrying it: the whole answer
    when it is its primary issue, else the idea unit that raised it (``unit_texts``, keyed by the
    duplicate group's representative row and the issue), ranked by ``scores`` (the unit's similarity).
    ``unnamed`` (filled in place): the issues whose chosen label still breaks a label rule (no phrase
    names at least half of their texts...), for the caller to dissolve. ``memo``: lemmas and parses
    of texts already seen (kept by the caller between rounds of dissolving).
    """
    fixed = fixed or {}
    unit_texts = unit_texts or {}
    k = centroids.shape[0]
    n_total = max(1, len(frame))
    clean = (frame["flag"].to_numpy() == "") & (frame["unit"].to_numpy() == np.arange(len(frame)))
    member_rows, carrier_rows = issue_members(primary, memberships, k)
    closeness = similarities.copy() if similarities.size else similarities
    if scores is not None and closeness.size:
        for row, per_issue in enumerate(scores):
            for j, value in per_issue.items():
                if int(primary[row]) != j:
                    closeness[row, j] = value
    sample_rows = [
        _central_rows(rows[clean[rows]] if clean[rows].any() else rows, closeness[:, j], KEYWORD_SAMPLE)
        for j, rows in enumerate(carrier_rows)
    ]

    texts, units = frame["text"].tolist(), frame["unit"].tolist()

    def text_of(row: int, j: int) -> str:
        return member_text(texts, units, row, j, primary, unit_texts)

    pairs = sorted({(int(r), j) for j, rows in enumerate(sample_rows) for r in rows})
    memo = {} if memo is None else memo
    lemmas_of = dict(zip(pairs, _memoised(quick_lemmas, "lemmas", [text_of(r, j) for r, j in pairs], memo)))
    keywords = [
        real_words(ranked, [lemmas_of[(int(r), j)] for r in rows])[:8]
        for j, (ranked, rows) in enumerate(zip(
            class_tfidf([[lemmas_of[(int(r), j)] for r in rows] for j, rows in enumerate(sample_rows)], top=16),
            sample_rows,
        ))
    ]
    # Full tagging (for noun phrases) only for the few most central contributions of each issue.
    label_pairs = sorted({(int(r), j) for j, rows in enumerate(sample_rows) for r in rows[:LABEL_SAMPLE]})
    parsed_of = dict(zip(label_pairs, _memoised(parse_texts, "parsed", [text_of(r, j) for r, j in label_pairs], memo)))
    known = _known_forms()
    bad = set(keyword_problems(sorted({w for words in keywords for w, _ in words if ("keyword", w) not in memo}), known))
    memo.update({("keyword", w): w in bad for words in keywords for w, _ in words if ("keyword", w) not in memo})
    keywords = [[(w, x) for w, x in words if not memo[("keyword", w)]] for words in keywords]
    # All the answers, as far as labels need them: every sampled answer's whole text (once).
    background = [lemmas_of[(r, j)] for r, j in pairs if int(primary[r]) == j]
    mentions = Counter(j for issues in memberships for j in issues)
    issues, taken = [], set[tuple[str, ...]]()
    for j in range(k):
        rows = member_rows[j]
        quote_candidates = sample_rows[j][:40]
        chosen = central_and_diverse(quote_candidates, vectors[quote_candidates], centroids[j], n=settings.n_quotes)
        quotes = [
            Quote(frame["id"].iat[int(quote_candidates[c])], shorten(text_of(int(quote_candidates[c]), j)),
                  round(float(closeness[int(quote_candidates[c]), j]), 4))
            for c in chosen
        ]
        spec = fixed.get(j, {})
        before = set(taken)
        member_lemmas = [lemmas_of[(int(r), j)] for r in sample_rows[j]]
        # Judged on every answer carrying it (copies and off-topic answers too), as the label check reads it.
        judged = _memoised(quick_lemmas, "lemmas", [text_of(int(r), j) for r in carrier_rows[j]], memo)
        label = spec.get("label") or choose_label(
            [parsed_of[(int(r), j)] for r in sample_rows[j][:LABEL_SAMPLE]], keywords[j], taken, member_lemmas,
            background,
        )
        if spec.get("popular") and (not label or label_problems(label, known=known, member_lemmas=judged, taken=before)):
            # A popular short answer is its own best name ("Plus de bio" -> "Bio").
            own = popular_label(str(frame["text"].iat[int(rows[0])]) if rows.size else "", known)
            if own and not label_problems(own, known=known, taken=before, first_only=True):
                label = own
                taken.add(label_key(own))
        if unnamed is not None and not spec.get("label") and label_problems(
            label, known=known, member_lemmas=judged, taken=before, first_only=True, background=background,
        ):
            unnamed.append(j)
        if spec.get("label"):
            taken.add(label_key(label))
        issue_id = spec.get("id") or issue_id_for([frame["id"].iat[int(r)] for r in sample_rows[j][:3]])
        authors = [a for a in frame["author"].iloc[rows] if a]
        groups = frame["duplicate_group"].iloc[rows]
        distinct = int(sum(1 for g in groups if not g) + len({g for g in groups if g}))
        issues.append(
            Issue(
                id=issue_id,
                label=label,
                keywords=list(spec.get("keywords") or [w for w, _ in keywords[j]]),
                quotes=quotes,
                size=int(rows.size),
                share=round(rows.size / n_total, 4),
                n_mentions=int(mentions.get(j, 0)),
                n_distinct_arguments=distinct,
                n_authors=len(set(authors)) if frame["author"].any() else None,
                author_kinds=dict(sorted(Counter(frame["author_kind"].iloc[rows]).items())),
                author_types=dict(sorted(Counter(t for t in frame["author_type"].iloc[rows] if t).items())),
                campaigns=sorted({g for g in groups if g.startswith("C")}),
                pinned=list(spec.get("pinned", [])),
                origin="codebook" if spec.get("id") else "nouveau",
            )
        )
    _dedupe_ids(issues)
    return issues


def _dedupe_ids(issues: list[Issue]) -> None:
    seen: Counter[str] = Counter()
    for issue in issues:
        seen[issue.id] += 1
        if seen[issue.id] > 1:
            issue.id = f"{issue.id}-{seen[issue.id]}"


def rank_issues(issues: list[Issue]) -> list[Issue]:
    """Rank by distinct arguments (a campaign counts once), then distinct authors, then mentions."""
    ordered = sorted(
        issues, key=lambda i: (-i.n_distinct_arguments, -(i.n_authors or 0), -i.n_mentions, i.label, i.id)
    )
    for rank, issue in enumerate(ordered, start=1):
        issue.rank = rank
        issue.priority_reason = _reason(issue)
    return ordered


def rank_reason(issue: Issue, *, author_kinds: bool = False) -> str:
    """What ranks ``issue``, in French: distinct arguments, contributions (or mentions only), authors, campaigns.

    The report's issue cards show it as is; ``priority_reason`` (the workbook's *Raison du rang*) adds the
    rank and, with ``author_kinds``, the citizens / organisations split.
    """
    from spaser_nlp.report._french import percent, plural

    parts = [plural(issue.n_distinct_arguments, "argument distinct", "arguments distincts")]
    if issue.size == 0:  # raised only inside answers whose main issue is another one
        parts.append(f"enjeu secondaire seulement, cité par {plural(issue.n_mentions, 'contribution')}")
    else:
        parts.append(f"{plural(issue.size, 'contribution')} ({percent(issue.share)})")
    if issue.n_mentions > issue.size > 0:
        parts.append(f"cité aussi en enjeu secondaire par {plural(issue.n_mentions - issue.size, 'contribution')}")
    if issue.n_authors is not None:
        parts.append(plural(issue.n_authors, "auteur distinct", "auteurs distincts"))
    organisations = issue.author_kinds.get("organisation", 0)
    citizens = issue.author_kinds.get("citoyen", 0)
    if author_kinds and (organisations or citizens):
        parts.append(f"{plural(citizens, 'citoyen')} / {plural(organisations, 'organisation')}")
    if issue.campaigns:
        word = "la campagne" if len(issue.campaigns) == 1 else "les campagnes"
        parts.append(f"dont {word} {', '.join(issue.campaigns)} comptée{'s' if len(issue.campaigns) > 1 else ''} une fois")
    return " ; ".join(parts)


def _reason(issue: Issue) -> str:
    return f"Rang {issue.rank} : " + rank_reason(issue, author_kinds=True)
