"""The cleaning cases of ``cases.tsv`` (input, expected, pass/xfail), one parametrised test."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from spaser_nlp.clean import clean_text

CASES = Path(__file__).with_name("cases.tsv")


def _unescape(value: str) -> str:
    """``\\n``, ``\\t``, ``\\f`` and ``\\uXXXX`` escapes (the rest is literal UTF-8)."""
    value = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), value)
    return value.replace("\\n", "\n").replace("\\t", "\t").replace("\\f", "\f")


def _cases() -> list[object]:
    params = []
    for number, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        source, expected, status, *note = line.split("\t")
        marks = [pytest.mark.xfail(strict=True, reason=note[0] if note else "")] if status == "xfail" else []
        params.append(pytest.param(_unescape(source), _unescape(expected), id=f"{number}:{source[:30]}", marks=marks))
    return params


@pytest.mark.parametrize(("source", "expected"), _cases())
def test_case(source: str, expected: str) -> None:
    assert clean_text(source).text == expected
