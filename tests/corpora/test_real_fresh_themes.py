"""corpora/real-fresh-themes (evaluation-only theme sets): rebuilt in a scratch copy, the builder writes the committed
passages.jsonl, passages2.jsonl ... passages7.jsonl byte for byte, refuses a later set on a host of an earlier one (and
a set not yet read on a host of the training file), and refuses to run without the shared dev set."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT / "corpora"
DEV = next((p / "shared" / "data" / "spaser-real-dev" / "passages.jsonl" for p in ROOT.parents[:2]
            if (p / "shared" / "data" / "spaser-real-dev" / "passages.jsonl").is_file()), None)


@pytest.mark.skipif(DEV is None, reason="shared real dev set not beside the repository")
def test_fresh_theme_set_rebuilds_and_needs_the_dev_set(tmp_path: Path) -> None:
    assert DEV is not None
    repo = tmp_path / "repo" / "corpora"
    training = sorted((CORPORA / "real").glob("passages_src*.py")) + sorted((CORPORA / "objectives").glob("*_src.py"))
    assert training  # the host check reads them: a copy without them would check nothing
    for path in [CORPORA / "passage_checks.py", CORPORA / "real-fresh-themes" / "build.py",
                 CORPORA / "real-fresh-themes" / "src.py", CORPORA / "real-fresh-themes" / "src2.py",
                 CORPORA / "real-fresh-themes" / "src3.py", CORPORA / "real-fresh-themes" / "src4.py",
                 CORPORA / "real-fresh-themes" / "src5.py", CORPORA / "real-fresh-themes" / "src6.py",
                 CORPORA / "real-fresh-themes" / "src7.py",
                 CORPORA / "real" / "training.jsonl", *training]:
        target = repo / path.relative_to(CORPORA)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)
    (tmp_path / "shared" / "data" / "spaser-real-dev").mkdir(parents=True)
    shutil.copy(DEV, tmp_path / "shared" / "data" / "spaser-real-dev")
    script = repo / "real-fresh-themes" / "build.py"
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    for name in ("passages.jsonl", "passages2.jsonl", "passages3.jsonl", "passages4.jsonl", "passages5.jsonl",
                 "passages6.jsonl", "passages7.jsonl"):
        written = repo / "real-fresh-themes" / name
        assert written.read_bytes() == (CORPORA / "real-fresh-themes" / name).read_bytes()
    # each set may not use a host of an earlier set (one host of each earlier set is tried; set 3's pages open on
    # "http://", the others on "https://")
    earlier_hosts = ["https://www.marchespublics.net/x", "https://blog.acpformation.fr/x", "http://essonne21.fr/x",
                     "https://www.victoryus.pro/x", "https://altagem.com/x", "https://admical.org/x"]
    for number in range(2, 8):
        src = repo / "real-fresh-themes" / f"src{number}.py"
        original = src.read_text(encoding="utf-8")
        opening = 'S("http://' if number == 3 else 'S("https://'
        for earlier in earlier_hosts[: number - 1]:
            src.write_text(original.replace(opening, f'S("{earlier}#', 1), encoding="utf-8")
            done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
            assert done.returncode == 1 and "host used by an earlier set" in done.stderr, (number, earlier)
            assert f"passages{number}.jsonl" not in done.stdout
        src.write_text(original, encoding="utf-8")
    # a set not yet trained on (set 7; sets 1-6 are training data since 1.13.0) may not use a host of the training file
    src7 = repo / "real-fresh-themes" / "src7.py"
    original7 = src7.read_text(encoding="utf-8")
    src7.write_text(original7.replace('S("https://', 'S("https://up.coop/x#', 1), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "host of a training passage" in done.stderr
    src7.write_text(original7, encoding="utf-8")
    shutil.rmtree(tmp_path / "shared")
    assert subprocess.run([sys.executable, str(script)], capture_output=True, timeout=120).returncode == 2
