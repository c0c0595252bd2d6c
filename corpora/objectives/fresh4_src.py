"""Fourth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh4.jsonl).

Collected in issue 15's fifth pass, before the detector of that pass was chosen, to measure it on text nobody here
had read: pages of sites that neither the shared dev set, nor any training passage (``corpora/real``, the collected
set), nor an earlier fresh set uses (the build checks), most of them trap-heavy (statistics, surveys, per-capita
figures, thresholds, past trajectories, legal obligations that are not purchase quotas). Labelled with the
conventions of the shared real dev set before the extractor was run on them, scored once with the system of main.
Every passage is copied from the opening of a public web page as the project's search tool stored it, cited by its
URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, NRJ

HAND = "marches_reserves_handicap"
GOV = "gouvernance_suivi"


def load(S, P, Q) -> None:
    S("http://www.clausesociale34.fr/observatoire/statistiques-34", "Statistiques du département de l'Hérault (clause sociale 34)")
    P("En dehors de ces grands chantiers, l'insertion professionnelle fait progressivement et régulièrement sa place dans la commande publique courante. Chaque marché représente en moyenne 3 000 heures d'insertion potentielles.",
      [CS], non=["3 000 heures"], notes="Moyenne observée (piège).")
    P("Depuis 2010, les donneurs d'ordres publics de l'Hérault ont dédié l'équivalent de 1310 temps pleins à l'insertion.",
      [CS], non=["2010", "1310"], notes="Bilan (piège).")
    P("L'insertion comme critère de notation des prestataires (art 52 ordo 2015) est encore circonscrite au stade d'émergence et atteint à peine 5% des clauses sociales de 2016.",
      [CS], non=["52", "2015", "5%", "2016"], notes="Constat, article (piège).")

    S("https://atome77.com/decret-tertiaire-impacts-performance-energetique-locaux", "Décret tertiaire : impacts sur la performance énergétique des locaux (Atome77)")
    P("Depuis octobre 2019, le dispositif Éco Énergie Tertiaire impose aux propriétaires et exploitants de locaux de plus de 1000 m² une réduction progressive de leur consommation énergétique : -40 % en 2030, -50 % en 2040 et -60 % en 2050 par rapport à une année de référence postérieure à 20101.",
      [NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="consommation énergétique des locaux tertiaires"),
                   Q(50, direction="decrease", kind="relative_change", horizon=2040, subject="consommation énergétique des locaux tertiaires"),
                   Q(60, direction="decrease", kind="relative_change", horizon=2050, subject="consommation énergétique des locaux tertiaires")],
      non=["2019", "1000 m²", "20101"], notes="Trajectoire réglementaire du décret tertiaire (objectifs datés); « 20101 » : année suivie d'un appel de note.", ambiguous=True)
    P("Le dispositif Éco Énergie Tertiaire marque un tournant dans la politique énergétique française en ciblant un secteur qui représente plus de 973 millions de m² et plus d’un tiers de la consommation énergétique du bâtiment3.",
      [NRJ], non=["973 millions de m²", "un tiers"], notes="Statistique (piège).")

    S("https://www.sobre-energie.com/en/actus/decret-tertiaire-une-obligation-de-resultats-pour-les-acteurs-publics", "Décret tertiaire : une obligation de résultats pour les acteurs publics (Sobre Énergie)")
    P("Les objectifs sont connus :\n- –40 % d’ici 2030,\n- –50 % en 2040,\n- –60 % en 2050,\npar rapport à une année de référence.",
      [NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="consommation d'énergie des bâtiments tertiaires"),
                   Q(50, direction="decrease", kind="relative_change", horizon=2040, subject="consommation d'énergie des bâtiments tertiaires"),
                   Q(60, direction="decrease", kind="relative_change", horizon=2050, subject="consommation d'énergie des bâtiments tertiaires")],
      notes="Liste de cibles du décret tertiaire.", ambiguous=True)
    P("Le décret tertiaire (dispositif Eco Energie Tertiaire) structure désormais en profondeur la stratégie énergétique des acteurs publics. Il impose aux propriétaires et exploitants de bâtiments tertiaires de plus de 1 000 m² une trajectoire chiffrée et vérifiable de réduction des consommations d’énergie.",
      [NRJ], objective=True, non=["1 000 m²"], notes="Obligation sans niveau chiffré; seuil de surface (piège pour les valeurs).")

    S("https://www.plan-bio.info/ou-en-est-le-bio-dans-la-restauration-collective-en-france/", "Où en est le bio dans la restauration collective en France ? (Plan Bio)")
    P("Ainsi, les cantines scolaires conservent une dynamique marquée : elles représentent 73 % des déclarants, contre 15 % pour le médico-social, 6 % pour les établissements administratifs et 4 % pour le sanitaire (représentant tout de même 21 % des achats).",
      [ALIM], non=["73 %", "15 %", "6 %", "4 %", "21 %"], notes="Statistiques d'une enquête (piège).")
    P("Le secteur scolaire, et en particulier le primaire, présenterait des taux d’approvisionnement élevés avec 23 % en produits biologiques, 44 % pour les produits durables et de qualité.",
      [ALIM], non=["23 %", "44 %"], notes="Résultat d'enquête au conditionnel (piège).")

    S("https://www.biolineaires.com/le-bio-a-la-cantine-nest-pas-forcement-plus-cher/", "Le bio à la cantine n'est pas forcément plus cher (Biolinéaires)")
    P("À cet effet, “les cantines de l’échantillon se situent en moyenne à 37 % de produits bio, soit 17 % de plus que les objectifs fixés par la loi EGalim. C’est également beaucoup plus que la part actuelle des produits bio dans le marché de la restauration collective évaluée à 4,5 % en 2019 (Agence Bio/AND international)”, rappelle cette étude.",
      [ALIM], non=["37 %", "17 %", "4,5 %", "2019"], notes="Résultats d'un observatoire, citation (piège).")

    S("https://paperblog.fr/3499543/le-bio-en-restauration-collective", "Le bio en restauration collective (Paperblog)")
    P("40% des établissements de la restauration collective ont déclaré avoir proposé des produits bio ne serait-ce que de temps en temps en 2010. Ils étaient 36% en 2009.",
      [ALIM], non=["40%", "2010", "36%", "2009"], notes="Enquête (piège).")
    P("15 millions de Français prennent chaque jour un repas hors de leur domicile, dont la moitié en restauration collective. Ils consomment en moyenne 48 repas par an en collectivité.",
      [ALIM], non=["15 millions", "la moitié", "48 repas par an"], notes="Statistiques par personne (piège).")

    S("http://offre-alimentaire-paca.fr/1-39662-Details-de-l-actualites.php?id_actualite=28", "Produits biologiques, quels bénéfices pour la collectivité (offre alimentaire PACA)")
    P("Cette étude révèle que 64 % des Français ont consommé des produits biologiques en 2012 et 43 % en consomment au moins une fois par mois dont 8 % tous les jours et 15 % au moins une fois par semaine.",
      [ALIM], non=["64 %", "2012", "43 %", "8 %", "15 %"], notes="Baromètre (piège), avec « au moins » et « dont ».")

    S("https://ccplm.fr/environnement", "Environnement (Communauté de communes)")
    P("Pour 2020, les objectifs « 3 X 20 % » du paquet « Énergie Climat » de l’Union Européenne visent à :\n- réduire de 20% les émissions de GES ;\n- améliorer de 20% l’efficacité énergétique ;\n- porter à 20% la part des Energies Renouvelables dans la consommation finale d’énergie.",
      [ENV, NRJ], objs=[Q(20, direction="decrease", kind="relative_change", horizon=2020, subject="émissions de GES", themes=(ENV,)),
                        Q(20, direction="increase", kind="relative_change", horizon=2020, subject="efficacité énergétique", themes=(NRJ,)),
                        Q(20, direction="increase", horizon=2020, subject="part des énergies renouvelables", themes=(NRJ,))],
      non=["3 X 20 %"], notes="Objectifs européens repris par la collectivité, liste sous une ligne datée.")
    P("Depuis le décret du 28 juin 2016, la mise en œuvre d’un Plan Climat Air Energie Territorial est obligatoire pour les EPCI de plus de 50 000 habitants au 1er janvier 2017 et au plus tard le 31 décembre 2018 pour les EPCI de plus de 20 000 habitants.",
      [ENV], non=["28 juin 2016", "50 000 habitants", "1er janvier 2017", "31 décembre 2018", "20 000 habitants"], notes="Obligation, seuils et dates (piège).")

    S("https://www.commingespyrenees.fr/newsletter-juillet-2017-changement-climatique-agir-laction-plus-efficace/", "Changement climatique : agir là où l'action est la plus efficace ! (Pays Comminges Pyrénées)")
    P("une stratégie territoriale et des actions seront mises en place afin d’atteindre localement les objectifs nationaux et régionaux de division par 4 des émissions de gaz à effet de serre d’ici 2030 :\n• Réduction de 40 % des émissions de GES par rapport à 1990\n• Réduction de 20 % de la consommation énergétique finale par rapport à 2012\n• 32 % d’énergies renouvelables dans la consommation finale d’énergie",
      [ENV, NRJ], objs=[Q(4, unit="x", direction="decrease", kind="relative_change", horizon=2030, subject="émissions de gaz à effet de serre", themes=(ENV,)),
                        Q(40, direction="decrease", kind="relative_change", horizon=2030, baseline_year=1990, subject="émissions de GES", themes=(ENV,)),
                        Q(20, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2012, subject="consommation énergétique finale", themes=(NRJ,)),
                        Q(32, horizon=2030, subject="part des énergies renouvelables", themes=(NRJ,))],
      notes="Objectifs nationaux et régionaux que le territoire reprend, liste sous une ligne datée (tranche d'une phrase : « Suite à ce diagnostic, » ôté pour tenir en 70 mots).")
    P("En 2018, les collectivités de plus de 20 000 habitants auront l’obligation d’élaborer et mettre en place un plan climat-air-énergie territorial (PCAET).",
      [ENV], non=["2018", "20 000 habitants"], notes="Obligation future sans niveau; seuil de population (piège).")

    S("https://territoiresentransitions.fr/actus/160", "Comment réduire la production des déchets des citoyens ? (Territoires en transitions)")
    P("> Le chiffre à retenir : 611 kg par habitant de déchets ménagers et assimilés produits en moyenne par chaque Français en 2021.",
      [CIRC], non=["611 kg par habitant", "2021"], notes="Chiffre clé par habitant (piège).")
    P("À l’échelle nationale, la France s’engage à réduire les déchets ménagers et assimilés (DMA) de 15% par rapport à 2010 d’ici 2030. Cependant, les résultats actuels montrent que la trajectoire de réduction est encore insuffisante pour atteindre cet objectif ambitieux.",
      [CIRC], objs=[Q(15, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2010, subject="déchets ménagers et assimilés")],
      notes="Engagement national.")
    P("En plus de l’impact environnemental que représente une bonne gestion des déchets, tout ceci a un coût, qui s’établissait en 2021 à 109 €HT/habitant (soit 117 €TTC/habitant).",
      [CIRC], non=["2021", "109 €HT/habitant", "117 €TTC/habitant"], notes="Coût par habitant (piège).")
    P("L’évolution des modes de vie et de consommation a conduit à multiplier par deux les déchets produits par les ménages en 40 ans.",
      [CIRC], non=["deux", "40 ans"], notes="Évolution passée (piège).")

    S("https://handipactes-paca-corse.org/obligation-emploi/", "L'obligation d'emploi (Handi-Pactes PACA Corse)")
    P("Tout employeur du secteur public employant au moins 20 agents à temps plein ou équivalent est assujetti à une obligation d’emploi de personnes handicapées à hauteur de 6 % de son effectif.",
      [HAND], non=["20 agents", "6 %"], notes="Obligation d'emploi (pas un quota d'achat), comme dans les passages d'entraînement (piège).")

    S("https://senateurscrce.c-real.fr/Emmanuel?debut_derart=4140", "Le taux d'emploi des personnes en situation de handicap (sénateurs CRCE)")
    P("Monsieur le président, monsieur le ministre, mes chers collègues, 22 %, c’est le taux de chômage de la population en situation de handicap, un taux deux fois plus élevé que celui de l’ensemble de la population.",
      [HAND], non=["22 %", "deux fois"], notes="Statistique dans un discours (piège).")

    S("http://www.handimarseille.fr/l-annuaire-web/se-cultiver-625/le-dossier/therapies-alternatives/emploi-formation/legislation-154/", "L'obligation légale d'embauche de travailleurs handicapés (Handimarseille)")
    P("La loi obligeait ainsi les entreprises du secteur privé de plus de dix salariés à recruter 10 % de travailleurs handicapés. Mais, faute d’une obligation de résultat assortie, elle ne fut jamais appliquée...",
      [HAND], non=["dix", "10 %"], notes="Obligation passée (piège).")

    S("http://www.avere-france.org/Site/Article/?article_id=5891", "Flottes publiques : s'équiper en véhicules électriques et hybrides rechargeables (Avere-France)")
    P("Jusqu'à cette date, rentrent dans la catégorie des véhicules à faibles émissions ceux qui émettent moins de :\n• 95 g/km de CO2\n• 60 mg/km d'oxydes d'azote (NOx)\n• 1 mg/km pour les émissions de particules",
      [ENV], non=["95 g/km", "60 mg/km", "1 mg/km"], notes="Seuils d'une définition, en liste (piège).")
    P("La loi sur la transition énergétique fixe des objectifs obligatoires aux flottes publiques d'équipement en véhicules à faibles émissions pour tout renouvellement ou nouvelle acquisition dans un parc de plus de 20 véhicules.",
      [ENV], objective=True, non=["20 véhicules"], notes="Objectifs légaux sans niveau dans le passage; seuil de parc (piège pour les valeurs).")

    S("http://www.agriculture.gouv.fr/amelioration-de-la-qualite-des-repas-en-restauration-collective-mobilisation-des-acteurs-et", "Amélioration de la qualité des repas en restauration collective (ministère de l'Agriculture)")
    P("Le volet « approvisionnement » de la loi EGAlim, entré en vigueur le 1er janvier 2022, fixe un objectif de 50 % de « produits durables et de qualité » (dont au moins 20 % de produits biologiques) dans la composition des repas servis en restauration collective.",
      [ALIM], objs=[Q(50, subject="produits durables et de qualité en restauration collective"),
                    Q(20, comparator=">=", subject="dont produits biologiques")],
      non=["1er janvier 2022"], notes="Quota légal EGalim; la date d'entrée en vigueur n'est pas un horizon.")

    S("https://rennes.parti-equinoxe.fr/mesure/experimenter_la_securite_sociale_alimentaire", "Expérimenter la sécurité sociale alimentaire (Équinoxe Rennes)")
    P("Cantines scolaires : Atteindre 80% de local et 80% de bio dans les cantines scolaires, avec un minimum de 2 repas végétariens par semaine, sans rien s...",
      [ALIM], objs=[Q(80, subject="produits locaux dans les cantines scolaires"), Q(80, subject="produits bio dans les cantines scolaires"),
                    Q(2, unit="repas", kind="absolute", comparator=">=", subject="repas végétariens par semaine")],
      notes="Mesure d'un programme électoral (coupée à l'affichage).")

    S("https://www.huffingtonpost.fr/entry/elections-municipales-comment-les-cantines-bio-se-sont-imposees-dans-les-programmes_fr_5e514612c5b629695f5b28b4", "Élections municipales : comment les cantines bio se sont imposées dans les programmes (HuffPost)")
    P("Selon un sondage YouGov publié samedi 22 février par Le HuffPost, 83% des sondés se disent prêts à faire des efforts pour diminuer l’impact environnemental de leur assiette. En 2017, un sondage Ifop établissait que 86% des Français se disaient favorables à l’introduction du bio dans les cantines.",
      [ALIM], non=["22 février", "83%", "2017", "86%"], notes="Sondages (piège).")
    P("L’alimentation représente 26% des émissions de gaz à effet de serre dans le monde.",
      [ALIM, ENV], non=["26%"], notes="Statistique (piège).")

    S("https://www.toten-occitanie.fr/efficacite-energetique-des/s-engager-dans-la-performance", "S'engager dans la performance énergétique (TOTEn Occitanie)")
    P("Selon le CEREMA, les bâtiments communaux représentaient en 2019 près de 17 % des consommation énergétiques finales nationales. Ils se placent ainsi au 4e rang des postes les plus énergivores, derrière les transports - 32 %, le résidentiel - 29 %, et l’industrie -19 %.",
      [NRJ], non=["2019", "17 %", "4e", "32 %", "29 %", "19 %"], notes="Parts d'une statistique, écrites avec un tiret (piège).")
    P("La trajectoire Région à Énergie Positive vise, pour l’horizon 2050, une consommation énergétique finale à hauteur de 13,7 TWhPCi contre 18 TWhPCi en 2015 et 19,7 TWh en 2017.",
      [NRJ], objs=[Q(13.7, unit="TWhPCi", kind="absolute", horizon=2050, baseline_year=2015, baseline_value=18, subject="consommation énergétique finale régionale")],
      non=["18 TWhPCi", "2015", "19,7 TWh", "2017"], notes="Cible régionale avec valeur de référence.")
    P("L’enquête 2017 de l’ADEME sur les Dépenses énergétiques des collectivités locales recense 39,65 TWh consommés par an par les communes françaises, soit un coût d’environ 57€ par habitant, au niveau national.",
      [NRJ], non=["2017", "39,65 TWh", "57€ par habitant"], notes="Enquête, coût par habitant (piège).")

    S("https://www.lejournaldugrandparis.fr/la-sobriete-energetique-sinvite-dans-les-collectivites/", "La sobriété énergétique s'invite dans les collectivités (Le Journal du Grand Paris)")
    P("Dans son plan climat air énergie métropolitain (PCAEM), la métropole du Grand Paris s’engage à réduire d’un tiers les consommations énergétiques d’ici à 2030.",
      [NRJ], objs=[Q(33.33, direction="decrease", kind="relative_change", horizon=2030, subject="consommations énergétiques de la métropole")],
      notes="Engagement d'un plan climat.")
    P("Selon le ministère de l’Écologie, les bâtiments représentent 66 % des consommations d’énergie finale dans la région Capitale. Or le patrimoine immobilier des collectivités représente 27 % du parc tertiaire national.",
      [NRJ], non=["66 %", "27 %"], notes="Statistiques (piège).")
    P("En outre, pour les constructions de plus de 1 000 m², les collectivités sont désormais soumises à la réglementation Éco énergie tertiaire (EET), issue du décret tertiaire : les baisses de consommation d’énergie doivent atteindre 60 % en 2050 par rapport à 2010.",
      [NRJ], objs=[Q(60, direction="decrease", kind="relative_change", horizon=2050, baseline_year=2010, subject="consommation d'énergie des bâtiments tertiaires")],
      non=["1 000 m²"], notes="Cible réglementaire datée; seuil de surface.", ambiguous=True)

    S("https://www.ecologie.gouv.fr/achats-durables-politique-nos-ministeres", "Achats durables : la politique de nos ministères (ministère de la Transition écologique)")
    P("Il fixe deux objectifs à l’horizon 2025 :\n- 100% des contrats de la commande publique notifiés au cours de l’année comprennent au moins une considération environnementale.\n- 30% des contrats de la commande publique notifiés au cours de l’année comprennent au moins une considération sociale.",
      [ENV, CS], objs=[Q(100, horizon=2025, subject="contrats avec une considération environnementale", themes=(ENV,)),
                       Q(30, horizon=2025, subject="contrats avec une considération sociale", themes=(CS,))],
      non=["deux"], notes="Objectifs du PNAD; « au cours de l'année » définit ce qui est compté (pas annuel).")
    P("La nouvelle circulaire SPE,n° 6425-SG du 21 novembre 2023, fixe 15 engagements pour la transformation écologique de l’État et intègre notamment le Plan national pour des achats durables 2022-2025.",
      [GOV], non=["6425", "21 novembre 2023", "15", "2022-2025"], notes="Numéro, date, nombre d'engagements, période (piège).")

    S("https://vision2025.hautmont.org/?p=1574", "Manger local dans la restauration collective (Vision 2025 Hautmont)")
    P("Pour favoriser le « manger local » dans la restauration collective publique, l’Assemblée nationale a adopté à l’unanimité une proposition de loi écologiste prévoyant notamment, d’ici 2020, 40% de produits issus de l’alimentation durable, locaux, de saison.",
      [ALIM], objs=[Q(40, horizon=2020, subject="produits durables, locaux, de saison en restauration collective publique")],
      notes="Quota d'une proposition de loi adoptée (cible datée).")

    S("https://politique-animaux.fr/elevage/un-repas-vegetarien-hebdomadaire-pour-tous-dans-les-cantines-scolaires-de-saint-arnoult-en-y", "Un repas végétarien hebdomadaire pour tous dans les cantines scolaires de Saint-Arnoult-en-Yvelines (Politique & animaux)")
    P("« Nous avons lancé un appel d’offres très exigeant avec beaucoup de bio, un menu végétarien par semaine et des produits de qualité, raconte le maire Jean-Claude Husson. Nous n’avons eu que deux réponses.",
      [ALIM], non=["un menu végétarien par semaine", "deux"], notes="Appel d'offres déjà lancé, récit (piège).")

    S("https://ime-chateaumilan.fr/2022/11/25-21992.html", "Décret tertiaire (IME Châteaumeillant)")
    P("L’objectif de ce Décret est ambitieux, puisqu’il vise une baisse de consommation énergétique pour le parc tertiaire de 40%, 50% et 60% respectivement en 2030, 2040 et 2050. L’enjeu est de taille, d’autant que la consommation énergétique du parc tertiaire a augmenté depuis les années 1990.",
      [NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="consommation énergétique du parc tertiaire"),
                   Q(50, direction="decrease", kind="relative_change", horizon=2040, subject="consommation énergétique du parc tertiaire"),
                   Q(60, direction="decrease", kind="relative_change", horizon=2050, subject="consommation énergétique du parc tertiaire")],
      non=["1990"], notes="Cibles datées « respectivement ».", ambiguous=True)
