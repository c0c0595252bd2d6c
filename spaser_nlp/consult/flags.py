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
from collections import Counter
from functools import lru_cache

import numpy as np

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


#: Robust z-score (of the similarity to the consultation's mean answer) under which an answer is off-topic
#: whatever its words: 3.5 keeps on-topic answers flagged under 2 % on the Grand Débat dev set.
OFF_TOPIC_Z = 3.5
#: Under this z-score (one robust deviation below the median), an answer whose content words no other answer
#: uses (at least ``OFF_TOPIC_MIN_WORDS`` of them) is off-topic: it shares neither meaning nor words with the rest.
OFF_TOPIC_LEXICAL_Z = 1.0
OFF_TOPIC_MIN_WORDS = 4
# Function words (and very common verbs) that say nothing about a topic; content words have 4 letters or more.
_FUNCTION = frozenset(
    "avec dans pour plus moins sans sous chez vers entre depuis pendant leur leurs notre nos votre vos cette ces "
    "celui celle ceux elles nous vous sont sera seront etre avoir fait faire faut falloir peut peuvent doit "
    "doivent tout tous toute toutes aussi bien tres trop encore comme mais donc alors quand quelqu quelque "
    "merci est ont avait etait cela ceci".split()
)


def _content_words(text: str) -> set[str]:
    from spaser_nlp.clean.lexicon import accent_key

    keys = {accent_key(w.split("'")[-1].split("’")[-1]) for w in words(text)}
    keys = {k[:-1] if len(k) > 4 and k[-1] in "sx" else k for k in keys if len(k) >= 4}
    return keys - _FUNCTION


def off_topic(texts: list[str], vectors: np.ndarray, usable: np.ndarray) -> np.ndarray:
    """Which usable answers are off-topic: far from the consultation as a whole (the similarity to the
    mean of every usable answer is a clear outlier, robust z-score under −``OFF_TOPIC_Z``), or somewhat
    far (under −``OFF_TOPIC_LEXICAL_Z``) and sharing none of its content words with any other answer.
    Not a share fixed in advance; a group of off-topic answers would form an issue of its own, but
    against the whole consultation it still stands out.
    """
    flagged = np.zeros(len(texts), dtype=bool)
    if usable.sum() < 10:
        return flagged
    centre = vectors[usable].mean(axis=0)
    closeness = vectors @ (centre / (np.linalg.norm(centre) or 1.0))
    values = closeness[usable]
    median = float(np.median(values))
    spread = 1.4826 * float(np.median(np.abs(values - median))) or 1e-9
    z = (closeness - median) / spread
    content = [_content_words(t) if ok else set() for t, ok in zip(texts, usable)]
    used = Counter(w for c in content for w in c)
    alone = np.array([len(c) >= OFF_TOPIC_MIN_WORDS and all(used[w] == 1 for w in c) for c in content], dtype=bool)
    return usable & ((z < -OFF_TOPIC_Z) | (alone & (z < -OFF_TOPIC_LEXICAL_Z)))


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
