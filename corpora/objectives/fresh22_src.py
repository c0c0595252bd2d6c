"""Twenty-second set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh22.jsonl).

Collected in issue 15's twenty-third pass, blind to what the extractor gets wrong (no error listing, first score or
error table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages
of the State, national public bodies and networks only: ministries' and Parliament's texts as published, State
services, hospitals and their networks, universities, engineering and national schools, Crous, chambers of trade,
public-purchasing networks and associations of the field; about public purchasing and the targets it is measured
against (PNAD, EGalim in collective catering, fleets, sobriété énergétique and décret tertiaire, carbon trajectories
of establishments, insertion clauses, access of SMEs) and traps: results of the past, statistics and surveys,
budgets, counts, dates, legal thresholds and references. No local authority's page, no press, no company. Pages of
sites that neither the shared dev set, nor any training passage (``corpora/real``, the collected set, the theme
sets), nor an earlier fresh set uses (the build checks). Labelled with the conventions of the shared real dev set;
never run through the extractor here (the lead scores it). Every passage is copied from the opening of a public web
page as the project's search tool stored it, cited by its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, ESS, GOV, HAND, NRJ, PME

SANTE = "sante"
BIO = "biodiversite"
NUM = "numerique_responsable"
INNO = "achats_innovants"


def load(S, P, Q) -> None:

    S("https://entpe.fr/bilan-carbone-2022-de-lentpe-une-baisse-significative-depuis-2019", "Bilan carbone 2022 de l'ENTPE : une baisse significative depuis 2019 (ENTPE)")
    P("Son deuxième bilan carbone portant sur l'année 2022 indique une baisse des émissions de GES depuis 2019 (-18,75%).",
      [ENV], non=["2022", "2019", "-18,75%"], notes="Résultat mesuré entre deux bilans (piège).")
    P("L’ENTPE prévoit d’adopter de nouvelles mesures pour atteindre son objectif d’émissions de GES : leur diminution de 50% en 2030 par rapport à 2019.",
      [ENV], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2019, subject="émissions de GES de l'école")],
      notes="« diminution de 50% en 2030 par rapport à 2019 » : baisse relative, horizon et année de référence écrits.")

    S("https://portail.polytechnique.edu/fxconseil/actualites/developpement-durable-engagements-tenus-objectif-neutralite-carbone", "Développement durable : engagements tenus, objectif neutralité carbone (École polytechnique)")
    P("Lors du colloque international « Réflexions : Chercher, former et agir pour le développement durable », l’École a pris cinq engagements majeurs qui sont désormais partie intégrante de sa stratégie :",
      [GOV], non=["cinq"], notes="Nombre d'engagements (piège).")
    P("*La formation de 100% de ses élèves au développement durable.",
      [ENV], objs=[Q(100, subject="élèves formés au développement durable")],
      notes="Un des engagements de l'école, écrit comme une cible ; la page dit ensuite l'engagement tenu en 2020, mais le passage seul énonce l'engagement.", ambiguous=True)

    S("https://www.enssib.fr/en/node/55552", "Schéma directeur Développement durable et responsabilité sociétale 2025-2030 (Enssib)")
    P("Nous vous l’annoncions dès le mois de mars : l’Enssib a présenté son projet de Schéma directeur « Développement durable et responsabilité sociétale » (DD-RSE) 2025 – 2030 à son Conseil d’administration réuni le 13 mars 2025, qui l’a adopté à l’unanimité.",
      [GOV], non=["2025 – 2030", "13 mars 2025"], notes="Adoption du schéma : période et date (piège).")

    S("https://www.crous-paris.fr/se-restaurer/nos-engagements-qualites/", "Nos engagements qualité (Crous de Paris)")
    P("80% des achats alimentaires et péri alimentaires du Crous de Paris relèvent de la centrale d’achats nationale des Crous.",
      [ALIM], non=["80%"], notes="Constat sur l'organisation des achats (piège).")
    P("Le poisson servi dans le restaurant universitaire est issu d’une pêche responsable à 68% (labels MSC, GAP…)",
      [ALIM], non=["68%"], notes="Part actuelle, constat (piège).")
    P("Les viandes fraiches de porc et de volaille sont issues de la filière BBC Bleu Blanc Coeur (enrichie aux omégas 3 et meilleure pour la santé) et 100% France",
      [ALIM], non=["3", "100%"], notes="Description de l'approvisionnement actuel (piège) ; « 100% France » décrit l'existant.")

    S("https://www.reseau-chu.org/article/environnement-lengagement-du-chu-de-toulouse/", "Environnement : l’engagement du CHU de Toulouse (Réseau CHU)")
    P("En 2010, le CHU de Toulouse a dépensé 10,3 millions d’euros en électricité, gaz et eau.",
      [NRJ], non=["2010", "10,3 millions d’euros"], notes="Dépense passée (piège).")

    S("https://blog.cma82.fr/2022/12/02/enquete-artisans-et-marches-publics-aupres-des-collectivites/", "Enquête artisans et marchés publics auprès des collectivités (Chambre de Métiers et de l’Artisanat de Tarn-et-Garonne)")
    P("- Nous constatons que le moyen de diffusion le plus largement utilisé (80%) pour les commandes inférieures à 90 000€ est la sollicitation directe des entreprises de leur territoire.",
      [PME], non=["80%", "90 000€"], notes="Résultat d'enquête et seuil (piège).")
    P("- Enfin, les offres d’entreprises artisanales locales sont un enjeu pour une très large majorité de collectivités. 60% d’entre elles ont par ailleurs déjà mis en place des actions pour favoriser ces réponses, avec plus ou moins de succès car seulement 40% envisagent de programmer de nouvelles actions en ce sens.",
      [PME], non=["60%", "40%"], notes="Résultats d'enquête (piège).")

    S("https://www.mden-reunion.fr/general/marches-publics-circulaire-insertion/", "Marchés publics : circulaire et insertion (Maison de l'emploi du Nord de La Réunion)")
    P("Une circulaire interministérielle du 29 décembre 2009 relative au guide de bonnes pratiques en matière de marchés publics, parue au Journal officiel du jeudi 31 décembre 2009, précise les trois principaux objectifs que doivent viser les clauses sociales prévues dans le cadre des marchés publics :",
      [CS], non=["29 décembre 2009", "31 décembre 2009", "trois"], notes="Dates de la circulaire et nombre d'objectifs (piège).")

    S("https://pms.becquerel.fr/projet-dequipement/", "Projet d’équipement (Centre Henri Becquerel, projet médico-scientifique)")
    P("La politique d’achat des équipements se poursuivra sur la période 2022-2026 avec une attention particulière, comme sur la période précédente, à l’innovation et les technologies de pointe, de manière différenciante.",
      [INNO], objective=True, non=["2022-2026"], notes="Orientation qualitative d'achat (innovation) sur la période du projet : objectif non chiffré ; la période n'est pas un horizon.", ambiguous=True)
