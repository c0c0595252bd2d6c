"""`spaser consult --themes`: SPASER themes in report.html for a consultation that is not about purchasing."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from spaser_nlp.cli import app

pytestmark = pytest.mark.slow

TEXTS = [
    "Il faut baisser l'impôt sur le revenu des classes moyennes et supprimer des niches fiscales",
    "Je veux le vote blanc reconnu et le référendum d'initiative citoyenne pour les grandes décisions",
    "Les élus locaux doivent rendre des comptes aux habitants chaque année lors d'une réunion publique",
    "Réduire le nombre de parlementaires et limiter le cumul des mandats dans le temps",
    "La taxe d'habitation doit être remplacée par un impôt plus juste pour les retraités",
]


def test_themes_flag_shows_the_themes_the_data_would_hide(tmp_path):
    source = tmp_path / "debat.csv"
    rows = [f'{i},"{TEXTS[i % len(TEXTS)]} (avis {i}, {"vraiment" if i % 2 else "surtout"})"' for i in range(40)]
    source.write_text("id,texte\n" + "\n".join(rows) + "\n", encoding="utf-8")
    runner = CliRunner()
    pages = {}
    for name, extra in (("auto", []), ("forced", ["--themes"])):
        out = tmp_path / name
        result = runner.invoke(app, ["consult", str(source), "-o", str(out), "--embedder", "tfidf", "--no-xlsx", *extra])
        assert result.exit_code == 0, result.output
        pages[name] = (out / "report.html").read_text(encoding="utf-8")
    assert "Thèmes SPASER : " not in pages["auto"]
    assert pages["forced"].count("Thèmes SPASER : ") == pages["forced"].count('<article class="card"') > 0
