"""Read consultation exports (CSV, XLSX, JSON, JSONL) and find their columns.

CSV encoding (UTF-8, UTF-8 with BOM, UTF-16, cp1252/latin-1) and delimiter
are detected; the bounded low-level readers are in :mod:`spaser_nlp.consult.readers`.
Columns are found by name (French and English names, and the column names of
Decidim and Cap Collectif exports); when no name matches, the longest free-text column is taken for the text, and an ambiguous choice raises
an :class:`~spaser_nlp.errors.InputError` listing the columns found.

>>> import pandas as pd
>>> columns = detect_columns(pd.DataFrame({"Identifiant": ["1"], "Contribution": ["Plus de bio"]}))
>>> columns.text, columns.id
('Contribution', 'Identifiant')
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from spaser_nlp.consult import readers
from spaser_nlp.consult.readers import DEFAULT_LIMITS, ReadLimits, cut_cell
from spaser_nlp.errors import CorruptFileError, FileMissingError, InputError, UnsupportedFormatError

SUPPORTED_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".json", ".jsonl", ".ndjson")

# Candidate names, best first, after normalisation (lower case, no accents,
# separators "/", ".", "-", " " turned into "_"). Platform exports come first
# so that a Decidim or Cap Collectif file is read the way the platform means it.
_TEXT_NAMES = (
    "body_fr", "body", "contribution_body", "proposal_body", "opinion_body", "argument_body",
    "reply_body", "text", "texte", "contribution", "contenu", "content", "message", "reponse",
    "answer", "proposition", "avis", "commentaire", "comment", "description", "argument", "idee",
)
_ID_NAMES = (
    "id", "contribution_id", "proposal_id", "opinion_id", "argument_id", "reply_id", "reference",
    "identifiant", "ref", "numero", "num", "no", "uuid",
)
_TITLE_NAMES = (
    "title_fr", "title", "contribution_title", "proposal_title", "opinion_title", "titre", "objet", "sujet",
)
_AUTHOR_TYPE_NAMES = (
    "author_type", "type_auteur", "type_d_auteur", "type_de_contributeur", "profil", "author_user_type",
    "contribution_author_usertype_name", "proposal_author_usertype_name", "author_usertype_name",
    "user_type", "categorie_auteur", "qualite", "statut",
)
_AUTHOR_NAMES = (
    "author", "auteur", "author_name", "author_nickname", "author_username", "contribution_author_username",
    "proposal_author_username", "opinion_author_username", "pseudo", "pseudonyme", "username", "user",
    "nom", "contributeur", "participant",
)
_DATE_NAMES = (
    "published_at", "publishedat", "date", "created_at", "createdat", "contribution_published_at",
    "proposal_published_at", "contribution_publishedat", "proposal_publishedat", "date_de_publication",
    "date_publication", "horodatage", "timestamp",
)


@dataclass(frozen=True)
class ColumnMap:
    """Which column of the table holds what (``None``: not present)."""

    text: str
    id: str | None = None
    title: str | None = None
    author_type: str | None = None
    author: str | None = None
    date: str | None = None
    platform: str = "generic"


def _normalise_name(name: object) -> str:
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode().lower().strip()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def detect_platform(columns: list[str]) -> str:
    """``"decidim"``, ``"cap_collectif"`` or ``"generic"``, from the column names.

    >>> detect_platform(["id", "title/fr", "body/fr", "published_at"])
    'decidim'
    >>> detect_platform(["contribution_id", "contribution_body"])
    'cap_collectif'
    """
    names = {_normalise_name(c) for c in columns}
    if {"body_fr", "title_fr"} & names or any(n.startswith(("author_nickname", "category_name_")) for n in names):
        return "decidim"
    prefixes = ("contribution_", "proposal_", "opinion_", "argument_", "reply_")
    if any(n.startswith(prefixes) and n.endswith(("_body", "_id", "_title")) for n in names):
        return "cap_collectif"
    return "generic"


def read_table(path: str | Path, *, limits: ReadLimits | None = None) -> pd.DataFrame:
    """The rows of a CSV/TSV, XLSX, JSON or JSONL file as a DataFrame of strings.

    Reading is bounded by ``limits`` (:class:`~spaser_nlp.consult.readers.ReadLimits`:
    input size, rows, characters per cell, XLSX uncompressed size); over-long
    cells are cut with a note, files over a limit refused with a one-line error.
    """
    path = Path(path)
    limits = limits or DEFAULT_LIMITS
    if not path.is_file():
        what = "is a folder, not a file" if path.is_dir() else "no such file"
        raise FileMissingError(f"{what}; check the path of the consultation export (CSV, XLSX, JSON or JSONL)", path=path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedFormatError(
            f"unsupported consultation file type {suffix!r}: use CSV, XLSX, JSON or JSONL", path=path
        )
    try:
        if suffix in (".csv", ".tsv", ".txt"):
            frame = readers.read_csv(path, limits)
        elif suffix == ".xlsx":
            frame = readers.read_xlsx(path, limits)
        elif suffix in (".jsonl", ".ndjson"):
            frame = readers.frame_from_records(readers.read_jsonl(path, limits), limits)
        else:
            frame = readers.frame_from_records(readers.read_json(path, limits), limits)
        return _stringify(frame, limits)
    except InputError as error:
        raise type(error)(error.message, path=path) from None
    except UnicodeError as error:
        raise CorruptFileError(f"cannot decode the file ({error}); save it as UTF-8", path=path) from None
    except MemoryError:
        raise InputError("not enough memory to read the file; split it or lower the limits", path=path) from None
    except (ValueError, OSError, KeyError, TypeError, RecursionError) as error:
        raise CorruptFileError(
            f"cannot read the file ({type(error).__name__}: {error}); check that it is a valid {suffix[1:].upper()} export",
            path=path,
        ) from None


def _stringify(frame: pd.DataFrame, limits: ReadLimits = DEFAULT_LIMITS) -> pd.DataFrame:
    def cell(value: object) -> str:
        if value is None or (isinstance(value, float) and pd.isna(value)):
            return ""
        if isinstance(value, (list, dict)):
            return cut_cell(json.dumps(value, ensure_ascii=False, sort_keys=True), limits)
        return cut_cell(str(value), limits)

    return pd.DataFrame({str(c): [cell(v) for v in frame[c]] for c in frame.columns}, index=range(len(frame)))


def _by_name(columns: list[str], names: tuple[str, ...], exclude: set[str]) -> str | None:
    normalised: dict[str, str] = {}
    for column in columns:
        normalised.setdefault(_normalise_name(column), column)
    for name in names:
        if name in normalised and normalised[name] not in exclude:
            return normalised[name]
    return None


def _mean_length(series: pd.Series) -> float:
    return float(series.astype(str).str.len().mean()) if len(series) else 0.0


def _text_by_length(frame: pd.DataFrame, exclude: set[str]) -> str:
    candidates = [c for c in frame.columns if c not in exclude]
    lengths = sorted(((_mean_length(frame[c]), c) for c in candidates), reverse=True)
    if not lengths or lengths[0][0] < 10:
        raise InputError(
            f"no free-text column found; columns: {', '.join(map(str, frame.columns))}; name the text column", options="text_col"
        )
    if len(lengths) > 1 and lengths[1][0] > 0.75 * lengths[0][0]:
        raise InputError(
            f"cannot tell which column holds the contributions ({lengths[0][1]!r} or {lengths[1][1]!r}); "
            f"columns found: {', '.join(map(str, frame.columns))}; name the text column",
            options="text_col",
        )
    return lengths[0][1]


def _check(frame: pd.DataFrame, name: str | None, option: str) -> str | None:
    if name is not None and name not in frame.columns:
        raise InputError(f"no column {name!r}; columns found: {', '.join(map(str, frame.columns))}", options=option)
    return name


def detect_columns(
    frame: pd.DataFrame,
    *,
    text_col: str | None = None,
    id_col: str | None = None,
    title_col: str | None = None,
    author_type_col: str | None = None,
    author_col: str | None = None,
    date_col: str | None = None,
) -> ColumnMap:
    """Resolve the columns: those given are checked, the others found by name (or text length)."""
    columns = [str(c) for c in frame.columns]
    given = {
        "text": _check(frame, text_col, "text_col"),
        "id": _check(frame, id_col, "id_col"),
        "title": _check(frame, title_col, "title_col"),
        "author_type": _check(frame, author_type_col, "author_type_col"),
        "author": _check(frame, author_col, "author_col"),
        "date": _check(frame, date_col, "date_col"),
    }
    used = {v for v in given.values() if v}
    for key, names in (
        ("id", _ID_NAMES), ("title", _TITLE_NAMES), ("author_type", _AUTHOR_TYPE_NAMES),
        ("date", _DATE_NAMES), ("author", _AUTHOR_NAMES),
    ):
        if given[key] is None:
            found = _by_name(columns, names, used | ({given["text"]} if given["text"] else set()))
            given[key] = found
            if found:
                used.add(found)
    if given["text"] is None:
        found = _by_name(columns, _TEXT_NAMES, used)
        given["text"] = found or _text_by_length(frame, used)
    return ColumnMap(platform=detect_platform(columns), **given)  # type: ignore[arg-type]
