"""Ambiguous words (a/à, ou/où, dés/dès) corrected only when a neighbouring word decides.

Both spellings are French words, so the lexicon cannot choose; a fixed
neighbour can ("a partir de" is always "à partir de"). Without such a
neighbour the word is left alone.

>>> import re
>>> text = "jusqu'a 2026, a partir de 2025, dés lors, là ou il a"
>>> tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\\W_]+", text)]
>>> [(tokens[i][2], contextual_fix(text, tokens, i)[0]) for i in range(len(tokens)) if contextual_fix(text, tokens, i)]
[('a', 'à'), ('a', 'à'), ('dés', 'dès'), ('ou', 'où')]
"""

from __future__ import annotations

_A_BEFORE = frozenset(
    "partir travers savoir compter hauteur destination proximité terme échéance court moyen long "
    "hauteur titre égalité raison condition l'horizon".split()
)
_A_AFTER = frozenset(
    "jusqu grâce face quant conformément recours accès participer contribuer inciter visant "
    "relatif relative relatifs relatives aide attention consacrés consacré destinés destiné "
    "réservés réservé réservée réservées ouverts ouvert ouverte ouvertes".split()
)
_SUBJECTS = frozenset("il elle on qui cela ce personne chacun tout".split())
_DES_BEFORE = frozenset(
    "lors que qu le la les l à maintenant aujourd cette ce cet son sa ses leur leurs réception notification "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
_OU_AFTER = frozenset("là d moment cas mesure jour période".split())
_CANDIDATES = frozenset(("a", "dés", "ou", "Dés", "A", "à", "où", "là"))
_COORDINATED = ("é", "és", "ée", "ées", "ant", "ants", "ante", "antes")
# "la" and "le" misread as other short tokens; after a preposition only the article fits
_LA = frozenset("lu ls li ln In Ia Ja 1a".split())
_LE = frozenset("ke Ie 1e lc".split())
_PREPOSITIONS = frozenset("de à par pour sur dans avec sans vers entre chez et ou que selon dont".split())


def contextual_fix(text: str, tokens: list[tuple[int, int, str]], index: int) -> tuple[str, str, float] | None:
    """``(corrected, "context", confidence)`` for the ambiguous token at ``index``, or None."""
    token = tokens[index][2]
    if token not in _CANDIDATES and token not in _LA and token not in _LE:
        return None
    prev = tokens[index - 1][2].lower() if index > 0 else ""
    following = tokens[index + 1][2].lower() if index + 1 < len(tokens) else ""
    lower = token.lower()
    if token in _LA or token in _LE:
        next_token = tokens[index + 1][2] if index + 1 < len(tokens) else ""
        if prev in _PREPOSITIONS and next_token[:1].islower() and len(next_token) >= 3:
            return ("la" if token in _LA else "le"), "context", 0.7
        return None
    if token == "à":
        # "à été", "il à", "il y à": the verb avoir read with a grave accent
        if following in ("été", "eu") or prev in _SUBJECTS or prev == "y":
            return "a", "context", 0.8
        return None
    if token == "où":
        # "neufs où rénovés", "où en valeur": a grave accent OCR put on the conjunction
        if following in ("en", "au", "aux") or following.endswith(_COORDINATED) and prev.endswith(_COORDINATED):
            return "ou", "context", 0.7
        return None
    if token == "là":
        # "de là Métropole": the article read with a grave accent before a capitalised noun
        next_token = tokens[index + 1][2] if index + 1 < len(tokens) else ""
        if prev in _PREPOSITIONS and next_token[:1].isupper() and not text[tokens[index][1] :].startswith(","):
            return "la", "context", 0.7
        return None
    if lower == "a":
        if prev in _SUBJECTS:
            return None
        if following in _A_BEFORE or prev in _A_AFTER:
            return ("À" if token == "A" else "à"), "context", 0.8
        return None
    if lower == "dés":
        if following in _DES_BEFORE or following.isdigit():
            return ("Dès" if token == "Dés" else "dès"), "context", 0.85
        return None
    if lower == "ou" and prev in _OU_AFTER:
        return "où", "context", 0.7
    return None
