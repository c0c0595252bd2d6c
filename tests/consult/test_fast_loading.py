"""The start-up shortcuts of the spaCy loading change nothing but time."""

import re
import sys

from spaser_nlp.classify.text import _shared_charsets, _without_torch

# Like spaCy's French token_match: one large class repeated in many alternatives.
_LETTERS = "a-zà-öø-ÿĀ-ſ"
_PATTERN = "(?iu)" + "|".join(f"(?:^{p}[-‐][{_LETTERS}]+$)" for p in ("anti", "auto", "contre", "extra", "sous"))


def _code(pattern: str) -> list[int]:
    from re import _compiler, _parser

    return list(_compiler._code(_parser.parse(pattern, 0), 0))


def test_memoised_character_classes_compile_to_the_same_code():
    plain = _code(_PATTERN)
    with _shared_charsets():
        shared = _code(_PATTERN)
        compiled = re.compile(_PATTERN + "|(?:x)")  # uncached pattern, compiled while the memo is on
    assert shared == plain
    assert compiled.match("Anti-Gaspillage") and not compiled.match("antigaspillage")


def test_torch_hidden_only_while_loading():
    had_torch = "torch" in sys.modules
    with _without_torch():
        pass
    assert ("torch" in sys.modules) == had_torch
    assert sys.modules.get("torch", 0) is not None
