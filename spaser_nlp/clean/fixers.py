"""The cleaner's fixers: each finds :class:`Replacement` s in a text; each has a pure ``str -> str`` twin.

A *finder* ``find_x(text, ctx)`` returns replacements in ``text`` coordinates
and never touches a protected span; the cleaner applies them through an
:class:`~spaser_nlp.clean.offsets.EditBuffer` to keep the offset map. The
``fix_x(text)`` twins apply one finder with the default lexicon, for use in a
notebook or a test:

>>> fix_unicode("l’e\\u0301conomie ﬁnale")
"l'économie finale"
>>> fix_dehyphenation("les achats respon-\\nsables et le porte-\\nparole")
'les achats responsables et le porte-parole'
>>> fix_garbage_lines("Axe 1\\n—@~ i . . .\\nRéduire de 40 %")
'Axe 1\\nRéduire de 40 %'
>>> fix_stray_symbols("le marché ~ public | 2024")
'le marché public 2024'
>>> fix_elisions("pour UESS et ['économie, ’achat public")
"pour l'ESS et l'économie, l'achat public"
>>> fix_digits("en 2O22 et 1O %")
'en 2022 et 10 %'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from spaser_nlp.clean.config import CleanConfig
from spaser_nlp.clean.lexicon import Lexicon
from spaser_nlp.clean.offsets import Replacement, apply_to_string
from spaser_nlp.clean.protect import Protected, word_pattern
from spaser_nlp.clean.words import WordCorrector
from spaser_nlp.ingest.textnorm import LIGATURES  # one ligature table for the package


@dataclass
class CleanContext:
    """What the finders share: settings, lexicon, the word corrector and compiled patterns."""

    lexicon: Lexicon
    config: CleanConfig = field(default_factory=CleanConfig)

    @cached_property
    def corrector(self) -> WordCorrector:
        return WordCorrector(self.lexicon, self.config, apostrophe=self.config.apostrophe)

    @cached_property
    def extra_protected(self) -> re.Pattern[str]:
        # mixed-case acronyms (EGalim) and dotted names (Idée.Paris); all-caps ones are caught by Protected
        words = [w for w in self.lexicon.acronyms if not w.isupper()]
        words += [w for w in self.lexicon.proper_nouns if not w.isalpha()]
        return word_pattern(words)

    @cached_property
    def vowel_acronyms(self) -> re.Pattern[str]:
        acronyms = sorted((a for a in self.lexicon.acronyms if a[:1] in "AEIOUYÉ"), key=len, reverse=True)
        alternation = "|".join(re.escape(a) for a in acronyms)
        return re.compile(rf"(?<![\w'’])(U|\[|\||I|1|L|l)(['’]?)({alternation})(?!\w)")

    def protected(self, text: str) -> Protected:
        """Protected spans of ``text`` (cached: stages that change nothing share one computation)."""
        cached = self.__dict__.get("_protected")
        if cached is not None and cached.text is text:
            return cached
        found = Protected.find(text, extra=self.extra_protected)
        self.__dict__["_protected"] = found
        return found


Finder = Callable[[str, CleanContext], list[Replacement]]

# ---------------------------------------------------------------------------
# Unicode: NFC, ligatures, invisible characters, one apostrophe, French spacing
# ---------------------------------------------------------------------------
_COMBINING = re.compile(r".[\u0300-\u036f]+")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_LIGATURE_RE = re.compile("[" + "".join(LIGATURES) + "]")
_APOSTROPHES = "'’‘ʼ`´′"
_SPACE_BEFORE = re.compile(r"[ \u202f](?=[;:!?»%€])")
_SPACE_AFTER = re.compile(r"«[ \u202f](?=\S)")


def find_unicode(text: str, ctx: CleanContext) -> list[Replacement]:
    """NFC, ligatures, invisible characters, apostrophes, no-break spaces in French punctuation."""
    reps: list[Replacement] = []
    for m in _COMBINING.finditer(text):
        composed = unicodedata.normalize("NFC", m.group())
        if composed != m.group():
            reps.append(Replacement(m.start(), m.end(), composed, "nfc"))
    reps += [Replacement(m.start(), m.end(), LIGATURES[m.group()], "ligature") for m in _LIGATURE_RE.finditer(text)]
    reps += [Replacement(m.start(), m.end(), "", "invisible") for m in _INVISIBLE.finditer(text)]
    apostrophe = ctx.config.apostrophe
    others = re.compile("[" + re.escape(_APOSTROPHES.replace(apostrophe, "")) + "]")
    for m in others.finditer(text):
        start = m.start()
        # only between letters: quotes and primes elsewhere are not apostrophes
        if 0 < start < len(text) - 1 and text[start - 1].isalpha() and text[start + 1].isalpha():
            reps.append(Replacement(start, m.end(), apostrophe, "apostrophe"))
    if ctx.config.nbsp:
        spaces = [
            (m.start(), m.end()) for m in _SPACE_BEFORE.finditer(text) if m.start() and not text[m.start() - 1].isspace()
        ]
        spaces += [(m.start() + 1, m.end()) for m in _SPACE_AFTER.finditer(text)]
        if spaces:
            protected = ctx.protected(text)
            for start, end in spaces:
                if not protected.overlaps(start - 1, end + 1):
                    reps.append(Replacement(start, end, "\u00a0", "nbsp"))
    return reps


# ---------------------------------------------------------------------------
# Line ends: dehyphenation
# ---------------------------------------------------------------------------
_LINE_HYPHEN = re.compile(r"[\-\u2010\u2011\u00ad][ \t]*(\n\n?)[ \t]*([^\W\d_]+)")
_INWORD_HYPHEN = re.compile(r"-([a-zà-ÿœ]+)")
# Compounds whose hyphen-less spelling is also a frequent word: the hyphen stays.
_HYPHEN_KEEP = frozenset("week-end week-ends e-mail e-mails rendez-vous multi-acteurs co-construction".split())
_INLINE_HYPHEN = re.compile(r"- ([a-zà-ÿœ][^\W\d_]+)")
_LEFT_WORD = re.compile(r"[^\W\d_]+$")


def _word_before(text: str, position: int) -> str:
    m = _LEFT_WORD.search(text, max(0, position - 40), position)
    return m.group() if m else ""


def _misread_word(joined: str, ctx: CleanContext) -> bool:
    """Whether the word corrector turns ``joined`` into one known word ("soliduire" -> "solidaire")."""
    fix = ctx.corrector.correct(joined.lower())
    return fix is not None and " " not in fix[0] and fix[1] not in ("split", "elision")


def find_dehyphenation(text: str, ctx: CleanContext) -> list[Replacement]:
    """Rejoin words split at a line end ("respon-\\nsable"); keep real compounds' hyphen."""
    zipf = ctx.lexicon.zipf
    reps: list[Replacement] = []
    for m in _LINE_HYPHEN.finditer(text):
        left, right = _word_before(text, m.start()), m.group(2)
        if not left:
            continue
        joined = zipf.get((left + right).lower(), 0.0)
        both = min(zipf.get(left.lower(), 0.0), zipf.get(right.lower(), 0.0))
        if len(m.group(1)) == 2 and not (
            right.islower() and (joined >= 2.0 or _misread_word(left + right, ctx))
            or joined >= 3.0 and zipf.get(left.lower(), 0.0) < 2.0
        ):
            # across a block break only when the whole is a word and the left half is none, or the right
            # half starts in lower case (a block never does: "entre-\n\nprises", "actuali-\n\nsées")
            continue
        if joined < 2.0 and not _misread_word(left + right, ctx) and len(m.group(1)) == 2:
            continue
        keep = right[:1].isupper() or (joined < 2.0 and both >= 2.5)
        reps.append(Replacement(m.start(), m.start(2), "-" if keep else "", "dehyphenate"))
    for m in _INWORD_HYPHEN.finditer(text):
        # a line-end hyphen that an earlier tool kept ("va-leur", "mi-crofibres")
        left, right = _word_before(text, m.start()), m.group(1)
        if len(left) < 2 or not left.islower() or (m.end() < len(text) and text[m.end()] in "-'’"):
            continue
        joined = zipf.get(left + right, 0.0)
        if f"{left}-{right}" in _HYPHEN_KEEP:
            continue
        if joined >= 4.0 or (joined >= 3.0 and min(zipf.get(left, 0.0), zipf.get(right, 0.0)) < 2.5):
            reps.append(Replacement(m.start(), m.start() + 1, "", "dehyphenate", 0.8))
        elif joined == 0.0 and max(zipf.get(left, 0.0), zipf.get(right, 0.0)) < 3.0 and _misread_word(
            left + right, ctx
        ):
            reps.append(Replacement(m.start(), m.start() + 1, "", "dehyphenate", 0.7))  # "soli-duire"
    for m in _INLINE_HYPHEN.finditer(text):
        left, right = _word_before(text, m.start()), m.group(1)
        if len(left) < 2:
            continue
        if zipf.get((left + right).lower(), 0.0) >= 3.0 and zipf.get(left.lower(), 0.0) < 2.0:
            reps.append(Replacement(m.start(), m.start(1), "", "dehyphenate", 0.8))
    return reps


