"""The typer application objects shared by the command modules.

Commands live in one module per stage (``cli/ingest.py``, ``cli/clean.py``...)
and register themselves on :data:`app` or :data:`eval_app`. They stay thin:
parse options, call the library, print. :func:`run_command` turns the
package's errors into a one-line message and an exit code, never a traceback.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from spaser_nlp._version import __version__
from spaser_nlp.errors import SpaserError

app = typer.Typer(
    name="spaser",
    help="Turn French responsible-purchasing strategies (SPASER) and their consultations into data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain (click-style) help: the rich panels print a type column, `<bool>` beside every flag and `--help`,
    # and read help texts as markup (a `[options]` in a help text vanished). The sub-apps inherit it.
    rich_markup_mode=None,
    # Help lines as wide as the terminal, up to 120 columns (click stops at 80 by default).
    context_settings={"max_content_width": 120},
)
eval_app = typer.Typer(help="Score a stage against the gold files in corpora/.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

# stdout carries data (text, JSON); messages and progress go to stderr. Into a pipe or a log file a
# message stays one line (rich would otherwise wrap it at 80 columns); on a terminal the terminal wraps.
err_console = Console(stderr=True, soft_wrap=not sys.stderr.isatty())


def table_console(min_width: int = 130) -> Console:
    """A stdout console wide enough that tables are never truncated in a pipe or a CI log."""
    console = Console()
    console.width = max(console.width, min_width)
    return console

T = TypeVar("T")


class State:
    quiet: bool = False


state = State()


def check_forms(forms: list[str], known) -> None:
    """Refuse a ``--form`` value the evaluation does not know, listing the valid ones."""
    unknown = sorted(set(forms) - set(known))
    if unknown:
        raise typer.BadParameter(f"unknown form(s) {unknown}; choose from {sorted(known)}")


def document_progress(verb: str) -> Callable[[str, str], None]:
    """A callback printing ``<verb> <doc_id> (<form>)…`` on stderr unless ``--quiet``."""

    def progress(doc_id: str, form: str) -> None:
        if not state.quiet:
            err_console.print(f"{verb} {doc_id} ({form})…")

    return progress


def cli_message(error: SpaserError) -> str:
    """The error's message with the flags of the settings it asks to change.

    >>> from spaser_nlp.errors import InputError
    >>> cli_message(InputError("no text found; try OCR on every page", path="a.pdf", options="ocr=always"))
    'a.pdf: no text found; try OCR on every page (--ocr always)'
    """
    if not error.options:
        return str(error)
    flags = []
    for option in error.options:
        name, _, value = option.partition("=")
        flags.append(f"--{name.replace('_', '-')}" + (f" {value}" if value else ""))
    return f"{error} ({', '.join(flags)})"


def print_error(error: SpaserError) -> None:
    """``error: <file>: <message> (--flags)`` on stderr, on one line whatever the terminal's width."""
    # escape: a message may hold brackets (a file name, `spaser-nlp[st]`) that are not markup. A message quoting
    # another library's error may hold line breaks (PyYAML's points at the line): joined, so that it stays one line.
    message = re.sub(r"\s*\n\s*", " ", cli_message(error).strip())
    err_console.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)


def run_command(func: Callable[[], T]) -> T:
    """Run ``func``; report a :class:`SpaserError` as ``error: <message>`` and exit with its code."""
    try:
        return func()
    except SpaserError as error:
        print_error(error)
        raise typer.Exit(error.exit_code) from None
    except KeyboardInterrupt:
        err_console.print("interrupted")
        raise typer.Exit(130) from None
    except BrokenPipeError:
        sys.stderr.close()
        raise typer.Exit(0) from None


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"spaser_nlp {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(
        False, "--version", callback=_version_callback, is_eager=True, help="Show the version and exit."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress or summary messages on stderr."),
) -> None:
    """spaser: SPASER documents and consultations as data."""
    state.quiet = quiet
