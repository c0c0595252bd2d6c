"""Seventh set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh7.jsonl).

Collected in issue 15's eighth pass, before any change of that pass, to measure the extractor on text nobody here had
read. Pages of varied kinds (universities' sobriety plans, hospital and trade press, law firms and furniture sellers
quoting the AGEC quotas, cycling and tree-planting plans, associations, MPs' questions, national plans told by the
press) chosen because their openings are dense in objectives: decree and plan-climat trajectories, staged legal quotas,
ranges, « triplement », « un milliard », « porter à », per-year targets, objectives in titles and quotations; and traps:
results of the past (« a été réduite de 10 % »), statistics and surveys, budgets and costs, counts, dates, decree
numbers. Pages of sites that neither the shared dev set, nor any training passage (``corpora/real``, the collected
set), nor an earlier fresh set uses (the build checks). Labelled with the conventions of the shared real dev set before
the extractor was run on them, then scored once with the system of main. Every passage is copied from the opening of a
public web page as the project's search tool stored it, cited by its URL, 70 words or fewer. No detector is trained on
it.
"""
# ruff: noqa: E501

from collected_src import CIRC, CS, ENV, GOV, HAND, NRJ

BIO = "biodiversite"
EGA = "egalite_femmes_hommes"
NUM = "numerique_responsable"


