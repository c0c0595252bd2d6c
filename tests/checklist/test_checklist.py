"""The legal checklist and the comparison with national targets, on hand-built documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from spaser_nlp.checklist import check, checklist, compare_targets, load_rules
from spaser_nlp.checklist.rules import ChecklistRulesError
from spaser_nlp.document import Document, Objective, SchemaProfile
from spaser_nlp.document.model import Fact
from spaser_nlp.pipeline import run_pipeline

ROOT = Path(__file__).resolve().parents[2]


def _document(text: str, objectives: list[Objective] | None = None, adopted: str | None = None) -> Document:
    document = Document(
        doc_id="d", source_path="d.txt", sha256="", media_type="text/plain", page_count=1, text=text,
        objectives=objectives or [],
    )
    if adopted:
        document.profile = SchemaProfile(adoption_date=Fact(value=adopted, confidence=1, rule="test"))
    return document


def _objective(text: str, value: float, subject: str, unit: str = "%", kind: str = "rate") -> Objective:
    return Objective(
        doc_id="d", text=text, char_start=0, char_end=len(text), value=value, unit=unit, direction="reach",
        kind=kind, subject=subject,
    )


def _statuses(document: Document) -> dict[str, str]:
    return {item.rule_id: item.status for item in checklist(document)}


def test_every_rule_names_its_legal_source_and_has_a_french_title() -> None:
    rules = load_rules()
    assert {rule.id for rule in rules} >= {
        "objectifs_sociaux", "objectifs_ecologiques", "economie_circulaire", "modalites_mise_en_oeuvre",
        "suivi_annuel", "indicateurs_precis", "publication", "montant_achats",
    }
    for rule in rules:
        assert "L. 2111-3" in rule.legal_source or "D. 2111-3" in rule.legal_source
        assert rule.title[0].isupper() and rule.requirement


def test_a_quantified_social_objective_is_met_a_commitment_without_figure_is_partial() -> None:
    sentence = "Porter à 25 % la part des marchés intégrant une clause sociale d'ici 2027."
    met = _document(sentence, [_objective(sentence, 25, "la part des marchés intégrant une clause sociale")])
    partial = _document("Nous développerons les clauses sociales dans nos marchés.")
    assert _statuses(met)["objectifs_sociaux"] == "met"
    assert _statuses(partial)["objectifs_sociaux"] == "partial"
    assert _statuses(_document("Un schéma."))["objectifs_sociaux"] == "missing"


def test_rules_of_2021_do_not_apply_to_a_schema_adopted_before_2023() -> None:
    statuses = _statuses(_document("Un schéma.", adopted="2019-04-04"))
    assert statuses["indicateurs_precis"] == statuses["publication"] == "not_applicable"
    assert _statuses(_document("Un schéma.", adopted="2024-04-04"))["publication"] == "missing"


def test_publishing_only_the_results_online_is_partial_publishing_the_schema_is_met() -> None:
    results = _document("Les résultats du schéma seront publiés sur le site de la Métropole.")
    schema = _document("Le schéma est publié sur le site internet de la Ville.")
    quoting_the_law = _document("La loi dispose que le schéma est rendu public.")
    assert _statuses(results)["publication"] == "partial"
    assert _statuses(schema)["publication"] == "met"
    assert _statuses(quoting_the_law)["publication"] != "met"


def test_actions_listed_in_a_paragraph_count_as_implementation_arrangements() -> None:
    text = "Action 1 – Former les acheteurs. Action 2 – Créer un guide. Action 3 – Publier un calendrier."
    assert _statuses(_document(text))["modalites_mise_en_oeuvre"] == "met"
    assert _statuses(_document("Action 1 – Former les acheteurs."))["modalites_mise_en_oeuvre"] == "missing"


def test_each_verdict_says_why_and_quotes_its_evidence_with_offsets() -> None:
    text = "Préambule.\nUn bilan annuel est présenté au comité de suivi."
    item = next(i for i in checklist(_document(text)) if i.rule_id == "suivi_annuel")
    assert item.status == "met" and "passage" in item.reason
    quote = item.evidence[0]
    assert text[quote.provenance.char_start : quote.provenance.char_end] == quote.quote
    assert quote.quote.startswith("Un bilan annuel")


def test_national_targets_below_at_above() -> None:
    objectives = [
        _objective("Porter à 20 % la part des marchés comportant une clause sociale.", 20, "la part des marchés comportant une clause sociale"),
        _objective("100 % des marchés comportant une considération environnementale.", 100, "marchés comportant une considération environnementale"),
        _objective("Servir 30 % de produits issus de l'agriculture biologique.", 30, "produits issus de l'agriculture biologique"),
        _objective("Réduire de 40 % les émissions.", 40, "les émissions", kind="relative_change"),
    ]
    comparisons = {(c.target_id, c.position) for c in compare_targets(_document("", objectives))}
    assert comparisons == {("pnad_social", "below"), ("pnad_environnement", "at"), ("egalim_bio", "above")}


def test_a_missing_rules_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ChecklistRulesError, match="cannot read the checklist rules"):
        load_rules(str(tmp_path / "absent.yaml"))


def test_the_pipeline_runs_profile_and_checklist_on_a_sample() -> None:
    document = run_pipeline(ROOT / "corpora" / "samples" / "region-exemple" / "region-exemple.txt")
    assert document.profile is not None and document.profile.authority_type.value == "region"
    statuses = {item.rule_id: item.status for item in document.checklist}
    assert statuses["objectifs_sociaux"] == "met" and statuses["suivi_annuel"] == "met"
    assert any(c.target_id == "egalim_bio" for c in document.target_comparisons)
    assert check(document) is document


def test_two_objectives_of_one_sentence_are_quoted_once() -> None:
    # « réduire de 40 % … d'ici 2030, avec un point d'étape à -25 % en 2028 » is two objectives, one quote:
    # `spaser checklist` on the region sample printed that sentence twice as the evidence of one rule.
    sentence = "Porter à 35 % la part des marchés avec une clause sociale d'insertion, et à 50 % en 2030."
    objectives = [
        _objective(sentence, 35, "marchés avec une clause sociale d'insertion"),
        _objective(sentence, 50, "marchés avec une clause sociale d'insertion"),
        _objective("Réaliser 500 000 heures d'insertion par an.", 500000, "heures d'insertion", unit="heures"),
    ]
    item = next(i for i in checklist(_document(sentence + "\n", objectives)) if i.rule_id == "objectifs_sociaux")
    assert item.status == "met"
    quotes = [evidence.quote for evidence in item.evidence]
    assert quotes == [sentence, "Réaliser 500 000 heures d'insertion par an."]
