"""What a user sees on a wrong path or a wrong file: one line `error: <file>: …`, exit 2, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from spaser_nlp.cli import app
from spaser_nlp.document import Document
from spaser_nlp.errors import FileMissingError, InputError, SchemaVersionError
from spaser_nlp.store import export_results
from spaser_nlp.store.duck import StoreError


def _one_line_error(result, path: Path) -> str:
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"error: {path}: "), result.output
    assert "Traceback" not in result.output
    return lines[0]


def test_export_of_a_missing_store_is_bad_input_and_creates_nothing(tmp_path: Path) -> None:
    missing, folder = tmp_path / "none.duckdb", tmp_path / "exports"
    result = CliRunner().invoke(app, ["export", "--db", str(missing), "--to", "csv", str(folder)])
    assert "write it with a batch run first" in _one_line_error(result, missing)
    # Neither the store (read only) nor the export folder was created by the failed command.
    assert not missing.exists() and not folder.exists()
    with pytest.raises(StoreError) as raised:
        export_results(missing, folder, to="csv")
    assert raised.value.exit_code == 2


def test_a_store_that_is_not_duckdb_is_bad_input(tmp_path: Path) -> None:
    fake = tmp_path / "results.duckdb"
    fake.write_text("not a database\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["export", "--db", str(fake), str(tmp_path / "out")])
    assert "give the path of a new one" in _one_line_error(result, fake)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{broken", "invalid JSON"),
        ("[1, 2]", "not a JSON object"),
        ('{"schema_version": "2.0", "pages": "x"}', "not a valid Document JSON"),
        ('{"text": "a JSON file, but not a Document"}', "schema version 0"),
        (b"\xff\xfe\x00not utf-8", "invalid JSON"),
    ],
)
def test_a_json_that_is_not_a_document(tmp_path: Path, content: str | bytes, expected: str) -> None:
    path = tmp_path / "doc.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(InputError, match=expected) as raised:
        Document.load(path)
    assert raised.value.path == str(path) and raised.value.exit_code == 2
    # `spaser themes` reads Document JSON files: the same error, as one line.
    result = CliRunner().invoke(app, ["themes", str(path)])
    assert expected in _one_line_error(result, path)


def test_document_load_errors_keep_their_class(tmp_path: Path) -> None:
    with pytest.raises(FileMissingError):
        Document.load(tmp_path / "none.json")
    old = tmp_path / "old.json"
    old.write_text('{"schema_version": "0.9"}', encoding="utf-8")
    with pytest.raises(SchemaVersionError, match="process the source file again") as raised:
        Document.load(old)
    assert raised.value.path == str(old)


SAMPLE = Path(__file__).resolve().parents[2] / "corpora" / "consultation" / "sample-contributions.csv"


@pytest.mark.parametrize("option", ["--schema", "--codebook"])
def test_consult_names_the_file_that_is_wrong(tmp_path: Path, option: str) -> None:
    # A wrong --schema or --codebook used to be reported against the contributions file.
    wrong = tmp_path / ("schema.pdf" if option == "--schema" else "codebook.yaml")
    if option == "--codebook":
        wrong.write_text("::: not a codebook [\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["--quiet", "consult", str(SAMPLE), "-o", str(tmp_path / "out"), "--embedder", "tfidf", option, str(wrong)]
    )
    _one_line_error(result, wrong)


def test_stage_commands_read_the_document_json_of_spaser_ingest(tmp_path: Path) -> None:
    # `spaser ingest` writes the Document JSON "that later stages take"; the extract error on an encrypted
    # PDF sends users there (`spaser ingest --password`): clean, structure and extract must read it.
    source = Path(__file__).resolve().parents[2] / "corpora" / "samples" / "region-exemple" / "region-exemple.txt"
    saved = tmp_path / "region-exemple.json"
    runner = CliRunner()
    assert runner.invoke(app, ["--quiet", "ingest", str(source), "-o", str(saved)]).exit_code == 0
    for command in (["extract"], ["structure", "--format", "json"], ["clean"]):
        from_source = runner.invoke(app, ["--quiet", *command, str(source)])
        from_json = runner.invoke(app, ["--quiet", *command, str(saved)])
        assert from_source.exit_code == 0 and from_json.exit_code == 0, from_json.output
        assert from_json.output.strip(), command
        if command != ["structure", "--format", "json"]:  # that one also echoes the source path
            assert from_json.output == from_source.output, command


def test_ingest_into_a_missing_folder_is_bad_input(tmp_path: Path) -> None:
    source = Path(__file__).resolve().parents[2] / "corpora" / "samples" / "region-exemple" / "region-exemple.txt"
    target = tmp_path / "no-such-folder" / "doc.json"
    result = CliRunner().invoke(app, ["ingest", str(source), "-o", str(target)])
    assert "check the folder exists" in _one_line_error(result, target)


def test_a_missing_optional_dependency_is_one_line_and_exit_3(tmp_path: Path) -> None:
    # rapidfuzz (the [eval] extra) hidden from a child process by a package of that name that fails to
    # import, first on its path: `spaser eval clean` imports it outside the command's error handling.
    import os
    import subprocess
    import sys

    stub = tmp_path / "stubs" / "rapidfuzz"
    stub.mkdir(parents=True)
    (stub / "__init__.py").write_text("raise ImportError('rapidfuzz hidden by the test')\n", encoding="utf-8")
    repository = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(stub.parent), str(repository)])}
    completed = subprocess.run(
        [sys.executable, "-m", "spaser_nlp", "eval", "clean"], capture_output=True, text=True, env=env,
        cwd=tmp_path, timeout=300,
    )
    assert completed.returncode == 3, completed.stderr
    assert completed.stderr.strip() == "error: the evaluation commands need rapidfuzz: pip install 'spaser-nlp[eval]'"


def test_messages_into_a_pipe_are_not_wrapped(tmp_path: Path) -> None:
    # Piped stderr (a log file, CI) used to be wrapped at 80 columns by rich, cutting summaries in two.
    import subprocess
    import sys

    source = Path(__file__).resolve().parents[2] / "corpora" / "samples" / "region-exemple" / "region-exemple.txt"
    target = tmp_path / ("a-folder-with-a-rather-long-name-" * 3) / "region-exemple.json"
    target.parent.mkdir()
    completed = subprocess.run(
        [sys.executable, "-m", "spaser_nlp", "ingest", str(source), "-o", str(target)],
        capture_output=True, text=True, timeout=300, cwd=Path(__file__).resolve().parents[2],
    )
    assert completed.returncode == 0, completed.stderr
    lines = completed.stderr.splitlines()
    assert len(lines) == 1 and lines[0].endswith(f"→ {target}"), completed.stderr


def test_consult_says_when_the_schema_cannot_be_compared(tmp_path: Path) -> None:
    # With TF-IDF vectors the schéma comparison is skipped; it was said only inside the method note.
    schema = Path(__file__).resolve().parents[2] / "corpora" / "samples" / "region-exemple" / "region-exemple.txt"
    result = CliRunner().invoke(
        app, ["consult", str(SAMPLE), "-o", str(tmp_path / "out"), "--embedder", "tfidf", "--schema", str(schema),
              "--no-xlsx"]
    )
    assert result.exit_code == 0, result.output
    assert f"warning: {schema}: not compared with the issues" in result.output


def test_themes_missing_model_dir_is_bad_input(tmp_path):
    """A mistyped --model-dir is the user's path (exit 2), not a missing model (exit 3)."""
    text = tmp_path / "t.txt"
    text.write_text("Objectif : 50 % de produits durables en restauration collective.", encoding="utf-8")
    result = CliRunner().invoke(app, ["themes", str(text), "--model-dir", str(tmp_path / "nomodel")])
    assert result.exit_code == 2, result.output
    assert "no such model folder" in result.output
