"""A small hand-made consultation result (no embedder): fast tests of the charts and the report."""

from __future__ import annotations

import pandas as pd
import pytest

from spaser_nlp.consult.model import ConsultationResult, DuplicateGroup, Issue, Quote


def make_result(n: int = 60, *, dates: bool = True, hostile: bool = False, identical: int = 0) -> ConsultationResult:
    """``n`` contributions over three issues (ranked by distinct arguments), one group of copies, flags and stances.

    ``identical``: that many more contributions, all "Non." and flagged *trop_court* (without an issue).
    """
    labels = ["Cantines bio", "Clauses sociales", "Numérique responsable"]
    ids = ["E-aaa", "E-bbb", "E-ccc"]
    rows = []
    for i in range(n):
        issue = i % 4  # 3: no issue
        text = f"Contribution {i} sur {labels[issue] if issue < 3 else 'rien'} : produits locaux et saison"
        if hostile and i % 5 == 0:
            text = f"<script>alert({i})</script></script><!-- & \u2028 \"quote\" {text}"
        rows.append({
            "id": f"C{i:03d}" if not hostile else f"<b>C{i:03d}</b>",
            "title": f"Titre {i}" if i % 3 else "",
            "text": text,
            "author_type": ["Citoyen", "Association", "Entreprise (PME/TPE)", ""][i % 4],
            "author_kind": ["citoyen", "organisation", "organisation", "inconnu"][i % 4],
            "date": f"2019-03-{1 + i % 28:02d} 10:00:00" if dates else "",
            "url": f"https://consultation.example/c/{i}" if i % 2 else "javascript:alert(1)",
            "flag": "hors_sujet" if issue == 3 and i % 8 == 3 else "",
            "duplicate_group": "D-1" if i in (1, 5, 9) else "",
            "stance": ["pour", "contre", "neutre"][i % 3],
            "issue_id": ids[issue] if issue < 3 else "",
            "issue_ids": ";".join([ids[issue]] + ([ids[(issue + 1) % 3]] if i % 6 == 0 else [])) if issue < 3 else "",
            "score": f"{0.3 + (i * 7 % 10) / 20:.4f}" if issue < 3 else "",
            "x": float(i % 7), "y": float(i % 5),
        })
    for k in range(identical):
        rows.append({**rows[3 % len(rows)], "id": f"N{k:03d}", "title": "", "text": "Non." if k % 2 else "  non. ",
                     "flag": "trop_court", "issue_id": "", "issue_ids": "", "score": "", "duplicate_group": ""})
    n = len(rows)
    frame = pd.DataFrame(rows)
    issues = []
    for rank, (issue_id, label) in enumerate(zip(ids, labels), start=1):
        members = frame[frame["issue_id"] == issue_id]
        size = len(members)
        issues.append(Issue(
            id=issue_id, label=label if not hostile else f"{label} <img src=x onerror=alert(1)>",
            keywords=["bio", "local"], quotes=[Quote(id=members["id"].iat[0], text=members["text"].iat[0], similarity=0.8)],
            size=size, share=size / n, n_mentions=size + 1, n_distinct_arguments=size - rank,
            n_authors=None, author_kinds={"citoyen": 1}, author_types={"Citoyen": 1}, campaigns=[], rank=rank,
            themes=[{"theme": "alimentation_durable_bio_circuits_courts", "score": 0.9}],
            stance={"pour": 2, "contre": 1},
        ))
    duplicates = [DuplicateGroup(id="D-1", kind="campagne", size=3, ids=["C001", "C005", "C009"], text=rows[1]["text"],
                                 author_kinds={"citoyen": 3})]
    stats = {"n_contributions": n, "n_distinct_arguments": n - 2, "n_flagged": {"hors_sujet": int((frame["flag"] != "").sum())},
             "n_duplicate_groups": 1, "n_campaigns": 1, "n_in_duplicate_groups": 3, "n_issues": 3,
             "n_unassigned": int((frame["issue_id"] == "").sum()), "unassigned_share": float((frame["issue_id"] == "").mean())}
    settings = {"seed": 0, "embedder": "tfidf", "embedder_name": "tfidf", "themes": True, "version": "test",
                "columns": {"text": "texte", "date": "published_at"}}
    return ConsultationResult(contributions=frame, issues=issues, duplicates=duplicates, settings=settings, stats=stats)


@pytest.fixture()
def small_result() -> ConsultationResult:
    return make_result()


@pytest.fixture()
def result_factory():
    """:func:`make_result` itself (tests build variants: no dates, hostile texts, many rows)."""
    return make_result

