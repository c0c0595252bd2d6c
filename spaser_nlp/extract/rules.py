"""Decide, for each quantity of a clause, whether it is a target, and why not when it is not.

A clause gets an *objective score* from its grammar: future or obligation verbs,
an opening infinitive ("Porter à…"), target words ("objectif", "cible",
"vise"), horizon phrases ("d'ici 2027") count for; past tenses, results
("en moyenne", "aujourd'hui"), projections (conditional) and legal framing
count against. Each quantity is then checked for what it may be instead (a
legal reference, a date, a duration, a count of axes or participants, a
scope threshold, a criterion weighting, a baseline, a budget). Reasons are
kept so that ``--all-quantities`` can show them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spaser_nlp.extract import lexicon as lx
from spaser_nlp.extract.dates import YearMention
from spaser_nlp.extract.quantities import Quantity

CANONICAL_UNITS = frozenset({"%", "EUR", "tCO2", "heures", "marchés", "points", "x"})
OBJECTIVE_THRESHOLD = 2.0


@dataclass(frozen=True)
class ClauseScore:
    """How much a clause reads as a target, and the cues found."""

    score: float
    cues: tuple[str, ...]
    past: bool
    legal: bool
    # where the target object of a past verb of adoption starts (« a arrêté un plan | pour diviser par deux »),
    # -1 when there is none: a number after it is the adopted target's level
    adopted_from: int = -1


_QUOTA = re.compile(
    r"\b(?:au\s+moins|a\s+minima|un\s+minimum\s+de|minimum(?:\s+de)?|minima(?:l|le|les|ux)|part\s+minimale|taux\s+minimal|"
    r"(?:pas|ne)\s+(?:\w+\s+){0,3}inf[ée]rieure?s?\s+[àa])\b[^.;]{0,80}?\d[\d\s,.]*\s*(?:%|pour\s+cent)",
    re.I,
)
_OBLIGATION = re.compile(r"\b(?:doi(?:t|vent)|devr(?:a|ont|ait|aient)|impos\w*|oblig\w*|exig\w*|pr[ée]voi\w*|fix\w*|"
                         r"propos\w*|demand\w*\s+(?:qu|que)\b)\b", re.I)


def _future(clause: str) -> bool:
    return any(m.group().lower() not in lx._NOT_FUTURE for m in lx.FUTURE.finditer(clause))


_DATED_OPENING = re.compile(r"^\W*(?:or,?\s+)?(?:[àa]\s+)?(?:fin|en|au\s+\w+)\s+(?:19|20)\d\d\s*,", re.I)
_COMMITMENT = re.compile(r"\b(?:s['’]\s*engage\w*|engagement|d[ée]cid[ée]e?s?)\s+(?:[àa]|de|d['’])", re.I)
# a pledge told in any tense: « s'est (donc) engagée à réduire … », « promettait de protéger 30 % … », « le
# gouvernement en a promis 100 000 d'ici 2021 », « avait promis de … »: what is pledged is a target, whoever
# pledged it and whenever (the conventions count a reported commitment as an objective)
_PLEDGE = re.compile(
    r"\b(?:(?:s['’]\s*(?:est|[ée]tai(?:t|ent))|se\s+sont|s['’]\s*[ée]tait)\s+(?:(?:donc|ainsi|[ée]galement|aussi|alors|"
    r"d[ée]j[àa]|notamment|publiquement|officiellement)\s+)?engag[ée]e?s?\s+(?:[àa]|de|d['’])|"
    r"promett(?:ait|aient|ant|ent|re)\s+(?:\w+\s+)?(?:de|d['’])|promet\s+(?:\w+\s+)?(?:de|d['’])|"
    r"(?:a|ont|avait|avaient)\s+(?:(?:d[ée]j[àa]|aussi|[ée]galement|alors)\s+)?promis\b)",
    re.I,
)


_LIST_TARGET = re.compile(r"^\W*(?:[a-z][.)]\s*|\d{1,2}[.)]\s+)?(?:(?:en|[àa]\s+partir\s+de|d[èe]s|pour)?\s*"
                          r"(?:19|20)\d\d\s*:\s*)?\d[\d\s,.]*\s*(?:%|pour\s+cent)", re.I)


# a compound past in a lead line (« la ville a connu une baisse de : »), not a verb of adoption (« avait défini un
# calendrier de ces quotas : »)
_LEAD_RESULT = re.compile(r"^(?:a|ont|avait|avaient)\s", re.I)


# a demand or a will with its object: « a demandé aux entreprises de réserver 6 % des heures », « la circulaire
# demandait aux établissements de diminuer de 10 % … », « elle veut aussi que 50 % des aliments … »: what is asked
# or wanted is a target (the conventions count it), whatever the tense of the asking
_WISH = re.compile(
    r"\b(?:veu[xt]|veulent|voulons|voulez|voulai(?:t|ent)|voudrai(?:t|ent))\s+(?:[\w'’-]+\s+){0,2}?(?:que|qu['’])|"
    r"\b(?:demand|exig)(?:e|ent|ait|aient|é|ée|és|ées|er)\s+(?:[àa]|aux?)\s+(?:[^\s.;:]+\s+){0,6}?(?:de|d['’])\s*"
    r"[a-zà-ÿ]+(?:er|ir|re)\b",
    re.I,
)


# « Siemens veut parvenir à 700 bornes », « la ville veut réduire de 30 % … »: a will and the verb of its target
_WILL_VERB = re.compile(r"\b(?:veu[xt]|veulent|voulons|voulez|voulai(?:t|ent))\s+(?:[\w'’-]+\s+){0,2}?([a-zà-ÿ]+(?:er|ir|re))\b",
                        re.I)


def _wish(clause: str) -> re.Match[str] | None:
    """A demand or a will whose object is a target (``_WISH``, or a will followed by a verb of target)."""
    wish = _WISH.search(clause)
    if wish:
        return wish
    for will in _WILL_VERB.finditer(clause):
        if will.group(1).lower() in ("parvenir", "arriver", "avoir") or lx.CHANGE_VERBS_INF.fullmatch(will.group(1)):
            return will
    return None


_NOMINAL_CHANGE = re.compile(r"^(?P<mark>\W*)(?P<article>(?:la|une|l['’])\s*)?(?:r[ée]duction|augmentation|hausse|baisse|diminution|division|doublement|"
                             r"triplement|progression|passage|atteinte|maintien|r[ée]alisation|int[ée]gration|insertion|"
                             r"recrutement|embauche|accompagnement)\b", re.I)
_BULLET = re.compile(lx.BULLET_MARK)
# a change told as done: a past verb, « depuis 2019 », « entre 2015 et 2020 »
_TOLD_DONE = re.compile(r"\bdepuis\b|\bentre\s+(?:19|20)\d\d\s+et\b", re.I)


def score_clause(clause: str, sentence_cues: str = "", *, listed: bool = False) -> ClauseScore:
    """Objective score of ``clause``; ``sentence_cues`` is the sentence's lead ("Objectifs chiffrés :");
    ``listed``: the clause is an item of a list under a lead line."""
    cues: list[str] = []
    score = 0.0
    clause = _mask_baselines(clause)
    own_objective = bool(lx.OBJECTIVE_WORDS.search(clause) or lx.OBJECTIVE_WORDS.search(sentence_cues)
                         # a lead line in the future with a horizon (« Des actions seront menées d'ici 2030, avec
                         # par exemple : ») announces targets in the items under it
                         or (listed and _future(sentence_cues) and lx.HORIZON_WORDS.search(sentence_cues)))
    if own_objective:
        score += 2
        cues.append("objective_word")
    if _future(clause):
        score += 2
        cues.append("future")
    start = lx.INFINITIVE_START.match(clause)
    if not (start and lx.CHANGE_VERBS_INF.fullmatch(start.group("verb"))) and ":" in clause:
        # or right after a colon (« Parmi les mesures concrètes : atteindre 10 % du parc … »)
        start = lx.INFINITIVE_START.match(clause.split(":", 1)[1])
    if start and lx.CHANGE_VERBS_INF.fullmatch(start.group("verb")):
        score += 2
        cues.append("infinitive")
    elif (nominal := _NOMINAL_CHANGE.match(clause)) and (
            (listed_item := bool(_BULLET.search(nominal.group("mark")))) or not nominal.group("article")):
        # (a list item that opens on it, « - Baisse à 30 % de la part … », « • la réduction des émissions : -35 % »,
        # is an item of a plan's targets, unless it is told as done)
        score += 2 if listed_item and not (lx.PAST.search(clause) or _TOLD_DONE.search(clause)) else 1.5
        cues.append("nominal_change")
    if lx.HORIZON_WORDS.search(clause):
        score += 2
        cues.append("horizon")
    if re.search(r"\b(?:en|fin|pour|au)\s+(?:19|20)\d\d\b", clause, re.I) and "horizon" not in cues:
        score += 1
        cues.append("year")
    if re.search(r"\bsuppl[ée]mentaires?\b|\badditionnel", clause, re.I):
        score += 1
        cues.append("additional")
    if lx.PER_YEAR.search(clause):
        score += 0.5
        cues.append("per_year")
    if re.search(r"\b(?:au\s+moins|au\s+minimum|a\s+minima|au\s+plus|au\s+maximum)\b", clause, re.I):
        score += 1
        cues.append("comparator")
    if re.match(r"^\W*\d[\d\s,.]*\s*(?:%|pour\s+cent)", clause) and "year" in cues:
        score += 1
        cues.append("nominal_target")
    # a list item that opens on a share, under a lead line ("Objectifs pour 2012 :", "Pour 2010")
    # (or on a dated share, as in a trajectory: "- 2024 : 35 %", "- à partir de 2025 : 50 %")
    if listed and (_LIST_TARGET.match(clause) or (":" in clause and _LIST_TARGET.match(clause.split(":", 1)[1]))):
        score += 2
        cues.append("list_target")
    # a quota: a minimal share set by a text or a rule ("au moins 20 %", "part minimale", "taux minimal de")
    if _QUOTA.search(clause) and (lx.LEGAL.search(clause) or _OBLIGATION.search(clause)):
        score += 2
        cues.append("quota")
    # the past of a reporting verb after a quotation (« … », a affirmé le ministère) is not the target's tense
    unreported = _REPORTING.sub(lambda m: " " * len(m.group()), clause)
    # nor is the past of a verb of adoption or decision whose object is a target (« l'UE a fixé l'objectif
    # de … », « a arrêté un plan climat pour diviser par deux … », « l'ambition sur laquelle … a construit »):
    # the past tells when the target was set; a past of result (« a réduit de 20 % », « a atteint ») stays one
    adoptions = [m for m in lx.PAST.finditer(unreported)
                 if _adopts_target(unreported, m) or _SETS_TARGET_AFTER.match(unreported, m.end())]
    pasts = [m for m in lx.PAST.finditer(unreported) if m.span() not in {a.span() for a in adoptions}]
    if adoptions:
        score += 2
        cues.append("adoption")
    past_match = pasts[0] if pasts else None
    past = bool(past_match)
    if not past and _DATED_OPENING.match(clause) and not _future(clause) and not own_objective:
        # "En 2020, 12,5 % des marchés intègrent…", "Or, en 2023, 55 % … contiendraient": a dated report
        past = True
        cues.append("dated_report")
    pledge = _PLEDGE.search(clause)
    if pledge and not own_objective:
        score += 2
        cues.append("pledge")
    wish = _wish(clause)
    if wish and not own_objective and not pledge:
        score += 2
        cues.append("wish")
    commitment = _COMMITMENT.search(clause) or pledge or wish
    if past_match and commitment and commitment.start() >= past_match.start():
        # "le conseil a adopté un schéma, s'engageant à … 80 % de ses achats dès 2020": the past is the adoption,
        # the commitment that follows is the target; "ont décidé de réduire … de 30 %": a decision told in the past
        past = False
        cues.append("commitment")
    if (listed and not past and sentence_cues.strip() and not lx.OBJECTIVE_WORDS.search(sentence_cues)
            and not _future(clause) and any(_LEAD_RESULT.match(m.group()) and not _ADOPTION_PAST.match(m.group())
                                            for m in lx.PAST.finditer(sentence_cues))):
        # the items under a lead told in the past (« la ville a connu une baisse de : - 54 % … ») are its results
        past = True
        cues.append("past_lead")
    if lx.PLANNED.search(clause):
        score += 2
        cues.append("planned")
    if past:
        score -= 3.5
        cues.append("past")
    if _FORECAST.search(clause):
        # « elle pourrait tripler d'ici 2050, selon une étude de l'Ademe »: a forecast attributed to a study
        cues.append("forecast")
    conditional = [m for m in lx.CONDITIONAL.finditer(clause) if not lx.CONDITIONAL_OK.fullmatch(m.group())]
    if conditional or lx.PROJECTION.search(clause):
        score -= 2
        cues.append("projection")
    # « a arrêté un plan » is an adoption, not a decree (« un arrêté »)
    legal = bool(lx.LEGAL.search(_blank(clause, adoptions)))
    if legal and not own_objective and "quota" not in cues:
        # (a legal quota that sets a level for purchases is an objective by the conventions)
        score -= 1 if _future(clause) else 2
        cues.append("legal")
    if lx.PRESENT_STATE.search(clause) and not _future(clause) and not own_objective and not start:
        score -= 1
        cues.append("present_state")
    adopted_from = _adopted_from(unreported, adoptions[0]) if adoptions else -1
    return ClauseScore(score, tuple(cues), past, legal, adopted_from)


_FORECAST_SOURCE = (r"selon\s+(?:(?:une?|des|les?|la|l['’]|ses|leurs?)\s*)?(?:(?:r[ée]cente?s?|derni[èe]re?s?|nouvelle?s?)\s+)?"
                    r"(?:[ée]tudes?|rapports?|projections?|pr[ée]visions?|estimations?|sc[ée]narios?|mod[ée]lisations?|"
                    r"experts?|analystes?|chercheurs?|(?-i:[A-Z][A-Za-z]{2,}))\b")
_FORECAST = re.compile(rf"\bpourrai(?:t|ent)\b[^.;]{{0,100}}?{_FORECAST_SOURCE}|{_FORECAST_SOURCE}[^.;]{{0,100}}?\bpourrai(?:t|ent)\b",
                       re.I)


# a compound past (or « s'est … ») of a verb that sets, adopts or decides something
_ADOPTION_PAST = re.compile(
    r"^(?:a|ont|avait|avaient|s['’]\s*est|se\s+sont|s['’]\s*[ée]taient?)\s+(?:(?:d[ée]j[àa]|ainsi|[ée]galement|notamment|"
    r"officiellement|r[ée]cemment|enfin|donc)\s+)?(?:adopt|arr[êe]t|fix|vot|d[ée]cid|dot|engag|lanc|annonc|sign|"
    r"approuv|valid|act|ent[ée]rin|constru|d[ée]fini|assign|donn[ée]\w*\s+(?:son|leur)\s+feu\s+vert)",
    re.I,
)
# what makes the object of that verb a target: a target word, « pour / visant à / afin de » + a verb of change,
# a horizon phrase; or, before it, a target noun that the verb's relative clause qualifies (« le défi que s'est
# lancé … », « l'ambition sur laquelle … a construit »)
_TARGET_OBJECT = re.compile(
    rf"(?:{lx.OBJECTIVE_WORDS.pattern}|\b(?:pour|visant\s+[àa]|afin\s+de|en\s+vue\s+de)\s+(?:\w+\s+){{0,2}}?"
    rf"{lx.CHANGE_VERBS_INF.pattern}|{lx.HORIZON_WORDS.pattern})",
    re.I,
)
# a past verb whose infinitive sets a target (« … a permis au CHU de se fixer un objectif de réduction de 80 % »,
# « ont choisi de se donner pour objectif … »): the past tells how the target came, the target is the infinitive's
_SETS_TARGET_AFTER = re.compile(
    r"\s+(?:[^\s.;:,]+\s+){0,5}?(?:de|d['’])\s*(?:se\s+|s['’]\s*)?(?:fixer|donner|assigner)\s+"
    r"(?:(?:un|une|l['’]|les|des|comme|pour|d['’])\s*){1,2}(?:[\w'’-]+\s+){0,2}?(?:objectifs?|cibles?|ambitions?|cap)\b",
    re.I,
)
_TARGET_RELATIVE = re.compile(
    r"\b(?:objectifs?|ambitions?|d[ée]fis?|cap|cibles?|engagements?)\b(?:\s+[\w'’-]+){0,2}?\s+(?:que|qu['’]|sur\s+lequel|"
    r"sur\s+laquelle|dont|auxquels?|[àa]\s+laquelle)\s+(?:\S+\s+){0,4}$",
    re.I,
)


def _blank(text: str, matches: list[re.Match[str]]) -> str:
    for match in matches:
        text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    return text


def _adopts_target(clause: str, past: re.Match[str]) -> bool:
    """``past`` is a compound past of adoption or decision whose object is a target."""
    if not _ADOPTION_PAST.match(past.group()):
        return False
    target = _TARGET_OBJECT.search(clause, past.end())
    # « a lancé un appel à projets qui visait à financer … d'ici à la fin de l'année »: the target belongs to
    # an imperfect in between, a past aim, not to the adoption
    if target and _IMPERFECT.search(clause, past.end(), target.start() + 1):
        target = None
    return bool(target or _TARGET_RELATIVE.search(clause[: past.start()]))


def _adopted_from(clause: str, adoption: re.Match[str]) -> int:
    """Where the target object of ``adoption`` starts (its start when a target noun before it is qualified)."""
    target = _TARGET_OBJECT.search(clause, adoption.end())
    if target and not _IMPERFECT.search(clause, adoption.end(), target.start() + 1):
        return target.start()
    return 0


_ORDINAL_AFTER = re.compile(r"^(?:[èe]re|re|er|[èe]me|e|nde?)s?\b", re.I)
_IMPERFECT = re.compile(r"\b\w{2,}(?:ait|aient)\b", re.I)


_BASELINE_PHRASES = re.compile(
    r"\([^)]*\)|\bcontre\s+[^,;]*|\bestim[ée]e?s?\s+[àa]\s+[^,;]*|\b(?:par\s+rapport|comparé|comparativement)\s+[àa]u?\s+[^,;]*"
    # the starting level of a change from today (« porter la part de 15 % aujourd'hui à 32 % en 2030 »)
    rf"|\bde\s+\d[\d\s,.]*(?:%|pour\s*cent)?\s*{lx.TODAY}(?=\s*,?\s*[àa]\s+\d)", re.I
)


def _mask_baselines(clause: str) -> str:
    """Blank the baseline phrases ("contre 12 % aujourd'hui", "(9 % en 2023)"): their tense is not the target's."""
    return _BASELINE_PHRASES.sub(lambda m: " " * len(m.group()), clause)


