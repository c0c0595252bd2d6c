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

from collected_src import ALIM, CIRC, CS, ENV, GOV, HAND, NRJ

SANTE = "sante"


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
    P("Chaque français jette en moyenne 580 kg de déchets ménagers et assimilés (chiffre ADEME 2020). Sur notre territoire, en 2024, la quantité de DMA s’établit à 597 kg par personne (voir le RA 2024). Elle est en légère progression de +1 Kg/habitant entre 2023 et 2024.",
      [CIRC], non=["580 kg", "2020", "2024", "597 kg", "2024", "+1 Kg/habitant", "2023", "2024"], notes="Statistiques et évolution passée (piège).")
    P("Depuis 2010, la production de déchets ménagers et assimilés (DMA) est passée de 616 kg/habitant à 597 kg/hab en 2024. Sur ces mêmes années, les ordures ménagères résiduelles ont diminué de 28% passant de 326 à 233 kg/hab. (- 93Kg/hab.).",
      [CIRC], non=["2010", "616 kg/habitant", "597 kg/hab", "2024", "28%", "326", "233 kg/hab.", "- 93Kg/hab."], notes="Baisse passée avec un verbe de changement (« passée de … à », « ont diminué de 28% ») : piège.")
    P("Les élus ont réaffirmé, lors de l’établissement de la politique environnementale du Syndicat en 2021, la priorité que constitue la diminution des volumes de déchets ainsi que la réduction de l’enfouissement.",
      [CIRC], objective=True, non=["2021"], notes="Priorité non chiffrée ; 2021 date d'adoption.", ambiguous=True)

    S("https://recyclage-recuperation.fr/archives-dechets-com/syctom-une-nouvelle-baisse-des-tonnages-collectes", "Syctom : une nouvelle baisse des tonnages collectés (Recyclage Récupération)")
    P("En 2012, les 5,7 millions d’habitants des 84 communes du Syctom de l'Agglomération parisienne ont produit 2 322 491 tonnes de déchets (collectes sélectives, objets encombrants et ordures ménagères résiduelles), contre 2 384 835 tonnes en 2011, soit une baisse globale de -2,6% (-62 344 tonnes).",
      [CIRC], non=["2012", "5,7 millions", "84", "2 322 491 tonnes", "2 384 835 tonnes", "2011", "-2,6%", "-62 344 tonnes"], notes="Résultats passés (piège).")
    P("Avec une baisse de -6% depuis 2008, on se rapproche ainsi aujourd’hui des objectifs fixés par le Grenelle Environnement.",
      [CIRC], non=["-6%", "2008"], notes="Baisse passée ; objectifs évoqués sans valeur (piège).")

    S("https://wearegreen.io/bilan-carbone/centre-hospitalier-universitaire-de-caen-normandie", "Centre hospitalier universitaire de Caen Normandie : bilan carbone (Wearegreen)")
    P("Le CHU de Caen réalise son Bilan GES réglementaire en incluant ses quatre sites principaux : la Côte de Nacre, Clemenceau, la résidence pour seniors, et la cuisine de l'UCP Colombelles.",
      [ENV, SANTE], non=["quatre"], notes="Compte de sites (piège).")

    S("https://elisabeth-toutut-picard.fr/developpement-durable-hopitaux-chu-de-toulouse-societalement-responsable", "Développement durable : le CHU de Toulouse, un CHU sociétalement responsable")
    P("Le CHU de Toulouse a engagé sa première démarche de diagnostic environnemental dès 2005. En 2012, la direction développement durable, créée en 2010, a acté un plan d’actions précis.",
      [ENV, SANTE, GOV], non=["2005", "2012", "2010"], notes="Dates passées (piège) ; « dès 2005 » au passé n'est pas un horizon.")
    P("Dorénavant c’est un comité de pilotage qui suit la mise en place des actions, qui se déploient selon 4 axes différents: l’énergie (énergies, eau, air, transport) ; les déchets et la biodiversité ; les achats éco-responsables et enfin l’aspect social et sociétal du développement durable.",
      [GOV, SANTE], non=["4"], notes="Compte d'axes (piège).")

    S("https://www.ccomptes.fr/fr/documents/72774", "La prise en compte des enjeux du développement durable dans les achats de l’État, synthèse (Cour des comptes, décembre 2024)")
    P("Les marchés publics constituent un enjeu économique important, de l’ordre\nde 130 Md€ en 2022, proche de 5 % du PIB . Les achats de l’État et de ses\nétablissements publics représentent la moitié de cet ensemble, qui comprend\négalement les hôpitaux et les collectivités territoriales, soit 60 Md€ en 2022 .",
      [], non=["130 Md€", "2022", "5 %", "la moitié", "60 Md€", "2022"], notes="Volumes d'achat et parts constatées (piège) ; « la moitié » est une part constatée, pas une cible.")

    S("https://matot-braine.fr/au-sommaire/collectivites/la-region-veut-faire-de-la-commande-publique-un-outil-de-la-relance-economique", "La Région veut faire de la commande publique un outil de la relance économique (Matot Braine)")
    P("Chaque année, la commande publique représente 100 à 200 milliards d’euros en France. Cette dépense s’est élevée à 5,3 milliards dans le Grand Est en 2020.",
      [], non=["100 à 200 milliards d’euros", "5,3 milliards", "2020"], notes="Volumes (piège) ; la fourchette « 100 à 200 » n'est pas une cible.")
    P("Elle se décline en 42 engagements définis par 29 acheteurs et 20 collectivités et organismes du Grand Est soumis au code de la commande publique.",
      [GOV], non=["42", "29", "20"], notes="Comptes d'engagements et de signataires (piège).")

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
    P("Le bâtiment reste l'un des principaux leviers représentant 18 % des émissions de carbone en France, juste après le transport (30 %), l'agriculture (19 %) et l'industrie (19 %), devant l'énergie (10 %) et les déchets (3 %).",
      [ENV], non=["18 %", "30 %", "19 %", "19 %", "10 %", "3 %"], notes="Parts d'émissions constatées (piège).")

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
