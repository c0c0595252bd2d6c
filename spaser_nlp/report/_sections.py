"""Sections of the consultation report built on the server side: filters, duplicates, flags, method."""

from __future__ import annotations

import re
from html import escape
from typing import Any

from spaser_nlp.report._french import number, percent, plural
from spaser_nlp.report._payload import DUPLICATE_KINDS, FLAG_LABELS

#: Groups listed at most in the duplicates and flagged tables (all are reachable through the filters).
MAX_GROUPS = 300
_SPACES = re.compile(r"\s+")


def _options(pairs: list[tuple[str, str]]) -> str:
    return "".join(f'<option value="{escape(value)}">{escape(text)}</option>' for value, text in pairs)


def filters_html(result: Any, data: dict[str, Any], stances: list[str]) -> str:
    """The search box and the filters of the contributions list (their values are read by the script)."""
    n = int(data["n"])
    issues = [("", f"tous les enjeux ({number(n)})")]
    issues += [(str(i.id), f"{i.rank}. {i.label} ({number(i.size)}"
                + (f" + {number(i.n_mentions - i.size)} en second)" if i.n_mentions > i.size else ")")) for i in result.issues]
    unassigned = sum(1 for k in data["issue"] if k < 0)
    issues += [("-", f"sans enjeu ({number(unassigned)})")]
    parts = [
        '<div class="filters" id="filters">',
        '<label>Rechercher <input id="f-q" type="search" placeholder="mots, identifiant…" autocomplete="off"></label>',
        f'<label>Enjeu <select id="f-issue">{_options(issues)}</select></label>',
        '<label class="check"><input id="f-secondary" type="checkbox" checked> avec les contributions où '
        "l'enjeu est secondaire</label>",
    ]
    if data["type"] is not None:
        counts = [0] * len(data["types"])
        for code in data["type"]:
            counts[code] += 1
        types = [("", "tous")] + [(str(k), f"{t} ({number(c)})") for k, (t, c) in enumerate(zip(data["types"], counts))]
        parts.append(f'<label>Type d\'auteur <select id="f-type">{_options(types)}</select></label>')
    orders = [("", "ordre de l'export")]
    if data["score"] is not None:
        orders.append(("proches", "les plus proches de l'enjeu d'abord"))
    if data["date"] is not None:
        parts.append('<label>Du <input id="f-from" type="date"></label><label>Au <input id="f-to" type="date"></label>')
        orders += [("anciennes", "plus anciennes d'abord"), ("recentes", "plus récentes d'abord")]
    if len(orders) > 1:
        parts.append(f'<label>Ordre <select id="f-sort">{_options(orders)}</select></label>')
    flags = [("", "toutes"), ("aucun", "sans signalement"), ("signalee", "signalées (tout motif)")]
    flags += [(f"f{k}", f"signalées : {label}") for k, (_, label) in enumerate(data["flags"])]
    if data["dup"] is not None and data["groups"]:
        flags += [("doublon", "dans un groupe de doublons")]
    parts.append(f'<label>Signalement <select id="f-flag">{_options(flags)}</select></label>')
    if stances:
        parts.append(f'<label>Position <select id="f-stance">{_options([("", "toutes")] + [(str(k), s) for k, s in enumerate(stances)])}'
                     "</select></label>")
    parts.append('<button type="button" id="f-reset">Tout afficher</button></div>')
    return "".join(parts)


def duplicates_section(result: Any) -> str:
    """Groups of identical or nearly identical texts, largest first, with their size and issue."""
    stats = result.stats
    head = (
        '<section id="doublons"><h2>Doublons et campagnes</h2>'
        f"<p>{plural(int(stats.get('n_in_duplicate_groups', 0)), 'contribution')} dans des groupes de textes identiques ou "
        "quasi identiques ; chaque groupe ne compte qu'une fois pour former et classer les enjeux. Le filtre « Signalement » "
        "de la liste des contributions les montre tous.</p>"
    )
    if not result.duplicates:
        return head + "<p>Aucun doublon ni campagne détecté.</p></section>"
    frame = result.contributions
    primary = dict(zip(frame["id"].astype(str), frame["issue_id"].astype(str))) if "issue_id" in frame.columns else {}
    labels = {issue.id: issue.label for issue in result.issues}
    groups = sorted(result.duplicates, key=lambda d: (-d.size, d.id))
    rows = []
    for group in groups[:MAX_GROUPS]:
        issue = next((primary[i] for i in group.ids if primary.get(i)), "")
        ids = ", ".join(group.ids[:12]) + (" …" if len(group.ids) > 12 else "")
        text = group.text if len(group.text) <= 400 else group.text[:399] + "…"
        rows.append(
            f"<tr><td>{escape(group.id)}</td><td>{escape(DUPLICATE_KINDS.get(group.kind, group.kind))}</td>"
            f'<td class="num">{number(group.size)}</td><td>{escape(labels.get(issue, "sans enjeu"))}</td>'
            f"<td>{escape(text)}</td><td>{escape(ids)}</td></tr>"
        )
    more = f"<p>… et {plural(len(groups) - MAX_GROUPS, 'autre groupe', 'autres groupes')}.</p>" if len(groups) > MAX_GROUPS else ""
    return (
        head + '<table><thead><tr><th>Groupe</th><th>Type</th><th class="num">Contributions</th><th>Enjeu</th>'
        f"<th>Texte</th><th>Identifiants</th></tr></thead><tbody>{''.join(rows)}</tbody></table>{more}</section>"
    )