# the number is the level of a named objective: "l'objectif de 20 %", "l'objectif fixé à 20 % pour 2022",
# "un taux minimal de renouvellement de 37,4 %", "une part minimale de 5 %", "un quota de 30 %"; whatever the
# tense of the sentence (a past "fixait l'objectif de" still states the target)
_OBJECTIVE_OF = re.compile(
    r"\b(?:objectifs?|cibles?|quotas?|cap(?=\s+[àa]\s)|(?<=un\s)minimum|(?:taux|seuil|part|proportion|pourcentage)s?\s+(?:\w+\s+){0,2}?minima(?:l|le|ux|les)"
    r"(?:\s+[\w'’-]+){0,8}?)\s+(?:\w+\s+){0,2}?(?:(?:fix[ée]e?s?|port[ée]e?s?|établie?s?)\s+)?"
    r"(?:de|d['’]|à|a|(?:de\s+)?l['’]ordre\s+de|à\s+hauteur\s+de)\s*(?:au\s+moins\s+|atteindre\s+|a\s+minima\s+)?$",
    re.I,
)


# "l'objectif … fixé par le précédent schéma a été dépassé": the objective of a plan that is over
_PAST_PLAN = re.compile(r"\b(?:pr[ée]c[ée]dent|ancien|premier)(?:ne|e)?s?\s+(?:sch[ée]ma|plan|pnaa?pd|spaa?ser|programme)\b", re.I)


