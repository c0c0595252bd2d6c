"""Third collection round of real passages (model 1.5.0): themes still weak on the real dev set after 1.4.0
(governance and monitoring in the dev set's broad sense: the schéma as an object, its adoption, obligation,
elaboration, networks and training of buyers; local and SME access; working conditions; biodiversity;
responsible digital; health).

Same helpers, conventions and rules as ``passages_src2.py`` (no page from a *domain* of the shared real dev set,
checked by ``build.py`` for every round after the first). Loaded at the end of ``passages_src2.load``.
"""
# ruff: noqa: E501

from passage_checks import G


def load(S, P, Q) -> None:
    S("https://3ar-na.fr/articles/schema-de-promotion-des-achats-socialement-et-ecologiquement-responsables-spaser-les-adherents-3ar-soumis-a-l-elaboration-de-ce-schema-echangent-sur-leurs-pratiques", "SPASER : les adhérents 3AR soumis à l'élaboration de ce schéma échangent sur leurs pratiques (3AR)")
    P("Le temps d’échanges a permis d’identifier les principales étapes de l’élaboration du SPASER de ces trois collectivités adhérentes au réseau 3AR, et d’échanger sur les spécificités de chacune.",
      [G], notes="Élaboration du schéma, réseau d'acheteurs.")

    S("https://issuu.com/cinor/docs/politique_d_achat", "Mise en œuvre d'une politique d'achat volontariste et plus transparente à la CINOR (issuu)")
    P("Sont évalués notamment les efforts entrepris en faveur des TPE/PME, avec au final l’attribution de note allant du A- au triple A+ (Anticipation, Adaptation, Ancrage territorial).",
      ["acces_pme_tpe_local", G], notes="Grille d'évaluation des collectivités (Small Business Act) : évaluation = gouvernance, objet = PME.", ambiguous=True)
    P("- AXE 3 : développer un achat innovant et responsable.",
      ["achats_innovants"], notes="Axe d'une politique d'achat; « responsable » seul n'ajoute pas de thème précis.", ambiguous=True)

    S("https://doczz.fr/doc/6094343/fiche-ademe-09-grand-roanne", "Fiche ADEME 09 – Mise en œuvre d'une politique achats responsables, Grand Roanne (doczz)")
    P("2006 > Création du service Développement Durable initiateur des démarches liées aux achats responsables.",
      [G], non=["2006"], notes="Organisation de la démarche (création d'un service), date.")
    P("> Fin 2007, une “fiche de restitution marchés*”, validée sur le principe par le Directeur Général des Services et le Service Commande Publique a été intégrée à la procédure de marchés existante.",
      [G], non=["2007"], notes="Outil de suivi intégré à la procédure.")

    S("http://de.slideshare.net/scorpio2008/a03-methodologie-pourmettreenplaceunepolitiquedachatresponsable", "A3 – Méthodologie pour mettre en place une politique d'achat responsable (SlideShare)")
    P("La partie II (niveau organisationnel) s’adresse plus particulièrement aux responsables des achats. Ils y trouveront une description des différentes étapes permettant de mettre en place un plan d’action intégrant les principes de durabilité.",
      [G], notes="Méthode de pilotage d'une politique d'achat responsable.")

    S("https://www.achatpublic.info/actualites/breves/commande-publique-achat-durable-spaser-36707", "Pas de SPASER ? Ce n'est pas une excuse pour ignorer l'achat public durable ! (achatpublic.info)")
    P("Pas de SPASER ? Ce n'est pas une excuse pour ignorer l’achat public durable !",
      [G], notes="Titre: obligation du schéma, contrôle.", ambiguous=True)
    P("Marché public – Achat durable – La dimension \"durable\" dans les achats des collectivités publiques est de plus en plus scrutée par les chambres régionales des comptes (CRC).",
      [G], notes="Contrôle par les CRC.")
    P("Récemment, l’autorité financière d’Ile-de-France examine dans son rapport d’observations \"Commune d'Élancourt\", les achats public de cette ville de moins de 30 000 hab.",
      [G], non=["30 000"], notes="Rapport de contrôle de la CRC; population (piège).")

    S("https://veegee.fr/droit-public-notaires/contrats-publics/65494-schema-de-promotion-des-achats-publics-responsables.html", "Schéma de promotion des achats publics responsables (veegee.fr)")
    P("Le ministère de l'Economie justifie la fixation du seuil à partir duquel une collectivité est tenue d'élaborer un schéma des achats publics socialement responsables.",
      [G], notes="Seuil d'assujettissement au schéma.")
    P("Le député Jean-Luc Bleunven souhaitait savoir dans quelle mesure le décret du 28 janvier 2015 fixant le seuil à partir duquel une collectivité est tenue d'élaborer un schéma des achats publics socialement responsables pourrait faire l'objet d'une nouvelle rédaction, qui permettrait à un plus grand nombre de collectivités de contribuer à l'essor de l'économie sociale et solidaire sur leurs territoires.",
      [G, "ess_economie_sociale"], non=["28 janvier 2015"], notes="Question parlementaire sur le seuil du schéma; finalité ESS.")

    S("https://website-30509.eventmaker.io/jury-categorie-politique-achat-responsable", "Catégorie Politique Achat responsable – jury d'un prix de la commande publique (eventmaker)")
    P("Ce prix vise à récompenser une politique d’achat principalement axée sur la durabilité de la commande publique en tenant compte, non seulement des objectifs de développement durable (environnementaux et sociaux) mais aussi du soutien du tissu économique.",
      ["environnement_climat_carbone", "clauses_sociales_insertion", "acces_pme_tpe_local"], notes="Environnemental + social (convention du dev: les deux), tissu économique = accès local.", ambiguous=True)
    P("Seront notamment analysés les instruments de pilotage de la stratégie.",
      [G], notes="Pilotage.")

    S("http://www.aide-creation-entreprise.net/allotissement-marches-publics-favorise-entreprises-n112976.html", "L'allotissement des marchés publics favorise les entreprises locales (aide-creation-entreprise.net)")
    P("L’allotissement des marchés publics favorise les entreprises locales",
      ["acces_pme_tpe_local"], notes="Titre.")
    P("L’allotissement permet, par ailleurs, d’alléger les dossiers de consultation et d’améliorer la réactivité locale en optimisant le processus d’approvisionnement.",
      ["acces_pme_tpe_local"], notes="Allotissement.")
    P("En mettant en œuvre le principe d’allotissement lors de ses consultations publiques, le Conseil Général de l’Aude a joué la carte de la proximité avec succès. Diviser en lots la plupart de ses marchés publics a en effet permis à cet acheteur public d’augmenter le nombre de participants locaux tout en augmentant le nombre d’offres publiques proposées.",
      ["acces_pme_tpe_local"], notes="Résultat de l'allotissement (entreprises locales).")

    S("https://marchespublicspme.com/avant-la-reponse/les-marches-publics-et-les-pme/actualites/2023/09/10/les-marches-publics-un-levier-de-developpement-pour-les-pme-locales_15269.html", "Les marchés publics, un levier de développement pour les PME locales (marchespublicspme.com)")
    P("L’accès des entreprises locales à la commande publique est l’un des plus grands enjeux de la commande publique. Malgré les mesures mises en place pour faciliter cet accès, il est constaté que les PME peinent bien des fois à se faire une place au soleil parmi les acteurs de la commande publique.",
      ["acces_pme_tpe_local"], notes="Accès des PME et entreprises locales.")
    P("Mais il reste aux acheteurs la possibilité de faire la promotion de l’achat local en s’appuyant sur des critères environnementaux et écologiques.",
      ["acces_pme_tpe_local", "environnement_climat_carbone"], notes="Achat local par des critères environnementaux.")
    P("Ainsi, 100 % des contrats de la commande publique notifiés auront au moins une considération environnementale et 30 % d’entre eux possèderont au moins une considération sociale.",
      ["environnement_climat_carbone", "clauses_sociales_insertion"],
      objs=[Q(100, "%", subject="part des contrats notifiés avec au moins une considération environnementale", themes=["environnement_climat_carbone"]),
            Q(30, "%", subject="part des contrats notifiés avec au moins une considération sociale", themes=["clauses_sociales_insertion"])],
      notes="Cibles du PNAD citées; l'horizon 2026 est dans la phrase précédente (pas d'horizon ici).")
    P("Ainsi donc, ces acheteurs peuvent, pour des raisons de réduction de l’empreinte écologique de leurs achats et pour des achats publics durables, privilégier les acteurs économiques dont les prestations incluent une limitation du transport et de l’émission des polluants durant l’exécution de leurs marchés.",
      ["environnement_climat_carbone", "acces_pme_tpe_local"], notes="Limitation du transport comme moyen de favoriser les entreprises proches (contexte: achat local).", ambiguous=True)

    S("https://www.citena.fr/centre-de-ressources/entretien-espaces-verts-reussir-le-renouvellement-du-marche", "Entretien espaces verts : réussir le renouvellement du marché (Citena)")
    P("Il s’agit d’abord d’identifier les besoins spécifiques inhérents au renouvellement de votre marché actuel, en tenant compte de la fréquence des interventions, des surfaces concernées et des nouvelles exigences environnementales, telles que l’usage réduit de produits phytosanitaires ou l’intégration de pratiques écoresponsables (ex : loi ZAN, restrictions phytosanitaires, gestion durable des eaux).",
      ["biodiversite", "environnement_climat_carbone"], notes="Marché d'espaces verts: phytosanitaires, eau (convention du dev: espaces verts = biodiversité).")

    S("https://cerdd.org/index.php/Actualites/Transitions-economiques-vers-le-DD/Avec-le-reseau-Apure-un-temps-de-recul-collectif-sur-la-fonction-achat", "Avec le réseau Apure, un temps de recul collectif sur la fonction achat (Cerdd)")
    P("Alors que les enjeux portés par les équipes « commande publique » dans les territoires ou structures publiques s'amplifient, le réseau Apure, animé par le Cerdd et le CD2E, a consacré, l'année dernière, une journée entière au métier d'acheteur public.",
      [G], notes="Réseau d'acheteurs, formation.")
    P("L’événement, qui a rassemblé 82 professionnel·les du Nord, du Pas-de-Calais, de la Somme et de l’Oise le 12 décembre 2024, s’est tenu au pied des chevalets d’Arenberg, à la Porte du Hainaut.",
      [G], non=["82", "12 décembre 2024"], notes="Participants d'une journée du réseau (piège).", ambiguous=True)

    S("https://www.economie.gouv.fr/daj/mutualisation-achats-2019", "La mutualisation des achats (DAJ, ministère de l'Économie)")
    P("Les acheteurs peuvent faire le choix d’acquérir seuls les travaux, les fournitures et les services qui répondent à leurs besoins, de se grouper avec d’autres acheteurs ou de recourir à une centrale d’achat.",
      [G], notes="Organisation des achats (centrale, groupement), comme la centrale d'achat du dev set.", ambiguous=True)

    S("https://village-justice.com/articles/spip.php?page=imprimer&id_article=29581", "Marchés publics et sous-traitance : les clés de la réussite (Village de la Justice)")
    P("Sous-traitance irrégulière, travail dissimulé, prêt de main-d’œuvre illicite, travail détaché illégal, non respect des obligations en matière de sécurité… La sous-traitance dans les marchés publics peut être semée d’embûches. Si elles ne veulent pas voir leur responsabilité engagée, les collectivités doivent se montrer vigilantes et demander des garanties.",
      ["conditions_de_travail"], notes="Travail illégal, sécurité des salariés des sous-traitants.")
    P("Comment éviter d’être mis en difficulté, sur le plan de la responsabilité juridique et de la réputation, par des violations de droits fondamentaux, des fraudes sociales, des entorses à la sécurité ou des détériorations de l’environnement, commises par l’un de ses fournisseurs ?",
      ["conditions_de_travail", "environnement_climat_carbone"], notes="Devoir de vigilance sur les fournisseurs.", ambiguous=True)

    S("https://cercle-montesquieu.fr/newsletter/newsletter/322/article/1279", "Travailleurs détachés : obligation de vigilance du maître d'ouvrage (Cercle Montesquieu)")
    P("En cas de recours à des travailleurs détachés, le maître d’ouvrage ou le donneur d’ordre est tenu envers son cocontractant à une obligation de vigilance sur les déclarations devant être effectuées.",
      ["conditions_de_travail"], notes="Vigilance sur le détachement de travailleurs.")

    S("http://valdeseinevert.org/?p=2331", "Hauts-de-Seine : label « Relations fournisseurs responsables » (Val de Seine Vert)")
    P("Le médiateur des entreprises a attribué au conseil départemental des Hauts-de-Seine le label « Relations fournisseurs responsables », valable trois ans. Il s’engage sur des achats responsables et équilibrés avec ses fournisseurs.",
      [G], notes="Label d'une politique d'achat (comme la charte du dev set).")
    P("La commande publique du 92 est de 355 millions d’euros d’achat en 2016, avec 7 605 fournisseurs. Il faut intégrer des facteurs environnementaux et sociaux dans les marchés pour décrocher ce label.",
      [G, "environnement_climat_carbone", "clauses_sociales_insertion"], non=["92", "355 millions d’euros", "2016", "7 605"], notes="Volume d'achats (piège); conditions du label.", ambiguous=True)
    P("Le département assure que 14 % des contrats incluent des clauses sociales et 8 % des clauses environnementales. On voit que si la démarche doit être saluée, il reste une marge de progression.",
      ["clauses_sociales_insertion", "environnement_climat_carbone", G], non=["14 %", "8 %"], notes="Bilan chiffré (résultats, piège); bilan = suivi.", ambiguous=True)

    S("https://lagazettefrance.fr/index.php/articles?author=32&page=9", "Le conseil régional encourage l'achat local (La Gazette, 24/09/2019)")
    P("Le conseil régional encourage l’achat local",
      ["acces_pme_tpe_local"], notes="Titre.")
    P("En 2017, les élus du Conseil régional ont adopté une résolution définissant une nouvelle politique d’achat afin de faciliter l’accès de la commande publique aux entreprises locales.",
      [G, "acces_pme_tpe_local"], non=["2017"], notes="Adoption d'une politique d'achat; entreprises locales.")

    S("https://www.data.gouv.fr/datasets/proportion-des-marches-publics-de-la-ville-de-paris-avec-une-disposition-environnementale/informations", "Proportion des marchés publics de la Ville de Paris avec une disposition environnementale (data.gouv.fr)")
    P("L’indicateur \"Proportion des marchés publics avec une disposition environnementale\" identifie la part des marchés passés par la Sous-direction des achats qui incluent des aspects environnementaux. Il peut s’agir d’une obligation du cahier des charges ou d’un critère valorisé qui permet de sélectionner le titulaire du marché.",
      [G, "environnement_climat_carbone"], notes="Indicateur de suivi publié.")

    S("https://www.economie.gouv.fr/actualites/le-ministere-obtient-le-label-relations-fournisseurs-et-achats-responsables", "Le ministère obtient le label Relations fournisseurs et achats responsables (ministère de l'Économie)")
    P("L’obtention de ce label atteste du travail réalisé par les directions et services achats de Bercy, un an après la signature de la Charte « Relations fournisseurs et achats responsables » par le Secrétariat général.",
      [G], notes="Label et charte.")
    P("La démarche de labélisation RFAR conduit à s’inscrire dans un cycle de progrès. Chaque année, le ministère sera audité sur les questions majeures du référentiel ainsi que sur la mise en œuvre d’un plan de progrès triennal construit durant l’été 2023.",
      [G], non=["2023"], notes="Audit annuel, plan de progrès (suivi); pas de valeur cible.")

    S("https://www.defense-92.fr/conseil-departemental/le-departement-des-hauts-de-seine-obtient-le-label-relations-fournisseurs-et-achats-responsables-71628", "Le département des Hauts-de-Seine obtient le label Relations fournisseurs et achats responsables (defense-92.fr)")
    P("Le 17 décembre dernier, le Comité d’attribution du label « Relations Fournisseurs et Achats Responsables » a décidé d’attribuer à « l’unanimité et sans réserve » au département des Hauts-de-Seine où est implanté La Défense le label « Relations Fournisseurs et Achats Responsables » (RFAR).",
      [G], non=["17 décembre"], notes="Attribution d'un label.")
    P("Avec l’obtention de ce label, le département dit vouloir « amplifier sa démarche d’ouverture sur le monde économique et sa volonté de donner la pleine mesure de ses engagements auprès des acteurs économiques, notamment les PME et TPE ».",
      ["acces_pme_tpe_local", G], notes="Engagement envers les PME/TPE.")

    S("https://lanignan.com/services/etudes/evaluation/labellisation/relations-fournisseurs-achats-responsables", "Label Relations fournisseurs et achats responsables (Lanignan)")
    P("Ainsi le Label RFAR valide particulièrement : - L'alignement des pratiques sur la stratégie RSE de l'entreprise - La diligence de l'organisation à contrôler la mise en œuvre effective des engagements affichés - La qualité des outils de mesure et de pilotage de la politique d'achats responsables ainsi que les plans d'amélioration qui y sont rattachés.",
      [G], notes="Pilotage, contrôle, outils de mesure.")

    S("https://www.cna-asso.fr/rfar/le-label", "Le Label Relations fournisseurs et achats responsables (Conseil national des achats)")
    P("La décision de candidater au label résulte d'une démarche volontaire visant à faire reconnaître son engagement en faveur d'une politique d'achat responsable ainsi que sa volonté d'impulser un processus d'amélioration continue de ses pratiques.",
      [G], notes="Démarche de labellisation.")

    S("https://www.pefc-france.org/articles/appels-offres-publics/", "Intégrer la gestion durable de la forêt dans les appels d'offres publics (PEFC France)")
    P("Les collectivités sont tenues d'intégrer la gestion durable de la forêt dans leurs documents d'appels d'offres, mais ce critère doit être détaillé. PEFC France accompagne les acteurs publics dans cette démarche et met à leur disposition des outils pratiques.",
      ["biodiversite", "environnement_climat_carbone"], notes="Bois issu de forêts gérées durablement (taxonomie: biodiversité).")
    P("Dix réseaux régionaux regroupent des collectivités et des établissements publics afin de mettre en place des groupes de travail et de mutualiser leurs expériences sur les achats responsables.",
      [G], non=["Dix"], notes="Réseaux d'acheteurs (décompte, piège).")
    P("Seule une entreprise certifiée PEFC peut répondre à l’exigence PEFC ou à l’exigence de certification de la gestion forestière durable d’un appel d’offre public.",
      ["biodiversite", "environnement_climat_carbone"], notes="Certification forestière.")

    S("http://professionnels.bois.com/reglementation/integrer-gestion-durable-foret", "Comment intégrer la gestion durable des forêts dans un projet de construction publique ? (bois.com)")
    P("La stratégie nationale de développement durable de 2003, actualisée en 2006 (SNDD) et le Plan national d'action pour les achats publics durables adopté en 2007, prévoient, entre autres, que, d'ici 2010, l'État s'approvisionnera en bois exclusivement issu de forêts gérées durablement. Une décision que les collectivités locales sont invitées à suivre.",
      ["biodiversite", "environnement_climat_carbone"],
      objs=[Q(100, "%", horizon=2010, subject="part du bois acheté par l'État issu de forêts gérées durablement", themes=["biodiversite", "environnement_climat_carbone"])],
      non=["2003", "2006", "2007"], notes="« exclusivement » normalisé à 100 %; horizon 2010 écrit; dates des plans = pièges.")
    P("Les pouvoirs publics s'efforcent de systématiser l'exigence de gestion durable pour les commandes publiques de bois et de produits dérivés.",
      ["biodiversite", "environnement_climat_carbone"], notes="Bois durable.")

    S("http://questions.assemblee-nationale.fr/q13/13-567QE.htm", "Question écrite n° 567 : produits issus de bois de forêts gérées durablement (Assemblée nationale)")
    P("Les politiques d'achat public de bois sont utilisées comme l'un des outils de la lutte contre l'exploitation illégale des forêts.",
      ["biodiversite", "environnement_climat_carbone"], notes="Lutte contre l'exploitation illégale des forêts.")
    P("Ainsi, la France a adopté en avril 2005 une circulaire qui oblige les acheteurs publics de l'État à s'assurer que les produits bois qu'ils achètent proviennent de forêts gérées légalement et durablement.",
      ["biodiversite", "environnement_climat_carbone"], objective=True, non=["avril 2005"], notes="Obligation d'une circulaire sans niveau chiffré écrit: objectif qualitatif.", ambiguous=True)

    S("https://www.viaterroirs.com/blog/circuit-court-approvisionnement-local-cantines-scolaires/", "Circuit-court et approvisionnement local dans les cantines (Via Terroirs)")
    P("Et si vous décidiez aujourd’hui d’un approvisionnement local et en circuit court directement auprès des producteurs ? Avec les bons outils, ce n’est pas aussi compliqué que ce qu’on imagine, même pour les chefs de la restauration collective notamment dans les cantines !",
      ["alimentation_durable_bio_circuits_courts", "acces_pme_tpe_local"], notes="Approvisionnement local (convention du dev: produits et fournisseurs locaux = accès local aussi).", ambiguous=True)
    P("Sous ce seuil, l’achat en gré à gré est autorisé et c’est l’opportunité d’engager des collaborations avec des producteurs locaux dans une logique de proximité et de qualité !",
      ["alimentation_durable_bio_circuits_courts", "acces_pme_tpe_local"], notes="Producteurs locaux sous le seuil.")

    S("https://boite-a-outil.webflow.io/articles/les-enjeux-de-lalimentation-de-proximite", "Les enjeux de l'alimentation de proximité (boîte à outils transition alimentaire)")
    P("Les cantines peuvent par exemple participer à la redynamisation des territoires en proposant des repas composés d’ingrédients issus de la production locale.",
      ["alimentation_durable_bio_circuits_courts", "acces_pme_tpe_local"], notes="Production locale et territoire.")
    P("Pour encourager le rapprochement entre la restauration collective et les territoires, la loi Climat & Résilience d'août 2021 demande aux établissements de restauration collective de communiquer sur la part de leurs approvisionnements issus des Projets Alimentaires Territoriaux (PAT)3.",
      ["alimentation_durable_bio_circuits_courts", G], non=["août 2021", "3"], notes="Obligation d'information (publication) sans niveau; note 3 collée.", ambiguous=True)

    S("https://www.nouvellesetincelles.fr/article/4346/Les-collectivites-peuvent-desormais-faire-don-de-leurs-equipements-informatiques-aux-associations.html", "Les collectivités peuvent désormais faire don de leurs équipements informatiques aux associations (Nouvelles Étincelles)")
    P("La loi du 15 novembre 2021 visant à réduire l''empreinte environnementale du numérique en France impose aux communes et EPCI de plus de 50 000 habitants de définir, au plus tard le 1er janvier 2025, «une stratégie numérique responsable qui indique notamment les objectifs de réduction de l''empreinte environnementale du numérique et les mesures mises en place pour les atteindre».",
      ["numerique_responsable", "environnement_climat_carbone", G], objective=True, non=["15 novembre 2021", "50 000", "1er janvier 2025"], notes="Obligation d'adopter une stratégie (pas de niveau chiffré); apostrophes doublées conservées.", ambiguous=True)
    P("Parmi les dispositions de la loi, il est indiqué que toutes les collectivités devront veiller à ce que les matériels informatiques dont elles se séparent soient systématiquement réutilisés -sauf ceux de plus de dix ans qui sont orientés vers le recyclage.",
      ["numerique_responsable", "economie_circulaire_reemploi_dechets"], objective=True, non=["dix ans"], notes="Obligation de réemploi (« systématiquement » sans taux écrit: qualitatif).", ambiguous=True)

    S("https://www.amf62.fr/materiel-informatique-reforme-remploi/", "Matériel informatique réformé : obligation de réemploi (AMF 62)")
    P("Concrètement, dès cette année, les collectivités locales devront destiner 25% de leur matériel informatique réformé au réemploi, puis 35% en 2024 et 50% en 2025.",
      ["numerique_responsable", "economie_circulaire_reemploi_dechets"],
      objs=[Q(25, "%", subject="part du matériel informatique réformé destiné au réemploi (cette année)", themes=["numerique_responsable", "economie_circulaire_reemploi_dechets"]),
            Q(35, "%", horizon=2024, subject="part du matériel informatique réformé destiné au réemploi", themes=["numerique_responsable", "economie_circulaire_reemploi_dechets"]),
            Q(50, "%", horizon=2025, subject="part du matériel informatique réformé destiné au réemploi", themes=["numerique_responsable", "economie_circulaire_reemploi_dechets"])],
      notes="Trajectoire légale; « dès cette année » sans année écrite: pas d'horizon pour 25 %.")
    P("Sont concernés par cette obligation uniquement les équipements de moins de 10 ans mentionnés au II de l’article R543-172 du Code de l’environnement : écrans, moniteurs et équipements comprenant des écrans d’une surface supérieure à 100cm² et petits équipements informatiques et de télécommunications.",
      ["numerique_responsable", "economie_circulaire_reemploi_dechets"], non=["10 ans", "R543-172", "100cm²"], notes="Champ de l'obligation (seuils, article: pièges).")

    S("http://ecoinfo.cnrs.fr/?p=11023", "Que faire des équipements que vous n'utilisez plus ? (EcoInfo, CNRS)")
    P("Selon la directive, la filière DEEE doit encourager le reconditionnement du matériel collecté. Malheureusement, il n’y a pour l’instant aucun objectif chiffré. Les éco-organismes (Eco-Systèmes, ERP et Ecologic) ont néanmoins signé des accords avec des acteurs de l’économie sociale et solidaire qui reconditionnent des équipements électriques et électroniques (réseaux Emmaüs, Envie, etc.).",
      ["numerique_responsable", "economie_circulaire_reemploi_dechets", "ess_economie_sociale"], notes="Reconditionnement des DEEE par l'ESS.")
    P("Si vous souhaitez vous débarrasser de matériel informatique fonctionnel mais qui ne répond plus à vos besoins, il est alors recommandé de vous diriger en premier lieu vers des entreprises ou associations spécialisées dans le reconditionnement.",
      ["numerique_responsable", "economie_circulaire_reemploi_dechets"], notes="Réemploi du matériel informatique.")

    S("https://images.achatpublic.info/actualites/info-du-jour/2019/10/28/achat-durable-centraliser-pour-evaluer-22-24197", "Achat durable : centraliser pour évaluer (2/2) (achatpublic.info)")
    P("La décentralisation de la fonction achat semble constituer le frein principal à l’évaluation des politiques d’achat responsable. Mais si les dispositifs d’évaluation peinent à se développer, c’est aussi parce que la mise en place des schémas de promotion des achats publics socialement et écologiquement responsables se fait à un train de sénateur : moins de 10 % des collectivités en ont adopté un.",
      [G], non=["10 %"], notes="Évaluation des politiques d'achat; taux d'adoption des schémas (constat, piège).")
    P("En cause : le seuil de déclenchement trop élevé.",
      [G], notes="Seuil d'assujettissement (sujet dans la phrase précédente).", ambiguous=True)

    S("https://css.achatpublic.info/actualites/info-du-jour/2019/10/28/achat-durable-centraliser-pour-evaluer-12-24196", "Achat durable : centraliser pour évaluer (1/2) (achatpublic.info)")
    P("L’évaluation des politiques d’achat responsable et la mise en place d’indicateurs ne sont pas franchement aisées. Lorsque ces indicateurs existent. Encore faut-il disposer des outils qui permettent la consolidation des données et leur interprétation.",
      [G], notes="Évaluation, indicateurs.")
    P("Les acheteurs le confirment : s’ils veulent pouvoir faire remonter à l’exécutif des analyses fiables sur les clauses environnementales et sociales de leurs marchés, une organisation quasi militaire doit être mise en place.",
      [G, "environnement_climat_carbone", "clauses_sociales_insertion"], notes="Reporting sur les clauses (convention du dev: clauses sociales et environnementales = les deux thèmes).")

    S("https://oveus.fr/communication/actualites/reussir-schema-promotion-achats-socialement-ecologiquement-responsables/", "Réussir son schéma de promotion des achats socialement et écologiquement responsables (OVËUS)")
    P("Ce schéma doit être réalisé par toutes les collectivités territoriales, leurs groupements et les entreprises publiques ayant un seuil d’achat annuel supérieur à 100 millions d’euros.",
      [G], non=["100 millions d’euros"], notes="Seuil d'assujettissement (piège).")
    P("Ainsi, ce schéma doit intégrer les engagements pris par la personne publique en matière d’intégration sociale et professionnelle, d’économie sociale et solidaire et de prise en compte de l’environnement à toutes les étapes du cycle d’achat.",
      [G, "clauses_sociales_insertion", "ess_economie_sociale", "environnement_climat_carbone"], notes="Contenu légal du schéma.")

    S("https://www.idcite.com/Doc-Des-achats-responsables-de-plus-en-plus-integres-au-business-des-organisations_a24234.html", "Des achats responsables de plus en plus intégrés au business des organisations (idcite, baromètre ObsAR 2017)")
    P("Ainsi, dans le détail, peut-on constater une meilleure diffusion en interne (+ 8 points, à 82 %), associée à la formalisation des objectifs (71 %), au suivi d’indicateurs (64 %) et au développement d’outils spécifiques (61 %).",
      [G], non=["+ 8 points", "82 %", "71 %", "64 %", "61 %"], notes="Résultats d'enquête sur le pilotage (pièges).")

    S("http://www.elus-ecologistes-regioncentre-valdeloire.fr/bilan-a-mi-parcours-du-schema-des-achats-publics-responsables/", "Bilan à mi-parcours du schéma des achats publics responsables (élus écologistes, Région Centre-Val de Loire)")
    P("Bilan à mi-parcours du schéma des achats publics responsables",
      [G], notes="Titre: bilan du schéma.")
    P("La Région Centre-Val de Loire a été la première Région en France à créer la fonction « achats publics » et à voter une stratégie en 2017, au travers d’un schéma des achats publics responsables, sur lequel nous faisons un point après deux années de déploiement.",
      [G], non=["2017"], notes="Adoption du schéma, bilan d'étape.")
    P("Un exemple : 100 % des marchés planifiés en 2019 sont analysés en amont pour valider l’insertion de clauses sociales et environnementales.",
      ["clauses_sociales_insertion", "environnement_climat_carbone", G], non=["100 %", "2019"], notes="Résultat présenté dans un bilan (présent de constat): piège, comme « 100 % des marchés rappellent désormais » du dev.", ambiguous=True)
    P("Ce schéma est constitué de 3 grands axes de responsabilité : économique, sociale et environnementale, constituant les grands piliers du développement durable.",
      [G], non=["3"], notes="Structure du schéma (décompte d'axes, piège).")
    P("Il est également important de rappeler que ce schéma a été coconstruit avec les différents acteurs achats de la Région au travers d’une méthode très participative afin que chacun puisse se l’approprier et ainsi partager des objectifs communs.",
      [G], notes="Élaboration concertée.")

    S("https://reporterre.net/Il-y-a-trop-de-produits-toxiques-dans-les-creches", "Il y a trop de produits toxiques dans les crèches (Reporterre)")
    P("L’association accompagne les crèches pour qu’elles réduisent au maximum la présence de produits chimiques.",
      ["sante"], notes="Produits chimiques en crèche.")
    P("Les dangers des perturbateurs endocriniens sont de mieux en mieux connus, mais les pratiques changent peu. Label Vie accompagne 900 lieux d’accueil de la petite enfance, une goutte d’eau sur les 450 000 établissements de ce type en France.",
      ["sante"], non=["900", "450 000"], notes="Perturbateurs endocriniens; décomptes (pièges).")

    S("https://www.issy.com/actualites/en-creche-pas-de-place-pour-les-perturbateurs-endocriniens", "En crèche, pas de place pour les perturbateurs endocriniens ! (Ville d'Issy-les-Moulineaux)")
    P("Depuis plusieurs années, le service Petite Enfance de la ville est engagé dans la réduction des perturbateurs endocriniens au sein de ses établissements d’accueil du jeune enfant (de 2 mois et demi à 4 ans).",
      ["sante"], non=["2 mois et demi", "4 ans"], notes="Âges (pièges).")
    P("En 2010, l’ensemble des biberons en plastique, contenant du bisphénol, a été remplacé par des biberons en verre. Depuis, les actions se sont multipliées avec une part de plus de 50% de produits bio dans les menus proposés aux enfants, le choix de fournitures plus écologiques ou encore le remplacement progressif de la vaisselle en plastique par de la porcelaine, du verre trempé ou encore de l’inox.",
      ["sante", "alimentation_durable_bio_circuits_courts", "environnement_climat_carbone"], non=["2010", "50%"], notes="Résultats déjà atteints (pièges).")
    P("Du côté de l’entretien, les choses ont également changé avec une utilisation modérée des produits chimiques au bénéfice de gammes plus vertes et de produits « rustiques » comme le vinaigre, le bicarbonate ou le savon noir.",
      ["sante", "environnement_climat_carbone"], notes="Produits d'entretien.")

    S("https://blog.landot-avocats.net/2022/03/22/le-nouveau-plan-national-pour-des-achats-durable-est-publie/", "Le nouveau Plan national pour des achats durables est publié ! (blog Landot avocats)")
    P("Plan holistique, non-contraignant, prenant la forme d’une feuille de route nationale afin de mobiliser l’entièreté des acteurs du domaine des achats, ce troisième PNAD se veut le plus ambitieux de ces prédécesseurs, et ce, malgré son léger retard, étant initialement prévu pour 2021.",
      [G], non=["2021"], notes="Nature du plan national (feuille de route).")
    P("Pour atteindre ces objectifs herculéens, ce plan se décompose en 2 parties et 22 Actions visant à la fois à aider les acteurs à acheter durable, mais aussi à promouvoir, animer et suivre l’avancement du secteur vers les objectifs. En effet la grande nouveauté de ce PNAD est, au contraire du précédent, d’assurer son suivi dès la fin du premier semestre 2022 à l’aide de critères quantitatifs et qualitatifs.",
      [G], non=["2", "22", "2022"], notes="Structure et suivi du plan (décomptes, pièges).")

    S("https://www.goutal-alibert.net/blog/le-nouveau-plan-national-pour-des-achats-durables-pnad/", "Le nouveau Plan national pour des achats durables (PNAD) (Goutal, Alibert & Associés)")
    P("Cette nouvelle avancée s’inscrit dans la continuité de la loi Climat et Résilience du 22 août 2021 et s’articule autour d’un double objectif visant à atteindre, d’ici 2025, 100% des contrats notifiés avec au moins une considération environnementale et 30% avec une considération sociale.",
      ["environnement_climat_carbone", "clauses_sociales_insertion"],
      objs=[Q(100, "%", horizon=2025, subject="part des contrats notifiés avec au moins une considération environnementale", themes=["environnement_climat_carbone"]),
            Q(30, "%", horizon=2025, subject="part des contrats notifiés avec au moins une considération sociale", themes=["clauses_sociales_insertion"])],
      non=["22 août 2021"], notes="Cibles du PNAD.")
    P("Pour arriver à changer les pratiques, le plan s’articule autour de deux axes principaux – aider les acheteurs à s’emparer des objectifs du PNAD, et assurer sa promotion et son suivi – qui sont détaillés en 22 actions. Pour cela, le Plan prévoit le développement d’outils opérationnels, et la mise en place d’un suivi des actions.",
      [G], non=["22"], notes="Structure et suivi du plan.")

    S("https://bl-evolution.com/territoires-et-loi-reen-definissez-votre-strategie-numerique-responsable", "Territoires et loi REEN : définissez votre stratégie numérique responsable (BL Évolution)")
    P("Depuis le 1er janvier 2025, il est obligatoire d’avoir publié une stratégie numérique responsable pour les communes et EPCI à fiscalité propre de plus de 50 000 habitants.",
      ["numerique_responsable", G], non=["1er janvier 2025", "50 000"], notes="Obligation d'adopter et publier une stratégie (comme l'obligation d'adopter un SPASER): pas de niveau.")
    P("Le programme de travail doit contenir un bilan de l’impact environnemental du numérique et celui de ses usages sur le territoire concerné.",
      ["numerique_responsable", "environnement_climat_carbone", G], notes="Bilan préalable.")

    S("https://mairesdefrance.com/m/article/print.php?id=1087", "Une loi sur l'empreinte du numérique impose des exigences de sobriété aux collectivités (Maires de France)")
    P("La loi précise que la stratégie numérique responsable fait l’objet d’un bilan annuel, en amont du débat budgétaire, dans le cadre du rapport sur la situation en matière de développement durable prévu au Code général des collectivités territoriales.",
      ["numerique_responsable", G], notes="Bilan annuel (suivi).")
    P("La loi prévoit aussi un ensemble de mesures de verdissement assorties d’échéances qui s’imposent aux collectivités : achat numérique et indicateurs environnementaux (indice de réparabilité en 2023, indice de durabilité en 2026), réutilisation ou recyclage des matériels informatiques réformés…",
      ["numerique_responsable", "economie_circulaire_reemploi_dechets", "environnement_climat_carbone"], objective=True, non=["2023", "2026"], notes="Obligations légales datées sans niveau chiffré.", ambiguous=True)

    S("https://ume.asso.fr/actualites/loi-reen-obligation-d-elaborer-une-strategie-dite-numerique-responsable", "Loi REEN : obligation d'élaborer une stratégie « numérique responsable » (UME)")
    P("Ainsi, face à ces constats, la loi REEN contient des dispositions relatives à l’obsolescence programmée des logiciels, à la formation à l’impact environnemental du numérique ou encore à l’information des consommateurs du numérique et surtout des acteurs publics locaux.",
      ["numerique_responsable", "environnement_climat_carbone"], notes="Contenu de la loi REEN.")

    S("https://maire-info.com/numerique/strategie-numerique-responsable-un-decret-precise-ce-que-la-loi-exige-des-collectivites-article-26669", "Stratégie numérique responsable : un décret précise ce que la loi exige des collectivités (Maire info)")
    P("Cette loi REEN – qui comprend 36 articles – concerne largement les collectivités qui doivent promouvoir une stratégie numérique responsable dans les territoires.",
      ["numerique_responsable"], non=["36"], notes="Décompte d'articles (piège).")

    S("https://parolesdelus.com/actualites/loi-reen-une-strategie-numerique-responsable-avant-2023-pour-les-communes-de-plus-de-50-000-habitants/", "Loi REEN : une stratégie numérique responsable pour les communes de plus de 50 000 habitants (Paroles d'élus)")
    P("Smartphones et ordinateurs aux cycles de vie restreints, utilisation incontournable d’internet, explosion de l’usage du streaming ou encore stockage quasi exponentielle de nos données sur les data-centers… voilà autant d’explications à l’augmentation annuelle de la part du numérique dans les émissions de CO2.",
      ["numerique_responsable", "environnement_climat_carbone"], notes="Empreinte carbone du numérique.")

    S("http://doczz.fr/doc/5580521/fiche-exp%C3%A9rience-chorges---territoires-durables-paca", "Fiche expérience Chorges – Territoires durables PACA (doczz)")
    P("Un groupe de travail a été mis en place avec les agents en charge de l’entretien des locaux communaux et des écoles. À cette occasion, la fiche navette a été expérimentée.",
      [G], notes="Organisation interne, outil de suivi.")
    P("Cette fiche vise d’une part la prise en compte effective de critères de développement durable et d’autre part la vérification du marché par plusieurs acteurs : responsable du service prescripteur, responsable du service achat, responsable développement durable, élu.",
      [G, "environnement_climat_carbone"], notes="Outil de contrôle des marchés.")
    P("Concernant plus particulièrement le marché test on note un attachement des agents à des produits qu’ils jugent “efficaces”. Tout l’enjeu sera de faire reconnaître et accepter les atouts des produits éco-labélisés.",
      ["environnement_climat_carbone"], notes="Produits écolabellisés.")

    S("http://www.avec-villefontaine.fr/pacte-pour-la-transition/pacte-transition-mesure-01/", "Pacte pour la Transition : mesure n°01 (liste AVEC, Villefontaine)")
    P("« Adopter un schéma de commandes publiques responsables et organiser régulièrement des actions de communication et formation sur les achats publics responsables, auprès des élu·es, des agent·es, et des acteur·ices économiques du territoire ».",
      [G], objective=True, notes="Engagement électoral qualitatif: adoption d'un schéma, formation.")
    P("Mesure 1 du pacte : Se doter d’une politique ambitieuse d’achats publics, responsables (incluant des dispositions sociales, environnementales et locales).",
      [G, "clauses_sociales_insertion", "environnement_climat_carbone", "acces_pme_tpe_local"], objective=True, non=["1"], notes="Engagement qualitatif; social + environnemental + local.", ambiguous=True)
    P("• Le schéma de la commande publique responsable de Paris se fonde sur deux axes : la solidarité via l’insertion par l’activité économique (la ville exige que 25 % des marchés contiennent une clause d’insertion), et l’écologie via les circuits courts et l’économie circulaire (recyclage, réparation, réemploi, éco-conception).",
      ["clauses_sociales_insertion", "economie_circulaire_reemploi_dechets", "environnement_climat_carbone", G],
      objs=[Q(25, "%", subject="part des marchés contenant une clause d'insertion", themes=["clauses_sociales_insertion"])],
      non=["deux"], notes="Exigence du schéma de Paris (niveau) citée; axes du schéma.", ambiguous=True)

    S("https://www.editionsefe.fr/legaconditionnalite-dans-les-marches-publics-se-precise/", "L'égaconditionnalité dans les marchés publics se précise (Éditions EFE)")
    P("A l’occasion des questions au gouvernement mardi 5 mars à l’Assemblée nationale, Aurore Bergé, ministre chargée de l’Egalité entre les femmes et les hommes et de la Lutte contre les discriminations, confirmait que « les entreprises qui ont des scores inférieurs à 75 sur 100 à l’index égalité femmes-hommes se verront interdites des marchés publics ».",
      ["egalite_femmes_hommes"], non=["5 mars", "75 sur 100"], notes="Seuil d'exclusion (piège: seuil légal, pas une cible d'achat).")
    P("Le lendemain, le gouvernement précisait, au sortir du Conseil des ministres, que cette nouvelle clause d’exclusion figurera dans le texte de transposition de la directive européenne sur la transparence salariale, qui devra être publié au plus tard le 7 juin 2026.",
      ["egalite_femmes_hommes"], non=["7 juin 2026"], notes="Calendrier d'un texte (pas un objectif d'achat).")

    S("https://marchespublicspme.com/avant-la-reponse/le-code-des-marches-publics/actualites/2018/12/31/ou-en-est-on-de-l-egalite-homme-femme-dans-les-marches-publics_14221.html", "Où en est-on de l'égalité homme-femme dans les marchés publics ? (marchespublicspme.com)")
    P("Afin de promouvoir cette équité, a été prise la décision d’écarter les entreprises ne respectant pas ce concept ou qui font preuve de comportements discriminatoires à l’égard des femmes.",
      ["egalite_femmes_hommes"], notes="Exclusion des entreprises discriminantes.")

    S("https://marchespublicspme.com/apres-la-reponse/l-attribution-dans-les-marches-publics/actualites/2018/03/01/l-egalite-homme-femme-est-elle-une-realite-dans-l-obtention-des-marches-publics_13359.html", "L'égalité homme-femme est-elle une réalité dans l'obtention des marchés publics ? (marchespublicspme.com)")
    P("L’acheteur peut effectivement prendre en compte des considérations relatives à la lutte contre les discriminations, dont l’égalité Hommes-Femmes fait partie, à condition qu’elles soient liées à l’exécution des prestations durant toute la durée du contrat.",
      ["egalite_femmes_hommes"], notes="Conditions d'exécution.")

    S("https://hosmoz.fr/Travail-handicap/A-la-une/Articles-et-communiques/Tout-savoir-sur-les-marches-reserves-aux-ESAT-EA-i4237.html", "Tout savoir sur les marchés réservés aux ESAT-EA (Hosmoz)")
    P("Un marché réservé est un marché dont l’accès se limite exclusivement, en partie ou en totalité, à certaines structures ciblées.",
      ["marches_reserves_handicap"], notes="Définition.")
    P("Un acheteur public peut ainsi décider de réserver un marché, ou des lots de marchés, auprès de l’une des catégories d’établissements précédemment citées. Toutes les structures qui n'entrent pas dans ces catégories (STPA, SIAE et ESS) ne sont pas autorisées à répondre à une demande de marché réservé.",
      ["marches_reserves_handicap", "clauses_sociales_insertion", "ess_economie_sociale"], notes="Catégories de réservation (handicap, insertion, ESS).")

    S("http://alternatificience.blogspot.com/search/label/Economie%20sociale", "Économie sociale (blog Alternatificience, reprise de La Gazette des communes)")
    P("Les collectivités constituent 70% des donneurs d’ordre (contre 78 en 2012) et un tiers des marchés concerne l’entretien des espaces verts.",
      ["marches_reserves_handicap"], non=["70%", "78", "2012", "un tiers"], notes="Statistiques des marchés réservés (pièges; sujet dans la phrase précédente).", ambiguous=True)
    P("Le recours à la sous-traitance avec des Esat et des entreprises adaptées (EA) permet aux employeurs publics de s’exonérer d’une partie de leur obligation d’emploi de travailleurs handicapés (OETH), dans la limite de 50%.",
      ["marches_reserves_handicap"], non=["50%"], notes="Plafond légal (piège).")

    S("https://www.odecia.fr/?p=336742", "Pourquoi les marchés publics réservés sont une opportunité (Odecia)")
    P("Sur le plan juridique, la base légale se trouve aux articles L.2113-12 à L.2113-14 du Code de la commande publique. Ces dispositions permettent aux acheteurs publics de réserver certains lots ou marchés à des structures ayant pour mission principale l’emploi de personnes en situation de handicap ou éloignées du marché du travail.",
      ["marches_reserves_handicap", "clauses_sociales_insertion"], non=["L.2113-12", "L.2113-14"], notes="Articles (pièges).")

    S("https://www.commercequitable.org/fournisseurs-et-grossistes", "Reconnaître le commerce équitable : fournisseurs et grossistes (Commerce Équitable France)")
    P("Le commerce équitable s’appuie sur des filières agricoles faisant intervenir un ensemble d’opérateurs. Labels, grossistes, distributeurs, etc. – autant d’opérateurs de la restauration collective sur lesquels s’appuyer pour répondre aux objectifs de la loi EGALIM et des enjeux sur les achats publics responsables.",
      ["commerce_equitable", "alimentation_durable_bio_circuits_courts"], notes="Restauration collective et EGalim.")
    P("Le café et le thé font l’objet d’un commerce international souvent très inéquitable qui ne permet ni une juste rémunération des producteur·rices ni la préservation de l’environnement : le commerce équitable trouve ici toute son utilité.",
      ["commerce_equitable", "environnement_climat_carbone"], notes="Rémunération des producteurs; environnement nommé.", ambiguous=True)
    P("Face aux difficultés des éleveurs laitiers en France, le commerce équitable soutient des fermes résilientes et rémunératrices.",
      ["commerce_equitable"], notes="Commerce équitable origine France.")

    S("https://lalettrealulu.fr/2001/03/04/lequitable-de-multiplication/", "L'équitable de multiplication (La Lettre à Lulu)")
    P("Certaines collectivités se sont déjà mises à ce café propre, comme le comité d’entreprise de la Société Générale Titres à Nantes, ou le service réceptions de la Ville.",
      ["commerce_equitable"], notes="Café équitable (sujet dans la phrase précédente).")
    P("Le Mans est une des premières grandes villes à adopter une charte pour les marchés publics, à commencer par les fournitures scolaires. Craies, crayons, cahiers doivent prouver qu’ils ne sont pas fabriqués par des enfants à l’autre bout du monde ou par des adultes au mépris des principes des droits de l’homme et du droit du travail.",
      ["conditions_de_travail", G], notes="Charte (gouvernance); travail des enfants, droit du travail.")

    S("https://chaireunesco-adm.com/Alizee-Thoueille", "Territoires de commerce équitable : développer le commerce équitable via une nouvelle forme de gouvernance (Chaire Unesco)")
    P("Territoires de commerce équitable : développer le commerce équitable via une nouvelle forme de gouvernance",
      ["commerce_equitable", G], notes="Titre: label territorial, gouvernance.")
    P("Le commerce équitable (CE) vise une organisation des échanges du producteur jusqu’au consommateur. Il permet un rééquilibre entre les pays développés et les pays en développement.",
      ["commerce_equitable"], notes="Définition.")

    S("http://recma.org/actualite/comment-favoriser-lacces-des-organisations-de-less-aux-marches-publics.html", "Comment favoriser l'accès des organisations de l'ESS aux marchés publics ? (RECMA)")
    P("Si des dispositions législatives – clauses sociales, clauses environnementales notamment – favorisent l'accès de certains acteurs de l'ESS aux marchés publics, d'autres tendances de la commande publique bouleversent les rapports habituels entre les collectivités et leurs partenaires de l'Économie sociale et solidaire.",
      ["ess_economie_sociale", "clauses_sociales_insertion", "environnement_climat_carbone"], notes="Clauses sociales et environnementales nommées (convention du dev).", ambiguous=True)

    S("https://commande-publique.legibase.fr/actualites/evenement/la-commande-publique-levier-de-leconomie-sociale-87583", "La commande publique, levier de l'économie sociale et solidaire (Légibase commande publique)")
    P("L’article 9 du projet de loi crée ainsi l’obligation pour les acheteurs publics de définir un schéma de promotion des achats socialement responsables, dès lors que le montant annuel des achats dépasse un certain seuil (qui sera fixé ultérieurement par décret).",
      [G], non=["9"], notes="Création de l'obligation d'adopter le schéma (histoire légale).")
    P("Le schéma devra déterminer « les objectifs de passation de marchés publics comportant des éléments à caractère social visant à concourir à l'intégration sociale et professionnelle de travailleurs handicapés ou défavorisés, ainsi que les modalités de mise en œuvre et de suivi de ces objectifs ».",
      [G, "clauses_sociales_insertion", "marches_reserves_handicap"], notes="Contenu légal du schéma (objectifs et suivi).", ambiguous=True)

    S("https://islesurlasorgue.fr/rayonner/une-ville-plus-verte/contrat-de-performance-energetique", "Contrat de performance énergétique (Ville de L'Isle-sur-la-Sorgue)")
    P("En janvier 2023, au terme d’une procédure de marché public, la Ville de l’Isle-sur-la-Sorgue confie la gestion et la maintenance de l’éclairage public, de l’éclairage sportif, des illuminations festives et la rénovation de son éclairage public à la société CITEOS (Alcyon) dans le cadre d’un Contrat de Performance Énergétique (CPE).",
      ["energie"], non=["janvier 2023"], notes="CPE d'éclairage public.")
    P("Ce type de contrat associe un engagement de réduction de la consommation d’énergie à des travaux de rénovation.",
      ["energie"], notes="Définition du CPE.")
    P("Considérant les lourds investissements en faveur de la rénovation et les engagements de l’entreprise en matière d’économies d’énergie, la durée de ce type de contrat est généralement entre 8 et 10 ans.",
      ["energie"], non=["8", "10 ans"], notes="Durée de contrat (piège).")

    S("https://www.juridique-magazine.fr/laudit-energetique-et-les-exigences-de-performance-dans-les-contrats-globaux-enjeux-et-strategies/", "L'audit énergétique et les exigences de performance dans les contrats globaux (Juridique Magazine)")
    P("Les contrats globaux de performance énergétique représentent un levier majeur dans la transition écologique du parc immobilier français.",
      ["energie", "environnement_climat_carbone"], notes="Marchés globaux de performance énergétique.")

    S("https://gidsvoorduurzameaankopen.be/de/node/5951", "Une chaîne responsable (Guide des achats durables, Belgique)")
    P("En utilisant leur pouvoir d'achat, les acheteurs publics peuvent intégrer des garanties pour le respect des droits de l'homme et des conditions de travail dans la chaîne. De nombreux produits tels que les vêtements de travail et l'électronique, mais aussi les matériaux de construction, le merchandising,etc. sont produits dans des chaînes mondiales.",
      ["conditions_de_travail"], notes="Droits humains au travail dans les chaînes d'approvisionnement.")
    P("Les conditions de travail décentes, c'est-à-dire la santé et la sécurité sur le lieu de travail, le respect du repos au travail, la tenue d'un registre des heures supplémentaires, la non-rétention des cartes d'identité, la fourniture d'un logement décent, etc. sont parfois soumises à de fortes pressions.",
      ["conditions_de_travail"], notes="Travail décent.")

    S("https://cfie.net/2016/09/16/societe-americaine-gap-transmet-liste-de-fournisseurs-monde", "La société américaine Gap transmet la liste de ses fournisseurs (CFIE)")
    P("Cela fait une trentaine d’années que les conditions de travail indignes des ouvriers du secteur de l’habillement et de la chaussure défraient régulièrement la chronique.",
      ["conditions_de_travail"], notes="Conditions de travail dans l'habillement.")

    S("https://choisirlecologie.fr/elu-es/catherine-ribot/bilan-de-catherine-ribot", "Bilan de Catherine Ribot (Choisir l'écologie)")
    P("- Lancement de l’élaboration du Schéma Public de l’Achat Socialement et Ecologiquement Responsable (SPASER) qui va contribuer à la prise en conscience des élus comme des agents. Le travail est en cours.",
      [G], notes="Élaboration du schéma.")
    P("Il a été adopté respectivement à la Métropole en mai et à la Ville en juin, chacun fixant un cap avec des actions concrètes à engager par les pôles d’ici 2026.",
      [G], notes="Adoption du schéma; échéance des actions sans niveau.", ambiguous=True)
    P("Il s’agit d’une feuille de route destinée à intégrer des exigences sociales, environnementales et liées au développement économique dans les achats, à l’horizon 2026.",
      [G, "clauses_sociales_insertion", "environnement_climat_carbone"], notes="Définition du schéma (feuille de route).", ambiguous=True)

    S("https://lanjouenaction.fr/__schemaachatsresponsables/", "Schéma des achats responsables – intervention en session (L'Anjou en action)")
    P("En effet, nous avions considéré à l’époque que le schéma aurait dû être plus ambitieux quant à ses objectifs quantitatifs opérationnels. Par exemple, proposer l’objectif de passer 100% de nos marchés départementaux avec une considération environnementale d’ici à 2025, sans pour autant définir précisément de quel type de considération environnementale on parle.",
      ["environnement_climat_carbone", G],
      objs=[Q(100, "%", horizon=2025, subject="part des marchés départementaux passés avec une considération environnementale", themes=["environnement_climat_carbone"])],
      notes="Objectif du schéma cité par l'opposition (« passer un marché » = conclure, pas un verbe de changement): reach.", ambiguous=True)
    P("Serait-il possible d’améliorer notre niveau d’information pour les prochaines délibérations relatives aux compte-rendus de nos marchés publics ?",
      [G], notes="Information des élus, suivi.")

    S("https://spar.grandlyon.com/", "Le Schéma de promotion des achats responsables (SPAR) (Métropole de Lyon)")
    P("Pour soutenir l'économie locale et rendre un service de meilleure qualité aux habitants et habitantes, la Métropole de Lyon fait évoluer sa politique d'achat publique. Elle déploie un Schéma de promotion des achats responsables, élaboré en partenariat avec les acteurs économiques du territoire.",
      [G, "acces_pme_tpe_local"], notes="Schéma élaboré avec les acteurs du territoire; économie locale.")
    P("Avec plus de 600 millions d’achats annuels (près d’un million d’euros en tenant compte des concessions de service public), la Métropole de Lyon, en application de l’article L2111-3 du Code de la commande publique, se doit d’adopter et de publier son Schéma de Promotion des Achats Responsables (SPAR).",
      [G], non=["600 millions", "un million d’euros", "L2111-3"], notes="Obligation d'adopter le schéma; volume d'achats (piège).")

    S("http://www.docplayer.fr/1570518-Guide-de-la-clause-sociale.html", "Guide de la clause sociale, 2e édition, décembre 2011 (docplayer)")
    P("La circulaire n 5351 du Premier Ministre du 3 décembre 2008 pour un État exemplaire a prévu l inscription obligatoire de clauses sociales dans les marchés publics de l État à hauteur de 10 % des achats courants de l État et de ses établissements publics d ici 2012 dans les secteurs comportant au moins 50% de main d œuvre.",
      ["clauses_sociales_insertion"],
      objs=[Q(10, "%", horizon=2012, subject="part des achats courants de l'État avec clause sociale", themes=["clauses_sociales_insertion"])],
      non=["5351", "3 décembre 2008", "50%"], notes="Quota de la circulaire État exemplaire; 50 % = champ (piège). Apostrophes perdues à l'extraction conservées.")
    P("Toutefois, selon l Observatoire Économique de l Achat Public (OEAP) qui a réalisé le recensement des marchés publics notifiés en 2009, seuls 1,9% des marchés publics de plus de ont comporté une clause sociale. D importants progrès restent donc à accomplir.",
      ["clauses_sociales_insertion"], non=["2009", "1,9%"], notes="Résultat du recensement (piège); montant perdu à l'extraction.")

    S("https://www.c2lsolutions.fr/criteres-environnementaux-marches-publics", "Les critères environnementaux dans les marchés publics (C2L Solutions)")
    P("L’article L. 2111-3 du Code de la commande publique impose aux acheteurs de prendre en compte les objectifs de développement durable, notamment environnementaux, dans la définition du besoin. Depuis 2021, cette obligation a été renforcée par la loi Climat, qui rend l’inclusion d’au moins un critère environnemental obligatoire dans les marchés publics.",
      ["environnement_climat_carbone"], objective=True, non=["L. 2111-3", "2021"], notes="Obligation légale décrite sans niveau chiffré écrit.", ambiguous=True)

    S("https://marchespublicspme.com/pendant-la-reponse/le-developpement-durable/actualites/2019/09/15/quelles-conditions-pour-l-attribution-de-contrats-sur-la-base-de-criteres-environnementaux_14794.html", "Quelles conditions pour l'attribution de contrats sur la base de critères environnementaux ? (marchespublicspme.com)")
    P("Dans l’attribution des marchés sur la base de critères environnementaux, la prise en compte du calcul systématique du bilan carbone est l’un des critères les plus importants.",
      ["environnement_climat_carbone"], notes="Bilan carbone comme critère.")

    # Fourth round (broad sustainability wording): corpora/real/passages_src4.py, same rules as this round.
    from passages_src4 import load as load_round4

    load_round4(S, P, Q)