# ---------------------------------------------------------------------------
# Garbage lines and stray symbols (pictures, logos, rules of tables)
# ---------------------------------------------------------------------------
_LINE = re.compile(r"[^\n\f]+")
_TOKEN = re.compile(r"[^\W_]+")
_STRAY = "~|¦¬^_=<>\\{}@#*■□▪▫●◆◇►▶✓✔☐☑©®™¤¢¥£¨´`•·+°"
_STRAY_TOKEN = re.compile("(?<!\\S)(?:[" + re.escape(_STRAY) + "]+(?!\\S)|_+(?=[^\\W_]))")


_ALPHA_HEAD = re.compile(r"[^\W\d_]*[a-zà-ÿ](?=\d|[A-Z]{2})")


def is_garbage_line(line: str, lexicon: Lexicon) -> bool:
    """A line with no known word and no number, mostly symbols or letter debris.

    >>> lex = Lexicon.load()
    >>> lines = ["—@~ i . . .", 'fififi,"nfl?', "Cible 2026", "ESAT", "Quimperlé", "une enquéte"]
    >>> [is_garbage_line(line, lex) for line in lines]
    [True, True, False, False, False, False]
    """
    tokens = _TOKEN.findall(line)
    visible = len(line) - line.count(" ") - line.count("\t")
    if visible <= 0:
        return False
    zipf = lexicon.zipf
    known_chars = 0
    for token in tokens:
        if token[0].isdigit() or token in lexicon.acronyms or token in lexicon.proper_nouns:
            return False
        head = _ALPHA_HEAD.match(token)
        if len(token) >= 2 and zipf.get(token.lower(), 0.0) >= 3.0:
            known_chars += len(token)
        elif head and zipf.get(head.group().lower(), 0.0) >= 3.0:
            known_chars += len(token)  # a word glued to a number or a sigle ("Objectif2027")
        elif _plausible_word(token):
            known_chars += len(token)  # an unknown word with OCR errors is still text
    if known_chars / visible >= 0.4:
        return False
    alnum = sum(len(token) for token in tokens)
    # a lone unknown word ("Quimperlé") is a name, not debris
    if len(tokens) == 1 and alnum / visible >= 0.9 and len(tokens[0]) >= 4:
        return False
    return True


