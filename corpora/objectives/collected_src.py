"""Real passages collected for the objective detector, with their labels (helpers S, P, Q: build_collected.py).

Every passage is copied from the opening of a public web page as the project's search tool stored it, cited by
its URL, 70 words or fewer; labels follow the conventions of the shared real dev set.
"""
# ruff: noqa: E501

CS = "clauses_sociales_insertion"
ENV = "environnement_climat_carbone"
CIRC = "economie_circulaire_reemploi_dechets"
ALIM = "alimentation_durable_bio_circuits_courts"
GOV = "gouvernance_suivi"
ESS = "ess_economie_sociale"
NRJ = "energie"
PME = "acces_pme_tpe_local"
HAND = "marches_reserves_handicap"


def load(S, P, Q) -> None:
    S("https://rtes.fr/etat-des-lieux-sur-les-spaser-decembre-2022", "Etat des lieux sur les SPASER - décembre 2022 (RTES)")
    P("Le PNAD 2022/2025 prévoit notamment que d’ici 2025, 30% des marchés publics passés au cours de l’année comprennent au moins une considération sociale et 100% des marchés publics passés au cours de l’année comprennent au moins une considération environnementale.",
      [CS, ENV], objs=[Q(30, horizon=2025, subject="marchés avec une considération sociale", themes=(CS,)),
                       Q(100, horizon=2025, subject="marchés avec une considération environnementale", themes=(ENV,))],
      non=["2022/2025"], notes="Objectifs du PNAD cités; « au cours de l'année » définit ce qui est compté (per_year false).")
    P("Au 1er décembre 2022, seules 32% des collectivités concernées par l'obligation ont effectivement adopté un SPASER. Etat des lieux.",
      [GOV], non=["1er décembre 2022", "32%"], notes="Constat (piège).")
    P("A partir du 1er janvier 2023, elles seront environ 320 selon l’étude d’impact réalisée par la Direction des Affaires Juridiques (DAJ).",
      [GOV], non=["1er janvier 2023", "320"], notes="Prévision d'un nombre de collectivités assujetties (piège).")

    S("https://rtes.fr/node/6008", "Etat des lieux sur les SPASER – janvier 2020 (RTES)")
    P("L'objectif poursuivi est de favoriser l’atteinte des objectifs du plan national d’action pour l’achat public durable qui prévoit entre autres que, d’ici 2020, 25% des marchés publics passés au cours de l’année comprennent au moins une clause sociale et 30% des marchés publics passés au cours de l’année comprennent au moins une clause environnementale.",
      [CS, ENV], objs=[Q(25, horizon=2020, subject="marchés avec une clause sociale", themes=(CS,)),
                       Q(30, horizon=2020, subject="marchés avec une clause environnementale", themes=(ENV,))],
      notes="Objectifs du PNAAPD cités.")
    P("Environ 160 collectivités territoriales sont concernées par l'obligation d'adopter un SPASER, Schéma de Promotion des Achats Publics Socialement et Ecologiquement Responsables. Seules 20% des collectivités en ont adopté un au 31 décembre 2019. Etat des lieux.",
      [GOV], non=["160", "20%", "31 décembre 2019"], notes="Constat (piège).")
    P("Sont concernées par le schéma de promotion des achats socialement et écologiquement responsables (SPASER), les collectivités territoriales et leurs groupements ainsi que les acheteurs soumis au code de la commande publique qui ont un statut de nature législative, lorsque le montant total annuel des achats est supérieur à 100 millions d’euros H.T (décret n° 2015-90 du 28 janvier 2015).",
      [GOV], non=["100 millions d’euros", "2015-90", "28 janvier 2015"], notes="Seuil d'assujettissement et référence (piège).")

    S("https://www.leblogdudirigeant.com/spaser-outil/", "Le SPASER, un outil qui a encore du mal à trouver sa place (Le blog du dirigeant)")
    P("Un outil très utile et obligatoire pour les acheteurs publics ayant des dépenses annuelles supérieures à 100 millions d’euros HT. Toutefois, bien que cet outil soit utile et obligatoire, il est encore peu exploité aujourd’hui.",
      [GOV], non=["100 millions d’euros"], notes="Seuil (piège).")
    P("En général, les SPASER adoptés s’organisent autour de 4 axes majeurs :",
      [GOV], non=["4"], notes="Nombre d'axes (piège).")

    S("https://www.bl-evolution.com/achats-responsables-5-facteurs-cles-pour-un-spaser-ambitieux", "Achats responsables : 5 facteurs clés pour un SPASER ambitieux (BL évolution)")
    P("Introduit par la loi du 31 juillet 2014 relative à l’économie sociale et solidaire (ESS), il est obligatoire pour tous les acheteurs publics dont le volume d’achats est supérieur à 50 millions d’euros (article D. 2111-3 du code de la commande publique).",
      [GOV], non=["31 juillet 2014", "50 millions d’euros", "D. 2111-3"], notes="Seuil et références (piège); « tous les acheteurs » n'est pas une part d'achats.")

    S("https://laclauseverte.fr/actualites/decret-dapplication-de-la-loi-agec", "Décret d'application de la loi AGEC (La Clause Verte)")
    P("L’article 58 de ladite Loi AGEC, dispose que “(…) les biens acquis annuellement par les services de l’Etat ainsi que par les collectivités territoriales et leurs groupements sont issus du réemploi ou de la réutilisation ou intègrent des matières recyclées dans des proportions de 20 % à 100 % selon le type de produit (…).”",
      [CIRC], objs=[Q(20, value_max=100, per_year=True, subject="part des biens acquis issus du réemploi ou recyclés")],
      non=["58"], notes="Quota légal AGEC cité (objectif); fourchette 20-100 %; « acquis annuellement » -> per_year.")
    P("Le décret contient ainsi une liste de 37 catégories de produits, réparties en 17 familles.",
      [CIRC], non=["37", "17"], notes="Dénombrement (piège).")

    S("https://apie-logistic.fr/obligation-pour-les-acheteurs-publics-dacquerir-des-biens-de-leconomie-circulaire/", "Obligation pour les acheteurs publics d'acquérir des biens de l'économie circulaire (Apie Logistic)")
    P("Le décret prévoit pour les achats annuels d’articles chaussants, que 20% minimum des dépenses sont consacrées à des biens issus du réemploi ou de la réutilisation ou intégrant des matières recyclées, dont 20% minimum sont consacrés à des biens issus du réemploi ou de la réutilisation.",
      [CIRC], objs=[Q(20, comparator=">=", per_year=True, subject="dépenses d'articles chaussants en biens réemployés ou recyclés"),
                    Q(20, comparator=">=", per_year=True, subject="dont part issue du réemploi ou de la réutilisation")],
      notes="Quota réglementaire et cible emboîtée (« dont »); achats annuels -> per_year pour les deux.")
    P("la loi AGEC créait l’obligation, pour les acheteurs publics de prévoir, pour certaines catégories d’achats, des pourcentages minimaux de biens issus du réemploi ou de la réutilisation ou intégrant des matières recyclées.",
      [CIRC], objective=True, notes="Obligation légale non chiffrée (objectif qualitatif).")

    S("https://petitesaffiches64.com/toutes-les-actualites-64-bayonne-pays-basque-pau-bearn/loi-agec-une-opportunite-pour-le-secteur-de-leconomie-circulaire", "Loi AGEC : une opportunité pour le secteur de l'économie circulaire (Petites Affiches 64)")
    P("La loi AGEC vise à inciter l’État et les collectivités territoriales à s’engager dans une démarche d’achats responsables. Une part minimale des achats publics doit être issue des filières de l’économie circulaire. Le décret 2021-254 du 9 mars 2021 précise la liste des produits concernés et fixe, pour chacun, les pourcentages requis.",
      [CIRC], objective=True, non=["2021-254", "9 mars 2021"], notes="Quota légal non chiffré ici (objectif qualitatif).")

    S("https://valdelia.org/?p=6781", "Mise en application de l'article 58 de la loi AGEC (Valdelia)")
    P("Mise à jour : le décret d’application n°2024-134 du 21 février 2024 abroge le décret n°2021-254 du 9 mars 2021 et actualise les modalités de mise en œuvre de cet article.",
      [CIRC], non=["2024-134", "21 février 2024", "2021-254", "9 mars 2021"], notes="Références (piège).")

    S("https://www.lyoncapitale.fr/actualite/la-metropole-de-lyon-recompensee-pour-ses-achats-responsables", "La Métropole de Lyon récompensée pour ses achats responsables (Lyon Capitale)")
    P("Par ailleurs, la Métropole de Lyon s'est engagée à ce que tous ses marchés intègrent des considérations environnementales, d'ici 2025.",
      [ENV], objs=[Q(100, horizon=2025, subject="marchés avec considérations environnementales")],
      notes="« tous ses marchés » = 100 %; engagement au passé composé, cible future.")
    P("La feuille de route déterminée prévoit également du 100 % bio dans les marchés alimentaires à l'horizon 2026.",
      [ALIM], objs=[Q(100, horizon=2026, subject="bio dans les marchés alimentaires")])
    P("Il récompense ainsi son marché relatif aux vêtements professionnels écoresponsables de ses agents, retenus pour être portés jusqu'en 2028.",
      [ENV], non=["2028"], notes="Durée d'un marché, pas une cible.")

    S("https://www.lyoncapitale.fr/actualite/pour-ses-achats-la-metropole-de-lyon-adopte-un-schema-ecologique-et-social", "Pour ses achats, la Métropole de Lyon adopte un schéma écologique et social (Lyon Capitale)")
    P("Les contributions de 200 acteurs ont été étudiées pour l'élaboration de cette politique.",
      [GOV], non=["200"], notes="Nombre de contributions (piège).")
    P("Pour résumer, la Métropole souhaite établir des objectifs environnementaux et sociaux pour ses 600 millions d'euros de commande publique, c'est-à-dire les achats de biens et de services de la collectivité.",
      [ENV, CS], objective=True, non=["600 millions d'euros"], notes="Intention non chiffrée; 600 M€ est le volume d'achats (piège pour la valeur).", ambiguous=True)

    S("https://cerdd.org/Actualites/Transitions-economiques-vers-le-DD/Clauses-environnementales-dans-les-marches-publics-la-Metropole-europeenne-de-Lille-devoile-sa-methode", "Clauses environnementales dans les marchés publics : la Métropole européenne de Lille dévoile sa méthode (Cerdd)")
    P("Atteindre 100 % de dispositions environnementales dans les marchés publics d’ici 2026 : voici l’objectif ambitieux porté par le Plan national pour des achats durables (PNAD).",
      [ENV], objs=[Q(100, horizon=2026, subject="marchés avec une disposition environnementale")])

    S("https://gomet.net/marches-publics-loi-3ds-pascal-montecot/", "Marchés publics : bilan de mi-parcours du Spaser de la Métropole Aix-Marseille Provence (Gomet)")
    P("Ainsi, sur 900 millions d’euros d’achats dépensés par an, 60% sont réalisés auprès de fournisseurs locaux, certains marchés comme les transports nécessitant encore le recours à de grands groupes nationaux ou internationaux",
      [PME], non=["900 millions d’euros", "60%"], notes="Résultat (piège).")
    P("A mi-chemin de l’adoption de son Spaser (schéma de promotion d’achats socialement et écologiquement responsables) 2021-2026, la Métropole Aix-Marseille Provence a dressé le bilan, jeudi 29 février, de sa politique d’achats éco-responsables dans les marchés publics.",
      [GOV], non=["2021-2026", "29 février"], notes="Période du schéma et date (piège).")

    S("https://agri-online.fr/restauration-collective-mobilisation-des-acteurs-pour-tenir-les-objectifs-degalim", "Restauration collective : mobilisation des acteurs pour tenir les objectifs d'EGalim (Agri-online)")
    P("La loi EGalim, complétée par la loi Climat et résilience, a défini l’objectif emblématique de garantir au moins 50% de produits durables et de qualité, dont au moins 20% de produits biologiques, dans les repas servis en restauration collective de service publique depuis le 1er janvier 2022.",
      [ALIM], objs=[Q(50, comparator=">=", subject="produits durables et de qualité"), Q(20, comparator=">=", subject="dont produits biologiques")],
      non=["1er janvier 2022"], notes="Quota EGalim; « depuis » : obligation en vigueur, pas d'horizon.")

    S("https://civam-normands.org/index.php/actualites-restauration-collective/1242-tout-connaitre-de-la-loi-egalim", "Tout connaître de la loi EGalim (CIVAM normands)")
    P("5 mesures phares :\n- Au moins 50% de produits de qualité et durables (voir la définition de qualité et durable ci-dessous) dont 20% de produits issus de l’agriculture biologique;",
      [ALIM], objs=[Q(50, comparator=">=", subject="produits de qualité et durables"), Q(20, subject="dont produits bio")],
      non=["5"], notes="Quota EGalim en liste; cible emboîtée « dont ».")

    S("https://bio-bretagne-ibb.fr/actualite/restauration-collective/loi-egalim-quelles-mesures-en-vigueur-depuis-le-1er-janvier-2022-en-restauration-collective", "Loi EGALIM : quelles mesures en vigueur depuis le 1er janvier 2022 en restauration collective ? (Initiative Bio Bretagne)")
    P("Ainsi depuis ce 1er janvier, au moins 50 % de produits de qualité et durables (en valeur d’achat HT), dont au moins 20 % de produits biologiques, doivent être introduits dans les services de restauration collective suivants :",
      [ALIM], objs=[Q(50, comparator=">=", subject="produits de qualité et durables"), Q(20, comparator=">=", subject="dont produits biologiques")],
      notes="Quota EGalim en vigueur.")

    S("https://www-prod.porcmag.com/economie-business/consommation/au-moins-50-de-produits-durables-et-de-qualite-en-restauration-collective-d-ici-2022", "Au moins 50% de produits durables et de qualité en restauration collective d'ici 2022 (Porc Mag)")
    P("Au moins 50% de produits durables et de qualité en restauration collective d'ici 2022",
      [ALIM], objs=[Q(50, comparator=">=", horizon=2022, subject="produits durables et de qualité")], notes="Titre d'article.")
    P("Celle-ci contient leur engagement à mutualiser leurs efforts pour atteindre l'un des objectifs phares fixé par la loi EGAlim : au moins 50% de produits durables et de qualité, dont au moins 20% de produits biologiques, dans les repas servis d'ici le 1er janvier 2022, et, pour tous les produits, favoriser une alimentation ancrée dans les territoires.",
      [ALIM, PME], objs=[Q(50, comparator=">=", horizon=2022, subject="produits durables et de qualité", themes=(ALIM,)),
                         Q(20, comparator=">=", horizon=2022, subject="dont produits biologiques", themes=(ALIM,))],
      notes="« d'ici le 1er janvier 2022 » = horizon; « tous les produits » porte sur une orientation qualitative.")

    S("https://www.avenia.fr/offre-pro-rhd-rhf/", "Offre professionnelle restauration hors domicile (Avenia)")
    P("Au 1er janvier 2022, la loi EGalim imposera au moins 50% de produits de qualité et durables, dont au moins 20% de produits biologiques dans les services de restauration scolaire et universitaire, les services de restauration des établissements d’accueil des enfants de moins de six ans, des établissements de santé",
      [ALIM], objs=[Q(50, comparator=">=", subject="produits de qualité et durables"), Q(20, comparator=">=", subject="dont produits biologiques")],
      non=["1er janvier 2022", "six ans"], notes="Date d'entrée en vigueur d'un quota à niveau unique: pas d'horizon (convention).", ambiguous=True)

    S("http://www.legifrance.gouv.fr/affichTexte.do?cidTexte=JORFTEXT000020243534", "Circulaire du 3 décembre 2008 relative à l'exemplarité de l'Etat (Légifrance)")
    P("Les dépenses que l'Etat consacre annuellement à son fonctionnement courant dépassent les quinze milliards d'euros dont dix milliards d'euros pour les achats courants et cinq milliards d'euros pour les achats dits métiers .",
      [], non=["quinze milliards d'euros", "dix milliards d'euros", "cinq milliards d'euros"], notes="Volumes de dépenses en toutes lettres (piège).")

    S("https://francematin.info/L-Etat-exemplaire-dans-le-domaine-du-developpement-durable_a17356.html", "L'État exemplaire dans le domaine du développement durable (France Matin)")
    P("- rénovera l’ensemble de ses bâtiments, afin de réduire en dix ans de 40% leur consommation d’énergie et de 50% leurs émissions de gaz à effet de serre ; après une première phase d’audits énergétiques qui s’achèvera en 2010, une phase de travaux de grande ampleur sera engagée ;",
      [NRJ, ENV], objs=[Q(40, direction="decrease", kind="relative_change", subject="consommation d'énergie des bâtiments", themes=(NRJ,)),
                        Q(50, direction="decrease", kind="relative_change", subject="émissions de gaz à effet de serre des bâtiments", themes=(ENV,))],
      non=["dix ans", "2010"], notes="Réductions coordonnées (« de 40 % … et de 50 % »); 2010 est la fin des audits.")
    P("Il permettra la mise en place d’un dispositif financier, doté de 100 M€ par an, qui récompensera les ministères ayant obtenu des résultats dans ce domaine ;",
      [GOV], non=["100 M€"], notes="Budget (piège).")
    P("- concentrera ses achats de véhicules sur les modèles les moins polluants ; à cet effet, il remplacera dès le 1er janvier 2009 la limite de puissance des véhicules courants de l’Etat, actuellement exprimée en chevaux fiscaux, par un taux maximal d’émission de dioxyde de carbone par kilomètre, fixé à 130 grammes ;",
      [ENV], objective=True, non=["1er janvier 2009", "130 grammes"], notes="Seuil technique d'émission (piège pour la valeur), engagement qualitatif.", ambiguous=True)

    S("https://www.esg-act.org/actualite/guide-achats-responsables-entreprise", "Guide des achats responsables en entreprise (ESG Act)")
    P("Et ses objectifs sont précis avec d’ici 2025 :\n- L’intégralité des contrats de la commande publique contenant au moins une clause environnementale (la part était de 16% en 2018)\n- 30% des contrats contenant au moins une clause sociale (contre 25% en 2018)",
      [ENV, CS], objs=[Q(100, horizon=2025, baseline_value=16, baseline_year=2018, subject="contrats avec une clause environnementale", themes=(ENV,)),
                       Q(30, horizon=2025, baseline_value=25, baseline_year=2018, subject="contrats avec une clause sociale", themes=(CS,))],
      notes="« L'intégralité » = 100 %; parts de 2018 = bases.")

    S("https://grafie.org/les-achats-responsables-du-val-de-marne", "Les achats responsables du Val-de-Marne (Grafie)")
    P("Le sigle SPASER s’imposera sans doute dans le vocabulaire comme l’acronyme Spaser quand il recouvrira une réalité plus importante que les moins de 10 % de schémas actuels en France.",
      [GOV], non=["10 %"], notes="Constat au présent dans une phrase au futur (piège).")
    P("Les unes après les autres, les collectivités locales qui réalisent plus de 100 millions d’achats dans l’année publient leur « schéma de promotion des achats socialement responsables ».",
      [GOV], non=["100 millions"], notes="Seuil (piège).")

    S("https://nous-vous-ille.fr/spaser-2", "SPASER : des achats publics sobres, solidaires et en local (Département d'Ille-et-Vilaine)")
    P("Chaque année, ces clauses sociales permettent de réaliser plus de 70 000 heures d’insertion et de créer 400 emplois.",
      [CS], non=["70 000 heures", "400"], notes="Résultat annuel au présent (piège).")
    P("Avec seulement 20 % des Départements ayant formalisé un tel schéma, la collectivité fait alors partie des 5 premiers Départements engagés dans cette démarche.",
      [GOV], non=["20 %", "5"], notes="Constat (piège).")
    P("Avec une moyenne annuelle de 80 millions d’euros de marchés conclus, le Département est L'un des acheteurs les plus importants sur le territoire et ambitionne « d’acheter plus responsable ».",
      [GOV], objective=True, non=["80 millions d’euros"], notes="Ambition qualitative; volume d'achats (piège pour la valeur).")

    S("https://www.rtes.fr/les-spaser-du-conseil-departemental-de-la-gironde", "Les SPASER du conseil départemental de la Gironde (RTES)")
    P("Le Conseil Départemental de la Gironde, dont le montant annuel des achats s'élève à 180 millions d’€, développe une politique d’achats responsables.",
      [GOV], non=["180 millions d’€"], notes="Volume d'achats (piège).")

    S("https://infoccitanie.fr/gard-achats-publics-responsables-le-departement-passe-un-cap/", "Gard : achats publics responsables, le Département passe un cap (Infoccitanie)")
    P("En 2024, 36% des fournisseurs du Département était gardois, pour 52% du montant des achats publics.",
      [PME], non=["2024", "36%", "52%"], notes="Résultat (piège).")
    P("Il repose ainsi sur 5 grands axes et 39 actions concrètes.",
      [GOV], non=["5", "39"], notes="Structure du schéma (piège).")

    S("https://cartecarburant.leclerc/actualites/loi-climat-resilience-l-impact-flottes-automobiles", "Loi Climat et Résilience : quel impact pour les flottes automobiles ? (Carte carburant Leclerc)")
    P("La loi LOM avait déjà instauré des quotas de véhicules à faibles émissions dans les flottes d’entreprise d’au moins 100 véhicules dans le cadre de leur renouvellement annuel. Elle avait également défini un calendrier de déploiement de ces quotas :\n- 10% de véhicules à faibles émissions à partir du 1er janvier 2022 ;\n- 20% à partir du 1er janvier 2024.",
      [ENV], objs=[Q(10, horizon=2022, per_year=True, subject="véhicules à faibles émissions au renouvellement"),
                   Q(20, horizon=2024, per_year=True, subject="véhicules à faibles émissions au renouvellement")],
      non=["100 véhicules"], notes="Quotas légaux en trajectoire (« à partir du » = horizon des paliers); renouvellement annuel -> per_year.")
    P("La Loi Climat et Résilience définit de nouveaux quotas plus ambitieux :\n- 40% de véhicules électriques ou hybrides rechargeables à partir du 1er janvier 2027 ;\n- 70% à partir de 2030 (au lieu de 50%, le quota initialement prévu par la loi NOM).",
      [ENV], objs=[Q(40, horizon=2027, subject="véhicules électriques ou hybrides rechargeables"), Q(70, horizon=2030, subject="véhicules électriques ou hybrides rechargeables")],
      non=["50%"], notes="Trajectoire légale; 50 % = ancien quota remplacé.")

    S("https://apvf.asso.fr/?p=1097", "Véhicules propres : les décrets d'application (APVF)")
    P("L’Etat, ses établissements publics, les collectivités et leurs groupements devront ainsi acquérir ou utiliser lors du renouvellement du parc, des autobus et des autocars à faibles émissions, dans la proportion minimale de 50% dès 2020 puis en totalité en 2025.",
      [ENV], objs=[Q(50, comparator=">=", horizon=2020, subject="autobus et autocars à faibles émissions au renouvellement"),
                   Q(100, horizon=2025, subject="autobus et autocars à faibles émissions au renouvellement")],
      notes="Quota légal en deux paliers; « en totalité » = 100 %.")
    P("Il s’agit des véhicules électriques et hybrides rechargeables dont les émissions sont inférieures ou égales à 60 g de CO2/km.",
      [ENV], non=["60 g"], notes="Seuil technique (piège).")

    # ---- batch 2 -------------------------------------------------------------------------------------------
    S("http://www.avec-villefontaine.fr/pacte-pour-la-transition/pacte-transition-mesure-01/", "Pacte pour la Transition : mesure n°01 (liste AVEC, Villefontaine)")
    P("• Le schéma de la commande publique responsable de Paris se fonde sur deux axes : la solidarité via l’insertion par l’activité économique (la ville exige que 25 % des marchés contiennent une clause d’insertion), et l’écologie via les circuits courts et l’économie circulaire (recyclage, réparation, réemploi, éco-conception).",
      [CS, CIRC, PME], objs=[Q(25, subject="marchés avec une clause d'insertion", themes=(CS,))], non=["deux"],
      notes="Exigence de la Ville de Paris citée (présent d'obligation).")

    S("http://elus-strasbourg.eelv.fr/2018/03/19/la-commande-publique-un-levier-fort-pour-la-transition-ecologique-sociale-et-solidaire-cm-du-19-03-2018/", "La commande publique : un levier fort pour la transition écologique sociale et solidaire (élus écologistes de Strasbourg)")
    P("En effet, le poids de la commande publique pour notre économie locale est considérable, plus de 400 millions d’euros par an rien que pour la Ville et l’Eurométropole.",
      [PME], non=["400 millions d’euros"], notes="Volume d'achats annuel (piège).")

    S("https://pefc-france.org/5-questions-a-christophe-boulanger", "5 questions à Christophe Boulanger (PEFC France)")
    P("La place de la commande publique au sein de la collectivité de Tours n’est pas négligeable, avec 50 millions d’euros par an qui lui sont dédiés.",
      [], non=["50 millions d’euros"], notes="Budget annuel (piège).")
    P("Sur la ville de Tours, nous avons retenu trois critères :",
      [GOV], non=["trois"], notes="Nombre de critères (piège).")

    S("https://e-marchespublics.com/actualites/view/266", "Les dispositions sociales dans la commande publique (e-marchespublics)")
    P("Si les dispositions relatives au SPASER seront applicables au 1er janvier 2023, la loi prévoit que les autres dispositions entreront en vigueur dans un délai de cinq ans, soit en aout 2026.",
      [GOV], non=["1er janvier 2023", "cinq ans", "2026"], notes="Dates d'entrée en vigueur (piège).")

    S("https://www.yvelines-infos.fr/marches-publics-clauses-sociales-boostent-linsertion/", "Marchés publics, les clauses sociales boostent l'insertion (Yvelines Infos)")
    P("En 2016, 24% des marchés du Département comportaient une clause d’insertion, ce qui a permis de réaliser 42.000 heures d’insertion.",
      [CS], non=["2016", "24%", "42.000 heures"], notes="Résultat (piège).")
    P("En 2016 et 2017, plus de 900 Yvelinois en démarche d’insertion ont été recrutés grâce aux clauses sociales dans les marchés publics de travaux.",
      [CS], non=["2016", "2017", "900"], notes="Résultat (piège).")

    S("https://www.cahiersvilleresponsable.fr/les-clauses-dinsertion-sociale-a%cc%80-le%cc%81preuve-des-faits/", "Les clauses d'insertion sociale à l'épreuve des faits (Les Cahiers de la Ville Responsable)")
    P("Avec près de 90 milliards d’euros injectés dans l’économie nationale via leurs marchés de travaux, de services ou de fournitures, les pouvoirs publics disposent d’un puissant levier pour agir dans le champ du développement durable.",
      [], non=["90 milliards d’euros"], notes="Volume d'achats (piège).")

    S("https://www.spigao.com/?p=12999", "Clauses sociales : où en est leur intégration dans les marchés publics de travaux ? (Spigao)")
    P("La pression monte pour les acheteurs publics : d’ici fin 2025, ils devront intégrer une dimension sociale dans 30 % de leurs marchés et au moins une considération environnementale dans 100% des contrats, selon les objectifs fixés par le Plan national pour des achats durables (PNAD)",
      [CS, ENV], objs=[Q(30, horizon=2025, subject="marchés avec une dimension sociale", themes=(CS,)),
                       Q(100, horizon=2025, subject="contrats avec une considération environnementale", themes=(ENV,))],
      notes="Objectifs du PNAD.")
    P("Les données montrent que seuls 22 % des marchés publics incluaient de telles considérations en 2022, bien loin des objectifs fixés pour 2025 et 2026.",
      [CS], non=["22 %", "2022", "2025", "2026"], notes="Résultat, les objectifs ne sont pas chiffrés ici (piège).")

    S("https://egfbtp.com/recensement-des-marches-publics-2021-en-demi-teinte", "Recensement des marchés publics : 2021 en demi-teinte (EGF BTP)")
    P("La part de marchés intégrant des critères environnementaux stagne entre 2021 et 2020 représentant 18,7% de la totalité des marchés. La proportion des marchés incluant des critères sociaux progresse légèrement : 12,5% en 2021 contre 12,1% en 2020 (mais 13,2 % en 2018).",
      [ENV, CS], non=["2021", "2020", "18,7%", "12,5%", "12,1%", "13,2 %", "2018"], notes="Résultats du recensement (piège).")

    S("https://www.seban-associes.avocat.fr/recensement-de-la-commande-publique-publication-des-chiffres-de-2019/?id=104403", "Recensement de la commande publique : publication des chiffres de 2019 (Seban Avocats)")
    P("On peut tout d’abord relever une forte augmentation de la valeur totale des contrats conclus par rapport à l’année précédente (110,816 milliards d’euros en 2019, contre 100,834 milliards d’euros en 2018, soit + 9,90 %).",
      [], non=["110,816 milliards d’euros", "2019", "100,834 milliards d’euros", "2018", "+ 9,90 %"], notes="Évolution constatée (piège).")

    S("https://www.carenews.com/carenews-pro/news/achats-inclusifs-38-entreprises-s-engagent-a-les-augmenter-de-30-d-ici-2025", "Achats inclusifs : 38 entreprises s'engagent à les augmenter de 30 % d'ici 2025 (Carenews)")
    P("Augmenter de 30 % à l’horizon 2025 leurs achats effectués dans le secteur du travail protégé et adapté et des structures de l'insertion par l'activité économique. C’est l’ambition de 38 entreprises d’envergure qui ont signé le lundi 16 octobre un manifeste",
      [HAND, CS], objs=[Q(30, direction="increase", kind="relative_change", horizon=2025, subject="achats auprès du secteur adapté et de l'IAE")],
      non=["38", "16 octobre"], notes="Engagement d'entreprises (hausse relative).")
    P("Elles s’engagent donc à atteindre à minima 200 millions d’euros d’achats inclusifs par an à horizon 2025, soit l’équivalent de 5 000 emplois à temps plein.",
      [HAND, CS], objs=[Q(200000000, "EUR", kind="absolute", comparator=">=", per_year=True, horizon=2025, subject="achats inclusifs")],
      non=["5 000"], notes="« soit l'équivalent » convertit la cible, pas une seconde cible.", ambiguous=True)
    P("Aujourd’hui, on compte 850 EA et 1 400 ESAT en France.",
      [HAND], non=["850", "1 400"], notes="Dénombrement (piège).")

    S("http://fcuni.canalblog.com/archives/2019/12/22/37883786.html", "L'achat socialement responsable via l'insertion par l'activité économique (INAE, canalblog)")
    P("Le Plan National d’Actions pour des Achats Publics Durables 2015-2020, feuille de route pilotée par le Ministère de la Transition Ecologique et Solidaire, définit des objectifs stratégiques à l’horizon 2020 :\n • 30% des marchés publics doivent avoir une disposition environnementale.\n • 25% des marchés publics doivent avoir une disposition sociale.",
      [ENV, CS], objs=[Q(30, horizon=2020, subject="marchés avec une disposition environnementale", themes=(ENV,)),
                       Q(25, horizon=2020, subject="marchés avec une disposition sociale", themes=(CS,))],
      non=["2015-2020"], notes="Objectifs du PNAAPD sous une ligne d'en-tête.")

    S("https://www.inteco-walterfrance.com/mag-expert/renovation-du-label-dacheteur-responsable", "Rénovation du label d'acheteur responsable (Inteco Walter France)")
    P("En visant 80% d’acheteurs d’Etat labellisés d’ici fin 2022, l’exécutif vise un effet d’entraînement sur les collectivités territoriales et le secteur privé.",
      [GOV], objs=[Q(80, horizon=2022, subject="acheteurs de l'État labellisés")], notes="Cible au gérondif.")
    P("Le gouvernement va rénover le label ‘achats responsables’ qui existe depuis 2012 et n’a séduit depuis que 51 entreprises.",
      [GOV], objective=True, non=["2012", "51"], notes="Engagement qualitatif; 51 est un constat.")

    S("https://www.gauchegrandest.fr/SP20-10-22_achat_responsable_MR.EE.htm", "Intervention sur le schéma des achats responsables (groupe de gauche, Région Grand Est)")
    P("Le travail du COPIL, sous la houlette des agents et de Thierry NICOLAS a permis de s’engager sur ces 3 axes en fixant 20 engagements, mais aussi en adossant 17 objectifs transversaux sur le développement durable.",
      [GOV], non=["3", "20", "17"], notes="Structure du schéma (piège).")

    S("http://www.elus-ecologistes-regioncentre-valdeloire.fr/adoption-schema-de-promotion-achats-publics-responsables/", "Adoption du schéma de promotion des achats publics responsables (élus écologistes Centre-Val de Loire)")
    P("Monsieur le président, chers collègues, la commande publique représente entre 10 et 15 % du PIB de la France, elle constitue donc un formidable effet de levier pour montrer l’exemple et mieux intégrer le développement durable dans la société.",
      [], non=["10", "15 %"], notes="Statistique (piège).")

    S("https://www.pole-haute-lande.org/les-missions/transition-ecologique", "Transition écologique (Pôle Haute Lande)")
    P("La cible intermédiaire posée était d’atteindre 20% de marchés avec clauses environnementales en 2024 et viser 40% en 2025.",
      [ENV], objs=[Q(20, horizon=2024, subject="marchés avec clauses environnementales"), Q(40, horizon=2025, subject="marchés avec clauses environnementales")],
      notes="Cibles en trajectoire (« cible … était » : la cible reste un objectif).")
    P("La commande publique représente 8 à 10 % du PIB, soit 110 milliards d’euros hors taxes de budget annuel, et concerne 130 000 acteurs publics et privés.",
      [], non=["8 à 10 %", "110 milliards d’euros", "130 000"], notes="Statistiques (piège).")

    S("https://www.reunion.developpement-durable.gouv.fr/ecoresponsabilite-r46.html", "Écoresponsabilité (DEAL La Réunion)")
    P("La SNDD 2010-2013 fixe ainsi des objectifs concrets et quantifiables en matière d’éco-responsabilité :\n- diminution des émissions de gaz carbonique de 10 % pour la fonction transport des administrations et de 10 % dans les bâtiments publics ;",
      [ENV], objs=[Q(10, direction="decrease", kind="relative_change", subject="émissions de CO2 des transports des administrations"),
                   Q(10, direction="decrease", kind="relative_change", subject="émissions de CO2 des bâtiments publics")],
      non=["2010-2013"], notes="Réductions coordonnées; période de la stratégie (pas d'horizon).")
    P("- 20% d’économie d’eau, réduction de 10 % des consommations énergétiques, taux de recyclage des papiers blancs 60 % ;",
      [ENV, NRJ, CIRC], objs=[Q(20, direction="decrease", kind="relative_change", subject="consommation d'eau", themes=(ENV,)),
                              Q(10, direction="decrease", kind="relative_change", subject="consommations énergétiques", themes=(NRJ,)),
                              Q(60, subject="taux de recyclage des papiers blancs", themes=(CIRC,))],
      notes="Suite de la liste d'objectifs; « économie » = baisse.")
    P("- 20 % du renouvellement des flottes sous forme de véhicules propres (véhicules d’intervention exclus) ;",
      [ENV], objs=[Q(20, subject="véhicules propres au renouvellement des flottes")], notes="Item de liste d'objectifs.")
    P("- 50 % des nouvelles constructions de l’Etat devront répondre à la démarche Haute qualité environnementale (HQE) ou au label Haute performance énergétique (HPE) ou à une référence équivalente.",
      [ENV, NRJ], objs=[Q(50, subject="nouvelles constructions HQE ou HPE")])
    P("La DEAL de La Réunion a réalisé son Bilan Carbone en 2012 (année de reporting 2011).",
      [ENV], non=["2012", "2011"], notes="Dates (piège).")

    S("https://www.carpentras.fr/actualites/2021/03-mars-2021/vers-une-restauration-collective-dexception.html", "Vers une restauration collective d'exception (Ville de Carpentras)")
    P("Depuis 2016, la restauration collective par les services de la ville s'inscrit dans une démarche visant à atteindre 100% de bio dans les assiettes pour 2026. Tous les efforts se sont concentrés autour de cette volonté.",
      [ALIM], objs=[Q(100, horizon=2026, subject="bio dans les assiettes")], non=["2016"], notes="Cible; « depuis 2016 » date la démarche.")
    P("Ainsi, aujourd'hui, 50% des aliments sont bio et un repas végétarien est proposé chaque semaine.",
      [ALIM], non=["50%"], notes="Constat (piège).")
    P("Par ailleurs, la viande proposée est 100% française, sans traitement antibiotique, et sélectionnée dans le respect du bien-être animal.",
      [ALIM], non=["100%"], notes="État présent (piège).")

    S("https://bilan-de-mandat.ville-sevran.fr/?p=527", "Bilan de mandat : cantine scolaire (Ville de Sevran)")
    P("Cantine scolaire : procéder à un nouvel appel d’offres et étudier la possibilité d’une reprise de la gestion par la municipalité en incluant dans les critères d’attribution que la matière première soit constituée de produits locaux et bio à au moins 50%",
      [ALIM, PME], objs=[Q(50, comparator=">=", subject="produits locaux et bio dans la matière première", themes=(ALIM,))],
      notes="Engagement de mandat (infinitifs).")

    # ---- batch 3 -------------------------------------------------------------------------------------------
    S("https://www.snessii.com/dossier/numerique-achats-publics-responsables/", "Numérique : des achats publics plus responsables (SNESSII)")
    P("A partir du 1er janvier 2021, l’article 58 de la loi relative à la lutte contre le gaspillage et à l’économie circulaire prévoit que :\n • les biens acquis par les services de l’État et les collectivités doivent être issus du réemploi ou de la réutilisation ou intègrent des matières recyclées, dans des proportions de 20 à 100% selon le produit.",
      [CIRC], objs=[Q(20, value_max=100, subject="biens acquis issus du réemploi ou recyclés")],
      non=["1er janvier 2021", "58"], notes="Quota AGEC; entrée en vigueur d'une obligation à niveau unique: pas d'horizon.")
    P("L’une des 50 mesures détaillées porte plus particulièrement sur la commande publique et la transformation numérique de l’administration.",
      ["numerique_responsable"], non=["50"], notes="Nombre de mesures (piège).")

    S("https://alliancy.fr/achat-produits-numeriques-reconditionnes-secteur-public-retard-agec/amp", "Achat de produits numériques reconditionnés : le secteur public en retard sur la loi AGEC (Alliancy)")
    P("L’empreinte carbone générée par un an de consommation de biens et services numériques en France en 2020 représente 2,5 % de l’empreinte carbone nationale, soit 17,2 Mt CO2éq. Les terminaux représentent 79 % de cette empreinte carbone, les centres de données 16 % et les réseaux 5 %.",
      ["numerique_responsable", ENV], non=["2020", "2,5 %", "17,2 Mt", "79 %", "16 %", "5 %"], notes="Statistiques (piège).")

    S("https://www.portail-des-pme.fr/developpement-durable/acheter-de-facon-responsable-la-nouvelle-priorite-des-acheteurs-publics", "Acheter de façon responsable, la nouvelle priorité des acheteurs publics (Portail des PME)")
    P("En 2021, 78% des acheteurs publics étaient convaincus que l’achat public responsable était prioritaire alors qu’ils n’étaient que 59% en 2020 à le penser. De même, 9 organisations sur 10 sont engagées dans une démarche d’achats responsables ou sur le point de l’être.",
      [GOV], non=["2021", "78%", "59%", "2020", "9 organisations sur 10"], notes="Enquête (piège).")
    P("La commande publique a atteint 111 milliards d’euros en 2020.",
      [], non=["111 milliards d’euros", "2020"], notes="Volume constaté (piège).")

    S("https://lesjourneesterritoriales.fr/2023/10/23/journees-territoriales-2023-questionnement-autour-du-dereglement-climatique/", "Journées Territoriales 2023 : l'achat public dans un monde à +4° (Les Journées Territoriales)")
    P("Fin mai, le Ministre de la transition écologique a dévoilé une « trajectoire de réchauffement de référence pour l’adaptation au changement climatique » qui propose un scénario d’un réchauffement climatique à + 4° en 2100 et documente ses impacts afin que ces données soient partagées et utilisées par tous les acteurs.",
      [ENV], non=["+ 4°", "2100"], notes="Scénario, pas une cible (piège).")

    S("https://www.gironde.fr/espace-presse/30-des-marches-publics-impliqueront-le-secteur-de-l-ess-en-gironde", "30 % des marchés publics impliqueront le secteur de l'ESS en Gironde (Département de la Gironde)")
    P("Le SPASER fixe des objectifs ambitieux en Gironde : 100% des marchés notifiés devaient ainsi comprendre au moins une considération environnementale et 30% une considération sociale d’ici à la fin de l’année 2025.",
      [ENV, CS], objs=[Q(100, horizon=2025, subject="marchés avec une considération environnementale", themes=(ENV,)),
                       Q(30, horizon=2025, subject="marchés avec une considération sociale", themes=(CS,))],
      notes="Objectifs du schéma; l'imparfait « devaient » rapporte la cible, ce n'est pas un résultat.")
    P("Le Département de la Gironde s’est doté dès 2017 d’un schéma de promotion des achats publics socialement et écologiquement responsables (SPASER) afin de promouvoir une politique d’achat durable, responsable et innovante",
      [GOV], non=["2017"], notes="Date d'adoption (piège).")

    S("https://coda.io/@synapse/actions-beta/politiques-publiques-65", "Politiques publiques (Synapse, coda.io)")
    P("Intégrer l’économie circulaire dans les pratiques d’achat des administrations, par l’utilisation d’au moins 50% de papier recyclé, l’utilisation de pneumatiques rechapés ou rechapables pour les flottes des véhicules lourds, l’usage de téléphones issus du réemploi…",
      [CIRC], objs=[Q(50, comparator=">=", subject="papier recyclé")], notes="Proposition (infinitif).")

    S("https://ess2024.org/?p=8864", "Un webinaire sur les achats solidaires à destination des collectivités (ESS 2024)")
    P("A ce sujet, un sondage en direct a pu mettre en lumière un premier constat : 80% des collectivités ayant répondu ont déjà mis en place une politique d’achats responsables et que pour ce faire, plus d’un tiers d’entre elles s’appuient sur un Schéma de Promotion des Achats Publics Socialement et Écologiquement Responsables (SPASER).",
      [GOV], non=["80%", "plus d’un tiers"], notes="Sondage (piège), fraction en toutes lettres.")

    S("https://www.rtes.fr/retour-sur-osez-l-ess-rencontre-metropolitaine-de-l-achat-public-responsable-a-lille", "Retour sur « Osez l'ESS » à Lille (RTES)")
    P("une sorte de plafond de verre subsiste (en 2018 seuls 17% de marchés avec clauses sociales et 18% avec clauses environnementales).",
      [CS, ENV], non=["2018", "17%", "18%"], notes="Constat (piège).")

    S("http://www.docplayer.fr/1570518-Guide-de-la-clause-sociale.html", "Guide de la Clause sociale, deuxième édition, décembre 2011 (docplayer)")
    P("La circulaire n 5351 du Premier Ministre du 3 décembre 2008 pour un État exemplaire a prévu l inscription obligatoire de clauses sociales dans les marchés publics de l État à hauteur de 10 % des achats courants de l État et de ses établissements publics d ici 2012 dans les secteurs comportant au moins 50% de main d œuvre.",
      [CS], objs=[Q(10, horizon=2012, subject="achats courants de l'État avec clauses sociales")],
      non=["5351", "3 décembre 2008", "50%"], notes="Cible de la circulaire (texte abîmé: apostrophes perdues); 50 % délimite les secteurs.")
    P("Toutefois, selon l Observatoire Économique de l Achat Public (OEAP) qui a réalisé le recensement des marchés publics notifiés en 2009, seuls 1,9% des marchés publics de plus de ont comporté une clause sociale.",
      [CS], non=["2009", "1,9%"], notes="Résultat (piège).")
