"""Labels a consultation team accepts, and the check that counts the ones it would not.

Rules (each violation is reported with its issue):

- ``casse``: a word in capitals that is not an acronym ("ECOLE"), or a label not starting with a capital;
- ``mot_inconnu``: a word that is not French as spelt (contributors' typos: "plétorique");
- ``accord``: a noun and its adjective that disagree in gender or number ("Dépenses publique");
- ``tronque``: a phrase cut short (ends on a preposition or article, or holds "d'un point…");
- ``trop_long``: more than six words;
- ``quasi_doublon``: the same words (accents, case, plural aside) as another issue's label;
- ``minoritaire``: the label's words appear in fewer than half of the issue's texts looked at;
- ``mot_cle``: a keyword that is not a French word form (a stem like "mieu", "nou");
- ``nom_propre``: a place name written in lower case ("Impôts en france");
- ``confusion``: a word mistaken for its homophone ("Partie politique" for *parti*);
- ``vague``: a label that is only generic nouns ("Problème", "Enjeu", "Lien et monde").

:func:`fix_label` repairs case and accents with the cleaner's lexicon
(:mod:`spaser_nlp.clean.lexicon`, loaded only when a word needs it);
:func:`label_problems` is what the label chooser uses to skip bad candidates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spaser_nlp.clean.lexicon import accent_key
from spaser_nlp.french.lemma_tables import lemma_table, lookup_lemmas

#: Label of the issue of bare "no / none / nobody" answers (see :mod:`spaser_nlp.consult.pipeline`).
REFUSAL_LABEL = "Refus, aucun ou personne"
MAX_WORDS = 6
MIN_COVERAGE = 0.5
_TRAILING = {"de", "d", "des", "du", "la", "le", "les", "l", "un", "une", "à", "au", "aux", "en", "pour", "par", "sur",
             "et", "ou", "avec", "sans", "dans", "contre", "ce", "cette", "ces", "son", "sa", "ses", "leur", "nos",
             "notre", "mon", "ma", "mes"}
_INDEFINITE = re.compile(r"\b(?:d['’]\s?une?|une?)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_STOP = {"de", "d", "des", "du", "la", "le", "les", "l", "à", "au", "aux", "en", "pour", "par", "sur", "et", "ou",
         "un", "une", "dans", "avec", "sans", "contre"}


#: Place names that a label must capitalise (lower case, accents as written).
PROPER_NOUNS = {"france": "France", "europe": "Europe", "paris": "Paris", "allemagne": "Allemagne",
                "afrique": "Afrique", "amérique": "Amérique", "bruxelles": "Bruxelles", "corse": "Corse",
                "italie": "Italie", "espagne": "Espagne", "suisse": "Suisse", "belgique": "Belgique",
                "danemark": "Danemark", "suède": "Suède", "chine": "Chine", "outre-mer": "Outre-mer"}
#: Homophones contributors mix up, as (wrong phrase, right phrase) in lower case without accents.
CONFUSIONS = {("partie", "politique"): "parti politique", ("parties", "politiques"): "partis politiques",
              ("partie", "pris"): "parti pris", ("cotes", "sociales"): "cotisations sociales"}
#: Nouns that name no topic on their own.
GENERIC_NOUNS = {"probleme", "enjeu", "chose", "question", "lien", "monde", "divers", "exemple", "cas", "sujet",
                 "idee", "point", "fait", "occurrence", "tendance", "absence", "alignement", "maniere", "facon",
                 "niveau", "partie", "part", "ensemble", "type", "genre", "sens", "role", "place", "moment",
                 "temps", "amont", "ordre", "lieu", "reste", "effet", "truc", "avis", "element", "service",
                 "actuel", "actuels", "fonction", "gestion", "choix", "domaine", "terme", "raison", "prise"}

_FORMS: Container[str] | None = None


@dataclass(frozen=True)
class Violation:
    issue_id: str
    rule: str
    detail: str


def _known_forms() -> Callable[[str], bool]:
    """Whether a lower-case word is a French word form spaCy's lemma table or the lexicon knows."""
    from spaser_nlp.consult.labels import nlp

    global _FORMS
    if _FORMS is None:
        # Forms (keys) and lemmas (values: a lemma is not always a key of its own).
        _FORMS = lookup_lemmas(nlp())
    forms, table = _FORMS, lemma_table(nlp(), "lemma_lookup")
    return lambda word: word in table or word in forms