# "l'obligation de renouveler la flotte par des véhicules propres, à hauteur de 20 %"
_OBLIGATION_LEVEL = re.compile(r"\bobligations?\b[^.;:]{0,120}?\b(?:[àa]\s+hauteur\s+d[e']|d?['’]?au\s+moins|a\s+minima)\s*$",
                               re.I)


# a share that a text or a plan sets: "fixe la part des achats … à 20 %", "la part … est fixée à 20 %", "fixe à 50 %"
_FIXED_LEVEL = re.compile(r"\bfix(?:e|es|ent|era|eront|ait|aient|é|ée|és|ées|er)\b[^.;:!?\d]{0,100}?(?<!['’])\b[àa]\s*"
                          r"(?:au\s+moins\s+)?$", re.I)


# "les lois … fixent comme quotas, aux flottes …, 30 % de renouvellements", "fixe comme objectif pour 2025 qu'un
# minimum de 30 % …": the first share after "fixer comme objectif / quota / cible"
_FIXED_AS = re.compile(r"\bfix\w*\s+(?:comme|pour)\s+(?:objectifs?|quotas?|cibles?)\b(?P<gap>[^.;!?]{0,140})$", re.I)


def governed_by_objective(clause: str, quantity: Quantity) -> bool:
    """``quantity`` is the level of a named objective, quota, minimal share or obligation (``_OBJECTIVE_OF``),
    or a share that is set (``_FIXED_LEVEL``)."""
    if quantity.source not in ("number", "fraction"):
        return False
    before = clause[max(0, quantity.start - 160) : quantity.start]
    fixed_as = _FIXED_AS.search(before)
    named = (_OBJECTIVE_OF.search(before[-120:]) or _OBLIGATION_LEVEL.search(before)
             or (quantity.unit == "%" and _FIXED_LEVEL.search(before[-120:]))
             or (quantity.unit == "%" and fixed_as is not None and not re.search(r"\d\s*%", fixed_as.group("gap"))))
    return bool(named) and not _PAST_PLAN.search(clause)


