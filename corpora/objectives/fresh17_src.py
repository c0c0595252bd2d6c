"""Seventeenth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh17.jsonl).

Collected in issue 15's eighteenth pass, blind to what the extractor gets wrong (no error listing, first score or error
table read, the extractor never run on these passages), to measure it on text nobody here had read. Pages of public
bodies only (communes, intercommunalités, départements, régions, syndicats, ministries and gouv.fr sites,
établissements publics, hospitals, universities, social landlords): their news pages, climate and energy plans,
purchasing and canteen pages, activity reports and deliberations; with traps: results of the past, statistics,
budgets, counts, dates, legal thresholds, durations, forecasts. Pages of sites that neither the shared dev set, nor any
training passage (``corpora/real``, the collected set), nor an earlier fresh set uses (the build checks). Labelled with
the conventions of the shared real dev set. Every passage is copied word for word from the opening of a public web
page as the project's search tool stored it, cited by its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, ESS, GOV, HAND, NRJ, PME

SANTE = "sante"
BIO = "biodiversite"
EGAL = "egalite_femmes_hommes"
NUM = "numerique_responsable"
TRAV = "conditions_de_travail"
INNOV = "achats_innovants"
EQUI = "commerce_equitable"


def load(S, P, Q) -> None:

    S("http://www.mairie-douarnenez.fr/mairie/les-services-municipaux/quand-la-ville-roule-propre.html", "Quand la Ville roule propre (Ville de Douarnenez)")
    P("Or, depuis 2017, la loi de transition énergétique impose aux collectivités un taux de 20 % de véhicules légers propres.",
      [ENV], objs=[Q(20, subject="véhicules légers propres dans les flottes des collectivités")],
      non=["2017"], notes="Quota légal pour les flottes des collectivités (au renouvellement) : objectif ; « depuis 2017 » : obligation déjà en vigueur, pas d'horizon.")
    P("« Dès 2013, nous avions acquis un premier véhicule électrique pour le Service informatique, ce qui porte aujourd’hui à 3 le nombre de véhicules propres sur une soixantaine que compte la flotte, rappelle Cédric Bordiec.",
      [ENV], non=["2013", "3", "une soixantaine"], notes="Situation actuelle du parc (piège) ; « porte aujourd'hui à 3 » décrit un résultat.")

    S("https://cc-hautpoitou.fr/amenagement-territoire/developpement-durable/", "Développement durable (Communauté de communes du Haut-Poitou)")
    P("À ce titre, les EPCI (Établissement Public de Coopération Intercommunale) de plus de 20 000 habitants ont pour obligation de mettre en œuvre leur PCAET d’ici fin 2018.",
      [ENV, GOV], non=["20 000", "2018"], notes="Seuil d'assujettissement et échéance d'une obligation de planifier, sans cible chiffrée (piège).", ambiguous=True)
    P("Le PCAET vise 3 objectifs à l’échelle d’un territoire (arrêté du 4 août 2016 relatif au plan climat-air-énergie territorial) :",
      [ENV, GOV], non=["3", "4 août 2016"], notes="Compte d'objectifs et date d'un arrêté (piège).")

    S("https://blog.ville-poussan.fr/?p=123889", "Plan Climat Air Énergie Territorial (Ville de Poussan)")
    P("La construction du PCAET fera l’objet dès 2019 d’une large concertation avec les acteurs du territoire. Une fois adopté, il sera mis en œuvre pour une durée de 6 ans.",
      [ENV, GOV], non=["2019", "6 ans"], notes="Calendrier et durée du plan (piège).")

    S("https://www.ville-acigne.fr/module-Contenus-viewpub-tid-2-pid-61.html", "Énergie et bâtiments communaux (Ville d'Acigné)")
    P("Le ratio par habitant des consommations des bâtiments publics a diminué de 18 % entre 2006 et 2011, malgré la construction de nouveaux équipements importants comme le Triptik ou les extensions (restaurant scolaire, éclairage des nouveaux quartiers).",
      [NRJ], non=["18 %", "2006", "2011"], notes="Baisse déjà obtenue entre deux dates (piège).")

    S("https://syctom-paris.fr/actualites/est-ensemble-et-le-syctom-sengagent-ensemble-dans-la-reduction-des-dechets.html", "Est Ensemble et le Syctom s'engagent ensemble dans la réduction des déchets (Syctom)")
    P("Les 5000 tonnes de déchets ménagers qui entrent chaque jour dans les usines de traitement du Syctom illustrent, s’il en est besoin, l’urgence d’améliorer nos pratiques individuelles et collectives.",
      [CIRC], non=["5000 tonnes"], notes="Volume traité chaque jour (piège).")

    S("https://agrilocal28.fr/page/les-actions-du-departement", "Les actions du Département (Agrilocal 28, Conseil départemental d'Eure-et-Loir)")
    P("Le Conseil départemental est responsable de la restauration scolaire dans 38 collèges.",
      [ALIM], non=["38"], notes="Compte d'établissements (piège).")

    S("https://brezins.fr/environnement/eclairage-public", "Éclairage public (Commune de Brézins)")
    P("Pour un éclairage public nécessaire, suffisant et durable, celui-ci est interrompu sur toute la commune de 23h00 à 6H00 du matin toute l’année.",
      [NRJ], non=["23h00", "6H00"], notes="Horaires d'extinction déjà appliqués (piège).")

    S("https://communaute-paysbasque.fr/linstitution/le-projet-de-territoire/accelerer-la-transition-ecologique", "Accélérer la transition écologique (Communauté d'Agglomération Pays Basque)")
    P("En votant un grand Plan Climat dès 2021, la Communauté d'Agglomération a fait de la lutte contre le changement climatique le fondement de toutes ses politiques publiques avec pour ambition de réduire de moitié les émissions de gaz à effet de serre du Pays Basque d'ici 2050 et de couvrir 100 % des besoins énergétiques du territoire par une production d’énergies renouvelables.",
      [ENV, NRJ], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2050, subject="émissions de gaz à effet de serre du Pays Basque", themes=(ENV,)),
                        Q(100, subject="besoins énergétiques couverts par les énergies renouvelables", themes=(NRJ,))],
      non=["2021"], notes="« réduire de moitié … d'ici 2050 » : baisse relative de 50 % ; « couvrir 100 % » : niveau visé ; l'horizon 2050 est grammaticalement rattaché à la première cible seulement (non reporté sur la seconde) ; 2021 : date d'adoption.", ambiguous=True)
    P("• Réduire les consommations énergétiques du Pays Basque de moitié d'ici 2050 en mettant en œuvre les comportements de sobriété et en développant l'économie circulaire ;",
      [NRJ, CIRC], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2050, subject="consommations énergétiques du Pays Basque", themes=(NRJ,))],
      notes="« de moitié d'ici 2050 » : baisse relative de 50 %, horizon écrit.")
    P("• Baisser de 56% les émissions totales de gaz à effet de serre des activités du territoire d'ici 2050 en accélérant la rénovation énergétique des bâtiments et en décarbonant les transports ;",
      [ENV], objs=[Q(56, direction="decrease", kind="relative_change", horizon=2050, subject="émissions totales de gaz à effet de serre du territoire")],
      notes="Baisse relative, horizon écrit.")

    S("https://www.communaute-paysbasque.fr/actualites/2018/09/le-plan-climat-pays-basque-est-lance", "Le plan Climat Pays Basque est lancé (Communauté d'Agglomération Pays Basque)")
    P("De plus, les collectivités ont des leviers pour agir : en effet, 15% des émissions de gaz à effet de serre sont issues des décisions prises par leurs soins, via la gestion de leur patrimoine (bâtiment, éclairage public, flotte de véhicule) et l’exercice de compétences (transports, déchets, distribution de l’énergie).",
      [ENV], non=["15%"], notes="Statistique sur la part des émissions (piège).")

    S("https://presse.angers.fr/communique/recompense-4-etoiles-la-dynamique-de-transition-ecologique-dangers-et-dangers-loire-metropole-reconnue-a-lechelle-nationale-et-europeenne", "Récompense 4 étoiles – La dynamique de transition écologique d'Angers et d'Angers Loire Métropole (Ville d'Angers, communiqué)")
    P("Depuis la dernière évaluation (2019), le score de la collectivité progresse de 15 points (68%), soit un rythme deux fois plus rapide que la moyenne des collectivités.",
      [ENV, GOV], non=["2019", "15 points", "68%", "deux fois"], notes="Progression d'un score d'évaluation déjà obtenue (piège).")

    S("https://www.poitiers.fr/c__0_0_Dossier_37567__0__Le_Plan_Climat_Air_Energie_Territorial_PCAET_de_Grand_Poitiers_adopte.html", "Le Plan Climat-Air-Energie Territorial (PCAET) de Grand Poitiers adopté (Ville de Poitiers)")
    P("Vendredi 6 décembre 2019, le Conseil communautaire de Grand Poitiers a adopté le PCAET pour une période de 6 ans. Objectif ? Définir et mettre en œuvre la stratégie de transition énergétique du territoire, pour réduire de 25% les consommations énergétiques et porter à 38% la part des énergies renouvelables à l’horizon 2030.",
      [NRJ], objs=[Q(25, direction="decrease", kind="relative_change", horizon=2030, subject="consommations énergétiques du territoire"),
                   Q(38, direction="increase", horizon=2030, subject="part des énergies renouvelables")],
      non=["6 décembre 2019", "6 ans"], notes="« réduire de 25% » : baisse relative ; « porter à 38% » : verbe de changement (increase), part ; « à l'horizon 2030 » porte sur les deux ; date d'adoption et durée du plan : pièges.")
    P("Cette démarche de co-construction a réuni 300 interlocuteurs au cours de 50 réunions de travail et a abouti à une feuille de route à l'horizon 2030 : réduire de 25% les consommations énergétiques et porter à 38% la part des énergies renouvelables.",
      [NRJ, GOV], objs=[Q(25, direction="decrease", kind="relative_change", horizon=2030, subject="consommations énergétiques du territoire", themes=(NRJ,)),
                        Q(38, direction="increase", horizon=2030, subject="part des énergies renouvelables", themes=(NRJ,))],
      non=["300", "50"], notes="Comptes de participants et de réunions (pièges) ; mêmes cibles que le passage précédent.")

    S("https://agenda21.lorient.fr/dynamique-de-developpement-selon-des-modes-de-production-et-de-consommation-responsables/", "Dynamique de développement selon des modes de production et de consommation responsables (Agenda 21, Ville de Lorient)")
    P("Une politique d’achat volontariste engagée depuis quinze ans par la Ville vise à favoriser les « filières qualité ».",
      [ALIM], objective=True, non=["quinze ans"], notes="Politique d'achat orientée vers les filières qualité, sans cible chiffrée ; « quinze ans » : durée passée.", ambiguous=True)
