"""Fifteenth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh15.jsonl).

Collected in issue 15's sixteenth pass, blind to what the extractor gets wrong (no error listing, first score or error
table read), to measure it on text nobody here had read. Pages of public bodies only (communes, intercommunalités,
départements, régions, fire and rescue services, universities, hospitals, social landlords, ministries and other
State sites, établissements publics: their news pages, plans, schémas and reports) and traps: results of the past,
statistics and surveys, budgets, counts, dates, thresholds, forecasts, hypothetical examples. Pages of sites that
neither the shared dev set, nor any training passage (``corpora/real``, the collected set), nor an earlier fresh set
uses (the build checks). Labelled with the conventions of the shared real dev set; never run through the extractor
here (the lead scores it). Every passage is copied from the opening of a public web page as the project's search tool
stored it, cited by its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, GOV, NRJ

SANTE = "sante"
BIO = "biodiversite"


def load(S, P, Q) -> None:

    S("https://sapeurs-pompiers35.fr/le-sdis-investit-dans-de-nouveaux-moyens-de-secours-57-engins-qui-ont-ete-acquis-sur-pres-dune-annee", "Le SDIS investit dans de nouveaux moyens de secours : 57 engins qui ont été acquis sur près d'une année (SDIS d'Ille-et-Vilaine)")
    P("Le SDIS a réceptionné un parc de 57 nouveaux engins entre juillet 2023 et juin 2024, conformément au plan pluriannuel d’équipement.",
      [], non=["57", "2023", "2024"], notes="Achats déjà réalisés (piège) ; pas de thème d'achat responsable.")
    P("Cette nouvelle génération de CCGC LC viendra à terme renouveler et harmoniser le parc actuel. 16 CCGC LC devraient être acquis au rythme d’un à deux par an d’ici 2032.",
      [], non=["16", "un à deux", "2032"], notes="Volume d'achats prévu par un plan d'équipement, sans visée d'achat responsable : traité comme un volume d'achats (piège) ; on pourrait y lire un engagement daté.", ambiguous=True)

    S("https://sdis-vendee.com/notre-actualite/l-info-du-moment/243-pacte-capacitaire-des-moyens-supplementaires-de-lutte-contre-les-feux-de-forets.html", "Pacte capacitaire : des moyens supplémentaires de lutte contre les feux de forêts (SDIS de la Vendée)")
    P("Pour y faire face, le Président de la République a annoncé, le 28 octobre 2022, la mise à disposition d’un fond de 150 millions d’euros aux services d’incendie et de secours dans le cadre des pactes capacitaires.",
      [], non=["28 octobre 2022", "150 millions d’euros"], notes="Date d'annonce et budget (piège).")

    S("https://activites.coeurcotefleurie.org/?p=2030", "Projet alimentaire territorial (Communauté de communes Cœur Côte Fleurie)")
    P("L’objectif du projet agricole et alimentaire de Cœur Côte Fleurie est la définition d’une stratégie globale et transversale construite de manière concertée accompagnée d’un programme d’action dont les 6 objectifs sont :",
      [ALIM], objective=True, non=["6"], notes="Objectif qualitatif (définir une stratégie) ; « 6 objectifs » est un décompte (non listé comme cible).", ambiguous=True)

    S("http://www.murs-erigne.fr/index.php?id=217", "Développement durable : le Plan d'Économie Climat Communal (PECC) (Ville de Mûrs-Érigné)")
    P("Pour lutter contre le réchauffement climatique, on estime qu'il faudrait diviser par quatre nos émissions de gaz à effet de serre d'ici à 2050.",
      [ENV], objs=[Q(4, unit="x", direction="decrease", kind="relative_change", horizon=2050, subject="émissions de gaz à effet de serre")],
      notes="« diviser par quatre … d'ici à 2050 » : facteur 4 ; formulé comme une estimation (« on estime qu'il faudrait »), mais c'est l'objectif national du facteur 4.", ambiguous=True)
    P("La loi de programme du 13 juillet 2005 fixant les orientations de la politique énergétique impose de réduire de 2% par an d'ici à 2015 et de 2,5 % par an d'ici à 2030 l'intensité énergétique finale (le rapport entre la consommation d'énergie et la croissance économique).",
      [NRJ], objs=[Q(2, direction="decrease", kind="growth_rate", horizon=2015, per_year=True, subject="intensité énergétique finale"),
                   Q(2.5, direction="decrease", kind="growth_rate", horizon=2030, per_year=True, subject="intensité énergétique finale")],
      non=["13 juillet 2005"], notes="Objectifs légaux « par an » : taux annuels de baisse, deux horizons.")
    P("De plus, par leurs décisions directes, les collectivités locales sont responsables d'environ 15% des émissions à effet de serre.",
      [ENV], non=["15%"], notes="Statistique (piège).")

    S("https://www.stpalaissurmer.fr/mesures-deconomies-denergie-hiver-2022-2023/", "Mesures d'économies d'énergie hiver 2022-2023 (Ville de Saint-Palais-sur-Mer)")
    P("Comme toutes les villes en France, Saint-Palais-sur-Mer est confrontée dès cet automne à l’envolée des prix de l’énergie (+ 85.000 € entre 2021 et 2022) et des matières premières qui pèsent sur son budget.",
      [NRJ], non=["+ 85.000 €", "2021", "2022"], notes="Hausse de coût déjà constatée (piège).")
    P("Il s’agira de réduire la consommation énergétique de ces bâtiments d’au moins 40% dès 2030, 50% en 2040 et 60% en 2050 par rapport à l’année de référence choisie (entre 2010 et 2019).",
      [NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, comparator=">=", subject="consommation énergétique des bâtiments tertiaires communaux"),
                   Q(50, direction="decrease", kind="relative_change", horizon=2040, comparator=">=", subject="consommation énergétique des bâtiments tertiaires communaux"),
                   Q(60, direction="decrease", kind="relative_change", horizon=2050, comparator=">=", subject="consommation énergétique des bâtiments tertiaires communaux")],
      non=["2010", "2019"], notes="Obligation du décret tertiaire (bâtiments de plus de 1 000 m², phrase précédente) : trajectoire par paliers ; « au moins » lu comme portant sur les trois paliers ; l'année de référence est une fourchette (pas de baseline_year).", ambiguous=True)

    S("https://www.ploemeur.com/vivre/environnement-2/climat-air-energie/", "Le label Climat-Air-Énergie (anciennement Cit'ergie) (Ville de Plœmeur)")
    P("Le label CLIMAT – AIR – ENERGIE comporte 500 points, répartis sur les 6 domaines. En fonction de son niveau de performance, c’est-à-dire des moyens que la collectivité se donne pour atteindre des objectifs énergie-climat, celle-ci peut obtenir un des cinq niveaux de labélisation.",
      [ENV, NRJ, GOV], non=["500", "6", "cinq"], notes="Barème d'un label : décomptes (piège).")
    P("2 étoiles : 35% des points (anciennement CAP Cit’ergie)\n3 étoiles : 50% des points (anciennement Cit’ergie)\n4 étoiles : 65% des points\n5 étoiles : 75% des points (anciennement Cit’ergie GOLD)",
      [ENV, NRJ, GOV], non=["2", "35%", "3", "50%", "4", "65%", "5", "75%"], notes="Seuils de labellisation (piège).")

    S("https://grans.fr/?p=7076", "Le volet environnemental fait son entrée dans les marchés (Ville de Grans)")
    P("Avec 200 milliards d’euros soit 10 % du PIB, la commande publique constitue un levier économique puissant pour accompagner la transition écologique et sociale au niveau national.",
      [], non=["200 milliards d’euros", "10 %"], notes="Poids de la commande publique (piège) ; passage général sans thème.")
    P("Les objectifs fixés par le gouvernement sont clairs : 100% des contrats devront avoir une considération environnementale d’ici 2025.",
      [ENV], objs=[Q(100, horizon=2025, subject="contrats comportant une considération environnementale")],
      notes="Objectif national (PNAD) rapporté par la commune : 100 % d'ici 2025.")
    P("Recommandations renforcées par la loi Climat et résilience de 2021 portant obligation dès août 2026 d’appliquer trois axes de sélection dans les marchés.",
      [ENV], objective=True, non=["2021", "août 2026", "trois"], notes="Obligation légale sans valeur cible (objectif qualitatif) ; « trois axes » est un décompte ; 2021 est la date de la loi.", ambiguous=True)

    S("https://ville-grasse.fr/rapports-annuels-du-developpement-durable", "Rapports annuels du développement durable (Ville de Grasse)")
    P("La rédaction d’un rapport de développement durable est une obligation pour les collectivités de plus de 50 000 habitants (loi du 12 juillet 2010 portant engagement national pour l’environnement, article 255).",
      [GOV], non=["50 000", "12 juillet 2010", "255"], notes="Seuil de population, date de loi et numéro d'article (piège).")

    S("https://www.mairie-saintlyphard.fr/information-transversale/actualites/mon-restau-responsable-le-restaurant-scolaire-sengage-24089", "Mon Restau Responsable : le restaurant scolaire s'engage (Mairie de Saint-Lyphard)")
    P("Depuis un an, la Municipalité s'est engagée dans la démarche Mon Restau Responsable© pour faire progresser le restaurant scolaire en matière de transition écologique. La séance d‘engagement finale a eu lieu vendredi 31 mai dernier au restaurant scolaire.",
      [ALIM], non=["un an", "31 mai"], notes="Durée et date d'une démarche déjà menée (piège).")

    S("https://webalbums.fr/cda_lr/rapport_activite_2022/61/", "Rapport d'activités 2022 (Communauté d'agglomération de La Rochelle)")
    P("Le Programme local de prévention des déchets ménagers et assimilés (PLPDMA) constitue le volet « Prévention » de la nouvelle stratégie déchets adoptée en 2022. Il doit permettre d’accompagner les habitants, les entreprises et les collectivités en matière de réduction des déchets et de leur dangerosité. Le PLPDMA 2023-2028 s’articule autour de 36 actions regroupées en 8 axes thématiques :",
      [CIRC], objective=True, non=["2022", "2023-2028", "36", "8"], notes="Objectif qualitatif (réduire les déchets) ; date d'adoption, période du programme et décomptes d'actions et d'axes.", ambiguous=True)

    S("https://www.saintnazaireagglo.fr/demarches-et-infos-pratiques/infos-pratiques/dechets/prevention-des-dechets", "Prévention des déchets (Saint-Nazaire Agglomération, CARENE)")
    P("A l’issue d’un diagnostic du territoire réalisé début 2021, le programme détaille à l’échelle de notre territoire, les objectifs, les actions et les moyens à mettre en œuvre en matière de réduction des déchets. Etabli pour 6 ans, il aborde des thématiques tel que le gaspillage alimentaire, la consommation responsable, les biodéchets…",
      [CIRC], non=["2021", "6 ans"], notes="Date de diagnostic et durée du programme (piège) ; aucun objectif chiffré.")

    S("https://www.iledefrance-mobilites.fr/transition-energetique", "Transition énergétique (Île-de-France Mobilités)")
    P("Aujourd’hui, 700 bus d’Île-de-France Mobilités roulent avec des gaz 100 % renouvelables et d’ici fin 2021, ce seront 1400 bus et cars qui rouleront au BioGNV.",
      [ENV, NRJ], objs=[Q(1400, unit="count", kind="absolute", horizon=2021, subject="bus et cars roulant au BioGNV")],
      non=["700", "100 %"], notes="700 : situation actuelle ; « 100 % renouvelables » qualifie le gaz ; « d'ici fin 2021, ce seront 1400 » : niveau visé.")
    P("Dès 2025, en petite couronne, et 2029 dans l’ensemble de la région : 100 % du parc d’Île-de-France Mobilités sera constitué de véhicules plus propres - dont 70 % circuleront au BioGNV, soit plus de 7 000 bus et cars.",
      [ENV, NRJ], objs=[Q(100, horizon=2025, subject="parc de bus en véhicules plus propres (petite couronne)"),
                        Q(100, horizon=2029, subject="parc de bus en véhicules plus propres (toute la région)"),
                        Q(70, horizon=2029, subject="part du parc circulant au BioGNV"),
                        Q(7000, unit="count", kind="absolute", horizon=2029, comparator=">=", subject="bus et cars au BioGNV")],
      notes="Deux échéances pour le même taux de 100 % ; 70 % et « plus de 7 000 » expriment la même cible en part et en nombre ; horizon 2029 rattaché à l'ensemble de la région.", ambiguous=True)

    S("https://www.iledefrance-mobilites.fr/actualites/ile-de-france-mobilites-sengage-lamelioration-de-qualite-de-lair", "Île-de-France Mobilités s'engage pour l'amélioration de la qualité de l'air")
    P("Des objectifs ambitieux :\n\n100% de véhicules propres dans la zone dense en 2025\n\n100% de bus propres en 2030 pour l’ensemble de la région",
      [ENV], objs=[Q(100, horizon=2025, subject="véhicules propres dans la zone dense"),
                   Q(100, horizon=2030, subject="bus propres dans l'ensemble de la région")],
      notes="Liste d'objectifs datés.")
    P("Plus de 2000 bus propres devraient ainsi être commandés d’ici 2020",
      [ENV], objs=[Q(2000, unit="count", kind="absolute", horizon=2020, comparator=">=", subject="bus propres commandés")],
      notes="Commandes prévues au service de l'objectif de flotte propre : lu comme une cible d'achat datée (« plus de » → >=) ; on pourrait y voir un simple volume d'achats prévu.", ambiguous=True)

    S("https://www.iledefrance-mobilites.fr/actualites/ile-de-france-mobilites-semaine-europeenne-developpement-durable", "Semaine européenne du développement durable (Île-de-France Mobilités)")
    P("Depuis 2016, Île-de-France Mobilités a donc mis fin aux acquisitions de bus diesel et s’investit, avec ses opérateurs, dans un processus de transition énergétique de son parc de bus et de cars.",
      [ENV, NRJ], non=["2016"], notes="Décision déjà en vigueur « depuis 2016 » (piège).")
    P("Un objectif : équiper 100 % de la flotte en véhicules propres dès 2025 en zones urbaines denses, et 2029 pour l’ensemble de la Région.",
      [ENV], objs=[Q(100, horizon=2025, subject="flotte en véhicules propres (zones urbaines denses)"),
                   Q(100, horizon=2029, subject="flotte en véhicules propres (ensemble de la Région)")],
      notes="Même taux, deux échéances.")

    S("https://presse.iledefrance-mobilites.fr/?p=33036", "Assises de la décarbonation des bus : Île-de-France Mobilités maintient ses engagements pour des bus 100 % propres en 2029")
    P("Au total, 5,7 milliards d'euros seront investis jusqu'en 2029 par Île-de-France Mobilités pour la conversion des infrastructures ainsi que le renouvellement des bus.",
      [ENV], non=["5,7 milliards d'euros", "2029"], notes="Budget d'investissement prévu (piège).")
    P("Fin 2025, une nouvelle étape sera franchie par Île-de-France Mobilités puisque 100 % des bus et cars seront propres, avec l'arrêt de l'utilisation du carburant diesel, remplacé par le carburant végétal HVO. Et en 2029, l'ensemble de la flotte bus sera entièrement renouvelé avec des bus électriques ou bioGNV.",
      [ENV, NRJ], objs=[Q(100, horizon=2025, subject="bus et cars propres"),
                        Q(100, horizon=2029, subject="flotte de bus renouvelée en électrique ou bioGNV")],
      notes="« 100 % … fin 2025 » ; « l'ensemble de la flotte … en 2029 » normalisé à 100 %.")

    S("https://www.resah.fr/0/1/1/468", "Le Resah obtient le label Relations fournisseurs et achats responsables (Resah)")
    P("Ce dernier lui a été accordé en décembre dernier par un comité d’attribution réunissant représentants de la Médiation des entreprises (Ministère de l’Economie, des Finances et de la Relance) et du CNA (Conseil National des Achats), après audit d’un organisme indépendant. Sa durée de validité est de 3 ans, sous réserve des mises en revue annuelles et respect du plan de progrès.",
      [GOV], non=["3 ans"], notes="Durée de validité d'un label (piège).")

    S("https://www.resah.fr/0/1/1/451", "Le Resah s'engage résolument dans les achats responsables (Resah)")
    P("2200 entités publiques et privées signataires de la Charte fournisseurs et achats responsables (RFAR), née en 2010 à l’initiative de la Médiation des entreprises et le Conseil national des achats. Et 62 titulaires du label du même nom.",
      [GOV], non=["2200", "2010", "62"], notes="Décomptes et date de création (piège).")

    S("http://plpdma-guide-ademe.fr/developper-et-renforcer-la-politique-de-consommation-eco-responsable-de-papier-b-2.1.5.html", "Développer et renforcer la politique de consommation éco-responsable de papier bureautique : fiche-action (ADEME, guide PLPDMA)")
    P("• Axe du PNPD concerné : 12. Des administrations publiques exemplaires en matière de prévention des déchets\n • Action du PNPD déclinée : 12.5. Développer et renforcer la politique de consommation éco-responsable de papier bureautique et de dématérialisation des procédures",
      [CIRC], non=["12", "12.5"], notes="Numéros d'axe et d'action (piège).")
    P("• Réduire la consommation de papier de bureau de la collectivité territoriale et des administrations publiques du territoire d’au moins 30 % (art. 79 loi TECV).",
      [CIRC], objs=[Q(30, direction="decrease", kind="relative_change", comparator=">=", subject="consommation de papier de bureau des administrations")],
      non=["79"], notes="Obligation légale (art. 79 LTECV) : baisse d'au moins 30 % ; pas d'année dans le passage.")
    P("• Généraliser l’usage du papier éco-responsable : au moins 25 % en 2017, au moins 40 % en 2020 de papier recyclé ou, à défaut, de papier fabriqué à partir de fibres IFGD (art. 79 loi TECV).",
      [CIRC], objs=[Q(25, horizon=2017, comparator=">=", subject="part de papier recyclé ou issu de forêts gérées durablement"),
                    Q(40, horizon=2020, comparator=">=", subject="part de papier recyclé ou issu de forêts gérées durablement")],
      non=["79"], notes="Quota légal par paliers datés.")

    S("https://www.culture.gouv.fr/fr/Thematiques/transition-ecologique/Les-leviers-d-action-du-ministere-de-la-Culture-pour-accelerer-la-transition-ecologique-du-secteur-culturel", "Les leviers d'action du ministère de la Culture pour accélérer la transition écologique du secteur culturel (ministère de la Culture)")
    P("Le ministère de la Culture met en avant trois leviers, accompagnés d’objectifs chiffrés sur la période 2023-2027 : collecte de données et réalisation de bilans carbone, financement de la transition écologique, et formation.",
      [ENV, GOV], non=["trois", "2023-2027"], notes="Décompte de leviers et période du plan (piège) ; les cibles elles-mêmes sont hors du passage.")
    P("Cible 1 : Dès la fin de l’année 2025, 100% des établissements du ministère de la Culture disposeront d’un bilan carbone daté de moins de 3 ans (individuel ou par typologie de structure).",
      [ENV, GOV], objs=[Q(100, horizon=2025, subject="établissements du ministère disposant d'un bilan carbone récent")],
      non=["1", "3 ans"], notes="« Cible 1 » : numérotation ; « moins de 3 ans » : condition d'ancienneté, pas une cible.")
    P("Cible 3 : A l’horizon 2027, 100% des acteurs culturels mesureront l’impact de leurs évènements ou productions.",
      [ENV, GOV], objs=[Q(100, horizon=2027, subject="acteurs culturels mesurant l'impact de leurs événements")],
      non=["3"], notes="Cible datée ; « 3 » est une numérotation.")

    S("https://www.normandie.ars.sante.fr/signature-de-laccord-arsademe", "Signature de l'accord ARS/ADEME (ARS Normandie)")
    P("• la réduction des consommations d'énergie (par la réalisation de diagnostics énergétiques et la mise en œuvre des actions de maitrise de l'énergie qui ont un temps de retour sur investissement de moins de trois ans) et la diminution des émissions de gaz à effet de serre,",
      [NRJ, ENV, SANTE], objective=True, non=["trois ans"], notes="Axe de travail d'un accord (objectif qualitatif) ; « moins de trois ans » est un critère de sélection des actions, pas une cible.", ambiguous=True)

    S("https://www.auvergne-rhone-alpes.ars.sante.fr/transition-environnementale-questions-aux-acteurs-du-reseau-regional-des-conseillers-en-transition", "Transition environnementale : questions aux acteurs du réseau régional des conseillers en transition écologique (ARS Auvergne-Rhône-Alpes)")
    P("P.R. Le secteur de la santé représente aujourd’hui environ 10% des émissions de gaz à effet de serre en France (Rapport du Shift Project), notamment liées aux achats de médicaments et dispositifs médicaux, aux transports des patients, aux nombreux déchets produits, mais aussi à la consommation énergétique des bâtiments.",
      [ENV, SANTE], non=["10%"], notes="Statistique (piège).")
    P("R. P. L’obligation de réaliser un bilan de gaz à effet de serre (GES) et de réduire la consommation énergétique des bâtiments tertiaires de 60% à l’horizon 2050 poussent les établissements à l’action.",
      [NRJ, SANTE], objs=[Q(60, direction="decrease", kind="relative_change", horizon=2050, subject="consommation énergétique des bâtiments tertiaires", themes=(NRJ,))],
      notes="Obligation du décret tertiaire rappelée : baisse de 60 % à l'horizon 2050.")

    S("https://prse-paca.fr/plan-dactions-ancienne-version/action-3-etablissements-de-sante/", "Action 3 : accompagner les établissements de santé dans leur transition écologique (PRSE Provence-Alpes-Côte d'Azur)")
    P("En effet, les émissions de la santé représentent entre 40 et 61 mégatonnes d’équivalents CO2 (MtCO2e), le système de santé est ainsi responsable d’environ 6,6% à 10% de l’empreinte carbone du pays.",
      [SANTE, ENV], non=["40", "61", "6,6%", "10%"], notes="Estimations d'émissions (piège).")

    S("http://www.communauteduconfluent.com/transitionenergetique/demarchetepos/", "La démarche de Territoire à énergie positive (TEPOS) (Communauté de communes du Confluent)")
    P("Le programme d’actions TEPOS 2018-2020 est une réponse aux enjeux locaux identifiés. Il vise ainsi en priorité à contribuer à la réduction des consommations d’énergie liées aux bâtiments et au transport, et au développement des énergies renouvelables.",
      [NRJ], objective=True, non=["2018-2020"], notes="Objectif qualitatif ; 2018-2020 est la période du programme.")

    S("https://www.coulanges-les-nevers.fr/agir-sur-la-consommation-delectricite/", "Agir sur la consommation d'électricité (Commune de Coulanges-lès-Nevers)")
    P("Cette illumination* est la partie émergée du plan de renouvellement de l’éclairage public communal qui verra environ 650 points lumineux être renouvelés sur la période : fin 2022 / début 2023 (passage en leds de la quasi-totalité des points lumineux énergivores pour une facture énergétique divisée par 4).",
      [NRJ], objs=[Q(4, unit="x", direction="decrease", kind="relative_change", subject="facture énergétique de l'éclairage public")],
      non=["650", "2022", "2023"], notes="« facture divisée par 4 » : effet visé du plan (facteur 4, baisse) ; 650 points lumineux : volume de travaux prévu ; la période fin 2022 / début 2023 est celle des travaux, pas un horizon de la cible.", ambiguous=True)

    S("https://mairiedechampagne.fr/Eclairage-public.html", "Éclairage public (Mairie de Champagne-au-Mont-d'Or)")
    P("Eclairage des rues, des parcs et bâtiments communaux : 13% de l’énergie primaire consommée par la commune.",
      [NRJ], non=["13%"], notes="Part constatée (piège).")
    P("En effet, la puissance de chaque lampe peut alors passer de 125 à 60 watts, et dans la majorité des cas, c’est le luminaire complet (lampe et son habitacle technique) qui sera remplacé pour un bilan encore meilleur. Chaque lampe coûte 800 € pièce.",
      [NRJ], non=["125", "60 watts", "800 €"], notes="Caractéristiques techniques et prix unitaire ; « passer de … à » décrit une lampe, pas une cible (piège).")
    P("- consommation énergétique fortement réduite (41 à 70% d’économie)\n- moins de pollution lumineuse (abaissement à 25 watts à partir de 23h sur certaines voies)",
      [NRJ, BIO], non=["41 à 70%", "25 watts", "23h"], notes="Performances d'une technologie (LED), pas un objectif de la commune (piège).", ambiguous=True)

    S("http://ess.bordeaux-metropole.fr/Vous-etes-un-citoyen-qui-s-informe/Bordeaux-Metropole-et-l-ESS/Clause-sociale-pour-la-commande-publique-et-l-insertion", "Clause sociale pour la commande publique et l'insertion (Bordeaux Métropole)")
    P("Les clauses sociales dans la commande publique ont émergé dans les collectivités territoriales et ont progressivement été introduites dans le Code des marchés publics depuis 2001.",
      [CS], non=["2001"], notes="Date historique (piège).")
    P("Ces personnes sont suivies dans leur mission par des partenaires de Bordeaux Métropole jusque dans leur retour à l’emploi durable : les Plans locaux pour l’insertion et l’emploi ( PLIE), qui sont au nombre de 6 sur la Métropole.",
      [CS], non=["6"], notes="Décompte de structures (piège).")
    P("Bordeaux Métropole a ainsi pour but de favoriser, à travers sa commande publique (marchés, délégations de service public, concessions, etc.) l’emploi de personnes rencontrant des difficultés particulières d’insertion, comme :",
      [CS], objective=True, notes="Objectif qualitatif, sans valeur.")

    S("https://www.toulouse.fr/fr/web/entreprises-partenaires/marches-publics/guide-decouverte-des-marches-publics/je-decouvre-les-marches-publics-l-achat-responsable-et-solidaire", "Je découvre les marchés publics : l'achat responsable et solidaire (Mairie de Toulouse)")
    P("En 2013, 618 personnes ont bénéficié d'un emploi \"clause d'insertion\" (83% résidant sur le territoire de la communauté urbaine), soit 784 contrats de travail conclus.",
      [CS], non=["2013", "618", "83%", "784"], notes="Bilan d'une année passée (piège).")
    P("En 2012, 60% des marchés de travaux de la Mairie de Toulouse et 23% de ceux de la Communauté Urbaine ont intégré un Plan d'Assurance Environnement où les entreprises candidates s'engagent notamment dans une démarche de «chantier propre».",
      [ENV], non=["2012", "60%", "23%"], notes="Parts de marchés déjà atteintes (piège).")
    P("À compter du 1er janvier 2014 les seuils indiqués pages 6 et 7 du guide sont modifiés :\n· 207 000 € au lieu de 200 000 €\n· 5 186 000 au lieu de 5 000 000 €",
      [], non=["1er janvier 2014", "6", "7", "207 000 €", "200 000 €", "5 186 000", "5 000 000 €"], notes="Seuils de procédure et numéros de page (piège) ; sans thème.")

    S("https://www.cap-metiers.pro/actualites/17014/Nouvelles-clauses-insertion-des-programmes-Anru.aspx", "Nouvelles clauses d'insertion des programmes Anru (Cap Métiers Nouvelle-Aquitaine)")
    P("Dans le cadre du nouveau programme national de renouvellement urbain (NPNRU), l’Agence nationale pour la rénovation urbaine (Anru) a adopté, en avril 2015, une nouvelle charte nationale d’insertion, destinée à favoriser l’insertion professionnelle des habitants des quartiers prioritaires de la politique de la ville.",
      [CS], non=["avril 2015"], notes="Date d'adoption (piège) ; les cibles de la charte sont dans d'autres passages.")
    P("• Réserver à l’insertion des habitants des quartiers prioritaires de la politique de la ville (QPV) au moins 5% des heures travaillées dans le cadre des opérations financées par l’Agence ;",
      [CS], objs=[Q(5, comparator=">=", subject="heures travaillées réservées à l'insertion des habitants des QPV (opérations ANRU)")],
      notes="Part minimale d'heures (« au moins » → >=) ; période de la charte hors passage.")
    P("• Réserver à l’insertion des habitants des QPV au moins 10 % des heures travaillées dans le cadre des marchés liés à la gestion urbaine de proximité ;",
      [CS], objs=[Q(10, comparator=">=", subject="heures travaillées réservées à l'insertion (marchés de gestion urbaine de proximité)")],
      notes="Part minimale d'heures (« au moins » → >=).")

    S("https://montpellier3m.fr/vivre-environnement/agroécologie-alimentation", "Agroécologie Alimentation (Montpellier Méditerranée Métropole)")
    P("La Métropole mobilise 14 hectares de terres agricoles sur du foncier métropolitain aux Domaines de Viviers et de la Condamine pour y accueillir des porteurs de projets en agroécologie (petit élevage, maraichage, diversification, oléiculture, apiculture, accueil à la ferme, etc.)",
      [ALIM, BIO], non=["14 hectares"], notes="Surface déjà mobilisée (piège).")
    P("Consciente de l'impact environnemental de la fabrication et la distribution de 12 000 repas quotidiens, la restauration scolaire de Montpellier s'engage sur :",
      [ALIM], objective=True, non=["12 000"], notes="Annonce d'engagements (objectif qualitatif) ; 12 000 repas est un volume d'activité.")
    P("• L'introduction du pain biologique dans tous les restaurants scolaires",
      [ALIM], objs=[Q(100, subject="restaurants scolaires servant du pain biologique")],
      notes="Engagement ; « tous les restaurants » normalisé à 100 % selon les conventions.", ambiguous=True)

    S("https://sde35.fr/groupement-dachat-energies", "Groupement d'achat énergies (SDE35, Syndicat départemental d'énergie d'Ille-et-Vilaine)")
    P("• depuis le 1er janvier 2020 pour les nouveaux sites électricité ≤ 36 kVA pour les collectivités ayant 10 salariés ou plus, ou un bilan annuel > 2 M°€,",
      [NRJ], non=["1er janvier 2020", "36 kVA", "10", "2 M°€"], notes="Seuils et date d'une obligation de mise en concurrence déjà en vigueur (piège).")
