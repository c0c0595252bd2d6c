"""The French, self-contained HTML report of a consultation analysis (``report.html``).

One file, no network: inline CSS, the SVG charts of :mod:`spaser_nlp.report.charts`, every
contribution once as compact JSON (:mod:`spaser_nlp.report._payload`) and one script that renders
them in pages of 50 with full-text search and filters (issue, author type, dates, flag, stance).
The view lives in the address's fragment (``#contributions?enjeu=E-…&q=cantine&page=3``), so it can
be linked to. A Content-Security-Policy meta tag allows exactly that script (by its hash) and inline
styles, nothing from the network. The output is deterministic; numbers, plurals and dates are
French (:mod:`spaser_nlp.report._french`).
"""

from __future__ import annotations

import base64
import hashlib
from html import escape
from typing import Any
from urllib.parse import quote

from spaser_nlp.errors import SpaserError
from spaser_nlp.report import charts
from spaser_nlp.report._assets import SCRIPT, STYLE
from spaser_nlp.report._french import date as french_date
from spaser_nlp.report._french import number, parse_dates, percent, plural
from spaser_nlp.report._payload import FLAG_LABELS, column, payload, script_json, stance_values
from spaser_nlp.report._sections import duplicates_section, filters_html, flagged_section, method_section

#: A consultation is "about purchasing" (SPASER themes shown) when at least this share of its
#: classified contributions sit in issues whose best theme scores at least ``THEME_CONFIDENCE``.
PURCHASING_SHARE = 0.5
THEME_CONFIDENCE = 0.8
#: Contributions embedded in the page at most (about 65 MB of HTML; browsers slow down past that).
#: Above it the report holds the first ones and says so; assignments.csv holds them all.
MAX_CONTRIBUTIONS = 300_000


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


def _theme_label(theme_id: str) -> str:
    """The French label analysts read for a taxonomy id (the id itself if the taxonomy is unavailable)."""
    try:
        from spaser_nlp.classify.taxonomy import load_taxonomy

        return str(load_taxonomy().label(theme_id))
    except (ImportError, KeyError, SpaserError):  # the report must render even without the taxonomy
        return theme_id


def about_purchasing(result: Any) -> bool:
    """Whether the consultation is about public purchasing, judged from its issues' SPASER themes.

    True when at least ``PURCHASING_SHARE`` of the contributions with an issue are in issues whose
    best theme has a score of at least ``THEME_CONFIDENCE``; False without themes.
    """
    total = sum(issue.size for issue in result.issues)
    if not total:
        return False
    confident = sum(
        issue.size for issue in result.issues
        if any(float(t.get("score", 0.0)) >= THEME_CONFIDENCE for t in issue.themes)
    )
    return confident / total >= PURCHASING_SHARE


def _kinds(author_kinds: dict[str, int]) -> str:
    words = {"citoyen": ("citoyen", "citoyens"), "organisation": ("organisation", "organisations"),
             "inconnu": ("auteur non précisé", "auteurs non précisés")}
    parts = [plural(n, *words.get(kind, (kind, kind))) for kind, n in author_kinds.items() if n]
    return ", ".join(parts)


def _reason(issue: Any) -> str:
    """What ranks the issue, in French (the ranking: distinct arguments, then authors, then mentions)."""
    from spaser_nlp.consult.issues import rank_reason

    return rank_reason(issue) + "."


