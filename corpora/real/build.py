"""Build corpora/real/passages.jsonl from the transcriptions below (run: python corpora/real/build.py).

Each passage was copied from the stored copy of a public web page returned by the project's search tool
(opening of the page, about 2,000 characters), and labelled by hand with the conventions of the shared
real dev set (see README.md). Runs of spaces were collapsed to one; everything else is as found.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from urllib.parse import unquote

HERE = Path(__file__).resolve().parent
SRC: list[dict] = []
_url = ""
_title = ""


def S(url: str, title: str) -> None:
    """Set the current source."""
    global _url, _title
    _url, _title = url, title


def Q(value, unit, direction="reach", kind="rate", *, horizon=None, per_year=False, comparator=None,
      subject="", themes=(), value_max=None, baseline_year=None, baseline_value=None) -> dict:
    return {"value": value, "value_max": value_max, "unit": unit, "direction": direction, "kind": kind,
            "horizon_year": horizon, "baseline_year": baseline_year, "baseline_value": baseline_value,
            "per_year": per_year, "comparator": comparator, "subject": subject, "themes": list(themes)}


def P(text: str, themes, *, objective: bool | None = None, objs=(), non=(), notes: str = "",
      ambiguous: bool = False) -> None:
    objs = list(objs)
    is_objective = bool(objs) if objective is None else objective
    SRC.append({"source_url": _url, "source_title": _title, "text": re.sub(r"[ \t]+", " ", text).strip(),
                "gold": {"is_objective": is_objective, "objectives": objs, "themes": list(themes),
                         "non_objective_numbers": list(non), "notes": notes, "ambiguous": ambiguous}})


from passages_src import load  # noqa: E402
from passages_src2 import load as load_round2  # noqa: E402

THEMES = {
    "clauses_sociales_insertion", "ess_economie_sociale", "marches_reserves_handicap",
    "environnement_climat_carbone", "economie_circulaire_reemploi_dechets",
    "alimentation_durable_bio_circuits_courts", "biodiversite", "egalite_femmes_hommes",
    "numerique_responsable", "sante", "conditions_de_travail", "commerce_equitable",
    "acces_pme_tpe_local", "gouvernance_suivi", "achats_innovants", "energie",
}


def norm_url(url: str) -> str:
    url = unquote(url.strip().lower())
    url = re.sub(r"^https?://", "", url)
    url = re.sub(r"^www\.", "", url)
    url = re.sub(r"[?#].*$", "", url) if "?p=" not in url else url
    return url.rstrip("/")


def domain(url: str) -> str:
    return norm_url(url).split("/", 1)[0]


def main() -> int:
    load(S, P, Q)
    first_round = len(SRC)
    load_round2(S, P, Q)
    # the shared real dev set sits beside the repository (or beside the folder of a git worktree)
    name = Path("shared") / "data" / "spaser-real-dev" / "passages.jsonl"
    dev = next((p / name for p in HERE.parents[1:4] if (p / name).is_file()), HERE.parents[2] / name)
    dev_urls: set[str] = set()
    dev_domains: set[str] = set()
    dev_texts: list[str] = []
    if not dev.is_file():
        print(f"{dev} not found: the dev-source check needs it", file=sys.stderr)
        return 2
    for line in dev.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        dev_urls.add(norm_url(record["source_url"]))
        dev_domains.add(domain(record["source_url"]))
        dev_texts.append(re.sub(r"\W+", " ", record["text"].lower()))
    problems = []
    seen = set()
    # Second round (passages_src2.py): not even another page of a dev-set domain.
    for record in SRC[first_round:]:
        if domain(record["source_url"]) in dev_domains:
            problems.append(f"round 2 source on a dev-set domain: {record['source_url']}")
    kept = [r for r in SRC if norm_url(r["source_url"]) not in dev_urls]
    print(f"{len(SRC) - len(kept)} passages dropped: their page is a source of the shared dev set", file=sys.stderr)
    SRC[:] = kept
    for record in SRC:
        words = len(record["text"].split())
        if words > 70:
            problems.append(f"{words} words: {record['text'][:60]}")
        if norm_url(record["source_url"]) in dev_urls:
            problems.append(f"dev source: {record['source_url']}")
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
            missing = set(objective["themes"]) - set(gold["themes"])
            if missing:
                problems.append(f"objective theme not on passage {missing}: {record['text'][:50]}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    with open(HERE / "passages.jsonl", "w", encoding="utf-8") as out:
        for number, record in enumerate(SRC, 1):
            out.write(json.dumps({"id": f"real-{number:03d}", **record}, ensure_ascii=False) + "\n")
    print(f"{len(SRC)} passages from {len({r['source_url'] for r in SRC})} sources")
    return 0




def stats() -> str:
    """Markdown counts of passages/passages.jsonl (for README.md)."""
    from collections import Counter

    rows = [json.loads(line) for line in (HERE / "passages.jsonl").read_text(encoding="utf-8").splitlines()]
    themes = Counter(t for r in rows for t in r["gold"]["themes"])
    in_objective = Counter(t for r in rows if r["gold"]["is_objective"] for t in r["gold"]["themes"])
    quantified = Counter(t for r in rows for o in r["gold"]["objectives"] for t in o["themes"])
    objectives = [o for r in rows for o in r["gold"]["objectives"]]
    lines = [
        f"* Passages: **{len(rows)}** from **{len({r['source_url'] for r in rows})}** pages.",
        f"* Objective passages: **{sum(r['gold']['is_objective'] for r in rows)}** "
        f"({sum(bool(r['gold']['objectives']) for r in rows)} quantified); traps and other passages without objective: "
        f"**{sum(not r['gold']['is_objective'] for r in rows)}**.",
        f"* Quantified objectives: **{len(objectives)}**; flagged ambiguous: **{sum(r['gold']['ambiguous'] for r in rows)}**; "
        f"without theme: **{sum(not r['gold']['themes'] for r in rows)}**.",
        "* By direction: " + ", ".join(f"{k}: {v}" for k, v in Counter(o["direction"] for o in objectives).most_common()) + ".",
        "* By kind: " + ", ".join(f"{k}: {v}" for k, v in Counter(o["kind"] for o in objectives).most_common()) + ".",
        "",
        "| theme | passages | in objective passages | quantified objectives with this theme |",
        "| --- | ---: | ---: | ---: |",
    ]
    for theme in sorted(THEMES, key=lambda t: (-themes[t], t)):
        lines.append(f"| `{theme}` | {themes[theme]} | {in_objective[theme]} | {quantified[theme]} |")
    return "\n".join(lines)


if __name__ == "__main__":
    if sys.argv[1:] == ["--stats"]:
        print(stats())
        raise SystemExit(0)
    raise SystemExit(main())
