"""Recognise the layout of real consultation exports and say which columns are read, and why.

Built on the low-level readers of :mod:`spaser_nlp.consult.io` (which read the
bytes into a table of strings and match column names). Layouts:

- **Cap Collectif** open data (as the granddebat.fr files): ``id, reference,
  title, createdAt, publishedAt, updatedAt, trashed, trashedStatus, authorId,
  authorType, authorZipCode``, then one column per question named
  ``"<question id> - <question text>"``. Each question is analysed on its own
  (:func:`questions`, :func:`question_table`); empty answers are not contributions.
- **Decidim** proposals export: nested keys joined with ``/`` (``id``,
  ``category/name/fr``, ``title/fr``, ``body/fr``, ``published_at``,
  ``author/name``…), ``;``-separated CSV, JSON or XLSX.
- **Generic** CSV/XLSX (French Excel too): columns found by name, else the
  longest free-text column.

A text column that is not text (ids, base64, numbers, mostly empty) is refused
with the candidate columns listed.

>>> table = pd.DataFrame({"id": ["1"], "QUXVlc3Rpb246MTA3 - En qui avez-vous confiance ?": ["Les maires"]})
>>> [(q.id, q.text) for q in questions(table)]
[('QUXVlc3Rpb246MTA3', 'En qui avez-vous confiance ?')]
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import pandas as pd

from spaser_nlp.consult.io import ColumnMap, detect_columns, detect_platform
from spaser_nlp.errors import InputError

#: ``<id> - <question text>``: an id without spaces, then a question of a few words.
_QUESTION_COLUMN = re.compile(r"^\s*([A-Za-z0-9_+/=.:-]{1,64})\s+-\s+(\S.*\S)\s*$")
_ID_LIKE = re.compile(r"^[A-Za-z0-9_+/=:.-]+$")
#: Cap Collectif's open-data metadata columns (camelCase), as read from the granddebat.fr files.
_CAP_COLLECTIF_COLUMNS = {"authorType": "author_type", "authorId": "author", "publishedAt": "date",
                          "reference": "id", "title": "title"}
#: Share of non-empty answers below which a column is "mostly empty".
MIN_FILLED_SHARE = 0.05
#: Share of id-like / numeric values from which a column is not text.
MAX_ID_LIKE_SHARE = 0.5


@dataclass(frozen=True)
class Question:
    """One question of a multi-question export: its id, text and column."""

    id: str
    text: str
    column: str


@dataclass
class ExportLayout:
    """What was recognised in a table: the platform, its questions, and the columns read with the reason for each."""

    platform: str
    columns: ColumnMap
    reasons: dict[str, str] = field(default_factory=dict)
    question: Question | None = None

    def describe(self) -> list[str]:
        """One line per column used, e.g. ``text: 'body/fr' (Decidim proposals export)``."""
        lines = [f"layout: {self.platform}" + (f", question {self.question.id} « {self.question.text} »" if self.question else "")]
        for role in ("text", "id", "title", "author_type", "author", "date"):
            column = getattr(self.columns, role)
            if column:
                lines.append(f"{role}: {column!r} ({self.reasons.get(role, 'by name')})")
        return lines


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def questions(table: pd.DataFrame) -> list[Question]:
    """The question columns (``<id> - <question text>``) of a multi-question export, in column order."""
    found = []
    for column in table.columns:
        match = _QUESTION_COLUMN.match(str(column))
        if match and len(match.group(2).split()) >= 3:
            found.append(Question(match.group(1), match.group(2), str(column)))
    return found


def select_question(found: list[Question], wanted: str) -> Question:
    """The question named by ``wanted``: its id, its exact text, or a unique part of its text."""
    for question in found:
        if wanted == question.id or wanted == question.column:
            return question
    key = _normalise(wanted)
    exact = [q for q in found if _normalise(q.text) == key]
    partial = exact or [q for q in found if key and key in _normalise(q.text)]
    if len(partial) == 1:
        return partial[0]
    listing = "; ".join(f"{q.id} « {q.text} »" for q in found) or "none"
    what = "matches several questions" if partial else "matches no question"
    raise InputError(f"--question {wanted!r} {what}; questions: {listing}")


def _filled(value: str) -> bool:
    return any(ch.isalnum() for ch in value)


def _id_like(value: str) -> bool:
    """A value that is an identifier or a number, not words (base64, UUID, 12, 3.5)."""
    value = value.strip()
    if " " in value or not _ID_LIKE.match(value):
        return False
    return any(ch.isdigit() for ch in value) or bool(re.search(r"[a-z][A-Z]", value)) or len(value) >= 25


def text_problem(values: pd.Series) -> str:
    """Why a column cannot hold the contributions (``""``: it can).

    >>> text_problem(pd.Series(["VXNlcjoxMjM0NQ==", "VXNlcjoxMjM0Ng=="]))
    'identifiers or numbers (100 % of its values)'
    >>> text_problem(pd.Series(["Géothermie", "Santé, éducation"]))
    ''
    """
    cells = ["" if pd.isna(v) else str(v) for v in values]
    filled = [v for v in cells if _filled(v)]
    if not cells or len(filled) < MIN_FILLED_SHARE * len(cells):
        return f"mostly empty ({len(filled)} of {len(cells)} values)"
    id_like = sum(1 for v in filled if _id_like(v))
    if id_like >= MAX_ID_LIKE_SHARE * len(filled):
        return f"identifiers or numbers ({100 * id_like / len(filled):.0f} % of its values)"
    return ""


def _candidates(table: pd.DataFrame) -> str:
    names = [f"{c!r}" for c in table.columns if not text_problem(table[c])]
    return ", ".join(names) if names else "none"


def check_text_column(table: pd.DataFrame, column: str, how: str) -> None:
    """Refuse a text column that holds no text, listing the columns that could."""
    problem = text_problem(table[column])
    if problem:
        raise InputError(
            f"column {column!r} ({how}) is not text: {problem}; text columns: {_candidates(table)}; "
            "choose one with --text-col"
        )


def recognise(
    table: pd.DataFrame,
    *,
    text_col: str | None = None,
    id_col: str | None = None,
    title_col: str | None = None,
    author_type_col: str | None = None,
    author_col: str | None = None,
    date_col: str | None = None,
    question: str | None = None,
) -> tuple[pd.DataFrame, ExportLayout]:
    """The contributions table to analyse and its layout (columns used and why).

    A multi-question export needs ``question`` (an id or the question's text) unless
    it has a single question; its rows with an empty answer are left out.
    """
    given = {"text": text_col, "id": id_col, "title": title_col, "author_type": author_type_col,
             "author": author_col, "date": date_col}
    reasons = {role: "given" for role, column in given.items() if column}
    chosen_question = None
    found = questions(table) if text_col is None else []
    if found:
        if question is None and len(found) > 1:
            listing = "; ".join(f"{q.id} « {q.text} »" for q in found)
            raise InputError(f"{len(found)} questions in this export: pick one with --question or use --each-question; questions: {listing}")
        chosen_question = select_question(found, question) if question is not None else found[0]
        keep = [_filled(str(v)) for v in table[chosen_question.column]]
        others = {q.column for q in found} - {chosen_question.column}
        table = table.loc[keep, [c for c in table.columns if c not in others]].reset_index(drop=True)
        given["text"] = chosen_question.column
        reasons["text"] = "Cap Collectif: one column per question, « <id> - <question> »"
        for column, role in _CAP_COLLECTIF_COLUMNS.items():
            if given[role] is None and column in table.columns:
                given[role] = column
                reasons[role] = f"Cap Collectif open-data column {column}"
    elif question is not None:
        raise InputError("--question needs an export with one column per question (« <id> - <question> »)")
    columns = detect_columns(
        table, text_col=given["text"], id_col=given["id"], title_col=given["title"],
        author_type_col=given["author_type"], author_col=given["author"], date_col=given["date"],
    )
    platform = "cap_collectif" if chosen_question else detect_platform([str(c) for c in table.columns])
    if "text" not in reasons:
        by_name = columns.text in _named_text_columns(table)
        reasons["text"] = (
            f"{'Decidim proposals export' if platform == 'decidim' else 'name of the column'}"
            if by_name else "longest free-text column"
        )
    for role in ("id", "title", "author_type", "author", "date"):
        if getattr(columns, role) and role not in reasons:
            reasons[role] = "Decidim proposals export" if platform == "decidim" else "name of the column"
    check_text_column(table, columns.text, reasons["text"])
    texts = table[columns.text].astype(str)
    if texts.str.contains(_HTML_TAG, regex=True).mean() > 0.2:
        # Decidim (and other platforms) export the rich text editor's HTML: read the text, not the markup.
        table = table.copy()
        table[columns.text] = [plain_text(t) for t in texts]
        reasons["text"] += ", HTML markup removed"
    return table, ExportLayout(platform, columns, reasons, chosen_question)


_HTML_TAG = r"</?(?:p|br|div|span|strong|em|ul|ol|li|a|b|i)\b[^>]*>"


def plain_text(value: str) -> str:
    """The text of an HTML fragment: tags become spaces, entities are decoded.

    >>> plain_text("<p>Des repas <strong>bio</strong> &amp; locaux</p>")
    'Des repas bio & locaux'
    """
    import html

    text = re.sub(r"<[^>]+>", " ", value)
    return " ".join(html.unescape(text).split())


def _named_text_columns(table: pd.DataFrame) -> set[str]:
    from spaser_nlp.consult import io

    return {c for c in map(str, table.columns) if io._normalise_name(c) in io._TEXT_NAMES}

