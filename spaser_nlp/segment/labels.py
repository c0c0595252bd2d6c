"""Recognise the label of a plan heading: "Axe 2", "AXE II", "Objectif stratégique I.1", "Fiche action n°4"...

:func:`parse_label` reads the start of a heading (or of a list item) and says
which *family* of plan node it names (axe, objectif, action, indicateur,
chapitre), the label word as written, its number and how deep that number is
("2.1.3" is 3 deep), and the title that follows. It tolerates the OCR noise
that headings typically carry ("0bjectif 2.l", "AXE Il", "Action n ° 3").

>>> label = parse_label("Objectif stratégique I.1 – Généraliser les clauses sociales")
>>> label.family, label.label, label.number, label.depth, label.title
('objectif', 'Objectif stratégique', 'I.1', 2, 'Généraliser les clauses sociales')
>>> parse_label("AXE Il - Réduire l'impact").number
'II'
>>> parse_label("3.1.1 Action n°1 – Systématiser").outline
'3.1.1'
>>> parse_label("Les conditions de réussite") is None
True
>>> parse_label("CHAPITRE 2. L'IMPORTANCE DES ENJEUX").number
'2'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from spaser_nlp.document.model import SectionKind

# Label words (accents removed, lower case) and the family of plan node they name.
_FAMILIES: dict[str, SectionKind] = {
    "axe": "axe",
    "axe strategique": "axe",
    "orientation": "axe",
    "orientation strategique": "axe",
    "ambition": "axe",
    "pilier": "axe",
    "defi": "axe",
    "priorite": "axe",
    "enjeu": "axe",
    "volet": "axe",
    "objectif": "objectif",
    "objectif strategique": "objectif",
    "objectif operationnel": "objectif",
    "objectif general": "objectif",
    "objectif specifique": "objectif",
    "sous-objectif": "objectif",
    "levier": "objectif",
    "levier d'action": "objectif",
    "chantier": "objectif",  # "trois axes, onze chantiers" (PNAAPD 2015-2020): work streams that hold actions
    "action": "action",
    "fiche action": "action",
    "fiche-action": "action",
    "fiche": "action",
    "mesure": "action",
    "engagement": "action",
    "sous-action": "action",
    "indicateur": "indicateur",
    "indicateurs": "indicateur",
    "partie": "chapitre",
    "chapitre": "chapitre",
    "titre": "chapitre",
    "annexe": "chapitre",
}

def _word_pattern(word: str) -> str:
    # Spaces and hyphens between the words of a label are interchangeable ("fiche-action", "fiche action").
    return r"[\s-]+".join(re.escape(part) for part in re.split(r"[\s-]", word))


# Longest alternatives first so "fiche action" wins over "fiche".
_WORDS = sorted(_FAMILIES, key=len, reverse=True)
_LABEL_RE = re.compile(
    r"^(?:(?P<outline>\d{1,2}(?:\.\d{1,2}){0,3})[.,]?\s+)?"  # "3.1 " outline number before the label
    r"(?P<label>" + "|".join(_word_pattern(w) for w in _WORDS) + r")"
    r"(?![a-z])\s*"
    r"(?:(?:n\s*[°o]|no\.?|num(?:ero|\.)?)\s*)?"  # "n°", "no", "numéro"
    # A letter followed by an apostrophe is an elided word, not a number ("CHAPITRE 2. L'IMPORTANCE").
    r"(?P<number>(?:\d{1,3}|[ivxl|]{1,5}|[a-h])(?:(?:\.\s?|-)(?:\d{1,3}|[ivxl]{1,5}|[a-h])(?![a-z']))*)?"
    r"(?![a-z0-9'])"
    r"\s*(?P<sep>[–—\-:.)/]+)?\s*",
)
_OUTLINE_RE = re.compile(r"^(?P<outline>(?:\d{1,2}|[IVX]{1,4}|[A-H])(?:\.\d{1,2}){0,3})(?:\.\s*[–—-]|\.|\)|\s*[–—-])?\s+(?=\S)")

# OCR confusions inside label words and numbers, applied to a folded copy only.
_OCR_WORD_FIXES = (("0bj", "obj"), ("0rient", "orient"), ("ax e", "axe"), ("acti0n", "action"))


@dataclass(frozen=True)
class HeadingLabel:
    """What the start of a heading says about its place in the plan."""

    family: SectionKind
    label: str
    number: str | None
    depth: int | None
    title: str
    outline: str | None = None

    @property
    def qualifier(self) -> str:
        """The folded label ("objectif strategique") used to tell label types apart."""
        return fold(self.label)


def fold(text: str) -> str:
    """Lower case, accents removed, typographic dashes made plain.

    >>> fold("Objectif Stratégique – Défi")
    'objectif strategique - defi'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("–", "-").replace("—", "-").replace("’", "'").lower()


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """One character folded to one character (" " when folding removes it)."""
    folded = fold(char)
    return folded[0] if folded else " "


