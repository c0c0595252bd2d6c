"""Fixers for the misreads of low-resolution scans: punctuation, glued words, short words, symbols.

Each finder follows the contract of :mod:`spaser_nlp.clean.fixers` (replacements
in ``text`` coordinates, never inside a protected span); each has a ``fix_x``
twin for notebooks and tests:

>>> fix_punctuation("Le schéma est adopté, Les actions suivent,\\n\\nUn bilan")
'Le schéma est adopté. Les actions suivent.\\n\\nUn bilan'
>>> fix_glued("Objectif2027 et équivalentCO2, la légumerieen projet")
'Objectif 2027 et équivalent CO2, la légumerieen projet'
>>> fix_short_words("Fin. ll prévoit 1 ME HT pour Ja ville. I! faut")
'Fin. Il prévoit 1 M€ HT pour la ville. Il faut'
>>> fix_short_words("les défis Il.1, Ill.2 et IIL.3 des SIAË")
'les défis II.1, III.2 et III.3 des SIAE'
"""

from __future__ import annotations

import re

from spaser_nlp.clean.fixers import CleanContext, _at_sentence_start, _twin
from spaser_nlp.clean.lexicon import accent_key
from spaser_nlp.clean.offsets import Replacement

# ---------------------------------------------------------------------------
# Punctuation: a period read as a comma at a sentence end
# ---------------------------------------------------------------------------
# "word, Les" -> "word. Les": the next word is a capitalised grammatical word, which starts
# a sentence and is never a name; "word,\n\nNext" -> "word.\n\nNext": a block never ends on a comma.
_COMMA_BEFORE_CAPITAL = re.compile(
    r"(?:(?<=[^\W\d_]{2})|(?<=[\d)»%€]))([,;]) ([A-ZÀÂÉÈÊÎÔÇ][a-zàâçéèêëîïôûùü']+)"
)
_COMMA_AT_BLOCK_END = re.compile(r"(?:(?<=[^\W_]{2})|(?<=[)»%€]))(,)(?=\n\n+[A-ZÀÂÉÈÊÎÔÇ«])")
# Words that start sentences and are never names: French determiners, pronouns, prepositions and
# sentence adverbs (a closed class of the language).
_STARTERS = frozenset(
    "le la les un une des ce cet cette ces il elle ils elles on nous vous son sa ses leur leurs notre nos "
    "votre vos en dans pour par sur avec au aux du depuis chaque tous toutes tout toute mais ainsi enfin "
    "cependant toutefois pourtant puis outre après avant selon lorsque quand si cela ceci".split()
)


def find_punctuation(text: str, ctx: CleanContext) -> list[Replacement]:
    """A comma (or semicolon) before a capitalised grammatical word, or at the end of a block, is a period."""
    reps = []
    for m in _COMMA_BEFORE_CAPITAL.finditer(text):
        word = m.group(2)
        if word.lower().split("'")[0] in _STARTERS:
            reps.append(Replacement(m.start(1), m.end(1), ".", "punctuation", 0.7))
    for m in _COMMA_AT_BLOCK_END.finditer(text):
        reps.append(Replacement(m.start(1), m.end(1), ".", "punctuation", 0.6))
    protected = ctx.protected(text)
    return [r for r in reps if not protected.overlaps(r.start, r.end)]


# ---------------------------------------------------------------------------
# Glued words: a word stuck to a number, a sigle or "n°"
# ---------------------------------------------------------------------------
_GLUED_FUNCTION = re.compile(
    r"(?<!\w)(?:([A-ZÀ-Ý]{2,})|(\d+),)(et|de|la|le|les|des|du|en|à|au|aux|ou|pour|par|sur)\b"
)
_GLUED_DIGIT = re.compile(r"(?<![\w'’])([^\W\d_]*[a-zà-ÿ][^\W\d_]*?)(n°\d|\d+(?![^\W\d_])|[A-Z]{2,}\d*\b)")


def find_glued(text: str, ctx: CleanContext) -> list[Replacement]:
    """Put back the space between a known word and the number, "n°" or sigle glued to it."""
    zipf = ctx.lexicon.zipf
    reps = []
    for m in _GLUED_DIGIT.finditer(text):
        word = m.group(1)
        if len(word) < (3 if m.group(2)[0].isdigit() else 4) or zipf.get(word.lower(), 0.0) < 3.0:
            continue
        whole = text[m.start(1) : m.end()]
        if zipf.get(whole.lower(), 0.0) >= 2.0:
            continue
        reps.append(Replacement(m.end(1), m.end(1), " ", "glued", 0.8))
    for m in _GLUED_FUNCTION.finditer(text):
        # "d'ESATet", "2027,et": a sigle or a number stuck to a grammatical word
        if m.group(1) and (m.group(1) + m.group(3)).upper() in ctx.lexicon.acronyms:
            continue
        at = m.start(3)
        reps.append(Replacement(at, at, " ", "glued", 0.8))
    return reps


# ---------------------------------------------------------------------------
# Short words and symbols read as look-alike glyphs
# ---------------------------------------------------------------------------
_IL = re.compile(r"(?<![\w'’!|])(?:ll|I!|\|!|l!|1l|\|l)(?= [a-zàâçéèêîôû])")
_ARTICLE = re.compile(r"(?<![\w'’.,-])(Ja|Ia|1a|Ie|1e)(?= [a-zàâçéèêîôû]{2})")
_EURO = re.compile(r"(?<=\d)([ \u00a0\u202f])(M|k|Md)E(?=[ \u00a0\u202f]?(?:HT|TTC)\b|[\s.,;:)]|$)")
_ACCENTED_SIGLE = re.compile(r"\b[A-Z]*[ÀÂÄÉÈÊËÎÏÔÖÛÜ][A-ZÀÂÄÉÈÊËÎÏÔÖÛÜ]*\b")
_ROMAN_LIKE = re.compile(r"(?<![\w.])([IlL|]{2,4})(?=[.,]\d\b)")


def find_short_words(text: str, ctx: CleanContext) -> list[Replacement]:
    """"ll", "I!", "|!" for "Il"; "Ja", "Ia" for "la"; "ME" for "M€"; "Il.1", "Ill.2" for roman "II.1", "III.2"."""
    reps = []
    for m in _IL.finditer(text):
        word = "Il" if _at_sentence_start(text, m.start()) else "il"
        reps.append(Replacement(m.start(), m.end(), word, "confusion", 0.8))
    for m in _ARTICLE.finditer(text):
        article = "l" + m.group(1)[1]
        if _at_sentence_start(text, m.start()):
            article = article.capitalize()
        reps.append(Replacement(m.start(), m.end(), article, "confusion", 0.8))
    for m in _EURO.finditer(text):
        reps.append(Replacement(m.start(2), m.end(), m.group(2) + "€", "confusion", 0.8))
    for m in _ACCENTED_SIGLE.finditer(text):
        # "SIAË": a speck read as a diaeresis on a sigle the lexicon knows without it
        plain = accent_key(m.group()).upper()
        if len(plain) >= 2 and plain in ctx.lexicon.acronyms and m.group() not in ctx.lexicon.acronyms:
            reps.append(Replacement(m.start(), m.end(), plain, "confusion", 0.8))
    for m in _ROMAN_LIKE.finditer(text):
        numeral = m.group(1)
        if numeral.count("I") and any(c in "l|" for c in numeral) or "L" in numeral[1:]:
            reps.append(Replacement(m.start(1), m.end(1), "I" * len(numeral), "roman-numeral", 0.7))
    return reps


fix_punctuation = _twin(find_punctuation)
fix_glued = _twin(find_glued)
fix_short_words = _twin(find_short_words)
