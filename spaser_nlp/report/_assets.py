"""Colours, CSS and JavaScript of the HTML reports (no external resources).

The consultation report's stylesheet and script are package data
(``spaser_nlp/report/assets/consultation.css`` and ``.js``), read once at import.
"""

from __future__ import annotations

from importlib.resources import files

PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939",
)


def _asset(name: str) -> str:
    return files("spaser_nlp.report").joinpath("assets", name).read_text(encoding="utf-8")


STYLE = _asset("consultation.css")
SCRIPT = _asset("consultation.js")
