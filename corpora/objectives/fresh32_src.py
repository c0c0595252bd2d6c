"""Thirty-second set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh32.jsonl).

Collected in issue 15's thirty-third pass, blind to what the extractor gets wrong (no error listing, first score or
error table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages
of the press and of associations, NGOs and federations only: regional and local papers and radios (a Metz weekly, a
Seine-et-Marne weekly, a Burgundy legal and economic weekly, a Hauts-de-France radio), agricultural press (La Volonté
paysanne, L'Auvergne agricole, Culture Agri), environmental and trade news sites (Déchets.com archives, Batiweb, Le
Journal des énergies renouvelables, Vivre demain, La Relève et La Peste, OneHeart, a news aggregator), and associations,
NGOs and federations (Fondation pour la Nature et l'Homme and its think tank, Agir pour l'Environnement, the collective
Les Pieds dans le Plat, Vélo & Territoires, Climat-Santé); reporting targets of authorities, hospitals, schools or the
law (EGalim catering quotas, regional lycée catering, AGEC waste and plastics, climate-energy plans, renewable shares,
zero net land take, cycling) or advocating their own, and traps: results of the past, statistics and surveys, budgets,
counts, dates and projections. No page of an authority or State body itself, no company's page. Pages of sites that
neither the shared dev set, nor any training passage (``corpora/real``, the collected set, the theme model's training
file), nor an earlier fresh set or theme set uses (the build checks the first ones; every host was also checked by hand
against every URL under ``corpora/``, and against the sets fresh29 to fresh31 and theme set 8 collected at the same
time). Smaller than planned (the stored pages corpus holds few unused press and association pages on these topics;
most hits were refused as hosts of earlier sets). Labelled with the conventions of the shared real dev set; never run
through the extractor here (the lead scores it). Every passage is copied from the opening of a public web page as the
project's search tool stored it, cited by its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, ENV, GOV, NRJ, PME

SANTE = "sante"
BIO = "biodiversite"


def load(S, P, Q) -> None:

    S("https://lavolontepaysanne.fr/fil-info/page/25/?post_page=566", "Fil info (La Volonté paysanne)")
    P("Selon un sondage Ifop présenté en conférence de presse le 13 septembre, 86% des Français sont favorables au vote d’une loi imposant l’obligation de servir au moins 20% d’aliments issus de l’agriculture bio et locale dans les restaurants collectifs d’ici 2022.",
      [ALIM], objs=[Q(20, horizon=2022, comparator=">=", subject="aliments issus de l'agriculture bio et locale dans les restaurants collectifs")],
      non=["13 septembre", "86%"],
      notes="Le 20 % d'ici 2022 est la cible de la loi proposée (objet du sondage) ; 86 % est un résultat de sondage (piège). Cible d'un texte encore en débat : discutable.", ambiguous=True)
    P("Jean-Paul Gabillard, secrétaire national de la Fnab, a affirmé que l’objectif de 20% d’aliments bio en restauration collective correspond à 400000 hectares. Et d’ajouter: « Aujourd’hui, nous sommes à 1,5Mha de bio en France. Nous avons la capacité de fournir la restauration collective».",
      [ALIM], objs=[Q(20, subject="aliments bio en restauration collective")],
      non=["400000 hectares", "1,5Mha"],
      notes="« l'objectif de 20 % » est la cible ; 400 000 hectares est une conversion de cette cible en surface (estimation) et 1,5 Mha la surface bio actuelle (constat).")

    S("http://climat-sante.org/hopitaux-face-changement-climatique", "Les hôpitaux face au changement climatique (Climat-Santé)")
    P("Selon la Banque Mondiale, les structures de santé sont à l’origine de 5% des gaz à effet de serre (GES) émis dans le monde. Mais certaines ont décidé d’agir pour réduire leurs impacts, notamment grâce aux recommandations de l’ONG internationale Health care without harm (Soins de santé sans impact) : réduire la production de déchets, optimiser l’aération des salles d’opération…",
      [ENV, CIRC], non=["5%"], notes="Statistique mondiale (piège) ; les actions citées sont des recommandations générales, sans cible.")
    P("En France, via le projet de recherche STREAMER, l’Assistance publique-Hôpitaux de Paris (APHP) vise à réduire drastiquement ses consommations énergétiques et ses émissions de GES de 50% d’ici 10 ans.",
      [NRJ, ENV], objs=[Q(50, direction="decrease", kind="relative_change", subject="consommations énergétiques et émissions de GES de l'AP-HP")],
      non=["10 ans"],
      notes="Une seule valeur pour deux grandeurs (énergie et GES) : un seul objectif. « d'ici 10 ans » n'écrit pas d'année : pas d'horizon.")

    S("http://www.fondation-nature-homme.org/magazine/la-restauration-collective-formidable-levier-pour-une-alimentation-saine-pour-tous/", "La restauration collective, formidable levier pour une alimentation saine pour tous (Fondation pour la Nature et l'Homme)")
    P("Depuis 2007, la FNH est convaincue du formidable levier que constitue la restauration collective pour répondre aux enjeux agricoles et alimentaires d’un territoire. Les écoles sont concernées mais pas seulement : maisons de retraites, hôpitaux, entreprises,… 8 millions de personnes mangent à la cantine chaque jour et 70 000 restaurants proposent des repas.",
      [ALIM], non=["2007", "8 millions", "70 000"], notes="Date et statistiques du secteur (piège).")
    P("Notre engagement s’est traduit à la suite du Grenelle de l’environnement par une circulaire état exemplaire fixant pour la première fois un objectif d’introduction de produits bio dans les restaurants des services de l’Etat. Si la mise en place est laborieuse, la prise de conscience a alors débuté.",
      [ALIM], objective=True,
      notes="Mention d'un objectif de la circulaire « État exemplaire » sans sa valeur : objectif qualitatif (passé mais encore en vigueur).", ambiguous=True)

    S("http://think-tank.fnh.org/content/restauration-collective-responsable", "Restauration collective responsable (Fondation Nicolas Hulot, think tank)")
    P("Chaque jour, en France, que ce soit à l'école, en entreprise, en maison de retraite ou à l'hôpital, plus de 8 millions de personnes prennent un repas en collectivité. Cela représente un montant de 7 milliards d’euros chaque année.",
      [ALIM], non=["8 millions", "7 milliards d’euros"], notes="Statistique et volume d'achats annuel (piège, « chaque année » décrit un volume).")

    S("https://collectiflespiedsdansleplat.org/notrevision", "Notre vision (Collectif Les Pieds dans le Plat)")
    P("UNE CUISINE 100% FAIT-MAISON,\nBIO, LOCALE\nDes aliments cultivés en agriculture biologique, chez des producteurs locaux, achetés en fonction de la saison, qui arrivent bruts en cuisine, pour être cuisinés sur place.",
      [ALIM], objs=[Q(100, subject="cuisine fait-maison en restauration collective")],
      notes="Vision défendue par l'association (plaidoyer) : « 100 % fait-maison » lu comme une cible ; titre sans verbe, discutable.", ambiguous=True)

    S("https://rr.network.fitamant.bzh/archives-dechets-com/prevention-des-dechets-le-syctom-ne-lache-pas-laffaire", "Prévention des déchets : le Syctom ne lâche pas l'affaire (Déchets.com, archives)")
    P("Entre 2010 et 2011, les OMR (Ordures Ménagères Résiduelles) ont diminué de -3 kg/habitant. Parallèlement, on constate une hausse des collectes sélectives de +1,2 kg/habitant et des objets encombrants de +1,1 kg/habitant.",
      [CIRC], non=["2010", "2011", "-3 kg/habitant", "+1,2 kg/habitant", "+1,1 kg/habitant"], notes="Évolutions constatées (piège).")
    P("Au regard de l’objectif du Grenelle de réduire de -7% en 5 ans les déchets ménagers et assimilés (OMR + CS + verre) produits par habitant, le ratio observé par le Syctom est passé de 421,6 kg en 2008 à 404,5 kg en 2011, enregistrant ainsi une baisse de -4% sur les 3 dernières années.",
      [CIRC], objs=[Q(7, direction="decrease", kind="relative_change", subject="déchets ménagers et assimilés produits par habitant (objectif du Grenelle)")],
      non=["5 ans", "421,6 kg", "2008", "404,5 kg", "2011", "-4%", "3 dernières années"],
      notes="Objectif national du Grenelle (-7 % en 5 ans, sans année écrite) ; le passage de 421,6 à 404,5 kg et la baisse de 4 % sont des résultats (piège).")
    P("Aujourd’hui, 65 communes (qui représentent 92% des habitants du territoire du Syctom) sont engagées, ou en voie de l’être, dans un PLP (Programme Local de Prévention) des déchets ; un taux de mobilisation très positif à comparer à l’objectif de 80% de couverture de l’Ile-de-France fixé par la Région.",
      [CIRC], objs=[Q(80, subject="couverture de l'Île-de-France par des programmes locaux de prévention des déchets")],
      non=["65", "92%"], notes="65 communes et 92 % sont des constats ; 80 % est l'objectif régional.")

    S("https://rr.network.fitamant.bzh/archives-dechets-com/dechets-paris-et-lagglo-annoncent-une-baisse-des-tonnages", "Déchets : Paris et l'agglo annoncent une baisse des tonnages (Déchets.com, archives)")
    P("Le Syctom affiche une certaine satisfaction et ne manque pas de le faire savoir : la production de déchets (collectes sélectives, objets encombrants et ordures ménagères résiduelles) au titre de l’année 2013 est établie à 2 284 405 tonnes. Selon le Syctom, la plus forte baisse enregistrée est celle des ordures ménagères résiduelles avec - 9 kg/hab, soit -2,7% de déchets par habitant par rapport à 2012.",
      [CIRC], non=["2013", "2 284 405 tonnes", "- 9 kg/hab", "-2,7%", "2012"], notes="Bilan de tonnages d'une année passée (piège).")

    S("https://batiweb.com/actualites/collectivites-territoriales/des-objectifs-ambitieux-en-matiere-d-energies-renouvelables-pour-la-region-ile-de-france-32730", "Des objectifs ambitieux en matière d'énergies renouvelables pour la région Île-de-France (Batiweb)")
    P("Dans ce sens, Valérie Pécresse, présidente de la Région, a d'ores et déjà pris ses engagements pour que « les énergies renouvelables en 2030 représentent 40% de la consommation francilienne », et même 100% en 2050. Aujourd'hui, ce taux avoisine plutôt les 11%, alors que l'Île-de-France est une « région qui consomme énormément ».",
      [NRJ], objs=[Q(40, horizon=2030, subject="part des énergies renouvelables dans la consommation francilienne"),
                   Q(100, horizon=2050, subject="part des énergies renouvelables dans la consommation francilienne")],
      non=["11%"], notes="11 % est le niveau actuel (constat, donné par « aujourd'hui »).")
    P("Enfin, prenant modèle sur les fameuses Conférences des parties (COP), l'Île-de-France se verra elle aussi dotée d'un événement régional visant à réunir, chaque année, les acteurs de la transition énergétique autour des thématiques liées à l'énergie et au climat. Un investissement de 150 millions d'euros sera réalisé dans ce sens d'ici à 2021, et de 500 millions à horizon 2030.",
      [NRJ, GOV], non=["150 millions d'euros", "2021", "500 millions", "2030"],
      notes="Montants d'investissement annoncés (budgets, piège) ; l'événement annuel est une mesure de gouvernance sans cible chiffrée.", ambiguous=True)

    S("https://journal-enr.org/?p=3192", "Île-de-France : les grandes ambitions de Valérie Pécresse (Le Journal des énergies renouvelables)")
    P("Valérie Pécresse a défendu « trois principes » : la\n« sobriété », en réduisant de 40 % la consommation énergétique régionale d'ici 2050,\n« la production d'énergie renouvelable » en la multipliant par quatre sur le territoire, et\n« la réduction de la dépendance énergétique », notamment vis à vis des énergies carbonées et du nucléaire,\n« en tendant vers une région 100% énergie renouvelable en 2050 ».",
      [NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2050, subject="consommation énergétique régionale"),
                   Q(4, unit="x", direction="increase", kind="relative_change", subject="production d'énergie renouvelable sur le territoire"),
                   Q(100, horizon=2050, subject="part d'énergie renouvelable de la région")],
      non=["trois"], notes="« trois principes » est un compte ; « multipliant par quatre » sans année écrite pour ce principe.")
    P("La région Île-de-France, présidée par Valérie Pécresse (LR) a adopté le 3 juillet sa stratégie Energie-Climat, laquelle prévoit que les énergies renouvelables représenteront en 2030 40 % de la consommation francilienne, avec un objectif de 100 % en 2050.",
      [NRJ], objs=[Q(40, horizon=2030, subject="part des énergies renouvelables dans la consommation francilienne"),
                   Q(100, horizon=2050, subject="part des énergies renouvelables dans la consommation francilienne")],
      non=["3 juillet"], notes="Date d'adoption (piège).")

    S("http://echo-fm.fr/news/manger-local-ces-lycees-proches-de-chez-vous-qui-s-engagent-1442", "« Manger local » : ces lycées proches de chez vous qui s'engagent (Écho FM)")
    P("Servir des repas de qualité aux lycéens, tout en offrant une réelle opportunité aux agriculteurs et aux artisans-bouchers, c’est l’objectif de la stratégie de développement de l’approvisionnement local, votée le 13 octobre dernier par la Région. À l’horizon 2021, l’ensemble des restaurants scolaires des lycées des Hauts-de-France proposeront au minimum 70 % de produits locaux.",
      [ALIM, PME], objs=[Q(70, horizon=2021, comparator=">=", subject="produits locaux dans les restaurants scolaires des lycées")],
      non=["13 octobre"],
      notes="Cible régionale (au minimum 70 %, à l'horizon 2021) ; date du vote (piège). « l'ensemble des restaurants » définit le périmètre, pas une seconde cible. Thème PME/local pour l'appui aux agriculteurs et artisans locaux : discutable.", ambiguous=True)
    P("Dans le cadre du projet \"Je mange local au lycée\", une expérimentation a été menée en janvier 2017 auprès de 45 établissements volontaires. Le bilan réalisé en juillet dernier fait apparaître que 39 d'entre eux ont déjà engagé des actions pour développer l'approvisionnement local.",
      [ALIM], non=["janvier 2017", "45", "39"], notes="Bilan d'une expérimentation (piège).")
    P("Le 23 novembre, la Région a alloué une subvention de 200 291€ aux 39 lycées déjà investis dans la démarche. 32 autres établissements publics participeront à la deuxième phase du dispositif \"Je mange local au lycée\" pour l'année 2017-2018. Ce seront donc au total 71 lycées qui seront accompagnés par la Région.",
      [ALIM], non=["23 novembre", "200 291€", "39", "32", "2017-2018", "71"],
      notes="Subvention (budget), comptes d'établissements déjà décidés (piège).")

    S("https://www.lemoniteur77.com/lycees-la-region-soutient-les-produits-bios-et-locaux-3856.html", "Lycées : la Région soutient les produits bios et locaux (Le Moniteur de Seine-et-Marne)")
    P("L'Île-de-France ccompagnecette année 100 lycées, soit 20 % des demi-pensionnaires franciliens, avec pour objectif d'y introduire des « produits biologiques, locaux et de qualité ». En effet, d'ici 2024, la Région souhaite atteindre 100 % des cantines des lycées approvisionnées en circuits courts, en priorité avec des produits locaux et avec 50 % de produits bios.",
      [ALIM], objs=[Q(100, horizon=2024, subject="cantines des lycées approvisionnées en circuits courts"),
                    Q(50, horizon=2024, subject="produits bios dans les cantines des lycées")],
      non=["100", "20 %"],
      notes="100 lycées accompagnés et 20 % des demi-pensionnaires décrivent l'action de l'année (constat) ; cibles 2024 : 100 % des cantines en circuits courts, 50 % de bio. Coquilles du texte gardées.")
    P("Toujours dans cette démarche de développement durable, 35 lycées volontaires se sont engagés contre le gaspillage alimentaire et pour la gestion des déchets. Au lycée Henri-Moissan à Meaux, le gaspillage est passé de 124 g\n\nà 77 g/couvert, après la mise en place de travaux de groupes, d'équipements particuliers (presse-orange et coupe-pomme), plats faits maison, assiettes petite et grande faims, table de partage...",
      [ALIM, CIRC], non=["35", "124 g", "77 g/couvert"], notes="« est passé de … à » décrit un résultat obtenu (piège).")
    P("Quelque 1,5 millions d'euros sont consacrés cette année à cette politique, les lycées étant invités à répondre à un appel à projets régional. Une fois lauréats, les établissements s'engagent ensuite à mettre en place une démarche éducative d'accompagnement de l'opération. L'objectif est de proposer tout au long de l'année six produits ou familles de produits différents (pain, fruits, légumes, viandes, laitages, céréales, etc.).",
      [ALIM], objs=[Q(6, unit="count", kind="absolute", subject="produits ou familles de produits bio et locaux proposés tout au long de l'année")],
      non=["1,5 millions d'euros"],
      notes="1,5 M€ est un budget (piège) ; « l'objectif est de proposer … six produits » est une cible de nombre, lue comme objectif (faible).", ambiguous=True)

    S("https://www.velo-territoires.org/actualite/2020/10/08/deux-ans-plan-velo-12-de-part-modale-velo-2030/", "Deux ans du Plan vélo, 12 % de part modale vélo en 2030 (Vélo & Territoires)")
    P("Deux ans du Plan vélo, 12 % de part modale vélo en 2030",
      [ENV], objs=[Q(12, horizon=2030, subject="part modale du vélo")],
      notes="Titre : cible nationale annoncée. Thème environnement (mobilité) faute de thème mobilité dans la taxonomie.", ambiguous=True)
    P("Près de 250 personnes des quatre coins de la France, voire des pays voisins, étaient connectées aux premières séquences numériques les 1er et 2 octobre. Si l’année 2020 est étrange et pleine d’incertitudes, elle fait le plein d’annonces en faveur du développement de la pratique du vélo.",
      [ENV], non=["250", "1er et 2 octobre", "2020"], notes="Participation et dates (piège).")

    S("https://static-v3.agirpourlenvironnement.org/campagne/de-la-bio-en-restauration-collective/demandes/1012.html", "De la bio en restauration collective : nos demandes (Agir pour l'Environnement)")
    P("· 76 % des Français-e-s se disent favorables au vote d'une loi imposant l'introduction d'aliments issus de l'agriculture biologique, locaux et de saison dans la restauration collective publique (sondage IFOP du 7 janvier 2016\n· 88 % des parents voudraient que leurs enfants se voient proposer du bio à l'école (sondage CSA 2015).\n· Plus de 200 000 citoyens ont signé les pétitions d'Agir pour l'Environnement en ce sens.",
      [ALIM], non=["76 %", "7 janvier 2016", "88 %", "2015", "200 000"], notes="Résultats de sondages et compte de signataires (piège).")
    P("20 % de bio et local dans la restauration collective en 2020 c'est réaliste et ce n'est pas plus cher !\n400 000 ha sur les 29 millions d'ha de terres agricoles françaises suffisent pour approvisionner en bio les cantines à hauteur de 20%.",
      [ALIM], objs=[Q(20, horizon=2020, subject="bio et local dans la restauration collective")],
      non=["400 000 ha", "29 millions d'ha", "20%"],
      notes="Revendication de l'association (plaidoyer) : 20 % en 2020. Le second 20 % reprend la même cible dans un calcul de surface (non compté deux fois) ; les hectares sont une estimation.", ambiguous=True)

    S("https://www.oneheart.fr/actualites/et-si-nous-nous-engagions-pour-instaurer-20-de-bio-a-la-cantine", "Et si nous nous engagions pour instaurer 20 % de bio à la cantine ? (OneHeart)")
    P("Rappelez-vous. Fin novembre, nous avions salué la bonne nouvelle : l'Assemblée nationale venait alors d'adopter à l'unanimité l'amendement instaurant 20 % de bio et 40 % de local dans les cantines, à compter du 1er janvier 2020. Malheureusement, le texte a subi un revers ce mardi : le conseil constitutionnel l'a invalidé pour vice de forme.",
      [ALIM], objs=[Q(20, horizon=2020, subject="produits bio dans les cantines (amendement censuré)"),
                    Q(40, horizon=2020, subject="produits locaux dans les cantines (amendement censuré)")],
      notes="Cibles d'un amendement adopté puis invalidé par le Conseil constitutionnel : on les garde comme objectifs énoncés (le dev set annote les amendements), mais elles ne sont plus en vigueur. « à compter du 1er janvier 2020 » : premier palier d'une obligation, lu comme horizon.", ambiguous=True)
    P("La preuve : les territoires n'ont pas attendu l'amendement pour amorcer le changement. \"À ce jour, plus de 300 restaurants collectifs proposent de 10 % à 100 % de bio dans leurs menus ! \", remarque l'association. Et ce sans que cela coûte plus cher aux familles !",
      [ALIM], non=["300", "10 %", "100 %"], notes="Constat (« à ce jour … proposent ») : fourchette de situations existantes, pas une cible (piège).")

    S("https://culture-agri.fr/imposer-le-bio-dans-les-cantines-86-des-francais-sont-pour", "Imposer le bio dans les cantines : 86 % des Français sont pour (Culture Agri)")
    P("Onze millions de repas sont servis chaque jour en restauration collective. Moins de 3 % des aliments proposés sont issus d’une agriculture biologique. Un constat qui interpelle aussi bien la Fédération nationale de l’agriculture biologique (Fnab) que l’ONG Agir pour l’environnement ou encore l’association de parents d’élèves FCPE.",
      [ALIM], non=["Onze millions", "3 %"], notes="Statistiques (piège).")

    S("https://journal-du-palais.fr/au-sommaire/collectivites/le-plan-celsius-pour-une-neutralite-carbone", "Le « Plan Celsius » pour une neutralité carbone (Le Journal du Palais)")
    P("Nom de code : Plan Celsius. L’objectif est ambitieux : diminuer de 5% par an les émissions de gaz à effet de serre, soit 40.900 tonnes d’émissions de CO2 en 2025, 31.700 tonnes en 2030, et 11.000 tonnes en 2050.",
      [ENV], objs=[Q(5, direction="decrease", kind="growth_rate", per_year=True, subject="émissions de gaz à effet de serre du département"),
                   Q(40900, unit="tCO2", kind="absolute", horizon=2025, subject="émissions de CO2 du département"),
                   Q(31700, unit="tCO2", kind="absolute", horizon=2030, subject="émissions de CO2 du département"),
                   Q(11000, unit="tCO2", kind="absolute", horizon=2050, subject="émissions de CO2 du département")],
      notes="Trajectoire : -5 % par an (taux annuel) et niveaux d'émissions visés par échéance (plafonds lus comme niveaux à atteindre, direction reach).")
    P("Ces objectifs font suite à une analyse obligatoire de ses postes d’émissions principaux à savoir les achats de biens et services (58%), les déplacements (18%), et l’énergie des bâtiments (chauffage et éclairage) (13%).",
      [ENV, NRJ], non=["58%", "18%", "13%"], notes="Répartition du bilan d'émissions (constat, piège).")
    P("Au total 33 actions possibles ont été identifiées. Parmi elles l’utilisation des collèges comme levier pour une consommation sobre. Le programme de rénovation des bâtiments du département vise une réduction de 60% de la consommation d’énergie dans douze collèges, et de 40% dans douze autres bâtiments ;",
      [NRJ], objs=[Q(60, direction="decrease", kind="relative_change", subject="consommation d'énergie de douze collèges rénovés"),
                   Q(40, direction="decrease", kind="relative_change", subject="consommation d'énergie de douze autres bâtiments rénovés")],
      non=["33", "douze", "douze"], notes="Compte d'actions et nombre de bâtiments (périmètre) ne sont pas des cibles. Tranche de phrase coupée au point-virgule.")

    S("https://www.lasemaine.fr/politique-le-plan-de-leurometropole-de-metz-pour-le-climat/", "Politique : le plan de l'Eurométropole de Metz pour le climat (La Semaine)")
    P("Une baisse de consommation d’énergie de 25 % d’ici 2030, 55 % d’ici 2050 ; 40 % en 2030, 83 % en 2050 pour les gaz à effet de serre ; 88 % en 2030, 91 % en 2050 pour les émissions d’oxyde d’azote ; 75 % en 2030, 86 % en 2050 pour les émissions de particules fines.",
      [NRJ, ENV, SANTE],
      objs=[Q(25, direction="decrease", kind="relative_change", horizon=2030, subject="consommation d'énergie du territoire", themes=(NRJ,)),
            Q(55, direction="decrease", kind="relative_change", horizon=2050, subject="consommation d'énergie du territoire", themes=(NRJ,)),
            Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de gaz à effet de serre", themes=(ENV,)),
            Q(83, direction="decrease", kind="relative_change", horizon=2050, subject="émissions de gaz à effet de serre", themes=(ENV,)),
            Q(88, direction="decrease", kind="relative_change", horizon=2030, subject="émissions d'oxydes d'azote", themes=(ENV, SANTE)),
            Q(91, direction="decrease", kind="relative_change", horizon=2050, subject="émissions d'oxydes d'azote", themes=(ENV, SANTE)),
            Q(75, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de particules fines", themes=(ENV, SANTE)),
            Q(86, direction="decrease", kind="relative_change", horizon=2050, subject="émissions de particules fines", themes=(ENV, SANTE))],
      notes="Huit cibles du PCAET ; « baisse » s'applique à toute l'énumération. Qualité de l'air rangée en environnement (et santé, discutable).", ambiguous=True)
    P("Le Plan Climat Air Énergie Territorial (PCAET) était l’un des points à l’ordre du jour du conseil métropolitain qui s’est tenu lundi 14 novembre à Metz. Le plus attendu, le plus discuté. Normal tant le sujet occupe les esprits depuis de nombreux mois voire années pour les plus avisés.",
      [GOV, ENV], non=["14 novembre"], notes="Date de séance (piège).")
    P("Le plan d’action de la Métropole s’organise autour de cinq enjeux qui regroupent des mesures de court terme mises en place dès 2023 et d’autres qui placent l’échéance à 2030. L’urbanisme, les transports, la rénovation énergétique s’inscrivent dans « cette vision stratégique » qui ne convainc aucune des deux oppositions.",
      [ENV, NRJ], objective=True, non=["cinq", "2023", "2030", "deux"],
      notes="Compte d'enjeux et échéances de mesures sans valeur cible (objectif qualitatif, pas d'objectif chiffré).", ambiguous=True)

    S("https://www.auvergne-agricole.com/50-de-bio-et-local-dans-les-cantines-scolaires-dici-2022", "50 % de bio et local dans les cantines scolaires d'ici 2022 ? (L'Auvergne agricole)")
    P("E. Macron avait annoncé un objectif de 50 % de produits bio, de qualité et locaux d'ici 2022 dans les cantines scolaires. Quelles conséquences pour nos communes ? Point avec les maires ruraux.",
      [ALIM], objs=[Q(50, horizon=2022, subject="produits bio, de qualité et locaux dans les cantines scolaires")],
      notes="Objectif annoncé par le président de la République (avant la loi EGalim).")
    P("À Laqueuille, le maire Eric Brugière établit le même constat : « l'école compte 45 élèves, leur chiffre a doublé en 8 ans. 38 enfants mangent à la cantine, soit 85% ». Une cantinière leur concocte des plats faits maison, avec des produits locaux de préférence.",
      [ALIM], non=["45", "8 ans", "38", "85%"], notes="« a doublé » décrit une évolution passée ; 85 % est une part constatée (piège).")

    S("https://vivredemain.fr/2024/02/12/la-loi-antigaspillage-de-2020-nest-pas-efficace/", "La loi antigaspillage de 2020 n'est pas efficace (Vivre demain)")
    P("Initialement saluée pour son ambition, notamment avec l’objectif de mettre fin au plastique à usage unique d’ici 2040, la loi Agec peine à concrétiser ses promesses. Les ONG critiquent un lobbying intensif de la part des industriels, un manque de contrôles, de sanctions et de moyens, qui ont permis aux entreprises de contourner les objectifs de la loi.",
      [CIRC], objective=True, non=["2040"],
      notes="« mettre fin au plastique à usage unique d'ici 2040 » : objectif sans valeur chiffrée écrite (on pourrait le lire comme 100 % de baisse) ; laissé qualitatif comme dans les sets précédents.", ambiguous=True)
    P("Un exemple frappant de cette dérive est un décret adopté mi-2023, qui introduit 29 exemptions à l’interdiction d’emballages plastiques pour certains fruits et légumes. Par ailleurs, malgré l’interdiction officielle des gobelets et sacs plastiques à usage unique, leur disponibilité à l’achat reste élevée, révélant l’insuffisance des mesures de contrôle.",
      [CIRC], non=["2023", "29"], notes="Date de décret et compte d'exemptions (piège).")
    P("On constate aussi une baisse significative des moyens alloués à la Direction de la répression des fraudes (DGCCRF), avec une réduction de 911 agents en quinze ans.",
      [GOV], non=["911", "quinze ans"], notes="Baisse d'effectifs passée (piège) : « réduction » décrit un constat, pas une cible.")

    S("https://lareleveetlapeste.fr/?p=113865", "Loi AGEC : un bilan assez négatif (La Relève et La Peste)")
    P("Les objectifs étaient clairs, changer nos modes de production et de consommation. En outre : atteindre les 100% de plastique recyclé en 2025, diminuer de 15 % la production de déchets d’ici 2030, et sortir du plastique à usage unique à l’horizon 2040.",
      [CIRC], objs=[Q(100, horizon=2025, subject="plastique recyclé"),
                    Q(15, direction="decrease", kind="relative_change", horizon=2030, subject="production de déchets")],
      non=["2040"],
      notes="Objectifs de la loi AGEC ; « sortir du plastique à usage unique à l'horizon 2040 » est gardé sans valeur chiffrée.", ambiguous=True)
    P("Alors que la loi fixe un objectif de réduction de 15% des déchets ménagers et assimilés par rapport à 2010, pour atteindre 502 kg/habitant en 2030, ces déchets ont en réalité augmenté, passant à 611 kg/habitant en 2021 selon l’ADEME.",
      [CIRC], objs=[Q(15, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2010, subject="déchets ménagers et assimilés"),
                    Q(502, unit="kg/hab", kind="absolute", horizon=2030, subject="déchets ménagers et assimilés par habitant")],
      non=["611 kg/habitant", "2021"],
      notes="Deux formes de la même cible (taux et niveau) ; l'horizon 2030 écrit pour le niveau vaut pour la réduction. 611 kg en 2021 est un constat (piège).", ambiguous=True)
    P("Cinq associations ont suivi l’application de la loi : les Amis de la Terre, No Plastic In My Sea, France Nature Environnement, Surfrider Foundation Europe et Zero Waste France.",
      [CIRC, GOV], non=["Cinq"], notes="Compte d'associations (piège).")

    S("https://ru24.net/foreign/392849086", "Zéro artificialisation nette (Ru24, reprise d'article de presse)")
    P("la France s’est fixée au travers de la loi Climat et Résilience, l’objectif de ne plus artificialiser, sauf compensation, de nouveaux espaces à partir de 2050 et a invité les communes à passer par un objectif intermédiaire de réduction de moitié pour la décennie en cours (2021-2031).",
      [BIO], objs=[Q(50, direction="decrease", kind="relative_change", subject="consommation d'espaces naturels, agricoles et forestiers")],
      non=["2050", "2021-2031"],
      notes="« réduction de moitié » = 50 % ; la décennie 2021-2031 est une période, pas un horizon. Le « zéro artificialisation » de 2050 est gardé sans valeur chiffrée. Tranche de phrase (le début, un constat chiffré, est coupé).", ambiguous=True)
