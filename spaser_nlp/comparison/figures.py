"""Charts of a comparison as SVG figures: the same drawings as the dashboard's, shown inline by notebooks.

>>> figure = SVGFigure("<svg></svg>")
>>> figure._repr_svg_()
'<svg></svg>'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SVGFigure:
    """An SVG drawing: Jupyter displays it; ``save`` writes it to a file."""

    svg: str

    def _repr_svg_(self) -> str:
        return self.svg

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        svg = self.svg if 'xmlns="' in self.svg else self.svg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
        path.write_text(svg, encoding="utf-8")
        return path


def bars_figure(rows: list[tuple[str, int]], title: str) -> SVGFigure:
    """Horizontal bars, one per (label, count), as the dashboard draws them."""
    from spaser_nlp.comparison.dashboard import _bars

    html = _bars(rows, title)
    match = re.search(r"<svg.*</svg>", html, re.S)
    return SVGFigure(match.group() if match else "<svg/>")


__all__ = ["SVGFigure", "bars_figure"]
