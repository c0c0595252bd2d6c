"""From a sentence to quantified-objective findings (targets with their fields, other numbers with a reason).

>>> [(f.value, f.unit, f.direction, f.kind, f.horizon_year) for f in targets("Porter à 25 % la part des marchés avec clause sociale d'ici 2027.")]
[(25.0, '%', 'increase', 'rate', 2027)]
>>> [(f.value, f.unit, f.per_year, f.kind) for f in targets("3 marchés réservés supplémentaires chaque année, soit 12 marchés en 2028.")]
[(3.0, 'marchés', True, 'growth_rate'), (12.0, 'marchés', False, 'absolute')]
>>> [f.reason for f in analyse_sentence("En 2023, 612 000 heures d'insertion ont été réalisées.")]
['result']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spaser_nlp.extract import fields as fl
from spaser_nlp.extract import lexicon as lx
from spaser_nlp.extract.dates import YearMention, find_years
from spaser_nlp.extract.detector import ObjectiveDetector, candidate_features, default_detector
from spaser_nlp.extract.quantities import Quantity, find_quantities, universal_quantities
from spaser_nlp.extract.rules import (
    OBJECTIVE_THRESHOLD,
    ClauseScore,
    governed_by_objective,
    in_parentheses,
    is_year_quantity,
    rejection_reason,
    score_clause,
    shape_reason,
)

_CLAUSE_SPLIT = re.compile(r";|\s•\s|\n")
# a short lead ("Objectifs pour 2020 :") or a longer one that announces a list ("… sont fixés comme suit :")
_LEAD = re.compile(r"^[^:]{0,60}:|^[^:]{0,200}?\b(?:comme\s+suit|suivante?s|ci-(?:apr[èe]s|dessous))\s*:", re.I)


@dataclass
class Finding:
    """One quantity of a sentence: a target (``reason`` None) or a rejected number with its reason."""

    value: float
    unit: str
    start: int  # in the sentence
    end: int
    clause_start: int
    clause_end: int
    reason: str | None = None
    value_max: float | None = None
    comparator: str | None = None
    direction: str = "reach"
    kind: str = "absolute"
    per_year: bool = False
    horizon_year: int | None = None
    baseline_year: int | None = None
    baseline_value: float | None = None
    subject: str | None = None
    confidence: float = 0.0
    cues: tuple[str, ...] = field(default_factory=tuple)


_ACTION_NOUNS = (r"(?:cr[ée]ation|r[ée]novation|construction|plantation|installation|recrutement|embauche|r[ée]alisation|"
                 r"mise\s+en\s+place|d[ée]ploiement|ouverture|am[ée]nagement|r[ée]habilitation|remplacement)s?")
_PROVIDES = re.compile(
    r"\b(?:pr[ée]voi(?:t|ent|ra|ront)|pr[ée]voyant|comport(?:e|ent|era|eront)|compren(?:d|nent|dra|dront))\s+"
    r"(?:(?:notamment|aussi|[ée]galement|ainsi|donc)\s+)?(?:la|le|l['’]|les|une?|des)\s*" + _ACTION_NOUNS
    + r"\s+(?:(?:annuelles?|progressives?)\s+)?(?:de|d['’])\s*(?:(?:plus\s+de|pr[èe]s\s+de|au\s+moins)\s+)?"
    # … and a second object coordinated without a verb (« … de 400 000 maisons et de 200 000 logements »)
    r"(?:\d[^,;:.()]{0,60}?\bet\s+(?:de|d['’])\s*)?$",
    re.I,
)
_FROM_TO_GAP = re.compile(r"^\s*(?:%|pour\s*cents?)?\s*(?:\([^()]{0,30}\)\s*)?[àa]\s*$", re.I)
_FROM_TODAY_GAP = re.compile(rf"^\s*(?:%|pour\s*cents?)?\s*{lx.TODAY}\s*,?\s*[àa]\s*$", re.I)
_AND_OF = re.compile(r"^[^,;:.()\d]{0,60}?\bet\s+(?:de|d['’])\s*$", re.I)
_REACHED_AFTER = re.compile(
    r"\s*(?:%|pour\s*cents?)?\s*(?:[^\s.;:,]+\s+){0,3}?(?:[ée]tait|[ée]taient|a\s+[ée]t[ée]|ont\s+[ée]t[ée]|est|sont)\s+"
    r"(?:(?:d[ée]j[àa]|bien|largement|donc|ainsi)\s+)?(?:atteinte?s?|d[ée]pass[ée]e?s?|remplie?s?)\b",
    re.I,
)
# « la tarification incitative couvre au 1er janvier 2016 33 % des habitants pour un objectif 2025 de 37 % », « 40 % des
# plats sont désormais cuisinés sur place avec un objectif de 80 % en 2028 »: the level before « pour / avec un objectif »
# of the same measure is where things stand
_THEN_OBJECTIVE = re.compile(r"[^.;:!?]{0,100}?\b(?:pour|avec)\s+(?:un|l['’]\s*|comme)\s*objectif\b(?P<gap>[^.;:!?]{0,40}?)"
                             r"(?=\d)", re.I)
# « un schéma directeur, visant à atteindre un patrimoine composé à 100 % de luminaires LED », « son plan visant à baisser
# la consommation de 10 % »: the level in the object of « visant à » + a verb of target
# … and the infinitive that names an objective or a plan (« l'objectif du Grenelle de réduire de 7 % », « les objectifs
# de ce plan étaient de réduire de 15 % », « un plan d'actions pour diminuer de 20 % »): a target whatever the tense
# (or its noun: « l'engagement, d'ici à 2030, d'une réduction de 22 % », « un objectif intermédiaire de réduction de moitié »)
_AIMING = re.compile(rf"(?:\bvisant\s+(?:notamment\s+)?(?:[àa]|au|aux)\s+|\b(?:objectifs?|ambitions?|cibles?|engagements?)\b"
                     rf"(?:[^.;:!?\d]|(?:19|20)\d\d){{0,60}}?\b(?:de\s+|d['’]\s*)|\bplans?\s+(?:d['’]\s*actions?\s+)?pour\s+)"
                     rf"(?:(?P<verb>{lx.CHANGE_VERBS_INF.pattern})|(?:(?:une?|la|l['’])\s*)?(?P<noun>r[ée]duction|baisse|diminution|"
                     rf"augmentation|hausse|division)\b)[^.;:!?\d(]{{0,100}}$", re.I)
_LIST_MARK = re.compile(rf"^\s*(?:{lx.BULLET_MARK}|[a-z][.)]|\d{{1,2}}[.)])\s")
# a bullet that opens on a share ("• 80 % des organisations…", "e) 100 % des cartouches…"): a list item even when
# the lead line above it was not kept
_BULLET_SHARE = re.compile(rf"^\s*(?:{lx.BULLET_MARK}|[a-z][.)])\s*\d[\d\s,.]*\s*%")
# what the rules know for sure a number is not; a named objective's level never overrules these
_SURE_NOT = frozenset({"reference", "date", "duration", "frequency", "threshold", "weighting", "baseline", "budget",
                       "employment", "statistic",
                       "structure_count", "survey", "per_capita", "ordinal"})
_NESTED = re.compile(r"\bdont\b", re.I)
_NEVER_NESTED = _SURE_NOT | {"already", "universal", "restatement", "result", "projection"}
_NOT_A_LEVEL = frozenset({"date", "reference"})
_NAMED_AND = re.compile(r"^[^,;:.()\d]{0,60}?\bet\s+(?:viser|atteindre|de|d['’]|[àa])\s*$", re.I)
_OBLIGED = re.compile(r"\b(?:doi(?:t|vent)|devr(?:a|ont)|exig\w*|impos\w*|oblig\w*)\b", re.I)
_EQUIVALENT = re.compile(r"^[^,;:.]{0,80}?[,(]\s*soit\s+(?:l['’][ée]quivalent\s+d[e']\s*|environ\s+|pr[èe]s\s+de\s+)?$", re.I)
_RESULT_COLON = re.compile(r"\s:\s+(?=[^:]*\d)")
# "2 % de la commande publique – soit 1,6 milliard d'euros", "(soit une réduction de 5 % par an)": a target
# restated another way is not a second target (real-text conventions), unless it has its own year
# ("3 marchés de plus chaque année, soit 12 marchés en 2028": a cumulative level)
_RESTATED = re.compile(r"^[^;:.]{0,100}?(?:[,(]|\s[-–])\s*soit\s+(?:l['’][ée]quivalent\s+d[e']\s*|environ\s+|pr[èe]s\s+de\s+|"
                       r"(?:une?\s+)?(?:r[ée]duction|baisse|hausse|augmentation|diminution|[ée]conomie|progression)\s+"
                       r"(?:de\s+|d['’]))?$", re.I)
_SEQUENCE_GAP = re.compile(r"^\s*(?:en\s+(?:19|20)\d\d\s*)?,\s*(?:(?:puis|et)\s+|jusqu['’]\s*[àa]\s+(?:atteindre\s+)?)?"
                           r"(?:les\s+|la\s+barre\s+des\s+)?$", re.I)
# a nested target ("50 % de produits durables dont 20 % de bio"): both levels are targets by the conventions
_NESTED_GAP = re.compile(r"^[^;:.()\d]{0,80}?\bdont\s+(?:au\s+moins\s+|au\s+minimum\s+|a\s+minima\s+)?$", re.I)


def _sign_at(clause: str, offset: int) -> str | None:
    """The sign written at ``offset`` ("-40 %" → "-"), else None."""
    char = clause[offset : offset + 1]
    return "+" if char == "+" else "-" if char in "-−–" else None


def _clauses(sentence: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    # "Réalisation d'au moins 70 000 heures par an : en 2020, 91 478 heures ont été effectuées": a target,
    # then what was done; a colon between two numbered statements ends a clause
    cuts = [*_CLAUSE_SPLIT.finditer(sentence),
            *(m for m in _RESULT_COLON.finditer(sentence)
              if re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", sentence[: m.start()]))
              # … but not after a year that labels a step of a trajectory ("- 2024 : 35 %")
              and not re.search(r"\b(?:19|20)\d\d$", sentence[: m.start()]))]
    for match in sorted(cuts, key=lambda m: m.start()):
        if match.start() < start:
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(sentence)))
    return [(a, b) for a, b in spans if sentence[a:b].strip()]


def _confidence(score: ClauseScore, quantity: Quantity) -> float:
    value = 0.55 + 0.08 * min(score.score, 5)
    if quantity.unit == "count":
        value -= 0.1
    if quantity.source in ("fraction", "ratio"):
        value -= 0.05
    return round(max(0.05, min(0.99, value)), 2)


# a verb of change and its « de », before a starting level: « passera de 38 à 50 », « ramenée de 70 à 50 % »
_CHANGE_FROM = re.compile(r"\b(?:pass|port|augment|r[ée]dui|accro|fai\w*\s+pass|ramen|[ée]volu|progress|diminu|baiss|"
                          r"abaiss)\w*\s+(?:[\w'’%,-]+\s+){0,10}?de\s*$", re.I)


def _split_change_range(clause: str, quantity: Quantity) -> tuple[Quantity, float] | None:
    """"passera de 38 à 50": the range reading is wrong, 38 is the baseline and 50 the target."""
    if quantity.value_max is None:
        return None
    before = clause[max(0, quantity.start - 80) : quantity.start]
    if _CHANGE_FROM.search(before):
        from dataclasses import replace

        start = quantity.upper_start if quantity.upper_start is not None else quantity.start
        return replace(quantity, value=quantity.value_max, value_max=None, start=start, number_text=""), quantity.value
    return None


_EMISSIONS_BEFORE = re.compile(r"\b(?:[ée]missions?|CO2|CO₂|GES|gaz\s+[àa]\s+effet\s+de\s+serre|carbone)\b", re.I)
_QUALIFIER_AFTER = re.compile(r"\s*(?!(?:de|des|du|d|en|pour|par|dans|sur|au|aux|et|ou|des)\b)[a-zà-ÿ]{3,}", re.I)
_COPULA_GAP = re.compile(r"^[^\d;:]{0,80}?\b(?:sera|seront|soit|soient|est|sont|deviendra|deviendront|[êe]tre)\s+"
                         r"(?:(?:alors|donc|ainsi|enti[èe]rement|bien)\s+)?$", re.I)
_SCOPE_COUNT_BEFORE = re.compile(r"\b(?:pour|sur|dans|chez)\s+(?:les|ses|leurs|nos|ces)\s*$", re.I)
_SHARE_AFTER = re.compile(r"\s*(?:des|du|de\s+la|de\s+l['’])\s", re.I)
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:puis\s+|et\s+)?|puis\s+|et\s+)$", re.I)
_SHARE_NOUN = re.compile(rf"\b{lx.SHARE_NOUNS}\b", re.I)
_SHARE_OF_WHOLE = re.compile(rf"\b(?:{lx.SHARE_NOUNS}|ratio)\b[^.;:!?]{{0,80}}?\b(?:dans|sur|parmi|de)\s+$",
                             re.I)
# « vise à introduire des critères … dans tous nos appels d'offres », « pour intégrer une clause dans chaque marché »:
# a universal that says where a measure is to be put, after a verb of putting-in
_PUT_IN = re.compile(r"\b(?P<verb>int[ée]gr|introdu|ins[ée]r|inclu|instaur|g[ée]n[ée]ralis|[ée]tend|[ée]largi|utilis|"
                     r"respect|[ée]quip)(?!\w*(?:tion|ment)s?\b)\w*\b[^.;:!?]{0,120}?\b(?:dans|[àa]|pour|sur|de|d['’])\s*$", re.I)
_INTENT_BEFORE = re.compile(r"\bpour\s+(?:y\s+)?$|\b(?:[àa]\s+l['’]avenir|[àa]\s+terme)\b", re.I)
_DELAY_UNITS = frozenset({"ans", "an", "années", "mois", "semaines", "jours"})
_UNIVERSAL_CONTEXT = re.compile(r"\b(?:pour|dans|sur|de)\s+$|\b(?:int[ée]grer|comporter|comprendre|respecter|"
                                r"couvrant|exige\w*|impos\w*|obligation)\b", re.I)


def _current_level(clause: str, quantity: Quantity, quantities: list[Quantity], index: int) -> bool:
    """``quantity`` is a level of today told before the objective of the same unit (``_THEN_OBJECTIVE``), and no
    target word or verb governs it."""
    objective = _THEN_OBJECTIVE.match(clause, quantity.end)
    if (objective is None or quantity.source != "number" or governed_by_objective(clause, quantity)
            or lx.OBJECTIVE_WORDS.search(clause, 0, quantity.start) or lx.FUTURE.search(clause, 0, quantity.start)
            or lx.COMPARATOR_MIN.search(clause, 0, quantity.start)):
        return False
    later = [q for q in quantities[index + 1 :] if q.unit == quantity.unit]
    return bool(later) and later[0].start >= objective.end()


@lru_cache(maxsize=1024)
def _is_heading(sentence: str) -> bool:
    """A plan heading ("Défi 2.3 – … dans chaque marché"): its « chaque » names a theme, not a target."""
    from spaser_nlp.segment.labels import parse_label

    label = parse_label(sentence)
    return label is not None and label.family != "chapitre" and label.number is not None


def _candidates(clause: str, universal: bool = True) -> list[Quantity]:
    numbers = [q for q in find_quantities(clause) if not is_year_quantity(q)]
    # "tous les marchés" is the target only when no explicit share is given ("25 % de … chaque acheteur")
    # (a share in parentheses is a baseline or an aside: "L'intégralité des contrats … (la part était de 16 %)")
    shares = [q for q in numbers if q.unit == "%" and not in_parentheses(clause, q.start)]
    found = universal_quantities(clause) if universal else []
    # « mesurer la part des achats responsables dans la totalité des achats »: the whole a share is taken of
    found = [q for q in found if not _SHARE_OF_WHOLE.search(clause, 0, q.start)]
    # … except "puis en totalité en 2025", the last step of a trajectory of shares
    universals = [q for q in found if re.match(r"en\s+totalit", q.text, re.I)] if shares else found[:1]
    return sorted(numbers + universals, key=lambda q: q.start)


def _analyse_clause(sentence: str, start: int, end: int, lead: str, context: str,
                    detector: ObjectiveDetector | None) -> list[Finding]:
    clause = sentence[start:end]
    universal = not _is_heading(sentence)
    listed = (bool(context) or (bool(lead) and start >= len(lead) and bool(_LIST_MARK.match(clause)))
              # the first item, in the lead's own clause ("… fixés comme suit : - 2026 : 40 % …")
              or (bool(lead) and start < len(lead) < end and bool(_LIST_MARK.match(sentence[len(lead) : end])))
              or bool(_BULLET_SHARE.match(clause)))
    score = score_clause(clause, lead + " " + context if context else lead, listed=listed)
    lead_text = f"{lead} {context}"
    annual_lead = bool(lx.OBJECTIVE_WORDS.search(lead_text) and lx.PER_YEAR.search(lead_text))
    years = find_years(clause)
    quantities = _candidates(clause, universal)
    findings: list[Finding] = []
    previous_end = 0
    previous_verb_start = verb_start = 0  # where the verb governing the next number may start: durations and dates do not cut it off
    targets: list[tuple[Finding, Quantity]] = []
    baselines: list[tuple[Quantity, float | None]] = []
    # « la part du nucléaire sera ramenée de 70 à 50 % »: a level going down is no range; the first number is the
    # starting level of the second, not a target of its own
    starts = {index + 1: q.value for index, (q, following) in enumerate(zip(quantities, quantities[1:]))
              if q.source == "number" and q.value_max is None and q.unit in ("count", following.unit)
              and following.source == "number"
              and (following.value < q.value and _FROM_TO_GAP.match(clause[q.end : following.start])
                   # (or a level of today: « porter la part de 15 % aujourd'hui à 32 % en 2030 »)
                   or _FROM_TODAY_GAP.match(clause[q.end : following.start]))
              and _CHANGE_FROM.search(clause[max(0, q.start - 80) : q.start])}
    quantities = [q for index, q in enumerate(quantities) if index + 1 not in starts]
    starts = {index - sum(1 for s in starts if s <= index): value for index, value in starts.items()}
    for index, quantity in enumerate(quantities):
        subject = False
        split = _split_change_range(clause, quantity)
        baseline_from_range = starts.get(index)
        if split:
            quantity, baseline_from_range = split
        next_start = quantities[index + 1].start if index + 1 < len(quantities) else len(clause)
        if quantity.source == "universal":
            # "tous les marchés" with target cues, or as what an obligation covers ("l'ensemble des produits devront")
            sure = (score.score >= OBJECTIVE_THRESHOLD + 1
                    or (score.score >= OBJECTIVE_THRESHOLD and bool(_OBLIGED.search(clause)))
                    # "Pour 2010 : utilisation exclusive de papier écoresponsable" (a dated lead, then the level)
                    or (bool(lead) and 0 <= start + quantity.start - len(lead) <= 2
                        and any(y.role in ("horizon", "in") for y in find_years(lead))))
            # « Toutes les formations … intègreront … »: the subject of a future verb (the detector saw few)
            subject = (score.score >= OBJECTIVE_THRESHOLD and not clause[: quantity.start].strip(" •-–*")
                       and bool(lx.FUTURE.search(clause, quantity.end)))
            # « … vise à introduire des critères dans tous nos appels d'offres »: the object of a verb of putting-in
            # under a target word, a future or an obligation, or after « pour »
            # (a delay beside it is no other level: « pour introduire, d'ici deux ans, … dans tous nos marchés »)
            put_in = _PUT_IN.search(clause, 0, quantity.start)
            placed = bool(
                put_in and not lx.PAST.search(clause, 0, quantity.start)
                and all(q is quantity or q.unit in _DELAY_UNITS for q in quantities)
                and (lx.OBJECTIVE_WORDS.search(clause, 0, put_in.start()) or lx.FUTURE.search(clause, max(0, put_in.start() - 40), quantity.start)
                     or _OBLIGED.search(clause, 0, put_in.start()) or _INTENT_BEFORE.search(clause, 0, put_in.start())
                     or lx.OBJECTIVE_WORDS.search(lead)))
            subject = (subject and len(quantities) == 1) or placed
            reason = None if (sure and len(quantities) == 1 or subject) and not score.past else "universal"
        else:
            reason = rejection_reason(clause, quantity, years, score, previous_end)
        survey = next((f for f in findings if f.reason == "survey"), None)
        if survey is not None and not lx.LEGAL.search(clause, survey.end - start, quantity.start):
            # "54 % des répondants estiment que leurs achats dépasseront les 10 %" (but « 86 % des Français sont
            # favorables à une loi imposant au moins 20 % de bio »: the level the law sets is a target)
            reason = "survey"
        # "l'objectif de 20 %", "un taux minimal de 37,4 %": the level of a named objective, whatever the tense
        last = next((q for f, q in reversed(targets) if f.reason is None), None)
        named = quantity.source != "universal" and reason not in _SURE_NOT and (
            governed_by_objective(clause, quantity)
            # "la cible était d'atteindre 20 % … en 2024 et viser 40 % en 2025": a level coordinated with a target
            # by a target verb shares its verdict (the past of "était" is not the second level's)
            or (last is not None and last.unit == quantity.unit and bool(_NAMED_AND.match(clause[last.end : quantity.start]))))
        # « a arrêté un plan climat pour diviser par deux … »: a level in the object of a past verb of adoption
        adopted = (quantity.source != "universal" and 0 <= score.adopted_from <= quantity.start
                   and reason in (None, "result", "no_target_marker", "legal", "projection"))
        # « diviser par quatre », « la division par 4 », « doubler »: a factor the rules accept is a change by its
        # very shape (the detector saw few of them and scores them low)
        factor = quantity.source == "factor" and reason is None
        # « ce plan prévoit la rénovation annuelle de 400 000 maisons (et de 200 000 logements) »: the object of a
        # plan's « prévoit / comporte » named by an action noun is the plan's target
        provided = (quantity.source == "number" and reason in (None, "no_target_marker", "detector")
                    and not score.past and bool(_PROVIDES.search(clause, 0, quantity.start)))
        aimed = (quantity.source in ("number", "fraction") and reason in (None, "no_target_marker", "detector", "result", "legal")
                 and bool((aim := _AIMING.search(clause, 0, quantity.start))
                          # (not past the participle's own clause: « les actions visant à réduire … ont permis »)
                          and not lx.PAST.search(clause, max(aim.end("verb"), aim.end("noun")), quantity.start)))
        named = named or adopted or factor or provided or aimed or (quantity.source == "universal" and reason is None and subject)
        # « l'objectif de 6 % était atteint dès 2010 »: the level of a named objective told as reached is a result
        reached = bool(_REACHED_AFTER.match(clause, quantity.end)) or _current_level(clause, quantity, quantities, index)
        if reached:
            named = False
            reason = "result"
        # « … pourrait augmenter de 12 % d'ici 2050, selon les projections de l'Insee »: a study's forecast, whatever
        # the detector makes of its verb of change
        reached = reached or (reason == "projection" and "forecast" in score.cues)
        named = named and not reached
        if named:
            reason = None
        if quantity.unit == "count":
            counted = re.search(r"\bnombre\s+(?:total\s+)?(?:de|d['’])\s*([a-zà-ÿ]+)", clause[: quantity.start], re.I)
            if counted:
                from dataclasses import replace as _replace

                quantity = _replace(quantity, unit=counted.group(1).lower())
        finding = Finding(quantity.value, quantity.unit, start + quantity.start, start + quantity.end, start, end,
                          reason=reason, value_max=quantity.value_max, cues=score.cues)
        findings.append(finding)
        if detector is not None and reason not in ("baseline", "date", "reference"):
            cues = (*score.cues, "objective_of") if named else score.cues
            features = candidate_features(clause, quantity.start, quantity.end, unit=quantity.unit,
                                          source=quantity.source, reason=reason, cues=cues, score=score.score,
                                          context=context + " " + lead, has_year=bool(years), parse=detector.parse,
                                          detector=detector, sentence=sentence)
            probability = detector.probability(features, sentence)
            finding.confidence = round(probability, 2)
            finding.cues = detector.explain(features)
            if (detector.accepts(probability, reason) or named) and not reached:
                reason = None
            elif reason is None:
                reason = "detector"
            finding.reason = reason
        if quantity.unit in ("tonnes", "tonne", "t") and _EMISSIONS_BEFORE.search(clause, 0, quantity.start):
            # « réduire ses émissions de CO2 de 271 009 tonnes »: tonnes of emissions are tonnes of CO2 (the unit
            # list); named after the detector's verdict, which was trained on the unit as written
            finding.unit = "tCO2"
        if (reason == "detector" and len(findings) >= 2 and findings[-2].reason is None
                and findings[-2].unit == quantity.unit and quantity.sign == _sign_at(clause, findings[-2].start - start)
                and _SEQUENCE_GAP.match(clause[findings[-2].end - start : quantity.start])
                and any(y.role in ("horizon", "in") and quantity.end <= y.start < next_start for y in years)):
            # "par palier (-10 % en 2024, -40 % en 2030, -50 % en 2040)": the dated steps of a target trajectory
            reason = finding.reason = None
        if (reason is None and len(findings) >= 2 and findings[-2].reason == "result" and findings[-2].unit == quantity.unit
                and _SEQUENCE_GAP.match(clause[findings[-2].end - start : quantity.start])):
            # "de 23 % en 2009, 73 % en 2011, jusqu'à atteindre 100 % en 2012": the steps of a past trajectory
            reason = finding.reason = "result"
        if (reason is None and quantity.unit == "%" and quantity.value == 100 and len(findings) >= 2
                and _QUALIFIER_AFTER.match(clause, quantity.end)
                and any(f.reason is None and f.unit == "%" for f in findings[:-1])
                and _COPULA_GAP.match(clause[findings[-2].end - start : quantity.start])):
            # « 25 % de la flotte sera 100 % électrique », « un quart de la flotte sera alors 100 % électrique »: the
            # 100 % says what the share's objects are, the share is the target
            reason = finding.reason = "qualifier"
        if reason is None and len(findings) >= 2 and findings[-2].reason is not None \
                and _EQUIVALENT.match(clause[findings[-2].end - start : quantity.start]):
            # "44 marchés intègrent une clause, soit 25,14 %": the same statement counted another way
            reason = finding.reason = findings[-2].reason
        elif (reason is None and len(findings) >= 2 and findings[-2].reason is None
              and (restated := _RESTATED.match(clause[findings[-2].end - start : quantity.start]))
              # another unit, or said to be the same amount ("l'équivalent de", "une réduction de"); a plain
              # "…, soit 80 % des consultations" after a share may count something else
              and (findings[-2].unit != quantity.unit or restated.group().rstrip().lower().split("soit")[-1].strip())
              and not any(y.role in ("horizon", "in") and quantity.end <= y.start < next_start for y in years)):
            reason = finding.reason = "restatement"
        if reason != "baseline":
            # "réduire en dix ans de 40 %": the verb before a duration still governs the number after it
            direction, change = fl.direction_and_change(clause, quantity, verb_start)
            if (direction == "reach" and not change and len(findings) >= 2 and findings[-2].unit != quantity.unit
                    and _SCOPE_COUNT_BEFORE.search(clause, 0, findings[-2].start - start)
                    and re.search(r"\b(?:de|d['’])\s*$", clause[: quantity.start])):
                # "réduire, pour les trois aéroports (…), ses émissions de 68 %": the count names what the change
                # covers; the verb before it governs the number after it
                wider = fl.direction_and_change(clause, quantity, previous_verb_start)
                if wider[0] in ("increase", "decrease"):
                    direction, change = wider[0], True  # « … de 68 % » after a verb of change: its amount
                    if findings[-2].reason is None:
                        findings[-2].reason = "scope"
            accepted = [(f, q) for f, q in targets if f.reason is None]
            if (direction == "reach" and not change and accepted
                    and accepted[-1][0].kind in ("relative_change", "growth_rate")
                    and fl.coordinated_change(clause[accepted[-1][1].end : quantity.start])):
                # "réduire de 40 % leur consommation et de 50 % leurs émissions": the second change shares the verb
                direction, change = accepted[-1][0].direction, True
            elif (direction == "reach" and not change and accepted and accepted[-1][0].direction != "reach"
                  and accepted[-1][1].unit == quantity.unit and fl.bare_step(clause[accepted[-1][1].end : quantity.start])
                  and not (accepted[-1][0].kind == "relative_change" and _SHARE_AFTER.match(clause, quantity.end))):
                # "le porter à 30 % en 2030, et 40 % en 2050", "de 68 % d'ici 2030 et 90 % d'ici 2035": the next step
                direction = accepted[-1][0].direction
                change = accepted[-1][0].kind in ("relative_change", "growth_rate")
            elif direction == "reach" and accepted and fl.coordinated(clause[accepted[-1][1].end : quantity.start]):
                # "passera à 20 % en 2024, à 35 % en 2027": the second level shares the first one's verb
                direction = accepted[-1][0].direction if accepted[-1][0].kind == "rate" else direction
            if direction == "reach" and index in starts:
                # « ramenée de 70 à 50 % »: from a higher level to a lower one (« de 15 % aujourd'hui à 32 % »: higher)
                direction = "decrease" if quantity.value < starts[index] else "increase"
            finding.direction = direction
            # a date or a reference before the number ("à compter du 1er janvier 2021, les biens acquis annuellement
            # … 20 %", "L'article 58 … annuellement … 20 %") does not make it the clause's second number
            first = all(f.reason in _NOT_A_LEVEL for f in findings[:-1])
            finding.per_year = fl.per_year(clause, quantity, previous_end, next_start, first=first)
            if not finding.per_year and accepted and _NESTED.search(clause[accepted[-1][1].end : quantity.start]):
                # a nested target ("20 % du montant annuel … dont 20 % issus du réemploi") counts like its parent
                finding.per_year = accepted[-1][0].per_year
            if (not finding.per_year and provided and accepted and accepted[-1][0].per_year
                    and _AND_OF.match(clause[accepted[-1][1].end : quantity.start])):
                # « la rénovation annuelle de 400 000 maisons et de 200 000 logements »: the second object too
                finding.per_year = True
            if (not finding.per_year and accepted and accepted[-1][0].per_year
                    and _LIST_GAP.match(clause[accepted[-1][1].end : quantity.start])):
                # "ces objectifs annuels sont respectivement de 25 %, 35 % puis 50 %": the items of a list of levels
                finding.per_year = True
            if not finding.per_year and listed and annual_lead:
                # the items under "Les objectifs annuels … sont fixés comme suit :" are annual levels
                finding.per_year = True
            if change:
                finding.kind = "growth_rate" if finding.per_year else "relative_change"
            else:
                finding.kind = "rate" if quantity.unit in ("%",) else "absolute"
            finding.comparator = fl.comparator(clause, quantity)
            finding.subject = fl.subject(clause, quantity, previous_end)
            if detector is None:
                finding.confidence = _confidence(score, quantity)
            if baseline_from_range is not None:
                finding.baseline_value = baseline_from_range
            targets.append((finding, quantity))
        else:
            baselines.append((quantity, None))
        previous_end = quantity.end
        previous_verb_start = verb_start
        if reason not in ("duration", "frequency", "date", "reference") and not (
                reason == "threshold" and quantity.unit not in ("%", "EUR")):
            # (a reference, « du scope 3 de 27,5 % », does not cut the verb off either, nor the size that says what
            # the change concerns: « réduction des consommations des bâtiments de plus de 1 000 m² de 40 % »)
            verb_start = quantity.end
    _share_nested_verdicts(clause, targets)
    _fill_horizons(clause, targets, baselines, years)
    _pair_respectively(clause, targets)
    lead_years = lead if lead and start >= len(lead) else ""
    if context or lead_years:
        context_years = [y.year for y in find_years(f"{context} {lead_years}") if y.role in ("horizon", "in")]
        for finding, _ in targets:
            if finding.horizon_year is None and context_years:
                finding.horizon_year = context_years[-1]
    elif lead and start < len(lead) < end:
        # « Et des objectifs précis à l'horizon 2030 : une réduction de 40 % …, une baisse de 20 % … et 32 % … »: the
        # lead's year, in the same clause, dates every target after it (not only the nearest)
        _date_from_head(lead, len(lead), targets)
    _fill_baselines(clause, [t for t in targets if t[0].reason is None], baselines, years)
    opening = _OPENING_HORIZON.match(sentence)
    if opening and opening.end() <= end:
        # « À l'horizon 2030 par rapport à 2017, il vise une réduction de 33 % … et une réduction de 16 % … »: a
        # horizon (and a baseline) stated once at the head of the sentence covers each of its targets
        _date_from_head(opening.group(), opening.end(), targets)
    return findings


# a sentence that opens on its horizon, up to the first comma: « À l'horizon 2030 (par rapport à 2017), », « D'ici
# 2030, »; not « En 2030, » (a date of report as often as a horizon)
_OPENING_HORIZON = re.compile(
    r"^\W*(?:[àa]\s+l['’]\s*|[àa]\s+)?(?:horizon|d['’]\s*ici(?:\s+[àa])?(?:\s+(?:la\s+)?fin(?:\s+de)?)?|[ée]ch[ée]ance)\s+"
    r"(?:de\s+|d['’]\s*)?(?:19|20)\d\d\b[^,;:.\d]{0,40}(?:(?:19|20)\d\d[^,;:.\d]{0,10})?,",
    re.I,
)


def _date_from_head(head: str, head_end: int, targets: list[tuple[Finding, Quantity]]) -> None:
    """Give the targets after ``head`` (offsets in the sentence) the head's horizon year when they have none, and
    its baseline year to the changes that have none."""
    years = find_years(head)
    horizon = [y.year for y in years if y.role in ("horizon", "in")]
    baseline = [y.year for y in years if y.role == "baseline"]
    for finding, _ in targets:
        if finding.start < head_end or finding.reason is not None:
            continue
        if finding.horizon_year is None and horizon:
            finding.horizon_year = horizon[-1]
        if finding.baseline_year is None and baseline and finding.kind in ("relative_change", "growth_rate"):
            finding.baseline_year = baseline[-1]


def _share_nested_verdicts(clause: str, targets: list[tuple[Finding, Quantity]]) -> None:
    """"50 % de produits durables dont 20 % de bio": when one level of a nested pair is a target, so is the other
    (unless the rules know for sure it is something else)."""
    for (first, first_q), (second, second_q) in zip(targets, targets[1:], strict=False):
        if first_q.unit != second_q.unit or not _NESTED_GAP.match(clause[first_q.end : second_q.start]):
            continue
        for finding, other in ((first, second), (second, first)):
            if finding.reason is not None and other.reason is None and finding.reason not in _NEVER_NESTED:
                finding.reason = None


def _fill_horizons(
    clause: str, targets: list[tuple[Finding, Quantity]], baselines: list[tuple[Quantity, float | None]],
    years: list[YearMention],
) -> None:
    # a year right after a baseline number ("contre 12 % en 2023") belongs to the baseline
    taken = {y.start for y in years for q, _ in baselines if 0 <= y.start - q.end <= 12}
    starts = sorted(q.start for f, q in targets if f.reason is None)
    for finding, quantity in targets:
        following = next((start for start in starts if start > quantity.start), None)
        finding.horizon_year = fl.horizon_year(clause, quantity, years, taken, following)


_RESPECTIVELY = re.compile(
    r"\brespectivement\s+(?:(?:en|pour|d['’]ici(?:\s+[àa])?|[àa]\s+l['’]horizon)\s+)?"
    r"(?P<years>(?:19|20)\d\d(?:\s*(?:,|et)\s*(?:(?:en|pour)\s+)?(?:19|20)\d\d)+)",
    re.I,
)


def _pair_respectively(clause: str, targets: list[tuple[Finding, Quantity]]) -> None:
    """"40 %, 50 % et 60 % respectivement en 2030, 2040 et 2050": the n-th level goes with the n-th year, and the
    levels after the first share its change ("une baisse de 40 %, 50 % et 60 %")."""
    match = _RESPECTIVELY.search(clause)
    if not match:
        return
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d", match.group("years"))]
    items = [(f, q) for f, q in targets if f.reason is None and q.end <= match.start()][-len(years):]
    if len(items) < len(years) or len({q.unit for _, q in items}) != 1:
        return
    first = items[0][0]
    for (finding, _), year in zip(items, years, strict=True):
        finding.horizon_year = year
        if finding is not first and finding.direction == "reach" and first.kind == "relative_change":
            finding.direction, finding.kind = first.direction, first.kind


def _fill_baselines(
    clause: str, targets: list[tuple[Finding, Quantity]], baselines: list[tuple[Quantity, float | None]],
    years: list[YearMention],
) -> None:
    for baseline, _ in baselines:
        earlier = [(f, q) for f, q in targets if q.end <= baseline.start]
        same_unit = [(f, q) for f, q in earlier if q.unit == baseline.unit]
        # « passer de 1 % (en 2017) à 7 % »: the starting level of a change, before the level it goes to
        following = [(f, q) for f, q in targets if q.start >= baseline.end and q.unit == baseline.unit
                     and _FROM_TO_GAP.match(clause[baseline.end : q.start])]
        chosen = (same_unit or earlier or following[:1] or [])
        if not chosen:
            continue
        finding, target = chosen[-1]
        finding.baseline_value = baseline.value
        # (a baseline before its target: only a year between them is the baseline's)
        limit = target.start if target.start >= baseline.end else len(clause)
        year = next((y for y in years if 0 <= y.start - baseline.end <= 12 and y.end <= limit), None)
        year = year or next((y for y in years if 0 <= baseline.start - y.end <= 14 and y.role == "baseline"), None)
        if year is not None:
            finding.baseline_year = year.year
    for year in years:
        if year.role != "baseline":
            continue
        for finding, quantity in targets:
            if finding.baseline_year is None and quantity.start < year.start:
                finding.baseline_year = year.year
        for finding, quantity in targets:
            if finding.baseline_year is None and year.end <= quantity.start and re.search(r"référence|base", clause[: year.start], re.I):
                finding.baseline_year = year.year


def candidate_clauses(sentence: str, *, parse: bool = False) -> list[str]:
    """The clauses of ``sentence`` that hold a candidate number (those the detector may score).

    ``parse``: only those where some candidate is not ruled out by its own shape (a date, a reference, a duration…,
    :func:`~spaser_nlp.extract.rules.shape_reason`), which never reaches the parse: the clauses worth parsing ahead in
    one batch. A clause left out that the detector does parse after all is parsed then, on its own (same result).
    """
    universal = not _is_heading(sentence)
    kept = []
    for a, b in _clauses(sentence):
        clause = sentence[a:b]
        candidates = _candidates(clause, universal)
        if parse and candidates:
            years = find_years(clause)
            candidates = [q for q in candidates if shape_reason(clause, q, years) is None]
        if candidates:
            kept.append(clause)
    return kept


class _Default:
    """The shipped detector, loaded on first use."""


DEFAULT = _Default()


def _detector(detector: ObjectiveDetector | _Default | None) -> ObjectiveDetector | None:
    return default_detector() if isinstance(detector, _Default) else detector


def analyse_sentence(sentence: str, context: str = "", *,
                     detector: ObjectiveDetector | _Default | None = DEFAULT) -> list[Finding]:
    """Every quantity of ``sentence`` with its verdict, in order (offsets relative to the sentence).

    ``context`` is the lead line the sentence hangs from ("Objectifs pour 2020 :" above a list): its words
    count as cues and its year is the horizon of targets that state none. ``detector=None``: rules only.
    """
    model = _detector(detector)
    lead_match = _LEAD.match(sentence)
    lead = lead_match.group() if lead_match else ""
    findings: list[Finding] = []
    previous: list[Finding] = []
    for start, end in _clauses(sentence):
        found = _analyse_clause(sentence, start, end, lead, context, model)
        _continue_change(sentence[start:end], previous, found)
        findings.extend(found)
        previous = found
    return findings


# a clause that opens on a dated share and names no change of its own (« 40 % en 2030, 83 % en 2050 pour les gaz à
# effet de serre » after « Une baisse de la consommation de 25 % d'ici 2030, 55 % d'ici 2050 ; »)
_ELLIPTIC_STEP = re.compile(r"^\W*\d[\d\s,.]*\s*%\s*(?:en|d['’]\s*ici(?:\s+[àa])?|pour|[àa]\s+l['’]\s*horizon)\s+(?:19|20)\d\d",
                            re.I)


def _continue_change(clause: str, previous: list[Finding], found: list[Finding]) -> None:
    """The levels of an elliptic clause after a clause of changes are the same change (its verb is elided)."""
    changes = [f for f in previous if f.reason is None]
    if (not changes or any(f.kind != "relative_change" for f in changes) or len({f.direction for f in changes}) != 1
            or not _ELLIPTIC_STEP.match(clause) or lx.DECREASE.search(clause) or lx.INCREASE.search(clause)
            or lx.MAINTAIN.search(clause) or _SHARE_NOUN.search(clause)):
        return
    for finding in found:
        if finding.reason is None and finding.direction == "reach" and finding.unit == changes[0].unit:
            finding.direction, finding.kind = changes[0].direction, "relative_change"


def targets(sentence: str, context: str = "", *,
            detector: ObjectiveDetector | _Default | None = DEFAULT) -> list[Finding]:
    """Only the findings that are quantified objectives."""
    return [f for f in analyse_sentence(sentence, context, detector=detector) if f.reason is None]


__all__ = ["DEFAULT", "OBJECTIVE_THRESHOLD", "Finding", "analyse_sentence", "targets"]
