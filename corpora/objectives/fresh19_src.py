"""Nineteenth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh19.jsonl).

Collected in issue 15's twentieth pass, blind to what the extractor gets wrong (no error listing, first score or error
table read, the extractor never run on these passages), to measure it on text nobody here had read. Pages of public
bodies only: communes (municipal blogs, canteen and energy pages), intercommunalités and their climate plans, parcs
naturels régionaux (syndicats mixtes), regional consultative assemblies, départements, établissements publics and
universities; with traps: results of the past, statistics, budgets, counts, dates, durations, legal thresholds,
forecasts. Pages of sites that neither the shared dev set, nor any training passage (``corpora/real``, the collected
set), nor an earlier fresh set uses (the build checks). Labelled with the conventions of the shared real dev set.
Every passage is copied word for word from the opening of a public web page as the project's search tool stored it,
cited by its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, GOV, NRJ, PME

BIO = "biodiversite"


def load(S, P, Q) -> None:

    S("https://blog.ville-poussan.fr/?p=123889", "Plan Climat Air Énergie Territorial (blog de la Ville de Poussan)")
    P("Elle s’inscrit dans le cadre des dispositions de la loi du 17 août 2015 relative à la transition énergétique pour la croissance verte, selon lesquelles les EPCI de plus de 20 000 habitants, sont désignés coordinateurs de la transition énergétique sur leur territoire.",
      [ENV, NRJ], non=["17 août 2015", "20 000"], notes="Date de loi et seuil de population (piège).")
    P("La construction du PCAET fera l’objet dès 2019 d’une large concertation avec les acteurs du territoire. Une fois adopté, il sera mis en œuvre pour une durée de 6 ans.",
      [ENV, GOV], non=["2019", "6 ans"], notes="Calendrier et durée du plan (piège).")

    S("http://www.parc-ballons-vosges.fr/comprendre/quest-ce-quun-parc/charte/", "La charte (Parc naturel régional des Ballons des Vosges)")
    P("La France compte 58 Parcs naturels régionaux (56 métropolitains et 2 ultramarins).",
      [BIO], non=["58", "56", "2"], notes="Dénombrement (piège).")
    P("Elle permet d’assurer la cohérence et la coordination des actions menées sur le territoire du Parc par les diverses collectivités publiques.  Elle a une validité de 12 ans.",
      [GOV], non=["12 ans"], notes="Durée de validité de la charte (piège).")

    S("https://www.parc-naturel-briere.com/le-parc/la-charte/", "La charte (Parc naturel régional de Brière)")
    P("Depuis 2012, les Parcs naturels régionaux doivent réaliser une évaluation à mi-parcours de la Charte. Elle permet de faire un bilan, elle est une aide pour la réorientation des priorités en lien avec l’évolution du territoire.",
      [GOV], non=["2012"], notes="Obligation d'évaluation sans valeur cible ; « depuis 2012 » : date (piège).")

    S("https://ceser-nouvelle-aquitaine.fr/publication/sraddet-une-strategie-decliner-dans-les-politiques-et-les-territoires", "SRADDET : une stratégie à décliner dans les politiques et les territoires (CESER Nouvelle-Aquitaine)")
    P("Le Conseil régional a engagé la procédure de révision du Schéma Régional, d’Aménagement, de Développement Durable et d’Egalité des Territoires (SRADDET) pour, notamment prendre en compte  des évolutions législatives et réglementaires récentes sur trois domaines :",
      [GOV], non=["trois"], notes="Compte de domaines (piège).")
