"""Evaluation-only real passages labelled for themes, set 7 (``corpora/real-fresh-themes/passages7.jsonl``); never
train on them.

Collected as sets 1 to 6 (``src.py`` ... ``src6.py``) were, on other hosts: each page's usable opening (as returned by
the project's search tool, corpus "pages") is transcribed passage by passage, verbatim except for runs of spaces, and
labelled with **all** its themes with the shared real dev set's conventions. No theme model was run on these passages
while collecting or labelling (blind). Objective fields are left minimal (``is_objective`` false, no objectives): this
set is for themes only. Pages are trade press, companies, consultancies, law firms, blogs and associations outside the
public-purchasing networks; every passage is about purchasing, procurement, buyers or suppliers; at most 8 passages per
page.
"""
# ruff: noqa: E501

from passage_checks import AL, BIO, CE, CEQ, CS, CT, EFH, EN, ESS, INNO, MR, NUM, PME, SA, E, G


def load(S, P, Q) -> None:

    S("https://entreprise-paris.com/les-achats-responsables-et-responsabilite-sociale-des-entreprises", "Les achats responsables et responsabilité sociale des entreprises (entreprise-paris.com)")
    P("Mettre en place une politique d’achats responsables est aujourd’hui au cœur des préoccupations des gérants de sociétés de divers secteurs, notamment dans le cadre de l’application de la responsabilité sociétale des entreprises (RSE).",
      [E], notes="Achats responsables et RSE au sens large (convention: environnement).", ambiguous=True)
    P("Sont qualifiés d’achats responsables les achats qui prennent en compte une dimension éthique, principalement en termes de politique sociale et environnementale.",
      [E, CS], notes="Dimension sociale et environnementale des achats (volet social → clauses sociales?).", ambiguous=True)
    P("Ces achats intègrent non seulement les critères fondamentaux du prix, de la qualité et des délais, mais s’inscrivent aussi dans une démarche d’éco-responsabilité et de justice sociétale.",
      [E, CS], notes="Éco-responsabilité; justice sociétale (volet social?).", ambiguous=True)
    P("Une entreprise pratiquant l’achat responsable préférera par exemple acheter un lot d’ordinateurs reconditionnés de qualité plutôt que du matériel neuf.",
      [NUM, CE], notes="Ordinateurs reconditionnés: numérique responsable et réemploi.")
    P("Elle choisira aussi de fournir à ses collaborateurs une fontaine à eau rechargeable et des récipients réutilisables plutôt que des bouteilles d’eau individuelles en plastique.",
      [CE], notes="Réutilisable plutôt que plastique jetable: réduction des déchets.")
    P("Elle optera pour des produits et matériaux produits localement et/ou issus du commerce équitable.",
      [CEQ, PME], notes="Commerce équitable; produits locaux (accès local?).", ambiguous=True)
    P("- la préservation de l’environnement : la réduction des déchets, les produits avec une longue durée de vie, les matériaux écologiques, les économies d’énergie…",
      [E, CE, EN], notes="Item de liste: environnement, déchets et durée de vie, économies d'énergie.")
    P("- le progrès social: les conditions de travail, la juste rémunération, l’insertion, la diversité, l’équité…",
      [CT, CS], notes="Item de liste: conditions de travail, rémunération, insertion.")

    S("https://infonet.fr/lexique/definitions/politique-dachat-responsable/", "Politique d'achat responsable (Infonet, lexique)")
    P("Une politique d’achat responsable est une stratégie d’achat menée par une entreprise. Elle s’inscrit dans une démarche de responsabilité sociétale des entreprises aussi connue sous son sigle RSE.",
      [E, G], notes="Achats responsables / RSE (convention: environnement); stratégie d'achat (gouvernance?).", ambiguous=True)
    P("La politique d’achat responsable est une dynamique d’achat basée sur des valeurs sociales et environnementales.",
      [E, CS], notes="Valeurs sociales et environnementales (volet social → clauses sociales?).", ambiguous=True)
    P("Pour mettre en place une politique d’achat responsable au sein d’une entreprise, le service des achats doit se focaliser sur des achats intelligents. Ces derniers doivent ainsi s’inscrire dans une démarche RSE tout en améliorant les performances de l’entreprise.",
      [E], notes="Démarche RSE des achats (convention: environnement).", ambiguous=True)
    P("Des normes permettent d’encadrer ces changements au sein du pôle achat qui doit appliquer une nouvelle dynamique dans son processus d’achat.",
      [G], notes="Normes encadrant le processus d'achat (pilotage?).", ambiguous=True)
    P("la norme ISO 26000 : elle regroupe les principaux fondements de la RSE et permet donc au responsable des achats de développer sa politique d’achat grâce à ce modèle.",
      [E, G], notes="Item de liste: ISO 26000, RSE, politique d'achat (référentiel: gouvernance?).", ambiguous=True)

    S("https://eddy.fr/actualites/la-politique-d-achat-responsable", "La politique d'achat responsable (Eddy)")
    P("La politique d’achat responsable s’inscrit en général dans la démarche RSE (responsabilité sociétale des entreprises) d’une société.",
      [E], notes="Achats responsables et RSE (convention: environnement).", ambiguous=True)
    P("Une politique d’achats responsables permet de passer d’une relation purement économique avec ses fournisseurs à une relation basée sur la confiance, le partenariat, etc.",
      [E, G], notes="Relation fournisseurs responsable (gouvernance?), achats responsables (environnement).", ambiguous=True)
    P("Enfin, mener une politique d’achats responsables a un autre atout économique très concret, puisqu’elle peut par exemple diminuer le coût de l’emballage, optimiser le transport, etc.",
      [E, CE], notes="Emballages (déchets?) et transport optimisé.", ambiguous=True)
    P("Tout dépend de la taille de l’entreprise et de son engagement dans la RSE, mais aussi du type d’achat (des spécificités s’appliquent aux marchés publics qui contiennent des clauses RSE par exemple).",
      [E], notes="RSE et clauses RSE des marchés publics (convention: environnement).", ambiguous=True)
    P("Cependant, pour mettre en place une politique d’achats responsables dans une entreprise, il faut commencer par se poser les bonnes questions, et donc auditer l’existant.",
      [E, G], notes="Audit préalable d'une politique d'achats responsables (pilotage).", ambiguous=True)

    S("https://www.greenflex.com/actualites/articles/definition-politique-achat-responsable/", "Qu'est-ce qu'une politique d'achat responsable ? (GreenFlex)")
    P("Développer une politique d’achat responsable et durable est un enjeu important pour les entreprises.",
      [E], notes="Achat responsable et durable (convention: environnement).")
    P("En privilégiant les achats éthiques et écologiques en cohérence avec la stratégie globale de l’entreprise, vous vous inscrivez dans une dynamique engagée et contribuez à sensibiliser les consommateurs par votre attitude exemplaire.",
      [E], notes="Achats écologiques.")
    P("Dans le cadre des principes généraux de votre RSE, la mise en place d’une politique d’achat responsable vous permet d’agir sur le marché tout en protégeant l’environnement.",
      [E], notes="Achat responsable protégeant l'environnement.")
    P("Elle doit prendre en compte les impacts économiques, sociaux, énergétiques et environnementaux de chacune de ses actions, et ce, de la conception du produit ou du service jusqu’à sa fin de vie.",
      [E, EN, CS], notes="Impacts énergétiques, environnementaux, sociaux (volet social → clauses sociales?).", ambiguous=True)
    P("C’est aussi un engagement d’utilité sociale s’inscrivant dans une démarche d’économie circulaire pour une consommation raisonnée, à un coût maitrisé.",
      [CE, CS], notes="Économie circulaire; utilité sociale (clauses sociales?).", ambiguous=True)
    P("Une politique d’achat responsable ne s’improvise pas. Ses objectifs doivent être clairement formalisés.",
      [G, E], notes="Formalisation des objectifs de la politique d'achat (pilotage).", ambiguous=True)

    S("https://www.lechampdescantines.fr/articles/les-regles-de-la-commande-publique", "Les règles de la commande publique (Le Champ des cantines)")
    P("La qualité des ingrédients (exigence de 50% de produits durables dont 20% de produits bio par la loi EGAlim)",
      [AL], notes="Item de liste: EGAlim, produits durables et bio (objectif non annoté dans ce set).")
    P("La restauration collective publique est soumise au code de la commande publique, dont les règles garantissent l’utilisation optimale et pertinente de l’argent public vis-à-vis de l’objectif du service public assuré : l’alimentation des convives.",
      [AL], notes="Restauration collective et commande publique.")
    P("Les achats (en denrées alimentaires pour les régies directes, ou en prestation traiteur pour les gestions concédées) doivent être faits en respectant des procédures : les critères de sélection doivent être publics, garantir l’égalité de traitement des candidats et leur liberté d’accès au marché lancé par la collectivité.",
      [AL], notes="Achats de denrées alimentaires.")
    P("Ce cadre légal empêche notamment l’acheteur·euse d’exiger une origine géographique spécifique.",
      [AL, PME], notes="Pas d'exigence d'origine géographique (approvisionnement local).", ambiguous=True)
    P("Les procédures d’achat que les collectivités doivent respecter varient en fonction du montant de leurs achats annuels.",
      [AL], notes="Procédures d'achat de la restauration collective (par la page).", ambiguous=True)

    S("https://eco-paths.com/le-blog/pourquoi-les-achats-sont-la-cle-cachee-du-scope-3", "Pourquoi les achats sont la clé cachée du Scope 3 (Eco-Paths, blog)")
    P("Pourquoi les achats sont la clé cachée du Scope 3",
      [E], notes="Titre: émissions indirectes (scope 3) des achats.", ambiguous=True)
    P("Quand une entreprise mesure son empreinte carbone, elle pense d’abord à ses bureaux, ses usines ou ses déplacements. Pourtant, la majorité des émissions se cache ailleurs : dans les produits et services qu’elle achète.",
      [E], notes="Empreinte carbone des achats.")
    P("C’est ce qu’on appelle le Scope 3, et plus précisément la catégorie des achats de biens et services (Scope 3.1).",
      [E], notes="Scope 3 des achats (émissions, par la phrase précédente).", ambiguous=True)
    P("Les émissions liées aux achats sont dites « indirectes » car elles ont lieu chez les fournisseurs : production, transformation, transport des biens achetés.",
      [E], notes="Émissions des fournisseurs.")
    P("Et comme ces fournisseurs sont nombreux, dispersés et pas toujours transparents, il est difficile d’avoir des données fiables.",
      [E, G], notes="Données d'émissions des fournisseurs (mesure, suivi?).", ambiguous=True)
    P("Faute de mieux, la plupart des entreprises utilisent des facteurs d’émissions monétaires : on applique un ratio CO2/euro dépensé sur chaque ligne d’achat.",
      [E, G], notes="Mesure des émissions des achats (indicateur: gouvernance?).", ambiguous=True)

    S("https://www.orsys.fr/orsys-lemag/comment-reussir-decarbonation-achats", "Comment réussir la décarbonation des achats ? (ORSYS le mag)")
    P("La décarbonation des achats est un enjeu stratégique sous-estimé. Pourtant, elle permet de concilier impact environnemental et performance économique.",
      [E], notes="Décarbonation des achats.")
    P("La fonction achats est un levier sous-estimé mais aux impacts majeurs.",
      [E], notes="Levier achats pour la transition écologique (par le contexte).", ambiguous=True)
    P("Le scope 3 regroupe l’ensemble des émissions indirectes, c’est-à-dire celles liées à la chaîne de valeur de l’entreprise (achats, transport, usage des produits…), et représente 60 à 80 % des émissions totales de gaz à effet de serre (source : CDP Carbon Disclosure Project).",
      [E], notes="Émissions de GES du scope 3, dont achats.")
    P("Dans le même temps, les achats jouent un rôle central en matière de décarbonation au sein de la chaîne de valeur.",
      [E], notes="Décarbonation par les achats.")
    P("Les directions achats doivent désormais intégrer des obligations croissantes dans leurs pratiques.",
      [G, E], notes="Obligations réglementaires (reporting climat) des directions achats.", ambiguous=True)
    P("La CSRD ou reporting extrafinancier, obligatoire depuis 2024 pour les entreprises ayant au moins 2 des 3 critères suivants :",
      [G], notes="Reporting extra-financier (suivi).", ambiguous=True)

    S("https://avocat-lbv.com/les-criteres-dattribution-des-marches-publics-et-le-critere-vert/", "Les critères d'attribution des marchés publics et le critère vert (cabinet d'avocats LBV)")
    P("Les marchés publics en France sont attribués sur la base de critères objectifs, précis et en lien avec l’objet du marché, définis par le Code de la commande publique et la jurisprudence. Ces critères incluent notamment : le prix et les aspects qualitatifs, environnementaux ou sociaux.",
      [E, CS], notes="Critères environnementaux ou sociaux d'attribution.", ambiguous=True)
    P("Le critère environnemental est désormais obligatoire dans les marchés publics depuis la loi du 22 août 2021.",
      [E], notes="Critère environnemental obligatoire (loi Climat et résilience).")
    P("Au moins un critère doit intégrer les caractéristiques environnementales de l’offre (article L. 2152-7).",
      [E], notes="Critère environnemental.")
    P("Ce critère, validé par la jurisprudence européenne et française, doit rester objectif et précis, lié à l’objet du marché, et conforme aux principes de non-discrimination et de transparence.",
      [E], notes="« Ce critère » = le critère environnemental.", ambiguous=True)
    P("Les marchés publics doivent concilier le respect des principes de concurrence et des critères qualitatifs, y compris environnementaux.",
      [E], notes="Critères environnementaux.")
    P("Le défi réside dans l’équilibre entre coût, qualité et exigences écologiques.",
      [E], notes="Exigences écologiques des marchés.")

    S("https://consultation.avocat.fr/blog/benoit-coussy/article-73909-les-modalites-d-appreciation-du-critere-environnemental-dans-les-marches-publics.html", "Les modalités d'appréciation du critère environnemental dans les marchés publics (blog d'avocat, consultation.avocat.fr)")
    P("Le pouvoir adjudicateur est tenu de préciser le contenu et définir les modalités d'appréciation du critère environnementallorsqu'il apparait dans les critères de sélection.",
      [E], notes="Critère environnemental (« environnementallorsqu'il » tel quel dans la page).")
    P("Selon le rapporteur public, un critère aussi général que l'impact environnemental devait faire l'objet de précisions et être clairement déterminé afin de permettre aux candidats de présenter une offre dans les meilleures conditions.",
      [E], notes="Critère d'impact environnemental.")
    P("Le Conseil d'Etat a donc censuré l'usage du sous-critère lié à la politique sociale de l'entreprise sans rapport avec l'objet du marché, qu'il considère comme étant contraire aux règles de publicité et de mise en concurrence.",
      [CS], notes="Sous-critère social (politique sociale de l'entreprise) censuré: clauses sociales au sens large?", ambiguous=True)

    S("https://www.spark-office.fr/actualites/loi-agec-et-mobilier-de-bureau-obligations-entreprises", "Loi AGEC et mobilier de bureau : obligations et solutions pratiques pour les entreprises (Spark Office)")
    P("Loi AGEC et mobilier de bureau : obligations et solutions pratiques pour les entreprises",
      [CE], notes="Titre: loi anti-gaspillage et achats de mobilier.", ambiguous=True)
    P("Depuis février 2020, la loi anti-gaspillage pour une économie circulaire (AGEC) transforme en profondeur les pratiques d’achat et de gestion du mobilier professionnel.",
      [CE], notes="Loi AGEC et pratiques d'achat de mobilier.")
    P("Cette réglementation impose aux entreprises et collectivités de nouvelles obligations visant à réduire les déchets et favoriser le réemploi.",
      [CE], notes="Réduction des déchets et réemploi.")
    P("Face à ce constat, la loi AGEC fixe des règles précises pour limiter l’impact environnemental et développer une économie plus circulaire.",
      [CE, E], notes="Économie circulaire; impact environnemental.")
    P("Les quotas d’achat responsable à respecter selon votre statut",
      [CE], notes="Item de sommaire: quotas d'achat (réemploi, loi AGEC, par la page).", ambiguous=True)
    P("Mise en pratique : intégrer la loi AGEC dans votre stratégie d’achat",
      [CE, G], notes="Item de sommaire: loi AGEC dans la stratégie d'achat (gouvernance?).", ambiguous=True)

    S("https://defensepaysannedulot.fr/index.php/2022/06/23/produits-locaux-et-de-qualite-creation-dun-repertoire-des-fournisseurs-locaux/", "Produits locaux et de qualité : création d'un répertoire des fournisseurs locaux (Défense paysanne du Lot)")
    P("Produits locaux et de qualité Création d’un répertoire des fournisseurs locaux",
      [AL, PME], notes="Titre: fournisseurs locaux de la restauration collective (par la page).", ambiguous=True)
    P("La Chambre d’agriculture a élaboré sur commande du Conseil Départemental un répertoire des producteurs respectant les critères de proximité et de qualité, susceptibles de fournir la restauration collective.",
      [AL, PME], notes="Producteurs locaux fournisseurs de la restauration collective.")
    P("Une démarche responsable qui répond aux exigences des lois Egalim et Climat et Résilience.",
      [AL], notes="EGAlim (par la phrase précédente).", ambiguous=True)
    P("Acheter des produits de qualité en local devient une priorité pour la restauration collective qui s’engage résolument dans une démarche responsable aussi bien pour les consommateurs des cantines que pour les agriculteurs fournisseurs.",
      [AL, PME], notes="Achat local de produits de qualité pour les cantines.")
    P("Elle a donc travaillé à la rédaction de cette charte engageant les producteurs qui souhaitent commercialiser leurs denrées auprès de la restauration collective.",
      [AL, G], notes="Charte des fournisseurs de la restauration collective (gouvernance?).", ambiguous=True)
    P("Pour le bon fonctionnement de l’approvisionnement local, un ensemble de bonnes pratiques sont nécessaires pour consolider les relations de proximité.",
      [AL, PME], notes="Approvisionnement local (alimentaire, par la page).", ambiguous=True)

    S("https://www.alimenterre.org/faciliter-l-approvisionnement-local-des-cantines", "Faciliter l'approvisionnement local des cantines (Alimenterre)")
    P("Faciliter l'approvisionnement local des cantines",
      [AL, PME], notes="Titre: approvisionnement local des cantines.")
    P("Grâce à un site internet, les responsables d’établissements publics passent commande directement auprès de producteurs locaux.",
      [AL, PME], notes="Commande directe aux producteurs locaux.")
    P("Il s’agit d’une plate-forme web gratuite sur laquelle les acheteurs publics peuvent passer commande auprès de producteurs locaux, inscrits dans un répertoire géoréférencé, tout en respectant le code des marchés publics.",
      [AL, PME], notes="Plateforme d'achat public auprès de producteurs locaux (Agrilocal).")
    P("L’idée de départ était de faciliter l’approvisionnement en circuits courts, et de préférence bio, pour les cantines des établissements(collèges, maisons de retraite...).",
      [AL, PME], notes="Circuits courts et bio pour les cantines (« établissements(collèges » tel quel).")
    P("Ainsi, la Drôme a paramétré le logiciel pour faciliter la sélection de produits bio locaux, alors que le Puy-de-Dôme cible avant tout la provenance locale.",
      [AL, PME], notes="Produits bio locaux, provenance locale.")

    S("https://www.agribourgogne.fr/articles/ils-n-ont-pas-manque-le-rendez-vous-82175", "Agrilocal : ils n'ont pas manqué le rendez-vous ! (Agri Bourgogne)")
    P("Belle réussite pour ce second rendez-vous entre les acteurs de la restauration collective et les producteurs locaux, à l’initiative du Conseil départemental et de la Chambre d’agriculture.",
      [AL, PME], notes="Rencontre restauration collective / producteurs locaux (sourçage).")
    P("Initiée en 2018 par le Conseil départemental en lien avec la Chambre d’agriculture, la plateforme agrilocal fait désormais bien partie du paysage de la restauration collective publique.",
      [AL, PME], notes="Plateforme d'achat local de la restauration collective.", ambiguous=True)
    P("45 établissements publics (collèges, lycées, établissements sociaux, communautés de communes, etc.) et quelques grossistes, soit 90 personnes, sont venus découvrir les propositions des 35 producteurs locaux présents (pour la plupart des producteurs fermiers).",
      [AL, PME], notes="Acheteurs publics et producteurs locaux.")
    P("La plateforme Agrilocal est gratuite et son accès simplifie les démarches dans le cadre des appels d’offres publics.",
      [AL, PME], notes="Plateforme d'achat local (par la page).", ambiguous=True)
    P("Ces procédures peuvent décourager certains producteurs, aussi ces rencontres sont importantes pour mieux connaître les contraintes des uns et des autres, aplanir les difficultés, trouver des solutions, faire preuve d’imagination.",
      [PME, AL], notes="Accès des producteurs (petits fournisseurs locaux) aux procédures.", ambiguous=True)

    S("https://www.cac-formations.fr/actualites/depuis-30-ans-lesat-anais-assure-le-fleurissement-du-casino-de-bagnoles/", "Depuis 30 ans, l'ESAT Anais assure le fleurissement du casino de Bagnoles (CAC Formations)")
    P("Si le casino de Bagnoles (Orne) remporte régulièrement le 1er prix à des concours de fleurissement, il le doit aux travailleurs de l’ESAT Anais de Domfront-en-Poiraie.",
      [MR], notes="Prestation achetée à un ESAT par une entreprise (secteur protégé; pas un marché réservé).", ambiguous=True)
    P("C’est aussi notre façon de marquer notre soutien à l’ESAT que l’on souhaite pérenniser.",
      [MR], notes="Client soutenant un ESAT prestataire.", ambiguous=True)
    P("« Nous soutenons le tissu local et nous ne sommes pas déconnectés de notre environnement », note le directeur général.",
      [PME, MR], notes="Soutien au tissu local par le choix d'un prestataire ESAT (par le contexte).", ambiguous=True)

    S("http://leblogdesgroupementsdemployeurs.blogspot.com/2013/12/deux-approches-juridiques-distinctes.html", "Deux approches juridiques distinctes pour les GEIQ qui répondent aux clauses sociales des appels d'offres publics (le blog des groupements d'employeurs)")
    P("Deux approches juridiques distinctes pour les GEIQ qui répondent aux clauses sociales des appels d'offres publics",
      [CS], notes="Titre: GEIQ et clauses sociales.")
    P("L'introduction des clauses sociales dans le Code des marchés publics date de 2001.",
      [CS], notes="Clauses sociales.")
    P("L'objectif principal du dispositif est de mettre en place une synergie entre les différents acteurs sociaux concernés et de créer des emplois pour les personnes qui en sont le plus éloignées.",
      [CS], notes="Emplois pour les personnes éloignées de l'emploi.")
    P("Si l'acheteur public fait appel à la clause sociale d'exécution, article 14 du Code des marchés publics, cela signifie que des clauses d'insertion sociale figurent dans le cahier des charges du marché.",
      [CS], notes="Clause sociale d'exécution.")
    P("Le ministre précise que l'utilisation de la clause n'est pas un critère de choix pour sélectionner les offres, mais des conditions qui s'imposent à tous les candidats qui gardent la liberté des modalités de mise en oeuvre.",
      [CS], notes="« la clause » = la clause sociale (contexte).", ambiguous=True)
    P("L'entreprise sélectionnée peut faire conclure un contrat de co-traitance ou de sous-traitance en faisant appel aux diverses structures d'insertion.",
      [CS], notes="Structures d'insertion.")
    P("Elle peut collaborer avec une structure d'insertion par l'activité économique (SIAE) : entreprise d'insertion, entreprise d'intérim d'insertion, association intermédiaire.",
      [CS], notes="SIAE.")
    P("L’article 53-1 permet aux acheteurs publics d’insérer un critère de performance en matière d’insertion professionnelle des publics en difficulté parmi les différents critères de sélection des offres.",
      [CS], notes="Critère d'attribution social (insertion).")

    S("https://iblog.redlink.fr/2013/04/22/linsertion-professionnelle-dans-les-marches-publics-lachat-politique", "L'insertion professionnelle dans les marchés publics : l'achat politique (iBlog, Redlink avocats)")
    P("L’insertion professionnelle dans les marchés publics : l’achat politique",
      [CS], notes="Titre: insertion professionnelle et marchés publics.")
    P("Parmi eux, l’acheteur public peut choisir un critère de sélection des offres tenant aux « performances en matière d’insertion professionnelle des publics en difficulté » sur lequel le Conseil d’Etat vient de se prononcer (CE, 25 mars 2013, Société PL Favier, req. n° 364950).",
      [CS], notes="Critère d'insertion professionnelle (même arrêt que trois pages du set 6, autre rédaction).")
    P("Il n’est a priori pas évident d’appréhender dans quelle mesure ce critère des « performances en matière d’insertion professionnelle » peut être non discriminatoire et lié à l’objet du marché.",
      [CS], notes="Critère d'insertion.")
    P("Une pure logique d’achat, qui consiste à satisfaire un besoin de prestation ou de fourniture au meilleur rapport qualité/prix, est étrangère à l’appréhension de facteurs « externes », tel, par exemple, que le type de personnes employées par l’opérateur titulaire du marché public.",
      [CS], notes="Personnes employées par le titulaire (insertion, par le contexte).", ambiguous=True)
    P("Insérer un critère relatif aux performances en matière d’insertion exprime donc un choix de formule d’achat reposant sur des facteurs « externes » qui peuvent, par nature, être discriminants et non liés à l’objet du marché.",
      [CS], notes="Critère d'insertion.")

    S("https://syndicalismehebdo.fr/article/quand-le-btp-tire-son-epingle-du-jeu", "Quand le BTP tire son épingle du jeu (Syndicalisme Hebdo)")
    P("Dans le secteur de la construction, c’est Solideo qui est chargée de garantir l’exemplarité des Jeux sur les plans social et environnemental.",
      [CS, E], notes="Exemplarité sociale et environnementale des marchés des Jeux (volet social → insertion par la suite).", ambiguous=True)
    P("En 2018, elle adopte une charte en faveur de l’emploi et du développement territorial qui reprend pour le BTP les engagements de la Charte sociale Paris 2024 et qu’elle applique à l’ensemble des maîtres d’ouvrage publics et privés contractant avec elle via des clauses d’insertion.",
      [CS, G], notes="Charte sociale appliquée par des clauses d'insertion (charte: gouvernance?).", ambiguous=True)
    P("À ce titre, 10 % des heures travaillées doivent être réservées à un public éloigné de l’emploi et 25 % du montant des marchés doivent être accessibles aux TPE, PME et aux structures de l’économie sociale et solidaire (ESS).",
      [CS, PME, ESS], notes="Heures d'insertion; part des marchés pour TPE/PME et ESS (objectifs non annotés).")

    S("https://www.museumconnections.com/favoriser-la-transition-numerique-tout-en-controlant-son-empreinte-2/", "Favoriser la transition numérique tout en contrôlant son empreinte (Museum Connections)")
    P("Dans le but de réduire ces impactes, la première chose à mettre en place est de prolonger la durée de vie des équipements le plus longtemps possible et d’en acheter le moins possible.",
      [NUM, CE], notes="Impacts du numérique (par la page): durée de vie des équipements, moins d'achats.", ambiguous=True)
    P("D’après, Marguerite Courtel, il s’agit de mettre en place une politique d’achats responsables.",
      [NUM, E], notes="Achats responsables du numérique (par le contexte).", ambiguous=True)
    P("C’est-à-dire, introduire des critères environnementaux dans les appels d’offres, soumettre les fournisseurs potentiels à un questionnaire sur leurs engagements écologiques et sociétaux et exiger des écolabels, exiger une garantie minimum à 5 ans…",
      [E, NUM, CE], notes="Critères environnementaux, écolabels, garantie (durée de vie) pour les équipements numériques.", ambiguous=True)
    P("Mais surtout, il est important de sélectionner un appareil dont les performances sont adaptées à ses besoins (rien ne sert, par exemple, d’acheter un ordinateur surpuissant si c’est pour faire de la bureautique).",
      [NUM], notes="Achat d'ordinateurs adaptés au besoin (sobriété numérique).")
    P("Effectivement, avant d’acheter du neuf, il est important d’acquérir du matériel de seconde main ou reconditionné, de louer le matériel plutôt que l’acheter et de faire réparer plutôt que de changer.",
      [NUM, CE], notes="Matériel reconditionné, location, réparation.")
    P("Enfin, le fait d’éviter de laisser au placard des appareils numériques permet aux filières de recyclage de se développer, de se structurer.",
      [NUM, CE], notes="Recyclage des appareils numériques.")

    S("https://bouyguestelecom-entreprises.fr/mag-business/le-leasing-ou-comment-assurer-une-politique-durable-en-entreprise", "Le leasing ou comment assurer une politique durable en entreprise (Bouygues Telecom Entreprises, mag)")
    P("Les achats en entreprises sont un levier inestimable pour engager une démarche éco-responsable.",
      [E], notes="Achats et démarche éco-responsable.")
    P("Entre acquisition et location, décryptage des pratiques généralement observées sur la consommation du matériel informatique par les professionnels.",
      [NUM], notes="Achat ou location du matériel informatique (numérique responsable, par la page).", ambiguous=True)
    P("Pour les entreprises qui se posent des questions sur leur consommation et sur leur impact écologique, la gestion de ce type de matériel est de fait un sujet de préoccupation.",
      [NUM, E], notes="Impact écologique du matériel informatique.")

    S("https://www.sia-partners.com/fr/publications/publications-de-nos-experts/devoir-de-vigilance-nouvelles-obligations-et-impacts", "Devoir de vigilance : nouvelles obligations et impacts organisationnels (Sia Partners)")
    P("Devoir de vigilance : nouvelles obligations et impacts organisationnels",
      [CT, G], notes="Titre: devoir de vigilance des donneurs d'ordre (droits humains, conditions de travail chez les fournisseurs; organisation).", ambiguous=True)
    P("Pensée pour éviter les drames humains, comme celui de l’usine du Rana Plazza au Bangladesh en 2013, la loi sur le devoir de vigilance des entreprises donneuses d’ordre a pour objectif de renforcer la surveillance des risques éthiques, sociaux et environnementaux des sous-traitants et fournisseurs.",
      [CT, E], notes="Risques sociaux (Rana Plaza: conditions de travail) et environnementaux des fournisseurs.")
    P("Quel est l’impact organisationnel de telles mesures, notamment au sein des directions Achats ?",
      [G], notes="Organisation des directions Achats (devoir de vigilance).", ambiguous=True)

    S("https://guidedesdemarches.com/INFO/INFO1174.htm", "Bois certifiés FSC et PEFC (Guide des démarches)")
    P("On le sait, une partie du bois utilisé pour fabriquer nos meubles ou nos parquets est issu de mauvaises pratiques forestières conduisant à la déforestation massive de régions entières.",
      [BIO], notes="Déforestation (achat de bois, par la page).", ambiguous=True)
    P("Pour éviter cela, le plus simple est de se tourner vers des produits qui ont obtenus l'une des 2 certifications de respect de la forêt : FSC (Forest Stewardship Council) et PEFC (Programme de Reconnaissance des Certifications Forestières).",
      [BIO], notes="Bois certifié.")
    P("L’Etat veut donner le bon exemple et 2 circulaires imposent aux agents de l'Etat de « n’acheter que du bois certifié ou issu de forêts gérées de manière durable à compter de 2010 »",
      [BIO], notes="Achat public de bois certifié.")
    P("Un indicateur de suivi a même été instauré : il mesure la part en valeur des produits certifiés achetés.",
      [BIO, G], notes="Indicateur de suivi des achats de bois certifié.")

    S("https://artofchange21.com/?p=7383", "Bois, à quel label se fier : PEFC ou FSC ? (Art of Change 21)")
    P("La certification ne saurait être un critère suffisant pour s’approvisionner de manière écologique si elle n’était accompagnée de bons réflexes : acheter local, ce qui réduit l’impact du transport, et utiliser le bois de façon durable ou circulaire, ce qui amortit l’impact.",
      [BIO, E, CE, PME], notes="Approvisionnement en bois certifié, achat local, usage circulaire.", ambiguous=True)
    P("Concernant les bois exotiques, s’il n’y a pas de certification, il faut se méfier car le trafic illégal prévaut.",
      [BIO], notes="Bois exotiques non certifiés (approvisionnement, par le contexte).", ambiguous=True)

    S("https://rosemees.com/?p=11136", "Sobriété numérique en entreprise (Rosemees)")
    P("Si le budget a toujours posé problème pour le renouvellement du parc informatique au profit d’un modèle moins énergivore, le recours à des experts permet de trouver des solutions adaptées.",
      [NUM, EN], notes="Renouvellement du parc informatique moins énergivore.")
    P("Ainsi, l’entreprise peut compter sur les conseils et l’expertise d’un professionnel lorsqu’elle souhaite acheter des matériels répondant aux normes environnementales.",
      [NUM, E], notes="Achat de matériel informatique répondant aux normes environnementales.")
    P("Sont à prévoir l’usage d’équipements certifiés à faible consommation d’énergie, l’installation d’imprimantes sobres ou la virtualisation des serveurs.",
      [NUM, EN], notes="Équipements à faible consommation d'énergie.")

    S("https://www.lacooperationagricole.coop/regions/auvergne-rhone-alpes/actualites/lancement-dopendata-ess-plateforme-de-referencement-en", "Lancement d'OPENDATA ESS, plateforme de référencement en complémentarité de PRÉFÉRENCE COOP (La Coopération Agricole Auvergne-Rhône-Alpes)")
    P("Lancement d'OPENDATA ESS, plateforme de référencement en complémentarité de PRÉFÉRENCE COOP",
      [ESS], notes="Titre: plateforme de référencement de fournisseurs de l'ESS (par la page).", ambiguous=True)
    P("Dans le cadre de son SPAR (Schéma de promotion des achats responsables), la Métropole de Lyon accompagne ses agents pour renforcer les achats auprès des structures de l’ESS.",
      [ESS, G], notes="SPAR (gouvernance) et achats auprès de l'ESS.")
    P("Cela passe par exemple par l’adaptation des cahiers des charges de certains marchés (allotissement, conditions d’exécution…).",
      [ESS, PME], notes="Adaptation des marchés pour l'ESS (allotissement: accès des petites structures?).", ambiguous=True)
    P("Elle a également mandaté la CRESS pour accompagner les fournisseurs de l’ESS à répondre en groupement.",
      [ESS], notes="Fournisseurs de l'ESS.")
    P("Dans ce cadre, la Métropole de Lyon, en partenariat avec la CRESS, a créé une base de données des fournisseurs de l’ESS en Auvergne-Rhône-Alpes.",
      [ESS], notes="Base de fournisseurs de l'ESS.")
    P("Objectif ? Permettre aux 500 acheteurs membres de la centrale d’achat de la métropole de Lyon de renforcer leurs achats auprès des structures de l’ESS.",
      [ESS], notes="Achats auprès de l'ESS.")
    P("Les coopératives sont des acteurs incontournables de l’ESS et c’est dans ce cadre que la Coopération Agricole ARA s’est associée à la CRESS.",
      [ESS], notes="Coopératives fournisseurs de l'ESS (par le contexte).", ambiguous=True)

    S("https://www.instao.fr/appel-offre/traiteur-evenements-11-25-cG", "Traiteur pour événements, fiche synthétique d'un marché public (Instao)")
    P("Gamme de prestations : petits-déjeuners (mini viennoiseries), accueils / pauses café (biscuits ou mignardises maison), cocktails (formats 6/12/15 pièces ou équivalents), repas assis (formules avec entrée, plat, dessert/mignardises, pain bio, café commerce équitable), plateaux-repas (entrée froide, plat froid, dessert, pain), sacs sandwichs individuels biodégradables.",
      [AL, CEQ, CE], notes="Marché de traiteur: pain bio, café équitable, sacs biodégradables (déchets?).", ambiguous=True)
    P("Composition et contraintes alimentaires : au moins 40% des pièces hors accueil café doivent être végétariennes ; au moins 40% des produits utilisés doivent être labellisés biologiques (label bio européen) ; fruits et légumes de saison obligatoires ; café/thé issus du commerce équitable et/ou bio ; interdiction d’introduire sciemment des OGM.",
      [AL, CEQ], notes="Exigences bio, végétarien, saison, commerce équitable (objectifs non annotés).")
    P("Conditionnement & matériels : plateaux et éléments de plateaux-repas doivent être intégralement biodégradables ou réutilisables ; condiments fournis dans contenants lavables/réutilisables ; mise à disposition possible de verrerie, couverts, nappage et décoration conforme à charte couleur (blanc/noir/touche bleu) ; location possible de tables traiteur, mange-debout (avec housses), fontaines à eau, bonbonnes 12L.",
      [CE], notes="Contenants réutilisables ou biodégradables (réduction des déchets).")

    S("https://www.corekap.com/achats-responsables-norme-iso-20400-a-ete-adoptee/", "Achats Responsables : la norme ISO 20400 a été adoptée ! (Corekap)")
    P("Achats Responsables : la norme ISO 20400 a été adoptée !",
      [E, G], notes="Titre: norme d'achats responsables (référentiel: gouvernance?; achats responsables: environnement).", ambiguous=True)
    P("Après 3 ans et demi de travail, la norme internationale Achats Responsables ISO 20400 vient d’être adoptée par 22 pays.",
      [E, G], notes="Norme d'achats responsables.", ambiguous=True)
    P("L’objectif de cette norme universelle est de « fournir aux organisations, de toutes tailles et de tous secteurs, des lignes directrices pour intégrer la responsabilité dans leur processus d’achat, tel que décrit dans l’ISO 26000 » (source : Vigeo).",
      [G, E], notes="Lignes directrices d'achat responsable (pilotage du processus d'achat).", ambiguous=True)
    P("– la définition d’une due diligence ou la maîtrise des risques dans la chaîne de fournisseurs",
      [G], notes="Item de liste: maîtrise des risques fournisseurs.", ambiguous=True)
    P("Et grâce au travail de coopération entrepris par Pierre PELOUZET (Médiateur des Entreprises), le Groupe AFNOR, le Conseil National des Achats et l’ObsAR, le référentiel du label Relations Fournisseur Responsables a été choisi comme base de travail à enrichir pour intégrer toutes les recommandations de la norme ISO 20400.",
      [G], notes="Label Relations fournisseur responsables (gouvernance, convention du set 6).")

    S("https://www.chefdentreprise.com/Chef-d-entreprise-Magazine/Article/Reduisez-votre-contribution-Agefiph-en-sous-traitant-a-un-Esat-42813-1.htm", "Réduisez votre contribution Agefiph en sous-traitant à un Esat (Chef d'Entreprise Magazine)")
    P("Réduisez votre contribution Agefiph en sous-traitant à un Esat",
      [MR], notes="Titre: achats auprès du secteur protégé (ESAT), pas un marché réservé.")
    P("En collaborant avec un Esat (Etablissement et service d'aide par le travail) ou bien avec une entreprise adaptée, vous pouvez satisfaire, en partie, votre obligation légale d'embauche de travailleurs handicapés.",
      [MR], notes="Achats auprès d'ESAT/EA.")
    P("S'acquitter en partie de son obligation d'embauche de 6 % de salariés handicapés en recourant à la sous-traitance auprès du secteur protégé et adapté.",
      [MR], notes="Sous-traitance au secteur protégé et adapté.")
    P("Voilà le parti adopté par de nombreuses PME pour réduire leur contribution à l'Agefiph (Association de gestion du fonds pour l'insertion des personnes handicapées).",
      [MR], notes="« le parti » = la sous-traitance au secteur protégé (phrase précédente).", ambiguous=True)
    P("D'autant que « les prestations fournies sont tout aussi compétitives en termes de qualité et de coût que celles des entreprises classiques », précise Jean -Marc Froger, secrétaire national de l'Unea (Union nationale des entreprises adaptées).",
      [MR], notes="Prestations des ESAT/EA (par le contexte).", ambiguous=True)
    P("D'ailleurs, vous n'avez aucune excuse: des Esat et des EA, il y a en a aujourd'hui partout en France.",
      [MR], notes="Recours aux ESAT/EA (par le contexte).", ambiguous=True)

    S("https://newswire.ca/fr/news-releases/14-grands-decideurs-se-mobilisent-pour-lequite-en-affaires-685828752.html", "14 grands décideurs se mobilisent pour l'équité en affaires (Réseau des Femmes d'affaires du Québec, communiqué CNW)")
    P("Le 8 juin dernier, le Réseau des Femmes d'affaires du Québec (RFAQ) a réuni 14 décideurs de grandes entreprises afin de stimuler l'essor des entreprises à propriété féminine.",
      [EFH], notes="Entreprises à propriété féminine (fournisseurs des grandes entreprises, par la suite).", ambiguous=True)
    P("L'objectif avoué est d'inclure davantage d'entreprises détenues par des femmes dans les chaînes d'approvisionnement des grandes corporations.",
      [EFH], notes="Fournisseurs détenus par des femmes.")
    P("« Bien que nous reconnaissions l'importance des femmes à accéder à des hauts postes de gestion et au sein des conseils d'administration, très peu de réflexions portent sur la place qu'elles occupent dans le marché des chaînes d'approvisionnement des grandes entreprises, souligne Ruth Vachon, présidente-directrice générale du Réseau des femmes d'affaires du Québec.",
      [EFH], notes="Place des femmes dans les chaînes d'approvisionnement.")
    P("Nous souhaitons alimenter le débat pour aller plus loin et étendre l'équité à toutes les facettes de l'entreprise, incluant la chaîne d'approvisionnement. »",
      [EFH], notes="Équité (femmes-hommes, par le contexte) dans la chaîne d'approvisionnement.", ambiguous=True)
    P("« Il ne faut pas oublier qu'au Québec, on estime que sur l'ensemble des achats effectués auprès des fournisseurs des grandes entreprises, seulement un pour cent de la valeur de ces contrats est octroyé à des entreprises dirigées par des femmes.",
      [EFH], notes="Part des achats auprès d'entreprises dirigées par des femmes.")

    S("https://esat45.apirjso-couronnerie.fr/vos-avantages-a-travailler-avec-nous/", "Les avantages de travailler avec un ESAT (ESAT APIRJSO La Couronnerie)")
    P("Faire appel à un ESAT permet à votre organisation de concrétiser indirectement l’emploi de personnes en situation de handicap, participer à l’économie solidaire et à lutter contre l’exclusion et la discrimination de ces personnes.",
      [MR, ESS], notes="Achat auprès d'un ESAT; économie solidaire.")
    P("Depuis janvier 2020, cette déduction correspond à 30% du prix HT des fournitures, travaux ou prestations figurant au contrat avec des ESATs, duquel seront déduits les coûts des matières premières, des produits, des matériaux, de la sous-traitance, des consommations intermédiaires et des frais de vente et de commercialisation.",
      [MR], notes="Déduction liée aux contrats avec des ESAT.")

    S("https://www.lab-energies.fr/audit-photovoltaique", "Trouver le meilleur contrat d'électricité verte pour son entreprise (Lab Énergies)")
    P("Trouver le meilleur contrat d’électricité verte pour son entreprise",
      [EN], notes="Titre: achat d'électricité renouvelable.")
    P("De nombreuses entreprises et collectivités souhaitent réduire leur impact environnemental et considèrent l'achat d'électricité verte comme une solution efficace.",
      [EN, E], notes="Achat d'électricité verte; impact environnemental.")
    P("Cette complexité rend la sélection de la meilleure offre d’électricité difficile parmi toutes les offres disponibles.",
      [EN], notes="Choix d'une offre d'électricité (verte, par le contexte).", ambiguous=True)
    P("C’est pourquoi nous allons à travers cet article, vous donner toutes les clés pour bien s'approvisionner en électricité verte.",
      [EN], notes="Approvisionnement en électricité verte.")
    P('Une offre de fourniture d\'électricité peut aussi être qualifiée de "verte" si le fournisseur peut assurer que la quantité d\'électricité d\'origine renouvelable injectée sur le réseau est équivalente à la consommation de ses clients.',
      [EN], notes="Offre de fourniture d'électricité renouvelable.")
    P("Les Garanties d'Origine (GO ou EAC pour Energy Attribute Certificate en anglais) sont les seuls certificats acceptés en Europe pour prouver cette équivalence de quantité d'électricité verte injectée sur le réseau.",
      [EN], notes="Garanties d'origine de l'électricité verte achetée (par le contexte).", ambiguous=True)

    S("https://essy.fr/comment-et-pourquoi-appliquer-les-clauses-sociales-pour-les-entreprises/", "Comment et pourquoi appliquer les clauses sociales pour les entreprises (Essy)")
    P("Les entreprises, attributaires des appels d’offre, doivent non seulement répondre à l’objet du marché mais elles doivent aussi de plus en plus souvent satisfaire à des objectifs de développement durable.",
      [E], notes="Objectifs de développement durable des marchés (convention: environnement); la page parle ensuite des clauses sociales.", ambiguous=True)
    P("Quelles sont ces clauses sociales, définies pour favoriser l’insertion d’un certain public ?",
      [CS], notes="Clauses sociales d'insertion.")
    P("Depuis le début des années 1990, l’insertion d’une clause favorisant l’insertion professionnelle fait partie des leviers reconnus pour leur efficacité pour toute entreprise souhaitant participer aux marchés publics.",
      [CS], notes="Clause d'insertion professionnelle.")
    P("Des collectivités locales, cette prise en compte a été reprise au niveau national en 2001 (introduction des clauses sociales d’insertion dans le code de la commande publique).",
      [CS], notes="Clauses sociales d'insertion.")
    P("Intégrer une clause sociale répond à la prise en compte du développement durable par l’Etat et les collectivités locales.",
      [CS, E], notes="Clause sociale; développement durable (convention: environnement).")
    P("Cette insertion de clauses est même devenue un élément clé de la politique de développement durable de la France depuis le Grenelle de l’environnement (2007).",
      [CS, E], notes="« clauses » = clauses sociales (contexte); développement durable.", ambiguous=True)
    P("- Promouvoir l’emploi et notamment l’emploi local,",
      [CS, PME], notes="Item de liste (objectifs de la clause): emploi local (accès local?).", ambiguous=True)
    P("- Renforcer l’insertion sociale (insertion des jeunes, des travailleurs handicapés, des habitants des quartiers prioritaires…),",
      [CS], notes="Item de liste: publics de la clause d'insertion (travailleurs handicapés comme public: pas un marché réservé).")

    S("https://lehub.bpifrance.fr/livre-blanc-achats-dinnovation-comment-les-directions-achats-peuvent-devenir-des-accelerateurs-de-transformation", "Livre Blanc Achats d'innovation (Bpifrance Le Hub)")
    P("Livre Blanc Achats d’innovation : comment les Directions Achats peuvent devenir des accélérateurs de transformation",
      [INNO], notes="Titre: achats d'innovation des grands groupes (taxonomie: marchés publics; ici achats privés).", ambiguous=True)
    P("Face à cette bascule, une question devient centrale : comment les grands groupes peuvent-ils capter et intégrer cette innovation externe sans se heurter à leurs propres lourdeurs internes ?",
      [INNO], notes="Innovation externe (start-up) captée par les grands groupes; achats privés.", ambiguous=True)
    P("C’est autour de ce défi que s’est tenue la matinale DAPI (Directions Achats Pour l’Innovation) organisée par Bpifrance Le Hub, autour de la présentation du livre blanc du programme.",
      [INNO], notes="Programme Directions Achats pour l'Innovation (achats privés).", ambiguous=True)

    S("https://www.facilities.fr/infospratique-proprete-nettoyage/", "Informations pratiques, secteur Propreté & Nettoyage (Facilities)")
    P("La sacro sainte pratique du nettoyage des bureaux le soir ou la nuit aura disparue dans quelques années.",
      [CT], notes="Horaires des agents de nettoyage (prestation achetée, par la page).", ambiguous=True)
    P("C’est en favorisant le nettoyage des bureaux en journée, aux horaires où ils sont occupés que l’on lutte efficacement contre deux fléaux répandus dans les métiers de main d’œuvre, que sont l’absentéisme non maîtrisé et le turn-over.",
      [CT], notes="Nettoyage en journée: conditions de travail des agents du prestataire.", ambiguous=True)

    S("http://agronomie.asso.fr/carrefour-inter-professionnel/evenements-de-lafa/revue-en-ligne/revue-aes-vol7-n1-juin-2017-nutrition-et-agronomie/revue-aes-vol7n1-6/", "Restauration collective et enjeux de santé publique (Revue AE&S, Association française d'agronomie)")
    P("Le contenu de l’offre alimentaire a été défini à partir des recommandations nutritionnelles regroupées dans un document référence : le GEM-RCN (Groupe Permanent d’Étude des Marchés de la Restauration Collective et de Nutrition) qui propose des conseils pratiques de nature à aider les professionnels et synthétise les points fondamentaux à observer.",
      [AL, SA], notes="Recommandations nutritionnelles des marchés de restauration collective (GEM-RCN): santé des convives?", ambiguous=True)
    P("Les auteurs présentent des pistes pour les acteurs de l’agronomie/industrie agro-alimentaire afin qu’ils contribuent à améliorer la qualité de l’offre.",
      [AL], notes="Offre des fournisseurs de la restauration collective (par le contexte).", ambiguous=True)

    S("https://www.caps-entreprise.com/2025/04/30/achats-en-entreprise-comment-proceder-pour-integrer-leconomie-circulaire", "Achats en entreprise : comment procéder pour intégrer l'économie circulaire (Caps Entreprise)")
    P("La mise en place d’une politique d’achat responsable revient à construire une stratégie échelonnée du travail d’analyse en amont jusqu’à la mise en place d’actions.",
      [E, G], notes="Stratégie d'achat responsable (gouvernance; achats responsables: environnement).", ambiguous=True)
    P("Pour y parvenir, l’entreprise doit intégrer l’économie circulaire dans ses stratégies d’achat, dont les étapes sont :",
      [CE, G], notes="Économie circulaire dans la stratégie d'achat.")
    P("La mise en place d’une stratégie d’achat prenant en compte l’économie circulaire requiert l’adoption d’objectifs clairs.",
      [CE, G], notes="Stratégie d'achat circulaire et objectifs (pilotage).")
    P("En effet, de nombreux paramètres en dépendent comme des process ou des indicateurs et KPI mesurables.",
      [G, CE], notes="Indicateurs de la stratégie d'achat circulaire (par la phrase précédente).", ambiguous=True)
    P("À cela, vous devez former vos acheteurs sur certaines dimensions de la RSE et des achats durables.",
      [G, E], notes="Formation des acheteurs (gouvernance); RSE et achats durables (environnement).")
    P("Dans une démarche d’achat responsable, il faut acheter une valeur d’usage et non un bien.",
      [CE], notes="Économie de la fonctionnalité (usage plutôt que possession).", ambiguous=True)
    P("Ici, le recyclage doit être votre dernière option lorsque le produit n’est plus réutilisable ou réparable.",
      [CE], notes="Fin de vie des produits achetés: réemploi, réparation, recyclage.")

    S("https://www.club-acheteurs.com/?p=205791", "Prestations intellectuelles : réussir l'achat inclusif (Club Acheteurs)")
    P("Prestations intellectuelles : réussir l’achat inclusif",
      [CS, MR], notes="Titre: achat inclusif (structures d'insertion et du handicap, par la page).", ambiguous=True)
    P("L’achat inclusif s’étend aux prestations intellectuelles, un secteur souvent méconnu mais riche en opportunités sociales et économiques.",
      [CS], notes="Achat inclusif (insertion; handicap?).", ambiguous=True)
    P("Longtemps cantonné à des secteurs comme le BTP, le médico-social ou l’intérim d’insertion, l’achat inclusif s’ouvre désormais aux prestations intellectuelles.",
      [CS], notes="Achat inclusif, intérim d'insertion.")
    P("Ces activités peuvent être assurées par des structures inclusives, à condition de les intégrer dans une stratégie d’achat adaptée.",
      [CS, MR], notes="Structures inclusives (SIAE et secteur protégé?) dans la stratégie d'achat.", ambiguous=True)
    P("Lorsqu’on évoque l’achat inclusif, on l’associe encore trop souvent à des secteurs comme l’intérim, les métiers manuels ou les marchés avec clauses sociales.",
      [CS], notes="Achat inclusif et clauses sociales.")
    P("Pourtant, les prestations intellectuelles représentent un gisement important de potentiel, encore largement sous-exploité dans différents domaines.",
      [CS], notes="Potentiel d'achat inclusif (par le contexte).", ambiguous=True)

    S("https://www.epsa.com/blog/nouvelles-tendances-achats-responsables/", "Nouvelles tendances des achats responsables (EPSA, blog)")
    P("Autant de pratiques que les entreprises peuvent, elles aussi mettre en place dans leur démarche d’achats responsables.",
      [CE, E], notes="Pratiques circulaires (phrase précédente) dans les achats responsables.", ambiguous=True)
    P("Pour se faire, l’entreprise doit changer ses pratiques d’approvisionnement, de conception et réfléchir dès le début du projet à la fin de vie de son produit.",
      [CE], notes="Approvisionnement et fin de vie (économie circulaire).")
    P("Ainsi, l’entreprise sélectionne des fournisseurs en adéquation avec cette démarche pour privilégier des matières durables, recyclées ou à faible impact carbone dans l’objectif de concevoir plus durablement.",
      [CE, E], notes="Fournisseurs de matières recyclées ou bas carbone.")
    P("Au-delà même de la production, la durée d’usage des produits doit être allongée afin de ne plus être dans le jetable, mais réparable, revendable, réutilisable et en dernier recours recyclable.",
      [CE], notes="Allongement de la durée d'usage, réemploi, recyclage.")

    S("http://www.institut-economie-circulaire.fr/Le-deploiement-d-une-economie-circulaire-passera-aussi-par-l-implication-de-la-fonction-achats_a863.html", "Le déploiement d'une économie circulaire passera aussi par l'implication de la fonction achats (Institut de l'économie circulaire)")
    P("Le déploiement d’une économie circulaire passera aussi par l’implication de la fonction achats",
      [CE], notes="Titre: fonction achats et économie circulaire.")
    P("La fonction achats a un rôle à jouer dans le changement de paradigme économique voulu par l’économie circulaire.",
      [CE], notes="Fonction achats et économie circulaire.")
    P("Objectif : sensibiliser les acheteurs publics et privés à cette notion (voir focus).",
      [CE, G], notes="Sensibilisation des acheteurs à l'économie circulaire (par le contexte).", ambiguous=True)
    P("Présente à la matinée, la chargée de mission des achats publics écoresponsables à l’Ademe, Dominique Veuillet estime que « la fonction achats a un rôle majeur à jouer dans le déploiement d’une économie circulaire ».",
      [CE], notes="Fonction achats et économie circulaire.")
    P("Avant le lancement de la consultation, quand il définit le besoin en interne et fixe des critères de sélection des fournisseurs, il a d’importants leviers.",
      [CE], notes="Leviers de l'acheteur (pour l'économie circulaire, par le contexte).", ambiguous=True)
    P("Pour Valdélia, éco-organisme de collecte et de recyclage des déchets d’ameublement professionnels, le rôle de l’acheteur est, par exemple, « de recourir aux prestataires éco-contributeurs et d’acheter des produits recyclés ».",
      [CE], notes="Achat de produits recyclés, déchets d'ameublement.")
