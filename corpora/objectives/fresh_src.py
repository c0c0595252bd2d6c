"""Real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh.jsonl).

A fresh check of generalisation: pages of sites that neither the shared dev set nor any training passage of the
project uses (the build checks both), labelled with the conventions of the shared real dev set before the extractor
was run on them. No detector is trained on them. Every passage is copied from the opening of a public web page as
the project's search tool stored it, cited by its URL, 70 words or fewer.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, ESS, GOV, NRJ

NUM = "numerique_responsable"


def load(S, P, Q) -> None:
    S("https://solutionstransitions.fr/portfolio/batir-une-politique-dachats-durables", "Bâtir une politique d’achats durables (Solutions Transitions)")
    P("Avec environ 400 milliards d’euros dépensés chaque année1, soit environ 14 points de PIB, les achats publics constituent des leviers puissants de transformation, permettant d’envoyer des signaux forts aux fournisseurs et aux acteurs économiques.",
      [], non=["400 milliards d’euros", "1", "14 points"], notes="Volume d'achats (piège), appel de note collé.")
    P("D’ailleurs, c’est une obligation réglementaire : depuis 2025, le Plan National pour des Achats Durables (PNAD) impose que 100% des contrats intègrent une considération environnementale et 30 % une considération sociale.",
      [ENV, CS], objs=[Q(100, subject="contrats avec une considération environnementale", themes=(ENV,)),
                       Q(30, subject="contrats avec une considération sociale", themes=(CS,))],
      non=["2025"], notes="Cibles du PNAD citées; « depuis 2025 » n'est pas un horizon.")
    P("La Loi Climat et Résilience de 2021 prévoit à compter de 22 août 2026 pour toutes les collectivités territoriales que 100 % des marchés disposent d’une considération environnementale et 30 % d’une considération sociale.",
      [ENV, CS], objs=[Q(100, subject="marchés avec une considération environnementale", themes=(ENV,)),
                       Q(30, subject="marchés avec une considération sociale", themes=(CS,))],
      non=["2021", "22 août 2026"], notes="Obligation légale citée (niveaux); « à compter du » d'une obligation à un seul niveau n'est pas un horizon.", ambiguous=True)
    P("Dès 2006, le Code des marchés publics impose la prise en compte des objectifs de développement durable dans la définition des besoins.",
      [ENV], non=["2006"], notes="Obligation ancienne, sans niveau (piège).")

    S("https://avenircommun-plainedefrance.fr/2019/09/01/le-bio-progresse-dans-les-cantines-du-val-d-oise", "Le bio progresse dans les cantines du Val-d’Oise (Avenir commun Plaine de France)")
    P("Certaines tendent peu à peu vers l’objectif de 20% d’ici à 2022. D’autres sont en avance et quelques-unes le dépassent déjà.",
      [ALIM], objs=[Q(20, horizon=2022, subject="produits bio en restauration collective")],
      notes="Objectif légal nommé, daté (les communes tendent vers lui).", ambiguous=True)
    P("La loi imposera 50 % de produits durables, dont 20% de produits bio, dans la restauration collective d’ici à 2022.",
      [ALIM], objs=[Q(50, horizon=2022, subject="produits durables en restauration collective"),
                    Q(20, horizon=2022, subject="dont produits bio")], notes="Quota légal EGalim, cible emboîtée.")
    P("L'objectif est fixé : 50 % de produits durables, dont 20 % de produits bios, dans la restauration collective d'ici à 2022 selon la loi, notamment dans les cantines scolaires responsabilité des villes.",
      [ALIM], objs=[Q(50, horizon=2022, subject="produits durables en restauration collective"),
                    Q(20, horizon=2022, subject="dont produits bio")], notes="Objectif légal après un deux-points.")

    S("https://www.courrierdesmaires.fr/article/loi-egalim-comment-appliquer-la-bonne-recette-dans-les-cantines-scolaires.27027", "Loi Egalim : comment appliquer la bonne recette dans les cantines scolaires (Courrier des maires)")
    P("En 2022, les cantines scolaires devront offrir 50 % de produits durables de qualité dont au moins 20 % de bio.",
      [ALIM], objs=[Q(50, horizon=2022, subject="produits durables de qualité dans les cantines scolaires"),
                    Q(20, horizon=2022, comparator=">=", subject="dont produits bio")], notes="Cible datée, ouverture « En 2022, » avec un futur.")
    P("L’article 24 de la loi « Egalim » du 30 octobre 2018 fixe une obligation de 50 % de produits durables de qualité dont au moins 20 % de bio dans la restauration collective d’ici le 1er janvier 2022.",
      [ALIM], objs=[Q(50, horizon=2022, subject="produits durables de qualité en restauration collective"),
                    Q(20, horizon=2022, comparator=">=", subject="dont produits bio")],
      non=["24", "30 octobre 2018"], notes="Quota légal avec échéance « d'ici le 1er janvier 2022 ».")
    P("« On est loin des objectifs de la loi : il y a en volume environ 4 % de produits bio dans la restauration collective en France selon l’Agence bio. Et la pandémie a suspendu beaucoup de projets… », regrette Stéphane Veyrat, directeur de l’association Un plus bio, le premier réseau national de cantines bio.",
      [ALIM], non=["4 %"], notes="Constat dans une citation (piège).")

    S("https://peynier.net/2021/11/20/la-metropole-se-dote-dun-schema-de-promotion-dachats-socialement-et-ecologiquement-responsables/?amp=1", "La Métropole se dote d’un schéma de promotion d’achats socialement et écologiquement responsables (Peynier)")
    P("Avec un montant d’achats annuel de 1,3 milliard d’euros, la Métropole Aix-Marseille-Provence dispose d’un puissant levier d’accélération de la transition écologique.",
      [ENV], non=["1,3 milliard d’euros"], notes="Volume d'achats (piège).")
    P("Pour œuvrer plus efficacement en faveur d’un développement territorial écologique et solidaire, l’institution s’est dotée, pour la période 2021-2026, d’un Schéma de promotion des achats socialement et écologiquement responsables (Spaser).",
      [GOV], non=["2021-2026"], notes="Période du schéma (piège).")
    P("A travers le Spaser, la Métropole vise l’objectif d’inclure, d’ici 2025, des clauses environnementales dans 100 % des marchés notifiés, et des clauses sociales dans 30 % des marchés notifiés au cours de l’année.",
      [ENV, CS], objs=[Q(100, horizon=2025, subject="marchés notifiés avec clauses environnementales", themes=(ENV,)),
                       Q(30, horizon=2025, subject="marchés notifiés avec clauses sociales", themes=(CS,))],
      notes="« au cours de l'année » définit ce qui est compté (per_year false).")
    P("Et ce, en réalisant 5 % des achats métropolitains auprès d’entreprises solidaires.",
      [ESS], objs=[Q(5, subject="achats auprès d'entreprises solidaires")],
      notes="Suite de la phrase d'objectifs précédente (gérondif); sans verbe de cible propre.", ambiguous=True)

    S("https://aapasso.fr/reemploi-et-reutilisation-de-materiels-informatiques-reformes", "Réemploi et réutilisation de matériels informatiques réformés (AAP)")
    P("Les objectifs annuels de réutilisation et de réemploi des matériels réformés sont fixés comme suit : - 2023 : 25 % des matériels réformés en stock au 1er janvier ; - 2024 : 35 % ; - à partir de 2025 : 50 %.",
      [CIRC, NUM], objs=[Q(25, horizon=2023, per_year=True, subject="matériels informatiques réformés réemployés ou réutilisés"),
                         Q(35, horizon=2024, per_year=True, subject="matériels informatiques réformés réemployés ou réutilisés"),
                         Q(50, horizon=2025, per_year=True, subject="matériels informatiques réformés réemployés ou réutilisés")],
      notes="Trajectoire légale (décret); « objectifs annuels » -> per_year; « à partir de 2025 » étage d'une trajectoire -> horizon.", ambiguous=True)
    P("le décret n° 2023-266 du 12 avril 2023 fixe les objectifs et les modalités de réemploi et de réutilisation des matériels informatiques de moins de 10 ans réformés par l’Etat, les collectivités territoriales et leurs groupements (les matériels de plus de 10 ans sont orientés vers le recyclage).",
      [CIRC, NUM], non=["2023-266", "12 avril 2023", "10 ans", "10 ans"], notes="Référence et champ (piège).")

    S("https://caracterres.fr/plus-de-produits-locaux-au-chu", "Plus de produits locaux au CHU (Caractères)")
    P("\"On est tenu de répondre aux objectifs de la loi Egalim, avec dans les repas 50 % de produits durables et de qualité, dont 20 % de produits biologiques\", confie Adeline Hocquet, directrice des achats et de la logistique au CHU. \"Pour le moment, on est à 17 %.\"",
      [ALIM, "sante"], objs=[Q(50, subject="produits durables et de qualité dans les repas", themes=(ALIM,)),
                             Q(20, subject="dont produits biologiques", themes=(ALIM,))],
      non=["17 %"], notes="Objectifs légaux dans une citation; 17 % est le résultat.")
    P("En cette fin d'année, elles renouvellent leurs engagements sur deux ans pour améliorer encore la qualité et l'origine des produits.",
      [ALIM], objective=True, non=["deux ans"], notes="Engagement qualitatif; durée (piège).")

    S("https://www.enviroscore.fr/themes/achats-publics-responsables", "Achats publics responsables, le palmarès (Enviroscore)")
    P("Seules 8 Régions sur 13 se sont engagées sur une stratégie d’achats responsables, qui donne lieu à l’établissement d’un SPASER : Schéma de Promotion des Achats Socialement et Écologiquement Responsables. Cet engagement a pourtant été rendu obligatoire par une loi de 2014 !",
      [GOV], non=["8", "13", "2014"], notes="Constat (piège).")
    P("200 milliards d’euros sont dépensés chaque année par les structures publiques : collectivités locales, hôpitaux, entreprises publiques. Les achats publics représentent ainsi 10 % du PIB français.",
      [], non=["200 milliards d’euros", "10 %"], notes="Volumes (piège).")
    P("Le Plan national pour l’achat public durable prévoit que pour 2020, 25 % des marchés publics passés comprennent une clause sociale et 30 % un",
      [CS, ENV], objs=[Q(25, horizon=2020, subject="marchés publics avec une clause sociale", themes=(CS,)),
                       Q(30, horizon=2020, subject="marchés publics avec une clause environnementale", themes=(ENV,))],
      notes="Cibles du PNAAPD; extrait coupé en fin de page.")
    P("Cinq Régions ont un score de 0 car elles n'ont pas mis en place de SPASER, pourtant obligatoire pour la plupart d’entre elles.",
      [GOV], non=["Cinq", "0"], notes="Constat (piège).")

    S("https://pacte-transition-perreux.org/mesures/se-doter-dune-politique-ambitieuse-dachats-publics-responsables-incluant-des-dispositions-sociales-environnementales-et-locales/", "Se doter d’une politique ambitieuse d’achats publics responsables (Pacte pour la transition, Le Perreux)")
    P("La commande publique permet en effet aux collectivités locales de donner l’exemple à leurs habitant·es, leurs achats (de travaux, fournitures et services) dépassant largement celle des individus (1,6 milliards d’euros par an pour la commune de Paris, 80 millions à Grenoble).",
      [], non=["1,6 milliards d’euros", "80 millions"], notes="Volumes (piège).")
    P("On retrouve ainsi ce levier dans plusieurs des mesures du Pacte pour la Transition (énergie 100 % renouvelable et locale dans les bâtiments publics, alimentation biologique, moins carnée, locale et équitable dans la restauration collective, politique locale de l’emploi, etc).",
      [NRJ, ALIM], objs=[Q(100, subject="énergie renouvelable et locale dans les bâtiments publics", themes=(NRJ,))],
      notes="Mesure proposée par un pacte (proposition) citée entre parenthèses.", ambiguous=True)

    S("https://semaphores.fr/?p=9605", "Achats responsables : clé de la transformation durable (Sémaphores)")
    P("La décarbonation des achats repose sur l’élaboration du bilan carbone réalisé au prisme des 3 scopes que constitue l’activité d’une organisation.",
      [ENV], non=["3"], notes="Compte (piège).")

    S("http://memoireonline.com/06/24/14596/m_Le-developpement-durable-au-sein-des-marches-publics-des-collectivites-territor14.html", "Le développement durable au sein des marchés publics des collectivités territoriales, mémoire (Memoire Online)")
    P("A Rennes Métropole, l'ESS représentait 25 000 emplois et 6 millions d'achats publics en 201.270 Par ailleurs, 11 marchés sur 19 avaient une considération environnementale entre décembre 2022 et juin 2023.271",
      [ESS, ENV], non=["25 000", "6 millions", "201.270", "11", "19", "décembre 2022", "juin 2023", "271"], notes="Résultats avec appels de note collés (piège).")
