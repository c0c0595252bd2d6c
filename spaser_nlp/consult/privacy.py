"""Pseudonymise personal data in contributions: e-mails, phones, postal addresses, people's names.

Contributions often carry their author's name, e-mail or phone number ("je
m'appelle Jean-Pierre Dupont, … jean.dupont@example.fr ou au 06 12 34 56 78").
By default the analysis replaces them before anything is derived from the
texts, so labels, keywords, quotes, codebooks, workbooks and reports never show
them:

===============  ==============================================================
``[courriel]``   e-mail addresses (also "jean (at) free.fr", "arobase")
``[téléphone]``  French phone numbers: 06 12 34 56 78, 06.12.34.56.78,
                 0612345678, +33 6 12 34 56 78, +33 (0)6…, 0033 6…
``[adresse]``    a house number and a street (12 bis rue des Lilas), with its
                 postal code and town when they follow; BP / CS boxes
``[personne N]`` a person's name, numbered in order of appearance and stable
                 within a run (``M. Dupont`` and ``Jean-Pierre Dupont`` are the
                 same person); titles (M., Mme) are kept
===============  ==============================================================

Names come from rules (self-introductions, signatures, titles, the names in
the author column) and from spaCy's French NER (``fr_core_news_sm``, person
entities) run on the sentences that hold a capitalised word. Names that are
not contributors' data are left: officials named with their office ("le maire
Jean Dupont"), streets, schools and places named after people ("rue Jean
Jaurès", "lycée Victor Hugo"). Streets named without a house number ("la rue
de la République est dangereuse") are a topic, not an address.

The input file is never modified; ``--keep-personal-data`` turns this off.

>>> p = Pseudonymiser(use_ner=False)
>>> p.text("Je m'appelle Jean-Pierre Dupont, écrivez à jean.dupont@example.fr ou au 06 12 34 56 78.")
"Je m'appelle [personne 1], écrivez à [courriel] ou au [téléphone]."
>>> p.text("Merci de répondre à M. Dupont, 12 bis rue des Lilas, 69003 Lyon.")
'Merci de répondre à M. [personne 1], [adresse].'
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spaser_nlp.consult._first_names import FIRST_NAMES

EMAIL = "courriel"
PHONE = "téléphone"
ADDRESS = "adresse"
PERSON = "personne"
LABELS = (EMAIL, PHONE, ADDRESS, PERSON)

#: Contributions given to the NER at most per run (the rules cover the rest; the NER reads ~100 a second).
NER_BUDGET = 5_000

_UP = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ"
_LOW = "a-zàâäçéèêëîïôöùûüÿæœß"
_NAME_WORD = rf"[{_UP}][{_LOW}]+(?:[-‐][{_UP}][{_LOW}]+)*"
_PARTICLE = r"(?:de|du|des|d['’]|le|la|van|von|di|da|ben|el|le)"
#: A person's name: one to four capitalised words (compound with hyphens), particles allowed inside.
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{0,3}}|{_NAME_WORD}\s+[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?"

_EMAIL_RE = re.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}\s?(?:@|\(at\)|\[at\]|\{at\}|\s(?:at|arobase)\s)\s?"
    r"[\w-]{1,63}(?:\s?(?:\.|\(dot\)|\[dot\]|\spoint\s)\s?[\w-]{1,63})*\s?(?:\.|\(dot\)|\[dot\]|\spoint\s)\s?"
    r"(?:fr|com|org|net|eu|info|be|ch|re|io|gouv\.fr|asso\.fr|[a-z]{2,6})\b",
    re.IGNORECASE,
)
_PHONE_RE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?33\s?(?:\(0\)\s?)?[1-9]|0[1-9])(?:[\s.\-/]?\d{2}){4}(?!\d)"
    r"|(?<![\w+])(?:\+|00)\s?33\s?(?:\(0\)\s?)?[1-9]\d{8}(?!\d)"
    r"|(?<![\w+])0\s?[1-9](?:\s?\d){8}(?!\d)"
)
_STREET = (
    r"(?:rue|avenue|av\.|bd|boulevard|place|pl\.|chemin|ch\.|all[ée]e|impasse|imp\.|route|rte|quai|cours|square|"
    r"r[ée]sidence|lotissement|lieu[- ]dit|faubourg|fg|passage|cit[ée]|hameau|voie|sentier|chauss[ée]e|"
    r"rond[- ]point|esplanade|parvis|promenade|villa|mont[ée]e|traverse|venelle|ruelle|domaine|clos|zone)"
)
_TOWN_WORD = rf"[{_UP}][\w'’]*(?:-(?:[{_UP}][\w'’]*|sur|sous|en|le|la|les|de|du|lès|d['’][{_UP}][\w'’]*))*"
_ADDRESS_RE = re.compile(
    rf"(?<![\w,])\d{{1,4}}\s?(?:bis|ter|quater|[a-d])?\b,?\s+(?i:{_STREET})\s+"
    rf"(?:(?:du|de\s+la|de\s+l['’]|des|de|d['’]|la|le|les|l['’]|aux|au|à\s+la)\s*)?"
    rf"[\w'’\-]+(?:[ \-]+(?:(?:du|de|des|la|le|les|d['’]|l['’]|aux|au|et|sur|sous|en)\s*)?[{_UP}0-9][\w'’\-]*){{0,5}}"
    rf"(?:,?\s+(?:\d{{5}}|\d{{2}}\s\d{{3}})\s+{_TOWN_WORD}(?:\s+(?!(?i:cedex)\b){_TOWN_WORD}){{0,2}}"
    rf"(?:\s+(?i:cedex)(?:\s+\d{{1,2}})?)?)?"
)
# The street's name and the town must start with a capital (checked on the match), so
# "12 rues sont dangereuses" is left alone.
_LIEU_DIT_RE = re.compile(
    rf"(?i:lieu[- ]dit)\s+{_TOWN_WORD}(?:\s+{_TOWN_WORD}){{0,2}}(?:,?\s+(?:\d{{5}}|\d{{2}}\s\d{{3}})\s+{_TOWN_WORD}"
    rf"(?:\s+{_TOWN_WORD}){{0,2}})?"
)
_POSTBOX_RE = re.compile(r"\b(?:BP|B\.P\.|CS|TSA)\s?\d{2,6}\b(?:,?\s+\d{5}\s+[A-ZÀ-Ý][\w'’\-]*(?:[ \-][A-ZÀ-Ý][\w'’\-]*){0,3})?")

_TITLE = r"(?:M\.|Mr\.?|MM\.|Mme|Mmes|Mlle|Me|Dr\.?|Pr\.?|Monsieur|Madame|Mademoiselle|Maître|Docteur|Professeur)"
_TRIGGERS = (
    r"je\s+m['’]appelle|je\s+me\s+nomme|mon\s+nom\s+est|mon\s+nom\s*:|je\s+suis|moi[- ]même,?|"
    r"nom\s*(?:et\s+prénom)?\s*:|prénom\s*(?:et\s+nom)?\s*:|signé\s*:?|signature\s*:|contact(?:\s+\w+)?\s*:|"
    r"de\s+la\s+part\s+de|écrit\s+par|rédigé\s+par|famille|"
    r"(?:mon|ma|notre)\s+(?:fils|fille|mari|femme|épouse|époux|compagne|compagnon|conjoint|conjointe|voisin|voisine|"
    r"frère|sœur|soeur|père|mère|collègue|ami|amie|enfant|petit-fils|petite-fille|neveu|nièce)\s*,?"
)
_SIGN_OFFS = (
    r"cordialement|bien\s+à\s+vous|bien\s+cordialement|salutations(?:\s+distinguées)?|merci(?:\s+d['’]avance)?|"
    r"sinc[èe]rement|amicalement|respectueusement|bonne\s+journée|remerciements"
)
# What, just before a capitalised run of words, makes it a person's name (the run starts where the text ends).
_TITLE_START = re.compile(rf"{_TITLE}\s+")
_TITLE_END = re.compile(rf"\b{_TITLE}\s+$")
_INTRO_END = re.compile(rf"(?i:{_TRIGGERS})\s+(?:{_TITLE}\s+)?$")
_INTRO2_END = re.compile(r"(?i:c['’]est|\bici)\s+$")  # "c'est Jean Dupont", "ici Jean Dupont": two words at least
_SIGN_OFF_END = re.compile(rf"(?i:{_SIGN_OFFS})\s*[,.!]?\s*[\n,\-–—]?\s*(?:{_TITLE}\s+)?$")
_LINE_START = re.compile(r"(?:[.!?]\s+|\n\s*)$")
# ... and just after it: the end of the line (a signature), or a comma, a colon, a bracket, an e-mail.
_END_OF_LINE = re.compile(r"\s*[.!,]?\s*(?:$|\n)")
_NAME_LINE_AFTER = re.compile(r"\s*(?:$|\n|,\s|\s:|\s\(|\s[\w.+-]+@)")
#: A run of capitalised words (a name candidate): first names, particles, surnames in capitals too.
_RUN = re.compile(
    rf"\b{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?(?:{_NAME_WORD}|[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})*)){{0,4}}"
)
# Words before a name that make it a place, a building or an office holder, not a contributor's data.
_PLACE_BEFORE = re.compile(
    r"\b(?:rue|avenue|av\.|boulevard|bd|place|quai|allée|impasse|chemin|cours|square|pont|gare|stade|salle|"
    r"lycée|collège|école|groupe\s+scolaire|université|hôpital|clinique|centre|médiathèque|bibliothèque|"
    r"espace|parc|jardin|musée|théâtre|halle|maison|résidence|cité|institut|fondation|prix|loi|plan|"
    r"saint|sainte|st|ste)(?:\s+[a-zéèêàç]+)?\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?$",
    re.IGNORECASE,
)
_OFFICE_BEFORE = re.compile(
    r"(?<!notre\s)(?<!votre\s)(?<!\bmon\s)(?<!\bma\s)(?<!leur\s)\b(?:président(?:e)?|ministre|maire|préfet(?:e)?|député(?:e)?|sénat(?:eur|rice)|conseill(?:er|ère)\s+"
    r"(?:régional|régionale|départemental|départementale|municipal|municipale)|adjoint(?:e)?\s+au\s+maire|"
    r"adjoint(?:e)?|secrétaire\s+d['’]état|vice[- ]président(?:e)?|commissaire|élu(?:e)?|chef\s+de\s+l['’]état)"
    r"(?:\s+(?:de\s+la\s+|du\s+|des\s+|de\s+|d['’])?[\w'’\-]+){0,3}\s*,?\s+(?:M\.|Mme|Monsieur|Madame)?\s*$",
    re.IGNORECASE,
)
# A capitalised word or a title inside a sentence, also after an elided article ("d'Emmanuel"): where a name
# may start, for the NER's windows.
_NAME_START_INSIDE = re.compile(rf"(?:(?<=[\w,;:'’)»]\s)|(?<=\w['’]))[{_UP}][{_LOW}]+|\b(?:{_TITLE})\s")
# Capitalised words that start a name-shaped run but are not names.
_NOT_NAMES = frozenset(
    "bonjour bonsoir merci madame monsieur cordialement salut je nous il elle on le la les un une ce cette "
    "mais et ou donc car si pour par avec sans dans sur sous chez vers contact objet nom prénom signé "
    "région département commune ville métropole état france europe conseil mairie préfecture agglomération "
    "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août "
    "septembre octobre novembre décembre noël pâques bio".split()
)


def _plain(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


@lru_cache(maxsize=100_000)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "fr", wordlist="small"))


def _common(word: str) -> bool:
    """Whether ``word`` (lower-cased) is a common French word ("emploi", "jaunes", "français")."""
    return _zipf(word.lower()) >= 3.5


def _very_common(word: str) -> bool:
    """Verbs and words such as "Voir", "Selon", "Depuis" that start a sentence before a name."""
    return _zipf(word.lower()) >= 4.8


def _name_shaped(words: list[str]) -> bool:
    """A first name then a surname, or words that are not common French words ("Pôle Emploi" is not a name)."""
    if _plain(words[0]).split("-")[0] in FIRST_NAMES:
        return True
    content = [w for w in words if not re.fullmatch(_PARTICLE, w, re.IGNORECASE)]
    return bool(content) and not _common(content[-1]) and not (len(content) > 1 and _common(content[0]))


def _key(name: str) -> str:
    """A person's key: the last word of the name, lower case, without accents ("Dupont")."""
    last = re.split(r"[\s]+", name.strip())[-1]
    return unicodedata.normalize("NFKD", last).encode("ascii", "ignore").decode().lower()


