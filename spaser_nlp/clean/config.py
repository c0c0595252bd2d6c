"""Settings of the cleaner (every field has a safe default)."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class CleanConfig:
    """Which fixers run and how bold the word corrections are.

    ``apostrophe`` is the one apostrophe form of the cleaned text, ``dash`` the
    one form of a dash between spaces ("" keeps them as they are); ``nbsp``
    puts a no-break space before ``: ; ? ! % € »`` and after ``«`` (French
    typography) where a space already stands. ``min_gain`` is the Zipf gain a
    correction of a rare-but-known word needs over the word itself.
    """

    unicode: bool = True
    apostrophe: str = "'"
    dash: str = "–"
    nbsp: bool = True
    dehyphenate: bool = True
    drop_garbage: bool = True
    drop_stray_symbols: bool = True
    elisions: bool = True
    words: bool = True
    split_merge: bool = True
    context_rules: bool = True
    min_gain: float = 2.0

    def as_dict(self) -> dict[str, object]:
        return asdict(self)
