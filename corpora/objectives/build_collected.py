"""Build corpora/objectives/real-collected.jsonl from collected_src.py, and the evaluation-only sets listed in
``FRESH_SETS`` (real-fresh.jsonl from fresh_src.py, real-fresh2.jsonl from fresh2_src.py, …)
(run: python corpora/objectives/build_collected.py).

Real passages for the objective detector, collected by the objectives work (issue 15) from the stored copies
of public web pages that the project's search tool returns (the opening of each page), each passage 70 words
or fewer, cited by its URL, and labelled by hand with the conventions of the shared real dev set
(``../shared/data/spaser-real-dev/README.md``). Runs of spaces are collapsed; everything else is as found.
No page of the shared dev set is used, and no page of a *domain* of the dev set either (stricter than the
rule, so that no site's wording is both learned and scored); the build fails if one slips in.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # corpora/passage_checks.py

from passage_checks import (  # noqa: E402
    DevSet,
    dev_path,
    flat_text,
    passage_problems,
    read_jsonl,
    site_problems,
    training_host_problems,
    write_numbered,
)

DEV = dev_path(HERE)
SRC: list[dict] = []
_source = ["", ""]


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


#: the evaluation sets, in the order they were collected: each one's sites are checked against every earlier one
FRESH_SETS = [("fresh_src", "real-fresh.jsonl", "obj-fresh")] + [
    (f"fresh{n}_src", f"real-fresh{n}.jsonl", f"obj-fresh{n}") for n in range(2, 43)]


def main() -> int:
    from collected_src import load

    load(S, P, Q)
    if not DEV.is_file():
        print(f"{DEV} not found: the dev-source check needs it", file=sys.stderr)
        return 2
    dev = DevSet.load(DEV)
    # a passage the themes work already collected (corpora/objectives/real-train.jsonl) is not counted twice
    known = {flat_text(r["text"]) for r in read_jsonl(HERE / "real-train.jsonl")}
    kept = [r for r in SRC if flat_text(r["text"]) not in known]
    if len(kept) < len(SRC):
        print(f"{len(SRC) - len(kept)} passages dropped: already in real-train.jsonl", file=sys.stderr)
    SRC[:] = kept
    problems = passage_problems(SRC, dev, same_domain="domain")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    write_numbered(HERE / "real-collected.jsonl", SRC, "obj-real")
    _summary(SRC, "real-collected.jsonl")
    known_records = list(SRC)
    for name, out, prefix in FRESH_SETS:
        made = _fresh(dev, known_records=known_records, source=name, out=out, prefix=prefix)
        if made is None:
            return 1
        known_records += made
    return 0


def _summary(records: list[dict], name: str) -> None:
    objectives = sum(len(r["gold"]["objectives"]) for r in records)
    traps = sum(not r["gold"]["objectives"] for r in records)
    print(f"{name}: {len(records)} passages from {len({r['source_url'] for r in records})} sources: {objectives} "
          f"quantified objectives, {traps} passages without one")


def _fresh(dev: DevSet, known_records: list[dict], source: str = "fresh_src", out: str = "real-fresh.jsonl",
           prefix: str = "obj-fresh") -> list[dict] | None:
    """An evaluation-only set (``fresh_src.py`` -> real-fresh.jsonl, ``fresh2_src.py`` -> real-fresh2.jsonl, …): on
    no site of the dev set, of any training passage, nor of ``known_records`` (the collected passages, and the earlier
    fresh sets). Returns its records, or None after printing the problems."""
    import importlib

    collected = list(known_records)
    SRC.clear()
    importlib.import_module(source).load(S, P, Q)
    training = [r for path in (HERE / "real-train.jsonl", HERE.parent / "real" / "passages.jsonl")
                if path.is_file() for r in read_jsonl(path)]
    seen = DevSet.from_records(training + collected)
    problems = passage_problems(SRC, dev, same_domain="domain") + site_problems(SRC, seen, "domain")
    problems += [f"text also in a training set: {r['text'][:60]}" for r in SRC if seen.shares_text(r["text"])]
    problems += training_host_problems(SRC, f"objectives/{out}", "a theme training passage")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return None
    write_numbered(HERE / out, SRC, prefix)
    _summary(SRC, out)
    return list(SRC)


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    raise SystemExit(main())
