"""Correction of single words: accents, OCR letter confusions, elisions, splits and merges.

A word the lexicon knows well is left alone (with two narrow exceptions: an
unaccented web spelling such as "tres" and a misplaced accent such as "trés").
An unknown or rare word gets candidates from the OCR error shapes (accent
swaps, doubled accents, rn/m, cl/d, li/h, c/e, 1/l, 0/o, ce/œ, g/q...); the
most frequent candidate wins if it is frequent enough. Results are memoised
per token, so a long document costs little more than its vocabulary.

>>> fix = WordCorrector(Lexicon.load()).correct
>>> [fix(w)[0] for w in ["premiére", "progrés", "Numeérique", "chague", "ceuvre", "rnarché", "larticle"]]
['première', 'progrès', 'Numérique', 'chaque', 'œuvre', 'marché', "l'article"]
>>> fix("marché") is None, fix("Quimperlé") is None
(True, True)
"""

from __future__ import annotations

from spaser_nlp.clean.config import CleanConfig
from spaser_nlp.clean.lexicon import Lexicon, accent_key

# (what OCR produced, what was printed); applied one at a time on lower-cased words.
CONFUSIONS: tuple[tuple[str, str], ...] = (
    ("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("li", "h"), ("h", "li"),
    ("c", "e"), ("e", "c"), ("1", "l"), ("1", "i"), ("l", "i"), ("i", "l"), ("0", "o"),
    ("ce", "œ"), ("oe", "œ"), ("g", "q"), ("q", "g"), ("l", "u"), ("u", "n"), ("n", "u"),
    ("ri", "n"), ("n", "ri"), ("in", "m"), ("m", "in"), ("vv", "w"), ("t", "f"), ("f", "t"),
    ("ii", "ü"), ("i", "î"), ("a", "â"), ("o", "ô"), ("u", "û"), ("é", "c"), ("c", "é"),
    ("s", "e"), ("e", "s"), ("a", "e"), ("o", "e"),
    # low-resolution scans: the bowl of "a" closes into "u", "ti" and "nt" fuse ("objecufs", "imégreront")
    ("u", "a"), ("a", "u"), ("u", "ti"), ("m", "nt"), ("n", "t"), ("o", "a"), ("a", "o"), ("u", "o"),
    ("æ", "œ"),
)
_LETTERS = "abcdefghijklmnopqrstuvwxyzéèêàâîôûçëïü"
_ACCENTED_E = "éèêë"
_VOWELS = "aeiouyéèêëàâîïôûh"
# "l'" read as a letter glued to the next word ("larticle", "dinsertion", "quil").
_ELIDING = ("qu", "l", "d", "n", "s", "j", "c", "m", "t")
# Known words that are also real words of other meaning: never changed without context.
# OCR misreads that happen to be (rare, foreign) dictionary words, and short debris of the
# commonest words ("dc" for "de"): never what a French procurement text means.
SHORT_FIXES = {
    "colt": "coût", "colts": "coûts", "ceuvre": "œuvre", "ceuvres": "œuvres", "chague": "chaque",
    "dc": "de", "nc": "ne", "lc": "le", "cc": "ce", "sc": "se", "ct": "et", "cn": "en", "clu": "du",
    "dcs": "des", "lcs": "les", "ccs": "ces", "qnc": "que", "qne": "que", "unc": "une", "snr": "sur",
    "ccttc": "cette", "cctte": "cette", "anx": "aux", "cst": "est",
}
# Prefixes that make real (if rare) words: no split after them ("dés|imperméabiliser").
_PREFIXES = frozenset(
    "dés dé ré re pré in im co sous sur anti auto bio éco inter intra multi non pro télé para mi socio agro géo "
    "hydro micro macro poly semi hyper super extra ultra trans post néo péri mono bi tri quasi contre entre demi "
    "avant vice ex photo thermo électro cyber euro méga mini maxi pluri".split()
)
# Inflection endings that are words too ("ont", "es"): a split there breaks a verb ("découper ont").
_SUFFIX_WORDS = frozenset(
    "ont ons ez ent ait ais aient era eront erai erez iez ions es er is it ai as ment ements ement tion tions "
    "ure ures age ages eur eurs euse euses ite ites ité ités isme ismes iste istes ance ances ence ences "
    "able ables ible ibles ique iques aire aires oir oirs ir ira iront a".split()
)
# Grammatical words OCR glues to the end of the previous word, longest first.
_TRAILING = ("seront", "pour", "par", "sur", "des", "les", "aux", "une", "est", "de", "la", "le", "en", "et", "du",
             "au", "un", "à")
AMBIGUOUS = frozenset(
    "a à ou où la là des dès dés du dû sur sûr mur mûr ne né de dé le lé les lès es ès te té "
    "me mé se sé entre entré prés près cote côte côté mais maïs tache tâche âpres".split()
)


def _accents(word: str) -> int:
    return sum(1 for char in word if not char.isascii())


def _recase(original: str, corrected: str) -> str:
    """Give ``corrected`` the capitalisation of ``original`` (first letter only)."""
    if original[:1].isupper() and corrected:
        return corrected[0].upper() + corrected[1:]
    return corrected


class WordCorrector:
    """Decides, word by word, whether and how to correct a token (memoised)."""

    def __init__(self, lexicon: Lexicon, config: CleanConfig | None = None, *, apostrophe: str = "'") -> None:
        self.lexicon = lexicon
        self.config = config or CleanConfig()
        self.apostrophe = apostrophe
        self._zipf = lexicon.zipf
        self._memo: dict[str, tuple[str, str, float] | None] = {}

    # ----- single tokens --------------------------------------------------
    def correct(self, token: str) -> tuple[str, str, float] | None:
        """``(corrected, rule, confidence)`` for ``token``, or None to keep it."""
        try:
            return self._memo[token]
        except KeyError:
            pass
        result = self._correct(token)
        self._memo[token] = result
        return result

    def _correct(self, token: str) -> tuple[str, str, float] | None:
        if len(token) < 2 or (token.isalpha() and token.isupper()):
            return None
        if token[0].isdigit() and not (token[0] in "01" and len(token) >= 4 and token[1:].isalpha()):
            return None  # numbers and ordinals ("1er"); "0bjectif" is a word with a misread letter
        if token in self.lexicon.proper_nouns or token in self.lexicon.acronyms:
            return None
        lower = token.lower()
        if lower in SHORT_FIXES and not token.isupper():
            return _recase(token, SHORT_FIXES[lower]), "confusion", 0.8
        if not token.isalpha() and sum(char.isdigit() for char in token) > 2:
            return None  # a code or reference, not a word with a misread letter
        freq = self._zipf.get(lower, 0.0)
        if freq >= 3.0:
            fixed = self._known_accent_fix(lower, freq) or self._function_word_accent(lower, freq)
            return (_recase(token, fixed), "accent", 0.9) if fixed else None
        # unknown words take rarer corrections than rare-but-known ones; names need more evidence
        base = (2.0 if freq == 0 else 3.0) + (0.5 if token[0].isupper() else 0.0)
        best: tuple[float, str, str] | None = None
        for candidate, rule, cost in self._candidates(lower, freq):
            if rule == "elision":
                cand_freq = self._zipf.get(candidate.split(self.apostrophe)[-1], 0.0)
            else:
                cand_freq = self._zipf.get(candidate, 0.0)
            if cand_freq < base + (0.0 if rule == "accent" else 0.5):
                continue
            if freq > 0:
                if cand_freq - freq < self.config.min_gain:
                    continue
                if rule == "accent" and _accents(candidate) < _accents(lower):
                    continue  # a rare accented word is more likely right than its bare form
            score = cand_freq - cost
            if best is None or score > best[0]:
                best = (score, candidate, rule)
        if best is None and freq == 0 and token.islower():
            edit = self._edit1(lower)
            if edit is not None:
                return edit, "edit", 0.6
        if best is None:
            return None
        confidence = 0.9 if best[2] == "accent" else 0.7
        return _recase(token, best[1]), best[2], confidence

    def _known_accent_fix(self, lower: str, freq: float) -> str | None:
        """A frequent word written without (or with a wrong) accent: "tres", "trés", "developpement"."""
        if lower in AMBIGUOUS:
            return None
        variants = self.lexicon.variants(lower)
        if not variants or variants[0] == lower:
            return None
        best = variants[0]
        gain = self._zipf[best] - freq
        if lower.isascii():
            return best if gain >= 1.3 else None
        return best if gain >= 1.5 and _accents(best) >= _accents(lower) else None

    def _function_word_accent(self, lower: str, freq: float) -> str | None:
        """An accent OCR put on a short grammatical word: "dé", "lé", "dés", "lès" (rare words) for de, le..."""
        if len(lower) > 3 or lower.isascii() or lower == "dés":
            return None  # "dés" may be "dès" (context decides) or the game
        plain = accent_key(lower)
        plain_freq = self._zipf.get(plain, 0.0)
        return plain if plain_freq >= 7.0 and plain_freq - freq >= 3.0 else None

    def _edit1(self, lower: str) -> str | None:
        """An unknown word one edit from exactly one frequent word ("habitunts", "candiduter").

        Only long, lower-case, unknown words: an OCR misread of a word that the
        confusion table does not describe. The winner must be frequent and clearly
        more frequent than any other word at the same distance.
        """
        if len(lower) < 6 or not lower.isalpha():
            return None
        zipf = self._zipf
        seen: dict[str, float] = {}
        for index in range(len(lower) + 1):
            head, tail = lower[:index], lower[index:]
            edits = [head + tail[1:]] if tail else []
            for char in _LETTERS:
                edits.append(head + char + tail)
                if tail:
                    edits.append(head + char + tail[1:])
            if len(tail) > 1:
                edits.append(head + tail[1] + tail[0] + tail[2:])
            for edit in edits:
                value = zipf.get(edit)
                if value is not None and value >= 2.5:
                    seen[edit] = value
        if not seen:
            return None
        # an unknown inflection of a known word ("allotira" next to "allotir") is no misread:
        # leave words that differ from a candidate only in their last two letters
        if any(word[:-2] == lower[: len(word) - 2] and abs(len(word) - len(lower)) <= 1 for word in seen):
            return None
        ranked = sorted(seen.items(), key=lambda item: -item[1])
        word, value = ranked[0]
        if value < 3.0 or (len(ranked) > 1 and value - ranked[1][1] < 1.0):
            return None
        return word

    def _candidates(self, lower: str, freq: float):
        """Yield ``(candidate, rule, cost)``; the cost ranks OCR error shapes by likelihood."""
        for variant in self.lexicon.variants(lower):
            if variant != lower:
                yield variant, "accent", 0.0
        for index in range(len(lower) - 1):
            pair = lower[index : index + 2]
            if pair[0] == "e" and pair[1] in _ACCENTED_E:  # "Numeérique"; "ée" is a real ending
                for variant in self._known_forms(lower[:index] + lower[index + 1 :]):
                    yield variant, "double-accent", 0.1
        for wrong, right in CONFUSIONS:
            start = lower.find(wrong)
            while start >= 0:
                changed = lower[:start] + right + lower[start + len(wrong) :]
                for variant in self._known_forms(changed):
                    yield variant, "confusion", 0.5
                start = lower.find(wrong, start + 1)
        if len(lower) >= 4:
            for prefix in _ELIDING:
                rest = lower[len(prefix) :]
                if lower.startswith(prefix) and rest[:1] in _VOWELS and self._zipf.get(rest, 0.0) >= 3.0:
                    yield f"{prefix}{self.apostrophe}{rest}", "elision", 0.3

    def _known_forms(self, word: str) -> tuple[str, ...]:
        """``word`` if known, else its most frequent accent variant (at most one form)."""
        variants = self.lexicon.variants(word)
        return variants[:1]

    # ----- pairs of tokens ------------------------------------------------
    def merge(self, left: str, right: str) -> tuple[str, float] | None:
        """A word OCR split in two ("dévelop pement"): the joined word if one part is unknown."""
        if not left.isalpha() or not right.isalpha() or right[:1].isupper():
            return None
        zipf = self._zipf
        left_freq = zipf.get(left.lower(), 0.0)
        right_freq = zipf.get(right.lower(), 0.0)
        if min(left_freq, right_freq) >= 2.0 or max(left_freq, right_freq) >= 5.0:
            return None  # "de marchè" is a word after a grammatical word, not "démarche" cut in two
        joined = (left + right).lower()
        forms = self.lexicon.variants(joined)
        if not forms or zipf[forms[0]] < 3.0:
            return None
        return _recase(left, forms[0]), 0.7

    def split(self, token: str) -> tuple[str, str, float] | None:
        """Two words OCR glued together ("marchéspublics"), best split by the rarer part."""
        lower = token.lower()
        own = self._zipf.get(lower, 0.0)
        if len(lower) < 5 or not lower.isalpha() or own >= 2.0:
            return None
        zipf = self._zipf
        if own == 0 and token not in self.lexicon.proper_nouns:
            # a known word with a grammatical word stuck to its end ("Tableaude", "intégrerontla")
            for right in _TRAILING:
                left = lower[: -len(right)]
                if lower.endswith(right) and len(left) >= 4 and zipf.get(left, 0.0) >= (2.0 if len(left) >= 7 else 3.0):
                    cut = len(left)
                    return token[:cut], token[cut:], 0.6
        if token[:1].isupper():
            return None  # names are often unknown compounds ("Montverdun")
        best: tuple[float, int] | None = None
        for cut in range(2, len(lower) - 1):
            left, right = lower[:cut], lower[cut:]
            if right in _SUFFIX_WORDS or left in _PREFIXES:
                continue
            left_freq, right_freq = zipf.get(left, 0.0), zipf.get(right, 0.0)
            low, high = min(left_freq, right_freq), max(left_freq, right_freq)
            # OCR glues a word to its neighbour, most often a short grammatical word ("pourune", "etla")
            if low < 2.5 or high < 5.0:
                continue
            if min(len(left), len(right)) <= 2 and (left_freq if len(left) <= 2 else right_freq) < 5.0:
                continue  # a two-letter part must be a grammatical word ("de"), not debris ("li vrai")
            if best is None or low > best[0]:
                best = (low, cut)
        if best is None or (own > 0 and best[0] < own + 1.5):
            return None
        cut = best[1]
        return token[:cut], token[cut:], 0.6
