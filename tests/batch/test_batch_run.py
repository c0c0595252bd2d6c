"""run_batch and `spaser batch`: inputs, resume, bad documents, kill -9, exports."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from spaser_nlp.batch import expand_inputs, run_batch
from spaser_nlp.batch.runner import largest_first
from spaser_nlp.batch.worker import DocumentTask
from spaser_nlp.errors import InputError

SAMPLES = Path(__file__).resolve().parents[2] / "corpora" / "samples"
SPASER = [sys.executable, "-m", "spaser_nlp"]


def _write_documents(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"schema-{index:03d}.txt"
        path.write_text(f"Axe {index}\n\nRéaliser {index} 000 heures d'insertion par an.\fAnnexe {index}", encoding="utf-8")
        paths.append(path)
    return paths


def _query(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as connection:
        return connection.execute(sql).fetchall()


def test_inputs_are_files_folders_and_globs_with_stable_unique_ids(tmp_path: Path) -> None:
    _write_documents(tmp_path / "a", 2)
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "schema-000.txt").write_text("autre", encoding="utf-8")
    (tmp_path / "b" / "schema-000.pdf").write_bytes(b"%PDF-1.4")
    items = expand_inputs([tmp_path / "a", str(tmp_path / "b" / "*"), tmp_path / "a" / "schema-000.txt"])
    assert [item.doc_id for item in items] == ["a/schema-000.txt", "schema-001", "schema-000.pdf", "b/schema-000.txt"]
    assert len({item.doc_id for item in items}) == len(items)  # the same file named twice is taken once
    with pytest.raises(InputError, match="matches no file"):
        expand_inputs([str(tmp_path / "*.docx")])
    with pytest.raises(InputError, match="no such file"):
        expand_inputs([tmp_path / "missing"])


def test_biggest_documents_start_first_and_ties_keep_their_order(tmp_path: Path) -> None:
    sizes = {"a": 10, "b": 5_000, "c": 10, "d": 700}
    for name, size in sizes.items():
        (tmp_path / name).write_bytes(b"x" * size)
    tasks = [DocumentTask(str(tmp_path / name), name, "v") for name in [*sizes, "gone"]]
    assert [task.doc_id for task in largest_first(tasks)] == ["b", "d", "a", "c", "gone"]


@pytest.mark.slow
def test_resume_skips_done_documents_and_redoes_changed_or_failed_ones(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    paths = _write_documents(docs, 4)
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not a PDF body")
    db = tmp_path / "results.duckdb"

    first = run_batch([docs], db, workers=1, stages=["ingest"])
    assert (first.ok, first.failed, first.skipped, first.exit_code) == (4, 1, 0, 1)
    assert first.failures[0][0] == "broken" and "broken.pdf" in first.failures[0][1]

    again = run_batch([docs], db, workers=1, stages=["ingest"])
    assert (again.processed, again.skipped) == (0, 5)  # failed ones too, unless asked

    paths[0].write_text("Un autre contenu", encoding="utf-8")
    retry = run_batch([docs], db, workers=1, stages=["ingest"], retry_failed=True)
    assert (retry.ok, retry.failed, retry.skipped) == (1, 1, 3)

    other_pipeline = run_batch([docs], db, workers=1, stages=["ingest"], dpi=200)
    assert other_pipeline.processed == 5

    assert _query(db, "SELECT count(*), count(DISTINCT doc_id) FROM documents") == [(5, 5)]
    assert _query(db, "SELECT count(*) FROM pages") == [(3 * 2 + 1,)]
    assert _query(db, "SELECT status, error LIKE '%broken.pdf%' FROM documents WHERE doc_id = 'broken'") == [
        ("failed", True)
    ]
    assert _query(db, "SELECT count(*) FROM runs WHERE finished_at IS NOT NULL") == [(4,)]


@pytest.mark.slow
def test_cli_bad_document_does_not_stop_the_batch_and_export_works(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    _write_documents(docs, 3)
    (docs / "empty.txt").write_bytes(b"")
    db = tmp_path / "results.duckdb"
    run = subprocess.run(
        [*SPASER, "batch", str(docs), "--db", str(db), "--workers", "2", "--stages", "ingest,clean", "--json-log"],
        capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 1, run.stderr
    records = [json.loads(line) for line in run.stdout.splitlines()]
    summary = records[-1]
    assert summary["event"] == "summary" and (summary["ok"], summary["failed"]) == (3, 1)
    assert summary["failures"][0]["doc_id"] == "empty" and "empty" in summary["failures"][0]["error"]
    assert sum(record["event"] == "document" for record in records) == 4
    assert _query(db, "SELECT count(*) FROM texts WHERE clean_text IS NOT NULL") == [(3,)]

    export = subprocess.run([*SPASER, "export", "--db", str(db), "--to", "csv", str(tmp_path / "csv")],
                            capture_output=True, text=True, timeout=60)
    assert export.returncode == 0, export.stderr
    assert (tmp_path / "csv" / "documents.csv").read_text(encoding="utf-8").count("\n") == 5


@pytest.mark.slow
def test_kill_9_mid_run_then_rerun_stores_every_document_exactly_once(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    count = 40
    _write_documents(docs, count)
    db = tmp_path / "results.duckdb"
    command = [*SPASER, "batch", str(docs), "--db", str(db), "--workers", "2", "--stages", "ingest", "--json-log"]
    env = {**os.environ, "SPASER_BATCH_TEST_DELAY": "0.1"}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
                               start_new_session=True)
    stored_before_kill = 0
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if json.loads(line)["event"] == "document":
                stored_before_kill += 1
            if stored_before_kill >= 8:
                break
    finally:
        os.killpg(process.pid, signal.SIGKILL)  # the driver and its worker processes, no clean-up
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert 8 <= stored_before_kill < count

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout.splitlines()[-1])
    assert summary["skipped"] >= stored_before_kill  # what was committed before the kill is not redone
    assert summary["skipped"] + summary["ok"] == count
    assert _query(db, "SELECT count(*), count(DISTINCT doc_id) FROM documents") == [(count, count)]
    assert _query(db, "SELECT count(*), count(DISTINCT (doc_id, page)) FROM pages") == [(2 * count, 2 * count)]
    assert _query(db, "SELECT count(*) FROM texts") == [(count,)]
    assert _query(db, "SELECT count(*) FROM documents WHERE status <> 'ok'") == [(0,)]


@pytest.mark.slow
def test_born_digital_pdfs_in_a_pool(tmp_path: Path) -> None:
    docs = tmp_path / "pdfs"
    docs.mkdir()
    shutil.copy(SAMPLES / "region-exemple" / "region-exemple.pdf", docs)
    _write_documents(docs, 1)
    db = tmp_path / "results.duckdb"
    summary = run_batch([docs], db, workers=2, stages=["ingest"])
    assert (summary.ok, summary.pages) == (2, 14)
    assert _query(db, "SELECT source, count(*) FROM pages GROUP BY source ORDER BY source") == [
        ("text", 2), ("text_layer", 12)
    ]
    _wait_for_children()


def _wait_for_children(timeout: float = 10.0) -> None:
    # The pool is shut down before run_batch returns; nothing may be left running.
    import multiprocessing

    deadline = time.monotonic() + timeout
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.1)


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_document_that_kills_its_worker_fails_alone(tmp_path: Path, workers: str) -> None:
    docs = tmp_path / "docs"
    _write_documents(docs, 5)
    db = tmp_path / "results.duckdb"
    env = {**os.environ, "SPASER_BATCH_TEST_CRASH": "schema-002"}
    run = subprocess.run([*SPASER, "batch", str(docs), "--db", str(db), "--workers", workers, "--stages", "ingest",
                          "--json-log"], capture_output=True, text=True, timeout=120, env=env)
    assert run.returncode == 1, run.stderr
    summary = json.loads(run.stdout.splitlines()[-1])
    assert (summary["ok"], summary["failed"]) == (4, 1)
    assert summary["failures"][0]["doc_id"] == "schema-002"
    assert "worker process died" in summary["failures"][0]["error"]
    assert _query(db, "SELECT count(*), count(DISTINCT doc_id) FROM documents") == [(5, 5)]
