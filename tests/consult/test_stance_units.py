"""Stance (for / against), the refusal issue, idea units and short answers."""

from __future__ import annotations

import pandas as pd
import pytest

from spaser_nlp.consult import ConsultSettings, analyse
from spaser_nlp.consult.label_check import REFUSAL_LABEL
from spaser_nlp.consult.stance import stance_of

TOPICS = {
    "transports": ["Développer les transports en commun dans les villages", "Plus de bus entre les communes rurales",
                   "Des trains plus fréquents pour aller travailler", "Des pistes cyclables sûres pour aller au travail",
                   "Le covoiturage organisé par la commune", "Des bus gratuits pour les jeunes et les retraités"],
    "santé": ["Des médecins dans les campagnes, il n'y en a plus", "Ouvrir des maisons de santé dans les bourgs",
              "Rembourser mieux les soins dentaires et les lunettes", "Des urgences moins loin de chez nous",
              "Plus d'infirmières à l'hôpital public", "Former plus de médecins généralistes"],
}
REFUSALS = ["Non.", "Aucune", "Non, nous payons déjà assez", "Rien du tout", "Aucun, tout va bien", "Non merci"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [("Non, pas question", "contre"), ("Je refuse de payer plus", "contre"), ("Pas question !", "contre"),
     ("Oui, si c'est juste", "pour"), ("Non-cumul des mandats", "neutre"), ("Santé, éducation", "neutre")],
)
def test_stance_of(text, stance):
    assert stance_of(text) == stance


def _table() -> pd.DataFrame:
    texts = [t for group in TOPICS.values() for t in group] + REFUSALS
    return pd.DataFrame({"id": [f"c{i}" for i in range(len(texts))], "text": texts})


def test_refusal_issue_and_stance_split():
    result = analyse(_table(), settings=ConsultSettings(embedder="tfidf", themes=False))
    refusal = [i for i in result.issues if i.label == REFUSAL_LABEL]
    assert len(refusal) == 1 and refusal[0].size == len(REFUSALS)
    assert refusal[0].stance["contre"] == len(REFUSALS)
    assert all(sum(i.stance.values()) == i.size for i in result.issues)
    frame = result.contributions
    assert (frame["issue_id"] != "").all()  # short answers and refusals are all in an issue
    assert result.stats["stance"]["contre"] == len(REFUSALS)


def test_no_stance_shown_when_answers_take_no_side():
    table = _table().iloc[: -len(REFUSALS)]
    result = analyse(table, settings=ConsultSettings(embedder="tfidf", themes=False))
    assert result.stats["stance"] == {} and all(i.stance == {} for i in result.issues)
    assert all(i.label != REFUSAL_LABEL for i in result.issues)


@pytest.mark.slow
def test_a_listing_answer_carries_several_issues():
    table = _table()
    table.loc[len(table)] = ["mixed", "Des bus dans les villages, des médecins dans les campagnes"]
    result = analyse(table, settings=ConsultSettings(themes=False))
    row = result.contributions.set_index("id").loc["mixed"]
    assert len(row["issue_ids"].split(";")) >= 2
    assert len(row["issue_scores"].split(";")) == len(row["issue_ids"].split(";"))


def test_a_popular_short_answer_is_an_issue_of_its_own():
    texts = [t for group in TOPICS.values() for t in group] + ["La téléportation"] * 5 + ["la téléportation"] * 2
    table = pd.DataFrame({"id": [f"c{i}" for i in range(len(texts))], "text": texts})
    result = analyse(table, settings=ConsultSettings(embedder="tfidf", themes=False))
    frame = result.contributions
    popular = frame[frame["text"].str.lower() == "la téléportation"]
    assert popular["issue_id"].nunique() == 1  # identical answers, one issue
    issue = next(i for i in result.issues if i.id == popular["issue_id"].iat[0])
    # Its own issue, named after it, holding nothing else: seven people sent this message.
    assert issue.size == len(popular) and "téléportation" in issue.label.lower()