def _plausible_word(token: str) -> bool:
    """Long enough, with a vowel, and not a stutter of one short unit ("fififi")."""
    if len(token) < 4 or not token.isalpha() or not any(c in "aeiouyéèêàâîôû" for c in token.lower()):
        return False
    for unit in (1, 2, 3):
        if len(token) >= 2 * unit and token == (token[:unit] * len(token))[: len(token)]:
            return False
    return True


def find_garbage_lines(text: str, ctx: CleanContext) -> list[Replacement]:
    """Delete lines that are debris of pictures and logos (never table rows or numbers)."""
    reps: list[Replacement] = []
    for m in _LINE.finditer(text):
        line = m.group()
        if not line.strip() or "\t" in line or not is_garbage_line(line, ctx.lexicon):
            continue
        start, end = m.start(), m.end()
        # take one separator with the line so no empty line is left behind
        if text.startswith("\n\n", end):
            end += 2
        elif text.startswith("\n", end):
            end += 1
        elif start >= 2 and text[start - 2 : start] == "\n\n":
            start -= 2
        elif start >= 1 and text[start - 1] == "\n":
            start -= 1
        reps.append(Replacement(start, end, "", "garbage-line", 0.8))
    return reps


_LIST_NUMBER = re.compile(r" (?:\d{1,2}\. [A-ZÀ-Ý]|n°\s?\d)")
_ROMAN_BEFORE = re.compile(r"\b(?:AXE|Axe|axe|Orientation|ORIENTATION|Ambition|AMBITION|Partie|PARTIE) $")


