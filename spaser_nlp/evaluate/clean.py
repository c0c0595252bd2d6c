"""Scoring of OCR post-correction on the (noisy, clean) pairs of ``corpora/ocr-noise/pairs/``.

Words are whitespace tokens after light normalisation (one apostrophe form,
since that is a convention, not an error). Each reference word is aligned
(Levenshtein on token sequences) with the noisy text and with the cleaned
text; a word that was wrong and became right is a *right* correction, wrong
and still wrong is *missed*, right and made wrong is *wrong* (the strict
"correct word changed" count).

>>> s = score_pair("la première étape", "la premiére étape", "la première étape")
>>> (s.errors_before, s.errors_after, s.right, s.missed, s.wrong)
(1, 0, 1, 0, 0)
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from spaser_nlp.document.model import CleanedText
from spaser_nlp.errors import InputError
from spaser_nlp.evaluate.metrics import Levenshtein

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "\u00a0": " ", "\u202f": " "})


def words(text: str) -> list[str]:
    """Scoring tokens: whitespace split after unifying apostrophes and spaces."""
    return text.translate(_APOSTROPHES).split()


def _matched(reference: list[str], hypothesis: list[str]) -> list[bool]:
    """For each reference word, whether the alignment pairs it with an identical word."""
    ok = [False] * len(reference)
    for op in Levenshtein.opcodes(reference, hypothesis):
        if op.tag == "equal":
            for index in range(op.src_start, op.src_end):
                ok[index] = True
    return ok


@dataclass
class CleanScore:
    """Word errors before and after cleaning, and what the cleaner did to each word."""

    words: int = 0
    errors_before: int = 0
    errors_after: int = 0
    right: int = 0
    missed: int = 0
    wrong: int = 0
    protected: int = 0
    protected_broken: int = 0
    examples_wrong: list[tuple[str, str]] = field(default_factory=list)

    @property
    def wer_before(self) -> float:
        return self.errors_before / self.words if self.words else 0.0

    @property
    def wer_after(self) -> float:
        return self.errors_after / self.words if self.words else 0.0

    @property
    def wrong_rate(self) -> float:
        return self.wrong / self.words if self.words else 0.0

    def __iadd__(self, other: CleanScore) -> CleanScore:
        for name in ("words", "errors_before", "errors_after", "right", "missed", "wrong", "protected",
                     "protected_broken"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.examples_wrong.extend(other.examples_wrong)
        return self

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data.update(wer_before=self.wer_before, wer_after=self.wer_after, wrong_rate=self.wrong_rate)
        data["examples_wrong"] = data["examples_wrong"][:20]
        return data


def _token_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the whitespace tokens of ``text`` (same tokens as :func:`words`)."""
    spans = []
    position = 0
    for token in text.split():
        start = text.find(token, position)
        position = start + len(token)
        spans.append((start, position))
    return spans


def _aligned_noisy(reference: list[str], noisy: list[str]) -> list[int | None]:
    """For each reference word, the index of the identical noisy word it is aligned with."""
    aligned: list[int | None] = [None] * len(reference)
    for op in Levenshtein.opcodes(reference, noisy):
        if op.tag == "equal":
            for offset in range(op.src_end - op.src_start):
                aligned[op.src_start + offset] = op.dest_start + offset
    return aligned


def score_pair(
    reference: str, noisy: str, cleaned: str, edited: list[tuple[int, int]] | None = None
) -> CleanScore:
    """Score one pair (see the module docstring).

    ``edited``: the raw (noisy-text) spans the corrector changed. With it, a
    *wrong* correction is a reference word that the noisy text had right, that
    an edit touched and that the cleaned text no longer has; without it, any
    right word that the re-alignment loses counts (stricter, but it also counts
    alignment shifts caused by nearby corrections).
    """
    ref, before, after = words(reference), words(noisy), words(cleaned)
    ok_before, ok_after = _matched(ref, before), _matched(ref, after)
    if edited is not None:
        spans = _token_spans(noisy.translate(_APOSTROPHES))
        touched = [any(s < end and e > start or (s == e and start <= s <= end) for s, e in edited) for start, end in spans]
        aligned = _aligned_noisy(ref, before)
        for index, noisy_index in enumerate(aligned):
            if ok_before[index] and not ok_after[index] and noisy_index is not None and not touched[noisy_index]:
                ok_after[index] = True  # untouched and unchanged: only the alignment moved
    score = CleanScore(
        words=len(ref),
        errors_before=Levenshtein.distance(ref, before),
        errors_after=Levenshtein.distance(ref, after),
    )
    for index, (was_ok, is_ok) in enumerate(zip(ok_before, ok_after)):
        if was_ok and not is_ok:
            score.wrong += 1
            score.examples_wrong.append((ref[index], _aligned_word(ref, after, index)))
        elif not was_ok and is_ok:
            score.right += 1
        elif not was_ok:
            score.missed += 1
    _score_protected(reference, noisy, cleaned, score)
    return score


