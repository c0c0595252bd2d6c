"""Ninth collection round of real passages: sources other than local and regional authorities' own sites.

State and ministries, hospitals and purchasing groups, universities, public bodies, networks and associations,
federations, trade press, law firms, consultancies and companies' pages on public buying (local and regional
authorities' own sites are collected by round 8 at the same time). The round keeps the dev set's theme mix,
weighted a little towards what model 1.8.0 misses on real text (``models/themes/MODEL_CARD.md``): governance in the
dev set's broad sense (also as a co-label), biodiversity, working conditions, ESS, SME/local access and digital,
without under-collecting social clauses. Every usable passage of a page is kept and labelled with **all** its themes.

Same helpers, conventions and rules as ``passages_src7.py``: no page from a *domain* of the shared real dev set;
no page already used in ``corpora/real`` or ``corpora/objectives`` (including the fresh evaluation sets
``corpora/objectives/fresh*_src.py``), and no site of those fresh sets. Registered in ``build.py`` after round 7.
"""
# ruff: noqa: E501

from passage_checks import AL, BIO, CE, CEQ, CS, CT, EG, EN, ESS, INNO, MR, NUM, PME, SA, E, G


def load(S, P, Q) -> None:

    S("https://www.idcite.com/Actu-Achats-socialement-responsables-de-l-Etat-et-de-ses-Etablissements-publics-Cadre-de-mise-en-oeuvre-et-conduite_a71322.html", "Achats socialement responsables de l'État et de ses établissements publics : cadre de mise en œuvre et conduite (ID.CiTé)")
    P("La politique d’achat responsable de l’État est définie en cohérence avec les grands projets gouvernementaux de lutte contre le changement climatique (décarbonation des achats et sobriété énergétique), de planification écologique, de lutte contre la déforestation importée, de promotion d’une agriculture durable, de soutien à un modèle économique circulaire, de protection de la biodiversité et de résilience des chaînes d’approvisionnement en appui aux filières industrielles.",
      [E, EN, BIO, AL, CE, G], notes="Énumération de politiques (climat, sobriété énergétique, déforestation et biodiversité, agriculture durable, économie circulaire); politique d'achat de l'État (gouvernance au sens large).", ambiguous=True)
    P("Initiée dès 2009, précisée en 2016, la politique d’achat responsable de l’Etat s’est sans cesse enrichie des évolutions législatives et réglementaires ainsi que des retours d’expérience et des bonnes pratiques des acheteurs des ministères, des établissements publics et autres organismes (les « acheteurs de l’État »).",
      [G], non=["2009", "2016"], notes="Historique de la politique d'achat responsable de l'État (gouvernance au sens large); dates (pièges).", ambiguous=True)

    S("https://www.economie.gouv.fr/dae/achats-responsables-0", "Achats responsables (Direction des achats de l'État, economie.gouv.fr, mise à jour janvier 2022)")
    P("La direction des achats de l’État (DAE) est un acteur de la politique de l’État en matière de développement durable. Cela se traduit notamment par un accompagnement de la mise en œuvre des politiques publiques dans ce domaine et la prise en compte d’objectifs environnementaux et sociétaux dans les stratégies d’achat qu’elle élabore.",
      [E, G], notes="Développement durable (environnement, comme le dev); rôle de la DAE dans les stratégies d'achat (gouvernance au sens large).", ambiguous=True)
    P("Les enjeux environnementaux sont inscrits dans plusieurs politiques publiques comme celles relatives notamment à la transition énergétique ou encore à la lutte contre le gaspillage et l’économie circulaire.",
      [E, EN, CE], notes="Environnement, transition énergétique, économie circulaire.")
    P("Conscient des impacts de ses achats sur l’environnement et des changements de pratiques des opérateurs économiques induits par une politique volontariste d’achats respectueux de l’environnement, l’État intègre nombre de considérations environnementales :",
      [E], notes="Environnement.")
    P("- l’augmentation de la part des achats intégrant les enjeux d’économie circulaire ;",
      [CE], objective=True, notes="Orientation qualitative (augmentation d'une part, sans valeur): objectif qualitatif.", ambiguous=True)
    P("- la maîtrise des impacts des émissions de gaz à effet de serre ;",
      [E], notes="Climat; item de liste.")
    P("- la réduction de la production de déchets ;",
      [CE], notes="Déchets; item de liste de considérations (pas un objectif daté ni chiffré).", ambiguous=True)
    P("Dans ce cadre, la DAE accompagne également la mise en œuvre du Plan services publics écoresponsables et de la circulaire du 13 novembre 2020 relative à la nouvelle gestion des mobilités pour l’État.",
      [E, G], non=["13 novembre 2020"], notes="Plan services publics écoresponsables et mobilités (environnement); mise en œuvre d'un plan (gouvernance au sens large).", ambiguous=True)
    P("- La loi du 30 octobre 2018 pour l'équilibre des relations commerciales dans le secteur agricole et alimentaire et une alimentation saine, durable et accessible à tous",
      [AL], non=["30 octobre 2018"], notes="Loi EGalim citée (alimentation durable); date (piège).")

    S("https://saout-avocat.fr/devoir-de-vigilance-limperatif-ethique-des-chaines-dapprovisionnement-modernes", "Devoir de vigilance : l'impératif éthique des chaînes d'approvisionnement modernes (Saout Avocat)")
    P("Face aux scandales éthiques et environnementaux, les entreprises doivent désormais scruter leurs chaînes d’approvisionnement. Une révolution juridique est en marche, imposant de nouvelles responsabilités aux acteurs économiques.",
      [CT, E], notes="Chaînes d'approvisionnement (conditions de travail au sens du dev: droits humains), environnement.", ambiguous=True)
    P("La loi française sur le devoir de vigilance de 2017 marque un tournant décisif. Elle oblige les grandes entreprises à identifier et prévenir les atteintes aux droits humains et à l’environnement dans leurs chaînes d’approvisionnement. Cette législation pionnière inspire d’autres pays et l’Union européenne, qui prépare une directive similaire.",
      [CT, E], non=["2017"], notes="Obligation des entreprises (pas de l'acheteur public): pas un objectif d'achat; droits humains (conditions de travail), environnement.", ambiguous=True)
    P("Le texte s’applique aux sociétés employant au moins 5000 salariés en France ou 10000 dans le monde. Ces entreprises doivent établir un plan de vigilance détaillant les mesures prises pour prévenir les risques. La loi prévoit des sanctions financières en cas de manquement, pouvant aller jusqu’à 10 millions d’euros.",
      [CT], non=["5000", "10000", "10 millions d’euros"], notes="Seuils d'application et sanctions (pièges).", ambiguous=True)
    P("L’application du devoir de vigilance soulève de nombreux défis. Les entreprises doivent cartographier leurs fournisseurs, parfois sur plusieurs niveaux, et évaluer les risques associés. Cette tâche s’avère complexe pour des chaînes d’approvisionnement mondiales impliquant des centaines de sous-traitants.",
      [CT], notes="Vigilance sur les fournisseurs (conditions de travail au sens large).", ambiguous=True)
    P("La transparence est au cœur du dispositif. Les sociétés doivent communiquer sur leurs actions et leurs résultats, s’exposant au jugement des parties prenantes. Cette exigence pousse à une transformation profonde des pratiques d’achat et de gestion des fournisseurs.",
      [CT, G], notes="Communication des résultats (reporting: gouvernance au sens large) du plan de vigilance.", ambiguous=True)

    S("https://www2.deloitte.com/fr/fr/pages/sustainability-services/articles/strategie-sociale-des-achats.html", "Du devoir de vigilance à une stratégie sociale des achats (Deloitte France, point de vue)")
    P("Avec près de 2,8 millions de décès liés à l’activité professionnelle par an dans le monde1 et 49,6 millions de personnes vivant en situation d’esclavage moderne en 20212, la dangerosité des conditions de travail dans certaines chaînes d’approvisionnement ne peut plus être ignorée.",
      [CT, SA], non=["2,8 millions", "1", "49,6 millions", "20212"], notes="Statistiques (pièges); « 20212 » = 2021 + appel de note 2. Santé au travail.", ambiguous=True)
    P("Régulièrement, de nouveaux scandales questionnent la responsabilité des donneurs d’ordre dans l’amélioration des conditions de travail chez leurs fournisseurs. Ce sont les affaires comme celles de Foxconn (2010), du Rana Plaza (2013) ou des Ouïghours (2019) qui poussent le législateur à imposer de nouvelles contraintes pour faire respecter le droit du travail et plus largement les droits humains dans le monde entier.",
      [CT], non=["2010", "2013", "2019"], notes="Conditions de travail chez les fournisseurs; dates (pièges).")
    P("Pour adresser les enjeux liés à la transition environnementale des chaînes d’approvisionnement, la fonction Achats porte ainsi la responsabilité d'une transition juste, qui implique de garantir les droits, les moyens de subsistance et les opportunités d’emploi décent de tous les travailleurs face aux transformations des économies et des modes de travail.",
      [CT, E], notes="Transition juste, emploi décent (conditions de travail); transition environnementale.")
    P("La loi française sur le devoir de vigilance (2017) a étendu le périmètre de responsabilité des entreprises à l’ensemble de leurs chaînes d’approvisionnement. Celles-ci ont désormais l’obligation de prévenir et de stopper les atteintes aux libertés fondamentales, à la santé et à la sécurité des personnes engendrées par leurs acti",
      [CT, SA], non=["2017"], notes="Santé et sécurité des personnes; coupé comme l'extrait. Obligation des entreprises (pas d'achat public).", ambiguous=True)

    S("https://tracklab.co/blog/devoir-de-vigilance", "Devoir de vigilance (Tracklab, blog)")
    P("Le devoir de vigilance est une obligation légale instaurée en France par la loi du 27 mars 2017. Elle impose aux grandes entreprises de plus de 5 000 salariés (ou 10 000 à l’international) d’élaborer, publier et mettre en œuvre un plan de vigilance destiné à prévenir les atteintes graves :",
      [CT], non=["27 mars 2017", "5 000", "10 000"], notes="Date et seuils (pièges); devoir de vigilance (conditions de travail au sens large).", ambiguous=True)
    P("Cette obligation ne se limite pas aux activités directes de l’entreprise. Elle s’étend également à l’ensemble de sa chaîne de valeur, y compris ses fournisseurs, sous-traitants et partenaires commerciaux, en France comme à l’étranger.",
      [CT], notes="Chaîne de valeur (vigilance).", ambiguous=True)
    P("Pour être en conformité, les entreprises doivent mettre en place un dispositif robuste de collecte et de suivi d’informations auprès de leurs partenaires. Cela implique de demander régulièrement un ensemble de garanties documentaires permettant de vérifier les engagements et les pratiques des fournisseurs.",
      [CT, G], notes="Suivi des fournisseurs (gouvernance au sens large: contrôle); entreprises privées.", ambiguous=True)
    P("Ces documents permettent d’évaluer la maturité des partenaires sur les enjeux ESG (environnementaux, sociaux et de gouvernance) et de détecter d’éventuelles zones de non-conformité ou de risques.",
      [E, CT], notes="Enjeux ESG (environnement, social); « gouvernance » au sens ESG de l'entreprise, pas la gouvernance d'un plan d'achats.", ambiguous=True)
    P("Le devoir de vigilance n’est plus une option, c’est une obligation légale et morale. Les entreprises qui s’y conformeront de manière proactive renforceront non seulement leur résilience, mais aussi leur légitimité dans un monde en mutation rapide. Agir aujourd’hui, c’est construire une chaîne de valeur éthique, durable et responsable pour demain.",
      [CT, E], notes="Chaîne de valeur éthique et durable.", ambiguous=True)

    S("https://france.scc.com/scc-france/nos-actualites/renouvellement-des-postes-de-travail-le-secteur-public-dans-les-starting-blocks-de-l-economie-circulaire", "Renouvellement des postes de travail, le secteur public dans les starting-blocks de l'économie circulaire (SCC France)")
    P("Avec la loi AGEC, le secteur public est en première ligne pour s’équiper en matériel informatique revalorisé. Mais concrètement, la filière est-elle prête pour répondre efficacement aux nouvelles obligations de l’article 58 de la loi ? D’ores et déjà, l’arrivée de matériels reconditionnés dans les organisations interroge les habitudes de consommation de l’acheteur public.",
      [NUM, CE], objective=True, non=["58"], notes="Obligation AGEC (article 58) évoquée sans valeur: objectif qualitatif; numérique reconditionné.", ambiguous=True)
    P("Les premiers appels d’offres publics pour le renouvellement des équipements informatiques appliquent la loi AGEC depuis quelque temps déjà. Dans les prochains mois, une partie des agents publics travaillera sur des machines soient reconditionnées, soit équipées de composants recyclés ou recyclables.",
      [NUM, CE], notes="Prévision (« dans les prochains mois »), pas un objectif fixé.", ambiguous=True)
    P("C’est une petite révolution. Jusque-là, le secteur public comme les grandes entreprises se plaçaient de l’autre côté de la barrière, donnant aux associations et aux structures de reconditionnement leurs équipements usagés. Ces postes de travail et autres laptops étaient alors destinés au particulier en recherche d’économie et plus globalement aux programmes d’aide.",
      [NUM, CE], notes="Don d'équipements au reconditionnement (réemploi).")
    P("La loi anti-gaspillage pour une économie circulaire inverse la tendance et fait du secteur public un des premiers consommateurs de produits informatiques issus de l’économie circulaire.",
      [NUM, CE], notes="AGEC et informatique.")
    P("« C’est évidemment une très bonne chose puisque l’acheteur public, dans sa mission d’intérêt général, contribue ainsi d’une façon nouvelle à la préservation des environnements » remarque Vincent Metzger, France Client Solutions sales leader chez Dell.",
      [E, NUM], notes="Préservation de l'environnement; contexte informatique.", ambiguous=True)

    S("https://www.letudiant.fr/educpros/enquetes/guide-pratique-des-achats-publics/l-achat-de-fournitures-de-bureau.html", "L'achat de fournitures de bureau (L'Étudiant EducPros, guide pratique des achats publics)")
    P("« En règle générale, les marchés de fournitures – photocopieurs, ordinateurs de bureau, papeterie, etc. – sont gérés par les services centraux des universités, explique Simon Larger, chargé du domaine finances à l'AMUE (Agence de mutualisation des universités et établissements). Les informations doivent bien circuler entre les composantes pour qu'il y ait une bonne anticipation des besoins. »",
      [], notes="Organisation des achats d'une université (aucun thème responsable).", ambiguous=True)
    P("Durant toute la durée du contrat, qui s'étale généralement sur deux ou trois ans, le fournisseur retenu sera reconnu comme l’approvisionneur unique de toutes les composantes de l'université. La plupart des facs ont néanmoins introduit une certaine souplesse en permettant aux responsables de laboratoire ou de composante de passer une commande ailleurs, si son montant est peu élevé.",
      [], non=["deux ou trois ans"], notes="Durée de contrat (piège); sans thème.")
    P("« Nous sommes ici sur des produits standardisés et des marchés d'hypermassification, soutient Simon Larger, il faut donc mutualiser un maximum pour faire des économies d'échelle. »",
      [G], notes="Mutualisation des achats (gouvernance au sens large, comme le round 6); performance économique.", ambiguous=True)
    P("« Les budgets de dépense sont souvent très décentralisés, reconnaît Gérard Le Gac, responsable des achats à l'université de Bretagne-Occidentale. Si le laboratoire de maths et celui de physique achètent dix crayons chacun de leur côté, nous aurons deux factures. »",
      [], non=["dix", "deux"], notes="Organisation des achats d'une université; sans thème. Citation coupée à la fin de sa deuxième phrase.", ambiguous=True)

    S("https://daco-solutions.fr/gazett-articles/paroledacheteur-vtalamona-facilitatrice/", "Parole d'acheteur : Valérie Talamona, facilitatrice de clauses sociales (Daco Solutions, La Gazett')")
    P("Internaliser la fonction de facilitateur serait-il un moyen plus efficace pour les collectivités territoriales de favoriser l’insertion professionnelle des publics en difficulté d’accès à l’emploi dans les marchés publics ?",
      [CS], notes="Facilitateur des clauses d'insertion.")
    P("L’article L.2111-3 du Code de la Commande Publique en vigueur depuis le 1er avril 2019 incite les collectivités territoriales et les acheteurs à adopter un schéma de promotion des achats publics socialement et écologiquement responsables (…)",
      [G], non=["L.2111-3", "1er avril 2019"], notes="Obligation d'adopter un SPASER (gouvernance); article et date (pièges).")
    P("Ce schéma, rendu public, détermine les objectifs de politique d’achat comportant des éléments à caractère social visant à concourir à l’intégration sociale et professionnelle de travailleurs handicapés ou défavorisés et des éléments à caractère écologique ainsi que les modalités de mise en œuvre et de suivi annuel de ces objectifs (…).",
      [G, CS, E], notes="Contenu légal du SPASER: objectifs sociaux et écologiques, suivi annuel (gouvernance). Travailleurs handicapés: pas de marché réservé.", ambiguous=True)
    P("Située dans le département de la Seine-Saint-Denis (93), Romainville est l’une des communes du 93 qui intègre dans ses marchés publics, conformément à l’article précité, des clauses sociales en vue de faciliter l’insertion professionnelle des publics éloignés de l’emploi.",
      [CS], non=["93", "93"], notes="Numéro de département (piège).")
    P("Ainsi pour la mise en œuvre sa politique d’achats publics socialement responsable, la ville de Romainville a créé au sein de ses services communaux, un poste de Facilitatrice de clauses sociales.",
      [CS, G], notes="Organisation interne pour mettre en œuvre la politique (gouvernance au sens large).", ambiguous=True)
    P("Pour répondre à toutes ces questions, nous avons interviewé ce mois-ci dans Parole d’acheteur, Valérie TALAMONA qui a occupé jusqu’en Juillet 2021, le poste de Facilitatrice de clauses sociales dans les marchés publics à la mairie de Romainville, afin qu’elle nous présente ses missions, priorités et modalités de mise en œuvre.",
      [CS], non=["Juillet 2021"], notes="Date (piège).")

    S("https://hospitaliteconcept.com/index.php/2024/03/05/egalim-dans-les-etablissements-de-sante-quelles-obligations", "EGAlim dans les établissements de santé : quelles obligations ? (Hospitalité Concept, 5 mars 2024)")
    P("La restauration collective représente près de 4 milliards de repas servis par an dans plus de 90 000 cantines, d’hôpitaux, d’EPHAD, d’entreprises, dans le privé comme dans le public en France.",
      [AL], non=["4 milliards", "90 000"], notes="Volumes (pièges).")
    P("Agir sur la composition des assiettes est un levier fort pour améliorer l’impact sur notre santé et sur l’environnement tout en influençant positivement les filières d’agriculture biologique et de qualité.",
      [AL, SA, E], notes="Alimentation, santé, environnement.")
    P("Le cadre réglementaire a fixé des objectifs en termes de qualité de produits, de substitution du plastique, de diversification des protéines, de réduction du gaspillage, et d’information des convives.",
      [AL, CE], objective=True, notes="Objectifs légaux (EGalim) sans valeur: qualitatifs; plastique et gaspillage (économie circulaire).", ambiguous=True)
    P("La loi EGAlim (2018) et la loi Climat et Résilience (2021) encadrent la qualité des produits achetés entrant dans la composition des repas servis en restauration collective du secteur public et des établissements du secteur privé (article L. 230-5-1 du Code Rural et de la Pêche Maritime).",
      [AL], non=["2018", "2021", "L. 230-5-1"], notes="Cadre légal; années et article (pièges).")
    P("Les repas doivent comporter, à partir de l’année 2022, au moins 50 % de produits de qualité et durables dont au moins 20 % issus de l’agriculture biologique ou en conversion pour les cantines en France continentale.",
      [AL], objs=[Q(50, "%", comparator=">=", subject="produits de qualité et durables dans les repas", themes=[AL]),
                  Q(20, "%", comparator=">=", subject="produits issus de l'agriculture biologique ou en conversion", themes=[AL])],
      notes="Quota légal EGalim (objectifs imbriqués). « à partir de l'année 2022 »: entrée en vigueur d'un niveau unique, pas d'horizon (convention du dev).", ambiguous=True)
    P("Ces taux (en %) sont calculés à partir de la valeur HT en euros de la somme des achats annuels alimentaires – sur l’ensemble des repas, boissons et collations comprises.",
      [AL], notes="Mode de calcul du quota.")
    P("Pour 100 euros d’achat, au moins 20 euros doivent correspondre à des produits bio ou en conversion et au total au moins 50 euros doivent correspondre à des produits durables et de qualité (bio inclus).",
      [AL], objective=True, non=["100 euros"], notes="Illustration en euros du quota EGalim déjà énoncé: objectif légal, laissé sans enregistrement quantifié (20 et 50 euros pour 100 euros = les mêmes taux).", ambiguous=True)
    P("Les données d’achat des restaurants, que la restauration de l’établissement soit concédée ou non, demandent à être renseignées sur le site gouvernemental Ma Cantine. Ces données doivent être transmises au moins une fois par an par le responsable du service de restauration de l’établissement.",
      [AL, G], non=["une fois par an"], notes="Obligation de déclaration annuelle (suivi, gouvernance au sens large); pas un niveau d'achat.", ambiguous=True)

    S("http://www.belfoodservice.fr/egalim-etablissements-de-sante", "EGalim en établissement de santé (Bel Foodservice)")
    P("Paris 1er novembre 2018. Après plusieurs mois de discussion entre les différents protagonistes, la loi « pour l'équilibre des relations commerciales dans le secteur agricole et alimentaire et une alimentation saine, durable et accessible à tous » dite EGalim, est publiée au Journal Officiel. Les premières dispositions devront entrer en application le 1er janvier 2019. Elles s'échelonneront jusqu'au 1er janvier 2025. Décryptage.",
      [AL], non=["1er novembre 2018", "1er janvier 2019", "1er janvier 2025"], notes="Dates de publication et d'application (pièges).")
    P("Engagées de juillet à décembre 2017, les États généraux de l'alimentation (EGA) poursuivent quatre objectifs :",
      [AL], non=["2017", "quatre"], notes="Compte d'objectifs (piège).")
    P("• Permettre aux agriculteurs de vivre dignement de leur travail par le paiement de prix justes",
      [AL], notes="Prix justes aux agriculteurs (pas le commerce équitable au sens des achats; pourrait l'être).", ambiguous=True)
    P("• Promouvoir les choix de consommation privilégiant une alimentation saine, sûre et durable pour tous",
      [AL, SA], notes="Alimentation saine (santé) et durable.", ambiguous=True)

    S("https://www.manutan.com/blog/fr/lexique/ess-definition-leconomie-sociale-et-solidaire-pour-les-achats", "Quels sont les enjeux de l'économie sociale et solidaire (ESS) pour la fonction achats ? (Manutan, blog, 30 janvier 2024)")
    P("Depuis plusieurs dizaines d’années, l’Économie Sociale et Solidaire (ESS) connaît un véritable essor. Ce concept vient répondre aux défis économiques, sociaux, écologiques et démocratiques actuels. Ce modèle économique qui place l’humain et la solidarité au centre de son fonctionnement ouvre la voie aux achats socialement responsables au sein des organisations.",
      [ESS], notes="ESS et achats socialement responsables.")
    P("Par définition, l’ESS regroupe un ensemble d’organisations et d’entreprises dont l’activité a une utilité sociale et/ou solidaire :",
      [ESS], notes="Définition.")
    P("· Répondre aux besoins socio-économiques des territoires (vieillissement de la population, accès à l’emploi ou au logement, chômage, etc.).",
      [ESS], notes="Item de la définition de l'ESS.", ambiguous=True)
    P("Parmi les différentes structures de l’Économie Sociale et Solidaire (ESS), on retrouve tout type de statut : associations, fondations, mutuelles ou encore coopératives. Ces dernières partagent des principes fondamentaux : elles servent l’intérêt général, ont un mode de gouvernance démocratique et utilisent leurs bénéfices pour maintenir ou poursuivre le développement de leurs activités.",
      [ESS], notes="Statuts de l'ESS; « gouvernance démocratique » des structures, pas gouvernance d'un plan d'achats.")

    S("https://siae-du-valenciennois.fr/une-siae/groupements-entre-siae/achats-mutualises-et-responsables", "Achats mutualisés et responsables (SIAE du Valenciennois)")
    P("La prise en compte croissante des enjeux du développement durable dans les politiques d’achats publics et privés offre de réelles opportunités aux structures de l’ESS, notamment aux SIAE. Le développement des achats socialement responsables se heurte cependant :",
      [ESS, CS, E], notes="ESS et SIAE (insertion); développement durable (environnement, comme le dev).", ambiguous=True)
    P("d’une part à la méconnaissance, par les acheteurs publics et privés, de l’offre de biens et de services socialement responsables existants,",
      [ESS], notes="Freins aux achats socialement responsables (ESS).", ambiguous=True)
    P("et d’autre part à la méconnaissance des modes de contractualisation entre acteurs publics et privés, et à un sentiment réciproque d’un opérationnel compliqué.",
      [ESS], notes="Suite de l'énumération.", ambiguous=True)

    S("https://images.achatpublic.info/actualites/breves/congres-et-salon-des-maires-2022-achat-solidaire-des-perspectives-encourageantes", "[Congrès et Salon des maires 2022] Achat solidaire : des perspectives encourageantes (achatpublic.info, 23/11/2022)")
    P("L’agence des économies solidaires organise une table ronde ayant pour thème \"Les achats pour développer l’emploi et l’économie sociale et solidaire\". L’occasion pour les intervenants de redéfinir une notion parfois encore floue et de livrer quelques outils pratiques.",
      [ESS, CS], notes="Achats pour l'emploi (insertion) et l'ESS.", ambiguous=True)
    P("Caroline Molic, directrice Achats solidaires au sein de l’AES définit l’achat solidaire de manière organique : « Lancée en 2014 par la loi Hamon, l’ESS regroupe des acteurs institutionnels (mutuelles, fondations, associations…) ainsi que des entreprises d’utilité sociale. Cela recouvre deux secteurs : le handicap à travers les ESAT et l’insertion par l’activité économique ».",
      [ESS, MR, CS], non=["2014", "deux"], notes="ESS; ESAT (handicap) et IAE (insertion).", ambiguous=True)
    P("Isabelle Bluche, directrice de l’AES, souligne quant à elle l’opportunité que peuvent saisir les acteurs publics suite aux crises sanitaires et énergétiques : « c’est une formidable occasion de digérer les risques, créer des dynamiques pour les acteurs engagés pour l’emploi local et la résilience ».",
      [ESS, PME], notes="Emploi local (accès local); ESS par le contexte.", ambiguous=True)
    P("Cette résilience, Isabelle Bluche la perçoit dans le renforcement des acteurs de l’ESS qui par nature désignent des organisations non délocalisables.",
      [ESS, PME], notes="Acteurs non délocalisables (ancrage local).", ambiguous=True)
    P("Nicolas Bridey, fondateur de l’entreprise de sourcing Silex, insiste sur la nécessité de penser l’achat solidaire dans toute la chaine de valeurs. La politique d’achat doit être le prolongement des politiques publiques développées.",
      [ESS, G], notes="Cohérence de la politique d'achat (gouvernance au sens large).", ambiguous=True)
    P("En réponse à une question portant sur les BPU ne contenant souvent que des lignes relatives aux achats de matériaux, à l’exclusion des considérations environnementales, Nicolas Bridey confirme la nécessité de traduire en aval dans le BPU la politique publique détaillée en amont.",
      [E, G], notes="Considérations environnementales; déclinaison de la politique (gouvernance au sens large).", ambiguous=True)
    P("Le SPASER : outil principal de l’ESS",
      [G, ESS], notes="Intertitre: le SPASER (gouvernance) et l'ESS.")

    S("https://hosmoz.fr/Travail-handicap/A-la-une/Articles-et-communiques/Partenaires-a-la-Une/Les-achats-responsables-un-enjeu-ethique-environnemental-et-financier-i3305.html", "Les achats responsables, un enjeu éthique, environnemental et financier : témoignage de l'association AIDES (Hosmoz)")
    P("Créée en 1984, à l'initiative du sociologue Daniel Defert et reconnue d'utilité publique en 1990, AIDES est la première association française (loi 1901) de lutte contre le VIH/sida et les hépatites virales en France et l'une des plus importantes au niveau européen.",
      [], non=["1984", "1990", "1901"], notes="Présentation de l'association (sans thème d'achat); dates (pièges).", ambiguous=True)
    P("AIDES est aujourd'hui présente dans 70 villes françaises en métropole et DFA (départements français d’Amérique), au plus près des personnes touchées, et entretient de nombreux partenariats à l'international. L’association emploie 450 salariés et compte plus de 1100 de volontaires (bénévoles). AIDES revendique et préserve son autonomie et son indépendance.",
      [], non=["70", "450", "1100"], notes="Effectifs (pièges); sans thème.")
    P("Depuis 3 ans, AIDES déploie une politique de Responsabilité Sociétale des Entreprises (RSE) basée notamment sur le développement de sa démarche d’inclusion des travailleurs en situation de handicap. La valorisation de ces travailleurs passe par le développement ambitieux des achats auprès des ESAT et EA.",
      [MR], non=["3 ans"], notes="Achats auprès des ESAT et EA (secteur protégé et adapté).")
    P("Ainsi, en 2018, AIDES a confié pour plus de 200 000 euros de contrats à des structures du Secteur du Travail Protégé et Adapté !",
      [MR], non=["2018", "200 000 euros"], notes="Résultat (piège).")
    P("Tout d’abord il y a pour AIDES, un enjeu éthique. En effet, de par son statut d’association, sa mission et la situation de handicap à laquelle sont confrontés certains de ses salariés et volontaires, il est important pour AIDES de mettre en place une réelle stratégie d’achats responsables et celle-ci passe par le développement des achats auprès des acteurs du Secteur du Travail Protégé et Adapté.",
      [MR], notes="Stratégie d'achats auprès du STPA.")
    P("Par ailleurs, il y a aussi un enjeu financier. Comme toute entreprise ou organisme de plus de 20 salariés-es, AIDES est soumis à l'obligation d'emploi de 6% de travailleurs handicapés.",
      [MR], non=["20", "6%"], notes="Obligation d'emploi de travailleurs handicapés (quota d'emploi, pas un niveau d'achat): piège.", ambiguous=True)

    S("http://www.cadureso.com/actualite/actualite-sante/11997-2022-01-03-09-27-19", "Décarboner l'activité hospitalière : la réponse achats ! (UniHA, dossier de presse, Cadureso)")
    P("Au terme de la Cop26, la France s’est engagée à réduire le recours aux énergies fossiles, stopper la déforestation et réduire les émissions de méthane. Or 8 % des émissions de gaz à effet de serre seraient liés en France aux besoins de la santé.",
      [E, EN, SA], objective=True, non=["Cop26", "8 %"], notes="Engagements qualitatifs de la France (pas d'achat); part constatée des émissions (piège). Déforestation: biodiversité possible.", ambiguous=True)
    P("Le monde hospitalier en a pris conscience. Le financement de postes de conseillers en transition énergétique et écologique en santé, les propositions de la Fédération Hospitalière de France, du Shift Project et du Comité pour le Développement Durable en Santé (C2DS) en témoignent.",
      [SA, E, EN], notes="Transition énergétique et écologique en santé.", ambiguous=True)
    P("Un rapport de l’Anses montre que le personnel hospitalier est particulièrement exposé à la pollution chimique.",
      [SA, CT], notes="Exposition des travailleurs à la pollution chimique (santé, conditions de travail).", ambiguous=True)
    P("L’ensemble des achats nécessaires à l’activité hospitalière peut contribuer de manière significative à la décarbonation. Conscients de l’enjeu, les acheteurs UniHA agissent pour la décarbonation des hôpitaux, sur l’ensemble de l’activité hospitalière.",
      [E, SA], notes="Décarbonation des achats hospitaliers.", ambiguous=True)
    P("Trois dimensions sont exposées dans ce dossier de presse avec des exemples concrets, montrant comment les acheteurs anticipent et contribuent à l’exigence de la décarbonation :",
      [E], non=["Trois"], notes="Compte (piège).")
    P("1. Consommation d’énergie : UniHA s’est engagé dans la performance énergétique, qu’il s’agisse de l’approvisionnement en énergie des lieux physiques ou de l’usage exponentiel du numérique, et donc du recours aux datacenters.",
      [EN, NUM], non=["1."], notes="« s'est engagé dans » = démarche en cours, pas un objectif fixé.", ambiguous=True)
    P("1. Déplacements : le regroupement et la spécialisation des plateaux techniques et de diagnostic laisse penser que les déplacements de patients et d’équipes médicales se multiplient. L’épidémie de Covid19 accélère de nouvelles manières de coopérer avec le développement de la télémédecine ou des activités de point of care, diagnostics à proximité du lieu de vie des patients.",
      [E, SA], non=["1.", "Covid19"], notes="Déplacements (carbone) et santé.", ambiguous=True)
    P("Et comme ailleurs, la généralisation du télétravail pour les missions qui le permettent, diminue les trajets entre domicile et lieu de travail.",
      [E], notes="Trajets évités (carbone); télétravail.", ambiguous=True)

    S("https://www.c2ds.eu/tag/decarbonation/", "Décarbonation (C2DS, Comité pour le développement durable en santé, page d'étiquette)")
    P("Gilles Lombard, responsable du service reprographie, explique les actions mises en place par le CHU de Nice pour réduire son impact environnemental.",
      [E], notes="Impact environnemental d'un CHU.")
    P("Transport des déchets : transporter à bas carbone",
      [CE, E], notes="Intertitre.")
    P("« Le transport constitue un gros sujet dans la gestion des déchets existants » introduit Cédric Alliès, consultant développement durable chez Primum non nocere®.",
      [CE], notes="Gestion des déchets.")
    P("Déchets : réduire, réutiliser, recycler et composter les déchets Au niveau national, en 2017, le traitement des déchets, par mise en décharge ou incinération, ainsi que le traitement des eaux …",
      [CE], non=["2017"], notes="Titre et début d'article tels que la page les enchaîne; date (piège).")
    P("Transport des marchandises : quand le fret se met au régime carbone",
      [E], notes="Intertitre.")
    P("Le transport de marchandises amont contribue en moyenne à hauteur de 4 % des émissions de GES d’un établissement sanitaire.",
      [E], non=["4 %"], notes="Part constatée (piège).")
    P("Transport des patients : la mobilité sanitaire se réinvente",
      [E, SA], notes="Intertitre; transport sanitaire.", ambiguous=True)
    P("« En 2011, au début de notre activité, nous avions un peu moins de 9 % de transports simultanés et à ce jour, en 2019, nous sommes à quasiment 62 %. »",
      [E], non=["2011", "9 %", "2019", "62 %"], notes="Résultats constatés (pièges); transports partagés (carbone).", ambiguous=True)
    P("Transport des professionnels : se déplacer autrement",
      [E], notes="Intertitre (mobilité).", ambiguous=True)
    P("« 40 % des trajets quotidiens sont inférieurs à 3 km » note le ministère en charge de l’environnement. Et de poursuivre « un salarié qui covoiture tous les jours sur 30 km en alternance avec un collègue, économise près de 2000 €/an ».",
      [E], non=["40 %", "3 km", "30 km", "2000 €/an"], notes="Statistiques (pièges).")
    P("Éco-construction : pour des bâtiments « énergiphobes »",
      [EN, E], notes="Intertitre: construction sobre en énergie.")
    P("« La durée d’usage des bâtiments a tendance à se raccourcir en raison de l’évolution de plus en plus rapide des modes d’exploitation » introduit Xavier Delannoy, directeur financier de la Clinique St. Roch à Cambrai.",
      [E], notes="Éco-construction (par le contexte); pourrait rester sans thème.", ambiguous=True)
    P("Restauration : au régime carbone !",
      [AL, E], notes="Intertitre.")
    P("Avec 19 % du total national, l’agriculture est le troisième poste d’émissions de GES françaises. En connaissant mieux les modes de production, le cuisinier/le gestionnaire pourra faire des choix qui auront une incidence sur le marché et par conséquent sur les choix des agriculteurs.",
      [AL, E], non=["19 %"], notes="Part constatée (piège); alimentation et climat.")

    S("http://salairevital.org/Produits-Vetements-de-travail.htm", "Vêtements de travail : mode d'emploi de l'achat public écologique et socialement responsable (salairevital.org)")
    P("Pour des vêtements de travail fabriqués dans de bonnes conditions",
      [CT], notes="Conditions de fabrication (conditions de travail).")
    P("Le facteur, le conducteur de bus, le juge, l’infirmier, l’éboueur, l’employé de supermarché, les ouvriers communaux ou l’hôtesse de l’air, tous portent des vêtements de travail.",
      [], notes="Contexte, sans thème.")
    P("Entre un quart et la moitié des travailleurs en Europe portent des vêtements fournis par leur employeur. Ce marché flirtait avec les 4 milliards d’euros en 2008 et cela va en augmentant. Un peu plus de la moitié de ce montant est constitué de deniers publics : les achats de vêtements de travail par les administrations et institutions publiques.",
      [], non=["un quart", "la moitié", "4 milliards d’euros", "2008", "la moitié"], notes="Chiffres de marché (pièges), sans thème.")
    P("L’augmentation du chiffre de vente des vêtements de travail en Europe ne va pas de paire avec l’augmentation de la production européenne. Le nombre de pièces de vêtements de travail produites en Belgique a ainsi diminué de 6 millions à 3,5 millions entre 1995 et 2001, soit près de 42%.",
      [], non=["6 millions", "3,5 millions", "1995", "2001", "42%"], notes="Baisse constatée (piège); sans thème.")
    P("Augmentation des achats (en valeur) d’une part, diminution de la production européenne de l’autre. Cela laisse supposer qu’une part de plus en plus importante des achats de vêtements de travail concerne des vêtements produits en dehors de l’Union Européenne.",
      [], notes="Délocalisation; sans thème (pourrait être conditions de travail par le contexte).", ambiguous=True)
    P("Pour réduire les coûts et les risques, les acteurs du secteur vont s’approvisionner ou faire produire là où c’est le moins cher. En matière de confection, la part du coût de la main-d’œuvre dans le prix de revient est très importante. Ces activités ont donc tendance à s’installer dans des pays où la main-d’œuvre est bon marché.",
      [CT], notes="Main-d'œuvre bon marché dans la confection (conditions de travail dans la chaîne d'approvisionnement).", ambiguous=True)

    S("https://nobe.lu/categories/6", "Vêtements de travail (nobe.lu, achats publics durables, Luxembourg)")
    P("Les vêtements de travail, encore appelés vêtements professionnels, sont des vêtements portés lors d’une activité professionnelle. Les habits de travail peuvent aujourd’hui avoir plusieurs objectifs:",
      [], notes="Définition; sans thème.")
    P("- Souvent ils sont destinés à la protection de la personne qui les porte et qui exerce un métier à risque (travail avec des machines dangereuses ou des substances toxiques par exemple). Le port de tels vêtements est obligatoire pour certaines professions et les exigences de qualité des habits sont réglées par des législations correspondantes.",
      [CT, SA], notes="Protection des travailleurs (santé et sécurité au travail).", ambiguous=True)
    P("- Les tenues vestimentaires peuvent également servir de signalisation (pour les ouvriers par exemples) en cas de dangers potentiels. Ces vêtements ne protègent pas de façon directe contre des influences extérieures, mais avertissent d’autres personnes et appellent à la prudence. Il s’agit donc d’un moyen de prévention d’accident.",
      [CT], notes="Prévention des accidents (conditions de travail).", ambiguous=True)
    P("- Dernièrement, les vêtements de travail peuvent également avoir un aspect purement représentatif, c’est-à-dire montrer le logo d’une marque ou promouvoir la charte graphique d’une entreprise. Ceci contribue à la valorisation d’un employé et montre l’appartenance de celui-ci à l’entité respective.",
      [], notes="Sans thème.")
    P("En 2013, l’effondrement d’un bâtiment abritant plusieurs ateliers de confection des grands mondiaux du textile a causé la mort de plus de 1.100 employés, provoquant de vives critiques à travers le monde entier quant aux modes de production actuels.",
      [CT], non=["2013", "1.100"], notes="Rana Plaza (conditions de travail); chiffres (pièges).")

    S("https://www.youscribe.com/catalogue/documents/autres/guide-de-l-achat-public-durable-achat-de-vetements-2358976", "Guide de l'achat public durable : achat de vêtements (GEM DD, juillet 2009, YouScribe)")
    P("Le présent guide a pour objectif d'aider les acheteurs publics à intégrer des objectifs de développement durable dans leurs marchés relatifs à l'achat de vêtements. Il apporte des éléments d'information sur :",
      [E], notes="Développement durable (environnement, comme le dev).", ambiguous=True)
    P("- le contexte et les impacts de la filière des produits textiles pour l'habillement ;",
      [E, CT], notes="Impacts de la filière textile (environnementaux et sociaux, implicites).", ambiguous=True)
    P("- les réponses aux questions les plus fréquemment posées s'agissant de l'achat public durable de vêtements ;",
      [E], notes="Achat public durable.", ambiguous=True)
    P("Partie 1 : POURQUOI ACHETER DES VÊTEMENTS RESPONSABLES DU POINT DE VUE DU DÉVELOPPEMENT DURABLE ?",
      [E], non=["1"], notes="Titre de partie en capitales.", ambiguous=True)

    S("https://coord21.ch/index.php/achats-responsables/thematiques-d-achat/gt-textiles", "Textiles (Coord21, achats responsables, Suisse romande)")
    P("Tous les types de vêtements de travail. Certaines réflexions peuvent être également valables pour le linge (draps, nappes, etc.).",
      [], notes="Champ; sans thème.")
    P("Les enjeux sociaux et environnementaux autour de la fabrication des matières premières et de leur transformation sont très importantes, d'autant plus que les textiles sont importés, pour une grande partie, de pays avec une faible protection des travailleurs (pays du sud, pays émergents, etc.). L’entretien (lavage et repassage) a aussi un impact environnemental significatif.",
      [CT, E], notes="Protection des travailleurs; impact environnemental.")
    P("Les bonnes pratiques présentées ici sont issues des discussions des participants aux groupes d'échange d'expériences sur les achats responsables proposés par Coord21.",
      [G], notes="Réseau d'acheteurs et échanges d'expériences (gouvernance au sens large).", ambiguous=True)
    P("Plusieurs éléments peuvent faciliter le changement de pratique éventuellement nécessité par l'intégration des critères de développement durable dans les achats:",
      [E, G], notes="Conduite du changement (gouvernance au sens large); développement durable.", ambiguous=True)
    P("• il est important de bien expliquer les raisons ainsi que les avantages du changement pour la collectivité (par exemple: réduction des coûts, réduction de l'impact environnemental, fonctionnalités du nouveau système, etc.)Cela permet à chaque partie prenante de faire la balance entre ses propres attentes et l'intérêt général du projet et ainsi de relativiser;",
      [G, E], notes="Conduite du changement; impact environnemental.", ambiguous=True)
    P("• pour les autorités politiques, le budget du projet est un point essentiel, il vaut mieux clarifier cette question des moyens financiers à disposition assez tôt et en tenir compte dans la définition du projet;",
      [G], notes="Pilotage du projet (gouvernance au sens large).", ambiguous=True)
    P("• les préoccupations des différentes parties prenantes sont assez diverses, voire contradictoires. Il n'est donc pas optimal de voir toutes les parties prenantes en même temps, en revanche une séance individuelle en début de projet avec chacune d'entre elles peut s'avérer utile.",
      [G], notes="Concertation des parties prenantes (gouvernance au sens large).", ambiguous=True)

    S("https://association-pasapas.com/association-paspas-achats-responsables", "Achats responsables : le Club acheteurs Pas@Pas (association Pas@Pas)")
    P("Le ‘’Club acheteurs Pas@Pas’’ regroupe les acheteurs des membres de Pas@Pas et de Handeco",
      [MR, G], notes="Réseau d'acheteurs (gouvernance au sens large) autour des achats au secteur adapté (Handeco).", ambiguous=True)
    P("Les Établissements ou Services d’Aide par le Travail (ESAT) sont des établissements médico-sociaux. Ils permettent aux travailleurs handicapés d’exercer une activité professionnelle adaptée à leurs capacités personnelles et de développer ainsi leur potentiel.",
      [MR], notes="Définition des ESAT.")
    P("Pour être accueilli en ESAT, il faut une orientation professionnelle vers le milieu protégé par la Commission des Droits et de l’Autonomie des Personnes Handicapées (CDAPH).",
      [MR], notes="ESAT.")
    P("Les Entreprises Adaptées (EA) sont les ex Ateliers Protégés. Les EA sont sorties du secteur protégé depuis la loi de 2005 pour intégrer le marché du travail et de l’entreprise ordinaire.",
      [MR], non=["2005"], notes="EA; date (piège).")
    P("L’entreprise adaptée permet à un travailleur handicapé d’exercer une activité professionnelle dans des conditions adaptées à ses capacités.",
      [MR], notes="EA.")
    P("Un TIH est à la fois un travailleur indépendant et un travailleur handicapé.",
      [MR], notes="Travailleur indépendant handicapé.")
    P("Chaine de valeur de l'achat responsable 1. Définir et faire approuver par la DG 2. Identifier les besoins internes 3. Sourcer et contractualiser 4. Suivre les prestations 5. Gérer la base fournisseurs",
      [G], non=["1.", "2.", "3.", "4.", "5."], notes="Étapes (approbation par la direction, suivi): gouvernance au sens large; numérotation (pièges). Lignes de liste jointes.", ambiguous=True)

    S("https://apga-asso.com/pas-de-marches-publics-pour-les-cabinets-defaillants-en-matiere-degalite-hommes-femmes", "Pas de marchés publics pour les cabinets défaillants en matière d'égalité hommes-femmes (APGA)")
    P("Comme c’est déjà le cas en Belgique et au Québec, les cabinets qui ne respectent pas leurs obligations en matière d’égalité entre les femmes et les hommes seront, à partir du 1er décembre 2014, interdits de conclure des contrats de la commande publique.",
      [EG], non=["1er décembre 2014"], notes="Interdiction de soumissionner (règle d'exclusion, pas un niveau d'achat); date d'entrée en vigueur (piège).", ambiguous=True)
    P("À noter : sont visés l’ensemble des contrats conclus par l’État et par ses établissements publics (marchés publics de fournitures de biens ou de services, concessions de travaux publics, contrats de partenariat, etc.).",
      [EG], notes="Champ de l'interdiction liée à l'égalité (thème par le contexte).", ambiguous=True)
    P("– les cabinets pénalement condamnés, depuis moins de 5 ans, pour discrimination fondée sur le sexe ou pour non-respect des obligations prescrites par le Code du travail en matière d’égalité professionnelle entre les femmes et les hommes et notamment pour discrimination à l’embauche ;",
      [EG], non=["5 ans"], notes="Cas d'interdiction; durée (piège).")
    P("– les cabinets d’au moins 50 salariés qui, au 31 décembre de l’année précédant celle du lancement de la procédure de consultation, n’auront pas négocié sur les objectifs d’égalité professionnelle et salariale entre les hommes et les femmes et qui n’auront pas régularisé ou engagé la régularisation de leur situation lorsqu’ils soumissionnent.",
      [EG], non=["50", "31 décembre"], notes="Seuil d'effectif et date (pièges); « objectifs d'égalité » des entreprises, pas un objectif d'achat.")
    P("En pratique : les cabinets devront ajouter, dans leur dossier de candidature à une commande publique, une déclaration sur l’honneur attestant de leur respect de la législation en matière d’égalité professionnelle.",
      [EG], notes="Déclaration sur l'honneur.")

    S("https://campusmatin.com/vie-campus/relations-exterieures/les-etablissements-publics-du-superieur-pourraient-ils-optimiser-davantage-leurs-achats.html", "Les établissements publics du supérieur pourraient-ils optimiser davantage leurs achats ? (Campus Matin)")
    P("Alors que le budget des universités est de plus en plus serré, un rapport présenté au Sénat en juillet 2024 pointe plusieurs solutions pour améliorer l’efficacité des achats publics dans l’enseignement supérieur. Il recommande notamment d’intégrer la performance des achats publics dans les contrats d’objectifs, de moyens et de performance.",
      [G], non=["juillet 2024"], notes="Pilotage de la performance des achats (gouvernance au sens large); performance économique, pas achats responsables.", ambiguous=True)
    P("2,5 milliards d’euros par an. Voilà à combien s’élèvent les achats de l’ensemble des universités françaises d’après la Direction des achats de l’État (DAE). La Direction générale de l’enseignement supérieur et de l’insertion professionnelle (Dgesip) du ministère de l’enseignement supérieur estime de son côté le montant des achats entre 8 et 10 milliards par an.",
      [], non=["2,5 milliards d’euros par an", "8", "10 milliards par an"], notes="Volumes d'achat (pièges); sans thème comme les volumes du dev.")
    P("Une différence d’évaluation due à l’absence de système d’information national permettant de consolider les données au niveau du ministère et au manque de remontées des informations par les universités à la DAE, pourtant obligatoires.",
      [G], notes="Remontée des données d'achat (suivi, gouvernance au sens large).", ambiguous=True)
    P("Pour la sénatrice Vanina Paoli-Gagin (Les indépendants), « au regard des enjeux financiers et des marges de manœuvre budgétaires, des objectifs de performance des achats des universités doivent devenir systématiques dans les contrats d’objectifs, de moyens et de performance ».",
      [G], objective=True, notes="Recommandation qualitative (objectifs de performance dans les contrats): objectif qualitatif proposé, comme une proposition du HCE au round 6.", ambiguous=True)
    P("Elle a présenté le 10 juillet en commission des finances un rapport sur l’efficacité de la commande publique dans l’enseignement supérieur. Voici ce qu’il faut en retenir.",
      [], non=["10 juillet"], notes="Date (piège); sans thème.")
    P("Le rôle des centrales d’achat en question",
      [G], notes="Intertitre: mutualisation des achats (gouvernance au sens large, comme le round 6).", ambiguous=True)

    S("http://muhaz.org/charte-pour-un-achat-public-raisonn-juillet-2014-pourquoi-ce-d.html", "Charte pour un achat public raisonné, université de Strasbourg, juillet 2014 (copie muhaz.org)")
    P("Le présent document expose la politique d’achat de l’Unistra.",
      [G], notes="Charte de politique d'achat d'une université (gouvernance au sens large).", ambiguous=True)
    P("La taille de l'université de Strasbourg et ses spécificités rendent nécessaire la mise en œuvre d’une réelle politique d'achat qui vise à mieux pratiquer l’achat au quotidien.",
      [G], notes="Politique d'achat (gouvernance au sens large); pas d'achat responsable explicite.", ambiguous=True)
    P("Au sein de l’université de Strasbourg, l’achat doit être accessible pour les services, composantes et unités de recherche de l’université, lisible par les sociétés, sécurisé par un dispositif de contrôle interne, et souple par les outils proposés.",
      [G], notes="Contrôle interne (gouvernance au sens large).", ambiguous=True)
    P("Les achats de l’université se doivent de concilier le besoin d’un service ou du chercheur et sa satisfaction au travers de la proposition des fournisseurs, tout en respectant le cadre d’une procédure réglementée et une charte de déontologie.",
      [], notes="Principes généraux de l'achat; sans thème.", ambiguous=True)
    P("La fonction achats a pour but de dynamiser les investissements stratégiques et d’optimiser le fonctionnement de l’établissement tout en permettant le respect du cadre réglementaire. Ce cadre est matérialisé par le Code des Marchés Publics ou l’ordonnance du 6 juin 2005 pour les achats liés à la recherche, conformément à la loi de programme pour la recherche du 18 avril 2006.",
      [], non=["6 juin 2005", "18 avril 2006"], notes="Cadre juridique; dates (pièges); sans thème.")
    P("La présente « politique achat » s'applique à partir du 1er juillet 2014, et remplace ou complète les procédures mises en œuvre dans l’établissement précédemment.",
      [G], non=["1er juillet 2014"], notes="Entrée en vigueur de la politique d'achat (gouvernance au sens large); date (piège).", ambiguous=True)
    P("La passation des marchés mais aussi la mise en place d’une politique d’achat passent nécessairement par la mobilisation, la plus large possible, de la communauté universitaire dans son ensemble, puisque c’est elle qui utilise les fournitures, les services ou les bâtiments acquis pour mener à bien sa mission.",
      [G], notes="Mobilisation autour de la politique d'achat (gouvernance au sens large).", ambiguous=True)
    P("Les fiches sont regroupées en 3 volets : Volet 1 : principes et objectifs",
      [G], non=["3", "1"], notes="Structure du document (comptes: pièges).", ambiguous=True)

    S("http://www.lesentreprisesdinsertion.org/actualites/pour-commande-publique-a-responsabilite-croissante-multi-facette", "Pour une commande publique à responsabilité croissante et multi-facette (Fédération des entreprises d'insertion)")
    P("Alors que l’Assemblée nationale vient d’adopter en première lecture le projet de loi Climat qui intègre plusieurs mesures visant à rosir la commande publique, qu’en est-il aujourd’hui de la prise en compte de critères sociaux dans les marchés publics ?",
      [CS], notes="Critères sociaux (« rosir »); loi Climat évoquée sans contenu environnemental.", ambiguous=True)
    P("Nous avons posé la question à Samuel Mougin, co-gérant des entreprises d’insertion Pain et Partage, boulangeries semi-artisanales basées à Marseille et Montpellier, et à Valérie Menard, directrice générale de l’entreprise de travail temporaire d’insertion Inserim, à Nantes.",
      [CS], notes="Entreprises d'insertion (IAE).", ambiguous=True)
    P("SM : Oui tout à fait, si je me base sur l’expérience de la boulangerie de Montpellier. Pain et Partage propose à ses clients des pains issus d’une production locale, biologique et solidaire.",
      [AL, ESS], notes="Pain local et bio (alimentation durable); solidaire (ESS).", ambiguous=True)
    P("Dans le cadre des marchés publics, nous répondons aux appels d’offre de collectivités ayant besoin de pain exclusivement bio, notamment, pour les groupes scolaires et les centres hospitaliers.",
      [AL], notes="Besoin décrit (« exclusivement bio »), pas un objectif fixé par le locuteur: piège sans nombre.", ambiguous=True)
    P("Nous observons un accroissement des marchés réservés pour le secteur de l’insertion, et des pratiques les facilitant, par exemple, le C.H.U de Montpellier a récemment émis des lots réservés pour les entreprises d’insertion. Nous espérons être très prochainement leur fournisseur.",
      [CS, MR], notes="Lots réservés aux entreprises d'insertion (marchés réservés, insertion).", ambiguous=True)
    P("VM : En tant qu’entreprise de travail temporaire d’insertion, Inserim propose de la mise à disposition de personnel. Nos clients peuvent être des entreprises qui répondent à des appels d’offre sur des marchés publics comportant des clauses sociales.",
      [CS], notes="Clauses sociales et intérim d'insertion.")
    P("Cela signifie que pour répondre à ces appels d’offre spécifiques, elles doivent intégrer, dans la réalisation du marché, des heures de travail effectuées par des salariés en parcours d’insertion professionnelle et, dans ce cadre, elles peuvent faire appel à l’intérim d’insertio",
      [CS], notes="Heures d'insertion; coupé comme l'extrait.")

    S("https://preventionbtp.fr/actualites/management/recruter-des-salaries-en-insertion-une-experience-gagnante-pour-chantiers-modernes-construction_T3abi5H7et7ZgBFz67UmQH", "Recruter des salariés en insertion : une expérience gagnante pour Chantiers Modernes Construction (PreventionBTP, 14 novembre 2023)")
    P("Recruter des salariés en insertion : une expérience gagnante pour Chantiers Modernes Construction",
      [CS], notes="Titre.")
    P("Intégrer des travailleurs en insertion sur les chantiers est toujours fructueux selon Alvin Lhospitalier, responsable de travaux chez Chantiers Modernes Construction. Depuis deux ans et demi, son entreprise a réalisé 33 000 heures d’insertion (contre 11 300 heures initialement prévues) pour l’un des chantiers du prolongement de la ligne 11 du métro parisien.",
      [CS], non=["deux ans et demi", "33 000", "11 300", "11"], notes="Heures réalisées et prévues (pièges: résultat et rappel de l'exigence).")
    P("Chantiers Modernes Construction – associé à CBI, filiale également de Vinci Construction* – a réussi le pari de l’insertion sur l’un de ses chantiers phares liés au prolongement de la ligne 11 entre Paris et l’Est francilien. L’entreprise réalise en effet l’aménagement et les travaux de second œuvre de quatre nouvelles stations souterraines (voir Fiche d'identité des travaux, ci-dessous).",
      [CS], non=["11", "quatre"], notes="Contexte du chantier.")
    P("Dans ce marché, le maître d’ouvrage public (RATP) a inclus une clause contractuelle d’insertion à raison de 11 300 heures. « Ce qui revient à travailler 80 mois pour une personne, sur la base de 35 heures hebdomadaires. C’est l'une des raisons pour laquelle, on augmente le nombre de personnes suivies pour avoir le nombre d’heures correspondant », souligne le responsable de travaux Alvin Lhospitalier.",
      [CS], objs=[Q(11300, "heures", kind="absolute", subject="heures d'insertion exigées par la clause du marché", themes=[CS])],
      non=["80 mois", "35 heures"], notes="Volume d'heures exigé par la clause (objectif contractuel); équivalences (pièges). Le marché est déjà en cours: pourrait être lu comme un rappel.", ambiguous=True)
    P("Pour rendre l’obligation contractuelle possible, les heures d’insertion ont été partagées avec certains des sous-traitants du groupement. « On a fait 50/50 en recourant à certains sous-traitants importants, notamment en gardiennage ou encore en serrurerie », reprend Alvin Lhospitalier.",
      [CS], non=["50/50"], notes="Répartition réalisée (piège).")
    P("Pour gérer sa part, les 50 % restants, et mener à bien sa mission d’insertion, Chantiers Modernes Construction, s’est appuyé sur deux partenaires majeurs : Liva et l’association Wake Up Café.",
      [CS], non=["50 %", "deux"], notes="Part et compte (pièges).")
    P("Le premier partenaire, Liva, est une co-entreprise d’insertion créée par le groupe Ares et Vinci Construction, œuvrant dans les métiers de la logistique de chantier. Cette joint-venture sociale, créée en 2018, a pour mission d’accompagner un grand nombre",
      [CS, ESS], non=["2018"], notes="Entreprise d'insertion (joint-venture sociale, ESS); coupé comme l'extrait.", ambiguous=True)

    S("http://info-socialrh.fr/bibliotheque-numerique/entreprise-et-carrieres/1115/pratiques/quand-le-btp-consolide-sa-politique-dinsertion-470126.php", "Quand le BTP consolide sa politique d'insertion (Entreprise & Carrières, 23 octobre 2012, Info-Social RH)")
    P("Contraints de répondre aux besoins croissants des marchés publics en termes d’insertion, les poids lourds du BTP cherchent à professionnaliser le recours à cette main-d’œuvre particulière. Objectif : sortir du tout quantitatif. Focus sur le groupe Vinci et sur Bouygues Construction.",
      [CS], notes="« Objectif » qualitatif d'entreprises (pas d'achat public): non compté comme objectif.", ambiguous=True)
    P("Insérer, oui, mais pas n’importe comment. Tel pourrait être le nouveau credo des grandes entreprises du secteur du BTP, à observer leur mobilisation de ces derniers mois.",
      [CS], notes="Insertion.")
    P("Chez Vinci, celle-ci s’est traduite, en mai 2011, par la création de la société ViE (Vinci Insertion Emploi), chargée de faire l’interface entre les patrons de chantier Vinci et des structures d’insertion. De son côté, Bouygues Construction a signé en juillet dernier un partenariat important avec Face (Fondation agir contre l’exclusion).",
      [CS], non=["mai 2011"], notes="Date (piège).")
    P("Ces initiatives s’inscrivent dans un contexte d’évolution des marchés publics. « On assiste depuis plusieurs années à une volonté forte de la part du gouvernement de systématiser les clauses d’insertion dans les commandes publiques », souligne Arnaud Habert, directeur général délégué de ViE.",
      [CS], notes="Volonté de systématiser les clauses (décrite, pas fixée ici).", ambiguous=True)
    P("En outre, le secteur du BTP est de plus en plus sollicité par les opérateurs privés, qui souhaitent intégrer dans leurs chantiers des heures d’insertion. « Il s’agit souvent d’entreprises qui veulent valoriser leur implication dans la RSE », souligne Arnaud Habert.",
      [CS], notes="Heures d'insertion dans les marchés privés.")
    P("« L’insertion renvoie également pour nous à un enjeu commercial, car les clients privés sont attirés par cet aspect social qui leur permettra d’afficher leur action sur un territoire donné », renchérit Didier Rabiti, responsable diversité et égalité des chances à Bouygues Construction.",
      [CS], notes="Insertion comme enjeu commercial.")

    S("https://www.mylkee.io/blog/les-heures-dinsertion-sur-un-chantier", "Les heures d'insertion sur un chantier (Mylkee, blog)")
    P("Aujourd’hui beaucoup d’entreprises de travaux lors de leurs réponses aux appels d’offres, pour un chantier, sont amenées à devoir des heures d’insertion dans le cadre de leur marché travaux, la fameuse « clause sociale » dans le BTP.",
      [CS], notes="Clause sociale dans le BTP.")
    P("Bien que souvent elle soit mal accueillie par les entreprises de travaux, cette clause permet à des personnes éloignées de l’emploi d’intégrer ou réintégrer le monde du travail par le biais de cette obligation contractuelle.",
      [CS], notes="Insertion.")
    P("Afin de réaliser ces heures d’insertion les entreprises doivent faire appel à des Structures de l’Insertion par l’Activité Economique (SIAE).",
      [CS], notes="SIAE.")
    P("Les SIAE ont été créées afin de permettre à des personnes sans emploi et rencontrant des difficultés sociales et professionnelles de bénéficier d'un contrat de travail ainsi que d'un suivi et d'un accompagnement renforcés (évaluation, ateliers de recherche d'emploi, bilan de compétences, formation...).",
      [CS], notes="Définition des SIAE.")
    P("Il existe aujourd’hui plusieurs types de SIAE mais avec des modèles économiques différents, des secteurs d’intervention différents & une organisation différente, soient :",
      [CS], notes="Types de SIAE.")
    P("Ce qu’il faut retenir c’est que selon les besoins des entreprises de travaux, le montant de leurs marchés, les prestations recherchées l’une de ces SIAE aura la capacité de l’accompagner dans la bonne réalisation de sa clause d’insertion avec pour but commun à l’issue : permettre à ces publics de trouver une stabilité socio-professionnelle.",
      [CS], notes="Réalisation de la clause d'insertion.")
    P("- les jeunes de moins de 26 ans en grande difficulté,",
      [CS], non=["26"], notes="Public éligible; âge (piège).")

    S("https://www.mie-roubaix.fr/2017/09/06/dela-prejuges-clauses-sociales-rencontres/", "Au-delà des préjugés sur les clauses sociales, rencontres… (Maison de l'initiative et de l'emploi de Roubaix, 6 septembre 2017)")
    P("Au-delà des préjugés sur les clauses sociales, rencontres…",
      [CS], notes="Titre.")
    P("Aujourd’hui, elles permettent notamment de réserver des heures de travail à des personnes en difficulté d’insertion professionnelle dans le cadre de marchés de travaux et de services. Néanmoins, certains lots de ces marchés restent peu impactés par ces clauses sociales, comme c’est le cas pour les lots comportant des prestations intellectuelles.",
      [CS], notes="Clauses sociales par type de lot.")
    P("Entretiens croisés entre M. Benali, un salarié ayant bénéficié de l’action des clauses sociales, et de M. Delmotte, directeur de GD projets, une entreprise chargée de l’organisation et de la coordination des différents intervenants sur chantier.",
      [CS], notes="Témoignages.")
    P("J’ai obtenu mon BTS en Bâtiment et Urbanisme à l’ITTPB, en Algérie. J’étais persuadé que ce diplôme, apparemment reconnu à l’international, m’ouvrirait de nombreuses portes.",
      [], notes="Parcours personnel; sans thème.")
    P("En 2010, je suis arrivé en France j’ai cherché à faire valider mon diplôme mais je n’ai obtenu aucune réponse. Encore aujourd’hui, et malgré mes nouvelles demandes de validation d’acquis et d’expérience en 2013 et en 2016, je n’ai jamais reçu de réponse négative ou positive.",
      [], non=["2010", "2013", "2016"], notes="Parcours personnel; dates (pièges); sans thème.")

    S("https://www.geiq-btp42.fr/blog/les-clauses-dinsertion-sociale-une-opportunite-de-recrutement-sur-des-metiers-du-batiment-en-tension/", "Les clauses d'insertion sociale : une opportunité de recrutement sur des métiers du bâtiment en tension (GEIQ BTP 42, blog)")
    P("Les clauses d’insertion sociale sont un dispositif légal intégré aux marchés publics. Favorisant l'insertion dans l’emploi des personnes, elles assurent des opportunités de recrutement durable pour les entreprises.",
      [CS], notes="Clauses d'insertion.")
    P("Accompagnées par des structures comme Geiq BTP 42, les entreprises du bâtiment, des travaux publics et les collectivités, apportent ainsi leur pierre à l’édifice à la démarche environnementale, sociale et solidaire partagée.",
      [CS, E], non=["42"], notes="Démarche environnementale, sociale et solidaire (large); numéro de département (piège).", ambiguous=True)
    P("Les clauses d'insertion sociale constituent très souvent une étape dans un parcours de retour vers l'emploi durable pour les personnes en insertion. Elles visent à aider des personnes éloignées de l’emploi à s'insérer dans le monde du travail.",
      [CS], notes="Insertion.")
    P("Les clauses d'insertion s’adressent en l'occurrence aux personnes en rupture professionnelle, aux demandeurs d’emploi de longue durée, aux bénéficiaires du RSA, à des jeunes sans qualification en difficulté pour accéder à un premier emploi ou encore à des demandeurs d’asile.",
      [CS], notes="Publics.")
    P("Il s'agit d'un dispositif encadré par le code des marchés publics qui permet aux acheteurs des collectivités d’introduire dans leurs appels d’offre des clauses destinées à favoriser l’emploi de personnes en insertion par les entreprises obtenant des marchés publics de travaux, services ou fournitures.",
      [CS], notes="Cadre juridique.")
    P("Les clauses d’insertion sociale et de promotion de l’emploi dans la commande publique sont étroitement liées à la volonté politique des collectivités de favoriser l’économie sociale et solidaire et l’emploi sur leur territoire.",
      [CS, ESS, PME], notes="ESS et emploi local (accès local).", ambiguous=True)
    P("Concrètement, lors de la rédaction des lots, l’acheteur public va, avec l’aide du facilitateur, déterminer un nombre d’heures de travail à réaliser par l’entreprise pour une action d’insertion. Cela représente généralement de 5 à 7% du nombre total d’heures estimées à la réalisation du chantier.",
      [CS], non=["5", "7%"], notes="Part habituelle (description d'une pratique, pas un objectif fixé): piège.", ambiguous=True)

    S("https://geiq-btp42.fr/blog/globalisation-des-clauses-dinsertion-sociale-favoriser-lembauche-dans-le-btp", "Globalisation des clauses d'insertion sociale : favoriser l'accès des entreprises du BTP aux marchés publics (GEIQ BTP 42, 15 septembre 2023)")
    P("Les appels d'offres représentent un potentiel d’affaires important pour les entreprises du BTP. Pour dynamiser l’emploi sur le territoire en soutenant l’insertion professionnelle, l’acheteur public - mais également privé, s’il le souhaite - inclut dans sa demande des clauses d’insertion sociale.",
      [CS], notes="Clauses d'insertion; emploi sur le territoire.", ambiguous=True)
    P("Ce dispositif légal offre, pour les entreprises attributaires de ces marchés, une opportunité de développement significative, décuplée en cas de globalisation du nombre d’heures. Nous vous en disons plus dans cet article.",
      [CS], notes="Globalisation des heures d'insertion.")
    P("Les clauses d’insertion sont des dispositions contractuelles incluses dans les appels d’offre, qui visent à favoriser l’insertion de personnes éloignées de l’emploi : bénéficiaires du RSA, demandeurs d’emploi de plus de 50 ans ou de longue durée, jeunes sans qualification, travailleurs en situation de handicap…",
      [CS], non=["50"], notes="Publics; âge (piège).")
    P("Concrètement, cela signifie que lors d’un appel d’offres, le commanditaire public - ou privé - doit réserver un certain pourcentage d’heures de travail aux personnes éligibles aux clauses d’insertion. L’entreprise qui se voit attribuer le marché est donc liée par cette exigence.",
      [CS], notes="Principe de la clause.")
    P("Parfois vue par les entreprises comme une contrainte, elle est au contraire source d'opportunités, grâce notamment à la possibilité de globaliser les heures. On vous explique.",
      [CS], notes="Globalisation.")
    P("Les clauses d’insertion sociale peuvent rebuter les entreprises, qui ne disposent pas toujours de la ressource en interne et ne savent pas comment procéder. Pour les aider, il existe dans tous les territoires des personnes dédiées à la coordination de ce type de dispositif. Ce sont les facilitateurs / facilitatrices d",
      [CS], notes="Facilitateurs; coupé comme l'extrait.")

    S("https://centre-val-de-loire.dreets.gouv.fr/Focus-sur-la-clause-sociale-un-dispositif-de-lutte-contre-le-chomage-et-l", "Focus sur la clause sociale, un dispositif de lutte contre le chômage et l'exclusion (DREETS Centre-Val de Loire, 21 mars 2023)")
    P("« Pour le projet de conception-réalisation du Pont de Châtillon-sur-Loire, le Département du Loiret avait inclus une clause sociale : nous devions réserver 9 500 heures de travail pour des personnes rencontrant des difficultés d’accès ou de retour à l’emploi » raconte Anthony Marais, responsable d’exploitation à Baudin Châteauneuf, lors de la 4ème étape du Tour de France de la clause sociale à Orléans, le 20 octobre 2022.",
      [CS], objs=[Q(9500, "heures", kind="absolute", subject="heures de travail réservées à l'insertion dans le marché", themes=[CS])],
      non=["4ème", "20 octobre 2022"], notes="Volume d'heures exigé par la clause (objectif contractuel, rapporté au passé); rang et date (pièges).", ambiguous=True)
    P("Fin 2018, ce groupe spécialisé dans la construction et la rénovation des ouvrages répondait pour la deuxième fois à un marché public comprenant ce type de condition (voir encadré).",
      [CS], non=["2018"], notes="Date (piège).")
    P("Pour réaliser ses heures en clause sociale, Baudin Châteauneuf a notamment sollicité ses prestataires et inclus une clause sociale dans ses contrats avec ses sous-traitants. Ils ont également délégué le ménage et l’entretien du chantier à une entreprise d’insertion.",
      [CS], notes="Mise en œuvre de la clause.")
    P("« Nous avons par ailleurs collaboré avec une association pour présélectionner des candidats pour nos recrutements en propre. C’est le Département qui nous a orienté vers les bonnes structures. Cet accompagnement était indispensable car nous étions novices en la matière. »",
      [CS], notes="Accompagnement (facilitation).")
    P("Aujourd’hui, Anthony Marais l’assure : « Nous sommes vraiment plus à l’aise avec les clauses sociales et c’est une bonne chose car cela se généralise de plus en plus. »",
      [CS], notes="Clauses sociales.")
    P("Finalement, ce ne sont pas 9 500 heures que réalisera l’entreprise mais 11 000 heures. Elle recrutera également deux bénéficiaires de cette clause sociale en CDI.",
      [CS], non=["9 500", "11 000", "deux"], notes="Réalisation prévue au-delà de l'exigence (résultat attendu, pas un objectif fixé): piège.", ambiguous=True)
    P("« Accompagner des personnes dans leur retour à l’emploi, c’est très valorisant, surtout pour nos équipes sur le terrain. Les clauses sociales c’est aussi une forme de pré-recrutement : c’est toujours intéressant de connaître la motivation, l’engagement et le savoir-être d’un",
      [CS], notes="Coupé comme l'extrait.")

    S("https://www.idcite.com/Actu-Les-mesures-commande-publique-de-la-loi-dite-Climat-et-resilience_a57175.amp.html", "Les mesures commande publique de la loi dite Climat et résilience (ID.CiTé)")
    P("Publiée le 24 août, la loi n° 2021-1104 du 22 août 2021 portant lutte contre le dérèglement climatique et renforcement de la résilience face à ses effets (dite loi « Climat et résilience» ) inclut plusieurs mesures destinées à mieux prendre en compte le développement durable lors de la passation et l’exécution des contrats de la commande publique.",
      [E], non=["24 août", "2021-1104", "22 août 2021"], notes="Loi Climat; développement durable (environnement, comme le dev).")
    P("La DAJ détaille, dans une fiche explicative , les mesures de la loi Climat et résilience destinées à mieux prendre en compte le développement durable lors de la passation et l’exécution des contrats de la commande publique.",
      [E], notes="Développement durable.")
    P("Compte tenu de leur spécificité, il est à noter que les marchés et les contrats de concession de défense ou de sécurité ne sont pas concernés par ces mesures.",
      [], notes="Exclusion du champ; sans thème.", ambiguous=True)
    P("A l’exception des mesures relatives aux SPASER qui entreront en vigueur le 1er janvier 2023, les dispositions de l’article 35 de la loi entreront en vigueur à une date fixée par décret, et au plus tard le 22 août 2026.",
      [G, E], non=["1er janvier 2023", "35", "22 août 2026"], notes="Dates d'entrée en vigueur (pièges); SPASER (gouvernance).", ambiguous=True)

    S("https://images.achatpublic.info/actualites/editos/2023/06/21/entre-consideration-et-obligation-la-resilience-de-la-loi-climat-32117", "Entre considération et obligation : la résilience de la loi Climat (achatpublic.info, éditorial, 21 juin 2023)")
    P("« Nos légumes sont le fruit d’une agriculture 100% biologique, c’est-à-dire que l’on privilégie toujours les fruits qui sont dans les arbres, alors que l’on oublie trop souvent les fruits tombés il y a deux semaines » Palmashow (le magasin bio)",
      [AL], non=["100%", "deux semaines"], notes="Citation humoristique en exergue (piège: « 100% biologique » n'est pas un objectif).", ambiguous=True)
    P("Connue dans l’univers de l’achat public sous son petit nom \"loi Climat & Résilience\", elle est encore loin d’avoir produit la majeure partie de ses effets, à savoir qu’un marché public ou une concession, par principe, doit comporter à la fois dans les spécifications techniques, les critères d’attribution, et les conditions d’exécution : des « considérations » relatives à l’environnement et au social. Il faudra attendre août 2026",
      [E, CS], objective=True, non=["août 2026"], notes="Obligation légale à venir (chaque marché: considérations environnementales et sociales), laissée qualitative (« un marché … par principe », pas « tous les marchés »); août 2026 serait l'horizon si l'on normalisait à 100 %.", ambiguous=True)
    P("Il est possible qu’entre-temps le législateur avance l’entrée en vigueur de ces dispositions… du moins dans des secteurs où les enjeux de transitions énergiques sont assez forts.",
      [EN], notes="Transitions énergétiques (« énergiques » tel quel).", ambiguous=True)
    P("C’est le cas avec la loi n° 2023-175 du 10 mars 2023, relative à l'accélération de la production d'énergies renouvelables. Elle oblige à insérer, dès le 1er juillet 2024, un critère prenant en compte des considérations environnementales s’agissant de marchés ayant pour objet l'implantation ou l'exploitation d'installations de production ou de stockage d'énergies renouvelable",
      [EN, E], objective=True, non=["2023-175", "10 mars 2023", "1er juillet 2024"], notes="Obligation légale qualitative (critère environnemental) pour les marchés d'énergies renouvelables; date d'entrée en vigueur (piège). Coupé avant le renvoi.", ambiguous=True)
    P("Le Gouvernement, dans son Plan national pour des achats durables (PNAD), recommande fortement aux collectivités publiques de commencer à intégrer dans leur contrat a minima une considération environnementale et sociale",
      [E, CS, G], objective=True, notes="Recommandation du PNAD (objectif qualitatif); plan national (gouvernance au sens large). Coupé avant le renvoi.", ambiguous=True)

    S("https://ampconsultants.fr/publication-de-la-loi-climat-et-resilience-vers-un-renforcement-de-la-prise-en-compte-des-enjeux-environnementaux-dans-lachat-public", "Publication de la loi Climat et résilience, vers un renforcement de la prise en compte des enjeux environnementaux dans l'achat public (AMP Consultants)")
    P("La loi portant lutte contre le dérèglement climatique et renforcement de la résilience face à ses effets, dite « Loi climat et résilience », est parue au Journal Officiel du 24 août 2021.",
      [E], non=["24 août 2021"], notes="Date (piège).")
    P("A l’issue des travaux de la convention citoyenne pour le climat, tout laissait présager que cette loi impacterait l’achat public, et c’est désormais chose faite.",
      [E], notes="Climat.")
    P("Mme Olivia Grégoire, Secrétaire d’Etat chargée de l’Economie sociale, solidaire et responsable, auprès du Ministre de l’économie, des finances et de la relance, avait notamment déclaré que « ce projet de loi marque une étape décisive pour l’économie responsable et pour l’économie sociale et solidaire.",
      [ESS], notes="ESS.")
    P("L’Etat est un acteur économique comme les autres, mais l’Etat doit être, plus que les autres, un acteur exemplaire. Ces nouvelles dispositions vont encourager une dynamique vertueuse à la fois pour les acheteurs publics mais aussi pour tout l’écosystème des entreprises écologiques et sociales qui verront leurs efforts en la matière récompensés ».",
      [E, ESS], notes="État exemplaire; entreprises écologiques et sociales.", ambiguous=True)
    P("Ainsi, cette loi introduit l’article 3.1 au sein du titre préliminaire du code de la commande publique qui dispose que « la commande publique participe à l’atteinte des objectifs de développement durable, dans leurs dimensions économique, sociale et environnementale, dans les conditions définies par le présent code ».",
      [E], non=["3.1"], notes="Principe général (pas un niveau d'achat); développement durable.", ambiguous=True)
    P("Cette loi vient donc impacter le droit de la commande publique (concessions et marchés) en quatre mesures principales, à savoir :",
      [], non=["quatre"], notes="Compte (piège); sans thème.")
    P("Par conséquent, à l’instar de la prise en compte des enjeux environnementaux dans les pratiques de consommation de la vie quotidienne, et dans la continuité de l’entrée en vigueur des nouveaux CCAG en avr",
      [E], notes="Enjeux environnementaux; coupé comme l'extrait.")

    S("https://laclauseverte.fr/actualites/loi-climat-et-resilience-ce-quil-faut-retenir", "Loi Climat et Résilience : ce qu'il faut retenir (La Clause verte, CD2E)")
    P("Publiée le 22 août 2021, la loi portant sur la lutte contre le dérèglement climatique et le renforcement de la résilience face à ses effets (« Climat Résilience ») a été définitivement adoptée cet été.",
      [E], non=["22 août 2021"], notes="Date (piège).")
    P("Ce texte fait entrer l’écologie dans la vie quotidienne des Français, avec plus de 305 articles et un champ d’action qui touche tous les domaines : de la consommation au logement, en passant par les déplacements ou l’alimentaire… mais aussi une série de dispositions destinées à verdir la commande publique : matériaux biosourcés, 100% des marchés avec une clause écologique, cycle de vie, …",
      [E], objs=[Q(100, "%", subject="marchés avec une clause écologique", themes=[E])],
      non=["305"], notes="Obligation légale (100 % des marchés avec une clause écologique) comptée comme objectif; nombre d'articles (piège).", ambiguous=True)
    P("Les équipes du CD2E décryptent les dispositions phares de la loi Climat et Résilience, pour une rentrée au vert, marquée par l’actualité de l’achat public durable.",
      [E], notes="Achat public durable.")
    P("1. L’atteinte des objectifs de développement durable dans la commande publique",
      [E], non=["1."], notes="Intertitre.")
    P("La Direction des Affaires Juridiques (DAJ) de Bercy rappelle dans sa fiche explicative que ces dispositions entreront en vigueur à une date fixée par décret, et au plus tard le 22 août 2026. Autrement dit, d’ici 5 ans au plus tard, tous les marchés publics devront intégrer",
      [E], objective=True, non=["22 août 2026", "5 ans"], notes="Obligation légale à venir, coupée avant son objet (« tous les marchés publics devront intégrer … »): objectif, laissé sans valeur faute d'objet; date (piège ou horizon).", ambiguous=True)

    # (session 9, at merge) the L'Info Durable tribune on reused furniture (linfodurable.fr) was dropped here:
    # linfodurable.fr is a site of the objectives' unseen evaluation set fresh7, collected at the same time.

    S("https://courrierdumeuble.webflow.io/blog/reemploi-upcycling-les-lignes-bougent-mobilier-de-bureau-le-reemploi-booste-par-la-loi-agec", "Mobilier de bureau : le réemploi boosté par la loi AGEC (Le Courrier du meuble)")
    P("Selon une estimation du fournisseur de mobilier bureau de réemploi Bluedigo, le mobilier de bureau d’occasion représenterait aujourd’hui entre 10 et 20 % du marché. Un pourcentage qui est amené à augmenter, en raison des nouvelles exigences de la loi AGEC qui s’imposent aux acheteurs publics, et devraient s’étendre à l’ensemble des donneurs d’ordre.",
      [CE], non=["10", "20 %"], notes="Estimation de marché et prévision (pièges).")
    P("L’entreprise indique comment bien intégrer les produits de réemploi dans leurs cahiers des charges.",
      [CE], notes="Réemploi dans les cahiers des charges.")
    P("Le réemploi gagne du terrain également sur le marché du mobilier de bureau, comme le montre l’exemple de Bluedigo, une société créée en 2019, dont l’activité consiste à racheter du mobilier de grandes marques aux entreprises qui déménagent ou réaménagent leurs bureaux, pour le reconditionner et le proposer à d’autres entreprises.",
      [CE], non=["2019"], notes="Réemploi de mobilier.")
    P("« Le mobilier de bureau de réemploi va connaître un développement important, sous l’effet de la loi contre le gaspillage et en faveur de l’économie circulaire AGEC de février 2020 », explique son créateur Maxime Baffert, lors d’un webinaire organisé sur ce thème le 17 février dernier.",
      [CE], non=["février 2020", "17 février"], notes="Prévision d'une entreprise (pas un objectif).")
    P("En effet, l’article 58 de cette loi oblige désormais les acheteurs de l’Etat, des collectivités locales et leurs groupements à acheter des biens issus du réemploi, ou de la réutilisation, ou comportant des matières recyclées, à hauteur de 20 % minimum de leurs achats, avec un objectif majeur : faire de la commande publique un levier pour le développement de l’économie circulaire.",
      [CE], objs=[Q(20, "%", comparator=">=", subject="biens issus du réemploi, de la réutilisation ou recyclés dans les achats", themes=[CE])],
      non=["58"], notes="Quota légal AGEC (« 20 % minimum »).")
    P("Dans le décret n°2021-254 du 9 mars 2021, les pouvoirs publics précisent quelles sont les familles de produits concernées en matière de mobilier de bureau, qui comprennent les sièges et chaises, et tout ce qui appartient à la famille des tables, armoires, bureaux et bibliothèques.",
      [CE], non=["2021-254", "9 mars 2021"], notes="Décret (pièges).")

    S("https://tool-to-team.fr/le-reemploi-au-bureau/", "Le réemploi au bureau (Tool to Team)")
    P("Le réemploi au sens large et le zéro déchet sont de plus en présents dans notre société. On récupère la nourriture non vendue dans les supermarchés et restaurants (avec l’application Too Good To Go par exemple), on revend ses vêtements sur Vinted, on achète des produits de seconde main sur Le Bon Coin, etc. Mais, qu’en est-il du réemploi au bureau ?",
      [CE], notes="Réemploi, zéro déchet.")
    P("Le monde du BTP suit le même courant. On utilise des matériaux issus de la déconstruction d’un bâtiment, on recycle le béton, etc. Aujourd’hui, le potentiel économique, écologique et social de réemploi est énorme.",
      [CE], notes="Réemploi des matériaux.")
    P("Le mobilier n’y échappe pas. A chaque déménagement, les entreprises ont tendance à se débarrasser de leur mobilier et racheter du neuf. Le mobilier professionnel est une source de déchets devenue très importante. En France, cela représente jusqu’à 100 000 tonnes par an, qui finissent directement à la déchèterie.",
      [CE], non=["100 000 tonnes par an"], notes="Volume de déchets (piège).")
    P("Alors, à l’extérieur comme à l’intérieur du bâtiment, on s’inspire du mouvement du moment et on s’oriente vers le mobilier de réemploi !",
      [CE], notes="Réemploi.")
    P("Niveau réglementation, ce phénomène est d’ailleurs facilité par le décret n° 2021-254 du 9 mars 2021 issu de la loi anti-gaspillage (AGEC). Il est effectivement devenu obligatoire pour les commandes publiques de l’Etat, des collectivités territoriales, et des groupements de collectivités de comprendre une part de biens issus du réemploi, de la réutilisation ou intégrant des matières recyclées.",
      [CE], objective=True, non=["2021-254", "9 mars 2021"], notes="Quota légal AGEC énoncé sans valeur: objectif qualitatif.", ambiguous=True)
    P("Par exemple, les achats de mobilier ou matériel informatique doivent provenir pour 20% du réemploi et pour 20% de filières de recyclage.",
      [CE, NUM], objs=[Q(20, "%", subject="mobilier ou matériel informatique issu du réemploi", themes=[CE, NUM]),
                      Q(20, "%", subject="mobilier ou matériel informatique issu de filières de recyclage", themes=[CE, NUM])],
      notes="Quota AGEC tel que la page le résume (inexact par rapport au décret, noté tel quel).", ambiguous=True)
    P("Réduction des coûts, pratique plus responsable, diversification des styles délais de livraison plus courts ou non existants puisque l’on peut récupérer les produits directement sur les chantiers, etc.",
      [CE], notes="Avantages du réemploi (par le contexte).", ambiguous=True)

    S("https://factuel.univ-lorraine.fr/node/20296", "Mobiliers d'occasion : de nouvelles habitudes à prendre pour nos achats (Université de Lorraine, Factuel, 24 mai 2022)")
    P("Le 5 mai 2022 s’est tenue au sein de l’Université de Lorraine une table ronde sur l’économie circulaire et l’achat de mobilier d’occasion.",
      [CE], non=["5 mai 2022"], notes="Date (piège).")
    P("Retour sur cet évènement, organisé par la Direction de la Logistique Interne en lien avec l’ARSEG, qui a permis de croiser bonnes pratiques et sensibilisation à l’achat durable.",
      [E, G], notes="Achat durable (environnement); sensibilisation des acheteurs (gouvernance au sens large).", ambiguous=True)
    P("La loi AGEC - Loi relative à la lutte contre le gaspillage et à l’économie circulaire du 10 février 2020 a pour ambition d’apporter des réponses concrètes aux attentes des citoyens en matière d’écologie.",
      [CE, E], non=["10 février 2020"], notes="Loi AGEC; écologie.")
    P("Sortir du plastique jetable, stopper l’impression systématique des tickets de caisse, ou encore obliger les acteurs publics à acquérir des biens d’occasion, reconditionnés ou intégrant des matières recyclées sont autant de mesures prévues par cette loi pour changer en profondeur les modes de production et de consommation.",
      [CE], objective=True, notes="Mesures légales (obligation d'acquérir des biens d'occasion) sans valeur: objectif qualitatif.", ambiguous=True)
    P("Ainsi, depuis le 1er janvier 2021, 20% des achats annuels de l’Etat et des collectivités doivent être issus du réemploi ou de la réutilisation.",
      [CE], objs=[Q(20, "%", per_year=True, subject="achats annuels issus du réemploi ou de la réutilisation", themes=[CE])],
      non=["1er janvier 2021"], notes="Quota légal AGEC; « depuis »: pas d'horizon; part des achats annuels: per_year (discutable).", ambiguous=True)
    P("Cette nouvelle obligation crée une rupture. Elle a pris autant au dépourvu les acheteurs publics que les vendeurs de mobilier. Il est important qu’ils se rencontrent pour échanger sur les possibilités des uns et des autres.",
      [CE], notes="Obligation AGEC (par le contexte).", ambiguous=True)
    P("Avec plus de 700 000 € HT de dépenses annuelles en mobilier, l’Université de Lorraine, ses composantes et ses laboratoires sont particulièrement concernés.",
      [CE], non=["700 000 € HT"], notes="Dépense (piège).", ambiguous=True)
    P("Aussi, cette table ronde avait pour ambition de réunir des responsables de collectivités partenaires, des éco-organismes, des sociétés de vente de mobilier d’occasion mais aussi des acteurs de l’économie sociale et solidaires pour présenter des solutions concrètes permettant de répondre à cette nouvelle o",
      [CE, ESS], notes="Mobilier d'occasion; acteurs de l'ESS; coupé comme l'extrait.", ambiguous=True)

    S("https://lecho-circulaire.com/mobilier-de-bureau-les-achats-publics-se-mettent-au-reemploi/", "Mobilier de bureau : les achats publics découvrent le monde du réemploi (L'Écho circulaire)")
    P("Comment permettre à des entreprises de vendre ou donner leur mobilier de bureau d’occasion ? Comment aider les collectivités et administrations publiques dans leur sourcing d’achats circulaires ?",
      [CE], notes="Achats circulaires.")
    P("Alors que la loi AGEC vient de jeter les bases pour inciter à une commande publique éco-responsable, la rencontre de l’offre et de la demande reste encore compliquée. Sur le marché du mobilier de bureau, de nouveaux acteurs se positionnent pour répondre aux acheteurs publics.",
      [CE, E], notes="Commande publique éco-responsable.")
    P("La programmation des achats des services de l’État sur la période 2021-2024 (hors achats de Défense et de Sécurité) représente une enveloppe annuelle d’environ 10 milliards par an. Sur l’ensemble des domaines d’achats concernés, la fourniture en mobilier porte sur 33 postes, soit un budget total maximum de 17 millions d’euros.",
      [], non=["2021-2024", "10 milliards par an", "33", "17 millions d’euros"], notes="Volumes d'achat (pièges); sans thème.")
    P("Le secteur public dans sa globalité, représente 28 % du marché du mobilier de bureau.",
      [], non=["28 %"], notes="Part de marché (piège); sans thème.")
    P("Si les achats responsables sont en augmentation générale surtout après la pandémie Covid parmi les entreprises privées, côté public, la réglementation environnementale (art. 15 de la loi Climat, art. 58 de la loi AGEC) est un facteur d",
      [E, CE], non=["15", "58"], notes="Réglementation environnementale; coupé comme l'extrait.", ambiguous=True)

    S("https://ecoresponsable.numerique.gouv.fr/publications/guide-pratique-achats-numeriques-responsables/introduction", "Guide pratique pour des achats numériques responsables : introduction (Mission interministérielle numérique responsable, numerique.gouv.fr)")
    P("Le début du XXIe siècle a été marqué par l’explosion de l’utilisation des Technologies de l’Information et de la Communication (TIC), souvent résumées par « numérique ». Ces technologies occupent aujourd’hui une place prépondérante et incontournable dans notre vie quotidienne. Leur apport est également incontestable à l’égard de notre économie.",
      [NUM], notes="Contexte du numérique (guide d'achats numériques responsables).", ambiguous=True)
    P("Durant la pandémie Covid-19, le numérique a permis à une partie de la population de continuer à travailler et aux enfants de suivre l’école à distance.",
      [], non=["19"], notes="Contexte; sans thème d'achat responsable.", ambiguous=True)
    P("Le numérique peut permettre d’améliorer les conditions de vie et de travail en valorisant et en respectant les activités des êtres humains en s’inscrivant dans les 17 objectifs de développement durable de l’ONU.",
      [NUM, E], non=["17"], notes="Objectifs de développement durable (compte: piège).", ambiguous=True)
    P("La démarche « IT for green consiste à réduire les impacts environnementaux de nos activités par l’emploi des nouvelles technologies : comme par exemple rendre la consommation énergétique globalement plus efficiente ou développer le télétravail.",
      [NUM, E, EN], notes="IT for green: impacts environnementaux, efficacité énergétique.")
    P("Indissociable de la transition écologique actuellement engagée à l’échelle nationale et européenne, la transition numérique pourrait en constituer un point de vulnérabilité et doit donc être mieux maîtrisée.",
      [NUM, E], notes="Transition écologique et numérique.")
    P("En effet, si le numérique a longtemps été résumé à ses aspects positifs, son expansion a également un impact néfaste conséquent sur l’environnement mais aussi sur les conditions de travail tout au long de la chaîne d’approvisionnement.",
      [NUM, E, CT], notes="Impacts environnementaux et conditions de travail dans la chaîne d'approvisionnement.")
    P("Le numérique est une ressource critique pour l’humanité et ses besoins en ressources naturelles et abiotiques s’épuisent d’année en année. La tension sur la consommation d’eau mais aussi sur les minerais est de plus en plus forte d’autant plus que le numérique entre en conflit avec la transition énergétique",
      [NUM, E, EN], notes="Ressources, eau, minerais; transition énergétique. Coupé avant la parenthèse.", ambiguous=True)

    S("https://marchespublicspme.com/pendant-la-reponse/le-developpement-durable/fiches-techniques/2023/07/09/achats-numeriques-responsables-au-niveau-de-la-commande-publique-que-retenir_15881.html", "Achats numériques responsables au niveau de la commande publique : que retenir ? (MarchésPublicsPME, 9 juillet 2023)")
    P("L'achat numérique responsable est devenu un enjeu majeur dans la commande publique en France. Cette approche vise à concilier les avantages de l'innovation technologique avec les impératifs de durabilité et de responsabilité sociale et environnementale.",
      [NUM, E], notes="Numérique responsable; durabilité.")
    P("A l’heure actuelle, intérêt environnemental et intérêt numérique sont des points importants pour le développement des marchés publics. Les mesures prises vont dans ces deux sens car on évoque qu’il est important que les procédures des marchés publics soient dématérialisées et que les marchés en soi doivent obligatoirement tenir compte de l’impact environnemental.",
      [NUM, E], notes="Dématérialisation et impact environnemental.", ambiguous=True)
    P("A côté de cela, on parle d’achats responsables d’une part et d’achats numériques d’autre part. Or, ces deux types d’achats se trouvent être complètement contradictoires l’un de l’autre. En effet, quoiqu’impératif, l’essor du numérique est un fléau pour l’environnement et pour le conditionnement de la chaîne d’approvisionnement.",
      [NUM, E], notes="Impact environnemental du numérique.")
    P("Si tel est le cas de figure, il semble essentiel pour l’Etat d’introduire une nouvelle notion qui permettrait tout simplement de combiner ces deux actions impératives de la commande publique : l’achat numérique responsable.",
      [NUM], notes="Achat numérique responsable.")
    P("Cette initiative solutionne particulièrement les intérêts de respecter les objectifs de développement durable posés par l’ONU et les démarches pour la transition écologique et solidaire à l’échelle nationale et européenne.",
      [NUM, E], notes="Développement durable, transition écologique.", ambiguous=True)
    P("Il s’agit de mettre en place des procédés comme le « IT for green » dont l’objet est de réduire les conséquences environnementales des activités et actions générées par l’emploi et notamment par les technologies nouvelles.",
      [NUM, E], notes="IT for green.")
    P("En pratique, dans les marchés publics, il revient aux acteurs d’établir des politiques d’achats respectueux de l’environnement. La commande publique étant par ailleurs un moyen de sensibiliser efficacement le",
      [E, G], notes="Politiques d'achat (gouvernance au sens large); coupé comme l'extrait.", ambiguous=True)

    S("https://www.observatoire-collectivites.org/spip.php?article9417", "Commande publique : comment réussir la transition écologique ? (Observatoire Smacl des risques de la vie territoriale, FAQ d'Adaes Avocats)")
    P("Face aux enjeux environnementaux cruciaux auxquels nous sommes confrontés, la commande publique est un outil à ne pas négliger pour réussir la transition écologique.",
      [E], notes="Transition écologique.")
    P("Il faut en effet garder à l’esprit qu’elle représente environ 10% du PIB et que l’achat public est source d’exemples pour les administrés et les partenaires des autorités publiques (si un achat écologiquement responsable s’avère satisfaisant à l’usage et financièrement performant, il fera des émules).",
      [E], non=["10%"], notes="Poids de la commande publique (piège); achat écologiquement responsable.")
    P("L’objet de cette FAQ, rédigée par le Me Vincent CORNELOUP, Léa HORTANCE et Joao CARVALHO de SANTANA (Adaes Avocats), est de présenter les réflexes à adopter pour optimiser l’achat vert.",
      [E], notes="Achat vert.")
    P("Comment optimiser l’achat vert au stade de la définition des besoins ?",
      [E], notes="Intertitre.")
    P("« Le maître d’ouvrage peut passer des marchés publics d’assistance à maîtrise d’ouvrage portant sur un ou plusieurs objets spécialisés, notamment en ce qui concerne tout ou partie de l’élaboration du programme, la fixation de l’enveloppe financière prévisionnelle de l’opération ou le conseil spécialisé dans un domaine technique, financier, juridique ou administratif ».",
      [], notes="Article du code cité (assistance à maîtrise d'ouvrage); sans thème.")
    P("En effet, le domaine de la transition écologique peut nécessiter des connaissances techniques très pointues.",
      [E], notes="Transition écologique.")
    P("Recourir à des professionnels peut donc permettre aux acheteurs publics de mieux définir leurs besoins, en évitant un bricolage pétri de bonnes intentions mais au résultat incertain.",
      [E], notes="Par le contexte (achat vert).", ambiguous=True)

    S("https://apee-na.org/les-circuits-courts", "Les circuits courts (APEE Nouvelle-Aquitaine)")
    P("Selon le ministère de l’agriculture un circuit court est “ un mode de commercialisation des produits agricoles qui s’exerce soit par la vente directe du producteur au consommateur, soit par la vente indirecte à condition qu’il n’y ait qu’un seul intermédiaire. “",
      [AL], notes="Définition des circuits courts.")
    P("Aujourd’hui ce mode de commercialisation concerne presque tous les secteurs agricoles, et selon les chiffres du ministère, serait utilisé par plus de 16% des exploitations agricoles.",
      [AL], non=["16%"], notes="Part constatée (piège).")
    P("Les circuits cours sont aujourd’hui mis en avant au niveau national, notamment dans le Programme National de l’Alimentation. Les raisons de cette mise en avant sont multiples en raison des avantages offerts par le circuit court.",
      [AL], notes="Programme national de l'alimentation.")
    P("- Une favorisation du commerce de proximité et local.",
      [AL, PME], notes="Commerce local (accès local).", ambiguous=True)
    P("- Une amélioration de la qualité des repas (notamment cantine collective) en raison d’une meilleure fraicheur et saisonnalité des aliments.",
      [AL], notes="Qualité des repas.")
    P("- Une meilleure rémunération des agriculteurs en raison d’une réduction des intermédiaires.",
      [AL], notes="Rémunération des agriculteurs (pourrait être commerce équitable).", ambiguous=True)
    P("- Une réponse adaptée en cas de choc climatique ou de crise rendant plus difficiles les échanges et les déplacements. Et notamment dans le contexte de crise sanitaire tel que nous le vivons actuellement.",
      [AL, E], notes="Résilience climatique.", ambiguous=True)
    P("L’utilisation des circuits courts dans la commande publique, notamment dans le cadre d’approvisionnement d’aliments pour les restaurants collectifs (exemple : cantines scolaires), est rendu compliqué par certains principes de la passation des marchés publics.",
      [AL, PME], notes="Circuits courts et principes de la commande publique (accès local).", ambiguous=True)
    P("Le ministère de l’économie a rappelé en 2019 que « l’attribution des marchés sur la base d’un critère de préférence locale, que ce soit sur l’origine des produits ou sur l’implantation des entreprises, méconnaîtrait ces principes »",
      [PME, AL], non=["2019"], notes="Interdiction de la préférence locale (accès local).", ambiguous=True)

    S("https://www.c2lsolutions.fr/structurer-lots-marche-alimentaire", "Structurer les lots dans un marché alimentaire : comment favoriser les producteurs sans enfreindre la loi ? (C2L Solutions)")
    P("Dans les marchés alimentaires publics, l’organisation des lots constitue un levier essentiel pour faciliter l’accès des producteurs de proximité et des TPE/PME. Toutefois, ce levier doit s’inscrire strictement dans le respect des principes fondamentaux de la commande publique : liberté d’accès à la commande publique, égalité de traitement des candidats et transparence des procédures.",
      [PME, AL], notes="Allotissement et accès des producteurs de proximité et des TPE/PME.")
    P("Comment structurer un marché alimentaire de manière stratégique tout en restant juridiquement conforme ?",
      [AL], notes="Marché alimentaire.", ambiguous=True)
    P("L’article L.2113-10 du Code de la commande publique pose le principe de l’allotissement, en imposant à l’acheteur de décomposer les marchés en lots techniques ou fonctionnels. Cela permet notamment de faciliter l’accès des petites et moyennes entreprises à la commande publique.",
      [PME], non=["L.2113-10"], notes="Allotissement (accès des PME); article (piège).")
    P("L’acheteur peut décider de ne pas allotir, mais uniquement s’il est en mesure de justifier ce choix au regard de la nature du marché ou de son intérêt, conformément à l’article L.2113-11 du Code de la commande publique.",
      [PME], non=["L.2113-11"], notes="Allotissement.", ambiguous=True)
    P("En restauration collective, l’allotissement permet d’adapter les volumes, les catégories de produits et les modalités de livraison. Un allotissement fin et pertinent peut ainsi favoriser la candidature de fournisseurs de proximité, sans recourir à des critères discriminatoires fondés sur l’origine géographique.",
      [PME, AL], notes="Allotissement et fournisseurs de proximité.")
    P("La division du marché par familles de produits (viandes, fruits et légumes, produits laitiers),",
      [AL, PME], notes="Lots par famille (allotissement).", ambiguous=True)
    P("Des lots distincts peuvent être prévus pour : des produits biologiques, des produits sous signes officiels de qualité et d’origine (Label Rouge",
      [AL], notes="Produits bio et sous signes de qualité; coupé comme l'extrait.")

    S("https://marchespublicspme.com/pendant-la-reponse/candidature-et-offre-dans-les-marches-publics/boite-a-outils/2016/08/29/les-circuits-courts-face-au-principe-de-non-discrimination-dans-la-commande-publique_11736.html", "Les circuits courts face au principe de non-discrimination dans la commande publique (MarchésPublicsPME, 29 août 2016)")
    P("Depuis la publication du décret n°2011-1000 (25 août 2011), le code des marchés publics autorise le recours à des circuits courts définie comme telle :",
      [AL], non=["2011-1000", "25 août 2011"], notes="Décret (pièges).")
    P("En théorie, cette disposition vise à permettre à la commande publique de dynamiser le tissu économique local. Dans la pratique, elle peut se heurter aux principes de non-discrimination et de liberté de circulation qui sont les piliers des grands traités européens.",
      [PME, AL], notes="Tissu économique local; circuits courts par le contexte.", ambiguous=True)
    P("En 2015, la commission des affaires économique de l'Assemblée nationale déplorait un certain flou. Plusieurs éléments d'informations récents permettent toutefois d'appréhender le principe de circuits courts dans un contexte de libre concurrence :",
      [AL], non=["2015"], notes="Circuits courts; date (piège).")
    P("- l'ordonnance du 23 juillet 2015, en introduisant les clauses sociales et environnementales autorise les acheteurs publics à justifier le recours à une PME de proximité en avançant que l'empreinte environnementale du marché en sera considérablement réduite.",
      [PME, E, CS], non=["23 juillet 2015"], notes="PME de proximité; empreinte environnementale; clauses sociales citées.", ambiguous=True)
    P("- en 2014, le gouvernement a publié un guide juridique destiné à promouvoir un approvisionnement local et de qualité dans la restauration. Il a été diffusé à de nombreux élus et apporte un éclairage supplémentaire sur les circuits-courts (pour le consulter en ligne).",
      [AL, PME], non=["2014"], notes="Approvisionnement local.", ambiguous=True)
    P("Ces signaux faibles démontrent que le “local” a sa carte à jouer dans les marchés publics.",
      [PME], notes="Accès local.", ambiguous=True)

    S("https://agri71.fr/articles/21/05/2021/Placer-des-productions-locales-dans-les-marches-publics-n-est-pas-mission-impossible-56563", "Placer des productions locales dans les marchés publics n'est pas mission impossible (L'Exploitant agricole de Saône-et-Loire, 21 mai 2021)")
    P("Les producteurs locaux se demandent souvent pourquoi, à la cantine du collège tout près de chez eux, on ne peut pas servir leur viande ou leurs légumes. Les raisons sont multiples mais, souvent, on estime que la législation concernant les marchés publics est trop complexe à surmonter pour s'approvisionner localement. Les choses pourraient pourtant changer bientôt.",
      [AL, PME], notes="Approvisionnement local de la restauration collective.")
    P("En bon connaisseur des arcanes de la commande publique, Yannick Paris démontre que fournir la restauration collective en produits locaux n'est pas chose impossible.",
      [AL, PME], notes="Produits locaux.", ambiguous=True)
    P("C'est un avis du Conseil général de l'alimentation, de l'agriculture et des espaces ruraux (CGAAER – ministère de l'Agriculture) rendu public le 9 mars qui le constate : « la volonté de promouvoir les produits locaux dans la restauration collective publique se heurte à des difficultés juridiques et pratiques ».",
      [AL, PME], non=["9 mars"], notes="Produits locaux; date (piège).")
    P("Face à cela, l'organisme propose de modifier, au niveau européen, les règles de la commande publique, afin de pouvoir, dans le cadre d'un marché public « faire référence à une origine ou à une provenance déterminée ». Prendre en compte l'origine géographique des produits dans l'attribution des marchés est aujourd'hui juridiquement impossible.",
      [PME, AL], notes="Proposition de critère d'origine (accès local); proposition qualitative, pas un objectif d'achat.", ambiguous=True)
    P("Une aberration, alors que la crise sanitaire a mis en évidence l'intérêt de mettre en avant les producteurs locaux, auprès des particuliers. Faire de même pour un secteur qui nourrit quotidiennement des écoliers, collégiens, lycéens, donc autant de futurs consommateurs, devrait aller de soi.",
      [AL, PME], notes="Producteurs locaux.", ambiguous=True)
    P("Pourtant, selon des données de 2017, l'approvisionnement local ne représente que 5 % des 3,1 milliards des repas servis en restauration collective publique et privée.",
      [AL, PME], non=["2017", "5 %", "3,1 milliards"], notes="Part constatée (piège).")

    S("https://www.achatpublic.info/actualites/info-du-jour/2004/04/29/lachat-public-en-renfort-pour-lutter-contre-les-abus-du-commerce", "L'achat public en renfort pour lutter contre les abus du commerce illégal de bois tropical (achatpublic.info, 29/04/2004)")
    P("L’achat public en renfort pour lutter contre les abus du commerce illégal de bois tropical",
      [BIO], notes="Titre: forêts tropicales (biodiversité, comme le dev pour les forêts).", ambiguous=True)
    P("Le Gouvernement prépare une circulaire interministérielle qui fixera les premières mesures à prendre pour promouvoir progressivement l’achat de bois tropicaux écocertifiés par l’administration centrale de l’Etat et ses établissements publics. Le texte s’intègre dans le plan de lutte de la France contre l’exploitation illégale des forêts tropicales.",
      [BIO, G], notes="Bois écocertifiés; préparation d'une circulaire (gouvernance au sens large).", ambiguous=True)
    P("Il prévoit que la part des achats de bois justifiant d’une garantie de légalité et d’un engagement dans un processus de gestion durable atteigne au moins 50% en 2007, et si possible 100% en 2010.",
      [BIO], objs=[Q(50, "%", comparator=">=", horizon=2007, subject="achats de bois légal et issu d'une gestion durable", themes=[BIO]),
                   Q(100, "%", horizon=2010, subject="achats de bois légal et issu d'une gestion durable", themes=[BIO])],
      notes="Trajectoire d'une circulaire (objectifs datés); « si possible » n'empêche pas l'objectif.")
    P("La France entend s’attaquer à l’exploitation illégale des bois exotiques. Un plan d’action gouvernemental pour la conservation et la gestion durable des forêts tropicales a été présenté en conseil des ministres, le 7 avril, en ce sens.",
      [BIO, G], objective=True, non=["7 avril"], notes="Intention qualitative de l'État; présentation d'un plan d'action (gouvernance au sens large); date (piège).", ambiguous=True)
    P("Quel est le rapport avec la commande publique, pourrait-on objecter ? Il est plus étroit qu’il n’y paraît. C’est en partie par le truchement des achats publics que le Gouvernement entend diminuer l’abattage illégal de ces forêts.",
      [BIO], objective=True, notes="Intention qualitative (diminuer l'abattage illégal par les achats publics).", ambiguous=True)

    S("https://www.staging.libe.io/terre/2005/04/08/un-an-apres-le-plan-francais-pour-les-forets-tropicales-enfin-applicable_515723", "Un an après, le plan français pour les forêts tropicales enfin applicable (Libération, 8 avril 2005, copie staging)")
    P("Un an après l'annonce d'un Plan d'action en faveur des forêts tropicales, le gouvernement Raffarin s'est enfin résolu à publier une circulaire (aujourd'hui au Journal officiel) qui souligne auprès des différents ministères la nécessité de prendre en compte la protection des forêts tropicales (mais aussi tempérées), et donc de faire davantage attention à la nature et à la provenance du bois acheté.",
      [BIO, G], non=["Un an"], notes="Protection des forêts (biodiversité); publication d'une circulaire (gouvernance au sens large).", ambiguous=True)
    P("Applicable dès aujourd'hui, ce texte, qui aura mis un an pour voir le jour au lieu des deux mois prévus, est censé donner aux administrations tous les outils nécessaires pour atteindre l'objectif de 50 % de bois écocertifié en 2007 et de 100 % en 2010.",
      [BIO], objs=[Q(50, "%", horizon=2007, subject="bois écocertifié dans les achats des administrations", themes=[BIO]),
                   Q(100, "%", horizon=2010, subject="bois écocertifié dans les achats des administrations", themes=[BIO])],
      non=["un an", "deux mois"], notes="Objectifs datés de la circulaire; durées (pièges).")
    P("Pas mal, diront certains. Aujourd'hui, en effet, alors qu'un quart du bois tropical importé en France va aux marchés publics, 1 ou 2 % seulement est écocertifié. C'est-à-dire garanti comme provenant de forêts gérées dans le strict respect de l'environnement.",
      [BIO, E], non=["un quart", "1", "2 %"], notes="Situation constatée (pièges).")
    P("Pas suffisant, s'agacent les écologistes. Pour les principales associations de défense de l'environnement Greenpeace, le Fonds mondial pour la Nature (WWF), les Amis de la Terre , il y a écocertifié et écocertifié. A leurs yeux, seule la certification FSC est valable ; les autres seraient au mieux pas assez contraignantes, au pire complaisantes.",
      [BIO], notes="Certification forestière.")
    P("Or, aucune référence spécifique au FSC n'est faite dans la circulaire. Cette certification est juste mentionnée, parmi d'autres, dans un guide distribué aux ministères avec la circulaire mais non publié au Journal officiel.",
      [BIO], notes="Certification forestière (par le contexte).", ambiguous=True)

    S("http://www.lettredesachats.com/services/lda_web/e-docs/hopitaux_les_achats_porte_d_entree_de_l_innovation_23178/document_article_web.phtml", "Hôpitaux : les achats, porte d'entrée de l'innovation (La Lettre des achats, 09/09/2015)")
    P("Hopitaux : les achats, porte d'entrée de l'innovation",
      [INNO, SA], notes="Titre: innovation dans les achats hospitaliers (santé par le secteur, discutable).", ambiguous=True)
    P("les acheteurs de plusieurs pays européens se sont réunis à l’appel du Resah le 9 septembre à Paris pour démontrer qu’il est possible de faire une place aux entreprises innovantes dans la commande publique, à condition de connaître les bons outils juridiques.",
      [INNO], non=["9 septembre"], notes="Entreprises innovantes; date (piège).")
    P("Face au défi que représente l’intégration d’innovations dans les achats hospitaliers, la communication et l’échange d’information s’avèrent des outils particulièrement importants, tant les bonnes pratiques sont encore rares et l’usage des nouveaux outils juridiques à disposition des acheteurs demeure embryonnaire.",
      [INNO, SA], notes="Innovation dans les achats hospitaliers.", ambiguous=True)
    P("Le Resah (Réseau des acheteurs hospitaliers, 480 millions d’euros d’achats mutualisés en 2014), joue en la matière un rôle de pionnier et est bien conscient de cette nécessité.",
      [INNO, G], non=["480 millions d’euros", "2014"], notes="Réseau d'acheteurs (gouvernance au sens large); volume (piège).", ambiguous=True)
    P("C’est la raison pour laquelle il accueillait mercredi 9 septembre, plusieurs confrères de centrales d’achats hospitalières européennes à Paris dans le cadre des deuxièmes Rencontres européennes de l’achat public d’innovation de santé.",
      [INNO, SA], non=["9 septembre"], notes="Achat public d'innovation en santé.")
    P("Cette journée d’échanges d’expérience à laquelle ont participé une centaine de personnes venus de sept pays européens (Allemagne, Espagne, Belgique, Grande Bretagne, Italie, Finlande, Autriche), a notamment pour vocation de présenter à différents acteurs de la santé, industriels ou institutionnels des réseaux d’acheteurs déjà très actifs.",
      [INNO, G], non=["une centaine", "sept"], notes="Réseaux d'acheteurs (gouvernance au sens large); comptes (pièges).", ambiguous=True)
    P("A commencer par le projet européen INSPIRE (International Network Supporting Procurement of Innovation via Ressources and Education), porté par des acheteurs de six pays l’Autriche, la Finlande, l’Espagne, l’Italie, le Royaume-Uni et la France (représentée par le Resah). Après deux ans de travail, ce projet vient de déboucher sur la naissance d’une plate-forme européenne d’échanges sur l’achat d’innovation dans le domaine de la santé.",
      [INNO, SA, G], non=["six", "deux ans"], notes="Réseau européen d'acheteurs (gouvernance au sens large); innovation en santé.", ambiguous=True)

    S("https://openclassrooms.com/fr/courses/7716516-engagez-vous-dans-lachat-durable/8265645-appuyez-vous-sur-des-reseaux-nationaux-et-locaux", "Engagez-vous dans l'achat durable : appuyez-vous sur des réseaux nationaux et locaux (OpenClassrooms, cours, mis à jour le 26/01/2024)")
    P("Depuis les années 2000, un Plan national des achats durables (PNAD) a été élaboré. En 2022, il en est à sa troisième version. Son but est de faciliter la mise en place des dispositions de la loi Climat et Résilience du 22 août 2021, en particulier l’intégration d’une dimension environnementale et sociale dans les contrats de la commande publique.",
      [G, E, CS], non=["2022", "22 août 2021"], notes="Plan national (gouvernance au sens large); dimension environnementale et sociale des contrats.", ambiguous=True)
    P("Ce plan, que nous aborderons plus loin en détail, entend accompagner tous les acheteurs, tant publics que privés.",
      [G], notes="Plan national (gouvernance au sens large).", ambiguous=True)
    P("Acheteurs publics, identifiez les réseaux existants",
      [G], notes="Intertitre: réseaux d'acheteurs (gouvernance au sens large).", ambiguous=True)
    P("Depuis 2013, le Commissariat général au développement durable (CGDD) a en charge l’animation des réseaux territoriaux engagés dans une démarche d’achats durables. En 2023, il existe 11 réseaux régionaux actifs sur le territoire. L’objectif est de consolider ce réseau sur l’ensemble du territoire.",
      [G, E], objective=True, non=["2013", "2023", "11"], notes="Action 16 du PNAD: objectif qualitatif (consolider le réseau); compte de réseaux (piège).", ambiguous=True)
    P("Le but de ces réseaux est de mutualiser leurs expériences et de faire avancer l’innovation en matière d’achat durable.",
      [G, E], notes="Réseaux d'acheteurs; achat durable (innovation au sens général, pas achats innovants).", ambiguous=True)
    P("Vous l’avez vu, les achats durables impliquent de mobiliser des connaissances nouvelles, de s’adapter à un nouveau modèle économique, de rassembler ces connaissances en collaboration avec les opérateurs économiques et de les partager entre acheteurs. C’est pourquoi les réseaux régionaux ont choisi de :",
      [G, E], notes="Réseaux régionaux; achats durables.", ambiguous=True)
    P("• explorer avec eux et approfondir la prise en compte du développement durable dans les achats publics ;",
      [E], notes="Développement durable (environnement, comme le dev).", ambiguous=True)
    P("• sensibiliser et favoriser le passage à l",
      [G], notes="Sensibilisation (gouvernance au sens large); coupé comme l'extrait.", ambiguous=True)

    S("https://cdurable.info/commande-publique-et-developpement-durable1042", "Lancement de la plate-forme nationale d'échange électronique « Commande publique et développement durable » (CDURABLE.info)")
    P("Comme le rappellent les conclusions du Grenelle de l’Environnement, les achats publics, avec quelque 10 % du PIB, constituent un enjeu significatif et une opportunité de développer une économie prenant mieux en compte le développement durable.",
      [E], non=["10 %"], notes="Poids des achats publics (piège); développement durable.")
    P("Cet outil met à disposition des contacts d’acheteurs publics et des documents répertoriés selon leur nature (guide, cahier des charges, retours d’expériences, délibération…), les catégories de produit (véhicules, ordinateurs,…), les domaines pris en compte, (environnement, insertion, …), la localisation, etc.",
      [G], notes="Plateforme de partage (gouvernance au sens large); domaines cités en exemples.", ambiguous=True)
    P("La base de données repose sur une mise en ligne par auto-saisie des acheteurs publics.",
      [G], notes="Plateforme (par le contexte).", ambiguous=True)
    P("Ces services de recherche de contacts et de documents, réservés aux acheteurs publics (Etat et collectivités, sociétés et établissements publics), sont accessibles en contrepartie d’un engagement à respecter les principes formalisés dans les « conditions d’utilisation ». Les entreprises, associations … disposent quant à elles d’un accès restreint aux informations et ne peuvent y contribuer.",
      [G], notes="Accès à la plateforme du réseau.", ambiguous=True)

    S("https://renovacteurs.fr/documents/81463533-b36f-ef11-bdfd-000d3abf0a3f/renovation-energetique-des-batiments-publics-locaux-cahier-d-acompagnement-des-porteurs-de-projets", "Rénovation énergétique des bâtiments publics locaux : cahier d'accompagnement des porteurs de projets (Rénovacteurs, 7 mai 2024)")
    P("Le secteur du bâtiment dans son ensemble (logements et bâtiments tertiaires) représente 45% de la consommation finale énergétique de la France en 2022 et 16% des émissions directes de gaz à effet de serre sur le territoire français en 2019.",
      [EN, E], non=["45%", "2022", "16%", "2019"], notes="Parts constatées (pièges).")
    P("Avec une surface d’environ 1 milliard de m2, dont plus du tiers pour les bâtiments publics relevant de l’Etat et des collectivités locales, le parc de bâtiments tertiaires est responsable d’environ 16% de la consommation finale d’énergie, et 6% des émissions de gaz à effet de serre de la France, soit 38% des émissions directes du parc des bâtiments.",
      [EN, E], non=["1 milliard de m2", "plus du tiers", "16%", "6%", "38%"], notes="Chiffres constatés (pièges).")
    P("Pour atteindre les objectifs de performance énergétique sur ce parc, le dispositif Economie Energie Tertiaire (DEET) impose une réduction progressive de la consommation d’énergie dans les bâtiments qui ont une surface d’activité tertiaire (ou un cumul de surfaces) égale ou supérieure à 1 000 m² : au moins -40 % en 2030, -50 % en 2040, -60 % en 2050.",
      [EN], objs=[Q(40, "%", "decrease", "relative_change", horizon=2030, comparator=">=", subject="consommation d'énergie des bâtiments tertiaires", themes=[EN]),
                  Q(50, "%", "decrease", "relative_change", horizon=2040, comparator=">=", subject="consommation d'énergie des bâtiments tertiaires", themes=[EN]),
                  Q(60, "%", "decrease", "relative_change", horizon=2050, comparator=">=", subject="consommation d'énergie des bâtiments tertiaires", themes=[EN])],
      non=["1 000 m²"], notes="Trajectoire légale du décret tertiaire (réduction: decrease); « au moins » porte sur la série; seuil de surface (piège).", ambiguous=True)

    S("https://biomasse14.rssing.com/chan-11399937/article1413.html", "Charte pour l'efficacité énergétique des bâtiments tertiaires : réduction des consommations d'énergie de 25 % à l'horizon 2020 (copie RSS)")
    P("Charte pour l’efficacité énergétique des bâtiments tertiaires : réduction des consommations d’énergie de 25 % à l’horizon 2020",
      [EN], objs=[Q(25, "%", "decrease", "relative_change", horizon=2020, subject="consommations d'énergie des bâtiments tertiaires", themes=[EN])],
      notes="Titre: objectif de la charte (réduction, horizon écrit).")
    P("Lancée fin octobre 2013, sous le patronage des ministres de l’Ecologie et du Logement, la charte pour l’efficacité énergétique des bâtiments tertiaires publics et privés vise à anticiper la mise en application de l’obligation future de travaux d’amélioration de la performance énergétique dans le parc tertiaire public et privé.",
      [EN, G], non=["2013"], notes="Charte (gouvernance au sens large: charte et engagements); énergie.", ambiguous=True)
    P("Un grand nombre d’acteurs ont, en effet, décidé de susciter un mouvement volontaire et coordonné de rénovation du parc.",
      [EN], notes="Rénovation (par le contexte).", ambiguous=True)
    P("• Susciter un mouvement d’ensemble en faveur de l’efficacité énergétique, du bien-être des utilisateurs et de l’activité économique de la filière. Conscients de l’impératif climatique et environnemental, les signataires s’engagent de manière citoyenne et volontaire en faveur de l’efficacité énergétique.",
      [EN, E], objective=True, notes="Engagement qualitatif des signataires (efficacité énergétique).", ambiguous=True)
    P("En mettant en avant les bonnes pratiques et les expériences réussies, les signataires souhaitent provoquer un mouvement d’entrainement et une prise de conscience par l’ensemble des acteurs du parc tertiaire.",
      [EN], notes="Par le contexte.", ambiguous=True)
    P("Ce premier rapport fait état des retours d’expériences des signataires ayant contribué en date du 30 juin 2014. Il sera mis à jour au cours du dernier trimestre 2014, pour intégrer les contributions nouvelles et d’éventuels ajustements sur les premières contributions.",
      [G], non=["30 juin 2014", "2014"], notes="Rapport de suivi de la charte (gouvernance au sens large); dates (pièges).", ambiguous=True)

    S("https://www.constructioncayola.com/environnement/article/2023/01/18/142353/top-15-top-30-des-batiments-tertiaires-2022-resultats-barometre-performance-energetique-environnementale-des-batiments", "Baromètre de la performance énergétique et environnementale des bâtiments tertiaires 2022 (Construction Cayola, 18 janvier 2023)")
    P("Depuis une décennie, la tendance est à la diminution des consommations énergétiques. Cette forte baisse est visible sur les trajectoires à partir de 2019. Un bâtiment de bureaux consommait en moyenne 146 kWh/m2 par an, un niveau en baisse de près de 9%.",
      [EN], non=["2019", "146 kWh/m2 par an", "9%"], notes="Baisse constatée (pièges).")
    P("Les objectifs de sobriété, porté par le contexte géopolitique en Ukraine, sont désormais repris par le gouvernement. Une convergence s’opère entre la nécessité de construire la résilience énergétique et les ambitions environnementales affichées.",
      [EN, E], notes="Sobriété; ambitions environnementales (non chiffrées).", ambiguous=True)
    P("Cependant, le rythme de décarbonation reste décevant : en moyenne -2,2 % par an entre 2010 et 2021, alors qu’il faudrait atteindre -4,5% pour respecter nos objectifs nationaux.",
      [E, EN], objs=[Q(4.5, "%", "decrease", "growth_rate", per_year=True, subject="rythme annuel de décarbonation des bâtiments tertiaires", themes=[E])],
      non=["-2,2 % par an", "2010", "2021"], notes="Rythme requis pour tenir les objectifs nationaux (cible implicite -4,5 %/an, à lire avec le « par an » précédent); rythme constaté (piège).", ambiguous=True)

    S("https://eige.europa.eu/gender-mainstreaming/resources/belgium/egalite-des-femmes-et-des-hommes-dans-les-marches-publics-quelques-recommandations?lang=sr-Cyrl-RS", "Égalité des femmes et des hommes dans les marchés publics : quelques recommandations (EIGE, ressource belge)")
    P("Lors de l’attribution de marchés publics, c’est généralement le volet économique qui joue un rôle prépondérant. Ce manuel veut introduire \"le principe de l’égalité des chances\" en tant qu’élément potentiel à prendre en considération lors de l’attribution des marchés publics. Il présente quelques questions prioritaires, ainsi que des conseils et des exemples pratiques.",
      [EG], notes="Égalité des chances femmes-hommes dans l'attribution (page belge).", ambiguous=True)

    S("https://css.achatpublic.info/actualites/breves/alliance-villes-emploi-produite-une-photographie-fine-de-la-clause-sociale-en-2021", "Alliance Villes Emploi produit une photographie fine de la clause sociale en 2021 (achatpublic.info, 21/09/2023)")
    P("Alliance Villes Emploi produit une photographie fine de la clause sociale en 2021",
      [CS, G], non=["2021"], notes="Titre: bilan national (suivi, gouvernance au sens large).", ambiguous=True)
    P("« En 2021, ce sont plus de 25 millions d’heures qui ont été effectuées, soit plus de 15 000 ETP » relèvent Yohan David, président d’Alliance Villes Emploi (AVE) et Lucie Becdelièvre, Déléguée générale.",
      [CS], non=["2021", "25 millions", "15 000"], notes="Heures réalisées (pièges).")
    P("Et ce, avec une perspective pour l’avenir plutôt réjouissante : « Tous les marchés publics et privés sont susceptibles d’être dotés d’une clause sociale ; les donneurs d’ordre en sont de plus en plus conscients ».",
      [CS], notes="« Tous les marchés … susceptibles »: potentiel, pas un objectif (piège sans nombre).", ambiguous=True)
    P("Cette mobilisation de toutes les parties prenantes autour de la clause sociale est soutenue par le travail des facilitateurs et facilitatrices (à fin 2022), explique AVE. En fin d’année 2022 elle dénombre 583 facilitateurs au sein de 369 structures au niveau national.",
      [CS], non=["2022", "2022", "583", "369"], notes="Comptes (pièges).")
    P("La région Île-de-France est celle qui comporte le plus de structures porteuses de facilitateurs de la clause sociale avec : 73 structures, soit 19,8% des structures au niveau national. La spécificité de l’Île-de-France s’observe également sur le type de structures porteuses de facilitateurs : elle compte à elle seule 32,8% des collectivités concernées au niveau national.",
      [CS], non=["73", "19,8%", "32,8%"], notes="Parts constatées (pièges).")
    P("En 2021, la clause sociale a été intégrée dans 58 454 marchés, soit une augmentation de 16 % par rapport à 2020. La majorité des marchés clausés ont un montant inférieur à 100000 euros. 75 194 contrats de travail ont été signés dans le cadre de la clause sociale, soit une augmentation de 17,79 % par rapport à 2020.",
      [CS], non=["2021", "58 454", "16 %", "2020", "100000 euros", "75 194", "17,79 %", "2020"], notes="Hausse constatée (pièges).")
    P("• 15 703 ETP (ou 25 124 684 heures d’insertion) ont été réalisés (soit une augmentation de près de 25% par rapport à 2020) ;",
      [CS], non=["15 703", "25 124 684", "25%", "2020"], notes="Résultats (pièges).")
    P("• 57 231 participant.es (soit une augmentation de près de 18 % par rapport à 2020)",
      [CS], non=["57 231", "18 %", "2020"], notes="Résultat (piège).")
    P("• 3 576 maitres d’ouvrage (soit une augmentation de 9% par rapport à 2020) ;",
      [CS], non=["3 576", "9%", "2020"], notes="Résultat (piège).")

    S("https://guidedesachatsdurables.be/fr/aspects-sociaux/commerce-equitable", "Commerce équitable (Guide des achats durables, autorités fédérales belges; deux versions stockées de la page)")
    P("Le terme « équitable » est précisé dans la communication de la Commission européenne au Conseil, au Parlement européen et au Conseil économique et social européen du 5 mai 2009 (215 final) : « Contribuer au développement durable: le rôle du commerce équitable et des systèmes non gouvernementaux d’assurance de la durabilité liés au commerce ».",
      [CEQ], non=["5 mai 2009", "215"], notes="Référence (pièges). Page belge.")
    P("La définition du commerce équitable se fonde sur des critères communs constitutifs d'une approche intégrée du développement durable, notamment :",
      [CEQ], notes="Définition.")
    P("(1) un prix équitable qui couvre les frais de production et de subsistance de façon durable ainsi que la possibilité de verser des acomptes sur paiement aux producteurs ;",
      [CEQ], non=["(1)"], notes="Critère du commerce équitable.")
    P("(2) des relations à long terme entre producteurs et distributeurs ;",
      [CEQ], non=["(2)"], notes="Critère.")
    P("(3) la transparence et la traçabilité tout au long de la chaîne ;",
      [CEQ], non=["(3)"], notes="Critère.")
    P("(4) le respect des conventions fondamentales de l’Organisation internationale du Travail (OIT), notamment concernant le travail décent, la liberté syndicale et les normes du travail ;",
      [CEQ, CT], non=["(4)"], notes="Travail décent (conditions de travail).")
    P("(5) le respect des droits de l’homme, de l’environnement et des méthodes traditionnelles de production ;",
      [CEQ, E, CT], non=["(5)"], notes="Droits de l'homme, environnement.", ambiguous=True)
    P("Le commerce équitable est particulièrement important pour les groupes de produits du textile, de l'habillement, de l'alimentation et des boissons. La problématique est aussi pertinente dans les secteurs des cosmétiques et des fleurs.",
      [CEQ], notes="Groupes de produits.")
    P("Il ressort d'une étude des annonces sur E-Notification (2015) que les services adjudicateurs tiennent surtout compte du commerce équitable pour l'achat d'aliments, de boissons et de produits de restauration.",
      [CEQ, AL], non=["2015"], notes="Constat (piège); alimentation.", ambiguous=True)
    P("Le commerce équitable, ou fair trade, consiste à offrir de meilleurs prix, de bonnes conditions de travail, une durabilité locale et des conditions commerciales équitables aux producteurs et aux travailleurs des pays en développement.",
      [CEQ, CT], notes="Définition (version plus récente de la page).")
    P("En demandant aux clients de payer des prix durables (qui ne peuvent jamais être inférieurs au prix du marché), le commerce équitable permet aux producteurs d'améliorer leur position et d'avoir plus de contrôle sur leur vie.",
      [CEQ], notes="Prix durables.")
    P("L'objectif du commerce équitable est de parvenir à une plus grande équité dans le commerce international. Il veut faire appliquer des règles nouvelles et équitables pour le commerce international et le fait, entre autres, par le biais d'un prix équitable pour un produit.",
      [CEQ], notes="« L'objectif du commerce équitable »: but général du mouvement, pas un objectif d'achat.")
    P("Éliminer le travail des enfants et le travail forcé",
      [CEQ, CT], notes="Principe du commerce équitable (conditions de travail).")
    P("Engagement à la non-discrimination, à l’égalité des genres, à l'émancipation économique et à la liberté d’association",
      [CEQ, EG], notes="Principe: égalité des genres.", ambiguous=True)
    P("Assurer de bonnes conditions de travail",
      [CEQ, CT], notes="Principe.")
    P("Respecter l'environnement",
      [CEQ, E], notes="Principe.")
    P("Ainsi, outre le paiement d'un prix juste, les critères relatifs aux méthodes agricoles écologiques, aux possibilités d'investissement et aux conditions de travail sociales sont également importants. En ce sens, la problématique va également au-delà du commerce durable.",
      [CEQ, CT, E], notes="Prix juste, méthodes écologiques, conditions de travail.")

    S("https://achatpublic.info/entreprises/la-une/2012/10/18/un-guide-sur-la-clause-dinsertion-pour-les-societes-de-nettoyage-13918", "Un guide sur la clause d'insertion pour les sociétés de nettoyage (achatpublic.info, 18/10/2012)")
    P("Un guide sur la clause d’insertion pour les sociétés de nettoyage",
      [CS], notes="Titre.")
    P("Crise économique oblige, la commande publique est de plus en plus sollicitée pour agir en faveur de l’emploi et des entreprises. A ce titre, la clause d’insertion sociale est sans conteste l’un des outils opérationnels du code des marchés publics qui permet aux pouvoirs adjudicateurs d’intervenir dans le champ de l’insertion par l’activité économique.",
      [CS], notes="Clause d'insertion.")
    P("Et de fait, l’insertion de cette clause dans les marchés publics s’est largement développée ces dernières années, en particulier au sein des collectivités territoriales qui sont les plus avancées dans ce domaine (par rapport à l’Etat et aux établissements de santé).",
      [CS], notes="Développement constaté.")
    P("Le secteur de la propreté étant caractérisé par un très fort taux de main d’œuvre peu qualifiée, il est naturellement concerné par cette problématique. C’est pourquoi la fédération des entreprises de propreté (FEP) et le FARE, qui accompagne le développement économique du secteur, ont décidé de publier un guide pratique sur les clauses d’insertion dans les marchés publics de propreté.",
      [CS], notes="Guide de branche.")
    P("Son but est d’aider les sociétés à répondre à ces nouvelles contraintes réglementaires en utilisant autant que possible les dispositifs mis en place par la branche. A savoir : les contrats de professionnalisation et d’apprentissage, les groupements d’employeurs pour l’insertion et la qualification (GEIQ), et le recrutement des travailleurs en situation de handicap.",
      [CS, MR], notes="Dispositifs d'insertion; recrutement de travailleurs handicapés (pas un marché réservé).", ambiguous=True)
    P("Les articles 14 et 53, bras armés de la clause sociale",
      [CS], non=["14", "53"], notes="Intertitre; articles (pièges).")

    S("https://inserpropre.fr//reponse/h3", "Organiser sa réponse à une clause d'insertion : proposition de clauses d'insertion adaptée à la Propreté (Inserpropre)")
    P("La plupart des marchés n’intègrent pas de clauses sociales. Elles ne sont pas adaptées à tous les marchés.",
      [CS], notes="Clauses sociales.")
    P("Lorsque les cahiers des charges du donneur d'ordre, avec l’appui du facilitateur, en intègrent, le calcul doit être simple ou objectivable rapidement, équitable entre les potentiels attributaires, qu’ils relèvent ou pas de la convention collective propreté et adapté aux spécificités de la Propreté ainsi qu’à ses rythmes et contraintes de travail.",
      [CS, CT], notes="Calcul de la clause; rythmes et contraintes de travail.", ambiguous=True)
    P("L’étude Propreté & Insertion par l’Économie a notamment mis en évidence la nécessité de prévoir des adaptations aux métiers de la Propreté.",
      [CS], notes="Insertion dans la propreté.")
    P("Dans ce contexte auquel s’ajoute un développement important des clauses sociales sur les marchés publics de nettoyage, Inserpropre propose un exemple de clause de rédaction adaptée aux métiers de la Propreté (Téléchargement en format Word ci-contre) conforme aux recommandations du Guide sur les aspects sociaux de la commande publique et au nouveau modèle de Cahier des Clauses Administratives Générales (CCAG).",
      [CS], notes="Modèle de clause.")
    P("Cet exemple mis à jour est basé sur le premier modèle historique dénommé P.A.C.T. Propreté (Clause d'insertion rédigée).",
      [CS], notes="Modèle de clause.")
    P("1. La pleine prise en compte de la reprise du personnel par la proratisation de l’effort d’insertion",
      [CS], non=["1."], notes="Reprise du personnel (transfert conventionnel).", ambiguous=True)
    P("La rédaction ci-après permet de calculer la part d’insertion sur le personnel nouvellement affecté sur le marché, donc en ôtant le personnel reconduit à l’occasion du transfert de personnel.",
      [CS], notes="Calcul de la part d'insertion.")

    S("https://inserpropre.fr/reponse/i4/", "Repérer les grands enjeux des clauses d'insertion (Inserpropre)")
    P("Pour apporter la réponse adéquate, il est nécessaire au préalable de bien avoir identifié les conditions des clauses sociales du marché concerné en examinant le Cahier des Clauses Administratives Particulières (CCAP). Vous disposez également d’un exemple de clause sociale rédigée adaptée à notre profession: Le modèle de rédaction de clauses d’insertion adapté",
      [CS], notes="Réponse à une clause sociale.")
    P("Il s’agit nécessairement, hors marchés réservés d’une des deux types de clauses suivantes, voire le cumul des deux:",
      [CS], non=["deux"], notes="Compte (piège).")
    P("Si le marché concerne une clause sociale d'exécution, le répondant ne doit pas nécessairement indiquer dès la réponse à l’appel d’offre comment il mettra en œuvre son engagement social, sauf si l’entreprise de propreté fait le choix d’une co-traitance avec une structure d’insertion et dans une moindre mesure d’une sous-traitance.",
      [CS], notes="Clause d'exécution.")
    P("L’objectif social se limite à un nombre d'heures d'insertion et la manière d’y répondre n’entre pas directement dans la note du marché, mais la technicité et la crédibilité de la réponse comptent indirectement.",
      [CS], notes="« L'objectif social » décrit la nature de la clause, pas un objectif fixé.", ambiguous=True)
    P("Si le marché concerne une clause sociale d'attribution, la note pour l’attribution du marché dépend alors pour partie de la performance sociale. Le choix des modalités est donc nécessaire dès la réponse à l’appel d’offre et la réponse insertion est déterminante.",
      [CS], notes="Critère social d'attribution.")

    S("https://grafie.org/article-14-du-cmp-condition-d-execution-du-marche", "Article 14 du CMP : condition d'exécution du marché (GRAFIE)")
    P("L’article 14 fait de la clause sociale une condition d’exécution du marché.",
      [CS], non=["14"], notes="Article (piège).")
    P("Aux critères d’attribution du marché habituels (valeur technique, prix, coût de maintenance, délai de réalisation, etc.) s'ajoute une obligation sociale : l’entreprise qui soumissionne s’engage, si elle est retenue, à réserver une part des heures de travail générée par le marché, à la réalisation d’une action d’insertion.",
      [CS], notes="Principe de la clause d'insertion.")
    P("Celle-ci reste libre de choisir les modalités d’exécution des clauses. Trois possibilités s’offre alors à elle :",
      [CS], non=["Trois"], notes="Compte (piège).")
    P("- la sous-traitance ou co-traitance à une entreprise d’insertion (EI)",
      [CS], notes="Modalité.")
    P("- la mise à dispositions de salariés rencontrant des difficultés particulières d’insertion via une entreprise de travail temporaire d’insertion (ETTI), un groupement d’employeurs pour l’insertion et la qualification (GEIQ) ou une association intermédiaire (AI) ;",
      [CS], notes="Modalité.")
    P("- l’embauche directe de personnes en difficulté sur le marché du travail via des contrats à durée de chantier, des contrats de professionnalisation, des contrats de travail à durée indéterminée.",
      [CS], notes="Modalité.")
    P("Les deux premières solutions permettent de compléter le tutorat professionnel par un dispositif d’accompagnement social. Cette réglementation demeure toutefois une opportunité et ne constitue en aucun cas une obligation.",
      [CS], non=["deux"], notes="Compte (piège).")

    S("https://sites.google.com/site/acheteurspublics/marchés-publics-encyclopédie/marchés-réservés-marchés-publics", "Marchés réservés - marchés publics (site Acheteurs publics, encyclopédie des marchés publics)")
    P("La section 3 du Code de la commande publique régit le régime des marchés réservés ouverts à deux catégories d’opérateurs économiques : ceux qui emploient des travailleurs handicapés et défavorisés et les entreprises de l’économie sociale et solidaire.",
      [MR, ESS], non=["3", "deux"], notes="Marchés réservés (handicap, ESS); numéros (pièges).")
    P("Lorsque l’acheteur réserve un marché ou des lots d’un marché aux opérateurs économiques qui emploient des travailleurs handicapés ou défavorisés, l’avis d’appel à la concurrence ou, en l’absence d’un tel avis, les documents de la consultation renvoient à l’article L. 2113-12 ou à l’article L. 2113-13.",
      [MR, CS], non=["L. 2113-12", "L. 2113-13"], notes="Article R2113-7 cité; articles (pièges). Travailleurs défavorisés (insertion).", ambiguous=True)
    P("La proportion minimale mentionnée à ces articles est fixée à 50 %",
      [MR], non=["50 %"], notes="Seuil d'éligibilité des structures (piège: seuil, pas un objectif d'achat).")
