"""The consultation workbook (``assignments.xlsx``) as a consultation team reads it, in French.

Sheets: *Enjeux* (ranked issues: size, share, people and distinct arguments,
stance split when known, keywords, three quotes), *Contributions* (every row:
its issues by label, score, flag, date, author type, link), *Doublons et
campagnes*, *Méthode* (settings and figures as a two-column table), plus
*coupures* when a cell had to be cut and *Note* when the workbook holds only
the first ``max_rows`` contributions. Every sheet has a frozen header row, an
autofilter and column widths; numbers are numbers, dates are dates, and every
text cell goes through :mod:`spaser_nlp.sheets` (formula-like text neutralised,
over-long text cut and listed). Optional columns of the contributions
(``title``, ``date``, ``url``, ``stance``, ``issue_ids``…) are shown when present.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from spaser_nlp.consult.model import ConsultationResult, Issue
from spaser_nlp.report._french import FIXED_DATETIME, number, parse_dates, percent, write_fixed_zip
from spaser_nlp.sheets import CUTS_SHEET, Cut, cuts_frame, neutralise, xlsx_text

if TYPE_CHECKING:
    from openpyxl import Workbook

# openpyxl is imported when a workbook is written, not with this module: the report and the Word summary
# use its labels and helpers without it (a run with --no-xlsx never loads openpyxl: 60 ms, 10 MB).

SHEET_ISSUES = "Enjeux"
SHEET_CONTRIBUTIONS = "Contributions"
SHEET_DUPLICATES = "Doublons et campagnes"
SHEET_METHOD = "Méthode"
SHEET_NOTE = "Note"

#: Flags as the analysts read them.
FLAG_LABELS = {
    "vide": "vide", "trop_court": "trop court", "non_francais": "non français", "hors_sujet": "hors sujet",
    "doublon": "doublon", "campagne": "campagne",
}
STANCE_ORDER = ("pour", "contre", "neutre")
DUPLICATE_KINDS = {"doublon": "doublon", "campagne": "campagne", "populaire": "réponse populaire"}
#: Settings and figures of the *Méthode* sheet, in French (unknown keys are shown as they are).
SETTING_LABELS = {
    "version": "Version de spaser_nlp",
    "seed": "Graine aléatoire",
    "embedder": "Représentation des textes (demandée)",
    "embedder_name": "Représentation des textes (utilisée)",
    "cache_dir": "Dossier de cache",
    "min_words": "Nombre minimal de mots",
    "near_duplicate_threshold": "Seuil de quasi-doublon",
    "campaign_min_size": "Taille minimale d'une campagne",
    "campaign_min_words": "Mots minimaux d'un texte de campagne",
    "refusal_min_share": "Part minimale des refus pour un enjeu",
    "max_issues": "Nombre maximal d'enjeux",
    "assign_threshold": "Seuil d'affectation",
    "relative_threshold": "Seuil relatif d'affectation",
    "max_unassigned_share": "Part maximale sans enjeu",
    "secondary_margin": "Marge des enjeux secondaires",
    "k_scale": "Facteur du nombre d'enjeux",
    "refine_steps": "Étapes d'affinage",
    "kmeans_units": "Partition par k-moyennes",
    "n_quotes": "Citations par enjeu",
    "segment_topics": "Découpage des contributions à plusieurs sujets",
    "use_titles": "Titres pris en compte",
    "themes": "Thèmes SPASER",
    "keep_personal_data": "Données personnelles conservées",
    "columns": "Colonnes lues",
    "columns_read": "Colonnes reconnues",
    "codebook": "Grille d'enjeux (codebook)",
    "schema": "Schéma comparé",
    "question": "Question",
}
STAT_LABELS = {
    "n_contributions": "Contributions",
    "n_distinct_arguments": "Arguments distincts",
    "n_flagged": "Contributions signalées",
    "n_off_topic": "Contributions hors sujet",
    "n_duplicate_groups": "Groupes de doublons",
    "n_campaigns": "Campagnes",
    "n_popular_answers": "Réponses populaires",
    "n_in_duplicate_groups": "Contributions dans un groupe de doublons",
    "n_issues": "Enjeux",
    "n_unassigned": "Contributions sans enjeu",
    "unassigned_share": "Part sans enjeu",
    "unassigned_share_of_usable": "Part sans enjeu (contributions exploitables)",
    "k_chosen": "Nombre d'enjeux retenu",
    "k_silhouette": "Silhouette par nombre d'enjeux",
    "assign_threshold": "Seuil d'affectation appliqué",
    "stance": "Positions",
}


@lru_cache(maxsize=1)
def _styles() -> tuple[Any, Any, Any]:
    """The header font and fill, and the wrapped-text alignment (made once)."""
    from openpyxl.styles import Alignment, Font, PatternFill

    return Font(bold=True), PatternFill("solid", fgColor="DDE6F0"), Alignment(wrap_text=True, vertical="top")


_PERCENT = "0.0 %"
_SCORE = "0.0000"
_DATETIME = "dd/mm/yyyy hh:mm"
_DATE = "dd/mm/yyyy"
_MAX_WIDTH = 60
_WEB_LINK = re.compile(r"https?://[^\s\"<>]{1,2000}", re.IGNORECASE)
_WIDE = {"Texte": 80, "Citation 1": 60, "Citation 2": 60, "Citation 3": 60, "Valeur": 80}


class _Sheet:
    """One sheet being written: safe text cells, widths measured, cuts recorded."""

    def __init__(self, book: Workbook, title: str, headers: Sequence[str], cuts: list[Cut]) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.utils import get_column_letter

        self._cell = WriteOnlyCell
        self._column_letter = get_column_letter
        self._font, self._fill, self._wrap = _styles()
        self.sheet = book.create_sheet(title)
        self.title = title
        self.headers = list(headers)
        self.cuts = cuts
        self.widths = [len(h) + 2 for h in headers]
        self.rows = 0
        self.formats: dict[int, str] = {}

    def set_format(self, column: str, number_format: str) -> None:
        self.formats[self.headers.index(column)] = number_format

    def setup(self) -> None:
        """Widths, frozen header and filter (must come before the rows in write-only mode)."""
        for index, header in enumerate(self.headers):
            width = _WIDE.get(header, min(_MAX_WIDTH, max(self.widths[index], 10)))
            self.sheet.column_dimensions[self._column_letter(index + 1)].width = width
        self.sheet.freeze_panes = "A2"

    def header(self) -> None:
        cells = []
        for value in self.headers:
            cell = self._cell(self.sheet, value=neutralise(value))
            cell.font, cell.fill = self._font, self._fill
            cells.append(cell)
        self.sheet.append(cells)

    def cell(self, index: int, value: Any) -> Any:
        if isinstance(value, str):
            original = len(value)
            value, cut = xlsx_text(neutralise(value))
            if cut:
                self.cuts.append(Cut(self.title, self.rows + 2, self.headers[index], original))
            if self.headers[index] in _WIDE:
                cell = self._cell(self.sheet, value=value)
                cell.alignment = self._wrap
                return cell
            if self.headers[index] == "Lien" and _WEB_LINK.fullmatch(value):
                cell = self._cell(self.sheet, value=value)
                cell.hyperlink, cell.style = value, "Hyperlink"  # web addresses only: no file: or javascript:
                return cell
            return value
        if index in self.formats and value is not None:
            cell = self._cell(self.sheet, value=value)
            cell.number_format = self.formats[index]
            return cell
        return value

    def append(self, values: Sequence[Any]) -> None:
        self.sheet.append([self.cell(i, v) for i, v in enumerate(values)])
        self.rows += 1

    def finish(self) -> None:
        last = self._column_letter(len(self.headers))
        self.sheet.auto_filter.ref = f"A1:{last}{self.rows + 1}"


def _measure(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[int]:
    widths = [len(h) + 2 for h in headers]
    for row in rows[:200]:
        for index, value in enumerate(row):
            if isinstance(value, (dt.date, dt.datetime)):
                length = 16
            elif isinstance(value, float):
                length = 8
            else:
                length = len(str(value)) if value is not None else 0
            widths[index] = max(widths[index], min(length + 2, _MAX_WIDTH))
    return widths


def _write_table(book: Workbook, title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]], cuts: list[Cut],
                 formats: dict[str, str] | None = None) -> None:
    sheet = _Sheet(book, title, headers, cuts)
    sheet.widths = _measure(headers, rows)
    for column, number_format in (formats or {}).items():
        sheet.set_format(column, number_format)
    sheet.setup()
    sheet.header()
    for row in rows:
        sheet.append(row)
    sheet.finish()


def _column(frame: pd.DataFrame, *names: str) -> str | None:
    for name in names:
        if name in frame.columns:
            return name
    return None


def _has_values(frame: pd.DataFrame, name: str | None) -> bool:
    if name is None:
        return False
    values = frame[name]
    return bool((values.notna() & (values.astype(str).str.strip() != "")).any())


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value)


def _float(value: Any) -> float | None:
    try:
        number_value = float(value)
    except (TypeError, ValueError):
        return None
    return None if pd.isna(number_value) else number_value


def issue_stance(issue: Issue, frame: pd.DataFrame) -> dict[str, int]:
    """The stance split of an issue; {} when unknown.

    An issue that carries a ``stance`` split is trusted, even empty (the analysis found that the
    answers take no sides); otherwise the split is counted from a ``stance`` column when there is one.
    """
    own = getattr(issue, "stance", None)
    if isinstance(own, dict):
        return {str(k): int(v) for k, v in own.items()}
    if "stance" not in frame.columns or "issue_id" not in frame.columns:
        return {}
    stances = frame.loc[frame["issue_id"] == issue.id, "stance"].astype(str)
    stances = stances[stances.str.strip() != ""]
    return {str(k): int(v) for k, v in stances.value_counts().sort_index().items()}


def stance_known(result: ConsultationResult) -> bool:
    """Whether the result says who is for and against (stance columns are shown only then)."""
    return any(any(issue_stance(issue, result.contributions).values()) for issue in result.issues)


def stance_columns(result: ConsultationResult) -> list[str]:
    """The stances with at least one contribution, in the order pour, contre, neutre (then others)."""
    seen: set[str] = set()
    for issue in result.issues:
        seen.update(k for k, v in issue_stance(issue, result.contributions).items() if v)
    return [s for s in STANCE_ORDER if s in seen] + sorted(seen - set(STANCE_ORDER))


def _issues_sheet(book: Workbook, result: ConsultationResult, cuts: list[Cut]) -> None:
    stance_keys = stance_columns(result)
    with_themes = any(issue.themes for issue in result.issues)
    headers = ["Rang", "Enjeu", "Contributions", "Part des contributions", "Arguments distincts", "Auteurs distincts",
               "Contributions qui le citent", "Citoyens", "Organisations"]
    headers += [f"Position : {s}" for s in stance_keys]
    headers += ["Mots-clés", "Citation 1", "Citation 2", "Citation 3", "Raison du rang"]
    headers += ["Thèmes SPASER"] if with_themes else []
    headers += ["Identifiant de l'enjeu"]
    rows = []
    for issue in result.issues:
        stance = issue_stance(issue, result.contributions)
        quotes = [f"{q.text} ({q.id})" for q in issue.quotes[:3]]
        row: list[Any] = [
            issue.rank, issue.label, issue.size, float(issue.share), issue.n_distinct_arguments, issue.n_authors,
            issue.n_mentions, issue.author_kinds.get("citoyen", 0), issue.author_kinds.get("organisation", 0),
        ]
        row += [stance.get(s, 0) for s in stance_keys]
        row += [", ".join(issue.keywords), *(quotes + [""] * (3 - len(quotes))), issue.priority_reason]
        row += [", ".join(str(t.get("theme", "")) for t in issue.themes)] if with_themes else []
        row += [issue.id]
        rows.append(row)
    _write_table(book, SHEET_ISSUES, headers, rows, cuts, {"Part des contributions": _PERCENT})


def _contribution_rows(result: ConsultationResult, max_rows: int) -> tuple[list[str], Iterable[list[Any]], str | None]:
    frame = result.contributions.head(max_rows)
    labels = {issue.id: issue.label for issue in result.issues}
    title = _column(frame, "title")
    date = _column(frame, "date")
    url = _column(frame, "url", "link", "lien")
    stance = _column(frame, "stance")
    author = _column(frame, "author")
    question = _column(frame, "question")
    optional = {
        "Titre": _has_values(frame, title), "Question": _has_values(frame, question),
        "Position": _has_values(frame, stance) and stance_known(result), "Date": _has_values(frame, date),
        "Auteur": _has_values(frame, author), "Lien": _has_values(frame, url),
    }
    headers = ["Identifiant"] + (["Titre"] if optional["Titre"] else []) + (["Question"] if optional["Question"] else [])
    headers += ["Texte", "Enjeu principal", "Autres enjeux", "Score"]
    headers += ["Position"] if optional["Position"] else []
    headers += ["Signalement", "Groupe de doublons"]
    headers += ["Date"] if optional["Date"] else []
    headers += ["Auteur"] if optional["Auteur"] else []
    headers += ["Type d'auteur"]
    headers += ["Lien"] if optional["Lien"] else []
    dates = parse_dates(frame[date]) if optional["Date"] and date else []
    with_time = any(d is not None and d.time() != dt.time(0) for d in dates)

    def column(name: str | None) -> list[Any]:
        return frame[name].tolist() if name is not None and name in frame.columns else [""] * len(frame)

    ids, texts, primary = column("id"), column("text"), column("issue_id")
    all_ids = column("issue_ids") if "issue_ids" in frame.columns else primary
    scores, flags, groups, kinds = column("score"), column("flag"), column("duplicate_group"), column("author_type")
    titles, questions, stances, authors, urls = column(title), column(question), column(stance), column(author), column(url)

    def rows() -> Iterable[list[Any]]:
        for i in range(len(frame)):
            main = _text(primary[i])
            others = [labels.get(x, x) for x in _text(all_ids[i]).split(";") if x and x != main]
            row: list[Any] = [_text(ids[i])]
            row += [_text(titles[i])] if optional["Titre"] else []
            row += [_text(questions[i])] if optional["Question"] else []
            row += [_text(texts[i]), labels.get(main, main), "; ".join(others), _float(scores[i])]
            row += [_text(stances[i])] if optional["Position"] else []
            flag = _text(flags[i])
            row += [FLAG_LABELS.get(flag, flag.replace("_", " ")), _text(groups[i])]
            row += [dates[i]] if optional["Date"] else []
            row += [_text(authors[i])] if optional["Auteur"] else []
            row += [_text(kinds[i])]
            row += [_text(urls[i])] if optional["Lien"] else []
            yield row

    return headers, rows(), (_DATETIME if with_time else _DATE)


def _contributions_sheet(book: Workbook, result: ConsultationResult, cuts: list[Cut], max_rows: int) -> None:
    headers, rows, date_format = _contribution_rows(result, max_rows)
    sheet = _Sheet(book, SHEET_CONTRIBUTIONS, headers, cuts)
    sample = []
    for row in rows:
        sample.append(row)
        if len(sample) == 200:
            break
    sheet.widths = _measure(headers, sample)
    sheet.set_format("Score", _SCORE)
    if "Date" in headers and date_format:
        sheet.set_format("Date", date_format)
    sheet.setup()
    sheet.header()
    for row in sample:
        sheet.append(row)
    for row in rows:
        sheet.append(row)
    sheet.finish()


def _duplicates_sheet(book: Workbook, result: ConsultationResult, cuts: list[Cut]) -> None:
    frame = result.contributions
    primary = dict(zip(frame["id"].astype(str), frame["issue_id"].astype(str))) if "issue_id" in frame.columns else {}
    labels = {issue.id: issue.label for issue in result.issues}
    headers = ["Groupe", "Type", "Contributions", "Enjeu", "Citoyens", "Organisations", "Texte", "Identifiants"]
    rows = []
    for group in sorted(result.duplicates, key=lambda g: (-g.size, g.id)):
        issue = next((primary[i] for i in group.ids if primary.get(i)), "")
        rows.append([
            group.id, DUPLICATE_KINDS.get(group.kind, group.kind), group.size, labels.get(issue, issue),
            group.author_kinds.get("citoyen", 0), group.author_kinds.get("organisation", 0), group.text,
            "; ".join(group.ids),
        ])
    _write_table(book, SHEET_DUPLICATES, headers, rows, cuts)


def _value(value: Any) -> Any:
    """A setting or figure as a cell: numbers stay numbers, the rest in French words."""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, (int, float)):
        return value
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, dict):
        return " ; ".join(f"{k} : {number(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v}"
                          for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return " ; ".join(str(v) for v in value)
    return str(value)


def method_rows(result: ConsultationResult) -> list[list[Any]]:
    """The *Méthode* table: French name, value (settings first, then the figures of the run)."""
    rows: list[list[Any]] = [["Réglages", ""]]
    rows += [[SETTING_LABELS.get(k, k), _value(v)] for k, v in result.settings.items()]
    rows += [["Chiffres de l'analyse", ""]]
    for key, value in result.stats.items():
        label = STAT_LABELS.get(key, key)
        if key.endswith("share") or key.endswith("share_of_usable"):
            rows.append([label, percent(float(value)) if isinstance(value, (int, float)) else _value(value)])
        elif key == "n_flagged" and isinstance(value, dict):
            rows.append([label, " ; ".join(f"{FLAG_LABELS.get(k, k)} : {number(v)}" for k, v in value.items()) or "—"])
        else:
            rows.append([label, _value(value)])
    return rows


def _method_sheet(book: Workbook, result: ConsultationResult, cuts: list[Cut]) -> None:
    _write_table(book, SHEET_METHOD, ["Réglage", "Valeur"], method_rows(result), cuts)


def write_workbook(result: ConsultationResult, path: str | Path, *, max_rows: int = 100_000) -> Path:
    """Write the French workbook of ``result`` to ``path`` (byte-for-byte reproducible); returns ``path``."""
    from openpyxl import Workbook

    path = Path(path)
    book = Workbook(write_only=True)
    cuts: list[Cut] = []
    _issues_sheet(book, result, cuts)
    _contributions_sheet(book, result, cuts, max_rows)
    _duplicates_sheet(book, result, cuts)
    _method_sheet(book, result, cuts)
    if cuts:
        table = cuts_frame(cuts)
        _write_table(book, CUTS_SHEET, list(table.columns), table.values.tolist(), [])
    total = len(result.contributions)
    if total > max_rows:
        text = (
            f"Ce classeur contient les {number(max_rows)} premières contributions sur {number(total)} "
            "(Excel et sa lecture ne suivent pas au-delà) ; toutes sont dans assignments.csv, "
            "les enjeux dans la feuille « Enjeux » et dans issues.json."
        )
        _write_table(book, SHEET_NOTE, ["Note"], [[text]], [])
    book.properties.created = book.properties.modified = FIXED_DATETIME
    book.properties.creator = "spaser_nlp"
    buffer = io.BytesIO()
    book.save(buffer)
    write_fixed_zip(buffer.getvalue(), path)
    return path


__all__ = [
    "SHEET_CONTRIBUTIONS", "SHEET_DUPLICATES", "SHEET_ISSUES", "SHEET_METHOD", "issue_stance", "method_rows", "stance_columns",
    "stance_known", "write_workbook",
]
