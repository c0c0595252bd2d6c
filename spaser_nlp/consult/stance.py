"""Stance of an answer: agreement, refusal ("no", "none", "nobody"), or neither.

Questions such as "faut-il payer plus d'impôts ?" or "en qui faites-vous
confiance ?" invite a yes/no or a "none" answer; that answer is a message of its
own. The stance is read from how the answer opens (its first words), with
French markers only: no model, deterministic.

>>> stance_of("Non, nous payons déjà trop d'impôts.")
'contre'
>>> stance_of("Personne. Les élus ne représentent qu'eux-mêmes.")
'contre'
>>> stance_of("Aucune, toutes sont indispensables")
'contre'
>>> stance_of("Oui, à condition que ce soit juste.")
'pour'
>>> stance_of("Développer les transports en commun")
'neutre'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

FOR = "pour"
AGAINST = "contre"
NEUTRAL = "neutre"
STANCES = (FOR, AGAINST, NEUTRAL)

# Openings (accents removed, lower case) that refuse or say "none / nobody / nothing".
_AGAINST = re.compile(
    r"^(?:a |en |pour )?(?:non\b(?! (?:cumul|respect|imposable|assistance|remboursement))|nan\b|aucun(?:e|s|es)?\b|personne\b|rien\b|jamais\b|surtout pas\b|pas question\b|"
    r"je refuse\b|nous refusons\b|je suis contre\b|je suis oppose|hors de question\b|certainement pas\b|"
    r"absolument pas\b|pas du tout\b|en aucun cas\b|ni l'un ni l'autre\b|je ne (?:fais|me sens|crois|vois|veux)"
    r" (?:plus|pas|personne|rien|aucun))"
)
# Openings that agree.
_FOR = re.compile(
    r"^(?:oui\b|d'accord\b|tout a fait\b|absolument\b|bien sur\b|evidemment\b|je suis (?:pour|favorable|d'accord)\b|"
    r"favorable\b|pourquoi pas\b)"
)


def _opening(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = text.replace("’", "'")
    return re.sub(r"[^a-z' ]+", " ", text[:120]).strip()


def stance_of(text: str) -> str:
    """``pour``, ``contre`` or ``neutre`` from the answer's opening words."""
    opening = " ".join(_opening(text).split())
    if _AGAINST.match(opening):
        return AGAINST
    if _FOR.match(opening):
        return FOR
    return NEUTRAL


def stances(texts: Sequence[str]) -> list[str]:
    """:func:`stance_of` of each text."""
    return [stance_of(t) for t in texts]


def is_bare_refusal(text: str, stance: str, *, max_words: int = 25) -> bool:
    """A refusal that is the answer's main message: it opens with "no / none / nobody" and stays short.

    >>> is_bare_refusal("Personne.", "contre"), is_bare_refusal("Non. " + "mot " * 40, "contre")
    (True, False)
    """
    return stance == AGAINST and len(text.split()) <= max_words


def stance_present(labels: Sequence[str], *, min_share: float = 0.05, min_count: int = 3) -> bool:
    """Whether the answers take sides often enough for stance to be shown (a question inviting yes / no)."""
    marked = sum(1 for s in labels if s != NEUTRAL)
    return marked >= min_count and marked >= min_share * max(1, len(labels))
