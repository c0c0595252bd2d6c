"""Build ``gold.jsonl``: French SPASER sentences and table rows with their gold objective records.

Deterministic (seeded). Each item comes from a *frame* (a way real schémas write
a target, or a trap: a number that is not a target), filled from varied
vocabularies; a few items are damaged with ``spaser_nlp.clean.noise`` to mimic
OCR. The split is by frame: whole frames are held out for the test split, so
the test score measures sentence shapes the rules were not tuned on.

Run: ``.venv/bin/python corpora/objectives/build_gold.py``
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).parent
SEED = 20240611
R = random.Random(SEED)

AUTH = ["La Région", "Le Département", "La Métropole", "La Ville", "La collectivité", "L'Eurométropole",
        "La Communauté d'agglomération", "Le Conseil départemental"]
RATE_SUBJECTS = [
    "marchés intégrant une clause sociale d'insertion", "marchés comportant une clause environnementale",
    "marchés de travaux comportant un critère carbone", "marchés attribués à des TPE et PME",
    "achats de denrées issus de l'agriculture biologique", "produits durables et de qualité servis en restauration collective",
    "matériel informatique reconditionné", "véhicules à faibles émissions de la flotte",
    "marchés intégrant un critère relatif au commerce équitable", "femmes parmi les bénéficiaires des clauses",
    "achats de mobilier issus du réemploi", "déchets de chantier valorisés", "papier recyclé dans les achats de fournitures",
    "marchés notifiés avec un critère de coût du cycle de vie", "acheteurs formés aux achats responsables",
    "électricité d'origine renouvelable dans les contrats de fourniture", "produits d'entretien écolabellisés",
    "marchés de services comportant une clause de continuité des contrats de travail",
    "repas végétariens dans les menus des cantines", "achats numériques reconditionnés ou réemployés",
]
COUNTS = [
    ("heures", "d'insertion"), ("marchés", "réservés aux structures d'insertion"), ("agents", "formés à l'achat durable"),
    ("collèges", "équipés de mobilier de seconde main"), ("bénéficiaires", "des clauses sociales"),
    ("opérations", "de construction intégrant des matériaux biosourcés"), ("kilomètres", "de chaussées retraitées en place"),
    ("structures", "de l'ESS attributaires d'un marché"), ("chantiers", "intégrant du réemploi"),
    ("entreprises", "accompagnées dans leur démarche RSE"), ("contrôles", "inopinés sur les chantiers"),
    ("lycées", "approvisionnés en circuits courts"), ("cours d'école", "végétalisées"),
    ("tonnes", "de déchets évitées"), ("sourcings", "auprès des SIAE"),
]
MONEY = [("2,5 M€ HT", 2_500_000), ("800 k€ HT", 800_000), ("1 500 000 €", 1_500_000), ("1.200.000 € TTC", 1_200_000),
         ("3 millions d'euros", 3_000_000), ("450 000 euros HT", 450_000), ("1,8 million d'euros", 1_800_000),
         ("6,2 M€", 6_200_000), ("250 k€", 250_000), ("4 M€ TTC", 4_000_000)]
MONEY_TARGETS = ["d'achats auprès des ESAT et des entreprises adaptées", "d'achats auprès des structures de l'ESS",
                 "d'achats auprès des SIAE", "d'achats de denrées auprès des producteurs locaux",
                 "de marchés attribués aux structures du commerce équitable"]
HORIZONS = [("d'ici {y}", True), ("à l'horizon {y}", True), ("en {y}", True), ("d'ici fin {y}", True),
            ("à fin {y}", True), ("dès {y}", True), ("d'ici le 31 décembre {y}", True), ("", False),
            ("à l'échéance {y}", True), ("pour {y}", True)]
WORDS = [("dix", 10), ("quinze", 15), ("vingt", 20), ("trente", 30), ("cinquante", 50), ("douze", 12),
         ("quatre-vingts", 80), ("cent", 100), ("deux cents", 200), ("trois", 3), ("six", 6), ("vingt-cinq", 25)]
FUTURE_YEARS = [2025, 2026, 2027, 2028, 2029, 2030]
PAST_YEARS = [2019, 2020, 2021, 2022, 2023]


def rec(value, unit, direction="reach", kind=None, *, value_max=None, comparator=None, per_year=False,
        horizon_year=None, baseline_year=None, baseline_value=None):
    if kind is None:
        kind = "rate" if unit == "%" else "absolute"
    return {"value": value, "value_max": value_max, "unit": unit, "comparator": comparator, "direction": direction,
            "kind": kind, "per_year": per_year, "horizon_year": horizon_year, "baseline_year": baseline_year,
            "baseline_value": baseline_value}


def pct(v: float) -> str:
    text = f"{v:g}".replace(".", ",")
    return R.choice([f"{text} %", f"{text} %", f"{text}%", f"{text}\u00a0%", f"{text} pour cent"])


def horizon() -> tuple[str, int | None]:
    phrase, has = R.choice(HORIZONS)
    year = R.choice(FUTURE_YEARS)
    return (phrase.format(y=year), year if has else None)


def fmt_int(n: int) -> str:
    s = f"{n:,}".replace(",", R.choice([" ", "\u00a0", " ", "."] if n >= 1000 else [" "]))
    return s


# ---------------------------------------------------------------- positive frames
def p_porter():
    v = R.choice([15, 20, 25, 30, 35, 40, 50, 60, 75, 80]); s = R.choice(RATE_SUBJECTS); h, y = horizon()
    verb = R.choice(["Porter à", "Porter à", "Atteindre", "Faire passer à"])
    if verb == "Atteindre":
        return f"Atteindre {pct(v)} de {s} {h}.".replace("de d", "de d").replace(" .", "."), [rec(v, "%", horizon_year=y)]
    # a verb of change ("porter à", "faire passer à") is an increase (real-text annotation conventions)
    return f"{verb} {pct(v)} la part des {s} {h}.".replace(" .", "."), [rec(v, "%", "increase", horizon_year=y)]


def p_future_share():
    v = R.choice([50, 70, 80, 90, 100]); y = R.choice(FUTURE_YEARS)
    thing = R.choice(["des marchés de travaux comporteront une clause environnementale",
                      "des marchés de nettoyage intégreront une clause sociale",
                      "des acheteurs auront suivi une formation aux achats responsables",
                      "des consultations de fournitures feront l'objet d'un sourcing ESS",
                      "des marchés de restauration intégreront des produits locaux"])
    lead = R.choice(["", f"Dès {y}, ", f"À compter de {y}, "])
    text = f"{lead}{pct(v)} {thing}" + ("" if lead else f" en {y}") + "."
    text = text[0].upper() + text[1:]
    return text, [rec(v, "%", horizon_year=y)]


def p_engage():
    a = R.choice(AUTH); v = R.choice([20, 25, 30, 40, 45]); s = R.choice(RATE_SUBJECTS); h, y = horizon()
    verb = R.choice(["s'engage à atteindre", "se fixe pour objectif d'atteindre", "vise", "entend atteindre", "visera"])
    return f"{a} {verb} {pct(v)} de {s} {h}.".replace(" .", "."), [rec(v, "%", horizon_year=y)]


def p_bullet():
    v = R.choice([10, 20, 30, 45, 60]); s = R.choice(RATE_SUBJECTS); y = R.choice(FUTURE_YEARS)
    mark = R.choice(["– ", "• ", "- ", ""])
    return f"{mark}{pct(v)} de {s} en {y}", [rec(v, "%", horizon_year=y)]


def p_reduce():
    v = R.choice([20, 25, 30, 40, 50]); y = R.choice(FUTURE_YEARS); b = R.choice(PAST_YEARS)
    thing = R.choice(["les émissions de gaz à effet de serre liées aux achats", "la consommation d'énergie des bâtiments",
                      "le gaspillage alimentaire dans les restaurants scolaires", "les déchets de chantier non valorisés",
                      "la consommation de papier", "l'empreinte carbone des achats de travaux"])
    verb = R.choice(["Réduire de", "Diminuer de", "Baisser de"])
    base = R.choice([f" (par rapport à {b})", f" par rapport à {b}", ""])
    return f"{verb} {pct(v)} {thing} d'ici {y}{base}.", [rec(v, "%", "decrease", "relative_change", horizon_year=y,
                                                             baseline_year=b if base else None)]


def p_nominal_reduce():
    v = R.choice([20, 30, 35, 40]); y = R.choice(FUTURE_YEARS)
    thing = R.choice(["des émissions liées aux achats", "des déchets d'emballages", "de la consommation de plastique"])
    word = R.choice(["Réduction", "Baisse", "Diminution"])
    return f"{word} de {pct(v)} {thing} en {y}", [rec(v, "%", "decrease", "relative_change", horizon_year=y)]


def p_growth():
    v = R.choice([5, 10, 15, 20]); a = R.choice(AUTH)
    thing = R.choice(["le montant des achats auprès des structures de l'ESS", "les achats auprès des SIAE",
                      "le volume d'heures d'insertion", "le nombre de marchés réservés"])
    form = R.choice(["{a} s'engage à augmenter de {p} par an {t}.", "Augmenter {t} de {p} par an.",
                     "Accroître de {p} chaque année {t}."])
    return form.format(a=a, p=pct(v), t=thing), [rec(v, "%", "increase", "growth_rate", per_year=True)]


def p_count_year():
    n = R.choice([500, 2000, 15000, 40000, 120000, 150000, 500000]); noun, rest = R.choice(COUNTS[:1] + COUNTS)
    h, y = horizon()
    verb = R.choice(["Réaliser", "Atteindre", "Atteindre au moins"])
    per = R.choice([" par an", " chaque année", ""])
    cmp_ = ">=" if "moins" in verb else None
    return f"{verb} {fmt_int(n)} {noun} {rest}{per} {h}.".replace(" .", "."), [
        rec(n, noun, comparator=cmp_, per_year=bool(per), horizon_year=y)]


def p_supplementary():
    n = R.choice([2, 3, 4, 5]); m = R.choice([10, 12, 15, 20]); y = R.choice(FUTURE_YEARS)
    noun = R.choice(["marchés réservés", "marchés", "chantiers d'insertion"])
    unit = "marchés" if noun.startswith("marchés") else "chantiers"
    per = R.choice(["chaque année", "par an"])
    return f"{n} {noun} supplémentaires {per}, soit {m} {noun} en {y}.", [
        rec(n, unit, "increase", "growth_rate", per_year=True), rec(m, unit, horizon_year=y)]


def p_money():
    text, value = R.choice(MONEY); target = R.choice(MONEY_TARGETS); h, y = horizon()
    form = R.choice(["Atteindre un montant minimum de {m} {t} {h}.", "Le montant {t2} devra atteindre {m} {h}.",
                     "Objectif : au moins {m} {t} {h}."])
    t2 = target.replace("d'achats", "des achats").replace("de marchés", "des marchés")
    cmp_ = ">=" if ("minimum" in form or "au moins" in form) else None
    return form.format(m=text, t=target, t2=t2, h=h).replace(" .", "."), [rec(value, "EUR", comparator=cmp_, horizon_year=y)]


def p_factor():
    y = R.choice(FUTURE_YEARS)
    choice = R.choice([("Doubler", 2, "increase"), ("Tripler", 3, "increase"), ("Diviser par deux", 2, "decrease"),
                       ("Multiplier par quatre", 4, "increase"), ("Diviser par 3", 3, "decrease")])
    thing = R.choice(["le nombre de marchés attribués à des SIAE", "les achats de produits issus du commerce équitable",
                      "la quantité de déchets de chantier non valorisés", "le volume de plastique à usage unique acheté"])
    base = R.choice(["", " par rapport à 2022"])
    return f"{choice[0]} {thing} d'ici {y}{base}.", [rec(choice[1], "x", choice[2], "relative_change", horizon_year=y,
                                                        baseline_year=2022 if base else None)]


def p_words():
    word, n = R.choice(WORDS); noun, rest = R.choice(COUNTS[1:]); y = R.choice(FUTURE_YEARS)
    form = R.choice(["{W} {n} {r} seront comptabilisés d'ici {y}.", "Au moins {w} {n} {r} en {y}.",
                     "Le Département visera {w} {n} {r} à l'horizon {y}."])
    cmp_ = ">=" if "moins" in form else None
    return form.format(W=word.capitalize(), w=word, n=noun, r=rest, y=y), [rec(n, noun, comparator=cmp_, horizon_year=y)]


def p_fraction():
    word, v = R.choice([("la moitié", 50), ("un tiers", 33.33), ("un quart", 25), ("les trois quarts", 75)])
    y = R.choice(FUTURE_YEARS); s = R.choice(RATE_SUBJECTS)
    form = R.choice(["Au moins {w} des {s} d'ici {y}.", "L'objectif est que {w} des {s} soit atteint en {y}."])
    cmp_ = ">=" if "moins" in form else None
    return form.format(w=word, s=s, y=y), [rec(v, "%", comparator=cmp_, horizon_year=y)]


def p_range():
    a, b = R.choice([(20, 30), (10, 15), (40, 50), (5, 8)]); y = R.choice(FUTURE_YEARS)
    thing = R.choice(["le taux d'incorporation de matériaux recyclés", "la part des produits locaux",
                      "la part du budget consacrée aux clauses sociales"])
    form = R.choice(["{t} sera compris entre {a} et {b} % en {y}.", "{t} devra atteindre de {a} à {b} % d'ici {y}."])
    text = form.format(t=thing, a=a, b=b, y=y)
    return text[0].upper() + text[1:], [rec(a, "%", value_max=b, horizon_year=y)]


def p_limit():
    v = R.choice([5, 10, 15]); y = R.choice(FUTURE_YEARS)
    thing = R.choice(["la part des factures payées en retard", "la part des produits à usage unique",
                      "la part des déchets enfouis"])
    verb = R.choice(["Limiter à", "Plafonner à"])
    return f"{verb} {pct(v)} {thing} d'ici {y}.", [rec(v, "%", comparator="<=", horizon_year=y)]


def p_maintain():
    v = R.choice([50, 60, 90, 100]); s = R.choice(RATE_SUBJECTS)
    form = R.choice(["Maintenir à au moins {p} la part des {s}.", "La part des {s} sera maintenue à {p} au moins."])
    return form.format(p=pct(v), s=s), [rec(v, "%", "maintain", comparator=">=")]


def p_contre():
    v = R.choice([40, 50, 70]); b = R.choice([8, 12, 18]); y = R.choice(FUTURE_YEARS); a = R.choice(AUTH)
    s = R.choice(RATE_SUBJECTS); yb = R.choice(PAST_YEARS)
    form = R.choice(["{a} vise {v} de {s} en {y}, contre {b} en {yb}.", "{a} vise {v} de {s} en {y}, contre {b} aujourd'hui."])
    return form.format(a=a, v=pct(v), s=s, y=y, b=pct(b), yb=yb), [
        rec(v, "%", horizon_year=y, baseline_value=b, baseline_year=yb if "en {yb}" in form else None)]


def p_passer():
    a, b = R.choice([(38, 50), (12, 20), (3, 10)]); y = R.choice(FUTURE_YEARS)
    noun = R.choice(["collèges", "communes", "structures", "lycées"])
    return f"Le nombre de {noun} adhérents au groupement passera de {a} à {b} d'ici {y}.", [
        rec(b, noun, "increase", horizon_year=y, baseline_value=a)]


def p_points():
    v = R.choice([2, 3, 5]); y = R.choice(FUTURE_YEARS)
    return (f"Le taux de sortie en emploi durable devra progresser de {v} points par an jusqu'en {y}.",
            [rec(v, "points", "increase", "growth_rate", per_year=True, horizon_year=y)])


def p_objectif_que():
    v = R.choice([80, 90, 100]); w = R.choice([50, 60]); y = R.choice(FUTURE_YEARS)
    return (f"L'objectif est que {v} % des acheteurs et {w} % des prescripteurs aient suivi une formation d'ici {y}.",
            [rec(v, "%", horizon_year=y), rec(w, "%", horizon_year=y)])


def p_multi():
    a, b, c, d = 55, 30, 60, 35; y1, y2 = 2026, 2028
    return (f"L'objectif est d'atteindre {a} % de produits durables et {b} % de produits biologiques en {y1}, puis {c} % et {d} % en {y2}.",
            [rec(a, "%", horizon_year=y1), rec(b, "%", horizon_year=y1), rec(c, "%", horizon_year=y2), rec(d, "%", horizon_year=y2)])


def p_scope_threshold():
    v = R.choice([90, 95, 100]); t, _ = R.choice([("90 000 € HT", 0), ("215 000 € HT", 0), ("1 M€ HT", 0), ("40 000 €", 0)])
    y = R.choice(FUTURE_YEARS)
    return (f"D'ici {y}, {v} % des marchés d'un montant supérieur à {t} comporteront une clause sociale.",
            [rec(v, "%", horizon_year=y)])


def p_ratio():
    a, b = R.choice([("Huit", 80), ("Neuf", 90), ("Sept", 70)]); y = R.choice(FUTURE_YEARS)
    return (f"{a} marchés de services sur dix comporteront une clause de continuité d'ici {y}.", [rec(b, "%", horizon_year=y)])


def p_zero():
    y = R.choice(FUTURE_YEARS)
    thing = R.choice(["plastique à usage unique dans les achats de restauration", "produit phytosanitaire de synthèse dans les marchés d'entretien"])
    return f"Objectif zéro {thing} d'ici {y}.", [rec(0, "%" if False else "count", "reach", "absolute", horizon_year=y)]


def p_table():
    header = R.choice([["Indicateur", "Valeur de référence (2022)", "Cible 2028"],
                       ["Indicateur", "Situation 2023", "Objectif 2027"],
                       ["Indicateur", "Référence", "Cible"]])
    s = R.choice(RATE_SUBJECTS); base, target = R.choice([(12, 25), (22, 35), (40, 60), (5, 15)])
    by = {"Valeur de référence (2022)": 2022, "Situation 2023": 2023}.get(header[1])
    ty = {"Cible 2028": 2028, "Objectif 2027": 2027}.get(header[2])
    return ("\t".join([f"Part des {s}", f"{base} %", f"{target} %"]),
            [rec(target, "%", horizon_year=ty, baseline_year=by, baseline_value=base)], header)


def p_table_count():
    header = ["Indicateur", "Valeur de référence (2022)", "Cible 2028"]
    noun, rest = R.choice([("heures", "d'insertion réalisées par an"), ("marchés", "réservés"), ("agents", "formés")])
    base, target = R.choice([(431000, 500000), (3, 15), (120, 300)])
    per = "par an" in rest
    return ("\t".join([f"Nombre d'{noun} {rest}" if noun[0] in "aeiouh" else f"Nombre de {noun} {rest}", fmt_int(base), fmt_int(target)]),
            [rec(target, noun, per_year=per, horizon_year=2028, baseline_year=2022, baseline_value=base)], header)


POSITIVE: dict[str, Callable] = {
    "porter": p_porter, "future_share": p_future_share, "engage": p_engage, "bullet": p_bullet, "reduce": p_reduce,
    "nominal_reduce": p_nominal_reduce, "growth": p_growth, "count_year": p_count_year, "supplementary": p_supplementary,
    "money": p_money, "factor": p_factor, "words": p_words, "fraction": p_fraction, "range": p_range, "limit": p_limit,
    "maintain": p_maintain, "contre": p_contre, "passer": p_passer, "points": p_points, "objectif_que": p_objectif_que,
    "multi": p_multi, "scope_threshold": p_scope_threshold, "ratio": p_ratio, "table": p_table, "table_count": p_table_count,
}


# ---------------------------------------------------------------- trap frames (no target: records = [])
def t_result():
    yp = R.choice(PAST_YEARS); v = R.choice([18, 22, 37.4, 48]); s = R.choice(RATE_SUBJECTS); n = R.choice([96400, 431000, 612000])
    return R.choice([
        f"En {yp}, {pct(v)} des {s.split(' ', 1)[1] if s.startswith('marchés') else s} ont été notifiés.",
        f"En {yp}, {fmt_int(n)} heures d'insertion ont été réalisées, soit une hausse de {pct(18)} par rapport à {yp - 1}.",
        f"La part des {s} est passée de {pct(12)} en {yp - 2} à {pct(v)} en {yp}.",
        f"{pct(v)} des {s} en {yp}.".capitalize() if False else f"En {yp} : {fmt_int(n)} heures d'insertion, 1 260 personnes bénéficiaires.",
        f"Le premier schéma a permis de réaliser {fmt_int(n)} heures d'insertion entre 2019 et 2023.",
        f"La restauration scolaire a atteint un taux de {pct(v)} de produits biologiques en {yp}.",
        f"L'objectif de 80 000 heures par an fixé par le précédent schéma a été dépassé dès {yp}.",
    ])


def t_budget():
    m, _ = R.choice(MONEY)
    return R.choice([f"Un budget de {m} sur cinq ans est consacré au financement des facilitateurs.",
                     f"L'enveloppe annuelle de {m} est mobilisée pour accompagner les structures.",
                     f"Le coût annuel de l'action est estimé à {m}, cofinancé par le Fonds social européen.",
                     f"Les crédits consacrés au plan de formation s'élèvent à {m}."])


def t_volume():
    return R.choice(["Le montant total des achats de la collectivité s'élève à 412 M€ HT par an.",
                     "La Métropole consacre chaque année plus de 210 millions d'euros à ses achats.",
                     "En 2023, le montant total des marchés notifiés s'est élevé à 212,4 M€ HT.",
                     "Les achats représentent 38 % du budget de fonctionnement de la Ville.",
                     "Chaque année, 3 850 marchés et accords-cadres sont notifiés, dont 1 140 marchés de travaux."])


def t_legal():
    return R.choice([
        "L'article L. 2111-3 du code de la commande publique impose aux collectivités dont le montant annuel des achats est supérieur à 50 millions d'euros HT d'adopter un schéma.",
        "Le décret n° 2022-767 du 2 mai 2022 précise le contenu des indicateurs.",
        "La loi n° 2021-1104 du 22 août 2021 dite « Climat et résilience » renforce ces obligations.",
        "La loi EGalim impose une part minimale de 50 % de produits durables et de qualité, dont au moins 20 % de produits biologiques.",
        "Conformément à l'article L. 2113-12, les marchés peuvent être réservés aux ESAT et aux entreprises adaptées.",
        "Le délai global de paiement est fixé à trente jours par l'article R. 2192-10 du code de la commande publique.",
        "La loi AGEC fixe une part minimale de 20 % de produits issus du réemploi pour certaines catégories d'achats.",
        "Les entreprises de plus de 50 salariés sont soumises à l'obligation d'emploi de travailleurs handicapés de 6 %.",
    ])


# Legal quotas that set a level for purchases count as objectives (the real-text conventions of
# ../shared/data/spaser-real-dev/): these two legal sentences carry records, though written as traps.
_QUOTAS = {
    "La loi EGalim impose une part minimale de 50 %": [
        rec(50, "%", comparator=">="), rec(20, "%", comparator=">=")],
    "La loi AGEC fixe une part minimale de 20 %": [rec(20, "%", comparator=">=")],
}


def _legal_quota(text: str) -> list[dict]:
    return next((list(records) for start, records in _QUOTAS.items() if text.startswith(start)), [])


def t_threshold():
    return R.choice(["Les marchés d'un montant supérieur à 90 000 € HT font l'objet d'une analyse préalable.",
                     "Chaque marché de plus de 1 M€ HT est présenté en commission.",
                     "Au-delà de 215 000 € HT, une procédure formalisée est obligatoire.",
                     "Les marchés d'un montant inférieur à 40 000 € HT représentent la majorité des procédures."])


def t_period():
    return R.choice(["Le SPASER 2022-2026 de la Ville a été adopté en conseil municipal.",
                     "Le présent schéma couvre la période 2024-2028.",
                     "Schéma de promotion des achats socialement et écologiquement responsables 2023-2027",
                     "Une révision à mi-parcours est prévue en 2026.",
                     "Adopté par délibération n° 23-CR-118 du 14 décembre 2023."])


def t_counts():
    return R.choice(["Le schéma s'articule autour de 4 axes, 11 objectifs et 24 actions.",
                     "Un schéma élaboré avec 214 participants lors de 9 ateliers territoriaux.",
                     "La consultation en ligne a recueilli 76 contributions, dont 31 émanant d'entreprises.",
                     "Le schéma comporte quatre axes, quinze objectifs stratégiques et vingt-deux fiches actions.",
                     "Le comité de pilotage se réunit au moins une fois par an.",
                     "Les indicateurs seront publiés tous les deux ans sur le site internet.",
                     "Axe 2 – Réduire l'empreinte environnementale des achats",
                     "Objectif 1.2 – Développer les marchés réservés",
                     "Action 2.1.3 – Verdir la flotte et le transport",
                     "Voir la fiche action n° 12, page 34."])


def t_keyfigures():
    v = R.choice([48, 62, 37.4]); n = R.choice([431000, 3850])
    return R.choice([f"{pct(v)} des marchés attribués à des TPE et PME.", f"{fmt_int(n)} heures d'insertion réalisées grâce aux clauses sociales.",
                     "412 M€ HT d'achats réalisés par la Région et ses 118 lycées publics.",
                     "96 000 tCO2e : émissions liées aux achats en 2019, année de référence.",
                     "Travaux : 41 % des émissions liées aux achats ; transport : 22 % ; restauration : 14 %."])


def t_projection():
    return R.choice(["Sur la base du montant constaté en 2023, cette progression conduirait à un montant d'environ 6,2 M€ HT en 2028.",
                     "Les 54 collèges publics servent environ 3,6 millions de repas par an.",
                     "Le service hivernal consomme en moyenne 9 800 tonnes de sel par saison.",
                     "L'économie sociale et solidaire représente 11,4 % de l'emploi salarié privé, soit environ 8 200 emplois."])


def t_people():
    return R.choice(["Ces heures ont bénéficié à 412 personnes, dont 61 % de bénéficiaires du RSA.",
                     "« J'ai signé un CDI après 18 mois de parcours. » — Samir, 29 ans, salarié d'une entreprise d'insertion.",
                     "Le service achats compte 42 agents répartis dans 6 directions.",
                     "Les femmes n'ont représenté que 14 % des bénéficiaires des clauses en 2022."])


def t_table_total():
    header = ["Catégorie d'achat", "Nombre de marchés", "Montant (M€ HT)", "Part du montant"]
    row = R.choice([["Total", "1 064", "212,4", "100 %"], ["Travaux", "286", "123,2", "58 %"], ["Services", "412", "57,3", "27 %"]])
    return "\t".join(row), header


TRAPS: dict[str, Callable] = {
    "result": t_result, "budget": t_budget, "volume": t_volume, "legal": t_legal, "threshold": t_threshold,
    "period": t_period, "counts": t_counts, "keyfigures": t_keyfigures, "projection": t_projection, "people": t_people,
    "table_total": t_table_total,
}
# Frames held out for the test split (never looked at while writing rules).
TEST_FRAMES = {"engage", "nominal_reduce", "words", "contre", "objectif_que", "ratio", "table_count",
               "maintain", "people", "projection", "threshold"}
COUNTS_PER_FRAME = {"multi": 3, "points": 6, "objectif_que": 6, "passer": 6, "ratio": 6, "scope_threshold": 8}


def _noisy(text: str, index: int) -> str:
    try:
        from spaser_nlp.clean.noise import NoiseModel
    except ImportError:  # pragma: no cover
        return text
    return NoiseModel(seed=index, word_error_rate=0.15, garbage_line_rate=0.0, stray_rate=0.0).apply(text)


def build() -> list[dict]:
    items: list[dict] = []
    seen: set[str] = set()

    def add(frame: str, text: str, records: list, header: list | None, trap: bool, style: str) -> None:
        if text in seen:
            return
        seen.add(text)
        split = "test" if frame in TEST_FRAMES else ("dev" if int(hashlib.sha1(text.encode()).hexdigest(), 16) % 3 else "test")
        item = {"id": f"o{len(items) + 1:04d}", "frame": frame, "style": style, "split": split, "text": text,
                "trap": trap, "records": records}
        if header:
            item["header"] = header
        items.append(item)

    for frame, make in POSITIVE.items():
        for _ in range(COUNTS_PER_FRAME.get(frame, 12)):
            out = make()
            text, records = out[0], out[1]
            header = out[2] if len(out) > 2 else None
            style = "table" if header else ("ocr" if R.random() < 0.2 else "clean")
            if style == "ocr":
                text = _noisy(text, len(items))
            add(frame, text, records, header, False, style)
    for frame, make in TRAPS.items():
        for _ in range(30):
            out = make()
            text, header = (out if isinstance(out, tuple) else (out, None))
            style = "table" if header else ("ocr" if R.random() < 0.2 else "clean")
            if style == "ocr":
                text = _noisy(text, len(items))
            quota = _legal_quota(text)
            add(frame, text, quota, header, not quota, style)
    for index, (text, records, trap) in enumerate(handwritten()):
        add("handwritten", text, records, None, trap, "clean")
        if trap and index % 3 == 0:  # an OCR-damaged twin for a third of the handwritten traps
            add("handwritten", _noisy(text, 1000 + index), records, None, trap, "ocr")
    return items


def _record_spec(spec: str) -> dict:
    parts = spec.split()
    value, unit, direction, kind = float(parts[0]), parts[1], parts[2], parts[3]
    options = dict(p.split("=", 1) for p in parts[4:] if "=" in p and not p.startswith((">", "<")))
    return rec(value, unit, direction, kind,
               value_max=float(options["max"]) if "max" in options else None,
               comparator=">=" if ">=" in parts else "<=" if "<=" in parts else None,
               per_year="py" in parts, horizon_year=int(options["h"]) if "h" in options else None,
               baseline_year=int(options["b"]) if "b" in options else None,
               baseline_value=float(options["bv"]) if "bv" in options else None)


def handwritten() -> list[tuple[str, list[dict], bool]]:
    items = []
    for line in (HERE / "handwritten.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split(" | ")]
        if fields[0] == "T":
            items.append((fields[1], [], True))
        else:
            items.append((fields[1], [_record_spec(s) for s in fields[2].split(" ; ")], False))
    return items


def main() -> None:
    items = build()
    with (HERE / "gold.jsonl").open("w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    traps = sum(i["trap"] for i in items)
    test = sum(i["split"] == "test" for i in items)
    print(f"{len(items)} items, {traps} traps, {test} test / {len(items) - test} dev")


if __name__ == "__main__":
    main()
