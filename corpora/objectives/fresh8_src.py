"""Eighth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh8.jsonl).

Collected in issue 15's ninth pass, before any change of that pass, to measure the extractor on text nobody here had
read. Pages of varied kinds (the mayors' association, hospitals, social landlords, universities' transition plans,
territorial climate plans quoting the national targets, departments, elected officials' quotations, associations,
trade and regional press) and traps: results of the past, statistics and surveys, budgets and costs, counts, dates,
thresholds, article numbers, forecasts. Pages of sites that neither the shared dev set, nor any training passage
(``corpora/real``, the collected set), nor an earlier fresh set uses (the build checks). Labelled with the
conventions of the shared real dev set before the extractor was run on them, then scored once with the system of
main. Every passage is copied from the opening of a public web page as the project's search tool stored it, cited by
its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, GOV, NRJ

BIO = "biodiversite"
SANTE = "sante"


def load(S, P, Q) -> None:

    S("https://amfasso.fr/documents-congres-maires-2023-politiques-alimentaires-territoriales-cantines-role-cle-communes/42057", "Congrès des maires 2023. Politiques alimentaires territoriales et cantines : le rôle clé des communes (AMF)")
    P("Proposer dans leurs cantines au moins 50% de produits durables et de qualité, dont 20% de bio, à des prix abordables pour les familles, tout en soutenant les filières agricoles locales : c’est désormais l’équation posée aux maires.",
      [ALIM], objs=[Q(50, comparator=">=", subject="produits durables et de qualité dans les cantines"),
                    Q(20, subject="produits bio dans les cantines")],
      notes="Quota EGalim rappelé ; cible emboîtée « dont 20% » ; pas d'année.")
    P("\"En 2008, on décide de passer au 100% bio et, en quatre ans, on a réussi sans dépenser plus, en diminuant de 80% le gaspillage alimentaire pour financer le surcoût du bio\", a-t-il expliqué.",
      [ALIM, CIRC], non=["2008", "100%", "quatre ans", "80%"],
      notes="Décision passée déjà atteinte et résultat (« on a réussi », « en diminuant de 80% ») : piège.", ambiguous=True)
    P("\"On est passé en trois ans de 20% à 61% de certifié Ecocert dont la moitié en local\", a raconté, pour sa part, Emmanuelle Gazel, maire de Millau (12), ville également engagée \"vers le 100% bio avec le plus de local possible\".",
      [ALIM], objs=[Q(100, subject="produits bio dans les cantines de Millau")],
      non=["trois ans", "20%", "61%", "la moitié", "12"],
      notes="Résultats passés (« on est passé de 20% à 61% ») ; l'engagement « vers le 100% bio » est l'objectif, citation d'une élue.", ambiguous=True)
    P("La mise en place d’une tarification sociale a produit des effets : 25% de repas en plus servis dans les cantines en deux ans.",
      [ALIM], non=["25%", "deux ans"], notes="Résultat passé (piège).")

    S("https://www.nona.fr/ressources/mettre-la-cantine-au-coeur-des-municipales-notre-tribune-collective-relayee-par-ouest-france", "Mettre la cantine au cœur des municipales : notre tribune collective relayée par Ouest-France (Nona)")
    P("Chaque jour, la restauration collective sert près de 14 millions de repas en France (source : Restau’ co).",
      [ALIM], non=["14 millions"], notes="Statistique (piège).")
    P("A nos côtés, déjà, plus de 100 élu·es, agriculteurs, cuisiniers, parents et professionnels de l’alimentation ont signé ce texte pour affirmer qu’une restauration collective plus saine, plus locale et plus durable est non seulement possible, mais nécessaire.",
      [ALIM], non=["100"], notes="Compte de signataires (piège).")

    S("http://hopital-europeen.fr/lhopital/eco-responsabilite", "Éco-responsabilité (Hôpital Européen, Marseille)")
    P("En effet, le projet développement durable de l'Hôpital Européen est axé sur 5 priorités :\n- 100% des locaux éclairés par la lumière du jour,\n- 80% de l'eau chaude sanitaire produite par l'énergie solaire,\n- Isolation du bâtiment par l'extérieur,",
      [ENV, NRJ, SANTE], non=["5", "100%", "80%"],
      notes="Caractéristiques d'un bâtiment livré et certifié en 2014 (état, pas une cible) : piège.", ambiguous=True)
    P("Compte tenu de son implication forte et ancienne, l’Hôpital Européen a été désigné établissement pilote dans cette démarche auprès de 23 autres établissements de la région.",
      [SANTE, GOV], non=["23"], notes="Compte d'établissements (piège).")

    S("https://www.seine-ouest-habitat.com/de-chantier-clause-dinsertion/", "Pas de chantier sans clause d'insertion (Seine Ouest Habitat et Patrimoine)")
    P("Chef de chantier et encadrant, Tarek Haddad a fait réaliser aux douze salariés, employés en contrat à durée déterminée d’insertion (CDI), des travaux d’enduit, de peinture et de faïence dans 10 halls des résidences Villebon.",
      [CS], non=["douze", "10"], notes="Comptes (piège).")
    P("Comme l’explique Sandra d’Odiardi, directrice du service juridique de SOHP, « nous incluons désormais des clauses d’insertion dans tous les contrats que nous signons avec les entreprises de construction et de réhabilitation».",
      [CS], non=["tous les contrats"], notes="Pratique en vigueur (« désormais »), pas une cible à atteindre : piège, comme « 100 % des marchés rappellent désormais ».", ambiguous=True)

    S("https://assemblia.fr/2022/11/09", "L'insertion sociale : un levier majeur d'assemblia au service de l'intérêt général")
    P("C’est un engagement qui ne date pas d’hier. Et qui symbolise à lui seul l’importance que revêt l’insertion sociale pour la fabrique urbaine de l’Ouest régional. Depuis plus de 20 ans, assemblia intègre des clauses spécifiques dans ses marchés d’appel d’offres de chantier, fidèle à ses missions d’intérêt général.",
      [CS], non=["20 ans"], notes="Durée (piège).")
    P("Elles ont été rendues obligatoires en 2004, au moment de l’ANRU 1 (Agence Nationale pour la Rénovation Urbaine).",
      [CS], non=["2004", "1"], notes="Date et nom (piège).")

    S("https://www.planclimat-pays-fontainebleau.fr/public/projet/cuisine-centrale,3.html", "Promotion des circuits courts en restauration collective (Plan climat du Pays de Fontainebleau)")
    P("Afin de développer l’approvisionnement local dans la restauration collective publique en circuits alimentaires de proximité, la Communauté d’agglomération met en place différentes actions dans l’objectif, à terme, de disposer d’un équipement de type cuisine centrale à l’échelle des 26 communes.",
      [ALIM], objective=True, non=["26"], notes="Objectif qualitatif (un équipement) ; 26 communes est le périmètre.")

    S("https://yonne-nord.fr/pcaet/", "Le plan climat air énergie territorial (Communauté de communes Yonne Nord)")
    P("● Porter la part des énergies renouvelables à 23 % de la consommation finale brute d’énergie en 2020 et à 32 % de cette consommation en 2030 ;",
      [NRJ], objs=[Q(23, direction="increase", horizon=2020, subject="part des énergies renouvelables dans la consommation finale brute"),
                   Q(32, direction="increase", horizon=2030, subject="part des énergies renouvelables dans la consommation finale brute")],
      notes="« Porter à » : increase.")

    S("http://www.departement06.fr/plan-climat/un-plan-climat-pourquoi-5341.html", "Un plan climat : pourquoi ? (Département des Alpes-Maritimes)")
    P("L’objectif pour la France est de diviser par 4 ses émissions de gaz à effet de serre (GES) d’ici 2050 par rapport au niveau de référence (1990).",
      [ENV], objs=[Q(4, unit="x", direction="decrease", kind="relative_change", horizon=2050, baseline_year=1990, subject="émissions de gaz à effet de serre de la France")],
      notes="« diviser par 4 » : facteur, baisse.")
    P("L’article 188 de la loi n° 2015-992 du 17 août 2015 relative à la transition énergétique pour la croissance verte rend obligatoire pour les établissements publics de coopération intercommunale de plus de 20 000 habitants, l’adoption d’un plan climat-air-énergie territorial.",
      [ENV, GOV], objective=True, non=["188", "2015-992", "17 août 2015", "20 000"],
      notes="Obligation non chiffrée ; article, loi, date et seuil de population (pièges).", ambiguous=True)

    S("https://www.uttop.fr/fr/uttop/l-uttop-s-engage/dd-rs-l-uttop-s-engage/axe-4-environnement.html", "Axe 4 : Environnement (Université de technologie Tarbes Occitanie Pyrénées)")
    P("Objectifs\n1. Développer une politique de diminution des émissions de gaz à effet de serre 28",
      [ENV], objective=True, non=["1.", "28"], notes="Objectif qualitatif en titre ; numéro de liste et numéro de page (pièges).")
    P("Un bilan carbone sera réalisé et viendra compléter le plan de sobriété énergétique établi en 2022 par l’ENIT.",
      [ENV, NRJ], objective=True, non=["2022"], notes="Action prévue non chiffrée ; date du plan (piège).", ambiguous=True)
