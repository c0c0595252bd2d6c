"""A stable codebook: replaying, renaming, merging, splitting move only what the edit says."""

from __future__ import annotations

import copy

import pandas as pd
import pytest

from spaser_nlp.consult import analyse
from spaser_nlp.consult.codebook import CodebookIssue, codebook_from_result
from spaser_nlp.consult.io import read_table

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def table(sample_path):
    return read_table(sample_path)


def _issues(result) -> dict[str, str]:
    return dict(zip(result.contributions["id"], result.contributions["issue_id"]))


def _moved(before: dict[str, str], after: dict[str, str]) -> set[str]:
    return {cid for cid, issue in before.items() if after.get(cid) != issue}


def test_unedited_replay_and_rename_move_nothing(table, sample_result):
    book = codebook_from_result(sample_result)
    assert not _moved(_issues(sample_result), _issues(analyse(table, codebook=book)))
    renamed = copy.deepcopy(book)
    renamed.issues[0].label = "Nom choisi par l'équipe"
    replay = analyse(table, codebook=renamed)
    assert not _moved(_issues(sample_result), _issues(replay))
    assert replay.issue(book.issues[0].id).label == "Nom choisi par l'équipe"


def test_merge_moves_only_the_merged_issue(table, sample_result):
    book = codebook_from_result(sample_result)
    source, target = book.issues[2], book.issues[1]
    source.merge_into = target.id
    after = _issues(analyse(table, codebook=book))
    moved = _moved(_issues(sample_result), after)
    assert moved == set(source.members)
    assert {after[cid] for cid in moved} == {target.id}


def test_split_by_pinned_examples_moves_only_the_split_issue(table, sample_result):
    book = codebook_from_result(sample_result)
    split = next(issue for issue in book.issues if len(issue.members) >= 6)
    book.issues.append(CodebookIssue(label="Nouvel enjeu scindé", pinned=split.members[-2:]))
    after = _issues(analyse(table, codebook=book))
    moved = _moved(_issues(sample_result), after)
    assert set(split.members[-2:]) <= moved <= set(split.members)


def test_new_contributions_join_existing_issues(table, sample_result):
    book = codebook_from_result(sample_result)
    extra = pd.DataFrame([{c: "" for c in table.columns} for _ in range(2)])
    text = next(c for c in table.columns if c.lower() in ("text", "texte", "contribution"))
    ident = next(c for c in table.columns if c.lower() == "id")
    extra[ident] = ["N1", "N2"]
    extra[text] = ["Encore plus de produits bio et locaux dans les cantines des écoles.",
                   "De meilleures conditions de travail pour les salariés du nettoyage sous-traité."]
    after = _issues(analyse(pd.concat([table, extra], ignore_index=True), codebook=book))
    known = {issue.id for issue in book.issues}
    assert after["N1"] in known and after["N2"] in known
    assert not _moved(_issues(sample_result), {k: v for k, v in after.items() if k not in ("N1", "N2")})
