"""French renderings of a :class:`~spaser_nlp.comparison.diff.SchemaDiff`: plain text and a self-contained HTML page."""

from __future__ import annotations

from html import escape

from spaser_nlp.comparison.dashboard import _CSP, _STYLE, _number
from spaser_nlp.comparison.diff import ObjectiveView, SchemaDiff

STATUS_FR = {"raised": "relevé", "lowered": "abaissé", "same": "inchangé", "added": "ajouté", "dropped": "supprimé"}
AXIS_FR = {"same": "inchangé", "renamed": "renommé", "new": "nouveau", "removed": "supprimé"}
CHECK_FR = {"met": "conforme", "partial": "partiel", "missing": "absent", "not_applicable": "non applicable", None: "—"}


def _objective(view: ObjectiveView | None) -> str:
    if view is None:
        return "—"
    unit = "%" if view.unit == "%" else view.unit
    horizon = f" en {view.horizon_year}" if view.horizon_year else ""
    return f"{_number(view.value)} {unit} — {view.subject or view.text}{horizon}"


def _summary(diff: SchemaDiff) -> str:
    counts = diff.counts()
    parts = [f"{counts[s]} {STATUS_FR[s]}{'s' if counts[s] > 1 else ''}" for s in STATUS_FR if counts.get(s)]
    return ", ".join(parts) or "aucun objectif chiffré"


def diff_text(diff: SchemaDiff) -> str:
    """The comparison as French text lines (for the terminal)."""
    lines = [f"{diff.before}  →  {diff.after}", f"Objectifs chiffrés : {_summary(diff)}."]
    for change in diff.objectives:
        lines.append(f"  [{STATUS_FR[change.status]}] {_objective(change.before)}  →  {_objective(change.after)}")
    if diff.axes:
        lines.append("Axes :")
        lines += [f"  [{AXIS_FR[a.status]}] {a.before or '—'}  →  {a.after or '—'}" for a in diff.axes]
    if diff.checklist:
        lines.append("Conformité :")
        lines += [f"  {rule} : {CHECK_FR.get(b, b)} → {CHECK_FR.get(a, a)}" for rule, b, a in diff.checklist]
    return "\n".join(lines)


def diff_html(diff: SchemaDiff) -> str:
    """The comparison as one self-contained French HTML page."""
    rows = "".join(
        f'<tr class="{c.status}"><td>{STATUS_FR[c.status]}</td><td>{escape(_objective(c.before))}</td>'
        f"<td>{escape(_objective(c.after))}</td>"
        f"<td>{escape(c.view.text)}</td></tr>"
        for c in diff.objectives
    )
    axes = "".join(
        f"<tr><td>{AXIS_FR[a.status]}</td><td>{escape(a.before or '—')}</td><td>{escape(a.after or '—')}</td></tr>" for a in diff.axes
    )
    checks = "".join(
        f"<tr><td>{escape(rule)}</td><td>{CHECK_FR.get(b, b)}</td><td>{CHECK_FR.get(a, a)}</td></tr>" for rule, b, a in diff.checklist
    )
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="{_CSP}">
<title>Deux générations de schéma</title><style>{_STYLE}
tr.raised td:first-child{{color:#1f7a3a}}tr.lowered td:first-child{{color:#a33}}tr.added td:first-child{{color:#2f6f8f}}</style></head>
<body><h1>{escape(diff.before)} → {escape(diff.after)}</h1><p>Objectifs chiffrés : {escape(_summary(diff))}.</p>
<h2>Objectifs chiffrés</h2><table id="objectives"><thead><tr><th>Évolution</th><th>Avant</th><th>Après</th><th>Phrase</th></tr></thead><tbody>{rows}</tbody></table>
<h2>Axes</h2><table id="axes"><thead><tr><th>Évolution</th><th>Avant</th><th>Après</th></tr></thead><tbody>{axes}</tbody></table>
<h2>Conformité</h2><table id="checklist"><thead><tr><th>Règle</th><th>Avant</th><th>Après</th></tr></thead><tbody>{checks or '<tr><td colspan="3">aucun changement</td></tr>'}</tbody></table>
</body></html>
"""


__all__ = ["diff_html", "diff_text"]
