"""The consultation analysis: import → flags → duplicates → embeddings → issues → result."""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from spaser_nlp._version import __version__
from spaser_nlp.consult.cluster import ClusterSettings, assign, cluster_embeddings
from spaser_nlp.consult.exports import ExportLayout, Question, questions, recognise
from spaser_nlp.consult.flags import EXCLUDED_FLAGS, OFF_TOPIC, off_topic
from spaser_nlp.consult.io import ColumnMap, read_table
from spaser_nlp.consult.issues import describe_issues, rank_issues
from spaser_nlp.consult.label_check import REFUSAL_LABEL
from spaser_nlp.consult.model import ConsultationResult, ConsultSettings, DuplicateGroup
from spaser_nlp.consult.parallel import (
    InlineRunner,
    PartitionedEmbedder,
    PartitionRunner,
    flag_texts,
    open_runner,
)
from spaser_nlp.consult.prepare import (
    contributions_frame,
    embedding_texts,
    extra_columns,
    flag_and_group,
)
from spaser_nlp.consult.progress import ProgressCallback, Stages
from spaser_nlp.consult.stance import STANCES, is_bare_refusal, stance_present, stances
from spaser_nlp.embed import CachedEmbedder, Embedder, TfidfEmbedder, get_embedder
from spaser_nlp.errors import InputError

#: Largest gap between best and second-best issue similarity for a contribution to be
#: checked sentence by sentence for a second topic.
SEGMENT_GAP = 0.1
#: Most contributions checked sentence by sentence (the most ambiguous first).
MAX_SEGMENTED = 5000
#: Rounds of dissolving the issues that no label names (then the labels stand as they are).
MAX_RELABEL = 8
#: A popular short answer given by many becomes an issue of its own (see _popular_issues).
POPULAR_ISSUES = True
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
    if isinstance(embedder, TfidfEmbedder):
        from spaser_nlp.consult.labels import wait_for_preload

        wait_for_preload()  # TF-IDF imports scikit-learn: not beside the spaCy thread's imports
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
        k_scale=settings.k_scale, refine_steps=settings.refine_steps, kmeans_units=settings.kmeans_units,
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
    question: str | None = None,
    settings: ConsultSettings | None = None,
    embedder: Embedder | None = None,
    codebook: Any = None,
    schema: str | Path | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    progress: ProgressCallback | None = None,
) -> ConsultationResult:
    """Analyse a consultation table: flags, duplicates, priority issues.

    The columns of ``data`` that the analysis does not read (e.g. ``question``, ``quartier``) are kept in
    ``result.contributions``, after the analysis' own columns (a name the analysis uses gets ``input_``
    in front). Unless ``settings.keep_personal_data``, columns named like direct identifiers (e-mail,
    phone, name, address) are left out; ``result.settings["columns_left_out"]`` lists them.

    ``question``: in an export with one column per question, the question (id or text) to analyse.
    ``codebook``: a :class:`~spaser_nlp.consult.codebook.Codebook` (or path) from
    an earlier run, whose ids, labels, merges, splits and pins are kept.
    ``schema``: a schéma (PDF or text) to compare each issue with.
    ``scheduler`` (``tcp://host:port``) or ``workers`` (local processes): where the
    embeddings and flags are computed, in partitions; the result is the same.
    ``progress``: called with a :class:`~spaser_nlp.consult.progress.StageEvent` as each stage
    (reading, duplicates, embedding, clustering, labelling) starts and ends.
    """
    settings = settings or ConsultSettings()
    if len(data) == 0:
        raise InputError("the consultation has no rows")
    with open_runner(scheduler=scheduler, workers=workers) as runner:
        return _analyse(
            data, runner, settings=settings, embedder=embedder, codebook=codebook, schema=schema, stages=Stages(progress),
            columns={"text_col": text_col, "id_col": id_col, "title_col": title_col,
                     "author_type_col": author_type_col, "author_col": author_col, "date_col": date_col,
                     "question": question},
        )


