"""The document pipeline: an ordered list of stages sharing one signature.

Ingestion turns a path into a :class:`~spaser_nlp.document.Document`; every
later stage is a callable ``Document -> Document`` named here by its import
path, so this module imports no stage until a document is run. A stage whose
module is not installed (yet) is skipped and said so in ``document.pipeline``;
a disabled stage passes its input through. An error in a stage is recorded in
``document.errors`` instead of being raised, so a batch never stops on one bad
document:

- ``ok``: every stage ran;
- ``partial``: ingestion worked but a later stage failed (its output is kept);
- ``failed``: the document could not be read at all.

>>> [stage.name for stage in STAGES]
['ingest', 'clean', 'segment', 'extract', 'classify', 'profile', 'checklist']
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "note.txt"
>>> _ = path.write_text("Réaliser 150 000 heures d'insertion par an.", encoding="utf-8")
>>> document = run_pipeline(path, stages=["ingest"])
>>> document_status(document), document.page_count
('ok', 1)
>>> document_status(run_pipeline(path.with_name("missing.pdf")))
'failed'
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from spaser_nlp._version import __version__
from spaser_nlp.document import Document, DocumentError
from spaser_nlp.errors import SpaserError
from spaser_nlp.resources import models_dir

Status = Literal["ok", "partial", "failed"]
StageFunction = Callable[..., Document]


@dataclass(frozen=True)
class Stage:
    """One pipeline stage: ``target`` is ``"module:function"``; ``settings`` are passed as keyword arguments.

    ``models`` names the folders under ``models/`` the stage reads: their content is part of the pipeline
    version, so retraining a model makes a batch rerun redo the documents.
    """

    name: str
    target: str
    settings: dict[str, Any] = field(default_factory=dict)
    enabled: bool = True
    models: tuple[str, ...] = ()

    def load(self) -> StageFunction | None:
        """The stage's function, or None when its module is not installed yet."""
        module_name, _, attribute = self.target.partition(":")
        try:
            module = importlib.import_module(module_name)
            function = getattr(module, attribute)
        except ModuleNotFoundError as error:
            # A stage (or a module of this package it needs) not written yet is skipped; a missing third-party
            # dependency is a real error and is raised.
            missing = error.name or ""
            if missing and (module_name.startswith(missing) or missing.startswith("spaser_nlp.")):
                return None
            raise
        except AttributeError:
            return None
        return function

    def available(self) -> bool:
        """Whether the stage's module is installed, found without importing it.

        Importing the stages pulls in scikit-learn, pandas and more (over a second); the driver of a batch
        only needs the pipeline's version, and its workers import what they run anyway.
        """
        module_name = self.target.partition(":")[0]
        if module_name in sys.modules:
            return True
        try:
            return importlib.util.find_spec(module_name) is not None
        except (ImportError, ValueError):
            return False

    def with_settings(self, **settings: Any) -> Stage:
        return Stage(self.name, self.target, {**self.settings, **settings}, self.enabled, self.models)


STAGES: tuple[Stage, ...] = (
    Stage("ingest", "spaser_nlp.ingest:ingest", {"ocr": "auto", "dpi": 300, "lang": "fra"}),
    Stage("clean", "spaser_nlp.clean:clean", models=("lexicon",)),
    Stage("segment", "spaser_nlp.segment:segment"),
    Stage("extract", "spaser_nlp.extract:extract", models=("objectives",)),
    Stage("classify", "spaser_nlp.classify:classify", models=("themes",)),
    Stage("profile", "spaser_nlp.profile:profile"),
    Stage("checklist", "spaser_nlp.checklist:check", models=("checklist",)),
)


def resolve_stages(stages: Sequence[Stage | str] | None = None) -> list[Stage]:
    """The stages to run: all of :data:`STAGES`, or those named (in pipeline order), or the given ones.

    >>> [s.name for s in resolve_stages(["classify", "ingest"])]
    ['ingest', 'classify']
    """
    if stages is None:
        return list(STAGES)
    by_name = {stage.name: stage for stage in STAGES}
    chosen: list[Stage] = []
    for item in stages:
        if isinstance(item, Stage):
            chosen.append(item)
        elif item in by_name:
            chosen.append(by_name[item])
        else:
            raise SpaserError(f"unknown pipeline stage {item!r}; choose among {', '.join(by_name)}")
    order = {name: index for index, name in enumerate(by_name)}
    chosen.sort(key=lambda stage: order.get(stage.name, len(order)))
    if not chosen or chosen[0].name != "ingest":
        raise SpaserError("the pipeline must start with the ingest stage")
    return chosen


def available_stages(stages: Sequence[Stage | str] | None = None) -> tuple[list[Stage], list[str]]:
    """Split the resolved stages into those that can run and the names of those missing or disabled."""
    runnable: list[Stage] = []
    skipped: list[str] = []
    for stage in resolve_stages(stages):
        if stage.enabled and stage.available():
            runnable.append(stage)
        else:
            skipped.append(stage.name)
    return runnable, skipped


