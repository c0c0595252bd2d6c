from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from spaser_nlp.cli import app
from spaser_nlp.evaluate.consult import evaluate, load_gold

TOPICS = {
    "Cantines": ["Plus de bio dans les cantines", "Des repas bio et locaux à l'école", "Cantine bio et locale svp",
                 "Produits bio dans la restauration scolaire", "Menus bio dans les cantines des écoles"],
    "Insertion": ["Clauses d'insertion dans les chantiers", "Heures d'insertion pour les chômeurs",
                  "Insertion des jeunes par les chantiers", "Clauses sociales d'insertion dans les travaux",
                  "Emplois d'insertion sur les chantiers"],
}


@pytest.fixture()
def gold_path(tmp_path):
    rows = []
    for question in ("Q1", "Q2"):
        for category, texts in TOPICS.items():
            for n, text in enumerate(texts):
                rows.append({"reference": f"{question}-{category}-{n}", "question_id": question, "question": question,
                             "title": "", "text": text, "categories": [category, "Z Autres"]})
    path = tmp_path / "contributions.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return path


def test_evaluate_with_a_perfect_method(gold_path):
    gold = load_gold(gold_path.parent)

    def perfect(texts, titles):
        return [0 if "bio" in t else 1 for t in texts]

    table = evaluate(gold, perfect)
    assert list(table["question_id"]) == ["Q1", "Q2", "ALL"]
    assert table["f_measure"].tolist() == [1.0, 1.0, 1.0]
    assert table["unassigned_share"].iloc[-1] == 0.0


@pytest.mark.slow
def test_eval_consult_command(gold_path, tmp_path):
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(app, ["eval", "consult", "--data", str(gold_path), "--embedder", "tfidf", "--json", str(out)])
    assert result.exit_code == 0, result.output
    scores = json.loads(out.read_text(encoding="utf-8"))
    assert scores[-1]["question_id"] == "ALL" and scores[-1]["f_measure"] > 0.6
