"""Consultations at scale: partitions on a real Dask cluster or local processes, chunked clustering,
duplicate detection for big campaigns, the capped workbook. Every path must give the local result."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from spaser_nlp.consult import ConsultSettings, analyse, analyse_file, write_result

BIN = Path(sys.executable).parent
OUTPUTS = ("assignments.csv", "assignments.xlsx", "issues.json", "codebook.yaml", "report.html")


def _same_result(result, reference) -> None:
    assert result.embeddings.shape == reference.embeddings.shape
    assert float(np.abs(result.embeddings - reference.embeddings).max()) <= 1e-5
    columns = ["id", "flag", "duplicate_group", "issue_id", "issue_ids", "score"]
    pd.testing.assert_frame_equal(result.contributions[columns], reference.contributions[columns])
    assert [(i.id, i.label, i.size) for i in result.issues] == [(i.id, i.label, i.size) for i in reference.issues]
    assert result.stats == reference.stats and result.settings == reference.settings


@pytest.mark.slow
def test_consult_on_a_dask_cluster_gives_the_local_result(sample_path, sample_result, sample_run, dask_cluster, tmp_path):
    _same_result(analyse_file(sample_path, scheduler=dask_cluster), sample_result)
    out = tmp_path / "dask"
    run = subprocess.run([str(BIN / "spaser"), "consult", str(sample_path), "-o", str(out), "--scheduler", dask_cluster],
                         capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (sample_run / name).read_bytes(), name


@pytest.mark.slow
def test_consult_in_local_processes_gives_the_local_result(sample_path, sample_result):
    _same_result(analyse_file(sample_path, workers=2), sample_result)


@pytest.mark.slow
def test_unreachable_scheduler_is_one_clear_line(sample_path, tmp_path, free_port):
    address = f"tcp://127.0.0.1:{free_port}"
    run = subprocess.run([str(BIN / "spaser"), "consult", str(sample_path), "-o", str(tmp_path / "out"),
                          "--scheduler", address], capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 1
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot reach the Dask scheduler at " + address), run.stderr
    assert not (tmp_path / "out").exists()


def test_scheduler_and_workers_exclude_each_other():
    from spaser_nlp.errors import InputError

    with pytest.raises(InputError, match="either a Dask scheduler or a number of workers") as both:
        analyse(pd.DataFrame({"text": ["Plus de bio à la cantine"] * 3}), scheduler="tcp://127.0.0.1:1", workers=2)
    assert both.value.options == ("scheduler", "workers")


def _tfidf_vectors() -> tuple[np.ndarray, pd.DataFrame]:
    from spaser_nlp.embed import TfidfEmbedder

    table = pd.read_csv(Path(__file__).resolve().parents[2] / "corpora" / "consultation" / "sample-contributions.csv",
                        dtype=str, keep_default_na=False)
    texts = [t for t in table["text"] if len(t.split()) >= 3]
    return TfidfEmbedder().encode(texts), table


def test_chunked_clustering_equals_one_chunk(monkeypatch):
    from spaser_nlp.consult import cluster

    vectors, _ = _tfidf_vectors()
    # Two copies with a little noise: enough rows for several chunks and for the micro-clusters.
    noise = np.random.default_rng(0).normal(scale=0.02, size=vectors.shape).astype(np.float32)
    x = np.vstack([vectors, vectors + noise])
    n = x.shape[0]
    clusterable = np.ones(n, dtype=bool)
    clusterable[::17] = False
    unit_of = np.arange(n)
    unit_of[5::23] = 0
    kwargs = {"clusterable": clusterable, "unit_of": unit_of,
              "settings": cluster.ClusterSettings(micro_threshold=60)}
    whole = cluster.cluster_embeddings(x, **kwargs)
    monkeypatch.setattr(cluster, "CHUNK_ROWS", 16)
    chunked = cluster.cluster_embeddings(x, **kwargs)
    assert whole.centroids.shape[0] >= 2
    np.testing.assert_array_equal(whole.centroids, chunked.centroids)
    # BLAS may take another path for a 16-row product: the last bit of a similarity can differ.
    np.testing.assert_allclose(whole.similarities, chunked.similarities, rtol=0, atol=1e-6)
    np.testing.assert_array_equal(whole.primary, chunked.primary)
    assert whole.memberships == chunked.memberships
    assert whole.threshold == pytest.approx(chunked.threshold, abs=1e-6)


def test_memberships_follow_the_per_row_rule():
    from spaser_nlp.consult.cluster import ClusterSettings, assign_similarities

    rng = np.random.default_rng(3)
    for trial in range(60):
        n, k = int(rng.integers(1, 80)), int(rng.integers(1, 6))
        # Few distinct values: many ties, many similarities right at the cut-offs.
        sims = rng.choice(np.linspace(0.2, 0.5, 13), size=(n, k)).astype(np.float32 if trial % 2 else np.float64)
        settings = ClusterSettings(assign_threshold=float(rng.choice([0.25, 0.3, 0.35])), secondary_margin=0.025)
        primary, _, memberships, threshold = assign_similarities(sims, settings)
        best = sims.max(axis=1)
        for i in range(n):
            if primary[i] < 0:
                assert memberships[i] == []
                continue
            order = np.argsort(-sims[i], kind="stable")
            close = [int(j) for j in order[1:] if sims[i, j] >= max(threshold, best[i] - settings.secondary_margin)]
            assert memberships[i] == [int(primary[i]), *close[:2]], (trial, i)


def test_a_big_campaign_is_one_group_and_distinct_texts_stay_apart():
    from spaser_nlp.consult.dedup import find_duplicate_groups

    campaign = [f"Nous demandons des repas bio et locaux dans toutes les cantines de la ville, signé {i % 9}"
                for i in range(120)]
    others = [f"Contribution {i} : {word} pour les marchés publics de la métropole"
              for i, word in enumerate(["clauses sociales", "réemploi du mobilier", "paiement rapide des PME"] * 20)]
    groups = find_duplicate_groups(others[:30] + campaign + others[30:])
    assert len({groups[i] for i in range(30, 150)}) == 1 and groups[30] >= 0
    assert sum(g == groups[30] for g in groups) == 120


@pytest.mark.slow
def test_capped_workbook_keeps_every_row_in_the_csv(tmp_path, monkeypatch):
    from spaser_nlp.consult import write

    _, table = _tfidf_vectors()
    result = analyse(table, settings=ConsultSettings(embedder="tfidf", themes=False, segment_topics=False))
    monkeypatch.setattr(write, "XLSX_MAX_ROWS", 50)
    write_result(result, tmp_path, report=False)
    assert len(pd.read_csv(tmp_path / "assignments.csv", dtype=str)) == 122
    sheets = pd.read_excel(tmp_path / "assignments.xlsx", sheet_name=None, dtype=str)
    assert list(sheets) == ["Enjeux", "Contributions", "Doublons et campagnes", "Méthode", "Note"]
    assert list(sheets["Contributions"]["Identifiant"]) == list(result.contributions["id"][:50])
    assert len(sheets["Enjeux"]) == len(result.issues)
    assert "50 premières contributions sur 122" in sheets["Note"].iloc[0, 0]


@pytest.mark.slow
def test_shared_cache_vectors_equal_copies():
    from spaser_nlp.embed import CachedEmbedder, get_embedder

    texts = ["Plus de bio à la cantine", "Des clauses d'insertion", "Plus de bio à la cantine", "Réemploi du mobilier"]
    copies = CachedEmbedder(get_embedder("use")).encode(texts)
    cache = CachedEmbedder(get_embedder("use"))
    shared = cache.encode(texts, shared=True)
    np.testing.assert_array_equal(shared, copies)
    assert not shared.flags.writeable
    np.testing.assert_array_equal(cache.encode(texts[::-1]), copies[::-1])
