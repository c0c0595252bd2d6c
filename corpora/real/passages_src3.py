"""Third collection round of real passages (model 1.5.0): themes still weak on the real dev set after 1.4.0
(governance and monitoring in the dev set's broad sense: the schéma as an object, its adoption, obligation,
elaboration, networks and training of buyers; local and SME access; working conditions; biodiversity;
responsible digital; health).

Same helpers, conventions and rules as ``passages_src2.py`` (no page from a *domain* of the shared real dev set,
checked by ``build.py`` for every round after the first). Loaded at the end of ``passages_src2.load``.
"""
# ruff: noqa: E501


def load(S, P, Q) -> None:
    G = "gouvernance_suivi"
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

    S("https://www.republicain-lorrain.fr/politique/2022/04/06/bientot-des-clauses-automatiques-dans-les-marches-publics-pour-des-achats-responsables", "Metz : bientôt des clauses automatiques dans les marchés publics pour « des achats responsables » (Le Républicain lorrain)")

    S("https://veegee.fr/droit-public-notaires/contrats-publics/65494-schema-de-promotion-des-achats-publics-responsables.html", "Schéma de promotion des achats publics responsables (veegee.fr)")
    P("Le ministère de l'Economie justifie la fixation du seuil à partir duquel une collectivité est tenue d'élaborer un schéma des achats publics socialement responsables.",
      [G], notes="Seuil d'assujettissement au schéma.")
    P("Le député Jean-Luc Bleunven souhaitait savoir dans quelle mesure le décret du 28 janvier 2015 fixant le seuil à partir duquel une collectivité est tenue d'élaborer un schéma des achats publics socialement responsables pourrait faire l'objet d'une nouvelle rédaction, qui permettrait à un plus grand nombre de collectivités de contribuer à l'essor de l'économie sociale et solidaire sur leurs territoires.",
      [G, "ess_economie_sociale"], non=["28 janvier 2015"], notes="Question parlementaire sur le seuil du schéma; finalité ESS.")

    S("https://gesica.legalnews.fr/droit-public-notaires/contrats-publics/67706-daj-fiche-technique-pour-les-achats-publics-socialement-et-ecologiquement-responsables.html", "Daj : fiche technique pour les achats publics socialement et écologiquement responsables (legalnews)")

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

    S("https://www.giorno-avocat.com/actualites/marches-publics-de-fourniture-et-maintenance-de-caisses-a-composts-et-conteneurs-a-dechets-de-nouvelles-opportunites", "Marchés publics de gestion du patrimoine végétal : de nouvelles opportunités (Giorno avocat)")

    S("https://www.citena.fr/centre-de-ressources/entretien-espaces-verts-reussir-le-renouvellement-du-marche", "Entretien espaces verts : réussir le renouvellement du marché (Citena)")
    P("Il s’agit d’abord d’identifier les besoins spécifiques inhérents au renouvellement de votre marché actuel, en tenant compte de la fréquence des interventions, des surfaces concernées et des nouvelles exigences environnementales, telles que l’usage réduit de produits phytosanitaires ou l’intégration de pratiques écoresponsables (ex : loi ZAN, restrictions phytosanitaires, gestion durable des eaux).",
      ["biodiversite", "environnement_climat_carbone"], notes="Marché d'espaces verts: phytosanitaires, eau (convention du dev: espaces verts = biodiversité).")

    S("https://www.environnement-magazine.fr/territoires/article/2013/11/01/10259/hautenormandie-mobilise-son-reseau", "La Haute-Normandie mobilise son réseau (Environnement Magazine)")

    S("https://www.environnement-magazine.fr/territoires/article/2014/04/01/10826/place-aux-reseaux-regionaux", "Place aux réseaux régionaux (Environnement Magazine)")

    S("https://cerdd.org/index.php/Actualites/Transitions-economiques-vers-le-DD/Avec-le-reseau-Apure-un-temps-de-recul-collectif-sur-la-fonction-achat", "Avec le réseau Apure, un temps de recul collectif sur la fonction achat (Cerdd)")
    P("Alors que les enjeux portés par les équipes « commande publique » dans les territoires ou structures publiques s'amplifient, le réseau Apure, animé par le Cerdd et le CD2E, a consacré, l'année dernière, une journée entière au métier d'acheteur public.",
      [G], notes="Réseau d'acheteurs, formation.")
    P("L’événement, qui a rassemblé 82 professionnel·les du Nord, du Pas-de-Calais, de la Somme et de l’Oise le 12 décembre 2024, s’est tenu au pied des chevalets d’Arenberg, à la Porte du Hainaut.",
      [G], non=["82", "12 décembre 2024"], notes="Participants d'une journée du réseau (piège).", ambiguous=True)

    S("https://www.economie.gouv.fr/daj/mutualisation-achats-2019", "La mutualisation des achats (DAJ, ministère de l'Économie)")
    P("Les acheteurs peuvent faire le choix d’acquérir seuls les travaux, les fournitures et les services qui répondent à leurs besoins, de se grouper avec d’autres acheteurs ou de recourir à une centrale d’achat.",
      [G], notes="Organisation des achats (centrale, groupement), comme la centrale d'achat du dev set.", ambiguous=True)

    S("https://www.travail-et-securite.fr/ts/860/DOS/les-horaires-atypiques/privilegier-le-travail-en-journee-pour-les-agents-de-proprete.html", "Privilégier le travail en journée pour les agents de propreté (Travail & Sécurité, INRS)")

    S("https://workplacemagazine.fr/services/20286/nettoyage-en-journee%C2%A0-mieux-travailler-en-coactivite", "Nettoyage en journée : mieux travailler en coactivité (Workplace Magazine)")

    S("https://rmc.bfmtv.com/actualites/societe/transports/travail-de-nuit-des-agents-de-proprete-le-secteur-veut-que-les-conditions-s-ameliorent_AV-202503270187.html", "Travail de nuit des agents de propreté : le secteur « veut que les conditions s'améliorent » (RMC)")

    S("https://village-justice.com/articles/spip.php?page=imprimer&id_article=29581", "Marchés publics et sous-traitance : les clés de la réussite (Village de la Justice)")
    P("Sous-traitance irrégulière, travail dissimulé, prêt de main-d’œuvre illicite, travail détaché illégal, non respect des obligations en matière de sécurité… La sous-traitance dans les marchés publics peut être semée d’embûches. Si elles ne veulent pas voir leur responsabilité engagée, les collectivités doivent se montrer vigilantes et demander des garanties.",
      ["conditions_de_travail"], notes="Travail illégal, sécurité des salariés des sous-traitants.")
    P("Comment éviter d’être mis en difficulté, sur le plan de la responsabilité juridique et de la réputation, par des violations de droits fondamentaux, des fraudes sociales, des entorses à la sécurité ou des détériorations de l’environnement, commises par l’un de ses fournisseurs ?",
      ["conditions_de_travail", "environnement_climat_carbone"], notes="Devoir de vigilance sur les fournisseurs.", ambiguous=True)

    S("https://cercle-montesquieu.fr/newsletter/newsletter/322/article/1279", "Travailleurs détachés : obligation de vigilance du maître d'ouvrage (Cercle Montesquieu)")
    P("En cas de recours à des travailleurs détachés, le maître d’ouvrage ou le donneur d’ordre est tenu envers son cocontractant à une obligation de vigilance sur les déclarations devant être effectuées.",
      ["conditions_de_travail"], notes="Vigilance sur le détachement de travailleurs.")