def _card(issue: Any, *, themes: bool, stance_known: bool, dates: list[Any] | None, result: Any) -> str:
    quotes = "".join(
        f'<blockquote>« {escape(q.text)} »<cite><a href="#contributions?q={escape(quote(str(q.id), safe=""))}">contribution '
        f"{escape(q.id)}</a></cite></blockquote>" for q in issue.quotes
    )
    keywords = "".join(f'<span class="chip">{escape(k)}</span>' for k in issue.keywords)
    who = f'<p class="who">Auteurs : {escape(_kinds(issue.author_kinds)) or "—"}</p>'
    theme_line = ""
    if themes:
        names = ", ".join(escape(_theme_label(str(t["theme"]))) for t in issue.themes) or "—"
        theme_line = f'<p class="who">Thèmes SPASER : {names}</p>'
    stance = ""
    if stance_known and issue.stance and any(issue.stance.values()):
        stance = '<p class="who">Positions : ' + " ; ".join(
            f"{escape(k)} : {number(v)}" for k, v in issue.stance.items() if v) + "</p>"
    schema = ""
    if issue.schema_match is not None:
        match = issue.schema_match
        page = f"p. {match.page}" if match.page else "page inconnue"
        schema = (
            f'<p class="schema {escape(match.verdict.replace(" ", "-"))}"><strong>Schéma : {escape(match.verdict)}</strong> '
            f'({page}, similarité {number(round(match.similarity, 2))}) — « {escape(match.passage)} »</p>'
        )
    campaigns = f"<p>Campagnes : {escape(', '.join(issue.campaigns))}</p>" if issue.campaigns else ""
    figures = ""
    if dates is not None:
        figures += f"<figure>{charts.timeline_chart(result, issue, dates=dates).svg}</figure>"
    figures += f"<figure>{charts.author_types_chart(result, issue).svg}</figure>"
    secondary = issue.n_mentions - issue.size
    also = f" (et {plural(secondary, 'contribution')} qui le cite{'nt' if secondary > 1 else ''} en second)" if secondary > 0 else ""
    read = "Lire la contribution" if issue.size == 1 else f"Lire les {plural(issue.size, 'contribution')}"
    if issue.size == 0:
        read, also = f"Lire les {plural(secondary, 'contribution')} qui le citent", ""
        if secondary == 1:
            read = "Lire la contribution qui le cite"
    link = f"#contributions?enjeu={escape(quote(str(issue.id), safe=''))}"
    return f"""
<article class="card" id="{escape(issue.id)}" data-rank="{issue.rank}" style="border-left-color:{charts.colour(issue.rank)}">
  <h3><span class="rank">{issue.rank}</span> {escape(issue.label)} <small>{escape(issue.id)}</small></h3>
  <p class="meta">{escape(_reason(issue))}</p>
  <p class="keywords">{keywords}</p>
  {quotes}
  <p><a class="read" href="{link}">{read}{escape(also)}</a></p>
  {who}{stance}{theme_line}{campaigns}{schema}
  <details><summary>Dans le temps et par type d'auteur</summary><div class="charts">{figures}</div></details>
</article>"""


def _summary(result: Any, dates: list[Any] | None) -> str:
    stats = result.stats
    n_dup = int(stats.get("n_duplicate_groups", 0))
    n_campaigns = int(stats.get("n_campaigns", 0))
    text = (
        f"<strong>{plural(int(stats['n_contributions']), 'contribution')}</strong>, "
        f"<strong>{plural(int(stats['n_distinct_arguments']), 'argument distinct', 'arguments distincts')}</strong>, "
        f"<strong>{plural(int(stats['n_issues']), 'enjeu', 'enjeux')}</strong> ; "
        f"{plural(n_dup, 'groupe de doublons', 'groupes de doublons')}, {plural(n_campaigns, 'campagne')} ; "
        f"{plural(int(stats['n_unassigned']), 'contribution')} sans enjeu ({percent(float(stats['unassigned_share']))})."
    )
    known = [d for d in dates or [] if d is not None]
    if known:
        first, last = min(known), max(known)
        text += f" Contributions du {escape(french_date(first))} au {escape(french_date(last))}."
    return text


def _partial(data: dict[str, Any]) -> str:
    if data["n"] >= data["total"]:
        return ""
    return (f'<p class="partial"><strong>Ce rapport contient les {number(data["n"])} premières contributions sur '
            f'{number(data["total"])}</strong> (au-delà, un navigateur peine à ouvrir la page) ; toutes sont dans '
            "assignments.csv, et les chiffres des enjeux portent sur toutes.</p>")


_RANKING = (
    "Les enjeux sont classés par <strong>nombre d'arguments distincts</strong> : un groupe de textes identiques ou "
    "presque (doublons, campagne, réponse populaire) ne compte qu'une fois. À égalité, le nombre d'auteurs distincts, "
    "puis le nombre de contributions qui citent l'enjeu, départagent. Sur chaque barre, la partie pleine est ce nombre "
    "d'arguments distincts (le classement) et la partie claire les copies : la barre entière est le nombre de "
    "contributions dont c'est l'enjeu principal. Cliquer sur une barre affiche ses contributions."
)


