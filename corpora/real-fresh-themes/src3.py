"""Evaluation-only real passages labelled for themes, set 3 (``corpora/real-fresh-themes/passages3.jsonl``); never
train on them.

Collected as sets 1 and 2 (``src.py``, ``src2.py``) were, on other hosts: each page's usable opening (as returned by
the project's search tool, corpus "pages") is transcribed passage by passage, verbatim except for runs of spaces, and
labelled with **all** its themes with the shared real dev set's conventions. No theme model was run on these passages
while collecting or labelling (blind). Objective fields are left minimal (``is_objective`` false, no objectives): this
set is for themes only.
"""
# ruff: noqa: E501

from passage_checks import AL, BIO, CE, CEQ, CS, CT, EFH, EN, ESS, INNO, MR, NUM, PME, SA, E, G


def load(S, P, Q) -> None:

    S("http://essonne21.fr/spip.php?article2295", "Le schéma de promotion des achats publics socialement responsables (Essonne 21)")
    P("Le schéma de promotion des achats publics socialement responsables",
      [G, CS], notes="Titre de la page: le schéma (plan, gouvernance au sens large), achats socialement responsables (clauses sociales).", ambiguous=True)
    P("La loi Economie Sociale et Solidaire (ESS) du 31 juillet 2014 permet de faire connaître aux citoyens le périmètre de l’Economie sociale et solidaire pour favoriser leur implication dans ce mode innovant d’entreprendre et initier un véritable changement d’échelle.",
      [ESS], notes="Loi ESS et périmètre de l'ESS.")
    P("En effet, ce nouveau mode d’entreprendre permet de concilier un développement économique avec les salariés et en lien avec les territoires.",
      [ESS], notes="Le mode d'entreprendre de l'ESS (par le contexte).", ambiguous=True)
    P("La notion d’entreprise de l’ESS regroupe les acteurs historiques de l’économie sociale - à savoir les associations, les mutuelles, les coopératives et les fondations - mais aussi de nouvelles formes d’entrepreneuriat social comme les sociétés commerciales, qui poursuivent un objectif d’utilité sociale et qui font le choix de s’appliquer à elles-mêmes les principes de l’économie sociale et solidaire.",
      [ESS], notes="Définition des entreprises de l'ESS.")
    P("Les pouvoirs adjudicateurs et les entités adjudicatrices doivent élaborer et publier un « schéma de promotion des achats publics socialement responsables », dès que le montant annuel des marchés est supérieur à 100 millions.",
      [G, CS], notes="Obligation d'adopter le schéma (gouvernance); achats socialement responsables (clauses sociales).", ambiguous=True)
    P("Ce schéma fixera des objectifs de passation de marchés comportant des clauses sociales et les modalités de mise en œuvre.",
      [CS, G], notes="Clauses sociales; objectifs et modalités du schéma (gouvernance).")
    P("Les collectivités restent libres de choisir le contenu de ce schéma et d’en déterminer la périodicité, la durée et les possibilités de modification.",
      [G], notes="Contenu, durée et révision du schéma: gouvernance.")

    S("https://ghla-dev.keeo.com/achats-et-ventes/notre-politique-dachat", "Politique d’achats publics (GHT Atlantique 17)")
    P("Le GHT Atlantique 17, créé au terme d’une convention constitutive en date du 30 juin 2016, regroupe les établissements suivants : les Hôpitaux La Rochelle-Ré-Aunis (HLRRA), le Centre Hospitalier de Rochefort, le Centre Hospitalier de Marennes et le Centre Hospitalier de l’Ile d’Oléron.",
      [], notes="Présentation du groupement hospitalier, sans thème.")
    P("La convention constitutive sus-citée prévoit en son article 16, quatre fonctions mutualisées dont la fonction achat dans les domaines suivants :",
      [G], notes="Organisation mutualisée de la fonction achat (gouvernance au sens large).", ambiguous=True)
    P("- L’élaboration de la politique et des stratégies d’achat de l’ensemble du domaine d’achat",
      [G], notes="Politique et stratégies d'achat: gouvernance.")
    P("- La planification et la passation des marchés",
      [G], notes="Planification des achats (pilotage).", ambiguous=True)
    P("- Le contrôle de gestion des achats",
      [G], notes="Contrôle de gestion: suivi.")
    P("Cette mutualisation de la fonction achat a pour objectif de faire du GHT l’échelon de référence pour la mise en œuvre d’une politique et d’une organisation des achats des établissements parties notamment par l’intermédiaire d’achats groupés et le recours à des opérateurs mutualisés.",
      [G], notes="Politique et organisation des achats: gouvernance.")
    P("Le montant total des achats des HLRRA s’est établi à 122 millions d’euros lors de l’exercice 2022.",
      [], notes="Volume total des achats, sans thème (comme les passages généraux du dev).")
    P("Les achats relatifs à la pharmacie représentent près de 50% du volume d’achats du groupement hospitalier.",
      [SA], notes="Achats de pharmacie (santé au sens large?); le dev ne le classe pas forcément.", ambiguous=True)
    P("Parmi les autres familles importantes, les dépenses de travaux, de fournitures, prestations techniques et énergie représentent 30% du total d’achats du groupement hospitalier.",
      [EN], notes="Dépenses d'énergie citées dans une liste de familles d'achat.", ambiguous=True)
    P("La direction des achats contractualise presque exclusivement avec des fournisseurs français dont 50% se trouvent en Charente Maritime.",
      [PME], notes="Fournisseurs locaux (ancrage territorial).")
    P("Par ailleurs, le GHTA17 a intégré en 2022 le groupement de coopération sanitaire Achats de Nouvelle-Aquitaine, soutenu par l’Agence régionale de santé.",
      [G], notes="Adhésion à un groupement régional d'achats (réseau, gouvernance).", ambiguous=True)
    P("Soucieux de s’inscrire dans une démarche d’achats efficients mais aussi socialement et écologiquement responsables le GHT a été un de tous premiers à réaliser son SPASER, validé en septembre 2023.",
      [G, CS, E], notes="Adoption du SPASER (gouvernance), socialement (clauses sociales) et écologiquement (environnement) responsables.")

    S("http://www.amue.fr/presentation/articles/article/une-etape-vers-le-developpement-durable-pour-lenseignement-superieur-et-la-recherche/", "Une étape vers le développement durable pour l'enseignement supérieur et la recherche (AMUE)")
    P("Dans un contexte de prise en compte accrue des préoccupations du développement durable, un groupe de travail étudiant les problématiques d’achats en matière de recherche a élaboré une charte des achats durables pour la recherche et l’enseignement supérieur",
      [E, G], notes="Groupe de travail et charte (gouvernance); achats durables (environnement au sens large).")
    P("Que signifie l'expression \"achats durables\" ?",
      [E], notes="Intertitre: achats durables au sens large -> environnement.", ambiguous=True)
    P("Comme les entreprises et les autres collectivités publiques, les universités et les organismes de recherche intègrent de plus en plus les préoccupations de développement durable dans la mise en œuvre de leurs missions[1].",
      [E], notes="Développement durable au sens large -> environnement.")
    P("Ces engagements de politique générale des établissements peuvent notamment être déclinés à travers leur politique d’achat, sous deux angles principaux : une approche « produit » (acquisition de produits respectant des critères environnementaux, sociaux et / ou éthiques) et une approche « fournisseur » (privilégier des fournisseurs engagés dans une démarche de développement durable, ou inciter ses propres fournisseurs à le faire)",
      [E, CS, G], notes="Critères environnementaux (environnement) et sociaux (clauses sociales, convention du dev); politique d'achat (gouvernance).", ambiguous=True)
    P("Le 13 novembre 2006, lors du comité interministériel pour le développement durable, le gouvernement a décidé de l’élaboration d’un Plan national d’action pour des achats publics durables.",
      [G, E], notes="Plan national (gouvernance) d'achats publics durables (environnement au sens large).")
    P("L’objectif est de faire de la France un des pays les plus engagés dans la mise en œuvre du développement durable dans la commande publique.",
      [E], notes="Développement durable dans la commande publique.")
    P("Ce plan à fait l’objet d’une consultation publique du 14 décembre 2006 au 25 janvier 2007, afin de recueillir l’avis de tous les acteurs de la commande publique.",
      [G], notes="Consultation sur le plan national: gouvernance.")
    P("Il a été rendu public par les ministères de l’économie et de l’écologie en mars 2007.",
      [G], notes="Publication du plan (par le pronom).", ambiguous=True)
    P("Au final, il renforce les nombreuses mesures prisent en France qui favorisent la prise en compte du développement durable dans les achats publics.",
      [E], notes="Développement durable dans les achats publics.")
    P("C’est dans ce contexte qu’une charte des achats durables a été créée.",
      [G, E], notes="Charte (gouvernance) des achats durables (environnement au sens large).")
    P("Le groupe Achats Recherche",
      [G], notes="Intertitre: un groupe d'acheteurs (réseau).", ambiguous=True)

    S("https://yvescontassot.eu/?p=6958", "Verdissement de l’administration parisienne (blog d’Yves Contassot, adjoint au maire de Paris)")
    P("Face à la crise sociale et à la crise environnementale, mener une action particulièrement volontariste.",
      [E], notes="Crise environnementale (environnement); « crise sociale » n'est pas une clause d'insertion.", ambiguous=True)
    P("La prise en compte de ces préoccupations dans les achats et les marchés des collectivités publiques constitue un formidable levier d’action.",
      [E, CS], notes="Préoccupations sociales et environnementales dans les achats (par le pronom).", ambiguous=True)
    P("C’est ce qu’on appelle le « verdissement de l’administration ».",
      [E], notes="Verdissement: environnement.")
    P("Les Verts Paris avaient mis cet objectif dans leur programme municipal en 2001 mais il n’avait pas été repris dans le contrat de mandature signé avec le PS.",
      [E], notes="Objectif de verdissement (par le contexte).", ambiguous=True)
    P("Nous avons cependant beaucoup travaillé collectivement dans ce sens au point que le verdissement devient une réalité dans l’administration parisienne.",
      [E], notes="Verdissement: environnement.")
    P("Le verdissement recouvre plusieurs aspects.",
      [E], notes="Verdissement: environnement.", ambiguous=True)
    P("Il s’agit d’abord, bien sur, de chercher l’impact environnemental minimum des achats de la Ville.",
      [E], notes="Impact environnemental des achats.")
    P("Aussi bien en amont (fabrication des produits, livraisons…), pendant leur utilisation à Paris (véhicules de service moins polluants…), en aval (réduction des déchets…).",
      [E, CE], notes="Véhicules moins polluants (environnement), réduction des déchets (économie circulaire).")
    P("Il s’agit aussi utiliser la force d’achat de la collectivité pour aider localement les personnes les plus fragiles (insertion, secteur protégé…) ou, plus généralement, le commerce équitable et l’économie sociale et solidaire.",
      [CS, MR, CEQ, ESS], notes="Insertion, secteur protégé, commerce équitable, ESS.")
    P("C’est enfin agir sur l’offre de produits éthiques en renforçant la demande.",
      [CEQ], notes="Produits éthiques (proche du commerce équitable cité juste avant).", ambiguous=True)
    P("Naturellement, je me suis efforcé d’intégrer le maximum de clauses environnementales dans les achats et les marchés des directions sous ma responsabilité : sacs des corbeilles de rues et bacs de collecte en matière recyclée, imprimerie interne utilisant de l’encre végétale, véhicules de collecte moins polluants et moins bruyant, livraison des bacs de tri par train, clauses d’insertions dans les marchés de collecte des déchets, etc.",
      [E, CE, CS], notes="Clauses environnementales, matière recyclée et collecte des déchets, clauses d'insertion.")
    P("Grâce à la pugnacité des Verts, dans l’hémicycle comme dans les arbitrages au sein de l’exécutif, le mouvement s’est maintenant étendu à l’ensemble de la Ville.",
      [E], notes="Le mouvement de verdissement (par le contexte).", ambiguous=True)
    P("Rares sont les domaines qui échappent à une dose de verdissement.",
      [E], notes="Verdissement: environnement.")

    S("https://id-territoriale.fr/a/les-achats-responsables-privilegies", "Les achats responsables privilégiés (ID Magazine, Pays de Grasse)")
    P("Cette récompense distingue la politique d’achats responsables de la collectivité.",
      [G, E], notes="Politique d'achats responsables (gouvernance au sens large; achats responsables -> environnement au sens large).", ambiguous=True)
    P("Depuis plusieurs années déjà, la communauté d’agglomération du Pays de Grasse œuvre pour mener à bien une politique d’achats responsables.",
      [G, E], notes="Politique d'achats responsables (gouvernance; environnement au sens large).", ambiguous=True)
    P("« Il ne s’agit pas de travailler seulement sur la partie environnementale », explique André Laurent, Directeur général des services de la collectivité.",
      [E], notes="Volet environnemental.")
    P("Les premiers pas de cette politique d’achat durable sont faits dès 2006.",
      [G, E], notes="Politique d'achat durable (gouvernance; environnement au sens large).", ambiguous=True)
    P("Plusieurs plans d’actions sont également mis en place au sein de la communauté d’agglomération : une charte pour l’environnement en 2006, un Plan local énergie et environnement en 2007, un contrat local de développement de l’Economie sociale et solidaire en 2012, ou encore un Plan climat énergie en 2013.",
      [G, E, EN, ESS], notes="Plans d'actions (gouvernance), environnement, énergie, ESS.")
    P("C’est donc dans ce contexte que la collectivité, et plus particulièrement le service de la commande publique, a élaboré un plan « achats durables », décliné en 7 actions principales (lire ci-contre).",
      [G, E], notes="Plan d'achats durables: gouvernance; achats durables -> environnement.")
    P("« Nous avons souhaité développer une démarche qui soit environnementale, mais également sociale », insiste le DGS de la communauté d’agglomération du Pays de Grasse.",
      [E, CS], notes="Démarche environnementale et sociale (le social lu comme clauses sociales, convention du dev).", ambiguous=True)
    P("Les outils à disposition pour tendre vers des achats responsables sont nombreux : « un comité de pilotage regroupant notamment les chefs de services de la commande publique, de l’ESS (Economie sociale et solidaire) ou encore de la maîtrise de l’énergie a été mis en place ».",
      [G, ESS, EN], notes="Comité de pilotage (gouvernance) avec l'ESS et la maîtrise de l'énergie.")
    P("Un facilitateur de clauses sociales a également été recruté.",
      [CS], notes="Facilitateur de clauses sociales.")

    S("http://www.formation-marches-publics.fr/vehicules/", "Acheter des véhicules (formation-marches-publics.fr)")
    P("L’intérêt d’une démarche éco-responsable, l’importance des services associés.",
      [E], notes="Démarche éco-responsable dans l'achat de véhicules: environnement.", ambiguous=True)
    P("Rouler à l’essence, à l’électricité, à l’huile de colza ?",
      [E, EN], notes="Choix de la motorisation des véhicules (véhicules propres: environnement; carburants: énergie).", ambiguous=True)
    P("De nombreuses problématiques doivent être abordées pour appréhender efficacement le marché et réussir l’acquisition, l’extension ou le renouvellement de votre flotte de véhicules de service.",
      [], notes="Achat de véhicules sans critère durable: sans thème.")
    P("Mobilisant à la fois des compétences techniques et administratives pointues, faisant appel à l’avis de leurs utilisateurs, impliquant dans l’idéal une démarche éco-responsable et nécessitant une connaissance fine des services pouvant y être associés, l’acquisition de voitures et d’utilitaires couvre la totalité des problématiques inhérentes au métier d’acheteur.",
      [E], notes="Démarche éco-responsable (environnement) citée dans une phrase sur le métier d'acheteur.", ambiguous=True)
    P("Dans le cadre de ces marchés, de nombreuses problématiques sont abordées : durée d’amortissement, planification des modalités d’entretien préventif et curatif, prise en compte du développement durable notamment.",
      [E], notes="Développement durable au sens large -> environnement.", ambiguous=True)

    S("https://territoiresenresidences.wordpress.com/2012/03/28/co-construire-un-projet-dachat-durable-a-la-region-rhone-alpes/", "Co-construire un projet d’achat durable à la Région Rhône-Alpes… (Territoires en résidences, La 27e Région)")
    P("Co-construire un projet d’achat durable à la Région Rhône-Alpes…",
      [E, G], notes="Titre: projet d'achat durable (environnement au sens large; démarche de la Région, gouvernance).", ambiguous=True)
    P("Nous étions ce matin à l’Hôtel de Région Rhône-Alpes pour une première réunion de mise en place de la prochaine résidence qui explorera la question des achats durables.",
      [E, G], notes="Réunion de lancement (gouvernance au sens large) sur les achats durables (environnement).", ambiguous=True)
    P("D’abord une volonté de mettre en avant une politique d’achat durable.",
      [G, E], notes="Politique d'achat durable.")
    P("Éliane Giraud, Conseillère déléguée à l’administration générale et aux PNR présentait les orientations stratégiques sur la question des clauses sociales et environnementales dans les marchés de la Région: …une politique ‘achat’ de la Région 100% ‘globalement performante en développement durable’",
      [CS, E, G], notes="Orientations stratégiques (gouvernance), clauses sociales et environnementales.")
    P("Au-delà d’introduire des critères de développement durable dans les procédures d’achat, l’objectif est de donner du sens à l’action régionale.",
      [E], notes="Critères de développement durable (environnement au sens large).")
    P("Et c’est là que les achats durables deviennent particulièrement intéressants: les achats pratiqués par l’acteur public représentent un levier financier particulièrement important.",
      [E], notes="Achats durables au sens large -> environnement.", ambiguous=True)
    P("Actionner ce levier vers le développement durable permet d’agir sur le tissu économique des fournisseurs en les incitant eux-mêmes à proposer des produits et services plus durables pour être éligibles.",
      [E], notes="Développement durable, produits plus durables.")

    S("https://www.atlanpolebiotherapies.com/actualites/le-chu-de-rennes-et-philips-sengagent-dans-la-reduction-de-lempreinte-environnementale-dun-equipement-dimagerie-interventionnelle-de-derniere-generation-grace-a-lutilisation-dune-methode-i/", "Le CHU de Rennes et Philips s’engagent dans la réduction de l’empreinte environnementale d’un équipement d’imagerie (Atlanpole Biothérapies)")
    P("Le CHU de Rennes et Philips s’engagent dans la réduction de l’empreinte environnementale d’un équipement d’imagerie interventionnelle de dernière génération grâce à l’utilisation d’une méthode innovante",
      [E], notes="Titre: empreinte environnementale d'un équipement; la « méthode innovante » est une ACV, pas un achat innovant.", ambiguous=True)
    P("Le système de santé est responsable d’environ 5% du total des émissions de CO2 en France.",
      [E], notes="Émissions de CO2 du système de santé.")
    P("Les CHU sont, dans ce contexte, pleinement conscients de leur responsabilité sociale et environnementale.",
      [E], notes="Responsabilité environnementale; « responsabilité sociale » générale, pas une clause d'insertion.", ambiguous=True)
    P("En 2020, le CHU de Rennes a conduit son bilan carbone, mettant ainsi en évidence trois principaux postes d’émission de gaz à effet de serre : les achats (44 %), les mobilités (37 %) et les énergies (11 %).",
      [E, EN], notes="Bilan carbone (environnement), poste énergie.")
    P("Il a conduit à la mise en place d’un plan d’actions basé sur une politique d’achats responsables, le développement des mobilités alternatives, l’optimisation des consommations d’énergie et la réduction de la production de déchets.",
      [G, E, EN, CE], notes="Plan d'actions et politique d'achats (gouvernance), mobilités (environnement), énergie, déchets.")
    P("L‘impact prépondérant des achats de médicaments et de matériel médical a par ailleurs mis en lumière la nécessité de collaborer avec les industriels afin de réduire l’impact carbone lié aux équipements biomédicaux.",
      [E], notes="Impact carbone des achats de produits de santé (environnement; la santé des usagers n'est pas en jeu).", ambiguous=True)
    P("Dans le cadre de leur partenariat stratégique d’innovation, le CHU et la société Philips sont engagés pour participer activement à la réduction de l’empreinte carbone via un premier cas d’usage : l’analyse de cycle de vie (ACV) d’un système biplan d’imagerie interventionnelle (Azurion FD20/15, Philips, Pays-Bas) dédié à la neuroradiologie.",
      [E, INNO], notes="Empreinte carbone, ACV (environnement); partenariat d'innovation avec un industriel (achats innovants au sens large).", ambiguous=True)
    P("Afin de partager les résultats de cette première étape et de préparer la suivante, le CHU de Rennes a accueilli, le lundi 9 mai, M. Robert Metzke, directeur mondial du développement durable Philips, accompagné d’une délégation de dix personnes expertes dans l’imagerie de dernière génération, le développement durable, l’analyse de l’impact environnemental d’équipements médicaux lourds, l’innovation en santé et l’accompagnement au changement.",
      [E], notes="Développement durable, impact environnemental (l'innovation en santé n'est pas un achat innovant).", ambiguous=True)

    S("https://fredonidf.fr/actualites/gestion-differenciee-zero-phyto-biodiversite", "Gestion différenciée, zéro phyto et biodiversité (FREDON Île-de-France)")
    P("« Entretenir autant que nécessaire, mais aussi peu que possible ! »",
      [BIO], notes="Précepte de la gestion différenciée des espaces verts (par le contexte).", ambiguous=True)
    P("Nombreux sont les gestionnaires d’espaces de nature en ville qui appliquent ce précepte.",
      [BIO], notes="Gestion des espaces de nature (par le contexte).", ambiguous=True)
    P("D’abord motivée par le passage au « zéro phyto » sur les espaces publics, la gestion différenciée participe à l’évolution des paysages urbains.",
      [BIO], notes="Zéro phyto, gestion différenciée.")
    P("Aujourd’hui, cette mutation est guidée par de nouveaux enjeux tels que la préservation de la biodiversité et la renaturation des villes qui sont les leviers d’amélioration de la santé et du bien-être.",
      [BIO, SA], notes="Biodiversité; santé et bien-être des populations.")
    P("La gestion différenciée pour l’atteinte du zéro phyto",
      [BIO], notes="Intertitre: gestion différenciée, zéro phyto.")
    P("Le principe de gestion différenciée avait émergé dès les années 70, dans le but de rationaliser l’entretien des espaces verts.",
      [BIO], notes="Gestion différenciée des espaces verts.")
    P("Mais ce n’est qu’à partir des années 2000, avec la prise de conscience de l’impact des pesticides sur la santé et l’environnement, puis la parution du premier plan Ecophyto en 2008, que la gestion différenciée s’est alors imposée comme le modèle de gestion à mettre en place.",
      [BIO, SA, E], notes="Gestion différenciée (biodiversité), pesticides et santé, environnement.")
    P("Avec l’entrée en vigueur de la Loi Labbé en 2017 et les programmes « zéro phyto », les gestionnaires ont été contraints de mettre en place des plans de gestion reposant sur des solutions alternatives aux produits phytosanitaires pour l’entretien des espaces verts.",
      [BIO], notes="Zéro phyto dans les espaces verts.")
    P("En plus de proposer une esthétique satisfaisante, la gestion des espaces verts doit désormais répondre à un enjeu de santé : préserver la santé des agents, des citadins, mais aussi la santé environnementale et la qualité de l’eau.",
      [SA, BIO, E], notes="Santé des agents et des citadins; espaces verts; qualité de l'eau (environnement).", ambiguous=True)
    P("Les responsables des services espaces verts ont dû faire évoluer leurs pratiques pour se passer des herbicides, fongicides et insecticides.",
      [BIO], notes="Abandon des pesticides dans les espaces verts.")
    P("Ces produits présentaient l’avantage d’atteindre rapidement et à moindre coût les objectifs esthétiques des standards alors attendus : du fleurissement horticole abondant, des végétaux à la taille architecturée, des cimetières et trottoirs sans une « mauvaise herbe » qui dépasse.",
      [BIO], notes="Pesticides et entretien des espaces verts (par le contexte).", ambiguous=True)

    S("https://netpme.fr/?p=4437251", "Accès des TPE/PME à la commande publique : le changement, c’est maintenant ? (Net PME)")
    P("Accès des TPE/PME à la commande publique : le changement, c’est maintenant ?",
      [PME], notes="Titre: accès des TPE/PME à la commande publique.")
    P("La faible part des TPE/PME dans la commande publique persiste malgré l’effort consenti par le gouvernement ces dernières années pour démocratiser les appels d’offres.",
      [PME], notes="Part des TPE/PME dans la commande publique.")
    P("Jeudi 28 mars, plusieurs acteurs du secteur invités par l’AJPME se sont penchés sur la nature d’un problème qui s’obstine.",
      [PME], notes="Le problème de l'accès des PME (par le contexte).", ambiguous=True)
    P("Alors que le Code de la commande publique entre en scène, Xavier Boivert (Breizh Small Business Act), Frédéric Grivot (CPME), Pierre Pelouzet (Médiateur des entreprises) et Olivier Barbier-Mailllot (Abena-Frantex) expliquent en coulisse pourquoi les TPE/PME boudent encore les marchés publics.",
      [PME], notes="TPE/PME et marchés publics.")
    P("Si cela n’est pas nouveau, l’élan insufflé par les diverses lois et ordonnances de ces dernières années aurait pu (dû ?) secouer le cocotier.",
      [PME], notes="Lois en faveur des PME (par le contexte).", ambiguous=True)
    P("Or, entre 2014 et 2017, la part des TPE/PME dans la commande publique est passée de 62 à 57,5 % en nombre de contrats et de 33 à 29,4 % en montants.",
      [PME], notes="Part des TPE/PME.")
    P("L’enjeu pèse pourtant près de 200 Md€ par an.",
      [PME], notes="Montant de la commande publique ouverte aux PME (par le contexte); proche d'un passage général sans thème.", ambiguous=True)
    P("Pourquoi la récente mutation de la commande publique en faveur des TPE/PME peine à produire ses effets ?",
      [PME], notes="Commande publique en faveur des TPE/PME.")
    P("Commande publique et TPE/PME : des délais de paiements qui collent à la peau",
      [PME], notes="Intertitre: délais de paiement des TPE/PME.")
    P("Les délais de paiement cristallisent les problèmes de trésorerie des TPE/PME qui s’engagent dans la commande publique.",
      [PME], notes="Délais de paiement et trésorerie des TPE/PME.")
    P("« Monsieur, vous attendrez, la liste est longue », entend encore raisonner Olivier Barbier-Maillot, P.DG d’Abena-Frantex, PME spécialiste de l’usage unique et comptant plus de 160 collaborateurs.",
      [PME], notes="Retards de paiement subis par une PME (par le contexte).", ambiguous=True)
    P("« Parfois 9 mois de retard, parfois pas de paiement du tout », se remémore-t-il, amer.",
      [PME], notes="Retards de paiement d'une PME (par le contexte).", ambiguous=True)

    S("https://www.barrault-avocat.fr/publications/linfraction-de-travail-dissimulee-et-les-marches-publics", "L'infraction de travail dissimulée et les marchés publics (Barrault avocat)")
    P("L'infraction de travail dissimulée et les marchés publics",
      [CT], notes="Titre: travail dissimulé.")
    P("Dans un article publié dans la revue Contrats Publics (Editions du Moniteur. Janvier 2014. page 59), Me BARRAULT est revenue sur l'infraction de travail dissumulé qui pourrait être commise lors de l'exécution de marchés publics.",
      [CT], notes="Travail dissimulé dans l'exécution des marchés.")
    P("Quels sont les éléments constitutifs de cette infraction ?",
      [CT], notes="Travail dissimulé (par le pronom).", ambiguous=True)
    P("Existent-ils des moyens permettant de prévenir la commission d’une telle infraction ?",
      [CT], notes="Prévention du travail dissimulé (par le contexte).", ambiguous=True)
    P("Le législateur a mis en place plusieurs mécanismes / obligations de contrôle dans les contrats publics.",
      [CT], notes="Contrôles contre le travail dissimulé (par le contexte).", ambiguous=True)
    P("L’objectif du législateur est en en effet de lutter contre une infraction qui a souvent été considérée comme un « fléau social » et une cause d’inégalité entre les concurrents à une procédure de publicité et de mise en concurrence.",
      [CT], notes="Lutte contre le travail dissimulé.")
    P("Ces obligations complètent les dispositifs existants dans le Code des Marchés Publics, tels que la vérification des offres anormalement basses, qui traduisent parfois le recours à un système de travail illégal.",
      [CT], notes="Travail illégal, offres anormalement basses.")
    P("Néanmoins, si l’explication fournie par le candidat à l’attribution d’un marché public quant à la justification de son prix anormalement bas, peut sembler cohérente, la personne publique n’a au stade de la passation, aucun moyen de ne pas conclure le marché en cause avec ce candidat",
      [CT], notes="Offre anormalement basse et travail illégal (par le contexte); phrase de plus de 70 mots, première tranche.", ambiguous=True)
    P("(dans l’hypothèse où son offre serait l’offre économiquement la plus avantageuse et que le candidat aurait bien fourni l’ensemble des attestations requises avant la notification du marché).",
      [CT], notes="Suite de la phrase précédente (tranche contiguë); attestations de régularité sociale (par le contexte).", ambiguous=True)
    P("C’est pourquoi, l’article L. 8222-1 et L. 8222-6 du Code du Travail ont mis en place des obligations de vérification, de vigilance, d’alerte et même de sanction du cocontractant non respectueux des dispositions du Code du Travail.",
      [CT], notes="Obligations de vigilance du donneur d'ordre (droit du travail).")

    S("https://digitalbay.fr/materiel-informatique-comment-acheter-plus-responsable", "Matériel informatique : comment acheter plus responsable ? (Digital Bay)")
    P("Matériel informatique : comment acheter plus responsable ?",
      [NUM], notes="Titre: achat responsable de matériel informatique.")
    P("Comment limiter l’impact environnemental de nos achats et infléchir nos pratiques vers plus de sobriété ?",
      [NUM, E], notes="Impact environnemental et sobriété des achats numériques.")
    P("Ce sont la fabrication et la distribution du matériel qui représentent l’essentiel de l’empreinte carbone du numérique.",
      [NUM, E], notes="Empreinte carbone du numérique.")
    P("Les terminaux (smartphones, ordinateurs portables ou de bureau, télévisions, tablettes) sont particulièrement gourmands en ressources au cours de l’ensemble de leur cycle de vie1 : consommation d’eau, de métaux rares, d’énergie, et donc de gaz à effet de serre.",
      [NUM, E], notes="Ressources et gaz à effet de serre des terminaux; l'énergie n'est qu'une ressource citée (pas un achat d'énergie).", ambiguous=True)
    P("Pour limiter notre impact, augmenter la durée de vie des équipements et bien acheter est donc primordial.",
      [NUM, CE], notes="Durée de vie des équipements numériques (numérique et économie circulaire, note d'exclusion de la taxonomie).")
    P("La priorité des priorités : prolonger la durée de vie des matériels",
      [NUM, CE], notes="Intertitre: durée de vie des matériels.")
    P("Pour limiter les achats inutiles, la protection et l’entretien du matériel existant constituent un premier levier.",
      [NUM, CE], notes="Entretien du matériel informatique pour le faire durer (par le contexte).", ambiguous=True)
    P("Selon une enquête récente de l’ADEME1, près de 7 Français sur 10 déclarent être attentifs à la protection et à l’entretien de leurs appareils pour éviter qu’ils ne cassent.",
      [NUM], notes="Entretien des appareils numériques (ménages, pas des achats).", ambiguous=True)
    P("De plus, environ 50 % d’entre eux affirment réparer leurs appareils en cas de panne, au lieu d’en acheter un nouveau.",
      [NUM, CE], notes="Réparation des appareils.")
    P("Il confirme : « une maintenance régulière est importante pour la durabilité des équipements ».",
      [NUM, CE], notes="Durabilité des équipements informatiques.", ambiguous=True)
    P("Afin d’augmenter les performances de « vieux » ordinateurs, il préconise le remplacement des disques durs magnétiques par des disques SSD (Solid State Drive).",
      [NUM], notes="Prolonger l'usage de vieux ordinateurs.", ambiguous=True)

    S("http://www.agencewebgram.com/2025/07/economie-circulaire-reemployer-les-materiaux-de-deconstruction-publique.html", "Économie circulaire : réemployer les matériaux de déconstruction publique (Agence Webgram)")
    P("Économie circulaire : réemployer les matériaux de déconstruction publique",
      [CE], notes="Titre: réemploi des matériaux.")
    P("1. Introduction à l'économie circulaire dans la gestion du patrimoine public",
      [CE], notes="Intertitre: économie circulaire.")
    P("L'économie circulaire représente aujourd'hui un paradigme incontournable pour repenser la gestion du patrimoine et des équipements publics.",
      [CE], notes="Économie circulaire.")
    P("Cette approche systémique vise à optimiser l'utilisation des ressources en créant des boucles fermées où les déchets deviennent des ressources pour de nouveaux cycles de production.",
      [CE], notes="Déchets devenant ressources.")
    P("Dans le contexte de la gestion publique, cette philosophie prend une dimension particulière car elle permet aux collectivités territoriales et aux institutions publiques de réduire significativement leurs coûts tout en diminuant leur impact environnemental.",
      [CE, E], notes="Économie circulaire (par le contexte) et impact environnemental.", ambiguous=True)
    P("Le réemploi des matériaux issus de la déconstruction publique s'inscrit parfaitement dans cette logique circulaire.",
      [CE], notes="Réemploi des matériaux.")
    P("Lorsqu'un bâtiment public arrive en fin de vie ou nécessite une rénovation majeure, les matériaux qui le composent peuvent être récupérés, traités et réutilisés dans de nouveaux projets d'aménagement.",
      [CE], notes="Réutilisation des matériaux.")
    P("Cette pratique transforme ce qui était traditionnellement considéré comme un déchet en une ressource précieuse, créant ainsi une chaîne de valeur vertueuse.",
      [CE], notes="Déchet transformé en ressource.")
    P("L'enjeu est considérable quand on sait que le secteur du bâtiment représente près de 40% de la consommation mondiale d'énergie et génère environ 36% des émissions de CO2.",
      [EN, E], notes="Consommation d'énergie et émissions de CO2 du bâtiment.")
    P("Dans le secteur public, où les constructions et rénovations sont nombreuses et récurrentes, l'adoption de principes d'économie circulaire peut avoir un impact majeur sur la réduction de l'empreinte carbone des collectivités.",
      [CE, E], notes="Économie circulaire, empreinte carbone.")
    P("De plus, cette approche permet de préserver les ressources naturelles en limitant l'extraction de nouvelles matières premières.",
      [CE], notes="Préservation des ressources par l'économie circulaire (par le contexte).", ambiguous=True)
    P("La mise en œuvre de l'économie circulaire dans la gestion du patrimoine public nécessite une transformation profonde des pratiques traditionnelles.",
      [CE], notes="Économie circulaire.")

    S("https://www.76infos.fr/actu/la-commande-publique-un-levier-pour-linsertion.html", "La commande publique, un levier pour l'insertion (76actu / 76infos, Département de la Seine-Maritime)")
    P("La commande publique, un levier pour l'insertion",
      [CS], notes="Titre: commande publique et insertion.")
    P("Plus rarement mise en avant, la commande publique apparaît également comme un outil intéressant d’intervention pour peser sur les évolutions sociétales.",
      [CS], notes="Levier sociétal de la commande publique (l'insertion par le titre).", ambiguous=True)
    P("Les 2 et 9 décembre, deux journées de travail sont organisées à l’Hôtel du Département, en partenariat avec le Coorace, réseau national de l’économie sociale et solidaire, dans le but d’échanger avec les acteurs impliqués.",
      [ESS, G], notes="Réseau de l'ESS; journées d'échange avec les acteurs (gouvernance au sens large).", ambiguous=True)
    P("Comme toute collectivité publique, le Département est amené, dans l’exercice de ses compétences et pour répondre à ses besoins, à passer un certain nombre de marchés avec des opérateurs économiques.",
      [], notes="Généralité sur les marchés du Département: sans thème.")
    P("Ces marchés « publics » portent aussi bien sur la réalisation de travaux (construction et rénovation de collèges, de bâtiments départementaux, réfection de routes) que l’achat de fournitures ou la prestation de services.",
      [], notes="Nature des marchés: sans thème.")
    P("L’ensemble forme un volume financier qui s’est établi en 2024 à près de 180 millions d’euros.",
      [], notes="Volume total des achats: sans thème (comme le dev).")
    P("Répondre aux enjeux de précarité",
      [CS], notes="Intertitre: précarité (insertion par le contexte).", ambiguous=True)
    P("Dans le contexte d'une recrudescence du chômage et d'une aggravation de la pauvreté depuis dix ans, de crise énergétique et de budgets contraints, l’idée de mettre la commande publique au service de politiques vertueuses a peu à peu fait son chemin.",
      [CS], notes="Chômage et pauvreté (insertion par le contexte); la crise énergétique n'est pas un achat d'énergie.", ambiguous=True)
    P("Les règles de transparence des procédures, de liberté d’accès et d’égalité de traitement des candidats restent les principes de base, mais alors que pendant longtemps, le critère de l’offre économiquement la plus avantageuse, conforme au souci de bonne gestion des deniers publics, était déterminant, d’autres considérations sociales et environnementales se sont depuis invitées dans le débat.",
      [CS, E], notes="Considérations sociales (clauses sociales, convention du dev) et environnementales.")

    S("https://societe-philanthropique.fr/a-la-societe-philanthropique-on-lave-son-linge-en-association", "A la Société Philanthropique, on lave son linge en association (Société Philanthropique)")
    P("Partenariat entre les ESAT La Nacelle et les Jardins de l'Aqueduc, et l'hôpital Goüin, pour la blanchisserie des linges et vêtements de travail.",
      [MR], notes="Prestation confiée à des ESAT (secteur protégé).")
    P("En effet, un partenariat vient d’être signée entre les ESAT Les Ateliers de la Nacelle (Evry – 91 et les Jardins de l’Aqueduc (Chevannes – 91) avec l’hôpital Goüin (Clichy – 92), ces trois établissements faisant partie de la Société Philanthropique.",
      [MR], notes="Contrat avec des ESAT.")
    P("Les prestations de blanchisserie de l’hôpital Goüin seront assurées, à partir de 2026, par les deux ESAT.",
      [MR], notes="Achat auprès d'ESAT.")
    P("Elles portent sur les linges de lits et de toilettes destinés aux patients et sur les vêtements de travail des personnels.",
      [MR], notes="Objet de la prestation confiée aux ESAT (par le pronom).", ambiguous=True)
    P("Il s’agit d’un système de location/entretien, les ESAT étant propriétaires des articles mis en circulation et en assurant le réassort, l’entretien et la la livraison.",
      [MR], notes="Prestation des ESAT (location-entretien du linge).", ambiguous=True)
    P("L’ensemble des articles est équipé de puces, ce qui permet une traçabilité permanente et un suivi du nombre de lavages.",
      [MR], notes="Détail de la prestation des ESAT (thème par le contexte).", ambiguous=True)
    P("Lorsque j’ai annoncé aux travailleurs en situation de handicap et aux monitrices de la blanchisserie de Mennecy que la Directrice de l’Hôpital Goüin avait signé le contrat de blanchisserie avec nos ESAT, un sentiment de fierté collective et de satisfaction a gagné l’ensemble de l’atelier.",
      [MR], notes="Travailleurs handicapés, contrat avec des ESAT.")
    P("Ce partenariat interne permet un gain financier notable dans la mesure où il n’existe pas pas de TVA (20%) sur les paiements internes à l’association.",
      [MR], notes="Contrat avec les ESAT (par le contexte), aspect financier.", ambiguous=True)
    P("Mais surtout ce contrat va donner du travail aux travailleurs en situation de handicap des deux ESAT avec une activité régulière, lissée sur l’année.",
      [MR], notes="Emploi des travailleurs handicapés en ESAT.")

    S("https://recette.pays-albigeois-bastides.fr/projet-alimentaire-territorial", "Projet alimentaire territorial (Pôle territorial de l’Albigeois et des Bastides)")
    P("Qu’est-ce qu’un projet alimentaire territorial ?",
      [AL], notes="Projet alimentaire territorial.")
    P("Depuis quelques années, de nombreuses initiatives fleurissent sur les territoires pour développer les circuits courts et répondre aux attentes des consommateurs.",
      [AL], notes="Circuits courts (alimentaires par le contexte).")
    P("Le projet alimentaire territorial permet de donner un cadre officiel aux démarches multiples et de les coordonner dans une stratégie validée par l’ensemble des acteurs liés à l’agriculture et l’alimentation.",
      [AL], notes="PAT; la stratégie est alimentaire, pas celle des achats (gouvernance non retenue).", ambiguous=True)
    P("Défini dans la loi d’avenir pour l’agriculture d’octobre 2014, il s'appuie sur un diagnostic partagé faisant un état des lieux de la production agricole locale et du besoin alimentaire exprimé au niveau d’un bassin de vie ou de consommation, aussi bien en termes de consommation individuelle que de restauration collective.",
      [AL], notes="Production agricole locale, restauration collective.")
    P("Les enjeux sont multiples et intègrent :",
      [AL], notes="Enjeux du PAT (par le contexte).", ambiguous=True)
    P("- Une dimension économique : structuration et consolidation des filières dans les territoires et mise en adéquation de l’offre avec la demande locale ; contribution à l’installation d’agriculteurs et à la préservation des espaces agricoles sans lesquels la production n’est pas possible.",
      [AL, PME], notes="Filières agricoles locales (alimentation); structuration des filières locales (accès des entreprises locales).", ambiguous=True)
    P("- Une dimension environnementale : développement de la consommation de produits issus de circuits de proximité ; valorisation d’un nouveau mode de production agro-écologique, dont la production biologique.",
      [AL, E], notes="Circuits de proximité, production biologique; dimension environnementale.")
    P("- Une dimension sociale : c’est un projet collectif, fondé sur la rencontre d’initiatives, et regroupant tous les acteurs d’un territoire ; il contribue à une identité et une culture du territoire et permet de valoriser les terroirs.",
      [AL], notes="Dimension sociale du PAT (pas d'insertion); terroirs.", ambiguous=True)
    P("Le pôle territorial de l’Albigeois et des Bastides est impliqué depuis de nombreuses années dans la structuration et l’organisation des réseaux de commercialisation en circuits courts.",
      [AL], notes="Circuits courts.")

    S("https://andsowecook.com/?p=2418", "Développer la restauration collective en circuit court (And so we cook)")
    P("Développer la restauration collective en circuit court",
      [AL], notes="Titre: restauration collective en circuit court.")
    P("Le souhait d’une alimentation propre, juste et saine est en augmentation croissante tant auprès du grand public, comme le prouve le formidable essor des AMAP (Associations pour le Maintien d’une Agriculture Paysanne) qu’au sein des collectivités.",
      [AL], notes="Alimentation durable, AMAP.")
    P("Certes, promouvoir une restauration collective de qualité est une exigence de santé publique.",
      [AL, SA], notes="Restauration collective de qualité, santé publique.")
    P("Mais cette démarche permet également de structurer l’offre et la demande, de maintenir ou de créer des emplois non délocalisables et donc de contribuer au développement économique et social du territoire.",
      [AL, PME], notes="Circuits courts (par le contexte) et développement économique local.", ambiguous=True)
    P("Développer un projet alimentaire territorial comprend plusieurs étapes :",
      [AL], notes="Projet alimentaire territorial.")
    P("Définir les objectifs qualitatifs et quantitatifs du projet (en termes de proximité, de saisonnalité, de traçabilité, d’agriculture Bio…)",
      [AL], notes="Proximité, saisonnalité, bio.")
    P("Recenser les producteurs et les productions disponibles localement",
      [AL], notes="Producteurs locaux.")
    P("Modifier ses marchés publics en introduisant de nouveaux critères dans le cahier des charges",
      [AL], notes="Critères des marchés de restauration (par le contexte).", ambiguous=True)
    P("Indice de fréquence de traitement (IFT) plafonné",
      [AL, E], notes="Critère sur les pesticides dans les denrées (environnement; on pourrait lire santé ou biodiversité).", ambiguous=True)
    P("Taux maximal de sucre",
      [AL, SA], notes="Critère nutritionnel (santé) des repas.", ambiguous=True)
    P("% de produits issus de l’agriculture Bio, raisonnée ou intégrée",
      [AL], notes="Produits bio.")
    P("Mode de livraison (routier, ferroviaire, fluvial…)",
      [E], notes="Critère sur le transport des denrées (environnement).", ambiguous=True)
    P("Mode de packaging (vrac, emballage limité…)",
      [CE], notes="Réduction des emballages (déchets).")
    P("Le Code des marchés publics ne permet pas de sélectionner des produits selon leur provenance.",
      [AL, PME], notes="Provenance locale des denrées; accès des producteurs locaux.", ambiguous=True)
    P("– rédiger ses marchés publics et de communiquer sur ses appels d’offres de manière à permettre à un maximum d’entreprises locales d’y répondre.",
      [PME], notes="Accès des entreprises locales.")

    S("http://www.manche.gouv.fr/Politiques-publiques/Cohesion-sociale-et-Solidarite/Egalite-femmes-hommes-dans-la-Manche/Egalite-dans-la-vie-professionnelle-economique-et-sociale/Entrepreneuriat-des-femmes", "Entrepreneuriat des femmes (Préfecture de la Manche, égalité femmes-hommes)")
    P("Entrepreneuriat des femmes",
      [EFH], notes="Titre: entrepreneuriat des femmes (égalité femmes-hommes dans la vie économique; page hors commande publique).")
    P("Les femmes et la création d'entreprise",
      [EFH], notes="Intertitre: femmes créatrices d'entreprise.")
    P("En dépit d’un intérêt marqué des femmes pour l’entrepreneuriat, les créatrices d’entreprises sont encore minoritaires.",
      [EFH], notes="Inégalité femmes-hommes dans l'entrepreneuriat.")
    P("Plusieurs sondages indiquent que de nombreuses femmes souhaitent entreprendre.",
      [EFH], notes="Entrepreneuriat des femmes.", ambiguous=True)
    P("Or, seulement 30 % des entreprises créées en France chaque année le sont par des femmes et 10% dans l'innovation.",
      [EFH], notes="Part des femmes parmi les créateurs (l'innovation n'est pas un achat innovant).")
    P("Cet écart entre l’intention et l’action est confirmé par les professionnels de la création d’entreprise tout comme par les études sur le sujet, qui constatent que les femmes sont confrontées à des difficultés particulières, et notamment :",
      [EFH], notes="Difficultés propres aux femmes.")
    P("► Une tendance des créatrices à ne pas se sentir pleinement légitimes",
      [EFH], notes="Difficulté des créatrices (stéréotypes).", ambiguous=True)
    P("► Des difficultés similaires à celles des femmes salariées dans l’articulation des temps",
      [EFH], notes="Articulation des temps de vie des femmes.")
    P("► Des secteurs d’activités choisis souvent très concurrentiels et stéréotypés",
      [EFH], notes="Stéréotypes de secteurs (mixité des métiers).", ambiguous=True)
    P("Un plan gouvernemental en faveur de l’entrepreneuriat féminin",
      [EFH], notes="Intertitre: plan pour l'entrepreneuriat féminin (un plan d'État, pas le pilotage d'un schéma d'achats).")
    P("Fort de ces constats, le Ministère des droits des femmes a lancé en 2013 un plan gouvernemental ayant l’objectif de faire progresser de dix points le taux de femmes entrepreneures en France d’ici 2017.",
      [EFH], notes="Objectif de femmes entrepreneures (égalité).")
    P("Depuis 2016, l'État met en œuvre cette action, en intégrant une dimension territoriale.",
      [EFH], notes="Mise en œuvre du plan (par le contexte).", ambiguous=True)
    P("Le plan en faveur de l’entreprenariat développe une approche complémentaire, propre aux territoires ruraux afin de répondre aux besoins spécifiques des créatrices d’entreprise qui y résident.",
      [EFH], notes="Créatrices d'entreprise en zone rurale.")

    S("http://sdis-91.fr/developpement-durable/actualites.php?id=300&actualite_type_id=Array", "Marché public, écologie et solidarité (SDIS de l’Essonne)")
    P("Marché public, écologie et solidarité",
      [E, CS], notes="Titre: écologie (environnement) et solidarité (la suite parle d'insertion et de secteur adapté).", ambiguous=True)
    P("Pour l’attribution de ses marchés publics le Sdis de l’Essonne vérifie systématiquement la possibilité d’intégrer un ou plusieurs aspects du développement durable.",
      [E], notes="Développement durable au sens large -> environnement.")
    P("Cette exigence touche également des prestations « hors marché ».",
      [E], notes="Exigence de développement durable (par le contexte).", ambiguous=True)
    P("Tour d’horizon des marchés, partenariats ou collaborations solidaires et écologiques du Sdis 91.",
      [E, CS], notes="Marchés écologiques et solidaires (insertion par la suite de la page).", ambiguous=True)
    P("Marchés publics à caractère « durables et écologiques »",
      [E], notes="Intertitre: marchés durables et écologiques.")
    P("3 critères sont pris en compte lors de l’attribution du marché",
      [E], notes="Critères durables (par le contexte).", ambiguous=True)
    P("1. La sélection de produits ou d’opérateur à caractéristiques « écologiques »",
      [E], notes="Produits écologiques.")
    P("Exemple : pour le papier d’impression, le marché a été séparé en 2 lots.",
      [CE, MR], notes="Allotissement annonçant un lot de papier recyclé et un lot réservé (thèmes portés par les phrases suivantes).", ambiguous=True)
    P("Le premier lot a été attribué à une entreprise qui produit du papier recyclé.",
      [CE], notes="Papier recyclé.")
    P("Le second a été réservé à un établissement du secteur adapté.",
      [MR], notes="Lot réservé au secteur adapté.")
    P("Les Entreprises Adaptées (EA) appartiennent au secteur marchand et comptent un effectif composé d’au moins 80 % de personnes handicapés.",
      [MR], notes="Entreprises adaptées, travailleurs handicapés.")
    P("2. L’inclusion de dispositions en rapport avec la fin de vie des produits (recyclage, remploi, valorisation)",
      [CE], notes="Fin de vie, recyclage, réemploi.")
    P("Exemple : pour les véhicules du Sdis, les pneus, les huiles, les filtres et les batteries usagées sont confiées à des entreprises spécialisées dans leur retraitement (élimination ou valorisation des produits).",
      [CE], notes="Traitement et valorisation des déchets des véhicules.")
    P("Idem pour les photocopieurs, imprimantes, les cartouches d’encres ainsi que pour l’habillement des sapeurs-pompiers.",
      [CE], notes="Fin de vie des équipements et textiles (par « idem »); les imprimantes pourraient aussi relever du numérique.", ambiguous=True)
    P("3. La recherche de mutualisation des besoins en interne ou la massification via les marchés mutualisés avec le Conseil général",
      [G], notes="Organisation et mutualisation des achats (gouvernance au sens large).", ambiguous=True)
    P("Exemple : pour l’entretien de ses espaces verts, le Sdis de l’Essonne a fait le choix de travailler avec des entreprises solidaires engagées dans la réinsertion professionnelle.",
      [CS, ESS], notes="Entreprises d'insertion (clauses sociales/insertion); « entreprises solidaires » (ESS).", ambiguous=True)
    P("Lancée dans le cadre d’un marché mutualisé avec le Conseil général, cette action innovante de développement durable est à mettre à l’actif du Sdis.",
      [E, CS], notes="Action de développement durable (l'insertion par la phrase précédente); « innovante » n'est pas un achat innovant.", ambiguous=True)
    P("Recyclage des ordinateurs",
      [NUM, CE], notes="Intertitre: recyclage des ordinateurs.")

    S("https://www.tpbm-presse.com/tpm-des-trophees-pour-la-bonne-clause-114844.html", "TPM : des trophées pour la bonne clause (TPBM presse)")
    P("A la faveur du passage des 2,3 millions d’heures d’insertion réalisées sur son territoire, touchant 4 250 personnes, la Maison de l’Emploi de la Métropole Toulon Provence Méditerranée, présidée par Jean-Louis Masson, maire de La Garde et vice-président de TPM, et sous la direction de Didier Dorn, a souhaité faire mieux connaître le travail de sa cellule grands travaux marchés publics depuis plus de 15 ans.",
      [CS], notes="Heures d'insertion, maison de l'emploi.")
    P("Responsable du pôle appui aux acteurs économiques et facilitatrice des clauses sociales d’insertion, Isabelle Masse a œuvré en ce sens dans le cadre d’échanges de qualité, le 7 octobre sur le site militaire de l’ancien hôpital Sainte-Anne, à Toulon.",
      [CS], notes="Facilitatrice des clauses sociales.")
    P("Accueillie par l’ingénieur général Antoine Manicacci, directeur de l’Etablissement du service d’infrastructure de la Défense de Toulon (ESID), récompensé du trophée du plus gros volume d’heures générées, la manifestation a permis d’éclairer sur cette obligation légale qui a infusé au fil du temps, au point de devenir une fierté, voire un étendard pour ceux qui la mettent en œuvre.",
      [CS], notes="Heures d'insertion générées, clause sociale (par le contexte).", ambiguous=True)
    P("A l’échelle de TPM, le travail déployé autour de la clause représenterait une entreprise de 130 salariés, autant de personnes accompagnées vers une réorientation professionnelle salvatrice suite à des fragilités sociales et d’emploi.",
      [CS], notes="Clause d'insertion, personnes accompagnées vers l'emploi.")
    P("Symbole de cette sensibilité appliquée au terrain, la Métropole a d’ailleurs reçu le trophée du maître d’ouvrage le plus engagé sur les marchés d’insertion.",
      [CS], notes="Marchés d'insertion.")
    P("Côté entreprises, les primés ont été Bec Construction Provence, pour avoir dépassé les objectifs de la clause, Sud Elior France dans la catégorie RSE, notamment pour son implication dans la restauration scolaire à Hyères, et Méditerranée Environnement pour avoir mis la clause au cœur du parcours inclusif.",
      [CS], notes="Clause d'insertion; la restauration scolaire n'est citée que comme secteur (pas d'alimentation durable).", ambiguous=True)

    S("https://rse.vosgelis.fr/2019/09/06/ils-ont-retrouve-du-travail-grace-a-la-clause-dinsertion-sociale/", "Ils ont retrouvé du travail grâce à la clause d’insertion sociale (Vosgelis, bailleur social)")
    P("Bové et Déobat étaient donc venus témoigner en compagnie de salariés ayant bénéficié de cette clause – qui, rappelons-le, consiste pour les entreprises titulaires de nos marchés de travaux, à offrir un certain quota d’heures de travail à de jeunes demandeurs d’emploi de longue durée ou reconnus travailleurs handicapés.",
      [CS], notes="Clause d'insertion; les travailleurs handicapés sont un public de la clause, pas un marché réservé (convention du dev).")

    S("http://m.journal.portbrest.bretagne.bzh/decembre-2017/sur-le-vif_5", "Un chantier pour l’insertion (journal du port de Brest, Région Bretagne)")
    P("Un chantier pour l’insertion",
      [CS], notes="Titre: insertion.")
    P("« Tous les marchés publics de travaux terrestres et maritimes comportent des clauses sociales.",
      [CS], notes="Clauses sociales dans tous les marchés de travaux.")
    P("Celles-ci obligent les entreprises à réserver 2 à 5 % du nombre d’heures de travail à des personnes en insertion.",
      [CS], notes="Heures réservées à l'insertion.")
    P("Dans les premiers lots attribués, ces clauses représentent plus de 40 000 heures de travail au bénéfice de demandeurs d’emploi longue durée, de bénéficiaires des minima sociaux, de jeunes sans qualification ou de travailleurs handicapés.",
      [CS], notes="Heures d'insertion; travailleurs handicapés comme public de la clause (pas un marché réservé).")
    P("Elles ont permis de recruter en CCD ou en intérim des manœuvres, des maçons, des soudeurs et des coffreurs-bancheurs. »",
      [CS], notes="Recrutements grâce aux clauses.")

    S("https://www.saintnazaire.fr/actus/faciliter-linsertion-professionnelle-via-les-marches-publics-27934", "Faciliter l’insertion professionnelle via les marchés publics (Ville de Saint-Nazaire)")
    P("Faciliter l’insertion professionnelle via les marchés publics",
      [CS], notes="Titre: insertion par les marchés publics.")
    P("Introduire une dimension sociale dans la commande publique, c’est tout l’intérêt des clauses sociales des marchés qui peuvent avoir un effet important pour des personnes éloignées de l’emploi.",
      [CS], notes="Clauses sociales, personnes éloignées de l'emploi.")
    P("En témoignent les parcours d’Abel et d’Ibrahim,embauchés par André BTP et GE pour des travaux de la CARENE et de l’État.",
      [CS], notes="Parcours d'insertion par la clause (par le contexte).", ambiguous=True)
    P("Suivi par l’entreprise de travail temporaire d’insertion Inserim, Abel découvre André BTP* en 2020 sur une opération du bailleur Silène comportant des clauses sociales.",
      [CS], notes="ETTI, clauses sociales.")
    P("Le jeune Érythréen voit son contrat de mise à disposition reconduit jusqu’à être embauché en CDI début 2022.",
      [CS], notes="Sortie en emploi d'un parcours d'insertion (par le contexte).", ambiguous=True)
    P("Auparavant hébergé dans un centre d’accueil des demandeurs d’asile dans la Sarthe, Abel avait intégré une promotion Hope (hébergementorientation-parcours vers l'emploi) et obtenu un certificat en menuiserie intérieure et différentes habilitations.",
      [CS], notes="Parcours vers l'emploi (insertion, par le contexte).", ambiguous=True)

    S("https://www.lesgeiq.fr/les-clauses-dinsertion-sociale-des-marches-de-travaux-sont-une-opportunite-de-qualifier-ceux-qui", "« Les clauses d’insertion sociale des marchés de travaux sont une opportunité de qualifier ceux qui sont loin de l’emploi » (Les Geiq)")
    P("« Les clauses d’insertion sociale des marchés de travaux sont une opportunité de qualifier ceux qui sont loin de l’emploi »",
      [CS], notes="Clauses d'insertion.")
    P("Floriane Livet est chargée de développement au Geiq BTP 42.",
      [CS], notes="GEIQ (inclus dans les clauses sociales et l'insertion par la taxonomie).", ambiguous=True)
    P("Elle a accompagné Preng, d’origine albanaise, qui ne parlait pas français lorsqu’il est arrivé en France.",
      [CS], notes="Accompagnement vers l'emploi (par le contexte).", ambiguous=True)
    P("Grâce au Geiq, Preng a pu trouver un emploi dans les travaux publics et a pu se former via deux contrats de professionnalisation.",
      [CS], notes="GEIQ, retour à l'emploi.")
    P("Preng est ainsi devenu Agent Technique des Travaux Publics et il a obtenu le Titre Professionnel Maçon VRD (Voirie et Réseaux divers).",
      [CS], notes="Qualification obtenue dans le parcours d'insertion (par le contexte).", ambiguous=True)
    P("Il a obtenu son titre de séjour avec autorisation de travail en 2017 et a été immédiatement recruté en contrat d’insertion avec la Roannaise de l’Eau, partenaire du Geiq BTP 42, avec lequel elle a signé une convention en 2018.",
      [CS], notes="Contrat d'insertion, GEIQ.")
    P("Nous avons rencontré Preng et il a été mis à disposition de l’entreprise adhérente Eurovia Dala via un dispositif d’insertion (SIAE, Structure d'Insertion par l'Activité Économique).",
      [CS], notes="Dispositif d'insertion, SIAE.")
    P("Arrivé en France, il a travaillé au sein de la SIAE Roannaise de l’eau où il occupait un poste d’agent d’entretien des espaces naturels.",
      [CS], notes="Emploi en SIAE.")

    S("https://mescoursespourlaplanete.com/label.php?idLab=34", "Max Havelaar textile (guide des labels Mes courses pour la planète)")
    P("Le label historique du commerce équitable Max Havelaar se décline aussi sur les produits textiles avec la création d'approvisionnement de filières spécifiques pour le coton depuis plusieurs années",
      [CEQ], notes="Label de commerce équitable (page de guide de labels, pas de commande publique).")
    P("Le label Max Havelaar sur un produit textile garantit pour l'instant uniquement l'obtention de la matière première, en l'occurrence les fibres de coton, selon les standards du commerce équitable (voir Max Havelaar alimentation).",
      [CEQ], notes="Commerce équitable du coton.")
    P("La garantie va au-delà de la certification de la matière première de base puisque Max Havelaar garantit aussi le respect des 8 principales conventions de l’Organisation international du travail sur toute la filière production, y compris la transformation des fibres et la confection.",
      [CEQ, CT], notes="Label équitable; conventions de l'OIT dans la chaîne d'approvisionnement (conditions de travail).")
    P("Les critères portent essentiellement sur les aspects commerciaux des échanges mais l'environnement est lui aussi pris en compte : le coton cultivé en Afrique et en Inde est \"pluvial\" c'est-à-dire qu'il n'a pas besoin d'irrigation, point important pour la préservation des ressources en eau, les OGM sont proscrits, il est cultivé en polyculture, c'est-à-dire conjointement à d'autres cultures, dont des cultures vivrières.",
      [CEQ, E], notes="Critères équitables et environnementaux du label.")
    P("Seul faiblesse : l'usage des pesticides, deux fois moins qu'en culture conventionnelle toutefois.",
      [E], notes="Pesticides (environnement; on pourrait lire biodiversité).", ambiguous=True)
    P("De nombreuses marques proposent aujourd'hui des articles en coton équitable Max Havelaar : Corto Bello, Rica Lewis, Jardin Bio, Kindy, La Redoute, Switcher, Armor Lux, Article 23, Monsieur Poulet ...",
      [CEQ], notes="Offre de coton équitable.")

    S("http://projet-sfte.fr/?page_id=232", "Le parc des bâtiments publics (projet SFTE, financement de la transition énergétique)")
    P("Le parc des bâtiments publics pour un démarrage rapide, exemplaire et structurant",
      [EN], notes="Titre: rénovation énergétique des bâtiments publics (par le contexte).", ambiguous=True)
    P("En se centrant sur le parc des bâtiments publics (hors logement social), le projet SFTE a choisi un gisement mal connu et peu étudié (10-15% seulement des surfaces environ) mais qui représente un potentiel avéré de gains d’efficacité énergétique.",
      [EN], notes="Efficacité énergétique des bâtiments publics.")
    P("Ce gisement est mal connu aussi en Europe.",
      [EN], notes="Gisement d'économies d'énergie (par le contexte).", ambiguous=True)
    P("Cette méconnaissance résulte probablement : (1) de sa très grande diversité fonctionnelle et historique ; (2) de la faible capacité et de la faible motivation publiques à rénover actuellement.",
      [EN], notes="Rénovation énergétique (par le contexte).", ambiguous=True)
    P("A titre d’exemple, 30% des villes de plus de 100 000 habitants connaissent mal leurs actifs immobiliers, et c’est le cas pour 60% des villes entre 10 000 et 30 000 habitants[1].",
      [EN], notes="Connaissance du patrimoine, préalable à la rénovation énergétique (par le contexte).", ambiguous=True)
    P("De nombreuses communes n’assurent pas de suivi des consommations énergétiques de leurs bâtiments.",
      [EN], notes="Suivi des consommations d'énergie (pas le suivi d'un schéma d'achats).")
    P("Les travaux SFTE ont affiné utilement une cartographie du parc tertiaire public et permis d’analyser les gisements d’amélioration en jeu, en distinguant plusieurs « bouquets » de travaux en fonction de leur coût et de la performance énergétique visée : des bouquets légers portant généralement sur la régulation ou les équipements ; des bouquets plus lourds impliquant nécessairement des travaux sur le bâti.",
      [EN], notes="Performance énergétique, travaux de rénovation.")
    P("Les projets de rénovation énergétique sont évidemment à rendement décroissant, mais il faut bien se rappeler que les objectifs qui figurent dans la loi sur la transition énergétique et l’économie verte ne sont atteignables que si des travaux lourds sont effectués.",
      [EN], notes="Rénovation énergétique, loi de transition énergétique.")
    P("Les 335 millions de m² du parc tertiaire public recouvrent une grande diversité de bâtiments, usages et acteurs, malgré l’importance particulière de certains segments (enseignement, communes…).",
      [EN], notes="Parc tertiaire public (la rénovation énergétique par le contexte).", ambiguous=True)

    S("https://novlaw.fr/experimentation-achat-public-innovant-quels-exemples/", "Expérimentation achat public innovant : quels exemples ? (Novlaw avocats)")
    P("Par le décret du 24 décembre 2018 (communément désigné comme étant le décret Villani, le décret de noël voire encore le décret achat public innovant), les acheteurs publics peuvent acquérir sans publicité ni mise en concurrence préalables, des solutions innovantes.",
      [INNO], notes="Achat public innovant sans publicité ni mise en concurrence.")
    P("Ce dispositif prendra en principe fin le 26 décembre 2021.",
      [INNO], notes="Durée de l'expérimentation achat innovant (par le contexte).", ambiguous=True)
    P("L’expérimentation achat public innovant présente un certain nombre d’avantages : possibilité d’acquérir directement des solutions de façon simplifiée, accès facilité à la commande publique pour des entreprises peu familières de celle-ci, soutien par la demande aux entreprises innovantes (Voir notre page dédié, et nos publications sur le site Achatpublic.info, Village de la justice et Maddyness).",
      [INNO, PME], notes="Achat innovant; accès facilité à la commande publique pour des entreprises nouvelles (accès des PME au sens large).", ambiguous=True)
    P("Cependant, comme la Gazette des Communes a pu s’en faire l’écho ou le Ministère de l’Économie dans une étude publiée au mois de juin 2020, le succès n’apparait pour l’heure pas forcément au rendez-vous pour des raisons multiples :",
      [INNO], notes="Bilan du dispositif d'achat innovant (par le contexte); phrase de plus de 70 mots, première tranche.", ambiguous=True)
    P("défaut de connaissance du dispositif par les collectivités locales comme par les entreprises, les startups ou les structures d’accompagnement ; difficulté à appréhender la notion d’innovation ; difficulté à appréhender le risque lié à l’acquisition d’une solution nouvelle ; défaut de formation des acheteurs publics sur le sujet…",
      [INNO, G], notes="Freins à l'achat innovant; formation des acheteurs (gouvernance au sens large). Tranche contiguë de la phrase précédente.", ambiguous=True)
    P("Pour autant, on ne peut qu’espérer que l’expérimentation achat public innovant soit renouvelée car les acheteurs publics qui y ont eu recours se montrent pour la plupart satisfaits de cet outil et des solutions qu’ils ont pu acquérir par ce biais.",
      [INNO], notes="Achat public innovant.")
    P("L’acquisition d’une solution de mobilité par la Communauté d’agglomération du Cotentin en matière de transport à la demande en zone peu dense.",
      [INNO], notes="Exemple d'achat innovant (par le contexte); la mobilité n'est pas présentée comme propre.", ambiguous=True)

    S("https://millenaire3.grandlyon.com/Interview/2022/stephanie-despretz-a-propos-du-spar-du-grand-lyon-l-ambition-est-d-aller-plus-loin-que-le-simple-respect-de-la-loi", "Stéphanie Despretz, à propos du SPAR du Grand Lyon (Millénaire 3, Métropole de Lyon)")
    P("Oui, elles comprennent que les cadres d’achat mettent en avant les efforts à la fois sociaux et écologiques, et visent à sélectionner les entreprises les plus vertueuses.",
      [CS, E], notes="Efforts sociaux (clauses sociales, convention du dev) et écologiques dans les cadres d'achat.", ambiguous=True)
    P("Pour la transition écologique les éco-gestes des citoyens ne peuvent pas suffire.",
      [E], notes="Transition écologique.")
    P("C’est aussi aux entreprises d’agir massivement pour la décarbonatation de leur production.",
      [E], notes="Décarbonation.")
    P("On a des entreprises qui répondent déjà largement à ce qui existe dans les cahiers des charges.",
      [], notes="Sans thème explicite (exigences des cahiers des charges par le contexte).", ambiguous=True)
    P("Elles ont beaucoup d’idées, et ce dialogue a été profitable à tous.",
      [G], notes="Concertation avec les entreprises pour élaborer le schéma (gouvernance au sens large).", ambiguous=True)
    P("Dans l’un des groupes de travail, les entreprises elles-mêmes ont proposé un système de bonus/malus, en fonction du respect des exigences environnementales.",
      [G, E], notes="Groupe de travail (gouvernance); exigences environnementales.")
    P("Elles ont donc proposé un moyen de vérifier que tout le monde soit jugé de la même façon.",
      [G], notes="Contrôle du respect des exigences (suivi, par le contexte).", ambiguous=True)
    P("Une forme de transformation de l’institution a aussi été considérée comme l’un des enjeux du SPAR, particulièrement avec cette phase 2 qui associait les entreprises, et qui reste une expérience unique en France.",
      [G], notes="Élaboration du SPAR avec les entreprises (gouvernance).")
    P("Les évolutions vont dans le sens d’une transformation des pratiques, vers une meilleure analyse en amont des fonctionnalités recherchées, et d’une approche plus stratégique de la commande publique locale.",
      [G], notes="Stratégie d'achat (gouvernance au sens large).", ambiguous=True)
    P("La délibération adoptant le SPAR a été voté par le Conseil métropolitain le 13 décembre 2021.",
      [G], notes="Adoption du schéma par délibération (gouvernance).")
    P("À court terme, un travail de veille informationnelle et de sourcing se poursuivra sur les cadres d’achats, en prévision des marchés à passer dans les deux ou trois prochaines années.",
      [G, PME], notes="Veille et sourcing (le sourcing figure dans l'accès des PME et entreprises locales); pilotage des achats.", ambiguous=True)
    P("En faisant évoluer nos exigences sociales et environnementales, nous assurons des débouchés à des activités plus responsables.",
      [CS, E], notes="Exigences sociales (convention du dev) et environnementales.", ambiguous=True)
    P("Dans cette perspective, les marchés publics sont vus comme des outils, des leviers de transformation de ces filières.",
      [G], notes="Marchés publics comme levier d'une politique (stratégie, gouvernance au sens large).", ambiguous=True)
    P("L’achat devient une politique publique, dans le sens fort du terme.",
      [G], notes="Politique d'achat (gouvernance au sens large).", ambiguous=True)

    S("https://optigede.ademe.fr/fiche/reemploi-des-vieux-ordinateurs-de-la-collectivite", "Réemploi des vieux ordinateurs de la collectivité (OPTIGEDE, ADEME; Marseille Provence Métropole)")
    P("Réemploi des vieux ordinateurs de la collectivité",
      [NUM, CE], notes="Titre: réemploi des ordinateurs.")
    P("Dans le cadre de la démarche d'éco-exemplarité du Programme Local de Prévention des déchets et du Plan Climat de la communauté urbaine Marseille Provence Métropole (MPM), une analyse des filières de valorisation des déchets de la collectivité a permis d'identifier des pistes de réemploi de certains déchets.",
      [CE, E], notes="Prévention et valorisation des déchets, réemploi; plan climat (environnement).")
    P("Dans ce contexte, une étude a été réalisée afin d'analyser les possibilités de revalorisation du matériel réformé de la collectivité, et notamment du matériel informatique.",
      [NUM, CE], notes="Revalorisation du matériel informatique.")
    P("Le parc informatique de MPM se voit renouvelé au cinquième par année, et compte environ 1 500 postes complets.",
      [NUM], notes="Renouvellement du parc informatique (durée d'usage).", ambiguous=True)
    P("En conséquent, MPM dispose d'un volume annuel d'environ 350 ordinateurs (unités centrales & écrans) à revaloriser, et d'une masse de 2 à 3 tonnes de matériel électronique (incluant ordinateurs, imprimantes, copieurs, scanners...), pouvant faire l'objet d’un réemploi ou d'un recyclage DEEE.",
      [NUM, CE], notes="Réemploi et recyclage des équipements informatiques.")
    P("Le réemploi des vieux ordinateurs et imprimantes de la collectivité a deux objectifs :",
      [NUM, CE], notes="Réemploi des ordinateurs.")
    P("Favoriser le réemploi dans les modes de gestion des déchets de MPM et ainsi diminuer les émissions de gaz à effet de serre,",
      [CE, E], notes="Réemploi, gestion des déchets; émissions de gaz à effet de serre.")
    P("Identifier les impacts économiques du réemploi.",
      [CE], notes="Réemploi.")
    P("Pour ce faire une consultation a été lancée par la Direction de l’Informatique.",
      [NUM], notes="Marché de reprise du matériel informatique (par le contexte).", ambiguous=True)
    P("La prestation consiste, en fonction des types de matériels :",
      [NUM, CE], notes="Prestation de reprise et de réemploi (par le contexte).", ambiguous=True)
    P("Soit à faire procéder à l'enlèvement sur site des matériels informatiques de MPM et à procéder à leur recyclage aux normes DEEE avec destruction des données résiduelles sur ces matériels, ce qui représente un coût pour MPM,",
      [NUM, CE], notes="Recyclage DEEE du matériel informatique.")

    S("http://www.lescreasansnuit.eu/actualite/quand-les-vieux-ordis-creent-de-lemploi/", "Quand les vieux ordis créent de l’emploi (Ville de Rennes, Rennes Métropole)")
    P("Une expérimentation vient d’être lancée pour reconditionner les ordinateurs de la Ville et de la Métropole, avant une revente à bas coût.",
      [NUM, CE], notes="Reconditionnement des ordinateurs.")
    P("Un dispositif pour trois enjeux : environnemental, économique et social.",
      [E, CS], notes="Enjeux environnemental et social (l'emploi créé par le reconditionnement, selon le titre).", ambiguous=True)
    P("Environ 4 500 ordinateurs sont nécessaires pour le fonctionnement des services de la Ville, de Rennes Métropole et du Centre communal d’action sociale.",
      [NUM], notes="Parc informatique (par le contexte).", ambiguous=True)
    P("500 à 600 appareils sont changés tous les ans, après 5 à 6 années d’utilisation.",
      [NUM], notes="Durée d'usage des équipements informatiques.")
    P("Jusqu’ici la Ville confiait son matériel informatique en fin de vie aux Ateliers du bocage, une association implantée à Cholet qui en reconditionnait une partie.",
      [NUM, CE, ESS], notes="Reconditionnement du matériel par une association (ESS).", ambiguous=True)
    P("Les autres étaient mis au rebut, avant d’être recyclés.",
      [CE], notes="Recyclage.")
    P("La loi oblige les entreprises et les administrations à recycler leur matériel informatique.",
      [NUM, CE], notes="Recyclage du matériel informatique.")
    P("Mais La Ville et la Métropole veulent aller plus loin : « Nous travaillons à la mise en place d’une filière locale de réemploi et de reconditionnement du matériel informatique » explique Laurent Hamon, conseiller municipal délégué aux usages du numérique.",
      [NUM, CE, PME], notes="Filière locale (structuration des filières locales) de réemploi du matériel informatique.", ambiguous=True)
    P("L’enjeu pour la collectivité est triple : environnemental, économique et social.",
      [E, CS], notes="Enjeux environnemental et social (emploi, par le titre).", ambiguous=True)
    P("« Avec ce projet, nous agissons aussi pour la transition énergétique, commente Laurent Hamon, avec le double objectif de dépenser moins d’énergie tout en favorisant le réemploi ».",
      [EN, CE], notes="Économies d'énergie, réemploi.")
    P("Quand les vieux ordis créent de l’emploi",
      [NUM, CS], notes="Titre: emploi créé par le reconditionnement (insertion probable mais non dite).", ambiguous=True)
