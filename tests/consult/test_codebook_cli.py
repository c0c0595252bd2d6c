from __future__ import annotations

import json

import pandas as pd
import pytest
import yaml
from typer.testing import CliRunner

from spaser_nlp.cli import app

pytestmark = pytest.mark.slow
runner = CliRunner()


@pytest.fixture(scope="module")
def edited_run(tmp_path_factory, sample_run, sample_path, sample_result):
    """Rerun through the CLI with an edited codebook: rename, merge, split, pin, plus new contributions."""
    tmp = tmp_path_factory.mktemp("codebook")
    book = yaml.safe_load((sample_run / "codebook.yaml").read_text(encoding="utf-8"))
    issues = book["issues"]
    first, second, third, fourth = issues[0], issues[1], issues[2], issues[3]
    first["label"] = "Nom choisi par l'équipe"
    third["merge_into"] = second["id"]
    frame = sample_result.contributions
    pinned = frame.loc[frame["issue_id"] == fourth["id"], "id"].iloc[0]
    issues[4]["pinned"] = [pinned]
    mobilier = frame.loc[frame["text"].str.contains("mobilier", case=False), ["id", "text"]].head(3)
    issues.append({"label": "Réemploi du mobilier", "examples": [{"id": i, "text": t} for i, t in mobilier.values]})
    (tmp / "edited.yaml").write_text(yaml.safe_dump(book, allow_unicode=True, sort_keys=False), encoding="utf-8")
    table = pd.read_csv(sample_path, dtype=str, keep_default_na=False)
    extra = pd.DataFrame([
        {"id": "N1", "author": "nouveau1", "author_type": "Citoyen", "title": "", "published_at": "",
         "text": "Je voudrais encore plus de produits bio et locaux dans les cantines des écoles."},
        {"id": "N2", "author": "nouveau2", "author_type": "Syndicat", "title": "", "published_at": "",
         "text": "Les salariés du nettoyage sous-traité doivent avoir de meilleures conditions de travail."},
    ])
    path = tmp / "more.csv"
    pd.concat([table, extra]).to_csv(path, index=False)
    out = tmp / "run_b"
    result = runner.invoke(app, ["consult", str(path), "-o", str(out), "--codebook", str(tmp / "edited.yaml"), "--no-xlsx"])
    assert result.exit_code == 0, result.output
    return {"out": out, "book": book, "pinned": pinned}


def test_codebook_edits_are_applied(edited_run):
    payload = json.loads((edited_run["out"] / "issues.json").read_text(encoding="utf-8"))
    by_id = {i["id"]: i for i in payload["issues"]}
    book = edited_run["book"]["issues"]
    assert by_id[book[0]["id"]]["label"] == "Nom choisi par l'équipe"
    assert book[2]["id"] not in by_id  # merged away
    assert all(i["id"] in by_id for n, i in enumerate(book) if "id" in i and n != 2)
    assert any(i["label"] == "Réemploi du mobilier" for i in payload["issues"])
    assignments = pd.read_csv(edited_run["out"] / "assignments.csv", dtype=str, keep_default_na=False)
    row = assignments.set_index("id")
    assert row.loc[edited_run["pinned"], "issue_id"] == book[4]["id"]
    assert row.loc["N1", "issue_id"] in by_id and row.loc["N2", "issue_id"] in by_id


def test_diff_shows_changes(edited_run, sample_run):
    result = runner.invoke(app, ["consult", "diff", str(sample_run), str(edited_run["out"]), "--json"])
    assert result.exit_code == 0, result.output
    diff = json.loads(result.output)
    book = edited_run["book"]["issues"]
    assert {"id": book[0]["id"], "before": diff["renamed"][0]["before"], "after": "Nom choisi par l'équipe"} in diff["renamed"]
    assert book[2]["id"] in [r["id"] for r in diff["removed"]]
    assert diff["new_contributions"] == 2
    text = runner.invoke(app, ["consult", "diff", str(sample_run), str(edited_run["out"])])
    assert "renamed" in text.output


def test_cli_errors_are_one_line(tmp_path):
    result = runner.invoke(app, ["consult", str(tmp_path / "none.csv"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2 and "no such file; check the path" in result.output
    result = runner.invoke(app, ["consult", str(tmp_path), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2 and "is a folder, not a file" in result.output
    result = runner.invoke(app, ["consult", "diff", str(tmp_path), str(tmp_path)])
    assert result.exit_code == 2 and "give the folder that `spaser consult -o` wrote" in result.output
    assert len(result.output.strip().splitlines()) == 1
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\nun texte libre assez long ici,un autre texte libre assez long\n", encoding="utf-8")
    result = runner.invoke(app, ["consult", str(bad), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2 and "columns found: a, b" in result.output
