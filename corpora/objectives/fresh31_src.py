"""Thirty-first set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh31.jsonl).

Collected in issue 15's thirty-second pass, blind to what the extractor gets wrong (no error listing, first score or
error table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages
of the State, national public bodies, hospitals, schools, universities, social landlords and their networks only: the
ministry of housing's page on social landlords' strategic plans, a public interest grouping of the State and the Region
(GREF Bretagne), the Ifremer (its news as mirrored by a research-project site), hospitals (Hôpital Foch, Gustave
Roussy) and a health foundation (Fondation Léonie Chaptal), social landlords and their federation (OPHIS, Habitat 25,
the OPH federation's barometer on ETHIS), universities and schools (Arts et Métiers, ENSTA Bretagne, IÉSEG, Sciences
Po Lyon, the Université de Neuchâtel, a lycée of the Montpellier academy, the INSA Lyon student journal); about energy
sobriety, carbon, training to the ecological transition, waste, insertion hours and purchasing, with targets and traps:
results of the past, budgets, counts, dates and periods. No local authority's page, no press, no company. Pages of
sites that neither the shared dev set, nor any training passage (``corpora/real``, the collected set, the theme
model's training file), nor an earlier fresh set or theme set uses (the build checks the first ones; the theme sets'
hosts, and those of fresh29, fresh30, fresh32 and theme set 8 being collected at the same time, were checked by a
script over every jsonl file of those sets and worktrees, on the registrable domain).
Smaller than the earlier sets: most institutional hosts the search tool returns are already used, and passages with a
quantified target on an unused host were rare; traps were capped so that half of the passages hold a quantified target.
Labelled with the conventions of the shared real dev set; never run through the extractor here (the lead scores it).
Every passage is copied from the opening of a public web page as the project's search tool stored it, cited by its
URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import CIRC, CS, ENV, GOV, NRJ, PME


def load(S, P, Q) -> None:

    S("https://ieseg.fr/news/plan-sobriete-energetique-2023", "Plan de sobriété énergétique : des résultats encourageants (IÉSEG School of Management)")
    P("Pour lutter contre la surconsommation d’énergie et mettre en œuvre des actions concrètes en vue de répondre à l’obligation réglementaire (Éco Énergie Tertiaire) visant à réduire de 40% minimum la consommation énergétique du secteur tertiaire d’ici 2030 en France, l’École a lancé son plan de sobriété énergétique pour rendre ses campus plus responsables.",
      [NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, comparator=">=", subject="consommation énergétique du secteur tertiaire (obligation Éco Énergie Tertiaire)")],
      notes="Obligation légale du décret tertiaire rappelée (objectif, comme les quotas légaux du jeu de dev) ; « 40% minimum » → comparateur >= ; « d'ici 2030 » → horizon.")
    P("Basé sur les recommandations du Ministère de l’Enseignement Supérieur et de la Recherche et aligné avec les axes stratégiques de l’École en matière de développement durable, ce plan de sobriété énergétique a vu le jour en octobre 2022. Les objectifs à court terme de ce dispositif étaient de réduire de 15% la consommation d’énergie durant l’hiver 2022-23.",
      [NRJ], objs=[Q(15, direction="decrease", kind="relative_change", subject="consommation d’énergie des campus durant l’hiver 2022-23")],
      non=["octobre 2022", "2022-23"],
      notes="Objectif rapporté au passé (« étaient »), gardé comme objectif comme dans le jeu de dev ; « l'hiver 2022-23 » est une période, pas une année d'horizon ; octobre 2022 : date de lancement.", ambiguous=True)
    P("l’IÉSEG a diminué sa consommation d’électricité de 18 % sur son campus de Lille et de 28 % sur son campus de Paris (soit l’équivalent de la dépense énergétique annuelle de 9 maisons de 150m² pendant 1 an), et sa consommation de chauffage de 24 % sur chaque campus (soit l’équivalent de la dépense énergétique annuelle de 30 maisons de 100 m²)",
      [NRJ], non=["18 %", "28 %", "9", "150m²", "1 an", "24 %", "30", "100 m²"],
      notes="Résultats déjà obtenus (piège) ; « sur chaque campus » décrit un résultat, pas une cible. Tranche contiguë d'une phrase plus longue.")

    S("https://insatiable.info/2022/11/21/insa-un-plan-de-sobriete-et-apres", "INSA : un plan de sobriété, et après ? (Insatiable, journal des étudiants de l’INSA Lyon)")
    P("Dans un contexte de crise énergétique en Europe, le ministère de l’enseignement supérieur a détaillé des mesures à mettre en place dans la circulaire du 24 septembre 2022. On y trouve notamment des objectifs de réduction de 10% de la consommation énergétique des établissements publics en 2 ans.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", subject="consommation énergétique des établissements publics (circulaire du ministère de l’enseignement supérieur)")],
      non=["24 septembre 2022", "2 ans"],
      notes="Objectif national rappelé ; « en 2 ans » n'écrit pas d'année : pas d'horizon ; date de la circulaire.")

    S("https://www.financement-logement-social.logement.gouv.fr/spip.php?page=article_print&id_article=1373", "Les Plans Stratégiques de Patrimoine (Financement du logement social, ministère chargé du logement)")
    P("Afin d’encourager les organismes HLM à se doter d’une vision globale sur l’évolution de leurs parcs de logements, le CIV du 1er octobre 2001 a annoncé que l’élaboration de plans stratégiques de patrimoine sera financièrement encouragée. La moitié du parc HLM doit avoir fait l’objet d’un tel plan d’ici fin 2002.",
      [GOV], objs=[Q(50, horizon=2002, subject="parc HLM ayant fait l’objet d’un plan stratégique de patrimoine")],
      non=["1er octobre 2001"],
      notes="« La moitié » = 50 ; « d'ici fin 2002 » → horizon 2002 ; 1er octobre 2001 : date du comité interministériel. Le thème (planification patrimoniale des bailleurs) n'a pas de classe propre : gouvernance.", ambiguous=True)

    S("https://vivaldi-project.eu/institut_es/Actualites-et-Agenda/toutes-actus/Le-personnel-de-l-Ifremer-se-mobilise-pour-le-climat", "Le personnel de l’Ifremer se mobilise pour le climat (actualité de l’Ifremer reprise sur vivaldi-project.eu)")
    P("L’établissement est également impliqué dans la diminution de son impact environnemental : le bilan des émissions de gaz à effet de serre de l’Ifremer, réalisé en 2017, a ainsi montré une baisse de 17% des émissions, par rapport à 2010. L’objectif fixé pour les prochaines années est une réduction de 3% par an.",
      [ENV], objs=[Q(3, direction="decrease", kind="growth_rate", per_year=True, subject="émissions de gaz à effet de serre de l’Ifremer")],
      non=["2017", "17%", "2010"],
      notes="Baisse de 17 % par rapport à 2010 : résultat passé (non) ; la cible est un taux annuel (growth_rate, per_year) sans horizon écrit.")

    S("https://www.gref-bretagne.com/ressources/transition-ecologique-une-nouvelle-offre-de-formations-dans-les-universites-et-grandes-ecoles/", "Transition écologique. Une nouvelle offre de formations dans les universités et grandes écoles (GREF Bretagne, GIP relation emploi-formation)")
    P("D’ici à 2025, tous les étudiants de premier cycle dispensé par les universités et grandes écoles devront avoir suivi un « socle de connaissances et de compétences globales, transversales et pluridisciplinaires » à la transition écologique, annonce Sylvie Retailleau, ministre de l’enseignement supérieur et de la recherche.",
      [GOV, ENV], objs=[Q(100, horizon=2025, subject="étudiants de premier cycle ayant suivi le socle de formation à la transition écologique")],
      notes="« tous les étudiants » normalisé à 100 % ; « D'ici à 2025 » → horizon. Objectif national de formation (sensibilisation, gouvernance) aux enjeux climatiques.")
    P("Selon une enquête de l’association France Universités, les trois quarts des universités disposent actuellement d’une équipe spécialisée dans la transition écologique. 33 % dispensent déjà des modules obligatoires sur la transition écologique pour les étudiants de première et seconde années de licence. Mais seuls 25 % des établissements sont parvenus à former les enseignants.",
      [GOV, ENV], non=["les trois quarts", "33 %", "25 %"], notes="Résultats d'enquête (piège).")

    S("https://oembed.artsetmetiers.fr/fr/actualites/accord-de-grenoble-arts-et-metiers-confirme-son-engagement-en-faveur-de-la-transition", "Accord de Grenoble : Arts et Métiers confirme son engagement en faveur de la transition (Arts et Métiers – ENSAM)")
    P("Arts et Métiers s’engage ainsi à élaborer des plans d’actions permettant d’atteindre les 11 objectifs détaillés dans l’Accord :\n- Sensibiliser 100% des étudiant.e.s aux enjeux de la transition socio-écologique",
      [GOV, ENV], objs=[Q(100, subject="étudiants sensibilisés aux enjeux de la transition socio-écologique")],
      non=["11"], notes="Engagement de l'Accord de Grenoble ; « 11 objectifs » compte les objectifs ; pas d'année écrite.")
    P("- Former 100% des étudiant.e.s aux enjeux de la transition socio-écologique\n- Adapter les enseignements de chaque cursus et spécialité à ces enjeux, dans un délai de 5 ans",
      [GOV, ENV], objs=[Q(100, subject="étudiants formés aux enjeux de la transition socio-écologique"),
                        Q(100, subject="cursus et spécialités dont les enseignements sont adaptés aux enjeux de la transition")],
      non=["5 ans"], notes="« chaque cursus » normalisé à 100 % ; « dans un délai de 5 ans » n'écrit pas d'année : pas d'horizon.", ambiguous=True)
    P("- Proposer une formation à l’ensemble du personnel de l’établissement dans un délai de 2 ans",
      [GOV, ENV], objs=[Q(100, subject="personnel de l’établissement à qui une formation à la transition est proposée")],
      non=["2 ans"], notes="« l'ensemble du personnel » normalisé à 100 % ; délai sans année : pas d'horizon.")
    P("- Suivre et publier son empreinte carbone par la réalisation tous les 3 ans au plus, un bilan d’émissions de gaz à effet de serre\n- Réduire les émissions de gaz à effet de serre de l’établissement de 30% sur 2028-2032 par rapport à 2018-2022, dans la lignée des objectifs de la Stratégie Nationale Bas Carbone",
      [ENV, GOV], objs=[Q(30, direction="decrease", kind="relative_change", subject="émissions de gaz à effet de serre de l’établissement")],
      non=["3 ans", "2028-2032", "2018-2022"],
      notes="Cible et référence exprimées en périodes (2028-2032 contre 2018-2022) : ni horizon ni année de référence uniques ; « tous les 3 ans » est une fréquence de bilan.", ambiguous=True)

    S("https://preprod-foch.interludesante.com/nous-connaitre/une-politique-rse-exigeante/notre-implication-environnementale", "Notre implication environnementale (Hôpital Foch)")
    P("Ce nouveau circuit nous permet non seulement de réduire notre volume de DASRI et de progresser vers leur traitement en interne de manière 100% autonome, mais aussi de réduire l’impact kilométrique de leur acheminement, l’incinérateur « ménager » de Bezons étant plus proche de Foch que l’incinérateur dédié aux DASRI.",
      [CIRC, ENV], objs=[Q(100, subject="traitement interne autonome des DASRI")],
      notes="« progresser vers … 100% autonome » lu comme une cible (direction visée) ; on pourrait n'y voir qu'une description du dispositif. Réduction du volume de DASRI : objectif qualitatif.", ambiguous=True)

    S("https://ophis.fr/notre-actualite/lophis-recoit-le-trophee-du-donneur-dordre-innovant", "L’OPHIS reçoit le trophée du donneur d’ordre innovant (OPHIS, office public de l’habitat du Puy-de-Dôme)")
    P("Dans le cadre des marchés de travaux de construction de logements, des clauses sociales d’insertion stipulent qu’une partie des travaux doit être réalisée par des entreprises qui accueillent des personnes en difficulté d’insertion professionnelle pour leur permettre de se former aux métiers du BTP. 91 926 heures réalisées en 2023 pour 57 825 heures prévues, grâce au concours des entreprises.",
      [CS], non=["91 926 heures", "2023", "57 825 heures"],
      notes="Bilan d'une année passée (piège) : les heures « prévues » sont l'engagement contractuel de 2023, rapporté avec son résultat ; « une partie des travaux » n'est pas chiffrée.", ambiguous=True)

    S("https://habitat25.fr/actualite/41/9-habitat-25-developpe-ses-achats-responsables-et-encourage-l-emploi-local.htm", "Habitat 25 développe ses « achats responsables » et encourage l’emploi local (Habitat 25, office public de l’habitat du Doubs)")
    P("Grâce à son engagement, Habitat 25 génère par son activité 7000 à 9000 heures d’insertion par an et participe ainsi à l’accompagnement des personnes éloignées du marché du travail et favorise l’emploi local.",
      [CS, PME], non=["7000 à 9000 heures"], notes="Volume annuel constaté (piège) : « génère … par an » décrit un résultat, pas une cible.")

    S("https://www.sciencespo-lyon.fr/actualite/restitution-du-premier-bilan-carbone-etablissement/", "Restitution du premier bilan carbone (Sciences Po Lyon)")
    P("Le bilan fait état de 1 480 tonnes de CO2 émises par Sciences Po Lyon en 2019 (année de référence), équivalent aux émissions annuelles de 150 français ou encore à 7 millions de km parcourus en voiture thermique.",
      [ENV], non=["1 480 tonnes", "2019", "150", "7 millions de km"], notes="Résultat du bilan carbone et équivalences (piège) ; « année de référence » sans cible.")

    S("https://lyc-cros-carcassonne.ac-montpellier.fr/lycee-21-0", "Projet Lycée 21 (lycée des métiers Charles Cros, Carcassonne, académie de Montpellier)")
    P("Nous avons réduit nos déchets non recyclés et nous avons donc rendu des containers « verts » à la COVALDEM. Cela s’est traduit par une baisse régulière de notre redevance, nous sommes passés de 12000 € à 8000 € sur les 4 dernières années.",
      [CIRC], non=["12000 €", "8000 €", "4"], notes="Évolution passée (« passés de … à ») : piège, pas une cible.")

    S("https://www.unine.ch/durabilite/deplacements-professionnels", "Déplacements professionnels (Université de Neuchâtel, durabilité)")
    P("En 2023, les membres du personnel de l’Université ont parcouru environ 4.3 millions de km en avion, soit plus de 100 fois le tour de la Terre. Ces déplacements professionnels représentent près de 60% de l’empreinte climatique de l’UniNE.",
      [ENV], non=["2023", "4.3 millions de km", "100 fois", "60%"], notes="Statistiques de l'année passée (piège).")

    S("https://www.ensta-bretagne.fr/fr/reduire-nos-consommations-denergie", "Réduire nos consommations d’énergie (ENSTA Bretagne)")
    P("Nous venons de passer une commande de plus d’un million d’euro d’électricité pour 2023 à EDF, soit un budget multiplié par 5 en 2 ans, qui est principalement le fait de la hausse des prix, et dans une moindre mesure de la croissance de nos activités et consommations. »",
      [NRJ], non=["un million d’euro", "2023", "5", "2 ans"], notes="Budget d'achat et hausse passée (« multiplié par 5 en 2 ans ») : piège.")

    S("https://gustaveroussy.fr/en/green", "Gustave Roussy : vers un hôpital écologique (programme GREEN)")
    P("  • Épargne de l’eau avec la suppression en 2022 des bouteilles en plastiques ainsi que la mise en place de fontaines supplémentaires",
      [CIRC, ENV], objective=True, non=["2022"],
      notes="Cible de la feuille de route sans valeur chiffrée (« suppression » non normalisée à 100 %, comme la fin des ventes de véhicules thermiques dans les jeux précédents) : objectif qualitatif ; on pourrait aussi y lire une action déjà réalisée.", ambiguous=True)

    S("https://ethis-habitat.org/pages/barometre-performance-rse-durabilite-federation-oph", "Baromètre de la performance RSE et de la durabilité : projet de la Fédération des OPH (ETHIS)")
    P("Présenté lors du Congrès Hlm 2023, le premier Baromètre de la performance RSE et de la durabilité a été mis en place par la Fédération des Offices publics de l’Habitat en partenariat avec DELPHIS. Il rend compte des performances de 180 Offices en France.",
      [GOV], non=["2023", "180"], notes="Outil de suivi déjà en place ; date et compte d'offices (piège).")

    S("http://fondationleoniechaptal.fr/page.php?id=114", "Développement durable (Fondation Léonie Chaptal)")
    P("Afin de réduire son empreinte écologique, la Fondation Léonie Chaptal s'est engagée depuis février 2014 dans la mise en place d'une filière de tri sélectif ( piles, batteries, etc ) en partenariat avec la Société Screlec.",
      [CIRC], non=["février 2014"], notes="Action engagée depuis 2014 (constat) ; la date n'est pas un horizon (piège).")
