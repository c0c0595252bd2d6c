"""Sixth collection round of real passages: the dev set's theme mix, weighted towards the themes 1.6.0 misses.

Model 1.6.0 still misses, on real text, governance and monitoring in the dev set's broad sense (the schéma as an
object, its adoption, obligation, bilans, indicators and pilotage, buyer networks, and governance beside another
theme), working conditions, biodiversity, ESS, digital, SME and local access, and broad « développement durable »
wording that the dev annotator labels environment (see ``models/themes/MODEL_CARD.md``). This round looks for those
on new pages (councils' vœux and deliberations, purchasing observatories, trade press, law firms, SME and network
sites, hospitals, universities, national plans), keeps every usable passage of a page and labels each with **all**
its themes by the dev set's conventions, so that the round's theme mix stays close to the dev set's.

Same helpers, conventions and rules as ``passages_src5.py`` (no page from a *domain* of the shared real dev set,
checked by ``build.py``; no page already used in ``corpora/real`` or ``corpora/objectives``; no site of the
objectives' fresh evaluation sets, ``corpora/objectives/fresh*_src.py``). Registered in ``build.py`` after round 5.
"""
# ruff: noqa: E501

from passage_checks import AL, BIO, CE, CEQ, CS, CT, EG, EN, ESS, INNO, MR, NUM, PME, SA, E, G


