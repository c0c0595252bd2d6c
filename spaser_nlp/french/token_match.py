"""spaCy's French ``token_match``, compiled piece by piece when a word needs it.

spaCy's French tokenizer keeps hyphenated and elided words whole when they match one alternative of a
1.4-million-character regex (``^anti[-–—‐‑][a-z…]+$``, ``^[a-z…]+[-–—‐‑]sur[-–—‐‑]…$``, 266 alternatives,
each with Unicode letter classes of thousands of characters). Compiling it takes 1.8 s of CPU in every new
process, although most texts never need it.

:class:`LazyTokenMatch` answers exactly as ``re.compile(pattern).match`` does, without compiling the whole:

1. a *prefilter*: the same alternatives with every large character class widened to "any character"
   (20 ms to compile). A string it rejects cannot match the real pattern (each alternative only got wider);
2. for a string the prefilter lets through, the alternatives whose widened form matches are tried in order
   with their real form, each compiled the first time it is needed (3 ms each). A top-level alternation
   matches exactly when one of its alternatives does, and ``re`` tries them in order, so the first
   alternative that matches gives the same match.

Anything not shaped as expected (a pattern without top-level alternatives) is compiled whole, as spaCy does.

Splitting the 1.4-million-character pattern into its alternatives and widening them is a character-by-character
scan (about 0.2 s of CPU); the result is kept in the user's cache (:mod:`spaser_nlp.cache`) under a digest of
the pattern, so a new process reads it in milliseconds.
"""

from __future__ import annotations

import hashlib
import re
from functools import cached_property

#: Character classes longer than this (in pattern characters) are widened in the prefilter.
LARGE_CLASS = 40
_ANY = r"[\s\S]"
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def split_alternatives(pattern: str) -> tuple[str, list[str]] | None:
    """``(leading global flags, top-level alternatives)`` of ``pattern``; ``None`` if it cannot be split safely."""
    flags = _GLOBAL_FLAGS.match(pattern)
    head = flags.group() if flags else ""
    parts: list[str] = []
    depth, in_class, start, i = 0, False, len(head), len(head)
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1 if pattern[i + 1 : i + 2] == "^" else 0
            i += 1 if pattern[i + 1 : i + 2] == "]" else 0  # a "]" first in a class is a literal
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    if depth != 0 or in_class or head + "|".join(parts) != pattern:
        return None
    return head, parts


def widen(alternative: str, *, limit: int = LARGE_CLASS) -> str:
    """``alternative`` with each character class longer than ``limit`` replaced by "any character"."""
    pieces: list[str] = []
    last, start, i = 0, -1, 0
    while i < len(alternative):
        char = alternative[i]
        if char == "\\":
            i += 2
            continue
        if start < 0 and char == "[":
            start = i
            i += 1 if alternative[i + 1 : i + 2] == "^" else 0
            i += 1 if alternative[i + 1 : i + 2] == "]" else 0
        elif start >= 0 and char == "]":
            if i + 1 - start > limit:
                pieces += [alternative[last:start], _ANY]
                last = i + 1
            start = -1
        i += 1
    pieces.append(alternative[last:])
    return "".join(pieces)


_CACHED_FORM = "v1"  # part of the cache entry's name: changes with what split_alternatives/widen give
_SEPARATOR = "\x00"


def _split_and_widen(pattern: str) -> tuple[str, list[str], list[str]]:
    """``(head, alternatives, widened alternatives)`` of ``pattern`` (no alternatives: ``("", [], [])``)."""
    split = split_alternatives(pattern)
    if not split or len(split[1]) <= 1:
        return "", [], []
    head, alternatives = split
    return head, alternatives, [widen(part) for part in alternatives]


def cached_split(pattern: str) -> tuple[str, list[str], list[str]]:
    """:func:`_split_and_widen` of ``pattern``, from the user's cache when this pattern was split before."""
    import numpy as np

    from spaser_nlp.cache import read_arrays, strings_of, text_array, write_arrays

    digest = hashlib.sha1(pattern.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    name = f"token_match-{_CACHED_FORM}-{LARGE_CLASS}-{digest}"
    cached = read_arrays(name)
    if cached is not None:
        try:
            count = int(cached["count"][0])
            strings = strings_of(cached["text"], 1 + 2 * count, _SEPARATOR)
            return strings[0], strings[1 : 1 + count], strings[1 + count :]
        except (KeyError, IndexError, ValueError, UnicodeDecodeError):
            pass  # damaged: split again (and replace the entry)
    head, alternatives, widened = _split_and_widen(pattern)
    if alternatives:
        try:
            text = text_array([head, *alternatives, *widened], _SEPARATOR)
        except UnicodeEncodeError:
            text = None
        if text is not None:
            write_arrays(name, {"text": text, "count": np.array([len(alternatives)], dtype=np.int64)})
    return head, alternatives, widened


class LazyTokenMatch:
    """A drop-in for ``re.compile(pattern).match`` that compiles only what the strings it sees need."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._head, self._alternatives, self._widened_forms = cached_split(pattern)
        self._exact: dict[int, re.Pattern[str]] = {}

    # spaCy serialises a tokenizer's token_match as ``token_match.__self__.pattern`` (a bound
    # ``re.Pattern.match``): this object answers both, so saving a pipeline writes the original pattern.
    @property
    def __self__(self) -> LazyTokenMatch:
        return self

    def __reduce__(self) -> tuple[type, tuple[str]]:
        return (LazyTokenMatch, (self.pattern,))

    def __repr__(self) -> str:
        return f"LazyTokenMatch({len(self.pattern)} characters, {len(self._alternatives)} alternatives)"

    @cached_property
    def _whole(self) -> re.Pattern[str]:
        return re.compile(self.pattern)

    @cached_property
    def _prefilter(self) -> re.Pattern[str]:
        return re.compile(self._head + "|".join(self._widened_forms))

    @cached_property
    def _widened(self) -> list[re.Pattern[str]]:
        return [re.compile(self._head + part) for part in self._widened_forms]

    def _alternative(self, index: int) -> re.Pattern[str]:
        compiled = self._exact.get(index)
        if compiled is None:
            compiled = self._exact[index] = re.compile(self._head + self._alternatives[index])
        return compiled

    def __call__(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        if not self._alternatives:
            return self._whole.match(string, pos, endpos)
        if self._prefilter.match(string, pos, endpos) is None:
            return None
        for index, widened in enumerate(self._widened):
            if widened.match(string, pos, endpos) is not None:
                found = self._alternative(index).match(string, pos, endpos)
                if found is not None:
                    return found
        return None
