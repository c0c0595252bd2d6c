"""Thirty-seventh set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh37.jsonl).

Collected in issue 15's thirty-eighth pass, blind to what the extractor gets wrong (no error listing, first score or
error table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages
of French local public bodies only: communes (a plan to plant 5 000 trees, night-time switch-off of street lighting,
a school canteen's organic label), intercommunalités (a PCAET page, a waste-collection page about a syndicat's
programme) and a waste collection and treatment syndicate; about operating targets (waste per inhabitant, landfill,
trees planted, energy-positive territory) and traps: results of the past, costs, estimates, votes, label levels and
dates. No State body, no national body, no press, no association, no company. The stored pages corpus holds very few
unused pages of this kind (almost every hit of about thirty searches was refused as a host of an earlier set), so the
set is much smaller than planned and its share of passages with a quantified objective is below the dev set's. Pages
of sites that neither the shared dev set, nor any training passage (``corpora/real``, the collected set), nor an
earlier fresh set or theme set uses (the build checks the first ones; every host was also checked against the
registrable domains of every ``source_url`` under ``corpora/`` and of the dev set, and against the sets being
collected at the same time). Labelled with the conventions of the shared real dev set; never run through the
extractor here (the lead scores it). Every passage is copied from the opening of a public web page as the project's
search tool stored it, cited by its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, ENV, GOV, NRJ

BIO = "biodiversite"


def load(S, P, Q) -> None:

    S("https://www.nanterre.fr/actualites/actualite/le-plan-5-000-arbres-quest-ce-que-cest", "Le plan 5 000 arbres, qu’est-ce que c’est ? (Ville de Nanterre)")
    P("Ils favorisent la biodiversité, apportent bien-être et détente, embellissent le cadre de vie, atténuent la chaleur de nos villes en été… Les arbres ont de multiples vertus et c’est la raison pour laquelle l’équipe municipale a engagé une mesure phare lors de son élection en mars 2020 : faire en sorte que 5 000 arbres soient plantés sur le territoire au cours des six ans de son mandat.",
      [BIO, ENV], objs=[Q(5000, "arbres", kind="absolute", subject="arbres plantés sur le territoire au cours du mandat")],
      non=["mars 2020", "six ans"], notes="Engagement de mandat : 5 000 arbres en six ans (cible de volume) ; « six ans » est la durée du mandat, pas un horizon écrit.")
    P("Quatre ans après son démarrage, le plan totalise donc 2 521 arbres plantés, auxquels s’ajoutent 1 077 plantations sur des terrains privés, ce qui porte le nombre total d’arbres plantés à 3 598.",
      [BIO], non=["Quatre ans", "2 521", "1 077", "3 598"], notes="Bilan d'étape (résultats, piège) ; « porte … à 3 598 » décrit un total atteint.")

    S("https://www.quimper.bzh/actualite/21309/3-extinction-nocturne-experimentation-en-cours.htm", "Extinction nocturne : expérimentation en cours (Ville de Quimper)")
    P("L’éclairage public représente près d’un tiers de la consommation électrique totale de la Ville (soit 630 000 euros par an). 90 % du patrimoine public bénéficie déjà d’un dispositif d’économie d’énergie : leds, réduction de puissance la nuit, extinction au cœur de la nuit sur des chemins piétons…",
      [NRJ], non=["un tiers", "630 000 euros", "90 %"], notes="Constats (part de la consommation, dépense annuelle, équipement déjà réalisé) : piège.")
    P("Cela conduit à agir sur 2 800 points lumineux (sur une totalité de 10 000), pour un coût de 7 500 euros, et permet de réduire la facture d’environ 80 000 euros par an. Si l’expérimentation est positive, 2 800 autres points lumineux pourraient être concernés.",
      [NRJ], non=["2 800", "10 000", "7 500 euros", "80 000 euros", "2 800"], notes="Périmètre, coût et économie estimée d'une expérimentation en cours ; extension seulement éventuelle (« pourraient ») : piège.", ambiguous=True)

    S("http://www.saint-marcel27.fr/blog/derniere-minute/consommations-d-energie.html", "Extinction partielle de l'éclairage public (Commune de Saint-Marcel, Eure)")
    P("92 % des votants s’y sont montrés favorables. \nOutre la réduction de la facture de consommation d’électricité (estimée à 33 000 € HT), cette action contribuera également à la préservation de l’environnement par la limitation des émissions de gaz à effet de serre et la lutte contre les nuisances lumineuses.",
      [NRJ, ENV], non=["92 %", "33 000 € HT"], notes="Résultat d'un vote et économie estimée (piège).")

    S("https://sictomu.fr/produire-moins-de-dechets-et-mieux-trier", "Produire moins de déchets et mieux trier (SICTOMU, syndicat de collecte et de traitement des ordures ménagères de la région d'Uzès)")
    P("Le SICTOMU, syndicat intercommunal de collecte et de traitement des ordures ménagères de la région d’Uzès représentant 35 communes issues de deux communautés de communes (CC Pont du Gard et CC d’Uzès), poursuit son objectif de réduction du volume des ordures ménagères à 100kg par an et par habitant.",
      [CIRC], objs=[Q(100, "kg", "decrease", "absolute", per_year=True, subject="ordures ménagères par habitant et par an")],
      non=["35"], notes="Niveau cible (100 kg/hab/an) exprimé par un verbe de réduction : direction decrease, valeur = niveau visé ; « par an » : per_year.", ambiguous=True)
    P("Alors qu’en 2022, chaque habitant du territoire produit 235kg d’ordures ménagères par an, le défi pour le SICTOMU semble présomptueux. Pourtant, l’observation du contenu des sacs noirs offre un constat des plus incroyables : 62% des déchets seraient valorisables s’ils étaient déposés dans la filière adéquate ou simplement compostés.",
      [CIRC], non=["2022", "235kg", "62%"], notes="Constats (production actuelle, caractérisation) : piège.")
    P("Aujourd’hui les ordures ménagères collectées par le SICTOMU sont enfouies dans un centre de stockage situé à Bellegarde sans aucune forme de valorisation.\nLe recours à cette méthode d’élimination doit, conformément à la législation, se réduire considérablement d’ici 2030 (-60%).",
      [CIRC], objs=[Q(60, direction="decrease", kind="relative_change", horizon=2030, subject="recours à l'enfouissement des ordures ménagères")],
      notes="Obligation légale rappelée (objectif) : baisse de 60 % d'ici 2030 ; base non écrite.", ambiguous=True)
    P("Le monde des déchets est en train de connaitre des transformations majeures et les coûts de traitement en centre d’enfouissement ou d’incinération augmentent en permanence tout comme la taxe générale sur les activités polluantes dont doit s’acquitter le SICTOMU. Elle représente à elle seule une dépense supplémentaire de 300 000€ par an (soit l’équivalent de 0,7 points de TEOM).",
      [CIRC], non=["300 000€", "0,7 points"], notes="Coût annuel (piège), « par an » décrit une dépense.")

    S("https://rivesdelalaurence.fr/semoctom-du-nouveau-pour-la-collecte-des-dechets", "SEMOCTOM : un nouveau système de collecte en janvier (Communauté de communes Les Rives de la Laurence)")
    P("Depuis 2020, ces communes pionnières trient en bacs individuels leurs déchets alimentaires avec succès. Les résultats sont très positifs : en quatre ans, les ordures ménagères ont diminué de 40 %, avec une collecte de 19 kg de déchets alimentaires par habitant et le tri des emballages qui a progressé de 10 %.",
      [CIRC], non=["2020", "quatre ans", "40 %", "19 kg", "10 %"], notes="Résultats passés (piège).")
    P("Cependant, l’analyse des coûts révèle que cette organisation, malgré ses excellents résultats, ne génère pas d’économies. La hausse du prix du gasoil et de l’inflation pèsent sur les coûts de collecte, tandis que ceux du traitement des déchets, notamment l’incinération, ont grimpé de 116 €/tonne en 2020 à 162 €/tonne en 2024.",
      [CIRC], non=["116 €/tonne", "2020", "162 €/tonne", "2024"], notes="Évolution passée des coûts (piège).")
    P("Pour répondre à ces enjeux, le SEMOCTOM a lancé le programme « En100ble », visant à réduire de 100 kg par habitant la production de déchets d’ici 2030.",
      [CIRC], objs=[Q(100, "kg", "decrease", "absolute", horizon=2030, subject="production de déchets par habitant")],
      notes="Baisse visée de 100 kg par habitant (valeur de la baisse, pas un niveau) ; le nom du programme joue sur le nombre.")
    P("À ce jour, 85 % du territoire du SEMOCTOM (qui comptera 98 communes en 2025) a déjà été sensibilisé et équipé.",
      [CIRC], non=["85 %", "98", "2025"], notes="Avancement déjà atteint et compte de communes prévu par le périmètre (piège).")

    S("https://www.portes-haut-doubs.com/preparer-l-avenir/reussir-le-pari-de-la-transition-ecologique-pcaet/notre-demarche-et-nos-engagements?qt-tabs=0", "Notre démarche et nos engagements, Plan Climat (Communauté de communes des Portes du Haut-Doubs)")
    P("Au terme du premier plan climat volontaire des Portes du Haut-Doubs qui avait été validé en 2015, l’élaboration de ce nouveau Plan Climat sera l’occasion de renouveler notre projet pour les 6 prochaines années, de l’inscrire dans le cadre règlementaire tout en répondant aux nouvelles attentes.",
      [ENV, GOV], non=["2015", "6 prochaines années"], notes="Date de validation et durée du plan (piège).")
    P("Je souhaite que notre PCAET soit ambitieux et que l’ambition de devenir Territoire à énergie positive (TEPOS) à l’horizon 2050 soit a minima renouvelée.",
      [NRJ, ENV], objective=True, non=["2050"], notes="Objectif qualitatif (devenir TEPOS en 2050) : aucune valeur chiffrée écrite.")

    S("https://rivieresaasetgourby.fr/agenda-et-actualites/les-actus-du-village/une-cantine-scolaire-exemplaire", "Une cantine scolaire exemplaire (Commune de Rivière-Saas-et-Gourby)")
    P("C’est une belle réussite pour notre commune : la cantine de l’école vient d’obtenir le Niveau 2 du label ECOCERT En Cuisine, une reconnaissance nationale qui valorise l’engagement en faveur d’une alimentation plus saine, durable et responsable.",
      [ALIM], non=["2"], notes="Label obtenu (résultat) ; « Niveau 2 » est un niveau de label (piège).")
    P("Le niveau 2 témoigne d’une véritable montée en qualité, avec notamment l’introduction de 30 à 40 % de produits bio, une limitation des protéines animales au profit de plats végétariens équilibrés, une attention portée à la réduction des déchets et à la traçabilité des aliments.",
      [ALIM, CIRC], non=["2", "30 à 40 %"], notes="Décrit les exigences d'un label déjà obtenu (situation atteinte, piège) ; on pourrait y lire une fourchette visée.", ambiguous=True)
