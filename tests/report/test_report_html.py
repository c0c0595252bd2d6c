"""report.html as text: the embedded data, themes only for purchasing consultations, grouped flags, French method."""

from __future__ import annotations

import dataclasses
import html as html_module
import json
import re
from html.parser import HTMLParser

from spaser_nlp.report._payload import payload, script_json
from spaser_nlp.report.consultation import about_purchasing, render_report


def _data(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="data">(.*?)</script>', html, re.S)
    assert match
    return json.loads(match.group(1))


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


def test_every_contribution_is_in_the_page_once(result_factory):
    result = result_factory(130)
    data = _data(render_report(result))
    frame = result.contributions
    assert data["n"] == 130 and data["id"] == frame["id"].tolist() and data["text"] == frame["text"].tolist()
    assert [data["issues"][k][0] if k >= 0 else "" for k in data["issue"]] == frame["issue_id"].tolist()
    assert data["date"][0] == 17956  # 2019-03-01, days since 1970-01-01
    assert data["url"][0] == "" and data["url"][1] == "https://consultation.example/c/1"  # javascript: dropped
    assert data["types"][:3] == ["Association", "Citoyen", "Entreprise (PME/TPE)"] or len(data["types"]) == 4


def test_embedded_json_cannot_close_its_element(result_factory):
    result = result_factory(40, hostile=True)
    text = script_json(payload(result))
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == json.loads(json.dumps(payload(result)))
    html = render_report(result)
    parser = _Tags()
    parser.feed(html)
    assert parser.tags.count("script") == 2 and "img" not in parser.tags and "b" not in parser.tags


def test_themes_only_for_a_purchasing_consultation(result_factory):
    result = result_factory(40)
    assert about_purchasing(result)
    assert "Thèmes SPASER : " in render_report(result)
    for issue in result.issues:
        issue.themes = [{"theme": "clauses_sociales_insertion", "score": 0.6}]  # weak: not about purchasing
    assert not about_purchasing(result)
    html = render_report(result)
    assert "Thèmes SPASER : " not in html and "option <code>--themes</code>" in html
    assert "Thèmes SPASER : " in render_report(result, themes=True)
    assert "Thèmes SPASER : " not in render_report(dataclasses.replace(result), themes=False)


def test_identical_flagged_answers_are_grouped_with_a_count(result_factory):
    result = result_factory(40, identical=68)
    html = render_report(result)
    section = html.split('<section id="signalees">', 1)[1].split("</section>", 1)[0]
    assert section.count("<tr>") == 1 + 1 + 5  # header, the 68 "non", the five off-topic texts
    assert re.search(r'trop courte</a></td><td class="num">68</td><td>  non. </td><td>N000, N001, .*…</td>', section)
    assert ("73 contributions signalées (trop courte : 68 ; hors sujet (proche d'aucun enjeu) : 5), 6 textes différents"
            in html_module.unescape(section))


def test_method_is_a_french_table(result_factory):
    html = render_report(result_factory(40))
    section = html.split('<section id="methode">', 1)[1].split("</section>", 1)[0]
    assert "<table" in section and "<pre>" not in section and '"seed"' not in section
    assert "<td>Graine aléatoire</td><td>0</td>" in section
    assert "<td>Part sans enjeu</td><td>25,0\u202f%</td>" in section
    assert "<td>Colonnes lues</td>" in section or "Colonnes" in section


def test_french_plurals_in_the_cards(result_factory):
    result = result_factory(40)
    result.issues[2].size, result.issues[2].n_distinct_arguments, result.issues[2].n_mentions = 1, 1, 1
    result.issues[2].author_kinds = {"citoyen": 1, "organisation": 0, "inconnu": 11}
    html = render_report(result)
    card = html.split(f'id="{result.issues[2].id}"', 1)[1].split("</article>", 1)[0]
    assert "1 argument distinct ; 1 contribution (" in card and "Lire les 1 contribution" not in card
    assert "Lire la contribution" in card or "Lire 1 contribution" in card
    assert "Auteurs : 1 citoyen, 11 auteurs non précisés" in card
    assert not re.search(r"\b1 (contributions|campagnes|citoyens)\b", html)
    assert not re.search(r"\d\.\d %", html)  # no English decimal point before a percent sign


def test_above_the_cap_the_report_says_what_it_holds(result_factory):
    result = result_factory(120)
    html = render_report(result, max_contributions=100)
    data = _data(html)
    assert data["n"] == 100 and data["total"] == 120 and len(data["text"]) == len(data["date"]) == 100
    assert "Ce rapport contient les 100 premières contributions sur 120" in html
    assert "premières contributions" not in render_report(result)


def test_issue_links_are_address_safe(result_factory):
    result = result_factory(40)
    result.issues[0].id = "T&1 x+y"  # a codebook id as a team may write it
    result.contributions.loc[result.contributions["issue_id"] == "E-aaa", "issue_id"] = "T&1 x+y"
    html = render_report(result)
    assert 'href="#contributions?enjeu=T%261%20x%2By"' in html
    assert 'href="#contributions?q=C000">contribution C000</a>' in html


def test_an_issue_raised_only_as_secondary_counts_its_mentions(result_factory):
    """An idea-unit issue can be nobody's main issue: its card speaks of mentions, never '0 contribution'."""
    result = result_factory(40)
    issue = result.issues[2]
    issue.size, issue.n_mentions, issue.share = 0, 3, 0.0
    html = render_report(result)
    card = html.split(f'id="{issue.id}"', 1)[1].split("</article>", 1)[0]
    assert "enjeu secondaire seulement, cité par 3 contributions" in card
    assert "Lire les 3 contributions qui le citent" in card
    assert not re.search(r"(?<![\d\u202f])0 contribution", card), re.findall(r".{80}0 contribution.{40}", card)
