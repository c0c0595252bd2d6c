"""Command-line interface: ``spaser`` (see ``spaser --help``).

Each stage's commands live in their own module and register on the shared
typer app when imported here.
"""

from __future__ import annotations

import importlib
import sys

from spaser_nlp.cli.app import app, eval_app, print_error
from spaser_nlp.errors import SpaserError

# Command modules, one per stage. A module that is not there yet is skipped so
# that a partial checkout still has a working CLI.
_COMMAND_MODULES = ("ingest", "clean", "evaluate", "consult", "themes", "batch", "structure", "extract", "analyst", "compare")

for _name in _COMMAND_MODULES:
    try:
        importlib.import_module(f"spaser_nlp.cli.{_name}")
    except ModuleNotFoundError as error:  # pragma: no cover - only while a stage is missing
        if error.name != f"spaser_nlp.cli.{_name}":
            raise


def main() -> None:
    try:
        app()
    except SpaserError as error:
        # Commands report their errors through run_command; this catches the rest (e.g. an optional
        # dependency missing when a command imports its module): one line and the exit code, no traceback.
        print_error(error)
        sys.exit(error.exit_code)


__all__ = ["app", "eval_app", "main"]
