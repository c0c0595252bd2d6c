"""Forty-second set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh42.jsonl).

Collected blind to what the extractor gets wrong (no error listing, first score or error table read, and the extractor
never run on these passages), to measure it on text nobody here had read. Pages of French-language public bodies
outside France only: Belgian communes (Woluwe-Saint-Lambert, Uccle, Watermael-Boitsfort, Anderlecht), the Walloon
air and climate agency (AWAC), the Walloon sustainable-canteens programme (Green Deal « Cantines durables », Manger
Demain), the government of the Fédération Wallonie-Bruxelles and the Brussels parliament; Luxembourg's ministry of the
environment (a press release and its Pacte Climat and Pacte Nature programme sites) and the Ville de Dudelange; Swiss
cities and bodies (Ville de Lausanne, Ville de Nyon, Région de Nyon, the official gazette of the canton of Geneva);
Canadian provinces' French pages (Ontario, New Brunswick, including two New Brunswick government domains that carry its
news releases, and Manitoba) and the Ville de Montréal's participation platform; the Tunisian ministry of the
environment and Senegal's national climate-change committee (COMNACC). About purchasing and operating targets (organic
food in communal canteens, eco-labels of administrations), climate and energy plans, waste and canteens, and traps:
results of the past, statistics, budgets and volumes of purchases, thresholds of labels, counts, dates and prices. No
press, no company, no party. Most public sites of these countries (public.lu, wallonie.be, admin.ch, the Swiss
cantons, qc.ca, quebec.ca, canada.ca, gouv.mc, the Senegalese procurement regulator) were refused as hosts of earlier
sets, and the pages corpus holds few unused official pages in French outside France, so the share of passages with a
quantified objective is only half. Pages of sites that neither the shared dev set, nor any training passage
(``corpora/real``, the collected set, the theme model's training file), nor an earlier fresh set or theme set uses
(the build checks the first ones; the theme sets' hosts, and those of fresh41 and theme set 13 collected at the same
time, were checked by hand). Labelled with the conventions of the shared real dev set; never run through the
extractor here (the lead scores it). Every passage is copied from the opening of a public web page as the project's
search tool stored it, cited by its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, ENV, GOV, NRJ

SANTE = "sante"
BIO = "biodiversite"
CE = "commerce_equitable"


def load(S, P, Q) -> None:

    S("https://www.pacteclimat.lu/fr/citoyen/pacte-climat-efficience-energetique-pacte-climat-luxembourg", "Le Pacte Climat : c'est quoi au fait ? (Pacte Climat, ministère de l'Environnement, du Climat et du Développement durable, Luxembourg)")
    P("D’Ici 2030, le Luxembourg vise à diminuer de 55 %* les émissions de gaz à effet de serre, gaz responsables du réchauffement climatique. Le taux de 0 % d’émission représente l’objectif d’ici 2050.",
      [ENV], objs=[Q(55, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de gaz à effet de serre du Luxembourg"),
                   Q(0, horizon=2050, subject="taux d'émission de gaz à effet de serre du Luxembourg")],
      notes="Deux cibles nationales : « diminuer de 55 % » (baisse, horizon 2030) et un taux de 0 % d'émission en 2050 (cible écrite en chiffre, valeur 0, contrairement à « zéro émission nette » en toutes lettres). L'astérisque renvoie à une note hors passage.", ambiguous=True)
    P("En termes d’efficacité énergétique, une réduction de la demande de l’ordre de 40% est ciblée pour 2030.",
      [NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="demande d'énergie (efficacité énergétique)")],
      notes="« de l'ordre de » : valeur approchée, sans comparateur.")
    P("La part des énergies renouvelable devrait, elle, atteindre le taux de 23 % sur la même période.",
      [NRJ], objs=[Q(23, subject="part des énergies renouvelables")],
      notes="« sur la même période » renvoie à 2030 dans la phrase précédente, hors passage : pas d'horizon. « devrait atteindre » se lit ici comme la cible nationale (PNEC), non comme une prévision.", ambiguous=True)
    P("En contrepartie l’État subventionne les coûts de conseillers climats ainsi que les efforts entrepris selon un degré de certification. La durée totale de cette deuxième version du Pacte Climat s’étend jusqu’en 2030.",
      [ENV, GOV], non=["deuxième", "2030"], notes="Financement et durée du dispositif (piège) ; 2030 est la fin de la convention, pas l'horizon d'une cible.")

    S("https://mecb.gouvernement.lu/fr/actualites.gouvernement+fr+actualites+toutes_actualites+communiques+2021+06-juin+10-pacte-climat-communes.html", "Vote du projet de loi portant création d'un Pacte Climat 2.0 avec les communes (ministère de l'Environnement, du Climat et du Développement durable, Luxembourg)")
    P("Quatre niveaux de certification existent désormais (40% du score maximal réalisable, 50%, 65% et 75%), la catégorie de certification des 65% ayant été rajoutée.",
      [ENV, NRJ, GOV], non=["Quatre", "40%", "50%", "65%", "75%", "65%"],
      notes="Seuils des niveaux de certification du Pacte Climat (règle d'un label, piège), pas des cibles d'une commune.")

    S("https://www.woluwe1200.be/plan-climat-bis/", "Plan Climat (Commune de Woluwe-Saint-Lambert)")
    P("Selon l’objectif adopté par le gouvernement, le 5 mai 2022, la Région de Bruxelles-Capitale s’engage à réduire ses émissions régionales directes de minimum 47% en 2030 et de 90% des émissions par rapport à 2005.",
      [ENV], objs=[Q(47, direction="decrease", kind="relative_change", horizon=2030, comparator=">=", baseline_year=2005, subject="émissions régionales directes de gaz à effet de serre de la Région de Bruxelles-Capitale"),
                   Q(90, direction="decrease", kind="relative_change", baseline_year=2005, subject="émissions régionales directes de gaz à effet de serre de la Région de Bruxelles-Capitale (long terme)")],
      non=["5 mai 2022"], notes="Cible régionale citée par la commune ; « minimum » : >= ; la cible de 90 % n'a pas d'année écrite (2050 implicite) ; 2005 vaut pour les deux cibles.", ambiguous=True)
    P("En 2019, l’Union Européenne a approuvé l’objectif de neutralité carbone à l’horizon 2050 afin de limiter le réchauffement global de la planète de 1,5C° à 2°C d’ici 2100.",
      [ENV], objs=[Q(1.5, unit="°C", kind="absolute", value_max=2, comparator="<=", horizon=2100, subject="réchauffement global de la planète")],
      non=["2019", "2050"],
      notes="Limite de réchauffement chiffrée (1,5 à 2 °C, plafond) étiquetée comme dans les sets précédents ; la neutralité carbone 2050 n'a pas de valeur chiffrée.", ambiguous=True)
    P("Le territoire de Woluwe-Saint Lambert représente 4,75% des émissions totales de GES émises sur le territoire bruxellois. L’Administration communale ne représente qu’environ 1% des émissions émises sur le territoire communal.",
      [ENV], non=["4,75%", "1%"], notes="Parts d'émissions constatées (piège).")

    S("https://www.uccle.be/fr/vie-pratique/environnement/plans-dactions/plan-climat", "Plan Climat (Commune d'Uccle)")
    P("Pour atteindre les objectifs qu’elle s’est fixés - à savoir atteindre la neutralité carbone pour 2050 - la Commune doit proposer des mesures structurantes pour parvenir, dans un esprit de justice sociale, à diminuer de 50 % les émissions directes de gaz à effet de serre d’ici 2030 par rapport à 2007 (année de référence du dernier bilan carbone de la Commune).",
      [ENV], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2007, subject="émissions directes de gaz à effet de serre de la commune")],
      non=["2050"], notes="Neutralité carbone 2050 : objectif non chiffré.")
    P("Le GIEC a évalué à 95 % la probabilité que les changements climatiques soient dus aux activités humaines.",
      [ENV], non=["95 %"], notes="Évaluation scientifique citée (piège).")

    S("https://www.lausanne.ch/officiel/municipalite/programme-legislature/perenniser.html", "Pérenniser : programme de législature (Ville de Lausanne)")
    P("Grâce aux investissements importants qui seront réalisés dans l’éolien, l’hydraulique, le solaire et la géothermie, Lausanne sera à même de garantir un approvisionnement électrique à 100% renouvelable, dont plus de la moitié issue de ses propres installations.",
      [NRJ], objs=[Q(100, subject="approvisionnement électrique d'origine renouvelable"),
                   Q(50, comparator=">=", subject="part de l'électricité renouvelable issue des installations de la Ville")],
      notes="Engagement du programme de législature (« sera à même de garantir ») ; « plus de la moitié » : 50, >=, comme « plus d'un tiers » dans les conventions.", ambiguous=True)
    P("Des efforts qui iront de pair avec une meilleure efficience énergétique, la construction de nouveaux logements compatibles avec la Société à 2’000 watts et l’assainissement énergétique des bâtiments de la Ville.",
      [NRJ], objs=[Q(2000, unit="W", kind="absolute", subject="puissance moyenne consommée par habitant (Société à 2000 watts) visée pour les nouveaux logements")],
      notes="Étiqueté comme la « société à 2000 watts » de Neuchâtel dans un set précédent ; sans année ; on pourrait n'y voir qu'un standard nommé.", ambiguous=True)
    P("1   Encourager le recours aux motorisations alternatives, moins polluantes, et viser à long terme une mobilité privée 100% électrique, dans la mesure où l’électricité est d’origine renouvelable.",
      [ENV, NRJ], objs=[Q(100, subject="mobilité privée électrique")],
      non=["1"], notes="« viser à long terme » : cible sans année ; « 1 » numérote la mesure.")

    S("http://www.awac.be/index.php/calculateurs-autres-ressources/empreinte-carbone-des-communes", "La convention des maires et l'engagement des communes en faveur du climat (AWAC, Agence wallonne de l'Air et du Climat)")
    P("Récemment fusionnée avec l’initiative « Mayors Adapt », la CdM fonctionne sur la base de l’engagement volontaire des communes signataires :\n      • d’atteindre et de dépasser les objectifs européens de réduction des émissions de CO2 (-40% à l’horizon 2030), grâce à l’amélioration de l’efficacité énergétique,",
      [ENV, NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, comparator=">=", subject="émissions de CO2 des communes signataires de la Convention des maires")],
      notes="« atteindre et dépasser » l'objectif de -40 % : lu comme un minimum (>=). Passage coupé à la virgule (tranche d'une liste).", ambiguous=True)
    P("Lancé en 2012, POLLEC consiste à apporter du soutien financier et méthodologique aux communes qui, volontairement, souhaitent se doter d’un plan d’action en faveur de l’énergie durable et du climat (PAEDC).",
      [ENV, NRJ], non=["2012"], notes="Date de lancement d'un programme (piège).")

    S("http://gouvernement.cfwb.be/des-march-s-publics-durables-en-f-d-ration-wallonie-bruxelles-d-marche-responsable-et-enjeux-d-avenir", "Des marchés publics durables en Fédération Wallonie-Bruxelles : démarche responsable et enjeux d'avenir (Gouvernement de la Fédération Wallonie-Bruxelles)")
    P("La Déclaration de politique communautaire 2014-2019 comporte l’engagement ferme de promouvoir, tout spécialement pour les marchés publics, un mode de développement porteur d’avenir pour les générations futures.",
      [], objective=True, non=["2014-2019"],
      notes="Engagement qualitatif (marchés publics durables en général, sans thème précis) ; 2014-2019 est la période de la déclaration.")
    P("Le Gouvernement de la FWB a approuvé, en sa séance du 06 juin 2018, en première lecture, le projet de décret proposé par le Ministre du Budget, de la Fonction publique et de la Simplification administrative, en vue d’encourager en Communauté française la passation de tels marchés publics durables, et de développer, pour ce faire, des mécanismes ad hoc.",
      [], non=["06 juin 2018"], notes="Étape d'adoption d'un décret, datée (piège) ; marchés publics durables en général, sans thème.")

    S("https://www.nyon.ch/nyon-officiel/autorites/prix-et-labels-et-merites/labels-et-reseaux-internationaux-1645", "Labels et réseaux internationaux (Ville de Nyon)")
    P("Pour l’obtenir, une commune doit avoir réalisé ou planifié au moins 50% des actions possible dans six domaines de politique énergétique.",
      [NRJ], non=["50%", "six"], notes="Seuil d'obtention du label Cité de l'énergie (règle, piège), pas une cible de la Ville.")
    P("Une pré-évaluation réalisée en 2009 avait permis d'établir que la Ville de Nyon atteignait 35% des points, un niveau insuffisant pour l’obtention du label. En 2013, la Ville de Nyon a pu augmenter ce pourcentage à 62%, permettant ainsi sa première labellisation.",
      [NRJ], non=["2009", "35%", "2013", "62%"], notes="Scores obtenus par le passé (« a pu augmenter … à 62 % » : résultat, piège).")

    S("https://regiondenyon.ch/environnement/energie/", "Energie (Région de Nyon)")
    P("Le district de Nyon est un important émetteur de polluants atmosphériques (CO2). Les communes du périmètre se sont fixées pour objectif la réduction de 40% des émissions de CO2 d’ici 2030, sous la coordination de la Région de Nyon.",
      [ENV], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de CO2 des communes du district de Nyon")])
    P("La Région de Nyon est signataire du Pact’Air (2018), accord transfrontalier pour la qualité de l’air dans l’agglomération du Grand Genève, qui liste 14 actions pour mieux respirer, articulées autour de trois axes stratégiques:",
      [ENV], non=["2018", "14", "trois"], notes="Date de l'accord et comptes d'actions et d'axes (piège).")

    S("http://www.environnement.gov.tn/index.php/fr/developpement-durable/les-initiatives-dans-le-domaine-institutionnel-et-legislatif/projet-des-achats-publics-durables", "Projet des achats publics durables (Ministère de l'Environnement, Tunisie)")
    P("(La valeur annuelle des marchés publics s’élève à environ 13% du PIB et près de 40% du budget de l’Etat, ce qui représente environ 15 milliards de dinars(5MILLIONS DE DOLLARS AMERICAINS $)",
      [], non=["13%", "40%", "15 milliards de dinars", "5MILLIONS DE DOLLARS AMERICAINS $"],
      notes="Poids des marchés publics (statistique, piège) ; passage général sans thème ; tranche d'une parenthèse, coquilles gardées.")

    S("https://www.greendealcantines.be/le-green-deal", "Le Green Deal « Cantines Durables » (Wallonie)")
    P("Avec près de 220.000 repas chauds servis chaque jour, soit environ 125 millions de repas par an, les cantines sont un levier d’action important pour une transition efficace vers un système alimentaire durable en Wallonie.",
      [ALIM], non=["220.000", "125 millions"], notes="Volumes de repas (statistique, piège), même « par an ».")

    S("http://www.mangerdemain.be/green-deal-cantines-durables/", "Le Green Deal Cantines Durables (Manger Demain, Wallonie)")
    P("Depuis sa réouverture début 2022, le Green Deal Cantines Durables a fait peau neuve : Le dispositif s’accompagne de nouvelles modalités d’engagement dont l’objectif est d’amener en 18 mois les cantines vers la labellisation Cantines Durables et un approvisionnement relocalisé.",
      [ALIM], objective=True, non=["2022", "18 mois"],
      notes="Objectif qualitatif (amener les cantines signataires vers le label) ; 18 mois est un délai, pas une valeur cible ; on pourrait y lire 100 % des cantines signataires.", ambiguous=True)

    S("https://www.ondiraitlesud.lu/le-pacte-climat-a-la-ville-de-dudelange/", "Le Pacte Climat à la Ville de Dudelange (Ville de Dudelange)")
    P("La commune a élaboré un concept pour la réduction et l’utilisation (matérielle et énergétique) des déchets. Cela a engendré un taux de recyclage des déchets en Ville de 54%.",
      [CIRC], non=["54%"], notes="Résultat obtenu (« a engendré », piège).")

    S("https://www.realisonsmtl.ca/zerodechet?tool=survey_tool&tool_id=nous-joindre", "Montréal, objectif zéro déchet (Réalisons Montréal, Ville de Montréal)")
    P("En adoptant son Plan directeur de gestion des matières résiduelles 2020-2025, l'agglomération de Montréal s'est fixé l'objectif ambitieux de devenir une ville zéro déchet à l'horizon 2030.",
      [CIRC], objective=True, non=["2020-2025", "2030"],
      notes="« zéro déchet » en toutes lettres : objectif non chiffré au sens des conventions (comme « zéro émission nette » dans les sets précédents) ; 2020-2025 est la période du plan.", ambiguous=True)

    S("https://comnacc.org/actualites/atelier-de-partage-de-la-contribution-determinee-nationale-du-senegal-dans-le-cadre-de-laccord-de-paris-convention-cadre-des-nations-unis-sur-les-changements-climatiques/", "Atelier de partage de la Contribution déterminée nationale du Sénégal (COMNACC, Comité national sur les changements climatiques, Sénégal)")
    P("Dans le cadre de la Convention-Cadre des Nations Unies sur les changements climatiques (CCNUCC),\nun accord international sur le climat (Accord de Paris), applicable à tous les pays, a été adopté en\ndécembre 2015 par 185 Parties. Cet Accord se fixe comme objectif une limitation du réchauffement\nmondial de 2°C, voire bien à deçà à 1,5°C d’ici 2100.",
      [ENV], objs=[Q(2, unit="°C", kind="absolute", comparator="<=", horizon=2100, subject="réchauffement mondial"),
                   Q(1.5, unit="°C", kind="absolute", comparator="<=", horizon=2100, subject="réchauffement mondial (ambition renforcée)")],
      non=["décembre 2015", "185"],
      notes="Objectif de l'Accord de Paris rapporté : plafond de 2 °C et ambition de 1,5 °C ; date d'adoption et nombre de Parties (pièges).", ambiguous=True)

    S("https://www2.gnb.ca/content/gnb/fr/corporate/promo/priorites-gouvernement/environnement.html", "Environnement : priorités du gouvernement (Gouvernement du Nouveau-Brunswick)")
    P("Tonnes de GES par million de dollars de PIB\nEn 2024: 323-322 tonnes d’équivalent CO2 par million $ de PIB\nObjectif pour 2028: 286-253 tonnes d’équivalent CO2 par million $ de PIB",
      [ENV], objs=[Q(253, unit="tCO2e/M$", kind="absolute", value_max=286, horizon=2028, subject="intensité des émissions de GES (tonnes d'équivalent CO2 par million de dollars de PIB)")],
      non=["2024", "323-322"],
      notes="Fourchette cible écrite « 286-253 » : valeur 253, borne haute 286 ; direction reach (niveau nu) ; le niveau 2024 est un constat, pas une base écrite comme telle.", ambiguous=True)
    P("Augmenter les économies liées à l’efficacité énergétique\nEn 2024: 331 000 gigajoules\nObjectif pour 2028: 500 000 gigajoules",
      [NRJ], objs=[Q(500000, unit="GJ", direction="increase", kind="absolute", horizon=2028, subject="économies d'énergie liées à l'efficacité énergétique")],
      non=["2024", "331 000 gigajoules"], notes="« Augmenter » : direction increase ; le niveau 2024 est donné comme constat.")
    P("Améliorer le niveau de la qualité de l’air extérieur aux stations du N.-B. pour le faire passer à « bon ou meilleur »\nEn 2024: 69 %\nObjectif pour 2028: 78 %",
      [ENV], objs=[Q(78, direction="increase", horizon=2028, subject="stations du N.-B. où la qualité de l'air extérieur est « bon ou meilleur »")],
      non=["2024", "69 %"], notes="« faire passer à » : increase ; 69 % en 2024 est le constat de départ (non étiqueté comme base, écrit sur une autre ligne).", ambiguous=True)
    P("Assurer une bonne qualité de l’air à l’intérieur de tous les édifices gouvernementaux\nObjectif pour 2028:  À déterminer",
      [SANTE], objs=[Q(100, horizon=2028, subject="édifices gouvernementaux ayant une bonne qualité de l'air intérieur")],
      notes="« tous les édifices » normalisé à 100 % ; la valeur de l'indicateur 2028 reste « à déterminer », d'où le doute.", ambiguous=True)

    S("https://www.mynbpropertyassessment.ca/content/gnb/fr/ministeres/egl/nouvelles/communique.2022.09.0508.html", "Le gouvernement dévoile un plan d'action renouvelé sur les changements climatiques (Gouvernement du Nouveau-Brunswick, communiqué)")
    P("La province est en tête au pays en ce qui concerne la réduction des émissions depuis 2005, avec une baisse de 37 pour cent. Le gouvernement s’est engagé à atteindre, d’ici 2030, des niveaux inférieurs de 46 pour cent à ceux de 2005.",
      [ENV], objs=[Q(46, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2005, subject="émissions de gaz à effet de serre du Nouveau-Brunswick")],
      non=["2005", "37 pour cent"], notes="La baisse de 37 % depuis 2005 est un résultat (piège) ; « niveaux inférieurs de 46 % à ceux de 2005 » : baisse relative, base 2005.")

    S("https://www.mynbpropertyassessment.ca/content/gnb/fr/ministeres/egl/nouvelles/communique.2022.07.0355.html", "Rapport d'étape final du plan d'action sur les changements climatiques (Gouvernement du Nouveau-Brunswick, communiqué)")
    P("FREDERICTON (GNB) – Le rapport d’étape final du plan La transition vers une économie à faibles émissions de carbone : Le plan d’action sur les changements climatiques du Nouveau-Brunswick indique que 76 pour cent des mesures ont été achevées.",
      [ENV, GOV], non=["76 pour cent"], notes="Bilan d'exécution d'un plan (résultat, piège).")
    P("·         Le Nouveau-Brunswick est un chef de fil au pays en ce qui a trait à la réduction des émissions de gaz à effet de serre, et il est en bonne voie d’atteindre la cible nationale et d’ainsi faire en sorte que ses émissions soient réduites de 40 à 45 pour cent comparativement aux niveaux enregistrés en 2005.",
      [ENV], objs=[Q(40, direction="decrease", kind="relative_change", value_max=45, baseline_year=2005, subject="émissions de gaz à effet de serre du Nouveau-Brunswick (cible nationale)")],
      notes="Cible nationale (40 à 45 % sous 2005) que la province est « en bonne voie d'atteindre » ; l'année 2030 n'est pas écrite : pas d'horizon.", ambiguous=True)

    S("https://livinginnb.ca/content/gnb/fr/ministeres/egl/nouvelles/communique.2021.01.0044.html", "Rapport d'étape du Plan d'action sur les changements climatiques (Gouvernement du Nouveau-Brunswick, communiqué)")
    P("  • les émissions de gaz à effet de serre ont diminué de 34 pour cent depuis 2005, dépassant la cible nationale pour 2030 qui se situe à 30 pour cent;",
      [ENV], objs=[Q(30, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de gaz à effet de serre (cible nationale)")],
      non=["34 pour cent", "2005"],
      notes="La baisse de 34 % est un résultat ; la cible nationale de 30 % pour 2030 est citée (objectif) ; 2005 appartient au résultat, la base de la cible n'est pas écrite.", ambiguous=True)
    P("  • 34 pour cent des municipalités de la province, y compris toutes les grandes villes ainsi que les municipalités côtières les plus à risque, ont élaboré des plans d’adaptation;",
      [ENV], non=["34 pour cent"], notes="Constat (piège) ; « toutes les grandes villes » décrit un résultat, pas une cible.")

    S("https://news.ontario.ca/moe/fr/2018/04/lontario-aide-les-menages-et-les-entreprises-a-reduire-les-dechets-alimentaires-et-organiques.html", "L'Ontario aide les ménages et les entreprises à réduire les déchets alimentaires et organiques (Gouvernement de l'Ontario, salle de presse)")
    P("  • Fixer des cibles de réduction et de récupération des déchets alimentaires et organiques de 50 % et de 70 % pour les municipalités et les entreprises.",
      [CIRC, ALIM], objs=[Q(50, subject="réduction et récupération des déchets alimentaires et organiques (première cible)"),
                         Q(70, subject="réduction et récupération des déchets alimentaires et organiques (seconde cible)")],
      notes="Deux taux cibles dont la répartition (par type d'acteur) n'est pas dite ; pas d'année ; gaspillage alimentaire : thème alimentation aussi.", ambiguous=True)
    P("Il a été démontré que le réacheminement génère 60 % plus de PIB et 40 % plus d'emplois par tonne de déchets ramassés et récupérés que l'enfouissement.",
      [CIRC], non=["60 %", "40 %"], notes="Résultat d'étude (piège).")

    S("https://www.ontario.ca/fr/page/strategie-pour-un-ontario-sans-dechets-vers-une-economie-circulaire", "Stratégie pour un Ontario sans déchets : vers une économie circulaire (Gouvernement de l'Ontario)")
    P("En moyenne, chaque habitant de l’Ontario produit plus de 850 kilogrammes de déchets par année. Au cours des dix dernières années, nous avons seulement recyclé environ 25 % de nos déchets et la situation ne s'est pas améliorée.",
      [CIRC], non=["850 kilogrammes", "dix", "25 %"], notes="Statistiques (piège), même « par année ».")

    S("http://www.ontario.ca/fr/page/strategie-de-lontario-en-matiere-de-changement-climatique", "Stratégie de l'Ontario en matière de changement climatique (Gouvernement de l'Ontario)")
    P("Cette stratégie définit la vision de l’Ontario pour lutter contre le changement climatique et atteindre l’objectif d’émissions inférieures de 80 % par rapport aux niveaux de 1990 d’ici 2050.",
      [ENV], objs=[Q(80, direction="decrease", kind="relative_change", horizon=2050, baseline_year=1990, subject="émissions de gaz à effet de serre de l'Ontario")])

    S("https://www.ontario.ca/fr/page/cadre-strategique-pour-la-gestion-des-dechets-alimentaires-et-organiques", "Cadre stratégique pour la gestion des déchets alimentaires et organiques (Gouvernement de l'Ontario)")
    P("La figure 1 contient un schéma en forme d’anneau qui indique que 32 % (3,7 millions de tonnes) du flux total de déchets de l’Ontario est composé d’aliments et d’autres déchets organiques, comme les résidus alimentaires, le papier souillé, les feuilles et les résidus de jardin,",
      [CIRC, ALIM], non=["1", "32 %", "3,7 millions de tonnes"], notes="Composition des déchets (statistique, piège) ; numéro de figure ; tranche d'une phrase.")

    S("http://www2.gnb.ca/content/gnb/fr/ministeres/der/energie/content/plan_directeur/content/changements.html", "Changements climatiques : plan directeur de l'énergie (Gouvernement du Nouveau-Brunswick)")
    P("Au Nouveau-Brunswick, les diverses façons de consommer l’énergie telles que le transport, la production d’électricité, l’activité industrielle, etc. créent 92 p. 100 des émissions de gaz à effet de serre. La politique énergétique est donc étroitement associée à l’empreinte carbone.",
      [NRJ, ENV], non=["92 p. 100"], notes="Part des émissions constatée (piège).")

    S("https://news.gov.mb.ca/news/print,index.fr.html?item=42392&posted=2017-10-27", "Le Manitoba dévoile son Plan vert et climatique (Gouvernement du Manitoba, communiqué)")
    P("Le Plan propose pour la tarification du carbone une approche particulière au Manitoba assortie d’un prix bas et stable de 25 $ par tonne à compter de 2018.",
      [ENV], non=["25 $ par tonne", "2018"], notes="Prix du carbone proposé, instrument et non cible de performance (piège) ; « à compter de 2018 » : entrée en vigueur.", ambiguous=True)

    S("http://www.ge-fao.ch/", "Premier rapport de performance environnementale de l'Etat de Genève (Feuille d'avis officielle de la République et canton de Genève)")
    P("54% des déplacements domicile-travail se font avec des moyens de mobilité durable.",
      [ENV], non=["54%"], notes="Constat (piège).")
    P("L’administration est un vaste domaine constitué de plus de 17 000 collaborateurs-trices et de quelques 800 bâtiments, assurant dix-sept politiques publiques et 176 prestations.",
      [], non=["17 000", "800", "dix-sept", "176"], notes="Comptes décrivant l'administration (piège) ; sans thème.")

    S("https://pactenature.lu/fr/acteur-engage/les-mesures/communication-et-cooperation", "Communication et coopération : les mesures (Pacte Nature, ministère de l'Environnement, Luxembourg)")
    P("La commune promeut l’achat de produits alimentaires biologiques (régionaux et de saison si possible) : un cahier des charges existe et a été adopté par le collège des bourgmestre et échevins. Le cahier des charges prescrit, entre autres, qu’au moins 50 % des dépenses totales d’achat de denrées alimentaires sont allouées à des produits alimentaires biologiques.",
      [ALIM], objs=[Q(50, comparator=">=", subject="dépenses d'achat de denrées alimentaires consacrées à des produits biologiques")],
      notes="Exigence d'une mesure du catalogue (part minimale d'achats bio prescrite par le cahier des charges communal) : objectif, comme une clause de marché dans le jeu de dev.", ambiguous=True)

    S("https://pactenature.lu/fr/acteur-engage/les-mesures/milieu-urbain/gestion-extensive-des-espaces-verts", "Gestion extensive des espaces verts : les mesures (Pacte Nature, ministère de l'Environnement, Luxembourg)")
    P("Concernant les surfaces fauchées, 10 à 20 % de la surface n’est pas fauchée afin d’offrir un abri et des ressources alimentaires aux insectes et autres animaux.",
      [BIO], objs=[Q(10, value_max=20, subject="part des surfaces fauchées laissée non fauchée")],
      notes="Règle de gestion prescrite par la mesure (fourchette 10 à 20 %) ; au présent descriptif, on pourrait la lire comme une simple définition.", ambiguous=True)

    S("http://www.watermael-boitsfort.irisnetlab.be/@@multilingual-selector/aac9251855bc4e30900cabe8d59cdb2c/fr?set_language=fr", "Gouvernance et exemplarité : Agenda 21 (Commune de Watermael-Boitsfort)")
    P("  • Conserver - voire améliorer - la labellisation éco-dynamique IBGE obtenue par la Commune (deux étoiles à ce jour) via l’utilisation de produits de nettoyage écologiques et les pratiques du service plantation",
      [ENV, BIO], objs=[Q(2, unit="étoiles", direction="maintain", kind="absolute", subject="niveau du label éco-dynamique de la Commune")],
      notes="« Conserver » le niveau actuel (deux étoiles) : direction maintain ; « voire améliorer » laisse une cible ouverte. Service plantation : espaces verts (biodiversité).", ambiguous=True)

    S("http://www.anderlecht.be/environnement/eco-conseil/label-eco-dynamique", "Label éco-dynamique (Commune d'Anderlecht)")
    P("L'objectif de l'administration étant d'obtenir au départ une étoile de qualité pour les trois sites sélectionnés par le Collège des Bourgmestre et Echevins, à savoir l'Hôtel communal et les bureaux qui lui sont contigus, l'ensemble des bureaux situés rue G. Moreau et rue de l'Instruction et les bureaux situés rue de Fiennes.",
      [ENV, GOV], objs=[Q(1, unit="étoile", kind="absolute", subject="niveau du label éco-dynamique visé pour trois sites de l'administration")],
      non=["trois"], notes="Niveau de label visé (« une étoile ») ; « trois sites » compte le périmètre.", ambiguous=True)

    S("http://www.parlement.brussels/weblex-quest-det/?lang=fr&moncode=149914&base=1&taal=fr", "Question écrite concernant l'ajout d'une clause en matière de commerce équitable dans les marchés publics de la Région de Bruxelles-Capitale (Parlement bruxellois)")
    P("Au printemps 2020, j’ai eu l’occasion d’interroger M. Smet sur la politique du gouvernement de la Région de Bruxelles-Capitale en matière de commerce équitable (voir QE n° 99).",
      [CE], non=["2020", "99"], notes="Date et numéro de question parlementaire (piège).")