@dataclass
class Contributions:
    """The contributions as read, flagged and grouped (step 1)."""

    frame: pd.DataFrame
    duplicates: list[DuplicateGroup]
    layout: ExportLayout
    #: The input's columns the analysis does not read, one row per contribution (added to the result at the end).
    extras: pd.DataFrame = field(default_factory=pd.DataFrame)
    #: Extra columns left out because they look like personal data.
    left_out: list[str] = field(default_factory=list)


@dataclass
class Assignment:
    """Issues (as centroids) and each contribution's place among them (steps 3 to 5)."""

    centroids: np.ndarray  # (k, dim)
    sims: np.ndarray  # (n, k)
    primary: np.ndarray  # (n,) issue index or -1
    memberships: list[list[int]]  # per contribution, all its issues (primary first)
    scores: list[dict[int, float]]  # per contribution, a score per issue
    threshold: float
    k_chosen: int = 0
    k_scores: dict[int, float] = field(default_factory=dict)
    fixed: dict[int, dict] = field(default_factory=dict)  # issue index -> id, label… kept from a codebook
    notes: list[str] = field(default_factory=list)
    unit_texts: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, issue) -> the idea unit raising it


def release_models() -> None:
    """Forget the models the analysis loaded (spaCy's pipeline, the sentence embedder, the theme model,
    the label check's tables), so that their memory can serve what comes next, e.g. writing the outputs.

    Nothing is lost: the next :func:`analyse` loads them again (a second or two). The CLI calls it between
    the analysis and the outputs; in a notebook, call it when the models are no longer needed.
    """
    import gc

    from spaser_nlp.classify.loading import release_theme_models
    from spaser_nlp.classify.text import release_spacy_pipeline
    from spaser_nlp.consult import label_check, labels, privacy
    from spaser_nlp.embed.backends import release_embedders

    labels.release()
    privacy.release()
    label_check.release()
    release_spacy_pipeline()
    release_theme_models()
    release_embedders()
    gc.collect()


def contributions_in(data: pd.DataFrame, columns: dict[str, str | None]) -> tuple[pd.DataFrame, ExportLayout]:
    """The one place where texts enter the analysis: the export's layout recognised (columns, question),
    one row per contribution.

    Anything that must see (or transform) every text before it is analysed belongs here.
    """
    frame, layout, _ = _contributions_and_table(data, columns)
    return frame, layout


def _contributions_and_table(
    data: pd.DataFrame, columns: dict[str, str | None]
) -> tuple[pd.DataFrame, ExportLayout, pd.DataFrame]:
    table, layout = recognise(data, **columns)
    return contributions_frame(table, layout.columns), layout, table


def _read_and_group(
    data: pd.DataFrame, columns: dict[str, str | None], settings: ConsultSettings, runner: PartitionRunner,
    timings: dict[str, float], stages: Stages,
) -> Contributions:
    with stages.stage("reading", "columns") as step:
        with _timed(timings, "columns"):
            frame, layout, table = _contributions_and_table(data, columns)
            extras, left_out = extra_columns(table, layout.columns, keep_personal_data=settings.keep_personal_data)
        if not settings.keep_personal_data:
            # Right where texts enter the analysis: every output (quotes, labels, keywords, codebook) derives from them.
            from spaser_nlp.consult.privacy import pseudonymise_contributions

            stages.update("reading", "personal data")
            with _timed(timings, "privacy"):
                frame = pseudonymise_contributions(frame)
        step.detail = f"{len(frame)} contributions"
    with stages.stage("duplicates") as step:
        with _timed(timings, "flags"):
            flags = flag_texts(list(frame["text"]), settings.min_words, runner)
        with _timed(timings, "duplicates"):
            frame, duplicate_groups = flag_and_group(frame, settings, flags=flags)
            frame["stance"] = stances(list(frame["text"]))
        step.detail = f"{len(duplicate_groups)} groups"
    return Contributions(frame, duplicate_groups, layout, extras, left_out)