def is_year_quantity(quantity: Quantity) -> bool:
    """A bare four-digit year read as a quantity ("2026" followed by a word)."""
    return (
        quantity.is_integer_literal
        and 1980 <= quantity.value <= 2149
        and quantity.unit not in CANONICAL_UNITS
        and quantity.source == "number"
    )


def shape_reason(clause: str, quantity: Quantity, years: list[YearMention]) -> str | None:
    """Why ``quantity`` is no target by its own shape, whatever the clause says (a reference, a date, an ordinal, a
    duration or frequency, a count of plan parts): the first checks of :func:`rejection_reason`, which need no score."""
    if quantity.source != "number":
        return None
    before = clause[max(0, quantity.start - 60) : quantity.start]
    after = clause[quantity.start + len(quantity.number_text or quantity.text) :]
    # (a share is never a numbered item: « s'était fixé comme objectif 10 % d'économie »)
    if ((lx.REFERENCE_BEFORE.search(before) and quantity.unit != "%") or lx.REFERENCE_AFTER.match(after)
            or re.search(r"[-–]\s*$", before[-2:]) and re.search(r"\d[-–]$", before)):
        return "reference"
    if _FOOTNOTE.search(clause[: quantity.start]) and re.match(r"^\d{1,3}\)", clause[quantity.start :]):
        return "reference"  # a footnote call glued to a word or a quote: « … en 2012 »(2)
    if re.search(r"[\w»”%]\s\($", clause[: quantity.start]) and re.match(r"^\d{1,2}\)", clause[quantity.start :]):
        return "reference"  # a footnote call after a word: « … à l'horizon 2014 (1), les collectivités … (2). »
    if (re.search(r"[)»”]$", before) and re.fullmatch(r"\d{1,2}", quantity.number_text or "")
            and quantity.unit == "count"):
        return "reference"  # a footnote call glued to a parenthesis or a quote: « … Territoriaux (PAT)3. »
    if re.search(r"\[$", before) and re.match(r"^\d{1,3}\]", clause[quantity.start :]):
        return "reference"  # a footnote call in brackets: « … 25 % en 2030[2]. »
    if (re.fullmatch(r"z[ée]ro", quantity.number_text or "", re.I) and quantity.unit not in CANONICAL_UNITS
            and not re.search(r"\b(?:[àa]|vers)\s*$", before)):  # (« réduire à zéro », « tendre vers zéro »: levels)
        return "reference"  # « le Zéro Artificialisation Nette », « zéro déchet », « zéro émission nette »: a name
    if quantity.unit == "count" and _PROPER_NAME_BEFORE.search(before) and quantity.value < 100:
        return "reference"  # the number of a programme's name: « son Agenda 21 », « Scope 3 », « Grenelle 2 »
    if _SCOPE_NAME.search(before) and quantity.value < 10:
        return "reference"  # the number of an emissions scope: « les émissions du scope 3 », « Scopes 1 et 2 »
    if _NAMED_TEXT.search(before) and quantity.unit == "count" and quantity.value < 10:
        return "reference"  # the number in a text's name: « la loi Grenelle 1 », « la loi EGalim 2 »
    if lx.DATE_AFTER.match(after):
        return "date"
    if _SPLIT_YEAR.match(quantity.number_text) and _YEAR_WORD_BEFORE.search(before):
        return "date"  # « à l'horizon 2 030 »: a year written with a thousands space
    if _ORDINAL_AFTER.match(after):
        return "ordinal"  # « la 1ère Région à énergie positive », « la 2e campagne »
    if any(y.start <= quantity.start < y.end for y in years):
        return "date"
    if lx.DURATION_AFTER.match(after) and (
        lx.DURATION_CONTEXT.search(before)
        or re.match(r"^\s*(?:(?:prochaine?s?|derni[èe]re?s?)\s+)?(?:ans?|ann[ée]es?|fois|mois|semaines?)\b", after, re.I)
    ):
        return "frequency" if re.match(r"^\s*fois\b", after) or lx.FREQUENCY.search(before[-12:]) else "duration"
    if quantity.unit in lx.STRUCTURE_UNITS and quantity.unit not in lx.TARGET_WORTHY:
        return "structure_count"
    return None


