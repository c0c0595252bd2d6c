"""Consultation analysis: import, duplicates and campaigns, priority issues, codebook, report.

In a notebook::

    from spaser_nlp.consult import analyse, diff_results, write_result
    result = analyse(df, text_col="texte")      # a pandas DataFrame of contributions; shows a summary
    result.issues_frame                         # one row per priority issue
    result.contributions[["id", "issue_label", "flag"]]
    result.issue("Transports publics")          # by label (case and accents ignored), id or rank
    result.plot_issues()                        # the report's charts, as SVG figures
    book = result.codebook()                    # rename / merge, then rerun and compare
    book.rename("Transports publics", "Transports en commun")
    rerun = analyse(df, text_col="texte", codebook=book)
    diff_results(result, rerun)
    write_result(result, "out/")                # assignments.csv/.xlsx, issues.json, codebook.yaml, report.html, synthese.docx
"""

from __future__ import annotations

from spaser_nlp.consult.codebook import Codebook, CodebookIssue
from spaser_nlp.consult.diff import diff_results, format_diff
from spaser_nlp.consult.io import ColumnMap, detect_columns, read_table
from spaser_nlp.consult.model import ConsultationResult, ConsultSettings, DuplicateGroup, Issue, Quote
from spaser_nlp.consult.pipeline import analyse, analyse_file, release_models
from spaser_nlp.consult.progress import StageEvent
from spaser_nlp.consult.write import write_result

__all__ = [
    "Codebook",
    "CodebookIssue",
    "ColumnMap",
    "ConsultSettings",
    "ConsultationResult",
    "DuplicateGroup",
    "Issue",
    "Quote",
    "StageEvent",
    "analyse",
    "analyse_file",
    "detect_columns",
    "diff_results",
    "format_diff",
    "read_table",
    "release_models",
    "write_result",
]
