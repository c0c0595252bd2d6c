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