def render_report(
    result: Any, *, title: str = "Analyse de la consultation", themes: bool | None = None,
    max_contributions: int = MAX_CONTRIBUTIONS,
) -> str:
    """The report as one HTML string.

    ``themes``: show each issue's SPASER themes (True), hide them (False), or decide from the data
    (None: shown when :func:`about_purchasing`). ``max_contributions``: contributions embedded at
    most (the first ones; the page says so when some are left out).
    """
    show_themes = about_purchasing(result) if themes is None else bool(themes)
    frame = result.contributions
    date_column = column(frame, "date")
    dates = parse_dates(frame[date_column]) if date_column else None
    if dates is not None and not any(d is not None for d in dates):
        dates = None
    stances = stance_values(result)
    data = payload(result, dates, max_contributions)
    cards = "".join(_card(i, themes=show_themes, stance_known=bool(stances), dates=dates, result=result) for i in result.issues)
    overview = ""
    if dates is not None:
        overview += f"<figure>{charts.timeline_chart(result, dates=dates).svg}<figcaption>Toutes les contributions</figcaption></figure>"
    overview += f"<figure>{charts.author_types_chart(result).svg}<figcaption>Toutes les contributions</figcaption></figure>"
    theme_note = "" if show_themes else (
        "<p>Les thèmes SPASER ne sont pas affichés : la consultation ne porte pas principalement sur les achats "
        "publics (option <code>--themes</code> pour les afficher).</p>" if any(i.themes for i in result.issues) else "")
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="{escape(_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title><style>{STYLE}</style></head>
<body>
<header><h1>{escape(title)}</h1><p class="summary">{_summary(result, dates)}</p></header>
<nav><a href="#classement">Classement</a> · <a href="#enjeux">Enjeux</a> · <a href="#contributions">Contributions</a>
 · <a href="#apercu">Dans le temps et par auteur</a> · <a href="#carte">Carte</a> · <a href="#doublons">Doublons et campagnes</a>
 · <a href="#signalees">Contributions signalées</a> · <a href="#methode">Méthode</a></nav>
<section id="classement"><h2>Classement des enjeux</h2><p>{_RANKING}</p>{charts.issues_chart(result).svg}</section>
<section id="enjeux"><h2>Fiches des enjeux</h2>{theme_note}<div id="cards">{cards}</div></section>
<section id="contributions"><h2>Toutes les contributions</h2>
<p>Recherche dans le texte, le titre et l'identifiant de chaque contribution (sans tenir compte des accents ni des
majuscules ; plusieurs mots : toutes les contributions qui les contiennent tous), pages de 50.</p>{_partial(data)}
{filters_html(result, data, stances)}
<p id="count" aria-live="polite"></p>
{_PAGER}<ol id="list"></ol>{_PAGER}</section>
<section id="apercu"><h2>Dans le temps et par type d'auteur</h2><div class="charts">{overview}</div></section>
<section id="carte"><h2>Carte des contributions</h2>
<p>Chaque point est une contribution, placée par analyse en composantes principales de son plongement ; sa couleur est
celle de son enjeu principal{f" (un échantillon de {number(charts.MAP_POINTS)} points)" if len(frame) > charts.MAP_POINTS else ""}.
Cliquer sur un point affiche les contributions de son enjeu.</p>
{charts.map_chart(result).svg}</section>
{duplicates_section(result)}
{flagged_section(result, data)}
{method_section(result)}
<footer>Produit par spaser_nlp {escape(str(result.settings.get('version', '')))}.</footer>
<script type="application/json" id="data">{script_json(data)}</script>
<script>{SCRIPT}</script>
</body></html>
"""


_PAGER = (
    '<div class="pager"><button type="button" class="p-first">« Première</button>'
    '<button type="button" class="p-prev">‹ Précédente</button><label>Page <input class="p-num" type="number" min="1" '
    'value="1"></label><span class="p-total"></span><button type="button" class="p-next">Suivante ›</button>'
    '<button type="button" class="p-last">Dernière »</button></div>'
)

__all__ = ["FLAG_LABELS", "about_purchasing", "content_security_policy", "render_report"]