def find_stray_symbols(text: str, ctx: CleanContext) -> list[Replacement]:
    """Delete lone symbols between words ("marché ~ public", bullets read as "+"), with one of their spaces."""
    protected = ctx.protected(text)
    reps: list[Replacement] = []
    for m in _STRAY_TOKEN.finditer(text):
        start, end = m.start(), m.end()
        sign = all(c in "+°<>=" for c in m.group())
        if sign and protected.overlaps(start - 2, end + 2) and not _LIST_NUMBER.match(text, end):
            continue  # "n° 7", "+ 30 %", "> 50 M€": signs that belong to a number (not "+ 2. Bilan", a bullet)
        if m.group() == "|" and _ROMAN_BEFORE.search(text, max(0, start - 12), start):
            continue  # "AXE |": a roman numeral, mended by find_dashes
        if protected.overlaps(start, end):
            continue
        if m.group().startswith("_"):
            pass
        elif end < len(text) and text[end] == " ":
            end += 1
        elif start > 0 and text[start - 1] == " ":
            start -= 1
        reps.append(Replacement(start, end, "", "stray-symbol", 0.9))
    return reps


# ---------------------------------------------------------------------------
# "l'" misread: UESS, ['ESS, Uéconomie, ’économie
# ---------------------------------------------------------------------------
_BRACKET_L = re.compile(r"(?<![\w'’])([\[\|]|U(?=['’]))(['’]?)(?=[^\W\d_])")
_GLUED_U = re.compile(r"(?<![\w'’])[UP]([aeiouyéèêàâîôûh][^\W\d_]+)")
_DOUBLE_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’]['’]+(?=[^\W\d_])")
_SPACED_APOSTROPHE = re.compile(
    r"(?<![\w'’])([cdjlmnstCDJLMNST]|qu|Qu|jusqu|lorsqu|puisqu)(['’]) (?=[aeiouyéèêàâîôûhAEIOUYÉ])"
)
_BARE_APOSTROPHE = re.compile(r"(?<![^\s(«\"])['’](?=([aeiouyéèêàâîôûhAEIOUYÉ][^\W\d_]*))")
_SENTENCE_END = re.compile(r"(?:^|[.!?:\n\f•]\s*|\A\s*)$")


def _at_sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - 4) : position]
    return position == 0 or bool(_SENTENCE_END.search(before)) and not before.rstrip(" ").endswith(",")


def _l(text: str, position: int, apostrophe: str) -> str:
    return ("L" if _at_sentence_start(text, position) else "l") + apostrophe


