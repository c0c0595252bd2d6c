"""README.md's command lines against the real command-line app.

Every `spaser …` command shown in README.md (the command table and the code blocks) must name a
command that exists, and every flag written beside it must be one of that command's options. The
options are read from the click command objects behind `spaser --help`, so this runs in well under
a second and fails as soon as the README and the code drift apart.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer

from spaser_nlp.cli import app

README = Path(__file__).resolve().parents[2] / "README.md"

# A flag as written in the README: `--max-pages`, `-o`, `--format` (not `--` alone, not prose dashes).
_FLAG = re.compile(r"(?<![\w-])(--[a-z][a-z0-9-]*|-[a-zA-Z])(?![\w-])")
# Flags of other programs that appear on the same line as a spaser command in the README.
_NOT_SPASER = {"--nworkers", "--nthreads", "--password=PASSWORD", "--decrypt"}


# typer vendors its own click: the command objects are duck-typed here (groups have `commands`).
def _root() -> Any:
    command = typer.main.get_command(app)
    assert hasattr(command, "commands")
    return command


def _resolve(words: list[str]) -> tuple[Any, list[str]]:
    """The (sub)command that `spaser WORDS…` runs, and the path of names that led to it."""
    command = _root()
    path: list[str] = []
    for word in words:
        if not hasattr(command, "commands"):
            break
        # `eval ocr|clean|…`: every name must exist; the first one's options are checked.
        names = word.split("|")
        if not all(name in command.commands for name in names):
            break
        command, path = command.commands[names[0]], [*path, names[0]]
    if path == ["consult"]:
        # `spaser consult FILE -o OUT` runs `spaser consult run` (the default subcommand).
        command, path = command.commands["run"], ["consult", "run"]
    return command, path


def _options(command: Any) -> set[str]:
    names: set[str] = set()
    for param in command.params:
        if param.param_type_name == "option":
            names.update(param.opts)
            names.update(param.secondary_opts)
    return names


def _commands_in_readme() -> list[tuple[str, str]]:
    """(line, the text after `spaser`) for each command in the table's first column and in the code blocks."""
    text = README.read_text(encoding="utf-8")
    found: list[tuple[str, str]] = []
    in_code = False
    for line in text.splitlines():
        if line.startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            code = line.split("#", 1)[0]
            match = re.search(r"(?:^|\s|/)spaser\s+(.*)$", code)
            if match and not code.lstrip().startswith(("from ", "import ")):
                found.append((line, match.group(1)))
        elif row := re.match(r"\| `spaser ([^`]*)` \| (.*)$", line):
            # The command table: the first cell is the command, the second lists its flags too.
            found.append((line, row.group(1) + " " + row.group(2)))
    return found


_GLOBAL = {"--quiet", "-q", "--version", "--help"}


def test_the_readme_shows_commands() -> None:
    # The parser below must keep finding the table and the code blocks.
    assert len(_commands_in_readme()) >= 25


@pytest.mark.parametrize(("line", "rest"), _commands_in_readme())
def test_readme_command_and_flags_exist(line: str, rest: str) -> None:
    words = [word for word in rest.split() if not word.startswith("-")]
    # A command table row such as `spaser eval ocr\|clean…`: the table escapes the pipe.
    words = [word.replace("\\|", "|").strip("`") for word in words]
    command, path = _resolve(words)
    assert path, f"README names a command that does not exist: {line}"
    options = _options(command) | _GLOBAL
    flags = {flag for flag in _FLAG.findall(rest) if flag not in _NOT_SPASER}
    missing = sorted(flags - options)
    assert not missing, f"`spaser {' '.join(path)}` has no option {missing} (README line: {line})"


_REPO = README.parent
_PATH = re.compile(r"(?<![\w./-])((?:spaser_nlp|tests|benchmarks|corpora|models|notebooks|docs|scripts)/[\w./*-]*)")


def _paths_in_readme() -> list[str]:
    paths = set()
    for match in _PATH.finditer(README.read_text(encoding="utf-8")):
        path = match.group(1).split("::")[0].rstrip(".")
        if path.startswith("spaser_nlp/models"):  # inside the installed wheel, not the repository
            continue
        paths.add(path)
    return sorted(paths)


@pytest.mark.parametrize("path", _paths_in_readme())
def test_readme_paths_exist(path: str) -> None:
    # The files, folders and globs the README points at (modules, tests, benchmarks, corpora, models).
    assert list(_REPO.glob(path.rstrip("/"))) if "*" in path else (_REPO / path).exists(), path
