"""Fifth collection round of real passages: ordinary purchasing text in the real dev set's theme mix.

The earlier rounds were collected *aimed at* the themes the model missed, so their theme frequencies drifted from the
real dev set's (governance 29 % of the real training passages against 14 % of dev passages; see the model card), and
thresholds tuned on them follow that drift. This round still looks where real text was weak (governance and
monitoring in the dev set's broad sense, biodiversity, working conditions, ESS, digital, innovation, health, fair
trade, gender equality, SME and local access), but on pages of ordinary purchasers (universities, hospitals, cities,
ministries, networks, trade press), and keeps every passage found there, labelled with **all** its themes by the dev
set's conventions, including passages with several themes and passages with none, so that the round's theme mix
stays close to the dev set's.

Same helpers, conventions and rules as ``passages_src2.py`` (no page from a *domain* of the shared real dev set,
checked by ``build.py`` for every round after the first; no page already used in ``corpora/real`` or
``corpora/objectives``; no site of the objectives' fresh evaluation set, ``corpora/objectives/fresh_src.py``).
Registered in ``build.py`` after the earlier rounds.
"""
# ruff: noqa: E501

from passage_checks import AL, BIO, CE, CS, CT, EG, EN, ESS, FT, IN, MR, NUM, PME, E, G


def load(S, P, Q) -> None:

    S("http://www.lettredesachats.com/e-docs/secteur_public_l_etat_se_dote_d_un_indicateur_d_efficience_de_la_fonction_achats_21844/document_article_web.phtml", "Secteur public : l'Etat se dote d'un indicateur d'efficience de la fonction achats (La Lettre des Achats)")
    P("« Cet indicateur financier mesure la valeur ajoutée de l'acheteur sur une opération, explique Claire Darchy, directrice du développement des achats au SAE. La méthode est fondée sur la comparaison entre des prix ou situations de référence et des nouveaux prix dans le cadre d’une situation inédite, après l’intervention des acheteurs. »",
      [], notes="Indicateur de gain financier des achats de l'État: ni schéma ni achat responsable, pas de thème; un annotateur pourrait y voir du pilotage (gouvernance).", ambiguous=True)
    P("Les calculs sont faits sur une base de douze mois, afin de comparer les marchés entre eux ; un marché de quatre ans sera ainsi ramené à une tranche annuelle.",
      [], non=["douze mois", "quatre ans"], notes="Méthode de calcul d'un indicateur financier (piège: durées).")
    P("« Par exemple, illustre Claire Darchy, si l'achat porte sur un secteur où les prix ont augmenté de 20 % et que l'acheteur parvient à limiter la hausse à 10 %, on va considérer qu'il y a un gain achats de 10 %",
      [], non=["20 %", "10 %", "10 %"], notes="Exemple chiffré d'un gain achats (piège: hausse de prix, pas un objectif). Excerpt coupé en fin de phrase.")

    S("http://cartable-sain-durable.fr/entretien-des-espaces-publics-exterieurs/", "L'entretien des espaces publics extérieurs (Cartable sain et durable)")
    P("Les espaces verts et les espaces publics sont parties intégrantes de l’exemplarité des collectivités en matière de développement durable : programme « zéro phyto », maîtrise des consommations d’eau, formation des agents, information et sensibilisation des citoyens, jardins familiaux ou partagés, potagers dans les écoles, végétalisation des trottoirs et écoles…",
      [BIO, E], notes="Espaces verts, zéro phyto, végétalisation (biodiversité); développement durable et eau (environnement).", ambiguous=True)
    P("Enfin, la réglementation interdira dés 2017 l’usage des produits phytosanitaires dans les espaces verts publics : ça se prépare !",
      [BIO, E], non=["2017"], notes="Interdiction légale des pesticides dans les espaces verts: règle, pas une cible d'achat; objectif ou non discutable.", ambiguous=True)
    P("Les pesticides utilisés en zones non agricoles (jardins particuliers, cimetières, voiries, trottoirs, parcs publics, terrains de sports, zones industrielles et aéroports) représentent 7% des substances actives phytosanitaires utilisées en France.",
      [BIO, E], non=["7%"], notes="Part actuelle (piège). Santé non étiquetée: le passage ne parle pas d'effets sur la santé.", ambiguous=True)
    P("Désherbage thermique, mécanique ou manuel, plantes couvre sol, lutte intégrée… des solutions existent pour se passer de ces produits.",
      [BIO], notes="Alternatives aux pesticides dans les espaces verts.")

    S("https://www.economie.gouv.fr/commande-publique-numerique/acheteurs", "Acheteurs — commande publique numérique (economie.gouv.fr)")
    P("Selon le Code de la commande publique, toutes les procédures d’achats publics supérieures ou égales à 40 000 euros HT doivent être dématérialisées.",
      [], non=["40 000 euros"], notes="Dématérialisation des procédures: obligation de procédure, pas un thème d'achat responsable (le numérique responsable porte sur l'impact du numérique). Seuil (piège).", ambiguous=True)
    P("La dématérialisation permet aux acheteurs de toucher plus d’entreprises susceptibles de répondre à leurs appels d’offres tout en augmentant leur transparence.",
      [], notes="Passage général sur la dématérialisation; l'accès d'un plus grand nombre d'entreprises pourrait être lu comme accès des PME.", ambiguous=True)

    S("https://www.yumpu.com/fr/document/view/52104824/developpement-durable-jiqhs/29", "Développement durable - JIQHS, Techniques hospitalières n° 728, juillet-août 2011 (Yumpu)")
    P("Le développement durable dans l’hôpital semble êtredevenu aujourd’hui, enfin, une préoccupation del’achat hospitalier. Effet de mode ou aspiration profondeet sincère à changer de cap dans ses achats ?",
      [E, "sante"], notes="Développement durable (environnement, convention du dev); achat hospitalier (santé, comme les rounds précédents). Mots collés du PDF gardés.", ambiguous=True)

    S("https://www.techopital.com/developpement-durable--un-critere-plus-facile-a-prendre-en-compte-grace-a-l-evolution-des-mentalites-(acheteurs)-NS_1659.html", "Développement durable : un critère « plus facile à prendre en compte » grâce à l'évolution des mentalités (TecHopital)")
    P("Le critère développement durable est de plus en plus souvent intégré par les acheteurs dans leurs marchés, grâce à une évolution des mentalités, ont témoigné plusieurs responsables de la fonction achat à l'occasion des salons santé autonomie, le 21 mai à Paris.",
      [E, "sante"], non=["21 mai"], notes="Développement durable au sens large; acheteurs du secteur de la santé.", ambiguous=True)
    P("\"Notre premier marché de membranes de dialyse intégrait donc une clause visant à connaître les politiques des différents groupes\" en matière d'emballage, d'empreinte carbone ou de gestion des flux énergétiques, a-t-elle indiqué.",
      [E, EN, CE, "sante"], notes="Clause sur l'emballage (économie circulaire), l'empreinte carbone, l'énergie, dans un marché hospitalier (dialyse).", ambiguous=True)
    P("La Fehap a rédigé un \"clausier\" qui, pour chaque famille de produits, répertorie les clauses applicables en matière de développement durable et de responsabilité sociétale des entreprises (RSE).",
      [E, CS, "sante"], notes="Clausier développement durable et RSE (social + environnement, convention du dev) d'une fédération hospitalière.", ambiguous=True)

    S("https://rapportsannuels.chuv.ch/rse/2022/3-1-achats", "Rapport RSE 2022 du CHUV, 3.1 Achats (Centre hospitalier universitaire vaudois)")
    P("1. Elle incite les fournisseurs à réduire leurs impacts environnementaux et sociétaux. La Centrale a une charte durable et une politique des achats durables. Depuis une dizaine d’années, ces documents sont mis à jour régulièrement.",
      [E, CS, G, "sante"], non=["1"], notes="Charte et politique d'achats durables tenues à jour (gouvernance); impacts environnementaux et sociétaux; centrale d'achat hospitalière (santé). Page suisse, en français.", ambiguous=True)
    P("2. Elle promeut le développement durable par la formation continue des collaborateurs de la CAIB.",
      [E, G], non=["2"], notes="Formation des acheteurs (gouvernance au sens du dev); développement durable.", ambiguous=True)
    P("Depuis l’automne 2022, une nouvelle formation ad hoc est en place; 50% des collaboratrices et collaborateurs ont déjà suivi cette formation (inscription volontaire).",
      [G], non=["2022", "50%"], notes="Résultat déjà atteint (piège): formation des acheteurs.")
    P("100% des appels d’offres publiés et sur invitation comportent des critères de développement durable.",
      [E], non=["100%"], notes="Résultat constaté, pas une cible (piège « 100 % … comportent »).")

    S("https://www.univ-grenoble-alpes.fr/universite/engagements-societaux-et-environnementaux/marches-publics-durables/marches-publics-durables-709934.kjsp?RH=1595244854592", "Marchés publics durables (Université Grenoble Alpes)")
    P("Le poids économique de l’université se traduit notamment par ses achats. Notre volonté est de poursuivre et amplifier la prise en compte du développement durable, de l’insertion sociale et des enjeux territoriaux dans notre politique d’achats, tout en respectant la réglementation.",
      [E, CS, PME], objective=True, notes="Engagement qualitatif; « enjeux territoriaux » lus comme ancrage local.", ambiguous=True)
    P("Des clauses environnementales et sociales, l’importance de l’économie locale et des circuits courts font désormais partie de toute politique d’achat. Le moins-disant ne doit pas être le seul critère, la qualité du produit ou du service rendu doit aussi être prise en compte.",
      [E, CS, PME, "alimentation_durable_bio_circuits_courts"], notes="Clauses environnementales et sociales, économie locale, circuits courts (alimentation par convention du dev, sans aliment nommé).", ambiguous=True)
    P("Depuis la loi de 2005 pour l’égalité des chances, une réflexion et un changement de pratiques ont permis aux services achats de l’université de diversifier leurs prestataires afin de soutenir des entreprises qui favorisent l’emploi de personnes traditionnellement éloignées du marché. La volonté de l’établissement est de renforcer ce lien étroit avec l’économie sociale et solidaire.",
      [ESS, CS, "marches_reserves_handicap"], objective=True, non=["2005"], notes="Loi handicap de 2005 (secteur protégé et adapté), emploi des personnes éloignées, ESS; volonté de renforcer (objectif qualitatif).", ambiguous=True)
    P("La politique des achats doit intégrer autant que possible la notion de durabilité des produits et éviter une obsolescence trop rapide. Elle doit aussi rationnaliser les achats de fournitures en responsabilisant notre communauté. Elle doit enfin veiller à la réduction des déchets.",
      [CE, E], objective=True, notes="Durabilité des produits, obsolescence, déchets; sobriété des achats.")
    P("Une des richesses de l’université est la multiplication des acteurs. Sur le plan des achats, cela se traduit par une certaine atomisation des acheteurs. Un des grands enjeux de la politique d’achat de l’université consiste à diffuser au mieux et au plus grand nombre les bonnes pratiques.",
      [G], notes="Organisation des acheteurs et diffusion des bonnes pratiques (gouvernance au sens large du dev); pourrait rester sans thème.", ambiguous=True)

    S("https://culture.u-paris.fr/cn/node/718", "Eco campus — Acheter responsable (Université Paris Cité, culture)")
    P("A l'université, chaque service, composante, laboratoire est un consommateur qui achète les fournitures dont il a besoin pour son bon fonctionnement ; achats qui prennent la forme de marchés publics soumis à appels d'offres. Depuis 2008, les critères dits environnementaux ont été progressivement introduits dans ces procédures.",
      [E], non=["2008"], notes="Critères environnementaux introduits (résultat).")
    P("Au niveau de l'imprimerie par exemple, le fournisseur de papier est labellisé FSC (Forest Stewardship Council) et PEFC (Programme for the Endorsement of Forest Certification schemes) ce qui signifie que le papetier s'engage à replanter les arbres coupés 1 pour 1.",
      [BIO, E], non=["1 pour 1"], notes="Papier issu de forêts gérées durablement (biodiversité + environnement, comme le dev).", ambiguous=True)
    P("Du côté des photocopieurs, l'entreprise retenue s'est engagée au respect des minima en termes de consommation énergétique, de nuisance sonore, d’émissions de gaz à effet de serre, de recyclage des cartouches et des matériels usagers en fin de contrat.",
      [EN, E, CE, "numerique_responsable"], notes="Photocopieurs: énergie, GES, recyclage des cartouches et du matériel (économie circulaire); matériel d'impression lu comme numérique.", ambiguous=True)
    P("Sur des marchés très importants comme celui de la fourniture d'énergie pour l'ensemble des sites, l'université a demandé aux fournisseurs des engagements pour la livraison de d'électricité en partie verte c'est-à-dire renouvelable (éolienne, solaire, hydromotrice).",
      [EN, E], notes="Électricité renouvelable.")

    S("https://www.univ-lorraine.fr/transition-ecologique/achats-responsables", "Achats responsables (Université de Lorraine)")
    P("Un achat est considéré comme responsable lorsqu’il maximise ses impacts environnementaux, sociaux et économiques positifs. Cela doit s’appliquer tout au long de son cycle de vie, tout en réduisant au minimum les effets négatifs. Cette définition correspond à la norme ISO 20400 sur les achats responsables.",
      [E, CS], non=["ISO 20400"], notes="Définition de l'achat responsable (social + environnement, convention du dev).", ambiguous=True)
    P("Par exemple, pour l’achat de rame de papier. Il peut être exigé qu’elle provienne de forêts durablement gérées ou qu’elle soit recyclée.",
      [BIO, E, CE], notes="Papier: forêts gérées durablement (biodiversité + environnement) ou recyclé (économie circulaire).", ambiguous=True)
    P("L’acte d’achat n’est pas une action anodine. Selon la Science Base Targets Initiative (SBTi), 40 % des émissions mondiales de de gaz à effet de serre (GES) sont générées, ou influencées, par les entreprises à travers leurs achats.",
      [E], non=["40 %"], notes="Chiffre de contexte (piège).")
    P("Au-delà de l’impact environnemental, les achats impliquent des enjeux sociaux et économiques. Parmi eux : la sécurisation de l’approvisionnement, le commerce équitable et le respect des droits humains dans la chaîne d’approvisionnement.",
      [E, "commerce_equitable", "conditions_de_travail"], notes="Droits humains dans la chaîne d'approvisionnement (conditions de travail, comme les rounds précédents); commerce équitable.", ambiguous=True)
    P("Ainsi, l’achat responsable est également un enjeu réglementaire : depuis 2019, il est obligatoire d’intégrer les dimensions environnementales, sociales et économiques dès la définition des besoins.",
      [E, CS], non=["2019"], notes="Obligation déjà en vigueur (« depuis »), sans niveau: pas compté comme objectif.", ambiguous=True)

    S("http://universite-paris-saclay.fr/luniversite/developpement-soutenable/reduire-nos-impacts/reduire-nos-impacts-nos-achats", "Réduire nos impacts : nos achats (Université Paris-Saclay)")
    P("Les achats constituent la plus grande part de l’empreinte carbone à l’échelle des laboratoires de recherche aussi bien que des organismes de recherche.",
      [E], notes="Empreinte carbone des achats.")
    P("L’objectif de l’Université pour ce qui concerne les achats est donc de moins consommer (éviter les achats inutiles) et de mieux consommer (réduire la quantité de produits et prestations consommées et réduire l’impact individuel des produits ou prestations consommées).",
      [E], objective=True, notes="Objectif qualitatif de sobriété (environnement au sens large, comme src4).", ambiguous=True)
    P("Lorsque le marché concerné le permet, le critère de développement durable (d’une valeur fixée à ce jour à 10 % de la note totale) est actuellement orienté de manière générale vers une appréciation du coût carbone et des mesures d'insertion sociale.",
      [E, CS], non=["10 %"], notes="Pondération actuelle d'un critère (« fixée à ce jour »): décrite comme un état, pas une cible; le dev compte parfois les pondérations comme objectifs.", ambiguous=True)
    P("Ainsi une extension de garantie sera systématiquement proposée pour faire durer les achats plus longtemps et une réflexion sera mise en place sur la possibilité de mettre en place un service de réparation de certains équipements au sein de l’Université.",
      [CE], objective=True, notes="Durée de vie, réparation (économie circulaire); engagement qualitatif (« systématiquement » non normalisé en 100 %: pas de population d'achats comptée).", ambiguous=True)
    P("La possibilité d’acquérir du matériel d’occasion sera systématiquement instruite et la mise en place d’une plateforme permettant d’échanger des biens entre les laboratoires sera étudiée.",
      [CE], objective=True, notes="Occasion et échange de biens (réemploi); engagement qualitatif.")

    S("https://www.univ-perp.fr/pour-des-achats-ecologiques-et-responsables", "Pour des achats écologiques et responsables (Université de Perpignan Via Domitia)")
    P("En effet, avec l'article 35 de la loi « Climat et Résilience », 100 % des marchés devront comporter des considérations environnementales et 30 % des considérations sociales, et ce dès août 2026.",
      [E, CS], objs=[Q(100, "%", horizon=2026, subject="marchés comportant des considérations environnementales", themes=[E]),
                     Q(30, "%", horizon=2026, subject="marchés comportant des considérations sociales", themes=[CS])],
      non=["35"], notes="Quotas présentés comme légaux (le 30 % vient du PNAD); « dès août 2026 » pris comme horizon (liste du dev), bien qu'il s'agisse d'une entrée en vigueur.", ambiguous=True)
    P("Les achats publics ne sont pas neutres puisqu’ils représentent une part importante des activités et des dépenses de l'université : 16 M€ en 2024.",
      [], non=["16 M€", "2024"], notes="Volume d'achats (piège), sans thème.")
    P("Chaque marché, chaque prestation est l’occasion de faire un choix : un choix qui peut soit reproduire des modèles de production peu soucieux des équilibres sociaux et environnementaux soit, au contraire, favoriser des pratiques durables, éthiques et solidaires.",
      [E, CS], notes="Social + environnement au sens large.", ambiguous=True)
    P("À travers le SPASER, l'UPVD formalise un cadre structurant pour les achats de l'université et transforme la commande publique en leviers puissants pour réduire l'empreinte écologique (en privilégiant des produits et services respectueux de l’environnement et sobres en ressources) ; soutenir des modèles économiques durables (en intégrant davantage les structures inclusives et les acteurs locaux) ;",
      [G, E, CS, PME], objective=True, notes="Le schéma comme cadre (gouvernance); empreinte écologique; structures inclusives (insertion) et acteurs locaux. Coupé à la fin d'un élément de liste.", ambiguous=True)

    S("https://www.seban-associes.avocat.fr/la-commande-publique-le-bras-arme-du-developpement-de-less/?id=107748", "La commande publique, le bras armé du développement de l'ESS ? (Seban Avocats)")
    P("La commande publique doit être amenée à constituer l’un des bras armés de l’économie sociale et solidaire. Le Code de la commande publique comporte déjà de nombreux outils permettant la rencontre entre les acheteurs publics et le monde de l’économie sociale et solidaire.",
      [ESS], notes="ESS et commande publique.")
    P("Bien entendu, la valeur prescriptive de cette disposition est limitée mais son insertion a une valeur symbolique forte : la commande publique a vocation à constituer un outil de progression sociale.",
      [CS], notes="Dimension sociale de la commande publique (article L. 3-1, objet de la phrase précédente).", ambiguous=True)
    P("Ainsi, aux termes de l’article L 2112-2-1 du Code de la commande publique, et à compter de l’entrée en vigueur de cette disposition, l’acheteur aura l’obligation, sauf exception, prendre en compte les considérations sociales pour déterminer les conditions d’exécution des marchés publics.",
      [CS], objective=True, non=["L 2112-2-1"], notes="Obligation légale future sans niveau chiffré écrit (objectif qualitatif, comme src3).", ambiguous=True)
    P("Un autre outil non négligeable doit être souligné : le renforcement des schémas de promotion des achats publics socialement et écologiquement responsables (SPASER).",
      [G], notes="Le schéma comme objet (gouvernance). Pas de thème social/environnemental pour le seul nom du schéma.", ambiguous=True)

    S("https://fdocuments.net/document/guide-sur-les-aspects-sociaux-de-la-lors-de-sa-transposition-laordonnance.html", "Guide sur les aspects sociaux de la commande publique, version 3, juillet 2018 (fdocuments)")
    P("Pour s’en tenir aux statistiques du nombre de clauses contenues dans les marchés on atteint 8,6 % en 2016.",
      [CS], non=["8,6 %", "2016"], notes="Résultat constaté (piège: « on atteint »).")
    P("Le sourcing ou sourçage sur la capacité du marché pertinent à répondre à de telles clauses s’est également développé, parallèlement à l’implantation progressive du réseau des facilitateurs, sans l’accompagnement desquels beaucoup de clauses ne pourraient se mettre en place.",
      [CS], notes="Facilitateurs des clauses sociales.")

    S("https://fdocuments.net/document/1-les-clauses-sociales-pourquoi.html", "Commande publique et accès à l'emploi des personnes qui en sont éloignées, guide, version 2.1, octobre 2015 (fdocuments)")
    P("Il reste des réticences du côté des acheteurs publics et les décideurs restent encore trop faiblement mobilisés. Les clauses sociales d’insertion dans les marchés publics de l’Etat et de ses établissements restent donc encore faiblement développées.",
      [CS], notes="Constat sur les clauses d'insertion.")
    P("On peut dire que les outils existent, mais il reste encore beaucoup à faire pour développer la culture du développement durable dans l’achat public.",
      [E], notes="Développement durable au sens large (environnement, convention du dev); contexte social du guide.", ambiguous=True)


    S("https://www.agence-declic.fr/actualites/a-lire-17-retours-dexperience-pour-developper-une-restauration-collective-bio-et-locale/", "17 retours d'expérience pour développer une restauration collective bio et locale (Agence Déclic)")
    P("La restauration collective en France est influencée par la loi EGalim et la loi Climat et Résilience, visant à promouvoir une alimentation de qualité et durable. Au-delà de la notion durable, la localité des produits reste un sujet prégnant également.",
      [AL, PME], notes="Alimentation durable; localité des produits lue comme approvisionnement local.", ambiguous=True)
    P("L’association BRUDED est un réseau de plus de 140 collectivités de Bretagne et Loire-Atlantique qui s’engagent dans des réalisations concrètes de développement durable et solidaire.",
      [E], non=["140"], notes="Réseau de collectivités (non d'acheteurs) engagé dans le développement durable (environnement au sens large). Nombre de membres (piège).", ambiguous=True)
    P("Ce document présente un panel d’actions concrètes portées par des communes et intercommunalités pour favoriser des restaurations collectives durables et locales, valorisant les ressources des territoires.",
      [AL, PME], notes="Restauration collective durable et locale.", ambiguous=True)

    S("https://approlocal.fr/index.php?id=6&mod=25", "La restauration collective — cuisines centrales et marchés publics (Approlocal)")
    P("Le principal enjeu de cette activité réside dans la maîtrise des coûts tout en répondant aux exigences de qualité. Dans le secteur public, l’approvisionnement en produits alimentaires est soumis au Code des Marchés Publics.",
      [AL], notes="Achat de denrées en restauration collective, sans critère durable: alimentation retenue pour le domaine, discutable.", ambiguous=True)
    P("A noter qu’il est interdit de sélectionner des produits et donc des fournisseurs en fonction de leur provenance. Restreindre son choix à une zone géographique exclurait des candidats et constituerait un délit de favoritisme.",
      [PME, AL], notes="Interdiction de la préférence locale (accès local), dans l'achat de denrées.", ambiguous=True)
    P("L’acheteur public peut cependant spécifier ces attentes en matière d’environnement et de développement durable, choisir un allotissement adapté à l’offre locale (ex : un lot pour chaque viande), pondérer judicieusement les critères de choix d’attribution (prix, environnement, etc.), ou encore définir des conditions d’exécution spécifique (traçabilité, réactivité et modalité de livraison,",
      [E, PME, AL], notes="Environnement; allotissement adapté à l'offre locale; denrées (viande). Coupé dans la parenthèse, comme l'extrait.", ambiguous=True)

    S("https://marchespublicspme.com/avant-la-reponse/acceder-facilement-aux-appels-d-offres-publics/actualites/2019/10/22/les-marches-publics-clairement-ouverts-aux-achats-innovants_14860.html", "Les marchés publics clairement ouverts aux achats innovants (marchespublicspme.com)")
    P("S’il est un secteur dans lequel les marchés publics désirent s’améliorer, c’est bien celui de l’innovation. Porteur d’espoir en ce qui concerne l’amélioration de la commande publique, c’est un domaine qui cadre également avec la volonté des pouvoirs publics de mettre le développement durable en avant.",
      [IN, E], notes="Innovation; développement durable au sens large (environnement, convention du dev).", ambiguous=True)
    P("C’est peu de dire que les principaux bénéficiaires de cette mesure sont les PME et les startups. En effet, avec des services et produits souvent orientés vers l’innovation, ces structures disposent, durant cette phase expérimentale, d’une réelle vitrine.",
      [IN, PME], notes="Expérimentation des achats innovants au profit des PME et startups.")

    S("https://www.picardiegazette.fr/2020/10/les-achats-publics-innovants-un-outil-efficace/", "Les achats publics innovants, un outil efficace (Picardie Gazette)")
    P("Le texte permet, au titre de l’innovation, de passer un marché public négocié sans publicité ni mise en concurrence préalables, pour des travaux, fournitures ou services innovants, et répondant à un besoin dont la valeur estimée est inférieure à 100 000 euros hors taxes. Il s’agit d’une expérimentation lancée pour trois ans.",
      [IN], non=["100 000 euros", "trois ans"], notes="Seuil et durée de l'expérimentation (pièges).")

    S("https://www.cfc.fr/achats-publics/achat-innovant-commande-publique.html", "Qu'est-ce qu'un achat innovant et comment le promouvoir dans la commande publique ? (CFC)")
    P("Pour les acheteurs publics, intégrer des solutions innovantes représente une opportunité de dynamiser leur action, d’améliorer la qualité des services rendus aux usagers et de soutenir l’économie locale.",
      [IN, PME], notes="Innovation; soutien à l'économie locale.", ambiguous=True)

    S("https://entrepriselyon.com/a-lyon-le-projet-buydis-lutte-contre-la-discrimination-dans-la-commande-publique", "À Lyon, le projet Buydis lutte contre la discrimination dans la commande publique (Entreprise Lyon)")
    P("Le projet BUYDIS vise à lutter contre les discriminations et promouvoir l’égalité dans l’emploi à travers les clauses des marchés publics. La ville de Lyon, qui a participé au projet, fait figure d’exemple en matière de non-discrimination.",
      [EG, CS], notes="Lutte contre les discriminations dans l'emploi (égalité, définition de la taxonomie) par des clauses (volet social).", ambiguous=True)
    P("Plusieurs collectivités (la Ville de Lyon, la Ville de Nantes et Nantes Métropole), un bureau d’étude associatif (ISM Corum) et une ONG (Migration Policy Group) se so",
      [EG], notes="Partenaires d'un projet contre les discriminations; phrase coupée par l'extrait. Sujet porté par le titre de la page.", ambiguous=True)

    S("https://colecosol.fr/actualites/le-commerce-equitable-et-les-territoires-acteurs-dune-triple-transition", "Le commerce équitable et les territoires, acteurs d'une triple transition (Colecosol)")
    P("Alors que le dernier rapport du GIEC (Groupe d'experts intergouvernemental sur l'évolution du climat) fait froid dans le dos, il incite clairement à agir. Les élu.e.s, les citoyen.ne.s sont appelé.e.s à moduler leurs habitudes de consommation.",
      [E], notes="Climat et consommation.")
    P("Le commerce équitable est une vision éthique, mais aussi un outil afin d’engager une responsabilité collective et individuelle pour des échanges plus justes.",
      [FT], notes="Commerce équitable.")
    P("La labellisation Territoire de Commerce Équitable est une démarche de progrès. Il s’agit d’un engagement sur le long terme en faveur d’achats publics socialement durables et de sensibiliser les citoyens et acteurs du territoire à une consommation responsable.",
      [FT], notes="Label territorial; « socialement durables » non étiqueté clauses sociales (pas d'insertion).", ambiguous=True)
    P("L’initiative des territoires équitables s’inscrit dans une démarche internationale avec les Fair Trade Towns et recense 2000 collectivités engagées dans le monde à travers 36 pays. En France, on compte 33 villes, départements et régions labellisés et l’Alsace n’est pas en reste.",
      [FT], non=["2000", "36", "33"], notes="Comptes de collectivités labellisées (piège).")
    P("La labellisation Territoire de Commerce Equitable résulte de cinq objectifs. Le premier est la mise en place d’un comité de pilotage multi-acteurs pour bâtir le plan. Le deuxième volet porte sur l’achat public de produits équitables.",
      [FT, G], objective=True, non=["cinq"], notes="Objectifs d'un label: comité de pilotage (gouvernance), achat équitable. Nombre d'objectifs (piège).", ambiguous=True)

    S("https://journal-des-communes.fr/politique-numerique-des-villes-verdissent-leur-empreinte", "Politique numérique : des villes verdissent leur empreinte (Journal des communes)")
    P("Le numérique a un impact environnemental conséquent. Pour le réduire les collectivités peuvent, selon le cabinet Espelia (voir ce billet d’une consultante), activer un effet de levier en maximisant la durée de vie des équipements de leur parc ou bien en sensibilisant à ces pratiques les usagers de leur territoire (via les ressourceries et tiers lieux, en luttant contre l’obsolescence des services numériques, etc).",
      [NUM, E, CE], notes="Impact environnemental du numérique; durée de vie, ressourceries, obsolescence (économie circulaire).")
    P("Pour l’heure, les collectivités commencent tout juste à intégrer cet enjeu du numérique vert dans leurs stratégies et appels d’offres.",
      [NUM], notes="Numérique vert dans les appels d'offres.")
    P("Les collectivités locales ont tout intérêt à faire précéder l’action d’un diagnostic pour identifier les sources d’impacts et les services les plus concernés.",
      [NUM], notes="Diagnostic d'impact du numérique: sujet porté par le paragraphe; pourrait aussi être lu comme pilotage.", ambiguous=True)

    S("https://www.cogitis.fr/blog/sobriete-numerique-quelles-solutions-pour-reduire-son-empreinte-environnementale/", "Sobriété numérique : quelles solutions pour réduire son empreinte environnementale ? (Cogitis)")
    P("Le numérique responsable est une démarche d’amélioration continue qui vise à réduire l’empreinte écologique et sociale du numérique. Cela concerne aussi bien les consommateurs, les professionnels, que les acteurs du secteur public.",
      [NUM, E], notes="Définition du numérique responsable (empreinte écologique).", ambiguous=True)
    P("Cette démarche est encadrée par la loi REEN et la loi AGEC, avec pour les communes et structures intercommunales de plus de 50 000 habitants, l’obligation de se doter d’une « stratégie numérique responsable » au plus tard le 1er janvier 2025.",
      [NUM, G], objective=True, non=["50 000 habitants", "1er janvier 2025"], notes="Obligation légale d'adopter une stratégie (plan: gouvernance au sens du dev), sans valeur; seuil de population (piège).", ambiguous=True)
    P("- Matériel évolutif, réparable, facile à maintenir (indice de réparabilité obligatoire depuis le 01/01/2021). - Equipements reconditionnés ou en location. - Allongement des durées de garantie du constructeur.",
      [NUM, CE], non=["01/01/2021"], notes="Critères d'achat d'équipements: réparabilité, reconditionné, garantie (économie circulaire).")
    P("- Renforcer l’accessibilité numérique pour tous : urbains et ruraux, jeunes et moins jeunes, personnes en situation de handicap ou d’illectronisme (difficulté, voire incapacité à utiliser les appareils numériques et outils informatiques).",
      [NUM], notes="Accessibilité numérique; handicap cité sans marché réservé ni emploi: pas de thème handicap.", ambiguous=True)
    P("- Augmenter le télétravail pour limiter les déplacements en véhicule polluant et diminuer l’impact des GES.",
      [E, NUM], notes="GES et déplacements, dans une liste de mesures de numérique responsable.", ambiguous=True)

    S("https://www.easyvirt.com/france-lelan-des-collectivites-vers-la-sobriete-numerique/", "France : l'élan des collectivités vers la sobriété numérique (EasyVirt)")
    P("Au cœur de la pittoresque ville de Deauville, les 20 et 21 juin derniers, le 32ème congrès du coTer numérique a ouvert ses portes, consacrant deux jours à un thème brûlant et en constante évolution : la sobriété numérique. Cet événement majeur a rassemblé 450 collectivités de toute la France,",
      [NUM], non=["20 et 21 juin", "32ème", "deux jours", "450"], notes="Congrès (piège: dates, comptes). Coupé à une virgule.")
    P("La sobriété numérique n’est pas un simple terme à la mode. Il s’agit d’une nécessité pour réduire l’impact environnemental de notre utilisation croissante des technologies numériques.",
      [NUM, E], notes="Sobriété numérique, impact environnemental.")

    S("https://vs1p.fixfr.com/doc/883288/achact-v%C3%AAtement-promotionnel-manuel-utilisateur", "Mode d'emploi de l'achat public écologique et socialement responsable, spécial vêtements de travail et promotionnels (achACT et écoconso)")
    P("Depuis le milieu des années 1990, achACT sensibilise un large public sur les conditions de travail dans l’industrie mondiale de l’habillement.",
      [CT], non=["1990"], notes="Conditions de travail dans les chaînes d'approvisionnement textiles. Guide belge, en français.")
    P("achACT réalise des démarches soutenues et concrètes vis-à-vis des consommateurs, des entreprises et des pouvoirs publics pour développer une demande et une offre de vêtements fabriqués dans le respect des droits fondamentaux des travailleurs et dans des conditions de travail décentes.",
      [CT], notes="Droits fondamentaux des travailleurs, vêtements.")
    P("écoconso est une asbl active en région wallonne et bruxelloise dont l’objectif est d’encourager des comportements de consommation plus respectueux de l’environnement et de la santé.",
      [E, "sante"], notes="Consommation respectueuse de l'environnement et de la santé.", ambiguous=True)

    S("https://preventica.com/magazine/chroniques-juridiques/relations-donneurs-dordres-entreprises-exterieures-lobligation-de-vigilance-sociale-et-environnementale-dans-tous-ses-etats-04102024", "Relations donneurs d'ordres / entreprises extérieures : l'obligation de vigilance sociale et environnementale dans tous ses états (Preventica)")
    P("Le choix d’externaliser des activités ou services hors du « cœur de métier » pour des raisons économiques, ne permet ainsi nullement de se désintéresser de la manière dont sont respectés les droits humains au travail, l’environnement ou l’éthique des affaires",
      [CT, E], notes="Devoir de vigilance: droits humains au travail (conditions de travail) et environnement.")
    P("En santé sécurité au travail, il est souvent question de l’enjeu de vigilance partagée. Ici, les choses sont similaires.",
      [CT], notes="Santé et sécurité au travail = conditions de travail (taxonomie), pas le thème santé.", ambiguous=True)


    S("https://adele-begles.fr/presentation-de-la-clause-dinsertion-2", "Présentation de la clause d'insertion (ADELE, Bègles)")
    P("Le dispositif de la clause d’insertion, permet d’utiliser la commande publique comme levier pour favoriser l’emploi des personnes rencontrant des difficultés à s’insérer professionnellement.",
      [CS], notes="Clause d'insertion.")
    P("En intégrant cette clause dans leurs marchés, les collectivités, les bailleurs sociaux ou encore des promoteurs privés, imposent aux entreprises attributaires, de réserver des heures de travail aux personnes éligibles au dispositif. Ce qui a permis en 2023 de valoriser plus de 46 900 heures d’insertion travaillées par 72 personnes dans des métiers variés tels que la construction, la rénovation, les transports et la maintenance.",
      [CS], non=["2023", "46 900 heures", "72"], notes="Bilan d'heures réalisées (piège: résultat).")

    S("https://www.journaldunet.com/management/expert/49632/handicap---comment-orienter-les-achats-vers-des-pratiques-ethiques-et-societales.shtml", "Handicap : comment orienter les achats vers des pratiques éthiques et sociétales (Journal du Net)")
    P("Le recours à la sous-traitance dans le secteur protégé et adapté permet aux entreprises de rédure leurs cotisation Agefiph tout en renforçant leur engagement sociétal.",
      [MR], notes="Achats au secteur protégé et adapté (coquilles gardées).")
    P("Un constat préoccupant : le taux de chômage des travailleurs handicapés serait plus de deux fois supérieur à celui de la population active (une donnée mesurée par le Ministère du Travail, de l'Emploi et de la Santé dans son tableau de bord sur l'emploi et le chômage des personnes handicapées, édition 2009).",
      [MR], non=["deux fois", "2009"], notes="Chiffre de contexte (piège). Emploi des personnes handicapées, dans un article sur les achats.", ambiguous=True)
    P("\"Tout employeur occupant au moins vingt salariés est tenu d'employer, à temps plein ou à temps partiel, des [travailleurs handicapés] dans la proportion de 6 p. 100 de l'effectif total de ses salariés.\" (Art. L 323-5, Loi n° 87-517du 10 juillet 1987).",
      [MR], non=["vingt", "6 p. 100", "L 323-5", "87-517", "10 juillet 1987"], notes="Quota légal d'emploi (pas d'achats): non compté comme objectif d'achat; seuil de vingt salariés (piège).", ambiguous=True)
    P("\"L'employeur peut s'acquitter partiellement de l'obligation d'emploi en passant des contrats de fournitures de sous-traitance ou de prestations de services [à hauteur de 3%] avec : 1º soit des entreprises adaptées ; 2º soit des centres de distribution de travail à domicile ; 3º soit des établissements ou services d'aide par le travail.\"",
      [MR], non=["3%", "1º", "2º", "3º"], notes="Plafond légal d'une faculté (piège), numérotation.")

    S("https://fiphfp.fr/employeurs/nos-aides-financieres/catalogue-des-interventions/avoir-recours-aux-achats-aupres-du-secteur-adapte-et-protege", "Avoir recours aux achats auprès du secteur adapté et protégé (FIPHFP)")
    P("Faire appel à des ESAT et entreprises adaptées pour des contrats de prestations de services contribue, au-delà du recrutement et du maintien dans l’emploi, à favoriser l’emploi des personnes en situation de handicap. Mettre en place de tels contrats nécessite, pour les employeurs publics, de sensibiliser acheteurs et directeurs, mais également de développer des relations de proximité avec les acteurs du secteur adapté et protégé du territoire.",
      [MR, G], notes="Secteur protégé et adapté; sensibilisation des acheteurs (gouvernance au sens du dev). « du territoire » non étiqueté accès local.", ambiguous=True)
    P("Nous gérons de façon transversale les 4 structures (Ville, Agglomération, CCAS et CCIAS) en développant une politique handicap commune avec, depuis 2013, une convention avec le FIPHFP unique. Depuis 2008, existe une volonté politique de développement des achats auprès du secteur adapté et protégé.",
      [MR], non=["4", "2013", "2008"], notes="Politique d'achats au secteur protégé (Cholet); dates et comptes (pièges).")
    P("- Elle permet également de diminuer la contribution que nous devons au FIPHFP pour les structures n’atteignant pas le taux d’emploi légal de 6% (seul le CIAS est actuellement dans cette situation).",
      [MR], non=["6%"], notes="Taux légal d'emploi cité (piège).")
    P("Accentuée à partir de 2015, cette politique s’est d’abord appuyée sur une sensibilisation des élus des communes du territoire à l’occasion d’une conférence des maires. Les directeurs, chefs de service et acheteurs volontaires, ont ensuite suivi une formation d’une journée mêlant informations juridiques et administratives sur le recours au secteur adapté et protégé",
      [MR, G], non=["2015", "une journée"], notes="Formation des acheteurs et des élus (gouvernance au sens du dev). Coupé en fin de phrase.")

    S("https://code-commande-publique.com/reemploi-des-materiaux-marches-publics", "Réemploi des matériaux et marchés publics (code-commande-publique.com)")
    P("Le réemploi désigne la pratique consistant à remettre en œuvre pour une nouvelle application un matériau ou un élément de construction provenant d’un bâtiment voué à la démolition. Cette pratique possède de nombreux bénéfices : environnementaux, sociaux, économiques et culturels.",
      [CE], notes="Réemploi des matériaux; la liste des bénéfices n'est pas étiquetée environnement/social (simple énumération).", ambiguous=True)
    P("Les différents CCAG prévoient que les documents particuliers du marché peuvent notamment prendre en compte, sur l’ensemble du cycle de vie des produits, ouvrages ou services acquis, selon la nature de l’achat, notamment « les actions en faveur du réemploi, de la réutilisation, du reconditionnement, de l’intégration de matières recyclées et du recyclage ».",
      [CE], notes="Réemploi, reconditionnement, recyclage dans les CCAG.")

    S("https://trace-groupe.com/prescrire-le-reemploi-des-materiaux-sur-une-operation-de-deconstruction-renovation-ou-rehabilitation-de-batiment", "Prescrire le réemploi des matériaux sur une opération de déconstruction, rénovation ou réhabilitation de bâtiment (Trace)")
    P("Le secteur du bâtiment génère une quantité considérable de déchets chaque année, en grande partie issus des travaux de déconstruction. Face aux enjeux environnementaux croissants, le réemploi des matériaux est devenu une solution incontournable pour réduire l’empreinte écologique des projets de construction.",
      [CE, E], notes="Déchets et réemploi; empreinte écologique.")
    P("La première étape pour favoriser le réemploi des matériaux dans un projet de déconstruction est d’effectuer un diagnostic PEMD (Produits Equipements Matériaux et Déchets). Cette étape permet d’évaluer la nature et la quantité des éléments potentiellement réemployables.",
      [CE], notes="Diagnostic PEMD.")

    S("https://site.cycle-up.fr/notre-univers-du-reemploi/bonnes-pratiques/les-marches-et-les-specificites-liees-au-reemploi/", "Les marchés et les spécificités liées au réemploi (Cycle Up)")
    P("Dans cette configuration de marché alloti, les entreprises candidates répondent aux lots séparés en soumettant pour chacun une offre de base en matériaux neufs et une variante en réemploi. L’inverse est également possible.",
      [CE], notes="Variante réemploi; l'allotissement n'est pas ici un levier d'accès des PME.")

    S("https://ekopolis.fr/ressources/fiche-integrer-la-question-du-reemploi-des-la-programmation-dun-marche-public", "[Fiche] Intégrer la question du réemploi dès la programmation d'un marché public (Ekopolis)")
    P("Le réemploi des matériaux est désormais une obligation pour les maîtrises d'ouvrage publiques. D'une part, elles doivent privilégier cette démarche par rapport à la production de déchets de chantier dans le cadre de la déconstruction ou de la réhabilitation (art. L. 541-1 et L. 541-2 du Code de l'environnement - C. env.) ;",
      [CE], objective=True, non=["L. 541-1", "L. 541-2"], notes="Obligation légale sans niveau chiffré (objectif qualitatif, comme src3).", ambiguous=True)
    P("• Étape 1 : acter politiquement l'orientation vers le réemploi • Étape 2 : identifier les opportunités en lien avec la filière sur le territoire • Étape 3 : vérifier si un diagnostic PEMD est obligatoire",
      [CE], non=["1", "2", "3"], notes="Étapes d'une démarche de réemploi (numérotation).")

    S("http://opalis.be/fr/pages/vade-mecum-fr", "Vade-mecum pour le réemploi hors-site, à l'attention des maîtres d'ouvrages publics (Opalis)")
    P("À l’heure actuelle, la récupération d'éléments de construction réutilisables se fait souvent via des contacts informels entre les entreprises en démolition et le secteur du réemploi.",
      [CE], notes="Réemploi des éléments de construction (page belge, en français).")
    P("Il en résulte un accès limité du secteur du réemploi aux chantiers présentant pourtant les possibilités les plus intéressantes en terme de récupération : la transformation de grands bâtiments publics.",
      [CE], notes="Réemploi, chantiers publics.")

    S("http://marssac-sur-tarn.fr/fr/actualite/241452/du-nouveau-dans-assiettes", "Du nouveau dans les assiettes (Marssac-sur-Tarn)")
    P("Plus de qualité à la cantine avec l’application, dès la rentrée, de la loi Egalim qui exige 50 % de la commande annuelle en produits bio et produits certifiés (Haute Qualité Environnementale, Label Rouge, AOC, IGP…).",
      [AL], objs=[Q(50, "%", per_year=True, subject="commande annuelle en produits bio et certifiés (cantine)", themes=[AL])],
      notes="Quota légal EGalim (objectif); « commande annuelle » → per_year; « dès la rentrée » sans année: pas d'horizon.", ambiguous=True)
    P("Plus de diversité aussi, avec un repas végétarien servi une fois par semaine (protéines végétales, légumineuses, céréales…).",
      [AL], objective=True, non=["une fois par semaine"], notes="Menu végétarien hebdomadaire (obligation EGalim appliquée): objectif non chiffré en % (fréquence).", ambiguous=True)

    S("https://agri-online.fr/teledeclaration-ma-cantine-en-2026-maintien-du-mode-simplifie-et-nouvel-eclairage-sur-lorigine-des-produits", "Télédéclaration « ma cantine » en 2026 : maintien du mode simplifié et nouvel éclairage sur l'origine des produits (Agri-online)")
    P("La loi EGalim, complétée par la loi Climat et résilience, fixe un objectif majeur pour la restauration collective : atteindre au moins 50% d’achats durables et de qualité, dont au moins 20% issus de l’agriculture biologique, dans les repas servis par l’ensemble des cantines française.",
      [AL], objs=[Q(50, "%", comparator=">=", subject="achats durables et de qualité en restauration collective", themes=[AL]),
                  Q(20, "%", comparator=">=", subject="achats issus de l'agriculture biologique", themes=[AL])],
      notes="Quota légal emboîté (« dont »): deux objectifs.")

    S("https://www.cnmsante.fr/cantine-bio", "Cantine bio, loi Egalim (CNM Santé)")
    P("• Les cantines scolaires doivent proposer, au minimum, 50% de produits de qualité (c’est-à-dire de produits possédant un label spécifique défini par la loi EGalim) dont 20% de produits bio.",
      [AL], objs=[Q(50, "%", comparator=">=", subject="produits de qualité dans les cantines scolaires", themes=[AL]),
                  Q(20, "%", subject="produits bio dans les cantines scolaires", themes=[AL])],
      notes="Quota légal emboîté; « au minimum » porte sur 50 %.")
    P("• La mise en place d’une démarche de lutte contre le gaspillage, en demandant aux cantines de notamment proposer des dons à des associations habilitées si elles sont en possession de denrées alimentaires encore consommables.",
      [AL, CE], objective=True, notes="Gaspillage alimentaire, dons (économie circulaire, convention du modèle 1.5.0); obligation légale non chiffrée.")

    S("https://tuffnell.fr/actualites/a-l-assemblee/item/557-publication-du-decret-loi-egalim", "Loi EGALIM : le décret est publié ! (Frédérique Tuffnell, députée)")
    P("Loi EGALIM : Le décret est publié ! D’ici 2022, 50% des produits servis dans les cantines scolaires devront être de qualité et durables, dont 20% issus de l’agriculture biologique. Une bonne nouvelle pour la santé de nos enfants et pour la transition agroécologique.",
      [AL, "sante", E], objs=[Q(50, "%", horizon=2022, subject="produits de qualité et durables servis dans les cantines scolaires", themes=[AL]),
                              Q(20, "%", horizon=2022, subject="produits issus de l'agriculture biologique", themes=[AL])],
      notes="Quota légal emboîté avec horizon; santé des enfants et transition agroécologique citées comme bénéfices.", ambiguous=True)

    S("https://www.saint-andre-de-lidon.fr/a-la-une/la-loi-egalim/", "La loi Egalim (Saint-André-de-Lidon)")
    P("Par ailleurs les cantines doivent aussi développer l’approvisionnement en produits issus du commerce équitable ainsi que l’acquisition de produits obtenus dans le cadre de projets alimentaires territoriaux – PAT bien qu’ils ne soient pas comptabilisés dans les 50%.",
      [AL, FT], objective=True, non=["50%"], notes="Obligation qualitative (commerce équitable, PAT); 50 % renvoie au quota cité plus haut (non compté ici).", ambiguous=True)
    P("Au plus tard le 1er janvier 2025, plus aucun contenant alimentaire de cuisson, réchauffe ou service ne pourra être en plastique.",
      [AL, "sante", CE], objective=True, non=["1er janvier 2025"], notes="Interdiction des contenants plastiques (motif sanitaire de la loi; réduction du plastique): objectif légal non chiffré en valeur (« plus aucun » non normalisé).", ambiguous=True)
    P("Une démarche de lutte contre le gaspillage alimentaire doit aussi être mise en œuvre.",
      [AL, CE], objective=True, notes="Gaspillage alimentaire (alimentation + économie circulaire).")

    S("https://docplayer.fr/amp/1769316-Clausier-contrats-de-performance-energetique-cpe-marches-publics-de-performance-energetique-presentation-generale.html", "Clausier Contrats de Performance Energétique (CPE) « Marchés publics de performance énergétique » (docplayer)")
    P("En France, le secteur du bâtiment consomme 43% de l énergie finale totale et génère 23% des émissions de gaz à effet de serre. Parmi l ensemble des secteurs économiques, le secteur du bâtiment est donc le plus gros consommateur d énergie.",
      [EN, E], non=["43%", "23%"], notes="Chiffres de contexte (pièges). Apostrophes perdues de l'extrait gardées.")
    P("En application de l article 2-I de la loi n 2009-967 du 3 août 2009 de programmation relative à la mise en œuvre du Grenelle de l environnement, dite «Loi Grenelle 1», la France s est fixée comme objectif de diviser par quatre les émissions de gaz à effet de serre entre 1990 et 2050, soit une moyenne de réduction de 3% par an.",
      [E], objs=[Q(4, "x", "decrease", "relative_change", horizon=2050, baseline_year=1990, subject="émissions de gaz à effet de serre", themes=[E]),
                 Q(3, "%", "decrease", "growth_rate", horizon=2050, per_year=True, subject="émissions de gaz à effet de serre", themes=[E])],
      non=["2-I", "2009-967", "3 août 2009"], notes="Facteur 4 (diviser par quatre = 4, unité x) et son rythme annuel, tous deux sur la période 1990-2050 écrite dans le passage. Objectif national, pas d'achat: gardé pour la forme.", ambiguous=True)
    P("la rénovation énergétique de tous les bâtiments de l État et de ses établissements publics doit être engagée avant fin 2012.",
      [EN], objs=[Q(100, "%", horizon=2012, subject="bâtiments de l'État dont la rénovation énergétique est engagée", themes=[EN])],
      notes="« tous les bâtiments » → 100 %; horizon « avant fin 2012 ».", ambiguous=True)
    P("Les Contrats de Performance Energétique («CPE») semblent à même de jouer un rôle central dans la réalisation des objectifs de réduction des consommations d énergie.",
      [EN], notes="CPE et consommations d'énergie.")

    S("https://nadegegrosbois.eelv.fr/2018/02/19/conseil-departemental-du-15-fevrier-2018-presentation-du-schema-departemental-des-achats-publics-responsables", "Conseil départemental du 15 février 2018 – Présentation du Schéma départemental des achats publics responsables (Nadège Grosbois, élue EELV)")
    P("En matière de transition écologique et de progrès social, le Département a, en tant qu’acteur public, un vrai rôle à jouer comme moteur du changement. Pour cela, nous disposons d’un levier puissant : la commande publique.",
      [E, CS], notes="Transition écologique et progrès social (les deux, convention du dev).", ambiguous=True)
    P("Le schéma des achats publics responsables que je vous présente ce matin est le fruit d’un travail mené par la Direction de la commande et des achats publics, en collaboration avec l’ensemble des Directions. Il permet à la fois d’établir un bilan des actions déjà mises en place et surtout de se fixer de nouveaux objectifs pour les années à venir.",
      [G], notes="Présentation du schéma en séance, élaboration, bilan (gouvernance).")
    P("La réforme du droit de la commande publique votée en 2016 légitime les actions que nous pouvons jouer en faveur du développement durable et le rôle de levier que nous pouvons jouer en la matière.",
      [E], non=["2016"], notes="Développement durable au sens large.", ambiguous=True)
    P("Dans ce but, la définition précise de nos besoins devra être l’occasion d’une analyse de l’impact de nos achats sur l’ensemble de leur cycle de vie.",
      [E], objective=True, notes="Engagement: analyse du cycle de vie (volet écologique annoncé juste avant).", ambiguous=True)

    S("https://www.economie.gouv.fr/dae/un-engagement-fort-de-letat-pour-le-developpement-des-considerations-sociales-dans-ses-marches", "Un engagement fort de l'État pour le développement des considérations sociales dans ses marchés (Direction des achats de l'État)")
    P("La clause sociale d’insertion reste largement utilisée, et concerne près de 77% des marchés intégrant une considération sociale. Il a également souligné le rôle crucial des facilitateurs et coordinateurs régionaux dans la mise en œuvre et le suivi des clauses sociales, garantissant ainsi leur bonne exécution.",
      [CS], non=["77%"], notes="Résultat constaté (piège). Suivi des clauses par les facilitateurs: dispositif d'insertion, pas le pilotage d'un schéma.", ambiguous=True)
    P("François Adam a ensuite fait un point d’avancement sur l’élaboration du schéma de promotion des achats publics socialement et économiquement responsables (SPASER) 2025/2027 de l’État. Ce projet, piloté par la DAE, vise à renforcer l’utilisation des clauses sociales d’insertion, tout en diversifiant les secteurs et les publics bénéficiaires, et en améliorant les modalités de suivi et d’exécution de ces clauses.",
      [G, CS], objective=True, non=["2025/2027"], notes="Élaboration et pilotage du schéma de l'État (gouvernance); objectif qualitatif sur les clauses d'insertion. Période du schéma (pas d'horizon).")

    S("https://3ar-na.fr/articles/la-structuration-de-la-politique-achats-responsables-au-departement-des-landes/", "La structuration de la politique « achats responsables » au Département des Landes (3AR)")
    P("Aujourd’hui, le principal cadre politique en matière d’achat responsable est le plan de développement de l’Economie Sociale et Solidaire 2018-2021. Celle-ci intègre en effet l’élaboration d’un Schéma de Promotion des Achats Socialement et Ecologiquement Responsables (SPASER), bien que le Département soit en dessous du seuil des 100M €.",
      [G, ESS], non=["2018-2021", "100M €"], notes="Plan ESS et élaboration volontaire du schéma sous le seuil (gouvernance). Période et seuil (pièges).")
    P("Dans le cadre des financements européens, des postes de facilitateurs de clauses sociales sont également intégrés et positionnés auprès du Département et par convention auprès des différents donneurs d’ordre publics / privés du territoire.",
      [CS], notes="Facilitateurs des clauses sociales.")
    P("Chaque marché est systématiquement interrogé sous cet angle par la Direction en charge de la commande, la Direction de la Commande Publique et la facilitatrice au sein de la Direction de la Solidarité. Un bilan annuel est présenté à l’Assemblée départementale.",
      [CS, G], notes="Clauses sociales examinées pour chaque marché (pratique en place, pas un objectif); bilan annuel en assemblée (gouvernance).", ambiguous=True)
    P("En ce qui concerne la dimension environnementale, elle est moins explicitement rattachée à la commande publique.",
      [E], notes="Volet environnemental.")

    S("https://www.rcp-alsace.eu/news/89/63/Comment-favoriser-linsertion-par-lactivit%C3%A9-%C3%A9conomique-dans-les-march%C3%A9s-publics.html", "Comment favoriser l'insertion par l'activité économique dans les marchés publics ? (Rencontres de la commande publique, Alsace)")
    P("L’URSIEA fédère et représente ses adhérentes, les structures d’insertion en Alsace. Celles-ci peuvent se positionner sur plusieurs types de marchés publics : tous les marchés qui comportent des clauses sociales, mais aussi des marchés spécifiques comme les marchés réservés, ou les marchés d’insertion (où la prestation achetée est de l’insertion).",
      [CS], notes="Structures d'insertion (IAE); marchés réservés à l'IAE, non au handicap.", ambiguous=True)
    P("• Les entreprises d’insertion : elles s’adressent à des publics éloignés de l’emploi, avec des contrats de travail d’une durée de 24 mois maxi pour construire et finaliser avec eux un parcours d’insertion socioprofessionnel durable. Le chiffre d’affaire de ces entreprises représente 80% des leurs ressources, les 20% restants sont une aide au poste versée par l’Etat.",
      [CS], non=["24 mois", "80%", "20%"], notes="Description des entreprises d'insertion (pièges).")

    S("https://considerant.fr/insertion-commande-publique/", "L'insertion par la commande publique ? (Considérant)")
    P("• les marchés publics peuvent, tout d’abord, comporter des clauses sociales d’exécution (nombre minimum d’heures d’insertion par exemple), assorties de clauses de contrôle et de sanction.",
      [CS], notes="Clauses sociales d'exécution.")

    S("https://grapho-avocats.com/commandepublique-zoom-sur-lachat-public-responsable-et-les-acteurs-de-linsertion/", "#Commandepublique : zoom sur l'achat public responsable et les acteurs de l'insertion des publics éloignés de l'emploi (Grapho Avocats)")
    P("Au plan national, le troisième plan national pour des achats durables (PNAD) reprend les objectifs de commande publique durable dans la droite ligne des objectifs de développement durable (ODD) de l’Agenda 2030.",
      [G, E], non=["2030"], notes="Plan national (gouvernance au sens du dev); développement durable (environnement). « Agenda 2030 » = nom, pas un horizon.", ambiguous=True)
    P("Le PNAD fixe comme objectif pour 2025, qu’un minimum de 30 % des marchés notifiés au cours de l’année comprennent au moins une considération sociale.",
      [CS], objs=[Q(30, "%", horizon=2025, comparator=">=", subject="marchés notifiés comprenant au moins une considération sociale", themes=[CS])],
      notes="Cible du PNAD; « au cours de l'année » définit le comptage: per_year false.")

    S("https://www.ao-and-you.fr/index.php/2023/01/10/les-marches-publics-au-service-de-linsertion/", "Les marchés publics au service de l'insertion (AO & You)")
    P("L’État a intégré dans la réglementation du Code de la Commande Publique des dispositions qui visent à inciter (et même obliger, depuis le mois d’août) les acheteurs publics à intégrer des clauses en faveur de l’insertion.",
      [CS], notes="Obligation déjà en vigueur (« depuis »): pas un objectif.", ambiguous=True)

    S("https://www.vms-asso.fr/realiser-des-travaux/", "Réaliser des travaux (VMS, atelier et chantier d'insertion)")
    P("De nombreuses communes soumettent des projets à l’association. En s’engageant dans cette démarche, les municipalités concrétisent leur engagement en matière de développement durable : création d’emplois locaux, accompagnement des personnes les plus fragiles et protection de l’environnement.",
      [E, CS], notes="Chantier d'insertion: personnes fragiles (insertion), environnement; « emplois locaux » non étiqueté accès local (pas d'entreprise).", ambiguous=True)

    S("http://www.aliasoutremer.org/Alias-News/Collectivites-locales-ESS-00086.html", "Les collectivités locales et l'ESS (Alias Outre-mer)")
    P("Les collectivités locales sont des partenaires privilégiés des associations et entreprises de l’ESS, tout particulièrement les départements dont une des principales compétences est justement de nature sociale.",
      [ESS], notes="Collectivités et ESS.")
    P("favoriser le développement de l’innovation sociale, pour répondre aux besoins sociaux non satisfaits et générer de la croissance et des créations d’emplois",
      [ESS], objective=True, notes="Axe d'une stratégie ESS; « innovation sociale » n'est pas l'achat innovant. Élément « 2. » d'une liste numérotée, copié sans son numéro (tranche contiguë).", ambiguous=True)
    P("Le premier levier dont disposent les collectivités locales pour soutenir les entreprises de l’ESS est celui des aides publiques, qu’il s’agisse du versement d’argent sous forme de subventions ou d’aides indirectes du type mise à disposition d’équipements ou de personnels.",
      [ESS], notes="Soutien public à l'ESS (subventions), hors marchés.")
    P("Sachant que ces soutiens publics représentent plus de 54 % du financement des entreprises en cause, la loi du 31 juillet est venue à bon escient rappeler quelques règles et principes",
      [ESS], non=["54 %", "31 juillet"], notes="Part actuelle du financement (piège). Coupé comme l'extrait.")

    S("https://chellesautrement.over-blog.com/article-19546338.html", "Lancement d'une plate-forme d'échanges sur les achats publics durables (Chelles autrement)")
    P("Le groupe de travail national des réseaux territoriaux ''Commande publique et développement durable'' a lancé le 28 avril sa plate-forme électronique qui permet le recueil et la recherche de contacts et de documents visant à faciliter le développement des achats publics durables.",
      [G, E], non=["28 avril"], notes="Réseaux d'acheteurs et outil de partage (gouvernance); achats publics durables (environnement au sens large, convention du dev).", ambiguous=True)
    P("La plate-forme permet le recensement des initiatives relatives aux achats responsables via des documents réalisés par ses utilisateurs (ex : délibérations, cahiers des charges, guides…). Ces documents sont référencés en fonction des types d'achats, de considérations environnementales ou sociales, de structures publiques à l'origine de ces initiatives...",
      [G], notes="Outil de partage entre acheteurs (gouvernance); les considérations environnementales ou sociales ne sont que des catégories de classement, non étiquetées.", ambiguous=True)

    S("https://issuu.com./ministere-sante/docs/hcefh__guide_pratique_com_sans_ster", "Guide pratique pour une communication publique sans stéréotype de sexe (Haut Conseil à l'Égalité, novembre 2015, Issuu)")
    P("Pour renverser cette tendance, l’Etat et les collectivités territoriales se doivent d’être exemplaires, notamment via l’utilisation de l’argent public destiné à la communication.",
      [EG], notes="Égalité femmes-hommes et dépense publique de communication (stéréotypes de sexe).", ambiguous=True)
    P("Nous savons pouvoir compter sur vous pour utiliser et diffuser ce Guide en interne comme à vos prestataires extérieurs afin qu’il devienne un outil de référence. Le faire vivre, c’est faire de l’égalité entre les femmes et les hommes une réalité pour toutes et tous ! »",
      [EG], notes="Diffusion aux prestataires extérieurs; égalité femmes-hommes.")
