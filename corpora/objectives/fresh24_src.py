"""Twenty-fourth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh24.jsonl).

Collected in issue 15's twenty-fifth pass, blind to what the extractor gets wrong (no error listing, first score or
error table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages
of the State, national public bodies and their networks only: a rectorat (académie), Crous, hospitals and health
bodies, universities and schools, chambers of trades, and networks and associations of the field; about public
purchasing and the targets it is measured against, and traps: results of the past, statistics and surveys, budgets,
counts, dates, thresholds, estimates and references. No local authority's page, no press, no company. Pages of sites
that neither the shared dev set, nor any training passage (``corpora/real``, the collected set), nor an earlier fresh
set or theme set uses (the build checks the first three; the theme sets' hosts were checked by hand). Labelled with
the conventions of the shared real dev set; never run through the extractor here (the lead scores it). Every passage
is copied from the opening of a public web page as the project's search tool stored it, cited by its URL, 70 words
or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, ESS, GOV, HAND, NRJ, PME

SANTE = "sante"
INNO = "achats_innovants"
NUM = "numerique_responsable"
CT = "conditions_de_travail"
BIO = "biodiversite"
EGAL = "egalite_femmes_hommes"
CE = "commerce_equitable"


def load(S, P, Q) -> None:

    S("https://www.crous-nantes.fr/espace-presse/restauration-saine-et-durable-le-crous-de-nantes-pays-de-la-loire-sengage-avec-mon-restau-responsable", "Restauration saine et durable : le Crous de Nantes Pays de la Loire s'engage avec Mon Restau Responsable® (Crous de Nantes)")
    P("Mon Restau Responsable® : une méthode originale qui fédère déjà 1900 restaurants collectifs en France",
      [ALIM], non=["1900"], notes="Nombre de restaurants déjà engagés (piège).")
    P("Avec plus de 3,8 milliards de repas servis par an, la restauration collective joue un rôle essentiel pour permettre au plus grand nombre d’accéder à une alimentation plus saine et durable.",
      [ALIM], non=["3,8 milliards"], notes="Volume annuel de repas (statistique, piège) ; « par an » ne fait pas une cible.")

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
    P("Les collectivités territoriales représentent 50% des commandes, l’Etat 15%, les hôpitaux et bailleurs sociaux et acheteurs divers 35%.",
      [], non=["50%", "15%", "35%"], notes="Répartition constatée de la commande publique (piège) ; aucun thème.")

    S("https://www.ined.fr/fr/node/156", "Responsabilité sociétale et environnementale (Ined)")
    P("En janvier 2024, l’Ined signait la déclaration des organismes de recherche publics, s’engageant officiellement dans la transition sociale et environnementale.",
      [ENV, GOV], non=["janvier 2024"], notes="Signature passée d'une déclaration (date) ; engagement général sans cible (piège).")
    P("Celui-ci a montré que l’essentiel des émissions provenaient des missions et des achats. En 2023, un quart des émissions provenaient des déplacements aériens, un autre quart des dépenses pour les enquêtes.",
      [ENV], non=["2023", "un quart", "un quart"], notes="Résultats du bilan carbone (parts constatées, piège).")

    S("https://www.territoire-de-belfort.gouv.fr/layout/set/print/Politiques-publiques/Environnement/Services-publiques-ecoresponsalbes-l-Etat-accelere-la-transition-ecologique-de-ses-services", "Services publics écoresponsables : l'État accélère la transition écologique de ses services (Préfecture du Territoire de Belfort)")
    P("Les services publics, présents dans tous les territoires, animés par plus de 2,4 millions de femmes et d’hommes travaillant dans les services de l’État, ses établissements publics et ses opérateurs, ont vocation à jouer un rôle moteur dans la transition écologique.",
      [ENV], non=["2,4 millions"], notes="Effectif des agents (compte, piège) ; « rôle moteur » sans cible.")
    P("Des démarches écoresponsables ont été engagées depuis 2008 par l’État, à l’occasion du Grenelle de l’environnement, puis dans cadre du plan interministériel Administration exemplaire (2015-2020).",
      [ENV, GOV], non=["2008", "2015-2020"], notes="Historique des plans (dates et période, piège).")

    S("https://ac-reims.fr/une-academie-eco-responsable-125915", "Une académie éco-responsable (Académie de Reims)")
    P("L'objectif 9 du projet académique traduit cette volonté d’améliorer l'organisation administrative et les modes opératoires pour réduire l'empreinte carbone produite par les activités de l'académie de Reims, notamment concernant les transports, les consommations d'énergie, de papier, etc.",
      [ENV, NRJ, GOV], objective=True, non=["9"], notes="Objectif qualitatif de réduction de l'empreinte carbone, sans valeur ; « objectif 9 » est une numérotation.")
    P("Ce rapport et le plan de réduction des émissions associé sera publié début septembre 2023. Il constituera une base et un outil de travail essentiels pour mener la politique académique de réduction de son empreinte carbone.",
      [ENV, GOV], non=["septembre 2023"], notes="Date de publication d'un rapport (piège).")

    S("https://unionhabitat-hautsdefrance.org/?p=16545", "Les matinales de la commande publique (Union régionale pour l'habitat des Hauts-de-France)")
    P("Afin de donner de la lisibilité à la commande publique sur les territoires, la Région, la CCI et la Chambre des Métiers et de l’Artisanat organisent chaque année cinq rencontres territoriales autour de l’achat public à destination des entreprises et des donneurs d’ordre.",
      [PME], non=["cinq"], notes="Nombre de rencontres organisées chaque année (activité, pas une cible d'achat ; piège).", ambiguous=True)

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
