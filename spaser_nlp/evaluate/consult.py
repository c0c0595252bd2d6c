"""Score the consultation clustering on human-coded Grand Débat contributions.

Each question's contributions are clustered separately (as a consultation
team would), then compared with the volunteers' categories: category
F-measure (Larsen–Aone), BCubed F, ARI, NMI and unassigned share of the
non-empty answers (see :mod:`spaser_nlp.evaluate.consult_metrics`).

:func:`baseline_method` is the plain method anyone would try first (KMeans on
the same embeddings, k = √n, every answer kept); :func:`compare` scores several
methods side by side, and :func:`leave_one_question_out` scores a choice of
settings on questions it was not chosen on.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from spaser_nlp.errors import FileMissingError, InputError
from spaser_nlp.evaluate.consult_metrics import Assignment, score_question
from spaser_nlp.resources import source_checkout

DEFAULT_DATA = Path("../shared/data/grand-debat-dev/contributions.jsonl")
#: Hand-checked flags and duplicate kinds (``expected_flag``, ``expected_group`` columns).
FLAGS_SAMPLE = Path(__file__).resolve().parents[2] / "corpora" / "consultation" / "flags-sample.csv"
#: Answers drawn at random from the dev questions and the invented sample, marked by hand (``off_topic``...).
OFFTOPIC_SAMPLE = FLAGS_SAMPLE.parent / "offtopic-sample.csv"

#: A clustering method: (texts, titles) -> per text a cluster index (-1: unassigned) or a list of
#: them (primary first, ``[]``: unassigned).
Method = Callable[[list[str], list[str]], Sequence[Assignment]]


def load_gold(path: str | Path) -> pd.DataFrame:
    """The coded contributions (JSONL with ``question_id``, ``text``, ``categories``…)."""
    path = Path(path)
    if not path.exists() and not path.is_absolute():
        # The default is relative to the repository root; accept it from any working directory.
        root = source_checkout()
        if root is not None and (root / path).exists():
            path = root / path
    if path.is_dir():
        path = path / "contributions.jsonl"
    if not path.is_file():
        raise FileMissingError(
            "gold contributions not found; clone the shared data beside the repository or give their path",
            path=path, options="data",
        )
    frame = pd.read_json(path, lines=True, dtype={"reference": str})
    missing = {"question_id", "text", "categories"} - set(frame.columns)
    if missing:
        raise InputError(f"missing fields {sorted(missing)} in the gold file", path=path)
    return frame


def spaser_method(*, all_issues: bool = True, **analyse_kwargs) -> Method:
    """Our clustering (:func:`spaser_nlp.consult.analyse`) as a :data:`Method`: each answer with all its
    issues (``issue_ids``, primary first), or its primary issue only (``all_issues=False``)."""
    from spaser_nlp.consult import analyse

    def run(texts: list[str], titles: list[str]) -> list[list[int]]:
        table = pd.DataFrame({"id": [str(i) for i in range(len(texts))], "title": titles, "text": texts})
        result = analyse(table, text_col="text", id_col="id", title_col="title", **analyse_kwargs)
        index = {issue.id: n for n, issue in enumerate(result.issues)}
        column = "issue_ids" if all_issues else "issue_id"
        return [[index[i] for i in ids.split(";") if i] for ids in result.contributions[column]]

    return run


def baseline_method(embedder: str = "use", seed: int = 0) -> Method:
    """KMeans on the same embeddings (title + text), k = √n, every answer kept."""
    import math

    from sklearn.cluster import KMeans

    from spaser_nlp.consult.prepare import embedding_texts
    from spaser_nlp.embed import get_embedder

    model = get_embedder(embedder)

    def run(texts: list[str], titles: list[str]) -> list[int]:
        frame = pd.DataFrame({"title": titles, "text": texts})
        vectors = model.encode(embedding_texts(frame, use_titles=True))
        k = max(1, min(len(texts), int(round(math.sqrt(len(texts))))))
        return [int(c) for c in KMeans(n_clusters=k, random_state=seed, n_init=10).fit_predict(vectors)]

    return run


def _questions(gold: pd.DataFrame) -> list[tuple[str, pd.DataFrame]]:
    return [(str(q), group) for q, group in gold.groupby("question_id", sort=True)]


def _non_empty(texts: list[str]) -> list[bool]:
    return [any(ch.isalnum() for ch in t) for t in texts]


def score_method(group: pd.DataFrame, method: Method) -> dict[str, float]:
    """The scores of ``method`` on one question's contributions (and its seconds)."""
    texts = [str(t) if isinstance(t, str) else "" for t in group["text"]]
    titles = [str(t) if isinstance(t, str) else "" for t in group.get("title", [""] * len(group))]
    started = time.perf_counter()
    clusters = list(method(texts, titles))
    elapsed = time.perf_counter() - started
    return {**score_question(list(group["categories"]), clusters, _non_empty(texts)), "seconds": elapsed}


