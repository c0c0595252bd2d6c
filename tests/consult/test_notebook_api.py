"""The consultation result as a notebook uses it: extra columns, labels beside ids, issues by label, summaries,
codebook edits and comparison."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from spaser_nlp.consult import ConsultSettings, analyse, diff_results, format_diff
from spaser_nlp.consult.display import normalise_label
from spaser_nlp.errors import InputError, UnknownIssueError

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpora" / "consultation" / "sample-contributions.csv"
FAST = ConsultSettings(embedder="tfidf", keep_personal_data=True, themes=False)


def _table() -> pd.DataFrame:
    table = pd.read_csv(SAMPLE, dtype=str, keep_default_na=False)
    table["question"] = "Q1 - Vos priorités pour les achats publics ?"
    table["quartier"] = ["Nord" if i % 2 else "Sud" for i in range(len(table))]
    table["flag"] = "colonne de l'export"  # a name the analysis uses for its own column
    table["email"] = [f"personne{i}@exemple.fr" for i in range(len(table))]
    return table


@pytest.fixture(scope="module")
def result():
    return analyse(_table(), settings=FAST)


def test_extra_columns_are_kept_after_the_analysis_columns(result):
    frame = result.contributions
    assert list(frame.columns[-4:]) == ["question", "quartier", "input_flag", "email"]  # personal data kept here
    assert (frame["question"] == "Q1 - Vos priorités pour les achats publics ?").all()
    assert frame["quartier"].tolist()[:2] == ["Sud", "Nord"]  # row order kept
    assert (frame["input_flag"] == "colonne de l'export").all()
    assert set(frame["flag"]) != {"colonne de l'export"}  # the analysis' flag is its own


def test_personal_columns_left_out_unless_kept():
    table = _table().head(40)
    pseudonymised = analyse(table, settings=ConsultSettings(embedder="tfidf", themes=False))
    assert "email" not in pseudonymised.contributions.columns
    assert pseudonymised.settings["columns_left_out"] == ["email"]
    kept = analyse(table, settings=FAST)
    assert kept.contributions["email"].tolist() == table["email"].tolist()
    assert "columns_left_out" not in kept.settings


def test_multi_question_export_keeps_its_other_columns():
    table = pd.read_csv(ROOT / "tests" / "consult" / "exports" / "cap_collectif_opendata.csv", dtype=str,
                        keep_default_na=False)
    from spaser_nlp.consult.exports import questions

    first = questions(table)[0]
    result = analyse(table, question=first.id, settings=FAST)
    other_questions = {q.column for q in questions(table)} - {first.column}
    assert not other_questions & set(result.contributions.columns)
    assert len(result.contributions) == sum(bool(str(v).strip()) for v in table[first.column])


def test_labels_beside_ids(result):
    frame = result.contributions
    columns = list(frame.columns)
    assert columns.index("issue_label") == columns.index("issue_id") + 1
    assert columns.index("issue_labels") == columns.index("issue_ids") + 1
    label_of = {issue.id: issue.label for issue in result.issues}
    for row in frame.itertuples():
        assert row.issue_label == label_of.get(row.issue_id, "")
        ids = row.issue_ids.split(";") if row.issue_ids else []
        assert row.issue_labels == "; ".join(label_of[i] for i in ids)
    assert set(result.duplicates_frame["issue_label"]) <= set(label_of.values()) | {""}


def test_issue_by_label_id_or_rank(result):
    first = result.issues[0]
    shouted = first.label.upper()
    plain = normalise_label(first.label)
    assert result.issue(first.id) is first
    assert result.issue(shouted) is first and result.issue(plain) is first
    assert result.issue(1) is first
    assert result.issue(result.issues[-1].label) is result.issues[-1]


def test_unknown_issue_names_the_closest_labels(result):
    label = result.issues[0].label
    with pytest.raises(UnknownIssueError) as caught:
        result.issue(label[:-2] + "qq")
    message = str(caught.value)
    assert label in message and result.issues[0].id in message and not message.startswith("'")
    assert isinstance(caught.value, KeyError) and isinstance(caught.value, InputError)
    with pytest.raises(KeyError, match="ranks go from 1"):
        result.issue(999)


def test_contributions_of_an_issue(result):
    issue = result.issues[0]
    main = result.contributions_of(issue.label, main_only=True)
    every = result.contributions_of(issue)
    assert len(main) == issue.size
    assert len(every) == issue.n_mentions >= len(main)
    assert set(main["id"]) <= set(every["id"])


def test_reprs_are_short_and_html_summaries_say_what_matters(result):
    assert repr(result) == (
        f"<ConsultationResult: {len(result.contributions)} contributions, {len(result.issues)} issues, "
        f"{len(result.duplicates)} duplicate groups>"
    )
    issue = result.issues[0]
    assert repr(issue).startswith(f"Issue(id={issue.id!r}, label={issue.label!r}, rank=1, size={issue.size}")
    assert len(repr(issue)) < 200
    html = result._repr_html_()
    assert f"{len(result.contributions)}\u202fcontributions" in html or f"{len(result.contributions)} contributions" in html
    for shown in result.issues[:10]:
        assert shown.label.replace("'", "&#x27;") in html
    assert len(html) < 8000  # a summary, not the frame
    texts = [text for text in result.contributions["text"] if len(text) > 60]
    assert texts and sum(text in html for text in texts) == 0
    issue_html = issue._repr_html_()
    assert issue.label.replace("'", "&#x27;") in issue_html and issue.id in issue_html
    assert issue_html.count("<li>") == min(3, len(issue.quotes))


def test_rename_and_merge_then_rerun_and_compare(result):
    table = _table()
    book = result.codebook()
    first, second, third = result.issues[0], result.issues[1], result.issues[2]
    book.rename(first.label.lower(), "Nom choisi par l'équipe")
    book.merge(third.id, into=second.label)
    with pytest.raises(UnknownIssueError):
        book.rename("aucun enjeu de ce nom", "x")
    rerun = analyse(table, settings=FAST, codebook=book)
    assert rerun.issue("nom choisi par l'equipe").id == first.id
    assert rerun.issue(first.id).size == first.size  # a rename moves nothing
    assert third.id not in {issue.id for issue in rerun.issues}
    merged = rerun.issue(second.id)
    assert merged.size >= second.size + third.size - 2
    diff = diff_results(result, rerun)
    assert {"id": first.id, "before": first.label, "after": "Nom choisi par l'équipe"} in diff["renamed"]
    assert third.id in {item["id"] for item in diff["removed"]}
    assert "renamed" in format_diff(diff)


def test_plots_are_the_report_charts_as_svg(result):
    from spaser_nlp.comparison.figures import SVGFigure
    from spaser_nlp.report.charts import issues_chart, timeline_chart

    issue = result.issues[1]
    figures = {
        "issues": result.plot_issues(), "map": result.plot_map(), "timeline": result.plot_timeline(),
        "timeline_issue": result.plot_timeline(issue.label.upper()), "authors": result.plot_author_types(issue.id),
    }
    for name, figure in figures.items():
        assert isinstance(figure, SVGFigure), name
        assert figure._repr_svg_().startswith("<svg") and figure.svg.rstrip().endswith("</svg>"), name
    # The same drawing as the report's (one chart module for both).
    assert figures["issues"].svg == issues_chart(result).svg
    assert figures["timeline_issue"].svg == timeline_chart(result, issue=issue).svg
    assert figures["timeline_issue"].svg != figures["timeline"].svg
    from html import escape

    for shown in result.issues[:5]:
        assert escape(shown.label[:20]) in figures["issues"].svg
    with pytest.raises(UnknownIssueError):
        result.plot_timeline("pas un enjeu")


def test_a_merge_leaves_no_empty_issue(result):
    # The merged issue's members stay with the issue they joined; the cluster they still form must not
    # come back as an empty new issue.
    book = result.codebook()
    merged, kept = result.issues[-1], result.issues[-2]
    book.merge(merged.id, into=kept.id)
    rerun = analyse(_table(), settings=FAST, codebook=book)
    assert all(issue.size > 0 for issue in rerun.issues), [(i.id, i.label, i.size) for i in rerun.issues]
    assert merged.id not in {issue.id for issue in rerun.issues}
    assert set(result.contributions_of(merged, main_only=True)["id"]) <= set(rerun.contributions_of(kept.id)["id"])
    assert not any(note.endswith("hors codebook") for note in rerun.settings["codebook"]) or len(rerun.issues) >= len(result.issues)
