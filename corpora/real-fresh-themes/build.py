"""Build corpora/real-fresh-themes/passages.jsonl, passages2.jsonl ... passages13.jsonl, EVALUATION-ONLY theme sets
(run: python build.py).

The passages are transcribed in ``src.py``, ``src2.py`` ... ``src13.py``, same ``load(S, P, Q)`` format as
``corpora/real/passages_src*.py``. The build fails when a page is a page of the shared real dev set or on one of its
domains, when a page's host is used for training (any ``corpora/real`` round or the objectives' collected set) or by an
earlier set of this folder, on a passage over 70 words, on a theme id outside the taxonomy, or on a text shared with
the dev set. Sets 1-3 have been scored and read: from theme model 1.10.0 they are training data
(``corpora/real/build.py``, ``READ_SETS``); a later set also fails on any host of ``corpora/real/training.jsonl``.
Never train on a set before it has been scored.
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent
sys.path.insert(0, str(CORPORA))  # corpora/passage_checks.py
from passage_checks import (  # noqa: E402
    DevSet,
    Transcriber,
    dev_path,
    host,
    passage_problems,
    site_problems,
    training_host_problems,
    write_numbered,
)

# (transcription module, output file, id prefix); each set also refuses the hosts of the sets before it
SETS = [("src", "passages.jsonl", "themes-fresh"), ("src2", "passages2.jsonl", "themes-fresh2"),
        ("src3", "passages3.jsonl", "themes-fresh3"), ("src4", "passages4.jsonl", "themes-fresh4"),
        ("src5", "passages5.jsonl", "themes-fresh5"), ("src6", "passages6.jsonl", "themes-fresh6"),
        ("src7", "passages7.jsonl", "themes-fresh7"), ("src8", "passages8.jsonl", "themes-fresh8"),
        ("src9", "passages9.jsonl", "themes-fresh9"), ("src10", "passages10.jsonl", "themes-fresh10"),
        ("src11", "passages11.jsonl", "themes-fresh11"), ("src12", "passages12.jsonl", "themes-fresh12"),
        ("src13", "passages13.jsonl", "themes-fresh13")]

URL = re.compile(r"https?://[^\s\"'<>)]+")


def training_hosts() -> set[str]:
    """Hosts of every page used for training: a corpora/real round or the objectives' collected set. The objectives'
    fresh sets are evaluation-only like these, so sharing a host with them leaks nothing into training."""
    files = sorted((CORPORA / "real").glob("passages_src*.py")) + [CORPORA / "objectives" / "collected_src.py"]
    return {host(url) for f in files for url in URL.findall(f.read_text(encoding="utf-8"))}


def transcribed(module: str) -> list[dict]:
    """The records that ``module``'s ``load(S, P, Q)`` transcribes."""
    transcriber = Transcriber()
    importlib.import_module(module).load(transcriber.source, transcriber.passage, transcriber.objective)
    return transcriber.records


def main() -> int:
    dev = dev_path(HERE)
    if not dev.is_file():
        print(f"{dev} not found: the dev-source check needs it", file=sys.stderr)
        return 2
    dev_set = DevSet.load(dev)
    used, earlier = training_hosts(), set()
    for module, out, prefix in SETS:
        records = transcribed(module)
        problems = site_problems(records, dev_set, "domain")
        problems += sorted({f"host used for training: {r['source_url']}" for r in records if host(r["source_url"]) in used})
        problems += sorted({f"host used by an earlier set: {r['source_url']}"
                            for r in records if host(r["source_url"]) in earlier})
        problems += sorted(set(training_host_problems(records, f"real-fresh-themes/{out}", "a training passage")))
        problems += passage_problems(records, dev_set, same_domain="domain")
        if problems:
            print("\n".join(dict.fromkeys(problems)), file=sys.stderr)
            return 1
        write_numbered(HERE / out, records, prefix)
        earlier |= {host(r["source_url"]) for r in records}
        print(f"{out}: {len(records)} passages from {len({r['source_url'] for r in records})} pages")
    return 0


def stats(out: str = "passages.jsonl") -> str:
    """Markdown table: share of passages per theme in ``out`` and in the shared dev set (for README.md)."""
    import json
    from collections import Counter

    from passage_checks import THEMES, read_jsonl

    rows = [json.loads(line) for line in (HERE / out).read_text(encoding="utf-8").splitlines()]
    dev = read_jsonl(dev_path(HERE))
    mine = Counter(t for r in rows for t in r["gold"]["themes"])
    theirs = Counter(t for r in dev for t in r["gold"]["themes"])
    lines = [f"* Passages: **{len(rows)}** from **{len({r['source_url'] for r in rows})}** pages.", "",
             "| theme | passages | share | dev share |", "| --- | ---: | ---: | ---: |"]
    for theme in sorted(THEMES, key=lambda t: (-mine[t], t)):
        lines.append(f"| `{theme}` | {mine[theme]} | {100 * mine[theme] / len(rows):.1f} % "
                     f"| {100 * theirs[theme] / len(dev):.1f} % |")
    return "\n".join(lines)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--stats"]:  # --stats [passages2.jsonl]
        print(stats(*sys.argv[2:3]))
        raise SystemExit(0)
    raise SystemExit(main())
