"""Eleventh set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh11.jsonl).

Collected in issue 15's twelfth pass, blind to what the extractor gets wrong (no error listing, first score or error
table read, the extractor never run on these passages), to measure it on text nobody here had read. Pages of public
bodies only: regions, départements, communes and intercommunalités (their purchasing, SPASER, canteen and climate-plan
pages, a market notice, an open-data plan de transition, an internal newsletter), syndicats mixtes and a pôle
métropolitain (waste prevention programmes, PCAET), ministries and gouv.fr sites (waste prevention plan, health-sector
planning), établissements publics (hospitals, universities, a regional CESER), and one contribution published on a
syndicat mixte's consultation platform; and traps: results of the past, statistics, budgets, counts, dates,
thresholds of procurement law, projections. Pages of sites that neither the shared dev set, nor any training passage
(``corpora/real``, the collected set), nor an earlier fresh set uses (the build checks). Labelled with the conventions
of the shared real dev set; never run through the extractor here (the lead scores it). Every passage is copied from
the opening of a public web page as the project's search tool stored it, cited by its URL, 70 words or fewer. No
detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, GOV, HAND, NRJ, PME

SANTE = "sante"
NUM = "numerique_responsable"
INNO = "achats_innovants"


def load(S, P, Q) -> None:

    S("https://entreprises.hautsdefrance.fr/Une-nouvelle-politique-d-achat-regionale-plus-durable", "Une nouvelle politique d’achat régionale plus durable (Région Hauts-de-France)")
    P("En juin dernier, la Région a adopté lors d’une séance plénière sa nouvelle politique d’achat pour la période 2022/2027.",
      [GOV], non=["2022/2027"], notes="Adoption et période de la politique d'achat (piège).")
    P("Dans cette nouvelle politique d’achat régionale, la Région va plus loin pour intégrer une considération environnementale dans chaque marché",
      [ENV], objs=[Q(100, subject="marchés régionaux intégrant une considération environnementale")],
      notes="Tranche d'une phrase ; « dans chaque marché » normalisé à 100 % ; pas d'année.")

    S("https://gardinfo.gard.fr/quand-lachat-public-devient-plus-social-plus-ecologique-plus-responsable", "Quand l’achat public devient plus social, plus écologique, plus responsable (Gard Info, Département du Gard)")
    P("Plus de 50 contributeurs ont participé à l’élaboration du SPASER.",
      [GOV], non=["Plus de 50"], notes="Compte de contributeurs (piège).")
    P("Le SPASER encadre plus de 143 M€ de marchés publics.",
      [GOV], non=["plus de 143 M€"], notes="Volume de marchés couvert (piège).")
    P("Dès 2026, tous les marchés devront intégrer au moins un critère environnemental, et au moins un tiers d’entre eux devront prévoir au moins un critère social.",
      [ENV, CS], objs=[Q(100, horizon=2026, subject="marchés intégrant au moins un critère environnemental", themes=(ENV,)),
                       Q(33.33, horizon=2026, comparator=">=", subject="marchés prévoyant au moins un critère social", themes=(CS,))],
      notes="« tous les marchés » = 100 % ; « au moins un tiers » = 33,33, >= ; « Dès 2026 » : horizon.")

    S("https://larochesuryon.fr/loi-egalim", "Loi EGalim (Ville de La Roche-sur-Yon)")
    P("Promulguée en novembre 2018, la loi a pour objectif de favoriser une alimentation saine, sûre et durable pour tous. Dans la restauration collective, elle prévoit à partir de 2022 un taux d’approvisionnement de 50 % de produits durables et de qualité, dont 20 % de produits issus de l’agriculture biologique.",
      [ALIM], objs=[Q(50, horizon=2022, subject="produits durables et de qualité en restauration collective"),
                    Q(20, horizon=2022, subject="produits issus de l'agriculture biologique en restauration collective")],
      non=["novembre 2018"], notes="Quota légal EGalim ; « à partir de 2022 » pris comme horizon comme dans le jeu de dev (échéance 2022), mais c'est aussi une entrée en vigueur ; date de promulgation : piège.", ambiguous=True)
    P("- 54 % de produits de qualité et durables (EGalim) dont 25 % de bio (2023 : 44 % de produits de qualité et durables dont 26,4% de bio)",
      [ALIM], non=["54 %", "25 %", "2023", "44 %", "26,4%"], notes="Résultats des restaurants scolaires, année en cours et précédente (piège).")

    S("https://www.cc-paysdelimours.fr/plan-climat", "Plan Climat Air Énergie (Communauté de Communes du Pays de Limours)")
    P("Cette dernière confie la réalisation d’un Plan Climat Air Énergie Territorial (PCAET) à tout Établissement public de coopération intercommunale (EPCI) à fiscalité propre dont la population est supérieure à 20 000 habitants.",
      [ENV, GOV], non=["20 000 habitants"], notes="Seuil légal d'obligation (piège).")
    P("La pertinence de cette territorialisation découle des observations suivantes : les politiques publiques des collectivités sont directement responsables de 15 % des émissions de gaz à effet de serre nationales, un chiffre qui s’élève même à 50 % si l’on tient compte de leurs répercussions en matière d’habitat, d’aménagement, d’urbanisme et de transports.",
      [ENV], non=["15 %", "50 %"], notes="Parts d'émissions (constat) ; « s'élève à » n'est pas une cible (piège).")

    S("https://www.univ-tln.fr/Les-autres-leviers-de-la-sobriete-energetique.html", "Les autres leviers de la sobriété énergétique (Université de Toulon)")
    P("La sensibilisation aux enjeux de la transition écologique et du développement durable sera généralisée d’ici 2025 à l’ensemble des étudiants et personnels de l’Université.",
      [ENV, GOV], objs=[Q(100, horizon=2025, subject="étudiants et personnels sensibilisés à la transition écologique")],
      notes="« à l'ensemble des étudiants et personnels » normalisé à 100 % ; « d'ici 2025 » : horizon ; cible de sensibilisation, pas d'achat.", ambiguous=True)
    P("La sensibilisation aux enjeux de la transition écologique, au développement durable dans l’Enseignement Supérieur et la Recherche et au numérique responsable est intégrée au plan de formation 2023. 3 formations seront ainsi proposées aux personnels :",
      [GOV, NUM], non=["2023", "3"], notes="Année d'un plan et nombre de formations prévues : compte, pas une cible (piège).", ambiguous=True)

    S("https://www.millenaire3.com/dossiers/2021/commande-publique-responsable-un-levier-puissant-de-transition-ecologique-et-sociale/Entretien-croise-MMIe-et-DIE-Il-y-a-desormais-une-volonte-de-developper-les-clauses-d-insertion-dans-l-ensemble-des-marches", "Entretien croisé MMIe et DIE : « Il y a désormais une volonté de développer les clauses d’insertion dans l’ensemble des marchés » (Millénaire 3, Métropole de Lyon)")
    P("Composée de 27 membres (collectivités locales, chambres consulaires, pôle emploi, …), elle accompagne les maîtres d’ouvrage et les entreprises qui s’engagent dans une démarche « d’achat socialement responsable », et mène diverses actions d’inclusion sur le territoire.",
      [CS, GOV], non=["27"], notes="Nombre de membres d'un GIP (piège).")

    S("https://www.dordogne.fr/servir_les_citoyens/environnement/_infos/actus/dordogne-perigord_:_le_choix_du_bio_et_du_local_dans_la_restauration_collective/actu-440-6738", "Dordogne-Périgord : le choix du bio et du local dans la restauration collective (Conseil départemental de la Dordogne)")
    P("Dès 2015, la majorité départementale a souhaité engager l’ensemble des collèges publics de Dordogne dans la démarche bio et locale. Un pari réussi moins de trois ans plus tard.",
      [ALIM], non=["2015", "trois ans"], notes="Engagement passé et déjà atteint (« pari réussi ») : piège ; « l'ensemble des collèges » décrit un résultat.", ambiguous=True)
    P("Fort de ce succès, c’est un objectif plus ambitieux encore que s’est fixé le Conseil départemental : accueillir en Dordogne le premier collège de France à servir à ses élèves 100% de produits issus de l’agriculture biologique – et au maximum locaux – à coût maîtrisé.",
      [ALIM], objs=[Q(100, subject="produits issus de l'agriculture biologique servis dans un collège pilote")],
      notes="Objectif fixé par le Département pour un collège ; pas d'année.")

    S("https://tarnetgaronne.fr/bien-manger", "Bien manger (Conseil départemental de Tarn-et-Garonne)")
    P("- une incitation financière de 10 centimes d’euro par repas distribué est attribuée aux collèges dont les cantines s’engagent sur l’achat de produits locaux et de qualité pour au moins 20% du montant des dépenses. 6 conventions sont aujourd’hui signées, une septième est en préparation.",
      [ALIM, PME], objs=[Q(20, comparator=">=", subject="produits locaux et de qualité dans les dépenses alimentaires des collèges engagés", themes=(ALIM,))],
      non=["10 centimes d’euro", "6", "septième"], notes="Engagement d'achat des collèges conventionnés (au moins 20 %) : traité comme cible, mais c'est aussi une condition d'éligibilité à une aide ; montant de l'aide et nombre de conventions : pièges.", ambiguous=True)
    P("Face aux enjeux que revêt une alimentation de qualité et de proximité, le Conseil départemental s’est engagé en 2017 dans un programme ambitieux.",
      [ALIM], non=["2017"], notes="Date d'engagement (piège).")

    S("https://villeurbanne.fr/ma-ville/nos-engagements/des-achats-responsables", "Des achats responsables (Ville de Villeurbanne)")
    P("La Ville a souhaité pour le mandat 2020-2026 approfondir cette démarche dans le cadre des transitions – écologique, sociale et démocratique – portées par la nouvelle municipalité, dans la continuité de son plan de transition écologique.",
      [ENV, CS], objective=True, non=["2020-2026"], notes="Intention non chiffrée ; la période du mandat n'est ni une cible ni un horizon.", ambiguous=True)

    S("https://pcaet-ccdourdannais.com/public/index.php?id=23&rub=projet", "2.8 : Engager la décarbonisation des flottes de véhicules des collectivités territoriales (PCAET de la Communauté de communes du Dourdannais en Hurepoix)")
    P("Malgré des efforts réalisés (notamment par la CCDH qui s’est doté de deux véhicules électriques - dont un pour le CIAS), les véhicules possédés par la communauté de communes et les communes sont principalement des véhicules thermiques",
      [ENV, NRJ], non=["deux"], notes="Tranche de phrase ; parc actuel (piège).")
    P("- Atteindre les objectifs de la stratégie territoriale du PCAET de réduction des consommations énergétiques et des émissions de gaz à effet de serre du secteur des transports",
      [ENV, NRJ], objective=True, notes="Objectif de la fiche action sans valeur dans le passage (objectif qualitatif).")

    S("https://lametropolitm.eurometropolemetz.eu/zoom-sur/zoom-sur-16", "Numérique responsable : une feuille de route ambitieuse (La Métropoli’TM, lettre interne de Metz Métropole)")
    P("Bien loin de son image immatérielle, le numérique représentait, en 2020, 2,5 % de l’empreinte carbone nationale. Mais dans un contexte de développement massif des usages et de numérisation de la société, on estime que l’empreinte carbone du numérique en France pourrait augmenter de 45 % d’ici 2030 sans changements systémiques !",
      [NUM, ENV], non=["2020", "2,5 %", "45 %", "2030"], notes="Constat et projection tendancielle (« pourrait augmenter ») : pas une cible (piège).")
    P("Un Bilan Carbone de la DSI mutualisée (Eurométropole et Ville, hors écoles) a été réalisé. Il représente aujourd’hui 1086 TCO2eq soit environ 2 500 allers-retours Lille-Marseille en voiture thermique.",
      [NUM, ENV], non=["1086 TCO2eq", "2 500"], notes="Résultat d'un bilan carbone et équivalence (piège).")

    S("https://concertation.tourainepropre.fr/contribution/contribution-du-groupe-dechets-de-la-sepant/", "Contribution de la SEPANT à la concertation « Cap 2030, vers une Touraine propre » (plateforme de concertation du syndicat mixte Touraine Propre)")
    P("La SEPANT, avec de nombreux autres acteurs du territoire, a participé à l’élaboration du premier PLPDMA (Programme Local de Prévention des Déchets Ménagers et Assimilés) d’Indre-et-Loire qui couvrira la période 2024-2030.",
      [CIRC], non=["2024-2030"], notes="Période d'un programme (piège).")
    P("Mieux vaut tard que jamais… Ce programme, porté par le syndicat mixte Touraine Propre et rassemblant les collectivités en charge de la compétence déchets du 37, est bien structuré et explore de nombreuses pistes. Cependant, son objectif de baisse des déchets est seulement de 16% en 2030 par rapport à 2022.",
      [CIRC], objs=[Q(16, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2022, subject="déchets ménagers et assimilés (PLPDMA d'Indre-et-Loire)")],
      non=["37"], notes="Objectif du programme public cité par une association ; « baisse … de 16% en 2030 par rapport à 2022 » ; 37 : numéro de département.")

    S("https://www.ch-niort.fr/vie-au-travailnous-demain/developpement-durable/agissons-durablement-en-sante", "Agissons durablement en santé (Centre hospitalier de Niort)")
    P("Il va plus loin encore, en couplant l’Agenda 21 à un Agenda 22, dont l’objectif est de favoriser l’accès de l’hôpital aux personnes en situation de handicap et d’améliorer leur prise en charge. Ce nouvel Agenda 21 - 22 se décline en 9 objectifs, 29 projets, 86 fiches actions dont 19 Agenda 22.",
      [SANTE, GOV], non=["21", "22", "9", "29", "86", "19"], notes="Noms de démarches (Agenda 21, Agenda 22) et comptes d'objectifs, projets et fiches (piège).")

    S("https://ch-vaison.fr/?p=1052", "L’hôpital de Vaison face aux enjeux écologiques (Centre hospitalier de Vaison-la-Romaine)")
    P("Plus spécifiquement, dans les établissements de santé, la consommation d’énergie représente environ 7 % de leurs dépenses. Enfin, les hôpitaux consomment 400 à 1 200 litres d’eau par jour et par lit.",
      [SANTE, NRJ], non=["environ 7 %", "400 à 1 200 litres"], notes="Statistiques (piège) ; « 400 à 1 200 » est une fourchette de consommation, pas une cible.")

    S("https://www.grandest.fr/actualites/orchidee-un-bilan-positif-vers-une-commande-publique-durable-et-responsable/", "ORCHIDÉE : un bilan positif vers une commande publique durable et responsable (Région Grand Est)")
    P("Ainsi, en 2022, plus de 530 marchés ont inclus des clauses sociales, dépassant les exigences de la Loi Climat et Résilience, générant plus de 316 000 heures de travail pour les publics les plus éloignés de l’emploi, notamment ceux de l’intégration des acteurs de l’Insertion par l’Activité Economique (IAE) et du secteur du handicap.",
      [CS, HAND], non=["2022", "plus de 530", "plus de 316 000"], notes="Bilan réalisé (piège) ; « dépassant les exigences » ne donne pas de cible.")
    P("Dans une perspective environnementale, 365 marchés en 2023 ont intégré des critères durables, couvrant plus de 60 % du volume d’achats.",
      [ENV], non=["365", "2023", "plus de 60 %"], notes="Résultat (piège).")

    S("http://www.saintmartindheres.fr/cadre-de-vie/environnement/proprete-urbaine/plan-climat", "Mise en œuvre du Plan Climat local (Ville de Saint-Martin-d’Hères)")
    P("En 2004, la Métro était la première agglomération à avoir lancé un Plan Climat Local, traduisant à l’échelon intercommunal, les ambitions du protocole de Kyoto. Fin 2009, 70 partenaires avaient rejoint la Métro en s’engageant à mettre en place des actions concrètes pour lutter contre le réchauffement climatique.",
      [ENV], non=["2004", "2009", "70"], notes="Historique et nombre de partenaires (piège).")
    P("La Ville est partenaire du Plan Climat d’agglomération depuis 2007 et s’est engagée à réduire d’ici 2014 de 12% les consommations et rejets de gaz à effet de serre liées au patrimoine communal.",
      [ENV, NRJ], objs=[Q(12, direction="decrease", kind="relative_change", horizon=2014, subject="consommations et rejets de gaz à effet de serre du patrimoine communal")],
      non=["2007"], notes="Engagement de réduction daté (horizon passé, mais c'est bien une cible) ; 2007 : date d'adhésion.")
    P("Une campagne de diagnostics énergétiques a été réalisé sur 20 bâtiments municipaux.",
      [NRJ], non=["20"], notes="Compte de bâtiments (piège).")

    S("https://planclimat.grenoblealpesmetropole.fr/61-vehicules.htm", "Véhicules (Plan Climat de Grenoble-Alpes Métropole)")
    P("La mission de Conseil en Énergie Partagé qu’exerce la SPL ALEC pour 27 communes de moins de 8 000 habitant·es a montré que la consommation énergétique moyenne par habitant·e a diminué entre 2005 et 2018, notamment grâce aux efforts réalisés par les communes concernant leur flotte de véhicules (- 2,5 % / an).",
      [NRJ, ENV], non=["27", "8 000", "2005", "2018", "- 2,5 % / an"], notes="Baisse annuelle déjà réalisée (piège) ; seuil de population et nombre de communes.")

    S("http://www.mairie-bouxieres-aux-dames.fr/en-2013-25-de-bio-et-25-de-local-a-la-cantine/", "En 2013, 25 % de bio et 25 % de local à la cantine (Mairie de Bouxières-aux-Dames)")
    P("Ce marché qui sera signé avec la société Elior sera effectif à compter du 7 janvier 2013, pour une durée d’un an reconductible 3 fois (soit une durée maximale de 4 ans).",
      [ALIM, GOV], non=["7 janvier 2013", "un an", "3", "4 ans"], notes="Date d'effet et durée d'un marché (piège).")
    P("La nouveauté en termes de qualité est l’obligation pour le prestataire d’utiliser, sur l’année :\n- au minimum 25 % de produits issus de filières courtes\n- et au minimum 25 % de produits issus de l’agriculture biologique.",
      [ALIM, PME], objs=[Q(25, comparator=">=", subject="produits issus de filières courtes dans les repas scolaires", themes=(ALIM, PME)),
                         Q(25, comparator=">=", subject="produits issus de l'agriculture biologique dans les repas scolaires", themes=(ALIM,))],
      notes="Obligation contractuelle du prestataire (clause d'un marché, traitée comme objectif) ; « sur l'année » définit le décompte : per_year faux.")
    P("avec la double contrainte d’un minimum tous les mois de 20 % de produits locaux et d’un minimum de 20 % de produits bio, le total des 2 devant être au moins égal à 50 % (par exemple, 20 % de bio et 30 % de local, ou encore 23 % de local et 27 % de bio…)",
      [ALIM, PME], objs=[Q(20, comparator=">=", subject="produits locaux chaque mois", themes=(ALIM, PME)),
                         Q(20, comparator=">=", subject="produits bio chaque mois", themes=(ALIM,)),
                         Q(50, comparator=">=", subject="total des produits locaux et bio", themes=(ALIM,))],
      non=["20 %", "30 %", "23 %", "27 %"], notes="Tranche de phrase ; trois planchers contractuels ; les valeurs entre parenthèses sont des exemples de répartition (pièges) ; plancher mensuel, per_year faux.", ambiguous=True)
    P("Sera considéré comme produit issu d’une filière courte tout produit dont la commercialisation fait intervenir au maximum un intermédiaire (par exemple une coopérative agricole ou un supermarché s’approvisionnant directement) ou dont le lieu de production est distant d’au maximum 80 km de la cuisine centrale du prestataire.",
      [ALIM, PME], non=["un", "80 km"], notes="Définition avec seuils (piège).")

    S("https://infos.sydetom66.fr/articles-2/54-44-programmes-locaux-prevention-dechets-menagers-assimiles-plpdma/", "Programmes locaux de prévention des déchets ménagers et assimilés (SYDETOM 66)")
    P("Objectif 2020 (loi TECV n° 2015 992 du 17 aout 2015 - Transition Energétique pour la Croissance Verte) - 10 % de DMA (OMr + collecte sélective + tout venant et ensemble des flux collectés en déchèteries) par rapport à 2010, -13% à l'horizon 2025 et -16% à 2030.",
      [CIRC], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2020, baseline_year=2010, subject="déchets ménagers et assimilés"),
                    Q(13, direction="decrease", kind="relative_change", horizon=2025, baseline_year=2010, subject="déchets ménagers et assimilés"),
                    Q(16, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2010, subject="déchets ménagers et assimilés")],
      non=["2015 992", "17 aout 2015"], notes="Trajectoire légale par paliers ; le signe « - » porte la baisse ; « par rapport à 2010 » vaut pour les trois paliers.")

    S("https://www.smoce.fr/index.php/la-reduction/le-programme-local-de-prevention", "Le programme local de prévention (SMOCE, syndicat mixte)")
    P("La loi du 3 août 2009 dite « Grenelle 1 » a arrêté des dispositions nationales dans le domaine de la gestion des déchets orientées vers la prévention.Elle prévoit notamment une diminution de 15% des quantités de déchets partant en incinération ou en stockage et, dans cette perspective, fixe l’objectif de réduire la production d’ordures ménagères et assimilées de 7 % par habitant pendant les cinq prochaines années.",
      [CIRC], objs=[Q(15, direction="decrease", kind="relative_change", subject="déchets partant en incinération ou en stockage"),
                    Q(7, direction="decrease", kind="relative_change", subject="production d'ordures ménagères et assimilées par habitant")],
      non=["3 août 2009", "1", "cinq"], notes="Objectifs légaux (Grenelle) ; « pendant les cinq prochaines années » : pas d'année écrite ; 7 % sur la période, pas par an.")

    S("https://polesmetropolitains.fr/2023/03/23/consultation-publique-du-27-mars-au-15-mai-2023/", "Consultation publique du 27 mars au 15 mai 2023 sur le PCAET (Pôle métropolitain)")
    P("Pour atteindre ces objectifs, le PCAET programme 65 actions de portée générale, qui devront être mises en œuvre ensuite par chaque Établissement Public de Coopération Intercommunale (EPCI) sur son propre périmètre durant les 6 années à venir, selon ses spécificités locales et ses vulnérabilités particulières.",
      [ENV, GOV], non=["65", "6 années"], notes="Nombre d'actions et durée du plan (piège).")
    P("Un objectif commun : parvenir à réduire les émissions de GES de près de 30% et les consommations d’énergie de 20% à l’horizon 2030. Et multiplier par 3 la part des énergies renouvelables dans le mix énergétique du territoire.",
      [ENV, NRJ], objs=[Q(30, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de GES du territoire", themes=(ENV,)),
                        Q(20, direction="decrease", kind="relative_change", horizon=2030, subject="consommations d'énergie du territoire", themes=(NRJ,)),
                        Q(3, unit="x", direction="increase", kind="relative_change", subject="part des énergies renouvelables dans le mix énergétique", themes=(NRJ,))],
      notes="« près de 30% » : valeur approchée, sans comparateur ; « multiplier par 3 » est dans une phrase sans année : horizon laissé vide (2030 est plausible).", ambiguous=True)

    S("https://www.cc-payschateaugiron.fr/plan-climat-air-energie-territorial/", "Plan Climat-Air-Energie Territorial (Communauté de communes du Pays de Châteaugiron)")
    P("Avec un calendrier : il devra être opérationnel le 31 décembre de 2018, dans les intercommunalités de plus de 20 000 habitants qui ont désormais la compétence dans ce domaine.",
      [ENV, GOV], non=["31 décembre de 2018", "20 000 habitants"], notes="Échéance administrative et seuil de population (piège).")
    P("Et des objectifs précis à l’horizon 2030 : une réduction des GES (Gaz à Effet de Serre) de 40 % par rapport à 1990, une baisse de 20 % de la consommation énergétique finale par rapport à 2012 et 32 % d’énergies renouvelables dans la consommation finale d’énergie.",
      [ENV, NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, baseline_year=1990, subject="émissions de GES", themes=(ENV,)),
                        Q(20, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2012, subject="consommation énergétique finale", themes=(NRJ,)),
                        Q(32, horizon=2030, subject="énergies renouvelables dans la consommation finale d'énergie", themes=(NRJ,))],
      notes="Objectifs nationaux rappelés par l'intercommunalité ; « à l'horizon 2030 » vaut pour les trois.")

    S("https://www.prevention-dechets.gouv.fr/plan-national-prevention-dechets-ses-objectifs-ses-mesures.html", "Le plan national de prévention des déchets : ses objectifs et ses mesures (ministère de la Transition écologique)")
    P("    • Réduire de 15 % les quantités de déchets ménagers et assimilés produits par habitant en 2030 par rapport à 2010,\n    • Réduire de 5% les quantités de déchets d'activités économiques par unité de valeur produite, notamment du secteur du bâtiment et des travaux publics, en 2030 par rapport à 2010,",
      [CIRC], objs=[Q(15, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2010, subject="déchets ménagers et assimilés produits par habitant"),
                    Q(5, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2010, subject="déchets d'activités économiques par unité de valeur produite")],
      notes="Objectifs du plan national en liste à puces ; horizons et années de référence écrits.")
    P("    • Atteindre l’équivalent de 5% du tonnage des déchets ménagers en 2030 en matière de réemploi et réutilisation,\n    • Atteindre une part des emballages réemployés mis sur le marché de 5% en 2023 et 10% en 2027,",
      [CIRC], objs=[Q(5, horizon=2030, subject="réemploi et réutilisation (équivalent du tonnage des déchets ménagers)"),
                    Q(5, horizon=2023, subject="part des emballages réemployés mis sur le marché"),
                    Q(10, horizon=2027, subject="part des emballages réemployés mis sur le marché")],
      notes="Niveaux à atteindre ; trajectoire 5 % puis 10 % pour les emballages réemployés.")
    P("    • Réduire le gaspillage alimentaire de 50% d’ici 2025, par rapport à 2015, dans la distribution alimentaire et la restauration collective, et de 50% d’ici 2030, par rapport à 2015, dans la consommation, la production, la transformation et la restauration commerciale,",
      [CIRC, ALIM], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2025, baseline_year=2015, subject="gaspillage alimentaire dans la distribution et la restauration collective"),
                          Q(50, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2015, subject="gaspillage alimentaire dans la consommation, la production, la transformation et la restauration commerciale")],
      notes="Deux cibles de réduction datées, même année de référence.")

    S("https://ceser.regioncentre.fr/cms/home/actualite/transition-energetique.html", "Transition énergétique : besoin d'ACTE énergique(s) (CESER Centre-Val de Loire)")
    P("Le CESER soutient très positivement l’engagement de la Région à contribuer activement à la lutte contre le réchauffement climatique, dans le cadre de sa stratégie relative à la transition énergétique. Les objectifs chiffrés et le calendrier établi dans le projet de SRADDET confirment une volonté d’un renversement de tendance à court terme, en vue d’atteindre les objectifs à 2050 (réduction de 43 % des consommations énergétiques et neutralité carbone).",
      [NRJ, ENV], objs=[Q(43, direction="decrease", kind="relative_change", horizon=2050, subject="consommations énergétiques régionales", themes=(NRJ,))],
      notes="Objectif du projet de SRADDET cité par le CESER ; « neutralité carbone » : objectif sans valeur au sens des conventions (non étiqueté).")

    S("https://www.ville-blanquefort.fr/toutes-et-tous-acteurs/", "Toutes & tous acteurs : l’agenda 21 (Ville de Blanquefort)")
    P("Avec 91% d’actions engagées et 56% réalisées (extinction nocturne de l’éclairage public, espace test agricole, tri des bio-déchets dans les restaurants collectifs, vaisselle respectueuse de l’environnement…), l’acte 1 a permis d’éveiller les consciences et mobiliser les acteurs locaux.",
      [ENV, GOV], non=["91%", "56%"], notes="Taux d'avancement d'un agenda 21 (résultats, piège).")

    S("https://metropoletpm.fr/tpm/article/schema-de-promotion-achats-socialement-ecologiquement-responsables-spaser", "Schéma de promotion des Achats Socialement et Ecologiquement Responsables (SPASER) (Métropole Toulon Provence Méditerranée)")
    P("- un achat public au service de la performance économique pour une Métropole compétitive et innovante. Les marchés publics participent au développement de l’écosystème du territoire en soutenant les entreprises (et notamment les TPE et les PME) tout en faisant la promotion de l’innovation.",
      [PME, INNO], objective=True, notes="Ambition du SPASER sans valeur chiffrée (objectif qualitatif).", ambiguous=True)

    S("https://le64.fr/le-plan-interne-de-transition-de-la-collectivite", "Le plan interne de transition de la collectivité (Département des Pyrénées-Atlantiques)")
    P("Adopté début 2023, ce plan prévoit d’intervenir dans sept axes (achats, voirie, déplacements, énergie, numérique, alimentation et déchets) pour baisser les émissions de gaz à effet de serre de 20 % d’ici 2028, premier palier vers la neutralité carbone.",
      [ENV], objs=[Q(20, direction="decrease", kind="relative_change", horizon=2028, subject="émissions de gaz à effet de serre des activités du Département")],
      non=["2023", "sept"], notes="« baisser … de 20 % d'ici 2028 » ; date d'adoption et nombre d'axes : pièges.")

    S("https://accelair.aude.fr/actualites/gaz-effet-de-serre-la-collectivite-bonne-eleve", "Gaz à effet de serre : la collectivité bonne élève ! (Département de l’Aude)")
    P("23 438 tonnes équivalent CO2 : C'est la quantité de gaz à effet de serre produite par la collectivité, en 2024. Soit l'équivalent des émissions annuelles de 2 391 Français. Un bilan positif puisqu'il est en baisse de 12% par rapport à l'année référence 2021.",
      [ENV], non=["23 438 tonnes", "2024", "2 391", "12%", "2021"], notes="Bilan d'émissions et baisse constatée (piège).")
    P("L'objectif affiché de la collectivité est d'atteindre une baisse de de 42% d'ici à 2030, avec pour année référence 2021, tel qu'elle l'a inscrit dans sa stratégie bas carbone. Avec cette baisse constatée en 2024, le Département a déjà atteint près de 30% de son objectif.",
      [ENV], objs=[Q(42, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2021, subject="émissions de gaz à effet de serre de la collectivité")],
      non=["2024", "près de 30%"], notes="Cible de la stratégie bas carbone ; « près de 30% de son objectif » : avancement (piège) ; coquille « de de » conservée.")

    S("https://new-prod.departement13.fr/en-actions/environnement/le-departement-exemplaire-en-matiere-environnementale/strategie-0", "Stratégie d’accélération bas carbone (Département des Bouches-du-Rhône)")
    P("C’est pourquoi, le déploiement d'une stratégie concrète, lisible et applicable dans toutes les directions métiers, est essentiel pour accélérer et valoriser les actions ambitieuses que le Département engage dans la lutte contre le changement climatique, et atteindre l'objectif de neutralité carbone en 2050.",
      [ENV], objective=True, non=["2050"], notes="« neutralité carbone en 2050 » : objectif sans valeur chiffrée au sens des conventions (objectif qualitatif).", ambiguous=True)

    S("https://www.grandreims.fr/a-la-une/une/bilan-carbone-de-nos-collectivites", "Bilan carbone de nos collectivités (Grand Reims)")
    P("Le plan d’action pour diminuer les émissions de gaz à effet de serre de la ville de Reims et du Grand Reims prévoit une réduction des émissions qui suit les trajectoires de la stratégie nationale bas carbone et de la stratégie bas carbone du Grand Reims. Cela permet d’envisager à l’échéance 2030 une réduction des émissions de 26 % (soit -3,3 % par an).",
      [ENV], objs=[Q(26, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de gaz à effet de serre de la ville et du Grand Reims"),
                   Q(3.3, direction="decrease", kind="growth_rate", horizon=2030, per_year=True, subject="émissions de gaz à effet de serre (rythme annuel)")],
      notes="Même trajectoire dite deux fois : -26 % à 2030 et -3,3 % par an (taux annuel) ; « envisager » : trajectoire du plan d'action.", ambiguous=True)

    S("http://opendata.noisylegrand.fr/explore/dataset/plan-de-transition-ges/rss", "Plan de transition GES (open data de la Ville de Noisy-le-Grand)")
    P("Axe 1 : Diminuer les émissions de gaz à effet de serre (EGES) des bâtiments et développer les énergies renouvelables :\nObjectif 1 : Baisse de 20% de la consommation des bâtiments de la ville d'ici à fin 2026 :",
      [NRJ, ENV], objs=[Q(20, direction="decrease", kind="relative_change", horizon=2026, subject="consommation des bâtiments de la ville", themes=(NRJ,))],
      non=["1", "1"], notes="Intitulés d'un plan de transition ; numéros d'axe et d'objectif : pièges ; « d'ici à fin 2026 » : horizon.")
    P("Il devrait donc permettre à la ville de réduire de 20% sa consommation d’énergie sur 40 sites significatifs d’ici 2026 via des économies de gestion et de changement d’usages et de pratiques (réglage des systèmes, petits investissements et conduite du changement)",
      [NRJ], objs=[Q(20, direction="decrease", kind="relative_change", horizon=2026, subject="consommation d'énergie de 40 sites municipaux")],
      non=["40"], notes="Effet attendu d'un outil, qui décline l'objectif 1 du plan (même cible) ; 40 sites : périmètre.", ambiguous=True)
    P("Objectif 2 : Baisse de 50% de la consommation des bâtiments de la ville d'ici à 2030 :\n- Le logiciel RÉCITAL devrait permettre à la ville de réduire de 50% sa consommation d’énergie d'ici à 2030 sur l’ensemble du patrimoine bâti.",
      [NRJ], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2030, subject="consommation d'énergie des bâtiments de la ville")],
      non=["2"], notes="La même cible est dite deux fois (intitulé puis phrase) : étiquetée une fois ; numéro d'objectif : piège.", ambiguous=True)

    S("https://plan-climat.smagglo.fr/public/index.php?id=14&rub=projet", "O3A4 - Diminuer les émissions liées au transport – patrimoine collectivité (PCAET de Saint-Malo Agglomération)")
    P("Le décret « faibles émissions » encourage les collectivités à se doter de 20% d’une flotte « basse émission » lors de son renouvellement et d’avoir au moins 50% de sa flotte de véhicules de transport de personnes répondant à ces normes.",
      [ENV, NRJ], objs=[Q(20, subject="véhicules à faibles émissions lors du renouvellement de la flotte", themes=(ENV,)),
                        Q(50, comparator=">=", subject="véhicules de transport de personnes à faibles émissions", themes=(ENV,))],
      notes="Quotas réglementaires de flotte rapportés par la collectivité ; « au moins 50% » : >=.")
    P("La conversion de la flotte se poursuit. Ce sont 14 bus ou mini-bus qui roulent au GNV à ce jour (+7 véhicues commandés – en cours de fabrication).",
      [ENV, NRJ], non=["14", "+7"], notes="État du parc et commandes (piège) ; coquille « véhicues » conservée.")
    P("Ce déploiement s’inscrit dans le choix de passer à 100% des bus et BOM au bioGNV et hydrogène. Coté véhicules légers, la conversion continue également et c’est à ce jour 23% du parc qui roule à l’électrique ou au bioGNV (20 véhicules sur 73).",
      [ENV, NRJ], objs=[Q(100, direction="increase", subject="bus et bennes à ordures ménagères au bioGNV et à l'hydrogène")],
      non=["23%", "20", "73"], notes="« passer à 100% » : cible, verbe de changement (hausse) ; 23 % et 20 sur 73 : situation actuelle (pièges).")


    S("https://sante.gouv.fr/professionnels/gerer-un-etablissement-de-sante-medico-social/performance-des-etablissements-de-sante/simphonie/sante-et-environnement/planification-ecologique-en-sante/article/qu-est-ce-que-la-planification-ecologique-en-sante-432408", "Qu’est-ce que la planification écologique en santé ? (ministère de la Santé)")
    P("le système français représente plus de 8 % des émissions de gaz à effet de serre (GES) nationales soit près de 50 millions de tonnes équivalent CO2).\n l’impact de l’offre de soins représente environ 45 % de ces 50 millions de tonnes. Les médicaments et les dispositifs médicaux recouvrent les 55 % restants.",
      [SANTE, ENV], non=["plus de 8 %", "près de 50 millions de tonnes", "environ 45 %", "50 millions de tonnes", "55 %"], notes="Parts d'émissions (constat, piège).")
    P("le secteur sanitaire et médicosocial, à l’image de tous les autres, doit prendre sa part dans la nécessaire baisse des émissions de GES de 5 % par an jusqu’en 2050, afin de respecter l’engagement national français de rester sous la barre du 1,5°C supplémentaire.",
      [SANTE, ENV], objs=[Q(5, direction="decrease", kind="growth_rate", horizon=2050, per_year=True, subject="émissions de GES du secteur sanitaire et médico-social", themes=(ENV,))],
      non=["1,5°C"], notes="Baisse annuelle (taux par an) jusqu'en 2050 : horizon ; 1,5 °C : plafond de réchauffement, unité hors liste (non étiqueté).")

    S("https://cc-sudartois.fr/agir-local/climat-air-et-energie/le-pcaet", "Le PCAET (Communauté de communes du Sud-Artois)")
    P("La production d’énergie renouvelable sur le territoire couvre actuellement 22% des besoins, essentiellement grâce à l’énergie éolienne. L’objectif est de mobiliser l’ensemble du potentiel des énergies renouvelables.",
      [NRJ], objective=True, non=["22%"], notes="22 % : situation actuelle ; « mobiliser l'ensemble du potentiel » : objectif sans valeur chiffrée (non normalisé à 100 %, ce n'est pas une part d'achats ou de marchés).", ambiguous=True)
