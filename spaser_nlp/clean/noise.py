"""A seeded OCR noise model reproducing the errors seen on scanned SPASER brochures.

It damages clean French text the way Tesseract does on these documents (see
``shared/domain.md``, "What OCR does to these documents"): grave/acute accent
confusions, doubled accents, "l'" read as U, [, L or dropped, letter
confusions (rn/m, cl/d, li/h, c/e, 1/l, 0/o, ce/œ, g/q, l/û), ligature glyphs,
words hyphenated at line ends, words split or merged, stray symbols and
garbage lines. Protected tokens (acronyms, numbers) are never damaged, so the
noise is realistic for them too only in that they survive. Other stages' tests
use it to get noisy inputs.

>>> noisy = NoiseModel(seed=3, word_error_rate=0.5).apply("La première étape de l'économie circulaire")
>>> noisy != "La première étape de l'économie circulaire"
True
>>> NoiseModel(seed=3).apply("abc") == NoiseModel(seed=3).apply("abc")
True
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

# Relative weights of the word-level error types (share of damaged words).
DEFAULT_WEIGHTS: dict[str, float] = {
    "accent": 0.30,
    "double_accent": 0.05,
    "elision": 0.12,
    "confusion": 0.25,
    "ligature": 0.06,
    "split": 0.06,
    "merge": 0.06,
    "hyphen": 0.10,
}
_ACCENT_SWAPS = {
    "è": ("é",), "é": ("è", "e"), "ê": ("é", "è"), "à": ("a",), "â": ("a",), "ù": ("u",),
    "î": ("i",), "ô": ("o",), "û": ("u",),
}
_CONFUSIONS = (
    ("m", "rn"), ("d", "cl"), ("h", "li"), ("e", "c"), ("l", "1"), ("o", "0"), ("œ", "ce"),
    ("û", "l"), ("q", "g"), ("u", "n"), ("n", "u"), ("i", "l"), ("rn", "m"), ("é", "c"),
)
_GARBAGE_LINES = (
    "—@~ i . . .", "ﬁﬁﬁ,\"nﬂ?", "| Ss ee ~", "=: ; =", "®) ~ &", "~~ . — ,", "ii ] | [",
)
_STRAY = ("~", "|", "•", "®", "=", "*")
_WORD = re.compile(r"\S+")
_LETTERS = re.compile(r"[^\W\d_]+")
_ELIDED = re.compile(r"^([lL])['’]([aeiouyéèêàâîôûhAEIOUYÉ]\w*)")
_PROTECTED = re.compile(r"^(?:\d|[A-Z]{2,}|[A-Z]\w*[A-Z])")


@dataclass
class NoiseModel:
    """Damage text deterministically; ``word_error_rate`` is the share of words touched."""

    seed: int = 0
    word_error_rate: float = 0.12
    stray_rate: float = 0.01
    garbage_line_rate: float = 0.08
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))

    def apply(self, text: str) -> str:
        """The noisy version of ``text`` (blocks separated by blank lines keep their order)."""
        rng = random.Random(f"{self.seed}:{len(text)}:{text[:40]}")
        blocks = text.split("\n\n")
        out = []
        for block in blocks:
            if "\t" in block:
                out.append(self._damage_words(block, rng, rate=self.word_error_rate / 3))
            else:
                out.append(self._damage_words(block, rng, rate=self.word_error_rate))
            if rng.random() < self.garbage_line_rate:
                # inside the block, so noisy and clean blocks stay one-to-one
                out[-1] += "\n" + rng.choice(_GARBAGE_LINES)
        return "\n\n".join(out)

    def _damage_words(self, block: str, rng: random.Random, *, rate: float) -> str:
        pieces: list[str] = []
        cursor = 0
        kinds = list(self.weights)
        weights = [self.weights[k] for k in kinds]
        matches = list(_WORD.finditer(block))
        skip_space = False
        for index, m in enumerate(matches):
            separator = block[cursor : m.start()]
            if skip_space:
                separator = ""
                skip_space = False
            pieces.append(separator)
            word = m.group()
            cursor = m.end()
            if rng.random() < self.stray_rate:
                pieces.append(rng.choice(_STRAY) + " ")
            if rng.random() >= rate or _PROTECTED.match(word) or len(word) < 2:
                pieces.append(word)
                continue
            kind = rng.choices(kinds, weights)[0]
            damaged = self._damage(word, kind, rng)
            if kind == "merge" and index + 1 < len(matches) and block[m.end() : matches[index + 1].start()] == " ":
                skip_space = True
                damaged = word
            pieces.append(damaged)
        pieces.append(block[cursor:])
        return "".join(pieces)

    def _damage(self, word: str, kind: str, rng: random.Random) -> str:
        if kind == "accent":
            spots = [i for i, c in enumerate(word) if c in _ACCENT_SWAPS]
            if spots:
                i = rng.choice(spots)
                return word[:i] + rng.choice(_ACCENT_SWAPS[word[i]]) + word[i + 1 :]
            return word
        if kind == "double_accent":
            spots = [i for i, c in enumerate(word) if c in "éè"]
            if spots:
                i = rng.choice(spots)
                return word[:i] + "e" + word[i:]
            return word
        if kind == "elision":
            m = _ELIDED.match(word)
            if m:
                prefix = rng.choice(("U", "[’", "['", "L", "l", "’", "I'"))
                if prefix == "l":
                    return m.group(1) + word[2:]
                if prefix == "L":
                    return "L" + word[2:]
                return prefix + word[2:] if prefix in ("U", "’") else prefix + word[2:]
            return word
        if kind == "confusion":
            options = [(a, b) for a, b in _CONFUSIONS if a in word[1:]]
            if options:
                a, b = rng.choice(options)
                spots = [i for i in range(1, len(word)) if word.startswith(a, i)]
                i = rng.choice(spots)
                return word[:i] + b + word[i + len(a) :]
            return word
        if kind == "ligature":
            for plain, glyph in (("ffi", "ﬃ"), ("fi", "ﬁ"), ("fl", "ﬂ"), ("ff", "ﬀ")):
                if plain in word:
                    return word.replace(plain, glyph, 1)
            return word
        letters = _LETTERS.search(word)
        if letters is None or len(letters.group()) < 6:
            return word
        cut = rng.randint(letters.start() + 2, letters.end() - 3)
        if kind == "split":
            return word[:cut] + " " + word[cut:]
        if kind == "hyphen":
            return word[:cut] + "-\n" + word[cut:]
        return word
