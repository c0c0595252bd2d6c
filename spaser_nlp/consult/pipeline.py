"""The consultation analysis: import → flags → duplicates → embeddings → issues → result."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from spaser_nlp._version import __version__
from spaser_nlp.consult.cluster import ClusterSettings, assign, cluster_embeddings
from spaser_nlp.consult.flags import EXCLUDED_FLAGS, OFF_TOPIC, TOO_SHORT
from spaser_nlp.consult.io import ColumnMap, detect_columns, read_table
from spaser_nlp.consult.issues import describe_issues, rank_issues
from spaser_nlp.consult.model import ConsultationResult, ConsultSettings
from spaser_nlp.consult.parallel import InlineRunner, PartitionedEmbedder, PartitionRunner, flag_texts, open_runner
from spaser_nlp.consult.prepare import contributions_frame, embedding_texts, flag_and_group
from spaser_nlp.embed import CachedEmbedder, Embedder, TfidfEmbedder, get_embedder
from spaser_nlp.errors import InputError

#: Largest gap between best and second-best issue similarity for a contribution to be
#: checked sentence by sentence for a second topic.
SEGMENT_GAP = 0.1
#: Most contributions checked sentence by sentence (the most ambiguous first).
MAX_SEGMENTED = 5000
#: Rows projected at once for the map (bounds the temporary copy at a million rows).
MAP_CHUNK = 65_536


def preload_models() -> None:
    """Start loading spaCy in a background thread (it takes seconds), e.g. while a file is read."""
    from spaser_nlp.consult.labels import preload

    preload()


def _embedder(settings: ConsultSettings, embedder: Embedder | None, runner: PartitionRunner) -> Embedder:
    if not isinstance(runner, InlineRunner):
        if embedder is not None:
            raise InputError("with a scheduler or workers, name the embedder in the settings instead of passing one")
        if settings.embedder != "tfidf":  # TF-IDF is fitted on the whole corpus: it stays here
            embedder = PartitionedEmbedder(settings.embedder, runner)
    embedder = embedder or get_embedder(settings.embedder)
    if not isinstance(embedder, (TfidfEmbedder, CachedEmbedder)):
        embedder = CachedEmbedder(embedder, cache_dir=settings.cache_dir)
    return embedder


def _embed(texts: list[str], embedder: Embedder, *, shared: bool = False) -> np.ndarray:
    if shared and isinstance(embedder, CachedEmbedder):
        # Read-only, held once (the cache points into it): what a million rows need.
        return embedder.encode(texts, shared=True)
    return np.asarray(embedder.encode(texts), dtype=np.float32)


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = round(timings.get(stage, 0.0) + time.perf_counter() - started, 3)


def _map_2d(vectors: np.ndarray, seed: int) -> np.ndarray:
    """2-D coordinates for the report's map (PCA fitted on at most 5,000 rows)."""
    n = vectors.shape[0]
    if n < 3:
        return np.zeros((n, 2))
    rng = np.random.default_rng(seed)
    sample = np.sort(rng.choice(n, size=min(n, 5000), replace=False))
    mean = vectors[sample].mean(axis=0)
    centred = (vectors[sample] - mean).astype(np.float64)
    covariance = centred.T @ centred
    # Two leading eigenvectors by power iteration with deflation: matrix products only,
    # deterministic, and it avoids LAPACK's slow first call for a picture.
    components = []
    for _ in range(2):
        vector = np.random.default_rng(seed).standard_normal(covariance.shape[0])
        for _ in range(100):
            vector = covariance @ vector
            vector /= np.linalg.norm(vector) or 1.0
        components.append(vector)
        covariance = covariance - np.outer(vector, vector) * float(vector @ covariance @ vector)
    projection = np.array(components).T
    coords = np.concatenate(
        [(vectors[start : start + MAP_CHUNK] - mean) @ projection for start in range(0, n, MAP_CHUNK)]
    )
    # A PCA axis has no sign; fix it so that the picture does not flip between machines.
    for axis in range(2):
        if coords[np.argmax(np.abs(coords[:, axis])), axis] < 0:
            coords[:, axis] *= -1
    return coords


