from __future__ import annotations

import csv
import json
import re

import numpy as np
import pandas as pd
import pytest

from spaser_nlp.consult import ConsultSettings, analyse, write_result

pytestmark = pytest.mark.slow


def test_every_contribution_kept_with_flags(sample_result):
    frame = sample_result.contributions
    assert len(frame) == 122 and frame["id"].is_unique
    flags = dict(zip(frame["id"], frame["flag"]))
    assert sorted(f for f in flags.values() if f in ("vide", "trop_court", "non_francais")) == [
        "non_francais", "non_francais", "vide", "vide"]
    # Only empty and non-French answers stay out of the issues; short ones are clustered like the rest.
    excluded = frame["flag"].isin(["vide", "non_francais"])
    assert (frame.loc[excluded, "issue_id"] == "").all()
    assert (frame.loc[~excluded, "issue_id"] != "").all()
    short = frame["text"].str.split().str.len() < 3
    assert (short & ~excluded).any() and (frame.loc[short & ~excluded, "issue_id"] != "").all()


def test_identical_texts_get_the_same_issues(sample_result):
    frame = sample_result.contributions
    for _, group in frame[frame["flag"] == ""].groupby("text"):
        assert group["issue_ids"].nunique() == 1


def test_campaign_and_duplicates(sample_result):
    campaigns = [d for d in sample_result.duplicates if d.kind == "campagne"]
    assert [c.size for c in campaigns] == [10]
    assert "Cantines Vivantes" in campaigns[0].text
    assert sum(1 for d in sample_result.duplicates if d.kind == "doublon") >= 6
    stats = sample_result.stats
    assert stats["n_distinct_arguments"] < stats["n_contributions"] - 15
    holder = [i for i in sample_result.issues if campaigns[0].id in i.campaigns]
    assert len(holder) == 1 and holder[0].size - holder[0].n_distinct_arguments >= 9


def test_issues_are_usable(sample_result):
    issues = sample_result.issues
    assert 4 <= len(issues) <= 20
    assert [i.rank for i in issues] == list(range(1, len(issues) + 1))
    assert sample_result.stats["unassigned_share_of_usable"] <= 0.10
    for issue in issues:
        assert 3 <= len(issue.quotes) <= 5 or issue.size < 3
        assert len({q.id for q in issue.quotes}) == len(issue.quotes)
        assert issue.keywords and issue.label and "," not in issue.label
        assert issue.priority_reason.startswith(f"Rang {issue.rank}")
        # French formats: "14,7\u202f%", "1 contribution" (never "1 contributions" nor "14.7 %").
        assert re.search(r"\(\d+(,\d)?\u202f%\)", issue.priority_reason), issue.priority_reason
        assert not re.search(r"\b[01] \w+s\b", issue.priority_reason), issue.priority_reason
        assert issue.n_authors is not None and sum(issue.author_kinds.values()) == issue.size
    labels = [i.label.lower() for i in issues]
    assert len(set(labels)) == len(labels)
    # The campaign topic (organic, local school meals) is one of the issues' keywords.
    assert any({"bio", "cantine"} & set(i.keywords) for i in issues)


def test_multi_topic_contributions_can_have_several_issues(sample_result):
    several = sample_result.contributions["issue_ids"].str.contains(";")
    assert several.any()


def test_outputs_are_byte_identical(tmp_path, sample_path, sample_run):
    from spaser_nlp.consult import analyse_file

    write_result(analyse_file(sample_path), tmp_path)
    for name in ("assignments.csv", "assignments.xlsx", "issues.json", "codebook.yaml", "report.html"):
        assert (tmp_path / name).read_bytes() == (sample_run / name).read_bytes(), name


def test_assignments_contract(sample_run, sample_result):
    with open(sample_run / "assignments.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0])[:6] == ["id", "issue_id", "issue_ids", "score", "duplicate_group", "flag"]
    ids = {i.id for i in sample_result.issues}
    assert all(r["issue_id"] in ids or r["issue_id"] == "" for r in rows)
    payload = json.loads((sample_run / "issues.json").read_text(encoding="utf-8"))
    assert payload["settings"]["seed"] == 0 and payload["issues"][0]["rank"] == 1
    assert pd.read_excel(sample_run / "assignments.xlsx", sheet_name="Contributions", dtype=str).shape[0] == 122


def test_small_consultation_with_tfidf_works():
    texts = [
        "Plus de bio dans les cantines", "Des repas bio et locaux à l'école", "Cantine : moins de viande, plus de bio",
        "Produits locaux dans la restauration scolaire", "Menus végétariens et bio dans les cantines",
        "Clauses d'insertion dans les chantiers", "Heures d'insertion pour les chômeurs", "Insertion des jeunes par les marchés",
        "Clauses sociales dans les travaux publics", "Emplois d'insertion sur les chantiers de la ville",
        "Réemploi du mobilier de bureau", "Acheter des ordinateurs reconditionnés", "Moins de déchets, plus de réemploi",
        "Réparer plutôt que jeter le matériel", "Recycler les matériaux de chantier",
        "Payer les PME plus vite", "Allotir les marchés pour les petites entreprises", "Simplifier les dossiers pour les TPE",
        "Aider les artisans locaux à candidater", "Délais de paiement trop longs pour les PME",
    ]
    result = analyse(pd.DataFrame({"texte": texts}), settings=ConsultSettings(embedder="tfidf", themes=False))
    assert 2 <= len(result.issues) <= 8
    assert (result.contributions["issue_id"] == "").mean() <= 0.10
    assert list(result.contributions["id"]) == [str(i) for i in range(1, 21)]


def test_minilm_backend_runs():
    texts = [f"Contribution numéro {i} sur les achats responsables et les clauses sociales" for i in range(12)]
    result = analyse(pd.DataFrame({"text": texts}), settings=ConsultSettings(embedder="minilm", themes=False))
    assert result.settings["embedder_name"].startswith("sentence-transformers:")
    assert np.isfinite(result.embeddings).all()


def test_themes_come_from_the_classifier_when_available(sample_result):
    note = sample_result.settings["themes"]
    if not note.startswith("spaser_nlp.classify"):
        pytest.skip(f"theme classifier not available: {note}")
    themed = [i for i in sample_result.issues if i.themes]
    assert themed
    canteens = [i for i in sample_result.issues if "cantine" in i.keywords]
    assert any(t["theme"] == "alimentation_durable_bio_circuits_courts" for i in canteens for t in i.themes)
