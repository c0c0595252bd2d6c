"""DOCSTRING_PLACEHOLDER"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, ESS, GOV, HAND, NRJ, PME

SANTE = "sante"
INNO = "achats_innovants"
NUM = "numerique_responsable"
CT = "conditions_de_travail"
BIO = "biodiversite"
EGAL = "egalite_femmes_hommes"
CE = "commerce_equitable"


def load(S, P, Q) -> None:

    S("https://jetrieenprovenceverte.fr/territoire-economie-circulaire", "Territoire économie circulaire : politique de prévention des déchets (Agglomération Provence Verte)")
    P("Ce programme repose ainsi sur les principaux objectifs réglementaires suivants :\n- La réduction de 15% des Déchets Ménagers et Assimilés (DMA) par habitant en 2030 par rapport à 2010\n- La réutilisation et recyclage des DMA à 55% en 2025\n- La réduction des DMA admis en Installation de Stockage de Déchets Non Dangereux (ISDND) à 10% des DMA produits en masse en 2035",
      [CIRC], objs=[Q(15, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2010, subject="déchets ménagers et assimilés par habitant"),
                    Q(55, horizon=2025, subject="réutilisation et recyclage des DMA"),
                    Q(10, direction="decrease", horizon=2035, subject="part des DMA admis en installation de stockage")],
      notes="Objectifs réglementaires nationaux repris par le PLPDMA de l'agglomération. « réduction … à 10% des DMA produits » : niveau visé (part) avec un verbe de baisse, étiqueté decrease/rate (discutable : reach).", ambiguous=True)
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
    P("En 2019, la CCPE, 18 000 habitants environ, a donc choisi de s’engager volontairement dans un PCAET (la loi oblige les intercommunalités de plus de 20 000 habitants à en adopter un).",
      [ENV], non=["2019", "18 000", "20 000"], notes="Date d'engagement, population et seuil légal d'obligation du PCAET (piège).")
    P("• gaz à effet de serre (GES) : réduction de 40 % des émissions en 2030 ; division par 4 en 2050 (objectif dit “facteur 4” équivalent à une réduction de 75 %) ;",
      [ENV], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de gaz à effet de serre"),
                   Q(4, unit="x", direction="decrease", kind="relative_change", horizon=2050, subject="émissions de gaz à effet de serre (facteur 4)"),
                   Q(75, direction="decrease", kind="relative_change", horizon=2050, subject="émissions de gaz à effet de serre (facteur 4)")],
      notes="Objectifs de la loi de transition énergétique rappelés par l'intercommunalité. « division par 4 » et « réduction de 75 % » disent la même cible : les deux valeurs sont étiquetées.", ambiguous=True)
    P("• énergies renouvelables : la part dans la consommation finale brute sera de 23 % à l’horizon 2020 et de 32 % à l’horizon 2030.",
      [NRJ], objs=[Q(23, horizon=2020, subject="part des énergies renouvelables dans la consommation finale brute"),
                   Q(32, horizon=2030, subject="part des énergies renouvelables dans la consommation finale brute")],
      notes="Trajectoire légale en deux paliers (« sera de »), niveaux visés.")
