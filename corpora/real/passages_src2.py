"""Second collection round of real passages (themes weak on the real dev set: governance and monitoring,
health, SME and local access, innovation, environment in broad use, biodiversity, working conditions).

Same helpers and conventions as ``passages_src.py``. Added rule for this round: no page from a *domain*
of the shared real dev set (not only no dev page), checked by ``build.py``.
"""
# ruff: noqa: E501


def load(S, P, Q) -> None:
    S("https://digital-solutions.konicaminolta.fr/achats-responsables-exigences-des-etablissements-de-sante-envers-leurs-fournisseurs/", "Achats responsables : exigences des établissements de santé (Konica Minolta, blog RSE)")
    P("Selon le programme PHARE (Performance Hospitalière pour des Achats Responsables), en 2011, les achats du secteur public hospitalier atteignaient les 18 milliards (dont 60% d’achats médicaux). Il s’agit du 2ème poste de dépenses dans un établissement après la masse salariale.",
      ["sante"], non=["2011", "18 milliards", "60%", "2ème"], notes="Volume d'achats hospitaliers (piège).")
    P("Un produit éco-conçu est avant tout un produit de qualité. Il coûte bien souvent un peu plus cher à l’achat mais la diminution de la fréquence de renouvellement permet des gains économiques à moyen et long termes.",
      ["environnement_climat_carbone", "economie_circulaire_reemploi_dechets"], notes="Écoconception, durée de vie (coût global).")
    P("A noter que de plus en plus d’établissements (40%*) intègrent la logique de calcul en coûts complets dans les achats.",
      ["sante", "environnement_climat_carbone"], non=["40%"], notes="Résultat d'enquête (établissements de santé); coût complet = coût du cycle de vie.", ambiguous=True)

    S("https://santexpo.com/blog/le-developpement-durable-au-coeur-du-quotidien-des-etablissements/", "Le développement durable, au cœur du quotidien des établissements (SantExpo)")
    P("Les établissements sanitaires et médico-sociaux intègrent désormais le sujet de la transition écologique et du développement durable dans leur politique générale.",
      ["sante", "environnement_climat_carbone"], notes="Établissements de santé et transition écologique.")
    P("Si certains ont été plus précurseurs que d’autres, tous se montrent aujourd’hui volontaristes et les chantiers sont nombreux : achats et alimentation durables, mobilités douces et décarbonées, maîtrise voire réduction des consommations d’énergie, gestion et tri des déchets, rénovation du bâti et constructions durables, qualité de vie au travail…",
      ["alimentation_durable_bio_circuits_courts", "environnement_climat_carbone", "energie", "economie_circulaire_reemploi_dechets", "conditions_de_travail"],
      notes="Liste de chantiers; le sujet (établissements de santé) est dans la phrase précédente, donc pas de thème santé.", ambiguous=True)

    S("https://prs-healthcare.com/sante-durable/achats-responsables-dans-le-secteur-de-la-sante-obligations-strategies-et-leviers-pour-les-etablissements-publics-et-prives", "Achats responsables dans le secteur de la santé : obligations, stratégies et leviers (PRS Healthcare)")
    P("La mise en place d’achats durables limite cette dépendance, ils : Limitent les sources d’approvisionnement, Favorisent les circuits courts, les fournisseurs locaux ou européens, Avantagent les produits reconditionnés,",
      ["acces_pme_tpe_local", "economie_circulaire_reemploi_dechets"], notes="Fournisseurs locaux, produits reconditionnés; circuits courts hors alimentation.", ambiguous=True)

    S("https://considerant.fr/piloter-controler-suivre-les-achats-publics/", "8 recommandations pour piloter, contrôler, suivre les achats publics (Considérant)")
    P("Afin d'optimiser la gestion des achats publics, il est impératif de mettre en œuvre des méthodes de pilotage, de contrôle et de suivi.",
      ["gouvernance_suivi"], notes="Pilotage et suivi des achats.")
    P("Il est nécessaire de soumettre annuellement au conseil municipal le bilan de la commande publique : p. 12.",
      ["gouvernance_suivi"], objective=True, non=["12"], notes="Recommandation d'une chambre régionale des comptes (bilan annuel), qualitative.", ambiguous=True)
    P("Les données essentielles de la commande publique doivent être mises en ligne conformément aux articles L. 2196-2 et L. 3131-1 du code de la commande publique.",
      ["gouvernance_suivi"], non=["L. 2196-2", "L. 3131-1"], notes="Obligation de publication déjà en vigueur.")
    P("Il est nécessaire de formaliser le contrôle interne des achats : p. 15",
      ["gouvernance_suivi"], objective=True, non=["15"], notes="Recommandation (contrôle interne), qualitative.", ambiguous=True)

    S("https://considerant.fr/performance-de-la-fonction-achat/", "Pour une performance de la fonction achat – CRC (Considérant)")
    P("Dans le cadre du contrôle des comptes et de la gestion d'un acheteur public, la chambre régionale des comptes a identifié des irrégularités et formulé des recommandations en vue d'améliorer la performance de la fonction achat.",
      ["gouvernance_suivi"], notes="Contrôle de la fonction achat.")
    P("La multiplication de documents de suivi interne n’offre pas une vision claire des marchés et procédures en cours, à lancer ou à relancer (p. 61).",
      ["gouvernance_suivi"], non=["61"], notes="Suivi interne.")

    S("https://www.bl-evolution.com/achats-responsables-5-facteurs-cles-pour-un-spaser-ambitieux", "Achats responsables : 5 facteurs clés pour un SPASER ambitieux (BL évolution)")
    P("Face aux enjeux croissants de transition écologique, d’inclusion sociale et de performance publique, le SPASER s’impose comme un levier stratégique incontournable pour les collectivités.",
      ["gouvernance_suivi", "environnement_climat_carbone", "clauses_sociales_insertion"], notes="Le schéma comme outil; transition écologique et inclusion.", ambiguous=True)
    P("Introduit par la loi du 31 juillet 2014 relative à l’économie sociale et solidaire (ESS), il est obligatoire pour tous les acheteurs publics dont le volume d’achats est supérieur à 50 millions d’euros (article D. 2111-3 du code de la commande publique).",
      ["gouvernance_suivi"], non=["31 juillet 2014", "50 millions d’euros", "D. 2111-3"], notes="Obligation et seuil d'assujettissement (piège).")
    P("Véritable outil d’incitation auprès des acheteurs publics, le SPASER doit être traduit de façon opérationnelle afin d’assurer sa mise en œuvre par les services concernés.",
      ["gouvernance_suivi"], notes="Mise en œuvre du schéma.")

    S("https://blog.bio-ressources.com/2024/08/26/lobligation-de-mise-en-place-dun-spaser-quel-constat/", "L'obligation de mise en place d'un SPASER : quel constat ? (Bio-Ressources, blog)")
    P("Il doit présenter des indicateurs précis et faire l’object d’un bilan annuel.",
      ["gouvernance_suivi"], notes="Indicateurs et bilan annuel du schéma (obligation).")
    P("Pour rappel, on dénombre environ 130 000 acheteurs publics en France. Le SPASER n’est pas une obligation pour tout le monde.",
      ["gouvernance_suivi"], non=["130 000"], notes="Nombre d'acheteurs (piège).")
    P("On peut la comparer à une feuille de route en faveur de la transition écologique pour le volet environnemental, et pour l’insertion professionnelle dans le volet social.",
      ["environnement_climat_carbone", "clauses_sociales_insertion"], notes="Contenu du schéma.")
    P("Ce dispositif laisse une grande liberté aux acheteurs, qui décident eux-mêmes des éléments à incorporer et à quel stade des marchés publics : au niveau des critères d’attribution, des spécifications techniques, des clauses environnementales et clauses sociales.",
      ["environnement_climat_carbone", "clauses_sociales_insertion"], notes="Clauses environnementales et sociales.")

    S("https://www.marche-public.fr/Marches-publics/Definitions/Entrees/Spaser.htm", "SPASER – définition (marche-public.fr)")
    P("Le Schéma de Promotion des Achats Publics Socialement et Écologiquement Responsables (SPASER) est un document de planification stratégique qui définit les objectifs et les modalités de mise en œuvre d'une politique d'achat public durable par un acheteur public [1].",
      ["gouvernance_suivi"], non=["1"], notes="Définition du schéma.")
    P("Le SPASER a été instauré par l'article 13 de la loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire (ESS) puis élargi à la dimension écologique par l'article 76 de la loi n° 2015-992 du 17 août 2015 relative à la transition énergétique pour la croissance verte [2].",
      ["gouvernance_suivi"], non=["13", "2014-856", "31 juillet 2014", "76", "2015-992", "17 août 2015", "2"], notes="Histoire légale du schéma (comme l'exemple du dev set sur sa codification).", ambiguous=True)

    S("https://3ar-na.fr/?p=3911", "Communauté de communes du Villeneuvois : achats responsables (3AR)")
    P("Les engagements et objectifs des élus ont d’abord été formalisés via une « Charte Environnement », signée début 2009, avant de se traduire par la mise en place d’un Agenda 21 ».",
      ["gouvernance_suivi", "environnement_climat_carbone"], non=["2009"], notes="Charte et Agenda 21 (démarche).")
    P("Parmi les axes de travail, la réalisation du Bilan Carbone® des services de la collectivité ou encore, le volet dédié aux achats responsables. Sur ce point, notons que l’introduction des « clauses d’insertion » dans les marchés avait été encouragée par une délibération spécifique dès 2008.",
      ["environnement_climat_carbone", "clauses_sociales_insertion", "gouvernance_suivi"], non=["2008"], notes="Bilan carbone, clauses d'insertion, délibération.", ambiguous=True)

    S("https://www.lyoncapitale.fr/actualite/pour-ses-achats-la-metropole-de-lyon-adopte-un-schema-ecologique-et-social", "Pour ses achats, la Métropole de Lyon adopte un schéma écologique et social (Lyon Capitale)")
    P("Lundi 13 décembre 2021, lors du conseil métropolitain, la Métropole de Lyon a adopté une nouvelle politique pour guider les achats de la collectivité et les rendre plus écologique et social.",
      ["gouvernance_suivi", "environnement_climat_carbone", "clauses_sociales_insertion"], non=["13 décembre 2021"], notes="Adoption du schéma (date); contenu écologique et social.", ambiguous=True)
    P("Pour résumer, la Métropole souhaite établir des objectifs environnementaux et sociaux pour ses 600 millions d'euros de commande publique, c'est-à-dire les achats de biens et de services de la collectivité.",
      ["environnement_climat_carbone", "clauses_sociales_insertion"], objective=True, non=["600 millions d'euros"], notes="Intention qualitative; le montant est le volume d'achats.", ambiguous=True)
    P("En janvier 2021, les élus métropolitains avaient voté l'élaboration de cette charte, et ont voté le 13 décembre pour sa mise en application.",
      ["gouvernance_suivi"], non=["janvier 2021", "13 décembre"], notes="Étapes d'adoption.")
    P("Le schéma définit auprès des acteurs économiques des \"critères à respecter pour répondre aux marchés publics de la Métropole\". Les contributions de 200 acteurs ont été étudiées pour l'élaboration de cette politique.",
      ["gouvernance_suivi"], non=["200"], notes="Concertation pour l'élaboration (compte de participants).")
    P("Les \"achats responsables\" vont concerner quatre secteurs : l’alimentation (cantines des collèges), les travaux (voirie, construction, entretien et rénovation d’infrastructures), les déchets et le nettoiement.",
      ["alimentation_durable_bio_circuits_courts", "economie_circulaire_reemploi_dechets"], non=["quatre"], notes="Filières prioritaires.", ambiguous=True)
    P("Par exemple, des \"clauses de progrès\" pourront être intégrés dans les contrats des marchés pluriannuels. Des indicateurs de suivis, pour évaluer l'efficacité et la mise en place du SPAR vont également être testés",
      ["gouvernance_suivi"], notes="Clauses de progrès et indicateurs de suivi.")

    S("https://lesecologistesgrandlyon.com/2021/12/16/lachat-public-devient-un-puissant-levier-de-transformation-ecologique-et-sociale-du-territoire-%F0%9F%8F%9B-intervention-de-claire-brossaud/", "L'achat public devient un puissant levier de transformation écologique et sociale du territoire – intervention au conseil de la Métropole de Lyon (Les Écologistes Grand Lyon)")
    P("L’achat public n’est pas qu’une décision technique. Avec cette délibération, il devient aussi un puissant levier de transformation écologique et sociale du territoire et un outil de promotion de nouveaux modèles économiques.",
      ["gouvernance_suivi", "environnement_climat_carbone"], notes="Délibération d'adoption; transformation écologique.", ambiguous=True)
    P("Initialement créé pour l’insertion sociale des publics éloignés de l’emploi, le SPAR a été étendu aux problématiques écologiques et à l’économie circulaire en 2015. À partir de 2023, il devra officiellement comporter des indicateurs chiffrés.",
      ["gouvernance_suivi", "clauses_sociales_insertion", "environnement_climat_carbone", "economie_circulaire_reemploi_dechets"], non=["2015", "2023"], notes="Histoire légale du schéma; indicateurs obligatoires.", ambiguous=True)
    P("Nous avons voté une première délibération le 25 janvier 2021 qui a fixé les principales orientations du schéma. Depuis lors, une démarche de co-construction a été mise en œuvre en interne et auprès du tissu économique local.",
      ["gouvernance_suivi"], non=["25 janvier 2021"], notes="Délibération et co-construction.")
    P("Elle a ciblé trois filières prioritaires : alimentation, bâtiment, déchets, et elle a réuni plus de 1000 participants sur 4 mois, dont une centaine d’agents de la métropole. Il est ressorti de cette démarche 200 propositions qui ont été traduites ensuite en plan d’actions et en indicateurs d’impact et de suivi.",
      ["gouvernance_suivi", "alimentation_durable_bio_circuits_courts", "economie_circulaire_reemploi_dechets"], non=["trois", "1000", "4 mois", "200"], notes="Concertation (comptes) et filières.", ambiguous=True)

    S("https://inventer-demain-lyon.com/achats-publics-responsable-incarner-le-changement-que-nous-voulons-pour-le-monde/", "Achats publics responsables : incarner le changement que nous voulons pour le monde – intervention au conseil de la Métropole de Lyon (Inventer demain)")
    P("Lors du précédent mandat, le fort engagement de la Métropole en matière de clause d’insertion a d’ailleurs été salué par tous sur les bancs de notre assemblée.",
      ["clauses_sociales_insertion"], notes="Bilan qualitatif.")
    P("Plusieurs communes de notre Métropole font figure d’exemples à suivre, à l’instar de la Ville de Lyon qui, dès 2016, a adopté son schéma de promotion des achats responsables.",
      ["gouvernance_suivi"], non=["2016"], notes="Date d'adoption d'un schéma.")
    P("Avec près de 600 Millions d’euros de dépenses moyennes d’achat par an pour les seuls marchés publics de la Métropole et 500 Millions d’euros de dépenses sur les contrats de délégation de service public, nous avons en effet une lourde responsabilité : celle de montrer la voie du respect de l’environnement, d’accompagner la transition énergétique et d’aller vers une société plus inclusive.",
      ["environnement_climat_carbone", "energie", "clauses_sociales_insertion"], non=["600 Millions d’euros", "500 Millions d’euros"], notes="Volumes d'achat (piège).", ambiguous=True)
    P("Faire de la sensibilisation en interne et auprès des entreprises • Allotir les lots au maximum • Réserver des marchés aux structures de l’ESS et de l’insertion sociale • Renforcer le sourçage",
      ["gouvernance_suivi", "acces_pme_tpe_local", "ess_economie_sociale", "marches_reserves_handicap"], objective=True, notes="Résumé du plan d'actions (qualitatif).", ambiguous=True)
    P("Sur ce sujet et cela n’est pas si fréquent, la concertation lancée il y a une année a permis de véritablement écouter les besoins et attentes du monde économique.",
      ["gouvernance_suivi"], notes="Concertation.")

    S("https://droit-des-contrats-publics.efe.fr/2023/04/18/la-demarche-achats-responsables-mise-en-oeuvre-par-la-metropole-europeenne-de-lille/", "La démarche achats responsables mise en œuvre par la Métropole européenne de Lille (EFE)")
    P("Figurant parmi les collectivités déjà concernées par l’adoption d’un Schéma de promotion des achats socialement et écologiquement responsables (SPASER), la Métropole européenne de Lille achève le cycle de son premier schéma des achats responsables adopté par son Conseil métropolitain fin 2018.",
      ["gouvernance_suivi"], non=["2018"], notes="Adoption et cycle du schéma.")
    P("Dans cette optique, la Métropole européenne de Lille ambitionne de figurer parmi les premières métropoles labellisées Relations fournisseurs et achats responsables (RFAR) afin d’ancrer les résultats obtenus et faciliter le pilotage de son SPASER.",
      ["gouvernance_suivi"], objective=True, notes="Ambition qualitative (label, pilotage).", ambiguous=True)
    P("Ce schéma traduit l’ambition des grandes stratégies métropolitaines (plan climat, économie circulaire, insertion et emploi, accompagnement du tissus économique…), en s’affirmant comme un moteur de transformation et de mise en œuvre de ces actions.",
      ["environnement_climat_carbone", "economie_circulaire_reemploi_dechets", "clauses_sociales_insertion", "acces_pme_tpe_local"], notes="Stratégies couvertes.", ambiguous=True)
    P("Enfin, le SPASER doit diffuser une nouvelle vision des achats responsables sur le territoire en s’appuyant sur deux principes : la mutualisation et le partenariat.",
      ["gouvernance_suivi"], non=["deux"], notes="Mutualisation et partenariat (organisation).")

    S("https://lyftv.1fr1.net/t8090-schema-des-achats-responsables-lyon-metropole-dresse-un-premier-bilan", "Schéma des achats responsables : Lyon Métropole dresse un premier bilan (LYFtvNews)")
    P("Après avoir voté en 2021 les principales orientations stratégiques et un premier programme d’actions de son Schéma de promotion des achats responsables (SPAR), la Métropole de Lyon dresse un premier bilan des actions menées et reprécise ses objectifs et son programme d’actions.",
      ["gouvernance_suivi"], non=["2021"], notes="Bilan du schéma.")
    P("Pour cela, la Métropole s’engage, à horizon 2025, sur un objectif de 100% des marchés métropolitains qui devront comporter des considérations environnementales (dont un critère de sélection environnemental), ainsi que sur l’intégration de considérations sociales dans 100% des marchés de travaux et 100% des marchés métropolitains de fournitures et services supérieurs à un montant de 90 000€ HT.",
      ["environnement_climat_carbone", "clauses_sociales_insertion"],
      objs=[Q(100, "%", horizon=2025, subject="marchés métropolitains comportant des considérations environnementales", themes=["environnement_climat_carbone"]),
            Q(100, "%", horizon=2025, subject="marchés de travaux intégrant des considérations sociales", themes=["clauses_sociales_insertion"]),
            Q(100, "%", horizon=2025, subject="marchés de fournitures et services de plus de 90 000 € HT intégrant des considérations sociales", themes=["clauses_sociales_insertion"])],
      non=["90 000€ HT"], notes="Trois cibles à 100 % à l'horizon 2025; le montant est un seuil.")

    S("https://experts-comptables-fr.org/2018/07/30/comment-une-pme-peut-acceder-a-des-parts-dans-le-marche-public", "Comment une PME peut accéder à des parts dans le marché public (experts-comptables-fr.org)")
    P("Face aux grandes entreprises, leurs expériences et leurs ressources, il est souvent difficile pour une PME d’accéder à des parts dans le marché public. De ce fait, l’État a trouvé quelques solutions pour y pallier.",
      ["acces_pme_tpe_local"], notes="Accès des PME.")
    P("L’allotissement a été mis en place afin de s’adapter aux contextes des PME, par le code des marchés publics ou CMP, suivant son article 10.",
      ["acces_pme_tpe_local"], non=["10"], notes="Article de code (piège).")
    P("Dans ce cadre, le plafond des avances peut aller jusqu’à 60% au lieu de 20% du montant initial.",
      ["acces_pme_tpe_local"], non=["60%", "20%"], notes="Règle de financement des PME, pas une cible.")

    S("https://www.environnement-magazine.fr/territoires/article/2012/03/01/30434/quelles-actions-pour-faciliter-acces-des-pme-commande-publique", "Quelles actions pour faciliter l'accès des PME à la commande publique ? (Environnement Magazine)")
    P("L'intérêt des entreprises pour la commande publique doit constituer une préoccupation quotidienne des acheteurs publics. Leur rôle est primordial. Trop d'entreprises estiment encore qu'il est difficile de répondre aux dossiers de consultation, que les clauses d'exécution des marchés sont trop exigeantes",
      ["acces_pme_tpe_local"], notes="Freins à l'accès des entreprises.")
    P("La lourdeur et la complexité de l'achat public restent les principaux freins à l'accès à la commande publique.",
      ["acces_pme_tpe_local"], notes="Freins à l'accès.")
    P("Enfin, pour les PME, tous les critères de choix sont importants : technique, prix, qualité de service, développement durable... mais aussi approche en coût global du produit ou service qu'il convient de développer.",
      ["acces_pme_tpe_local", "environnement_climat_carbone"], notes="PME; développement durable et coût global.", ambiguous=True)

    S("http://www.ea-ecoentreprises.com/Actualites/Actualites/Actus-EA/Dix-propositions-pour-favoriser-l-acces-des-PME-a-la-commande-publique10", "Dix propositions pour favoriser l'accès des PME à la commande publique (EA éco-entreprises)")
    P("Les membres du Réseau Commande Publique prolongent leur démarche de soutien aux PME et proposent dix mesures concrètes, d'un coût limité, pour faciliter l'accès de ces entreprises aux marchés publics.",
      ["acces_pme_tpe_local"], non=["dix"], notes="Propositions (compte).")
    P("\"Seul 35 % du montant engagé dans la commande publique (environ 150 milliards d'euros) est dirigé vers les PME alors que celles-ci représentent 90 % du tissu économique de la France\", précise le Réseau.",
      ["acces_pme_tpe_local"], non=["35 %", "150 milliards d'euros", "90 %"], notes="Constat chiffré (piège).")

    S("https://www.hautsdefrance-id.fr/quand-lachat-public-se-met-a-lheure-de-linnovation/", "Quand l'achat public se met à l'heure de l'innovation ! (Hauts-de-France Innovation Développement)")
    P("Un décret du 24 décembre 2018 autorise, à titre expérimental, pour trois ans la conclusion sans publicité ni mise en concurrence des marchés portant sur des achats innovants en deçà de 100 000 euros HT.",
      ["achats_innovants"], non=["24 décembre 2018", "trois ans", "100 000 euros HT"], notes="Dispositif légal et seuil (piège).")
    P("Un acheteur public peut donc « prendre le risque » de faire travailler une entreprise innovante et accompagner ainsi son développement.",
      ["achats_innovants"], notes="Achat innovant.")
    P("mais aussi et surtout il restait très difficile de déterminer ce qui constitue, ou non, des fournitures, services ou travaux « innovants » pour les acheteurs.",
      ["achats_innovants"], notes="Définition de l'innovation.")
    P("Le guide, sorti ce 29 mai, était très attendu, et offre une véritable « boîte à outils » aux acheteurs publics. Un « faisceau d’indices » (série de questions pour aiguiller l’acheteur) est notamment proposé pour les aider à évaluer le caractère innovant.",
      ["achats_innovants"], non=["29 mai"], notes="Guide de l'achat innovant.")

    S("https://cmi-strategies.fr/innovation-urbaine-commande-publique/", "Innovation territoriale et urbaine : la commande publique, frein ou levier ? (CMI)")
    P("Les personnes publiques qui souhaitent réaliser un projet d’innovation peuvent recourir à différents modes de consultation : le sourcing, l’achat public de solutions innovantes, la procédure négociée / le marché de gré à gré, le marché de R&D, ou encore l’Achat public avant commercialisation (APAC).",
      ["achats_innovants"], notes="Procédures pour l'innovation.")
    P("Selon nos équipes, la commande publique, étape préliminaire à l’émergence et à la maturation des projets, cristallise l’enjeu primordial de l’innovation.",
      ["achats_innovants"], notes="Innovation.")

    S("https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/passer-un-marche/dossier-ba/Loi-climat-et-resilience-davantage-de-developpement-durable-dans-les-marches", "Loi Climat et résilience : davantage de développement durable dans les marchés (FFB)")
    P("La loi Climat et résilience ambitionne notamment de faire de la commande publique « un levier de la transition écologique et solidaire de l’économie ».",
      ["environnement_climat_carbone"], notes="Intention générale de la loi.", ambiguous=True)
    P("La Convention citoyenne pour le climat proposait de rendre obligatoires, dans un délai de 10 ans, les clauses environnementales dans les marchés publics et de mettre en avant la valeur écologique des offres en intégrant la notion d’« offre écologiquement la plus avantageuse ».",
      ["environnement_climat_carbone"], non=["10 ans"], notes="Proposition passée, dépassée par la loi: pas un objectif.", ambiguous=True)
    P("La loi Climat et résilience va au-delà de ces propositions. Elle prévoit, dans un délai de cinq ans, que tous les marchés intègrent une clause environnementale et des considérations relatives au domaine social ou à l’emploi.",
      ["environnement_climat_carbone", "clauses_sociales_insertion"],
      objs=[Q(100, "%", subject="marchés intégrant une clause environnementale", themes=["environnement_climat_carbone"]),
            Q(100, "%", subject="marchés intégrant des considérations sociales ou relatives à l'emploi", themes=["clauses_sociales_insertion"])],
      non=["cinq ans"], notes="Quota légal « tous les marchés » = 100 %; le délai n'est pas une année écrite.")
    P("Les acheteurs publics doivent obligatoirement prendre en compte des objectifs de développement durable au stade de la définition de leurs besoins.",
      ["environnement_climat_carbone"], notes="Obligation en vigueur (développement durable).", ambiguous=True)

    S("https://www.achatpublic.info/actualites/info-du-jour/2025/08/26/commande%28-publique-achat-durable-exigence-environnementale-marches-publics", "Le B.A.-BA de l'achat : l'exigence environnementale dans les marchés publics (achatpublic.info)")
    P("Le critère prix n’est plus maître ! Les enjeux de développement durable prennent de plus en plus de place lors de la passation et l’exécution des marchés publics.",
      ["environnement_climat_carbone"], notes="Développement durable dans les marchés.", ambiguous=True)
    P("En effet, par l'effet de la loi « Climat et Résilience » de 2021, les acheteurs publics auront l'obligation, à compter du 22 août 2026, d’intégrer des considérations environnementales au stade de la passation, mais également au stade de l’exécution du marché.",
      ["environnement_climat_carbone"], objective=True, non=["2021", "22 août 2026"], notes="Obligation légale à venir, sans niveau chiffré; date d'entrée en vigueur, pas un horizon.", ambiguous=True)
    P("Parallèlement, dans le secteur du bâtiment et des travaux publics (BTP), la loi n° 2018-1021 du 23 novembre 2018, intitulée « ELAN », impose l'utilisation de matériaux et de techniques plus écologiques et responsables.",
      ["environnement_climat_carbone"], non=["2018-1021", "23 novembre 2018"], notes="Références de loi (piège).")

    S("https://docs.arnia-bfc.fr/clauses-sociales-et-environnementales", "Clauses sociales et environnementales (ARNia, Bourgogne-Franche-Comté)")
    P("D'ici le 22 août 2026, tous les contrats de la commande publique devront intégrer une dimension environnementale et sociale.",
      ["environnement_climat_carbone", "clauses_sociales_insertion"],
      objs=[Q(100, "%", horizon=2026, subject="contrats intégrant une dimension environnementale", themes=["environnement_climat_carbone"]),
            Q(100, "%", horizon=2026, subject="contrats intégrant une dimension sociale", themes=["clauses_sociales_insertion"])],
      notes="Quota légal « tous les contrats » = 100 %, « d'ici » 2026.")
    P("Concrètement, une commande publique durable doit se traduire par la prise en compte de critères environnementaux et sociaux dans les marchés publics (acheter des ordinateurs reconditionnés pour les agents publics, des produits bio dans les cantines scolaires, faire appel à des entreprises d'insertion de personnes en situation de handicap pour assurer l'entretien des espaces verts...).",
      ["environnement_climat_carbone", "clauses_sociales_insertion", "numerique_responsable", "economie_circulaire_reemploi_dechets", "alimentation_durable_bio_circuits_courts", "marches_reserves_handicap"],
      notes="Exemples de critères.", ambiguous=True)
    P("- d'intégrer un critère d'attribution environnemental dans tous vos marchés - d'intégrer une considération environnementale dans tous vos marchés (condition d'exécution) - d'intégrer une clause sociale pour vos marchés formalisés",
      ["environnement_climat_carbone", "clauses_sociales_insertion"],
      objs=[Q(100, "%", subject="marchés avec un critère d'attribution environnemental", themes=["environnement_climat_carbone"]),
            Q(100, "%", subject="marchés avec une considération environnementale dans les conditions d'exécution", themes=["environnement_climat_carbone"]),
            Q(100, "%", subject="marchés formalisés avec une clause sociale", themes=["clauses_sociales_insertion"])],
      notes="Obligations légales (« tous vos marchés » = 100 %).", ambiguous=True)

    S("https://www.giorno-avocat.com/actualites/marches-publics-de-fourniture-et-maintenance-de-caisses-a-composts-et-conteneurs-a-dechets-de-nouvelles-opportunites", "Marchés publics de gestion du patrimoine végétal : de nouvelles opportunités (Giorno Avocat)")
    P("Au niveau de l’action publique locale, les besoins intemporels d’entretien des espaces verts s’accompagnent également de besoins nouveaux, en accord avec l’émergence des préoccupations écologiques et de préservation de la biodiversité, qui appellent à de nouvelles formes de gestion, nécessitant parfois des expertises spécifiques.",
      ["biodiversite", "environnement_climat_carbone"], notes="Espaces verts et biodiversité.")
    P("Il s’agit d’une problématique située à l’interface de la santé de l’environnement et de celle des hommes, puisque les espaces verts sont un élément essentiel du paysage urbain, dont la gestion a des conséquences directes sur le bien‑être des habitants, tant sur le plan esthétique que sur le plan écologique.",
      ["biodiversite", "sante", "environnement_climat_carbone"], notes="Espaces verts, santé et écologie.", ambiguous=True)
    P("Ainsi, reconnaissant la valeur ajoutée liée à une bonne gestion des espaces verts, le label villes et villages fleuris récompense depuis 60 ans l’engagement des collectivités en faveur de l’amélioration du cadre de vie.",
      ["biodiversite"], non=["60 ans"], notes="Label (durée, piège).", ambiguous=True)

    S("https://www.yumpu.com/fr/document/view/50921798/compte-rendu-de-latelier-agence-racgionale-pour-lenvironnement-", "Compte rendu de l'atelier « Les marchés liés aux espaces verts et le développement durable » (ARPE PACA, via Yumpu)")
    P("Zoom sur les enjeux liés à l’utilisation de produits phytosanitaires et les alternatives possibles ; exemples en région PACA",
      ["biodiversite", "environnement_climat_carbone"], notes="Titre de séquence (pesticides, espaces verts).", ambiguous=True)
    P("La prise en compte de critères sociaux dans les marchés publics « espaces verts » - retour d’expérience sur un espace vert du Conseil Général 13 géré par un ESAT",
      ["marches_reserves_handicap", "clauses_sociales_insertion", "biodiversite"], non=["13"], notes="Titre de séquence; ESAT.", ambiguous=True)
    P("« EcoJardin », un label de gestion écologique des espaces verts",
      ["biodiversite"], notes="Titre de séquence.")

    S("https://www.travail-et-securite.fr/ts/860/DOS/les-horaires-atypiques/privilegier-le-travail-en-journee-pour-les-agents-de-proprete.html", "Privilégier le travail en journée pour les agents de propreté (Travail & Sécurité, INRS)")
    P("Depuis neuf ans, le groupe de nettoyage Candor, en Normandie, s’attelle à convaincre ses clients d’accueillir les agents de propreté en journée, et non tôt le matin ou tard le soir, comme c’est l’usage dans le secteur. Avec, à la clé notamment, moins de fatigue et un meilleur équilibre entre vie professionnelle et vie personnelle pour les équipes.",
      ["conditions_de_travail"], non=["neuf ans"], notes="Travail en journée des agents de propreté.")
    P("Se lever à 4 heures, rouler en pleine nuit pour prendre son poste à 5 heures, nettoyer des bureaux vides pendant 3 heures, sans jamais croiser personne, puis rentrer chez soi, pour recommencer éventuellement le même cycle, dans une autre entreprise, en fin de journée…",
      ["conditions_de_travail"], non=["4 heures", "5 heures", "3 heures"], notes="Horaires décalés.")

    S("https://workplacemagazine.fr/services/20286/nettoyage-en-journee%C2%A0-mieux-travailler-en-coactivite", "Nettoyage en journée : mieux travailler en coactivité (Workplace Magazine)")
    P("En France, près de 580 000 agents de propreté sont directement concernés par la réalisation de prestations en continu et en journée, dans environ 15 000 entreprises.",
      ["conditions_de_travail"], non=["580 000", "15 000"], notes="Effectifs (piège).")
    P("« Les conditions de travail de nos salariés sont contraintes par nos clients qui nous imposent contractuellement les horaires des prestations, nous sommes peu en coactivité », rappelle Philippe Jouanny",
      ["conditions_de_travail"], notes="Horaires imposés par les marchés.")

    S("https://rmc.bfmtv.com/actualites/societe/transports/travail-de-nuit-des-agents-de-proprete-le-secteur-veut-que-les-conditions-s-ameliorent_AV-202503270187.html", "Travail de nuit des agents de propreté : le secteur « veut que les conditions s'améliorent » (RMC)")
    P("Selon la Fédération, 93% des marchés publics ne proposent pas d'horaires de journée et continus pour le nettoyage de leurs locaux. Un chiffre qui illustre bien les difficiles conditions de travail des agents d'entretien",
      ["conditions_de_travail"], non=["93%"], notes="Constat chiffré (piège).")
    P("Il dénonce notamment le fait que les horaires décalés soient devenus la norme et appelle l'État à l'exemplarité.",
      ["conditions_de_travail"], notes="Horaires décalés.")

    S("https://www.kaba-impact.fr/blog/fournitures-de-bureau-quel-impact-ecologique-et-quelles-solutions-privilegier", "Fournitures de bureau : quel impact écologique et quelles solutions privilégier ? (Kaba Impact)")
    P("Stylos, papiers, cartouches d’encre, mobilier... Ces articles indispensables à la bonne marche de l'entreprise ont un impact direct sur l’environnement. Rien qu'en France, on estime que près de 500 000 tonnes de fournitures de bureau sont consommées chaque année, générant une quantité non négligeable de déchets et d’émissions de CO₂.",
      ["economie_circulaire_reemploi_dechets", "environnement_climat_carbone"], non=["500 000 tonnes"], notes="Constat (piège).")
    P("La production de fournitures de bureau, comme le papier et les plastiques, consomme de l'énergie et des ressources naturelles. L’industrie papetière, par exemple, a émis 2 millions de tonnes de CO2 en 2019, soit 2,3 % des émissions liées à l’activité industrielle sur le territoire national1.",
      ["environnement_climat_carbone"], non=["2 millions de tonnes", "2019", "2,3 %", "1"], notes="Constat (piège).", ambiguous=True)

    S("http://www.achats-responsables.ch/leguide/parse/produits_prestations/14/2", "Guide des achats professionnels responsables – articles de papeterie et fournitures de bureau (achats-responsables.ch)")
    P("On peut donc redouter que les conditions de travail dans lesquelles ces produits sont fabriqués (voir la page Conditions de travail et engagement sociétal des entreprises) ainsi que leur impact environnemental ne soient pas optimaux.",
      ["conditions_de_travail", "environnement_climat_carbone"], notes="Conditions de travail chez les fabricants.")

    S("https://www.somogy.net/?p=274", "Démarche écoresponsable avec du papier recyclé (Somogy)")
    P("Cette approche s’inscrit dans une logique d’économie circulaire et répond aux attentes croissantes des collaborateurs, des clients et des partenaires en matière de développement durable. En moyenne, un salarié utilise entre 60 et 85 kilogrammes de papier par an, ce qui équivaut à environ deux arbres.",
      ["economie_circulaire_reemploi_dechets", "environnement_climat_carbone"], non=["60", "85 kilogrammes", "deux"], notes="Papier recyclé; consommation (piège).")
    P("Les certifications FSC et PEFC constituent des gages de traçabilité et d’origine responsable des fibres utilisées. L’Écolabel européen représente également un indicateur fiable de respect des critères écologiques tout au long du processus de fabrication.",
      ["environnement_climat_carbone", "biodiversite"], notes="Labels forestiers et écolabel (comme le bois issu de forêts gérées durablement du dev set).", ambiguous=True)

    S("https://www.caps-entreprise.fr/economiser-papier-bureau-astuces-efficaces-pour-limiter-gaspillage", "Économiser le papier au bureau (Caps Entreprise)")
    P("Quand une entreprise réduit sa consommation de papier, elle agit de façon tangible sur son empreinte carbone et contribue à la préservation de la biodiversité. Malgré cela, le recyclage du papier en France peine à dépasser 35 %.",
      ["economie_circulaire_reemploi_dechets", "environnement_climat_carbone", "biodiversite"], non=["35 %"], notes="Constat (piège).", ambiguous=True)

    S("https://css.achatpublic.info/actualites/info-du-jour/2022/03/10/decouvez-le-plan-national-pour-les-achats-durables-pnad-20222025", "Le PNAD 2022/2025 : « un plan d'ambition ; un signal pour les acheteurs » (achatpublic.info)")
    P("Le PNAD, « c’est la feuille de route que se donne l’Etat pour développer l’achat durable. Un plan d’ambition : étendre de façon et massive et généralisée les considérations environnementales et sociales, dans l’ensemble dans l’achat public et de porter par effet de propagation dans l’achat privé »",
      ["gouvernance_suivi", "environnement_climat_carbone", "clauses_sociales_insertion"], objective=True, notes="Ambition qualitative d'un plan national.", ambiguous=True)
    P("Ces échecs seraient dûs, selon eux, à une absence de leviers juridiques et à l'insuffisance des moyens d’accompagnement. Par ailleurs, « les deux premiers plans manquaient de force au niveau de la gouvernance ».",
      ["gouvernance_suivi"], non=["deux"], notes="Bilan des plans précédents.")
    P("Le PNAD prévoit, lui, des « éléments de gouvernance formalisées avec des moyens financiers et humains, avec une équipe projet interministérielle déjà opérationnelle ». Le Commissariat général au développement durable pilote le PNAD.",
      ["gouvernance_suivi"], notes="Gouvernance du plan.")

    S("https://blog.landot-avocats.net/2022/03/22/le-nouveau-plan-national-pour-des-achats-durable-est-publie/", "Le nouveau Plan national pour des achats durables est publié ! (Landot & associés, blog)")
    P("ce mardi 15 mars, le Plan National des Achats Durables 2022-2025 a été publié par le Commissariat Général au Développement Durable chargé de son pilotage.",
      ["gouvernance_suivi"], non=["15 mars", "2022-2025"], notes="Publication d'un plan (date).")
    P("Il se pose ainsi pour objectif d’atteindre d’ici 2025, 100% des contrats notifiés avec au moins une considération environnementale et 30% avec une considération sociale.",
      ["environnement_climat_carbone", "clauses_sociales_insertion"],
      objs=[Q(100, "%", horizon=2025, subject="contrats notifiés avec au moins une considération environnementale", themes=["environnement_climat_carbone"]),
            Q(30, "%", horizon=2025, subject="contrats notifiés avec une considération sociale", themes=["clauses_sociales_insertion"])],
      notes="Cibles du PNAD 2022-2025.")
    P("En comparaison, le précédent plan (2015-2020) se voyait atteindre des taux de 30% et 25% respectifs, et l’on constatait en 2019 que seulement 15,8 des contrats notifiés comportaient une considération environnementale et 12,5% une considération sociale.",
      ["environnement_climat_carbone", "clauses_sociales_insertion"], non=["2015-2020", "30%", "25%", "2019", "15,8", "12,5%"], notes="Cibles d'un plan passé et résultats (piège).", ambiguous=True)
    P("En effet la grande nouveauté de ce PNAD est, au contraire du précédent, d’assurer son suivi dès la fin du premier semestre 2022 à l’aide de critères quantitatifs et qualitatifs.",
      ["gouvernance_suivi"], non=["2022"], notes="Suivi du plan.")

    S("https://kiosque.bercy.gouv.fr/alyas/msite/view/lettre-daj/16845", "Lancement et publication du Plan national pour des achats durables (PNAD) 2022-2025 (Lettre de la DAJ)")
    P("Piloté par le Commissariat général au développement durable (CGDD) rattaché au Ministère de la Transition écologique, ce nouveau plan d’action s’appuie sur un Comité de pilotage (COPIL) auquel participent la Direction des affaires juridiques, (DAJ), la Direction des achats de l’Etat (DAE), la Direction générale des entreprises (DGE), la Délégation générale à l’emploi et à la formation professionnelle (DGEFP).",
      ["gouvernance_suivi"], notes="Comité de pilotage.")
    P("L’autre nouveauté est que le PNAD, qui tire la leçon des PNAAPD qui avaient soufferts d’un manque de suivi de leurs actions, dispose d’une gouvernance étoffée. Il est notamment est prévu qu’un comité se à haut niveau réunisse deux fois par an pour suivre les avancées du plan et, si nécessaire, améliorer la mise en œuvre des différentes actions.",
      ["gouvernance_suivi"], objs=[Q(2, "count", kind="absolute", per_year=True, subject="réunions du comité de haut niveau de suivi du plan", themes=["gouvernance_suivi"])],
      notes="Engagement de gouvernance chiffré (deux réunions par an).", ambiguous=True)
    P("La DAJ de Bercy a été mobilisée dès 2019 pour faire des propositions et participer à son élaboration.",
      ["gouvernance_suivi"], non=["2019"], notes="Élaboration du plan.")

    S("https://www.c2lsolutions.fr/acheter-local-marches-publics", "Acheter local dans les marchés publics : quelles sont les limites juridiques ? (C2L Solutions)")
    P("L’achat local est une attente forte exprimée par de nombreux acteurs publics soucieux de soutenir les économies de proximité.",
      ["acces_pme_tpe_local"], notes="Achat local.")
    P("Il est juridiquement interdit d’exiger dans un marché public que le prestataire soit localisé sur un territoire défini, ou de prévoir un critère de choix reposant sur la distance géographique du fournisseur. Une telle clause serait alors considérée comme discriminatoire.",
      ["acces_pme_tpe_local"], notes="Interdiction du localisme.")
    P("Plutôt que de viser le fournisseur, il est possible de structurer le besoin autour de critères de fraîcheur, de saisonnalité, de délais de livraison, ou encore de réduction d’empreinte carbone. Ces critères, objectifs, peuvent ainsi favoriser des acteurs locaux sans les mentionner explicitement.",
      ["acces_pme_tpe_local", "environnement_climat_carbone"], notes="Critères favorisant le local; empreinte carbone.", ambiguous=True)

    S("https://www.c2lsolutions.fr/initiatives-innovantes-promouvoir-local-marches-publics/", "Promouvoir l'achat local dans les marchés publics (C2L Solutions)")
    P("La promotion du local dans les achats publics peut intervenir dès la phase d’élaboration du marché. Cela passe par une définition claire des besoins, le sourçage, l’allotissement, la mise en place de mesures de publicité pertinentes et le choix de critères d’attribution comme la rapidité d’intervention d’un prestataire.",
      ["acces_pme_tpe_local"], notes="Outils de l'achat local.")

    S("https://www.linspiration-politique.fr/2022/06/13/achat-local-le-long-chemin-vers-les-circuits-courts/", "Achat local : le long chemin vers les circuits courts (L'Inspiration politique)")
    P("Réponse aux problématiques environnementales et de santé publique, le recours aux circuits courts confronte les collectivités locales au respect des règles de l’achat public et aux limites de l’offre locale.",
      ["alimentation_durable_bio_circuits_courts", "acces_pme_tpe_local"], notes="Circuits courts et offre locale.", ambiguous=True)
    P("L’achat local n’est pas au goût des traités européens. Contraire à l’esprit même de la construction du marché commun européen, la préférence nationale — et par extension toute préférence géographique — a été proscrite par le traité de Rome.",
      ["acces_pme_tpe_local"], notes="Préférence géographique interdite.")
    P("Cela peut prendre la forme d’un soutien à l’emploi local ou de l’achat de denrées de proximité. Mais alors, le marché pertinent se trouve restreint et la concurrence entravée, avec la probabilité que la facture soit plus élevée.",
      ["acces_pme_tpe_local", "alimentation_durable_bio_circuits_courts"], notes="Emploi local et denrées de proximité.", ambiguous=True)

    S("https://cerdd.org/index.php/layout/set/embed/Parcours-thematiques/Transitions-economiques/Initiatives-sur-les-transitions-economiques/L-achat-public-durable-un-tremplin-pour-faire-emerger-un-nouveau-modele-de-developpement-du-territoire", "L'achat public durable, un tremplin pour faire émerger un nouveau modèle de développement du territoire (CERDD)")
    P("Dans le cadre du Conseil Départemental de l'ESS, un atelier sur la commande publique responsable a été créé en 2013 avec \"l'objectif de faciliter l'accès des acteurs locaux (artisans, fournisseurs...) à la commande publique et ainsi développer l'économie locale\".",
      ["acces_pme_tpe_local", "ess_economie_sociale"], non=["2013"], notes="Accès des acteurs locaux (objectif passé d'un atelier).", ambiguous=True)
    P("Celui-ci a aussi procédé à l'allotissement de ses commandes rendant plus facile l'accès des \"petits\" producteurs aux offres de la collectivité, passant ainsi de 7 à 36 lots dont 32 attribués en région.",
      ["acces_pme_tpe_local", "alimentation_durable_bio_circuits_courts"], non=["7", "36", "32"], notes="Résultat d'allotissement (piège).")
    P("Bilan : aujourd'hui 55 % des produits sont achetés à des producteurs locaux.",
      ["alimentation_durable_bio_circuits_courts", "acces_pme_tpe_local"], non=["55 %"], notes="Résultat (piège).")
    P("Pour améliorer la connaissance mutuelle, appréhender les difficultés et freins de chacun, comprendre les \"vrais\" besoins... et ainsi identifier des leviers communs, deux clubs \"acheteurs\" et \"fournisseurs\" ont été créés.",
      ["acces_pme_tpe_local", "gouvernance_suivi"], non=["deux"], notes="Clubs acheteurs/fournisseurs.", ambiguous=True)

    S("https://fr.3p.eu/2020/10/07/quelques-conseils-pour-favoriser-lachat-local-en-toute-legalite/", "Quelques conseils pour favoriser l'achat local en toute légalité (3P)")
    P("Le principe de liberté d’accès à la commande publique ne permet pas de mettre en place des critères d’attribution fondés sur l’implantation géographique des candidats. Autrement dit, il n’est en principe pas possible de favoriser l’accès des PME locales à la commande publique.",
      ["acces_pme_tpe_local"], notes="Achat local et droit.")
    P("Il peut s’agir d’une clause d’insertion par l’emploi qui incitera le titulaire à recruter des travailleurs habitant un territoire donné ou encore une clause incitant le titulaire à s’approvisionner localement.",
      ["clauses_sociales_insertion", "acces_pme_tpe_local"], notes="Clause d'insertion et approvisionnement local.")
    P("La création de lots dans un marché public permet à des petites sociétés spécialisées, artisans locaux par exemple, de ne répondre qu’à un seul lot d’un marché.",
      ["acces_pme_tpe_local"], notes="Allotissement.")

    S("https://vdocuments.fr/guide-sur-laensemble-des-structures-audites-etou-interviewes-certaines.html", "Guide de recommandations pour l'accueil d'enfants dans un environnement sain, ARS Nouvelle-Aquitaine (vdocuments)")
    P("L’exposition à certains facteurs environnementaux est de plus en plus suspectée dans l’apparition des maladies chroniques et des troubles de la santé : asthme et allergies, cancers, perturbations hormonales, obésité …",
      ["sante"], notes="Santé environnementale.")
    P("A ce titre, l’ARS Nouvelle Aquitaine développe une stratégie régionale de prévention et promotion de la santé, visant à limiter l’exposition à certaines substances présentes dans l’environnement intérieur des femmes enceintes et jeunes enfants, particulièrement vulnérables.",
      ["sante"], notes="Stratégie de santé environnementale.")

    S("https://www.ecoco2.com/blog/ecolair-pour-une-meilleure-qualite-de-lair-dans-les-ecoles/", "Ecol'Air : pour une meilleure qualité de l'air dans les écoles (EcoCO2)")
    P("Depuis début janvier 2018, les sites d’accueil collectif d’enfants de moins de 6 ans, écoles maternelles et crèches, ont en effet obligation de mesurer la qualité de l’ai dans leurs locaux.",
      ["sante"], non=["2018", "6 ans"], notes="Obligation en vigueur (qualité de l'air intérieur).")
    P("Alors que les enfants passent régulièrement 30 % à 45% de leur temps dans les salles de classes, l’air respiré dans cet environnement peut contenir un certain nombre de polluants, susceptibles d’avoir des effets sur leur confort et leur santé.",
      ["sante"], non=["30 %", "45%"], notes="Constat (piège).")
    P("La première étape consiste à agir à la source des polluants (matériaux de construction, de décoration, d’ameublement, produis d’entretien…).",
      ["sante"], notes="Choix des produits et matériaux pour la qualité de l'air.", ambiguous=True)

    S("https://www.environnement-magazine.fr/territoires/article/2013/11/01/10259/hautenormandie-mobilise-son-reseau", "La Haute-Normandie mobilise son réseau (Environnement Magazine)")
    P("Sans surprise, 67 % des structures n'ont pas d'agents en charge de la commande publique et 90 % des acheteurs en poste avouent ne pas avoir été formés aux achats responsables.",
      ["gouvernance_suivi"], non=["67 %", "90 %"], notes="Enquête sur la formation des acheteurs (piège).")
    P("Elle va renforcer son offre de formation avec le CNFPT en direction des acheteurs et des agents territoriaux . Elle monte également une formation spéciale pour les élus des petites communes.",
      ["gouvernance_suivi"], objective=True, notes="Engagement qualitatif de formation des acheteurs.", ambiguous=True)
    P("Enfin, une lettre d'information électronique bimensuelle va informer très régulièrement les adhérents.",
      ["gouvernance_suivi"], notes="Animation d'un réseau d'acheteurs.")

    S("https://www.environnement-magazine.fr/territoires/article/2014/04/01/10826/place-aux-reseaux-regionaux", "Place aux réseaux régionaux (Environnement Magazine)")
    P("Association, club, réseau informel ? Si de nombreux statuts existent au sein des réseaux d'achats responsables, tous veulent aider les collectivités pour progresser dans leurs pratiques.",
      ["gouvernance_suivi"], notes="Réseaux d'acheteurs.")

    S("https://achats-durables.gouv.fr/reseaux-nationaux-locaux-accompagner-acheteurs-publics-11", "Des réseaux nationaux et locaux pour accompagner les acheteurs publics (achats-durables.gouv.fr)")
    P("Depuis les années 2000, les collectivités ont souhaité fédérer les acheteurs engagés dans la commande publique durable en constituant un réseau d’animation sur le territoire.",
      ["gouvernance_suivi"], non=["2000"], notes="Réseaux d'acheteurs.")
    P("Afin de faciliter les synergies entre les différentes initiatives territoriales et d’engager des actions collectives, ces réseaux se sont ensuite organisés en un inter-réseaux « Commande publique et développement durable », qui est animé depuis 2013 par le Commissariat Général au Développement Durable.",
      ["gouvernance_suivi"], non=["2013"], notes="Animation nationale des réseaux.")

    S("https://infoccitanie.fr/gard-achats-publics-responsables-le-departement-passe-un-cap/", "Gard : achats publics responsables, le Département passe un cap (Infoccitanie)")
    P("Une longue appellation : le Schéma départemental de promotion des achats publics socialement et écologiquement responsables, ou SPASER, a été mis au vote de l’assemblée du Département vendredi 27 juin.",
      ["gouvernance_suivi"], non=["27 juin"], notes="Vote du schéma.")
    P("Le SPASER, terme peu sexy, pour autant crucial, a été élaboré en lien avec les autres schémas du Département, tels que l’ESS ou celui de la Solidarité.",
      ["gouvernance_suivi"], notes="Élaboration du schéma (l'ESS n'est citée que comme nom d'un autre schéma).", ambiguous=True)
    P("En 2024, 36% des fournisseurs du Département était gardois, pour 52% du montant des achats publics.",
      ["acces_pme_tpe_local"], non=["2024", "36%", "52%"], notes="Part de fournisseurs locaux (résultat, piège).")
    P("Il repose ainsi sur 5 grands axes et 39 actions concrètes. Il s’agit alors de favoriser l’insertion et l’égalité, réduire l’impact environnemental, soutenir l’économie locale,",
      ["clauses_sociales_insertion", "egalite_femmes_hommes", "environnement_climat_carbone", "acces_pme_tpe_local"], objective=True, non=["5", "39"], notes="Axes du schéma (qualitatifs); comptes d'axes et d'actions.", ambiguous=True)

    S("http://meurthe-et-moselle.fr/actu/le-sch%C3%A9ma-de-promotion-des-achats-socialement-et-ecologiquement-responsable-spaser-la-meurthe", "Le SPASER : la Meurthe-et-Moselle s'engage ! (Département de Meurthe-et-Moselle)")
    P("Lors de la session publique du 14 décembre 2020, l’assemblée départementale a inscrit la commande publique responsable comme véritable levier de développement économique, social et environnemental, pour une durée de 6 ans.",
      ["gouvernance_suivi"], non=["14 décembre 2020", "6 ans"], notes="Adoption du schéma.", ambiguous=True)
    P("Titré Territoire de Commerce Equitable en 2011, le Département de Meurthe-et-Moselle, 1ère Département à recevoir cette distinction, intègre tout d’abord des clauses d’insertion dans les marchés publics dès 2008 ; puis en 2014, mène un partenariat fort et innovant avec les acteurs du Bâtiment et des Travaux Publics.",
      ["commerce_equitable", "clauses_sociales_insertion"], non=["2011", "1ère", "2008", "2014"], notes="Historique.")
    P("Le Département de Meurthe-et-Moselle n’est pas soumis légalement à l’obligation de se doter d’un Schéma de Promotion des Achats Socialement et Ecologiquement Responsables (SPASER) car la commande publique atteint « seulement » 90 à 95 M€ (et non 100 M€).",
      ["gouvernance_suivi"], non=["90", "95 M€", "100 M€"], notes="Seuil d'assujettissement (piège).")
    P("L’élaboration du Schéma a été initiée, coordonnée et animée par le service de la commande publique du Département tout en étant co-construite par l’ensemble des directions.",
      ["gouvernance_suivi"], notes="Élaboration du schéma.")

    S("https://www.eodd.fr/achats-publics-responsables-le-temoignage-du-conseil-departemental-des-pyrenees-orientales/", "Achats publics responsables : le témoignage du Conseil départemental des Pyrénées-Orientales (EODD)")
    P("Le SPASER constituant une véritable feuille de route opérationnelle nécessitant une mise œuvre et un suivi précis, notamment vis-à-vis de l’obligation de publication des indicateurs, son élaboration est seulement une première étape organisationnelle dans l’intégration de la durabilité au sein des marchés du Département.",
      ["gouvernance_suivi"], notes="Suivi et publication des indicateurs.")
    P("Il est donc important pour le Département de poursuivre l’assistance aux agents des différents processus achats afin d’atteindre les objectifs programmatiques fixés par le SPASER et d’assurer leur montée en compétences sur le volet durabilité de leurs marchés.",
      ["gouvernance_suivi"], notes="Accompagnement et formation des agents.")
    P("Le territoire sur lequel le CD66 inscrit son action est à la fois riche et fragile, confronté de manière aigüe aux défis du changement climatique : sécheresse, risque incendies, risque inondation, notamment.",
      ["environnement_climat_carbone"], non=["66"], notes="Changement climatique.")

    S("https://3ar-na.fr/articles/schema-de-promotion-des-achats-socialement-et-ecologiquement-responsables-spaser-les-adherents-3ar-soumis-a-l-elaboration-de-ce-schema-echangent-sur-leurs-pratiques", "SPASER : les adhérents 3AR soumis à l'élaboration de ce schéma échangent sur leurs pratiques (3AR)")
    P("L’occasion dans un premier temps d’échanger sur leurs pratiques d’achats : organisation des services achats et commande publique, politique achats responsables de leurs structures respectives, cartographies et volumes d’achats.",
      ["gouvernance_suivi"], notes="Organisation des achats.")
    P("L’élaboration du SPASER du Conseil Départemental de la Gironde a été menée sur deux ans. Bruno Bourrec témoigne : « Dès 2015, nous avons mis en place une équipe projet transversale, pilotée par les services Commande Publique et Agenda 21 ;",
      ["gouvernance_suivi"], non=["deux ans", "2015"], notes="Élaboration et pilotage du schéma.")

    S("https://www.hospiup.fr/guide/etablissementdesante/", "Le Guide Hospi'Up – partie établissements de santé (Hospi'Up)")
    P("Cher hospitalier, bienvenue dans le Guide Hospi'Up ! En parcourant cette page, vous en apprendrez plus sur les startups et leur écosystème, leurs valeurs et ce qu'elles pensent des établissements de santé.",
      ["achats_innovants", "sante"], notes="Start-up et établissements de santé.")
    P("Enfin, vous approfondirez vos connaissances sur le management de l'innovation externe et sur l'accompagnement de solutions innovantes dans les établissements de santé.",
      ["achats_innovants", "sante"], notes="Solutions innovantes à l'hôpital.")
    P("On peut ainsi résumer cette différence de la manière suivante : une entreprise « classique » s'organise pour exécuter et optimiser un modèle économique qui fonctionne, alors qu'une startup s'organise pour en trouver un.",
      ["achats_innovants"], notes="Définition d'une start-up.", ambiguous=True)

    S("https://issuu.com./davidison2/docs/marches_publics_basse_def", "Commande publique et ESS : comment favoriser l'accès des organisations de l'ESS aux marchés publics ? (CRES Bretagne, via Issuu)")
    P("Opportunité ou menace ? L’accès aux marchés publics est devenu un enjeu majeur pour les organisations de l’Économie sociale et solidaire.",
      ["ess_economie_sociale"], notes="ESS et marchés publics.")
    P("Le recours aux marchés publics tend à se généraliser sur des secteurs où la subvention était le mode de contractualisation dominant. On pense au secteur de l’accueil de jeunes enfants notamment.",
      ["ess_economie_sociale"], notes="Du subventionnement des associations au marché (le sujet, l'ESS, est dans la phrase précédente).", ambiguous=True)
    P("Passer d’acteur du développement local à celui de simple prestataire, d’une logique de concertation, de partenariat et d’utilité sociale, à la logique des prix et de la concurrence interroge les acteurs de l’ESS dans leurs fondamentaux.",
      ["ess_economie_sociale"], notes="ESS et concurrence.")

    S("https://insereco93.com/acceder-aux-marches/identifier-les-clauses-sociales-destinees-a-favoriser-linsertion-professionnelle-et-savoir-sy-positionner-en-tant-que-siae", "Identifier les clauses sociales et savoir s'y positionner en tant que SIAE (Inser'Eco93)")
    P("La Direction des achats de l’État (DAE), qui élabore, pilote et mesure la performance des achats de l’État, de ses établissements publics et des autres organismes dans le respect des objectifs de développement durable, fixe aux acheteurs publics notamment un axe stratégique « achat avec dispositions sociales ».",
      ["clauses_sociales_insertion", "gouvernance_suivi"], notes="Pilotage des achats de l'État; axe social.", ambiguous=True)
    P("Ainsi, dès lors que le besoin envisagé fait appel à de la main d’œuvre ou à des fournitures, des travaux ou des services, dont des prestations intellectuelles, l’acheteur est appelé à examiner les possibilités de décliner cet objectif dans le marché sous la forme de clauses prévoyant des dispositions favorisant l’accès à l’emploi des personnes qui en sont éloignées.",
      ["clauses_sociales_insertion"], notes="Clauses d'insertion.")
    P("Juridiquement, ces démarches recouvrent 5 réalités d’achat différentes face auxquelles les SIAE doivent se positionner différemment.",
      ["clauses_sociales_insertion"], non=["5"], notes="SIAE (compte, piège).", ambiguous=True)

    S("https://terredavance.com/reforme-code-marches-publics/", "L'accès à la commande publique des structures d'insertion : un enjeu de pérennisation et de développement (Terre d'avance)")
    P("Le 18 septembre dernier, M. Christophe ITIER, s’est s’installé dans ses fonctions de haut-commissaire à l’économie sociale et solidaire et à l’innovation sociale.",
      ["ess_economie_sociale"], non=["18 septembre"], notes="Nomination.")
    P("Miroir aux alouettes pour les uns ou réelles opportunités pour d’autres, la commande publique est de plus en plus souvent citée pour renforcer un nouveau modèle économique des structures d’insertion.",
      ["clauses_sociales_insertion"], notes="Structures d'insertion et commande publique.", ambiguous=True)
    P("En 2014, l’Etat a remis à plat le financement des structures d’insertion par l’activité économique (IAE) avec deux objectifs principaux en tête : dynamiser le secteur de l’IAE et apporter plus de lisibilité sur ces financements.",
      ["clauses_sociales_insertion"], non=["2014", "deux"], notes="Financement de l'IAE (passé).", ambiguous=True)

    S("https://marche-public.info/marches-reserves-reservation", "Marchés réservés et réservation – EA, ESAT, SIAE, ESS (marche-public.info)")
    P("Le code de la commande publique prévoit des dispositifs de réservation pour des marchés portant sur des services spécifiques, aux structures employant des personnes handicapées ou défavorisées (dites aussi « entreprises inclusives ») et à certains opérateurs, dans des conditions strictes.",
      ["marches_reserves_handicap"], notes="Marchés réservés (droit).")
    P("Les entreprises qui emploient des travailleurs handicapés et défavorisés sont essentiellement des entreprises adaptées, des établissements et services d’aide par le travail (ESAT), des structures d’insertion par l’activité économique (SIAE) et à des structures équivalentes qui répondent à des conditions.",
      ["marches_reserves_handicap"], notes="Structures éligibles aux marchés réservés.")

    S("https://www.odecia.fr/?p=336742", "Pourquoi les marchés publics réservés sont une opportunité unique pour certaines structures ? (Odecia)")
    P("Si vous êtes une Entreprise Adaptée (EA), un ESAT ou une Structure d’Insertion par l’Activité Économique (SIAE), vous disposez d’un véritable levier pour développer votre activité : les marchés publics réservés.",
      ["marches_reserves_handicap"], notes="Marchés réservés.")
    P("Prévu par le Code de la commande publique, ce dispositif permet aux acheteurs d’attribuer certains marchés uniquement à des structures favorisant l’emploi des personnes en situation de handicap ou éloignées de l’emploi.",
      ["marches_reserves_handicap"], notes="Marchés réservés.")

    S("https://energisme.com/contrats-performance-energetique-renovation-energie-batiments-publics", "Contrats de performance énergétique : rénover les bâtiments publics (Energisme)")
    P("Les bâtiments publics représentent 37 % du parc tertiaire français, avec 75 % appartenant aux collectivités. Ils jouent un rôle clé dans la transition énergétique, représentant à eux seuls 4 % des émissions de gaz à effet de serre (GES) en France.",
      ["energie", "environnement_climat_carbone"], non=["37 %", "75 %", "4 %"], notes="Constat (piège).")
    P("Sur le plan financier, les consommations énergétiques des bâtiments publics pèsent lourdement, entre 3 et 6 % des charges de fonctionnement des collectivités, soit le second poste de dépense après les salaires.",
      ["energie"], non=["3", "6 %"], notes="Constat (piège).")

    S("https://opera-energie.com/contrat-performance-energetique-collectivites", "Contrat de performance énergétique pour les collectivités (Opéra Énergie)")
    P("Le CPE en collectivité est un accord contractuel entre un maître d’ouvrage public et un opérateur énergétique. Il fixe un objectif chiffré de réduction des consommations sur une durée donnée et engage l’opérateur à le respecter.",
      ["energie"], notes="Définition du contrat de performance énergétique.")
    P("le CPE « Travaux et services » qui inclut des rénovations lourdes (isolation, ventilation, éclairage, etc.) avec des garanties d’économies allant de 20 à plus de 50 % selon l’état initial du bâti.",
      ["energie"], non=["20", "50 %"], notes="Description d'un type de contrat, pas une cible.")

    S("https://jumelages-partenariats.com/actualites.php?n=13072&art=France/Un_nouveau_clausier_pour_les_contrats_de_performance_énergétique_des_collectivités_locales", "Un nouveau clausier pour les contrats de performance énergétique des collectivités locales (Jumelages & partenariats)")
    P("Le contrat de performance énergétique (CPE) est un outil particulièrement efficace dans la maîtrise des dépenses énergétiques et l'optimisation des consommations. S'il est assez développé dans le tertiaire privé, il peine encore à trouver son public dans le tertiaire géré par les collectivités locales.",
      ["energie"], notes="CPE.")
    P("La fédération nationale des collectivités concédantes et régies (FNCCR) porte le programme Action des collectivités territoriales pour l'efficacité énergétique (CEE ACTEE) dont l'objectif est de faciliter la rénovation d'environ 50 000 bâtiments tertiaire publics.",
      ["energie"], objs=[Q(50000, "count", kind="absolute", subject="bâtiments tertiaires publics dont la rénovation est facilitée", themes=["energie"])],
      notes="Objectif d'un programme (volume de bâtiments).", ambiguous=True)

    S("https://www.seban-associes.avocat.fr/renovation-energetique-des-batiments-publics-la-mutualisation-des-besoins-des-collectivites-au-soutien-de-la-sobriete-energetique/", "Rénovation énergétique des bâtiments publics : la mutualisation des besoins des collectivités (Seban Avocats)")
    P("de réduire la consommation énergétique finale de 50 % en 2050 par rapport à la référence 2012, en visant les objectifs intermédiaires d’environ 7 % en 2023 et de 20% en 2030 ;",
      ["energie"], objs=[Q(50, "%", "decrease", "relative_change", horizon=2050, baseline_year=2012, subject="consommation énergétique finale", themes=["energie"]),
                        Q(7, "%", "decrease", "relative_change", horizon=2023, baseline_year=2012, subject="consommation énergétique finale (objectif intermédiaire)", themes=["energie"]),
                        Q(20, "%", "decrease", "relative_change", horizon=2030, baseline_year=2012, subject="consommation énergétique finale (objectif intermédiaire)", themes=["energie"])],
      notes="Objectifs légaux nationaux (code de l'énergie), trajectoire.")
    P("Néanmoins, la réalisation de travaux de rénovation énergétique constitue le plus souvent un investissement difficilement surmontable pour les acteurs publics concernés, ce qui freine nécessairement le rythme des rénovations engagées.",
      ["energie"], notes="Frein à la rénovation énergétique.")

    # Third round (model 1.5.0): corpora/real/passages_src3.py, same rules as this round.
    from passages_src3 import load as load_round3

    load_round3(S, P, Q)
