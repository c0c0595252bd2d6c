"""Fifth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh5.jsonl).

Collected in issue 15's sixth pass, before any change of that pass, to measure the extractor on text nobody here had
read: pages of sites that neither the shared dev set, nor any training passage (``corpora/real``, the collected set),
nor an earlier fresh set uses (the build checks), about half of them traps (statistics, budgets, counts, a rejected
amendment, an experts' recommendation, projections, past results). Labelled with the conventions of the shared real
dev set before the extractor was run on them, scored once with the system of main, once more after the round's fixes.
Every passage is copied from the opening of a public web page as the project's search tool stored it, cited by its
URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, ESS, NRJ

BIO = "biodiversite"
SANTE = "sante"


def load(S, P, Q) -> None:
    S("https://www.zurbains.com/actualites/achats-davantage-responsables-l-etat-se-fixe-de-nouveaux-objectifs.html", "Achats davantage responsables : l'Etat se fixe de nouveaux objectifs (Zurbains)")
    P("Des résultats sont déjà visibles : en 2024, 72 % des marchés des ministères intégraient au moins une considération environnementale et 41 % une dimension sociale, preuve de l’engagement de l’Etat.",
      [ENV, CS], non=["2024", "72 %", "41 %"], notes="Résultats (piège).")
    P("Le SPASER 2025-2027 amplifie cette dynamique en visant notamment :\n• Une réduction de 22 % des émissions de gaz à effet de serre liées aux achats de l’État d’ici 2027, en ciblant les secteurs les plus polluants (transports, informatique, travaux, etc.).\n• Un doublement des dépenses de l’Etat en faveur de l’économie sociale et solidaire, pour atteindre 2,5 % en 2027.",
      [ENV, ESS], objs=[Q(22, direction="decrease", kind="relative_change", horizon=2027, subject="émissions de GES liées aux achats de l'État", themes=(ENV,)),
                        Q(2, "x", direction="increase", kind="relative_change", horizon=2027, subject="dépenses de l'État en faveur de l'ESS", themes=(ESS,)),
                        Q(2.5, horizon=2027, subject="part des dépenses de l'État en faveur de l'ESS", themes=(ESS,))],
      non=["2025-2027"], notes="Objectifs du SPASER de l'État; période du schéma non retenue comme horizon.", ambiguous=True)
    P("Une hausse de 10 % des heures d’insertion prévues dans les clauses sociales d’insertion des marchés de l’Etat au bénéfice des publics éloignés de l’emploi.",
      [CS], objs=[Q(10, direction="increase", kind="relative_change", subject="heures d'insertion des marchés de l'État")],
      notes="Puce d'une liste d'objectifs; horizon hors du passage.")

    S("https://lorient-agglo.bzh/actualites/toutes-les-actualites/actualite/news/lorient-agglomeration-vise-la-neutralite-carbone-dici-2050", "Lorient Agglomération vise la neutralité carbone d'ici 2050")
    P("A partir des constats du diagnostic, il définit la trajectoire à 2050 et établit une feuille de route pour les années à venir dont l’enjeu est :\n- la division par 4 des émissions de gaz à effet de serre (GES) par habitant\n- et la réduction de moitié des consommations d’énergie par habitant",
      [ENV, NRJ], objs=[Q(4, "x", direction="decrease", kind="relative_change", horizon=2050, subject="émissions de GES par habitant", themes=(ENV,)),
                        Q(50, direction="decrease", kind="relative_change", horizon=2050, subject="consommations d'énergie par habitant", themes=(NRJ,))],
      notes="Objectifs par habitant du PCAET (trajectoire à 2050).", ambiguous=True)
    P("Pour atteindre cet objectif, des politiques fortes concerneront le bâtiment et le transport, les deux secteurs qui représentent à eux seuls 70% des émissions de GES.",
      [ENV], non=["70%"], notes="Statistique (piège).")
    P("Le programme d’actions, qui concerne tous les acteurs du territoire, prévoit notamment durant cette période de :\n- rénover tout le parc bâti (soit 3 000 logements par an),\n- réduire la place de la voiture en favorisant les transports en commun (1 millions de voyage par an en plus dans les trois prochaines années)",
      [NRJ, ENV], objs=[Q(100, subject="parc bâti rénové", themes=(NRJ,)),
                        Q(3000, "logements", kind="absolute", per_year=True, subject="logements rénovés", themes=(NRJ,)),
                        Q(1000000, "voyages", direction="increase", kind="absolute", per_year=True, subject="voyages en transports en commun", themes=(ENV,))],
      non=["trois"], notes="« tout le parc » = 100 %; voyages annuels supplémentaires.", ambiguous=True)
    P("- ou encore de faire progresser la part du vélo dans les déplacements en centre urbain pour atteindre les 30%.\nD’autres actions seront menées afin d’augmenter la production d’énergie renouvelable (multiplication par 3,5 d’ici 2030) et la séquestration du carbone du territoire",
      [ENV, NRJ], objs=[Q(30, direction="increase", subject="part du vélo dans les déplacements en centre urbain", themes=(ENV,)),
                        Q(3.5, "x", direction="increase", kind="relative_change", horizon=2030, subject="production d'énergie renouvelable", themes=(NRJ,))],
      notes="« faire progresser … pour atteindre » : verbe de changement.", ambiguous=True)

    S("https://www.ententepourleclimat.fr/tout-sur-le-plan-climat/quest-ce-quun-plan-climat/", "Qu'est-ce qu'un plan climat ? (Entente pour le climat)")
    P("Les experts du climat préconisent de limiter la hausse de la température terrestre à 1,5°C par rapport à l’ère préindustrielle (1850) pour limiter les effets du changement climatique déjà présents dans notre quotidien.",
      [ENV], non=["1,5°C", "1850"], notes="Recommandation d'experts, pas un objectif d'une autorité (piège).", ambiguous=True)
    P("Dans sa politique climatique (Loi Énergie-Climat, publiée au Journal Officiel du 9 novembre 2019), la France s’est fixée différents objectifs, en cohérence avec les engagements européens :\n- Une réduction de 40 % des émissions de gaz à effet de serre (GES) à l’horizon 2030 (par rapport à 1990)",
      [ENV], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, baseline_year=1990, subject="émissions de GES de la France")],
      non=["9 novembre 2019"], notes="Objectif national de la loi Énergie-Climat.")
    P("- Une production d’énergie renouvelable de 33 % à l’horizon 2030\n- Une réduction de 50 % de nos consommations énergétiques à l’horizon 2050 (par rapport à 2012)",
      [NRJ], objs=[Q(33, horizon=2030, subject="part d'énergie renouvelable"),
                   Q(50, direction="decrease", kind="relative_change", horizon=2050, baseline_year=2012, subject="consommations énergétiques")],
      notes="Suite de la liste des objectifs nationaux.")
    P("Depuis 2018, les Communautés de communes de Beauce Val de Loire et de Grand Chambord travaillent, dans le cadre d’une entente intercommunale, sur l’élaboration d’un Plan climat-air-énergie territorial (PCAET) commun.",
      [ENV], non=["2018"], notes="Date (piège).")

    S("https://www.enviscope.com/auvergne-rhone-alpes-vise-36-denergies-renouvelables-en-2030/", "Auvergne Rhône-Alpes vise 36 % d'énergies renouvelables en 2030 (Enviscope)")
    P("Pour le secteur de l’énergie, la Région devrait dépenser 70 millions d’euros dont 55 millions pour l’investissement. La priorité est donnée à la réduction de la consommation d’énergie.",
      [NRJ], non=["70 millions d’euros", "55 millions"], notes="Budget (piège).")
    P("La Région consacrera une enveloppe pour aider les collectivités à réduire de 23 % leur consommation d’énergie et de 25 % les émissions des gaz à effet de serre, pour des équipements administratifs, écoles, collèges, piscines, etc.",
      [NRJ, ENV], objs=[Q(23, direction="decrease", kind="relative_change", subject="consommation d'énergie des équipements des collectivités", themes=(NRJ,)),
                        Q(25, direction="decrease", kind="relative_change", subject="émissions de GES des équipements des collectivités", themes=(ENV,))],
      notes="Objectifs de réduction aidés par la Région.", ambiguous=True)
    P("“La Région, rappelle Eric Fournier, est  l’une des régions les plus performantes d’Europe en matière d’électricité décarbonée. Elle vise un taux de 36 % d’énergies renouvelables en 2030 pour 19 % actuellement“.",
      [NRJ], objs=[Q(36, horizon=2030, baseline_value=19, subject="part d'énergies renouvelables")],
      notes="Objectif cité; 19 % est la valeur actuelle.")
    P("Cet objectif est issu d’un document stratégique élaboré par Auvergne-Rhône-Alpes Energie Environnement, agence régionale. Lors du débat, il a été jugé insuffisant par une conseillère socialiste qui aurait souhaité un objectif de 40 %. Cette proposition d’amendement n’a pas été retenue.",
      [NRJ], non=["40 %"], notes="Amendement rejeté (piège).")

    S("https://www.centre-valdeloire.fr/agir/proteger-lenvironnement/transition-energetique-la-region-agit", "Transition énergétique : la Région agit (Région Centre-Val de Loire)")
    P("L’Europe a fixé, pour 2030, l’objectif d’une réduction de 40 % des émissions de gaz à effet de serre et une production d’énergie à 40 % de source renouvelable. 38% pour la chaleur et 10% pour le gaz. La France, de son côté, ambitionne de doubler la production d’énergie renouvelable électrique d’ici 2028.",
      [ENV, NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de GES de l'Europe", themes=(ENV,)),
                        Q(40, horizon=2030, subject="part d'énergie renouvelable", themes=(NRJ,)),
                        Q(38, horizon=2030, subject="part renouvelable de la chaleur", themes=(NRJ,)),
                        Q(10, horizon=2030, subject="part renouvelable du gaz", themes=(NRJ,)),
                        Q(2, "x", direction="increase", kind="relative_change", horizon=2028, subject="production d'électricité renouvelable", themes=(NRJ,))],
      notes="Objectifs européens et national cités par la Région.", ambiguous=True)

    S("http://www.plein-soleil.info/actualites/occitanie-pyrenees-mediterranee-devoile-son-plan-dactions-pour-devenir-la-1ere-region-a-energie-positive-deurope/", "Occitanie dévoile son plan d'actions pour devenir la 1ère région à énergie positive d'Europe (Plein Soleil)")
    P("La Région Occitanie / Pyrénées-Méditerranée a adopté jeudi 21 décembre dernier en Assemblée plénière, son plan d’actions pour faire du territoire la 1ère Région à énergie positive d’Europe d’ici 2050.",
      [NRJ], objective=True, non=["21 décembre", "1ère", "2050"], notes="Objectif qualitatif (rang, pas une valeur cible).")
    P("D’ici 2050, la Région prévoit de diviser par deux la consommation d’énergie par habitant (soit une baisse de 40% de la consommation énergétique régionale) et de multiplier par trois la production d’énergie renouvelable.",
      [NRJ], objs=[Q(2, "x", direction="decrease", kind="relative_change", horizon=2050, subject="consommation d'énergie par habitant"),
                   Q(40, direction="decrease", kind="relative_change", horizon=2050, subject="consommation énergétique régionale"),
                   Q(3, "x", direction="increase", kind="relative_change", horizon=2050, subject="production d'énergie renouvelable")],
      notes="Objectifs régionaux datés.")
    P("- poursuivre l’accompagnement financier de projets d’efficacité énergétique et de développement des énergies renouvelables : 34,8 M€ inscrits au budget 2018.",
      [NRJ], non=["34,8 M€", "2018"], notes="Budget (piège).")

    S("https://demo2.contexte.io/article/energie/en-occitanie-la-trajectoire-contrariee-vers-une-region-a-energie-positive_134139.html", "En Occitanie, la trajectoire contrariée vers une « région à énergie positive » (Contexte)")
    P("En trente ans, diviser par deux la consommation énergétique de la région et produire la totalité de cette énergie par des sources renouvelables. Tel est le défi ambitieux que s’est lancé l’Occitanie, une région plus grande que l’Irlande et plus peuplée que le Danemark.",
      [NRJ], objs=[Q(2, "x", direction="decrease", kind="relative_change", subject="consommation énergétique de la région"),
                   Q(100, subject="part de l'énergie produite par des sources renouvelables")],
      non=["trente ans"], notes="« la totalité » = 100 %; durée, pas d'année.", ambiguous=True)
    P("Depuis cinq ans, sa présidente, Carole Delga (PS), ne lésine pas sur la communication autour de cette ambition, baptisée « région à énergie positive » (Repos), qu'elle met d’ailleurs en avant pour défendre sa réélection les…",
      [NRJ], non=["cinq ans"], notes="Durée (piège).")

    S("https://www.ecoefflab.io/comment-eliminer-la-deforestation-de-la-commande-publique/", "Comment éliminer la déforestation de la commande publique ? (écoeff lab)")
    P("Dans le cas de la déforestation[1], certains pays se retrouvent bien évidemment plus dans le rôle de pays importateurs qu’exportateurs. C’est notamment le cas de l’Europe, avec une part de près de 30 % de responsabilité dans la déforestation.",
      [BIO], non=["[1]", "30 %"], notes="Statistique (piège).")
    P("L’Organisation des Nations Unies pour l’alimentation et l’agriculture (en anglais Food and Agriculture Organization of the United Nations, FAO) fait état d’une perte nette annuelle de 7 millions d’hectares de superficie forestière dans le monde.",
      [BIO], non=["7 millions d’hectares"], notes="Statistique annuelle (piège).")
    P("Les origines de la déforestation sont multiples mais une part non négligeable est liée à notre mode de développement et à nos approvisionnements, notamment alimentaires (soja, huile de palme et cacao représentant 80 % des importations pouvant générer de la déforestation au niveau des pays producteurs).",
      [BIO, ALIM], non=["80 %"], notes="Statistique (piège).")

    S("http://viareunir.com/article/4899", "Climat : Rennes métropole se donne jusqu'en 2030 pour verdir (Ouest-France, repris par Viareunir)")
    P("Le conseil métropolitain de Rennes est réuni ce jeudi soir. Moins de voitures sur les routes. Des aides pour rénover les logements. La métropole a arrêté un plan climat de 350 millions d’euros pour diviser par deux les émissions de gaz à effet de serre.",
      [ENV], objs=[Q(2, "x", direction="decrease", kind="relative_change", subject="émissions de GES de la métropole")],
      non=["350 millions d’euros"], notes="Objectif du plan climat; budget non retenu.")
    P("« L’ambition est, d’ici 12 ans, de diviser par deux, par rapport à 2010, les émissions de gaz à effet de serre par habitant », annonce André Crocq, vice-président délégué à la planification urbaine et au développement durable de Rennes métropole",
      [ENV], objs=[Q(2, "x", direction="decrease", kind="relative_change", baseline_year=2010, subject="émissions de GES par habitant")],
      non=["12 ans"], notes="Citation d'un élu; horizon implicite (« d'ici 12 ans »), pas d'année écrite.")
    P("« Il faut éviter un scénario catastrophe d’un réchauffement de 4 à 5° », insiste André Crocq.",
      [ENV], non=["4 à 5°"], notes="Scénario à éviter (piège).")
    P("Ce n’est pas une opération de comm’. Cette feuille de route, ambitieuse et réaliste, fixe 10 objectifs à atteindre à l’horizon 2 030 et 109 actions à mener. » Une enveloppe de 350 millions d’euros est prévue jusqu’en 2024.",
      [ENV, "gouvernance_suivi"], non=["10 objectifs", "2 030", "109 actions", "350 millions d’euros", "2024"], notes="Comptes d'objectifs et d'actions, budget (piège).")
    P("Premier objectif, « rénover 6 000 logements publics et privés par an, contre 1 500 aujourd’hui, dès 2025. »",
      [NRJ], objs=[Q(6000, "logements", kind="absolute", per_year=True, horizon=2025, baseline_value=1500, subject="logements rénovés par an")],
      notes="Objectif annuel; 1 500 = valeur actuelle.")

    S("https://www.energie-plus.com/rennes-metropole-parie-sur-le-velo-le-covoiturage-et-les-batiments-performants-629/", "Rennes Métropole parie sur le vélo, le covoiturage et les bâtiments performants (Énergie Plus)")
    P("Diminuer de 50% les émissions de gaz à effet de serre (GES) par habitant entre 2010 et 2030 : c’est l’ambition sur laquelle Rennes Métropole a construit son Plan climat-air-énergie territorial (PCAET), adopté le 4 avril 2019.",
      [ENV], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2010, subject="émissions de GES par habitant")],
      non=["4 avril 2019"], notes="« entre 2010 et 2030 » : référence et horizon.")
    P("Concrètement, deux axes majeurs ont été retenus : la rénovation énergétique des bâtiments et la mobilité. Pour le premier axe, la Métropole vise une augmentation progressive du nombre de logements rénovés en BBC, pour atteindre 6000 chantiers par an à partir de 2024.",
      [NRJ], objs=[Q(6000, "chantiers", direction="increase", kind="absolute", per_year=True, horizon=2024, subject="logements rénovés en BBC par an")],
      non=["deux"], notes="« une augmentation … pour atteindre » : verbe de changement.", ambiguous=True)
    P("Par ailleurs, lors des futures opérations d’aménagement publiques (ZAC), l’exigence sera de 100 % de logements passifs ou à énergie positive. Enfin, 25 % des surfaces de bâtiments tertiaires publics ou privés devront être rénovées d’ici 2030.",
      [NRJ], objs=[Q(100, subject="logements passifs ou à énergie positive dans les ZAC"),
                   Q(25, horizon=2030, subject="surfaces tertiaires rénovées")],
      notes="Deux objectifs.")

    S("https://www.saint-medard-en-jalles.fr/page/sinformer/actualites/330-cantines-suppression-progressive-du-plastique-a-usage-unique", "Cantines : suppression progressive du plastique à usage unique (Saint-Médard-en-Jalles)")
    P("C’est pourquoi, fin 2019, la Ville a fait une demande d’agrément auprès de la Direction Départementale de la Protection de la Population, pour pouvoir revenir aux bacs réutilisables en inox et éliminer progressivement des barquettes en plastique à usage unique. Un budget de 125 000 € a été voté pour mener à bien cette démarche environnementale.",
      [CIRC, ALIM], non=["2019", "125 000 €"], notes="Démarche passée et budget (piège).")
    P("En parallèle dès janvier 2020, la Cuisine centrale de la Ville a procédé au remplacement total de la vaisselle plastique des écoles, soit 3 500 assiettes, 3 600 verres et 7 000 ramequins, pour un budget total de 24 000€.",
      [CIRC], non=["2020", "3 500", "3 600", "7 000", "24 000€"], notes="Réalisation et budget (piège).")

    S("https://learnandconnect.pollutec.com/le-developpement-durable-une-realite-a-l-hopital", "Le développement durable, une réalité à l'hôpital (Pollutec)")
    P("A titre d’exemple, les établissements de santé français sont à l’origine de 12% des consommations énergétiques de l’ensemble du secteur tertiaire du pays. Ils consomment entre 400 et 1200 litres d’eau par jour et par lit et génèrent plus de 1000 kg de déchets par lit et par place.",
      [SANTE, NRJ], non=["12%", "400 et 1200 litres", "1000 kg"], notes="Statistiques par lit (piège).")
    P("En France, l’Etat et les fédérations du secteur sanitaire, social et médico-social ont signé en mai 2017 une convention d’engagement volontaire pour un développement durable couvrant la période 2017-2020.",
      [SANTE], non=["mai 2017", "2017-2020"], notes="Date et période (piège).")

    S("https://enneagroupe.com/loi-agec-obligations-collectivites-economie-circulaire", "Comprendre la loi AGEC : obligations et opportunités pour les collectivités (Ennea)")
    P("L’article 58 de la loi AGEC impose aux acheteurs publics de consacrer au moins 20 % du montant annuel de leurs achats à des produits issus du réemploi, de la réutilisation ou intégrant des matières recyclées.",
      [CIRC], objs=[Q(20, comparator=">=", per_year=True, subject="part des achats issus du réemploi, de la réutilisation ou recyclés")],
      non=["58"], notes="Quota légal AGEC cité (objectif par les conventions); « montant annuel » : par an.")

    S("http://decideurs-patrimoine.com/immobilier-public-environnement/40186-la-veille-urbaine-du-18-decembre-2020.html", "La veille urbaine du 18 décembre 2020 (Décideurs Patrimoine)")
    P("Au total sur l’année 2020, 87 conventions auront été validées, pour un potentiel de plus de 10 000 logements et 400 000 m² d’activité : 27 conventions permettent de nouvelles interventions opérationnelles, 54 conventions et avenants portant des extensions de périmètre.",
      [], non=["2020", "87", "10 000 logements", "400 000 m²", "27", "54"], notes="Bilan de l'année (futur antérieur) (piège).")
