"""The Word summary of a consultation (``synthese.docx``), ready for the team to edit into its synthesis.

Title, the consultation's size (contributions, distinct arguments, period when
dated), a table of the ranked issues, then one section per issue: label, size
and share in French formats, people, stance split when known, keywords and two
or three quotes. Quotes come from the result, pseudonymised by default. The
file's bytes are reproducible (fixed document properties and zip dates).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from spaser_nlp.consult.model import ConsultationResult, Issue
from spaser_nlp.report._french import (
    FIXED_DATETIME,
    date,
    number,
    parse_dates,
    percent,
    plural,
    write_fixed_zip,
    xml_text,
)
from spaser_nlp.report.workbook import DUPLICATE_KINDS, issue_stance, stance_columns

TITLE = "Synthèse de la consultation"
#: Quotes per issue in the summary, and the most characters of one quote.
N_QUOTES = 3
QUOTE_MAX_CHARS = 700
_FLAG_WORDS = {
    "vide": ("vide", "vides"), "trop_court": ("trop courte", "trop courtes"),
    "non_francais": ("non française", "non françaises"), "hors_sujet": ("hors sujet", "hors sujet"),
}
_STANCE_WORDS = {"pour": ("pour", "pour"), "contre": ("contre", "contre"), "neutre": ("neutre", "neutres")}


def _quote(text: str) -> str:
    text = " ".join(xml_text(text).split())
    if len(text) > QUOTE_MAX_CHARS:
        text = text[: QUOTE_MAX_CHARS - 2].rsplit(" ", 1)[0] + " […]"
    return f"« {text} »"


def stance_sentence(stance: dict[str, int]) -> str:
    """``3 pour, 1 contre, 13 neutres`` (empty when unknown)."""
    parts = []
    for key in ("pour", "contre", "neutre", *sorted(set(stance) - set(_STANCE_WORDS))):
        if stance.get(key):
            singular, plural_form = _STANCE_WORDS.get(key, (key, key))
            parts.append(plural(int(stance[key]), singular, plural_form))
    return ", ".join(parts)


def size_sentence(issue: Issue) -> str:
    """``17 contributions (13,9 %), 15 arguments distincts, 16 auteurs distincts.``"""
    parts = [f"{plural(issue.size, 'contribution')} ({percent(issue.share)})",
             plural(issue.n_distinct_arguments, "argument distinct", "arguments distincts")]
    if issue.n_authors is not None:
        parts.append(plural(issue.n_authors, "auteur distinct", "auteurs distincts"))
    kinds = [plural(issue.author_kinds[k], w, p) for k, w, p in
             (("citoyen", "citoyen", "citoyens"), ("organisation", "organisation", "organisations"))
             if issue.author_kinds.get(k)]
    sentence = ", ".join(parts)
    if kinds:
        sentence += " ; " + " et ".join(kinds)
    if issue.n_mentions > issue.size:
        extra = issue.n_mentions - issue.size
        sentence += f" ; cité aussi comme enjeu secondaire par {plural(extra, 'autre contribution', 'autres contributions')}"
    return sentence + "."


def overview_sentence(result: ConsultationResult) -> str:
    """The consultation's size in one sentence."""
    stats = result.stats
    n = int(stats.get("n_contributions", len(result.contributions)))
    sentence = f"{plural(n, 'contribution')} analysée{'s' if n > 1 else ''}"
    if "n_distinct_arguments" in stats:
        sentence += (f", soit {plural(int(stats['n_distinct_arguments']), 'argument distinct', 'arguments distincts')}"
                     " (doublons et campagnes comptés une fois)")
    sentence += f", regroupée{'s' if n > 1 else ''} en {plural(len(result.issues), 'enjeu', 'enjeux')}."
    if "date" in result.contributions.columns:
        dates = [d for d in parse_dates(result.contributions["date"]) if d is not None]
        if dates:
            first, last = min(dates).date(), max(dates).date()
            sentence += f" Contributions du {date(first)} au {date(last)}." if first != last else f" Contributions du {date(first)}."
    flagged = stats.get("n_flagged")
    if isinstance(flagged, dict) and sum(flagged.values()):
        total = int(sum(flagged.values()))
        kinds = ", ".join(plural(int(count), *_FLAG_WORDS.get(flag, (flag.replace("_", " "),) * 2))
                          for flag, count in sorted(flagged.items()) if count)
        sentence += f" {plural(total, 'contribution signalée', 'contributions signalées')} ({kinds})"
        unassigned = stats.get("n_unassigned")
        sentence += f" ; {plural(int(unassigned), 'contribution', 'contributions')} sans enjeu." if unassigned else "."
    return sentence


