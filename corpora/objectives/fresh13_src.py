"""Thirteenth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh13.jsonl).

Collected in issue 15's fourteenth pass, blind to what the extractor gets wrong (no error listing, first score or error
table read, the extractor never run on these passages), to measure it on text nobody here had read. Pages of public
bodies only (communes, départements, régions, intercommunalités, métropoles, syndicats, ministries and gouv.fr sites,
établissements publics, hospitals, universities, their deliberations, SPASER pages, plans and reports) and traps:
results of the past, statistics and surveys, budgets, counts, dates, thresholds, forecasts. Pages of sites that neither
the shared dev set, nor any training passage (``corpora/real``, the collected set), nor an earlier fresh set uses (the
build checks). Labelled with the conventions of the shared real dev set; never run through the extractor here (the
lead scores it). Every passage is copied from the opening of a public web page as the project's search tool stored it,
cited by its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, ESS, GOV, HAND, NRJ, PME

SANTE = "sante"
BIO = "biodiversite"
EGAL = "egalite_femmes_hommes"
NUM = "numerique_responsable"
INNO = "achats_innovants"
TRAV = "conditions_de_travail"
EQUI = "commerce_equitable"


def load(S, P, Q) -> None:

    S("https://paris.fr/actualites/un-plan-alimentation-durable-pour-paris-2705", "Le Plan Alimentation durable, qu'est-ce que c'est ? (Ville de Paris)")
    P("Le nouveau Plan Alimentation durable 2022-2027, adopté en juin 2022 en Conseil de Paris, fixe des objectifs ambitieux pour une restauration collective municipale 100 % bio et durable : 75 % de denrées labellisées bio, 100 % de produits de saison et 50 % produites à moins de 250 km de Paris, notamment.",
      [ALIM, PME], objs=[Q(100, subject="restauration collective municipale bio et durable", themes=(ALIM,)),
                         Q(75, subject="denrées labellisées bio", themes=(ALIM,)),
                         Q(100, subject="produits de saison", themes=(ALIM,)),
                         Q(50, subject="denrées produites à moins de 250 km de Paris", themes=(ALIM, PME))],
      non=["2022-2027", "juin 2022", "250 km"], notes="Objectifs du plan ; « 100 % bio et durable » est l'ambition d'ensemble (étiquetée, mais proche d'un slogan) ; 250 km est un seuil de définition ; la période du plan n'est pas un horizon.", ambiguous=True)
    P("Les deux précédents Plans ont permis de passer d'un taux de 8 % de denrées durables dans les assiettes des cantines parisiennes en 2008 à 53 % en 2019, dont 46,2 % d’alimentation biologique, ce qui fait de Paris le premier acheteur public de denrées labélisées agriculture biologique.",
      [ALIM], non=["8 %", "2008", "53 %", "2019", "46,2 %"], notes="Progression passée (« ont permis de passer de … à ») : piège.")

    S("https://a06-v7.apps.paris.fr:443/a06/jsp/site/Portal.jsp?page=ods-solr.display_document&id_document=164387&items_per_page=20&sort_name=&sort_order=&terms=&query=&fq=seance_string%3ADECEMBRE%202021", "2021 DFA 72 - Adoption du deuxième Schéma parisien de la commande publique responsable (Conseil de Paris, débat)")
    P("Elle représente très concrètement pas moins de 3 milliards d?euros annuels, dont 1,6 milliard d?euros pour les marchés publics et 1,4 milliard d?euros pour les contrats de concession.",
      [], non=["3 milliards d?euros", "1,6 milliard d?euros", "1,4 milliard d?euros"], notes="Volume de la commande publique (piège) ; apostrophes rendues « ? » dans la source, gardées.")

    S("http://a06.apps.paris.fr/a06/jsp/site/Portal.jsp?page=ods-solr.display_document&id_document=131216&items_per_page=20&sort_name=&sort_order=&terms=&query=&fq=seance_string%3AJUIN%202016&fq=type%3AD%C3%A9bat&fq=conseil_string%3AConseil%20municipal", "2016 DFA 6 - Café, thé et sucre 100 % issus de l'agriculture biologique et/ou du commerce équitable (Conseil de Paris, débat)")
    P("2016 DFA 6 - Café, thé et sucre 100 % issus de l'agriculture biologique et/ou du commerce équitable, et de consommables - Accord cadre de fournitures - Modalités de passation.",
      [ALIM, EQUI], objs=[Q(100, subject="café, thé et sucre issus de l'agriculture biologique ou du commerce équitable")],
      non=["2016", "6"], notes="Intitulé de délibération : exigence d'un accord-cadre à venir (100 %), traitée comme objectif comme les clauses de marché du dev set ; numéro et année de la délibération : pièges.", ambiguous=True)

    S("http://m.missioncapitale.paris.fr/nos-rendez-vous_n73/achats-responsables", "Achats responsables (Mission Capitale, Ville de Paris)")
    P("Le schéma de promotion des achats socialement et écologiquement responsables est une obligation pour les collectivités dont les achats sont supérieurs à 100 M€ par an. Paris a donc adopté le sien en février 2016, conformément à la réglementation.",
      [GOV], non=["100 M€", "février 2016"], notes="Seuil légal et date d'adoption (piège).")

    S("https://encommun.montpellier.fr/index.php/articles/2024-11-05-montpellier-la-cantine-sengage-retrouvez-les-menus-de-ce-mois-de-novembre?field_lieux_target_id=33&field_thematiques_target_id=45", "Montpellier, la cantine s'engage : retrouvez les menus de ce mois de novembre (Ville de Montpellier)")
    P("C’est pourquoi la Ville de Montpellier a augmenté de 22% son budget consacré aux achats alimentaires et tend vers un objectif de 100% de produits bio et/ou locaux dans les écoles d’ici 2026.",
      [ALIM, PME], objs=[Q(100, horizon=2026, subject="produits bio ou locaux dans les écoles", themes=(ALIM,))],
      non=["22%"], notes="« a augmenté de 22% » : hausse de budget déjà faite (piège) ; « objectif de 100% … d'ici 2026 » : cible datée.")

    S("https://www.ratp.fr/groupe-ratp/achats-responsables/nos-actions-rse", "Achats responsables : nos actions RSE (Groupe RATP, établissement public)")
    P("Pour atteindre ces objectifs, les acheteurs assurent une veille du marché fournisseurs pour capter les solutions innovantes, ils intègrent des exigences environnementales et des critères RSE dans les consultations. En 2016, 27% des consultations ont intégré des exigences environnementales.",
      [ENV], non=["2016", "27%"], notes="Résultat d'une année passée (piège) ; « pour atteindre ces objectifs » renvoie à des objectifs non chiffrés du paragraphe précédent.")
    P("Les achats participent également aux projets phares de la RATP en matière d’environnement tel que le plan Bus 2025 avec l’acquisition de bus électriques et au biogaz, la construction de bâtiments HQE ou encore le plan de végétalisation des toitures de Paris.",
      [ENV, NRJ], non=["2025"], notes="Année dans le nom d'un plan (« plan Bus 2025 ») : pas un horizon ; pas de valeur cible (piège).")

    S("https://archives.defense.gouv.fr/actualites/la-reforme/dossier-achats-la-performance-passe-aussi-par-les-pme.html", "Dossier achats : la performance passe aussi par les PME (ministère de la Défense)")
    P("L'enjeu est de taille puisque le ministère de la Défense représente plus du tiers des objectifs de performance économique que l'Etat s'est engagé à réaliser sur ses achats.",
      [PME], non=["plus du tiers"], notes="Part du ministère dans des objectifs d'économies de l'État : constat, pas une cible chiffrée (piège).", ambiguous=True)
    P("Il consacre environ 4 milliards d'euros par an aux achats hors armement (soit 33% de ses achats totaux).",
      [], non=["4 milliards d'euros", "33%"], notes="Volume et part d'achats (piège) ; « par an » décrit une dépense, pas une cible.")
