"""Fill the fields of a target quantity from its clause: direction, kind, comparator, per year, horizon, subject.

>>> from spaser_nlp.extract.quantities import find_quantities
>>> clause = "augmenter de 15 % par an le montant des achats auprès de l'ESS"
>>> q = find_quantities(clause)[0]
>>> direction_and_change(clause, q, 0)
('increase', True)
>>> per_year(clause, q, 0, len(clause), first=True), subject(clause, q, 0)
(True, "le montant des achats auprès de l'ESS")
"""

from __future__ import annotations

import re
from functools import lru_cache

from spaser_nlp.extract import lexicon as lx
from spaser_nlp.extract.dates import YearMention
from spaser_nlp.extract.quantities import Quantity

_VERB_DIRECTIONS = (("decrease", lx.DECREASE), ("increase", lx.INCREASE), ("maintain", lx.MAINTAIN))
_REACH_VERBS = re.compile(
    r"\b(?:atteindre|atteint|atteign\w*|r[ée]alis\w*|repr[ée]sent\w*|objectif|cible|vis\w*|compris|fix\w*|"
    r"pr[ée]voi\w*|minima(?:l|le|ux|les))\b",
    re.I,
)
# a verb of change towards a level: "porter à", "(faire) passer (de 60 %) à", "devenir", "montera à" (real-text
# conventions)
_CHANGE_TO_VERBS = re.compile(
    r"\b(?:por(?:-\s*)?t(?:er|era|eront|é|ée|és|ées|ant|ons|ez|e)\s+(?:\S+\s+){0,8}?(?:à|a)|"
    # a long object, the number right after its « à »: « Porter la part des marchés … intégrant un dispositif
    # d'insertion à 30 % »
    r"por(?:-\s*)?t(?:er|era|eront|é|ée|és|ées|ant|ons|ez|e)\s+(?:[^\s.;:!?]+\s+){9,20}?(?:à|a)(?=\s*$)|"
    r"pass(?:er|era|eront|e|ent|ant|é|ée)\s+(?:de\s+(?:[\w,'’%-]+\s+){1,4}?)?[àa]|devien\w*|deven\w*|"
    r"(?:mont|grimp)(?:er|era|eront|e|ent|é)\s+(?:de\s+(?:[\w,'’%-]+\s+){1,4}?)?[àa])\b",
    re.I,
)
_PASS_FROM_TO = re.compile(
    r"\b(?:fai\w*\s+)?pass(?:er|era|eront|ent|ant)\s+(?:[^\s\d.;:!?]+\s+){0,8}?(?:de|d['’])\s*(?P<start>\d[\d\s\u00a0\u202f]*(?:[,.]\d+)?)"
    r"\s*(?:%|pour\s*cents?)?\s*(?:\([^()]{0,30}\)\s*)?[àa]\s*$",
    re.I,
)


def _level(text: str) -> float | None:
    try:
        return float(re.sub(r"[\s\u00a0\u202f]", "", text).replace(",", "."))
    except ValueError:
        return None


_PASSIVE_DECREASE = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,3}?(?:doi(?:t|vent)|devr(?:a|ont)|ser(?:a|ont))\s+(?:ainsi\s+|donc\s+|encore\s+)?"
    r"[êe]tre\s+(?:[ée]conomis|r[ée]duit|diminu|supprim)\w*",
    re.I,
)
_NAMED_CHANGE_REACHED = re.compile(
    r"\b(?:les?|la|une|des|ces|cette)\s+(?P<noun>baisses?|r[ée]ductions?|diminutions?|augmentations?|hausses?)\b"
    r"[^.;:!?]{0,80}?\b(?:doi(?:t|vent)|devr(?:a|ont)|dev(?:r)?ait|devaient)\s+atteindre\s*$",
    re.I,
)
_BARE_CHANGE_NOUN = re.compile(
    r"\b(?:une|la|les|des|cette)\s+(?P<noun>baisses?|hausses?|r[ée]ductions?|diminutions?|augmentations?)\s*$", re.I)