def _lexicon():
    from spaser_nlp.clean.lexicon import Lexicon

    return Lexicon.load()


def _is_acronym(word: str) -> bool:
    return word.isupper() and 2 <= len(word) <= 5


def fix_word(word: str, known: Callable[[str], bool]) -> str:
    """``word`` with case and accents fixed ("ECOLE" -> "école", "ecole" -> "école"); acronyms kept."""
    if _is_acronym(word) and len(word) <= 4:
        return word
    lower = word.lower()
    if known(lower) and not (word.isupper() and len(word) > 1):
        return lower if word[:1].isupper() and word[1:].islower() else word
    lexicon = _lexicon()
    if word.isupper() and word in lexicon.acronyms:
        return word
    variants = lexicon.variants(lower)
    if variants and lexicon.frequency(variants[0]) >= lexicon.frequency(lower):
        return variants[0]
    return lower


def fix_label(label: str, known: Callable[[str], bool] | None = None) -> str:
    """Case and accents fixed, first letter capital, spacing normalised.

    >>> fix_label("ECOLE publique", known=lambda w: w in {"publique"})
    'École publique'
    """
    known = known or _known_forms()
    label = re.sub(r"\s+", " ", label).strip(" ,;:.-")
    fixed = _WORD.sub(lambda m: fix_word(m.group(0), known), label)
    fixed = _WORD.sub(lambda m: PROPER_NOUNS.get(m.group(0), m.group(0)), fixed)
    return fixed[:1].upper() + fixed[1:]


@lru_cache(maxsize=20_000)
def _morph_disagreement(label: str) -> str:
    from spaser_nlp.consult.labels import nlp

    doc = nlp()(label)
    for noun, adj in zip(doc, doc[1:]):
        if (noun.pos_, adj.pos_) == ("DET", "NOUN"):
            a, b = noun.morph.get("Number"), adj.morph.get("Number")
            if a and b and not set(a) & set(b):
                return f"{noun.text} / {adj.text} (Number)"
            continue
        if noun.pos_ != "NOUN" or adj.pos_ != "ADJ":
            continue
        for feature in ("Number", "Gender"):
            a, b = noun.morph.get(feature), adj.morph.get(feature)
            if a and b and not set(a) & set(b):
                return f"{noun.text} / {adj.text} ({feature})"
    return ""


def label_key(label: str) -> tuple[str, ...]:
    """Words of a label without case, accents, articles and plural marks (near-duplicates share it).

    >>> label_key("Dépenses publiques") == label_key("dépense publique")
    True
    """
    words = [accent_key(w) for w in _WORD.findall(label)]
    return tuple(sorted({w[:-1] if len(w) > 3 and w[-1] in "sx" else w for w in words if w not in _STOP}))


def _matches(word: str, lemmas: set[str]) -> bool:
    key = accent_key(word)
    stem = key[:-1] if len(key) > 3 and key[-1] in "sx" else key
    return any(lemma == key or lemma == stem or (len(stem) >= 5 and lemma.startswith(stem[:5])) for lemma in lemmas)


def coverage(label: str, member_lemmas: Sequence[Sequence[str]]) -> float:
    """Share of the texts (given as lemmas) that use at least one content word of ``label``."""
    words = [w for w in _WORD.findall(label) if accent_key(w) not in _STOP and len(w) > 2]
    if not member_lemmas or not words:
        return 0.0
    hits = 0
    for lemmas in member_lemmas:
        keys = {accent_key(x) for x in lemmas}
        hits += any(_matches(w, keys) for w in words)
    return hits / len(member_lemmas)


