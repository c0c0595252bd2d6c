"""The shipped fast (lexical) model: loading, predictions, document levels, CLI."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from spaser_nlp.classify import classify, classify_document, load_theme_model
from spaser_nlp.document import BBox, Block, Document, Objective, Page, assemble_text


@pytest.fixture(scope="module")
def model():
    return load_theme_model("lexical")


def test_predicts_obvious_themes_and_nothing_for_page_furniture(model):
    labels = model.predict_labels(
        [
            "Réserver trois marchés par an aux ESAT et entreprises adaptées.",
            "Servir du café issu du commerce équitable dans les services.",
            "Acheter une électricité 100 % renouvelable d'ici 2026.",
            "Page 12 sur 48",
        ]
    )
    assert "marches_reserves_handicap" in labels[0]
    assert "commerce_equitable" in labels[1]
    assert "energie" in labels[2]
    assert labels[3] == []


def _document() -> Document:
    texts = [
        ("heading", "Axe 1 – Insertion"),
        ("paragraph", "Généraliser la clause sociale d'insertion dans les marchés de travaux. Réaliser 150 000 heures d'insertion."),
        ("heading", "Axe 2 – Énergie"),
        ("paragraph", "Acheter une électricité 100 % renouvelable. Rénover l'éclairage public en LED."),
    ]
    blocks = [Block(id=f"b{i}", kind=kind, page=1, bbox=BBox(x0=0, y0=i * 20, x1=100, y1=i * 20 + 10), text=text)
              for i, (kind, text) in enumerate(texts)]
    pages = [Page(number=1, width=595, height=842, source="text", blocks=blocks)]
    text = assemble_text(pages)
    objective = Objective(doc_id="demo", text="Réaliser 150 000 heures d'insertion par an.", char_start=0, char_end=10,
                          value=150000, unit="heures", direction="reach", kind="absolute")
    return Document(doc_id="demo", source_path="demo.txt", sha256="0", media_type="text/plain", page_count=1,
                    pages=pages, text=text, objectives=[objective])


def test_sentence_and_section_levels_carry_provenance(model):
    document = _document()
    sentences = classify_document(document, level="sentence", model=model)
    assert {"text", "page", "char_start", "char_end", "themes", "scores"} <= set(sentences.columns)
    for row in sentences.itertuples():
        assert document.text[row.char_start : row.char_end] == row.text
        assert row.page == 1
    sections = classify_document(document, level="section", model=model)
    assert list(sections["section"]) == ["b0", "b2"]
    assert "clauses_sociales_insertion" in sections.iloc[0]["themes"]
    assert "energie" in sections.iloc[1]["themes"]


def test_stage_sets_document_and_objective_themes(model):
    document = classify(_document(), model=model)
    scores = {score.theme: score.score for score in document.themes}
    assert len(scores) == 16 and scores["energie"] > 0.5
    assert "clauses_sociales_insertion" in document.objectives[0].themes
    profile = classify_document(document, level="document", model=model).iloc[0]["profile"]
    assert profile["objective_share"]["clauses_sociales_insertion"] == 1.0
    assert 0 < profile["text_share"]["energie"] < 1


def test_cli_document_level_jsonl(tmp_path):
    from spaser_nlp.cli import app

    path = tmp_path / "schema-demo.txt"
    path.write_text("Axe 1\n\nRéserver des marchés aux ESAT et entreprises adaptées.\n\nAcheter du café équitable.", encoding="utf-8")
    result = CliRunner().invoke(app, ["--quiet", "themes", str(path), "--model", "lexical"])
    assert result.exit_code == 0, (result.output, result.exc_info)
    line = json.loads(result.output.strip().splitlines()[0])
    assert line["doc_id"] == "schema-demo"
    assert "marches_reserves_handicap" in line["themes"] and set(line["scores"]) == set(load_theme_model("lexical").classes_)
