"""Evaluation-only real passages labelled for themes, set 11 (``corpora/real-fresh-themes/passages11.jsonl``); never
train on them.

Collected as sets 1 to 10 (``src.py`` ... ``src10.py``) were, on other hosts: each page's usable opening (as returned
by the project's search tool, corpus "pages") is transcribed passage by passage, verbatim except for runs of spaces,
and labelled with **all** its themes with the shared real dev set's conventions. No theme model was run on these
passages while collecting or labelling (blind). Objective fields are left minimal (``is_objective`` false, no
objectives): this set is for themes only. Pages are French-language pages of law firms, legal information sites and
consultancies (lawyers, jurists, purchasing consultancies, training), of the regional and local press of France, and
the French pages of European and international bodies (EU institutions and agencies, OECD, UN agencies, the
Francophonie); no page of a French authority or State body, no company's own CSR page. Every page is about responsible
purchasing, public procurement, buyers or suppliers, social and environmental clauses, sustainable food, waste or
climate policy as it touches purchasing; at most 8 passages per page.
"""
# ruff: noqa: E501

from passage_checks import AL, BIO, CE, CEQ, CS, CT, EFH, EN, ESS, INNO, MR, NUM, PME, SA, E, G


def load(S, P, Q) -> None:

    S("https://bl-avocats.fr/news/marches-publics-le-social-et-lenvironnemental-a-lhonneur", "Marchés publics : le social et l'environnemental à l'honneur (BL Avocats)")
    P("Marchés publics : le social et l'environnemental à l'honneur",
      [CS, E], notes="Titre: clauses sociales et environnementales (« le social » lu comme clause sociale par la page).", ambiguous=True)
    P("Alors que la jurisprudence administrative s’est longtemps montrée réticente à leur utilisation au nom de la neutralité de la commande publique, 10% des marchés supérieurs à 90.000 euros conclus par les ministères et les établissements publics de l’Etat devront comporter une clause sociale d’ici 2015, et 15% des mêmes marchés, une disposition environnementale.",
      [CS, E], notes="Part de marchés avec clause sociale et disposition environnementale.")
    P("Qu’est-ce qu’un « marché comportant une clause sociale ou environnementale » ?",
      [CS, E], notes="Clause sociale ou environnementale.")
    P("Selon le « Guide de la mesure des résultats » publié par le Service des Achats de l’État (SAE), le 2 avril 2014, la portée de ces clauses pourra être variée.",
      [CS, E, G], notes="Guide de mesure des résultats (suivi, indicateurs) sur « ces clauses » sociales et environnementales.", ambiguous=True)
    P("En second lieu, de clauses relatives aux spécifications techniques du marché (matériel utilisé, sources d’énergie consommée, cycle de vie du projet) ou relatives aux conditions d’exécution du contrat (part minimum de travailleurs handicapés pour l’exécution ou obligation de recyclage des déchets produits).",
      [E, EN, CE, MR], notes="Exemples de clauses: énergie consommée, cycle de vie, travailleurs handicapés (part minimale, pas une clause d'insertion), recyclage des déchets; clause environnementale par le contexte.", ambiguous=True)
    P("En revanche, la seule présence d’un critère de sélection environnemental ou social au stade de la procédure de passation ne saura, en elle-même, emporter la qualification du marché en « marché comportant une clause sociale ou environnementale ».",
      [E, CS], notes="Critère et clause environnementale ou sociale (qualification pour la mesure des résultats: suivi?).", ambiguous=True)
    P("Encore faudra-t-il que la présence d’un critère social ou environnemental « [ait eu] pour conséquence d’entraîner l’inscription d’au moins une clause [environnementale ou sociale] dans le contrat » (Guide précité, p.8).",
      [E, CS], notes="Critère et clause sociale ou environnementale.")
    P("Enfin, notons également l’arrivée de la Loi sur l’Économie Sociale et Solidaire, adoptée en première lecture à l’Assemblée nationale le 20 mai dernier.",
      [ESS], notes="Loi ESS.")

    S("https://admys-avocats.com/le-name-and-shame-de-la-commande-publique-durable", "Le name and shame de la commande publique durable (ADMYS Avocats)")
    P("Le name and shame de la commande publique durable",
      [E, G], notes="Titre: commande publique durable (développement durable → environnement); « name and shame » = publicité des résultats (suivi?).", ambiguous=True)
    P("Il est ADMYS qu’alors que la commande publique a pu connaitre des sujets ambitieux et transversaux au cours de ses différentes réforme, la récente montée en puissance des questions relatives au développement durable a conduit à bouleverser la pratique des acheteurs eu égard au renforcement des contraintes pesant sur les services en charge de l’achat.",
      [E], notes="Développement durable dans la commande publique (convention: environnement).")
    P("Matthieu KLUCZYNSKI, avocat associé du cabinet, dans un éditorial pour la revue Contrats Publics du Moniteur, de mars 2024, revient sur le décret paru le 21 février 2024 accentuant les obligations d’acquisitions des biens issus de l’économie circulaire à compter du 1er juillet 2024.",
      [CE], notes="Obligations d'achat de biens issus de l'économie circulaire (AGEC).")

    S("https://charrel.kaneva.tech/livre-orange", "Livre Orange – Manifeste pour une commande publique environnementale (Charrel Avocats)")
    P("Manifeste pour une commande publique environnementale",
      [E], notes="Commande publique environnementale.")
    P("Le 9 décembre 2015, dans l’intensité des derniers jours de la COP 21, Nicolas CHARREL et Thomas GASPAR, avocats du Cabinet CHARREL & Associés, ont publié le Livre Orange de la COmmande Publique durable dans lequel ils proposaient 10 mesures concrètes pour rendre la commande publique plus durable.",
      [E], notes="Commande publique durable, COP 21 (environnement).")
    P("L’objectif de ce Livre Orange de la COmmande Publique durable était de participer au débat en proposant une traduction rapide dans le droit de la commande publique en pleine refonte, des objectifs de développement durable.",
      [E], notes="Développement durable (convention: environnement).")
    P("Plus de cinq ans plus tard, force est de constater que si les choses commencent à bouger, les propositions en cours de discussion autour du projet de loi « Climat et résilience » restent non seulement encore tardives dans les projections de leurs mises en œuvre (encore cinq ans ?)",
      [E], notes="Tranche 1/2 d'une phrase de plus de 70 mots: loi Climat et résilience.")
    P("mais surtout totalement insuffisantes pour disposer d’outils efficaces pour intégrer une réelle commande publique devant cette fois être davantage centrée sur les préoccupations environnementales.",
      [E], notes="Tranche 2/2: commande publique centrée sur les préoccupations environnementales.")
    P("L’urgence climatique est clairement avérée, l’urgence juridique pressante.",
      [E], notes="Urgence climatique.")
    P("Le Livre Orange de la Commande Publique Durable de 2015, dans sa version réactualisée devient évidemment un Livre Orange de la Commande Publique Environnementale, avec la mise en avant de dix mesures.",
      [E], notes="Commande publique environnementale.")
    P("Ces quelques mesures, à partager, développer, renforcer sûrement, concernent l’ensemble du parcours de l’achat public.",
      [E], notes="« Ces mesures » = les dix mesures environnementales (thème par le contexte).", ambiguous=True)

    S("https://www.dgavocats.fr/verdissement-de-la-commande-publique-une-avancee-encore-brumeuse/", "Verdissement de la commande publique : une avancée encore brumeuse (DGA Avocats)")
    P("Alors que le projet de loi Climat et résilience, adopté le 4 mai dernier en première lecture par l’Assemblée nationale et qui devrait être examiné par le Sénat en séance publique à compter du 15 juin, suscite de nombreuses controverses, son article 15, qui prévoit de renforcer la prise en compte de considérations environnementales dans la commande publique, figure parmi les mesures les plus consensuelles.",
      [E], notes="Considérations environnementales dans la commande publique.")
    P("Pourtant, les implications concrètes de certaines dispositions de cet article demeurent encore assez floues.",
      [E], notes="« cet article » = l'article environnemental de la loi (thème par la phrase précédente).", ambiguous=True)
    P("Lire l’article ici : Verdissement de la commande publique : une avancée encore brumeuse",
      [E], notes="Verdissement de la commande publique.")

    S("https://unops.org/fr/news-and-stories/news/harnessing-the-power-of-public-procurement-to-promote-decent-work", "Exploiter le pouvoir des achats publics pour promouvoir le travail décent (UNOPS)")
    P("Exploiter le pouvoir des achats publics pour promouvoir le travail décent",
      [CT], notes="Travail décent par les achats publics (conditions de travail).")
    P("Un nouveau rapport de l’UNOPS souligne comment les achats publics peuvent soutenir la création d’emplois décents et favoriser une croissance économique durable.",
      [CT], notes="Emplois décents (conditions de travail); « croissance économique durable » n'est pas un thème environnemental.", ambiguous=True)
    P("La promotion de l’égalité des chances est au cœur des Objectifs de développement durable, en particulier l’objectif 8, qui vise à assurer une croissance économique soutenue, le plein emploi productif et le travail décent pour tous et toutes.",
      [CT, EFH], notes="Travail décent (ODD 8); égalité des chances lue comme non-discrimination (égalité), sans mention des femmes.", ambiguous=True)
    P("Pour y parvenir, il importe de créer des politiques et initiatives qui favorisent la création d’emplois, des environnements de travail sûrs ainsi que l’entrepreneuriat et l’innovation.",
      [CT], notes="Environnements de travail sûrs; l'innovation citée n'est pas un achat innovant.", ambiguous=True)
    P("Les chaînes d’approvisionnement mondiales sont de plus en plus complexes et interconnectées, et l’immense pouvoir d’achat du secteur public a un rôle crucial à jouer pour favoriser la durabilité économique, sociale et environnementale grâce à des pratiques responsables.",
      [E, CS], notes="Durabilité sociale et environnementale des achats (convention: environnement, et clauses sociales quand le social est nommé).", ambiguous=True)
    P("Les achats publics constituent un puissant vecteur de travail décent pour tous et toutes en promouvant l’inclusion sociale, l’équité et l’utilisation optimale des ressources. »",
      [CT, CS], notes="Travail décent; inclusion sociale (insertion?).", ambiguous=True)
    P("Parallèlement à la Journée mondiale pour le travail décent, l’UNOPS a publié un nouveau rapport intitulé « Promouvoir le travail décent par les achats publics ».",
      [CT], notes="Travail décent par les achats publics.")

    S("https://cordis.europa.eu./article/id/229960-regional-networks-for-thriving-sustainable-and-innovative-procurement/fr", "Établir des réseaux régionaux pour promouvoir les marchés publics à visée innovante et durable (CORDIS, Commission européenne)")
    P("Établir des réseaux régionaux pour promouvoir les marchés publics à visée innovante et durable",
      [G, INNO, E], notes="Réseaux d'acheteurs (gouvernance); marchés innovants et durables.")
    P("Le potentiel que représentent les marchés publics et qui permettrait de s’attaquer efficacement aux problématiques liées au changement climatique et à l’inclusion sociale est largement reconnu.",
      [E, CS], notes="Changement climatique; inclusion sociale (insertion).", ambiguous=True)
    P("Cependant, la mise en place de politiques d’achats publics innovants et durables reste très inégale en Europe.",
      [INNO, E], notes="Achats innovants et durables.")
    P("Les acheteurs publics ne sont pas toujours conscients de l’impact de leurs décisions d’achat sur la promotion d’un développement durable.",
      [E, G], notes="Développement durable; manque de sensibilisation des acheteurs (gouvernance?).", ambiguous=True)
    P("Le consortium SPP Regions est convaincu que la collaboration au niveau local et régional entre les municipalités et d’autres organisations du secteur public est un moyen efficace de faire disparaitre ces barrières.",
      [G], notes="Coopération et réseaux d'acheteurs publics (gouvernance); le sujet durable est porté par le contexte.", ambiguous=True)
    P("«Il existe un potentiel énorme au niveau européen pour échanger des informations et des idées en matière de produits et de services durables, de spécifications des appels d’offres et de procédures/méthodes de passation des marchés, ainsi que des conseils sur les activités de création de réseaux elles-mêmes», explique Simon Clement, coordinateur du projet au nom de ICLEI Europe.",
      [G, E], notes="Échanges et réseaux (gouvernance) sur les produits et services durables.")
    P("Au cours des trois dernières années, SPP Regions est parvenu à mettre en place de nouveaux réseaux ou à renforcer ceux qui existaient déjà dans sept régions européennes: Copenhague, Rotterdam, Turin, Bristol, Barcelone, la région ouest de la France et Gabrovo.",
      [G], notes="Réseaux régionaux d'achat durable (gouvernance).")

    S("http://sppregions.eu/francais/", "Introduisant SPP Regions (projet européen SPP Regions, ICLEI)")
    P("SPP Regions vise à promouvoir la création et l’expansion de 7 réseaux européens d’entités publiques travaillant ensemble sur la commande publique durable et l’innovation.",
      [G, E, INNO], notes="Réseaux d'acheteurs (gouvernance); commande publique durable et innovation.")
    P("Les marchés en lien avec le projet visent à atteindre 54.3 GWH/an d’économies d’énergie primaire et déclencher la production de 45 GWh/an d’énergie renouvelable.",
      [EN], notes="Économies d'énergie et énergie renouvelable (objectif chiffré, non noté ici).")
    P("L’énergie dans la construction public",
      [EN], notes="Élément de liste: domaine prioritaire des marchés.")
    P("Alimentation et services de restauration",
      [AL], notes="Élément de liste: domaine prioritaire des marchés durables (restauration).", ambiguous=True)
    P("Le projet vise à renforcer les réseaux et les échanges à un niveau européen en développant le réseau de commande publique durable européen Procura+.",
      [G, E], notes="Réseau européen de commande publique durable.")
    P("Guides de bonnes pratiques sur les relations avec les fournisseurs, sur le coût du cycle de vie, les spécifications basées sur les performances et la commande publique circulaire",
      [G, CE], notes="Guides (gouvernance); coût du cycle de vie et commande publique circulaire.")
    P("Trois outils de calcul du CO2 et de calcul des économies d’énergie",
      [E, EN], notes="CO2 et économies d'énergie.")
    P("42 études de cas éco-innovantes",
      [INNO, E], notes="Éco-innovation.", ambiguous=True)

    S("https://va-infos.fr/?p=5649", "La commande publique locale, c'est possible ! (VA Infos, Valenciennes)")
    P("La commande publique locale, c’est possible !",
      [PME], notes="Commande publique locale (entreprises du territoire).")
    P("Le jeudi 26 janvier 2017, un Observatoire régional de la commande publique (ORCP) a été installé au sein de la CCI des Hauts-de-France sur Lille.",
      [G, PME], notes="Observatoire (suivi) de la commande publique à la CCI, pour l'accès des entreprises locales (par la page).", ambiguous=True)
    P("Thierry Devimeux, sous-préfet de Valenciennes, a fait de cette thématique de terrain un cheval de bataille sur le Valenciennois.",
      [PME], notes="« cette thématique » = la commande publique locale (par le contexte).", ambiguous=True)
    P("La commande publique soutient l’activité locale",
      [PME], notes="Intertitre: activité locale.")
    P("Michel Lalande, à l’occasion des voeux au sein de la Sous-Préfecture de Valenciennes, avait lancé une banderille «dix plus tôt, il était impensable de parler de la notion de commande publique locale».",
      [PME], notes="Commande publique locale.")
    P("En 2017, le circuit court, l’offre de proximité, le soutien à l’économie locale voire régionale fait sens et ne conduit plus à une crise existentielle sur la légalité des pouvoirs publics.",
      [PME], notes="Économie locale; « circuit court » au sens général, pas alimentaire.", ambiguous=True)
    P("Aujourd’hui, l’offre publique peut être un peu madrée afin de donner un coup de pouce aux acteurs économiques locaux.",
      [PME], notes="Acteurs économiques locaux.")
    P("«Pour cela, il faut des responsables politiques et des administratifs bien formés aux subtilités du code des marches publics, et qu’ils puissent travailler en réseau, échanger leurs expériences… et osent demander des choses atypiques afin d’encourager l’innovation», explique-t-il.",
      [G, INNO, PME], notes="Formation et réseau des acheteurs (gouvernance); encourager l'innovation; but: commande locale (« Pour cela »).", ambiguous=True)

    S("https://www.radioevasion.net/2020/01/28/davantage-de-produits-bio-et-locaux-dans-les-cantines-du-finistere/", "Davantage de produits bio et locaux dans les cantines du Finistère (Radio Évasion)")
    P("Adoptée le 1er novembre 2018 et appliquée progressivement, la loi Egalim comprend plusieurs volets.",
      [AL], notes="Loi EGalim (alimentation).")
    P("Le premier concerne les revenus des agriculteurs pour une répartition plus équitable de la richesse entre producteurs et distributeurs.",
      [AL], notes="Revenus des agriculteurs (EGalim); « plus équitable » n'est pas le commerce équitable labellisé.", ambiguous=True)
    P("Dans le second volet, il est question des modes de production (réduction des pesticides), du bien-être animal, des déchets plastique et de l’alimentation.",
      [AL, BIO, CE], notes="Pesticides (biodiversité, taxonomie), déchets plastique, alimentation.")
    P("Au 1er janvier 2022, la restauration collective devra intégrer au moins 20% de produits issus de l’agriculture biologique, 50% de produits bénéficiant de labels ou issus des circuits courts (label rouge, appellation d’origine, indication géographique, spécialité traditionnelle garantie, mention “issus d’une exploitation de haute valeur environnementale”, mention “fermier” ou “produit de la ferme” ou “produit à la ferme”).",
      [AL], notes="Quotas EGalim en restauration collective.")
    P("Des collectivités du Finistère pionnières du bio et du local à la cantine",
      [AL], notes="Intertitre: bio et local à la cantine.")
    P("Cette thématique de l’alimentation de qualité en restauration collective est récurrente au sein du réseau Bruded qui rassemble des communes et communautés de communes de toute la Bretagne autour des pratiques de développement durable.",
      [AL, G, E], notes="Alimentation de qualité; réseau de communes (gouvernance?); développement durable (convention: environnement).", ambiguous=True)
    P("L’association a ainsi accompagné des initiatives pionnières en la matière : à Rosnoën, ou encore Roscoff et Saint-Rivoal, les élus ont fait le choix de revenir à une confection des repas en régie communale, avec des produits issus de l’agriculture biologique et/ou locale.",
      [AL], notes="Repas en régie avec produits bio et locaux.")
    P("Dans le département voisin du Morbihan, trois communes se sont associées pour partager une cuisine qui sert 60 % de repas en bio.",
      [AL], notes="Repas bio (résultat).")

    S("https://paysan-breton.fr/2019/05/la-bio-en-marche-en-restauration-collective", "La bio en marche en restauration collective (Paysan Breton)")
    P("« 20 % de bio dans les restaurants collectifs, c’est possible », soulignent les membres d’Agrobio 35.",
      [AL], notes="Bio en restauration collective.")
    P("La loi Égalim va imposer aux restaurants collectifs publics de s’approvisionner à hauteur de 50 % en aliments de qualité* et 20 % en bio ou en conversion, d’ici 2022.",
      [AL], notes="Quotas EGalim.")
    P("« Cet objectif de 20 % est tout à fait possible, en introduisant des produits bruts et de saison, des légumineuses, en luttant contre le gaspillage.",
      [AL, CE], notes="Bio, produits de saison; gaspillage (alimentaire, par le contexte: convention alimentation + déchets).", ambiguous=True)
    P("À compter du 30 octobre 2019, pour deux ans, une expérimentation d’un repas végétarien hebdomadaire va aussi être menée dans les restaurants scolaires.",
      [AL], notes="Repas végétarien (expérimentation légale EGalim, pas un achat innovant).")
    P("« Le gaspillage alimentaire et le coût vont être évalués. »",
      [AL, CE], notes="Gaspillage alimentaire (convention: alimentation + déchets); évaluation de l'expérimentation, pas du schéma.", ambiguous=True)
    P("« Le personnel de la cuisine travaille sur une bonne gestion des stocks, la lutte contre le gaspillage et nous avons mis en place un groupement de commandes. »",
      [AL, CE], notes="Gaspillage en cuisine (alimentaire); groupement de commandes.", ambiguous=True)

    S("https://paysan-breton.fr/2019/06/la-charte-regionale-il-fait-bio-dans-mon-assiette-seduit", "La charte régionale « Il fait Bio dans mon assiette » séduit (Paysan Breton)")
    P("Seize utilisateurs et douze fournisseurs de la restauration collective se sont engagés en signant une charte qui vise à introduire de plus en plus de bio dans les assiettes.",
      [AL, G], notes="Bio en restauration collective; charte (gouvernance, convention).", ambiguous=True)
    P("20 % de produits bio, en valeur, dans les assiettes de la restauration collective, dès 2022.",
      [AL], notes="Quota EGalim de bio.")
    P("Beaucoup de collectivités sont déjà engagées sur l’approvisionnement local et/ou bio.",
      [AL], notes="Approvisionnement alimentaire local et bio (par la page).")
    P("63 % des produits proviennent actuellement de filières de qualité (labels, Bleu-Blanc-Cœur, poissons frais…) et 34 % sont des produits bio.",
      [AL], notes="Produits de qualité et bio (résultats).")
    P("Nous voulons développer l’approvisionnement en local de protéagineux.",
      [AL], notes="Approvisionnement local alimentaire.")

    S("https://www.europarl.europa.eu/doceo/document/TA-7-2010-0173_FR.html", "Résolution du Parlement européen du 18 mai 2010 sur l'évolution de la passation de marchés publics (Parlement européen)")
    P("Résolution du Parlement européen du 18 mai 2010 sur l'évolution de la passation de marchés publics (2009/2175(INI))",
      [], notes="Titre de la résolution: pas de thème.")
    P("–  vu la communication de la Commission du 5 mai 2009 intitulée «Contribuer au développement durable: le rôle du commerce équitable et des systèmes non gouvernementaux d'assurance de la durabilité liés au commerce» (COM(2009)0215),",
      [CEQ, E], notes="Commerce équitable; développement durable (convention: environnement).")
    P("–  vu la communication de la Commission du 16 juillet 2008 relative à des marchés publics pour un environnement meilleur (COM(2008)0400),",
      [E], notes="Marchés publics pour un environnement meilleur.")

    S("https://www.bismuth.fr/:fr:actualites:actus:public:20140916", "Commande publique et égalité homme-femme : le paradoxe de la loi du 4 aout 2014 (Bismuth Avocats)")
    P("Commande publique et égalité homme-femme : le paradoxe de la loi du 4 aout 2014.",
      [EFH], notes="Égalité femmes-hommes dans la commande publique.")
    P("L’article 16 de la loi du 4 août 2014 ne lésine pas sur les moyens pour intégrer des objectifs sociétaux dans les marchés publics.",
      [EFH], notes="« objectifs sociétaux » = égalité femmes-hommes (loi du 4 août 2014, par le titre).", ambiguous=True)
    P("En effet cette dernière décision interdit de soumissionner à un marché de commande publique les sociétés ayant fait l’objet depuis moins de cinq ans d’une condamnation inscrite au bulletin n°2 du casier judiciaire pour l’infraction de l’article L. 1146-1 du code du travail, c'est-à-dire la méconnaissance des dispositions relatives à l’égalité professionnelle entre les femmes et les hommes.",
      [EFH], notes="Interdiction de soumissionner pour méconnaissance de l'égalité professionnelle.")
    P("Egalement, les entreprise n’ayant pas mis en œuvre la négociation sur les objectifs d’égalité professionnelle et salariale entre les femmes et es hommes dans l’entreprise prévue à l’article L. 2242-5 du code du travail se verront refuser de candidater à un marché de commande publique.",
      [EFH], notes="Égalité professionnelle et salariale.")
    P("En vigueur dès le 1er décembre 2014 et appelée « approche intégrée » de la politique pour l’égalité homme femme, cette décision a le mérite de souligner la position claire du gouvernement concernant la poursuite de la lutte pour l’égalité homme femme par tout les moyens, en exprimant fermement ses objectifs sociétaux.",
      [EFH], notes="Égalité femmes-hommes.")
    P("Les procédures de candidature à un marché de commande sont complexes sans avoir besoin d’y ajouter des nouveaux dispositifs de contrôle.",
      [PME, EFH], notes="Complexité des candidatures pour les entreprises (simplification: accès des PME?); contrôles liés à l'égalité (par le contexte).", ambiguous=True)
    P("A l’heure où le développement du recours à la commande publique sous toutes ses formes – marché publics, partenariats publics-privés, MAPA, etc. – est de plus en plus fréquent et où l’Etat incite de plus en plus sur la simplification des moyens de soumission à un marché de commande publique, cette décision semble paradoxale.",
      [PME, EFH], notes="Simplification des candidatures (accès des entreprises); « cette décision » = mesure d'égalité.", ambiguous=True)

    S("https://p9plus.pragma9.fr/procedures-de-passation/le-partenariat-dinnovation/", "Le partenariat d'innovation (Pragma9, P9plus)")
    P("Un partenariat d’innovation ne peut être conclu qu’à la condition qu’il n’existe aucune solution disponible sur le marché susceptible de répondre au besoin de l’acheteur (différence avec le dialogue compétitif, où cette certitude n’existe pas) (Article L2172-3 CCP).",
      [INNO], notes="Partenariat d'innovation.")
    P("Cette procédure est sous-tendue par l’idée que la commande publique soutient l’innovation en permettant le financement avant la mise en production de la solution.",
      [INNO], notes="Commande publique et innovation.")
    P("Développement (prototype, maquette) ;",
      [INNO], notes="Élément de liste: phase du partenariat d'innovation (prototype).", ambiguous=True)
    P("Le financement des phases avant production ne doit pas être disproportionné par rapport au coût de la solution.",
      [INNO], notes="Phases du partenariat d'innovation (par la page).", ambiguous=True)
    P("Le partenariat définit à l’avance les différentes phases, les modalités de sélection des solutions, les modalités de sorties des solutions non retenues, la répartition des droits de propriété intellectuelle.",
      [INNO], notes="Partenariat d'innovation.")

    S("https://krieger-avocats.lu/blog/blog-detail.html?blogcategory=0&blogidarticle=525&blogidcatsideback=14&blogmonthback=-1&blogpage=1&blogstartmonth=7", "Marchés publics - Le partenariat d'innovation (Krieger Avocats, Luxembourg)")
    P("Marchés publics - Le partenariat d’innovation",
      [INNO], notes="Partenariat d'innovation.")
    P("Récemment, divers pouvoirs adjudicateurs luxembourgeois ont lancé une procédure d’adjudication en vue d’aboutir à la conclusion d’un « partenariat d’innovation ».",
      [INNO], notes="Partenariat d'innovation.")
    P("Le Gov tech lab vient aussi de lancer une telle procédure d’attribution ayant pour objet l’accessibilité et l’inclusion numérique, sous le titre « AccessiLingua ».",
      [INNO, NUM], notes="Partenariat d'innovation sur l'accessibilité et l'inclusion numérique (numérique responsable, taxonomie).")
    P("La procédure du partenariat d’innovation vise principalement à combler les insuffisances des dispositifs prévus par la directive 2004/18/CE, qui se révèlent dans certaines hypothèses de marchés de recherche et développement, lesquelles ont été soulevées par la pratique.",
      [INNO], notes="Partenariat d'innovation, recherche et développement.")
    P("Il a en effet été considéré comme « absolument primordial de tirer pleinement parti du potentiel des marchés publics pour atteindre les objectifs de la stratégie Europe 2020 pour une croissance intelligente, durable et inclusive »[2] et qu’à ce titre, les marchés publics étaient essentiels pour promouvoir l’innovation, « qui est très importante pour la croissance future en Europe ».",
      [INNO], notes="Innovation par les marchés publics; « croissance durable et inclusive » (stratégie Europe 2020) non comptée comme environnement ou insertion.", ambiguous=True)

    S("http://www.fao.org/school-food/areas-work/inclusive-procurement/fr/", "Des méchanismes d'achat et des chaînes de valeur inclusifs (FAO, Alimentation scolaire et nutrition)")
    P("L’alimentation scolaire issue de la production locale est une approche qui consiste à établir des liens entre les écoles, qui ont besoin d’aliments sains, variés et nutritifs pour leurs élèves, et la production des agriculteurs et entreprises locaux.",
      [AL], notes="Alimentation scolaire issue de la production locale.")
    P("Elle permet d’améliorer le développement économique des petits exploitants et des communautés locales, et de renforcer le lien entre nutrition, agriculture et protection sociale, par l’intermédiaire des écoles.",
      [AL], notes="Approvisionnement des écoles auprès des petits exploitants (par la phrase précédente).", ambiguous=True)
    P("Lorsque l’objectif est de fournir des repas sains, elle peut aussi améliorer la disponibilité d’aliments nutritifs et de produits frais et l’accès à ceux-ci, tant pour les enfants que pour les agriculteurs, et redonner toute leur importance aux aliments nutritifs traditionnels.",
      [AL, SA], notes="Repas sains et nutritifs pour les enfants (santé des enfants à la cantine?).", ambiguous=True)
    P("Les programmes qui s’inscrivent dans cette logique peuvent également être conçus de façon à promouvoir des pratiques agricoles tenant compte de la nutrition, des principes de l’agroécologie et/ou des enjeux climatiques.",
      [AL, E], notes="Agroécologie et enjeux climatiques de l'approvisionnement alimentaire.")
    P("Faire des écoles un débouché commercial pour la production des petits exploitants nécessite un ensemble de politiques et de lois de nature à créer un environnement porteur.",
      [AL], notes="Achats des écoles auprès des petits exploitants.")

    S("http://www.fao.org/news/story/pt/item/195377/icode/", "Les avantages de l'approvisionnement des repas scolaires par les petits producteurs locaux (FAO)")
    P("Les avantages de l’approvisionnement des repas scolaires par les petits producteurs locaux",
      [AL], notes="Repas scolaires et producteurs locaux.")
    P("En outre, tous les pays concernés ont manifesté leur intérêt à acheter la nourriture destinée aux repas scolaires auprès des petits agriculteurs comme moyen d'encourager le développement local.",
      [AL], notes="Achat de denrées auprès des petits agriculteurs.")

    S("https://banquemondiale.org/fr/news/press-release/2015/07/21/world-bank-procurement-framework", "La Banque mondiale adopte un nouveau cadre de passation des marchés (Banque mondiale, communiqué, 2015)")
    P("WASHINGTON, 21 juillet 2015 – Le Conseil des administrateurs de la Banque mondiale a approuvé aujourd’hui le nouveau cadre de procédures qui régiront désormais la passation des marchés dans les projets financés par la Banque.",
      [], notes="Procédure générale de passation: pas de thème.")
    P("Il repose sur une approche qui promeut l’optimisation de l’emploi des fonds, le développement durable et l’intégrité.",
      [E], notes="Développement durable (convention: environnement).", ambiguous=True)
    P("Fait sans précédent, toutes les décisions d’attribution des marchés pourront être fondées non seulement sur le critère du moins-disant mais aussi sur la qualité et la durabilité.",
      [E], notes="Critère de durabilité dans l'attribution (convention: environnement).", ambiguous=True)
    P("Il confère à la Banque la marge et la capacité nécessaires pour augmenter considérablement son aide en faveur de l’amélioration des systèmes de passation des marchés dans les pays eux-mêmes, ce qui aidera ces derniers à obtenir de meilleurs résultats sur le plan de leur développement.",
      [], notes="Appui aux systèmes nationaux de passation: pas de thème.")

    S("http://www.unwomen.org/fr/about-us/procurement/gender-responsive-procurement", "L'achat sensible au genre (ONU Femmes)")
    P("L’achat sensible au genre",
      [EFH], notes="Achat sensible au genre.")
    P("ONU Femmes œuvre pour que toutes ses activités, y compris les processus d’achat, soutiennent son mandat : réaliser l’égalité des sexes et l’autonomisation des femmes.",
      [EFH], notes="Égalité des sexes dans les achats.")
    P("La sensibilité au genre des achats adoptée par ONU Femmes joue donc un rôle essentiel dans cette réalisation de l’égalité des sexes et de l’autonomisation des femmes.",
      [EFH], notes="Égalité des sexes.")
    P("Un achat sensible au genre consiste à sélectionner des services, des biens et des travaux publics qui prennent en considération leur impact sur l’égalité des sexes et l’autonomisation des femmes.",
      [EFH], notes="Égalité des sexes.")
    P("À ce titre, ONU Femmes a mis en place des outils qui visent à accroître la part de marché des fournisseurs femmes dans ses dépenses d’achat.",
      [EFH], notes="Part des fournisseurs femmes.")
    P("Pour ce faire, les organisations onusiennes mettent en œuvre davantage de processus qui introduisent la diversité parmi les fournisseurs.",
      [EFH], notes="Diversité des fournisseurs (femmes, par le contexte).", ambiguous=True)
    P("ONU Femmes définit une entreprise dirigée par des femmes comme une entité légale dans tout domaine qui est détenue, gérée et contrôlée à plus de 51 pour cent par une ou plusieurs femmes.",
      [EFH], notes="Entreprises dirigées par des femmes (définition).")

    S("https://intracen.org/fr/taxonomy/term/69", "ITC et ONU Femmes : Une campagne mondiale pour des marchés publics sensibles au genre (Centre du commerce international)")
    P("ITC et ONU Femmes : Une campagne mondiale pour des marchés publics sensibles au genre",
      [EFH], notes="Marchés publics sensibles au genre.")
    P("Cela représente une énorme opportunité de croissance pour les petites entreprises.",
      [PME], notes="Marchés publics et petites entreprises.")
    P("Pourtant, seul 1 % des marchés publics sont attribués à des entreprises dirigées par des femmes, et ce, malgré le fait que les femmes soient à la tête d'une entreprise sur trois dans le monde.",
      [EFH], notes="Entreprises dirigées par des femmes (constat chiffré).")
    P("Les entreprises dirigées par des femmes, qui sont généralement de taille plus petite, sont confrontées à des obstacles spécifiques lorsqu'elles soumissionnent aux marchés publics.",
      [EFH, PME], notes="Entreprises de femmes, plus petites: obstacles d'accès aux marchés.")
    P("Des appels d'offres groupés ;",
      [PME, EFH], notes="Élément de liste: obstacle (absence d'allotissement) pour les entreprises de femmes.", ambiguous=True)
    P("Des procédures complexes ;",
      [PME, EFH], notes="Élément de liste: obstacle (complexité) pour les entreprises de femmes.", ambiguous=True)
    P("Donner aux entrepreneures une chance égale de traiter avec leur gouvernement bénéficie pourtant à tout le monde.",
      [EFH], notes="Égalité des chances des entrepreneures.")
    P("Pour les entreprises dirigées par des femmes, l'obtention de tels contrats leur permet de développer leurs activités et d'exporter, ce qui se traduit par une augmentation des emplois à la fois pour les femmes et les hommes.",
      [EFH], notes="Entreprises dirigées par des femmes.")
