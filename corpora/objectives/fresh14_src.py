"""Fourteenth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh14.jsonl).

Collected in one pass for the lead, blind to what the extractor gets wrong (no extractor run on these passages, no
error listing, first score or error table read), to measure it on text nobody here had read. Pages that are not the
sites of public bodies: trade press (public purchasing, local authorities, building, collective catering, fleets,
energy), national and regional press, networks and associations, federations, consultancies and law firms,
companies' and cooperatives' pages, think tanks and blogs; and traps: results of the past, statistics and surveys,
budgets, counts, dates, procurement-law thresholds, forecasts, hypothetical examples. Pages of sites that neither the
shared dev set, nor any training passage (``corpora/real``, the collected set), nor an earlier fresh set uses (the
build checks). Labelled with the conventions of the shared real dev set; never run through the extractor here (the
lead scores it). Every passage is copied from the opening of a public web page as the project's search tool stored
it, cited by its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, ESS, GOV, NRJ, PME


def load(S, P, Q) -> None:

    S("https://www.credit-agricole.fr/collectivites-publiques/conseils/magazine/tout-un-mag/cantines-scolaires-de-nouvelles-mesures-a-mettre-en-oeuvre.html", "Cantines scolaires : de nouvelles mesures à mettre en œuvre (Crédit Agricole, magazine collectivités publiques)")
    P("Parmi celles-ci figure l’approvisionnement de la restauration collective avec « 50 % au moins de produits issus de l’agriculture biologique, sous signe de qualité ou locaux à l’horizon 2022 », dont au moins 20 % de produits bio.",
      [ALIM], objs=[Q(50, horizon=2022, comparator=">=", subject="produits bio, sous signe de qualité ou locaux dans la restauration collective"),
                   Q(20, horizon=2022, comparator=">=", subject="produits bio dans la restauration collective")],
      notes="Quota EGalim cité ; « 50 % au moins » et « au moins 20 % » : >= ; l'horizon 2022 vaut aussi pour la part bio incluse (« dont »).")

    S("https://innovorder.com/blog/loi-egalim-restauration", "Loi EGalim et restauration (blog Innovorder)")
    P("L’une des mesures les plus significatives dans ce secteur est qu’à compter du 1er janvier 2022, toute cantine devra s’approvisionner avec au moins 50% de produits durables dont 20% de produits d’origine biologique. A l’heure actuelle, 3% seulement des établissements de restauration collective proposent du bio.",
      [ALIM], objs=[Q(50, horizon=2022, comparator=">=", subject="produits durables dans l'approvisionnement des cantines"),
                   Q(20, horizon=2022, subject="produits d'origine biologique dans l'approvisionnement des cantines")],
      non=["3%"],
      notes="Quota EGalim au futur (« devra ») ; « à compter du 1er janvier 2022 » pris comme échéance du quota (comme « à l'échéance du 1er janvier 2022 ») ; 3 % = situation actuelle (piège).",
      ambiguous=True)

    S("https://orsys-lemag.com/achats-publics-responsables-le-spaser-contrainte-ou-opportunite", "Achats publics responsables : le SPASER, contrainte ou opportunité ? (ORSYS le mag)")
    P("Depuis, l’obligation d’élaborer un SPASER a été étendue aux collectivités dont le montant d’achat annuel dépasse les 50 millions d’euros. C’est en effet ce que prévoit un décret du 2 mai 2002, pris en application de la loi « climat et résilience ».",
      [GOV], non=["50 millions d’euros", "2 mai 2002"],
      notes="Seuil d'assujettissement et date du décret (coquille « 2002 » conservée) : pas d'objectif (piège).")
    P("La loi du 31 juillet 2014 relative à l’économie sociale et solidaire les avait baptisés schémas de promotion des achats publics socialement responsables. Ils concernaient alors les collectivités dont le montant d’achat annuel est supérieur à 100 millions d’euros.",
      [GOV], non=["31 juillet 2014", "100 millions d’euros"],
      notes="Date de loi et ancien seuil légal (piège).")

    S("http://jour8.com/le-clause-combat-de-la-cove/", "Le clause combat de la CoVe (Jour8)")
    P("Les résultats, donc, sont conséquents. Depuis 2014, 27 chantiers ont été mis en place avec cette clause; 68 entreprises ayant répondu à ces marchés ont joué le jeu, et ont ainsi permis à 238 personnes éloignées de l’emploi de travailler,",
      [CS], non=["2014", "27", "68", "238"],
      notes="Bilan de la clause d'insertion (comptes passés) : piège. Tranche d'une phrase plus longue.")

    S("https://legifiscal.fr/actualites-fiscales/4066-loi-lom-quotas-vehicules-electriques-entreprises-ne-respectent-obligations.html", "Loi LOM : les quotas de véhicules électriques que les entreprises ne respectent pas (Legifiscal)")
    P("Le calendrier d'application de cette obligation est progressif :\n- À partir du 1er janvier 2022 : 10% des renouvellements annuels doivent être des véhicules à faibles émissions\n- À partir du 1er janvier 2024 : 20% des renouvellements\n- À partir du 1er janvier 2027 : 40% des renouvellements\n- À partir du 1er janvier 2030 : 70% des renouvellements.",
      [ENV], objs=[Q(10, horizon=2022, per_year=True, subject="véhicules à faibles émissions dans les renouvellements annuels des flottes d'entreprises"),
                  Q(20, horizon=2024, per_year=True, subject="véhicules à faibles émissions dans les renouvellements annuels des flottes d'entreprises"),
                  Q(40, horizon=2027, per_year=True, subject="véhicules à faibles émissions dans les renouvellements annuels des flottes d'entreprises"),
                  Q(70, horizon=2030, per_year=True, subject="véhicules à faibles émissions dans les renouvellements annuels des flottes d'entreprises")],
      notes="Trajectoire légale par paliers (« à partir du 1er janvier » : horizon pour chaque palier) ; « renouvellements annuels » : per_year ; niveaux sans verbe de changement : reach. Quotas pour des flottes d'entreprises (achats privés), pris comme objectifs légaux.",
      ambiguous=True)
    P("3.700 entreprises seraient concernées ; les grands groupes mais également les sociétés de leasing et les loueurs de véhicules courte durée. Ces acteurs représentent 66% des achats de véhicules en France.",
      [ENV], non=["3.700", "66%"], notes="Comptes et part de marché (piège).")

    S("https://fr.euronews.com/2021/07/01/manger-bio-et-local-a-la-cantine-un-defi-encore-a-relever-pour-la-mairie-ecolo-de-lyon", "Manger bio et local à la cantine : un défi encore à relever pour la mairie écolo de Lyon (Euronews)")
    P("Des cantines « 100% bio, 50% locales » : c’était la promesse de campagne de la mairie écologiste de Lyon, en France, à son arrivée au pouvoir il y a un an.",
      [ALIM, PME], objs=[Q(100, subject="produits bio dans les cantines de Lyon"),
                        Q(50, subject="produits locaux dans les cantines de Lyon")],
      notes="Promesse de campagne (engagement politique) rapportée au passé et revue ensuite à la baisse : gardée comme objectif, douteuse ; pas d'année.",
      ambiguous=True)
    P("Pour assurer les trois millions de repas annuels de ses écoles maternelles et primaires, la mairie est forcée de revoir ses exigences à la baisse : 75% de bio d'ici à la fin du mandat, pour ne pas risquer de se retrouver sans prestataire.",
      [ALIM], objs=[Q(75, subject="produits bio dans les repas des écoles de Lyon")],
      non=["trois millions"],
      notes="Objectif révisé (75 % de bio) ; « d'ici à la fin du mandat » : horizon seulement implicite, donc pas d'année ; trois millions de repas = volume.")
    P("Mais trouver des fournisseurs pour la rentrée 2022 en accord avec ce cahier des charges n'est pas chose facile : seuls 10% des agriculteurs du département du Rhône proposent des produits biologiques.",
      [ALIM], non=["2022", "10%"], notes="Statistique sur l'offre agricole et date (piège).")

    S("http://produitsgallery.eu/la-societe-du-grand-paris-et-grand-paris-sud-est-avenir-sengagent-pour-lemploi-local-et-linsertion-sur-les-chantiers-du-gp-express", "La Société du Grand Paris et Grand Paris Sud Est Avenir s’engagent pour l’emploi local et l’insertion sur les chantiers du GP Express (reprise d'un communiqué)")
    P("L’entreprise demande à tous les attributaires de ses marchés de dédier un minimum de 5 % des heures de travail aux personnes en insertion (demandeurs d’emplois de longue durée, allocataires du RSA, jeunes non diplômés…). Une part minimale de 20 % des travaux doit être exécutée par des PME, en cotraitance ou en sous-traitance.",
      [CS, PME], objs=[Q(5, comparator=">=", subject="heures de travail dédiées aux personnes en insertion dans les marchés", themes=(CS,)),
                      Q(20, comparator=">=", subject="part des travaux exécutée par des PME", themes=(PME,))],
      notes="Exigences imposées aux titulaires (clauses contractuelles) : « un minimum de », « part minimale » -> >=.")
    P("La Société du Grand Paris participera au financement du projet de développement de l’emploi conduit par l’EPT Grand Paris Sud Est Avenir et le Conseil départemental de Val-de-Marne, à hauteur de 60 000 euros par an, pendant cinq ans.",
      [CS], non=["60 000 euros", "cinq ans"], notes="Financement annuel (budget), pas une cible (piège).")
    P("Plus de 1 500 personnes travaillent déjà à la réalisation de la ligne 15 Sud. 208 millions d’euros ont déjà été engagés auprès de 502 PME, dont plus des trois quart sont franciliennes.",
      [PME], non=["1 500", "15", "208 millions d’euros", "502", "plus des trois quart"], notes="Résultats déjà atteints et comptes (piège).")

    S("https://lherminerouge.fr/paris-2024-comment-leconomie-sociale-et-solidaire-sest-fait-une-place-aux-jeux-h-fr-24-07-24", "Paris 2024 : comment l’économie sociale et solidaire s’est fait une place aux Jeux (L'Hermine rouge, reprise de L'Humanité)")
    P("« Ouvrons grand les Jeux ! » clame Paris 2024. À la veille de la cérémonie d’ouverture, la promesse est en partie tenue en ce qui concerne l’économie sociale et solidaire (ESS). Les organisateurs de l’événement ont ouvert une petite porte à près de 600 structures – associations, coopératives, entreprises d’insertion ou de travail adapté – qui ont contribué à l’élaboration des sites et à l’accueil des athlètes.",
      [ESS], non=["2024", "près de 600"], notes="Bilan (nombre de structures ayant travaillé pour les Jeux) ; 2024 dans un nom : piège.")

    S("https://www.brigad.co/articles/restauration-collective-lutte-contre-le-gaspillage-alimentaire", "Restauration collective : la lutte contre le gaspillage alimentaire (Brigad)")
    P("Selon l’ADEME, 120 grammes de denrées alimentaires seraient gaspillés par repas et par convive en restauration collective. Quand on sait qu’en France le secteur en sert 3,8 milliards par an, il semble urgent d’agir !",
      [CIRC, ALIM], non=["120 grammes", "3,8 milliards"], notes="Statistiques (gaspillage moyen, nombre de repas par an) : piège.")
    P("Où en sont les acteurs de la restauration collective quant à l’objectif national de réduire de moitié le gaspillage d’ici 2025 ?",
      [CIRC, ALIM], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2025, subject="gaspillage alimentaire en restauration collective")],
      notes="Objectif national rappelé dans une question ; « réduire de moitié » = 50, baisse relative ; horizon 2025.")
    P("À cet égard, la circulaire de la loi EgAlim du 30 octobre 2018 donnait 24 mois aux opérateurs de restauration collective pour se soumettre à trois obligations :",
      [CIRC, ALIM], non=["30 octobre 2018", "24 mois", "trois"], notes="Date de loi, délai de mise en conformité et compte d'obligations (piège).")

    S("https://lezesteenplus.com/project/la-lutte-contre-le-gaspillage-alimentaire-en-entreprise-et-en-collectivite-un-enjeu-global/page/3", "La lutte contre le gaspillage alimentaire en entreprise et en collectivité : un enjeu global (Le Zeste en plus)")
    P("Enjeu écologique : Chaque français, jette en moyenne 25kg de nourriture par an (ADEME 2021), ce qui représente un coût écologique important. L’impact carbone annuel du gaspillage alimentaire est évalué à 15,3 millions de tonnes équivalent CO2, soit 3 % de l’ensemble des émissions de l’activité nationale.",
      [CIRC, ENV], non=["25kg", "2021", "15,3 millions de tonnes équivalent CO2", "3 %"], notes="Statistiques nationales (piège).")

    S("https://www.mce-info.org/restauration-scolaire-un-menu-vegetarien-hebdomadaire/", "Restauration scolaire : un menu végétarien hebdomadaire (MCE, Maison de la consommation et de l'environnement)")
    P("Dans ce cadre, à titre expérimental, les gestionnaires de tous les restaurants collectifs scolaires (publics ou privés) sont tenus de proposer, au moins une fois par semaine, un menu végétarien, sur une durée de 2 ans.",
      [ALIM], objective=True, non=["2 ans"],
      notes="Obligation légale (EGalim) de fréquence (« au moins une fois par semaine ») : objectif gardé qualitatif, la fréquence n'étant ni une part ni un volume au sens des conventions ; 2 ans = durée de l'expérimentation.",
      ambiguous=True)

    S("https://www.developpement-economique.fr/2008/09/marches-publics-la-region-aquitaine-utilise-a-nouveau-la-clause-dinsertion/", "Marchés publics : la région Aquitaine utilise à nouveau la clause d’insertion (developpement-economique.fr)")
    P("Conformément à l’article 14 du code des marchés publics, la région a demandé aux entreprises de réserver 6 % du total des heures de travail à des publics rencontrant des difficultés particulières d’insertion. Ce qui représentera 14 440 heures de travail sur plus de 12 mois de travaux.",
      [CS], objs=[Q(6, subject="heures de travail réservées à des publics en insertion sur le chantier du lycée"),
                 Q(14440, unit="heures", kind="absolute", subject="heures d'insertion sur le chantier du lycée")],
      non=["14", "12 mois"],
      notes="Clause d'insertion d'un marché (6 % des heures) et volume attendu au futur (« représentera ») ; article 14 et durée des travaux : pas des cibles.",
      ambiguous=True)
    P("Soit deux fois plus que sur le chantier précédent à Libourne qui avait représenté 7 000 heures d’insertion.",
      [CS], non=["deux fois", "7 000"], notes="Comparaison avec un chantier passé ; « deux fois plus » décrit un écart, pas une cible de doublement (piège).", ambiguous=True)
    P("Interrogée à ce sujet lors de la Journée de l’économie aquitaine le 11 septembre, elle a affirmé que la clause d’insertion serait à l’avenir utilisée dans tous les marchés régionaux concernant la rénovation des lycées, mais aussi de l’entretien et de la maintenance des gares.",
      [CS], objs=[Q(100, subject="marchés régionaux de rénovation des lycées et d'entretien des gares comportant une clause d'insertion")],
      non=["11 septembre"],
      notes="Engagement d'une élue ; « tous les marchés » = 100 % ; pas d'année ; 11 septembre = date de la journée.")

    S("https://fr.openprocurements.com/tender/2019-prestation-de-restauration-pour-le-groupe-scolaire-maternelle-et-primaire-et-le-centre-aere-de-", "Prestation de restauration pour le groupe scolaire maternelle et primaire et le centre aéré (avis de marché repris par OpenProcurements)")
    P("Dans le cadre des évolutions réglementaires, la collectivité encourage la progression des aliments et des condiments bio, respectant les normes biologiques françaises, dans la confection des repas:\n— 2019/2020: 30 % d'aliment durable,\n— 2020/2021: 40 % d'aliment durable,\n— 2021/2022: 45 % d'aliment durable.\nObjectif réglementaire: janvier 2022: 50 % d'aliment durable dans la confection des repas scolaires.",
      [ALIM], objs=[Q(30, horizon=2020, subject="aliments durables dans la confection des repas (année scolaire 2019/2020)"),
                   Q(40, horizon=2021, subject="aliments durables dans la confection des repas (année scolaire 2020/2021)"),
                   Q(45, horizon=2022, subject="aliments durables dans la confection des repas (année scolaire 2021/2022)"),
                   Q(50, horizon=2022, subject="aliments durables dans la confection des repas scolaires (objectif réglementaire)")],
      notes="Trajectoire par année scolaire dans un avis de marché : horizon pris comme l'année de fin de l'année scolaire (discutable) ; niveaux nus -> reach ; objectif réglementaire EGalim de janvier 2022.",
      ambiguous=True)

    S("https://www.agri-lyonnaise.top/les-criteres-d-alimentation-durable-dans-les-colleges-publics-metropolitains", "Les critères d'alimentation durable dans les collèges publics métropolitains (agri-lyonnaise)")
    P("Le recours aux produits frais est rendu obligatoire dans les minima suivants : 75% de légumes frais, 90% de viande (bovine et porcine), 100% des volailles, 40% des poissons avec la proposition systèmatique d’un fruit frais au dessert. 70% des pâtisseries et entremets devront être « faits maison ».",
      [ALIM], objs=[Q(75, comparator=">=", subject="légumes frais dans les repas des collèges"),
                   Q(90, comparator=">=", subject="viande (bovine et porcine) fraîche dans les repas des collèges"),
                   Q(100, comparator=">=", subject="volailles fraîches dans les repas des collèges"),
                   Q(40, comparator=">=", subject="poissons frais dans les repas des collèges"),
                   Q(70, subject="pâtisseries et entremets faits maison")],
      notes="Exigences minimales imposées aux délégataires (« dans les minima suivants » -> >=) ; « devront être » pour les 70 %.",
      ambiguous=True)
    P("Le conseil métropolitain, dans sa délibération n°2017-1993 du 20 juillet 2017 relative au service public de restauration scolaire au sein des collèges métropolitains - Choix du mode de gestion, a approuvé les caractéristiques des prestations que les délégataires de service publics devront respecter pendant 5 ans à compter du 1er septembre 2018.",
      [ALIM, GOV], non=["2017-1993", "20 juillet 2017", "5 ans", "1er septembre 2018"], notes="Numéro et date de délibération, durée du contrat (piège).")

    S("https://www.prix-territoriaux.fr/palmares/conseil-departemental-de-la-mayenne/page/5/", "Conseil départemental de la Mayenne : des produits 100 % français composent les repas des collégiens (Prix territoriaux, La Gazette)")
    P("Introduire 100% de produits français, dont la moitié de provenance locale, dans les restaurants des collèges : en fixant ces objectifs très ambitieux en 2015, le conseil départemental de la Mayenne souhaitait, à la fois, soutenir son agriculture (élevage) qui était en crise et améliorer la qualité des repas servis aux élèves.",
      [ALIM, PME], objs=[Q(100, subject="produits français dans les restaurants des collèges", themes=(ALIM,)),
                        Q(50, subject="produits de provenance locale dans les restaurants des collèges", themes=(ALIM, PME))],
      non=["2015"],
      notes="Objectifs fixés par le département ; « la moitié » = 50 ; 2015 = année où les objectifs ont été fixés, pas un horizon.")
    P("Les résultats ont progressé constamment depuis le lancement du projet, pour atteindre, en avril 2017, 90% de produits français dont 48% provenant de la Mayenne (jusqu’à 60% certains mois).",
      [ALIM, PME], non=["avril 2017", "90%", "48%", "60%"], notes="Résultats atteints (« pour atteindre, en avril 2017 ») : piège.")

    S("https://pais-nostre.eu/2025/02/22/en-dordogne-les-collegiens-mangent-bio-local-ou-fait-maison", "En Dordogne, les collégiens mangent bio, local ou fait maison (Païs nostre)")
    P("En dix ans, le Conseil Départemental aura tenu l’engagement pris en 2016 de servir des repas à base de produits bio locaux et de fait maison dans les 35 collèges du département. Ce sera le premier en France.",
      [ALIM], non=["dix ans", "2016", "35"],
      notes="Bilan d'un engagement présenté comme tenu (futur antérieur) ; 35 = nombre de collèges, pas une part visée : piège.",
      ambiguous=True)
    P("Puis ont été mobilisés les 1 500 exploitations bio du département et un réseau de producteurs locaux dans un rayon de 30 km autour de chaque collège. En moyenne, un établissement peut compter sur 21 producteurs,",
      [ALIM, PME], non=["1 500", "30 km", "21"], notes="Comptes et distance (piège).")

    S("https://www.info-chalon.com/articles/2023/08/31/82819/rentree-des-colleges-en-saone-et-loire-pas-de-hausse-de-tarif-dans-les-cantines-du-departement/", "Rentrée des collèges en Saône-et-Loire : pas de hausse de tarif dans les cantines du Département (Info-Chalon)")
    P("Ce sont 2,3 millions de repas qui sont servis chaque année dans les 51 collèges publics du département a rappelé André Accary, ce jeudi au cours d'un point presse spécial rentrée, rappelant que sur les 24742 collégiens de Saône et Loire, ce sont plus de 16200 d'entre eux qui profitent des cantines des collèges départementaux.",
      [ALIM], non=["2,3 millions", "51", "24742", "16200"], notes="Volumes et effectifs (piège).")

    S("https://infoprotection.fr/?p=30372", "Loi Agec : le workwear face à l’obligation de matières recyclées dans la commande publique (Info Protection)")
    P("L’article 58 introduit en effet l’obligation pour les acheteurs de l’État, les collectivités territoriales et leurs groupements d’intégrer dans leurs appels d’offre un certain pourcentage de biens issus du réemploi et de la réutilisation ou comportant des matières recyclées. Et ce, dans une fourchette comprise entre 20 % et 40 % selon le type de produits.",
      [CIRC], objs=[Q(20, value_max=40, subject="biens issus du réemploi, de la réutilisation ou comportant des matières recyclées dans les achats publics")],
      non=["58"],
      notes="Quota légal AGEC donné comme fourchette selon les produits : une cible avec value_max ; article 58 = référence.",
      ambiguous=True)
    P("Pour les vêtements professionnels, vêtements de travail spéciaux, accessoires, articles chaussants, linge, produits en cuir et textiles, matériaux en plastique et en caoutchouc et enfin les articles textiles, cette part s’élève à 20 % dont 20 % doivent être issus du réemploi ou de la réutilisation. Ces obligations sont précisées par le décret N°2021-254 du 9 mars 2021 et s’apprécient sur le volume annuel total de la dépense hors taxe.",
      [CIRC], objs=[Q(20, per_year=True, subject="achats de textiles et vêtements professionnels issus du réemploi, de la réutilisation ou de matières recyclées"),
                   Q(20, per_year=True, subject="part issue du réemploi ou de la réutilisation au sein de ces achats textiles")],
      non=["2021-254", "9 mars 2021"],
      notes="Quotas AGEC imbriqués (20 % dont 20 %) ; « volume annuel total de la dépense » -> per_year, comme « montant annuel » ; numéro et date du décret : pas des cibles.")

    S("https://achatcentrale.fr/loi-agec-nouvelles-obligations-pour-le-recyclage-textile-en-entreprise/", "Loi AGEC : nouvelles obligations pour le recyclage textile en entreprise (Achat Centrale)")
    P("Les déchets textiles constituent un enjeu écologique majeur. En France, plusieurs centaines de milliers de tonnes de textiles sont jetées chaque année, dont seulement 38% sont collectés pour le recyclage.",
      [CIRC], non=["38%"], notes="Statistique (piège).")

    S("https://www.dorean.fr/actualité-loi-climat-et-commande-publique", "Loi « Climat et résilience » : son impact sur la commande publique (Doréan, avocats)")
    P("Panorama des principales mesures (qui n’entreront en vigueur qu’à une date fixée ultérieurement par décret et au plus tard le 22 août 2026) et de leurs conséquences pratiques",
      [ENV, GOV], non=["22 août 2026"], notes="Date limite d'entrée en vigueur de mesures, sans niveau visé : piège.")

    S("https://www.ifrap.org/fonction-publique-et-administration/achats-publics-un-potentiel-de-reforme-important", "Achats publics : un potentiel de réforme important (Fondation iFRAP)")
    P("La commande publique en France, sur le seul fondement des contrats d’un montant supérieur ou égal à 90 000 euros HT, a représenté d’après l’observatoire économique de la commande publique (recensement 2023, décembre 2024), près de 170,7 Md€ en 2023, contre seulement 111,4 Md€ en 2020 soit une croissance de 53,2 % en 4 ans.",
      [], non=["90 000 euros HT", "2023", "décembre 2024", "170,7 Md€", "111,4 Md€", "2020", "53,2 %", "4 ans"],
      notes="Volumes de commande publique et hausse passée ; seuil de recensement (piège) ; passage général sans thème.")

    S("https://wwf.fr/vous-informer/actualites/barometre-pap50-2018", "8ème édition du Baromètre PAP50 : le WWF France incite les organisations publiques à évaluer et améliorer leurs politiques papier (WWF France)")
    P("Pour cette édition 2018, le WWF France regrette un manque d’information disponible publiquement et une participation limitée : sur l’échantillon de 58 organisations publiques interrogées, seules 16 institutions ont répondu.",
      [CIRC, GOV], non=["2018", "58", "16"], notes="Enquête : comptes de répondants (piège).")
    P("Avec un score moyen de 59 sur 100, les organisations participantes affichent une performance moyenne, mais qui reflète néanmoins une amélioration depuis la dernière évaluation datant de 2015, avec une nette amélioration de la qualité environnementale des papiers de bureau et leur recyclage.",
      [CIRC], non=["59 sur 100", "2015"], notes="Score d'enquête (piège).")

    S("https://vici-restauration.com/restauration-collective-dentreprise-et-loi-egalim-comment-se-conformer", "Restauration collective d’entreprise et loi Egalim : comment se conformer ? (Vici Restauration)")
    P("1. Augmenter la part de produits durables dans les repas proposés : Au moins 50% de produits de qualité et durables, dont au moins 20% de produits biologiques.",
      [ALIM], objs=[Q(50, direction="increase", comparator=">=", subject="produits de qualité et durables dans les repas des restaurants d'entreprise"),
                   Q(20, direction="increase", comparator=">=", subject="produits biologiques dans les repas des restaurants d'entreprise")],
      non=["1."],
      notes="Obligation EGalim pour la restauration d'entreprise ; « Augmenter la part » : verbe de changement -> increase ; « au moins » -> >= ; numérotation de liste.",
      ambiguous=True)
    P("4. Réduire l’utilisation de plastique : L’utilisation de plastique à usage unique « inutile » doit être réduite de 50 % en 2022 et jusqu’à 100 % en 2026.",
      [CIRC], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2022, subject="utilisation de plastique à usage unique inutile"),
                   Q(100, direction="decrease", kind="relative_change", horizon=2026, subject="utilisation de plastique à usage unique inutile")],
      non=["4."],
      notes="Trajectoire de réduction (« réduite de 50 % en 2022 et jusqu'à 100 % en 2026 ») ; « jusqu'à » marque ici le palier final, pas une borne supérieure, donc pas de comparateur ; numérotation de liste.",
      ambiguous=True)

    S("https://blog.foodcheri.com/loi-egalim-quel-impact-sur-votre-restaurant-entreprise", "Loi EGAlim : quel impact sur votre restaurant d’entreprise ? (blog Foodchéri)")
    P("La loi EGAlim ou « loi pour l’équilibre des relations commerciales dans le secteur agricole et alimentaire et une alimentation saine, durable et accessible à tous » se compose en réalité de 3 lois :\n- La loi Égalim 1 datant de 2018\n- La loi Égalim 2 datant de 2021\n- La loi Égalim 3, également appelée loi Descrozaille, datant de 2023.",
      [ALIM], non=["3", "1", "2018", "2", "2021", "3", "2023"], notes="Nombre de lois, numéros dans des noms de lois et années d'adoption (piège).")
    P("Les restaurants d’entreprise doivent respecter un certain nombre de mesures issues de la loi EGAlim, telles que :\n- L’obligation de proposer 50 % de produits de qualité et durables, dont un minimum de 20 % de produits bio.",
      [ALIM], objs=[Q(50, subject="produits de qualité et durables dans les restaurants d'entreprise"),
                   Q(20, comparator=">=", subject="produits bio dans les restaurants d'entreprise")],
      notes="Obligation légale EGalim ; « un minimum de 20 % » -> >= ; pas d'année dans le passage.")

    S("https://www.neiryde-fluides.fr/professionnels/decret-tertiaire", "Décret tertiaire (Neiryde Fluides)")
    P("Réduction de la consommation d'énergie finale attendue par rapport à l'année de référence :\n- -40 % en 2030\n- -50 % en 2040\n- -60 % en 2050",
      [NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="consommation d'énergie finale des bâtiments tertiaires"),
                  Q(50, direction="decrease", kind="relative_change", horizon=2040, subject="consommation d'énergie finale des bâtiments tertiaires"),
                  Q(60, direction="decrease", kind="relative_change", horizon=2050, subject="consommation d'énergie finale des bâtiments tertiaires")],
      notes="Trajectoire du décret tertiaire : baisses relatives par rapport à une année de référence non chiffrée ; signe « - » porté par la direction.")
    P("Les exploitants devront définir une année de référence entre 2010 et 2020, à partir de laquelle les objectifs énergétiques devront être atteints, il s'agit de la méthode dite \"relative\".",
      [NRJ], non=["2010", "2020"], notes="Bornes pour choisir l'année de référence, pas des cibles (piège).")

    S("http://www.cddd.fr/barometre-achats-responsables-strategie-rse-entreprises-membres-c3d/", "Hausse de la prise en compte des achats responsables dans la stratégie RSE des entreprises : les membres du C3D s’impliquent (C3D)")
    P("L’observatoire des achats responsables dévoilait début février 2020 son baromètre 2020 (onzième édition) sur l’intérêt des organisations pour les achats responsables. Les résultats, plutôt encourageants, laissent apparaître une vive motivation du côté des entreprises qui ne s’accompagne pas toujours d’actions concrètes. 85 % des entreprises interrogées ont mis en place une politique d’Achats Responsables dont 11 % dans l’année écoulée.",
      [GOV], non=["février 2020", "2020", "onzième", "85 %", "11 %"], notes="Résultats d'enquête (piège).")

    S("https://blog.groupeastek.com/2021/comment-la-rse-transforme-la-maniere-dacheter-des-entreprises/", "Comment la RSE transforme la manière d’acheter des entreprises (blog Groupe Astek)")
    P("Depuis ces vingt dernières années, la Responsabilité Sociale de l’Entreprise (RSE) connaît une ascension fulgurante, notamment en France : l’hexagone se place en troisième position du palmarès 2021 des pays les plus responsables avec un score moyen de 51 sur 100 (source bpifrance).",
      [GOV], non=["vingt", "troisième", "2021", "51 sur 100"], notes="Classement et score (piège).")

    S("https://www.actumoteur.fr/la-modernisation-du-transport-urbain-larrivee-massive-des-bus-au-gaz-naturel-et-electriques-en-france-16260.html", "La modernisation du transport urbain : l’arrivée massive des bus au gaz naturel et électriques en France (Actumoteur)")
    P("Ces acquisitions s’inscrivent dans un plan ambitieux qui a déjà permis la mise en circulation de 278 véhicules nouvelle génération. Au total, ce sont plus de 400 bus modernes qui sillonnent désormais nos rues. L’objectif affiché est d’atteindre les 950 nouveaux bus d’ici l’été 2025.",
      [ENV, NRJ], objs=[Q(950, unit="count", kind="absolute", horizon=2025, subject="nouveaux bus (électriques et gaz naturel) mis en circulation")],
      non=["278", "plus de 400"],
      notes="Cible de flotte (« atteindre les 950 nouveaux bus d'ici l'été 2025 ») ; 278 et plus de 400 = réalisé.")

    S("https://innovapresse.fr/urbain/strategies-urbaines/34957-orleans-veut-une-flotte-de-bus-100-electrique.html", "Orléans veut une flotte de bus 100 % électrique (Innovapresse)")
    P("Orléans Métropole a décidé d’aller au-delà de l’obligation légale d’une conversion partielle des flottes d’autobus imposée par la loi de 2015 relative à la transition énergétique pour la croissance verte, en enclenchant, dès 2019, le renouvellement total de sa flotte pour migrer vers le 100 % électrique.",
      [ENV, NRJ], objs=[Q(100, subject="bus électriques dans la flotte d'Orléans Métropole")],
      non=["2015", "2019"],
      notes="Cible « 100 % électrique » ; « dès 2019 » date le lancement du renouvellement, pas l'échéance de la cible : pas d'horizon ; 2015 = année de la loi.",
      ambiguous=True)
    P("En attendant, la métropole poursuit l’expérimentation des bus électriques : après trois bus en location déjà testés (deux chinois et un français), trois autres véhicules suivront d’ici à la fin de l’année, avant le lancement du renouvellement total du parc.",
      [ENV, NRJ], non=["trois", "deux", "un", "trois"],
      notes="Comptes de véhicules d'essai, déjà testés ou prévus (calendrier d'expérimentation, pas une cible d'achat) : piège.",
      ambiguous=True)

    S("http://bio-info.com/index.php/articles/societe/651-plus-de-bio-dans-les-cantines-parisiennes", "Plus de bio dans les cantines parisiennes (Bio-info)")
    P("Alors qu’elle ne représentait que 7 % des repas servis dans les restaurants collectifs de la ville en 2008, l’alimentation durable a atteint les 24,3 %, dont 21,5 % en bio, en 2013. Le nouvel objectif présenté lors du Conseil de Paris du 25 juin 2015 sous le nom de « Plan alimentation durable 2015-2010 » vise à atteindre une part de 50 % d’ici à cinq ans.",
      [ALIM], objs=[Q(50, subject="alimentation durable dans les restaurants collectifs de la Ville de Paris")],
      non=["7 %", "2008", "24,3 %", "21,5 %", "2013", "25 juin 2015", "2015-2010", "cinq ans"],
      notes="Cible de 50 % ; « d'ici à cinq ans » : horizon seulement implicite, pas d'année ; parts passées, date du conseil et nom du plan (coquille « 2015-2010 » conservée) : pas des cibles.")

    S("https://mon-actualite-locale.fr/ile-de-france/paris/la-ville-de-paris-vise-des-cantines-100-bio-et-durable-dici-2027-7232", "La ville de Paris vise des cantines 100 % bio et durables d’ici 2027 (Mon actualité locale)")
    P("Les élus ont voté à l’unanimité pour sa mise en œuvre. La ville de Paris vient d’adopter son nouveau plan alimentation durable. Ce dernier a pour objectif d’atteindre 100 % de denrées bio ou durables dans les cantines parisiennes d’ici 2027.",
      [ALIM], objs=[Q(100, horizon=2027, subject="denrées bio ou durables dans les cantines parisiennes")],
      notes="« atteindre 100 % … d'ici 2027 ».")
    P("«Les deux précédents plans alimentation durable ont permis de passer d’un taux de 8 % de denrées durables dans les assiettes des cantines parisiennes en 2008 à 53 % en 2019», souligne la ville. Elle veut aussi que 50 % des aliments servis soient produits à moins de 250 km de la capitale.",
      [ALIM, PME], objs=[Q(50, subject="aliments servis produits à moins de 250 km de Paris")],
      non=["8 %", "2008", "53 %", "2019", "250 km"],
      notes="« passer de 8 % … à 53 % » = progression passée (piège) ; la cible est la part locale de 50 % ; 250 km = définition du local.")

    S("https://www.socialmag.news/01/12/2015/cantines-parisiennes-plus-de-bio-au-menu/", "Cantines parisiennes : plus de bio au menu (Social Mag)")
    P("Avec ce nouveau plan, la mairie de Paris affiche plusieurs ambitions, à commencer par le fait de proposer, d’ici 2020, au moins 50% d’alimentation durable dans toutes ses cantines. D’autres objectifs ont été fixés : proposer 50% d’alimentation d’origine biologique, 50% de produits locaux de saison, et uniquement des œufs de poules élevées en plein air.",
      [ALIM, PME], objs=[Q(50, horizon=2020, comparator=">=", subject="alimentation durable dans les cantines parisiennes", themes=(ALIM,)),
                        Q(50, subject="alimentation d'origine biologique dans les cantines parisiennes", themes=(ALIM,)),
                        Q(50, subject="produits locaux de saison dans les cantines parisiennes", themes=(ALIM, PME)),
                        Q(100, subject="œufs de poules élevées en plein air", themes=(ALIM,))],
      notes="« d'ici 2020 » écrit seulement pour la première cible ; « uniquement des œufs » = 100 % (usage exclusif).",
      ambiguous=True)
    P("En complément de ces bonnes résolutions, la mairie souhaite bannir l’huile de palme, les OGM, les poissons d’eaux profondes et diminuer à 20% la viande.",
      [ALIM], objs=[Q(20, direction="decrease", subject="part de la viande dans les repas des cantines parisiennes")],
      notes="« diminuer à 20% » : niveau visé avec un verbe de baisse -> decrease, kind rate ; l'objet mesuré (part de viande) est implicite.",
      ambiguous=True)
    P("Avec 30 millions de repas servis par an, le menu des cantines parisiennes est un vrai casse-tête. Car si depuis quatre ans la ville a globalement augmenté la part des produits bio, de grandes disparités existent entre les arrondissements.",
      [ALIM], non=["30 millions", "quatre ans"], notes="Volume de repas et hausse passée (piège).")

    S("https://connaissancedesenergies.org/afp/acheter-bouger-se-chauffer-les-principales-mesures-du-plan-de-transformation-ecologique-de-letat-231206", "Acheter, bouger, se chauffer : les principales mesures du plan de « transformation écologique » de l'État (Connaissance des énergies, AFP)")
    P("L'objectif du plan est de réduire les émissions de gaz à effet de serre de l'Etat, mesurées à 10 millions de tonnes d'équivalent CO2 (Mteq CO2) en 2019, à 7,8 Mteq CO2 en 2027 et à 2 Mteq CO2 d'ici 2050.",
      [ENV], objs=[Q(7800000, unit="tCO2", direction="decrease", kind="absolute", horizon=2027, baseline_year=2019, baseline_value=10000000, subject="émissions de gaz à effet de serre de l'État"),
                  Q(2000000, unit="tCO2", direction="decrease", kind="absolute", horizon=2050, baseline_year=2019, baseline_value=10000000, subject="émissions de gaz à effet de serre de l'État")],
      notes="Niveaux d'émissions visés (« réduire … à ») : baisse, volume absolu ; valeurs en tonnes (7,8 et 2 millions de tonnes) ; référence 10 Mt en 2019.",
      ambiguous=True)
    P("Ils devront aussi faire en sorte que 25% de leurs équipements téléphoniques et informatiques soient issus du réemploi ou de la réutilisation en 2027, une mesure qui doit abaisser les émissions de GES de 70 000 tonnes équivalent CO2 à cet horizon.",
      [CIRC, "numerique_responsable", ENV], objs=[Q(25, horizon=2027, subject="équipements téléphoniques et informatiques issus du réemploi ou de la réutilisation", themes=(CIRC, "numerique_responsable"))],
      non=["70 000 tonnes équivalent CO2"],
      notes="Cible de 25 % en 2027 ; les 70 000 t sont l'effet attendu de la mesure (estimation), pas une cible fixée.",
      ambiguous=True)
    P("Dès 2024, la moitié des véhicules achetés ou loués pour les agents publics devront être à faibles ou très faibles émissions. Ce pourcentage grimpera à 70% en 2027.",
      [ENV], objs=[Q(50, horizon=2024, subject="véhicules à faibles ou très faibles émissions parmi les véhicules achetés ou loués par l'État"),
                  Q(70, direction="increase", horizon=2027, subject="véhicules à faibles ou très faibles émissions parmi les véhicules achetés ou loués par l'État")],
      notes="« la moitié » = 50 ; « grimpera à » : verbe de changement -> increase ; paliers datés.")

    S("https://omondo.info/index.php/fr-day/transition-ecologique-en-france-le-gouvernement-presente-ses-15-engagements-d-ici-2027", "Transition écologique en France : le gouvernement présente ses 15 engagements d'ici 2027 (Omondo)")
    P("Jusqu'en 2027, l'État veut par exemple réduire de 5% sa consommation de carburant en 2024 par rapport à 2022 et de 10% à l'horizon 2027. Entre 2023 et 2024, l'État espère diminuer de 10% le gaspillage alimentaire , un objectif porté à 25% d'ici 2027.",
      [ENV, CIRC, ALIM], objs=[Q(5, direction="decrease", kind="relative_change", horizon=2024, baseline_year=2022, subject="consommation de carburant de l'État", themes=(ENV,)),
                              Q(10, direction="decrease", kind="relative_change", horizon=2027, baseline_year=2022, subject="consommation de carburant de l'État", themes=(ENV,)),
                              Q(10, direction="decrease", kind="relative_change", horizon=2024, baseline_year=2023, subject="gaspillage alimentaire dans les services de l'État", themes=(CIRC, ALIM)),
                              Q(25, direction="decrease", kind="relative_change", horizon=2027, baseline_year=2023, subject="gaspillage alimentaire dans les services de l'État", themes=(CIRC, ALIM))],
      notes="Baisses relatives datées ; « par rapport à 2022 » : année de référence, reportée sur le second palier coordonné ; « Entre 2023 et 2024 » lu comme référence 2023 et échéance 2024, reportée sur l'objectif « porté à 25% » ; « Jusqu'en 2027 » introduit la période.",
      ambiguous=True)
    P("La consommation d'énergie de certains bâtiments de l'État devra baisser également de 10% entre 2022 et 2024 et de 25% d'ici 2027. L'État aussi veut réduire ses émissions de gaz à effet de serre de 5% par an jusqu'en 2027.",
      [NRJ, ENV], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2024, baseline_year=2022, subject="consommation d'énergie de bâtiments de l'État", themes=(NRJ,)),
                       Q(25, direction="decrease", kind="relative_change", horizon=2027, baseline_year=2022, subject="consommation d'énergie de bâtiments de l'État", themes=(NRJ,)),
                       Q(5, direction="decrease", kind="growth_rate", horizon=2027, per_year=True, subject="émissions de gaz à effet de serre de l'État", themes=(ENV,))],
      notes="Baisses relatives datées ; « entre 2022 et 2024 » : référence 2022, reportée sur le palier coordonné de 2027 (discutable) ; « 5% par an jusqu'en 2027 » : taux annuel (growth_rate, per_year), horizon 2027.",
      ambiguous=True)

    S("https://communication-entreprise.eu/tpe-et-pme-lancez-vous-dans-la-commande-publique/amp", "TPE et PME, lancez-vous dans la commande publique (Communication entreprise)")
    P("Le tissu économique français est constitué à 99% par des petites et moyennes entreprises.\nLeur représentation dans les marchés publics est pourtant bien moins volumineuse. Les PME n’obtiennent que 58% des marchés publics en volume et seulement 30% en valeur.",
      [PME], non=["99%", "58%", "30%"], notes="Statistiques d'accès des PME (piège).")

    S("https://www.lessentiel.lu/fr/story/le-grand-est-investit-en-masse-pour-la-sobriete-energetique-de-ses-lycees-470747329909", "Environnement : le Grand Est investit en masse pour la sobriété énergétique de ses lycées (L'essentiel)")
    P("La région Grand Est a annoncé vendredi investir 450 millions d’euros sur quatre ans pour «accélérer la transition énergétique et écologique» des lycées de la région, afin de faire face à la hausse des prix de l’énergie et à «l’urgence climatique». La région veut «baisser de 40% la consommation d’énergie des établissements d’ici 2030 et augmenter de 50% le recours aux énergies renouvelables»",
      [NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="consommation d'énergie des lycées du Grand Est"),
                  Q(50, direction="increase", kind="relative_change", horizon=2030, subject="recours aux énergies renouvelables dans les lycées du Grand Est")],
      non=["450 millions d’euros", "quatre ans"],
      notes="Deux cibles relatives ; « d'ici 2030 » rattaché aussi à la seconde (même phrase coordonnée, discutable) ; budget et durée : pas des cibles.",
      ambiguous=True)

    S("https://courriermessin.fr/mise-au-vert-des-lycees", "Mise au vert des lycées (Courrier messin)")
    P("La sobriété énergétique figure au programme de la Région Grand Est. « 60 millions d’euros de recettes budgétaires ont été englouties dans les dernières hausses », a récemment confié son président, Jean Rottner.",
      [NRJ], non=["60 millions d’euros"], notes="Coût passé des hausses de prix (piège).")
    P("Le territoire ambitionnant d’être à énergie positive et bas carbone à l’horizon 2050, ce programme s’accompagne de multiples mesures et dispositifs visant à favoriser la rénovation des logements, la décarbonation de l’industrie et de la mobilité ou bien encore le développement de la filière hydrogène.",
      [NRJ, ENV], objective=True, non=["2050"],
      notes="Objectif qualitatif (territoire à énergie positive et bas carbone) avec une échéance mais sans niveau chiffré : pas d'entrée dans objectives ; 2050 seul n'est pas une valeur cible.",
      ambiguous=True)

    S("https://ecoter.org/2022/10/10/la-region-grand-est-accelere-la-transition-ecologique-des-lycees/", "La Région Grand Est accélère la transition écologique des lycées (Ecoter)")
    P("Ces mesures s’ajoutent aux 21 millions d’euros supplémentaires prévus cette année sur le budget de la Région pour supporter l’explosion des prix de l’électricité et du gaz, avec un budget porté à 61 millions d’euros, et au premier plan « Lycées Verts » de 93 millions d’euros.",
      [NRJ], non=["21 millions d’euros", "61 millions d’euros", "93 millions d’euros"],
      notes="Budgets ; « porté à 61 millions » décrit un budget, pas une cible (piège malgré le verbe de changement).")

    S("http://www.socioeco.org/bdf_organisme-479_en.html", "Territoires de Commerce Equitable (socioeco.org)")
    P("En France, 40 collectivités sont déjà labellisées « Territoire de commerce équitable » (dont Paris, Lyon, Nantes…) et plus d’une centaine est engagée dans la démarche.",
      ["commerce_equitable"], non=["40", "plus d’une centaine"], notes="Comptes de collectivités labellisées (piège).")

    S("https://lestransitions.fr/?p=1198", "Ces collèges français qui favorisent l’agriculture biologique (Les Transitions)")
    P("Dans les faits, il s’agit pour le personnel de la cantine du collège de François-Mauriac de proposer un menu 100% local (c’est-à-dire avec des aliments issus de la région Sud-Ouest) et composé à 22% de produits biologiques. Un engagement qui va au-delà de l’objectif fixé en 2012 par le Grenelle de l’environnement (20% de produits bio dans les menus de la restauration collective).",
      [ALIM, PME], objs=[Q(20, subject="produits bio dans les menus de la restauration collective (objectif du Grenelle)", themes=(ALIM,))],
      non=["100%", "22%", "2012"],
      notes="100 % local et 22 % bio = pratique actuelle du collège (réalisé) ; la cible est l'objectif du Grenelle (20 % de bio) ; « fixé en 2012 » lu comme date de fixation, pas comme échéance.",
      ambiguous=True)
    P("C’est du moins ce que sous-entend l’Agence Bio, une plateforme nationale d’information et d’actions pour le développement de l’agriculture biologique qui estime que 74% des cantines scolaires proposent aujourd’hui des produits bio dans leurs menus.",
      [ALIM], non=["74%"], notes="Estimation de la situation actuelle (piège).")

    S("https://cashshopping.fr/page/49-la-vaisselle-réutilisable-obligatoire-en-restaurants-en-2023", "La vaisselle réutilisable obligatoire en restaurants en 2023 (Cash Shopping)")
    P("La loi anti-gaspillage et pour une économie circulaire (AGEC) a été publiée en 2020 et prévoit la fin de la mise sur le marché des emballages plastiques à usage unique d’ici 2040. Elle vise à diminuer la production de déchets et préserver la biodiversité, les ressources naturelles et le climat.",
      [CIRC], objs=[Q(100, direction="decrease", kind="relative_change", horizon=2040, subject="mise sur le marché des emballages plastiques à usage unique")],
      non=["2020"],
      notes="« la fin de la mise sur le marché … d'ici 2040 » lue comme une suppression totale (réduction de 100 %) ; 2020 = année de publication de la loi.",
      ambiguous=True)

    S("https://resto.zepros.fr/compass-group-france-lance-son-pacte-restaurons-demain--103169", "Compass Group France lance son Pacte Restaurons demain (Zepros Resto)")
    P("Depuis le 1er janvier, toutes ses cuisines sont ainsi passées en énergie renouvelable. Elle s’engage par ailleurs à atteindre 60 % de produits de qualité durable d’ici 2030. La mise en place de son fonds de dotation (500 000 € la 1ère année) l’y aidera sachant que dès 2022, 8 fermes agroécologiques seront créées.",
      [ALIM, NRJ], objs=[Q(60, horizon=2030, subject="produits de qualité durable dans les achats d'une société de restauration collective", themes=(ALIM,)),
                        Q(8, unit="count", kind="absolute", horizon=2022, subject="fermes agroécologiques créées", themes=(ALIM,))],
      non=["1er janvier", "500 000 €", "1ère"],
      notes="Engagement d'une entreprise (« s'engage à atteindre 60 % … d'ici 2030 ») ; « dès 2022, 8 fermes … seront créées » pris comme cible de volume ; cuisines déjà passées en énergie renouvelable = réalisé ; dotation = budget.",
      ambiguous=True)
    P("Autres points importants, la société développe une dynamique de coopération avec les acteurs de l’économie circulaire ainsi qu’un vaste programme de lutte contre le gaspillage alimentaire visant une baisse de 50 % d’ici 2025.",
      [CIRC, ALIM], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2025, subject="gaspillage alimentaire d'une société de restauration collective")],
      notes="« visant une baisse de 50 % d'ici 2025 » : baisse relative, horizon écrit.")
