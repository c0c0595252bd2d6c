"""Personal data pseudonymised: unit cases, the hand-labelled sample, and every output of a real run."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from spaser_nlp.consult.privacy import Pseudonymiser, pseudonymise_contributions

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "corpora" / "privacy" / "contributions.txt"


@pytest.fixture(scope="module")
def rules():
    return Pseudonymiser(use_ner=False)


@pytest.mark.parametrize(
    "text, hidden",
    [
        ("écrivez à jean.dupont@example.fr", "jean.dupont@example.fr"),
        ("écrivez à paul (at) free.fr svp", "paul (at) free.fr"),
        ("au 06 12 34 56 78 le soir", "06 12 34 56 78"),
        ("au 06.12.34.56.78 le soir", "06.12.34.56.78"),
        ("au 0612345678 le soir", "0612345678"),
        ("au +33 6 12 34 56 78 le soir", "+33 6 12 34 56 78"),
        ("au +33 (0)1 45 67 89 10 le soir", "+33 (0)1 45 67 89 10"),
        ("au 0033 6 12 34 56 78 le soir", "0033 6 12 34 56 78"),
        ("j'habite 12 bis rue des Lilas, 69003 Lyon depuis", "12 bis rue des Lilas, 69003 Lyon"),
        ("Je m'appelle Marie-Claire Lefèvre-Dubois et", "Marie-Claire Lefèvre-Dubois"),
        ("Plus de bio.\nCordialement,\nAntoine de La Rochefoucauld", "Antoine de La Rochefoucauld"),
    ],
)
def test_rules_hide(rules, text, hidden):
    out = rules.text(text)
    assert hidden not in out and "[" in out


@pytest.mark.parametrize(
    "text",
    [
        "La rue de la République est dangereuse pour les vélos.",
        "Le lycée Victor Hugo de Besançon sert des repas végétariens.",
        "Le maire de Grenoble, Éric Piolle, a montré l'exemple.",
        "En 2023, 1 250 000 euros et 25 % de bio, code postal 75011, SIRET 123 456 789 00012.",
        "Rendez-vous le 12/03/2024 à 18 h 30, salle 204.",
        "12 rues sont concernées et 1 voie sur 3 est fermée.",
    ],
)
def test_negatives_are_left(rules, text):
    assert rules.text(text) == text


def test_same_person_same_pseudonym():
    p = Pseudonymiser(use_ner=False)
    first = p.text("Je m'appelle Jean-Pierre Dupont.")
    second = p.text("Merci de répondre à M. Dupont. Je suis Claire Martin.")
    assert first == "Je m'appelle [personne 1]."
    assert second == "Merci de répondre à M. [personne 1]. Je suis [personne 2]."


def test_author_column_names_are_found_in_texts():
    import pandas as pd

    frame = pd.DataFrame({"id": ["1", "2"], "title": ["", ""], "author": ["Paulette Granger", "zorro75"],
                          "text": ["Plus de bio à la cantine, merci. Paulette Granger", "Des pistes cyclables"]})
    out = pseudonymise_contributions(frame, use_ner=False)
    assert "Granger" not in " ".join(out["text"]) and "Granger" not in " ".join(out["author"])
    assert out["author"].nunique() == 2 and list(frame["author"]) == ["Paulette Granger", "zorro75"]


@pytest.mark.slow
def test_sample_meets_the_recall_targets():
    from spaser_nlp.evaluate.privacy import evaluate_privacy, load_gold

    table = evaluate_privacy(load_gold(GOLD)).table()
    assert table["courriel"]["recall"] >= 0.95 and table["téléphone"]["recall"] >= 0.95
    assert table["personne"]["recall"] >= 0.85 and table["adresse"]["recall"] >= 0.85
    assert all(row["precision"] >= 0.9 for row in table.values())


D2 = [
    "Je m'appelle Jean-Pierre Dupont, je voudrais plus de produits bio à la cantine, contactez-moi à "
    "jean.dupont@example.fr ou au 06 12 34 56 78",
    "Jean-Pierre Dupont ici : il faut des produits bio et locaux à la cantine scolaire, écrivez à jean.dupont@example.fr",
    "Bonjour, Jean-Pierre Dupont, 06 12 34 56 78 : la cantine doit servir plus de bio local et de saison",
    "Les marchés publics doivent intégrer des clauses sociales pour l'insertion des personnes éloignées de l'emploi",
    "Il faut des clauses d'insertion sociale dans les marchés de travaux de la région",
    "Davantage de clauses sociales et d'insertion dans les achats publics régionaux",
]


@pytest.mark.slow
def test_cli_outputs_hold_no_personal_data_unless_kept(tmp_path):
    import csv

    source = tmp_path / "consultation.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "texte"])
        for i, text in enumerate(D2 * 4):
            writer.writerow([i, f"{text} ({i})"])
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    for keep in (False, True):
        out = tmp_path / ("keep" if keep else "default")
        command = [sys.executable, "-m", "spaser_nlp", "consult", str(source), "-o", str(out), "--embedder", "tfidf"]
        completed = subprocess.run(command + (["--keep-personal-data"] if keep else []), capture_output=True,
                                   text=True, timeout=600)
        assert completed.returncode == 0, completed.stderr[-2000:]
        outputs = {p.name: p.read_bytes() for p in out.iterdir()}
        assert {"assignments.csv", "assignments.xlsx", "issues.json", "codebook.yaml", "report.html"} <= set(outputs)
        import openpyxl

        book = openpyxl.load_workbook(out / "assignments.xlsx")
        workbook_text = " ".join(str(c.value) for s in book.worksheets for r in s.iter_rows() for c in r)
        texts = {name: data.decode("utf-8") for name, data in outputs.items() if not name.endswith((".xlsx", ".docx"))}
        texts["assignments.xlsx"] = workbook_text
        import docx

        summary = docx.Document(str(out / "synthese.docx"))
        texts["synthese.docx"] = "\n".join(p.text for p in summary.paragraphs)
        secrets = ("Dupont", "jean.dupont@example.fr", "06 12 34 56 78")
        if keep:
            assert all(secret in texts["assignments.csv"] and secret in texts["assignments.xlsx"] for secret in secrets)
        else:
            for name, text in texts.items():
                assert not any(secret in text for secret in secrets), name
            assert "[courriel]" in texts["assignments.csv"] and "[personne 1]" in texts["assignments.csv"]
            import json

            for issue in json.loads(texts["issues.json"])["issues"]:  # no pseudonym as a label or keyword
                words = " ".join([issue["label"], *issue["keywords"]]).lower()
                assert not any(p in words for p in ("personne 1", "courriel", "téléphone")), issue["label"]
    assert hashlib.sha256(source.read_bytes()).hexdigest() == digest  # the input is never modified


def test_ner_reads_windows_around_possible_names_only():
    """The NER is asked about the text near a capitalised word that could be a name, not about "la France"."""
    from spaser_nlp.consult.privacy import NER_CONTEXT, _ner_windows

    assert _ner_windows("Il faut que la France et l'Europe agissent pour le Président.") == []
    filler = "il faut réduire les dépenses publiques et simplifier les impôts. " * 20
    text = filler + "Comme le propose Thomas Piketty depuis longtemps, " + filler
    windows = _ner_windows(text)
    assert len(windows) == 1
    start, end = windows[0]
    assert "Thomas Piketty" in text[start:end]
    assert end - start <= 2 * NER_CONTEXT + len("Thomas Piketty")
    assert text[start - 1] == " " and text[end] == " "  # cut at spaces
    assert _ner_windows("La décision d'Emmanuel Macron est courageuse.")  # after an elided article too


@pytest.mark.slow
def test_ner_in_a_window_finds_a_name_in_a_long_text():
    filler = "il faut réduire les dépenses publiques et simplifier les impôts. " * 30
    text = filler + "Selon l'avis de Gérard Lanvin-Bertrand, ce serait juste. " + filler
    out = Pseudonymiser().text(text)
    assert "Lanvin" not in out and "[personne 1]" in out
    assert out.startswith(filler[:100]) and out.endswith(filler[-100:])