def _cluster_settings(settings: ConsultSettings) -> ClusterSettings:
    return ClusterSettings(
        seed=settings.seed, max_issues=settings.max_issues, assign_threshold=settings.assign_threshold,
        relative_threshold=settings.relative_threshold,
        max_unassigned_share=settings.max_unassigned_share, secondary_margin=settings.secondary_margin,
    )


def analyse(
    data: pd.DataFrame,
    *,
    text_col: str | None = None,
    id_col: str | None = None,
    title_col: str | None = None,
    author_type_col: str | None = None,
    author_col: str | None = None,
    date_col: str | None = None,
    settings: ConsultSettings | None = None,
    embedder: Embedder | None = None,
    codebook: Any = None,
    schema: str | Path | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
) -> ConsultationResult:
    """Analyse a consultation table: flags, duplicates, priority issues.

    ``codebook``: a :class:`~spaser_nlp.consult.codebook.Codebook` (or path) from
    an earlier run, whose ids, labels, merges, splits and pins are kept.
    ``schema``: a schéma (PDF or text) to compare each issue with.
    ``scheduler`` (``tcp://host:port``) or ``workers`` (local processes): where the
    embeddings and flags are computed, in partitions; the result is the same.
    """
    settings = settings or ConsultSettings()
    if len(data) == 0:
        raise InputError("the consultation has no rows")
    with open_runner(scheduler=scheduler, workers=workers) as runner:
        return _analyse(
            data, runner, settings=settings, embedder=embedder, codebook=codebook, schema=schema,
            columns={"text_col": text_col, "id_col": id_col, "title_col": title_col,
                     "author_type_col": author_type_col, "author_col": author_col, "date_col": date_col},
        )


