"""The embedding and clustering results hold whatever BLAS kernels the CPU gets.

OpenBLAS (inside numpy's and scipy's wheels) picks its kernels for the CPU at run time; ``OPENBLAS_CORETYPE``
forces a family, so one machine can stand in for others. Each run is a fresh process (the variable is read
when the library loads):

- the embedding and clustering tests pass under each kernel family;
- the same texts get the same vectors up to float32 rounding (cosine >= 0.99999), the same issues
  (same number, same assignment of every contribution) and the same themes from the shipped theme model
  under every family.

Results are *not* expected to be equal to the bit across families: products are summed in another order.
Only the families the CPU can execute are forced: SkylakeX's kernels use AVX-512, and a CPU without it (many AMD EPYC
and desktop chips) kills the process with an illegal instruction; those runs are skipped and say why.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
CORETYPES = ("Haswell", "SkylakeX", "Sandybridge")
#: The instruction sets each family's kernels use (Linux /proc/cpuinfo flag names).
NEEDS = {"Haswell": ("avx2", "fma"), "SkylakeX": ("avx512f", "avx512bw", "avx512dq", "avx512vl"), "Sandybridge": ("avx",)}


def _cpu_flags() -> frozenset[str] | None:
    """The CPU's feature flags, or None where /proc/cpuinfo does not say (then every family is tried)."""
    try:
        lines = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    flags = next((line.split(":", 1)[1].split() for line in lines if line.startswith("flags")), None)
    return frozenset(flags) if flags is not None else None


FLAGS = _cpu_flags()
RUNNABLE = tuple(c for c in CORETYPES if FLAGS is None or set(NEEDS[c]) <= FLAGS)
#: Tests re-run under each family: USE's forward pass, the embedding cache, chunked clustering, the shipped
#: theme model (whose features include USE embeddings).
TESTS = (
    "tests/embed/test_use_forward.py",
    "tests/embed/test_embed.py::test_use_is_deterministic_and_cached",
    "tests/consult/test_scale.py::test_chunked_clustering_equals_one_chunk",
    "tests/consult/test_scale.py::test_shared_cache_vectors_equal_copies",
    "tests/classify/test_shipped_model.py",
)

PROBE = """
import sys
import numpy as np
import pandas as pd
from threadpoolctl import threadpool_info
from spaser_nlp.consult.cluster import cluster_embeddings
from spaser_nlp.embed import get_embedder

table = pd.read_csv("corpora/consultation/sample-contributions.csv", dtype=str, keep_default_na=False)
texts = [t for t in table["text"] if len(t.split()) >= 3]
vectors = get_embedder("use").encode(texts)
n = len(texts)
found = cluster_embeddings(vectors, clusterable=np.ones(n, dtype=bool), unit_of=np.arange(n))
from spaser_nlp.classify.corpus import load_corpus, split_passages
from spaser_nlp.classify import load_theme_scorer

passages = [p.text for p in split_passages(load_corpus(), "test")][:300]
scorer = load_theme_scorer("default")
proba = scorer.predict_proba(passages)
themes = (proba >= scorer.thresholds_).astype(np.int8)
kernels = sorted({str(i.get("architecture")) for i in threadpool_info() if i.get("internal_api") == "openblas"})
np.savez(sys.argv[1], vectors=vectors, primary=found.primary, centroids=found.centroids,
         proba=proba, themes=themes, kernels=np.array(kernels))
"""


def _env(coretype: str) -> dict[str, str]:
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "OPENBLAS_CORETYPE": coretype, "PYTHONPATH": path, "SPASER_NLP_CACHE": "off"}


def _run(args: list[str], coretype: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, env=_env(coretype), capture_output=True, text=True, timeout=600)


@pytest.mark.slow
@pytest.mark.parametrize("coretype", CORETYPES)
def test_embedding_and_clustering_tests_pass_under(coretype: str) -> None:
    if coretype not in RUNNABLE:
        pytest.skip(f"this CPU lacks {', '.join(sorted(set(NEEDS[coretype]) - (FLAGS or set())))}, which {coretype}'s "
                    "kernels need: forcing them would end the process on an illegal instruction")
    done = _run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", *TESTS], coretype)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and " skipped" not in done.stdout, done.stdout[-2000:]


@pytest.mark.slow
def test_vectors_and_issues_agree_across_kernel_families(tmp_path: Path) -> None:
    if len(RUNNABLE) < 2:
        pytest.skip(f"this CPU can run only {RUNNABLE} of the kernel families {CORETYPES}: nothing to compare")
    runs = {}
    for coretype in RUNNABLE:
        out = tmp_path / f"{coretype}.npz"
        done = _run([sys.executable, "-c", PROBE, str(out)], coretype)
        assert done.returncode == 0, done.stderr[-3000:]
        with np.load(out) as data:
            runs[coretype] = {key: data[key] for key in data.files}
        assert runs[coretype]["kernels"].tolist() == [coretype]  # the family asked for is the one used
    reference = runs[RUNNABLE[0]]
    assert len(reference["centroids"]) >= 2
    for coretype in RUNNABLE[1:]:
        other = runs[coretype]
        cosines = np.einsum("ij,ij->i", reference["vectors"], other["vectors"])
        assert cosines.min() >= 0.99999, coretype
        assert np.array_equal(other["primary"], reference["primary"]), coretype
        assert np.abs(other["centroids"] - reference["centroids"]).max() < 1e-5, coretype
        assert np.abs(other["proba"] - reference["proba"]).max() < 1e-4, coretype
        assert np.array_equal(other["themes"], reference["themes"]), coretype