def rejection_reason(
    clause: str, quantity: Quantity, years: list[YearMention], score: ClauseScore, window_start: int
) -> str | None:
    """Why ``quantity`` is not a target (None when it may be one)."""
    shape = shape_reason(clause, quantity, years)
    if shape is not None:
        return shape
    before = clause[max(0, quantity.start - 60) : quantity.start]
    after = clause[quantity.start + len(quantity.number_text or quantity.text) :]
    if quantity.source == "number" and quantity.unit in lx.TARGET_WORTHY and score.score < OBJECTIVE_THRESHOLD + 1:
        return "structure_count"
    if quantity.unit == "%" and (_SURVEY.match(after) or _ACTORS_SHARE.match(after) or (
            _ALONE_IN_PARENTHESES.match(after) and _ACTORS_BEFORE.search(before))):
        # « la grande majorité des acteurs publics (88 %) », « de plus en plus d'établissements (40 %*) »,
        # « réduire leur impact (81 % des établissements) »: the share of a population that was asked or counted
        return "survey"
    if _statistic_share(clause, quantity, score):
        return "statistic"
    if (_EMPLOYMENT.search(clause) and not _PURCHASES_AFTER.match(after)) or (
            quantity.unit == "%" and _WORKFORCE_AFTER.match(after)):
        return "employment"  # « obligation d'emploi … 6 % de son effectif », « employer 80 % de travailleurs handicapés »
    if _ABSOLUTE_PARTICIPLE.search(before) and not governed_by_objective(clause, quantity):
        return "statistic"  # « …, la moyenne nationale étant de 6,5 % »: a state given beside the target  # "54 % des professionnels répondants estiment que…"
    if quantity.source in ("number", "fraction") and (_ALREADY.search(before) or _ALREADY_REACHED.search(before)):
        return "already"  # "avec déjà 50 % de bio", "ils sont d'ores et déjà parvenus à 20 %": a state reached
    if _PER_CAPITA_AFTER.match(clause, quantity.end) and not _TARGET_IN_SEGMENT.search(
            re.split(r"[,;:(]", clause[window_start : quantity.start])[-1]):
        return "per_capita"  # ", 21 kilos par an et par habitant de ces pertes": a statistic beside a target
    if _PER_TRANCHE.search(before):
        return "threshold"  # "35 heures par tranche de 50 000 € HT de travaux": the denominator of a rate
    if lx.SCOPE_BEFORE.search(before) or (_SIZE_SCOPE_BEFORE.search(before) and _SIZE_AFTER.match(after)):
        return "threshold"  # « les bâtiments de plus de 1 000 m² », « les EPCI de plus de 20 000 habitants »: who is concerned
    if quantity.unit == "EUR" and lx.THRESHOLD_BEFORE.search(before):
        return "threshold"
    if quantity.unit == "%" and (lx.WEIGHTING.search(before[-40:]) or re.match(r"^\s*(?:de|à)\s+la\s+(?:note|pond)", after)):
        return "weighting"
    if lx.BASELINE_BEFORE.search(before) and quantity.value_max is None:
        return "baseline"
    if _parenthesised_baseline(clause, quantity):
        return "baseline"
    if quantity.unit == "EUR" and lx.BUDGET.search(clause[window_start : quantity.start]):
        return "budget"
    if quantity.unit in ("count",) and quantity.value >= 1000 and not score.cues:
        return "no_target_marker"
    if "forecast" in score.cues:
        return "projection"
    if score.score >= OBJECTIVE_THRESHOLD:
        return None
    if score.legal:
        return "legal"
    if score.past:
        return "result"
    if "projection" in score.cues:
        return "projection"
    return "no_target_marker"