def _aligned_word(reference: list[str], hypothesis: list[str], index: int) -> str:
    for op in Levenshtein.opcodes(reference, hypothesis):
        if op.src_start <= index < op.src_end:
            return " ".join(hypothesis[op.dest_start : op.dest_end]) if op.tag != "delete" else "∅"
    return "?"


def _score_protected(reference: str, noisy: str, cleaned: str, score: CleanScore) -> None:
    """Protected tokens of the reference that survived OCR must survive cleaning byte for byte."""
    from spaser_nlp.clean.protect import Protected

    seen: set[str] = set()
    for start, end in Protected.find(reference).spans:
        token = reference[start:end]
        if token in seen:
            continue
        seen.add(token)
        pattern = re.compile(rf"(?<!\w){re.escape(token)}(?!\w)")

        def count(text: str) -> int:
            return len(pattern.findall(text))

        expected = min(count(reference), count(noisy))
        score.protected += expected
        score.protected_broken += max(0, expected - count(cleaned))


@dataclass(frozen=True)
class Pair:
    id: str
    source: str
    split: str
    doc: str
    clean: str
    noisy: str


def load_pairs(folder: str | Path, *, split: str | None = "test", sources: Iterable[str] | None = None) -> list[Pair]:
    """Pairs of ``folder/*.jsonl`` (``split=None``: all splits)."""
    folder = Path(folder)
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        raise InputError("no pairs found; run `python corpora/ocr-noise/build_pairs.py`", path=folder)
    wanted = set(sources) if sources else None
    pairs = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if (split is None or row["split"] == split) and (wanted is None or row["source"] in wanted):
                pairs.append(Pair(row["id"], row["source"], row["split"], row["doc"], row["clean"], row["noisy"]))
    return pairs


# Sources of corpora/ocr-noise/pairs/ and heldout/pairs/ (see its README): what each measures.
SOURCE_LABELS = {
    "synthetic": "noise model",
    "tesseract": "sample scans, word level",
    "tesseract-page": "sample scans, whole page",
    "degraded": "degraded scans, word level",
    "degraded-page": "degraded scans, whole page",
    # corpora/ocr-noise/heldout/pairs/: a document written after the cleaner was frozen (never tuned on)
    "heldout": "held-out scan, word level",
    "heldout-page": "held-out scan, whole page",
    "heldout-degraded": "held-out degraded scan, word level",
    "heldout-degraded-page": "held-out degraded scan, whole page",
}
LAYOUT_COUNTS = ("truth_tokens", "word_level_tokens", "breaks", "switches", "unaligned_tokens", "lost_tokens",
                 "moved_tokens", "dropped_tokens", "extra_tokens")


def load_layout(folder: str | Path, *, split: str | None = "test") -> dict[str, dict[str, int]]:
    """Layout mismatches counted when the real-OCR pairs were aligned (``layout.json``), per source.

    Empty when the folder has no ``layout.json``.
    """
    path = Path(folder) / "layout.json"
    if not path.is_file():
        return {}
    totals: dict[str, dict[str, int]] = {}
    for report in json.loads(path.read_text(encoding="utf-8")):
        rows = [row for row in report["pages"] if split is None or row["split"] == split]
        totals[report["source"]] = {key: sum(int(row.get(key, 0)) for row in rows) for key in LAYOUT_COUNTS}
    return totals


def evaluate_cleaning(
    pairs: list[Pair], correct: Callable[[str], CleanedText] | None = None
) -> tuple[dict[str, CleanScore], dict[str, float]]:
    """Scores per source (and ``"all"``) for ``correct`` (default: the cleaner) and its speed.

    ``correct`` returns a :class:`CleanedText` whose edits say which raw spans it changed.
    """
    if correct is None:
        from spaser_nlp.clean import clean_text

        correct = clean_text
        correct("amorce")  # load the lexicon before timing
    scores: dict[str, CleanScore] = {}
    elapsed = 0.0
    n_words = 0
    for pair in pairs:
        started = time.perf_counter()
        result = correct(pair.noisy)
        elapsed += time.perf_counter() - started
        n_words += len(pair.noisy.split())
        edited = [(edit.start, edit.end) for edit in result.edits]
        score = score_pair(pair.clean, pair.noisy, result.text, edited)
        scores.setdefault(pair.source, CleanScore())
        scores[pair.source] += score
        scores.setdefault("all", CleanScore())
        scores["all"] += score
    speed = {"seconds": elapsed, "words": n_words, "words_per_second": n_words / elapsed if elapsed else 0.0}
    return scores, speed