def label_problems(
    label: str, *, known: Callable[[str], bool], member_lemmas: Sequence[Sequence[str]] | None = None,
    taken: set[tuple[str, ...]] | None = None, first_only: bool = False,
) -> list[tuple[str, str]]:
    """``(rule, detail)`` for each rule ``label`` breaks (empty: a label a team accepts);
    ``first_only``: stop at the first rules broken (enough to skip a candidate)."""
    problems = []
    words = _WORD.findall(label)
    if not label.strip():
        return [("vide", "pas de libellé")]
    if not label[:1].isupper():
        problems.append(("casse", "minuscule initiale"))
    for word in words:
        if word.isupper() and len(word) > 1 and not _is_acronym(word):
            problems.append(("casse", word))
        elif not word.isupper() and not known(word.lower()):
            lexicon = _lexicon()
            if lexicon.frequency(word.lower()) < 1.0 and word.lower() not in lexicon.domain:
                problems.append(("mot_inconnu", word))
    for word in words:
        if word in PROPER_NOUNS:
            problems.append(("nom_propre", word))
    keys = [accent_key(w) for w in words]
    for pair in zip(keys, keys[1:]):
        if pair in CONFUSIONS:
            problems.append(("confusion", f"{' '.join(pair)} → {CONFUSIONS[pair]}"))
    content = [k for k in keys if k not in _STOP]
    if content and all(k in GENERIC_NOUNS or (len(k) > 3 and k[-1] in "sx" and k[:-1] in GENERIC_NOUNS) for k in content):
        problems.append(("vague", label))
    if len(words) > MAX_WORDS:
        problems.append(("trop_long", f"{len(words)} mots"))
    tail = re.split(r"[\s'’]+", label.lower().strip())[-1] if label.strip() else ""
    if tail in _TRAILING or _INDEFINITE.search(label):
        problems.append(("tronque", label))
    if taken is not None and label_key(label) in taken:
        problems.append(("quasi_doublon", label))
    if member_lemmas is not None and coverage(label, member_lemmas) < MIN_COVERAGE:
        problems.append(("minoritaire", f"{coverage(label, member_lemmas):.0%} des textes"))
    if problems and first_only:
        return problems
    # Tagging the label (the costly check) last.
    disagreement = _morph_disagreement(label) if len(words) > 1 else ""
    if disagreement:
        problems.append(("accord", disagreement))
    return problems


def real_words(ranked: Sequence[tuple[str, float]], docs: Sequence[Sequence[str]]) -> list[tuple[str, float]]:
    """Keywords kept when they are French word forms spaCy knows, or words used in two texts or more
    (a typo is rarely repeated; "temps", "France" are not in the lemma table since they are their own lemma)."""
    known = _known_forms()
    kept = []
    for word, weight in ranked:
        if known(word) or sum(1 for doc in docs if word in doc) >= 2:
            kept.append((word, weight))
    return kept


def keyword_problems(keywords: Sequence[str], known: Callable[[str], bool]) -> list[str]:
    """Keywords that are not French words: a cut word ("mieu", "nou": its "-s"/"-x" form is the word),
    an accent missing ("prepare"), a typo or a non-word."""
    problems = []
    for keyword in keywords:
        word = keyword.lower()
        if known(word):
            continue
        lexicon = _lexicon()
        frequency = lexicon.frequency(word)
        longer = max((lexicon.frequency(v) for end in "sx" for v in lexicon.variants(word + end)[:1]), default=0.0)
        accented = lexicon.variants(word)[:1]
        if (
            frequency < 2.0
            or longer > frequency + 1.0
            or (accented and accented[0] != word and lexicon.frequency(accented[0]) > frequency + 1.0)
        ):
            problems.append(keyword)
    return problems


def check_issues(issues: Sequence, member_lemmas: dict[str, list[list[str]]] | None = None) -> list[Violation]:
    """Every violation of the label rules among ``issues`` (``member_lemmas``: per issue id, its texts' lemmas)."""
    known = _known_forms()
    violations = []
    seen: dict[tuple[str, ...], str] = {}
    for issue in issues:
        lemmas = member_lemmas.get(issue.id) if member_lemmas is not None else None
        # A label the team chose (codebook) or the refusal issue's is not judged on its words' coverage.
        judged = lemmas if getattr(issue, "origin", "nouveau") == "nouveau" and issue.label != REFUSAL_LABEL else None
        for rule, detail in label_problems(issue.label, known=known, member_lemmas=judged):
            violations.append(Violation(issue.id, rule, detail))
        key = label_key(issue.label)
        if key in seen:
            violations.append(Violation(issue.id, "quasi_doublon", f"{issue.label} ~ {seen[key]}"))
        seen.setdefault(key, issue.label)
        for keyword in keyword_problems(issue.keywords, known):
            violations.append(Violation(issue.id, "mot_cle", keyword))
    return violations
