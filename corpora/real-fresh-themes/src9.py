"""Evaluation-only real passages labelled for themes, set 9 (``corpora/real-fresh-themes/passages9.jsonl``); never
train on them.

Collected as sets 1 to 8 (``src.py`` ... ``src8.py``) were, on other hosts: each page's usable opening (as returned by
the project's search tool, corpus "pages") is transcribed passage by passage, verbatim except for runs of spaces, and
labelled with **all** its themes with the shared real dev set's conventions. No theme model was run on these passages
while collecting or labelling (blind). Objective fields are left minimal (``is_objective`` false, no objectives): this
set is for themes only. Pages are French-language pages from Switzerland (cantons, cities, federal law, Swiss
associations and press), Canada/Québec (municipal federations, cities, Québec organisations and press), francophone
Africa (Senegal's procurement regulator and press, a West and Central African procurement network, Mauritian press) and
international or European bodies writing in French (ILO, an EU project); no page from France, Belgium, Luxembourg or
Monaco. Every page is about responsible purchasing, procurement, buyers or suppliers; at most 8 passages per page.
"""
# ruff: noqa: E501

from passage_checks import AL, BIO, CE, CEQ, CS, CT, EFH, EN, ESS, INNO, NUM, PME, SA, E, G


def load(S, P, Q) -> None:

    S("https://gazette.vd.ch/fileadmin/user_upload/archives/2014/255/index.html", "La Gazette (Etat de Vaud, 2014) : achats durables de la Centrale d'achat de l'Etat de Vaud (CADEV)")
    P("La Centrale d’achat de l’Etat de Vaud (CADEV) achète le matériel de bureau, le matériel informatique et les fournitures selon des critères de développement durable en collaboration avec l’UDD.",
      [E, NUM], notes="Critères de développement durable (convention: environnement) pour des achats dont le matériel informatique (numérique?).", ambiguous=True)
    P("«Ces critères varient en fonction des objets. Généralement, on évalue toute la chaîne de production et pas seulement le produit final», explique Eric Aellen, directeur de la CADEV.",
      [E], notes="Critères durables évalués sur toute la chaîne de production (environnement par la phrase précédente).", ambiguous=True)
    P("Pour une table en bois, la CADEV vérifiera dans la mesure des moyens existants la provenance du bois, la manière dont il est transformé, les différents produits utilisés dans la composition du produit fini et l’engagement social de l’entreprise.",
      [BIO, E, CS], notes="Provenance du bois (forêts: biodiversité?), produits utilisés, engagement social du fournisseur (volet social?).", ambiguous=True)
    P("«Pour les achats du quotidien, les fournisseurs de la centrale d’achat s’engagent à respecter les aspects du guide romand pour les marchés publics les concernant, notamment les aspects liés aux charges sociales du soumissionnaire, le respect des usages professionnels et des conditions de base relatives à la protection des travailleurs,",
      [CT], notes="Tranche d'une longue phrase: charges sociales, usages professionnels, protection des travailleurs chez les fournisseurs.")
    P("l’égalité de traitement entre hommes et femmes, le respect des prescriptions fédérales et cantonales de la législation sur la protection de l'environnement» complète-t-il.",
      [EFH, E], notes="Suite de la phrase: égalité hommes-femmes et protection de l'environnement exigées des fournisseurs.")
    P("La CADEV s’appuie également sur le Guide des achats professionnels responsables, publié en 2010 par l’UDD en collaboration avec le Canton de Genève et la Confédération.",
      [G, E], notes="Guide des achats responsables (outil: gouvernance); achats responsables (convention: environnement).", ambiguous=True)
    P("Dans le cadre des achats informatiques, la CADEV fait partie du partenariat des achats informatiques romands (PAIR) qui est une association sans but lucratif.",
      [NUM, G], notes="Achats informatiques groupés; partenariat d'acheteurs (réseau: gouvernance?).", ambiguous=True)

    S("https://blogs.verts-vd.ch/marthaler/2010/achats-responsables-vaud-et-geneve-partagent-leurs-connaissances-sur-la-toile", "Achats responsables: Vaud et Genève partagent leurs connaissances sur la toile (blog, Verts vaudois)")
    P("Achats responsables: Vaud et Genève partagent leurs connaissances sur la toile",
      [E, G], notes="Titre: achats responsables (convention: environnement); partage de connaissances entre acheteurs (gouvernance?).", ambiguous=True)
    P("Par “achats responsables”, on désigne la prise en compte des critères environnementaux et sociaux pour la sélection des fournitures et services: mobilier, papeterie, articles de bureau, matériel informatique, services de nettoyage, véhicules, déplacements, etc.",
      [E, CS], notes="Critères environnementaux et sociaux (volet social → clauses sociales?); la liste d'objets n'est pas un thème.", ambiguous=True)
    P("Vaste sujet, d’autant que les critères et labels sont nombreux!",
      [E], notes="Critères et labels des achats responsables (écolabels par le contexte).", ambiguous=True)
    P("Les centrales d’achats des cantons de Vaud et de Genève travaillent depuis longtemps sur les “achats verts” et les deux cantons se sont associés pour partager leurs connaissances du sujet via un site Internet (http://www.achats-responsables.ch/).",
      [E, G], notes="Achats verts; plate-forme commune de conseil aux acheteurs (gouvernance).")
    P("Pour faire conn tre cette plate-forme de conseil gratuite, ils viennent d’éditer, en collaboration avec l’Office fédéral du développement territorial (ARE) et l’Association des communes genevoises (ACG), une brochure dans la série Jalons publiée par l’Unité de Développement Durable (UDD) du Département des infrastructures (DINF).",
      [G], notes="Brochure et plate-forme de conseil aux acheteurs (communication, outils). Coquille « conn tre » gardée.")
    P("Notre impact sur l’environnement et la société résulte bien sûr de nos comportements et de nos modes de production, mais aussi de ce qui se cache derrière nos achats.",
      [E], notes="Impact environnemental (et social) des achats.", ambiguous=True)
    P("Les acheteurs professionnels disposent des compétences pour aller plus loin, comparer les labels et leurs systèmes de contrôle, prendre en compte les conditions sociales de production, les matériaux, les emballages, les transports ou encore les conditions d’élimination ou de recyclage en fin de vie.",
      [E, CT, CE], notes="Labels, conditions sociales de production (conditions de travail), emballages, recyclage en fin de vie.")
    P("Les centrales d’achats vaudoise et genevoise passent chaque année des commandes pour plusieurs dizaines de millions de francs.",
      [], notes="Volume d'achats des centrales: aucun thème.")

    S("https://fqm.ca/chronique-sam/comment-favoriser-lacquisition-ecoresponsable", "Comment favoriser l'acquisition écoresponsable (Fédération québécoise des municipalités)")
    P("Le Québec fait face à des enjeux environnementaux, tels que les changements climatiques, la perte de biodiversité et la gestion des déchets.",
      [E, BIO, CE], notes="Climat, biodiversité, déchets: enjeux posés en tête d'une chronique sur l'approvisionnement.", ambiguous=True)
    P("Les municipalités jouent un rôle central dans la lutte contre ces défis en tant qu’actrices de premier plan dans la gestion des ressources naturelles, la protection de l’environnement et la promotion du développement durable.",
      [E], notes="Environnement et développement durable (rôle des municipalités; achats par la page).", ambiguous=True)
    P("L’approvisionnement responsable implique la sélection et l’achat de biens et de services en tenant compte de leur impact social, économique et environnemental.",
      [E, CS], notes="Définition: impact social et environnemental des achats (volet social → clauses sociales?).", ambiguous=True)
    P("Il s’agit d’un processus stratégique qui vise à maximiser les bénéfices tout en minimisant les impacts négatifs sur la société et l’environnement.",
      [E], notes="Impacts sur la société et l'environnement (approvisionnement responsable par le pronom).", ambiguous=True)
    P("En adoptant cette approche, les municipalités peuvent non seulement réduire leur empreinte écologique, mais aussi contribuer à la lutte contre les changements climatiques, la préservation des ressources naturelles et la promotion d’une économie circulaire.",
      [E, CE], notes="Empreinte écologique, climat, économie circulaire.")
    P("De plus, l’approvisionnement responsable offre des avantages tangibles pour les municipalités elles-mêmes.",
      [E], notes="Approvisionnement responsable (convention: environnement).", ambiguous=True)
    P("En investissant dans des produits et services de qualité, durables et éthiques, les municipalités peuvent réduire les coûts à long terme, améliorer la satisfaction des citoyens et renforcer leur réputation en tant que leader en développement durable.",
      [E], notes="Produits durables; développement durable (convention: environnement).", ambiguous=True)

    S("https://fqm.ca/chronique-sam/integrer-le-developpement-durable-dans-son-approvisionnement", "Intégrer le développement durable dans son approvisionnement (Fédération québécoise des municipalités)")
    P("Nous constatons de plus en plus l’existence de mouvements de société envers la protection de l’environnement, le développement durable, l’achat local et le soutien aux entreprises d’économie sociale.",
      [E, PME, ESS], notes="Environnement, achat local, entreprises d'économie sociale.")
    P("Dans le cadre de son règlement de gestion contractuelle, elle peut assurément favoriser l’achat local ou les entreprises d’économie sociale.",
      [PME, ESS], notes="Achat local et entreprises d'économie sociale dans le règlement de gestion contractuelle.")
    P("Concrètement, cela peut se faire en inscrivant dans son règlement qu’elle est prête dans ses achats faits de gré à gré, sous les seuils d’appel d’offres publics, à payer une prime de quelques pourcents sur le plus bas prix conforme.",
      [PME, ESS], notes="Prime de prix pour l'achat local ou l'économie sociale (objet porté par « cela »).", ambiguous=True)
    P("Une autre stratégie consisterait, dans ses demandes de prix et dans ses appels d’offres sur invitation, à cibler des entreprises locales, des entreprises d’économie sociale sur le territoire québécois, ou encore à faire appel à des entreprises qui détiennent une certification environnementale, telle qu’ISO 14001.",
      [PME, ESS, E], notes="Entreprises locales, économie sociale, certification environnementale.")
    P("Lorsque les achats sont au-dessus des seuils d’appel d’offres public, il n’est plus possible d’appliquer de telles stratégies.",
      [PME, ESS], notes="Stratégies d'achat local et d'économie sociale (par « telles stratégies ») limitées sous les seuils.", ambiguous=True)
    P("Elle pourrait inclure dans son devis d’appel d’offres une exigence sur une certification environnementale à détenir par le soumissionnaire.",
      [E], notes="Exigence de certification environnementale du soumissionnaire.")

    S("https://edilexpert.edilex.com/2023/05/01/criteres-de-developpement-durable-dans-les-contrats-publics-ou-en-sommes-nous/", "Critères de développement durable dans les contrats publics : où en sommes-nous ? (Edilex, Québec)")
    P("La loi 12 (Loi visant principalement à promouvoir l’achat québécois et responsable par les organismes publics, à renforcer le régime d’intégrité des entreprises et à accroître les pouvoirs de l’Autorité des marchés publics)[1] a introduit de nouvelles règles en matière de développement durable dans la Loi sur les contrats des organismes publics[2].",
      [E, PME], notes="Développement durable dans les contrats publics; achat québécois (achat local?).", ambiguous=True)
    P("Plus précisément, les organismes doivent dorénavant privilégier l’inclusion, dans leurs documents d’appels d’offres, d’au moins une condition relative au caractère responsable de l’acquisition, sur le plan environnemental, social ou économique.",
      [E, CS], notes="Condition responsable environnementale ou sociale dans les appels d'offres (volet social → clauses sociales?).", ambiguous=True)
    P("Toutefois, les critères de développement durable se feraient toujours rares dans les appels d’offres publics selon un article publié dans le journal La Presse[3].",
      [E], notes="Critères de développement durable (convention: environnement).")
    P("L’application de ceux-ci serait compliquée et les responsables des achats publics manqueraient d’outils afin de les appliquer.",
      [E, G], notes="Critères durables (par le pronom); manque d'outils des acheteurs (gouvernance?).", ambiguous=True)
    P("La 5e orientation de cette stratégie est de « créer un État exemplaire qui agit en faveur de l’innovation » et l’objectif 5.4 de cette orientation est d’« utiliser les marchés publics comme levier de croissance durable »[4].",
      [INNO, E, G], notes="État exemplaire pour l'innovation; marchés publics levier de croissance durable; orientation d'une stratégie (gouvernance?).", ambiguous=True)
    P("Selon un portrait partiel des acquisitions gouvernementales dressé par le Secrétariat du Conseil du trésor, la proportion des acquisitions responsables ne serait que de 5,8%[5].",
      [G, E], notes="Mesure de la part d'acquisitions responsables (suivi); acquisitions responsables (convention: environnement).", ambiguous=True)
    P("Selon la Stratégie, le gouvernement « fixe à 15 % la cible à atteindre par les organisations publiques en matière d’acquisitions responsables d’ici le 31 mars 2026 »[7].",
      [E, G], notes="Cible d'acquisitions responsables (environnement par convention; pilotage par cible?).", ambiguous=True)

    S("https://carrefourdequebec.com/?p=71137", "La Ville de Québec lance un programme d'approvisionnement écoresponsable (Carrefour de Québec)")
    P("La Ville de Québec a lancé un programme d’approvisionnement écoresponsable pour renforcer ses pratiques durables.",
      [E], notes="Approvisionnement écoresponsable.")
    P("Ce programme s’inscrit dans la Politique d’approvisionnement durable et vise à favoriser l’achat de biens et services respectueux de l’environnement.",
      [E], notes="Achats respectueux de l'environnement.")
    P("En vertu de l’article 573.3.1.2.1 de la Loi sur les cités et villes, les municipalités peuvent adopter des politiques d’acquisition responsables.",
      [G, E], notes="Adoption de politiques d'acquisition (pilotage); acquisitions responsables (convention: environnement).", ambiguous=True)
    P("La Politique de la Ville de Québec repose sur deux piliers : l’éthique et l’écoresponsabilité.",
      [E, G], notes="Écoresponsabilité; piliers d'une politique d'achat (gouvernance?).", ambiguous=True)
    P("Elle permet à la Ville de conclure des contrats pour des biens, services ou travaux qui soutiennent le développement local et l’emploi.",
      [PME, CS], notes="Développement local (entreprises locales); emploi (insertion?).", ambiguous=True)
    P("« On veut réduire l’empreinte écologique de la Ville et de ses fournisseurs, mais aussi collaborer étroitement avec eux pour qu’ils développent de nouvelles pratiques en matière d’écoresponsabilité.",
      [E], notes="Empreinte écologique de la Ville et des fournisseurs.")
    P("Le Règlement sur la gestion contractuelle prévoit qu’un contrat dont la dépense est sous le seuil de l’appel d’offres public peut être conclu sans mise en concurrence si le fournisseur répond aux critères d’approvisionnement durable de la Ville.",
      [E], notes="Critères d'approvisionnement durable (convention: environnement).")
    P("Pour les contrats de valeur plus élevée, au-dessus du seuil de l’appel d’offres public, la certification écoresponsable bénéficiera aux fournisseurs, car elle pourra devenir un prérequis pour soumissionner.",
      [E], notes="Certification écoresponsable des fournisseurs.")

    S("https://monquartier.quebec/2024/approvisionnement-achat-local/", "Approvisionnement : la Ville veut prioriser l'achat local (Mon Quartier, Québec)")
    P("Approvisionnement : la Ville veut prioriser l’achat local",
      [PME], notes="Titre: achat local.")
    P("Pour favoriser l’achat local dans ses appels au marché, la Ville de Québec intègrera dorénavant des critères écoresponsables à ses règles d’approvisionnement.",
      [PME, E], notes="Achat local; critères écoresponsables.")
    P("Adoptée mercredi, la Politique d’approvisionnement durable est une actualisation de l’ancienne règlementation municipale qui datait de 2014.",
      [E, G], notes="Adoption d'une politique d'approvisionnement (gouvernance); durable (convention: environnement).", ambiguous=True)
    P("« La nouvelle Politique favorise l’approvisionnement auprès de fournisseurs locaux, ce qui soutient notre communauté d’affaires et le développement de l’économie sociale, tout en réduisant le coût environnemental de nos acquisitions », fait valoir le vice-président du comité exécutif responsable des approvisionnements et ressources matérielles, Pierre-Luc Lachance.",
      [PME, ESS, E], notes="Fournisseurs locaux, économie sociale, coût environnemental.")
    P("Cette politique vise à soutenir davantage l’entrepreneuriat local et « la communauté d’affaires de l’agglomération de Québec, incluant la Nation huronne-wendat ».",
      [PME], notes="Entrepreneuriat local.")
    P("La Ville mettra notamment en place un programme de soutien à la relève entrepreneuriale, afin de permettre « l’émergence de nouveaux fournisseurs de biens et services, en plus de maintenir une concurrence élevée dans les appels d’offres publics ».",
      [PME], notes="Soutien à l'émergence de nouveaux fournisseurs (accès des petites entreprises).", ambiguous=True)
    P("La municipalité élèvera aussi la limite du seuil d’appels d’offres publics, de 100 000 $ à 133 800 $, soit le seuil indexé par le gouvernement du Québec (décrété jusqu’au 31 décembre 2025).",
      [], notes="Relèvement d'un seuil de procédure: aucun thème (lien avec l'achat local seulement par la page).", ambiguous=True)

    S("https://walf-groupe.com/blog/2024/04/24/saer-niang-dg-arcop-au-senegal-le-nouveau-code-des-marches-publics-exige-des-achats-ecologiques/", "Saer Niang, DG ARCOP : au Sénégal, le nouveau Code des marchés publics exige des achats écologiques (Walf, Sénégal)")
    P("Les marchés publics représentent pour l’Afrique environ 11 ;5% du PIB des pays de la sous-région soit un total d’environ 80 milliards de dollars dépensés chaque année en biens, services et travaux, selon l’institut Open Contracting.",
      [], notes="Poids économique des marchés publics: aucun thème. Coquille « 11 ;5% » gardée.")
    P("La formation aux Achats publics durables (APD) qui s’est ouvert ce mardi 23 avril dernier à Dakar est pour se préparer à apporter des changements selon Saer NIANG, Directeur général de l’ARCOP (Autorité de régulation de la commande publique) qui renchérit : « les marchés publics sont au cœur du progrès environnemental, social et économique.",
      [G, E], notes="Formation des acheteurs aux achats durables (gouvernance); progrès environnemental (et social).", ambiguous=True)
    P("Aux cours des prochains jours, nous parlerons de l’importance de l’approvisionnement durable, des mesures pratiques que vous pouvez prendre et des outils que vous pouvez utiliser pour en faire une réalité »",
      [E, G], notes="Approvisionnement durable; contenu d'une formation, outils (gouvernance?).", ambiguous=True)
    P("Selon Saer NIANG: « Dans le passé, la commande publique en Afrique était beaucoup plus axée sur la dimension administrative et juridique afin d’assurer les règles de transparence nécessaires et les conditions d’égal accès à ce marché»",
      [], notes="Transparence et égal accès: principes généraux de la commande publique, aucun thème.", ambiguous=True)
    P("«Au Sénégal, le nouveau Code des marchés publics exige des autorités contractantes, des achats écologiques et des techniques réduisant l’impact nocif sur l’environnement », conclut-il.",
      [E], notes="Achats écologiques exigés par le code.")

    S("https://arcop.sn/?p=12446", "Commande publique durable : Dakar au cœur de la transition verte africaine (ARCOP, Sénégal)")
    P("COMMANDE PUBLIQUE DURABLE : Dakar au cœur de la transition verte africaine",
      [E], notes="Titre: commande publique durable, transition verte.")
    P("Sous l’impulsion de l’Autorité de régulation de la commande publique (ARCOP), le Sénégal confirme son leadership en matière d’innovation et de transformation durable de la commande publique.",
      [E, INNO], notes="Transformation durable; « innovation » de la commande publique au sens large (achats innovants?).", ambiguous=True)
    P("Ce lundi 12 mai 2025, la capitale sénégalaise a accueilli l’ouverture officielle de la 3e édition de l’atelier international sur les achats publics durables (APD), réunissant plus de 75 experts de la commande publique en provenance de 14 pays de l’Afrique de l’Ouest et du Centre.",
      [E, G], notes="Achats publics durables; atelier d'experts (formation, réseau: gouvernance?).", ambiguous=True)
    P("À l’occasion, le Directeur général de l’ARCOP a engagé un plaidoyer fort pour une commande publique inclusive, transparente et résolument tournée vers la durabilité.",
      [E, CS], notes="Durabilité; commande publique « inclusive » (insertion?).", ambiguous=True)
    P("Organisé à l’Institut de Régulation de la Commande publique (IRCOP), bras technique de la formation de l’ARCOP, cet atelier de haut niveau est le fruit d’un partenariat entre l’ARCOP, la Banque mondiale et le cabinet Merill Solutions Ltd.",
      [G], notes="Atelier de formation des acheteurs (gouvernance).", ambiguous=True)
    P("Il se veut un espace de renforcement des capacités, de dialogue stratégique et de diffusion des bonnes pratiques en matière d’achats publics intégrant les exigences sociales, environnementales et économiques.",
      [G, E, CS], notes="Renforcement des capacités, bonnes pratiques (gouvernance); exigences sociales et environnementales.", ambiguous=True)

    S("https://ledakarois.sn/tag/les-achats-publics-durables/amp", "Les achats publics durables (Le Dakarois, Sénégal)")
    P("Cette approche, intégrant des considérations économiques, sociales et environnementales, s’inscrit dans une démarche de développement durable du pays.",
      [E, CS], notes="Considérations sociales et environnementales des achats publics durables (volet social → clauses sociales?).", ambiguous=True)
    P("Le nouveau Code des marchés publics place l’achat public durable comme un objectif essentiel pour toutes les autorités contractantes et les entreprises intervenant dans la passation des marchés.",
      [E], notes="Achat public durable (convention: environnement).")
    P("Les APD offrent l’avantage d’intégrer des critères économiques, sociaux et environnementaux dans la sélection des fournisseurs et la réalisation des projets.",
      [E, CS], notes="Critères sociaux et environnementaux de sélection (volet social → clauses sociales?).", ambiguous=True)
    P("Le volet économique favorise l’accès des petites et moyennes entreprises (PME) ainsi que des acteurs de l’économie sociale et solidaire à la commande publique, tandis que le volet social encourage l’emploi des femmes, des jeunes et des personnes vivant avec un handicap.",
      [PME, ESS, CS, EFH], notes="Accès des PME et de l'ESS; emploi des femmes, des jeunes et des personnes handicapées (publics d'insertion: pas un marché réservé; femmes → égalité?).", ambiguous=True)
    P("En outre, le volet environnemental des APD est considéré comme essentiel pour assurer la durabilité des projets et la préservation de l’environnement.",
      [E], notes="Volet environnemental.")
    P("La formation sur les APD, financée par la Banque mondiale et réunissant des experts de plusieurs pays d’Afrique de l’Ouest et du Centre, vise à renforcer les capacités des établissements chargés de passer des marchés publics.",
      [G, E], notes="Formation et renforcement des capacités des acheteurs (gouvernance); achats durables.", ambiguous=True)

    S("https://fr.apanews.net/business/afrique-vers-un-verdissement-de-la-commande-publique", "Afrique : vers un verdissement de la commande publique (APA News)")
    P("Une formation aux achats publics durables (APD) au profit de cadres expérimentés en marchés publics de l’Afrique de l’Ouest et du Centre s’est ouverte ce mardi à Dakar.",
      [G, E], notes="Formation des acheteurs (gouvernance); achats durables.")
    P("La transition vers un verdissement efficace de la commande publique en Afrique est un enjeu crucial pour promouvoir la transparence, la bonne gouvernance et le développement économique durable sur le continent.",
      [E, G], notes="Verdissement de la commande publique; bonne gouvernance au sens général (gouvernance du schéma?).", ambiguous=True)
    P("L’objectif est de leur présenter les principes des marchés publics durables et de les doter des compétences, outils et connaissances pour mettre en pratique cet apprentissage.",
      [G, E], notes="Formation des acheteurs aux marchés publics durables.")
    P("Selon Pierre Xavier Bonneau, Directeur des opérations de la Banque Mondiale au Sénégal, « les achats publics durables transcendent l’idée d’un simple slogan ou d’un concept à la mode, ils sont en train de devenir un principe clé de gouvernance. »",
      [E, G], notes="Achats publics durables; « principe de gouvernance » au sens général.", ambiguous=True)

    S("https://appn-racop.org/achats-publics-durables-des-professionnels-des-marches-publics-de-lafrique-de-louest-et-du-centre-outilles", "Achats publics durables : des professionnels des marchés publics de l'Afrique de l'Ouest et du Centre outillés (APPN-RACOP)")
    P("ACHATS PUBLICS DURABLES : Des professionnels des marchés publics de l’Afrique de l’Ouest et du Centre outillés",
      [E, G], notes="Titre: achats durables; formation des acheteurs.")
    P("La notion d’achats publics durables étend les critères de sélection à des aspects environnementaux, sociaux et économiques.",
      [E, CS], notes="Critères environnementaux et sociaux (volet social → clauses sociales?).", ambiguous=True)
    P("L’intégration de ces principes dans les processus d’achat public est devenue une priorité, comme en témoigne l’initiative de former les spécialistes des marchés publics à ces pratiques.",
      [G, E], notes="Former les acheteurs (gouvernance); principes durables par le pronom.")
    P("« Les achats publics durables se présentent aujourd’hui comme un concept stratégique visant à intégrer les considérations économiques, sociales et environnementales dans le cycle de vie des marchés publics », a déclaré Saër Niang, le directeur général de l’Autorité de régulation de la commande publique (Arcop) du Sénégal, à l’ouverture de la formation.",
      [E, CS], notes="Considérations sociales et environnementales (volet social?); formation en fin de phrase.", ambiguous=True)

    S("https://topnews.sn/actualite-economie-senegal-la-commande-publique-estimee-a-4000-milliards-de-francs-cfa", "Sénégal : la commande publique estimée à 4000 milliards de francs CFA (TopNews)")
    P("Ce qui lui fait dire qu’avec une manne financière aussi importante, les autorités contractantes sont en mesure d’entraîner des améliorations environnementales, sociales et financières substantielles.",
      [E, CS], notes="Améliorations environnementales et sociales par les achats (volet social?).", ambiguous=True)
    P("«Elles peuvent également exercer une influence considérable sur le marché dans sa globalité en le faisant évoluer vers l’approvisionnement généralisé en produits et services +durables+», considère Saër Niang.",
      [E], notes="Produits et services durables (convention: environnement).")

    S("https://www.ecpar.org/fr/a-voir-egalement-2", "À voir également : marchés publics écologiques de la Commission européenne (ECPAR, Québec)")
    P("La Commission européenne souhaite stimuler les marchés publics écologiques qui constituent un instrument efficace de promotion des produits et des services respectueux de l’environnement et encouragent l’éco-innovation, contribuant ainsi au développement durable.",
      [E, INNO], notes="Marchés publics écologiques; éco-innovation (achats innovants?).", ambiguous=True)
    P("La communication concerne toutes les procédures de marchés publics, qu’elles se situent au-dessus ou en-dessous des seuils prévus par les directives européennes sur les marchés publics.",
      [E], notes="Champ de la communication sur les marchés écologiques (environnement par la phrase précédente).", ambiguous=True)
    P("La Commission a défini dix secteurs prioritaires pour les MPE:",
      [E], notes="Marchés publics écologiques (MPE).")
    P("La Commission européenne souligne la nécessité de définir des critères communs applicables aux marchés publics écologiques.",
      [E], notes="Critères environnementaux communs.")
    P("Ces critères se fondent notamment sur ceux en vigueur pour l’attribution du label écologique européen ou, en l'absence du label européen, de labels écologiques nationaux et sont le résultat d’une coopération entre la Commission et un groupe d’experts composés de représentants des États membres.",
      [E], notes="Écolabels européen et nationaux.")

    S("https://fr.label2020.eu/acheteurs-publics/achat-public-durables", "Achats publics durables : la nouvelle étiquette énergie et les marchés publics écologiques (Label 2020, projet européen)")
    P("La nouvelle étiquette énergie et les marchés publics écologiques",
      [EN, E], notes="Titre: étiquette énergie; marchés écologiques.")
    P("En vertu de différentes lois nationales, les organismes publics peuvent décider d’acheter uniquement les produits les plus efficaces sur le plan énergétique dans le cadre de leurs stratégies de marchés publics écologiques (« achats durables »).",
      [EN, E], notes="Efficacité énergétique des produits achetés; marchés écologiques.")
    P("En outre, même si à l'avenir aucune obligation à respecter ne sera établie pour l'attribution des marchés publics, les « achats durables » pourraient devenir des critères valorisants et complémentaires dans leur attribution.",
      [E], notes="Achats durables comme critères d'attribution.")
    P("Cela montre comment, dans le cadre des marchés publics européens, les institutions de l'Union évaluent la possibilité de contribuer à la réalisation des objectifs de l'accord de Paris, de la stratégie d'économie circulaire et des objectifs de zéro émission nette du « Green Deal »,",
      [E, CE], notes="Tranche d'une longue phrase: accord de Paris, économie circulaire, zéro émission nette.")
    P("en introduisant dans la législation sectorielle de tous les États membres des critères et objectifs minimaux obligatoires en matière de marchés publics écologiques, ainsi que des rapports obligatoires pour le suivi des progrès.",
      [E, G], notes="Suite: critères minimaux de marchés écologiques; rapports de suivi (gouvernance).")
    P("Ces critères minimaux de marchés publics écologiques pourraient constituer un important outil d'harmonisation.",
      [E], notes="Critères de marchés écologiques.")

    S("https://www.geneve.ch/fr/themes/developpement-durable/municipalite/engagements-economie/programme-nourrir-ville/favoriser-transition-vers-alimentation-durable/approvisionner-maniere-durable-equitable", "S'approvisionner de manière durable et équitable (Ville de Genève)")
    P("S’approvisionner de manière durable et équitable",
      [E, CEQ], notes="Titre: approvisionnement durable (environnement) et équitable (commerce équitable).")
    P("Fair Trade Town est une distinction qui reconnaît les villes et les communes suisses pour leur engagement en faveur du commerce équitable.",
      [CEQ], notes="Label de territoire de commerce équitable.")
    P("Consciente que l’achat local et l’achat équitable ne s’opposent pas mais qu’ils sont au contraire complémentaires, la Ville de Genève est engagée depuis 2021 dans la campagne de promotion du commerce équitable, Fair Trade Town.",
      [CEQ, PME], notes="Commerce équitable; achat local (alimentaire par la page: circuits courts?).", ambiguous=True)
    P("Le processus implique la communauté locale (hôtels, restaurants, commerces, institutions, associations, etc.) et vise à avoir un effet positif sur les producteurs et productrices des pays du Sud.",
      [CEQ], notes="Démarche Fair Trade Town: producteurs du Sud.")
    P("Le commerce équitable intègre non seulement des conditions de production équitables pour les travailleurs et travailleuses du Sud, mais il favorise également des méthodes de production respectueuses de l’environnement.",
      [CEQ, CT, E], notes="Commerce équitable; conditions de production des travailleurs (conditions de travail?); méthodes respectueuses de l'environnement.", ambiguous=True)
    P("En outre, l’un des objectifs de la charte pour une alimentation durable dont s’est dotée la Ville concerne directement le commerce équitable et préconise pour les produits exotiques une labellisation Fair Trade systématique.",
      [CEQ, AL], notes="Charte d'alimentation durable; labellisation Fair Trade des produits exotiques.")
    P("A l’heure de l’urgence climatique, le commerce équitable contribue également à un alignement de mise en œuvre de l’Agenda 2030 et de ses Objectifs de développement durables et permet d’intégrer des bonnes pratiques pour des achats socialement et écologiquement responsables.",
      [CEQ, E], notes="Commerce équitable; achats écologiquement responsables, urgence climatique.")

    S("http://fairtradetown.ch/fr/news/2022-12-01-la-ville-de-geneve-est-devenue-fair-trade-town", "La Ville de Genève est devenue Fair Trade Town! (Fair Trade Town Suisse)")
    P("La Ville de Genève est devenue Fair Trade Town!",
      [CEQ], notes="Titre: distinction de commerce équitable.")
    P("Le 24 novembre 2022, la Ville de Genève est devenue Fair Trade Town, devenant la 20ème ville suisse à être reconnue pour son engagement en faveur du commerce équitable.",
      [CEQ], notes="Territoire de commerce équitable.")
    P("Alfonso Gomez, en charge des finances, de l’environnement et du logement, des dicastères fortement concernés par les questions de la durabilité et de la stratégie climat, souligne qu’ « après des années de mondialisation qui nous ont conduits à des excès et des aberrations [..] la relocalisation des activités et la promotion des circuits-courts sont devenues des priorités ».",
      [E, AL, PME], notes="Stratégie climat; circuits courts (alimentaires?) et relocalisation des activités (économie locale?).", ambiguous=True)

    S("https://www.tdg.ch/geneve/actu-genevoise/carouge-premiere-ville-fair-trade-romande/story/27498990", "Carouge, première ville Fair Trade romande (Tribune de Genève)")
    P("Carouge, première ville Fair Trade romande",
      [CEQ], notes="Titre: distinction de commerce équitable.")
    P("La Cité sarde vient d’obtenir une distinction pour son engagement en faveur du commerce équitable.",
      [CEQ], notes="Commerce équitable.")
    P("Pour obtenir la distinction, les communes doivent remplir une série de critères.",
      [CEQ], notes="Critères du label Fair Trade Town (commerce équitable par la phrase précédente).", ambiguous=True)
    P("Elles doivent notamment se prononcer officiellement en faveur du commerce équitable, mettre en place un groupe de travail, sensibiliser la population à cette thématique, puis convaincre un certain nombre d’acteurs de la commune à promouvoir au minimum trois produits labellisés Fair Trade.",
      [CEQ, G], notes="Commerce équitable; groupe de travail, sensibilisation (gouvernance).")
    P("La plupart des structures ont remplacé leur thé et leur café habituels par des produits similaires issus du commerce équitable.",
      [CEQ], notes="Thé et café équitables.")
    P("L’administration carougeoise a fait de même.",
      [CEQ], notes="Achat de thé et café équitables par l'administration (par « de même »).", ambiguous=True)
    P("Elle projette aujourd’hui d’étendre la gamme.",
      [CEQ], notes="Gamme de produits équitables (par le contexte).", ambiguous=True)
    P("«Une réflexion est en cours concernant les textiles, précise le magistrat.",
      [CEQ], notes="Textiles (équitables par le contexte).", ambiguous=True)

    S("https://memento.unige.ch/doc/0212", "Politique d'achats responsables de l'Université de Genève (Memento UNIGE)")
    P("Politique d'achats responsables de l'Université de Genève",
      [E, G], notes="Titre: politique d'achats (gouvernance); achats responsables (convention: environnement).", ambiguous=True)
    P("L'Université de Genève est assujettie à la législation sur les marchés publics.",
      [], notes="Cadre légal: aucun thème.")
    P("L’Université, en tant qu’entité publique, se doit, au-delà des lois et des règlements, de démontrer son efficacité par une optimisation dans la gestion de ses achats et ce, dans un contexte budgétaire de plus en plus contraignant.",
      [], notes="Efficacité budgétaire des achats: aucun thème.")
    P("La maîtrise des coûts au travers des achats les plus économiquement avantageux représente un indicateur de performance essentiel, au même titre que la recherche de la qualité fournie à l’enseignement et à la recherche.",
      [G], notes="Indicateur de performance des achats (suivi?); sinon aucun thème.", ambiguous=True)
    P("Cette maîtrise des coûts doit cependant être pondérée par des critères prenant en compte la responsabilité sociale, économique et environnementale de l’UNIGE dans un esprit de développement durable.",
      [E, CS], notes="Critères de responsabilité sociale et environnementale (volet social → clauses sociales?).", ambiguous=True)
    P("Ainsi, tout achat effectué au sein de l’UNIGE doit l’être dans la perspective de minimiser les impacts négatifs sur la société et l’environnement.",
      [E], notes="Impacts environnementaux (et sociaux) des achats.", ambiguous=True)
    P("Cette attention est particulièrement importante concernant l’impact climatique des achats, puisqu’ils représentent environ 50% de l’empreinte carbone de notre Institution.",
      [E], notes="Impact climatique et empreinte carbone des achats.")
    P("- Promouvoir l'égalité des chances",
      [EFH], notes="Item de liste des valeurs encadrant les achats: égalité des chances (non-discrimination?).", ambiguous=True)

    S("http://www.ilo.ch/global/topics/supply-chains-preview/lang--fr/index.htm", "Chaînes d'approvisionnement (Organisation internationale du Travail)")
    P("Les chaînes d’approvisionnement constituent un mode d’organisation des investissements, de la production et des échanges de plus en plus courant dans l’économie mondiale d’aujourd'hui.",
      [], notes="Définition générale des chaînes d'approvisionnement: aucun thème.")
    P("De plus en plus, elles offrent une perspective qui permet d’examiner les défis et les opportunités en matière de travail décent, notamment lorsque les biens et les services traversent les frontières internationales pour la consommation ou sont utilisés comme intrants dans une production ultérieure.",
      [CT], notes="Travail décent dans les chaînes d'approvisionnement.")
    P("L’OIT reconnaît que les chaînes d’approvisionnement peuvent être un moteur du développement, notamment lorsqu’elles favorisent les transferts de technologie et l’adoption de nouvelles méthodes de production, lesquelles, à leur tour, peuvent permettre de générer des activités à plus forte valeur ajoutée nécessitant le développement des qualifications, de la productivité et de la compétitivité.",
      [], notes="Développement économique par les chaînes d'approvisionnement: aucun thème (transferts de technologie ≠ achats innovants).", ambiguous=True)
    P("En même temps, les divers aspects des chaînes d’approvisionnement suscitent des préoccupations concernant leur impact sur les conditions de travail et la protection des droits des travailleurs.",
      [CT], notes="Conditions de travail et droits des travailleurs chez les fournisseurs.")
    P("Avec son mandat, son expertise et son expérience du monde du travail, son approche normative du développement et sa structure tripartite, l’OIT est idéalement placée pour appréhender les problèmes liés au travail décent dans les chaînes d’approvisionnement.",
      [CT], notes="Travail décent dans les chaînes d'approvisionnement (OIT).")
    P("L’OIT cherche à promouvoir le dialogue sur les défis et les opportunités en matière de travail décent dans les chaînes d’approvisionnement et à identifier les politiques et les pratiques permettant d’exploiter au mieux leur potentiel positif.",
      [CT], notes="Travail décent dans les chaînes d'approvisionnement.")

    S("http://www.ilo.org/paris/actualites/WCMS_533237/lang--fr/index.htm", "Travail décent dans les chaînes d'approvisionnement mondiales : la résolution adoptée lors de la dernière CIT (OIT)")
    P("Travail décent dans les chaînes d’approvisionnement mondiales : la résolution adoptée lors de la dernière CIT",
      [CT], notes="Titre: travail décent dans les chaînes d'approvisionnement.")
    P("La résolution adoptée sur ce sujet représente une étape importante dans l’engagement de l’OIT pour améliorer les conditions de travail dans ces chaines.",
      [CT], notes="Conditions de travail dans les chaînes d'approvisionnement.")
    P("La carte de la production mondiale des biens et des services est aujourd’hui façonnée par les décisions d’achat et la sélection des fournisseurs des grandes entreprises multinationales.",
      [], notes="Décisions d'achat des multinationales: constat général, aucun thème.", ambiguous=True)
    P("La production s’est mondialisée à partir d’un réseau de sous-traitants et de fournisseurs toujours plus nombreux, spécialisés et localisés dans différents pays.",
      [], notes="Mondialisation des fournisseurs: aucun thème.")
    P("La « diligence raisonnable » des multinationales",
      [CT], notes="Intertitre: diligence raisonnable (devoir de vigilance).")
    P("Ce rapport analyse aussi l’impact de ces chaines aussi bien sur le développement économique des pays concernés que sur les conditions de travail.",
      [CT], notes="Conditions de travail dans les chaînes d'approvisionnement.")
    P("Pour les entreprises, la maitrise et le contrôle de ces chaines représente un enjeu de sécurité économique mais aussi sociale et environnementale.",
      [CT, E], notes="Enjeux sociaux (conditions de travail par la page) et environnementaux des chaînes d'approvisionnement.", ambiguous=True)

    S("https://rosalux-geneva.org/fr/lagenda-pour-le-travail-decent-de-loit-pourrait-il-devenir-une-realite-au-sein-des-chaines-dapprovisionnement-mondiales/", "L'agenda pour le Travail décent de l'OIT pourrait-il devenir une réalité au sein des chaînes d'approvisionnement mondiales ? (Rosa-Luxemburg-Stiftung Genève)")
    P("L’agenda pour le Travail décent de l’OIT pourrait-il devenir une réalité au sein des chaînes d’approvisionnement mondiales ?",
      [CT], notes="Titre: travail décent dans les chaînes d'approvisionnement.")
    P("Faire de l’agenda pour le travail décent[i] une réalité au sein des chaînes d’approvisionnement mondiales doit être une priorité urgente pour l’Organisation Internationale du Travail (OIT).",
      [CT], notes="Travail décent dans les chaînes d'approvisionnement.")
    P("Quatre-vingts pour cent du commerce mondial a lieu dans des « chaînes de valeur » liées à des sociétés transnationales[iv].",
      [], notes="Chiffre sur le commerce mondial: aucun thème.")
    P("Puisque la plupart du travail dans les CAM se situe dans le secteur informel qui emploie des travailleurs occasionnels, des travailleurs à domicile sans contrat, des travailleurs intérimaires et des travailleurs atypiques, ceux-ci n’apparaissent donc pas dans les données officielles, qui sont donc sans doute sous-estimées.",
      [CT], notes="Travail informel et précaire dans les chaînes d'approvisionnement.")

    S("https://liberation.mu/2022/ailleurs/le-groupe-de-travail-tripartite-sur-les-chaines-dapprovisionnement-saccorde-sur-le-role-de-loit-pour-promouvoir-le-travail-decent-dans-le-secteur", "Le groupe de travail tripartite sur les chaînes d'approvisionnement s'accorde sur le rôle de l'OIT (Libération, Maurice)")
    P("GENÈVE (OIT Infos) – Les éléments fondamentaux d’une stratégie ambitieuse et complète sur le travail décent dans les chaînes d’approvisionnement ont été approuvés par un groupe de travail tripartite – représentant les gouvernements, les employeurs et les travailleurs – de l’Organisation internationale du Travail (OIT).",
      [CT], notes="Stratégie sur le travail décent dans les chaînes d'approvisionnement.")
    P("Les éléments constitutifs d’une stratégie, convenus à l’issue d’une réunion à Genève entre le 27 juin et le 1er juillet 2022, couvrent tous les moyens d’action disponibles de l’OIT et un ensemble de mesures – nationales, internationales, obligatoires et volontaires – pour assurer un travail décent et améliorer les conditions de travail dans les chaînes d’approvisionnement, qui ont connu des défis importants pendant et après la pandémie de Covid-19.",
      [CT], notes="Améliorer les conditions de travail dans les chaînes d'approvisionnement.")
    P("Le groupe de travail a réaffirmé le mandat de l’OIT en ce qui concerne le travail décent dans les chaînes d’approvisionnement et la nécessité de donner à l’OIT les moyens de jouer un rôle de premier plan en fournissant des conseils et un soutien aux Etats Membres et aux mandants tripartites.",
      [CT], notes="Travail décent dans les chaînes d'approvisionnement.")
    P("- Développer de nouvelles initiatives susceptibles de compléter les normes internationales du travail existantes et de prendre en compte les défis des chaînes d’approvisionnement transfrontalières, notamment par le biais de nouvelles mesures normatives et non normatives, de la révision des mesures existantes, et de directives et outils supplémentaires.",
      [CT], notes="Item de liste: normes internationales du travail et chaînes d'approvisionnement.")

    S("https://www.lesaffaires.com/dossiers-partenaires/faire-affaire-avec-leconomie-sociale-/economie-sociale--des-partenariats-gagnants-a-decouvrir/644508", "Économie sociale : des partenariats gagnants à découvrir (Les Affaires, Québec)")
    P("Économie sociale : des partenariats gagnants à découvrir",
      [ESS], notes="Titre: partenariats d'affaires avec l'économie sociale.")
    P("Insertech, une entreprise d’économie sociale montréalaise qui dessert plusieurs institutions publiques et privées dont Hydro-Québec",
      [ESS], notes="Légende: fournisseur d'économie sociale d'institutions publiques et privées.")
    P("Au contraire, elle fait partie de notre quotidien : les centres de la petite enfance (CPE), les services d’aide à domicile et aux aînés, les entreprises d’insertion socioprofessionnelle et celles qui favorisent l’accès à des aliments sains en sont quelques exemples.",
      [ESS, CS, AL], notes="Exemples d'économie sociale: entreprises d'insertion (insertion), accès à des aliments sains (alimentation?).", ambiguous=True)
    P("Et l’initiative L’économie sociale : j’achète ! (ESJA), démarrée à Montréal par le Conseil d’économie sociale de l’île de Montréal (CESIM) et qui se déploie depuis dans certaines régions du Québec, facilite d’ailleurs le maillage entre les organisations.",
      [ESS], notes="Maillage acheteurs - entreprises d'économie sociale.")
    P("« Cette initiative est une illustration de toute la diversité de l’offre de produits et services proposés par les entreprises d’économie sociale.",
      [ESS], notes="Offre des entreprises d'économie sociale.")

    S("https://www.esmtl.ca/des-retombees-positives-a-montreal-de-linitiative-leconomie-sociale-jachete/", "Des retombées positives à Montréal de l'initiative L'économie sociale, j'achète ! (CESIM)")
    P("Depuis les débuts de l’initiative sur l’île de Montréal, plus de 2 000 contrats totalisant plus de 75,5 millions de dollars ont été conclus entre des entreprises d’économie sociale (EÉS) et de grands acheteurs engagés.",
      [ESS], notes="Contrats avec des entreprises d'économie sociale (résultat).")
    P("Les résultats sont éloquents : un impact économique et social bien réel, qui continue de gagner du terrain.",
      [ESS], notes="Résultats de l'initiative d'achat à l'économie sociale (par le contexte).", ambiguous=True)
    P("Les surplus réalisés sont plutôt réinvestis dans la mission sociale de l’entreprise — inclusion et insertion socioprofessionnelle, environnement et économie circulaire ou logement social et abordable, à titre d’exemple — ou versés à ses membres sous forme de distributions.",
      [ESS, CS, E, CE], notes="Mission sociale des entreprises d'économie sociale: insertion, environnement, économie circulaire.")
    P("L’initiative L’économie sociale, j’achète ! (ESJA), qui vise à encourager les acheteurs à créer des liens d’affaires avec ces coopératives, organismes à but non lucratif et mutuelles, contribue de la sorte à cette vitalité.",
      [ESS], notes="Achats auprès de coopératives, OBNL et mutuelles.")
    P("Année après année, les EÉS peuvent donc espérer développer des opportunités commerciales durables auprès des grandes sociétés et donneurs d’ordres du Québec et vendre ainsi leurs produits et services avec une finalité sociale.",
      [ESS], notes="Ventes des entreprises d'économie sociale aux donneurs d'ordres.")
    P("Quoi de mieux que d’établir un lien durable avec des partenaires d’affaires, situés souvent à quelques minutes de marche ou à quelques stations de métro ?",
      [ESS, PME], notes="Fournisseurs d'économie sociale de proximité (achat local?).", ambiguous=True)

    S("https://novae.ca/?p=1181535", "L'économie sociale, j'achète! poursuit sur sa lancée (Novae)")
    P("L’économie sociale, j’achète! poursuit sur sa lancée",
      [ESS], notes="Titre: initiative d'achat auprès de l'économie sociale.")
    P("L’initiative L’économie sociale, j’achète!, menée par le Conseil d’économie sociale de l’île de Montréal (CESIM), facilite le développement de relations d’affaires entre les entreprises d’économie sociale et les grandes institutions publiques et entreprises privées montréalaises.",
      [ESS], notes="Relations d'affaires entre acheteurs et entreprises d'économie sociale.")
    P("Rappelons que l’initiative L’économie sociale j’achète ! est un moyen pour les institutions publiques et privées de découvrir les entreprises d’économie sociale et d’encourager l’achat de biens et services issus de l’économie sociale.",
      [ESS], notes="Achat de biens et services de l'économie sociale.")
    P("Ces dernières ont alors l’occasion de mettre en œuvre leurs politiques d’approvisionnement responsable et de développement durable, qui génèrent ainsi des retombées économiques locales et accroissent le soutien à la collectivité.",
      [E, PME, ESS], notes="Politiques d'approvisionnement responsable (environnement par convention); retombées locales; achats à l'économie sociale par le contexte.", ambiguous=True)
    P("Trente-huit entreprises d’économie sociale participent à la deuxième cohorte de l’initiative.",
      [ESS], notes="Entreprises d'économie sociale fournisseurs.")
    P("Elles œuvrent dans plusieurs secteurs d’activités, des services traiteurs et de l’événementiel, en passant par la gestion des matières résiduelles et l’aménagement paysager pour ne nommer que ceux-là.",
      [ESS, CE], notes="Secteurs des entreprises d'économie sociale, dont les matières résiduelles (déchets).", ambiguous=True)

    S("https://www.economiesocialemontreal.net/nouvelles/article/un-engagement-de-taille-pour-leconomie-sociale-a-montreal/", "Un engagement de taille pour l'économie sociale à Montréal (CESIM, 2017)")
    P("C’est avec enthousiasme que le Conseil d’économie sociale de l’île de Montréal (CESIM) a présenté, lundi 5 juin, les 15 quinze institutions publiques et grandes entreprises privées qui se sont engagées à encourager l’achat de biens et services issus de l’économie sociale dans le cadre de l’initiative L’économie sociale, j’achète!",
      [ESS], notes="Engagement d'acheteurs envers l'économie sociale. Doublon « 15 quinze » gardé.")
    P("L’annonce publique des 15 signataires a été suivie par une foire des entreprises d’économie sociale participant à l’initiative, afin de faire connaître la diversité de leurs produits et services aux acheteurs présents.",
      [ESS], notes="Rencontre acheteurs - entreprises d'économie sociale (ESS, pas accès des PME selon la taxonomie).")
    P("Fort du succès de sa phase pilote qui a généré 200 contrats d’une valeur de 2,5 millions de dollars, le CESIM poursuit l’expérience en 2016-2017 avec une deuxième cohorte de 38 entreprises d’économie sociale.",
      [ESS], notes="Contrats avec l'économie sociale (résultat).")
    P("Parmi les grandes institutions publiques engagées dans l’initiative, la Société de transport de Montréal (STM) est partie prenante depuis le début et consolide son lien d’affaires avec l’économie sociale, par exemple avec l’entreprise Insertech pour le recyclage de son matériel informatique.",
      [ESS, NUM, CE], notes="Économie sociale; recyclage du matériel informatique.")
    P("« Nous aimerions aller plus loin, et cette rencontre est une excellente occasion de rencontrer de nouveaux fournisseurs », a commenté Philippe Schnobb, le président de la STM.",
      [ESS], notes="Nouveaux fournisseurs de l'économie sociale (par le contexte).", ambiguous=True)

    S("https://www.lelezard.com/communique-20773411.html", "11 M$ en contrats octroyés à des entreprises d'économie sociale (communiqué CESIM, 2023, Le Lézard)")
    P("11 M$ EN CONTRATS OCTROYÉS À DES ENTREPRISES D'ÉCONOMIE SOCIALE POUR UN DÉVELOPPEMENT ÉCONOMIQUE PLUS JUSTE ET PLUS RESPONSABLE",
      [ESS], notes="Titre: contrats aux entreprises d'économie sociale.")
    P("Cette nouvelle édition est placée sous la thématique de l'achat plus que local, pour mettre en valeur l'économie sociale qui représente un levier majeur pour prendre le virage d'une économie plus juste, plus inclusive et plus équitable.",
      [ESS, PME], notes="Économie sociale; achat local.")
    P("Soutenir les achats locaux et responsables en faisant affaire avec les entreprises d'économie sociale",
      [PME, ESS], notes="Intertitre: achats locaux auprès de l'économie sociale.")
    P("Il y a tout juste un an, le gouvernement dévoilait sa Stratégie des marchés publics1 qui vise à favoriser l'achat de biens et de services québécois et représente, d'ici 2026, une hausse de 1,5 milliard de dollars en achats québécois.",
      [PME], notes="Achat québécois (achat local à l'échelle de la province: accès des entreprises locales?).", ambiguous=True)
    P("Cette stratégie vise aussi plus largement à ce que les organismes publics et les municipalités augmentent leurs achats au Québec.",
      [PME], notes="Achats au Québec (achat local?).", ambiguous=True)
    P("Pour atteindre cet objectif, l'achat auprès des entreprises d'économie sociale est essentiel et l'initiative L'économie sociale, j'achète! portée par le CESIM y contribue.",
      [ESS, PME], notes="Achat à l'économie sociale; objectif d'achat québécois (par « cet objectif »).", ambiguous=True)
    P("« L'économie sociale participe à la réussite de plusieurs entrepreneurs, en plus de contribuer au commerce local et à l'achat responsable.",
      [ESS, PME, E], notes="Économie sociale, commerce local, achat responsable (convention: environnement).", ambiguous=True)

    S("https://dev.trias.swiss/fr/bases-et-introduction", "Bases et introduction du droit des marchés publics (TRIAS, Suisse)")
    P("Pour accomplir leur tâche, la Confédération, les cantons, les districts, les communes ainsi que d’autres adjudicateurs publics et certains adjudicateurs privés soumis au droit des marchés publics (pour simplifier: «l’Etat») ont besoin de travaux de construction, de fournitures et de services, qu’ils obtiennent et achètent auprès de soumissionnaires.",
      [], notes="Définition des marchés publics: aucun thème.")
    P("Le but principal du droit des marchés publics consiste à garantir l’utilisation économique, efficiente et durable des fonds publics et, partant, à encourager une concurrence efficace.",
      [E], notes="Utilisation « durable » des fonds publics (développement durable: environnement? ou sens financier).", ambiguous=True)
    P("L’égalité de traitement et la non-discrimination des soumissionnaires, la transparence et l’équité des procédures d’adjudication ainsi que (dans un contexte international) l’ouverture des marchés et l’octroi de l’accès réciproque aux marchés publics, même pour les soumissionnaires domiciliés à l’étranger, sont autant de principes devant être respectés.",
      [], notes="Principes de la commande publique (non-discrimination des soumissionnaires ≠ égalité femmes-hommes): aucun thème.")

    S("https://sui-generis.ch/article/view/sg.155/1606", "La durabilité dans le nouveau droit des marchés publics : un changement de paradigme effectif ? (sui generis)")
    P("La durabilité dans le nouveau droit des marchés publics : un changement de paradigme effectif ?",
      [E], notes="Titre: durabilité des marchés publics (convention: environnement).")
    P("La nouvelle Loi fédérale du 21 juin 2019 sur les marchés publics se propose de marquer un changement de paradigme vers des marchés publics durables, d'une part en introduisant les trois dimensions du développement durable parmi les buts de la loi et, d'autre part, en créant une place pour intégrer des critères liés à la durabilité aux différents stades de la procédure de passation.",
      [E], notes="Marchés publics durables, critères de durabilité.")
    P("Dans cette contribution, les auteures analysent la portée de ces changements et parviennent à la conclusion que l'interprétation historique et systématique de la loi impose désormais aux adjudicateurs de prendre en compte les préoccupations écologiques et sociales à chaque fois qu'il paraît possible ;",
      [E, CS], notes="Tranche: préoccupations écologiques et sociales (volet social → clauses sociales?).", ambiguous=True)
    P("Depuis quelques années et de manière croissante, les adjudicateurs utilisent le droit des marchés publics comme moyen de promotion des objectifs du développement durable.",
      [E], notes="Développement durable (convention: environnement).")
    P("La Confédération déclare notamment vouloir « montrer l'exemple » par son mode de consommation durable, en prenant en considération, lors de ses achats publics, des biens ou services « qui répondent tout au long de leur durée de vie à des exigences économiques, écologiques et sociales élevées »,",
      [E, CS], notes="Tranche d'une longue phrase: exigences écologiques et sociales sur toute la durée de vie (volet social?).", ambiguous=True)
    P("le respect de « critères de rentabilité, de l'environnement, de la protection de la santé et, autant que possible, de la responsabilité sociétale ».",
      [E, SA, CS], notes="Suite de la phrase: critères environnementaux, protection de la santé, responsabilité sociétale (volet social?).", ambiguous=True)

    S("https://lawbrary.ch/law/cc/172_056_1/LMP/v2021.01/fr/??plang=fr", "Loi fédérale sur les marchés publics (LMP) du 21 juin 2019 (Lawbrary)")
    P("La présente loi s’applique à la passation de marchés publics par les adjudicateurs qui lui sont assujettis, que ces marchés soient soumis ou non aux accords internationaux.",
      [], notes="Champ d'application de la loi: aucun thème.")
    P("a. une utilisation des deniers publics qui soit économique et qui ait des effets économiques, écologiques et sociaux durables;",
      [E, CS], notes="But de la loi: effets écologiques et sociaux durables (volet social?). Saut de ligne après « a. » réduit à une espace.", ambiguous=True)
    P("d. une concurrence efficace et équitable entre les soumissionnaires, en particulier par des mesures contre les accords illicites affectant la concurrence et contre la corruption.",
      [], notes="Concurrence et lutte contre la corruption: aucun thème. Saut de ligne après « d. » réduit à une espace.")

    S("https://agefi.com/actualites/politique/accord-cadre-et-marches-publics-les-parlementaires-mettent-la-pression-a-berne", "Accord-cadre et marchés publics : les parlementaires mettent la pression à Berne (L'Agefi)")
    P("Les principes de durabilité et de qualité se sont finalement imposés, au terme d’une réforme qui aura duré dix ans.",
      [E], notes="Principe de durabilité dans la loi sur les marchés publics (convention: environnement).", ambiguous=True)
    P("La nouvelle loi fédérale sur les marchés publics (LMP), adoptée par le Parlement fédéral, offre de fait une plus grande marge de manœuvre pour des achats publics socialement et écologiquement responsables.",
      [E, CS], notes="Achats écologiquement et socialement responsables (volet social → clauses sociales?).", ambiguous=True)
    P("La mouture législative exige que l’adjudication ne soit plus définie en fonction de l’offre la moins chère mais de l’offre la plus avantageuse.",
      [], notes="Critère d'attribution de l'offre la plus avantageuse: aucun thème.", ambiguous=True)

    S("https://communassiette.org/sante/portrait-du-secteur-alimentaire-en-milieu-de-sante/", "Portrait du secteur alimentaire en milieu de santé (Communassiette, Québec)")
    P("Gestionnaires et les employés des services alimentaires du milieu de la santé, vous trouverez ici un survol des ressources pour vous accompagner dans la transition vers un système alimentaire plus durable priorisant les aliments sains, locaux et écoresponsables.",
      [AL, SA], notes="Services alimentaires des établissements de santé: aliments sains (santé), locaux et écoresponsables.", ambiguous=True)
    P("Choisir d’offrir des aliments sains, locaux et écoresponsables dans le milieu de la santé, c’est choisir d’offrir ce qu’il y a de meilleur à la clientèle et ainsi augmenter la qualité des soins prodigués aux patients.",
      [AL, SA], notes="Aliments sains et locaux; qualité des soins aux patients.")
    P("Venant de nos institutions publiques en santé, ce virage ne peut qu’envoyer un message clair à la population : l’alimentation a le pouvoir d’améliorer la santé des personnes et de la planète.",
      [AL, SA], notes="Alimentation durable des établissements de santé; santé des personnes.")
    P("« L’alimentation est un levier puissant pour le système de santé qui pourra avoir des avantages en cascade dans l’ensemble du système, et ce, pour la santé de la clientèle, des établissements, des communautés et de la planète ».",
      [AL, SA], notes="Alimentation et santé de la clientèle.", ambiguous=True)

    S("https://praxis.encommun.io/n/e78yg8TCsrrWiAIoiUsaqQUeWAA/", "Achat d'aliments québécois, sains et écoresponsables par le milieu institutionnel public (Praxis, Québec)")
    P("L’achat d’aliments québécois, sains et écoresponsables par le milieu institutionnel public québécois suscite un vif intérêt dans la population et au gouvernement.",
      [AL], notes="Achat d'aliments locaux et écoresponsables par les institutions (local alimentaire → alimentation, pas accès des PME).")
    P("Que ce soit les ministères, les écoles, les garderies, les hôpitaux, les municipalités ou les sociétés d’État, nombre d’entre eux valorisent aujourd’hui une offre alimentaire qui respecte les objectifs sociétaux en matière de santé et de qualité de vie de la population.",
      [AL, SA], notes="Offre alimentaire des institutions; santé de la population.")
    P("La volonté gouvernementale de favoriser l’achat local s’inscrit dans des orientations qui privilégient la saine alimentation et le développement durable.",
      [AL, SA, E], notes="Achat local d'aliments, saine alimentation (santé?), développement durable.", ambiguous=True)
    P("Ces pionniers ont fait la preuve qu’en passant à l’action, il est possible pour les institutions publiques d’acheter des aliments québécois, sains et écoresponsables et de générer des bénéfices appréciables pour l’économie du Québec.",
      [AL, PME], notes="Achat d'aliments locaux; retombées pour l'économie locale (accès des entreprises locales?).", ambiguous=True)

    S("https://www.laterre.ca/actualites/alimentation/des-cibles-dachat-local-dans-87-des-institutions-publiques/", "Des cibles d'achat local dans 87 % des institutions publiques (La Terre de chez nous)")
    P("Des cibles d’achat local dans 87 % des institutions publiques",
      [AL, G], notes="Titre: cibles d'achat local d'aliments (par la page); cibles (pilotage?).", ambiguous=True)
    P("Des 1 557 institutions publiques visées lors du lancement de la Stratégie nationale d’achat d’aliments québécois, en 2020, 87 % se sont dotées de cibles d’approvisionnement local, selon ce que rapporte le ministère de l’Agriculture, des Pêcheries et de l’Alimentation du Québec (MAPAQ).",
      [AL, G], notes="Achat d'aliments locaux; suivi des cibles (gouvernance?).", ambiguous=True)
    P("« Rappelez-vous comme on était audacieux lorsqu’on s’est donné pour objectif que 85 % des établissements des réseaux de l’éducation, de l’enseignement supérieur et de la santé et des services sociaux s’engagent à prioriser l’achat de produits alimentaires québécois [d’ici] mars 2023.",
      [AL], notes="Achat de produits alimentaires locaux par les établissements.")
    P("Parmi les 200 institutions n’ayant pas encore établi de cibles d’achat d’aliments québécois, 80 % proviennent du secteur de l’éducation.",
      [AL], notes="Cibles d'achat d'aliments locaux (constat).")

    S("https://www.lapresse.ca/affaires/202006/02/01-5275976-sapprovisionner-localement-ce-nest-pas-un-jeu-denfant.php", "S'approvisionner localement, ce n'est pas un jeu d'enfant (La Presse)")
    P("Dans son plan stratégique 2019-2023, le ministère de l’Agriculture, des Pêcheries et de l’Alimentation (MAPAQ) s’est donné comme objectif d’accroître l’achat d’aliments québécois dans les établissements publics de trois grands secteurs, soit la santé et les services sociaux, l’éducation et l’enseignement supérieur, ainsi que l’administration gouvernementale.",
      [AL], notes="Achat d'aliments locaux par les établissements publics (santé = secteur, pas thème).")
    P("Voyez le parcours du Centre hospitalier universitaire Sainte-Justine (CHUSJ), qui achète aujourd’hui plus de la moitié de ses aliments au Québec.",
      [AL], notes="Achat d'aliments locaux par un hôpital.")
    P("Avec l’organisme Équiterre, qui aide de nombreux établissements publics et privés à augmenter leur approvisionnement local et durable, le service alimentaire de Sainte-Justine a trouvé des fournisseurs locaux, dont une ferme qui l’alimente en légumes biologiques.",
      [AL], notes="Fournisseurs locaux, légumes biologiques.")
    P("Résultat, 51 % de ses légumes frais sont désormais locaux, dont 7 % en régie biologique.",
      [AL], notes="Légumes locaux et biologiques (résultat).")

    S("https://www.bilan.ch/techno/entites-publiques-et-startups-cleantech-comment-developper-une-collaboration-fructueuse", "Entités publiques et startups cleantech : comment développer une collaboration fructueuse ? (Bilan)")
    P("Entités publiques et startups cleantech: comment développer une collaboration fructueuse?",
      [INNO, E], notes="Titre: startups (achats innovants) de technologies propres (environnement).")
    P("Pour certaines startups dans le domaine des cleantech, les entités publiques semblent être des clients idéaux.",
      [INNO, E], notes="Startups cleantech clientes des entités publiques.")
    P("Les solutions innovantes proposées par les startups doivent, pour les intéresser, offrir des garanties fortes mais aussi démontrer une véritable plus-value sur du moyen terme.",
      [INNO], notes="Solutions innovantes des startups.")
    P("Même si le cadre des marchés publics est contraignant, des pilotes et des exceptions pour solutions innovantes peuvent à ce moment permettre une collaboration fructueuse.",
      [INNO], notes="Projets pilotes et exceptions pour solutions innovantes dans les marchés publics.")
    P("Les startups sont souvent à l’origine d’innovations disruptives, qui pourraient, autant du point de vue économique, social, qu’environnemental, représenter les meilleures solutions à moyen ou long terme pour répondre à certains besoins des collectivités et des entreprises publiques.",
      [INNO, E], notes="Innovations des startups; intérêt environnemental (et social).", ambiguous=True)

    S("https://digital.swiss/fr/plan-d-action/mesures/bourse-d’innovation-govtech-2025", "Bourse d'innovation GovTech 2025 (Suisse numérique, Confédération)")
    P("Bourse d’innovation GovTech 2025",
      [INNO], notes="Titre: bourse d'innovation de l'administration fédérale.")
    P("Pour tester de nouvelles idées, l’administration fédérale peut développer des prototypes ou réaliser des essais pilotes.",
      [INNO], notes="Prototypes et essais pilotes.")
    P("Les startups proposent de leur côté des approches innovantes, mais elles sont moins visibles que les fournisseurs traditionnels sur le marché.",
      [INNO], notes="Startups et approches innovantes face aux fournisseurs traditionnels.")
    P("Afin que les startups et les offices de l’administration fédérale élaborent ensemble des solutions innovantes, le secteur TNI de la Chancellerie fédérale organise à nouveau une bourse d’innovation en 2025.",
      [INNO], notes="Solutions innovantes avec des startups (secteur Transformation numérique: numérique?).", ambiguous=True)
    P("Du point de vue du droit des marchés publics, la bourse d’innovation est considérée comme une étude de marché.",
      [INNO], notes="Bourse d'innovation et droit des marchés publics.")

    S("https://www.kmu.admin.ch/kmu/fr/home/savoir-pratique/gestion-pme/marches-publics.html", "Marchés publics (Portail PME de la Confédération)")
    P("Les marchés publics représentent une part importante de l’économie suisse. Guide à l’attention des PME intéressées par un appel d’offres.",
      [PME], notes="Guide pour l'accès des PME aux marchés publics.")
    P("Afin de stimuler la concurrence et assurer l'égalité des chances pour toutes les entreprises, il est important que l'accès aux marchés publics reste le plus transparent possible.",
      [PME], notes="Accès des entreprises aux marchés publics (PME par la page).", ambiguous=True)
    P("La plateforme simap.ch, utilisée par la Confédération, les cantons et les communes permet de faciliter les procédures, aussi bien du côté des autorités publiques que des entreprises privées intéressées à répondre à un appel d'offres.",
      [PME], notes="Plate-forme en ligne qui facilite les procédures (dématérialisation, simplification pour les entreprises).", ambiguous=True)
    P("La nouvelle Ordonnance sur les marchés publics (entrée en vigueur le 1er janvier 2021) prévoit des mesures strictes sur les conflits d'intérêts et la corruption (art. 3).",
      [], notes="Lutte contre la corruption: aucun thème.")

    S("https://tcocertified.com/fr/blog/swiss-it-procurement-progress-and-challenges/", "Achats informatiques en Suisse : progrès et défis (TCO Certified)")
    P("L'introduction d'une nouvelle législation, la loi fédérale sur les marchés publics, en Suisse, a permis aux acheteurs de rendre les achats informatiques plus durables.",
      [NUM, E], notes="Achats informatiques durables.")
    P("Cependant, selon Stefan Zweili, Tender & Vendor Manager chez Standard Workplace Swiss Government, il faut faire davantage pour réduire les impacts sociaux et environnementaux des achats informatiques du secteur public.",
      [NUM, E, CT], notes="Impacts environnementaux et sociaux des achats informatiques (social: conditions de fabrication?).", ambiguous=True)
    P("Les marchés publics durables sont relativement jeunes en Suisse et ont récemment eu tendance à être négligés.",
      [E], notes="Marchés publics durables (convention: environnement).")
    P("Cependant, la réforme approfondie de la loi fédérale sur les marchés publics et l'introduction de la stratégie suisse en matière de marchés publics 2021 à 2030, toutes deux entrées en vigueur en janvier 2021, ont augmenté le nombre d'acheteurs qui incluent désormais des critères de durabilité dans leurs processus d'achat.",
      [E, G], notes="Critères de durabilité; stratégie nationale des marchés publics (gouvernance?).", ambiguous=True)
    P("La législation sur les marchés publics adoptée au début de l'année dernière, entre autres mesures, nous donne une plus grande marge de manœuvre pour poser des questions plus concrètes sur les impacts environnementaux et les critères sociaux liés à la fabrication des équipements informatiques, ainsi que sur les coûts du cycle de vie.",
      [NUM, E, CT, CE], notes="Équipements informatiques: impacts environnementaux, critères sociaux de fabrication (conditions de travail?), coût du cycle de vie.", ambiguous=True)

    S("https://woeb.ch/fr/documents/normes-energetiques-et-environnementales-pour-acquisition-appareils-informatiques-p025", "Normes énergétiques et environnementales pour l'acquisition d'appareils informatiques P025 (administration fédérale)")
    P("Normes énergétiques et environnementales pour l’acquisition d'appareils informatiques P025",
      [NUM, EN, E], notes="Titre: critères énergétiques et environnementaux des achats informatiques.")
    P("La présente directive P025 de l'administration fédérale définit les critères écologiques et sociaux applicables à l’acquisition d’appareils informatiques.",
      [NUM, E, CT], notes="Critères écologiques et sociaux des achats informatiques (social: conditions de fabrication?).", ambiguous=True)
    P("L’application de ces critères permet de réduire la consommation de ressources des systèmes informatiques, en particulier la consommation d’électricité, les frais qu’elle engendre ainsi que la pollution qu’elle entraîne.",
      [NUM, EN, E], notes="Consommation d'électricité et pollution des systèmes informatiques.")
    P("La présente directive est en outre formulée de telle sorte que les responsables des achats des cantons et des communes ainsi que les entreprises privées puissent également utiliser les critères pour effectuer leurs acquisitions, les dispositions devant être adaptées à leurs conditions organisationnelles respectives.",
      [NUM, G], notes="Directive réutilisable par d'autres acheteurs (outil: gouvernance?); achats informatiques par la page.", ambiguous=True)

    S("https://cath.ch/newsf/letat-de-vaud-sequipe-materiel-ethique", "L'Etat de Vaud s'équipe en matériel éthique (cath.ch)")
    P("L'Etat de Vaud est soucieux de l'éthique lors de ses achats de matériel informatique.",
      [NUM, CT], notes="Achats informatiques éthiques (conditions de travail par la page).", ambiguous=True)
    P("L'Etat de Vaud s'équipe en matériel éthique",
      [NUM, CT], notes="Titre: matériel (informatique) éthique.", ambiguous=True)
    P("Partenaire de Pain pour le prochain et Action de Carême, cette organisation internationale est active dans la défense du droit du travail des ouvrières et ouvriers sur toute la chaîne de production des produits électroniques.",
      [CT, NUM], notes="Droit du travail dans la chaîne de production électronique.")
    P("Soucieux de l’éthique lors de ses achats de matériel informatique, l’Etat de Vaud devient le 1er canton suisse membre d’Electronics Watch (EW), une ONG active dans la protection du droit du travail dans l’industrie électronique.",
      [NUM, CT], notes="Achats informatiques; protection du droit du travail.")
    P("«Ces informations nous permettent d’interpeller un fournisseur potentiellement non conforme et de prendre les mesures qui s’imposent», pousuit-elle, se réjouissant de la «forte valeur ajoutée» qu’apporte le travail d’EW au canton du Vaud.",
      [CT], notes="Contrôle des fournisseurs (droit du travail par la page). Coquille « pousuit » gardée.", ambiguous=True)

    S("https://isit-ch.org/formation-achats-numerique-responsable-retour-des-participants", "Formation achats numérique responsable : retour des participants (ISIT-CH)")
    P("L’ISIT-CH a récemment organisé une formation pour ses membres sur la thématique des achats Numérique Responsable (NR).",
      [NUM, G], notes="Formation aux achats numériques responsables.")
    P("Elle a permis à une dizaine de participants et participantes de rafraîchir leur savoir concernant l’impact environnemental et humain du numérique à l’échelle mondiale tout en acquérant de nouvelles connaissances sur la thématique des achats.",
      [NUM, E, G], notes="Impact environnemental du numérique; formation aux achats.")
    P("L’entreprise met déjà en place certaines mesures comme l’extension de la durée de vie des appareils et la prolongation des garanties constructeurs.",
      [NUM, CE], notes="Durée de vie des appareils (informatiques par la page).")
    P("Un projet visant à trouver des alternatives aux fournisseurs historiques de matériel IT a débuté : « Loyco évalue la possibilité de privilégier dans le futur les laptops plus modulaires et réparables comme Framework ou Why! Computing », détaille Sylvain Rojas.",
      [NUM, CE], notes="Ordinateurs portables réparables; fournisseurs de matériel IT.")
    P("Une autre piste envisagée est d’évaluer les possibilités d’utiliser du matériel reconditionné pour le remplacement de matériel futur.",
      [NUM, CE], notes="Matériel (informatique) reconditionné.")