def find_elisions(text: str, ctx: CleanContext) -> list[Replacement]:
    """Restore the article "l'" that OCR read as U, [, |, L or dropped."""
    apostrophe = ctx.config.apostrophe
    zipf = ctx.lexicon.zipf
    acronyms = ctx.lexicon.acronyms
    reps: list[Replacement] = []
    for m in ctx.vowel_acronyms.finditer(text):
        prefix, quote, acronym = m.groups()
        whole = prefix + quote + acronym
        if whole in acronyms or (prefix in "lL" and quote):
            continue
        reps.append(Replacement(m.start(), m.start(3), _l(text, m.start(), apostrophe), "elision", 0.9))
    for m in _BRACKET_L.finditer(text):
        reps.append(Replacement(m.start(), m.end(), _l(text, m.start(), apostrophe), "elision", 0.85))
    for m in _GLUED_U.finditer(text):
        word = m.group(1)
        if zipf.get(word.lower(), 0.0) >= 3.0 and zipf.get(m.group().lower(), 0.0) < 2.0:
            reps.append(Replacement(m.start(), m.start(1), _l(text, m.start(), apostrophe), "elision", 0.8))
    for m in _DOUBLE_APOSTROPHE.finditer(text):
        reps.append(Replacement(m.start(), m.end(), apostrophe, "elision", 0.9))
    for m in _SPACED_APOSTROPHE.finditer(text):
        reps.append(Replacement(m.start(2), m.end(), apostrophe, "elision", 0.9))
    for m in _BARE_APOSTROPHE.finditer(text):
        word = m.group(1)
        if zipf.get(word.lower(), 0.0) >= 3.0 or word in acronyms:
            reps.append(Replacement(m.start(), m.end(), _l(text, m.start(), apostrophe), "elision", 0.6))
    return reps


# ---------------------------------------------------------------------------
# Digits: O and l inside numbers
# ---------------------------------------------------------------------------
_DIGIT_WORD = re.compile(r"(?<![\w.,])\d+(?:[OoIl]\d*)+(?![^\W\d_])")
_DIGIT_OF = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1"})


def find_digits(text: str, ctx: CleanContext) -> list[Replacement]:
    """Letters O/o/I/l among digits ("2O22") become 0 and 1; ordinals ("1er") are left alone."""
    reps = []
    for m in _DIGIT_WORD.finditer(text):
        fixed = m.group().translate(_DIGIT_OF)
        if fixed.isdigit():
            reps.append(Replacement(m.start(), m.end(), fixed, "digit-confusion", 0.8))
    return reps


# ---------------------------------------------------------------------------
# Spacing: words glued to punctuation or to a number
# ---------------------------------------------------------------------------
_GLUED_COMMA = re.compile(r"[,;](?=[^\W\d_]{2})")
_GLUED_PERIOD = re.compile(r"[.](?=[A-ZÀ-Ý][a-zà-ÿ])")
_GLUED_NUMBER = re.compile(r"(?:de|à|en|le|la|les|des|du|et|sur|par|pour|soit|sont|est)(?=\d)")


def find_spacing(text: str, ctx: CleanContext) -> list[Replacement]:
    """Put back the space OCR lost after a comma or a period, or between a word and a number.

    >>> fix_spacing("il permet,les acheteurs. à cinq ans.Les achats de1,4 million")
    'il permet, les acheteurs. à cinq ans. Les achats de 1,4 million'
    """
    reps = []
    for regex, letters in ((_GLUED_COMMA, str.isalpha), (_GLUED_PERIOD, str.islower)):
        for m in regex.finditer(text):
            start = m.start()
            if start >= 2 and letters(text[start - 2 : start]):
                if not ctx.protected(text).overlaps(start - 1, m.end() + 1):
                    reps.append(Replacement(m.end(), m.end(), " ", "spacing", 0.8))
    for m in _GLUED_NUMBER.finditer(text):
        if not (m.start() and text[m.start() - 1].isalnum()):
            reps.append(Replacement(m.end(), m.end(), " ", "spacing", 0.8))
    return reps


