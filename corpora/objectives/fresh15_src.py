"""Fifteenth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh15.jsonl).

Collected in issue 15's sixteenth pass, blind to what the extractor gets wrong (no error listing, first score or error
table read), to measure it on text nobody here had read. Pages of public bodies only (communes, intercommunalités,
départements, régions, fire and rescue services, universities, hospitals, social landlords, ministries and other
State sites, établissements publics: their news pages, plans, schémas and reports) and traps: results of the past,
statistics and surveys, budgets, counts, dates, thresholds, forecasts, hypothetical examples. Pages of sites that
neither the shared dev set, nor any training passage (``corpora/real``, the collected set), nor an earlier fresh set
uses (the build checks). Labelled with the conventions of the shared real dev set; never run through the extractor
here (the lead scores it). Every passage is copied from the opening of a public web page as the project's search tool
stored it, cited by its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, ESS, GOV, HAND, NRJ, PME

SANTE = "sante"
BIO = "biodiversite"
EGAL = "egalite_femmes_hommes"
NUM = "numerique_responsable"
INNOV = "achats_innovants"
TRAV = "conditions_de_travail"


def load(S, P, Q) -> None:

    S("https://sapeurs-pompiers35.fr/le-sdis-investit-dans-de-nouveaux-moyens-de-secours-57-engins-qui-ont-ete-acquis-sur-pres-dune-annee", "Le SDIS investit dans de nouveaux moyens de secours : 57 engins qui ont été acquis sur près d'une année (SDIS d'Ille-et-Vilaine)")
    P("Le SDIS a réceptionné un parc de 57 nouveaux engins entre juillet 2023 et juin 2024, conformément au plan pluriannuel d’équipement.",
      [], non=["57", "2023", "2024"], notes="Achats déjà réalisés (piège) ; pas de thème d'achat responsable.")
    P("Cette nouvelle génération de CCGC LC viendra à terme renouveler et harmoniser le parc actuel. 16 CCGC LC devraient être acquis au rythme d’un à deux par an d’ici 2032.",
      [], non=["16", "un à deux", "2032"], notes="Volume d'achats prévu par un plan d'équipement, sans visée d'achat responsable : traité comme un volume d'achats (piège) ; on pourrait y lire un engagement daté.", ambiguous=True)

    S("https://sdis-vendee.com/notre-actualite/l-info-du-moment/243-pacte-capacitaire-des-moyens-supplementaires-de-lutte-contre-les-feux-de-forets.html", "Pacte capacitaire : des moyens supplémentaires de lutte contre les feux de forêts (SDIS de la Vendée)")
    P("Pour y faire face, le Président de la République a annoncé, le 28 octobre 2022, la mise à disposition d’un fond de 150 millions d’euros aux services d’incendie et de secours dans le cadre des pactes capacitaires.",
      [], non=["28 octobre 2022", "150 millions d’euros"], notes="Date d'annonce et budget (piège).")

    S("https://activites.coeurcotefleurie.org/?p=2030", "Projet alimentaire territorial (Communauté de communes Cœur Côte Fleurie)")
    P("L’objectif du projet agricole et alimentaire de Cœur Côte Fleurie est la définition d’une stratégie globale et transversale construite de manière concertée accompagnée d’un programme d’action dont les 6 objectifs sont :",
      [ALIM], objective=True, non=["6"], notes="Objectif qualitatif (définir une stratégie) ; « 6 objectifs » est un décompte (non listé comme cible).", ambiguous=True)

    S("http://www.murs-erigne.fr/index.php?id=217", "Développement durable : le Plan d'Économie Climat Communal (PECC) (Ville de Mûrs-Érigné)")
    P("Pour lutter contre le réchauffement climatique, on estime qu'il faudrait diviser par quatre nos émissions de gaz à effet de serre d'ici à 2050.",
      [ENV], objs=[Q(4, unit="x", direction="decrease", kind="relative_change", horizon=2050, subject="émissions de gaz à effet de serre")],
      notes="« diviser par quatre … d'ici à 2050 » : facteur 4 ; formulé comme une estimation (« on estime qu'il faudrait »), mais c'est l'objectif national du facteur 4.", ambiguous=True)
    P("La loi de programme du 13 juillet 2005 fixant les orientations de la politique énergétique impose de réduire de 2% par an d'ici à 2015 et de 2,5 % par an d'ici à 2030 l'intensité énergétique finale (le rapport entre la consommation d'énergie et la croissance économique).",
      [NRJ], objs=[Q(2, direction="decrease", kind="growth_rate", horizon=2015, per_year=True, subject="intensité énergétique finale"),
                   Q(2.5, direction="decrease", kind="growth_rate", horizon=2030, per_year=True, subject="intensité énergétique finale")],
      non=["13 juillet 2005"], notes="Objectifs légaux « par an » : taux annuels de baisse, deux horizons.")
    P("De plus, par leurs décisions directes, les collectivités locales sont responsables d'environ 15% des émissions à effet de serre.",
      [ENV], non=["15%"], notes="Statistique (piège).")

    S("https://www.stpalaissurmer.fr/mesures-deconomies-denergie-hiver-2022-2023/", "Mesures d'économies d'énergie hiver 2022-2023 (Ville de Saint-Palais-sur-Mer)")
    P("Comme toutes les villes en France, Saint-Palais-sur-Mer est confrontée dès cet automne à l’envolée des prix de l’énergie (+ 85.000 € entre 2021 et 2022) et des matières premières qui pèsent sur son budget.",
      [NRJ], non=["+ 85.000 €", "2021", "2022"], notes="Hausse de coût déjà constatée (piège).")
    P("Il s’agira de réduire la consommation énergétique de ces bâtiments d’au moins 40% dès 2030, 50% en 2040 et 60% en 2050 par rapport à l’année de référence choisie (entre 2010 et 2019).",
      [NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, comparator=">=", subject="consommation énergétique des bâtiments tertiaires communaux"),
                   Q(50, direction="decrease", kind="relative_change", horizon=2040, comparator=">=", subject="consommation énergétique des bâtiments tertiaires communaux"),
                   Q(60, direction="decrease", kind="relative_change", horizon=2050, comparator=">=", subject="consommation énergétique des bâtiments tertiaires communaux")],
      non=["2010", "2019"], notes="Obligation du décret tertiaire (bâtiments de plus de 1 000 m², phrase précédente) : trajectoire par paliers ; « au moins » lu comme portant sur les trois paliers ; l'année de référence est une fourchette (pas de baseline_year).", ambiguous=True)

    S("https://www.ploemeur.com/vivre/environnement-2/climat-air-energie/", "Le label Climat-Air-Énergie (anciennement Cit'ergie) (Ville de Plœmeur)")
    P("Un conseiller, habilité par l’ADEME, suit pendant 3 ans l’avancement du programme d’action et la mise à jour des indicateurs, lors de visites annuelles.",
      [GOV], non=["3 ans"], notes="Durée d'accompagnement (piège).")
    P("Le label CLIMAT – AIR – ENERGIE comporte 500 points, répartis sur les 6 domaines. En fonction de son niveau de performance, c’est-à-dire des moyens que la collectivité se donne pour atteindre des objectifs énergie-climat, celle-ci peut obtenir un des cinq niveaux de labélisation.",
      [ENV, NRJ, GOV], non=["500", "6", "cinq"], notes="Barème d'un label : décomptes (piège).")
    P("2 étoiles : 35% des points (anciennement CAP Cit’ergie)\n3 étoiles : 50% des points (anciennement Cit’ergie)\n4 étoiles : 65% des points\n5 étoiles : 75% des points (anciennement Cit’ergie GOLD)",
      [ENV, NRJ, GOV], non=["2", "35%", "3", "50%", "4", "65%", "5", "75%"], notes="Seuils de labellisation (piège).")
