"""Real labelled passages in training and evaluation; the classify package's import graph; explicit scorer arguments."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import numpy as np
import pytest

from spaser_nlp.classify import ThemeScorer, load_taxonomy
from spaser_nlp.classify.corpus import default_real_passages_path, load_corpus, load_real_passages, split_passages
from spaser_nlp.classify.scorer import TRAINING_ONLY_PARAMS, scoring_params
from spaser_nlp.errors import InputError, ModelError

CLASSIFY = Path(__file__).resolve().parents[2] / "spaser_nlp" / "classify"


def _real_rows(texts_and_themes, source="https://example.org/page"):
    return [
        {"id": f"r{i}", "source_url": f"{source}/{i % 3}", "source_title": "t", "text": text,
         "gold": {"is_objective": False, "objectives": [], "themes": themes, "non_objective_numbers": [], "notes": "",
                  "ambiguous": False}}
        for i, (text, themes) in enumerate(texts_and_themes)
    ]


def test_real_passages_load_in_both_formats_grouped_by_page(tmp_path):
    shared = tmp_path / "shared.jsonl"
    shared.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _real_rows(
        [("Réserver des marchés aux ESAT.", ["marches_reserves_handicap"]), ("Sommaire", [])])), encoding="utf-8")
    corpus_style = tmp_path / "corpus.jsonl"
    corpus_style.write_text(json.dumps({"id": "x", "text": "Café équitable", "labels": ["commerce_equitable"]}) + "\n",
                            encoding="utf-8")
    passages = load_real_passages(shared)
    assert [p.labels for p in passages] == [("marches_reserves_handicap",), ()]
    assert passages[0].group == "https://example.org/page/0" and passages[0].origin == "real"
    assert load_real_passages(corpus_style, split="test")[0].labels == ("commerce_equitable",)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "y", "text": "no labels"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        load_real_passages(bad)


def test_collected_real_passages_follow_the_taxonomy_and_share_no_page_with_the_dev_set():
    themes = set(load_taxonomy().ids)
    passages = load_real_passages(default_real_passages_path())
    assert len(passages) >= 200
    assert all(set(p.labels) <= themes for p in passages)
    assert all(len(p.text.split()) <= 70 for p in passages)
    dev = Path("../shared/data/spaser-real-dev/passages.jsonl")
    if dev.is_file():  # beside the repository root, where the lead runs the suite
        dev_pages = {p.group.split("://", 1)[-1].removeprefix("www.").rstrip("/") for p in load_real_passages(dev)}
        ours = {p.group.split("://", 1)[-1].removeprefix("www.").rstrip("/") for p in passages}
        assert not dev_pages & ours


def test_gold_scores_report_supported_and_few_example_themes_apart():
    from spaser_nlp.evaluate.themes_real import MIN_SUPPORT, gold_scores

    themes = ["a", "b"]
    truth = np.zeros((MIN_SUPPORT + 2, 2), dtype=int)
    truth[:, 0] = 1
    truth[:2, 1] = 1
    predicted = truth.copy()
    predicted[:2, 1] = 0  # every "b" missed
    scores = gold_scores(predicted, truth, themes)
    assert scores["supported_themes"] == ["a"] and scores["few_example_themes"] == ["b"]
    assert scores["macro_f1_supported"] == 1.0 and scores["macro_f1"] == 0.5
    assert scores["per_theme"]["b"]["support"] == 2


def test_scorer_arguments_are_explicit():
    with pytest.raises(TypeError):
        ThemeScorer(feature="lexical")  # misspelt: no longer swallowed
    assert scoring_params({"features": "lexical", **{name: 1 for name in TRAINING_ONLY_PARAMS}}) == {"features": "lexical"}
    with pytest.raises(ModelError, match="embeding_weight"):
        scoring_params({"embeding_weight": 0.7})


def _import_graph() -> dict[str, set[str]]:
    """Every import of a ``spaser_nlp.classify`` module by another (module level or inside functions),
    except ``if TYPE_CHECKING:`` blocks."""
    graph: dict[str, set[str]] = {}
    for path in CLASSIFY.glob("*.py"):
        name = "spaser_nlp.classify" if path.stem == "__init__" else f"spaser_nlp.classify.{path.stem}"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
                   for n in ast.walk(node)}
        targets = set()
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("spaser_nlp.classify"):
                targets.add(node.module)
            elif isinstance(node, ast.Import):
                targets |= {alias.name for alias in node.names if alias.name.startswith("spaser_nlp.classify")}
        graph[name] = targets - {name}
    return graph


def test_classify_modules_import_each_other_without_cycles():
    graph = _import_graph()
    assert "spaser_nlp.classify.baselines" not in graph["spaser_nlp.classify.scorer"]
    state: dict[str, int] = {}

    def visit(module: str, stack: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph.get(module, ())):
            if target not in graph:
                continue
            assert state.get(target) != 1, "import cycle: " + " -> ".join([*stack, module, target])
            if target not in state:
                visit(target, [*stack, module])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [])


@pytest.mark.slow
def test_real_passages_join_training_and_thresholds_reproducibly(tiny_corpus, tmp_path):
    from spaser_nlp.classify.persist import load_theme_model_from
    from spaser_nlp.classify.train import train_theme_model

    taxonomy = load_taxonomy()
    written = [p for p in load_corpus(tiny_corpus) if p.split == "train"]
    real = tmp_path / "real.jsonl"
    rows = _real_rows([(p.text.upper(), list(p.labels)) for p in written], source="https://real.example")
    real.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    params = {"calibration_folds": 2}
    model, files = train_theme_model(features="lexical", corpus_path=tiny_corpus, real_path=real, output_dir=tmp_path / "a",
                                     params=params)
    again, _ = train_theme_model(features="lexical", corpus_path=tiny_corpus, real_path=real, output_dir=tmp_path / "b",
                                 params=params)
    texts = ["Réserver des marchés aux ESAT", "ACHETER DU CAFÉ ÉQUITABLE", "Sommaire"]
    # Same machine, same data: the same model; tolerances, not bit equality (BLAS may differ in the last bits).
    np.testing.assert_allclose(again.coef_, model.coef_, rtol=1e-6, atol=1e-9)
    np.testing.assert_allclose(again.thresholds_, model.thresholds_, atol=1e-9)
    np.testing.assert_allclose(load_theme_model_from(tmp_path / "a").predict_proba(texts), model.predict_proba(texts),
                               rtol=1e-7, atol=1e-9)
    saved = json.loads(files[0].read_text(encoding="utf-8"))["metadata"]
    assert saved["training_passages"]["real"] == len(rows) and saved["real_passages"] == "real.jsonl"
    # The real passages are trained on: the upper-cased copies move the model (compared with synthetic only).
    synthetic_only, _ = train_theme_model(features="lexical", corpus_path=tiny_corpus, real_path=None,
                                          output_dir=tmp_path / "c", params=params)
    assert np.abs(synthetic_only.predict_proba(texts) - model.predict_proba(texts)).max() > 1e-3
    assert list(model.classes_) == taxonomy.ids
    assert len(split_passages(load_corpus(tiny_corpus), "dev")) > 0
