"""Eighteenth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh18.jsonl).

Collected in issue 15's nineteenth pass, blind to what the extractor gets wrong (no error listing, first score or error
table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages that are
not public bodies' own sites: national and regional press, agricultural and trade press, networks and associations,
federations, consultancies, law firms, companies, cooperatives and blogs, about responsible public purchasing (EGalim,
AGEC, LOM fleets, clauses sociales, insertion, energy and climate plans as reported), and traps: results of the past,
statistics and surveys, budgets, counts, dates, thresholds of procurement law, forecasts. Pages of sites that neither
the shared dev set, nor any training passage (``corpora/real``, the collected set), nor an earlier fresh set uses (the
build checks). Labelled with the conventions of the shared real dev set; never run through the extractor here (the
lead scores it). Every passage is copied from the opening of a public web page as the project's search tool stored
it, cited by its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, ESS, GOV, HAND, NRJ, PME

SANTE = "sante"
BIO = "biodiversite"
EGAL = "egalite_femmes_hommes"
NUM = "numerique_responsable"
INNO = "achats_innovants"
EQUI = "commerce_equitable"
TRAV = "conditions_de_travail"


def load(S, P, Q) -> None:

    S("https://actu44.fr/la-loi-egalim-dans-la-restauration-collective-en-loire-atlantique", "La loi EGAlim dans la restauration collective en Loire-Atlantique (Actu44)")
    P("La loi EGAlim, entrée en vigueur en janvier 2022, impose aux acteurs de la restauration collective de proposer des menus constitués d’au minimum 50% de produits de qualité et durables, dont 20% de produits issus de l’agriculture biologique.",
      [ALIM], objs=[Q(50, comparator=">=", subject="produits de qualité et durables dans les menus de la restauration collective"),
                    Q(20, subject="produits issus de l'agriculture biologique dans les menus")],
      non=["janvier 2022"], notes="Quota légal EGalim ; « entrée en vigueur en janvier 2022 » est une date d'entrée en vigueur, pas un horizon ; cible emboîtée « dont 20% ».")
    P("En Pays de la Loire, la restauration collective représente environ 180 millions de repas servis chaque année, constituant un levier puissant pour accompagner la transition alimentaire et soutenir les producteurs locaux.",
      [ALIM], non=["180 millions"], notes="Volume de repas (constat), « chaque année » ne fait pas une cible (piège).")
    P("– Établir un diagnostic et une évaluation partagés, avec l’engagement que chaque site de restauration scolaire utilise l’outil : la plateforme « Ma Cantine »",
      [ALIM, GOV], objs=[Q(100, subject="sites de restauration scolaire utilisant la plateforme « Ma Cantine »", themes=(GOV,))],
      notes="Engagement « chaque site » normalisé à 100 % selon la convention « tous / chaque » ; aucun chiffre écrit, d'où le doute.", ambiguous=True)

    S("https://www.r3.fr/ressources/acheter-autrement-secret-reduire-vos-impacts-financiers-environnementaux", "Acheter autrement : le secret pour réduire vos impacts financiers et environnementaux (R3, cabinet de conseil)")
    P("Les achats représentent, en moyenne, 60% du chiffre d’affaires d’une entreprise. Ce chiffre peut même atteindre 80% du chiffre d’affaires dans certains secteurs d’activité (source Harvard Business Review - 01/04/2021).",
      [], non=["60%", "80%", "01/04/2021"], notes="Statistique ; « peut même atteindre » décrit un constat, pas une cible (piège).")

    S("https://sypemi.com/faq/qui-est-concerne-par-le-decret-tertiaire/", "Qui est concerné par le décret tertiaire ? (Sypemi, FAQ)")
    P("Ils doivent réduire leur consommation d’énergie par rapport à une année de référence après 2010 selon les modalités suivantes :\n- – 40 % d’ici 2030 ;\n- -50 % d’ici 2040 ;\n- -60 % d’ici 2050.",
      [NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="consommation d'énergie des bâtiments tertiaires"),
                   Q(50, direction="decrease", kind="relative_change", horizon=2040, subject="consommation d'énergie des bâtiments tertiaires"),
                   Q(60, direction="decrease", kind="relative_change", horizon=2050, subject="consommation d'énergie des bâtiments tertiaires")],
      non=["2010"], notes="Trajectoire légale du décret tertiaire : trois baisses relatives datées ; « année de référence après 2010 » n'est pas une année de référence précise (baseline null).")

    S("https://www.toutpourvostravaux.fr/decret-tertiaire-cest-quoi-comment-sy-conformer/", "Décret tertiaire : c’est quoi ? Comment s’y conformer ? (Tout pour vos travaux)")
    P("Le Décret Tertiaire (décret n° 2019-771 du 23 juillet 2019) définit des obligations de réduction de la consommation d’énergie pour les bâtiments à usage tertiaire, que ceux-ci soient à vocation publique ou privée. Ce texte vise à réduire de 60 % la consommation d’énergie finale des bâtiments concernés d’ici 2050.",
      [NRJ], objs=[Q(60, direction="decrease", kind="relative_change", horizon=2050, subject="consommation d'énergie finale des bâtiments tertiaires")],
      non=["2019-771", "23 juillet 2019"], notes="Numéro et date du décret : pas des cibles ; « réduire de 60 % … d'ici 2050 ».")

    S("https://www.terredauphinoise.fr/articles/11/04/2024/egalim-L-etat-veut-accelerer-pour-la-restauration-collective-93838/", "Égalim : l’État veut « accélérer » pour la restauration collective (Terre dauphinoise)")
    P("Le constat est connu : le secteur de la restauration collective est encore loin d’atteindre les objectifs fixés par les lois Égalim et Climat (50 % de produits durables et de qualité dont 20 % de bio).",
      [ALIM], objs=[Q(50, subject="produits durables et de qualité en restauration collective"),
                    Q(20, subject="produits bio en restauration collective")],
      notes="Rappel des quotas légaux EGalim dans un constat de retard : les cibles restent des objectifs ; « dont 20 % » emboîté.")
    P("Le prix d’un repas en restauration collective est généralement « compris entre 2 et 3 euros ».",
      [ALIM], non=["2", "3 euros"], notes="Prix constaté (piège).")

    S("https://www.infoburomag.com/equipement-it/informatique/14907/Le-materiel-IT-reconditionne-seduit-toujours-plus-dentreprises", "Le matériel IT reconditionné séduit toujours plus d'entreprises (Info Buro Mag)")
    P("Parmi les entreprises qui ont déjà franchi le pas, la moitié y consacre moins de 10 % de leur budget d'achats IT et 41 % d'entre elles y consacrent au moins 20 % de leur budget.",
      [NUM, CIRC], non=["la moitié", "10 %", "41 %", "20 %"], notes="Résultats d'enquête ; « au moins 20 % » décrit une pratique constatée, pas une cible (piège).")
    P("Au total ce sont 54 % des organisations qui estiment que leur budget dédié aux produits numériques reconditionnés dépassera 10 % dans les deux années à venir.",
      [NUM, CIRC], non=["54 %", "10 %", "deux"], notes="Anticipation déclarée dans une enquête, pas un engagement (piège).", ambiguous=True)

    S("https://www.lemondeinformatique.fr/actualites/lire-le-parc-informatique-reconditionne-s-installe-dans-les-entreprises-87931.html", "Le parc informatique reconditionné s'installe dans les entreprises (Le Monde Informatique)")
    P("Sur les 38 sociétés sondées, 40% d'entre elles affirment qu'au moins deux tiers des équipements informatiques qu'elles exploitent sont reconditionnés. En 2021, seulement 7 % des machines de bureau étaient des matériels de seconde main, selon l'Institut du Numérique Responsable.",
      [NUM, CIRC], non=["38", "40%", "deux tiers", "2021", "7 %"], notes="Baromètre et statistique passée (piège).")

    S("https://paysantarnais.com/le-plan-climat-air-energie-territorial-se-poursuit", "Le plan climat air énergie territorial se poursuit (Le Paysan tarnais)")
    P("Engagé en 2021, ce dispositif s’étend sur six ans et passe par plusieurs étapes. Ainsi, la période de diagnostic territorial terminée, l’élaboration de la stratégie a lieu en mai-juin.",
      [ENV, GOV], non=["2021", "six ans"], notes="Date de lancement et durée du plan (piège).")

    S("https://possibility.fr/2019/04/27/pourquoi-les-pme-ont-tout-interet-a-se-lancer-dans-les-marches-publics", "Pourquoi les PME ont tout intérêt à se lancer dans les marchés publics (Possibility)")
    P("Entre 2014 et 2017, la part des PME dans la commande publique a diminué : elle est passée de 62 à 57,5% en nombre de contrats et de 33 à 29,4% des montants (pour les marchés supérieurs à 90 000 euros HT), d’après les chiffres de l’Observatoire économique de la commande publique, qui dépend de Bercy.",
      [PME], non=["2014", "2017", "62", "57,5%", "33", "29,4%", "90 000 euros HT"], notes="Évolution passée avec verbe de changement, seuil de recensement (piège).")

    S("https://www.construire-bois-normandie.fr/commun/les-bois-regionaux-dans-la-commande-publique/", "Les bois régionaux dans la commande publique (Construire bois Normandie, interprofession)")
    P("Bien que 4ème pays producteur de bois en Europe, la France importe encore énormément de bois alors que la forêt française n’est pas exploitée au maximum de sa capacité (principalement des résineux du Nord et des bois tropicaux & exotiques).",
      [ENV, PME], non=["4ème"], notes="Rang de production (constat), pas d'objectif (piège).")

    S("https://www.ecommercemag.fr/Thematique/rse-1344/Diaporamas/Sustain-2024-quatre-directions-achats-devoilent-leurs-initiatives-responsables-457548/oreal-demarches-collaboratives-reduire-emissions-457549.htm", "Sustain 2024 : quatre directions des achats dévoilent leurs initiatives responsables (E-commerce Mag)")
    P("Pour la direction des achats de L'Oréal, engager ses fournisseurs dans la décarbonation de leurs activités est en enjeu clé puisque le scope 3 représente 99 % de son empreinte carbone. Depuis 2009, le leader mondial des cosmétiques associe ses fournisseurs à ses objectifs de décarbonation.",
      [ENV], non=["3", "99 %", "2009"], notes="Part constatée du scope 3 et date de début ; « objectifs de décarbonation » sans valeur (piège).")

    S("http://www.rtl.fr/actu/debats-societe/cantines-publiques-vers-du-50-bio-a-l-horizon-2022-7793091806", "Cantines publiques : vers du 50 % bio à l'horizon 2022 (RTL)")
    P("Les repas dans les cantines publiques devront comprendre, au plus tard en 2022, au moins 50% de produits issus de l'agriculture biologique.",
      [ALIM], objs=[Q(50, horizon=2022, comparator=">=", subject="produits issus de l'agriculture biologique dans les repas des cantines publiques")],
      notes="Cible telle que rapportée par la radio (la loi vise en fait 50 % de produits durables dont 20 % bio) : on étiquette le texte tel qu'il est ; « au plus tard en 2022 » = horizon.")
    P("\"La ville se réinvente dans l'assiette et dans l'assiette de nos enfants\", explique le maire de la plus grande ville administrée par un élu écologiste, et dont l'ambition est le 100% bio.",
      [ALIM], objs=[Q(100, subject="produits bio dans les cantines de la ville")],
      notes="« dont l'ambition est le 100% bio » : ambition affichée par le maire, traitée comme objectif ; sans échéance.", ambiguous=True)
    P("\"On sert à peu près 12.000 repas (par jour), c'est à peu près 11 euros, et plus de 80% c'est de l'investissement dans les locaux et le personnel pour encadrer nos enfants\", confie-t-il.",
      [ALIM], non=["12.000", "11 euros", "80%"], notes="Volumes, coût et répartition constatés (piège).")

    S("https://foodtrackmanager.fr/articles/restauration-collective-la-transformation-zero-plastique-un-imperatif-pour-lhygiene-et-le-haccp-face-a-la-loi-agec", "Restauration collective : la transformation zéro plastique face à la loi AGEC (Food Track Manager)")
    P("• Depuis le 1er janvier 2021, les plastiques à usage unique sont interdits pour la consommation sur place dans les cantines scolaires.\n • Depuis le 1er janvier 2022, cette interdiction s'est étendue à la livraison et à la vente à emporter.",
      [CIRC, ALIM], non=["1er janvier 2021", "1er janvier 2022"], notes="Interdictions déjà en vigueur (« depuis »), sans niveau chiffré (piège).")
    P("• La prochaine étape majeure, fixée au 1er janvier 2025, concerne l'interdiction des contenants en plastique utilisés pour la cuisson, le réchauffage et le service en restauration collective.",
      [CIRC, ALIM, SANTE], non=["1er janvier 2025"],
      notes="Obligation légale datée mais sans niveau chiffré (interdiction, pas un pourcentage) : traitée comme non-objectif, comme les obligations de la loi Climat datées sans niveau dans le jeu de dev ; la date d'entrée en vigueur n'est pas une cible.", ambiguous=True)

    S("http://terres-numeriques.fr/la-macs-organise-la-rencontre-entre-acheteurs-publics-et-entreprises-solidaires", "La MACS organise la rencontre entre acheteurs publics et entreprises solidaires (Terres numériques)")
    P("En signant à l’automne 2015 une charte de responsabilité sociale des entreprises (RSE), la Société du Grand Paris (SGP), la SNCF et la RATP avaient formulé à ce sujet plusieurs engagements (voir notre article du 12 octobre 2015).",
      [CS, PME], non=["2015", "12 octobre 2015"], notes="Dates de signature et de l'article ; engagements évoqués sans contenu chiffré (piège).")

    S("https://youmatter.world/fr/decryptages/administration-francaise-plan-transformation-ecologique-neutralite-carbone-2050/", "L'administration française et son plan de transformation écologique vers la neutralité carbone en 2050 (Youmatter)")
    P("« L’État a une responsabilité particulière, éminente pour la transition écologique (…). Notre cap est clair : en 2027, nous aurons réduit les émissions de gaz à effet de serre de l’État de 5% par an depuis 2022, soit près d’un quart de baisse au total. Et d’ici 2050, nous voulons diviser par 5 nos émissions ».",
      [ENV], objs=[Q(5, direction="decrease", kind="growth_rate", horizon=2027, per_year=True, subject="émissions de gaz à effet de serre de l'État"),
                   Q(25, direction="decrease", kind="relative_change", horizon=2027, subject="émissions de gaz à effet de serre de l'État (baisse cumulée)"),
                   Q(5, unit="x", direction="decrease", kind="relative_change", horizon=2050, subject="émissions de gaz à effet de serre de l'État")],
      non=["2022"], notes="Engagement gouvernemental : -5 % par an jusqu'en 2027 (taux annuel), « près d'un quart » = la même trajectoire en cumul (25), « diviser par 5 » d'ici 2050 (facteur 5, baisse) ; « depuis 2022 » = point de départ, non étiqueté comme année de référence.", ambiguous=True)
    P("Voilà l’ambition et la trajectoire carbone de l’administration française qui émet 10 millions de tonnes de CO2 équivalent annuel, selon le dernier bilan carbone disponible (2019).",
      [ENV], non=["10 millions de tonnes", "2019"], notes="Émissions constatées (piège).")

    S("https://chaisescandinave.fr/blog/neut-carbone", "Comment l’administration française compte atteindre la neutralité carbone en 2050 ? (blog Chaise scandinave)")
    P("De plus, elle vise à labelliser 300 préfectures et sous-préfectures comme « refuges biodiversité » d’ici fin 2024.",
      [BIO], objs=[Q(300, unit="count", kind="absolute", horizon=2024, subject="préfectures et sous-préfectures labellisées « refuges biodiversité »")],
      notes="Objectif en nombre, « d'ici fin 2024 » : année écrite.")
    P("Pour sensibiliser les agents publics à l’urgence climatique, 5,7 millions d’agents publics de l’État seront concernés par des formations. L’objectif est de leur donner 28 heures de formation sous différentes formes, avec la participation de scientifiques volontaires pour sensibiliser davantage.",
      [ENV, GOV], objs=[Q(28, unit="heures", kind="absolute", subject="heures de formation à la transition écologique par agent", themes=(GOV,))],
      non=["5,7 millions"], notes="« L'objectif est de leur donner 28 heures » : volume visé par agent ; 5,7 millions = population concernée, non étiquetée comme cible.", ambiguous=True)

    S("https://www.i4ce.org/au-dela-du-budget-vert-des-travaux-a-lancer-pour-un-meilleur-pilotage-economique-et-budgetaire-de-la-transition-climatique/", "Au-delà du « budget vert », des travaux à lancer pour un meilleur pilotage de la transition climatique (I4CE, think tank)")
    P("Pour les seuls secteurs de l’énergie, des transports et du bâtiment, il faudrait pour atteindre les objectifs de la stratégie nationale bas-carbone actuelle (SNBC 2) que soient investis en France dès aujourd’hui 50 milliards d’euros, soit presque 15 milliards d’euros de plus que ce qui est pour le moment investi",
      [ENV], non=["2", "50 milliards d’euros", "15 milliards d’euros"], notes="Estimation d'un besoin d'investissement par un think tank, pas un objectif fixé (piège) ; « SNBC 2 » est un nom.", ambiguous=True)

    S("http://lepartisan.info/portail/modxls.php?l=libe_ENV&start=3", "Stratégie nationale bas carbone dévoilée (Le Partisan, reprise de Libération)")
    P("Attendue depuis trois ans, la stratégie nationale bas carbone, un texte structurant de la décarbonation du pays, est dévoilée ce vendredi 12 décembre.",
      [ENV], non=["trois ans", "12 décembre"], notes="Durée d'attente et date de publication (piège).")

    S("http://esha-les-verts.fr/?p=4458", "Groupement de commande pour l’achat d’électricité : c’est signé (élus écologistes de Saint-Herblain)")
    P("Outre l’ouverture du marché de l’électricité à la concurrence, le dispositif des tarifs réglementés de vente de l’électricité a été révisé par la loi du 7 décembre 2010, dite loi NOME. Ainsi, les tarifs réglementés applicables aux consommateurs souscrivant une forte puissance, tels que les collectivités, ont vocation à disparaître le 1er janvier 2016.",
      [NRJ], non=["7 décembre 2010", "1er janvier 2016"], notes="Date de loi et date de fin des tarifs réglementés (piège).")

    S("https://rec2.eu/Actus-44-DEVENIR_EXPERT_EN_REEMPLOI", "Devenir expert en réemploi (REC2, actualités)")
    P("Depuis 2008, l’Union européenne engage ses Etats membres à plus de contrôle des déchets, de leur production à leur élimination, en mettant l’accent sur leur recyclage. Parmi les objectifs fixés pour 2020 : la valorisation de 70 % de ceux issus du BTP*.",
      [CIRC], objs=[Q(70, horizon=2020, subject="déchets du BTP valorisés")],
      non=["2008"], notes="Objectif européen de valorisation « pour 2020 » ; « Depuis 2008 » date le cadre.")

    S("https://inaxe.fr/2024/01/11/le-reemploi-un-levier-indispensable-pour-la-transition-ecologique-dans-le-btp", "Le réemploi, un levier indispensable pour la transition écologique dans le BTP (Inaxe)")
    P("Aujourd’hui, le secteur du BTP est le principal producteur de déchets en France, avec 231 millions de tonnes, soit 70 % du total. À lui seul, le bâtiment en génère 46 millions de tonnes chaque année.",
      [CIRC], non=["231 millions de tonnes", "70 %", "46 millions de tonnes"], notes="Statistiques de production de déchets ; « chaque année » ne fait pas une cible (piège).")

    S("https://www.emballagesmagazine.com/alimentaire/bonduelle-prend-aussi-des-engagements.53376", "Bonduelle prend aussi des engagements (Emballages Magazine)")
    P("Le légumier français se fixe un objectif de 100% d’emballages recyclables ou réutilisables d’ici à 2025.",
      [CIRC], objs=[Q(100, horizon=2025, subject="emballages recyclables ou réutilisables")],
      notes="Engagement d'entreprise daté.")
    P("L'enjeu porte, pour les volumes achetés durant l'exercice fiscal 2018-2019, sur 182 000 tonnes d'emballages : 46% de boîtes métalliques, 31% de cartons, 8% de bocaux en verre, 6% de barquettes en plastique et autant de films, 2% d'étiquettes et 1% de capsules.",
      [CIRC], non=["2018-2019", "182 000 tonnes", "46%", "31%", "8%", "6%", "2%", "1%"], notes="Volume et répartition des achats d'emballages (constat) (piège).")

    S("https://www.usinenouvelle.com/article/le-pacte-national-sur-les-emballages-plastiques-livre-ses-premiers-resultats-et-ils-sont-modestes.N1123534", "Le pacte national sur les emballages plastiques livre ses premiers résultats, et ils sont modestes (L'Usine nouvelle)")
    P("2,5% de plastique en moins dans les emballages les plus problématiques, et une hausse de 2 points du taux de recyclage des emballages plastiques. C'est le maigre résultat auquel sont arrivés la douzaine d'industriels et de distributeurs qui avaient signé, en février 2019, le Pacte national sur les emballages plastiques avec le ministère de la Transition écologique.",
      [CIRC], non=["2,5%", "2 points", "février 2019"], notes="Résultats obtenus, avec mots de changement (« en moins », « hausse ») (piège).")

    S("https://www.lesgrandesmarquessengagent.com/?p=71", "Que faites-vous pour réduire l'impact de vos emballages ? Réponses des marques (Les grandes marques s'engagent)")
    P("Par exemple, nous avons déjà réduit de 9,4% l’épaisseur de notre pack de chips nature La Classique (soit environ 20T par rapport à l’année dernière).\nNous nous sommes également engagés à réduire de 15% la quantité de nos emballages d’ici 2025 (vs 2014).",
      [CIRC], objs=[Q(15, direction="decrease", kind="relative_change", horizon=2025, baseline_year=2014, subject="quantité d'emballages de la marque")],
      non=["9,4%", "20T"], notes="9,4 % = réduction déjà obtenue ; 15 % d'ici 2025 par rapport à 2014 (« vs 2014 ») = engagement.")
    P("Concrètement, toutes nos bouteilles petit format (40 et 50 cl) ainsi que nos gammes Fuze Tea et Tropico sont déjà fabriquées à partir de plastique recyclé (rPET)1. D’ici 2030, nous avons pour objectif que 100 % de nos bouteilles PET soient en plastique recyclé.",
      [CIRC], objs=[Q(100, horizon=2030, subject="bouteilles PET en plastique recyclé")],
      non=["40", "50 cl", "1"], notes="« toutes … sont déjà » = situation actuelle (pas une cible) ; 100 % d'ici 2030 = objectif ; « 1 » = appel de note.")

    S("http://www.ria.fr/actualites/100-des-emballages-dans-leconomie-circulaire-en-2025-1,5,1258607589.html", "100 % des emballages dans l'économie circulaire en 2025 (RIA, Revue de l'industrie agroalimentaire)")
    P("Par ailleurs, le groupe s’engage à contribuer à des filières efficaces de collecte dans ses vingt principaux marchés, représentant les neuf dixièmes de ses ventes, avec l’objectif de dépasser un taux de 90 % pour ses bouteilles d’eau dans l’Union européenne. Il prévoit par ailleurs de passer son utilisation de PET recyclé de 14 à 50 %.",
      [CIRC], objs=[Q(90, comparator=">=", subject="taux de collecte des bouteilles d'eau dans l'Union européenne"),
                    Q(50, direction="increase", baseline_value=14, subject="utilisation de PET recyclé")],
      non=["vingt", "neuf dixièmes"], notes="« dépasser un taux de 90 % » : plancher (>=) ; « passer de 14 à 50 % » : hausse, valeur de départ 14 ; nombre de marchés et part des ventes = contexte.")

    S("https://somme-nature.fr/nos-prestations/plan-de-gestion-differenciee", "Plan de gestion différenciée (Somme Nature)")
    P("Depuis 2017, le plan Zero-Phyto interdit l’usage des produits phytosanitaires dans le domaine public.\nEn 2019, une nouvelle étape est franchie : la commercialisation et la détention de produits phytosanitaires à usage non professionnel sont interdites.\nEnfin, le plan Ecophyto prévoit de réduire de 50 % l’utilisation des produits phytosanitaires, tous secteurs confondus, d’ici 2025.",
      [BIO, SANTE], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2025, subject="utilisation des produits phytosanitaires")],
      non=["2017", "2019"], notes="Interdictions déjà en vigueur (dates) ; objectif Ecophyto -50 % d'ici 2025.")

    S("https://www.radiofrance.fr/franceinter/egalite-femmes-hommes-les-entreprises-qui-ne-respectent-pas-la-parite-seront-ecartees-des-marches-publics-4571612", "Égalité femmes-hommes : les entreprises qui ne respectent pas la parité seront écartées des marchés publics (France Inter)")
    P("Créé en 2018, cet index dit \"Pénicaud\" concerne à ce jour toutes les entreprises de plus de 50 salariés et permet de mesurer les écarts de rémunération entre les femmes et les hommes. Mais en 2022 , seulement 61% des sociétés visées par le dispositif ont publié leur note. Et 98% ont des efforts à faire en la matière...",
      [EGAL], non=["2018", "50", "2022", "61%", "98%"], notes="Date de création, seuil d'effectif, constats (piège) ; « toutes les entreprises » décrit un champ d'application, pas une cible.")
    P("Contacté par France Inter, Matignon précise que ce sont les entreprises qui obtiennent une note inférieure à 75 sur 100 qui seront pénalisées. Soit 8% des entreprises ayant publié leur Index 2022, d'après les données du ministère du Travail.",
      [EGAL], non=["75", "100", "8%", "2022"], notes="Seuil d'exclusion (< 75) et part d'entreprises concernées : pas une cible (piège).")

    S("https://www.boursier.com/actualites/reuters/france-les-marches-publics-reserves-aux-entreprises-vertueuses-en-matiere-d-egalite-hommes-femmes-321376.html", "France : les marchés publics réservés aux entreprises vertueuses en matière d'égalité hommes-femmes (Boursier.com, Reuters)")
    P("Selon des chiffres officiels, les femmes perçoivent en moyenne un salaire inférieur de 15,8% à celui des hommes. L'écart salarial entre femmes et hommes, à poste équivalent, est de 9%.",
      [EGAL], non=["15,8%", "9%"], notes="Statistiques d'écart salarial (piège).")