_NER_LOCK = threading.Lock()
_NER: Any = None


def _ner_pipeline() -> Any:
    """spaCy's French tokeniser and NER (``pipe`` gives docs with entities), loaded once (``None`` if absent)."""
    global _NER
    with _NER_LOCK:
        if _NER is None:
            try:
                # The NER of the pipeline that labels use too: one spaCy load per process.
                from spaser_nlp.classify.text import spacy_entities
                from spaser_nlp.errors import DependencyError

                try:
                    _NER = spacy_entities()
                except DependencyError:
                    _NER = False
            except ImportError:
                _NER = False
        return _NER or None


def release() -> None:
    """Forget the NER pipeline: the next pseudonymisation loads it again."""
    global _NER
    with _NER_LOCK:
        _NER = None


@dataclass
class Span:
    start: int
    end: int
    label: str


@dataclass
class Pseudonymiser:
    """Replaces personal data in texts; one instance per run keeps ``[personne N]`` stable.

    ``known_names``: names known to be contributors' (e.g. the author column), found in texts too.
    """

    use_ner: bool = True
    ner_budget: int = NER_BUDGET
    known_names: Sequence[str] = ()
    people: dict[str, int] = field(default_factory=dict)
    ner_sentences: int = 0
    ner_skipped: int = 0

    def __post_init__(self) -> None:
        self._known = frozenset(" ".join(n.split()) for n in self.known_names if self._plausible_name(n.strip()))

    @staticmethod
    def _plausible_name(name: str) -> bool:
        words = name.split()
        return 2 <= len(words) <= 4 and all(re.fullmatch(_NAME_WORD + "|" + _PARTICLE, w) for w in words)

    # ------------------------------------------------------------------ detection

    def spans(self, text: str, *, ner_doc: Any = None) -> list[Span]:
        """Personal-data spans of ``text`` (non-overlapping, sorted)."""
        found: list[Span] = []
        # Cheap hints first: most contributions hold no "@" and fewer than nine digits.
        if "@" in text or "(at)" in text or "[at]" in text or " at " in text or "arobase" in text:
            for match in _EMAIL_RE.finditer(text):
                if "@" in match.group() or re.search(r"\.(?:fr|com|org|net)\b", match.group(), re.IGNORECASE):
                    found.append(Span(match.start(), match.end(), EMAIL))
        digits = sum(map(text.count, "0123456789"))
        if digits >= 9:
            for match in _PHONE_RE.finditer(text):
                found.append(Span(match.start(), match.end(), PHONE))
        if digits:
            for match in _ADDRESS_RE.finditer(text):
                if self._address_ok(match.group()):
                    found.append(Span(match.start(), match.end(), ADDRESS))
            for match in _POSTBOX_RE.finditer(text):
                found.append(Span(match.start(), match.end(), ADDRESS))
        if "ieu" in text:
            for match in _LIEU_DIT_RE.finditer(text):
                found.append(Span(match.start(), match.end(), ADDRESS))
        for match in _RUN.finditer(text):
            start, end = self._strip_title(text, *match.span())
            start, end = self._trim_name(text, start, end)
            if end > start and self._named_by_context(text, start, end) and self._person_ok(text, start, end):
                found.append(Span(start, end, PERSON))
        if ner_doc is not None:
            for entity in ner_doc.ents:
                if entity.label_ == "PER":
                    start, end = self._strip_title(text, entity.start_char, entity.end_char)
                    start, end = self._trim_name(text, start, end)
                    if end > start and self._person_ok(text, start, end, from_ner=True):
                        found.append(Span(start, end, PERSON))
        return _merge(found, text)

    def _named_by_context(self, text: str, start: int, end: int) -> bool:
        """Whether the capitalised run ``text[start:end]`` is a person's name by the words around it."""
        name = text[start:end]
        words = name.split()
        if self._known and any(" ".join(words[i:j]) in self._known for i in range(len(words))
                               for j in range(i + 2, len(words) + 1)):
            return True
        left = text[max(0, start - 80):start]
        right = text[end:end + 80]
        if _TITLE_END.search(left) or _INTRO_END.search(left):
            return True
        if _SIGN_OFF_END.search(left) and _END_OF_LINE.match(right):
            return True
        # Weaker contexts ("ici …", a line of its own): the words must also look like a name.
        weak = len(words) >= 2 and (
            bool(_INTRO2_END.search(left))
            or ((start == 0 or bool(_LINE_START.search(left))) and bool(_NAME_LINE_AFTER.match(right)))
        )
        return weak and _name_shaped(words)

    @staticmethod
    def _address_ok(address: str) -> bool:
        street = re.search(_STREET, address, re.IGNORECASE)
        if street is None:
            return False
        rest = address[street.end():].strip()
        # After the street word and its particle: a capitalised name, or a date ("rue du 8 Mai 1945").
        words = [re.sub(r"^[ldLD]['’]", "", w) for w in re.split(r"[\s,]+", rest)]
        words = [w for w in words if w and w not in ("du", "de", "des", "la", "le", "les", "aux", "au", "à")]
        if not words:
            return False
        if words[0][:1].isdigit():
            return len(words) > 1 and words[1][:1].isupper()
        return words[0][:1].isupper()

    @staticmethod
    def _strip_title(text: str, start: int, end: int) -> tuple[int, int]:
        match = _TITLE_START.match(text, start, end)
        return (match.end(), end) if match else (start, end)

    @staticmethod
    def _trim_name(text: str, start: int, end: int) -> tuple[int, int]:
        """Drop leading words that are not names ("Bonjour Jean Dupont" → "Jean Dupont")."""
        words = list(re.finditer(r"\S+", text[start:end]))
        while words and (
            words[0].group().lower().strip(",.;:!") in _NOT_NAMES
            or (_plain(words[0].group()).split("-")[0] not in FIRST_NAMES and _very_common(words[0].group()))
        ):
            words.pop(0)
        while words and words[-1].group().lower().strip(",.;:!") in _NOT_NAMES:
            words.pop()
        if not words:
            return start, start
        return start + words[0].start(), start + words[-1].end()

    @staticmethod
    def _person_ok(text: str, start: int, end: int, *, from_ner: bool = False) -> bool:
        name = text[start:end].strip(" ,.;:!")
        if len(name) < 3 or not name[:1].isupper() or name.isupper():
            return False
        before = text[max(0, start - 80):start]
        if _PLACE_BEFORE.search(before) or _OFFICE_BEFORE.search(before):
            return False
        if re.match(r"\s*(?:-|–)?\s*(?:sur|sous|lès|les|en)[\s-][A-Z]", text[end:end + 8]):
            return False  # a town (Saint-Didier-au-Mont-d'Or, Villeneuve-sur-Lot)
        words = name.split()
        # Every word capitalised (particles aside), letters only: "Premier ministre", "N° de Siret" are not names.
        if not all(re.fullmatch(_NAME_WORD + r"|[A-ZÀ-Ý][\w'’-]*|" + _PARTICLE, w) for w in words):
            return False
        if from_ner:
            # The small NER model tags single capitalised words freely: keep those it tags only after a
            # title, or a known first name + surname shape (two words or more).
            if len(words) < 2 and not re.search(rf"{_TITLE}\s+$", text[max(0, start - 15):start]):
                return False
            if any(w.lower() in _NOT_NAMES for w in words):
                return False
            if not _name_shaped(words):
                return False
        return True

    # ------------------------------------------------------------------ replacement

    def _person(self, name: str, *, exact: bool = False) -> str:
        key = _key(name) if not exact or self._plausible_name(name) else "\x00" + name
        if key not in self.people:
            self.people[key] = len(self.people) + 1
        return f"[{PERSON} {self.people[key]}]"

    def replace(self, text: str, spans: Iterable[Span]) -> str:
        out, last = [], 0
        for span in spans:
            out.append(text[last:span.start])
            out.append(self._person(text[span.start:span.end]) if span.label == PERSON else f"[{span.label}]")
            last = span.end
        out.append(text[last:])
        return "".join(out)

    def text(self, text: str) -> str:
        """``text`` pseudonymised (NER on the whole text when enabled)."""
        return self.texts([text])[0]

    def texts(self, texts: Sequence[str]) -> list[str]:
        """Each text pseudonymised; identical texts are processed once."""
        distinct = list(dict.fromkeys(t for t in texts if t))
        docs = self._ner_docs(distinct)
        done = {t: self.replace(t, self.spans(t, ner_doc=docs.get(t))) for t in distinct}
        return [done.get(t, t) for t in texts]

    def _ner_docs(self, texts: list[str]) -> dict[str, Any]:
        """Named entities of the texts worth it, within the budget (counted in windows).

        The NER reads only windows of :data:`NER_CONTEXT` characters on either side of a capitalised word
        that could be part of a name (a title, a first name, or a word that is not a common French word:
        "la France", "le Président" alone do not call for it); overlapping windows are merged. A window
        holding the whole text gives what the NER of the text gives; elsewhere an entity touching a cut
        edge is dropped (the rules still see the whole text). On 726 Grand Débat answers this reads 1/6
        of the characters the whole texts hold.
        """
        if not self.use_ner:
            return {}
        allowed = max(0, self.ner_budget - self.ner_sentences)
        chosen: list[tuple[str, list[tuple[int, int]]]] = []
        count = 0
        for position, text in enumerate(texts):
            if count >= allowed:
                self.ner_skipped += len(texts) - position  # an upper bound: the rest was not looked at
                break
            windows = _ner_windows(text)
            if windows:
                windows = windows[: allowed - count]
                chosen.append((text, windows))
                count += len(windows)
        if not chosen:
            return {}
        nlp = _ner_pipeline()
        if nlp is None:
            return {}
        self.ner_sentences += count
        pieces = [text[start:end] for text, windows in chosen for start, end in windows]
        docs = iter(nlp.pipe(pieces, batch_size=64))
        found: dict[str, Any] = {}
        for text, windows in chosen:
            entities: list[_Entity] = []
            for start, end in windows:
                doc = next(docs)
                for entity in doc.ents:
                    first, last = start + entity.start_char, start + entity.end_char
                    if (entity.start_char == 0 and start > 0) or (entity.end_char == end - start and end < len(text)):
                        continue  # cut by the window's edge: its other part is unseen
                    entities.append(_Entity(entity.label_, first, last))
            found[text] = _Entities(entities)
        return found


