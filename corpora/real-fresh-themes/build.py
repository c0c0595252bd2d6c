"""Build corpora/real-fresh-themes/passages.jsonl, an EVALUATION-ONLY theme set (run: python build.py).

The passages are transcribed in ``src.py`` (same ``load(S, P, Q)`` format as ``corpora/real/passages_src*.py``).
The build fails when a page is a page of the shared real dev set or on one of its domains, when a page's host is
used by any ``corpora/real`` round or any ``corpora/objectives/*_src.py`` set, on a passage over 70 words, on a
theme id outside the taxonomy, or on a text shared with the dev set. Never train on this set.
"""

from __future__ import annotations

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
    write_numbered,
)
from src import load  # noqa: E402

_TRANSCRIBER = Transcriber()
SRC = _TRANSCRIBER.records
S, P, Q = _TRANSCRIBER.source, _TRANSCRIBER.passage, _TRANSCRIBER.objective

URL = re.compile(r"https?://[^\s\"'<>)]+")


def training_hosts() -> set[str]:
    """Hosts of every page used by a corpora/real round or a corpora/objectives/*_src.py set."""
    files = sorted((CORPORA / "real").glob("passages_src*.py")) + sorted((CORPORA / "objectives").glob("*_src.py"))
    return {host(url) for f in files for url in URL.findall(f.read_text(encoding="utf-8"))}


def main() -> int:
    load(S, P, Q)
    dev = dev_path(HERE)
    if not dev.is_file():
        print(f"{dev} not found: the dev-source check needs it", file=sys.stderr)
        return 2
    dev_set = DevSet.load(dev)
    used = training_hosts()
    problems = site_problems(SRC, dev_set, "domain")
    problems += sorted({f"host used for training: {r['source_url']}" for r in SRC if host(r["source_url"]) in used})
    problems += passage_problems(SRC, dev_set, same_domain="domain")
    if problems:
        print("\n".join(dict.fromkeys(problems)), file=sys.stderr)
        return 1
    write_numbered(HERE / "passages.jsonl", SRC, "themes-fresh")
    print(f"{len(SRC)} passages from {len({r['source_url'] for r in SRC})} pages")
    return 0


def stats() -> str:
    """Markdown table: share of passages per theme here and in the shared dev set (for README.md)."""
    import json
    from collections import Counter

    from passage_checks import THEMES, read_jsonl

    rows = [json.loads(line) for line in (HERE / "passages.jsonl").read_text(encoding="utf-8").splitlines()]
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
    if sys.argv[1:] == ["--stats"]:
        print(stats())
        raise SystemExit(0)
    raise SystemExit(main())
