"""Ninth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh9.jsonl).

Collected in issue 15's tenth pass, blind to what the extractor gets wrong (no error listing, first score or error
table read), to measure it on text nobody here had read. Pages of varied kinds (the mayors' association, communes,
elected groups' statements, cantonal and territorial climate plans, waste syndicates, universities, hospitals,
federations, trade and regional press) and traps: results of the past, statistics and surveys, budgets, counts,
dates, thresholds, article numbers, forecasts. Pages of sites that neither the shared dev set, nor any training
passage (``corpora/real``, the collected set), nor an earlier fresh set uses (the build checks). Labelled with the
conventions of the shared real dev set; never run through the extractor here (the lead scores it). Every passage is
copied from the opening of a public web page as the project's search tool stored it, cited by its URL, 70 words or
fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, GOV, NRJ

SANTE = "sante"
BIO = "biodiversite"

def load(S, P, Q) -> None:

    S("https://www.amf.asso.fr/m/amf-info/apercu.php?id=612", "Restauration scolaire : les communes engagées dans la transition (AMF info)")
    P("Les communes et leur intercommunalité agissent pour répondre aux besoins des familles en matière de restauration scolaire des enfants et parviennent à accueillir plus de 82% des enfants scolarisés au sein de ce service public pourtant facultatif.",
      [ALIM], non=["82%"], notes="Résultat constaté (piège).")
    P("L'atteinte des seuils fixés par la loi Egalim de 50 % de produits de qualité et durables, dont 20 % de bio, est plus complexe à mettre en œuvre dans des délais aussi courts et un contexte guère favorable.",
      [ALIM], objs=[Q(50, subject="produits de qualité et durables (EGalim)"),
                    Q(20, subject="produits bio (EGalim)")],
      notes="Quota EGalim rappelé (« seuils fixés par la loi ») ; cible emboîtée « dont 20 % » ; pas d'année.", ambiguous=True)

    S("https://ville-magne.fr/label-territoire-bio-engage", "Label « Territoire Bio Engagé » (Commune de Magné)")
    P("Dans son programme de campagne, le conseil municipal avait annoncé son objectif d’aller le plus loin possible dans l’approvisionnement de produits biologiques dans les repas du restaurant du groupe scolaire Les Hirondelles et ambitionne d’atteindre les 100% d’ici 2025.",
      [ALIM], objs=[Q(100, horizon=2025, subject="produits biologiques au restaurant scolaire")],
      notes="« ambitionne d'atteindre les 100% d'ici 2025 » : reach, horizon écrit.")
    P("Pour rappel, la loi Egalim impose qu’au moins 20% des produits soient sous label Agriculture Biologique.",
      [ALIM], objs=[Q(20, comparator=">=", subject="produits sous label Agriculture Biologique (EGalim)")],
      notes="Quota légal rappelé ; « au moins » : >=.")

    S("https://journal-interne.univ-eiffel.fr/fevrier-2024/vue-detaillee/sobriete-energetique-les-campus-en-action", "Sobriété énergétique : les campus en action (Université Gustave Eiffel, journal interne)")
    P("Aux commandes d’un patrimoine immobilier de plus de 200 000 m² réparti sur sept campus, la DGDIL mène en effet de nombreux projets de réhabilitation et de rénovation thermique des bâtiments universitaires et scientifiques.",
      [NRJ], non=["200 000 m²", "sept"], notes="Surface et compte de campus (piège).")

    S("https://ge-suivi-planclimat.ch/indicateurs/taux-delectrification-de-la-flotte-de-letat-hors-vehicules-de-la-police", "Taux d’électrification de la flotte de l’État, hors véhicules de la police (suivi du Plan climat cantonal de Genève)")
    P("Cible : 95% à l'horizon 2030 (cf. système de suivi du SME de l'Etat)",
      [ENV, NRJ], objs=[Q(95, horizon=2030, subject="taux d'électrification de la flotte de l'État")],
      notes="Cible d'un indicateur ; le sujet est dans le titre de la page.", ambiguous=True)

    S("https://fairerespirer.fr/?p=2163", "Gaspillage alimentaire dans nos cantines ! (communiqué d'un groupe au conseil municipal de Lille)")
    P("Dans les cantines scolaires, en France, on jette en moyenne 120 grammes par jeune, par repas. C’est pire encore ds le secteur de la santé, à l’hôpital, 170 grammes par repas.",
      [ALIM, CIRC], non=["120 grammes", "170 grammes"], notes="Statistiques (piège).")
    P("Sous la présidence Macron, la loi Économie circulaire de 2020 a si je puis dire sifflé la fin de la récré : la restauration collective est désormais tenue de réduire son gaspillage de 50 % d’ici 2025 (comparé au niveau de 2015).",
      [ALIM, CIRC], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2025, baseline_year=2015, subject="gaspillage alimentaire de la restauration collective")],
      non=["2020"], notes="Obligation légale chiffrée ; « réduire de 50 % » : baisse relative ; 2015 année de référence.")

    S("https://app.agorakit.org/groups/636/discussions/1418?embed=1&force_locale=it", "Objectifs du scénario AMS pour les déchets (discussion d'un PCAET, Agorakit)")
    P("Les objectifs du scénario AMS pour le secteur des « déchets » sont ceux contenus dans la loi relative à la transition énergétique et pour la croissance verte de 2015 et la feuille de route économie circulaire de 2018, à savoir :\n- Réduire de 50% les déchets mis en décharge entre 2010 et 2025,\n- Réduire de 50% le gaspillage alimentaire,",
      [CIRC, ALIM], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2025, baseline_year=2010, subject="déchets mis en décharge", themes=(CIRC,)),
                          Q(50, direction="decrease", kind="relative_change", subject="gaspillage alimentaire", themes=(CIRC, ALIM))],
      non=["2015", "2018"], notes="Objectifs nationaux repris dans un PCAET ; « entre 2010 et 2025 » : référence 2010, horizon 2025.")
    P("- Orienter 65% des déchets non dangereux et non inerte vers des filières de valorisation interne,\n- Réduire de 30% la consommation de ressources par rapport au PIB d’ici 2030 par rapport à 2010,\n- Réduire les émissions de GES grâce au recyclage du plastique.",
      [CIRC, ENV], objs=[Q(65, subject="déchets non dangereux non inertes orientés vers la valorisation", themes=(CIRC,)),
                         Q(30, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2010, subject="consommation de ressources rapportée au PIB", themes=(CIRC,))],
      notes="Liste d'objectifs ; « Orienter 65% » : niveau (reach) ; dernier point non chiffré.")
    P("Pour ce secteur, c’est le Programme Local de Prévention des Déchets Ménagers et Assimilés (PLPDMA) 2019 – 2024 du SIREDOM qui en constitue la feuille de route à l’échelle du territoire d’intervention du syndicat de collecte et de traitement.",
      [CIRC, GOV], non=["2019 – 2024"], notes="Période d'un programme (piège).")

    S("https://www.biltagarbi.com/vos-actions-au-quotidien/reduire-ses-dechets", "Réduire ses déchets (Syndicat Bil Ta Garbi)")
    P("Depuis 2010, la production de déchets ménagers et assimilés (DMA) est passée de 616 kg/habitant à 597 kg/hab en 2024. Sur ces mêmes années, les ordures ménagères résiduelles ont diminué de 28% passant de 326 à 233 kg/hab. (- 93Kg/hab.).",
      [CIRC], non=["2010", "616 kg/habitant", "597 kg/hab", "2024", "28%", "326", "233 kg/hab.", "- 93Kg/hab."], notes="Baisse passée avec un verbe de changement (« passée de … à », « ont diminué de 28% ») : piège.")
    P("Les élus ont réaffirmé, lors de l’établissement de la politique environnementale du Syndicat en 2021, la priorité que constitue la diminution des volumes de déchets ainsi que la réduction de l’enfouissement.",
      [CIRC], objective=True, non=["2021"], notes="Priorité non chiffrée ; 2021 date d'adoption.", ambiguous=True)

    S("https://recyclage-recuperation.fr/archives-dechets-com/syctom-une-nouvelle-baisse-des-tonnages-collectes", "Syctom : une nouvelle baisse des tonnages collectés (Recyclage Récupération)")
    P("Avec une baisse de -6% depuis 2008, on se rapproche ainsi aujourd’hui des objectifs fixés par le Grenelle Environnement.",
      [CIRC], non=["-6%", "2008"], notes="Baisse passée ; objectifs évoqués sans valeur (piège).")

    S("https://elisabeth-toutut-picard.fr/developpement-durable-hopitaux-chu-de-toulouse-societalement-responsable", "Développement durable : le CHU de Toulouse, un CHU sociétalement responsable")
    P("Le CHU de Toulouse a engagé sa première démarche de diagnostic environnemental dès 2005. En 2012, la direction développement durable, créée en 2010, a acté un plan d’actions précis.",
      [ENV, SANTE, GOV], non=["2005", "2012", "2010"], notes="Dates passées (piège) ; « dès 2005 » au passé n'est pas un horizon.")
    S("https://www.ccomptes.fr/fr/documents/72774", "La prise en compte des enjeux du développement durable dans les achats de l’État, synthèse (Cour des comptes, décembre 2024)")
    P("Les marchés publics constituent un enjeu économique important, de l’ordre\nde 130 Md€ en 2022, proche de 5 % du PIB . Les achats de l’État et de ses\nétablissements publics représentent la moitié de cet ensemble, qui comprend\négalement les hôpitaux et les collectivités territoriales, soit 60 Md€ en 2022 .",
      [], non=["130 Md€", "2022", "5 %", "la moitié", "60 Md€", "2022"], notes="Volumes d'achat et parts constatées (piège) ; « la moitié » est une part constatée, pas une cible.")

    S("https://matot-braine.fr/au-sommaire/collectivites/la-region-veut-faire-de-la-commande-publique-un-outil-de-la-relance-economique", "La Région veut faire de la commande publique un outil de la relance économique (Matot Braine)")
    P("Chaque année, la commande publique représente 100 à 200 milliards d’euros en France. Cette dépense s’est élevée à 5,3 milliards dans le Grand Est en 2020.",
      [], non=["100 à 200 milliards d’euros", "5,3 milliards", "2020"], notes="Volumes (piège) ; la fourchette « 100 à 200 » n'est pas une cible.")
    S("https://eficia.com/category/decret-tertiaire/", "Décret tertiaire (Eficia)")
    P("Le Décret Tertiaire impose une réduction progressive de la consommation énergétique dans les bâtiments tertiaires en France, avec des objectifs fixés à -40% pour 2030, -50% pour 2040, et -60% pour 2050, par rapport à une année de référence.",
      [NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="consommation énergétique des bâtiments tertiaires"),
                   Q(50, direction="decrease", kind="relative_change", horizon=2040, subject="consommation énergétique des bâtiments tertiaires"),
                   Q(60, direction="decrease", kind="relative_change", horizon=2050, subject="consommation énergétique des bâtiments tertiaires")],
      notes="Trajectoire réglementaire ; « réduction … -40% » : baisse relative ; année de référence non donnée.")

    S("https://www.auvergne-financement.fr/blog/articles/immobilier-professionnel-decret-tertiaire-on-vous-dit-tout", "Immobilier professionnel : décret tertiaire, on vous dit tout (Auvergne Financement)")
    P("Cette réglementation s'applique aux bâtiments existants ou aux parties d'un bâtiment dont la surface cumulée dépasse 1000 m².",
      [NRJ], non=["1000 m²"], notes="Seuil d'application (piège).")

    S("https://www.cahiers-techniques-batiment.fr/article/comment-diminuer-les-emission-de-co2-dans-le-batiment-debut-aujourd-hui-de-la-concertation.63816", "Comment diminuer les émissions de CO2 dans le bâtiment : début aujourd'hui de la concertation (Les Cahiers Techniques du Bâtiment)")
    P("Selon le président Emmanuel Macron, il faut diviser par deux les émissions d'ici 2030 et « si on ne change pas les choses, on n'y arrivera pas » a-t-il déclaré dans une vidéo diffusée sur Twitter le 28 janvier dernier.",
      [ENV], objs=[Q(2, unit="x", direction="decrease", kind="relative_change", horizon=2030, subject="émissions de CO2 du bâtiment")],
      non=["28 janvier"], notes="« diviser par deux » : facteur 2, baisse ; citation d'un élu ; le secteur est dans le titre.", ambiguous=True)
    S("https://www.ecologique-solidaire.gouv.fr/strategie-nationale-bas-carbone", "Stratégie Nationale Bas-Carbone (ministère de la Transition écologique et solidaire)")
    P("La France s'est engagée, avec la Stratégie Nationale Bas-Carbone, à réduire de 75 % ses émissions GES à l'horizon 2050 par rapport à 1990 (le Facteur 4).",
      [ENV], objs=[Q(75, direction="decrease", kind="relative_change", horizon=2050, baseline_year=1990, subject="émissions de gaz à effet de serre de la France")],
      non=["4"], notes="Engagement national ; « le Facteur 4 » nomme le même objectif (non compté deux fois).", ambiguous=True)

    S("https://profilbaru.com/fr/D%C3%A9carbonation_des_b%C3%A2timents_en_France", "Décarbonation des bâtiments en France (Profilbaru, reprise de Wikipédia)")
    P("La loi relative à la transition énergétique pour la croissance verte (LTECV) (2015) fixe comme objectif national la rénovation thermique de 500 000 logements par an, dont la moitié occupés par des ménages aux revenus modestes.",
      [NRJ], objs=[Q(500000, unit="count", kind="absolute", per_year=True, subject="logements rénovés thermiquement"),
                   Q(50, subject="logements rénovés occupés par des ménages modestes")],
      non=["2015"], notes="Objectif national de volume par an ; cible emboîtée « dont la moitié ».")
    P("Le secteur émet, en 2022, 16 % des gaz à effet de serre tous secteurs confondus. Pour atteindre la neutralité carbone en 2050, une réduction de 85 % des émissions directes du secteur résidentiel-tertiaire est nécessaire.",
      [ENV, NRJ], objs=[Q(85, direction="decrease", kind="relative_change", horizon=2050, subject="émissions directes du résidentiel-tertiaire")],
      non=["2022", "16 %"], notes="Réduction « nécessaire » pour atteindre la neutralité : besoin posé comme but, compté comme objectif ; 16 % en 2022 est un constat.", ambiguous=True)

    S("https://www.daucyfoodservice.com/entreprises-mobilisees-restauration-collective/des-entreprises-se-mobilisent-au-service-de-la-restauration-collective/", "Des entreprises se mobilisent au service de la restauration collective (d'aucy Foodservice)")
    P("Avec près de 3 milliards de repas servis chaque année, la restauration collective a un rôle à jouer dans la promotion de l’agriculture durable. Les consommateurs sont unanimes (95%**) : ils estiment important de connaître l’origine de ce qu’ils consomment.",
      [ALIM], non=["3 milliards", "95%"], notes="Volume annuel et résultat de sondage (piège).")

    S("https://www.centrepresseaveyron.fr/2023/02/28/un-budget-de-300-000-pour-moderniser-le-parc-de-luc-la-primaube-11027170.php", "Un budget de 300 000 € pour moderniser le parc de Luc-La Primaube (Centre Presse Aveyron)")
    P("Le parc d’éclairage public de la commune souffre encore de vétusté. Ainsi, plus de 300 points lumineux qui datent de plus de 25 ans vont être remplacés à travers un plan pluriannuel ambitieux qui permettra de réaliser de réelles économies.",
      [NRJ], non=["300", "25 ans"], notes="Volume de travaux prévu, décrit et non posé comme une cible : piège.", ambiguous=True)
    S("https://www.villard-de-lans.fr/actualites/conseil-municipal-une-deliberation-pour-reduire-leclairage-public/", "Conseil municipal : une délibération pour réduire l’éclairage public (Villard-de-Lans)")
    P("«Nous souhaitons poursuivre notre engagement en matière de développement durable et mettre un terme à l’éclairage public, pour commencer entre 1h et 6h au centre-bourg et entre 23h et 6h sur le reste de la commune», détaille le maire, Arnaud Mathieu.",
      [NRJ, ENV], objective=True, non=["1h", "6h", "23h", "6h"], notes="Mesure voulue, non chiffrée ; horaires d'extinction (pas des cibles).", ambiguous=True)
    P("«Concrètement, cela permettrait d’économiser 20  000 € sur les 35 000 € liés à la consommation», détaille la 1ere adjointe, Véronique Beaudoing.",
      [NRJ], non=["20 000 €", "35 000 €"], notes="Effet attendu d'une mesure (« permettrait »), pas un objectif : piège.", ambiguous=True)
    S("https://ville-longuenesse.fr/fr/nw/598795/1276511/extinction-de-leclairage-public-13", "Extinction de l'éclairage public (Ville de Longuenesse)")
    P("A compter du 1er décembre 2022, l'éclairage public pourra être interrompu de 22h30 à 4h30 sur l'ensemble de la commune.\nArrêté municipal n°2022-1850",
      [NRJ], non=["1er décembre 2022", "22h30", "4h30", "2022-1850"], notes="Entrée en vigueur, horaires et numéro d'arrêté (piège).")

    S("https://123ru.net/foreign/330776805", "Combien de communes de la métropole de Clermont-Ferrand vont éteindre l'éclairage public la nuit ? (reprise de La Montagne)")
    P("Dans le Puy-de-Dôme, pour des raisons financières ou écologiques, ce sont 257 communes sur 475 (soit plus de la moitié) qui le font déjà.\nAprès ce vote, chaque commune peut désormais définir si elle éteindra la lumière, et combien de temps. Selon Hervé Prononce, c'est 30 % d'économie sur l'éclairage public qui sera réalisée sur sa commune du Cendre.",
      [NRJ], non=["257", "475", "plus de la moitié", "30 %"], notes="Compte constaté et économie prévue d'une mesure (effet attendu, pas une cible) : piège.", ambiguous=True)

    S("https://lepatriote.fr/production-denergies-renouvelables-la-strategie-de-la-cavbs-en-debat-182242.html", "Production d'énergies renouvelables : la stratégie de la CAVBS en débat (Le Patriote)")
    P("24 %. C'est l'objectif de couverture par des énergies renouvelables des besoins du territoire que s'est fixée la Communauté d'agglomération Villefranche Beaujolais Saône (CAVBS) dans le cadre de son plan climat air énergie territorial.",
      [NRJ], objs=[Q(24, subject="couverture des besoins du territoire par les énergies renouvelables")],
      notes="Valeur en tête de phrase, reprise par « C'est l'objectif » ; pas d'année.")

    S("https://mediacites.fr/interview/lyon/2020/11/24/cantines-scolaires-basculer-en-bio-cest-simple-le-vrai-defi-cest-datteindre-50-de-local/embed", "Cantines scolaires : « Basculer en bio, c’est simple. Le vrai défi, c’est d’atteindre 50% de local » (Mediacités)")
    P("Cantines scolaires : « Basculer en bio, c’est simple. Le vrai défi, c’est d’atteindre 50% de local »",
      [ALIM], objs=[Q(50, subject="produits locaux dans les cantines scolaires")],
      notes="Titre citant un but (« le vrai défi, c'est d'atteindre 50% ») : objectif, pas d'année.", ambiguous=True)

    S("https://wiki.pour-un-reveil-ecologique.org/fr/plateforme/mesures/axeC/empreinte", "Appliquer une stratégie bas-carbone ambitieuse (Pour un réveil écologique, plateforme pour l'enseignement supérieur)")
    P("- b. Publier une stratégie bas-carbone avec un objectif de réduction des émissions de GES à moyen terme qui soit cohérent avec les accords de Paris, soit de l’ordre d’une réduction de ~5 %/an ;",
      [ENV], objs=[Q(5, direction="decrease", kind="growth_rate", per_year=True, subject="émissions de GES des établissements d'enseignement supérieur")],
      notes="Proposition d'un collectif (plaidoyer) : « réduction de ~5 %/an » est un taux annuel ; compté comme objectif, signalé.", ambiguous=True)

    S("https://wp.unil.ch/uniscope/lunil-prepare-sa-transition-ecologique-avec-20-objectifs-pour-2037", "L’UNIL prépare sa transition écologique avec 20 objectifs pour 2037 (Uniscope, Université de Lausanne)")
    P("CAP2037 liste 20 objectifs précis de transition pour 2037. Quel est leur but ?",
      [ENV, GOV], non=["20", "2037"], notes="Compte d'objectifs et année dans un nom de stratégie (piège).", ambiguous=True)

    S("https://www.aggloroanne.fr/transition-energetique-lagglo-au-premier-plan/nicolas-chargueros-vice-president-delegue-a-la-transition-energetique.html", "Nicolas Chargueros : vice-président délégué à la transition énergétique (Roannais Agglomération)")
    P("Agir face aux conséquences inéluctables du dérèglement climatique est une urgence ! Roannais Agglomération a été visionnaire en s’engageant dès 2014 dans la démarche Territoire à énergie positive.",
      [ENV, NRJ], non=["2014"], notes="Engagement passé daté (« dès 2014 » au passé) : piège.")
    P("Notre objectif est double : couvrir 50 % de nos besoins énergétiques par des énergies renouvelables locales et réduire de 50 % notre consommation d’ici 2050 !",
      [NRJ], objs=[Q(50, horizon=2050, subject="besoins énergétiques couverts par des énergies renouvelables locales"),
                   Q(50, direction="decrease", kind="relative_change", horizon=2050, subject="consommation d'énergie du territoire")],
      notes="Deux cibles coordonnées sous « d'ici 2050 » (l'horizon vaut pour les deux, comme la même agglomération l'écrit ailleurs) ; citation d'un élu.", ambiguous=True)

    S("https://www.pv-magazine.fr/2021/06/02/roannais-agglomeration-booste-sa-production-renouvelable/", "Roannais Agglomération booste sa production renouvelable (pv magazine France)")
    P("50% d’énergies renouvelables locales (contre 13 % aujourd’hui !) pour couvrir notre consommation d’énergies d’ici à 2050. Tel est l’objectif que s’est fixée Roannais Agglomération.",
      [NRJ], objs=[Q(50, horizon=2050, subject="consommation d'énergie couverte par des énergies renouvelables locales")],
      non=["13 %"], notes="Valeur en tête ; « contre 13 % aujourd'hui » est l'état actuel.")
    P("La centrale, dont les travaux ont commencé début 2020, aura une puissance installée de 5 MWc permettant une production de 6 GWh/an soit l’équivalent de la consommation électrique d’environ 2 900 habitants (hors chauffage). De quoi augmenter, dès 2022, la production d’énergies renouvelables sur le territoire de 17%.",
      [NRJ], non=["2020", "5 MWc", "6 GWh/an", "2 900", "2022", "17%"], notes="Caractéristiques et effet attendu d'un projet (« de quoi augmenter … de 17% ») : pas une cible, piège.", ambiguous=True)
    P("Dans le cadre de son plan climat, Roannais Agglomération souhaite, d’ici à 2050, réduire de moitié la consommation d’énergie sur son territoire.",
      [NRJ], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2050, subject="consommation d'énergie du territoire")],
      notes="« réduire de moitié » = 50, baisse relative.")

    S("https://vernon-direct.fr/vers-un-territoire-a-energie-positive", "Vers un territoire à énergie positive (Vernon Direct)")
    P("Choisie pour devenir un territoire 100% énergies renouvelables d’ici 2040, Seine Normandie Agglomération a organisé le 30 mars une journée de mobilisation des élus, autour de Sébastien Lecornu, secrétaire d’Etat auprès du ministre de la Transition écologique et solidaire, et Frédéric Duché, président de SNA.",
      [NRJ], objs=[Q(100, horizon=2040, subject="énergies renouvelables du territoire")],
      non=["30 mars"], notes="But du territoire en apposition ; date d'un événement.")
    P("« Nos bâtiments publics doivent montrer l’exemple et ne plus être des passoires thermiques. Pour les rénover, on a débloqué 9 milliards d’euros en 5 ans. », souligne Sébastien Lecornu.",
      [NRJ], non=["9 milliards d’euros", "5 ans"], notes="Budget (piège).")
    P("« Nous produisons déjà des énergies renouvelables sur SNA, mais si nous voulons couvrir 100% des besoins en 2040, nous devons prendre en main le sujet dès maintenant. Nous déploierons d’ici un an un plan d’actions concrètes » conclut Frédéric Duché.",
      [NRJ], objs=[Q(100, horizon=2040, subject="besoins énergétiques couverts par les énergies renouvelables")],
      non=["un an"], notes="But dans une conditionnelle (« si nous voulons couvrir 100% … en 2040 ») ; citation d'un élu.", ambiguous=True)

    S("http://association-apeca.org/apeca/r/?id=1362", "L'insertion par l'activité économique dans les pratiques achats responsables (APECA)")
    P("- Les jeunes de moins de 26 ans, diplômés ou non, sortis du système scolaire ou de l’enseignement supérieur depuis au moins 6 mois\n- Les chercheurs d’emploi seniors (plus de 50 ans)",
      [CS], non=["26 ans", "6 mois", "50 ans"], notes="Critères d'éligibilité (âges, durée) ; « au moins » ne fait pas une cible : piège.")

    S("https://je-roule-en-electrique.fr/collectivite/electrifier-les-transports-publics", "Électrifier les flottes de véhicules électriques publiques (Je roule en électrique, Avere-France)")
    P("La Région Ile-de-France s'est engagée aux côtés de 25 métropoles européennes, comme Londres, Berlin ou encore Athènes, à convertir 100% de sa flotte de bus en véhicules zéro émission à horizon 2030 et à horizon 2025 pour sa zone dense, comprenant notamment Paris.",
      [ENV, NRJ], objs=[Q(100, horizon=2030, subject="flotte de bus d'Île-de-France en véhicules zéro émission"),
                        Q(100, horizon=2025, subject="flotte de bus de la zone dense en véhicules zéro émission")],
      non=["25"], notes="Deux horizons pour deux périmètres ; « convertir 100% » : niveau (reach) ; 25 métropoles est un compte.")

    S("https://cnews.fr/france/2014-07-02/ile-de-france-les-jours-des-bus-diesel-sont-comptes-684114", "Île-de-France : les jours des bus diesel sont comptés (CNews)")
    P("Cela représente environ 4 500 véhicules. Les opérateurs de transports sont ainsi invités à commencer leur transition énergétique dès cette année.",
      [ENV], non=["4 500"], notes="Compte de véhicules ; « dès cette année » sans année écrite (piège).")
    P("Le groupe EELV à la Région, qui avait formulé le vœu, souhaite que tous les bus fonctionnent à l’électricité ou au biogaz (gaz naturel renouvelable) «à l’horizon 2025».",
      [ENV, NRJ], objs=[Q(100, horizon=2025, subject="bus fonctionnant à l'électricité ou au biogaz")],
      notes="Vœu d'un groupe d'élus ; « tous les bus » normalisé à 100 %.", ambiguous=True)
    P("Dans la région, les 3,5 millions de déplacements en bus par jour seraient responsables de 5% à 8% des émissions polluantes. L’objectif à court terme est de les réduire de moitié à partir de 2016.",
      [ENV], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2016, subject="émissions polluantes des bus")],
      non=["3,5 millions", "5% à 8%"], notes="« réduire de moitié » = 50 ; « à partir de 2016 » pris comme horizon ; la fourchette 5 à 8 % est un constat.", ambiguous=True)

    S("https://www.leblogsante.news/transformer-les-dasri-en-daom/", "Transformer les DASRI en DAOM (Le blog santé)")
    P("« Suite aux dernières négociations, nous avons atteint une diminution de 25 % sur la facture globale du groupement déchets santé », affirme Philippe Van de Woestyne, directeur qualité, risques, vigilances et développement durable du CHRU et président du réseau qualité Hauts-de-France.",
      [CIRC, SANTE], non=["25 %"], notes="Résultat atteint (« nous avons atteint une diminution de 25 % ») : piège.")

    S("https://labelthqse.fr/reduction-et-optimisation-des-filieres/", "Réduction et optimisation des filières (label THQSE)")
    P("Cette modification déployée à travers des sensibilisations / audits réguliers, leur a permis de réduire de 65% le poids des DASRI (Déchets d’Activité de Soins à Risques Infectieux) générés par leur activité.",
      [CIRC, SANTE], non=["65%"], notes="Résultat passé (« leur a permis de réduire de 65% ») : piège.")

    S("http://pat-grand-clermont-parc-livradois-forez.fr/connaitre-le-pat/ou-va-t-on/", "Où va-t-on ? (Projet alimentaire territorial Grand Clermont – Livradois-Forez)")
    P("Le travail réalisé avec les acteurs locaux à l’horizon 2050 a permis de définir pour le PAT une stratégie qui s’articule autour de 6 grands axes. Ces objectifs stratégiques sont illustrés par 10 objectifs chiffrés pour orienter l’action.",
      [ALIM, GOV], non=["2050", "6", "10"], notes="Horizon d'une stratégie et comptes d'axes et d'objectifs, sans valeur cible : piège.", ambiguous=True)

    S("https://limportant.fr/533525", "La Vendée veut planter plus d'un million d'arbres (L'Important)")
    P("Le projet s’inscrit au cœur du plan Biodiversité et climat adopté par le département en septembre 2020. L’objectif est ambitieux : il envisage de planter 1,1 million d’arbres d’ici à 2023.",
      [BIO, ENV], objs=[Q(1100000, unit="count", kind="absolute", horizon=2023, subject="arbres plantés en Vendée")],
      non=["septembre 2020"], notes="Volume posé comme objectif (« L'objectif est ambitieux ») ; date d'adoption.")
    P("Le 22 mars, près de 4 500 jeunes pousses ont été mises en terre dans la commune vendéenne d’Essarts-en-Bocage. Et ce n’est qu’un début : quelque 300 000 arbres devraient prochainement recouvrir la parcelle de 1 500 m2.",
      [BIO], non=["22 mars", "4 500", "300 000", "1 500 m2"], notes="Plantation faite et volume prévu (« devraient »), non posé comme cible : piège.", ambiguous=True)
    P("Si le projet doit permettre de protéger la faune et la flore locale, l'objectif est aussi de capter 5 550 tonnes de carbone chaque année.",
      [BIO, ENV], objs=[Q(5550, unit="tCO2", kind="absolute", per_year=True, subject="carbone capté par les plantations")],
      notes="« l'objectif est aussi de capter » : cible annuelle ; tonnes de carbone rangées sous tCO2 faute d'unité propre.", ambiguous=True)

    S("https://www.coproxima.com/un-pacte-pour-la-preservation-des-haies-un-plan-ambitieux-pour-replanter-des-dizaines-de-milliers-de-kilometres-de-haies-en-france", "Un « pacte » pour la préservation des haies (Coproxima)")
    P("Selon un rapport du ministère de l'Agriculture publié en avril, environ 1,4 million de kilomètres de haies, soit 70 %, ont disparu du bocage. Aujourd'hui, la France compte seulement environ 750 000 kilomètres de haies restantes.",
      [BIO], non=["1,4 million", "70 %", "750 000"], notes="Pertes passées et état actuel (piège).")

    S("https://www.levif.be/actualite/environnement/la-wallonie-veut-planter-4-000-kilometres-de-haies-en-cinq-ans/article-news-1218955.html", "La Wallonie veut planter 4.000 kilomètres de haies en cinq ans (Le Vif)")
    P("Les subventions au monde agricole et aux particuliers ont pour l'instant permis de replanter 110 kilomètres de haies entre octobre 2016 et septembre 2019.",
      [BIO], non=["110", "octobre 2016", "septembre 2019"], notes="Résultat passé (piège).")
    P("Un budget de 3,3 millions d'euros sera consacré en 2020 à la biodiversité. Une \"task force\" a par ailleurs été constituée pour amplifier le projet \"haies\" à l'échelle de toute la Wallonie.",
      [BIO], non=["3,3 millions d'euros", "2020"], notes="Budget annoncé pour une année (piège).")

    S("https://veolia.fr/gestion-leau-dechets-lenergie-solutions-veolia-territoires/sobriete-hydrique-priorite-engager", "Sobriété hydrique : une priorité pour s'engager (Veolia, propositions aux territoires)")
    P("- Proposition n°47 Diviser par 2 en 6 ans les fuites d’eau sur le réseau de distribution,",
      [ENV], objs=[Q(2, unit="x", direction="decrease", kind="relative_change", subject="fuites d'eau du réseau de distribution")],
      non=["47", "6 ans"], notes="Proposition d'une entreprise aux élus : « Diviser par 2 » = facteur 2, baisse ; « en 6 ans » est une durée, pas une année.", ambiguous=True)

    S("https://pariscotedazur.fr/archives/article/7667", "Toujours plus de sécheresse, toujours moins d’eau... (Paris Côte d'Azur)")
    P("Ainsi, l’objectif de réduction de 10% des prélèvements nationaux d’ici 2030 a été annoncé par le Président de la République, le 30 mars dernier, et vise à mobiliser tous les usagers.",
      [ENV], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2030, subject="prélèvements nationaux d'eau")],
      non=["30 mars"], notes="Objectif national annoncé ; date d'annonce.")

    S("https://amorce.asso.fr/defi-sobriete-eau-10-des-collectivites?previewToken=THm0oB7bfII7AtZ4", "« Défi Sobriété -10% d’Eau » à destination des collectivités territoriales (AMORCE)")
    P("La sécheresse de 2022 a réveillé les consciences sur l’urgence d’agir pour adapter nos usages de l’eau face aux pressions exercées par le changement climatique. Ainsi, le Plan Eau, présenté par le gouvernement, a fixé un objectif de réduction de 10 % des prélèvements nationaux d’ici 2030 en mobilisant tous les acteurs et tous les préleveurs.",
      [ENV], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2030, subject="prélèvements nationaux d'eau")],
      non=["2022"], notes="Objectif national repris par une association de collectivités ; 2022 année d'une sécheresse.")

    S("https://www.ceo4climate.ch/fr/2025/04/atteindre-lobjectif-zero-net-avec-les-fournisseurs-et-les-clients", "Atteindre l’objectif zéro net avec les fournisseurs et les clients (CEO4Climate)")
    P("Pour environ 60% des participants à CEO4Climate, l’environnement pour atteindre les objectifs climatiques des entreprises est devenu plus difficile que l’an dernier. Seuls 13% ont néanmoins déclaré qu’il leur était aujourd’hui nettement plus difficile de respecter leurs engagements.",
      [ENV], non=["60%", "13%"], notes="Résultats d'enquête (piège).")

    S("https://isybuy.com/blog/achats-et-emissions-de-scope-3", "Achats et émissions de Scope 3 (Isybuy)")
    P("🔎 Selon une étude de Global Climate Initiatives, le scope 3 peut représenter jusqu’à 90% des émissions de gaz à effet de serre.",
      [ENV], non=["90%"], notes="« jusqu'à 90% » décrit une part possible, pas une borne de cible : piège.")

    S("https://terres-et-territoires.com/hors-champ/egalim-le-defi-de-la-restauration-collective", "Egalim : le défi de la restauration collective (Terres et Territoires)")
    P("« Au moins 50 % de produits de qualité et durables au 1er janvier 2022, dont au moins 20 % de produits biologiques. » Voilà l'intention louable inscrite noir sur blanc dans le volet de la loi Egalim 1, adoptée en 2018, consacré à la restauration collective.",
      [ALIM], objs=[Q(50, comparator=">=", horizon=2022, subject="produits de qualité et durables en restauration collective"),
                    Q(20, comparator=">=", horizon=2022, subject="produits biologiques en restauration collective")],
      non=["2018"], notes="Quota EGalim ; « au 1er janvier 2022 » est l'échéance à atteindre (horizon, comme « à l'échéance du 1er janvier 2022 » dans le dev) ; « dont au moins 20 % » emboîté ; 2018 date d'adoption.", ambiguous=True)

    S("http://www.mefsud77.fr/?page_id=28", "La clause d’insertion (Maison de l'emploi et de la formation du Sud 77)")
    P("Si le taux d’insertion est fixé par le maître d’ouvrage à 5%, on évalue l’effort d’insertion à : 500 000 x 5/100 = 25 000 euros.",
      [CS], non=["5%", "500 000", "5/100", "25 000 euros"], notes="Exemple de calcul hypothétique (« Si … ») : piège.")

    S("https://mde-alescevennes.agartaworld.com/?p=1223", "La clause sociale (Maison de l'emploi Alès Cévennes)")
    P("Quant à la part des heures d’insertion, elle dépend de la volonté du donneur d’ordre, de la mobilisation possible des personnes en parcours d’insertion dans le secteur professionnel et des capacités des structures d’insertion par l’activité économique (SIAE) du territoire : elle sera en général comprise entre 5 et 20 %.",
      [CS], non=["5 et 20 %"], notes="Fourchette usuelle décrite, pas une cible fixée : piège.", ambiguous=True)
