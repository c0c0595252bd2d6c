"""Thirty-eighth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh38.jsonl).

Collected in issue 15's thirty-ninth pass, blind to what the extractor gets wrong (no error listing, first score or
error table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages
of French public operators and establishments only: ports (Port Atlantique La Rochelle, the port of Marseille Fos,
HAROPA PORT's strategic-project site), a public water utility and a water syndicate (Eau de Paris, SEDIF), the
national rail group and its network manager (groupe SNCF, SNCF Réseau, SNCF), a public cultural establishment (the
château de Versailles), an engineering grande école (ISAE-SUPAERO) and the sustainable-development sites of four
rectorats (académies de Toulouse, Dijon, Rennes and Nice); about operating and purchasing targets and traps:
results of the past, statistics, budgets, counts, dates, label levels and projections. No commune, EPCI,
département or région page, no press, no company outside the public rail group. Pages of sites that neither the
shared dev set, nor any training passage (``corpora/real``, the collected set, the theme model's training file),
nor an earlier fresh set or theme set uses (the build checks the first ones; the hosts of the theme sets, and those
of fresh37 and theme set 11 being collected at the same time, were checked by hand).
Labelled with the conventions of the shared real dev set; never run through the extractor here (the lead scores it).
Every passage is copied from the opening of a public web page as the project's search tool stored it, cited by its
URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import CIRC, ENV, GOV, NRJ

SANTE = "sante"
CT = "conditions_de_travail"
BIO = "biodiversite"
EGAL = "egalite_femmes_hommes"


def load(S, P, Q) -> None:

    S("https://larochelle.port.fr/nous-connaitre/developpement-durable/l-ancrage-territorial", "L'ancrage territorial (Port Atlantique La Rochelle)")
    P("Cette vulnérabilité, nous l’abordons en faisant d’une contrainte une force, en relevant tous ensemble ce défi ambitieux :\n- réduire de 30% nos émissions carbone d’ici 2030 ;\n- devenir le 1er territoire urbain du littoral français à afficher un bilan zéro carbone en 2040.",
      [ENV], objs=[Q(30, direction="decrease", kind="relative_change", horizon=2030, subject="émissions carbone du territoire")],
      non=["1er", "2040"],
      notes="Cible du consortium La Rochelle Territoire Zéro Carbone, dont le port est membre ; « bilan zéro carbone en 2040 » est un objectif sans valeur chiffrée (neutralité), laissé sans objectif chiffré ; « 1er » est un rang.", ambiguous=True)
    P("Chiffré à 82 M€, le plan d'actions \"La Rochelle Territoire Zéro Carbone\" bénéficie d'un soutien financier de 25 M€ octroyé à des structures publiques et privées par la Banque des Territoires.",
      [ENV], non=["82 M€", "25 M€"], notes="Budget et financement (piège).")
    P("5 partenaires principaux animent la constitution et la mise en œuvre du projet :\n- la Ville de La Rochelle, 1 000 ans d’histoire maritime ;\n- la Communauté d’Agglomération de La Rochelle, 28 communes dont 9 situées en bord de mer, 170 000 habitants ;",
      [GOV], non=["5", "1 000 ans", "28", "9", "170 000"], notes="Comptes de partenaires, de communes et d'habitants (piège).")

    S("https://larochelle.port.fr/nos-engagements/actualites/934-des-quais-bientot-electrifies.html", "Des quais bientôt électrifiés (Port Atlantique La Rochelle)")
    P("L'électrification de certains quais pour les navires en escale de moins de 120 mètres va se déployer au cours du second semestre.",
      [ENV, NRJ], objective=True, non=["120 mètres"],
      notes="Projet annoncé sans cible chiffrée (objectif qualitatif) ; 120 mètres est un seuil de longueur des navires.")

    S("https://sedif.com/lesedifadoptesonplanclimateauenergie2030avecdesobjectifsrenforces", "Le SEDIF adopte son Plan Climat Eau Énergie 2030 avec des objectifs renforcés (Syndicat des eaux d'Île-de-France)")
    P("Réunis en comité à la Maison de la Chimie (Paris VIIème), les élus du SEDIF ont adopté ce jeudi 19 décembre 2024 le Plan Climat Eau Énergie 2030 du Syndicat.",
      [ENV, NRJ, GOV], non=["VIIème", "19 décembre 2024", "2030"], notes="Date d'adoption et année dans le nom du plan (piège).")
    P("Ce Plan constitue la feuille de route stratégique du Service public de l’eau à l’horizon 2030, afin d’amplifier ses actions en faveur de la transition écologique et de la préservation de la biodiversité, mais aussi d’adapter son activité aux conséquences du changement climatique.",
      [ENV, BIO], objective=True, non=["2030"], notes="Orientation sans valeur chiffrée (objectif qualitatif) ; 2030 est l'horizon du plan.")
    P("Le délégataire, dans son nouveau contrat, s’engage ainsi à réduire sa consommation totale d’énergie de 7 %, sur la durée du contrat et à périmètre constant.",
      [NRJ], objs=[Q(7, direction="decrease", kind="relative_change", subject="consommation totale d'énergie du délégataire")],
      notes="Engagement contractuel du délégataire (clause du contrat) ; pas d'année écrite (« sur la durée du contrat »).")
    P("Par ailleurs, le SEDIF s’engage à développer autant que possible l’énergie photovoltaïque et la récupération de chaleur sur ses sites, avec notamment un objectif de 3 MWc de puissance photovoltaïque installée d’ici 2030",
      [NRJ], objs=[Q(3, unit="MWc", kind="absolute", horizon=2030, subject="puissance photovoltaïque installée sur les sites")],
      notes="Tranche d'une phrase plus longue (la suite est coupée dans la page stockée).")

    S("https://sedif.com/programmme-phyt-eaux-cites.aspx", "Le SEDIF engagé dans la transition écologique (Syndicat des eaux d'Île-de-France)")
    P("Plan climat Eau Energie, préservation de la ressource en eau, actions de biodiversité et plan d'actions Terre & Eau 2025, le Syndicat répond à la situation d’urgence écologique pour la préservation de la planète, au plus proche de ses usagers et des acteurs locaux du territoire.",
      [ENV, BIO], non=["2025"], notes="Année dans le nom d'un plan (piège).")
    P("Adopté en octobre 2017, le plan climat Eau Energie formalise l’ambition du SEDIF en faveur de l’adaptation de son métier et de ses process au changement climatique, et au profit de la préservation de la biodiversité.",
      [ENV, BIO], non=["octobre 2017"], notes="Date d'adoption (piège).")

    S("http://www.eaudeparis.fr/ac/lentreprise-publique/engagements/", "Engagements (Eau de Paris)")
    P("elle promeut l'égalité et la diversité selon les 20 critères de la loi (origine, sexe, situation de famille, grossesse, handicap, état de santé, etc.).",
      [EGAL], non=["20"], notes="Compte des critères de discrimination de la loi (piège) ; politique interne déjà en place.")

    S("http://eaudeparis.fr/index.php?id=244", "Eau de Paris s'engage pour le climat (Eau de Paris)")
    P("L’eau du robinet à Paris coûte seulement 0,003 cts d’euros le litre (prix 2015). Elle est 200 fois moins chère que l’eau en bouteille. (1)",
      [], non=["0,003 cts d’euros", "2015", "200 fois", "(1)"], notes="Prix et comparaison (piège) ; passage général sans thème d'achat.")
    P("L’Ademe (Agence de l’environnement et de la maitrise de l’énergie) déclare dans son rapport 2009 sur les déchets d’emballage ménagers (2) que le secteur de l’eau en bouteille nature et aromatisée, plate et pétillante produit en France 198 000 tonnes de déchets d’emballage par an.",
      [CIRC], non=["2009", "(2)", "198 000 tonnes"], notes="Statistique de déchets (piège) ; « par an » décrit un volume, pas une cible.")

    S("https://projetstrategique.haropaport.com/fr/une-construction-collective", "Une construction collective (projet stratégique de HAROPA PORT)")
    P("Dans le cadre de l’élaboration du document, HAROPA PORT met en œuvre une démarche volontaire de concertation préalable du public du 3 novembre au 15 décembre 2025, en plus des consultations réglementaires.",
      [GOV], non=["3 novembre", "15 décembre 2025"], notes="Dates d'une concertation (piège).")
    P("Conformément au Code des transports, le projet stratégique 2026-2030 s’élabore dans une démarche de co-construction : les réflexions et les expertises de tous les acteurs du système portuaire de HAROPA PORT ont été prises en compte.",
      [GOV], non=["2026-2030"], notes="Période du projet stratégique (piège).")
    P("Sur la base des travaux réalisés par les équipes de HAROPA PORT, les contributions des 3 conseils de développement territoriaux (CDT) et celles du conseil d’orientation ont fait émerger 13 ambitions regroupées dans 5 enjeux, qui ont permis d'établir une première version du projet stratégique.",
      [GOV], non=["3", "13", "5"], notes="Comptes de conseils, d'ambitions et d'enjeux (piège).")

    S("https://www.groupe-sncf.com/fr/engagements/strategie-rse", "Une stratégie RSE guidée par deux boussoles (groupe SNCF)")
    P("Notre Groupe s’engage pour augmenter son impact positif sur la société et dans les territoires, et réduire l'empreinte environnementale de ses activités. La RSE est aussi au service des salariés, à travers la signature d’un Pacte d’engagement pour une mobilité solidaire et durable par les 7 sociétés anonymes et le GIE Optim’Services.",
      [ENV, CT, GOV], objective=True, non=["7"], notes="Engagement général sans valeur (objectif qualitatif) ; « 7 sociétés anonymes » est un compte de signataires.", ambiguous=True)
    P("Responsable de plus d’un tiers des émissions de gaz à effet de serre, le secteur des transports est le plus polluant en France.",
      [ENV], non=["un tiers"], notes="Statistique (piège) ; « plus d'un tiers » n'est pas une cible.")
    P("La ressource en eau, nécessaire au fonctionnement du ferroviaire, fait d’ailleurs l’objet d’une vigilance particulière et d’un engagement précis : réduire de -25%",
      [ENV], objs=[Q(25, direction="decrease", kind="relative_change", subject="consommation d'eau du groupe")],
      notes="Tranche d'une phrase coupée dans la page stockée (« réduire de -25% la consommat… ») : la valeur est un engagement de baisse ; le sujet (consommation d'eau) vient de la suite coupée.", ambiguous=True)

    S("https://www.groupe-sncf.com/fr/groupe/fournisseurs/decarbonation-achats", "Décarboner nos achats pour réussir la transition écologique (groupe SNCF)")
    P("Les achats représentent encore les trois quarts de nos émissions de CO2. Le directeur de la décarbonation et de la stratégie circulaire des Achats, Yann Mazloum, présente notre pour introduire, d’ici deux ans, des critères de notation liés aux émissions de carbone de nos fournisseurs dans tous nos appels d’offres.",
      [ENV, GOV], objs=[Q(100, subject="appels d'offres comportant des critères de notation carbone", themes=(ENV,))],
      non=["les trois quarts", "deux ans"],
      notes="« tous nos appels d'offres » normalisé à 100 % ; « d'ici deux ans » n'écrit pas d'année (pas d'horizon) ; « les trois quarts » est un constat. Le texte stocké a un mot manquant (« présente notre pour »), gardé tel quel.")
    P("Parmi nos partenaires figurent quelque 20 000 fournisseurs auprès desquels la SNCF a acheté, en 2023, plus de 14 Mds€ de travaux, de fournitures (notamment industrielles) ainsi que des prestations de services et intellectuelles.",
      [], non=["20 000", "2023", "14 Mds€"], notes="Volume d'achats et nombre de fournisseurs (piège) ; passage général sans thème.")
    P("Encore\n\n75%\n\nde nos émissions de gaz à effet de serre proviennent de nos achats",
      [ENV], non=["75%"], notes="Part des émissions (constat, piège).")
    P("Elle vise à introduire des critères de notation, accessibles, équitables et transparents, liés au carbone dans tous nos appels d’offres. Cette notation repose notamment sur le prix interne du carbone, fixé actuellement au minimum à 100€ par tonne de CO2e.",
      [ENV], objs=[Q(100, subject="appels d'offres comportant des critères de notation liés au carbone")],
      non=["100€"],
      notes="« tous nos appels d'offres » normalisé à 100 % ; le prix interne du carbone (100 € la tonne, « au minimum ») est un paramètre déjà fixé, pas une cible.", ambiguous=True)

    S("https://www.sncf-reseau.com/fr/engagements/agir-territoires-et-environnement", "Agir pour les territoires et l'environnement (SNCF Réseau)")
    P("En France, le secteur des transports est responsable de 31 % des émissions de gaz à effet de serre (GES). Le ferroviaire n’y participe qu’à hauteur de 0,3 % alors qu’il transporte 11 % des personnes et 9 % des marchandises au niveau national (source CITEPA 2020).",
      [ENV], non=["31 %", "0,3 %", "11 %", "9 %", "2020"], notes="Statistiques (piège).")
    P("Dans le cadre de sa stratégie d’entreprise pour 2030, le groupe SNCF a fait de la transition énergétique et de la lutte contre le changement climatique un enjeu majeur, traduit dans les politiques et actions conduites par SNCF Réseau sur son périmètre, avec deux engagements :\n- Réduire de 27% ses émissions de carbone directes grâce à son programme sur la transition énergétique",
      [ENV, NRJ], objs=[Q(27, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de carbone directes de SNCF Réseau")],
      non=["deux"],
      notes="« stratégie d'entreprise pour 2030 » lu comme l'horizon des engagements (comme « pour 2012 ») ; on pourrait n'y voir que la période de la stratégie. « deux engagements » est un compte.", ambiguous=True)
    P("- Réduire de 25% ses émissions de carbone indirecte grâce à la poursuite de son programme pour l’économie circulaire.",
      [ENV, CIRC], objs=[Q(25, direction="decrease", kind="relative_change", subject="émissions de carbone indirectes de SNCF Réseau")],
      notes="Second engagement de la liste ; l'horizon 2030 est écrit dans l'item précédent, hors du passage : pas d'horizon.")
    P("SNCF Réseau gère 28 000 km de lignes de circulation pour les trains de voyageurs et marchandises. Les activités de maintenance et de développement de l’infrastructure ferroviaire entraînent une forte consommation de ressources naturelles et génèrent d’importants volumes de produits déposés : plus de 2,6 millions de tonnes de matières (rails, ballast, traverses en bois et en béton…) sont retirées chaque année",
      [CIRC], non=["28 000 km", "2,6 millions de tonnes"], notes="Volumes annuels (piège) ; « chaque année » décrit un flux, pas une cible.")

    S("https://www.sncf.com/fr/engagements/developpement-durable/engagement-grand-groupe-pour-la-planete", "Un grand groupe engagé pour la planète (SNCF)")
    P("Éco-conduite : en optimisant le freinage et le système d’arrêt/redémarrage automatique du moteur, ce système d’aide à la conduite à bord des TGV INOUI permet de réduire la consommation jusqu’à 12%.",
      [NRJ], non=["12%"], notes="Performance d'un dispositif (« permet de réduire … jusqu'à ») et non cible (piège).")
    P("Votre voyage en train émet en moyenne 30 fois moins de gaz à effet de serre que si vous étiez seul dans votre voiture. Quant au fret ferroviaire, il est 9 fois moins polluant que la route.",
      [ENV], non=["30 fois", "9 fois"], notes="Comparaisons (piège).")
    P("Si le secteur des transports consomme 30% de l’énergie du pays, le ferroviaire n’en consomme que 1 à 2%, ce qui en fait un mode de transport plutôt frugal alors qu’il représente près de 10% du transport (voyageurs comme marchandises).",
      [NRJ], non=["30%", "1 à 2%", "10%"], notes="Statistiques (piège).")

    S("https://www.chateauversailles.fr/chateau-versailles-acteur-developpement-durable", "Le château de Versailles, acteur du développement durable (château de Versailles)")
    P("Premier établissement public culturel à produire un bilan carbone dans les années 2000, le château de Versailles s’inscrit depuis plusieurs années dans une démarche écoresponsable.",
      [ENV, GOV], non=["Premier", "2000"], notes="Rang et date passée (piège).")
    P("Cela s’incarne dans des actions concrètes pour diminuer les consommations, d’énergie notamment, améliorer la gestion des déchets, réutiliser là où c’est possible les matériaux, récupérer les eaux de pluie ou favoriser la biodiversité dans les 900 hectares des jardins et de parc dont l’EPV assure la gestion.",
      [NRJ, CIRC, BIO, ENV], objective=True, non=["900 hectares"],
      notes="Actions décrites sans cible chiffrée (objectif qualitatif, mais au présent : un annotateur pourrait y voir une description) ; 900 hectares est une surface gérée.", ambiguous=True)
    P("Chaque année, le château de Versailles publie son rapport d’activité, et depuis 2020, il consolide un bilan annuel pour des services publics écoresponsables dans lequel sont détaillées les mesures prises pour chacun des 20 engagements de l'État en la matière ainsi que des illustrations pour certains de ces points.",
      [GOV, ENV], non=["2020", "20"], notes="Date et compte d'engagements (piège) ; pratique déjà en place.")

    S("https://www.marseille-port.fr/port-vert", "Port responsable (port de Marseille Fos)")
    P("Le report modal, l’électrification des quais pour le branchement des navires, la gestion de près de 3000 hectares d’espaces naturels, l’impact de nos activités sur l’environnement ou la qualité de l’air sont au cœur de nos préoccupations quotidiennes pour préserver la santé de tous.",
      [ENV, BIO, SANTE], non=["3000 hectares"], notes="Surface gérée (piège).")
    P("La devise du projet stratégique 2020-2024 en est l’illustration : « Un port vert au service de l’économie bleue » ou comment concilier excellence environnementale, compétitivité et attractivité économique.",
      [ENV], non=["2020-2024"], notes="Période du projet stratégique (piège).")

    S("http://www.ac-toulouse.fr/cid83740/deja-13-etablissements-scolaires-de-l-academie-labellises-e3-d.html", "Déjà 13 établissements scolaires de l'académie labellisés E3D (académie de Toulouse)")
    P("Le 5 novembre, la mission académique EDD de Toulouse remettait le label E3D Démarche globale de Développement Durable à treize établissements scolaires de l'académie.",
      [GOV], non=["5 novembre", "E3D", "treize"], notes="Date et compte d'établissements labellisés (piège).")
    P("Les labellisations sont alors décernées selon trois niveaux : niveau 1, engagement de la démarche, niveau 2, approfondissement, niveau 3, déploiement.",
      [GOV], non=["trois", "1", "2", "3"], notes="Niveaux d'un label (piège).")

    S("https://developpementdurable.wp.ac-dijon.fr/candidater", "Comment candidater pour l'obtention du label E3D ? (académie de Dijon)")
    P("La charte académique permettant l’attribution du label E3D (école/établissement en démarche globale de développement durable) est adossée au référentiel national de labellisation E3D publié au B.O n°31 du 29 août 2013.",
      [GOV], non=["E3D", "n°31", "29 août 2013"], notes="Référence et date de publication (piège).")
    P("Cette charte académique est unique pour les premier et second degrés. Elle s’appuie sur les 17 objectifs de développement durable de l’ONU, autour desquels notre institution renforce son engagement dans le cadre de l’Agenda 2030,",
      [GOV], non=["17", "2030"], notes="Compte des ODD et nom de l'Agenda 2030 (piège).")

    S("https://edd.ac-rennes.fr/spip.php?rubrique239", "Établissements labellisés (EDD, académie de Rennes)")
    P("Suite à la campagne de labellisation 2022, Vous étiez 198 écoles labellisées E3D sur l’ensemble de la région académique Bretagne : Niveau 1 : 116 écoles Niveau 2 : 59 écoles Niveau 3 : 23 écoles",
      [GOV], non=["2022", "198", "E3D", "1", "116", "2", "59", "3", "23"], notes="Résultats d'une campagne de labellisation (piège).")

    S("https://www.pedagogie.ac-nice.fr/edd/index.php/campagne-de-labellisation-des-etablissements", "Campagne de labellisation des établissements (EDD, académie de Nice)")
    P("Campagne de labellisation E3D – 2023-2024 : du 09/10/2023 au 08/04/2024",
      [GOV], non=["E3D", "2023-2024", "09/10/2023", "08/04/2024"], notes="Titre avec dates (piège).")

    S("https://www.isae-supaero.fr/fr/horizons-186/vivre-un-campus-bas-carbone/vers-une-strategie-bas-carbone/", "Vers une stratégie bas carbone (ISAE-SUPAERO)")
    P("L’augmentation de la concentration en gaz à effet de serre (GES) et notamment celle du CO2 dans l’atmosphère a déjà conduit à un réchauffement global de plus de 1,1°C par rapport à l’ère préindustrielle et pourrait atteindre +6 à +7°C d’ici la fin du siècle",
      [ENV], non=["CO2", "1,1°C", "+6 à +7°C"], notes="Constat et projection (piège).")
    P("Dans ce cadre, l’Etat français s’est doté d’une stratégie (SNBC) et s’est engagé à réduire de 55% ses émissions de GES en 2030 par rapport à celle de 1990 et souhaite atteindre la neutralité carbone dès 2050.",
      [ENV], objs=[Q(55, direction="decrease", kind="relative_change", horizon=2030, baseline_year=1990, subject="émissions de gaz à effet de serre de la France")],
      non=["2050"],
      notes="Objectif national rappelé par l'école ; la neutralité carbone en 2050 n'a pas de valeur chiffrée (laissée sans objectif chiffré).", ambiguous=True)
    P("Ces deux accords signifient que nous devons réduire nos émissions de GES de 5 à 10% par an (en fonction des scénarios et hypothèses) à compter de maintenant.",
      [ENV], objs=[Q(5, direction="decrease", kind="growth_rate", per_year=True, value_max=10, subject="émissions de gaz à effet de serre")],
      non=["deux"],
      notes="Trajectoire annuelle nécessaire, présentée comme un devoir (« nous devons ») : lue comme objectif, plage 5 à 10 % par an.", ambiguous=True)
