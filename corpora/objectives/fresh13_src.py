"""Thirteenth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh13.jsonl).

Collected in issue 15's fourteenth pass, blind to what the extractor gets wrong (no error listing, first score or error
table read, the extractor never run on these passages), to measure it on text nobody here had read. Pages of public
bodies only: communes (sobriety plans, canteens, public lighting, climate charters), intercommunalités and établissements
publics territoriaux, départements (collèges' canteens, vehicle fleets), régions, Ville de Paris pages and Conseil de
Paris debates, national établissements publics (RATP, UGAP, a CCI), a ministry's archive, and their plans (PCAET,
plans de sobriété, plans alimentation) citing national targets (EGalim, décret tertiaire, plan de sobriété, France
Nation Verte); traps: results of the past, statistics and surveys, budgets and forecasts, counts, dates, legal
references, heating set points. Pages of sites that neither the shared dev set, nor any training passage
(``corpora/real``, the collected set), nor an earlier fresh set uses (the build checks). Labelled with the conventions
of the shared real dev set; never run through the extractor here (the lead scores it). Every passage is copied from
the opening of a public web page as the project's search tool stored it, cited by its URL, 70 words or fewer. No
detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, GOV, HAND, NRJ, PME

BIO = "biodiversite"
NUM = "numerique_responsable"
EQUI = "commerce_equitable"


def load(S, P, Q) -> None:

    S("https://paris.fr/actualites/un-plan-alimentation-durable-pour-paris-2705", "Le Plan Alimentation durable, qu'est-ce que c'est ? (Ville de Paris)")
    P("Le nouveau Plan Alimentation durable 2022-2027, adopté en juin 2022 en Conseil de Paris, fixe des objectifs ambitieux pour une restauration collective municipale 100 % bio et durable : 75 % de denrées labellisées bio, 100 % de produits de saison et 50 % produites à moins de 250 km de Paris, notamment.",
      [ALIM, PME], objs=[Q(100, subject="restauration collective municipale bio et durable", themes=(ALIM,)),
                         Q(75, subject="denrées labellisées bio", themes=(ALIM,)),
                         Q(100, subject="produits de saison", themes=(ALIM,)),
                         Q(50, subject="denrées produites à moins de 250 km de Paris", themes=(ALIM, PME))],
      non=["2022-2027", "juin 2022", "250 km"], notes="Objectifs du plan ; « 100 % bio et durable » est l'ambition d'ensemble (étiquetée, mais proche d'un slogan) ; 250 km est un seuil de définition ; la période du plan n'est pas un horizon.", ambiguous=True)
    P("Les deux précédents Plans ont permis de passer d'un taux de 8 % de denrées durables dans les assiettes des cantines parisiennes en 2008 à 53 % en 2019, dont 46,2 % d’alimentation biologique, ce qui fait de Paris le premier acheteur public de denrées labélisées agriculture biologique.",
      [ALIM], non=["8 %", "2008", "53 %", "2019", "46,2 %"], notes="Progression passée (« ont permis de passer de … à ») : piège.")

    S("https://a06-v7.apps.paris.fr:443/a06/jsp/site/Portal.jsp?page=ods-solr.display_document&id_document=164387&items_per_page=20&sort_name=&sort_order=&terms=&query=&fq=seance_string%3ADECEMBRE%202021", "2021 DFA 72 - Adoption du deuxième Schéma parisien de la commande publique responsable (Conseil de Paris, débat)")
    P("Elle représente très concrètement pas moins de 3 milliards d?euros annuels, dont 1,6 milliard d?euros pour les marchés publics et 1,4 milliard d?euros pour les contrats de concession.",
      [], non=["3 milliards d?euros", "1,6 milliard d?euros", "1,4 milliard d?euros"], notes="Volume de la commande publique (piège) ; apostrophes rendues « ? » dans la source, gardées.")

    S("http://a06.apps.paris.fr/a06/jsp/site/Portal.jsp?page=ods-solr.display_document&id_document=131216&items_per_page=20&sort_name=&sort_order=&terms=&query=&fq=seance_string%3AJUIN%202016&fq=type%3AD%C3%A9bat&fq=conseil_string%3AConseil%20municipal", "2016 DFA 6 - Café, thé et sucre 100 % issus de l'agriculture biologique et/ou du commerce équitable (Conseil de Paris, débat)")
    P("2016 DFA 6 - Café, thé et sucre 100 % issus de l'agriculture biologique et/ou du commerce équitable, et de consommables - Accord cadre de fournitures - Modalités de passation.",
      [ALIM, EQUI], objs=[Q(100, subject="café, thé et sucre issus de l'agriculture biologique ou du commerce équitable")],
      non=["2016", "6"], notes="Intitulé de délibération : exigence d'un accord-cadre à venir (100 %), traitée comme objectif comme les clauses de marché du dev set ; numéro et année de la délibération : pièges.", ambiguous=True)

    S("http://m.missioncapitale.paris.fr/nos-rendez-vous_n73/achats-responsables", "Achats responsables (Mission Capitale, Ville de Paris)")
    P("Le schéma de promotion des achats socialement et écologiquement responsables est une obligation pour les collectivités dont les achats sont supérieurs à 100 M€ par an. Paris a donc adopté le sien en février 2016, conformément à la réglementation.",
      [GOV], non=["100 M€", "février 2016"], notes="Seuil légal et date d'adoption (piège).")

    S("https://encommun.montpellier.fr/index.php/articles/2024-11-05-montpellier-la-cantine-sengage-retrouvez-les-menus-de-ce-mois-de-novembre?field_lieux_target_id=33&field_thematiques_target_id=45", "Montpellier, la cantine s'engage : retrouvez les menus de ce mois de novembre (Ville de Montpellier)")
    P("C’est pourquoi la Ville de Montpellier a augmenté de 22% son budget consacré aux achats alimentaires et tend vers un objectif de 100% de produits bio et/ou locaux dans les écoles d’ici 2026.",
      [ALIM, PME], objs=[Q(100, horizon=2026, subject="produits bio ou locaux dans les écoles", themes=(ALIM,))],
      non=["22%"], notes="« a augmenté de 22% » : hausse de budget déjà faite (piège) ; « objectif de 100% … d'ici 2026 » : cible datée.")

    S("https://www.ratp.fr/groupe-ratp/achats-responsables/nos-actions-rse", "Achats responsables : nos actions RSE (Groupe RATP, établissement public)")
    P("Pour atteindre ces objectifs, les acheteurs assurent une veille du marché fournisseurs pour capter les solutions innovantes, ils intègrent des exigences environnementales et des critères RSE dans les consultations. En 2016, 27% des consultations ont intégré des exigences environnementales.",
      [ENV], non=["2016", "27%"], notes="Résultat d'une année passée (piège) ; « pour atteindre ces objectifs » renvoie à des objectifs non chiffrés du paragraphe précédent.")
    P("Les achats participent également aux projets phares de la RATP en matière d’environnement tel que le plan Bus 2025 avec l’acquisition de bus électriques et au biogaz, la construction de bâtiments HQE ou encore le plan de végétalisation des toitures de Paris.",
      [ENV, NRJ], non=["2025"], notes="Année dans le nom d'un plan (« plan Bus 2025 ») : pas un horizon ; pas de valeur cible (piège).")

    S("https://archives.defense.gouv.fr/actualites/la-reforme/dossier-achats-la-performance-passe-aussi-par-les-pme.html", "Dossier achats : la performance passe aussi par les PME (ministère de la Défense)")
    P("L'enjeu est de taille puisque le ministère de la Défense représente plus du tiers des objectifs de performance économique que l'Etat s'est engagé à réaliser sur ses achats.",
      [PME], non=["plus du tiers"], notes="Part du ministère dans des objectifs d'économies de l'État : constat, pas une cible chiffrée (piège).", ambiguous=True)
    P("Il consacre environ 4 milliards d'euros par an aux achats hors armement (soit 33% de ses achats totaux).",
      [], non=["4 milliards d'euros", "33%"], notes="Volume et part d'achats (piège) ; « par an » décrit une dépense, pas une cible.")

    S("https://www.paysdelaloire.fr/index.php?id=8001&L=0", "Marchés publics : la stratégie d’achat en quelques mots et chiffres (Région des Pays de la Loire)")
    P("500M\n\nde dépenses d’achats dont 7,92 % portent sur des fournitures, 53,59 % sur des services, 21,56 % sur des travaux et 16,93 % sur des prestations d’études",
      [], non=["500M", "7,92 %", "53,59 %", "21,56 %", "16,93 %"], notes="Chiffres clés 2023 : répartition des dépenses (piège).")
    P("100%\n\ndes marchés recensés sont analysés pour prendre en compte la dimension sociale et environnementale",
      [GOV, ENV, CS], non=["100%"], notes="Chiffre clé d'un bilan 2023 (le titre de la rubrique le date) : état constaté, pas une cible (piège).", ambiguous=True)
    P("74 695\n\nheures d'insertion clausées dans les marchés régionaux dont 304 personnes bénéficiaires et 12,5 % de travailleurs en situation de handicap parmi les bénéficiaires (contre 9 % en 2022)",
      [CS, HAND], non=["74 695", "304", "12,5 %", "9 %", "2022"], notes="Résultats d'une année (piège).")

    S("http://www.pau.fr/2166-le-scenario-local-de-transition-energetique.htm", "Le scénario local de transition énergétique (Ville de Pau, Communauté d'agglomération Pau Béarn Pyrénées)")
    P("Le scenario local de transition énergétique permet ainsi d'atteindre les objectifs suivants à l'horizon 2030 :\n\n  • réduction de 27% des émissions de gaz à effets de serre par rapport à 2012\n  • réduction de 20% de la consommation énergétique finale par rapport à 2012\n  • doublement de la part des énergies renouvelables d'ici 2023\n  • diminution de 10% des polluants atmosphériques",
      [ENV, NRJ], objs=[Q(27, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2012, subject="émissions de gaz à effet de serre du territoire", themes=(ENV,)),
                        Q(20, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2012, subject="consommation énergétique finale", themes=(NRJ,)),
                        Q(2, unit="x", direction="increase", kind="relative_change", horizon=2023, subject="part des énergies renouvelables", themes=(NRJ,)),
                        Q(10, direction="decrease", kind="relative_change", horizon=2030, subject="polluants atmosphériques", themes=(ENV,))],
      notes="Objectifs du plan climat ; « à l'horizon 2030 » s'applique à la liste, sauf le doublement daté « d'ici 2023 » ; objectifs territoriaux, pas d'achats.", ambiguous=True)

    S("https://www.agglo-larochelle.fr/-/l-agglo-adopte-son-plan-climat-", "L’Agglo adopte son Plan Climat ! (Communauté d'agglomération de La Rochelle)")
    P("Déclinaison de la Stratégie nationale bas carbone qui vise la neutralité carbone à l’horizon 2050, le Plan Climat Air Energie Territorial de l’Agglomération a été adopté par les élus communautaires le 14 mars 2024.",
      [ENV], objective=True, non=["2050", "14 mars 2024"], notes="Neutralité carbone : objectif non chiffré (pas de valeur) ; 2050 est son horizon, la date d'adoption est un piège.", ambiguous=True)
    P("Il prévoit d’agir sur la réduction de nos besoins en énergie, l’efficacité énergétique, l’augmentation de notre production d’énergie renouvelable, la qualité de notre air et l’adaptation au changement climatique. Il décline pour cela un programme de 29 actions.",
      [NRJ, ENV], objective=True, non=["29"], notes="Orientations non chiffrées ; nombre d'actions (piège).", ambiguous=True)

    S("https://www.orvault.fr/actualites/le-gaspillage-alimentaire-dans-les-ecoles/", "Réduire le gaspillage alimentaire dans les écoles : un jeu d’enfants ? (Ville d'Orvault)")
    P("La dernière pesée des déchets, effectuée en 2022 dans les écoles de la Ferrière (service à table) et du Vieux-Chêne (service à table pour les maternelles et self pour l’élémentaire), a révélé un taux de gaspillage alimentaire de l’ordre de 65 à 79 grammes par enfant, selon les tranches d’âge. Des chiffres bien en deçà de la moyenne nationale qui s’élève à 120 grammes par personne.",
      [CIRC, ALIM], non=["2022", "65 à 79 grammes", "120 grammes"], notes="Résultats de pesée et moyenne nationale (piège).")

    S("https://www.est-ensemble.fr/conseil-de-territoire-dest-ensemble-grand-paris-0", "Conseil de Territoire d’Est Ensemble Grand Paris (Établissement public territorial Est Ensemble)")
    P("Pour l’année 2017, ce sont donc près de 86.8 millions d’euros qui sont proposés au titre des investissements traduisant ainsi l’avancée de projets importants en cours - poursuite des projets d’aménagements urbains, lutte contre l’habitat indigne, amélioration de la collecte des déchets, travaux d’assainissement et des eaux pluviales.",
      [], non=["2017", "86.8 millions d’euros"], notes="Budget d'investissement proposé : montant budgétaire, pas une cible (piège).")

    S("https://www.lillemetropole.fr/actualites/la-centrale-dachat-metropolitaine-de-la-mel", "La centrale d’achat métropolitaine de la MEL (Métropole Européenne de Lille)")
    P("Depuis le 1er janvier 2019, la Métropole Européenne de Lille s’est constituée en une centrale d’achat qui a pour activité la passation de marchés de travaux, de fournitures ou de services destinés aux acheteurs de son territoire, saisissant l’opportunité réglementaire offerte par l’article 26 de l’ordonnance n°2015-899 du 23 juillet 2015.",
      [GOV], non=["1er janvier 2019", "26", "2015-899", "23 juillet 2015"], notes="Date de création et références juridiques (piège).")

    S("https://www.ugap.fr/ministere-de-linterieur-cap-sur-le-numerique-responsable_4562511.html", "Ministère de l’Intérieur : cap sur le numérique responsable ! (UGAP, établissement public)")
    P("La preuve en chiffres : la consommation énergétique du numérique augmente d’environ 8,5 % par an* ! C’est dire la nécessité de maîtriser de tels effets nocifs… Un chantier sur lequel s’engage notre ministère avec la mise en application du dispositif Services Publics Ecoresponsables (SPE). Celui-ci prévoit 20 mesures pour une administration exemplaire dans les domaines RH, immobilier et numérique.",
      [NUM, NRJ], non=["8,5 %", "20"], notes="Tendance constatée « par an » (statistique, pas une cible) et nombre de mesures (piège).")

    S("https://ville-la-chapelle-st-luc.fr/plan-de-sobriete-energetique", "Plan de sobriété énergétique (Ville de La Chapelle-Saint-Luc)")
    P("* Stratégie qui a permis de baisser de 50 % nos consommations énergétiques.",
      [NRJ], non=["50 %"], notes="Baisse déjà obtenue (« a permis de baisser ») : piège malgré le verbe de changement.")
    P("• Écoles et crèches : limitation de la température de chauffage dans les écoles (19°C pour les écoles élémentaires et 20°C\npour les écoles maternelles). La température de 21°C dans les crèches sera quant à elle maintenue afin de garantir le confort des jeunes enfants.",
      [NRJ], non=["19°C", "20°C", "21°C"], notes="Consignes de température (seuils de réglage), pas des cibles au sens des conventions ; « sera maintenue » porte sur une consigne.", ambiguous=True)

    S("https://lannion.bzh/index.php/actualites/plan-de-sobriete-energetique", "Plan de sobriété énergétique (Ville de Lannion)")
    P("- Extinction nocturne de l’éclairage public dans les quartiers résidentiels (22h-6h30) et sur les grands axes routiers (23h-6h) ce qui représente une économie de 600 000 Mégawatts, soit 30 % d’économie annuelle",
      [NRJ], non=["22h-6h30", "23h-6h", "600 000 Mégawatts", "30 %"], notes="Action déjà menée (état des lieux) et économie obtenue (piège) ; horaires.")
    P("Le budget énergie de la ville en 2021 était de 1 367 000 € TTC.",
      [NRJ], non=["2021", "1 367 000 € TTC"], notes="Budget passé (piège).")

    S("https://www.bretigny91.fr/cout-de-lenergie-les-efforts-de-sobriete-portent-leurs-fruits/", "Coût de l’énergie : les efforts de sobriété portent leurs fruits (Ville de Brétigny-sur-Orge)")
    P("Force est de constater que celui-ci a porté ses fruits, avec\nprès de 20% d’économie réalisée sur les consommations et près de 25% d’économie sur les dépenses de gaz par rapport à la saison de chauffe précédente.",
      [NRJ], non=["20%", "25%"], notes="Économies réalisées (piège).")
    P("En effet, selon l’ADEME, une baisse de la température de chauffe de 1°C, correspond à environ 7 % d’énergie consommée en moins.",
      [NRJ], non=["1°C", "7 %"], notes="Règle générale (ordre de grandeur), pas une cible (piège).")

    S("https://www.mairie-die.fr/la-ville-de-die-fait-des-economies-denergie/", "La Ville de Die fait des économies d’énergie (Mairie de Die)")
    P("Le résultat a été spectaculaire, avec 33 000 litres de fioul économisés sur l’année 2023 par rapport à 2022, soit 25% de la consommation totale.",
      [NRJ], non=["33 000 litres", "2023", "2022", "25%"], notes="Résultat obtenu (piège).")
    P("Toutes ces actions devront continuer et se développer sur les années à venir : l’enjeu est immense et nous devrons respecter le Décret Tertiaire qui impose une diminution de 40% des consommations à l’horizon 2030 par rapport à 2019, 50% en 2040 et 60% en 2050.",
      [NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2019, subject="consommations d'énergie des bâtiments tertiaires (décret tertiaire)"),
                   Q(50, direction="decrease", kind="relative_change", horizon=2040, baseline_year=2019, subject="consommations d'énergie des bâtiments tertiaires (décret tertiaire)"),
                   Q(60, direction="decrease", kind="relative_change", horizon=2050, baseline_year=2019, subject="consommations d'énergie des bâtiments tertiaires (décret tertiaire)")],
      notes="Obligation réglementaire à paliers (« impose une diminution ») : trois cibles datées ; l'année de référence 2019 vaut pour les trois.", ambiguous=True)

    S("https://pionsat.fr/plan-de-sobriete-la-commune-adapte-sa-consommation-energetique/", "Plan de sobriété : la commune adapte sa consommation énergétique (Commune de Pionsat)")
    P("Le plan de sobriété énergétique, annoncé le 6 octobre par le gouvernement, fixe comme objectif une réduction de 10 % de la consommation d’énergie d’ici 2024 et concerne l’ensemble de la société : État, entreprises, collectivités et citoyens.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2024, subject="consommation d'énergie (plan national de sobriété)")],
      non=["6 octobre"], notes="Objectif national cité : « réduction de 10 % … d'ici 2024 ».")
    P("Ces travaux concernent le remplacement de l’ensemble des lampes par un éclairage LED sur 5 ans avec une économie estimée en 2021 à plus de 26.000€/an.",
      [NRJ], objs=[Q(100, subject="lampes de l'éclairage public remplacées par des LED")],
      non=["5 ans", "2021", "26.000€/an"], notes="Programme de travaux : « l'ensemble des lampes » normalisé à 100 %, sur 5 ans (durée, pas d'année cible) ; l'économie est une estimation (piège).", ambiguous=True)

    S("https://www.cergy.fr/les-services-et-demarches/transition-ecologique-et-energetique/sobriete-energetique-acte-2/", "Sobriété énergétique, acte 2 (Ville de Cergy)")
    P("Durant l'hiver 2022-2023, les différentes mesures déclinées autour de cinq axes majeurs ont permis à la ville d'atteindre les 10% d'économie d'énergie espérés pour compenser la hausse des prix.",
      [NRJ], non=["2022-2023", "cinq", "10%"], notes="Objectif déjà atteint (« ont permis … d'atteindre ») : résultat, piège.")
    P("Avec un prévisionnel à 4,40 millions d'euros, l ’objectif de ce plan de sobriété énergétique 2023-2024 est donc de maintenir les efforts entrepris pour limiter les dépenses et dégager suffisamment de marges financières utiles aux investissements liés à la transition énergétique.",
      [NRJ], objective=True, non=["4,40 millions d'euros", "2023-2024"], notes="Objectif non chiffré (maintenir les efforts) ; le montant est un budget prévisionnel, la période celle du plan.", ambiguous=True)

    S("https://info.lenord.fr/le-departement-passe-la-vitesse-superieure-pour-decarboner-sa-flotte-de-vehicules?archive=0", "Le Département passe la vitesse supérieure pour décarboner sa flotte de véhicules (Département du Nord)")
    P("Depuis 2019, le Département a acheté 45 véhicules légers électriques. 29 nouvelles voitures, des Peugeot E-208, vont arriver cette année. L'objectif, à terme, est de renouveler la flotte actuelle par des voitures \"bas carbone\". 40% des véhicules légers devraient être remplacés par des voitures électriques d'ici 2027, soit au moins 30 véhicules électriques par an.",
      [ENV, NRJ], objs=[Q(40, horizon=2027, subject="véhicules légers remplacés par des voitures électriques", themes=(ENV,)),
                        Q(30, unit="count", kind="absolute", comparator=">=", per_year=True, subject="véhicules électriques achetés par an", themes=(ENV,))],
      non=["2019", "45", "29", "E-208"], notes="Cible datée (40 % d'ici 2027) et rythme annuel minimal ; 45 achats passés ; 29 livraisons de l'année : achat déjà commandé, pas une cible.", ambiguous=True)
    P("Pour 2024, un budget de 1,7 million d'euros est consacré à cette politique de renouvellement du parc automobile départemental.",
      [ENV], non=["2024", "1,7 million d'euros"], notes="Budget annuel (piège).")
    P("Les poids lourds, surtout utilisés par la Voirie départementale, sont eux aussi progressivement remplacés par des véhicules fonctionnant au biodiesel, carburant produit à partir de colza et de tournesol. 30 le seront d'ici 2027",
      [ENV, NRJ], objs=[Q(30, unit="count", kind="absolute", horizon=2027, subject="poids lourds départementaux remplacés par des véhicules au biodiesel", themes=(ENV,))],
      notes="Tranche de phrase (la suite est coupée dans la source) ; cible en nombre de véhicules, datée.", ambiguous=True)

    S("https://www.valspreslepuy.fr/408-projets---travaux-extinction-partielle-de-lEEeclairage-public.html", "Projets - travaux : extinction partielle de l'éclairage public (Commune de Vals-près-le-Puy)")
    P("Environ 12 000 à 14 000 communes (environ 40% des communes françaises) pratiquent déjà l’extinction totale ou partielle de leur éclairage publique.",
      [NRJ], non=["12 000 à 14 000", "40%"], notes="Statistique nationale (piège).")
    P("79% des Français sont favorables à la réduction de la durée d’éclairement en milieu de nuit des éclairages publics là où ils n’étaient que 48% en 2012. (sondage OpinionWay septembre 2018 réalisé sur un échantillon de 1044 personnes norme ISO 20252).",
      [NRJ], non=["79%", "48%", "2012", "septembre 2018", "1044", "ISO 20252"], notes="Résultats de sondage et référence de norme (piège).")

    S("https://macheren.fr/extinction-de-leclairage-public-de-23-h-a-5-h/", "Extinction de l’éclairage public de 23 h à 5 h (Commune de Macheren)")
    P("Ainsi, l’extinction de l’éclairage public de 23 h à 5 heures du matin sera effectif pour une durée de 5 mois en guise de test (du 5 décembre 2022 au 30 avril 2023) ; à l’issue de cette période, si celle-ci est concluante, ces dispositions seront appliquées définitivement.",
      [NRJ], non=["23 h", "5 heures", "5 mois", "5 décembre 2022", "30 avril 2023"], notes="Horaires, durée et dates d'une expérimentation : pas de valeur cible (piège).")

    S("https://www.cc-montesquieu.fr/vivre/transition-ecologique/sobriete-energetique", "Sobriété énergétique (Communauté de communes de Montesquieu)")
    P("Consciente des enjeux liés à l’urgence climatique, la CCM s’engage à réduire les consommations d’énergie afin d’atteindre la neutralité Carbone d’ici 2050, par son plan de sobriété voté lors du conseil communautaire de décembre 2022.",
      [NRJ, ENV], objective=True, non=["2050", "décembre 2022"], notes="Engagement non chiffré (réduire, neutralité carbone) ; 2050 est l'horizon d'un objectif sans valeur ; la date du vote est un piège.", ambiguous=True)
    P("Ce plan demande à chacun des interlocuteurs (État, entreprises, collectivités, citoyens) de réaliser des efforts pour réduire la dépendance aux énergies fossiles et réduire de 40 % les consommations d’ici 2050 afin d’atteindre la neutralité Carbone.",
      [NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2050, subject="consommations d'énergie (plan national de sobriété)")],
      notes="Objectif national rappelé : « réduire de 40 % … d'ici 2050 ».")
    P("L’objectif de réduction de 10 % de nos consommations à court terme demande une baisse d’environ 120 000 Kwh/an.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", subject="consommations d'énergie de la communauté de communes")],
      notes="Cible de baisse relative sans année ; les 120 000 kWh/an traduisent la même cible dans une unité hors liste (ni étiquetés ni listés comme piège).", ambiguous=True)

    S("https://perigny-sur-yerres.fr/plan-de-sobriete-communal", "Plan de sobriété communal (Commune de Périgny-sur-Yerres)")
    P("Le gouvernement a présenté en octobre son Plan de sobriété énergétique dans le but de minimiser les risques de coupure d’électricité cet hiver et de réduire la consommation d’énergie de 10 % en deux ans.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", subject="consommation d'énergie (plan national de sobriété)")],
      notes="Objectif national cité ; « en deux ans » : délai sans année écrite, pas d'horizon.")
    P("Passer au 100 % ampoules LED sur l’ensemble de l’éclairage public et des bâtiments communaux progressivement. A luminosité égale, la technologie LED consomme six à dix fois moins.",
      [NRJ], objs=[Q(100, direction="increase", subject="ampoules LED dans l'éclairage public et les bâtiments communaux")],
      non=["six à dix fois"], notes="Action en projet : « passer au 100 % » (verbe de changement : hausse) ; le rapport de consommation est un fait technique (piège).")
    P("Ce qui est déjà fait : 52% de l’éclairage public est en LED.",
      [NRJ], non=["52%"], notes="État actuel (piège).")

    S("https://plobannalec-lesconil.bzh/plan-de-sobriete-energetique", "Plan de sobriété énergétique (Commune de Plobannalec-Lesconil)")
    P("Le surcoût de la facture de la commune en électricité est estimé à 223%, soit 195 310 € pour l’année 2023. A cette augmentation, il faudra ajouter l’inflation du prix du gaz, du fioul, des pellets, soit une dépense supplémentaire estimée à 40 000 €.",
      [NRJ], non=["223%", "195 310 €", "2023", "40 000 €"], notes="Estimations de surcoûts (prévision budgétaire, piège).")
    P("Les charges courantes de la commune pourraient passer ainsi de 950 000 € en 2022 à 1 205 000 € en 2023, soit 27% d’augmentation.",
      [], non=["950 000 €", "2022", "1 205 000 €", "2023", "27%"], notes="Projection de dépenses (« pourraient passer de … à ») : prévision, pas une cible (piège).")

    S("https://plouhinec.com/cadre-de-vie/développement-durable/sobriété-énergétique.html", "Plan communal de sobriété énergétique (Ville de Plouhinec)")
    P("La France doit sortir de sa dépendance aux énergies fossiles et réduire de 40 % sa consommation d’énergie d’ici 2050. Cela suppose de transformer durablement nos habitudes et nos comportements.",
      [NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2050, subject="consommation d'énergie de la France")],
      notes="Objectif national cité sur une page communale : baisse relative datée.")

    S("https://paysdepouzauges.fr/agir-pour-le-territoire/nos-bonnes-pratiques", "Nos bonnes pratiques (Communauté de communes du Pays de Pouzauges)")
    P("Aujourd’hui, la collectivité dispose de 7 véhicules électriques, dont 5 destinés aux services de la collectivité et 2 mis à disposition de 2 communes.",
      [ENV], non=["7", "5", "2", "2"], notes="Dénombrement du parc (piège).")
    P("Entre 2017 et 2020, plus de 117 points lumineux ont été rénovés dans les zones économiques.",
      [NRJ], non=["2017", "2020", "117"], notes="Réalisation passée (piège).")

    S("https://ville-lepoiresurvie.fr/actualites/1254-place-au-decret-tertiaire-pour-la-renovation-energetique.html", "Place au décret tertiaire pour la rénovation énergétique (Ville du Poiré-sur-Vie)")
    P("Il impose aux entreprises et aux collectivités de réaliser des économies d’énergie dans les bâtiments et pour un ensemble de bâtiments à usage tertiaire de plus de 1 000 m2. Avec des objectifs précis : -40% en 2030, -50% en 2040 et -60% en 2050. Première échéance : déclarer les consommations des locaux concernés d’ici le 30 septembre 2022 (base de consommation 2019).",
      [NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="consommation d'énergie des bâtiments tertiaires (décret tertiaire)"),
                   Q(50, direction="decrease", kind="relative_change", horizon=2040, subject="consommation d'énergie des bâtiments tertiaires (décret tertiaire)"),
                   Q(60, direction="decrease", kind="relative_change", horizon=2050, subject="consommation d'énergie des bâtiments tertiaires (décret tertiaire)")],
      non=["1 000 m2", "30 septembre 2022", "2019"], notes="Obligation réglementaire citée : « -40% » = baisse de 40 ; 1 000 m2 est un seuil ; la date de déclaration est une échéance administrative ; 2019 est l'année de consommation déclarée, non rattachée explicitement aux cibles (pas d'année de référence étiquetée).", ambiguous=True)

    S("https://www.ladrome.fr/actualites/la-drome-au-salon-de-lagriculture-20-ans-dengagement/", "La Drôme au Salon de l’agriculture : 20 ans d’engagement (Département de la Drôme)")
    P("Aujourd’hui, 100 % des collèges sont engagés dans la démarche Ecocert. En moyenne, 86 % des repas sont préparés à partir de produits bruts. Plus de 60 % des produits sont durables et de qualité, dont près de 52 % bio.",
      [ALIM], non=["100 %", "86 %", "60 %", "52 %"], notes="État actuel (« Aujourd'hui ») : 100 % décrit un résultat, pas une cible (piège).")
    P("Un objectif clair Le Département vise désormais 100 % de produits français dans les cantines, sans hausse du prix des repas autre que l’évolution des coûts.",
      [ALIM], objs=[Q(100, subject="produits français dans les cantines des collèges")],
      notes="Intertitre collé à la phrase (tel que dans la source) ; cible sans année.")

    S("https://www.ladrome.fr/nos-actions/education/restauration-scolaire/self-participatif-zero-gaspil/rentree-des-colleges-4", "Rentrée des collèges (Département de la Drôme, 2018)")
    P("Aujourd’hui, les trois-quarts des établissements sont classés en niveau 2 soit plus de 30% de denrées issues de l’agriculture biologique. Fin 2018, tous les collèges atteindront ce niveau.",
      [ALIM], objs=[Q(100, horizon=2018, subject="collèges classés au niveau 2 du label (plus de 30 % de bio)")],
      non=["trois-quarts", "2", "30%"], notes="« tous les collèges atteindront ce niveau » normalisé à 100 %, horizon « Fin 2018 » ; les trois-quarts sont la situation actuelle ; 30 % est le seuil qui définit le niveau 2.", ambiguous=True)

    S("https://ladrome.fr/mon-quotidien/education/restauration-scolaire", "Restauration scolaire (Département de la Drôme)")
    P("Les collèges drômois respectent les objectifs de la loi Egalim, avec une moyenne de 52 % de produits durables dans les assiettes, dépassant l’obligation de 50 % de produits de qualité et durables, dont au moins 20 % de produits biologiques.",
      [ALIM], objs=[Q(50, subject="produits de qualité et durables (obligation EGalim)"),
                    Q(20, comparator=">=", subject="produits biologiques (obligation EGalim)")],
      non=["52 %"], notes="Quotas légaux EGalim cités comme obligation (objectifs selon les conventions) alors que le passage dit qu'ils sont dépassés ; 52 % est le résultat.", ambiguous=True)

    S("https://ladrome.fr/annonces/appel-a-manifestations-dinteret-pour-une-alimentation-durable-et-de-qualite-dans-la-restauration-collective-publique", "Appel à manifestations d'intérêt pour une alimentation durable et de qualité dans la restauration collective publique (Département de la Drôme)")
    P("La loi Agriculture et Alimentation, dite EGALIM (31 octobre 2018), complétée par la loi Climat et résilience (22 août 2021) a posé des objectifs ambitieux pour la restauration collective publique, notamment en termes de qualité des produits : 50 % de produits respectueux de l’environnement ou sous signe de qualité, dont 20% de bio dès janvier 2022.",
      [ALIM], objs=[Q(50, horizon=2022, subject="produits respectueux de l'environnement ou sous signe de qualité en restauration collective publique"),
                    Q(20, horizon=2022, subject="produits bio en restauration collective publique")],
      non=["31 octobre 2018", "22 août 2021"], notes="Quotas légaux EGalim cités ; « dès janvier 2022 » traité comme horizon (première échéance de l'obligation), d'où le doute ; dates des lois : pièges.", ambiguous=True)

    S("https://paysdemontereau77.fr/pcaet", "PCAET (Communauté de communes du Pays de Montereau)")
    P("Le Plan Climat Air Energie Territorial (PCAET) a été introduit par la loi de transition énergétique pour la croissance verte à l’article L.229-26 du code de l’environnement.",
      [ENV, GOV], non=["L.229-26"], notes="Référence d'article (piège).")

    S("https://www.ouestnormandie.cci.fr/actualite/france-nation-verte-22-chantiers-operationnels-autour-de-6-thematiques", "France Nation Verte : 22 chantiers opérationnels autour de 6 thématiques (CCI Ouest Normandie, établissement public)")
    P("La Première ministre a présenté le 21 octobre la méthode du Gouvernement en matière de planification écologique et annoncé le lancement de France Nation Verte qui s’inscrit « dans le cadre des objectifs européens du Green Deal : une baisse de 55% de nos émissions d’ici 2030 et la neutralité carbone d’ici 2050 ».",
      [ENV], objs=[Q(55, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de gaz à effet de serre de la France")],
      non=["21 octobre", "2050"], notes="Objectif national cité (« baisse de 55% … d'ici 2030 ») ; la neutralité carbone en 2050 est un objectif non chiffré (2050 listé comme horizon sans valeur).")
    P("« France Nation Verte » constitue le cadre de long terme et doit garantir que toutes les décisions qui sont désormais prises (pour les politiques publiques) ne sont pas incompatibles avec nos objectifs à horizon 2027, 2030 et 2050.",
      [ENV, GOV], non=["2027", "2030", "2050"], notes="Renvoi à des objectifs non énoncés : années d'horizon sans cible dans le passage ; « toutes les décisions » n'est pas une part visée (piège).", ambiguous=True)

    S("https://www.ville-coudekerque-branche.fr/les-recommandations-de-letat-sont-des-obligations/", "Les recommandations de l’État sont des obligations (Ville de Coudekerque-Branche)")
    P("C’est donc, pour les villes, la double peine : déjà confrontées à la flambée de l’énergie (335% d’augmentation du tarif d’électricité, et triplement du prix du gaz en 2023), elles seront EN PLUS pénalisées financièrement si elles ne baissent pas leur consommation.",
      [NRJ], non=["335%", "triplement", "2023"], notes="Hausses de prix constatées (« triplement » n'est pas une cible) ; l'obligation de baisse n'est pas chiffrée ici (piège).", ambiguous=True)

    S("https://www.sceaux.fr/presse?mini=calendar%2F2017-08&page=5", "Presse : sobriété énergétique, la ville de Sceaux intensifie son plan d’action (Ville de Sceaux)")
    P("Dans un contexte en forte évolution sur les plans écologique et économique, le conseil municipal de la ville de Sceaux, réuni le mardi 11 octobre 2022, a approuvé à la majorité le déploiement d’un plan de sobriété en vigueur dès octobre 2022.",
      [NRJ], non=["11 octobre 2022", "octobre 2022"], notes="Date d'adoption et d'entrée en vigueur (« dès octobre 2022 » ne porte pas de cible) : piège.")

    S("https://saintandredesangonis.fr/la-ville-engage-sa-transition-ecologique-une-commission-une-charte-et-des-actions", "La ville engage sa transition écologique : une commission, une charte et des actions (Ville de Saint-André-de-Sangonis)")
    P("Adoptée en conseil municipal le 25 juin, la charte environnementale constitue une véritable boussole écologique. Elle fixe des objectifs pour préserver la biodiversité, réduire l’empreinte carbone, promouvoir un urbanisme éco-responsable et une gestion durable de l’eau.",
      [BIO, ENV], objective=True, non=["25 juin"], notes="Objectifs non chiffrés d'une charte communale ; date d'adoption (piège).")
