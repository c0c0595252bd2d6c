"""``spaser structure`` on a text file, and the scoring of trees against gold nodes."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from spaser_nlp.cli import app
from spaser_nlp.evaluate.structure import GoldNode, score_sections, titles_match
from spaser_nlp.segment import segment


def test_structure_command_text_and_json(tmp_path):
    path = tmp_path / "schema.txt"
    path.write_text(
        "Axe 1 – L'emploi\n\nObjectif 1.1 – Les clauses sociales\n\nAction 1.1.1 – Créer un guichet unique\n\n"
        "Porter à 25 % la part des marchés.",
        encoding="utf-8",
    )
    runner = CliRunner()
    result = runner.invoke(app, ["-q", "structure", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:3] == [
        "[axe] Axe 1 · Axe 1 – L'emploi  (p. 1)",
        "  [objectif] Objectif 1.1 · Objectif 1.1 – Les clauses sociales  (p. 1)",
        "    [action] Action 1.1.1 · Action 1.1.1 – Créer un guichet unique  (p. 1)",
    ]
    result = runner.invoke(app, ["-q", "structure", str(path), "--format", "json"])
    payload = json.loads(result.output)
    assert [s["kind"] for s in payload["sections"]] == ["axe", "objectif", "action"]


def test_scores_count_matches_and_parents(build):
    doc = segment(build([[("heading", "Axe 1 – Emploi", 16), ("heading", "Objectif 1.1 – Clauses", 12),
                          ("heading", "Le saviez-vous", 12)]]))
    gold = [GoldNode("axe", "1", "Axe 1 – Emploi", 1, None), GoldNode("objectif", "1.1", "Objectif 1.1 – Clauses", 2, 0)]
    score = score_sections("d", "born-digital", doc.sections, gold)
    assert (score.matched, score.predicted, score.gold, score.parent_right) == (2, 3, 2, 2)
    assert score.plan_prf == (1.0, 1.0, 1.0)
    assert titles_match("Action 3.1.1 – Publier une programmation des", "Action 3.1.1 – Publier une programmation des achats.")
    assert not titles_match("Axe 1 – Emploi", "Axe 1 – Climat et énergie")
