"""Eighteenth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh18.jsonl).

Collected in issue 15's nineteenth pass, blind to what the extractor gets wrong (no error listing, first score or error
table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages that are
not public bodies' own sites: national, regional, agricultural and trade press, radio, newswire reprints, federations
and associations, consultancies, a law firm, companies' blogs and FAQs, a think tank, personal blogs and an
encyclopedia; about public and corporate purchasing and the national targets it is measured against (EGalim and
school canteens, AGEC réemploi quotas, LOM fleet quotas, décret tertiaire, plan eau, PPE, plan vélo, packaging and
inclusive-purchasing commitments, the PNAD and loi Climat et résilience, égalité index), and traps: results of the
past, statistics and surveys, budgets, counts, dates, legal thresholds, forecasts and hypothetical projections. Pages
of sites that neither the shared dev set, nor any training passage (``corpora/real``, the collected set), nor an
earlier fresh set uses (the build checks). Labelled with the conventions of the shared real dev set; never run
through the extractor here (the lead scores it). Every passage is copied from the opening of a public web page as the
project's search tool stored it, cited by its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, ESS, GOV, HAND, NRJ, PME

SANTE = "sante"
BIO = "biodiversite"
EGAL = "egalite_femmes_hommes"
NUM = "numerique_responsable"


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

    S("https://destimed.fr/?p=101240", "Rencontres métropolitaines de la clause sociale à Marseille (Destimed)")
    P("- En 2023, 1,2 million d’heures d’insertion ont été générées par l’ensemble du territoire métropolitain, via les 130 donneurs d’ordre, soit une augmentation de près de 30% par rapport à 2022.",
      [CS], non=["2023", "1,2 million", "130", "30%", "2022"], notes="Résultat annuel et hausse constatée (piège).")

    S("https://www.dalkia.fr/fr/e-mag-efficacite-energetique/transition-energetique-les-objectifs-loi", "Transition énergétique : les objectifs de la loi (Dalkia)")
    P("En 2030, baisse de 40 % des émissions de gaz à effet de serre et 32 % d’énergies renouvelables dans la consommation énergétique finale ; en 2050, division par quatre des émissions et par deux de la consommation d’énergie : les objectifs de la loi sur la transition énergétique qui sera adoptée en juillet par le Parlement sont confirmés.",
      [ENV, NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de gaz à effet de serre", themes=(ENV,)),
                        Q(32, horizon=2030, subject="part des énergies renouvelables dans la consommation énergétique finale", themes=(NRJ,)),
                        Q(4, unit="x", direction="decrease", kind="relative_change", horizon=2050, subject="émissions de gaz à effet de serre", themes=(ENV,)),
                        Q(2, unit="x", direction="decrease", kind="relative_change", horizon=2050, subject="consommation d'énergie", themes=(NRJ,))],
      notes="Objectifs de la loi de transition énergétique : baisse relative, part visée, « division par quatre / par deux » (facteurs, baisse).")
    P("Diverses dispositions permettant d’accélérer et d’amplifier les travaux de rénovation énergétique sont introduites avec pour objectif 500 000 logements rénovés par an à compter de 2017, et la mise aux normes « bâtiment basse consommation » de l’ensemble du parc immobilier d’ici à 2050.",
      [NRJ], objs=[Q(500000, unit="count", kind="absolute", per_year=True, subject="logements rénovés"),
                   Q(100, horizon=2050, subject="parc immobilier aux normes « bâtiment basse consommation »")],
      non=["2017"], notes="500 000 par an (annuel) ; « à compter de 2017 » = début d'un niveau unique, pas un horizon ; « l'ensemble du parc » normalisé à 100 %, d'ici 2050.", ambiguous=True)

    S("https://lumieresdelaville.net/plan-velo-coup-de-pedale-mobilites/", "Plan vélo : un coup de pédale pour les mobilités (Lumières de la ville)")
    P("Dans l’optique de promouvoir la pratique du vélo à l’échelle nationale, le Plan Vélo ambitionne de tripler les déplacements quotidiens domicile-travail des Français actifs à bicyclette, de 3% à 9% jusqu’en 2024.",
      [ENV], objs=[Q(3, unit="x", direction="increase", kind="relative_change", horizon=2024, subject="déplacements domicile-travail à vélo"),
                   Q(9, direction="increase", horizon=2024, baseline_value=3, subject="part des déplacements domicile-travail à vélo")],
      notes="« tripler … de 3% à 9% jusqu'en 2024 » : la même cible dite deux fois (facteur 3 et niveau 9 % depuis 3 %) ; les deux formes sont étiquetées.", ambiguous=True)
    P("L’axe sécuritaire du Plan Vélo prévoit la création d’un Fonds national “mobilités actives”, à hauteur de 350 M€, afin de soutenir des projets d’axes cyclables dans les collectivités durant 7 ans.",
      [ENV], non=["350 M€", "7 ans"], notes="Budget d'un fonds et durée (piège).")

    S("https://gracq.org/actualites-du-velo/la-france-enfin-son-plan-velo", "La France a enfin son plan vélo (GRACQ, association de cyclistes)")
    P("Un plan que réclamait depuis longtemps l'association des cyclistes français (FUB), et qui marque une étape importante dans la reconnaissance hexagonale du vélo comme mode de déplacement. Avec un objectif ambitieux : 9% de déplacements à vélo en 2024.",
      [ENV], objs=[Q(9, horizon=2024, subject="part des déplacements à vélo")], notes="Objectif national chiffré, année écrite.")

    S("https://actuvelo.fr/2018/09/17/olivier-schneider-le-plan-velo-nest-pas-ideal-mais-cest-le-plus-ambitieux-quil-y-ait-jamais-eu/amp", "Olivier Schneider : « Le plan vélo n'est pas idéal, mais c'est le plus ambitieux qu'il y ait jamais eu » (Actuvélo)")
    P("Le plan de l’exécutif réconciliera-t-il les Français avec le vélo, qui ne sont que 2 % à l’utiliser pour aller au travail ?",
      [ENV], non=["2 %"], notes="Part actuelle (constat) (piège).")

    S("https://www.resto-today.com/article/kikleo-leve-15-million-deuros-pour-transformer-le-secteur-la-restauration-collective", "Kikleo lève 1,5 million d'euros pour transformer la restauration collective (Resto Today)")
    P("Pour rappel, le gaspillage alimentaire en restauration collective représente 120 g gaspillés par convive et par repas.",
      [ALIM, CIRC], non=["120 g"], notes="Statistique (piège).")

    S("https://www.syndicat-eclairage.com/retour-dexperience-renovation-dune-voie-automobile/", "Retour d'expérience : rénovation d'une voie automobile (Syndicat de l'éclairage)")
    P("Sachant que l’éclairage public représente en moyenne quasiment la moitié de la consommation électrique des communes, et que ces installations souffrent d’un taux de rénovation très faible (au rythme actuel de 3 % par an il faudrait 30 ans pour rénover le parc entier), il est d’autant plus opportun d’encourager la rénovation des installations d’éclairage public",
      [NRJ], non=["la moitié", "3 %", "30 ans"], notes="Part constatée, rythme actuel et projection hypothétique (« il faudrait ») : pas d'objectif (piège) ; « le parc entier » ne fait pas une cible de 100 %.")

    S("https://www.planete-batiment.com/lextinction-totale-de-leclairage-public-un-contre-sens-pour-le-serce/28122/", "L’extinction totale de l’éclairage public, un contre-sens pour le SERCE (Planète Bâtiment)")
    P("De nombreux exemples de rénovation démontrent que l’éclairage Led permet une diminution de 50 à 80 % de la consommation électrique et un soulagement immédiat du budget de fonctionnement.",
      [NRJ], non=["50 à 80 %"], notes="Gain potentiel constaté sur des exemples, fourchette non visée (piège).")

    S("https://astridbrobecker.fr/2022/10/17/les-actions-pour-arriver-a-atteindre-lobjectif-de-reduction-de-40-de-la-consommation-denergie-dici-2050/", "Les actions pour atteindre l’objectif de réduction de 40 % de la consommation d’énergie d’ici 2050 (blog d'Astrid Brobecker)")
    P("Face aux pénuries de gaz et d’électricité, les collectivités territoriales sont plus que jamais invitées à s’engager pour atteindre l’objectif de réduction de 10 % de la consommation énergétique d’ici 2024 et 40% d’ici 2050.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2024, subject="consommation énergétique des collectivités"),
                   Q(40, direction="decrease", kind="relative_change", horizon=2050, subject="consommation énergétique des collectivités")],
      notes="Deux cibles de réduction datées (plan de sobriété) ; « 40% d'ici 2050 » reprend le verbe « réduction » (baisse).")

    S("http://valeursvertes.com/achats-durables-quels-choix/", "Achats durables : quels choix ? (Valeurs vertes)")
    P("D’autre part, nous privilégions les circuits courts, 74%* de nos achats se font en France auprès des PME/PMI locales. Nous sommes des acteurs économiques engagés et ancrés dans les territoires qui favorisent la proximité et la pérennité de nos fournisseurs. 46% de nos fournisseurs sous contrat offrent des garanties de développement durable concrètes.",
      [PME], non=["74%", "46%"], notes="Parts constatées des achats d'un groupe (piège).")

    S("http://www.ariegenews.com/ariege/actualites_economie/2015/92633/elevage-en-mayenne-100-des-produits-servis-dans-les-colleges-seront-d-.html", "Élevage : en Mayenne, « 100 % des produits servis dans les collèges » seront d'origine française (Ariège News, AFP)")
    P("En accord avec l'Etat, le conseil départemental \"engagera dès la rentrée prochaine un plan de grande ampleur visant à structurer une démarche d'achat collectif pour les restaurants scolaires\". Cette initiative portera \"sur des produits 100% d'origine française, dont 50% d'approvisionnement de proximité\", précise le communiqué diffusé mercredi soir.",
      [ALIM, PME], objs=[Q(100, subject="produits d'origine française dans les restaurants scolaires des collèges", themes=(ALIM,)),
                         Q(50, subject="produits d'approvisionnement de proximité", themes=(ALIM, PME))],
      notes="Engagement d'un département rapporté par la presse ; cible emboîtée « dont 50% » ; « dès la rentrée prochaine » : année non écrite.")
    P("Pour parvenir à cet objectif concernant les 1,2 million de repas servis annuellement dans le département, \"la part consacrée à l’achat de denrées alimentaires (1,85 euro) dans la composition du repas fixé et harmonisé à 4 euros sera augmentée de 0,25% pour s'établir à 2,12 euros\", indique le conseil départemental.",
      [ALIM], non=["1,2 million", "1,85 euro", "4 euros", "0,25%", "2,12 euros"],
      notes="Volume de repas et coût budgété par repas : moyen au service de l'objectif, pas une cible d'achat responsable (budget, piège) ; coquille « 0,25% » (pour 0,25 €) conservée.", ambiguous=True)

    S("https://www.magazine-decideurs.com/news/y-a-t-il-un-pilote-dans-votre-flotte", "Y a-t-il un pilote dans votre flotte ? (Magazine Décideurs)")
    P("Celle-ci avait déjà imposé aux constructeurs automobiles pour 2020 un niveau moyen d’émissions de 95 g/km de CO2 pour les voitures neuves. En 2030, ces émissions devront encore se réduire de 55 % puis de 100 % en 2035.",
      [ENV], objs=[Q(55, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de CO2 des voitures neuves"),
                   Q(100, direction="decrease", kind="relative_change", horizon=2035, subject="émissions de CO2 des voitures neuves")],
      notes="Cibles européennes -55 % en 2030 et -100 % en 2035 ; 95 g/km pour 2020 est une norme déjà imposée (seuil, unité hors liste), ni étiquetée ni listée.", ambiguous=True)
    P("À partir du 1er janvier 2022, lors du renouvellement annuel de leur flotte, toutes les sociétés disposant d’un parc de plus de 100 voitures particulières devront acquérir une part minimale de 10 % de véhicules à faibles émissions. Cette part passera à 20 % en 2024.",
      [ENV], objs=[Q(10, horizon=2022, per_year=True, comparator=">=", subject="véhicules à faibles émissions lors du renouvellement annuel des flottes d'entreprise"),
                   Q(20, direction="increase", horizon=2024, per_year=True, subject="véhicules à faibles émissions lors du renouvellement annuel des flottes d'entreprise")],
      non=["100"], notes="Quota légal LOM par paliers (« à partir du 1er janvier 2022 » = palier d'une trajectoire, donc horizon) ; « part minimale » (>=) ; « renouvellement annuel » (per_year) ; 100 = seuil de taille de parc.")
    P("Ce quota grimpera à 40 % du parc renouvelé en 2027 puis à 70 % en 2030.",
      [ENV], objs=[Q(40, direction="increase", horizon=2027, subject="véhicules à faibles émissions dans le parc renouvelé des entreprises"),
                   Q(70, direction="increase", horizon=2030, subject="véhicules à faibles émissions dans le parc renouvelé des entreprises")],
      notes="Paliers de la loi Climat et résilience ; « grimpera à » : hausse ; le sujet (« ce quota ») est dans la phrase précédente.")

    S("https://france-handicap-info.com/france/accessibilite-dependance-societe-emploi-economie/economie/4669-les-entreprises-adaptees-un-modele-de-reussite-inclusif-au-service-de-l-emploi-des-salaries-handicapes", "Les entreprises adaptées : un modèle de réussite inclusif au service de l’emploi des salariés handicapés ? (France Handicap Info)")
    P("L’UNEA qui rappelle que 2010 elles ont créé chaque mois près de 80 emplois supplémentaires et représentent aujourd’hui 35 000 collaborateurs pour un chiffre d’affaires de 1,5Mds€.",
      [HAND], non=["2010", "80", "35 000", "1,5Mds€"], notes="Créations d'emplois passées (« supplémentaires » au passé), effectifs et chiffre d'affaires (piège).")

    S("https://collectiviteslocales.fr/non-classe/mise-en-oeuvre-du-tri-a-la-source-des-biodechets-l-ademe-publie-des-recommandations/", "Mise en œuvre du tri à la source des biodéchets : l’Ademe publie des recommandations (Collectivités locales)")
    P("La loi sur la Transition énergétique pour la croissance verte, fixe le taux de valorisation en matière de déchets non dangereux à 65 % et une réduction de la mise en décharge de 50 % à l’échéance 2025.",
      [CIRC], objs=[Q(65, horizon=2025, subject="taux de valorisation des déchets non dangereux"),
                    Q(50, direction="decrease", kind="relative_change", horizon=2025, subject="mise en décharge")],
      notes="« fixe … à 65 % » (niveau) et « réduction … de 50 % » (baisse relative) ; « à l'échéance 2025 » rattaché aux deux cibles de la même phrase.", ambiguous=True)

    S("https://www.bioenergie-promotion.fr/50804/collectivites-reussir-le-tri-a-la-source-des-biodechets/", "Collectivités, réussir le tri à la source des biodéchets (Bioénergie promotion)")
    P("Le tri à la source des biodéchets constitue un enjeu important pour l’atteinte de ces objectifs et une obligation de généralisation à l’ensemble des producteurs pour 2025.",
      [CIRC], objs=[Q(100, horizon=2025, subject="producteurs de déchets pratiquant le tri à la source des biodéchets")],
      notes="« généralisation à l'ensemble des producteurs » normalisée à 100 % (convention « l'ensemble ») ; « pour 2025 » = horizon.", ambiguous=True)

    S("https://intrassi.net/index.php/component/content/article/recommandations-pour-le-reconditionnement-des-ordinateurs-de-bureau-ou-portables?Itemid=101&catid=12", "Recommandations pour le reconditionnement des ordinateurs de bureau ou portables (Intrassi)")
    P("L’article 58 II précise par ailleurs que les proportions d’ordinateurs portables et fixes devant être réemployés sont fixées à 20 % et que cette obligation s’apprécie sur le volume annuel total de la dépense hors taxes des matériels et non par unité.",
      [NUM, CIRC], objs=[Q(20, per_year=True, subject="ordinateurs portables et fixes issus du réemploi (part de la dépense annuelle)")],
      non=["58 II"], notes="Quota légal AGEC « fixé à 20 % » sur le volume annuel de dépense (per_year, comme dans le jeu de dev) ; numéro d'article.")

    S("https://zomaloma.com/les-entreprises-misent-sur-des-achats-plus-inclusifs/", "Les entreprises misent sur des achats plus « inclusifs » (Zomaloma, reprise de presse)")
    P("Quelques semaines plus tard, le 18 décembre 2018, treize grandes entreprises (dont onze cotées au CAC 40) lancent le Collectif d’entreprises pour une économie plus solidaire. Ils sont aujourd’hui une quarantaine.",
      [ESS], non=["18 décembre 2018", "treize", "onze", "40", "une quarantaine"], notes="Date de création, nombres d'entreprises ; « CAC 40 » est un nom (piège).")
    P("Dans un manifeste signé le 16 octobre, les 40 PDG du collectif s’engagent également à « augmenter de 30 % d’ici 2025 »",
      [ESS, CS], objs=[Q(30, direction="increase", kind="relative_change", horizon=2025, subject="achats inclusifs des entreprises du collectif")],
      non=["16 octobre", "40"], notes="Tranche d'une phrase plus longue (la suite, « achats auprès de fournisseurs inclusifs », est coupée dans la copie stockée) ; engagement de hausse relative daté.", ambiguous=True)

    S("https://www.buymadeeasy.com/blog/charte-relations-inter-entreprises", "Charte relations inter-entreprises : vers un modèle responsable et digitalisé (BuyMadeEasy)")
    P("Respect des délais de paiement, aligné avec la loi LME : chaque entreprise signataire s’engage à respecter les délais légaux de 30 ou 60 jours, avec un suivi mensuel automatisé des écarts. Cela permet de préserver la trésorerie des PME et d’éviter des tensions inutiles.",
      [PME, GOV], objective=True, non=["30 ou 60 jours"],
      notes="Engagement qualitatif (respecter la loi) ; 30 ou 60 jours sont des délais légaux (seuils), pas une cible chiffrée propre ; « chaque entreprise signataire » ne porte pas sur une part d'achats.", ambiguous=True)

    S("https://action-agricole-picarde.com/lenquete-sur-la-restauration-hors-foyer-se-poursuit", "L’enquête sur la restauration hors foyer se poursuit (L'Action agricole picarde)")
    P("Concernant l’approvisionnement en bœuf et en veau, dont le fournisseur principal est Bigard, la première origine reste française, à 95 % même, et ce en dépit du fait que l’on compte près de sept provenances différentes.",
      [ALIM], non=["95 %", "sept"], notes="Part constatée de l'origine française (piège).")

    S("https://www.annonces-landaises.com/actualites/agriculture-utiliser-la-goutte-deau-plusieurs-fois", "Agriculture : utiliser la goutte d’eau plusieurs fois (Les Annonces landaises)")
    P("Entre 10 et 40 % d’eau disponible en moins. C’est ce qui attend la France dans les prochaines décennies, selon les prévisions des experts.",
      [ENV], non=["10 et 40 %"], notes="Prévision d'experts, pas une cible (piège).")
    P("Afin d’optimiser la disponibilité de la ressource, l’une d’elles entend valoriser les eaux non conventionnelles (eau de pluie, eaux grises…) en développant 1 000 projets de réutilisation sur le territoire, d’ici 2027.",
      [ENV, CIRC], objs=[Q(1000, unit="count", kind="absolute", horizon=2027, subject="projets de réutilisation des eaux non conventionnelles")],
      notes="Mesure du plan eau : nombre de projets visé, « d'ici 2027 ».")

    S("https://42mag.fr/2023/03/hautes-alpes-plan-eau-demmanuel-macron-reutilisation-de-10-des-eaux-usees-dici-2030", "Hautes-Alpes : plan eau d’Emmanuel Macron, réutilisation de 10 % des eaux usées d’ici 2030 (42mag)")
    P("Chaque année, 180 millions d’euros seront également alloués à la lutte contre les fuites d’eau. Des investissements sont aussi prévus pour les centrales nucléaires, qui consomment 12% de l’eau pour leur système de refroidissement. Un autre objectif est de réutiliser 10% des eaux usées d’ici 2030, contre seulement 1% à l’heure actuelle.",
      [ENV, CIRC], objs=[Q(10, horizon=2030, subject="eaux usées réutilisées", themes=(CIRC,))],
      non=["180 millions d’euros", "12%", "1%"], notes="Budget annuel (piège, même futur), part constatée des centrales, 1 % = situation actuelle ; 10 % d'ici 2030 = objectif.")

    S("https://www.techniques-ingenieur.fr/actualite/articles/un-plan-eau-pour-plus-de-sobriete-une-meilleure-disponibilite-et-qualite-122096/", "Un plan eau pour plus de sobriété, une meilleure disponibilité et qualité (Techniques de l'ingénieur)")
    P("Plus de la moitié (51 %) servent au refroidissement des centrales électriques, 16 % à l’alimentation des canaux, 16 % à la production d’eau potable, 9 % aux usages agricoles et 9 % aux usages industriels. Au global, le plan ambitionne une réduction des prélèvements d’eau de 10 % dans le pays d’ici 2030.",
      [ENV], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2030, subject="prélèvements d'eau")],
      non=["la moitié", "51 %", "16 %", "16 %", "9 %", "9 %"], notes="Répartition constatée des prélèvements (pièges) puis cible de réduction datée.")

    S("https://monde25.info/?p=13462", "La troisième programmation pluriannuelle de l’énergie retardée (Monde25, reprise de presse)")
    P("Le texte est pourtant crucial pour l’avenir climatique de la France : il doit diminuer la part des énergies fossiles dans la consommation énergétique de 60 à 30 % en 2035 au (…)",
      [NRJ, ENV], objs=[Q(30, direction="decrease", horizon=2035, baseline_value=60, subject="part des énergies fossiles dans la consommation énergétique", themes=(NRJ,))],
      notes="« diminuer … de 60 à 30 % en 2035 » : niveau visé 30 %, baisse, valeur de départ 60 ; texte tronqué dans la copie stockée.")

    S("http://biomasse-conseil.fr/content/nucleaire-biogaz-chaleur-renouvelables-efficacite-ce-que-prevoit-le-projet-de-ppe-energie", "Nucléaire, biogaz, chaleur, renouvelables, efficacité : ce que prévoit le projet de PPE (Biomasse Conseil)")
    P("Efficacité énergétique :\nObjectifs\n- 14% de consommation énergétique en moins en 2028 par rapport à 2012 (7% en 2023)",
      [NRJ], objs=[Q(14, direction="decrease", kind="relative_change", horizon=2028, baseline_year=2012, subject="consommation énergétique"),
                   Q(7, direction="decrease", kind="relative_change", horizon=2023, baseline_year=2012, subject="consommation énergétique (palier)")],
      notes="Trajectoire de la PPE : -14 % en 2028 et palier -7 % en 2023, par rapport à 2012 (l'année de référence vaut pour les deux).")

    S("https://universalis.fr/evenement/27-novembre-2018-presentation-de-la-programmation-pluriannuelle-de-l-energie", "27 novembre 2018 : présentation de la programmation pluriannuelle de l’énergie (Encyclopædia Universalis)")
    P("La PPE prévoit également de porter à 32 p. 100 la part des énergies renouvelables dans la production nationale en 2030 en développant les filières solaire et éolienne.",
      [NRJ], objs=[Q(32, direction="increase", horizon=2030, subject="part des énergies renouvelables dans la production nationale")],
      notes="« porter à 32 p. 100 » : hausse (verbe de changement), « p. 100 » = %.")
    P("Il promeut la rénovation énergétique des bâtiments, programme la disparition des chaudières individuelles au fioul dans un délai de dix ans et fixe un objectif de quatre millions huit cent mille véhicules électriques en 2028.",
      [NRJ, ENV], objs=[Q(4800000, unit="count", kind="absolute", horizon=2028, subject="véhicules électriques en circulation", themes=(ENV,))],
      non=["dix ans"], notes="Nombre écrit en lettres normalisé (4 800 000) ; « dans un délai de dix ans » : échéance sans année écrite, disparition des chaudières non chiffrée.", ambiguous=True)

    S("http://www.fleurusavocats.com/journal/note-dimpact-sur-les-dispositions-commande-publique-de-la-loi-climat-et-resilience", "Note d'impact sur les dispositions commande publique de la loi climat et résilience (Fleurus Avocats)")
    P("La loi « Climat et Résilience » entend concrétiser une partie des 146 propositions de la Convention citoyenne pour le climat retenues par le chef de l'État, pour réduire les émissions de gaz à effet de serre de 40% d'ici 2030, dans un esprit de justice sociale.",
      [ENV], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de gaz à effet de serre")],
      non=["146"], notes="Objectif national de réduction daté ; 146 = nombre de propositions.")
    P(" • mettre en avant la notion « d’offre écologiquement la plus avantageuse » et ainsi montrer que l’offre valorisée est la plus viable écologiquement et non plus la plus intéressante économiquement ;\n • rendre le critère environnemental obligatoire et lui conférer un poids d’au moins 20 % dans la note.",
      [ENV], objs=[Q(20, comparator=">=", subject="pondération du critère environnemental dans la note des offres")],
      notes="Deux puces d'une liste : ce que « la proposition Produire et Travailler 7.1 » de la Convention citoyenne envisageait (dans la phrase d'introduction, hors passage) ; proposition non reprise telle quelle : pondération plancher traitée comme objectif, comme les propositions et pondérations du jeu de dev.", ambiguous=True)
