"""Checks shared by the builders of real passage sets (``corpora/real/build.py``, ``corpora/objectives/build_collected.py``,
``corpora/real-fresh-themes/build.py``), and the :class:`Transcriber` whose ``S`` / ``P`` / ``Q`` their source files call.

A real passage set is a training set: no page of the shared real dev set (``../shared/data/spaser-real-dev``) may be
in it, nor a copy of a dev passage's text, so that no page is both trained on and scored. The builders collect their
records, then call :func:`passage_problems`, which returns one line per problem (an empty list means the set may be
written): more than 70 words, a dev page (optionally any page of a dev *domain*), a text also in the dev set, a
duplicate text, a theme id outside the taxonomy, an objective theme missing from its passage, an unknown direction or
kind.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import unquote, urlparse

MAX_WORDS = 70
THEMES = frozenset({
    "clauses_sociales_insertion", "ess_economie_sociale", "marches_reserves_handicap",
    "environnement_climat_carbone", "economie_circulaire_reemploi_dechets",
    "alimentation_durable_bio_circuits_courts", "biodiversite", "egalite_femmes_hommes",
    "numerique_responsable", "sante", "conditions_de_travail", "commerce_equitable",
    "acces_pme_tpe_local", "gouvernance_suivi", "achats_innovants", "energie",
})
# the short names the transcriptions (``passages_src*.py``, ``real-fresh-themes/src*.py``) write themes with
G, E, CS, CE = "gouvernance_suivi", "environnement_climat_carbone", "clauses_sociales_insertion", \
    "economie_circulaire_reemploi_dechets"
BIO, ESS, EN, MR = "biodiversite", "ess_economie_sociale", "energie", "marches_reserves_handicap"
NUM, AL, SA, CT = "numerique_responsable", "alimentation_durable_bio_circuits_courts", "sante", "conditions_de_travail"
CEQ = FT = "commerce_equitable"
PME = "acces_pme_tpe_local"
INNO = IN = "achats_innovants"
EG = EFH = "egalite_femmes_hommes"
DIRECTIONS = frozenset({"reach", "increase", "decrease", "maintain"})
KINDS = frozenset({"rate", "absolute", "relative_change", "growth_rate"})
_DEV_NAME = Path("shared") / "data" / "spaser-real-dev" / "passages.jsonl"
_SECOND_LEVEL = ("gouv", "asso", "co", "com", "org", "ac")


class Transcriber:
    """The ``S`` / ``P`` / ``Q`` helpers that ``passages_src*.py`` transcriptions call, collecting into ``records``.

    ``load(S, P, Q)`` in a source file calls ``S(url, title)`` for each page, then ``P(text, themes, ...)`` for each of
    its passages, with ``Q(...)`` building the quantified objectives of a passage (the shared dev set's record layout).
    """

    def __init__(self) -> None:
        self.records: list[dict[str, Any]] = []
        self._url = ""
        self._title = ""

    def source(self, url: str, title: str) -> None:
        """Set the current source (``S``)."""
        self._url, self._title = url, title

    @staticmethod
    def objective(value, unit, direction="reach", kind="rate", *, horizon=None, per_year=False, comparator=None,
                  subject="", themes=(), value_max=None, baseline_year=None, baseline_value=None) -> dict[str, Any]:
        """One quantified objective (``Q``)."""
        return {"value": value, "value_max": value_max, "unit": unit, "direction": direction, "kind": kind,
                "horizon_year": horizon, "baseline_year": baseline_year, "baseline_value": baseline_value,
                "per_year": per_year, "comparator": comparator, "subject": subject, "themes": list(themes)}

    def passage(self, text: str, themes, *, objective: bool | None = None, objs=(), non=(), notes: str = "",
                ambiguous: bool = False) -> None:
        """One passage of the current source (``P``); runs of spaces and tabs collapsed."""
        objs = list(objs)
        is_objective = bool(objs) if objective is None else objective
        self.records.append({
            "source_url": self._url, "source_title": self._title, "text": re.sub(r"[ \t]+", " ", text).strip(),
            "gold": {"is_objective": is_objective, "objectives": objs, "themes": list(themes),
                     "non_objective_numbers": list(non), "notes": notes, "ambiguous": ambiguous}})


# Evaluation sets that have been scored and read (their first scores are kept in the README and beside them): from
# theme model 1.10.0 on, their theme labels are training data too (models/themes/ROUND11_RULE.md). Order: the order
# in which 1.10.0 was built and scored (objectives' collected set, the objectives' unseen sets in file-name order,
# the theme unseen sets 1-3; from 1.11.0, theme set 4 and the objectives' fresh21-22; from 1.12.0, theme set 5 and
# fresh23-24; from 1.13.0, theme set 6 and fresh25-26). Sets collected later (fresh27-, theme set 7-, ...) stay
# evaluation-only until a model version ships them; they refuse every host of training.jsonl.
READ_SETS: tuple[str, ...] = (
    ("objectives/real-collected.jsonl",
     *sorted(f"objectives/real-fresh{n}.jsonl" for n in ["", *map(str, range(2, 21))]),
     "real-fresh-themes/passages.jsonl", "real-fresh-themes/passages2.jsonl", "real-fresh-themes/passages3.jsonl",
     # from 1.11.0: the unseen pool U that 1.10.0 was judged on, scored and read since
     "real-fresh-themes/passages4.jsonl", "objectives/real-fresh21.jsonl", "objectives/real-fresh22.jsonl",
     # from 1.12.0: pool V, which judged 1.11.0
     "real-fresh-themes/passages5.jsonl", "objectives/real-fresh23.jsonl", "objectives/real-fresh24.jsonl",
     # from 1.13.0: pool W, which judged 1.12.0
     "real-fresh-themes/passages6.jsonl", "objectives/real-fresh25.jsonl", "objectives/real-fresh26.jsonl",
     # from 1.14.0: pool X, which judged 1.13.0
     "real-fresh-themes/passages7.jsonl", "objectives/real-fresh27.jsonl", "objectives/real-fresh28.jsonl")
)
READ_TRAINING = Path(__file__).resolve().parent / "real" / "training.jsonl"


def dev_path(start: Path) -> Path:
    """The shared dev set beside the repository holding ``start`` (a main checkout or a git worktree under ``wt/``).

    ``start`` is a folder two levels under the repository root (``corpora/<set>``); the path is returned even when
    absent, so that the caller can say where it looked.
    """
    return next((p / _DEV_NAME for p in start.parents[1:4] if (p / _DEV_NAME).is_file()), start.parents[2] / _DEV_NAME)


def norm_url(url: str) -> str:
    """A page's URL compared without scheme, ``www.``, query (except WordPress ``?p=`` pages), fragment or final slash."""
    url = unquote(url.strip().lower())
    url = re.sub(r"^https?://", "", url)
    url = re.sub(r"^www\.", "", url)
    url = re.sub(r"[?#].*$", "", url) if "?p=" not in url else url
    return url.rstrip("/")


def host(url: str) -> str:
    """The page's host name without ``www.``, user name (``s.name@site.fr``), port or the root's final dot
    (``cordis.europa.eu./…``, a fully qualified name, is ``cordis.europa.eu``)."""
    return re.sub(r"\.?(?::\d+)?$", "", norm_url(url).split("/", 1)[0].rsplit("@", 1)[-1])


def domain(url: str) -> str:
    """The registrable domain of a page (``css.achatpublic.info`` -> ``achatpublic.info``, ``x.gouv.fr`` kept whole)."""
    name = (urlparse(url if "://" in url else "https://" + url).hostname or "").rstrip(".")
    parts = re.sub(r"^www\.", "", name).split(".")
    size = 3 if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL else 2
    return ".".join(parts[-size:])


def flat_text(text: str) -> str:
    """Lower-case words only: how two texts are compared."""
    return re.sub(r"\W+", " ", text.lower())


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The records of a JSON-lines file (blank lines skipped)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def training_host_problems(records: Iterable[dict[str, Any]], name: str, what: str) -> list[str]:
    """Pages of ``records``, the set written as ``name`` (relative to ``corpora/``), on a host of the theme model's
    training file :data:`READ_TRAINING`, when that set is not yet training data (not in :data:`READ_SETS`); one
    problem each, "host of ``what`` (corpora/real/training.jsonl): URL". None for a read set or without the file."""
    if name in READ_SETS or not READ_TRAINING.is_file():
        return []
    hosts = {host(r["source_url"]) for r in read_jsonl(READ_TRAINING)}
    return [f"host of {what} (corpora/real/training.jsonl): {r['source_url']}" for r in records
            if host(r["source_url"]) in hosts]


def write_numbered(path: Path, records: Iterable[dict[str, Any]], prefix: str) -> None:
    """Write ``records`` as JSON lines, each with ``id`` ``<prefix>-001``, ``<prefix>-002``… first."""
    with open(path, "w", encoding="utf-8") as out:
        for number, record in enumerate(records, 1):
            out.write(json.dumps({"id": f"{prefix}-{number:03d}", **record}, ensure_ascii=False) + "\n")


class DevSet(NamedTuple):
    """What a training set may not share with the shared real dev set."""

    urls: frozenset[str] = frozenset()
    hosts: frozenset[str] = frozenset()
    domains: frozenset[str] = frozenset()
    texts: tuple[str, ...] = ()

    @classmethod
    def load(cls, path: Path) -> DevSet:
        return cls.from_records(read_jsonl(path))

    @classmethod
    def from_records(cls, records: Iterable[dict[str, Any]]) -> DevSet:
        rows = list(records)
        return cls(urls=frozenset(norm_url(r["source_url"]) for r in rows),
                   hosts=frozenset(host(r["source_url"]) for r in rows),
                   domains=frozenset(domain(r["source_url"]) for r in rows),
                   texts=tuple(flat_text(r["text"]) for r in rows))

    def is_page(self, url: str) -> bool:
        return norm_url(url) in self.urls

    def shares_text(self, text: str) -> bool:
        """The passage's text and a dev passage's overlap (either's first 80 characters inside the other)."""
        flat = flat_text(text)
        return any(flat[:80] in other or other[:80] in flat for other in self.texts)


def site_problems(records: Iterable[dict[str, Any]], dev: DevSet, same_domain: str = "domain") -> list[str]:
    """Pages of ``records`` on a dev-set site: ``"host"`` (same host name) or ``"domain"`` (same registrable
    domain, stricter)."""
    if same_domain not in ("host", "domain"):
        raise ValueError(f"same_domain is 'host' or 'domain', not {same_domain!r}")
    if same_domain == "host":
        return [f"source on a dev-set domain: {r['source_url']}" for r in records if host(r["source_url"]) in dev.hosts]
    return [f"source on a dev-set domain: {r['source_url']}" for r in records if domain(r["source_url"]) in dev.domains]


def passage_problems(records: Iterable[dict[str, Any]], dev: DevSet, *, same_domain: str | None = None,
                     themes: frozenset[str] = THEMES) -> list[str]:
    """One line per problem of ``records`` (shared real-passage format); empty when the set may be written.

    ``same_domain`` also refuses pages of a dev-set site (see :func:`site_problems`).
    """
    problems: list[str] = []
    seen: set[str] = set()
    for record in records:
        text, url = record["text"], record["source_url"]
        words = len(text.split())
        if words > MAX_WORDS:
            problems.append(f"{words} words: {text[:60]}")
        if dev.is_page(url):
            problems.append(f"dev source: {url}")
        elif same_domain is not None:
            problems += site_problems([record], dev, same_domain)
        if dev.shares_text(text):
            problems.append(f"text also in the dev set: {text[:60]}")
        flat = flat_text(text)
        if flat in seen:
            problems.append(f"duplicate: {text[:60]}")
        seen.add(flat)
        gold = record["gold"]
        for theme in gold["themes"] + [t for o in gold["objectives"] for t in o["themes"]]:
            if theme not in themes:
                problems.append(f"unknown theme {theme}")
        for objective in gold["objectives"]:
            missing = set(objective["themes"]) - set(gold["themes"])
            if missing:
                problems.append(f"objective theme not on passage {sorted(missing)}: {text[:50]}")
            if objective["direction"] not in DIRECTIONS:
                problems.append(f"direction {objective['direction']}: {text[:50]}")
            if objective["kind"] not in KINDS:
                problems.append(f"kind {objective['kind']}: {text[:50]}")
    return problems
