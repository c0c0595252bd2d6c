"""`spaser compare`: the comparison frames, the workbook read back with openpyxl, the dashboard in Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from spaser_nlp.comparison import compare, write_comparison
from spaser_nlp.pipeline import pipeline_version, run_pipeline
from spaser_nlp.store import ResultStore
from spaser_nlp.store.rows import processed_document

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = [
    ROOT / "corpora/samples/region-exemple/region-exemple.txt",
    ROOT / "corpora/analyst/documents/region-ancien-2017.txt",
    ROOT / "corpora/analyst/documents/ville-sans-suivi.txt",
    ROOT / "corpora/analyst/documents/metropole-sans-ecologie.txt",
]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("compare") / "results.duckdb"
    version = pipeline_version()
    processed = []
    for source in DOCUMENTS:
        document = run_pipeline(source)
        processed.append(processed_document(document, path=str(source), seconds=0.1, pipeline_version=version))
    # A hostile authority name must reach the workbook as text, not as a formula.
    for row in processed[2].rows["profile"]:
        if row["field"] == "authority_name":
            row["value"] = '=HYPERLINK("http://evil.example/","x")'
    with ResultStore(path) as results:
        results.write(processed)
    return path


@pytest.fixture(scope="module")
def outputs(store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("out")
    subprocess.run(
        [sys.executable, "-m", "spaser_nlp", "--quiet", "compare", "--db", str(store), "-o", str(folder)],
        check=True, timeout=120, capture_output=True,
    )
    return folder


def test_census_and_targets_per_theme(store: Path) -> None:
    comparison = compare(store)
    assert len(comparison.schemas) == 4
    by_type = dict(zip(comparison.census_type["authority_type"], comparison.census_type["schemas"]))
    assert by_type == {"region": 2, "commune": 1, "metropole": 1}
    assert set(comparison.census_year["adoption_year"]) == {2017, 2023, 2025}
    social = comparison.targets[comparison.targets["theme"] == "clauses_sociales_insertion"]
    assert set(social["doc_id"]) >= {"region-exemple", "region-ancien-2017"}
    # Every target can be traced back to its sentence.
    row = social.iloc[0]
    text = run_pipeline(DOCUMENTS[0]).clean.text if row["doc_id"] == "region-exemple" else None
    if text is not None:
        assert text[int(row["char_start"]) : int(row["char_end"])] == row["text"]
    summary = comparison.themes.set_index("theme")
    assert summary.loc["clauses_sociales_insertion", "schemas_with_target"] >= 2
    assert "sante" in comparison.gaps
    assert set(comparison.checklist.columns) >= {"doc_id", "suivi_annuel", "publication"}
    region = comparison.schemas.set_index("doc_id").loc["region-exemple", "themes_covered"]
    assert "clauses_sociales_insertion" in region


def test_workbook_is_french_filterable_and_formula_safe(outputs: Path) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(outputs / "comparaison.xlsx")
    assert workbook.sheetnames[:3] == ["Schémas", "Cibles par thème", "Synthèse par thème"]
    assert "Conformité" in workbook.sheetnames
    sheet = workbook["Schémas"]
    headers = [cell.value for cell in sheet[1]]
    assert headers[:4] == ["Document", "Collectivité", "Type", "Période"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    names = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert "'=HYPERLINK(\"http://evil.example/\",\"x\")" in names
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    targets = workbook["Cibles par thème"]
    values = [row[2] for row in targets.iter_rows(min_row=2, values_only=True)]
    assert values and all(isinstance(v, (int, float)) for v in values)
    assert {row[0] for row in workbook["Recensement par type"].iter_rows(min_row=2, values_only=True)} == {"Région", "Commune", "Métropole"}


def _dom(page: Path, fragment: str) -> str:
    with tempfile.TemporaryDirectory() as profile:
        completed = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
             "--dump-dom", page.as_uri() + fragment],
            capture_output=True, text=True, timeout=90,
        )
    assert 'data-ready="true"' in completed.stdout, completed.stderr[-2000:]
    return completed.stdout


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install -y chromium)")
def test_dashboard_filters_and_follows_a_link_to_the_source_sentence(outputs: Path) -> None:
    page = outputs / "comparaison.html"
    html = page.read_text(encoding="utf-8")
    assert '<html lang="fr">' in html and "Content-Security-Policy" in html
    assert not re.search(r"(src|href)=\"https?://", html)
    # Filter: régions only, social clauses.
    dom = _dom(page, "#type=region&theme=clauses_sociales_insertion")
    assert re.search(r'id="js-status"[^>]*>2 schémas affichés, \d+ cibles', dom)
    body = dom.split('id="targets"')[1].split("</table>")[0]
    docs = set(re.findall(r'<tr data-doc="([^"]+)"', body))
    assert docs == {"region-exemple", "region-ancien-2017"}
    # Follow the first link to its source sentence.
    link = re.search(r'<a class="src" href="(#src=[^"]+)">', body).group(1)
    dom = _dom(page, link.replace("&amp;", "&"))
    source = dom.split('id="source"')[1].split("</section>")[0]
    assert "hidden" not in source.split(">")[0]
    assert re.search(r'<mark data-doc="region-\w+(?:-\w+)*" data-objective="\d+">[^<]+</mark>', source)
    assert re.search(r"page \d+, caractères \d+ à \d+", source)
    # A profile page.
    dom = _dom(page, "#profile=region-exemple")
    assert 'id="profile-card"' in dom and "Région Val-de-Loire-Atlantique" in dom
    assert '<span class="chip">Clauses sociales et insertion</span>' in dom.split("Profil thématique")[1]


def test_compare_refuses_a_missing_store(tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "spaser_nlp", "compare", "--db", str(tmp_path / "none.duckdb"), "-o", str(tmp_path / "o")],
        capture_output=True, text=True, timeout=60,
    )
    assert completed.returncode == 2 and "no such results store" in completed.stderr
    assert "Traceback" not in completed.stderr


def test_write_comparison_returns_both_files(store: Path, tmp_path: Path) -> None:
    written = write_comparison(compare(store), tmp_path / "c")
    assert [p.name for p in written] == ["comparaison.html", "comparaison.xlsx"]