def _fresh_assignment(
    vectors: np.ndarray, frame: pd.DataFrame, settings: ClusterSettings, idea_units: np.ndarray | None = None
) -> Assignment:
    usable = _usable(frame)
    clustering = cluster_embeddings(
        vectors, clusterable=usable, unit_of=frame["unit"].to_numpy(), joinable=usable, settings=settings,
        idea_units=idea_units,
    )
    return Assignment(
        clustering.centroids, clustering.similarities, clustering.primary, clustering.memberships, [],
        clustering.threshold, clustering.k_chosen, clustering.k_scores,
    )


def _codebook_assignment(
    codebook: Any, vectors: np.ndarray, frame: pd.DataFrame, settings: ClusterSettings, encode: Any
) -> Assignment:
    from spaser_nlp.consult.codebook import (
        Codebook,
        codebook_members,
        seed_from_codebook,
    )

    book = codebook if isinstance(codebook, Codebook) else Codebook.load(codebook)
    usable = _usable(frame)
    centroids, fixed, pins, notes = seed_from_codebook(
        book, frame, vectors, clusterable=usable, unit_of=frame["unit"].to_numpy(), settings=settings, encode=encode
    )
    primary, sims, memberships, threshold = assign(vectors, centroids, settings, clusterable=usable, joinable=usable)
    # Known contributions stay where the codebook has them; a split issue takes, among the members of
    # the issue its seeds came from, those nearer to it; new contributions go to the nearest issue.
    members, splits = codebook_members(book, frame)
    sources: dict[int, list[int]] = {}
    for j, seeds in splits.items():
        origin = Counter(members[r] for r in seeds if r in members).most_common(1)
        if origin:
            sources.setdefault(origin[0][0], []).append(j)
    for row, member_of in members.items():
        if usable[row]:
            if member_of in sources:
                choices = [member_of, *sources[member_of]]
                member_of = choices[int(np.argmax(sims[row, choices]))]
            primary[row] = member_of
    for row, j in pins.items():
        primary[row] = j
    found = centroids.shape[0]
    centroids, sims, primary, memberships = _drop_empty_new_issues(centroids, sims, primary, memberships, fixed)
    if centroids.shape[0] < found:
        notes = [note for note in notes if not note.endswith("hors codebook")]
        if centroids.shape[0] > len(fixed):
            notes.append(f"{centroids.shape[0] - len(fixed)} nouvel(s) enjeu(x) hors codebook")
    for row in np.flatnonzero(primary >= 0).tolist():
        first = int(primary[row])
        memberships[row] = [first] + [m for m in memberships[row] if m != first]
    return Assignment(centroids, sims, primary, memberships, [], threshold, centroids.shape[0], {}, fixed, notes)


def _drop_empty_new_issues(
    centroids: np.ndarray, sims: np.ndarray, primary: np.ndarray, memberships: list[list[int]], fixed: dict[int, dict]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[list[int]]]:
    """New issues (found beside the codebook's) that no contribution has as its main issue are dropped.

    After a merge, the merged issue's members stay with the issue they were merged into, so the fresh
    cluster they still form would otherwise come back as an empty issue. Codebook issues come first
    and keep their indices.
    """
    keep = [j for j in range(centroids.shape[0]) if j in fixed or bool((primary == j).any())]
    if len(keep) == centroids.shape[0]:
        return centroids, sims, primary, memberships
    new_index = {old: new for new, old in enumerate(keep)}
    primary = np.array([new_index.get(int(j), -1) for j in primary], dtype=primary.dtype)
    memberships = [[new_index[m] for m in member_of if m in new_index] for member_of in memberships]
    return centroids[keep], sims[:, keep], primary, memberships


