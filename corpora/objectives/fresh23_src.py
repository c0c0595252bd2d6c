"""Twenty-third set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh23.jsonl).

Collected in issue 15's twenty-fourth pass, blind to what the extractor gets wrong (no error listing, first score or
error table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages
of local and regional public bodies only (communes, intercommunalités and their plans climat, the territorial
government of New Caledonia and one of its provinces, …), about their plans and reports, with the legal targets they
quote, and traps: results of the past, statistics, budgets, counts, dates and legal thresholds. Few pages of this kind
are still unused. Pages of sites that neither the shared dev set, nor any training passage (``corpora/real``, the
collected set, the theme sets), nor an earlier fresh set uses (the build checks; every host was also checked by hand
before its page was read). Labelled with the conventions of the shared real dev set; never run through the extractor
here (the lead scores it). Every passage is copied from the opening of a public web page as the project's search tool
stored it, cited by its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, ESS, GOV, HAND, NRJ, PME

BIO = "biodiversite"
NUM = "numerique_responsable"
SANTE = "sante"


def load(S, P, Q) -> None:

    S("https://planclimat.cc-pontdugard.fr/public/projet/70-mettre-en-place-des-actions-de-commandes-mutualisees-par-des-marches-publics,70.html", "70) Mettre en place des actions de commandes mutualisées par des marchés publics (Plan climat, Communauté de communes du Pont du Gard)")
    P("Objectifs visés / Résultats attendus\n  • Favoriser les achats et les entreprises écoresponsables\n  • Économiser les déplacements de transport de marchandises\n  • Limiter les emballages\n  • ¼ de MP intégrant des clauses environnementales",
      [ENV, CIRC], objs=[Q(25, subject="marchés publics intégrant des clauses environnementales", themes=(ENV,))],
      notes="« ¼ de MP » (marchés publics) : un quart = 25 % ; résultat attendu de la fiche action, sans année dans le passage (la fin estimée du projet est plus bas).", ambiguous=True)
    P("En 2020, selon l'Observatoire économique des achats publics, 18 % des marchés publics comprenaient une clause environnementale.",
      [ENV], non=["2020", "18 %"], notes="Statistique nationale passée (piège).")
    P("2/8 tâches réalisées (soit 25 %)",
      [GOV], non=["2/8", "25 %"], notes="État d'avancement de la fiche action (piège).")

    S("http://planclimat.cc-valdamboise.fr/public/projet/27-acter-le-passage-aux-marches-et-achats-publics-responsab,27.html", "27. Acter le passage aux marchés et achats publics responsables (Plan climat, Communauté de communes du Val d'Amboise)")
    P("- Faire en sorte que l’ensemble des services de la CCVA rédigent des documents de la commande publique éco-responsables (CCTP et note de cadrage) avec des prescriptions relatives aux économies d’énergie, aux énergies renouvelables, à l’empreinte carbone, à l’alimentation biologique et locale, au zéro emballage, au gaspillage alimentaire dans la restauration collective, aux fournitures des services…",
      [ENV, NRJ, ALIM, CIRC, GOV], objs=[Q(100, subject="services de la communauté de communes rédigeant des documents de commande publique éco-responsables", themes=(ENV, GOV))],
      notes="« l’ensemble des services » normalisé à 100 % comme « tous les marchés » ; objectif de la fiche action, sans année.", ambiguous=True)
    P("- Contribuer activement à la démarche nationale issue de la feuille de route pour une économie 100% circulaire.",
      [CIRC], objective=True, non=["100%"],
      notes="Objectif qualitatif (contribuer) ; « 100% circulaire » fait partie du nom de la feuille de route nationale, ce n'est pas une cible.", ambiguous=True)

    S("http://sap.gouv.nc/node/131", "Le schéma de transition énergétique (gouvernement de la Nouvelle-Calédonie)")
    P("Il vise des objectifs ambitieux fixés à 2030 :\n- la réduction des consommations énergétiques : -20 % dans la consommation primaire (avec la mine et la métallurgie) et -25 % dans la consommation finale (hors mine et métallurgie),",
      [NRJ], objs=[Q(20, direction="decrease", kind="relative_change", horizon=2030, subject="consommation d'énergie primaire (avec mine et métallurgie)"),
                   Q(25, direction="decrease", kind="relative_change", horizon=2030, subject="consommation d'énergie finale (hors mine et métallurgie)")],
      notes="« réduction … -20 % … -25 % » : baisses relatives ; « fixés à 2030 » est dans le passage.")
    P("- la réduction des émissions de gaz à effet de serre : -35 % d’émissions de CO2 dans les secteurs résidentiel et tertiaire, -10 % d’émissions dans le secteur de la mine et la métallurgie et -15 % d’émissions dans le secteur du transport,",
      [ENV], objs=[Q(35, direction="decrease", kind="relative_change", subject="émissions de CO2 des secteurs résidentiel et tertiaire"),
                   Q(10, direction="decrease", kind="relative_change", subject="émissions du secteur de la mine et de la métallurgie"),
                   Q(15, direction="decrease", kind="relative_change", subject="émissions du secteur du transport")],
      notes="Trois baisses relatives ; l'année 2030 est dans la phrase d'introduction, hors du passage (horizon nul).")
    P("- le développement des énergies renouvelables : une production de source renouvelable pour couvrir 100 % de la consommation d’électricité de la distribution publique et atteindre l’autonomie électrique dans les îles.",
      [NRJ, ENV], objs=[Q(100, subject="part de la consommation d'électricité de la distribution publique couverte par des sources renouvelables")],
      notes="Niveau à atteindre (100 %) ; année hors du passage.")

    S("https://dimenc.gouv.nc/schema-transition-energetique", "Actualisation du schéma pour la transition énergétique de la Nouvelle-Calédonie 2021 (DIMENC, gouvernement de la Nouvelle-Calédonie)")
    P("L’objectif global est d’atteindre d’ici 2035 la réduction minimum de 70% des gaz à effet de serre comparativement à 2019.",
      [ENV], objs=[Q(70, direction="decrease", kind="relative_change", horizon=2035, baseline_year=2019, comparator=">=", subject="émissions de gaz à effet de serre de la Nouvelle-Calédonie")],
      notes="« réduction minimum de 70% … d’ici 2035 … comparativement à 2019 » : baisse relative, au moins.")
    P("Adopté en 2016 par le congrès de la Nouvelle-Calédonie sur proposition du gouvernement, le schéma pour la transition énergétique (STENC) doit être révisé en 2021.",
      [NRJ, GOV], non=["2016", "2021"], notes="Dates d'adoption et de révision (piège).")

    S("https://sudmag.nc/2017/10/01/transition-energetique-coeur-de-province-sud/", "La transition énergétique au cœur de la Province Sud (Sud Mag, magazine de la province Sud)")
    P("Parmi les mesures concrètes : atteindre 10 % du parc roulant de la province équipé en véhicule hybride ou électrique ; imposer l’intégration des principes de la conception bioclimatique dans le programme de toute construction nouvelle, équiper les bâtiments provinciaux en énergies renouvelables (200 millions par an),",
      [ENV, NRJ], objs=[Q(10, subject="parc roulant de la province équipé en véhicules hybrides ou électriques", themes=(ENV, NRJ)),
                        Q(100, subject="constructions nouvelles intégrant la conception bioclimatique", themes=(ENV, NRJ))],
      non=["200 millions par an"], notes="« atteindre 10 % » : niveau ; « toute construction nouvelle » normalisé à 100 % ; 200 millions par an est un budget (piège).", ambiguous=True)
    P("Le constat est simple, 98 % de la consommation énergétique globale est importée, ce qui représente 70 milliards de francs par an (23 % des importations du pays).",
      [NRJ], non=["98 %", "70 milliards de francs par an", "23 %"], notes="Constat chiffré (piège).")
    P("Trois axes donc, déclinés en sept thèmes, trente deux objectifs quantitatifs, trente neuf mesures et autant d’indicateurs de résultats.",
      [GOV], non=["Trois", "sept", "trente deux", "trente neuf"], notes="Dénombrement d'axes, d'objectifs et de mesures (piège).")

    S("https://www.pays-fontainebleau.fr/2022/04/13/projet-de-cuisine-centrale-en-circuits-alimentaires-de-proximite/", "Projet de cuisine centrale en circuits alimentaires de proximité (Communauté d'agglomération du Pays de Fontainebleau)")
    P("Afin de nourrir le projet, des Maires et des élus du groupe de travail se sont rendus le 15 mars dernier à Pompey (près de Nancy) afin d’y visiter la cuisine intercommunale et échanger avec la Communauté de communes du Bassin de Pompey qui gère cet équipement.",
      [ALIM], non=["15 mars"], notes="Date d'une visite (piège).")
    P("Pour l’agglomération, le projet de cuisine centrale répondrait à l’action 27 du projet de territoire.",
      [ALIM, GOV], non=["27"], notes="Numéro d'action (piège).")
