"""Sixteenth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh16.jsonl).

Collected in one pass for the lead, blind to what the extractor gets wrong (no extractor run on these passages, no
error listing, first score or error table read), to measure it on text nobody here had read. Pages that are not the
sites of public bodies: trade press, national and regional press, networks and associations, federations,
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
BIO = "biodiversite"
EGAL = "egalite_femmes_hommes"
NUM = "numerique_responsable"
TRAV = "conditions_de_travail"
EQUI = "commerce_equitable"
INNO = "achats_innovants"


def load(S, P, Q) -> None:

    S("https://asec-emploi.org/category/insertion", "Clauses d’insertion : qu’est-ce que c’est et comment ça marche ? (ASEC emploi)")
    P("En 2020, d’après le recensement économique de l’achat public, 12.5 % des marchés supérieurs à 90 000 € HT comportait une clause sociale. Le Plan national pour les achats durables a pour objectif d’augmenter le nombre de marchés comportant des considérations sociales d’ici 2025, pour atteindre 30%.",
      [CS], objs=[Q(30, direction="increase", horizon=2025, subject="marchés comportant des considérations sociales")],
      non=["2020", "12.5 %", "90 000 € HT"],
      notes="Objectif du PNAD (30 % d'ici 2025) ; « augmenter … pour atteindre » : verbe de changement -> increase ; 12,5 % en 2020 = constat donné dans une autre phrase, non repris comme valeur de départ ; 90 000 € HT = seuil du recensement.",
      ambiguous=True)

    S("https://bioviver.com/fiches_pratiques/la-loi-alimentaire-egalim-pour-la-restauration-collective", "La loi alimentaire EGalim pour la restauration collective (Bioviver, fiche pratique)")
    P("D’ici le 1er janvier 2022, les centres de restauration collective devront avoir une offre alimentaire contenant au moins 50% de produits de qualité et durables, dont au moins 20% de produits biologiques.",
      [ALIM], objs=[Q(50, horizon=2022, comparator=">=", subject="produits de qualité et durables dans l'offre des restaurants collectifs"),
                   Q(20, horizon=2022, comparator=">=", subject="produits biologiques dans l'offre des restaurants collectifs")],
      notes="Quota EGalim ; « D'ici le 1er janvier 2022 » : échéance -> horizon 2022 ; « au moins » -> >=.")
    S("https://agribio-rhoneloire.fr/collectivites-territoires/des-produits-bio-locaux-en-restauration-collective/integrer-des-produits-bio-et-locaux/loi-egalim/", "Loi EGALIM (Agribio Rhône & Loire)")
    P("Un volet spécifique de la loi EGALIM concerne la restauration collective et exige, au plus tard en janvier 2022 :\nL’introduction de 50% de produits durables et de qualité dont 20% de Bio à minima dans les assiettes, en valeur d’achat HT",
      [ALIM], objs=[Q(50, horizon=2022, subject="produits durables et de qualité dans les assiettes (valeur d'achat HT)"),
                   Q(20, horizon=2022, comparator=">=", subject="produits bio dans les assiettes (valeur d'achat HT)")],
      notes="Quota EGalim ; « au plus tard en janvier 2022 » : horizon 2022 pour les deux valeurs ; « à minima » porte sur les 20 % de bio -> >=.")
    P("- Les produits issus des exploitations de HVE, et le niveau 2 de la certification environnementale jusqu’en 2026",
      [ALIM], non=["2", "2026"], notes="Élément de liste (produits comptés comme durables) ; niveau de certification et date de fin de validité, pas une cible (piège).")

    S("https://www.regal-nouvelleaquitaine.org/copie-de-loi-garot", "Loi EGalim (REGAL Nouvelle-Aquitaine)")
    P("50% de produits durables ou sous signes d'origine et de qualité (dont 20% de produits bio) dans la restauration collective publique à partir du 1er janvier 2022 ;",
      [ALIM], objs=[Q(50, subject="produits durables ou sous signes d'origine et de qualité dans la restauration collective publique"),
                   Q(20, subject="produits bio dans la restauration collective publique")],
      non=["1er janvier 2022"],
      notes="Quota légal à un seul niveau ; « à partir du 1er janvier 2022 » = date d'entrée en vigueur, pas un horizon selon les conventions (cas limite : c'est aussi l'échéance).",
      ambiguous=True)
    P("A partir de 200 couverts par jour servis en moyenne sur une année, les gestionnaires des restaurants collectifs à mission de service public sont tenus de présenter à leurs structures dirigeantes un plan pluriannuel de diversification de protéines incluant des alternatives à base de protéines végétales dans les repas qu’ils proposent.",
      [ALIM, GOV], non=["200"], objective=False,
      notes="Seuil d'assujettissement (200 couverts par jour) d'une obligation de produire un plan : pas de cible chiffrée (piège).")

    S("https://papetierdefrance.com/bureau/17450/un-decret-fixe-les-modalites-d-une-commande-publique-plus-verte", "Un décret fixe les modalités d’une commande publique plus verte (Papetier de France)")
    P("Pour la papeterie et autres articles, le papier d’impression et le papier pour photocopie, la proportion minimale du montant annuel d’achat de biens issus du réemploi, de la réutilisation ou intégrant des matières recyclées est de 40% (dont 0% de produits issus du réemploi ou de la réutilisation, stipule le décret, ce qui implique au moins 40% de produits intégrant des matériaux recyclés).",
      [CIRC], objs=[Q(40, per_year=True, comparator=">=", subject="achats de papeterie et papier issus du réemploi, de la réutilisation ou intégrant des matières recyclées")],
      non=["0%"],
      notes="Quota réglementaire (décret AGEC) : « proportion minimale du montant annuel » -> >= et per_year ; « au moins 40% » redit la même cible ; 0 % de réemploi n'est pas une cible.",
      ambiguous=True)
    P("Pour les machines, matériels et fournitures informatiques et de bureau (excepté les meubles et logiciels), la proportion minimale est de 20%, comme pour les photocopieurs, les cartouches de toner et cartouches d’encre, les fournitures de bureau, et enfin les tables, armoires, bureaux et bibliothèques.",
      [CIRC, NUM], objs=[Q(20, comparator=">=", subject="achats de matériels informatiques, fournitures et mobilier de bureau issus du réemploi ou intégrant des matières recyclées")],
      notes="Quota réglementaire (décret AGEC) ; « proportion minimale » -> >= ; l'annualité n'est pas écrite dans cette phrase.")

    S("https://www.oasis-environnement.org/decret-commande-publique-et-economie-circulaire/", "Un nouveau décret : commande publique & économie circulaire (Oasis Environnement)")
    P("Les biens acquis concernés doivent être issus du réemploi ou de la réutilisation ou intégrer des matières recyclées dans des proportions minimales de 20 % à 40 % selon le type de produit.",
      [CIRC], objs=[Q(20, value_max=40, comparator=">=", subject="biens acquis issus du réemploi, de la réutilisation ou intégrant des matières recyclées")],
      notes="Quota réglementaire sous forme de fourchette (value 20, value_max 40) ; « proportions minimales » -> >=.",
      ambiguous=True)

    S("https://sodexo.publispeak.com/rapport-integre-2019-2020/article/47", "Rapport intégré 2019-2020 (Sodexo)")
    P("Membre de l’initiative Champions 12.3 des Nations Unies, Sodexo s’est fixé un objectif de réduction de 50 % de son gaspillage alimentaire d’ici 2025 (vs 2019).",
      [CIRC, ALIM], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2025, baseline_year=2019, subject="gaspillage alimentaire de Sodexo")],
      non=["12.3"], notes="Engagement d'entreprise : « réduction de 50 % … d'ici 2025 (vs 2019) » ; 12.3 = nom d'une initiative.")
    P("Ainsi, à Södertälje en Suède, l’impact du restaurant Oazen d’AstraZeneca a été réduit de 67 % grâce au programme d’accélération Sparx soutenu par Sodexo en partenariat avec Klimato, société innovante de calcul des émissions de CO2.",
      [ENV], non=["67 %"], notes="Résultat obtenu avec verbe de changement au passé (piège).")

    S("https://sodexo.publispeak.com/rapport-integre-exercice-2022/article/33", "Rapport intégré exercice 2022 : pour un impact positif global (Sodexo)")
    P("Dès 2019, Sodexo a également été l’un des premiers grands groupes à adopter un objectif de réduction de ses émissions de gaz à effet de serre, directes et indirectes (périmètres 1, 2 et 3), de -34% d’ici 2025 par rapport à 2017, approuvé par l’initiative Science Based Targets (SBTi) et conforme à l’Accord de Paris autour d’une trajectoire 1,5 °C.",
      [ENV], objs=[Q(34, direction="decrease", kind="relative_change", horizon=2025, baseline_year=2017, subject="émissions de gaz à effet de serre de Sodexo (périmètres 1, 2 et 3)")],
      non=["2019", "1, 2 et 3", "1,5 °C"],
      notes="Objectif d'entreprise : « -34% d'ici 2025 par rapport à 2017 » ; 2019 = date d'adoption ; 1,5 °C = trajectoire de référence, pas une cible d'achat.")

    S("https://infogreen.lu/nous-agissons-pour-le-climat-la-sante-humaine-et-le-bien-etre-animal-25379.html", "« Nous agissons pour le climat, la santé humaine et le bien-être animal » (Infogreen, Sodexo Luxembourg)")
    P("D’ici 2030, nous voulons avoir 70% de plats à faibles émissions dans nos restaurants, ce qui signifie un maximum de 0,9 kg de CO₂ émis par plat. À titre comparatif, un burger a une empreinte carbone de 3 kg de CO₂.",
      [ENV, ALIM], objs=[Q(70, horizon=2030, subject="plats à faibles émissions dans les restaurants")],
      non=["0,9 kg", "3 kg"],
      notes="Cible datée (70 % d'ici 2030) ; 0,9 kg = seuil qui définit un plat à faibles émissions ; 3 kg = comparaison.",
      ambiguous=True)

    S("https://madeinmarseille.net/98988-cantines-marseillaises-quand-sodexo-se-met-enfin-a-table", "Cantines marseillaises : quand Sodexo se met (enfin) à table (Made in Marseille)")
    P("En 2025, le contrat qui lie la Ville de Marseille à Sodexo, société en charge de la restauration scolaire, arrivera à son terme.",
      [ALIM], non=["2025"], notes="Échéance d'un contrat (date), pas une cible (piège).")
    P("Le groupe compte 460 000 salariés à travers le monde, 33 000 en France et environ 5 000 dans la région Provence-Alpes-Côte d’Azur, répartis sur plus de 150 métiers,",
      [], non=["460 000", "33 000", "5 000", "150"], notes="Effectifs (comptes) ; tranche d'une phrase plus longue (piège).")

    S("http://www.creons.fr/les-marches-publics-jouent-la-carte-sociale/", "Les marchés publics jouent la carte sociale (Créons)")
    P("Dans le cadre de la loi Borloo communément nommée « de cohésion sociale”, un dispositif incitatif en matière d’insertion a été mis en place. Il s’agit d’une clause adoptée par les prescripteurs des marchés publics pour favoriser les entreprises qui s’engagent à faire appel à au moins 5 % de personnel en insertion dans le cadre d’une réponse à un appel d’offres.",
      [CS], objs=[Q(5, comparator=">=", subject="personnel en insertion des entreprises titulaires")],
      notes="Niveau fixé par la clause d'insertion (condition contractuelle), traité comme objectif comme dans le jeu de développement ; « au moins » -> >=.",
      ambiguous=True)
    P("En France, chaque année près de 250 000 marchés publics sont passés pour un montant de 120 milliards d’euros, soit 10 % du produit intérieur brut. A peu près 60 % des marchés sont passés par des collectivités pour un montant moyen de 100 000 euros.",
      [], non=["250 000", "120 milliards d’euros", "10 %", "60 %", "100 000 euros"], notes="Statistiques générales de la commande publique (piège).")
    P("Pour rappel, à partir de 90 000 euros de deniers publics pour un marché, une publication est obligatoire sur des supports susceptibles de susciter le plus grand nombre de candidatures possibles.",
      [GOV], non=["90 000 euros"], notes="Seuil de procédure (publicité) : pas une cible (piège).")

    S("http://www.laser-emploi.fr/informations-conseils/vous-etes-une-entreprise/conseils-pour-repondre-aux-clauses-sociales", "Conseils pour répondre aux clauses sociales (LASER Emploi)")
    P("La commande publique représente aujourd'hui près de soixante milliards d'euros par an : un enjeu stratégique pour les entreprises",
      [], non=["soixante milliards d'euros"], notes="Volume annuel de la commande publique (« par an » sans cible) : piège.")
    P("Hypothèse : soit un marché de construction d'un bâtiment de 1 000 000 euros\n\nA) Estimation de la part de la main d'oeuvre dans le montant du marché\n\nDans le bâtiment, la part de main d’œuvre dépend des lots : 70 % pour la peinture intérieur, 50 % pour la maçonnerie, 20 % pour les charpentes métalliques.",
      [CS], non=["1 000 000 euros", "70 %", "50 %", "20 %"],
      notes="Exemple hypothétique de calcul d'heures d'insertion ; parts de main-d'œuvre par lot = données de calcul, pas des cibles (piège).")

    S("https://www.publicarena.fr/actualit%C3%89s/comment-am%C3%A9liorer-l-acc%C3%A8s-des-pme-%C3%A0-la-commande-publique", "Comment améliorer l'accès des PME à la commande publique ? (Public Arena)")
    P("Cependant, les PME représentant plus de 90 % des entreprises ne parviennent à avoir accès qu’à environ 35 % de la commande disponible.",
      [PME], non=["plus de 90 %", "35 %"], notes="Constat statistique (piège).")
    P("La DEA a récemment fait savoir via son site que les achats publics jusqu’en 2021 feront un total de 14 milliards d’euros. Aujourd’hui, très peu de PME peuvent poser leurs candidatures individuellement à des marchés d’une valeur de 1 million d’euros.",
      [PME], non=["2021", "14 milliards d’euros", "1 million d’euros"],
      notes="Prévision de volume d'achats (budget) et montant de marché : pas une cible (piège).")

    S("https://franchise.docme-btp.com/acheteurs", "La volonté des acheteurs publics et de l'État de travailler avec les TPE/PME locales (Docme BTP)")
    P("Une étude de l'OECP de juin 2020 a révélé que seulement un tiers des acheteurs sont convaincus que les variantes (propositions alternatives à l'offre de base) améliorent l'accès des TPE et PME.",
      [PME], non=["juin 2020", "un tiers"], notes="Résultat d'enquête (piège).")

    S("https://batis.io/blog/post/les-clauses-dinsertion-un-avantage-pour-gagner-plus-d-ao", "Comprendre les clauses d’insertion : un avantage pour gagner plus d’appels d’offres (Batis, blog)")
    P("Les clauses d’insertion, également appelées clauses sociales, engagent les entreprises titulaires d’un marché à consacrer un minimum de 5% des heures travaillées à l’insertion de personnes en situation de fragilité socio-économique (demandeurs d’emploi de longue durée, allocataires du RSA et travailleurs handicapés).",
      [CS], objs=[Q(5, comparator=">=", subject="heures travaillées consacrées à l'insertion par les titulaires")],
      notes="Niveau type de la clause d'insertion (condition d'exécution), traité comme objectif ; « un minimum de » -> >=. Énoncé général plutôt qu'engagement d'un acheteur.",
      ambiguous=True)
    P("Selon l'ANRU, l'agence nationale pour la rénovation urbaine, cette charte sociale a généré plus de 25,2 millions d'heures d'insertion qui ont été réalisées par plus de 63 000 bénéficiaires partout en France.",
      [CS], non=["25,2 millions d'heures", "63 000"], notes="Bilan cumulé (résultat passé) : piège.")

    S("https://www.alsape.com/2022/09/plan-sobriete-energetique/", "Plan sobriété énergétique (Alsape)")
    P("L’objectif du plan sobriété énergétique est de réduire les consommations d’énergie en France de 10 % d’ici deux ans par rapport à 2019 et de 40 % d’ici 2050.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", baseline_year=2019, subject="consommations d'énergie en France"),
                  Q(40, direction="decrease", kind="relative_change", horizon=2050, baseline_year=2019, subject="consommations d'énergie en France")],
      notes="Plan national ; « d'ici deux ans » : année seulement implicite -> pas d'horizon ; l'année de référence 2019 est reportée sur la seconde cible coordonnée (« et de 40 % d'ici 2050 »), ce qui se discute.",
      ambiguous=True)

    S("https://euraudit.re/actualites/plan-de-sobriete-energetique-acte-2?hs_amp=true", "Plan de sobriété énergétique : acte 2 (Euraudit, WebLex)")
    P("Pour mémoire, à l’automne 2022, le Gouvernement a incité les entreprises à élaborer un plan de sobriété énergétique pour atteindre l'objectif général de réduction de 10 % de la consommation d'énergie d'ici 2024.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2024, subject="consommation d'énergie")],
      non=["2022"], notes="Objectif national rappelé (« réduction de 10 % … d'ici 2024 ») ; 2022 = date du lancement.")

    S("https://smartdataforlead.com/flottes-dentreprise-de-grands-groupes-objectif-100-electrique-dici-2030", "Flottes d’entreprise de grands groupes : objectif 100 % électrique d’ici 2030 (Smart Data for Lead)")
    P("À titre d’exemple, il y a quelques semaines, le groupe germanique Siemens, spécialisé dans les domaines de l’énergie et de la santé, affirmait en effet que sa flotte automobile serait 100 % électrique à l’horizon 2030.",
      [ENV], objs=[Q(100, horizon=2030, subject="véhicules électriques dans la flotte automobile de Siemens")],
      notes="Engagement d'entreprise rapporté (« serait 100 % électrique à l'horizon 2030 »).")
    P("Un objectif commun vertueux qui peut laisser pensif à l’heure où en France, la proportion des véhicules 100 % électriques de flotte automobile ne représente que 8 % du total des immatriculations.",
      [ENV], non=["100 %", "8 %"], notes="« 100 % électriques » qualifie un type de véhicule ; 8 % = constat (piège).")

    S("https://turboblog.fr/?p=839", "De grands groupes migrent vers les flottes 100 % électriques (Turboblog)")
    P("Siemens se charge de la gestion d’un parc de 45 000 modèles. L’objectif consiste à disposer d’un Car Policy plus flexible rapidement.",
      [ENV], non=["45 000"], objective=True,
      notes="Taille du parc (compte) ; l'objectif énoncé est qualitatif (pas de valeur cible).", ambiguous=True)
    P("Siemens veut parvenir à 700 bornes de recharge sur ses sites contre 430 actuellement.",
      [ENV, NRJ], objs=[Q(700, unit="count", kind="absolute", subject="bornes de recharge sur les sites de Siemens")],
      non=["430"], notes="Cible d'entreprise en nombre (« parvenir à 700 ») ; 430 = niveau actuel, donné comme « actuellement », pas comme valeur de départ d'un « passer de … à ».",
      ambiguous=True)

    S("https://le-meridien.fr/voitures-electriques-les-entreprises-a-la-traine", "Voitures électriques : les entreprises à la traîne (Le Méridien)")
    P("C’est une disposition trop peu connue de la loi d’orientation des mobilités de décembre 2019 : les entreprises qui exploitent un parc de plus de 100 voitures ou véhicules utilitaires légers doivent décarboner progressivement leur flotte. En 2025 et 2026, elles doivent acheter au moins 20 % de voitures électriques ou d’hybrides rechargeables, 40 % de 2027 à 2029, et 70 % à partir de 2030.",
      [ENV], objs=[Q(20, horizon=2025, comparator=">=", subject="voitures électriques ou hybrides rechargeables dans les achats des flottes d'entreprises"),
                  Q(40, horizon=2027, comparator=">=", subject="voitures électriques ou hybrides rechargeables dans les achats des flottes d'entreprises"),
                  Q(70, horizon=2030, comparator=">=", subject="voitures électriques ou hybrides rechargeables dans les achats des flottes d'entreprises")],
      non=["décembre 2019", "100", "2026", "2029"],
      notes="Trajectoire légale par paliers : chaque palier daté par sa première année ; « au moins » porté sur les trois paliers ; seuil de 100 véhicules = champ d'application. Quota pour des flottes privées.",
      ambiguous=True)
    P("Parmi les bons élèves, l’ONG cite le secteur public, en particulier La Poste, qui, sur 4 588 véhicules renouvelés en 2024, compte 69 % d’électriques (72 % avec les hybrides rechargeables).",
      [ENV], non=["4 588", "2024", "69 %", "72 %"], notes="Résultat constaté (piège).")

    S("https://blog.mooncard.co/ev100-flotte-auto-electrique", "EV100 : 5,5 millions de véhicules de flotte d'entreprise promis à l’électrique (blog Mooncard)")
    P("Les véhicules d'entreprise représentent chaque année plus de la moitié des ventes de véhicules neufs en France et les deux tiers des émissions de gaz à effet de serre (GES) liées aux nouvelles flottes de véhicules, du fait de leur plus grande utilisation.",
      [ENV], non=["plus de la moitié", "les deux tiers"], notes="Parts de marché et d'émissions en toutes lettres, « chaque année » sans cible (piège).")

    S("https://www.bruded.fr/la-chapelle-thouarault-et-guipel-35-une-electricite-dorigine-100-renouvelable/", "La Chapelle-Thouarault et Guipel (35) : une électricité d’origine 100% renouvelable (BRUDED)")
    P("Le 1er janvier 2016 a sonné la fin des tarifs réglementés de vente d’électricité pour les sites de puissance supérieure à 36 kVA. À l’initiative du SDE35 (syndicat départemental d’énergie), un groupement de commandes, auquel se sont associées 270 collectivités, a été mis en place.",
      [NRJ], non=["1er janvier 2016", "36 kVA", "35", "270"], notes="Date, seuil technique et nombre de collectivités (piège).")
    P("En parallèle, le SDE35 a proposé aux communes qui le souhaitaient d’aller plus loin en participant à un groupement de commandes avec une exigence d’un approvisionnement en électricité 100 % renouvelable.",
      [NRJ], objs=[Q(100, subject="électricité renouvelable dans l'approvisionnement du groupement de commandes")],
      non=["35"], notes="Exigence d'un marché (100 % renouvelable) traitée comme cible d'achat ; le marché est déjà passé (récit), d'où le doute.",
      ambiguous=True)
    P("Cette volonté de soutenir concrètement la filière des énergies renouvelables se traduit par un effort financier de la part des communes : environ 13 % de surcoût par rapport aux anciens tarifs réglementés.",
      [NRJ], non=["13 %"], notes="Surcoût constaté (piège).")

    S("https://www.ctcpa.org/formation_post/agir-sur-le-gaspillage-alimentaire-en-industries-agroalimentaires/", "Agir sur le gaspillage alimentaire en industries agroalimentaires (CTCPA, formation)")
    P("La loi anti-gaspillage pour une économie circulaire (AGEC) fixe comme objectifs nationaux : la réduction du gaspillage de 50 % à échéance 2024 dans les domaines de la distribution alimentaire et de la restauration collective et 2030 dans les domaines de la consommation, de la production, de la transformation et de la restauration commerciale.",
      [CIRC, ALIM], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2024, subject="gaspillage alimentaire dans la distribution alimentaire et la restauration collective"),
                         Q(50, direction="decrease", kind="relative_change", horizon=2030, subject="gaspillage alimentaire dans la consommation, la production, la transformation et la restauration commerciale")],
      notes="Objectif légal à deux échéances (la source écrit 2024, gardé tel quel) ; la valeur de 50 % vaut pour les deux domaines.")

    S("https://www.dia-handicap.fr/offre-de-services/sous-traitance", "Sous-traitance EA & ESAT (DIA Handicap)")
    P("Les établissements publics étant également soumis à l’obligation d’emploi, ceux-ci peuvent répondre en partie à cette obligation par la sous-traitance avec les EA/ESAT. Pour faciliter cette démarche, l’article 15 du Code des Marchés Publics autorise l’acheteur public à réserver des lots ou marchés à EA/ESAT : c’est une piste à creuser !",
      [HAND], non=["15"], notes="Numéro d'article et faculté de réserver des marchés, sans cible (piège).")

    S("https://lepeuplebreton.bzh/2015/07/31/la-restauration-scolaire-levier-de-la-transition-agricole/", "La restauration scolaire, levier de la transition agricole (Le Peuple breton)")
    P("Dans un récent reportage de France 3, le gestionnaire de Saint Cyr Coetquidan, école militaire servant 600000 repas chaque année, déplorait de ne pouvoir commander que 20 % de ses besoins sur le marché local, le code des marchés publics lui interdisant dʼaller au-delà.",
      [ALIM, PME], non=["3", "600000", "20 %"], notes="Volume de repas et plafond subi (limite présentée comme une contrainte, pas comme une cible) : piège.")

    S("https://reseaumangerbio.fr/", "Réseau Manger Bio (accueil)")
    P("À l’approche des municipales 2026, nous appelons à faire de la restauration collective un levier central des politiques locales. Aux côtés de Nona, nous avons co-écrit une tribune publiée dans Ouest-France pour rappeler que la cantine est un outil puissant au service de la santé, de l’agriculture locale, de l’économie du territoire et de la transition écologique.",
      [ALIM], non=["2026"], notes="Année d'une élection ; plaidoyer sans cible chiffrée (piège).")

    S("https://www.sequencesbois.fr/environnement-la-loi-climat-et-resilience-en-faveur-des-materiaux-biosources-a654.html", "ENVIRONNEMENT : La loi Climat et Résilience en faveur des matériaux biosourcés (Séquences Bois)")
    P("Parmi les 300 articles répartis en différentes catégories – consommer, produire et travailler, se déplacer, se loger, se nourrir –, il a notamment été voté l’obligation, à partir de 2030, d’utiliser des matériaux biosourcés ou bas‑carbone dans au moins 25 % des rénovations lourdes et constructions publiques.",
      [ENV], objs=[Q(25, comparator=">=", subject="rénovations lourdes et constructions publiques utilisant des matériaux biosourcés ou bas-carbone")],
      non=["300", "2030"],
      notes="Quota légal à un seul niveau ; « à partir de 2030 » = date d'entrée en vigueur de l'obligation, donc pas d'horizon selon les conventions (cas limite : la date est future) ; 300 articles = compte.",
      ambiguous=True)

    S("https://metro.fr/blog/durable/emballage-consigne-vae-restaurant", "Plastique à usage unique : vers une interdiction totale (METRO, blog)")
    P("Le gouvernement entend sortir du plastique jetable. En attendant l’interdiction totale en 2040, il fixe des objectifs intermédiaires. D'ici à fin 2025, il vise 20 % de réduction des emballages plastiques à usage unique, dont au minimum la moitié obtenue par recours au réemploi et à la réutilisation.",
      [CIRC], objs=[Q(20, direction="decrease", kind="relative_change", horizon=2025, subject="emballages plastiques à usage unique"),
                   Q(50, horizon=2025, comparator=">=", subject="part de la réduction obtenue par le réemploi et la réutilisation")],
      non=["2040"],
      notes="Objectifs nationaux (décret 3R) : « 20 % de réduction » -> baisse relative ; « au minimum la moitié » = 50 %, >= ; l'interdiction totale en 2040 n'est pas chiffrée.",
      ambiguous=True)
    P("D’après NPD Group, la vente à emporter a doublé ses parts de marché dans le circuit de la restauration à table, passant de 15 % en 2019 à 30 % en 2020.",
      [], non=["doublé", "15 %", "2019", "30 %", "2020"], notes="Évolution déjà constatée (« a doublé », « passant de … à ») : piège.")

    S("https://www.pactedupouvoirdevivre.fr/projet/propositions/axe-2/30-proposer-davantage-doptio", "Proposer davantage d’options et de menus végétariens dans la restauration collective (Pacte du pouvoir de vivre)")
    P("C’est pourquoi le Pacte du pouvoir de vivre souhaite aller plus loin que la loi Egalim (1 repas végétariens par semaine) et que soit proposés davantage d’options et de menus végétariens dans la restauration collective.",
      [ALIM, ENV], objective=True, non=["1"],
      notes="Proposition d'un collectif (plaidoyer) sans valeur cible : objectif qualitatif ; « 1 repas par semaine » rappelle l'obligation légale existante, non reprise comme cible d'achat.",
      ambiguous=True)
    P("Un surcoût est parfois observé dans les mois suivant l’introduction de l’option végétarienne du fait de l’approvisionnement en produits végétaux transformés, mais il disparaît en général rapidement (dans les 1 à 2 ans)",
      [ALIM], non=["1 à 2 ans"], notes="Durée constatée (fourchette descriptive), pas une cible (piège).")

    S("https://ambition4circularity.com/disposer-de-95-des-fournisseurs-lies-aux-achats-directs-ayant-fait-lobjet-dune-evaluation-rse-sur-les-3-dernieres-annees", "Disposer de 95% des dépenses d’achats liées à des fournisseurs directs ayant fait l’objet d’une évaluation RSE (Elis, Ambition 4 Circularity)")
    P("Disposer de 95% des dépenses d’achats liées à des fournisseurs directs ayant fait l’objet d’une évaluation RSE sur les 3 dernières années",
      [GOV], objs=[Q(95, subject="dépenses d'achats auprès de fournisseurs directs évalués sur la RSE")],
      non=["3"], notes="Titre d'engagement d'entreprise (infinitif) : cible sans année ; « 3 dernières années » = période de validité de l'évaluation.",
      ambiguous=True)
    P("Sur le deuxième volet, le Groupe s’est fixé pour objectif de disposer de 95% des dépenses d’achats liées à des fournisseurs directs ayant fait l’objet d’une évaluation RSE sur les 3 dernières années en 2025. En 2021, 93% des fournisseurs liés aux achats directs avaient fait l’objet d’une évaluation RSE sur les 3 dernières années.",
      [GOV], objs=[Q(95, horizon=2025, subject="dépenses d'achats auprès de fournisseurs directs évalués sur la RSE")],
      non=["3", "2021", "93%"], notes="Cible datée (95 % en 2025) ; 93 % en 2021 = résultat.")

    S("https://www.bonduelle.com/fr/actualites-bonduelle/comment-bonduelle-pratique-ses-achats-responsables-livre-blanc.html", "Comment Bonduelle pratique ses achats responsables (Bonduelle)")
    P("Nous demandons à nos fournisseurs les plus importants par volume d’achats, et par niveau de risque de se faire évaluer par EcoVadis. Au 30 juin 2019, 137 fournisseurs ont été évalués, soit 43% des dépenses d’achats du Groupe.",
      [GOV], non=["30 juin 2019", "137", "43%"], notes="Bilan à une date (piège).")

    S("https://fr.rs-online.com/web/generalDisplay.html?id=achat%2Fsynthese-du-barometre-eco-vadis", "Synthèse du Baromètre EcoVadis (RS Components)")
    P("En 2021, 63% des directeurs des achats déclaraient comme « très importante » la réalisation des objectifs de développement durable de leur entreprise (contre 25% en 2019). En même temps, 46% des fournisseurs considéraient que l’engagement RSE de leurs principaux clients n’existait « que sur le papier » (contre 39% en 2019).",
      [GOV], non=["2021", "63%", "25%", "2019", "46%", "39%"], notes="Résultats d'enquête (piège).")

    S("https://fatti-non-parole.ch/fr/themes-sur-le-developpement-durable/protection-de-l-environnement/energie-et-protection-du-climat.html", "Énergie et protection du climat (Coop, Fatti non parole)")
    P("Depuis 2008 déjà, nous nous efforçons de réduire nos émissions annuelles de CO2 dans les secteurs sur lesquels nous avons une influence directe. Entre 2008 et 2020, nous sommes ainsi parvenus à réduire nos émissions de gaz à effet de serre de 36 %.",
      [ENV], non=["2008", "2020", "36 %"], notes="Baisse déjà obtenue, avec verbe de changement (piège).")
    P("Notre objectif: d'ici à 2026, réduire les émissions directes de CO2e appartenant aux scopes 1 et 2 de 21 % supplémentaires, en accord avec l'objectif de 1,5 degré de l'Accord de Paris.",
      [ENV], objs=[Q(21, direction="decrease", kind="relative_change", horizon=2026, subject="émissions directes de CO2e (scopes 1 et 2) de Coop")],
      non=["1 et 2", "1,5 degré"],
      notes="Objectif d'entreprise : « réduire … de 21 % supplémentaires » -> baisse relative (le verbe « réduire » l'emporte sur « supplémentaires ») ; 1,5 degré = référence de l'Accord de Paris.",
      ambiguous=True)

    S("https://sportmag.fr/paris-2024-une-charte-dinsertion-pour-renforcer-le-tissu-social", "Paris 2024 : une charte d’insertion pour renforcer le tissu social (Sportmag)")
    P("- 10% des heures travaillées pour les publics les plus éloignés de l’emploi. La ministre du Travail Muriel Pénicaud veut ainsi « permettre à des jeunes, à des demandeurs d’emplois, à des seniors, des personnes en situation de handicap, d’accéder à l’emploi. »\n- 25% de marchés pour les TPE/PME locales, afin de ne pas laisser tous les chantiers aux grands groupes internationaux.",
      [CS, PME], objs=[Q(10, subject="heures travaillées pour les publics éloignés de l'emploi (chantiers olympiques)", themes=(CS,)),
                      Q(25, subject="marchés pour les TPE/PME locales (chantiers olympiques)", themes=(PME,))],
      notes="Charte d'insertion de la Solideo : deux cibles en liste (tranche de la liste, sans l'intertitre) ; pas d'année dans le passage.")

    S("https://francsjeux.com/?p=58765", "Paris 2024 et l’économie sociale et solidaire (Francs Jeux)")
    P("Selon SportBusiness.Club, 120 marchés ont déjà été attribués, moins d’un an après le lancement de la plateforme des appels d’offres pour les Jeux en France, soit 2% de ce qui sera proposé. Le tout début, donc. A ce jour, les TPE/PME en ont raflé 60%. Logique. Mais, plus inédit, 10% des marchés ont été attribués aux entreprises de l’économie sociale et solidaire.",
      [PME, ESS], non=["120", "moins d’un an", "2%", "60%", "10%"], notes="Bilan d'étape (résultats déjà obtenus) : piège.")
    P("Au printemps dernier, la Société de livraison des ouvrages olympiques (SOLIDEO) a établi une charte visant à « promouvoir l’accès à la commande publique et privée pour les TPE/PME », les structures de l’économie sociale et solidaire (ESS), de l’insertion et le secteur du handicap, « en visant au moins 25% du montant global des marchés. »",
      [PME, ESS, CS, HAND], objs=[Q(25, comparator=">=", subject="montant global des marchés olympiques pour les TPE/PME, l'ESS, l'insertion et le handicap")],
      notes="Cible de la charte (« en visant au moins 25% ») ; « au moins » -> >=.")

    S("https://www.ess-europe.eu/fr/news/jeux-olympiques-2024-quelle-implication-des-entreprises-de-less", "Jeux Olympiques 2024 : quelle implication des entreprises de l’ESS ? (ESS Europe)")
    P("Le comité d’organisation des jeux olympiques (COJO) avait en effet affirmé dans sa charte sociale l’ambition de faire du sport « le moteur d'un développement économique, social et solidaire », à travers deux grands objectifs : 10 % des heures travaillées pour les Jeux seront dédiées à l’insertion, et 25 % du montant des travaux destinés aux PME et TPE, et aux entreprises de l’ESS.",
      [CS, PME, ESS], objs=[Q(10, subject="heures travaillées pour les Jeux dédiées à l'insertion", themes=(CS,)),
                           Q(25, subject="montant des travaux destiné aux PME, TPE et entreprises de l'ESS", themes=(PME, ESS))],
      non=["deux"], notes="Deux cibles de la charte sociale, au futur (« seront dédiées ») ; pas d'année.")
    P("En revanche, la structure Paris 2024, sur l’organisation même des jeux, ne s’est pas fixée d’objectif particulier. Selon un décompte de fin 2022, les structures de l’ESS représentaient près de 10 % des entreprises impliquées, un pourcentage honorable.",
      [ESS], non=["2024", "2022", "10 %"], notes="Absence d'objectif et constat chiffré (piège) ; 2024 fait partie d'un nom.")

    S("https://valeurenergie.com/etablissements-de-sante", "Établissements de santé : la nécessaire transition est en marche (Valeur Énergie)")
    P("A cela s’ajoute un budget de 29 Mrd€ dédiés aux achats dans l’hôpital public chaque année, et 1,5 milliard de repas distribués par an dans les établissements de santé.",
      [SANTE], non=["29 Mrd€", "1,5 milliard"], notes="Budget et volume annuels (« chaque année », « par an ») : piège.")

    S("https://disserty.com/photo/404704/guide-2015-des-pratiques-vertueuses-en-developpement-durable-des-etablissements", "Guide 2015 des pratiques vertueuses en développement durable des établissements sanitaires et médico-sociaux (CAHPP, Disserty)")
    P("Chaque année depuis 2013, les fournisseurs référencés répondent à un formulaire d’éva- luation de 33 questions réparties en 5 catégo- ries (Engagement de la direction, politique d’achats, produit/écoconception, réduction des impacts sur le site client, gestion des déchets, commande et distribution).",
      [GOV, SANTE], non=["2013", "33", "5"], notes="Date et comptes (questions, catégories) ; césures du PDF conservées (piège).")

    S("https://entrevoisins.groupeadp.fr/?p=9488", "La loi AGEC (Entre voisins, Groupe ADP)")
    P("100 %\nTendre vers une réduction de 100% des emballages en plastique à UU « inutiles », tels que les blisters plastiques autour des piles et des ampoules, d’ici fin 2025\n100 %\nTendre vers 100% de recyclage des emballages en plastique à usage unique d’ici le 1er janvier 2025",
      [CIRC], objs=[Q(100, direction="decrease", kind="relative_change", horizon=2025, subject="emballages en plastique à usage unique « inutiles »"),
                   Q(100, horizon=2025, subject="recyclage des emballages en plastique à usage unique")],
      notes="Objectifs du décret 3R en liste (chiffre en exergue puis libellé) : « réduction de 100% » -> baisse relative ; « tendre vers 100% de recyclage » -> niveau ; tranche d'une liste plus longue.",
      ambiguous=True)

    S("https://ekodev.com/blog/On-en-parle/Le-point-sur-la-loi-AGEC", "Économie circulaire : le point sur la loi AGEC, épisode 1 (ekodev)")
    P("La loi porte une ambition de réduction des déchets, et fixe de nouveaux objectifs de réduction d’ici 2030, tant sur les déchets ménagers (objectif de réduction de 15%) que sur les déchets d’activités économiques (objectif de réduction de 5%).",
      [CIRC], objs=[Q(15, direction="decrease", kind="relative_change", horizon=2030, subject="déchets ménagers"),
                   Q(5, direction="decrease", kind="relative_change", horizon=2030, subject="déchets d'activités économiques")],
      notes="Deux cibles de la loi AGEC sous un même « d'ici 2030 » (horizon partagé).")
    P("Concernant les matières plastiques, elle fixe un objectif de 100% de plastique recyclé d’ici 2025 et prévoit la fin de la mise sur le marché d’emballages en plastique à usage unique d’ici à 2040.",
      [CIRC], objs=[Q(100, horizon=2025, subject="plastique recyclé")],
      non=["2040"], notes="Cible chiffrée datée (100 % d'ici 2025) ; la fin des emballages à usage unique d'ici 2040 est un objectif non chiffré.")

    S("https://humanite.fr/vos-droits/antigaspillage-loi-agec-ce-qui-change-en-2023-777996", "Antigaspillage. Loi Agec, ce qui change en 2023 (L'Humanité)")
    P("Ces déchets restent trop peu recyclés. En effet, seuls 48,5 % des déchets non minéraux et non dangereux ont été recyclés en 2018. L’objectif est que ce pourcentage monte à 65 % en 2025.",
      [CIRC], objs=[Q(65, direction="increase", horizon=2025, subject="déchets non minéraux et non dangereux recyclés")],
      non=["48,5 %", "2018"],
      notes="« monte à 65 % en 2025 » : verbe de changement -> increase ; 48,5 % en 2018 = constat donné dans la phrase précédente, non repris comme valeur de départ (on pourrait le lire comme tel).",
      ambiguous=True)

    S("https://dechets-infos.com/plastiques-du-100-recycle-au-100-recyclable-4924634.html", "Plastiques : du 100 % recyclé au 100 % recyclable (Déchets Infos)")
    P("Dans la loi économie circulaire (loi AGEC), la promesse d’Emmanuel Macron a été transcrite dans l’article 5 qui dit que la France doit « tendre vers l’objectif de 100 % de plastique recyclé d’ici le 1er janvier 2025 ».",
      [CIRC], objs=[Q(100, horizon=2025, subject="plastique recyclé")],
      non=["5"], notes="Objectif légal cité (« tendre vers ») ; 5 = numéro d'article.")

    S("https://pariszeroplastique.fr/guide/les-principales-echeances-de-la-loi-agec-filiere-transport-et-logistique", "Les principales échéances de la loi AGEC, filière transport et logistique (Paris zéro plastique)")
    P("1er Janvier 2022\n- Interdiction des suremballages en plastique pour les fruits et légumes de moins de 1, 5 kg, des sachets de thé en plastique, des jouets en plastique distribués gratuitement dans les fast food.",
      [CIRC], non=["1er Janvier 2022", "1, 5 kg"], objective=False,
      notes="Date d'entrée en vigueur d'interdictions et seuil de poids (espace parasite conservé) : pas de cible chiffrée (piège).")

    S("https://greenly.earth/fr-fr/blog/guide-entreprise/comment-reduire-les-emissions-de-gaz-a-effet-de-serre-de-sa-supply-chain", "Comment réduire les émissions de gaz à effet de serre de sa supply chain (Greenly, blog)")
    P("Ce n’est pas suffisant au regard de l’objectif fixé par les Accords de Paris pour limiter la hausse de la température à 1,5° degrés. A l’échelle de l’Union Européenne, l’objectif est de réduire de 55% les émissions de gaz à effet de serre d’ici 2030 et atteindre la neutralité carbone en 2050.",
      [ENV], objs=[Q(55, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de gaz à effet de serre de l'Union européenne")],
      non=["1,5° degrés", "2050"],
      notes="Passage mixte : 1,5° = plafond de réchauffement (référence, pas une cible d'achat) ; seule la baisse de 55 % d'ici 2030 est retenue ; neutralité carbone en 2050 non chiffrée.",
      ambiguous=True)

    S("https://bluesowers.com/2021/02/12/reduction-des-emissions-nettes-de-carbone-que-peuvent-les-achats", "Réduction des émissions nettes de carbone, que peuvent les achats ? (Blue Sowers)")
    P("Il estime aussi qu’environ 40% de ces émissions pourraient être évitées en mettant en œuvre des solutions à coût relativement abordable (10€ par tonne d’équivalent C02) , telles que l’économie circulaire, l’efficacité énergétiques et le recours aux énergies renouvelables , avec au final une augmentation du prix pour le consommateur entre 1 et 4%.",
      [ENV], non=["40%", "10€", "1 et 4%"], notes="Estimation d'un potentiel (conditionnel « pourraient ») et coûts : pas une cible (piège).")

    S("https://www.cantineverte.fr/categories", "Le Bouscat : pour des repas sains à la cantine ! (Cantine verte, pétitions)")
    P("M Bobet, nous vous demandons d'introduire dès maintenant : - Deux menus sans viande ni poisson pour tou.te.s par semaine, dont un exclusivement végétal (composé de céréales, légumineuses…mais sans fromage ni oeuf)* ; - Une option menu sans viande ni poisson les autres jours de la semaine ; - Une majorité de produits frais, bio et locaux.",
      [ALIM], objs=[Q(2, unit="count", kind="absolute", subject="menus sans viande ni poisson par semaine dans les cantines du Bouscat")],
      notes="Revendication d'une pétition adressée au maire (plaidoyer), gardée comme objectif mais douteuse ; « Deux menus … par semaine » = fréquence hebdomadaire (pas per_year) ; « une majorité » de produits bio et locaux n'est pas chiffrée.",
      ambiguous=True)
    P("Certaines villes ont déjà pris les devants, comme c’est le cas à Lille, Grenoble, Paris 2 ou encore Mouans-Sartoux qui ont entre 20 et 50 % de produits bio et déjà 2 menus végétariens par semaine en moyenne.",
      [ALIM], non=["2", "20 et 50 %", "2"], notes="Situation déjà atteinte dans d'autres villes (fourchette descriptive) ; « Paris 2 » = appel de note collé au nom (piège).")
