"""report.html driven in headless Chromium (Playwright): load, search, filter, open an issue, page through it."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest

from spaser_nlp.report.consultation import render_report

pytestmark = pytest.mark.slow
NNBSP = "\u202f"


def _open(browser: Any, html: str, folder: Path, fragment: str = "") -> Any:
    path = folder / "report.html"
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("dialog", lambda dialog: (problems.append(f"dialog {dialog.message}"), dialog.dismiss()))
    page.problems = problems
    page.goto(path.as_uri() + fragment)
    page.wait_for_selector("body[data-ready=true]", timeout=30_000)
    return page


def _ids(page: Any) -> list[str]:
    return page.eval_on_selector_all("#list > li", "items => items.map(li => li.getAttribute('data-id'))")


def _count(page: Any) -> str:
    return page.inner_text("#count")


def _wait_until(page: Any, expression: str, timeout: float = 15.0) -> None:
    """Poll ``expression`` from the test side until it is true. Playwright's ``wait_for_function`` polls
    inside the page with ``eval``, which the report's Content-Security-Policy forbids (it only works when
    the first check, made through the DevTools protocol, is already true: a race under load)."""
    import time

    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        assert time.monotonic() < deadline, f"still false after {timeout} s: {expression}"
        page.wait_for_timeout(50)


def _settle(page: Any) -> None:
    page.wait_for_timeout(350)  # the search box waits 200 ms after the last key


def test_open_an_issue_and_page_through_every_contribution(browser, result_factory, tmp_path):
    result = result_factory(260)
    page = _open(browser, render_report(result), tmp_path)
    assert _count(page) == "260 contributions correspondent · 1–50 affichées · page 1 sur 6"
    issue = result.issues[1]
    page.click(f'article[id="{issue.id}"] a.read')
    _wait_until(page, f"document.getElementById('f-issue').value === '{issue.id}'")
    frame = result.contributions
    wanted = [i for i, ids in zip(frame["id"], frame["issue_ids"]) if issue.id in ids.split(";")]
    assert len(wanted) > 50
    seen: list[str] = []
    while True:
        seen += _ids(page)
        if page.is_disabled(".pager .p-next"):
            break
        page.click(".pager .p-next")
    assert seen == wanted  # every contribution of the issue, each once, in the export's order
    assert _count(page).endswith("page 2 sur 2") and re.search(r"#contributions\?enjeu=E-bbb&page=2$", page.url)
    page.uncheck("#f-secondary")
    assert int(page.get_attribute("#list", "data-total")) == issue.size == len(frame[frame["issue_id"] == issue.id])
    assert page.is_disabled(".pager .p-first")  # a filter change goes back to page 1
    first = page.locator("#list > li").first
    assert first.locator(".chip.issue").first.inner_text() == "2. Clauses sociales"
    assert first.locator(".cdate").inner_text() == "2 mars 2019"  # Babel's long date, as in the workbook
    assert first.locator("a.clink").get_attribute("href") == "https://consultation.example/c/1"
    assert page.problems == []


def test_search_is_full_text_accent_and_case_blind_and_highlights(browser, result_factory, tmp_path):
    result = result_factory(120)
    page = _open(browser, render_report(result), tmp_path)
    page.fill("#f-q", "NUMERIQUE   saison")
    _settle(page)
    expected = [i for i, t in zip(result.contributions["id"], result.contributions["text"]) if "Numérique" in t]
    assert _ids(page) == expected and _count(page).startswith(f"{len(expected)} contributions correspondent")
    marks = page.eval_on_selector_all("#list mark", "ms => ms.map(m => m.textContent)")
    assert "Numérique" in marks and "saison" in marks
    page.fill("#f-q", "C007")
    _settle(page)
    assert _ids(page) == ["C007"] and _count(page).startswith("1 contribution correspond ")
    page.fill("#f-q", "introuvable")
    _settle(page)
    assert _ids(page) == [] and _count(page) == "Aucune contribution ne correspond."
    assert page.problems == []


def test_filters_combine_and_live_in_the_address(browser, result_factory, tmp_path):
    result = result_factory(200)
    frame = result.contributions
    page = _open(browser, render_report(result), tmp_path)
    page.select_option("#f-type", label="Association (50)")
    assert len(_ids(page)) == 50 and set(frame.set_index("id").loc[_ids(page), "author_type"]) == {"Association"}
    page.fill("#f-from", "2019-03-10")
    page.fill("#f-to", "2019-03-12")
    page.dispatch_event("#f-to", "change")
    days = frame["date"].str.slice(8, 10).astype(int)
    wanted = frame[(frame["author_type"] == "Association") & days.between(10, 12)]["id"].tolist()
    assert _ids(page) == wanted
    page.click("#f-reset")
    page.select_option("#f-flag", label="signalées : hors sujet (proche d'aucun enjeu)")
    assert _ids(page) == frame[frame["flag"] == "hors_sujet"]["id"].tolist()
    page.select_option("#f-flag", label="dans un groupe de doublons")
    assert _ids(page) == ["C001", "C005", "C009"]
    assert page.locator("#list .chip.dup").first.inner_text() == "campagne D-1 (3 contributions)"
    page.click("#f-reset")
    page.select_option("#f-stance", label="contre")
    page.select_option("#f-issue", value="-")
    wanted = frame[(frame["stance"] == "contre") & (frame["issue_id"] == "")]["id"].tolist()
    assert _ids(page) == wanted
    url = page.url
    assert "position=1" in url and "enjeu=-" in url
    page.click('nav a[href="#contributions"]')  # the menu's link keeps the filters
    page.wait_for_timeout(100)
    assert _ids(page) == wanted and page.url == url
    again = _open(browser, render_report(result), tmp_path, "#" + url.split("#", 1)[1])  # the view is a link
    assert _ids(again) == wanted and again.input_value("#f-stance") == "1"
    assert page.problems == [] and again.problems == []


def test_french_formats_and_a_non_blank_screenshot(browser, result_factory, tmp_path):
    from PIL import Image

    result = result_factory(1200)
    page = _open(browser, render_report(result), tmp_path)
    assert _count(page) == f"1{NNBSP}200 contributions correspondent · 1–50 affichées · page 1 sur 24"
    summary = page.inner_text("header .summary")
    assert f"1{NNBSP}200 contributions" in summary and f"(25,0{NNBSP}%)" in summary
    assert "Contributions du 1 mars 2019 au 28 mars 2019." in summary
    assert "1 campagne ;" in summary and "1 groupe de doublons" in summary
    meta = page.inner_text(f'article[id="{result.issues[0].id}"] .meta')
    assert re.fullmatch(rf"299 arguments distincts ; 300 contributions \(25,0{NNBSP}%\) ; cité aussi .*\.", meta), meta
    assert "Lire les 300 contributions (et 1 contribution qui le cite en second)" in page.inner_text("#enjeux")
    method = page.inner_text("#methode table")
    assert "Graine aléatoire\t0" in method and "{" not in method
    shot = Image.open(io.BytesIO(page.screenshot(full_page=False))).convert("RGB")
    colours = shot.getcolors(maxcolors=1 << 20) or []
    assert len(colours) > 50  # text, bars in several colours: not a blank page
    issue_blue = (0x1F, 0x77, 0xB4)
    assert any(rgb == issue_blue for _, rgb in colours)  # the first issue's bar is drawn
    assert page.problems == []


def test_closest_first_order(browser, result_factory, tmp_path):
    result = result_factory(120)
    frame = result.contributions
    page = _open(browser, render_report(result), tmp_path, "#contributions?enjeu=E-aaa&tri=proches")
    main = frame[frame["issue_id"] == "E-aaa"].copy()
    main["s"] = main["score"].astype(float)
    ranked = main.sort_values("s", ascending=False, kind="stable")["id"].tolist()
    secondary = [i for i, m, ids in zip(frame["id"], frame["issue_id"], frame["issue_ids"]) if m != "E-aaa" and "E-aaa" in ids]
    assert _ids(page) == (ranked + secondary)[:50]
    assert page.input_value("#f-sort") == "proches"
    assert page.locator("#f-issue option:checked").inner_text() == "1. Cantines bio (30 + 1 en second)"
    assert page.problems == []


def test_clicking_a_bar_opens_its_issue(browser, small_result, tmp_path):
    page = _open(browser, render_report(small_result), tmp_path)
    page.click('#classement svg g.bar[data-issue="E-ccc"] rect')
    _wait_until(page, "document.getElementById('f-issue').value === 'E-ccc'")
    assert page.evaluate("document.getElementById('contributions').getBoundingClientRect().top") < 200
    page.click(f'article[id="{small_result.issues[0].id}"] cite a')  # a quote opens its contribution
    _wait_until(page, "document.getElementById('f-q').value === 'C000'")
    assert _ids(page) == ["C000"] and page.input_value("#f-issue") == ""
    assert page.problems == []


def test_hostile_texts_stay_text(browser, result_factory, tmp_path):
    result = result_factory(80, hostile=True)
    html = render_report(result)
    assert html.count("<script") == 2 and "</script></script>" not in html
    page = _open(browser, html, tmp_path)
    page.fill("#f-q", "alert")
    _settle(page)
    assert len(_ids(page)) == 16
    assert page.evaluate("document.querySelectorAll('script').length") == 2
    assert page.evaluate("document.querySelectorAll('img, #list b, iframe').length") == 0
    texts = page.eval_on_selector_all("#list .ctext", "ps => ps.map(p => p.textContent)")
    assert texts[0].startswith("<script>alert(0)</script></script><!-- & \u2028 \"quote\"")
    links = page.eval_on_selector_all("a.clink", "as => as.map(a => a.getAttribute('href'))")
    assert links and all(link.startswith("https://") for link in links)  # javascript: addresses are not links
    assert page.problems == []
