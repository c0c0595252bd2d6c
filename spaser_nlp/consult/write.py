"""Write a :class:`ConsultationResult` to a folder, byte-for-byte reproducibly.

Files: ``assignments.csv`` (public contract: columns ``id`` and ``issue_id``),
``assignments.xlsx`` (the French workbook of :mod:`spaser_nlp.report.workbook`),
``issues.json``, ``codebook.yaml``, ``report.html`` and ``synthese.docx`` (the
Word summary of :mod:`spaser_nlp.report.summary`).
No timestamps are written; the XLSX zip entries carry a fixed date. Every
CSV and XLSX cell goes through :mod:`spaser_nlp.sheets` (formula-like text
neutralised, over-long XLSX cells cut and listed in a ``coupures`` sheet).

``assignments.csv`` always holds every contribution. Above ``XLSX_MAX_ROWS``
contributions the workbook's *Contributions* sheet holds the first ``XLSX_MAX_ROWS``
of them and a *Note* sheet says so: Excel stops at
1,048,576 rows, and openpyxl needs minutes and gigabytes for a million.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from spaser_nlp.consult.model import ConsultationResult
from spaser_nlp.consult.progress import ProgressCallback, Stages
from spaser_nlp.errors import InputError
from spaser_nlp.sheets import safe_frame

ASSIGNMENT_COLUMNS = [
    "id", "issue_id", "issue_ids", "score", "duplicate_group", "flag", "issue_scores", "author_type", "text",
]
#: Contributions written to assignments.xlsx at most (all of them are in assignments.csv).
XLSX_MAX_ROWS = 100_000


def assignments_frame(result: ConsultationResult) -> pd.DataFrame:
    """The rows of ``assignments.csv``."""
    return result.contributions[ASSIGNMENT_COLUMNS].copy()


def issues_payload(result: ConsultationResult) -> dict:
    """The content of ``issues.json``."""
    return {
        "settings": result.settings,
        "stats": result.stats,
        "issues": [issue.as_dict() for issue in result.issues],
        "duplicates": [vars(group) for group in result.duplicates],
    }


def write_result(
    result: ConsultationResult, outdir: str | Path, *, xlsx: bool = True, report: bool = True, docx: bool = True,
    themes: bool | None = None, progress: ProgressCallback | None = None,
) -> list[Path]:
    """Write the outputs of an analysis into ``outdir`` (created if needed) and return their paths, in this order:

    - ``assignments.csv``: every contribution (``id``, ``issue_id``, ``issue_ids``, ``score``, ``duplicate_group``,
      ``flag``, ``issue_scores``, ``author_type``, ``text``), the machine-readable contract;
    - ``assignments.xlsx`` (unless ``xlsx=False``): the French workbook for the team;
    - ``issues.json``: settings, figures, issues and duplicate groups;
    - ``codebook.yaml``: the issues to edit and replay with ``analyse(..., codebook=...)``;
    - ``report.html`` (unless ``report=False``): the French report, one self-contained file;
    - ``synthese.docx`` (unless ``docx=False``): the Word summary.

    ``themes``: show the SPASER themes in ``report.html`` (True), hide them (False) or decide from the
    data (None, the default: shown when the consultation is about purchasing).

    The same result gives the same bytes (no timestamps). Of the input's extra columns kept in
    ``result.contributions``, the report and the workbook show ``question`` and a link (``url``, ``link``
    or ``lien``) when present; ``assignments.csv`` keeps its fixed columns. ``progress`` receives the ``writing`` stage's events
    (an ``update`` per file). Raises :class:`~spaser_nlp.errors.InputError` when the folder cannot be written.

    >>> from spaser_nlp.consult import analyse, write_result      # doctest: +SKIP
    >>> result = analyse(df, text_col="texte")                    # doctest: +SKIP
    >>> [p.name for p in write_result(result, "out/", docx=False)]  # doctest: +SKIP
    ['assignments.csv', 'assignments.xlsx', 'issues.json', 'codebook.yaml', 'report.html']
    """
    outdir = Path(outdir)
    stages = Stages(progress)
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        with stages.stage("writing", str(outdir)) as step:
            written = _write_all(result, outdir, xlsx=xlsx, report=report, docx=docx, themes=themes, stages=stages)
            step.detail = f"{len(written)} files in {outdir}"
        return written
    except OSError as error:
        where = error.filename or outdir
        raise InputError(f"cannot write the outputs ({error.strerror or error}); check -o and the free space",
                         path=where) from None


def _write_all(
    result: ConsultationResult, outdir: Path, *, xlsx: bool, report: bool, docx: bool, stages: Stages,
    themes: bool | None = None,
) -> list[Path]:
    from spaser_nlp.consult.codebook import codebook_from_result

    written = []
    frame = assignments_frame(result)
    path = outdir / "assignments.csv"
    stages.update("writing", path.name)
    # Straight to the file, in pandas' chunks: a million rows never sit in memory as one string.
    safe_frame(frame).to_csv(path, index=False, lineterminator="\n", encoding="utf-8")
    written.append(path)
    if xlsx:
        from spaser_nlp.report.workbook import write_workbook

        stages.update("writing", "assignments.xlsx")
        # Sheets Enjeux, Contributions (at most XLSX_MAX_ROWS, with a Note sheet above), Doublons et campagnes, Méthode.
        path = write_workbook(result, outdir / "assignments.xlsx", max_rows=XLSX_MAX_ROWS)
        written.append(path)
    path = outdir / "issues.json"
    stages.update("writing", path.name)
    path.write_text(json.dumps(issues_payload(result), ensure_ascii=False, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    written.append(path)
    path = outdir / "codebook.yaml"
    codebook_from_result(result).save(path)
    written.append(path)
    if report:
        from spaser_nlp.report.consultation import render_report

        path = outdir / "report.html"
        stages.update("writing", path.name)
        path.write_text(render_report(result, themes=themes), encoding="utf-8")
        written.append(path)
    if docx:
        from spaser_nlp.report.summary import write_summary

        stages.update("writing", "synthese.docx")
        written.append(write_summary(result, outdir / "synthese.docx"))
    return written
