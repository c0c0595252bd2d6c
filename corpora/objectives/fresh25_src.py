"""Twenty-fifth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh25.jsonl).

Collected in issue 15's twenty-sixth pass, blind to what the extractor gets wrong (no error listing, first score or
error table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages
of local and regional public bodies only: communes (school catering and EGalim, biowaste sorting, municipal plastics ban, public
lighting and energy, green electricity, town-council minutes, hedges and trees), intercommunalités and their waste
services (PLPDMA and legal waste targets, incentive pricing, PCAET targets, food project, mobility plan), waste
syndicates (SMIRTOM, SMECTOM), an établissement public territorial (gender-equality plan), an intercommunal catering
SIVU as presented by a member commune, and a provincial government overseas (Province Sud, New Caledonia); about
purchasing and operating targets (catering quotas, waste reduction and recycling, energy and climate trajectories,
plastics, renewable power) and traps: results of the past, statistics, budgets and subsidies, counts, dates, tariffs,
thresholds and forecasts. No State body, no national body, no press, no association, no company. The stored pages
corpus holds few unused pages of this kind (most hits were refused as hosts of earlier sets), so the set is smaller
than planned and its share of quantified objectives (about a quarter of the passages) is below the dev set's.
Pages of sites that neither the shared dev set, nor any training passage (``corpora/real``, the collected set), nor
an earlier fresh set or theme set uses (the build checks the first three; every host was also checked by hand against
the registrable domains of every URL under ``corpora/`` and of the dev set). Labelled with the conventions of the shared
real dev set; never run through the extractor here (the lead scores it). Every passage is copied from the opening of a
public web page as the project's search tool stored it, cited by its URL, 70 words or fewer. No detector is trained on
it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, ENV, GOV, NRJ

BIO = "biodiversite"
EGAL = "egalite_femmes_hommes"


def load(S, P, Q) -> None:

    S("https://jetrieenprovenceverte.fr/territoire-economie-circulaire", "Territoire économie circulaire : politique de prévention des déchets (Agglomération Provence Verte)")
    P("Ce programme repose ainsi sur les principaux objectifs réglementaires suivants :\n- La réduction de 15% des Déchets Ménagers et Assimilés (DMA) par habitant en 2030 par rapport à 2010\n- La réutilisation et recyclage des DMA à 55% en 2025\n- La réduction des DMA admis en Installation de Stockage de Déchets Non Dangereux (ISDND) à 10% des DMA produits en masse en 2035",
      [CIRC], objs=[Q(15, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2010, subject="déchets ménagers et assimilés par habitant"),
                    Q(55, horizon=2025, subject="réutilisation et recyclage des DMA"),
                    Q(10, direction="decrease", horizon=2035, subject="part des DMA admis en installation de stockage")],
      notes="Objectifs réglementaires nationaux repris par le PLPDMA de l'agglomération. « réduction … à 10% des DMA produits » : niveau visé (part) avec un verbe de baisse, étiqueté decrease/rate (discutable : reach).", ambiguous=True)
    P("- La diminution de 50% des Déchets d’Activités Economiques (DAE) collectés en mélange dans les DMA en 2025",
      [CIRC], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2025, subject="déchets d'activités économiques collectés en mélange dans les DMA")],
      notes="Dernier point de la liste des objectifs réglementaires du PLPDMA (passage séparé) : baisse relative, horizon écrit.")
    P("Le PLPDMA de l’Agglomération Provence Verte, approuvé le 1er juillet 2019, comprend 27 actions réparties sous cinq axes :",
      [CIRC, GOV], non=["1er juillet 2019", "27", "cinq"], notes="Date d'approbation et nombre d'actions et d'axes du programme (piège).")

    S("https://smirtom-stamandois.fr/poursuivre-la-reduction-de-nos-dechets/", "Poursuivre la réduction de nos déchets (SMIRTOM du Saint-Amandois)")
    P("Depuis 2005 (515kg/an/hab) ce poids a diminué de 16 % grâce à l’engagement des usagers dans les différentes actions menées par le SMIRTOM : des actions associées à une nouvelle tarification, qui permettent une évolution de nos comportements et une réduction à la source de nos déchets.",
      [CIRC], non=["2005", "515kg/an/hab", "16 %"], notes="Baisse déjà obtenue depuis 2005 (résultat, piège) malgré le verbe de changement.")
    P("Ainsi 10 000 composteurs individuels ont été distribués depuis mai 2006. Un foyer disposant d’un composteur produit en moyenne 30% de déchets en moins qu’un foyer non équipé.",
      [CIRC], non=["10 000", "mai 2006", "30%"], notes="Nombre de composteurs distribués et écart moyen constaté (piège).")

    S("https://smectom-lannemezan.com/fr/reduire-mes-dechets/pourquoi-reduire", "Pourquoi réduire ? (SMECTOM du plateau de Lannemezan)")
    P("Sur l’année 2017, chaque habitant du territoire du SMECTOM a produit en moyenne, 320 kg d’ordures ménagères et assimilés (ordures ménagères résiduelles + collectes sélectives), soit 529 kg en ajoutant les 209 kilos déposés en moyenne en déchetterie. Les volumes sont en baisse depuis 2012, avec une réduction de 7,2% des ordures ménagères et assimilés.",
      [CIRC], non=["2017", "320 kg", "529 kg", "209 kilos", "2012", "7,2%"], notes="Production par habitant et baisse déjà constatée (piège).")
    P("Les objectifs fixés par la loi de Transition énergétique pour la croissance verte tant en matière de prévention que de recyclage sont les suivants :\n\n • diminution de 10 % de la production de déchets ménagers et de ceux de certaines activités économiques d'ici à 2020 ;\n • recyclage de 65 % des déchets non dangereux d'ici à 2025 ; \n • réduction du stockage de 50 % d’ici 2025",
      [CIRC], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2020, subject="production de déchets ménagers et de certaines activités économiques"),
                    Q(65, horizon=2025, subject="recyclage des déchets non dangereux"),
                    Q(50, direction="decrease", kind="relative_change", horizon=2025, subject="stockage des déchets")],
      notes="Objectifs légaux (loi de transition énergétique) rappelés par le syndicat ; liste coupée après le troisième point.")
    P("• valorisation de 70 % des déchets du BTP d'ici à 2020 ;",
      [CIRC], objs=[Q(70, horizon=2020, subject="valorisation des déchets du BTP")],
      notes="Point suivant de la même liste d'objectifs légaux (passage séparé) : niveau visé.")

    S("https://www.cc-sudvendeelittoral.fr/blog/actualites/sud-vendee-littoral-lance-son-projet-alimentaire-territorial/", "Sud Vendée Littoral lance son projet alimentaire territorial ! (Communauté de communes Sud Vendée Littoral)")
    P("Doté d’une enveloppe de 2,4 millions d’euros, cet appel à projets a pour objectif de soutenir des projets émergents en faveur d’une alimentation saine, sûre et durable.\nÀ l’issue du processus de sélection nationale en janvier 2022, la candidature de la Communauté de communes Sud Vendée Littoral a été retenue parmi 25 lauréats et un total de 79 projets mis en compétition.",
      [ALIM], non=["2,4 millions d’euros", "janvier 2022", "25", "79"], notes="Enveloppe d'un appel à projets, date et nombre de lauréats et de projets (piège) ; « a pour objectif de soutenir » est le but du dispositif, sans cible.")

    S("https://www.dracenie.com/comment-reduire-la-dependance-a-la-voiture.html", "Comment réduire la dépendance à la voiture ? (Dracénie Provence Verdon agglomération)")
    P("La mobilité représente une part importante des émissions de gaz à effet de serre du territoire, estimée à environ 68 %.",
      [ENV], non=["68 %"], notes="Part estimée des émissions (diagnostic, piège).")
    P("Le diagnostic du territoire met en évidence :\n- une forte dépendance à la voiture (présente dans 89 % des ménages),\n- une part encore limitée des transports collectifs (4 % des déplacements),\n- et une pratique du vélo en développement.",
      [ENV], non=["89 %", "4 %"], notes="Constats du diagnostic de mobilité (piège).")

    S("https://meylan.fr/436-le-plan-de-mobilite.htm", "Le plan de mobilité (Ville de Meylan)")
    P("Élaboré en 2018 à l'échelle des 49 communes de la Métropole, le Plan de Mobilité (PDM) a pour but d'anticiper les évolutions en matière de déplacements, et de favoriser la transition vers des modes de déplacements doux.\nIssu d'une large concertation, il liste les actions à mettre en œuvre ou à étudier d’ici 2030, leur calendrier de réalisation, les maîtres d’ouvrage concernés, les financements à mobiliser, etc.",
      [ENV], objective=True, non=["2018", "49", "2030"], notes="But qualitatif du plan (favoriser les modes doux) sans valeur ; 2018 est l'année d'élaboration, 49 un nombre de communes, « d'ici 2030 » l'horizon des actions listées, sans cible chiffrée.", ambiguous=True)

    S("https://www.ccplaine-estrees.com/environnement/plan-climat-air-energie-territorial/", "Plan Climat Air Énergie territorial (Communauté de communes du Pays des Sources / Plaine d'Estrées)")
    P("• consommation d’énergie : réduction de 30 % à l’horizon 2030 de la consommation énergétique primaire des énergies fossiles ; réduction de 50 % de la consommation énergétique finale à l’horizon 2050 en visant un objectif intermédiaire de – 20 % à l’horizon 2030 ;",
      [NRJ], objs=[Q(30, direction="decrease", kind="relative_change", horizon=2030, subject="consommation énergétique primaire des énergies fossiles"),
                   Q(50, direction="decrease", kind="relative_change", horizon=2050, subject="consommation énergétique finale"),
                   Q(20, direction="decrease", kind="relative_change", horizon=2030, subject="consommation énergétique finale (objectif intermédiaire)")],
      notes="Objectifs de la loi de transition énergétique rappelés par l'intercommunalité ; « – 20 % » : baisse relative intermédiaire.")
    P("• gaz à effet de serre (GES) : réduction de 40 % des émissions en 2030 ; division par 4 en 2050 (objectif dit “facteur 4” équivalent à une réduction de 75 %) ;",
      [ENV], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de gaz à effet de serre"),
                   Q(4, unit="x", direction="decrease", kind="relative_change", horizon=2050, subject="émissions de gaz à effet de serre (facteur 4)"),
                   Q(75, direction="decrease", kind="relative_change", horizon=2050, subject="émissions de gaz à effet de serre (facteur 4)")],
      notes="Objectifs de la loi de transition énergétique rappelés par l'intercommunalité. « division par 4 » et « réduction de 75 % » disent la même cible : les deux valeurs sont étiquetées.", ambiguous=True)
    P("• énergies renouvelables : la part dans la consommation finale brute sera de 23 % à l’horizon 2020 et de 32 % à l’horizon 2030.",
      [NRJ], objs=[Q(23, horizon=2020, subject="part des énergies renouvelables dans la consommation finale brute"),
                   Q(32, horizon=2030, subject="part des énergies renouvelables dans la consommation finale brute")],
      notes="Trajectoire légale en deux paliers (« sera de »), niveaux visés.")

    S("https://louverne.fr/restaurant-scolaire", "Restaurant scolaire (Ville de Louverné)")
    P("Selon les dispositions de la loi EGAlim, il est précisé qu’il doit être proposé 50 % de produits durables et de qualité (labélisés) dont 20 % de produits bio.\nSur 2022, 24 % des achats proviennent de produits bio.",
      [ALIM], objs=[Q(50, subject="produits durables et de qualité au restaurant scolaire"),
                    Q(20, subject="produits bio au restaurant scolaire")],
      non=["2022", "24 %"], notes="Quota légal EGalim (50 % dont 20 % bio) ; 24 % en 2022 est le résultat obtenu (piège).")
    P("Cela revient à 84% des repas avec des protéines animales et 16 % avec des protéines végétales (soja, blé, légumineux, pates, pois chiche…).\nL’équipe du restaurant scolaire arrive à produire 3 repas végétarien par mois environ.",
      [ALIM], non=["84%", "16 %", "3"], notes="Répartition constatée des repas et fréquence actuelle des repas végétariens (piège).")

    S("https://sainte-soulle.fr/enfance-jeunesse/le-scolaire/cantine/presentation", "Cantine : présentation (Commune de Sainte-Soulle)")
    P("La loi EGALIM vise notamment à renforcer la qualité des produits pour une alimentation saine, durable et accessible à tous. Cette loi précise notamment que 50% des aliments servis dans les cantines scolaires devront être durables, dont 20 % devront être constitués de produits issus de l’agriculture biologique ou en conversion.",
      [ALIM], objs=[Q(50, subject="aliments durables servis dans les cantines scolaires"),
                    Q(20, subject="produits bio ou en conversion dans les cantines scolaires")],
      notes="Quota légal EGalim rappelé par la commune ; pas d'année dans le passage.")
    P("La qualité alimentaire ne se résume pas qu’au bio. Tous les produits possédant un signe officiel de qualité (appellation d’origine contrôlée, label rouge, pêche responsable, œufs de plein air…) sont les bienvenus dans les assiettes. De plus, cette loi a pour but sur le long terme de combattre des fléaux tel le gaspillage alimentaire et le plastique.",
      [ALIM, CIRC], objective=True, notes="But qualitatif de la loi (lutter contre le gaspillage alimentaire et le plastique), sans valeur.", ambiguous=True)

    S("http://labuissiere.bruaylabuissiere.fr/la-restauration-scolaire-au-coeur-des-echanges/", "La restauration scolaire au cœur des échanges (Ville de Bruay-La-Buissière)")
    P("« Un enfant qui mange à la cantine quatre jours par semaine, cela représente 10% de ses repas à l’année » explique Monsieur Patte. La municipalité a établi un cahier des charges précis, avec une exigence de label, pour un menu composé de quatre éléments, ce qui permet aussi de limiter le gaspillage.",
      [ALIM, CIRC], non=["quatre", "10%", "quatre"], notes="Part des repas d'un enfant pris à la cantine (statistique) et composition du menu (piège).")

    S("http://marsacsurlisle.fr/fr/actualite/232460/label-territoire-bio-engage", "Label Territoire bio engagé (Commune de Marsac-sur-l'Isle)")
    P("Depuis quelques années le restaurant scolaire est labellisé Territoire bio engagé. (Niveau 1 (20 à 35% de Bio) et va passer maintenant en niveau 2, de 35 à 60% de Bio)",
      [ALIM], non=["1", "20 à 35%", "2", "35 à 60%"], notes="Paliers d'un label (définition des niveaux) ; le passage au niveau 2 suit un résultat déjà atteint (62 % de bio) : piège, discutable.", ambiguous=True)
    P("Le chef, laurent Dechiron, met tout en œuvre pour intégrer du bio et du local dans les assiettes des enfants. Le restaurant est ainsi passé à 62 % de produits bio et à 68 % d'Egalim",
      [ALIM], non=["62 %", "68 %"], notes="« est passé à » : résultat atteint (piège).")
    P("L’objectif pour 2026 est de stabiliser les 60 % de bio et de finir notre transition vers du 100% fait maison tout en se resserrant sur des achats en ultra local.",
      [ALIM], objs=[Q(60, direction="maintain", horizon=2026, subject="part de produits bio au restaurant scolaire"),
                    Q(100, horizon=2026, subject="repas faits maison")],
      notes="« stabiliser les 60 % » : maintien d'un niveau (maintain) ; « 100% fait maison » : niveau visé pour 2026.")

    S("http://saintsulpicedefaleyrens.com/2019/10/saint-sulpice-contre-le-plastique-a-usage-unique/", "Saint Sulpice contre le plastique à usage unique (Commune de Saint-Sulpice-de-Faleyrens)")
    P("En 2018, votre Commune s’est engagée dans une démarche ZERO PHYTO sur l’ensemble des espaces publics, qui s’est traduite par un plan de désherbage et de gestion différenciée, l’acquisition de végétaux et matériel adaptés, la formation des agents municipaux…",
      [BIO], non=["2018"], notes="Démarche déjà engagée en 2018 et ses réalisations (piège) ; « l'ensemble des espaces publics » décrit le périmètre d'une démarche passée.")
    P("Le 18 septembre 2019, le Conseil Municipal a franchi une nouvelle étape dans son engagement en faveur du développement durable en délibérant pour le ZERO PLASTIQUE à usage unique.",
      [CIRC], objective=True, non=["18 septembre 2019"], notes="Engagement « zéro plastique à usage unique » pris par délibération : objectif qualitatif (le « zéro » n'est pas étiqueté comme valeur) ; la date est celle de la délibération.", ambiguous=True)
    P("• Élargir l’interdiction de la mise à disposition de bouteilles d’eau plastiques dans les cantines scolaires au 01/01/2020 à toutes les activités et événements communaux: réunion interne, conseils municipaux, manifestations, équipements sportifs/culturels etc.",
      [CIRC], objs=[Q(100, subject="activités et événements communaux sans bouteilles d'eau en plastique")],
      non=["01/01/2020"], notes="« toutes les activités et événements communaux » normalisé à 100 % ; la date du 01/01/2020 est celle de l'interdiction légale dans les cantines, pas un horizon de l'extension.", ambiguous=True)

    S("https://www.malaunay.fr/Malaunay-en-transition-s/Changer-le-territoire/S-approvisionner-et-produire-durable/Achat-d-electricite-verte", "Achat d'électricité verte (Ville de Malaunay)")
    P("Depuis 2008, la commune a lancé une réflexion autour de l’impact de ses besoins en énergies (bâtiments et véhicules) sur le climat et a donc engagé une politique de diminution de ses besoins. La commune a aussi souhaité approfondir sa réflexion en s’intéressant à la fourniture en énergie et notamment électrique.",
      [NRJ, ENV], non=["2008"], notes="Démarche engagée depuis 2008 (date, piège) ; pas de cible.")
    P("La commune a également transféré, depuis cet été, deux sites en contrat « 100 % électricité verte » auprès d’ENERCOOP.\n\nDans le futur, la commune a le projet de couvrir de panneaux photovoltaïques l’ensemble de ses toitures publiques bien orientées, dont une partie du surplus serait revendu à ENERCOOP.",
      [NRJ], objs=[Q(100, subject="toitures publiques bien orientées couvertes de panneaux photovoltaïques")],
      non=["deux", "100 %"], notes="« 100 % électricité verte » : nom d'un contrat déjà souscrit pour deux sites (piège) ; « l'ensemble de ses toitures publiques bien orientées » : projet futur normalisé à 100 % (discutable : projet plutôt qu'objectif).", ambiguous=True)

    S("https://www.vingrau.fr/?p=95", "Éclairage public et énergie (Commune de Vingrau)")
    P("En 2024, nous avons achevé la mise en place de l’éclairage public en LED et procédé au remplacement des candélabres. Ces nouveaux équipements sont beaucoup moins énergivores et si l’on considère que l’éclairage public représente 40% de la consommation électrique des communes, cela nous permet de réaliser des économies substantielles.",
      [NRJ], non=["2024", "40%"], notes="Travaux achevés et part moyenne de l'éclairage public dans la consommation des communes (statistique, piège).")
    P("Nous avons opté pour de l’autoconsommation collective, ce qui permettra de diminuer drastiquement la facture d’électricité de l’ensemble de nos bâtiments, de l’éclairage public et de bénéficier de 11 000 euros de prime. Le coût total de l’investissement d’un montant de 75 000€ HT sera amorti au bout de 3 ans, les économies générées dès la 4ème année permettront d’aider à financer nos projets en cours.",
      [NRJ], non=["11 000 euros", "75 000€ HT", "3 ans", "4ème"], notes="Prime, coût d'investissement et durée d'amortissement (piège) ; « diminuer drastiquement » sans valeur, « l'ensemble de nos bâtiments » est le périmètre.")

    S("https://puttelange-les-thionville.fr/candelabres", "Éclairage des bâtiments communaux (Commune de Puttelange-lès-Thionville)")
    P("Ainsi, l’éclairage des écoles, du presbytère, du périscolaire et de la mairie a été intégralement rénové, avec des systèmes LED spécifiquement adaptés à chaque bâtiment.\nLe conseil municipal a validé un devis de l’entreprise CEGELEC d’un montant de 10 746,86 € TTC. Une subvention de 2 687 € a été accordée par l’Etat.",
      [NRJ], non=["10 746,86 € TTC", "2 687 €"], notes="Travaux réalisés, montant d'un devis et subvention (piège).")

    S("https://www.beaumont63.fr/le-sivu-de-romagnat-a-la-loupe", "Le SIVU de Romagnat à la loupe (Ville de Beaumont)")
    P("Nous sommes un service public et notre exercice doit être à l’équilibre en fin d’année. En cette rentrée 2024, nous devrions atteindre le chiffre de 2 100 repas préparés par jour.",
      [], non=["2024", "2 100"], notes="Prévision d'activité de la cuisine centrale (« nous devrions atteindre ») : prévision, pas un objectif (piège) ; aucun thème.", ambiguous=True)

    S("https://www.chalagnac.fr/compte-rendu-de-la-reunion-du-conseil-municipal-du-dimanche-12-juin-2022", "Compte rendu de la réunion du conseil municipal du dimanche 12 juin 2022 (Commune de Chalagnac)")
    P("Le but est d’accompagner la cantinière dans le choix des commandes, d’élaborer des menus équilibrés, d’améliorer la qualité en évitant les plats tout préparés, de commander du local et du bio et par la même faire des économies.",
      [ALIM], objective=True, notes="Buts qualitatifs de la nouvelle organisation de la cantine (local, bio), sans valeur.")
    P("La commission « école » va recevoir Agrilocal (Service du Conseil départemental) qui aide les collectivités dans la démarche des commandes des cantines. Les fournisseurs adhérents livrent tous les 15 jours, sont bio à 100% pour les légumes.",
      [ALIM], non=["15", "100%"], notes="« bio à 100% pour les légumes » décrit l'offre des fournisseurs de la plateforme, pas une cible de la commune (piège) ; fréquence de livraison.")

    S("https://www.parisouestladefense.fr/?p=23554", "Égalité professionnelle femme-homme (Établissement public territorial Paris Ouest La Défense)")
    P("Conformément à la loi de transformation de la fonction publique du 6 août 2019, l’établissement public Paris Ouest la Défense a approuvé un plan pluriannuel relatif à l’égalité professionnelle entre les femmes et les hommes, en bureau territorial, le 15 février 2022.\nPlan d’actions triennal de POLD\nLe plan d’actions de POLD, d’une durée de 3 ans, se structure en 4 axes :",
      [EGAL], non=["6 août 2019", "15 février 2022", "3 ans", "4"], notes="Date de la loi, date d'approbation, durée et nombre d'axes du plan (piège).")
    P("- Egal accès aux responsabilités professionnelles formaliser une procédure de recrutement favorisant l’égalité d’accès des candidats à la fonction publique (mixité des fiches de postes, formation des jurys de recrutement, clause dans les marchés de recrutement…),",
      [EGAL], objective=True, notes="Action du plan (formaliser une procédure de recrutement, clause dans les marchés de recrutement) : objectif qualitatif sans valeur.")

    S("http://www.ploudalmezeau.fr/note-aux-familles-utilisatrices-du-services-de-restauration-scolaire/", "Note aux familles utilisatrices du service de restauration scolaire (Ville de Ploudalmézeau)")
    P("En application de l’article 24 de la loi dite “EGALIM” (n° 2018-938 du 30 octobre 2018), il est imposé aux Gestionnaires, publics ou privés, des services de restauration collective scolaire, de proposer, à titre expérimental, pour une durée de deux ans, au moins une fois par semaine, un menu végétarien.",
      [ALIM], objective=True, non=["24", "2018-938", "30 octobre 2018", "deux ans"],
      notes="Obligation légale de fréquence (« au moins une fois par semaine ») gardée qualitative, comme dans les sets précédents : ni une part ni un volume ; numéros d'article et de loi, date, durée de l'expérimentation.", ambiguous=True)
    P("Cette expérimentation fera l’objet d’une évaluation, notamment de son impact sur le gaspillage alimentaire, sur les taux de fréquentation et sur le coût des repas, dont les résultats seront transmis au Parlement au plus tard six mois avant son terme.",
      [ALIM, CIRC], non=["six mois"], notes="Modalité d'évaluation et délai de transmission (piège) ; pas de cible.")

    S("https://ville-navarrenx.fr/page/renovatoin-energetique", "Rénovation énergétique écoles et mairie (Ville de Navarrenx)")
    P("La réduction de l'impact énergétique était un des objectifs de notre programme avec deux finalités: réduire les coûts associés à des consommations non maîtrisées d’une part et diminuer les impacts écologiques d’autre part.",
      [NRJ, ENV], objective=True, non=["deux"], notes="Objectif qualitatif de l'équipe municipale (réduire l'impact énergétique), sans valeur ; « deux finalités » est un compte.")
    P("Un audit énergétique a été réalisé en 2021 pour les 3 bâtiments dont les consommations sont les plus élevées : la mairie, l’école élémentaire et l’école maternelle. La consommation d’électricité de la mairie s’élève à près de 14 000 euros, essentiellement pour les besoins de chauffage des bureaux.",
      [NRJ], non=["2021", "3", "14 000 euros"], notes="Audit réalisé, nombre de bâtiments et coût constaté (piège).")

    S("https://www.province-sud.nc/wp-content/publications/DDDT/Steps-Revision2023", "Révision du Schéma pour la Transition Énergétique de la Province Sud (STEPS) (Province Sud, Nouvelle-Calédonie)")
    P("La province Sud a adopté en 2017 son schéma pour la transition énergétique, une déclinaison du STENC (Schéma pour la Transition Énergétique de la Nouvelle-Calédonie) sur ses compétences propres.",
      [NRJ], non=["2017"], notes="Date d'adoption du schéma (piège).")
    P("Ainsi, une vigilance particulière a été apportée pour viser l’autonomie énergétique autant que faire se peut, afin de faire face au contexte actuel de crise énergétique, conséquence des instabilités géopolitiques mondiales.",
      [NRJ], objective=True, notes="Objectif qualitatif (viser l'autonomie énergétique), sans valeur.")

    S("http://saint-marc-la-lande.fr/stmarc/index.php?option=com_content&view=article&id=248:renouvellement-label-territoire-bio-engage&catid=55&Itemid=806", "Renouvellement label Territoire Bio Engagé (Commune de Saint-Marc-la-Lande)")
    P("Nous avions été labellisé la première année pour 52,92% de produits bio dans l'assiette de nos écoliers. Cette année, nous sommes rendus à 56,96 %. Nous progressons !!! Nous ne sommes plus qu'à 3.04% du niveau le plus haut (niveau 3).",
      [ALIM], non=["52,92%", "56,96 %", "3.04%", "3"], notes="Résultats obtenus et écart au palier le plus haut du label (piège) ; aucune cible n'est posée.", ambiguous=True)

    S("https://www.yffiniac.bzh/2026/01/30/des-pesees-pour-eviter-le-gaspillage-alimentaire", "Des pesées pour éviter le gaspillage alimentaire (Commune d'Yffiniac)")
    P("2025 : moyenne en fin de semaine à 109g de gaspillé par enfant\n2026 : moyenne en fin de semaine de 83g de gaspillé par enfant\nPour rappel, la moyenne nationale parenfant était de 100g en 2024.",
      [ALIM, CIRC], non=["2025", "109g", "2026", "83g", "100g", "2024"], notes="Résultats de pesées et moyenne nationale (piège) ; les années sont celles des mesures.")

    S("https://www.les-corvees-les-yys.fr/la-haie-un-tresor-du-perche", "La haie, un trésor du Perche (Commune des Corvées-les-Yys)")
    P("Cet objectif a aussi été réaffirmé dans le projet de territoire 2020-2026 (« développer la nature en ville et valoriser le bocage »). Cette politique est réalisée en complémentarité entre plusieurs actions du PLUi visant au maintien des éléments de paysage, à la bonne fonctionnalité et à la qualité des milieux (humides, forestiers et prairiaux), à la lutte contre l’érosion",
      [BIO], objective=True, non=["2020-2026"], notes="Objectif qualitatif (nature en ville, bocage) ; 2020-2026 est la période du projet de territoire, pas un horizon ; passage coupé avant la fin de la phrase.")

    S("https://www.flers-agglo.fr/cadre-de-vie/environnement-haies-bocageres-de-flers-agglo/", "Recensement des haies et arbres remarquables (Flers Agglo)")
    P("Dans le cadre de sa politique d’aménagement du territoire, Flers Agglo va mettre en place un Plan Local d’Urbanisme intercommunal (PLUi) à l’échelle des 42 communes de la communauté d’agglomération.\nDans ce cadre, Flers Agglo a engagé une démarche d’inventaire des haies et souhaite intégrer à son PLUi des arbres remarquables.",
      [BIO], objective=True, non=["42"], notes="Intention sans valeur (intégrer des arbres remarquables au PLUi) : objectif qualitatif, discutable ; 42 est un nombre de communes.", ambiguous=True)

    S("https://www.melesse.fr/mon-quotidien/environnement/charte-de-larbre/", "La charte de l'Arbre (Commune de Melesse)")
    P("Avec le remembrement et l’arrêt des pratiques en agroforesterie, 45 000 Km de haies ont été arrachés chaque année entre 1975 et 1997.\nAujourd’hui le maintien de 700 000 km linéaires de haies en France permet de protéger les cultures et les animaux du vent, du soleil, de la pluie, du gel, d’absorber l’eau, de limiter le stress hydrique et de lutter contre l’érosion de la fertilité des sols.",
      [BIO], non=["45 000 Km", "1975", "1997", "700 000 km"], notes="Statistiques nationales passées et actuelles sur les haies (piège) ; « chaque année » décrit un constat.")

    S("https://cerences.fr/actualites/715-haies-bocageres-declarez-avant-de-couper.html", "Haies bocagères : déclarez avant de couper (Commune de Cérences)")
    P("Des mesures de protection du maillage bocager sont prévues dans le futur Plan local d’urbanisme intercommunal (PLUi), comme c’est le cas aujourd’hui dans les PLU de 18 communes du territoire, dont Cérences.",
      [BIO], non=["18"], notes="Nombre de communes dont le PLU protège déjà le bocage (piège) ; les mesures prévues ne sont pas chiffrées.")

    S("https://www.cc-retz-en-valois.fr/vie-pratique/dechets/tarification-eco-responsable/", "Tarification éco-responsable (Communauté de communes Retz-en-Valois)")
    P("- respecter les obligations inscrites dans la loi du 17 août 2015 de transition énergétique pour la croissance verte :\nréduction de 15% de déchets ménagers d’ici 2030\n55% de déchets recyclés ou réutilisés d’ici 2025\n60% de déchets recyclés ou réutilisés d’ici 2030\n65% de déchets recyclés ou réutilisés d’ici 2035",
      [CIRC], objs=[Q(15, direction="decrease", kind="relative_change", horizon=2030, subject="déchets ménagers"),
                    Q(55, horizon=2025, subject="déchets recyclés ou réutilisés"),
                    Q(60, horizon=2030, subject="déchets recyclés ou réutilisés"),
                    Q(65, horizon=2035, subject="déchets recyclés ou réutilisés")],
      non=["17 août 2015"], notes="Obligations légales rappelées par l'intercommunalité ; trajectoire en trois paliers (55, 60, 65 %) ; la date est celle de la loi.")
    P("les collectivités doivent s’acquitter, pour les ordures ménagères enfouies, de la taxe générale des activités polluantes dont le montant est fixé par l’État (TGAP). Ce montant augmentera de plus de 160% entre 2020 et 2025.",
      [CIRC], non=["160%", "2020", "2025"], notes="Hausse programmée d'une taxe (prévision de coût, piège), pas une cible de la collectivité.")

    S("https://damvillers-spincourt.com/?p=6191", "Redevance incitative (Communauté de communes Damvillers-Spincourt)")
    P("Dans ce contexte la redevance incitative a été mise en place sur le territoire de la Communauté de Communes au 1er janvier 2018.\nLe principe est simple :\n- une part fixe comprenant 18 levées par an avec un bac d’ordure ménagères au volume proportionnel à la taille du foyer.\n- une part variable : levées complémentaires facturées en plus à chaque sortie de bac.",
      [CIRC], non=["1er janvier 2018", "18"], notes="Date de mise en place et règles de tarification (18 levées comprises par an) : piège ; « par an » décrit un forfait.")

    S("https://mairie-latoue.fr/page/5/", "À propos de compostage (Commune de Latoue)")
    P("Conformément aux lois AGEC (Anti-Gaspillage pour une Economie Circulaire) du 10 février 2020 et TECV (Transition Ecologique pour une croissance verte) du 17 août 2025, la collectivité va mettre à disposition des particuliers et associations du territoire, du matériel pour la gestion des biodéchets (= déchets végétaux et alimentaires). Ceci, à un tarif préférentiel, à compter de 2024.",
      [CIRC], objective=True, non=["10 février 2020", "17 août 2025", "2024"], notes="Engagement qualitatif (mettre à disposition du matériel de compostage) ; dates des lois (« 2025 » est une coquille de la page) et date de démarrage, sans valeur visée.")

    S("https://grandpoitiers.fr/information-transversale/actualites/default-61f8da4bf2-34657", "La collecte des déchets évolue au 1er janvier 2023 (Grand Poitiers)")
    P("La collecte des déchets évolue au 1er janvier 2023\nLa Loi transition énergétique pour la croissance verte vise à inscrire les territoires dans une démarche globale d’économie circulaire, avec pour objectif de réduire de 50% les déchets mis en décharge entre 2015 et 2025.",
      [CIRC], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2025, baseline_year=2015, subject="déchets mis en décharge")],
      non=["1er janvier 2023"], notes="Objectif légal rappelé par la collectivité ; « entre 2015 et 2025 » : année de référence 2015, horizon 2025 ; le titre donne une date de changement de collecte.")

    S("https://www.champforgeuil.fr/actualites/composteur-individuel/", "Composteur individuel (Commune de Champforgeuil)")
    P("A partir du 1er janvier 2024, chaque foyer devra être équipé d’un composteur individuel ou collectif.\nCette mesure permettra de réduire considérablement la quantité de déchets envoyés à l’incinération et donc de diminuer les émissions de gaz à effet de serre.",
      [CIRC, ENV], objs=[Q(100, subject="foyers équipés d'un composteur individuel ou collectif")],
      non=["1er janvier 2024"], notes="Obligation présentée par la commune : « chaque foyer » normalisé à 100 % ; date d'entrée en vigueur d'une obligation à un seul niveau, donc pas d'horizon ; « réduire considérablement » sans valeur.", ambiguous=True)

    S("https://sirtomgrosne.fr/4581-2", "Généralisation du tri à la source des biodéchets (SIRTOM de la vallée de la Grosne)")
    P("C’est ce que l’on appelle la « généralisation du tri à la source des biodéchets ».\nPour arriver à cet objectif, le SIRTOM va intensifier le déploiement du compostage individuel et collectif.",
      [CIRC], objective=True, notes="Engagement du syndicat (intensifier le compostage) pour atteindre l'obligation légale, sans valeur : objectif qualitatif.")
    P("C’est dans ce cadre qu’un recensement des pratiques des habitants a été réalisé de décembre 2021 à mars 2022.\nNous en profitons pour remercier les 261 participants à ce sondage.",
      [CIRC], non=["décembre 2021", "mars 2022", "261"], notes="Période d'une enquête et nombre de participants (piège).")

    S("https://penchard.fr/tri-la-source-des-biodechets-une-obligation-reglementaire-des-le-1er-janvier-2024", "Tri à la source des biodéchets : une obligation réglementaire dès le 1er janvier 2024 (Commune de Penchard)")
    P("Déjà imposé pour les gros producteurs de biodéchets (+ de 5 tonnes par an), le tri à la source des biodéchets se généralise à l’ensemble des habitants en 2024. Les collectivités doivent proposer, à chaque habitant, des solutions de collecte et de valorisation pour \"sortir\" de la poubelle d’ordures ménagères les déchets organiques qui sont habituellement incinérés.",
      [CIRC], objs=[Q(100, horizon=2024, subject="habitants à qui une solution de tri à la source des biodéchets est proposée")],
      non=["+ de 5 tonnes par an"], notes="Obligation légale étendue par étapes (gros producteurs puis tous les habitants en 2024) : « l'ensemble des habitants » / « chaque habitant » normalisés à 100 %, horizon 2024 (trajectoire par paliers) ; 5 tonnes par an est un seuil.", ambiguous=True)

    S("https://castelnaudemontmiral.com/?p=3110", "Trier ses biodéchets (Commune de Castelnau-de-Montmiral)")
    P("Les biodéchets (épluchures, restes alimentaires, nourriture avariée…) représentent près de 30 % du poids de notre poubelle noire. Un volume important qui alourdit inutilement les coûts de traitement… et donc la facture pour les contribuables.",
      [CIRC], non=["30 %"], notes="Part constatée des biodéchets dans les ordures ménagères (statistique, piège).")

    S("https://bassussarry.fr/a-chacun-composteur", "À chacun son composteur (Commune de Bassussarry)")
    P("Les restes de repas, épluchures et autres produits de cuisine représentent encore un tiers du contenu de la poubelle d’ordures ménagères résiduelles sur notre territoire, soit 83 kg/an/habitant. Le 1er janvier 2024, la loi prévoit que tous les particuliers disposent d’une solution pratique de tri à la source de leurs biodéchets.",
      [CIRC], objs=[Q(100, subject="particuliers disposant d'une solution de tri à la source des biodéchets")],
      non=["un tiers", "83 kg/an/habitant", "1er janvier 2024"], notes="Un tiers et 83 kg/an/habitant : constat (piège) ; obligation légale « tous les particuliers » normalisée à 100 %, date d'entrée en vigueur sans horizon.", ambiguous=True)

    S("http://st-etienne-de-fontbellon.fr/fr/actualite/271806/gestion-biodechets-partir-1er-janvier", "Gestion des biodéchets à partir du 1er janvier (Commune de Saint-Étienne-de-Fontbellon)")
    P("A l’heure actuelle, les biodéchets non triés représentent encore plus d’un tiers du contenu de la poubelle résiduelle.\nLa gestion de proximité permet tout d’abord de limiter la production de déchets à traiter par le service public et de maîtriser la facture de gestion des déchets",
      [CIRC], non=["plus d’un tiers"], notes="Part constatée (« à l'heure actuelle ») des biodéchets non triés (piège).")
