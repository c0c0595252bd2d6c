"""Taxonomy keyword lists as regular expressions on normalised text.

Shared by the keyword baseline (:mod:`spaser_nlp.classify.baselines`) and the keyword-hit feature block of the
theme model (:mod:`spaser_nlp.classify.scorer`); a module of its own so that neither imports the other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spaser_nlp.classify.text import normalise


def keyword_pattern(keywords: Sequence[str]) -> re.Pattern[str]:
    """One regex for a theme's keywords, on normalised text.

    >>> bool(keyword_pattern(["marche* reserve*"]).search(normalise("Les marchés réservés")))
    True
    """
    parts = []
    for keyword in sorted(set(keywords)):
        words = [re.escape(word.rstrip("*")) + (r"\w*" if word.endswith("*") else "") for word in normalise(keyword).split()]
        parts.append(r"\s+".join(words))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


__all__ = ["keyword_pattern"]
