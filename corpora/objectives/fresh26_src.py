"""Twenty-sixth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh26.jsonl).

Collected in issue 15's twenty-seventh pass, blind to what the extractor gets wrong (no error listing, first score or
error table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages
of the State, national public bodies and their networks only: support missions and federations of hospitals (MAPES
Pays de la Loire, FHP-MCO, Unicancer, CALMEC, UniHA), the Banque de France, social security and employment bodies (CPAM,
Caf, Pôle emploi, Cap Métiers GIP), the Marché de l'inclusion, Météo-France, the French oceanographic fleet (Ifremer),
universities, schools and labs (La Rochelle, UBS, USMB, Nantes, Lyon 1, Sciences Po, Centrale Lyon, VetAgro Sup,
IUT de Brest, METIS, Inria), a lycée and a collège, a chambre d'agriculture, and networks and associations of the
field (Territoires Bio, a federation's note on a CESE study, a hospital director's op-ed); about purchasing and
operating targets and traps: results of the past, statistics and surveys, budgets, counts, dates, thresholds and
projections. No local authority's page, no press, no company. Pages of sites that neither
the shared dev set, nor any training passage (``corpora/real``, the collected set, the theme model's training file),
nor an earlier fresh set or theme set uses (the build checks the first ones; the theme sets' hosts were checked by
hand). Labelled with the conventions of the shared real dev set; never run through the extractor here (the lead
scores it). Every passage is copied from the opening of a public web page as the project's search tool stored it,
cited by its URL, 70 words or fewer. No detector is trained on it.
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

    S("https://www.mapes-pdl.fr/domaines-intervention/efficience-developpement-durable/edd-piloter/", "Pilotage de l'efficience et du développement durable (MAPES Pays de la Loire)")
    P("Lancement accompagnement collectif à une préparation à une labellisation RSE avec l’agence LUCIE\n\n  • Janvier à juin 2022\n  • 2 j. formation + 4 j. accompagnement collectif\n  • 17 candidatures\n  • 8 établissements lauréats",
      [GOV], non=["2022", "2 j.", "4 j.", "17", "8"], notes="Calendrier, durées et comptes de candidatures et de lauréats (constats, piège).")
    P("Poursuivre les accompagnements collectifs sur 2 thèmes :\n    >> Démarche stratégique RSE (16 établissements) : appel à candidature à venir\n    >> Décarbonation des activités de santé (10 établissements) : appel à candidature à venir",
      [GOV, ENV], objs=[Q(16, unit="count", kind="absolute", subject="établissements accompagnés dans une démarche stratégique RSE", themes=(GOV,)),
                              Q(10, unit="count", kind="absolute", subject="établissements accompagnés pour la décarbonation des activités de santé", themes=(ENV,))],
      non=["2"], notes="Feuille de route : nombre d'établissements à accompagner (cohortes prévues), lu comme cibles de volume ; « 2 thèmes » est un compte. On pourrait n'y voir que la taille prévue d'un dispositif.", ambiguous=True)

    S("https://fhpmco.fr/campagnes/campagne-fil-vert/rubrique-developpement-durable-du-13h-du-05-03-2019", "94 % des établissements ont une stratégie DD (FHP-MCO, campagne Fil vert)")
    P("Le Comité pour le développement durable en santé (C2DS) publie son Observatoire 2018 (données 2017). Il en ressort que 94 % des établissements sanitaires disposent d’une stratégie en matière de développement durable / responsabilité sociétale. Cette stratégie est formalisée pour 67 % d’entre eux.",
      [GOV], non=["2018", "2017", "94 %", "67 %"], notes="Résultats d'enquête (piège).")
    P("Achats responsables : 54 % des acteurs en place dans les établissements MCO et 67 % des les centres de dialyse sont formés aux achats responsables.",
      [GOV], non=["54 %", "67 %"], notes="Part d'acteurs formés constatée (enquête, piège) ; formation des acheteurs : gouvernance.")
    P("Déchets : 36 % des établissements sanitaires sont engagés dans une démarche de valorisation des déchets, de formation et de sensibilisation du personnel. En moyenne, les établissements sanitaires ont mis en place 11 filières de tri des déchets.",
      [CIRC], non=["36 %", "11"], notes="Constats d'enquête (piège).")

    S("https://www.unicancer.fr/fr/actualite/responsabilite-societale-et-environnementale-unicancer-se-dote-dun-cadre-commun", "Responsabilité sociétale et environnementale : Unicancer se dote d'un cadre commun (Unicancer)")
    P("Tout d’abord, il a établi, en janvier 2025, une charte d’engagement en matière de responsabilité sociétale et environnementale (RSE), qui a été signée par l’ensemble des Centres de lutte contre le cancer (CLCC).",
      [GOV], non=["janvier 2025"], notes="Adoption d'une charte, déjà faite (piège) ; « l'ensemble des Centres » décrit les signataires, pas une part visée.")
    P("Ce cadre vise à renforcer les politiques RSE à l’échelle de chaque établissement, tout en favorisant une dynamique commune. Quatre axes stratégiques ont été déterminés pour guider les centres dans la durée :\n1. Identifier et évaluer les risques environnementaux et sociaux ;\n2. Mesurer les impacts et en limiter les effets négatifs ;",
      [GOV, ENV], objective=True, non=["Quatre", "1.", "2."], notes="Objectif qualitatif (renforcer les politiques RSE) ; compte d'axes et numérotation ne sont pas des cibles.", ambiguous=True)

    S("https://www.unicancer.fr/fr/actualite/laction-dunicancer-pour-le-developpement-durable/", "L'action d'Unicancer pour le développement durable (Unicancer)")
    P("En juin 2021, Unicancer a créé un groupe de travail sur la thématique du Développement Durable afin d’identifier les pratiques innovantes et favoriser leur déploiement dans d’autres Centres de Lutte Contre le Cancer. En 2023, Sophie Beaupère, Déléguée Générale, a souhaité compléter ce groupe par la constitution d’un Comité stratégique sur ce sujet.",
      [GOV], non=["juin 2021", "2023"], notes="Dates de création d'instances de pilotage (piège).")

    S("https://banque-france.fr/fr/banque-de-france/banque-centrale-engagee/responsabilite-sociale-environnementale", "Responsabilité sociale et environnementale (Banque de France)")
    P("Nous agissons pour réduire nos émissions de GES (gaz à effets de serre), en fixant des objectifs cibles à 2024 et 2030. Cette action ambitieuse passe par la poursuite de l’effort de réduction entamé depuis 2014.",
      [ENV], objective=True, non=["2024", "2030", "2014"], notes="Engagement de réduction sans valeur dans le passage (objectif qualitatif) ; les années sont des jalons sans cible chiffrée, 2014 le début de l'effort.", ambiguous=True)
    P("Le prochain jalon à 2025 porte sur une réduction des émissions de GES d’au moins 25 % par rapport à 2019 sur un périmètre comprenant à ce stade les énergies, les déplacements professionnels et domicile – travail, les déchets et les émissions fugitives liées aux fuites de gaz frigorigènes des systèmes de climatisation (périmètre de déclaration).",
      [ENV], objs=[Q(25, direction="decrease", kind="relative_change", horizon=2025, baseline_year=2019, comparator=">=", subject="émissions de GES de la Banque de France")],
      notes="« jalon à 2025 » : horizon écrit ; « d'au moins 25 % par rapport à 2019 » : baisse relative minimale.")

    S("https://www.banque-france.fr/la-banque-de-france/responsabilite-sociale-dentreprise/engagement-environnemental/reduire-lempreinte-environnementale", "Réduire l'empreinte environnementale (Banque de France)")
    P("La Banque s’est ainsi engagée à réduire de 9% ses émissions de gaz à effet de serre en 2020 par rapport à 2014.",
      [ENV], objs=[Q(9, direction="decrease", kind="relative_change", horizon=2020, baseline_year=2014, subject="émissions de gaz à effet de serre de la Banque de France")],
      notes="Engagement daté avec année de référence.")
    P("En 2017, la Banque de France a rejeté 97 479 tonnes de CO2, soit 2,4 % de moins qu'en 2014. Les consommations d'énergie, les déplacements et les achats demeurent les principaux postes de nos émissions de GES.",
      [ENV], non=["2017", "97 479 tonnes", "2,4 %", "2014"], notes="Résultat passé (piège).")
    P("Dans le cadre du suivi de son empreinte carbone et conformément à la réglementation en vigueur, la Banque de France a élaboré fin 2018 son 4ème Bilan des émissions de gaz à effet de serre (BEGES).",
      [ENV, GOV], non=["2018", "4ème"], notes="Date et rang d'un bilan (piège).")

    S("https://calmec.fr/nouveau-marche-reserve-au-milieu-penitentiaire-impact-positif-sur-la-reinsertion-des-detenus-et-sur-les-pratiques-dachat-public/", "Nouveau marché réservé au milieu pénitentiaire (CALMEC)")
    P("Depuis une ordonnance du 19 octobre 2022, les acheteurs publics ont la possibilité de réserver des marchés (ou des lots) à des entreprises implantées en établissement pénitentiaire et qui emploient à ce titre des personnes détenues. Un nouveau type de marché réservé, qui reste assez peu connu aujourd’hui alors qu’il présente plusieurs avantages pour les acheteurs et la société en général.",
      [CS], non=["19 octobre 2022"], notes="Faculté ouverte par un texte déjà en vigueur (date), pas de cible (piège) ; emploi de personnes détenues : insertion.")
    P("« Des marchés ou des lots d’un marché peuvent être réservés à des opérateurs économiques qui les exécutent dans le cadre des activités de production de biens et de services qu’ils réalisent en établissement pénitentiaire et qui font travailler à ce titre, dans les conditions prévues aux articles L. 412-10 à L. 412-18 du code pénitentiaire, des personnes détenues dans une proportion minimale fixée par voie réglementaire. »",
      [CS], non=["L. 412-10", "L. 412-18"], notes="Article L2113-13-1 cité ; numéros d'articles ; la « proportion minimale » n'est pas chiffrée dans le passage (piège).")

    S("https://rapport-annuel.assurance-maladie.fr/cpam-savoie/article-emploi-eco.html", "Emploi & RSO : une caisse qui s'engage pour relever les enjeux de la transition écologique (CPAM de la Savoie, rapport annuel de l'Assurance Maladie)")
    P("Nos organismes sont également soumis aux obligations du « décret tertiaire » qui demande aux entreprises et administrations de taille importante de réduire de manière conséquente leur consommation d’énergie. La première étape de ces obligations est fixée à 2030.",
      [NRJ], objective=True, non=["2030"], notes="Obligation légale de baisse sans valeur dans le passage (objectif qualitatif) ; 2030 est l'échéance de la première étape, sans cible chiffrée.", ambiguous=True)
    P("L’année 2022, avec son contexte de crise énergétique, impactant le prix des énergies, et de risque de ruptures d’approvisionnement, a conduit le gouvernement à fixer un objectif de réduction de 10 % des consommations d’énergie (carburant, gaz et électricité) d’ici à 2024.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2024, subject="consommations d'énergie (carburant, gaz et électricité)")],
      non=["2022"], notes="Objectif national rappelé : « réduction de 10 % … d'ici à 2024 ».")
    P("Suite au déploiement des plans de sobriété en 2022, cette démarche a connu un « coup d’accélérateur », afin de répondre aux tensions sur le marché de l’énergie liées notamment au contexte international. En 2023, la CPAM de la Savoie a ainsi déployé son propre plan en la matière.",
      [NRJ], non=["2022", "2023"], notes="Dates de déploiement (piège).")

    S("https://cafhautegaronne-rapportactivite.fr/rso/", "S'engager en faveur du développement durable (Caf de la Haute-Garonne, rapport d'activité)")
    P("Depuis le 1er janvier 2021, le protocole relatif à la mise en place du forfait mobilités durables remplace celui sur l’indemnité kilométrique vélo. Le « forfait mobilités durables » prend en charge les frais de déplacement résidence habituelle / lieu de travail, dans une limite de 500 € par an, pour tous les salariés qui déclarent leurs trajets à vélo ou en covoiturage.",
      [ENV], non=["1er janvier 2021", "500 €"], notes="Date d'entrée en vigueur et plafond d'une aide (seuil), pas une cible ; « par an » ne fait pas un objectif (piège).")
    P("20 salariés ont été retenus après candidature pour essayer gratuitement un vélo électrique pendant un mois : 2 340 km ont été parcourus par des participants très satisfait de ces dispositifs. Cela représente 155 trajets domiciles-travail et 186 kg de CO2 évités.",
      [ENV], non=["20", "un mois", "2 340 km", "155", "186 kg"], notes="Résultats d'une opération (piège).")

    S("http://www.pole-emploi.org/accueil/actualites/achats-responsables-la-directio.html?type=article", "Achats responsables : la Direction des systèmes d'information de Pôle emploi en pointe (Pôle emploi)")
    P("Publié le 02/04/2014\n\nDes clauses sociales pour des achats de services en prestations intellectuelles, une première pour la Direction des Systèmes Informatiques de Pôle emploi.",
      [CS], non=["02/04/2014"], notes="Date de publication ; fait accompli (piège).")

    S("http://w2ww.mybtob.fr/autres/actualites/867-commande-publique-responsable-un-levier-insuffisamment-exploite.html", "Commande publique responsable : un levier insuffisamment exploité (CGI, Confédération du commerce de gros et international)")
    P("Le PNAAPD prévoit à horizon 2020 que 30% des marchés intègrent une clause environnementale alors que seuls 10% sont atteints à ce jour et 25% intègrent une clause sociale alors que seuls 8% sont atteints à ce jour ;",
      [ENV, CS], objs=[Q(30, horizon=2020, subject="marchés intégrant une clause environnementale", themes=(ENV,)),
                       Q(25, horizon=2020, subject="marchés intégrant une clause sociale", themes=(CS,))],
      non=["10%", "8%"], notes="Cibles du plan national « à horizon 2020 » ; 10 % et 8 % sont les niveaux atteints (constats).")
    P("Et seuls 30% des contrats sont conclus avec des PME, ce qui implique une évolution des pratiques des élus et des acheteurs.",
      [PME], non=["30%"], notes="Constat (piège).")
    P("Cette présentation a permis de rappeler l’importance de la commande publique en chiffres (200 milliards d’euros, soit 10% du PIB) et les enjeux qu’elle représente en termes de transition écologique et sociale. Elle est aussi un levier pour améliorer l’efficience de la dépense publique.",
      [], non=["200 milliards d’euros", "10%"], notes="Volume de la commande publique (statistique générale, piège) ; aucun thème.")

    S("https://lafabriquedelasante.fr/2020/08/12/insuffler-le-developpement-durable-a-lhopital-repenser-un-roseau-pansant-rudy-chouvel", "Insuffler le développement durable à l'hôpital (La Fabrique de la Santé, tribune d'un directeur d'hôpital)")
    P("Plus de 700 000 tonnes de déchets (ANAP, 2010), 2% de la consommation énergétique et 1,5 milliard de repas (ADEME, 2016) sont produits et consommés chaque année par les établissements de santé publics et privés, auxquels s’ajoutent 25 milliards d’euros d’achats publics hospitaliers (Cour des comptes, 2017)",
      [CIRC, NRJ], non=["700 000 tonnes", "2010", "2%", "1,5 milliard", "2016", "25 milliards d’euros", "2017"], notes="Statistiques annuelles du secteur (piège) ; « chaque année » ne fait pas une cible. Tranche d'une phrase plus longue.")

    S("https://lycee-jean-de-berry.fr/metiers-du-batiment/la-restauration-scolaire", "La restauration scolaire (Lycée Jean de Berry)")
    P("Ce label vise à encourager, récompenser et mettre en valeur les collectivités qui ont réussi à atteindre les objectifs du Plan Ambition Bio et de la Loi EGalim, en termes de surface agricole cultivée en BIO et/ou d’approvisionnement de leurs restaurants collectifs en BIO (au moins 22 % de produits BIO dans les menus).",
      [ALIM], non=["22 %"], notes="Seuil d'attribution d'un label (condition déjà remplie par les lauréats), pas une cible que se fixe l'établissement (piège) ; on pourrait y lire un niveau minimal visé.", ambiguous=True)
    P("Le label Etablissement Bio Engagé a été délivré pour un taux de 24 % de bio dans les repas sur l’année civile 2024.",
      [ALIM], non=["24 %", "2024"], notes="Résultat obtenu (piège).")
    P("Cette loi prévoit notamment qu’à compter de 2022, les repas servis en restauration collective dont scolaire, doivent comprendre 50 % de produits sous signes d’identification de la qualité et de l’origine (SIQO), dont 20 % de produits issus de l’agriculture biologique.",
      [ALIM], objs=[Q(50, subject="produits sous signes de qualité (SIQO) dans les repas"), Q(20, subject="produits issus de l'agriculture biologique dans les repas")],
      non=["2022"], notes="Quota légal EGalim ; « à compter de 2022 » est l'entrée en vigueur d'une obligation à un seul niveau : pas d'horizon.")

    S("https://www.univ-larochelle.fr/luniversite/nos-engagements-societaux/developpement-durable/le-bilan-carbone-de-luniversite/", "Le bilan carbone de l'Université (La Rochelle Université)")
    P("Les émissions globales de La Rochelle Université en 2019, sur l’ensemble de ses activités (scopes 1 à 3) s’élèvent à 11 902 tonnes de CO2 équivalent (C02e).\n\nCela équivaut à 1,23 tonnes de CO2e par usager de l’Université (étudiant·es et personnel confondus).",
      [ENV], non=["2019", "1 à 3", "11 902 tonnes", "1,23 tonnes"], notes="Bilan d'émissions (constat, piège).")

    S("https://univ-larochelle.fr/actualites/decouvrez-le-bilan-carbone-de-luniversite-et-son-plan-daction", "Découvrez le bilan carbone de l'Université et son plan d'action (La Rochelle Université)")
    P("Les immobilisations et les achats sont aussi très émetteurs car ils représentent respectivement 22% et 18% du bilan carbone global. Viennent ensuite l’énergie (14%) et les déchets (1%).",
      [ENV], non=["22%", "18%", "14%", "1%"], notes="Répartition des émissions (constat, piège).")

    S("https://uniha.org/2024/10/15/concilier-durabilite-et-performance-economique-les-defis-du-secteur-de-la-restauration-hospitaliere", "Concilier durabilité et performance économique, les défis du secteur de la restauration hospitalière (UniHA)")
    P("La loi EGalim fixe des normes strictes pour améliorer la qualité de l’alimentation dans la restauration collective publique. Cette règlementation impose que les repas servis dans les hôpitaux incluent au moins 50 % de produits durables et de qualité, dont au moins 20 % doivent être issus de l’agriculture biologique.",
      [ALIM], objs=[Q(50, comparator=">=", subject="produits durables et de qualité dans les repas servis dans les hôpitaux"),
                    Q(20, comparator=">=", subject="produits issus de l'agriculture biologique dans les repas servis dans les hôpitaux")],
      notes="Quota légal EGalim rappelé ; « au moins » : comparateur >= ; pas d'année.")
    P("Face à ces impératifs, UniHA s’engage à structurer ses marchés de façon à concilier maitrise des dépenses et réponse aux exigences de la loi EGalim.",
      [ALIM], objective=True, notes="Engagement qualitatif de la centrale d'achat, sans valeur.")

    S("http://college-louis-grenier.fr/information-menu-vegetarien/", "Information : Menu végétarien (Collège Louis Grenier)")
    P("Depuis le 1er novembre 2019, conformément à la loi EGalim, toute la restauration scolaire -de la maternelle au lycée- doit proposer au moins un menu végétarien par semaine. C’est-à-dire un menu unique sans viande ni poisson, crustacés et fruits de mer.",
      [ALIM], objs=[Q(1, unit="count", kind="absolute", comparator=">=", subject="menus végétariens proposés par semaine en restauration scolaire")],
      non=["1er novembre 2019"], notes="Obligation légale chiffrée (« au moins un menu végétarien par semaine ») lue comme objectif de niveau, comparateur >= ; fréquence hebdomadaire, donc pas per_year ; « depuis » : obligation en vigueur, pas d'horizon. On pourrait n'y voir qu'une règle d'organisation.", ambiguous=True)

    S("https://www.univ-ubs.fr/fr/universite-bretagne-sud/l-ubs-en-bref/transition-ecologique.html", "Transition écologique (Université Bretagne Sud)")
    P("Aujourd’hui, quatre personnes composent le service Développement Durable et Responsabilité Sociétale (DD-RS) et travaillent à une stratégie claire, partagée en interne et avec les partenaires.",
      [GOV], non=["quatre"], notes="Effectif d'un service (compte, piège).")

    S("https://lemarche.inclusion.gouv.fr/ressources/bilan-achats-inclusifs-2025", "Bilan 2025 : l'achat inclusif devient l'arbitrage stratégique des directions achats (Le Marché de l'inclusion)")
    P("Le Plan National pour des Achats Durables (PNAD) 2022-2025 fixe des objectifs structurants pour les acheteurs publics :\n- 100 % des marchés doivent intégrer une dimension environnementale,\n- 30 % doivent intégrer une dimension sociale.",
      [ENV, CS], objs=[Q(100, subject="marchés intégrant une dimension environnementale", themes=(ENV,)),
                       Q(30, subject="marchés intégrant une dimension sociale", themes=(CS,))],
      non=["2022-2025"], notes="Cibles du PNAD ; 2022-2025 est la période du plan, pas un horizon.")

    S("https://lemarche.inclusion.gouv.fr/ressources/quest-ce-que-linclusion", "Qu'est-ce que l'inclusion professionnelle ? (Le Marché de l'inclusion)")
    P("Plus de 2,4 millions de personnes sont aujourd’hui éloignées de l’emploi en France, selon les chiffres de France Travail au deuxième trimestre 2025.",
      [CS], non=["2,4 millions", "2025"], notes="Statistique (piège).")

    S("https://lemarche.inclusion.gouv.fr/ressources/integrer-achats-inclusifs-dans-strategie", "Intégrer les achats inclusifs dans sa stratégie (Le Marché de l'inclusion)")
    P("5 raisons d’intégrer l’achat inclusif à sa stratégie achats\nIntégrer l’inclusion dans sa stratégie achats ne relève pas uniquement d’un engagement social : c’est aussi un choix stratégique qui crée de la valeur à tous les niveaux de l’organisation.",
      [CS, HAND], non=["5"], notes="Intertitre avec un compte de raisons (piège) ; achats auprès des SIAE et du secteur protégé et adapté.")

    S("https://pro.cap-metiers.fr/?p=13364", "La Dares publie une étude sur les structures de l'insertion par l'activité économique (Cap Métiers Nouvelle-Aquitaine)")
    P("Selon l’étude, la France compte environ 4 500 SIAE fin 2023, regroupant 142 500 salariés. Ces établissements, qui combinent production de biens et de services avec un objectif social, poursuivent leur croissance depuis 2018.",
      [CS], non=["4 500", "2023", "142 500", "2018"], notes="Statistiques ; « objectif social » n'est pas une cible chiffrée (piège).")

    S("https://www.metis.upmc.fr/fr/actualite", "Actualité (UMR METIS, Sorbonne Université)")
    P("L'Accord de Villarceaux est proposé par l'IPSL à ses laboratoire, avec une cible ambitieuse de baisse des émissions en GES (-50% d'ici à 2030), en ligne avec les cadrages nationaux et ceux de la FSI (faculté des sciences et ingénierie).\nEn s'appuyant sur un vote favorable de 69% des suffrages exprimés, la direction de METIS signe donc cet accord aujourd'hui.",
      [ENV], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de GES des laboratoires")],
      non=["69%"], notes="« -50% d'ici à 2030 » : baisse relative datée ; 69 % est le résultat d'un vote (piège dans le passage).")

    S("http://www.inria.fr/fr/labos-1point5-collectif-reduction-impact-recherche-environnement", "Labos 1point5, un collectif pour réduire l'impact de la recherche sur l'environnement (Inria)")
    P("À ce jour, Labos 1point5 compte plus de 250 membres, 500 laboratoires impliqués dans l’estimation de leur BGES (bilan gaz à effet de serre) et plus de 3500 abonnés à la lettre de diffusion.",
      [ENV], non=["250", "500", "3500"], notes="Comptes (piège).")

    S("https://www.vetagro-sup.fr/mise-en-place-plan-de-mobilite-sur-le-campus-agronomique/", "Mise en place d'un plan de mobilité sur le campus agronomique (VetAgro Sup)")
    P("Un Plan de Mobilité Employeur (PdME) est un document stratégique rendu obligatoire par la Loi d’Orientation des Mobilités de décembre 2019 pour tout établissement de plus de 50 salariés sur un seul site. Ce document vise à améliorer la mobilité des personnels et à répondre aux ambitions de développement durable et climatiques, notamment la réduction des émissions de gaz à effet de serre.",
      [ENV], non=["décembre 2019", "50"], notes="Seuil d'assujettissement légal (50 salariés) et date de la loi ; visée qualitative d'un document, sans cible chiffrée (piège).")

    S("https://territoiresbio.org/developper-lalimentation-bio/lenseignement-agricole-un-acteur-cle-pour-participer-au-developpement-de-lalimentation-bio-sur-un-territoire/", "L'enseignement agricole, un acteur clé pour participer au développement de l'alimentation bio sur un territoire (Territoires Bio, FNAB)")
    P("Avec environ 800 établissements publics et privés, 18 établissements d’enseignement supérieur agronomique, vétérinaire et de paysage ainsi que de nombreux centres de formation d’apprentis et de formation professionnelle, l’enseignement agricole maille l’ensemble du territoire.",
      [ALIM], non=["800", "18"], notes="Comptes d'établissements (piège).")
    P("D’autant que le Ministère de l’Agriculture a fixé des objectifs clairs à l’enseignement agricole dans le cadre du plan Enseigner à Produire Autrement : les établissements doivent en effet « incarner les objectifs de la loi EGALIM en matière de restauration collective ».",
      [ALIM], objective=True, notes="Objectif qualitatif assigné aux établissements (incarner les objectifs EGalim), sans valeur dans le passage.")

    S("https://www.reunion.chambagri.fr/spip.php?article242", "Restauration collective (Chambre d'agriculture de La Réunion)")
    P("La restauration collective, au niveau des établissements publics réunionnais, représente plus de 170 000 repas par jour, se décomposant de la manière suivante : \n\n  • 110 lycées et collèges pour 44 000 repas par jour,\n  • 4 hôpitaux pour 4 400 repas par jour,",
      [ALIM], non=["170 000", "110", "44 000", "4", "4 400"], notes="Volumes de repas et comptes d'établissements (piège).")

    S("https://www.iut-brest.fr/un-engagement-durable-ancre-dans-le-quotidien-de-notre-iut", "Un engagement durable ancré dans le quotidien de notre IUT (IUT de Brest)")
    P("- Un écosystème vivant et partagé : notre campus est aussi un lieu de vie et de biodiversité. Depuis 2024, des moutons entretiennent naturellement nos espaces verts dans une démarche d’éco-pâturage.",
      [BIO], non=["2024"], notes="Date de mise en place d'une pratique (piège).")

    S("https://sciencespo.fr/fr/actualites/climat-sciences-po-s-engage-sur-une-trajectoire-net-zero-ambitieuse", "Climat : Sciences Po s'engage sur une trajectoire net-zéro ambitieuse (Sciences Po)")
    P("Dans le contexte climatique actuel, le plan climat-biodiversité et transition écologique du Ministère de l’Enseignement supérieur et de la Recherche (publié en novembre 2022) impose une diminution annuelle des émissions de gaz à effet de serre au minimum de 2 %.",
      [ENV], objs=[Q(2, direction="decrease", kind="growth_rate", per_year=True, comparator=">=", subject="émissions de gaz à effet de serre des établissements (baisse annuelle)")],
      non=["novembre 2022"], notes="« diminution annuelle … au minimum de 2 % » : taux annuel, comparateur >= ; la date de publication n'est pas un horizon.")
    P("Sciences Po s'engage au-delà de la demande ministérielle, sur une trajectoire net-zéro ambitieuse qui implique les objectifs de réduction des émissions directes et indirectes de gaz à effet de serre suivants : \n\n  • - 60 % en 2035 par rapport à 2019, pour atteindre la neutralité carbone\n  • - 90 % en 2050 par rapport à 2019, pour atteindre le net-zéro",
      [ENV], objs=[Q(60, direction="decrease", kind="relative_change", horizon=2035, baseline_year=2019, subject="émissions directes et indirectes de gaz à effet de serre"),
                   Q(90, direction="decrease", kind="relative_change", horizon=2050, baseline_year=2019, subject="émissions directes et indirectes de gaz à effet de serre")],
      notes="Deux jalons d'une trajectoire, chacun avec son année et l'année de référence 2019.")
    P("En parallèle de ces objectifs de réduction, Sciences Po financera des projets de contribution carbone visant à séquestrer les émissions résiduelles (conservation de forêts par exemple), au plus tard d'ici à 2035.",
      [ENV], objective=True, non=["2035"], notes="Engagement daté sans valeur chiffrée (objectif qualitatif).")

    S("https://www.ec-lyon.fr/es/node/213", "Gérer les campus de manière plus responsable (Centrale Lyon)")
    P("- Promouvoir une politique d'achat responsable autour des principes : réduire (allonger la durée de vie, mutualiser les achats, réduire la consommation, réduire les livraisons et le transport), réutiliser, réparer et recycler.",
      [CIRC, ENV], objective=True, notes="Enjeu du schéma directeur DD&RSE : objectif qualitatif, sans valeur.")

    S("https://www.univ-smb.fr/en/2019/11/13/luniversite-savoie-mont-blanc-labellisee-campus-durable-en-ville-durable/", "L'Université Savoie Mont Blanc labellisée « Campus durable en ville durable » (USMB)")
    P("Ce label a été décerné à de l’alliance Savoie Mont Blanc le 21 octobre 2019 par un comité composé de représentants des 9 organisations nationales (ADEME, AVUF, Banque des Territoires, CGE, Cirses, Cnous, CPU, MGEN, Refedd) réunies en commission de labellisation pour examiner les candidatures présentées par les alliances locales.",
      [GOV], non=["21 octobre 2019", "9"], notes="Date d'un label et compte d'organisations (piège).")

    S("https://meteofrance.fr/etablissement/organisation/lecoresponsabilite-meteo-france", "L'écoresponsabilité à Météo-France (Météo-France)")
    P("Météo-France a adopté en 2021 un nouveau pluriannuel écoresponsable pour la période 2021-2025. Un des objectifs clés de ce plan est d’atteindre la cible fixée dans le Contrat d’Objectifs et de Performance 2022-2026 de l’établissement, à savoir de réduire de 20 % ses émissions de gaz à effet de serre d’ici à 2026 par rapport à 2019.",
      [ENV], objs=[Q(20, direction="decrease", kind="relative_change", horizon=2026, baseline_year=2019, subject="émissions de gaz à effet de serre de l'établissement")],
      non=["2021", "2021-2025", "2022-2026"], notes="Cible du COP : baisse relative datée avec année de référence ; date d'adoption et périodes des plans ne sont pas des horizons.")
    P("L’ensemble des bâtiments situés sur des sites pérennes de Météo-France en métropole, soit 64 bâtiments répartis sur 35 sites, représentant une superficie totale de 85 000 m², ont fait l’objet d’audits énergétiques courant 2021 et 2022.",
      [NRJ], non=["64", "35", "85 000 m²", "2021", "2022"], notes="Périmètre audité et dates (constat, piège) ; « l'ensemble des bâtiments » décrit un audit fait, pas une cible.")

    S("https://u-news.univ-nantes.fr/50-actions-concretes-pour-reduire-notre-impact-carbone", "50 actions concrètes pour réduire notre impact carbone (Nantes Université)")
    P("Le 16 décembre 2022, le Conseil d'administration de Nantes Université a adopté son plan de sobriété énergétique, dans l'objectif de réduire de 10% les consommations énergétiques de l’établissement.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", subject="consommations énergétiques de l'établissement")],
      non=["16 décembre 2022"], notes="Baisse relative sans horizon ni année de référence dans le passage ; la date est celle de l'adoption.")

    S("https://www.univ-nantes.fr/l-universite-de-nantes-est-engagee-sur-les-enjeux-de-la-transition-energetique-2549242.kjsp?RH=1563870053497", "L'université de Nantes est engagée sur les enjeux de la transition énergétique (Université de Nantes)")
    P("Avec 40 000 usagers, 12 campus, 123 bâtiments, la consommation énergétique de notre université correspond à celle d’une collectivité de 120 000 habitants. Si nous n’agissons pas, la facture qui s’élève aujourd’hui à plus de 5 M€ doublera d’ici 2030 !",
      [NRJ], non=["40 000", "12", "123", "120 000", "5 M€", "2030"], notes="Comptes, équivalence et projection au fil de l'eau (« doublera d'ici 2030 » si rien n'est fait) : piège, ce n'est pas une cible.")

    S("https://www.univ-lyon1.fr/actualites/concours-cube-pour-les-economies-denergie-la-bu-sciences-en-pole-position", "Concours CUBE pour les économies d'énergie : la BU Sciences en pole position ! (Université Claude Bernard Lyon 1)")
    P("Pendant un an, plus de 225 candidats et 680 bâtiments publics se sont mobilisés en 2024 sur l’enjeu des économies d’énergie. L’UCBL a relevé le challenge avec la participation du bâtiment Lederer et de la BU Sciences, qui se positionne parmi les candidats ayant réalisé les meilleures performances !",
      [NRJ], non=["225", "680", "2024"], notes="Participation à un concours (comptes, date) : piège.")

    S("https://flotteoceanographique.fr/Toutes-les-actualites/A-quoi-ressemblera-la-Flotte-oceanographique-francaise-a-l-horizon-2035", "À quoi ressemblera la Flotte océanographique française à l'horizon 2035 ? (Flotte océanographique française, Ifremer)")
    P("Diminuer de 40% le bilan carbone à l’horizon 2035\nLancée en mars 2023, la réflexion collective « Imaginons la Flotte océanographique française à l'horizon 2035 » doit aboutir à l’élaboration de nouveaux scénarios de renouvellement des moyens océanographiques d’ici l’été 2024.",
      [ENV], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2035, subject="bilan carbone de la Flotte océanographique française")],
      non=["mars 2023", "été 2024"], notes="Intertitre-cible (baisse de 40 % à l'horizon 2035) ; le second « horizon 2035 » est le nom de la réflexion, l'échéance de l'été 2024 est celle d'un livrable.")

    S("https://flotteoceanographique.fr/Demain-la-Flotte-oceanographique/Maitriser-notre-empreinte-carbone/Notre-bilan-carbone", "Notre bilan carbone (Flotte océanographique française, Ifremer)")
    P("Après avoir défini un périmètre et une méthodologie, la Flotte océanographique française a, pour la première fois, quantifié les émissions de gaz à effet de serre des activités associées à la récolte en mer de données océanographiques. Pour l’année 2022, son empreinte carbone est évaluée à environ 43 000 tonnes équivalent CO2.",
      [ENV], non=["2022", "43 000"], notes="Résultat d'un bilan carbone (piège).")