_CHANGE_TOWARDS = re.compile(
    r"\b(?P<change>augment\w*|progress\w*|hausse|accro[iî]\w*|croissance|d[ée]velopp\w*|r[ée]dui\w*|r[ée]duction|"
    r"baiss\w*|diminu\w*)\b[^.;:!?\d]{0,100}?\bpour\s+(?:atteindre|arriver\s+[àa]|parvenir\s+[àa])\s+"
    r"(?:(?:les?|la|l['’]|un|une)\s*)?(?:(?:au\s+moins|environ|pr[èe]s\s+de)\s+)?$",
    re.I,
)
_NULL_HORIZON = re.compile(
    r"\b(?:au\s+terme\s+du\s+sch[ée]ma|sur\s+la\s+dur[ée]e\s+du\s+sch[ée]ma|(?:d['’]ici\s+)?(?:la\s+)?fin\s+du\s+sch[ée]ma|"
    r"[àa]\s+l['’][ée]ch[ée]ance\s+du\s+sch[ée]ma|pendant\s+la\s+dur[ée]e\s+du\s+sch[ée]ma)\b",
    re.I,
)
_BASELINE_PHRASE = re.compile(
    r"(?:par\s+rapport|comparativement)\s+(?:[àa]|aux?)\s+(?:l['’]ann[ée]e\s+|(?:son|leur|ses|leurs)\s+niveaux?\s+(?:de|d['’]|en)\s+|celui\s+de\s+|"
    r"celle\s+de\s+)?(?:19|20)\d\d\)?",
    re.I,
)
_TODAY_PHRASE = re.compile(
    r"contre\s+(?:environ\s+|pr[èe]s\s+de\s+)?\d[\d\s\u00a0\u202f,.]*\s*(?:%|[a-zà-ÿ€]+\s+)?\s*"
    rf"{lx.TODAY}\b",
    re.I,
)
_HARD_BOUNDARY = re.compile(r",\s*soit\b(?!\s+(?:pour|en|d['’]\s*ici(?:\s+[àa])?|fin|[àa]\s+l['’]horizon|au\s+plus\s+tard\s+en)"
                            r"\s+(?:(?:la\s+)?fin\s+)?(?:19|20)\d\d)|\bpuis\b|\bcontre\b|\bensuite\b|\bavec\s+un\s+point\b|\bpar\s+rapport\b|\bcomparativement\b", re.I)
_SUBJECT_STOP = re.compile(
    r"\s*(?:[,;:(]|\.\s|\.$|\s[–-]\s|\bd['’]\s*ici\b|\b[àa]\s+l['’]horizon\b|\ben\s+(?:19|20)\d\d\b|\bd[èé]s\s+(?:19|20)\d\d|"
    r"\bsoit\b|\bcontre\b|\bpar\s+rapport\b|\bcomparativement\b|\bafin\b|\bpour\s+atteindre\b|\bà\s+compter\b|\bà\s+partir\b|\bau\s+terme\b|"
    r"\bsur\s+la\s+dur[ée]e\b|\bpuis\b|\bet\s+(?:à\s+)?\d|\bet\s+(?:de\s+)?(?:la\s+moitié|un\s+quart|un\s+tiers)|"
    r"\bcomporter\w*|\bdevr\w*|\bseront\b|\bsera\b|\bfer\w*\s+l['’]objet|\bpar\s+an\b|\bchaque\s+ann[ée]e\b|"
    r"\bd['’]au\s+moins\b|\bau\s+moins\b|\bde\s+\d|\bà\s+\d|\bsupplémentaires?\b)",
    re.I,
)
_LEADING_NOISE = re.compile(
    r"^\s*(?:(?:par\s+an|chaque\s+ann[ée]e|annuellement|au\s+moins|au\s+minimum|minimum|supplémentaires?|"
    r"nouveaux|nouvelles|HT|TTC|d['’]ici\s+\S+|en\s+\d{4}|dès\s+\d{4})\s*,?\s*)+",
    re.I,
)
_WORDS = re.compile(r"[^\s]+")


