"""Twelfth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh12.jsonl).

Collected in one pass for the lead, blind to what the extractor gets wrong (no extractor run on these passages, no
error listing, first score or error table read), to measure it on text nobody here had read. Pages that are not the
sites of public bodies: trade press (public purchasing, local authorities, building, collective catering, energy),
national and regional press, networks and associations (insertion, ESS, organic farming, environment), federations,
consultancies and law firms, companies' and cooperatives' pages, think tanks and blogs; and traps: results of the
past, statistics and surveys, budgets, counts, dates, procurement-law thresholds, forecasts, hypothetical examples.
Pages of sites that neither the shared dev set, nor any training passage (``corpora/real``, the collected set), nor
an earlier fresh set uses (the build checks). Labelled with the conventions of the shared real dev set; never run
through the extractor here (the lead scores it). Every passage is copied from the opening of a public web page as the
project's search tool stored it, cited by its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, ESS, GOV, HAND, NRJ, PME

SANTE = "sante"
BIO = "biodiversite"
EGAL = "egalite_femmes_hommes"
NUM = "numerique_responsable"
CT = "conditions_de_travail"
CE = "commerce_equitable"
INNO = "achats_innovants"


def load(S, P, Q) -> None:

    S("https://tvvendee.fr/plus-info/le-de-linfo-lagriculture-biologique-dans-la-restauration-collective/", "Le + de l'info : l'agriculture biologique dans la restauration collective (TV Vendée)")
    P("La loi Egalim impose 20% de bio dans les assiettes. En restauration collective, ce sont de grandes quantités pour des publics sensibles.",
      [ALIM], objs=[Q(20, subject="part de produits bio dans les assiettes de la restauration collective")],
      notes="Quota légal EGalim cité (objectif) ; pas d'année.")

    S("https://lainagricole.fr/articles/11/04/2024/egalim-L-etat-veut-accelerer-pour-la-restauration-collective-90306/", "Égalim : L’État veut « accélérer » pour la restauration collective (L'Ain agricole)")
    P("Avec 400 millions de repas servis dans ses restaurants collectifs et 1 milliard d’euros d’achats, l’État est le « premier restaurateur du pays ».",
      [ALIM], non=["400 millions", "1 milliard d’euros"], notes="Volumes de repas et d'achats (piège).")

    S("https://departements.fr/departements-ess-facon-dentreprendre/", "Les Départements, l'ESS, une autre façon d'entreprendre (Départements de France)")
    P("Avec environ 165 000 entreprises composées de 154 000 associations employeuses, 8 700 coopératives, 800 mutuelles, 500 fondations, une centaine de sociétés commerciales, l’ESS emploie près de 2,4 millions de salariés, dans des secteurs très divers : elle représente par exemple 63 % des emplois de l’action sociale, 56 % des emplois du sport et des loisirs, 29 % de la culture et de nombreux emplois dans le domaine agricole.",
      [ESS], non=["165 000", "154 000", "8 700", "800", "500", "2,4 millions", "63 %", "56 %", "29 %"], notes="Statistiques sur l'ESS (piège).")
    P("Ils sont également présents au capital de 17 % des sociétés coopérative d’intérêt collectif (SCIC).",
      [ESS], non=["17 %"], notes="Constat (piège).")

    S("https://cance.fr/facilitatrice-des-clauses-sociales-le-point-de-depart-de-linsertion-reussie/", "Facilitatrice des clauses sociales, le point de départ de l’insertion réussie (établissements Cancé)")
    P("Peut-être cela explique-t-il le taux encore faible de marchés clausés, avec seulement 10,2% des marché publics en 2018.[1]",
      [CS], non=["10,2%", "2018", "[1]"], notes="Constat d'une année passée (piège).")

    S("https://roberttboucher.s3.amazonaws.com/clauses-dinsertion-le-financement-des-facilitateurs-freine-leur-developpement.html", "Clauses d'insertion : le financement des facilitateurs freine leur développement (copie d'un article de presse)")
    P("La situation est des plus paradoxales : plus les marchés publics \"clausés\" - incluant une part des heures de travail (entre 5% et 10%) réservée à des publics éloignés de l’emploi - augmentent et plus les financements pour accompagner l’organisation nécessaire à leur bon fonctionnement se réduisent.",
      [CS], non=["5%", "10%"], notes="Description de la part habituelle des heures réservées dans les marchés clausés, pas une cible fixée (piège).", ambiguous=True)

    S("https://www.apecita.com/actualites/sylvie-dauriat-presidente-de-restauco-nous-devons-faire-entendre-les-besoins-de-la-restauration-collective", "Sylvie Dauriat, Présidente de Restau'Co « Nous devons faire entendre les besoins de la restauration collective » (Apecita)")
    P("La loi EGalim implique qu’au 1er janvier 2022, les repas servis en restauration collective publique comptent 50 % de produits de qualité et durables, dont au moins 20 % de produits biologiques.",
      [ALIM], objs=[Q(50, horizon=2022, subject="produits de qualité et durables dans les repas de la restauration collective publique"),
                    Q(20, horizon=2022, comparator=">=", subject="dont produits biologiques")],
      notes="Quota légal EGalim cité ; « au 1er janvier 2022 » lu comme l'échéance de la cible (horizon), non comme une entrée en vigueur.", ambiguous=True)
    P("Au total, le secteur de la restauration collective représente 3,6 milliards de repas servis par an, 82 000 restaurants et 300 000 emplois.",
      [ALIM], non=["3,6 milliards", "82 000", "300 000"], notes="Chiffres du secteur, « par an » décrit un volume (piège).")
    P("60 % du marché de la restauration collective sont réalisés en gestion directe.",
      [ALIM], non=["60 %"], notes="Constat (piège).")

    S("https://www.latoque.fr/actualites/les-restaurateurs-reduisent-leur-impact-ecologique-1,0,441557721.html", "Les restaurateurs réduisent leur impact écologique (La Toque)")
    P("Dans les actes, le changement est palpable : 70 % des\n\nrestaurateurs réduisent, trient ou recyclent leurs déchets, 53 % ont mis en place une carte courte et 58 % utilisent des produits locaux afin de réduire leur empreinte carbone...",
      [CIRC, ALIM], non=["70 %", "53 %", "58 %"], notes="Résultats de sondage (piège).")

    S("https://gestionnaire03.fr/mapa1-7688m.htm", "Marchés publics (1) : les marchés à procédure adaptée (site Gestionnaire03)")
    P("Pour   les   années   2024   et   2025,   et     pour   les   EPLE,   le   seuil   des   marchés   formalisés   passe   de   215   000   €   HT   à   221   000   €   HT   pour   les   marchés   de   fournitures   et   de   services et pour les marchés de travaux de 5 382 000 € HT à 5 538 000 € HT .",
      [GOV], non=["2024", "2025", "215   000   €   HT", "221   000   €   HT", "5 382 000 € HT", "5 538 000 € HT"], notes="Seuils de procédure qui « passent de … à » : pas une cible (piège).")

    S("https://informations.handicap.fr/a-esat-ea-avant-poste-economie-sociale-solidaire-35213.php", "ESAT et EA, avant-poste de l'économie sociale et solidaire (Handicap.fr)")
    P("69 % des entreprises et organisations publiques veulent poursuivre ce type de partenariat dans les deux ans à venir, une évolution de 5 points par rapport à 2018.",
      [HAND], non=["69 %", "deux", "5 points", "2018"], notes="Résultat d'enquête sur des intentions (piège).")
    P("« Seuls 13 % recourent à ce type d'achats pour réduire leur contribution », affirme le réseau économique des ESAT et entreprises adaptées, à l'origine de cet observatoire.",
      [HAND], non=["13 %"], notes="Résultat d'enquête (piège).")

    S("https://wikizero.net/wiki/fr/PCAET", "Plan climat-air-énergie territorial — Wikipédia (miroir WikiZero)")
    P("Obligatoire pour toute intercommunalité à fiscalité propre (EPCI) de plus de 20 000 habitants, à la fois stratégique et opérationnel, il décline et met en œuvre, à l’échelle de son territoire, les objectifs internationaux, européens et nationaux en matière de qualité de l'air, d'énergie et de climat",
      [ENV, NRJ], non=["20 000"], notes="Seuil d'obligation en population (piège) ; objectifs non chiffrés.")

    S("https://www.gycea.com/post-1/", "Achats responsables : quand la fonction Achats devient vecteur de transition durable (Gycea)")
    P("Le secteur public n’est pas en reste : le Plan national pour des achats durables 2022‑2025 fixe l’objectif de 100 % de contrats comportant au moins une clause environnementale et 30 % une clause sociale d’ici 2025, afin d’anticiper les obligations posées par la loi Climat et Résilience (2021).",
      [ENV, CS], objs=[Q(100, horizon=2025, subject="contrats comportant au moins une clause environnementale", themes=(ENV,)),
                       Q(30, horizon=2025, subject="contrats comportant une clause sociale", themes=(CS,))],
      non=["2022‑2025", "2021"], notes="Objectifs du PNAD cités ; la période du plan n'est pas un horizon, « d'ici 2025 » l'est.")
    P("L’Europe lui a emboîté le pas avec la directive sur le devoir de vigilance élargie, adoptée en mai 2024 : à partir de 2029, les groupes de plus de 1 000 salariés et 450 M € de chiffre d’affaires devront démontrer qu’eux‑mêmes et leurs partenaires atténuent activement leurs impacts négatifs, sous peine d’amendes pouvant atteindre 5 % du chiffre d’affaires mondial.",
      [GOV], non=["2024", "2029", "1 000", "450 M €", "5 %"], notes="Seuils d'assujettissement et plafond d'amende (piège).")

    S("http://www.cddd.fr/barometre-achats-responsables-strategie-rse-entreprises-membres-c3d/", "Hausse de la prise en compte des achats responsables dans la stratégie RSE des entreprises (C3D)")
    P("85 % des entreprises interrogées ont mis en place une politique d’Achats Responsables dont 11 % dans l’année écoulée.",
      [GOV], non=["85 %", "11 %"], notes="Résultat de baromètre (piège).")

    S("https://www.ecommercemag.fr/Thematique/rse-1344/Diaporamas/Sustain-2024-quatre-directions-achats-devoilent-leurs-initiatives-responsables-457548/oreal-demarches-collaboratives-reduire-emissions-457549.htm", "Sustain 2024 : quatre directions des achats dévoilent leurs initiatives responsables (E-commerce Mag)")
    P("Pour la direction des achats de L'Oréal, engager ses fournisseurs dans la décarbonation de leurs activités est en enjeu clé puisque le scope 3 représente 99 % de son empreinte carbone.",
      [ENV], non=["3", "99 %"], notes="Part actuelle de l'empreinte (piège).")

    S("https://eluseelvapparentesoccitanie.jimdofree.com/2016/11/28/rapport-d%C3%A9veloppement-durable-kathy-wersinger-ap-du-28-novembre-2016", "Rapport développement durable, intervention en assemblée plénière du 28 novembre 2016 (élus EELV et apparentés Occitanie)")
    P("Notre Région doit s’en emparer d’autant plus que suite au travail de la député écologiste Brigitte Alain, l'Assemblée nationale a en effet voté le 23 novembre une disposition qui impose l'introduction de 40% de produits locaux ou de saison, et 20% de produits bio, dans la restauration publique collective à compter du 1er janvier 2020.",
      [ALIM], objs=[Q(40, subject="produits locaux ou de saison dans la restauration publique collective"),
                    Q(20, subject="produits bio dans la restauration publique collective")],
      non=["23 novembre", "1er janvier 2020"], notes="Quota voté en première lecture, cité comme objectif ; « à compter du 1er janvier 2020 » : entrée en vigueur d'une obligation à un seul niveau, pas d'horizon.", ambiguous=True)

    S("https://matrice1804.fr/pourquoi-et-comment-favoriser-le-reemploi/", "Pourquoi et comment favoriser le réemploi ? Quand on est maître d'ouvrage public (Matrice)")
    P("Pourtant, bien que le taux de valorisation de ces matières inertes atteigne environ 74%, le taux de réemploi reste encore minime à l’heure actuelle (moins de 1% des déchets du bâtiment selon l’ADEME).",
      [CIRC], non=["74%", "1%"], notes="Constats (piège) ; « atteigne » décrit un taux actuel.")
    P("En 2017, selon les chiffres de l’ADEME, 224 millions de tonnes de déchets du BTP ont ainsi été générés sur 326 millions de tonnes au total.",
      [CIRC], non=["2017", "224 millions de tonnes", "326 millions de tonnes"], notes="Statistique passée (piège).")

    S("https://va-infos.fr/?p=5649", "La commande publique locale, c’est possible ! (VA Infos)")
    P("Sur un territoire aussi ravagé par l’absence d’emplois, certes avec un chômage en baisse avec 15,2% au dernier trimestre 2016, il est impérieux que l’argent public (rare) se dirige vers la meilleure direction possible.",
      [PME], non=["15,2%", "2016"], notes="Taux de chômage (piège).")

    S("https://letempsduprojet.fr/contribution/restauration-collective-bio", "Restauration collective bio (contribution, Le temps du projet)")
    P("Les lois Egalim2018 et Climat et Resilience 2021 avaient fixé l’objectif de 20% pour la part de bio dans la restauration collective en 2022; il est loin d’être atteint",
      [ALIM], objs=[Q(20, horizon=2022, subject="part de bio dans la restauration collective")],
      non=["2018", "2021"], notes="Quota légal cité au passé, avec son échéance « en 2022 » ; les années dans les noms de lois ne sont pas des horizons.", ambiguous=True)
    P("Relancer la directive vers tous les partenaires et fixer un nouvel objectif plus ambitieux comme 30% de bio dans la restauration collective avant 2030",
      [ALIM], objs=[Q(30, horizon=2030, subject="part de bio dans la restauration collective")],
      notes="Proposition d'un contributeur, annotée comme objectif ; « avant 2030 » : horizon.", ambiguous=True)

    S("https://territoiresbio.fr/developper-lalimentation-bio/loi-climat-quest-ce-que-ca-change-pour-ma-restauration-collective/", "Loi Climat : qu’est-ce que ça change pour ma restauration collective ? (Territoires Bio)")
    P("Depuis le 1er janvier 2022, les restaurants collectifs gérés par acteurs publics doivent proposer 50% de produits durables et de qualité dont au moins 20% de produits bio (ou en conversion).",
      [ALIM], objs=[Q(50, subject="produits durables et de qualité dans les restaurants collectifs publics"),
                    Q(20, comparator=">=", subject="dont produits bio ou en conversion")],
      non=["1er janvier 2022"], notes="Quota légal EGalim en vigueur ; « depuis » : pas d'horizon.")
    P("Grâce à la loi Climat et Résilience, les restaurants collectifs privés, comme les restaurants d’entreprises, devront respecter cette même règle à partir du 1er janvier 2024.",
      [ALIM], objective=True, non=["1er janvier 2024"],
      notes="Obligation future dont les taux sont dans la phrase précédente : objectif sans valeur dans le passage ; la date est une entrée en vigueur.", ambiguous=True)

    S("https://gazettebourgogne.fr/article/marches-publics-paris-2024-une-opportunite-pour-les-petites-entreprises", "Marchés publics : Paris 2024, une opportunité pour les petites entreprises ? (Gazette Bourgogne)")
    P("En termes financiers, l’enjeu est de taille : il s’agit d’un marché qui pèse environ 2,5 milliards d’euros.",
      [PME], non=["2,5 milliards d’euros"], notes="Montant d'achats (piège).")
