"""Twenty-second set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh22.jsonl).

Collected in issue 15's twenty-third pass, blind to what the extractor gets wrong (no error listing, first score or
error table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages
of the State, national public bodies and their networks only: État-run and national public establishments (ANRU,
Société du Grand Paris, France Travail, INRAE, CNRS, Ifremer, Cirad, Ucanss, the Louvre, IH2EF, a Bulletin officiel
circular), universities and engineering or national schools, Crous, hospitals and a cancer centre, chambers of
commerce and of trades, and networks and associations of the field (Réseau CHU, Handeco, ESResponsable, IREV, a
Carif-Oref, a maison de l'emploi, an URPS, Citepa, ARTCENA, an observatory of plant-based catering); about public
purchasing and the targets it is measured against (insertion charters and clauses, SME shares, sobriété énergétique,
carbon trajectories of establishments and of the SNBC, recycled paper, Crous strategy) and traps: results of the past,
statistics and surveys, budgets, counts, dates, thresholds, estimates and references. No local authority's page, no
press, no company. Pages of sites that neither the shared dev set, nor any training passage (``corpora/real``, the
collected set), nor an earlier fresh set or theme set uses (the build checks the first three; the theme sets' hosts
were checked by hand). Labelled with the conventions of the shared real dev set; never run through the extractor here
(the lead scores it). Every passage is copied from the opening of a public web page as the project's search tool
stored it, cited by its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, ESS, GOV, NRJ, PME

SANTE = "sante"
INNO = "achats_innovants"


def load(S, P, Q) -> None:

    S("https://entpe.fr/bilan-carbone-2022-de-lentpe-une-baisse-significative-depuis-2019", "Bilan carbone 2022 de l'ENTPE : une baisse significative depuis 2019 (ENTPE)")
    P("Son deuxième bilan carbone portant sur l'année 2022 indique une baisse des émissions de GES depuis 2019 (-18,75%).",
      [ENV], non=["2022", "2019", "-18,75%"], notes="Résultat mesuré entre deux bilans (piège).")
    P("L’ENTPE prévoit d’adopter de nouvelles mesures pour atteindre son objectif d’émissions de GES : leur diminution de 50% en 2030 par rapport à 2019.",
      [ENV], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2019, subject="émissions de GES de l'école")],
      notes="« diminution de 50% en 2030 par rapport à 2019 » : baisse relative, horizon et année de référence écrits.")

    S("https://portail.polytechnique.edu/fxconseil/actualites/developpement-durable-engagements-tenus-objectif-neutralite-carbone", "Développement durable : engagements tenus, objectif neutralité carbone (École polytechnique)")
    P("Lors du colloque international « Réflexions : Chercher, former et agir pour le développement durable », l’École a pris cinq engagements majeurs qui sont désormais partie intégrante de sa stratégie :",
      [GOV], non=["cinq"], notes="Nombre d'engagements (piège).")
    P("*La formation de 100% de ses élèves au développement durable.",
      [ENV], objs=[Q(100, subject="élèves formés au développement durable")],
      notes="Un des engagements de l'école, écrit comme une cible ; la page dit ensuite l'engagement tenu en 2020, mais le passage seul énonce l'engagement.", ambiguous=True)

    S("https://www.enssib.fr/en/node/55552", "Schéma directeur Développement durable et responsabilité sociétale 2025-2030 (Enssib)")
    P("Nous vous l’annoncions dès le mois de mars : l’Enssib a présenté son projet de Schéma directeur « Développement durable et responsabilité sociétale » (DD-RSE) 2025 – 2030 à son Conseil d’administration réuni le 13 mars 2025, qui l’a adopté à l’unanimité.",
      [GOV], non=["2025 – 2030", "13 mars 2025"], notes="Adoption du schéma : période et date (piège).")

    S("https://www.crous-paris.fr/se-restaurer/nos-engagements-qualites/", "Nos engagements qualité (Crous de Paris)")
    P("80% des achats alimentaires et péri alimentaires du Crous de Paris relèvent de la centrale d’achats nationale des Crous.",
      [ALIM], non=["80%"], notes="Constat sur l'organisation des achats (piège).")
    P("Le poisson servi dans le restaurant universitaire est issu d’une pêche responsable à 68% (labels MSC, GAP…)",
      [ALIM], non=["68%"], notes="Part actuelle, constat (piège).")
    P("Les viandes fraiches de porc et de volaille sont issues de la filière BBC Bleu Blanc Coeur (enrichie aux omégas 3 et meilleure pour la santé) et 100% France",
      [ALIM], non=["3", "100%"], notes="Description de l'approvisionnement actuel (piège) ; « 100% France » décrit l'existant.")

    S("https://www.reseau-chu.org/article/environnement-lengagement-du-chu-de-toulouse/", "Environnement : l’engagement du CHU de Toulouse (Réseau CHU)")
    P("En 2010, le CHU de Toulouse a dépensé 10,3 millions d’euros en électricité, gaz et eau.",
      [NRJ], non=["2010", "10,3 millions d’euros"], notes="Dépense passée (piège).")

    S("https://blog.cma82.fr/2022/12/02/enquete-artisans-et-marches-publics-aupres-des-collectivites/", "Enquête artisans et marchés publics auprès des collectivités (Chambre de Métiers et de l’Artisanat de Tarn-et-Garonne)")
    P("- Nous constatons que le moyen de diffusion le plus largement utilisé (80%) pour les commandes inférieures à 90 000€ est la sollicitation directe des entreprises de leur territoire.",
      [PME], non=["80%", "90 000€"], notes="Résultat d'enquête et seuil (piège).")
    P("- Enfin, les offres d’entreprises artisanales locales sont un enjeu pour une très large majorité de collectivités. 60% d’entre elles ont par ailleurs déjà mis en place des actions pour favoriser ces réponses, avec plus ou moins de succès car seulement 40% envisagent de programmer de nouvelles actions en ce sens.",
      [PME], non=["60%", "40%"], notes="Résultats d'enquête (piège).")

    S("https://www.mden-reunion.fr/general/marches-publics-circulaire-insertion/", "Marchés publics : circulaire et insertion (Maison de l'emploi du Nord de La Réunion)")
    P("Une circulaire interministérielle du 29 décembre 2009 relative au guide de bonnes pratiques en matière de marchés publics, parue au Journal officiel du jeudi 31 décembre 2009, précise les trois principaux objectifs que doivent viser les clauses sociales prévues dans le cadre des marchés publics :",
      [CS], non=["29 décembre 2009", "31 décembre 2009", "trois"], notes="Dates de la circulaire et nombre d'objectifs (piège).")

    S("https://pms.becquerel.fr/projet-dequipement/", "Projet d’équipement (Centre Henri Becquerel, projet médico-scientifique)")
    P("La politique d’achat des équipements se poursuivra sur la période 2022-2026 avec une attention particulière, comme sur la période précédente, à l’innovation et les technologies de pointe, de manière différenciante.",
      [INNO], objective=True, non=["2022-2026"], notes="Orientation qualitative d'achat (innovation) sur la période du projet : objectif non chiffré ; la période n'est pas un horizon.", ambiguous=True)

    S("https://chu-rouen.fr/plan-de-sobriete-du-chu-de-rouen", "Plan de sobriété du CHU de Rouen (CHU de Rouen)")
    P("Un plan de sobriété énergétique a été annoncé le 6 octobre par le Gouvernement. Son objectif est de réduire de 10 % la consommation d’énergie d’ici 2024.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2024, subject="consommation d'énergie (plan national de sobriété)")],
      non=["6 octobre"], notes="Objectif national rappelé : « réduire de 10 % … d'ici 2024 » ; la date d'annonce n'est pas un horizon.")
    P("Le programme s’articule autour de 15 « mesures phares » destinées à lutter contre le gaspillage et à mieux gérer la consommation d’énergie dans tous les secteurs de l’économie, de l’administration publique et au sein des foyers.",
      [NRJ], non=["15"], notes="Nombre de mesures (piège).")
    P("Le CHU n’a cependant pas attendu ce plan pour agir en matière de développement durable. En effet l’établissement est engagé depuis 2018 dans une démarche de management de l’énergie, avec une certification ISO 50001 depuis avril 2019.",
      [NRJ], non=["2018", "ISO 50001", "avril 2019"], notes="Dates et numéro de norme (piège).")

    S("https://www.inrae.fr/actualites/inrae-adopte-sa-trajectoire-son-plan-decarbonation", "INRAE adopte sa trajectoire et son plan de décarbonation (INRAE)")
    P("Il dote l’institut de leviers pratiques pour atteindre un premier objectif de réduction de 30 % de ses émissions de gaz à effet de serre (GES) d’ici 2030.",
      [ENV], objs=[Q(30, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de gaz à effet de serre de l'institut")],
      notes="« réduction de 30 % … d'ici 2030 » : baisse relative, horizon écrit.")
    P("Cette stratégie vise une réduction des émissions de 70 % d’ici 2050 et sera complétée par des travaux en cours pour atteindre la neutralité carbone en mobilisant le levier complémentaire du stockage et de la compensation au sein de son dispositif expérimental.",
      [ENV], objs=[Q(70, direction="decrease", kind="relative_change", horizon=2050, subject="émissions de gaz à effet de serre")],
      notes="« réduction des émissions de 70 % d'ici 2050 » ; « Cette stratégie » renvoie à la phrase précédente (la trajectoire de l'institut alignée sur la SNBC).", ambiguous=True)
    P("L’établissement est déjà bien engagé dans la voie de la décarbonation en s’appuyant notamment sur le succès du plan de maîtrise énergétique adopté en 2022 sur la base des travaux des 19 centres de l’institut qui a déjà permis une baisse de la consommation énergétique de 23 % entre 2021 et 2024.",
      [NRJ, ENV], non=["2022", "19", "23 %", "2021", "2024"], notes="Résultat obtenu (« a déjà permis ») (piège).")
    P("En tant qu’établissement public, INRAE réalise depuis 2019 un bilan d’émissions de gaz à effet de serre (BEGES) tous les 3 ans.",
      [ENV, GOV], non=["2019", "3 ans"], notes="Obligation en vigueur et périodicité du bilan (piège).")

    S("https://www.fondcnrs.fr/fr/actualite/les-strategies-du-cnrs-pour-reduire-lempreinte-environnementale-de-ses-achats", "Les stratégies du CNRS pour réduire l’empreinte environnementale de ses achats (CNRS)")
    P("Avec 85 % des émissions de gaz à effet de serre, les achats – de consommables, d’équipements scientifiques ou encore de prestations – représentent le premier poste des émissions, loin devant la consommation d’énergie (6 %), les missions (6 %) et les déplacements domicile-travail (3 %).",
      [ENV], non=["85 %", "6 %", "6 %", "3 %"], notes="Répartition du bilan d'émissions (piège).")

    S("https://blog.handeco.org/2018/06/28/direction-des-achats-de-letat-et-achats-responsables/", "Direction des Achats de l’Etat et Achats Responsables (Handeco)")
    P("En outre, avec un volume représentant 26 milliards d’euros, les enjeux portés par la Dépense Publique, sont de facto stratégiques.",
      [], non=["26 milliards d’euros"], notes="Volume d'achats (piège) ; passage général sur le poids des achats de l'État : sans thème, comme les passages généraux du jeu de dev.", ambiguous=True)
    P("Un rapport annuel est remis au Premier Ministre, rendant compte de la façon dont sont portés les 5 axes de même qu’un compte-rendu sur les Achats Responsales, plus spécifiquement.",
      [GOV], non=["5"], notes="Nombre d'axes et rapport annuel (piège).")

    S("https://www.cciamp.com/actualite/nom-de-code-metropolitan-business-act", "Nom de code : Metropolitan Business Act (CCI métropolitaine Aix-Marseille-Provence)")
    P("Se dirige-t-on vers l'élaboration d'un référentiel des bonnes pratiques d'achats entre grandes groupes et PME sur le territoire métropolitain ? Comment rendre les marchés publics et privés PME compatibles. Une quarantaine d'acheteurs privés et publics y travaillent.",
      [PME], non=["Une quarantaine"], notes="Nombre de participants (piège).")

    S("https://www.ih2ef.gouv.fr/plan-climat-biodiversite-et-transition-ecologique-la-formation-comme-levier-de-mise-en-action", "Plan climat-biodiversité et transition écologique : la formation comme levier de mise en action (IH2EF)")
    P("L’IH2EF et l’Amue organisaient, fin novembre 2023, les premières journées d’études consacrées au déploiement du Plan climat-biodiversité et transition écologique.",
      [ENV, GOV], non=["novembre 2023"], notes="Date d'un événement (piège).")

    S("https://www.univ-reims.fr/ddrs/accueil/contexte-et-cadre-reglementaire/contexte-et-cadre-reglementaire,27847,44958.html", "Contexte et cadre réglementaire du DD&RS (Université de Reims Champagne-Ardenne)")
    P("Le Plan Vert, créé en 2009, est une stratégie déployée par les établissements d'enseignement supérieur et de recherche en France pour intégrer la transition écologique et la responsabilité sociétale dans leurs activités.",
      [ENV, GOV], non=["2009"], notes="Date de création (piège).")

    S("https://veille-emploi-formation.cariforefoccitanie.fr/RecordRedirect.htm?Record=19151336124919795189", "L'enseignement supérieur face au défi de la transition écologique (Carif-Oref Occitanie, veille)")
    P("Les établissements d’enseignement supérieur occupent une place spécifique dans la transition écologique. Représentant près de la moitié des opérateurs de l’État et accueillant un large public, ils ont un impact environnemental substantiel.",
      [ENV], non=["près de la moitié"], notes="Part constatée (« près de la moitié ») : pas une cible (piège).")

    S("https://www.univ-rennes.fr/favoriser-de-nouvelles-pratiques-de-mobilite", "Favoriser de nouvelles pratiques de mobilité (Université de Rennes)")
    P("Dans la métropole rennaise, la voiture est encore utilisée à 40 % pour les déplacements de moins de 3 km.",
      [ENV], non=["40 %", "3 km"], notes="Statistique de mobilité (piège).")

    S("https://www.univ-brest.fr/fr/page/plan-de-mobilite-de-lubo-2025-2028-pour-une-universite-plus-durable", "Plan de Mobilité de l’UBO 2025-2028 : pour une université plus durable (Université de Bretagne Occidentale)")
    P("Le transport est en France le premier secteur émetteur de gaz à effet de serre (GES), responsable de 30 % des émissions.",
      [ENV], non=["30 %"], notes="Statistique nationale (piège).")
    P("Le PDM de l’UBO est ainsi structuré en 3 axes et 40 actions concrètes pour :",
      [ENV, GOV], non=["3", "40"], notes="Nombre d'axes et d'actions (piège).")

    S("https://organisation.univ-pau.fr/fr/engagements/une-universite-responsable/responsabilite-societale/des-deplacements-professionnels-plus-vertueux.html", "Des pratiques plus vertueuses pour les déplacements professionnels (Université de Pau et des Pays de l’Adour)")
    P("Ainsi, sept véhicules électriques sont venus compléter la flotte : cinq à Pau et deux sur la côte basque.",
      [ENV], non=["sept", "cinq", "deux"], notes="Nombre de véhicules acquis (piège).")
    P("Les priorités sont désormais hiérarchisées de la manière suivante pour les agents : d’abord la réduction des déplacements par le recours à des alternatives, puis le recours aux transports en commun ou au co-voiturage, ensuite l’usage de véhicules à faibles émissions, et enfin en dernier recours l’utilisation de véhicules à énergies fossile, avec une limitation de vitesse à 110 km/h préconisée sur autoroute.",
      [ENV], non=["110 km/h"], notes="Règle d'usage et limitation de vitesse (seuil), pas une cible chiffrée (piège).")

    S("https://www.esresponsable.org/article8488.html", "Un plan de mobilité pour l’Université Paul-Valéry Montpellier 3 (ESResponsable)")
    P("Les déplacements (domicile-travail et à l’international) sont la plus grande part d’émissions de GES de l’Université Paul-Valéry Montpellier 3 (UPVM3). Ils représentent l’équivalent de 63,3% des émissions soit 8159 tCO2e.",
      [ENV], non=["3", "63,3%", "8159 tCO2e"], notes="Résultat du bilan carbone (piège).")

    S("https://mission-ddrs.univ-gustave-eiffel.fr/la-mission-ddrs/projets/bilan-des-emissions-de-gaz-a-effet-de-serre", "Bilan des émissions de gaz à effet de serre (Université Gustave Eiffel, mission DD&RS)")
    P("L’Université Gustave Eiffel a réalisé son premier bilan des émissions de gaz à effet de serre sur l’année 2019 et l’a mis à jour en 2022.",
      [ENV], non=["2019", "2022"], notes="Dates de bilans (piège).")
    P("L’université s’engage ainsi dans une démarche de réduction de ses émissions de gaz à effet de serre en suivant une trajectoire 1,5°C (Science Based Targets Initiative), d’ici à 2030 par rapport à 2022, sur l’ensemble de notre activité. Soit 5,25% par an entre 2022 et 2030 ou 1 831 tCO2e* par an.",
      [ENV], objs=[Q(5.25, direction="decrease", kind="growth_rate", horizon=2030, baseline_year=2022, per_year=True, subject="émissions de gaz à effet de serre de l'université"),
                   Q(1831, unit="tCO2", direction="decrease", kind="absolute", horizon=2030, baseline_year=2022, per_year=True, subject="émissions de gaz à effet de serre évitées chaque année")],
      non=["1,5°C"], notes="Trajectoire de réduction : « 5,25% par an » (taux annuel) et son équivalent « 1 831 tCO2e par an » ; horizon 2030, référence 2022 ; « 1,5°C » est le nom de la trajectoire.", ambiguous=True)

    S("https://www.medecin-occitanie.org/le-secteur-de-la-sante-devra-reduire-de-5-par-an-ses-emissions-de-gaz-a-effet-de-serre-jusquen-2050/", "Le secteur de la santé devra réduire de 5 % par an ses émissions de gaz à effet de serre jusqu’en 2050 (URPS Médecins libéraux Occitanie)")
    P("Le secteur de la santé devra réduire de 5 % par an ses émissions de gaz à effet de serre jusqu’en 2050",
      [ENV], objs=[Q(5, direction="decrease", kind="growth_rate", horizon=2050, per_year=True, subject="émissions de gaz à effet de serre du secteur de la santé")],
      notes="Titre ; « réduire de 5 % par an … jusqu'en 2050 » : taux annuel, horizon écrit.")
    P("Un comité de pilotage structuré autour de sept objectifs pour le secteur de la santé (sanitaire et médico-social) a été mis en place ce 22 mai.",
      [GOV], non=["sept", "22 mai"], notes="Nombre d'objectifs et date (piège).")

    S("https://citepa.org/fr/2023_01_b07", "Plan sobriété énergétique : circulaire de mise en œuvre pour les services de l’Etat (Citepa)")
    P("Dans cette circulaire, les deux Ministres demandent aux destinataires précités de mettre en œuvre les 20 mesures qui constituent le plan national de sobriété énergétique, mesures qui sont présentées en annexe de la circulaire.",
      [NRJ], non=["20"], notes="Nombre de mesures (piège).")

    S("https://onav.fr/le-cnous-publie-la-strategie-nationale-de-transition-ecologique-du-reseau-des-crous/", "Le Cnous publie la stratégie nationale de transition écologique du réseau des Crous (Observatoire national de l’alimentation végétale)")
    P("En effet, la France, en tant que signataire de l’Accord de Paris sur le climat, s’est engagée à réduire ses émissions de gaz à effet de serre de 55 % d’ici 2030 par rapport aux niveaux de 1990, et à atteindre la neutralité carbone d’ici 2050.",
      [ENV], objs=[Q(55, direction="decrease", kind="relative_change", horizon=2030, baseline_year=1990, subject="émissions de gaz à effet de serre de la France")],
      non=["2050"], notes="Engagement national : « réduire … de 55 % d'ici 2030 par rapport aux niveaux de 1990 » ; la neutralité carbone 2050 n'est pas chiffrée.")
    P("La stratégie vise à réduire de manière significative l’impact environnemental du réseau notamment en matière de restauration et de logement avec pour objectif d’ici 2030, d’une diminution chaque année de 4,7% de ses émissions de gaz à effet de serre.",
      [ENV], objs=[Q(4.7, direction="decrease", kind="growth_rate", horizon=2030, per_year=True, subject="émissions de gaz à effet de serre du réseau des Crous")],
      notes="« diminution chaque année de 4,7% … d'ici 2030 » : taux annuel, horizon écrit.")
    P("La restauration représente le premier poste d’émission avec 68 % du total (principalement liés aux produits animaux que sont la viande, le poisson et les œufs), suivie par la combustion d’énergies fossiles (21 %).",
      [ENV, ALIM], non=["68 %", "21 %"], notes="Répartition du bilan d'émissions (piège).")

    S("https://irev.fr/print/actualites-0/lanru-adopte-une-nouvelle-charte-dinsertion", "L’ANRU adopte une nouvelle charte d’insertion (IREV, centre de ressources politique de la ville)")
    P("Celle-ci fait suite aux objectifs d’insertion qui avaient déjà été fixés en 2005 à l’échelle nationale dans le cadre des clauses d’insertion.",
      [CS], non=["2005"], notes="Date d'un dispositif antérieur (piège).")
    P("- Réserver aux habitants des quartiers a minima 5% des heures travaillées dans le cadre des opérations ANRU,",
      [CS], objs=[Q(5, comparator=">=", subject="heures travaillées réservées aux habitants des quartiers (opérations ANRU)")],
      notes="Objectif de la charte nationale d'insertion ; « a minima » : comparateur >=.")
    P("- Leur réserver a minima 10 % des heures travaillées dans le cadre des marchés liés à la gestion urbaine de proximité (GUP),",
      [CS], objs=[Q(10, comparator=">=", subject="heures travaillées réservées aux habitants des quartiers (marchés de GUP)")],
      notes="Objectif de la charte ; sujet porté par « Leur » (les habitants des quartiers, puce précédente).")

    S("https://anru.fr/actualites/clauses-dinsertion-un-tremplin-vers-lemploi", "Clauses d'insertion : un tremplin vers l'emploi (ANRU)")
    P("Un bilan lors de l’Enquête Sociale de 2016 a permis de révéler que cette charte avait généré 25,2 millions d’heures d’insertion, réalisées par plus de 63000 bénéficiaires partout en France.",
      [CS], non=["2016", "25,2 millions d’heures", "63000"], notes="Bilan passé (piège).")
    P("Les clauses d’insertion engagent les entreprises titulaires d’un contrat à consacrer à l’insertion professionnelle des habitants éloignés de l’emploi un minimum de 5% des heures travaillées dans opérations financées par l’ANRU et 10% dans le cadre de la gestion urbaine de proximité.",
      [CS], objs=[Q(5, comparator=">=", subject="heures travaillées consacrées à l'insertion (opérations financées par l'ANRU)"),
                  Q(10, comparator=">=", subject="heures travaillées consacrées à l'insertion (gestion urbaine de proximité)")],
      notes="Obligation des clauses d'insertion ; « un minimum de » porte sur les deux taux.", ambiguous=True)

    S("http://www.ccibusiness-grandparis.fr/actualite/138375-la-solideo-s-engage-en-faveur-des-tpepme", "La Solideo s'engage en faveur des TPE/PME (CCI Paris Île-de-France, CCI Business Grand Paris)")
    P("La Solideo a approuvé, le 5 juillet 2018, sa charte d’insertion en faveur de l’emploi et du développement territorial qui prévoit que 25 % des marchés attribués dans le cadre des JO iront à des TPE et des PME et que 10 % des heures travaillées seront destinées à des publics en insertion.",
      [PME, CS], objs=[Q(25, subject="marchés des JO attribués à des TPE et PME", themes=(PME,)),
                       Q(10, subject="heures travaillées destinées à des publics en insertion", themes=(CS,))],
      non=["5 juillet 2018"], notes="Deux objectifs de la charte ; la date d'approbation n'est pas un horizon.")
    P("A ce titre, la charte prévoit de promouvoir l’accès à la commande publique et privée pour ces entreprises, « en visant au moins 25 % du montant global des marchés attribués dans le cadre des opérations et aménagements",
      [PME], objs=[Q(25, comparator=">=", subject="montant des marchés des opérations olympiques attribué aux TPE/PME")],
      notes="Tranche d'une phrase plus longue ; « en visant au moins 25 % » : objectif, comparateur >= ; « ces entreprises » = les TPE/PME.")
    P("Pour rappel, avec des retombées économiques et touristiques estimées à environ 10,7 milliards d’euros, l'événement pourrait conduire à la création de 247 000 emplois à l’échelle de la région Ile-de-France.",
      [], non=["10,7 milliards d’euros", "247 000"], notes="Estimations de retombées (piège) ; passage général sans thème d'achat.")

    S("https://www.francetravail.org/accueil/actualites/2023/la-solideo-a-fait-de-linsertion-professionnelle-un-sujet-central.html?type=article", "« La Solideo a fait de l’insertion professionnelle un sujet central » (France Travail)")
    P("F. A. : Directement attachée à l’ensemble des ambitions de la Solideo, cette charte comporte trois piliers : la promotion des TPE, PME et structures de l’économie sociale et solidaire (ESS), la mise en place de chantiers de construction socialement exemplaires, et l’insertion professionnelle, avec 10 % des heures travaillées réservées à des personnes éligibles.",
      [CS, PME, ESS], objs=[Q(10, subject="heures travaillées réservées à des personnes éligibles à l'insertion", themes=(CS,))],
      non=["trois"], notes="Objectif d'insertion de la charte ; « trois piliers » est un compte.")
    P("Généraliser 10 % des heures travaillées à l’insertion professionnelle - contre 5 % selon les recommandations de l’Agence nationale pour la Rénovation Urbaine – est ambitieux dans le secteur du BTP.",
      [CS], objs=[Q(10, subject="heures travaillées consacrées à l'insertion professionnelle")],
      non=["5 %"], notes="Cible de 10 % ; les 5 % de l'ANRU sont cités comme point de comparaison, pas comme la cible du passage.", ambiguous=True)

    S("http://sgp-refonte-2022.ecedi.net/march%C3%A9s", "Les marchés de la Société du Grand Paris (site de la Société du Grand Paris, version de refonte 2022)")
    P("1 527 marchés notifiés\npar la Société du Grand Paris depuis le démarrage des travaux du Grand Paris Express (donnée à novembre 2022).",
      [GOV], non=["1 527", "novembre 2022"], notes="Compte de marchés (piège).")
    P("Elle impose aux entreprises en charge des travaux de réserver au moins 10 % des heures travaillées aux personnes éloignées de l’emploi.",
      [CS], objs=[Q(10, comparator=">=", subject="heures travaillées réservées aux personnes éloignées de l'emploi")],
      notes="Clause d'insertion imposée dans les marchés de travaux ; « au moins » : >=.")

    S("https://mini-site.louvre.fr/trimestriel/2023/RA_2022/125", "Rapport d'activité du musée du Louvre - 2022, le développement durable (musée du Louvre)")
    P("À ce titre, le musée s’était fixé comme objectif 10% d’économie sur chaque éner- gie (électricité, eau chaude et eau glacée) sur 5 ans, par rapport à l’année 2018, soit 2 % de réduction par an pour les trois fluides.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", baseline_year=2018, subject="consommation de chaque énergie du musée (sur 5 ans)"),
                   Q(2, direction="decrease", kind="growth_rate", per_year=True, subject="consommation des trois fluides")],
      non=["5 ans", "trois"], notes="Objectif fixé (plus-que-parfait) et sa traduction annuelle ; pas d'année cible écrite (« sur 5 ans ») ; la suite du rapport le dit dépassé.", ambiguous=True)
    P("Les consommations d’énergie du musée relevées en 2022 attestent d’une diminution de 16 % enregistrée depuis 2018 et donc d’un dépassement anticipé des objectifs fixés.",
      [NRJ], non=["2022", "16 %", "2018"], notes="Résultat obtenu (piège).")

    S("https://www.artcena.fr/actualites/vie-professionnelle/sobriete-energetique-les-mesures-visant-les-erp-culturels", "Sobriété énergétique : les mesures visant les ERP culturels (ARTCENA, Centre national des arts du cirque, de la rue et du théâtre)")
    P("Ces mesures doivent permettre d’atteindre l’objectif fixé par la Première ministre : réduire notre consommation d’énergie de 10% d’ici à 2024.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2024, subject="consommation d'énergie (objectif national de sobriété)")],
      notes="« réduire … de 10% d'ici à 2024 » : baisse relative, horizon écrit.")
    P("• équiper les musées en LED, à l’instar du Musée d’Orsay qui a ainsi réussi à baisser d’un tiers sa consommation électrique ;",
      [NRJ], non=["d’un tiers"], notes="Résultat obtenu (« a réussi à baisser ») (piège).")
    P("• restreindre les plages horaires de fonctionnement des écrans lumineux, comme à l’Opéra Bastille qui table sur une réduction de 10% de la consommation en diminuant l’usage des écrans de 1h30 ;",
      [NRJ], non=["10%", "1h30"], notes="« table sur » : gain attendu d'une mesure (estimation), non une cible fixée ; lecture discutable.", ambiguous=True)
    P("Le gouvernement a ajouté que différents établissements – le Musée du Louvre, le Château de Fontainebleau, de nombreuses écoles d’art ou d’architecture ou encore le Centre national du livre – annoncent pouvoir diminuer de 10% leur consommation d’énergie dès 2023, grâce à des travaux relatifs au chauffage.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", horizon=2023, subject="consommation d'énergie des établissements culturels cités")],
      notes="Engagement annoncé (« annoncent pouvoir diminuer de 10% … dès 2023 ») ; « dès 2023 » : horizon.", ambiguous=True)

    S("http://extranet.ucanss.fr/contenu/public/EspaceDeveloppementDurable/01_la_securite_sociale_s_engage/2015-2018_PlanCadre/01_preambule.html", "Plan cadre développement durable 2015-2018 de la Sécurité sociale, préambule (Ucanss)")
    P("Le développement durable n’est pas un concept nouveau dans les organismes de sécurité sociale. L’engagement collectif des caisses s’exprime au travers d’un Plan cadre développement durable dont les deux précédents (2007-2010 et 2011-2014) ont permis de souligner les progrès collectifs mais aussi l’engagement citoyen des salariés d’une institution dont la vocation même est d’assurer une certaine « durabilité » du lien social dans notre pays.",
      [GOV], non=["deux", "2007-2010", "2011-2014"], notes="Périodes des plans précédents (piège).")

    S("http://www.education.gouv.fr/bo/2001/special9/note.htm", "Composition des repas servis en restauration scolaire et sécurité des aliments, circulaire n° 2001-118 (Bulletin officiel de l'Éducation nationale)")
    P("RESTAURATION SCOLAIRE\n\n\nCOMPOSITION DES REPAS SERVIS EN RESTAURATION SCOLAIRE ET SÉCURITÉ DES ALIMENTS\nC. n° 2001-118 du 25-6-2001",
      [ALIM, SANTE], non=["2001-118", "25-6-2001"], notes="Titre et référence d'une circulaire (piège).")

    S("http://territoire.emse.fr/wordpress/?p=327", "Neutralité carbone et bâtiment (blog Territoire, École des mines de Saint-Étienne)")
    P("Une neutralité qui ne pourra être obtenue qu’en réduisant drastiquement les émissions et en augmentant parallèlement les capacités de stockage, cela pour atteindre l’équilibre dans trois décennies (selon la Stratégie nationale bas-carbone, réduction de 50 % en 2030 et 87 % en 2050).",
      [ENV], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de gaz à effet de serre (SNBC)"),
                   Q(87, direction="decrease", kind="relative_change", horizon=2050, subject="émissions de gaz à effet de serre (SNBC)")],
      non=["trois décennies"], notes="Trajectoire de la SNBC citée : deux paliers de réduction avec leurs années ; pas d'année de référence écrite.")
    P("Or, le secteur du bâtiment représente près de 45 % de la consommation énergétique nationale et plus de 25 % des émissions de gaz à effet de serre…",
      [NRJ, ENV], non=["45 %", "25 %"], notes="Parts constatées (piège).")

    S("https://ch-laborit.fr/recyclage-et-valorisation-des-dechets-du-centre-hospitalier-laborit/", "Recyclage et valorisation des déchets du centre hospitalier Laborit (CH Laborit)")
    P("Actuellement 100 % des déchets émanant de l’hôpital Laborit sont valorisés via les valorisations matière et énergétique.",
      [CIRC], non=["100 %"], notes="État actuel (« Actuellement ») : résultat, pas une cible (piège).")

    S("https://www.ifremer.fr/fr/actualites/la-recherche-au-service-de-la-transition-ecologique-et-du-developpement-soutenable-l", "La recherche au service de la transition écologique et du développement soutenable (Ifremer)")
    P("La recherche au service de la transition écologique et du développement soutenable : l’Ifremer et 15 organismes français ont signé une déclaration d’engagements",
      [ENV, GOV], non=["15"], notes="Titre ; nombre de signataires (piège).")

    S("https://www.cirad.fr/espace-presse/communiques-de-presse/2024/transition-ecologique-et-developpement-soutenable", "Transition écologique et développement soutenable : le Cirad signataire d'une déclaration d’engagements (Cirad)")
    P("À l’issue d’une journée d’échanges et de réflexion organisée avec le soutien du Ministère de l'enseignement supérieur et de la recherche le 22 janvier, les dirigeantes et dirigeants de 16 organismes français, dont le Cirad, se sont engagés collectivement à contribuer par leurs activités de recherche et les changements dans leur fonctionnement à relever les défis de la transition écologique pour un développement soutenable.",
      [ENV, GOV], objective=True, non=["22 janvier", "16"], notes="Engagement qualitatif (sans valeur chiffrée) ; la date et le nombre d'organismes ne sont pas des cibles.", ambiguous=True)

    S("https://blogs.univ-brest.fr/ubo-durable/2022/04/12/vers-une-gestion-ecoresponsable-de-la-consommation-de-papier-a-lubo", "Vers une gestion écoresponsable de la consommation de papier à l’UBO (blog UBO durable, Université de Bretagne Occidentale)")
    P("Depuis janvier 2022, les services et composantes de l’UBO ont atteint les 80% d’utilisation de papier recyclé : demandes de tirages à la reprographie, commandes de ramettes et palettes. L’objectif étant d’atteindre à terme les 100%.",
      [CIRC], objs=[Q(100, subject="papier recyclé utilisé par les services et composantes")],
      non=["janvier 2022", "80%"], notes="80 % : résultat atteint ; « atteindre à terme les 100% » : cible sans année.")
    P("L’ADEME (Agence de l’environnement et de la maîtrise de l’énergie) estime que le recyclage du papier réduit chaque année l’émission de CO2 de 390 000 tonnes, soit l’équivalent des émissions de CO2 de 200 000 voitures.",
      [CIRC, ENV], non=["390 000 tonnes", "200 000"], notes="Estimation d'un effet (piège) ; « chaque année » ne fait pas une cible.")
