"""Forty-first set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh41.jsonl).

Collected blind to what the extractor gets wrong (no error listing, first score or error table read, and the extractor
never run on these passages), to measure it on text nobody here had read. Pages of French public buyers other than
communes, EPCI, départements, régions and ministries, or pages about them: water syndicates (Eaux de Vienne, the Sedif,
the Siarce, Eaux de la Veaune, Eau 17), waste syndicates (SMICTOM du Pays de Fougères, SMD3), a public housing office
(13 Habitat), the CROUS network (Cnous strategy, Crous Aix-Marseille-Avignon), a grande école (École polytechnique), a
hospital (CH de Niort), hospital waste management, the museums (a Culture ministry target reported by a museum-training site) and the
firefighters' federation magazine; about climate, energy, waste and canteen targets and traps: results of the past,
statistics, budgets, counts, dates and projections. Many pages are the bodies' own sites; the others are local or trade
press about them. Pages of sites that neither the shared dev set, nor any training passage (``corpora/real``, the
collected set, the theme model's training file), nor an earlier fresh set or theme set uses (the build checks the first
ones; all hosts were checked by a script over every ``source_url`` of those files, and against the sets collected at
the same time).
Labelled with the conventions of the shared real dev set; never run through the extractor here (the lead scores it).
Every passage is copied from the opening of a public web page as the project's search tool stored it, cited by its
URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, ENV, GOV, NRJ


def load(S, P, Q) -> None:

    S("https://bilan.eauxdevienne.fr/axe-4/partenariat-innovant", "Un partenariat innovant (bilan, syndicat Eaux de Vienne)")
    P("Ainsi, nous avons identifié 17 sites propices à l’installation de panneaux solaires en autoconsommation, visant ainsi à atteindre 2,5% de la consommation annuelle d’Eaux de Vienne en énergie propre. Cependant, des défis juridiques liés aux marchés publics doivent être surmontés pour mener à bien ces projets.",
      [NRJ], objs=[Q(2.5, subject="part de la consommation annuelle d'énergie du syndicat couverte par l'autoconsommation solaire")],
      non=["17"],
      notes="« visant ainsi à atteindre 2,5% » : cible du syndicat ; « consommation annuelle » définit ce qui est compté (per_year laissé faux) ; 17 sites identifiés est un constat.", ambiguous=True)

    S("http://www.alpsbiz.com/pme/essonne-le-siarce-vote-son-plan-climat-pour-reduire-son-empreinte-carbone-2038/", "Essonne : le Siarce vote son plan climat pour réduire son empreinte carbone (alpsbiz)")
    P("Le syndicat francilien explique néanmoins avoir souhaité se fixer des objectifs environnementaux précis afin de diminuer son empreinte carbone. Il s’est ainsi imposé la mesure ambitieuse de réduire de 43 % ses émissions de gaz à effet de serre et de 20 % sa consommation d’énergie, en six ans (de 2021 à 2026).",
      [ENV, NRJ], objs=[Q(43, direction="decrease", kind="relative_change", subject="émissions de gaz à effet de serre du syndicat", themes=(ENV,)),
                        Q(20, direction="decrease", kind="relative_change", subject="consommation d'énergie du syndicat", themes=(NRJ,))],
      non=["six ans", "2021", "2026"],
      notes="Deux baisses relatives ; « en six ans (de 2021 à 2026) » est la période du plan climat, laissée hors horizon comme une période de schéma (on pourrait lire 2026 comme horizon).", ambiguous=True)
    P("Le SIARCE a commencé par réaliser un bilan carbone pour l’ensemble du territoire des 70 communes adhérentes (y compris pour ses propres activités). Il a ensuite décliné son plan en 33 actions opérationnelles (regroupées en 15 fiches d’actions) étalées sur six ans.",
      [ENV, GOV], non=["70", "33", "15", "six ans"], notes="Comptes de communes, d'actions et de fiches, durée du plan (piège).")

    S("https://www.europesays.com/fr/238949", "Le Sedif et le Sigeif : l'énergie solaire pour pomper l'eau (europesays)")
    P("Des panneaux solaires devraient donc fleurir dans les années qui viennent sur les dizaines de stations de pompage, les 91 cuves ou encore ses trois usines de production. D’ici 2030, 5% de l’énergie consommée par le service de l’eau devra être autoproduite.",
      [NRJ], objs=[Q(5, horizon=2030, subject="part de l'énergie consommée par le service de l'eau autoproduite")],
      non=["91", "trois"], notes="Cible du Sedif à 2030 ; 91 cuves et trois usines sont des comptes d'ouvrages.")

    S("https://www.france-eaupublique.fr/actualites/panneaux-des-eaux-de-la-veaune/", "Des panneaux photovoltaïques pour les Eaux de la Veaune (France Eau Publique)")
    P("Eaux de la Veaune a connu un moment fort cet été avec l’inauguration de 4 trackers photovoltaïques. Ce projet d’un coût de 250.000 euros vise à améliorer l’autonomie énergétique du syndicat qui distribue l’eau potable pour 20 000 habitants des communes membres.",
      [NRJ], non=["4", "250.000 euros", "20 000"],
      notes="Équipement inauguré, coût et population desservie (piège) ; « vise à améliorer » est un but qualitatif d'un projet déjà réalisé.")

    S("https://www.helenefm.com/?p=65126", "Eau 17 inaugure une centrale photovoltaïque à la station d'épuration de Saint-Trojan-les-Bains (Hélène FM)")
    P("Après plusieurs mois de travaux, cette centrale est désormais opérationnelle et permet de couvrir 30% des besoins énergétiques de la station.",
      [NRJ], non=["30%"], notes="Part couverte par une installation en service (constat, piège).")

    S("https://thotismedia.com/bio-repas-crous", "Le bio et les repas végétariens dans les Crous : soutien de l'État à la stratégie de transition écologique (Thotis)")
    P("Pleinement mobilisé dans l’atteinte des objectifs des lois Agec, Egalim et climat et résilience, le réseau des Crous a mis en place une stratégie de transition écologique ambitieuse. Présentée à la rentrée 2023, cette stratégie prévoit une baisse de 4,7 % par an des émissions de GES du réseau des Crous.",
      [ENV], objs=[Q(4.7, direction="decrease", kind="growth_rate", per_year=True, subject="émissions de GES du réseau des Crous")],
      non=["2023"], notes="Baisse annuelle : taux de variation par an ; 2023 est la date de présentation.")
    P("Parallèlement, le réseau des Crous est engagé depuis plusieurs années dans la végétalisation accrue de son offre, avec un objectif de taux de prise de repas végétariens de 30 % en 2025 et de 50 % en 2030.",
      [ALIM, ENV], objs=[Q(30, horizon=2025, subject="taux de prise de repas végétariens dans les Crous", themes=(ALIM,)),
                         Q(50, horizon=2030, subject="taux de prise de repas végétariens dans les Crous", themes=(ALIM,))],
      notes="Trajectoire à deux paliers : deux objectifs.")
    P("Avec plus de 40 millions de repas sociaux servis en 2023, la restauration des Crous représente un levier majeur de transformation écologique et d’amélioration de la santé des étudiants.",
      [ALIM], non=["40 millions", "2023"], notes="Volume d'activité passé (piège).")

    S("https://inside.cookorico.com/actualites/les-crous-reinventent-la-restauration-universitaire-engagement-ecologique-et-reduction-de-l-impact-carbone", "Les Crous réinventent la restauration universitaire : engagement écologique et réduction de l'impact carbone (Cookorico)")
    P("L'objectif pour l'année académique 2024/2025 est de servir 30 % de repas végétariens et d'améliorer la qualité des produits carnés, avec l'introduction de steaks hachés de bœuf bio et de viande de porc de label rouge. De plus, une initiative pour diminuer le gaspillage alimentaire à 60 grammes par repas est en cours, tout comme la réduction de l'utilisation des plastiques à usage unique.",
      [ALIM, CIRC], objs=[Q(30, horizon=2025, subject="part de repas végétariens servis dans les Crous", themes=(ALIM,)),
                          Q(60, unit="g", direction="decrease", kind="absolute", subject="gaspillage alimentaire par repas", themes=(ALIM, CIRC))],
      notes="« année académique 2024/2025 » lue comme horizon 2025 ; « diminuer … à 60 grammes par repas » : niveau visé avec un verbe de baisse (decrease) ; l'unité gramme n'est pas dans la liste des conventions (« g »).", ambiguous=True)
    P("Au coeur de l'initiative des Crous pour diminuer leur impact carbone, la restauration représente un enjeu majeur. En 2023, une baisse notable de 3,5 % des émissions de gaz à effet de serre a été observée dans ce secteur. Cette performance est notamment attribuée à la révision des menus, avec une augmentation des options végétariennes et une réduction de 7 % de la viande rouge.",
      [ENV, ALIM], non=["2023", "3,5 %", "7 %"], notes="Baisses déjà observées (résultats, piège) malgré les mots de changement.")

    S("https://lemeridional.com/index.php/2023/08/03/13-habitat-revoit-ses-ambitions-a-la-hausse/", "13 Habitat revoit ses ambitions à la hausse (Le Méridional)")
    P("Des ambitions revues à la hausse puisque ce ne sont pas moins de 2 000 logements supplémentaires qui feront l’objet d’une réhabilitation et d’une rénovation énergétique, soit un total de 22 000 logements, l’équivalent des deux tiers du parc immobilier HLM de 13 Habitat.",
      [NRJ], objs=[Q(2000, unit="count", direction="increase", kind="absolute", comparator=">=", subject="logements supplémentaires à réhabiliter et rénover énergétiquement"),
                   Q(22000, unit="count", kind="absolute", subject="logements réhabilités et rénovés énergétiquement au total")],
      non=["deux tiers", "13"],
      notes="« pas moins de 2 000 logements supplémentaires » : hausse de l'objectif (≥) ; 22 000 est le total visé ; « deux tiers » traduit la part du parc (équivalence) ; 13 est dans le nom de l'office.", ambiguous=True)
    P("« Dans les cinq prochaines années, nous aurons réhabilité 10 000 logements, soit près de la moitié de notre objectif », indique Frédéric Mignon, directeur du patrimoine de 13 Habitat.",
      [NRJ], objs=[Q(10000, unit="count", kind="absolute", subject="logements réhabilités dans les cinq prochaines années")],
      non=["cinq", "la moitié", "13"],
      notes="Étape intermédiaire annoncée au futur antérieur : cible sans année écrite (« cinq prochaines années ») ; « la moitié » rapporte l'étape à l'objectif total.", ambiguous=True)

    S("https://www.smictom-fougeres.fr/comprendre-la-redevance/lexperimentation-redevance-incitative/", "L'expérimentation de la redevance incitative (SMICTOM du Pays de Fougères)")
    P("Objectif de la redevance incitative : mettre son bac à la collecte 12 fois ou moins dans l’année.",
      [CIRC], objs=[Q(12, unit="count", kind="absolute", comparator="<=", per_year=True, subject="présentations du bac d'ordures ménagères à la collecte par foyer et par an")],
      notes="Cible proposée aux usagers par le syndicat (« 12 fois ou moins » : borne haute) ; « dans l'année » lu comme un rythme annuel.", ambiguous=True)
    P("Elle sera de 0€ si le bac est sorti 12 fois ou moins. Elle augmentera de quelques euros à chaque passage supplémentaire.",
      [CIRC], non=["0€", "12"], notes="Règle de tarification (seuil de la part variable), pas une cible (piège).")

    S("https://smd3.fr/projet-de-grille-tarifaire-2023-de-la-redevance-incitative/", "Projet de grille tarifaire 2023 de la redevance incitative (SMD3, syndicat mixte de Dordogne)")
    P("La loi de transition énergétique prévoit en effet une division par deux des tonnages enfouis d’ici 2025 par rapport à 2010.",
      [CIRC], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2025, baseline_year=2010, subject="tonnages de déchets enfouis")],
      notes="Objectif légal national rappelé par le syndicat ; « division par deux » normalisée en baisse de 50 % (comme « de moitié »).", ambiguous=True)
    P("Ce programme s’accompagne de la mise en œuvre d’un dispositif fiscal déjà éprouvé auprès de 5 millions d’habitants en France et qui permet de réduire les quantités de déchets collectées de 30 à 50 % :",
      [CIRC], non=["5 millions", "30 à 50 %"], notes="Statistique sur l'effet constaté du dispositif ailleurs (piège), pas une cible du syndicat.", ambiguous=True)

    S("https://www.agglotv.com/?p=60975", "L'École polytechnique publie son Plan climat (AggloTV)")
    P("L’École a ainsi publié en 2020 un premier bilan carbone du campus, permettant d’établir un diagnostic et de définir des trajectoires de réduction de ses émissions pour parvenir à la neutralité carbone à l’horizon 2050.",
      [ENV], objective=True, non=["2020", "2050"],
      notes="Neutralité carbone à 2050 : objectif qualitatif (pas normalisé en valeur) ; 2020 est la date du bilan.", ambiguous=True)

    S("https://www.marcelle.media/les-restos-u-la-jouent-ecoresponsable", "Les restos U la jouent écoresponsable (Marcelle, Crous Aix-Marseille-Avignon)")
    P("Midi. L’heure du rush. Au « resto U » du campus universitaire de Saint-Jérôme à Marseille (13e arrondissement), entre 1 000 et 1 200 personnes sont attendues.",
      [ALIM], non=["13e", "1 000", "1 200"], notes="Fréquentation (constat, piège).")

    S("https://groupe-6.com/hopitaldufutur/conversations/re2020-decret-tertiaire", "#hôpitaldufutur : RE2020 et décret tertiaire, entretien avec Bernard Jourdain, CH de Niort (Groupe-6)")
    P("On a également construit un bâtiment positif d’à peu près 1 200 m2, c’est un hôpital de jour, et on a changé les chaufferies gaz en chaufferie bois, pour pouvoir faire des économies, importantes aujourd’hui au regard de la question énergétique.",
      [NRJ, ENV], non=["1 200 m2"], notes="Réalisations passées (piège).")

    S("https://www.pompiers.fr/actualites/la-protection-de-lenvironnement-fait-tache-dhuile", "La protection de l'environnement fait tache d'huile (Fédération nationale des sapeurs-pompiers de France)")
    P("Les véhicules électriques représentent une part grandissante du marché: +50% d’augmentation des immatriculations en juillet dernier par rapport à la même période de l’année précédente… mais seulement 1% du parc global.",
      [ENV], non=["+50%", "1%"], notes="Statistiques du marché automobile (piège) malgré « augmentation ».")

    S("https://formation-exposition-musee.fr/l-art-de-muser/2561-une-annee-verte-pour-les-musees", "Une année verte pour les musées (Formation exposition musée)")
    P("L’un des objectifs fixés par le ministère de la Culture est que d’ici 2025, chaque structure culturelle dispose d’un bilan ou d’un référentiel carbone.",
      [ENV, GOV], objs=[Q(100, horizon=2025, subject="structures culturelles (musées) dotées d'un bilan ou d'un référentiel carbone")],
      notes="« chaque structure culturelle » normalisé à 100 % ; objectif du ministère de la Culture pour les établissements culturels, rapporté par un site sur les musées.", ambiguous=True)
