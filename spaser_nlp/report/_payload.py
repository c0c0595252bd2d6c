"""Every contribution of a consultation as one compact JSON object, embedded once in ``report.html``.

Column-oriented (one array per field, categories as small integer codes) so that 100,000
contributions stay a few tens of megabytes and parse in a fraction of a second; the report's script
renders pages of them. The JSON is made safe to sit in a ``<script type="application/json">``
element: ``<``, ``>`` and ``&`` are written as ``\\u`` escapes, so no text can close the element.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pandas as pd

from spaser_nlp.report._french import parse_dates
from spaser_nlp.report.charts import colour

#: Flags as the analysts read them (the report's filter and badges).
FLAG_LABELS = {
    "vide": "vide",
    "trop_court": "trop courte",
    "illisible": "illisible (presque sans mots)",
    "non_francais": "pas en français",
    "hors_sujet": "hors sujet (proche d'aucun enjeu)",
}
DUPLICATE_KINDS = {"doublon": "doublon", "campagne": "campagne", "populaire": "réponse populaire"}
STANCE_ORDER = ("pour", "contre", "neutre")
UNKNOWN_AUTHOR = "non précisé"
#: Columns holding the contribution's address on the platform (Decidim: ``url``), first found wins.
LINK_COLUMNS = ("url", "link", "lien", "permalink", "permalien", "adresse")
_WEB_LINK = re.compile(r"https?://[^\s\"<>]{1,2000}", re.IGNORECASE)
_EPOCH = dt.date(1970, 1, 1)


def column(frame: pd.DataFrame, *names: str) -> str | None:
    """The first of ``names`` that is a column of ``frame`` with at least one non-empty value."""
    for name in names:
        if name in frame.columns:
            values = frame[name]
            if bool((values.notna() & (values.astype(str).str.strip() != "")).any()):
                return name
    return None


def _texts(frame: pd.DataFrame, name: str | None) -> list[str]:
    if name is None:
        return []
    values = frame[name].to_numpy(dtype=object, na_value="")
    return [v if type(v) is str else ("" if v is None or v != v else str(v)) for v in values]


def _scores(frame: pd.DataFrame) -> list[int | None]:
    """Similarity to the main issue in thousandths (``None`` without a main issue): the "closest first" order."""
    values = pd.to_numeric(frame["score"], errors="coerce").to_numpy(dtype=float)
    return [None if v != v else int(round(v * 1000)) for v in values]


def _codes(values: list[str], order: list[str]) -> list[int]:
    index = {value: n for n, value in enumerate(order)}
    return [index.get(v, -1) for v in values]


def stance_values(result: Any) -> list[str]:
    """Stances present in the contributions (pour, contre, neutre first), [] when the analysis found none."""
    frame = result.contributions
    name = column(frame, "stance")
    if name is None:
        return []
    seen = {v.strip() for v in _texts(frame, name) if v.strip()}
    if not any(any(issue.stance.values()) for issue in result.issues if isinstance(issue.stance, dict)) and not (
        seen - {"neutre"}
    ):
        return []  # everything "neutre": the answers take no sides, a stance filter would be noise
    return [s for s in STANCE_ORDER if s in seen] + sorted(seen - set(STANCE_ORDER))


def author_types(result: Any) -> list[str]:
    """Author types by decreasing count (the unknown ones as ``non précisé``)."""
    frame = result.contributions
    name = column(frame, "author_type", "author_kind")
    values = [v.strip() or UNKNOWN_AUTHOR for v in _texts(frame, name)] if name else []
    counts = pd.Series(values, dtype=object).value_counts() if values else pd.Series(dtype=int)
    return sorted(counts.index.tolist(), key=lambda v: (-int(counts[v]), v))


def payload(result: Any, dates: list[dt.datetime | None] | None = None, limit: int | None = None) -> dict[str, Any]:
    """The report's data: issues, categories and one array per contribution field.

    ``dates``: the parsed ``date`` column when the caller has it (parsed here otherwise);
    ``limit``: embed only the first ``limit`` contributions (``total`` says how many there are).
    """
    total = len(result.contributions)
    frame = result.contributions if limit is None or total <= limit else result.contributions.iloc[:limit]
    dates = None if dates is None else dates[: len(frame)]
    n = len(frame)
    issues = list(result.issues)
    issue_index = {issue.id: k for k, issue in enumerate(issues)}
    primary = _texts(frame, "issue_id") if "issue_id" in frame.columns else [""] * n
    all_ids = _texts(frame, "issue_ids") if "issue_ids" in frame.columns else primary
    others: list[Any] = []
    for main, ids in zip(primary, all_ids):
        extra = [issue_index[x] for x in ids.split(";") if x and x != main and x in issue_index]
        others.append(extra or 0)
    types = author_types(result)
    type_name = column(frame, "author_type", "author_kind")
    flags_seen = sorted({f for f in _texts(frame, "flag") if f}) if "flag" in frame.columns else []
    stances = stance_values(result)
    groups = sorted(result.duplicates, key=lambda g: (-g.size, g.id))
    group_index = {g.id: k for k, g in enumerate(groups)}
    data: dict[str, Any] = {
        "n": n,
        "total": total,
        "issues": [[i.id, i.label, i.rank, colour(i.rank), i.size, i.n_mentions] for i in issues],
        "types": types,
        "flags": [[f, FLAG_LABELS.get(f, f.replace("_", " "))] for f in flags_seen],
        "stances": stances,
        "groups": [[g.id, DUPLICATE_KINDS.get(g.kind, g.kind), g.size] for g in groups],
        "id": _texts(frame, "id"),
        "text": _texts(frame, "text"),
        "issue": [issue_index.get(x, -1) for x in primary],
        "other": others,
        "type": _codes([v.strip() or UNKNOWN_AUTHOR for v in _texts(frame, type_name)], types) if type_name else None,
        "flag": _codes(_texts(frame, "flag"), flags_seen) if flags_seen else None,
        "dup": [group_index.get(g, -1) for g in _texts(frame, "duplicate_group")] if "duplicate_group" in frame.columns else None,
        "stance": _codes([v.strip() for v in _texts(frame, "stance")], stances) if stances else None,
        "score": _scores(frame) if "score" in frame.columns else None,
        "title": None, "question": None, "url": None, "date": None,
    }
    title = column(frame, "title")
    if title:
        data["title"] = _texts(frame, title)
    question = column(frame, "question")
    if question:
        data["question"] = _texts(frame, question)
    url = column(frame, *LINK_COLUMNS, *(c for c in frame.columns if str(c).lower() in LINK_COLUMNS and c not in LINK_COLUMNS))
    if url:
        links = [v.strip() for v in _texts(frame, url)]
        data["url"] = [v if _WEB_LINK.fullmatch(v) else "" for v in links]  # web addresses only: no javascript:
    date = column(frame, "date")
    if date:
        stamps = dates if dates is not None else parse_dates(frame[date])
        if any(s is not None for s in stamps):
            data["date"] = [(s.date() - _EPOCH).days if s is not None else None for s in stamps]
    return data


def script_json(data: Any) -> str:
    """``data`` as JSON that cannot end its ``<script>`` element nor open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


__all__ = ["FLAG_LABELS", "author_types", "column", "payload", "script_json", "stance_values"]