def _with_total(table: pd.DataFrame) -> pd.DataFrame:
    """Append ``MEAN`` (each question counts once) and ``WEIGHTED`` (scores weighted by scored
    contributions, unassigned shares by contributions) rows."""
    mean: dict[str, object] = {"question_id": "MEAN", "question": "moyenne des questions"}
    weighted: dict[str, object] = {"question_id": "WEIGHTED", "question": "moyenne pondérée (contributions notées)"}
    for column in table.columns:
        if column.startswith(("f_measure", "bcubed", "ari", "nmi", "unassigned", "clusters_per")):
            weights = table["n" if column.startswith("unassigned") else "n_scored"]
            mean[column] = float(table[column].mean())
            weighted[column] = float((table[column] * weights).sum() / max(1.0, float(weights.sum())))
        elif column.startswith(("n", "seconds")):
            mean[column] = weighted[column] = float(table[column].sum())
    return pd.concat([table, pd.DataFrame([mean, weighted])], ignore_index=True)


def evaluate(gold: pd.DataFrame, method: Method) -> pd.DataFrame:
    """One row per question (and a final ``ALL`` row: the mean over questions)."""
    rows = []
    for question_id, group in _questions(gold):
        question = str(group["question"].iat[0]) if "question" in group else question_id
        rows.append({"question_id": question_id, "question": question[:60], **score_method(group, method)})
    return _with_total(pd.DataFrame(rows))


def compare(gold: pd.DataFrame, methods: dict[str, Method]) -> pd.DataFrame:
    """Several methods side by side: columns ``<score>_<method>`` per question, and the mean."""
    rows = []
    for question_id, group in _questions(gold):
        question = str(group["question"].iat[0]) if "question" in group else question_id
        row: dict[str, object] = {"question_id": question_id, "question": question[:60], "n": float(len(group))}
        for name, method in methods.items():
            scores = score_method(group, method)
            row["n_scored"] = scores["n_scored"]
            for key in ("n_clusters", "f_measure", "bcubed_f", "f_measure_primary", "bcubed_f_primary", "nmi", "ari",
                        "clusters_per_answer", "unassigned_share", "seconds"):
                row[f"{key}_{name}"] = scores[key]
        rows.append(row)
    return _with_total(pd.DataFrame(rows))


def leave_one_question_out(
    gold: pd.DataFrame, grid: dict[str, Method], score: str | tuple[str, ...] = "f_measure",
    per_question: dict[str, dict[str, dict[str, float]]] | None = None,
) -> pd.DataFrame:
    """For each question, the setting of ``grid`` with the best mean ``score`` on the *other*
    questions, and its score on the held-out one (the score a choice of settings earns on new questions).

    ``score``: a score name, or several (their mean: category F alone rewards splitting into many
    issues, BCubed F pays for it). ``per_question``: the scores already computed (setting -> question ->
    scores), instead of running ``grid``.
    """
    keys = (score,) if isinstance(score, str) else tuple(score)
    if per_question is None:
        per_question = {name: {q: score_method(g, m) for q, g in _questions(gold)} for name, m in grid.items()}
    value = {name: {q: sum(s[k] for k in keys) / len(keys) for q, s in by_q.items()} for name, by_q in per_question.items()}
    questions = [q for q, _ in _questions(gold)]
    rows = []
    for held_out in questions:
        others = [q for q in questions if q != held_out]
        chosen = max(value, key=lambda name: (sum(value[name][q] for q in others), name))
        rows.append({"question_id": held_out, "chosen": chosen, "+".join(keys): value[chosen][held_out],
                     **{k: per_question[chosen][held_out][k] for k in keys}})
    return pd.DataFrame(rows)


