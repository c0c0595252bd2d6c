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