_REPORTED = r"(?:affirm|d[ée]clar|indiqu|annonc|rappel|pr[ée]cis|expliqu|soulign|assur|ajout|insist|martel|confi)[ée]e?s?"
_REPORTING = re.compile(
    rf"(?:[,»”\"]|\s[–-])\s*(?:a|ont)(?:-t-(?:il|elle|ils|elles))?\s+(?:(?:notamment|également|encore|ainsi)\s+)?"
    rf"{_REPORTED}\b"
    # or before the reported words (« le gouvernement a ajouté que … annoncent pouvoir diminuer de 10 % »)
    rf"|\b(?:a|ont)\s+(?:(?:notamment|également|encore|ainsi|aussi)\s+)?{_REPORTED}(?=\s+qu(?:e\b|['’]))",
    re.I,
)
# the size that says which buildings, authorities or firms a rule concerns (« bâtiments … de plus de 1 000 m² »,
# « les EPCI de plus de 20 000 habitants », « entreprises d'au moins 50 salariés »), not a level to reach
_SIZE_SCOPE_BEFORE = re.compile(
    r"\b(?:b[âa]timents?|locaux|sites?|surfaces?|communes?|collectivit[ée]s?|epci|villes?|intercommunalit[ée]s?|"
    r"entreprises?|soci[ée]t[ée]s?|structures?|[ée]tablissements?|employeurs?)\b(?:\s+[\w'’-]+){0,6}?\s+"
    r"(?:de|d['’]une?|dont\s+la\s+surface\s+est)?\s*(?:plus\s+de|moins\s+de|au\s+moins|"
    r"sup[ée]rieure?s?\s+(?:ou\s+[ée]gale?s?\s+)?[àa]|[ée]gale?s?\s+ou\s+sup[ée]rieure?s?\s+[àa])\s*$",
    re.I,
)
_SIZE_AFTER = re.compile(r"^\s*(?:m²|m2|m\s*²|mètres?\s+carrés|habitants|salariés|agents)\b", re.I)
# a quantity per inhabitant, person or meal, with no verb or word of target in its own segment of the clause
_PER_CAPITA_AFTER = re.compile(
    r"\s*(?:[\w'’]+\s+){0,2}?(?:par\s+an\s+et\s+|et\s+par\s+an\s+)?par\s+(?:habitant|personne|convive|[ée]l[èe]ve|usager)s?\b",
    re.I,
)
_TARGET_IN_SEGMENT = re.compile(
    r"\b(?:atteindre|vis\w*|r[ée]dui\w*|r[ée]duction|diminu\w*|baiss\w*|augment\w*|hausse|port\w*|pass\w*|objectifs?|"
    r"cibles?|limit\w*|plafonn\w*|d[ée]passer|maximum|au\s+plus|moins\s+de|ramener|diviser|abaisser)\b",
    re.I,
)


