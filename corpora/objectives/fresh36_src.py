"""Thirty-sixth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh36.jsonl).

Collected in issue 15's thirty-seventh pass, blind to what the extractor gets wrong (no error listing, first score or
error table read, and the extractor never run on these passages), to measure it on text nobody here had read. French-
language pages of public bodies of Switzerland and of Canada / Québec only: Swiss cantons (Neuchâtel, Fribourg, Valais,
Jura, Genève, the Vaud official gazette), Romand communes (Ville de Neuchâtel, Ville de Fribourg, Yverdon-les-Bains),
federal bodies (the Confederation's public-procurement knowledge platform, EPFL and its catering service), a cantonal
hospital (HUG); the Québec government (Stratégie nationale d'achat d'aliments québécois, Plan pour une économie verte,
Stratégie gouvernementale de développement durable), two MRC, cities (Laval, Gatineau, Québec,
Saint-Augustin-de-Desmaures), a school service centre, a cégep, universities (Sherbrooke, Laval, Montréal) and the
Government of Canada (Treasury Board Secretariat, Environment and Climate Change Canada); about
public food purchasing and canteens, waste plans, energy and climate targets and traps: results of the past,
statistics, budgets, counts, dates, legal rules, label thresholds, projections. No French, Belgian or Luxembourg page,
no company, no press. Pages of sites that neither the shared dev set, nor any training passage (``corpora/real``, the
collected set, the theme model's training file), nor an earlier fresh set or theme set uses (the build checks the first
ones; the theme sets' hosts, and those of fresh35 and theme set 10 being collected at the same time, were checked by
hand). Labelled with the conventions of the shared real dev set; never run through the extractor here (the lead scores
it). Every passage is copied from the opening of a public web page as the project's search tool stored it, cited by its
URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, ENV, GOV, NRJ, PME

SANTE = "sante"


def load(S, P, Q) -> None:

    S("https://www.quebec.ca/gouvernement/politiques-orientations/strategie-nationale-achat-aliments-quebecois", "Stratégie nationale d'achat d'aliments québécois (gouvernement du Québec)")
    P("La Stratégie a pour objectif de doter, d’ici 2025, l’ensemble des institutions publiques du Québec d’une cible d’achat d’aliments québécois.",
      [ALIM, PME], objs=[Q(100, horizon=2025, subject="institutions publiques dotées d'une cible d'achat d'aliments québécois")],
      notes="« l'ensemble des institutions » normalisé à 100 % ; la cible porte sur le fait de se doter d'une cible d'achat (aliments québécois : achat local).")
    P("De plus, le ministère de l’Agriculture, des Pêcheries et de l’Alimentation s’est fixé pour but d’inciter 85 % des établissements des réseaux de l’éducation, de l’enseignement supérieur et de la santé et des services sociaux à se fixer une cible d’achat de produits alimentaires québécois d’ici 2023.",
      [ALIM, PME], objs=[Q(85, horizon=2023, subject="établissements de l'éducation, de l'enseignement supérieur et de la santé s'étant fixé une cible d'achat de produits alimentaires québécois")],
      notes="Objectif ministériel chiffré (85 % des établissements).")
    P("- Un plat composé de 50 % ou plus d’aliments de provenance québécoise.",
      [ALIM, PME], non=["50 %"],
      notes="Définition d'un plat québécois (seuil de qualification d'une des deux options de cible), pas une cible à atteindre : piège.", ambiguous=True)
    P("La Stratégie nationale d’achat d’aliments québécois : pour une alimentation locale dans les institutions publiques (PDF 1.77 Mo) vise à augmenter la part des aliments de chez nous achetés par nos institutions publiques québécoises.",
      [ALIM, PME], objective=True, non=["1.77 Mo"],
      notes="Objectif qualitatif (augmenter la part) sans valeur ; 1.77 Mo est la taille du PDF.")

    S("https://www.quebec.ca/gouv/politiques-orientations/strategie-nationale-achat-aliments-quebecois", "Stratégie nationale d'achat d'aliments québécois, version de la page citant le Plan stratégique 2023-2027 du MAPAQ (gouvernement du Québec)")
    P("Le Plan stratégique 2023-2027 du ministère de l’Agriculture, des Pêcheries et de l’Alimentation (PDF 1.15 Mo) s’est fixé comme objectif que 92 % des établissements publics québécois visés se soient donné une cible ou aient indiqué leur objectif en matière d’achat d’aliments québécois d’ici mars 2025.",
      [ALIM, PME], objs=[Q(92, horizon=2025, subject="établissements publics visés s'étant donné une cible d'achat d'aliments québécois")],
      non=["2023-2027", "1.15 Mo"], notes="« d'ici mars 2025 » : horizon 2025 ; 2023-2027 est la période du plan stratégique.")

    S("https://www.quebec.ca/gouvernement/politiques-orientations/plan-economie-verte/plan-mise-en-oeuvre/defis-a-relever", "Plan pour une économie verte 2030 : défis à relever (gouvernement du Québec)")
    P("Le Québec a adopté une cible de réduction de ses émissions de GES de 37,5 % sous leur niveau de 1990 d’ici 2030. Considérant l’évolution des négociations climatiques internationales et les consensus émergents en la matière, le gouvernement entend prendre un engagement à plus long terme, dans le but d’atteindre la carboneutralité à l’horizon 2050.",
      [ENV], objs=[Q(37.5, direction="decrease", kind="relative_change", horizon=2030, baseline_year=1990, subject="émissions de GES du Québec")],
      non=["2050"], notes="Cible de réduction avec année de référence 1990 ; la carboneutralité 2050 est un objectif sans valeur chiffrée.")
    P("Les principaux objectifs chiffrés du Plan pour une économie verte sont :\n\n  • Réduire les émissions de GES de 37,5 % sous leur niveau de 1990 d’ici 2030.\n  • Atteindre la carboneutralité d’ici 2050.\n  • Avoir 2 millions de véhicules électriques en circulation au Québec d’ici 2030.",
      [ENV], objs=[Q(37.5, direction="decrease", kind="relative_change", horizon=2030, baseline_year=1990, subject="émissions de GES du Québec"),
                   Q(2000000, unit="count", kind="absolute", horizon=2030, subject="véhicules électriques en circulation au Québec")],
      non=["2050"], notes="Deux cibles chiffrées ; carboneutralité 2050 sans valeur. « 2 millions » normalisé à 2 000 000.")

    S("https://faovd.ch/actualite/1196/Pour-une-restauration-collective-saine-et-durable", "Pour une restauration collective saine et durable (Feuille des avis officiels du canton de Vaud)")
    P("Dans le canton de Vaud, l’alimentation représente environ 17% des émissions de gaz à effet de serre (GES), ce qui équivaut à celui de l’habitat à l’échelle suisse.",
      [ALIM, ENV], non=["17%"], notes="Statistique (piège).")
    P("Chaque année en effet, près de quatre millions de repas sont servis dans les bâtiments administratifs cantonaux, établissements de l’enseignement postobligatoire, hôpitaux, prisons, etc.",
      [ALIM], non=["quatre millions"], notes="Volume de repas constaté, « chaque année » ne fait pas une cible (piège).")
    P("«Promouvoir une restauration collective durable» constitue dès lors une mesure emblématique du Plan climat vaudois, pour laquelle le Conseil d’État a déjà réservé une enveloppe de 3,5 millions de francs.",
      [ALIM, ENV], non=["3,5 millions de francs"], notes="Budget réservé (piège).")

    S("https://www.ne.ch/medias/Pages/20220211_Planclimatcantonal.aspx", "Plan climat cantonal : un engagement fort pour les générations futures (canton de Neuchâtel)")
    P("Formé de 52 nouvelles mesures, il représente un engagement financier de 55 millions de francs pour la période 2022 – 2027, soit la première étape de sa mise en oeuvre. Le Plan climat doit amener le canton à atteindre la neutralité carbone à l’échelle territoriale en 2050, tout en préservant la qualité de vie des Neuchâteloises et Neuchâtelois.",
      [ENV], objective=True, non=["52", "55 millions de francs", "2022 – 2027", "2050"],
      notes="Objectif de neutralité carbone sans valeur chiffrée ; compte de mesures, budget et période (pièges).")
    P("Actuellement situées à quelque 5,2 tonnes par habitant-e (8,6 tonnes en incluant la raffinerie et la cimenterie), les émissions cantonales de gaz à effet de serre devront être réduites d’ici à 2050 pour atteindre un plafond de 1 tonne par habitant-e",
      [ENV], objs=[Q(1, unit="tCO2", direction="decrease", kind="absolute", horizon=2050, comparator="<=", subject="émissions de GES par habitant (plafond)")],
      non=["5,2 tonnes", "8,6 tonnes"],
      notes="Tranche d'une phrase plus longue. Niveau visé de 1 t par habitant (« plafond » : borne supérieure) ; verbe « réduites » d'où decrease, mais la valeur est un niveau. 5,2 t est le niveau actuel, non étiqueté comme baseline_value faute de « passer de … à … ».", ambiguous=True)

    S("https://www.fr.ch/energie-agriculture-et-environnement/climat/climat", "Climat (État de Fribourg)")
    P("le Conseil d’Etat s’est fixé des objectifs conséquents lors de sa journée de travail entièrement dédiée à la thématique du climat en novembre 2019. Il s’agit en effet de réduire les émissions de GES de 50 % d’ici à 2030 et atteindre la neutralité carbone d’ici 2050.",
      [ENV], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de GES du canton")],
      non=["novembre 2019", "2050"], notes="Tranche d'une phrase plus longue (début de phrase omis). Cible de réduction sans année de référence écrite ; neutralité 2050 sans valeur ; novembre 2019 date de la décision.")
    P("L’ensemble des mesures est à mettre en œuvre entre 2021 et 2026, pour un montant évalué à 22,8 millions de francs en plus des moyens déjà mis en œuvre dans la politique énergétique, de la mobilité, des constructions et d’autres domaines.",
      [ENV, GOV], non=["2021", "2026", "22,8 millions de francs"], notes="Période de mise en œuvre et budget (piège).")

    S("https://www.mrc-antoine-labelle.qc.ca/mati%C3%A8res-r%C3%A9siduelles", "Matières résiduelles (MRC d'Antoine-Labelle)")
    P("Pour ce faire, la Politique québécoise de gestion des matières résiduelles et son Plan d’action 2019-2024 visent les objectifs suivants :\n\n  1. Réduire à 525 Kg/habitant/année ou moins la quantité de matières éliminés;\n  2. Recycler 75 % du papier, carton, plastique, verre et métal;",
      [CIRC], objs=[Q(525, unit="kg", direction="decrease", kind="absolute", per_year=True, comparator="<=", subject="quantité de matières éliminées par habitant et par an"),
                    Q(75, subject="papier, carton, plastique, verre et métal recyclés")],
      non=["2019-2024", "1.", "2."],
      notes="Objectifs de la politique québécoise repris par la MRC. « Réduire à 525 kg … ou moins » : niveau visé (borne supérieure, par an) avec un verbe de baisse, d'où decrease ; pas d'année dans le passage.", ambiguous=True)
    P("  3. Recycler 60 % des matières organiques;\n  4. Recycler et valoriser 70 % des résidus de construction, rénovation et démolition.",
      [CIRC], objs=[Q(60, subject="matières organiques recyclées"), Q(70, subject="résidus de construction, rénovation et démolition recyclés et valorisés")],
      non=["3.", "4."], notes="Suite de la liste d'objectifs (numéros de liste) ; pas d'année.")
    P("Tandis que les objectifs de la Stratégie de valorisation de la matière organique visent les objectifs suivants :\n\n  1. Instaurer la gestion de la matière organique sur 100 % du territoire municipal d’ici 2025\n  2. Gérer la matière organique dans 100 % des industries, commerces et institutions d’ici 2025",
      [CIRC], objs=[Q(100, horizon=2025, subject="territoire municipal couvert par la gestion de la matière organique"),
                    Q(100, horizon=2025, subject="industries, commerces et institutions gérant la matière organique")],
      non=["1.", "2."], notes="Deux cibles de 100 % d'ici 2025.")
    P("L’objectif du Plan d’action 2019-2024 de la Politique québécoise de gestion des matières résiduelles est d’éliminer une seule matière résiduelle au Québec : le résidu ultime.",
      [CIRC], objective=True, non=["2019-2024", "une seule"],
      notes="Objectif qualitatif (n'éliminer que le résidu ultime) ; « une seule » décrit la matière, pas une valeur cible.", ambiguous=True)

    S("https://lespaysdenhaut.com/services-aux-citoyens/environnement/plan-de-gestion-des-matieres-residuelles", "Plan de gestion des matières résiduelles 2023-2030 (MRC des Pays-d'en-Haut)")
    P("En vertu de la Loi sur la qualité de l’environnement (LQE), toute municipalité régionale doit élaborer et maintenir en vigueur un Plan de gestion des matières résiduelles (PGMR). Le PGMR doit être révisé tous les sept ans par le conseil.",
      [CIRC, GOV], non=["sept ans"], notes="Obligation légale de planification et périodicité de révision, pas une cible chiffrée (piège).")

    S("https://usherbrooke.ca/developpement-durable/actualites/nouvelles/details/47864", "Carboneutralité pour l'Université de Sherbrooke (Université de Sherbrooke)")
    P("La performance remarquable de notre programme d’efficacité énergétique et la réduction de 64 % de nos émissions de GES au cours des 20 dernières années nous permettent aujourd’hui de franchir le cap de la carboneutralité.",
      [ENV, NRJ], non=["64 %", "20"], notes="Résultat passé (piège).")

    S("https://nouvelles.ulaval.ca/vie-universitaire/une-carboneutralite-inspirante-2a0dcc9b89dd7bcca147c7d28e1b8287", "Une carboneutralité inspirante (ULaval nouvelles, Université Laval)")
    P("Cette réalisation découle d'une réduction significative des émissions de gaz à effet de serre (GES) issus des activités opérationnelles et quotidiennes du campus. Au fil des ans, les chaudières ont été optimisées et une chaudière électrique a fait son apparition. Résultat? Une chute impressionnante de 27% des émissions de GES liées au chauffage entre 2006 et 2015.",
      [ENV, NRJ], non=["27%", "2006", "2015"], notes="Baisse déjà réalisée (piège).")

    S("https://www.vs.ch/web/communication/detail?groupId=529400&articleId=5490944&redirect=https%3A%2F%2Fwww.vs.ch%2Ffr%2Fweb%2Fenergie%2Fcommuniques%3Fp_p_id%3Dcom_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Z1bU6Y8XbMOs%26p_p_lifecycle%3D0%26p_p_state%3Dnormal%26p_p_mode%3Dview%26_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Z1bU6Y8XbMOs_cur%3D2%26_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Z1bU6Y8XbMOs_delta%3D21%26p_r_p_resetCur%3Dfalse", "Le Valais, Terre d'énergies : ensemble vers un approvisionnement 100 % renouvelable et indigène (État du Valais, communiqué)")
    P("Fort de ses ressources énergétiques renouvelables, le Valais vise, à long terme et pour l’ensemble de la demande d’énergie dans le canton, un approvisionnement 100% renouvelable et indigène. Dans cette optique, le Conseil d’Etat a approuvé le rapport « Le Valais, Terre d’énergies: Ensemble vers un approvisionnement 100% renouvelable et indigène ».",
      [NRJ], objs=[Q(100, subject="demande d'énergie du canton couverte par un approvisionnement renouvelable et indigène")],
      non=["100%"], notes="Cible de 100 % « à long terme » : pas d'année écrite, pas d'horizon. Le second « 100% » est dans le titre du rapport.", ambiguous=True)
    P("Ce document propose une vision ambitieuse à l’horizon 2060 et fixe des objectifs intermédiaires à l’horizon 2035, en phase avec la législation fédérale.",
      [NRJ], objective=True, non=["2060", "2035"], notes="Horizons d'objectifs non chiffrés dans le passage (objectif qualitatif).", ambiguous=True)

    S("https://www.vs.ch/web/rapport-annuel-2022/finances-et-energie", "Rapport annuel 2022 : finances et énergie (État du Valais)")
    P("En outre, le Conseil d’Etat a adopté et transmis au Grand Conseil en 2022 un projet de loi sur le climat qui doit donner au canton les moyens d’atteindre la neutralité carbone d’ici 2040.",
      [ENV], objective=True, non=["2022", "2040"], notes="Objectif de neutralité carbone sans valeur chiffrée ; 2022 date de l'adoption du projet.")

    S("https://www.cssdm.gouv.qc.ca/communique/la-csdm-adopte-un-plan-vert-ambitieux/", "La CSDM adopte un Plan vert ambitieux (Centre de services scolaire de Montréal)")
    P("« Nous voulons, entre autres, avoir diminué les GES par mètre carré des équipements mécaniques de 35 % par rapport à l’année 1991-1992, d’ici 2019. Par ailleurs, nous respecterons les critères LEED pour toutes les nouvelles constructions, selon les ressources disponibles », précise Ben Valkenburg, commissaire de la circonscription Plateau Mont-Royal et responsable du dossier développement durable à la CSDM.",
      [ENV, NRJ], objs=[Q(35, direction="decrease", kind="relative_change", horizon=2019, baseline_year=1991, subject="GES par mètre carré des équipements mécaniques"),
                        Q(100, subject="nouvelles constructions respectant les critères LEED")],
      notes="Année de référence 1991-1992 (année scolaire) notée 1991. « toutes les nouvelles constructions » normalisé à 100 %, sous réserve des ressources.", ambiguous=True)
    P("Le Plan vert 2014-2019 adopté au Conseil des commissaires le 23 avril dernier vise haut : il fixe de nouveaux résultats en matière de développement durable et il réitère la ferme volonté de former les écocitoyens de demain.",
      [GOV], objective=True, non=["2014-2019", "23 avril"], notes="Engagement qualitatif ; période du plan et date d'adoption.")

    S("https://www.pap.swiss/fr/external-links?start=12", "Directives concernant les principes écologiques régissant l'acquisition et l'utilisation des véhicules de l'administration (plateforme de connaissances sur les achats publics responsables, PAP)")
    P("Afin de réduire durablement les émissions de CO2 du parc automobile et de renforcer la protection de l’environnement, le DDPS a adapté au début de cette année les directives concernant les principes écologiques régissant l’acquisition et l’utilisation des véhicules de l’administration. En principe, seuls des véhicules entièrement électriques seront encore achetés.",
      [ENV], objs=[Q(100, subject="véhicules achetés par l'administration fédérale entièrement électriques")],
      notes="Règle d'achat exclusive (« seuls … ») normalisée à 100 % ; « en principe » laisse des exceptions ; pas d'année écrite.", ambiguous=True)

    S("https://canada.ca/fr/environnement-changement-climatique/services/changements-climatiques/strategie-federale-developpement-durable/objectifs/reduire-dechets-emissions.html", "Objectif 12 : Réduire les déchets et passer à des véhicules zéro émission (Stratégie fédérale de développement durable, gouvernement du Canada)")
    P("- 12.3 : D'ici 2030, réduire de moitié à l'échelle mondiale le volume de déchets alimentaires par habitant, au niveau de la distribution comme de la consommation, et diminuer les pertes de produits alimentaires tout au long des chaînes de production et d'approvisionnement, y compris les pertes après récolte;",
      [CIRC, ALIM], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2030, subject="volume de déchets alimentaires par habitant à l'échelle mondiale")],
      non=["12.3"], notes="Cible ODD citée par la stratégie fédérale ; « de moitié » = 50 % ; 12.3 est le numéro de la cible.")

    S("https://canada.ca/fr/services/environnement/meteo/changementsclimatiques/plan-climatique/survol-plan-climatique/reduction-emissions-2030/plan/chapitre-3.html", "Le Plan de réduction des émissions du Canada pour 2030, chapitre 3 (gouvernement du Canada)")
    P("Dans le Deuxième rapport biennal du Canada sur les changements climatiques (2016), on prévoyait une augmentation des émissions de 12 % par rapport aux niveaux de 2005 d'ici 2030. Avec l'adoption du Cadre pancanadien en 2016 et ses mesures, les émis-sions du Canada devraient être de 19 % inférieures aux niveaux de 2005 d'ici 2030.",
      [ENV], non=["2016", "12 %", "2005", "2030", "19 %"], notes="Projections d'émissions, pas des cibles (piège) ; césure « émis-sions » conservée.")
    P("Les mesures existantes et nouvelles présentées dans le PRÉ pour 2030 permettront au Canada d'atteindre la limite inférieure de son objectif pour 2030 (40 %).",
      [ENV], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de GES du Canada")],
      notes="Objectif de réduction de 40 % (borne basse d'une fourchette dont la borne haute n'est pas dans le passage) ; la baisse n'est dite que par le contexte (plan de réduction), d'où decrease discutable.", ambiguous=True)

    S("https://www.jura.ch/CHA/SIC/Centre-medias/Communiques-2023/Le-Gouvernement-adopte-la-strategie-et-les-mesures-prioritaires-2024-2027-du-Plan-Climat-Jura.html", "Le Gouvernement adopte la stratégie et les mesures prioritaires 2024-2027 du Plan Climat Jura (République et Canton du Jura)")
    P("Le Plan Climat Jura est un élément phare du programme gouvernemental de législature (2021-2025). Son adoption par le Gouvernement marque donc une étape importante pour le Canton dans la lutte contre le dérèglement climatique. Ce Plan comprend 110 mesures, dont 70 prioritaires pour la période 2024-2027.",
      [ENV, GOV], non=["2021-2025", "110", "70", "2024-2027"], notes="Période de législature, comptes de mesures (piège).")
    P("D’ici à 2050, le Canton du Jura vise à diviser ses émissions directes et indirectes par 4, en décarbonant complètement son électricité.",
      [ENV, NRJ], objs=[Q(4, unit="x", direction="decrease", kind="relative_change", horizon=2050, subject="émissions directes et indirectes de GES du canton"),
                        Q(100, horizon=2050, subject="électricité décarbonée", themes=(NRJ, ENV))],
      notes="« diviser par 4 » : facteur 4 en baisse ; « complètement » normalisé à 100 % (lecture discutable).", ambiguous=True)
    P("Il prévoit aussi de renforcer les capacités de stockage et de séquestration du carbone sur son territoire. Les émissions moyennes par habitant devront se situer aux alentours de 1.6 tonne de CO2-éq./an dans les années 2050.",
      [ENV], objs=[Q(1.6, unit="tCO2", kind="absolute", per_year=True, horizon=2050, subject="émissions moyennes de GES par habitant")],
      notes="Niveau visé par habitant et par an ; « dans les années 2050 » lu comme horizon 2050 (décennie, discutable).", ambiguous=True)
    P("Le Plan Climat Jura contient au total 25 objectifs réunis dans sept domaines d’actions: énergie, mobilité, agriculture et alimentation, économie circulaire, cadre de vie, accompagnement au changement et gouvernance.",
      [ENV, NRJ, ALIM, CIRC, GOV], non=["25", "sept"], notes="Comptes d'objectifs et de domaines (piège).")

    S("https://www.jura.ch/fr/Autorites/Plan-climat/Domaines-d-actions/Gouvernance.html", "Plan climat : gouvernance (République et Canton du Jura)")
    P("Agir pour le climat relève du bon sens économique ; selon des estimations de la Confédération, agir pour le climat équivaut à moyen terme à économiser 2.5% du PIB, soit 130 millions de francs par an pour le canton du Jura (pour le PIB de 2019).",
      [ENV], non=["2.5%", "130 millions de francs", "2019"], notes="Estimation économique (piège).")

    S("https://vsad.ca/fr/actualites/plan-climat-2026-2035-de-l-agglomeration-de-quebec", "Plan climat 2026-2035 de l'Agglomération de Québec (Ville de Saint-Augustin-de-Desmaures)")
    P("Celles-ci seront établies afin de poursuivre dans la lancée du Plan de transition et d’action climatique 2021-2025 qui visait à réduire de 45 % les émissions de GES à l’horizon 2030, par rapport à 2010, et à tendre vers la carboneutralité à l’horizon 2050, en cohérence avec les cibles scientifiques internationales.",
      [ENV], objs=[Q(45, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2010, subject="émissions de GES de l'agglomération de Québec")],
      non=["2021-2025", "2050"], notes="Cible du plan précédent (« visait », à l'imparfait) que le nouveau plan prolonge : gardée comme objectif ; « Celles-ci » renvoie aux cibles sectorielles du paragraphe précédent.", ambiguous=True)

    S("https://www.ville.quebec.qc.ca/citoyens/participation-citoyenne/activites/fiche.aspx?IdProjet=849", "Plan climat de l'Agglomération de Québec, participation publique (Ville de Québec)")
    P("Une version préliminaire du Plan climat a été dévoilée en juin 2025, en vue d’une adoption finale en 2026. Prenez part aux activités de participation publique et contribuez à façonner les mesures qui feront une réelle différence.",
      [ENV, GOV], non=["juin 2025", "2026"], notes="Dates de publication et d'adoption prévue (piège).")

    S("http://www.tbs-sct.gc.ca/rpp/2010-2011/inst/tbd/st-ts01-fra.asp", "Achats écologiques, tableaux supplémentaires du rapport sur les plans et les priorités 2010-2011 (Secrétariat du Conseil du Trésor du Canada)")
    P("1a. Formation à l'intention du personnel responsable de la gestion des achats et du matériel 90 % Des plans d'apprentissage individuels seront mis à jour pour assurer que tous les employés chargés des achats reçoivent une formation sur l'approvisionnement écologique (cours de l'École de la fonction publique du Canada).",
      [ENV, GOV], objs=[Q(90, subject="personnel des achats et du matériel formé à l'approvisionnement écologique"),
                        Q(100, subject="employés chargés des achats recevant une formation sur l'approvisionnement écologique")],
      non=["1a."], notes="Ligne d'un tableau d'activités prévues pour 2010-2011 (titre hors passage, pas d'horizon) : taux visé de 90 % ; « tous les employés » normalisé à 100 % alors que le taux du tableau est 90 % (lectures concurrentes).", ambiguous=True)

    S("https://www.yverdon-les-bains.ch/medias/actualites/detail/yverdon-les-bains-se-dote-dun-plan-climat-de-1ere-generation-1", "Yverdon-les-Bains se dote d'un plan climat de 1re génération (Ville d'Yverdon-les-Bains)")
    P("Réduire les émissions de gaz à effet de serre et renforcer la résilience du territoire sont les deux objectifs principaux et complémentaires d’un plan climat de première génération, décliné en 112 actions élaborées en collaboration avec un groupe représentatif de la population yverdonnoise.",
      [ENV], objective=True, non=["deux", "112"], notes="Objectifs qualitatifs ; comptes d'objectifs et d'actions.")

    S("https://cegeplevis.ca/?p=15337", "Une offre renouvelée à la cafétéria (Cégep de Lévis)")
    P("Collectivement, nous pouvons faire une différence. Notre transition vers des habitudes alimentaires plus saines pour la santé et plus respectueuses et de l’environnement s’échelonna sur une période de trois ans. La sensibilisation jouera un rôle clé dans le succès de cette démarche, qui s’inscrit dans le cadre de la planification stratégique 2018–2023 du cégep.",
      [ALIM, SANTE, ENV], objective=True, non=["trois ans", "2018–2023"], notes="Engagement qualitatif ; durée de la transition et période du plan (coquilles conservées).")
    P("La viande de bœuf, qui sera proposée une seule fois par semaine, sera remplacée par d’autres viandes, comme du porc ou de la volaille, et par d’autres aliments protéinés.",
      [ALIM, ENV], objs=[Q(1, unit="count", kind="absolute", comparator="<=", subject="services de viande de bœuf par semaine à la cafétéria")],
      notes="Plafond hebdomadaire (« une seule fois par semaine ») lu comme cible ; ce n'est pas un taux annuel (per_year faux).", ambiguous=True)

    S("https://nouvelles.umontreal.ca/article/2023/04/20/l-udem-s-engage-a-reduire-de-20-ses-emissions-de-gaz-a-effet-de-serre-d-ici-2025/", "L'UdeM s'engage à réduire de 20 % ses émissions de gaz à effet de serre d'ici 2025 (UdeMNouvelles, Université de Montréal)")
    P("L'UdeM s'engage à réduire de 20 % ses émissions de gaz à effet de serre d'ici 2025",
      [ENV], objs=[Q(20, direction="decrease", kind="relative_change", horizon=2025, subject="émissions de GES de l'Université de Montréal")],
      notes="Titre de l'article.")
    P("Grâce à ce plan, l’UdeM ambitionne d'atteindre la carboneutralité à l'horizon de 2040 pour les catégories 1 et 2, avec comme jalons intermédiaires une réduction de 20 % de ses émissions en 2025, puis une autre de 40 % en 2030 (par rapport à 2005).",
      [ENV], objs=[Q(20, direction="decrease", kind="relative_change", horizon=2025, baseline_year=2005, subject="émissions de GES des catégories 1 et 2"),
                   Q(40, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2005, subject="émissions de GES des catégories 1 et 2")],
      non=["2040", "1", "2"],
      notes="Jalons de réduction ; « (par rapport à 2005) » appliqué aux deux jalons (lecture) ; carboneutralité 2040 sans valeur ; « catégories 1 et 2 » sont des numéros de périmètres.", ambiguous=True)
    P("L’Université de Montréal, par l’entremise de son unité du développement durable (UDD), a élaboré un outil de planification stratégique en développement durable pour la période 2021-2023, qui est accompagné d’un plan d’action. Au total, 44 objectifs sont regroupés autour de 9 thèmes principaux.",
      [GOV], non=["2021-2023", "44", "9"], notes="Période et comptes d'objectifs et de thèmes (piège).")

    S("https://nouvelles.umontreal.ca/article/2023/04/28/l-udem-construit-un-avenir-plus-durable", "L'UdeM construit un avenir plus durable (UdeMNouvelles, Université de Montréal)")
    P("C’est pourquoi, en 2025, l’Université de Montréal aura réduit de 20 % ses émissions de gaz à effet de serre (GES) grâce à la réfection de ses pavillons. En 2030, cette proportion grimpera à 40 %. Puis, en 2040, l’Université atteindra la carboneutralité.",
      [ENV, NRJ], objs=[Q(20, direction="decrease", kind="relative_change", horizon=2025, subject="émissions de GES de l'Université de Montréal"),
                        Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de GES de l'Université de Montréal")],
      non=["2040"], notes="Futur antérieur (« aura réduit ») : cibles, pas des résultats. « grimpera à 40 % » porte sur la part de réduction, d'où decrease.", ambiguous=True)

    S("https://www.epfl.ch/campus/mobility/fr/mobilite-et-voyages/voyages-academiques/directives-voyages-epfl/", "Directives voyages EPFL (École polytechnique fédérale de Lausanne)")
    P("L’administration fédérale s’est fixée un objectif de 30% de réduction des émissions de gaz à effet de serre liées aux voyages d’ici à 2030 (année de référence : 2019). Pour atteindre cet objectif, l’EPFL met en place des mesures fortes.",
      [ENV], objs=[Q(30, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2019, subject="émissions de GES liées aux voyages de l'administration fédérale")],
      notes="Objectif fédéral que l'EPFL applique.")
    P("En 2019, plus de 20’000 vols ont été effectués par l’ensemble de la communauté EPFL, ce qui correspond approximativement à 1’400 fois le tour de la Terre. À titre de comparaison, l’impact climatique d’un voyage en avion est 73 fois supérieur à celui d’un trajet en train.",
      [ENV], non=["2019", "20’000", "1’400 fois", "73 fois"], notes="Constats et comparaison (piège).")

    S("https://actu.epfl.ch/news/la-restauration-de-l-epfl-s-engage-pour-la-durabil/", "La restauration de l'EPFL s'engage pour la durabilité (EPFL actualités)")
    P("Depuis le printemps 2020, les sites de restauration du campus ont abandonné l’huile de palme, le glutamate, que l’on retrouve notamment dans les sauces, les bouillons et les soupes, ainsi que les monosodiques dans les produits. Bruno Rossignol a également banni l’importation de volaille du Brésil. Toutes les viandes proviennent dorénavant de Suisse.",
      [ALIM, PME], non=["2020"], notes="« Toutes les viandes proviennent dorénavant de Suisse » décrit une situation atteinte (piège).", ambiguous=True)
    P("La moitié de l’offre en fruits et légumes est désormais nationale, de saison et certifiée. En outre, depuis la rentrée académique, les restaurants proposent 50% de menus végétariens.",
      [ALIM, PME], non=["La moitié", "50%"], notes="Parts déjà atteintes (« désormais », « proposent ») : piège.")

    S("https://epfl.ch/campus/restaurants-shops-hotels/fr/nos-promesses/durabilite", "Durabilité, nos promesses (restauration de l'EPFL)")
    P("Les réponses aux enjeux climatiques présents et futurs impliquent une profonde remise en questions de nos modes de vie et d’alimentation. En effet, 26% des émissions mondiales de gaz à effet de serre proviennent de l’alimentation. L’EPFL s’engage donc à réduire son empreinte carbone.",
      [ALIM, ENV], objective=True, non=["26%"], notes="Engagement qualitatif ; statistique mondiale (piège).")
    P("Ainsi, la moitié des fruits et légumes seront produits en Suisse, en circuit-court. De même que l’entier des produits carnés.",
      [ALIM, PME], objs=[Q(50, subject="fruits et légumes produits en Suisse en circuit court"),
                         Q(100, subject="produits carnés produits en Suisse en circuit court")],
      notes="« la moitié » = 50 % ; « l'entier » normalisé à 100 % ; futur : engagements.")
    P("L’EPFL limite à 10% par année le taux d’importation par avion, et à 30% le taux d’importation par bateau, selon les résultats de nos partenaires Beelong (achats alimentaires), Quantis (bilan carbone) et Kitro (gaspillage alimentaire).",
      [ALIM, ENV], objs=[Q(10, per_year=True, comparator="<=", subject="taux d'importation de denrées par avion"),
                         Q(30, comparator="<=", subject="taux d'importation de denrées par bateau")],
      notes="Plafonds d'achat (« limite à » : borne supérieure) ; « par année » porté par le premier plafond.", ambiguous=True)

    S("https://epfl.ch/campus/restaurants-shops-hotels/fr/offre-vegetarienne", "Offre végétarienne (restauration de l'EPFL)")
    P("31% de l’impact carbone de notre alimentation est dû à la consommation de viande et de poissons. Afin de réduire cette empreinte, la moitié des menus proposés dans tous nos points de restauration dès le mois de septembre 2020 seront végétariens.",
      [ALIM, ENV], objs=[Q(50, horizon=2020, subject="menus végétariens dans les points de restauration")],
      non=["31%"], notes="« dès le mois de septembre 2020 » : date de départ d'un niveau, notée comme horizon (comme « dès 2023 » dans les conventions) ; 31 % est un constat.", ambiguous=True)
    P("Cet effort passe par une réorganisation de la chaîne de production et le respect de la saisonnalité des fruits et légumes. Ainsi, nous abandonnons les produits cultivés sous serres chauffées à l’énergie fossile. La moitié des fruits et légumes sera produite en Suisse et labélisée IP Suisse.",
      [ALIM, PME, ENV], objs=[Q(50, subject="fruits et légumes produits en Suisse et labellisés IP Suisse", themes=(ALIM, PME))],
      notes="L'abandon des produits de serres chauffées est un engagement sans valeur (non chiffré) ; « La moitié » = 50 %.")
    P("Seuls les oeufs de poules élevées en plein air seront proposés sur le campus. Enfin, nous avons l’ambition de renforcer l’offre végane.",
      [ALIM], objs=[Q(100, subject="oeufs proposés issus de poules élevées en plein air")],
      notes="Exclusivité (« Seuls ») normalisée à 100 % ; l'offre végane est un objectif qualitatif.", ambiguous=True)

    S("https://gatineau.ca/portail/default.aspx?p=guichet_municipal%2Fadministration_municipale%2Fpolitiques_vision%2Fplan_climat&requete=plan+climat", "Plan climat (Ville de Gatineau)")
    P("D'ici 2030 et par rapport à 2015, la Ville s'est engagée à réduire :\n- De 50 % les émissions de GES liées aux activités municipales;\n- De 35 % les GES de la collectivité.",
      [ENV], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2015, subject="émissions de GES liées aux activités municipales"),
                   Q(35, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2015, subject="émissions de GES de la collectivité")],
      notes="Deux cibles de réduction, même horizon et même référence.")
    P("Les villes et les municipalités sont les premières à subir les effets des changements climatiques. Pensons aux inondations historiques qui ont touché Gatineau en 2017 et en 2019 ou aux canicules qui tendent à augmenter en nombre et en intensité.",
      [ENV], non=["2017", "2019"], notes="Dates d'événements passés (piège).")

    S("https://www.hug-ge.ch/rapport-social-environnemental-2015/moins-pollution-au-quotidien", "Moins de pollution au quotidien, rapport social et environnemental 2015 (Hôpitaux universitaires de Genève)")
    P("Plus d’un million de bouteilles d’eau plate et gazeuse sont consommées chaque année au sein des HUG. Afin de réduire cette quantité, l’hôpital a décidé de se doter de fontaines à eau branchées sur le réseau genevois. Une cinquantaine d’entre elles ont déjà été installées en divers endroits de l’institution.",
      [CIRC], objective=True, non=["Plus d’un million", "Une cinquantaine"],
      notes="Consommation constatée et fontaines déjà installées (pièges) ; « réduire cette quantité » est un objectif qualitatif.")
    P("L’objectif est d’atteindre un parc de 150 fontaines d’ici 2019, afin d’épargner 300’000 bouteilles par an. Si la mesure ne présente pas d’avantage économique, elle est en phase avec les objectifs de développement durable de l’institution.",
      [CIRC], objs=[Q(150, unit="count", kind="absolute", horizon=2019, subject="fontaines à eau installées"),
                    Q(300000, unit="count", direction="decrease", kind="absolute", per_year=True, subject="bouteilles d'eau épargnées par an")],
      notes="Deux cibles ; « épargner 300'000 bouteilles par an » lu comme une baisse annuelle en volume (lecture).", ambiguous=True)

    S("https://www.hug-ge.ch/rapport-social-environnemental-2015/promouvoir-achats-responsables", "Promouvoir des achats responsables, rapport social et environnemental 2015 (Hôpitaux universitaires de Genève)")
    P("Les HUG sont également très attentifs au comportement de leurs fournisseurs. Ceux-ci sont appelés à ratifier une convention dans laquelle ils s’engagent à agir selon les principes du développement durable. Au 31 décembre 2015, ils étaient 250 à avoir adhéré à cette convention.",
      [GOV], non=["31 décembre 2015", "250"], notes="Nombre de fournisseurs signataires constaté (piège).")

    S("https://www.hug.ch/node/47047", "Lutte contre le gaspillage alimentaire (Hôpitaux universitaires de Genève)")
    P("Grâce à ses différentes actions, les déchets ont baissé de 4% entre 2021 et 2024 malgré une augmentation de 100 000 repas entre ces deux années. Cependant, cette réduction reste en deçà de l’objectif de réduction de -30% fixé dans le plan d’actions 2025 de la stratégie de durabilité.",
      [ALIM, CIRC], objs=[Q(30, direction="decrease", kind="relative_change", subject="déchets alimentaires (gaspillage)")],
      non=["4%", "2021", "2024", "100 000"],
      notes="Objectif de -30 % (valeur positive, sens porté par decrease) ; 2025 est dans le nom du plan d'actions, pas un horizon écrit ; 4 % est le résultat atteint.", ambiguous=True)

    S("https://www.laval.ca/Pages/Fr/Nouvelles/cible-reduction-emissions-ges-moins33-laval.aspx", "Cible de réduction des émissions de GES de moins 33 % pour Laval (Ville de Laval)")
    P("La Ville de Laval poursuit ses efforts en matière de développement durable et s’engage à réduire ses émissions de gaz à effet de serre (GES) de 33 % sous 1990 d’ici 2035.",
      [ENV], objs=[Q(33, direction="decrease", kind="relative_change", horizon=2035, baseline_year=1990, subject="émissions de GES de Laval")],
      notes="Cible avec année de référence.")
    P("« Je suis particulièrement fier d’annoncer une série de mesures ambitieuses qui nous permettront de réduire significativement nos émissions de GES. D’ici 2035, Laval s’engage à réduire ses émissions de 33 %, et ceci est majeur. Notre cible dépasse même celle proposée par l’Accord de Paris, de manière absolue », souligne\nMarc Demers, maire de Laval.",
      [ENV], objs=[Q(33, direction="decrease", kind="relative_change", horizon=2035, subject="émissions de GES de Laval")],
      notes="Même cible dans la citation du maire, sans année de référence écrite.")

    S("https://neuchatelville.ch/energie/strategie", "Stratégie énergétique (Ville de Neuchâtel)")
    P("En 2024, les autorités vont plus loin en s’engageant à mettre en œuvre la « stratégie énergétique 2024-2040 » sur l’ensemble du territoire communal. En visant la neutralité des émission de CO2, d'ici 2040, la Ville s'engage à respecter les objectifs fixés à la fois par le Canton dans son plan climat et la Confédération.",
      [NRJ, ENV], objective=True, non=["2024", "2024-2040", "2040"],
      notes="Objectif de neutralité sans valeur chiffrée ; « l'ensemble du territoire » décrit le périmètre, pas une cible.")
    P("Si 75% des mesures ont été mises en œuvre, la collectivité peut prétendre à l’European Energy Award Gold. La Ville de Neuchâtel l'a obtenu en 2006. Le dernier renouvellement date de 2019.",
      [NRJ, GOV], non=["75%", "2006", "2019"], notes="Seuil d'un label (règle) et dates (piège).")
    P("A long terme, la ville de Neuchâtel s’est également engagée sur la voie d’une société à 2000 watts à atteindre pour 2050",
      [NRJ], objs=[Q(2000, unit="W", kind="absolute", horizon=2050, subject="puissance énergétique moyenne consommée par habitant (société à 2000 watts)")],
      notes="Tranche d'une phrase plus longue. Niveau visé de 2000 watts par personne pour 2050 (unité hors liste des conventions).", ambiguous=True)

    S("https://www.canada.ca/fr/secretariat-conseil-tresor/services/innovation/ecologiser-gouvernement/mise-en-oeuvre.html", "Plan de mise en œuvre et feuille de route de la Stratégie pour un gouvernement vert (Secrétariat du Conseil du Trésor du Canada)")
    P("Ayant un budget annuel de plus de 30 milliards de dollars pour l’acquisition de biens et de services, le gouvernement est le principal acheteur public au pays.",
      [], non=["30 milliards de dollars"], notes="Volume d'achats annuel (piège) ; passage général sans thème.")

    S("https://www.quebec.ca/gouvernement/politiques-orientations/developpement-durable/strategie-gouvernementale", "Stratégie gouvernementale de développement durable 2023-2028 (gouvernement du Québec)")
    P("La Stratégie gouvernementale de développement durable 2023-2028 (PDF 7.26 Mo) comporte cinq orientations, regroupant 20 objectifs stratégiques et 40 sous-objectifs.",
      [GOV], non=["2023-2028", "7.26 Mo", "cinq", "20", "40"], notes="Période, taille de fichier et comptes d'orientations et d'objectifs (piège).")

    S("https://www.ville-fribourg.ch/de/node/2630", "Postulat n° 124 : politique communale de réduction des gaz à effet de serre et d'adaptation au changement climatique (Ville de Fribourg)")
    P("Les derniers scénarios climatiques de Meteosuisse et de l'EPFZ pour la Suisse en 2060 montrent qu'en moyenne, les températures de juin, juillet et août seront plus élevées de 4,5° C.",
      [ENV], non=["2060", "4,5° C"], notes="Projection climatique (piège).")
