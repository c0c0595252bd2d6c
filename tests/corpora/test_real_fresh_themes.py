"""corpora/real-fresh-themes (evaluation-only theme sets): rebuilt in a scratch copy, the builder writes every committed
passages.jsonl, passages2.jsonl … byte for byte, refuses a later set on a host of an earlier one (and a set not yet
read on a host of the training file), and refuses to run without the shared dev set."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.corpora.test_passage_checks import READ_SETS  # the read evaluation sets, theme training data

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT / "corpora"
DEV = next((p / "shared" / "data" / "spaser-real-dev" / "passages.jsonl" for p in ROOT.parents[:2]
            if (p / "shared" / "data" / "spaser-real-dev" / "passages.jsonl").is_file()), None)


def _number(path: Path) -> int:
    """src.py / passages.jsonl → 1, src8.py / passages8.jsonl → 8."""
    digits = re.search(r"(\d*)\.\w+$", path.name)
    return int(digits[1]) if digits and digits[1] else 1


@pytest.mark.skipif(DEV is None, reason="shared real dev set not beside the repository")
def test_fresh_theme_set_rebuilds_and_needs_the_dev_set(tmp_path: Path) -> None:
    assert DEV is not None
    repo = tmp_path / "repo" / "corpora"
    training = sorted((CORPORA / "real").glob("passages_src*.py")) + sorted((CORPORA / "objectives").glob("*_src.py"))
    assert training  # the host check reads them: a copy without them would check nothing
    fresh = CORPORA / "real-fresh-themes"
    sources = sorted(fresh.glob("src*.py"), key=_number)
    sets = sorted(fresh.glob("passages*.jsonl"), key=_number)
    assert [_number(p) for p in sources] == [_number(p) for p in sets] == list(range(1, len(sets) + 1))
    for path in [CORPORA / "passage_checks.py", fresh / "build.py", *sources,
                 CORPORA / "real" / "training.jsonl", *training]:
        target = repo / path.relative_to(CORPORA)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)
    (tmp_path / "shared" / "data" / "spaser-real-dev").mkdir(parents=True)
    shutil.copy(DEV, tmp_path / "shared" / "data" / "spaser-real-dev")
    script = repo / "real-fresh-themes" / "build.py"
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    for path in sets:
        assert (repo / "real-fresh-themes" / path.name).read_bytes() == path.read_bytes(), path.name
    # each set may not use a host of an earlier set: its first page is moved, in turn, onto the first host of each
    # earlier set
    earlier_urls = [json.loads(path.read_text(encoding="utf-8").splitlines()[0])["source_url"] for path in sets]
    for number in range(2, len(sets) + 1):
        src = repo / "real-fresh-themes" / sources[number - 1].name
        original = src.read_text(encoding="utf-8")
        for earlier in earlier_urls[: number - 1]:
            src.write_text(original.replace('S("', f'S("{earlier}#', 1), encoding="utf-8")
            done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
            assert done.returncode == 1 and "host used by an earlier set" in done.stderr, (number, earlier)
            assert sets[number - 1].name not in done.stdout
        src.write_text(original, encoding="utf-8")
    # the last set, not yet trained on, may not use a host of the training file (up.coop is a training page's host)
    last = sets[-1]
    assert f"real-fresh-themes/{last.name}" not in READ_SETS
    src = repo / "real-fresh-themes" / sources[-1].name
    original = src.read_text(encoding="utf-8")
    src.write_text(original.replace('S("https://', 'S("https://up.coop/x#', 1), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "host of a training passage" in done.stderr
    src.write_text(original, encoding="utf-8")
    shutil.rmtree(tmp_path / "shared")
    assert subprocess.run([sys.executable, str(script)], capture_output=True, timeout=120).returncode == 2
