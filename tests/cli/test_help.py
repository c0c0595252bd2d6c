"""Every command's `--help` reads as written for people: no Python type names, every argument explained.

typer prints a type beside each parameter (`<bool>` beside a flag, `<list[Path]>` beside a list argument in
typer 0.29); the CLI uses plain help, a metavar on each value and describes its arguments in the docstring.
The commands are found by walking the click command tree behind `spaser`, so a new command is checked too.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from spaser_nlp.cli import app

# Raw type names as typer or click may print them: `<bool>`, `<str>`, `<int range>`, `<list[Path]>`, `<class 'int'>`,
# `NoneType`, `typing.Optional[str]`. Placeholders written in a help text (`OUTDIR/<n>-<id>/`) are not types.
_RAW_TYPE = re.compile(
    r"<(?:bool|str|int|float|path|file|dir|datetime|uuid|int range|float range)>"
    r"|<(?:list|tuple|dict|set)\[|\blist\[\w+\]|<class\b|NoneType|\btyping\.|Optional\[|Union\["
)


def _commands(command: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    found = [(path, command)]
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        found.extend(_commands(sub, (*path, name)))
    return found


_ALL = _commands(typer.main.get_command(app))


def test_the_walk_finds_every_command() -> None:
    paths = {" ".join(path) for path, _ in _ALL}
    assert {"", "text", "batch", "consult", "consult run", "consult diff", "eval ocr", "train themes"} <= paths
    assert len(paths) >= 25


@pytest.mark.parametrize("path, command", _ALL, ids=[" ".join(path) or "spaser" for path, _ in _ALL])
def test_help_shows_no_raw_type_names(path: tuple[str, ...], command: Any) -> None:
    result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text.startswith("Usage: spaser")
    raw = sorted({match.group(0) for match in _RAW_TYPE.finditer(text)})
    assert not raw, f"`spaser {' '.join(path)} --help` shows {raw}:\n{text}"
    usage, _, body = text.partition("\n")
    # An argument without a metavar appears under its Python name (`{file}`); give it an upper-case one.
    assert not re.search(r"[{\[][a-z_]+[}\]]", usage), usage
    for param in getattr(command, "params", []):
        if param.param_type_name == "argument":
            # Arguments are hidden from the options list (typer prints a type beside them): the help text says what
            # each one is, as `FILE: …` or `A, B: …`.
            assert param.metavar and re.search(rf"^\s*(?:\w+, )*{param.metavar}\b[^\n]*:", body, re.M), (
                f"`spaser {' '.join(path)} --help` does not explain {param.metavar or param.name}:\n{text}"
            )
