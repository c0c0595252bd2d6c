"""Second set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh2.jsonl).

A second fresh check of generalisation (issue 15, fourth round): pages of sites that neither the shared dev set, nor
any training passage of the project, nor the first fresh set (``fresh_src.py``) uses (the build checks all three),
found with the project's search tool over stored web pages, labelled with the conventions of the shared real dev set
before the extractor was run on them. No detector is trained on them and no rule was written while reading them
(the first score is recorded in REAL_ERRORS.md). Every passage is copied from the opening of a public web page as the
search tool stored it, cited by its URL, 70 words or fewer; a passage marked "extrait" in its notes is a contiguous
slice of a longer sentence. Three pages first scored with this set (grapho-avocats.com, journal-des-communes.fr,
adele-begles.fr: one objective passage and two traps, none of them an error) were dropped when the themes work's
fifth round of ``corpora/real`` took passages from the same sites.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, ESS, GOV, NRJ

NUM = "numerique_responsable"
SANTE = "sante"


def load(S, P, Q) -> None:
    S("https://www.unplusbio.org/a-la-une/quand-le-100-bio-a-la-cantine-sinvite-dans-les-municipales/", "Quand le 100% bio à la cantine s’invite dans les municipales (Un Plus Bio)")
    P("Il faut y voir un effet positif de la loi Egalim, qui fixe de nouvelles recommandations (50% de produits durables dont 20% de bio d’ici à 2022), mais pas seulement.",
      [ALIM], objs=[Q(50, horizon=2022, subject="produits durables en restauration collective"),
                    Q(20, horizon=2022, subject="dont produits bio")],
      notes="Quota légal EGalim cité entre parenthèses, cible emboîtée « dont ».")
    P("Il apparaît clairement que les politiques publiques de l’alimentation se retrouvent au cœur des préoccupations électorales, au point que de nombreux programmes de candidats visent désormais le 100% bio d’ici la fin de leur futur mandat, en 2026.",
      [ALIM], objs=[Q(100, horizon=2026, subject="bio dans les cantines (programmes de candidats)")],
      notes="Objectif de programmes électoraux (propositions, comptées comme objectifs par les conventions).", ambiguous=True)

    S("https://fo-agriculture.fr/sobriete-energetique-ce-n-est-plus-versailles-dans-l-administration-a6099-html/", "Sobriété énergétique : ce n’est plus Versailles dans l’administration (FO Agriculture)")
    P("“Nous sommes en avance sur le plan de route” de réduction de 10 % de la consommation énergétique de l’État, a affirmé le ministère de la Transformation et de la Fonction publiques dans une déclaration à l’AFP lundi 16 janvier. Un objectif fixé pour 2024 – et qui représente une baisse de 2 térawattheures –, avant une baisse 40 % à l’horizon 2050.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2024, subject="consommation énergétique de l'État"),
                   Q(40, direction="decrease", kind="relative_change", horizon=2050, subject="consommation énergétique de l'État")],
      non=["16 janvier", "2 térawattheures"],
      notes="Plan de sobriété; l'horizon 2024 est dans la phrase suivante (« Un objectif fixé pour 2024 »); les 2 TWh reformulent l'objectif de 10 %.", ambiguous=True)

    S("http://www.philippebonnecarrere.fr/2022/10/plan-de-sobriete/", "Plan de sobriété (Philippe Bonnecarrère, sénateur)")
    P("Le gouvernement a finalement présenté son plan dit de sobriété visant à baisser notre consommation d’énergie de 10 % d’ici 2024.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2024, subject="consommation d'énergie")],
      notes="Objectif national porté par un participe (« visant à baisser »).")

    S("https://transformation.gouv.fr/ministre/actualite/plan-sobriete-letat-se-mobilise", "Plan sobriété : l’État se mobilise (ministère de la Transformation et de la Fonction publiques)")
    P("Réduire la consommation nationale de 10 %. C’est l’objectif à atteindre d’ici 2024.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2024, subject="consommation nationale d'énergie")],
      notes="Infinitif titre puis horizon dans la phrase suivante.")

    S("https://www.zeborne.com/fr/guide/quels-sont-les-quotas-de-vehicules-electriques-dans-les-flottes-automobiles-dans-les-collectivites", "Quels sont les quotas de véhicules électriques dans les flottes automobiles des collectivités ? (Zeborne)")
    P("Jusqu’en décembre 2024, les collectivités territoriales doivent remplacer 30 % des véhicules de leur flotte par des véhicules à faibles émissions. Les quotas doivent atteindre 40 % de 2025 à 2029, puis 70 % en 2030.",
      [ENV], objs=[Q(30, horizon=2024, subject="renouvellements en véhicules à faibles émissions"),
                   Q(40, horizon=2025, subject="renouvellements en véhicules à faibles émissions"),
                   Q(70, horizon=2030, subject="renouvellements en véhicules à faibles émissions")],
      notes="Trajectoire légale (LOM / Climat et résilience); « jusqu'en décembre 2024 » borne le premier palier, « de 2025 à 2029 » commence en 2025 (étage d'une trajectoire).", ambiguous=True)
    P("En 2019, selon l’UGAP, seulement 10 % de leur parc était électrique.",
      [ENV], non=["2019", "10 %"], notes="Constat passé (piège).")
    P("Les flottes publiques représentent 450 000 véhicules. Les collectivités locales disposeraient d’un parc de 100 000 à 150 000 véhicules.",
      [ENV], non=["450 000", "100 000 à 150 000"], notes="Chiffres de parc (piège).")

    S("https://www.progesparc.fr/fiscalite/la-trajectoire-pour-les-flottes-publiques-en-2023-electrifier-et-mutualiser/", "La trajectoire pour les flottes publiques en 2023 : électrifier et mutualiser (Progesparc)")
    P("En effet, les lois d’orientation des mobilités (LOM) et Climat et Résilience fixent comme quotas, aux flottes des collectivités territoriales et des entreprises nationales, 30 % de renouvellements en véhicules à faibles émissions (VFE, moins de 50 g/km de CO2, c’est-à-dire électriques ou PHEV). Ce chiffre montera à 40 % en 2025 et à 70 % en 2030.",
      [ENV], objs=[Q(30, subject="renouvellements en véhicules à faibles émissions"),
                   Q(40, direction="increase", horizon=2025, subject="renouvellements en véhicules à faibles émissions"),
                   Q(70, direction="increase", horizon=2030, subject="renouvellements en véhicules à faibles émissions")],
      non=["50 g/km"], notes="Quotas légaux; « montera à » est un verbe de changement (comme « passera à ») -> increase; 50 g/km est un seuil.")
    P("Pour les parcs de l’État et ceux des établissements publics, l’objectif se fait plus élevé, soit actuellement 50 % de VFE lors des renouvellements, puis 70 % à partir du 1er janvier 2027.",
      [ENV], objs=[Q(50, subject="renouvellements en véhicules à faibles émissions (État)"),
                   Q(70, horizon=2027, subject="renouvellements en véhicules à faibles émissions (État)")],
      notes="Objectif nommé; palier « à partir du 1er janvier 2027 » d'une trajectoire -> horizon.")
    P("« Avec les citadines, nous serons à plus de 90 % en VFE en 2025 », prévoit Hervé Foucard, chef du service technique des transports automobiles municipaux de la ville.",
      [ENV], objs=[Q(90, horizon=2025, comparator=">=", subject="véhicules à faibles émissions dans la flotte de la ville")],
      notes="Cible d'un responsable pour sa flotte, dans une citation au futur (« ce sera 100 % » compte); « prévoit » peut se lire comme une prévision.", ambiguous=True)

    S("https://www.iledefrance.fr/achats-2019-2021-la-region-acteur-responsable-envers-ses-fournisseurs-et-lenvironnement", "Achats 2019-2021 : la Région, acteur responsable envers ses fournisseurs et l'environnement (Région Île-de-France)")
    P("D'ici 2021, 100 millions d’euros doivent ainsi être économisés en matière d'achats et investis au bénéfice des Franciliens.",
      [], objs=[Q(100000000, unit="EUR", direction="decrease", kind="relative_change", horizon=2021, subject="économies sur les achats")],
      notes="Objectif d'économies (taille d'une baisse de dépense, en euros).", ambiguous=True)
    P("Grâce notamment à un accès facilité aux marchés publics (sur Maximilien.fr), les TPE-PME franciliennes ont représenté 88% des fournisseurs de la Région en 2018, contre 73% en 2017.",
      ["acces_pme_tpe_local"], non=["88%", "2018", "73%", "2017"], notes="Résultat passé (piège).")

    S("http://metz.fr/pages/emploi_insertion/clauses_insertion_marches_publics.php", "Clauses d'insertion dans les marchés publics (Ville de Metz)")
    P("Dans le cadre de l'attribution de certains marchés publics, la Ville de Metz demande qu'un pourcentage du temps de travail nécessaire à la production de la prestation - minimum 5 % - soit réservé à des publics éloignés de l'emploi.",
      [CS], objs=[Q(5, comparator=">=", subject="temps de travail réservé à des publics éloignés de l'emploi")],
      notes="Niveau minimal exigé dans les marchés (clause de contrat, comptée comme objectif).", ambiguous=True)
    P("ANRU : 83 239 heures réalisées à fin 2012.",
      [CS], non=["83 239 heures", "2012"], notes="Résultat (piège).")
    P("Avec 350 à 400 marchés passés par an, la Ville de Metz a la possibilité d'agir directement sur l'emploi des personnes en situation difficile.",
      [CS], non=["350 à 400"], notes="Volume de marchés (piège).")

    S("https://luipresident.fr/francois-hollande/engagement/clause-dinsertion-pour-contrats-publics-dans-territoires-delaisses-412", "Une clause d’insertion généralisée et obligatoire dans chaque contrat public (Lui Président)")
    P("A titre d’exemple, la Maison de l’emploi pour le bassin de Lille, Hellemes et Lomme a permis à 490 personnes de bénéficier d’un emploi via les clauses d’insertion sur l’année 2015.",
      [CS], non=["490", "2015"], notes="Résultat (piège).")

    S("https://ladefensedesaliments.fr/experimentation-de-solutions-de-reservation-de-repas-en-restauration-collective", "Expérimentation de solutions de réservation de repas en restauration collective (La Défense des aliments)")
    P("On y retrouve l’objectif qui servira ensuite pour toute la législation française relative au gaspille alimentaire : réduire le gaspillage alimentaire de 50% à l’horizon 2025, par rapport aux chiffres de 2013 (soit une réduction de 5% par an).",
      [CIRC, ALIM], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2025, baseline_year=2013, subject="gaspillage alimentaire")],
      non=["5%"], notes="Objectif légal; « soit … 5 % par an » reformule l'objectif (comme « soit X » ailleurs).", ambiguous=True)
    P("Depuis le 4 avril 2022, les gestionnaires de restauration collective ont un nouvel outil à leur disposition : la possibilité de mettre en place une expérimentation de solution de réservation de repas pour une durée de 6 mois minimum à partir de cette date jusqu’en décembre 2023.",
      [CIRC, ALIM], non=["4 avril 2022", "6 mois", "décembre 2023"], notes="Durée minimale d'une faculté (piège).")

    S("https://philippe-auzenet.com/?p=2825", "Gaspillage alimentaire en restauration (Philippe Auzenet)")
    P("Alors que la loi anti-gaspillage pour une économie circulaire votée en 2020, la loi dite « AGEC », prévoit d’ici 2030 de réduire de 50 % par rapport à son niveau de 2015 le gaspillage alimentaire dans la restauration commerciale, 21 kilos par an et par habitant de ces pertes (restes de nourriture et de boissons voués à être jetés)",
      [CIRC, ALIM], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2015, subject="gaspillage alimentaire en restauration commerciale")],
      non=["2020", "21 kilos"], notes="Extrait d'une phrase plus longue; objectif légal, puis constat.")

    S("https://kikleo.com/?p=13543", "Restauration collective et gaspillage alimentaire : guide des lois (Kikleo)")
    P("Selon l’ADEME, les français gaspillent plus de 10 millions de tonnes d’aliments chaque année.",
      [CIRC, ALIM], non=["10 millions de tonnes"], notes="Statistique (piège).")

    S("https://www.lci.fr/nutrition/prix-des-produits-bio-a-la-cantine-interdiction-du-plastique-ce-que-la-loi-alimentation-votee-mardi-va-changer-dans-votre-assiette-2100190.html", "Ce que la loi alimentation votée mardi va changer dans votre assiette (LCI)")
    P("A partir de 2025 (2028 pour les collectivités de moins de 2000 habitants), les cantines ne pourront plus servir de contenants alimentaires de cuisson, de réchauffe et de service en matière plastique.",
      [CIRC, ALIM, SANTE], objective=True, non=["2025", "2028", "2000"], notes="Interdiction légale sans niveau chiffré; seuil de population (piège pour les valeurs).")

    S("https://objectifzeroplastique.org/les-plastiques-a-usage-unique-au-sein-de-la-restauration-collective-en-2021-un-sujet-trop-ignore/", "Les plastiques à usage unique au sein de la restauration collective en 2021 (Objectif Zéro Plastique)")
    P("Dans les 6 engagements soumis, le second est de « Réduire les plastiques à usage unique dans les restaurants des collèges et lycées d’ici 2023 » avec comme précision « Et expérimenter des alternatives aux PPUU dès 2022 ».",
      [CIRC], objective=True, non=["6", "2023", "2022"], notes="Engagement qualitatif proposé; nombre d'engagements (piège pour les valeurs).")

    S("https://contexte.com/article/agro/entre-disparition-du-plastique-et-reemploi-la-restauration-collective-prise-entre-deux-feux_127127.html", "Entre disparition du plastique et réemploi, la restauration collective prise entre deux feux (Contexte)")
    P("« 54 % des collectivités ont déjà totalement banni les contenants alimentaires en plastique, pour lesquels la loi Egalim prévoit une interdiction progressive. » C’est ce que révélait l’Association des maires de France (AMF) dans son enquête 2020 sur la restauration scolaire publiée en décembre.",
      [CIRC, ALIM], non=["54 %", "2020"], notes="Résultat d'enquête (piège).")

    S("https://qel.fr/cantines-scolaires-le-gouvernement-propose-de-reautoriser-le-plastiquereutilisable", "Cantines scolaires : le gouvernement propose de réautoriser le plastique réutilisable (QEL)")
    P("Le ministère de la transition écologique a annoncé mardi 11 mars 2025 qu’un projet de décret visant à réautoriser les couverts et la vaisselle en plastique réutilisables dans les cantines scolaires avait été déposé. Ils étaient interdits depuis le 1er janvier dernier.",
      [CIRC], non=["11 mars 2025", "1er janvier"], notes="Dates (piège).")

    S("https://legalnews.gesica.org/droits-specialises/energie/95185-ges-l-etat-doit-prouver-ses-engagements-sous-3-mois.html", "GES : l’État doit prouver ses engagements sous 3 mois (Legalnews)")
    P("Le Conseil d’Etat demande au gouvernement de justifier, dans un délai de trois mois, que la trajectoire de réduction des émissions de gaz à effet de serre à horizon 2030 pourra être respectée.",
      [ENV], non=["trois mois", "2030"], notes="Délai et horizon sans niveau (piège).")
    P("Pour mettre en œuvre l’engagement pris lors de la signature de l’accord de Paris sur le climat du 12 décembre 2015, l’Union européenne et ses Etats membres ont décidé de réduire leurs émissions de gaz à effet de serre (GES) de 30 % par rapport à 2005 (...)",
      [ENV], objs=[Q(30, direction="decrease", kind="relative_change", baseline_year=2005, subject="émissions de gaz à effet de serre")],
      non=["12 décembre 2015"], notes="Engagement raconté au passé (« ont décidé de réduire »), sans horizon écrit.")

    S("http://laparoleauxcitoyens.fr/environnement-cadre-de-vie/rechauffement-climatique-comment-agir-au-niveau-communal", "Réchauffement climatique : comment agir au niveau communal (La parole aux citoyens, Mallemort)")
    P("La France s’est engagée, d’ici 2030, à réduire de 40% ses émissions de Gaz à Effet de Serre (GES) par rapport à la situation de 1990.",
      [ENV], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, baseline_year=1990, subject="émissions de gaz à effet de serre")],
      notes="Engagement national au passé composé, horizon entre virgules.")
    P("Pour tenir l’objectif d’une réduction de 40% en 2030, tous les axes de travail doivent désormais être étudiés et mis en œuvre de façon coordonnée.",
      [ENV], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de gaz à effet de serre")],
      notes="Objectif nommé dans une subordonnée de but.")
    P("- Rénovation thermique des bâtiments communaux: 75 % de l’énergie consommée par une commune l’est par ses immeubles.",
      [NRJ], non=["75 %"], notes="Statistique dans une liste (piège).")

    S("https://www.artisanat-nouvelle-aquitaine.fr/Manger-bio-au-lycee-quand-les-regions-s-engagent_a2453.html", "Manger bio au lycée : quand les régions s’engagent (Artisanat Nouvelle-Aquitaine)")
    P("50% de produits bio, locaux ou sous signes de qualité, dont 20% de bio, dans la restauration collective en 2022 : tel est l'objectif que devrait prochainement confirmer le législateur.",
      [ALIM], objs=[Q(50, horizon=2022, subject="produits bio, locaux ou sous signe de qualité en restauration collective"),
                    Q(20, horizon=2022, subject="dont produits bio")],
      notes="Objectif en tête de phrase, nommé après le deux-points; cible emboîtée.")

    S("https://astridbaudroche.typepad.fr/mon_weblog/2017/09/auvergnerhonealpes-rentr%C3%A9e-restauration-scolaire-la-r%C3%A9gion-dans-mon-assiette.html?no_prefetch=1", "Auvergne-Rhône-Alpes : la Région dans mon assiette (blog d'Astrid Baud-Roche, élue régionale)")
    P("De fait, on ne donnait pas suffisamment les marges de manœuvre aux cuisiniers et aux gestionnaires. Avant, seul 15% des produits servis venaient de la Région. Notre objectif désormais, c’est 60% de produits régionaux dans nos cantines.",
      [ALIM, "acces_pme_tpe_local"], objs=[Q(60, subject="produits régionaux dans les cantines des lycées")],
      non=["15%"], notes="Objectif nommé; 15 % est la situation passée.")
    P("Objectif de 60 % d’approvisionnement régional (actuellement taux de 20 %), si possible issus de l’agriculture biologique, dans nos restaurants scolaires.",
      [ALIM, "acces_pme_tpe_local"], objs=[Q(60, subject="approvisionnement régional des restaurants scolaires")],
      non=["20 %"], notes="Ligne nominale « Objectif de »; le taux actuel n'est pas une valeur de référence datée (comme « aujourd'hui »).")
    P("27 millions de repas produits dans les lycées chaque année dans 290 sites de restauration scolaire en lycées publics.",
      [ALIM], non=["27 millions", "290"], notes="Chiffres clés (piège).")

    S("http://lyonpresquile.com/de-fourche-a-fourchette/", "De fourche à fourchette (Lyon Presqu'île)")
    P("L’objectif est d’atteindre 40% de produits régionaux dans les assiettes à l’horizon 2017.",
      [ALIM], objs=[Q(40, horizon=2017, subject="produits régionaux dans les cantines des lycées")], notes="Objectif daté.")

    S("http://intensite.net/2009/actu2017/region-centre-une-convention-pour-manger-plus-local-dans-les-lycees-250845", "Région Centre : une convention pour manger plus local dans les lycées (Intensité)")
    P("L'année scolaire 2016-2017 est consacrée à l'expérimentation de la mesure dans une dizaine de lycées pour la généraliser à la rentrée 2017-2018.L'objectif est d'atteindre 20% de ces produits locaux dans les assiettes des lycéens d'ici 2020.",
      [ALIM], objs=[Q(20, horizon=2020, subject="produits locaux dans les assiettes des lycéens")],
      non=["2016-2017", "dizaine", "2017-2018"], notes="Espace manquant après le point, tel que trouvé; calendrier d'expérimentation (piège pour les valeurs).")

    S("https://ash.tm.fr/hebdo/3038/cote-cour/en-bref-economie-sociale-et-solidaire-428977.php", "En bref – Économie sociale et solidaire (ASH)")
    P("Il n’y aura « pas forcément des marchés [publics] réservés aux entreprises de l’ESS, mais plutôt des critères d’impact social et environnemental beaucoup plus ambitieux », a-t-il notamment déclaré, alors que l’UDES propose de réserver à l’ESS « une part de 15 % en nombre de marchés publics ».",
      [ESS], objs=[Q(15, subject="marchés publics réservés à l'ESS (proposition)")],
      notes="Proposition d'une fédération (comptée, signalée ambiguë).", ambiguous=True)
    S("https://www.ash.tm.fr/magazine/2988/manager-dans-le-social/appels-doffres-se-structurer-pour-gagner-372569.php", "Appels d’offres : se structurer pour gagner (ASH)")
    P("Nombre de directeurs les appellent encore les « marchés sous article 15 ». Pourtant, voilà déjà huit mois – depuis la réforme de la commande publique, entrée en vigueur le 1er avril dernier(1) – que les marchés réservés ont glissé à l’article 36 du nouveau code des marchés publics (CMP).",
      ["marches_reserves_handicap"], non=["15", "huit mois", "1er avril", "(1)", "36"], notes="Articles, durée, date, appel de note (piège).")

    S("https://www.aefinfo.fr/depeche/682621-insertion-par-l-activite-economique-plus-de-80-facilitateurs-recrutes-en-reponse-a-un-appel-a-projets-de-l-etat", "IAE : plus de 80 facilitateurs recrutés en réponse à un appel à projets de l’État (AEF info)")
    P("Dans le cadre du Plan national pour des achats durables 2022-2025, l’État a lancé en mai dernier un appel à projets qui visait à financer jusqu’à 95 postes de facilitateurs d’ici à la fin de l’année. Clos au 31 octobre 2022, il a permis d’en recruter 83 à ce jour, quelques dossiers étant encore à l’étude.",
      [CS], non=["2022-2025", "95", "31 octobre 2022", "83"],
      notes="Plafond de financement d'un appel à projets (comme un budget) et résultat; période du plan.", ambiguous=True)

    S("https://ch-ardeche-nord.fr/la-cuisine-de-lhopital-continue-un-peu-plus-son-engagement-vers-une-alimentation-durable/", "La cuisine de l’hôpital continue un peu plus son engagement vers une alimentation durable (CH Ardèche Nord)")
    P("Boris, responsable de la cuisine, explique : « Nous avons atteint une augmentation de 4% de la part des produits bios et labellisés en 2023, passant ainsi de 20 à 24% ».",
      [ALIM, SANTE], non=["4%", "2023", "20", "24%"], notes="Résultat (piège).")
    P("Il ajoute : « Nous suivons de manière raisonnable la tendance inflationniste tout en maintenant notre ligne directrice consistant à augmenter progressivement la part des produits bio et labellisés. Notre objectif est d’atteindre à terme 50% de ces produits dans nos approvisionnements ».",
      [ALIM, SANTE], objs=[Q(50, subject="produits bio et labellisés dans les approvisionnements de l'hôpital")],
      notes="Objectif d'un hôpital dans une citation; « à terme » n'est pas un horizon.")
    P("Dès 2024, le riz, les pâtes et la semoule seront intégrés à cette démarche, avec l’espoir d’augmenter la part bio et labellisée de 3% au minimum cette année-là.",
      [ALIM, SANTE], objs=[Q(3, direction="increase", kind="relative_change", comparator=">=", horizon=2024, subject="part bio et labellisée")],
      notes="Hausse visée (« l'espoir d'augmenter … de 3 % au minimum »), l'année est « Dès 2024 … cette année-là ».", ambiguous=True)

    S("https://medias-cite.coop/?p=14271", "Matériel reconditionné : pourquoi tant d’atermoiements ? (Médias-Cité)")
    P("Ce sont 64% des professionnels(1) qui déclarent ne pas avoir l’intention de s’équiper en reconditionné dans les 12 mois à venir.",
      [NUM, CIRC], non=["64%", "(1)", "12 mois"], notes="Enquête (piège).")
    P("Les chiffres de l’Ademe(2) sont pourtant formels : 78 % de l’impact environnemental du numérique provient de la fabrication du matériel.",
      [NUM], non=["(2)", "78 %"], notes="Statistique (piège).")

    S("https://leshorizons.net/reconditionne-pratique-progression-entreprises/", "Le reconditionné, une pratique en progression dans les entreprises (Les Horizons)")
    P("À titre d’exemple, la part des téléphones reconditionnés représente près de 20% des ventes de smartphones en France.",
      [NUM, CIRC], non=["20%"], notes="Part de marché (piège).")

    S("https://economiematin.fr/news-rse-reconditionne-politique-economie-ecologie-aubineau", "Reconditionné : une piste pour l'empreinte numérique des entreprises (Économie Matin)")
    P("Mais ces outils représentent 60 à 90% de l’empreinte numérique selon l’Agence de l'Environnement et de la Maîtrise de l'Energie (ADEME).",
      [NUM], non=["60 à 90%"], notes="Fourchette statistique (piège).")

    S("https://www.achats-responsables-mayotte.org/achats-responsables/les-clauses/", "Les clauses (Achats responsables Mayotte)")
    P("La clause sociale proprement dite, prend la forme de la condition d’exécution. Elle se présente comme l’imposition d’une obligation pour l’entreprise titulaire du marché de dédier un pourcentage des heures travaillées à des personnes éloignées de l’emploi. En général le pourcentage est de 5% mais il peut être plus important (10%).",
      [CS], non=["5%", "10%"], notes="Pratique habituelle décrite, pas une cible (piège).")

    S("https://www.chu-angers.fr/le-chu-d-angers/a-la-une/actualites/2023/developpement-durable-le-chu-au-rendez-vous-134592.kjsp", "Développement durable : le CHU au rendez-vous (CHU d'Angers)")
    P("Depuis 2018, le CHU a réduit sa consommation électrique et de chauffage de 7 %.",
      [NRJ, SANTE], non=["2018", "7 %"], notes="Résultat (piège).")
    P("Les actions déjà engagées sont très prometteuses et permettent de réduire fortement les consommations (ex : réduction de 60 % de la consommation du bâtiment de la Direction générale en 2022 grâce à la généralisation de l’éclairage LED et les détecteurs de présence) ;",
      [NRJ, SANTE], non=["60 %", "2022"], notes="Résultat dans une parenthèse (piège).")

    S("https://hospitalia.fr/La-Conference-des-directeurs-generaux-de-CHU-et-UniHA-s-unissent-pour-accelerer-la-decarbonation-des-hopitaux_a3703.html", "La Conférence des directeurs généraux de CHU et UniHA s’unissent pour accélérer la décarbonation des hôpitaux (Hospitalia)")
    P("Comme le rappelle le dernier rapport du Shift Project, la santé représente à elle seule près de 8 % des émissions annuelles de gaz à effet serre de la France, soit plus du double du transport aérien.",
      [ENV, SANTE], non=["8 %"], notes="Statistique (piège).")

    S("https://www.chu-media.info/article/semaine-du-developpement-durableles-chu-institutions-eco-responsables/", "Semaine du développement durable : les CHU, institutions éco-responsables (CHU média)")
    P("Ce livret recense les démarches éco menées par le CHU de Brest comme le recyclage des papiers et cartons dans le cadre d’un tri sélectif à grande échelle. Cette mesure permet de recycler 90 tonnes de cartons et 32,7 tonnes de papier.",
      [CIRC, SANTE], non=["90 tonnes", "32,7 tonnes"], notes="Résultat (piège).")

    S("https://dg-chru.fr/la-semaine-europeenne-du-developpement-durable-2021", "La Semaine européenne du développement durable 2021 (Conférence des DG de CHRU)")
    P("L’action des CHU s’inscrit ainsi pleinement dans le cadre du plan national Santé Environnement, dont la 4e itération (2021-2025) sur le thème central « Un environnement – Une santé » met en particulier l’accent sur l’importance des initiatives locales, portées collectivement dans les territoires, au sein desquels les CHU se déploient.",
      [SANTE, GOV], non=["4e", "2021-2025"], notes="Numéro et période d'un plan (piège).")

    S("https://autrecuisine.fr/blog/les-defis-de-ma-cantine-la-restauration-collective-des-hopitaux", "Les Défis de ma cantine : la restauration collective des hôpitaux (Autre cuisine)")
    P("Entre le secteur public, le secteur privé non lucratif et le secteur privé lucratif, on approche les 3 000 établissements en France avec environ 440 millions de repas « patients » à l’hôpital et une estimation de 350 millions de repas « personnel » par an.",
      [ALIM, SANTE], non=["3 000", "440 millions", "350 millions"], notes="Volumes (piège).")

    S("https://info.gouv.fr/partage/12060-discours-du-premier-ministre-comite-interministeriel-a-la-ville", "Discours du Premier ministre – Comité interministériel à la ville (info.gouv.fr)")
    P("Dois-je rappeler que 42 % des QPV, comme on dit, sont au-dessus du seuil de pauvreté, soit 3 fois la moyenne nationale, et que le taux de chômage y est deux fois et demie plus élevé que dans le reste du pays ?",
      [], non=["42 %", "3 fois", "deux fois et demie"], notes="Statistiques dans une question (piège).")

    S("https://www.ecoreseau.fr/conseils-pratiques/achats/les-achats-responsables-sont-au-coeur-des-transformations-2021-07-22-74860", "Les achats responsables sont au cœur des transformations (EcoRéseau)")
    P("35 % des PME seraient engagées dans une telle démarche depuis moins de deux ans, selon le 12e Baromètre des achats responsables, réalisé avec OpinionWay",
      [GOV], non=["35 %", "deux ans", "12e"], notes="Enquête au conditionnel (piège); extrait sans le point final.")

    S("https://ekopo.fr/Thematique/entreprises-1285/Breves/Les-achats-responsables-prennent-de-l-ampleur-373680.htm", "Les achats responsables prennent de l'ampleur (Ekopo)")
    P("Selon une étude du cabinet EY, parue en juin 2022, 95 % des entreprises interrogées déclarent avoir mis en place des actions en lien avec des achats responsables. Pour autant, seule une entreprise sur deux s'est fixé une feuille de route sur ce sujet.",
      [GOV], non=["2022", "95 %", "une entreprise sur deux"], notes="Enquête (piège); « une … sur deux » est un résultat, pas une cible.")
