"""Charts of a consultation analysis as hand-written SVG figures (no plotting library).

The same drawings serve the HTML report (``report.html`` embeds them inline) and notebooks
(``result.plot_issues()`` and friends return them; Jupyter shows an
:class:`~spaser_nlp.comparison.figures.SVGFigure` inline, ``figure.save("x.svg")`` writes it).
Style follows the comparison dashboard's bars; labels and numbers are French
(:mod:`spaser_nlp.report._french`). Every text is escaped. Stable signatures:

- :func:`issues_chart` ``(result)``: one bar per issue in rank order. The ranking is by distinct
  arguments (a campaign or a group of copies counts once), so the solid part of each bar is the
  distinct arguments and the pale part the copies: the whole bar is the contributions.
- :func:`map_chart` ``(result)``: the contributions as points (their 2-D ``x``, ``y``), coloured by
  main issue, at most 3,000 points (a seeded sample above that), with a legend.
- :func:`timeline_chart` ``(result, issue=None, *, dates=None)``: contributions per day, week or
  month (chosen from the consultation's span, so that issues share one axis), for the whole
  consultation or the contributions whose main issue is ``issue`` (``dates``: the ``date`` column
  already parsed, to save parsing it for each issue).
- :func:`author_types_chart` ``(result, issue=None)``: contributions per author type, likewise.

``issue`` is an :class:`~spaser_nlp.consult.model.Issue`, an issue id or an issue label.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from html import escape
from typing import Any

import numpy as np

from spaser_nlp.comparison.figures import SVGFigure
from spaser_nlp.report._assets import PALETTE
from spaser_nlp.report._french import date as french_date
from spaser_nlp.report._french import number, parse_dates, percent, plural

#: Points drawn on the map at most (a seeded sample above that).
MAP_POINTS = 3000
UNASSIGNED_COLOUR = "#999999"
_FONT = 'font-family="system-ui,-apple-system,Segoe UI,Roboto,sans-serif" font-size="12"'
_MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")


def colour(rank: int) -> str:
    """The colour of the issue of rank ``rank`` (1-based), the same in every chart and in the report."""
    return PALETTE[(max(rank, 1) - 1) % len(PALETTE)]


def _svg(width: int, height: int, label: str, body: str) -> SVGFigure:
    return SVGFigure(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="{escape(label)}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" {_FONT}>'
        f"<title>{escape(label)}</title>{body}</svg>"
    )


def _empty(message: str, width: int = 620) -> SVGFigure:
    return _svg(width, 40, message, f'<text x="8" y="24" fill="#555">{escape(message)}</text>')


def _short(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def resolve_issue(result: Any, issue: Any) -> Any:
    """The :class:`Issue` of ``result`` given as an Issue, an id or a label (``KeyError`` if none)."""
    if issue is None or hasattr(issue, "rank"):
        return issue
    key = str(issue)
    for candidate in result.issues:
        if candidate.id == key:
            return candidate
    folded = key.casefold().strip()
    for candidate in result.issues:
        if candidate.label.casefold().strip() == folded:
            return candidate
    raise KeyError(key)


def _rows_of(result: Any, issue: Any) -> Any:
    frame = result.contributions
    found = resolve_issue(result, issue)
    if found is None or "issue_id" not in frame.columns:
        return frame, found
    return frame[frame["issue_id"].astype(str) == found.id], found


def issues_chart(result: Any) -> SVGFigure:
    """Bars of the ranked issues: distinct arguments (solid, the ranking) and copies (pale) make the contributions."""
    issues = list(result.issues)
    if not issues:
        return _empty("Aucun enjeu.")
    width, row, label_w = 900, 26, 280
    top = max(max(i.size, i.n_distinct_arguments) for i in issues) or 1
    scale = (width - label_w - 310) / top
    parts = []
    for n, issue in enumerate(issues):
        y = 22 + n * row
        distinct = min(issue.n_distinct_arguments, issue.size) if issue.size else issue.n_distinct_arguments
        copies = max(issue.size - distinct, 0)
        w1, w2 = max(2.0, distinct * scale), copies * scale
        fill = colour(issue.rank)
        value = (f"{plural(issue.n_distinct_arguments, 'argument distinct', 'arguments distincts')} · "
                 f"{plural(issue.size, 'contribution')} ({percent(issue.share)})")
        tip = f"{issue.rank}. {issue.label} : {value}"
        parts.append(
            f'<g class="bar" data-issue="{escape(issue.id)}"><title>{escape(tip)}</title>'
            f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end">{issue.rank}. {escape(_short(issue.label, 44))}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{w1:.1f}" height="{row - 8}" rx="2" fill="{fill}"/>'
            + (f'<rect x="{label_w + w1:.1f}" y="{y + 3}" width="{w2:.1f}" height="{row - 8}" rx="2" fill="{fill}" '
               f'fill-opacity="0.35"/>' if w2 > 0 else "")
            + f'<text x="{label_w + w1 + w2 + 6:.1f}" y="{y + 16}" fill="#444" font-size="11">{escape(value)}</text></g>'
        )
    legend = (
        f'<rect x="{label_w}" y="4" width="12" height="10" fill="#555"/><text x="{label_w + 16}" y="13" font-size="11">'
        'arguments distincts (rang)</text>'
        f'<rect x="{label_w + 170}" y="4" width="12" height="10" fill="#555" fill-opacity="0.35"/>'
        f'<text x="{label_w + 186}" y="13" font-size="11">copies (doublons, campagnes)</text>'
    )
    height = 22 + row * len(issues) + 6
    return _svg(width, height, "Enjeux classés par arguments distincts", legend + "".join(parts))


def map_chart(result: Any) -> SVGFigure:
    """The contributions as points coloured by main issue (hover: id, issue, start of the text)."""
    frame = result.contributions
    if len(frame) < 3 or "x" not in frame.columns or "y" not in frame.columns:
        return _empty("Trop peu de contributions pour une carte.")
    by_id = {issue.id: issue for issue in result.issues}
    rows = np.arange(len(frame))
    if rows.size > MAP_POINTS:
        rows = np.sort(np.random.default_rng(0).choice(rows, size=MAP_POINTS, replace=False))
    xs = frame["x"].to_numpy(dtype=float)
    ys = frame["y"].to_numpy(dtype=float)
    finite = np.isfinite(xs) & np.isfinite(ys)
    if not finite.any():
        return _empty("Pas de coordonnées pour une carte.")
    x0, x1, y0, y1 = xs[finite].min(), xs[finite].max(), ys[finite].min(), ys[finite].max()
    size, legend_w = 560, 300

    def scale(value: float, low: float, high: float) -> float:
        return 20 + (size - 40) * ((value - low) / ((high - low) or 1.0))

    ids = frame["id"].astype(str).to_numpy()
    issue_ids = frame["issue_id"].astype(str).to_numpy() if "issue_id" in frame.columns else np.full(len(frame), "")
    texts = frame["text"].astype(str).to_numpy() if "text" in frame.columns else np.full(len(frame), "")
    points = [f'<rect x="0" y="0" width="{size}" height="{size}" fill="#fff" stroke="#ddd"/>']
    for row in rows:
        if not finite[row]:
            continue
        issue = by_id.get(issue_ids[row])
        fill = colour(issue.rank) if issue else UNASSIGNED_COLOUR
        tip = f"{ids[row]} — {issue.label if issue else 'sans enjeu'} — {_short(texts[row], 90)}"
        points.append(
            f'<circle cx="{scale(xs[row], x0, x1):.1f}" cy="{size - scale(ys[row], y0, y1):.1f}" r="4" fill="{fill}" '
            f'fill-opacity="0.75" data-issue="{escape(issue.id if issue else "")}"><title>{escape(tip)}</title></circle>'
        )
    legend = []
    entries = [(colour(i.rank), f"{i.rank}. {_short(i.label, 40)}") for i in result.issues] + [(UNASSIGNED_COLOUR, "sans enjeu")]
    for n, (fill, text) in enumerate(entries):
        y = 20 + n * 18
        legend.append(f'<circle cx="{size + 20}" cy="{y - 4}" r="5" fill="{fill}"/>'
                      f'<text x="{size + 30}" y="{y}" font-size="11">{escape(text)}</text>')
    height = max(size, 20 + 18 * len(entries))
    return _svg(size + legend_w, height, "Carte des contributions (une couleur par enjeu principal)",
                "".join(points) + "".join(legend))


def _period(stamps: list[dt.datetime]) -> tuple[str, list[dt.date]]:
    first, last = min(stamps).date(), max(stamps).date()
    span = (last - first).days
    if span <= 62:
        return "jour", [first + dt.timedelta(days=d) for d in range(span + 1)]
    if span <= 400:
        start = first - dt.timedelta(days=first.weekday())
        return "semaine", [start + dt.timedelta(weeks=w) for w in range((last - start).days // 7 + 1)]
    months, current = [], first.replace(day=1)
    while current <= last:
        months.append(current)
        current = (current.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return "mois", months


def _bucket(stamp: dt.datetime, unit: str) -> dt.date:
    day = stamp.date()
    if unit == "jour":
        return day
    if unit == "semaine":
        return day - dt.timedelta(days=day.weekday())
    return day.replace(day=1)


def _tick(day: dt.date, unit: str) -> str:
    return f"{_MONTHS[day.month - 1]} {day.year}" if unit == "mois" else f"{day.day} {_MONTHS[day.month - 1]}"


def timeline_chart(result: Any, issue: Any = None, *, dates: list[dt.datetime | None] | None = None) -> SVGFigure:
    """Contributions per day, week or month (all, or those whose main issue is ``issue``).

    ``dates``: the contributions' dates already parsed (one per row, ``None`` where unknown), to save
    parsing them again for each issue; read from the ``date`` column otherwise.
    """
    whole = result.contributions
    found = resolve_issue(result, issue)
    if dates is None:
        if "date" not in whole.columns:
            return _empty("Pas de dates dans l'export.")
        dates = parse_dates(whole["date"])
    all_stamps = [s for s in dates if s is not None]
    if not all_stamps:
        return _empty("Pas de dates lisibles dans l'export.")
    unit, periods = _period(all_stamps)  # the consultation's span, so that issues share one axis
    if found is not None and "issue_id" in whole.columns:
        mine = (whole["issue_id"].astype(str) == found.id).to_numpy()
        chosen = [d for d, keep in zip(dates, mine) if keep]
    else:
        chosen = list(dates)
    stamps = [s for s in chosen if s is not None]
    counts = Counter(_bucket(s, unit) for s in stamps)
    width, height, left, bottom = 620, 170, 40, 30
    top_count = max(counts.values(), default=0) or 1
    step = (width - left - 10) / len(periods)
    fill = colour(found.rank) if found is not None else "#2f6f8f"
    parts = [f'<line x1="{left}" y1="{height - bottom}" x2="{width - 6}" y2="{height - bottom}" stroke="#999"/>',
             f'<text x="{left - 4}" y="16" text-anchor="end" font-size="10">{number(top_count)}</text>',
             f'<text x="{left - 4}" y="{height - bottom}" text-anchor="end" font-size="10">0</text>']
    every = max(1, int(np.ceil(len(periods) / 8)))
    for n, day in enumerate(periods):
        count = counts.get(day, 0)
        x = left + n * step
        h = (height - bottom - 12) * count / top_count
        label = {"jour": "le", "semaine": "semaine du", "mois": "en"}[unit]
        when = f"{_MONTHS[day.month - 1]} {day.year}" if unit == "mois" else french_date(day)
        if count:
            parts.append(
                f'<rect x="{x + 0.5:.1f}" y="{height - bottom - h:.1f}" width="{max(step - 1, 1):.1f}" height="{h:.1f}" '
                f'fill="{fill}"><title>{escape(plural(count, "contribution"))} {label} {escape(when)}</title></rect>'
            )
        if n % every == 0:
            parts.append(f'<text x="{x + step / 2:.1f}" y="{height - bottom + 14}" text-anchor="middle" font-size="10">'
                         f"{escape(_tick(day, unit))}</text>")
    undated = len(chosen) - len(stamps)
    note = f"Contributions par {unit}" + (f" ({plural(undated, 'contribution')} sans date)" if undated else "")
    parts.append(f'<text x="{left}" y="{height - 4}" font-size="10" fill="#555">{escape(note)}</text>')
    what = f"Contributions dans le temps : {found.label}" if found is not None else "Contributions dans le temps"
    return _svg(width, height, what, "".join(parts))


def author_types_chart(result: Any, issue: Any = None) -> SVGFigure:
    """Contributions per author type (all, or those whose main issue is ``issue``)."""
    frame, found = _rows_of(result, issue)
    column = "author_type" if "author_type" in frame.columns else ("author_kind" if "author_kind" in frame.columns else None)
    if column is None or frame.empty:
        return _empty("Pas de type d'auteur dans l'export.")
    values = [str(v).strip() if isinstance(v, str) and str(v).strip() else "non précisé" for v in frame[column].tolist()]
    counts = sorted(Counter(values).items(), key=lambda kv: (-kv[1], kv[0]))
    width, row, label_w = 620, 22, 220
    top = counts[0][1] or 1
    total = len(values)
    fill = colour(found.rank) if found is not None else "#2f6f8f"
    parts = []
    for n, (kind, count) in enumerate(counts):
        y = 4 + n * row
        w = max(2.0, (width - label_w - 130) * count / top)
        value = f"{number(count)} ({percent(count / total)})"
        parts.append(
            f'<g><title>{escape(kind)} : {escape(plural(count, "contribution"))}</title>'
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{escape(_short(kind, 34))}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row - 7}" rx="2" fill="{fill}"/>'
            f'<text x="{label_w + w + 6:.1f}" y="{y + 15}" fill="#444" font-size="11">{escape(value)}</text></g>'
        )
    what = f"Types d'auteur : {found.label}" if found is not None else "Types d'auteur"
    return _svg(width, row * len(counts) + 8, what, "".join(parts))


__all__ = ["MAP_POINTS", "author_types_chart", "colour", "issues_chart", "map_chart", "resolve_issue", "timeline_chart"]
