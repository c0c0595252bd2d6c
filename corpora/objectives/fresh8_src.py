"""Eighth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh8.jsonl).

Collected in issue 15's ninth pass, before any change of that pass, to measure the extractor on text nobody here had
read. Pages of varied kinds (the mayors' association, hospitals, social landlords, universities' transition plans,
territorial climate plans quoting the national targets, departments, elected officials' quotations, associations,
trade and regional press) and traps: results of the past, statistics and surveys, budgets and costs, counts, dates,
thresholds, article numbers, forecasts. Pages of sites that neither the shared dev set, nor any training passage
(``corpora/real``, the collected set), nor an earlier fresh set uses (the build checks). Labelled with the
conventions of the shared real dev set before the extractor was run on them, then scored once with the system of
main. Every passage is copied from the opening of a public web page as the project's search tool stored it, cited by
its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, GOV, HAND, NRJ

BIO = "biodiversite"
SANTE = "sante"
NUM = "numerique_responsable"


def load(S, P, Q) -> None:

    S("https://amfasso.fr/documents-congres-maires-2023-politiques-alimentaires-territoriales-cantines-role-cle-communes/42057", "Congrès des maires 2023. Politiques alimentaires territoriales et cantines : le rôle clé des communes (AMF)")
    P("Proposer dans leurs cantines au moins 50% de produits durables et de qualité, dont 20% de bio, à des prix abordables pour les familles, tout en soutenant les filières agricoles locales : c’est désormais l’équation posée aux maires.",
      [ALIM], objs=[Q(50, comparator=">=", subject="produits durables et de qualité dans les cantines"),
                    Q(20, subject="produits bio dans les cantines")],
      notes="Quota EGalim rappelé ; cible emboîtée « dont 20% » ; pas d'année.")
    P("\"En 2008, on décide de passer au 100% bio et, en quatre ans, on a réussi sans dépenser plus, en diminuant de 80% le gaspillage alimentaire pour financer le surcoût du bio\", a-t-il expliqué.",
      [ALIM, CIRC], non=["2008", "100%", "quatre ans", "80%"],
      notes="Décision passée déjà atteinte et résultat (« on a réussi », « en diminuant de 80% ») : piège.", ambiguous=True)
    P("\"On est passé en trois ans de 20% à 61% de certifié Ecocert dont la moitié en local\", a raconté, pour sa part, Emmanuelle Gazel, maire de Millau (12), ville également engagée \"vers le 100% bio avec le plus de local possible\".",
      [ALIM], objs=[Q(100, subject="produits bio dans les cantines de Millau")],
      non=["trois ans", "20%", "61%", "la moitié", "12"],
      notes="Résultats passés (« on est passé de 20% à 61% ») ; l'engagement « vers le 100% bio » est l'objectif, citation d'une élue.", ambiguous=True)
    P("La mise en place d’une tarification sociale a produit des effets : 25% de repas en plus servis dans les cantines en deux ans.",
      [ALIM], non=["25%", "deux ans"], notes="Résultat passé (piège).")

    S("https://www.nona.fr/ressources/mettre-la-cantine-au-coeur-des-municipales-notre-tribune-collective-relayee-par-ouest-france", "Mettre la cantine au cœur des municipales : notre tribune collective relayée par Ouest-France (Nona)")
    P("Chaque jour, la restauration collective sert près de 14 millions de repas en France (source : Restau’ co).",
      [ALIM], non=["14 millions"], notes="Statistique (piège).")

    S("http://hopital-europeen.fr/lhopital/eco-responsabilite", "Éco-responsabilité (Hôpital Européen, Marseille)")
    P("En effet, le projet développement durable de l'Hôpital Européen est axé sur 5 priorités :\n- 100% des locaux éclairés par la lumière du jour,\n- 80% de l'eau chaude sanitaire produite par l'énergie solaire,\n- Isolation du bâtiment par l'extérieur,",
      [ENV, NRJ, SANTE], non=["5", "100%", "80%"],
      notes="Caractéristiques d'un bâtiment livré et certifié en 2014 (état, pas une cible) : piège.", ambiguous=True)
    P("Compte tenu de son implication forte et ancienne, l’Hôpital Européen a été désigné établissement pilote dans cette démarche auprès de 23 autres établissements de la région.",
      [SANTE, GOV], non=["23"], notes="Compte d'établissements (piège).")

    S("https://www.seine-ouest-habitat.com/de-chantier-clause-dinsertion/", "Pas de chantier sans clause d'insertion (Seine Ouest Habitat et Patrimoine)")
    P("Chef de chantier et encadrant, Tarek Haddad a fait réaliser aux douze salariés, employés en contrat à durée déterminée d’insertion (CDI), des travaux d’enduit, de peinture et de faïence dans 10 halls des résidences Villebon.",
      [CS], non=["douze", "10"], notes="Comptes (piège).")
    P("Comme l’explique Sandra d’Odiardi, directrice du service juridique de SOHP, « nous incluons désormais des clauses d’insertion dans tous les contrats que nous signons avec les entreprises de construction et de réhabilitation».",
      [CS], non=["tous les contrats"], notes="Pratique en vigueur (« désormais »), pas une cible à atteindre : piège, comme « 100 % des marchés rappellent désormais ».", ambiguous=True)

    S("https://assemblia.fr/2022/11/09", "L'insertion sociale : un levier majeur d'assemblia au service de l'intérêt général")
    P("C’est un engagement qui ne date pas d’hier. Et qui symbolise à lui seul l’importance que revêt l’insertion sociale pour la fabrique urbaine de l’Ouest régional. Depuis plus de 20 ans, assemblia intègre des clauses spécifiques dans ses marchés d’appel d’offres de chantier, fidèle à ses missions d’intérêt général.",
      [CS], non=["20 ans"], notes="Durée (piège).")

    S("https://www.planclimat-pays-fontainebleau.fr/public/projet/cuisine-centrale,3.html", "Promotion des circuits courts en restauration collective (Plan climat du Pays de Fontainebleau)")
    P("Afin de développer l’approvisionnement local dans la restauration collective publique en circuits alimentaires de proximité, la Communauté d’agglomération met en place différentes actions dans l’objectif, à terme, de disposer d’un équipement de type cuisine centrale à l’échelle des 26 communes.",
      [ALIM], objective=True, non=["26"], notes="Objectif qualitatif (un équipement) ; 26 communes est le périmètre.")

    S("https://yonne-nord.fr/pcaet/", "Le plan climat air énergie territorial (Communauté de communes Yonne Nord)")
    P("● Porter la part des énergies renouvelables à 23 % de la consommation finale brute d’énergie en 2020 et à 32 % de cette consommation en 2030 ;",
      [NRJ], objs=[Q(23, direction="increase", horizon=2020, subject="part des énergies renouvelables dans la consommation finale brute"),
                   Q(32, direction="increase", horizon=2030, subject="part des énergies renouvelables dans la consommation finale brute")],
      notes="« Porter à » : increase.")

    S("http://www.departement06.fr/plan-climat/un-plan-climat-pourquoi-5341.html", "Un plan climat : pourquoi ? (Département des Alpes-Maritimes)")
    P("L’objectif pour la France est de diviser par 4 ses émissions de gaz à effet de serre (GES) d’ici 2050 par rapport au niveau de référence (1990).",
      [ENV], objs=[Q(4, unit="x", direction="decrease", kind="relative_change", horizon=2050, baseline_year=1990, subject="émissions de gaz à effet de serre de la France")],
      notes="« diviser par 4 » : facteur, baisse.")
    P("L’article 188 de la loi n° 2015-992 du 17 août 2015 relative à la transition énergétique pour la croissance verte rend obligatoire pour les établissements publics de coopération intercommunale de plus de 20 000 habitants, l’adoption d’un plan climat-air-énergie territorial.",
      [ENV, GOV], objective=True, non=["188", "2015-992", "17 août 2015", "20 000"],
      notes="Obligation non chiffrée ; article, loi, date et seuil de population (pièges).", ambiguous=True)

    S("https://www.uttop.fr/fr/uttop/l-uttop-s-engage/dd-rs-l-uttop-s-engage/axe-4-environnement.html", "Axe 4 : Environnement (Université de technologie Tarbes Occitanie Pyrénées)")
    P("Objectifs\n1. Développer une politique de diminution des émissions de gaz à effet de serre 28",
      [ENV], objective=True, non=["1.", "28"], notes="Objectif qualitatif en titre ; numéro de liste et numéro de page (pièges).")
    P("Un bilan carbone sera réalisé et viendra compléter le plan de sobriété énergétique établi en 2022 par l’ENIT.",
      [ENV, NRJ], objective=True, non=["2022"], notes="Action prévue non chiffrée ; date du plan (piège).", ambiguous=True)

    S("https://leslandesaumenu.fr/actualites/les-landes-au-menu", "Les Landes au menu (Département des Landes)")
    P("L’échéance est proche et l’objectif élevé : à partir de 2022, la loi Egalim impose, en valeur d’achat, au moins 50% de produits durables ou sous signes officiels de qualité, dont 20% de produits biologiques, dans la restauration collective publique.",
      [ALIM], objs=[Q(50, comparator=">=", subject="produits durables ou sous signes officiels de qualité en restauration collective publique"),
                    Q(20, subject="produits biologiques en restauration collective publique")],
      non=["2022"], notes="Quota légal cité ; « à partir de 2022 » : entrée en vigueur d'une obligation à un seul niveau, pas d'horizon ; cible emboîtée « dont ».", ambiguous=True)

    S("https://www.chu-rennes.fr/a-propos-du-chu-de-rennes/engagements-du-chu/hopital-durable-et-responsable/transformation-ecologique", "Transformation écologique (CHU de Rennes)")
    P("Une trajectoire de réduction de 80% d'émissions de gaz à effet de serre en 2050",
      [ENV, SANTE], objs=[Q(80, direction="decrease", kind="relative_change", horizon=2050, subject="émissions de gaz à effet de serre du CHU")],
      notes="Titre ; « réduction de » : decrease.")
    P("L’identification des principaux leviers d’actions pour chacun des postes d’émissions a permis au CHU de se fixer un objectif de réduction de ses émissions de GES de 80 % en 2050, soit une réduction annuelle de 2,5 %.",
      [ENV, SANTE], objs=[Q(80, direction="decrease", kind="relative_change", horizon=2050, subject="émissions de GES du CHU"),
                          Q(2.5, direction="decrease", kind="growth_rate", per_year=True, subject="émissions de GES du CHU")],
      notes="Objectif fixé (passé composé du verbe de fixation) ; « soit une réduction annuelle » : taux annuel équivalent, compté comme une cible.", ambiguous=True)
    P("Cette situation contraint doublement l'établissement : d’une part, le climat et l’environnement impactent de manière directe et croissante la santé, obligeant à repenser la manière de soigner ; d’autre part, les activités du CHU génèrent chaque année près de 100 000 tonnes d’équivalent CO2 et contribuent de fait au dérèglement climatique.",
      [ENV, SANTE], non=["100 000 tonnes"], notes="Émissions annuelles constatées (piège).")

    S("https://www.chu-clermontferrand.fr/beges-chu", "Connaitre son empreinte carbone pour pouvoir l'atténuer : découvrez le BEGES du CHU (CHU de Clermont-Ferrand)")
    P("Les actions engagées par le CHU montrent une diminution des émissions directes de GES de 17% entre 2021 et 2024.",
      [ENV, SANTE], non=["17%", "2021", "2024"], notes="Résultat passé (piège).")
    P("En 2024 (année de référence des données recueillies) le CHU de Clermont-Ferrand a émis 114 886 tonnes équivalent C02 pour assurer l’ensemble de ses activités sur ses différents sites soit l’équivalent de :",
      [ENV, SANTE], non=["2024", "114 886 tonnes", "C02"], notes="Bilan d'émissions (piège).")

    S("https://www.chu-montpellier.fr/fr/information-transversale/actualites/le-chu-souhaite-integrer-sa-strategie-bas-carbone-au-prochain-projet-detablissement-7292", "Le CHU souhaite intégrer sa stratégie Bas Carbone au prochain projet d'Etablissement (CHU de Montpellier)")
    P("Le Bilan Carbone®, pour les données 2019, année prise en référence, établit ainsi un niveau d’émission de 187 000 tonnes de CO2-équivalent, soit environ 247 kgCO2e par journée d’hospitalisation en temps complet ou en ambulatoire[2].",
      [ENV, SANTE], non=["2019", "187 000 tonnes", "247 kgCO2e", "[2]"], notes="Bilan de référence (piège).")
    P("Cette réflexion va permettre au CHU d’identifier les actions à mener pour décarboner progressivement ses activités et viser les objectifs de la France de neutralité carbone à horizon 2050.",
      [ENV, SANTE], objective=True, non=["2050"], notes="Objectif non chiffré (neutralité carbone) avec une année.")

    S("https://actuel-hse.fr/content/hopitaux-une-charte-pour-s-engager-dans-la-reduction-des-emissions-de-gaz-a-effet-de-serre", "Hôpitaux : une charte pour s'engager dans la réduction des émissions de gaz à effet de serre (Actuel HSE)")
    P("D'ici à 2020, les entreprises et collectivités devront réduire de 20% leurs émissions de gaz à effet de serre (GES).",
      [ENV], objs=[Q(20, direction="decrease", kind="relative_change", horizon=2020, subject="émissions de GES des entreprises et collectivités")],
      notes="« D'ici à 2020 » : horizon.")
    P("Le secteur hospitalier lance, avec l'agence Primum Non Nocere®, la campagne \"Two For Ten®\". Objectif: réduire de 2% par an pendant 10 ans les émissions des établissements de santé.",
      [ENV, SANTE], objs=[Q(2, direction="decrease", kind="growth_rate", per_year=True, subject="émissions des établissements de santé")],
      non=["10 ans"], notes="Taux annuel ; durée sans année ; « Two For Ten » est un nom.")

    S("https://fifteen.eu/fr/resources/blog/marseille-l-ambitieuse-a-velo", "Marseille, l'ambitieuse à vélo (Fifteen)")
    P("L’objectif : passer la part modale du vélo de 1 % à 7 % dans la ville à horizon 2030.",
      [ENV], objs=[Q(7, direction="increase", horizon=2030, baseline_value=1, subject="part modale du vélo à Marseille")],
      notes="« passer de … à » : increase ; 1 % est la valeur de départ.")
    P("Mais ce virage a été amorcé bien avant, dès le vote en 2018 d’un plan vélo 2019 - 2024 financé à hauteur de 60 millions d’euros par la métropole et de 40 millions par le département.",
      [ENV], non=["2018", "2019 - 2024", "60 millions d’euros", "40 millions"], notes="Date, période, budget (piège).")
    P("Les ambitions ont été clairement affichées et objectivées, avec la volonté de doubler la part modale du vélo dans les trajets quotidiens.",
      [ENV], objs=[Q(2, unit="x", direction="increase", kind="relative_change", subject="part modale du vélo")],
      notes="« doubler » : facteur 2, increase.")

    S("https://mobipro.ampmetropole.fr/a-la-une/plan-de-mobilite-metropolitain-un-systeme-velo-global-remettre-le-velo-au-centre-des-mobilites-avec-un-objectif-de-part-modale-de-7", "Plan de Mobilité Métropolitain : un système vélo global (Métropole Aix-Marseille-Provence)")
    P("L’objectif est ambitieux : passer de 1% (en 2017) à 7% de part modale du vélo en 2030.",
      [ENV], objs=[Q(7, direction="increase", horizon=2030, baseline_year=2017, baseline_value=1, subject="part modale du vélo dans la métropole")],
      notes="« passer de … à » : increase ; départ 1 % en 2017.")
    P("La seconde action porte sur les services dédiés au vélo et comporte notamment la création de 50 000 places de stationnement, sous forme de boxes sécurisés à proximité des équipements publics ou d’arceaux sur l’espace public.",
      [ENV], objs=[Q(50000, unit="count", kind="absolute", subject="places de stationnement vélo créées")],
      notes="Volume prévu par le plan ; « création de » n'est pas un verbe de changement : reach.", ambiguous=True)

    S("https://lequotidien.lu/grande-region/metz-peut-elle-tripler-son-nombre-de-cyclistes-en-deux-ans", "Metz peut-elle tripler son nombre de cyclistes en deux ans ? (Le Quotidien)")
    P("Aujourd’hui, 3 % des déplacements se font à vélo. L’objectif national est de 9 % en 2024.",
      [ENV], objs=[Q(9, horizon=2024, subject="part des déplacements à vélo")],
      non=["3 %"], notes="« Aujourd'hui » : valeur constatée ; l'objectif est un niveau.")
    P("C’est l’un des aspects positifs du Covid : depuis les confinements, la pratique du deux-roues a nettement augmenté (+ 26 % en semaine, + 35 % le week-end, depuis 2019).",
      [ENV], non=["+ 26 %", "+ 35 %", "2019"], notes="Hausse constatée (piège).")

    S("https://municipales2020.parlons-velo.fr/s/865", "Municipales 2020 : réponse d'une liste au questionnaire Parlons vélo")
    P("Pour mieux combiner les différents modes doux, nous prévoyons une augmentation de 100M€ par an de l'investissement qui leur est consacré. Le budget métropolitain dédié aux modes doux sera ainsi porté aux alentours de 300 M€ par an.",
      [ENV], non=["100M€", "300 M€"], notes="Engagements budgétaires d'une liste candidate : budgets (piège, convention du jeu de développement).", ambiguous=True)

    S("https://municipales2020.parlons-velo.fr/s/918", "Municipales 2020 : réponse d'une autre liste au questionnaire Parlons vélo")
    P("Aussi, 1% des budgets opérationnels seront consacrés à des démarches de concertation et d’évaluation.",
      [GOV], objs=[Q(1, subject="part des budgets opérationnels consacrée à la concertation et à l'évaluation")],
      notes="Engagement de programme sous forme de part (niveau au futur).", ambiguous=True)

    S("https://syndicat-tri-action.fr/reduisons-reparons-reutilisons/pourquoi-reduire/", "Pourquoi réduire ? (Syndicat Tri-Action)")
    P("L’objectif national de réduction des déchets est fixé à -10% en 2020 (par rapport à 2010) et concerne tous les déchets ménagers : déchets résiduels, emballages, verre, déchets verts, encombrants et apports en déchèterie (hors gravats).",
      [CIRC], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2020, baseline_year=2010, subject="déchets ménagers")],
      notes="« réduction … fixé à -10% » : decrease ; « tous les déchets » définit le périmètre, pas une cible.")
    P("L’élimination des déchets résiduels coûte 200 € la tonne. Installer 40 bornes textiles supplémentaires pourrait réduire le tonnage de 180 tonnes soit une économie de 36 000 €/an.",
      [CIRC], non=["200 €", "40", "180 tonnes", "36 000 €/an"], notes="Coût et estimation au conditionnel (piège).")
    P("Une personne résidant sur le territoire du Syndicat Tri-Action jette en moyenne 340 kg d’ordures ménagères dans les bacs à couvercle grenat, jaune et vert 535 Kg si on ajoute les déchets verts, encombrants et les déchets déposés en déchèterie.",
      [CIRC], non=["340 kg", "535 Kg"], notes="Statistique (piège).")

    S("https://expertise-renovation.com/actualites/plan-gouvernement-2030", "Rénovation énergétique : le gouvernement dévoile un plan ambitieux pour 600 000 logements par an d'ici 2030 (Expertise Rénovation)")
    P("Dans le cadre de sa nouvelle Stratégie nationale bas-carbone (SNBC), l'exécutif a annoncé un objectif colossal : rénover pas moins de 600 000 logements par an d'ici 2030.",
      [ENV, NRJ], objs=[Q(600000, unit="count", kind="absolute", horizon=2030, per_year=True, comparator=">=", subject="logements rénovés par an")],
      notes="« pas moins de » : au moins ; « par an » : per_year ; « d'ici 2030 » : horizon.")
    P("Concrètement, ce plan prévoit la rénovation annuelle de 400 000 maisons individuelles et de 200 000 logements collectifs.",
      [ENV, NRJ], objs=[Q(400000, unit="count", kind="absolute", per_year=True, subject="maisons individuelles rénovées par an"),
                        Q(200000, unit="count", kind="absolute", per_year=True, subject="logements collectifs rénovés par an")],
      notes="« rénovation annuelle » : per_year ; deux cibles coordonnées.")
    P("En 1990, ce secteur émettait 93 Mt d'équivalent CO2. En 2022, on était à 62 Mt. L'objectif est maintenant de descendre à 35 Mt en 2030.",
      [ENV], objs=[Q(35000000, unit="tCO2", direction="decrease", kind="absolute", horizon=2030, subject="émissions du secteur du bâtiment")],
      non=["1990", "93 Mt", "2022", "62 Mt"], notes="« descendre à » : verbe de changement, decrease ; niveau absolu en tonnes ; valeurs passées (pièges).")

    S("https://www.greenunivers.com/2018/04/les-10-chantiers-du-plan-renovation-energetique-180716/", "Les 10 chantiers du plan rénovation énergétique (GreenUnivers)")
    P("A court terme, le gouvernement vise une réduction de 15% de la consommation d’énergie finale des bâtiments d’ici 2023 par rapport à 2010, conformément à la première PPE.",
      [NRJ], objs=[Q(15, direction="decrease", kind="relative_change", horizon=2023, baseline_year=2010, subject="consommation d'énergie finale des bâtiments")],
      notes="« réduction de » : decrease ; référence 2010.")
    P("Et la rénovation de 500 000 logements par an, dont la moitié de « passoires thermiques » : 100 000 dans le parc social et 150 000 parmi les propriétaires occupants à faibles revenus.",
      [ENV, NRJ], objs=[Q(500000, unit="count", kind="absolute", per_year=True, subject="logements rénovés par an"),
                        Q(50, subject="part de passoires thermiques parmi les logements rénovés"),
                        Q(100000, unit="count", kind="absolute", per_year=True, subject="passoires thermiques rénovées dans le parc social par an"),
                        Q(150000, unit="count", kind="absolute", per_year=True, subject="passoires thermiques rénovées chez les propriétaires occupants modestes par an")],
      notes="Cibles emboîtées (« dont la moitié ») puis ventilées ; « par an » porte sur l'ensemble.", ambiguous=True)
    P("Le gouvernement y réaffirme en effet son ambition : une France neutre en carbone et un parc de bâtiments entièrement rénové au niveau BBC d’ici 2050, des cibles déjà discutées dans le cadre de la révision de la programmation pluriannuelle de l’énergie (PPE).",
      [ENV, NRJ], objs=[Q(100, horizon=2050, subject="parc de bâtiments rénové au niveau BBC")],
      notes="« entièrement rénové » normalisé à 100 % ; la neutralité carbone n'est pas chiffrée.", ambiguous=True)

    S("https://www.villes-internet.net/actions/654b91444545575495aa414e", "Réemploi des équipements numériques (Eurométropole de Strasbourg, Villes Internet)")
    P("À l’échelle nationale le réemploi dans le domaine du numérique représente moins de 5% des biens émis sur le marché alors que les ventes des biens numériques neufs sont croissants.",
      [CIRC, NUM], non=["5%"], notes="Statistique (piège).")
    P("L’Eurométropole de Strasbourg est engagée dans cette démarche de réemploi pour ses propres équipements depuis 2012. Plus de 11 000 équipements ont ainsi pu faire l’objet de réemploi/recyclage.",
      [CIRC, NUM], non=["2012", "11 000"], notes="Date et résultat (piège).")
    P("Forte du succès de cette première expérimentation, elle souhaite à compter de 2023 faire évoluer cette démarche et l’étendre aux différentes communes et ainsi accroitre le nombre d’équipements numériques en réemploi sur son territoire.",
      [CIRC, NUM], objective=True, non=["2023"], notes="Objectif non chiffré (« accroître le nombre ») ; date de départ.")

    S("https://06.cgtfinancespubliques.fr/actualite/la-fonction-publique/actualite/la-fonction-publique/article/de-la-casse-au-reemploi-les-services-publics-sommes-de-reconditionner-leur", "De la casse au réemploi, les services publics sommés de reconditionner leur matériel informatique (CGT Finances publiques 06)")
    P("Des obligations en trois temps. En 2026, la moitié des matériels informatiques dont se séparent les acteurs publics chaque année, devront être orientés vers la filière du réemploi et de la réutilisation.",
      [CIRC, NUM], objs=[Q(50, horizon=2026, subject="matériels informatiques réformés orientés vers le réemploi")],
      non=["trois temps"], notes="Quota légal ; « la moitié » = 50 ; « chaque année » définit ce qui est compté (per_year faux) ; l'année écrite est 2026.", ambiguous=True)
    P("Celle-ci pèse pour 2,5 % des émissions françaises. C’est moins que la moyenne mondiale, notamment grâce au mix électrique bien français qui fait la part belle au nucléaire. Mais elle pourrait tripler d’ici 2050, selon une récente étude de l’Ademe et de l’Arcep.",
      [ENV, NUM], non=["2,5 %", "tripler", "2050"], notes="Statistique et projection (« pourrait tripler ») : piège.")

    S("https://www.infos-dijon.com/news/bourgogne-franche-comte/bourgogne-franche-comte/oceane-godard-la-bourgogne-franche-comte-mobilise-depuis-7-ans-plus-de-2-millions-d-euros-par-an-pour-la-securite-dans-les-lycees-print.html", "Océane Godard : la Bourgogne-Franche-Comté mobilise depuis 7 ans plus de 2 millions d'euros par an pour la sécurité dans les lycées (Infos Dijon)")
    P("En 2017 nous avons lancé un plan de sécurisation des lycées qui mobilise jusqu’à présent 18 millions d’euros, avec des alarmes anti-intrusion dans l’ensemble des bâtiments, des portiques, de la vidéo surveillance. Je rappelle que la Bourgogne – Franche-Comté gère 129 lycées, avec 1400 bâtiments pour un total de 2,3 millions de mètres carré.",
      [], non=["2017", "18 millions d’euros", "129", "1400", "2,3 millions"], notes="Citation d'une élue : budget dépensé, comptes (piège) ; « l'ensemble des bâtiments » décrit un équipement fait.")

    S("https://documentation.ehesp.fr/index.php?id=307989&lvl=notice_display", "Notice : entreprises adaptées et ESAT (documentation de l'EHESP)")
    P("La moitié d'entre eux a ainsi vu son chiffre d'affaires augmenter depuis 3 ans, selon une enquête réalisée en mars 2013 par OpinionWay pour le réseau national Gesat.",
      [HAND], non=["La moitié", "3 ans", "2013"], notes="Résultat d'enquête (piège).")
    P("Des évolutions engagées au sein d'APF Entreprises, premier réseau de travail adapté et protégé en France, avec quelque 3 700 salariés et usagers dont 3 000 en situation de handicap.",
      [HAND], non=["3 700", "3 000"], notes="Comptes avec « dont » (piège).")

    S("https://www.rtl.be/actu/monde/economie/restaurants-recyclage-consignes-le-texte-de-lue-pour-verdir-les-emballages/2024-03-05/article/644709", "Restaurants, recyclage, consignes : le texte de l'UE pour verdir les emballages (RTL)")
    P("Les contenants plastiques à usage unique seront interdits d'ici au 1er janvier 2030 dans les cafés et restaurants, pour les aliments et boissons consommés sur place.",
      [CIRC], objective=True, non=["1er janvier 2030"], notes="Interdiction future non chiffrée (objectif qualitatif) ; date d'échéance sans valeur.", ambiguous=True)

    S("https://www.plastiques-caoutchoucs.com/Paris-bannit-le-plastique-de-ses.html", "Paris bannit le plastique de ses cantines (Plastiques & Caoutchoucs)")
    P("En 2026, les cantines scolaires, établissements d’hébergement pour personnes âgées dépendantes (Ehpad), crèches et autres restaurants administratifs de la Ville de Paris auront abandonné le plastique.",
      [CIRC, ALIM], objective=True, non=["2026"], notes="Objectif de sortie du plastique sans valeur chiffrée.", ambiguous=True)

    S("https://territoire-environnement-sante.fr/actions-et-projets/plan-alimentaire-territoire", "Plan alimentaire de territoire (Questembert, Territoire Environnement Santé)")
    P("En 2008, la municipalité de Questembert a fait le choix d’une gestion déléguée pour sa restauration collective destinée à 900 scolaires et une quarantaine de personnes âgées.",
      [ALIM], non=["2008", "900", "une quarantaine"], notes="Date et comptes (piège).")

    S("https://www.handirect.fr/fonction-publique-au-moins-6-dhandicapes-dans-8-ministeres-dici-2013/", "Fonction publique : au moins 6 % d'handicapés dans 8 ministères d'ici 2013 (Handirect)")
    P("“Pour y parvenir, les administrations recruteront de 1.500 à 2.000 travailleurs handicapés selon les années”, indique le communiqué, en précisant que cette action sera “complétée par une journée interministérielle de sensibilisation au handicap”.",
      [HAND], objs=[Q(1500, value_max=2000, unit="count", kind="absolute", per_year=True, subject="travailleurs handicapés recrutés par les administrations")],
      notes="Fourchette ; « selon les années » : volume annuel.", ambiguous=True)
    P("Georges Tron, avait annoncé à la mi-décembre l’embauche de “7.000 travailleurs handicapés d’ici à 2013 dans la fonction publique d’Etat”, dans un entretien au quotidien La Croix.",
      [HAND], objs=[Q(7000, unit="count", kind="absolute", horizon=2013, subject="travailleurs handicapés embauchés dans la fonction publique d'État")],
      notes="Annonce d'un ministre, citée ; « d'ici à 2013 » : horizon.")
    P("L’annexe d’une circulaire signée du Premier ministre et datée de lundi, dont l’AFP s’est procuré une copie, indique que l’objectif de 6% était atteint dès 2010 dans deux ministères, celui du Travail et de l’emploi (7% de travailleurs handicapés) et celui de la Défense et des anciens combattants (6,30% de travailleurs handicapés).",
      [HAND], non=["6%", "2010", "deux", "7%", "6,30%"], notes="Objectif déjà atteint et taux constatés (piège).", ambiguous=True)

    S("https://www.yanous.com/news/focus/focus080418.html", "Plan pluriannuel de recrutement de travailleurs handicapés dans la fonction publique (Yanous)")
    P("Dans le bilan publié, 3.305 recrutements sont envisagés par la voie contractuelle pour les cinq années 2008 à 2012.",
      [HAND], objs=[Q(3305, unit="count", kind="absolute", subject="recrutements de travailleurs handicapés par la voie contractuelle")],
      non=["cinq années", "2008 à 2012"], notes="Recrutements prévus par un plan ; période du plan, pas d'horizon.", ambiguous=True)

    S("https://www.ekole.fr/blog/bien-que-connue-la-titularisation-des-apprentis-en-situation-de-handicap-reste-peu-mobilisee-par-les-employeurs-publics", "Bien que connue, la titularisation des apprentis en situation de handicap reste peu mobilisée par les employeurs publics (Ekole)")
    P("Sur les cinq années d’expérimentation, seuls 54 apprentis sur les 473 recrutés par l’État ont été titularisés.",
      [HAND], non=["cinq années", "54", "473"], notes="Bilan (piège).")

    S("https://hds.hauts-de-seine.fr/?p=8414", "Plan de sobriété énergétique du Département (Hauts-de-Seine)")
    P("Le Département a mis en place en octobre un plan de sobriété énergétique pour déployer des mesures rapides avec un objectif de réduction de 15 % de la consommation énergétique.",
      [NRJ], objs=[Q(15, direction="decrease", kind="relative_change", subject="consommation énergétique du Département")],
      notes="« objectif de réduction de » : decrease ; pas d'année.")
    P("Ce plan contribue à la mobilisation générale et décline sur le territoire un ensemble de mesures concrètes, notamment au sein du parc des bâtiments départementaux qui représente l’essentiel des consommations avec 124 millions de kWh.",
      [NRJ], non=["124 millions de kWh"], notes="Consommation constatée (piège).")
    P("Ainsi, dans les collèges publics gérés par le Département, la démarche initiée par les contrats de performance énergétique – testés dans 21 premiers collèges avec l’objectif de réduire de 35 % les consommations –",
      [NRJ], objs=[Q(35, direction="decrease", kind="relative_change", subject="consommations d'énergie des collèges sous contrat de performance énergétique")],
      non=["21"], notes="Tranche contiguë d'une phrase plus longue ; objectif entre tirets ; compte de collèges (piège).")

    S("https://www.semaine-ile-de-france.fr/le-departement-de-lessonne-veut-reduire-fortement-sa-consommation-energetique-114020.html", "Le Département de l'Essonne veut réduire fortement sa consommation énergétique (La Semaine de l'Île-de-France)")
    P("En 2022-2023, l’objectif est de réduire de 10 % sa consommation, dans la droite ligne de l’objectif fixé par le Gouvernement au niveau national.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", subject="consommation d'énergie du Département de l'Essonne")],
      non=["2022-2023"], notes="Période, pas d'horizon (convention du jeu de développement).", ambiguous=True)
    P("Le Département vise une baisse de la température ambiante sans aller en-deçà de 19 °C, soit une économie de 13,5 % sur la consommation de gaz pour le chauffage et une réduction de quelque 1900 tonnes de l’émission de CO2.",
      [NRJ, ENV], objs=[Q(13.5, direction="decrease", kind="relative_change", subject="consommation de gaz pour le chauffage"),
                        Q(1900, unit="tCO2", direction="decrease", kind="absolute", subject="émissions de CO2 du Département")],
      non=["19 °C"], notes="Effets visés d'une mesure (« vise … soit ») comptés comme cibles ; 19 °C est un seuil (piège).", ambiguous=True)

    S("https://www.essonne.fr/en/cadre-de-vie-environnement/lactualite-cadre-de-vie-environnement/sobriete-energetique-le-conseil-departemental-montre-lexemple-et-va-plus-loin", "Sobriété énergétique : le Conseil départemental montre l'exemple et va plus loin (Département de l'Essonne)")
    P("« Avec notre schéma directeur 2017-2021, nous avons réduit notre consommation d’énergie de 9% entre 2018 et 2021 et nos émissions de gaz à effet de serre de 17% sur la même période », annonce François Durovray, président du Département de l’Essonne.",
      [NRJ, ENV], non=["2017-2021", "9%", "2018", "2021", "17%"], notes="Résultats passés dans la citation d'un élu (piège).")

    S("https://ressources.seinesaintdenis.fr/Les-engagements-du-Plan-Canopee?debut_ressources=1566", "Les engagements du Plan Canopée (Département de la Seine-Saint-Denis)")
    P("Le programme ambitieux de plantations permettra au Département de planter 30 000 nouveaux arbres d’ici à 2030 (maîtrise d’ouvrage départementale).",
      [BIO, ENV], objs=[Q(30000, unit="count", kind="absolute", horizon=2030, subject="nouveaux arbres plantés par le Département")],
      notes="Volume de plantations ; « nouveaux » n'est pas un verbe de changement : reach.")
    P("Le plan vise par ailleurs à atteindre un taux de couverture arborée de 20 % sur l’ensemble du territoire départemental (+ 4%) qui nécessitera la mise en œuvre d’une animation territoriale pour engager à planter.",
      [BIO, ENV], objs=[Q(20, subject="taux de couverture arborée du territoire départemental")],
      non=["+ 4%"], notes="« atteindre » : reach ; « (+ 4%) » rappelle l'écart à combler, pas une seconde cible.", ambiguous=True)
    P("Le « Plan Canopée » couvre la période 2021-2030 et s’accompagne d’une mobilisation financière de 60 millions d’euros, réaffirmant ainsi la volonté du Département en matière de reconquête de la nature en ville et de la qualité de l’espace urbain.",
      [BIO], non=["2021-2030", "60 millions d’euros"], notes="Période et budget (piège).")
