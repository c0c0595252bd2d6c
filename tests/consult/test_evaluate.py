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
    assert list(table["question_id"]) == ["Q1", "Q2", "MEAN", "WEIGHTED"]
    assert table["f_measure"].tolist() == pytest.approx([1.0, 1.0, 1.0, 1.0])
    assert table["bcubed_f"].tolist() == pytest.approx([1.0, 1.0, 1.0, 1.0])
    assert table["unassigned_share"].iloc[-1] == 0.0


def test_compare_and_leave_one_question_out(gold_path):
    from spaser_nlp.evaluate.consult import compare, leave_one_question_out

    gold = load_gold(gold_path.parent)

    def perfect(texts, titles):
        return [0 if "bio" in t else 1 for t in texts]

    def lumped(texts, titles):
        return [0] * len(texts)

    table = compare(gold, {"good": perfect, "bad": lumped})
    assert table["f_measure_good"].iloc[-2] == pytest.approx(1.0)
    assert table["f_measure_bad"].iloc[-2] < 0.8
    chosen = leave_one_question_out(gold, {"good": perfect, "bad": lumped})
    assert chosen["chosen"].tolist() == ["good", "good"]


@pytest.mark.slow
def test_eval_consult_command(gold_path, tmp_path):
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(app, ["eval", "consult", "--data", str(gold_path), "--embedder", "tfidf", "--no-baseline", "--json", str(out)])
    assert result.exit_code == 0, result.output
    scores = json.loads(out.read_text(encoding="utf-8"))
    assert scores[-2]["question_id"] == "MEAN" and scores[-2]["f_measure_spaser"] > 0.6


@pytest.mark.slow
def test_flags_on_the_hand_checked_sample():
    from spaser_nlp.consult import ConsultSettings
    from spaser_nlp.evaluate.consult import flag_scores

    scores = flag_scores(settings=ConsultSettings(themes=False)).set_index("label")
    for label in ("vide", "non_francais", "campagne", "populaire", "doublon"):
        assert scores.loc[label, "precision"] == 1.0 and scores.loc[label, "recall"] == 1.0, label
    # Off-topic is flagged sparingly: never an on-topic answer of the sample.
    assert scores.loc["hors_sujet", "predicted"] == 0 or scores.loc["hors_sujet", "precision"] == 1.0