def issue_texts(result, encode: Callable[[list[str]], Any]) -> dict[str, list[str]]:
    """Per issue id, what its members say about it, as the analysis describes it: the whole answer for
    its primary issue, and for each other issue the answer's idea unit pointing to it most (re-found
    with the same splitting and centroids; the whole answer when no unit does)."""
    import numpy as np

    from spaser_nlp.consult.segments import idea_unit_pieces

    frame = result.contributions
    position = {issue.id: j for j, issue in enumerate(result.issues)}
    texts: dict[str, list[str]] = {issue.id: [] for issue in result.issues}
    rows = [r for r in range(len(frame)) if len(str(frame["issue_ids"].iat[r]).split(";")) > 1]
    owners, pieces = idea_unit_pieces(list(frame["text"]), rows)
    best: dict[tuple[int, int], tuple[float, str]] = {}
    if pieces and result.centroids.shape[0]:
        sims = np.asarray(encode(pieces)) @ result.centroids.T
        for owner, piece, row_sims in zip(owners, pieces, sims):
            j = int(np.argmax(row_sims))
            if (owner, j) not in best or row_sims[j] > best[(owner, j)][0]:
                best[(owner, j)] = (float(row_sims[j]), piece)
    for row in range(len(frame)):
        ids = [i for i in str(frame["issue_ids"].iat[row]).split(";") if i]
        text = str(frame["text"].iat[row])
        for n, issue_id in enumerate(ids):
            texts[issue_id].append(text if n == 0 else best.get((row, position[issue_id]), (0.0, text))[1])
    return texts


def label_quality(gold: pd.DataFrame, **analyse_kwargs) -> pd.DataFrame:
    """Label-rule violations (:mod:`spaser_nlp.consult.label_check`) of the analysis of each question:
    one row per question with the count per rule and the labels. An issue's texts are what every
    answer carrying it says about it (:func:`issue_texts`)."""
    from collections import Counter

    from spaser_nlp.consult import analyse
    from spaser_nlp.consult.label_check import check_issues, check_weaknesses
    from spaser_nlp.consult.labels import quick_lemmas
    from spaser_nlp.embed import CachedEmbedder, get_embedder

    settings = analyse_kwargs.get("settings")
    embedder = CachedEmbedder(get_embedder(settings.embedder if settings else "use"),
                              cache_dir=settings.cache_dir if settings else None)
    rows = []
    for question_id, group in _questions(gold):
        titles = [str(t) if isinstance(t, str) else "" for t in group.get("title", [""] * len(group))]
        table = pd.DataFrame({"id": [str(i) for i in range(len(group))], "title": titles, "text": [str(t) for t in group["text"]]})
        result = analyse(table, text_col="text", id_col="id", title_col="title", **analyse_kwargs)
        lemmas = {i: quick_lemmas(t) for i, t in issue_texts(result, embedder.encode).items()}
        background = quick_lemmas(list(table["text"]))
        violations = check_issues(result.issues, lemmas, background)
        weak = check_weaknesses(result.issues, lemmas, background)
        counts = Counter(v.rule for v in violations)
        rows.append({"question_id": question_id, "n_issues": len(result.issues), "violations": len(violations),
                     "weak": len(weak), "weak_details": "; ".join(f"{v.rule}: {v.detail}" for v in weak),
                     **{f"n_{rule}": n for rule, n in sorted(counts.items())},
                     "details": "; ".join(f"{v.rule}: {v.detail}" for v in violations),
                     "labels": " | ".join(i.label for i in result.issues)})
    return pd.DataFrame(rows).fillna(0)


def flag_scores(path: str | Path = FLAGS_SAMPLE, **analyse_kwargs) -> pd.DataFrame:
    """Precision and recall of each flag (``vide``, ``non_francais``, ``hors_sujet``) and of each kind of
    duplicate group (``campagne``, ``populaire``, ``doublon``) against a hand-checked sample."""
    from spaser_nlp.consult import analyse
    from spaser_nlp.consult.io import read_table

    table = read_table(path)
    result = analyse(table, text_col="text", id_col="id", **analyse_kwargs)
    frame = result.contributions
    kind_of = {d.id: d.kind for d in result.duplicates}
    predicted = {"flag": list(frame["flag"]), "group": [kind_of.get(g, "") for g in frame["duplicate_group"]]}
    rows = []
    for column, labels in (("flag", ("vide", "non_francais", "hors_sujet")), ("group", ("campagne", "populaire", "doublon"))):
        expected = list(table[f"expected_{column}"])
        for label in labels:
            tp = sum(1 for e, p in zip(expected, predicted[column]) if e == label and p == label)
            n_pred = sum(1 for p in predicted[column] if p == label)
            n_true = sum(1 for e in expected if e == label)
            rows.append({"label": label, "expected": n_true, "predicted": n_pred,
                         "precision": tp / n_pred if n_pred else float("nan"), "recall": tp / n_true if n_true else float("nan")})
    return pd.DataFrame(rows)


