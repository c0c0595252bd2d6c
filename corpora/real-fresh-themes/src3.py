"""Evaluation-only real passages labelled for themes, set 3 (``corpora/real-fresh-themes/passages3.jsonl``); never
train on them.

Collected as sets 1 and 2 (``src.py``, ``src2.py``) were, on other hosts: each page's usable opening (as returned by
the project's search tool, corpus "pages") is transcribed passage by passage, verbatim except for runs of spaces, and
labelled with **all** its themes with the shared real dev set's conventions. No theme model was run on these passages
while collecting or labelling (blind). Objective fields are left minimal (``is_objective`` false, no objectives): this
set is for themes only.
"""
# ruff: noqa: E501


def load(S, P, Q) -> None:
    G = "gouvernance_suivi"
    E = "environnement_climat_carbone"
    CS = "clauses_sociales_insertion"
    CE = "economie_circulaire_reemploi_dechets"
    BIO = "biodiversite"
    ESS = "ess_economie_sociale"
    EN = "energie"
    MR = "marches_reserves_handicap"
    NUM = "numerique_responsable"
    AL = "alimentation_durable_bio_circuits_courts"
    SA = "sante"
    CT = "conditions_de_travail"
    CEQ = "commerce_equitable"
    PME = "acces_pme_tpe_local"
    INNO = "achats_innovants"
    EFH = "egalite_femmes_hommes"

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

    S("http://pt.slideshare.net/aviecapemploi/fondamentaux-de-la-clause-sociale-ed201615-dec16", "Le recueil des Fondamentaux de la Clause Sociale d’Insertion et de Promotion de l’Emploi (Alliance Villes Emploi, SlideShare)")
    P("La montée en puissance de la clause sociale et son impact sur les territoires, que ce soit en termes de participants concernés, d’entreprises impliquées, de donneurs d’ordre volontaires, s’est largement confirmée, année après année.",
      [CS], notes="Clause sociale.")
    P("En effet, la quatrième consolidation des résultats de la clause sociale d’insertion et de promotion de l’emploi pour l’année 2015, diffusée par l’Alliance Villes Emploi en juin 2016, souligne ces progrès.",
      [CS, G], notes="Clause sociale; consolidation des résultats (suivi).")
    P("L’harmonisation des pratiques sur l’ensemble du territoire doit accompagner cette évolution.",
      [CS], notes="Pratiques de la clause sociale (par le contexte).", ambiguous=True)
    P("C’est aussi l’occasion de réaffirmer le rôle essentiel de la fonction du facilitateur, développée par les Maisons de l’Emploi (MDE), les Plans Locaux d’Insertion et d’Emploi (PLIE) et parfois les Intercommunalités, et sa relation avec l’ensemble des acteurs concernés (cf. schéma page 4).",
      [CS], notes="Facilitateur, maisons de l'emploi, PLIE.")
    P("Les nouvelles ordonnances, l’ordonnance 2015-899 du 23 juillet 2015 relative aux marchés publics et l’ordonnance 2016-65 du 29 janvier 2016 relative aux contrats de concessions, réaffirment les bases juridiques de l’introduction des clauses sociales.",
      [CS], notes="Bases juridiques des clauses sociales.")
