"""Twenty-eighth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh28.jsonl).

Collected in issue 15's twenty-ninth pass, blind to what the extractor gets wrong (no error listing, first score or
error table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages
of the State, national public bodies and their networks only: hospitals, a grouping of hospitals (GHT) and a cancer
centre (CH Le Vinatier, GHT Grand Paris Nord-Est, Centre Léon Bérard, the Rouen health campus), a hospitals' purchasing
grouping (GCS Achats du Centre), networks (the hospitals' federation journal Revue hospitalière de France, the Eclaira
circular-economy network, a regional union of social landlords), national public
bodies and research institutes (CEA, BRGM, CNES, IGN, INA, an Assurance maladie body), the ministry of Justice and its
agency for prison work, a regional health-environment plan (PRSE Île-de-France), ONISEP's documentation, and schools,
universities and their student or electoral sites (a lycée, IUT de Lannion, IFP School, INSA Lyon, ESSEC, Clermont School
of Business, a Grenoble Alpes list, a Sorbonne student association); about purchasing and operating targets and traps:
results of the past, statistics and surveys, budgets, counts, dates, standards and projections. No local authority's
page, no press, no company. Pages of sites that neither the shared dev set, nor any training passage
(``corpora/real``, the collected set, the theme model's training file), nor an earlier fresh set or theme set uses
(the build checks the first ones; the theme sets' hosts, and those of fresh27 and theme set 7 being collected at the
same time, were checked by hand).
Labelled with the conventions of the shared real dev set; never run through the extractor here (the lead scores it).
Every passage is copied from the opening of a public web page as the project's search tool stored it, cited by its
URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, GOV, NRJ, PME

SANTE = "sante"
INNO = "achats_innovants"
NUM = "numerique_responsable"
CT = "conditions_de_travail"
BIO = "biodiversite"
EGAL = "egalite_femmes_hommes"
CE = "commerce_equitable"
ESS = "ess_economie_sociale"


def load(S, P, Q) -> None:

    S("http://www.ch-le-vinatier.fr/le-vinatier/e-mag/la-transition-du-vinatier-vers-une-flotte-automobile-plus-verte-2881.html", "La transition du Vinatier vers une flotte automobile plus « verte » (Centre hospitalier Le Vinatier)")
    P("Ce projet répond à la loi d’Orientation des mobilités (LOM) qui prévoit la fin des ventes de véhicules thermiques d’ici 2040, mais la volonté du Centre Hospitalier Le Vinatier est d’aller au-delà des obligations légales, en s’équipant à court et moyen terme en véhicules et carburants alternatifs au pétrole.",
      [ENV], objective=True, non=["2040"],
      notes="Objectif qualitatif de l'hôpital (aller au-delà de la loi) ; la « fin des ventes de véhicules thermiques d'ici 2040 » n'a pas de valeur chiffrée (on pourrait la lire comme 100 % de baisse) : laissée sans objectif chiffré.", ambiguous=True)
    P("Actuellement, le parc automobile du Vinatier compte 137 véhicules soumis à la réglementation du certificat de la qualité de l’air et comportant la vignette Crit’air dont quatre de ces véhicules sont déjà répertoriés et classés Crit’air 0.",
      [ENV], non=["137", "quatre", "0"], notes="État du parc (constat, piège) ; « Crit'air 0 » est une classe.")

    S("https://institut.ina.fr/institut-national-audiovisuel/un-service-public-ecoresponsable", "Un service public écoresponsable (INA)")
    P("  • 8 mesures autour de la mobilité durable des personnels,\n  • 3 mesures autour des achats responsables\n  • 1 sur l’alimentation plus respectueuse de l'environnement\n  • 5 mesures autour de la réduction de la consommation d'énergie dans les bâtiments publics",
      [ENV, ALIM, NRJ], non=["8", "3", "1", "5"], notes="Comptes de mesures du dispositif (piège).")
    P("L’INA s’engage dans le cadre de sa démarche RSE à répondre et suivre les 20 engagements pour des services publics écoresponsables.",
      [GOV, ENV], objective=True, non=["20"], notes="Engagement qualitatif ; « 20 engagements » est un compte de mesures, pas une cible.")

    S("http://www.ign.fr/institut/print/institut/responsabilite-societale-environnementale", "Responsabilité sociétale et environnementale (IGN)")
    P("Après s’être vu confirmer la certification ISO 9001 de son système de management pour une grande partie de ses activités, l’IGN, fort de la confirmation de la robustesse de son organisation, de la maîtrise de ses activités et de sa performance, a décidé de prendre en compte les attentes d’un plus grand nombre de ses parties prenantes et a mis en place une démarche de responsabilité sociétale des organisations (RSO).",
      [GOV], non=["ISO 9001"], notes="Numéro de norme ; démarche déjà mise en place (piège).")
    P("Les premiers résultats de la démarche ont été visibles dès le premier semestre 2013 (publication des comptes de l’institut, bilan carbone, etc.).",
      [GOV, ENV], non=["2013"], notes="Résultats passés datés (piège).")

    S("http://eco.lycee-marie-de-champagne.fr/2016/11/14/le-lycee-marie-de-champagne-sengage-dans-la-lutte-contre-le-gaspillage-alimentaire/", "Engagement dans la lutte contre le gaspillage alimentaire (lycée Marie-de-Champagne, Troyes)")
    P("«  Ce gaspillage, on l’estime à quatre kilos par jour. On fait 800 repas le midi et 200 le soir. Autrement, on n’est pas trop mauvais élève. On estime notre gaspillage à 18 % lors de notre pesée en décembre. On a du pain sur la planche. »",
      [ALIM, CIRC], non=["quatre kilos", "800", "200", "18 %"], notes="Mesures du gaspillage et nombre de repas (constats, piège).")
    P("«  On va proposer différentes tailles de pain aux élèves 35 ou 60 grammes. On a mieux formé le personnel de cuisine pour qu’il dialogue avec les usagers pour savoir s’ils veulent des assiettes petites ou grandes. On va aussi composter nos déchets. »",
      [ALIM, CIRC], objective=True, non=["35", "60 grammes"], notes="Actions prévues (objectif qualitatif) ; 35 et 60 grammes sont des tailles de portion, pas des cibles.", ambiguous=True)

    S("https://centreleonberard.fr/institution/actualites/fresque-du-climat-les-salaries-du-centre-leon-berard-se-mobilisent", "Fresque du climat : les salariés du Centre Léon Bérard se mobilisent (Centre Léon Bérard)")
    P("8 % des émissions de gaz à effet de serre proviennent des activités de santé et des établissements hospitaliers . Conscient de cet impact, le Centre Léon Bérard est engagé dans une démarche environnementale depuis 2005 avec l’achat d’un banaliseur de DASRI.",
      [ENV, CIRC], non=["8 %", "2005"], notes="Statistique et date d'engagement (piège) ; DASRI : déchets.")
    P("Après un appel à candidature lancé en septembre dernier, 17 salariés issus de tous les services de l’établissement ont accepté d’être animateurs de la fresque et ont reçu une formation en janvier 2024.",
      [GOV, ENV], non=["17", "janvier 2024"], notes="Compte de salariés formés (constat, piège).")
    P("Objectif : 100% des salariés ayant participé à une fresque à horizon 3 ans !",
      [GOV, ENV], objs=[Q(100, subject="salariés ayant participé à une fresque du climat")],
      notes="Cible de sensibilisation des agents (gouvernance) au climat ; « à horizon 3 ans » n'écrit pas d'année : pas d'horizon.")

    S("https://ght-gpne.fr/le-ght/le-ght-sengage-dans-une-dynamique-de-developpement-durable", "Le GHT s'engage dans une dynamique de développement durable (GHT Grand Paris Nord-Est)")
    P("En 2021 profitant du renouvellement du marché, les services restaurations des 3 sites de notre GHT et notre cellule des marchés ont répondu aux mesures de la loi Egalim et ainsi proposer aux patients et aux agents des produits plus responsables :",
      [ALIM], non=["2021", "3"], notes="Action passée (piège).")
    P("- Les pains distribués sont dorénavant fabriqués avec une farine label rouge issue à 100% de blé d’île de France. Par cette démarche, le GHT a",
      [ALIM, PME], non=["100%"], notes="« dorénavant … 100% » décrit une situation déjà atteinte (piège).", ambiguous=True)

    S("https://www.ifp-school.com/node/1762", "Label DD&RS : IFP School s'engage (IFP School)")
    P("Le label DD&RS est basé sur un référentiel national (ex-Plan Vert), outil d’auto-diagnostic, issu de l’article 55 du Grenelle 1 de l’environnement. Systémique, il intègre les 17 Objectifs de développement durable (ODD) et est structuré autour de cinq axes : stratégie et gouvernance, enseignement et formation, recherche et innovation, environnement, et politique sociale. Il est attribué pour une durée de quatre ans.",
      [GOV], non=["55", "1", "17", "cinq", "quatre ans"], notes="Article de loi, comptes d'ODD et d'axes, durée du label (piège).")

    S("https://www.cea.fr/entreprises/Pages/fournisseurs/politique-achat.aspx", "Politique d'achat responsable (CEA)")
    P("Les achats du CEA :\n3,7 milliards d’euros en 2024",
      [], non=["3,7 milliards d’euros", "2024"], notes="Volume d'achats constaté (piège) ; passage général sans thème.")
    P("En moyenne, l’investissement en R&D des fournisseurs du CEA est quatre fois supérieur à la moyenne nationale.",
      [INNO], non=["quatre fois"], notes="Constat comparatif (piège).", ambiguous=True)
    P("Le CEA s’engage à intégrer dans une majorité de ses marchés la responsabilité environnementale et sociétale tout en veillant à assurer une relation équilibrée avec ses fournisseurs",
      [ENV, CS], objective=True, notes="Engagement ; « une majorité de ses marchés » n'est pas une valeur chiffrée des conventions (on pourrait y lire > 50 %) : objectif qualitatif.", ambiguous=True)

    S("https://rapport-activite.brgm.fr/fr/ambitions-affirmees-2030", "Des ambitions affirmées pour 2030 (BRGM, rapport d'activité)")
    P("Couvrant la période 2025-2030, ce document dessine un projet global et fédérateur, qui embrasse la totalité des activités de l’établissement – recherche, appui aux politiques publiques, recherche partenariale, expertise, gestion de l’après-mine, activités support – et mobilise l’ensemble de ses collaborateurs.",
      [GOV], non=["2025-2030"], notes="Période du schéma directeur (piège).")
    P("« Le cap à suivre d’ici à 2030, indique Philippe Sabourault, est balisé par cinq grands engagements : accélérer la transition écologique de la société par notre recherche, notre innovation et notre expertise ;",
      [GOV, ENV], objective=True, non=["cinq"], notes="Engagements qualitatifs à l'horizon 2030 ; « cinq » compte les engagements.")

    S("https://www.ile-de-france.prse.fr/resultats-de-l-appel-a-manifestation-d-interet-ami-a331.html", "Résultats de l'AMI à destination des EHPAD pour leur transition alimentaire (PRSE Île-de-France)")
    P("L’action 3.1 du PRSE4 a pour objectif de faire le relais et la promotion des dispositifs et outils existants pour favoriser une alimentation saine, durable et en quantité pour tous, notamment à travers la restauration collective et le secteur médico-social.",
      [ALIM, SANTE], objective=True, non=["3.1"], notes="Objectif qualitatif d'une action du plan ; numéro d'action.")
    P("Pour ce faire, cette action vise notamment à accompagner des EHPAD dans la mise en application de la loi EGALIM et sa mesure sur les approvisionnements (respect des 50% de produits durables dont 20% bio dans les achats de denrées).",
      [ALIM], objs=[Q(50, subject="produits durables dans les achats de denrées des EHPAD"), Q(20, subject="produits bio dans les achats de denrées des EHPAD")],
      notes="Quota légal EGalim rappelé (objectif) ; pas d'année.")

    S("http://environnement2019.infocomlannion.fr/2018/11/13/le-bio-entre-a-lhopital/", "Le bio entre à l'hôpital (IUT de Lannion, site des étudiants en information-communication)")
    P("Les restaurants collectifs devront proposer à compter de 2022 au moins 40% de produits locaux dans leurs menus dont 20% de produits bio.",
      [ALIM, PME], objs=[Q(40, comparator=">=", subject="produits locaux dans les menus des restaurants collectifs"), Q(20, subject="produits bio dans les menus des restaurants collectifs")],
      notes="Obligation légale (rapportée de façon inexacte : EGalim parle de produits durables et de qualité) ; « à compter de 2022 » : entrée en vigueur d'un niveau unique, pas d'horizon.", ambiguous=True)
    P("Une circulaire de l’Etat français datant de l’année 2008 avait demandé d’atteindre les 20% de bio dans la restauration collective publique d’ici 2012.",
      [ALIM], objs=[Q(20, horizon=2012, subject="produits bio dans la restauration collective publique")],
      non=["2008"], notes="Objectif de la circulaire État exemplaire, rapporté au passé (objectif, comme dans le jeu de dev) ; 2008 : date de la circulaire.")
    P("Le gouvernement a présenté en juin dernier son programme “Ambition Bio 2022”. Atteindre les 20% de bio en restauration collective est de nouveau à l’ordre du jour.",
      [ALIM], objs=[Q(20, subject="produits bio en restauration collective")],
      non=["2022"], notes="2022 est dans le nom du programme, pas un horizon écrit de la cible.", ambiguous=True)

    S("https://www.unrs.fr/actualites-23/l-unrs-s-inscrit-dans-la-demarche-de-developpement-durable-29802.html?tx_news_pi1%5Bcontroller%5D=News&tx_news_pi1%5Baction%5D=detail&cHash=f3be6914f1ed224a9c2df6b47fc40fa3", "L'UNRS s'inscrit dans la démarche de développement durable (UNRS, Assurance maladie)")
    P("La norme ISO 26000, publiée en novembre 2010, représente le premier véritable standard de la responsabilité sociétale.",
      [GOV], non=["ISO 26000", "novembre 2010"], notes="Numéro de norme et date de publication (piège).")
    P("Les missions fondamentales de l’Assurance Maladie en font une entreprise soucieuse d’exemplarité. Conformément au Plan cadre développement durable 2011-2014 de la Sécurité sociale, cette démarche s’organise autour de cinq axes :",
      [GOV], non=["2011-2014", "cinq"], notes="Période d'un plan et compte d'axes (piège).")

    S("https://clermont-sb.fr/actsup-pas-a-pas", "Act'Sup Pas à Pas : notre École en action pour un avenir bas carbone (Clermont School of Business)")
    P("Notre École a été retenue pour participer à « Act’Sup Pas à Pas », un projet commun avec 10 établissements de l’enseignement supérieur et de la recherche, l’ADEME et le CIRCES. D’une durée de 18 mois, ce projet vise à établir un plan d’actions ambitieux, validé, réaliste et robuste de réduction des émissions de gaz à effet de serre (GES), avec une planification jusqu’en 2050.",
      [ENV, GOV], objective=True, non=["10", "18 mois", "2050"], notes="Objectif qualitatif (établir un plan de réduction) ; compte d'établissements, durée du projet et fin de planification ne sont pas des cibles chiffrées.", ambiguous=True)

    S("https://fr.coursera.org/lecture/entreprise-changement-climatique/role-et-responsabilite-d-un-acteur-de-l-enseignement-superieur-en-management-l-SRGax", "Rôle et responsabilité d'un acteur de l'enseignement supérieur en management : l'ESSEC (cours en ligne, transcription)")
    P("Si on prend le sujet de l'enseignement, plusieurs engagements ont été pris. Le premier, il vise à introduire, pour 100 % des étudiants de l'école, tous programmes confondus, un enseignement obligatoire sur le changement climatique. Aucun ou aucune étudiante ne doit pouvoir diplômer de l'ESSEC sans avoir été formé à ce sujet.",
      [ENV], objs=[Q(100, subject="étudiants recevant un enseignement obligatoire sur le changement climatique")],
      notes="Engagement de l'école : 100 % des étudiants ; pas d'année.")

    S("https://documentation.onisep.fr/doc_num.php?explnum_id=51533", "Appels d'offres pour les JO de Paris 2024 : un tremplin pour les petites entreprises (ONISEP, documentation)")
    P("Alors que 25% du montant des contrats doivent leur être réservés selon la charte mise en place par l’aménageur Solideo, les objectifs ne sont pas encore atteints.",
      [PME, ESS], objs=[Q(25, subject="montant des contrats des ouvrages olympiques réservé aux petites entreprises et à l'ESS")],
      notes="Objectif de la charte Solideo (« leur » : TPE-PME et ESS, nommées dans le titre) ; « pas encore atteints » confirme que c'est une cible.")
    P("Alors que la charte encadrant le chantier des Jeux olympiques de Paris en 2024 prévoit que 25 % du montant des contrats doivent être confiés à des TPE-PME et des entreprises de l’économie sociale et solidaire (ESS), la société de livraison des ouvrages olympiques (Solideo), qui gère les 62 équipements à fournir d’ici à fin 2023, reconnaît être en retard sur ses objectifs.",
      [PME, ESS], objs=[Q(25, subject="montant des contrats confiés à des TPE-PME et à l'ESS")],
      non=["2024", "62", "fin 2023"], notes="2024 date l'événement et fin 2023 la livraison des équipements, pas la cible de 25 % : pas d'horizon.", ambiguous=True)

    S("http://www.justice.gouv.fr/grands-dossiers/travail-detention", "Le travail en détention (ministère de la Justice)")
    P("Le travail en détention permet à la personne détenue d’exercer une activité professionnelle rémunérée pendant son incarcération. Il favorise la réinsertion et présente aussi des avantages pour l’entreprise. L’objectif du ministère de la Justice est que 50% au moins des personnes détenues puissent exercer une activité professionnelle rémunérée.",
      [CS], objs=[Q(50, comparator=">=", subject="personnes détenues exerçant une activité professionnelle rémunérée")],
      notes="Objectif ministériel (« 50% au moins ») ; pas d'année. Réinsertion par le travail : thème insertion.", ambiguous=True)

    S("https://www.insertion-professionnelle-justice.fr/travail", "Le travail pénitentiaire (ATIGIP, ministère de la Justice)")
    P("Chaque mois, plus de 20 000 personnes détenues travaillent dont plus de la moitié au service général et les autres au sein des ateliers.",
      [CS], non=["20 000", "plus de la moitié"], notes="Constat (piège) ; « plus de la moitié » décrit une répartition observée.")

    S("https://campus-sante-rouen.fr/du-plan-de-sobriete-a-lengagement-societal/", "Du plan de sobriété à l'engagement sociétal ! (Campus santé Rouen : CHU de Rouen, Centre Henri Becquerel, université de Rouen Normandie)")
    P("Les enjeux environnementaux sont de fait particulièrement stratégiques pour les acteurs de la santé : avec plus de 17 millions de m² construits, le patrimoine des hôpitaux est plus important que celui de l’État – universités comprises. Les consommations énergétiques représentent 11 %[1] de l’ensemble des consommations du secteur tertiaire en France.",
      [NRJ, ENV], non=["17 millions de m²", "11 %", "[1]"], notes="Statistiques de patrimoine et de consommation (piège).")
    P("Une étude de 2020 de la prestigieuse revue Lancet estimait d’ailleurs que les hôpitaux sont responsables de 5%[2] des émissions mondiales de gaz à effet de serre.",
      [ENV], non=["2020", "5%", "[2]"], notes="Estimation d'une étude (piège).")

    S("https://revue-hospitaliere.fr/article/politique-du-reemploi-comment-offrir-une-seconde-vie-au-mobilier-et-au-materiel-hospitalier", "Politique du réemploi : comment offrir une seconde vie au mobilier et au matériel hospitalier ? (Revue hospitalière de France, FHF)")
    P("Engagé depuis la fin des années 1990 sur les filières de tri des déchets suite à l’arrêt de l’incinérateur, le centre hospitalier d’Angoulême porte une politique ambitieuse en faveur du réemploi avec des acteurs locaux.",
      [CIRC], non=["1990"], notes="Date d'engagement (piège) ; politique en cours, pas de cible.")
    P("Cette politique a vu le jour en 2011 et n’a cessé de se renforcer depuis, avec en 2021 une formalisation plus précise des filières et des partenaires.",
      [CIRC, GOV], non=["2011", "2021"], notes="Historique daté (piège).")

    S("https://www.eclaira.org/initiative/h/hospices-civils-de-lyon-une-demarche-chaine-de-valeur-et-une-politique-d-achats-responsables.html", "Hospices civils de Lyon : une démarche « chaîne de valeur » et une politique d'achats responsables (Eclaira, réseau régional de l'économie circulaire)")
    P("Différentes actions sont mises en œuvre et contribuent à rendre les achats et pratiques des quatorze établissements hospitaliers composant les HCL plus durables et responsables.",
      [GOV], non=["quatorze"], notes="Compte d'établissements (piège) ; actions déjà mises en œuvre.")

    S("https://uga-universite-avenirs.fr/?p=3813", "Transition écologique (liste « Université Avenirs », projet pour l'université Grenoble Alpes 2024-2027)")
    P("Elle est notamment l’une des premières universités en France à avoir adopté en 2021 un Schéma directeur Responsabilité sociétale et environnementale (RSE), qui oriente l’ensemble des services, des composantes et des laboratoires en matière de transition écologique d’ici la fin de la décennie.",
      [GOV, ENV], non=["2021"], notes="Adoption passée d'un schéma directeur (piège) ; « d'ici la fin de la décennie » sans cible chiffrée.")
    P("L’UGA s’est engagée à réduire les émissions de gaz à effet de serre (GES) d’au moins 35% d’ici 2030 par rapport à 2019. Tous les leviers sont en train d’être activés pour y parvenir notamment transition énergétique, rénovation des bâtiments, politique achats, politique mobilité, bilan d’émissions de GES à l’échelle de l’établissement et des structures.",
      [ENV], objs=[Q(35, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2019, comparator=">=", subject="émissions de gaz à effet de serre de l'université")],
      notes="« réduire … d'au moins 35% d'ici 2030 par rapport à 2019 ».")

    S("https://lupa-association.fr/2019/11/20/sorbonne-universite-adopte-sa-charte-et-bientot-un-plan-daction-pour-sa-transformation-ecologique/", "Sorbonne Université adopte sa charte et bientôt un plan d'action pour sa transformation écologique (LUPA, association étudiante)")
    P("Le Conseil d’administration (CA) vient de s’exprimer en faveur de la transformation écologique de notre Université via l’adoption de sa première “charte en faveur d’une université écologiquement et socialement responsable” , le 1er octobre 2019.",
      [GOV, ENV], non=["1er octobre 2019"], notes="Date d'adoption d'une charte (piège).")
    P("Une fois la motion votée, le président créa le “groupe de travail développement durable”(GTDD), afin d’élaborer ces trois documents (charte, bilan, plan d’action) avant juin 2019. Ce groupe de travail fut piloté par la vice-présidence de l’université, accompagnée par les services de la logistique et du patrimoine, les élu·e·s étudiant·e·s et notre association. Nous nous sommes réunis à neuf reprises entre janvier et juin 2019.",
      [GOV], non=["trois", "juin 2019", "neuf", "janvier"], notes="Échéance passée d'élaboration et compte de réunions (piège).")

    S("https://www.insa-lyon.fr/fr/actualites/il-est-necessaire-d-inciter-mobilites-universitaires-bas-carbone", "« Il est nécessaire d'inciter les mobilités universitaires bas-carbone » (INSA Lyon)")
    P("Sur l’année 2019, près d’un quart du bilan carbone de l’établissement était dû aux « déplacements aériens étudiants », soit 2076 tonnes CO2eq émises.",
      [ENV], non=["2019", "près d’un quart", "2076 tonnes CO2eq"], notes="Constat de bilan carbone (piège) ; « un quart » est une part observée.")

    S("https://essec.edu/fr/actualites/lessec-sengage-reduire-de-25-son-empreinte-carbone-liee-aux-mobilites-de-ses-etudiants-dici-2025", "L'ESSEC s'engage à réduire de 25 % son empreinte carbone liée aux mobilités de ses étudiants d'ici 2025 (ESSEC)")
    P("L'École vise à diminuer les émissions de CO2 des déplacements de ses étudiants de 25% d’ici 2025.",
      [ENV], objs=[Q(25, direction="decrease", kind="relative_change", horizon=2025, subject="émissions de CO2 des déplacements des étudiants")],
      notes="« diminuer … de 25% d'ici 2025 ».")
    P("Aujourd’hui, les déplacements des étudiants pour leurs stages ou échanges internationaux correspondent à 64% de l’empreinte carbone globale de l’école. Dans une volonté de promouvoir des expériences riches à l’international tout en réduisant l’empreinte sur l’environnement de ces déplacements de 25% en 3 ans, l’ESSEC s’est engagée à trois niveaux :",
      [ENV], objs=[Q(25, direction="decrease", kind="relative_change", subject="empreinte environnementale des déplacements des étudiants")],
      non=["64%", "3 ans", "trois"], notes="64 % : part constatée (« aujourd'hui ») ; baisse de 25 % « en 3 ans » : pas d'année écrite.")

    S("https://corot-mission.cnes.fr/fr/developpement-durable-le-cnes-sengage-sur-un-projet-ambitieux", "Développement durable : le CNES s'engage sur un projet ambitieux (CNES)")
    P("Il a traduit dans l’univers du CNES les 17 objectifs de développement durable de l’agenda 2030 de l’ONU et les 6 engagements de la feuille de route française qui en découlent.",
      [GOV], non=["17", "2030", "6"], notes="Comptes d'objectifs et d'engagements ; 2030 est dans le nom de l'agenda (piège).")
    P("5 axes prioritaires, 57 actions ciblées",
      [GOV], non=["5", "57"], notes="Intertitre : comptes d'axes et d'actions (piège).")

    S("https://www.gcs-achats-du-centre.fr/", "Le GCS c'est ... (GCS Achats du Centre, groupement de coopération sanitaire)")
    P("Le GCS Achats du Centre regroupe 172 membres et représente un périmètre achats de 338 millions d’euros pour 1 742 marchés couverts (2023). Il participe aux gains de performance achats des établissements de la région à hauteur de 8,512 millions d’euros (2022).",
      [], non=["172", "338 millions d’euros", "1 742", "2023", "8,512 millions d’euros", "2022"], notes="Comptes, volume d'achats et gains constatés (piège) ; passage général sans thème.")
    P("Il est donc logique que les objectifs définis dans la feuille de route 2023 – 2027 coïncident très largement avec cette actualité.\n\nEn effet il y a 5 grands objectifs pour le GCS Achats du Centre :",
      [GOV], non=["2023 – 2027", "5"], notes="Période de la feuille de route et compte d'objectifs (piège).")
    P("Objectif n°1 : Intégrer la démarche de développement durable au quotidien",
      [GOV, ENV], objective=True, non=["n°1"], notes="Intitulé d'objectif qualitatif ; « n°1 » est une numérotation.", ambiguous=True)

    S("https://unionhabitat-hautsdefrance.org/?p=16545", "Matinales de l'achat public (Union régionale pour l'habitat des Hauts-de-France)")
    P("Les achats des collectivités, établissements publics et bailleurs sociaux représentent un potentiel de chiffre d’affaires important. Afin de donner de la lisibilité à la commande publique sur les territoires, la Région, la CCI et la Chambre des Métiers et de l’Artisanat organisent chaque année cinq rencontres territoriales autour de l’achat public à destination des entreprises et des donneurs d’ordre.",
      [PME], non=["cinq"], notes="Action récurrente décrite (compte de rencontres, piège) ; accès des entreprises du territoire à la commande publique.", ambiguous=True)
