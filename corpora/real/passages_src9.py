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


def load(S, P, Q) -> None:
    G = "gouvernance_suivi"
    E = "environnement_climat_carbone"
    CS = "clauses_sociales_insertion"
    CE = "economie_circulaire_reemploi_dechets"
    BIO = "biodiversite"
    ESS = "ess_economie_sociale"
    EN = "energie"
    MR = "marches_reserves_handicap"
    NUM = "numerique_responsable"
    AL = "alimentation_durable_bio_circuits_courts"
    SA = "sante"
    CT = "conditions_de_travail"
    INNO = "achats_innovants"
    CEQ = "commerce_equitable"
    PME = "acces_pme_tpe_local"
    EG = "egalite_femmes_hommes"

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

    S("https://roberttboucher.s3.amazonaws.com/clauses-dinsertion-le-financement-des-facilitateurs-freine-leur-developpement.html", "Clauses d'insertion : le financement des facilitateurs freine leur développement (copie d'un article de presse, s3)")
    P("La situation est des plus paradoxales : plus les marchés publics \"clausés\" - incluant une part des heures de travail (entre 5% et 10%) réservée à des publics éloignés de l’emploi - augmentent et plus les financements pour accompagner l’organisation nécessaire à leur bon fonctionnement se réduisent.",
      [CS], non=["5%", "10%"], notes="Part habituelle des heures clausées (description, pas un objectif fixé): piège.", ambiguous=True)
    P("Cette organisation nécessite la création par les maîtres d’ouvrage de postes de \"facilitateur\" jouant un rôle clé dans la mise en œuvre des clauses d’insertion. Il se situe à l’interface entre toutes les parties prenantes : le maître d’ouvrage, les structures d’insertion (Pôle emploi, missions locales, Plie, maisons de l’emploi), les entreprises titulaires d’un marché et les structures porteuses d’un contrat.",
      [CS], notes="Rôle du facilitateur des clauses d'insertion.")
    P("\"Légalement, recruter un facilitateur n’est pas une obligation\", explique Lucie Becdelièvre. \"Mais dans la pratique c’est indispensable, car il a à la fois la connaissance du cadre juridique, du tissu économique local et des structures d’insertion présentes\", argue la déléguée générale d’Alliance villes emploi (AVE),",
      [CS], notes="Facilitateur; coupé comme la phrase continue.")
    P("15 millions d’heures d’insertion",
      [CS], non=["15 millions"], notes="Intertitre: volume réalisé (piège).")
    P("Si une opération peut être similaire en Vendée ou en Seine-Saint-Denis, elle ne sera pas calibrée de la même manière, car les publics et les compétences disponibles sont distincts d’un territoire à un autre.",
      [CS], notes="Calibrage des clauses selon le territoire.", ambiguous=True)
    P("\"Le facilitateur accompagne également l’entreprise pour qu’elle respecte les clauses contenues dans les marchés qu’elle remporte\", ajoute Jérôme Dormoy, chef de projet à AVE. Enfin, \"il contrôle la réalisation effective de la clause et déclenche si besoin les pénalités\", prévient cet expert en clauses sociales.",
      [CS, G], notes="Contrôle de l'exécution des clauses (gouvernance au sens large: contrôle).", ambiguous=True)
    P("En France, 75% des territoires sont couverts par un facilitateur et peuvent donc mettre en œuvre des marchés clausés \"dans les meilleures conditions\", indique Jérôme Dormo",
      [CS], non=["75%"], notes="Couverture constatée (piège); coupé comme l'extrait.")

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
