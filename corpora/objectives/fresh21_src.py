"""Twenty-first set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh21.jsonl).

Collected in issue 15's twenty-second pass, blind to what the extractor gets wrong (no error listing, first score or
error table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages
of local and regional public bodies only (communes and their magazines, départements, a région and a regional energy
observatory, intercommunalités and métropoles, syndicats of waste, energy, transport and SCoT, a departmental fire and
rescue service), about their plans and reports (PLPDMA, PCAET and plans climat, SRCAE, SCoT and PLH, sobriété
énergétique, éclairage public, restauration scolaire and EGalim, clauses sociales, papier et impressions, flottes de
véhicules), with the legal targets they quote (LTECV, AGEC, décret tertiaire, EGalim, ZAN), and traps: results of the
past, statistics, budgets and costs, counts, dates, subsidy rates, legal thresholds, expected savings and obligations
already in force. Few pages of this kind with targets are still unused, so the set holds more traps than the dev set
(about a third of its passages state an objective). Pages of sites that neither the shared dev set, nor any training
passage (``corpora/real``, the collected set, the theme sets), nor an earlier fresh set uses (the build checks; every
host was also checked by hand before its page was read). Labelled with the conventions of the shared real dev set;
never run through the extractor here (the lead scores it). Every passage is copied from the opening of a public web
page as the project's search tool stored it, cited by its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, GOV, NRJ

BIO = "biodiversite"
NUM = "numerique_responsable"


def load(S, P, Q) -> None:

    S("https://www.sygom.fr/prevention-des-dechets/le-plpdma", "Le PLPDMA (SYGOM, syndicat de gestion des ordures ménagères)")
    P("La loi Grenelle 2 du 12 juillet 2010 rend obligatoire la mise en œuvre de Programmes Locaux de Prévention des Déchets Ménagers et Assimilés dans les collectivités en charge de la gestion des déchets.",
      [CIRC, GOV], non=["2", "12 juillet 2010"], notes="Obligation légale de se doter d'un programme, sans niveau chiffré ; nom de loi et date (piège).")
    P("La loi pour la Transition Énergétique et la Croissance Verte du 17 août 2015 prévoit par ailleurs un objectif de réduction de 10% des Déchets Ménagers et Assimilés (DMA) par habitant en 2020 par rapport à 2010.",
      [CIRC], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2020, baseline_year=2010, subject="déchets ménagers et assimilés par habitant")],
      non=["17 août 2015"], notes="Objectif national cité par le syndicat : « réduction de 10% … en 2020 par rapport à 2010 » ; la date de la loi n'est pas un horizon.")

    S("https://www.ccpld.fr/environnement/reduction-des-dechets-consultation-du-public", "Réduction des déchets : consultation du public (Luberon Monts de Vaucluse Agglomération)")
    P("- - 10 % de DMA en 2025 par rapport à 2015 et augmentation de 10 % de la quantité de déchets non dangereux non inertes faisant l’objet de préparation à la réutilisation dans le PRPGD adopté par la Région en 2019",
      [CIRC], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2025, baseline_year=2015, subject="déchets ménagers et assimilés"),
                    Q(10, direction="increase", kind="relative_change", horizon=2025, baseline_year=2015, subject="déchets non dangereux non inertes préparés pour la réutilisation")],
      non=["2019"], notes="Objectifs du plan régional (PRPGD) cités ; « - 10 % » : baisse ; l'horizon et l'année de base, écrits une fois, sont lus pour les deux membres de la phrase ; 2019 est la date d'adoption.", ambiguous=True)
    P("- - 15 % de DMA produits par habitant et réduction de 5 % des quantités de déchets d’activités économiques, notamment du secteur du bâtiment et des travaux publics en 2030 par rapport à 2010 (loi Anti-gaspillage et Economie Circulaire, dite loi AGEC du 10 février 2020).",
      [CIRC], objs=[Q(15, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2010, subject="déchets ménagers et assimilés produits par habitant"),
                    Q(5, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2010, subject="déchets d'activités économiques (BTP notamment)")],
      non=["10 février 2020"], notes="Objectifs de la loi AGEC cités ; « - 15 % » et « réduction de 5 % » : baisses ; date de la loi (piège).")
    P("En 2021, LMV a collecté 48 000 tonnes de DMA (dont 18 000 tonnes d’ordures ménagères).",
      [CIRC], non=["2021", "48 000 tonnes", "18 000 tonnes"], notes="Tonnages collectés (constat, piège).")

    S("http://www.sieda.fr/missions/eclairage-public/actions-economie-energie", "Éclairage public : les actions d'économie d'énergie (SIEDA, syndicat intercommunal d'énergies de l'Aveyron)")
    P("L'éclairage public est le premier poste de consommation d'électricité des communes. Il représente en moyenne 38% de la facture d'électricité et 48% de la consommation d'électricité d'une commune.",
      [NRJ], non=["38%", "48%"], notes="Parts moyennes (statistique, piège).")
    P("Les travaux effectués dans le cadre de ce marché feront l'objet d'une subvention de 60% pour des communes rurales membres (plafonné à 350 € par luminaire) et de 15% pour les des communes urbaines membres (plafonné à 350 € par luminaire).",
      [NRJ], non=["60%", "350 €", "15%", "350 €"], notes="Taux et plafonds de subvention : règle de financement, pas une cible (piège).")

    S("http://delunevilleabaccarat.fr/2_10_zero_phyto_le_plan_de_gestion_differenciee.html", "« Zéro phyto » : le plan de gestion différenciée (Communauté de communes du Territoire de Lunéville à Baccarat)")
    P("Pour accompagner ces changements, 36 communes volontaires du territoire sont à l’initiative d’une démarche, intitulée « Zéro Phyto », portée par la Communauté de Communes et soutenue par la Région Grand Est et l'Agence de l’eau Rhin-Meuse .",
      [BIO], non=["36"], notes="Nombre de communes engagées (décompte, piège) ; « Zéro Phyto » est le nom de la démarche.")

    S("https://treffiagat.bzh/communique-economies-denergie/", "Communiqué – économies d’énergie (commune de Treffiagat)")
    P("Pour l’année 2023, c’est un surcoût prévisionnel total de plus de 200 000 € qui est attendu, soit près de 8 % du budget communal.",
      [NRJ], non=["2023", "200 000 €", "8 %"], notes="Prévision de dépense et part du budget (piège).")
    P("  • Les températures de consigne des bâtiments communaux seront réduites à 19 C° dans les salles, bureaux et écoles, 16 C° dans les couloirs ;",
      [NRJ], non=["19 C°", "16 C°"], notes="Mesure décidée (consignes de chauffage) : des seuils de température, pas une cible chiffrée au sens des conventions (unités hors liste) ; même traitement que la consigne à 19° des sets précédents.", ambiguous=True)

    S("http://villaines-la-juhel.fr/des-economies-denergies-realisees-dans-la-commune/", "Des économies d’énergies réalisées dans la commune (Villaines-la-Juhel)")
    P("En matière d’énergies, elle passe d’un budget de 200 000€ en 2022 à 135 000€ en 2023.",
      [NRJ], non=["200 000€", "2022", "135 000€", "2023"], notes="Évolution budgétaire déjà constatée, « passe de … à » au présent de constat (piège).")

    S("https://www.smeeom-moyennegaronne.fr/actualites/article?tx_news_pi1%5Baction%5D=detail&tx_news_pi1%5Bcontroller%5D=News&tx_news_pi1%5Bnews%5D=21&cHash=190e493e47deceaf8d5b671f51f7e32b", "J-500 avant la généralisation du tri à la source des biodéchets (SMEEOM Moyenne Garonne, syndicat de collecte des déchets)")
    P("Les biodéchets (déchets alimentaires et autres déchets naturels biodégradables) représentent près de 30% de nos poubelles !",
      [CIRC], non=["30%"], notes="Part des biodéchets (statistique, piège).")
    P("En effet, à compter du 1er janvier 2024, la loi AGEC, transposant la directive européenne sur les déchets, rend obligatoire pour tous, le tri à la source des biodéchets.",
      [CIRC], non=["1er janvier 2024"], notes="Obligation légale sans niveau chiffré ; « pour tous » désigne les assujettis, pas une part cible ; date d'entrée en vigueur (piège).", ambiguous=True)

    S("https://cc-valleedelhomme.fr/environnement-climat/plan-climat-air-energie-territorial/agenda-21", "L'Agenda 21 intercommunal (Communauté de communes de la Vallée de l'Homme)")
    P("Un Agenda 21 local est un plan d'actions des choses à faire sur un territoire pour permettre un développement durable. Il vise 5 finalités :",
      [GOV], non=["21", "5"], notes="Définition du plan et décompte de ses finalités (piège) ; « 21 » fait partie du nom.")

    S("https://www.eyguieres.org/travaux-remplacement-des-eclairages-24-11-22/", "Travaux : remplacement des éclairages (commune d'Eyguières)")
    P("ℹ L’équipe municipale étant vigilante… a anticipé l’explosion nationale des coûts de l’énergie qui menace les budgets des communes comme des entreprises en lançant un vaste plan de remplacement du parc d’éclairage public qui va passer sur l’ensemble du territoire en Led, une technologie plus économe et plus respectueuse de l’environnement qui nous permettant une réduction de 50% d’énergie !",
      [NRJ, ENV], objs=[Q(100, subject="parc d'éclairage public passé en LED sur l'ensemble du territoire", themes=(NRJ,))],
      non=["50%"], notes="Plan engagé : « va passer sur l'ensemble du territoire en Led » normalisé à 100 % ; la « réduction de 50% d'énergie » décrit le gain attendu de la technologie (estimation), pas une cible fixée.", ambiguous=True)
    P("✅ Une transition rendue possible grâce au financement de l’État 👉 647 000 euros.",
      [NRJ], non=["647 000 euros"], notes="Montant d'un financement (piège).")

    S("https://www.mairie-ozoir-la-ferriere.fr/poursuite-du-deploiement-de-leclairage-led/", "Poursuite du déploiement de l’éclairage LED (mairie d'Ozoir-la-Ferrière)")
    P("Face à la hausse des coûts de l’énergie, la municipalité a pris des mesures significatives pour optimiser l’éclairage public. Il y a deux ans, elle a opté pour l’extinction de 50 % du parc de candélabres à ampoules à incandescence dans certains secteurs.",
      [NRJ], non=["deux ans", "50 %"], notes="Mesure déjà prise il y a deux ans (résultat passé, piège).")
    P("La Municipalité s’engage à finaliser l’ensemble des travaux prévus pour mi-décembre 2024.",
      [NRJ], objs=[Q(100, horizon=2024, subject="travaux de remplacement de l'éclairage par des LED achevés")],
      notes="Engagement daté ; « l'ensemble des travaux » normalisé à 100 % (convention « l'ensemble des ») ; le sujet (éclairage LED) vient du titre.", ambiguous=True)

    S("https://st2b.fr/etude-pour-la-mise-en-place-de-vehicules-a-faibles-emissions", "Étude pour la mise en place de véhicules à faibles émissions (ST2B, syndicat des transports du bassin de Briey)")
    P("Un premier travail mené par le ST2B en 2021 a permis de mieux appréhender le cadre réglementaire et les solutions technologiques à notre portée pour envisager à moyens termes la mutation de notre parc de véhicules de bus et cars vers des énergies décarbonées plus respectueuses de l’environnement.",
      [ENV, NRJ], non=["2021"], notes="Étude passée datée ; l'intention (« envisager à moyens termes ») n'est pas chiffrée : pas d'objectif quantifié (piège).")

    S("http://www.lorient.bzh/actualites/vue-detaillee-dune-actu/clauses-sociales-bilan-2023", "Clauses sociales - bilan 2023 (Ville de Lorient)")
    P("En 2023, 268 personnes ont bénéficié de ce dispositif pour 140000 heures de travail.",
      [CS], non=["2023", "268", "140000"], notes="Bilan annuel des clauses sociales (résultat, piège).")

    S("https://sdis42.fr/page/le-developpement-durable", "Le développement durable (SDIS de la Loire, service départemental d'incendie et de secours)")
    P("Le 31 octobre 2013, le bureau du conseil d’administration s’est engagé à « réaliser en 3 ans une baisse à minima de 6 % des consommations d’énergies et de 6 % des émissions de gaz à effets de serre (GES) ».",
      [NRJ, ENV], objs=[Q(6, direction="decrease", kind="relative_change", comparator=">=", subject="consommations d'énergie du SDIS", themes=(NRJ,)),
                        Q(6, direction="decrease", kind="relative_change", comparator=">=", subject="émissions de gaz à effet de serre du SDIS", themes=(ENV,))],
      non=["31 octobre 2013", "3 ans"], notes="Engagement : « baisse à minima de 6 % » (comparateur >=) pour l'énergie et pour les GES ; « en 3 ans » ne donne pas d'année écrite : pas d'horizon ; la date est celle de l'engagement.")
    P("Dans le cadre de l’établissement de son bilan des GES, le SDIS de la Loire a pu constater fin 2015 une réduction de 15 % de ses émissions.",
      [ENV, GOV], non=["2015", "15 %"], notes="Résultat constaté (piège) ; le bilan GES relève aussi du suivi.")
    P("Au sein de ce parc, quatre voitures électriques ont été acquises pour les courts trajets lors des déplacements fonctionnels des agents.",
      [ENV], non=["quatre"], notes="Décompte d'achats réalisés (piège).")

    S("https://www.guadeloupe-energie.gp/2012/07/24/actualisation-de-la-politique-energetique-guadeloupeenne/", "Actualisation de la politique énergétique guadeloupéenne (Région Guadeloupe, Guadeloupe Énergie)")
    P("Le conseil régional de la Guadeloupe a initié en juin 2012 l’actualisation de sa politique énergétique. L’objectif de cette démarche est de remettre à jour le travail du PRERURE* réalisé en 2008, et qui reposait sur des données de consommation de 2005.",
      [NRJ, GOV], non=["juin 2012", "2008", "2005"], notes="Dates d'une démarche de planification ; « l'objectif de cette démarche » n'est pas chiffré (piège).")

    S("http://e-mag-pennarbed.cg29.inovawork.net/n146/une-restauration-de-qualite-pour-tous-les-collegiens/", "Une restauration de qualité pour tous les collégiens (Penn ar Bed, magazine du Département du Finistère)")
    P("Dans tous les collèges du Finistère, les principaux et les chefs cuisiniers ont signé une charte sur la qualité de la restauration. Élaborée en 2015 en partenariat avec le laboratoire public Labocéa, expert sur les questions alimentaires, cette charte comporte 4 engagements : manger avec plaisir, équilibré, des produits de qualité et durable.",
      [ALIM, GOV], non=["2015", "4"], notes="Charte signée (date) et décompte de ses engagements, sans niveau chiffré (piège) ; « dans tous les collèges » décrit une signature faite, pas une cible.")
    P("Inspiré par la démarche remarquable engagée au collège de Plozévet, avec 22,5 % de produits locaux au self, Olivier Pellan s’est lancé dans l’aventure.",
      [ALIM], non=["22,5 %"], notes="Part atteinte dans un collège (résultat, piège).")

    S("https://www.saintsauveur-finistere.fr/2023/06/12/ecole-publique-repas-100-local/", "École publique : Repas 100% local (commune de Saint-Sauveur, Finistère)")
    P("L’agent de restauration a proposé à la collectivité d’y participer et un repas 100% local a été confectionné et servi le jeudi 8 juin aux élèves de l’école publique.",
      [ALIM], non=["100%", "8 juin"], notes="Repas déjà servi lors d'une opération ponctuelle : « 100% local » décrit ce repas, pas une cible (piège).")

    S("https://poitiersfr.poi-linweb-03.sos-data.fr/actualites/la-commande-publique-un-veritable-levier-de-developpement-pour-le-territoire", "La commande publique : un véritable levier de développement pour le territoire (Ville de Poitiers)")
    P("Les achats publics représentent en France près de 10% du PIB (soit près de 200 milliards d’euros par an). Pour la Ville de Poitiers, le CCAS de Poitiers et Grand Poitiers Communauté urbaine, les achats publics s’élèvent en moyenne à 110 millions d’euros par an.",
      [], non=["10%", "200 milliards d’euros", "110 millions d’euros"], notes="Volumes d'achats (statistique et budget, « par an » décrit un volume, piège) ; passage général sans thème, comme le volume total d'achats du dev set.")
    P("En 2020, 601 marchés ont été contractés dont 19 avec une clause sociale soit 3.2%",
      [CS, GOV], non=["2020", "601", "19", "3.2%"], notes="Tranche d'une phrase plus longue : diagnostic chiffré (résultat passé, piège) ; suivi de la part de marchés clausés.")

    S("https://13commeune.fr/actualite/piscines-fermeture-annuelle-et-economie-denergie", "Piscines : fermeture annuelle et économie d'énergie (13 comme une, magazine de la Communauté d'agglomération de Cergy-Pontoise)")
    P("Les principales mesures, prises dans le cadre du plan de sobriété énergétique lancé par l’Agglomération en 2022, portent sur l’éclairage public, la fermeture des piscines en période de faible fréquentation et la baisse des températures dans tous les équipements communautaires. Ces secteurs ont été choisis car ils représentent à eux seuls environ 80 % des dépenses énergétiques de l’Agglomération.",
      [NRJ], non=["2022", "80 %"], notes="Mesures déjà prises et part des dépenses (constat, piège) ; « tous les équipements » décrit le champ d'une mesure en place, pas une cible chiffrée.", ambiguous=True)
    P("Par ailleurs, depuis deux ans, toujours par mesure d’économie, une diminution d’un à deux degrés de l’eau a été mise en place dans l’ensemble des piscines de la Communauté d’agglomération.",
      [NRJ], non=["deux ans", "un à deux degrés"], notes="Mesure déjà en place (« depuis deux ans ») ; « l'ensemble des piscines » est le champ d'une mesure réalisée (piège).")

    S("https://sydemer.fr/une-filiere-a-redefinir/", "Une filière à redéfinir (SYDEMER, syndicat de traitement des déchets)")
    P("La loi relative à la Transition Énergétique pour la Croissance Verte (TECV) fixe un objectif de réduction de 50 % des quantités de déchets non dangereux non inertes stockés en 2025, par rapport aux quantités de 2010.",
      [CIRC], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2025, baseline_year=2010, subject="déchets non dangereux non inertes stockés")],
      notes="Objectif légal cité par le syndicat : « réduction de 50 % … en 2025, par rapport aux quantités de 2010 ».")
    P("En complément, la loi du 10 Février 2020 relative à la lutte contre le gaspillage et à l’économie circulaire vient transposer la condition, fixée par le paquet européen économie circulaire, de réduction des quantités de déchets ménagers et assimilés admis en installation de stockage en 2035 à 10 % des quantités de DMA produits mesurés en masse.",
      [CIRC], objs=[Q(10, direction="decrease", horizon=2035, subject="part des déchets ménagers et assimilés admis en installation de stockage")],
      non=["10 Février 2020"], notes="« réduction … à 10 % des quantités de DMA produits » : niveau visé (part), verbe de baisse ; horizon 2035 ; la date de la loi n'est pas un horizon.", ambiguous=True)

    S("https://vdocuments.mx/guide-pour-pour-les-installations-la-ralisation-.html", "Guide pour la réalisation de projets photovoltaïques (Communauté d'agglomération de l'Ouest Rhodanien, transcription vdocuments)")
    P("Territoire à Energie Positive (TEPOS) depuis 2013 et lauréate en 2015 de l’appel à projets \"Territoires à énergie positive pour la croissance verte\" (TEPCV) du Ministère de l’Ecologie du Développement Durable et de l’Energie, la Communauté d’agglomération de l’Ouest Rhodanien s’est engagée à diviser par deux ses consommations énergétiques et à assurer la couverture de sa consommation résiduelle par la production\n\nd’énergies d’origine renouvelable à l’horizon 2050.",
      [NRJ], objs=[Q(2, unit="x", direction="decrease", kind="relative_change", horizon=2050, subject="consommations énergétiques du territoire")],
      non=["2013", "2015"], notes="« diviser par deux » : facteur 2, baisse, horizon 2050 ; la couverture de la consommation résiduelle par les renouvelables n'est pas chiffrée (non étiquetée) ; dates de labellisation (pièges).", ambiguous=True)

    S("https://yvelines.fr/cadre-de-vie/environnement/plan-climat-energie-territtorial/eco-gestes/le-papier", "Éco-gestes : le papier (Département des Yvelines, plan climat énergie territorial)")
    P("- La collectivité consomme environ 200 000 € d’encre chaque année.\n- Le papier représente les 3 /4 de nos déchets de bureau.\n- 25 % des feuilles imprimées vont à la poubelle dans les 5 minutes qui ont suivi leur impression.",
      [NUM, CIRC], non=["200 000 €", "3 /4", "25 %", "5 minutes"], notes="« Repères » : dépense annuelle et statistiques (pièges) ; impression et déchets de papier : numérique responsable et déchets.")

    S("http://www.rueilmalmaisonvilledurable.fr/index.php/les-actions-de-la-villes/orientation-4/action-4-8-1-poursuivre-la-politique-dimpression-pour-rationaliser-les-consommations-de-papiers-et-consommables-informatiques/", "Action 4-8-1 : Poursuivre la politique d’impression pour rationaliser les consommations de papiers et consommables informatiques (Rueil-Malmaison ville durable)")
    P("Malgré une division par deux des coûts en consommables entre 2007 et 2011 et une meilleure gestion de l’impression par les services on constate encore un grand nombre d’imprimantes individuelles dans les écoles et les bureaux administratifs.",
      [NUM, CIRC], non=["deux", "2007", "2011"], notes="« division par deux … entre 2007 et 2011 » : baisse déjà réalisée (piège).")
    P("558 cartouches et toners recyclés en 2017\nréalisé depuis 2012\n-26%\nde feuilles données aux services entre 2012 et 2017",
      [NUM, CIRC, GOV], non=["558", "2017", "2012", "-26%", "2012", "2017"], notes="Indicateurs de résultat d'une fiche action (réalisé, piège).")

    S("https://www.yvelines.fr/cadre-de-vie/environnement/plan-climat-energie-territtorial/", "Plan Climat Energie Territorial (Département des Yvelines)")
    P("Dans le cadre de cette loi, les collectivités de plus de 50 000 habitants doivent réaliser un bilan des émissions de gaz à effet de serre et un Plan Climat Energie Territorial. Ce plan d’actions comportant des objectifs chiffrés de réduction des émissions de gaz à effet de serre.",
      [ENV, GOV], non=["50 000"], notes="Seuil d'assujettissement (population) et obligation de plan, sans niveau chiffré (piège).")
    P("Un bilan des émissions de gaz à effet de serre liées au fonctionnement du Conseil départemental , dont les 2/3 sont imputables au fonctionnement des collèges.",
      [ENV, GOV], non=["2/3"], notes="Répartition d'un bilan (constat, piège).")

    S("https://monteux.fr/je-minforme/les-infos/les-actualites/le-restaurant-scolaire-plein-regime-pour-la-rentree", "Le restaurant scolaire à plein régime pour la rentrée (Ville de Monteux)")
    P("Pour qu'ils ne manquent de rien, les menus sont élaborés avec une diététicienne et comportent au moins un produit issu de l'agriculture biologique.",
      [ALIM], non=["un"], notes="Pratique en place décrite au présent (« comportent au moins un produit ») : constat du service, pas une cible fixée (piège).", ambiguous=True)

    S("https://gasville-oiseme.fr/restaurant-scolaire/", "Restaurant scolaire (commune de Gasville-Oisème)")
    P("Depuis le 1er novembre 2019 les gestionnaires, publics ou privés, des services de restauration scolaire collective sont tenus de servir un repas végétarien au moins une fois par semaine.",
      [ALIM], objs=[Q(1, unit="count", kind="absolute", comparator=">=", subject="repas végétarien servi par semaine en restauration scolaire")],
      non=["1er novembre 2019"], notes="Obligation légale (loi EGalim) fixant un niveau minimal du service : « au moins une fois par semaine » ; « depuis » une date : pas d'horizon ; fréquence hebdomadaire, pas annuelle (per_year faux).", ambiguous=True)
    P("Bien qu’il s’agisse d’une expérimentation de 2 ans, la loi est coercitive et doit être appliquée dans l’ensemble des cantines scolaires de France, de la maternelle au lycée.",
      [ALIM], non=["2 ans"], notes="Durée d'une expérimentation ; « l'ensemble des cantines » désigne le champ d'application de l'obligation déjà en vigueur, sans niveau propre (piège).", ambiguous=True)

    S("https://www.eaubonne.fr/mpdf/view/4433", "Les menus des restaurants scolaires (Ville d'Eaubonne)")
    P("Depuis quelques années déjà, ce sont 20 % de produits issus de l’agriculture biologique, des viandes labellisées et des poissons issus de la pêche contrôlée qui sont aux menus.",
      [ALIM], non=["20 %"], notes="Part déjà atteinte (« depuis quelques années déjà ») : constat (piège).")

    S("https://raches.fr/mairie/les-grands-projets/economie-denergie", "La sobriété énergétique (commune de Râches)")
    P("Très tôt aussi, nous avons procédé à la rénovation de l’éclairage public avec des résultats significatifs réduisant notre consommation de moitié.",
      [NRJ], non=["moitié"], notes="Résultat déjà obtenu (« réduisant … de moitié ») : piège malgré le verbe de baisse.")
    P("Promulguée fin 2018, la loi ÉLAN a inscrit au Code de la construction et de l’habitation une obligation de réduire la consommation énergétique des bâtiments tertiaires. Le décret n°2019-771 du 23 juillet 2019 vient fixer les règles pour les collectivités afin qu’elles visent à économiser 60% d’énergie dans leurs bâtiments à l’horizon 2050.",
      [NRJ], objs=[Q(60, direction="decrease", kind="relative_change", horizon=2050, subject="consommation d'énergie des bâtiments tertiaires des collectivités")],
      non=["2018", "n°2019-771", "23 juillet 2019"], notes="Obligation du décret tertiaire citée par la commune : « économiser 60% d'énergie … à l'horizon 2050 » (baisse relative) ; dates et numéro de décret (pièges).")

    S("https://montelier.com/la-commune/l-eco-village", "L'éco-village (commune de Montélier)")
    P("La commune a lancé en 2009 un programme de réduction et de modulation des puissances lumineuses de son réseau d'éclairage public. Sensible à la nécessité d'économiser l'énergie, elle affichait déjà une puissance par point lumineux inférieure de 10 à 30% par rapport aux communes environnantes.",
      [NRJ], non=["2009", "10 à 30%"], notes="Programme daté et comparaison déjà constatée (fourchette, piège).")

    S("https://www.ccvosgesdusud.fr/etueffont/politique-environnementale.htm", "Politique environnementale de la commune d'Etueffont (Communauté de communes des Vosges du Sud)")
    P("Installation d'un système de régulation de l'éclairage des salles de classe de l'école élémentaire. L'économie escomptée est de l'ordre de 20 à 25 %.",
      [NRJ], non=["20 à 25 %"], notes="Gain attendu d'un équipement (estimation), pas une cible fixée (piège).", ambiguous=True)
    P("Une politique engagée il y a six ans a permis de réduire l’éclairage nocturne en équipant progressivement tous nos transformateurs électriques « d’abaisseurs de tension » qui réduisent de 50 % la consommation nocturne d’électricité.",
      [NRJ], non=["six ans", "50 %"], notes="Mesure réalisée et effet technique d'un équipement (piège) ; « tous nos transformateurs » décrit l'équipement fait.")

    S("https://scot-pbs.fr/?p=6091", "SCoT Pays Basque & Seignanx (syndicat mixte du SCoT)")
    P("Enfin, la loi Climat et résilience du 22 août 2021 pose un objectif national d’absence de toute artificialisation nette des sols en 2050, appelé ZAN. Afin de l’atteindre, une progressive diminution de l’artificialisation est imposée. Entre 2021 et 2031, la consommation totale de sols non-artificialisés doit être inférieure à la moitié de la taille d’espaces consommés entre 2011 et 2021.",
      [BIO, ENV], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2031, comparator=">=", subject="consommation d'espaces naturels, agricoles et forestiers par rapport à la décennie 2011-2021")],
      non=["22 août 2021", "2021", "2011"], notes="Objectif légal cité par le syndicat du SCoT : consommation 2021-2031 « inférieure à la moitié » de celle de 2011-2021, lu comme une baisse d'au moins 50 % (horizon 2031, la période de référence n'est pas une année de base) ; le ZAN 2050 est un objectif non chiffré (absence d'artificialisation nette), non étiqueté comme valeur.", ambiguous=True)

    S("https://aveyron.fr/actualites/mobilites/favoriser-le-developpement-du-velo-en-aveyron", "Favoriser le développement du vélo en Aveyron (Département de l'Aveyron)")
    P("- sur les itinéraires inscrits au schéma, aide financière jusqu’à 40% du montant total éligible avec des plafonds de dépenses par km",
      [ENV], non=["40%"], notes="Taux maximal de subvention (« jusqu'à » décrit une aide offerte, pas une cible, piège).")

    S("https://teo-paysdelaloire.fr/comprendre/la-strategie-regionale-de-transition-energetique/", "La stratégie régionale de transition énergétique (TEO, observatoire régional de la transition énergétique des Pays de la Loire)")
    P("Les objectifs chiffrés du SRCAE Pays de la Loire :\n\nObjectifs SRCAE (Référence 2008) 2020 2050\nConsommation d’énergie finale -23% par rapport à la consommation d’énergie tendancielle soit -15% -47% par rapport à la consommation d’énergie tendancielle soit -38%\nEmissions de GES -16% Facteur 4\nProduction d’énergies renouvelables Part de 21% de la consommation d’énergie finale Part de 55% de la consommation d’énergie finale",
      [NRJ, ENV], objs=[Q(23, direction="decrease", kind="relative_change", horizon=2020, subject="consommation d'énergie finale par rapport à la consommation tendancielle", themes=(NRJ,)),
                        Q(15, direction="decrease", kind="relative_change", horizon=2020, baseline_year=2008, subject="consommation d'énergie finale", themes=(NRJ,)),
                        Q(47, direction="decrease", kind="relative_change", horizon=2050, subject="consommation d'énergie finale par rapport à la consommation tendancielle", themes=(NRJ,)),
                        Q(38, direction="decrease", kind="relative_change", horizon=2050, baseline_year=2008, subject="consommation d'énergie finale", themes=(NRJ,)),
                        Q(16, direction="decrease", kind="relative_change", horizon=2020, baseline_year=2008, subject="émissions de gaz à effet de serre", themes=(ENV,)),
                        Q(4, unit="x", direction="decrease", kind="relative_change", horizon=2050, baseline_year=2008, subject="émissions de gaz à effet de serre (facteur 4)", themes=(ENV,)),
                        Q(21, horizon=2020, subject="part des énergies renouvelables dans la consommation d'énergie finale", themes=(NRJ,)),
                        Q(55, horizon=2050, subject="part des énergies renouvelables dans la consommation d'énergie finale", themes=(NRJ,))],
      notes="Tableau d'objectifs du schéma régional lu ligne par ligne : colonnes 2020 et 2050, référence 2008 ; les baisses « par rapport à la consommation tendancielle » n'ont pas d'année de base ; « Facteur 4 » : division par 4 (facteur, baisse).", ambiguous=True)

    S("http://www.saintdenisdelhotel.fr/programme-local-de-lhabitat-plh/", "Programme Local de l’Habitat (commune de Saint-Denis-de-l'Hôtel)")
    P("Il a ainsi été décidé de maintenir le rythme actuel constaté de croissance, soit la construction annuelle d’environ 220 logements, pour partie en renouvellement du parc (vétusté…) pour partie entièrement nouveaux.",
      [], objs=[Q(220, unit="count", direction="maintain", kind="absolute", per_year=True, subject="logements construits par an sur le territoire communautaire")],
      notes="Objectif du programme local de l'habitat : « maintenir » un rythme de construction annuelle (direction maintien, par an) ; « environ » n'est pas un comparateur ; logement : aucun thème de la taxonomie.", ambiguous=True)

    S("https://decoset.fr/objectif-zero-dechet", "Territoire Zéro Déchet, Zéro Gaspillage (Decoset, syndicat de traitement des déchets)")
    P("Grâce à ses engagements, Décoset a été retenu lauréat et a obtenu ce label. Il a poursuivi et amplifié ses efforts pour obtenir en juin 2022 la labellisation Niveau 1 du référentiel Économie Circulaire de l’ADEME.",
      [CIRC, GOV], non=["juin 2022", "1"], notes="Labellisation obtenue (date, niveau) : résultat (piège).")

    S("https://cccps.fr/decouvrir/projets/favoriser/developpement-economie-circulaire", "Développement de l'économie circulaire (communauté de communes, cccps.fr)")
    P("Au-delà de ses compétences propres en matière de traitement et de valorisation des déchets et dans le cadre de sa politique d’économie circulaire, l’intercommunalité s’est lancée depuis 2024 dans un gros chantier dont l’objectif est de devenir un territoire zéro-déchet/zéro gaspillage.",
      [CIRC], objective=True, non=["2024"], notes="Objectif qualitatif (devenir un territoire zéro déchet zéro gaspillage), sans valeur cible chiffrée ; « depuis 2024 » date le lancement.", ambiguous=True)

    S("https://www.toulouse-metropole.fr/missions/developpement-durable/plan-climat/plan-d-action", "Le plan d'actions 2018-2023 du Plan Climat (Toulouse Métropole)")
    P("La métropole a adopté par délibération du 28 juin 2018 son projet de Plan Climat Air Énergie.",
      [ENV, NRJ, GOV], non=["28 juin 2018"], notes="Date d'adoption du plan (piège).")
    P("fixe à horizon 2030 les objectifs de :\n  • réduction de 40% des émissions de gaz à effet de serre par rapport à 2008 ;\n  • réduction de 20% de la consommation énergétique finale;\n  • doublement de la part locale des énergies renouvelables et de récupération dans la consommation d'énergie",
      [ENV, NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2008, subject="émissions de gaz à effet de serre du territoire", themes=(ENV,)),
                        Q(20, direction="decrease", kind="relative_change", horizon=2030, subject="consommation énergétique finale", themes=(NRJ,)),
                        Q(2, unit="x", direction="increase", kind="relative_change", horizon=2030, subject="part locale des énergies renouvelables et de récupération", themes=(NRJ,))],
      notes="Tranche contiguë d'une phrase (« La stratégie Climat de la Métropole … fixe à horizon 2030 ») et de sa liste, coupée en fin : l'horizon 2030 de l'en-tête vaut pour les trois objectifs ; « par rapport à 2008 » ne figure que pour les GES ; « doublement » : facteur 2.")

    S("https://orleans-metropole.fr/actualites/detail/transition-ecologique-et-energetique-orleans-metropole-passe-a-laction", "Transition écologique et énergétique : Orléans Métropole passe à l’action (Orléans Métropole)")
    P("Orléans Métropole s’engage, via sa feuille de route de la transition écologique et énergétique, à diminuer de moitié ses émissions de gaz à effet de serre, pour devenir un territoire référence, à énergie positive et neutre en carbone.",
      [ENV, NRJ], objs=[Q(50, direction="decrease", kind="relative_change", subject="émissions de gaz à effet de serre du territoire", themes=(ENV,))],
      notes="« diminuer de moitié » : baisse de 50 % ; l'année (2030) n'est pas dans le passage : pas d'horizon ; énergie positive et neutralité carbone : objectifs non chiffrés.")
    P("Consciente de cette urgence et de l’importance capitale d’engager en ce sens de véritables transformations, Orléans Métropole avait engagé dès janvier 2021 les assises de la transition écologique. 6 mois d’échanges autour de 9 thématiques (rénovation énergétique, risque inondation, mobilités, déchets et économie circulaire, alimentation et agriculture durable…), desquels avaient émergé plus de 800 solutions.",
      [GOV], non=["janvier 2021", "6 mois", "9", "800"], notes="Démarche de concertation passée et décomptes (piège).")

    S("http://www.orleans-metropole.fr/1587/energie.htm", "Énergie (Orléans Métropole)")
    P("La loi de transition énergétique pour la croissance verte, du 18 août 2015, a fait évoluer les « plans climat-énergie territoriaux » en « plans climat-AIR-énergie territoriaux - PCAET». Il revient aux Etablissements Publics de Coopération Intercommunale, à fiscalité propre, de réaliser et d’adopter un PCAET avant le 31 décembre 2018.",
      [ENV, NRJ, GOV], non=["18 août 2015", "31 décembre 2018"], notes="Obligation légale de se doter d'un plan avant une date, sans niveau chiffré (piège), comme l'obligation d'adopter un programme de prévention.", ambiguous=True)

    S("https://www.ccpld.fr/environnement/reduction-des-dechets-consultation-du-public", "Réduction des déchets : consultation du public (Luberon Monts de Vaucluse Agglomération)")
    P("- - 10 % de DMA (déchets ménagers et assimilés) en 2020 par rapport à 2010 (loi de Transition Energétique pour la Croissance Verte du 17 août 2015) : LMV a atteint cet objectif",
      [CIRC], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2020, baseline_year=2010, subject="déchets ménagers et assimilés")],
      non=["17 août 2015"], notes="Objectif légal cité (« - 10 % … en 2020 par rapport à 2010 ») suivi du constat qu'il est atteint : l'objectif reste étiqueté, comme un objectif suivi de son résultat dans le dev set.", ambiguous=True)

    S("https://montelier.com/la-commune/l-eco-village", "L'éco-village (commune de Montélier)")
    P("La volonté communale de restreindre son empreinte écologique s'exprime aussi au travers de la démarche engagée pour tendre vers la suppression des produits phytosanitaires, progressivement remplacés par des produits écologiques ou des « remèdes de grand-mère ».",
      [BIO, ENV], objective=True, notes="Objectif qualitatif (tendre vers la suppression des produits phytosanitaires), sans valeur chiffrée.")

    S("https://www.ccvosgesdusud.fr/etueffont/politique-environnementale.htm", "Politique environnementale de la commune d'Etueffont (Communauté de communes des Vosges du Sud)")
    P("La commune a récemment décidé de remplacer son Kangoo (véhicule atelier) à moteur thermique acheté d’occasion il y a 9 ans. Il sera remplacé par un véhicule électrique utilitaire, le Renault Kangoo Z.E.",
      [ENV], objective=True, non=["9 ans"], notes="Achat décidé d'un véhicule électrique : engagement qualitatif, sans niveau chiffré ; « il y a 9 ans » date l'ancien véhicule.", ambiguous=True)

    S("https://sydemer.fr/une-filiere-a-redefinir/", "Une filière à redéfinir (SYDEMER, syndicat de traitement des déchets)")
    P("Réduire les tonnages\nenvoyés en enfouissement à horizon 2030",
      [CIRC], objective=True, notes="Intertitre : objectif qualitatif (réduire l'enfouissement) daté, sans valeur ; l'horizon 2030 n'est porté par aucune valeur chiffrée.")
