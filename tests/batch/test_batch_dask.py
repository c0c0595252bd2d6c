"""`spaser batch --scheduler`: the same run on a real local Dask cluster (one scheduler, two workers)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

pytest.importorskip("distributed")

BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for_workers(address: str, count: int, timeout: float) -> None:
    from distributed import Client

    with Client(address, timeout="20s", set_as_default=False) as client:
        client.wait_for_workers(count, timeout=timeout)


@pytest.fixture()
def dask_cluster(tmp_path: Path) -> Iterator[str]:
    """A `dask scheduler` and two `dask worker` processes on 127.0.0.1, torn down afterwards."""
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    common = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "cwd": tmp_path}
    processes = [
        subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                          "--dashboard-address", ":0", "--no-show"], **common)
    ]
    try:
        for _ in range(2):
            processes.append(subprocess.Popen(
                [str(BIN / "dask"), "worker", address, "--nthreads", "1", "--no-nanny", "--host", "127.0.0.1",
                 "--dashboard-address", ":0", "--local-directory", str(tmp_path)], **common))
        _wait_for_workers(address, 2, timeout=60)
        yield address
    finally:
        # Workers hold no state worth a graceful shutdown; the scheduler gets a few seconds.
        for process in processes[1:]:
            process.kill()
        processes[0].terminate()
        for process in processes:
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


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
