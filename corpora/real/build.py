"""Build corpora/real/passages.jsonl from the transcriptions below (run: python corpora/real/build.py).

Each passage was copied from the stored copy of a public web page returned by the project's search tool
(opening of the page, about 2,000 characters), and labelled by hand with the conventions of the shared
real dev set (see README.md). Runs of spaces were collapsed to one; everything else is as found.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # corpora/passage_checks.py
from passage_checks import (  # noqa: E402
    READ_SETS,
    READ_TRAINING,
    THEMES,
    DevSet,
    Transcriber,
    dev_path,
    flat_text,
    passage_problems,
    read_jsonl,
    site_problems,
    write_numbered,
)
from passages_src import load  # noqa: E402
from passages_src2 import load as load_round2  # noqa: E402
from passages_src5 import load as load_round5  # noqa: E402
from passages_src6 import load as load_round6  # noqa: E402
from passages_src7 import load as load_round7  # noqa: E402
from passages_src8 import load as load_round8  # noqa: E402
from passages_src9 import load as load_round9  # noqa: E402

CORPORA = HERE.parent
_TRANSCRIBER = Transcriber()
SRC = _TRANSCRIBER.records
S, P, Q = _TRANSCRIBER.source, _TRANSCRIBER.passage, _TRANSCRIBER.objective


def main() -> int:
    load(S, P, Q)
    first_round = len(SRC)
    load_round2(S, P, Q)  # loads the third and fourth rounds at its end
    load_round5(S, P, Q)  # fifth round: corpora/real/passages_src5.py
    load_round6(S, P, Q)  # sixth round: corpora/real/passages_src6.py
    load_round7(S, P, Q)  # seventh round: corpora/real/passages_src7.py
    load_round8(S, P, Q)  # eighth round: corpora/real/passages_src8.py
    load_round9(S, P, Q)  # ninth round: corpora/real/passages_src9.py
    dev = dev_path(HERE)
    if not dev.is_file():
        print(f"{dev} not found: the dev-source check needs it", file=sys.stderr)
        return 2
    dev_set = DevSet.load(dev)
    # Second round (passages_src2.py): not even another page of a dev-set domain.
    problems = site_problems(SRC[first_round:], dev_set, "host")
    kept = [r for r in SRC if not dev_set.is_page(r["source_url"])]
    print(f"{len(SRC) - len(kept)} passages dropped: their page is a source of the shared dev set", file=sys.stderr)
    SRC[:] = kept
    problems += passage_problems(SRC, dev_set)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    write_numbered(HERE / "passages.jsonl", SRC, "real")
    print(f"{len(SRC)} passages from {len({r['source_url'] for r in SRC})} sources")
    return write_training(dev_set)


def write_training(dev_set: DevSet) -> int:
    """``training.jsonl``: ``passages.jsonl`` then every passage of :data:`READ_SETS` whose text is not already in,
    with its own id; what the theme model trains on. No passage may come from a page of the shared dev set."""
    rows = read_jsonl(HERE / "passages.jsonl")
    seen = {flat_text(r["text"]) for r in rows}
    added = 0
    for name in READ_SETS:
        for record in read_jsonl(CORPORA / name):
            if flat_text(record["text"]) in seen:
                continue
            seen.add(flat_text(record["text"]))
            rows.append(record)
            added += 1
    problems = [f"{r['id']}: page of the shared dev set: {r['source_url']}" for r in rows if dev_set.is_page(r["source_url"])]
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    with open(READ_TRAINING, "w", encoding="utf-8") as out:
        for record in rows:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"training.jsonl: {len(rows)} passages ({added} from the {len(READ_SETS)} read evaluation sets)")
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
