"""Text error rates shared by the evaluations (CER, WER on normalised text)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spaser_nlp.errors import DependencyError

# rapidfuzz serves the evaluations only (the `eval` extra), never the pipeline: the evaluation
# modules import it from here, and a missing rapidfuzz is a one-line error (exit 3), not a traceback.
try:
    from rapidfuzz.distance import Levenshtein
except ImportError as error:  # pragma: no cover - installed with the eval and test extras
    raise DependencyError("the evaluation commands need rapidfuzz: pip install 'spaser-nlp[eval]'") from error

_SPACES = re.compile(r"\s+")


def normalise_for_scoring(text: str) -> str:
    """Collapse every whitespace run (line breaks, tabs, form feeds) to one space.

    Layout whitespace is not content: a table cell separated by a tab or by
    spaces, a paragraph reflowed or not, score the same.

    >>> normalise_for_scoring("Axe 1\\n\\n Porter\\tà 25 %\\f")
    'Axe 1 Porter à 25 %'
    """
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True)
class ErrorRate:
    """Edit distance over a reference length; ``rate`` is 0 for a perfect match."""

    errors: int
    reference_length: int

    @property
    def rate(self) -> float:
        if self.reference_length == 0:
            return 0.0 if self.errors == 0 else 1.0
        return self.errors / self.reference_length

    def __add__(self, other: ErrorRate) -> ErrorRate:
        return ErrorRate(self.errors + other.errors, self.reference_length + other.reference_length)


def character_error(reference: str, hypothesis: str) -> ErrorRate:
    """Character edit distance on normalised text.

    >>> character_error("marchés publics", "marches publics").rate
    0.06666666666666667
    """
    ref = normalise_for_scoring(reference)
    hyp = normalise_for_scoring(hypothesis)
    return ErrorRate(Levenshtein.distance(ref, hyp), len(ref))


def word_error(reference: str, hypothesis: str) -> ErrorRate:
    """Word edit distance on whitespace tokens of normalised text.

    >>> word_error("réduire de 40 %", "reduire de 40 %").rate
    0.25
    """
    ref = normalise_for_scoring(reference).split()
    hyp = normalise_for_scoring(hypothesis).split()
    return ErrorRate(Levenshtein.distance(ref, hyp), len(ref))