def _analyse(
    data: pd.DataFrame, runner: PartitionRunner, *, settings: ConsultSettings, embedder: Embedder | None,
    codebook: Any, schema: str | Path | None, columns: dict[str, str | None],
) -> ConsultationResult:
    timings: dict[str, float] = {}
    from spaser_nlp.consult.labels import preload

    # spaCy takes seconds to load; it loads while the texts are flagged and embedded
    # (a no-op when preload_models already started it).
    preload()
    with _timed(timings, "columns"):
        column_map = detect_columns(data, **columns)
        frame = contributions_frame(data, column_map)
    if not settings.keep_personal_data:
        # The one place contribution texts enter the analysis: every output derives from them.
        from spaser_nlp.consult.privacy import pseudonymise_contributions

        with _timed(timings, "privacy"):
            frame = pseudonymise_contributions(frame)
    with _timed(timings, "flags"):
        flags = flag_texts(list(frame["text"]), settings.min_words, runner)
    with _timed(timings, "duplicates"):
        frame, duplicate_groups = flag_and_group(frame, settings, flags=flags)
        del flags
    embedder = _embedder(settings, embedder, runner)
    with _timed(timings, "embeddings"):
        vectors = _embed(embedding_texts(frame, settings.use_titles), embedder, shared=True)
    # TF-IDF vectors depend on the corpus: texts outside it cannot be placed in the same space.
    encode = None if isinstance(embedder, TfidfEmbedder) else (lambda texts: _embed(texts, embedder))

    flags = frame["flag"].to_numpy()
    clusterable = np.array([f == "" for f in flags])
    joinable = np.array([f in ("", TOO_SHORT) for f in flags])
    unit_of = frame["unit"].to_numpy()
    cluster_settings = _cluster_settings(settings)
    fixed: dict[int, dict] = {}
    codebook_notes: list[str] = []
    clustering_started = time.perf_counter()
    if codebook is not None:
        from spaser_nlp.consult.codebook import Codebook, seed_from_codebook

        book = codebook if isinstance(codebook, Codebook) else Codebook.load(codebook)
        centroids, fixed, pins, codebook_notes = seed_from_codebook(
            book, frame, vectors, clusterable=clusterable, unit_of=unit_of, settings=cluster_settings, encode=encode
        )
        primary, sims, memberships, threshold = assign(vectors, centroids, cluster_settings, clusterable=clusterable, joinable=joinable)
        for row, j in pins.items():
            primary[row] = j
            memberships[row] = [j] + [m for m in memberships[row] if m != j]
        k_chosen, k_scores = centroids.shape[0], {}
    else:
        clustering = cluster_embeddings(
            vectors, clusterable=clusterable, unit_of=unit_of, joinable=joinable, settings=cluster_settings
        )
        centroids, sims, primary = clustering.centroids, clustering.similarities, clustering.primary
        memberships, threshold = clustering.memberships, clustering.threshold
        k_chosen, k_scores = clustering.k_chosen, clustering.k_scores

    scores = [{j: float(sims[i, j]) for j in m} for i, m in enumerate(memberships)]
    timings["clustering"] = round(time.perf_counter() - clustering_started, 3)
    segments_started = time.perf_counter()
    if settings.segment_topics and encode is not None and centroids.shape[0] > 1:
        from spaser_nlp.consult.segments import add_segment_memberships

        # Only contributions long enough to mix topics, one per duplicate group, and sitting
        # between issues (second similarity close to the best): a mixed text lies between topics.
        ranked_sims = np.sort(sims, axis=1)
        between = ranked_sims[:, -2] >= ranked_sims[:, -1] - SEGMENT_GAP
        long_rows = np.flatnonzero((primary >= 0) & (unit_of == np.arange(len(frame))) & between)
        # Words counted for those rows only (str.split on a million texts makes tens of millions of strings).
        long_rows = long_rows[frame["text"].iloc[long_rows].str.split().str.len().to_numpy() >= 12]
        if long_rows.size > MAX_SEGMENTED:
            # At scale, check the most ambiguous contributions only (bounded time).
            gap = ranked_sims[long_rows, -1] - ranked_sims[long_rows, -2]
            long_rows = np.sort(long_rows[np.argsort(gap, kind="stable")[:MAX_SEGMENTED]])
        # A sentence is shorter than its contribution, so its similarities are lower.
        segment_threshold = max(settings.assign_threshold, 0.7 * threshold)
        add_segment_memberships(list(frame["text"]), long_rows, memberships, scores, centroids, segment_threshold, encode)
    timings["segments"] = round(time.perf_counter() - segments_started, 3)
    with _timed(timings, "labels"):
        issues = describe_issues(frame, vectors, centroids, sims, primary, memberships, settings, fixed=fixed)
    with _timed(timings, "assignments"):
        frame = _with_assignments(frame, issues, primary, sims, memberships, scores, clusterable)
    with _timed(timings, "themes"):
        theme_note = _add_themes(issues, settings)
    schema_note = ""
    if schema is not None:
        from spaser_nlp.consult.schema import compare_with_schema

        schema_note = compare_with_schema(issues, centroids, schema, encode)
    position = {issue.id: j for j, issue in enumerate(issues)}
    issues = rank_issues(issues)
    # Centroids follow the issues' rank order, like every other output.
    centroids = centroids[[position[issue.id] for issue in issues]] if issues else centroids
    if isinstance(embedder, CachedEmbedder):
        with _timed(timings, "cache"):
            embedder.save()  # once, with the sentences' vectors too (a no-op without a cache folder)
    with _timed(timings, "map"):
        coords = _map_2d(vectors, settings.seed)
        frame["x"], frame["y"] = np.round(coords[:, 0], 4), np.round(coords[:, 1], 4)

    n = len(frame)
    unassigned = int((frame["issue_id"] == "").sum())
    stats = {
        "n_contributions": n,
        "n_distinct_arguments": int(len(set(unit_of[clusterable | joinable])) if (clusterable | joinable).any() else 0),
        "n_flagged": {f: int((flags == f).sum()) for f in sorted(set(flags)) if f},
        "n_off_topic": int((frame["flag"] == OFF_TOPIC).sum()),
        "n_duplicate_groups": sum(1 for d in duplicate_groups if d.kind == "doublon"),
        "n_campaigns": sum(1 for d in duplicate_groups if d.kind == "campagne"),
        "n_in_duplicate_groups": sum(d.size for d in duplicate_groups),
        "n_issues": len(issues),
        "n_unassigned": unassigned,
        "unassigned_share": round(unassigned / max(1, n), 4),
        "unassigned_share_of_usable": round(
            float(((frame["issue_id"] == "") & np.array([f not in EXCLUDED_FLAGS for f in flags])).sum())
            / max(1, int(np.array([f not in EXCLUDED_FLAGS for f in flags]).sum())), 4
        ),
        "k_chosen": int(k_chosen),
        "k_silhouette": {str(k): v for k, v in sorted(k_scores.items())},
        "assign_threshold": round(float(threshold), 4),
    }
    recorded = replace(settings, cache_dir=None).as_dict()
    recorded.update(
        {
            "version": __version__, "embedder_name": embedder.name, "columns": _columns_dict(column_map),
            "themes": theme_note, "codebook": codebook_notes, "schema": schema_note,
        }
    )
    return ConsultationResult(frame, issues, duplicate_groups, recorded, stats, vectors, centroids, timings)


