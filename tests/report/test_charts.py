"""The shared SVG charts of a consultation (report/charts.py): well-formed, French, escaped."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from spaser_nlp.comparison.figures import SVGFigure
from spaser_nlp.report.charts import author_types_chart, issues_chart, map_chart, resolve_issue, timeline_chart

NS = "{http://www.w3.org/2000/svg}"


def _parse(figure: SVGFigure) -> ET.Element:
    assert isinstance(figure, SVGFigure)
    return ET.fromstring(figure.svg)  # well-formed XML: every text escaped


def _texts(root: ET.Element) -> list[str]:
    return ["".join(node.itertext()) for node in root.iter(f"{NS}text")]


def test_issue_bars_follow_the_ranking_and_say_both_counts(small_result):
    root = _parse(issues_chart(small_result))
    texts = _texts(root)
    labels = [t for t in texts if t[:2] in ("1.", "2.", "3.")]
    assert labels == ["1. Cantines bio", "2. Clauses sociales", "3. Numérique responsable"]
    first = small_result.issues[0]
    assert any(f"{first.n_distinct_arguments} arguments distincts · {first.size} contributions (25,0\u202f%)" == t for t in texts)
    solid = [float(r.get("width")) for r in root.iter(f"{NS}rect") if r.get("fill-opacity") is None and r.get("height") != "10"]
    assert solid == sorted(solid, reverse=True)  # the solid bars (the ranking key) never grow down the ranking


def test_map_points_carry_the_issue_and_a_legend(small_result):
    root = _parse(map_chart(small_result))
    circles = [c for c in root.iter(f"{NS}circle") if c.get("data-issue") is not None]
    assert len(circles) == len(small_result.contributions)
    tips = ["".join(c.itertext()) for c in circles]
    assert any(t.startswith("C000 — Cantines bio — Contribution 0") for t in tips)
    assert "sans enjeu" in _texts(root)


def test_timeline_per_issue_in_french(small_result):
    root = _parse(timeline_chart(small_result, "Clauses sociales"))
    assert "Contributions par jour" in _texts(root)
    bars = [r for r in root.iter(f"{NS}rect")]
    counts = sum(int("".join(r.itertext()).split()[0]) for r in bars)
    assert counts == small_result.issue("E-bbb").size
    assert any("mars 2019" in "".join(r.itertext()) for r in bars)
    assert _parse(timeline_chart(small_result)) is not None


def test_timeline_without_dates_says_so(result_factory):
    root = _parse(timeline_chart(result_factory(dates=False)))
    assert _texts(root) == ["Pas de dates lisibles dans l'export."]


def test_author_types_per_issue(small_result):
    root = _parse(author_types_chart(small_result, small_result.issues[0]))
    assert _texts(root)[:2] == ["Citoyen", "15 (100,0\u202f%)"]
    whole = _texts(_parse(author_types_chart(small_result)))
    assert "non précisé" in whole and "15 (25,0\u202f%)" in whole


def test_hostile_labels_are_escaped(result_factory):
    result = result_factory(hostile=True)
    for figure in (issues_chart(result), map_chart(result), timeline_chart(result, result.issues[0]), author_types_chart(result)):
        root = _parse(figure)
        assert not any(node.tag in (f"{NS}script", f"{NS}img") for node in root.iter())
        assert "<script" not in figure.svg and "<img" not in figure.svg


def test_unknown_issue_is_a_key_error(small_result):
    with pytest.raises(KeyError):
        resolve_issue(small_result, "nulle part")
