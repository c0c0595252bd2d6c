"""The consultation team's outputs read back: the workbook with openpyxl, the Word summary with python-docx."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt

import openpyxl
import pytest

from spaser_nlp.report._french import date, number, percent, plural
from spaser_nlp.report.summary import write_summary
from spaser_nlp.report.workbook import FLAG_LABELS, write_workbook

NNBSP = "\u202f"
SHEETS = ["Enjeux", "Contributions", "Doublons et campagnes", "Méthode"]
EVIL = '=HYPERLINK("http://evil.example/","x") plus de bio à la cantine'


def test_french_formats():
    assert number(1234) == f"1{NNBSP}234" and number(0.25) == "0,25"
    assert percent(0.1393) == f"13,9{NNBSP}%" and percent(1) == f"100,0{NNBSP}%"
    assert [plural(n, "campagne") for n in (0, 1, 2)] == ["0 campagne", "1 campagne", "2 campagnes"]
    assert plural(1500, "enjeu", "enjeux") == f"1{NNBSP}500 enjeux"
    assert date(dt.date(2019, 3, 12)) == "12 mars 2019"


def _rows(sheet):
    rows = list(sheet.iter_rows(values_only=True))
    return list(rows[0]), [dict(zip(rows[0], row)) for row in rows[1:]]


def _variant(result, **columns):
    """A copy of ``result`` whose contributions have ``columns`` set (None: dropped); the fixture is untouched."""
    frame = result.contributions.copy()
    for name, values in columns.items():
        if values is None:
            frame = frame.drop(columns=[name])
        else:
            frame[name] = values
    issues = result.issues
    if columns.get("stance") is not None:
        # The analysis counts each issue's positions over its members: a changed stance column changes them too.
        issues = []
        for issue in result.issues:
            members = frame.loc[frame["issue_id"] == issue.id, "stance"]
            counts = {value: int((members == value).sum()) for value in ("pour", "contre", "neutre")}
            issues.append(dataclasses.replace(issue, stance={k: v for k, v in counts.items() if v}))
    return dataclasses.replace(result, contributions=frame, issues=issues)


@pytest.mark.slow
def test_workbook_sheets_headers_and_layout(sample_run, sample_result):
    book = openpyxl.load_workbook(sample_run / "assignments.xlsx")
    assert book.sheetnames == SHEETS
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:"), sheet.title
        assert sheet.auto_filter.ref.endswith(str(sheet.max_row))
        assert all(sheet.column_dimensions[c].width >= 10 for c in "AB")
    headers, issues = _rows(book["Enjeux"])
    assert headers[:7] == ["Rang", "Enjeu", "Contributions", "Part des contributions", "Arguments distincts",
                           "Auteurs distincts", "Contributions qui le citent"]
    assert {"Mots-clés", "Citation 1", "Citation 2", "Citation 3", "Raison du rang"} <= set(headers)
    headers, _ = _rows(book["Contributions"])
    assert headers[:7] == ["Identifiant", "Titre", "Texte", "Enjeu principal", "Autres enjeux", "Score", "Signalement"]
    assert {"Date", "Type d'auteur"} <= set(headers) and not {"id", "text", "issue_id"} & set(headers)
    assert _rows(book["Méthode"])[0] == ["Réglage", "Valeur"]
    assert _rows(book["Doublons et campagnes"])[0][:3] == ["Groupe", "Type", "Contributions"]


@pytest.mark.slow
def test_workbook_issues_are_labelled_and_typed(sample_run, sample_result):
    book = openpyxl.load_workbook(sample_run / "assignments.xlsx")
    _, issues = _rows(book["Enjeux"])
    assert [r["Enjeu"] for r in issues] == [i.label for i in sample_result.issues]
    assert [r["Rang"] for r in issues] == list(range(1, len(issues) + 1))
    for row, issue in zip(issues, sample_result.issues):
        assert row["Contributions"] == issue.size and isinstance(row["Contributions"], int)
        assert row["Part des contributions"] == pytest.approx(issue.share)
        assert row["Arguments distincts"] == issue.n_distinct_arguments
        assert row["Citation 1"].endswith(f"({issue.quotes[0].id})")
    share = book["Enjeux"]["D2"]
    assert isinstance(share.value, float) and "%" in share.number_format


@pytest.mark.slow
def test_workbook_holds_every_contribution_with_labels_numbers_and_dates(sample_run, sample_result):
    book = openpyxl.load_workbook(sample_run / "assignments.xlsx")
    _, rows = _rows(book["Contributions"])
    frame = sample_result.contributions
    assert [r["Identifiant"] for r in rows] == list(frame["id"])
    labels = {i.id: i.label for i in sample_result.issues}
    for row, (_, source) in zip(rows, frame.iterrows()):
        assert row["Enjeu principal"] == labels.get(source["issue_id"]), row["Identifiant"]
        others = [labels[x] for x in source["issue_ids"].split(";") if x and x != source["issue_id"]]
        assert (row["Autres enjeux"] or "") == "; ".join(others)
        if source["score"]:
            assert isinstance(row["Score"], float) and row["Score"] == pytest.approx(float(source["score"]))
        assert isinstance(row["Date"], dt.datetime)
    assert any(r["Autres enjeux"] for r in rows)  # the sample has multi-issue contributions
    assert [r["Signalement"] or "" for r in rows] == [FLAG_LABELS.get(f, f.replace("_", " ")) for f in frame["flag"]]
    assert {"vide", "non français"} <= {r["Signalement"] for r in rows}
    assert book["Contributions"]["I2"].number_format.startswith("dd/mm/yyyy")
    _, groups = _rows(book["Doublons et campagnes"])
    assert [g["Contributions"] for g in groups if g["Type"] == "campagne"] == [10]
    assert len(groups) == len(sample_result.duplicates)
    _, method = _rows(book["Méthode"])
    values = {r["Réglage"]: r["Valeur"] for r in method}
    assert values["Graine aléatoire"] == 0 and values["Contributions"] == 122
    assert values["Arguments distincts"] == sample_result.stats["n_distinct_arguments"]
    assert values["Données personnelles conservées"] == "non"
    assert values["Part sans enjeu"].endswith(f"{NNBSP}%") and "," in values["Part sans enjeu"]


@pytest.mark.slow
def test_workbook_neutralises_formulas_cuts_long_text_and_takes_optional_columns(tmp_path, sample_result):
    n = len(sample_result.contributions)
    texts = list(sample_result.contributions["text"])
    texts[0], texts[1] = EVIL, "x" * 40_000
    stance = ["pour", "contre", "neutre"] * (n // 3) + ["neutre"] * (n % 3)
    urls = [f"https://participez.example/c/{i}" for i in range(n)]
    urls[2] = "javascript:alert(1)"
    result = _variant(sample_result, text=texts, stance=stance, url=urls)
    write_workbook(result, tmp_path / "a.xlsx")
    book = openpyxl.load_workbook(tmp_path / "a.xlsx")
    assert not [c.coordinate for s in book.worksheets for r in s.iter_rows() for c in r if c.data_type == "f"]
    headers, rows = _rows(book["Contributions"])
    assert rows[0]["Texte"] == "'" + EVIL
    assert len(rows[1]["Texte"]) <= 32_767 and rows[1]["Texte"].endswith("[…]")
    assert rows[0]["Lien"] == urls[0] and rows[1]["Position"] == "contre"
    column = openpyxl.utils.get_column_letter(headers.index("Lien") + 1)
    links = {c.row: c.hyperlink.target for c in book["Contributions"][column] if c.hyperlink}
    assert links[2] == urls[0] and 4 not in links and len(links) == n - 1  # web addresses only become links
    assert "coupures" in book.sheetnames and _rows(book["coupures"])[1][0]["colonne"] == "Texte"
    issue_headers, issues = _rows(book["Enjeux"])
    assert {"Position : pour", "Position : contre", "Position : neutre"} <= set(issue_headers)
    primary = result.contributions["issue_id"]
    assert sum(r["Position : contre"] for r in issues) == sum(
        1 for s, i in zip(stance, primary) if s == "contre" and i)


@pytest.mark.slow
def test_workbook_without_optional_columns_and_capped(tmp_path, sample_result):
    result = _variant(sample_result, title=None, date=None, issue_ids=None, author=None)
    write_workbook(result, tmp_path / "a.xlsx", max_rows=50)
    book = openpyxl.load_workbook(tmp_path / "a.xlsx")
    assert book.sheetnames == SHEETS + ["Note"]
    headers, rows = _rows(book["Contributions"])
    assert not {"Titre", "Date", "Auteur", "Lien", "Position"} & set(headers)
    assert [r["Identifiant"] for r in rows] == list(result.contributions["id"][:50])
    assert "50 premières contributions sur 122" in book["Note"]["A2"].value


@pytest.mark.slow
def test_outputs_are_reproducible(tmp_path, sample_run, sample_result):
    write_workbook(sample_result, tmp_path / "assignments.xlsx")
    write_summary(sample_result, tmp_path / "synthese.docx")
    for name in ("assignments.xlsx", "synthese.docx"):
        assert (tmp_path / name).read_bytes() == (sample_run / name).read_bytes(), name


@pytest.mark.slow
def test_word_summary(sample_run, sample_result):
    import docx

    document = docx.Document(str(sample_run / "synthese.docx"))
    paragraphs = document.paragraphs
    assert paragraphs[0].style.name == "Title" and paragraphs[0].text == "Synthèse de la consultation"
    assert document.core_properties.title == "Synthèse de la consultation"
    overview = paragraphs[1].text
    stats = sample_result.stats
    assert overview.startswith(f"122 contributions analysées, soit {stats['n_distinct_arguments']} arguments distincts")
    assert f"en {len(sample_result.issues)} enjeux" in overview
    assert "Contributions du 4 mars 2024 au" in overview
    flagged = stats["n_flagged"]
    assert f"{sum(flagged.values())} contributions signalées (" in overview
    assert f"{flagged['vide']} vides" in overview and f"{flagged['non_francais']} non françaises" in overview
    headings = [p.text for p in paragraphs if p.style.name == "Heading 2"]
    assert headings == [f"{i.rank}. {i.label}" for i in sample_result.issues]
    assert [p.text for p in paragraphs if p.style.name == "Heading 1"] == [
        "Enjeux par ordre de priorité", "Doublons et campagnes", "Méthode"]
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells][:4] == ["Rang", "Enjeu", "Contributions", "Part"]
    assert len(table.rows) == len(sample_result.issues) + 1
    first = sample_result.issues[0]
    assert [c.text for c in table.rows[1].cells][:4] == ["1", first.label, str(first.size), percent(first.share)]
    text = "\n".join(p.text for p in paragraphs)
    assert f"{first.size} contributions ({percent(first.share)})" in text and "." not in percent(first.share)
    quotes = [p.text for p in paragraphs if p.style.name == "Quote"]
    assert 2 * len(sample_result.issues) <= len(quotes) <= 3 * len(sample_result.issues)
    assert quotes[0] == f"« {' '.join(first.quotes[0].text.split())} » ({first.quotes[0].id})"
    assert "Campagne de 10 contributions" in text and "pseudonymisées" in text
    # Pseudonymised by default: no raw author handle from the export.
    assert "veronique_h" not in text and "mamie_jeanne" not in text


@pytest.mark.slow
def test_word_summary_shows_stance_when_known(tmp_path, sample_result):
    import docx

    n = len(sample_result.contributions)
    result = _variant(sample_result, stance=["contre"] * 2 + ["neutre"] * (n - 2))
    result = dataclasses.replace(result, stats={**result.stats, "stance": {"contre": 2, "neutre": n - 2}})
    write_summary(result, tmp_path / "s.docx")
    document = docx.Document(str(tmp_path / "s.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    assert f"Positions exprimées : 2 contre, {n - 2} neutres." in text
    assert [c.text for c in document.tables[0].rows[0].cells][-1] == "Neutre"
    assert any(p.text.startswith("Positions : ") and "neutre" in p.text for p in document.paragraphs)


@pytest.mark.slow
def test_an_issue_stance_is_trusted_even_empty(tmp_path, sample_result):
    import docx

    result = _variant(sample_result, stance=["pour"] * len(sample_result.contributions))
    issues = [copy.copy(issue) for issue in result.issues]
    for issue in issues:
        issue.stance = {}  # the richer model: the analysis found no sides taken
    write_workbook(dataclasses.replace(result, issues=issues), tmp_path / "none.xlsx")
    book = openpyxl.load_workbook(tmp_path / "none.xlsx")
    assert not [h for h in _rows(book["Enjeux"])[0] + _rows(book["Contributions"])[0] if h.startswith("Position")]
    issues[0].stance = {"pour": 3, "contre": 1}
    issues[1].stance = {"pour": 0, "contre": 0, "neutre": 0}  # a stance nobody took gets no column
    result = dataclasses.replace(result, issues=issues)
    write_workbook(result, tmp_path / "some.xlsx")
    write_summary(result, tmp_path / "some.docx")
    headers, rows = _rows(openpyxl.load_workbook(tmp_path / "some.xlsx")["Enjeux"])
    assert [h for h in headers if h.startswith("Position")] == ["Position : pour", "Position : contre"]
    assert (rows[0]["Position : pour"], rows[0]["Position : contre"], rows[1]["Position : pour"]) == (3, 1, 0)
    text = [p.text for p in docx.Document(str(tmp_path / "some.docx")).paragraphs]
    assert "Positions : 3 pour, 1 contre." in text
