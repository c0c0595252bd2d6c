"""Seventeenth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh17.jsonl).

Collected in issue 15's eighteenth pass, blind to what the extractor gets wrong (no error listing, first score or error
table read, the extractor never run on these passages), to measure it on text nobody here had read. Pages of public
bodies only: communes (news, canteen, energy and tree-planting pages, a council deliberation), intercommunalités and
métropoles (climate plans and PCAET action sheets, waste prevention programmes, circular-economy pages), waste and
energy syndicates, départements, régions (climate plans, canteen plans, transition road maps), a ministry's
performance pages (budget.gouv.fr) and a university; with traps: results of the past, statistics, budgets, counts,
dates, durations, legal thresholds, offers (« jusqu'à »), forecasts. Pages of sites that neither the shared dev set,
nor any training passage (``corpora/real``, the collected set), nor an earlier fresh set uses (the build checks).
Labelled with the conventions of the shared real dev set. Every passage is copied word for word from the opening of a
public web page as the project's search tool stored it, cited by its URL, 70 words or fewer. No detector is trained
on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, GOV, NRJ, PME

BIO = "biodiversite"


def load(S, P, Q) -> None:

    S("http://www.mairie-douarnenez.fr/mairie/les-services-municipaux/quand-la-ville-roule-propre.html", "Quand la Ville roule propre (Ville de Douarnenez)")
    P("Or, depuis 2017, la loi de transition énergétique impose aux collectivités un taux de 20 % de véhicules légers propres.",
      [ENV], objs=[Q(20, subject="véhicules légers propres dans les flottes des collectivités")],
      non=["2017"], notes="Quota légal pour les flottes des collectivités (au renouvellement) : objectif ; « depuis 2017 » : obligation déjà en vigueur, pas d'horizon.")
    P("« Dès 2013, nous avions acquis un premier véhicule électrique pour le Service informatique, ce qui porte aujourd’hui à 3 le nombre de véhicules propres sur une soixantaine que compte la flotte, rappelle Cédric Bordiec.",
      [ENV], non=["2013", "3", "une soixantaine"], notes="Situation actuelle du parc (piège) ; « porte aujourd'hui à 3 » décrit un résultat.")

    S("https://cc-hautpoitou.fr/amenagement-territoire/developpement-durable/", "Développement durable (Communauté de communes du Haut-Poitou)")
    P("À ce titre, les EPCI (Établissement Public de Coopération Intercommunale) de plus de 20 000 habitants ont pour obligation de mettre en œuvre leur PCAET d’ici fin 2018.",
      [ENV, GOV], non=["20 000", "2018"], notes="Seuil d'assujettissement et échéance d'une obligation de planifier, sans cible chiffrée (piège).", ambiguous=True)
    P("Le PCAET vise 3 objectifs à l’échelle d’un territoire (arrêté du 4 août 2016 relatif au plan climat-air-énergie territorial) :",
      [ENV, GOV], non=["3", "4 août 2016"], notes="Compte d'objectifs et date d'un arrêté (piège).")

    S("https://www.ville-acigne.fr/module-Contenus-viewpub-tid-2-pid-61.html", "Énergie et bâtiments communaux (Ville d'Acigné)")
    P("Le ratio par habitant des consommations des bâtiments publics a diminué de 18 % entre 2006 et 2011, malgré la construction de nouveaux équipements importants comme le Triptik ou les extensions (restaurant scolaire, éclairage des nouveaux quartiers).",
      [NRJ], non=["18 %", "2006", "2011"], notes="Baisse déjà obtenue entre deux dates (piège).")

    S("https://syctom-paris.fr/actualites/est-ensemble-et-le-syctom-sengagent-ensemble-dans-la-reduction-des-dechets.html", "Est Ensemble et le Syctom s'engagent ensemble dans la réduction des déchets (Syctom)")
    P("Les 5000 tonnes de déchets ménagers qui entrent chaque jour dans les usines de traitement du Syctom illustrent, s’il en est besoin, l’urgence d’améliorer nos pratiques individuelles et collectives.",
      [CIRC], non=["5000 tonnes"], notes="Volume traité chaque jour (piège).")

    S("https://agrilocal28.fr/page/les-actions-du-departement", "Les actions du Département (Agrilocal 28, Conseil départemental d'Eure-et-Loir)")
    P("Le Conseil départemental est responsable de la restauration scolaire dans 38 collèges.",
      [ALIM], non=["38"], notes="Compte d'établissements (piège).")

    S("https://brezins.fr/environnement/eclairage-public", "Éclairage public (Commune de Brézins)")
    P("Pour un éclairage public nécessaire, suffisant et durable, celui-ci est interrompu sur toute la commune de 23h00 à 6H00 du matin toute l’année.",
      [NRJ], non=["23h00", "6H00"], notes="Horaires d'extinction déjà appliqués (piège).")

    S("https://communaute-paysbasque.fr/linstitution/le-projet-de-territoire/accelerer-la-transition-ecologique", "Accélérer la transition écologique (Communauté d'Agglomération Pays Basque)")
    P("En votant un grand Plan Climat dès 2021, la Communauté d'Agglomération a fait de la lutte contre le changement climatique le fondement de toutes ses politiques publiques avec pour ambition de réduire de moitié les émissions de gaz à effet de serre du Pays Basque d'ici 2050 et de couvrir 100 % des besoins énergétiques du territoire par une production d’énergies renouvelables.",
      [ENV, NRJ], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2050, subject="émissions de gaz à effet de serre du Pays Basque", themes=(ENV,)),
                        Q(100, subject="besoins énergétiques couverts par les énergies renouvelables", themes=(NRJ,))],
      non=["2021"], notes="« réduire de moitié … d'ici 2050 » : baisse relative de 50 % ; « couvrir 100 % » : niveau visé ; l'horizon 2050 est grammaticalement rattaché à la première cible seulement (non reporté sur la seconde) ; 2021 : date d'adoption.", ambiguous=True)
    P("• Réduire les consommations énergétiques du Pays Basque de moitié d'ici 2050 en mettant en œuvre les comportements de sobriété et en développant l'économie circulaire ;",
      [NRJ, CIRC], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2050, subject="consommations énergétiques du Pays Basque", themes=(NRJ,))],
      notes="« de moitié d'ici 2050 » : baisse relative de 50 %, horizon écrit.")
    P("• Baisser de 56% les émissions totales de gaz à effet de serre des activités du territoire d'ici 2050 en accélérant la rénovation énergétique des bâtiments et en décarbonant les transports ;",
      [ENV], objs=[Q(56, direction="decrease", kind="relative_change", horizon=2050, subject="émissions totales de gaz à effet de serre du territoire")],
      notes="Baisse relative, horizon écrit.")

    S("https://www.communaute-paysbasque.fr/actualites/2018/09/le-plan-climat-pays-basque-est-lance", "Le plan Climat Pays Basque est lancé (Communauté d'Agglomération Pays Basque)")
    P("De plus, les collectivités ont des leviers pour agir : en effet, 15% des émissions de gaz à effet de serre sont issues des décisions prises par leurs soins, via la gestion de leur patrimoine (bâtiment, éclairage public, flotte de véhicule) et l’exercice de compétences (transports, déchets, distribution de l’énergie).",
      [ENV], non=["15%"], notes="Statistique sur la part des émissions (piège).")

    S("https://presse.angers.fr/communique/recompense-4-etoiles-la-dynamique-de-transition-ecologique-dangers-et-dangers-loire-metropole-reconnue-a-lechelle-nationale-et-europeenne", "Récompense 4 étoiles – La dynamique de transition écologique d'Angers et d'Angers Loire Métropole (Ville d'Angers, communiqué)")
    P("Depuis la dernière évaluation (2019), le score de la collectivité progresse de 15 points (68%), soit un rythme deux fois plus rapide que la moyenne des collectivités.",
      [ENV, GOV], non=["2019", "15 points", "68%", "deux fois"], notes="Progression d'un score d'évaluation déjà obtenue (piège).")

    S("https://www.poitiers.fr/c__0_0_Dossier_37567__0__Le_Plan_Climat_Air_Energie_Territorial_PCAET_de_Grand_Poitiers_adopte.html", "Le Plan Climat-Air-Energie Territorial (PCAET) de Grand Poitiers adopté (Ville de Poitiers)")
    P("Vendredi 6 décembre 2019, le Conseil communautaire de Grand Poitiers a adopté le PCAET pour une période de 6 ans. Objectif ? Définir et mettre en œuvre la stratégie de transition énergétique du territoire, pour réduire de 25% les consommations énergétiques et porter à 38% la part des énergies renouvelables à l’horizon 2030.",
      [NRJ], objs=[Q(25, direction="decrease", kind="relative_change", horizon=2030, subject="consommations énergétiques du territoire"),
                   Q(38, direction="increase", horizon=2030, subject="part des énergies renouvelables")],
      non=["6 décembre 2019", "6 ans"], notes="« réduire de 25% » : baisse relative ; « porter à 38% » : verbe de changement (increase), part ; « à l'horizon 2030 » porte sur les deux ; date d'adoption et durée du plan : pièges.")
    P("Cette démarche de co-construction a réuni 300 interlocuteurs au cours de 50 réunions de travail et a abouti à une feuille de route à l'horizon 2030 : réduire de 25% les consommations énergétiques et porter à 38% la part des énergies renouvelables.",
      [NRJ, GOV], objs=[Q(25, direction="decrease", kind="relative_change", horizon=2030, subject="consommations énergétiques du territoire", themes=(NRJ,)),
                        Q(38, direction="increase", horizon=2030, subject="part des énergies renouvelables", themes=(NRJ,))],
      non=["300", "50"], notes="Comptes de participants et de réunions (pièges) ; mêmes cibles que le passage précédent.")

    S("https://agenda21.lorient.fr/dynamique-de-developpement-selon-des-modes-de-production-et-de-consommation-responsables/", "Dynamique de développement selon des modes de production et de consommation responsables (Agenda 21, Ville de Lorient)")
    P("Une politique d’achat volontariste engagée depuis quinze ans par la Ville vise à favoriser les « filières qualité ».",
      [ALIM], objective=True, non=["quinze ans"], notes="Politique d'achat orientée vers les filières qualité, sans cible chiffrée ; « quinze ans » : durée passée.", ambiguous=True)

    S("https://www.grenoble.fr/1058-restauration-collective.htm", "Restauration collective (Ville de Grenoble)")
    P("- La Ville de Grenoble confectionne des repas avec 58 % de produits sous SIQO (signe de qualité officiels : Label Rouge, AOP, IGP, etc.), dont 51 % de Bio, 95 % pour les crèches – là où la loi impose 20 % pour le bio.",
      [ALIM], objs=[Q(20, subject="part de produits bio imposée par la loi en restauration collective")],
      non=["58 %", "51 %", "95 %"], notes="Parts atteintes (pièges) ; le seuil légal de 20 % de bio (EGalim) est un quota d'achat : objectif.", ambiguous=True)
    P("- Tarification sociale des cantines : en 2023, la Ville a mis en place un bouclier social et solidaire, duquel elle consacre 600k euros par an afin d’appliquer une tarification sociale pour les cantines scolaires : le tarif minimum pour les repas est passé de 80 à 75 centimes et cela concerne 25 % des enfants.",
      [ALIM], non=["2023", "600k euros", "80", "75 centimes", "25 %"], notes="Budget annuel, baisse de tarif déjà faite et part d'enfants concernés (pièges).")
    P("- Actions menées pour réduire drastiquement le gaspillage alimentaire. Sur les 24 restaurants scolaires accompagnés, soit 55 % des effectifs d’enfants, la moyenne est à 86 g gaspillés/jour/convive, tandis que la moyenne nationale est à 100g.",
      [ALIM, CIRC], objective=True, non=["24", "55 %", "86 g", "100g"], notes="Orientation de réduction du gaspillage sans valeur cible ; les chiffres sont des constats.", ambiguous=True)

    S("https://www.grenoble.fr/article/1396/562-la-ville-de-grenoble-recompensee-au-palmares-des-paysages-alimentaires.htm", "La Ville de Grenoble récompensée au palmarès des paysages alimentaires (Ville de Grenoble)")
    P("La cuisine centrale réalise des repas à partir de produit au maximum BIO et locaux, avec l’objectif d’atteindre le 100 % BIO, et de promouvoir l’alimentation végétale.",
      [ALIM], objs=[Q(100, subject="part de produits bio dans les repas de la cuisine centrale")],
      notes="« l'objectif d'atteindre le 100 % BIO » : niveau visé, sans année.")
    P("Le self municipal quant à lui propose une option végétarienne quotidienne et les lundis sont 100 % végétariens depuis 2023.",
      [ALIM], non=["100 %", "2023"], notes="Pratique déjà en place depuis 2023 (piège) : « 100 % » décrit l'existant.")

    S("https://metropole.nantes.fr/actualites/2021/dechets-proprete-eau-energie/mahel-coppey-eco-circulaire", "Économie circulaire : entretien avec Mahel Coppey (Nantes Métropole)")
    P("Il faut rappeler que le BTP représente 8 fois la production des ménages en termes de déchets.",
      [CIRC], non=["8 fois"], notes="Ordre de grandeur statistique (piège).")
    P("Nous avons bâti une feuille de route sur l’économie circulaire, adoptée le 5 octobre 2018 en conseil métropolitain.",
      [CIRC, GOV], non=["5 octobre 2018"], notes="Date d'adoption (piège).")

    S("https://metropole.nantes.fr/actualites/2024/dechets-proprete-eau-energie/territoire-reemploi", "Être un territoire de réemploi, l'ambition forte de la Métropole (Nantes Métropole)")
    P("Le Conseil Métropolitain a récemment voté la création d’une ressourcerie métropolitaine en 2026 et un fonds d’1M€ pour soutenir les initiatives à l’échelle industrielle.",
      [CIRC], objective=True, non=["2026", "1M€"], notes="Engagement daté (créer une ressourcerie en 2026) sans valeur cible ; le fonds d'1 M€ est un budget (piège selon les conventions).", ambiguous=True)

    S("https://bordeaux.fr/le-mag/la-cantine-le-bio-et-le-local-progressent", "À la cantine, le bio et le local progressent (Ville de Bordeaux, le mag)")
    P("La progression du biologique se fait ainsi à un rythme intense, passant de 50 % en 2023 à 66 % en 2024 (dont 50 % de produits locaux), devançant déjà amplement les 20 % de bio induits par la Loi EgAlim en 2018.",
      [ALIM], objs=[Q(20, subject="part de bio imposée par la loi EGalim en restauration collective")],
      non=["50 %", "2023", "66 %", "2024", "50 %", "2018"], notes="Cas mixte : la hausse de 50 % à 66 % est réalisée (piège) ; le seuil légal de 20 % de bio est un quota d'achat (objectif) ; 2018 est l'année de la loi, pas un horizon.")
    P("Le \"fait maison\" est également en progression. 40 % des plats sont désormais cuisinés directement au Sivu avec un objectif d'accélération vers les 80 % en 2028 grâce à la mutation des infrastructures et équipements.",
      [ALIM], objs=[Q(80, horizon=2028, subject="part des plats cuisinés sur place (fait maison)")],
      non=["40 %"], notes="40 % : situation actuelle ; « objectif d'accélération vers les 80 % en 2028 » : niveau visé (pas de verbe « porter à/passer à » : reach retenu).", ambiguous=True)

    S("https://www.bordeaux.fr/p139769/bordeaux-vers-une-meilleure-alimentation-et-moins-de-gaspillage", "Bordeaux : vers une meilleure alimentation et moins de gaspillage (Ville de Bordeaux)")
    P("Chaque jour, ce sont 16 000 enfants qui déjeunent à la cantine, grâce aux repas préparés par les cuisines centrales SIVU, établissement public de coopération intercommunale.",
      [ALIM], non=["16 000"], notes="Compte de convives (piège).")

    S("https://www.dijon-metropole.fr/la-vie-metropolitaine/un-territoire-ecologique/ici-transition-rime-aussi-avec-alimentation/", "Ici, transition rime aussi avec alimentation (Dijon métropole)")
    P("D’ailleurs, en moyenne, l’alimentation est responsable d’un quart des émissions de gaz à effet de serre d’un habitant de Dijon métropole.",
      [ALIM, ENV], non=["un quart"], notes="Statistique (piège) ; « un quart » n'est pas une cible.")
    P("Située sur les communes de Longvic et Ouges, la légumerie labellisée « Agriculture biologique » prépare chaque année entre 100 et 200 tonnes de légumes et légumineuses prêts à l’emploi pour les cuisines collectives.",
      [ALIM], non=["100", "200 tonnes"], notes="Volume annuel produit (piège), fourchette descriptive.")

    S("https://www.budget.gouv.fr/files/uploads/extract/2024/PLF/BG/PGM/212/FR_2024_PLF_BG_PGM_212_PERF.html", "PLF 2024, programme 212 « Soutien de la politique de la défense » : objectifs et indicateurs de performance (budget.gouv.fr)")
    P("Le dispositif de performance du programme « Soutien de la politique de la défense » reste stable pour le PAP 2024. Il se compose de quatre objectifs et de six indicateurs.",
      [GOV], non=["2024", "quatre", "six"], notes="Comptes d'objectifs et d'indicateurs (piège).")

    S("https://www.budget.gouv.fr/files/uploads/extract/2024/PLF/BG/PGM/217/FR_2024_PLF_BG_PGM_217_PERF.html", "PLF 2024, programme 217 « Conduite et pilotage des politiques de l'écologie » : objectifs et indicateurs de performance (budget.gouv.fr)")
    P("Elle invite les ministères à mettre en œuvre des actions en faveur du développement durable et à mobiliser les agents dans ce sens, au-delà des 20 mesures phares qu’elle présente comme prioritaires.",
      [GOV, ENV], objective=True, non=["20"], notes="Invitation qualitative de la circulaire « services publics écoresponsables » ; « 20 mesures phares » est un compte (piège).", ambiguous=True)

    S("https://www.villedugosier.fr/services-demarches/le-conseil-municipal/deliberations-de-mandature/deliberations-de-la-mandature-2020-2026/article/approbation-du-projet-de-mise-en-place-d-une-restauration-durable-et-locale", "Approbation du projet de mise en place d'une restauration durable et locale (Ville du Gosier, délibération)")
    P("Pour ce faire, il est nécessaire d’élaborer de nouvelles recettes avec un objectif final d’atteindre plus de 80% de produits locaux dans les plans de menu annuel.",
      [ALIM], objs=[Q(80, comparator=">=", subject="part de produits locaux dans les menus de la restauration scolaire")],
      notes="« objectif final d'atteindre plus de 80% » : niveau visé, comparateur >= ; « annuel » décrit les plans de menu, pas une cible annuelle.")
    P("Il est demandé au Conseil municipal d’approuver le projet mis en place d’une restauration durable en vue de la valorisation des produits locaux et de valider le plan de financement relatif.\nCi-joint la délibération CM-2021-2S-DR-18",
      [ALIM, GOV], non=["CM-2021-2S-DR-18"], notes="Demande d'approbation et numéro de délibération (piège).")

    S("https://savoirs.unistra.fr/campus/les-marches-publics-passent-au-vert", "Les marchés publics passent au vert (Université de Strasbourg, Savoir(s))")
    P("La commande publique représente 108 millions d’euros à l’Unistra en 2023",
      [GOV], non=["108 millions d’euros", "2023"], notes="Volume d'achats (piège).")
    P("Code de la commande publique (2019), loi Industrie verte (2023), Plan national pour des achats durables (PNAD, 2021-2025), loi Climat et résilience (2021)… La législation récente impose aux acteurs de la commande publique de prendre en compte des critères environnementaux et sociaux.",
      [ENV, CS, GOV], non=["2019", "2023", "2021-2025", "2021"], notes="Dates de textes ; obligation générale de prise en compte, sans niveau fixé (non retenue comme objectif).", ambiguous=True)

    S("https://www.grand-cubzaguais.fr/les-actions-du-plan-climat-du-grand-cubzaguais/action-44-conforter-la-demarche-dachats-publics-responsables/", "Action 44 : conforter la démarche d'achats publics responsables (Plan climat du Grand Cubzaguais)")
    P("Avec cette action « Conforter la démarche d’achats publics responsables », il s’agit de prioriser les prestations et produits durables et responsables dans les marchés de fournitures et de services de la communauté de communes.",
      [ENV, GOV], objective=True, notes="Objectif qualitatif d'une fiche action de plan climat (prioriser les achats durables), sans valeur chiffrée.")

    S("https://sdee-lozere.fr/?p=2603", "Assemblée générale du Syndicat Départemental d'Energie et d'Equipement de la Lozère (SDEE 48)")
    P("Compétence historique du SDEE, le niveau d’investissement consacré à l’électrification rurale a été maintenu avec un volume de travaux atteignant 4,3 millions d’euros, permettant ainsi le maintien et l’amélioration du réseau de distribution d’électricité lozérien.",
      [NRJ], non=["4,3 millions d’euros"], notes="Volume de travaux réalisé (piège) : « a été maintenu » et « atteignant » décrivent le passé.")
    P("La baisse des enveloppes allouées à ces travaux, associée à l’augmentation des prix du secteur, a toutefois conduit en 2023 à une baisse significative du linaire total de chaussée rénové, avec 44 km de route traité, contre 75 km en 2022.",
      [GOV], non=["2023", "44 km", "75 km", "2022"], notes="Baisse constatée entre deux années (piège).")

    S("https://grandbesancon.fr/infos-pratiques/environnement/developpement-durable/plus-de-developpement-durable/plan-climat-nouvel-elan", "Plan climat : un nouvel élan (Grand Besançon Métropole)")
    P("Le Grand Besançon s’est donné un objectif volontariste : respecter les objectifs de la COP21 et devenir territoire à énergie positive en 2050.",
      [ENV, NRJ], objective=True, non=["COP21", "2050"], notes="Objectif sans valeur chiffrée au sens des conventions (territoire à énergie positive) : objectif qualitatif ; 2050 est son échéance.", ambiguous=True)
    P("Aujourd’hui, le Grand Besançon poursuit son engagement en faveur du climat et révise le programme d’actions de son plan climat pour les 6 prochaines années (2024-2029).",
      [ENV, GOV], non=["6", "2024-2029"], notes="Durée et période du plan (piège).")

    S("https://www.maregionsud.fr/nos-actions/plan-climat-gardons-une-cop-davance/chez-vous-au-quotidien", "Plan Climat « Gardons une Cop d'avance » : chez vous, au quotidien (Région Sud Provence-Alpes-Côte d'Azur)")
    P("100 • Amplifier une bonification des aides aux entreprises sur des critères environnementaux, jusqu’à 15 % supplémentaires pour les aides aux artisans et commerçants réalisant des achats « verts » et engagés globalement dans la transition écologique.",
      [ENV, PME], objective=True, non=["100", "15 %"], notes="Mesure du plan (objectif qualitatif) ; « jusqu'à 15 % supplémentaires » décrit le plafond d'une bonification offerte, pas une cible (piège sur le nombre) ; 100 : numéro de mesure.", ambiguous=True)
    P("101 • Déployer le « Parcours de la transition écologique » pour les très petites, petites et moyennes entreprises (TPE-PME) proposant un accompagnement et un financement organisés en trois étapes, selon le degré de maturité des entreprises en matière de transition écologique.\n\nObjectif\n500 entreprises par an.",
      [ENV, PME], objs=[Q(500, unit="count", kind="absolute", per_year=True, subject="entreprises accompagnées dans le Parcours de la transition écologique")],
      non=["101", "trois"], notes="« Objectif 500 entreprises par an » : volume annuel visé (per_year) ; 101 : numéro de mesure ; « trois étapes » : compte.")
    P("104 • Orienter 40 % des financements régionaux de soutien à la recherche (appels à projets recherche, emplois jeunes doctorants et projets collaboratifs de recherche-développement) en faveur de la lutte contre le changement climatique.\n\nObjectif\nConsacrer 50 % du budget de l’économie à la lutte contre le changement climatique.",
      [ENV], objs=[Q(40, subject="part des financements régionaux de la recherche orientés vers la lutte contre le changement climatique"),
                   Q(50, subject="part du budget régional de l'économie consacrée à la lutte contre le changement climatique")],
      non=["104"], notes="Deux parts visées (niveaux) ; 104 : numéro de mesure. Part de budget et non volume : retenue comme objectif.", ambiguous=True)

    S("https://www.maregionsud.fr/planclimat", "Plan Climat « Une Cop d'avance » (Région Sud Provence-Alpes-Côte d'Azur)")
    P("La Région Sud a fait de l’urgence climatique sa priorité ! En 2017, elle a lancé un grand Plan Climat composé de 100 actions concrètes.",
      [ENV, GOV], non=["2017", "100"], notes="Date et compte d'actions (piège).")

    S("https://www.nouvelle-aquitaine.fr/actualites/nouvelle-mandature-accelerer-la-transition-ecologique?utm_medium=email&utm_campaign=Lettre%20dinformation%20de%20la%20Rgion%20Nouvelle-Aquitaine%2010092021&utm_content=Lettre%20dinformation%20de%20la%20Rgion%20Nouvelle-Aquitaine%2010092021+CID_1f75ccfc9c12829f90b8007cf929b8b6&utm_source=Emailing%20Nouvelle%20Aquitaine&utm_term=En%20savoir%20plus", "Nouvelle mandature : accélérer la transition écologique (Région Nouvelle-Aquitaine)")
    P("Sur le plan de la biodiversité, si l’on ne fait rien, à l’horizon 2028, c’est 50 % de la population des oiseaux qui aura disparu de notre territoire et 95 % de la microfaune en 2030 !",
      [BIO], non=["2028", "50 %", "95 %", "2030"], notes="Projection conditionnelle (« si l'on ne fait rien ») : prévision, pas un objectif (piège).")
    P("Un premier bilan réalisé fin 2020 par la Région indique que 28 % de ses dossiers d’aides et subvention rentrent dans les objectifs de Néo Terra. Ceux-ci représentant 43 % des financements accordés par la Région entre juillet 2019 et décembre 2020.",
      [ENV, GOV], non=["2020", "28 %", "43 %", "juillet 2019", "décembre 2020"], notes="Bilan chiffré (piège).")

    S("https://normandie.fr/je-mange-normand-dans-mon-lycee", "Je mange normand dans mon lycée (Région Normandie)")
    P("Qualité, proximité : grâce au plan \"je mange normand dans mon lycée\", 51 % des denrées alimentaires servis en restauration scolaire sont normands.",
      [ALIM, PME], non=["51 %"], notes="Part atteinte (piège).")
    P("En 2018, seuls 16 % des lycées atteignaient la barre des 50 % de produits normands dans leurs menus de restauration contre plus de 60 % des établissements dépassant ce seuil en 2022.",
      [ALIM, PME], non=["2018", "16 %", "50 %", "60 %", "2022"], notes="Constats à deux dates ; « la barre des 50 % » est un seuil de mesure, pas une cible énoncée ici (piège).", ambiguous=True)

    S("https://www.besancon.fr/actualite/campagne-de-plantation-darbres/", "Campagne de plantation d'arbres (Ville de Besançon)")
    P("Afin de répondre aux enjeux écologiques du changement climatique, la Ville s’est engagée à planter près de 1 000 arbres chaque hiver, répartis dans tous les quartiers de la ville.",
      [BIO, ENV], objs=[Q(1000, unit="count", kind="absolute", per_year=True, subject="arbres plantés par la Ville chaque hiver", themes=(BIO,))],
      notes="Engagement récurrent (« chaque hiver ») : per_year ; « près de » n'est pas un comparateur au sens des conventions.")
    P("Ces arbres permettent notamment de compenser les abattages d’arbres ayant soufferts de maladies ou d’épisodes de sécheresse successifs (environ 180 abattages en 2023, hors boisements) mais aussi de poursuivre l’accroissement du patrimoine arboré en ville et ainsi participer à la réduction des îlots de chaleur.",
      [BIO], non=["180", "2023"], notes="Nombre d'abattages passés (piège).")

    S("https://pcaet.valdille-aubigne.fr/public/projet/@niveau/11-contribuer-a-generaliser-les-renovations-les-constructions-et-les-usagesdurables-dans-lhabitat,8.html", "PCAET, orientation 1.1 : généraliser les rénovations, les constructions et les usages durables dans l'habitat (Communauté de communes Val d'Ille-Aubigné)")
    P("Rénover l’équivalent de 2800 maisons en BBC d’ici 2030.\nSur la période du PCAET (2019-2024), cela équivaudrait à rénover environ 233 maisons par an en BBC, voire plus si le niveau BBC n’est pas atteint.",
      [NRJ, ENV], objs=[Q(2800, unit="count", kind="absolute", horizon=2030, subject="maisons rénovées au niveau BBC", themes=(NRJ,)),
                        Q(233, unit="count", kind="absolute", per_year=True, subject="maisons rénovées en BBC par an sur la période du PCAET", themes=(NRJ,))],
      non=["2019-2024"], notes="Cible 2030 et sa déclinaison annuelle (« cela équivaudrait à ») ; la période du plan n'est pas un horizon.", ambiguous=True)
    P("Les objectifs de la PLRH sont d’accompagner 160 dossiers ayant trait à la rénovation thermique pour la période 2019-2021, soit un peu plus de 53 dossiers par an.",
      [NRJ], objs=[Q(160, unit="count", kind="absolute", subject="dossiers de rénovation thermique accompagnés sur 2019-2021"),
                   Q(53, unit="count", kind="absolute", per_year=True, comparator=">=", subject="dossiers de rénovation thermique accompagnés par an")],
      non=["2019-2021"], notes="Cible sur une période (pas d'horizon : période) et sa moyenne annuelle ; « un peu plus de 53 » : >=.", ambiguous=True)

    S("https://www.smictom-sudest35.fr/la-tarification-incitative-teomi/", "La tarification incitative (TEOMi) (SMICTOM Sud-Est 35)")
    P("La loi de transition énergétique pour la croissance verte publiée en août 2015 a pour objectif de réduire les déchets ménagers de 10% et vise 65% de déchets recyclés d’ici à 2025.",
      [CIRC], objs=[Q(10, direction="decrease", kind="relative_change", subject="déchets ménagers (objectif de la loi TECV)"),
                    Q(65, horizon=2025, subject="part des déchets recyclés (objectif de la loi TECV)")],
      non=["août 2015"], notes="Objectifs légaux rappelés par un syndicat ; « d'ici à 2025 » rattaché à la cible de 65 % seulement ; août 2015 : date de publication.", ambiguous=True)
    P("Pour atteindre ce projet, la loi prévoit de généraliser la mise en place d’une tarification incitative en matière de déchets. L’objectif est de couvrir 25 millions d’habitants d’ici 2025.",
      [CIRC], objs=[Q(25000000, unit="count", kind="absolute", horizon=2025, subject="habitants couverts par une tarification incitative des déchets")],
      notes="Objectif national en nombre d'habitants, horizon écrit.")

    S("http://www.smcom.fr/le-smcom/les-chiffres-cles-les-objectifs/", "Les chiffres clés, les objectifs (SMCOM, syndicat mixte de collecte des ordures ménagères)")
    P("• L’amélioration des performances des collectes séparées, (diminuer les ordures ménagères à 173 kg/hab, augmenter la collecte des emballages et papiers à 55 kg/hab et améliorer la qualité du tri, augmenter le recyclage des emballages en verre de 15%, optimiser l’utilisation des déchèteries).",
      [CIRC], objs=[Q(15, direction="increase", kind="relative_change", subject="recyclage des emballages en verre")],
      notes="Objectifs du syndicat ; « augmenter … de 15% » : hausse relative ; 173 kg/hab et 55 kg/hab sont aussi des cibles mais dans une unité hors liste (non étiquetées, non listées comme pièges) ; pas d'année dans le passage.", ambiguous=True)

    S("https://ledepartement66.fr/dossier/le-plan-velo-2024-2030", "Le plan Vélo 2024-2030 (Département des Pyrénées-Orientales)")
    P("Le Conseil Départemental a déjà réalisé près de 500 km de pistes cyclables sur le territoire départemental, avec un effort conséquent lors du précédent programme 2019-2023, doté de 40 M€ et qui a permis la construction de 265 km supplémentaires en 5 ans.",
      [ENV], non=["500 km", "2019-2023", "40 M€", "265 km", "5 ans"], notes="Réalisations passées et budget ; « supplémentaires » décrit un résultat (piège).")

    S("https://www.angers.fr/actualites-sorties/64042-vegetaliser-les-cours-d-ecole/index.html", "Végétaliser les cours d'école (Ville d'Angers)")
    P("\"D’ici à la fin du mandat, l’ambition est de faire en sorte que 25% minimum des surfaces soient végétales et perméables et d’arriver à doubler le nombre d’arbres dans les cours d’écoles. Ce qui représente la plantation de 600 sujets supplémentaires, précise Hélène Cruypenninck, adjointe à l’Environnement et à la Nature en ville.",
      [BIO, ENV], objs=[Q(25, comparator=">=", subject="part des surfaces des cours d'école végétales et perméables", themes=(BIO,)),
                        Q(2, unit="x", direction="increase", kind="relative_change", subject="nombre d'arbres dans les cours d'école", themes=(BIO,)),
                        Q(600, unit="count", direction="increase", kind="absolute", subject="arbres supplémentaires plantés dans les cours d'école", themes=(BIO,))],
      notes="« 25% minimum » : >= ; « doubler » : facteur 2 ; « 600 sujets supplémentaires » : même cible en volume ; « d'ici à la fin du mandat » : année non écrite.")

    S("https://www.ville-creteil.fr/cadre-de-vie-des-cours-vegetalisees-pour-les-ecoles-de-la-ville", "Cadre de vie : des cours végétalisées pour les écoles de la Ville (Ville de Créteil)")
    P("La cour de l’école élémentaire Charles Beuvin comptera à terme 10 arbres contre 4 actuellement, sa surface perméable passera de 35 à 425 m2, la zone d’ombre de 25 à 30%,",
      [BIO, ENV], objs=[Q(10, unit="count", kind="absolute", baseline_value=4, subject="arbres dans la cour de l'école Charles Beuvin", themes=(BIO,)),
                        Q(30, direction="increase", baseline_value=25, subject="part de zone d'ombre de la cour", themes=(ENV,))],
      notes="Tranche d'une phrase plus longue ; « comptera à terme 10 arbres contre 4 » : niveau visé, valeur de départ 4 ; « passera de 25 à 30% » : hausse ; la surface perméable (425 m2) est une cible dans une unité hors liste (non étiquetée).", ambiguous=True)

    S("https://ville-pornichet.fr/actualites/pornichet-reduit-son-empreinte-ecologique", "Pornichet réduit son empreinte écologique (Ville de Pornichet)")
    P("Des efforts substantiels qui portent leurs fruits, la consommation de l’éclairage public ayant été réduite de 32% depuis 1 an. A terme, en 2025, elle devrait être divisée par 2.",
      [NRJ], objs=[Q(2, unit="x", direction="decrease", kind="relative_change", horizon=2025, subject="consommation de l'éclairage public")],
      non=["32%", "1 an"], notes="Baisse déjà obtenue (32 %, piège) ; « en 2025, elle devrait être divisée par 2 » : cible de la Ville pour son propre programme (facteur 2), formulée comme une attente.", ambiguous=True)

    S("https://pcaet.vitrecommunaute.bzh/public/index.php?rub=projet&id=24", "PCAET, action MA7 : réalisation d'un Plan de Mobilité à l'échelle de l'agglomération (Vitré Communauté)")
    P("• Pour les actifs travaillant dans leurs communes de résidences, objectif d’abandon de la voiture : 30% des trajets automobiles d’ici 2030 (soit 3600 actifs).",
      [ENV], objs=[Q(30, horizon=2030, subject="part des trajets automobiles des actifs travaillant dans leur commune abandonnée au profit d'autres modes"),
                   Q(3600, unit="count", kind="absolute", horizon=2030, subject="actifs abandonnant la voiture pour les trajets dans leur commune")],
      notes="Objectif quantitatif cible d'une fiche action ; « soit 3600 actifs » exprime la même cible en volume.", ambiguous=True)
    P("• Pour les actifs travaillant en dehors de leurs communes de résidence, adoption du covoiturage, du télétravail ou des transports en commun : 21% des trajets automobiles (soit 4200 actifs).",
      [ENV], objs=[Q(21, subject="part des trajets automobiles des actifs reportée vers covoiturage, télétravail ou transports en commun"),
                   Q(4200, unit="count", kind="absolute", subject="actifs adoptant covoiturage, télétravail ou transports en commun")],
      notes="Suite de la liste des objectifs quantitatifs cibles ; l'année (2030) figure à la puce précédente, pas dans ce passage.", ambiguous=True)

    S("https://mauguio-carnon.com/ma-ville/developpement-durable/economie-denergies", "Économie d'énergies (Ville de Mauguio Carnon)")
    P("Entre 2010 et 2016, la consommation de gaz a baissé de 65%, la consommation d’électricité de 17% et la consommation d’eau de 53%. Ce qui se traduit par une baisse globale de 12% du budget des fluides.",
      [NRJ], non=["2010", "2016", "65%", "17%", "53%", "12%"], notes="Baisses passées entre deux dates (piège).")

    S("https://environnement.clissonsevremaine.fr/climat-et-energie/le-plan-climat-air-energie-territorial/un-pcaet-cest-quoi", "Un PCAET, c'est quoi ? (Clisson Sèvre et Maine Agglo)")
    P("Objectifs du PCAET\n\nD'ici 2030 :\n\n-23%\n\ndes consommations d'énergies tous secteurs confondus (habitat, déplacements, industrie...\n\n42%\n\ndes besoins en énergie assurés par des énergies renouvelables",
      [NRJ], objs=[Q(23, direction="decrease", kind="relative_change", horizon=2030, subject="consommations d'énergie tous secteurs confondus"),
                   Q(42, horizon=2030, subject="part des besoins en énergie assurés par les énergies renouvelables")],
      notes="Mise en page de chiffres clés ; « -23% » : baisse relative (le signe donne la direction) ; « D'ici 2030 » introduit les deux cibles.")
    P("En trois ans, 72 % des actions ont été lancées, en matière de mobilité, habitat ou économie.",
      [ENV, GOV], non=["trois ans", "72 %"], notes="Bilan à mi-parcours (piège).")

    S("https://creusot-montceau.org/communaute-urbaine/les-projets/plan-climat-air-energie-territorial", "Plan climat air énergie territorial (Communauté urbaine Creusot Montceau)")
    P("La communauté urbaine a adopté son projet de PCAET en octobre 2020.\nA travers 8 thématiques et 60 fiches actions, elle s’engage à limiter les émissions de gaz à effet de serre, adapter le territoire au changement climatique, réduire la facture énergétique et développer les énergies du territoire.",
      [ENV, NRJ], objective=True, non=["octobre 2020", "8", "60"], notes="Engagements qualitatifs (sans valeur cible) ; date d'adoption et comptes de thématiques et de fiches : pièges.")

    S("https://ccacv.fr/?p=12015", "Stratégie énergétique intercommunale (Communauté de communes Aubrac, Carladez et Viadène)")
    P("Ensuite, les élus ont cherché à définir un cap énergétique pour le territoire à l’horizon 2030-2040, avec une volonté forte de réduire la dépendance énergétique et produire une énergie à faible coût pour la collectivité.",
      [NRJ], objective=True, non=["2030-2040"], notes="Orientation qualitative ; l'horizon est une période (2030-2040), sans valeur cible.", ambiguous=True)

    S("https://www.castres-mazamet.fr/concertation-publique-plpdma/le-programme-local-de-prevention-des-dechets-et-assimiles-2021-2027", "Le programme local de prévention des déchets et assimilés 2021-2027 (Communauté d'agglomération de Castres-Mazamet)")
    P("La loi de transition énergétique pour la croissance verte de 2015 définissait un objectif de réduction de 10% de la production de déchets ménagers et assimilés (DMA), par habitant en 2020 par rapport au niveau de 2010.",
      [CIRC], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2020, baseline_year=2010, subject="production de déchets ménagers et assimilés par habitant (objectif légal)")],
      non=["2015"], notes="Objectif légal rappelé à l'imparfait ; horizon et année de référence écrits ; 2015 : année de la loi.")
    P("En 2011, la Communauté d'agglomération s’est engagée volontairement, et pour cinq ans, dans un Programme Local de Prévention des Déchets (PLPD), en concertation avec l’agence de la transition écologique (ADEME), avec pour objectif de réduire de 7% la quantité d’ordures ménagères et assimilés (OMA). Au terme de ce programme, la réduction des déchets constatée sur le territoire de la Communauté d'agglomération était de 6%.",
      [CIRC], objs=[Q(7, direction="decrease", kind="relative_change", subject="quantité d'ordures ménagères et assimilées (premier programme de prévention)")],
      non=["2011", "cinq ans", "6%"], notes="Cas mixte : objectif passé de -7 % (cible du programme) et résultat constaté de 6 % (piège) ; pas d'année cible écrite.", ambiguous=True)
    P("Ce nouveau PLPDMA a pour objectif de diminuer de 10% la quantité de DMA produits sur le territoire à l’horizon 2023.",
      [CIRC], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2023, subject="quantité de déchets ménagers et assimilés produits sur le territoire")],
      notes="Baisse relative, horizon écrit.")

    S("http://www.cc-moyenneville.fr/le-programme-local-de-prevention-des-dechets/", "Le Programme Local de Prévention des déchets (Communauté de communes, Moyenneville)")
    P("• -7% d’Ordures Ménagères et Assimilées/hab./an (en poids) d’ici à 5 ans,\n  • Augmentation du taux de recyclage (35% des déchets pour les particuliers (matière et énergie) et 75 % pour les entreprises (emballages),\n  • Diminution des quantités enfouies et incinérées (moins 15 %)",
      [CIRC], objs=[Q(7, direction="decrease", kind="relative_change", subject="ordures ménagères et assimilées par habitant et par an (Grenelle 1)"),
                    Q(35, direction="increase", subject="taux de recyclage des déchets des particuliers"),
                    Q(75, direction="increase", subject="taux de recyclage des emballages des entreprises"),
                    Q(15, direction="decrease", kind="relative_change", subject="quantités de déchets enfouies et incinérées")],
      non=["5 ans"], notes="Objectifs de la loi Grenelle 1 cités par la communauté de communes ; « /hab./an » définit la grandeur mesurée (pas une cible annuelle) ; « d'ici à 5 ans » : année non écrite ; « Augmentation du taux … (35% …) » : niveau visé avec nom de changement (increase).", ambiguous=True)