def _models_digest(name: str) -> str:
    """Digest of ``name/`` in the models folder the loaders read (:func:`models_dir`)."""
    return _folder_digest(models_dir() / name)


@lru_cache(maxsize=None)
def _folder_digest(folder: Path) -> str:
    if not folder.exists():
        return "absent"
    digest = hashlib.sha256()
    # Data files only: not the build scripts, their bytecode (pip compiles them on install) or the cards.
    files = (p for p in folder.rglob("*") if p.is_file() and p.suffix not in {".py", ".pyc", ".md"})
    for path in sorted(p for p in files if "__pycache__" not in p.relative_to(folder).parts):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:12]


def pipeline_settings(stages: Sequence[Stage | str] | None = None) -> dict[str, Any]:
    """What determines a document's results: package version, stages run and skipped, settings, model digests."""
    runnable, skipped = available_stages(stages)
    return {
        "spaser_nlp": __version__,
        "stages": [stage.name for stage in runnable],
        "skipped_stages": skipped,
        "settings": {stage.name: stage.settings for stage in runnable if stage.settings},
        "models": {name: _models_digest(name) for stage in runnable for name in stage.models},
    }


def pipeline_version(stages: Sequence[Stage | str] | None = None) -> str:
    """A short hash naming the pipeline: same value, same results (``"0.1.0+<12 hex>"``).

    >>> pipeline_version(["ingest"]).startswith("0.1.0+")
    True
    """
    settings = json.dumps(pipeline_settings(stages), sort_keys=True, default=str)
    return f"{__version__}+{hashlib.sha256(settings.encode()).hexdigest()[:12]}"


# An error recorded under these stage names means the document has no usable results at all.
_FATAL_STAGES = frozenset({"ingest", "pipeline", "worker", "timeout"})


def document_status(document: Document) -> Status:
    """``failed`` if ingestion failed, ``partial`` if a later stage did, else ``ok``."""
    if any(error.stage in _FATAL_STAGES for error in document.errors):
        return "failed"
    return "partial" if document.errors else "ok"


def _error_message(error: BaseException) -> str:
    if isinstance(error, SpaserError):
        return str(error)
    # An unexpected exception is a bug in a stage: keep its type so the report points at it.
    return f"{type(error).__name__}: {error}".rstrip(": ")


def file_sha256(path: str | Path) -> str:
    """SHA-256 of a file's bytes ("" when it cannot be read)."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return ""
    return digest.hexdigest()


def failed_document(path: str | Path, error: BaseException | str, *, doc_id: str | None = None, stage: str = "ingest") -> Document:
    """A placeholder Document recording why ``path`` could not be read."""
    path = Path(path)
    message = error if isinstance(error, str) else _error_message(error)
    return Document(
        doc_id=doc_id or path.stem,
        source_path=str(path),
        sha256=file_sha256(path),
        media_type="application/octet-stream",
        page_count=0,
        errors=[DocumentError(stage=stage, message=message)],
    )


def run_pipeline(
    path: str | Path,
    *,
    stages: Sequence[Stage | str] | None = None,
    doc_id: str | None = None,
    ingest_options: dict[str, Any] | None = None,
) -> Document:
    """Run the stages over the file at ``path``; errors end up in ``document.errors``, never raised.

    ``ingest_options`` override the ingest stage's settings for this call only (e.g. ``workers``: OCR processes),
    without changing the pipeline version.
    """
    runnable, skipped = available_stages(stages)
    ingest_stage, later = runnable[0], runnable[1:]
    ingest = ingest_stage.load()
    assert ingest is not None  # resolve_stages guarantees the ingest stage, and it is part of the package
    try:
        document = ingest(path, **{**ingest_stage.settings, **(ingest_options or {})})
    except Exception as error:  # noqa: BLE001 - a bad document must never stop a batch
        return _stamp(failed_document(path, error, doc_id=doc_id), runnable, skipped, stages)
    if doc_id is not None:
        document.doc_id = doc_id
    for stage in later:
        document = _run_stage(stage, document)
    return _stamp(document, runnable, skipped, stages)


def _run_stage(stage: Stage, document: Document) -> Document:
    try:
        function = stage.load()
        if function is None:
            raise SpaserError(f"{stage.target} not found: is spaser_nlp installed whole, at one version?")
        result = function(document, **stage.settings)
    except Exception as error:  # noqa: BLE001 - recorded as a partial result
        document.errors.append(DocumentError(stage=stage.name, message=_error_message(error)))
        return document
    return result if isinstance(result, Document) else document


def _stamp(
    document: Document, runnable: Iterable[Stage], skipped: list[str], stages: Sequence[Stage | str] | None
) -> Document:
    document.pipeline.update(
        {
            "spaser_nlp": __version__,
            "stages": ",".join(stage.name for stage in runnable),
            "skipped_stages": ",".join(skipped),
            "pipeline_version": pipeline_version(stages),
        }
    )
    return document


__all__ = [
    "STAGES",
    "Stage",
    "Status",
    "available_stages",
    "document_status",
    "failed_document",
    "file_sha256",
    "pipeline_settings",
    "pipeline_version",
    "resolve_stages",
    "run_pipeline",
]
