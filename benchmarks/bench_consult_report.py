"""Size, write time and opening time in headless Chromium of the consultation report (``report.html``).

The sample consultation is analysed once (TF-IDF embedder: only the report is timed), then its
contributions are repeated with new ids up to each size (issue sizes scaled alike). For each size:
the file's size, the time to render and write it, and in Debian's ``chromium`` driven by Playwright
the time until the page is ready (script run, first page of contributions shown), the time of a
full-text search typed at once (which builds the search index) and 4 s later (index built in the
background), and of opening the largest issue::

    python benchmarks/bench_consult_report.py [--sizes 726 100000] [--runs 3]

Prints one line per size; times are medians of ``--runs`` openings in fresh pages.
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import pandas as pd

from spaser_nlp.consult import ConsultSettings, analyse_file
from spaser_nlp.consult.model import ConsultationResult
from spaser_nlp.report.consultation import render_report

SAMPLE = Path(__file__).resolve().parents[1] / "corpora" / "consultation" / "sample-contributions.csv"


def repeated(result: ConsultationResult, n: int) -> ConsultationResult:
    """``result`` with its contributions repeated (new ids) to ``n`` rows and issue sizes scaled alike."""
    frame = result.contributions
    big = pd.concat([frame] * -(-n // len(frame)), ignore_index=True).head(n)
    big["id"] = [f"C{i:07d}" for i in range(n)]
    factor = n / len(frame)
    issues = [dataclasses.replace(i, size=round(i.size * factor), n_mentions=round(i.n_mentions * factor),
                                  n_distinct_arguments=round(i.n_distinct_arguments * factor)) for i in result.issues]
    stats = {**result.stats, "n_contributions": n, "n_distinct_arguments": round(result.stats["n_distinct_arguments"] * factor),
             "n_unassigned": round(result.stats["n_unassigned"] * factor)}
    return dataclasses.replace(result, contributions=big, issues=issues, stats=stats)


def open_times(page_path: Path, largest_issue: str, runs: int) -> tuple[float, float, float, float]:
    """Median seconds: page ready, first search (at once), a search 4 s later, opening the largest issue."""
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    ready, search, later, issue = [], [], [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            start = time.perf_counter()
            page.goto(page_path.as_uri(), timeout=300_000)
            page.wait_for_selector("body[data-ready=true]", timeout=300_000)
            ready.append(time.perf_counter() - start)
            start = time.perf_counter()
            page.evaluate("""() => new Promise(done => {
                const input = document.getElementById('f-q'); input.value = 'cantine bio';
                input.dispatchEvent(new Event('input'));
                const wait = () => location.hash.includes('q=') ? done() : setTimeout(wait, 5); wait(); })""")
            search.append(time.perf_counter() - start - 0.2)  # less the 200 ms typing debounce
            page.wait_for_timeout(4000)  # the search index is now built in the background
            start = time.perf_counter()
            page.evaluate("""() => new Promise(done => {
                const input = document.getElementById('f-q'); input.value = 'circuits courts';
                input.dispatchEvent(new Event('input'));
                const wait = () => location.hash.includes('circuits') ? done() : setTimeout(wait, 5); wait(); })""")
            later.append(time.perf_counter() - start - 0.2)
            start = time.perf_counter()
            page.evaluate("issue => { location.hash = '#contributions?enjeu=' + issue; }", largest_issue)
            page.wait_for_function("issue => document.getElementById('f-issue').value === issue", arg=largest_issue)
            issue.append(time.perf_counter() - start)
            page.close()
        browser.close()
    return statistics.median(ready), statistics.median(search), statistics.median(later), statistics.median(issue)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[726, 100_000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    result = analyse_file(SAMPLE, settings=ConsultSettings(embedder="tfidf"))
    with tempfile.TemporaryDirectory() as folder:
        for n in args.sizes:
            sized = repeated(result, n)
            path = Path(folder) / f"report-{n}.html"
            start = time.perf_counter()
            path.write_text(render_report(sized), encoding="utf-8")
            write = time.perf_counter() - start
            largest = max(sized.issues, key=lambda i: i.size).id
            ready, search, later, issue = open_times(path, largest, args.runs)
            print(f"{n:>9,} contributions: report.html {path.stat().st_size / 1e6:5.1f} MB, written in {write:5.2f} s; "
                  f"Chromium: ready {ready:5.2f} s, search at once {search:5.2f} s, 4 s later {later:5.2f} s, "
                  f"largest issue {issue:5.2f} s")


if __name__ == "__main__":
    main()
