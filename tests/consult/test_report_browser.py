"""The HTML report in a real headless browser (Debian's chromium)."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile

import pytest

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def test_report_is_self_contained(sample_run):
    html = (sample_run / "report.html").read_text(encoding="utf-8")
    assert "<html lang=\"fr\">" in html and "Enjeux prioritaires" in html
    assert not re.search(r"(src|href)=\"https?://", html)
    assert html.count('class="card"') == len(re.findall(r"<article ", html)) > 0


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install -y chromium)")
def test_report_renders_in_headless_chromium(sample_run, sample_result):
    with tempfile.TemporaryDirectory() as profile:
        completed = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
             "--dump-dom", (sample_run / "report.html").as_uri()],
            capture_output=True, text=True, timeout=90,
        )
    dom = completed.stdout
    assert 'data-ready="true"' in dom, completed.stderr[-2000:]
    n = len(sample_result.issues)
    assert re.search(rf'id="js-status"[^>]*>\s*{n} enjeux affichés', dom)
    assert dom.count("<article") == n and "<svg" in dom