def _usable(frame: pd.DataFrame) -> np.ndarray:
    return np.array([f not in EXCLUDED_FLAGS for f in frame["flag"]], dtype=bool)


def _assign_everyone(result: Assignment, frame: pd.DataFrame, vectors: np.ndarray) -> None:
    """Every usable answer joins its nearest issue; those far from the whole consultation are flagged off-topic."""
    usable = _usable(frame)
    if result.sims.shape[1] == 0:
        return
    nearest = np.argmax(result.sims, axis=1)
    for row in np.flatnonzero(usable & (result.primary < 0)):
        result.primary[row] = nearest[row]
        result.memberships[row] = [int(nearest[row])]
    # Off-topic: far from the consultation as a whole (see flags.off_topic); it keeps its nearest issue.
    flags = frame["flag"].to_numpy(dtype=object)
    flags[off_topic(list(frame["text"]), vectors, usable)] = OFF_TOPIC
    frame["flag"] = flags


def _refusal_issue(result: Assignment, frame: pd.DataFrame, vectors: np.ndarray, settings: ConsultSettings) -> None:
    """The bare "no / none / nobody" answers become an issue of their own when they are many."""
    usable = _usable(frame)
    texts, stance = frame["text"].tolist(), frame["stance"].tolist()
    rows = np.array([i for i in np.flatnonzero(usable) if is_bare_refusal(texts[i], stance[i])], dtype=int)
    if rows.size < max(3, settings.refusal_min_share * max(1, int(usable.sum()))):
        return
    if any(spec.get("refusal") or spec.get("label") == REFUSAL_LABEL for spec in result.fixed.values()):
        return  # the codebook already has it: its pins and examples place these answers
    centroid = vectors[rows].mean(axis=0)
    centroid = (centroid / (np.linalg.norm(centroid) or 1.0)).astype(np.float32)
    j = result.centroids.shape[0]
    result.centroids = np.vstack([result.centroids, centroid[None, :]]) if j else centroid[None, :]
    result.sims = np.hstack([result.sims, (vectors @ centroid)[:, None]]) if j else (vectors @ centroid)[:, None]
    for row in rows:
        result.primary[row] = j
        result.memberships[row] = [j]
    result.fixed[j] = {"label": REFUSAL_LABEL, "refusal": True}


def _popular_issues(result: Assignment, frame: pd.DataFrame, vectors: np.ndarray, settings: ConsultSettings) -> None:
    """A popular short answer (the same few words from many people: "la téléportation", "Santé, éducation")
    given by at least ``refusal_min_share`` of the answers (and 3) becomes an issue of its own. In the tree it
    is one point, however many gave it: without this it is lost inside a larger issue (or named after the
    other answers of its issue), though many people sent it."""
    usable = _usable(frame)
    least = max(3, settings.refusal_min_share * max(1, int(usable.sum())))
    groups: dict[str, list[int]] = {}
    for row, group in enumerate(frame["duplicate_group"]):
        if group.startswith("P") and usable[row]:
            groups.setdefault(group, []).append(row)
    refusal = {j for j, spec in result.fixed.items() if spec.get("refusal")}
    unit = frame["unit"].to_numpy()
    for group, rows in sorted(groups.items()):
        rep = int(frame["unit"].iat[rows[0]])
        current = int(result.primary[rep])
        if len(rows) < least or current in refusal:
            continue
        # Alone in its issue already: nothing to do. Else it leaves it (even when most of its people: the
        # issue's label is taken from its distinct answers, where the popular one counts once).
        if current >= 0 and not (set(unit[result.primary[unit] == current].tolist()) - {rep}):
            continue
        centroid = vectors[rep] / (np.linalg.norm(vectors[rep]) or 1.0)
        centroid = centroid.astype(np.float32)
        j = result.centroids.shape[0]
        result.centroids = np.vstack([result.centroids, centroid[None, :]]) if j else centroid[None, :]
        result.sims = np.hstack([result.sims, (vectors @ centroid)[:, None]]) if j else (vectors @ centroid)[:, None]
        for row in {rep, *rows}:
            result.primary[row] = j
            result.memberships[row] = [j]
        # Kept through the dissolving of unnamed issues, and given only these answers (named by the labeller).
        result.fixed[j] = {"popular": True}