def _fold_same_length(text: str) -> str:
    # Keep one folded character per original character so match offsets map back to ``text``.
    result = "".join(map(_fold_char, text))
    for wrong, right in _OCR_WORD_FIXES:
        result = result.replace(wrong, right)
    return result


def normalise_number(number: str | None) -> str | None:
    """A label number in canonical form: OCR "l"/"I" confusions fixed, spaces dropped.

    >>> normalise_number("2.l"), normalise_number("Il"), normalise_number("i . 3"), normalise_number("a")
    ('2.1', 'II', 'I.3', 'A')
    """
    if not number:
        return None
    parts = re.split(r"\s*[.\-]\s*", number.strip().replace("|", "I"))
    fixed: list[str] = []
    for part in parts:
        after_digits = bool(fixed) and fixed[-1].isdigit()
        if after_digits and re.fullmatch(r"[0-9ilIO]+", part):
            fixed.append(str(int(part.translate(str.maketrans("ilIO", "1110")))))
        elif part.isdigit():
            fixed.append(str(int(part)))
        elif re.fullmatch(r"[0-9il]+", part) and any(c.isdigit() for c in part):
            fixed.append(str(int(part.replace("l", "1").replace("i", "1"))))
        elif re.fullmatch(r"[ivxl]+", part, re.IGNORECASE):
            fixed.append(part.upper().replace("L", "I") if len(part) > 1 and "l" in part.lower() else part.upper())
        else:
            fixed.append(part.upper())
    return ".".join(fixed)


def romanise_ocr(number: str) -> str:
    """The first part of a number read by OCR as digits where a roman numeral was printed.

    >>> romanise_ocr("11.2"), romanise_ocr("1.3"), romanise_ocr("lI1.1"), romanise_ocr("1V")
    ('II.2', 'I.3', 'III.1', 'IV')
    """
    head, _, rest = number.partition(".")
    if not re.fullmatch(r"[1lI|VX]{1,4}", head, re.IGNORECASE):
        return number
    roman = re.sub(r"[1lI|]", "I", head.upper().replace("L", "I"))
    return roman + ("." + rest if rest else "")


def _display_label(raw_label: str) -> str:
    words = raw_label.split()
    text = " ".join(words)
    if text.isupper():
        text = text.capitalize()
    text = text[0].upper() + text[1:]
    return text.replace("0bj", "Obj").replace("0rient", "Orient")


def parse_label(text: str) -> HeadingLabel | None:
    """The plan label at the start of ``text``, or None when it starts with none.

    A label word alone counts only when a number, a qualifier ("Objectif
    stratégique") or a separator follows it, so that "Action sociale des
    départements" is not an action.
    """
    stripped = text.strip()
    folded = _fold_same_length(stripped)
    match = _LABEL_RE.match(folded)
    if match is None:
        return None
    label_folded = re.sub(r"[\s-]+", " ", match.group("label")).strip()
    family = _FAMILIES.get(label_folded) or _FAMILIES.get(label_folded.replace(" ", "-"), "chapitre")
    number = match.group("number")
    qualified = " " in label_folded or label_folded in ("indicateur", "indicateurs")
    if number is None and not (qualified or match.group("sep")):
        return None
    if number and len(number) == 1 and number.isalpha() and not match.group("sep") and match.end() < len(folded):
        # "Action a ..." is prose, "Priorité A – ..." or a bare "Priorité A" is a label.
        return None
    title = stripped[match.end():].strip()
    normalised = normalise_number(number)
    return HeadingLabel(
        family=family,
        label=_display_label(stripped[match.start("label"):match.end("label")]),
        number=normalised,
        depth=len(normalised.split(".")) if normalised else None,
        title=title,
        outline=match.group("outline"),
    )


