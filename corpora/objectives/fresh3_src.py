"""Third set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh3.jsonl).

Collected after the fourth round's changes to measure them on text they were not read off: pages of sites that
neither the shared dev set, nor any training passage, nor the first two fresh sets use (the build checks), labelled
with the conventions of the shared real dev set before the extractor was run on them, scored once. Every passage is
copied from the opening of a public web page as the project's search tool stored it, cited by its URL, 70 words or
fewer.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, ESS, GOV, NRJ, PME

NUM = "numerique_responsable"
SANTE = "sante"
INNO = "achats_innovants"
HAND = "marches_reserves_handicap"


def load(S, P, Q) -> None:
    S("https://angersloiremetropole.fr/medias/11259-une-convention-pour-mettre-la-commande-publique-au-service-de-l-emploi/index.html", "Une convention pour mettre la commande publique au service de l'emploi (Angers Loire Métropole)")
    P("Objectif: 150000 heures de travail par an",
      [CS], objs=[Q(150000, unit="heures", kind="absolute", per_year=True, subject="heures de travail en insertion")],
      notes="Intertitre nominal « Objectif: », sans point final.")
    P("La démarche n'est pas nouvelle. La Ville d'Angers l'a engagée dès 2006, notamment dans le cadre des grands travaux liés aux opérations de rénovation urbaine. Depuis cette date, en tout 650000 heures de travail, représentant 405 équivalents temps plein, ont profité à des personnes en difficulté d'insertion professionnelle.",
      [CS], non=["2006", "650000 heures", "405"], notes="Bilan (piège).")

    S("https://isere.fr/actualites/plus-de-50-de-produits-locaux-ou-bio-dans-la-restauration-des-colleges", "Plus de 50 % de produits locaux ou bio dans la restauration des collèges ! (Département de l'Isère)")
    P("C’est une promesse de campagne de la Majorité départementale : atteindre d’ici à 2028 les 100 % de produits locaux ou bio dans les cantines des collèges en Isère.",
      [ALIM], objs=[Q(100, horizon=2028, subject="produits locaux ou bio dans les cantines des collèges")],
      notes="Engagement de campagne repris par le Département.")
    P("Et la barre symbolique des 50 % a été dépassée ! Déjà 54 % des achats sont d’origine locale ou bio dans les 8 cuisines mutualisées du Département, pour servir à nos collégiens une alimentation toujours plus saine, plus fraiche, de saison, soutenant l’agriculture locale et les circuits courts.",
      [ALIM], non=["50 %", "54 %", "8"], notes="Résultat (piège).")
    P("S’agissant du pain, l’objectif est déjà atteint : 100 % du pain servi dans les cantines par les CMC est local !",
      [ALIM], non=["100 %"], notes="Objectif atteint : un état, pas une cible (piège).")
    P("Depuis 2015, le Département est donc passé de 25 à 43 % de produits locaux et de 18 % à 38 % de produits bio (70 % des produits bio sont locaux) au niveau de ses achats*.",
      [ALIM], non=["2015", "25", "43 %", "18 %", "38 %", "70 %"], notes="Évolution passée (piège).")

    S("https://lavienne86.fr/au-quotidien/espace-jeunesse-1/la-vie-au-college-1/la-restauration-scolaire/je-resto-college?cHash=bc0d14e31f0a0bf3971ae353a0052144&tx_felogin_login%5Baction%5D=recovery&tx_felogin_login%5Bcontroller%5D=PasswordRecovery", "Je Rest'O Collège (Département de la Vienne)")
    P("L’objectif est d’atteindre les recommandations de la Loi EGAlim, à savoir 50% de produits alimentaires de qualité dont 20% issus de l'agriculture biologique.",
      [ALIM], objs=[Q(50, subject="produits alimentaires de qualité dans les collèges"), Q(20, subject="dont produits bio")],
      notes="Objectif du Département aligné sur EGalim, cible emboîtée.")
    P("Depuis 2016, le pourcentage d’approvisionnement en produits de proximité de qualité durable n’a cessé d’augmenter, passant de 13,32 % en 2016/2017 à 50.43% en 2022. Depuis 2017, cela représente 1.6 M€ injecté dans l'économie locale dont 1.340 M€ dans les collèges.",
      [ALIM, PME], non=["2016", "13,32 %", "2016/2017", "50.43%", "2022", "2017", "1.6 M€", "1.340 M€"], notes="Évolution passée et montants (piège).")

    S("https://www.frontignan.fr/la-ville-integre-une-clause-dinsertion-dans-ses-marches-publics/", "La Ville intègre une clause d’insertion dans ses marchés publics (Frontignan)")
    P("Comportant une part importante de main d’œuvre, les travaux de voirie se prêtent en effet particulièrement à la mise en place de cette clause sociale par laquelle le titulaire du chantier s’engagera à mettre en place des actions d’insertion à hauteur minimum de 35 heures par tranche de 50 000 € HT de travaux.",
      [CS], objs=[Q(35, unit="heures", kind="absolute", comparator=">=", subject="heures d'insertion par tranche de 50 000 € HT de travaux")],
      non=["50 000 € HT"], notes="Clause d'un marché (comptée comme objectif); taux par tranche de travaux.", ambiguous=True)
    P("Elle s’appliquera aux chantiers de voirie uniquement (hors réseaux et signalisation), pour un montant maximum de 1 M € HT sur 12 mois.",
      [CS], non=["1 M € HT", "12 mois"], notes="Plafond de montant et durée (piège).")

    S("http://couleurslandes.fr/tag/emploi/", "Emploi (Couleurs Landes, groupe d'élus départementaux)")
    P("Cela dit, les clauses sociales dans les marchés publics, 15 000 heures d’insertion, c’est peut-être un axe de progrès à avoir.",
      [CS], objs=[Q(15000, unit="heures", kind="absolute", subject="heures d'insertion dans les marchés publics (proposition)")],
      notes="Proposition d'un élu en séance (comptée, ambiguë).", ambiguous=True)
    P("Pas à 100 %, on est à peu près à un tiers d’emplois pérennes derrière, mais c’est quelque chose d’important et qui fonctionne.",
      [CS], non=["100 %", "un tiers"], notes="Constat (piège).")

    S("https://avocats-gil.com/lettre-du-cabinet-novembre-2021", "Lettre du cabinet – novembre 2021 : commande publique et matériaux biosourcés (Cabinet Gil)")
    P("La loi n° 2021-1104 du 22 août 2021, dite Climat et résilience, a fixé un objectif chiffré pour l’utilisation des matériaux biosourcés dans la commande publique.",
      [ENV], objective=True, non=["2021-1104", "22 août 2021"], notes="Objectif mentionné sans son niveau (piège pour les valeurs).")
    P("L’article L. 228-4 du Code de l’environnement relatif à la performance environnementale de la commande publique a ainsi été enrichi d’un troisième aliéna selon lequel « À compter du 1er janvier 2030, l’usage des matériaux biosourcés ou bas-carbone intervient dans au moins 25 % des rénovations lourdes et des constructions relevant de la commande publique (…) ».",
      [ENV], objs=[Q(25, comparator=">=", subject="rénovations lourdes et constructions publiques avec matériaux biosourcés ou bas-carbone")],
      non=["L. 228-4", "1er janvier 2030"], notes="Quota légal cité; « à compter du » d'une obligation à un seul niveau n'est pas un horizon (README du jeu de dev).", ambiguous=True)

    S("https://paca.direccte.gouv.fr/Innover,451", "Innover (DIRECCTE PACA)")
    P("Le Pacte National pour la Croissance, la Compétitivité et l’Emploi a fixé aux administrations l’objectif de réaliser d’ici 2020 2% de leurs achats auprès d’entreprises innovantes.",
      [INNO], objs=[Q(2, horizon=2020, subject="achats auprès d'entreprises innovantes")], notes="Objectif national nommé au passé.")

    S("https://www.bretagne-economique.com/actualites/commande-publique-la-region-sengage-en-faveur-des-achats-economiquement-responsables", "Commande publique : la Région s'engage en faveur des achats économiquement responsables (Bretagne économique)")
    P("• Mettre en oeuvre une responsabilité sociale et sociétale (par exemple, atteindre d'ici 2020 25 % de marchés publics avec au moins une clause sociale)",
      [CS], objs=[Q(25, horizon=2020, subject="marchés publics avec au moins une clause sociale")],
      notes="Puce d'une liste de chantiers; la cible est entre parenthèses.")
    P("Chaque année, la Région Bretagne attribue pour 250 M€ de marchés publics, tous secteurs confondus, et les collectivités territoriales réalisent quant à elle 2,5 Md€ d'achats de produits et prestations.",
      [], non=["250 M€", "2,5 Md€"], notes="Volumes d'achats (piège).")

    S("https://patrickallemand.fr/?p=4994", "Préférence régionale dans la commande publique (Patrick Allemand, élu régional)")
    P("Passer de 50 à 70% est un objectif intéressant mais qui, au final, ne porte que sur 30 millions d’euros.",
      [PME], objs=[Q(70, direction="increase", baseline_value=50, subject="commande publique régionale attribuée aux entreprises de la Région")],
      non=["30 millions d’euros"], notes="Objectif commenté par un opposant; « passer de … à » -> increase, base 50.")
    P("Je rappelle qu’il y a actuellement 50% de la commande publique de la région PACA qui est attribué aux entreprises de la Région, soit environ 100 millions d’euros.",
      [PME], non=["50%", "100 millions d’euros"], notes="Situation actuelle (piège).")

    S("https://www.espaceinfirmier.fr/presse/objectif-soins-et-management/article/n-227/des-pistes-pour-produire-encore-moins-de-dechets.html", "Des pistes pour produire encore moins de déchets (Objectif Soins & Management)")
    P("Pourtant, le Grenelle de l’environnement préconise une réduction à la source de la production de déchets en responsabilisant d’une part les producteurs et donc les hôpitaux, mais aussi en tablant sur une diminution de l’ordre de 15 % de la quantité de déchets qui part à l’incinération.",
      [CIRC, SANTE], objs=[Q(15, direction="decrease", kind="relative_change", subject="déchets incinérés")],
      notes="Objectif national (« en tablant sur une diminution de l'ordre de 15 % »).")
    P("Un établissement peut générer jusqu’à cinquante tonnes de déchets de carton d’emballage par an : c’est un poste qui peut facilement évoluer à la baisse si les établissements favorisent une politique d’achat différente.",
      [CIRC, SANTE], non=["cinquante tonnes"], notes="Ordre de grandeur (piège).")

    S("https://www.lejournaldesentreprises.com/breve/les-entreprises-de-linsertion-appellent-les-maires-jouer-le-jeu-de-la-commande-publique-inclusive-2137860", "Les entreprises de l’insertion appellent les maires à jouer le jeu de la commande publique inclusive (Le Journal des entreprises)")
    P("La ville d’Angers et Angers Loir et Métropole ont permis plus de 228 000 heures de travail en insertion en 2023, à Nantes Métropole ce chiffre passe à plus de 982 000 heures.",
      [CS], non=["228 000 heures", "2023", "982 000 heures"], notes="Résultats (piège).")

    S("https://entreprises.nantesmetropole.fr/une-economie-engagee/nos-priorites-pour-une-economie-responsable/soutenir-l-economie-sociale-et-solidaire/", "Soutenir l'économie sociale et solidaire (Nantes Métropole)")
    P("A horizon 2026, le territoire a pour objectif de positionner l’économie sociale et solidaire (ESS) comme un mode de faire opérant, au service des transitions énergétique, sociétale et environnementale engagées et à venir.",
      [ESS], objective=True, non=["2026"], notes="Objectif qualitatif daté (piège pour les valeurs).")

    S("https://digital4better.com/actualites/comment-nous-avons-accompagné-une-grande-métropole-dans-sa-stratégie-nr", "Feuille de route numérique responsable pour une grande métropole (Digital4Better)")
    P("Avec l'adoption en France de la loi REEN (Réduire l'Empreinte Environnementale du Numérique), toutes les communes comptant plus de 50 000 habitants sont dans l’obligation élaborer une démarche numérique responsable avant janvier 2025.",
      [NUM], objective=True, non=["50 000", "janvier 2025"], notes="Obligation qualitative; seuil de population (piège pour les valeurs).")

    S("https://2050today.org/action-climatique-numerique-responsable/?lang=fr", "Action climatique dans le domaine du numérique responsable (2050Aujourd'hui)")
    P("Il consomme environ 10% de l’électricité en Europe, et en Suisse près de 8% de l’électricité est utilisée par les infrastructures liées à l’internet.",
      [NUM, NRJ], non=["10%", "8%"], notes="Statistiques (piège).")

    S("https://www.adimeo.com/blog/introduction-strategie-numerique-responsable", "Introduction à une stratégie numérique responsable (Adimeo)")
    P("Vous en avez peut-être entendu parler, la loi instaure désormais des obligations fortes en matière de sobriété numérique, notamment parce que 80 % de notre empreinte carbone du numérique provient des équipements informatiques.",
      [NUM], non=["80 %"], notes="Statistique à côté d'une obligation (piège).")

    S("https://www.clesdelatransition.org/acteurs-des-territoires/comment-mener-une-transition-numerique-responsable", "Comment mener une transition numérique responsable ? (Clés de la transition)")
    P("Les actions ont porté sur la sobriété des usages, avec par exemple l’extinction automatique des 50 000 postes informatiques de la région pendant les week-ends, ou encore la mise en place d’une nouvelle stratégie d’impression, par badge, permettant aux agents de suivre leur consommation et de visualiser le coût carbone de chaque impression.",
      [NUM], non=["50 000"], notes="Action passée, effectif de parc (piège).")

    S("https://decliccollectif.org/propositions/encourager-la-transition-du-secteur-du-batiment-vers-des-pratiques-locales-et-circulaires/", "Encourager la transition du secteur du bâtiment vers des pratiques locales et circulaires (Déclic collectif)")
    P("Pourtant, le secteur du bâtiment contribue largement aux émissions de gaz à effet de serre (20% en 20191) et représente un marché économique local significatif.",
      [ENV], non=["20%", "20191"], notes="Statistique, appel de note collé à l'année (piège).")

    S("https://www.architectes.org/actualites/commande-publique-et-materiaux-biosources-envirobatbdm-publie-un-guide-pour-aider-la", "Commande publique et matériaux biosourcés : EnvirobatBDM publie un guide (Ordre des architectes)")
    P("• Le bâtiment est le 1er secteur contributeur du réchauffement climatique en représentant 25% des émissions directes de CO2",
      [ENV], non=["1er", "25%"], notes="Statistique en liste (piège).")

    S("https://www.franceinter.fr/menu-vegetarien-dans-les-cantines-pas-de-surcout-et-moins-de-gaspillage-selon-une-etude-de-greenpeace", "Menu végétarien dans les cantines : pas de surcoût et moins de gaspillage (France Inter)")
    P("À Bègles (Gironde), les économies réalisées ont même permis d'introduire 50% de produits bio.",
      [ALIM], non=["50%"], notes="Résultat (piège).")

    S("https://at06.eu/author/marc/page/4", "Mouans-Sartoux : une cantine 100 % bio (AT06)")
    P("Le bio a pris de plus en plus de place, avec une augmentation progressive par gamme de produits: de 23% en 2009, 73% en 2011, jusqu’à atteindre 100% en 2012.",
      [ALIM], non=["23%", "2009", "73%", "2011", "100%", "2012"], notes="Trajectoire passée (« jusqu'à atteindre », piège du README).")

    S("https://www.france-assos-sante.org/2025/04/24/vers-un-hopital-plus-vert", "Vers un hôpital plus vert (France Assos Santé)")
    P("Les établissements de santé sont de gros producteurs de déchets (matériel jetable, médicaments, aliments, etc…). Et leur consommation énergétique représente 11 % de l’ensemble du secteur tertiaire en France !",
      [SANTE, NRJ], non=["11 %"], notes="Statistique (piège).")

    S("http://ille-et-vilaine.fr/fr/actualite/creer-emplois-grace-aux-marches-publics-c-est-possible", "Créer des emplois grâce aux marchés publics, c'est possible ! (Département d'Ille-et-Vilaine)")
    P("• les Entreprises Adaptées (EA) qui sont des entreprises à but social employant durablement un minimu de 80 % de salariés en situation de handicap. On en compte 12 en Ille-et-Vilaine.",
      [HAND], non=["80 %", "12"], notes="Définition (seuil) et décompte (piège).")

    S("https://laregion.fr/La-nouvelle-Commande-Publique", "La nouvelle commande publique (Région Occitanie)")
    P("Cet accès est déjà une réalité : en 2016, les marchés passés par la Région ont bénéficié à plus de 76 % à des PME et TPE d’Occitanie / Pyrénées-Méditerranée.",
      [PME], non=["2016", "76 %"], notes="Résultat (piège).")

    S("https://departement.elus76.com/2022/10/bilan-des-achats-du-departement-socialement-et-ecologiquement-responsables/", "Bilan des achats du Département socialement et écologiquement responsables (élus de Seine-Maritime)")
    P("Le rapport indique que nous dépassons assez largement la moyenne nationale en part de marché comportant une disposition environnementale, 50,29 % pour notre département contre 15.8 % à l’échelle nationale.",
      [ENV, GOV], non=["50,29 %", "15.8 %"], notes="Bilan (piège).")

    S("https://territoires-climat.ademe.fr/ressource/546-188", "Augmenter la part de consommation en énergies renouvelables pour l'électricité des bâtiments publics (ADEME, Territoires & Climat)")
    P("Selon l'enquête ADEME-AITF-FNCCR \"Energie et patrimoine communal 2012\" 17% des communes de métropole utilisent, à des degrés divers, des énergies renouvelables (EnR) pour leur patrimoine bâti.",
      [NRJ], non=["2012", "17%"], notes="Enquête (piège).")
