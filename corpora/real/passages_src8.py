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

from passage_checks import AL, BIO, CE, CS, CT, EG, EN, ESS, INNO, MR, NUM, PME, SA, E, G


def load(S, P, Q) -> None:

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

    S("https://www.loire-atlantique.fr/jcms/services/rsa-insertion-emploi/je-suis-un-employeur-une-entreprise/repondre-et-mettre-en-oeuvre-une-clause-d-insertion/acceder-a-la-commande-publique-fr-p1_823362?portal=aca_6941&category=p1_823267", "Accéder à la commande publique (Département de Loire-Atlantique, RSA, insertion, emploi)")
    P("Le Département favorise le développement des opportunités d'emploi pour les personnes en insertion en intégrant le plus possible une clause d'insertion dans ses marchés publics.",
      [CS], notes="Pratique du département décrite au présent (pas d'objectif fixé).", ambiguous=True)
    P("En tant que chef de file des politiques d’insertion le Conseil départemental mobilise l’ensemble des outils qui favorisent le retour à l’emploi durable des personnes qui en sont éloignées.",
      [CS], notes="Insertion.")
    P("L’intégration de la clause d’insertion dans les marchés publics est un levier qu’il est de notre responsabilité collective d’activer pour favoriser les cohésions sociales sur le territoire. Depuis 2006, le Conseil départemental mobilise sa commande publique mais également progressivement l’ensemble des donneurs d’ordre publics du département.",
      [CS, G], non=["2006"], notes="Clause d'insertion; mobilisation des autres acheteurs du territoire (réseau, gouvernance au sens large).", ambiguous=True)
    P("Ce dispositif permet de faciliter l’insertion sociale et professionnelle des personnes exclues du marché du travail ou qui rencontrent des difficultés d’accès ou de maintien dans l’emploi en leur permettant de s’engager dans un parcours d’insertion durable, via notamment la mise en situation de travail.",
      [CS], notes="Insertion.")
    P("Pour ce faire, différentes possibilités sont offertes par l’ordonnance du 23 juillet 2015 relative aux marchés publics : • L’article 36 alinéa 1 précise que certains marchés ou certains lots peuvent être réservés à des Entreprises Adaptées ou des Établissements de Service d’Aide par le Travail,",
      [MR], non=["23 juillet 2015", "36", "1"], notes="Base légale des marchés réservés (pièges: date, article).")
    P("• L’article 36 alinéa 2 prévoit que certains marchés ou certains lots peuvent être réservés à des Structures d’Insertion par l’Activité Économique lorsqu’elles emploient une proportion de travailleurs défavorisés,",
      [MR, CS], non=["36", "2"], notes="Marchés réservés aux SIAE (réservation et insertion).", ambiguous=True)

    S("https://parc-naturel-chevreuse.fr/collectivites/urbanisme/ville-et-biodiversite-reconciliees/village-sans-pesticides", "Village sans pesticides (Parc naturel régional de la Haute Vallée de Chevreuse, syndicat mixte)")
    P("Des espaces publics sans pesticides, c'est plus de vert, plus de fleurs, l'air et le sol plus sain.",
      [BIO, SA], notes="Zéro pesticide (biodiversité); air et sol sains (santé, discutable).", ambiguous=True)
    P("Le concours Villes et Villages fleuris ne récompense pas simplement un fleurissement esthétique. Il s’inscrit dans une démarche à long terme et une prise en compte environnementale. Vivaces et arbustes plutôt que plantes annuelles, diminution de l’arrosage, paillage, autant de pratiques durables qui font partie des critères de notation.",
      [BIO, E], notes="Gestion écologique des espaces verts; prise en compte environnementale.")
    P("« Dans le cadre de notre label, nous menons des actions de sensibilisation à la flore et à la faune sauvages, en faveur de la préservation et de la diversité des milieux, zones humides, prairies fleuries, etc » détaille Thibaut Guyon, chargé de projet d’écologie urbaine aux Villes et Villages Fleuris (VVF).",
      [BIO], notes="Biodiversité.")
    P("« Par exemple, chaque année une thématique est à l’honneur avec un trophée à la clé : fleurir les pieds de murs, embellir sentes et chemins, accueillir la nature dans les rues, inviter la biodiversité dans les espaces publics, renaturer les cimetières … ».",
      [BIO], notes="Biodiversité en ville.")
    P("Le savoir-faire des communes en matière de gestion alternative de l’eau ou en faveur des ressources naturelles, de limitation et valorisation des déchets verts, de mise en valeur du patrimoine bâti, autant de compétences évaluées par le label.",
      [E, CE], notes="Ressources naturelles (environnement), déchets verts (économie circulaire).", ambiguous=True)
    P("« La démarche Villes et Villages fleuris incite les communes à entretenir des espaces plus sauvages, moins domestiqués, fauchage raisonné par exemple », explique Marion Doubre, chargée de mission Paysages au PNR « ce qui rejoint les préconisations du Parc».",
      [BIO], notes="Gestion différenciée.")
    P("A la demande des communes la paysagiste et les botanistes du Parc peuvent réaliser des études puis proposer des solutions d’aménagement paysager, des choix d’espèces locales et écologiques, et conseillent sur les techniques et les outils les plus fonctionnels.",
      [BIO], notes="Espèces locales; accompagnement des communes.")

    S("https://ambilly.fr/avec-le-service-entretien-des-batiments/", "Avec le service entretien des bâtiments (Ville d'Ambilly)")
    P("Il font partie des employés de la deuxième ligne qui ont continué de travailler pendant les deux confinements. Le rôle des agents du service propreté et entretien des bâtiments est apparu encore plus essentiel à la lumière de l’épidémie de la Covid-19.",
      [CT], notes="Travail des agents de propreté (conditions de travail au sens large; pas un achat).", ambiguous=True)
    P("Jamais le nettoyage et la désinfection des bâtiments publics n’a été aussi primordial. La crise sanitaire aura au moins permis de mettre en lumière le travail de ce service qui intervient dans tous les locaux communaux.",
      [SA, CT], notes="Crise sanitaire; travail du service.", ambiguous=True)
    P("Dirigés par Marie-Annick Fontaine, les 6 agents du service ont chacun leurs bâtiments attitrés où ils interviennent tous les matins.",
      [CT], non=["6"], notes="Organisation du travail (discutable; pourrait rester sans thème).", ambiguous=True)
    P("Quatre d’entre eux vont ensuite dans les deux groupes scolaires de la commune jusqu’à 15h15 pour y faire le ménage et désinfecter les points de contact (poignées de porte, robinets, etc.). Une société privée de nettoyage prend ensuite le relais le soir pour un nettoyage complet des écoles.",
      [CT], non=["Quatre", "deux", "15h15"], notes="Horaires du nettoyage (en journée / le soir par un prestataire): conditions de travail au sens du dev (nettoyage en journée).", ambiguous=True)
    P("Le surcroît d’activité dû à la pandémie a mis les agents à rude épreuve. « Il a fallu renforcer le service et le réorganiser, précise Marie-Annick Fontaine. C’est un métier physique alors quand c’est possible, nous achetons du matériel ergonomique pour éviter les troubles musculo squelettiques (TMS). »",
      [CT, SA], notes="Achat de matériel ergonomique contre les TMS (conditions de travail, santé).")
    P("Comme un aspirateur dorsal pour nettoyer les escaliers ou bien un seau à chaque étage pour éviter de le monter une fois plein.",
      [CT], notes="Matériel ergonomique.")
    P("Mais malgré la dureté de leur travail, c’est la bonne ambiance et la solidarité qui règne entre les agents. Voire une certaine fierté pour certains. « J’ai toujours rêvé de travailler à la mairie », indique Françoise alors qu’elle passe la serpillère dans le hall d’entrée.",
      [CT], notes="Conditions de travail des agents (discutable).", ambiguous=True)

    S("http://craon.preprod.novanum.fr/craon-ville-fleurie.aspx", "Craon, ville fleurie (Ville de Craon)")
    P("Le fleurissement, l’aménagement des espaces verts, la réduction de l’utilisation de produits phytosanitaires, la défense de la biodiversité... permettent de contribuer à cet enjeu capital.",
      [BIO], notes="Biodiversité, phytosanitaires.")
    P("Engagée dans une politique d’amélioration du cadre de vie par le fleurissement depuis la fin des années 90, Craon a été récompensée par le label 1 fleur en 2000.",
      [BIO], non=["90", "1", "2000"], notes="Label obtenu (piège); fleurissement rattaché à la biodiversité, discutable.", ambiguous=True)
    P("La commune est ensuite devenue ville référence du projet « 0 phyto » avec la mise en place d’un plan communal de désherbage et la sensibilisation des jardiniers, actions elles aussi consacrées par l’obtention de la 2ème puis de la 3ème fleur et du 1er prix des Pays de la Loire de l’innovation en développement durable (2006).",
      [BIO, E], non=["0", "2ème", "3ème", "1er", "2006"], notes="Zéro phyto réalisé (piège: « 0 » dans un nom de projet); développement durable.", ambiguous=True)
    P("La ville a ensuite mis en place la gestion différenciée : aménager et entretenir les espaces verts de façon différente en fonction de leur usage et de leur emplacement pour un respect des équilibres naturels.",
      [BIO], notes="Gestion différenciée.")
    P("Pascal Thibault, responsable du service espaces verts municipal, se félicite du chemin qui a été parcouru. « Notre métier a beaucoup évolué. Il a fallu que l’on s’adapte et que l’on développe de nouvelles façons de travailler. »",
      [], notes="Témoignage sans thème propre (biodiversité seulement par le contexte de la page).", ambiguous=True)
    P("Aujourd’hui, avec son équipe, ils utilisent en remplacement des produits phytosanitaires des techniques d’entretien comme le paillage, le fleurissement des pieds d’arbres, le désherbage manuel. Et, surtout, ils poursuivent l’application de la gestion différenciée des espaces pour allier le nécessaire entretien et la protection de l’environnement qu’ils considèrent comme devant rester une priorité.",
      [BIO, E], notes="Alternatives aux phytosanitaires; protection de l'environnement.")
    P("En complément, les agents des services techniques en charge de la voirie effectuent un balayage préventif régulier qui permet de limiter la repousse des plantes indésirables. Pascal Thibault souligne d’ailleurs que le matériel acquis récemment est très efficace, « on voit la différence ».",
      [BIO], notes="Désherbage sans phytosanitaires par balayage; matériel acquis.", ambiguous=True)

    S("http://www.ville-saintetiennedurouvray.fr/pages/actions-municipales", "Durable au quotidien : actions municipales de l'Agenda 21 (Ville de Saint-Étienne-du-Rouvray)")
    P("Les grandes orientations municipales se traduisent aussi par des gestes et des changements d’habitude au quotidien pour les agents de la collectivité. Petit tour d’horizon de ce qui bouge dans les services municipaux dans le cadre de l'Agenda 21.",
      [E, G], notes="Agenda 21 (développement durable: environnement) et démarche interne (gouvernance au sens large).", ambiguous=True)
    P("Le développement durable est déjà en route dans la collectivité. Mise en place en 2011, la charte des achats durables à destination des entreprises et des services sert de cadre à la politique d’achat de l’ensemble des services de la Ville pour prendre en considération l’impact environnemental mais aussi les conditions sociales de production.",
      [E, G, CT], non=["2011"], notes="Charte des achats durables (gouvernance); impact environnemental; conditions sociales de production (conditions de travail).", ambiguous=True)
    P("En n’oubliant pas que le meilleur achat qui respecte le développement durable, c’est celui qu’on ne fait pas. Cela nécessite de revoir nos besoins, voir si l’achat est indispensable…",
      [E], notes="Sobriété des achats, développement durable (environnement comme le dev).")
    P("De même, la charte des achats durables offre la possibilité de demander à ce que l’entreprise emploie des personnes en insertion, lors d’un marché de travaux par exemple. La redéfinition d’un besoin doit nécessairement s’accompagner d’une analyse technique, budgétaire pour vérifier la faisabilité de l’action.",
      [CS, G], notes="Clause d'insertion prévue par la charte (gouvernance au sens large).", ambiguous=True)
    P("Volet incontournable de l’Agenda 21, le plan de déplacement de la collectivité définit les priorités en matière de politique de déplacement et de développement urbain de la ville.",
      [E], notes="Plan de déplacement (mobilité, environnement); pas un achat.", ambiguous=True)
    P("Dans cette optique, un questionnaire a été adressé à tous les agents municipaux pour connaître les pratiques de déplacement domicile-travail et ainsi de mettre en œuvre des solutions incitatives permettant de développer l’usage des modes alternatifs pour les trajets. Plus du tiers des agents ont répondu.",
      [E], non=["Plus du tiers"], notes="Résultat d'enquête (piège); mobilité.", ambiguous=True)
    P("Diverses actions en faveur du développement durable ont été mises en œuvre dans les services municipaux, notamment pour tout ce qui touche au recyclage ou au traitement des déchets.",
      [CE, E], notes="Recyclage, déchets; développement durable.")

    S("http://www.ville-chevilly-larue.fr/fonctionnalites/actualites-109/rouler-propre-la-ville-est-passee-a-lelectrique-2387.html?cHash=ffd5b756e169161396da61ee274fa2f8", "Rouler propre : la ville est passée à l’électrique (Ville de Chevilly-Larue)")
    P("Dans le cadre de son Agenda 21 et afin de réduire son empreinte énergétique et carbone, la ville va progressivement passer 40% de sa flotte automobile à l’électrique d’ici 2022. Les premiers véhicules ont été mis en service en septembre 2018.",
      [E, EN], objs=[Q(40, "%", "increase", horizon=2022, subject="flotte automobile électrique de la ville", themes=[E, EN])],
      non=["septembre 2018"], notes="« passer 40 % … à l'électrique » (verbe de changement: increase), horizon écrit. Le chapeau de la page répète la phrase (gardée une fois).", ambiguous=True)
    P("La flotte communale de véhicules (citadines, utilitaires, …) était composée de véhicules à essence pour la plupart ou diesel. De nombreux efforts avaient déjà été faits depuis le 1er Agenda 21 (2011-2015) afin de réduire l’empreinte énergétique et carbone en renouvelant les véhicules anciens et polluants par des véhicules neufs plus vertueux et en rationalisant les usages dans un esprit d’auto-partage des véhicules et des trajets.",
      [E, EN], non=["1er", "2011-2015"], notes="Actions passées (piège); flotte de véhicules.")
    P("Les agents communaux bénéficient donc de véhicules neufs, électriques avec une autonomie de 300 à 350 km, parfaitement adaptés pour la circulation en ville.",
      [E, EN], non=["300", "350"], notes="Caractéristique technique (piège).")
    P("Pour aller plus loin, la ville remplace donc progressivement les véhicules de sa flotte automobile par des véhicules électriques non polluant, sans émission de gaz à effet de serre.",
      [E, EN], notes="Remplacement en cours (pas de cible chiffrée).")
    P("Les premières voitures électriques ont été livrées fin août 2018 : 5 Renault Zoé et d’un Renault Kangoo.",
      [E, EN], non=["août 2018", "5"], notes="Achats réalisés (piège).", ambiguous=True)
    P("En 2018, l’acquisition de ces 6 véhicules s’est accompagnée de l’installation de trois bornes de recharge pour la flotte automobile de la ville. En 2019, 6 autres véhicules et une borne de recharge supplémentaire ont été achetés.",
      [EN, E], non=["2018", "6", "trois", "2019", "6"], notes="Achats réalisés (pièges).")

    S("http://paysdesaverne.fr/Manifs/SDE2017/9-atelier-achat-public-savoir-bien-acheter.htm", "Atelier achat public : savoir bien acheter (Communauté de communes du Pays de Saverne, Semaine du développement économique 2017)")
    P("Si la « préférence locale » reste interdite, la nouvelle réglementation des marchés publics – applicable depuis le 1er avril 2016 – offre aux élus de nouveaux outils pour mieux connecter la commande publique à l’économie locale et notamment à son tissu de TPE et PME.",
      [PME], non=["1er avril 2016"], notes="Accès des TPE/PME locales; date d'entrée en vigueur (piège).")
    P("Alors qu’une sorte de mur étanche était érigé entre acheteurs et entreprises, on promeut aujourd’hui le « sourcing » voire le marketing de la commande publique. Les marchés publics étaient l‘affaire de technico-juristes, on recommande aujourd’hui leur intégration complète dans la stratégie de développement économique des territoires.",
      [PME, G], notes="Sourcing (accès des entreprises); intégration dans la stratégie du territoire (gouvernance au sens large).", ambiguous=True)
    P("Jean-Louis Doppler, accompagne les collectivités en matière d’achat responsable ; lors de cette soirée, il décryptera ce changement de paradigme et vous proposera quelques pistes d’action.",
      [G], notes="Sensibilisation des élus à l'achat responsable (gouvernance au sens large: formation).", ambiguous=True)

    S("https://bretagne.bzh/actualites/une-politique-regionale-dachat-economiquement-responsable", "Une politique régionale d’achat économiquement responsable (Région Bretagne, 10 octobre 2018)")
    P("Mercredi dernier à la Maison de la Bretagne à Paris, le président de Région Loïg Chesnais-Girard présentait les objectifs exigeants qui guident désormais la politique d’achat économiquement responsable de la Région Bretagne. Elle s’appuie sur un schéma décliné déjà dans deux filières : l’alimentation et la construction.",
      [G, AL], non=["deux"], notes="Présentation du schéma régional (gouvernance); filière alimentation.", ambiguous=True)
    P("Avec 2,5 milliards d’euros de produits et prestations achetés, chaque année, par les services publics en Bretagne (dont 250 M€ réalisés par la Région Bretagne), la commande publique représente une opportunité économique importante pour les entreprises, associations… du territoire breton.",
      [PME], non=["2,5 milliards d’euros", "250 M€"], notes="Volumes d'achat (pièges); opportunité pour les entreprises du territoire (accès local).", ambiguous=True)
    P("Avant d’être un acte juridique, elle doit contribuer à la croissance, à la compétitivité et à l’emploi, à l’innovation en Bretagne.",
      [PME, INNO], notes="Développement économique et innovation.", ambiguous=True)
    P("Chef de file du développement économique sur son territoire, la Région s’est dotée d’un schéma d’achats économiquement responsables exigeant, dans l’optique d’assumer pleinement sa responsabilité économique, sociale, solidaire et environnementale en matière de marchés publics.",
      [G, E, CS], notes="Adoption d'un schéma (gouvernance); responsabilité sociale et environnementale (convention du dev).", ambiguous=True)
    P("Ce schéma, élaboré dans la concertation et voté par l’assemblée régionale en juin 2018, guide désormais sa politique d’achat économiquement responsable autour de quatre chantiers : - Faire connaître et rendre accessible la commande publique aux PME du territoire, - Promouvoir des relations contractuelles équilibrées, - Mettre en œuvre une responsabilité sociale et sociétale, - Contribuer à la transition écologique, énergétique et numérique.",
      [G, PME, CS, E, EN, NUM], objective=True, non=["juin 2018", "quatre"], notes="Orientations qualitatives du schéma avec tous leurs thèmes; « numérique » au sens large (dématérialisation), discutable.", ambiguous=True)

    S("https://bretagne.bzh/actualites/la-region-adopte-son-schema-des-achats-economiquement-responsables", "La Région adopte son schéma des achats économiquement responsables (Région Bretagne, 27 juin 2018)")
    P("Lors de la session du 22 juin dernier, elle a approuvé son schéma des achats économiquement responsables, dont la démarche s’inscrit pleinement dans le cadre de la Breizh Cop. Son objectif : améliorer la qualité des services publics, accroître l’efficacité de l’administration et créer les conditions d’un meilleur accès des entreprises à la commande publique.",
      [G, PME], objective=True, non=["22 juin"], notes="Adoption du schéma (gouvernance); objectif qualitatif d'accès des entreprises.", ambiguous=True)
    P("Chaque année, les achats des collectivités bretonnes représentent en moyenne plus de 2,5 milliards d’euros.",
      [], non=["2,5 milliards d’euros"], notes="Volume d'achat (piège), sans thème comme les passages généraux du dev.")
    P("Considérant le poids économique de la commande publique, la Région Bretagne, chef de file du développement économique sur le territoire, s’est engagée en 2017 pour une politique d’achat au service de l’économie, avec l’objectif de soutenir la compétitivité des entreprises, l’emploi et l’innovation.",
      [PME, INNO, G], non=["2017"], notes="Politique d'achat (gouvernance au sens large); entreprises et innovation.", ambiguous=True)
    P("La politique d’achat est un levier de soutien et d’accompagnement des politiques économiques qui vise à créer les conditions du rapprochement de l’offre et de la demande, à soutenir la croissance, favoriser la compétitivité et l’emploi et stimuler l’économie.",
      [PME], notes="Développement économique (accès des entreprises, discutable).", ambiguous=True)
    P("En engageant cette démarche, la Région souhaite : - améliorer la qualité des services publics, - accroître l’efficacité de l’administration, - créer les conditions d’un meilleur accès des entreprises à la commande publique en favorisant le rapprochement de l’offre et de la demande, - faire de la commande publique un levier de développement économique et de de transition énergétique et écologique, - renforcer l’impact social positif de la commande publique.",
      [PME, E, EN, CS, G], objective=True, notes="Objectifs qualitatifs de la démarche; « de de » tel quel.", ambiguous=True)

    S("https://www.mairie-rumilly74.fr/actualite/transition-energetique-croissance-verte-papier-recycle/", "Transition énergétique et croissance verte : papier recyclé (Ville de Rumilly)")
    P("Depuis le 1er janvier 2017, la loi de transition énergétique pour la croissance verte impose l’utilisation d’au moins 25% de papier recyclé. La Ville de Rumilly s’engage dès à présent en utilisant 100 % de papier recyclé !",
      [CE, E], objs=[Q(25, "%", comparator=">=", subject="papier recyclé (obligation légale LTECV)", themes=[CE, E])],
      non=["1er janvier 2017", "100 %"], notes="Quota légal (objectif, « au moins »; « depuis »: pas d'horizon). Les 100 % de la ville sont une pratique déjà en place (piège), discutable.", ambiguous=True)
    P("Dans le cadre de son plan communal de développement durable (action 10), la commune souhaitait favoriser l’introduction de critères liés au développement durable dans ses achats publics (décret n° 2016-360 du 25/03/2016 – articles 10 et 63).",
      [E, G], non=["10", "2016-360", "25/03/2016", "10", "63"], notes="Plan communal de développement durable (gouvernance au sens large); numéros (pièges).", ambiguous=True)
    P("La Ville utilise le papier recyclé sur ses supports de communication depuis 2013. C’est maintenant l’ensemble des services municipaux ainsi que les écoles maternelles et élémentaires qui utilisent un papier 100 % recyclé, comportant l’Ecolabel européen et le label Ange bleu, certifié ISO 14024.",
      [CE, E], non=["2013", "100 %", "14024"], notes="Pratique réalisée (piège: 100 % déjà atteint).")
    P("Le choix s’est fait après vérification des écolabels identifiés et reconnus en matière développement durable. Trois formes d’étiquetage environnemental sont aujourd’hui répertoriées par l’ISO (International Standard Organisation) au travers des normes de la série 14020 (qui définit les principes généraux de l’étiquetage environnemental) :",
      [E], non=["Trois", "14020"], notes="Écolabels (environnement); norme (piège).")
    P("- Les écolabels officiels (étiquetage environnemental de type I, ISO 14024) Exemples : écolabel écologique français (NF Environnement) et communautaire (Ecolabel européen).",
      [E], non=["I", "14024"], notes="Écolabels.")
    P("L’intérêt de cette certification est que l’information est « objective » (c’est un organisme indépendant qui indique que le produit est performant sur le plan environnemental).",
      [E], notes="Écolabels.")
    P("- Les auto-déclarations environnementales (étiquetage environnemental de type II, ISO 14021) Toutes les allégations environnementales avancées proviennent de la seule responsabilité du producteur (ou du distributeur).",
      [E], non=["II", "14021"], notes="Étiquetage environnemental.")
    P("Il s’agit d’une auto-déclaration qui ne porte que sur une caractéristique environnementale du produit ou concerne une seule étape du cycle de vie du produit.",
      [E], notes="Étiquetage environnemental.")

    S("https://laurenan.fr/?p=7541", "Certificat Eco-responsabilité : 302 kg de papier recyclés (Commune de Laurenan)")
    P("Certificat Eco-responsabilité 302 Kg de papier recyclés",
      [CE], non=["302"], notes="Titre; résultat (piège).")
    P("La Commune a opté depuis quelques années pour la collecte de papier pour le service administratif.",
      [CE], notes="Collecte du papier (déchets).")
    P("Pour 2021, 302 kg de papier ont été collectés. cette collecte a été effectuée par l’entreprise d’insertion Retrilog et le papier a été recyclés dans des usines françaises.",
      [CE, CS], non=["2021", "302"], notes="Résultat (piège); prestataire entreprise d'insertion (insertion; pourrait être ESS).", ambiguous=True)
    P("Le recyclage a ainsi permis d’économiser 8 arbres et 94 kg de CO2.",
      [CE, E], non=["8", "94"], notes="Résultat (piège); CO2.")

    S("http://www.argenteuil.fr/actualite/219/39-les-clauses-d-insertion-des-marches-publics.htm", "Les clauses d’insertion des marchés publics (Ville d'Argenteuil, 22 mars 2019)")
    P("Lancées en 2007, elles sont une passerelle vers le travail pour des personnes éloignées de l’emploi. Un dispositif expliqué sous forme de bilan, où l’on observe l’implication de la Ville.",
      [CS, G], non=["2007"], notes="Clauses d'insertion; bilan du dispositif (suivi, gouvernance au sens large).", ambiguous=True)
    P("En une douzaine d’années, les clauses sociales pour la promotion de l’emploi ont fait leurs preuves. Ainsi à Argenteuil, a-t-on pu recenser presque 400 000 heures d’insertion dont plus de 3 600 pour formation ; et 1 338 contrats ont été signés, concernant 683 bénéficiaires.",
      [CS], non=["douzaine", "400 000", "3 600", "1 338", "683"], notes="Résultats (pièges).")
    P("La clause sociale permet à un maître d’ouvrage de réserver une partie des heures de travail dévolues à un marché (bâtiment, espaces verts, nettoyage, prestations intellectuelles...) à un public éloigné de l’emploi sur un territoire donné.",
      [CS], notes="Définition de la clause sociale.")
    P("La Ville s’investit pour de bon dans ce dispositif, piloté par le service Emploi-Formation-Insertion (Sefi) – 1 chargée de mission y est embauchée depuis 2016 à temps plein.",
      [CS, G], non=["1", "2016"], notes="Pilotage du dispositif par un service dédié (gouvernance au sens large).", ambiguous=True)
    P("À l’origine imaginées en parallèle des grosses rénovations urbaines lancées depuis 2005 en France – lancements nécessaires de nombreux marchés à destination par exemple des acteurs du bâtiment et de l’aménagement –, elles devaient majoritairement bénéficier à un public jeune.",
      [CS], non=["2005"], notes="Historique des clauses.")
    P("Les entreprises volontaires qui acceptaient le principe étaient surtout de taille intermédiaire et des grands groupes. Puis le dispositif a touché de plus en plus de femmes (majoritairement des 26-40 ans), cette fois au sein de très petites, petites et moyennes entreprises, qui ont pu par ce biais pallier leurs difficultés de recrutement.",
      [CS, EG, PME], non=["26-40"], notes="Publics féminins (égalité, discutable) et TPE/PME attributaires (accès PME, discutable).", ambiguous=True)
    P("Les clauses d’insertion semblent promises à un bel avenir. Le territoire va accueillir en effet des projets d’envergure nécessitant la construction de nombreux équipements sportifs et/ou d’hébergement.",
      [CS], notes="Perspective, sans objectif fixé.")

    S("https://www.ville-lamontagne.fr/actualites/reduction-du-gaspillage-alimentaire/", "Réduction du gaspillage alimentaire (Ville de La Montagne)")
    P("Les quatre restaurants scolaires de la commune sont engagés dans un programme de lutte contre le gaspillage alimentaire depuis 2021. Agents de restauration, animateurs du périscolaire, enfants, tout le monde est impliqué.",
      [AL, CE], non=["quatre", "2021"], notes="Gaspillage alimentaire (alimentation, déchets).")
    P("Le projet s’inscrit tout d’abord dans la volonté municipale de fournir une alimentation de qualité. Les enjeux environnementaux, sociétaux et financiers, ainsi que la réglementation nationale nous poussent à lutter plus massivement contre le gaspillage alimentaire. Depuis 2020 et la loi Anti-Gaspillage pour une Économie Circulaire, l’objectif est clair : réduire le gaspillage alimentaire de 50 % d’ici 2025.",
      [AL, CE, E], objs=[Q(50, "%", "decrease", "relative_change", horizon=2025, subject="gaspillage alimentaire (objectif de la loi AGEC)", themes=[AL, CE])],
      non=["2020"], notes="Objectif légal cité (réduire de 50 %: decrease, relative_change), horizon écrit; enjeux environnementaux.", ambiguous=True)
    P("Ce projet de réduction du gaspillage a commencé par un diagnostic. C’est ainsi que des pesées ont été réalisées dans chaque restaurant scolaire en février 2021. Ce sont en moyenne 169 g de nourriture par jour et par enfant qui n’étaient pas consommés.",
      [AL, CE, G], non=["février 2021", "169 g"], notes="Diagnostic et mesure (suivi: gouvernance au sens large, discutable); résultat (piège).", ambiguous=True)
    P("• Sur le site de Jules Verne, qui fonctionne en self service, 70 % des entrées ne sont pas consommées. • Le site de Marcel Gouzil compte quant à lui près de 70 % de pain non consommé.",
      [AL, CE], non=["70 %", "70 %"], notes="Constats (pièges).")
    P("En comparaison, le site de Joachim du Bellay n’en gaspille que 27 %, alors que le grammage commandé par enfant est équivalent. Chacun des restaurants scolaires a donc des priorités différentes, en fonction de ses spécificités.",
      [AL, CE], non=["27 %"], notes="Constat (piège).")
    P("Face à ces constats, les agents de restauration et les animateurs du périscolaire se sont associés au service Environnement pour réfléchir aux actions à mettre en place. Trois objectifs ont été fixés :",
      [AL, CE], non=["Trois"], notes="Annonce des objectifs (compte: piège).")
    P("1. Passer sous la barre des 85 g de nourriture non consommée par enfant et par jour d’ici 2025.",
      [AL, CE], objs=[Q(85, "g", "decrease", "absolute", horizon=2025, comparator="<=", subject="nourriture non consommée par enfant et par jour", themes=[AL, CE])],
      non=["1."], notes="Cible chiffrée avec horizon; « passer sous la barre » lu comme une baisse vers un plafond (decrease, <=). Unité « g » absente de la liste du dev (pas d'autre unité juste).", ambiguous=True)
    P("2. Favoriser les dons en cas de surplus.",
      [AL, CE], objective=True, non=["2."], notes="Objectif qualitatif.")
    P("3. Recycler les déchets organiques restants, grâce à la collecte des biodéchets.",
      [CE], objective=True, non=["3."], notes="Objectif qualitatif (biodéchets).")

    S("https://www.lyon.fr/actions-et-projets/les-achats-publics-responsables/le-schema-de-promotion-des-achats-socialement-et", "Le Schéma de Promotion des Achats Socialement et Ecologiquement Responsables (SPASER) (Ville de Lyon, lyon.fr)")
    P("Le Schéma de Promotion des Achats Socialement et Écologiquement Responsables guide Lyon vers des marchés publics engagés, favorisant écologie, inclusion sociale et développement économique local.",
      [G, E, CS, PME], notes="Le schéma (gouvernance); écologie, inclusion, économie locale.", ambiguous=True)
    P("Le SPASER est une feuille de route obligatoire, définissant des objectifs clairs pour réduire l’impact écologique des marchés publics tout en renforçant la dimension sociale et économique locale.",
      [G, E, CS, PME], notes="Obligation et objectifs du schéma (gouvernance); pas d'objectif chiffré.", ambiguous=True)
    P("La réglementation impose aux grandes collectivités d’établir un schéma pour orienter leurs achats publics vers des objectifs sociaux et environnementaux. Avec plus de 200 millions d’euros d’achats réalisés chaque année et un réseau de plus de 4 000 fournisseurs, la Ville de Lyon applique ces règles pour limiter son impact sur l’environnement et promouvoir un développement local responsable.",
      [G, E, CS, PME], non=["200 millions d’euros", "4 000"], notes="Obligation légale du schéma (gouvernance); volumes (pièges).", ambiguous=True)
    P("Un achat est dit “responsable” lorsqu’il prend en compte : • L’environnement : réduction de l’empreinte carbone, utilisation de ressources durables, gestion optimisée des déchets, respect de la biodiversité.",
      [E, CE, BIO], notes="Définition: carbone, déchets, biodiversité.")
    P("• Le social : égalité des chances, efforts pour l’insertion professionnelle des personnes éloignées de l’emploi ou en situation de handicap, bonnes conditions de travail.",
      [CS, CT], notes="Insertion, conditions de travail; « égalité des chances » non lue comme égalité femmes-hommes; handicap sans marché réservé.", ambiguous=True)
    P("• L’économie : équilibre entre qualité et coût, soutien aux entreprises locales, relations commerciales équitables.",
      [PME], notes="Entreprises locales; « relations commerciales équitables » = relations fournisseurs, pas commerce équitable.", ambiguous=True)
    P("1. Transition écologique • Diminuer la consommation d’énergie et les émissions de gaz à effet de serre dans les équipements publics.",
      [EN, E], objective=True, non=["1."], notes="Orientation qualitative du schéma (diminuer, sans valeur).")
    P("• Favoriser l’achat de matériaux réutilisés ou recyclés, et s’engager dans le zéro déchet.",
      [CE], objective=True, notes="Orientation qualitative.")
    P("• Intégrer systématiquement les enjeux environnementaux dans la construction et la rénovation des bâtiments municipaux.",
      [E], objective=True, notes="Orientation qualitative; « systématiquement » non normalisé en 100 % (le dev ne le liste pas).", ambiguous=True)

    S("https://www.landes.fr/actualites/questions-eva-belin", "Questions à… Éva Belin : la Charte pour l’achat durable (Département des Landes, 12 décembre 2019)")
    P("Le 26 novembre, le Département a signé la Charte pour l’achat durable. Éva Belin, conseillère départementale déléguée à l’Économie sociale et solidaire, nous en dit plus.",
      [G, E], non=["26 novembre"], notes="Adoption d'une charte/schéma (gouvernance); « achat durable » (environnement, comme le dev); l'ESS n'est que le titre de l'élue.", ambiguous=True)
    P("Elle a un nom un peu barbare : Schéma pour la Promotion des Achats publics Socialement et Écologiquement Responsables. C’est une démarche qui s’impose en théorie aux collectivités dont la commande publique dépasse 100 M€.",
      [G], non=["100 M€"], notes="Obligation légale du schéma et seuil (piège).")
    P("Dans les Landes, nos n’atteignons pas cette somme mais, de manière totalement volontariste, la collectivité a choisi de la mettre en œuvre.",
      [G], notes="Adoption volontaire du schéma; coquille « nos » gardée.")
    P("Concrètement, le dispositif de la commande publique est remis à plat. Il s’agit d’adopter des méthodes de travail écoresponsables comme dématérialiser ou réduire les impressions de documents.",
      [E, G], notes="Pratiques écoresponsables (environnement); réorganisation de la commande publique (gouvernance au sens large).", ambiguous=True)
    P("En matière d’achats, cela consiste à privilégier le local pour avoir une empreinte environnementale moindre ou bien des entreprises qui suivent une logique d’Économie sociale et solidaire.",
      [PME, E, ESS], notes="Achat local, empreinte environnementale, ESS.")
    P("La Charte vient tout juste d’être signée. Elle sera mise en œuvre au cours de l’année 2020, à travers une politique d’achats revue.",
      [G], objective=True, non=["2020"], notes="Engagement de mise en œuvre (qualitatif); l'année n'est pas l'horizon d'une cible chiffrée.", ambiguous=True)
    P("Cette signature est le fruit d’un travail avec l’ensemble des services sous la houlette de la direction de la Commande publique. Tous les services ont vraiment joué le jeu et ont été mobilisés.",
      [G], notes="Élaboration transversale du schéma (gouvernance).")
    P("Car cela suppose un changement d’habitudes qui impacte le travail au quotidien. Je tiens d’ailleurs à souligner l’implication des agents sans qui rien n’aurait été possible.",
      [G], notes="Mobilisation des agents (gouvernance au sens large, discutable).", ambiguous=True)

    S("https://rouen.fr/deliberation/2023-06-19/10-1", "Délibération 10-1 du 19 juin 2023 : adoption d’une démarche vers un numérique plus responsable (Ville de Rouen, conseil municipal)")
    P("1 ADOPTION D’UNE DEMARCHE VERS UN NUMERIQUE PLUS RESPONSABLE",
      [NUM, G], non=["1"], notes="Titre de délibération: adoption d'une démarche (gouvernance) de numérique responsable.", ambiguous=True)
    P("La Ville de Rouen, comme l’ensemble de la société, est engagée depuis plusieurs années dans une digitalisation de plus en plus marquée de son activité, qui se traduit par une profonde transformation numérique. Formidable outil de résilience, le numérique nous a permis de faire face et de continuer à fonctionner pendant la crise sanitaire.",
      [NUM], notes="Transformation numérique (contexte de la délibération sur le numérique responsable).", ambiguous=True)
    P("La dématérialisation des services publics et des procédures administratives simplifie la vie des citoyens qui n’ont pas de difficulté face au numérique.",
      [NUM], notes="Dématérialisation; inclusion numérique (contexte).", ambiguous=True)
    P("La Ville doit toutefois rester vigilante sur les impacts de cette transformation et veiller aux possibles effets délétères d’un numérique non maitrisé. En effet cette numérisation de la société n’est pas sans conséquences aussi bien sur le volet social que sur le volet environnemental.",
      [NUM, E], notes="Impacts sociaux et environnementaux du numérique.")
    P("Ainsi le dernier rapport de la Défenseure des droits souligne le non recours à leurs droits de certains usagers éloignés, pour des raisons diverses, des services numériques. De même les dernières statistiques de l’I.N.S.E.E. sur les pratiques numériques des Français mentionnent 17 % d’illectronisme sur le territoire et 38 % de personnes, soit une personne sur trois, ne maîtrisant pas les compétences de base liées au numérique.",
      [NUM], non=["17 %", "38 %", "une personne sur trois"], notes="Statistiques (pièges); inclusion numérique.")
    P("Les enjeux d’inclusion, d’accompagnement, d’accès aux services publics sont plus que jamais d’actualité.",
      [NUM], notes="Inclusion numérique (volet social du numérique responsable).", ambiguous=True)
    P("Par ailleurs, ce développement des usages numériques et des terminaux informatiques qui permettent d’accéder à tous ces services ont également un réel impact sur l’environnement. L’empreinte énergétique et le poids environnemental du numérique ne sont pas à négliger.",
      [NUM, E, EN], notes="Empreinte environnementale et énergétique du numérique.")

    S("https://new.rouen.fr/fr/deliberation/2024-12-19/10-2", "Délibération 10-2 du 19 décembre 2024 : adoption d’une feuille de route pour un numérique plus responsable (Ville de Rouen, conseil municipal)")
    P("2 ADOPTION D’UNE FEUILLE DE ROUTE POUR UN NUMERIQUE PLUS RESPONSABLE",
      [NUM, G], non=["2"], notes="Titre de délibération: feuille de route (gouvernance). Les trois premiers paragraphes reprennent mot pour mot la délibération de 2023 ci-dessus et ne sont pas repris.", ambiguous=True)
    P("Le numérique est un secteur consommateur d’énergies primaires et de métaux rares, représentant 3, 5 % des émissions de gaz à effet de serre mondiales. Les projections indiquent un doublement de cet impact d’ici 2030.",
      [NUM, E, EN], non=["3, 5 %", "2030"], notes="Tranche d'une phrase (après « volet environnemental : »). Part constatée et projection (doublement prévu, pas un objectif): pièges.", ambiguous=True)
    P("Par ailleurs, une étude de 2022 du Centre de Recherche pour l’Étude et l’Observation des Conditions de Vie (C. R. E. D. O. C. ) révèle que 31, 5 % des 18 ans et plus en France métropolitaine sont éloignés du numérique.",
      [NUM], non=["2022", "31, 5 %", "18"], notes="Statistique (piège); inclusion numérique.")
    P("Dans ce contexte, l’accélération de la numérisation, exacerbée par la crise du Covid-19, a souligné l’importance de concilier progrès technologique et préservation des ressources.",
      [NUM, E], non=["19"], notes="Préservation des ressources (environnement).")
    P("La loi R. E. E. N. (Réduction de l’Empreinte Environnementale du Numérique), adoptée en novembre 2021, impose aux E. P. C. I. et communes de plus de 50. 000 habitants de développer une stratégie de réduction de l’empreinte environnementale du numérique d’ici 2025.",
      [NUM, G, E], objective=True, non=["novembre 2021", "50. 000", "2025"], notes="Obligation légale qualitative (stratégie à adopter, sans valeur cible); seuil de population (piège); échéance d'une obligation, pas l'horizon d'une cible chiffrée.", ambiguous=True)

    S("https://www.strasbourg.eu/3-axes-numerique-responsable", "3 axes du numérique responsable (Ville et Eurométropole de Strasbourg)")
    P("Voici les engagements et les actions depuis la mise en place de la stratégie Numérique Responsable : Axe 1 - Sobriétés Numériques",
      [NUM, G], non=["1"], notes="Stratégie numérique responsable (gouvernance au sens large).", ambiguous=True)
    P("ll y a dans un premier temps, les sobriétés numériques qui se définissent par la recherche de l’évolution des services numériques pour réduire leur impact environnemental et soutenir la transition écologique.",
      [NUM, E], notes="Sobriété numérique; coquille « ll » gardée.")
    P("En France, nous comptons 4 % de gaz à effet de serre (selon l’ADEME) provenant de l’activité du numérique. Les Français possèdent en moyenne 10 terminaux par foyer (selon l’ADEME), sachant que l’essentiel des impacts environnementaux est produit par la fabrication et de distribution de ces terminaux (téléphones, ordinateurs, tablettes…).",
      [NUM, E], non=["4 %", "10"], notes="Statistiques (pièges).")
    P("Selon le sénat, ils représentent environ 70 % des émissions de carbone du numérique à l’échelle nationale. Leur fabrication est extrêmement énergivore en eau, en ressources fossiles et abiotiques.",
      [NUM, E], non=["70 %"], notes="Statistique (piège).")
    P("Il est donc nécessaire que les collectivités publiques travaillent avec les acteurs locaux afin de réduire ces impacts en constante évolution. Il existe des solutions de recyclage et de réutilisation des déchets d’équipement électriques et électronique (DEEE), elles sont cependant encore incomplètes et imparfaites.",
      [NUM, CE], notes="Réemploi et recyclage des DEEE.")
    P("Par exemple : en 2020, 850 000 tonnes de DEEE ont été collectées en France, pour un taux de recyclage de 77 % sur ce qui a été collecté.",
      [CE, NUM], non=["2020", "850 000", "77 %"], notes="Statistiques (pièges).")
    P("Voici des exemples de ce que la Ville et l’Eurométropole de Strasbourg fait pour ses habitants en termes de Sobriétés Numériques : L’engagement : encourager l’usage du numérique au service de la transition écologique du territoire :",
      [NUM, E], objective=True, notes="Engagement qualitatif.", ambiguous=True)
    P("Les multiples possibilités qu’offre le numérique seront mises au service de la transition écologique. L’optimisation des processus et des activités grâce au numérique contribuera à réduire leur consommation énergétique et donc leur empreinte écologique.",
      [NUM, E, EN], objective=True, notes="Engagement qualitatif (futur, sans valeur).", ambiguous=True)
