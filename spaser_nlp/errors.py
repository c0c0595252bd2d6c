"""The package's error hierarchy.

Every error the library raises on bad input or a missing dependency is a
subclass of :class:`SpaserError`. Messages are one line, name the file (and
page where relevant) and say what to do. The CLI prints ``str(error)`` and
exits with :attr:`SpaserError.exit_code`; it never shows a traceback for them.

Messages speak of settings in words, never as command-line flags: the settings to
change are named in :attr:`SpaserError.options` (``"password"``, ``"text_col"``, or with
the value to try, ``"ocr=always"``), and the CLI shows each as its flag
(``--password``, ``--text-col``, ``--ocr always``).

>>> error = InputError("the PDF is encrypted; give its password", path="a.pdf", options="password")
>>> str(error), error.options
('a.pdf: the PDF is encrypted; give its password', ('password',))
"""

from __future__ import annotations

from pathlib import Path


class SpaserError(Exception):
    """Base class of every error raised by spaser_nlp."""

    exit_code: int = 1

    def __init__(self, message: str, *, path: str | Path | None = None, options: str | tuple[str, ...] = ()) -> None:
        self.path = str(path) if path is not None else None
        self.message = message
        #: The settings the message asks to change (``name`` or ``name=value``; see the module docstring).
        self.options: tuple[str, ...] = (options,) if isinstance(options, str) else tuple(options)
        super().__init__(f"{self.path}: {message}" if self.path else message)


class InputError(SpaserError):
    """The input file cannot be read as a document (user can fix the input)."""

    exit_code = 2


class FileMissingError(InputError):
    """The path does not exist or is not a file."""


class UnsupportedFormatError(InputError):
    """The file is not a PDF, a supported image, or a text file."""


class CorruptFileError(InputError):
    """The file claims a format but cannot be parsed."""


class EncryptedPDFError(InputError):
    """The PDF is encrypted and no (or a wrong) password was given."""


class EmptyDocumentError(InputError):
    """The document has no pages, or no page with any text (even after OCR)."""


class DependencyError(SpaserError):
    """A system dependency (tesseract, a language pack, a model) is missing."""

    exit_code = 3


class TesseractMissingError(DependencyError):
    """The tesseract binary or its French language data is not installed."""


class ModelError(SpaserError):
    """A model or lexicon file is missing, of the wrong version, or unfitted."""

    exit_code = 3


class SchemaVersionError(InputError):
    """A serialised document was written by an incompatible schema version."""


class LimitExceededError(InputError):
    """The input is beyond one of the ingestion limits (pages, pixels, stream size, operators, time)."""


class UnknownIssueError(InputError, KeyError):
    """No issue of a consultation result has this id, label or rank (a ``KeyError`` too, as a lookup)."""

    def __str__(self) -> str:  # KeyError would quote the message
        return Exception.__str__(self)