#: Characters of context the NER reads on either side of a capitalised word that could be part of a name.
NER_CONTEXT = 250
#: Long texts are read by the NER up to this many characters (names sit anywhere, but this bounds the time).
NER_MAX_CHARS = 5_000


@dataclass(frozen=True)
class _Entity:
    label_: str
    start_char: int
    end_char: int


@dataclass(frozen=True)
class _Entities:
    """What :meth:`Pseudonymiser.spans` reads of a spaCy doc: its entities, offsets in the whole text."""

    ents: list[_Entity]


_CAPITALISED_BEFORE = re.compile(rf"[{_UP}][\w-]*[{_LOW}{_UP}]\s+$")
_CAPITALISED_AFTER = re.compile(rf"\s+(?:{_PARTICLE}\s+)?[{_UP}]")


def _name_worthy(match: re.Match[str]) -> bool:
    """Whether a capitalised word found by ``_NAME_START_INSIDE`` could be (part of) a person's name."""
    word = match.group(0)
    if word != word.strip() or not word[-1].isalpha():
        return True  # a title: "M. ", "Madame "
    if _plain(word).split("-")[0] in FIRST_NAMES:
        return True
    text, start, end = match.string, match.start(), match.end()
    if _CAPITALISED_BEFORE.search(text, max(0, start - 40), start) or _CAPITALISED_AFTER.match(text, end):
        return True  # one of a run of capitalised words: "Jean-Pierre Dupont", "Marc Chesney"
    return word.lower() not in _NOT_NAMES and not _common(word)


