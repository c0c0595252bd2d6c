"""Small pure text helpers used while reading a page: Unicode clean-up, line joining, garbage scores.

Every function here takes and returns plain strings (or numbers) so it can be
used on text-layer and OCR output alike. Typographic apostrophes and quotes
are left alone: the cleaning stage decides about them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
# Characters that carry no text: soft hyphen, zero-width spaces and joiners, byte-order mark.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# Every Unicode space becomes a plain space. No-break spaces (U+00A0, U+202F) included:
# born-digital PDFs use them inconsistently (French typography before ":" and in
# "1 500 000"), OCR never produces them, and later stages treat all spaces alike.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# Hyphen look-alikes that PDFs emit for an ordinary hyphen.
_HYPHENS = "\u2010\u2011"

_TRANSLATION = str.maketrans(
    {
        **LIGATURES,
        **{char: None for char in _INVISIBLE},
        **{char: " " for char in _SPACES},
        **{char: "-" for char in _HYPHENS},
    }
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def normalize_unicode(text: str) -> str:
    """NFC-compose ``text``, spell out ligatures, drop invisible characters and unify spaces.

    >>> normalize_unicode("e\\u0301conomie circulaire, ﬁlière, ﬂux, eﬃcace")
    'économie circulaire, filière, flux, efficace'
    >>> normalize_unicode("respon\\u00adsable\\u00a0: 1\\u202f500\\u200b €")
    'responsable : 1 500 €'
    >>> normalize_unicode("l’œuvre « ESS »")
    'l’œuvre « ESS »'
    """
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_TRANSLATION)
    return _CONTROL.sub("", text)


# ---------------------------------------------------------------------------
# Joining the lines of a paragraph
# ---------------------------------------------------------------------------

# Characters that end a line whose last word goes on at the next line.
LINE_END_HYPHENS = ("-", "\u2010", "\u2011", "\u00ad")
_LINE_END_HYPHENS = LINE_END_HYPHENS
_BROKEN_ADDRESS = re.compile(r"(?:\S+@\S*|https?://\S*|www\.\S*)[\w.@/-]$")
_LETTER_RUN = re.compile(r"[^\W\d_]+$")
_LEADING_WORD = re.compile(r"^[^\W\d_]+")


@lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    # wordfreq loads its French list on first use (about a second), once per process.
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "fr")


# First elements of French compounds broken at their own hyphen ("porte-parole",
# "sous-traitance", "éco-conception"): the hyphen stays unless the joined form is a common word.
COMPOUND_FIRST = frozenset(
    """anti après arrière auto avant bas basse beau belle bien bio c'est ci co contre court
    demi dix éco est euro ex extra franco grand grande garde haut haute hors inter long
    mi micro mini multi néo non outre petit petite peut porte post pré pro quasi
    sans semi socio sous super sur télé tiers trans ultra vice vingt""".split()
)
# Second elements that are always attached with a hyphen ("saviez-vous", "celle-ci", "lui-même").
ENCLITICS = frozenset("je tu il ils elle elles on nous vous moi toi lui leur eux même mêmes ci là t y en".split())


def _keeps_hyphen(left: str, right: str, right_has_hyphen: bool = False) -> bool:
    """Whether ``left-`` at a line end followed by ``right`` is a real compound.

    ``left`` is the letters just before the hyphen, ``right`` the letters that
    start the next line. Split words join when the joined form is a known word
    ("respon-sable", "dimension-nés"); compounds keep their hyphen: names
    ("Centre-Val"), several hyphens ("Val-de-Loire"), pronouns ("saviez-vous"),
    usual first elements ("porte-parole"), and two words that make no word
    when joined ("bas-carbone").
    """
    if right[:1].isupper() and not (left.isupper() and right.isupper()):
        return True
    joined_zipf = _zipf((left + right).lower())
    if right_has_hyphen:
        return joined_zipf < _zipf(left.lower())
    right_zipf = _zipf(right.lower())
    if right_zipf == 0 or joined_zipf >= 3.0:
        return False  # "mi-crofibres": the second part is no word; "va-leur": the whole is a common one
    if right.lower() in ENCLITICS or left.lower() in COMPOUND_FIRST:
        return True
    if joined_zipf > 0:
        return False
    return _zipf(left.lower()) > 0


def join_hyphenated(before: str, after: str) -> str:
    """Join ``before`` (ending with a hyphen) and the next line ``after``.

    >>> join_hyphenated("des achats respon-", "sables et durables")
    'des achats responsables et durables'
    >>> join_hyphenated("le porte-", "parole du comité")
    'le porte-parole du comité'
    >>> join_hyphenated("la période 2022-", "2026")
    'la période 2022-2026'
    """
    soft = before.endswith("\u00ad")
    stem = before[:-1]
    left_match = _LETTER_RUN.search(stem)
    right_match = _LEADING_WORD.match(after)
    if soft and right_match:
        return stem + after
    if left_match is None or right_match is None:
        # "2022-" + "2026", "- " bullets, dashes: keep the hyphen and do not add a space.
        return stem + "-" + after if stem and not stem.endswith(" ") else before + " " + after
    right = right_match.group(0)
    if _keeps_hyphen(left_match.group(0), right, after[len(right) : len(right) + 1] == "-"):
        return stem + "-" + after
    return stem + after


def join_lines(lines: Sequence[str]) -> str:
    """Join the lines of one paragraph with spaces, rejoining words split at line ends.

    >>> join_lines(["Les achats respon-", "sables des collectivités", "et leur porte-", "parole."])
    'Les achats responsables des collectivités et leur porte-parole.'
    >>> join_lines(["Région Centre-", "Val de Loire, auto-", "entrepreneurs"])
    'Région Centre-Val de Loire, auto-entrepreneurs'
    >>> join_lines(["Écrire à achats@val", "deloire.example ou à", "Val-de-", "Loire et dimension-", "nés"])
    'Écrire à achats@valdeloire.example ou à Val-de-Loire et dimensionnés'
    >>> join_lines(["sa va-", "leur, les mi-", "crofibres, saviez-", "vous ? le bas-", "carbone"])
    'sa valeur, les microfibres, saviez-vous ? le bas-carbone'
    >>> join_lines(["  un  ", "", "deux"])
    'un deux'
    """
    text = ""
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            continue
        if not text:
            text = line
        elif text.endswith(_LINE_END_HYPHENS) and len(text) > 1 and text[-2].isalnum():
            text = join_hyphenated(text, line)
        elif _BROKEN_ADDRESS.search(text) and line[:1].isalnum():
            text = text + line  # an e-mail or web address broken at the line end has no space
        else:
            text = f"{text} {line}"
    return text


# ---------------------------------------------------------------------------
# Garbage scores
# ---------------------------------------------------------------------------

_CID = re.compile(r"\(cid:\d+\)")


def _is_unusable(char: str) -> bool:
    if char == "\ufffd":
        return True
    category = unicodedata.category(char)
    # Private-use glyphs (unmapped symbol fonts), unassigned code points, controls, surrogates.
    return category in {"Co", "Cn", "Cs"} or (category == "Cc" and char not in "\t\n\r\f")


def is_garbage_text(text: str) -> float:
    """Share (0-1) of the non-space characters of ``text`` that carry no readable text.

    Counted as unusable: ``(cid:N)`` codes of fonts without a Unicode map, the
    replacement character U+FFFD, private-use and unassigned code points, and
    control characters. An empty text scores 0.

    >>> is_garbage_text("Axe 1 : achats responsables")
    0.0
    >>> is_garbage_text("(cid:12)(cid:7)ab")
    0.5
    >>> is_garbage_text("\\ufffd\\ue000 ok")
    0.5
    """
    # One unmapped glyph is one character, however long its "(cid:N)" spelling.
    cid_chars = len(_CID.findall(text))
    rest = _CID.sub("", text)
    visible = [char for char in rest if not char.isspace()]
    total = cid_chars + len(visible)
    if total == 0:
        return 0.0
    bad = cid_chars + sum(1 for char in visible if _is_unusable(char))
    return bad / total


def letter_ratio(text: str) -> float:
    """Share (0-1) of the non-space characters of ``text`` that are letters or digits.

    >>> letter_ratio("Cible 2026 : 25 %")
    0.8461538461538461
    >>> letter_ratio("—@~ . . .")
    0.0
    """
    visible = [char for char in text if not char.isspace()]
    if not visible:
        return 0.0
    return sum(1 for char in visible if char.isalnum()) / len(visible)


_WORD = re.compile(r"[^\W\d_]{3,}")


def latin_letter_share(text: str, *, max_letters: int = 4000) -> float | None:
    """Share (0-1) of the letters of ``text`` that are Latin (French, English...); None without letters.

    >>> latin_letter_share("Axe 1 : achats"), latin_letter_share("شراء مسؤول"), latin_letter_share("12 %")
    (1.0, 0.0, None)
    """
    letters = [char for char in text if char.isalpha()][:max_letters]
    if not letters:
        return None
    return sum(1 for char in letters if char < "\u0250" or _is_latin_letter(char)) / len(letters)


def _is_latin_letter(char: str) -> bool:
    return unicodedata.name(char, "").startswith("LATIN")


def latin_words(text: str) -> str:
    """``text`` with its words in other scripts left out.

    >>> latin_words("Le schéma 2024 قانون الشراء et la loi")
    'Le schéma 2024 et la loi'
    """
    kept = [word for word in text.split() if all(not c.isalpha() or c < "\u0250" or _is_latin_letter(c) for c in word)]
    return " ".join(kept)


# Tesseract's language codes -> wordfreq's, for the word lists that judge a text layer (``--lang``).
WORDFREQ_LANGUAGES = {
    "fra": "fr", "eng": "en", "deu": "de", "spa": "es", "ita": "it", "por": "pt", "nld": "nl", "cat": "ca",
    "pol": "pl", "ces": "cs", "ron": "ro", "swe": "sv", "dan": "da", "nor": "nb", "fin": "fi", "hun": "hu",
    "tur": "tr", "eus": "eu", "ara": "ar", "rus": "ru", "ell": "el",
}


def script_name(text: str) -> str:
    """The script of most letters of ``text`` that are not Latin, from their Unicode names.

    >>> script_name("Le mot شراء"), script_name("采购 schéma")
    ('Arabic', 'Chinese/Japanese (CJK)')
    """
    from collections import Counter

    names = Counter(
        unicodedata.name(char, "?").split()[0] for char in text if char.isalpha() and not _is_latin_letter(char)
    )
    name = names.most_common(1)[0][0] if names else ""
    return {"CJK": "Chinese/Japanese (CJK)", "HANGUL": "Korean (Hangul)"}.get(name, name.capitalize())


def known_word_ratio(
    text: str, *, max_words: int = 400, english: bool = True, languages: tuple[str, ...] = ()
) -> float | None:
    """Share (0-1) of the words of three letters or more that French (or, with ``english``, English) knows.

    A font with a wrong encoding gives letters that form no words ("Dfkdwv
    uhvsrqvdeohv"); ``None`` when ``text`` has fewer than 10 such words. Without
    ``english`` the ratio can only be lower (and English's word list is not loaded).

    >>> known_word_ratio("Les achats responsables de la collectivité favorisent "
    ...                  "l'insertion et l'emploi local durable dans les territoires")
    1.0
    >>> known_word_ratio("abc")
    """
    words = _WORD.findall(text)[:max_words]
    if len(words) < 10:
        return None
    if not english and not languages:
        return sum(1 for word in words if _zipf(word.lower()) > 0) / len(words)
    from wordfreq import zipf_frequency

    others = (["en"] if english else []) + [code for code in languages if code not in ("fr", "en")]
    known = sum(
        1 for word in words if _zipf(word.lower()) > 0 or any(zipf_frequency(word, code) > 0 for code in others)
    )
    return known / len(words)
