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


def load(S, P, Q) -> None:
    G = "gouvernance_suivi"
    E = "environnement_climat_carbone"
    CS = "clauses_sociales_insertion"
    CE = "economie_circulaire_reemploi_dechets"
    BIO = "biodiversite"
    ESS = "ess_economie_sociale"
    PME = "acces_pme_tpe_local"
    EN = "energie"
    MR = "marches_reserves_handicap"
    EG = "egalite_femmes_hommes"
    CT = "conditions_de_travail"
    NUM = "numerique_responsable"
    AL = "alimentation_durable_bio_circuits_courts"
    SA = "sante"
    CEQ = "commerce_equitable"
    INNO = "achats_innovants"

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