def load(S, P, Q) -> None:

    S("https://univ-montp3.fr/fr/actualit%C3%A9s/sobri%C3%A9t%C3%A9-%C3%A9nerg%C3%A9tique-notre-communaut%C3%A9-appel%C3%A9e-%C3%A0-la-mobilisation", "Sobriété énergétique : notre communauté appelée à se mobiliser (Université Paul-Valéry Montpellier 3)")
    P("Avec, en ligne de mire, une baisse de consommation d’énergie de 10% à la fin de l’année 2024 par rapport à 2019 (conformément au cap fixé par le gouvernement), ce plan de sobriété se décline en 6 axes et 34 objectifs qui passent en revue les différents pôles de consommation de l’université et mettent l'accent sur la formation et la sensibilisation de ses personnels.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2024, baseline_year=2019, subject="consommation d'énergie de l'université")],
      non=["6 axes", "34 objectifs"], notes="« baisse de » : decrease ; année de référence 2019 ; les comptes d'axes et d'objectifs sont des pièges.")
    P("Cette année, elle a démarré son chauffage une semaine plus tard que l’année dernière et a décidé de couper l’éclairage extérieur de ses sites route de Mende et Saint-Charles de 22h à 5h du matin",
      [NRJ], non=["une semaine", "22h", "5h"], notes="Mesures prises (passé), horaires (piège).")

    S("https://umontpellier.fr/articles/plan-de-sobriete-energetique-aller-vers-le-meilleur-equilibre-possible", "Plan de sobriété énergétique : « Aller vers le meilleur équilibre possible » (Université de Montpellier)")
    P("L’État et notre ministère de tutelle ont donc demandé aux universités de réduire leurs consommations énergétiques de 10% d’ici la fin de l’année 2024.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2024, subject="consommations énergétiques des universités")],
      notes="Objectif demandé par l'État, cité (passé composé du verbe de demande) ; l'année est écrite.")
    P("Oui bien sûr. La situation actuelle ne vient qu’intensifier des problèmes structurels. Ce plan vient en continuité des actions de fond menées par l’UM depuis plusieurs années sur la maîtrise de ses consommations. La moitié de nos surfaces ont, par exemple, été raccordées à des réseaux urbains de chauffage ce qui a déjà permis « d’amortir » partiellement cette crise.",
      [NRJ], non=["La moitié"], notes="« la moitié » : résultat au passé (piège).")
    P("La facture énergétique de l’UM a augmenté d’environ 2 M€ en 2022 par rapport à 2021 (5,3 M€), et les projections sur 2023 laissent redouter une autre augmentation de plus de 7 M€ !",
      [NRJ], non=["2 M€", "2022", "2021", "5,3 M€", "2023", "7 M€"], notes="Coûts passés et projection (piège).")

    S("https://unicaen.fr/concertation-plan-de-sobriete-energetique", "Concertation : plan de sobriété énergétique (Université de Caen Normandie)")
    P("Elle doit pour cela identifier et mettre en œuvre des leviers d’actions permettant de réduire la consommation énergétique de 10%, en deux ans, soit pour 2024.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2024, subject="consommation énergétique de l'université")],
      non=["deux ans"], notes="Horizon écrit après « soit pour ».")

    S("https://unicaen.fr/?p=41848", "Plan de sobriété de l'université de Caen Normandie")
    P("L’université de Caen a de longue date, mis en œuvre un certain nombre de mesures visant à réduire sa consommation énergétique. Ainsi, depuis 10 ans, notre consommation a été réduite de 10% à périmètre immobilier constant.",
      [NRJ], non=["10 ans", "10%"], notes="Résultat au passé (« a été réduite de ») : piège.")

    S("https://www.univ-tours.fr/plan-de-sobriete-reduisons-nos-depenses-energetiques-de-10-en-deux-ans", "Plan de sobriété : Réduisons nos dépenses énergétiques de 10% en deux ans (Université de Tours)")
    P("Plan de sobriété : Réduisons nos dépenses énergétiques de 10% en deux ans",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", subject="dépenses énergétiques de l'université")],
      non=["deux ans"], notes="Titre à l'impératif ; durée sans année.")
    P("Chauffage à 19 degrés dans nos locaux. Pour l’université de Tours, il ne s’agit pas d’une contrainte nouvelle puisque cette limitation est appliquée depuis plus de 10 ans.",
      [NRJ], non=["19 degrés", "10 ans"], notes="Consigne de température déjà appliquée (seuil, piège).")

    S("https://univ-angers.fr/fr/universite/strategies-et-grands-projets/sobriete-energetique/bilan-2023-du-plan-de-sobriete.html", "Bilan 2023 du plan de sobriété (Université d'Angers)")
    P("À l’automne 2022, l’UA mettait en place un plan de sobriété qui venait compléter toutes les actions précédentes notamment liées à l’Intracting et à la rénovation des locaux dans le cadre du CPER 2021-2027. Il était alors aussi question de se conformer aux recommandations du décret tertiaire visant - 40% de consommation d’ici 2030",
      [NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="consommation d'énergie (décret tertiaire)")],
      non=["2022", "2021-2027"], notes="Objectif réglementaire cité, écrit « - 40% » ; le passage est une tranche contiguë d'une phrase plus longue.")
    P("Un an après son déploiement en pleine période de crise énergétique, l’UA a fait un premier bilan de son plan de sobriété lors du Conseil d’administration du 23 novembre. 7 thématiques et 67 leviers d’actions avaient été identifiés pour participer aussi à la transition nécessaire et voulue de l’UA.",
      [NRJ, GOV], non=["Un an", "23 novembre", "7 thématiques", "67 leviers"], notes="Bilan, comptes (piège).")

    S("https://ensemble-univ-tlse3.fr/sobriete-energetique/", "Sobriété énergétique (liste Ensemble, université Toulouse III)")
    P("Contribuer à l’objectif de maîtrise de la consommation énergétique a été rappelé par la tutelle dans la circulaire du 24 septembre 2022 adressée notamment aux établissements d’enseignement supérieur et de recherche.",
      [NRJ], non=["24 septembre 2022"], notes="Date d'une circulaire ; objectif non chiffré rappelé au passé (piège).")

    S("https://merci-rene.com/loi-agec-amenagement-mobilier-reemploi", "Acheteurs publics : concrétisez la loi AGEC (Merci René)")
    P("Depuis 2024, l’article 58 de la loi Anti-Gaspillage pour une Économie Circulaire (AGEC) fixe l’objectif d’au moins 20 % de mobilier de réemploi, reconditionné ou recyclé dans les achats publics.",
      [CIRC], objs=[Q(20, comparator=">=", subject="mobilier de réemploi, reconditionné ou recyclé dans les achats publics")],
      non=["2024", "58"], notes="Quota légal cité ; « depuis 2024 » : obligation en vigueur, pas d'horizon.")
    P("Le décret du 1er juillet 2024 renforce cette obligation en précisant les modalités et en élargissant son champ d’application.",
      [CIRC], non=["1er juillet 2024"], notes="Date d'un décret (piège).")

    S("https://skovavocats.fr/obligation-dacquisition-de-biens-de-reemploi-le-dispositif-agec-est-en-cours-de-consultation-et-pourrait-booster-la-demande-des-materiaux-et-elements-de-scenographie-de-reemploi", "Obligation d'acquisition de biens de réemploi : le dispositif AGEC est en cours de consultation (Skov Avocats)")
    P("Le projet de décret prévoit l’ajout d’une obligation d’acquisition de vitrines et matériel d’exposition issus du réemploi à hauteur de 20% à partir de 2024 et 25% en 2030[2].",
      [CIRC], objs=[Q(20, horizon=2024, subject="vitrines et matériel d'exposition issus du réemploi"),
                    Q(25, horizon=2030, subject="vitrines et matériel d'exposition issus du réemploi")],
      non=["[2]"], notes="Trajectoire par paliers d'un projet de décret : « à partir de 2024 » est l'horizon du premier palier.", ambiguous=True)
    P("Concrètement les acheteurs publics visés par l’obligation devront consacrer 20% du montant annuel hors taxes de la dépense consacrée à l’achat de cette catégorie de produits au cours d’une année civile à l’acquisition de biens issus du réemploi.",
      [CIRC], objs=[Q(20, per_year=True, subject="part de la dépense annuelle consacrée aux biens issus du réemploi")],
      notes="Quota légal ; « montant annuel » : per_year comme dans le jeu de dev.", ambiguous=True)

    S("https://www.adopteunbureau.fr/mobilier-de-bureau-loi-agec/", "Mobilier de bureau et loi AGEC (Adopte un bureau)")
    P("Cette loi oblige les acheteurs publics à consacrer entre 20% et 40% de leurs achats à des produits reconditionnés ou issus du réemploi. L’application du décret va obliger les acheteurs publics à faire évoluer leurs pratiques d’achat et intégrer les spécificités du mobilier issu du réemploi. Cette loi régit 17 catégories de produits concernées, et notamment celle du mobilier de bureau.",
      [CIRC], objs=[Q(20, value_max=40, subject="achats de produits reconditionnés ou issus du réemploi")],
      non=["17 catégories"], notes="Quota légal en fourchette (value_max).")

    S("https://maison-la-baume.fr/loi-agec-mobilier-guide-programmes-etat", "Guide pratique : comprendre la loi AGEC, focus mobilier professionnel (Maison La Baume)")
    P("Promulguée le 10 février 2020, la loi Anti-Gaspillage pour une Économie Circulaire marque une rupture majeure dans le modèle français de production et de consommation.",
      [CIRC], non=["10 février 2020"], notes="Date de promulgation (piège).")

    S("https://teamhcl.chu-lyon.fr/les-hcl-laureats-du-prix-de-la-transition-ecologique", "Les HCL lauréats du prix de la transition écologique (Hospices Civils de Lyon)")
    P("Un palier incompressible de 20 %\nDepuis début 2022, c’est le coefficient, minimum, que représente le critère RSE (Responsabilité Sociétale et Environnementale) dans le choix de n’importe quel fournisseur ou prestataire retenu par les Hospices Civils de Lyon.",
      [ENV, CS], objs=[Q(20, comparator=">=", subject="pondération minimale du critère RSE dans les choix de fournisseurs")],
      non=["2022"], notes="Pondération de critère (annotée comme objectif dans le jeu de dev, signalée) ; « depuis début 2022 » : pas d'horizon.", ambiguous=True)

    S("https://decarbonation2030.fr/category/secteurs/assurances", "Assurances (Décarbonation 2030)")
    P("En 2024, seul un quart des grandes entreprises respectent les obligations d’électrification de leurs flottes, selon une étude de l’ONG Transport & Environment publiée mercredi 19 février. Alors que la loi impose un quota croissant de véhicules électriques et hybrides, une majorité des sociétés concernées, notamment les loueurs, échappe à cette réglementation.",
      [ENV], non=["2024", "un quart", "19 février"], notes="Statistique d'une étude (piège) ; quota légal non chiffré.")

    S("https://vakxer.com/?p=21995", "Flottes des grandes entreprises et électrification (Vakxer)")
    P("Six grandes entreprises françaises sur dix ne jouent toujours pas le jeu de l’électrification de leur flotte de véhicules et ne respectent pas les objectifs pourtant fixés par la loi d’orientation des mobilités de 2019.",
      [ENV], non=["Six … sur dix", "2019"], notes="Constat chiffré en mots (piège).")

    S("https://www.affiches-parisiennes.com/un-departement-electrique-3189.html", "Un département électrique (Affiches parisiennes)")
    P("À l’échéance 2017, 25 % de la flotte départementale sera 100 % électrique, ce qui permettra un alignement sur les critères fixés au Grenelle de l’Environnement pour la flotte des services de l’État. Ce sont à terme 200 voitures électriques qui seront acquises.",
      [ENV], objs=[Q(25, horizon=2017, subject="part de la flotte départementale 100 % électrique"),
                   Q(200, "voitures électriques", kind="absolute", subject="voitures électriques acquises à terme")],
      non=["100 %"], notes="Futur d'engagement ; « 100 % électrique » qualifie les véhicules ; 200 voitures : volume prévu à terme.", ambiguous=True)

    S("https://velopaysdelor.org/le-plan-velo/", "Le Plan Vélo (Vélo Pays de Lor)")
    P("Les mesures annoncées sont un Plan vélo en 4 axes : la sécurité et la résorption de coupures urbaines, la lutte contre le vol de vélos, les incitations financières et le développement d’une culture vélo, l’Etat se donne pour la première fois les moyens de viser un cap : le triplement de la part modale du vélo d’ici 2024.",
      [ENV], objs=[Q(3, "x", direction="increase", kind="relative_change", horizon=2024, subject="part modale du vélo")],
      non=["4 axes"], notes="« triplement » = facteur 3, comme « doublement ».")

    S("https://www.svp.com/actualite/la-place-des-esat-et-des-entreprises-adaptees-pour-repondre-a-lobligation-demploi-des-travailleurs-handicapes-20210525", "La place des ESAT et des entreprises adaptées (SVP)")
    P("Autre point important, avant la crise sanitaire, 89 % des prestataires ESAT et EA déclaraient avoir un résultat net positif et 84 % avaient vu leur chiffre d'affaires se stabiliser voire même augmenter au cours des 3 dernières années.",
      [HAND], non=["89 %", "84 %", "3 dernières années"], notes="Statistiques d'enquête (piège).")

    S("https://www.notremetropolecommune.fr/2022/03/10/collecte-des-dechets/", "Notre métropole commune (Plan canopée)")
    P("La Métropole a adopté le Plan canopée visant à protéger les arbres existants et à en planter de nouveaux en s’appuyant sur l’indice de canopée (un indicateur traduisant la surface ombragée). Aujourd’hui, cet indice s’établit à 26%. L’objectif est de le porter à 30% en 2030, et 40% en 2050.",
      [BIO, ENV], objs=[Q(30, direction="increase", horizon=2030, subject="indice de canopée"),
                        Q(40, direction="increase", horizon=2050, subject="indice de canopée")],
      non=["26%"], notes="« porter à » : increase ; la valeur d'aujourd'hui est un nombre non objectif.")

    S("https://www.linfodurable.fr/politique/en-seine-saint-denis-30-000-arbres-plantes-dici-2030-18497", "En Seine-Saint-Denis, 30 000 arbres plantés d'ici 2030 (L'info durable)")
    P("60 millions d’euros sur 10 ans, c'est la somme consacrée par le Conseil départemental de Seine-Saint-Denis à son plan de reboisement du territoire. L’objectif : planter près de 30 000 nouveaux arbres d’ici 2030 afin d’atteindre un taux de couverture arborée de 20 %, contre 16 % aujourd'hui.",
      [BIO, ENV], objs=[Q(30000, "arbres", kind="absolute", horizon=2030, subject="nouveaux arbres plantés"),
                        Q(20, horizon=2030, baseline_value=16, subject="taux de couverture arborée")],
      non=["60 millions d'euros", "10 ans", "16 %"], notes="Budget (piège) ; « contre 16 % aujourd'hui » donné comme valeur de départ.", ambiguous=True)

    S("https://sarah-tanzilli.fr/question-orale-sans-debat-plan-arbre", "Question orale sans débat : Plan Arbre (Sarah Tanzilli)")
    P("Le 28 octobre 2022, le Président de la République, Emmanuel Macron, a fixé l’objectif de la plantation d’un milliard d’arbres sur le territoire français d’ici dix ans. Cet objectif ambitieux permettrait, après les importants épisodes de sécheresse, canicule et d’incendie, de renouveler l’équivalent de 10 % des forêts françaises.",
      [BIO, ENV], objs=[Q(1000000000, "arbres", kind="absolute", subject="arbres plantés sur le territoire français")],
      non=["28 octobre 2022", "dix ans", "10 %"], notes="Objectif national en mots ; « d'ici dix ans » : pas d'année écrite ; 10 % est une conséquence au conditionnel.")
    P("Selon les chiffres du ministère de l’agriculture, ce sont chaque année près de 75 millions d’arbres qui sont plantés en France.",
      [BIO], non=["75 millions"], notes="Statistique annuelle (piège).")

    S("https://theconversation.com/grand-paris-pourquoi-il-faut-suivre-lexemple-de-new-york-et-planter-1-million-darbres-141393", "Grand Paris : pourquoi il faut suivre l'exemple de New York et planter 1 million d'arbres (The Conversation)")
    P("Après l’engagement pris par la candidate à la mairie de Paris, Anne Hidalgo, de planter 170 000 arbres en six ans sur les 105 km2 que couvrent la capitale, ne faudrait-il pas se donner une ambition comparable pour les 814 km2 de la Métropole du Grand Paris ? Ce qui signifierait, à l’échelle de ce territoire, la plantation d’un million d’arbres pendant la prochaine mandature.",
      [BIO, ENV], objs=[Q(170000, "arbres", kind="absolute", subject="arbres plantés à Paris (engagement de campagne)")],
      non=["six ans", "105 km2", "814 km2", "un million"], notes="Engagement d'une candidate ; le million d'arbres est une hypothèse au conditionnel d'un auteur (pas un objectif).", ambiguous=True)

    S("https://partenaires-patrimoine.bourgognefranchecomte.fr/glossaire/z", "Glossaire, lettre Z (Partenaires patrimoine, Région Bourgogne-Franche-Comté)")
    P("La France s’est fixée, dans le cadre de la loi Climat et résilience adoptée en août 2021 l’objectif d’atteindre le \"Zéro Artificialisation Nette des sols\" en 2050, avec un objectif intermédiaire de réduction de moitié de la consommation d’espaces naturels, agricoles et forestiers dans les dix prochaines années (2021-2031) par rapport à la décennie précédente (2011-2021).",
      [BIO], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2031, subject="consommation d'espaces naturels, agricoles et forestiers")],
      non=["août 2021", "2050", "dix prochaines années", "2011-2021"], notes="« réduction de moitié » = 50 % ; échéance de la décennie (2021-2031) prise comme horizon ; le ZAN (« zéro ») est traité comme objectif nommé, non chiffré.", ambiguous=True)

    S("https://www.meretmarine.com/fr/energies-marines/energies-renouvelables-les-principales-mesures-du-projet-de-loi", "Énergies renouvelables : les principales mesures du projet de loi (Mer et Marine)")
    P("En France, qui s’est longtemps reposée sur la puissance de son parc nucléaire, les énergies renouvelables ne représentent que 19,3 % de la consommation finale brute d’énergie, une part plus faible qu’ailleurs en Europe et déjà en deçà de l’objectif fixé en 2020 de 23 %.",
      [NRJ], objs=[Q(23, horizon=2020, subject="part des énergies renouvelables dans la consommation finale brute d'énergie")],
      non=["19,3 %"], notes="Objectif cité (manqué) ; « fixé en 2020 » lu comme l'échéance ; 19,3 % est une statistique.", ambiguous=True)

    S("https://www.sytec15.fr/transition-energetique/lobjectif-lautosuffisance-energetique/", "L'objectif : l'autosuffisance énergétique (SYTEC 15)")
    P("L’état initial : 45 % de couverture (par application des règles de calcul de l’ADEME, notamment sur les grands barrages) de la consommation par de la production locale.\n\nL’état final : 100 % de couverture de la consommation par de la production locale renouvelable.\n\nPour cela, 2 leviers sont à actionner :\n\n • consommer moins\n • produire plus.\n\nL’échéance visée est l’horizon 2030.",
      [NRJ], objs=[Q(100, horizon=2030, baseline_value=45, subject="couverture de la consommation par la production locale renouvelable")],
      non=["45 %", "2 leviers"], notes="État final visé, état initial donné comme valeur de départ ; horizon dans la dernière phrase du passage.")

    S("https://sjfu.fr/index.php/2017/03/06/les-nominations-feminines-dans-lencadrement-superieur-de-la-fonction-publique-doivent-representer-40-des-emplois-pourvus/", "Les nominations féminines dans l'encadrement supérieur doivent représenter 40 % des emplois pourvus (SJFU)")
    P("Les nominations féminines dans l’encadrement supérieur de la fonction publique doivent représenter 40 % des emplois pourvus",
      [EGA], objs=[Q(40, subject="nominations féminines dans l'encadrement supérieur")],
      notes="Titre : obligation légale.")

    S("https://www.acef-valdefrance.com/actualites/vos-actualites-metiers/fonction-publique-d-etat/feminisation-des-emplois-superieurs/", "Féminisation des emplois supérieurs (ACEF Val de France)")
    P("Selon la direction générale de l’administration et de la fonction publique, 42 % de femmes ont été nommées pour la première fois à des postes dirigeants au sein des administrations de l’Etat. Ainsi, l’objectif légal d’employer au moins 40 % de femmes dans les services de l’État, fixé par le « dispositif des nominations équilibrées » a été atteint pour la première fois en 2020.",
      [EGA], objs=[Q(40, comparator=">=", subject="femmes nommées dans les services de l'État")],
      non=["42 %", "2020"], notes="Objectif légal cité dans un constat ; 42 % est un résultat ; 2020 est l'année où il a été atteint (pas un horizon).", ambiguous=True)
    P("En effet, les employeurs publics doivent respecter une proportion minimale de 40 % de personnes de chaque sexe pour les primo-nominations dans un même emploi ou des nominations dans un même type d’emploi. Les employeurs publics qui ne respectent pas l’équilibre des nominations sont assujettis à une pénalité financière de 90 000 euros par unité manquante.",
      [EGA], objs=[Q(40, comparator=">=", subject="personnes de chaque sexe dans les primo-nominations")],
      non=["90 000 euros"], notes="« proportion minimale » : >= ; la pénalité est un montant (piège).")

    S("https://www.diese.gouv.fr/politique-rh/legalite-professionnelle-et-la-diversite", "L'égalité professionnelle et la diversité (DIESE)")
    P("En 2023, ce dispositif a été renforcé en élargissant les emplois concernés, en augmentant les objectifs à 50 % en 2026 pour les primo-nominations et en introduisant une nouvelle obligation de mixité (40 %) sur les emplois occupés en 2027, sous peine de sanctions financières.",
      [EGA], objs=[Q(50, direction="increase", horizon=2026, subject="femmes dans les primo-nominations"),
                   Q(40, horizon=2027, subject="mixité des emplois occupés")],
      non=["2023"], notes="« en augmentant les objectifs à » : verbe de changement, increase ; 2023 est la date de la réforme.", ambiguous=True)

    S("https://publicadministration.un.org/en/Research/Case-Studies/unpsacases/ctl/NominationProfilev2014/mid/1170/id/3691", "Dispositif de nominations équilibrées dans l'encadrement supérieur de la fonction publique (ONU, UNPSA)")
    P("Ainsi, dans les services déconcentrés, les femmes ne représentaient que 21% des personnes nommées sur les emplois de direction de l’administration territoriale de l’Etat en 2011 tandis qu’en administration centrale, les onze secrétaires généraux de ministères étaient tous des hommes en 2012.",
      [EGA], non=["21%", "2011", "onze", "2012"], notes="Statistiques passées ; « tous » n'est pas un objectif (piège).")

    S("https://www.labanquepostale.fr/bailleurs-sociaux/actualite/strategie-nationale-bas-carbone.html", "Stratégie nationale bas carbone et bailleurs sociaux (La Banque Postale)")
    P("Réduire de 94 % les émissions de gaz à effet de serre (GES) du parc social d'ici à 2050 ; réhabiliter plus de 90 % du parc suivant les standards BBC Rénovation énergétique ; éradiquer le fioul d'ici à 2034, tout en réduisant la part du gaz au profit des réseaux de chaleur et de l'électricité.",
      [ENV, NRJ], objs=[Q(94, direction="decrease", kind="relative_change", horizon=2050, subject="émissions de GES du parc social", themes=(ENV,)),
                        Q(90, comparator=">=", subject="parc social réhabilité aux standards BBC", themes=(NRJ,))],
      non=["2034"], notes="Objectifs à l'infinitif (la phrase suivante dit qu'ils s'imposent au secteur HLM) ; l'échéance 2034 porte sur un objectif non chiffré.")
    P("Or depuis 2018, toujours selon l’Ancols, le nombre de logements sociaux effectivement livrés après une rénovation thermique n’a pas dépassé 80 000 par an : insuffisant pour respecter les objectifs de la SNBC.",
      [NRJ], non=["2018", "80 000"], notes="Résultat annuel (piège).")

    S("https://www.labanquepostale.fr/bailleurs-sociaux/actualite/rehabilitation-renovation-energetique.html", "Réhabilitation et rénovation énergétique du parc social (La Banque Postale)")
    P("Les bailleurs sociaux restent par ailleurs tenus de s’inscrire dans la stratégie nationale « Bas carbone » établie en 2015 et révisée en 2019. Selon cette dernière, les émissions directes de gaz à effet de serre dans le secteur du bâtiment devront être réduites de 50 % d’ici 2030 et de 87 % à l’horizon 2050.",
      [ENV], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2030, subject="émissions directes de GES du bâtiment"),
                   Q(87, direction="decrease", kind="relative_change", horizon=2050, subject="émissions directes de GES du bâtiment")],
      non=["2015", "2019"], notes="Trajectoire nationale citée.")
    P("Or l’Union Sociale pour l’Habitat (USH) estime à 5 Mds € le montant moyen des travaux engagés chaque année par les bailleurs sociaux. Pour atteindre leurs objectifs réglementaires, les opérateurs HLM devront passer à 7,5 Mds € par an.",
      [NRJ], non=["5 Mds €", "7,5 Mds €"], notes="Montants de travaux, y compris le montant nécessaire (« passer à … par an ») : budgets, pièges.", ambiguous=True)
    P("La loi Climat et Résilience du 22 août 2021 prévoit ainsi l’interdiction de la mise en location des logements classés G à partir de 2025, des logements classés F en 2028 et des logements classés E en 2034. Or le parc social comporterait 360 000 « passoires thermiques »...",
      [NRJ], objective=True, non=["22 août 2021", "2025", "2028", "2034", "360 000"], notes="Interdictions datées sans valeur chiffrée (objectif qualitatif) ; compte au conditionnel.")

    S("https://diagonal.hypotheses.org/18395", "Passoires thermiques : les bailleurs sociaux face aux échéances (Diagonal)")
    P("Fin 2023, l’ANCOLS recensait 300 000 passoires thermiques sur les 5 millions de logements du parc locatif social.",
      [NRJ], non=["2023", "300 000", "5 millions"], notes="Compte (piège).")

    S("http://jcg-informatique.fr/blog/l-empreinte-environnementale-du-numerique-nos-divers-equipements-et-leur-duree-de-vie-premiers-responsables.html", "L'empreinte environnementale du numérique (JCG Informatique)")
    P("Selon l’Ademe et l’Arcep, si tous les Français gardaient leur smartphone pendant cinq ans au lieu de deux ans et demi en moyenne actuellement, cela permettrait d’éviter l’émission de 2 millions de tonnes de CO2 par an.",
      [NUM], non=["cinq ans", "deux ans et demi", "2 millions de tonnes"], notes="Hypothèse au conditionnel (piège), « tous » et « par an » compris.")

    S("https://blog.ijo.tech/?p=98", "Durée de vie des équipements IT (blog IJO)")
    P("Le numérique représentait en 2018 entre 3 et 4% des émissions de gaz à effet de serre (GES) au niveau mondial[1]. Avec une augmentation de près de 8% par an, il pourrait devenir dans les prochaines années un des secteurs les plus émetteurs de GES.",
      [NUM], non=["2018", "3 et 4%", "[1]", "8%"], notes="Statistiques : fourchette et croissance annuelle constatées (piège).")

    S("https://www.l4m.fr/emag/interview/sante-social-25/-bfm-grand-lille-l4m-departement-nord-effort-supplementaire-100-apprentis-plus-18061", "Département du Nord : « Un effort supplémentaire avec 100 apprentis de plus » (L4M)")
    P("« Nous recrutons nos alternants en contrat d’apprentissage, » précise M. Detavernier. « Annuellement, nous avons 50 contrats d’apprentissage, mais cette année, vu le contexte particulier, nous avons décidé d’en recruter 100 en plus. C’est un effort qu’on a décidé la semaine passée en assemblée, en direction des jeunes, de manière à leur donner plus d’opportunités, » indique le vice-président.",
      [CS], objs=[Q(100, "contrats d'apprentissage", direction="increase", kind="relative_change", subject="contrats d'apprentissage supplémentaires cette année")],
      non=["50"], notes="Citation d'un élu : décision de recruter « 100 en plus » (comme « supplémentaires ») ; 50 par an est le niveau habituel.", ambiguous=True)

    S("https://lesechos-etudes.fr/blog/actualites-21/paris-orly-veut-reduire-ses-emissions-de-dioxyde-de-carbone-au-sol-12076", "Paris-Orly veut réduire ses émissions de dioxyde de carbone au sol (Les Echos Études)")
    P("Le Groupe ADB, exploitant la plate-forme, a pour objectif de réduire d’ici 2030 ses émissions de CO2 de 271 009 tonnes, à la fois sur ses activités internes mais également globalement grâce à des efforts partagés avec les autres acteurs. Car les activités internes de l’aéroport ne représentent en réalité que 5 % des émissions totales.",
      [ENV], objs=[Q(271009, "tCO2", direction="decrease", kind="relative_change", horizon=2030, subject="émissions de CO2 de la plate-forme")],
      non=["5 %"], notes="Réduction en tonnes ; 5 % est une part constatée.")
    P("La seconde concerne le chauffage du site. Des économies de 11 000 tonnes de CO2 par an seront réalisées grâce à un meilleur mix énergétique. La part de la géothermie va notamment monter à 40 %, contre un tiers aujourd’hui.",
      [ENV, NRJ], objs=[Q(11000, "tCO2", direction="decrease", kind="growth_rate", per_year=True, subject="économies d'émissions de CO2 du chauffage", themes=(ENV,)),
                        Q(40, direction="increase", baseline_value=33.33, subject="part de la géothermie", themes=(NRJ,))],
      notes="Économies annuelles prévues (futur) ; « monter à » : increase ; « un tiers aujourd'hui » donné comme départ.", ambiguous=True)

    S("https://user-knp0wia.cld.bz/Rapport-Annuel-2024-Groupe-ADP/270", "Rapport annuel 2024 du Groupe ADP, rapport de durabilité (Calameo/cld.bz)")
    P("Scopes 1 et 2 - Énergie : Aéroports de Paris SA s'engage à continuer à s'approvisionner annuellement en électricité 100 % renouvelable dès maintenant et jusqu'en 2030. Scope 3 : Aéroports de Paris SA s'engage à réduire les émissions absolues de gaz à effet de serre du scope 3 de 27,5 % d'ici à 2030 par rapport à l'année de référence 2019 1 .",
      [ENV, NRJ], objs=[Q(100, direction="maintain", per_year=True, horizon=2030, subject="électricité renouvelable achetée", themes=(NRJ,)),
                        Q(27.5, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2019, subject="émissions de GES du scope 3", themes=(ENV,))],
      non=["1", "2", "3"], notes="« continuer à » : maintain ; « annuellement » : per_year ; « jusqu'en 2030 » : horizon ; numéros de scopes et renvoi de note.", ambiguous=True)

    S("https://air-cosmos.com/article/le-groupe-adp-certifie-ses-engagements-environnementaux-69458", "Le Groupe ADP certifie ses engagements environnementaux (Air & Cosmos)")
    P("Le Groupe ADP s’est ainsi engagé à réduire, pour les trois aéroports franciliens (Paris CDG, Paris Orly et le Bourget) ses émissions directes de 68% d’ici 2030 et 90% d'ici 2035 par rapport à l’année de référence 2019, et les émissions des parties prenantes de 27,5% en 2030 et de 90% en 2050, soit une activité zéro émission nette de CO2 sur toute la chaîne de valeur.",
      [ENV], objs=[Q(68, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2019, subject="émissions directes des aéroports franciliens"),
                   Q(90, direction="decrease", kind="relative_change", horizon=2035, baseline_year=2019, subject="émissions directes des aéroports franciliens"),
                   Q(27.5, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2019, subject="émissions des parties prenantes"),
                   Q(90, direction="decrease", kind="relative_change", horizon=2050, baseline_year=2019, subject="émissions des parties prenantes")],
      non=["trois"], notes="Engagement (passé composé) ; coordination de quatre cibles ; « zéro émission nette » : reformulation non chiffrée.")

    S("https://air-cosmos.com/article/vinci-airports-obtient-la-plus-haute-certification-environnementale-pour-tous-les-aeroports-du-portugal-64654", "Vinci Airports obtient la plus haute certification environnementale pour tous les aéroports du Portugal (Air & Cosmos)")
    P("Le fait que les dix aéroports portugais aient pu atteindre cette certification repose sur le déploiement du décarbonation de VINCI Airports, qui leur ont permis de déjà réduire de 35% leurs émissions directes depuis 2018.",
      [ENV], non=["dix", "35%", "2018"], notes="Résultat (« ont permis de déjà réduire ») : piège.")

    S("https://www.yvr.ca/fr/about-yvr/2021-strategic-plan/climate", "Environnement, plan stratégique 2021 (Aéroport international de Vancouver)")
    P("L’Association du transport aérien international (IATA) s’attend à ce que les émissions de l’aviation triplent au cours des deux prochaines décennies.",
      [ENV], non=["deux prochaines décennies"], notes="Prévision d'un tiers (« triplent ») : piège.")

    S("https://olympics.com/cio/news/journee-mondiale-de-l-environnement-2023-tirer-parti-du-pouvoir-du-sport-pour-combattrelapollutionplastique", "Journée mondiale de l'environnement 2023 (CIO)")
    P("Les changements opérés au cours des dernières années ont déjà permis de réduire considérablement le recours aux plastiques à usage unique.\n\nJusqu'ici :\n\n • nous avons diminué de moitié la quantité de déchets non recyclables produits par employé, plastiques et autres matériaux synthétiques compris ;",
      [CIRC], non=["de moitié"], notes="Résultat au passé composé (« avons diminué de moitié ») : piège.")

    S("https://news-24.fr/relever-la-barre-pour-des-evenements-sportifs-plus-durables/", "Relever la barre pour des événements sportifs plus durables (News 24)")
    P("Le comité d’organisation de Paris 2024 prévoit de réduire de moitié les émissions de carbone par rapport à la moyenne de Londres 2012 et de Rio 2016. Cet objectif reflète à la fois l’Agenda olympique 2020+5 du CIO et l’Accord de Paris sur le changement climatique, que les gouvernements du monde entier ont signé en 2015.",
      [ENV], objs=[Q(50, direction="decrease", kind="relative_change", subject="émissions de carbone des Jeux de Paris 2024")],
      non=["2024", "2012", "2016", "2020+5", "2015"], notes="« de moitié » = 50 % ; années dans des noms d'événements et de programmes (pas d'horizon).")
    P("Environ 95 pour cent des sites seront des installations préexistantes – rénovées et modernisées, si nécessaire – ou des structures temporaires.",
      [ENV], non=["95 pour cent"], notes="Proportion prévue avec « environ » (description du projet, pas un objectif).", ambiguous=True)

    S("https://www.adcf.org/contenu-article-adcf-direct?num_article=6658&num_thematique=9&id_newsletter=520&news=1", "À Lisieux Normandie, l'apprentissage au service de l'insertion des jeunes (Intercommunalités de France)")
    P("A partir de 2019, la communauté d’agglomération de Lisieux Normandie a compté cinq apprentis dans ses effectifs, là où on en dénombrait un seul l’année précédente.",
      [CS], non=["2019", "cinq", "un seul"], notes="Constat (piège) malgré « à partir de ».")

    S("https://www.echodescommunes.fr/actualite_5533_Apprentissage-le-d-partement-de-la-C-te-d-Or-transmet-son-savoir-faire.html", "Apprentissage : le département de la Côte-d'Or transmet son savoir-faire (L'Écho des communes)")
    P("« Les élus ont décidé de ne pas baisser ce budget car nous croyons en l’apprentissage. On n’apprend jamais mieux qu’en mettant les mains dans le cambouis », sourit le directeur général des services. Des propos confirmés par des chiffres : Ces cinq dernières années, le taux de réussite moyen aux diplômes atteint 92 %.",
      [CS], non=["cinq dernières années", "92 %"], notes="Résultat moyen avec « atteint » (piège).")