def direction_and_change(clause: str, quantity: Quantity, window_start: int) -> tuple[str, bool]:
    """``(direction, value_is_a_change)`` from the verb or noun governing the quantity."""
    if quantity.source == "factor":
        return ("increase" if quantity.sign == "+" else "decrease"), True
    if quantity.sign:
        return ("increase" if quantity.sign == "+" else "decrease"), True
    before = clause[window_start : quantity.start]
    after = clause[quantity.end : quantity.end + 40]
    # "réduire d'un tiers", "baisser de moitié": the fraction carries the "de" that the change pattern ends on
    if quantity.source == "fraction" and re.match(r"(?:de|d['’])", quantity.text, re.I):
        before = before + " de"
    change = lx.CHANGE_AMOUNT_BEFORE.search(before)
    if change:
        text = change.group()
        if lx.DECREASE.search(text):
            return "decrease", True
        return "increase", True
    if re.match(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:suppl[ée]mentaires?|additionnel\w*|de\s+plus)\b", after, re.I):
        return "increase", True
    if re.match(r"^\s*(?:[\w'’-]+\s+){0,4}?en\s+moins\b", after, re.I):
        return "decrease", True
    # the number is the subject of a passive change: "100 millions d'euros doivent ainsi être économisés"
    if _PASSIVE_DECREASE.match(clause[quantity.end : quantity.end + 80]):
        return "decrease", True
    # "20 % d'économie d'eau", "10 % de réduction", "15 % de hausse"
    noun = re.match(r"^\s*(?:de|d['’])\s*(?P<noun>[ée]conomies?|r[ée]duction|baisse|diminution|augmentation|hausse|"
                    r"progression|croissance)\b", after, re.I)
    if noun:
        return ("increase" if noun.group("noun").lower() in ("augmentation", "hausse", "progression", "croissance")
                else "decrease"), True
    # a change noun right before the number, without "de": "avant une baisse 40 % à l'horizon 2050"
    bare = _BARE_CHANGE_NOUN.search(before)
    if bare:
        return ("increase" if bare.group("noun").lower().startswith(("augm", "hauss")) else "decrease"), True
    # a level reached by a change: "faire progresser la part du vélo pour atteindre les 30 %", "une augmentation
    # progressive … pour atteindre 6000 chantiers par an" (the level, not the change: kind stays a level)
    towards = _CHANGE_TOWARDS.search(before)
    if towards:
        return ("decrease" if lx.DECREASE.search(towards.group("change")) else "increase"), False
    # a change named by its noun, then reached: "les baisses de consommation doivent atteindre 60 %"
    named = _NAMED_CHANGE_REACHED.search(before)
    if named:
        return ("increase" if named.group("noun").lower().startswith(("augm", "hauss")) else "decrease"), True
    # "passer (la part modale du vélo) de 1 % (en 2017) à 7 %": a change from a level to another, up or down
    moved = _PASS_FROM_TO.search(clause, max(0, quantity.start - 160), quantity.start)
    if moved:
        start_level = _level(moved.group("start"))
        if start_level is not None and start_level != quantity.value:
            return ("increase" if quantity.value > start_level else "decrease"), False
    # the verb nearest before the quantity decides: "réduire à 10 %" decreases, "porter à" reaches
    best: tuple[int, str] | None = None
    for direction, pattern in (*_VERB_DIRECTIONS, ("increase", _CHANGE_TO_VERBS), ("reach", _REACH_VERBS)):
        for match in pattern.finditer(before):
            if best is None or match.start() > best[0]:
                best = (match.start(), direction)
    if best is not None:
        return best[1], False
    return "reach", False


_COORDINATION = re.compile(
    # the first level's complement may come in between (« à 23 % de la consommation finale en 2020 et à 32 % »)
    r"^[\s,]*(?:(?:de|d['’]|des|du)\s*[^,;:.()\d]{1,60}?\s+(?=(?:en|pour|d['’]ici|d[èe]s)\s+(?:19|20)\d\d))?(?:(?:[àa]\s+partir\s+d[ue]|[àa]\s+compter\s+d[ue]|d[èe]s|en|pour|d['’]ici)\s+[^,;]{0,30}?,?\s*)?"
    r"(?:(?:et|puis|ou)\s+)?(?:[àa]|de)\s*$",
    re.I,
)


