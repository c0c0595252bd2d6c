"""Thirtieth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh30.jsonl).

Collected in issue 15's thirty-first pass, blind to what the extractor gets wrong (no error listing, first score or
error table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages
of départements, their consular chambers, syndicats and parcs naturels régionaux only: two départements' news sites
and magazines (Meuse, Haute-Marne, Hérault, the Indre-et-Loire news site), a département's energy syndicate (SDE 82)
and a waste-and-energy syndicate (SYDED), a chamber of trades (CMA des Hautes-Pyrénées, relaying the national
network's commitments) and a regional chamber of trades (CMA Alsace-Moselle Grand Est), parcs naturels régionaux
(Normandie-Maine, Périgord-Limousin) and the parks' federation with its resource centre; about apprenticeship, carbon,
energy and budget targets and traps: results of the past, statistics, budgets, aid rates, counts, dates and
durations. No commune's or EPCI's page, no State body, no press, no company. Pages of sites that neither the shared dev
set, nor any training passage (``corpora/real``, the collected set, the theme model's training file), nor an earlier
fresh set or theme set uses (the build checks the first ones; the theme sets' hosts, and those of fresh29, fresh31,
fresh32 and theme set 8 being collected at the same time, were checked by hand). A small set: the time box of the pass
ran out (this segment's sites are much used by the earlier sets).
Labelled with the conventions of the shared real dev set; never run through the extractor here (the lead scores it).
Every passage is copied from the opening of a public web page as the project's search tool stored it, cited by its
URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ENV, GOV, NRJ

BIO = "biodiversite"


def load(S, P, Q) -> None:

    S("https://cma65.fr/actus/reforme-de-l-apprentissage/429/0", "Réforme de l'apprentissage (Chambre de métiers et de l'artisanat des Hautes-Pyrénées)")
    P("Le réseau des chambres de métiers et de l’artisanat se mobilise. Objectif : 60 000 apprentis supplémentaires d’ici 2022",
      [], objs=[Q(60000, "count", "increase", "absolute", horizon=2022, subject="apprentis supplémentaires formés par le réseau des CMA")],
      notes="Cible chiffrée du réseau consulaire (« supplémentaires » : hausse, volume) ; l'apprentissage n'a pas de thème dans la taxonomie.")
    P("Pour Bernard Stalter, président de l’assemblée permanente des chambres de métiers et de l’artisanat –APCMA- : « nous nous devons tous de prendre nos responsabilités dans la mobilisation générale en faveur de l’emploi. Le réseau des CMA est prêt à s’engager sur la formation de 40 % d’apprentis, futurs artisans et futurs chefs d’entreprise, en plus d’ici 2022 ».",
      [], objs=[Q(40, "%", "increase", "relative_change", horizon=2022, subject="hausse du nombre d'apprentis formés par le réseau des CMA")],
      notes="« 40 % d'apprentis … en plus » : une hausse relative du nombre d'apprentis, pas une part.")
    P("Face au fléau du chômage qui impacte notre pays, notamment les jeunes, et alors que les entreprises artisanales, qui souffrent d’un manque de personnel qualifié, offrent 700 000 postes à pourvoir, le réseau des chambres de métiers et de l’artisanat –CMA- se mobilise.",
      [], non=["700 000"], notes="Nombre de postes à pourvoir (statistique, piège).")
    P("Muriel Pénicaud salue « la mobilisation de l’APCMA et de son réseau qui vont tout mettre en oeuvre pour accueillir et former 60 000 jeunes apprentis par an d’ici 2022.",
      [], objs=[Q(60000, "count", "reach", "absolute", horizon=2022, per_year=True, subject="jeunes apprentis accueillis et formés par le réseau des CMA")],
      notes="Tranche d'une phrase (citation ouverte) ; « par an d'ici 2022 » : volume annuel à atteindre (la ministre reformule les 60 000 supplémentaires comme un flux annuel).", ambiguous=True)

    S("https://cma65.fr/actus/reforme-de-l-apprentissage/428/0", "Réforme de l'apprentissage, communiqué de l'APCMA (Chambre de métiers et de l'artisanat des Hautes-Pyrénées)")
    P("Bernard Stalter, président de l’APCMA :\n« L’objectif de 60 000 apprentis supplémentaires d’ici 2022, ça commence dès aujourd’hui »",
      [], objs=[Q(60000, "count", "increase", "absolute", horizon=2022, subject="apprentis supplémentaires formés par le réseau des CMA")],
      notes="Même cible que sur l'autre page, autre formulation (titre du communiqué).")
    P("Le réseau des chambres de métiers et de l’artisanat s’est engagé mercredi 30 mai, aux côtés du Ministère du travail, à participer à la formation de 40 % d’apprentis de plus d’ici 2022 passant ainsi de 140 000 dans les entreprises artisanales à 200 000 jeunes formés.",
      [], objs=[Q(40, "%", "increase", "relative_change", horizon=2022, subject="hausse du nombre d'apprentis formés dans l'artisanat"),
                Q(200000, "count", "increase", "absolute", horizon=2022, baseline_value=140000, subject="jeunes formés en apprentissage dans les entreprises artisanales")],
      non=["30 mai", "140 000"], notes="Deux expressions de la même cible : +40 % et le passage de 140 000 à 200 000 (« passant de … à » : hausse, valeur de départ 140 000) ; « 30 mai » : date de l'engagement.")
    P("Dès aujourd’hui, vendredi 1er juin, de nouveaux contrats d’apprentissage vont être signés par Bernard Detrez, président de la chambre des métiers des Ardennes.",
      [], non=["1er juin"], notes="Date d'un événement (piège).")

    S("https://e-mag.meuse.fr/le-departement-de-la-meuse-en-pointe-pour-la-reduction-de-son-empreinte-carbone/12/2022/", "Le Département de la Meuse, en pointe pour la réduction de son empreinte carbone (Meuse, e-mag du Département)")
    P("C’est pourquoi le Département est engagé, depuis 2019, dans une démarche de transition écologique, véritable projet de territoire ayant pour ambition d’orienter le département vers un nouveau modèle économique, social et environnemental efficace et collaboratif.",
      [ENV], non=["2019"], notes="Date d'engagement (« depuis 2019 ») ; l'ambition n'est pas chiffrée : piège (pas d'objectif chiffré).", ambiguous=True)
    P("Ce plan, établi après une analyse précise des émissions carbone de toutes les activités de la collectivité, doit ainsi permettre au Département de respecter les objectifs de l’Accord sur le Climat\nde Paris qui ambitionne d’atteindre la neutralité carbone en France en 2050.",
      [ENV], objective=True, non=["2050"],
      notes="Objectif qualitatif (neutralité carbone, sans valeur chiffrée) ; 2050 est l'échéance de l'Accord de Paris rappelée.", ambiguous=True)
    P("L’Assemblée départementale a voté le 6 juillet 2022 un Plan de transition très ambitieux visant à réduire l’empreinte carbone de la collectivité de 40 % d’ici 2030 par rapport à l’année 2019.",
      [ENV], objs=[Q(40, "%", "decrease", "relative_change", horizon=2030, baseline_year=2019, subject="empreinte carbone de la collectivité")],
      non=["6 juillet 2022"], notes="Date d'adoption du plan, pas un horizon.")
    P("Pour cela un ensemble d’actions sera mis en place progressivement d’ici 2030, avec par exemple :\n• une baisse de 40 % des consommations énergétiques sur tous les bâtiments départementaux, dont les collèges, grâce notamment à des travaux d’isolation thermique,",
      [NRJ], objs=[Q(40, "%", "decrease", "relative_change", horizon=2030, subject="consommations énergétiques des bâtiments départementaux")],
      notes="L'horizon « d'ici 2030 » est dans l'amorce de la liste, dans le passage.")
    P("• L’électrification de l’ensemble de la flotte de véhicules légers,\n• la plantation de près de 30 000 arbres sur des parcelles\ndépartementales.",
      [ENV, BIO], objs=[Q(100, subject="véhicules légers de la flotte électrifiés", themes=(ENV,)),
                        Q(30000, "count", "reach", "absolute", subject="arbres plantés sur des parcelles départementales", themes=(BIO,))],
      notes="« l'ensemble de la flotte » normalisé à 100 % ; « près de 30 000 » : cible approchée, sans comparateur ; l'horizon 2030 est dans la phrase d'amorce, hors du passage.", ambiguous=True)

    S("https://www.syded.fr/eclairage-public/", "Éclairage public (SYDED, syndicat départemental d'énergies et de déchets)")
    P("La participation du SYDED aux projets d’éclairage public s’élève 40% du montant hors taxes pour les communes de plus de 2000 hab et de 50% pour les communes de moins de 2000 hab, sous réserve qu’elles respectent des dispositions d’efficacité énergétique.",
      [NRJ], non=["40%", "2000", "50%", "2000"], notes="Taux d'aide et seuils de population (règles d'un dispositif, piège).")
    P("Chaque année c’est un montant de l’ordre de 1,5 millions d’euros de crédits du SYDED qui permet de financer entre 100 et 200 dossiers communaux. Les certificats d’économies d’énergie (CEE) générés par ces travaux s’élèvent à 3 à 4 millions de kWh Cumac chaque année.",
      [NRJ], non=["1,5 millions d’euros", "100", "200", "3 à 4 millions de kWh Cumac"], notes="Budget annuel, nombre de dossiers et volume de CEE constatés (« chaque année » : pas une cible).")

    S("https://www.sde82.fr/energies/strategie-territoriale/", "Stratégie territoriale (SDE 82, syndicat départemental d'énergie de Tarn-et-Garonne)")
    P("Le SDE 82 s’est engagé aux côtés des intercommunalités dans l’élaboration des PCAET. Pour ce faire, il a piloté une étude sur le dimensionnement des réseaux d’électricité et de gaz naturel.",
      [NRJ, ENV], non=["82"], notes="« 82 » est dans le nom du syndicat ; action passée (piège).")
    P("Ouverture des ateliers sur les énergies renouvelables le 16 janvier 2020",
      [NRJ], non=["16 janvier 2020"], notes="Date d'un événement (titre, piège).")

    S("https://touraine-actualites.fr/actualites-departementales/institution/actualites-institutionnelles/budget-2023-une-edition-resolument-volontaire-et-realiste.html", "Budget 2023 : une édition résolument volontaire et réaliste (Touraine actualités, Département d'Indre-et-Loire)")
    P("Dans un contexte incertain, renforcé par une inflation record, les crises sociales et climatiques, les besoins des citoyens sont importants et le Département se mobilise. Le budget global pour 2023 s’élève à 794 millions d’euros, en hausse de 10 % par rapport à l’année précédente.",
      [], non=["2023", "794 millions d’euros", "10 %"], notes="Budget voté et son évolution (piège) ; passage général sans thème.")
    P("Avec 25 millions d’euros de budget, les collèges sont le premier budget d’investissement du Département. En 2023, 25 millions d’euros seront consacrés à l’entretien et à la restructuration des collèges :",
      [], non=["25 millions d’euros", "2023", "25 millions d’euros"], notes="Budget d'investissement (au futur, mais un budget n'est pas un objectif, piège).")
    P("  • 600 000 euros en faveur de l’accélération de la végétalisation des cours de récréation ;",
      [BIO], non=["600 000 euros"], notes="Ligne budgétaire (piège) ; végétalisation : biodiversité.", ambiguous=True)

    S("https://haute-marne.fr/le-departement-investit-massivement-pour-les-collegiens/", "Le Département investit massivement pour les collégiens (Département de la Haute-Marne)")
    P("D’un point de vue budgétaire, pour 2023, le Conseil départemental de la Haute-Marne prévoit de consacrer près de 3,88 millions d’euros à la maintenance ainsi que 700 000 € à l’acquisition de mobiliers, matériels et équipements moins énergivores.",
      [NRJ], non=["2023", "3,88 millions d’euros", "700 000 €"], notes="Budgets prévus (piège) ; équipements moins énergivores : énergie.")
    P("Près de 4,58 millions d’euros sont ainsi consacrés au collège soit un investissement par élève de plus de 704 €. Il était de 515 € en 2022 et de 287 € en 2021.",
      [], non=["4,58 millions d’euros", "704 €", "515 €", "2022", "287 €", "2021"], notes="Budget et son évolution passée (piège) ; passage général sans thème.")

    S("https://herault.fr/20-transition-ecologique-et-climatique.htm", "Transition écologique et climatique (Département de l'Hérault)")
    P("Le Département a intégré la notion de développement durable dans ses actions depuis près de 20 ans, l’incorporant progressivement au cœur de sa politique.",
      [ENV], non=["20 ans"], notes="Durée passée (piège).")

    S("http://www.pnr-perigord-limousin.fr/Le-Parc/Les-actions/Climat-Energie/Plan-Climat-Energie-territorial", "Plan Climat Énergie territorial (Parc naturel régional Périgord-Limousin)")
    P("Afin de préparer le territoire à ces évolutions, d'identifier ses points faibles et ses points forts, un diagnostic territorial \"énergie et gaz à effet de serre\" a été conduit sur le territoire du Parc en 2008.",
      [ENV, NRJ], non=["2008"], notes="Diagnostic passé daté (piège).")
    P("  • 55 % des rejets de gaz à effet de serre liés à l'activité humaine sur le territoire du Parc sont d'origine \"non énergétique\" : ils sont essentiellement dus à l'activité agricole.",
      [ENV], non=["55 %"], notes="Résultat du diagnostic (statistique, piège).")
    P("  • Pour les 45 % restant, les rejets de gaz à effet de serre sont dus à la consommation d'énergie, pour le transport (22 % des consommations d'énergie, 38 % des rejets de GES) et l'habitat  (53 % des consommations d'énergie, 36 % des rejets de GES)",
      [ENV, NRJ], non=["45 %", "22 %", "38 %", "53 %", "36 %"], notes="Répartition des émissions et des consommations (statistiques, piège).")

    S("https://www.parc-naturel-normandie-maine.fr/qu-est-ce-qu-une-charte.html", "Qu'est-ce qu'une charte ? (Parc naturel régional Normandie-Maine)")
    P("La charte d’un Parc naturel régional définit pour 15 ans les orientations de protection, de mise en valeur et de développement du Parc, ainsi que les mesures qui lui permettent de les mettre en œuvre.",
      [GOV], non=["15 ans"], notes="Durée de validité de la charte (piège).")
    P("Elle a une validité de 15 ans, depuis la loi Biodiversité adoptée en 2016.",
      [GOV], non=["15 ans", "2016"], notes="Durée légale et date d'une loi (piège).")

    S("https://parcs-naturels-regionaux.fr/les-enjeux/energie-et-climat/climat-energie-et-architecture-dans-les-parcs-naturels-regionaux-de", "Climat, Énergie et Architecture dans les Parcs naturels régionaux de France (Fédération des Parcs naturels régionaux)")
    P("Parce qu’ils expérimentent une autre façon de vivre les territoires ruraux, en réconciliant développement humain, culturel, économique et environnemental, les 58 Parcs naturels régionaux se sont naturellement engagés pour lutter contre le changement climatique : vers l’autonomie énergétique, la sobriété de la consommation, la production d’énergie renouvelable, l’adaptation des territoires aux changements climatiques en cours.",
      [ENV, NRJ], objective=True, non=["58"], notes="Engagement qualitatif des Parcs ; « 58 » compte les Parcs.", ambiguous=True)
    P("Fin 2013, la Fédération a annoncé l’engagement du réseau dans une démarche collective « Autonomie énergétique des Parcs à l’horizon 2030 ».",
      [NRJ], objective=True, non=["2013"],
      notes="Objectif qualitatif (autonomie énergétique, sans valeur chiffrée ; on pourrait y lire 100 %) à l'horizon 2030, dans le nom de la démarche ; 2013 : date de l'annonce.", ambiguous=True)

    S("https://www.parcs-naturels-regionaux.fr/centre-de-ressources/experience/plan-dactions-pour-reduire-la-consommation-energetique", "Plan d'actions pour réduire la consommation énergétique (Fédération des Parcs naturels régionaux, centre de ressources)")
    P("Le Plan climat 2004 pour la France projète, à échéance de 2050, une division de 4 à 5 des émissions actuelles de gaz à effet de serre, dans le but d’inverser la tendance insoutenable.",
      [ENV], objs=[Q(4, "x", "decrease", "relative_change", horizon=2050, value_max=5, subject="émissions de gaz à effet de serre de la France (facteur de division)")],
      non=["2004"], notes="Objectif national rappelé par le Parc : « division de 4 à 5 » → facteur 4 à 5 (x), baisse, plage ; 2004 : année du plan.", ambiguous=True)
    P("Dans ce contexte international, le Parc naturel régional de Loire-Anjou-Touraine a créé, en 2005, un groupe de travail « énergie » composé d’élus et de techniciens spécialisés dans le but d’intégrer à sa nouvelle charte une politique énergétique durable. Il s’est lancé, en 2006, dans l’élaboration d’un Schéma énergétique de territoire, outil de détermination du scénario alternatif.",
      [NRJ, GOV], non=["2005", "2006"], notes="Actions passées datées (piège).")

    S("https://www.cma-alsace-moselle-grandest.fr/actualites/clone-semaine-de-lapprentissage-dans-lartisanat-alsace", "Du 24 au 31 janvier : semaine de l'apprentissage dans l'artisanat (CMA Alsace-Moselle Grand Est)")
    P("Les Chambres de Métiers et de l’Artisanat se mobilisent partout en France pour promouvoir les 250 métiers de l’artisanat et son modèle de formation : l’apprentissage. Du 24 au 31 janvier, la Semaine de l’Apprentissage est l’occasion unique pour les jeunes de trouver leur métier-passion et découvrir la meilleure façon de s’y former !",
      [], non=["250", "24", "31 janvier"], notes="Compte de métiers et dates d'un événement (piège) ; sans thème.")
