"""Twenty-seventh set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh27.jsonl).

Collected in issue 15's twenty-eighth pass, blind to what the extractor gets wrong (no error listing, first score or
error table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages
of local and regional public bodies only: communes (sobriety measures, green electricity contract, school catering and
central kitchens, building renovation, energy transition, differentiated management of green spaces), intercommunalités
(PCAET pages and climate-plan action sheets, renewable-energy action plan, 100 % EnR approach, cycling master plan,
Cit'ergie labels, central kitchens, food projects, territorial objectives contract), a PETR, syndicats (departmental
energy syndicates, waste collection and treatment syndicates including Syctom's consultation site, a SIVOM, a regional
natural park), départements (gender-equality report, collège catering purchasing, route-durable Agenda 21 sheet) and a
public housing office (Paris Habitat: SPASER page, insertion); about purchasing and operating targets (EGalim catering
quotas and local-sourcing targets, waste and incentive-pricing targets, energy and climate trajectories, renewable
power) and traps: results of the past, statistics, counts, dates, tariffs, scenario shares and forecasts. No State body, no national body, no press, no
association, no company. The stored pages corpus holds few unused pages of this kind (most hits were refused as
hosts of earlier sets), so the set is smaller than planned and its share of passages with a quantified objective (about
a fifth; about two fifths with qualitative objectives counted) is below the dev set's. Pages of sites that neither the shared dev set, nor any training passage (``corpora/real``,
the collected set), nor an earlier fresh set or theme set uses (the build checks the first three; every host was also
checked by hand against every URL under ``corpora/`` and of the dev set). Labelled with the conventions of the shared
real dev set; never run through the extractor here (the lead scores it). Every passage is copied from the opening of
a public web page as the project's search tool stored it, cited by its URL, 70 words or fewer. No detector is trained
on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, GOV, NRJ

BIO = "biodiversite"
EGAL = "egalite_femmes_hommes"
SANTE = "sante"
TRAV = "conditions_de_travail"


def load(S, P, Q) -> None:

    S("https://www.energies-vienne.fr/signature-des-4-premieres-conventions-de-financement-de-travaux/", "Signature des 4 premières conventions de financement de travaux (Syndicat Énergies Vienne)")
    P("A ce jour, 186 communes et 6 intercommunalités sont engagées dans le programme de rénovation énergétique des bâtiments publics. Au total, ce seront 1 200 audits qui seront réalisés d’ici 2024, 50 projets de travaux par an pendant 10 ans pour un investissement global de 100 M€ TTC.",
      [NRJ], objs=[Q(1200, unit="count", kind="absolute", horizon=2024, subject="audits énergétiques de bâtiments publics"),
                   Q(50, unit="count", kind="absolute", per_year=True, subject="projets de travaux de rénovation énergétique par an")],
      non=["186", "6", "10 ans", "100 M€ TTC"],
      notes="Programme du syndicat d'énergie : 1 200 audits d'ici 2024 et 50 projets par an sont des cibles de volume ; 186 communes et 6 intercommunalités engagées sont un constat ; 100 M€ est l'enveloppe d'investissement (budget, piège). Cibles d'activité plutôt que d'achat : discutable.", ambiguous=True)
    P("Avec une consommation initiale annuelle de 180 MWh, la rénovation de ces 4 bâtiments va permettre d’abaisser leur consommation en énergie de 70 % et d’autant leur émission de gaz à effet de serre. Les communes devraient réaliser une économie de 50% sur leur facture d’énergie, devenant ainsi moins impactées quant à la volatilité des prix de l’énergie.",
      [NRJ, ENV], objs=[Q(70, direction="decrease", kind="relative_change", subject="consommation d'énergie des 4 bâtiments rénovés", themes=(NRJ,))],
      non=["180 MWh", "4", "50%"],
      notes="« va permettre d'abaisser … de 70 % » : gain visé par les travaux, étiqueté comme objectif de baisse relative ; « devraient réaliser une économie de 50% » sur la facture est une estimation (prévision, piège) ; 180 MWh est la consommation de départ.", ambiguous=True)

    S("https://www.baronnies-provencales.fr/actualite/les-parcs-acteurs-de-la-transition-energetique-et-climatique/", "Les Parcs, acteurs de la transition énergétique et climatique (Parc naturel régional des Baronnies provençales)")
    P("Engagé fin 2013 dans un objectif d’autonomie énergétique à l’horizon 2030, le réseau des Parcs mobilise ses techniciens, ses élus et l’ensemble des partenaires",
      [NRJ], objective=True, non=["2013", "2030"],
      notes="Objectif qualitatif (autonomie énergétique) avec un horizon, mais sans valeur chiffrée : on n'étiquette pas « autonomie » comme 100 %. Tranche d'une phrase plus longue.", ambiguous=True)
    P("Pour Jean-Louis Joseph : « Les Parcs (15 % du territoire national) ont anticipé la transition énergétique en portant des projets innovants, créatifs, dans l’éducation à l’environnement, dans la reconquête de la biodiversité, le transfert de consommation des énergies fossiles vers des énergies renouvelables – produites localement dans la valorisation de ressources et du patrimoine naturel… »",
      [NRJ, BIO, ENV], non=["15 %"], notes="Part du territoire couverte par les Parcs (statistique, piège).")

    S("https://climat.entre-bievreetrhone.fr/public/projet/212-reduire-la-part-des-batiments-equipements-et-logements-publics-energivores,7.html", "2.1.2 - Réduire la part des bâtiments, équipements et logements publics énergivores (Plan climat, Communauté de communes Entre Bièvre et Rhône)")
    P("Les dépenses d’énergie des communes ont augmenté de 35,5% par rapport à 2005, alors que la consommation d’énergie en kWh par habitant a été réduite de 9%. Au total, la facture d’énergie des collectivités est de l’ordre de 49 € par an et par habitant pour les communes de plus de 500 habitants, hors Paris, Lyon et Marseille.",
      [NRJ], non=["35,5%", "2005", "9%", "49 €", "500"], notes="Évolutions passées et dépense moyenne (statistiques nationales, piège) malgré les verbes de changement.")
    P("Sur la Communauté de Communes Entre Bièvre et Rhône, 9 communes sur 37 ont déjà fait appel au Conseiller en Energie Partagée (CEP) proposé par territoire d'énergie Isère (TE38).",
      [NRJ, GOV], non=["9", "37", "38"], notes="Nombre de communes accompagnées (constat, piège) ; 38 est dans le sigle TE38.")

    S("https://www.mairie-angerville.fr/actualite/sobriete-energetique-la-commune-participe-et-montre-lexemple/", "Sobriété énergétique : la Commune participe et montre l'exemple (Mairie d'Angerville)")
    P("L’ensemble des bâtiments jusque là rétro-éclairés tels que l’église ou la maison de santé ne le seront plus à partir de 23h. L’éclairage du stade de football étant particulièrement énergivore, son utilisation à pleine puissance sera désormais et jusqu’à nouvel ordre interdite. En revanche le club pourra toujours procéder à l’allumage partiel de l’éclairage dit en « mode entraînement » jusqu’à 21h30 maximum.",
      [NRJ], objective=True, non=["23h", "21h30"],
      notes="Mesures de sobriété décidées par arrêté (engagement qualitatif) ; les heures sont des horaires d'extinction, pas des cibles chiffrées.", ambiguous=True)

    S("https://tarn.fr/votre-departement/vous-represente/organisation-administrative/rapport-annuel-de-situation-en-matiere-degalite-entre-les-femmes-et-les-hommes", "Égalité femmes / hommes et Diversités au sein de la Collectivité et dans nos politiques publiques (Département du Tarn)")
    P("Le 14 février 2025, l’Assemblée départementale a débattu du Rapport annuel 2024 sur la situation en matière d’égalité entre les femmes et les hommes (EFH), présenté pour la première fois par politique publique.",
      [EGAL, GOV], non=["14 février 2025", "2024"], notes="Date de débat et année du rapport (piège).")
    P("Ce rapport comportait en outre cette année, en annexe, le nouveau Plan d’actions pour l’égalité professionnelle entre les femmes et les hommes 2025-2028 au sein de notre Collectivité. « La réduction des inégalités, la prévention des violences et l’information, la sensibilisation de tous » sont les trois nouveaux axes de ce Plan d’actions en direction des agents.",
      [EGAL, GOV], non=["2025-2028", "trois"], notes="Période du plan et nombre d'axes (piège) ; les axes sont des orientations sans cible chiffrée.")

    S("https://www.mairie-lognes.fr/actualites/electricite-lognes-passe-au-vert/", "Électricité : Lognes passe au vert (Mairie de Lognes)")
    P("Depuis le 1er janvier 2021, les collectivités n’ont plus accès au tarif réglementé fixé par les pouvoirs publics et proposé par les fournisseurs historiques. Elles doivent donc souscrire à une offre de marché proposée par l’ensemble des fournisseurs d’énergie.",
      [NRJ], non=["1er janvier 2021"], notes="Date d'entrée en vigueur d'une règle d'achat (piège), sans niveau visé.")
    P("A Lognes, la commission d’appel d’offres a retenu l’offre 100 % énergie verte de la société Total Direct Energie afin d’alimenter ses 57 points de livraison : services et bâtiments communaux, écoles et éclairages publics.",
      [NRJ], non=["100 %", "57"],
      notes="« 100 % énergie verte » décrit l'offre retenue par le marché déjà attribué (constat, piège, comme « jusqu'à 100 % » décrivant une offre) ; 57 points de livraison est un compte.", ambiguous=True)

    S("http://restauration-bio-durable-mouans-sartoux.fr/category/manger/les-dechets/peser-ses-restes-pour-diminuer-le-gaspillage/", "Peser ses restes pour diminuer le gaspillage (Restauration bio et durable, Ville de Mouans-Sartoux)")
    P("En France, la restauration collective est l’un des plus gros producteurs de biodéchets, on estime à 150 g le poids moyen des restes alimentaires pour une assiette (entre la surproduction issue de la cuisine et les rebuts laissés par les convives).",
      [ALIM, CIRC], non=["150 g"], notes="Statistique nationale (piège).")
    P("La sensibilisation des convives à cette problématique, la formation du personnel en cuisine et une meilleure organisation du service ont permis à ce jour de réduire localement de près de 80% le poids des denrées non consommées. Cela représente autant d’économies en amont puisque chaque repas coûte moins cher à produire : plus de quinze centimes sont récupérés !",
      [ALIM, CIRC], non=["80%", "quinze centimes"], notes="Baisse déjà obtenue (« ont permis à ce jour de réduire ») et économie par repas : résultats (piège) malgré le verbe de baisse.")

    S("https://trivalis.fr/gestion-dechets-en-vendee/plan-conseil-regional", "Le plan régional de prévention et de gestion des déchets (Trivalis, syndicat mixte départemental de Vendée)")
    P(". Poursuivre le développement des outils économiques, dont la tarification incitative qui couvre au 1er janvier 2016, 33 % des habitants de la région pour un objectif 2025 de 37 % dans la loi pour la Transition Ecologique et la Croissance Verte,",
      [CIRC], objs=[Q(37, horizon=2025, subject="part des habitants de la région couverts par la tarification incitative")],
      non=["1er janvier 2016", "33 %"],
      notes="Objectif 2025 de 37 % (niveau visé) ; 33 % au 1er janvier 2016 est le niveau constaté, cité comme point de départ (non étiqueté comme baseline_value, faute de « passer de … à … »).", ambiguous=True)
    P(". Mettre en place au sein des administrations publiques des démarches éco-exemplaires :  renforcer et systématiser la prise en compte de la prévention des déchets dans les politiques d’achats publics,",
      [CIRC], objective=True, notes="Orientation du plan pour les achats publics (objectif qualitatif, sans valeur).")

    S("https://sictom-shv.fr", "Le mot du Président (SICTOM, site du syndicat)")
    P("En 40 ans la production des déchets ménagers a doublé en France, due à l’évolution de nos sociétés de consommation. Le coût de traitement des déchets a augmenté plus vite encore.",
      [CIRC], non=["40 ans"], notes="Évolution passée (« a doublé ») : constat, piège, malgré le vocabulaire du doublement.")
    P("Ainsi, les collectivités adhérentes au SICTOM ont décidé de s’engager dans la tarification incitative, conformément à la Loi de Transition Écologique pour la Croissance Verte. Ce nouveau système prévoit que chaque usager paiera sa contribution au service à hauteur de sa production d’ordures ménagères.",
      [CIRC], objective=True, notes="Engagement qualitatif (passage à la tarification incitative), sans valeur chiffrée.")

    S("https://projet-romainville-bobigny.syctom.fr/?p=2040", "Contribution d'un habitant (concertation du projet de Romainville-Bobigny, Syctom)")
    P("La loi a fixé des objectifs chiffrés : « les collectivités territoriales progressent vers la généralisation d’une tarification incitative en matière de déchets, avec pour objectif que 15 millions d’habitants soient couverts en 2020 et 25 millions en 2025 » (Code de l’environnement).",
      [CIRC], objs=[Q(15000000, unit="count", kind="absolute", horizon=2020, subject="habitants couverts par une tarification incitative"),
                   Q(25000000, unit="count", kind="absolute", horizon=2025, subject="habitants couverts par une tarification incitative")],
      notes="Objectifs légaux cités (Code de l'environnement) : deux paliers datés, en nombre d'habitants.")
    P("En trois ans, une baisse du volume des OMR a été réalisée au profit des collectes sélectives : 100kg/hab/an en habitat individuel et 150 kg en habitat collectif (Syctom : 335kg/hab/an), pour un coût d’exploitation de 5 euros par habitant et par an (voir la publication de l’ADEME).",
      [CIRC], non=["trois ans", "100kg/hab/an", "150 kg", "335kg/hab/an", "5 euros"], notes="Résultats obtenus ailleurs et coût (piège) ; « par an » décrit des ratios constatés.")
    P("Le Syctom propose des tarifs dégressifs de traitement des Ordures ménagères, depuis 2016 (de 94 euros la tonne pour les Ordures Ménagères Résiduelles à 5 euros la tonne pour les biodéchets), afin d’inciter des politiques locales en faveur du tri. Mais cela est prévu pour 5 ans…",
      [CIRC], non=["2016", "94 euros", "5 euros", "5 ans"], notes="Tarifs de traitement et durée du dispositif (piège) ; « de … à … » décrit une grille de prix, pas une trajectoire.")

    S("https://www.suisse-normande.com/transition-energetique/demarche-100-enr/", "Démarche 100 % EnR (Communauté de communes Cingal-Suisse Normande)")
    P("La Communauté de communes Cingal-Suisse Normande est impliquée dans la démarche ambitieuse 100% EnR dont l’objectif est la réduction des consommations énergétiques de 50 % et le passage à 100% d’énergies renouvelables d’ici à 2040.",
      [NRJ, ENV], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2040, subject="consommations énergétiques du territoire", themes=(NRJ,)),
                        Q(100, direction="increase", horizon=2040, subject="part des énergies renouvelables", themes=(NRJ,))],
      notes="Deux cibles de la démarche : baisse de 50 % et « passage à 100% » (verbe de changement : increase) ; « d'ici à 2040 » porte sur les deux. « 100% EnR » dans le nom de la démarche n'est pas compté à part.", ambiguous=True)
    P("Première étape de la démarche : la transition énergétique a été scénarisée par les élus en fonction du potentiel du territoire. Les principaux potentiels de réduction des consommations énergétiques sur le territoire portent sur les changements des comportements individuels (16% des économies scénarisées), l’augmentation de l’efficacité énergétique de l’habitat (34%) ainsi que les changements en termes de mobilité (25%).",
      [NRJ], non=["16%", "34%", "25%"], notes="Répartition des économies d'un scénario (parts de potentiel), pas des cibles à atteindre : piège, discutable.", ambiguous=True)

    S("https://www.ccbresseetsaone.fr/plan-climat-air-energie-territorial-pcaet/", "Plan climat air énergie territorial (Communauté de communes Bresse et Saône)")
    P("Mise à jour : approbation du PCAET en Conseil communautaire le 13 décembre 2021",
      [ENV, GOV], non=["13 décembre 2021"], notes="Date d'approbation du plan (piège).")

    S("https://thouars-communaute.fr/projets-cc-thouarsais", "Projets de la Communauté de communes du Thouarsais (Thouars Communauté)")
    P("La Communauté de Communes a été labellisée Cit’ergie le 21 Juin 2017, valorisant ainsi la qualité de la politique énergétique et climatique menée par la collectivité depuis de nombreuses années.",
      [NRJ, ENV, GOV], non=["21 Juin 2017"], notes="Date de labellisation (piège).")

    S("https://www.agglo-agen.net/en-ce-moment/actualites/le-label-europeen-cit-ergie-recompense-l-agglo-956.html", "Le label européen Cit'ergie récompense l'Agglo (Agglomération d'Agen)")
    P("Ce 22 mai 2019, l'Agglo d'Agen a feté en l'obtention de ce la bel en présence de Patrick BUISSON, Maires de Bajamont, Membre du bureau de l'Agglomération d'Agen, délégué à l'Environnement, Développement durable et Énergies. Ce label a été officiellement remis en début d'année 2019, lors des assises de la transition énergétique à Dunkerque où 29 collectivités ont reçu officiellement le label Cit’ergie.",
      [NRJ, ENV, GOV], non=["22 mai 2019", "2019", "29"], notes="Dates et nombre de collectivités labellisées (piège) ; coquilles du texte conservées.")

    S("https://vertou.fr/inspirer-ensemble/imaginer-et-comprendre-lavenir/grands-projets/strategie-scolaire/cuisine-centrale-mutualisee/", "Cuisine centrale mutualisée (Ville de Vertou)")
    P("La Loi EGALIM impose aux restaurants scolaires de proposer d’ici le 1er janvier 2022 une part au moins égale à 50 % de produits locaux et de qualité*. Le groupement s’engage dans une politique encore plus ambitieuse avec un approvisionnement à 75 % d’ici 2025 dont 40% de produits bio.",
      [ALIM], objs=[Q(50, horizon=2022, comparator=">=", subject="produits locaux et de qualité dans les restaurants scolaires (loi EGalim)"),
                    Q(75, horizon=2025, subject="approvisionnement en produits locaux et de qualité du groupement"),
                    Q(40, horizon=2025, subject="produits bio dans l'approvisionnement du groupement")],
      notes="Quota légal (« au moins égale à 50 % » d'ici le 1er janvier 2022) et engagement du groupement de communes (75 % d'ici 2025 dont 40 % bio).")
    P("* produits alimentaires qui répondent au moins à l’un des critères de qualité suivant : produits bio (20 % minimum), produits SIQO (Label Rouge, AOP, IGP, …), Ecolabel Pêche Durable",
      [ALIM], objs=[Q(20, comparator=">=", subject="produits bio parmi les produits de qualité (minimum légal)")],
      notes="Note de bas de page : « 20 % minimum » de bio est le plancher légal EGalim (quota) ; pas d'année dans le passage.", ambiguous=True)
    P("Sous l’impulsion de Vertou, les communes de Saint-Sébastien-sur-Loire, Les Sorinières et Vertou s’engagent dans un projet de cuisine centrale mutualisée. Elles ont été rejointes en janvier 2022 par l’institut médico-éducatif OCENS et le groupement des Hauts-Thébaudières. Implantée près de l’Accueil de loisir de la Presse au Vin à Vertou, elle sera ouverte en septembre 2024.",
      [ALIM, GOV], non=["janvier 2022", "septembre 2024"], notes="Dates d'adhésion et d'ouverture (piège).")

    S("https://payssabolien.fr/la-cuisine-centrale-passe-en-regie", "La cuisine centrale passe en régie (Communauté de communes du Pays sabolien)")
    P("« Notre objectif est de nourrir nos enfants avec des produits de qualité et de travailler avec nos producteurs locaux » complète Mélanie Cosnier. Dans le respect de la loi Egalim, la collectivité vise les 50% de produits à haute valeur environnementale* dont 20% de produits bio.",
      [ALIM], objs=[Q(50, subject="produits à haute valeur environnementale dans les repas de la cuisine centrale"),
                    Q(20, subject="produits bio dans les repas de la cuisine centrale")],
      notes="Cibles EGalim reprises par la collectivité (« vise ») ; pas d'année.")
    P("La Communauté de communes est gestionnaire d’une cuisine centrale qui alimente les cantines de 8 communes. Elle fournit également les personnes âgées à domicile, trois foyers logements et plusieurs centres médicaux sociaux éducatifs. Elle produit 1400 repas par jour.",
      [ALIM], non=["8", "trois", "1400"], notes="Comptes et volume de production (piège) ; « par jour » décrit un volume constaté.")

    S("https://www.petitecamargue.fr/creation-dune-nouvelle-cuisine-centrale/", "Création d'une nouvelle cuisine centrale (Communauté de communes de Petite Camargue)")
    P("Première cuisine centrale certifiée Bio en France dès 1997, la cuisine centrale intercommunale de Petite Camargue a été précurseur dans l’utilisation du Bio, l’approvisionnement par les circuits locaux / courts et les repas alternatifs, bien avant la loi Egalim de 2018.",
      [ALIM], non=["1997", "2018"], notes="Historique (piège) ; « dès 1997 » date un fait passé.")
    P("2-Adaptation à la capacité de production, prioritairement un système de liaison chaude, nécessaire actuelle et à venir, permettant de répondre à l’augmentation de population estimée par le SCOT Sud Gard (+8000 logements d’ici à l’horizon 2030) et aux besoins de restauration collective des autres services communaux et intercommunaux du territoire",
      [ALIM], non=["2", "+8000", "2030"], notes="Prévision de logements d'un SCoT (piège) malgré « d'ici à l'horizon 2030 » ; « 2- » est une numérotation.")

    S("https://www.sivom-eg.fr/cuisine-centrale/", "Cuisine centrale (SIVOM)")
    P("Construite en 2015, la cuisine centrale de proximité permet la production et la livraison des 1800 repas journaliers des écoles et accueils de loisirs des trois communes du SIVOM. Elle permet également la préparation des repas livrés à domicile aux personnes âgées et handicapées.",
      [ALIM], non=["2015", "1800", "trois"], notes="Date et volume de repas (piège).")
    P("Nous essayons dans la mesure du possible d’axer nos approvisionnements en local (région ARA et 250 km autour de notre outil de production). 95% de nos approvisionnements sont d’origines locales et en circuits courts.",
      [ALIM], non=["250 km", "95%"], notes="Part déjà atteinte déclarée par le délégataire (constat, piège) ; 250 km définit le périmètre local.")

    S("https://paysdelafrancaise.fr/projet-alimentaire-de-territoire", "Projet alimentaire de territoire (Communauté de communes du Pays de Lafrançaise)")
    P("Composée de différents volets, elle définit l’objectif emblématique de garantir au moins 50% de produits durables et de qualité, dont au moins 20% de produits biologiques, dans les repas servis en restauration collective de service public depuis le 1er janvier 2022, étendue aux établissements de restauration collective privés depuis le 1er janvier 2024.",
      [ALIM], objs=[Q(50, comparator=">=", subject="produits durables et de qualité en restauration collective (loi EGalim)"),
                    Q(20, comparator=">=", subject="produits biologiques en restauration collective (loi EGalim)")],
      non=["1er janvier 2022", "1er janvier 2024"],
      notes="Quota légal EGalim ; « depuis le 1er janvier 2022 » : obligation déjà en vigueur, pas d'horizon.")

    S("https://cc-flandreinterieure.fr/fr/nw/574368/634987/le-shema-directeur-des-amenagements-cyclables-est-approuve", "Le schéma directeur des aménagements cyclables est approuvé (Communauté de communes de Flandre intérieure)")
    P("La CCFI a délibéré afin d’exercer la compétence « Mobilité » le 16 mars 2021. Les mobilités actives occupent une place majeure dans l’exercice de cette compétence et se retranscrivent notamment au travers de l’élaboration d’un schéma directeur des aménagements cyclables approuvé en Conseil communautaire ce 6 juillet.",
      [ENV, GOV], non=["16 mars 2021", "6 juillet"], notes="Dates de délibération et d'approbation (piège).")
    P("Ainsi, le réseau communautaire identifié par le schéma cyclable représente 125 km de voiries considérées comme étant les plus propices au report modal. La CCFI interviendra en financement sur tous les axes qu'ils soient communautaires, supra- communaux ou locaux.",
      [ENV], non=["125 km"], notes="Longueur du réseau identifié par le schéma (description du périmètre, pas une cible datée d'aménagements à réaliser) : piège, discutable.", ambiguous=True)

    S("https://www.muttersholtz.fr/projets/renovation-bbc-du-groupe-scolaire/", "Rénovation BBC du groupe scolaire (Commune de Muttersholtz)")
    P("En établissant sa stratégie de territoire à énergie positive, la commune avait repéré que le groupe scolaire était le bâtiment le plus énergivore de son patrimoine immobilier. En cause, la durée et l’intensité d’occupation, certes, avec des enfants présents 8 mois sur 12.",
      [NRJ], non=["8 mois sur 12"], notes="Constat (piège).")
    P("La commune a donc décidé que ce bâtiment serait le premier à bénéficier d’une rénovation thermique, avant de passer à la salle des fêtes et à la Mairie. Une étude thermique préalable a confirmé que, sur ce type de bâtiment, les travaux d’isolation étaient les plus « rentables » et prévoyaient une division par quatre des consommations énergétiques.",
      [NRJ], non=["quatre"], notes="« prévoyaient une division par quatre » : estimation d'une étude pour des travaux depuis réalisés (projection, piège) ; discutable, une cible de performance pourrait être lue.", ambiguous=True)

    S("https://chanaclesmines.fr/fr/nw/1469080/1810317/transition-energetique", "Transition énergétique (Commune de Chanac-les-Mines)")
    P("Pour rappel, face aux crises climatique et énergétique, la France a pris pour objectif d'atteindre la neutralité carbone d'ici 2050.",
      [ENV], objective=True, non=["2050"], notes="Objectif national qualitatif (neutralité carbone) avec une année, sans valeur chiffrée.", ambiguous=True)
    P("La loi n°2023-175 d'accélération du développement des énergies renouvelables du 10 mars 2023 fait de la planification territoriale de ces énergies une priorité. Elle réaffirme le rôle crutial des collectivités territoriales et des élus locaux pour l'aménagement du territoire en leur donnant de nouveaux leviers d'action.",
      [NRJ], non=["2023-175", "10 mars 2023"], notes="Numéro et date de loi (piège) ; coquille « crutial » conservée.")

    S("https://morbihan-energies.fr/energie-solaire-sarzeau-entre-en-production/", "Énergie solaire : Sarzeau entre en production (Morbihan Énergies, syndicat départemental d'énergies)")
    P("1 % de l’électricité consommée dans le Morbihan provient du solaire. La nouvelle centrale photovoltaïque de Sarzeau montre comment, en partenariat, nos structures locales peuvent monter un projet de production d’énergie.",
      [NRJ], non=["1 %"], notes="Part actuelle (statistique, piège).")
    P("Pour 2030, 40 % de l’électricité française devra être fournie par les énergies renouvelables, les émissions de gaz à effet de serre devront être en diminution de 40 % et la part du nucléaire devra être ramenée de 70 à 50 %.",
      [NRJ, ENV], objs=[Q(40, horizon=2030, subject="part des énergies renouvelables dans l'électricité française", themes=(NRJ,)),
                        Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de gaz à effet de serre", themes=(ENV,)),
                        Q(50, direction="decrease", horizon=2030, baseline_value=70, subject="part du nucléaire dans la production d'électricité", themes=(NRJ,))],
      notes="Objectifs de la loi de transition énergétique rappelés sur la page du syndicat ; « Pour 2030 » porte sur les trois ; « ramenée de 70 à 50 % » : niveau visé avec baisse et valeur de départ 70.", ambiguous=True)
    P("La centrale de 82 Kwcrête assurera une production de 95.000kw/h par an : la consommation annuelle hors chauffage de 30 foyers. Un contrat de rachat a été passé avec EDF au prix de 11,20 centimes.",
      [NRJ], non=["82 Kwcrête", "95.000kw/h", "30", "11,20 centimes"], notes="Caractéristiques et production attendue d'une installation, prix de rachat (piège).")

    S("https://stmeen-montauban.fr/le-plan-daction-pour-le-developpement-des-energies-renouvelables", "Le plan d'action pour le développement des énergies renouvelables (Communauté de communes Saint-Méen Montauban)")
    P("- La production locale d’énergies renouvelables représente 154 GWh et a augmenté de 67 % entre 2016 et 2022.\n- Elle représente 19 % de la production d’énergie.",
      [NRJ], non=["154 GWh", "67 %", "2016", "2022", "19 %"], notes="Constat et hausse passée (piège).")
    P("Les objectifs du Plan d’action à horizon 2030\n- Multiplier par 2 la production d’énergies renouvelables\n- Diminuer de 31 % les consommations d’énergie",
      [NRJ], objs=[Q(2, unit="x", direction="increase", kind="relative_change", horizon=2030, subject="production d'énergies renouvelables"),
                   Q(31, direction="decrease", kind="relative_change", horizon=2030, subject="consommations d'énergie du territoire")],
      notes="Intertitre et liste : « à horizon 2030 » est dans le passage ; « multiplier par 2 » : facteur 2, hausse.")
    P("- Développement du photovoltaïque sur les parkings (supérieurs à 1 500 m2) : un premier projet d’installation de deux ombrières photovoltaïques sur le parking de la gare de la Brohinière, d’une puissance totale de 143 kWc (cette puissance installée équivaut à la consommation annuelle de 33 foyers « tout électricité ») a été validé par le conseil communautaire.",
      [NRJ], non=["1 500 m2", "deux", "143 kWc", "33"], notes="Seuil de surface, caractéristiques d'un projet validé (piège).")

    S("https://parishabitat.fr/a-la-une/schema-promotion-achats-socialement-et-ecologiquement-responsables-dec-2019", "Schéma de promotion des achats socialement et écologiquement responsables, décembre 2019 (Paris Habitat, OPH)")
    P("En 2016, Paris Habitat est devenu le premier bailleur social français à obtenir la certification ISO 50 001 pour son management de la performance énergétique. Il est aussi certifié ISO 9001 et a obtenu le droit d’usage global de la\nmarque NF Habitat HQE.",
      [NRJ, GOV], non=["2016", "50 001", "9001"], notes="Date et numéros de normes (piège).")
    P("D’autre part, l’AFNOR a décerné la note de 90/100 à Paris Habitat, attestant ainsi de sa maturité RSE.",
      [GOV], non=["90/100"], notes="Note d'évaluation obtenue (résultat, piège).")
    P("Paris Habitat s’est engagé à déployer des pratiques bas-carbone dans le cadre de ses activités, à identifier les cibles pertinentes selon les 9 ODD sélectionnés et à se fixer des objectifs quantitatifs ambitieux dans le cadre de sa stratégie 1.5°C.",
      [ENV, GOV], objective=True, non=["9", "1.5°C"], notes="Engagement qualitatif (objectifs quantitatifs annoncés mais non chiffrés dans le passage) ; 9 ODD est un compte, 1.5°C le nom de la stratégie.", ambiguous=True)

    S("https://parishabitat.fr/a-la-une/le-logement-au-service-de-linsertion", "Le logement au service de l'insertion (Paris Habitat, OPH)")
    P("Pourtant cet homme au sourire expressif n’habite pas ici, il ne fait pas non plus partie des équipes de Paris Habitat. En effet, Mouhamadou est maçon sur l’opération de réhabilitation Plan Climat actuellement en cours au sein de la résidence. Comme deux autres de ses collègues, il bénéficie d’un programme d’insertion professionnelle de deux ans comportant de la formation théorique et la validation des acquis professionnels sur le terrain.",
      [CS], non=["deux", "deux ans"], notes="Témoignage et durée d'un parcours d'insertion (piège).")
    P("L’établissement poursuit ainsi cette ambition au travers de sa politique d’achats, s’engageant à contribuer à l’insertion sociale de ces publics en difficulté par le biais de la commande publique. Un schéma de promotion des achats socialement et écologiquement responsables a d’ailleurs été formalisé.",
      [CS, GOV], objective=True, notes="Engagement qualitatif de l'office (insertion par la commande publique, SPASER), sans valeur.")

    S("https://sarthe.fr/actualites/retour-sur-la-commission-permanente-environnement-0", "Retour sur la commission permanente : environnement (Département de la Sarthe)")
    P("Parmi les 44 dossiers examinés lors de la Commission permanente du Conseil départemental réunie vendredi 23 février 2024, focus sur ceux relatifs à l'environnement : mise en place d’un groupement de commandes pour les produits alimentaires afin de favoriser l’approvisionnement local.",
      [ALIM, GOV], non=["44", "23 février 2024"], notes="Nombre de dossiers et date de séance (piège).")
    P("Au regard des objectifs fixés en matière de qualité d’approvisionnement des achats alimentaires dans les collèges sarthois (80% de produits locaux dans les assiettes d’ici 2026), il a été proposé aux collèges publics sarthois de s’associer à ce projet d’accord-cadre d’une durée maximale de 4 ans via un groupement de commandes. 45 établissements scolaires ont répondu favorablement à l’adhésion à ce groupement, piloté par le Département.",
      [ALIM, GOV], objs=[Q(80, horizon=2026, subject="produits locaux dans les assiettes des collèges", themes=(ALIM,))],
      non=["4 ans", "45"], notes="Cible départementale datée (80 % d'ici 2026) ; durée de l'accord-cadre et nombre d'adhérents sont des pièges.")

    S("https://www.val-de-sarthe.fr/environnement-cadre-vie/contrat-dobjectifs-territorial", "Contrat d'objectifs territorial (Communauté de communes du Val de Sarthe)")
    P("Fin 2021, la Communauté de communes du Val de Sarthe a signé un Contrat d’objectifs territorial (COT) pour la période 2022-2026, en partenariat avec l’ADEME et le ministère de la Transition écologique. Ce contrat a pour objectifs de renforcer le projet de territoire et de soutenir les actions nécessaires à l’atteinte de la neutralité carbone d’ici 2050, conformément aux engagements du Plan climat air énergie territorial (PCAET).",
      [ENV, GOV], objective=True, non=["2021", "2022-2026", "2050"],
      notes="Objectif qualitatif (neutralité carbone d'ici 2050) ; date de signature et période du contrat (pas d'horizon chiffré).", ambiguous=True)
    P("L’ADEME a établi deux référentiels regroupant plus de 1 300 actions possibles pour les collectivités. En 2023, un premier audit a permis d’évaluer la Communauté de communes :\n• 30 % pour le référentiel Climat-Air-Énergie.\n• 10 % pour le référentiel Économie Circulaire.",
      [ENV, CIRC, GOV], non=["deux", "1 300", "2023", "30 %", "10 %"], notes="Scores d'audit obtenus (résultats, piège) et nombre d'actions des référentiels.")

    S("http://agenda21.hautes-alpes.fr/711-n4-concretiser-la-demarche-route-durable-.htm", "N4 / Concrétiser la démarche « route durable » (Agenda 21, Conseil général des Hautes-Alpes)")
    P("Le Conseil Général en tant qu’exploitant et aménageur d’un réseau routier de 1 962 km occupe un rôle important sur cette thématique. Il fixe lui-même le niveau de service de son réseau qui détermine sa politique routière.",
      [ENV], non=["1 962 km"], notes="Longueur du réseau (compte, piège) ; thème déduit de la démarche « route durable » du titre.", ambiguous=True)
    P("Enfin, des dispositions permettront d’améliorer les conditions de travail des ouvriers, notamment les enrobés froids ou tièdes, et de favoriser l’insertion sociale.",
      [TRAV, CS, ENV], objective=True, notes="Objectifs qualitatifs de l'action (conditions de travail, insertion), sans valeur.")

    S("https://www.sevresanxaumont.fr/index.php/la-mairie/143-environnement/546-gestion-differenciee-des-espaces-verts", "Gestion différenciée des espaces verts (Commune de Sèvres-Anxaumont)")
    P("Cela implique tout d’abord de respecter la réglementation en vigueur pour la protection de la santé et de l’environnement mais aussi de prendre toutes les précautions utiles pour la gestion et l’usage des pesticides. S’ajoute ensuite l’objectif de réduire progressivement et durablement l’usage de pesticides en adaptant nos façons de travailler (paillage, plante couvre sol, enherbage)",
      [BIO, SANTE, ENV], objective=True, notes="Objectif qualitatif de réduction des pesticides, sans valeur ; tranche d'une phrase plus longue.")

    S("https://maconnais-sud-bourgogne.fr/14-qui-sommes-nous.html", "Qui sommes-nous ? (PETR Mâconnais Sud Bourgogne)")
    P("A l’échelle nationale et au 1er janvier 2018, les territoires de projet (PETR, pays, syndicats mixtes) étaient au nombre de 262, ils couvraient 70% du territoire métropolitain et concernaient 45% de la population française.",
      [], non=["1er janvier 2018", "262", "70%", "45%"], notes="Statistique sur les territoires de projet (piège) ; passage général sans thème de la taxonomie.")

    S("https://www.energie28.fr/actualites/eclairage-public-25-millions-deuros-pour-la-transformation-du-parc-177.html", "Éclairage public : 2,5 millions d'euros pour la transformation du parc (ENERGIE Eure-et-Loir, syndicat départemental)")
    P("ENERGIE Eure-et-Loir compte 205 collectivités adhérentes à la compétence éclairage public et gère 43 560 points lumineux dont 24 105 d’ores et déjà dotés de la technologie Led (soit 55,34% du parc). 19 455 installations demeurent équipées de sources plus énergivores.",
      [NRJ], non=["205", "43 560", "24 105", "55,34%", "19 455"], notes="État du parc (comptes et part déjà atteinte, piège).")
    P("Allié à un fléchage prioritaire des crédits budgétaires du syndicat vers la modernisation de l’éclairage public, le soutien de l’État à travers le dispositif « Fonds Vert » permettra in fine au syndicat d’accompagner en 2024 : 78 projets, cet effet levier devant permettre le traitement en Led de 4 270 points lumineux (soit en une seule année pas loin de 22 % du parc énergivore restant à fin 2023).",
      [NRJ], objs=[Q(78, unit="count", kind="absolute", horizon=2024, subject="projets d'éclairage public accompagnés par le syndicat"),
                   Q(4270, unit="count", kind="absolute", horizon=2024, subject="points lumineux passés en LED")],
      non=["22 %", "2023"],
      notes="Programme 2024 annoncé (78 projets, 4 270 points lumineux) lu comme cibles de volume ; 22 % est la part que cela représente (calcul, non étiqueté) ; fin 2023 date le parc restant. Programme plutôt que cible d'achat : discutable.", ambiguous=True)

    S("https://te38.fr/?p=8545", "TE38 lauréat du programme Lum'ACTEE (Territoire d'Énergie Isère)")
    P("Au 1er janvier 2024, 293 communes ont délégué la compétence en éclairage public (EP) au syndicat. À chaque nouvelle adhésion, TE38 entreprend un diagnostic exhaustif du réseau de la commune. À la suite de cette évaluation, TE38 propose systématiquement à la commune un schéma directeur de rénovation, visant à atteindre un patrimoine composé à 100% de luminaires LED.",
      [NRJ], objs=[Q(100, subject="luminaires LED dans le patrimoine d'éclairage public des communes")],
      non=["1er janvier 2024", "293", "38"], notes="« visant à atteindre … 100% de luminaires LED » : cible des schémas directeurs, sans année ; 293 communes est un compte, 38 est dans le sigle TE38.")
