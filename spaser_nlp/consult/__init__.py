"""Consultation analysis: import, duplicates and campaigns, priority issues, codebook, report.

>>> from spaser_nlp.consult import analyse, ConsultSettings  # doctest: +SKIP
>>> result = analyse(df, text_col="texte")  # doctest: +SKIP
>>> result.issues_frame.head()  # doctest: +SKIP
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
