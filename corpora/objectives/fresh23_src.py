"""Twenty-third set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh23.jsonl).

Collected in issue 15's twenty-fourth pass, blind to what the extractor gets wrong (no error listing, first score or
error table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages
of local and regional public bodies only: communes (news pages, a council's minutes, plans de sobriété, éclairage
public, cantines and EGalim, photovoltaïque), intercommunalités and their plans climat (PCAET action sheets, PLPDMA,
redevance incitative, chantiers d'insertion), départements (collèges, sobriété, Agrilocal, a SPASER copy), régions
(Auvergne-Rhône-Alpes lycées, a Région Grand Est programme site, a communiqué of the Collectivité de Corse relayed
by a press-release site), syndicats of energy, waste and SCoT, a parc naturel régional, an office public de
l'habitat, the territorial government of New Caledonia and the magazine of one of its provinces, and one
opposition councillor's speech in a municipal council. Passages state their own targets or the legal targets they
quote (LTECV, AGEC, EGalim, décret tertiaire, IRVE, PPE), and traps: results of the past, statistics, budgets and
costs, counts, dates, thresholds, technical settings and tax schedules. Few pages of this kind are still unused, so
the set is smaller in quantified targets than the dev set (about two passages in five carry one; qualitative
objectives make up the rest of the objective passages). Pages of sites that neither the shared dev set, nor any
training passage (``corpora/real``, the collected set, the theme sets), nor an earlier fresh set uses (the build
checks; every host was also checked by hand before its page was read). Labelled with the conventions of the shared
real dev set; never run through the extractor here (the lead scores it). Every passage is copied from the opening
of a public web page as the project's search tool stored it, cited by its URL, 70 words or fewer. No detector is
trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, ESS, GOV, HAND, NRJ, PME

BIO = "biodiversite"
NUM = "numerique_responsable"
SANTE = "sante"
CDT = "conditions_de_travail"


def load(S, P, Q) -> None:

    S("https://planclimat.cc-pontdugard.fr/public/projet/70-mettre-en-place-des-actions-de-commandes-mutualisees-par-des-marches-publics,70.html", "70) Mettre en place des actions de commandes mutualisées par des marchés publics (Plan climat, Communauté de communes du Pont du Gard)")
    P("Objectifs visés / Résultats attendus\n  • Favoriser les achats et les entreprises écoresponsables\n  • Économiser les déplacements de transport de marchandises\n  • Limiter les emballages\n  • ¼ de MP intégrant des clauses environnementales",
      [ENV, CIRC], objs=[Q(25, subject="marchés publics intégrant des clauses environnementales", themes=(ENV,))],
      notes="« ¼ de MP » (marchés publics) : un quart = 25 % ; résultat attendu de la fiche action, sans année dans le passage (la fin estimée du projet est plus bas).", ambiguous=True)
    P("En 2020, selon l'Observatoire économique des achats publics, 18 % des marchés publics comprenaient une clause environnementale.",
      [ENV], non=["2020", "18 %"], notes="Statistique nationale passée (piège).")
    P("2/8 tâches réalisées (soit 25 %)",
      [GOV], non=["2/8", "25 %"], notes="État d'avancement de la fiche action (piège).")

    S("http://planclimat.cc-valdamboise.fr/public/projet/27-acter-le-passage-aux-marches-et-achats-publics-responsab,27.html", "27. Acter le passage aux marchés et achats publics responsables (Plan climat, Communauté de communes du Val d'Amboise)")
    P("- Faire en sorte que l’ensemble des services de la CCVA rédigent des documents de la commande publique éco-responsables (CCTP et note de cadrage) avec des prescriptions relatives aux économies d’énergie, aux énergies renouvelables, à l’empreinte carbone, à l’alimentation biologique et locale, au zéro emballage, au gaspillage alimentaire dans la restauration collective, aux fournitures des services…",
      [ENV, NRJ, ALIM, CIRC, GOV], objs=[Q(100, subject="services de la communauté de communes rédigeant des documents de commande publique éco-responsables", themes=(ENV, GOV))],
      notes="« l’ensemble des services » normalisé à 100 % comme « tous les marchés » ; objectif de la fiche action, sans année.", ambiguous=True)
    P("- Contribuer activement à la démarche nationale issue de la feuille de route pour une économie 100% circulaire.",
      [CIRC], objective=True, non=["100%"],
      notes="Objectif qualitatif (contribuer) ; « 100% circulaire » fait partie du nom de la feuille de route nationale, ce n'est pas une cible.", ambiguous=True)

    S("http://sap.gouv.nc/node/131", "Le schéma de transition énergétique (gouvernement de la Nouvelle-Calédonie)")
    P("Il vise des objectifs ambitieux fixés à 2030 :\n- la réduction des consommations énergétiques : -20 % dans la consommation primaire (avec la mine et la métallurgie) et -25 % dans la consommation finale (hors mine et métallurgie),",
      [NRJ], objs=[Q(20, direction="decrease", kind="relative_change", horizon=2030, subject="consommation d'énergie primaire (avec mine et métallurgie)"),
                   Q(25, direction="decrease", kind="relative_change", horizon=2030, subject="consommation d'énergie finale (hors mine et métallurgie)")],
      notes="« réduction … -20 % … -25 % » : baisses relatives ; « fixés à 2030 » est dans le passage.")
    P("- la réduction des émissions de gaz à effet de serre : -35 % d’émissions de CO2 dans les secteurs résidentiel et tertiaire, -10 % d’émissions dans le secteur de la mine et la métallurgie et -15 % d’émissions dans le secteur du transport,",
      [ENV], objs=[Q(35, direction="decrease", kind="relative_change", subject="émissions de CO2 des secteurs résidentiel et tertiaire"),
                   Q(10, direction="decrease", kind="relative_change", subject="émissions du secteur de la mine et de la métallurgie"),
                   Q(15, direction="decrease", kind="relative_change", subject="émissions du secteur du transport")],
      notes="Trois baisses relatives ; l'année 2030 est dans la phrase d'introduction, hors du passage (horizon nul).")
    P("- le développement des énergies renouvelables : une production de source renouvelable pour couvrir 100 % de la consommation d’électricité de la distribution publique et atteindre l’autonomie électrique dans les îles.",
      [NRJ, ENV], objs=[Q(100, subject="part de la consommation d'électricité de la distribution publique couverte par des sources renouvelables")],
      notes="Niveau à atteindre (100 %) ; année hors du passage.")

    S("https://dimenc.gouv.nc/schema-transition-energetique", "Actualisation du schéma pour la transition énergétique de la Nouvelle-Calédonie 2021 (DIMENC, gouvernement de la Nouvelle-Calédonie)")
    P("L’objectif global est d’atteindre d’ici 2035 la réduction minimum de 70% des gaz à effet de serre comparativement à 2019.",
      [ENV], objs=[Q(70, direction="decrease", kind="relative_change", horizon=2035, baseline_year=2019, comparator=">=", subject="émissions de gaz à effet de serre de la Nouvelle-Calédonie")],
      notes="« réduction minimum de 70% … d’ici 2035 … comparativement à 2019 » : baisse relative, au moins.")
    P("Adopté en 2016 par le congrès de la Nouvelle-Calédonie sur proposition du gouvernement, le schéma pour la transition énergétique (STENC) doit être révisé en 2021.",
      [NRJ, GOV], non=["2016", "2021"], notes="Dates d'adoption et de révision (piège).")

    S("https://sudmag.nc/2017/10/01/transition-energetique-coeur-de-province-sud/", "La transition énergétique au cœur de la Province Sud (Sud Mag, magazine de la province Sud)")
    P("Parmi les mesures concrètes : atteindre 10 % du parc roulant de la province équipé en véhicule hybride ou électrique ; imposer l’intégration des principes de la conception bioclimatique dans le programme de toute construction nouvelle, équiper les bâtiments provinciaux en énergies renouvelables (200 millions par an),",
      [ENV, NRJ], objs=[Q(10, subject="parc roulant de la province équipé en véhicules hybrides ou électriques", themes=(ENV, NRJ)),
                        Q(100, subject="constructions nouvelles intégrant la conception bioclimatique", themes=(ENV, NRJ))],
      non=["200 millions par an"], notes="« atteindre 10 % » : niveau ; « toute construction nouvelle » normalisé à 100 % ; 200 millions par an est un budget (piège).", ambiguous=True)
    P("Le constat est simple, 98 % de la consommation énergétique globale est importée, ce qui représente 70 milliards de francs par an (23 % des importations du pays).",
      [NRJ], non=["98 %", "70 milliards de francs par an", "23 %"], notes="Constat chiffré (piège).")
    P("Trois axes donc, déclinés en sept thèmes, trente deux objectifs quantitatifs, trente neuf mesures et autant d’indicateurs de résultats.",
      [GOV], non=["Trois", "sept", "trente deux", "trente neuf"], notes="Dénombrement d'axes, d'objectifs et de mesures (piège).")

    S("https://www.pays-fontainebleau.fr/2022/04/13/projet-de-cuisine-centrale-en-circuits-alimentaires-de-proximite/", "Projet de cuisine centrale en circuits alimentaires de proximité (Communauté d'agglomération du Pays de Fontainebleau)")
    P("Afin de nourrir le projet, des Maires et des élus du groupe de travail se sont rendus le 15 mars dernier à Pompey (près de Nancy) afin d’y visiter la cuisine intercommunale et échanger avec la Communauté de communes du Bassin de Pompey qui gère cet équipement.",
      [ALIM], non=["15 mars"], notes="Date d'une visite (piège).")
    P("Pour l’agglomération, le projet de cuisine centrale répondrait à l’action 27 du projet de territoire.",
      [ALIM, GOV], non=["27"], notes="Numéro d'action (piège).")

    S("https://sydesl.fr/comite-syndical-du-10-juin-2024", "Comité syndical du 10 juin 2024 (SYDESL, syndicat départemental d'énergie de Saône-et-Loire)")
    P("Le SYDESL ambitionne de favoriser le développement du parc de véhicules électriques sur l’ensemble de la Saône-et-Loire (hors Grand Chalon qui s’est doté de sa propre compétence mobilité). Cette trajectoire prévoit de multiplier par 7 le nombre de points de charge entre 2024 et 2035 :",
      [NRJ, ENV], objs=[Q(7, unit="x", direction="increase", kind="relative_change", horizon=2035, baseline_year=2024, subject="nombre de points de charge pour véhicules électriques")],
      notes="« multiplier par 7 … entre 2024 et 2035 » : facteur de hausse, année de départ 2024, horizon 2035.")
    P("2030\n2 363 points de charge\ndont 193 rapides",
      [NRJ, ENV], objs=[Q(2363, unit="count", kind="absolute", horizon=2030, subject="points de charge pour véhicules électriques"),
                        Q(193, unit="count", kind="absolute", horizon=2030, subject="points de charge rapides")],
      notes="Palier de la trajectoire du schéma directeur (IRVE) : niveaux à atteindre en 2030 ; le sujet est dans la phrase précédente.", ambiguous=True)
    P("À ce jour, le département compte 714 points de charge opérés par 30 acteurs différents, dont 134 installés par le SYDESL. La proportion des points de charge rapides et ultra-rapides en Saône-et-Loire s’élève à 40 %, largement au-dessus de la moyenne nationale de 9,7 %.",
      [NRJ, ENV], non=["714", "30", "134", "40 %", "9,7 %"], notes="État des lieux (piège).")

    S("https://www.sde-aube.fr/au-service-des-collectivites-et-des-aubois/la-transition-energetique/la-mobilite-electrique.html", "La mobilité électrique (SDEA, syndicat départemental d'énergie de l'Aube)")
    P("Dans le cadre du développement à grande échelle du véhicule électrique et afin de permettre l'accès du plus grand nombre aux points de charge des véhicules électriques et hybrides rechargeables, la loi de transition énergétique pour la croissance verte a fixé comme objectif l'installation, d'ici à 2030, d'au moins sept millions de points de charge sur le territorial national.",
      [NRJ, ENV], objs=[Q(7000000, unit="count", kind="absolute", horizon=2030, comparator=">=", subject="points de charge installés sur le territoire national")],
      notes="Objectif légal cité par le syndicat ; « au moins sept millions » = 7 000 000, au moins ; « d'ici à 2030 ».")
    P("Le Syndicat a investi près de 1,5 million d’euros pour ce déploiement.",
      [NRJ, ENV], non=["1,5 million d’euros"], notes="Montant investi (piège).")

    S("https://syane.fr/energies/eclairage-public", "Éclairage public (Syane, syndicat des énergies et de l'aménagement numérique de la Haute-Savoie)")
    P("Dans une démarche de sobriété énergétique et de réduction des nuisances lumineuses, le Syane propose un plan d’actions global en 4 axes.",
      [NRJ, BIO, GOV], non=["4"], notes="Nombre d'axes du plan (piège, structure du plan : gouvernance) ; les nuisances lumineuses touchent la biodiversité.", ambiguous=True)

    S("https://sidec-cambresis.fr/article.php?id=97", "Éclairage public et rapport de la Cour des comptes (SIDEC, syndicat d'électricité du Cambrésis)")
    P("Dans un rapport du 18 mars dernier, la Cour des Comptes a souligné l’importance d’une meilleure gestion de l’éclairage public.\nEn effet, ce secteur représente environ 40 % des dépenses en électricité des communes.",
      [NRJ], non=["18 mars", "40 %"], notes="Date et part des dépenses (piège).")

    S("https://sigerly.fr/2023/11/30/comite-du-29-novembre-2023-le-resume/", "Comité du 29 novembre 2023 : le résumé (SIGERLy, syndicat de gestion des énergies de la région lyonnaise)")
    P("Le dernier comité de l’année a réuni les élus du SIGERLy à Oullins. Avant de voter les 11 délibérations proposées, les délégués ont assisté à une présentation du Cerema sur les SDAL (Schémas directeurs d’aménagement lumière).",
      [GOV, NRJ], non=["11"], notes="Nombre de délibérations (piège).")

    S("https://www.beauvaisis.fr/vie-pratique/environnement-et-dechets-collecte-des-dechets-tri-selectif-gestion-de-leau-et-de-lassainissement/dechets/prevention-dechets/faire-de-la-prevention-des-dechets-une-priorite", "Faire de la prévention des déchets une priorité (Communauté d'agglomération du Beauvaisis)")
    P("Le PLPDMA est établi pour 6 ans et doit respecter les objectifs du Plan Régional de Prévention et de Gestion des Déchets (PRPGD), notamment la réduction de 15 % des déchets d’ici 2030 (par rapport à 2010), comme le prévoit la loi AGEC de 2020.",
      [CIRC], objs=[Q(15, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2010, subject="déchets ménagers et assimilés")],
      non=["6 ans", "2020"], notes="Objectif régional et légal cité : « réduction de 15 % … d’ici 2030 (par rapport à 2010) » ; durée du programme et date de la loi (pièges).")
    P("Notre 1er PLPDMA durera 6 ans (2024-2029) et comprendra 25 actions réparties en 5 grands thèmes :",
      [CIRC, GOV], non=["1er", "6 ans", "2024-2029", "25", "5"], notes="Durée, période et dénombrements (piège).")

    S("https://www.ville-meze.fr/restaurant-municipal-lengagement-ecologique/", "Restaurant municipal : l’engagement écologique (Ville de Mèze)")
    P("La Loi EGALim prévoit la mise en œuvre de nouvelles obligations pour les professionnels de l’alimentation. Elle devrait imposer, entre janvier 2020 et juillet 2021, des restrictions sur l’utilisation des contenants alimentaires et ustensiles plastique à usage unique.",
      [ALIM, CIRC], objective=True, non=["janvier 2020", "juillet 2021"],
      notes="Obligation légale annoncée, sans niveau chiffré (objectif qualitatif) ; les dates bornent l'entrée en vigueur.", ambiguous=True)
    P("Ainsi, depuis plus de quatre ans, le service municipal de restauration scolaire n’utilise plus aucun ustensile en plastique, ni aucun contenant alimentaire de cuisson, de réchauffe et de service en matière 100 % plastique dans les cantines.",
      [ALIM, CIRC], non=["quatre ans", "100 %"], notes="Pratique déjà en place ; « 100 % plastique » décrit une matière (piège).")

    S("https://kremlinbicetre.fr/actualites/de-la-vaisselle-vegetale-a-la-cantine", "De la vaisselle végétale à la cantine (Ville du Kremlin-Bicêtre)")
    P("Depuis le début du mois de mars, la Ville a pris une décision écologique majeure en remplaçant la vaisselle en plastique par de la vaisselle végétale dans ses cantines scolaires. Cette transition s’inscrit dans une démarche globale visant à éliminer progressivement l’utilisation du plastique dans les cantines collectives, dans le cadre de la loi EGALIM qui impose l’élimination du plastique de la restauration collective d’ici le 1er janvier 2025.",
      [CIRC, ALIM], objective=True, non=["1er janvier 2025"],
      notes="Obligation légale d'éliminer le plastique : objectif sans valeur (une suppression est qualitative dans le jeu de dev) ; la date est l'échéance.", ambiguous=True)
    P("L’objectif est de généraliser l’utilisation de la vaisselle végétale dans toutes les écoles de la ville d’ici un an, afin de réduire l’impact environnemental de la restauration scolaire.",
      [CIRC, ENV], objs=[Q(100, subject="écoles de la ville utilisant de la vaisselle végétale")],
      notes="« toutes les écoles » normalisé à 100 % ; « d’ici un an » : horizon implicite (nul).", ambiguous=True)

    S("https://bernaynormandie.fr/preserver/la-transition-energetique", "La transition énergétique (Intercom Bernay Terres de Normandie)")
    P("Après avoir établi le profil climat-énergie du territoire, des objectifs de réduction des consommations énergétiques et de développement des énergies renouvelables ont été définis pour atteindre en 2050 l’équilibre entre consommations d’énergie et productions d’énergies renouvelables et locales sur ce territoire.",
      [NRJ, ENV], objective=True,
      notes="Objectif d'équilibre (territoire à énergie positive) en 2050, sans valeur chiffrée dans le passage : objectif qualitatif.", ambiguous=True)
    P("Ce programme est composé de 32 actions permettant d’agir sur 11 thématiques :",
      [NRJ, GOV], non=["32", "11"], notes="Dénombrement d'actions et de thèmes (piège).")

    S("http://valleeloire.fr/services-en-ligne/autres-services/commande-publique/", "Commande publique – SPASER 2024-2028 du Loir-et-Cher (copie sur valleeloire.fr)")
    P("Prendre en compte la performance environnementale dans nos marchés\n\n  • Engager une démarche d’achat raisonné en choisissant des biens moins énergivores en termes d’utilisation.\n  • Prendre en compte l’indice de réparabilité des équipements électriques et électroniques concernés par la réglementation dans l’analyse des éléments techniques des offres en exigeant un indice au moins égal à 7.",
      [ENV, NRJ, CIRC], objective=True, non=["7"],
      notes="Engagements du schéma sans part chiffrée ; « indice au moins égal à 7 » est un seuil d'exigence sur les offres (piège au sens des conventions, comme un seuil de score).", ambiguous=True)

    S("https://www.auvergnerhonealpes.fr/actualites/la-region-sengage-contre-le-gaspillage-et-pour-une-alimentation-locale-et-durable", "La Région s’engage contre le gaspillage et pour une alimentation locale et durable (Région Auvergne-Rhône-Alpes)")
    P("Un vaste programme a été lancé auprès des lycées de la région pour définir une stratégie permettant d’atteindre l’objectif de réduction de 50% du gaspillage dans nos cantines à l’image de l’expérimentation réalisée entre 2022 et 2023",
      [ALIM, CIRC], objs=[Q(50, direction="decrease", kind="relative_change", subject="gaspillage alimentaire dans les cantines des lycées")],
      non=["2022", "2023"], notes="« objectif de réduction de 50% » : baisse relative, sans année cible ; 2022-2023 est la période d'une expérimentation passée. Tranche d'une phrase plus longue.")
    P("À ce jour, le gaspillage alimentaire issu des restes de plateaux de lycées de la Région peut représenter jusqu’à 30 centimes par repas servi.",
      [ALIM, CIRC], non=["30 centimes"], notes="Constat de coût (piège ; « jusqu’à » décrit un maximum observé, pas une cible).")

    S("https://www.binic-etables-sur-mer.fr/4-2-1-planter-et-preserver-durablement-des-arbres-davenir/", "4.2.1. Planter et préserver durablement des arbres d’avenir (Commune de Binic-Étables-sur-Mer, charte)")
    P("Pour faire face à toutes les utilisations des arbres au cours d’une vie humaine, Francis Hallé recommande que l’on plante 100 arbres à chaque naissance ! Certes on en est loin, mais nous pouvons commencer et continuer à en planter régulièrement",
      [BIO, ENV], non=["100"], notes="Recommandation d'un botaniste citée, que la commune ne reprend pas comme cible (« on en est loin ») : piège.", ambiguous=True)
    P("La commune se donne comme objectif de conserver des espaces de 15 à 1000m² sur son territoire pour la plantation d’arbres destinés à devenir remarquables dans l’avenir : le programme « arbres d’avenir ».",
      [BIO, ENV], objective=True, non=["15 à 1000m²"],
      notes="Objectif qualitatif (conserver des espaces) ; 15 à 1000 m² décrit la taille des espaces, pas un niveau à atteindre.", ambiguous=True)

    S("https://observatoire.pnr-lorraine.com/appui-strategique/climat-energie/contexte/", "Climat-énergie : contexte (Observatoire du Parc naturel régional de Lorraine)")
    P("Dans le cadre de la Vocation 3 de la Charte du Parc, de l’Objectif stratégique 3.2 “Accompagner l’évolution des modes de vie” et de l’Objectif opérationnel 3.2.2 « Diminuer les consommations d’énergie et les émissions de gaz à effet de serre » et du Plan climat territorial du Parc élaboré en 2015,",
      [NRJ, ENV, GOV], objective=True, non=["3", "3.2", "3.2.2", "2015"],
      notes="Objectifs de la charte cités par leur numéro, sans valeur : objectif qualitatif ; numéros et date d'élaboration (pièges). Tranche d'une phrase plus longue.", ambiguous=True)

    S("https://vspillebout.fr/2021/02/lille-promet-100-bio-et-local-a-la-cantine-en-2026-mais-reste-muette-sur-sa-strategie/", "Lille promet 100% bio et local à la cantine en 2026, mais reste muette sur sa stratégie (intervention en conseil municipal de Lille, V. Spillebout)")
    P("Au 1er janvier 2022, les cantines devront servir au moins 50 % de produits de qualité et durables dont au moins 20 % bio.",
      [ALIM], objs=[Q(50, comparator=">=", horizon=2022, subject="produits de qualité et durables servis dans les cantines"),
                    Q(20, comparator=">=", horizon=2022, subject="produits bio servis dans les cantines")],
      notes="Quota légal EGalim cité (objectif) ; « au 1er janvier 2022 … devront » : échéance de la cible.")
    P("A l’horizon 2026, dans 5 ans, c’est carrément 100% de produits bio et locaux que vous avez promis aux électeurs, mais sans rien dire du chemin que vous comptez prendre.",
      [ALIM], objs=[Q(100, horizon=2026, subject="produits bio et locaux dans les cantines de Lille")],
      non=["5 ans"], notes="Engagement de la municipalité rapporté par une élue d'opposition : « à l’horizon 2026 … 100% ».", ambiguous=True)

    S("https://www.gers.fr/education/la-restauration-scolaire-dans-les-colleges-du-gers", "La restauration scolaire dans les collèges du Gers (Département du Gers)")
    P("Le coût de revient d’un repas est aujourd’hui de 9,89 €. Depuis 2018, le Département fixe à 2,10 € minimum la part du coût denrées que chaque collège doit consacrer aux repas, hors subventions départementales.",
      [ALIM], objs=[Q(2.10, unit="EUR", kind="absolute", comparator=">=", subject="part du coût denrées consacrée par chaque collège à un repas")],
      non=["9,89 €", "2018"], notes="Plancher fixé par le Département (« fixe à 2,10 € minimum ») pour les achats de denrées, en vigueur depuis 2018 (pas d'horizon) ; le coût de revient est un constat.", ambiguous=True)
    P("L’objectif fixé pour 2025 a été atteint et même dépassé. Les repas se composent aujourd’hui de :\n- 65 % de produits locaux de saison,\n- 71 % issus de l’agriculture biologique (contre seulement 10 % il y a huit ans),",
      [ALIM], non=["2025", "65 %", "71 %", "10 %", "huit ans"], notes="Résultats atteints ; l'objectif 2025 n'est pas chiffré dans le passage (piège).")
    P("Des collèges 100% bio :\n3 établissements volontaires ont été sélectionnés pour mettre en place un approvisionnement alimentaire 100% biologique (et 50% minimum de produits locaux).",
      [ALIM, PME], objs=[Q(100, subject="approvisionnement alimentaire biologique des collèges pilotes"),
                         Q(50, comparator=">=", subject="produits locaux dans l'approvisionnement des collèges pilotes")],
      non=["3"], notes="Niveaux fixés au dispositif expérimental (100 % bio, au moins 50 % local) ; nombre d'établissements (piège).", ambiguous=True)

    S("https://www.gers.fr/information-transversale/actualites/le-departement-du-gers-laureat-des-victoires-des-cantines-rebelles-2019-12933", "Le Département du Gers lauréat des Victoires des Cantines Rebelles 2019 (Département du Gers)")
    P("Labellisation « En cuisine » de nos cantines par la société Ecocert : aujourd'hui 11 collèges ont le niveau 2 (30% de bio) et 9 collèges le niveau 1 (10% de bio).\n\nObjectifs pour 2020 pour tous les établissements de niveau 2 et même certains de niveau 3 :",
      [ALIM], objs=[Q(100, horizon=2020, subject="établissements au niveau 2 du label « En cuisine »")],
      non=["11", "2", "30%", "9", "1", "10%", "3"], notes="Constat chiffré (pièges) puis objectif 2020 : « tous les établissements » au niveau 2, normalisé à 100 %.", ambiguous=True)

    S("http://www.allier.fr/1303-les-parents-et-enfants.htm", "Le Département, un acteur responsable : plan de sobriété énergétique (Département de l'Allier)")
    P("Le Conseil départemental se mobilise et investit fortement dans la sobriété énergétique de son patrimoine. Economies d'énergie, mise aux normes, recours aux énergies renouvelables, .... Ce sont plus de 20 millions d'euros prévus pour intensifier son programme de rénovation thermique.",
      [NRJ], non=["20 millions d'euros"], notes="Budget prévu (piège).")
    P("  • le nouveau programme de rénovation et d’adaptation de l’ensemble des bâtiments départementaux (hôtel de département, antennes, collèges, ...), avec l’objectif très ambitieux d’atteindre 50 % d’économie en 2035 ;",
      [NRJ], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2035, subject="consommation d'énergie des bâtiments départementaux")],
      notes="« atteindre 50 % d’économie en 2035 » : baisse relative de la consommation ; « atteindre » porte sur le niveau d'économie.", ambiguous=True)
    P("  • la disparition de l’ensemble des véhicules et engins diesels à 10 ans\n  • l'équipement de toutes les maisons départementales des solidarités (MSD) de véhicules électriques",
      [ENV, NRJ], objs=[Q(100, subject="maisons départementales des solidarités équipées de véhicules électriques")],
      non=["10 ans"], notes="Suppression des diesels : objectif qualitatif (comme « suppression » dans le jeu de dev), échéance relative « à 10 ans » ; « toutes les maisons … » normalisé à 100 %.", ambiguous=True)

    S("https://lozere.fr/actualites/1527175242-agrilocal-cette-semaine-les-cantines-se-connectent-local.html", "Agrilocal : cette semaine, les cantines se connectent local (Département de la Lozère)")
    P("En adhérant au dispositif national AGRILOCAL depuis 2015, le Département de la Lozère souhaite faire progresser la part du bio et des circuits courts dans les cantines, dans un double souci de contribuer aux efforts en matière de développement durable et de préserver la santé des enfants.",
      [ALIM, PME, SANTE], objective=True, non=["2015"], notes="Objectif qualitatif (faire progresser la part) ; date d'adhésion.")
    P("Pour cette semaine, qui se déroulera du 28 mai au 5 juin 2018, les établissements volontaires (12 établissements dont 9 collèges) ont la possibilité de réaliser 1 repas 100% local durant la semaine OU de commander 1 produit local par jour réparti sur la semaine, produits commandés via la plateforme www.agrilocal48.fr.",
      [ALIM, PME], non=["28 mai au 5 juin 2018", "12", "9", "1", "100%", "1"], notes="Dates, effectifs et option offerte (« la possibilité de réaliser 1 repas 100% local ») : pas une cible (piège).", ambiguous=True)

    S("https://windpress.info/press-release/395667/a-prima-petra-posta-p-a-cintrali-di-u-ricantu-un-passu-novu-via-di-lautunumia-energetica-di-a", "La Collectivité de Corse met en œuvre une politique énergétique innovante et respectueuse de l’environnement avec la PPE (communiqué de la Collectivité de Corse, relayé par windpress)")
    P("Elle vise à atteindre l’autonomie énergétique à horizon 2050 conformément à la trajectoire fixée dans le Schéma Régional Climat Air Energie (SRCAE) adopté par l’Assemblée de Corse.",
      [NRJ, ENV], objective=True, notes="Objectif d'autonomie énergétique à l'horizon 2050, sans valeur chiffrée : objectif qualitatif.", ambiguous=True)
    P("La PPE de Corse a vocation à garantir la fourniture d’électricité à tous les corses et à contribuer à un effort sans précédent dans l’utilisation des énergies renouvelables. A l’horizon 2030, elles devront représenter 75 % de l’électricité produite en Corse.",
      [NRJ, ENV], objs=[Q(75, horizon=2030, subject="part des énergies renouvelables dans l'électricité produite en Corse")],
      notes="« A l’horizon 2030, elles devront représenter 75 % » : niveau à atteindre, horizon écrit ; « tous les corses » décrit la fourniture, pas une part ciblée.")
    P("Dans ce contexte, la PPE nécessite un investissement sans précédent de près de 4,4 milliards d’euros sur la période 2020-2028, assurant ainsi le maintien et/ou la création d’environ 3000 emplois.",
      [NRJ], non=["4,4 milliards d’euros", "2020-2028", "3000"], notes="Besoin d'investissement et estimation d'emplois (piège).")

    S("https://oph31.fr/actualites/nouvelles-priorites-de-rehabilitation-energetique-pour-loph31", "Nouvelles priorités de réhabilitation énergétique pour l’OPH31 (Office public de l'habitat de la Haute-Garonne)")
    P("Dans ce domaine particulier, l’objectif est notamment « d’accélérer la rénovation de nos logements pour atteindre la neutralité carbone d’ici 2050 – le bâtiment représentant un quart des émissions annuelles de la France – et permettre que les Français vivent dans des logements décents où ils n’ont pas froid l’hiver et chaud l’été ».",
      [ENV, NRJ], objective=True, non=["un quart"],
      notes="Neutralité carbone d'ici 2050 : objectif non chiffré (comme dans les jeux précédents) ; « un quart des émissions » est un constat (piège).", ambiguous=True)
    P("- Depuis le 1er janvier 2023, il est déjà interdit de mettre à la location des logements consommant plus de 450 kWh/m2/an.\n- A partir du 1er janvier 2025, il sera interdit de mettre à la location des logements affichant une étiquette énergétique G.",
      [NRJ], objective=True, non=["1er janvier 2023", "450 kWh/m2/an", "1er janvier 2025"],
      notes="Calendrier légal d'interdictions (obligations sans part chiffrée) : objectif qualitatif ; 450 kWh/m2/an est un seuil (piège).", ambiguous=True)

    S("http://stenay.reseaudescommunes.fr/fr/actualite/71879/cession-materiel", "Cession de matériel informatique (Mairie de Stenay)")
    P("Le premier problème qui se présente à nous est de définir un prix de cession juste. Que vaut un ordinateur aujourd'hui dès lors qu'il a plus de deux ans ? Le second problème, mais celui-là est plus classique, la demande est supérieure à l'offre.",
      [NUM, CIRC], non=["deux ans"], notes="Âge du matériel réformé (piège).")

    S("https://cdc.vallees-orne-odon.fr/environnement/redevance-incitative/", "Redevance incitative (Communauté de communes Vallées de l’Orne et de l’Odon)")
    P("La Loi LTECV[1] prévoit que les collectivités territoriales progressent vers la généralisation d’une tarification incitative en matière de déchets, avec pour objectif que 15 millions d’habitants soient couverts par cette dernière en 2020 et 25 millions d’habitants en 2025 (art L541-1-1-4° du Code de l’Environnement).",
      [CIRC], objs=[Q(15000000, unit="count", kind="absolute", horizon=2020, subject="habitants couverts par une tarification incitative des déchets"),
                    Q(25000000, unit="count", kind="absolute", horizon=2025, subject="habitants couverts par une tarification incitative des déchets")],
      non=["[1]", "L541-1-1-4°"], notes="Objectifs légaux cités par la communauté de communes, en nombre d'habitants (15 et 25 millions), horizons écrits ; renvoi de note et article (pièges).")
    P("Le Plan de Prévention et Gestion Des déchets (PRPGD) de Normandie décline l’objectif de la loi LTECV à l’échelle régionale et vise un taux de 30% de la population concernée par la tarification incitative d’ici 2025.",
      [CIRC], objs=[Q(30, horizon=2025, subject="population concernée par la tarification incitative en Normandie")],
      notes="Objectif du plan régional : « vise un taux de 30% … d’ici 2025 ».")
    P("En parallèle la Taxe Générale sur les Activités Polluantes (TGAP) sur l’enfouissement augmente annuellement pour atteindre 65 €/tonne au 1er janvier 2025. Elle s’élevait à 18 €/tonne en 2020.",
      [CIRC], non=["65 €/tonne", "1er janvier 2025", "18 €/tonne", "2020"], notes="Barème fiscal à venir et valeur passée, pas une cible d'achat ni de performance (piège malgré « atteindre »).", ambiguous=True)

    S("https://www.reotier.fr/informations-municipales/actualite-communale/2026-01-16-tarification-incitative", "Tarification incitative (Commune de Réotier)")
    P("Depuis le 1er janvier 2026, les ouvertures de tambours d’ordures ménagères sont comptabilisées et leur nombre servira au calcul de la redevance 2027. Le conseil communautaire a statué pour une part fixe de la nouvelle redevance incluant 20 dépôts forfaitaires. Au-delà, chaque dépôt supplémentaire est fixé à 2 €.",
      [CIRC], non=["1er janvier 2026", "2027", "20", "2 €"], notes="Modalités tarifaires et dates (piège).")

    S("https://www.climaxion.fr/thematiques/economie-circulaire-economie-ressources/tarification-incitative", "Tarification incitative (Climaxion, programme de la Région Grand Est et de l'ADEME)")
    P("Les objectifs de la région Grand Est inscrits dans le SRADDET sont les suivants :\n- 23 % de la population couverte par une tarification incitative en 2020,\n- 37 % en 2025,\n- 40 % en 2031.",
      [CIRC], objs=[Q(23, horizon=2020, subject="population couverte par une tarification incitative dans le Grand Est"),
                    Q(37, horizon=2025, subject="population couverte par une tarification incitative dans le Grand Est"),
                    Q(40, horizon=2031, subject="population couverte par une tarification incitative dans le Grand Est")],
      notes="Trajectoire régionale à trois paliers, chacun avec son année.")
    P("L’atteinte de ces objectifs concoure à l’atteinte des objectifs plus globaux :\n- de réduction de 10 % de DMA entre 2015 et 2031 (ou baisse de 15 % des DMA entre 2010 et 2030, loi AGEC),\n- de valorisation de 55 % des déchets non dangereux non inertes en 2020 et 65 % en 2025.",
      [CIRC], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2031, baseline_year=2015, subject="déchets ménagers et assimilés (Grand Est)"),
                    Q(15, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2010, subject="déchets ménagers et assimilés (loi AGEC)"),
                    Q(55, horizon=2020, subject="valorisation des déchets non dangereux non inertes"),
                    Q(65, horizon=2025, subject="valorisation des déchets non dangereux non inertes")],
      notes="« réduction de 10 % … entre 2015 et 2031 » et « baisse de 15 % … entre 2010 et 2030 » : baisses relatives avec année de départ ; valorisation : niveaux datés.")

    S("https://grandrovaltain.fr/sobriete-fonciere.html", "Sobriété foncière (Syndicat mixte du SCoT du Grand Rovaltain)")
    P("La loi Climat et Résilience a accompagné cette transition planifiant un changement de régime pour 2031, date du passage du suivi de la consommation foncière à celui de l’artificialisation.",
      [BIO, GOV], non=["2031"], notes="Date d'un changement de mode de suivi, sans niveau chiffré (piège).", ambiguous=True)
    P("Article L101-2-1 du Code de l’urbanisme : \"L'artificialisation est définie comme l'altération durable de tout ou partie des fonctions écologiques d'un sol, en particulier de ses fonctions biologiques, hydriques et climatiques, ainsi que de son potentiel agronomique par son occupation ou son usage.\"",
      [BIO], non=["L101-2-1"], notes="Définition légale, numéro d'article (piège).")

    S("https://www.fonsorbes.fr/actualites/une-nouvelle-organisation-pour-lentretien-des-espaces-verts-de-la-ville/", "Une nouvelle organisation pour l’entretien des espaces verts de la ville (Ville de Fonsorbes)")
    P("Depuis le mois de mars, ce sont deux équipes, soit quatorze personnes, de l’ESAT «Les Pins» qui interviennent aux côtés du service des espaces verts de la ville. Cette structure de travail adaptée, gérée par l’AJH (Association des jeunes handicapés), participe à l’insertion des personnes en situation de handicap.",
      [HAND], non=["deux", "quatorze"], notes="Effectifs d'un partenariat en cours (piège).")

    S("http://www.tracy-le-mont.org/municipalite/conseils-municipaux/comptes-rendus/2017-07-07,c-r-du-29-06-2017.xhtml", "Compte rendu du conseil municipal du 29 juin 2017 (Commune de Tracy-le-Mont)")
    P("Vu l’exposé de Mme le Maire,\n\nVu l’avis favorable du Comité technique paritaire en date du 22 juin 2017.\n\nConsidérant la demande des agents du service technique d’écourter leur pause repas pour terminer 30 minutes plus tôt,",
      [CDT], non=["22 juin 2017", "30 minutes"], notes="Délibération sur les horaires des agents : date d'avis et durée (piège).")

    S("http://www.melunvaldeseine.fr/titre-par-defaut/les-chantiers-dinsertion", "Les chantiers d'insertion (Communauté d'agglomération Melun Val de Seine)")
    P("Les salariés en insertion signent un Contrat à Durée Déterminée d’Insertion (CDDI) pour une durée allant de 6 mois à 12 mois. Dans le cadre de ces Contrats Aidés, les participants disposent d’un suivi personnalisé et auront accès à la formation.",
      [CS], non=["6 mois à 12 mois"], notes="Durée réglementaire des contrats (piège).")

    S("http://allonnes.fr/allonnes-a-vivre/travailler-et-entreprendre/269-le-chantier-d-insertion.html", "Le chantier d'insertion (Ville d'Allonnes)")
    P("Le chantier d’insertion peut se conclure avec des personnes sans emploi rencontrant des difficultés sociales et professionnelles particulières des contrats à durée déterminée en application de l’article L. 1242-3 du Code du travail.",
      [CS, ESS], non=["L. 1242-3"], notes="Référence d'article (piège).")

    S("https://limoges.fr/actualites/de-plus-en-plus-de-panneaux-solaires-en-toiture", "De plus en plus de panneaux solaires en toiture (Ville de Limoges)")
    P("Concrètement, même si c’est une obligation réglementaire pour les\nconstructions neuves et les réhabilitations des bâtiments de plus de\n500 m2 , la Ville a commencé à dresser la liste des sites éligibles selon\ndifférents critères.",
      [NRJ], non=["500 m2"], notes="Seuil de surface d'une obligation réglementaire (piège).")
    P("L’objectif à terme est de favoriser autant que possible l’autoconsommation des bâtiments pour alléger la facture et de couvrir un quart de la consommation annuelle, qui se situe autour de 16 millions de kW/h par an pour la collectivité.",
      [NRJ], objs=[Q(25, subject="part de la consommation annuelle des bâtiments municipaux couverte par l'autoconsommation solaire")],
      non=["16 millions de kW/h par an"], notes="« couvrir un quart » = 25 % ; « à terme » : pas d'année ; la consommation actuelle est un constat (piège).")

    S("https://ville-draguignan.fr/actualites/%f0%9f%aa%abtravaux-la-ville-developpe-le-photovoltaique-%e2%99%bb%ef%b8%8f", "Travaux : la ville développe le photovoltaïque (Ville de Draguignan)")
    P("Avec ces deux bâtiments, on estime une économie de 108 tonnes de CO2 et une production de 268 764 kwh par an.",
      [ENV, NRJ], non=["108 tonnes de CO2", "268 764 kwh par an"], notes="Estimation des effets d'installations réalisées (piège).")
    P("Ce chantier s’inscrit dans l’obligation décret tertiaire, imposant un objectif de réduction des consommations des bâtiments de plus de 1 000 m² de 40 % d’ici 2030, de 50 % pour 2040 et de 60 % d’ici 2060, par rapport à une année de référence choisie entre 2010 et 2022.",
      [NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="consommation d'énergie des bâtiments tertiaires de plus de 1 000 m²"),
                   Q(50, direction="decrease", kind="relative_change", horizon=2040, subject="consommation d'énergie des bâtiments tertiaires de plus de 1 000 m²"),
                   Q(60, direction="decrease", kind="relative_change", horizon=2060, subject="consommation d'énergie des bâtiments tertiaires de plus de 1 000 m²")],
      non=["1 000 m²", "2010", "2022"], notes="Paliers légaux du décret tertiaire cités ; la page écrit « 2060 » pour le dernier palier (recopié tel quel) ; l'année de référence n'est pas fixée (2010-2022 : bornes d'un choix), seuil de surface (piège).")

    S("https://nevers.fr/actualites/un-eclairage-public-raisonne", "Un éclairage public raisonné (Ville de Nevers)")
    P("L’amélioration des moyens d'éclairage est une priorité de la municipalité qui porte un programme de renouvellement sur environ 350 luminaires par an sur la période 2020-2029.",
      [NRJ], objs=[Q(350, unit="count", kind="absolute", per_year=True, subject="luminaires d'éclairage public renouvelés")],
      non=["2020-2029"], notes="Programme pluriannuel : rythme visé d'environ 350 luminaires par an ; la période du programme n'est pas un horizon.", ambiguous=True)
    P("Entre 2 h et 5 h du matin, une veille s’active à 15 % de la capacité d’éclairage et à 100 % dès détection d’une présence.",
      [NRJ], non=["2 h", "5 h", "15 %", "100 %"], notes="Réglage technique des luminaires (piège).")