# ---------------------------------------------------------------------------
# Dashes and roman numerals of headings
# ---------------------------------------------------------------------------
_SPACED_DASH = re.compile(r"(?<= )(?:[—―‒]-?|-)(?= )")
_PRONOUN_II = re.compile(r"(?:(?<=[.!?] )|(?<=^)|(?<=\n))I[Il](?= [a-zàâçéèêîôû])", re.M)
_MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
_FIRST = re.compile(rf"\b([lI])er(?= (?:{_MONTHS}|trimestre|semestre|alinéa))")
_UNIT_GLUED = re.compile(r"(?<=\d)(?=%|€|M€|k€|Md€)")
_ROMAN_AFTER = re.compile(
    r"\b(AXE|Axe|axe|AXES|Orientation|ORIENTATION|Ambition|AMBITION|Partie|PARTIE) ([IlL1|]{1,4})(?=[ .,:–—-])"
)


def find_dashes(text: str, ctx: CleanContext) -> list[Replacement]:
    """One dash form between spaces ("Axe 1 — Titre" -> "Axe 1 – Titre"); roman numerals OCR'd as l, 1, |.

    >>> fix_dashes("AXE Il — Réduire ; Axe | - Favoriser ; Axe 1 – Agir")
    'AXE II – Réduire ; Axe I – Favoriser ; Axe 1 – Agir'

    It also mends two shapes of the same family: the pronoun "Il" read as a roman "II",
    "1er" read as "ler", and puts a no-break space between a number and its unit:

    >>> fix_dashes("Fin. II s'adresse au ler janvier à 25% et 3M€")
    "Fin. Il s'adresse au 1er janvier à 25\xa0% et 3\xa0M€"
    """
    reps = []
    dash = ctx.config.dash
    if dash:
        for m in _SPACED_DASH.finditer(text):
            if m.group() != dash:
                reps.append(Replacement(m.start(), m.end(), dash, "dash", 0.9))
    for m in _ROMAN_AFTER.finditer(text):
        numeral = m.group(2)
        if numeral.isdigit() or numeral == "L":
            continue  # "Axe 1" is an arabic numeral
        reps.append(Replacement(m.start(2), m.end(2), "I" * len(numeral), "roman-numeral", 0.8))
    reps += [Replacement(m.start(), m.end(), "Il", "confusion", 0.8) for m in _PRONOUN_II.finditer(text)]
    reps += [Replacement(m.start(1), m.end(1), "1", "digit-confusion", 0.8) for m in _FIRST.finditer(text)]
    if ctx.config.nbsp:
        reps += [Replacement(m.start(), m.start(), "\u00a0", "nbsp", 0.9) for m in _UNIT_GLUED.finditer(text)]
    return reps


# ---------------------------------------------------------------------------
# Pure str -> str twins
# ---------------------------------------------------------------------------
def _default_context() -> CleanContext:
    return CleanContext(Lexicon.load())


def _twin(finder: Finder) -> Callable[[str], str]:
    def fix(text: str) -> str:
        return apply_to_string(text, finder(text, _default_context()))

    fix.__name__ = finder.__name__.replace("find_", "fix_")
    fix.__doc__ = f"Apply :func:`{finder.__name__}` to ``text`` and return the fixed text."
    return fix


fix_unicode = _twin(find_unicode)
fix_dehyphenation = _twin(find_dehyphenation)
fix_garbage_lines = _twin(find_garbage_lines)
fix_stray_symbols = _twin(find_stray_symbols)
fix_elisions = _twin(find_elisions)
fix_digits = _twin(find_digits)
fix_spacing = _twin(find_spacing)
fix_dashes = _twin(find_dashes)