def _drop_unused_issues(result: Assignment) -> None:
    """Issues that no answer (nor idea unit) carries are dropped, the others renumbered."""
    used = sorted({j for issues in result.memberships for j in issues} | set(result.fixed))
    if len(used) < result.centroids.shape[0]:
        _keep_issues(result, used)


def _keep_issues(result: Assignment, keep: list[int]) -> None:
    """Only the issues ``keep`` stay (renumbered); an answer whose primary issue goes takes its most
    similar remaining issue, and loses the secondary issues that go."""
    new = {j: n for n, j in enumerate(keep)}
    result.centroids, result.sims = result.centroids[keep], result.sims[:, keep]
    # Only refusals belong to the refusal issue (a popular answer's copies to its issue): the others are placed
    # among the topical issues.
    topical = np.array([not (result.fixed.get(j, {}).get("refusal") or result.fixed.get(j, {}).get("popular"))
                        for j in keep], dtype=bool)
    for row in range(len(result.memberships)):
        issues = [new[j] for j in result.memberships[row] if j in new]
        old = int(result.primary[row])
        if old >= 0 and old not in new and topical.any():
            first = int(np.flatnonzero(topical)[np.argmax(result.sims[row][topical])])
            issues = [first, *(j for j in issues if j != first)]
        result.memberships[row] = issues
        result.primary[row] = issues[0] if issues and old >= 0 else -1
        score = {new[j]: v for j, v in result.scores[row].items() if j in new} if result.scores else {}
        for j in issues:
            score.setdefault(j, float(result.sims[row, j]))
        if result.scores:
            result.scores[row] = score
    result.fixed = {new[j]: spec for j, spec in result.fixed.items() if j in new}
    result.unit_texts = {(row, new[j]): text for (row, j), text in result.unit_texts.items() if j in new}


def _share_duplicates(result: Assignment, frame: pd.DataFrame) -> None:
    """Identical (and near-identical) texts get their group representative's issues and scores."""
    unit = frame["unit"].to_numpy()
    for row in np.flatnonzero(unit != np.arange(len(frame))):
        rep = int(unit[row])
        result.primary[row] = result.primary[rep]
        result.memberships[row] = list(result.memberships[rep])
        result.scores[row] = dict(result.scores[rep])


def _idea_unit_vectors(frame: pd.DataFrame, encode: Any) -> np.ndarray | None:
    """Vectors of the idea units of the usable distinct answers that hold several (they help build the issues)."""
    from spaser_nlp.consult.segments import idea_unit_pieces

    rows = np.flatnonzero(_usable(frame) & (frame["unit"].to_numpy() == np.arange(len(frame))))
    if rows.size > MAX_SEGMENTED:
        return None
    _, pieces = idea_unit_pieces(list(frame["text"]), rows)
    return encode(pieces) if pieces else None


