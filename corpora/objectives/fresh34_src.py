"""Thirty-fourth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh34.jsonl).

Collected in issue 15's thirty-fifth pass, blind to what the extractor gets wrong (no error listing, first score or
error table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages
of companies and groups writing about their own quantified targets or their clients' only: caterers (Compass Group
France, Elior Group, Restoria), cleaning and facility firms (GSF), builders and public-works firms (VINCI Construction,
VINCI Concessions, Colas, SPIE), energy and recycling firms (ENGIE, Enercoop, Veolia, Derichebourg), a telecoms group
(Orange), the postal group (La Poste), a bank and a mutual insurer (LCL, La Mutuelle Générale), suppliers to public
buyers (Manutan Collectivités, the OKAVEO purchasing platform) and a sheltered-work company (Handishare): CSR and
climate pages, purchasing pages, universal registration documents and press releases, in French, from France; about
climate, energy, fleet, waste, catering, equality and apprenticeship targets and traps: results of the past,
statistics, counts, dates, laws, thresholds and product capacities. No public body's page, no press article, no
foreign page. Pages of sites that neither the shared dev set, nor any training passage (``corpora/real``, the collected
set, the theme model's training file), nor an earlier fresh set or theme set uses (every host was checked with a
script over all their ``source_url`` fields; the build checks the first ones), nor the sets fresh33 and theme set 9
collected at the same time. Labelled with the conventions of the shared real dev set; never run through the extractor
here (the lead scores it). Every passage is copied from the opening of a public web page as the project's search tool
stored it, cited by its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, GOV, HAND, NRJ, PME

BIO = "biodiversite"
EGAL = "egalite_femmes_hommes"
NUM = "numerique_responsable"
CT = "conditions_de_travail"


def load(S, P, Q) -> None:

    S("https://www.compass-group.fr/fr/responsabilite-societale/nos-piliers/impact-environnemental/", "Réduire notre impact environnemental (Compass Group France)")
    P("Nos engagements\n\n  • Augmenter le nombre d’établissements réalisant le tri sélectif à la desserte : + 20 % d’ici 2022 (par rapport à 2017)\n  • Réduire la consommation d’eau sur nos cuisines centrales de 10 % d’ici à 2022 (par rapport à 2017)",
      [CIRC, ENV], objs=[Q(20, direction="increase", kind="relative_change", horizon=2022, baseline_year=2017, subject="nombre d'établissements réalisant le tri sélectif à la desserte", themes=(CIRC,)),
                         Q(10, direction="decrease", kind="relative_change", horizon=2022, baseline_year=2017, subject="consommation d'eau des cuisines centrales", themes=(ENV,))],
      notes="Deux cibles de l'entreprise de restauration collective, chacune avec horizon 2022 et année de référence 2017 ; l'eau est rangée sous l'environnement.")
    P("  • Augmenter le nombre d’établissements ayant défini les consignes d’allumage et d’extinction : 100 % d’ici 2022\n  • Réduire les émissions des voitures de société\n  • Déployer et maintenir la certification ISO 14001 (système de management environnemental)",
      [NRJ, ENV, GOV], objs=[Q(100, direction="increase", horizon=2022, subject="établissements ayant défini les consignes d'allumage et d'extinction", themes=(NRJ,))],
      non=["ISO 14001"], notes="« Augmenter … : 100 % » : verbe de changement, donc increase, mais la valeur est un niveau (part des établissements) ; la réduction des émissions des voitures est sans valeur (qualitative) ; ISO 14001 est une norme.", ambiguous=True)
    P("En 2017 : 57 % de nos établissements en restauration d’entreprise et 23 % de nos établissements en enseignement déploient un programme de lutte contre le gaspillage alimentaire.",
      [ALIM, CIRC], non=["2017", "57 %", "23 %"], notes="Situation constatée en 2017 (piège).")
    P("La cuisine centrale d’Athis Mons, sur les 26 000 repas produits chaque jour, quelques centaines de plats ne sont pas consommés.",
      [ALIM, CIRC], non=["26 000"], notes="Volume de production et constat de gaspillage (piège).")

    S("https://compass-group.fr/une-nouvelle-politique-dachats-durables", "Une nouvelle politique d'achats durables (Compass Group France)")
    P("Compass Group France a réalisé un bilan carbone de ses activités pour mesurer très précisément les impacts et piloter notre feuille de route opérationnelle. 86% de nos émissions viennent de nos approvisionnements de matières premières alimentaires.",
      [ENV, ALIM], non=["86%"], notes="Résultat du bilan carbone (constat, piège).")
    P("Nos achats constituent un formidable levier d’action. Fortes de relations de confiance avec les filières et les producteurs, les marques de Compass Group France font le choix de s’engager dans une politique d’achats durables, 60 % de produits seront ainsi issus d’une agriculture régénératrice d’ici 2030, au-delà des attentes règlementaires.",
      [ALIM, BIO], objs=[Q(60, horizon=2030, subject="produits achetés issus d'une agriculture régénératrice")],
      notes="Cible d'achats de l'entreprise ; agriculture régénératrice : alimentation durable et biodiversité.", ambiguous=True)
    P("Issu du terrain et ayant été au plus près de nos clients et prospects pendant 10 ans, nous avons récemment nommé Edouard Albertini au poste de Directeur Achats & Logistique pour porter cette feuille de route, en lien étroit avec nos équipes et nos partenaires. Il sera entouré d’une équipe de 45 collaborateurs dans cette mission.",
      [GOV], non=["10 ans", "45"], notes="Durée d'expérience et taille d'équipe (piège).")

    S("https://compass-group.fr/wwp-actu/notre-pacte-pour-restaurer-demain/", "Notre pacte pour restaurer demain, tribune du PDG (Compass Group France)")
    P("Nous servons un million de repas par jour. Comment ne pas mesurer aujourd’hui la puissance de ce nombre ? Un million de repas c’est un million d’occasions de faire la différence, de bouger les lignes, d’accélérer des changements utiles.",
      [ALIM], non=["un million", "Un million", "un million"], notes="Volume d'activité (piège).", ambiguous=True)
    P("Nous sommes 13 000 collaborateurs, 154 nationalités, avec une richissime diversité de compétences, d’expériences et de profils.",
      [], non=["13 000", "154"], notes="Effectifs (piège) ; passage général sans thème.")

    S("https://www.gsf.fr/actus-gsf/19-gsf-vie-interne/344-gsf-s-engage-pour-l-environnement.html?tmpl=component&print=1&layout=default", "GSF s'engage pour l'environnement (Groupe GSF, propreté et services)")
    P("Un second projet de reboisement est également lancé avec Stock CO2 qui consiste à replanter des arbres qui vont séquestrer du CO2 au cours de leur croissance. De belles initiatives avec un objectif total de compensation de 2 000 tonnes de CO2 sur cinq ans.",
      [ENV], objs=[Q(2000, unit="tCO2", kind="absolute", subject="compensation carbone (tonnes de CO2 compensées sur cinq ans)")],
      non=["cinq ans"], notes="Objectif chiffré de compensation ; « sur cinq ans » est une durée, pas un horizon écrit.")
    P("En 2019, le Groupe a su réduire ses émissions de gaz à effet de serre … Mais il s’agit désormais d’aller plus loin !",
      [ENV], objective=True, non=["2019"], notes="Résultat passé daté et volonté sans valeur (objectif qualitatif).", ambiguous=True)

    S("https://lapostegroupe.com/fr/actualite/la-poste-sengage-avec-wwf-france-vers-la-livraison-zero-carbone", "La Poste s'engage avec WWF France vers la livraison zéro carbone (Groupe La Poste)")
    P("Très concrètement, Le Groupe La Poste se fixe pour objectif d’assurer une livraison 100% propre (à pied ou avec des véhicules zéro ou faible émission) dans 225 villes en Europe dont 22 métropoles françaises, dès 2025.",
      [ENV], objs=[Q(100, horizon=2025, subject="livraison propre (à pied ou véhicules zéro ou faible émission) dans les villes ciblées"),
                   Q(225, unit="count", kind="absolute", horizon=2025, subject="villes européennes couvertes par une livraison 100 % propre"),
                   Q(22, unit="count", kind="absolute", horizon=2025, subject="métropoles françaises couvertes par une livraison 100 % propre")],
      notes="Objectif d'entreprise ; « dès 2025 » est un horizon ; le nombre de villes (dont les 22 métropoles françaises) est le périmètre visé, lu comme cible de couverture.", ambiguous=True)
    P("En matière de logistique, le Groupe se positionne comme le N°1 de la livraison écologique en France et en Europe. Le Groupe veut conforter sa place de leader de la logistique urbaine durable, qui permet de désengorger les villes et de les rendre plus respirables. Ainsi, le transport et la livraison des marchandises, de 3g à 30 tonnes, se fera de plus en plus de manière décarbonée.",
      [ENV], objective=True, non=["N°1", "3g", "30 tonnes"], notes="Intention qualitative (de plus en plus décarbonée) ; 3 g à 30 tonnes décrit la gamme des envois.")

    S("https://www.lapostegroupe.com/fr/s-engager-pour-le-climat-et-la-maitrise-de-l-energie", "S'engager pour le climat et la maîtrise de l'énergie (Groupe La Poste)")
    P("22%\n\nde réduction d’émissions de gaz à effet de serre\n\nsur le périmètre La Poste SA entre 2013 et 2020",
      [ENV], non=["22%", "2013", "2020"], notes="Réduction déjà obtenue entre 2013 et 2020 (résultat, piège).")
    P("Pour atteindre le Net Zéro Emissions, un plan d’accélération groupe « logistique urbaine » a été lancé avec notamment 21 véhicules GNV en propre, 20 véhicules 16 tonnes électriques et 200 unités vélos cargo déployés en 2021.",
      [ENV], non=["21", "20", "16 tonnes", "200", "2021"], notes="Moyens déjà déployés en 2021 (résultats, piège) ; « Net Zéro Emissions » n'a pas de valeur ici.")
    P("En octobre 2021, le groupe La Poste a signé la Business Ambition for 1.5 °C du Science-Based Targets qui vise le «  Net Zéro Emissions» de gaz à effet de serre au plus tard en 2050.",
      [ENV], objective=True, non=["octobre 2021", "1.5 °C", "2050"], notes="Engagement de neutralité (« Net Zéro ») sans valeur chiffrée selon les conventions : objectif qualitatif ; 1.5 °C est le nom de l'initiative.", ambiguous=True)

    S("https://vinci-construction.com/fr/fondamentaux/agir-en-toute-responsabilite/10/", "Agir en toute responsabilité (VINCI Construction)")
    P("VINCI Construction a, en lien avec les objectifs du Groupe VINCI, développé depuis plusieurs années une politique visant à minimiser son empreinte environnementale. Il s’est engagé plus spécifiquement à réduire d’ici 2020 ses émissions de gaz à effet de serre de 30 % par mètre carré de bâtiment en phase construction.",
      [ENV], objs=[Q(30, direction="decrease", kind="relative_change", horizon=2020, subject="émissions de gaz à effet de serre par mètre carré de bâtiment en phase construction")],
      notes="Objectif d'entreprise, réduction relative sans année de référence écrite.")
    P("Depuis l’adoption à Paris en décembre 2015 du tout premier accord universel sur le climat juridiquement contraignant, la lutte contre le réchauffement planétaire est devenue une priorité partagée. La COP22, qui s’est tenue à Marrakech au Maroc en novembre 2016 a vu les acteurs non étatiques s’associer concrètement à l’action mondiale pour le climat.",
      [ENV], non=["décembre 2015", "COP22", "novembre 2016"], notes="Dates et nom de conférence (piège).")

    S("https://fr.newsroom.vinci-concessions.com/actualites/dans-plus-de-vingt-pays-les-equipes-de-vinci-concessions-celebrent-la-journee-de-lenvironnement-vinci-bac4-80ab7.html", "Dans plus de vingt pays, les équipes de VINCI Concessions célèbrent la journée de l'Environnement VINCI (VINCI Concessions)")
    P("Mises bout à bout, elles changent déjà la donne avec, depuis 2018, des émissions directes de CO2 réduites de près de 30% sur l’ensemble de notre réseau, et une diminution de notre consommation de produits phytosanitaires de 80%.",
      [ENV, BIO], non=["2018", "30%", "80%"], notes="Baisses déjà obtenues depuis 2018 (résultats, piège) ; produits phytosanitaires : biodiversité.")
    P("Ce 22 septembre, dans plus d'une vingtaine de pays, les collaborateurs de VINCI Concessions à travers le monde se sont réunis pour la troisième Journée de l’Environnement VINCI.",
      [ENV, GOV], non=["22 septembre", "une vingtaine", "troisième"], notes="Date, nombre de pays, rang de l'édition (piège).")

    S("https://www.spie.com/fr/developpement-durable-une-mobilisation-reconnue-et-internationale", "Développement durable : une mobilisation reconnue et internationale (SPIE)")
    P("Dès 2003, SPIE  a adhéré au Pacte Mondial incitant les entreprises à adopter et promouvoir 10 principes fondamentaux dans les domaines de Droits de l’Homme, des conditions de travail, de l’environnement et de la lutte contre la corruption.",
      [CT, ENV, GOV], non=["2003", "10"], notes="Date d'adhésion et nombre de principes (piège).")
    P("En mai 2021, le Groupe a ainsi obtenu la catégorie Or pour la 7ème année consécutive au classement EcoVadis 2020, organisme de notation reconnu dans ce domaine.",
      [GOV], non=["mai 2021", "7ème", "2020"], notes="Notation obtenue (résultat, piège).")

    S("https://www.spie.com/fr/une-ambitieuse-feuille-de-route-rse-2030", "Une ambitieuse feuille de route RSE 2030 (SPIE)")
    P("D’octobre 2023 à janvier 2024, SPIE a réalisé une évaluation des principaux enjeux pouvant avoir un impact sur ses performances financières et extra-financières. Une analyse indispensable pour préparer la mise en œuvre de la CSRD au sein du Groupe et nourrir les réflexions sur ses feuilles de route en matière de développement durable.",
      [GOV], non=["octobre 2023", "janvier 2024"], notes="Période d'une évaluation passée (piège).")

    S("https://www.colas.com/fr/communiques-de-presse/leconomie-circulaire-theme-central-de-la-quatrieme-journee-environnement-de", "L'économie circulaire, thème central de la quatrième journée environnement de Colas (Colas, communiqué de presse)")
    P("Pour accompagner et accélérer la transition écologique des collectivités, Colas développe des solutions incluant des enrobés recyclés. En 2023, Colas a recyclé 11,2 millions de tonnes de matériaux sur ses plateformes et 19% d’agrégats d’enrobés ont été réintroduits en moyenne dans la production d’enrobés à chaud et à froid du Groupe, ce qui représente près de 260 000 tonnes de bitume réutilisé.",
      [CIRC], non=["2023", "11,2 millions de tonnes", "19%", "260 000 tonnes"], notes="Résultats de 2023 (piège).")
    P("Parmi ces solutions, on trouve Easycold, un enrobé à température abaissée pouvant intégrer jusqu'à 100% d'agrégats recyclés ou Vegeroad, un enrobé utilisant un liant à base de matières premières d'origine végétale, capable d'intégrer jusqu'à 70% d'agrégats recyclés.",
      [CIRC], non=["100%", "70%"], notes="« jusqu'à » décrit la capacité d'un produit, pas une cible (piège).")
    P("Cette technique de recyclage à froid, qui réutilise 100 % de la chaussée existante, répond non seulement aux enjeux environnementaux, mais également aux enjeux économiques en offrant une réduction de 35% du coût par rapport à une solution traditionnelle.",
      [CIRC, ENV], non=["100 %", "35%"], notes="Caractéristiques d'une technique (piège).")

    S("https://www.lamutuellegenerale.fr/a-propos/newsroom/la-mutuelle-generale-sengage-a-diminuer-de-pres-dun-quart-les-emissions-de-co2", "La Mutuelle Générale s'engage à diminuer de près d'un quart les émissions de CO2 liées à son fonctionnement (La Mutuelle Générale)")
    P("Après avoir réalisé son premier bilan carbone, La Mutuelle Générale a adopté une trajectoire bas carbone visant à diminuer de 22,8% les émissions de CO2 liées à son fonctionnement, à horizon 2030. Cet engagement s’inscrit dans les objectifs de l’Accord de Paris sur le climat pour maintenir une augmentation de la température en-deçà de 2°C.",
      [ENV], objs=[Q(22.8, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de CO2 liées au fonctionnement de la mutuelle")],
      non=["2°C"], notes="Objectif de l'entreprise ; 2 °C est la limite de l'Accord de Paris rappelée, pas une cible de l'entreprise.")
    P("Les ateliers ainsi menés ont permis d’aboutir à l’engagement, d’ici à 2030, d’une réduction de 22,8% des émissions de CO2 liées au fonctionnement de l’entreprise, par rapport à 2021. Cette trajectoire couvre l’activité quotidienne de La Mutuelle Générale et de ses deux centres médicaux et dentaires (Jack Senet et Broca).",
      [ENV], objs=[Q(22.8, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2021, subject="émissions de CO2 liées au fonctionnement de l'entreprise")],
      non=["deux"], notes="Même objectif avec l'année de référence 2021.")
    S("https://engie.myengie.com/news/diversite-chance", "Âge, culture, genre, parcours... l'ouverture à toutes les différences (ENGIE)")
    P("C’est pourquoi nous encourageons le développement de l'apprentissage au sein du Groupe, avec pour objectif 10 % d'apprentis dans les effectifs européens en 2030. Et de la même manière, nous encourageons le mentoring par les plus seniors, qui transmettent leurs compétences et leurs savoirs.",
      [CS], objs=[Q(10, horizon=2030, subject="apprentis dans les effectifs européens du groupe")],
      notes="Cible d'emploi des jeunes en apprentissage, rangée sous l'insertion faute de thème plus proche.", ambiguous=True)
    P("Plus que des mots, ces actions sont suivies et étudiées, avec pour cible un objectif ambitieux : 50 % de femmes managers d’ici 2030.",
      [EGAL], objs=[Q(50, horizon=2030, subject="femmes parmi les managers du groupe")])
    P("Un Groupe… et de multiples nationalités. “Bonjour”, “Hi”, “Bom dia”, “Olà”,... les collaborateurs ENGIE parlent plus de 25 langues !",
      [], non=["25"], notes="Compte de langues (piège) ; passage sans thème.")
    P("L’égalité femmes-hommes fait partie des 17 objectifs de développement durable de l’ONU pour transformer le monde.",
      [EGAL], non=["17"], notes="Compte des ODD (piège).")

    S("https://www.eliorgroup.com/fr/medias/communiques-de-presse/elior-group-sengage-pour-la-biodiversite", "Elior Group s'engage pour la biodiversité (Elior Group, communiqué de presse)")
    P("En France, le Groupe a développé un outil exclusif pour ses acheteurs qui positionne l’ensemble des producteurs locaux par région (jusqu’à 200 km du restaurant). Aujourd’hui on compte 11 000 producteurs géolocalisés.",
      [ALIM, PME], non=["200 km", "11 000"], notes="Définition du local (seuil de distance) et compte de producteurs (piège).")
    P("A l’occasion de la semaine européenne du développement durable qui aura lieu du 30 mai au 5 juin, Elior Group et Elior France se mobilisent pour sensibiliser leurs quatre millions de convives aux enjeux de la biodiversité.",
      [BIO, ALIM], non=["30 mai", "5 juin", "quatre millions"], notes="Dates et nombre de convives (piège).")

    S("https://restoria.fr/publications/notre-premier-double-audit-societe-a-mission-et-lucie", "Notre premier double audit Société à mission et Lucie ! (Restoria)")
    P("Et oui, nous avons 6 membres externes et 3 collaborateurs qui ont des expertises très complémentaires et qui nous permettent de nous challenger et d’aller plus loin.",
      [GOV], non=["6", "3"], notes="Composition du comité de mission (piège).")

    S("https://enercoop.fr/blog/actualites/nationale/des-collectivites-en-transition", "Des collectivités s'engagent dans la transition énergétique (Enercoop)")
    P("« Les engagements d’Enercoop répondent aux valeurs que nous portons dans la transition énergétique : une électricité 100 % renouvelable produite en France et un réinvestissement local des bénéfices, notamment dans la production d’énergie renouvelable », explique Julie Laernoes, vice-présidente de Nantes Métropole. Cette collectivité a fait passer près de 600 établissements chez Enercoop : bibliothèques, écoles, crèches... ou encore l'Hôtel de Ville de Nantes.",
      [NRJ], non=["100 %", "600"], notes="« 100 % renouvelable » décrit l'offre du fournisseur ; 600 établissements déjà passés (piège).")
    P("Cette commune des Alpes-Maritimes s'alimente en électricité 100 % renouvelable pour 8 bâtiments municipaux.",
      [NRJ], non=["100 %", "8"], notes="Situation actuelle d'un client (piège).")

    S("https://www.handishare.com/handicap-achats-responsables-2/", "Handicap et achats responsables (Handishare, entreprise adaptée)")
    P("Il y a près de 760 EA en France (dont Handishare) et 1350 ESAT qui proposent des prestations diverses propres à répondre aux besoins de tous les services achats.",
      [HAND], non=["760", "1350"], notes="Statistiques du secteur (piège).")

    S("https://performance-rse.veolia.com/performance-rse/", "Performance RSE 2020 (Veolia)")
    P("Année de transition, 2020 a également vu la clôture des objectifs qui accompagnaient sa stratégie de développement durable, définie en 2015, autour de neuf engagements pour un développement durable.",
      [GOV], non=["2020", "2015", "neuf"], notes="Dates et compte d'engagements (piège).")

    S("https://www.manutan-collectivites.fr/guides-et-conseils/guide-d-achat/bien-choisir-son-equipement-responsable-loi-agec", "Collectivités et loi Agec : comment réaliser des achats responsables ? (Manutan Collectivités)")
    P("La loi n° 2020-105 du 10 février 2020, dite loi Agec, est destinée à accélérer le changement de modèle de production et de consommation, dans un objectif de protection de l’environnement.",
      [CIRC, ENV], non=["2020-105", "10 février 2020"], notes="Numéro et date de la loi (piège).")

    S("https://www.okaveo.com/spaser-performance-responsabilite", "SPASER : performance et responsabilité (OKAVEO)")
    P("La commande publique représente près de 10 % du PIB français. Derrière ce volume colossal, un outil se distingue comme un vecteur d’impact social, environnemental et économique : le Schéma de Promotion des Achats Socialement et Écologiquement Responsables (SPASER).",
      [GOV], non=["10 %"], notes="Statistique (piège).")
    P("Instauré par l’article L2111-3 du Code de la commande publique, le SPASER s’impose aux collectivités dont le montant des achats dépasse 100 M€ sur quatre ans.",
      [GOV], non=["L2111-3", "100 M€", "quatre ans"], notes="Article et seuil d'assujettissement (piège).")

    S("https://www.orange.com/fr/orange-sengage-pour-lenvironnement", "Notre engagement pour l'environnement : Net Zéro Carbone en 2040 (Orange)")
    P("Nous sommes engagés dans une réduction drastique d’ici à 2040 des émissions de CO2 directement liées à nos activités, avec un premier point de passage dès 2025 : -30 % par rapport à nos émissions de 2015.",
      [ENV], objs=[Q(30, direction="decrease", kind="relative_change", horizon=2025, baseline_year=2015, subject="émissions de CO2 directement liées aux activités du groupe")],
      non=["2040"], notes="Jalon chiffré 2025 (référence 2015) ; la « réduction drastique d'ici à 2040 » n'a pas de valeur.")
    P("Notre programme Green ITN a permis d’éviter l’émission d’environ 3 millions de tonnes de CO2 entre 2010 et 2019 en améliorant l’efficacité énergétique de nos réseaux et systèmes d’information.",
      [ENV, NRJ, NUM], non=["3 millions de tonnes", "2010", "2019"], notes="Résultat passé (piège).")

    S("https://www.orange.com/fr/engagements/pour-lenvironnement/net-zero-carbone-en-2040?dtid=oblgzzz000659", "Net zéro carbone en 2040 (Orange)")
    P("Un premier point de passage en 2025 est à noter avec une réduction de -30 % sur les scopes 1 et 2 par rapport à nos émissions de 2015, -14 % sur les émissions du scope 3 par rapport à nos émissions de 2018. Nous nous fixons un deuxième point de passage en 2030 avec une réduction de nos émissions de 45 % tous scopes confondus par rapport à 2020.",
      [ENV], objs=[Q(30, direction="decrease", kind="relative_change", horizon=2025, baseline_year=2015, subject="émissions des scopes 1 et 2"),
                   Q(14, direction="decrease", kind="relative_change", horizon=2025, baseline_year=2018, subject="émissions du scope 3"),
                   Q(45, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2020, subject="émissions tous scopes confondus")],
      non=["1", "2", "3"], notes="Trois jalons, chacun avec son année de référence ; les numéros de scopes ne sont pas des valeurs.")
    P("C’est dans ce contexte que nous nous engageons à réduire de 90 % nos émissions de CO2éq. d’ici 2040",
      [ENV], objs=[Q(90, direction="decrease", kind="relative_change", horizon=2040, subject="émissions de CO2 équivalent du groupe")],
      notes="Tranche d'une phrase plus longue (la suite parle de compenser les 10 % restants).")
    P("A travers cet engagement, il s’agit pour Orange de prendre sa part dans l’effort mondial défini par « l'Accord de Paris », lors de la COP 21, le 12 décembre 2015.",
      [ENV], non=["COP 21", "12 décembre 2015"], notes="Nom et date de la conférence (piège).")

    S("https://www.orange.com/fr/Human-Inside/Notre-engagement-societal/pages/Nous-agissons-en-faveur-de-la-transition-energetique-et-ecologique", "Notre engagement pour la planète : net zéro carbone d'ici 2040 (Orange)")
    P("Pour y parvenir, nous nous sommes fixés un premier point de passage : réduire d’ici 2025 nos émissions de CO2 de 30% par rapport à 2015. Nous avons fait le choix d’augmenter le recours à l’électricité d’origine renouvelable, qui représentera plus de 50% de la consommation électrique du Groupe en 2025, et nous poursuivrons en parallèle notre effort en matière d’efficacité énergétique de nos réseaux et bâtiments.",
      [ENV, NRJ], objs=[Q(30, direction="decrease", kind="relative_change", horizon=2025, baseline_year=2015, subject="émissions de CO2 du groupe", themes=(ENV,)),
                        Q(50, comparator=">=", horizon=2025, subject="électricité d'origine renouvelable dans la consommation électrique du groupe", themes=(NRJ,))],
      notes="« plus de 50% » : comparateur >= (comme « plus d'un tiers » dans le jeu de dev) ; « augmenter le recours » porte sur le recours, la cible est un niveau : reach.", ambiguous=True)
    P("Dans un contexte d’explosion des données sur nos réseaux, nous nous sommes fixés un objectif prioritaire, en ligne avec l’accord de Paris et les recommandations du GIEC : être net zéro carbone en 2040 et anticiper ainsi de 10 ans les objectifs du secteur.",
      [ENV], objective=True, non=["2040", "10 ans"], notes="Neutralité (« net zéro ») sans valeur chiffrée selon les conventions : objectif qualitatif ; 10 ans est un écart.", ambiguous=True)

    S("https://www.orange.com/fr/engagements/orange-s-engage/pour-l-environnement", "Orange s'engage pour l'environnement (Orange)")
    P("C’est le cas de nos deux derniers data centers qui consomment en moyenne 30% de moins que les anciens à capacité équivalente et qui permettent de remplacer une dizaine de data center sur l’ensemble du territoire.",
      [NUM, NRJ], non=["deux", "30%", "une dizaine"], notes="Performance constatée des data centers (piège).")
    P("Ces data centers fonctionnent en « free cooling », une technologie qui réduit de 80 % le recours à la climatisation artificielle et qui continue de s’améliorer dans les laboratoires dont Orange dispose, en Co innovation avec différents acteurs industriels et académiques.",
      [NUM, NRJ], non=["80 %"], notes="Caractéristique d'une technologie (piège).")

    S("https://www.lcl.fr/banque-privee/actualites/autres-horizons/climat-construire-ensemble-un-modele-economique-durable", "Climat : construire ensemble un modèle économique durable (LCL Banque privée)")
    P("Personne ne peut plus ignorer la nécessité de revoir en profondeur notre modèle économique, fondé sur l’épuisement des ressources et le dépassement des limites planétaires. Selon le sixième rapport du GIEC, il nous faut réduire de moitié les émissions mondiales de CO2 d'ici 2030, puis atteindre la neutralité carbone à horizon 2050, pour espérer limiter le réchauffement climatique à 1,5 degré.",
      [ENV], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2030, subject="émissions mondiales de CO2")],
      non=["sixième", "2050", "1,5 degré"], notes="Trajectoire mondiale tirée du GIEC et reprise par la banque (« il nous faut ») : lue comme cible ; la neutralité 2050 est sans valeur ; 1,5 degré est une limite de réchauffement.", ambiguous=True)

    S("https://derichebourg.fr.digital-report.net/rapport/3188", "DEU 2024 : présentation du groupe et de ses activités (Derichebourg)")
    P("En avril 2023, la division Multiservices a été apportée à Elior Group et rémunérée par l’émission de nouvelles actions de ce Français de la restauration collective et des services aux entreprises, portant la détention de Derichebourg à 48,31 %.",
      [], non=["avril 2023", "48,31 %"], notes="Opération financière passée (piège) ; passage sans thème.")
