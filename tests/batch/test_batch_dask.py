"""`spaser batch --scheduler`: the same run on a real local Dask cluster (one scheduler, two workers)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

pytest.importorskip("distributed")

BIN = Path(sys.executable).parent


@pytest.mark.slow
def test_batch_runs_on_a_dask_cluster(tmp_path: Path, dask_cluster: str) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for index in range(6):
        (docs / f"schema-{index}.txt").write_text(f"Axe {index}\n\nRéaliser {index} % d'achats.\fFin", encoding="utf-8")
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4\nbroken")
    db = tmp_path / "results.duckdb"
    command = [str(BIN / "spaser"), "batch", str(docs), "--db", str(db), "--scheduler", dask_cluster,
               "--stages", "ingest", "--json-log"]
    run = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1, run.stderr  # the broken PDF fails, the rest is stored
    summary = json.loads(run.stdout.splitlines()[-1])
    assert summary["event"] == "summary", run.stdout + run.stderr
    assert (summary["ok"], summary["failed"], summary["scheduler"]) == (6, 1, dask_cluster)
    with duckdb.connect(str(db), read_only=True) as connection:
        assert connection.execute("SELECT count(*), count(DISTINCT doc_id) FROM documents").fetchall() == [(7, 7)]
        assert connection.execute("SELECT count(*) FROM pages").fetchall() == [(12,)]

    again = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert json.loads(again.stdout.splitlines()[-1])["skipped"] == 7