def _ner_windows(text: str) -> list[tuple[int, int]]:
    """The character ranges of ``text`` the NER reads (cut at spaces, merged when they overlap)."""
    text_end = min(len(text), NER_MAX_CHARS)
    windows: list[tuple[int, int]] = []
    for match in _NAME_START_INSIDE.finditer(text, 0, text_end):
        if not _name_worthy(match):
            continue
        start = max(0, match.start() - NER_CONTEXT)
        end = min(text_end, match.end() + NER_CONTEXT)
        if start > 0:
            space = text.find(" ", start, match.start())
            start = space + 1 if space >= 0 else start
        if end < text_end:
            space = text.rfind(" ", match.end(), end)
            end = space if space >= 0 else end
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _merge(spans: list[Span], text: str = "") -> list[Span]:
    """Non-overlapping spans. E-mails, then phones, then addresses take their place first; a name
    overlapping them keeps its part outside them (the NER sometimes runs a name into the phone after it);
    overlapping spans of one type are joined."""
    priority = {EMAIL: 0, PHONE: 1, ADDRESS: 2, PERSON: 3}
    placed: list[Span] = []
    for span in sorted(spans, key=lambda s: (priority[s.label], s.start, -(s.end - s.start))):
        pieces = [(span.start, span.end)]
        for other in placed:
            if other.label == span.label:
                continue
            pieces = [
                piece for start, end in pieces
                for piece in ((start, min(end, other.start)), (max(start, other.end), end))
                if piece[1] > piece[0]
            ] if any(other.start < end and start < other.end for start, end in pieces) else pieces
        for start, end in pieces:
            if text:
                while start < end and not text[start].isalnum():
                    start += 1
                while end > start and not text[end - 1].isalnum():
                    end -= 1
            if end - start >= 2:
                placed.append(Span(start, end, span.label))
    placed.sort(key=lambda s: (s.start, -(s.end - s.start)))
    merged: list[Span] = []
    for span in placed:
        if merged and span.start < merged[-1].end:
            previous = merged[-1]
            if span.label == previous.label and span.end > previous.end:
                merged[-1] = Span(previous.start, span.end, span.label)
            continue
        merged.append(span)
    return merged


def pseudonymise_contributions(frame: Any, *, use_ner: bool = True) -> Any:
    """The contributions frame with ``text``, ``title`` and ``author`` pseudonymised (a new frame).

    Names in the author column are looked for in the texts too (a contribution signed by its author).
    """
    frame = frame.copy()
    authors = [a for a in frame["author"] if a] if "author" in frame.columns else []
    pseudonymiser = Pseudonymiser(use_ner=use_ner, known_names=authors)
    frame["text"] = pseudonymiser.texts(list(frame["text"]))
    if "title" in frame.columns:
        frame["title"] = pseudonymiser.texts(list(frame["title"]))
    if "author" in frame.columns:
        # Authors stay distinct (campaign detection counts them) but unnamed.
        frame["author"] = [pseudonymiser._person(a, exact=True) if a else "" for a in frame["author"]]
    frame.attrs["privacy"] = {
        "people": len(pseudonymiser.people), "ner_texts": pseudonymiser.ner_sentences,
        "ner_skipped": pseudonymiser.ner_skipped,
    }
    return frame


__all__ = [
    "ADDRESS", "EMAIL", "LABELS", "NER_BUDGET", "PERSON", "PHONE", "Pseudonymiser", "Span", "pseudonymise_contributions",
]
