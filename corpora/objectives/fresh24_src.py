"""Twenty-fourth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh24.jsonl).

Collected in issue 15's twenty-fifth pass, blind to what the extractor gets wrong (no error listing, first score or
error table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages
of the State, national public bodies and their networks only: ministries and the Présidence (Intérieur, Affaires
étrangères, Enseignement supérieur), a préfecture, rectorats and académies (Poitiers, Reims, Lille, Besançon, Rennes),
State operators and public establishments (Cnous and Crous, AEFE, OFB, Ined, CNRS-Inist, Caisse des Dépôts, ATIGIP,
Opéra national de Paris), universities and schools (Sorbonne, Lille, Aix-Marseille, Genève, Grenoble INP, Centrale
Nantes, ENS, ENSA Strasbourg, Icam), hospitals (EPSM), a chamber of trades and a chamber of agriculture, and
networks and associations of the field (CGE, France Universités, ESS France, Campus responsables, RESES, CAHPP, CGOS,
CUBE ÉTAT, a CESE group); about purchasing and operating targets (sobriété énergétique, carbon trajectories, training
targets, EGalim catering, paper, fleet, prison-made furniture) and traps: results of the past, statistics and
surveys, budgets, counts, dates, thresholds and estimates. No local authority's page, no press, no company. Pages of
sites that neither the shared dev set, nor any training passage (``corpora/real``, the collected set), nor an earlier
fresh set or theme set uses (the build checks the first three; the theme sets' hosts were checked by hand). Labelled
with the conventions of the shared real dev set; never run through the extractor here (the lead scores it). Every
passage is copied from the opening of a public web page as the project's search tool stored it, cited by its URL,
70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, GOV, HAND, NRJ, PME

SANTE = "sante"
INNO = "achats_innovants"
NUM = "numerique_responsable"
CT = "conditions_de_travail"
BIO = "biodiversite"
EGAL = "egalite_femmes_hommes"
CE = "commerce_equitable"


def load(S, P, Q) -> None:

    S("https://www.crous-nantes.fr/espace-presse/restauration-saine-et-durable-le-crous-de-nantes-pays-de-la-loire-sengage-avec-mon-restau-responsable", "Restauration saine et durable : le Crous de Nantes Pays de la Loire s'engage avec Mon Restau Responsable® (Crous de Nantes)")
    P("Avec plus de 3,8 milliards de repas servis par an, la restauration collective joue un rôle essentiel pour permettre au plus grand nombre d’accéder à une alimentation plus saine et durable.",
      [ALIM], non=["3,8 milliards"], notes="Volume annuel de repas (statistique, piège) ; « par an » ne fait pas une cible.")
    P("Ce mercredi 4 juin 2025, le Crous de Nantes Pays de la Loire a pris un engagement pour les deux années à venir : améliorer la qualité des repas préparés et servis dans l’ensemble des restaurants universitaires de la région, avec pour objectif de proposer une cuisine encore plus savoureuse et respectueuse de l’environnement.",
      [ALIM], objective=True, non=["4 juin 2025", "deux années"], notes="Engagement qualitatif sur deux ans (améliorer la qualité des repas) ; « l'ensemble des restaurants » décrit le périmètre, pas une part visée.", ambiguous=True)

    S("https://www.ac-poitiers.fr/sobriete-energetique-ce-que-fait-l-etat-124387", "Sobriété énergétique : ce que fait l'État (Académie de Poitiers)")
    P("Le gouvernement a ainsi fixé un objectif à court terme de réduction de 10% des consommations globales d’énergie d'ici à 2 ans par rapport à 2019, carburant compris.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", baseline_year=2019, subject="consommations globales d'énergie")],
      notes="« réduction de 10% … par rapport à 2019 » : baisse relative, année de référence écrite ; « d'ici à 2 ans » n'écrit pas l'année (horizon nul).")
    P("Les consommations énergétiques de l’État sont estimées à 20 TWh en intégrant les opérateurs et établissements publics. C’est donc environ 2TWh d’énergie qui devront être économisées d'ici à 2024, ce qui permettra également de réduire de 500 000 tonnes de CO2 par an les émissions annuelles de gaz à effet de serre.",
      [NRJ, ENV], objs=[Q(2, unit="TWh", direction="decrease", kind="absolute", horizon=2024, subject="énergie à économiser par l'État"),
                        Q(500000, unit="tCO2", direction="decrease", kind="absolute", per_year=True, subject="émissions annuelles de gaz à effet de serre de l'État", themes=(ENV,))],
      non=["20 TWh"], notes="20 TWh : consommation estimée (état des lieux). « devront être économisées d'ici à 2024 » : cible absolue ; la baisse de 500 000 t de CO2 par an en est la conséquence attendue, comptée comme cible annuelle (discutable).", ambiguous=True)

    S("https://grand-est.lemondedesartisans.fr/actualites/la-cma-prodigue-pres-de-200-conseils-par-pour-la-commande-publique", "« La CMA prodigue près de 200 conseils par an pour la commande publique » (Le Monde des Artisans, CMA Alsace)")
    P("Environ 60 % des marchés publics sont remportés par des TPE/PME. Mais pour ces entreprises, concilier activité et constitution d’un dossier de candidature s’avère parfois compliqué.",
      [PME], non=["60 %"], notes="Part constatée (statistique, piège).")
    P("Pour les métiers d’art par exemple, l’État a mis en place le “1 % artistique”, une mesure qui consiste à réserver dans la commande publique une somme permettant la réalisation d’une ou plusieurs oeuvres d’art spécialement conçues pour le lieu.",
      [PME], non=["1 %"], notes="Nom d'un dispositif (« 1 % artistique ») cité comme exemple, pas une cible d'achat posée par le passage ; on pourrait y voir une obligation légale de part d'achats.", ambiguous=True)

    S("https://www.fsu-cese.fr/la-commande-publique-responsable/", "La commande publique responsable (groupe FSU au CESE)")
    P("Elle concerne en effet 200 milliards d’Euros, soit 10% du PIB et 132000 acheteurs. Un levier insuffisamment exploité.",
      [], non=["200 milliards d’Euros", "10%", "132000"], notes="Volume de la commande publique et nombre d'acheteurs (statistiques générales, piège) ; aucun thème.")

    S("https://www.ined.fr/fr/node/156", "Responsabilité sociétale et environnementale (Ined)")
    P("En janvier 2024, l’Ined signait la déclaration des organismes de recherche publics, s’engageant officiellement dans la transition sociale et environnementale.",
      [ENV, GOV], non=["janvier 2024"], notes="Signature passée d'une déclaration (date) ; engagement général sans cible (piège).")
    P("Celui-ci a montré que l’essentiel des émissions provenaient des missions et des achats. En 2023, un quart des émissions provenaient des déplacements aériens, un autre quart des dépenses pour les enquêtes.",
      [ENV], non=["2023", "un quart", "un quart"], notes="Résultats du bilan carbone (parts constatées, piège).")

    S("https://www.territoire-de-belfort.gouv.fr/layout/set/print/Politiques-publiques/Environnement/Services-publiques-ecoresponsalbes-l-Etat-accelere-la-transition-ecologique-de-ses-services", "Services publics écoresponsables : l'État accélère la transition écologique de ses services (Préfecture du Territoire de Belfort)")
    P("Des démarches écoresponsables ont été engagées depuis 2008 par l’État, à l’occasion du Grenelle de l’environnement, puis dans cadre du plan interministériel Administration exemplaire (2015-2020).",
      [ENV, GOV], non=["2008", "2015-2020"], notes="Historique des plans (dates et période, piège).")

    S("https://ac-poitiers.fr/exemplarite-des-administrations-la-sobriete-energetique-au-rectorat-de-l-academie-de-poitiers-124384", "Exemplarité des administrations : la sobriété énergétique au rectorat de l'académie de Poitiers (Académie de Poitiers)")
    P("Dans ce cadre, la Première ministre a demandé à chaque ministère d'accélérer la réduction de la consommation d'énergie des bâtiments et la sortie des énergies fossiles. La mise en œuvre d'actions courtes et ciblées doit ainsi permettre d'atteindre l'objectif de réaliser 10% d'économies d'énergie en deux ans.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", subject="consommation d'énergie des bâtiments des ministères")],
      notes="« réaliser 10% d'économies d'énergie en deux ans » : baisse relative ; l'année n'est pas écrite (horizon nul).")

    S("https://ac-reims.fr/une-academie-eco-responsable-125915", "Une académie éco-responsable (Académie de Reims)")
    P("L'objectif 9 du projet académique traduit cette volonté d’améliorer l'organisation administrative et les modes opératoires pour réduire l'empreinte carbone produite par les activités de l'académie de Reims, notamment concernant les transports, les consommations d'énergie, de papier, etc.",
      [ENV, NRJ, GOV], objective=True, non=["9"], notes="Objectif qualitatif de réduction de l'empreinte carbone, sans valeur ; « objectif 9 » est une numérotation.")
    P("Ce rapport et le plan de réduction des émissions associé sera publié début septembre 2023. Il constituera une base et un outil de travail essentiels pour mener la politique académique de réduction de son empreinte carbone.",
      [ENV, GOV], non=["septembre 2023"], notes="Date de publication d'un rapport (piège).")


    S("https://enseignementsup-recherche.gouv.fr/fr/seminaire-gouvernemental-sur-la-planification-ecologique-l-enseignement-superieur-et-la-recherche-96374", "Séminaire gouvernemental sur la planification écologique : l'enseignement supérieur et la recherche (ministère de l'Enseignement supérieur et de la Recherche)")
    P("- Les enseignements sur la transition écologique seront intégrés à toutes les formations d’ici 2025. Cette formation obligatoire pour tous les étudiants en premier cycle universitaire est déjà en cours de mise en place.",
      [ENV], objs=[Q(100, horizon=2025, subject="formations intégrant des enseignements sur la transition écologique")],
      notes="« intégrés à toutes les formations d'ici 2025 » : « toutes » normalisé à 100 %, horizon écrit. Cible de formation, pas d'achat.", ambiguous=True)
    P("Après la généralisation prévue pour la rentrée 2025, plus d’un million d’étudiants en premier cycle à l’université seront ainsi formés à un socle commun de connaissance et de compétences sur le changement climatique, la biodiversité et sa préservation, les ressources et leur disponibilité, ainsi que sur l’équité sociale de la transition.",
      [ENV, BIO], objs=[Q(1000000, unit="count", kind="absolute", horizon=2025, comparator=">=", subject="étudiants de premier cycle formés à la transition écologique")],
      notes="Effet attendu d'une mesure programmée (« seront ainsi formés … plus d'un million ») : compté comme cible chiffrée ; on pourrait y voir une simple projection.", ambiguous=True)
    P("- Le ministère accompagne les universités et les écoles d’ingénieurs dans l’évolution de leur offre de formations aux métiers de la transition écologique et du développement soutenable. France 2030 finance ainsi 43 nouveaux projets de formations \"Compétences et Métiers d’Avenir\" en lien avec la transition écologique.",
      [ENV], non=["2030", "43"], notes="Nombre de projets financés et année dans le nom « France 2030 » (piège).")

    S("https://blog-eco-bzh.chambres-agriculture.fr/productions-animales/bio-dans-les-cantines-le-potentiel-important-degalim", "Bio dans les cantines : le potentiel important d'EGAlim (Chambres d'agriculture de Bretagne)")
    P("50 millions d’euros en Bretagne. C’est ce qu’il peut être espéré comme potentiel d’achat supplémentaire de produits issus de l’agriculture bio si la restauration collective respectait les dispositions d’EGAlim, selon Initiative Bio Bretagne (IBB).",
      [ALIM], non=["50 millions d’euros"], notes="Estimation hypothétique d'un potentiel d'achat (piège).")
    P("En 2023, les produits bio représentaient près de 6 % des 8 milliards d’euros d’achats de denrées alimentaires de la restauration collective française.",
      [ALIM], non=["2023", "6 %", "8 milliards d’euros"], notes="Part constatée et volume d'achats (piège).")

    S("https://ess-france.org/elections-2022-decryptage-marches-publics", "Élections 2022 : décryptage · Marchés publics (ESS France)")
    P("Proposition d'Anne Hidalgo dans \"Lettre à l'ESS du 7 décembre 2021\" Les achats et les délégations de service public intègrent de façon obligatoire des clauses non seulement écologiques mais aussi sociales.",
      [ENV, CS], objective=True, non=["7 décembre 2021"], notes="Proposition de campagne : rendre obligatoires les clauses écologiques et sociales ; objectif qualitatif (pas de « tous », donc pas normalisé à 100 %). Proposition rapportée : discutable.", ambiguous=True)

    S("https://www1.ac-lille.fr/journee-mondiale-de-l-environnement-les-actions-de-l-academie-en-edd-122171", "Journée mondiale de l'environnement : les actions de l'académie en EDD (Académie de Lille)")
    P("L’académie de Lille s’engage pour l’environnement avec pour objectif une démarche développement durable dans 100% des écoles et établissements scolaires.",
      [ENV], objs=[Q(100, subject="écoles et établissements scolaires engagés dans une démarche de développement durable")],
      notes="« pour objectif … dans 100% des écoles » : niveau visé, pas d'année.")
    P("De 2018 à aujourd’hui, le nombre de labellisations est passé de 195 à 690, soit 17,8 % des établissements de l’académie. Cela représente 10,4 % des établissements labellisés à l’échelle de la France.",
      [ENV], non=["2018", "195", "690", "17,8 %", "10,4 %"], notes="Progression déjà réalisée (« est passé de … à ») et parts constatées (piège).")


    S("https://sorbonne-universite.fr/actualites/sorbonne-universite-renforce-ses-engagements-lheure-de-la-sobriete-et-de-la-transition", "Sorbonne Université renforce ses engagements à l'heure de la sobriété et de la transition (Sorbonne Université)")
    P("Par circulaire datée du 24 septembre 2022, le ministère de l’Enseignement supérieur et de la Recherche (MESR) a défini le plan de sobriété énergétique gouvernemental fixant l’objectif de réduction de consommation d’énergie de 10 % d’ici deux ans.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", subject="consommation d'énergie des établissements d'enseignement supérieur")],
      non=["24 septembre 2022"], notes="« réduction … de 10 % d'ici deux ans » : baisse relative ; l'année n'est pas écrite (horizon nul) ; la date est celle de la circulaire.")

    S("https://ec-nantes.fr/developpement-durable/gouvernance-et-strategie/politique-achats?l=0", "Politique achats (Centrale Nantes)")
    P("Invitation à s'inspirer de la loi AGEC pour privilégier les biens issus du réemploi et à éviter le recours à l'achat de biens neufs. Ainsi, la DSI a recours au matériel reconditionné depuis 2022, à partir de 2024, recours à des mobiliers de bureaux issus du réemploi ou recyclage,",
      [CIRC, NUM], objective=True, non=["2022", "2024"], notes="Engagement qualitatif (mobilier issu du réemploi à partir de 2024) ; matériel reconditionné « depuis 2022 » déjà en place ; aucune valeur.", ambiguous=True)
    P("Prise en compte des aspects sociaux (critères inclusion sociale et diversité) et en particuliers évaluation des possibilités de recourir à des structures d’insertion ou adaptées. Ainsi, depuis 2023, attribution du marché espaces verts à une entreprise adaptée",
      [CS, HAND], non=["2023"], notes="Mesure déjà réalisée (attribution depuis 2023) ; pas de cible chiffrée (piège).")

    S("https://www.univ-amu.fr/index.php/fr/public/amu-sengage", "AMU s'engage (Aix-Marseille Université)")
    P("2021 : dans le cadre du plan de relance dédié à la rénovation énergétique des bâtiments publics de l’Enseignement Supérieur et de la Recherche, le Gouvernement a attribué à AMU 61,2 M€ pour financer dix des projets déposés.",
      [NRJ], non=["2021", "61,2 M€", "dix"], notes="Financement obtenu et nombre de projets (piège).")

    S("https://infos.inist.fr/2022/11/15/transition-bas-carbone-un-plan-ambitieux-pour-le-cnrs", "Transition bas carbone : un plan ambitieux pour le CNRS (Infos Inist, CNRS)")
    P("Pour limiter le réchauffement climatique à 1,5 degrés d’ici 2100, il faut atteindre la neutralité carbone d’ici 2050.",
      [ENV], objs=[Q(1.5, unit="°C", kind="absolute", horizon=2100, comparator="<=", subject="réchauffement climatique")],
      non=["2050"], notes="Cible climatique mondiale (« limiter … à 1,5 degrés d'ici 2100 ») : plafond, horizon écrit ; la neutralité carbone d'ici 2050 est une cible sans valeur chiffrée. Cible générale, pas d'achat : discutable.", ambiguous=True)
    P("Les Accords de Paris ont ainsi fixé l’objectif de diminuer les émissions de gaz à effet de serre (GES) de 40 % d’ici 2030 1 .",
      [ENV], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de gaz à effet de serre")],
      non=["1"], notes="« diminuer … de 40 % d'ici 2030 » : baisse relative, horizon écrit ; « 1 » est un appel de note.")

    S("https://ofb.gouv.fr/demarche-de-developpement-durable", "Démarche de développement durable (Office français de la biodiversité)")
    P("Cette démarche, s’est construite, dès 2020, année de création de l’OFB, autour d’un plan d’actions prioritaires partagé avec le comité de direction. Ce plan s’inscrit dans le cadre des 20 engagements de l’État pour les services écoresponsables et des 17 objectifs de développement durable.",
      [ENV, GOV], non=["2020", "20", "17"], notes="Date de création et nombres d'engagements et d'ODD (comptes, piège).")

    S("https://www.elysee.fr/de/ausstellung/transition-ecologique", "Transition écologique (Présidence de la République)")
    P("Très tôt, la présidence a souhaité s’inscrire dans ces objectifs puis les dépasser. Depuis début 2020, 100 % des viandes et poissons servis à la présidence, y compris pour la restauration collective sont dit « de qualité et durables »",
      [ALIM], non=["2020", "100 %"], notes="Niveau déjà atteint depuis 2020 (résultat, piège) ; « ces objectifs » renvoie à EGalim sans valeur dans le passage.")

    S("https://www.cge.asso.fr/liste-actualites/sedd-2020-engagement-et-mobilisation-de-la-cge-en-faveur-du-developpement-durable/", "SEDD 2020 : engagement et mobilisation de la CGE en faveur du développement durable (Conférence des grandes écoles)")
    P("Contribution aux travaux du MESRI sur l’intégration de la transition écologique dans les formations du supérieur. Objectif: 100% des étudiants sortant de l’enseignement supérieur formés à la transition écologique selon une approche systémique fondée sur l’équité et l’inclusion sociale",
      [ENV], objs=[Q(100, subject="étudiants sortant de l'enseignement supérieur formés à la transition écologique")],
      notes="« Objectif: 100% des étudiants … formés » : niveau visé, pas d'année. Cible de formation, pas d'achat.")

    S("https://mag.cgos.info/23-initiatives/967-mieux-manger-meme-a-lhopital-le-ch-de-semur-en-auxois-sengage", "Mieux manger même à l'hôpital : le CH de Semur-en-Auxois s'engage (CGOS, magazine des agents hospitaliers)")
    P("Augmenter la part de produits issus de l’agriculture biologique, améliorer la gestion des déchets, mieux communiquer sur l’origine des viandes et des poissons… Voilà quelques-uns des objectifs de l’équipe de restauration de l’hôpital de Semur-en-Auxois (Côte-d’Or) qui vient d’obtenir le label « Mon restau responsable ».",
      [ALIM, CIRC], objective=True, notes="Objectifs qualitatifs (augmenter la part du bio, mieux gérer les déchets), sans valeur chiffrée.")
    P("Concrètement, l’hôpital a désormais deux ans pour améliorer ses pratiques et proposer une cuisine plus saine et plus respectueuse de l’environnement.",
      [ALIM, SANTE], objective=True, non=["deux ans"], notes="Engagement qualitatif à deux ans (label « Mon restau responsable ») ; « deux ans » est un délai, pas une valeur cible.", ambiguous=True)

    S("https://www.caissedesdepots.fr/nos-engagements/notre-politique-durable/nos-engagements-pour-la-nature", "Nos engagements pour la nature (Caisse des Dépôts)")
    P("Après avoir lancé une politique dédiée à la biodiversité en 2022, puis une autre centrée sur l’eau en 2024, le Groupe décide de consolider l’ensemble de ces engagements au sein d’une politique « nature » plus large et intégrée.",
      [BIO, GOV], non=["2022", "2024"], notes="Dates de politiques déjà lancées (piège).")
    P("• Réaliser d’ici fin 2025 une mesure d’empreinte biodiversité de nos activités sur l’ensemble de la chaine de valeur(1).",
      [BIO, GOV], objective=True, non=["2025", "(1)"], notes="Engagement daté mais sans valeur chiffrée (objectif qualitatif) ; « (1) » est un appel de note.")
    P("• Adopter d’ici 2030 une approche « zéro artificialisation nette » en accord avec les politiques d’aménagement des collectivités",
      [BIO], objective=True, non=["2030"], notes="« zéro artificialisation nette » d'ici 2030 : engagement sans valeur positive (objectif qualitatif selon les conventions) ; on pourrait y lire une cible de niveau 0.", ambiguous=True)

    S("https://cahpp.eu/2021/10/26/techopital-la-cahpp-adopte-la-charte-relations-fournisseurs-et-achats-responsables", "La Cahpp adopte la charte Relations fournisseurs et achats responsables (CAHPP, centrale d'achats hospitalière)")
    P("Onze acteurs publics et privés ont signé la nouvelle charte le 13 octobre. Interrogé par APMnews/TecHopital, le médiateur des entreprises a précisé que trois acteurs hospitaliers figurent parmi les signataires: le Réseau des acheteurs hospitaliers (Resah), la Cahpp et le CHU de Nancy.",
      [GOV, PME], non=["Onze", "13 octobre", "trois"], notes="Nombre de signataires et date de signature d'une charte (piège).")

    S("https://mobile.interieur.gouv.fr/Archives/Archives-des-dossiers/2011-Dossiers/Du-bon-usage-du-papier", "Du bon usage du papier (ministère de l'Intérieur)")
    P("Le montant des crédits gelés sur le Fonds État exemplaire interministériel (FEE) pour le budget du ministère de l'Intérieur au titre des indicateurs de développement durable est de 19 M€. Pour récupérer cette quote-part, le ministère doit atteindre une dizaine d'objectifs en 2010, 2011 et 2012.",
      [GOV], non=["19 M€", "une dizaine", "2010", "2011", "2012"], notes="Montant de crédits gelés et nombre d'objectifs (piège) ; les objectifs eux-mêmes ne sont pas chiffrés ici.")
    P("Parmi ceux-ci, la réduction de la consommation de papier est particulièrement importante. Globalement, le ministère doit parvenir à une consommation autour de dix à douze ramettes par personne.",
      [CIRC, ENV], objs=[Q(10, unit="ramettes", kind="absolute", value_max=12, subject="consommation de papier par agent du ministère")],
      notes="« doit parvenir à … dix à douze ramettes par personne » : fourchette visée (valeur 10, maximum 12), niveau absolu par personne ; l'horizon (2010-2012) est dans la phrase précédente, hors passage.")

    S("http://www.diplomatie.gouv.fr/fr/les-ministres-et-le-ministere/modernisation-enjeux-et-chantiers/moderniser-et-renforcer-les-outils/le-plan-administration-exemplaire/article/le-quai-d-orsay-administration", "Le Quai d'Orsay : administration exemplaire pour la protection de l'environnement (ministère des Affaires étrangères)")
    P("Ce résultat s’inscrit dans le cadre des recommandations du Grenelle de l’environnement et des dispositions engagées au titre du \"Plan Administration exemplaire\". En 2011, le ministère a été l’une des 5 administrations ayant satisfait aux 11 indicateurs du dispositif financier accompagnant l’application de ce plan.",
      [ENV, GOV], non=["2011", "5", "11"], notes="Résultat passé et comptes d'administrations et d'indicateurs (piège).")

    S("http://www.campusresponsables.com/partenaire-financier-41/caisse-des-depots.html", "Caisse des Dépôts, partenaire financier (Campus responsables)")
    P("Il constitue un enjeu majeur pour atteindre les objectifs du Grenelle de l’Environnement : une réduction d’au moins 40 % des consommations d’énergie et de 50 % des émissions de gaz à effet de serre (GES) dans un délai de 8 ans, ainsi qu’une mise aux normes de « basse consommation » de la construction neuve dès 2010.",
      [NRJ, ENV], objs=[Q(40, direction="decrease", kind="relative_change", comparator=">=", subject="consommations d'énergie du parc immobilier universitaire", themes=(NRJ,)),
                        Q(50, direction="decrease", kind="relative_change", subject="émissions de gaz à effet de serre du parc immobilier universitaire", themes=(ENV,))],
      non=["8 ans", "2010"], notes="Objectifs du Grenelle : baisses relatives ; « au moins » porte sur 40 % (peut-être aussi sur 50 %) ; « dans un délai de 8 ans » n'écrit pas d'année ; « dès 2010 » concerne la norme de construction, sans valeur.", ambiguous=True)

    S("https://le-reses.org/le-grand-chantier-de-la-renovation-energetique-du-patrimoine-immobilier-universitaire", "Le grand chantier de la rénovation énergétique du patrimoine immobilier universitaire (RESES, réseau étudiant)")
    P("En France, on émet environ 90 millions de tonnes d’équivalent CO2 pour chauffer (ou refroidir) nos logements et lieux d’études ou de travail. En effet, le bâtiment représente 20% des émissions nationales de gaz à effet de serre ; c’est le deuxième poste d’émissions derrière les transports.",
      [ENV, NRJ], non=["90 millions de tonnes", "20%"], notes="Statistiques d'émissions (piège).")

    S("https://www.epsm-marne.fr/blog/les-5-eco-actions-mises-en-place-au-sein-letablissement-244", "Les 5 éco-actions mises en place au sein de l'établissement (EPSM de la Marne)")
    P("Par ailleurs, le parc automobile de l’établissement s’électrifie. Quatre voitures électriques – Dacia Spring – ont été pour l’instant acquises.",
      [ENV, NRJ], non=["Quatre"], notes="Nombre de véhicules déjà achetés (piège).")
    P("L’établissement s’engage dans une démarche éco-responsable. Vingt personnes volontaires, toutes catégories de métier confondues, participent à des groupes de travail. Objectif : écrire le volet éco-responsable du projet d’établissement 2024-2028 avec des actions à déployer au sein des services.",
      [ENV, GOV], objective=True, non=["Vingt", "2024-2028"], notes="Objectif qualitatif (écrire le volet éco-responsable du projet d'établissement) ; « Vingt » est un compte de volontaires, 2024-2028 la période du projet.", ambiguous=True)

    S("https://genie-industriel.grenoble-inp.fr/fr/l-ecole/cop2", "La COP2 Étudiante : Génie industriel signe l'Accord de Grenoble (Grenoble INP – Génie industriel)")
    P("En signant cet accord, Génie industriel s’engage à sensibiliser 100% de ses étudiants et de ses personnels aux enjeux socio-écologiques. Ces enjeux seront approfondis via la création d’un enseignement interdisciplinaire d’une durée minimum de 20h au cours du cursus des étudiants.",
      [ENV], objs=[Q(100, subject="étudiants et personnels sensibilisés aux enjeux socio-écologiques"),
                   Q(20, unit="heures", kind="absolute", comparator=">=", subject="durée de l'enseignement interdisciplinaire sur les enjeux socio-écologiques")],
      notes="Engagements de l'accord : 100 % (niveau visé) et « durée minimum de 20h » (plancher, comparateur >=) ; pas d'année.", ambiguous=True)
    P("Un bilan carbone devra être réalisé tous les 3 ans avec pour objectif la diminution de 30% des gaz à effet de serre d’ici 2032.",
      [ENV, GOV], objs=[Q(30, direction="decrease", kind="relative_change", horizon=2032, subject="émissions de gaz à effet de serre de l'école", themes=(ENV,))],
      non=["3 ans"], notes="« diminution de 30% … d'ici 2032 » : baisse relative, horizon écrit ; « tous les 3 ans » est la périodicité du bilan.")

    S("https://grenoble-inp.fr/fr/l-institut/transitions-socio-ecologiques-grenoble-inp-%e2%80%93-uga-signe-laccord-de-grenoble", "Transitions socio-écologiques : Grenoble INP – UGA signe l'Accord de Grenoble (Grenoble INP)")
    P("Grenoble INP – UGA s’est engagé à agir en vue d’atteindre l’ensemble des 11 objectifs décrits dans l’accord, avec un délai compris entre 6 mois et 5 ans selon les objectifs, comme par exemple l’engagement à former l’ensemble des étudiantes et étudiants à la compréhension des enjeux des transitions socio-écologiques ou celui de réduire les émissions de gaz à effet de serre de l’établissement de 30%.",
      [ENV], objs=[Q(100, subject="étudiantes et étudiants formés aux enjeux des transitions socio-écologiques"),
                   Q(30, direction="decrease", kind="relative_change", subject="émissions de gaz à effet de serre de l'établissement")],
      non=["11", "6 mois", "5 ans"], notes="« former l'ensemble des étudiantes et étudiants » normalisé à 100 % ; « réduire … de 30% » : baisse relative sans année ; 11 objectifs et délais de 6 mois à 5 ans sont des comptes et durées.")

    S("https://icam.fr/actualites/ecologie-integrale/signature-de-laccord-de-grenoble", "Signature de l'Accord de Grenoble (Icam)")
    P("Un plan de sobriété énergétique est également en cours, tout comme un plan de rénovation des bâtiments, avec des premiers sites réhabilités à l’instar de Nantes, Toulouse et Lille. Le site de Toulouse a, en outre, été raccordé au réseau de chaleur urbain du Mirail, permettant d’éviter chaque année l’émission de 400 tonnes d’éqCO 2 .",
      [ENV, NRJ], non=["400 tonnes"], notes="Émissions évitées grâce à un raccordement déjà fait (résultat, piège) ; « chaque année » ne fait pas une cible.")

    S("https://transition-ecologique.univ-lyon3.fr/plan-ambition-transition-ecologique-2025", "Plan Ambition Transition écologique 2025 (Université Jean Moulin Lyon 3)")
    P("Le 24 octobre dernier, Éric Carpano, président de l’Université Jean Moulin et Bernard Gauthiez, Vice-président chargé de la Transition écologique et solidaire, ont présenté le plan « Ambition Transition écologique 2025 », un engagement de 3,5 millions d’euros en faveur de la transition écologique, qui vient compléter les engagements de 2,5 millions d’euros en faveur de la Recherche et de 10 millions d’euros en faveur du Numérique.",
      [ENV], non=["24 octobre", "2025", "3,5 millions d’euros", "2,5 millions d’euros", "10 millions d’euros"], notes="Budgets engagés et année dans le nom du plan (piège).")


    S("https://www.unige.ch/medias/2019/deplacements-en-avion-politique-ambitieuse-de-lunige", "Déplacements en avion : politique ambitieuse de l'UNIGE (Université de Genève)")
    P("L’UNIGE veut réduire de 50% ses émissions de CO2 dues aux déplacements professionnels en avion à l’horizon 2030.",
      [ENV], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de CO2 dues aux déplacements professionnels en avion")],
      notes="« réduire de 50% … à l'horizon 2030 » : baisse relative, horizon écrit (université suisse de langue française).")
    P("La mobilité au sein de l’Université de Genève (UNIGE), cruciale pour la qualité de la recherche et de l’enseignement, engendre aujourd’hui près de 4’000 déplacements en avion par année.",
      [ENV], non=["4’000"], notes="Volume actuel de déplacements (« aujourd'hui », statistique, piège).")

    S("https://www.strasbourg.archi.fr/index.php/node/203", "Transitions environnementales et sociales (École nationale supérieure d'architecture de Strasbourg)")
    P("La politique RSE de l’ENSAS s’inscrit en cohérence avec la Feuille de route de la Transition écologique du ministère de la Culture et le Plan climat-biodiversité du ministère de l’Enseignement supérieur et de la Recherche. Ces textes visent la réduction des émissions de gaz à effet de serre de 55 % d’ici 2030 et la neutralité carbone à l’horizon 2050.",
      [ENV, GOV], objs=[Q(55, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de gaz à effet de serre", themes=(ENV,))],
      non=["2050"], notes="« réduction … de 55 % d'ici 2030 » : baisse relative, horizon écrit ; la neutralité carbone à l'horizon 2050 est une cible sans valeur chiffrée.")
    P("Le résultat de notre BEGES ? Sur l’année 2023, l’ENSAS a produit 1380 tCO2, soit 1,53 tCO2 par personne.",
      [ENV], non=["2023", "1380 tCO2", "1,53 tCO2"], notes="Résultat du bilan d'émissions (piège).")

    S("https://ens.psl.eu/actualites/responsable-sur-ses-campus-l-ecole-normale-superieure-entend-prendre-toute-sa-part-face", "Responsable sur ses campus, l'École normale supérieure entend prendre toute sa part face aux défis d'un monde durable (ENS-PSL)")
    P("Au nombre de sept, co-pilotés par des scientifiques - chercheuses, chercheurs, étudiantes ou étudiants - et par des membres du personnel administratif, ces groupes sont le cadre de réflexion des actes concrets d’atténuation et de sobriété qui permettront à l’École de contribuer à l’objectif que la France s’est fixée pour 2050 : la neutralité carbone.",
      [ENV, GOV], objective=True, non=["sept", "2050"], notes="Objectif national sans valeur chiffrée (neutralité carbone en 2050) ; « sept » compte les groupes de travail.", ambiguous=True)


    S("https://operadeparis.fr/soutenez-nous/batir-une-strategie-de-developpement-durable", "Bâtir une stratégie de développement durable (Opéra national de Paris)")
    P("Amélioration de notre politique de tri, de recyclage et réemploi, pour une réduction significative de la production de déchets et intégration d’une politique d’économie circulaire.",
      [CIRC], objective=True, notes="Mesure annoncée, réduction « significative » des déchets sans valeur (objectif qualitatif).")

    S("https://caissedesdepots.fr/engage/notre-vision-de-la-durabilite/nos-engagements-pour-le-climat", "Nos engagements pour le climat (Caisse des Dépôts)")
    P("Le Groupe fixe progressivement des objectifs de décarbonation alignés avec des scénarios 1,5°C pour toutes ses activités : - Activités non financières : au moins 95 % des émissions couvertes par des cibles de réduction en ligne avec",
      [ENV], objs=[Q(95, comparator=">=", subject="émissions des activités non financières couvertes par des cibles de réduction")],
      non=["1,5°C"], notes="« au moins 95 % des émissions couvertes » : part visée avec plancher ; passage tronqué par la page ; 1,5°C désigne le scénario de référence.", ambiguous=True)

    S("https://franceuniversites.fr/actualite/le-plan-defficacite-energetique-des-campus-a-lhorizon-2030-peec2030-une-demarche-exemplaire/", "Le Plan d'efficacité énergétique des campus à l'horizon 2030 (PEEC2030) (France Universités)")
    P("Avec près de 15 millions de m² de surface utile brute, le patrimoine de l’enseignement supérieur représente 20% du patrimoine immobilier de l’Etat. Et plus d’un tiers relève du qualificatif de « passoires énergétiques ».",
      [NRJ], non=["15 millions de m²", "20%", "plus d’un tiers"], notes="Statistiques du parc immobilier (piège).")

    S("https://www.ac-besancon.fr/empreinte-environnementale", "Durablement engagée pour la réduction de notre empreinte environnementale (Académie de Besançon)")
    P("La crise énergétique pousse à revoir les habitudes pour sortir de la dépendance aux énergies carbonées et la crise climatique est une réalité devenue tangible. Nous faisons face à un défi de taille : réduire de 10 % notre consommation d’énergie.",
      [NRJ, ENV], objs=[Q(10, direction="decrease", kind="relative_change", subject="consommation d'énergie de l'académie", themes=(NRJ,))],
      notes="« réduire de 10 % notre consommation d'énergie » : baisse relative, sans année.")
    P("La réduction du chauffage d’un degré correspond à une diminution moyenne de 8 % de la consommation de gaz.",
      [NRJ], non=["8 %"], notes="Ordre de grandeur général (statistique, piège).")

    S("https://aefe.gouv.fr/fr/actualites/pres-de-40-des-etablissements-francais-de-letranger-labellises-en-demarche-de", "Près de 40 % des établissements français de l'étranger labellisés « en démarche de développement durable » en 2022-2023 (AEFE)")
    P("En un an, le nombre d’établissements français reconnus comme étant « en démarche de développement durable » est passé de 130 à 208 et ce nombre devrait augmenter de quelques unités encore",
      [ENV], non=["un an", "130", "208"], notes="Progression déjà réalisée (« est passé de … à ») et prévision vague (piège).")
    P("L’objectif étant, rappelle Jean-Pierre Avril, inspecteur pédagogique (IA-IPR) à l'AEFE, « de renforcer cette dynamique pour que l’ensemble des établissements du réseau soient engagés d'ici 2030 dans une démarche de développement durable, laquelle est une démarche qualité qui contribue au rayonnement des établissements ».",
      [ENV], objs=[Q(100, horizon=2030, subject="établissements du réseau engagés dans une démarche de développement durable")],
      notes="« l'ensemble des établissements … d'ici 2030 » normalisé à 100 %, horizon écrit.")

    S("https://cube-etat.fr/2025/01/03/au-rectorat-de-rennes-une-transition-energetique-en-deux-temps", "Au rectorat de Rennes, une transition énergétique en deux temps (CUBE ÉTAT)")
    P("Relampage progressif du siège : aujourd’hui, plus de 80 % des locaux sont équipés de LED, réduisant ainsi la consommation liée à l’éclairage.",
      [NRJ], non=["80 %"], notes="Part déjà atteinte (« aujourd'hui », piège).")

    S("https://www.lescrous.fr/2023/09/strategie-de-transition-ecologique-2023/", "Les Crous dévoilent la stratégie de transition écologique (Cnous, réseau des Crous)")
    P("Les objectifs et les indicateurs ont été déterminés à partir du bilan des émissions de gaz à effet de serre réalisé sur l’ensemble du réseau. Ainsi, les Crous ont émis, en 2022, 366 314 tonnes d’équivalent CO2.",
      [ENV], non=["2022", "366 314 tonnes"], notes="Résultat du bilan d'émissions (piège).")

    S("https://lescrous.fr/2024/10/premier-bilan-transition-ecologique", "Premier bilan de la transition écologique du réseau des Crous (Cnous)")
    P("Si l’objectif fixé était de 4,7% de baisse par an, il n’en reste pas moins que les actions mises en place dans les Crous pour cette première année ont permis d’obtenir très rapidement des résultats notables dans de nombreux domaines tels que :",
      [ENV], objs=[Q(4.7, direction="decrease", kind="growth_rate", per_year=True, subject="émissions de gaz à effet de serre du réseau des Crous")],
      notes="Rappel de la cible (« l'objectif fixé était de 4,7% de baisse par an ») dans un bilan : cible annuelle toujours en vigueur, mais tournure au passé.", ambiguous=True)

    S("https://www.lescrous.fr/rapport/rapport-dactivite-2024/transition-ecologique", "Transition écologique, rapport d'activité 2024 (Cnous, réseau des Crous)")
    P("Dans un objectif global de réduction des émissions de gaz à effet de serre de 4,7 % par an, la démarche est articulée autour de cinq axes principaux :",
      [ENV, GOV], objs=[Q(4.7, direction="decrease", kind="growth_rate", per_year=True, subject="émissions de gaz à effet de serre du réseau des Crous", themes=(ENV,))],
      non=["cinq"], notes="« objectif global de réduction … de 4,7 % par an » : taux annuel ; « cinq axes » est un compte.")
    P("Avec une diminution de 5,1 % des émissions de gaz à effet de serre à l’échelle nationale, ce résultat global dépasse la trajectoire annuelle que s’est fixé le réseau.",
      [ENV], non=["5,1 %"], notes="Résultat de l'année comparé à la trajectoire (piège).")

    S("https://www.crous-lyon.fr/2022/12/08/le-crous-de-lyon-rejoint-la-demarche-mon-restau-responsable-pour-une-alimentation-plus-durable/", "Le Crous de Lyon rejoint la démarche Mon Restau Responsable pour une alimentation plus durable (Crous de Lyon)")
    P("• Près de 5% du volume total d’achat du Crous de Lyon en 2021 constitués de produits bio. • 37% du volume total d’achat en 2021 constitués de produits de qualité (produits locaux, bio, labellisés…).",
      [ALIM], non=["5%", "2021", "37%", "2021"], notes="Parts d'achats constatées en 2021 (piège).")

    S("https://www.crous-strasbourg.fr/espace-presse/des-resultats-concrets-et-significatifs-en-matiere-de-transition-ecologique-au-crous-de-strasbourg/", "Des résultats concrets et significatifs en matière de transition écologique au Crous de Strasbourg (Crous de Strasbourg)")
    P("Au terme d’une année complète de mise en œuvre, les émissions de gaz à effets de serre (GES) produites par le Crous de Strasbourg ont pu être réduites de – 4,5%, passant de 5 973 tonnes équivalent CO2 en 2023 à 5 703 tonnes eq CO2 en 2024 soit -270 tonnes eq CO2 pour l’établissement.",
      [ENV], non=["– 4,5%", "5 973 tonnes", "2023", "5 703 tonnes", "2024", "-270 tonnes"], notes="Baisse déjà obtenue (« ont pu être réduites », « passant de … à ») : résultat, piège.")

    S("https://rapport-activite.crous-grenoble.fr/precarite-etudiante/la-transition-ecologique/", "La transition écologique, rapport d'activité (Crous Grenoble Alpes)")
    P("Nous avons décidé de chiffrer cet objectif, mesurer chacun des flux et travailler là où il y avait le plus de pertes. Nous sommes ainsi passés à moins de 90 g par assiette de reste alimentaire moyen avant la fin 2021 (contre plus de 120 g au national).",
      [ALIM, CIRC], non=["90 g", "2021", "120 g"], notes="Objectif chiffré atteint : « nous sommes ainsi passés à moins de 90 g » décrit un résultat (piège).")

    S("https://www.univ-lille.fr/universite/connaitre-les-engagements-qui-nous-guident/preserver-lenvironnement/action-climatique", "Action climatique (Université de Lille)")
    P("Actrice majeure du territoire métropolitain et eurorégional, l'Université de Lille prend part à l’effort collectif de réduction des émissions dans lequel la France s’est engagée : moins 55 % d'ici 2030, neutralité carbone en 2050.",
      [ENV], objs=[Q(55, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de gaz à effet de serre de la France")],
      non=["2050"], notes="« moins 55 % d'ici 2030 » : cible nationale de baisse relative, horizon écrit ; la neutralité carbone en 2050 n'a pas de valeur chiffrée.")
    P("Un groupe de travail BEGES accompagne les unités de recherche à la réalisation de leur bilan sur la base de l'outil labos1point5 et à la mise en place d’un plan d’actions. Début 2023, 11 % des unités de recherche ont terminé leur BEGES ; 15 % sont en cours de réalisation.",
      [ENV, GOV], non=["2023", "11 %", "15 %"], notes="État d'avancement constaté (parts, piège).")

    S("https://www.atigip-justice.fr/news/article/produits-fabriques-prison", "Pour s'équiper, l'État donne priorité aux produits fabriqués en prison (ATIGIP, ministère de la Justice)")
    P("Désormais, pour toute commande de mobilier d’hébergement (lits, matelas, chevets, armoires, kitchenettes) ou de mobilier de restauration (chaises, tables, cloisons, porte-manteaux) d’un montant supérieur à 50 000€, les services de l’Etat devront prioritairement passer commande auprès du Service de l’emploi pénitentiaire.",
      [CS], objective=True, non=["50 000€"], notes="Règle d'achat prioritaire (engagement qualitatif) ; 50 000 € est un seuil d'application, pas une cible.", ambiguous=True)
    P("Chaque année, ce sont plus de 2000 personnes détenues qui travaillent au sein des 48 établissements pénitentiaires gérés par l’Agence.",
      [CS], non=["2000", "48"], notes="Effectifs et nombre d'établissements (comptes, piège) ; « chaque année » ne fait pas une cible.")
