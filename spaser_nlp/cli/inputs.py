"""The documents the stage commands read: a source file (ingested here) or a Document JSON from `spaser ingest`.

Reading the Document JSON lets a user ingest once with the options only `spaser ingest` has (``--password``,
``--dpi``, ``--lang``, the limits) and run `clean`, `structure` and `extract` on the result.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from spaser_nlp.cli.app import run_command

if TYPE_CHECKING:
    from spaser_nlp.document import Document


def is_document_json(path: Path) -> bool:
    """Whether ``path`` names a Document JSON (by its extension; its content is checked when read)."""
    return path.suffix.lower() == ".json"


def read_input(path: Path, **ingest_options: Any) -> Document:
    """The Document of ``path``: a Document JSON as written, any other file through ``ingest``.

    Errors become the CLI's one-line message and exit code (:func:`run_command`).
    """
    if is_document_json(path):
        from spaser_nlp.document import Document

        return run_command(lambda: Document.load(path))
    from spaser_nlp.ingest import ingest

    return run_command(lambda: ingest(path, **ingest_options))


def cleaned_input(path: Path, **ingest_options: Any) -> Document:
    """:func:`read_input`, then the cleaning stage unless the Document JSON was already cleaned."""
    document = read_input(path, **ingest_options)
    if document.clean is not None:
        return document
    from spaser_nlp.clean import clean

    return run_command(lambda: clean(document))