def _core_properties(document: Any) -> None:
    properties = document.core_properties
    properties.title = TITLE
    properties.author = properties.last_modified_by = "spaser_nlp"
    properties.created = properties.modified = FIXED_DATETIME
    properties.last_printed = FIXED_DATETIME
    properties.revision = 1
    properties.comments = ""


def _table(document: Any, result: ConsultationResult, stance_keys: list[str]) -> None:
    headers = ["Rang", "Enjeu", "Contributions", "Part", "Arguments distincts"] + [s.capitalize() for s in stance_keys]
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Light Grid Accent 1"
    for cell, text in zip(table.rows[0].cells, headers):
        cell.text = text
    for issue in result.issues:
        stance = issue_stance(issue, result.contributions)
        values = [number(issue.rank), xml_text(issue.label), number(issue.size), percent(issue.share),
                  number(issue.n_distinct_arguments)] + [number(stance.get(s, 0)) for s in stance_keys]
        for cell, text in zip(table.add_row().cells, values):
            cell.text = text


def build_summary(result: ConsultationResult) -> Any:
    """The summary as a python-docx ``Document`` (to edit further before saving)."""
    from docx import Document

    document = Document()
    _core_properties(document)
    document.add_heading(TITLE, level=0)
    document.add_paragraph(overview_sentence(result))
    overall = result.stats.get("stance")
    if isinstance(overall, dict) and overall:
        document.add_paragraph(f"Positions exprimées : {stance_sentence(overall)}.")
    stance_keys = stance_columns(result)
    document.add_heading("Enjeux par ordre de priorité", level=1)
    if result.issues:
        _table(document, result, stance_keys)
    else:
        document.add_paragraph("Aucun enjeu n'a été dégagé.")
    for issue in result.issues:
        document.add_heading(f"{issue.rank}. {xml_text(issue.label)}", level=2)
        document.add_paragraph(size_sentence(issue))
        stance = issue_stance(issue, result.contributions)
        if stance:
            document.add_paragraph(f"Positions : {stance_sentence(stance)}.")
        if issue.keywords:
            document.add_paragraph(f"Mots-clés : {xml_text(', '.join(issue.keywords))}.")
        for quote in issue.quotes[:N_QUOTES]:
            paragraph = document.add_paragraph(_quote(quote.text), style="Quote")
            paragraph.add_run(f" ({xml_text(quote.id)})").italic = False
    groups = [g for g in result.duplicates if g.kind != "doublon"]
    n_doubles = sum(1 for g in result.duplicates if g.kind == "doublon")
    if result.duplicates:
        document.add_heading("Doublons et campagnes", level=1)
        if n_doubles:
            document.add_paragraph(
                f"{plural(n_doubles, 'groupe', 'groupes')} de doublons, comptés chacun comme un seul argument."
            )
        for group in sorted(groups, key=lambda g: (-g.size, g.id)):
            kind = DUPLICATE_KINDS.get(group.kind, group.kind)
            document.add_paragraph(f"{kind.capitalize()} de {plural(group.size, 'contribution')} : {_quote(group.text)}",
                                   style="List Bullet")
    document.add_heading("Méthode", level=1)
    settings = result.settings
    document.add_paragraph(
        f"Analyse produite par spaser_nlp {xml_text(settings.get('version', ''))}".rstrip()
        + f" (représentation des textes : {xml_text(settings.get('embedder_name', settings.get('embedder', '')))}, "
        f"graine {xml_text(settings.get('seed', 0))}). Les contributions sont regroupées par proximité de sens ; "
        "la raison du rang de chaque enjeu est donnée dans la feuille « Enjeux » de assignments.xlsx. "
        "Les données personnelles "
        + ("ont été conservées telles qu'écrites" if settings.get("keep_personal_data") else "sont pseudonymisées")
        + ". Le détail des réglages est dans la feuille « Méthode », "
        "chaque contribution et ses enjeux dans la feuille « Contributions »."
    )
    return document


def write_summary(result: ConsultationResult, path: str | Path) -> Path:
    """Write ``synthese.docx`` for ``result`` to ``path`` (byte-for-byte reproducible); returns ``path``."""
    path = Path(path)
    buffer = io.BytesIO()
    build_summary(result).save(buffer)
    write_fixed_zip(buffer.getvalue(), path)
    return path


__all__ = ["build_summary", "overview_sentence", "size_sentence", "stance_sentence", "write_summary"]
