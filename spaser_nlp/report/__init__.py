"""French HTML reports rendered from stored results (consultation analysis: :func:`render_report`)."""

from __future__ import annotations

from spaser_nlp.report.consultation import render_report

__all__ = ["render_report"]
