"""Build corpora/objectives/real-collected.jsonl from collected_src.py (run: python corpora/objectives/build_collected.py).

Real passages for the objective detector, collected by the objectives work (issue 15) from the stored copies
of public web pages that the project's search tool returns (the opening of each page), each passage 70 words
or fewer, cited by its URL, and labelled by hand with the conventions of the shared real dev set
(``../shared/data/spaser-real-dev/README.md``). Runs of spaces are collapsed; everything else is as found.
No page of the shared dev set is used, and no page of a *domain* of the dev set either (stricter than the
rule, so that no site's wording is both learned and scored); the build fails if one slips in.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

HERE = Path(__file__).resolve().parent
_DEV_NAME = Path("shared") / "data" / "spaser-real-dev" / "passages.jsonl"
# the repository's parent folder (main checkout) or its grandparent (a git worktree under wt/)
DEV = next((p / _DEV_NAME for p in HERE.parents[1:4] if (p / _DEV_NAME).is_file()), HERE.parents[2] / _DEV_NAME)
SRC: list[dict] = []
_source = ["", ""]
THEMES = {
    "clauses_sociales_insertion", "ess_economie_sociale", "marches_reserves_handicap",
    "environnement_climat_carbone", "economie_circulaire_reemploi_dechets",
    "alimentation_durable_bio_circuits_courts", "biodiversite", "egalite_femmes_hommes",
    "numerique_responsable", "sante", "conditions_de_travail", "commerce_equitable",
    "acces_pme_tpe_local", "gouvernance_suivi", "achats_innovants", "energie",
}


def S(url: str, title: str) -> None:
    """Set the current source page."""
    _source[:] = [url, title]


def Q(value: float, unit: str = "%", direction: str = "reach", kind: str = "rate", *, horizon: int | None = None,
      per_year: bool = False, comparator: str | None = None, subject: str = "", themes: tuple[str, ...] = (),
      value_max: float | None = None, baseline_year: int | None = None, baseline_value: float | None = None) -> dict:
    """One quantified objective."""
    return {"value": value, "value_max": value_max, "unit": unit, "direction": direction, "kind": kind,
            "horizon_year": horizon, "baseline_year": baseline_year, "baseline_value": baseline_value,
            "per_year": per_year, "comparator": comparator, "subject": subject, "themes": list(themes)}


def P(text: str, themes: list[str] | tuple[str, ...], *, objective: bool | None = None, objs: tuple | list = (),
      non: tuple | list = (), notes: str = "", ambiguous: bool = False) -> None:
    """One passage; ``objective`` defaults to "has a quantified objective"."""
    objs = [dict(o, themes=list(o["themes"] or themes)) for o in objs]
    SRC.append({"source_url": _source[0], "source_title": _source[1], "text": re.sub(r"[ \t]+", " ", text).strip(),
                "gold": {"is_objective": bool(objs) if objective is None else objective, "objectives": objs,
                         "themes": list(themes), "non_objective_numbers": list(non), "notes": notes,
                         "ambiguous": ambiguous}})


def norm_url(url: str) -> str:
    url = unquote(url.strip().lower())
    url = re.sub(r"^https?://", "", url)
    url = re.sub(r"^www\.", "", url)
    return url.rstrip("/")


def domain(url: str) -> str:
    host = urlparse(url if "://" in url else "https://" + url).netloc.lower()
    host = re.sub(r"^www\.", "", host)
    parts = host.split(".")
    size = 3 if len(parts) >= 3 and parts[-2] in ("gouv", "asso", "co", "com", "org", "ac") else 2
    return ".".join(parts[-size:])


def main() -> int:
    from collected_src import load

    load(S, P, Q)
    dev_urls: set[str] = set()
    dev_domains: set[str] = set()
    dev_texts: list[str] = []
    if not DEV.is_file():
        print(f"{DEV} not found: the dev-source check needs it", file=sys.stderr)
        return 2
    for line in DEV.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        dev_urls.add(norm_url(record["source_url"]))
        dev_domains.add(domain(record["source_url"]))
        dev_texts.append(re.sub(r"\W+", " ", record["text"].lower()))
    # a passage the themes work already collected (corpora/objectives/real-train.jsonl) is not counted twice
    known = {re.sub(r"\W+", " ", json.loads(line)["text"].lower())
             for line in (HERE / "real-train.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
    kept = [r for r in SRC if re.sub(r"\W+", " ", r["text"].lower()) not in known]
    if len(kept) < len(SRC):
        print(f"{len(SRC) - len(kept)} passages dropped: already in real-train.jsonl", file=sys.stderr)
    SRC[:] = kept
    problems = []
    seen: set[str] = set()
    for record in SRC:
        words = len(record["text"].split())
        if words > 70:
            problems.append(f"{words} words: {record['text'][:60]}")
        if norm_url(record["source_url"]) in dev_urls or domain(record["source_url"]) in dev_domains:
            problems.append(f"dev source or domain: {record['source_url']}")
        flat = re.sub(r"\W+", " ", record["text"].lower())
        if any(flat[:80] in other or other[:80] in flat for other in dev_texts):
            problems.append(f"text also in the dev set: {record['text'][:60]}")
        if flat in seen:
            problems.append(f"duplicate: {record['text'][:60]}")
        seen.add(flat)
        gold = record["gold"]
        for theme in gold["themes"] + [t for o in gold["objectives"] for t in o["themes"]]:
            if theme not in THEMES:
                problems.append(f"unknown theme {theme}")
        for objective in gold["objectives"]:
            if objective["direction"] not in ("reach", "increase", "decrease", "maintain"):
                problems.append(f"direction {objective['direction']}")
            if objective["kind"] not in ("rate", "absolute", "relative_change", "growth_rate"):
                problems.append(f"kind {objective['kind']}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    with open(HERE / "real-collected.jsonl", "w", encoding="utf-8") as out:
        for number, record in enumerate(SRC, 1):
            out.write(json.dumps({"id": f"obj-real-{number:03d}", **record}, ensure_ascii=False) + "\n")
    objectives = sum(len(r["gold"]["objectives"]) for r in SRC)
    traps = sum(not r["gold"]["objectives"] for r in SRC)
    print(f"{len(SRC)} passages from {len({r['source_url'] for r in SRC})} sources: {objectives} quantified "
          f"objectives, {traps} passages without one")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    raise SystemExit(main())