def coordinated(gap: str) -> bool:
    """The text between two quantities only coordinates them (", à", "… 2024, à", "et à"): they share a verb."""
    return bool(_COORDINATION.match(gap))


_COORDINATED_CHANGE = re.compile(
    r"^[^,;:.()]{0,60}?\bet\s+(?:(?:ceux|celles?|celui)\s+(?:[\w'’-]+\s+){0,4}?)?(?:de|d['’])\s*$"
    # « réduire le gaspillage de 50 % d'ici 2025, par rapport à 2015, dans la distribution …, et de 50 % d'ici 2030 »,
    # « … de 40 % en 2030, puis de 80 % en 2050 »: the complements in between may be long and hold commas
    r"|^[^;:.()]{0,240}?(?:\bet|,\s*puis|\bpuis)\s+(?:une\s+autre\s+|un\s+autre\s+)?(?:de|d['’])\s*$"
    # « … de 40 % d'ici 2030, de 50 % pour 2040 »: a step's year (after the object), a comma, the next change
    r"|^\s*[^\d;:.()]{0,80}?(?:en|pour|d[èe]s|d['’]\s*ici(?:\s+[àa])?|[àa]\s+l['’]horizon|(?:[àa]\s+)?fin)\s+(?:19|20)\d\d\s*,\s*(?:de|d['’])\s*$"
    # "réduire … de 50 % en 2050 …, en visant les objectifs intermédiaires d'environ 7 % en 2023 et de 20 % en 2030"
    r"|^[^;:]{0,160}?\b(?:objectifs?|jalons?|paliers?|[ée]tapes?|cibles?)\s+interm[ée]diaires?\s+(?:de\s+|d['’]\s*)"
    r"(?:environ\s+)?$",
    re.I,
)


# "… de 68 % d'ici 2030 et de 90 % d'ici 2035, et les émissions des parties prenantes de 27,5 %": a second object of the
# same change, named without a verb
_COORDINATED_OBJECT = re.compile(
    r"(?:^|,)\s*et\s+(?:les|la|le|l['’]|leurs?|ses|sa|son|nos|notre|vos|votre)\s*[^,;:.()\d]{0,60}?\s(?:de|d['’])\s*$"
    # … or after a comma (« les bâtiments devront voir leurs émissions réduites de 53 %, l'énergie de 42 % et … »),
    # not a share (« …, la part des renouvelables de 32 % » is a level)
    rf"|,\s*(?!(?:la|le|l['’])\s*{lx.SHARE_NOUNS}\b)(?:les|la|le|l['’])\s*[^,;:.()\d]{{0,40}}?\s"
    r"(?:de|d['’])\s*$",
    re.I,
)
# "porter à 30 % en 2030, et 40 % en 2050", "de 68 % d'ici 2030 et 90 % d'ici 2035": the next step of the same
# trajectory, its verb elided
# a step's year (« en 2040 », « d'ici 2030 », « à l'horizon 2030 », « fin 2026 ») and what joins it to the next step
_STEP_YEAR = r"(?:en|pour|d[èe]s|d['’]\s*ici(?:\s+[àa])?|[àa]\s+l['’]horizon|(?:[àa]\s+)?fin)\s+(?:19|20)\d\d"
_STEP_JOIN = r"(?:,\s*(?:(?:et|puis)\s+)?|(?:et|puis)\s+)$"
_BARE_STEP = re.compile(rf"^\s*(?:{_STEP_YEAR}\s*)?{_STEP_JOIN}", re.I)
# « une diminution de 40 % des consommations à l'horizon 2030 par rapport à 2019, 50 % en 2040 et 60 % en 2050 »: the
# first step names its object and its baseline once, then the next steps follow, each with its year
_OBJECT_STEP = re.compile(
    rf"^\s*[^\d;:.()]{{0,80}}?{_STEP_YEAR}"
    r"(?:\s*,?\s*(?:par\s+rapport\s+[àa]u?|contre|compar[ée]e?s?\s+[àa])\s+[^\d;:.()]{0,30}?(?:19|20)\d\d)?"
    rf"\s*{_STEP_JOIN}",
    re.I,
)