def load(S, P, Q) -> None:

    S("https://groupe-ecologiste.paris/le-conseil-de-paris/voeu-relatif-a-ladjointure-dannexes-detaillant-les-dispositions-figurant-dans-le-schema-parisien-de-promotion-des-achats-publics-socialement-et-ecologiquement-responsables", "Vœu relatif à l'adjonction d'annexes détaillant les dispositions du schéma parisien de promotion des achats publics socialement et écologiquement responsables (Groupe Écologiste de Paris)")
    P("Considérant le schéma de promotion des achats publics socialement et écologiquement responsables, que la Ville de Paris est tenue d’adopter, du fait du montant annuel de ses achats publics excédant cent millions d’euros hors taxes, en vertu de l’article L. 2111-3 du code de la commande publique ;",
      [G], non=["cent millions d’euros", "L. 2111-3"], notes="Obligation d'adopter le schéma (gouvernance); seuil et article (pièges).")
    P("Considérant que ce schéma permet à la Ville de définir des objectifs de la politique d’achats publics tenant compte des enjeux d’intégration sociale des travailleurs (personnes en situation de handicap, égalité entre les femmes et les hommes, insertion de personnes éloignées de l’emploi…) et qui intègre des éléments à caractère écologique ;",
      [G, CS, MR, EG, E], notes="Contenu légal du schéma (gouvernance); handicap (marchés réservés/handicap comme le dev), égalité, insertion, écologie.", ambiguous=True)
    P("Considérant que ce schéma constitue un levier très puissant d’accélération de la transition écologique et sociale de la Ville notamment au regard des 3 millions d’euros que la commande publique représente annuellement ;",
      [G, E, CS], non=["3 millions d’euros"], notes="Le schéma comme levier (gouvernance); transition écologique et sociale (environnement + social, convention du dev). Montant annuel (piège).", ambiguous=True)
    P("Considérant que certains termes figurant dans le document, telles que “dispositions favorables à la biodiversité”, “disposition favorables à l’économie circulaire”, ne permettent pas de connaître suffisamment précisément l’étendue de l’action de la Ville sur ces sujets en termes d’achats, et laissent place à un certain degré d’interprétation susceptible d’amener l’acheteur public à l’intégration de clauses et de critères environnementaux imprécis ou pas suffisamment ambitieux ;",
      [G, BIO, CE, E], notes="Critique du contenu du schéma (gouvernance); biodiversité, économie circulaire, critères environnementaux.", ambiguous=True)

    S("http://www.lettredesachats.com/services/lda_web/e-docs/obsar_des_indicateurs_achats_responsables_lacunaires_23489/document_article_web.phtml", "Obsar : des indicateurs achats responsables lacunaires (La Lettre des Achats)")
    P("Le sujet est sensible puisque le manque d’indicateurs de suivi des objectifs a souvent été désigné comme le talon d’Achille des politiques achats responsables. Force est de constater que la liste des principaux indicateurs déployés révèle des manques criants.",
      [G], notes="Indicateurs de suivi des politiques d'achats responsables (gouvernance), entreprises privées membres de l'Obsar.", ambiguous=True)
    P("Ils sont d’ailleurs 88 % à avoir déployé des indicateurs. Mais les principaux indicateurs utilisés ne portent que sur des applications très partielles de la RSE. Le plus déployé en moyenne concerne les délais de paiement fournisseurs (65 %).",
      [G, PME], non=["88 %", "65 %"], notes="Résultats d'enquête (pièges). Délais de paiement fournisseurs lus comme accès des PME (convention incertaine).", ambiguous=True)
    P("Le deuxième porte sur les montants d’achats réalisés auprès du secteur protégé et adapté (53 %), qui arrive à parts égales avec un indicateur mesurant la proportion",
      [G, MR], non=["53 %"], notes="Indicateur d'achats au secteur protégé et adapté; résultat d'enquête (piège). Coupé comme l'extrait.")

    S("https://www.manutan.com/blog/fr/strategie-achats/achats-responsables-les-14-indicateurs-qui-mettent-tout-le-monde-daccord", "Achats responsables : les 14 indicateurs qui mettent tout le monde d'accord (Manutan, blog)")
    P("Or, qui dit achats responsables dit capacité à évaluer la politique réellement menée par les achats dans ce domaine. Pendant longtemps, la difficulté à disposer d’indicateurs à portée universelle et à dimension pratique a freiné l’application d’une politique d’achats responsables 100 % crédible.",
      [G], non=["100 %"], notes="Évaluation et indicateurs d'une politique d'achats responsables (gouvernance, acheteurs privés). « 100 % crédible » n'est pas une cible.", ambiguous=True)
    P("Il nous apprend que seulement 27 % des entreprises déclaraient, il y a un an, disposer d’un système de mesure de la performance de leurs achats responsables [1].",
      [G], non=["27 %", "[1]"], notes="Résultat d'enquête (piège); mesure de la performance (gouvernance).")
    P("La mesure d’indicateurs précis en fonction d’objectifs définis en amont est la seule façon rigoureuse d’évaluer l’effet réel d’une politique d’entreprise.",
      [G], notes="Pilotage par indicateurs (gouvernance); entreprise privée.", ambiguous=True)

    S("https://marche-public.fr/contrats-publics/Guide-pratique-daj-oecp-acces-tpe-pme-commande-publique-v1-2019.htm", "Guide pratique « Faciliter l'accès des TPE/PME à la commande publique » DAJ/OECP, version 1, juin 2019 (marche-public.fr)")
    P("La commande publique représente un poids économique important dans l’économie nationale, pourtant les petites et moyennes entreprises sont sous-représentées dans l'achat public. Les PME, sont d'autre part, plus présentes dans les marchés des collectivités territoriales que ceux des autres acheteurs. La proximité y étant probablement pour quelque chose.",
      [PME], notes="Accès des PME; proximité.")
    P("Les raisons sont notamment financières avec la possibilité ou non d'emprunter ainsi que les délais de paiements ou l’absence ou insuffisance d’avance.",
      [PME], notes="Freins financiers des PME (sujet dans la phrase précédente).", ambiguous=True)

    S("http://lesentreprisesdupaysage.fr/devenir-adherent/questions-r%C3%A9ponses-newsletters", "Questions-réponses : l'accès des PME aux marchés publics (Les Entreprises du Paysage, UNEP)")
    P("La complexité des procédures des marchés publics représente généralement un frein à l’accès des petites et moyennes entreprises (PME) et des très petites entreprises (TPE) à ces contrats. Les PME n’ont pas toujours les moyens humains et matériels pour répondre aux nombreux marchés publiés.",
      [PME], notes="Accès des PME et TPE.")
    P("En principe, le montant de l’avance est fixé à un minimum de 5 % du montant initial toutes taxes comprises du marché.",
      [PME], non=["5 %"], notes="Règle d'avance (seuil légal, piège), dans un passage sur les PME; pourrait rester sans thème.", ambiguous=True)

    S("https://marchespublicspme.com/avant-la-reponse/les-marches-publics-et-les-pme/actualites/2020/04/23/l-allotissement-dans-les-contrats-de-marche-public-une-norme-en-faveur-des-pme-et-tpe_15308.html", "L'allotissement dans les contrats de marché public, une norme en faveur des PME et TPE (Marchés publics PME)")
    P("Toutefois dans les faits, cette mesure n’est pas toujours respectée par les acheteurs publics et les chiffres fournis par l’Etat afin de mesurer l’effectivité de la règle viennent le confirmer. Pour jauger l’application de ce principe, il a été demandé à l’Etat de mener des études statistiques dans ce sens.",
      [PME, G], notes="Allotissement (accès des PME) et mesure statistique de son application (suivi, gouvernance au sens large).", ambiguous=True)

    S("https://www.pme.fr/lacces-a-la-commande-publique-par-les-tpe-et-pme-les-nouveaux-dispositifs/", "L'accès à la commande publique par les TPE et PME : les nouveaux dispositifs (pme.fr)")
    P("Les TPE et PME sont en sous-représentation dans la commande publique avec 58% d’obtention des marchés publics en volume et 30% en valeur.",
      [PME], non=["58%", "30%"], notes="Parts constatées (piège).")
    P("Les objectifs de la démarche sont notamment, d’une part, d’obtenir une meilleure performance de l’achat public et, d’autre part, d’accroître la part des PME dans la commande publique.",
      [PME], objective=True, notes="Objectif qualitatif de l'État (accroître la part des PME), sans niveau.", ambiguous=True)

    S("https://vdocuments.site/fondamentaux-de-la-clause-sociale-ed2016-15-dec16.html", "Le recueil des Fondamentaux de la Clause Sociale d'Insertion et de Promotion de l'Emploi, édition 2016 (Alliance Villes Emploi, vdocuments)")
    P("La montée en puissance de la clause sociale et son impact sur les territoires, que ce soit en termes de participants concernés, d’entreprises impliquées, de donneurs d’ordre volontaires, s’est largement confirmée, année après année.",
      [CS], notes="Clause sociale d'insertion.")
    P("En effet, la quatrième consolidation des résultats de la clause sociale d’insertion et de promotion de l’emploi pour l’année 2015, diffusée par l’Alliance Villes Emploi en juin 2016, souligne ces progrès.",
      [CS, G], non=["2015", "juin 2016"], notes="Consolidation nationale annuelle des résultats (suivi, gouvernance au sens large du dev); dates (pièges).", ambiguous=True)
    P("C’est aussi l’occasion de réaffirmer le rôle essentiel de la fonction du facilitateur, développée par les Maisons de l’Emploi (MDE), les Plans Locaux d’Insertion et d’Emploi (PLIE) et parfois les Intercommunalités, et sa relation avec l’ensemble des acteurs concernés (cf. schéma page 4).",
      [CS], non=["4"], notes="Facilitateurs des clauses sociales; numéro de page (piège).")

    S("http://cartable-sain-durable.fr/restauration-collective-ecole/", "Restauration collective : vers une cantine responsable ! (Cartable sain et durable)")
    P("l’environnement : saisonnalité, proximité, agriculture respectueuse de l’environnement, maîtrise de la production de déchets et du gaspillage alimentaire, maîtrise des consommations d’eau, d’énergie et de l’impact carbone des aliments…",
      [AL, E, CE, EN], notes="Élément de liste (enjeux de la restauration scolaire): gaspillage et déchets (économie circulaire), énergie, carbone.", ambiguous=True)
    P("la santé : alimentation variée, équilibrée, limitant l’ingestion de résidus de pesticides, adaptée aux besoins et à l’âge des convives, éducation au goût et nutritionnelle, respect de la sécurité sanitaire dans le restaurant et dans la salle, allergies alimentaires…",
      [AL, SA], notes="Élément de liste: santé en restauration scolaire.")
    P("la solidarité : précarité de familles et des enfants, commerce équitable nord-sud et nord-nord, circuits courts, formation des agents techniques….",
      [AL, CEQ], notes="Élément de liste: commerce équitable, circuits courts. La précarité des familles n'est pas une clause sociale.", ambiguous=True)
    P("Cette vidéo de 3 minutes pour découvrir l’influence de notre alimentation sur notre santé et notre environnement",
      [AL, SA, E], non=["3 minutes"], notes="Durée (piège).", ambiguous=True)
    P("Consommer des produits de proximité est un enjeu de maintien de l’activité agricole, d’entretien des paysages ruraux, et de maintien des services ruraux. En réduisant le nombre d’intermédiaires, les circuits courts permettent une activité économique et une valeur ajoutée localement. Les produits de proximité sont bien souvent saisonniers.",
      [AL, PME], notes="Circuits courts (alimentation) et économie locale (accès local, comme le dev pour les produits locaux).", ambiguous=True)
    P("Ils sont moins chers, sont souvent produits à proximité et ont souvent un impact environnemental moindre. En termes de goût, les mythes de la tomate en hiver ou de la fraise à noël ont vécu: elles ont quand même peu de goût !",
      [AL, E], notes="Produits de saison (sujet dans le titre précédent); impact environnemental.", ambiguous=True)
    P("Pour maîtriser les consommations d’eau et d’énergie, plusieurs postes sont concernés :",
      [EN, E], notes="Énergie et eau en cuisine (eau lue comme environnement).", ambiguous=True)

    S("https://atd31.fr/fr/base-doc/services-publics/vers-une-restauration-collective-durable-et-de-qualite.html", "Vers une restauration collective durable et de qualité (Agence technique départementale de la Haute-Garonne)")
    P("- Un approvisionnement à hauteur de 50 % de produits de qualité et durables dont au moins 20 % issus de l’agriculture biologique au 1er janvier 2022.",
      [AL], objs=[Q(50, "%", horizon=2022, subject="produits de qualité et durables en restauration collective", themes=[AL]),
                  Q(20, "%", horizon=2022, comparator=">=", subject="produits issus de l'agriculture biologique", themes=[AL])],
      notes="Quotas EGalim (objectifs légaux, imbriqués). « au 1er janvier 2022 » pris comme horizon (échéance de la loi), discutable au regard de la règle sur l'entrée en vigueur.", ambiguous=True)
    P("- 60 % des viandes et poissons doivent être durables depuis le 1er janvier 2024.",
      [AL], objs=[Q(60, "%", subject="viandes et poissons durables en restauration collective", themes=[AL])],
      non=["1er janvier 2024"], notes="Quota légal (EGalim) déjà en vigueur (« depuis »): objectif sans horizon.", ambiguous=True)
    P("- Proposer un menu végétarien au moins une fois par semaine.",
      [AL], objective=True, notes="Obligation légale (EGalim) sans pourcentage: objectif qualitatif (fréquence non codée).", ambiguous=True)
    P("- Mettre en place une démarche de lutte contre le gaspillage alimentaire",
      [AL, CE], objective=True, notes="Obligation légale qualitative; gaspillage alimentaire (économie circulaire, comme le dev).")
    P("- À partir du 1er janvier 2025, l’utilisation de contenants alimentaires de cuisson, de réchauffe ou de service en matière plastique sera interdite.",
      [AL, CE, SA], objective=True, non=["1er janvier 2025"], notes="Interdiction légale (plastique en restauration collective): objectif qualitatif; santé (perturbateurs) implicite, discutable.", ambiguous=True)
    P("Le travail de sourcing consiste à identifier les fournisseurs et leur capacité à approvisionner la restauration collective. Il est indispensable car il permet d’avoir une connaissance fine de l’offre locale et donc de garantir l’adéquation entre l’offre et la demande.",
      [AL, PME], notes="Sourcing de l'offre locale en restauration collective.", ambiguous=True)
    P("L'outil DirectFermiers31, développé par le Conseil départemental de la Haute-Garonne en lien avec ses partenaires agricoles peut vous y aider. Le sourcing peut être mutualisé, dans le cadre d’un Projet Alimentaire de Territoire (PAT) par exemple.",
      [AL, PME], notes="Outil de sourcing de producteurs locaux; Projet alimentaire de territoire.", ambiguous=True)

    S("https://terredactu.com/5103/le-local-se-mange-la-cantine-lun-30052022-1132-796", "Le local se mange à la cantine (Terre d'Actu)")
    P("La loi EGAlim est claire : elle incite la restauration collective à intégrer la moitié de produits locaux et durables dans leurs menus, dont au moins 20 % de bio. Si la législation peut imposer cet aspect local, encore faut-il disposer d'outils d'approvisionnement adaptés.",
      [AL, PME], objs=[Q(50, "%", subject="produits locaux et durables dans les menus", themes=[AL]),
                       Q(20, "%", comparator=">=", subject="produits bio dans les menus", themes=[AL])],
      notes="Quotas EGalim rapportés (« la moitié » = 50, imbriqué « dont au moins 20 % »); « locaux » est l'erreur de l'article, gardée; accès local étiqueté.", ambiguous=True)

    S("https://www.c2ds.eu/decarbonation-achat-penser-global-agir-local/", "Achat : « penser global, agir local » (C2DS, Comité pour le développement durable en santé)")
    P("L’établissement sanitaire et médico-social est un grand acheteur, les dépenses liées à l’équipement des centres hospitaliers seuls s’élèvent à 18 milliards d’euros « soit l’équivalent annuel du montant des achats de l’État hors armement » [1].",
      [SA], non=["18 milliards d’euros", "[1]"], notes="Volume d'achats hospitaliers (piège); santé.")
    P("« L’impact positif des acheteurs sur la transition écologique et sociétale peut être considérable dès lors qu’ils endossent pleinement le rôle d’acteur au cœur de la démarche de décarbonation de leur établissement » rappelle Frédérique Perlier, ancienne directrice achats d’un groupe de cliniques, administratrice du C2DS.",
      [E, SA], notes="Transition écologique, décarbonation; établissements de santé. « sociétale » non étiqueté clauses sociales.", ambiguous=True)
    P("Entre 90 000 et 1,5 millions de produits différents entrent dans une des catégories du dispositif médical[2], un secteur avec une forte présence de plastique souvent à usage unique ou présentant les caractéristiques d’un équipement électrique ou électronique.",
      [SA, CE], non=["90 000", "1,5 millions", "[2]"], notes="Dispositifs médicaux, plastique à usage unique (économie circulaire). Comptes (pièges).", ambiguous=True)
    P("Pour commencer, on nomme un référent « achats bas carbone » et on forme les acheteurs au développement durable dont les enjeux climatiques.",
      [E, G, SA], notes="Référent et formation des acheteurs (gouvernance au sens du dev); bas carbone; établissements de santé (contexte de la page).", ambiguous=True)
    P("La première mission du référent consiste à faire un état des lieux des initiatives, c’est-à-dire de l’achat de produits moins générateur de GES. C’est le moment aussi pour sensibiliser les prescripteurs à l’impact des achats de produits dans les émissions de GES de l’établissement.",
      [E, G], notes="État des lieux et sensibilisation des prescripteurs (pilotage, gouvernance au sens large); GES.", ambiguous=True)

    S("https://www.sustaineo.fr/ressources-actus/", "Ressources et actualités : devoir de vigilance (Sustaineo)")
    P("Le devoir de vigilance dans la chaîne d’approvisionnement est une notion clé dans les achats durables et de plus en plus présent dans les législations nationales ou internationales en hard ou soft law.",
      [CT, E], notes="Devoir de vigilance dans la chaîne d'approvisionnement (conditions de travail, comme les rounds précédents); « achats durables » (environnement, convention du dev).", ambiguous=True)
    P("L’OCDE dans ses principes directeurs demande aux entreprises la mise en place d’un devoir de vigilance, reposant dans une logique de progrès continu sur quatre piliers : identification des risques, prévention et atténuation, remédiation et réparation, communication.",
      [CT], notes="Devoir de vigilance (droits humains au travail, implicite).", ambiguous=True)
    P("L'OIT publie de nouveaux chiffres sur l'esclavage moderne en augmentation septembre 2017 (lire ici)",
      [CT], non=["septembre 2017"], notes="Travail forcé; date (piège).")

    S("https://lexdailynews.fr/achats-et-droits-humains-quels-enjeux-pour-les-entreprises/", "Achats et droits humains : quels enjeux pour les entreprises ? (Lex Daily News, chronique de Michon Avocats)")
    P("Conditions de travail des confections dans le textile, travail des enfants dans les champs ou encore travail forcé dans le secteur extractif, les chaînes d’approvisionnement de nos grandes entreprises sont souvent dénoncées comme lieu de violations des droits humains.",
      [CT], notes="Conditions de travail dans les chaînes d'approvisionnement.")
    P("Il est attendu que les entreprises exercent leur devoir de vigilance, en tant que donneuses d’ordres, c’est-à-dire qu’elles identifient les risques liés aux pratiques de leurs fournisseurs. À elles aussi de justifier que leurs produits et services ne soient pas associés à des violations des droits humains.",
      [CT], notes="Devoir de vigilance des donneurs d'ordres (achats privés).")
    P("Il en va ainsi du règlement sur les minerais de conflits de 2021, de celui de juin dernier sur les produits issus de la déforestation ou encore de celui annoncé en septembre 2022 sur les produits issus du travail forcé.",
      [CT, BIO, E], non=["2021", "septembre 2022"], notes="Travail forcé (conditions de travail); déforestation (biodiversité + environnement, comme le dev pour les forêts).", ambiguous=True)

    S("https://www.devoirdevigilance.be/L-opacite-des-chaines-d?lang=fr", "L'opacité des chaînes d'approvisionnement globalisées du secteur de l'habillement (devoirdevigilance.be)")
    P("Les entreprises doivent faire preuve de vigilance dans la conduite de leurs affaires et prévenir les abus des droits humains dans leur chaîne de valeur.",
      [CT], notes="Droits humains dans la chaîne de valeur (habillement). Page belge, en français.")
    P("Si certaines avancées ont été constatées ces dernières années, le chemin vers une industrie transparente reste long. Ces efforts timides témoignent des limites des engagements volontaires en matière de respect des droits humains et de la nécessité d’adopter des normes contraignantes en la matière.",
      [CT], notes="Transparence des filières textiles et droits humains.", ambiguous=True)

    S("https://3ar-na.fr/?p=3890", "Retour d'expérience : la DDE des Landes et le nettoyage des locaux (3AR, Association Aquitaine des Achats Publics Responsables)")
    P("La DDE des Landes a initié une démarche d’achat responsable en retravaillant progressivement les termes de son marché lié au nettoyage des locaux.",
      [E], notes="Achat responsable (ici critères environnementaux, voir la suite) dans un marché de nettoyage.", ambiguous=True)
    P("« Nous souhaitions tester sur le terrain l’emploi des critères environnementaux et nous donner les moyens d’avoir du recul avec un marché à procédures adaptées sur huit mois dans un premier temps » nous explique Catherine RODRIGUEZ, correspondante Développement Durable à la DDE des Landes.",
      [E], non=["huit mois"], notes="Critères environnementaux; durée (piège).")
    P("Le 1 er marché concernant le nettoyage des bureaux comportait trois critères environnementaux, non rédhibitoires.",
      [E], non=["1 er"], notes="Compte de critères (piège). Espace dans « 1 er » gardé.")
    P("« Nous demandions des produits de nettoyage et des consommables (savon, sacs poubelle, papier toilette…) répondant aux critères d’éco labels officiels, et un système de management environnemental (type ISO 14001 ou EMAS).",
      [E], non=["ISO 14001"], notes="Écolabels, management environnemental; numéro de norme (piège). Santé non étiquetée.")
    P("Cette expérience a eu le mérite de sensibiliser les fournisseurs sur ces démarches et d’entamer une progression certaine des achats responsables sur d’autres types de marchés. »",
      [E], notes="Achats responsables au sens large (environnement, convention du dev); pourrait aussi porter le social.", ambiguous=True)

    S("https://prod.architectes.ows.fr/actualites/des-retours-dexperience-pour-encourager-leconomie-circulaire-dans-la-commande-publique", "Des retours d'expérience pour encourager l'économie circulaire dans la commande publique (Ordre des architectes)")
    P("Afin de développer la prise en compte de l’économie circulaire dans les marchés publics de travaux, l’association RESECO, le Conseil régional des Pays de la Loire et l’Ademe mettent à disposition des acheteurs un fascicule pour favoriser la prescription du réemploi et de matériaux alternatifs (recyclés, biosourcés, etc.).",
      [CE, G], notes="Réemploi dans les travaux; outil d'un réseau d'acheteurs (RESECO) pour les acheteurs (gouvernance au sens large du dev).", ambiguous=True)
    P("Notons notamment que, depuis 2016, les collectivités territoriales sont invitées à promouvoir l’usage de matériaux recyclés ou de réemploi dans la commande publique.",
      [CE], non=["2016"], notes="Incitation déjà en vigueur (« depuis »): pas un objectif.")
    P("En outre, dans certaines catégories de bien, les achats publics doivent désormais comporter une part minimale de produits issus des filières du réemploi, de la réutilisation ou du recyclage, selon un décret paru mercredi 10 mars 2021 au Journal officiel.",
      [CE], objective=True, non=["10 mars 2021"], notes="Obligation légale (AGEC) sans niveau écrit dans la phrase: objectif qualitatif; date du décret (piège).", ambiguous=True)
    P("Pour les premiers, les acheteurs devront notamment prévoir 20% de produits issus du réemploi ou de la réutilisation.",
      [CE], objs=[Q(20, "%", subject="produits issus du réemploi ou de la réutilisation (bâtiments préfabriqués)", themes=[CE])],
      notes="Quota légal AGEC (décret du 9 mars 2021); l'objet (bâtiments préfabriqués) est dans la phrase précédente.", ambiguous=True)

    S("https://www.ekopolis.fr/fiche-savoir-economie-circulaire-reemploi-en-phase-marche-des-projets-damenagement", "Fiche savoir : économie circulaire, le réemploi en phase marché des projets d'aménagement (Ekopolis)")
    P("En France, la transition vers une économie circulaire est reconnue officiellement comme l’un des objectifs de la transition énergétique et écologique, et comme l’un des engagements du développement durable.",
      [CE, E], notes="Économie circulaire; transition écologique et développement durable (environnement, convention du dev).", ambiguous=True)
    P("À échelle européenne, le secteur du bâtiment représente 40 % de la consommation en énergie et plus de 50 % des matières premières extraites. En France environ 213 millions de tonnes de déchets sont produits chaque année par le secteur du BTP. Ils représentent plus de 76% de la totalité des déchets produits en France.",
      [CE, EN], non=["40 %", "50 %", "213 millions de tonnes", "76%"], notes="Chiffres de contexte (pièges): énergie et déchets du bâtiment.")
    P("Un premier élément essentiel pour fixer des objectifs de réemploi dans les marchés est de ne pas confondre des logiques de stock avec des logiques de flux.",
      [CE], notes="Méthode pour fixer des objectifs de réemploi (pas un objectif).")

    S("https://sourse.fr/achats-et-reemploi-le-cas-de-commande-publique", "Achats et réemploi – Le cas de la commande publique et du secteur du bâtiment (Sourse)")
    P("En 2020, la fondatrice de Sourse a mené une étude portant sur deux de ses sujets de prédilection : le réemploi de matériaux dans le secteur du bâtiment, et l’achat public.",
      [CE], non=["2020"], notes="Étude sur le réemploi; date (piège).")
    P("L’objectif était de comprendre comment la commande publique pouvait contribuer à la massification de l’économie circulaire, en l’occurrence le réemploi de matériaux dans le bâtiment.",
      [CE], notes="Objectif d'une étude (passé), pas d'une politique d'achat.")

    S("https://www.construction21.org/france/articles/h/favoriser-la-commande-en-materiaux-recycles-et-le-reemploi-dans-les-marches-publics-de-la-construction.html", "#4 - Favoriser la commande en matériaux recyclés et le réemploi dans les marchés publics de travaux de construction (Construction21)")
    P("Objectif : Booster l’économie circulaire dans la commande publique et créer un appel d’air pour les filières de valorisation.",
      [CE], objective=True, notes="Objectif qualitatif d'un clausier (outil, pas une politique d'acheteur).", ambiguous=True)
    P("Cette dynamique est également une solution pragmatique pour le développement économique territorial (développement de filières locales, valorisation des ressources du territoire, meilleure valeur ajoutée des entreprises) et la réduction de l’impact environnemental des filières de fabrication de produits de construction.",
      [CE, PME, E], notes="Matériaux recyclés et réemploi (sujet de la phrase précédente); filières locales (accès local); impact environnemental.", ambiguous=True)

    S("https://ekopolis.fr/ressources/guide-commande-publique-et-economie-circulaire-dans-le-secteur-du-batiment", "Guide : commande publique et économie circulaire dans le secteur du bâtiment (Ekopolis)")
    P("Officiellement apparue avec la loi relative à la transition énergétique pour la croissance verte de 2015 (cf. annexe), la commande publique a rapidement été mentionnée comme un levier en faveur de l'économie circulaire.",
      [CE], non=["2015"], notes="Économie circulaire; année de la loi (piège).")
    P("La mise en place d'objectifs et d'actions en faveur de la protection de l'environnement, du progrès social et d'un dynamisme économique territorial y contribue.",
      [E, CS, PME], notes="Environnement, progrès social, économie territoriale; pas d'objectif fixé.", ambiguous=True)

    S("https://www.territoire-energie.com/article/gaz-et-electricite-lefficacite-de-lachat-groupe/", "Gaz et électricité : l'efficacité de l'achat groupé (Territoire d'énergie, FNCCR)")
    P("Depuis 2015, la plupart des tarifs réglementés de vente (TRV) du gaz et de l’électricité ont été supprimés. Chez les collectivités locales, mais aussi les autres acheteurs publics (santé, éducation…).",
      [EN], non=["2015"], notes="Achat d'énergie; date (piège).")
    P("De nombreux syndicats intercommunaux d’électricité, les « territoires d’énergie », ont organisé des achats groupés pour proposer une solution efficace et adaptée aux besoins des collectivités et autres acheteurs publics.",
      [EN, G], notes="Achats groupés d'énergie (mutualisation des achats, lue comme gouvernance au sens du dev: centrales et groupements).", ambiguous=True)
    P("Les avantages sont multiples, à commencer par les économies d’échelle : une seule procédure, au lieu de plusieurs dizaines, voire centaines. L’allotissement est ensuite adapté aux besoins et permet de regrouper des sites au profil de consommation spécifique (piscines, écoles…).",
      [EN], notes="Achat groupé d'énergie; l'allotissement n'est pas ici un moyen d'accès des PME.", ambiguous=True)

    S("https://enoptea.fr/articles/collectivites-comment-choisir-le-meilleur-fournisseur-denergie", "Collectivités : comment choisir le meilleur fournisseur d'énergie ? (Enoptea)")
    P("L’énergie représente une part significative des dépenses des collectivités. Notamment avec des postes comme l’éclairage public, qui peut atteindre jusqu’à 40 % de la facture d’électricité d’une commune et 37% de sa consommation totale, selon l’ADEME.",
      [EN], non=["40 %", "37%"], notes="Parts constatées (pièges; « jusqu'à 40 % » n'est pas une cible).")
    P("Choisir le bon fournisseur d’énergie en tant que collectivité n’est plus une simple question de prix. C’est un choix stratégique qui doit s’inscrire dans une démarche globale, alliant performance, conformité réglementaire et engagement environnemental.",
      [EN, E], notes="Achat d'énergie et engagement environnemental.")
    P("La rénovation énergétique du secteur public et des collectivités représente ainsi un enjeu stratégique majeur, tant pour la réduction des coûts énergétiques que pour la contribution aux objectifs climatiques nationaux.",
      [EN, E], notes="Rénovation énergétique, objectifs climatiques (mentionnés, non fixés).")

    S("https://code-commande-publique.com/achat-de-gaz-electricite", "Achat de gaz et d'électricité (code-commande-publique.com)")
    P("Les acheteurs publics effectuent leurs achats d’énergie dans le cadre prévu par le code de la commande publique. Ces achats sont réalisés, soit directement par les entités publiques, soit dans le cadre de groupements d’achats permettant de mutualiser les besoins et la mise en concurrence tout en gérant la complexité inhérente aux achats d’énergie.",
      [EN], notes="Achat d'énergie; groupements (gouvernance non étiquetée ici: simple modalité d'achat).", ambiguous=True)

    S("https://docplayer.fr/2250334-Appreciation-de-la-mise-en-oeuvre-des-clauses-sociales-dans-les-marches-publics.html", "Appréciation de la mise en œuvre des clauses sociales dans les marchés publics, étude Alexis-Lorraine pour la DARES, octobre 2009 (DocPlayer)")
    P("\"Appréciation de la mise en œuvre des clauses sociales dans les marchés publics\" Analyse de quatre chantiers sur le territoire lorrain, autour de l'article 14 et l'article 30 du code des marchés publics",
      [CS], non=["14", "30"], notes="Titre d'étude; numéros d'articles (pièges).")
    P("Cette étude a été rendue possible grâce à la collaboration de Collectivités territoriales en Lorraine, porteuses d'initiatives autour des clauses sociales, à la collaboration de donneurs d'ordre, à la bonne volonté des entreprises classiques ou SIAE, opérateurs directement concernés par la mise en application de ces clauses, à la bonne volonté de participants à ces chantiers.",
      [CS], notes="Clauses sociales, SIAE.")

    S("https://www.alain-bensoussan.com/avocats/achat-public-de-produits-numeriques-et-empreinte-environnementale/2021/12/30/", "Achat public de produits numériques et empreinte environnementale (Lexing Alain Bensoussan Avocats)")
    P("L’achat public de produits numériques sera bientôt soumis à des indices « green IT », transition numérique écologique oblige. Il doit prendre en compte la lutte contre le gaspillage et la réduction de l’empreinte carbone.",
      [NUM, E, CE], notes="Numérique responsable; carbone; gaspillage (économie circulaire).", ambiguous=True)
    P("La loi n°2021-1485 du 15 novembre 2021 visant à réduire l’empreinte environnementale du numérique en France, dite « loi REEN », vise à « orienter le comportement de tous les acteurs du numérique, qu’il s’agisse des consommateurs, des professionnels du secteur ou encore des acteurs publics, afin de garantir le développement en France d’un numérique sobre, responsable et écologiquement vertueux ».",
      [NUM, E], non=["2021-1485", "15 novembre 2021"], notes="Objet de la loi REEN (pas une cible d'achat); numéro et date (pièges).", ambiguous=True)
    P("Mais la lutte contre le gaspillage et l’objectif de transition vers une économie circulaire concernent également les acteurs publics.",
      [CE, NUM], notes="Économie circulaire; le numérique est le sujet de la page et du paragraphe.", ambiguous=True)
    P("l’obligation de réemploi des équipements informatiques, à compter du 1er janvier 2026",
      [NUM, CE], objective=True, non=["1er janvier 2026"], notes="Élément de liste: obligation légale sans niveau (objectif qualitatif); entrée en vigueur (pas d'horizon).", ambiguous=True)
    P("Ces critères s’imposeront aux services de l’Etat ainsi qu’aux collectivités territoriales et leurs groupements pour tout achat public de produits numériques.",
      [NUM], objective=True, notes="Obligation future (indices de réparabilité et de durabilité) pour tout achat de produits numériques: objectif qualitatif, « tout achat » non normalisé faute de cible chiffrée.", ambiguous=True)

    S("https://apl-datacenter.com/?p=3644", "Le numérique responsable dans le secteur public : les lois REEN et AGEC sont à anticiper dès aujourd'hui ! (APL Data Center)")
    P("La loi visant à réduire l’empreinte environnementale du numérique, dite loi REEN, concerne les consommateurs, professionnels et acteurs du secteur public avec, pour les communes et structures intercommunales de plus de 50 000 habitants, l’obligation de se doter d’une « stratégie numérique responsable » au plus tard le 1er janvier 2025.",
      [NUM, G, E], non=["50 000 habitants", "1er janvier 2025"], notes="Obligation d'adopter une stratégie (l'objet « plan », comme l'obligation d'adopter un SPASER: gouvernance, piège); seuil et date.", ambiguous=True)
    P("Sans rien changer aux obligations de collecte et de traitement des déchets électriques et électroniques (DEEE) en vigueur depuis déjà près de 15 ans, la loi REEN vient renforcer les exigences en matière d’achats de produits numériques pour les acteurs publics, afin d’encourager un allongement de la durée de vie des matériels.",
      [NUM, CE], non=["15 ans"], notes="Déchets électroniques, durée de vie (économie circulaire); durée (piège).")
    P("Du côté des constructeurs de matériels (téléphones, ordinateurs, imprimantes…), la loi renforce le délit d’obsolescence programmée et la lutte contre l’obsolescence logicielle.",
      [NUM, CE], notes="Obsolescence (économie circulaire).")

    S("https://vecteurplus.com/achats-numeriques-responsables", "Vers une arrivée massive des achats numériques responsables ? (Vecteur Plus)")
    P("Le 15 novembre 2021 l’État a adopté une nouvelle loi qui va venir apporter une nouvelle impulsion dans les achats publics responsables : la loi REEN (Réduire l’Empreinte Environnementale du Numérique en France).",
      [NUM, E], non=["15 novembre 2021"], notes="Loi REEN; date d'adoption (piège).")
    P("Le numérique prend de plus en plus de place dans notre quotidien : la numérisation, le télétravail, les objets et villes connectées, etc. De fait la pollution générée augmente proportionnellement et la loi REEN tend à justement intervenir sur les effets indirects du numérique dès l’intention d’achat sur la commande publique.",
      [NUM, E], notes="Pollution du numérique (environnement).")
    P("Si nous n’agissons pas dès maintenant, à l’horizon 2040 le numérique sera à l’origine de 24 millions de tonnes de carbone, soit 7% des émissions de la France contre 2% aujourd’hui.",
      [NUM, E], non=["2040", "24 millions de tonnes", "7%", "2%"], notes="Projection (piège: « à l'horizon 2040 » d'une prévision, pas d'une cible).")

    S("https://www.citia.fr/2023/07/20/reduire-lempreinte-environnementale-du-numerique/", "Réduire l'empreinte environnementale du numérique (Citia, veille juridique)")
    P("Pour limiter la production des déchets informatiques, l’État et les collectivités territoriales doivent mettre en œuvre, à compter du 15 avril 2023, les actions nécessaires afin de développer le réemploi et la réutilisation des matériels informatiques qu’elles réforment et atteindre a minima des objectifs annuels progressifs fixés à l’article 3 du décret pour 2023, 2024 et à partir de 2025.",
      [NUM, CE], objective=True, non=["15 avril 2023", "3", "2023", "2024", "2025"], notes="Obligation légale (décret REEN) qui renvoie à des objectifs chiffrés donnés dans la phrase suivante: objectif qualitatif ici; les années sont celles de cibles non écrites dans ce passage.", ambiguous=True)
    P("Ces objectifs annuels sont respectivement une proportion de 25%, 35% puis 50% de biens informatiques réformés et orientés vers le réemploi ou la réutilisation au cours de l’année N par rapport au nombre de biens informatiques réformés en stock au 1er janvier de ladite année N.",
      [NUM, CE], objs=[Q(25, "%", per_year=True, subject="biens informatiques réformés orientés vers le réemploi ou la réutilisation (2023)", themes=[NUM, CE]),
                       Q(35, "%", per_year=True, subject="biens informatiques réformés orientés vers le réemploi ou la réutilisation (2024)", themes=[NUM, CE]),
                       Q(50, "%", per_year=True, subject="biens informatiques réformés orientés vers le réemploi ou la réutilisation (à partir de 2025)", themes=[NUM, CE])],
      non=["1er"], notes="Trajectoire légale (décret du 12 avril 2023): années et « a minima » dans la phrase précédente, donc horizon et comparateur nuls ici; objectifs annuels (per_year).", ambiguous=True)
    P("L’article 2 rappelle que les bénéfices du réemploi sur le plan environnemental sont supérieurs à ceux du recyclage.",
      [CE, E, NUM], non=["2"], notes="Réemploi vs recyclage (matériels informatiques, sujet du texte); numéro d'article.", ambiguous=True)

    S("http://esh-handicap.fr/sous-traiter/secteur-protege-adapte/", "Qu'est-ce que le secteur protégé et adapté ? (ESH Handicap)")
    P("Emploie à minima 80 % de travailleurs handicapés orientés vers le milieu protégé par la CDAPH,",
      [MR], non=["80 %"], notes="Élément de liste décrivant un ESAT: définition (piège), pas un objectif.")
    P("Il existe actuellement un peu plus 1.400 ESAT et 600 EA en France. Ils emploient respectivement environ 100.000 et 20.000 personnes handicapées et sont répartis sur l'ensemble du territoire.",
      [MR], non=["1.400", "600", "100.000", "20.000"], notes="Comptes (pièges).")
    P("Ces établissements et entreprises ont développé des savoir-faire dans de nombreux domaines d'activité, y compris dans des secteurs de pointe.",
      [MR], notes="ESAT et EA (sujet de la phrase précédente).", ambiguous=True)

    S("https://www.hosmoz.fr/Annuaire/EtablissementList-2480-10.html", "Annuaire des ESAT et EA : vos questions sur les ESAT et EA (Hosmoz, Réseau Gesat)")
    P("Faire des achats responsables permet de rendre l'organisation en charge de ses achats plus vertueuse, tant sur les aspects sociaux qu'environnementaux. C'est aussi, aujourd'hui, un enjeu d'image qui permet aux organisations de développer leur \"marque employeur\" et ainsi attirer les jeunes talents.",
      [CS, E], notes="Achats responsables, aspects sociaux et environnementaux (convention du dev).", ambiguous=True)
    P("C'est notamment le cas des achats aux ESAT et aux Entreprises Adaptées qui permettent aux organisations de réduire le montant de la contribution versée dans le cadre de l'Obligation d'Emploi de Travailleurs en situation de Handicap (OETH).",
      [MR], notes="Achats au secteur protégé et adapté.")
    P("Conformément au PNAD (Plan National pour des Achats Durables), les organismes publics doivent atteindre 2 objectifs d’envergure d’ici à 2025 relatifs à leurs achats responsables. D’une part, 100 % des contrats notifiés devront inclure au moins une considération à caractère environnemental. D’autre part, 30 % des contrats devront intégrer une considération de nature sociale.",
      [E, CS], objs=[Q(100, "%", horizon=2025, subject="contrats notifiés comprenant une considération environnementale", themes=[E]),
                     Q(30, "%", horizon=2025, subject="contrats intégrant une considération sociale", themes=[CS])],
      non=["2"], notes="Cibles du PNAD (objectifs nationaux); horizon écrit dans la première phrase; compte d'objectifs (piège).")

    S("http://www.commercequitable.org/lecommerceequitable/achats-publics.html", "Les achats publics (Plate-Forme pour le Commerce Équitable)")
    P("Par le biais de la commande publique, l’Etat et les collectivités territoriales sont des acheteurs potentiels d’envergure. En effet, les marchés publics représentent en France 15% du PIB.",
      [], non=["15%"], notes="Poids de la commande publique (piège), sans thème comme les passages généraux du dev; le commerce équitable n'est que le sujet de la page.", ambiguous=True)
    P("De nombreuses entités publiques s’engagent d’ores et déjà dans la consommation de produits issus du commerce équitable. Les structures publiques peuvent également soutenir le commerce équitable par sa promotion auprès de leurs publics (personnel, jeunesse, commerçants et acteurs sur les territoires, etc.",
      [CEQ], notes="Commerce équitable. Parenthèse non fermée, comme l'extrait.")
    P("En 2002, au sommet de la Terre de Johannesburg, les collectivités territoriales françaises ont signé une déclaration dans laquelle elles affirment leur volonté de promouvoir « les achats publics éthiques par l'inscription de critères sociaux et environnementaux dans l'attribution des marchés publics ».",
      [CS, E, CEQ], non=["2002"], notes="Engagement passé (déclaration de 2002), pas un objectif daté; achats éthiques lus comme commerce équitable (sujet de la page).", ambiguous=True)
    P("Ainsi, la loi du 2 août 2005 sur les Petites et Moyennes Entreprises a établi que le commerce équitable s'inscrit dans la Stratégie Nationale de Développement Durable (SNDD).",
      [CEQ, E], non=["2 août 2005"], notes="Commerce équitable et développement durable (environnement, convention du dev); la loi PME n'en fait pas un passage sur l'accès des PME.", ambiguous=True)
    P("C’est sur ce fondement que le Code des Marchés Publics a, depuis 2006, fait de l’introduction du développement durable dans l’achat public une obligation de moyen. Pour tous leurs achats, les collectivités publiques doivent analyser la possibilité d’intégrer des objectifs de développement durable.",
      [E], non=["2006"], notes="Obligation de moyen déjà en vigueur (« depuis »): pas un objectif; développement durable (environnement, convention du dev).", ambiguous=True)

    S("http://innovationaustrasie.com/Favoriser-l-integration-de-l-innovation-dans-la-commande-publique.html", "Favoriser l'intégration de l'innovation dans la commande publique (Innovation Austrasie)")
    P("La prise en compte de l’innovation dans les marchés publics constitue un axe majeur de progrès. En stimulant l’innovation, la demande publique contribue à faire grandir les entreprises innovantes, qui, en retour, offrent aux administrations la possibilité de répondre plus efficacement aux attentes et besoins des citoyens.",
      [INNO], notes="Achats innovants.")
    P("Il convient de soutenir le développement des start’ups et des entreprises innovantes en leur permettant l’accès au marché.",
      [INNO], notes="Entreprises innovantes; accès des PME non étiqueté (start-up, pas PME nommées).", ambiguous=True)
    P("Fortement mobilisés autour des problématiques comme le développement durable ou l’accès de toutes les entreprises, dont les PME, à la commande publique, les acheteurs ont pris conscience du poids que représentent les marchés publics (89,3 milliards d’euros HT pour 163 519 contrats recensés en 2017 par l’OECP) et des enjeux autour de leur performance.",
      [E, PME], non=["89,3 milliards d’euros", "163 519", "2017"], notes="Développement durable (environnement, convention du dev), accès des PME; volumes (pièges).", ambiguous=True)
    P("Si les acheteurs n’acquièrent pas de l’innovation pour elle-même, ils visent à la recherche de la performance technique, qui est notamment rendue possible par l’ouverture à de nouveaux procédés.",
      [INNO], notes="Achat d'innovation.")

    S("http://www.vaucluse.fr/insertion-et-emploi/l-emploi-et-l-insertion-par-l-activite-economique/dynamiser-les-clauses-d-insertion-dans-les-marches-publics-1460.html", "Dynamiser les clauses d'insertion dans les marchés publics (Département de Vaucluse)")
    P("Les clauses d'insertion permettent aux donneurs d'ordre public, au travers de la commande publique, de favoriser le retour à l'emploi des personnes qui en sont éloignées.",
      [CS], notes="Clauses d'insertion.")
    P("Les clauses d'insertion s'analysent comme une obligation contractuelle, imposée par le donneur d'ordre public au soumissionnaire d'un marché, pour que celui-ci réserve un certain nombre d'heures de main d'œuvre à des publics fragiles (bénéficiaires du RSA, chômeurs de longue durée, jeunes de moins de 26 ans sans qualification...).",
      [CS], non=["26 ans"], notes="Définition; âge (piège).")
    P("D'autre part, les clauses favorisent directement l'accès à l'emploi en permettant de rapprocher localement offre et demande dans un secteur d'activité donné. C'est le cas notamment dans les secteurs en tension comme le BTP.",
      [CS], notes="Clauses d'insertion et emploi local (pas d'accès des entreprises locales).")
    P("• Afin de faciliter l'insertion des publics en difficultés, dans une situation économique tendue le Département s'est fixé comme objectif de \" clauser \" 100% de ses marchés ;",
      [CS], objs=[Q(100, "%", subject="marchés du Département comportant une clause d'insertion", themes=[CS])],
      notes="Objectif d'un département, sans horizon écrit.")

    S("https://haute-vienne.fr/nos-actions/insertion/vous-etes-un-employeur-du-public-ou-du-prive/clause-dinsertion", "Clause d'insertion (Département de la Haute-Vienne)")
    P("Dans une logique d’achat socialement responsable, les maîtres d’ouvrage publics peuvent réserver un volume d’heures de travail à des publics en insertion.",
      [CS], notes="Heures d'insertion.")
    P("les articles L2113-12 et L2113-13 précisent que certains marchés ou lots peuvent être réservés à des structures du handicap ou de l’insertion",
      [MR, CS], non=["L2113-12", "L2113-13"], notes="Élément de liste: marchés réservés (handicap, SIAE); articles (pièges).")
    P("l’article L2113-15 offre la possibilité de réserver des marchés à des entreprises de l’économie sociale et solidaire.",
      [ESS, MR], non=["L2113-15"], notes="Marchés réservés à l'ESS (le thème « marchés réservés » couvre ici la réservation, sans handicap).", ambiguous=True)
    P("En Haute-Vienne, la mise en œuvre de ce dispositif est assurée par le Conseil départemental et Limoges métropole qui agissent dans le cadre d’un pilotage concerté et d’outils harmonisés.",
      [CS, G], notes="Pilotage concerté des clauses (gouvernance au sens large du dev).", ambiguous=True)
    P("En 2018, ce sont près de 170.000 heures qui ont été réalisées par plus de 430 personnes sur l’ensemble du département. Ces opérations constituent des étapes, souvent déterminantes, dans le parcours de la personne vers son insertion durable dans l’emploi.",
      [CS], non=["2018", "170.000", "430"], notes="Bilan d'heures réalisées (piège).")

    S("https://gardrhodanien.fr/economie/emploi-et-formation/les-clauses-dinsertion-professionnelles-dans-les-marches-publics", "Les clauses d'insertion professionnelles dans les marchés publics (Communauté d'agglomération du Gard rhodanien)")
    P("Pour favoriser l’insertion des personnes éloignées de l’emploi, les opérateurs publics (Etat, collectivités locales, établissements public,…) insèrent dans leurs marchés publics de travaux ou de services des « clauses d’insertion professionnelles » aussi appelées clauses sociales.",
      [CS], notes="Clauses d'insertion.")
    P("L’article L2111-1 du Code de la commande publique du 1er avril 2019 impose au donneur d’ordre de définir ses besoins au regard des objectifs du développement durable, dont notamment l’insertion des personnes éloignées de l’emploi.",
      [CS, E], non=["L2111-1", "1er avril 2019"], notes="Obligation en vigueur; développement durable (environnement, convention du dev) et insertion.", ambiguous=True)
    P("- L’objet de marchés réservés aux Structures du champ de l’ESS (handicap, insertion,…)",
      [ESS, MR, CS], notes="Élément de liste: marchés réservés à l'ESS (handicap, insertion).", ambiguous=True)

    S("https://www.finistere.fr/A-votre-service/Insertion-Emploi/La-clause-d-insertion", "La clause d'insertion (Département du Finistère)")
    P("Le Conseil départemental du Finistère s’engage à favoriser le retour à l’emploi des publics en insertion en introduisant des clauses sociales dans ses consultations d’entreprises.",
      [CS], objective=True, notes="Engagement qualitatif d'un département.", ambiguous=True)
    P("L’activation de la clause sociale dans la consultation des entreprises est un levier pour favoriser l’insertion professionnelle des personnes éloignées de l’emploi. Tous les secteurs d’activité sont concernés : BTP, environnement, espaces verts, services, prestations intellectuelles.",
      [CS], notes="« environnement, espaces verts » sont des secteurs d'activité, pas des thèmes du passage.", ambiguous=True)
    P("- Demandeur d’emploi inscrit à Pôle emploi depuis 12 mois dans les 18 derniers mois.",
      [CS], non=["12 mois", "18"], notes="Élément de liste (publics éligibles); durées (pièges).")
    P("- Sous-traitance ou cotraitance avec une entreprise d’insertion (EI) ou une entreprise adaptée (EA).",
      [CS, MR], notes="Élément de liste: entreprise d'insertion, entreprise adaptée.")

    S("http://ingenierie62.fr/Publications/Clauses-d-insertion-achats-socialement-responsables2", "Clauses d'insertion : achats socialement responsables (Ingénierie 62, Pas-de-Calais)")
    P("Dans les faits, une part des heures de travail générées par le marché sera confiée, par l’entreprise titulaire, à des personnes inscrites dans un parcours d’insertion professionnelle.",
      [CS], notes="Clause d'insertion.")
    P("Cette clause n'influe en rien sur le choix de l'entreprise. Elle n'est qu'une simple condition d'exécution du marché, que toute entreprise se doit de respecter.",
      [CS], notes="Clause d'insertion comme condition d'exécution (sujet dans la phrase précédente).", ambiguous=True)

    S("https://roubaixxl.fr/?p=34358", "[Finances] Un outil stratégique pour des achats toujours plus responsables (Roubaix XL, magazine de la Ville de Roubaix, 24 janvier 2025)")
    P("La Ville de Roubaix vient de se doter d’un plan d’actions pour acheter encore mieux, en tenant compte des nouveaux enjeux de la transition économique, écologique et sociale. Son premier schéma de promotion des achats socialement et écologiquement responsables (SPASER) est une feuille de route ambitieuse en matière de commande publique responsable.",
      [G, E, CS], notes="Adoption d'un premier SPASER (gouvernance); transition écologique et sociale (environnement + social, convention du dev).", ambiguous=True)
    P("Chaque année, la Ville de Roubaix consacre 50 millions d’euros en moyenne à ses achats (voir les chiffres détaillés page 6). Depuis le 1er janvier 2023 (loi climat et résilience), les collectivités qui dépassent les 50 M€ HT de dépenses annuelles doivent adopter un SPASER.",
      [G], non=["50 millions d’euros", "6", "1er janvier 2023", "50 M€"], notes="Volume d'achats, seuil légal d'obligation du schéma (pièges); gouvernance.")
    P("Si la Ville de Roubaix n’était pas encore tenue de le mettre en œuvre, elle a déployé une démarche volontariste, issue d’un travail collaboratif des élus et des agents communaux, afin d’anticiper l’obligation légale et d’aller beaucoup plus loin dans sa politique d’achats publics.",
      [G], notes="Élaboration du schéma (gouvernance).")
    P("Alors que la Ville achète déjà de manière responsable en tenant compte des prix proposés et de la qualité technique dans ses marchés publics, mais aussi avec 23 % d’entre eux comportant des considérations sociales et 68 % des considérations environnementales, l’adoption du SPASER permet de fixer des objectifs encore plus ambitieux mais réalisables :",
      [G, CS, E], non=["23 %", "68 %"], notes="Résultats actuels (pièges); les objectifs suivent dans la liste, pas dans ce passage.", ambiguous=True)
    P("- engager 100 % des contrats avec au moins une considération environnementale et 30 % des contrats avec au moins une considération sociale dès 2025 ;",
      [E, CS], objs=[Q(100, "%", horizon=2025, subject="contrats avec au moins une considération environnementale", themes=[E]),
                     Q(30, "%", horizon=2025, subject="contrats avec au moins une considération sociale", themes=[CS])],
      notes="Objectifs du schéma (reprise du PNAD); « au moins une » porte sur le nombre de considérations, pas sur la part: comparateur nul.", ambiguous=True)
    P("- mettre en avant l’économie circulaire, le développement local, l’économie sociale et solidaire, la sobriété, la frugalité et le zéro gaspi ;",
      [CE, PME, ESS, E], objective=True, notes="Objectifs qualitatifs du schéma; développement local (accès local); sobriété (environnement au sens large).", ambiguous=True)
    P("- optimiser les dépenses en étant ambitieux sur le plan écologique et social.",
      [E, CS], objective=True, notes="Objectif qualitatif; écologique et social (convention du dev).", ambiguous=True)

    S("https://www.bourgognefranchecomte.eu/guide-bois-local/32.php", "Comment demander du bois responsable dans le cadre d'un marché public ? (Guide bois local, Bourgogne)")
    P("Les acteurs publics disposent d’une large palette d’outils pour rendre visible leur souhait de favoriser l’achat responsable de bois :",
      [BIO, E], notes="Achat responsable de bois (forêts: biodiversité + environnement, comme le dev).", ambiguous=True)
    P("Parce qu’en France environ 25% du bois tropical est consommé par les marchés publics, les Amis de la Terre et Robin des bois ont lancé, en 2000, la campagne Bâtir sans détruire, soutenue, par la suite, par Greenpeace.",
      [BIO, E], non=["25%", "2000"], notes="Part constatée et date (pièges); bois tropical.")
    P("Dix ans plus tard, plus d’une centaine de collectivités locales se sont engagées à protéger les forêts tropicales en adoptant une résolution sur les achats publics de bois tropicaux.",
      [BIO, E, G], notes="Engagement passé; adoption d'une résolution d'achat par les assemblées (gouvernance au sens large du dev).", ambiguous=True)
    P("Cette résolution engage la collectivité à privilégier le matériau bois, et en particulier l’achat de bois local, et à réduire sa consommation de bois exotiques aux seuls certifiés FSC et, autant que possible, issus de forêts communautaires.",
      [BIO, E, PME], objective=True, notes="Engagements qualitatifs d'une résolution type (bois certifié, bois local: accès local). « aux seuls certifiés » non normalisé en 100 %: restriction, pas une part.", ambiguous=True)
    P("Cette démarche a un double intérêt. D’une part, elle permet de sécuriser juridiquement les appels d’offre futurs en justifiant le souhait de favoriser l’achat responsable de bois. D’autre part, elle permet aux entreprises de prendre connaissance de cette demande et de s’organiser pour y répondre.",
      [BIO, G], notes="Délibération comme outil (gouvernance); achat responsable de bois.", ambiguous=True)

    S("https://foretbois-sud.org/ressources/recourir-au-bois-local-dans-la-commande-publique", "Recourir au bois local dans la commande publique (Forêt Bois Sud)")
    P("Ce guide, réalisé par Etd en 2010, présente les différents outils à disposition des acheteurs publics et repère les démarches possibles, sécurisées d’un point de vue juridique, pour assurer la prise en compte du bois local dans les marchés de travaux de construction.",
      [PME], non=["2010"], notes="Bois local (accès local); date (piège). Pas de thème environnemental écrit.", ambiguous=True)
    P("Il propose également des pistes méthodologiques pour inscrire l’action des collectivités dans une perspective plus ambitieuse de développement économique local valorisant la ressource forestière du territoire dans la construction.",
      [PME], notes="Développement économique local; ressource forestière sans gestion durable ni biodiversité écrite.", ambiguous=True)

    S("https://juriblio.fr/circulaires/circulaire-du-5-avril-2005/134666220/article-annexe/269727833", "Circulaire du 5 avril 2005, annexe : gestion durable des forêts dans les marchés publics (Juriblio)")
    P("La présente annexe a pour objet de favoriser la prise en compte de la gestion durable des forêts dans les marchés publics.",
      [BIO, E], notes="Gestion durable des forêts (biodiversité + environnement, comme le dev).")
    P("Le besoin, sauf motivation particulière, doit être défini en termes de performances techniques (3) plutôt qu'en termes d'essences à utiliser afin de laisser toute liberté aux fournisseurs de déterminer, pour leurs approvisionnements, les essences les mieux adaptées à l'objet du marché.",
      [], non=["3"], notes="Règle de définition du besoin pour le bois, sans enjeu responsable écrit: pas de thème; renvoi de note (piège).", ambiguous=True)

    S("https://haut-conseil-egalite.gouv.fr/stereotypes-et-roles-sociaux/travaux-du-hce/article/activer-l-ega-conditionnalite-ou", "Activer l'éga-conditionnalité ou le conditionnement des financements publics à l'égalité femmes-hommes, juillet 2016 (Haut Conseil à l'Égalité)")
    P("La dépense publique représente plus de 55 % du PIB. Les financements publics ont donc un\nvéritable poids économique, lui permettant d’impulser des évolutions économiques et sociales. Parmi celles-ci se trouve l’exigence d’égalité réelle entre les femmes et les hommes.",
      [EG], non=["55 %"], notes="Poids de la dépense publique (piège); égalité femmes-hommes. Saut de ligne de la page gardé.")
    P("L’argent public doit non seulement ne pas conforter les stéréotypes de sexe mais au contraire constituer un levier pour agir contre ces derniers. Pour ce faire, le HCE recommande de conditionner les financements publics à l’égalité femmes-hommes.",
      [EG], objective=True, notes="Recommandation (plaidoyer), comptée comme objectif qualitatif comme les propositions du dev.", ambiguous=True)
    P("En octobre 2014, le HCE avait émis dans son Rapport relatif à la lutte contre les stéréotypes de sexe de nombreuses recommandations pour favoriser la budgétisation sensible au genre et l’ « éga-conditionnalité des marchés publics », c’est-à-dire le conditionnement de l’accès aux marchés publics au respect de l’égalité femmes-hommes et à la mise en place d’actions la favorisant.",
      [EG], non=["octobre 2014"], notes="Recommandations passées; date (piège).")
    P("Pour une collectivité comme pour l’Etat, intégrer des objectifs d’égalité femmes-hommes, c’est être en cohérence avec sa politique d’égalité et les valeurs de la République.",
      [EG], notes="Égalité femmes-hommes dans les financements et achats publics.")

    S("https://gender.vivianedebeaufort.fr/des-2016-le-hce-demandait-de-conditionner-les-financements-publics-a-legalite-f-h-aujourdhui-lega-conditionnalite-peut-etre-un-moteur-de-sortie-de-crise/", "Dès 2016, le HCE demandait de conditionner les financements publics à l'égalité F/H (Gender, blog de Viviane de Beaufort)")
    P("Axe 1 : Introduire des clauses d’éga-conditionnalité dans tous les marchés publics",
      [EG], objs=[Q(100, "%", subject="marchés publics comportant des clauses d'éga-conditionnalité", themes=[EG])],
      non=["1"], notes="Axe d'une proposition du HCE (plaidoyer, compté comme objectif et signalé); « tous les marchés » normalisé à 100 %; numéro d'axe (piège). Puce de liste omise.", ambiguous=True)
    P("Axe 3 : Introduire des indicateurs d’égalité femmes-hommes dans les COP liant les opérateurs et l’Etat",
      [EG, G], objective=True, non=["3"], notes="Proposition qualitative; indicateurs (suivi, gouvernance au sens large). Puce de liste omise.", ambiguous=True)
    P("Il s’agit de conditionner l’attribution des fonds publics ou des autorisations administratives au respect de règles paritaires ou d’actions pour l’égalité entre les femmes et les hommes, moyen essentiel pour faire de cette égalité un principe directeur de notre vie en société et donner une réalité forte à la grande cause du quinquennat.",
      [EG], notes="Éga-conditionnalité (définition dans un appel du HCE).", ambiguous=True)

    S("https://simonassocies.com/secteurs-dactivite/economie-sociale-solidaire", "Économie sociale et solidaire (Simon Associés, cabinet d'avocats)")
    P("Partant d’initiatives d’acteurs locaux répondant à des problématiques spécifiques aux territoires, l’Économie sociale et solidaire, qui représente en France 10% du PIB et 12% des emplois privés, est appelée à changer d’échelle.",
      [ESS], non=["10%", "12%"], notes="Poids de l'ESS (pièges).")
    P("La commande publique constitue un vecteur essentiel. Le schéma de promotion des achats publics socialement et écologiquement responsables vise notamment, par effet de miroir, à doter l’acheteur territorial d’une stratégie d’achat en conséquence au-delà d’un montant total annuel des achats qui dépasse le seuil de 100 000 000 € HT.",
      [ESS, G], non=["100 000 000 €"], notes="Le schéma comme obligation (gouvernance), présenté comme levier de l'ESS; seuil (piège).", ambiguous=True)
    P("Sont ainsi concernés la quasi-totalité des métropoles, une soixantaine de départements, près de 70 établissements publics de coopération intercommunale, et une dizaine de communes de plus de 250 000 habitants.",
      [G], non=["70", "250 000 habitants"], notes="Collectivités soumises à l'obligation du schéma (gouvernance); comptes (pièges).")
    P("Pour amplifier le mouvement, l’abaissement du seuil préconisé par le rapport d’application de la loi, présenté par Yves Blein et Daniel Fasquelle, devrait aussi inciter les plus petits acheteurs locaux à mettre en place des achats responsables.",
      [G], notes="Seuil d'obligation du schéma (gouvernance); achats responsables sans contenu nommé.", ambiguous=True)

    S("https://directions.fr/Veille-juridique/dernieres-infos/organisation-reglementation-secteur/2014/8/La-loi-encadrant-le-secteur-est-parue-2026523W", "Économie sociale et solidaire : la loi encadrant le secteur est parue (Directions, août 2014)")
    P("Presqu’un an après le début de son examen au Parlement, la loi relative à l’économie sociale et solidaire (ESS) a été définitivement adoptée le 21 juillet dernier et publiée au Journal Officiel du 1er août.",
      [ESS], non=["21 juillet", "1er août"], notes="Dates d'adoption et de publication (pièges).")
    P("La reconnaissance légale de ce secteur et la définition de son périmètre devraient permettre, comme le souhaite le gouvernement, de faciliter son développement.",
      [ESS], notes="ESS (sujet dans la phrase précédente), hors commande publique.", ambiguous=True)
    P("Les sociétés commerciales doivent par ailleurs s’engager dans leurs statuts à rechercher une utilité sociale et à encadrer la répartition de leurs bénéfices.",
      [ESS], notes="Conditions d'appartenance à l'ESS.")