def _idea_units(
    result: Assignment, frame: pd.DataFrame, settings: ConsultSettings, encode: Any, timings: dict[str, float]
) -> None:
    """Answers listing several ideas: each idea unit is placed, the answer carries every issue found."""
    if not (settings.segment_topics and encode is not None and result.centroids.shape[0] > 1):
        return
    from spaser_nlp.consult.segments import add_segment_memberships

    with _timed(timings, "segments"):
        sims, primary = result.sims, result.primary
        ranked = np.sort(sims, axis=1)
        representative = frame["unit"].to_numpy() == np.arange(len(frame))
        n_words = frame["text"].str.split().str.len().fillna(0).to_numpy()
        # Long answers sitting between issues (a mixed text lies between topics), and short lists.
        between = ranked[:, -2] >= ranked[:, -1] - SEGMENT_GAP
        short_list = (n_words <= 12) & frame["text"].str.contains(r"[,;/|+\n]|\set\s", regex=True).to_numpy()
        chosen = (between & (n_words >= 12)) | short_list
        if settings.idea_unit_issues:  # every answer holding several ideas is read unit by unit
            chosen = np.ones(len(frame), dtype=bool)
        rows = np.flatnonzero((primary >= 0) & representative & chosen)
        if rows.size > MAX_SEGMENTED:
            gap = ranked[rows, -1] - ranked[rows, -2]
            rows = np.sort(rows[np.argsort(gap, kind="stable")[:MAX_SEGMENTED]])
        # A sentence is shorter than its contribution, so its similarities are lower.
        threshold = max(settings.assign_threshold, 0.7 * result.threshold)
        result.unit_texts = add_segment_memberships(
            list(frame["text"]), rows, result.memberships, result.scores, result.centroids, threshold, encode,
            max_issues=settings.max_issues_per_answer,
        )


def _analyse(
    data: pd.DataFrame, runner: PartitionRunner, *, settings: ConsultSettings, embedder: Embedder | None,
    codebook: Any, schema: str | Path | None, columns: dict[str, str | None], stages: Stages,
) -> ConsultationResult:
    timings: dict[str, float] = {}
    from spaser_nlp.consult.labels import preload

    # spaCy takes seconds to load; it loads while the texts are flagged and embedded
    # (a no-op when preload_models already started it).
    preload()
    read = _read_and_group(data, columns, settings, runner, timings, stages)
    frame = read.frame
    embedder = _embedder(settings, embedder, runner)
    with stages.stage("embedding", f"{len(frame)} texts"), _timed(timings, "embeddings"):
        vectors = _embed(embedding_texts(frame, settings.use_titles), embedder, shared=True)
    # TF-IDF vectors depend on the corpus: texts outside it cannot be placed in the same space.
    encode = None if isinstance(embedder, TfidfEmbedder) else (lambda texts: _embed(texts, embedder))

    stages.start("clustering")
    with _timed(timings, "clustering"):
        cluster_settings = _cluster_settings(settings)
        if codebook is not None:
            result = _codebook_assignment(codebook, vectors, frame, cluster_settings, encode)
        else:
            idea_units = _idea_unit_vectors(frame, encode) if settings.idea_unit_issues and encode else None
            result = _fresh_assignment(vectors, frame, cluster_settings, idea_units)
        if codebook is None:  # with a codebook, the refusal issue is one of its issues
            _refusal_issue(result, frame, vectors, settings)
            if POPULAR_ISSUES:
                _popular_issues(result, frame, vectors, settings)
        _assign_everyone(result, frame, vectors)
        result.scores = [{j: float(result.sims[i, j]) for j in m} for i, m in enumerate(result.memberships)]
    _idea_units(result, frame, settings, encode, timings)
    if codebook is None:
        _drop_unused_issues(result)
    _share_duplicates(result, frame)
    stages.end("clustering", f"{result.centroids.shape[0]} issues")
    stages.start("labelling")
    with _timed(timings, "labels"):
        memo: dict[tuple[str, str], Any] = {}
        # Never below half the issues found (each dissolving makes the remaining issues broader: no cascade
        # into one catch-all issue); at the floor the labels stand and the label check reports them.
        floor = max(1, math.ceil((result.centroids.shape[0] - len(result.fixed)) / 3))
        for attempt in range(MAX_RELABEL + 1):
            # An issue no phrase names (its label would break a rule) is dissolved into the others.
            unnamed: list[int] = []
            issues = describe_issues(
                frame, vectors, result.centroids, result.sims, result.primary, result.memberships, settings,
                fixed=result.fixed, unit_texts=result.unit_texts, scores=result.scores,
                unnamed=unnamed if codebook is None and attempt < MAX_RELABEL else None, memo=memo,
            )
            k = result.centroids.shape[0]
            unnamed = [j for j in unnamed if not result.fixed.get(j, {}).get("popular")]
            room = k - len(result.fixed) - floor
            if not unnamed or room <= 0:
                break
            sizes = np.bincount(result.primary[result.primary >= 0], minlength=k)
            unnamed = sorted(unnamed, key=lambda j: (sizes[j], j))[:room]  # the smallest first
            _keep_issues(result, [j for j in range(k) if j not in set(unnamed)])
            _share_duplicates(result, frame)
    with _timed(timings, "assignments"):
        frame = _with_assignments(frame, issues, result.primary, result.sims, result.memberships, result.scores)
        _add_stance(issues, frame)
    with _timed(timings, "themes"):
        theme_note = _add_themes(issues, settings)
    schema_note = ""
    if schema is not None:
        from spaser_nlp.consult.schema import compare_with_schema

        schema_note = compare_with_schema(issues, result.centroids, schema, encode)
    position = {issue.id: j for j, issue in enumerate(issues)}
    issues = rank_issues(issues)
    # Centroids follow the issues' rank order, like every other output.
    centroids = result.centroids[[position[issue.id] for issue in issues]] if issues else result.centroids
    if isinstance(embedder, CachedEmbedder):
        with _timed(timings, "cache"):
            embedder.save()  # once, with the sentences' vectors too (a no-op without a cache folder)
    with _timed(timings, "map"):
        coords = _map_2d(vectors, settings.seed)
        frame["x"], frame["y"] = np.round(coords[:, 0], 4), np.round(coords[:, 1], 4)
    frame = _with_extras(frame, read.extras)
    stages.end("labelling", f"{len(issues)} issues")

    stats = _statistics(frame, read.duplicates, issues, result)
    recorded = replace(settings, cache_dir=None).as_dict()
    recorded.update(
        {
            "version": __version__, "embedder_name": embedder.name, "columns": _columns_dict(read.layout.columns),
            "columns_read": read.layout.describe(),
            "themes": theme_note, "codebook": result.notes, "schema": schema_note,
        }
    )
    if read.left_out:
        recorded["columns_left_out"] = read.left_out
    return ConsultationResult(frame, issues, read.duplicates, recorded, stats, vectors, centroids, timings)


