"""Consultation analysis: import, duplicates and campaigns, priority issues, codebook, report.

In a notebook::

    from spaser_nlp.consult import analyse, write_result
    result = analyse(df, text_col="texte")      # a pandas DataFrame of contributions
    result.issues_frame                         # one row per priority issue
    result.contributions[["id", "issue_id", "flag"]]
    write_result(result, "out/")                # assignments.csv/.xlsx, issues.json, codebook.yaml, report.html, synthese.docx
"""

from __future__ import annotations

from spaser_nlp.consult.codebook import Codebook, CodebookIssue
from spaser_nlp.consult.io import ColumnMap, detect_columns, read_table
from spaser_nlp.consult.model import ConsultationResult, ConsultSettings, DuplicateGroup, Issue, Quote
from spaser_nlp.consult.pipeline import analyse, analyse_file
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
    "analyse",
    "analyse_file",
    "detect_columns",
    "read_table",
    "write_result",
]
