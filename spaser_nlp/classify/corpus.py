"""The labelled theme corpus (``corpora/themes/themes.jsonl``) and its fixed splits.

The corpus is development material: it lives in the repository, not in the installed package
(the wheel ships the trained models, not their training data). Training and evaluating themes
from an installation without the repository needs an explicit corpus path.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from spaser_nlp.errors import InputError
from spaser_nlp.resources import source_checkout

CORPUS_FILE = Path("corpora") / "themes" / "themes.jsonl"
# Real passages collected from public pages and labelled with the shared real dev set's conventions
# (corpora/real/README.md): the collection rounds (passages.jsonl) followed by the evaluation sets already scored and
# read (corpora/real/build.py, READ_SETS), as written by corpora/real/build.py; training data of the theme model
# (from 1.10.0), never a source of a reported score.
REAL_PASSAGES_FILE = Path("corpora") / "real" / "training.jsonl"
REAL_ORIGIN = "real"
SPLITS = ("train", "dev", "test")
# Generated noisy copies of train passages (corpora/themes/build_corpus.py, AUGMENT_COPIES):
# trained on, never scored.
AUGMENTED_ORIGIN = "ocr_augmented"


@dataclass(frozen=True)
class LabelledPassage:
    """One passage of the corpus with its theme ids (empty: no theme)."""

    id: str
    text: str
    labels: tuple[str, ...]
    split: str
    style: str
    origin: str
    round: int = 1  # writing round of the corpus (see corpora/themes/README.md)
    group: str = ""  # id of the written original (a noisy variant shares its original's group)


def _checkout_file(relative: Path, what: str, kind: str, option: str = "") -> Path:
    """``relative`` in the repository the package runs from; development material is not in the wheel."""
    root = source_checkout()
    if root is None:
        raise InputError(
            f"the {what} development material, not part of the installed package; "
            f"run from a clone of the repository or give the path of a {kind} JSONL",
            path=relative,
            options=option or (),
        )
    return root / relative


def default_corpus_path() -> Path:
    """``corpora/themes/themes.jsonl`` of the repository the package runs from.

    Raises :class:`InputError` when the package is installed without its repository.
    """
    return _checkout_file(CORPUS_FILE, "theme corpus is", "corpus", "corpus")


def default_real_passages_path() -> Path | None:
    """``corpora/real/training.jsonl`` of the repository the package runs from (None when installed alone)."""
    root = source_checkout()
    return None if root is None else root / REAL_PASSAGES_FILE


def fold_of(group: str, folds: int) -> int:
    """The fold of a passage group (stable across runs and library versions).

    >>> fold_of("3f2a9c", 5) == fold_of("3f2a9c", 5)
    True
    """
    return int(hashlib.sha1(group.encode("utf-8")).hexdigest()[:8], 16) % folds


def _read_passages(
    path: Path, missing: str, record: str, build: Callable[[dict], LabelledPassage]
) -> list[LabelledPassage]:
    """The passages of a JSONL file, one ``build(row)`` a non-empty line; a bad line is a one-line error."""
    if not path.is_file():
        raise InputError(missing, path=path)
    passages = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            passage = build(json.loads(line))
        except (ValueError, KeyError, TypeError) as error:
            raise InputError(f"line {number}: not a {record} ({error})", path=path) from None
        if passage.split not in SPLITS:
            raise InputError(f"line {number}: split {passage.split!r} is not one of {SPLITS}", path=path)
        passages.append(passage)
    return passages


def load_corpus(path: str | Path | None = None) -> list[LabelledPassage]:
    """Read the JSONL corpus (the repository's by default); every line needs ``id``, ``text``, ``labels`` and ``split``."""

    def build(row: dict) -> LabelledPassage:
        return LabelledPassage(
            id=str(row["id"]), text=str(row["text"]), labels=tuple(row["labels"]), split=str(row["split"]),
            style=str(row.get("style", "")), origin=str(row.get("origin", "")),
            round=int(row.get("round", 1)), group=str(row.get("group") or row["id"]),
        )

    path = Path(path) if path is not None else default_corpus_path()
    return _read_passages(path, "theme corpus not found; run corpora/themes/build_corpus.py", "corpus record", build)


def load_real_passages(path: str | Path | None = None, *, split: str = "train") -> list[LabelledPassage]:
    """Real passages in the shared annotation format (``text``, ``source_url``, ``gold.themes``) as corpus passages.

    Each passage's ``group`` is its source page, so that cross-validation can hold a whole page out.
    """

    def build(row: dict) -> LabelledPassage:
        labels = row["gold"]["themes"] if "gold" in row else row["labels"]
        return LabelledPassage(
            id=str(row["id"]), text=str(row["text"]), labels=tuple(str(t) for t in labels), split=split,
            style=REAL_ORIGIN, origin=REAL_ORIGIN, group=str(row.get("source_url") or row.get("group") or row["id"]),
        )

    path = Path(path) if path is not None else _checkout_file(REAL_PASSAGES_FILE, "real passages are", "passages")
    return _read_passages(path, "real passages not found (corpora/real/build.py writes them)", "labelled passage", build)


def split_passages(passages: list[LabelledPassage], split: str) -> list[LabelledPassage]:
    return [passage for passage in passages if passage.split == split]