# a share of people who answer or think: a survey result, never a target
_SURVEY = re.compile(
    r"^\s*(?:%|pour\s+cent)?\s*(?:des|de)\s+(?:[\w'’-]+\s+){0,5}?(?:r[ée]pondants?|sond[ée]s|interrog[ée]e?s|"
    r"ayant\s+r[ée]pondu)\b|^\s*(?:%|pour\s+cent)?\s*(?:des|de)\s+(?:[\w'’-]+\s+){1,6}?(?:estiment|d[ée]clarent|"
    r"pensent|consid[èe]rent|jugent|affirment|se\s+disent|souhaitent|"
    # an opinion: « 86 % des Français sont favorables à … », « 88 % des parents voudraient que … »
    r"sont\s+(?:(?:plut[ôo]t|tr[èe]s|tout\s+[àa]\s+fait)\s+)?(?:favorables|oppos[ée]s|d[ée]favorables|pr[êe]ts|satisfaits)|"
    r"se\s+d[ée]clarent|se\s+prononcent|voudraient|souhaiteraient|aimeraient|approuvent|pl[ée]biscitent)\b",
    re.I,
)
# a share of a footprint or of a consumption (« 55 % des rejets de GES », « un quart des émissions », « 22 % des
# consommations d'énergie »), and a verb that says how it stands (« représente », « sont dus à », « sont d'origine »)
_FOOTPRINT_AFTER = re.compile(
    r"^\s*(?:%|pour\s*cents?)?\s*(?:des|de\s+la|de\s+l['’]|du|de\s+(?:leurs?|ses|nos))\s*(?:[\w'’-]+\s+)?"
    r"(?:[ée]missions|rejets|consommations?|empreinte|bilan\s+carbone|gaz\s+[àa]\s+effet|GES)\b",
    re.I,
)
_STATISTIC_VERB = re.compile(
    r"\b(?:repr[ée]sent(?:e|ent|ant)|p[èe]s(?:e|ent|ant)|proviennent|provient|[ée]met(?:tent)?|(?:est|sont)\s+"
    r"(?:(?:essentiellement|principalement|surtout)\s+)?(?:du|due|dus|dues|d['’]\s*origine|responsables?|[àa]\s+l['’]\s*origine))\b",
    re.I,
)
# what makes a clause a target, in ``ClauseScore.cues``
_TARGET_CUES = frozenset({"objective_word", "future", "horizon", "year", "infinitive", "pledge", "wish", "adoption",
                          "planned", "quota", "nominal_change", "comparator", "additional"})
# a share alone in parentheses: with another one in the same clause, the parts of a breakdown
_BARE_SHARE_IN_PARENTHESES = re.compile(r"\(\s*\d[\d\s,.]*\s*%\s*\)")


def _statistic_share(clause: str, quantity: Quantity, score: ClauseScore) -> bool:
    """A share that says how a footprint or a total breaks down today, not a level to reach: « les achats de biens
    (58 %), les déplacements (18 %) », « 55 % des rejets de GES sont d'origine agricole », « le bâtiment,
    représentant 16 % des émissions », « (22 % des consommations d'énergie, 38 % des rejets de GES) »."""
    if quantity.unit != "%" or quantity.source not in ("number", "fraction"):
        return False
    if (len(_BARE_SHARE_IN_PARENTHESES.findall(clause)) >= 2 and _in_bare_parentheses(clause, quantity)):
        return True
    if not _FOOTPRINT_AFTER.match(clause, quantity.end) and not _FOOTPRINT_AFTER.match(
            clause[quantity.start + len(quantity.number_text or quantity.text) :]):
        return False
    before = re.split(r"[,;:(•]", clause[: quantity.start])[-1]
    after = re.split(r"[,;:)•]", clause[quantity.end :])[0]
    segment = f"{before} {after}"
    if (_TARGET_IN_SEGMENT.search(before) or lx.FUTURE.search(segment) or lx.HORIZON_WORDS.search(segment)
            or re.search(r"\b(?:19|20)\d\d\b", segment)):
        return False
    # (a share in parentheses that opens its segment, in a clause with no cue of target: « (22 % des consommations
    # d'énergie, 38 % des rejets de GES) »)
    opens_parentheses = in_parentheses(clause, quantity.start) and not before.strip()
    return bool(_STATISTIC_VERB.search(segment)) or (opens_parentheses and not set(score.cues) & _TARGET_CUES)


def in_parentheses(text: str, offset: int) -> bool:
    """``offset`` is inside a parenthesis opened before it and not yet closed."""
    opened = text.rfind("(", 0, offset)
    return opened >= 0 and ")" not in text[opened:offset]


def _in_bare_parentheses(clause: str, quantity: Quantity) -> bool:
    return any(m.start() <= quantity.start < m.end() for m in _BARE_SHARE_IN_PARENTHESES.finditer(clause))