def _statistics(
    frame: pd.DataFrame, duplicate_groups: list[DuplicateGroup], issues: list, result: Assignment
) -> dict[str, Any]:
    """The run's figures (recorded in issues.json and shown in the report)."""
    flags = frame["flag"].to_numpy()
    n = len(frame)
    usable = np.array([f not in EXCLUDED_FLAGS for f in flags], dtype=bool)
    unassigned = frame["issue_id"].to_numpy() == ""
    units = frame["unit"].to_numpy()
    kinds = Counter(d.kind for d in duplicate_groups)
    return {
        "n_contributions": n,
        "n_distinct_arguments": len(set(units[usable].tolist())),
        "n_flagged": {f: int((flags == f).sum()) for f in sorted(set(flags)) if f},
        "n_off_topic": int((flags == OFF_TOPIC).sum()),
        "n_duplicate_groups": kinds.get("doublon", 0),
        "n_campaigns": kinds.get("campagne", 0),
        "n_popular_answers": kinds.get("populaire", 0),
        "n_in_duplicate_groups": sum(d.size for d in duplicate_groups),
        "n_issues": len(issues),
        "n_unassigned": int(unassigned.sum()),
        "unassigned_share": round(float(unassigned.sum()) / max(1, n), 4),
        "unassigned_share_of_usable": round(float((unassigned & usable).sum()) / max(1, int(usable.sum())), 4),
        "stance": dict(sorted(Counter(frame["stance"]).items())) if stance_present(list(frame["stance"])) else {},
        "k_chosen": int(result.k_chosen),
        "k_silhouette": {str(k): v for k, v in sorted(result.k_scores.items())},
        "assign_threshold": round(float(result.threshold), 4),
    }


