"""Nineteenth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh19.jsonl).

Collected in issue 15's twentieth pass, blind to what the extractor gets wrong (no error listing, first score or error
table read, the extractor never run on these passages), to measure it on text nobody here had read. Pages of public
bodies only: communes (municipal sites and blogs: canteens, public lighting, tree planting, sustainable-town charters,
a town hall of a Lyon arrondissement, Service-Public sheets republished by a commune), intercommunalités (climate
plans, insertion clauses, TEPOS pages), parcs naturels régionaux and other syndicats mixtes (an energy syndicate),
départements (collèges, climate plans, cycling scheme, departmental magazine, annual reports), régions (lycée
canteens) and a regional economic and social council, public hospitals, an office public de l'habitat, the water
agencies, State services (a direction départementale des territoires atlas, the agriculture ministry's
enseignement-agricole site) and a State école (ENSOSP); with traps: results of the past, statistics, budgets, counts,
dates, durations, legal thresholds, projections, a hypothetical calculation. Pages of sites that neither the shared
dev set, nor any training passage (``corpora/real``, the collected set), nor an earlier fresh set uses (the build
checks). Labelled with the conventions of the shared real dev set. Every passage is copied word for word from the
opening of a public web page as the project's search tool stored it, cited by its URL, 70 words or fewer.
No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, GOV, HAND, NRJ, PME

BIO = "biodiversite"
NUM = "numerique_responsable"


def load(S, P, Q) -> None:

    S("https://blog.ville-poussan.fr/?p=123889", "Plan Climat Air Énergie Territorial (blog de la Ville de Poussan)")
    P("Elle s’inscrit dans le cadre des dispositions de la loi du 17 août 2015 relative à la transition énergétique pour la croissance verte, selon lesquelles les EPCI de plus de 20 000 habitants, sont désignés coordinateurs de la transition énergétique sur leur territoire.",
      [ENV, NRJ], non=["17 août 2015", "20 000"], notes="Date de loi et seuil de population (piège).")
    P("La construction du PCAET fera l’objet dès 2019 d’une large concertation avec les acteurs du territoire. Une fois adopté, il sera mis en œuvre pour une durée de 6 ans.",
      [ENV, GOV], non=["2019", "6 ans"], notes="Calendrier et durée du plan (piège).")

    S("http://www.parc-ballons-vosges.fr/comprendre/quest-ce-quun-parc/charte/", "La charte (Parc naturel régional des Ballons des Vosges)")
    P("La France compte 58 Parcs naturels régionaux (56 métropolitains et 2 ultramarins).",
      [BIO], non=["58", "56", "2"], notes="Dénombrement (piège).")
    P("Elle permet d’assurer la cohérence et la coordination des actions menées sur le territoire du Parc par les diverses collectivités publiques.  Elle a une validité de 12 ans.",
      [GOV], non=["12 ans"], notes="Durée de validité de la charte (piège).")

    S("https://www.parc-naturel-briere.com/le-parc/la-charte/", "La charte (Parc naturel régional de Brière)")
    P("Depuis 2012, les Parcs naturels régionaux doivent réaliser une évaluation à mi-parcours de la Charte. Elle permet de faire un bilan, elle est une aide pour la réorientation des priorités en lien avec l’évolution du territoire.",
      [GOV], non=["2012"], notes="Obligation d'évaluation sans valeur cible ; « depuis 2012 » : date (piège).")

    S("https://ceser-nouvelle-aquitaine.fr/publication/sraddet-une-strategie-decliner-dans-les-politiques-et-les-territoires", "SRADDET : une stratégie à décliner dans les politiques et les territoires (CESER Nouvelle-Aquitaine)")
    P("Le Conseil régional a engagé la procédure de révision du Schéma Régional, d’Aménagement, de Développement Durable et d’Egalité des Territoires (SRADDET) pour, notamment prendre en compte  des évolutions législatives et réglementaires récentes sur trois domaines :",
      [GOV], non=["trois"], notes="Compte de domaines (piège).")

    S("http://www.sydec40.fr/Le-Syndicat/Les-actualites/125-bornes-de-charge-pour-vehicules-electriques-d-ici-2018", "125 bornes de charge pour véhicules électriques d’ici 2018 (SYDEC, syndicat d'équipement des communes des Landes)")
    P("Objectif du plan national : implanter au moins 1 prise tous les 60 kilomètres, et 7 millions de points de charge d'ici 2030.",
      [ENV, NRJ], objs=[Q(7000000, unit="count", kind="absolute", horizon=2030, subject="points de charge pour véhicules électriques (plan national)")],
      non=["1", "60 kilomètres"], notes="Objectif national rappelé ; « au moins 1 prise tous les 60 kilomètres » est une densité (unité hors liste), non étiquetée.", ambiguous=True)
    P("Le rôle du Syndicat est d’assurer un maillage cohérent du territoire. A cet effet, il est envisagé d’implanter 125 bornes de charge électrique « accélérée » (temps de charge de 1h30 à 2h00) d’ici 2018 dans tout le département.",
      [ENV, NRJ], objs=[Q(125, unit="count", kind="absolute", horizon=2018, subject="bornes de charge électrique accélérée dans le département")],
      non=["1h30", "2h00"], notes="Projet du syndicat (« il est envisagé ») avec horizon écrit ; les durées de charge ne sont pas des cibles.")
    P("Au moins 1 borne sera installée sur chacune des 24 Communautés de communes et d’agglomération, et 83 communes bénéficieront d’au moins 1 borne (25 % des communes).",
      [ENV, NRJ], objs=[Q(100, subject="communautés de communes et d'agglomération dotées d'au moins une borne"),
                        Q(25, subject="communes bénéficiant d'au moins une borne")],
      non=["1", "24", "83"], notes="« chacune des 24 » : 100 % ; « 83 communes … (25 % des communes) » : même cible sous deux formes, 25 % retenu (comme « dont 1/3, soit 10 % »).", ambiguous=True)

    S("https://chu-amiens.fr/?p=615", "Le développement durable au CHU Amiens-Picardie")
    P("Le CHU Amiens Picardie s’est aujourd’hui engagé sur sept thématiques RSE :",
      [GOV], non=["sept"], notes="Nombre de thématiques (piège).")
    P("En 2011, l’ensemble des émissions de gaz à effet de serre (GES) du CHU d’Amiens ont été réparties par grandes catégories, reprises ci-dessous.",
      [ENV], non=["2011"], notes="Date d'un bilan passé (piège).")

    S("http://www.regioncentre-valdeloire.fr/accueil/lactualite-de-la-region-centre/actualites-education/bio-et-local-dans-les-lycees.html", "Depuis la rentrée, du bio et du local dans les cantines des lycées (Région Centre-Val de Loire)")
    P("Servir aux lycéens 40% de nourriture issue des producteurs régionaux, dont 20% de bio. C’est l’objectif que s’est fixée la Région depuis cette rentrée scolaire.",
      [ALIM], objs=[Q(40, subject="nourriture issue des producteurs régionaux servie aux lycéens"),
                    Q(20, subject="dont produits bio dans les repas des lycées")],
      notes="Objectif de la Région ; « dont 20% de bio » : cible emboîtée ; pas d'année écrite.")
    P("Le Conseil régional a ainsi engagé une démarche permettant d’augmenter la part des denrées locales dans les repas proposés en restaurant scolaire. Après une phase d’expérimentation menée l’année dernière dans 10 lycées pilotes, cette mesure innovante est généralisée dans l’ensemble des établissements de la région.",
      [ALIM], non=["10"], notes="Démarche sans valeur cible ; « est généralisée dans l'ensemble des établissements » décrit une mesure déjà en place, pas une part d'achats visée ; 10 lycées pilotes : compte.", ambiguous=True)

    S("https://pnrs-recette.ensosp.fr/doc/SYRACUSE/100942", "Dans un contexte d'urgence écologique, quelle énergie opérationnelle pour les moyens terrestres des services d'incendie et de secours en 2040 ? (ENSOSP, notice de mémoire)")
    P("Les véhicules des services d’incendie et de secours (SIS1) sont aujourd’hui exemptés des obligations d’achat de véhicules à faibles émissions (VFE). Néanmoins, ces établissements publics ne sont pas encore concernés par la fin de la vente de certains véhicules neufs à énergie thermique, prévue pour 20352 dans l’Union européenne (UE).",
      [ENV], non=["1", "20352"], notes="Exemption d'une obligation d'achat et interdiction européenne future sans valeur cible (piège) ; « SIS1 » et « 20352 » portent des appels de note (2035).", ambiguous=True)

    S("https://www.lesagencesdeleau.fr/actualites/programme-2025-2030-des-agences-de-leau-plus-de-2-milliards-deuros-par-pour-accompagner", "Programme 2025-2030 des agences de l’eau : plus de 2 milliards d’euros par an pour accompagner la transition écologique (Les agences de l'eau)")
    P("Dotés d’une capacité d’aide de plus de 2 milliards d’euros par an, ils vont permettre d’accompagner la transition écologique des territoires en réponse aux défis majeurs de la restauration du bon état des eaux, de la reconquête de la biodiversité et de l’adaptation au changement climatique.",
      [BIO, ENV], non=["2 milliards d’euros"], notes="Capacité d'aide annuelle (budget, piège).")
    P("Avec 44 % des masses d’eau en bon état, et malgré les efforts déployés et des progrès significatifs, la France est encore loin de l’objectif de 100 % fixé par l’Europe d’ici 2027.",
      [BIO], objs=[Q(100, horizon=2027, subject="masses d'eau en bon état")],
      non=["44 %"], notes="Objectif européen rappelé, horizon écrit ; 44 % : situation actuelle. Ce n'est pas un objectif d'achat.")

    S("https://agence.eau-loire-bretagne.fr/home/espace-multimedia-1/contenu-multimedia/video/12e-programme.html", "12e programme d'intervention - Agissons pour l'eau de demain 2025-2030 (Agence de l'eau Loire-Bretagne)")
    P("Entre 2025 et 2030, l'agence de l'eau mobilisera près de 2 milliards et demi d’euros, pour faire face au défi climatique, pour inciter à la sobriété, pour restaurer les milieux aquatiques, préserver la biodiversité et la qualité des eaux.",
      [BIO, ENV], non=["2025", "2030", "2 milliards et demi d’euros"], notes="Budget du programme (piège), même au futur.")

    S("https://adt.educagri.fr/dossiers-adt/centre-val-de-loire/eplefpa-de-vendome/nouveau-2020-2021/rapport-1", "EPLEFPA de Vendôme, rapport 1 (Animation et développement des territoires de l'enseignement agricole, ministère de l'Agriculture)")
    P("Depuis septembre 2021, les établissements agricoles publics d’enseignement se sont mis en marche vers une alimentation plus durable. L’EPLEFPA41 est composé de trois lycées agricoles (Blois, Montoire, Vendôme), deux exploitations (bovin lait à Areines, ovin viande en AB à Villavard) et des serres en production horticole du site de Blois.",
      [ALIM], non=["septembre 2021", "41", "trois", "deux"], notes="Date et dénombrements (piège).")

    S("https://www.adt.educagri.fr/dispositifs0/13-temps/consultation-publique/detail-dun-dossier.html?tx_adtttfe1_consultation%5Buid_dossier%5D=358&tx_adtttfe1_consultation%5Baction%5D=show&tx_adtttfe1_consultation%5Bcontroller%5D=Consultation&cHash=4c7737ab2a42e51de0c3ea5d45316826", "Développement de la filière maraîchage biologique sur l'EPLEFPA de Fayl-Billot (enseignement agricole)")
    P("La création d'un dispositif de pré-installation n'a pu être réalisée pour l'année 2012 par manque de candidat pour le poste proposé. L'action sera retentée l'année prochaine.",
      [ALIM], non=["2012"], notes="Compte rendu d'avancement (piège).")

    S("https://agglo-laval.fr/utile-au-quotidien/emploi/clauses-dinsertion-dans-les-marches-publics", "Clauses d'insertion dans les marchés publics (Laval Agglomération)")
    P("La Loi Climat et Résilience et le Plan National pour l'Achat Durable ont incité à une augmentation des considérations sociales dans les marchés (30% à partir de 2025).",
      [CS], objs=[Q(30, direction="increase", horizon=2025, subject="marchés comportant une considération sociale")],
      notes="Objectif du PNAD rappelé ; « une augmentation … (30% à partir de 2025) » : hausse vers un niveau ; « à partir de 2025 » retenu comme horizon (palier).", ambiguous=True)
    P("Au 1er août 2026, tout appel d'offre lancé sans considération sociale, devra être justifié.",
      [CS], objective=True, non=["1er août 2026"], notes="Obligation légale future sans valeur chiffrée (objectif qualitatif) ; la date d'entrée en vigueur n'est pas une cible.", ambiguous=True)

    S("https://pithiviers-le-vieil.fr/fr/nw/847472/1841712/loi-relative-a-lacceleration-des-energies-renouvelables-enr", "Loi relative à l'accélération des énergies renouvelables (Commune de Pithiviers-le-Vieil)")
    P("L'article 15 de la loi relative à l'accélération de la production d'énergie renouvelable \"EnR\" confie aux collectivités territoriales un travail de planification qui consiste à définir des \"zones d'accélération\" sur leur territoire qui contribueront à atteindre les objectifs en matière des EnR.",
      [NRJ], non=["15"], notes="Numéro d'article ; objectifs évoqués sans valeur (piège).")

    S("https://chasnesurillet.fr/vie-communale/environnement-et-cadre-de-vie/defi-zero-dechet-au-restaurant-scolaire", "Défi zéro déchet au restaurant scolaire (Commune de Chasné-sur-Illet)")
    P("En 2020, la pesée quotidienne des déchets « restes assiettes » situe le restaurant scolaire à 80 grammes/ jour en moyenne par assiette quand la moyenne nationale se situe à 167 grammes.",
      [ALIM, CIRC], non=["2020", "80 grammes", "167 grammes"], notes="Mesure passée et moyenne nationale (piège).")
    P("Enfin, avec le vote de la loi EGalim sur la restauration collective, l’utilisation des contenants alimentaires de cuisson, de réchauffe ou de service en matière plastique sera interdite d’ici le 1er janvier 2025.",
      [ALIM, CIRC], objective=True, non=["1er janvier 2025"], notes="Interdiction légale future sans valeur chiffrée (objectif qualitatif) ; la date n'est pas l'horizon d'une cible chiffrée.", ambiguous=True)

    S("https://bethunebruay.fr/fr/le-plan-climat", "Le Plan Climat (Communauté d'agglomération de Béthune-Bruay, Artois Lys Romane)")
    P("La Communauté d’agglomération a été l’une des premières collectivités de la région à mettre en place, dès 2007, un Plan climat volontaire. Il a permis de réaliser de nombreux projets territoriaux en faveur de la lutte contre le changement climatique.",
      [ENV], non=["2007"], notes="Date passée (piège).")
    P("L’effet de serre est l’une des causes les plus connues du réchauffement climatique. Il est désormais établi que, depuis 1960, l’augmentation des gaz à effet de serre (GES) est de 40 %. Cette augmentation est essentiellement due à la consommation de pétrole, gaz ou charbon (= énergies fossiles).",
      [ENV], non=["1960", "40 %"], notes="Hausse passée, constat (piège).")

    S("https://maisons-alfort.fr/plan-1-000-arbres-la-vegetalisation-de-la-ville-se-poursuit", "Plan 1 000 arbres : la végétalisation de la ville se poursuit ! (Ville de Maisons-Alfort)")
    P("Ce programme, qui vise à planter 1 000 nouveaux arbres d’ici à 2026, entre dans sa phase finale. Débuté au printemps 2021, il a déjà atteint plus de deux tiers de son objectif, avec 719 nouveaux arbres plantés entre 2021 et 2024 sur le domaine public, chez des particuliers et dans le parc de logements sociaux de la ville.",
      [BIO], objs=[Q(1000, unit="count", kind="absolute", horizon=2026, subject="nouveaux arbres plantés")],
      non=["2021", "deux tiers", "719", "2024"], notes="Cible du programme avec horizon écrit ; l'avancement (deux tiers, 719 arbres) est un résultat.")

    S("https://www.valdemarne.fr/vivre-en-val-de-marne/actualites/rehabilitation-du-college-moliere-a-chennevieres-sur-marne", "Réhabilitation du collège Molière à Chennevières-sur-Marne (Département du Val-de-Marne)")
    P("Ce dernier volet place les constructions et rénovations sous le signe de la performance écologique, avec pour objectif de limiter l’émission de gaz à effet de serre et la consommation énergétique des bâtiments.",
      [ENV, NRJ], objective=True, notes="Objectif qualitatif, sans valeur chiffrée.")

    S("https://ebook.charente-maritime.fr/eBook/Rapport-annuel-2023/29", "Rapport annuel 2023 : performance énergétique du patrimoine départemental (Département de la Charente-Maritime)")
    P("De nombreuses actions d’amélioration énergétique ont ainsi été menées ou lancées en 2023 : 3 rénovations énergétiques ont été effectuées dans des collèges, dont une mise en service de chaufferie bois en substitution d’une chaufferie fioul ; démarrage d’une restructuration lourde au Collège de La Tremblade ; réalisation de 5 installations photovoltaïques.",
      [NRJ], non=["2023", "3", "5"], notes="Bilan d'actions réalisées (piège).")

    S("https://ebook.charente-maritime.fr/eBook/Rapport-annuel-2022/13", "Rapport annuel 2022 : performance énergétique du patrimoine départemental (Département de la Charente-Maritime)")
    P("La Collectivité s’est engagée en 2022 dans l’élaboration d’une démarche comportant : une stratégie énergétique à l’horizon 2050 avec des échéances intermédiaires, un plan d’actions opérationnel comprenant un plan pluriannuel d’investissement, un mode de gouvernance adapté à l’organisation départementale et un dispositif de suivi d’indicateurs de réalisation et d’impact.",
      [NRJ, GOV], non=["2022", "2050"], notes="Démarche engagée (action passée) décrite sans valeur cible ; « à l'horizon 2050 » n'accompagne aucun chiffre (piège).", ambiguous=True)

    S("http://www.lacove.fr/mon-territoire-en-action/amenagement-et-developpement/developpement-durable/le-plan-climat-energie-territorial.html", "Le Plan Climat Air Energie Territorial (Communauté d'agglomération Ventoux-Comtat Venaissin, CoVe)")
    P("Les élus de la CoVe se sont, ainsi, engagés dans un PCAET lors du conseil communautaire du 10 septembre 2018 sous la délibération référence 127-18.",
      [ENV, GOV], non=["10 septembre 2018", "127-18"], notes="Date et numéro de délibération (piège).")
    P("Le PCAET de la CoVe s’inscrit dans les objectifs nationaux qui sont à l’horizon 2030 de :\n\n  • réduire les gaz à effet de serre de 40% par rapport à 1990,\n  • réduire de 20% la consommation énergétique finale par rapport à 2012,\n  • aboutir à 32% d’énergies renouvelables dans la consommation finale.",
      [ENV, NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, baseline_year=1990, subject="émissions de gaz à effet de serre", themes=(ENV,)),
                        Q(20, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2012, subject="consommation énergétique finale", themes=(NRJ,)),
                        Q(32, horizon=2030, subject="part des énergies renouvelables dans la consommation finale", themes=(NRJ,))],
      notes="Objectifs nationaux rappelés par l'agglomération ; « à l'horizon 2030 » vaut pour les trois puces.")

    S("https://mairie7.lyon.ntic.fr/evenement/conference/acheter-du-materiel-reconditionne-une-solution-pour-la-planete", "Acheter du matériel reconditionné, une solution pour la planète ? (Mairie du 7e arrondissement de Lyon)")
    P("Depuis la loi anti-gaspillage pour une économie circulaire, dite loi AGEC de 2020, les collectivités territoriales ont l'obligation d'acquérir et de déployer du matériel reconditionné, à hauteur de 20 à 30% des coûts d’acquisitions.",
      [CIRC, NUM], objs=[Q(20, value_max=30, subject="part des coûts d'acquisition consacrée à du matériel reconditionné")],
      non=["2020"], notes="Quota légal AGEC pour les achats (objectif) ; fourchette 20-30 % ; « depuis » : obligation en vigueur, pas d'horizon.")
    P("Le saviez-vous ? La fabrication d’un appareil informatique représente 60% des émissions de gaz à effet de serre, générées par le secteur du numérique.",
      [NUM, ENV], non=["60%"], notes="Statistique (piège).")

    S("https://ch-pierrefeu.fr/responsabilite-societale-des-entreprises-lalimentation-responsable-dans-les-etablissements-de-sante-et-medico-sociaux", "L'alimentation responsable dans les établissements de santé et médico-sociaux (Centre hospitalier Henri Guérin, Pierrefeu-du-Var)")
    P("50% de produits durables dans la restauration collective à horizon 2022\nAu plus tard le 1er janvier 2022, les repas devront comprendre une part au moins égale à 50 % de produits durables ou sous signes d’origine et de qualité (dont des produits bio) dans la restauration collective publique.",
      [ALIM], objs=[Q(50, comparator=">=", horizon=2022, subject="produits durables ou sous signes d'origine et de qualité dans les repas de la restauration collective publique")],
      notes="Quota EGalim ; l'intertitre et la phrase disent la même cible (une seule entrée) ; « au plus tard le 1er janvier 2022 » : horizon ; « une part au moins égale » : >=.")
    P("Cette journée a été l’occasion de faire partager à l’ensemble des professionnels concernés les futures obligations et de pouvoir débattre ensemble des différentes modalités de mise en œuvre ainsi que de retours d’expériences. Environ 30 établissements étaient représentés.",
      [ALIM, GOV], non=["30"], notes="Compte de participants (piège).")

    S("https://rpg.habitat76.fr/theme/edito/", "Édito du Rapport de Politique Générale (Habitat 76, office public de l'habitat de Seine-Maritime)")
    P("Le Rapport de Politique Générale approuvé par le Conseil d’Administration en octobre 2021 a fixé les orientations stratégiques de l’Office pour les années 2022-2028.",
      [GOV], non=["octobre 2021", "2022-2028"], notes="Date d'approbation et période (piège).")
    P("Articulées autour de ses trois cœurs d’activité que sont la gestion locative, la gestion patrimoniale et les fonctions supports, elles s’inscrivent dans la continuité de la démarche RSE initiée en 2015 que l’Office entend développer à travers la labellisation ISO 26 000, afin que son engagement dans ce domaine soit reconnu et lui permette d’enrichir les actions menées.",
      [GOV], non=["trois", "2015", "ISO 26 000"], notes="Compte, date et numéro de norme (piège) ; la labellisation visée n'a pas de valeur chiffrée.")

    S("https://saintdidieraumontdor.fr/pour-une-ville-durable/", "Pour une ville durable (Commune de Saint-Didier-au-Mont-d'Or)")
    P("À ce titre, la municipalité s’attache à aménager son territoire pour une meilleure qualité de vie. Aménager un parc de plus d’un hectare en plein centre village en est un exemple, tout comme la gestion différenciée des espaces verts publics qui abolit totalement l’utilisation de pesticides ou encore l’extinction de l’éclairage public 5h chaque nuit pour protéger la faune.",
      [BIO], non=["un hectare", "5h"], notes="Réalisations et mesures en place (piège) ; « abolit totalement » décrit une pratique actuelle, pas une cible.")

    S("http://atlasddt31.fr/artificialisation", "Quelques chiffres de l'artificialisation des sols en Haute-Garonne (Atlas de la direction départementale des territoires de la Haute-Garonne)")
    P("À l’échelle de la Haute-Garonne, ce sont plus de 2 ha artificialisés par jour ! Cependant, l’agriculture compense partiellement l’avancée urbaine par la remise en exploitation d’anciens espaces naturels ou forestiers.",
      [BIO], non=["2 ha"], notes="Constat chiffré (piège).")
    P("Le dynamisme de la Haute-Garonne se retrouve dans son évolution démographique avec l’accueil de 50 nouveaux habitants par jour, soit 18 000 par an. L’accueil de ces populations ainsi que le développement parallèle de l’économie et des équipements publics entraînent un étalement urbain de 5% par an.",
      [BIO], non=["50", "18 000", "5%"], notes="Tendances observées (piège) ; « 5% par an » est un rythme constaté, pas un taux visé.")

    S("https://www.vududoubs.fr/une-assiette-encore-plus-locale-pour-les-colleges-du-doubs/", "Une assiette encore plus locale pour les collèges du Doubs (Vu du Doubs, Département du Doubs)")
    P("Le Département avait déjà mis en place la plateforme Agrilocal 25 et le dispositif « assiette Doubs saveur ». Pour les compléter, il a prévu une enveloppe d’un million d’euros dans son plan départemental d’urgence afin de faciliter davantage le recours aux produits en circuits courts et de proximité.",
      [ALIM, PME], non=["25", "un million d’euros"], notes="Numéro dans un nom et budget (piège).")
    P("L’enjeu est de taille lorsqu’on sait que chaque année scolaire, plus de deux millions de repas sont servis en moyenne dans les collèges du Doubs.",
      [ALIM], non=["deux millions"], notes="Volume annuel (piège, même avec « chaque année »).")

    S("https://lezoux.fr/author/mairielezouxadmin/page/5", "Réduction de l’amplitude horaire de l’éclairage public (Ville de Lezoux)")
    P("Depuis de nombreuses années, l’éclairage public est interrompu sur le territoire communal de 23h30 à 4h30. Afin de limiter la consommation d’énergie de la commune et donc de réaliser des économies budgétaires, le Conseil Municipal a délibéré et décidé de réduire l’amplitude horaire de l’éclairage public en prévoyant une remise à partir de 5h30.",
      [NRJ], non=["23h30", "4h30", "5h30"], notes="Horaires d'une mesure décidée, sans cible chiffrée (piège).")

    S("https://www.anneville-ambourville.fr/spip.php?article3148", "Restauration collective : produits durables et bio (Commune d'Anneville-Ambourville)")
    P("Les repas servis en restauration collective devront, d’ici le 1er janvier 2022, compter 50 de produits alimentaires durables de qualité dont au moins 20 de produits issus de l’agriculture biologique. C’est ce que prévoit en effet l’article 24 de la loi dite Égalim du 30 octobre 2018.",
      [ALIM], objs=[Q(50, horizon=2022, subject="produits alimentaires durables de qualité dans les repas de la restauration collective"),
                    Q(20, comparator=">=", horizon=2022, subject="dont produits issus de l'agriculture biologique")],
      non=["24", "30 octobre 2018"], notes="Quota EGalim ; le signe % manque dans la source (« 50 de produits ») mais ce sont des parts ; « d'ici le 1er janvier 2022 » : horizon ; article et date de loi non cibles.", ambiguous=True)

    S("https://www.parc-landes-de-gascogne.fr/Parc-Naturel-Regional-de-Gascogne/COMPRENDRE/Les-missions-du-Parc/Energie-Climat/Developper-la-mobilite-electrique", "Développer la mobilité électrique (Parc naturel régional des Landes de Gascogne)")
    P("Ainsi, 11 collectivités et 1 une association se sont positionnées pour acquérir un véhicule électrique. Leur usage quotidien est plutôt de l’ordre du petit trajet (soit une centaine de kilomètres par jour) et correspond bien aux capacités actuelles offertes par ces nouvelles technologies.",
      [ENV, NRJ], non=["11", "1", "une centaine de kilomètres"], notes="Comptes et usage constaté (piège).")

    S("https://www.laboissiere-en-thelle.fr/vie-municipale/demarches-administratives/?xml=F35536", "Secteur public : qu'est-ce que l'obligation d'emploi de travailleurs handicapés ? (fiche Service-Public reprise par la Commune de La Boissière-en-Thelle)")
    P("Tout employeur public d'au moins 20 agents doit employer des personnes en situation de handicap dans une proportion de 6 % de l'effectif total (2 % à Mayotte).",
      [HAND], objs=[Q(6, subject="travailleurs handicapés dans l'effectif des employeurs publics"),
                    Q(2, subject="travailleurs handicapés dans l'effectif des employeurs publics à Mayotte")],
      non=["20"], notes="Quota légal d'emploi (pas d'achat) : étiqueté comme le quota Copé-Zimmermann de fresh10, douteux ; 20 agents : seuil.", ambiguous=True)
    P("Un établissement comptant un effectif de 38 agents doit employer 2 travailleurs handicapés (38 x 6 % = 2,28, arrondi à 2).",
      [HAND], non=["38", "2", "6 %", "2,28"], notes="Exemple de calcul hypothétique (piège).")

    S("https://stains.fr/lindex-egalite-professionnelle-entre-les-femmes-et-les-hommes", "L’index égalité professionnelle entre les femmes et les hommes (Ville de Stains)")
    P("Cet index est calculé sur une base de cent points répartis sur quatre indicateurs, assortis d’une pondération et d’un barème.",
      ["egalite_femmes_hommes"], non=["cent", "quatre"], notes="Barème et compte d'indicateurs (piège).")

    S("http://www.ccpaysniederbronn.fr/Vivre/Environnement/Plan-climat-air-energie.html", "Plan climat air énergie territorial (Communauté de communes du Pays de Niederbronn-les-Bains)")
    P("Ce projet territorial de développement durable est une démarche collective visant à définir et mettre en œuvre un programme d’actions locales concrètes pour :\n\n  • réduire les gaz à effet de serre émis sur un territoire,\n  • développer la sobriété énergétique,\n  • faciliter le développement des énergies renouvelables,\n  • améliorer la qualité de l’air,",
      [ENV, NRJ], objective=True, notes="Objectifs qualitatifs du PCAET, sans valeur chiffrée.")

    S("https://www.chsf.fr/plan-de-sobriete-energetique/", "Plan de sobriété énergétique (Centre hospitalier Sud Francilien)")
    P("Cette transition permettra donc de réduire de 45% le recours au gaz en année pleine. Prévu en 2023, l’accès à la géothermie, consolidera cette démarche axée sur la réduction des énergies fossiles et portera la part d’énergie renouvelable à 77%.",
      [NRJ], objs=[Q(45, direction="decrease", kind="relative_change", subject="recours au gaz de l'hôpital"),
                   Q(77, direction="increase", horizon=2023, subject="part d'énergie renouvelable dans l'approvisionnement de l'hôpital")],
      notes="Effets attendus de projets décidés par l'établissement (« permettra », « portera … à ») : étiquetés comme cibles, mais proches d'une prévision ; « Prévu en 2023 » retenu comme horizon des 77 %.", ambiguous=True)
    P("En 2023, les projections font état d’une augmentation du poste de l’énergie multipliée par 3,6 (par comparaison avec 2021). Le montant prévisionnel de la facture énergétique s’élèverait à 12,1 M€ (soit presque le montant annuel du budget d’exploitation 2021 des services techniques).",
      [NRJ], non=["2023", "3,6", "2021", "12,1 M€"], notes="Projections de coûts et budget (piège).")

    S("https://maine-et-loire.fr/aides-et-services/professionnels/guides-plans-et-schemas/schema-directeur-des-liaisons-cyclables", "Schéma directeur des liaisons cyclables (Département de Maine-et-Loire)")
    P("Pour mener à bien ces objectifs, le Département a engagé une enveloppe de 5 millions d'euros par an.",
      [ENV], non=["5 millions d'euros"], notes="Budget annuel (piège, même avec « par an »).")

    S("https://www.valdemarne.fr/le-conseil-departemental/transition-energetique/lutter-contre-le-dereglement-climatique/la-reduction-des-emissions-de-gaz-a-effet-de-serre", "La réduction des émissions de gaz à effet de serre (Département du Val-de-Marne)")
    P("Il développe également l’utilisation d’énergies renouvelables avec 23 bâtiments départementaux raccordés au réseau de chaleur géothermique et, d’ici fin 2022, au moins 9 équipés de panneaux solaires.",
      [NRJ], objs=[Q(9, unit="count", kind="absolute", comparator=">=", horizon=2022, subject="bâtiments départementaux équipés de panneaux solaires")],
      non=["23"], notes="23 bâtiments raccordés : situation actuelle ; « d'ici fin 2022, au moins 9 » : cible datée.")
    P("Avec son Schéma Directeur de la Transition Energétique 2022-2027, le Département a décidé de mettre l’accent sur la rénovation énergétique des équipements existants afin de diviser par 7 les émissions de gaz à effet de serre du patrimoine bâti départemental par rapport à 2012 (année de référence)",
      [ENV, NRJ], objs=[Q(7, unit="x", direction="decrease", kind="relative_change", baseline_year=2012, subject="émissions de gaz à effet de serre du patrimoine bâti départemental", themes=(ENV,))],
      non=["2022-2027"], notes="« diviser par 7 » : facteur 7, baisse ; année de référence 2012 ; la période du schéma n'est pas un horizon.")

    S("http://marne.fr/le-departement/conseil-departemental/plan-climat-energie-territorial", "Plan Climat Energie Territorial (Département de la Marne)")
    P("Les achats représentent 46% des émissions de gaz à effet de serre, en raison des travaux routiers. 22% sont dus aux déplacements, notamment aux transports scolaires et interurbains. La consommation d‘énergie représente 19 % et les immobilisations (collèges, bâtiments départementaux, parc informatique, flotte de véhicules), 14%.",
      [ENV], non=["46%", "22%", "19 %", "14%"], notes="Répartition d'un bilan d'émissions (piège).")

    S("https://cdcoleron.vernalis.fr/la-communaute-de-communes/strategies-grands-projets/tepos/", "Territoire à Énergie Positive (Communauté de communes de l'île d'Oléron)")
    P("Un TEPos est un territoire où la production d’énergie renouvelable locale est, a minima, en équilibre avec la consommation d’énergie du territoire. La communauté de communes de l’île d’Oléron souhaite atteindre cet objectif en 2050.",
      [NRJ], objective=True, non=["2050"], notes="Objectif TEPOS sans pourcentage écrit (comme « produire l'énergie qu'il consomme » dans fresh10) : objectif non quantifié ; on pourrait le lire comme 100 % ≥.", ambiguous=True)

    S("https://www.scmb71.com/environnement/vers-un-territoire-a-energie-positive-tepos", "Vers un territoire à énergie positive (Communauté de communes Saint Cyr Mère Boitier)")
    P("L'ancienne Communauté de communes de Matour et sa région ainsi que la commune de Tramayes se sont portées candidates à l'appel à projet \"Territoire à Énergie Positive pour la Croissance Verte\" (TEPCV) lancée par le ministère de l'Écologie, du Développement durable et de l'Énergie, en 2015. Elles font partie des 212 territoires (sur 520 dossiers déposés) qui ont été sélectionnés et labélisés TEPCV.",
      [NRJ, GOV], non=["2015", "212", "520"], notes="Date et comptes d'un appel à projets (piège).")

    S("https://prod.aisne.com/actualites/departement-laisne-amplifiera-transitions-environnementales-solidaires", "Le Département de l'Aisne amplifiera les transitions environnementales et solidaires (Département de l'Aisne)")
    P("Cette volonté de limiter l’empreinte carbone dans l’action du Conseil départemental est l’aboutissement d’une démarche initiée depuis plus de dix ans, avec l’adoption en 2011 d’un « Agenda 2021 ». En 2020 et 2021, plusieurs réunions associant le Comité 21 (comité d’experts) et les élus départementaux ont été organisées afin de formaliser la délibération-cadre.",
      [ENV, GOV], non=["dix", "2011", "2021", "2020", "21"], notes="Dates, durée et nombres dans des noms (« Agenda 2021 », « Comité 21 ») : piège.")

    S("https://www.moselle.gouv.fr/Politiques-publiques/Amenagement-Urbanisme/Amenagement-durable/Le-Plan-de-mobilite-inter-administration", "Le Plan de mobilité inter-administration (Préfecture de la Moselle)")
    P("Dans le cadre du Grenelle de l'environnement, le décret du 22 décembre 2006 prévoit pour les administrations d'Etat la mise en place de Plans de Déplacement Etablissement (PDE) dans les agglomérations de plus de 100 000 habitants.",
      [ENV], non=["22 décembre 2006", "100 000"], notes="Obligation d'élaborer un plan, sans valeur cible ; date de décret et seuil de population (piège).", ambiguous=True)

    S("https://www.savigny.org/restauration-scolaire/", "Restauration scolaire (Ville de Savigny)")
    P("Dans le cadre de la loi EGAlim du 30 octobre 2018, L’Etat a fixé des objectifs ambitieux à la restauration collective publique et privée pour permettre la transition vers une alimentation de qualité et durable.",
      [ALIM], objective=True, non=["30 octobre 2018"], notes="Objectifs évoqués sans leurs valeurs (objectif non quantifié) ; date de loi.", ambiguous=True)
    P("Par ailleurs, et ce malgré l’inflation, la Municipalité a fait le choix de ne pas augmenter les tarifs de la cantine depuis décembre 2021, afin de protéger le budget des familles.",
      [ALIM], non=["décembre 2021"], notes="Décision tarifaire passée (piège).")

    S("https://mairie-cabannes.fr/Le-Programme-National-Nutrition", "Le Programme National Nutrition Santé (Commune de Cabannes)")
    P("A ce titre, il a été décidé que progressivement les fruits et légumes seraient le plus possible originaires de la région proche. En effet, l’objectif est de favoriser les producteurs locaux et de limiter le plus possible les déplacements de camions de livraison.De plus dorénavant, il y aura chaque mois un menu totalement bio et les produits laitiers seront tous bios.",
      [ALIM, PME], objs=[Q(100, subject="produits laitiers bio au restaurant scolaire", themes=(ALIM,))],
      notes="« les produits laitiers seront tous bios » : 100 % (convention « tous les ») ; « chaque mois un menu totalement bio » : fréquence sans nombre écrit, non étiquetée ; l'origine locale est qualitative.", ambiguous=True)
    P("- Au-delà du PNNS, la commune prend d’autres engagements :\n- Sur les 5 portions de fruits et légumes préconisées par jour, le restaurant scolaire en offrira 2,\n- Du poisson sera proposé au moins une fois par semaine,\n- Les matières grasses vont être réduites de moitié",
      [ALIM, "sante"], objs=[Q(2, unit="count", kind="absolute", subject="portions de fruits et légumes offertes par jour au restaurant scolaire"),
                             Q(50, direction="decrease", kind="relative_change", subject="matières grasses dans les repas du restaurant scolaire")],
      non=["5"], notes="Engagements de la commune ; 5 portions : recommandation ; « au moins une fois par semaine » (poisson) : fréquence sans chiffre, non étiquetée ; « réduites de moitié » : 50 %, baisse.", ambiguous=True)