def _columns_dict(columns: ColumnMap) -> dict[str, str | None]:
    return {k: getattr(columns, k) for k in ("text", "id", "title", "author_type", "author", "date", "platform")}


def _with_assignments(
    frame: pd.DataFrame, issues: list, primary: np.ndarray, sims: np.ndarray, memberships: list[list[int]],
    scores: list[dict[int, float]], clusterable: np.ndarray,
) -> pd.DataFrame:
    frame = frame.copy()
    ids = [issue.id for issue in issues]
    ordered = [[m[0], *sorted(m[1:], key=lambda j: (-score[j], j))] if m else [] for m, score in zip(memberships, scores)]
    frame["issue_id"] = [ids[j] if j >= 0 else "" for j in primary]
    frame["issue_ids"] = [";".join(ids[j] for j in m) for m in ordered]
    frame["issue_scores"] = [";".join(f"{ids[j]}:{score[j]:.4f}" for j in m) for m, score in zip(ordered, scores)]
    frame["score"] = [
        f"{sims[i, j]:.4f}" if j >= 0 else (f"{sims[i].max():.4f}" if sims.shape[1] and clusterable[i] else "")
        for i, j in enumerate(primary)
    ]
    # Usable contributions close to no issue are off-topic, kept with the reason.
    frame["flag"] = [
        OFF_TOPIC if (f == "" and j < 0) else f for f, j in zip(frame["flag"], primary)
    ]
    return frame


def _add_themes(issues: list, settings: ConsultSettings) -> str:
    """SPASER themes per issue from the theme classifier when it is installed."""
    if not settings.themes:
        return "désactivés"
    try:
        from spaser_nlp.consult.themes import themes_for_texts
    except ImportError:
        return "classifieur de thèmes absent"
    texts = [". ".join([issue.label, ", ".join(issue.keywords), *[q.text for q in issue.quotes]]) for issue in issues]
    try:
        predicted, note = themes_for_texts(texts)
    except ImportError:
        return "classifieur de thèmes absent"
    for issue, themes in zip(issues, predicted):
        issue.themes = themes
    return note


def analyse_file(path: str | Path, **kwargs: Any) -> ConsultationResult:
    """:func:`analyse` on a CSV, XLSX, JSON or JSONL file (``limits``: a :class:`~spaser_nlp.consult.readers.ReadLimits`)."""
    started = time.perf_counter()
    table = read_table(path, limits=kwargs.pop("limits", None))
    read_seconds = round(time.perf_counter() - started, 3)
    try:
        result = analyse(table, **kwargs)
        result.timings = {"read": read_seconds, **result.timings}
        return result
    except InputError as error:
        if error.path is None:
            raise type(error)(error.message, path=path) from error
        raise