def coordinated_change(gap: str) -> bool:
    """The gap between two numbers is "… et de": the second one is a change like the first
    ("réduire de 40 % la consommation et de 50 % les émissions")."""
    return bool(_COORDINATED_CHANGE.match(gap) or _COORDINATED_OBJECT.search(gap))


def bare_step(gap: str) -> bool:
    """The gap between two numbers is only a year and "et" / "puis" / a comma: the second is the next step of the
    first one's trajectory and shares its verb ("porter à 30 % en 2030, et 40 % en 2050")."""
    return bool(_BARE_STEP.match(gap) or _OBJECT_STEP.match(gap))


def comparator(clause: str, quantity: Quantity) -> str | None:
    """``>=`` for "au moins", "minimum"; ``<=`` for "au plus", "limiter à"; else None."""
    before = clause[max(0, quantity.start - 70) : quantity.start]
    after = clause[quantity.end :]
    # "plus d'un tiers", "au moins de la moitié": the fraction carries the "de" the comparator ends on
    if quantity.source == "fraction" and re.match(r"(?:de|d['’])", quantity.text, re.I):
        before = before + " de"
    if lx.COMPARATOR_MIN.search(before) or lx.COMPARATOR_MIN_AFTER.match(after):
        return ">="
    if lx.COMPARATOR_MAX.search(before) or lx.COMPARATOR_MAX_AFTER.match(after):
        return "<="
    return None


def per_year(clause: str, quantity: Quantity, window_start: int, window_end: int, *, first: bool) -> bool:
    """"par an", "chaque année", "annuel": after the quantity, or before it when it is the clause's first."""
    # « dans son rapport annuel », « fait l'objet d'un bilan annuel »: a yearly document, not a yearly level
    clause = _ANNUAL_DOCUMENT.sub(lambda m: " " * len(m.group()), clause)
    after = clause[quantity.end : window_end]
    # « … de 80 % en 2050, soit une réduction annuelle de 2,5 % »: what follows « , soit » is the next number's
    restated = _RESTATED_CHANGE.search(after)
    if lx.PER_YEAR.search(after[: restated.start()] if restated else after):
        return True
    before = clause[window_start : quantity.start]
    own = _RESTATED_CHANGE.search(before)
    if own and lx.PER_YEAR.search(before[own.start() :]):
        return True
    return first and bool(lx.PER_YEAR.search(before))


_RESTATED_CHANGE = re.compile(r"[,(]\s*soit\s+(?:une?\s+)?(?:r[ée]duction|baisse|hausse|augmentation|diminution|"
                              r"[ée]conomie|progression|croissance)\s+annuelle\b", re.I)


_ANNUAL_DOCUMENT = re.compile(
    r"\b(?:rapports?|bilans?|congr[èe]s|salons?|colloques?|r[ée]unions?|assembl[ée]es?(?:\s+g[ée]n[ée]rales?)?|"
    r"comptes?[- ]rendus?|enqu[êe]tes?|barom[èe]tres?|forums?|rendez-vous|[ée]v[ée]nements?)\s+annuel(?:le)?s?\b",
    re.I,
)


# a past tense that is a verb (not « aujourd'hui », « bilan », « en 2019 : »)
_PAST_VERB = re.compile(r"(?:a|ont|avait|avaient|est|sont|s['’])\s", re.I)


@lru_cache(maxsize=4096)
def _past_verbs(clause: str) -> tuple[tuple[int, int], ...]:
    """The spans of the clause's past tenses that are verbs (read once per clause, not once per number)."""
    return tuple(m.span() for m in lx.PAST.finditer(clause) if _PAST_VERB.match(m.group()))


