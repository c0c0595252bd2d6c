"""The theme experiments of ``scripts/`` as a user runs them: every script answers ``--help`` (and writes nothing),
``cv_themes.py`` cross-validates the lexical variant on a tiny corpus and ``themes_dev_errors.py`` lists the
shipped lexical model's errors on a tiny gold file, end to end in a scratch folder; their pure helpers (noisy
training copies, configurations, sentence split) are checked on small inputs.

The experiments that train on the whole corpus (``themes_real_choices.py``, the ``fit`` commands) are not run
here; the threshold experiments are in ``test_scripts_thresholds.py``.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from spaser_nlp.classify import load_taxonomy
from spaser_nlp.classify.corpus import AUGMENTED_ORIGIN, load_corpus
from spaser_nlp.classify.train import VARIANTS, new_estimator

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "scripts"
CORPUS = ROOT / "corpora" / "themes" / "themes.jsonl"
REAL = ROOT / "corpora" / "real" / "passages.jsonl"


def _module(name: str) -> ModuleType:
    """A script loaded as a module (its ``main`` is not run)."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(script: str, *args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPTS / script), *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def _tree(folder: Path) -> dict[str, tuple[int, bytes]]:
    """Modification time and bytes of the files under ``folder`` (bytecode caches aside: imports write them)."""
    return {str(p.relative_to(folder)): (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(folder.rglob("*"))
            if p.is_file() and "__pycache__" not in p.parts}


@pytest.mark.parametrize("script", sorted(p.name for p in SCRIPTS.glob("*.py")))
def test_every_script_answers_help_and_writes_nothing(script: str, tmp_path: Path) -> None:
    sources = _tree(ROOT / "corpora" / "themes")
    done = _run(script, "--help", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"usage: {script}")
    assert _tree(ROOT / "corpora" / "themes") == sources  # not even rewritten unchanged
    assert not list(tmp_path.iterdir())
    # an option it does not know is refused the argparse way (usage, exit 2), before any work
    refused = _run(script, "--no-such-option", cwd=tmp_path)
    assert refused.returncode == 2 and refused.stderr.startswith("usage: ") and f"{script}: error: " in refused.stderr
    assert _tree(ROOT / "corpora" / "themes") == sources and not list(tmp_path.iterdir())


@pytest.mark.parametrize(("script", "choices"), [
    ("themes_decision_cv.py", ("fit", "score", "weights")), ("themes_oof_thresholds.py", ("fit", "score", "thresholds", "colabel")),
    ("themes_real_choices.py", ("settings", "pooling")),
])
def test_scripts_with_commands_name_them_when_given_another(script: str, choices: tuple[str, ...], tmp_path: Path) -> None:
    done = _run(script, "train", cwd=tmp_path)
    assert done.returncode == 2 and "invalid choice: 'train'" in done.stderr
    assert all(choice in done.stderr.split("choose from")[1] for choice in choices)


# --- cv_themes.py ----------------------------------------------------------------------------------------


def test_every_cv_configuration_builds_an_estimator() -> None:
    cv = _module("cv_themes")
    taxonomy = load_taxonomy()
    for name, (features, params, copies) in cv.CONFIGS.items():
        assert features in VARIANTS.values(), name
        assert copies is None or copies >= 0, name
        estimator = new_estimator(features, taxonomy, params)  # a misspelt parameter is a TypeError here
        for key, value in params.items():
            if key not in ("keywords", "prototypes"):  # True becomes the taxonomy's lists
                assert estimator.get_params()[key] == value, (name, key)


def test_noisy_copies_are_made_like_the_corpus_and_stay_with_their_original() -> None:
    cv = _module("cv_themes")
    corpus = load_corpus(CORPUS)
    shipped = {p.group: p for p in corpus if p.origin == AUGMENTED_ORIGIN}
    originals = [p for p in corpus if p.origin == "written" and p.split == "train" and p.group in shipped][:20]
    dev = [p for p in corpus if p.split == "dev"][:5]
    passages = originals + dev + [shipped[p.group] for p in originals]

    assert cv._with_copies(passages, cv._builder().AUGMENT_COPIES) == passages  # the corpus's own copies
    assert cv._with_copies(passages, 0) == originals + dev
    more = cv._with_copies(passages, 2)
    assert more[:25] == originals + dev
    copies = {p.id: p for p in more[25:]}
    assert set(copies) <= {f"{p.id}~{k}" for p in originals for k in (0, 1)}
    assert len(copies) >= 35  # a copy identical to its original is dropped: rare
    for original in originals:
        first = copies[f"{original.id}~0"]
        assert first.text == shipped[original.group].text  # copy 0 is the corpus's own copy
        assert (first.group, first.split, first.labels, first.origin, first.style) == (
            original.group, "train", original.labels, AUGMENTED_ORIGIN, "ocr")
        second = copies.get(f"{original.id}~1")
        assert second is None or second.text not in (original.text, first.text)


def _tiny_corpus(path: Path) -> int:
    """Written train+dev passages until each theme has 10 (first by id), their noisy copies, 3 test passages.

    Returns the number of passages to score (the written ones)."""
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    written = sorted((r for r in rows if r["origin"] == "written" and r["split"] in ("train", "dev")), key=lambda r: r["id"])
    chosen: list[dict] = []
    count: Counter[str] = Counter()
    for row in written:
        if any(count[theme] < 10 for theme in row["labels"]) or (not row["labels"] and count[""] < 4):
            chosen.append(row)
            count.update(row["labels"] or [""])
    groups = {row["group"] for row in chosen}
    copies = [r for r in rows if r["origin"] == AUGMENTED_ORIGIN and r["group"] in groups]
    test = [r for r in rows if r["split"] == "test"][:3]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chosen + copies + test), encoding="utf-8")
    assert copies and min(count[t] for t in load_taxonomy().ids) >= 10
    return len(chosen)