def off_topic_on_dev(gold: pd.DataFrame, **analyse_kwargs) -> dict[str, float]:
    """``hors_sujet`` flags on the coded questions against the volunteers' "Sans réponse / Hors sujet /
    Inclassable" code: on-topic answers flagged (share), precision and recall."""
    from spaser_nlp.consult import analyse

    flagged_on = flagged_off = n_on = n_off = 0
    for _, group in _questions(gold):
        titles = [str(t) if isinstance(t, str) else "" for t in group.get("title", [""] * len(group))]
        table = pd.DataFrame({"id": [str(i) for i in range(len(group))], "title": titles, "text": [str(t) for t in group["text"]]})
        flags = analyse(table, text_col="text", id_col="id", title_col="title", **analyse_kwargs).contributions["flag"]
        for flag, categories in zip(flags, group["categories"]):
            off = any(c.startswith("Sans réponse") for c in categories)
            n_off, n_on = n_off + off, n_on + (not off)
            flagged_off += off and flag == "hors_sujet"
            flagged_on += (not off) and flag == "hors_sujet"
    flagged = flagged_on + flagged_off
    return {"on_topic": float(n_on), "on_topic_flagged": float(flagged_on), "on_topic_flagged_share": flagged_on / max(1, n_on),
            "precision": flagged_off / flagged if flagged else float("nan"), "recall": flagged_off / max(1, n_off)}


def offtopic_sample_scores(
    data: str | Path = DEFAULT_DATA, path: str | Path = OFFTOPIC_SAMPLE, debug: list | None = None, **analyse_kwargs,
) -> tuple[pd.DataFrame, dict[str, float]]:
    """Precision and recall of the flags on the drawn, hand-marked sample (``offtopic-sample.csv``): each
    answer is flagged as the analysis of its whole question flags it (the invented sample analysed whole).
    Also the share of the sample's on-topic answers flagged ``hors_sujet``."""
    from spaser_nlp.consult import analyse
    from spaser_nlp.consult.io import read_table

    marks = pd.read_csv(path, dtype=str, keep_default_na=False)
    gold = load_gold(data)
    invented = read_table(Path(path).parent / "sample-contributions.csv")
    verdict: dict[tuple[str, str, str], tuple[str, str]] = {}
    for (source, question_id), group in marks.groupby(["source", "question_id"], sort=True):
        if source == "grand-debat-dev":
            rows = gold[gold["question_id"] == question_id]
            titles = [str(t) if isinstance(t, str) else "" for t in rows.get("title", [""] * len(rows))]
            table = pd.DataFrame({"id": list(rows["reference"]), "title": titles, "text": [str(t) for t in rows["text"]]})
        else:
            table = invented
        result = analyse(table, text_col="text", id_col="id", title_col="title", **analyse_kwargs)
        kind_of = {d.id: d.kind for d in result.duplicates}
        frame = result.contributions
        for key, flag, group_id in zip(frame["id"], frame["flag"], frame["duplicate_group"]):
            verdict.setdefault((source, question_id, str(key)), (flag, kind_of.get(group_id, "")))
    predicted = [verdict[(s, q, k)] for s, q, k in zip(marks["source"], marks["question_id"], marks["key"])]
    if debug is not None:
        debug.extend(predicted)
    rows = []
    for column, position, labels in (("expected_flag", 0, ("vide", "non_francais", "hors_sujet")),
                                     ("expected_group", 1, ("campagne", "populaire", "doublon"))):
        for label in labels:
            expected = [e == label for e in marks[column]]
            found = [p[position] == label for p in predicted]
            tp = sum(e and f for e, f in zip(expected, found))
            rows.append({"label": label, "expected": sum(expected), "predicted": sum(found),
                         "precision": tp / sum(found) if sum(found) else float("nan"),
                         "recall": tp / sum(expected) if sum(expected) else float("nan")})
    on_topic = [m == "0" for m in marks["off_topic"]]
    flagged_on = sum(1 for on, p in zip(on_topic, predicted) if on and p[0] == "hors_sujet")
    return pd.DataFrame(rows), {"answers": float(len(marks)), "on_topic": float(sum(on_topic)),
                                "on_topic_flagged": float(flagged_on), "on_topic_flagged_share": flagged_on / max(1, sum(on_topic))}
