"""The French, self-contained HTML report of a consultation analysis.

Inline CSS, SVG and a little JavaScript (search in the issue cards); no
network access is needed to view it. The output is deterministic. A
Content-Security-Policy meta tag allows exactly that script (by its hash) and
inline styles, and nothing from the network.
"""

from __future__ import annotations

import base64
import hashlib
import json
from html import escape
from typing import Any

import numpy as np

from spaser_nlp.errors import SpaserError
from spaser_nlp.report._assets import PALETTE, SCRIPT, STYLE


def _theme_label(theme_id: str) -> str:
    """The French label analysts read for a taxonomy id (the id itself if the taxonomy is unavailable)."""
    try:
        from spaser_nlp.classify.taxonomy import load_taxonomy

        return load_taxonomy().label(theme_id)
    except (ImportError, KeyError, SpaserError):  # the report must render even without the taxonomy
        return theme_id


def content_security_policy(script: str = SCRIPT) -> str:
    """The report's Content-Security-Policy: its one inline script (by hash), inline styles, nothing else.

    No network: no fetch, image, font, frame or form target outside the file itself.
    """
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return (
        f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )


_CSP = content_security_policy()
_MAP_POINTS = 3000
_FLAG_LABELS = {
    "vide": "vide",
    "trop_court": "trop courte",
    "illisible": "illisible (presque sans mots)",
    "non_francais": "pas en français",
    "hors_sujet": "hors sujet (proche d'aucun enjeu)",
}


def _colour(rank: int) -> str:
    return PALETTE[(rank - 1) % len(PALETTE)]


def _fmt_share(share: float) -> str:
    return f"{share * 100:.1f} %".replace(".", ",")


def _bar_chart(result: Any) -> str:
    issues = result.issues
    if not issues:
        return "<p>Aucun enjeu.</p>"
    width, row, label_w = 760, 26, 330
    top = max(i.size for i in issues) or 1
    height = row * len(issues) + 10
    bars = []
    for n, issue in enumerate(issues):
        y = 5 + n * row
        w = max(2.0, (width - label_w - 90) * issue.size / top)
        label = issue.label if len(issue.label) <= 48 else issue.label[:47] + "…"
        bars.append(
            f'<g><title>{escape(issue.label)} : {issue.size} contributions</title>'
            f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end" class="bar-label">{issue.rank}. {escape(label)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row - 8}" fill="{_colour(issue.rank)}" rx="3"/>'
            f'<text x="{label_w + w + 6:.1f}" y="{y + 16}" class="bar-value">{issue.size} ({_fmt_share(issue.share)})</text></g>'
        )
    return (
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Enjeux classés par nombre de contributions">{"".join(bars)}</svg>'
    )


def _map(result: Any) -> str:
    frame = result.contributions
    if len(frame) < 3:
        return "<p>Trop peu de contributions pour une carte.</p>"
    rank_of = {issue.id: issue.rank for issue in result.issues}
    label_of = {issue.id: issue.label for issue in result.issues}
    rows = np.arange(len(frame))
    if rows.size > _MAP_POINTS:
        rows = np.sort(np.random.default_rng(0).choice(rows, size=_MAP_POINTS, replace=False))
    xs, ys = frame["x"].to_numpy(dtype=float), frame["y"].to_numpy(dtype=float)
    x0, x1, y0, y1 = xs.min(), xs.max(), ys.min(), ys.max()
    size = 560

    def scale(value: float, low: float, high: float) -> float:
        return 20 + (size - 40) * ((value - low) / ((high - low) or 1.0))

    points = []
    for row in rows:
        issue_id = frame["issue_id"].iat[row]
        colour = _colour(rank_of[issue_id]) if issue_id else "#999999"
        title = f"{frame['id'].iat[row]} — {label_of.get(issue_id, 'non classée')}"
        points.append(
            f'<circle cx="{scale(xs[row], x0, x1):.1f}" cy="{size - scale(ys[row], y0, y1):.1f}" r="4" '
            f'fill="{colour}" fill-opacity="0.75"><title>{escape(title)}</title></circle>'
        )
    legend = "".join(
        f'<li><span class="swatch" style="background:{_colour(i.rank)}"></span>{i.rank}. {escape(i.label)}</li>'
        for i in result.issues
    )
    return (
        f'<div class="map"><svg viewBox="0 0 {size} {size}" role="img" aria-label="Carte des contributions">'
        f'{"".join(points)}</svg><ul class="legend">{legend}'
        '<li><span class="swatch" style="background:#999999"></span>non classée</li></ul></div>'
    )


def _card(issue: Any) -> str:
    quotes = "".join(
        f'<blockquote>« {escape(q.text)} »<cite>contribution {escape(q.id)}</cite></blockquote>' for q in issue.quotes
    )
    keywords = "".join(f'<span class="chip">{escape(k)}</span>' for k in issue.keywords)
    authors = ", ".join(f"{n} {escape(kind)}" for kind, n in issue.author_kinds.items())
    themes = ", ".join(escape(_theme_label(t["theme"])) for t in issue.themes) or "—"
    schema = ""
    if issue.schema_match is not None:
        match = issue.schema_match
        page = f"p. {match.page}" if match.page else "page inconnue"
        schema = (
            f'<p class="schema {escape(match.verdict.replace(" ", "-"))}"><strong>Schéma : {escape(match.verdict)}</strong> '
            f'({page}, similarité {match.similarity:.2f}) — « {escape(match.passage)} »</p>'
        )
    campaigns = f"<p>Campagnes : {escape(', '.join(issue.campaigns))}</p>" if issue.campaigns else ""
    return f"""
<article class="card" id="{escape(issue.id)}" data-rank="{issue.rank}" style="border-left-color:{_colour(issue.rank)}">
  <h3><span class="rank">{issue.rank}</span> {escape(issue.label)} <small>{escape(issue.id)}</small></h3>
  <p class="meta">{issue.size} contributions ({_fmt_share(issue.share)}) · {issue.n_distinct_arguments} arguments distincts
  · {issue.n_mentions} mentions{f" · {issue.n_authors} auteurs" if issue.n_authors is not None else ""}</p>
  <p class="reason">{escape(issue.priority_reason)}</p>
  <p class="keywords">{keywords}</p>
  {quotes}
  <p class="who">Auteurs : {authors or "—"} · Thèmes SPASER : {themes}</p>
  {campaigns}{schema}
</article>"""


