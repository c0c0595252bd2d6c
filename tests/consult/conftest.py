from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpora" / "consultation" / "sample-contributions.csv"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_result():
    """The sample analysed once with the default (USE) embedder."""
    from spaser_nlp.consult import analyse_file

    return analyse_file(SAMPLE)


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory, sample_result) -> Path:
    from spaser_nlp.consult import write_result

    out = tmp_path_factory.mktemp("run_a")
    write_result(sample_result, out)
    return out