def horizon_year(clause: str, quantity: Quantity, years: list[YearMention], taken: set[int],
                 next_target: int | None = None) -> int | None:
    """The target year of ``quantity``: the first usable year after it (before the next target when a year
    precedes it: "pour 2010, introduire 15 % … et atteindre 20 % en 2012"), else the nearest before it."""
    usable = [y for y in years if y.role in ("horizon", "in") and y.start not in taken]
    boundary = _HARD_BOUNDARY.search(clause, quantity.end)
    # "de 15 % par rapport à 2010 d'ici 2030": the baseline is a parenthesis, the horizon may follow it
    # and so may a value of today: "6 000 logements par an, contre 1 500 aujourd'hui, dès 2025"
    while boundary and boundary.group().lower().startswith(("par", "contre")):
        baseline = _BASELINE_PHRASE.match(clause, boundary.start()) or _TODAY_PHRASE.match(clause, boundary.start())
        if not baseline:
            break
        boundary = _HARD_BOUNDARY.search(clause, baseline.end())
    limit = boundary.start() if boundary else len(clause)
    # a year told by a past verb beside the target dates that past (« réduire de 7 % les déchets, le ratio est passé
    # de 421 kg en 2008 … », « … à partir de 2050 et a invité les communes à réduire de moitié »)
    told = _past_verbs(clause)
    limit = min([limit, *(start for start, _ in told if start >= quantity.end)])
    after_past = max((end for _, end in told if end <= quantity.start), default=0)
    if next_target is not None and any(y.end <= quantity.start for y in usable):
        limit = min(limit, next_target)
    null_marker = _NULL_HORIZON.search(clause, quantity.end)
    for year in usable:
        if quantity.end <= year.start < limit:
            if null_marker and null_marker.start() < year.start:
                return None
            return year.year
    if null_marker and null_marker.start() < limit:
        return None
    previous_boundary = max((m.end() for m in _HARD_BOUNDARY.finditer(clause, 0, quantity.start)), default=0)
    before = [y for y in usable if max(previous_boundary, after_past) <= y.end <= quantity.start]
    if before:
        return before[-1].year
    return None


def subject(clause: str, quantity: Quantity, window_start: int) -> str | None:
    """A short noun phrase saying what is measured (heuristic, no parser)."""
    after = clause[quantity.end :]
    after = _LEADING_NOISE.sub("", after)
    stop = _SUBJECT_STOP.search(after)
    phrase = after[: stop.start()] if stop else after
    phrase = " ".join(_WORDS.findall(phrase)[:12]).strip(" ,.;")
    if quantity.unit not in ("%", "EUR", "x", "count", "points", "tCO2") and not phrase.lower().startswith(quantity.unit):
        phrase = f"{quantity.unit} {phrase}".strip()
    else:
        phrase = re.sub(r"^(?:des|du|de\s+la|de\s+l['’]|de|d['’])\s*", "", phrase, flags=re.I)
    if len(phrase) < 3 or re.match(r"^(?:parmi|dans|en|pour|sur|à|au|aux|avec)\b", phrase, re.I):
        before = clause[window_start : quantity.start]
        before = re.sub(r"(?:\s+(?:d['’]au\s+moins|au\s+moins|de|d['’]|à|a|du|des|le|la|les|minimum|maximum|égale?|"
                        r"porter|atteindre|r[ée]aliser|r[ée]duire|augmenter|sera|seront|devra|devront|est|sont|"
                        r"entre|comprise?s?|de\s+l['’]ordre))+\s*$", "", before, flags=re.I)
        words = _WORDS.findall(before)
        for index in range(len(words) - 1, max(-1, len(words) - 9), -1):
            if re.fullmatch(r"(?:la|le|les|l['’]\S+|une|un|des|du|leur|ses|sa|son)", words[index], re.I) or words[index].lower().startswith(("l'", "l’")):
                candidate = " ".join(words[index:]).strip(" ,.;")
                if len(candidate) >= 3:
                    return candidate
        return phrase or None
    return phrase or None