def _add_stance(issues: list, frame: pd.DataFrame) -> None:
    """Each issue's for / against / neutral split, when the answers take sides."""
    if not stance_present(list(frame["stance"])):
        return
    by_issue: dict[str, Counter[str]] = {}
    for issue_id, stance in zip(frame["issue_id"], frame["stance"]):
        if issue_id:
            by_issue.setdefault(issue_id, Counter())[stance] += 1
    for issue in issues:
        counts = by_issue.get(issue.id, Counter())
        issue.stance = {s: int(counts.get(s, 0)) for s in STANCES}


def _columns_dict(columns: ColumnMap) -> dict[str, str | None]:
    return {k: getattr(columns, k) for k in ("text", "id", "title", "author_type", "author", "date", "platform")}


def _with_assignments(
    frame: pd.DataFrame, issues: list, primary: np.ndarray, sims: np.ndarray, memberships: list[list[int]],
    scores: list[dict[int, float]],
) -> pd.DataFrame:
    frame = frame.copy()
    ids = [issue.id for issue in issues]
    labels = [issue.label for issue in issues]
    ordered = [[m[0], *sorted(m[1:], key=lambda j: (-score.get(j, 0.0), j))] if m else [] for m, score in zip(memberships, scores)]
    # Labels beside ids, for reading the frame in a notebook (the ids stay the contract of assignments.csv).
    frame["issue_id"] = [ids[j] if j >= 0 else "" for j in primary]
    frame["issue_label"] = [labels[j] if j >= 0 else "" for j in primary]
    frame["issue_ids"] = [";".join(ids[j] for j in m) for m in ordered]
    frame["issue_labels"] = ["; ".join(labels[j] for j in m) for m in ordered]
    frame["issue_scores"] = [";".join(f"{ids[j]}:{score.get(j, 0.0):.4f}" for j in m) for m, score in zip(ordered, scores)]
    frame["score"] = [f"{sims[i, j]:.4f}" if j >= 0 else "" for i, j in enumerate(primary)]
    return frame


def _with_extras(frame: pd.DataFrame, extras: pd.DataFrame) -> pd.DataFrame:
    """The input's unread columns after the analysis' own (``input_<name>`` where a name is taken)."""
    if extras.shape[1] == 0:
        return frame
    taken = set(frame.columns)
    renamed, names = extras.copy(), []
    for name in extras.columns:
        while name in taken:
            name = f"input_{name}"
        taken.add(name)
        names.append(name)
    renamed.columns = names
    renamed.index = frame.index
    return pd.concat([frame, renamed], axis=1)


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


def read_export(path: str | Path, *, limits: Any = None) -> tuple[pd.DataFrame, list[Question]]:
    """The export's rows (every column as text) and its questions when it has one column per question
    (``limits``: a :class:`~spaser_nlp.consult.readers.ReadLimits`)."""
    table = read_table(path, limits=limits)
    return table, questions(table)


def analyse_file(path: str | Path, *, progress: ProgressCallback | None = None, **kwargs: Any) -> ConsultationResult:
    """:func:`analyse` on a CSV, XLSX, JSON or JSONL file (``limits``: a :class:`~spaser_nlp.consult.readers.ReadLimits`).

    ``progress`` receives the stages' events from ``reading`` (the file, then its columns) to ``labelling``.
    """
    started = time.perf_counter()
    stages = Stages(progress)
    stages.start("reading", Path(path).name)
    table = read_table(path, limits=kwargs.pop("limits", None))
    read_seconds = round(time.perf_counter() - started, 3)
    try:
        result = analyse(table, progress=progress, **kwargs)
        result.timings = {"read": read_seconds, **result.timings}
        return result
    except InputError as error:
        if error.path is None:
            raise type(error)(error.message, path=path) from error
        raise
