"""Thirty-third set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh33.jsonl).

Collected in issue 15's thirty-fourth pass, blind to what the extractor gets wrong (no error listing, first score or
error table read, and the extractor never run on these passages), to measure it on text nobody here had read. French
pages of public bodies outside France only, in Belgium, Luxembourg and Monaco: the Walloon public service's sites
(sustainable development, agriculture and state-of-the-environment pages), the Walloon
parliament's written questions, the union of Walloon cities and communes, the association of Walloon provinces,
Walloon communes (Convention des Maires, energy-climate plan, a city's college communiqué); Bruxelles Environnement (public-procurement newsletters, waste plan, Good Food programme and strategy,
climate plan), a Brussels regional agency (1819), the Brussels social clauses unit, a Brussels minister's cabinet and Brussels communes; Luxembourg ministries and their sites (environment,
agriculture, education, public procurement, the country portal, the Europaforum, the organic action plan site, the
national climate agency); the Monaco government and the Prince's palace. About climate and energy targets, waste,
sustainable food in canteens, responsible public purchasing and social clauses, with traps: results of the past,
statistics, counts of measures and signatories, budgets, dates, thresholds, projections and years inside names. No
French, Swiss or Canadian page, no press, no party, no company. Pages of sites that neither the shared dev set, nor any
training passage (``corpora/real``, the collected set, the theme model's training file), nor an earlier fresh set or
theme set uses (the build checks the first ones; every host was also checked by a script against every ``source_url``
of those files, and against the sets collected at the same time). Labelled with the conventions of the shared real dev
set; never run through the extractor here (the lead scores it). Every passage is copied from the opening of a public web
page as the project's search tool stored it, cited by its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, ESS, GOV, NRJ, PME

BIO = "biodiversite"

def load(S, P, Q) -> None:

    # --- Wallonie: Service public de Wallonie and its sites -------------------------------------------------------

    S("https://developpementdurable.wallonie.be/actualites/domaine-provincial-chevetogne-laureat-du-prix-du-marche-public-plus-responsable-2023-12", "Domaine provincial de Chevetogne, lauréat du prix du marché public le plus responsable 2023 (SPW, développement durable)")
    P("Ce cahier des charges concerne la préparation des repas à la Cantine des Classes de forêt du Domaine, où l'on sert 105 repas par jour en moyenne. À Chevetogne, l'éducation à l'environnement occupe une place importante depuis 1981, date de création des classes de forêt.",
      [ALIM], non=["105", "1981"], notes="Volume de repas servis (constat) et date de création (piège).")
    P("Depuis 2010, nous sommes engagés dans l'Alimentation Saine et Durable avec un cahier spécial des charges alors rédigé en collaboration avec la Cellule Environnement de la Province de Namur. Ce document mettait surtout en avant l'agriculture biologique avec un durcissement des quotas chaque année durant les 4 ans du marché.",
      [ALIM], non=["2010", "4 ans"],
      notes="Marché passé : le durcissement annuel des quotas bio a déjà eu lieu et n'est pas chiffré (piège).")

    S("https://developpementdurable.wallonie.be/alimentation/label", "Le label « Cantines durables » (SPW, développement durable)")
    P("Plus de 200 000 repas chauds sont servis par jour en Wallonie dans la restauration collective ! Ce secteur est donc un enjeu majeur pour la transition vers un système alimentaire durable.",
      [ALIM], non=["200 000"], notes="Statistique du secteur (piège).")
    P("Dans ce cadre, ce sont en 2024 plus de 350 cantines qui sont engagées vers des pratiques plus durables via un processus de labellisation et une relocalisation de leur approvisionnement !",
      [ALIM], non=["2024", "350"], notes="Nombre de cantines engagées (constat, piège).")

    S("http://agriculture.wallonie.be/encadrement-des-producteurs-bio1", "Plan de développement de la production biologique en Wallonie à l’horizon 2030 (SPW Agriculture)")
    P("Faisant suite à un premier plan régional de soutien au développement de l’agriculture biologique, qui a couvert la période 2013-2020, la Wallonie s’est dotée en juin 2021 d’un nouveau Plan de développement de la production biologique à l’horizon 2030.",
      [ALIM], non=["2013-2020", "juin 2021", "2030"],
      notes="Période du plan précédent, date d'adoption et horizon du plan dans son nom, sans valeur cible (piège).")
    P("La partie stratégique du plan fixe des objectifs de développement ambitieux pour le secteur bio à l’horizon 2030, dont notamment : 30% de la surface agricole utile cultivés selon les règles du bio, 4.720 exploitations agricoles sous contrôle bio, 1.490 entreprises de transformation des produits agricoles sous contrôle bio et 14,9% du total des produits alimentaires achetés en bio.",
      [ALIM], objs=[Q(30, horizon=2030, subject="surface agricole utile cultivée en bio"),
                    Q(4720, unit="count", kind="absolute", horizon=2030, subject="exploitations agricoles sous contrôle bio"),
                    Q(1490, unit="count", kind="absolute", horizon=2030, subject="entreprises de transformation sous contrôle bio"),
                    Q(14.9, horizon=2030, subject="part des produits alimentaires achetés en bio")],
      notes="Quatre cibles du plan bio wallon à l'horizon 2030 (niveaux à atteindre).")

    S("https://etat.environnement.wallonie.be/contents/indicatorsheets/MEN_9.html", "Déchets ménagers et assimilés (état de l'environnement wallon, SPW)")
    P("En 2022, 1 827 kt de déchets ménagers et assimilés[1] (DMA) ont été collectés en Wallonie, soit 498,9 kg/hab.",
      [CIRC], non=["2022", "1 827 kt", "[1]", "498,9 kg/hab"], notes="Statistique de collecte (piège) ; [1] est un renvoi de note.")
    P("Les ordures ménagères collectées sélectivement (OMCS)[2], les déchets ménagers résiduels[3] (DMR) et les déchets inertes[4] constituaient les trois flux de déchets les plus importants, représentant respectivement 26,0 %, 25,6 % et 16,7 % du total collecté.",
      [CIRC], non=["[2]", "[3]", "[4]", "trois", "26,0 %", "25,6 %", "16,7 %"], notes="Parts constatées des flux (piège).")

    # --- Parlement de Wallonie: written questions ------------------------------------------------------------------

    S("https://www.parlement-wallonie.be/pwpages?p=interp-questions-voir&type=28&iddoc=84821", "La réduction et la verdurisation de la flotte automobile des cabinets ministériels et des services publics wallons (Parlement de Wallonie, question écrite)")
    P("Alors que les règles des marchés publics sont appliquées, la réduction de 30 % du parc automobile des cabinets décidée par le Gouvernement devrait être en phase de concrétisation.",
      [ENV], objs=[Q(30, direction="decrease", kind="relative_change", subject="parc automobile des cabinets ministériels")],
      notes="Réduction décidée par le Gouvernement et en cours de mise en œuvre : objectif de baisse sans horizon écrit.", ambiguous=True)

    S("https://www.parlement-wallonie.be/pwpages?p=interp-questions-voir&type=28&iddoc=94210", "Le verdissement de la flotte de véhicules de l'administration (Parlement de Wallonie, question écrite)")
    P("En 2019, le taux de remplacement des véhicules non spécifiques est de 7,27 %.",
      [ENV], non=["2019", "7,27 %"], notes="Taux constaté (piège).")

    # --- Union des Villes et Communes de Wallonie, Association des Provinces wallonnes ------------------------------

    S("https://www.uvcw.be/marches-publics/actus/art-8943", "Les clauses sociales (Union des Villes et Communes de Wallonie)")
    P("Cela étant, déjà en 2013, la Région wallonne s’intéressait à la clause sociale et lui donnait une définition et une forme précises.",
      [CS], non=["2013"], notes="Rappel historique (piège).")

    S("https://www.uvcw.be/focus/energie/art-2312", "La Convention des Maires (Union des Villes et Communes de Wallonie)")
    P("une initiative de la Commission européenne invitant les communes d’Europe et leurs citoyens à s’engager, sur base volontaire, à dépasser les objectifs fixés par le paquet européen \"3 x 20 en 2020\", à savoir réduire de 20 % la consommation d’énergie, diminuer de 20 % les émissions de gaz à effet de serre et produire 20 % d’énergie à partir de sources renouvelables à l’horizon 2020.",
      [NRJ, ENV], objs=[Q(20, direction="decrease", kind="relative_change", horizon=2020, subject="consommation d'énergie", themes=(NRJ,)),
                        Q(20, direction="decrease", kind="relative_change", horizon=2020, subject="émissions de gaz à effet de serre", themes=(ENV,)),
                        Q(20, horizon=2020, subject="part d'énergie produite à partir de sources renouvelables", themes=(NRJ,))],
      non=["3 x 20 en 2020"],
      notes="Tranche contiguë d'une phrase (le début, « Lancée en 2008, la Convention des Maires est », est omis pour la longueur). Les trois cibles du paquet européen 2020 que les communes s'engagent à dépasser ; « 3 x 20 en 2020 » est le nom du paquet.")

    S("https://apw.be/?p=1221", "Les PAEDC en province de Luxembourg (Association des Provinces wallonnes)")
    P("Développer un plan d’actions pour réduire de 20 % les émissions GES est a priori tout sauf facile… Créée en 2010, la Cellule Développement Durable saisit alors la balle au bond et s’inscrit en tant que coordinateur territorial pour la Convention des Maires.",
      [ENV], objs=[Q(20, direction="decrease", kind="relative_change", subject="émissions de gaz à effet de serre des communes (plan d'actions)")],
      non=["2010"],
      notes="Cible de réduction des plans d'actions de la Convention des Maires ; le récit est au passé (2012), la cible était alors à venir : discutable.", ambiguous=True)

    # --- Walloon communes -----------------------------------------------------------------------------------------

    S("https://www.chastre.be/ma-commune/vos-services-administratifs/energie/politique-energetique/convention-des-maires", "Convention des Maires (Commune de Chastre)")
    P("Au début septembre 2021, la Convention des Maires compte plus de 10.700 signataires (villes, communes et collectivités territoriales très majoritairement situées en Europe, mais également sur tous les continents, depuis son ouverture à l’échelon mondial décidée en 2015), dont 169 villes et communes wallonnes.",
      [ENV], non=["septembre 2021", "10.700", "2015", "169"], notes="Comptes de signataires et dates (piège).")
    P("Les objectifs auxquels s’engagent les communes qui adhérent à la Convention s’adaptent au fil du temps et sont en ligne avec les objectifs européens. Actuellement, les communes signataires s’engagent à :\n  • Réduire de 40% leurs émissions de CO2 d’ici 2030.",
      [ENV], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de CO2 des communes signataires")],
      notes="Engagement des communes signataires.")
    P("Cet objectif devrait permettre de maintenir l’augmentation moyenne de la température en dessous de la barre des 2°C. Cet objectif couvre non seulement les émissions directes de l’administration communale, mais aussi toutes les émissions de CO2 du territoire de la commune : bâtiments résidentiels, commerces, transports, émissions liées à l’agriculture…",
      [ENV], non=["2°C"],
      notes="Effet attendu de l'objectif (« devrait permettre ») : les 2 °C ne sont pas une cible de la commune ; « toutes les émissions » définit le périmètre, pas une cible.", ambiguous=True)

    S("https://www.frasnes-lez-anvaing.be/ma-commune/environnement/pollec/cest-quoi-pollec/pollec", "Plan Energie Climat Communal (Commune de Frasnes-lez-Anvaing)")
    P("Dans son rapport spécial de 2018, le GIEC insiste sur l’importance de limiter le réchauffement à 1,5 °C et indique que cela implique de réduire les émissions mondiales de gaz à effet de serre d’environ 45% en 2030 par rapport à 2010, pour atteindre des émissions nettes nulles vers 2050.",
      [ENV], non=["2018", "1,5 °C", "45%", "2030", "2010", "2050"],
      notes="Trajectoire scientifique décrite par le GIEC (ce que la limite implique), pas un objectif d'une autorité : piège discutable.", ambiguous=True)
    P("L’objectif ainsi fixé est de réduire les émissions de gaz à effet de serre belges au niveau domestique d’au moins 80 à 95% en 2050",
      [ENV], objs=[Q(80, value_max=95, direction="decrease", kind="relative_change", horizon=2050, comparator=">=", subject="émissions de gaz à effet de serre belges (niveau domestique)")],
      notes="Tranche contiguë d'une phrase (la suite, « par rapport à leur… », est coupée) : objectif fédéral de long terme, fourchette 80-95 %, « au moins ».")

    S("https://www.liege.be/@@multilingual-selector/49b95b1e77be44e6a2bdbb5e81507865/fr?set_language=fr", "Communiqué du Collège du 23/09/2022 : plan d'économie d'énergie (Ville de Liège)")
    P("Depuis 2006, la Ville de Liège est également membre de l’association européenne Energy Cities et signataire de la Convention mondiale des Maires, composée de milliers de villes fortement impliquées dans l’Accord de Paris et l’Agenda 2030 pour le développement durable.",
      [ENV, NRJ], non=["2006", "2030"], notes="Date d'adhésion et année dans un nom (« Agenda 2030 ») : pièges.")
    P("En matière de consommation électrique, l’installation de presque 2.000 panneaux photovoltaïques, répartis sur 5 sites, permettra de compenser totalement celle-ci.",
      [NRJ], objs=[Q(100, subject="consommation électrique de la Cité administrative compensée par le photovoltaïque")],
      non=["2.000", "5"],
      notes="« compenser totalement » lu comme 100 % (engagement d'un projet à venir) ; 2 000 panneaux et 5 sites sont les moyens. Effet attendu plutôt que cible : discutable.", ambiguous=True)

    # --- Bruxelles -------------------------------------------------------------------------------------------------

    S("https://environnement.brussels/content/avril-2019", "Newsletter achats publics durables, avril 2019 (Bruxelles Environnement)")
    P("Ceci est de très bonne augure pour l’avenir car nous vous le rappelons, le domaine des marchés publics, avec ses 19% du PIB européen, peut jouer un rôle prédominant pour le développement durable en incitant les prestataires à créer une offre de produits et de services toujours plus durable.",
      [], non=["19%"], notes="Poids des marchés publics dans le PIB (statistique, piège) ; passage général, sans thème.")
    P("Pour cela, notre réseau doit continuer à s’élargir pour que tous les acheteurs publics bruxellois soient informés et formés à l’inclusion de clauses environnementales et sociales dans leurs marchés.",
      [GOV, ENV, CS], objs=[Q(100, subject="acheteurs publics bruxellois informés et formés aux clauses environnementales et sociales", themes=(GOV,))],
      notes="« tous les acheteurs » normalisé à 100 % ; visée du réseau sans horizon, formulée comme une nécessité : discutable.", ambiguous=True)

    S("https://environnement.brussels/thematiques/zero-dechet/zero-dechet/plan-dechet", "Plan déchet (Bruxelles Environnement)")
    P("L’économie circulaire est une priorité politique du gouvernement régional, qui souhaite faire de Bruxelles une capitale “zéro déchet”. Un défi adressé à divers publics, avec pour objectif de réduire de 20% la production de déchets des ménages et des professionnels d’ici à 2030.",
      [CIRC], objs=[Q(20, direction="decrease", kind="relative_change", horizon=2030, subject="production de déchets des ménages et des professionnels")],
      notes="« zéro déchet » est un slogan, non chiffré.")

    S("http://www.environnement.brussels/news/enquete-publique-sur-le-plan-integre-air-climat-energie-du-25-mai-au-31-juillet", "Enquête publique sur le Plan intégré Air-Climat-Énergie du 25 mai au 31 juillet (Bruxelles Environnement)")
    P("Adopté en 2013, le Code bruxellois Air Climat Énergie (Cobrace) vise notamment à réduire de 30% les émissions de gaz à effet de serre de la Région à l'horizon 2025, allant au-delà de l’objectif européen.",
      [ENV], objs=[Q(30, direction="decrease", kind="relative_change", horizon=2025, subject="émissions de gaz à effet de serre de la Région")],
      non=["2013"])
    P("5.Nouveaux modes de consommations  \n\nPromouvoir une politique d’achats durables et la consommation de produits plus respectueux de l’environnement.",
      [ENV, GOV], objective=True, non=["5"], notes="Numéro d'axe (piège) ; objectif qualitatif.")

    S("https://goodfood.brussels/fr/node?domain=cit&page=27", "Label Cantine Good Food (Good Food, Bruxelles Environnement)")
    P("À Bruxelles, plus de 73 millions de repas sont servis chaque année dans les entreprises, administrations, écoles, universités, crèches, hôpitaux et maisons de repos. Autant de cantines qui peuvent solliciter le label Cantine Good Food.",
      [ALIM], non=["73 millions"], notes="Volume annuel de repas (statistique, piège).")
    P("La plupart des cantines proposent exclusivement un repas à midi. Toutefois, dans certains secteurs (hôpitaux, maisons de repos, certaines entreprises), elles peuvent servir jusqu’à 3 repas/jour pour répondre aux besoins du personnel (l’offre n’étant pas destinée au grand public).",
      [ALIM], non=["3 repas/jour"], notes="« jusqu'à 3 repas » décrit une offre, pas une cible (piège).")

    S("https://goodfood.brussels/fr/content/la-strategie-good-food-2-2022-2030", "La stratégie Good Food 2 (2022-2030) (Good Food, Bruxelles Environnement)")
    P("Le 2 juin 2022, la stratégie Good Food 2 (2022-2030) a été approuvée par le gouvernement bruxellois.",
      [ALIM], non=["2 juin 2022", "2", "2022-2030"], notes="Date d'approbation, numéro et période de la stratégie (pièges).")

    S("https://maron-trachte.brussels/2022/09/20/la-region-bruxelloise-lance-sa-strategie-good-food-2", "La Région bruxelloise lance sa Stratégie Good Food 2 (cabinet du ministre bruxellois de la Transition climatique)")
    P("C’est l’objectif de la Stratégie Good Food 2. Grâce à celle-ci, en 2030, le nombre d’entreprises certifiées bio aura doublé (par rapport à 2020). Chaque commune comptera au minimum 1 commerce Good Food pour 6000 habitant·e·s. 500 tonnes d’invendus alimentaires seront valorisés dans les nouvelles chaines de transformation.",
      [ALIM, CIRC], objs=[Q(2, unit="x", direction="increase", kind="relative_change", horizon=2030, baseline_year=2020, subject="entreprises certifiées bio", themes=(ALIM,)),
                          Q(1, unit="count", kind="absolute", horizon=2030, comparator=">=", subject="commerce Good Food pour 6000 habitants dans chaque commune", themes=(ALIM,)),
                          Q(500, unit="tonnes", kind="absolute", horizon=2030, subject="invendus alimentaires valorisés", themes=(ALIM, CIRC))],
      non=["2", "6000"],
      notes="« en 2030 » cadre les trois cibles de la phrase et des suivantes (horizon repris, discutable) ; « doublé » = facteur 2 ; 6000 habitants est le dénominateur du ratio.", ambiguous=True)
    P("Toutes les formations bruxelloises liées aux métiers de l’alimentation intègreront la dimension Good Food dans les matières enseignées.",
      [ALIM], objs=[Q(100, subject="formations bruxelloises aux métiers de l'alimentation intégrant la dimension Good Food")],
      notes="« Toutes les formations » normalisé à 100 % ; l'horizon 2030 est dans la phrase précédente, pas dans le passage.")

    S("https://1819.brussels/blog/des-marches-publics-plus-durables", "Des marchés publics plus durables (1819.brussels, hub.brussels)")
    P("De plus en plus d’appels d’offre pour des marchés de fournitures, de services ou de travaux incluent des clauses environnementales. À Bruxelles par exemple, les communes et les organismes régionaux ou financés majoritairement par la Région sont incités à inclure des clauses environnementales dans tous leurs appels d’offres (ordonnance du 8 mai 2014).",
      [ENV], objs=[Q(100, subject="appels d'offres des pouvoirs publics bruxellois incluant des clauses environnementales")],
      non=["8 mai 2014"],
      notes="Incitation de l'ordonnance à inclure des clauses dans « tous » les appels d'offres (100 %) ; incitation plutôt qu'obligation, et déjà en vigueur : pas d'horizon, discutable.", ambiguous=True)

    S("http://clausesocialebruxelles.be/?Bonne-pratique-La-Commune-d-Evere", "Bonne pratique – La Commune d’Evere (Les Clauses Sociales à Bruxelles)")
    P("Comme toute Commune, nous sommes soumis à l’obligation d’insérer une clause sociale d’insertion dans tous nos marchés de travaux subsidiés au-delà de 750 000 €. Au-delà de cette obligation imposée par la Région bruxelloise, nous avons une politique volontariste d’accessibilité de nos marchés publics aux entreprises d’économie sociale d’insertion.",
      [CS, ESS], objs=[Q(100, subject="marchés de travaux subsidiés au-delà de 750 000 € avec une clause sociale d'insertion", themes=(CS,))],
      non=["750 000 €"],
      notes="Obligation régionale en vigueur (quota légal, « tous nos marchés » = 100 %) ; 750 000 € est le seuil ; politique volontariste non chiffrée.")

    S("http://clausesocialebruxelles.be/?Le-coin-du-juriste-Les-clauses", "Le coin du juriste – Les clauses sociales dans les marchés publics des pouvoirs locaux bruxellois (Les Clauses Sociales à Bruxelles)")
    P("L’arrêté du Gouvernement de la Région de Bruxelles-Capitale du 22 avril 1999 impose des clauses sociales lors de la passation de marchés publics dans le cadre de la réalisation d’investissements d’intérêt public.",
      [CS], non=["22 avril 1999"], notes="Date d'un arrêté (piège) ; obligation non chiffrée.")

    S("https://etterbeek.brussels/fr/themes/environnement-et-urbanisme/plan-climat/alimentation-durable", "Plan climat : alimentation durable (Commune d'Etterbeek)")
    P("Les villes jouent un rôle central dans la transition écologique. Etterbeek vise à réduire de 55% ses émissions directes de gaz à effet de serre (GES) d’ici 2030 par rapport à 2008 et à atteindre la neutralité carbone d’ici 2050.",
      [ENV], objs=[Q(55, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2008, subject="émissions directes de gaz à effet de serre de la commune")],
      non=["2050"], notes="La neutralité carbone 2050 n'est pas chiffrée.")
    P("- Valoriser l’offre « Good Food » aux yeux du grand public, à travers : un subside « Collation saine », l’emprunt d’un kit « Table Durable Entre Voisins » à destination des citoyens, des ateliers de cuisine « 100 % homemade @ Libellule »",
      [ALIM], objective=True, non=["100 %"], notes="« 100 % homemade » est le nom d'un atelier (piège) ; action qualitative.")

    S("https://www.auderghem.be/00230012020A0003", "Engagements de la commune d’Auderghem confirmant l’état d’urgence climatique (Commune d'Auderghem)")
    P("de poursuivre, en prenant en compte les avis reçus dans le cadre de l’enquête publique du processus, l’adoption du Plan d’Aménagement Directeur Herrmann-Debroux qui a pour objectif de repenser l’entrée de la ville, dans la perspective de la destruction du viaduc Herrmann-Debroux, afin de réduire la pression automobile de 50% au sein de la commune",
      [ENV], objs=[Q(50, direction="decrease", kind="relative_change", subject="pression automobile dans la commune")],
      notes="Tranche contiguë d'un engagement soumis à amendement au conseil communal : texte proposé, pas encore adopté (discutable).", ambiguous=True)

    # --- Luxembourg ------------------------------------------------------------------------------------------------

    S("http://luxembourg.public.lu/fr/actualites/2019/03/14-climat/index.html", "Plan climat et énergie : le Luxembourg présente sa feuille de route (luxembourg.public.lu)")
    P("La donne est claire. Il faut absolument réduire de la moitié les émissions de gaz à effet de serre par rapport au niveau actuel - et ceci au plus vite.",
      [ENV], objs=[Q(50, direction="decrease", kind="relative_change", subject="émissions de gaz à effet de serre du Luxembourg")],
      notes="« de la moitié » = 50 % ; base « niveau actuel » sans année ; l'horizon 2030 est dans la phrase précédente, pas dans le passage.", ambiguous=True)
    P("Les contributions actuelles, y compris celle de l’Union européenne (UE), sont insuffisantes et pointent vers un réchauffement global accéléré et irrémédiable, franchissant le seuil des 2°C dès 2060.",
      [ENV], non=["2°C", "2060"], notes="Projection (piège).")

    S("https://europaforum.public.lu/fr/actualites/2007/03/lux-clim1/index.html", "Lutte contre le changement climatique (Europaforum, gouvernement luxembourgeois)")
    P("Pour le ministre, les trois objectifs retenus, c’est-à-dire la réduction de 30% des émissions de gaz à effet de serre, une proportion de 20% d’énergies renouvelables dans la consommation d’énergie, et une amélioration de 20% de l’efficience énergétique sont des données incontournables qui posent un défi à tous les acteurs politiques, à tous les secteurs économiques et à tous les particuliers.",
      [ENV, NRJ], objs=[Q(30, direction="decrease", kind="relative_change", subject="émissions de gaz à effet de serre", themes=(ENV,)),
                        Q(20, subject="part des énergies renouvelables dans la consommation d'énergie", themes=(NRJ,)),
                        Q(20, direction="increase", kind="relative_change", subject="efficience énergétique", themes=(NRJ,))],
      non=["trois"], notes="Objectifs européens 2020 (année non écrite dans le passage : pas d'horizon).")

    S("https://environnement.public.lu/fr/actualites/2020/05/pnec.html", "Le Plan national intégré en matière d’énergie et de climat (PNEC), mai 2020 (ministère de l'Environnement, Luxembourg)")
    P("Il décrit les politiques et mesures permettant d’atteindre les objectifs nationaux ambitieux en matière de réduction des émissions de gaz à effet de serre (-55%), d’énergies renouvelables (25%) et d’efficacité énergétique (de 40 à 44%) à l’horizon 2030.",
      [ENV, NRJ], objs=[Q(55, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de gaz à effet de serre", themes=(ENV,)),
                        Q(25, horizon=2030, subject="part des énergies renouvelables", themes=(NRJ,)),
                        Q(40, value_max=44, kind="relative_change", horizon=2030, subject="amélioration de l'efficacité énergétique", themes=(NRJ,))],
      notes="« -55% » : baisse de 55 ; fourchette 40-44 % pour l'efficacité énergétique (pas de verbe de changement : reach).")
    P("Dans le cadre de la consultation publique précitée, 328 citoyennes et citoyens ont fait parvenir des commentaires et propositions. S’y ajoutent 30 acteurs et groupements institutionnels de la société civile organisée, ainsi que des organisations patronales et salariales qui ont soumis un avis.",
      [GOV], non=["328", "30"], notes="Nombre de contributions (piège).")

    S("https://environnement.public.lu/fr/klima-an-energie/planpnec.html", "Le Plan national intégré en matière d’énergie et de climat (PNEC) (ministère de l'Environnement, Luxembourg)")
    P("Les objectifs intermédiaires visés d'ici 2030 consistent à:\n  • réduire de 55% les émissions de gaz à effet de serre par rapport à 2005, (hors système européen d'échange de quotas d'émissions et UTCATF),\n  • atteindre 37% d'énergies renouvelables dans la consommation finale,\n  • améliorer de 42% l'efficacité énergétique,",
      [ENV, NRJ], objs=[Q(55, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2005, subject="émissions de gaz à effet de serre (hors SEQE et UTCATF)", themes=(ENV,)),
                        Q(37, horizon=2030, subject="part des énergies renouvelables dans la consommation finale", themes=(NRJ,)),
                        Q(42, direction="increase", kind="relative_change", horizon=2030, subject="efficacité énergétique", themes=(NRJ,))],
      notes="Trois cibles du PNEC mis à jour ; « améliorer de 42% » : verbe de changement.")

    S("https://www.klima-agence.lu/fr/m-informer/notre-politique-energetique-et-climatique/politique-energetique-et-climatique-du", "Politique énergétique et climatique du Luxembourg : le PNEC (Klima-Agence)")
    P("Afin d’atteindre les objectifs de l’Accord de Paris, l’objectif climatique national pour le Luxembourg est de réduire les émissions de gaz à effet de serre de 55 % d’ici 2030. En ce qui concerne la part des énergies renouvelables dans la consommation d’énergie finale brute, l’objectif est d’arriver à 25 % d’ici à 2030 grâce à un déploiement constant de l’éolien, du solaire et des pompes à chaleur au Luxembourg.",
      [ENV, NRJ], objs=[Q(55, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de gaz à effet de serre", themes=(ENV,)),
                        Q(25, horizon=2030, subject="part des énergies renouvelables dans la consommation d'énergie finale brute", themes=(NRJ,))],
      notes="« arriver à 25 % » : niveau à atteindre (reach).")
    P("Pour la dimension de l’efficacité énergétique, l’ambition est d’atteindre un taux de 40 à 44 % d’ici 2030, ceci en abandonnant les énergies fossiles dans la nouvelle construction, en augmentant le taux de rénovation des bâtiments existants, en visant un objectif de 49 % de véhicules électriques et plug-in-hybrides et grâce à l’expansion massive des transports publics.",
      [NRJ, ENV], objs=[Q(40, value_max=44, kind="relative_change", horizon=2030, subject="amélioration de l'efficacité énergétique", themes=(NRJ,)),
                        Q(49, horizon=2030, subject="part de véhicules électriques et hybrides rechargeables", themes=(ENV,))],
      notes="Fourchette 40-44 % ; la cible de 49 % de véhicules électriques partage l'horizon de la phrase.")

    S("https://environnement.public.lu/fr/actualites/2020/09/null-offall-letzebuerg.html", "Stratégie « Null Offall Lëtzebuerg » (ministère de l'Environnement, Luxembourg)")
    P("Les mesures y déployées devront amener, in fine, à l’élimination complète de la mise en décharge de déchets municipaux, d’ici l’année 2030.",
      [CIRC], objs=[Q(100, direction="decrease", kind="relative_change", horizon=2030, subject="mise en décharge des déchets municipaux")],
      notes="« élimination complète » lue comme une baisse de 100 % (normalisation discutable).", ambiguous=True)

    S("https://bio2025.lu/fr/news/plus-de-bio-moins-de-gaspillage", "Plus de bio, moins de gaspillage (PAN-Bio 2025, ministère de l'Agriculture, Luxembourg)")
    P("Cet avenant se réfère aussi bien au plan d’action national PAN-Bio 2025 qu’à la campagne : « Ensemble contre le gaspillage alimentaire » et comprend les points suivants :",
      [ALIM], non=["2025"], notes="Année dans le nom du plan (« PAN-Bio 2025 ») : piège.")
    P("  • 50 % des produits transformés dans les cuisines proviennent de l’agriculture luxembourgeoise – dont 2/5 de la production bio et 3/5 de la production locale, à cet égard, la préférence est donnée aux aliments provenant d’exploitations en conversion.",
      [ALIM, PME], objs=[Q(50, subject="produits transformés dans les cuisines provenant de l'agriculture luxembourgeoise", themes=(ALIM,)),
                         Q(40, subject="part bio des produits de l'agriculture luxembourgeoise (2/5)", themes=(ALIM,)),
                         Q(60, subject="part locale des produits de l'agriculture luxembourgeoise (3/5)", themes=(ALIM,))],
      notes="Clause type d'avenant au cahier des charges des cantines communales ; cibles imbriquées : 2/5 et 3/5 sont des parts des 50 % (soit 20 % et 30 % du total), notées telles qu'écrites (40 et 60).", ambiguous=True)
    P("  • Deux fois par an, pendant trois semaines, les aliments gaspillés en cuisine et au restaurant sont pesés.",
      [ALIM, CIRC], objs=[Q(2, unit="count", kind="absolute", per_year=True, subject="campagnes de pesée du gaspillage alimentaire")],
      non=["trois semaines"],
      notes="Clause d'avenant : fréquence minimale de pesée (2 par an) ; la durée de trois semaines est une modalité. Cible d'action plutôt que d'achat : discutable.", ambiguous=True)

    S("https://bio2025.lu/fr/pan-bio-2025", "PAN Bio 2025 (ministère de l'Agriculture, Luxembourg)")
    P("La loi modifiée du 27 juin 2016 concernant le soutien au développement durable des zones rurales a déjà introduit de nombreuses subventions en matière de bio. À ce jour, environ 7,2 % des terres agricoles luxembourgeoises sont certifiées « biologiques », la moyenne européenne se situant aux environs de 7 %.",
      [ALIM], non=["27 juin 2016", "7,2 %", "7 %"], notes="Date de loi et parts constatées (piège).")
    P("L’objectif déclaré du PAN-Bio 2025 est de faire passer la proportion de terres cultivées biologiquement au Luxembourg à 20 % d’ici 2025 afin de contribuer à l’orientation verte de la politique européenne* au Luxembourg.",
      [ALIM], objs=[Q(20, direction="increase", horizon=2025, subject="proportion de terres cultivées biologiquement")],
      non=["PAN-Bio 2025"], notes="« faire passer … à 20 % » : verbe de changement (increase), niveau visé ; 2025 dans le nom du plan est un piège.")

    S("https://agriculture.public.lu/de/aktuelles/2025/dezember/pk-pan-bio-2030.html", "Présentation du PAN-Bio 2026-2030 (ministère de l'Agriculture, Luxembourg)")
    P("En 2005, elle s’est fixé l’objectif ambitieux de devenir le premier producteur luxembourgeois de fromage de chèvre biologique. La fromagerie artisanale a été installée sur le site et a commercialisé ses premiers fromages bio issus du lait des chèvres de l’exploitation en 2007.",
      [ALIM], non=["2005", "premier", "2007"], notes="Objectif passé d'une ferme, déjà atteint (piège).")
    P("Le PAN-Bio 2030 fixe un objectif clair: augmenter chaque année de 1 % la surface agricole utile certifiée bio",
      [ALIM], objs=[Q(1, direction="increase", kind="growth_rate", per_year=True, subject="surface agricole utile certifiée bio")],
      non=["2030"], notes="Tranche contiguë (la phrase est coupée dans la page stockée) ; hausse annuelle ; 2030 est dans le nom du plan.")

    S("https://men.public.lu/en/actualites/communiques-conference-presse/2024/10/07-restopolis.html", "Une alimentation saine et durable dans nos cantines scolaires (ministère de l'Éducation nationale, Luxembourg)")
    P("Après le succès de la phase de test lors de l’année scolaire 2023/2024, Restopolis à généralisé le système « Supply4Future by Restopolis » à tous les lycées et à l’Université du Luxembourg.",
      [ALIM, PME], non=["2023/2024"], notes="Généralisation déjà faite (« à tous les lycées » décrit un résultat) : piège.")
    P("Depuis le 1er septembre 2024, tous les achats alimentaires pour les restaurants et cafétérias de Restopolis seront traités via cette nouvelle plateforme numérique.",
      [ALIM, PME], objs=[Q(100, subject="achats alimentaires de Restopolis traités via la plateforme Supply4Future")],
      non=["1er septembre 2024"],
      notes="Règle d'achat en vigueur « depuis » (pas d'horizon) ; « tous les achats » = 100 %. Règle de procédure plutôt que cible : discutable.", ambiguous=True)

    S("https://marches.public.lu/fr/procedures/adjudication/environnement-promotion.html", "Environnement et promotion du développement durable (portail des marchés publics, Luxembourg)")
    P("La mise en œuvre d’une telle politique ne doit en aucun cas viser à réduire la concurrence réelle, la transparence et conduire à une rupture du principe d’équité et d’égalité de traitement des candidats et des soumissionnaires. (art. 12 de la loi sur les marchés publics)",
      [], non=["art. 12"], notes="Numéro d'article (piège) ; principe général, sans thème.")

    # --- Monaco ----------------------------------------------------------------------------------------------------

    S("https://www.gouv.mc/Action-Gouvernementale/L-Environnement/Actualites/Lutte-contre-les-plastiques-a-Monaco-au-1er-janvier-interdiction-des-cotons-tiges-gobelets-couverts-et-assiettes-en-plastique", "Lutte contre les plastiques à Monaco : interdictions au 1er janvier (Gouvernement Princier)")
    P("Au 1er janvier 2020, les cotons-tiges, les gobelets, les couverts et les assiettes en plastique jetable seront interdits en Principauté. Cette interdiction vient à la suite de celles, en 2016, des sacs en plastique à usage unique et en janvier 2019, des pailles et touillettes (mélangeurs) en plastique.",
      [CIRC], objective=True, non=["1er janvier 2020", "2016", "janvier 2019"],
      notes="Interdiction réglementaire à venir (objectif qualitatif, sans valeur) ; date d'entrée en vigueur et interdictions passées.", ambiguous=True)

    S("http://www.gouv.mc/Action-Gouvernementale/L-Environnement/Actualites/Le-Livre-Blanc", "Le Livre Blanc de la Transition Énergétique (Gouvernement Princier)")
    P("Ces objectifs impliquent un rythme de réduction 4 fois plus rapide que celui qui a été suivi jusqu’à présent et nécessitent l’engagement et le passage à l’action de l’ensemble de la communauté monégasque. Une politique portée par le Gouvernement sur 3 axes prioritaires : mobilité, traitement des déchets et efficacité énergétique des bâtiments.",
      [ENV, CIRC, NRJ], objs=[Q(4, unit="x", direction="increase", kind="relative_change", subject="rythme de réduction des émissions de gaz à effet de serre", themes=(ENV,))],
      non=["3"],
      notes="Rythme requis (facteur 4) déduit des objectifs ; « 3 axes » est un compte. Besoin dérivé plutôt que cible posée : discutable.", ambiguous=True)

    S("http://www.palais.mc/en/news/h-s-h-prince-albert-ii/article/2017/march/presentation-du-livre-blanc-sur-la-transition-energetique-de-la-principaute-3380.html", "Présentation du Livre Blanc sur la Transition énergétique : allocution de S.A.S. le Prince (Palais princier de Monaco)")
    P("J’ai fixé à notre pays des objectifs de réduction des émissions de gaz à effet de serre ambitieux mais qui répondent aux défis que posent les effets du changement climatique : moins de 50% à l’horizon 2030 par rapport à 1990 et la neutralité carbone en 2050.",
      [ENV], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2030, baseline_year=1990, subject="émissions de gaz à effet de serre de Monaco")],
      non=["2050"], notes="« moins de 50% » = réduction de 50 % ; neutralité 2050 non chiffrée.")
    P("Pour atteindre ces objectifs, nous devons soutenir un rythme de réduction 4 fois plus rapide que celui qui a été suivi jusqu’à présent, comme l’a souligné Madame Marie-Pierre Gramaglia.",
      [ENV], objs=[Q(4, unit="x", direction="increase", kind="relative_change", subject="rythme de réduction des émissions de gaz à effet de serre")],
      notes="Engagement (« nous devons soutenir ») à un rythme quatre fois plus rapide : facteur 4 ; discutable (moyen plutôt que cible).", ambiguous=True)
    P("Pour y parvenir, des actions majeures doivent être engagées sur les trois postes les plus producteurs de gaz à effet de serre à Monaco et qui comptent, chacun, pour environ 30% des émissions : la mobilité, le traitement des déchets et la consommation énergétique dans les bâtiments.",
      [ENV, CIRC, NRJ], non=["trois", "30%"], notes="Parts constatées des émissions (piège).")
