"""Evaluation-only real passages labelled for themes (``corpora/real-fresh-themes``); never train on them.

Each page's usable opening (as returned by the project's search tool, corpus "pages") is transcribed passage by
passage, verbatim except for runs of spaces, and labelled with **all** its themes, with the shared real dev set's
conventions (``gouvernance_suivi`` in its broad sense: adoption, piloting, monitoring, organisation of a purchasing
policy; broad « développement durable » wording -> ``environnement_climat_carbone``). Objective fields are left
minimal (``is_objective`` false, no objectives): this set is for themes only.
"""
# ruff: noqa: E501

from passage_checks import AL, BIO, CE, CEQ, CS, CT, EG, EN, ESS, INNO, MR, NUM, PME, SA, E, G


def load(S, P, Q) -> None:

    S("https://www.marchespublics.net/les-marches-publics-au-service-de-la-cause-sociale/", "Les marchés publics au service de la cause sociale (marchespublics.net)")
    P("Un guide sur les clauses sociales et sur la promotion de l’emploi dans les marchés publics, à l’intention des donneurs d’ordre a été publié afin de les inciter à utiliser davantage ces clauses.",
      [CS], notes="Guide sur les clauses sociales et l'emploi.")
    P("L’Alliance Villes Emploi(1) en partenariat avec le Conseil National de l’Insertion par l’Activité Economique a publié un guide sur les clauses sociales et la promotion de l’emploi en direction des donneurs d’ordre afin de les inciter à utiliser davantage les marchés publics en prolongement de politiques sociales locales.",
      [CS], notes="Clauses sociales, insertion par l'activité économique.")
    P("Ce guide encourage les acheteurs publics à utiliser des clauses de promotion sociale présentent dans le code des marchés publics 2006, de façon rationnelle.",
      [CS], notes="Clauses de promotion sociale.")
    P("L’article 14 du code permet d’instaurer dans un marché public une clause d’insertion sociale et professionnelle. L’acheteur public qui lance un marché, peut donc imposer aux candidats présentant une offre de s’engager à « réserver une part des heures de travail générées par le marché à une action d’insertion ».",
      [CS], notes="Clause d'insertion (réserver une part des heures): clause sociale, pas un marché réservé.")
    P("Ces clauses doivent cependant rester une condition d’exécution du marché et pas un critère d’attribution.",
      [CS], notes="Régime juridique des clauses sociales.")
    P("Le tribunal administratif de Bordeaux, dans un arrêt de 2006 « commune de Begles »(2), a jugé que la présence dans les documents des marchés publics d’une clause dite de « mieux disant social » destinée à permettre à la commission d’appel d’offres d’évincer les entreprises soumissionnaires qui auraient recours aux « contrats nouvelle embauche » ou aux « contrats première embauche », est illégale.",
      [CS], notes="Régime juridique des clauses sociales (mieux-disant social); les contrats de travail cités pourraient évoquer les conditions de travail.", ambiguous=True)
    P("Le pouvoir adjudicateur peut se fonder sur plusieurs critères non-discriminatoires et liés à l’objet du marché et notamment « les performances en matière d’insertion professionnelle des publics en difficulté ».",
      [CS], notes="Critère d'insertion professionnelle.")

    S("http://www.acheteurs-publics.com/marches-publics-encyclopedie/clause-sociale", "Clause sociale (encyclopédie des marchés publics, acheteurs-publics.com)")
    P("« L'insertion par l'activité économique a pour objet de permettre à des personnes sans emploi rencontrant des difficultés sociales et professionnelles particulières de bénéficier de contrats de travail en vue de faciliter leur insertion sociale et professionnelle. » (Article L.5132-1 du code du travail).",
      [CS], notes="Définition de l'IAE.")
    P("La clause d'insertion est une condition d'exécution du marché permettant de réserver une part des heures de travail générées par le marché, à la réalisation d’une action d’insertion. Imposée par l'acheteur, elle s'impose à l'entreprise qui doit respecter le cahier des charges.",
      [CS], notes="Clause d'insertion.")
    P("Cette clause doit permettre aux bénéficiaires d’acquérir une expérience professionnelle réelle sur la base non seulement de formations apportées (par l’entreprise à l’interne ou par des organismes extérieurs), mais aussi des tâches confiées pour évoluer professionnellement.",
      [CS], notes="Parcours d'insertion (formation des bénéficiaires).")
    P("La nature et l’étendue des besoins à satisfaire sont déterminées avec précision avant le lancement de la consultation en prenant en compte des objectifs de développement durable dans leurs dimensions économique, sociale et environnementale.",
      [E], notes="Développement durable au sens large (convention du dev: environnement).", ambiguous=True)
    P("Les collectivités territoriales et les acheteurs soumis au présent code dont le statut est fixé par la loi adoptent un schéma de promotion des achats publics socialement et écologiquement responsables lorsque le montant total annuel de leurs achats est supérieur à un montant fixé par voie réglementaire.",
      [G], notes="Obligation d'adopter un SPASER (gouvernance au sens large).")

    S("http://paysdaubagne.fr/competences/agriculture-foret-agriculture-periurbaine/les-cantines-bio", "Les cantines bio (Pays d'Aubagne et de l'Étoile)")
    P("Un regroupement de communes pour fournir les écoles en produits de saison frais et locaux !",
      [AL], notes="Produits de saison et locaux pour les écoles.")
    P("Introduire des produits bio dans les restaurations collectives des communes du territoire : l’idée fait son chemin ! Les communes d’Auriol, La Bouilladisse, La Destrousse, Peypin et Saint-Savournin ont été les premières à se lancer.",
      [AL], notes="Bio en restauration collective.")
    P("Elles se sont engagées dans cette démarche et ont constitué un groupement de commandes pour acheter fruits, légumes et pain bio afin de mutualiser les procédures de passation des marchés. Objectif : atteindre ainsi des volumes d’achat plus conséquents à des tarifs plus intéressants.",
      [AL], notes="Groupement de commandes bio (mutualisation); pas de gouvernance d'un schéma.")
    P("Ce groupement concerne très précisément les marchés de « fournitures de fruits et légumes frais issus d’un mode de production respectueux de l’environnement et destiné à réduire les impacts environnementaux et/ou sociaux de la consommation alimentaire » et de « fabrication et livraison de pain issu de l’agriculture biologique ».",
      [AL, E], notes="Alimentation bio; impacts environnementaux cités.", ambiguous=True)
    P("La Commune d’Auriol est le coordinateur pour les marchés fruits et légumes et pain. Les cinq communes se sont engagées à signer, avec les producteurs retenus, un marché à hauteur de leurs besoins propres.",
      [AL], notes="Organisation du groupement (alimentation).", ambiguous=True)
    P("Pour les fruits et légumes, les critères de jugement des offres sont la saisonnalité des produits et les produits bio, les émissions de gaz à effet de serre dues aux transports et le prix.",
      [AL, E], notes="Saisonnalité, bio; émissions de GES des transports (climat).")
    P("Le groupement de commandes « produits bio » s’inscrit dans la démarche de Agenda 21 et de la Charte agricole du Pays d’Aubagne et de l’Etoile.",
      [AL, E], notes="Agenda 21 (développement durable -> environnement).", ambiguous=True)
    P("Dans ce cadre, un groupe de travail « gestion éco-responsable des collectivités » se réunit depuis 2010 pour travailler sur le thème « restauration collective et développement durable ».",
      [AL, E, G], notes="Groupe de travail (pilotage, gouvernance au sens large); restauration collective durable.", ambiguous=True)

    S("https://laruchedevanves.org/?p=317", "Repas bio à Vanves (La Ruche de Vanves)")
    P("« Face à l’épuisement des ressources, aux impacts du changement climatique, à la dégradation de la biodiversité, au non respect des droits fondamentaux de l’Homme… les collectivités peuvent agir notamment via leurs modes de consommation.",
      [E, BIO], notes="Ressources, climat, biodiversité; droits humains (sans thème précis).", ambiguous=True)
    P("La commande publique constitue, en effet, une partie importante de la demande de fournitures, de prestations de services ou de travaux qui s’adresse aux entreprises. Aussi, par les exigences qu’ils fixent dans leurs marchés, les acheteurs publics peuvent influencer de façon déterminante l’évolution des modes de production (développement d’une offre responsable) et de consommation (exemplarité envers le citoyen). »",
      [], notes="Poids général de la commande publique: pas de thème précis.", ambiguous=True)
    P("L’organisation de repas bio dans les écoles constitue un support éducatif de choix, pour aborder avec des enfants les liens entre alimentation, santé, agriculture et environnement.",
      [AL, SA], notes="Repas bio; santé citée comme lien éducatif.", ambiguous=True)
    P("Par ailleurs, proposer des repas bio en collectivité revient à offrir la possibilité à chacun de tester ces produits et de bien manger, quel que soit son niveau de revenu, notamment en milieu scolaire où les prix des repas sont identiques pour tous.",
      [AL], notes="Repas bio accessibles.")
    P("C’est aussi un acte de solidarité avec les agriculteurs locaux, puisque la fourniture de produits bio pour la restauration collective est encore aujourd’hui mieux organisée et accessible au niveau local ou régional que national, dans bien des régions de France.",
      [AL], notes="Bio et local (circuits courts).")
    P("Enfin, manger bio en collectivité est loin d’être anecdotique pour notre santé comme pour l’environnement : la restauration collective représente près d’un repas sur dix en moyenne en France.",
      [AL, SA, E], notes="Bio: santé et environnement.")
    P("A Vanves, la municipalité s’est engagée à introduire une composante bio une fois par semaine (entrée, viande, accompagnement, produits laitiers, dessert ou pain).",
      [AL], notes="Engagement bio hebdomadaire.")

    S("https://territorial.zepros.fr/votre-carriere/metropole-montpellier-utilise-smartphones-reconditionnes", "La métropole de Montpellier utilise des smartphones reconditionnés (Zepros Territorial)")
    P("La loi « AGEC » impose aux collectivités un minimum d’achats de fournitures – notamment numériques - issues du réemploi ou de la réutilisation. Une expérience jugée positive en termes d’écologie mais aussi de prix.",
      [CE, NUM, E], notes="AGEC réemploi, fournitures numériques; écologie.", ambiguous=True)
    P("Un marché de la téléphonie mobile qui s'arrête, un autre qui doit commencer, mais quelques mois sans solution entre les deux : c'est ce concours de circonstances qui a poussé la métropole de Montpellier à monter un petit marché pour acquérir 100 téléphones début 2021.",
      [NUM], notes="Achat de téléphones (numérique); le reconditionnement n'est pas dans la phrase.", ambiguous=True)
    P("« Pour répondre aux nouvelles obligations, nous exigions au moins 20 % de matériel issu du réemploi. Mais une seule société a répondu en proposant des téléphones 100 % reconditionnés », explique Jérôme Alberge, à l'époque responsable des services Energie et télécoms à la métropole.",
      [CE, NUM], notes="Réemploi de téléphones.")
    P("C'est donc une entreprise locale qui a fourni 100 smartphones et leurs accessoires.",
      [PME, NUM], notes="Entreprise locale; smartphones.", ambiguous=True)
    P("De marques et modèles divers, les appareils reçus étaient classés en cinq niveaux de besoins : des plus basiques (pour les services techniques par exemple) aux plus hauts de gamme (pour des métiers exigeant de bonnes prises de vues), en passant par des appareils adaptés à un contexte spécifique, comme ceux à coque renforcée dédiés aux agents intervenant sur des chantiers.",
      [NUM], notes="Définition du besoin en équipements numériques.", ambiguous=True)
    P("Pour Jérôme Alberge, l'expérience a été concluante. D'abord, en termes de prix : « La différence entre le neuf et le reconditionné était variable selon les modèles. Pour les téléphones bas de gamme, les prix étaient similaires.",
      [CE, NUM], notes="Reconditionné vs neuf.")

    S("https://agirpourlatransition.ademe.fr/collectivites/elus-locaux-mandat-agir/aujourdhui-mon-territoire/acheter-durable-achats-responsables-comprendre", "Acheter durable : les achats responsables, comprendre (ADEME, Agir pour la transition)")
    P("Des achats de produits ménagers aux investissements en équipement, des matériels bureautiques à l’approvisionnement des cantines… la commande publique est un puissant levier d’actions pour faire évoluer l’offre vers des produits plus respectueux de l’environnement et des personnes.",
      [E], notes="Levier environnemental (et social, vague).", ambiguous=True)
    P("Au niveau du territoire, c’est aussi la manière de décliner concrètement ses politiques environnementales et sociales et de montrer la cohérence de la collectivité entre ses ambitions et ses actions.",
      [E, G], notes="Déclinaison des politiques de la collectivité (gouvernance au sens large).", ambiguous=True)
    P("C’est enfin une manière de repenser ses besoins, ses pratiques d’achat et d’utilisation des produits, biens ou services… ce qui peut s’avérer, dans le temps, à la fois plus écologique mais aussi plus économique !",
      [E], notes="Sobriété du besoin, écologie.", ambiguous=True)
    P("Sans compter l’impact sur la qualité de vie et la santé des habitants (une flotte de véhicules moins polluante, des produits d’entretien moins nocifs, une alimentation scolaire respectueuse de la santé et de l’environnement…) et la possibilité de participer au développement économique local (insertion de personnes éloignées de l’emploi dans les achats de prestation, recours à des PME…).",
      [SA, E, AL, PME, CS], notes="Santé, pollution, alimentation scolaire, économie locale et PME, insertion.")
    P("Interface entre la collectivité et le tissu économique du territoire, l’achat public peut aussi être un puissant levier pour les sujets environnementaux : déchets et économie circulaire, lutte contre le changement climatique…",
      [E, CE], notes="Déchets, économie circulaire, climat.")
    P("On requestionne ses besoins, on s’interroge sur l’existence de solutions plus durables et on revisite ses pratiques d’achat et d’utilisation.",
      [E], notes="Solutions durables (développement durable -> environnement).", ambiguous=True)
    P("On profite de toutes les opportunités offertes par le code des marchés publics pour prendre en compte le développement durable (définition des besoins, rédaction des cahiers des charges, critères de sélection…).",
      [E], notes="Développement durable au sens large -> environnement.", ambiguous=True)
    P("On supprime le jetable, on mise sur les ressources renouvelables, on promeut le recyclé.",
      [CE], notes="Jetable, recyclé: économie circulaire.")

    S("https://guadeloupe.ademe.fr/collectivites-et-secteur-public/faire-vivre-un-territoire-durable/achats-publics-et-eco-responsabilite", "Achats publics et éco-responsabilité (ADEME Guadeloupe)")
    P("Les marchés publics peuvent s’appliquer à une grande diversité de produits, de services et de secteurs d’activité. Ils constituent un levier majeur pour une meilleure prise en compte de la transition écologique et énergétique.",
      [E, EN], notes="Transition écologique et énergétique.")
    P("Selon la définition du 2d Plan national d’action pour des achats publics durables (PNAAPD 2015-2020), un achat public durable :",
      [E, G], notes="Plan national (gouvernance au sens large); achat durable -> environnement.", ambiguous=True)
    P("• intègre des dispositions en faveur de la protection ou de la mise en valeur de l’environnement, du progrès social, favorisant le développement économique ;",
      [E], notes="Environnement; progrès social vague.", ambiguous=True)
    P("• permet de réaliser des économies « intelligentes » au plus près du besoin et incite à la sobriété en termes d’énergie et de ressources ;",
      [EN, E], notes="Sobriété énergétique et des ressources.", ambiguous=True)
    P("Tous les segments d’achats (produits et services) sont concernés : denrées alimentaires, fourniture d’énergie (électricité ou chauffage), rénovation des bâtiments, nettoyage et entretien, équipements…",
      [AL, EN], notes="Segments cités: alimentation, énergie.", ambiguous=True)
    P("• l’objet du marché : par exemple, une prestation de services de restauration avec des produits issus de l’agriculture biologique ou encore l’acquisition de systèmes de climatisation offrant des solutions environnementales à la pointe de la technologie ;",
      [AL, E], notes="Restauration bio; climatisation performante (environnement).")
    P("• les spécifications techniques précisées dans le cahier des charges : exigences d’écolabels, de performance ou de méthodes, processus de production (ex : papier 100 % recyclé) ;",
      [E, CE], notes="Écolabels; papier recyclé.")

    S("https://ch-rochefort.fr/fr/pratique/developpement-durable/engagement/", "Développement durable : engagement (Centre hospitalier de Rochefort)")
    P("La Haute Autorité de Santé incite les établissements de santé à promouvoir le Développement Durable dans leur stratégie, en fondant leur démarche sur la réalisation d’un diagnostic initial mis à disposition par le Comité pour le Développement Durable en Santé.",
      [E, G], notes="Développement durable (environnement); stratégie et diagnostic (gouvernance au sens large).", ambiguous=True)
    P("Le manuel de la certification V3 de 2010 comportait 8 critères (la qualité de vie au travail, les achats éco-responsables et les approvisionnements, la gestion de l’eau, de l’air et de l’énergie, l’hygiène des locaux et la gestion des déchets).",
      [CT, E, EN, CE], notes="Qualité de vie au travail, achats éco-responsables, énergie, déchets.")
    P("Le Centre Hospitalier de Rochefort a initié sa démarche dès le début de l’année 2012 en adhérant au Comité. Un chef de projet, assisté d’un comité de pilotage, a été désigné pour animer, structurer le projet et accompagner la démarche sur un plan méthodologique.",
      [G], notes="Comité de pilotage, chef de projet.")
    P("L’établissement s’est également engagé dans une participation aux semaines annuelles du Développement Durable.",
      [E], notes="Développement durable -> environnement.", ambiguous=True)
    P("A l’issue de l’autodiagnostic, comportant 350 critères regroupés en 5 thèmes (le management, les déchets, les bâtiments, l’énergie et l’eau, le social et le sociétal, la promotion de la santé et de la nutrition) :",
      [G, CE, EN, SA], notes="Autodiagnostic (suivi); déchets, énergie, santé; nutrition (pas l'achat alimentaire).", ambiguous=True)
    P("Fin 2014, après un appel à candidature auprès des agents du Centre Hospitalier, un groupe de travail se réunissait afin de relier les actions menées pour une démarche globale associant une réflexion « Développement Durable » aux projets de l’établissement.",
      [G, E], notes="Groupe de travail (pilotage).", ambiguous=True)
    P("Les axes d’amélioration retenus sont les déchets et l’énergie. Il s’agit d’une démarche participative avec constitution de sous-groupes et possibilité d’accueillir des intervenants extérieurs.",
      [CE, EN, G], notes="Déchets et énergie; organisation de la démarche.", ambiguous=True)
    P("Les sous-groupes se sont réunis à plusieurs reprises au cours de l’année 2015 afin de réaliser un état des lieux, analyser le fonctionnement actuel, définir des actions et mettre en place des indicateurs.",
      [G], notes="Indicateurs, état des lieux (suivi).")

    S("https://www.vivamagazine.fr/les-hopitaux-passent-au-vert-15296-html/", "Les hôpitaux passent au vert (Viva Magazine)")
    P("Le développement durable est à la mode, et les hôpitaux n’y échappent pas. 89 % des établissements de santé, secteur public en tête, en font même un objectif stratégique, selon le baromètre 2011 réalisé par l’Association des élèves de l’Ecole des hautes études en santé publique.",
      [E], notes="Développement durable -> environnement; baromètre.", ambiguous=True)
    P("Le volet environnemental arrive en tête, devant l’aspect économique et social. Principales préoccupations : la consommation d’énergie, la réduction des déchets (dont la plupart sont classés à risques) et la gestion de l’eau.",
      [E, EN, CE], notes="Environnement, énergie, déchets.")
    P("Viennent ensuite la maîtrise des achats, la prise en compte des risques et l’amélioration de la qualité de la vie des personnels et des usagers.",
      [CT], notes="Qualité de vie des personnels.", ambiguous=True)
    P("Progrès notable, 50 % des établissements, deux fois plus qu’en 2010, ont mis en place un programme d’actions de développement durable avec des indicateurs de suivi.",
      [G, E], notes="Programme d'actions et indicateurs de suivi.")
    P("Parmi les lauréats 2011, le Chru de Lille, qui a réduit sa facture d’eau de 20 % depuis 2008, le Chu d’Angers, qui vise à intégrer des personnes en insertion dans ses appels d’offres, l’hôpital Louis-Pasteur de Dole, qui privilégie les circuits courts pour ses fournitures alimentaires,",
      [E, CS, AL], notes="Eau, insertion, circuits courts (tranche contiguë d'une longue phrase).")
    P("l’AP-HP de Paris, qui n’achète que du papier recyclé, le centre hospitalier de Mulhouse, qui a organisé une collecte des déchets de soins chez les particuliers…",
      [CE], notes="Papier recyclé, déchets de soins (suite de la phrase).")
    P("Primé en 2010 pour son engagement dans le développement durable, le Chu de Bordeaux, qui produit 11 000 tonnes de CO2 par an, 6 000 tonnes de déchets, et qui consomme autant d’eau et d’électricité qu’une ville de 60 000 habitants, a réussi en deux ans à faire passer le taux d’agents qui utilisent leur voiture pour se rendre au travail de 71 % à 59 %.",
      [E, CE, EN], notes="CO2, déchets, électricité, mobilité des agents.")
    P("Un regret : le baromètre ne dit rien des substances chimiques, comme les phtalates, suspectés d’être dangereux pour la santé et présents dans les tubes de perfusion, les poches, les sondes utilisés pour les soins…-",
      [SA], notes="Substances dangereuses pour la santé.")

    S("https://www.prefectures-regions.gouv.fr/hauts-de-france/Region-et-institutions/L-action-de-l-Etat-dans-la-region/Economie-entreprises-emploi-et-finances-publiques/La-commande-publique/Groupe-de-travail-acces-des-TPE-et-PME-a-la-commande-publique", "Groupe de travail « accès des TPE et PME à la commande publique » (Préfecture de la région Hauts-de-France)")
    P("L'objectif de ce groupe de travail est d'encourager l'accès des TPETrès petites entreprises et PMEPetites et moyennes entreprises à la commande publique.",
      [PME, G], notes="Accès des TPE/PME; groupe de travail (gouvernance au sens large).", ambiguous=True)
    P("La commande publique est un enjeu important pour les très petites entreprises (TPETrès petites entreprises) et les petites et moyennes entreprises (PMEPetites et moyennes entreprises). Il existe une forte demande des élus et des acheteurs publics locaux pour qu’elles accèdent plus largement à leurs marchés car cela constitue un vecteur essentiel de soutien à l’économie locale.",
      [PME], notes="TPE/PME, économie locale.")
    P("Cependant, quand bien même, en 2014, elles obtenaient à l’échelon régional près de 60 % des marchés publics en nombre de contrats conclus, cela représentait moins de 40 % de leur valeur économique totale.",
      [PME], notes="Part des PME dans les marchés (constat).")
    P("Dès lors, comment faire pour accroître cette proportion alors même que l’Union européenne, malgré la demande répétée de plusieurs États membres – dont la France – a toujours été réticente à adopter une règle d’attribution préférentielle des marchés publics aux petites entreprises, à l’image du «Small Business Act » américain ?",
      [PME], notes="Small Business Act, petites entreprises.")
    P("Pour autant, des outils existent dans cette réglementation qui permettent d’encourager l’accès des TPETrès petites entreprises et des PMEPetites et moyennes entreprises à la commande publique, qu’il s’agisse de l’obligation d’allotir, de l’allègement du contenu formel des offres ou de la disparition de l’obligation de signer l’offre.",
      [PME], notes="Allotissement et simplification pour les PME.")

    S("https://www.lexbase.fr/article-juridique/7661132-breves-la-daj-publie-un-guide-pour-faciliter-lacces-des-tpe-et-pme-aux-marches-publics", "La DAJ publie un guide pour faciliter l'accès des TPE et PME aux marchés publics (Lexbase)")
    P("La Direction des affaires juridiques du ministère de l'Economie a publié, le 18 décembre 2012, un guide pour faciliter l'accès des TPE et PME aux marchés publics.",
      [PME], notes="Guide TPE/PME.")
    P("Ce guide indique que les politiques publiques que doivent mettre en oeuvre les acheteurs publics doivent concerner, en priorité, l'accès des PME à la commande publique et doivent, à ce titre, être incluses dans les stratégies d'achat.",
      [PME, G], notes="Accès des PME inscrit dans les stratégies d'achat (gouvernance au sens large).", ambiguous=True)
    P("L'allotissement est particulièrement approprié lorsque l'importance des travaux, fournitures ou services à réaliser risque de dépasser les capacités techniques ou financières d'une seule entreprise. Il est particulièrement favorable aux petites et moyennes entreprises.",
      [PME], notes="Allotissement favorable aux PME.")
    P("Ainsi, l'allotissement permet l'accès direct des PME et TPE à la commande publique.",
      [PME], notes="Allotissement.")
    P("La dévolution du marché sous forme globalisée peut rendre plus difficile l'accès direct au marché pour les petites entreprises, parce que le marché peut excéder alors les capacités (techniques, financières...) d'une seule entreprise.",
      [PME], notes="Marché global et petites entreprises.")

    S("https://communication-entreprise.eu/tpe-et-pme-lancez-vous-dans-la-commande-publique/amp", "TPE et PME : lancez-vous dans la commande publique (communication-entreprise.eu)")
    P("Le tissu économique français est constitué à 99% par des petites et moyennes entreprises.",
      [PME], notes="Constat chiffré (PME).")
    P("Leur représentation dans les marchés publics est pourtant bien moins volumineuse. Les PME n’obtiennent que 58% des marchés publics en volume et seulement 30% en valeur. Or, depuis 10 ans, la part des TPE et PME ayant eu accès à la commande publique a diminué en termes de volume.",
      [PME], notes="Part des PME (constat).")
    P("Les TPE/PME émettent un certain nombre de préjugés quant à leurs chances d’accéder à la commande publique ; ils sont de 3 ordres :",
      [PME], notes="Freins des TPE/PME.")
    P("Elles estiment que le temps consacré à la rédaction de cette réponse et la quantité de pièces administratives à fournir est trop important compte tenu de leur chance d’obtenir le marché public.",
      [PME], notes="Freins des TPE/PME (suite de la liste).", ambiguous=True)
    P("La commande publique ne s’adresse qu’aux grandes entreprises qui seules peuvent assumer de tels budgets ! Les petites entreprises n’ont aucune chance !",
      [PME], notes="Préjugé des petites entreprises.")

    S("https://abylon-conseil.com/politique-dachat-innovante-quels-benefices-pour-les-collectivites-territoriales", "Politique d'achat innovante : quels bénéfices pour les collectivités territoriales ? (Abylon Conseil)")
    P("Face aux défis posés par le dérèglement climatique et la révolution numérique, les territoires ont plus que jamais besoin d’innover et de trouver de nouvelles solutions.",
      [INNO, E], notes="Innovation; dérèglement climatique cité comme contexte.", ambiguous=True)
    P("La crise économique liée au Covid-19 a montré que la commande publique constitue un levier important de soutien à l’économie locale.",
      [PME], notes="Économie locale.")
    P("Dans ce contexte, de nombreuses collectivités encouragent une politique d’achat innovante, et le soutien qui leur est apporté par l’État dans cette démarche tend à se renforcer ces dernières années. Une façon de soutenir les entreprises et d’offrir aux citoyens des services innovants tout en préservant l’équilibre budgétaire de la collectivité.",
      [INNO], notes="Politique d'achat innovante.")
    P("- La collectivité peut s’engager auprès d’acteurs innovants par le financement de processus d’innovation pour bénéficier des résultats de cette démarche de recherche et développement.",
      [INNO], notes="Achat de R&D.")
    P("- La collectivité peut devenir un “adoptant précoce” en achetant une innovation déjà disponible sur le marché mais encore peu répandue.",
      [INNO], notes="Achat d'innovation.")
    P("C’est le cas par exemple de l’agence Hauts-de-France Innovation Développement et de sa plateforme Adopte une start-up. Grâce à ce service, les acteurs publics de la région peuvent accéder plus rapidement à des solutions développées par des start-ups régionales.",
      [INNO, PME], notes="Start-ups régionales (innovation; local).", ambiguous=True)

    S("https://bfmbusiness.bfmtv.com/01-business-forum/les-bonnes-pratiques-de-lachat-innovant-613504.html", "Les bonnes pratiques de l'achat innovant (BFM Business)")
    P("Une nouvelle version du guide pratique de l'achat public innovant vient d'être publié par la direction des affaire juridique. Objectif : inciter les acheteurs public à s'adresser aux startups.",
      [INNO], notes="Achat public innovant, start-ups.")
    P("L’achat public est un très bon accélérateur de croissances pour les startups. Ce n’est pas un hasard si dans le cadre du label « Métropole French Tech » l’un des volets concerne la politique d’achat public.",
      [INNO], notes="Start-ups, French Tech.")
    P("« Or un certain nombre de freins, souvent de nature administrative voire « culturelle », peuvent exister qui rendent dans les faits ce levier peu utilisé et la vente difficile à des acteurs publics pour les entreprises jeunes ou de taille modeste » est-il précisé dans le cahier des charges pour l’octroi du label « Métropole french tech ».",
      [INNO, PME], notes="Entreprises jeunes ou de taille modeste.", ambiguous=True)
    P("15 facteurs clés de succès sont détaillés dans le guide avec les bonnes pratiques associées à mettre en œuvre et les mauvaises à éviter (voir tableau récapitulatif ci-dessous).",
      [INNO], notes="Guide de l'achat innovant (contexte de la page).", ambiguous=True)
    P("Selon le Pacte national pour la croissance, la compétitivité et l’emploi, au moins 2% de la commande publique devraient concerner les PME et les ETI innovantes d’ici 2020.",
      [INNO, PME], notes="PME et ETI innovantes.")

    S("https://public.opera-energie.com/specificites-achat-public-energie/", "Les spécificités de l'achat public d'énergie (Opéra Énergie)")
    P("L’achat d’électricité et de gaz naturel concerne l’ensemble des acteurs publics et des collectivités. L’électricité et de gaz naturel constitue cependant un domaine d’achat très spécifique pour les acteurs publics.",
      [EN], notes="Achat d'énergie.")
    P("L’électricité et de gaz naturel des collectivités territoriales sont un enjeu important pour les collectivités locales. A titre d’exemple, la Consommation globale de l’éclairage public en France est estimée à 5,6 TWh d’électricité par par l’association française d’éclairage.",
      [EN], notes="Consommation d'électricité.")
    P("Il représente 41 % de la facture d’électricité d’une collectivité et le deuxième poste de dépense pour une commune.",
      [EN], notes="Facture d'électricité.")
    P("Maîtriser le coût d’achat de l’électricité et du gaz naturel est un enjeu financier important pour les budgets des collectivités et autres acteurs publics.",
      [EN], notes="Coût de l'énergie.")

    S("https://voie95.fr/clauses-sociales/", "Clauses sociales : les marchés réservés (Voie 95)")
    P("Ils font partie des marchés publics comportant des clauses spécifiques comme des clauses sociales et s’adressent à des catégories particulières comme des structures d’insertion ou autres formes d’entreprises.",
      [MR, CS], notes="Marchés réservés (titre de section), clauses sociales, structures d'insertion.")
    P("1/ les marchés réservés aux opérateurs économiques qui emploient des travailleurs handicapés et défavorisés",
      [MR], notes="Marchés réservés handicap.")
    P("– des entreprises adaptées, à des établissements et services d’aide par le travail (ESAT)",
      [MR], notes="EA/ESAT (item de liste).")
    P("– des Structures d’Insertion par l’Activité Économique (SIAE)",
      [MR, CS], notes="Réservation aux SIAE: marché réservé; insertion (comme le dev pour les SIAE).", ambiguous=True)
    P("> Marchés réservés regroupés sous un seul régime juridique depuis la loi ASAP",
      [MR], notes="Intertitre (marchés réservés).")
    P("Depuis la publication de la loi d’accélération et de simplification de l’action publique (ASAP) un acheteur peut désormais réserver un même marché ou un même lot d’un marché à la fois aux opérateurs économiques qui répondent aux conditions de l’article L. 2113-12 (Réservation de marchés aux travailleurs handicapés et défavorisés – Entreprises adaptées et établissements et services d’aide par le travail (ESAT)",
      [MR], notes="Régime des marchés réservés (tranche contiguë).")
    P("2/ les marchés réservés aux entreprises de l’économie sociale et solidaire (ESS)",
      [MR, ESS], notes="Marchés réservés ESS.")
    P("Les acheteurs peuvent réserver des marchés ou des lots qui portent exclusivement sur des services sociaux et autres services spécifiques dont la liste figure dans un avis annexé au code de la commande publique (Annexe 3 du code de la commande publique), aux entreprises de l’économie sociale et solidaire (ESS)",
      [MR, ESS], notes="Réservation ESS.")

    S("http://www.longjumeau.fr/Developpement-durable/Commerce-equitable/Longjumeau-territoire-de-commerce-equitable", "Longjumeau, territoire de commerce équitable (Ville de Longjumeau)")
    P("En 2009, Longjumeau est devenue une des 16 premières collectivités française à recevoir le titre de « Territoire de commerce équitable ».",
      [CEQ], notes="Label commerce équitable.")
    P("Les associations Max Havelaar France, Artisans du Monde et la Plate-forme pour le commerce équitable ont initié une campagne visant à labélliser les premières collectivités locales françaises qui favorisent dans leurs politiques les achats équitables. Elles sont seize collectivités pilotes (14 villes et 2 régions) à jouer le jeu, dont Longjumeau.",
      [CEQ], notes="Campagne commerce équitable.")
    P("Après la mise en œuvre concrète de cinq objectifs déterminés, un jury national a examiné les dossiers de candidature avant de décerner le titre de Territoire de commerce équitable à la Ville. Il convient maintenant de ne pas relâcher les efforts pour conserver le titre, valable 3 ans.",
      [CEQ], notes="Label (évaluation par un jury: pas la gouvernance du schéma).", ambiguous=True)
    P("• 1) Voter une délibération et acheter des produits issus du commerce équitable.",
      [CEQ, G], notes="Délibération (adoption: gouvernance au sens large); achats équitables.", ambiguous=True)
    P("Le 9 février 2009, le Conseil Municipal a approuvé à l’unanimité une délibération par laquelle la ville s’engageait dans la démarche Territoire de commerce équitable.",
      [CEQ, G], notes="Adoption par délibération (gouvernance au sens large).")
    P("Le nouveau marché de restauration collective, depuis le 1er juin 2009, a exigé des prestataires l’introduction de produits équitables dans leurs menus au moins une fois par mois, l’organisation et le soutien d’animations pendant des événements ponctuels.",
      [CEQ, AL], notes="Produits équitables en restauration collective.", ambiguous=True)
    P("Désormais, le thé du restaurant des agents communaux est issu du commerce équitable, et des produits issus de cette filière sont régulièrement introduits dans les buffets municipaux.",
      [CEQ], notes="Achats équitables.")

    S("https://www.lafranceagricole.fr/initiative-un-commerce-equitable-etvraiment-transparent-1,0,442879304.html", "Initiative : un commerce équitable et vraiment transparent (La France Agricole)")
    P("Dans la commune de Mouans-Sartoux (Alpes-Maritimes), labellisée « Territoire de commerce équitable », le projet d’une Maison du commerce équitable a émergé il y a une quinzaine d’années. Il s’est progressivement structuré autour d’une boutique associative, gérée par des bénévoles qui se relaient toute la semaine.",
      [CEQ], notes="Commerce équitable (boutique associative; pas d'achat public).", ambiguous=True)
    P("« On y trouve des produits de centrales d’achats du commerce équitable (Artisans du monde, Éthiquable…) mais aussi, depuis près de huit ans, des produits locaux, explique Cathy Blossier, présidente de l’association et vice-présidente du conseil municipal. L’objectif est de soutenir les petits producteurs d’ici comme d’ailleurs. »",
      [CEQ, AL], notes="Équitable et produits locaux (circuits courts).", ambiguous=True)
    P("La municipalité, engagée dans une politique alimentaire ambitieuse, a en effet pris conscience depuis plusieurs années du risque de voir disparaître l’agriculture locale (1), notamment sous la pression de l’urbanisation.",
      [AL], notes="Politique alimentaire, agriculture locale.")
    P("Comment fonctionne la boutique ? « Au travers d’une charte, nous nous engageons, pour plusieurs années, à acheter aux agriculteurs une partie de leur production à un prix défini avec eux », poursuit Cathy Blossier.",
      [CEQ, AL], notes="Prix défini avec les producteurs (équitable Nord-Nord); agriculteurs locaux.", ambiguous=True)
    P("La gamme de produits commercialisés reflète l’agriculture locale : des agrumes aux fromages, en passant par les œufs, les tisanes, les farines et les huiles d’olive, sans oublier les bières et les pâtes de légumes…",
      [AL], notes="Produits locaux.")
    P("Pour soutenir l’agriculture locale tout en gardant des prix démocratiques, la Maison du commerce équitable a décidé de réduire sa marge sur les produits locaux à 15 %, au lieu des 20 % appliqués sur les produits du commerce équitable Nord-Sud.",
      [CEQ, AL], notes="Équitable; agriculture locale.")

    S("https://mediaterre.org/actu,20120428160921,2.html", "Création du label « Bâtiments biosourcés » (Médiaterre)")
    P("Le label \" Bâtiments Biosourcés \" a été créé par un décret du 19 avril 2012, publié au journal officiel du 21 avril.",
      [E], notes="Label biosourcé (environnement).", ambiguous=True)
    P("Le label tend à valoriser les démarches volontaires de maîtres d'ouvrage intégrant une part significative de matériaux biosourcés dans leurs constructions. Les bâtiments nouveaux dont la construction intègre une part minimale de matériaux biosourcés peuvent prétendre à l'obtention de ce label.",
      [E], notes="Matériaux biosourcés -> environnement (pas biodiversité).", ambiguous=True)
    P("Ces biomatériaux présentent deux principaux avantages sur le plan de l'environnement : d'une part, ils sont issus de matières renouvelables, d'autre part, ils peuvent contribuer à la réduction des émissions de gaz à effet de serre. Il peut ainsi s'agir, à titre d'exemple, du bois et de ses dérivés, du chanvre, de la paille, de la plume ou de la laine de mouton.",
      [E], notes="Environnement, GES.")

    S("https://www.rtbf.be/article/bientot-54-communes-du-commerce-equitable-en-fwb-quels-sont-les-criteres-pour-le-devenir-11197887", "Bientôt 54 communes du commerce équitable en FWB : quels sont les critères pour le devenir ? (RTBF)")
    P("6 critères sont requis pour l’admission à ce titre, à commencer par encourager l’administration communale à faire figure d’exemple, par l’achat de produits issus du commerce équitable. Les communes, via les marchés publics, peuvent en effet avoir un impact considérable sur les décisions de consommation au sein de leur administration, explique Caroline Laroye.",
      [CEQ], notes="Achats équitables des communes (Belgique).")
    P("Elles devront ensuite soutenir les citoyens dans leurs initiatives de commerce ou d’Horeca équitables, et les aider à mettre en évidence la complémentarité entre les produits du sud, comme le café ou le chocolat, et les produits locaux.",
      [CEQ, AL], notes="Équitable; produits locaux.", ambiguous=True)
    P("Il est essentiel aussi de communiquer largement sur le commerce équitable, d’en faire la promotion dans les écoles, les entreprises, les associations, pour qu’elles favorisent l’achat de produits équitables.",
      [CEQ], notes="Promotion du commerce équitable.")

    S("https://coorace-idf.fr/2020/02/04/legalite-femme-homme-dans-les-clauses-sociales", "L'égalité femme-homme dans les clauses sociales (COORACE Île-de-France)")
    P("COORACE Île-de-France est intervenu lors de l’événement « L’égalité femme-homme dans les clauses sociales », organisé par la MACS et le Centre Hubertine Auclert. Pierre Guillien, directeur de la structure Optim Emploi adhérente à COORACE, est également intervenu lors de l’événement pour présenter ses travaux sur le sujet.",
      [EG, CS], notes="Égalité femmes-hommes dans les clauses sociales.")
    P("Les clauses sociales portent à 54% sur des missions de BTP, et 86% des heures effectuées le sont par des hommes. Avec le développement du recours aux clauses sociales, les inégalités femmes-hommes se sont accentuées dans l’Insertion par l’Activité Economique.",
      [EG, CS], notes="Heures d'insertion par sexe.")
    P("La question de la mixité femme-homme dans les différents secteurs est un problème à l’échelle de la société. Les femmes se retrouvent dans les métiers les plus précaires, les moins payés, et avec le moins d’heures de travail.",
      [EG], notes="Mixité; précarité (conditions de travail possibles).", ambiguous=True)
    P("Cela touche d’autant plus les métiers non qualifiés, ce qui explique pourquoi le secteur de l’insertion est particulièrement concerné.",
      [EG, CS], notes="Insertion et inégalités (suite).", ambiguous=True)
    P("Au sein des structures d’insertion, le problème de la faible mixité des postes vient de plusieurs acteurs, à plusieurs niveaux. Les prescripteurs ont eux-mêmes des stéréotypes et envoient souvent les candidats sur des métiers dit « genrés » : les hommes vers le BTP, la logistique et les femmes sur l’aide à la personne, le ménage ou le secrétariat.",
      [EG, CS], notes="Mixité dans l'insertion.")
    P("Les personnes en charge ont une vision du BTP comme ne nécessitant que des salariés capables de porter des charges lourdes, et que cela ne peut être des femmes. Sur les chantiers, il n’y a pas toujours de vestiaires prévus pour les femmes, ou d’équipements adaptés.",
      [EG, CT], notes="Stéréotypes; vestiaires et équipements (conditions de travail).", ambiguous=True)
    P("Les femmes elles-mêmes s’autocensurent et ne se sentent pas capables de postuler à ces emplois. Par ailleurs, lorsqu’elles accèdent à ces postes, elles subissent des propos ou comportements sexistes.",
      [EG], notes="Sexisme.")

    S("https://travail-emploi.gouv.fr./initiative-territoriale-rennes-les-metiers-du-batiment-souvrent-aux-femmes", "Initiative territoriale : à Rennes, les métiers du bâtiment s'ouvrent aux femmes (ministère du Travail)")
    P("En arrivant à la gare de Rennes par le train, il ne fait aucun doute que la capitale bretonne construit son avenir. De grands projets sont en cours : quartier EuroRennes autour de la gare, cité internationale Paul-Ricoeur, nouvelle ligne de métro, etc...autant de chantiers que d’opportunités pour développer l’emploi et, en particulier, l’insertion.",
      [CS], notes="Chantiers et insertion.")
    P("À travers la clause sociale d’insertion, le droit des marchés publics permet de lier commande publique et accès à un emploi durable pour ceux qui en sont éloignés. C’est donc un formidable levier pour favoriser l’insertion et l’accès à l’emploi.",
      [CS], notes="Clause sociale d'insertion.")
    P("Elle impose en effet aux entreprises ou structures qui veulent remporter ces marchés de réserver un certain nombre d’heures de travail à des personnes éloignées de l’emploi, notamment les bénéficiaires du RSA, les 16-25 ans suivis par les Missions locales ou des plus de 25 ans suivis par le Plan local d’insertion par l’emploi, les travailleurs reconnus handicapés…",
      [CS], notes="Publics de la clause (travailleurs handicapés comme public: pas un marché réservé).", ambiguous=True)
    P("La clause d’insertion, qui implique aussi un accompagnement des bénéficiaires, facilite leur (ré-)insertion professionnelle et, au-delà, leur permet de développer leurs compétences.",
      [CS], notes="Clause d'insertion.")
    P("L’objectif est qu’au final, elles (re-)trouvent du travail, que ce soit dans l’entreprise qui les aura accueillies au titre de la clause ou ailleurs.",
      [CS], notes="Insertion.")
    P("Les grands chantiers menés par la Métropole de Rennes et leurs clauses d’insertion sont une opportunité pour développer le retour à l’emploi.",
      [CS], notes="Clauses d'insertion.")

    S("https://ville-betheny.fr/cadre-de-vie/espaces-verts/article/des-pratiques-plus-respectueuses", "Espaces verts : des pratiques plus respectueuses (Ville de Bétheny)")
    P("Consciente que certaines pratiques d’entretien des espaces verts sont nuisibles aux écosystèmes, la commune s’est engagée dans cette réflexion et a d’ores et déjà mis en œuvre des pratiques plus vertueuses.",
      [BIO], notes="Écosystèmes.")
    P("→ La suppression de l’utilisation des produits phytosanitaires (herbicides notamment), qui correspond à une prescription légale, pose le problème d’une solution alternative pour le nettoyage des herbes folles, le long des trottoirs par exemple.",
      [BIO, E], notes="Zéro phyto (biodiversité; environnement).", ambiguous=True)
    P("→ L’utilisation d’engrais organiques plus respectueux de l’environnement.",
      [E], notes="Environnement.")
    P("→ La gestion différenciée des espaces verts se traduit par l’identification et la classification de ces espaces. La mise en œuvre de prairies fleuries augmente la variété des espèces végétales et constitue des refuges et des ressources, en particulier pour les insectes pollinisateurs.",
      [BIO], notes="Gestion différenciée, pollinisateurs.")
    P("S’ajoutent la différenciation des tontes en fonction de l’utilisation des lieux (moins fréquentes sur les talus), la modification des techniques de taille du patrimoine arboré et des fleurissements de la commune, l’apport de techniques de récupération de végétaux (broyage, compostage, paillage) et une utilisation raisonnée de l’eau.",
      [BIO, CE, E], notes="Gestion différenciée; compostage (déchets verts); eau.", ambiguous=True)
    P("→ La récupération d’eau pluviale à l’aide de citernes apposées aux abords des bâtiments municipaux.",
      [E], notes="Ressource en eau.")

    S("https://caueactu.fr/exemples-damenagements-realises-en-bonne-entente-avec-la-nature/", "Exemples d'aménagements réalisés en bonne entente avec la nature (CAUE actu)")
    P("La gestion différenciée des espaces verts nécessite une bonne connaissance des écosystèmes et des méthodes alternatives pour l’entretien.",
      [BIO], notes="Écosystèmes.")
    P("L’utilisation du paillage, mulch, de la lutte biologique permet de favoriser la biodiversité et de diminuer la main d’oeuvre.",
      [BIO], notes="Biodiversité.")
    P("Former les agents techniques aux méthodes alternatives, à la connaissance des végétaux et aux écosystèmes est donc une nécessité.",
      [BIO], notes="Formation aux écosystèmes.", ambiguous=True)

    S("https://citeverte.com/reussir-son-projet/questions-reponses/detail/la-gestion-ecologique-des-espaces-verts-est-elle-possible-partout", "La gestion écologique des espaces verts est-elle possible partout ? (Cité verte)")
    P("Si la gestion écologique est évidente pour certains lieux, on l’imagine peu compatible avec des espaces à fortes contraintes. C’est le cas des jardins historiques, des parcs très fréquentés, des cimetières ou des terrains de sport dont la fonction paraît s’opposer aux initiatives écologiques.",
      [BIO, E], notes="Gestion écologique des espaces verts.", ambiguous=True)
    P("Dans le cas des cimetières, les collectivités locales ont mis en place pour un certain nombre d’entre eux, des initiatives comme le label EcoJardin, valorisant les actions environnementales.",
      [E, BIO], notes="Label de gestion écologique.", ambiguous=True)
    P("L’intérêt écologique des espèces végétales du site est pris en compte et les plantes sans intérêt environnemental sont remplacées par une flore mellifère, en lien avec les quatre ruches installées sur le site.",
      [BIO], notes="Flore mellifère, ruches.")
    P("En plus de n’utiliser aucun produit phytosanitaire depuis 2016, la Ville a misé sur l’économie de l’eau. Les arrosages ont diminué de trois à deux par jour et l’installation de sondes hygrométriques calculant les besoins en eau de la pelouse a permis à la commune de faire des économies financières et environnementales.",
      [BIO, E], notes="Zéro phyto; eau.", ambiguous=True)

    S("http://lespetitesrivieres.com/des-alliances-entre-tpe-pme-au-service-dun-developpement-economique-local-a-fort-impact-social-et-environnemental/", "Des alliances entre TPE/PME et entreprises de l'ESS au service du développement économique local (Les Petites Rivières)")
    P("Comment faire pour que les PME accèdent mieux aux marchés publics lancés par les collectivités locales ? De quelle manière faciliter leurs groupements, afin d’atteindre la taille critique et leur permettre d’assembler leurs compétences, pour répondre aux besoins des acheteurs ?",
      [PME], notes="Accès des PME, groupements.")
    P("Et si entreprises de l’économie sociale et solidaire (ESS) et PME ayant une offre dans le domaine de la transition écologique créaient ensemble de la valeur ?",
      [ESS, PME, E], notes="ESS, PME, transition écologique.")
    P("Ces problématiques, Est Ensemble souhaite les mettre en perspective et les faire avancer dans le cadre de son programme Ellipse. A l’occasion des Portes ouvertes de la commande publique 2019 organisées par Est Ensemble, le 11 avril dernier, Les Petites Rivières a animé une table ronde dans l’objectif de mettre en perspective différentes solutions proposées par les acheteurs, les réseaux et les structures de l’ESS.",
      [ESS, PME], notes="Programme et table ronde (ESS; PME implicites par le contexte).", ambiguous=True)
    P("Allotissement, marchés réservés, clauses sociales d’insertion, sourcing… Dans un premier temps, Catherine Otral Vollmer (chargée des achats à la Direction des Assemblées et des Affaires Juridiques d’Est Ensemble) et Jeanne Amette (Cheffe du service des achats publics au Département de Seine-Saint-Denis) ont rappelé les grands principes du nouveau Code de la Commande publique, permettant de faciliter l’accès des TPE/PME aux marchés publics.",
      [PME, MR, CS], notes="Allotissement et accès des TPE/PME; marchés réservés et clauses d'insertion cités.")
    P("Jeanne Amette a notamment insisté sur le rôle essentiel du sourcing pour permettre aux acheteurs de mieux appréhender les innovations sociales et environnementales dans les offres des entreprises, afin de ne pas « déconnecter les cahiers des charges de la réalité »",
      [INNO, E], notes="Sourcing, innovations sociales et environnementales.", ambiguous=True)
    P("et Catherine Otral Vollmer a complété en évoquant les possibilités représentées par les achats de faible montant pour développer des liens économiques avec les TPE/PME.",
      [PME], notes="Achats de faible montant et TPE/PME (fin de la phrase).")

    S("https://samsic.fr/le-travail-en-journee-quand-la-proprete-devient-visible", "Le travail en journée : quand la propreté devient visible (Samsic)")
    P("Dans cette optique de valorisation des services de nettoyage, la profession promeut depuis maintenant plusieurs années le travail en continu et/ou en journée. Véritable enjeu social et économique, il représente de nombreux avantages pour l’ensemble des parties prenantes, tant pour le prestataire propreté et ses équipes que pour l’entreprise et les usagers de ses sites.",
      [CT], notes="Travail en journée (conditions de travail).")
    P("Le travail en continu et/ou en journée fait référence aux interventions des Agents de propreté effectuées principalement durant la journée, plutôt qu’en horaires décalés (avant 9h et/ou après 17h).",
      [CT], notes="Horaires des agents.")
    P("Avec le système du travail en journée, les Agents de propreté n’ont plus à effectuer leurs prestations tôt le matin et tard le soir, ce qui réduit considérablement la pénibilité du métier :",
      [CT], notes="Pénibilité.")
    P("- Les Agents de service interviennent sur des plages horaires plus compatibles avec une vie familiale et sociale, et peuvent ainsi mieux concilier leur vie professionnelle avec leur vie personnelle.",
      [CT], notes="Conciliation des temps (l'égalité femmes-hommes n'est pas nommée).", ambiguous=True)
    P("- En sortant les Agents de l’ombre, leur travail devient visible, humanisé et contribue à leur reconnaissance sociale. En effet, 95% des employeurs ayant adopté le travail en journée reconnaissent que les Agents se sentent plus reconnus.",
      [CT], notes="Reconnaissance au travail.")
    P("- Les prestations réalisées en journée favorisent la propreté en continu et permettent ainsi l’augmentation du temps de travail. Cela amène à tendre vers le travail à temps plein et à la hausse de la rémunération des salariés.",
      [CT], notes="Temps plein, rémunération.")
    P("- Le travail de jour évite le travail isolé inhérent aux horaires décalés et offre davantage de sécurité aux Agents de service, limitant ainsi les risques profes",
      [CT, SA], notes="Sécurité, risques professionnels (santé au travail); texte coupé par la copie stockée.", ambiguous=True)

    S("http://www.mde-haute-saintonge.com/index.php?mact=Printing,cntnt01,output,0&cntnt01url=aHR0cDovL3d3dy5tZGUtaGF1dGUtc2FpbnRvbmdlLmNvbS9pbmRleC5waHA%2FcGFnZT1yZXBvbmRyZS1hdXgtY2xhdXNlcy1zb2ljYWxlcyZzaG93dGVtcGxhdGU9ZmFsc2U%3D&cntnt01pageid=106&cntnt01script=1&cntnt01returnid=106", "Répondre aux clauses sociales (Maison de l'emploi de Haute-Saintonge)")
    P("Dans un marché public, les collectivités peuvent inclure dans leurs cahiers des charges une clause obligatoire d'insertion professionnelle (article 14 du code des marchés publics).",
      [CS], notes="Clause d'insertion.")
    P("L'introduction des clauses sociales dans les marchés public est un levier important pour faciliter l'accès à l'emploi de publics qui en sont éloignés. Cela permet à la collectivité d'oeuvrer dans le sens du développement durable et dans un soucis de lutte contre l'exclusion.",
      [CS, E], notes="Clauses sociales; développement durable au sens large (convention du dev: environnement).", ambiguous=True)
    P("Toutes les entreprises peuvent répondre à un appel d'offre comprenant une clause de promotion de l'emploi. L'entreprise attributaire d’un marché devra alors réserver des heures de travail (d'un volume précisé dans la clause) à des personnes en insertion professionnelle.",
      [CS], notes="Heures d'insertion.")
    P("En devenant l’interlocuteur unique des donneurs d’ordre publics, des entreprises attributaires des marchés et des acteurs de l’emploi et de l’insertion en Haute-Saintonge (opérateurs d’accueil et d’accompagnement des publics, Structures d’Insertion par l’Activité Economique), la Maison de l'emploi de Haute-Saintonge a développé une offre de service globale pour faciliter la mise en oeuvre de la clause sociale.",
      [CS], notes="Facilitateur de la clause sociale (mise en œuvre d'un dispositif, pas d'un schéma).", ambiguous=True)

    S("https://www.polville.lyon.fr/des-quartiers-lechelle-de-la-ville/les-thematiques/emploi-et-insertion-professionnelle/les-clauses", "Les clauses sociales dans les marchés publics (Politique de la ville, Lyon)")
    P("Les clauses sociales dans les marchés publics constituent un levier pour promouvoir l'insertion des publics en difficulté.",
      [CS], notes="Clauses sociales.")
    P("Ce dispositif de lutte contre les exclusions implique les collectivités territoriales en tant qu’acheteurs, et les associations et structures d’insertion en tant que prestataires. Il est coordonné à Lyon par la Maison Métropolitaine d'Insertion pour l'Emploi.",
      [CS], notes="Dispositif d'insertion.")
    P("Les achats de biens et de services des collectivités doivent prendre en compte des objectifs de développement durable : notamment le respect de l'environnement, et le progrès social et la cohésion sociale.",
      [E], notes="Développement durable, environnement; progrès social vague.", ambiguous=True)
    P("Pour respecter ces obligations, les collectivités peuvent insérer dans leurs appels d'offre des clauses sociales, qui peuvent conditionner l’attribution d’un marché, et auxquelles les entreprises peuvent répondre en recrutant des personnes éloignées de l’emploi.",
      [CS], notes="Clauses sociales.")
    P("Les services municipaux intègrent dans les marchés dont l’objet s’y prête, des conditions d’exécution permettant de promouvoir l’emploi des personnes rencontrant des difficultés particulières dans l’accès à un emploi (demandeurs d’emploi de longue durée ou de plus de 50 ans, jeunes de moins de 26 ans peu qualifiés, bénéficiaires des minima sociaux, etc.).",
      [CS], notes="Publics de la clause.")
    P("Les demandeurs d’emploi résidant dans les quartiers prioritaires de la politique de la ville sont également concernés lorsqu’ils correspondant à un des critères d’éloignement à l’emploi.",
      [CS], notes="Publics de la clause.")
    P("Pour répondre à son obligation d’insertion, l’entreprise titulaire du marché peut choisir entre l’embauche directe, le recours à une entreprise de travail temporaire d’insertion (ETTI), une association intermédiaire ou un groupement d’employeurs pour l’insertion et la qualification (GEIQ), la co-traitance ou la sous-traitance à une structure d’insertion",
      [CS], notes="Modalités de l'obligation d'insertion (phrase coupée par la copie stockée).")

    S("http://ramoge-stop-waste.org/fr/ENGAGEMENT-COLLECTIVITES-MISE-PLACE-POLITIQUE-REDUCTION-DECHETS,1036.html", "Engagement des collectivités : mise en place d'une politique de réduction des déchets (RAMOGE Stop Waste)")
    P("Au travers de la commande publique et de leur politique interne, les collectivités ont un rôle à jouer dans la réduction des déchets. Informatique, espaces verts, organisation d’évènements, administration, cantines, tous les services sont potentiellement concernés et peuvent devenir plus responsables d’un point de vue environnemental.",
      [CE, E], notes="Réduction des déchets; environnement.")
    P("Cet engagement écologique est également financier, puisqu’il est souvent synonyme d’économies.",
      [E], notes="Engagement écologique.", ambiguous=True)
    P("Cette fiche présente les bases de la démarche de réduction des déchets au sein d’une collectivité, quelques idées d’actions et des ressources complémentaires pour aller plus loin.",
      [CE], notes="Réduction des déchets.")
    P("Les actions présentées sont notamment soutenues par la région PACA dans le cadre de la charte « Zéro déchet plastique ».",
      [CE], notes="Zéro déchet plastique.")
    P("Un salarié français produit en moyenne 130 kg de déchets/an.",
      [CE], notes="Déchets (chiffre).")
    P("• Mettre en place UNE POLITIQUE D’ACHAT RESPONSABLE",
      [G], notes="Politique d'achat responsable (gouvernance au sens large).", ambiguous=True)
    P("• ENGAGER UNE RÉFLEXION générale sur la réduction des déchets et le recyclage au sein des différents services",
      [CE], notes="Déchets, recyclage.")
    P("• ENCOURAGER les bonnes initiatives en faveur du réemploi et de toute alternative durable",
      [CE], notes="Réemploi.")
    P("• RÉDUCTION DES COÛTS d’achat, diminution du gaspillage",
      [CE], notes="Gaspillage.", ambiguous=True)
    P("• MOTIVATION des agents autour d’un engagement commun fédérateur",
      [], notes="Motivation des agents: pas de thème (pas des conditions de travail au sens du dev).", ambiguous=True)
    P("• ANTICIPATION de la réglementation (par exemple, l’interdiction des récipients alimentaires en plastique dans la restauration scolaire à partir de 2025)",
      [CE, AL], notes="Plastique en restauration scolaire (EGalim).", ambiguous=True)
    P("La ville de Mouans-Sartoux est engagée dans une démarche globale de réduction de ses déchets, d’utilisation de matériaux durables et de suppression du plastique à usage unique. La ville est signataire de la charte Zéro déchet plastique de la région PACA.",
      [CE], notes="Réduction des déchets, plastique.")

    S("https://achetons-responsable-hdf.org/espace-ressources/acheter-socialement-responsable/bonnes-pratiques/p/2017/03/08/temoignage-du-conseil-general-du-pas-de-calais", "Témoignage du conseil départemental du Pas-de-Calais (Achetons responsable Hauts-de-France)")
    P("Les marchés publics représentent environ 18 % du produit intérieur brut de l’union européenne.",
      [], notes="Poids général des marchés publics: pas de thème (comme le dev).")
    P("Les achats relèvent d’une responsabilité sociétale de plus en plus importante. L’achat responsable a pour objectif de prendre en compte pour chaque marché les trois piliers du développement durable. C'est-à-dire considérer les 3 composantes interdépendantes liées aux dimensions à caractère sociale, environnementale et économique.",
      [E], notes="Trois piliers du développement durable -> environnement (convention du dev).", ambiguous=True)
    P("Notre politique d’Achat Responsable est structurée sur 3 niveaux, la partie stratégique, organisationnelle et opérationnelle.",
      [G], notes="Organisation de la politique d'achat.")
    P("Soutenue par un engagement et une volonté politique, elle s’intègre dans une stratégie globale définie par la Direction Générale des services et les élus du Conseil Général du Pas-de-Calais.",
      [G], notes="Portage politique, stratégie.")
    P("Inscrite dans la durée et dans un processus d’amélioration continue, l’organisation de notre politique Achat responsable définie ses objectifs, son calendrier de mise en œuvre ainsi que son évaluation.",
      [G], notes="Objectifs, calendrier, évaluation.")
    P("Décomposée par portefeuille Achat, elle permet aux acheteurs de se professionnaliser et d’acquérir une bonne connaissance des produits et services proposés par les différents acteurs du marché.",
      [G], notes="Organisation des achats.", ambiguous=True)
    P("Cette politique permet d’intégrer dans la démarche l’ensemble des fournisseurs ou parties prenantes et favorise les relations mutuellement bénéfiques.",
      [G], notes="Parties prenantes.", ambiguous=True)
    P("Le bilan est bon, les indicateurs nous permettant de mesurer notre engagement en termes de développement durable dans nos achats sont positifs.",
      [G, E], notes="Bilan et indicateurs (suivi); développement durable.")
    P("Le nombre de marchés à clauses d’insertion ou réservés est en augmentation. La prise en compte du développement durable dans la pondération des analyses des offres se généralise.",
      [CS, MR, E], notes="Clauses d'insertion, marchés réservés; développement durable dans l'analyse des offres.", ambiguous=True)

    S("https://vivant-le-media.fr/achats-socialement-et-ecologiquement-responsables", "Achats socialement et écologiquement responsables (Vivant le média)")
    P("Accompagner les acteurs publics et privés à avoir un impact plus vertueux, c’est l’ambition que poursuit la Chambre régionale de l’économie sociale et solidaire (Cress) Nouvelle-Aquitaine à travers la promotion des achats socialement et écologiquement responsables (Aser).",
      [ESS], notes="CRESS, achats responsables.", ambiguous=True)
    P("Le sujet sera au cœur d’une matinée de rencontre entre acheteurs publics et fournisseurs de l’ESS le 15 novembre à Poitiers.",
      [ESS], notes="Fournisseurs de l'ESS.")
    P("Les Aser sont des achats de biens ou de services que des acteurs publics, comme des collectivités, ou des entreprises font auprès de fournisseurs qui poursuivent une ambition sociale ou écologique.",
      [E], notes="Ambition sociale ou écologique (vague).", ambiguous=True)
    P("Pour le fonctionnement de ses cantines scolaires, une collectivité peut par exemple décider de se tourner vers un fournisseur responsable qui va employer des personnes en situation de réinsertion professionnelle pour l’aspect social, et qui produit uniquement des produits issus de l’agriculture biologique pour l’aspect écologique.",
      [AL, CS], notes="Cantines bio; réinsertion professionnelle.")
    P("Non, c’est à chaque entreprise, chaque collectivité de fixer des critères pour juger de cette responsabilité dans le cadre du code de la commande publique.",
      [], notes="Pas de thème.", ambiguous=True)
    P("Mais de fait, les structures de l’Économie sociale et solidaire (ESS) garantissent par leur statut une non-lucrativité, ou une lucrativité encadrée, ce qui favorise le maintien de la valeur sur le territoire.",
      [ESS, PME], notes="ESS; valeur sur le territoire (économie locale).", ambiguous=True)
    P("De par leur ancrage territorial, elles sont également des entreprises non délocalisables. Elles peuvent aussi avoir des objectifs d’utilité sociale comme dans l’insertion économique, ce qui fait d’elles des partenaires de choix pour une politique d’Aser.",
      [ESS, CS, PME], notes="ESS, insertion, ancrage local.", ambiguous=True)

    S("https://mairie7.lyon.ntic.fr/evenement/conference/acheter-du-materiel-reconditionne-une-solution-pour-la-planete", "Conférence : acheter du matériel reconditionné, une solution pour la planète ? (Mairie du 7e arrondissement de Lyon)")
    P("Depuis la loi anti-gaspillage pour une économie circulaire, dite loi AGEC de 2020, les collectivités territoriales ont l'obligation d'acquérir et de déployer du matériel reconditionné, à hauteur de 20 à 30% des coûts d’acquisitions.",
      [CE, NUM], notes="AGEC, matériel reconditionné (informatique par le contexte).", ambiguous=True)
    P("Pierre Musy, responsable de Pôle à la Direction des Systèmes d'Information et de la Transformation Numérique (DSITN - Ville de Lyon), a développé une expertise sur le matériel reconditionné et présentera les bonnes raisons de recourir à ce matériel, pour un usage du quotidien.",
      [NUM, CE], notes="DSI, matériel reconditionné.")
    P("Il reviendra aussi sur l'expérience menée à la Ville de Lyon pour utiliser du matériel informatique reconditionné. Quels sont les problèmes rencontrés, les difficultés et les solutions mises en œuvre pour favoriser ces nouvelles pratiques ? Comment contribuent-elles efficacement à limiter nos émissions de gaz à effet de serre ?",
      [NUM, CE, E], notes="Informatique reconditionnée; GES.")
    P("Le saviez-vous ? La fabrication d’un appareil informatique représente 60% des émissions de gaz à effet de serre, générées par le secteur du numérique.",
      [NUM, E], notes="Empreinte carbone du numérique.")
    P("L'extension de la durée de vie d'un appareil contribue donc à limiter les émissions, mais également les déchets informatiques.",
      [NUM, E, CE], notes="Durée de vie, émissions, déchets.")
    P("Pour aller plus loin, n’hésitez pas à tester vos connaissances et découvrir les nombreuses bonnes pratiques pour passer à l’action sur Alt Impact, un nouveau site de l'ADEME (Agence de la transition écologique).",
      [E], notes="Renvoi vers un site de l'ADEME (environnement, faible).", ambiguous=True)
