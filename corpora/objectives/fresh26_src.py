"""Twenty-sixth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh26.jsonl).

Collected in issue 15's twenty-seventh pass, blind to what the extractor gets wrong (no error listing, first score or
error table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages
of the State, national public bodies and their networks only: support missions and federations of hospitals (MAPES
Pays de la Loire, FHP-MCO, Unicancer), networks and associations of the field, State operators and public
establishments; about purchasing and operating targets and traps: results of the past, statistics and surveys,
budgets, counts, dates and thresholds. No local authority's page, no press, no company. Pages of sites that neither
the shared dev set, nor any training passage (``corpora/real``, the collected set, the theme model's training file),
nor an earlier fresh set or theme set uses (the build checks the first ones; the theme sets' hosts were checked by
hand). Labelled with the conventions of the shared real dev set; never run through the extractor here (the lead
scores it). Every passage is copied from the opening of a public web page as the project's search tool stored it,
cited by its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, ESS, GOV, HAND, NRJ, PME

SANTE = "sante"
INNO = "achats_innovants"
NUM = "numerique_responsable"
CT = "conditions_de_travail"
BIO = "biodiversite"
EGAL = "egalite_femmes_hommes"
CE = "commerce_equitable"


def load(S, P, Q) -> None:

    S("https://www.mapes-pdl.fr/domaines-intervention/efficience-developpement-durable/edd-piloter/", "Pilotage de l'efficience et du développement durable (MAPES Pays de la Loire)")
    P("Lancement accompagnement collectif à une préparation à une labellisation RSE avec l’agence LUCIE\n\n  • Janvier à juin 2022\n  • 2 j. formation + 4 j. accompagnement collectif\n  • 17 candidatures\n  • 8 établissements lauréats",
      [GOV], non=["2022", "2 j.", "4 j.", "17", "8"], notes="Calendrier, durées et comptes de candidatures et de lauréats (constats, piège).")
    P("Poursuivre les accompagnements collectifs sur 2 thèmes :\n    >> Démarche stratégique RSE (16 établissements) : appel à candidature à venir\n    >> Décarbonation des activités de santé (10 établissements) : appel à candidature à venir",
      [GOV, ENV], objs=[Q(16, unit="count", kind="absolute", subject="établissements accompagnés dans une démarche stratégique RSE", themes=(GOV,)),
                              Q(10, unit="count", kind="absolute", subject="établissements accompagnés pour la décarbonation des activités de santé", themes=(ENV,))],
      non=["2"], notes="Feuille de route : nombre d'établissements à accompagner (cohortes prévues), lu comme cibles de volume ; « 2 thèmes » est un compte. On pourrait n'y voir que la taille prévue d'un dispositif.", ambiguous=True)

    S("https://fhpmco.fr/campagnes/campagne-fil-vert/rubrique-developpement-durable-du-13h-du-05-03-2019", "94 % des établissements ont une stratégie DD (FHP-MCO, campagne Fil vert)")
    P("Le Comité pour le développement durable en santé (C2DS) publie son Observatoire 2018 (données 2017). Il en ressort que 94 % des établissements sanitaires disposent d’une stratégie en matière de développement durable / responsabilité sociétale. Cette stratégie est formalisée pour 67 % d’entre eux.",
      [GOV], non=["2018", "2017", "94 %", "67 %"], notes="Résultats d'enquête (piège).")
    P("Achats responsables : 54 % des acteurs en place dans les établissements MCO et 67 % des les centres de dialyse sont formés aux achats responsables.",
      [GOV], non=["54 %", "67 %"], notes="Part d'acteurs formés constatée (enquête, piège) ; formation des acheteurs : gouvernance.")
    P("Déchets : 36 % des établissements sanitaires sont engagés dans une démarche de valorisation des déchets, de formation et de sensibilisation du personnel. En moyenne, les établissements sanitaires ont mis en place 11 filières de tri des déchets.",
      [CIRC], non=["36 %", "11"], notes="Constats d'enquête (piège).")
