"""Twelfth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh12.jsonl).

Collected in one pass for the lead, blind to what the extractor gets wrong (no extractor run on these passages, no
error listing, first score or error table read), to measure it on text nobody here had read. Pages that are not the
sites of public bodies: trade press (public purchasing, local authorities, building, collective catering, energy),
national and regional press, networks and associations (insertion, ESS, organic farming, environment), federations,
consultancies and law firms, companies' and cooperatives' pages, think tanks and blogs; and traps: results of the
past, statistics and surveys, budgets, counts, dates, procurement-law thresholds, forecasts, hypothetical examples.
Pages of sites that neither the shared dev set, nor any training passage (``corpora/real``, the collected set), nor
an earlier fresh set uses (the build checks). Labelled with the conventions of the shared real dev set; never run
through the extractor here (the lead scores it). Every passage is copied from the opening of a public web page as the
project's search tool stored it, cited by its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, ESS, GOV, HAND, NRJ, PME

SANTE = "sante"


def load(S, P, Q) -> None:

    S("https://tvvendee.fr/plus-info/le-de-linfo-lagriculture-biologique-dans-la-restauration-collective/", "Le + de l'info : l'agriculture biologique dans la restauration collective (TV Vendée)")
    P("La loi Egalim impose 20% de bio dans les assiettes. En restauration collective, ce sont de grandes quantités pour des publics sensibles.",
      [ALIM], objs=[Q(20, subject="part de produits bio dans les assiettes de la restauration collective")],
      notes="Quota légal EGalim cité (objectif) ; pas d'année.")

    S("https://lainagricole.fr/articles/11/04/2024/egalim-L-etat-veut-accelerer-pour-la-restauration-collective-90306/", "Égalim : L’État veut « accélérer » pour la restauration collective (L'Ain agricole)")
    P("Avec 400 millions de repas servis dans ses restaurants collectifs et 1 milliard d’euros d’achats, l’État est le « premier restaurateur du pays ».",
      [ALIM], non=["400 millions", "1 milliard d’euros"], notes="Volumes de repas et d'achats (piège).")

    S("https://departements.fr/departements-ess-facon-dentreprendre/", "Les Départements, l'ESS, une autre façon d'entreprendre (Départements de France)")
    P("Avec environ 165 000 entreprises composées de 154 000 associations employeuses, 8 700 coopératives, 800 mutuelles, 500 fondations, une centaine de sociétés commerciales, l’ESS emploie près de 2,4 millions de salariés, dans des secteurs très divers : elle représente par exemple 63 % des emplois de l’action sociale, 56 % des emplois du sport et des loisirs, 29 % de la culture et de nombreux emplois dans le domaine agricole.",
      [ESS], non=["165 000", "154 000", "8 700", "800", "500", "2,4 millions", "63 %", "56 %", "29 %"], notes="Statistiques sur l'ESS (piège).")

    S("https://cance.fr/facilitatrice-des-clauses-sociales-le-point-de-depart-de-linsertion-reussie/", "Facilitatrice des clauses sociales, le point de départ de l’insertion réussie (établissements Cancé)")
    P("Peut-être cela explique-t-il le taux encore faible de marchés clausés, avec seulement 10,2% des marché publics en 2018.[1]",
      [CS], non=["10,2%", "2018", "[1]"], notes="Constat d'une année passée (piège).")

    S("https://roberttboucher.s3.amazonaws.com/clauses-dinsertion-le-financement-des-facilitateurs-freine-leur-developpement.html", "Clauses d'insertion : le financement des facilitateurs freine leur développement (copie d'un article de presse)")
    P("La situation est des plus paradoxales : plus les marchés publics \"clausés\" - incluant une part des heures de travail (entre 5% et 10%) réservée à des publics éloignés de l’emploi - augmentent et plus les financements pour accompagner l’organisation nécessaire à leur bon fonctionnement se réduisent.",
      [CS], non=["5%", "10%"], notes="Description de la part habituelle des heures réservées dans les marchés clausés, pas une cible fixée (piège).", ambiguous=True)

    S("https://www.apecita.com/actualites/sylvie-dauriat-presidente-de-restauco-nous-devons-faire-entendre-les-besoins-de-la-restauration-collective", "Sylvie Dauriat, Présidente de Restau'Co « Nous devons faire entendre les besoins de la restauration collective » (Apecita)")
    P("La loi EGalim implique qu’au 1er janvier 2022, les repas servis en restauration collective publique comptent 50 % de produits de qualité et durables, dont au moins 20 % de produits biologiques.",
      [ALIM], objs=[Q(50, horizon=2022, subject="produits de qualité et durables dans les repas de la restauration collective publique"),
                    Q(20, horizon=2022, comparator=">=", subject="dont produits biologiques")],
      notes="Quota légal EGalim cité ; « au 1er janvier 2022 » lu comme l'échéance de la cible (horizon), non comme une entrée en vigueur.", ambiguous=True)
    P("Au total, le secteur de la restauration collective représente 3,6 milliards de repas servis par an, 82 000 restaurants et 300 000 emplois.",
      [ALIM], non=["3,6 milliards", "82 000", "300 000"], notes="Chiffres du secteur, « par an » décrit un volume (piège).")

    S("https://www.latoque.fr/actualites/les-restaurateurs-reduisent-leur-impact-ecologique-1,0,441557721.html", "Les restaurateurs réduisent leur impact écologique (La Toque)")
    P("Dans les actes, le changement est palpable : 70 % des\n\nrestaurateurs réduisent, trient ou recyclent leurs déchets, 53 % ont mis en place une carte courte et 58 % utilisent des produits locaux afin de réduire leur empreinte carbone...",
      [CIRC, ALIM], non=["70 %", "53 %", "58 %"], notes="Résultats de sondage (piège).")

    S("https://gestionnaire03.fr/mapa1-7688m.htm", "Marchés publics (1) : les marchés à procédure adaptée (site Gestionnaire03)")
    P("Pour   les   années   2024   et   2025,   et     pour   les   EPLE,   le   seuil   des   marchés   formalisés   passe   de   215   000   €   HT   à   221   000   €   HT   pour   les   marchés   de   fournitures   et   de   services et pour les marchés de travaux de 5 382 000 € HT à 5 538 000 € HT .",
      [GOV], non=["2024", "2025", "215 000 € HT", "221 000 € HT", "5 382 000 € HT", "5 538 000 € HT"], notes="Seuils de procédure qui « passent de … à » : pas une cible (piège).")

    S("https://informations.handicap.fr/a-esat-ea-avant-poste-economie-sociale-solidaire-35213.php", "ESAT et EA, avant-poste de l'économie sociale et solidaire (Handicap.fr)")
    P("69 % des entreprises et organisations publiques veulent poursuivre ce type de partenariat dans les deux ans à venir, une évolution de 5 points par rapport à 2018.",
      [HAND], non=["69 %", "deux", "5 points", "2018"], notes="Résultat d'enquête sur des intentions (piège).")
    P("« Seuls 13 % recourent à ce type d'achats pour réduire leur contribution », affirme le réseau économique des ESAT et entreprises adaptées, à l'origine de cet observatoire.",
      [HAND], non=["13 %"], notes="Résultat d'enquête (piège).")

    S("https://wikizero.net/wiki/fr/PCAET", "Plan climat-air-énergie territorial — Wikipédia (miroir WikiZero)")
    P("Obligatoire pour toute intercommunalité à fiscalité propre (EPCI) de plus de 20 000 habitants, à la fois stratégique et opérationnel, il décline et met en œuvre, à l’échelle de son territoire, les objectifs internationaux, européens et nationaux en matière de qualité de l'air, d'énergie et de climat",
      [ENV, NRJ], non=["20 000"], notes="Seuil d'obligation en population (piège) ; objectifs non chiffrés.")

    S("https://www.gycea.com/post-1/", "Achats responsables : quand la fonction Achats devient vecteur de transition durable (Gycea)")
    P("Le secteur public n’est pas en reste : le Plan national pour des achats durables 2022‑2025 fixe l’objectif de 100 % de contrats comportant au moins une clause environnementale et 30 % une clause sociale d’ici 2025, afin d’anticiper les obligations posées par la loi Climat et Résilience (2021).",
      [ENV, CS], objs=[Q(100, horizon=2025, subject="contrats comportant au moins une clause environnementale", themes=(ENV,)),
                       Q(30, horizon=2025, subject="contrats comportant une clause sociale", themes=(CS,))],
      non=["2022‑2025", "2021"], notes="Objectifs du PNAD cités ; la période du plan n'est pas un horizon, « d'ici 2025 » l'est.")
    P("L’Europe lui a emboîté le pas avec la directive sur le devoir de vigilance élargie, adoptée en mai 2024 : à partir de 2029, les groupes de plus de 1 000 salariés et 450 M € de chiffre d’affaires devront démontrer qu’eux‑mêmes et leurs partenaires atténuent activement leurs impacts négatifs, sous peine d’amendes pouvant atteindre 5 % du chiffre d’affaires mondial.",
      [GOV], non=["2024", "2029", "1 000", "450 M €", "5 %"], notes="Seuils d'assujettissement et plafond d'amende (piège).")

    S("https://eluseelvapparentesoccitanie.jimdofree.com/2016/11/28/rapport-d%C3%A9veloppement-durable-kathy-wersinger-ap-du-28-novembre-2016", "Rapport développement durable, intervention en assemblée plénière du 28 novembre 2016 (élus EELV et apparentés Occitanie)")
    P("Notre Région doit s’en emparer d’autant plus que suite au travail de la député écologiste Brigitte Alain, l'Assemblée nationale a en effet voté le 23 novembre une disposition qui impose l'introduction de 40% de produits locaux ou de saison, et 20% de produits bio, dans la restauration publique collective à compter du 1er janvier 2020.",
      [ALIM], objs=[Q(40, subject="produits locaux ou de saison dans la restauration publique collective"),
                    Q(20, subject="produits bio dans la restauration publique collective")],
      non=["23 novembre", "1er janvier 2020"], notes="Quota voté en première lecture, cité comme objectif ; « à compter du 1er janvier 2020 » : entrée en vigueur d'une obligation à un seul niveau, pas d'horizon.", ambiguous=True)

    S("https://matrice1804.fr/pourquoi-et-comment-favoriser-le-reemploi/", "Pourquoi et comment favoriser le réemploi ? Quand on est maître d'ouvrage public (Matrice)")
    P("Pourtant, bien que le taux de valorisation de ces matières inertes atteigne environ 74%, le taux de réemploi reste encore minime à l’heure actuelle (moins de 1% des déchets du bâtiment selon l’ADEME).",
      [CIRC], non=["74%", "1%"], notes="Constats (piège) ; « atteigne » décrit un taux actuel.")
    P("En 2017, selon les chiffres de l’ADEME, 224 millions de tonnes de déchets du BTP ont ainsi été générés sur 326 millions de tonnes au total.",
      [CIRC], non=["2017", "224 millions de tonnes", "326 millions de tonnes"], notes="Statistique passée (piège).")

    S("https://letempsduprojet.fr/contribution/restauration-collective-bio", "Restauration collective bio (contribution, Le temps du projet)")
    P("Les lois Egalim2018 et Climat et Resilience 2021 avaient fixé l’objectif de 20% pour la part de bio dans la restauration collective en 2022; il est loin d’être atteint",
      [ALIM], objs=[Q(20, horizon=2022, subject="part de bio dans la restauration collective")],
      non=["2018", "2021"], notes="Quota légal cité au passé, avec son échéance « en 2022 » ; les années dans les noms de lois ne sont pas des horizons.", ambiguous=True)
    P("Relancer la directive vers tous les partenaires et fixer un nouvel objectif plus ambitieux comme 30% de bio dans la restauration collective avant 2030",
      [ALIM], objs=[Q(30, horizon=2030, subject="part de bio dans la restauration collective")],
      notes="Proposition d'un contributeur, annotée comme objectif ; « avant 2030 » : horizon.", ambiguous=True)

    S("https://territoiresbio.fr/developper-lalimentation-bio/loi-climat-quest-ce-que-ca-change-pour-ma-restauration-collective/", "Loi Climat : qu’est-ce que ça change pour ma restauration collective ? (Territoires Bio)")
    P("Depuis le 1er janvier 2022, les restaurants collectifs gérés par acteurs publics doivent proposer 50% de produits durables et de qualité dont au moins 20% de produits bio (ou en conversion).",
      [ALIM], objs=[Q(50, subject="produits durables et de qualité dans les restaurants collectifs publics"),
                    Q(20, comparator=">=", subject="dont produits bio ou en conversion")],
      non=["1er janvier 2022"], notes="Quota légal EGalim en vigueur ; « depuis » : pas d'horizon.")
    P("Grâce à la loi Climat et Résilience, les restaurants collectifs privés, comme les restaurants d’entreprises, devront respecter cette même règle à partir du 1er janvier 2024.",
      [ALIM], objective=True, non=["1er janvier 2024"],
      notes="Obligation future dont les taux sont dans la phrase précédente : objectif sans valeur dans le passage ; la date est une entrée en vigueur.", ambiguous=True)

    S("https://gazettebourgogne.fr/article/marches-publics-paris-2024-une-opportunite-pour-les-petites-entreprises", "Marchés publics : Paris 2024, une opportunité pour les petites entreprises ? (Gazette Bourgogne)")
    P("En termes financiers, l’enjeu est de taille : il s’agit d’un marché qui pèse environ 2,5 milliards d’euros.",
      [PME], non=["2,5 milliards d’euros"], notes="Montant d'achats (piège).")

    S("https://pandobac.com/loi-egalim-interdiction-plastique", "Loi EGalim : interdiction du plastique en restauration collective (Pandobac)")
    P("- Depuis le 1er janvier 2022, 50 % de produits durables et de qualité, dont 20% de produits biologiques\n- Au 1er janvier 2024, 60 % de produits durables et de qualité pour les viandes et les poissons (taux porté à 100% pour la restauration d’Etat)",
      [ALIM], objs=[Q(50, subject="produits durables et de qualité en restauration collective"),
                    Q(20, subject="dont produits biologiques"),
                    Q(60, horizon=2024, subject="viandes et poissons durables et de qualité"),
                    Q(100, direction="increase", horizon=2024, subject="viandes et poissons durables et de qualité dans la restauration d'État")],
      non=["1er janvier 2022"], notes="Quotas légaux ; « depuis » : pas d'horizon ; « Au 1er janvier 2024 » : palier d'une trajectoire, lu comme horizon ; « porté à » : hausse.", ambiguous=True)
    P("La loi EGalim se compose ainsi de 5 mesures phares pour la restauration collective avec une application progressive :",
      [ALIM], non=["5"], notes="Nombre de mesures (piège).")

    S("https://sephoragro.com/2025/01/24/impact-de-la-loi-egalim-sur-les-dechets-plastiques-en-restauration", "Impact de la loi EGalim sur les déchets plastiques en restauration (Sephoragro)")
    P("En effet, dans les collectivités territoriales de moins de 2 000 habitants, cette interdiction sera applicable au plus tard le 1er janvier 2028.",
      [CIRC], objective=True, non=["2 000", "1er janvier 2028"],
      notes="Interdiction future sans valeur chiffrée (objectif qualitatif) ; 2 000 habitants est un seuil.", ambiguous=True)

    S("https://www.manutan.be/blog/fr-be/durabilite-lieu-travail/comment-atteindre-une-strategie-dachats-zero-emission-nette/", "Comment atteindre une stratégie d’achats « zéro émission nette » ? (Manutan Belgique)")
    P("C’est ainsi qu’une multitude de pays s’est engagée, en faveur de l’action climatique, à réduire ses émissions mondiales de 55 % d’ici à 2030, puis à atteindre l’objectif de zéro émission nette à horizon 2050.",
      [ENV], objs=[Q(55, direction="decrease", kind="relative_change", horizon=2030, subject="émissions mondiales")],
      non=["2050"], notes="Engagement cité ; « zéro émission nette à horizon 2050 » : cible non chiffrée au sens des conventions (non étiquetée).", ambiguous=True)
    P("De nombreux experts scientifiques s’accordent d’ailleurs à dire que la capacité mondiale d’énergie renouvelable (éolien, solaire, hydraulique et géothermique) doit tripler à horizon 2030.",
      [NRJ], objs=[Q(3, unit="x", direction="increase", kind="relative_change", horizon=2030, subject="capacité mondiale d'énergie renouvelable")],
      notes="Besoin exprimé par des experts, lu comme cible ; « tripler » : facteur 3, hausse.", ambiguous=True)

    S("https://www.airliquide.com/fr/histoires/developpement-durable/agir-avec-notre-ecosysteme-engager-nos-fournisseurs-pour-reduire-les-emissions-de-scope-3", "Agir avec notre écosystème : engager nos fournisseurs pour réduire les émissions de scope 3 (Air Liquide)")
    P("13,8 Mds € Biens et services achetés chaque année par Air Liquide auprès de 100 000 fournisseurs",
      [GOV], non=["13,8 Mds €", "100 000"], notes="Volume d'achats annuel et nombre de fournisseurs (piège).")

    S("https://associations-lpdl.org/index.php/actus-vie-associative-centre-de-ressources-a-la-vie-associative-fal-44-la-ligue-44/on-gere-notre-asso/actualite-gestion-association/621-crva-ess-udes-economie-sociale-et-solidaire-marches-publics-fal44-laligue44", "L'Udes et les marchés publics (Centre de ressources à la vie associative, FAL 44)")
    P("Tout en soulignant les avancées de la loi de 2014, avec \"l’obligation pour certains acheteurs de se doter d’un schéma de promotion des achats publics socialement et écologiquement responsables\", l'Union rappelle que \"seuls 6,1% des marchés d’un montant supérieur à 90.000 euros HT comportaient une clause sociale\" en 2013.",
      [CS, GOV], non=["2014", "6,1%", "90.000 euros HT", "2013"], notes="Constat passé et seuil de recensement (piège).")

    S("https://www.petitesaffiches.fr/actualites,069/economie,045/les-surprises-des-commandes-au,6750.html", "Les surprises des commandes au niveau national (Les Petites Affiches des Alpes-Maritimes)")
    P("Mais, avec 67 milliards, l’augmentation de +1,5 % en valeur par rapport à l’année précédente reste encore loin du record établi en 2012 avec le cap des 80 milliards.",
      [GOV], non=["67 milliards", "+1,5 %", "2012", "80 milliards"], notes="Volumes et évolution passés (piège).")

    S("https://entreprendre.bzh/bio-20-restauration-2022-cantine/amp", "20% de produits bio dans la restauration collective (Entreprendre.bzh)")
    P("En 2022, 50% de produits de qualité et durables, dont au moins 20 % de produits bio devront être servis dans les restaurants d’établissements publics, écoles, hôpitaux, prisons.",
      [ALIM], objs=[Q(50, horizon=2022, subject="produits de qualité et durables dans les restaurants publics"),
                    Q(20, horizon=2022, comparator=">=", subject="dont produits bio")],
      notes="Quota légal EGalim avec son échéance « En 2022 ».")
    P("Au plus tard le 1er janvier 2022, la restauration collective dans les crèches, écoles, mais également les établissements de santé, sociaux, pénitentiaire devront proposer 20% de produits bio dans leur menu. Aujourd’hui, ces produits sont représentés à hauteur de 10% dans la restauration publique.",
      [ALIM], objs=[Q(20, horizon=2022, subject="produits bio dans les menus de la restauration collective")],
      non=["10%"], notes="« Au plus tard le 1er janvier 2022 » : échéance (horizon) ; 10 % : niveau actuel.")
    P("A Brest, le bio est introduit dans les cantines depuis presque 13 ans : “plus de 60% de nos produits sont bio, avec pour objectif d’atteindre les 80% en 2022”, précise Emilie Kuchel, adjointe au maire chargée des affaires sociales.",
      [ALIM], objs=[Q(80, horizon=2022, subject="produits bio dans les cantines de Brest")],
      non=["13", "60%"], notes="Objectif communal daté ; 60 % est le niveau atteint.")

    S("https://carrillonspourlatransition.fr/3-energie-renouvelable-et-locale/", "Alimenter les bâtiments et l’éclairage publics en énergie 100 % renouvelable et locale (Carrillons pour la transition)")
    P("Au niveau législatif, le code de la construction et de l’habitation (article L. 111-10-3) prévoit l’obligation de mise en œuvre d’actions de réduction de la consommation d’énergie finale dans les bâtiments existants à usage tertiaire (dont les bâtiments des collectivités) afin de parvenir à une réduction de la consommation d’énergie finale d’au moins 40 % en 2030, 50 % en 2040 et 60 % en 2050 par rapport à 2010.",
      [NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2010, comparator=">=", subject="consommation d'énergie finale des bâtiments tertiaires"),
                   Q(50, direction="decrease", kind="relative_change", horizon=2040, baseline_year=2010, comparator=">=", subject="consommation d'énergie finale des bâtiments tertiaires"),
                   Q(60, direction="decrease", kind="relative_change", horizon=2050, baseline_year=2010, comparator=">=", subject="consommation d'énergie finale des bâtiments tertiaires")],
      non=["L. 111-10-3"], notes="Obligation légale à paliers (« au moins » porte sur les trois paliers) ; référence d'article non cible.")
    P("La loi relative à la transition énergétique (2015) donne un objectif de 32% d’électricité provenant de sources renouvelables d’ici 2030 dans le mix électrique français.",
      [NRJ], objs=[Q(32, horizon=2030, subject="électricité d'origine renouvelable dans le mix électrique")],
      non=["2015"], notes="Objectif national cité.")
    P("D’après l’enquête 2012 « Énergie et patrimoine communal » de l’ADEME, les communes françaises ont une consommation énergétique totale de 27,7 milliards de kWh, soit une facture de 2,85 milliards d’euros.",
      [NRJ], non=["2012", "27,7 milliards de kWh", "2,85 milliards d’euros"], notes="Statistiques d'enquête (piège).")

    S("https://agencelibra.com/sevres-sattaque-a-la-consommation-energetique-de-ses-batiments-publics-la-facture-risque-detre-elevee", "Sèvres s’attaque à la consommation énergétique de ses bâtiments publics (Agence Libra)")
    P("La municipalité des Hauts-de Seine a fait appel à un ingénieriste pour mettre au point une feuille de route visant à réduire la facture de 40% d’ici 2030, en conformité avec les objectifs de la loi Elan.",
      [NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="facture énergétique des bâtiments publics de Sèvres")],
      notes="Objectif de réduction daté.")

    S("https://info-flash.com/info-flash/actualites/france/hauts-de-france/nord/23244-leers/77666032-information.html", "Leers : centrale photovoltaïque sur l'hôtel de ville (Info-flash)")
    P("Depuis plusieurs jours, 70 panneaux solaires sont à présent posés. Par an, cette centrale devrait produire 30 000 kWh, soit 2.5 tonnes de CO2 évités.",
      [NRJ, ENV], non=["70", "30 000 kWh", "2.5 tonnes"], notes="Dénombrement et production prévue (prévision, piège).")

    S("https://www.le-tout-lyon.fr/reemploi-la-solution-miracle-face-a-la-penurie-106677.html", "Réemploi : la solution miracle face à la pénurie ? (Le Tout Lyon)")
    P("« On peut estimer à moins de 1 % la part de matériaux réemployés utilisée sur les chantiers. Pourtant, des structures existent et œuvrent pour le réemploi.",
      [CIRC], non=["1 %"], notes="Estimation de la part actuelle (piège).")

    S("http://lamarec.fr/?p=4535", "Achats durables des établissements médico-sociaux (Lamarec)")
    P("Objectif : Respecter a minima les critères de développement durable dans les procédures d’achat des établissements médico-sociaux, tels que définis par le Plan National pour des Achats Durables (PNAD) 2022-2025 et le programme Performance hospitalière pour les achats responsables (PHARE) pour le secteur public.",
      [GOV, SANTE], objective=True, non=["2022-2025"], notes="Objectif qualitatif (sans valeur) ; la période du PNAD n'est pas un horizon.")

    S("https://lesdecheticiens.fr/2022/05/27/reemploi-et-reutilisation-dans-le-batiment-en-france-objectif-stagnation/page/3/", "Réemploi et réutilisation dans le bâtiment en France : objectif stagnation (Les Déchéticiens)")
    P("Malgré une baisse d’environ 1 % par an sur dix ans, il représente un peu plus de deux-tiers des déchets produits en France (hors agriculture et sylviculture).",
      [CIRC], non=["1 %", "dix", "deux-tiers"], notes="Évolution passée « par an » et part constatée (piège).")

    S("https://www.materiel-horeca.com/guide/loi-garot-restauration-collective-le-point-dans-la-lutte-contre-le-gaspillage-alimentaire/", "Loi Garot restauration collective : le point dans la lutte contre le gaspillage alimentaire (Matériel Horeca)")
    P("L’objectif de cette loi est de réduire le gaspillage alimentaire de 50 % par rapport à son niveau de 2015 dans les domaines de la distribution alimentaire et de la restauration collective d’ici 2025 et de 50 % par rapport à son niveau de 2015 dans les domaines de la consommation, de la production, de la transformation et de la restauration commerciale d’ici 2030.",
      [CIRC, ALIM], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2025, baseline_year=2015, subject="gaspillage alimentaire de la distribution et de la restauration collective"),
                          Q(50, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2015, subject="gaspillage alimentaire de la consommation, production, transformation et restauration commerciale")],
      notes="Deux objectifs légaux de réduction, chacun avec son horizon et l'année de référence 2015.")
    P("Les grossistes réalisant un chiffre d’affaires annuel supérieur à 50 millions d’euros sont tenus de ne pas détruire les invendus alimentaires ou les dons alimentaires.",
      [CIRC, ALIM], non=["50 millions d’euros"], notes="Seuil d'assujettissement (piège).")

    S("https://entreprendre-rennes.fr/article/relocalisation", "Relocalisation des achats des entreprises bretonnes (Entreprendre Rennes)")
    P("Relocaliser une partie des achats des entreprises bretonnes pourrait créer 130 000 emplois, générer plus de 5 milliards d’euros de PIB et permettre l’économie de 3 millions de tonnes de gaz à effet de serre à horizon 2030, d’après l’étude Reloc’h menée pour Produit en Bretagne entre 2019 et 2021.",
      [PME, ENV], non=["130 000", "5 milliards d’euros", "3 millions de tonnes", "2030", "2019", "2021"], notes="Estimation hypothétique d'une étude (« pourrait ») : pas un objectif (piège), malgré « à horizon 2030 ».")

    S("https://politique.pappers.fr/document/circulaire-2-mai-2008-relative-lexemplarite-letat-matiere-dutilisation-produits-issus-lagriculture-biologique-restauration-collective-JORFTEXT000018806803", "Circulaire du 2 mai 2008 relative à l'exemplarité de l'État en matière d'utilisation de produits issus de l'agriculture biologique dans la restauration collective (Pappers Politique)")
    P("En 2006, l'agriculture biologique ne représentait que 2 % de la surface agricole utile. Pourtant, le marché des produits issus de l'agriculture biologique progressait rapidement de 10 % par an en moyenne entre 1999 et 2006. Le « Grenelle de l'environnement » a ainsi retenu un objectif de 6 % de la surface agricole utile en agriculture biologique en 2012.",
      [ALIM], objs=[Q(6, horizon=2012, subject="surface agricole utile en agriculture biologique")],
      non=["2006", "2 %", "10 %", "1999"], notes="Seul 6 % en 2012 est un objectif ; 2 % et la croissance de 10 % par an sont des constats passés.")

    S("https://www.echoppe.fr/content/126-la-loi-agec-pour-les-nuls", "La loi AGEC pour « les nuls » (Echoppe)")
    P("Pour la filière TLC (textile d’habillement, linge de maison et chaussures), la loi AGEC stipule que 20% du montant du volume d’achat annuel réponde à ces exigences.",
      [CIRC], objs=[Q(20, per_year=True, subject="part du volume d'achat annuel de textiles et chaussures issus du réemploi, de la réutilisation ou du recyclage")],
      notes="Quota légal AGEC ; « volume d'achat annuel » : per_year.")
    P("Un des objectifs principaux visés par la loi AGEC est d’arriver à obtenir le zéro plastique jetable pour 2040.",
      [CIRC], objective=True, non=["2040"],
      notes="Objectif « zéro plastique jetable » : cible de suppression sans valeur positive au sens des conventions (non chiffrée) ; 2040 serait son échéance.", ambiguous=True)

    S("https://grandparisdurable.org/2021/06/23/grand-paris-express-cap-sur-linsertion/", "Grand Paris Express : cap sur l’insertion (Grand Paris Durable)")
    P("Cette dynamique est amenée à s’intensifier dans les mois à venir, puisque, depuis octobre 2020, les groupements d’entreprises qui travaillent avec la Société du Grand Paris ont pour obligation de réserver 10 % des heures travaillées sur les chantiers aux publics éloignés de l’emploi",
      [CS], objs=[Q(10, subject="heures travaillées sur les chantiers réservées aux publics éloignés de l'emploi")],
      non=["octobre 2020"], notes="Obligation contractuelle en vigueur (« depuis ») : objectif sans horizon ; tranche contiguë d'une phrase plus longue.")
    P("La barre des deux millions d’heures dédiées à l’insertion a été franchie en mars dernier sur les chantiers du Grand Paris Express.",
      [CS], non=["deux millions"], notes="Résultat atteint (piège).")

    S("https://journaldesmaires.com/fr/environnement/parc-automobile-le-passage-a-l-electrique-s-accelere_-b.html", "Parc automobile : le passage à l’électrique s’accélère (Journal des maires)")
    P("Depuis le 1er juillet 2021, les collectivités qui comptent plus de 20 véhicules, dont le poids total autorisé en charge est inférieur ou égal à 3,5 tonnes, ont l'obligation d'affecter au moins 30 % des renouvellements annuels à des véhicules à faibles émissions (1).",
      [ENV], objs=[Q(30, comparator=">=", per_year=True, subject="renouvellements annuels de véhicules affectés à des véhicules à faibles émissions")],
      non=["1er juillet 2021", "20", "3,5 tonnes", "(1)"], notes="Quota légal LOM ; « renouvellements annuels » : per_year ; seuils de flotte et de poids non cibles.")
    P("Annecy (Haute-Savoie, 128 199 habitants), qui comptabilise, depuis fin 2020, 40 % de véhicules GPL, GNV et électriques sur une flotte de 271 petits véhicules, ne sera pas impactée par la loi d'orientation des mobilités (LOM) qui impose aux collectivités de passer la vitesse supérieure.",
      [ENV], non=["128 199", "2020", "40 %", "271"], notes="Situation atteinte et population (piège).")

    S("https://www.tendanceouest.com/actualite-29224-mutation-en-route-pour-le-parc-auto-de-la-mairie-de-caen", "Mutation en route pour le parc auto de la mairie de Caen (Tendance Ouest)")
    P("“Entre 2008 et 2011, nous avons réussi à diminuer notre rejet en CO2 de 18%, et nous tablons sur 4% de plus pour 2012”, explique Marc Levilly, maire-adjoint à l’énergie.",
      [ENV], objs=[Q(4, direction="decrease", kind="relative_change", horizon=2012, subject="rejets de CO2 du parc automobile municipal")],
      non=["2008", "2011", "18%"], notes="18 % : baisse obtenue (piège) ; « nous tablons sur 4% de plus pour 2012 » : baisse supplémentaire visée, lue comme objectif.", ambiguous=True)
    P("La mairie compte disposer de six automobiles électriques d’ici à la fin de l’année.",
      [ENV], objs=[Q(6, unit="count", kind="absolute", subject="automobiles électriques de la mairie")],
      notes="Nombre écrit en lettres ; « d'ici à la fin de l'année » : année seulement implicite, pas d'horizon.")

    S("https://bioalaune.com/fr/actualite-bio/30766/commune-francaise-convertit-sa-cantine-au-100-bio", "Cette commune française convertit sa cantine au 100 % bio (Bio à la une)")
    P("20 % d’aliments biologiques dans les cantines française en 2012. Il s’agissait de l’objectif affiché par la loi de 2009 pour appliquer les mesures du Grenelle de l’Environnement. Raté : en 2015, les établissements scolaires de l’Hexagone comptent moins de 5% de produits biologiques dans leurs bacs.",
      [ALIM], objs=[Q(20, horizon=2012, subject="aliments biologiques dans les cantines")],
      non=["2009", "2015", "5%"], notes="Objectif légal passé et non atteint, cité comme tel (annoté comme objectif) ; moins de 5 % en 2015 : constat.", ambiguous=True)
    P("Le repas est passé de 1,90 € en 2008 avec un quart d’aliments biologiques, à 2,02 € en 2014, intégralement en bio, rapporte le quotidien.",
      [ALIM], non=["1,90 €", "2008", "un quart", "2,02 €", "2014", "intégralement"], notes="Évolution passée « passé de … à » ; « intégralement en bio » décrit un résultat (piège).")

    S("http://www.coorace.org/actualites/pr%C3%A9sidentielle-proposition-6-renforcer-march%C3%A9s-publics-responsables-pour-accompagner", "[Présidentielle] Proposition 6 : Renforcer les marchés publics responsables pour accompagner le développement du secteur de l'insertion (Coorace)")
    P("Coorace propose de conditionner l’octroi des subventions d’investissement aux établissements publics à la mise en œuvre de parcours d’insertion dans leurs opérations.",
      [CS], objective=True, notes="Proposition d'un réseau, sans valeur chiffrée : objectif qualitatif (plaidoyer).", ambiguous=True)

    S("https://fr.boell.org/fr/2022/09/22/enercoop-de-lenergie-citoyenne-revendre", "Enercoop, de l’énergie citoyenne à revendre (Fondation Heinrich Böll)")
    P("Nous proposons une électricité 100 % renouvelable et 0 % nucléaire car nous ne figurons pas sur la liste des fournisseurs d’électricité acceptant de s’approvisionner par l’Arenh[1].",
      [NRJ], non=["100 %", "0 %", "[1]"], notes="« 100 % renouvelable » décrit une offre existante, pas une cible (piège).")

    S("https://www.linternaute.com/actualite/societe/2499751-les-propositions-les-plus-fortes-et-insolites-de-la-convention-citoyenne-pour-le-climat/2500379-repas-vegetarien", "« Deux repas végétariens par semaine à partir de 2025 » dans la restauration collective (L'Internaute)")
    P("  • deux repas végétariens par semaine à partir de 2025\n  • un bonus de 10 centimes par repas pour les cantines bio et locales\n  • continuer les efforts pour \"réduire le gaspillage dans la restauration collective et au niveau individuel (...) D'ici à 2030, notre assiette devra comporter 20 % de viande et de produits laitiers en moins\"",
      [ALIM], objs=[Q(2, unit="count", kind="absolute", subject="repas végétariens par semaine en restauration collective"),
                    Q(20, direction="decrease", kind="relative_change", horizon=2030, subject="viande et produits laitiers dans l'assiette")],
      non=["2025", "10 centimes"], notes="Propositions de la Convention citoyenne, annotées comme objectifs ; « à partir de 2025 » : début d'application d'un niveau unique, pas d'horizon ; le bonus de 10 centimes est un moyen, pas une cible.", ambiguous=True)

    S("https://greenpeace.fr/discerner-le-vrai-du-faux-a-propos-de-loption-vegetarienne-dans-la-restauration-collective", "Discerner le vrai du faux à propos de l’option végétarienne dans la restauration collective (Greenpeace France)")
    P("Parmi ses 149 propositions, la Convention citoyenne pour le climat a voté l’introduction d’une option végétarienne quotidienne dans toute la restauration collective publique à partir de 2022.",
      [ALIM], objective=True, non=["149", "2022"], notes="Proposition sans valeur chiffrée (objectif qualitatif) ; 149 : nombre de propositions.", ambiguous=True)

    S("https://www.nextinpact.com/article/18102/95200-les-deputes-veulent-reduire-30-impressions-l-administration", "Les députés veulent réduire de 30 % les impressions de l’administration (Next INpact)")
    P("L’Assemblée nationale a adopté jeudi dernier un amendement imposant aux services de l’État et aux collectivités territoriales une diminution de 30 % de leur consommation de papier d’ici à 2020.",
      [CIRC], objs=[Q(30, direction="decrease", kind="relative_change", horizon=2020, subject="consommation de papier des services de l'État et des collectivités")],
      notes="Objectif légal adopté en séance ; baisse relative datée.")
    P("En l’état, il est par exemple prévu que « 25 % au moins des produits papetiers » acquis par les administrations soient fabriqués à partir de papier recyclé d’ici au 1er janvier 2017, puis 40 % minimum à compter de 2020.",
      [CIRC], objs=[Q(25, horizon=2017, comparator=">=", subject="produits papetiers acquis fabriqués à partir de papier recyclé"),
                    Q(40, horizon=2020, comparator=">=", subject="produits papetiers acquis fabriqués à partir de papier recyclé")],
      notes="Trajectoire à deux paliers : « d'ici au 1er janvier 2017 » puis « à compter de 2020 » (palier, lu comme horizon).")
    P("Les écologistes plaidaient pour que cette baisse soit d’au moins 30 %. Quelques élus socialistes menés par Jean-Louis Bricout se montraient moins ambitieux, avec un seuil de 20 %.",
      [CIRC], objs=[Q(30, direction="decrease", kind="relative_change", comparator=">=", subject="consommation de papier des administrations (proposition écologiste)"),
                    Q(20, direction="decrease", kind="relative_change", subject="consommation de papier des administrations (proposition socialiste)")],
      notes="Deux propositions d'amendements, annotées comme objectifs ; l'objet (consommation de papier) n'est que dans la phrase précédente.", ambiguous=True)

    S("https://lepicentre.online/une-plateforme-pour-favoriser-les-circuits-courts-2", "Une plateforme pour favoriser les circuits courts (L'Épicentre)")
    P("Aussi, l’opération « Au Pré de l’assiette » qui aura lieu du 12 au 16 octobre 2020 aura pour objectif de proposer un repas 100 % local durant la semaine ou un produit spécifique à chaque territoire par jour répartis sur la semaine.",
      [ALIM], objs=[Q(100, subject="part de produits locaux d'un repas de l'opération « Au Pré de l'assiette »")],
      non=["12 au 16 octobre 2020"], notes="But d'une opération ponctuelle : « un repas 100 % local » lu comme cible ; les dates de l'opération ne sont pas un horizon.", ambiguous=True)

    S("https://info-eco.fr/?p=581224", "Agrilocal86 : les produits locaux dans les collèges de la Vienne (Info-éco)")
    P("Si le seul objectif est de faire progresser la part de produits locaux dans les repas, dans des expériences similaires, la barre des 40 % a été atteinte en trois ans. La Vienne part de 5 % (hors pain).",
      [ALIM], non=["40 %", "trois", "5 %"], notes="Résultat obtenu ailleurs et niveau de départ ; objectif non chiffré (piège).")

    S("https://www.transilien.com/fr/premieres-lignes/ese-augmentation-achats-solidaires", "Transilien SNCF Voyageurs ambitionne d’augmenter de 30% ses achats solidaires (Transilien)")
    P("Transilien SNCF Voyageurs ambitionne d’augmenter de 30% ses achats solidaires",
      [CS, HAND], objs=[Q(30, direction="increase", kind="relative_change", subject="achats solidaires de Transilien")],
      notes="Titre ; « augmenter de 30% » : hausse relative, pas d'année dans le passage.")
    P("Transilien réalise déjà depuis plusieurs années des achats solidaires. Ainsi, 8,4 millions d’euros d’achats directs ont été réalisés en direct en 2021 auprès de structures d’insertion économique (89%) et d’aide au handicap (11%).",
      [CS, HAND], non=["8,4 millions d’euros", "2021", "89%", "11%"], notes="Volume d'achats réalisé et répartition (piège).")

    S("https://www.agriculture-dromoise.fr/articles/la-region-dans-mon-assiette-un-plan-ambitieux-30081", "« La région dans mon assiette », un plan ambitieux (L'Agriculture drômoise)")
    P("Son objectif est de passer à 60 % de produits régionaux dans les assiettes des lycéens, soit quatre fois plus qu'en 2015 (15 % cette année-là).",
      [ALIM], objs=[Q(60, direction="increase", baseline_year=2015, baseline_value=15, subject="produits régionaux dans les assiettes des lycéens")],
      notes="« passer à 60 % » : hausse, valeur de départ 15 % en 2015 ; « quatre fois plus » reformule la même cible (non étiqueté à part).", ambiguous=True)
