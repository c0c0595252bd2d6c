"""Evaluation-only real passages labelled for themes, set 6 (``corpora/real-fresh-themes/passages6.jsonl``); never
train on them.

Collected as sets 1 to 5 (``src.py`` ... ``src5.py``) were, on other hosts: each page's usable opening (as returned by
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

    S("https://admical.org/expertise/achats-socialement-responsables-de-quoi-parle-t", "Achats socialement responsables : de quoi parle-t-on ? (Admical, le Mag)")
    P("Achats socialement responsables : de quoi parle-t-on ?",
      [CS], notes="Titre: achats socialement responsables (volet social, insertion par la suite).", ambiguous=True)
    P("Les achats professionnels peuvent ainsi devenir autre chose que de simples actes d’approvisionnement.",
      [CS], notes="Achats professionnels porteurs d'impact (insertion annoncée par la phrase suivante).", ambiguous=True)
    P("Nous proposons ici un focus sur l’impact des achats en termes d’emploi et d’insertion professionnelle.",
      [CS], notes="Achats et insertion professionnelle.")
    P("Les achats socialement responsables représentent les flux d’affaires entre acheteurs et structures d’utilité sociale. Ils sont un levier pour développer la responsabilité sociétale des entreprises et prendre en compte les principes du développement durable.",
      [CS, ESS, E], notes="Structures d'utilité sociale (ESS?), RSE et développement durable (convention: environnement).", ambiguous=True)
    P("Pour maximiser l’impact social de ses achats, une entreprise peut ainsi avoir recours aux structures de l’insertion par l’activité économique (SIAE).",
      [CS], notes="Achats auprès des SIAE: insertion.")
    P("L’insertion par l’activité économique regroupe différents types de structures, les SIAE, dont l’objectif est de produire un impact positif sur l’emploi local. Il s’agit le plus souvent de TPE/PME, d’associations et de coopératives qui produisent des biens, des services, mettent à disposition du personnel ou œuvrent dans le domaine du travail temporaire.",
      [CS, PME], notes="SIAE; emploi local, TPE/PME (accès PME/local?).", ambiguous=True)
    P("Ces entreprises de l’Économie sociale et solidaire, pionnières dans la lutte contre le chômage et les exclusions, constituent les partenaires de choix pour effectuer des achats socialement responsables.",
      [ESS, CS], notes="Entreprises de l'ESS, lutte contre le chômage, achats socialement responsables.")

    S("http://idf.lesentreprisesdinsertion.org/index.php/entreprises/achats-responsables/37-achats-responsables", "Les achats responsables : une volonté, un engagement de « l’entreprise citoyenne » (Fédération des entreprises d'insertion Île-de-France)")
    P("Les achats responsables : une volonté, un engagement de « l’entreprise citoyenne »",
      [E], notes="Titre: achats responsables au sens large (convention: environnement); la page parle d'insertion.", ambiguous=True)
    P("Alors que les pouvoirs publics décident d’imposer des clauses sociales aux marchés qu’elles passent au moyen du Code des Marchés Publics, l’entreprise qui décide volontairement de s’appliquer le même engagement affirme sa responsabilité envers la société dans laquelle elle évolue.",
      [CS], notes="Clauses sociales des marchés publics, reprises volontairement par l'entreprise.")
    P("Ainsi, associer à l’achat de prestations de services, de travaux, voire de fournitures, un objectif d’insertion des personnes éloignées de l’emploi est la manifestation d’un acte de responsabilité.",
      [CS], notes="Insertion des personnes éloignées de l'emploi par l'achat.")
    P("Il donne un sens à l’action de l’entreprise liée à la valeur sociétale de l’achat.",
      [CS], notes="« Il » = l'objectif d'insertion (phrase précédente).", ambiguous=True)
    P("Les achats responsables sont un levier puissant pour l’emploi et l’insertion des personnes.",
      [CS], notes="Achats responsables et insertion.")
    P("La collaboration économique sous forme d’achat de production auprès d’une entreprise d’insertion.",
      [CS], notes="Item de liste: achat auprès d'une entreprise d'insertion.")
    P("L’insertion durable des publics dans l’emploi est un mode de réalisation des achats responsables.",
      [CS], notes="Insertion et achats responsables.")
    P("C’est un objectif de plus en plus présent dans les politiques d’achat des entreprises. Il s’inscrit dans les trois piliers du développement durable.",
      [CS, E], notes="« C' » = l'insertion durable (phrase précédente); développement durable (convention: environnement).", ambiguous=True)

    S("http://www.repasbio.org/rediger-son-appel-doffres", "Rédiger son appel d'offres (Repas bio, FNAB)")
    P("Rédiger son appel d'offres",
      [AL], notes="Titre: appel d'offres de denrées bio (par la page).", ambiguous=True)
    P("Les Etats Généraux de l'Alimentation (EGAlim), ont permis d'instaurer de nouvelles règles encadrant la qualité et la durabilité environnementale des aliments présentés en restauration collective.",
      [AL, E], notes="EGAlim, restauration collective; durabilité environnementale des aliments.", ambiguous=True)
    P("Au 1er janvier 2022, 50% de la valeur des denrées présentes dans les assiettes devront être \"durables et de qualité\". Les aliments issus de l'agriculture biologique devront représenter une part au moins égale à 20% e la valeur totale des denrées.",
      [AL], notes="Parts EGAlim de produits durables et bio (objectif non annoté dans ce set).")
    P("Cette modification des repas se traduit, sur le terrain, par l'adaptation des marchés publics d'achat de denrées (gestion directe) ou de service de préparation des repas (gestion concédée).",
      [AL], notes="Marchés publics de denrées et de repas.")
    P("Le code des marchés publics est souvent perçu par les acheteurs comme un frein à l’approvisionnement bio et local. En réalité, un certain nombre de leviers prévus dans le code des marchés publics permettent de favoriser un approvisionnement bio et local.",
      [AL], notes="Approvisionnement bio et local (circuits courts).")
    P("Ainsi, les antennes du réseau FNAB peuvent vous accompagner dans vos démarches pour la rédaction de votre commande publique : connaissance de l’offre locale et des fournisseurs en capacité de répondre à un marché public, préconisations sur la définition des critères d’attribution…",
      [AL, PME], notes="Réseau bio (FNAB), offre locale et fournisseurs locaux (accès local?).", ambiguous=True)
    P("Recourez systématiquement à l’allotissement et ajustez la composition des lots ;",
      [PME], notes="Item de liste: allotissement (accès des PME/producteurs), dans une liste sur le bio.", ambiguous=True)

    S("https://territoiresbio.org/developper-lalimentation-bio/la-commande-publique-un-levier-puissant-pour-atteindre-les-objectifs-de-la-loi-egalim/", "La commande publique, un levier puissant pour atteindre les objectifs de la loi EGALIM (Territoires Bio)")
    P("La commande publique, un levier puissant pour atteindre les objectifs de la loi EGALIM",
      [AL], notes="Titre: EGAlim (alimentation durable).")
    P("Promouvoir les produits bio en restauration collective tout en permettant aux fournisseurs de son territoire de répondre aux appels d’offre nécessite une bonne maitrise des leviers offerts par la commande publique. Petit rappel des bonnes pratiques pour des marchés bien pensés.",
      [AL, PME], notes="Produits bio en restauration collective; fournisseurs du territoire.")
    P("Souvent perçus comme une contrainte, les marchés publics peuvent représenter une réelle une opportunité commerciale pour les fournisseurs",
      [AL, PME], notes="Intertitre: opportunité pour les fournisseurs (producteurs bio, par la page).", ambiguous=True)
    P("D’une part, les volumes en jeu sont potentiellement importants, notamment quand il s’agit de livrer des cuisines centrales ou des restaurants collectifs de taille importante.",
      [AL], notes="Restauration collective (par la page: fournisseurs bio).", ambiguous=True)
    P("D’autre part, du fait de la contractualisation qui se traduit par un engagement annuel ou pluriannuel avec la collectivité donneur d’ordre, les fournisseurs peuvent bénéficier d’une visibilité accrue sur les volumes et les montants en jeu ainsi que sur les fréquences de livraison.",
      [AL, PME], notes="Fournisseurs (producteurs) et marchés publics: accès des producteurs du territoire.", ambiguous=True)
    P("Le marché de la restauration collective peut être mobilisé en complémentarité avec d’autres circuits de distribution, et renforcer ainsi la résilience économique de l’entreprise.",
      [AL], notes="Restauration collective et circuits de distribution des producteurs.", ambiguous=True)
    P("Enfin, les marchés publics concourent dans certains cas à une massification des volumes et donc à un allègement des contraintes et des coûts logistiques, en particulier dans le cas des marchés passés avec des cuisines centrales privées ou publiques qui préparent un nombre conséquent de repas par jour.",
      [AL], notes="Cuisines centrales, repas (restauration collective).", ambiguous=True)

    S("http://www.lagardere.com/developpement-durable/focus-2014/focus-15-602496.html", "Ecovadis : un pas de plus vers les achats responsables (Lagardère, développement durable, focus 2014)")
    P("Ecovadis : un pas de plus vers les achats responsables",
      [E], notes="Titre: achats responsables au sens large (convention: environnement); évaluation RSE des fournisseurs.", ambiguous=True)
    P("En quoi la « Politique Achats responsables » contribue-t-elle à la performance globale de la démarche achats du groupe ?",
      [E, G], notes="Politique d'achats responsables du groupe (stratégie d'achat: gouvernance au sens large).", ambiguous=True)
    P("Il s’agit d’une Politique Achats classique, définissant un cadre et des méthodes permettant de réduire les coûts, limiter les risques et stimuler l’innovation fournisseur.",
      [G, INNO], notes="Cadre de la politique d'achats; innovation fournisseur (achats innovants?).", ambiguous=True)
    P("Elle incite aussi à s’ouvrir sur les PME, notamment locales, et elle pousse à considérer l’apport des sociétés d’insertion et d’aide par le travail, bien souvent compétitives (AGEFIPH).",
      [PME, CS, MR], notes="PME locales; sociétés d'insertion; aide par le travail (ESAT: secteur protégé).")
    P("Elle favorise encore le traitement respectueux des fournisseurs et elle précise des règles d’éthique et de déontologie vis-à-vis de ces derniers, dans le respect des valeurs de l’entreprise et aussi dans l’intérêt financier direct des sociétés du Groupe.",
      [PME], notes="Relations fournisseurs respectueuses (charte fournisseurs, délais de paiement?) et éthique: proche de l'accès PME; sinon aucun thème.", ambiguous=True)
    P("Il s’agit effectivement d’aller encore plus loin en matière de « sourcing responsable », c’est-à-dire de sélection de nouveaux fournisseurs responsables lors des appels d’offres, ou d’accompagnement de partenaires existants dans leur démarche de progrès.",
      [E], notes="Sourcing responsable au sens large (convention: environnement).", ambiguous=True)
    P("La Charte Fournisseur Responsable développée en 2013 consiste en un engagement, signé par nos fournisseurs, à respecter les règles de la RSE qui y sont inscrites.",
      [G, E], notes="Charte fournisseurs (gouvernance: charte), RSE (convention: environnement).", ambiguous=True)

    S("https://resources.ecovadis.com/fr/blog/du-climat-au-travail-forcé-le-score-achats-responsables-ecovadis-révélateur-de-la-maîtrise-d-enjeux-majeurs", "Du climat au travail forcé : le score Achats Responsables EcoVadis, révélateur de la maîtrise d’enjeux majeurs (EcoVadis, blog)")
    P("Du climat au travail forcé : le score Achats Responsables EcoVadis, révélateur de la maîtrise d’enjeux majeurs",
      [E, CT, G], notes="Climat; travail forcé (conditions de travail); score (indicateur).", ambiguous=True)
    P("Le score global de performance RSE EcoVadis intègre, au même titre que les pratiques éthiques, performances sociales et environnementales d’une entreprise, ses pratiques achats.",
      [E, G], notes="Performance environnementale et sociale, score d'évaluation (indicateur).", ambiguous=True)
    P("L’évaluation des pratiques achats responsables est même la spécificité du référentiel d’évaluation RSE EcoVadis et de sa position de tiers de confiance au coeur des chaînes d’approvisionnement : + 65 000 entreprises acheteurs et fournisseurs interagissent au quotidien sur la plateforme mondiale EcoVadis.",
      [G, E], notes="Évaluation des pratiques d'achats responsables (suivi), RSE.", ambiguous=True)
    P("Face à l’immense complexité des chaînes d’approvisionnement mondiales et l’externalisation, le score achats responsables mesure au sein d’une entreprise, son niveau de maîtrise des impacts liés à ses activités et la profondeur d’investigation des risques sociaux et environnementaux de sa chaîne d’approvisionnement, SUP (pour supply chain).",
      [G, E, CT], notes="Mesure (score), risques environnementaux et sociaux de la chaîne d'approvisionnement.", ambiguous=True)
    P("Le thème Achats Responsables EcoVadis prend en compte les problématiques sociales et environnementales qui ne résultent pas uniquement des liens avec les fournisseurs directs mais qui peuvent apparaître au travers des rangs 2 ou 3 de fournisseurs.",
      [E, CT], notes="Problématiques sociales (chez les fournisseurs: conditions de travail?) et environnementales.", ambiguous=True)
    P("La profondeur d’investigation demeure un enjeu majeur : 45% des donneurs d’ordres déclarent connaître les pratiques éthiques et performances sociales et environnementales uniquement de leurs fournisseurs de niveau 1.",
      [E, G], notes="Connaissance des performances des fournisseurs (suivi), environnementales.", ambiguous=True)

    S("http://secteurpublic.asso.fr/Menu-Gauche/La-commande-publique/La-commande-publique-un-enjeu-economique-pour-les-PME", "La commande publique : un enjeu économique pour les PME (Club Secteur Public, CSOEC)")
    P("La commande publique : un enjeu économique pour les PME",
      [PME], notes="Titre: PME et commande publique.")
    P("La capacité des entreprises, et notamment des PME à répondre aux appels d'offres influe considérablement sur leur devenir. C'est d'ailleurs l'une des raisons pour lesquelles certains pays, au premier rang desquels les Etats-Unis, ont élaboré depuis longtemps une stratégie en faveur de ces entreprises à travers le Small Business Act.",
      [PME], notes="PME et appels d'offres, Small Business Act.")
    P("Force est de constater que la manne financière que constitue les appels d'offres publics ne profite que très peu aux PME alors même qu'elles sont les entreprises les plus créatrices d'emplois.",
      [PME], notes="Accès des PME aux appels d'offres publics.")
    P("Du fait de leur taille et de leur structure réduite, les PME cumulent en effet des handicaps économiques et organisationnels pour répondre aux appels d'offres publics.",
      [PME], notes="Freins des PME (« handicaps » au sens figuré, pas le handicap).")
    P("Conscients de cette problématique, les pouvoirs publics français cherchent actuellement à faciliter les relations d'achat entre les structures publiques, les grands comptes et les PME.",
      [PME], notes="Relations d'achat avec les PME.")
    P("Cette volonté s'est traduite par l'adoption, le 1er décembre 2004, du \"Pacte PME\" par lequel dix-sept grands comptes et ministères français s'engagent à renforcer leurs relations commerciales avec les PME, notamment les jeunes entreprises innovantes.",
      [PME, INNO], notes="Pacte PME; jeunes entreprises innovantes (achats innovants?).", ambiguous=True)

    S("https://enviro2b.com/2007/12/18/la-justice-neerlandaise-plaide-en-faveur-du-developpement-durable", "La justice néerlandaise plaide en faveur du développement durable (enviro2b)")
    P("La province néerlandaise de Groningue est en droit de demander dans ses appels d’offres que ses fournisseurs respectent six critères de base du commerce équitable qui figurent dans les standards de Fairtrade / Max Havelaar.",
      [CEQ], notes="Critères du commerce équitable dans les appels d'offres.")
    P("C’est le jugement prononcé en première instance suite à l’attaque du groupe Douwe Egberts.",
      [CEQ], notes="« C' » = le droit d'exiger des critères équitables (phrase précédente).", ambiguous=True)
    P("Les fonctionnaires de la province de Groningue (Groningen), aux Pays-Bas, boivent du café labellisé Max Havelaar.",
      [CEQ], notes="Café labellisé Max Havelaar (commerce équitable).")
    P("Conformément à la législation néerlandaise, cette collectivité locale avait inscrit un certain nombre d’ « exigences fondamentales » figurant dans les standards de Fairtrade / Max Havelaar dans ses appels d’offres pour le café :",
      [CEQ], notes="Standards Fairtrade dans les appels d'offres.")
    P("– provenance de coopératives de petits producteurs,",
      [CEQ], notes="Item de liste: critère équitable (petits producteurs du Sud).", ambiguous=True)
    P("– préfinancement partiel sur demande,",
      [CEQ], notes="Item de liste: critère équitable.", ambiguous=True)
    P("Le groupe agro-alimentaire Douwe Egberts, filiale de Sara Lee, a décidé d’attaquer ces critères en justice, les considérant comme discriminatoires parce qu’ils excluaient d’autres initiatives « éthiques », comme celle d’Utz Kapeh.",
      [CEQ], notes="Critères équitables contestés (par la page).", ambiguous=True)
    P("Verdict de la Cour de district de Groningue : la Province a le droit d’inclure les six critères concernés dans ses appels d’offre, au titre de sa liberté à exercer une influence en matière de développement durable.",
      [CEQ, E], notes="Critères équitables (par la page); développement durable (convention: environnement).", ambiguous=True)

    S("https://iqo.eu/en/achats/role-strategique-achats-decarbonation-scope-3", "Le rôle stratégique des achats dans la décarbonation du scope 3 (IQO, conseil)")
    P("La décarbonation est devenue un enjeu central pour les Directions Achats, qui jouent un rôle clé dans la stratégie de réduction des émissions de l’entreprise.",
      [E], notes="Décarbonation, réduction des émissions.")
    P("Les émissions du scope 3 sont des émissions indirectes, résultant principalement des activités des fournisseurs, représentent souvent la majeure partie de l’empreinte carbone d’une entreprise.",
      [E], notes="Émissions et empreinte carbone.")
    P("Découvrez dans cet article pourquoi et comment les Directions Achats doivent construire une stratégie de décarbonation fournisseurs.",
      [E], notes="Stratégie de décarbonation fournisseurs.")
    P("Scope 2 : émissions indirectes liées à la consommation d'énergie achetée.",
      [E, EN], notes="Item: émissions liées à l'énergie achetée.", ambiguous=True)
    P("les achats de biens et services",
      [E], notes="Item de la liste des émissions en amont (scope 3).", ambiguous=True)

    S("https://asea.fr/la-decarbonation-des-achats-2", "La décarbonation des achats (Asea)")
    P("La décarbonation des achats",
      [E], notes="Titre: décarbonation.")
    P("Jenny Bourhis, Directrice Achats Responsables et Performance environnementale chez Asea, a contribué à un article sur la décarbonation des achats dans le numéro d’octobre du magazine Décision Achats.",
      [E], notes="Décarbonation des achats, performance environnementale.")
    P("Alors que les entreprises contribuent très largement aux émissions de carbone, la mise en œuvre de la décarbonation n’en est qu’à ses débuts. Nous savons que la décarbonation de l’économie passera par la décarbonation des achats.",
      [E], notes="Émissions de carbone, décarbonation des achats.")
    P("Dans ce domaine, le premier réflexe des directions achats est de mesurer et de réaliser leur bilan carbone. Or cette première étape reste dans de nombreux cas difficile à évaluer.",
      [E, G], notes="Bilan carbone (mesure: suivi?).", ambiguous=True)
    P("Pour Jenny BOURHIS: « Il ne faut pas chercher à calculer au kilogramme de CO² près, mais plutôt avoir des ordres de grandeur pour prioriser. Le plus important est de passer du temps sur les actions à mener. »",
      [E], notes="Calcul du CO2.")
    P("La décarbonation des achats passe par la formation. Des acheteurs et des prescripteurs sensibilisés sont plus à même d’accompagner les fournisseurs.",
      [E, G], notes="Décarbonation; formation des acheteurs (convention: gouvernance).")
    P("C’est en travaillant ensemble, acheteurs et fournisseurs, que la démarche de décarbonation sera la plus efficace.",
      [E], notes="Décarbonation avec les fournisseurs.")

    S("https://www.syntec.fr/inclusion/guide/handicap-et-sous-traitance-co-traitance/", "Handicap et sous-traitance / co-traitance (Syntec, guide pratique)")
    P("Handicap et sous-traitance / co-traitance",
      [MR], notes="Titre: sous-traitance au secteur du handicap (STPA).", ambiguous=True)
    P("Le recours au secteur du travail protégé et adapté (STPA) est une bonne manière de répondre à des besoins de l’entreprise, tout en contribuant à l’emploi des personnes en situation de handicap.",
      [MR], notes="Achats au secteur protégé et adapté.")
    P("Découvrez les avantages de la sous-traitance et de la cotraitance avec les Établissements ou services d’aide par le travail (ESAT), les Établissements adaptés (EA) ou les Travailleurs indépendants handicapés (TIH).",
      [MR], notes="Sous-traitance aux ESAT, EA, TIH.")
    P("L’OETH impose à toute entreprise comptant au moins 20 salariés d’employer des travailleurs handicapés dans une proportion de 6 % de son effectif. Si cet objectif n’est pas atteint, l’entreprise doit verser une contribution qui sert à financer des actions en faveur de l’insertion des personnes handicapées.",
      [MR], notes="Obligation d'emploi des travailleurs handicapés (contexte des achats au STPA); pas un marché réservé à proprement parler.", ambiguous=True)
    P("Le recours au STPA est une option intéressante pour réduire sa contribution handicap.",
      [MR], notes="Achats au STPA.")
    P("En effet, si depuis 2020 les actions de sous- traitance ne rentrent plus dans le calcul du taux d’emploi via l’acquisitions d’unités bénéficiaires, elles sont désormais valorisées sous la forme d’une déduction de la contribution due (à hauteur de 30 % du coût en équivalent main d’œuvre*).",
      [MR], notes="Sous-traitance au STPA déduite de la contribution handicap (par la page).", ambiguous=True)
    P("Une longue liste de produits peut être acquise auprès des ESAT : bureaux, prestations de traiteur, impression et routage de documents, fabrication de palettes ou de pièces industrielles…",
      [MR], notes="Achats auprès des ESAT.")
    P("Le travailleur est alors détaché auprès de l’entreprise d’accueil pour exercer l’activité considérée. Il s’agit du mode de prestation qui est le plus favorable à une possibilité de recrutement par l’entreprise, le STPA pouvant en effet être une passerelle vers le milieu ordinaire du travail.",
      [MR], notes="Mise à disposition par le STPA.")

    S("https://opcoep.fr/entreprise/m-engager/developper-vos-achats-aupres-esat-ea-et-tih", "Développer vos achats auprès des ESAT, EA et TIH (OPCO EP)")
    P("Avec la réforme induite par la loi n° 2018-771 du 5 septembre 2018 «pour la liberté de choisir son avenir professionnel», les entreprises ne peuvent plus valoriser d’unité bénéficiaire au moyen d’actions de sous-traitance auprès du Secteur du travail protégé et adapté (STPA) qui regroupe les Établissements et services d’aide par le travail (ESAT), les Entreprises adaptées (EA) et les Travailleurs indépendants handicapés.",
      [MR], notes="Sous-traitance au STPA (ESAT, EA, TIH).")
    P("En revanche, elles peuvent déduire de leur contribution une partie de leurs dépenses effectuées auprès de ce secteur d’activité, quel que soit le contrat conclu :",
      [MR], notes="Dépenses auprès du STPA (« ce secteur »).", ambiguous=True)
    P("- Contrats de fournitures : achat de biens produits, transformés et/ou conditionnés par un ESAT ou une EA (articles de papeterie, équipements de travail, etc.).",
      [MR], notes="Achats auprès d'un ESAT ou d'une EA.")
    P("- Contrats de prestations de service et de sous-traitance : réalisation de travaux de toute nature (entretien des espaces verts, nettoyage des locaux, traitement des paies, graphisme, PAO, etc.).",
      [MR], notes="Item de liste: prestations du STPA (par la liste).", ambiguous=True)
    P("- Contrats de mise à disposition de personnel : un travailleur handicapé issu d’une EA ou d’un ESAT peut, avec son accord, être mis à la disposition d’un autre employeur. Cette mise à disposition peut se faire en vue d’une embauche.",
      [MR], notes="EA/ESAT, travailleur handicapé.")
    P("Le saviez-vous : Il existe en France plus de 1 500 ESAT et 800 EA et EATT qui emploient près de 150 000 travailleurs handicapés.",
      [MR], notes="ESAT et EA (par la page: achats auprès d'eux).", ambiguous=True)
    P("Depuis la loi Macron, publiée au Journal Officiel du 7 août 2015, et le décret d’application n° 2016-60 du 28 janvier 2016, les contrats passés avec des Travailleurs indépendants handicapés (TIH) sont désormais pris en compte dans l’Obligation d’emploi des travailleurs handicapés.",
      [MR], notes="Contrats avec des TIH.")

    S("https://www.lizenzdirekt.com/fr/base-de-connaissances/lachat-durable-de-licences-de-logiciel", "L’achat durable de licences de logiciel (lizenzdirekt, base de connaissances)")
    P("LES LOGICIELS DURABLES : MÉNAGER LE CLIMAT ET ATTEINDRE LES OBJECTIFS DE DURABILITÉ",
      [NUM, E], notes="Intertitre: logiciels durables (numérique responsable), climat.")
    P("COMMENT LA RÉGLEMENTATION SUR L’ACHAT DE SERVICES DURABLES PERMETTRA-T-ELLE DE RENDRE L’ACHAT DE LOGICIELS PLUS RESPONSABLE ?",
      [NUM, E], notes="Achat de logiciels responsable (numérique), achat durable.")
    P("C’est pourquoi, depuis des années déjà, les pouvoirs publics ont l’obligation légale de prendre en compte les licences de logiciel d’occasion en cas d’appels d’offres, du moins en Allemagne.",
      [NUM, CE], notes="Licences d'occasion dans les appels d'offres (réemploi de logiciels).")
    P("Le fait de pouvoir réutiliser les choses devient un facteur de plus en plus important pour éviter d’impacter l’environnement par une production inutile.",
      [CE, E], notes="Réutilisation, impact environnemental.")
    P("À cet égard, les produits numériques présentent un avantage de taille, à savoir qu’ils ne s’usent pas.",
      [NUM], notes="Produits numériques (réutilisation par la phrase précédente).", ambiguous=True)
    P("Les programmes SQL, par exemple, fonctionnent tout aussi bien avec une licence d’occasion qu’avec une nouvelle.",
      [NUM, CE], notes="Licence d'occasion (réemploi).", ambiguous=True)

    S("http://www.webtimemedias.com/article/so-eko-grasse-le-nouveau-visage-de-leconomie-sociale-et-solidaire-20141201-55598", "So Eko à Grasse : le nouveau visage de l'Economie Sociale et Solidaire (WebTimeMedias)")
    P("So Eko à Grasse : le nouveau visage de l'Economie Sociale et Solidaire",
      [ESS], notes="Titre: ESS (salon des achats responsables).")
    P("Le premier salon professionnel des achats responsables a mis en relation entreprises et acheteurs. Il a donné aussi un coup de flash sur une Economie Sociale et Solidaire en plein développement (17.100 établissements en PACA et 3,9 milliards d'euros de masse salariale).",
      [ESS, E], notes="Salon des achats responsables (convention: environnement?), ESS.", ambiguous=True)
    P("Au vu du nombre de stands, de l'animation durant toute la journée, ce premier marché de l'économie sociale et solidaire qui clôturait le mois de l'ESS dans le pays de Grasse, s'est révélé un succès.",
      [ESS], notes="Marché de l'ESS (salon d'achats).")
    P("Il a permis aussi de rassembler dans un même lieu les entreprises de l'ESS avec les acheteurs (collectivités et établissements publics, entreprises privées, PME, TPE, grandes entreprises, comités d’entreprise) et donner un coup de flash sur cette autre économie dont le poids est loin d'être négligeable (10% d'emploi en PACA, 160.000 salariés dont 30.500 pour les seules Alpes-Maritimes, 17.100 établissements employeurs, 3,9 milliards d'euros de masse salariale).",
      [ESS], notes="Entreprises de l'ESS et acheteurs (PME/TPE cités comme acheteurs, pas accès PME).")

    S("https://www.essentiel-media.fr/inclusion-achats-responsables-less-service-entreprises/", "Inclusion, achats responsables : l’ESS au service des entreprises (Essentiel Média)")
    P("Soucieuses d’améliorer leur image, d’être dans une démarche plus responsable ou encore de développer une économie différente, des entreprises font appel aux compétences des structures de l’Économie Sociale et Solidaire pour leur permettre d’atteindre ces objectifs.",
      [ESS], notes="Entreprises faisant appel aux structures de l'ESS.")
    P("Des entreprises, en allant de PME à de grandes entreprises, font le choix de s’associer à des acteurs de l’Economie Sociale et Solidaire.",
      [ESS], notes="Partenariats avec l'ESS.")
    P("Elles n’ont cependant pas forcément les capacités à changer toutes seules et se tournent alors vers des acteurs de l’Economie Sociale et Solidaire (ESS).",
      [ESS], notes="Recours à l'ESS.")
    P("L’une des motivations peut concerner les achats. On appelle cela, des achats responsables.",
      [ESS, E], notes="Achats auprès de l'ESS (par la page); achats responsables (convention: environnement).", ambiguous=True)
    P("Pour Anne-Céline Denis, créatrice de l’agence Les Petites Rivières (agence de conseil en innovation sociale et responsabilité de l’entreprise), « se tourner vers les achats responsables est une étape très facile à réaliser pour les entreprises. Cela peut aller d’un traiteur que l’on souhaite plus responsable, préférant par exemple les circuits courts, aux produits de nettoyage, aux services de blanchisserie jusqu’aux fournitures de bureau ».",
      [E, AL], notes="Achats responsables; traiteur en circuits courts (alimentation durable).", ambiguous=True)
    P("Les entreprises qui s’engagent dans ces achats responsables sont, selon un sondage, 61 % à s’intéresser à l’emploi dans le bassin local et 54 % à penser à l’insertion des personnes éloignées de l’emploi.",
      [PME, CS], notes="Emploi local (ancrage local), insertion des personnes éloignées de l'emploi.", ambiguous=True)

    S("https://aktis-partners.com/cest-dans-les-vieux-pots-quon-fait-les-meilleures-confitures/", "C’est dans les vieux pots qu’on fait les meilleures confitures (Aktis Partners, blog)")
    P("Recyclage, seconde main, reconditionnement, l’économie circulaire a le vent en poupe. Mastodonte du CAC 40 ou petites PME, elles sont nombreuses à s’engager dans une démarche environnementale en se tournant vers du mobilier éco responsable.",
      [CE, E], notes="Économie circulaire, mobilier éco-responsable (achat).")
    P("Outre de prendre soin de la planète en réduisant notre empreinte carbone, acheter reconditionné permet aussi de créer de l’emploi.",
      [CE, E], notes="Achat reconditionné, empreinte carbone.")
    P("Hier encore inexistante, la filière du réemploi « at work » est en plein boom et acquière ses lettres de noblesse.",
      [CE], notes="Filière du réemploi.")
    P("Mauvaise image, associé à un faible budget, le mobilier reconditionné n’avait pas bonne presse et rare étaient les entreprises à opter de manière transparente pour cette approche.",
      [CE], notes="Mobilier reconditionné (achat des entreprises).")
    P("Aujourhui la tendance s’inverse avec la pression environnementale croissante, assorti d’une réglementation incitative.",
      [CE, E], notes="Tendance au reconditionné (par le contexte), pression environnementale.", ambiguous=True)
    P("En vigueur depuis le 1er janvier 2002, la loi anti-gaspillage pour une économie circulaire (Agec) a pour la première fois élaboré un cadre juridique pour encourager la seconde main. Elle impose aux acheteurs publics à se doter à minima de 20% de biens issus du réemploi ou du recyclage.",
      [CE], notes="Loi AGEC, obligation d'achats issus du réemploi.")

    S("https://bigmedia.bpifrance.fr/decryptages/reconditionne-quand-le-materiel-de-bureau-soffre-une-deuxieme-vie", "Reconditionné, quand le matériel de bureau s'offre une deuxième vie (Big média, Bpifrance)")
    P("Reconditionné, quand le matériel de bureau s'offre une deuxième vie",
      [CE], notes="Titre: matériel reconditionné.")
    P("Si le reconditionné à destination des particuliers est devenu monnaie-courante, il s’impose progressivement au sein des entreprises. Big média revient sur le marché de la seconde vie à destination des professionnels.",
      [CE], notes="Reconditionné en entreprise.")
    P("C’est en tout cas une tendance de fond qui s’inscrit progressivement dans le quotidien des entreprises. Et pour accélérer ce passage d’une économie linéaire à une économie circulaire, une nouvelle législation est entrée en vigueur.",
      [CE], notes="Économie circulaire.")
    P("Depuis janvier 2022, la loi Anti-Gaspillage pour une Économie Circulaire (AGEC) oblige les acheteurs publics à consacrer entre 20 % et 40 % de leurs achats à des produits reconditionnés ou issus du réemploi.",
      [CE], notes="Obligation AGEC pour les acheteurs publics.")
    P("Si cette mesure ne concerne que les acteurs publics, elle doit servir de modèle pour faire changer les mentalités, qui évoluent depuis dix ans.",
      [CE], notes="« cette mesure » = obligation AGEC (pronom).", ambiguous=True)
    P("« Aujourd’hui tout le monde sait ce qu’est le reconditionné, exprime Quentin de Lambert, cofondateur de Rzilient, une startup qui propose du matériel informatique reconditionné aux PME et ETI.",
      [NUM, CE], notes="Matériel informatique reconditionné (numérique + réemploi).")
    P("Auparavant, les freins à l’utilisation du matériel informatique reconditionné étaient liés à des enjeux de sécurité.",
      [NUM, CE], notes="Matériel informatique reconditionné.")

    S("https://iwms.fr/lachat-de-proprete-et-dhygiene-bien-plus-quun-enjeu-de-securite-sanitaire-un-achat-essentiel", "L’achat de propreté et d’hygiène, bien plus qu’un enjeu de sécurité sanitaire : un achat essentiel (IWMS)")
    P("L’achat de propreté et d’hygiène, bien plus qu’un enjeu de sécurité sanitaire : un achat essentiel",
      [SA], notes="Titre: achat de propreté, sécurité sanitaire (santé).", ambiguous=True)
    P("550 000 professionnels de la propreté travaillent chaque jour à l’entretien des lieux de vie et de l’environnement de travail. Un secteur et des salariés dont la valeur a été mise en lumière par la crise sanitaire, comme le souligne Philippe Jouanny, Président de la Fédération des Entreprises de Propreté, d’Hygiène et Services Associés (FEP).",
      [CT], notes="Salariés de la propreté (prestataires), reconnaissance de leur travail: conditions de travail?", ambiguous=True)
    P("Dans ce contexte, la propreté, perçue jusqu’alors comme un service purement opérationnel de nettoyage, est devenue stratégique pour la sécurité sanitaire dans les lieux de vie et de travail. Les acheteurs de propreté doivent mieux le prendre en considération.",
      [SA], notes="Sécurité sanitaire, acheteurs de propreté.")
    P("Notamment au regard des coûts induits chez nos clients en cas de non-adéquation des besoins et exigences d’hygiénisation.",
      [SA], notes="Exigences d'hygiène dans les achats de propreté (par la phrase précédente).", ambiguous=True)
    P("Encore aujourd’hui, les utilisateurs veulent être rassurés sur le niveau d’hygiène dans les transports en commun, les services publics, les espaces de bureaux partagés… Et pour cela, ils ont besoin de voir les agents d’entretien en journée, en continu.",
      [SA, CT], notes="Hygiène (santé); nettoyage en journée des agents (conditions de travail: horaires).", ambiguous=True)
    P("C’est la co-présence ou co-activité, qui tend à se développer sur certains sites.",
      [CT], notes="Nettoyage en journée (co-activité): horaires des agents, conditions de travail.", ambiguous=True)

    S("https://batinfo.com/actualite/les-entreprises-francaises-se-convertissent-a-la-vente-directe-denergies-renouvelables_11159", "Les entreprises françaises se convertissent à la vente directe d'énergies renouvelables (Batinfo)")
    P("Baptisé contrat d'achat privé d'énergie (en anglais, \"corporate PPA\" pour \"Power purchase agreement\"), ce dispositif constitue une petite révolution dans la fourniture d'énergie, même s'il ne représente encore qu'une toute petite partie de l'électricité consommée dans le monde.",
      [EN], notes="Contrat d'achat d'énergie (PPA).")
    P("Permettant aux entreprises de nouer des contrats de long terme pour se protéger de la volatilité des prix de l'énergie, ils sont en pleine expansion ces dernières années.",
      [EN], notes="Contrats d'achat d'énergie.")
    P("Les géants du numérique américains, en particulier, en ont fait un élément clé de leur stratégie d'approvisionnement en électricité pour \"verdir\" la consommation très importante de leurs centres de données.",
      [EN, NUM, E], notes="Approvisionnement en électricité verte; centres de données (numérique?).", ambiguous=True)
    P("Parmi les précurseurs, la SNCF a lancé cette année un appel d'offres pour sécuriser pendant 20 ans 20% de sa consommation d'électricité de source renouvelable via des PPA, explique Olivier Menuet, vice-président chargé de l'énergie au sein de la compagnie publique.",
      [EN], notes="Appel d'offres d'électricité renouvelable (énergie).")
    P("Aéroport de Paris a lui aussi publié cette année un appel à la concurrence pour approvisionner des sites via ce type de contrat.",
      [EN], notes="Appel à la concurrence pour un PPA (énergie, par la page).", ambiguous=True)
    P("Jusqu'ici, les entreprises n'avaient pas vraiment intérêt à signer ce type de contrat, alors qu'elles pouvaient profiter d'un prix du courant moins cher sur le marché.",
      [EN], notes="Prix de l'électricité, contrats d'achat.")

    S("https://collectifenergie.com/blog/actualite-energie/power-purchase-agreement", "Power Purchase Agreement : visibilité sur les prix, décarbonation et promotion des énergies renouvelables (Collectif Énergie, blog)")
    P("Power Purchase Agreement : visibilité sur les prix, décarbonation et promotion des énergies renouvelables",
      [EN, E], notes="Titre: contrat d'achat d'électricité, énergies renouvelables, décarbonation.")
    P("En plus de la transition écologique, la crise sur les marchés a mis en avant le besoin pour votre entreprise de diversifier sa stratégie d’achat et d’anticiper l’avenir… mais aussi la difficulté à le faire.",
      [EN, E], notes="Stratégie d'achat d'énergie (par la page), transition écologique.", ambiguous=True)
    P("Les réponses qui les accompagnent sont logiquement nombreuses, avec des formules contractuelles et d’approvisionnement qui recouvrent des réalités très différentes les unes des autres : contrat bloc + spot, produits à terme, autoconsommation, garantie d’origine…",
      [EN], notes="Formules d'approvisionnement en électricité (première tranche d'une phrase longue).")
    P("ou Power Purchase Agreement (PPA), sigle à la mode mais mystérieux au premier abord qui désigne les contrats signés directement entre un producteur d’électricité et un consommateur sur un temps long (généralement quinze à vingt ans).",
      [EN], notes="PPA, contrat d'achat d'électricité (seconde tranche de la phrase).")
    P("Pour s’y retrouver et comprendre l’engouement autour de cet achat d’électricité de gré à gré, Aurore Le Gouëz, directrice régionale Nord-Est de Collectif Énergie, répond à quatre questions essentielles pour entamer sa réflexion sur le sujet.",
      [EN], notes="Achat d'électricité.")
    P("Tout d’abord, un contrat d’énergie classique aujourd’hui permet de souscrire jusqu’à trois ans. Avec un PPA, la durée s’allonge à quinze voire vingt ans.",
      [EN], notes="Contrats d'énergie.")
    P("Pour le consommateur, il s’agit donc de se donner une visibilité budgétaire, au moins sur une partie de sa fourniture en énergie et une partie de sa consommation.",
      [EN], notes="Fourniture en énergie.")

    S("https://obs-commedia.com/les-pme-vertueuses-avec-leurs-fournisseurs-seront-desormais-labellisees-pat-letat/", "Les PME vertueuses avec leurs fournisseurs seront désormais labellisées par l’Etat (Observatoire COM MEDIA)")
    P("Les PME vertueuses avec leurs fournisseurs seront désormais labellisées par l’Etat",
      [G, PME], notes="Titre: label des relations fournisseurs (gouvernance: label), PME.", ambiguous=True)
    P("Jusque-là réservé aux grands groupes, le label délivré par le Médiateur des entreprises et le Conseil National des Achats s’ouvre aux PME-TPE après les grands groupes.",
      [G, PME], notes="Label achats (gouvernance), PME-TPE (comme acheteurs labellisés).", ambiguous=True)
    P("Ce label est le seul décerné par les pouvoirs publics et distingue les entreprises ou entités publiques qui ont fait la preuve de relations « durables et équilibrées » avec leurs fournisseurs.",
      [G, PME], notes="Label des relations fournisseurs équilibrées (proche de l'accès des PME?).", ambiguous=True)
    P("Sa création en 2012 a suivi de peu celle de la charte des Relations Fournisseur Responsables (1.850 signataires).",
      [G], notes="Charte (convention: gouvernance).")
    P("La Charte des Relations Fournisseur Responsables est née en 2010 de l’impulsion donnée par le Conseil National des Achats (CNA) et la Médiation des Entreprises, le médiateur des entreprises ayant été désigné pour la première fois par l’Etat cette même année. . Elle a pour but d’inciter les entreprises et organisations publiques à adopter des pratiques d’achats responsables vis-à-vis de leurs fournisseurs.",
      [G, E], notes="Charte d'achats responsables (gouvernance; achats responsables au sens large).", ambiguous=True)
    P("L’Observatoire COM MEDIA a voulu s’inscrire dès 2010, dans cette dynamique en portant la charte Relations Fournisseur Responsables auprès de ses adhérents et en communiquant régulièrement sur ses engagements, notamment en matière de processus des délais de paiement et de RSE.",
      [G, PME, E], notes="Charte; délais de paiement (PME?); RSE.", ambiguous=True)

    S("https://www.lextimes.fr/jurisprudence/droit-administratif/marches-publics/le-conseil-detat-assouplit-sa-position-en-matiere-dinsertion", "Marchés publics : Le Conseil d’État assouplit sa position en matière d’insertion (Lextimes)")
    P("Marchés publics : Le Conseil d’État assouplit sa position en matière d’insertion",
      [CS], notes="Titre: insertion dans les marchés publics.")
    P("Le Conseil d’État accepte enfin le critère de l'insertion professionnelle parmi la pluralité de critères qu'une personne publique peut retenir pour l'attribution d'un marché.",
      [CS], notes="Critère d'insertion professionnelle.")
    P("Le tribunal administratif avait considéré que l'insertion professionnelle n'était pas en lien avec l'objet de ce marché.",
      [CS], notes="Insertion professionnelle et objet du marché.")
    P("Le Conseil d’État en a décidé autrement au motif, quelque peu laconique, que le marché « est susceptible d'être exécuté au moins en partie par du personnel engagé dans une démarche d'insertion ».",
      [CS], notes="Personnel en insertion.")
    P("Comment prendre en compte la dimension sociale dans le cadre des marchés publics et permettre à des personnes sans emploi ou rencontrant des difficultés sociales et professionnelles de bénéficier de contrats de travail en vue de faciliter leur insertion sociale et professionnelle ?",
      [CS], notes="Dimension sociale des marchés, insertion.")
    P("Le code des marchés publics ouvre, au moins en théorie, deux possibilités : au stade de l'attribution du marché (art. 53) ou au stade de son exécution (art. 14).",
      [CS], notes="Deux possibilités de clause sociale (par la phrase précédente).", ambiguous=True)

    S("http://direct.lemondedudroit.fr/public/281-contrats-publics/43077-utilisation-du-critere-dinsertion-professionnelle-dans-les-marches-publics.html", "Utilisation du critère d'insertion professionnelle dans les marchés publics (Le Monde du Droit)")
    P("Dans le cadre d'une procédure d'attribution d'un marché qui, eu égard à son objet, est susceptible d'être exécuté, au moins en partie, par des personnels engagés dans une démarche d'insertion, le pouvoir adjudicateur peut légalement prévoir d'apprécier les offres au regard du critère d'insertion professionnelle des publics en difficulté dès lors que ce critère n'est pas discriminatoire et lui permet d'apprécier objectivement ces offres.",
      [CS], notes="Critère d'insertion professionnelle.")
    P("dont un des critères de sélection des offres était le critère des performances en matière d'insertion professionnelle des publics en difficulté, pondéré pour 15 % de la note finale.",
      [CS], notes="Critère d'insertion pondéré à 15 % (seconde tranche d'une phrase de plus de 70 mots; la première, l'objet du marché, est laissée de côté).")
    P("Soutenant que le critère de notation relatif aux performances en matière d'insertion professionnelle n'a pas de lien avec l'objet du marché et peut être retenu dès lors que le pouvoir adjudicateur n'a pas émis de telles exigences dans le cadre des clauses d'exécution du marché, une société évincée du marché a saisi la justice administrative.",
      [CS], notes="Critère d'insertion contesté.")
    P("Par un jugement du 20 décembre 2012, le juge des référés du tribunal administratif de Grenoble a fait droit à cette demande.",
      [CS], notes="Contentieux du critère d'insertion (par la phrase précédente).", ambiguous=True)

    S("https://www.adden-leblog.com/le-conseil-detat-assouplit-fortement-sa-jurisprudence-relative-a-lutilisation-du-critere-social/", "Le Conseil d’Etat assouplit fortement sa jurisprudence relative à l’utilisation du critère social (Adden Avocats, blog)")
    P("Le Conseil d’Etat assouplit fortement sa jurisprudence relative à l’utilisation du critère social",
      [CS], notes="Titre: critère social (insertion).")
    P("Ce marché va être l’occasion pour le juge administratif de « repenser » l’utilisation du critère dit « social » dans le jugement des offres[1].",
      [CS], notes="Critère social.")
    P("« en relevant que, par nature et indépendamment des personnels susceptibles d’être concernés par l’exécution du marché, les travaux de renforcement et de renouvellement de chaussées prévus par le marché litigieux ne présentent aucun lien direct avec l’insertion professionnelle des publics en difficulté ».",
      [CS], notes="Insertion professionnelle des publics en difficulté (seconde tranche d'une phrase de plus de 70 mots; la première, la procédure, est laissée de côté).")

    S("https://bbraun.fr/fr/a-propos/media/actualites/2024/developpement-durable-a-l-hopital---le-role-cle-des-achats.html", "Développement durable à l’hôpital : le rôle clé des achats (B. Braun, actualités)")
    P("Le portefeuille d’achats hospitalier est très large et couvre, pour l’exploitation, principalement les biens (fournitures et consommables) et les services (prestations ponctuelles ou externalisation d’une ou plusieurs fonctions supports).",
      [], notes="Périmètre des achats hospitaliers: aucun thème.", ambiguous=True)
    P("Du fait de leur volume annuel très conséquent, en particulier au bloc opératoire, ces biens et services ont un fort impact environnemental qui est de mieux en mieux étudié et mesuré.",
      [E, G], notes="Impact environnemental des achats, mesuré (suivi?).", ambiguous=True)
    P("Anthony Mauro, Responsable Département Production de l’Offre pour les unités de soins de la coopérative UniHA aux Hospices Civils de Lyon1, nous éclaire sur ces évolutions qui ont pour objectif de réduire cette incidence.",
      [E], notes="Réduire l'impact environnemental (« cette incidence »).", ambiguous=True)
    P("En premier lieu, il est important de rappeler le contexte juridique qui s’applique aux achats durables, avec le Code de la commande publique d’une part, et la loi Climat et résilience d’autre part.",
      [E], notes="Achats durables (convention: environnement), loi Climat et résilience.")
    P("En août 2026 au plus tard, nous aurons notamment l’obligation de retenir au moins un critère d’attribution prenant en compte les caractéristiques environnementales des offres.",
      [E], notes="Critère environnemental obligatoire.")
    P("Selon les typologies d’achat, l'importance relative d’un critère d’évaluation peut varier. D'un appel d'offres à un autre, le même critère peut disposer d'un impact tantôt central tantôt négligeable. C’est évidemment le cas pour les critères liés à la performance environnementale des offres.",
      [E], notes="Critères de performance environnementale.")
    P("Nos consultations comportent de manière quasi systématique des critères en lien avec le développement durable. Et ceux-ci pèsent évidemment dans la décision finale et s'avèrent parfois décisifs.",
      [E], notes="Critères de développement durable (convention: environnement).")
    P("Nous nous attachons à définir des critères en lien direct avec l'objet de marché et sommes attentifs à ce que les réponses ne soient pas de simples déclarations d'intention, que ces critères soient intelligibles et quantifiables.",
      [E], notes="Critères (de développement durable, par le contexte).", ambiguous=True)

    S("http://infos.advolys.fr/post/2011/02/20/Commercialisation-du-bois-non-certifi%C3%A9-interdite-en-2013", "Commercialisation du bois non certifié interdite en 2013 (Advolys, blog)")
    P("Une entreprise responsable s'interroge sur ses approvisionnements et leur provenance. Il en est ainsi du bois nécessaire aux activités de certaines entreprises.",
      [E, BIO], notes="Approvisionnements responsables en bois (biodiversité par la suite de la page).", ambiguous=True)
    P("L'exploitation illégale des domaines forestiers représente une réelle menace. Celle-ci contribue à la déforestation et à la dégradation des forêts qui sont responsables de près d'1/4 des émissions mondiales de CO2.",
      [BIO, E], notes="Déforestation (biodiversité, taxonomie), émissions de CO2; contexte des achats de bois.", ambiguous=True)
    P("Mais cette surexploitation illégale menace également la biodiversité et contrecarre toute gestion durable des forêts.",
      [BIO], notes="Biodiversité (contexte des achats de bois).", ambiguous=True)
    P("L'Union Européenne a ainsi adopté une nouvelle réglementation qui imposera aux importateurs et négociants en bois de connaître la source du bois ou des produits forestiers qu’ils achètent et de s’assurer de leur légalité.",
      [BIO], notes="Achat de bois légal (déforestation: biodiversité).", ambiguous=True)
    P("Il s'agit dès aujourd'hui de se référer plus encore aux labels et écolabels comme PEFC et FSC.",
      [BIO, E], notes="Labels de gestion forestière (biodiversité), écolabels.", ambiguous=True)

    S("https://decent-work-toolkit.herokuapp.com/fr/comment-realiser-l-egalite-des-sexes-dans-la-chaine-d-approvisionnement", "Agir : Comment obtenir l’égalité des sexes dans les chaînes d'approvisionnement (Decent Work Toolkit)")
    P("Appliquer une optique de genre à l’approvisionnement responsable",
      [EFH], notes="Titre: genre et approvisionnement responsable.")
    P("Agir : Comment obtenir l’égalité des sexes dans les chaînes d'approvisionnement",
      [EFH], notes="Égalité des sexes dans les chaînes d'approvisionnement.")
    P("Malgré des avantages évidents, les entreprises ne savent pas toujours par où commencer. Il est important d’obtenir en interne le soutien des hauts dirigeants de l’entreprise et de tous les services importants et leur engagement à mobiliser du temps et des ressources.",
      [EFH, G], notes="Démarche d'égalité dans les achats (par le titre); engagement de la direction (pilotage?).", ambiguous=True)
    P("Le premier objectif est de passer en revue toutes les politiques et pratiques existantes afin d’identifier les lacunes à combler en vue d’intégrer pleinement l’égalité des sexes à l’activité de l’entreprise.",
      [EFH, G], notes="Égalité des sexes; revue des politiques (gouvernance?).", ambiguous=True)
    P("Cela vous permettra d’élaborer et de mettre en œuvre une stratégie complète d’achats sensibles au genre, intégrant l’égalité des sexes aux processus décisionnaires à tous les échelons, afin de mieux comprendre ce qui empêche les entreprises appartenant à des femmes d’accéder à la chaîne d’approvisionnement et d’y jouer pleinement leur rôle.",
      [EFH, G], notes="Stratégie d'achats sensibles au genre (stratégie d'achat: gouvernance au sens large).", ambiguous=True)
    P("Il est aussi essentiel de bien identifier le rôle important que jouent les parties prenantes extérieures et d’échanger avec les partenaires commerciaux, les fournisseurs et les prestataires de services qui collaborent avec les entreprises appartenant à des femmes ou sensibles au genre afin d’améliorer leur accès aux chaînes d’approvisionnement mondiales.",
      [EFH], notes="Entreprises appartenant à des femmes, accès aux chaînes d'approvisionnement.")
    P("L’objectif est d’obtenir, à terme, l’intégration parfaite d’une dimension de genre en matière de processus d’achat à votre culture d’entreprise et à vos pratiques d’entreprise.",
      [EFH], notes="Dimension de genre dans les achats.")
    S("https://tetuconnect.com/achats-et-inclusion-la-difficile-equation", "Achats et inclusion, la difficile équation (Têtu Connect)")
    P("Pas facile d’engager les entreprises dans une stratégie d’achat à la fois responsable et inclusive.",
      [CS], notes="Achats inclusifs (diversité et inclusion; volet social au sens large).", ambiguous=True)
    P("Force est de constater qu’en France et en Europe, le sujet du respect de la diversité dans la fonction achat en est à ses balbutiements.",
      [CS], notes="Diversité dans la fonction achat (lutte contre les discriminations: volet social?).", ambiguous=True)
    P("Si ces thématiques vivent en interne, rares sont les entreprises à même de revendiquer une politique à 360 degrés, c’est-à-dire prenant en compte le sujet de l’inclusion à tous les niveaux de l’entreprise : depuis le recrutement de nouveaux entrants jusqu’au quotidien de la vie de l’entreprise. En ce sens, la thématique des achats est assez révélatrice.",
      [CS], notes="Inclusion (diversité, genre) dans les achats.", ambiguous=True)

    S("https://yoomap.fr/du-role-des-services-achats-dans-lopen-innovation/", "Du rôle des services achats dans l’Open Innovation (Yoomap)")
    P("Du rôle des services achats dans l’Open Innovation",
      [INNO], notes="Titre: achats et innovation ouverte (entreprises privées, pas la commande publique).", ambiguous=True)
    P("Comment les services achats peuvent-ils devenir des facilitateurs des relations entre grands groupes et start-up ?",
      [INNO], notes="Achats et start-up (taxonomie: start-up), côté entreprises.", ambiguous=True)
    P("Même si quelques grandes entreprises, comme Safran ou Natixis, ont confié tout ou partie de leur démarche Open Innovation aux Achats, le passage obligatoire par ces services fait encore office d’épouvantail pour de nombreuses start-up.",
      [INNO], notes="Achats, open innovation, start-up.", ambiguous=True)
    P("Heureusement, les contre-exemples s’avèrent de plus en plus nombreux, et émanent généralement d’une évolution bienvenue des process des services achats. Ainsi par exemple, Allianz a-t-elle réduit son contrat start-up de 80%, et Total conçu un contrat POC (Proof of Concept) de 8 pages seulement.",
      [INNO], notes="Contrats start-up et POC (expérimentation).", ambiguous=True)
    P("« On peut commencer par désigner un ou plusieurs acheteurs Open Innovation référents » propose Richard Biquillon, président de Yoomap.",
      [INNO, G], notes="Acheteurs référents open innovation (organisation: gouvernance?).", ambiguous=True)
    P("Il ne s’agit pas là de procéder au « sourcing » d’innovation, déjà maîtrisé par les services achats, mais de s’immerger dans l’écosystème des start-up afin de mieux comprendre leur mode de fonctionnement, y compris sur le plan humain.",
      [INNO], notes="Sourcing d'innovation, start-up.", ambiguous=True)

    S("https://nextstart.fr/2016/09/26/collaboration-start-up-et-grands-groupes-lacheteur-au-coeur-de-linnovation-ouverte-par-c-legros", "Collaboration start-up et grands groupes, l’acheteur au cœur de l’innovation ouverte (NextStart)")
    P("Collaboration start-up et grands groupes, l’acheteur au cœur de l’innovation ouverte par C Legros",
      [INNO], notes="Titre: acheteur, start-up, innovation ouverte.", ambiguous=True)
    P("L’Agence pour l’Innovation Ouverte (AIO) a publié au début de l’été son guide de bonnes pratiques. Focalisé sur les start-up, il propose des pistes de travail pour leur permettre de développer leurs relations avec les grands groupes.",
      [INNO], notes="Start-up et grands groupes (clients).", ambiguous=True)
    P("La fonction Achats y est citée à deux niveaux, avec la nécessité d’une « adaptation des processus de décision », d’une part, et la mise en place d’actions de sourcing inter-organisations pour améliorer l’accès au marché par les start-ups, d’autre part.",
      [INNO], notes="Sourcing, accès des start-up au marché.")
    P("Quelles sont les adaptations nécessaires des processus et pratiques Achats pour favoriser l’innovation ouverte avec les start-up ?",
      [INNO], notes="Achats et innovation ouverte.", ambiguous=True)
    P("Le processus de référencement, vertueux pour l’entreprise qui souhaite optimiser son sourcing et développer des relations avec ses principaux fournisseurs, trouve ses limites lorsqu’il s’agit d’identifier des solutions innovantes auprès de start-up.",
      [INNO], notes="Solutions innovantes, start-up.")

    S("https://expat-elan.fr/rh-info-les-actualites/243-200906-travail-illegal-les-maitres-douvrage-co-responsables/amp", "2009/06 - Travail illégal : les maîtres d'ouvrage co-responsables (Expat Elan, RH info)")
    P("2009/06 - Travail illégal : les maîtres d'ouvrage co-responsables",
      [CT], notes="Titre: travail illégal, maîtres d'ouvrage.")
    P("Travail illégal : les maîtres d'ouvrage co-responsables. Au-delà de l'application du Code des marchés publics, les donneurs d'ordres doivent veiller directement à l'élimination de toute situation de travail dissimulé chez leurs sous-traitants.",
      [CT], notes="Travail dissimulé chez les sous-traitants.")
    P("Obligation de s'assurer, tous les six mois, que les sous-traitants ne recourent pas au travail dissimulé.",
      [CT], notes="Item: contrôle du travail dissimulé.")
    P("L'interpellation récente du ministre du Travail, des Relations sociales, de la Famille, de la Solidarité et de la Ville sur les obligations du maître d'ouvrage en termes de lutte contre le travail illégal, fournit l'occasion de rappeler les obligations en ce domaine.",
      [CT], notes="Lutte contre le travail illégal.")
    P("Le Code des marchés publics[1] impose aux donneurs d'ordres (pouvoir adjudicateur) de solliciter tous les six mois un certain nombre de pièces[2] permettant \"aux maîtres d'ouvrages publics de s'assurer que leurs sous-traitants ne recourent pas au travail dissimulé\".",
      [CT], notes="Travail dissimulé, marchés publics.")
    P("Dans sa réponse du 9 juin 2009, le ministre n'estime pas nécessaire d'augmenter la fréquence de remise des documents, ni de faire effectuer un contrôle du personnel des co-contractants.",
      [CT], notes="Contrôle des co-contractants (travail illégal, par la page).", ambiguous=True)

    S("https://www.shou-air.fr/post/fourniture-scolaires-et-qualit%C3%A9-de-l-air-comment-agir-en-2022", "Fournitures scolaires et qualité de l’air : comment agir en 2022 (Shou'Air, blog)")
    P("Le printemps arrive et la saison est propice pour évoquer sereinement la question des achats de la rentrée scolaire avec un incontournable : les fournitures scolaires.",
      [SA], notes="Achats de fournitures scolaires (qualité de l'air: santé, par le titre).", ambiguous=True)
    P("Pourtant, les fournitures utilisées à la maison ou en classe peuvent avoir un impact sur la santé, et notamment sur la qualité de l’air intérieur.",
      [SA], notes="Santé, qualité de l'air intérieur (fournitures achetées).")
    P("Quel est vraiment cet impact, comment s’y retrouver entre les différents labels et quelles sont les conséquences pour le porte-monnaie ?",
      [SA], notes="Impact sur la santé (par la phrase précédente), labels et coût à l'achat.", ambiguous=True)
    P("De plus, la composition de ces produits est délicate à obtenir, entre les fiches de sécurité manquantes et les attestations de conformités en contradiction avec les mesures réalisées en laboratoire. Autant dire que le critère de l’émissivité des produits au moment de l’achat n’est donc pas aisé à évaluer.",
      [SA], notes="Émissivité des produits (qualité de l'air) à l'achat.")
    P("Heureusement, il existe de nombreuses ressources pour accompagner aussi bien les parents que les professionnels lors de l’achat de fournitures et de matériel pour arts plastiques et loisirs créatifs.",
      [SA], notes="Achat de fournitures (santé par la page).", ambiguous=True)
    P("Pour les structures scolaires engagées dans des démarches d’amélioration de la qualité de l’air intérieur, il peut être intéressant de communiquer ces fiches lors de la diffusion de la liste des fournitures scolaires.",
      [SA], notes="Qualité de l'air intérieur, liste des fournitures.")

    S("https://bebiodiversity.be/biodiversiscape/domaine/achat-processus/", "Achat & Processus (Be Biodiversity, Biodiversiscape)")
    P("La pollution et la surexploitation des ressources figurent parmi les principales menaces sur la biodiversité. On peut s’attaquer au problème en appliquant une politique adéquate d’achats et en réorganisant certains processus.",
      [BIO], notes="Biodiversité et politique d'achats.")
    P("Quelques réflexes en faveur de l’amélioration des achats et processus",
      [BIO], notes="Intertitre: achats (en faveur de la biodiversité, par la page).", ambiguous=True)
    P("Acheter des matériaux durables/produits écologiques",
      [E, BIO], notes="Intertitre: achats écologiques (biodiversité par la page).", ambiguous=True)
    P("La demande croissante en matières premières met sous pression les zones de production et l’utilisation des terres. Cela mène à une surexploitation. Pour préserver la biodiversité, optimisez votre gestion des matières premières. Deux réflexes aident à améliorer votre chaine d’approvisionnement.",
      [BIO], notes="Biodiversité, chaîne d'approvisionnement.")
    P("D’une part, réduisez la quantité et l’utilisation de matières premières ainsi que la consommation d’énergie; privilégiez les accessoires réutilisables ou les cycles courts et réduisez les emballages.",
      [BIO, EN, CE], notes="Sobriété en matières (biodiversité par la page), énergie, réutilisable et emballages.", ambiguous=True)
    P("D’autre part, assurez la durabilité de vos approvisionnements : évitez les produits chimiques et tournez-vous vers les labels écologiques et/ou durables, limitant les polluants (peinture et vernis naturel, produits de soin écologiques, etc.).",
      [BIO, E], notes="Approvisionnements durables, labels écologiques (biodiversité par la page).", ambiguous=True)
    P("Enfin, pour continuer à préserver la biodiversité, pensez à limiter et bien gérer vos déchets.",
      [BIO, CE], notes="Biodiversité, déchets.")
