"""From a raw table to the contributions frame: columns, flags, duplicate groups."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pandas as pd

from spaser_nlp.consult.dedup import find_duplicate_groups
from spaser_nlp.consult.flags import EMPTY, NOT_FRENCH, flag_text
from spaser_nlp.consult.io import ColumnMap
from spaser_nlp.consult.model import ConsultSettings, DuplicateGroup

#: Characters of a contribution that are embedded.
MAX_EMBEDDED_CHARS = 2000

CITIZEN = "citoyen"
ORGANISATION = "organisation"
UNKNOWN = "inconnu"

_CITIZEN_WORDS = ("citoyen", "particulier", "habitant", "individu", "person", "usager", "riverain", "parent")
_ORGANISATION_WORDS = (
    "association", "organisation", "entreprise", "societe", "syndicat", "elu", "institution", "collectivite",
    "siae", "ess", "pme", "tpe", "ong", "federation", "cooperative", "scop", "chambre", "collectif",
    "fondation", "club", "reseau", "acteur", "structure", "commune", "mairie", "service", "groupe",
)


def author_kind(author_type: str) -> str:
    """``citoyen``, ``organisation`` or ``inconnu`` from a free-text author type.

    >>> author_kind("Citoyen / Citoyenne"), author_kind("Association"), author_kind("")
    ('citoyen', 'organisation', 'inconnu')
    """
    text = unicodedata.normalize("NFKD", author_type).encode("ascii", "ignore").decode().lower()
    if not text.strip():
        return UNKNOWN
    if any(word in text for word in _CITIZEN_WORDS):
        return CITIZEN
    if any(word in text.split() or word in text.replace("/", " ").split() for word in _ORGANISATION_WORDS) or any(
        text.startswith(word) for word in _ORGANISATION_WORDS
    ):
        return ORGANISATION
    return UNKNOWN


def unique_ids(ids: list[str]) -> list[str]:
    """Ids made unique: a repeated (or empty) id gets ``#2``, ``#3``… (exports do repeat ids).

    >>> unique_ids(["a", "b", "a", ""])
    ['a', 'b', 'a#2', '#4']
    """
    seen: Counter[str] = Counter()
    result = []
    for row, value in enumerate(ids, start=1):
        if not value:
            value = f"#{row}"
        seen[value] += 1
        result.append(value if seen[value] == 1 else f"{value}#{seen[value]}")
    return result


def contributions_frame(table: pd.DataFrame, columns: ColumnMap) -> pd.DataFrame:
    """The normalised contributions: ``id``, ``title``, ``text``, ``author``, ``author_type``, ``author_kind``, ``date``."""

    def column(name: str | None) -> list[str]:
        if name is None:
            return [""] * len(table)
        return ["" if pd.isna(v) else str(v).strip() for v in table[name]]

    ids = column(columns.id) if columns.id else [str(i + 1) for i in range(len(table))]
    ids = unique_ids(ids)
    frame = pd.DataFrame(
        {
            "id": ids,
            "title": column(columns.title),
            "text": [str(v) if not pd.isna(v) else "" for v in table[columns.text]],
            "author": column(columns.author),
            "author_type": column(columns.author_type),
            "date": column(columns.date),
        }
    )
    frame["author_kind"] = [author_kind(t) for t in frame["author_type"]]
    return frame


# Words of a column name that say it holds a direct identifier (left out of the result unless personal data is kept).
_PERSONAL_WORDS = {
    "email", "mail", "courriel", "phone", "telephone", "tel", "mobile", "portable", "prenom", "firstname", "lastname",
    "surname", "adresse", "address", "ip", "username", "pseudo", "pseudonyme", "login",
}
# "name" alone names a person only among these words ("author name", "nom de famille"; not "category name").
_NAME_WORDS = {"nom", "name", "full", "complet", "de", "d", "famille", "auteur", "author", "user", "utilisateur",
               "contact", "person", "personne", "fullname"}


def personal_column(name: object) -> bool:
    """Whether a column's name says it holds a direct identifier (e-mail, phone, name, address).

    >>> [personal_column(n) for n in ("authorEmail", "Nom", "author/name", "category/name/fr", "authorZipCode")]
    [True, True, True, False, False]
    """
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", str(name))
    words = re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore").decode().lower())
    if any(word in _PERSONAL_WORDS for word in words):
        return True
    return bool(words) and bool({"nom", "name", "fullname"} & set(words)) and all(word in _NAME_WORDS for word in words)


def extra_columns(table: pd.DataFrame, columns: ColumnMap, *, keep_personal_data: bool) -> tuple[pd.DataFrame, list[str]]:
    """The table's columns that the analysis does not read (one row per contribution), and those left out
    as personal data (kept when ``keep_personal_data``)."""
    read = {getattr(columns, role) for role in ("text", "id", "title", "author_type", "author", "date")} - {None}
    keep, left_out = [], []
    for position, name in enumerate(table.columns):
        if name in read:
            continue
        if not keep_personal_data and personal_column(name):
            left_out.append(str(name))
        else:
            keep.append(position)
    extras = table.iloc[:, keep].reset_index(drop=True)
    extras.columns = [str(name) for name in extras.columns]
    return extras, left_out


_PREFIX = {"campagne": "C", "populaire": "P", "doublon": "D"}


def group_kind(size: int, text: str, settings: ConsultSettings) -> str:
    """``campagne`` (a substantial text copied by several authors), ``populaire`` (a short answer
    many gave) or ``doublon``. Neither is ever excluded from the issues.

    >>> group_kind(40, "Santé, éducation", ConsultSettings()), group_kind(2, "Santé", ConsultSettings())
    ('populaire', 'doublon')
    """
    if size < settings.campaign_min_size:
        return "doublon"
    return "campagne" if len(text.split()) >= settings.campaign_min_words else "populaire"


def flag_and_group(
    frame: pd.DataFrame, settings: ConsultSettings, *, flags: list[str] | None = None
) -> tuple[pd.DataFrame, list[DuplicateGroup]]:
    """Add ``flag``, ``duplicate_group`` and ``unit`` (row of the group's representative) columns.

    ``flags``: the texts' flags when already computed (e.g. in partitions on workers).
    """
    if flags is None:
        flags = [flag_text(t, min_words=settings.min_words) for t in frame["text"]]
    groups = find_duplicate_groups(
        list(frame["text"]),
        threshold=settings.near_duplicate_threshold,
        seed=settings.seed,
        skip=[f in (EMPTY, NOT_FRENCH) for f in flags],
    )
    members: dict[int, list[int]] = {}
    for row, group in enumerate(groups):
        if group >= 0:
            members.setdefault(group, []).append(row)
    width = max(3, len(str(len(members))))
    names, duplicate_groups = {}, []
    unit = list(range(len(frame)))
    for group, rows in sorted(members.items()):
        kind = group_kind(len(rows), frame["text"].iat[rows[0]], settings)
        name = f"{_PREFIX[kind]}{group + 1:0{width}d}"
        names[group] = name
        for row in rows:
            unit[row] = rows[0]
        kinds: dict[str, int] = {}
        for row in rows:
            kinds[frame["author_kind"].iat[row]] = kinds.get(frame["author_kind"].iat[row], 0) + 1
        duplicate_groups.append(
            DuplicateGroup(name, kind, len(rows), [frame["id"].iat[r] for r in rows], frame["text"].iat[rows[0]], dict(sorted(kinds.items())))
        )
    frame = frame.copy()
    frame["flag"] = flags
    frame["duplicate_group"] = [names.get(g, "") if g >= 0 else "" for g in groups]
    frame["unit"] = unit
    return frame, duplicate_groups


def embedding_texts(frame: pd.DataFrame, use_titles: bool) -> list[str]:
    """What is embedded: the title (when it adds something) then the text."""
    texts = []
    for title, text in zip(frame["title"], frame["text"]):
        if use_titles and title and title.lower() not in text.lower():
            text = f"{title}. {text}"
        # The opening of a long contribution carries its gist; the rest costs time, not accuracy.
        texts.append(text[:MAX_EMBEDDED_CHARS])
    return texts
