"""Hostile and messy documents through the real CLI: one clean line, the right exit code, bounded time and memory.

Every file comes from ``corpora/hostile/generate_documents.py`` (written into a temporary folder).
Each case runs ``spaser`` in a subprocess and checks the exit code (2 bad input, 3 missing
dependency), a single ``error: <file>: ...`` line that says what to do, no traceback, and the wall
time and peak resident memory of the whole process tree (OCR and batch workers included).
The bounds are loose enough for a loaded CI machine; the README's table has the measured figures.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


sys.path.insert(0, str(HERE))
import harness  # noqa: E402

generator = harness.document_generator()
run_cli, assert_clean_error, cli_env = harness.run_cli, harness.assert_clean_error, harness.cli_env

# A refused file is refused before anything big is decoded: the process stays near the interpreter's size.
REFUSED_MIB = 400
REFUSED_SECONDS = 60
_FAST = [name for name in generator.CASES if name not in {"schema-300.pdf"}]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    generator.generate(folder, only=_FAST)
    return folder


REFUSED = [
    # (file, command, exit code, words the message must hold)
    ("empty.pdf", "text", 2, ["empty", "re-download"]),
    ("truncated.pdf", "text", 2, ["damaged", "repair"]),
    ("html-saved-as.pdf", "text", 2, ["not a PDF", "re-download"]),
    pytest.param("random-bytes.pdf", "text", 2, ["damaged"], marks=pytest.mark.slow),
    ("archive.docx", "text", 2, ["unsupported file type"]),
    ("no-pages.pdf", "text", 2, ["no pages"]),
    ("missing.pdf", "text", 2, ["no such file"]),
    ("bomb-30000.png", "text", 2, ["900 Mpx", "downscale"]),          # D3
    pytest.param("bomb-30000.png", "extract", 2, ["900 Mpx", "downscale"], marks=pytest.mark.slow),  # D3
    ("bomb-30000.tiff", "text", 2, ["900 Mpx", "downscale"]),         # D3
    pytest.param("bomb-30000.tiff", "extract", 2, ["900 Mpx"], marks=pytest.mark.slow),  # D3
    ("truncated.png", "text", 2, ["truncated", "re-export"]),
    pytest.param("truncated.jpg", "text", 2, ["truncated", "re-export"], marks=pytest.mark.slow),
    pytest.param("truncated.tiff", "text", 2, ["truncated", "re-export"], marks=pytest.mark.slow),
    ("large-12000.png", "text", 2, ["12000 x 10000", "--max-megapixels"]),
    ("huge-page.pdf", "text", 2, ["200 x 200 in", "--max-megapixels"]),  # D7
    ("flate-bomb.pdf", "text", 2, ["256 MiB", "--max-stream-mib"]),      # D8
    ("image-bomb.pdf", "text", 2, ["256 MiB", "--max-stream-mib"]),      # D8
    ("qq-bomb.pdf", "text", 2, ["drawing operators", "--max-operators"]),  # D9
    pytest.param("qq-bomb.pdf", "extract", 2, ["--max-operators"], marks=pytest.mark.slow),  # D9
    ("qq-plain.pdf", "text", 2, ["1,000,000 drawing operators"]),
    ("lzw-bomb.pdf", "text", 2, ["256 MiB", "--max-stream-mib"]),
    ("hex-flate-bomb.pdf", "text", 2, ["256 MiB", "--max-stream-mib"]),
    pytest.param("runlength-bomb.pdf", "text", 2, ["256 MiB", "--max-stream-mib"], marks=pytest.mark.slow),
    pytest.param("a85-qq-bomb.pdf", "text", 2, ["drawing operators", "--max-operators"], marks=pytest.mark.slow),
    ("dct-bomb.pdf", "text", 2, ["60000 x 60000 px", "--max-stream-mib"]),
    ("qq-encrypted.pdf", "text", 2, ["1,000,000 drawing operators"]),
    ("encrypted.pdf", "text", 2, ["encrypted", "--password"]),
]


def _case_id(case: object) -> str:
    values = case.values if hasattr(case, "values") else case  # a pytest.param or a plain tuple
    return f"{values[1]}-{values[0]}"


@pytest.mark.parametrize(("name", "command", "code", "words"), REFUSED, ids=[_case_id(c) for c in REFUSED])
def test_refused_cleanly(hostile: Path, name: str, command: str, code: int, words: list[str]) -> None:
    run = run_cli([command, name], timeout=REFUSED_SECONDS, cwd=hostile)
    assert_clean_error(run, name, code, *words)
    assert run.peak_mib < REFUSED_MIB, run.describe()


@pytest.mark.parametrize("command", ["extract", *(pytest.param(c, marks=pytest.mark.slow) for c in ("structure", "clean", "themes"))])
def test_encrypted_message_fits_commands_without_password(hostile: Path, command: str) -> None:
    """D16: commands that have no --password do not tell the user to give one with --password."""
    run = run_cli([command, "encrypted.pdf"], timeout=REFUSED_SECONDS, cwd=hostile)
    assert_clean_error(run, "encrypted.pdf", 2, "encrypted", "qpdf", "spaser ingest --password")
    assert "give its password with --password" not in run.stderr


def test_encrypted_with_password(hostile: Path) -> None:
    wrong = run_cli(["text", "encrypted.pdf", "--password", "nope"], timeout=REFUSED_SECONDS, cwd=hostile)
    assert_clean_error(wrong, "encrypted.pdf", 2, "wrong")
    right = run_cli(["text", "encrypted.pdf", "--password", "secret"], timeout=REFUSED_SECONDS, cwd=hostile)
    assert right.returncode == 0, right.describe()
    assert "Axe 1" in right.stdout


def test_folder_instead_of_file(hostile: Path, tmp_path: Path) -> None:
    run = run_cli(["text", str(tmp_path)], timeout=REFUSED_SECONDS)
    assert_clean_error(run, tmp_path, 2, "not a file")


@pytest.mark.ocr
def test_missing_language_pack_is_exit_3(hostile: Path) -> None:
    run = run_cli(["text", "a0-poster.pdf", "--lang", "zzz", "--dpi", "72"],
                  timeout=REFUSED_SECONDS, cwd=hostile)
    # The page has no text layer, so it goes to OCR, which needs a language pack that does not exist.
    assert_clean_error(run, "a0-poster.pdf", 3, "zzz", "install")


def test_max_pages(hostile: Path) -> None:
    """D12: a 2,000-page PDF is refused at once under --max-pages 1000 (the default, 5000, reads it)."""
    run = run_cli(["text", "long-2000.pdf", "--max-pages", "1000"], timeout=REFUSED_SECONDS, cwd=hostile)
    assert_clean_error(run, "long-2000.pdf", 2, "has 2000 pages", "--max-pages")
    assert run.seconds < 30, run.describe()


def test_raised_limit_is_honoured(hostile: Path) -> None:
    """The same stream limit, raised, lets the operator limit speak: each check has its own flag."""
    run = run_cli(["text", "qq-bomb.pdf", "--max-stream-mib", "1024", "--max-operators", "100000"],
                  timeout=REFUSED_SECONDS, cwd=hostile)
    assert_clean_error(run, "qq-bomb.pdf", 2, "100,000 drawing operators")


def test_reading_progress_on_a_terminal(hostile: Path) -> None:
    """D12: a long text PDF shows a page-reading bar on stderr when stderr is a terminal, nothing in a pipe."""
    import pty

    master, slave = pty.openpty()
    env = cli_env({"TERM": "xterm", "COLUMNS": "120"})
    env.pop("NO_COLOR", None)
    process = subprocess.Popen([*harness.SPASER, "text", "long-60.pdf"], cwd=hostile, env=env,
                               stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert process.wait(timeout=120) == 0
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert "reading" in shown and "long-60.pdf" in shown, shown[-500:]
    piped = run_cli(["text", "long-60.pdf"], timeout=120, cwd=hostile)
    assert piped.returncode == 0 and piped.stderr.strip() == "", piped.describe()


# -------------------------------------------------------------------------------------------------------------
# Batch: per-document time budget, and no process left behind


def _marked(marker: str) -> list[int]:
    """Pids of the live processes whose environment carries ``marker`` (the command and all it started)."""
    import psutil

    found = []
    for process in psutil.process_iter(["pid"]):
        try:
            if process.environ().get("SPASER_HOSTILE_MARK") == marker and process.status() != psutil.STATUS_ZOMBIE:
                found.append(process.pid)
        except psutil.Error:
            continue
    return found


def _wait_gone(marker: str, seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    left = _marked(marker)
    while left and time.monotonic() < deadline:
        time.sleep(0.2)
        left = _marked(marker)
    return left


@pytest.mark.slow
def test_batch_timeout_fails_the_document_and_finishes(hostile: Path, tmp_path: Path) -> None:
    """D9: a document that never finishes (here the `q Q` bomb, with the limits off, held by a test hook: since the
    bomb is no longer handed to pdfminer, nothing in the pipeline hangs on it any more) is stopped by --timeout,
    and the batch goes on."""
    pytest.importorskip("psutil")
    marker = uuid.uuid4().hex
    db = tmp_path / "runs.duckdb"
    # Three good documents taking 4 s each share the two workers with the bomb: the one in flight when the bomb's
    # worker is killed starts again on the new pool; none of them is lost, failed or stored twice.
    goods = []
    for index in range(3):
        good = tmp_path / f"good{index}.txt"
        good.write_text(f"Axe {index} : réduire de 40 % les émissions des achats.\n", encoding="utf-8")
        goods.append(good)
    args = ["batch", "qq-bomb.pdf", *goods, "--db", db, "--stages", "ingest", "--workers", "2", "--json-log",
            "--timeout", "12", "--max-operators", "0", "--max-stream-mib", "0"]
    env = {"SPASER_HOSTILE_MARK": marker, "SPASER_BATCH_TEST_DELAY": "4", "SPASER_BATCH_TEST_HANG": "qq-bomb"}
    run = run_cli(args, timeout=240, cwd=hostile, env=env)
    assert not run.timed_out and run.returncode == 1, run.describe()
    assert "Traceback" not in run.stderr
    documents = [r for r in map(json.loads, run.stdout.splitlines()) if r.get("event") == "document"]
    records = {r["doc_id"]: r for r in documents}
    assert len(documents) == len(records) == 4, documents
    assert all(records[f"good{index}"]["status"] == "ok" for index in range(3)), documents
    assert records["qq-bomb"]["status"] == "failed" and records["qq-bomb"]["error"].startswith("timeout"), documents
    assert _wait_gone(marker, 10) == []
    # The rerun does not hang on it again: stored as failed, it is skipped.
    rerun = run_cli(args, timeout=60, cwd=hostile, env={"SPASER_HOSTILE_MARK": marker})
    assert rerun.returncode == 0, rerun.describe()
    summary = json.loads(rerun.stdout.splitlines()[-1])
    assert summary["skipped"] == 4 and summary["processed"] == 0


@pytest.mark.slow
def test_batch_default_limits_refuse_bombs_quickly(hostile: Path, tmp_path: Path) -> None:
    """D8/D9 in a batch with the default limits: failed with the limit's message, each within seconds."""
    files = ["qq-bomb.pdf", "flate-bomb.pdf", "image-bomb.pdf", "huge-page.pdf", "bomb-30000.png", "good.txt"]
    run = run_cli(["batch", *files, "--db", tmp_path / "r.duckdb", "--stages", "ingest", "--workers", "2",
                   "--json-log"], timeout=180, cwd=hostile)
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.describe()
    records = {r["doc_id"]: r for r in map(json.loads, run.stdout.splitlines()) if r.get("event") == "document"}
    assert records.pop("good")["status"] == "ok"
    assert {r["status"] for r in records.values()} == {"failed"}
    assert all(("--max-" in r["error"] or "downscale" in r["error"]) and r["seconds"] < 30
               for r in records.values()), records
    assert run.peak_mib < 2048, run.describe()


