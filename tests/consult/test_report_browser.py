"""The HTML report of the real sample in a real headless browser (Debian's chromium)."""

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
    assert "<html lang=\"fr\">" in html and "Classement des enjeux" in html
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
    n = len(sample_result.contributions)
    assert f"{n} contributions correspondent · 1–50 affichées · page 1 sur {-(-n // 50)}" in dom
    assert dom.count("<article") == len(sample_result.issues) and dom.count('<li class="contrib"') == 50
    assert "<svg" in dom


def test_every_sample_contribution_is_reachable_through_its_issue(browser, sample_run, sample_result):
    """Open each issue (main issue only) and "sans enjeu", page through: every contribution exactly once."""
    page = browser.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto((sample_run / "report.html").as_uri())
    page.wait_for_selector("body[data-ready=true]")
    page.uncheck("#f-secondary")
    seen: list[str] = []
    labels = {issue.id: f"{issue.rank}. {issue.label} ({issue.size}" for issue in sample_result.issues}
    for value in [*labels, "-"]:
        page.select_option("#f-issue", value=value)
        if value in labels:
            assert page.locator("#f-issue option:checked").inner_text().startswith(labels[value])
        while True:
            seen += page.eval_on_selector_all("#list > li", "items => items.map(li => li.getAttribute('data-id'))")
            if page.is_disabled(".pager .p-next"):
                break
            page.click(".pager .p-next")
    assert sorted(seen) == sorted(sample_result.contributions["id"].astype(str))
    assert problems == []
    page.close()