_FOOTNOTE = re.compile(r"[^\s(]\($")
# a capitalised word inside a sentence, right before a bare number (« son Agenda 21 et … », « le Grenelle 2 »)
_PROPER_NAME_BEFORE = re.compile(r"(?:(?<=[a-zà-ÿ,] )|(?<=\b[dlDL]['’]))(?-i:[A-Z][a-zà-ÿ]+)\s$")
_SCOPE_NAME = re.compile(r"\bscopes?\s+(?:\d\s*(?:,|et|&|à|-)\s*)*$", re.I)
_SPLIT_YEAR = re.compile(r"^(?:1\s?9|2\s?0)[\s\u00a0\u202f]?\d\d$|^[12][\s\u00a0\u202f]\d{3}$")
_YEAR_WORD_BEFORE = re.compile(r"(?:\bhorizon|d['’]\s*ici(?:\s+[àa])?|\ben|\bdès|\bpour|\bjusqu['’]en|[ée]ch[ée]ance)\s*$",
                               re.I)
_ACTORS = (r"(?:acteurs|[ée]tablissements|collectivit[ée]s|entreprises|organisations|organismes|acheteurs|structures|"
           r"communes|r[ée]pondants|sond[ée]s|villes|h[ôo]pitaux|administrations|services\s+achats)")
_ALONE_IN_PARENTHESES = re.compile(r"^\s*(?:%|pour\s*cents?)\s*\*?\s*\)")
_ACTORS_BEFORE = re.compile(rf"(?<!\w){_ACTORS}(?:\s+(?!(?:qui|que|dont|de|des|du|à|au|aux|en|pour)\b)[\w'’-]+){{0,2}}\s*\($",
                            re.I)
_ACTORS_SHARE = re.compile(rf"^\s*(?:%|pour\s*cents?)\s*\*?\s+(?:des|d['’])\s*(?:[\w'’-]+\s+)?{_ACTORS}\b[^()]{{0,40}}\)",
                           re.I)
_NAMED_TEXT = re.compile(r"\b(?:loi|lois|plan|paquet|pacte)\s+(?:[A-ZÉ][\w-]+\s+){1,2}[«\"“]?$|\b(?:grenelle|egalim|agec)\s*$",
                         re.I)
# an employer's quota of disabled workers is a rule on staff, not on purchases: « obligation d'emploi de travailleurs
# handicapés à hauteur de 6 % de son effectif », « doivent employer au moins 80 % de travailleurs handicapés »
_EMPLOYMENT = re.compile(r"\bobligation\s+d['’]\s*emploi\b|\bunit[ée]s?\s+b[ée]n[ée]ficiaires\b", re.I)
_WORKFORCE_AFTER = re.compile(
    r"^\s*(?:%|p\.\s*100|pour\s*cents?)?\s*\]?\s*(?:de\s+l['’]\s*|de\s+(?:son|leur|ses|leurs)\s+|des\s+|de\s+|d['’]\s*)"
    r"(?:effectifs?|salari[ée]s|travailleurs|employ[ée]s|personnes\s+(?:en\s+situation\s+de\s+)?handicap)", re.I)
# … unless the number counts purchases (« réserver 5 % des marchés aux ESAT au titre de l'obligation d'emploi »)
_PURCHASES_AFTER = re.compile(
    r"^\s*(?:%|p\.\s*100|pour\s*cents?)?\s*(?:des|du|de\s+la|de\s+l['’]|de\s+(?:nos|ses|leurs?)|d['’])\s*"
    r"(?:march[ée]s|achats?|contrats|commande|montant|lots|consultations|d[ée]penses)\b", re.I)
# an absolute participle gives a state beside the statement: « la moyenne nationale étant de 6,5 % »
_ABSOLUTE_PARTICIPLE = re.compile(r"\b(?:[ée]tant|s['’]\s*[ée]levant|avoisinant)\s+(?:de\s+|d['’]\s*|[àa]\s+)?"
                                  r"(?:(?:environ|pr[èe]s\s+de|seulement|d[ée]j[àa])\s+)?$", re.I)
# "déjà" up to three words before the number (and nothing that ends the statement in between)
_ALREADY = re.compile(r"\bd[ée]j[àa]\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# "l'objectif est déjà atteint : 100 % du pain est local": what follows the colon is the state reached
_ALREADY_REACHED = re.compile(r"\bd[ée]j[àa]\s+(?:atteinte?s?|d[ée]pass[ée]e?s?|r[ée]alis[ée]e?s?|rempli(?:e|s|es)?)\s*:\s*$", re.I)
_PER_TRANCHE = re.compile(r"\bpar\s+(?:tranche|palier)\s+(?:de\s+|d['’])$", re.I)


def _parenthesised_baseline(clause: str, quantity: Quantity) -> bool:
    """``(9 % en 2023)`` or ``(2019)`` right after a target: the baseline, not a second target."""
    before = clause[: quantity.start]
    open_paren = before.rfind("(")
    if open_paren < 0 or ")" in before[open_paren:]:
        return False
    inside = clause[open_paren : clause.find(")", open_paren) + 1 if ")" in clause[open_paren:] else len(clause)]
    if re.search(r"\b(?:d['’]ici|horizon|cible|objectif|dès)\b", inside, re.I):
        return False
    if re.search(r"\b(?:[ée]tait|[ée]taient|contre|actuellement|aujourd['’]hui)\b", inside, re.I):
        return True  # "L'intégralité des contrats … (la part était de 16 % en 2018)"
    return bool(re.search(r"\b(?:en|de|d['’])?\s*(?:19|20)\d\d\b|r[ée]f[ée]rence|actuellement|aujourd", inside)) and bool(
        re.search(r"\d", before[:open_paren])
    )