@pytest.mark.slow
def test_cv_themes_cross_validates_the_lexical_variant_on_a_tiny_corpus(tmp_path: Path) -> None:
    scored = _tiny_corpus(tmp_path / "tiny.jsonl")
    rounds = sorted({p.round for p in load_corpus(tmp_path / "tiny.jsonl") if p.split != "test"})
    done = _run("cv_themes.py", "lexical", "--corpus", "tiny.jsonl", "--folds", "2", "--json", "cv.jsonl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"{scored} train+dev passages scored, 2 folds grouped by passage group"  # test split unread
    assert lines[1] == ("| configuration | macro-F1 | " + " | ".join(f"round {r}" for r in rounds)
                        + " | fold s.d. | micro-F1 |")
    assert [line.split(" | ")[0] for line in lines[3:]] == ["| keyword baseline", "| lexical"]
    (record,) = [json.loads(line) for line in (tmp_path / "cv.jsonl").read_text(encoding="utf-8").splitlines()]
    assert (record["name"], record["features"], record["params"], record["noisy_copies"]) == ("lexical", "lexical", {}, 1)
    assert record["folds"] == 2 and record["passages"] == scored and "predicted" not in record
    cells = lines[4].strip("| ").split(" | ")
    assert float(cells[1]) == pytest.approx(record["macro_f1"], abs=0.0006)
    assert float(cells[-1]) == pytest.approx(record["micro_f1"], abs=0.0006)
    assert 0.0 < record["micro_f1"] <= 1.0


def test_cv_themes_refuses_an_unknown_configuration(tmp_path: Path) -> None:
    done = _run("cv_themes.py", "lexical", "C=1000", cwd=tmp_path)
    assert done.returncode == 2 and "unknown configurations ['C=1000']" in done.stderr


# --- themes_dev_errors.py -----------------------------------------------------------------------------


def test_dev_errors_lists_every_miss_and_false_addition(tmp_path: Path) -> None:
    rows = [json.loads(line) for line in REAL.read_text(encoding="utf-8").splitlines()[:12]]
    # one passage given a gold theme that its text does not support: a miss to list
    rows[0]["gold"]["themes"] = ["sante"]
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    done = _run("themes_dev_errors.py", "--model", "lexical", "--gold", "gold.jsonl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    gold = {r["id"]: set(r["gold"]["themes"]) for r in rows}
    blocks = re.split(r"\n===== ", done.stdout)[1:]
    themes = load_taxonomy().ids
    assert [block.split()[0] for block in blocks] == themes
    for block in blocks:
        theme, header = block.split()[0], block.splitlines()[0]
        support, fn, fp = (int(re.search(rf"{what} (\d+)", header).group(1)) for what in ("support", "FN", "FP"))  # type: ignore[union-attr]
        assert support == sum(theme in labels for labels in gold.values())
        listed = re.findall(r"^  (FN|FP) p=(\d\.\d\d) \[([^\]]+)\] gold=(\S*) predicted=(\S*)$", block, re.M)
        assert [kind for kind, *_ in listed] == ["FN"] * fn + ["FP"] * fp
        for kind, _, passage, gold_cell, predicted in listed:
            assert set(gold_cell.split(",")) - {""} == gold[passage]
            assert (theme in gold[passage], theme in predicted.split(",")) == ((True, False) if kind == "FN" else (False, True))
    sante = blocks[themes.index("sante")]
    assert re.search(rf"^  FN p=\S+ \[{rows[0]['id']}\] gold=sante ", sante, re.M)


# --- themes_real_choices.py ----------------------------------------------------------------------------


def test_real_choices_splits_a_passage_into_sentences_of_four_words_or_more() -> None:
    choices = _module("themes_real_choices")
    assert choices._sentences("Une seule phrase de plus de quatre mots.") == []  # one sentence: nothing to pool
    assert choices._sentences("Oui. Les repas seront bio en 2026. Les achats seront locaux !") == [
        "Les repas seront bio en 2026.", "Les achats seront locaux !"]
    assert choices._sentences("Objectifs :\n- porter la part du bio à 50 %\n- réduire les déchets d'ici 2030") == [
        "- porter la part du bio à 50 %", "- réduire les déchets d'ici 2030"]
    assert choices._sentences("Nos engagements • acheter local et de saison • réduire les emballages plastiques") == [
        "acheter local et de saison", "réduire les emballages plastiques"]
    taxonomy = load_taxonomy()
    for params, copies in choices.SETTINGS.values():
        new_estimator("lexical", taxonomy, params)
        assert copies >= 1