def _duplicates(result: Any) -> str:
    if not result.duplicates:
        return "<p>Aucun doublon ni campagne détecté.</p>"
    rows = "".join(
        f"<tr><td>{escape(d.id)}</td><td>{ {'campagne': 'campagne', 'populaire': 'réponse populaire'}.get(d.kind, 'doublon') }</td><td>{d.size}</td>"
        f"<td>{escape(', '.join(d.ids[:12]))}{' …' if len(d.ids) > 12 else ''}</td><td>{escape(d.text[:200])}</td></tr>"
        for d in sorted(result.duplicates, key=lambda d: (-d.size, d.id))[:200]
    )
    return (
        "<table><thead><tr><th>Groupe</th><th>Type</th><th>Taille</th><th>Contributions</th><th>Texte</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def _flagged(result: Any) -> str:
    frame = result.contributions
    flagged = frame[frame["flag"] != ""]
    if flagged.empty:
        return "<p>Aucune contribution signalée.</p>"
    rows = "".join(
        f"<tr><td>{escape(r.id)}</td><td>{escape(_FLAG_LABELS.get(r.flag, r.flag))}</td><td>{escape(r.text[:200])}</td></tr>"
        for r in flagged.head(300).itertuples()
    )
    more = f"<p>… et {len(flagged) - 300} autres (voir assignments.csv).</p>" if len(flagged) > 300 else ""
    return f"<table><thead><tr><th>Id</th><th>Motif</th><th>Texte</th></tr></thead><tbody>{rows}</tbody></table>{more}"


def render_report(result: Any, *, title: str = "Analyse de la consultation") -> str:
    """The report as one HTML string."""
    stats = result.stats
    summary = (
        f"<strong>{stats['n_contributions']}</strong> contributions, "
        f"<strong>{stats['n_distinct_arguments']}</strong> arguments distincts, "
        f"<strong>{stats['n_issues']}</strong> enjeux ; {stats['n_duplicate_groups']} groupes de doublons, "
        f"{stats['n_campaigns']} campagnes ; {stats['n_unassigned']} contributions non classées "
        f"({_fmt_share(stats['unassigned_share'])})."
    )
    settings = escape(json.dumps({"settings": result.settings, "stats": stats}, ensure_ascii=False, indent=2))
    cards = "".join(_card(issue) for issue in result.issues)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="{escape(_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title><style>{STYLE}</style></head>
<body>
<header><h1>{escape(title)}</h1><p class="summary">{summary}</p></header>
<nav><a href="#enjeux">Enjeux</a> · <a href="#carte">Carte</a> · <a href="#doublons">Doublons et campagnes</a>
 · <a href="#signalees">Contributions signalées</a> · <a href="#methode">Méthode</a></nav>
<section id="classement"><h2>Enjeux prioritaires</h2>{_bar_chart(result)}</section>
<section id="enjeux"><h2>Fiches des enjeux</h2>
<p><label>Filtrer les enjeux : <input id="filter" type="search" placeholder="mot-clé, citation…"></label>
<span id="js-status" aria-live="polite"></span></p>
<div id="cards">{cards}</div></section>
<section id="carte"><h2>Carte des contributions</h2>
<p>Chaque point est une contribution, placée par analyse en composantes principales de son plongement ; la couleur est son enjeu principal.</p>
{_map(result)}</section>
<section id="doublons"><h2>Doublons et campagnes</h2>
<p>{stats['n_in_duplicate_groups']} contributions font partie de groupes de textes identiques ou quasi identiques ;
chaque groupe ne compte qu'une fois pour former les enjeux.</p>{_duplicates(result)}</section>
<section id="signalees"><h2>Contributions signalées</h2>{_flagged(result)}</section>
<section id="methode"><h2>Méthode et paramètres</h2>
<p>Contributions nettoyées et signalées (vides, pas en français, hors sujet) ; doublons, campagnes et réponses populaires repérés par MinHash ;
textes plongés par « {escape(str(result.settings.get('embedder_name', '')))} » ; enjeux formés par classification hiérarchique (Ward)
avec environ √n enjeux (n : arguments distincts) ; chaque contribution non vide et en français rattachée à l'enjeu le plus proche,
et aux enjeux de ses idées (éléments d'une liste, phrases) ; les réponses « non / aucun / personne » forment un enjeu
quand elles sont nombreuses. Libellés tirés des groupes nominaux
des contributions les plus centrales ; mots-clés par TF-IDF de classe sur les lemmes ; citations centrales et variées.</p>
<pre>{settings}</pre></section>
<footer>Produit par spaser_nlp {escape(str(result.settings.get('version', '')))}.</footer>
<script>{SCRIPT}</script>
</body></html>
"""
