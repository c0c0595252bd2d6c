"""Score the consultation clustering on human-coded Grand Débat contributions.

Each question's contributions are clustered separately (as a consultation
team would), then compared with the volunteers' categories: category
F-measure (Larsen–Aone), ARI, NMI and unassigned share (see
:mod:`spaser_nlp.evaluate.consult_metrics`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

from spaser_nlp.errors import FileMissingError, InputError
from spaser_nlp.evaluate.consult_metrics import score_question
from spaser_nlp.resources import source_checkout

DEFAULT_DATA = Path("../shared/data/grand-debat-dev/contributions.jsonl")

#: A clustering method: (texts, titles) -> one cluster index per text (-1: unassigned).
Method = Callable[[list[str], list[str]], Sequence[int]]


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


def spaser_method(**analyse_kwargs) -> Method:
    """Our clustering (:func:`spaser_nlp.consult.analyse`) as a :data:`Method`."""
    from spaser_nlp.consult import analyse

    def run(texts: list[str], titles: list[str]) -> list[int]:
        table = pd.DataFrame({"id": [str(i) for i in range(len(texts))], "title": titles, "text": texts})
        result = analyse(table, text_col="text", id_col="id", title_col="title", **analyse_kwargs)
        index = {issue.id: n for n, issue in enumerate(result.issues)}
        return [index[i] if i else -1 for i in result.contributions["issue_id"]]

    return run


def evaluate(gold: pd.DataFrame, method: Method) -> pd.DataFrame:
    """One row per question (and a final ``ALL`` row weighted by scored contributions)."""
    rows = []
    for question_id, group in gold.groupby("question_id", sort=True):
        texts = [str(t) for t in group["text"]]
        titles = [str(t) if isinstance(t, str) else "" for t in group.get("title", [""] * len(group))]
        started = time.perf_counter()
        clusters = list(method(texts, titles))
        elapsed = time.perf_counter() - started
        scores = score_question(list(group["categories"]), clusters)
        question = str(group["question"].iat[0]) if "question" in group else str(question_id)
        rows.append({"question_id": question_id, "question": question[:60], **scores, "seconds": elapsed})
    table = pd.DataFrame(rows)
    weights = table["n_scored"]
    total: dict[str, str | float] = {"question_id": "ALL", "question": "moyenne pondérée (contributions notées)"}
    for column in ("f_measure", "ari", "nmi"):
        total[column] = float((table[column] * weights).sum() / weights.sum())
    total["unassigned_share"] = float((table["unassigned_share"] * table["n"]).sum() / table["n"].sum())
    for column in ("n", "n_scored", "n_clusters", "seconds"):
        total[column] = float(table[column].sum())
    return pd.concat([table, pd.DataFrame([total])], ignore_index=True)