def parse_outline(text: str) -> tuple[str, int, str] | None:
    """An outline number opening a heading without a label word: ``(number, depth, title)``.

    >>> parse_outline("1.2 Les achats du Département")
    ('1.2', 2, 'Les achats du Département')
    >>> parse_outline("II. Gouvernance")
    ('II', 1, 'Gouvernance')
    >>> parse_outline("1.- Un dispositif incomplet")
    ('1', 1, 'Un dispositif incomplet')
    >>> parse_outline("2024 : formation") is None
    True
    """
    match = _OUTLINE_RE.match(text.strip())
    if match is None:
        return None
    number = match.group("outline")
    if number.isdigit() and int(number) > 30:
        return None
    title = text.strip()[match.end():].strip()
    if not title or not title[0].isalpha():
        return None
    return number.upper(), number.count(".") + 1, title


# Words that number the parts of a document or of a procedure but never name a level of a plan
# (accents removed, lower case): legal and document apparatus, procurement parts, steps and dates,
# teaching material. A run of "Article 1 :", "Article 2 :" headings has the shape of a plan level.
_NOT_PLAN_WORDS = frozenset({
    # document apparatus
    "article", "articles", "annexe", "annexes", "appendice", "tableau", "figure", "fig", "graphique",
    "graphe", "schema", "carte", "illustration", "photo", "image", "encadre", "page", "section",
    "paragraphe", "alinea", "chapitre", "partie", "titre", "livre", "tome", "volume", "note", "source",
    "document", "piece", "version", "exemple", "cas", "question", "reponse", "extrait", "diapositive",
    # procurement and legal acts
    "lot", "tranche", "critere", "sous-critere", "option", "variante", "prix", "poste", "marche",
    "deliberation", "decision", "arrete", "decret", "loi", "avis", "rapport", "motion", "amendement",
    # steps, time and dates
    "etape", "phase", "periode", "annee", "an", "mois", "semaine", "jour", "trimestre", "semestre",
    "session", "seance", "reunion", "tour", "janvier", "fevrier", "mars", "avril", "mai", "juin",
    "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
    # teaching and assessment
    "module", "sequence", "lecon", "cours", "exercice", "atelier", "niveau", "scenario", "hypothese",
    "categorie", "classe", "groupe", "point",
})
_FUNCTION_WORDS = frozenset({"le", "la", "les", "un", "une", "des", "du", "de", "en", "et", "ou", "sur", "dans",
                             "pour", "par", "avec", "sans", "plus", "moins", "entre", "vers", "au", "aux"})
_SHAPE_RE = re.compile(
    r"^(?P<label>[a-z][a-z'-]+(?:\s+(?:d'|de\s+|des\s+|du\s+)?[a-z][a-z'-]+){0,2}?)\s+"
    r"(?:(?:n\s*[°o]|no\.?)\s*)?"
    r"(?P<number>(?:\d{1,2}|[ivx]{1,4}|[a-h])(?:\.(?:\d{1,2}|[a-h]))*)"
    r"\s*(?P<sep>[:–—\-.)/])\s*(?=\S)",
)


def parse_shape(text: str) -> HeadingLabel | None:
    """The shape of a plan label with a word the rules do not know: "<Word> <number> <separator> <title>".

    Such a heading is a plan node only when it belongs to a run of siblings of the same shape (see
    ``spaser_nlp.segment.runs``); here it is only read, with family ``chapitre``. Known label words,
    words that number other things ("Article 1 :", "Annexe 2 –", "Étape 1 :") and dates are not shapes.

    >>> shape = parse_shape("Programme 1.2 : Ouvrir les marchés aux petites entreprises")
    >>> shape.label, shape.number, shape.depth, shape.title
    ('Programme', '1.2', 2, 'Ouvrir les marchés aux petites entreprises')
    >>> parse_shape("THÉMATIQUE II – ACHATS RESPONSABLES").number
    'II'
    >>> [parse_shape(t) for t in ("Article 1 : Objet", "Juin 2026 : adoption", "Axe 1 – Emploi", "Outil 5 Les tableaux")]
    [None, None, None, None]
    """
    stripped = text.strip()
    if not stripped[:1].isupper() or parse_label(stripped) is not None:
        return None
    folded = _fold_same_length(stripped)
    match = _SHAPE_RE.match(folded)
    if match is None:
        return None
    words = re.split(r"[\s']+", match.group("label"))
    if words[0] in _NOT_PLAN_WORDS or words[0] in _FUNCTION_WORDS or len(words[0]) < 3:
        return None
    title = stripped[match.end():].strip()
    if not any(char.isalpha() for char in title):
        return None
    number = normalise_number(match.group("number"))
    assert number is not None
    return HeadingLabel(
        family="chapitre",
        label=_display_label(stripped[:match.end("label")]),
        number=number,
        depth=len(number.split(".")),
        title=title,
    )
