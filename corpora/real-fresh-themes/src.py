"""Evaluation-only real passages labelled for themes (``corpora/real-fresh-themes``); never train on them.

Each page's usable opening (as returned by the project's search tool, corpus "pages") is transcribed passage by
passage, verbatim except for runs of spaces, and labelled with **all** its themes, with the shared real dev set's
conventions (``gouvernance_suivi`` in its broad sense: adoption, piloting, monitoring, organisation of a purchasing
policy; broad « développement durable » wording -> ``environnement_climat_carbone``). Objective fields are left
minimal (``is_objective`` false, no objectives): this set is for themes only.
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
    INNO = "achats_innovants"
    CEQ = "commerce_equitable"
    PME = "acces_pme_tpe_local"
    EG = "egalite_femmes_hommes"

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
