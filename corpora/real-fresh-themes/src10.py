"""Evaluation-only real passages labelled for themes, set 10 (``corpora/real-fresh-themes/passages10.jsonl``); never
train on them.

Collected as sets 1 to 9 (``src.py`` ... ``src9.py``) were, on other hosts: each page's usable opening (as returned by
the project's search tool, corpus "pages") is transcribed passage by passage, verbatim except for runs of spaces, and
labelled with **all** its themes with the shared real dev set's conventions. No theme model was run on these passages
while collecting or labelling (blind). Objective fields are left minimal (``is_objective`` false, no objectives): this
set is for themes only. Pages are French-language pages from Belgium and Luxembourg that are not public bodies (press,
companies, law firms, business and SME federations and chambers' magazines, social-economy and sheltered-work
federations, associations and networks) and pages of French professional federations (FNTP, the cleaning companies'
federation FEP); no authority's or State body's own page, no page from a French overseas territory, Switzerland or
Canada. Every page is about responsible purchasing, procurement, buyers or suppliers; at most 8 passages per page.
"""
# ruff: noqa: E501

from passage_checks import AL, BIO, CE, CEQ, CS, CT, EFH, EN, ESS, INNO, MR, NUM, PME, SA, E, G


def load(S, P, Q) -> None:

    S("https://economiesociale.be/fil_actu/clauses-sociales-dans-les-marches-publics-levier-du-changement-dechelle", "Clauses sociales dans les marchés publics, levier du changement d'échelle ? (economiesociale.be)")
    P("Clauses sociales dans les marchés publics, levier du changement d’échelle ?",
      [CS, ESS], notes="Titre: clauses sociales; changement d'échelle de l'économie sociale (par la page).", ambiguous=True)
    P("L’économie sociale y est bien présente, principalement valorisée comme vecteur d’inclusion sociale.",
      [ESS, CS], notes="Économie sociale comme vecteur d'inclusion (insertion?) dans un plan de relance.", ambiguous=True)
    P("Une des fiches-projets qui lui est consacrée est l’accès aux marchés publics au regard des clauses sociales, environnementales, éthiques et de genre, un enjeu important pour le secteur.",
      [ESS, CS, E, EFH], notes="Accès de l'économie sociale aux marchés; clauses sociales, environnementales, éthiques et de genre (égalité).")
    P("Changer d’échelle est souvent évoqué comme un défi majeur pour les entreprises d’économie sociale et le secteur dans son ensemble.",
      [ESS], notes="Entreprises d'économie sociale.")
    P("Parmi les pistes pour favoriser celui-ci et l’émergence d’un autre modèle de société, l’inscription de clauses environnementales, sociales et éthiques (ESE) dans les marchés publics figure comme un incitant de premier choix.",
      [E, CS, ESS], notes="Clauses environnementales et sociales pour le changement d'échelle de l'économie sociale (« celui-ci »).", ambiguous=True)
    P("Cadré par une directive européenne, cette disposition visant à favoriser l’attribution de marchés de travaux d’ampleur à des entreprises qui visent des buts sociétaux a été transcrite dès 2014 dans une règlementation régionale wallonne, la Région bruxelloise n’en bénéficiant que depuis 2021.",
      [ESS, MR, CS], notes="Attribution de marchés à des entreprises à buts sociétaux (réservation et clauses, précisées par la phrase suivante).", ambiguous=True)
    P("Concrètement, le pouvoir adjudicateur réserve alors directement le marché à une entreprise d’économie sociale d’insertion, ou insère une clause sociale de formation à destination de publics peu qualifiés",
      [MR, CS, ESS], notes="Tranche d'une phrase coupée par la copie: marché réservé à une entreprise d'insertion (convention: réservé + insertion) ou clause sociale de formation.")

    S("https://economiesociale.be/fil_actu/les-entreprises-de-travail-adapte-designent-leur-premier-ambassadeur-de-lannee/", "Les entreprises de travail adapté désignent leur premier ambassadeur de l'année (economiesociale.be)")
    P("En Belgique, on compte plus de 120 entreprises de travail adapté.",
      [MR], notes="Entreprises de travail adapté (secteur adapté); la page porte sur leurs clients.", ambiguous=True)
    P("Afin de leur proposer un travail adapté à leurs besoins et talents spécifiques, les ETA développent des activités très diversifiées, de la logistique aux réparations en passant par l’exploitation d’hôtels et de cafés.",
      [MR], notes="Activités des ETA proposées aux clients.")
    P("L’objectif principal est de décharger le client qui peut ainsi se concentrer sur ses tâches clés.",
      [MR], notes="Sous-traitance aux ETA (sujet porté par le contexte).", ambiguous=True)
    P("Une collaboration avec l’entrepreneuriat classique historique et essentielle pour ces acteurs de l’économie sociale.",
      [MR, ESS], notes="Collaboration entre entreprises classiques et ETA, acteurs de l'économie sociale.")
    P("En cette année 2021, les ETA ont décidé d’élire leur premier ambassadeur de l’année, titre honorifique qui revient au distributeur Colruyt, qui travaille depuis plus de 30 ans avec des ETA, comme l’expose Francis Devisch, directeur de Groep Maatwerk :",
      [MR], notes="Un distributeur client des ETA (achats auprès du secteur adapté).")
    P("« Nous entretenons une relation durable avec Colruyt, qui collabore avec 20 entreprises belges de travail adapté.",
      [MR], notes="Achats d'une entreprise auprès du secteur adapté.")
    P("Leur objectif est de fournir un emploi de qualité à des personnes en situation de handicap.",
      [MR], notes="Emploi de personnes handicapées par les ETA.")

    S("https://references.lesoir.be/article/-tout-peut-etre-fait-en-entreprise-de-travail-adapte-/", "« Tout peut être fait en entreprise de travail adapté » (Le Soir Références)")
    P("Les Entreprises de Travail Adapté (ETA) ont pour mission prioritaire de fournir un emploi stable et de qualité à des personnes en situation de handicap.",
      [MR], notes="ETA et emploi de personnes handicapées.")
    P("Pour cela, elles collaborent avec de nombreuses entreprises…",
      [MR], notes="ETA fournisseurs d'entreprises (sujet par la phrase précédente).", ambiguous=True)
    P("Les 54 entreprises de travail adapté (ETA) wallonnes et germanophones vendent leurs services et productions sur le marché ordinaire et sont actives dans plus de 20 grands secteurs d’activités.",
      [MR], notes="ETA vendant sur le marché ordinaire.")
    P("« La collaboration avec des entreprises, c’est l’activité principale des ETA », explique Gaëtane Convent, directrice de la Fédération wallonne des Entreprises de Travail Adapté.",
      [MR], notes="ETA fournisseurs d'entreprises.")
    P("« Souvent, les entreprises cherchent des partenaires locaux, non délocalisables et capables de s’ajuster ou se réajuster facilement et je pense que c’est cette proximité entre le client, souvent défendant certaines valeurs, et l’ETA qui rend le partenariat intéressant », ajoute-t-elle.",
      [MR, PME], notes="Achats auprès des ETA; recherche de partenaires locaux (achat local?).", ambiguous=True)
    P("Ceci dit, le profil des entreprises qui travaillent avec des ETA évolue et c’est la preuve que les mentalités changent.",
      [MR], notes="Clients des ETA.")
    P("« On a toujours eu des clients historiques comme Colruyt (lire par ailleurs) mais on a aussi vu arriver un nouveau type de partenariat, notamment avec des start-ups ou des entreprises qui, avec la crise, ont vu chuter leur approvisionnement en matières premières, ont vu les frontières se fermer et ont tout doucement commencé à se poser des questions.",
      [MR], notes="Nouveaux clients des ETA; « start-ups » comme clients, pas achats innovants.", ambiguous=True)

    S("https://www.lavenir.net/regions/luxembourg/bertrix/2023/04/11/les-eta-des-entreprises-a-part-entiere-VEXQOVHKYJH2TAL2WFMFIRRQOI/", "Les ETA, des entreprises à part entière (L'Avenir, 2023)")
    P("Ces entreprises ont, en effet, la particularité d’offrir un emploi à des personnes en situation de handicap dans une proportion de minimum 70% du personnel.",
      [MR], notes="ETA: emploi de personnes handicapées (part minimale: condition d'agrément, pas objectif).")
    P("Mais ces entreprises, malgré cette spécificité, se plient aussi aux règles du marché.",
      [MR], notes="ETA sur le marché (sujet par le contexte).", ambiguous=True)
    P("\"Je préfère dire que les ETA sont des entreprises à part entière, plutôt que des entreprises comme les autres, estime Joseph Annet, directeur de Serviplast et président de la Fetalux, la fédération des entreprises de travail adapté de la province de Luxembourg.",
      [MR], notes="Fédération des ETA.")
    P("Nos clients attendent de nous de la qualité et un respect des délais.",
      [MR], notes="Clients des ETA (par le contexte).", ambiguous=True)

    S("https://paperjam.lu/article/communique-lims-luxembourg-donne-les-pistes-pour-des-achats-plus-responsables", "L'IMS Luxembourg donne les pistes pour des achats plus responsables (Paperjam)")
    P("Ce mercredi 2 avril, l’IMS Luxembourg a lancé une nouvelle publication lors d’une conférence restituant les travaux entrepris par des membres de l’IMS, dédiée aux achats durables alimentaire en entreprise (cantines, snaking, etc.).",
      [AL, G], notes="Achats alimentaires durables des cantines d'entreprise; publication d'un guide (outil: gouvernance?).", ambiguous=True)
    P("«Les achats durables alimentaire en entreprise / mise en pratique» offre des pistes concrètes aux responsables achats pour faire des choix plus éclairés et responsables.",
      [AL, G], notes="Guide pour les acheteurs (outil, sensibilisation) sur l'alimentation durable.", ambiguous=True)
    P("Réduire les déchets alimentaires (par exemple, en donnant des repas à des associations locales)",
      [AL, CE], notes="Puce: gaspillage alimentaire (alimentation) et déchets.")
    P("Acheter plus de produits de saison et de territoire",
      [AL, PME], notes="Puce: produits de saison et locaux (convention: producteurs locaux → alimentation + local).", ambiguous=True)
    P("Construire un cahier des charges alimentaires (plus orienté RSE).",
      [AL, E], notes="Puce: cahier des charges alimentaire orienté RSE (convention: RSE → environnement).", ambiguous=True)
    P("Les résultats des travaux menés au long de l’année, avec le soutien de Sandrine Grumberg, directrice du cabinet ViaSourcing, ont permis la rédaction d’un livre blanc sur les bonnes pratiques recensées dans ses entreprises luxembourgeoises, notamment sur les axes suivants: les grands enjeux (la sécurité alimentaire, gaspillage, etc.), les acheteurs et leurs prestataires, les origines des produits, l’approvisionnement, la consommation, la gestion des déchets, entre autres.",
      [AL, CE, G], notes="Livre blanc de bonnes pratiques (gouvernance); gaspillage, sécurité alimentaire, gestion des déchets.", ambiguous=True)
    P("De nombreuses possibilités s’offrent aux responsables achats: des campagnes comme «Sou schmaacht Lëtzebuerg» ou des fournisseurs locaux sont des solutions qui permettent de proposer plus de produits luxembourgeois et de saison au sein des entreprises.",
      [AL, PME], notes="Fournisseurs locaux et produits de saison pour la restauration d'entreprise.")
    P("L’IMS Luxembourg va continuer à développer ce projet cette année, en se focalisant sur la thématique de la communication et de la papeterie.",
      [G], notes="Suite du projet d'achats durables (papeterie); pas de thème net hors pilotage du projet.", ambiguous=True)

    S("https://paperjam.lu/article/limiter-impact-ses-fournitures", "Limiter l'impact de ses fournitures (Paperjam Green)")
    P("Classeurs, papier, blocs, stylos, encre, vêtements de travail… toutes ces petites fournitures de bureau du quotidien peuvent vite, si on les cumule, devenir une source de grands impacts environnementaux, de gaspillage et de nuisances, rappelle l’INDR, dans son «Guide ESR».",
      [E, CE], notes="Impacts environnementaux et gaspillage des fournitures de bureau.")
    P("L’entreprise peut limiter son empreinte environnementale en achetant des fournitures de bureau «en quantité raisonnable et de manière écoresponsable», explique le «Guide ESR».",
      [E], notes="Empreinte environnementale des achats de fournitures.")
    P("L’entreprise doit tout d’abord essayer de réduire la demande «en sensibilisant les salariés à la consommation responsable et aux comportements écologiques».",
      [E, G], notes="Sensibilisation des salariés (gouvernance?) à la consommation responsable.", ambiguous=True)
    P("Dans ce sens, des efforts particuliers doivent être faits pour réduire la consommation de papier et de plastique, et pour améliorer la gestion des déchets (collecte, tri, traitement, recyclage).",
      [CE, E], notes="Papier, plastique, déchets et recyclage.")
    P("Un inventaire du matériel de bureau existant et une enquête relative aux besoins menée auprès des salariés peuvent aussi aider à améliorer la gestion des stocks, de l’utilisation au réapprovisionnement.",
      [CE], notes="Juste besoin et gestion des stocks (éviter le gaspillage?).", ambiguous=True)
    P("Et lorsqu’il s’agit de s’approvisionner en nouvelles fournitures de bureau, une procédure d’achat écoresponsable, en centralisant les commandes et en suivant un cahier des charges, doit être appliquée.",
      [E, G], notes="Procédure d'achat écoresponsable (environnement); centralisation des commandes (organisation: gouvernance?).", ambiguous=True)
    P("De fait, il existe des matériaux naturels, renouvelables, recyclés, recyclables, locaux et certifiés qui limitent l’empreinte environnementale, rappelle l’INDR.",
      [E, CE], notes="Matériaux recyclés, empreinte environnementale; « renouvelables » = matériaux, pas énergie.")
    P("Des labels (EU Ecolabel, Clever akafen, FSC, PEFC, Blauer Engel) et des listes positives («Ech kafe clever fir Betriber») peuvent aider à faire ces choix.",
      [E, BIO], notes="Écolabels; FSC et PEFC (forêts gérées durablement → biodiversité).", ambiguous=True)

    S("https://gondola.be/fr/news/pour-nos-acheteurs-la-durabilite-nest-pas-un-objectif-mais-un-reflexe-naturel", "Pour nos acheteurs, la durabilité n'est pas un objectif, mais un réflexe naturel (Gondola, publireportage Lidl)")
    P("“L'objectif de Lidl est clair : offrir à ses clients la meilleure qualité au prix le plus bas. Le département des achats est le cœur battant qui permet de développer de manière durable cette stratégie discount”, déclare Hendrik Van Wilderode, board member purchasing & marketing de Lidl Belgique et Luxembourg.",
      [E], notes="« De manière durable » (durabilité au sens large → environnement?).", ambiguous=True)
    P("C'est ainsi que la viande, le lait, le beurre et une grande partie de nos fruits et légumes sont d'origine belge car nous nous devons d'offrir la meilleure réponse à des besoins locaux”, souligne Hendrik Van Wilderode.",
      [AL, PME], notes="Approvisionnement alimentaire d'origine belge (local) d'un distributeur.", ambiguous=True)
    P("Je vous donne un exemple : en proposant maximum trois types de blancs de poulet au lieu de vingt, nous pouvons augmenter le volume des commandes chez nos fournisseurs.",
      [], notes="Volume de commandes aux fournisseurs: aucun thème.")

    S("https://beci.myidealis.com/en/blog/starters-97/metier-d-acheteur-3549", "Métier d'acheteur (BECI, blog emploi)")
    P("Pour réduire les coûts, de plus en plus d’entreprises mettent en place un département achats.",
      [], notes="Organisation des achats pour réduire les coûts: aucun thème.")
    P("Fin connaisseur du marché, il pourra ainsi apporter une nouvelle dynamique à votre lieu de travail, par exemple en commandant des chaises de bureau plus confortables, une table plus ergonomique ou même un espace vert pour la détente entre collègues !",
      [CT], notes="Achats de mobilier ergonomique (qualité de vie au travail des salariés de l'acheteur, pas d'un titulaire).", ambiguous=True)
    P("« L’acheteur doit pouvoir analyser le marché, établir une stratégie d’achat, faire des appels d’offre et analyser les offres en fonction de différents critères. »",
      [G], notes="Stratégie d'achat (convention: stratégies d'achat → gouvernance).", ambiguous=True)

    S("https://onlinetouch.be/beci/2018-dot-03-bruxelles-metropole/50", "Achats durables : « Une approche qui fait partie de l'ADN de l'entreprise » (Bruxelles Métropole, BECI, mars 2018, p. 50)")
    P("Achats durables : « Une approche qui fait partie de l’ADN de l’entreprise »",
      [E], notes="Titre: achats durables (convention: environnement).", ambiguous=True)
    P("Depuis la fin des années 90, les exemples d’entreprises qui intègrent la notion de développement durable dans leur management sont de plus en plus nombreux.",
      [E], notes="Développement durable au sens large.", ambiguous=True)
    P("Les plus impliquées vont jusqu’à développer une véritable stratégie impliquant jusqu’à la politique d’achat.",
      [E, G], notes="Stratégie de durabilité étendue à la politique d'achat.", ambiguous=True)
    P("On ne compte plus les ruches installées sur le toit des entreprises, les plans d’action visant à mobiliser le personnel autour d’une bonne cause ou encore les plans de réduction des impacts environnementaux de la production.",
      [BIO, E], notes="Ruches (biodiversité), réduction des impacts environnementaux; pas encore les achats.", ambiguous=True)
    P("Spadel a mis en place une ‘Supplier Sustainability Charter’.",
      [G, E], notes="Charte de durabilité des fournisseurs (charte → gouvernance).")
    P("« Pour que le développement durable s’établisse véritablement dans l’organisation, sa mise en œuvre doit s’étendre dans toute ses fonctions de gestion, et notamment dans son processus d’achats », relève Ludovic Verbeke, auteur d’une thèse sur le sujet dans le cadre de ses études à la Louvain School of Management, où il a décroché un master en sciences du management.",
      [E, G], notes="Développement durable dans le processus d'achats.", ambiguous=True)
    P("Ludovic Verbeke a pu constater combien cette intégration de la politique d’achats « verts » au sein des entreprises se révélait difficile, il y a encore quelques années d’ici, du fait du manque d’outils.",
      [E, G], notes="Achats verts; manque d'outils (gouvernance?).", ambiguous=True)

    S("https://onlinetouch.be/beci/2018-dot-03-bruxelles-metropole/52", "Le cadre formel de l'ISO 20400:2017 (Bruxelles Métropole, BECI, mars 2018, p. 52)")
    P("Il y a quelques années, Spadel affichait son ambition d’atteindre 100 % d’achats durables avec ses fournisseurs.",
      [E], notes="Achats durables (convention: environnement).", ambiguous=True)
    P("Un travail titanesque que l’entreprise s’est attachée à accomplir année après année avec, comme le confirme Dirk Le Roy, spécialiste de la durabilité au sein du bureau de consultance Sustenuto, une démarche très systématisée :",
      [E, G], notes="Démarche systématisée d'achats durables (sujet par la phrase précédente).", ambiguous=True)
    P("« À travers sa démarche globale engagée sur le plan de la durabilité, Spadel souhaite fournir une plus-value sur les trois P : People, Planet, Profit.",
      [E, CS], notes="Durabilité People/Planet (volet social?).", ambiguous=True)
    P("L’entreprise évalue ses achats sur base de cinq critères : le prix, la qualité, le délai de mise en œuvre, le service et depuis près de dix ans également la durabilité ».",
      [E, G], notes="Critère de durabilité dans l'évaluation des achats.", ambiguous=True)
    P("Et d’ajouter que trois KPI sont associés à cette démarche: le suivi effectif de la charte de durabilité, ce qui en fait tout autre chose qu’un document qu’on épingle à l’entrée de l’entreprise pour faire bonne figure ; mais aussi l’audit complet des fournisseurs stratégiques et des fournisseurs avec le score ‘CSR sous contrôle’ ».",
      [G, E], notes="Indicateurs, suivi de la charte, audit des fournisseurs (gouvernance); RSE.")
    P("« Il y a à présent une appropriation de la part des acheteurs au sein de la société. Ils soutiennent la démarche et participent même à des échanges d’expériences. Cela fait partie de leur évaluation ».",
      [G], notes="Appropriation par les acheteurs, échanges d'expériences, évaluation (gouvernance).")

    S("https://theshift.be/fr/inspiration/green-deals-achats-circulaires-en-flandre-et-en-wallonie", "Green Deals Achats Circulaires en Flandre et en Wallonie (The Shift)")
    P("Green Deals Achats Circulaires en Flandre et en Wallonie",
      [CE], notes="Titre: achats circulaires.")
    P("Le Green Deal Achats Circulaires prendra fin en juin 2019. Plus de 150 organisations se sont engagés pendant deux ans à mettre en place deux projets en matière d’achats circulaires.",
      [CE], notes="Engagement d'organisations dans des projets d'achats circulaires.")
    P("The Shift contribue à répéter cette formule à succès en Wallonie.",
      [CE, G], notes="Réseau qui anime la démarche (gouvernance?); achats circulaires par le contexte.", ambiguous=True)
    P("“Les achats circulaires offre de nombreux avantages aux entreprises et aux organisations”",
      [CE], notes="Achats circulaires.")
    P("La Flandre veut passer à une économie circulaire d’ici 2050. Pour atteindre cet objectif ambitieux, notre comportement d’achat doit changer.",
      [CE], notes="Économie circulaire et comportement d'achat.")
    P("Ce qui veut dire choisir des alternatives réutilisables, partager des produits et des services, ou payer pour le service d’un produit au lieu du produit en lui-même.",
      [CE], notes="Réutilisation, partage, économie de la fonctionnalité.")
    P("Veerle Labeeuw de Vlaanderen Circulair, la plaque tournante et la source d’inspiration pour l’économie circulaire en Flandre : “Les achats circulaires sont le levier pour accélérer la transition vers une économie circulaire, vu l’impact majeur qu’ils peuvent avoir. Ainsi, les achats publics en Belgique représentent à eux seuls environ 17% du PIB belge”.",
      [CE], notes="Achats circulaires comme levier; poids des achats publics (chiffre sans objectif).")
    P("En effet, ce principe permet d’économiser des coûts d’entretien et de gestion des déchets, de concrétiser les ambitions en matière de développement durable et de contribuer à une société orientée vers l’avenir tout en réduisant les ressources utilisées.",
      [CE, E], notes="Économie circulaire: déchets, ressources; développement durable (convention: environnement).")

    S("https://ucmvoice.be/2020/09/03/rencontre-avec-lobservatoire-de-la-commande-publique-wallonne", "Rencontre avec l'Observatoire de la commande publique wallonne (UCM)")
    P("Rendre les marchés publics accessibles aux PME : un des chantiers sur lequel UCM travaille sans relâche.",
      [PME], notes="Accès des PME aux marchés publics.")
    P("Autrement dit, il se place du côté des pouvoirs adjudicateurs et entend optimiser la manière dont ceux-ci passent leurs marchés : les rendre plus adéquats par rapport à la réalité de terrain et favoriser la transparence font partie de ses objectifs clefs.",
      [G], notes="Observatoire de la commande publique: connaissance et pilotage des marchés (gouvernance?).", ambiguous=True)
    P("UCM, en tant que fédération interprofessionnelle, se positionne du côté des adjudicataires et entend favoriser la participation des petites et moyennes entreprises aux marchés publics.",
      [PME], notes="Participation des PME aux marchés publics.")
    P("Au travers de ces plaidoyers, plusieurs maîtres-mots : harmonisation des cahiers des charges, exemplarité des pouvoirs publics (quant aux critères inclus dans leurs cahiers), allotissement des plus gros marchés, large publicité, utilisation modérée des clauses de réservation de marché, contrôle de la sous-traitance, racourcissement des délais de paiement, recours aux avances, etc.",
      [PME, MR, CT], notes="Allotissement, délais de paiement, avances (PME); clauses de réservation (marchés réservés); contrôle de la sous-traitance (dumping social?). Coquille « racourcissement » gardée.", ambiguous=True)
    P("Voyez par vous-mêmes : la Wallonie vient d’inscrire l’achat de biens issus de l’économie circulaire comme objectif à atteindre au sein des marchés publics de ses administrations (mettant ainsi en oeuvre le principe d’exemplarité).",
      [CE], notes="Achat de biens issus de l'économie circulaire.")
    P("Elle diffuse un guide anti-dumping, contenant des clauses types pour l’harmonisation des cahiers des charges.",
      [CT, G], notes="Guide anti-dumping social (conditions de travail); clauses types (outil).")
    P("Enfin, elle a créé l’Observatoire et compte de la sorte accélérer le travail.",
      [G], notes="Création d'un observatoire de la commande publique (suivi).")

    S("https://www.ucmvoice.be/2019/12/24/rencontre-avec-willy-borsus-pour-un-reseau-de-pme-plus-fort/", "Rencontre avec Willy Borsus : pour un réseau de PME plus fort (UCM)")
    P("Pour des marchés publics accessibles aux PME",
      [PME], notes="Intertitre: accès des PME.")
    P("Harmonisation des cahiers des charges, recours aux avances, raccourcissement des délais de paiement, obligation de publication électronique, … Autant de propositions concrètes.",
      [PME], notes="Avances, délais de paiement, publication électronique: accès des PME.")
    P("Sans oublier l’allotissement des gros marchés (comprenez, le fractionnement en plusieurs sous-marchés distincts) qui permet à plusieurs PME de la région d’y répondre.",
      [PME], notes="Allotissement pour les PME régionales.")
    P("Les opérateurs publics, en ce compris les pouvoirs locaux, doivent se montrer exemplaires en la matière.",
      [PME], notes="Exemplarité des acheteurs publics en matière d'accès des PME (par le contexte).", ambiguous=True)

    S("https://ucmvoice.be/2022/04/21/plan-de-relance-de-la-wallonie-retroussons-nous-les-manches", "Plan de relance de la Wallonie : retroussons-nous les manches (UCM)")
    P("La priorité d’UCM lors de cette négociation était de s’assurer que l’argent de la relance puisse avant tout profiter aux petites entreprises et indépendants wallons.",
      [PME], notes="Petites entreprises et indépendants wallons (commande publique de la relance par la page).", ambiguous=True)
    P("La simplification des marchés publics fait partie du lot.",
      [PME], notes="Simplification des marchés publics (accès des petites entreprises).")

    S("https://ccimag.be/2025/01/26/commande-publique-responsable-en-wallonie-les-entreprises-wallonnes-sont-au-coeur-de-cette-strategie/", "Commande publique responsable en Wallonie : les entreprises wallonnes sont au cœur de cette stratégie (CCIMAG', 2025)")
    P("Depuis juin 2023, la Wallonie s’est dotée d’une Stratégie de la commande publique responsable.",
      [G, E], notes="Stratégie de commande publique responsable (stratégie → gouvernance; responsable → environnement?).", ambiguous=True)
    P("Sylvie Marique, Secrétaire générale du SPW, détaille les initiatives visant à soutenir les entreprises wallonnes et à rendre ces marchés plus durables et accessibles.",
      [PME, E], notes="Entreprises wallonnes et accessibilité (local/PME); marchés plus durables.", ambiguous=True)
    P("Grâce à notre reporting des projets du plan de relance, nous savons que 73% des marchés attribués bénéficient directement à des entreprises wallonnes.",
      [G, PME], notes="Reporting (suivi); part des marchés attribués à des entreprises régionales (résultat, pas objectif).")
    P("Le premier est de faciliter l’accès des entreprises wallonnes aux marchés publics en les soutenant à chaque étape du processus achat (de la prospection à l’évaluation) et en réduisant les barrières administratives.",
      [PME], notes="Accès des entreprises régionales, simplification.")
    P("Ensuite, nous souhaitons professionnaliser la commande publique pour mieux maîtriser les risques juridiques et optimiser les processus d’achats.",
      [G], notes="Professionnalisation de la commande publique (organisation, formation).")
    P("Nous voulons également rendre les marchés publics plus durables, en intégrant des critères sociaux et environnementaux.",
      [E, CS], notes="Critères environnementaux et sociaux (volet social → clauses sociales?).", ambiguous=True)
    P("Enfin, via l’observatoire de la commande publique wallonne, nous essayons de dégager une vision quantitative de la commande publique wallonne afin de pouvoir mieux piloter les achats.",
      [G], notes="Observatoire, données, pilotage des achats.")
    P("Un projet phare est le développement d’un réseau de la commande publique, qui favorise le dialogue entre entreprises et pouvoirs publics.",
      [G, PME], notes="Réseau de la commande publique (gouvernance); dialogue acheteurs-entreprises (sourcing → PME?).", ambiguous=True)

    S("https://www.neomag.lu/criteres-esg-dans-les-appels-d-offres-vers-une-commande-publique-exemplaire-22412.html", "Critères ESG dans les appels d'offres, vers une commande publique exemplaire (Neomag)")
    P("Critères ESG dans les appels d’offres, vers une commande publique exemplaire",
      [E, CS, G], notes="Titre: critères environnementaux, sociaux et de gouvernance (ESG; « gouvernance » de l'entreprise, pas du schéma).", ambiguous=True)
    P("La commande publique, en intégrant progressivement des critères environnementaux, sociaux et de gouvernance dans les appels d’offres, constitue un moteur pour la transition du secteur de la construction vers des pratiques plus durables et neutres en carbone.",
      [E, CS], notes="Critères environnementaux et sociaux; neutralité carbone de la construction.", ambiguous=True)
    P("Depuis quelques années, le Luxembourg adapte son cadre juridique et stratégique pour permettre aux pouvoirs adjudicateurs d’aller au-delà des critères purement économiques.",
      [E, CS], notes="Critères non économiques (environnementaux et sociaux par le contexte).", ambiguous=True)
    P("La loi du 25 juin 2009 relative aux marchés publics, abrogée par la loi du 8 avril 2018, visait à renforcer la prise en compte d’obligations en matière de droit du travail et de l’environnement, en incluant des clauses sociales horizontales et la possibilité d’exclure les opérateurs économiques ne respectant pas ces exigences.",
      [CT, E, CS], notes="Droit du travail (conditions de travail), environnement, clauses sociales horizontales.", ambiguous=True)

    S("http://mecoskop.lu/fr/promises/respect-de-criteres-de-developpement-durable-lors-des-soumissions-publiques/", "Respect de critères de développement durable lors des soumissions publiques (Méco, suivi des promesses gouvernementales)")
    P("Respect de critères de développement durable lors des soumissions publiques",
      [E], notes="Titre: critères de développement durable dans les marchés (convention: environnement).", ambiguous=True)
    P("En outre, le Gouvernement fera établir les appels d’offre de façon à ce qu’ils correspondent au mieux aux critères du développement durable.",
      [E], notes="Promesse citée: appels d'offres conformes au développement durable.", ambiguous=True)
    P("Seule la construction de bâtiments fonctionnels publics passifs sera autorisée à l’avenir.",
      [EN], notes="Bâtiments passifs (performance énergétique).")
    P("A cette fin, le Gouvernement poursuivra le programme de certification de matériaux de construction durable et il évaluera les possibilités d’introduire des « contrats d’assainissement » à travers lesquels les coûts de l’assainissement sont financés à long terme par les économies faites sur tarifs énergétiques.",
      [EN, E], notes="Contrats de performance énergétique (économies d'énergie); matériaux de construction durables.")
    P("Le ministère du Développement durable a de son côté organisé des réunions d’information pour présenter les moyens pour soutenir surtout les communes dans leurs efforts à prendre en considération des critères de développement durable lors des soumissions publiques.",
      [G, E], notes="Information et soutien des acheteurs communaux (gouvernance); critères de développement durable.")
    P("Les outils à l’appui (notamment les cahiers des charges-types) sont encore en phase d’élaboration.",
      [G], notes="Outils (cahiers des charges-types) pour les acheteurs.", ambiguous=True)
    P("Le concept de certification de la durabilité des logements appelé « certificat LENOZ» (« Lëtzebuerger Nohaltegkeets-Zertifikat fir Wunngebaier ») a vu le jour, tout comme le système de promotion des matériaux de construction écologiques (Prime House 2017).",
      [E], notes="Certification de durabilité des logements, matériaux écologiques; pas d'achat au sens strict.", ambiguous=True)

    S("https://www.luxembourgequitable.be/communes-du-commerce-equitable/", "Communes du commerce équitable (Luxembourg équitable, province de Luxembourg)")
    P("En Belgique, cette campagne de sensibilisation est menée par Oxfam-Magasins du monde, Miel Maya Honing et Fairtrade Belgium, et vise à remettre un titre honorifique aux communes qui s’engagent de façon active et participative pour le commerce équitable.",
      [CEQ], notes="Titre de commune du commerce équitable.")
    P("Pour obtenir ce titre, les communes doivent respecter six critères, au rythme qu’elles auront défini.",
      [CEQ], notes="Critères du titre de commune du commerce équitable (par le contexte).", ambiguous=True)
    P("Aujourd’hui, la Belgique compte 238 communes du commerce équitable et compte un critère de plus que les 5 critères proposés au niveau international – ce qui fait de cette campagne, une campagne singulière.",
      [CEQ], notes="Communes du commerce équitable.")
    P("Ce critère implique le développement d’une nouvelle initiative en faveur des produits locaux et durables.",
      [CEQ, AL, PME], notes="Critère de la campagne équitable: produits locaux et durables (circuits courts? local?).", ambiguous=True)
    P("Cette particularité est un atout pour la campagne belge ; en effet elle permet de faire le lien avec de nombreuses initiatives locales de transition : potager collectif, monnaie locale, groupe d’achat solidaire, etc.",
      [CEQ, AL], notes="Campagne équitable et initiatives locales (potager, groupe d'achat).", ambiguous=True)
    P("Grâce à l’implication de ces communes, la province de Luxembourg est devenue la première province titrée de Wallonie en septembre 2018 !",
      [CEQ], notes="Titre de province du commerce équitable.")

    S("http://www.achact.be/achats-publics-vetement-infos.htm", "Achats publics de vêtements : infos (achACT)")
    P("Les marchés publics, un levier d'action concret et utilisable",
      [CT], notes="Intertitre d'une page sur les conditions de travail dans l'habillement (par la page).", ambiguous=True)
    P("En Europe, les marchés publics de vêtements de travail représentent la moitié des ventes du secteur.",
      [], notes="Poids des marchés publics de vêtements de travail: aucun thème en soi.", ambiguous=True)
    P("Les achats publics de vêtements de travail constituent donc un levier d'action concret et utilisable en faveur du progrès social et du développement durable.",
      [CT, E], notes="Progrès social dans la filière textile (conditions de travail par la page); développement durable.", ambiguous=True)
    P("Par leur démarche en ce sens, les pouvoirs publics peuvent donc réellement changer la donne pour des centaines de milliers de travailleuses et travailleurs.",
      [CT], notes="Travailleurs de la chaîne d'approvisionnement textile.")
    P("Vers des achats publics socialement responsables",
      [CT, CS], notes="Intertitre: achats socialement responsables (ici droits des travailleurs; volet social).", ambiguous=True)
    P("ETAPE 1: Elle affirme sa volonté dans une résolution communale ou en comité d’entreprise, par exemple.",
      [G], notes="Engagement formel par délibération (gouvernance).")
    P("ETAPE 2 : Elle passe à l’acte en intégrant des critères sociaux rigoureux lors d’un premier achat de vêtements de travail ou de vêtements promo",
      [CT], notes="Critères sociaux (droits des travailleurs de la filière) dans un achat de vêtements; phrase coupée par la copie.", ambiguous=True)

    S("https://www.fep2020.com/", "La propreté et les services associés, un secteur clé (Fédération des Entreprises de Propreté)")
    P("En France, près de 13 000 entreprises d’au moins un salarié et plus de 550 000 emplois interviennent quotidiennement dans les bureaux, les transports, les établissements de santé, les administrations, l’industrie, le tourisme et l’éducation.",
      [], notes="Poids du secteur de la propreté, prestataire des clients publics et privés: aucun thème.", ambiguous=True)
    P("Les professionnels de la propreté constituent un maillon essentiel : ils agissent pour assurer l’hygiène et la salubrité des locaux afin que les personnes (collaborateurs, usagers, clients finaux) évoluent dans des espaces sains et sécurisés.",
      [SA], notes="Hygiène et salubrité des locaux (santé des usagers) assurées par les prestataires.")
    P("En intervenant chez leurs clients privés et publics, les entreprises de propreté participent à la santé et sécurité de tous.",
      [SA], notes="Santé des usagers par les prestations de propreté.")
    P("Cette place illustre bien la nécessité de pouvoir disposer d’une filière spécifique d’approvisionnement avec un accès prioritaire aux équipements de protection pour assurer aux hommes et femmes de cette «seconde ligne» d’intervenir en toute sécurité.",
      [CT, SA], notes="Sécurité des agents de propreté (conditions de travail); équipements de protection (santé?).", ambiguous=True)

    S("https://preprod.fntp.fr/node/437", "Fédération nationale des travaux publics : commande publique et PME (fntp.fr, copie preprod)")
    P("La codification unique des textes ne garantit pas une simplification des règles.",
      [PME], notes="Simplification des règles de la commande publique (accès des entreprises?).", ambiguous=True)
    P("Les marchés de partenariat seront ainsi beaucoup trop strictement encadrés.",
      [], notes="Encadrement des marchés de partenariat: aucun thème.")
    P("L’activité des TP repose sur une répartition équilibrée entre les grands groupes, les ETI et les TPE/PME.",
      [PME], notes="TPE/PME dans l'activité de travaux publics.")
    P("La chute actuelle de la commande publique est la cause principale de la réduction des travaux pour les PME.",
      [PME], notes="Commande publique et PME.")
    P("Seule la relance de l’investissement public serait à même de répondre à la situation critique des PME.",
      [PME], notes="PME et investissement public.")
    P("Par ailleurs, c’est en respectant les délais de paiement et en renforçant certaines règles, comme l’augmentation des avances obligatoires de 5 à 10 % du montant des marchés, que l’on pourra soutenir la trésorerie des entreprises.",
      [PME], notes="Délais de paiement et avances pour la trésorerie des entreprises (taxonomie: accès des PME).")

    S("https://schoups.be/fr/news_items/les-marches-publics-et-les-start-ups-nouvelle-plateforme-en-ligne-veut-promouvoir-limplication-des-start-ups", "Les marchés publics et les start-ups : nouvelle plateforme en ligne (Schoups avocats, 2019)")
    P("Les marchés publics et les start-ups : nouvelle plateforme en ligne veut promouvoir l'implication des start-ups",
      [INNO, PME], notes="Titre: start-ups dans les marchés publics.")
    P("A la mi-septembre 2019, l'Agence flamande pour l'innovation et l'entrepreneuriat (Vlaio) a lancé un nouveau marché en ligne pour les start-ups et les scale-ups.",
      [INNO, PME], notes="Plate-forme de marchés pour start-ups.")
    P("Les administrations pourront annoncer les marchés qu'ils jugent appropriés pour les start-ups et les scale-ups. De cette façon, elle introduit une manière innovante de lancer des appels d'offres.",
      [INNO, PME], notes="Marchés adaptés aux start-ups; publicité facilitée.")
    P("Des marchés publics étaient déjà publiés en ligne - pour les marchés soumis aux règles européennes de publication sur TED et pour les autres marchés sur e-Notification  - mais ces sites web sont plutôt complexes et donc peu conviviaux pour les petites entreprises ou les entreprises en démarrage.",
      [PME, INNO], notes="Complexité de la publicité pour les petites entreprises et jeunes entreprises.")
    P("La note de synthèse était née du fait que les start-ups et les gouvernements ont encore du mal à se retrouver dans le contexte des marchés publics.",
      [INNO, PME], notes="Start-ups et marchés publics.")
    P("Cependant, les start-ups - et par extension les scale-ups - peuvent offrir une grande valeur ajoutée dans ce domaine. Parce que les start-ups se concentrent souvent sur des technologies nouvelles et innovantes, l’efficacité économique et une grande rapidité d'exploitation sont souvent des atouts.",
      [INNO], notes="Technologies innovantes des start-ups pour les acheteurs publics.")
    P("Inversement, l'exécution d'un marché public peut donner un coup de pouce aux start-ups, non seulement financièrement, mais aussi en termes de crédibilité et de fiabilité vis-à-vis des futurs clients.",
      [INNO, PME], notes="Marché public comme soutien aux jeunes entreprises.")
    P("L'objectif de la note précitée est donc de promouvoir la participation des start-ups aux marchés publics.",
      [INNO, PME], notes="Participation des start-ups aux marchés publics.")

    S("https://cet-telecommunications.be/news/materiel-informatique-reconditionne-pourquoi-entreprise/", "Achat informatique : l'ère du reconditionnement ? (CET Telecommunications)")
    P("Achat informatique : l’ère du reconditionnement?",
      [NUM, CE], notes="Titre: achat informatique reconditionné.")
    P("En Belgique, dans un contexte de renouvellement des équipements informatiques, la question se pose désormais de leur impact environnemental.",
      [NUM, E], notes="Impact environnemental des équipements informatiques.")
    P("Les entreprises l’ont compris. Elles peuvent aujourd’hui contribuer à montrer l’exemple en matière d’informatique plus durable.",
      [NUM], notes="Informatique durable.")
    P("Les solutions sont nombreuses : recyclage, reconditionnement, mais aussi matériels et logiciels d’occasion.",
      [NUM, CE], notes="Recyclage, reconditionnement, occasion (numérique + réemploi).")
    P("Mesurer l’impact sur la planète des achats informatiques",
      [NUM, E, G], notes="Intertitre: mesure de l'impact environnemental des achats IT (mesure → gouvernance?).", ambiguous=True)
    P("L’impact environnemental du reconditionné par rapport à l’achat de matériel informatique neuf en entreprise peut être mesuré :",
      [NUM, CE, E], notes="Reconditionné contre neuf; impact environnemental.")
    P("90% de CO2 pour un ordinateur portable",
      [NUM, E, CE], notes="Puce: CO2 évité par un portable reconditionné (réemploi par la liste).", ambiguous=True)
    P("L’achat de matériel informatique reconditionné entre petit à petit dans les habitudes des entreprises, quelle que soit leur taille, avec des avantages non négligeables.",
      [NUM, CE], notes="Achat de matériel informatique reconditionné.")

    S("http://www.avenirdurable.be/agriculture/un-reseau-de-pionniers", "Un réseau de pionniers (Avenir durable, The Shift)")
    P("« Les réseau rassemble des organisations qui se veulent pionnières en matière de développement durable. On y trouve des entreprises, des ONG, des ASBL du secteur non marchand et des pouvoirs publics.",
      [E, G], notes="Réseau d'organisations sur le développement durable (réseau → gouvernance?). Coquille « Les réseau » gardée.", ambiguous=True)
    P("Par exemple, dans le domaine de l’alimentation, il se donne pour mission de fédérer les parties prenantes tout au long de la chaîne d’approvisionnement : les agriculteurs, les industries de transformation et la grande distribution.",
      [AL], notes="Chaîne d'approvisionnement alimentaire.")
    P("L’objectif est qu’ils adoptent des pratiques durables : diminuer la consommation de viande, mais aussi privilégier le local, l’éthique, l’environnemental et le saisonnier.",
      [AL, E, PME], notes="Alimentation durable (moins de viande, saisonnier); local (producteurs locaux?); environnement.", ambiguous=True)
    P("Le réseau incite par exemple les grandes cuisines des collectivités - écoles, entreprises, etc. - à opérer cette transition », explique Sabine Denis.",
      [AL], notes="Restauration collective durable.")

    S("https://www.sillonbelge.be/7194/article/2021-03-04/node/8376", "La Cellule Manger Demain dévoile un guide pour aider les cantines à s'approvisionner localement (Le Sillon belge, 2021)")
    P("La Cellule Manger Demain dévoile un guide pour aider les cantines à s’approvisionner localement",
      [AL, PME, G], notes="Titre: guide (outil) pour l'approvisionnement local des cantines.", ambiguous=True)
    P("De nombreux freins entravent les collaborations entre les cantines souhaitant proposer davantage de produits locaux dans leurs menus et les producteurs, dont la législation sur les marchés publics.",
      [AL, PME], notes="Produits locaux, producteurs et cantines (convention: producteurs locaux → alimentation + local).")
    P("La Cellule Manger Demain, chargée de promouvoir l’alimentation durable en Wallonie, a donc développé un outil permettant aux cantines d’introduire des clauses de durabilité dans leurs cahiers de charges.",
      [AL, G], notes="Outil pour introduire des clauses d'alimentation durable dans les cahiers des charges.", ambiguous=True)
    P("Travailler à un approvisionnement plus local et durable dans les cuisines de collectivités représente un enjeu majeur pour une transition de notre système alimentaire.",
      [AL, PME], notes="Approvisionnement local et durable de la restauration collective.")
    P("En adhérant au « Green Deal Cantines Durables », 220 cuisines de collectivités, représentant 120.000 repas chauds par jour (sur un total de 200.000), se sont engagées à introduire davantage de produits locaux et de saison dans leurs assiettes.",
      [AL, PME], notes="Engagement de cantines: produits locaux et de saison.")
    P("De nombreux facteurs freinent cependant les échanges entre producteurs et cantines : la logistique (quantités, transport, stockage…), la nature des denrées (transformation…), le prix (budget faible pour les cantines, avec une moyenne de 3,5 € pour les cantines scolaires et de 4,5 € pour les publics plus âgés, versus un prix rémunérateur pour les producteurs) mais surtout la réglementation sur les marchés publics.",
      [AL, PME], notes="Freins entre producteurs (locaux) et cantines; prix rémunérateur (pas commerce équitable).", ambiguous=True)
    P("En effet, la législation relative aux marchés publics, qui découle d’une directive européenne (2014/24), ne permet pas de favoriser une zone géographique par rapport à une autre, simple application du principe de non-discrimination.",
      [PME, AL], notes="Interdiction de la préférence géographique (achat local); alimentation par la page.", ambiguous=True)
    P("C’est pourquoi, pour faciliter la transition des cantines vers une offre alimentaire durable, la Cellule Manger Demain a développé un guide pour aiguiller les cantines dans la rédaction de leurs cahiers des charges, le tout en phase avec la réalité des filières agricoles wallonnes.",
      [AL, G, PME], notes="Guide (outil) pour des cahiers des charges d'alimentation durable; filières agricoles régionales.", ambiguous=True)

    S("https://uless.lu/fr/publications/rapport-d-activites-2018", "Rapport d'activités 2018 (Union luxembourgeoise de l'économie sociale et solidaire)")
    P("2018 fut, de nouveau, une année très forte pour l’économie sociale et solidaire (Ess).",
      [ESS], notes="Économie sociale et solidaire (l'achat n'apparaît qu'à la fin de l'ouverture).", ambiguous=True)
    P("Outre ses activités de formation, de développement de compétences et d’organisation d’ateliers, l’ULESS a aussi présenté aux partis politiques ses propositions à l’occasion des élections législatives et de la formation du nouveau gouvernement, qui d’ailleurs a formulé un programme ambitieux dans l’accord de coalition.",
      [ESS], notes="Réseau de l'ESS et ses propositions.", ambiguous=True)
    P("D’autres éléments à rappeler sont aussi bien le début de l’application de clauses sociales dans certains marchés publics, et surtout le déménagement de Differdange à Luxembourg",
      [CS, ESS], notes="Clauses sociales dans les marchés publics, rapportées par un réseau de l'ESS; phrase coupée par la copie.")

    S("https://etopia.be/stimuler-les-performances-environnementales-et-sociales-des-marches-publics/", "Stimuler les performances environnementales et sociales des marchés publics (Etopia)")
    P("A ce jour, en Belgique francophone, le volet « environnemental » et « social » des marchés publics n’est que peu actionné.",
      [E, CS], notes="Volets environnemental et social des marchés publics (volet social → clauses sociales?).", ambiguous=True)
    P("Cette analyse est une contribution pour tenter de combler un maillon manquant : celui qui permettrait de relier les fonctionnaires techniques agissant pour compte des adjudicataires, les entreprises et fédérations patronales des secteurs concernés et les institutions œuvrant à une prise en compte plus transversale de l’environnement et du social.",
      [E, CS, G], notes="Mise en réseau acheteurs-entreprises-institutions (gouvernance?); environnement et social.", ambiguous=True)
    P("3.1 Réserver un marché public à une entreprise d’économie sociale",
      [MR, ESS], notes="Entrée de sommaire: marché réservé à l'économie sociale.")
    P("3.2.3 Clause sociale d’exécution relative au respect des 8 conventions de base de l’OIT",
      [CT, CS], notes="Entrée de sommaire: conventions de l'OIT (conditions de travail) par une clause sociale.")
    P("3.2.4 Exemple de clause sociale mixte économie sociale – insertion FOREM/ORBEM",
      [CS, ESS], notes="Entrée de sommaire: clause sociale d'insertion avec l'économie sociale.")
    P("3.3 Clauses éthiques et achats équitables",
      [CEQ], notes="Entrée de sommaire: achats équitables.")

    S("https://revuenouvelle.be/commerce-equitable-et-grande-distribution-la/", "Commerce équitable et grande distribution. La croissance et les étincelles (La Revue nouvelle, 2017)")
    P("Le commerce équitable entend garantir un prix minimum aux petits producteurs de denrées comme le café, le cacao, la banane ou la canne à sucre.",
      [CEQ], notes="Commerce équitable, prix minimum aux producteurs.")
    P("Mais que se passe-t-il quand, à l’autre bout de la chaine, ici au Nord, on retrouve les enseignes de la grande distribution, réputées pour leur volonté d’écraser les marges des producteurs au bénéfice des leurs ?",
      [CEQ], notes="Commerce équitable et pratiques d'achat de la grande distribution.", ambiguous=True)
    P("L’idée est de lancer de grandes campagnes de com’, en partenariat avec une enseigne, pour faire connaitre des produits et informer les consommateurs qu’ils deviennent plus faciles à trouver.",
      [CEQ], notes="Produits labellisés équitables (par le contexte).", ambiguous=True)
    P("Lorsque le café et les bananes commencent à avoir du succès, la stratégie évolur : on va plutôt tenter de convaincre les acteurs commerciaux du Nord, sur la toute fin de la chaine, pour que de façon plus fluide et plus systé",
      [CEQ], notes="Stratégie du commerce équitable auprès des acheteurs de la distribution; coquille « évolur » gardée; phrase coupée par la copie.", ambiguous=True)

    S("https://www.onsadapte.be/?p=4095", "FAQ - Foire aux questions (Entreprises de travail adapté bruxelloises, onsadapte.be)")
    P("Parcourez notre FAQ organisée par thèmes : questions générales, marchés publics, particuliers, entreprises et candidats.",
      [MR], notes="FAQ des ETA, dont les marchés publics (secteur adapté par la page).", ambiguous=True)
    P("Une entreprise de travail adapté (ETA) est une structure d’économie sociale subventionnée par la CoCoF, qui met à l’emploi des personnes en situation de handicap tout en offrant des produits et services compétitifs aux entreprises, administrations et particuliers.",
      [MR, ESS], notes="ETA, structure d'économie sociale employant des personnes handicapées, fournisseur d'entreprises et d'administrations.")
    P("Anciennement appelées ateliers protégés, les ETA ont évolué pour devenir de véritables partenaires économiques, capables de répondre aux exigences du marché.",
      [MR], notes="ETA partenaires économiques (fournisseurs).")
    P("Les ETA, elles, sont de véritables entreprises d’économie sociale : elles offrent aux personnes en situation de handicap un emploi rémunéré, un contrat de travail, des possibilités de formation et un accompagnement adapté, tout en fournissant à leurs clients des produits et services de qualité.",
      [MR, ESS], notes="ETA entreprises d'économie sociale et fournisseurs.")

    S("https://www.nautadutilh.com/fr/le-conseil-dadministration/actualites/pour-les-start-ups-la-voie-des-marches-publics-est-semee-dembuches-0", "Pour les start-ups, la voie des marchés publics est semée d'embûches (NautaDutilh)")
    P("Rien qu'en Belgique, on estime que le marché \"business-to-government\" (B2G) représente plus de 50 milliards d'euros par an, soit 10 à 15% du PIB.",
      [], notes="Volume des achats publics: aucun thème.")
    P("En raison de leur volume et de leur stabilité, les commandes publiques peuvent constituer un vecteur de croissance pour les start-ups, et plus largement pour les PME. Pourtant, la voie des marchés publics est, pour elles, semée d'embûches.",
      [INNO, PME], notes="Start-ups et PME dans la commande publique (start-ups → achats innovants).", ambiguous=True)
