"""How a consultation result shows itself in a notebook: issues found by label, short HTML summaries.

Summaries stay short (the ten first issues, three quotes): the frames are there for the rest.

>>> normalise_label("  Transports PUBLICS ")
'transports publics'
>>> normalise_label("Accès à l’eau") == normalise_label("acces a l'eau")
True
"""

from __future__ import annotations

import difflib
import html
import re
import unicodedata
from typing import TYPE_CHECKING

from spaser_nlp.errors import UnknownIssueError

if TYPE_CHECKING:
    from spaser_nlp.consult.model import ConsultationResult, Issue

#: Issues listed in a result's summary.
SUMMARY_ISSUES = 10
#: Quotes shown in an issue's summary, and characters kept of each.
SUMMARY_QUOTES = 3
QUOTE_CHARS = 300


def normalise_label(label: str) -> str:
    """Lower case, no accents, words only: what two spellings of a label share."""
    text = "".join(ch for ch in unicodedata.normalize("NFKD", label) if not unicodedata.combining(ch)).casefold()
    return " ".join(re.findall(r"[^\W_]+", text))


def find_issue(issues: list[Issue], key: str | int) -> Issue:
    """The issue with this id, label (case and accents ignored) or rank (an int, from 1).

    Raises :class:`~spaser_nlp.errors.UnknownIssueError` naming the closest labels.
    """
    if isinstance(key, int) and not isinstance(key, bool):
        for issue in issues:
            if issue.rank == key:
                return issue
        raise UnknownIssueError(f"no issue of rank {key}; ranks go from 1 to {len(issues)}")
    key = str(key)
    for issue in issues:
        if issue.id == key:
            return issue
    wanted = normalise_label(key)
    found = [issue for issue in issues if normalise_label(issue.label) == wanted]
    if len(found) == 1:
        return found[0]
    if found:
        ids = ", ".join(issue.id for issue in found)
        raise UnknownIssueError(f"{len(found)} issues are labelled {key!r} ({ids}); give the id")
    raise UnknownIssueError(f"no issue with id or label {key!r}; {_suggestions(issues, wanted)}")


def _suggestions(issues: list[Issue], wanted: str) -> str:
    by_label = {normalise_label(issue.label): issue for issue in issues}
    close = difflib.get_close_matches(wanted, list(by_label), n=3, cutoff=0.5)
    close += [label for label in by_label if wanted and wanted in label and label not in close]
    if close:
        return "closest: " + ", ".join(f"{by_label[label].label!r} ({by_label[label].id})" for label in close[:5])
    shown = ", ".join(repr(issue.label) for issue in issues[:8])
    return f"labels: {shown}{', …' if len(issues) > 8 else ''}" if issues else "the result has no issue"


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _cut(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def result_html(result: ConsultationResult) -> str:
    """A few lines and the first issues as a table (French, for analysts)."""
    from spaser_nlp.report._french import number, percent, plural

    stats = result.stats
    n = int(stats.get("n_contributions", len(result.contributions)))
    parts = [
        plural(n, "contribution"),
        plural(int(stats.get("n_distinct_arguments", 0)), "argument distinct", "arguments distincts"),
        plural(len(result.issues), "enjeu", "enjeux"),
        plural(int(stats.get("n_campaigns", 0)), "campagne"),
        plural(int(stats.get("n_unassigned", 0)), "non classée", "non classées")
        + f" ({percent(float(stats.get('unassigned_share', 0.0)))})",
    ]
    rows = []
    for issue in result.issues[:SUMMARY_ISSUES]:
        rows.append(
            f"<tr><td>{issue.rank}</td><td>{_e(issue.label)}</td><td style='text-align:right'>{number(issue.size)}</td>"
            f"<td style='text-align:right'>{_e(percent(issue.share))}</td>"
            f"<td style='text-align:right'>{number(issue.n_distinct_arguments)}</td>"
            f"<td>{_e(', '.join(issue.keywords[:4]))}</td><td><code>{_e(issue.id)}</code></td></tr>"
        )
    more = len(result.issues) - SUMMARY_ISSUES
    tail = f"<p>… et {plural(more, 'autre enjeu', 'autres enjeux')} : <code>result.issues_frame</code></p>" if more > 0 else ""
    table = (
        "<table><thead><tr><th>Rang</th><th>Enjeu</th><th>Contributions</th><th>Part</th><th>Arguments distincts</th>"
        "<th>Mots-clés</th><th>Id</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    ) if rows else "<p>Aucun enjeu.</p>"
    return (
        "<div class='spaser-consultation'>"
        f"<p><b>Consultation</b> : {_e(', '.join(parts))}.</p>{table}{tail}"
        "<p><small><code>result.issue(\"libellé\")</code>, <code>result.contributions</code>, "
        "<code>result.plot_issues()</code>, <code>result.plot_map()</code>, <code>result.plot_timeline()</code></small></p>"
        "</div>"
    )


_KINDS = {"citoyen": ("citoyen", "citoyens"), "organisation": ("organisation", "organisations"),
          "inconnu": ("auteur de type inconnu", "auteurs de type inconnu")}


def issue_html(issue: Issue) -> str:
    """The issue's figures, keywords and first quotes (French, for analysts)."""
    from spaser_nlp.report._french import percent, plural

    figures = [
        plural(issue.size, "contribution") + f" ({percent(issue.share)})",
        plural(issue.n_distinct_arguments, "argument distinct", "arguments distincts"),
    ]
    if issue.n_authors is not None:
        figures.append(plural(issue.n_authors, "auteur distinct", "auteurs distincts"))
    if issue.n_mentions != issue.size:
        figures.append(f"mentionné par {plural(issue.n_mentions, 'contribution')}")
    lines = [f"<p><b>{issue.rank}. {_e(issue.label)}</b> <code>{_e(issue.id)}</code> : {_e(', '.join(figures))}.</p>"]
    if issue.author_kinds:
        kinds = ", ".join(plural(count, *_KINDS.get(kind, (kind, kind))) for kind, count in sorted(issue.author_kinds.items()))
        lines.append(f"<p>Auteurs : {_e(kinds)}.</p>")
    if any(issue.stance.values()):
        lines.append("<p>Position : " + ", ".join(f"{_e(k)} {v}" for k, v in issue.stance.items()) + ".</p>")
    if issue.keywords:
        lines.append(f"<p>Mots-clés : {_e(', '.join(issue.keywords))}.</p>")
    quotes = "".join(f"<li>« {_e(_cut(quote.text))} » <small>({_e(quote.id)})</small></li>" for quote in issue.quotes[:SUMMARY_QUOTES])
    if quotes:
        lines.append(f"<ul>{quotes}</ul>")
    return "<div class='spaser-issue'>" + "".join(lines) + "</div>"


__all__ = ["find_issue", "issue_html", "normalise_label", "result_html"]