@pytest.mark.slow
def test_kill_9_of_batch_leaves_no_process(hostile: Path, tmp_path: Path) -> None:
    """D17: `kill -9` of `spaser batch` while its workers run: the workers, the forkserver and the resource
    tracker all exit on their own within seconds."""
    pytest.importorskip("psutil")
    marker = uuid.uuid4().hex
    for index in range(3):
        (tmp_path / f"doc{index}.txt").write_text(f"Axe {index} : réduire de 40 % les émissions.\n", encoding="utf-8")
    env = cli_env({"SPASER_HOSTILE_MARK": marker, "SPASER_BATCH_TEST_DELAY": "300"})
    process = subprocess.Popen([*harness.SPASER, "batch", str(tmp_path), "--db", str(tmp_path / "r.duckdb"),
                                "--stages", "ingest", "--workers", "2", "--quiet"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 90
        # The driver, the forkserver and two workers (the resource tracker too, where it is used).
        while len(_marked(marker)) < 4 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.2)
        assert len(_marked(marker)) >= 4, "the batch never started its workers"
        time.sleep(1.0)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        left = _wait_gone(marker, 15)
        assert left == [], f"processes left after kill -9: {left}"
    finally:
        for pid in _marked(marker):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


@pytest.mark.slow
@pytest.mark.ocr
def test_kill_9_of_text_leaves_no_ocr_worker(tmp_path: Path) -> None:
    """`kill -9` of `spaser text` while its OCR page workers (forked) run: they exit on their own."""
    pytest.importorskip("psutil")
    scan = ROOT / "corpora" / "samples" / "departement-exemple" / "departement-exemple-scan.pdf"
    marker = uuid.uuid4().hex
    env = cli_env({"SPASER_HOSTILE_MARK": marker})
    process = subprocess.Popen([*harness.SPASER, "text", str(scan), "--workers", "2", "--ocr", "always"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 90
        while len(_marked(marker)) < 3 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.1)
        assert len(_marked(marker)) >= 3, "the OCR workers never started"
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        left = _wait_gone(marker, 15)
        assert left == [], f"processes left after kill -9: {left}"
    finally:
        for pid in _marked(marker):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


# -------------------------------------------------------------------------------------------------------------
# Real documents stay within the defaults


@pytest.mark.slow
@pytest.mark.ocr
def test_a0_poster_rendered_at_lower_dpi(hostile: Path) -> None:
    """An A0 page without text is rendered below 300 dpi to fit the pixel limit, with bounded memory."""
    run = run_cli(["ingest", "a0-poster.pdf", "--workers", "1"], timeout=240, cwd=hostile)
    # The poster is a bare frame: OCR finds no text, and says so.
    assert_clean_error(run, "a0-poster.pdf", 2, "no text")
    assert run.peak_mib < 1024, run.describe()


@pytest.mark.slow
def test_300_page_schema_within_defaults(tmp_path: Path) -> None:
    """A real-looking 300-page schéma (text, headings, indicator tables) is read whole under the default limits."""
    generator.generate(tmp_path, only=["schema-300.pdf"])
    run = run_cli(["ingest", "schema-300.pdf", "-o", "out.json", "--ocr", "never"], timeout=600, cwd=tmp_path)
    assert run.returncode == 0, run.describe()
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert document["page_count"] == 300
    assert run.peak_mib < 1536, run.describe()


def test_large_page_rendered_at_lower_dpi_with_a_warning(hostile: Path) -> None:
    """An A0 page goes to OCR at the dpi that fits the pixel limit, and its page says so; a smaller limit refuses it."""
    from spaser_nlp.errors import LimitExceededError
    from spaser_nlp.ingest.ocr import OcrSettings
    from spaser_nlp.ingest.pdf import open_pdf, route_pages
    from spaser_nlp.limits import Limits

    path = hostile / "a0-poster.pdf"
    pdf = open_pdf(path)
    try:
        (job,) = route_pages(path, pdf, ocr="always", settings=OcrSettings(), dpi=300, password=None)
        assert job.dpi == 196 and "rendered at 196 dpi" in job.warnings[-1]
        (job,) = route_pages(path, pdf, ocr="always", settings=OcrSettings(), dpi=150, password=None)
        assert job.dpi == 150 and not job.warnings
        with pytest.raises(LimitExceededError, match="--max-megapixels"):
            route_pages(path, pdf, ocr="always", settings=OcrSettings(), dpi=300, password=None,
                        limits=Limits(max_pixels=10_000_000))
    finally:
        pdf.close()


@pytest.mark.parametrize("name", ["qq-bomb.pdf", "qq-padded.pdf", "qq-plain.pdf", "qq-encrypted.pdf", "flate-bomb.pdf",
                                  "image-bomb.pdf", "lzw-bomb.pdf", "runlength-bomb.pdf", "hex-flate-bomb.pdf",
                                  "a85-qq-bomb.pdf", "dct-bomb.pdf"])
def test_stream_check_catches_every_disguise(hostile: Path, name: str) -> None:
    """The stream pass finds the bomb however it is stored, and stops early (seconds, whatever it expands to)."""
    from spaser_nlp.errors import LimitExceededError
    from spaser_nlp.limits import DEFAULT_LIMITS, Limits, check_pdf_streams

    path = hostile / name
    started = time.perf_counter()
    with pytest.raises(LimitExceededError, match="--max-"):
        check_pdf_streams(path.read_bytes(), path, DEFAULT_LIMITS)
    assert time.perf_counter() - started < 10
    check_pdf_streams(path.read_bytes(), path, Limits(max_stream_bytes=None, max_operators=None))  # both off


def test_stream_check_passes_real_documents() -> None:
    """The sample schéma and its scan pass the default stream limits (no false alarm on ordinary PDFs)."""
    from spaser_nlp.limits import DEFAULT_LIMITS, check_pdf_streams

    samples = sorted((ROOT / "corpora" / "samples").glob("*/*.pdf"))
    assert samples
    for path in samples:
        check_pdf_streams(path.read_bytes(), path, DEFAULT_LIMITS)


def test_complex_page_refused_without_ocr(hostile: Path) -> None:
    """pdfium counts a page's objects before pdfminer reads it: 300,000 objects is too many for the text layer."""
    run = run_cli(["text", "complex-page.pdf", "--ocr", "never"], timeout=REFUSED_SECONDS, cwd=hostile)
    assert_clean_error(run, "complex-page.pdf", 2, "300,001 objects", "--max-operators")
    assert run.peak_mib < REFUSED_MIB, run.describe()


@pytest.mark.slow
@pytest.mark.ocr
def test_complex_page_is_ocr_read(hostile: Path) -> None:
    """With OCR allowed, the same page is rendered by pdfium and OCR'd (seconds), with a warning on the page."""
    run = run_cli(["ingest", "complex-page.pdf", "--workers", "1"], timeout=300, cwd=hostile)
    assert run.returncode == 0, run.describe()
    page = json.loads(run.stdout)["pages"][0]
    assert page["source"] == "ocr" and any("300,001 objects" in warning for warning in page["warnings"])
    assert "40 %" in json.loads(run.stdout)["text"]
    assert run.peak_mib < 1024, run.describe()


def _warm_worker() -> None:
    """Import the pipeline in a Dask worker before the batch starts, so that no document's budget pays for it."""
    import spaser_nlp.batch.worker  # noqa: F401
    import spaser_nlp.ingest  # noqa: F401
    import spaser_nlp.pipeline  # noqa: F401


@pytest.mark.slow
def test_dask_timeout_fails_the_document_and_finishes(hostile: Path, tmp_path: Path) -> None:
    """--timeout on a Dask cluster (a real LocalCluster, two single-threaded worker processes): the `q Q` bomb,
    with the limits that refuse it at once turned off, takes pdfium seconds per pass; past 5 s it is recorded
    failed with a timeout error, its worker is restarted by its nanny, the good documents are all stored once."""
    pytest.importorskip("distributed")
    from distributed import Client, LocalCluster

    goods = []
    for index in range(3):
        good = tmp_path / f"good{index}.txt"
        good.write_text(f"Axe {index} : réduire de 40 % les émissions des achats.\n", encoding="utf-8")
        goods.append(good)
    db = tmp_path / "dask.duckdb"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        client.run(_warm_worker)
        before = set(client.scheduler_info()["workers"])
        # Absolute paths: the workers do not share the driver's working folder.
        args = ["batch", hostile / "qq-bomb.pdf", *goods, "--db", db, "--stages", "ingest", "--json-log", "--timeout", "5",
                "--max-operators", "0", "--max-stream-mib", "0", "--scheduler", cluster.scheduler_address]
        run = run_cli(args, timeout=300, cwd=hostile)
        assert not run.timed_out and run.returncode == 1, run.describe()
        assert "Traceback" not in run.stderr, run.describe()
        documents = [r for r in map(json.loads, run.stdout.splitlines()) if r.get("event") == "document"]
        records = {r["doc_id"]: r for r in documents}
        assert len(documents) == len(records) == 4, documents
        assert all(records[f"good{index}"]["status"] == "ok" for index in range(3)), documents
        bomb = records["qq-bomb"]
        assert bomb["status"] == "failed" and bomb["error"].startswith("timeout: not done after 5 s"), bomb
        # The bomb's worker was replaced by a fresh one; the cluster still has two.
        client.wait_for_workers(2, timeout=60)
        assert len(set(client.scheduler_info()["workers"]) - before) >= 1
        # A rerun skips the stored failure instead of hanging on it again.
        rerun = run_cli(args, timeout=120, cwd=hostile)
        assert rerun.returncode == 0, rerun.describe()
        assert json.loads(rerun.stdout.splitlines()[-1])["skipped"] == 4
