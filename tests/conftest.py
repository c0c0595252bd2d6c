"""Test-wide set-up.

The ingestion tests share page builders in ``tests/ingest/scans.py``; with
``--import-mode=importlib`` pytest no longer puts test folders on
``sys.path``, so that folder is added here and the builders import as ``scans``.
The ``dask_cluster`` fixture (a real local scheduler and two workers) serves the
batch and consultation ``--scheduler`` tests; the ``browser`` fixture (Playwright driving
Debian's chromium) the consultation report's tests.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

_INGEST_TESTS = str(Path(__file__).parent / "ingest")
if _INGEST_TESTS not in sys.path:
    sys.path.insert(0, _INGEST_TESTS)

_BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture()
def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (at the time of asking)."""
    return _free_port()


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `dask scheduler` and two single-threaded `dask worker` processes on 127.0.0.1.

    Used by ``spaser batch --scheduler`` and ``spaser consult --scheduler`` tests; torn down
    after the module.
    """
    pytest.importorskip("distributed")
    from distributed import Client

    folder = tmp_path_factory.mktemp("dask")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    common = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "cwd": folder}
    processes = [
        subprocess.Popen([str(_BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                          "--dashboard-address", ":0", "--no-show"], **common)
    ]
    try:
        for _ in range(2):
            processes.append(subprocess.Popen(
                [str(_BIN / "dask"), "worker", address, "--nthreads", "1", "--no-nanny", "--host", "127.0.0.1",
                 "--dashboard-address", ":0", "--local-directory", str(folder)], **common))
        with Client(address, timeout="20s", set_as_default=False) as client:
            client.wait_for_workers(2, timeout=60)
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


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's headless chromium driven by Playwright (no browser download); skipped without either."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (the test extra)")
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            yield launched
        finally:
            launched.close()
