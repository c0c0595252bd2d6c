"""Issue 13 quality: scores with several issues per answer, label rules, off-topic answers, idea-unit issues."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from spaser_nlp.evaluate.consult_metrics import bcubed_f, category_f_measure, score_question


def test_several_issues_per_answer_are_scored():
    cats = [["santé"], ["santé", "éducation"], ["éducation"], ["santé"]]
    # The answer listing both topics is in both issues: every category is found whole and pure.
    assert category_f_measure(cats, [[0], [0, 1], [1], [0]]) == pytest.approx(1.0)
    assert bcubed_f(cats, [[0], [0, 1], [1], [0]]) == pytest.approx(1.0)
    # Primary only: "éducation" loses one of its two answers.
    assert category_f_measure(cats, [0, 0, 1, 0]) < 1.0
    # Giving every answer every issue is paid for by the extended BCubed precision.
    assert bcubed_f(cats, [[0, 1]] * 4) < bcubed_f(cats, [[0], [0, 1], [1], [0]])
    # Ints and lists mean the same when each answer has one issue.
    assert bcubed_f(cats, [0, 0, 1, 0]) == pytest.approx(bcubed_f(cats, [[0], [0], [1], [0]]))
    scores = score_question(cats, [[0], [0, 1], [1], []])
    assert scores["f_measure"] > scores["f_measure_primary"] - 1e-9
    assert scores["clusters_per_answer"] == pytest.approx(4 / 3)
    assert scores["unassigned_share"] == pytest.approx(0.25)


@pytest.mark.parametrize(
    ("label", "rule"),
    [("Partie politique", "confusion"), ("Impôts en france", "nom_propre"), ("Problème", "vague"),
     ("Lien et monde", "vague"), ("", "vide"), ("Contrôler", "non_nominal"), ("Réduire les impôts", "non_nominal"),
     ("Domicile de mes clients", "fragment"), ("Principes de chaque religion", "fragment"),
     ("Représentativité dans le sens", "vague"), ("Fonction de l'âge", "vague"), ("Propriété raisonnables", "accord"),
     ("Sanction bac", "accord"),
     ("Fonction de l'age", "accent"), ("SORT", "casse")],
)
def test_label_rules_for_problems_seen_by_eye(label, rule):
    from spaser_nlp.consult.label_check import _known_forms, label_problems

    assert rule in {r for r, _ in label_problems(label, known=_known_forms())}


@pytest.mark.parametrize("label", ["Parti politique", "Impôts en France", "Vote blanc", "Aides sociales", "TVA",
                                   "Transports en commun", "Parents de jeunes enfants", "Prix élevés", "Temps partiel",
                                   "Moyens de transport", "Âge", "Personnes âgées", "Impôts prélevés",
                                   "Emplois aidés", "Aides versées"])
def test_label_rules_leave_good_labels_alone(label):
    from spaser_nlp.consult.label_check import _known_forms, label_problems

    assert label_problems(label, known=_known_forms()) == []


def test_label_words_must_name_the_issue_texts():
    from spaser_nlp.consult.label_check import _known_forms, label_problems

    known = _known_forms()
    texts = [["vélo", "électrique"], ["vélo", "piste"], ["vélo", "canne", "marcher"], ["vélo"], ["trottinette"]]
    # "canne" is one text's word of five: the label names a minority of them.
    assert "mot_rare" in {r for r, _ in label_problems("Vélo et canne", known=known, member_lemmas=texts)}
    assert label_problems("Vélo", known=known, member_lemmas=texts) == []
    # A one-word label that every answer of the consultation uses says nothing of this issue.
    everyone = texts + [["vélo", "bus"], ["vélo", "train"], ["vélo"]]
    assert "peu_distinctif" in {r for r, _ in label_problems("Vélo", known=known, member_lemmas=texts, background=everyone)}
    elsewhere = texts + [["bus"], ["train"], ["voiture"], ["tram"], ["métro"], ["marche"]]
    assert label_problems("Vélo", known=known, member_lemmas=texts, background=elsewhere) == []


def test_weak_labels_are_told_from_acceptable_ones():
    from spaser_nlp.consult.label_check import label_key, label_weaknesses

    texts = [["taxe", "impôt"], ["taxe", "carburant"], ["impôt", "taxe"]]
    everyone = texts + [["impôt"], ["impôt", "revenu"], ["impôt", "tva"], ["école"], ["santé"]]
    # "impôt" is everyone's word on a tax question: the pair says little, "Taxe et carburant" does not.
    assert [r for r, _ in label_weaknesses("Taxe et impôt", member_lemmas=texts, background=everyone)] == ["paire_faible"]
    assert label_weaknesses("Taxe et carburant", member_lemmas=texts, background=everyone) == []
    # One word that most answers use is the question's word.
    assert "echo" in {r for r, _ in label_weaknesses("Impôt", member_lemmas=texts, background=everyone)}
    assert label_weaknesses("Carburant", member_lemmas=texts, background=everyone) == []
    # Inside another label of the question, either way.
    taken = {label_key("Attribution des aides sociales")}
    assert [r for r, _ in label_weaknesses("Attribution des aides", taken=taken)] == ["inclusion"]
    assert [r for r, _ in label_weaknesses("Aides sociales", taken=taken)] == ["inclusion"]
    assert label_weaknesses("Aides au logement", taken=taken) == []
    assert label_weaknesses("Attribution des aides sociales", taken=taken) == []
    # A word that needs its complement ends the label: related to what?
    assert [r for r, _ in label_weaknesses("Lois associées")] == ["complement_manquant"]
    assert label_weaknesses("Partis liés au pouvoir") == [] and label_weaknesses("Élus locaux") == []


def test_a_participle_that_does_not_agree_is_reported_as_a_weakness():
    from types import SimpleNamespace

    from spaser_nlp.consult.label_check import _known_forms, check_weaknesses, label_problems

    issues = [SimpleNamespace(id="a", label="Politique tué", keywords=[]),
              SimpleNamespace(id="b", label="Personnes âgées", keywords=[])]
    assert [(v.issue_id, v.rule) for v in check_weaknesses(issues)] == [("a", "accord_participe")]
    assert label_problems("Politique tué", known=_known_forms()) == []  # not a rule: its issue would be dissolved


def test_chooser_takes_a_candidate_free_of_weaknesses_and_keeps_a_weak_one_when_alone():
    from spaser_nlp.consult.label_check import label_key
    from spaser_nlp.consult.labels import ParsedText, choose_label

    texts = [["aide", "attribution", "logement"], ["aide", "logement", "attribution"], ["aide", "attribution"]]
    parsed = [ParsedText(t, [("attribution des aides", ("aide", "attribution")),
                             ("aides au logement", ("aide", "logement"))]) for t in texts]
    keywords = [("attribution", 1.0), ("aide", 0.9), ("logement", 0.5)]
    taken = {label_key("Attribution des aides sociales")}
    assert choose_label(parsed, keywords, set(taken), texts) == "Aides au logement"
    only_weak = [ParsedText(t, [("attribution des aides", ("aide", "attribution"))]) for t in texts]
    assert choose_label(only_weak, keywords[:2], set(taken), texts) == "Attribution des aides"


def test_labels_are_never_made_of_a_cut_word():
    from spaser_nlp.consult.labels import _cut, parse_texts

    assert _cut("Âge de la retraite", 14) == "Âge de la"
    assert _cut("Âge de la retraite", 18) == "Âge de la retraite"
    assert _cut("Retraite", 5) == "Retra"  # one word: nothing better
    phrases = [p for p, _ in parse_texts(["Il faut relever l'âge de la retraite"], max_chars=33)[0].phrases]
    assert not any("retra" in p.lower() for p in phrases)


def test_contributors_determiners_become_articles():
    from spaser_nlp.consult.labels import _generic_determiners

    assert _generic_determiners("Domicile de mes clients") == "Domicile des clients"
    assert _generic_determiners("Partie de son impôt") == "Partie de l'impôt"
    assert _generic_determiners("Aide à ces familles") == "Aide aux familles"
    assert _generic_determiners("Citoyens en leurs élus") == "Citoyens en leurs élus"  # "en les" is not French


def test_fix_label_capitalises_place_names():
    from spaser_nlp.consult.label_check import fix_label

    assert fix_label("impôts en france", known=lambda w: True) == "Impôts en France"
    assert fix_label("Fonction de l'age") == "Fonction de l'âge"
    assert fix_label("Tirage au SORT") == "Tirage au sort"
    assert fix_label("TVA") == "TVA"
    assert fix_label("Chef de l'état") == "Chef de l'État" and fix_label("Lois de la république") == "Lois de la République"
    assert fix_label("État des routes") == "État des routes"


def test_off_topic_needs_distance_and_words_of_its_own():
    from spaser_nlp.consult.flags import off_topic

    texts = [f"Des cantines bio et locales dans les écoles numéro {i}" for i in range(12)]
    texts += ["Mon voisin fait trop de bruit avec sa tondeuse le dimanche", "Géothermie"]
    # On a circle: the last two a little further from the consultation's mean than most (robust z about -1),
    # as far as the first on-topic answer, which shares its words with the others.
    angles = [*np.linspace(0.0, 0.3, 12), 0.32, 0.32]
    vectors = np.array([[np.cos(a), np.sin(a)] for a in angles])
    usable = np.ones(len(texts), dtype=bool)
    flagged = off_topic(texts, vectors, usable)
    assert flagged[12] and not flagged[:12].any()
    assert not flagged[13]  # one word: a short answer is not off-topic for its words alone
    assert not off_topic(texts, vectors, ~usable).any()


def test_unnamed_issues_are_dissolved_but_one_topical_issue_stays():
    from spaser_nlp.consult import ConsultSettings, analyse

    texts = ["Non.", "Aucune", "Non merci", "Rien du tout", "blabla truc", "machin chose", "bidule", "Non"]
    result = analyse(pd.DataFrame({"id": [str(i) for i in range(len(texts))], "text": texts}),
                     settings=ConsultSettings(embedder="tfidf", themes=False))
    assert (result.contributions["issue_id"] != "").all()
    assert all(issue.label and issue.quotes for issue in result.issues)


@pytest.mark.slow
def test_idea_units_build_issues_described_by_their_units():
    from spaser_nlp.consult import ConsultSettings, analyse

    transport = ["Plus de bus entre les villages", "Des trains plus fréquents le matin", "Des pistes cyclables sûres",
                 "Le covoiturage organisé par la commune", "Des bus gratuits pour les jeunes"]
    mixed = [f"Il faut des médecins dans les campagnes. {t}." for t in
             ["Des transports réguliers", "Des lignes de bus le soir", "Des navettes vers la gare",
              "Des trains plus souvent", "Des bus pour les anciens"]]
    texts = transport + mixed + ["Des maisons de santé avec des médecins", "Former plus de médecins généralistes"]
    table = pd.DataFrame({"id": [f"c{i}" for i in range(len(texts))], "text": texts})
    result = analyse(table, settings=ConsultSettings(themes=False))
    frame = result.contributions.set_index("id")
    assert all(issue.quotes and issue.label for issue in result.issues)
    assert sum(len(ids.split(";")) > 1 for ids in frame["issue_ids"]) >= 3
    for issue in result.issues:
        if issue.size == 0:  # raised only inside longer answers: quoted by the unit that raised it
            assert all(len(q.text) < 60 for q in issue.quotes)


def test_offtopic_sample_is_marked_and_names_answers_without_copying_them():
    from spaser_nlp.evaluate.consult import OFFTOPIC_SAMPLE

    marks = pd.read_csv(OFFTOPIC_SAMPLE, dtype=str, keep_default_na=False)
    assert {"source", "question_id", "key", "off_topic", "expected_flag", "expected_group", "note"} <= set(marks.columns)
    assert "text" not in marks.columns  # the Grand Débat answers stay in the shared dev set
    assert 150 <= len(marks) <= 200 and not marks.duplicated(["source", "question_id", "key"]).any()
    assert set(marks["off_topic"]) <= {"0", "1", ""}
    # An answer marked off-topic is expected to be flagged so; an empty one is neither on nor off topic.
    assert ((marks["off_topic"] == "1") == (marks["expected_flag"] == "hors_sujet")).all()
    assert ((marks["off_topic"] == "") == (marks["expected_flag"] == "vide")).all()
