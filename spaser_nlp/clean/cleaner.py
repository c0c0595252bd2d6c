"""The cleaner: fixers composed in a fixed order over an offset-preserving buffer.

>>> result = Cleaner().clean_text("La premiére clause pour UESS, respon-\\nsable.")
>>> result.text
"La première clause pour l'ESS, responsable."
>>> [(e.before, e.after, e.rule) for e in result.edits]
[('premiére', 'première', 'accent'), ('U', "l'", 'elision'), ('-\\n', '', 'dehyphenate')]
>>> start = result.text.index("l'ESS"); result.raw_span(start, start + 5)
(24, 28)
"""

from __future__ import annotations

import re
import threading

from spaser_nlp.clean.config import CleanConfig
from spaser_nlp.clean.context import contextual_fix
from spaser_nlp.clean.fixers import (
    CleanContext,
    Finder,
    find_dashes,
    find_dehyphenation,
    find_digits,
    find_elisions,
    find_garbage_lines,
    find_spacing,
    find_stray_symbols,
    find_unicode,
)
from spaser_nlp.clean.lexicon import Lexicon
from spaser_nlp.clean.ocrfix import find_glued, find_punctuation, find_short_words
from spaser_nlp.clean.offsets import EditBuffer, Replacement
from spaser_nlp.document.model import CleanedText, Document, Edit

_WORD = re.compile(r"[^\W_]+")


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """Word tokens with their spans (``findall`` + ``find`` is several times faster than ``finditer``)."""
    tokens = []
    position = 0
    find = text.find
    for token in _WORD.findall(text):
        start = find(token, position)
        position = start + len(token)
        tokens.append((start, position, token))
    return tokens


def find_words(text: str, ctx: CleanContext) -> list[Replacement]:
    """Word-level corrections: accents, OCR confusions, glued "l'", split and merged words, context."""
    corrector = ctx.corrector
    correct = corrector.correct
    zipf = ctx.lexicon.zipf
    config = ctx.config
    tokens = _tokens(text)
    reps: list[Replacement] = []
    skip_next = False
    for index, (start, end, token) in enumerate(tokens):
        if skip_next:
            skip_next = False
            continue
        unknown = config.split_merge and token.isalpha() and zipf.get(token.lower(), 0.0) < 2.0
        if unknown and not ctx.protected(text).overlaps(start, end):
            # a word cut in two ("réem ploi") is repaired whole before its halves are "corrected"
            merged = _merge_with_neighbour(text, tokens, index, reps, ctx)
            if merged is not None:
                if reps and reps[-1].start >= merged.start:
                    reps.pop()  # the previous token's own correction gives way to the merge
                reps.append(merged)
                skip_next = merged.end > end
                continue
        fix = correct(token)
        if fix is None and config.context_rules:
            fix = contextual_fix(text, tokens, index)
        if fix is not None:
            if not ctx.protected(text).overlaps(start, end):
                reps.append(Replacement(start, end, fix[0], fix[1], fix[2]))
            continue
        if unknown and not ctx.protected(text).overlaps(start, end):
            split = corrector.split(token)
            if split is not None:
                reps.append(Replacement(start, end, f"{split[0]} {split[1]}", "split", split[2]))
    return reps


def _merge_with_neighbour(
    text: str, tokens: list[tuple[int, int, str]], index: int, reps: list[Replacement], ctx: CleanContext
) -> Replacement | None:
    """Join an unknown token with the next or previous one when that makes a known word."""
    start, end, token = tokens[index]
    protected = ctx.protected(text)
    if index + 1 < len(tokens):
        next_start, next_end, next_token = tokens[index + 1]
        if next_start == end + 1 and text[end] == " " and not protected.overlaps(next_start, next_end):
            merged = ctx.corrector.merge(token, next_token)
            if merged is not None:
                return Replacement(start, next_end, merged[0], "merge", merged[1])
    if index > 0 and not (reps and reps[-1].end > tokens[index - 1][0] and reps[-1].start < tokens[index - 1][0]):
        prev_start, prev_end, prev_token = tokens[index - 1]
        if start == prev_end + 1 and text[prev_end] == " " and not protected.overlaps(prev_start, prev_end):
            merged = ctx.corrector.merge(prev_token, token)
            if merged is not None:
                return Replacement(prev_start, end, merged[0], "merge", merged[1])
    return None


class Cleaner:
    """Holds the lexicon and settings; cleans strings and documents.

    The lexicon is loaded on first use and shared by every cleaner of the
    process (see :meth:`Lexicon.load`).
    """

    def __init__(self, config: CleanConfig | None = None, *, lexicon: Lexicon | None = None) -> None:
        self.config = config or CleanConfig()
        self._lexicon = lexicon
        self._context: CleanContext | None = None

    @property
    def context(self) -> CleanContext:
        if self._context is None:
            self._context = CleanContext(self._lexicon or Lexicon.load(), self.config)
        return self._context

    def stages(self) -> list[tuple[str, Finder]]:
        """The enabled fixers, in the order they run."""
        config = self.config
        stages: list[tuple[str, Finder, bool]] = [
            ("unicode", find_unicode, config.unicode),
            ("dehyphenate", find_dehyphenation, config.dehyphenate),
            ("garbage-lines", find_garbage_lines, config.drop_garbage),
            ("stray-symbols", find_stray_symbols, config.drop_stray_symbols),
            ("dashes", find_dashes, config.unicode),
            ("spacing", find_spacing, config.words),
            ("digits", find_digits, config.words),
            ("glued", find_glued, config.words),
            ("short-words", find_short_words, config.words),
            ("punctuation", find_punctuation, config.words),
            ("elisions", find_elisions, config.elisions),
            ("words", find_words, config.words),
        ]
        return [(name, finder) for name, finder, enabled in stages if enabled]

    def clean_text(self, text: str) -> CleanedText:
        """Clean ``text``: cleaned text, edits in raw coordinates, offset map to the raw text."""
        buffer = EditBuffer(text)
        context = self.context
        for _name, finder in self.stages():
            buffer.apply(finder(buffer.text, context))
        return CleanedText(text=buffer.text, edits=buffer.edits(), offset_map=buffer.offset_map)

    def explain(self, text: str) -> list[Edit]:
        """The edits cleaning ``text`` would make (rule, confidence, raw span)."""
        return self.clean_text(text).edits

    def __call__(self, document: Document) -> Document:
        """Pipeline stage: set ``document.clean`` and record the settings in ``document.pipeline``."""
        document.clean = self.clean_text(document.text)
        document.pipeline["clean"] = ",".join(f"{k}={v}" for k, v in self.config.as_dict().items())
        return document


_DEFAULT: Cleaner | None = None
_LOCK = threading.Lock()


def default_cleaner() -> Cleaner:
    """The process-wide cleaner with default settings."""
    global _DEFAULT
    with _LOCK:
        if _DEFAULT is None:
            _DEFAULT = Cleaner()
        return _DEFAULT