def flagged_section(result: Any, data: dict[str, Any]) -> str:
    """Flagged contributions, identical texts grouped with their count (largest first)."""
    frame = result.contributions
    head = '<section id="signalees"><h2>Contributions signalées</h2>'
    if "flag" not in frame.columns:
        return head + "<p>Aucune contribution signalée.</p></section>"
    flagged = frame[frame["flag"].astype(str) != ""]
    if flagged.empty:
        return head + "<p>Aucune contribution signalée.</p></section>"
    groups: dict[tuple[str, str], list[str]] = {}
    shown: dict[tuple[str, str], str] = {}
    for ident, flag, text in zip(flagged["id"].astype(str), flagged["flag"].astype(str), flagged["text"].astype(str)):
        key = (flag, _SPACES.sub(" ", text).strip().casefold())
        groups.setdefault(key, []).append(ident)
        shown.setdefault(key, text)
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    codes = {flag: k for k, (flag, _) in enumerate(data["flags"])}
    rows = []
    for (flag, _), ids in ordered[:MAX_GROUPS]:
        text = shown[(flag, _)]
        text = text if len(text) <= 300 else text[:299] + "…"
        listed = ", ".join(ids[:10]) + (" …" if len(ids) > 10 else "")
        link = f'<a href="#contributions?signal=f{codes[flag]}">{escape(FLAG_LABELS.get(flag, flag))}</a>' if flag in codes else escape(flag)
        rows.append(f'<tr><td>{link}</td><td class="num">{number(len(ids))}</td><td>{escape(text) or "<em>(vide)</em>"}</td>'
                    f"<td>{escape(listed)}</td></tr>")
    by_flag: dict[str, int] = {}
    for flag in flagged["flag"].astype(str):
        by_flag[flag] = by_flag.get(flag, 0) + 1
    summary = " ; ".join(f"{escape(FLAG_LABELS.get(f, f))} : {number(c)}" for f, c in sorted(by_flag.items(), key=lambda kv: -kv[1]))
    more = f"<p>… et {plural(len(ordered) - MAX_GROUPS, 'autre texte', 'autres textes')}.</p>" if len(ordered) > MAX_GROUPS else ""
    return (
        head + f"<p>{plural(len(flagged), 'contribution signalée', 'contributions signalées')} ({summary}), "
        f"{plural(len(ordered), 'texte différent', 'textes différents')} : les textes identiques sont regroupés avec leur "
        'nombre.</p><table><thead><tr><th>Motif</th><th class="num">Nombre</th><th>Texte</th><th>Identifiants</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>{more}</section>"
    )


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, (int, float)):
        return number(value)
    return escape(str(value))


def method_section(result: Any) -> str:
    """How the analysis works, then its settings and figures as a French table."""
    from spaser_nlp.report.workbook import STAT_LABELS, method_rows

    rows = []
    shares = {label for key, label in STAT_LABELS.items() if key.endswith("share") or key.endswith("share_of_usable")}
    for name, value in method_rows(result):
        if value == "":
            rows.append(f'<tr><th colspan="2" class="group">{escape(str(name))}</th></tr>')
            continue
        shown = percent(float(value)) if name in shares and isinstance(value, float) else _cell(value)
        rows.append(f"<tr><td>{escape(str(name))}</td><td>{shown}</td></tr>")
    embedder = escape(str(result.settings.get("embedder_name", result.settings.get("embedder", ""))))
    return f"""<section id="methode"><h2>Méthode et paramètres</h2>
<p>Les contributions sont nettoyées ; les vides, trop courtes, illisibles, pas en français ou hors sujet sont
signalées. Les textes identiques ou presque (doublons, campagnes de copier-coller, réponses populaires) sont repérés
par MinHash et ne comptent qu'une fois. Chaque texte est représenté par « {embedder} » ; les enjeux sont formés par
classification hiérarchique (Ward) en environ √n groupes (n : arguments distincts). Chaque contribution exploitable est
rattachée à l'enjeu le plus proche (son enjeu principal) et aux enjeux de ses idées (éléments d'une liste, phrases),
ses enjeux secondaires ; les réponses « non / aucun / personne » forment un enjeu quand elles sont nombreuses. Les
libellés viennent des groupes nominaux des contributions les plus centrales, les mots-clés d'un TF-IDF par enjeu sur les
lemmes, les citations des contributions centrales et variées. Données personnelles (courriels, téléphones, adresses,
noms) pseudonymisées sauf demande contraire.</p>
<table class="method"><thead><tr><th>Réglage</th><th>Valeur</th></tr></thead><tbody>{"".join(rows)}</tbody></table>
</section>"""


__all__ = ["duplicates_section", "filters_html", "flagged_section", "method_section"]
