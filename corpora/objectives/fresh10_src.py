"""Tenth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh10.jsonl).

Collected in issue 15's eleventh pass, blind to what the extractor gets wrong (no error listing, first score or error
table read), to measure it on text nobody here had read. Pages of varied kinds (national and regional press, climate
and energy plans as reported, universities' sobriety plans, companies' climate targets, financial newswires, energy
cooperatives and networks, health-sector carbon sites, think tanks, biodiversity associations, law firms, transport
and supply-chain press) and traps: results of the past, statistics and surveys, budgets, counts, dates, thresholds, forecasts, hypothetical
examples. Pages of sites that neither the shared dev set, nor any training passage (``corpora/real``, the collected
set), nor an earlier fresh set uses (the build checks); no purchasing-policy page of a local authority. Labelled with
the conventions of the shared real dev set; never run through the extractor here (the lead scores it). Every passage
is copied from the opening of a public web page as the project's search tool stored it, cited by its URL, 70 words
or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import CIRC, ENV, GOV, NRJ

SANTE = "sante"
BIO = "biodiversite"
EGAL = "egalite_femmes_hommes"


def load(S, P, Q) -> None:

    S("https://www.tf1info.fr/environnement-ecologie/climat-cop-regionales-d-ici-a-2030-460000-voitures-electriques-dans-le-region-grand-est-2276132.html", "Climat : COP régionales, d'ici à 2030, 460 000 voitures électriques dans la région Grand Est (TF1 Info)")
    P("Pour le Grand Est, cela signifiera notamment passer de 32.000 voitures électriques à 460.000 en 2030.",
      [ENV, NRJ], objs=[Q(460000, unit="count", direction="increase", kind="absolute", horizon=2030, baseline_value=32000, subject="voitures électriques dans le Grand Est")],
      notes="« passer de … à … en 2030 » : hausse, valeur de départ 32 000 ; déclinaison régionale de la planification.")
    P("Diviser par quatre le nombre de chaudières au fioul",
      [ENV, NRJ], objs=[Q(4, unit="x", direction="decrease", kind="relative_change", subject="nombre de chaudières au fioul")],
      notes="Intertitre ; « diviser par quatre » : facteur 4, baisse ; pas d'année dans le passage.", ambiguous=True)

    S("https://www.univ-st-etienne.fr/fr/universite/strategie/responsabilite-societale/plan-de-sobriete.html", "Plan de sobriété (Université Jean Monnet Saint-Étienne)")
    P("15% d’économie sur la consommation de gaz grâce aux mesures de sobriété à l’UJM",
      [NRJ], non=["15%"], notes="Résultat obtenu (piège).")
    P("Dès l’automne 2022, l’Université Jean Monnet annonçait la mise en œuvre d’un plan de sobriété, en réponse à la circulaire ministérielle qui demandait aux établissements de diminuer de 10% leur consommation énergétique afin d’anticiper d’éventuelles contraintes d’approvisionnement.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", subject="consommation énergétique des établissements")],
      non=["2022"], notes="Objectif de la circulaire, rapporté au passé ; « diminuer de 10% » : baisse relative ; pas d'année cible.", ambiguous=True)
    P("•    Généraliser une consigne de chauffage à 19°",
      [NRJ], non=["19°"], notes="Consigne de température (seuil), pas une cible chiffrée au sens des conventions.", ambiguous=True)

    S("https://www.u-bordeaux.fr/actualites/interview-de-dean-lewis-sur-le-plan-de-sobriete-energetique-de-luniversite", "Le plan de sobriété énergétique de l’université de Bordeaux")
    P("Nous nous fixons comme objectif quantifié de diminuer de 10 % nos consommations d’énergie en 2023.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2023, subject="consommations d'énergie de l'université")],
      notes="« diminuer de 10 % … en 2023 » : baisse relative, horizon écrit.")

    S("https://hebdo.insa-toulouse.fr/?p=31005", "Plan de sobriété énergétique (INSA Toulouse, hebdo interne)")
    P("Comme suite à l’annonce de notre Première Ministre, il nous revient de construire et de déployer un Plan de Sobriété Énergétique, ciblant une réduction de 10% des consommations énergétiques des opérateurs de l’État d’ici 2024, par rapport à l’année 2019.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2024, baseline_year=2019, subject="consommations énergétiques des opérateurs de l'État")],
      notes="« réduction de 10% … d'ici 2024, par rapport à l'année 2019 ».")
    P("Cela se traduit par des projections de surcoûts financiers pour notre établissement variant de 100% à 350% selon la nature des fluides (électricité, gaz, chauffage biomasse).",
      [NRJ], non=["100%", "350%"], notes="Projection de surcoûts (piège).")
    P("Notre réponse est attendue pour le 31 octobre 2022 après présentation et discussion devant les instances (CT, CHSCT et CA notamment)",
      [GOV], non=["31 octobre 2022"], notes="Date d'échéance administrative (piège).")

    S("https://smart-city.eco/bien-vivre-en-ville/plan-velo-mobilites/", "Mobilité urbaine : zoom sur les enjeux du plan vélo & mobilités actives 2022-2027 (smart-city.eco)")
    P("Un budget conséquent de pas moins de 410 millions d’euros aura notamment permis aux aménagements cyclables de progresser de 39 % entre 2017 et juin 2022 (dont + 38 % de pistes cyclables).",
      [ENV], non=["410 millions d’euros", "39 %", "2017", "2022", "+ 38 %"], notes="Budget et résultat passé avec verbe de changement (piège).")
    P("Selon les estimations du gouvernement et comme nous le confirment les diverses tendances de marché, l’usage du vélo a très fortement progressé sur les dernières années, prenant presque 21 % en deux ans (2019 à 2021) pour atteindre 2,7 millions de vélos vendus.",
      [ENV], non=["21 %", "deux", "2019", "2021", "2,7 millions"], notes="Résultat passé ; « pour atteindre » décrit un constat (piège).")

    S("https://journalauto.com/journal-des-flottes/mobilites-durables-le-retour/", "Mobilités durables, le retour (Journal de l'Automobile, Journal des flottes)")
    P("À cette date, la mobilité devrait afficher un budget carbone en baisse de 31 % par rapport à 2022, pour se situer à 90 millions de tonnes de CO 2 eq.",
      [ENV], objs=[Q(31, direction="decrease", kind="relative_change", baseline_year=2022, subject="budget carbone de la mobilité"),
                   Q(90000000, unit="tCO2", kind="absolute", subject="budget carbone de la mobilité")],
      notes="Objectif d'un plan mis en consultation ; l'année (« à cette date ») est hors du passage : pas d'horizon ; 90 Mt CO2 : niveau visé.", ambiguous=True)
    P("Dans le même temps, la consommation énergétique de cette activité devra passer à 396 TWh, en baisse de 21 % par rapport à 2019.",
      [NRJ], objs=[Q(21, direction="decrease", kind="relative_change", baseline_year=2019, subject="consommation énergétique de la mobilité")],
      notes="« devra passer à 396 TWh, en baisse de 21 % » : la baisse relative est étiquetée ; 396 TWh est le même objectif dans une unité hors liste (non étiqueté, non listé comme piège).", ambiguous=True)
    P("Des objectifs ambitieux à atteindre donc, alors que le nombre de voyageurs-kilomètre (transport d'une personne sur un kilomètre) devrait dépasser le cap des 1 000 milliards (1 007 milliards, contre 985 milliards en 2019).",
      [ENV], non=["1 000 milliards", "1 007 milliards", "985 milliards", "2019"], notes="Prévision de trafic (piège).")

    S("https://www.soletanche-bachy.com/fr/a-propos/environnement", "Environnement (Soletanche Bachy)")
    P("– Réduire notre empreinte carbone de 40% à l’horizon 2030 sur les scopes 1 et 2 à part de marché constante par rapport à 2018 en réduisant notre consommation directe et indirecte d’énergies fossiles (carburant des machines et des véhicules, électricité).",
      [ENV, NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2018, subject="empreinte carbone (scopes 1 et 2)", themes=(ENV,))],
      non=["1", "2"], notes="Engagement d'entreprise ; les numéros de scopes ne sont pas des cibles.")

    S("https://www.tradingsat.com/elis-FR0012435121/actualites/elis-elis-objectifs-de-reduction-des-ges-d-ici-2030-1083447.html", "Elis : objectifs de réduction des GES d'ici 2030 (Cercle Finance, TradingSat)")
    P("(CercleFinance.com) - Le groupe de blanchisserie industrielle Elis dévoile sa feuille de route climat et ses objectifs à horizon 2030, dont une réduction de 47,5% en valeur absolue de ses émissions de gaz à effet de serre (GES) des scopes 1 et 2 d'ici 2030, par rapport à 2019.",
      [ENV], objs=[Q(47.5, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2019, subject="émissions de GES (scopes 1 et 2)")],
      non=["1", "2"], notes="« réduction de 47,5% … d'ici 2030, par rapport à 2019 ».")
    S("https://www.tradingsat.com/michelin-FR0000121261/actualites/michelin-michelin-le-sbti-approuve-les-objectifs-de-reduction-de-co2-914943.html", "Michelin : le SBTi approuve les objectifs de réduction de CO2 (Cercle Finance, TradingSat)")
    P("De plus, Michelin s'engage à ce que 70 % de ses fournisseurs de matières premières (% en émissions de GES) aient fixé des cibles 'science-based' d'ici 2024.",
      [ENV], objs=[Q(70, horizon=2024, subject="fournisseurs de matières premières ayant des cibles science-based")],
      notes="Part des fournisseurs (pondérée par leurs émissions) ; horizon écrit.")

    S("https://hug-familie.ch/fr/content/protection-du-climat/", "Engagement en faveur du climat (HUG, entreprise suisse)")
    P("La Suisse a ratifié l’accord de Paris et s’est donc engagée à réduire de 50 % les gaz à effet de serre d’ici à 2030, par rapport à 1990.",
      [ENV], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2030, baseline_year=1990, subject="émissions de gaz à effet de serre de la Suisse")],
      notes="Engagement national rappelé par une entreprise.")
    P("Nous nous engageons donc à réduire notre empreinte CO₂ opérationnelle de 42 % d'ici 2030 par rapport à l ’année de référence 2022 et nous voulons atteindre le zéro net d'ici 2035.",
      [ENV], objs=[Q(42, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2022, subject="empreinte CO2 opérationnelle")],
      non=["2035"], notes="« zéro net d'ici 2035 » : objectif sans valeur chiffrée au sens des conventions (non étiqueté).", ambiguous=True)

    S("https://www.boursorama.com/bourse/actualites/saint-gobain-feuille-de-route-pour-la-neutralite-carbone-59f28bb8323188af477d96b6a8c9579c", "Saint-Gobain : feuille de route pour la neutralité carbone (Cercle Finance, Boursorama)")
    P("A horizon 2030 par rapport à 2017, il vise ainsi une réduction de ses émissions directes et indirectes de CO2 (scopes 1 et 2) de 33% à neuf millions de tonnes et une réduction de 16% des émissions de CO2 sur le scope 3 pour la totalité de ses catégories pertinentes.",
      [ENV], objs=[Q(33, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2017, subject="émissions de CO2 (scopes 1 et 2)"),
                   Q(9000000, unit="tCO2", kind="absolute", horizon=2030, subject="émissions de CO2 (scopes 1 et 2)"),
                   Q(16, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2017, subject="émissions de CO2 (scope 3)")],
      non=["1", "2", "3"], notes="« de 33% à neuf millions de tonnes » : baisse relative et niveau visé ; numéros de scopes non cibles.", ambiguous=True)
    P("Pour atteindre ses objectifs, le groupe dédiera chaque année et jusqu'en 2030 un budget d'investissements et de R&D ciblé d'environ 100 millions d'euros.",
      [ENV], non=["2030", "100 millions d'euros"], notes="Budget annuel (piège selon les conventions).", ambiguous=True)

    S("https://dwatts.fr/cccps-validation-mix-energetique-cadre-maitrise-territoriale-projets/?utm_source_platform=mailpoet", "La CCCPS valide son mix énergétique et un cadre de maîtrise territoriale des projets (dwatts, coopérative d'énergie citoyenne)")
    P("La Communauté de Communes du Crestois et du Pays de Saillans, CCCPS, a pris en novembre 2023 deux délibérations importantes sur l’énergie.",
      [NRJ], non=["2023", "deux"], notes="Date et compte (piège).")
    P("Elle permettra aussi d’apporter une contribution aux objectifs nationaux (63,2 GWh exportés).",
      [NRJ], non=["63,2 GWh"], notes="Volume attendu d'un scénario, unité hors liste (piège).", ambiguous=True)

    S("https://cler.org/communes-a-energie-positive-un-levier-pour-federer-les-acteurs-du-territoire", "Communes à énergie positive : un levier pour fédérer les acteurs du territoire (CLER, réseau pour la transition énergétique)")
    P("La Communauté de Communes des Monts du Lyonnais est un Territoire à énergie positive qui s'engage à horizon 2050 à produire l’énergie qu’il consomme.",
      [NRJ], objective=True, non=["2050"], notes="Engagement sans valeur chiffrée (objectif non quantifié).", ambiguous=True)
    P("Nous avons élaboré notre diagnostic territorial en additionnant les données des 32 communes du territoire.",
      [GOV], non=["32"], notes="Compte (piège).")

    S("https://objectifmetropolesdefrance.fr/la-production-locale-des-energies-renouvelables-en-augmentation/", "La production locale des énergies renouvelables en augmentation (Objectif Métropoles de France)")
    P("57 % d’entre elles accueillent une production de moins de 200 Gwh par an et 43 % au-delà.",
      [NRJ], non=["57 %", "200 Gwh", "43 %"], notes="Résultats d'enquête (piège).")
    P("Alors que ces énergies représentent aujourd’hui moins de 20 % des consommations dans les trois quarts des territoires sondés, une grande partie des intercommunalités souhaitent aller au-delà de 40 %.",
      [NRJ], objs=[Q(40, comparator=">=", subject="part des énergies renouvelables dans les consommations du territoire")],
      non=["20 %", "trois quarts"], notes="Souhait déclaré dans une enquête ; « au-delà de 40 % » : >= ; 20 % est la situation actuelle.", ambiguous=True)

    S("http://www.tnova.fr/economie-social/entreprises-travail-emploi/pour-un-quota-de-femmes-dans-les-instances-de-direction-des-entreprises/", "Pour un quota de femmes dans les instances de direction des entreprises (Terra Nova)")
    P("Il y a dix ans était votée la loi Copé-Zimmermann qui imposait un quota de 40 % de femmes dans les conseils d’administration (CA) des entreprises de plus de 250 salariés.",
      [EGAL], objs=[Q(40, subject="femmes dans les conseils d'administration (loi Copé-Zimmermann)")],
      non=["dix", "250"], notes="Quota légal rappelé ; ce n'est pas un quota d'achat : un annotateur pourrait le refuser ; 250 salariés : seuil.", ambiguous=True)

    S("https://www.linfo.re/france/politique/fonction-publique-nomination-pour-la-1ere-fois-de-42-de-femmes-a-des-postes-dirigeants-en-2020", "Fonction publique : nomination pour la 1ère fois de 42 % de femmes à des postes dirigeants en 2020 (Linfo.re)")
    P("La ministre Amélie de Montchalin a indiqué que le taux de 42% de femmes à des postes dirigeants en 2020 \"dépasse pour la première fois l’objectif légal du dispositif des nominations équilibrées fixé depuis 2012 par la loi Sauvadet\".",
      [EGAL], non=["42%", "2020", "2012"], notes="Résultat atteint (piège) ; l'objectif légal n'est cité que pour dire qu'il est dépassé, sans sa valeur.", ambiguous=True)

    S("https://www.institutmontaigne.org/blog/2013/07/03/Les-objectifs-chiffr%C3%A9s-%3A-un-levier-efficace-pour-la-parit%C3%A9", "Les objectifs chiffrés : un levier efficace pour la parité (Institut Montaigne)")
    P("En janvier 2011, une loi imposait 40 % de femmes dans les conseils d'administration des grandes entreprises d'ici 2017 et 20 % d'ici 2014. Les entreprises ont devancé ces objectifs et les conseils d'administration du CAC 40 comptent déjà 28,2 % de femmes selon les derniers chiffres d'Ethics and Boards.",
      [EGAL], objs=[Q(40, horizon=2017, subject="femmes dans les conseils d'administration des grandes entreprises"),
                    Q(20, horizon=2014, subject="femmes dans les conseils d'administration (palier)")],
      non=["2011", "CAC 40", "28,2 %"], notes="Quota légal par paliers ; 28,2 % : résultat.", ambiguous=True)
    P("Du côté des comités exécutifs, il reste encore du chemin à parcourir puisque les femmes ne représentent que 9 % de leurs effectifs.",
      [EGAL], non=["9 %"], notes="Constat (piège).")

    S("https://miroirsocial.com/taxonomy/term/8941?page=1", "Accélérer la féminisation de l'encadrement supérieur de la fonction publique (Miroir social)")
    P("À l'occasion du débat sur le projet de loi pour l'égalité entre hommes et femmes à l'Assemblée nationale le 26 juin, les députés ont décidé d'avancer d'un an l'objectif de nommer 40 % de femmes dans l'encadrement supérieur et aux postes direction de la fonction publique.",
      [EGAL], objs=[Q(40, subject="femmes nommées dans l'encadrement supérieur de la fonction publique")],
      non=["26 juin", "un an"], notes="Objectif légal de nominations ; année non écrite.")

    S("https://thavocats.fr/le-zero-artificialisation-nette-quels-objectifs", "Le zéro artificialisation nette : quels objectifs ? (TH Avocats)")
    P("En effet, à l’échelle nationale, entre 2021 et 2031, il est prévu une division par deux de la consommation d’espace observée sur tout le territoire national entre 2011 et 2021.",
      [BIO], objs=[Q(2, unit="x", direction="decrease", kind="relative_change", horizon=2031, subject="consommation d'espace (ZAN)")],
      non=["2021", "2011"], notes="« division par deux » : facteur 2, baisse ; période cible 2021-2031 (horizon 2031), période de référence 2011-2021 (pas une année unique).", ambiguous=True)

    S("https://www.caradisiac.com/bornes-de-recharge-en-flotte-le-reseau-a-la-fois-encourage-et-contraint-a-se-densifier-185308.htm", "Bornes de recharge en flotte : le réseau à la fois encouragé et contraint à se densifier (Caradisiac)")
    P("La récente annonce du gouvernement fixant pour objectif ambitieux le cap des 100 000 bornes accessibles à tous d’ici la fin 2021 démontre bien le manque d’infrastructures à ce jour.",
      [ENV, NRJ], objs=[Q(100000, unit="count", kind="absolute", horizon=2021, subject="bornes de recharge accessibles à tous")],
      notes="« d'ici la fin 2021 » : l'année est écrite.")
    P("Début juillet, l’Avere, Association nationale pour le développement de la mobilité électrique, recensait quelque 30 000 bornes publiques sur l’ensemble de l’Hexagone, dont 20 % sur des sites appartenant à des entreprises et commerces.",
      [ENV, NRJ], non=["30 000", "20 %"], notes="Recensement (piège).")

    S("https://primeo-energie.fr/actuenergie/mobilite-electrique-entreprise", "Mobilité électrique en entreprise (Primeo Énergie)")
    P("Dans le cadre du décret tertiaire, les bâtiments tertiaires de plus de 1 000 m² doivent réduire leur consommation énergétique.",
      [NRJ], objective=True, non=["1 000 m²"], notes="Obligation de baisse sans valeur dans le passage ; 1 000 m² : seuil.", ambiguous=True)
    P("À titre d’exemple, une flotte de 15 véhicules thermiques convertie à l’électrique permet de réduire les émissions annuelles de près de 25 tonnes de CO₂.",
      [ENV], non=["15", "25 tonnes"], notes="Exemple chiffré hypothétique (piège).")

    S("https://actu.orange.fr/videos/economie/100-000-bornes-de-recharge-d-ici-fin-2021-un-objectif-difficile-a-atteindre-CNT000001t8kxZ.html?pid=5i0B%2FADgCrDPS4xaW1Rj5g%3D%3D", "100.000 bornes de recharge d'ici fin 2021, un objectif difficile à atteindre ? (BFM Business, Orange Actu)")
    P("En France, il n'y a que 32.000 infrastructures de recharge électrique. Le gouvernement en a promis 100.000 d'ici fin 2021.",
      [ENV, NRJ], objs=[Q(100000, unit="count", kind="absolute", horizon=2021, subject="infrastructures de recharge électrique")],
      non=["32.000"], notes="Promesse gouvernementale ; 32 000 : situation actuelle.")

    S("https://www.kaliverif.fr/?p=5469", "Une stratégie pour atteindre l’objectif de 30 % d’aires protégées en 2022 (Kaliverif)")
    P("Dans la foulée du One Planet Summit, l’exécutif publie sa nouvelle stratégie pour protéger 30 % du territoire national d’ici deux ans.",
      [BIO], objs=[Q(30, subject="part du territoire national protégée")],
      non=["deux"], notes="« d'ici deux ans » : année non écrite dans le passage (elle est dans le titre).")

    S("https://alliance.opposantschasse.org/strategie-francaise-des-aires-protegees/", "Stratégie française des aires protégées (Alliance des opposants à la chasse)")
    P("Le document confirme ce que nous savions déjà : l’objectif est de protéger au moins 30% du territoire, dont 1/3, soit 10%, sous protection forte.",
      [BIO], objs=[Q(30, comparator=">=", subject="part du territoire en aires protégées"),
                   Q(10, subject="part du territoire sous protection forte")],
      notes="« dont 1/3, soit 10% » : cible emboîtée ; 1/3 et 10 % expriment la même cible (10 % retenu).", ambiguous=True)

    S("https://www.lnc.nc/print/1410216", "Biodiversité : l'objectif de protéger 30 % de la planète dans le projet d'accord (Les Nouvelles calédoniennes)")
    P("L'objectif de protéger 30% des terres et des mers de la planète d'ici 2030, annoncé comme le point phare des négociations de l'ONU sur la biodiversité, figure dans le projet d'accord, présenté dimanche par la Chine, présidente du sommet.",
      [BIO], objs=[Q(30, horizon=2030, subject="terres et mers protégées")], notes="Objectif mondial d'un projet d'accord.")
    P("A ce jour, 17% des terres et 8% des mers sont protégées.",
      [BIO], non=["17%", "8%"], notes="Constat (piège).")

    S("https://lacorneille.fr/main-articles/que-prevoit-vraiment-le-gouvernement-contre-leffondrement-de-la-biodiversite", "6ème extinction de masse : que prévoit vraiment le gouvernement ? (La Corneille)")
    P("Ce plan comporte 40 mesures organisées autour de quatre axes : réduire les pressions qui s’exercent sur la biodiversité, restaurer la biodiversité dégradée partout où c’est possible, mobiliser tous les acteurs et garantir les moyens d’atteindre ces ambitions.",
      [BIO], objective=True, non=["40", "quatre"], notes="Comptes de mesures et d'axes ; orientations sans valeur.", ambiguous=True)
    P("Celui-ci prévoit notamment la conservation de 30 % des zones terrestres, des eaux intérieures et des zones côtières et marines ainsi que la restauration de 30 % des écosystèmes dégradés.",
      [BIO], objs=[Q(30, subject="zones terrestres, eaux intérieures, zones côtières et marines conservées"),
                   Q(30, subject="écosystèmes dégradés restaurés")],
      notes="Deux cibles de l'accord de Kunming-Montréal ; pas d'année dans le passage.")

    S("https://infonature.media/info-des-pros/action-publique-droit-justice/2021/13/le-gouvernement-presente-sa-strategie-daires-protegees-les-ong-prudentes/", "Le gouvernement présente sa stratégie d’aires protégées, les ONG prudentes (Infonature)")
    P("En 2019, les experts de l’ONU avertissaient qu’un million d’espèces végétales et animales pourraient disparaître.",
      [BIO], non=["2019", "un million"], notes="Alerte chiffrée (piège).")
    P("Emmanuel Macron promettait alors de protéger 30% des terres et mers françaises, dont 10% “en pleine naturalité“, une notion remplacée depuis par la “protection forte” où “les pressions engendrées par les activités humaines susceptibles de compromettre la conservation (…) sont supprimées ou significativement limitées, de manière pérenne“.",
      [BIO], objs=[Q(30, subject="terres et mers françaises protégées"),
                   Q(10, subject="terres et mers en pleine naturalité / protection forte")],
      notes="Promesse d'un élu rapportée au passé, toujours en vigueur ; cible emboîtée « dont 10% ».", ambiguous=True)

    S("http://cniid.org/Mention-tres-bien-decernee-aux,692", "Mention très bien décernée aux établissements de santé du C2DS (Cniid)")
    P("Le 27 juin 2013, le Comité pour le Développement Durable en Santé (C2DS) a organisé une journée thématique sur la réduction des déchets en quantité et dangerosité en établissement de santé et médico-social.",
      [SANTE, CIRC], non=["27 juin 2013"], notes="Date (piège).")
    P("A noter qu’une part de tarification incitative sera mise en place à partir de 2015, motivant ainsi à l’action dès aujourd’hui.",
      [CIRC], non=["2015"], notes="Date d'entrée en vigueur d'un dispositif, sans valeur (piège).")

    S("https://innovation24.news/?p=13548", "Les ambitions régionales (Biogaz Magazine, innovation24.news)")
    P("L’objectif de ce pacte est d’optimiser l’exploitation, de structurer la filière et d’atteindre 10% de la consommation bretonne de biogaz en 2025, pour une région qui compte déjà 70 cogénérateurs (411 GW) et 11 unités d’injection (128 GW) en service.",
      [NRJ], objs=[Q(10, horizon=2025, subject="part du biogaz dans la consommation bretonne")],
      non=["70", "411 GW", "11", "128 GW"], notes="« atteindre 10% … en 2025 » ; comptes et puissances existants.")
    S("https://www.innovation24.news/2020/06/23/les-ambitions-regionales/", "Les ambitions régionales (Biogaz Magazine, innovation24.news)")
    P("parmi lesquels le développement des énergies renouvelables pour tripler la production d’ici à 2021 (aujourd’hui environ 11 % de la consommation d’énergie finale), et en particulier le bois énergie et la méthanisation",
      [NRJ], objs=[Q(3, unit="x", direction="increase", kind="relative_change", horizon=2021, subject="production d'énergies renouvelables (Pays de la Loire)")],
      non=["11 %"], notes="Tranche d'une phrase ; « tripler » : facteur 3, hausse ; 11 % : situation actuelle.")

    S("https://www.supplychainmagazine.fr/bibliotheque-numerique/supply-chain-magazine/42/lessentiel/aujourdhui-le-fret-ferroviaire-ne-capte-que-9-des-marchandises-en-france-alors-que-chez-certains-de-nos-voisins-ce-chiffre-atteint-30-pourtant-le-fret-ferroviaire-cest-moins-de-pollution-et-moins-de-gaz-a-effet-de-serre-cest-aussi-plus-de-competitivite-pour-notre-industrie-pour-toutes-ces-raisons-je-veux-que-nous-redonnions-au-fret-ferroviaire-la-place-quil-merite-je-veux-quen-2030-sa-part-modale-ait-double-quelle-passe-de-9-a-18-677987.php", "La phrase : le fret ferroviaire (Supply Chain Magazine)")
    P("« Aujourd’hui, le fret ferroviaire ne capte que 9 % des marchandises en France, alors que chez certains de nos voisins, ce chiffre atteint 30 %.",
      [ENV], non=["9 %", "30 %"], notes="Constat et comparaison (piège).")
    P("Pour toutes ces raisons, je veux que nous redonnions au fret ferroviaire la place qu’il mérite. Je veux qu’en 2030, sa part modale ait doublé, qu’elle passe de 9 % à 18 %. »",
      [ENV], objs=[Q(2, unit="x", direction="increase", kind="relative_change", horizon=2030, subject="part modale du fret ferroviaire"),
                   Q(18, direction="increase", horizon=2030, baseline_value=9, subject="part modale du fret ferroviaire")],
      notes="Citation d'un élu ; « ait doublé » et « passe de 9 % à 18 % » : la même cible dite deux fois.", ambiguous=True)

    S("https://actu-transport-logistique.fr/ferroviaire/cop24-les-entreprises-europeennes-de-fret-ferroviaire-se-mobilisent-512246.php", "COP24 : les entreprises européennes de fret ferroviaire se mobilisent (Actu-Transport-Logistique)")
    P("Ces chiffres correspondent à la part modale qu’elles souhaitent atteindre d’ici à 2030 en multipliant par deux les volumes de marchandises transportés. Ce sont, ainsi, près de 300 millions de tonnes de CO2 qui pourraient être évités.",
      [ENV], objs=[Q(2, unit="x", direction="increase", kind="relative_change", horizon=2030, subject="volumes de marchandises transportés par le rail")],
      non=["300 millions de tonnes"], notes="La part visée (30 %) est dans le titre du livre blanc, hors du passage ; 300 Mt : effet attendu.", ambiguous=True)
    P("Il souligne, ensuite, qu’une augmentation du trafic marchandises de 30 % est prévue d’ici 2030, ce qui équivaut à un million de camions supplémentaires sur les routes européennes.",
      [ENV], non=["30 %", "2030", "un million"], notes="Prévision de trafic (piège).")

    S("https://acieries.com/2022/10/24/pourquoi-le-transport-ferroviaire-de-fret-reste-loin-de-son-objectif-de-doublement/", "Pourquoi le transport ferroviaire de fret reste loin de son objectif de doublement (acieries.com)")
    P("Deux ans sont passés depuis que les acteurs du fret ferroviaire réunis dans l’alliance 4F avaient imaginé un plan de 15 milliards d’euros avec 30 propositions pour doubler la part modale de leur secteur.",
      [ENV], objs=[Q(2, unit="x", direction="increase", kind="relative_change", subject="part modale du fret ferroviaire")],
      non=["Deux", "4F", "15 milliards d’euros", "30"], notes="But d'un plan de la filière, rapporté ; budget et nombre de propositions : pièges.", ambiguous=True)
    P("« L’Etat a choisi de reprendre à son compte l’ambition portée par les acteurs du secteur d’un doublement sur la décennie de la part modale du fret ferroviaire en passant de 9% en 2019 à 18 % en 2030, pouvait-on lire. A plus long terme, l’Etat se donne l’objectif d’atteindre une part modale de 25 % à l’horizon 2050. »",
      [ENV], objs=[Q(2, unit="x", direction="increase", kind="relative_change", horizon=2030, subject="part modale du fret ferroviaire"),
                   Q(18, direction="increase", horizon=2030, baseline_year=2019, baseline_value=9, subject="part modale du fret ferroviaire"),
                   Q(25, horizon=2050, subject="part modale du fret ferroviaire")],
      notes="Stratégie nationale citée ; doublement et 9 % → 18 % : même cible dite deux fois ; 25 % à l'horizon 2050.", ambiguous=True)

    S("https://www.tf1.fr/tf1/jt-20h/videos/economie-denergie-des-milliers-de-batiments-publics-a-renover-33326176.html", "Économie d’énergie : des milliers de bâtiments publics à rénover (TF1, JT de 20h)")
    P("La facture d’énergie s’élève à 20 000 euros chaque année. Au total en France, parmi les 49 000 écoles élémentaires, 60% auraient besoin d’être rénovées.",
      [NRJ], non=["20 000 euros", "49 000", "60%"], notes="Dépense et statistique (piège).")
    P("Ces travaux permettraient d'alléger les factures énergétiques de 4 000 à 2 500 euros par an.",
      [NRJ], non=["4 000", "2 500 euros"], notes="Effet attendu de travaux, au conditionnel (piège).", ambiguous=True)

    S("https://www.angersmag.info/renovation-energetique-ecoles-confort-accru-eleves-plus-concentres_a14762.html", "Rénovation énergétique des écoles : confort accru, élèves plus concentrés (Angers Mag)")
    P("Le département du Maine-et-Loire, responsable des collèges publics, a prévu un budget de 60 millions d'euros pour réduire la consommation d'énergie de ces bâtiments. Ce plan va même au-delà des réglementations fixées pour les années à venir. L'objectif est d'atteindre une réduction de 50 % de la consommation d'énergie d'ici 2030.",
      [NRJ], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2030, subject="consommation d'énergie des collèges publics du Maine-et-Loire")],
      non=["60 millions d'euros"], notes="« atteindre une réduction de 50 % » : la réduction porte la direction ; budget : piège.")
    P("Cet investissement de 850 000 euros permettra de réaliser des économies significatives.",
      [NRJ], non=["850 000 euros"], notes="Montant d'investissement (piège).")

    S("https://lagazette-sqy.fr/2023/04/18/votreville/villepreux/la-commune-veut-lancer-une-profonde-renovation-energetique-de-trois-ecoles/", "Villepreux : la commune veut lancer une profonde rénovation énergétique de trois écoles (La Gazette de Saint-Quentin-en-Yvelines)")
    P("« On a 37 % des surfaces des bâtiments qui sont scolaires sur la commune, et qui représentent à eux seuls 50 % des consommations d’énergie », expose le maire.",
      [NRJ], non=["37 %", "50 %"], notes="Constat d'un élu (piège).")

    S("https://www.oponce.fr/?p=1988", "Le bilan carbone et la notion de scope (Green Med Score, glossaire)")
    P("– Une aide au recrutement : 76% des jeunes de la génération Y placent la RSE au-dessus du salaire dans les critères de recherche d’emploi",
      [GOV], non=["76%"], notes="Sondage (piège).")

    S("https://atmosphere-climat.com/auteur/admin/page/30", "Bilan carbone : impact sur la santé publique (Atmosphère Climat)")
    P("Le bilan carbone du système de santé en France est estimé à environ 49 millions de tonnes de CO2 équivalent. Le secteur de la santé représente plus de 8 % de l’empreinte carbone nationale.",
      [SANTE, ENV], non=["49 millions de tonnes", "plus de 8 %"], notes="Estimation et part (piège) ; « plus de » ne fait pas une cible.")
