"""Flag contributions that cannot be clustered: empty (or punctuation only), not in French.

Every other answer counts, however short: "Géothermie" or "Santé, éducation"
is a topic. Flagged contributions stay in every output with their reason;
off-topic (``hors_sujet``) is decided later, by the clustering, for
contributions far from every issue (they keep their nearest issue).

>>> flag_text("")
'vide'
>>> flag_text(" ... ?! ")
'vide'
>>> flag_text("Géothermie")
''
>>> flag_text("x" * 1_000_000)
'illisible'
>>> flag_text("We should buy more organic food in the school canteens please")
'non_francais'
>>> flag_text("Il faut plus de produits bio dans les cantines scolaires")
''
"""

from __future__ import annotations

import re
from functools import lru_cache

EMPTY = "vide"
#: No longer given (short answers are clustered like the others); kept for older outputs.
TOO_SHORT = "trop_court"
NOT_FRENCH = "non_francais"
#: Long text that is hardly made of words (a run of one character, binary junk...).
ILLEGIBLE = "illisible"
OFF_TOPIC = "hors_sujet"

#: Flags that keep a contribution out of the clustering and of any issue.
EXCLUDED_FLAGS = frozenset({EMPTY, NOT_FRENCH, ILLEGIBLE})
# Above this many characters, a text whose words cover less than half of it is not a short text but junk.
_ILLEGIBLE_FROM = 200

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_OTHER_LANGUAGES = ("en", "es", "de", "it", "pt", "nl")
# wordfreq's small lists (common words) load ten times faster and suffice to tell languages apart.
_WORDLIST = "small"
# Words shared by several languages say nothing about which one a text is in.
_MIN_WORDS_FOR_LANGUAGE = 4


def words(text: str) -> list[str]:
    """The alphabetic words of ``text``, lower-cased.

    >>> words("L'achat local, c'est 100 % mieux !")
    ["l'achat", 'local', "c'est", 'mieux']
    """
    return [w.lower() for w in _WORD.findall(text)]


@lru_cache(maxsize=200_000)
def _french_frequency(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "fr", wordlist=_WORDLIST)


@lru_cache(maxsize=200_000)
def _english_frequency(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en", wordlist=_WORDLIST)


@lru_cache(maxsize=200_000)
def _best_language(word: str) -> str:
    from wordfreq import zipf_frequency

    french = zipf_frequency(word, "fr", wordlist=_WORDLIST)
    best, best_score = "fr", french
    for language in _OTHER_LANGUAGES:
        score = zipf_frequency(word, language, wordlist=_WORDLIST)
        if score > best_score + 0.5:  # a clear preference, not a shared word
            best, best_score = language, score
    return best if best_score > 0 else "?"


def language_of(text: str) -> str:
    """The most likely language code of ``text`` among French and a few neighbours (``"?"``: unknown)."""
    # 40 words are plenty to tell the language, and bound the cost of long texts.
    tokens = [w.split("'")[-1].split("’")[-1] for w in words(text)[:40]]
    if not tokens:
        return "?"
    # Fast path: French against English only, so the other word lists stay unloaded
    # for the usual French contribution.
    french = sum(_french_frequency(t) > _english_frequency(t) + 0.5 for t in tokens)
    english = sum(_english_frequency(t) > _french_frequency(t) + 0.5 for t in tokens)
    if french >= 0.6 * len(tokens) and french > 2 * english:
        return "fr"
    votes: dict[str, int] = {}
    for token in tokens:
        language = _best_language(token)
        votes[language] = votes.get(language, 0) + 1
    known = {k: v for k, v in votes.items() if k != "?"}
    if not known:
        return "?"
    return max(sorted(known), key=lambda k: (known[k], k == "fr"))


def flag_text(text: str, *, min_words: int = 3) -> str:
    """The reason a contribution cannot be clustered, or ``""`` (``min_words``: unused, kept for callers)."""
    if not text or not any(ch.isalnum() for ch in text):
        return EMPTY
    tokens = words(text)
    if len(text) > _ILLEGIBLE_FROM and sum(len(t) for t in tokens if len(t) <= 40) < 0.5 * len(text.replace(" ", "")):
        return ILLEGIBLE
    if len(tokens) >= _MIN_WORDS_FOR_LANGUAGE and language_of(text) not in ("fr", "?"):
        return NOT_FRENCH
    return ""
