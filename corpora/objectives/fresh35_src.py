"""Thirty-fifth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh35.jsonl).

Collected blind, to what the extractor gets wrong (no error listing, first score or error table read, and the extractor
never run on these passages), to measure it on text nobody here had read. Pages of the French overseas territories
only (La Réunion, Guadeloupe, Martinique, Guyane, Mayotte, Nouvelle-Calédonie, Polynésie française,
Saint-Pierre-et-Miquelon, Wallis-et-Futuna, Saint-Martin, Saint-Barthélemy): their collectivités and governments (the
Guadeloupe region, the presidency of French Polynesia, the government of New Caledonia, an agglomeration of Guyane),
the university of La Réunion, a chamber of Saint-Barthélemy, the note-issuing institutes that
report on them (IEDOM, IEOM), a local public companies' network, the OFB's overseas portal, overseas press (Tahiti, New Caledonia, Mayotte,
Guyane, La Réunion, Saint-Martin, the Antilles and the Indian Ocean) and a few trade or association sites writing about
them; about school catering and local food quotas, waste plans, energy autonomy and climate plans, local firms' access
to public purchasing and social clauses; with traps: results of the past, statistics, budgets, counts, dates, legal
thresholds and projections. Pages of sites that neither the shared dev set, nor any training passage
(``corpora/real``, the collected set, the theme model's training file), nor an earlier fresh set or theme set uses
(the build checks them; the hosts of fresh36 and theme set 10, collected at the same time, were checked by hand).
Labelled with the conventions of the shared real dev set; never run through the extractor here (the lead scores it).
Every passage is copied from the opening of a public web page as the project's search tool stored it, cited by its
URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, GOV, NRJ, PME


def load(S, P, Q) -> None:

    # --- Polynésie française -------------------------------------------------------------------------------

    S("https://www.tahiti-infos.com/Le-renouvelable-manque-d-energie_a188685.html", "Le renouvelable manque d'énergie (Tahiti Infos)")
    P("En revanche, la part des énergies renouvelables dans la production électrique en Polynésie française était de 29,2% en 2018. Dans son plan de transition énergétique présenté en 2015, le gouvernement avait formalisé sa volonté d'atteindre une production électrique à 50% d'énergies renouvelables en 2020 et à 75% d'ici 2030.",
      [NRJ], objs=[Q(50, horizon=2020, subject="part des énergies renouvelables dans la production électrique"),
                   Q(75, horizon=2030, subject="part des énergies renouvelables dans la production électrique")],
      non=["29,2%", "2018", "2015"], notes="29,2 % en 2018 est un constat ; 2015 date du plan.")
    P("Selon Tea Frogier, le Pays pense que d'ici 2030, seule la barre des « 60 à 65% » est atteignable.",
      [NRJ], non=["2030", "60 à 65%"],
      notes="Prévision de ce qui sera atteint (piège), pas une cible fixée.", ambiguous=True)

    S("https://www.tahiti-infos.com/Une-convention-Etat-Pays-pour-porter-la-transition-energetique_a194946.html", "Une convention Etat-Pays pour porter la transition énergétique (Tahiti Infos)")
    P("L’un des objectifs du Pays en matière de transition énergétique reste de parvenir à 50% d’énergies renouvelables dans la production électrique en 2020 et à 75% à l'horizon 2030. Avec un taux actuellement proche des 40% en énergies renouvelables, hydroélectrique et photovoltaïque, cette part de sera pas atteinte en 2020.",
      [NRJ], objs=[Q(50, horizon=2020, subject="part des énergies renouvelables dans la production électrique"),
                   Q(75, horizon=2030, subject="part des énergies renouvelables dans la production électrique")],
      non=["40%"], notes="« proche des 40 % » est le taux actuel ; le second « 2020 » redit l'échéance d'une cible qui ne sera pas atteinte.")

    S("https://www.tahiti-infos.com/Quels-quotas-de-produits-locaux-dans-nos-cantines_a211767.html", "Quels quotas de produits locaux dans nos cantines (Tahiti Infos)")
    P("Sans déroger aux principes annoncés il y a un an lors du vote du texte, le gouvernement a acté la présence minimale dans les assiettes des écoliers, collégiens et lycéens de 50% de fruits et légumes locaux, 25% de féculents ou produits vivriers issus du terroir polynésien et 80% de poissons pêchés au fenua.",
      [ALIM], objs=[Q(50, comparator=">=", subject="fruits et légumes locaux dans les cantines scolaires"),
                    Q(25, comparator=">=", subject="féculents ou produits vivriers locaux dans les cantines scolaires"),
                    Q(80, comparator=">=", subject="poissons pêchés localement dans les cantines scolaires")],
      notes="Quotas réglementaires (arrêté) : « présence minimale » -> comparateur >=.")
    P("Tahiti et Moorea ont donc une obligation de proposer 15% de viande locale dans les cantines, mais sans aucune obligation de ce type dans les autres îles.",
      [ALIM], objs=[Q(15, subject="viande locale dans les cantines de Tahiti et Moorea")],
      notes="Quota réglementaire.")

    S("https://www.presidence.pf/adoption-de-la-loi-du-pays-relative-a-la-promotion-des-produits-locaux-dans-la-restauration-scolaire-des-quotas-des-la-rentree-daout-2022/", "Adoption de la loi du Pays relative à la promotion des produits locaux dans la restauration scolaire (Présidence de la Polynésie française)")
    P("L’Assemblée de la Polynésie française a adopté, à l’unanimité, le projet de loi du Pays relatif à la promotion des produits locaux dans la restauration scolaire avec des quotas minimaux, dès la rentrée d’août 2022, pour les établissements du 1er et du 2nd degré, sur l’ensemble des archipels.",
      [ALIM], objective=True, non=["août 2022", "1er", "2nd"],
      notes="Quotas annoncés sans valeur (objectif qualitatif) ; date d'entrée en vigueur et « 1er / 2nd degré » ne sont pas des cibles.")
    P("A partir du 1er août 2022, les établissements scolaires des Australes, des îles de la Société, des Gambier et des Marquises, devront, au cours de l’année scolaire, utiliser 50 % de fruits et légumes locaux, 80 % de poisson, et 25 % de produits vivriers locaux, dans la part des féculents.",
      [ALIM], objs=[Q(50, subject="fruits et légumes locaux dans la restauration scolaire"),
                    Q(80, subject="poisson local dans la restauration scolaire"),
                    Q(25, subject="produits vivriers locaux dans la part des féculents")],
      non=["1er août 2022"],
      notes="Quotas d'une loi du Pays ; « à partir du 1er août 2022 » est l'entrée en vigueur d'une obligation à un seul niveau (pas d'horizon) ; « au cours de l'année scolaire » définit le décompte (per_year faux).")
    P("Le pourcentage minimum de viande locale est fixé à 15 % pour Tahiti et Moorea.",
      [ALIM], objs=[Q(15, comparator=">=", subject="viande locale dans la restauration scolaire à Tahiti et Moorea")],
      notes="« pourcentage minimum » -> >=.")
    P("Aux Tuamotu, tous les taux minimaux sont minorés de 10 %, afin de prendre en compte les conditions peu propices à l’agriculture et au transport maritime de ces îles basses.",
      [ALIM], objective=True, non=["10 %"],
      notes="Modulation des quotas (écart à la règle), pas une cible chiffrée propre.", ambiguous=True)

    S("https://www.tahiti-infos.com/Produits-locaux-dans-les-cantines-les-reserves-du-Cesec_a202483.html", "Produits locaux dans les cantines : les réserves du Cesec (Tahiti Infos)")
    P("Il y a aussi le coût. Celui du poisson en particulier. Car le projet prévoit des pourcentages de fruits (50%), légumes (50%), produits vivriers (25%), viandes (0 à 15%) et poissons (80%), à respecter pour l’élaboration des menus.",
      [ALIM], objs=[Q(50, subject="fruits locaux dans les menus scolaires"),
                    Q(50, subject="légumes locaux dans les menus scolaires"),
                    Q(25, subject="produits vivriers locaux dans les menus scolaires"),
                    Q(0, value_max=15, subject="viandes locales dans les menus scolaires"),
                    Q(80, subject="poissons locaux dans les menus scolaires")],
      notes="Pourcentages d'un projet de loi du Pays (cibles proposées) ; « 0 à 15 % » est une fourchette (valeur 0, value_max 15).", ambiguous=True)

    S("https://www.tntv.pf/tntvnews/le-cesec-vote-pour-le-plan-climat-2030-du-fenua-malgre-un-objectif-peu-realiste/", "Le Cesec vote pour le plan climat 2030 du fenua malgré un objectif peu réaliste (TNTV)")
    P("« Ambitieux », « difficilement atteignable », « utopique ». Les conseillers du Cesec ont bien compris, à la lecture du projet de délibération portant approbation du plan climat 2030 ce matin, que la réduction de l’empreinte carbone à 5,5 tonnes de CO2e par habitant par an contre 11,1 aujourd’hui ne serait pas atteint à l’horizon 2030.",
      [ENV], objs=[Q(5.5, unit="tCO2", direction="decrease", kind="absolute", horizon=2030, per_year=True, baseline_value=11.1,
                     subject="empreinte carbone par habitant (tonnes de CO2e par an)")],
      non=["2030", "11,1"],
      notes="Cible du plan climat (réduire à 5,5 t par habitant et par an) ; « 11,1 aujourd'hui » est la valeur de départ ; le premier « 2030 » est dans le nom du plan. L'horizon vient de « à l'horizon 2030 » dans une phrase qui doute de l'atteinte.", ambiguous=True)
    P("« Bien au contraire, il faut être ambitieux pour réussir, je fais partie de ceux qui disent que 75% (d’énergie renouvelable en 2030, Ndlr) c’est pas impossible (…) si le gouvernement ne nous avait pas saisi pour ce projet de délibération on ne serait pas là en train d’en débattre » salue le président de l’association Te Tia Ara, Makalio Folituu.",
      [NRJ], objs=[Q(75, horizon=2030, subject="part d'énergie renouvelable")],
      notes="Cible du plan évoquée dans une citation (précision de la rédaction entre parenthèses).", ambiguous=True)

    S("http://temeum.ofb.fr/fr/actualites/polynesie-francaise-50-de-production-electrique-devra-etre-issue-des-energies", "Polynésie française : 50 % de production électrique devra être issue des énergies renouvelables en 2020 (TeMeUm, OFB)")
    P("Polynésie française : 50 % de production électrique devra être issue des énergies renouvelables en 2020",
      [NRJ], objs=[Q(50, horizon=2020, subject="part de la production électrique issue des énergies renouvelables")],
      notes="Titre ; objectif fixé par une loi du Pays.")
    P("Tel est l’objectif fixé par la loi du pays n° 2013-27 du 23 décembre 2013 relative aux principes directeurs de la politique énergétique de la Polynésie française (JOPF 23 décembre 2013, p. 2479) qui vise à favoriser un approvisionnement énergétique compatible avec les impératifs de la protection de l’environnement tout en assurant la qualité, la disponibilité du service public, du transport et de la distribution d’électricité.",
      [NRJ, ENV], objective=True, non=["2013-27", "23 décembre 2013", "23 décembre 2013", "2479"],
      notes="Numéro et date de la loi, page du journal officiel ; la valeur de l'objectif est dans le titre, hors passage (objectif sans valeur ici).", ambiguous=True)

    S("https://tahiti.green/un-seminaire-consacre-au-developpement-durable-pour-les-agents-des-services-de-l-etat-et-des-communes/", "Un séminaire consacré au développement durable pour les agents des services de l'État et des communes (Tahiti Green)")
    P("– Réduire nos émissions de gaz à effet de serre de 40 % entre 1990 et 2030 et diviser par quatre les émissions de gaz à effet de serre entre 1990 et 2050 ;",
      [ENV], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, baseline_year=1990, subject="émissions de gaz à effet de serre"),
                   Q(4, unit="x", direction="decrease", kind="relative_change", horizon=2050, baseline_year=1990, subject="émissions de gaz à effet de serre (division par quatre)")],
      notes="Objectifs nationaux (loi de transition énergétique) rappelés par le haut-commissariat ; « diviser par quatre » -> facteur 4, baisse.")
    P("– Réduire notre consommation énergétique finale de 50 % en 2050 par rapport à la référence 2012 en visant un objectif intermédiaire de 20% en 2030.",
      [NRJ], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2050, baseline_year=2012, subject="consommation énergétique finale"),
                   Q(20, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2012, subject="consommation énergétique finale (objectif intermédiaire)")],
      notes="La référence 2012 vaut aussi pour l'objectif intermédiaire.")

    # --- Nouvelle-Calédonie, Wallis-et-Futuna ----------------------------------------------------------------

    S("https://noumeapost.com/category/ecologie/", "Écologie (Nouméa Post)")
    P("Le schéma pour la transition énergétique sera prochainement actualisé, après son adoption en 2016. Si le mix énergétique à progressé en 5 ans, passant de 10 à 20%, la Nouvelle Calédonie doit poursuivre ses efforts pour réduire sa dépendance à l’énergie carbonée.",
      [NRJ, ENV], non=["2016", "5 ans", "10", "20%"], notes="Progression passée (« passant de 10 à 20 % ») : piège.")
    P("Trois ambitions ont été fixées, d’ici à 2030 :\n1. verdir l’industrie minière et métallurgique : taux de pénétration des EnR minimum de 50 % dans le mix énergétique métallurgie ;",
      [NRJ], objs=[Q(50, horizon=2030, comparator=">=", subject="taux de pénétration des énergies renouvelables dans le mix énergétique de la métallurgie")],
      non=["Trois", "1."], notes="Compte d'ambitions et numéro de liste.")
    P("2. Développer la mobilité décarbonée : 18 500 véhicules100% électriques minimum en circulation, et 50 % des nouvelles ventes de véhicules ;",
      [ENV], objs=[Q(18500, unit="count", kind="absolute", comparator=">=", subject="véhicules 100 % électriques en circulation"),
                   Q(50, subject="part des véhicules électriques dans les nouvelles ventes")],
      non=["2.", "100%"],
      notes="L'horizon 2030 est dans la ligne d'introduction, hors passage : pas d'horizon. « 100% électriques » qualifie les véhicules.")
    P("3. accélérer la transition énergétique du territoire : baisse de 30 % minimum de la consommation énergétique du secteur résidentiel et tertiaire comparativement à 2019.",
      [NRJ], objs=[Q(30, direction="decrease", kind="relative_change", comparator=">=", baseline_year=2019, subject="consommation énergétique du résidentiel et du tertiaire")],
      non=["3."], notes="Horizon (2030) hors passage.")

    S("https://www.dnc.nc/dossier-la-nouvelle-caledonie-plus-ambitieuse-que-le-reste-du-monde/", "Dossier : la Nouvelle-Calédonie plus ambitieuse que le reste du monde (DNC)")
    P("L’exécutif local mise sur les énergies renouvelables pour s’émanciper des combustibles fossiles dans huit ans. 96,9 % de l’énergie consommée en Nouvelle-Calédonie est d’origine fossile.",
      [NRJ, ENV], objective=True, non=["huit ans", "96,9 %"],
      notes="Objectif qualitatif (sortir des fossiles) ; 96,9 % est un constat ; « dans huit ans » n'écrit pas d'année.", ambiguous=True)

    S("https://gouv.nc/actualites/22-07-2016/la-transition-energetique-en-marche", "La transition énergétique en marche (Gouvernement de la Nouvelle-Calédonie)")
    P("À l'horizon 2030, le STENC vise une production d’électricité d’origine renouvelable équivalente aux besoins de la distribution publique et l'autonomie électrique dans les Îles.",
      [NRJ], objective=True, non=["2030"],
      notes="Objectif sans valeur écrite (« équivalente aux besoins » pourrait se lire 100 %) : laissé qualitatif.", ambiguous=True)

    S("https://raceforwater.org/fr/act/nouvelle-caledonie", "Nouvelle-Calédonie (Race for Water)")
    P("La Province Sud qui abrite le plus gros de la population et la plupart des entreprises du pays est la région la plus avancée en termes d’infrastructures mais c’est aussi la province qui génère le plus de déchets, avec 438kg de déchets ménagers par an et par habitants, quand la moyenne mondiale tourne autour de 300kg.",
      [CIRC], non=["438kg", "300kg"], notes="Statistiques (piège).")

    S("https://ieom.fr/IMG/rapport_annuel_ieom_nouvelle-caledonie_2022/files/basic-html/page107.html", "Rapport annuel économique 2022 de la Nouvelle-Calédonie, page 107 (IEOM)")
    P("Dans l’agglomération du Grand Nouméa, en 2021, 69 391 tonnes de déchets ménagers et assimilés (hors REP) ont été collectées et traitées (soit -10,2 % sur un an).",
      [CIRC], non=["2021", "69 391 tonnes", "-10,2 %"], notes="Résultat passé (piège).")

    S("https://www.ieom.fr/wallis-et-futuna/publications/etudes-thematiques/article/l-economie-verte-a-wallis-et-futuna", "L'économie verte à Wallis-et-Futuna (IEOM)")
    P("La transition énergétique est d’ailleurs au coeur de cette stratégie gouvernementale, avec l’objectif d’atteindre l’autonomie énergétique dans l’ensemble des Outre-mer à l’horizon 2030.",
      [NRJ], objective=True, non=["2030"], notes="Objectif qualitatif (autonomie énergétique), sans valeur.")



    # --- Saint-Pierre-et-Miquelon -------------------------------------------------------------------------------

    S("https://infooutremer.fr/le-photovoltaique-peut-il-devenir-un-pilier-energetique-a-saint-pierre-et-miquelon", "Le photovoltaïque peut-il devenir un pilier énergétique à Saint-Pierre-et-Miquelon ? (Info Outre-mer)")
    P("Selon les premières estimations, entre 5 et 10 % de l’énergie finale pourraient être fournis par le solaire.",
      [NRJ], non=["5 et 10 %"], notes="Estimation d'un potentiel (projection), pas une cible.")

    S("https://planete-business.com/2017/12/30/saint-pierre-miquelon-transition-energetique", "Saint-Pierre et Miquelon : vers une transition énergétique ? (Planète Business)")
    P("Les objectifs du Grenelle de l’environnement pour les DOM, réaffirmée par cette loi, sont ambitieux : en 2020, générer 50% de l’énergie consommée à partir de sources renouvelables et à l’horizon 2030, atteindre l’autonomie énergétique.",
      [NRJ], objs=[Q(50, horizon=2020, subject="part de l'énergie consommée issue de sources renouvelables")],
      non=["2030"], notes="L'autonomie énergétique à l'horizon 2030 est un objectif sans valeur écrite.")

    S("https://www.iedom.fr/IMG/rapport_annuel_iedom_st-pierre-et-miquelon_2022/files/basic-html/page85.html", "Rapport économique 2022 de Saint-Pierre-et-Miquelon, page 85 (IEDOM)")
    P("L’archipel dépend à 100 % des hydrocarbures pour sa consommation énergétique. En réduisant la part des hydrocarbures dans le mix énergétique, avec l'introduction d'énergie renouvelable, avec le déploiement des actions MDE (maîtrise de la demande en énergie) et la poursuite du réseau de chaleur, Saint-Pierre et Miquelon gagnera en autonomie et réduira sa dépendance aux hydrocarbures.",
      [NRJ], objective=True, non=["100 %"],
      notes="« 100 % » est l'état actuel ; la baisse de la dépendance est un objectif sans valeur.")

    # --- Guadeloupe, Saint-Martin, Saint-Barthélemy --------------------------------------------------------------

    S("https://frenchcaribbeannews.com/la-guadeloupe-espere-reduire-fortement-sa-dependance-au-fioul-dici-2030/", "La Guadeloupe espère réduire fortement sa dépendance au fioul d'ici 2030 (French Caribbean News)")
    P("La programmation pluri-annuelle de l'énergie 2023-2033 acte la grande dépendance de l'archipel au fioul, malgré une belle progression de la part des énergies renouvelables (solaire, éolien et photovoltaïque). Mais l'objectif sur lequel la Région, l'Etat et l'ADEME se sont accordés c'est un territoire quasiment 100% propre d'ici à 2033.",
      [NRJ, ENV], objs=[Q(100, horizon=2033, subject="part d'énergie propre (renouvelable) du territoire")],
      non=["2023-2033"], notes="Période de la PPE ; « quasiment 100 % propre » lu comme une cible de 100 %.", ambiguous=True)
    P("Si tout ce passe conformément aux perspectives dressées par l'Etat et la Région, en 2033, date de fin de l'actuelle programmation, la Guadeloupe pourrait s'appuyer uniquement sur les énergies renouvelables pour produire les quelques 1637 GWh (chiffres de 2021) annuels dont elle à besoin.",
      [NRJ], non=["2033", "1637 GWh", "2021"],
      notes="Perspective au conditionnel (« pourrait ») ; 1637 GWh est le besoin mesuré en 2021, pas une cible.", ambiguous=True)

    S("https://energynews.pro/lautonomie-energetique-en-guadeloupe-un-defi-a-relever", "L'autonomie énergétique en Guadeloupe : un défi à relever (Energynews)")
    P("Consciente des avantages d’utiliser des énergies propres et décarbonées, la Guadeloupe veut de doubler sa production d’électricité issue de la géothermie.",
      [NRJ], objs=[Q(2, unit="x", direction="increase", kind="relative_change", subject="production d'électricité géothermique")],
      notes="« doubler » -> facteur 2.")

    S("https://www.regionguadeloupe.fr/actualites-et-agendas/toute-lactualite/detail/actualites/la-region-guadeloupe-a-adopte-son-plan-regional-de-prevention-et-de-gestion-des-dechets/", "La Région Guadeloupe a adopté son Plan Régional de Prévention et de Gestion des Déchets (Région Guadeloupe)")
    P("La concertation est au cœur de ce projet : plus de 100 acteurs se sont impliqués, 20 réunions dédiées à l’élaboration du plan, et plus de 200 contributions écrites recueillies.",
      [GOV, CIRC], non=["100", "20", "200"], notes="Comptes de la concertation (piège).")
    P("Si, aujourd’hui, deux tiers de nos déchets sont éliminés sans valorisation, l’idée est d’inverser la tendance. Avec en particulier la construction de nouvelles déchèteries et de 3 unités majeures de valorisation des déchets, l’objectif est de valoriser 89 % de nos déchets dès 2023 et d’en éliminer tout au plus 31 000 tonnes (contre 260 000 tonnes aujourd’hui).",
      [CIRC], objs=[Q(89, horizon=2023, subject="part des déchets valorisés"),
                    Q(31000, unit="tonnes", kind="absolute", comparator="<=", baseline_value=260000, subject="déchets éliminés sans valorisation")],
      non=["deux tiers", "3", "260 000 tonnes"],
      notes="« deux tiers » et « 260 000 tonnes » sont l'état actuel ; « tout au plus » -> <= ; l'horizon 2023 est écrit pour les 89 % seulement.", ambiguous=True)
    P("Plus précisément, le plan se donne pour ambitions de :\n\n • Réduire de 10% la production de déchets ménagers et assimilés, par habitant, entre 2012 et 2026",
      [CIRC], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2026, baseline_year=2012, subject="production de déchets ménagers et assimilés par habitant")])

    S("http://outremers360.com/planete/environnement-la-guadeloupe-adoptera-un-nouveau-plan-de-prevention-et-gestion-de-dechets", "Environnement : la Guadeloupe adoptera un nouveau plan de prévention et gestion de déchets (Outremers360)")
    P("Faire devenir la Guadeloupe un territoire zéro déchets en 2035, tel est, le nouvel objectif de la collectivité régionale.",
      [CIRC], objective=True, non=["2035"],
      notes="« zéro déchets » est un slogan sans valeur mesurée : objectif qualitatif.", ambiguous=True)

    S("https://www.iedom.fr/IMG/rapport_annuel_iedom_guadeloupe_2022/files/basic-html/page116.html", "Rapport annuel économique 2022 de la Guadeloupe, page 116 (IEDOM)")
    P("Celui- ci a pour objectifs principaux : une baisse de 10 % de la production de déchets entre 2012 et 2026, et de 40 % de la production d’ordures ménagères, ainsi que la réduction de 90 % de l’enfouissement d’ici à 2026, en valorisant les déchets non dangereux, avec 75 % de matières recyclables.",
      [CIRC], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2026, baseline_year=2012, subject="production de déchets"),
                    Q(40, direction="decrease", kind="relative_change", subject="production d'ordures ménagères"),
                    Q(90, direction="decrease", kind="relative_change", horizon=2026, subject="enfouissement des déchets"),
                    Q(75, subject="part de matières recyclables dans les déchets non dangereux valorisés")],
      notes="Horizon 2026 écrit pour la baisse de 10 % et pour l'enfouissement ; la baisse de 40 % n'a pas d'année propre ; le sujet des 75 % est flou.", ambiguous=True)
    P("Plusieurs leviers sont mis en œuvre, parmi lesquels la mise en place de 17 déchèteries à l’horizon 2022 et jusqu’à 29 d’ici 2028.",
      [CIRC], objs=[Q(17, unit="count", kind="absolute", horizon=2022, subject="déchèteries en service"),
                    Q(29, unit="count", kind="absolute", horizon=2028, subject="déchèteries en service")],
      notes="« jusqu'à 29 » décrit la montée du nombre de déchèteries, pas une borne supérieure : pas de comparateur.", ambiguous=True)

    S("https://www.ewag.fr/2020/11/prpgd-guadeloupe-0-dechet/", "PRPGD : la Guadeloupe vise le 0 déchet (Ewag)")
    P("Nous sommes les bons derniers de la classe en matière de prévention, de traitement et de valorisation des déchets. Moins de 20% de nos déchets sont recyclés contre 40-50% au niveau national. 75% de nos déchets sont enfouis ce qui met en péril nos espaces naturels sensibles.",
      [CIRC, ENV], non=["20%", "40-50%", "75%"], notes="Constats (piège).")

    S("http://www.soualigapost.com/fr/actualite/15185/entreprise/comprendre-les-enjeux-des-clauses-sociales-dans-les-march%C3%A9s-publics", "Comprendre les enjeux des clauses sociales dans les marchés publics (Soualiga Post, Saint-Martin)")
    P("La Semsamar organisait vendredi dernier une réunion d’information pour les entreprises de BTP. Elles ont jusqu’au 8 juin pour répondre à un marché public lancé quinze jours plus tôt par la société d’économie mixte afin d’effectuer des travaux de gros entretien du parc social pour un montant d’1, 5 million d’euros.",
      [PME], non=["8 juin", "quinze jours", "1, 5 million d’euros"], notes="Date limite, délai et montant d'un marché (piège).")
    P("Pour la première fois à Saint-Martin, l’obtention de ce marché public implique l’adhésion à une clause sociale. C’est-à-dire que les entreprises qui remporteront le marché s’engageront à employer un certain pourcentage d’un public qui répond à des critères prédéfinis (chômeurs longue durée, personnes en situation de handicap, habitant des quartiers prioritaires, bénéficiaires du RSA…).",
      [CS], objective=True, notes="Clause sociale sans valeur (« un certain pourcentage ») : objectif qualitatif.")

    S("http://cem-stbarth.net/index.php/informations/actualites/1093-outre-mer-de-nouveaux-marches-en-vue-pour-les-pme-et-tpe", "Outre-mer : de nouveaux marchés en vue pour les PME et TPE (CEM Saint-Barthélemy)")
    P("La loi Egalité réelle outre-mer prévoit de réserver 30 % des marchés publics aux PME locales. Le dispositif est déjà en cours d’expérimentation sur l’île de la Réunion.",
      [PME], objs=[Q(30, subject="part des marchés publics réservés aux PME locales")],
      notes="La loi ouvre une faculté de réserver jusqu'à 30 % (voir le passage suivant) ; lu ici comme une cible légale.", ambiguous=True)
    P("Le « small business act » instaure la préférence locale en permettant aux pouvoirs publics ultramarins volontaires (Etat et collectivités) de réserver 30 % de leurs marchés aux entreprises locales. Quelques garde-fous ont été placés par les législateurs : cette préférence ne devra pas excéder en volume 15 % du montant annuel moyen des marchés du secteur au cours des trois dernières années.",
      [PME], objs=[Q(30, comparator="<=", subject="part des marchés réservés aux entreprises locales")],
      non=["15 %", "trois"],
      notes="Faculté plafonnée (« permettant de réserver ») : cible légale ambiguë ; le plafond de 15 % et les trois années sont des règles de calcul.", ambiguous=True)
    P("La loi leur imposera, en cas de marché supérieur à 500.000 euros, de présenter dès la phase de candidature, leur plan de sous-traitance et les modalités de participation des PME ultramarines.",
      [PME], non=["500.000 euros"], notes="Seuil d'une obligation de procédure (piège).", ambiguous=True)

    # --- Martinique -------------------------------------------------------------------------------------------------

    S("https://www.ewag.fr/2023/05/autonomie-energetique-martinique/", "Autonomie énergétique en Martinique (Ewag)")
    P("L’objectif de 100 % d’autonomie énergétique est fixé depuis 2015. Qu’est-ce qui est mis en place, qui en est responsable ? Comment la Martinique développe-t-elle son indépendance énergétique ?",
      [NRJ], objs=[Q(100, subject="autonomie énergétique de la Martinique")],
      non=["2015"], notes="« depuis 2015 » : date de fixation, pas d'horizon.")
    P("Comment, en Martinique, avons-nous prévu d’atteindre le 100 % d’autonomie énergétique pour 2030 ?",
      [NRJ], objs=[Q(100, horizon=2030, subject="autonomie énergétique de la Martinique")], notes="Cible dans une question.")
    P("En Martinique, ces énergies servent en grande majorité pour deux secteurs : le transport à 46,4 % (transport routier 30,2 %, aérien 10,5 % et maritime 5,7 %) et l’électricité à 45,7 %.",
      [NRJ], non=["deux", "46,4 %", "30,2 %", "10,5 %", "5,7 %", "45,7 %"], notes="Répartition de la consommation (piège).")

    S("https://solaire-infos.com/blog-photovoltaique/les-priorites-en-matiere-d-energie-dans-la-martinique-ces-prochaines-annees.html", "Les priorités en matière d'énergie dans la Martinique ces prochaines années (Solaire Infos)")
    P("Le but de ce projet est surtout de couvrir la demande en électricité pour qu’elle ne s’accroit que de 6,6% jusqu’en 2023. Les futurs efforts en matière d’énergie renouvelable (25% en 2018 et 55% en 2023), dont la grande partie est composée d’énergie venant d'un panneau photovoltaïque, de la biomasse de l’usine de Galion et d’éolienne ont aussi été détaillés.",
      [NRJ], objs=[Q(6.6, direction="increase", kind="relative_change", horizon=2023, comparator="<=", subject="hausse de la demande en électricité (plafond)"),
                   Q(25, horizon=2018, subject="part des énergies renouvelables"),
                   Q(55, horizon=2023, subject="part des énergies renouvelables")],
      notes="« ne s'accroît que de 6,6 % » : plafond de hausse (<=) ; 25 % et 55 % sont des paliers de la PPE.", ambiguous=True)
    P("Par ailleurs, de nouvelles filières de formations seront mises en place et plus de 50% de ménages devraient comprendre de chauffe-eau solaire d’ici 2020.",
      [NRJ], objs=[Q(50, horizon=2020, comparator=">=", subject="ménages équipés d'un chauffe-eau solaire")],
      notes="« devraient » : cible de la PPE plutôt que prévision.", ambiguous=True)
    P("Des expériences par l’alimentation des quartiers par l’énergie solaire tout au long de la journée, l’installation d’un éclairage public intelligent, des véhicules complètement électriques au sein d’EDF et au Prêcheur et de 191000 compteurs intelligents vont être faites.",
      [NRJ], objs=[Q(191000, unit="count", kind="absolute", subject="compteurs intelligents installés")],
      notes="Déploiement prévu lu comme une cible.", ambiguous=True)

    S("https://www.iedom.fr/martinique/actualites/la-lettre-de-l-iedom/novembre-2022/actualites-economiques-locales/article/la-transition-energetique-d-ici-a-2030-en-martinique", "La transition énergétique d'ici à 2030 en Martinique (IEDOM)")
    P("Pour rappel, en 2021, le mix électrique de la Martinique est composé de à 74,3 % d’énergies fossiles. Estimée à 25,7 %, la part des énergies renouvelables demeure en deçà des 50 % prévu par la programmation pluriannuelle de l’énergie (PEE) 2018-2023.",
      [NRJ], objs=[Q(50, subject="part des énergies renouvelables dans le mix électrique (PPE)")],
      non=["2021", "74,3 %", "25,7 %", "2018-2023"],
      notes="Cible de la PPE rappelée face au résultat ; la période 2018-2023 n'est pas un horizon.", ambiguous=True)
    P("En plus, des fonds locaux et européens, un fonds vert de 2 milliards d’euros sera disponible en 2023 pour l’ensemble du territoire français.",
      [ENV], non=["2 milliards d’euros", "2023"], notes="Budget (piège).")

    S("https://lesepl.fr/epl-en-action/dans-le-sud-de-la-martinique-la-soges-est-aux-fourneaux", "Dans le sud de la Martinique, la Soges est aux fourneaux (Les EPL)")
    P("Les chiffres parlent d’eux-mêmes : chaque jour, 9 500 repas sortent des trois cuisines exploitées par la Spl Soges, pour nourrir les élèves des 64 cantines réparties dans les 12 communes de la communauté d’agglomération de l’Espace Sud de la Martinique, principal actionnaire de la Spl.",
      [ALIM], non=["9 500", "trois", "64", "12"], notes="Comptes d'activité (piège).")
    P("« La collectivité a décidé de mettre en place un plan de relance des cantines en 2022, en misant sur plus de produits durables et de qualité, l’objectif d’atteindre rapidement 20 % de produits bio, en s’appuyant sur les producteurs locaux, en luttant contre le gaspillage alimentaire et en visant, progressivement, à la suppression du plastique », assure Boris Petricien.",
      [ALIM, CIRC], objs=[Q(20, subject="produits bio dans les cantines", themes=(ALIM,))],
      non=["2022"], notes="2022 date le plan ; « rapidement » n'écrit pas d'année.")

    S("https://mon-shopping-bio.com/?p=6849", "La loi EGalim : une difficulté d'application en Martinique (Mon shopping bio)")
    P("Depuis sa mise en place en 2018, la loi EGalim (pour Équilibre dans la Gastronomie et l’Alimentation) vise à promouvoir une alimentation de qualité dans les cantines scolaires en France. Cela passe notamment par une obligation d’utiliser 20% de produits de qualité et durables, dont 5% de bio, dans les achats alimentaires.",
      [ALIM], objs=[Q(20, subject="produits de qualité et durables dans les achats alimentaires"),
                    Q(5, subject="produits bio dans les achats alimentaires")],
      non=["2018"], notes="Seuils EGalim adaptés à l'outre-mer (quota légal) ; 2018 date la loi.")

    # --- Guyane ---------------------------------------------------------------------------------------------------

    S("https://www.franceguyane.fr/actualite/economie-consommation/viande-et-produits-locaux-les-eleves-se-regalent-18684.php", "Viande et produits locaux : les élèves se régalent (France-Guyane)")
    P("Fini les conserves, place à la viande locale dans les assiettes des cantines de Cayenne. Mois de la viande oblige, l'interprofession de l'élevage et viandes de Guyane a organisé une opération de promotion des repas qu'elle fournit aux trente-deux écoles de la ville.",
      [ALIM], non=["trente-deux"], notes="Compte d'écoles (piège).")
    P("Une manière de développer les circuits courts, la filière guyanaise de l'élevage et de se conformer à la loi alimentation et agriculture qui obligera en 2022 les communes à proposer 50% des repas en restauration collective élaborés à partir de produits bio et/ou locaux.",
      [ALIM], objs=[Q(50, horizon=2022, subject="repas de restauration collective à base de produits bio ou locaux")],
      notes="Quota légal (EGalim) résumé par le journal ; « en 2022 » -> horizon.")

    S("https://www.cacl-guyane.fr/actualites/des-repas-sains-et-locaux-pour-nos-ecoliers", "Des repas sains et locaux pour nos écoliers (CACL Guyane)")
    P("Dans le cadre de sa politique en faveur du développement économique local et de la souveraineté alimentaire, la CACL mène une étude ambitieuse sur l’approvisionnement en fruits et légumes dans les cantines scolaires du territoire.",
      [ALIM], objective=True, notes="Démarche sans chiffre (objectif qualitatif d'approvisionnement local).", ambiguous=True)

    S("http://www.enerlis.fr/fr/officialisation-de-feuille-de-route-energetique-guyane/", "Officialisation de la feuille de route énergétique pour la Guyane (Enerlis)")
    P("D’ici à 2023, la Guyane prévoit d’installer 51 MW de nouvelles capacités solaires avec ou sans stockage ; 26 MW d’éolien avec stockage ; 40 MW de biomasse ; 16,5 MW de petite hydraulique et 8 MW pour les déchets.",
      [NRJ], objs=[Q(51, unit="MW", direction="increase", kind="absolute", horizon=2023, subject="nouvelles capacités solaires"),
                   Q(26, unit="MW", direction="increase", kind="absolute", horizon=2023, subject="nouvelles capacités éoliennes avec stockage"),
                   Q(40, unit="MW", direction="increase", kind="absolute", horizon=2023, subject="nouvelles capacités biomasse"),
                   Q(16.5, unit="MW", direction="increase", kind="absolute", horizon=2023, subject="nouvelles capacités de petite hydraulique"),
                   Q(8, unit="MW", direction="increase", kind="absolute", horizon=2023, subject="nouvelles capacités de valorisation des déchets")],
      notes="Capacités nouvelles à installer (« nouvelles » -> increase, comme « supplémentaires »).", ambiguous=True)
    P("La Guyane prévoit également d’accroître l’efficacité énergétique sur son territoire et ambitionne de réduire sa consommation électrique de près de 17% d’ici à 2023.",
      [NRJ], objs=[Q(17, direction="decrease", kind="relative_change", horizon=2023, subject="consommation électrique")],
      notes="« de près de » ne change pas la valeur.")
    P("Pour l’heure, la Guyane affiche de très bons indicateurs puisque qu’elle atteint le chiffre de 64% de sa production électrique dans son mix énergétique et que plus de la moitié de cette production électrique provient de la centrale hydroélectrique de Petit Saut (116 MW).",
      [NRJ], non=["64%", "la moitié", "116 MW"], notes="Constats (piège).")

    # --- Mayotte --------------------------------------------------------------------------------------------------

    S("https://iedom.fr/IMG/rapport_annuel_iedom_mayotte_2022/files/basic-html/page118.html", "Rapport annuel économique 2022 de Mayotte, page 118 (IEDOM)")
    P("En début d’année 2023, la CADEMA a lancé une vaste opération sur son territoire visant à moderniser sa collecte de déchets par l’installation de bornes de déchets enterrées. Cela représente un investissement de\n1,56 millions d’euros pour huit sites opérationnels sur le territoire. 120 bornes sur 60 sites sont prévues pour 2025.",
      [CIRC], objs=[Q(120, unit="count", kind="absolute", horizon=2025, subject="bornes de déchets enterrées installées"),
                    Q(60, unit="count", kind="absolute", horizon=2025, subject="sites équipés de bornes enterrées")],
      non=["2023", "1,56 millions d’euros", "huit"],
      notes="Déploiement prévu lu comme cible ; l'investissement et les huit sites déjà opérationnels sont des constats.", ambiguous=True)
    P("• 30 % sont des déchets organiques pouvant être valorisés par le biais de la méthanisation, qui permet la production de biogaz comme c’est déjà le cas à l’ISDND de Dzoumogné, ou bien par compostage directement chez l’habitant ;",
      [CIRC], non=["30 %"], notes="Résultat d'une étude de caractérisation (piège).")



    S("https://mayottehebdo.com/actualite/environnement/un-programme-specialement-concu-pour-une-mayotte-plus-verte", "Un programme spécialement conçu pour une Mayotte plus verte (Mayotte Hebdo)")
    P("Alors que c’est une obligation depuis janvier 2012, celui-ci a vu le jour en 2022 à Mayotte. Un retard important certes, mais qui s’explique en outre-mer par les difficultés liées à l’insularité. Les filières de recyclage y sont encore peu développées par exemple. Pour rappel, seul 1% des déchets mahorais rentre dans le circuit du recyclage.",
      [CIRC], non=["janvier 2012", "2022", "1%"], notes="Dates et constat (piège).")

    S("https://lejournaldemayotte.yt/2022/10/19/lutte-contre-les-pollutions-des-dechets-sauvages-a-mamoudzou-sitot-les-encombrants-recuperes-sitot-il-y-en-a-des-nouveaux", "Lutte contre les pollutions des déchets sauvages à Mamoudzou (Le Journal de Mayotte)")
    P("Si la mise en place du plan propreté 2020-2030 constitue une des prérogatives de la convention, « nous avons aujourd’hui une quarantaine d’actions », souligne le DGS, le chef-lieu s’est engagé à désigner un référent « déchets abandonnés » afin de coordonner les actions au niveau local.",
      [CIRC, GOV], objective=True, non=["2020-2030", "une quarantaine"],
      notes="Engagement qualitatif (désigner un référent) ; période du plan et compte d'actions.")


    # --- La Réunion -----------------------------------------------------------------------------------------------

    S("https://imazpress.com/actus-reunion/dans-les-cantines-de-la-reunion-on-mise-sur-les-produits-locaux-et-la-qualite", "Dans les cantines de La Réunion, on mise sur les produits locaux et la qualité (Imaz Press)")
    P("À Saint-Denis, et plus précisément à l’école Damase Legros du Chaudron, trois personnels – aidés de contrats PEC (parcours emploi compétence) - s’activent dès 7 heures pour confectionner les repas de près de 600 marmailles et accompagnants.",
      [ALIM], non=["trois", "7 heures", "600"], notes="Comptes et horaire (piège).")

    S("http://www.ipreunion.com/actualites-reunion/reportage/2022/06/09/etablissements-scolaires-rendre-la-cantine-attractive-le-grand-objectif-des-collectivites,153034.html", "Établissements scolaires : rendre la cantine attractive, le grand objectif des collectivités (IPR)")
    P("Le résultat est là pour le Conseil départemental, qui compte 35.000 collégiens déjeunant chaque jour dans les restaurants scolaires, \"soit un taux de demi-pensionnaire important (plus de 60 % des effectifs)\" nous dit-on.",
      [ALIM], non=["35.000", "60 %"], notes="Résultat (piège) ; « plus de 60 % » est un constat, pas une cible.")

    S("https://cetanou.com/blog/page/11", "Qu'est ce qu'on mange à la Cantoche ? (Cetanou)")
    P("Plusieurs communes de La Réunion ont intégré un menu végétarien hebdomadaire, dès la rentrée scolaire 2019-2020.",
      [ALIM], non=["2019-2020"], notes="Fait passé (piège).")

    S("https://lpme.fr/news-media/rendre-la-commande-publique-accessible-aux-artisans-et-pme-locales-en-outre-mer", "Rendre la commande publique accessible aux artisans et PME locales en outre-mer (LPME)")
    P("Le rapport de l'institut d'émission des départements d'outre-mer (IEDOM) consacré à LaRéunion en 2022 indique que, sur les 62 963 entreprises présentes sur l’île en 2022, seules 2654 comptent 10 salariés ou plus. En clair, 96 % des entreprises réunionnaises comptent donc moins de 10 salariés.",
      [PME], non=["2022", "62 963", "2022", "2654", "10", "96 %", "10"], notes="Statistiques (piège).")

    S("http://ecoaustral.com/les-plus-lus/lassociation-sba-reunion-accompagnera-lemergence-de-strategies-du-bon-achat", "L'Association SBA Réunion accompagnera l'émergence de stratégies du bon achat (Eco Austral)")
    P("Une convention pour 3 ans débute par une Journée du Territoire, pour faire connaissance et dialoguer avec les savoir-faire réunionnais. « Adaptation est une étape pour dimensionner administrativement les marchés et alléger la trésorerie des entreprises, en s’engageant sur les délais de paiement et la mise en place d’avances majorées, indique Cyrille Rickmounie, président de la Capeb Réunion. »",
      [PME], objective=True, non=["3 ans"], notes="Engagements qualitatifs (délais de paiement, avances) ; durée de convention.")


    S("http://www.temoignages.re/developpement/environnement/la-cinor-lance-son-plan-climat-energie-territorial,65126", "La CINOR lance son Plan Climat Energie Territorial (Témoignages)")
    P("C’est pour cette raison que toutes les Communautés de communes ou communes de plus de 50.000 habitants ont l’obligation d’adopter un Plan Climat-Energie Territorial (PCET) avant le 31 décembre 2012.",
      [ENV, GOV], non=["50.000", "31 décembre 2012"], notes="Seuil légal et échéance d'une obligation de planification (piège).")

    S("https://blog.univ-reunion.fr/emarcade/luniversite-de-la-reunion", "L'Université de La Réunion (blog de l'Université de La Réunion)")
    P("En effet, les résultats globaux du dernier bilan carbone de l’Université montrent à quel point la majorité de nos émissions de gaz à effet de serre est liée aux déplacements: 56 % des émissions de gaz à effet de serre sont directement imputables aux déplacements quotidiens des étudiants et du personnel universitaire.",
      [ENV], non=["56 %"], notes="Résultat du bilan carbone (piège).")
