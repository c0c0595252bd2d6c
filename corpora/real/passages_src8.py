"""Eighth collection round of real passages: local and regional authorities' own sites, in the dev set's theme mix.

Model 1.8.0 is weakest, on real text, on governance and monitoring in the dev set's broad sense, biodiversity,
working conditions, ESS, SME/local access and digital (``models/themes/MODEL_CARD.md``, leave-source-out per theme).
This round takes its pages only from the own sites of communes, intercommunalities, métropoles, départements and
régions (their SPASER pages, deliberations, council minutes, magazines, canteen and purchasing pages), keeps every
usable passage of a page and labels each with **all** its themes by the dev set's conventions; social clauses are
collected at about their dev-set share.

Same helpers, conventions and rules as ``passages_src7.py``: no page from a *domain* of the shared real dev set; no
page or host already used in ``corpora/real`` or ``corpora/objectives`` (including the fresh evaluation sets
``corpora/objectives/fresh*_src.py``), and no site of those fresh sets. Registered in ``build.py`` after round 7.
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

    S("https://metropole-rouen-normandie.fr/schema-de-promotion-des-achats-socialement-et-ecologiquement-responsables", "Schéma de Promotion des Achats Socialement et Écologiquement Responsables (Métropole Rouen Normandie)")
    P("Les trois piliers du développement durable sont intégrés dans la commande publique en :",
      [E, G], notes="Développement durable au sens large (environnement, comme le dev); introduction des axes du schéma (gouvernance au sens large).", ambiguous=True)
    P("Prenant en compte la transition écologique, la biodiversité, les impacts environnementaux et la santé dans les marchés publics,",
      [E, BIO, SA], notes="Axe du schéma: environnement, biodiversité, santé.")
    P("Favorisant la commande publique éthique et socialement responsable,",
      [CS], notes="Axe social du schéma; « éthique » pourrait aussi viser les conditions de travail.", ambiguous=True)
    P("Simplifiant et facilitant l’accès à la commande publique pour le tissu économique local.",
      [PME], notes="Accès du tissu économique local.")
    P("Concrètement, les acheteurs publics doivent prévoir, à chaque fois que la nature même de la commande s’y prête : L’insertion de clauses mettant en avant la promotion des modes de production respectueux de l’environnement et de la santé, la qualité des produits, le bien-être animal, les approvisonnements directs de produits de l’agriculture,",
      [E, SA, AL], objective=True, notes="Engagement qualitatif du schéma (« doivent prévoir »); approvisionnements directs de l'agriculture (alimentation). Coquille « approvisonnements » gardée.", ambiguous=True)
    P("La prise en compte du coût global et du cycle de vie des achats, l’anticipation de toutes les contraintes de fonctionnement, d’exploitation, de maintenance et de fin de vie des achats,",
      [E, CE], objective=True, notes="Suite de la liste des obligations: coût global, cycle de vie, fin de vie (environnement, économie circulaire).", ambiguous=True)
    P("L’insertion de clauses sociales favorisant le retour à l’emploi des personnes en difficulté d’insertion professionnelle.",
      [CS], objective=True, notes="Suite de la liste des obligations: clauses sociales (objectif qualitatif).")
    P("Développer les clauses d’insertion sociale dans les marchés publics, avec une attention particulière pour les marchés de services, y compris dans le cadre de prestations intellectuelles au bénéfice du premier emploi pour les jeunes diplômés,",
      [CS], objective=True, notes="Engagement qualitatif (développer).")
    P("Inscrire le développement des clauses d’insertion en lien avec les initiatives locales portées par les facilitateurs, favorisant les parcours d’accès ou de retour à l’emploi les plus pérennes,",
      [CS], objective=True, notes="Engagement qualitatif; facilitateurs.")
    P("Réserver des marchés aux entreprises adaptées ou établissements d’aide par le travail afin de favoriser l’accès ou le maintien à l’emploi des personnes en situation de handicap,",
      [MR], objective=True, notes="Engagement qualitatif: marchés réservés EA/ESAT.")

    S("https://pessac.fr/accueil/decodages/spaser-quel-bilan-pour-2023-1448.html", "SPASER : quel bilan pour 2023 ? (Ville de Pessac)")
    P("Un SPASER est un schéma de promotion des achats socialement et écologiquement responsables. Concrètement, il représente un ensemble de lignes directrices qui définissent les objectifs qu’une collectivité souhaite atteindre à l'issue d’une durée prédéfinie et ce, ancré dans une logique de développement durable.",
      [G, E], notes="Définition du SPASER (gouvernance); développement durable (environnement, comme le dev).", ambiguous=True)
    P("Le SPASER devient une obligation lorsque la somme totale des achats d’une collectivité excède les 50 millions d’euros par an. La ville de Pessac est novatrice dans le domaine puisqu’elle s’est engagée à appliquer le SPASER en 2019 avec seulement 12 millions d’euros d’achats publics annuels.",
      [G], non=["50 millions d’euros", "2019", "12 millions d’euros"], notes="Seuil légal et volume d'achats (pièges); obligation et adoption du schéma (gouvernance).")
    P("Pourquoi ce choix ? L’implication durable de Pessac dans l’écologie et le développement durable s’allie à une volonté de préparer l’avenir de ses générations futures dans la solidarité et le respect de l’environnement. Par conséquent, cette démarche s’inscrit parfaitement dans le SPASER qui se concentre autour du développement durable social, économique et environnemental.",
      [E, G], notes="Développement durable et environnement; le SPASER (gouvernance au sens large). Le social n'est nommé que comme pilier.", ambiguous=True)
    P("La ville articule son engagement autour de 4 axes principaux : Promotion de l’engagement environnemental Promotion de l’engagement solidaire et de la qualité du cadre de vie Promotion de l’efficience économique Promotion de l'innovation",
      [G, E, CS, INNO], non=["4"], notes="Axes du schéma avec leurs thèmes; « engagement solidaire » lu comme social.", ambiguous=True)
    P("Le SPASER intervient dans les achats entrepris par la ville et ses marchés publics puisqu’il promeut la mise en valeur de l’environnement et favorise le progrès social et le développement économique. Un achat public responsable se doit de prendre en compte l’intérêt de toutes les parties concernées et d’inciter à la sobriété en termes d’énergie et de ressources.",
      [E, CS, EN], notes="Environnement, progrès social, sobriété énergétique.", ambiguous=True)
    P("Enfin, il intègre toutes les étapes du marché et de la vie du produit et de la prestation.",
      [E], notes="Cycle de vie (environnement au sens large).", ambiguous=True)
    P("Le bilan du schéma de promotion des achats socialement et écologiquement responsables de l’année 2023 (entre le 1er Janvier et 31 Octobre) souligne l'évolution positive de l’engagement de la ville.",
      [G], non=["2023", "1er Janvier", "31 Octobre"], notes="Bilan annuel du schéma (suivi, gouvernance).")

    S("http://www.haute-garonne.fr/fr/nos-missions/developpement-economique/actualites-economie-et-emploi/commande-publique-la-future-charte-se-profile.html", "Commande publique : la future charte se profile (Conseil départemental de la Haute-Garonne)")
    P("La synthèse des quatre ateliers de juillet consacrés à la charte de la commande publique a permis le 5 septembre dernier de dégager 4 grands axes regroupant les engagements du Conseil départemental. La concertation continue avant l’adoption de la charte d’ici décembre prochain.",
      [G], non=["quatre", "5 septembre", "4"], notes="Élaboration concertée et adoption d'une charte (gouvernance); « d'ici décembre prochain » sans année.")
    P("Rendez-vous attendu, cette réunion de rentrée organisée le 5 septembre à l’hôtel du département, s’inscrit dans la continuité des quatre ateliers thématiques de juillet. L’objectif est de faire émerger les engagements du Conseil départemental en matière d’achat public, avec en perspective des exigences de développement durable, de développement économique et d'insertion.",
      [G, E, CS], non=["5 septembre", "quatre"], notes="Concertation (gouvernance); développement durable (environnement) et insertion. « Développement économique » pas étiqueté accès PME.", ambiguous=True)
    P("La commande publique départementale concerne 15 directions et pèse près de 142 millions d’euros (en 2015), pour plus de 400 marchés répartis entre services (51 %), travaux (25 %) et fournitures (24 %).",
      [], non=["15", "142 millions d’euros", "2015", "400", "51 %", "25 %", "24 %"], notes="Volumes d'achat (pièges), sans thème comme les passages généraux du dev.")
    P("La participation citoyenne est restée aussi forte que durant les ateliers du mois de juillet, où s’étaient déplacées 120 personnes, représentant 85 TPE-PME ou organisations issues du handicap, de l’insertion, des entreprises et des organisations professionnelles.",
      [G, PME], non=["120", "85"], notes="Concertation avec les entreprises (gouvernance); TPE-PME.", ambiguous=True)
    P("Cette réunion de clôture marque par ailleurs une étape nouvelle, dans la construction de la charte avec la formalisation concrète du contenu, autour de quatre grandes thématiques, pour favoriser :",
      [G], non=["quatre"], notes="Construction de la charte (gouvernance).")
    P("l’accès des pme-tpe à la commande publique, pour soutenir l’emploi local : étendre le recours à l'allotissement et aux variantes, limiter le nombre de lots attribués à une même entreprise, préserver la trésorerie des entreprises par un dispositif d'avances plus favorable et le raccourcissement des délais de paiement, renforcer la lutte contre le travail illégal et la détection des offres anormalement basses,",
      [PME, CT], objective=True, notes="Engagements qualitatifs de la charte: accès des PME, allotissement; travail illégal (conditions de travail).", ambiguous=True)

    S("https://mairie2.lyon.fr/le-schema-de-promotion-des-achats-socialement-et-ecologiquement-responsables-spaser", "Le Schéma de Promotion des Achats Socialement et Ecologiquement Responsables (SPASER) (Ville de Lyon, mairie du 2e)")
    P("Adopté lors du conseil municipal du 30 septembre 2021, le Schéma de Promotion des Achats Socialement et Ecologiquement Responsables (SPASER), fixe un nouveau cap pour les achats publics de la Ville, dont le montant est estimé à 1 milliard d’euros sur le mandat.",
      [G], non=["30 septembre 2021", "1 milliard d’euros"], notes="Adoption du schéma (gouvernance); date et volume (pièges).")
    P("Une illustration, en quelques exemples non exhaustifs, des 4 axes structurant le SPASER",
      [G], non=["4"], notes="Structure du schéma (gouvernance).")
    P("Transition écologique : ► 100 % des consultations soumises au questionnement de leur impact carbone / consommation d’énergie en 2024.",
      [E, EN], objs=[Q(100, "%", horizon=2024, subject="consultations soumises au questionnement de leur impact carbone / énergie", themes=[E, EN])],
      notes="Cible du schéma avec année.")
    P("► 100 % des marchés de prestation événementielle incluant une démarche de progrès pour atteindre l’objectif zéro déchet en 2024.",
      [CE], objs=[Q(100, "%", horizon=2024, subject="marchés de prestation événementielle avec démarche zéro déchet", themes=[CE])],
      notes="Cible du schéma; « zéro déchet » n'est pas une seconde valeur.", ambiguous=True)
    P("Ville inclusive : ► A partir d’un minimum annuel de 80 000 heures d’insertion réalisées au titre des marchés de la Ville, viser la réalisation de 150 000 heures par an.",
      [CS], objs=[Q(150000, "heures", "reach", "absolute", per_year=True, baseline_value=80000, subject="heures d'insertion réalisées au titre des marchés", themes=[CS])],
      non=["80 000"], notes="« viser » un niveau annuel (reach, par an); 80 000 heures = base annuelle (baseline_value).", ambiguous=True)
    P("► Porter la part des marchés de fournitures et services dans l’ensemble des marchés intégrant un dispositif d’insertion à 30 % en 2023, puis 50 % en 2026.",
      [CS], objs=[Q(30, "%", "increase", horizon=2023, subject="marchés de fournitures et services avec dispositif d'insertion", themes=[CS]),
                  Q(50, "%", "increase", horizon=2026, subject="marchés de fournitures et services avec dispositif d'insertion", themes=[CS])],
      notes="« Porter à » (increase), trajectoire à deux paliers.")
    P("Santé et alimentation : ► Atteindre en 2026 l’objectif d’au moins 75 % en montants d’acquisition de produits de qualité et durables (labellisés, AOP, AOC, AB, conversion AB…) dans les cantines scolaires.",
      [AL, SA], objs=[Q(75, "%", horizon=2026, comparator=">=", subject="produits de qualité et durables dans les cantines scolaires (en montants)", themes=[AL])],
      notes="« au moins » (>=); santé seulement par l'intitulé de l'axe.", ambiguous=True)
    P("Développement économique : ► Ouvrir un plus de marchés aux acteurs de l’Economie Sociale et Solidaire.",
      [ESS], objective=True, notes="Objectif qualitatif; coquille « un plus » gardée.")
    P("► Attribuer 50 % des marchés annuels aux TPE et PME du territoire (NB : notion de territoire variant selon la nature et la disponibilité du produit. Cercles concentriques Ville-Métropole-Région-Voire France).",
      [PME], objs=[Q(50, "%", per_year=True, subject="marchés annuels attribués aux TPE et PME du territoire", themes=[PME])],
      notes="Cible; « marchés annuels » lu comme annuel (per_year), discutable.", ambiguous=True)
    P("► Obtenir le label « Relations Fournisseurs & Achats Responsables ».",
      [G], objective=True, notes="Objectif qualitatif: label de la fonction achat (gouvernance au sens large).", ambiguous=True)
    P("La mise en oeuvre du SPASER se fera en partenariat avec les entreprises afin d’accompagner le tissu économique dans ses changements de pratique.",
      [G, PME], notes="Mise en œuvre du schéma (gouvernance); tissu économique (accès PME, discutable).", ambiguous=True)

    S("https://www.arudy.fr/vivre-ici/cantine/manger-bio-et-local", "Manger bio et local (Commune d'Arudy, cantine)")
    P("LOI EGALIM Les 5 mesures concernant la restauration collective • Des approvisionnements plus durables et de qualité • Des actions visant à réduire le gaspillage alimentaire • Une diversification des sources de protéines • L’information des convives • La fin de l’utilisation de contenants et ustensiles plastiques ( Loi AGEC)",
      [AL, CE], objective=True, non=["5"], notes="Mesures légales EGalim/AGEC sans valeur (objectifs qualitatifs); gaspillage et plastiques (économie circulaire).", ambiguous=True)
    P("C'est pour répondre au mieux aux exigences de cette loi que la municipalité a intégré le projet « Manger Bio et Local, Labels et terroirs » depuis fin 2018.",
      [AL], non=["2018"], notes="Démarche en cours depuis 2018 (piège de date).")
    P("Cette démarche est soutenue par le Conseil Départemental et l’Association des Maires des Pyrénées Atlantiques.",
      [AL], notes="Soutien d'un réseau; reste dans le thème de la page (alimentation).", ambiguous=True)
    P("Elle a plusieurs objectifs : • Améliorer la qualité de l’alimentation en proposant davantage de produits bio et/ou locaux, • Soutenir et pérenniser une agriculture locale de qualité, • Atteindre les objectifs de la loi EGALIM",
      [AL], objective=True, notes="Objectifs qualitatifs.")
    P("Concrètement pour notre commune, plusieurs actions ont été menées : • Depuis septembre 2019, il est proposé un menu végétarien une fois par semaine,",
      [AL], non=["septembre 2019"], notes="Action réalisée (piège).")
    P("• Concernant le gaspillage, une attention particulière est portée aux quantités préparées. Certains produits non utilisés ou en surplus peuvent servir dans un dessert anti-gaspi. Par exemple, les fruits non consommés peuvent servir à la préparation d'un crumble le lendemain.",
      [AL, CE], notes="Gaspillage alimentaire (alimentation, déchets).", ambiguous=True)
    P("• Le plastique tend à disparaître à la cantine. Plus d’achat de bouteilles d’eau pour les pique-niques, il est demandé aux enfants de venir avec leur propre gourde.",
      [CE], notes="Réduction du plastique.")
    P("• L’information des menus de la semaine est faite aux familles via le site de la mairie, les réseaux sociaux (facebook et instagram) et l'affichage dans les réfectoires. (Indication produits bio, locaux, origine).",
      [AL], notes="Information des convives (EGalim).")
    P("En parallèle, la restauration scolaire est labellisée ECOCERT. C’est la garantie pour les consommateurs d’avoir des produits bio & locaux, de saison, etc.",
      [AL], notes="Label obtenu (résultat).")

    S("https://mairie-reaumont.fr/actualites/rappel-concernant-la-restauration", "Restauration scolaire – Un travail commun avec les communes du Cœur Vert (Mairie de Réaumont)")
    P("RESTAURATION SCOLAIRE – Un travail commun avec les communes du Cœur Vert",
      [AL], notes="Titre; restauration scolaire.", ambiguous=True)
    P("La loi EGAlim promulguée en 2018, complétée en 2021 par la loi Climat et Résilience, prévoit plusieurs mesures très ambitieuses pour améliorer la qualité des repas servis et améliorer l’impact environnemental de la restauration collective.",
      [AL, E], objective=True, non=["2018", "2021"], notes="Mesures légales sans valeur (objectif qualitatif); impact environnemental.", ambiguous=True)
    P("Dans le cadre de la loi EGalim, pour la restauration scolaire en particulier (de la maternelle au lycée), plusieurs mesures sont ou seront obligatoires d’ici 2025.",
      [AL], objective=True, non=["2025"], notes="Obligations légales sans valeur; l'année n'est pas celle d'une cible chiffrée.", ambiguous=True)
    P("Depuis 2020, certaines obligations sont entrées en vigueur, comme par exemple l’expérimentation d’un menu végétarien par semaine, l’interdiction des ustensiles en plastique à usage unique et des bouteilles d’eau plate en plastique, la mise en place de diagnostic et de démarches de lutte contre le gaspillage alimentaire, etc.",
      [AL, CE], objective=True, non=["2020"], notes="Obligations légales en vigueur (qualitatives); plastiques et gaspillage.", ambiguous=True)
    P("En janvier 2022 et jusqu’en 2025, la loi EGalim prévoit des mesures obligatoires supplémentaires, concernant notamment l’approvisionnement des restaurants scolaires, avec : - Une obligation de s’approvisionner avec au moins 50% de produits de qualité et durables, dont au moins 20 % de produits bio : il s’agit de produits bio, de produits label rouge, IGP, AOP/AOC, HVE, produits fermiers, pêche durable.",
      [AL], objs=[Q(50, "%", comparator=">=", subject="produits de qualité et durables en restauration scolaire", themes=[AL]),
                  Q(20, "%", comparator=">=", subject="produits bio en restauration scolaire", themes=[AL])],
      non=["janvier 2022", "2025"], notes="Quota légal EGalim (objectif), cible imbriquée; entrée en vigueur et « jusqu'en 2025 » (période des mesures, pas un horizon de cible): horizon laissé vide, discutable.", ambiguous=True)
    P("- Une meilleure répartition de la valeur pour permettre aux agriculteurs d’avoir un revenu digne",
      [AL], objective=True, notes="Mesure légale qualitative; revenu des agriculteurs (proche du commerce équitable, non étiqueté).", ambiguous=True)
    P("- Un renforcement des engagements sur le bien-être animal",
      [AL], objective=True, notes="Mesure légale qualitative (alimentation).", ambiguous=True)
    P("- Une réduction de l’utilisation du plastique dans le domaine alimentaire",
      [CE, AL], objective=True, notes="Mesure légale qualitative; plastique.")
    P("En Septembre 2021, le Pays Voironnais proposait aux communes un accompagnement technique, en partenariat avec l’association ADABIO (http://www.auvergnerhonealpes.bio/qui-sommes-nous/ adabio), afin de les aider à rédiger un appel d’offre de Restauration Collective, en intégrant au mieux les nouvelles exigences de la Loi EGalim.",
      [AL, G], non=["Septembre 2021"], notes="Accompagnement des acheteurs par l'intercommunalité (gouvernance au sens large).", ambiguous=True)
