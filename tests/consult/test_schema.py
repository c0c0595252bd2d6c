from __future__ import annotations

import copy

import numpy as np
import pytest

from spaser_nlp.consult.schema import compare_with_schema, schema_passages
from spaser_nlp.embed import get_embedder

pytestmark = pytest.mark.slow

SCHEMA = (
    "Axe 1 : développer les clauses sociales d'insertion dans les marchés de travaux et de services de la ville.\n\n"
    "Objectif 1.1 : réaliser 150 000 heures d'insertion par an avec le facilitateur.\f"
    "Axe 2 : servir 75 % de produits durables et bio dans la restauration scolaire et les crèches.\n\n"
    "Action 2.3 : allotir les marchés alimentaires pour ouvrir la commande publique aux producteurs locaux."
)


def test_issues_get_their_best_schema_passage(tmp_path, sample_result):
    path = tmp_path / "schema.txt"
    path.write_text(SCHEMA, encoding="utf-8")
    passages = schema_passages(path)
    assert [p for p, _ in passages] == [1, 1, 2, 2]
    encode = get_embedder("use").encode
    # A copy: the session's sample result is shared with other tests (in any order), never changed.
    issues = copy.deepcopy(sample_result.issues)
    note = compare_with_schema(issues, sample_result.centroids, path, encode)
    assert "4 passages" in note
    matches = {i.id: i.schema_match for i in issues}
    assert all(m is not None and m.verdict in ("couvert", "partiellement couvert", "non couvert") for m in matches.values())
    canteens = max(issues, key=lambda i: ("cantine" in i.keywords, "bio" in i.keywords))
    assert matches[canteens.id].page == 2
    assert np.isfinite([m.similarity for m in matches.values()]).all()
