"""Transcribed real passages with their labels (see build.py for the helpers S, P, O)."""
# ruff: noqa: E501


def load(S, P, Q) -> None:
    S("https://www.economie.gouv.fr/daj/achat-public-innovation", "Achat public de solutions innovantes (DAJ, ministère de l'Économie)")
    P("L’achat public de solutions innovantes constitue un levier stratégique des politiques publiques à visées environnementales, sociales ou économiques. Il soutient les entreprises qui innovent, notamment les start-up, et permet aux acheteurs d'atteindre une meilleure performance dans leurs achats.",
      ["achats_innovants"], notes="Présentation générale, aucun objectif.")
    P("faciliter le choix de procédure propice à l'acquisition de solutions innovantes, et utiliser la souplesse du dispositif en dessous de 100 000 euros ;",
      ["achats_innovants"], non=["100 000 euros"], notes="Seuil de la procédure, pas une cible.")

    S("https://www.lagazettedescommunes.com/847828/lachat-innovant-a-ses-adeptes-mais-ne-convainc-pas-tout-le-monde/", "L'achat innovant a ses adeptes mais ne convainc pas tout le monde (La Gazette des communes)")
    P("La procédure de l’achat innovant offre aux collectivités un levier pour flécher leur stratégie et permet, pour un maximum de 100 000 euros, d’éviter une mise en concurrence.",
      ["achats_innovants"], non=["100 000 euros"], notes="Seuil légal.")
    P("La procédure des achats innovants, après une expérimentation laborieuse en 2019 puis un décret en 2021 visant à la pérenniser, continue de partager les acheteurs, entre adeptes, indécis et opposants radicaux.",
      ["achats_innovants"], non=["2019", "2021"], notes="Dates d'expérimentation et de décret.")

    S("https://commande-publique.info/2024/01/17/webinaire-region-aura-cnfpt-atexo-fevrier-2024", "Webinaire SPASER expert – retour d'expérience, comment le faire vivre (commande-publique.info)")
    P("Le contrôle de la publication et du respect du SPASER incombe à la chambre régionale des comptes. La préfecture (contrôle de légalité) peut jouer un rôle.",
      ["gouvernance_suivi"], notes="Contrôle du schéma, pas de nombre.")
    P("- Le SPASER est obligatoire pour les collectivités (communes, intercommunalités, départements, régions) à partir d’un certain seuil de dépenses d’achats annuels (actuellement 50 millions HT).",
      ["gouvernance_suivi"], non=["50 millions HT"], notes="Seuil d'assujettissement (piège).")
    P("- Il doit être élaboré en associant des acteurs socio-économiques locaux (fournisseurs, associations…) : les parties prenantes à cartographier, inviter, consulter …",
      ["gouvernance_suivi"], notes="Élaboration concertée du schéma.")
    P("- Demander la mise en conformité du SPASER dans un délai déterminé, en signalant les manquements relevés (contenu incomplet, absence de certains critères obligatoires, procédure d’élaboration non respectée, etc.)",
      ["gouvernance_suivi"], notes="Recommandation possible de la CRC.")

    S("https://fr.3p.eu/2023/05/09/spaser-kit-de-survie-en-milieu-reglementaire/", "SPASER : kit de survie en milieu règlementaire (3P)")
    P("France urbaine a sorti un guide méthodologique sur la mise en œuvre et le suivi des Spaser (schéma de promotion des achats publics socialement et écologiquement responsables) en février 2023.",
      ["gouvernance_suivi"], non=["2023"], notes="Date de publication d'un guide.")

    S("https://remober.com/fr/actualite/achats-publics/achat-public-responsable-collectivites", "Achat public responsable : comment intégrer le réemploi dans les politiques d'achat IT des collectivités ? (Remober)")
    P("Cette loi encourage, entre autres, le réemploi et la réutilisation des équipements électroniques. Elle a notamment mis l’économie circulaire et l’achat d’appareils reconditionnés au cœur de la commande publique responsable.",
      ["economie_circulaire_reemploi_dechets", "numerique_responsable"], notes="Description de la loi AGEC, sans nombre.")
    P("Le décret du 9 mars 2021, n° 2021-254, relatif à l’obligation d’acquisition par la commande publique de biens issus du réemploi ou de la réutilisation ou intégrant des matières recyclées, est un décret d’application de la loi de 10 février 2020 (dite loi AGEC).",
      ["economie_circulaire_reemploi_dechets"], non=["9 mars 2021", "2021-254", "10 février 2020"], notes="Références de textes (piège).")

    S("https://economies-solidaires.org/marche-reserve-fourniture-de-cartouches-dencre-reconditionnees", "Marché réservé : fourniture de cartouches d'encre reconditionnées (economies-solidaires.org)")
    P("Le marché présenté dans cet article porte sur l’acquisition de consommables informatiques. Il prend la forme d’un accord-cadre à bons de commande, décomposé en 2 lots :",
      ["numerique_responsable", "marches_reserves_handicap"], non=["2"], notes="Nombre de lots d'un marché réservé (piège).", ambiguous=True)
    P("Historiquement, l’ensemble des consommables d’impression était acheté neuf, et les cartouches correspondaient aux marques des imprimantes acquises par la DSI.",
      ["numerique_responsable"], notes="Constat historique.")

    S("https://www.latribune.fr/opinions/tribunes/loi-agec-et-materiel-informatique-reconditionne-le-dilemme-de-la-commande-publique-937911.html", "Loi AGEC et matériel informatique reconditionné : le dilemme de la commande publique (La Tribune)")
    P("En imposant aux acteurs publics un minimum de 20 % du volume annuel total de la dépense HT en matériel informatique, la loi AGEC est censée contribuer à modifier les pratiques et à faire du secteur public un acteur majeur de l'économie circulaire.",
      ["numerique_responsable", "economie_circulaire_reemploi_dechets"],
      objs=[Q(20, "%", comparator=">=", per_year=True, subject="part de la dépense annuelle en matériel informatique issue du réemploi", themes=["numerique_responsable", "economie_circulaire_reemploi_dechets"])],
      notes="Quota légal AGEC cité (compte comme objectif); « volume annuel » -> per_year.")
    P("Ces acteurs du reconditionné de proximité peuvent répondre à cette demande jusqu'à quelques centaines de pièces identiques (toujours en fonction du sourcing).",
      ["numerique_responsable", "economie_circulaire_reemploi_dechets"], notes="Capacité d'offre, pas de cible.")

    S("http://www.smartcitymag.fr/article/1071/moins-de-30-des-collectivites-s-interessent-aux-produits-numeriques-reconditionnes", "Moins de 30 % des collectivités s'intéressent aux produits numériques reconditionnés (Smart City Mag)")
    P("Moins de 30 % des collectivités s’intéressent aux produits numériques reconditionnés",
      ["numerique_responsable", "economie_circulaire_reemploi_dechets"], non=["30 %"], notes="Titre: résultat d'enquête (piège).")
    P("Du reste, depuis le 1er janvier 2021, les collectivités ont obligation de consacrer au moins 20% de leurs achats IT à des produits issus du réemploi, comme le stipule l’article 58 de la loi AGEC (loi Anti Gaspillage pour une Economie Circulaire).",
      ["numerique_responsable", "economie_circulaire_reemploi_dechets"],
      objs=[Q(20, "%", comparator=">=", subject="part des achats IT issus du réemploi", themes=["numerique_responsable", "economie_circulaire_reemploi_dechets"])],
      non=["1er janvier 2021", "58"], notes="Quota légal; « depuis » : pas d'horizon.")
    P("Elle nous apprend tout d’abord que 49% des organisations qui achètent déjà des produits numériques reconditionnés y consacrent plus de 10% de leur budget IT.",
      ["numerique_responsable", "economie_circulaire_reemploi_dechets"], non=["49%", "10%"], notes="Résultat de baromètre (piège).")

    S("https://achat-logistique.info/durable/it-les-atouts-de-lachat-reconditionne/", "IT : les atouts de l'achat reconditionné (Achat Logistique)")
    P("Comment démarrer une démarche numérique responsable ? D’abord en allongeant le plus possible la durée de vie des équipements informatiques.",
      ["numerique_responsable"], notes="Conseil général, sans nombre.")
    P("La conception d’un ordinateur pesant à peine 2 kilos nécessite 240 kg de combustibles fossiles, 22 kg de produits chimiques et 1,5 tonne d’eau.",
      ["numerique_responsable", "environnement_climat_carbone"], non=["2 kilos", "240 kg", "22 kg", "1,5 tonne"], notes="Données d'impact (piège).")
    P("« La fabrication d’un PC utilisé pendant trois ou quatre ans, c’est 80 % de son impact environnemental sur sa durée de vie », a confirmé Laurent Valet, ingénieur commercial et expert en « green IT » chez Koesio.",
      ["numerique_responsable", "environnement_climat_carbone"], non=["trois", "quatre", "80 %"], notes="Chiffre d'impact cité (piège).")

    S("https://ecoresponsable.numerique.gouv.fr/publications/guide-pratique-achats-numeriques-responsables/demarche-numerique-responsable/alternative-achat/", "Quelles sont les alternatives à l'achat du neuf ? (Guide pratique achats numériques responsables, MiNumEco)")
    P("Acquérir un équipement reconditionné plutôt qu’un matériel neuf est un geste particulièrement efficace pour réduire les impacts environnementaux tout en obtenant un impact social positif : le reconditionnement crée de l’emploi, souvent pour l’insertion des publics précaires.",
      ["numerique_responsable", "economie_circulaire_reemploi_dechets", "clauses_sociales_insertion"], notes="Recommandation sans cible.")
    P("En particulier, les structures inclusives que sont les structures de l’insertion par l’activité économique ou celle du secteur adapté et protégé (secteur du handicap) qui développent depuis de nombreuses années une offre en reconditionnement / valorisation des matériels informatiques et de télécommunication.",
      ["numerique_responsable", "clauses_sociales_insertion", "marches_reserves_handicap"], notes="Offre des SIAE et du secteur adapté.")
    P("La location est une alternative à l’achat des équipements numériques. Cette pratique permet à l’organisation d’ajuster son parc au besoin de chaque utilisateur et de faire face à des urgences ou à des besoins ponctuels.",
      ["numerique_responsable", "economie_circulaire_reemploi_dechets"], notes="Économie de la fonctionnalité.")

    S("https://decision-achats.fr/Thematique/familles-achats-1300/it-digital-2287/Breves/Les-achats-de-produits-IT-reconditionnes-a-la-traine-dans-382524/amp.htm", "Les achats de produits IT reconditionnés à la traîne dans le secteur public (Décision Achats)")
    P("A contrario, pour la grande majorité des acteurs publics (88 %) les achats de produits numériques reconditionnés représentent moins de 20 % de leurs dépenses.",
      ["numerique_responsable", "economie_circulaire_reemploi_dechets"], non=["88 %", "20 %"], notes="Résultat d'enquête (piège).")
    P("Pour rappel, cette réglementation fixe la part des achats numériques issus de l'économie circulaire à 20 % des dépenses pour l'État et les collectivités territoriales.",
      ["numerique_responsable", "economie_circulaire_reemploi_dechets"],
      objs=[Q(20, "%", subject="part des achats numériques issus de l'économie circulaire", themes=["numerique_responsable", "economie_circulaire_reemploi_dechets"])],
      notes="Quota légal AGEC; « fixe à » -> reach.")

    S("https://decision-achats.fr/Thematique/familles-achats-1300/workplace-2290/Breves/-smartphones-reconditionnes-investissement-rentable-durable-382620.htm", "PC et smartphones reconditionnés, un investissement rentable et durable ? (Décision Achats)")
    P("Acquérir ce matériel reconditionné leur permet d'économiser jusqu'à 40 % du prix par rapport au neuf et permet d'agir sur la réduction des émissions de CO2.",
      ["numerique_responsable", "environnement_climat_carbone"], non=["40 %"], notes="Économie possible, pas une cible.")

    S("https://aureliearquier.fr/commande-publique-promouvoir-egalite-femmes-hommes/", "Commande publique : promouvoir l'égalité femmes-hommes (Aurélie Arquier)")
    P("En 2020, les collectivités territoriales ont lancé un peu plus de 115000 marchés dont 62% ont été remportés par des PME, tandis que les ETI et les Grandes Entreprises sont chacune attributaires de près de 18% des marchés passés par les collectivités (2).",
      ["acces_pme_tpe_local"], non=["2020", "115000", "62%", "18%", "(2)"], notes="Statistiques (piège).")
    P("Et si depuis longtemps un volet social/sociétal est également mobilisé dans le cadre de l’achat responsable, pour le moment il se cantonne principalement à l’utilisation de clauses insertion. Il est donc désormais temps de promouvoir également l’égalité femmes-hommes à travers la commande publique",
      ["egalite_femmes_hommes", "clauses_sociales_insertion"], notes="Plaidoyer, pas d'objectif chiffré.")

    S("https://www.maximilien.fr/actualites/l-egalite-femmes-hommes-dans-la-commande-publique-48/", "L'égalité femmes/hommes dans la commande publique (Maximilien)")
    P("Le droit positif envoie des messages contradictoires qui pourraient expliquer en partie la frilosité des juristes dans la rédaction de stipulations relatives à l’égalité femmes/hommes dans les marchés publics.",
      ["egalite_femmes_hommes"], notes="Analyse juridique.")

    S("https://banquedesterritoires.fr/legalite-hommes-femmes-des-present-dans-la-commande-publique", "L'égalité hommes-femmes... dès à présent dans la commande publique (Banque des Territoires)")
    P("Depuis le 1er décembre 2014, les dispositions de la loi pour l'égalité réelle entre femmes et hommes relatives à la commande publique sont applicables.",
      ["egalite_femmes_hommes"], non=["1er décembre 2014"], notes="Entrée en vigueur (piège).")
    P("Les deux premières hypothèses concernent les candidats qui, depuis moins de cinq ans, auraient fait l'objet d'une condamnation pour discrimination en raison du sexe (art. 225-1 du Code pénal) ou pour méconnaissance des dispositions visant à instaurer l'égalité professionnelle entre les femmes et les hommes (article L.1142-1 du Code du travail).",
      ["egalite_femmes_hommes"], non=["cinq ans", "225-1", "L.1142-1"], notes="Interdictions de soumissionner, articles (piège).")

    S("https://marchespublicspme.com/avant-la-reponse/le-code-des-marches-publics/actualites/2018/12/31/ou-en-est-on-de-l-egalite-homme-femme-dans-les-marches-publics_14221.html", "Où en est-on de l'égalité homme-femme dans les marchés publics ? (marchespublicspme.com)")
    P("Ces dispositions sont épaulées par la loi n°2014-873 du 4 août 2014 qui détaille les sanctions pouvant être prises à l’encontre des entreprises rétives ou récidivistes.",
      ["egalite_femmes_hommes"], non=["2014-873", "4 août 2014"], notes="Référence de loi (piège).")

    S("https://commercequitable.org/actualites/le-commerce-equitable-progresse-dans-nos-cantines", "Le commerce équitable progresse dans nos cantines ! (Commerce Équitable France)")
    P("La loi EGAlim impose à partir du 1er janvier 2022 au moins 50 % de produits “durables et de qualité” dont au moins 20 % de produits bio en restauration collective.",
      ["alimentation_durable_bio_circuits_courts"],
      objs=[Q(50, "%", comparator=">=", subject="produits durables et de qualité en restauration collective", themes=["alimentation_durable_bio_circuits_courts"]),
            Q(20, "%", comparator=">=", subject="produits bio en restauration collective", themes=["alimentation_durable_bio_circuits_courts"])],
      non=["1er janvier 2022"], notes="Quota légal EGalim imbriqué; date d'entrée en vigueur d'un niveau unique: pas d'horizon.")
    P("La loi Climat et Résilience, promulguée en août 2021, entérine l’intégration des produits issus du commerce équitable dans la liste des produits éligibles aux 50 % d’alimentation saine et durable.",
      ["commerce_equitable", "alimentation_durable_bio_circuits_courts"], non=["2021", "50 %"], notes="Le 50 % est rappelé comme catégorie d'éligibilité, pas fixé ici.", ambiguous=True)

    S("https://www.lagazettedescommunes.com/995239/le-commerce-equitable-de-plus-en-plus-au-menu-des-cantines-scolaires", "Le commerce équitable de plus en plus au menu des cantines scolaires (La Gazette des communes)")
    P("D’autant que les produits d’origine française labellisés « commerce équitable » se développent, y compris pour la restauration collective. Ils tirent même la croissance du secteur à 65 %, pour des ventes qui ont bondi de 25 % entre 2023 et 2024 (filières Nord-Nord et internationales confondues).",
      ["commerce_equitable", "alimentation_durable_bio_circuits_courts"], non=["65 %", "25 %", "2023", "2024"], notes="Croissance passée (piège).")
    P("Au salon Restau’Co, le 11 juin, la filière Commerce équitable France mettait en valeur les 8 labels certifiant le commerce équitable",
      ["commerce_equitable"], non=["11 juin", "8"], notes="Nombre de labels (piège).")

    S("https://www.restauration-collective.com/non-classe/de-lethique-dans-lassiette-a-rennes/amp/", "« De l'éthique dans l'assiette » à Rennes (Restauration Collective)")
    P("Pour la restauration collective, une centaine de références, issues d’une trentaine de producteurs, sont disponibles.",
      ["commerce_equitable", "alimentation_durable_bio_circuits_courts"], non=["une centaine", "une trentaine"], notes="Offre existante (piège).")

    S("https://2017-2022.nosdeputes.fr/15/intervention/341178", "Amendement sur les produits du commerce équitable en restauration scolaire (NosDéputés.fr)")
    P("De nombreuses collectivités territoriales ont déjà intégré le commerce équitable dans la restauration scolaire et participent déjà au rééquilibrage des relations commerciales dans le secteur agricole et alimentaire.",
      ["commerce_equitable", "alimentation_durable_bio_circuits_courts"], notes="Constat.")
    P("C'est pourquoi il nous semble important d'intégrer les produits issus du commerce équitable à la liste des produits devant être privilégiés dans la restauration collective.",
      ["commerce_equitable", "alimentation_durable_bio_circuits_courts"], objective=True, notes="Proposition qualitative (objectif non chiffré).", ambiguous=True)

    S("https://achat-logistique.info/durable/les-produits-equitables-passent-difficilement-a-table", "Les produits équitables passent difficilement à table (Achat Logistique)")
    P("Mais n’aura vraisemblablement pas suffi puisque, si des villes comme Bordeaux atteignent bien 13 % de produits « fair trade » garantissant une juste rémunération des producteurs et travailleurs, aucun recensement n’atteste du décollage des produits équitables dans la majorité des collectivités.",
      ["commerce_equitable", "alimentation_durable_bio_circuits_courts"], non=["13 %"], notes="Résultat atteint (piège).")
    P("Qu’est-ce qui bloque ? En premier lieu sans doute le prix, « alors même que les hausses de budget consenties pour déployer la loi EGAlim et soutenir le tissu local n’ont finalement service qu’à absorber les surcoûts de l’inflation », pointe David Briand, responsable du service restauration au CHU de Poitiers.",
      ["alimentation_durable_bio_circuits_courts", "acces_pme_tpe_local"], notes="Témoignage, sans nombre.", ambiguous=True)

    S("https://www.commercequitable.org/atteignez-les-objectifs-egalim-avec-le-commerce-equitable", "Atteignez les objectifs EGALIM avec le commerce équitable (Commerce Équitable France)")
    P("Aujourd’hui, l’offre de produits issus du commerce équitable pour la restauration collective est diversifiée et accessible : riz, bananes, chocolat, légumineuses, fruits et légumes, viande…",
      ["commerce_equitable", "alimentation_durable_bio_circuits_courts"], notes="Offre.")
    P("Depuis 2014, les filières françaises peuvent également obtenir une labellisation équitable, garantissant aux collectivités des produits locaux et responsables.",
      ["commerce_equitable", "acces_pme_tpe_local"], non=["2014"], notes="Date (piège).", ambiguous=True)

    S("https://www.neorestauration.com/article/les-produits-equitables-chez-les-restaurateurs,14562", "Les produits équitables chez les restaurateurs (Néorestauration)")
    P("Si les ventes de produits du commerce équitable représentaient à peine 10 M€ en 2000, elles atteignent cette année, à la veille du démarrage de la 6e édition de la Quinzaine du commerce équitable (du 29 avril au 14 mai), plus de 120 M€.",
      ["commerce_equitable"], non=["10 M€", "2000", "6e", "29 avril", "14 mai", "120 M€"], notes="Chiffres de ventes (piège).")

    S("https://www.socialement-responsable.org/retours-dexperience/conseil-departemental-de-la-gironde", "Conseil départemental de la Gironde – Mise en place du SPASER (socialement-responsable.org)")
    P("Le Conseil départemental de la Gironde a développé sa politique d’achats responsables depuis 2005 avec une volonté d’intégrer des clauses sociales dans un maximum de marchés. En avril 2017, les Conseillers départementaux ont voté l’adoption du Schéma de promotion des achats socialement et écologiquement responsables (SPASER).",
      ["clauses_sociales_insertion", "gouvernance_suivi"], non=["2005", "2017"], notes="Historique et date d'adoption (piège).")
    P("Depuis 2007, le Département de la Gironde a fait le choix d’internaliser la mise en œuvre et le suivi des clauses d’insertion dans ses propres marchés publics. Pour ce faire, une équipe de 4 Chargés de Relations Entreprises assure l’information et la promotion de ce dispositif",
      ["clauses_sociales_insertion", "gouvernance_suivi"], non=["2007", "4"], notes="Organisation du suivi (piège: effectif).")
    P("Le pilotage technique de la définition et de l’organisation de ce schéma a été mené par le service de la commande publique du Conseil départemental en prenant appui notamment sur la charte de la commande publique adoptée dès 2015 par notre collectivité. L’élaboration du SPASER s’est réalisée sur deux ans, en concertation avec les Elus du Département.",
      ["gouvernance_suivi"], non=["2015", "deux ans"], notes="Pilotage de l'élaboration (piège).")

    S("https://www.nous-vous-ille.fr/actualite/quand-la-commande-publique-devient-un-tremplin-vers-lemploi", "Quand la commande publique devient un tremplin vers l'emploi (Département d'Ille-et-Vilaine)")
    P("Il s'agit d'une disposition qui réserve une partie des heures de travail générées par un marché public à des personnes éloignées de l'emploi : allocataires du RSA, travailleurs handicapés, jeunes sans qualification, personnes de plus de 50 ans…",
      ["clauses_sociales_insertion"], non=["50 ans"], notes="Définition (piège: âge).")
    P("Le nouveau Schéma promotionnel des achats socialement et écologiquement responsables (Spaser) 2024-2028 fixe un objectif d’au moins 100 000 heures d'insertion sociale et professionnelle chaque année.",
      ["clauses_sociales_insertion"],
      objs=[Q(100000, "heures", kind="absolute", per_year=True, comparator=">=", subject="heures d'insertion sociale et professionnelle", themes=["clauses_sociales_insertion"])],
      non=["2024-2028"], notes="Période du schéma: pas d'horizon.")
    P("Pour y parvenir, le Département a étendu le dispositif à tous ses domaines d'achat, des marchés de travaux traditionnels aux prestations intellectuelles comme l'informatique.",
      ["clauses_sociales_insertion"], notes="Moyen, sans nombre.")

    S("https://issuu.com./menierphilippine/docs/clausessociales", "Les clauses sociales d'insertion, une marche vers l'emploi (Les après-midi, mai 2016, issuu)")
    P("Les clauses sociales restent trop souvent cantonnées au secteur du Btp, ce qui privilégie un public masculin, alors qu’une diversification des secteurs d’activité pourrait profiter à d’autres publics (femmes, séniors…). Par ailleurs, le partenariat avec les structures d’insertion est encore à développer.",
      ["clauses_sociales_insertion", "egalite_femmes_hommes"], notes="Analyse; mention du public féminin.", ambiguous=True)

    S("https://saintbrieuc-armor-agglo.bzh/entreprendre-et-travailler/recrutement-emploi-et-insertion/la-clause-dinsertion", "La clause d'insertion (Saint-Brieuc Armor Agglomération)")
    P("Réservée à des publics prioritaires, la clause d’insertion sociale correspond, selon ce qui est fixé dans le cahier des charges, à un pourcentage d’heures de travail. Entre 5 et 15% des heures totales prévues par l’entreprise pour le chantier ou le service, en fonction des modalités d’exécution du marché.",
      ["clauses_sociales_insertion"], non=["5", "15%"], notes="Fourchette habituelle fixée marché par marché: description du dispositif, pas une cible de la collectivité.", ambiguous=True)
    P("Pour un accompagnement efficace à la mise en œuvre de la clause d’insertion, la Mission Insertion Emploi de l'Agglomération coordonne et anime un comité de pilotage consacré au développement de l’ingénierie d’insertion entre le maître d’ouvrage, les entreprises, les structures d’aide à l’insertion et les services pour l’emploi.",
      ["clauses_sociales_insertion", "gouvernance_suivi"], notes="Comité de pilotage.")

    S("https://www.haute-vienne.fr/votre-conseil-departemental/rapports-dactivites/rapport-dactivites-2020/lemploi-et-linsertion/la-clause-sociale-dinsertion-dans-les-marches-publics", "La clause sociale d'insertion dans les marchés publics (Haute-Vienne, rapport d'activités 2020)")
    P("En effet, près de 33 000 heures relatives à 76 opérations ont été réalisées par la cellule clause sociale du Conseil départemental (contre près de 40 000 heures en 2019).",
      ["clauses_sociales_insertion"], non=["33 000 heures", "76", "40 000 heures", "2019"], notes="Résultats réalisés (piège).")
    P("Néanmoins, le nombre de personnes mobilisées reste conséquent avec 137 personnes mobilisées (contre 141 en 2019) pour une moyenne de 241 heures de travail par personne.",
      ["clauses_sociales_insertion"], non=["137", "141", "2019", "241 heures"], notes="Résultats (piège).")
    P("Dans ce contexte, la collectivité a souhaité que les obligations initialement fixées soient maintenues tout en faisant preuve de souplesse en fonction des situations particulières.",
      ["clauses_sociales_insertion"], notes="Gestion des obligations, pas de cible.")

    S("https://fdocuments.fr/document/guide-dachat-relatif-aux-produits-et-prestations-d-.html", "Guide d'achat relatif aux produits et prestations d'entretien des espaces verts, GEM-DD 2011 (fdocuments)")
    P("De nouvelles pratiques de gestion des espaces verts permettent aujourd’hui de concilier les besoins des citadins et le respect accru de la flore et de la faune locales, et de démarches favorisant la biodiversité.",
      ["biodiversite"], notes="Pas de nombre.")
    P("Une gestion différenciée en fonction des usages des espaces verts permet d’adapter les interventions suivant la fréquentation et de minimiser l’usage de pratiques et de produits qui génèrent des impacts sur l’environnement, comme les produits phytopharmaceutiques, par exemple.",
      ["biodiversite", "sante"], notes="Gestion différenciée, phytosanitaires.", ambiguous=True)
    P("L’entretien des espaces verts est également un domaine intensif en main-d’œuvre et visant des sociétés de service de proximité, et donc particulièrement propice pour développer une politique sociale en intégrant des clauses d’insertion dans les ma",
      ["clauses_sociales_insertion", "biodiversite", "acces_pme_tpe_local"], notes="Tranche d'une phrase coupée dans la source.", ambiguous=True)

    S("https://www.weka.fr/actualite/acheteur-public/article/comment-garantir-un-approvisionnement-local-et-de-qualite-dans-le-domaine-des-espaces-verts-63021/", "Comment garantir un approvisionnement local et de qualité dans le domaine des espaces verts ? (Weka)")
    P("Dans cette même lignée, un guide publié par le ministre de l’Agriculture et de l’Alimentation présente différentes pistes à destination des acheteurs publics pour accompagner le développement de l’approvisionnement local et de qualité dans le domaine des espaces verts.",
      ["acces_pme_tpe_local", "biodiversite"], notes="Approvisionnement local en horticulture.", ambiguous=True)

    S("http://www.juristes-environnement.com/article_detail.php?id=282", "Écologisation des marchés publics (Juristes Environnement)")
    P("- le manque de formation des acheteurs à définir les clauses environnementales ; - la mauvaise réputation des produits écologiques qui seraient plus chers et moins efficaces.",
      ["environnement_climat_carbone"], notes="Obstacles, pas de nombre.")

    S("https://www.weka.fr/actualite/commande-publique/article/bercy-presente-un-guide-pratique-pour-faciliter-l-acces-des-tpe-pme-a-la-commande-publique-147619/", "Guide pratique pour faciliter l'accès des TPE/PME à la commande publique (Weka)")
    P("L’OECP fait le constat que la part des PME titulaires est stable aux alentours de 30 % du montant total des marchés, bien qu’elles représentent 60 % du nombre total des marchés passés.",
      ["acces_pme_tpe_local"], non=["30 %", "60 %"], notes="Constat statistique (piège).")
    P("Le document a également pour ambition, d’une part, de consolider le « réflexe PME » des acheteurs, qui doivent adapter leurs consultations afin que celles-ci soient réellement accessibles à tous types d’entreprises et favoriser ainsi la concurrence",
      ["acces_pme_tpe_local"], notes="Ambition d'un guide, pas un objectif d'un acheteur.")

    S("https://www.lagazettedescommunes.com/861307/comment-faire-en-sorte-que-les-acheteurs-publics-se-tournent-plus-encore-vers-les-tpe-et-pme-francaises/", "Comment faire en sorte que les acheteurs publics se tournent plus encore vers les TPE et PME françaises ? (La Gazette des communes)")
    P("Le code de la commande publique fixe un cadre favorable aux PME avec notamment une obligation de principe d’allotir les marchés publics dès lors que des prestations distinctes sont identifiées (article L. 2113-10 du code de la commande publique).",
      ["acces_pme_tpe_local"], non=["L. 2113-10"], notes="Article de code (piège).")
    P("Les PME bénéficient également de conditions de financement particulièrement attractives, sur le montant des avances initiales (articles R. 2191-3 à R. 2191-8) ainsi que sur la fréquence des acomptes (articles R. 2191-20 à R. 2191-22).",
      ["acces_pme_tpe_local"], non=["R. 2191-3", "R. 2191-8", "R. 2191-20", "R. 2191-22"], notes="Articles (piège).")

    S("https://newsletter.daco-solutions.fr/small-business-act-un-levier-efficace-pour-les-tpe-pme/", "Small Business Act : un levier efficace pour les TPE-PME (Daco Solutions)")
    P("Le 12 mai 2011, le Parlement européen a soutenu largement les mesures du Small Business Act. Devenu Think Small First, son principe fondamental est de favoriser l’accès aux marchés publics des TPE-PME en Europe.",
      ["acces_pme_tpe_local"], non=["12 mai 2011"], notes="Date (piège).")

    S("https://e2aexpert.fr/commande-experte-comptable-information", "Commande publique et TPE/PME (e2a expert)")
    P("En 2019, les PME atteignaient 32 % du montant total des marchés, alors qu’elles représentaient 62 % du nombre total de marchés passés. L’État souhaite que ces entreprises accèdent à une part plus importante d’un gâteau de 110 milliards €",
      ["acces_pme_tpe_local"], non=["2019", "32 %", "62 %", "110 milliards €"], notes="Souhait non chiffré; chiffres constatés (piège).")

    S("http://www2.senat.fr/rap/l18-530/l18-5302.html", "Rapport du Sénat sur l'accès des PME à la commande publique (n° 530, 2018-2019)")
    P("Ces délais de paiement s'étalent de 30 à 60 jours. À titre de comparaison, les délais de paiement supplétifs fixés par l'article L. 441-10 du code de commerce sont de 30 jours.",
      ["acces_pme_tpe_local"], non=["30", "60 jours", "L. 441-10", "30 jours"], notes="Délais légaux (piège).")

    S("https://www.lagazettedescommunes.com/674188/a-quand-une-etude-sur-le-respect-de-lobligation-dallotissement/", "À quand une étude sur le respect de l'obligation d'allotissement ? (La Gazette des communes)")
    P("Le Gouvernement fait de l’accès des TPE/PME à la commande publique une priorité. Les mesures réglementaires récemment adoptées en faveur des TPE/PME (augmentation des avances, diminution de la retenue de garantie…) devraient y contribuer positivement.",
      ["acces_pme_tpe_local"], notes="Priorité qualitative, mesures déjà adoptées.")
    P("Tous les marchés publics doivent être passés en lots séparés lorsque leur objet permet l’identification de prestations distinctes, sauf s’ils entrent dans l’une des exceptions prévues à l’article L. 2113-11 du code de la commande publique.",
      ["acces_pme_tpe_local"], non=["L. 2113-11"], notes="Règle d'allotissement, pas une cible chiffrée.")

    S("https://digital-solutions.konicaminolta.fr/achats-responsables-exigences-des-etablissements-de-sante-envers-leurs-fournisseurs/", "Achats responsables : exigences des établissements de santé (Konica Minolta)")
    P("En 2015, 8 établissements de santé sur 10* ont introduit des critères de développement durable dans leur politique d’achat.",
      ["sante", "environnement_climat_carbone"], non=["2015", "8", "10"], notes="Statistique (piège).", ambiguous=True)
    P("Un achat responsable, c’est l’achat d’un produit qui, à service rendu identique et sur l’ensemble de son cycle de vie (fabrication, transport, utilisation, fin de vie), aura un impact moindre sur l’environnement et sur la santé.",
      ["environnement_climat_carbone", "sante"], notes="Définition.")
    P("Il en est de même pour les équipements faiblement consommateurs d’énergie. D’éventuels surcoûts à l’achat sont généralement largement compensés par les économies réalisées lors de l’utilisation.",
      ["energie"], notes="Coût global.")

    S("https://sante-achat.info/fonction-achat/double-casquette-achat-developpement-durable-un-choix-pertinent/", "Double casquette achat/développement durable : un choix pertinent (Santé Achat)")
    P("Les émissions indirectes (achats, transports, consommation et fin de vie de produits et de services) représentent en effet plus de 85 % de l’impact carbone du secteur de la santé en France (lire notre article du 29 novembre 2021 ).",
      ["environnement_climat_carbone", "sante"], non=["85 %", "29 novembre 2021"], notes="Constat (piège).")
    P("Plusieurs établissements de santé ont donc choisi de rassembler dans la même direction le développement durable et les fonctions de soutien. Une formule plébiscitée par quatre directeurs concernés par ce choix d’organisation.",
      ["sante", "gouvernance_suivi"], non=["quatre"], notes="Organisation (piège: compte).")

    S("https://prs-healthcare.com/sante-durable/achats-responsables-dans-le-secteur-de-la-sante-obligations-strategies-et-leviers-pour-les-etablissements-publics-et-prives", "Achats responsables dans le secteur de la santé (PRS Healthcare)")
    P("Le secteur de la santé émet plus de 8 % des gaz à effet de serre en France, dont 50 % liés aux achats.",
      ["sante", "environnement_climat_carbone"], non=["8 %", "50 %"], notes="Constat (piège).")
    P("La crise de la COVID-19 a révélé la vulnérabilité des établissements de santé face aux pénuries de matériel médical essentiel (gants, masques et blouses).",
      ["sante"], non=["19"], notes="Nom de maladie (piège).")

    S("https://static1.lequotidiendumedecin.fr/hopital/environnement/hopitaux-un-indice-vert-pour-des-achats-plus-responsables", "Hôpitaux : un indice vert pour des achats plus responsables (Le Quotidien du Médecin)")

    S("https://gestions-hospitalieres.fr/acheter-ecoresponsable-faire-echo-a-la-responsabilite-individuelle", "Acheter écoresponsable : faire écho à la responsabilité individuelle (Gestions hospitalières)")
    P("En premier lieu, une approche internationale et normative mobilise classiquement deux puissants leviers d’action : l’Agenda 2030, adopté par l’Organisation des Nations unies en septembre 2015, et ses 17 objectifs de développement durable ; la norme Afnor ISO 26000",
      ["gouvernance_suivi"], non=["2030", "2015", "17", "26000"], notes="Nom de programme, compte et norme (piège).", ambiguous=True)

    S("http://experts-cliniques-hopitaux.elior-services.fr/achats-responsables-economies-durables", "Achats responsables, économies durables (Elior Services)")
    P("Les trois mesures jugées prioritaires visent à : réduire l’impact environnemental de l’activité (81 % des établissements), réaliser des achats durables (73 %) et assurer le bien-être et la qualité de vie au travail des salariés (71 %).",
      ["sante", "environnement_climat_carbone", "conditions_de_travail"], non=["81 %", "73 %", "71 %"], notes="Résultats de baromètre (piège).")

    S("https://www.france-marche.info/commande-publique-et-sobriete-energetique-comment-adapter-les-marches-aux-objectifs-climatiques-de-2030", "Commande publique et sobriété énergétique (France Marché)")
    P("La Stratégie Nationale Bas-Carbone (SNBC) et la loi énergie-climat prévoient une baisse de 40 % des émissions de gaz à effet de serre d’ici 2030 par rapport à 1990.",
      ["environnement_climat_carbone", "energie"],
      objs=[Q(40, "%", "decrease", "relative_change", horizon=2030, baseline_year=1990, subject="émissions de gaz à effet de serre", themes=["environnement_climat_carbone"])],
      notes="Objectif national de baisse daté avec référence.")

    S("https://commande-publique.legibase.fr/actualites/prospective/la-transition-energetique-sappuira-sur-les-88825", "La transition énergétique s'appuiera sur les acheteurs publics (Legibase)")
    P("En matière de marchés publics de travaux, la poursuite d’une isolation performante des bâtiments (isolation extérieure, rehaussement des toitures…) est un point important du texte.",
      ["energie"], notes="Rénovation énergétique.")
    P("Ainsi, pour l’État et ses établissements publics, une proportion minimale de 50 % des véhicules propres, définis comme les véhicules électriques ou hybrides rechargeables ou ayant un très faible niveau d’émission de gaz à effet de serre et de polluants atmosphériques, devra être respectée,",
      ["environnement_climat_carbone", "energie"],
      objs=[Q(50, "%", comparator=">=", subject="véhicules propres dans les achats de l'État", themes=["environnement_climat_carbone"])],
      notes="Quota légal (loi de transition énergétique).")
    P("alors que pour les collectivités territoriales et leurs groupements ainsi que les entreprises nationales, cette proportion minimale de véhicules propres sera établie à 20 %.",
      ["environnement_climat_carbone"],
      objs=[Q(20, "%", comparator=">=", subject="véhicules propres dans les achats des collectivités", themes=["environnement_climat_carbone"])],
      notes="Quota légal; « proportion minimale » -> >=.")

    S("https://www.entreprise-montpellier.fr/commande-publique-les-engagements-montpellierains-en-faveur-du-developpement-durable/", "Commande publique : les engagements montpelliérains en faveur du développement durable")
    P("– Sélection des offres : les critères de sélection sont économiques, financiers et techniques. L’article 53 permet aux acheteurs publics de faire peser les critères environnementaux ou sociaux par rapport à l’ensemble des autres critères de choix de l’offre.",
      ["environnement_climat_carbone", "clauses_sociales_insertion"], non=["53"], notes="Article (piège).", ambiguous=True)
    P("Un Plan Climat Energie Territorial (PCET) est un projet de développement durable visant à lutter contre le changement climatique.",
      ["environnement_climat_carbone", "energie"], notes="Définition.")

    S("http://www.developpement-durable.gouv.fr/node/1198", "Les orientations stratégiques pour des marchés publics verts (ministère de la Transition écologique)")
    P("Les acheteurs de l’État et de ses établissements publics ont l’obligation de n’acheter ou louer que des produits ou services attestant d’une haute performance énergétique.",
      ["energie"], objective=True,
      objs=[Q(100, "%", subject="achats et locations de l'État à haute performance énergétique", themes=["energie"])],
      notes="« n'acheter que » = exclusif -> 100 % (convention « utilisation exclusive »).", ambiguous=True)
    P("Le décret du 7 avril 2016 relatif à la prise en compte de la performance énergétique dans certains contrats et marchés publics transpose l’article 6 de la directive du 25 octobre 2012 relative à l’efficacité énergétique.",
      ["energie"], non=["7 avril 2016", "6", "25 octobre 2012"], notes="Références (piège).")

    S("https://commande-publique.legibase.fr/actualites/evenement/lunion-europeenne-remet-lefficacite-energetique-au-87325", "L'Union européenne remet l'efficacité énergétique au premier plan (Legibase)")
    P("L'objectif ? Accroître de 20 % l'efficacité énergétique d'ici 2020. Les marchés publics sont l'un des instruments permettant d'atteindre cet objectif, fixé à la fois par l'Union européenne et le Grenelle de l'environnement.",
      ["energie"],
      objs=[Q(20, "%", "increase", "relative_change", horizon=2020, subject="efficacité énergétique", themes=["energie"])],
      notes="Verbe de changement « accroître de » -> increase.")
    P("« les États membres seront tenus de veiller à ce qu'à partir du 1er janvier 2014, 3 % de la surface au sol totale des bâtiments chauffés et/ou refroidis détenus par les organismes publics soient rénovés chaque année ».",
      ["energie"],
      objs=[Q(3, "%", per_year=True, horizon=2014, subject="surface des bâtiments publics rénovée", themes=["energie"])],
      notes="Trajectoire annuelle à partir d'une date: horizon 2014 selon la convention « à partir du ».", ambiguous=True)

    S("https://hosmoz.fr/Travail-handicap/A-la-une/Articles-et-communiques/Tout-savoir-sur-les-marches-reserves-aux-ESAT-EA-i4237.html", "Tout savoir sur les marchés réservés aux ESAT-EA (Hosmoz / Réseau Gesat)")
    P("De structures de l’insertion par l’activité économique (SIAE) qui emploient une proportion minimale de 50 % de travailleurs handicapés au sein de leurs effectifs (entreprises de travail temporaire d’insertion, associations intermédiaires, ateliers de chantiers d’insertion…), selon l’article L. 2113-13 ;",
      ["marches_reserves_handicap", "clauses_sociales_insertion"], non=["50 %", "L. 2113-13"], notes="Condition d'éligibilité, pas une cible d'achat (piège).")
    P("Un marché peut également être réservé auprès d’acteurs de l’Économie Sociale et Solidaire (ESS) qui remplissent une mission de service public relative à des prestations de certains services spécifiques (services de santé, services sociaux ou services culturels). Ce type de marché ne peut pas être réservé pour une durée supérieure à trois ans.",
      ["ess_economie_sociale", "marches_reserves_handicap"], non=["trois ans"], notes="Limite légale (piège).", ambiguous=True)

    S("https://senat.fr./rap/r14-409/r14-40913.html", "Rapport du Sénat sur les ESAT (n° 409, 2014-2015)")
    P("Ainsi, les ESAT et les EA déclarent à 70 % dépendre majoritairement de la commande privée contre 4 % de la commande publique 30 ( * ) .",
      ["marches_reserves_handicap"], non=["70 %", "4 %", "30"], notes="Enquête (piège).")
    P("Les marchés publics auxquels ils accèdent sont majoritairement passés par des collectivités locales et se concentrent sur quelques secteurs d'activité, comme l'entretien des espaces verts (33 % des marchés) ou les activités d'hygiène et de propreté (10 % des marchés).",
      ["marches_reserves_handicap"], non=["33 %", "10 %"], notes="Constat (piège).")

    S("https://marche-public.info/marches-reserves-reservation", "Marchés réservés et réservation – EA ESAT SIAE ESS (marche-public.info)")
    P("Depuis fin 2022, un nouveau dispositif permet de réserver un marché à des entreprises implantées en établissement pénitentiaire et qui font travailler à ce titre des personnes détenues.",
      ["marches_reserves_handicap", "clauses_sociales_insertion"], non=["2022"], notes="Date (piège).", ambiguous=True)

    S("https://www.weka.fr/actualite/commande-publique/article/la-cour-des-comptes-fait-le-bilan-du-recours-aux-entreprises-adaptees-dans-la-commande-publique-170417/", "La Cour des comptes fait le bilan du recours aux entreprises adaptées dans la commande publique (Weka)")
    P("Une des recommandations de la juridiction financière est d’amender l’article L. 2113-14 du Code de la commande publique afin d’éviter la concurrence entre entreprises adaptées et structures de l’insertion par l’activité économique (SIAE).",
      ["marches_reserves_handicap", "clauses_sociales_insertion"], non=["L. 2113-14"], notes="Article (piège).")
    P("Cette possibilité a été utilisée par la direction des achats de l’État, dans le cadre de la passation du marché national de fournitures de masques textiles en janvier 2021 (38 entreprises adaptées et Esat se sont groupés pour répondr",
      ["marches_reserves_handicap"], non=["2021", "38"], notes="Résultat passé (piège); phrase coupée dans la source.")

    S("https://archive.nossenateurs.fr/intervention/2626822", "Intervention au Sénat sur les entreprises adaptées (NosSénateurs.fr)")
    P("On connaît tous les ESAT, et on arrive à les faire travailler dans nos collectivités, mais on voit rarement des entreprises adaptées répondre à des marchés publics.",
      ["marches_reserves_handicap"], notes="Témoignage.")
    P("Par ailleurs, pourquoi n'arrive-t-on pas à atteindre 80 000 personnes ? Dans quelle mesure est-on considéré comme un travailleur en situation de handicap ?",
      ["marches_reserves_handicap"], non=["80 000"], notes="Objectif national évoqué dans une question, non posé ici.", ambiguous=True)

    S("https://prevpourtous.fr/travaux-entreprise", "Acheter une prestation : travaux, équipements (Prév' pour tous)")
    P("Le cahier des charges doit préciser les attentes de l’entreprise en matière de sécurité, afin de prévenir les risques et de garantir la sécurité des salariés.",
      ["conditions_de_travail"], notes="Sécurité des intervenants, pas de nombre.")
    P("Réaliser un Dossier Technique Amiante (DTA) si le bâtiment a été construit avant juillet 1997, afin de relever la présence éventuelle d’amiante dans les locaux.",
      ["conditions_de_travail", "sante"], non=["1997"], notes="Date seuil (piège).")

    S("http://docplayer.fr/805670-Sylvie-legoupi-pour-l-inrs-18-travail-securite-decembre-2009.html", "Secteur de la propreté : faire le ménage dans les pratiques (Travail & Sécurité, INRS, décembre 2009)")
    P("Des situations de travail très différentes les unes des autres : horaires variables et souvent décalés, postes isolés, manque de reconnaissance sociétale, qualifications et formations insuffisantes, troubles musculosquelettiques, turn over des salariés ou des employeurs, dangers liés aux transports et déplacements, produits chimiques de nettoyage, chutes de plain-pied ou de hauteur",
      ["conditions_de_travail", "sante"], notes="Risques professionnels.")
    P("Plans de prévention concertés entre clients et fournisseurs, solutions techniques, formation et qualification, horaires «normaux», avancées sur la reconnaissance des professions : autant de pistes explorées pour permettre au secteur d améliorer les conditions d exercice du travail.",
      ["conditions_de_travail"], notes="Pistes, pas de cible.")

    S("https://achat-proprete.com/preparer-sa-consultation", "Préparer sa consultation (achat-proprete.com)")
    P("Identifier les enjeux de propreté (ex : hygiène et santé, image de marque, qualité de service, cohésion, climat social, sé",
      ["sante", "conditions_de_travail"], notes="Tranche coupée dans la source.", ambiguous=True)

    S("https://www.avise.org/actualites/comment-les-metropoles-sengagent-elles-pour-une-commande-publique-responsable", "Comment les Métropoles s'engagent-elles pour une commande publique responsable ? (Avise)")
    P("Réforme de la commande publique de 2016, Plan National pour les Achats Publics Durables 2015-2020, Pacte d’ambition pour l’insertion par l’activité économique de 2019… Les évolutions juridiques et institutionnelles récentes semblent de plus en plus favorables au développement d’une commande publique responsable.",
      ["clauses_sociales_insertion", "gouvernance_suivi"], non=["2016", "2015-2020", "2019"], notes="Dates et noms de plans (piège).", ambiguous=True)
    P("En conjuguant développement économique et solidarités, lutte contre les exclusions et prise en compte des problématiques sociétales et environnementales, l’ESS et l’innovation sociale ont donc toute leur place pour être au cœur des stratégies de développement durable des Métropoles.",
      ["ess_economie_sociale"], notes="Plaidoyer.")

    S("https://www.rtes.fr/kit-municipaless-fiche-8-commande-publique-responsable", "Kit MunicipalESS – Fiche 8 : Commande publique responsable (RTES)")
    P("- Connaître les acteurs du territoire et leur capacité de réponse aux besoins de la collectivité, organiser des rencontres entre acheteurs et acteurs ESS (ESAT, structures d’insertion par l’activité économique, entreprises agréées ESUS, associations,...).",
      ["ess_economie_sociale", "marches_reserves_handicap", "clauses_sociales_insertion"], objective=True, notes="Action recommandée, qualitative.")
    P("- S’appuyer sur les réseaux d’acteurs pour soutenir les structures ESS dans leur capacité de réponses aux marchés (diffusion de l’information, animation de plateformes d’achats, organisation de salons professionnels, organisation de formations, accompagnement de structures dans leurs réponses aux marchés,…).",
      ["ess_economie_sociale"], objective=True, notes="Action qualitative.")
    P("- Animation du site Carteco, qui recense les structures de l'économie sociale et solidaire (ESS) œuvrant pour la transition écologique, et tenue d’une liste des entreprises de l’ESS par les CRESS",
      ["ess_economie_sociale", "environnement_climat_carbone"], notes="Outil de repérage.")

    S("https://www.banquedesterritoires.fr/economie-sociale-et-solidaire-comment-les-metropoles-agissent", "Économie sociale et solidaire : comment les métropoles agissent (Banque des Territoires)")
    P("Quels sont les \"cadres et leviers d’action des métropoles pour renforcer l’économie sociale et solidaire\" ? Pour répondre à cette question, le Réseau des territoires pour une économie solidaire (RTES) et l’Avise ont mené l’enquête auprès des 22 métropoles.",
      ["ess_economie_sociale"], non=["22"], notes="Compte (piège).")
    P("Partenarial, le dispositif permet à une trentaine d'acteurs de bénéficier d’un volume d’heures d’accompagnement adapté au stade d’avancement du projet par l’une des structures du territoire.",
      ["ess_economie_sociale"], non=["une trentaine"], notes="Compte (piège).")

    S("https://www.magcentre.fr/?p=353708", "Forum pour une transition écologique, sociale et solidaire à Orléans (Magcentre)")
    P("Faire des achats écologiquement et socialement responsables un levier de transition, c’était le thème du 4e forum organisé le 12 novembre dernier par la Chambre régionale de l’Économie sociale et solidaire (Cress) devant un parterre d’invités, dont de grands acheteurs publics comme l’État ou la Région",
      ["ess_economie_sociale"], non=["4e", "12 novembre"], notes="Numéro d'édition et date (piège).")
    P("Témoin inspirant de la journée, Olivier Debargue, directeur des achats des JO Paris 2024, souligne que « le monde de l’ESS reste difficile à approcher pour les acheteurs », car très atomisé (2 millions d’entreprises, dont l’activité représente néanmoins 10% de notre PIB)",
      ["ess_economie_sociale"], non=["2024", "2 millions", "10%"], notes="Année dans un nom et statistiques (piège).")

    S("https://ess2024.org/?p=8864", "Webinaire sur les achats solidaires à destination des collectivités (ESS 2024, France urbaine, RTES)")
    P("A ce sujet, un sondage en direct a pu mettre en lumière un premier constat : 80% des collectivités ayant répondu ont déjà mis en place une politique d’achats responsables et que pour ce faire, plus d’un tiers d’entre elles s’appuient sur un Schéma de Promotion des Achats Publics Socialement et Écologiquement Responsables (SPASER).",
      ["gouvernance_suivi"], non=["80%", "plus d’un tiers"], notes="Sondage (piège).")
    P("L’introduction, opérée par Émeline Baume -Présidente de la Commission Économie circulaire et ESS de France urbaine-, a été l’occasion de rappeler que la commande publique devait être au service du développement économique local et exemplaire en matière de respect de l’environnement et d’impact social.",
      ["acces_pme_tpe_local", "environnement_climat_carbone", "ess_economie_sociale"], notes="Pas de nombre.", ambiguous=True)

    S("https://www.lagazettedescommunes.com/774605/achats-socialement-responsables-levier-puissant-de-transition-environnementale/", "Achats socialement responsables, levier puissant de transition environnementale (La Gazette des communes)")
    P("L’Observatoire économique de la commande publique a montré qu’en 2019, 17,3 % des marchés avaient une clause sociale et 18,6 % une clause environnementale. »",
      ["clauses_sociales_insertion", "environnement_climat_carbone"], non=["2019", "17,3 %", "18,6 %"], notes="Constat (piège).")
    P("Si le Mois de l’ESS fait une large part cette année aux achats socialement et écologiquement responsables (ASER), avec la première édition d’une Semaine dédiée du 15 au 20 novembre, c’est parce que les marchés publics peuvent devenir un levier important pour le changement d’échelle de l’économie sociale et solidaire.",
      ["ess_economie_sociale"], non=["15", "20 novembre"], notes="Dates (piège).")

    S("https://citego.org/coretet-2584.html", "Commande publique responsable – Kit MunicipalESS n°7 (Citego / RTES)")
    P("Le RTES propose un kit MunicipalESS pour les équipes municipales et intercommunales souhaitant soutenir l’économie sociale et solidaire. Il est composé de 24 fiches, abordant les leviers dont dispose le bloc communal et différents champs d’activité.",
      ["ess_economie_sociale"], non=["24"], notes="Compte (piège).")

    S("http://s.couvidat@tours-metropole.fr/le-schema-de-promotion-des-achats-sociologiquement-et-ecologiquement-responsables-de-tours-metropole", "Le SPASER de Tours Métropole Val de Loire")
    P("Document légal, le SPASER contribue à la promotion de la durabilité des produits, de la sobriété numérique et d'une économie circulaire.",
      ["numerique_responsable", "economie_circulaire_reemploi_dechets"], notes="Objet du schéma, sans nombre.")
    P("Sur le territoire métropolitain, le SPASER doit par exemple contribuer à la transition économique des filières santé, énergie et tourisme, poser les bases d’un achat public de moindre quantité, mais d’une meilleure qualité, et, dans le domaine de la construction, développer une nouvelle approche dès la conception afin de consommer moins.",
      ["sante", "energie", "acces_pme_tpe_local"], objective=True, notes="Orientations qualitatives; « filières » locales.", ambiguous=True)
    P("Avec ce document, Tours Métropole Val de Loire s’engage ainsi notamment à optimiser ses dépenses en établissant des relations respectueuses et durables avec ses fournisseurs, en prenant en compte le coût complet de l’achat, tout en réduisant les impacts environnementaux des produits, des services et des travaux achetés,",
      ["environnement_climat_carbone", "acces_pme_tpe_local"], objective=True, notes="Engagement qualitatif.", ambiguous=True)

    S("https://sdea.fr/index.php/fr/le-sdea/son-engagement/les-achats-responsables-du-sdea-le-spaser", "Les achats responsables du SDEA : le SPASER 2023-2026")
    P("Ce schéma, qui incite les collectivités locales à adopter une stratégie globale pour la réalisation d’achats écologiquement et socialement plus responsables, concourt à atteindre les objectifs fixés dans le Plan National pour des Achats Durables (PNAD) 2022-2025, consistant à atteindre en 2025 l’objectif de 100 % des marchés notifiés au cours de l’année comprenant une disposition environnementale et 30 % une disposition sociale.",
      ["environnement_climat_carbone", "clauses_sociales_insertion"],
      objs=[Q(100, "%", horizon=2025, subject="marchés notifiés comprenant une disposition environnementale", themes=["environnement_climat_carbone"]),
            Q(30, "%", horizon=2025, subject="marchés notifiés comprenant une disposition sociale", themes=["clauses_sociales_insertion"])],
      non=["2022-2025"], notes="Objectifs PNAD datés; « au cours de l'année » définit le compte: per_year false.")
    P("Fidèle à ses engagements en faveur du développement durable et dans la continuité de sa politique d’achats, le SDEA avait adopté en 2019 un Schéma de promotion des achats responsables, alors même que le montant de ses achats était inférieur au seuil fixé par le Code de la commande publique. Ce schéma est arrivé à son terme en 2022.",
      ["gouvernance_suivi"], non=["2019", "2022"], notes="Dates (piège).")

    S("https://www.giorno-avocat.com/actualites/centre-val-de-loire-le-spaser-outil-de-l-achat-public-durable", "Centre-Val de Loire : le SPASER, outil de l'achat public durable (Giorno Avocat)")
    P("L’accès des TPE/PME à la commande publique a été facilité : 76% des fournisseurs de la collectivité et 78,6% d’entreprises locales",
      ["acces_pme_tpe_local"], non=["76%", "78,6%"], notes="Bilan du premier schéma (piège).")
    P("Le délai de paiement des fournisseurs a été réduit, passant de 29,6 jours en 2016 à 18,8 jours en 2022.",
      ["acces_pme_tpe_local"], non=["29,6 jours", "2016", "18,8 jours", "2022"], notes="Baisse réalisée (piège).")
    P("Les critères sociaux et environnementaux ont été intégrés dans plus de 90% des marchés publics.",
      ["clauses_sociales_insertion", "environnement_climat_carbone"], non=["90%"], notes="Résultat (piège).")

    S("https://achats-durables.gouv.fr/region-grand-est-574", "Région Grand Est – fiche Spaser (achats-durables.gouv.fr)")
    P("L’achat responsable de la Région s’organise depuis 2017 dans le cadre de son Spaser ORCHIDÉE (Orientations Régionales pour une Commande Publique intégrant l’Humain, l’Insertion, le Développement Économique et l’Environnement).",
      ["gouvernance_suivi"], non=["2017"], notes="Date (piège).")
    P("Pour l’année 2021, ce sont plus de 300 marchés qui ont intégré une clause sociale pour plus de 400 000 heures de travail réalisées par des personnes éloignées de l’emploi (250 équivalents temps pleins).",
      ["clauses_sociales_insertion"], non=["2021", "300", "400 000", "250"], notes="Résultats (piège).")
    P("La Région mobilise tout à la fois les principes de spécifications techniques, de conditions d’exécution et de critères de sélection des offres minimisant les impacts sur l’environnement et la biodiversité : définition de cibles environnementales exigeantes, obligation de mise en œuvre de produits et matériaux écolabellisés, biosourcés, gestion des déchets,",
      ["environnement_climat_carbone", "biodiversite", "economie_circulaire_reemploi_dechets"], notes="Moyens, sans nombre.")
    P("La version 2 qui vous est proposée aujourd’hui est le fruit du travail du Comité de Pilotage dont la mise en place a été décidée lors de la commission permanente de février 2017",
      ["gouvernance_suivi"], non=["2", "2017"], notes="Version et date (piège).")

    S("https://leconnecteur.scopika.com/actualites/le-spaser-linstrument-de-la-transition-ecologique-et-sociale-des-achats-publics", "Le SPASER, l'instrument de la transition écologique et sociale des achats publics (Le Connecteur)")
    P("Le Puy-de-Dôme consacre chaque année près de 106 millions d’euros à sa commande publique. Avec son SPASER, le Département a fait de cette enveloppe un levier de transition écologique et sociale.",
      [], non=["106 millions d’euros"], notes="Volume d'achats (piège), passage général.")
    P("Gouvernance partagée : un comité politique et administratif pilote le projet.",
      ["gouvernance_suivi"], notes="Gouvernance.")
    P("Co-construction externe : 11 partenaires économiques locaux ont participé à la rédaction, garantissant un document opérationnel adapté aux prestataires.",
      ["gouvernance_suivi", "acces_pme_tpe_local"], non=["11"], notes="Compte (piège).")
    P("Douze critères évaluent l’impact sanitaire, social, économique et environnemental de marchés ciblés (chantier du lac Chambon, par exemple). L’analyse porte sur la consommation d’énergie, les émissions de carbone et les changements de pratique induits",
      ["environnement_climat_carbone", "energie", "sante"], non=["Douze"], notes="Nombre de critères (piège).")

    S("https://blogao.libel.fr/troisieme-plan-national-pour-des-achats-durables-pnad", "Un troisième Plan National pour des Achats Durables (PNAD) (blog Libel)")
    P("Le PNAD a deux objectifs clairs d’ici 2025. Le premier est d’intégrer au moins une considération environnementale dans 100 % des contrats de la commande publique.",
      ["environnement_climat_carbone"],
      objs=[Q(100, "%", horizon=2025, subject="contrats de la commande publique avec une considération environnementale", themes=["environnement_climat_carbone"])],
      non=["deux"], notes="« au moins une considération » porte sur le nombre de considérations, pas sur la part: comparateur nul.")
    P("Le deuxième objectif du PNAD est d’intégrer au moins une considération sociale dans 30 % des contrats de la commande publique d’ici 2025.",
      ["clauses_sociales_insertion"],
      objs=[Q(30, "%", horizon=2025, subject="contrats de la commande publique avec une considération sociale", themes=["clauses_sociales_insertion"])])
    P("Concrètement, les acheteurs sont amenés à être plus vigilants quant à l’impact environnemental de leur marché. Cela peut concerner, par exemple, la composition des produits utilisés dans le cadre d’un marché. Sont-ils polluants, écologiques ?",
      ["environnement_climat_carbone"], notes="Explication.")

    S("https://blog.achatsolutions.fr/?p=99089", "PNAD : Plan National pour des Achats Durables (blog Achatsolutions)")
    P("Acteurs/actrices du changement vers une croissance plus verte[1]…retenez bien cet acronyme, « PNAD », qui fixe 130 % d’objectifs à atteindre en matière de développement durable en matière de commande publique.",
      ["gouvernance_suivi"], non=["[1]", "130 %"], notes="Somme rhétorique de deux objectifs, pas un objectif (piège).", ambiguous=True)
    P("La loi du 22 août 2021 portant lutte contre le dérèglement climatique et renforcement de la résilience face à ses effets en matière de commande publique, en son article 35, impose aux acheteurs publics de prendre en compte les considérations liées aux aspects environnementaux et sociaux",
      ["environnement_climat_carbone", "clauses_sociales_insertion"], non=["22 août 2021", "35"], notes="Références (piège).")

    S("https://optimeo.com/definition-pnad-plan-national-des-achats-durables", "Définition du PNAD, plan national des achats durables (Optimeo)")
    P("Des ressources comme le Guichet vert, le Marché de l’Inclusion, et des MOOC (cours en ligne) sont disponibles pour aider les acheteurs publics à adopter des pratiques durables.",
      ["environnement_climat_carbone", "clauses_sociales_insertion"], notes="Outils, pas de nombre.", ambiguous=True)
    P("La seconde édition du projet (2015-2020) avait pour objectif de mobiliser les décideurs et accompagner les acheteurs. Bien qu’elle ait sensibilisé à l’importance des achats durables, le manque de suivi a limité son impact.",
      ["gouvernance_suivi"], non=["2015-2020"], notes="Bilan d'un plan passé.")

    S("https://blog.armor-owa.com/fr/plan-national-pour-des-achats-durables", "Le Plan National pour des Achats Durables, c'est quoi ? (Armor-OWA)")
    P("Des objectifs fortement accentués par rapport à 2019, où seulement 15,8% des commandes publiques comprenaient au moins 1 disposition environnementale.",
      ["environnement_climat_carbone"], non=["2019", "15,8%", "1"], notes="Résultat passé (piège).")
    P("En 2025 : 30% des contrats de la commande publique doivent comprendre au moins une considération sociale.",
      ["clauses_sociales_insertion"],
      objs=[Q(30, "%", horizon=2025, subject="contrats avec au moins une considération sociale", themes=["clauses_sociales_insertion"])])
    P("Son objectif est simple ! Promouvoir à l’échelle locale et nationale et ce, de manière non contraignante, des politiques d’achat durables sur les volets sociaux et environnementaux.",
      ["environnement_climat_carbone", "clauses_sociales_insertion"], objective=True, notes="Objectif qualitatif.", ambiguous=True)

    S("https://www.testing.lemoniteur.fr/article/le-plan-national-pour-des-achats-durables-2022-2025-enfin-lance.2196022", "Le Plan national pour des achats durables 2022-2025 enfin lancé (Le Moniteur)")
    P("« Les deux précédents plans n’ont pas eu les résultats escomptés », admet sans ambages Thomas Lesueur, commissaire général au développement durable (CGDD), chargé de piloter le PNAD. « Car ils manquaient de leviers juridiques, de moyens, et de pilotage.",
      ["gouvernance_suivi"], non=["deux"], notes="Bilan.")
    P("Avec entre autres, une gouvernance améliorée : « Le CGDD pilote, mais en réseau avec un Copil comprenant notamment le directeur des achats de l’Etat, la directrice des affaires juridiques de Bercy, le Haut-commissaire à l’emploi et à l’engagement des entreprises, la Direction générale des entreprises…",
      ["gouvernance_suivi"], notes="Gouvernance.")

    S("https://laclauseverte.fr/actualites/plan-national-pour-des-achats-durables", "Plan national pour des achats durables 2021-2025 (La Clause Verte)")
    P("Pour que ces ambitions se transforment en réalité, il est nécessaire qu’un plan d’accompagnement du « dernier km » soit déployé : c’est l’ambition de ce plan national pour des achats durables.",
      ["gouvernance_suivi"], notes="Pas de nombre.", ambiguous=True)
    P("Cette loi vient couronner une série d’avancées législatives et réglementaire qui poussent les acheteurs à se saisir des enjeux de développement durable (loi AGEC, loi EGALIM, renforcement des SPASER, évolution des CCAG, …etc.).",
      ["environnement_climat_carbone", "gouvernance_suivi"], notes="Liste de textes.", ambiguous=True)

    S("https://metropolegrandparis.fr/en/node/2813", "3e édition de l'appel à projets Restauration Collective Bio et Locale (Métropole du Grand Paris)")
    P("Après deux éditions très réussies, la Métropole du Grand Paris lance en 2024 la 3eme édition de son appel à projets « Restauration Collective Bio et Locale » en partenariat avec le Groupement des agriculteurs bio d’Ile-de-France, pour augmenter la part de produits bio et locaux dans les restaurations collectives.",
      ["alimentation_durable_bio_circuits_courts"], non=["deux", "2024", "3eme"], notes="Objectif d'augmentation non chiffré.", objective=True, ambiguous=True)
    P("Néanmoins, la restauration collective ne représente encore que 0,5% des modes de commercialisation des producteurs à l’échelle de l’Ile-de-France.",
      ["alimentation_durable_bio_circuits_courts"], non=["0,5%"], notes="Constat (piège).")

    S("https://franceurbaine.org/actualites/la-restauration-scolaire-un-levier-essentiel-de-transformation-des-systemes-alimentaires", "La restauration scolaire, un levier essentiel de transformation des systèmes alimentaires territoriaux (France urbaine)")
    P("Depuis 2018 et la déclaration « Pour une Transition en faveur d’une alimentation durable, responsable et solidaire », signée par 75 collectivités et groupements, France urbaine met en avant le rôle assumé par les territoires urbains en tant que pôles de consommation",
      ["alimentation_durable_bio_circuits_courts"], non=["2018", "75"], notes="Compte et date (piège).")
    P("Avec 30 000 000 de repas servis chaque année dans les cantines parisiennes, la Ville de Paris mobilise à la fois ses compétences",
      ["alimentation_durable_bio_circuits_courts"], non=["30 000 000"], notes="Volume (piège).")

    S("https://docslib.org/doc/10830439/des-communes-sunissent-pour-les-repas-bio-dans-les-cantines-34", "Des communes s'unissent pour les repas bio dans les cantines (34) (docslib)")
    P("Les communes de Murviel-Lès- et Lavérune n’ont pas attendu Occitanie 2022 pour appliquer la loi et vont même au-delà avec déjà 50 % de bio dans les cantines.",
      ["alimentation_durable_bio_circuits_courts"], non=["2022", "50 %"], notes="Résultat atteint (« déjà ») (piège).")

    S("https://www.weka.fr/marches-publics/dossier-pratique/pratique-de-l-achat-durable-dt31/conduire-le-changement-avec-des-indicateurs-pertinents-6728/", "Conduire le changement avec des indicateurs pertinents (Weka)")
    P("Lorsque nous parlons d’indicateurs, nous pensons immédiatement aux indicateurs de suivi des marchés publics (délais de paiement, taux de PME, titulaires de marchés, nombre de marchés réservés…).",
      ["gouvernance_suivi"], notes="Indicateurs de suivi.")
    P("Enfin, ces indicateurs doivent être publiés afin de permettre aux différentes parties prenantes de les connaître et de les suivre périodiquement.",
      ["gouvernance_suivi"], notes="Publication des indicateurs.")
    P("Au regard du volume de données à exploiter, il convient d’anticiper leur exploitation en automatisant un maximum la restitution.",
      ["gouvernance_suivi"], notes="Suivi.")

    S("https://www.bl-evolution.com/achats-responsables-5-facteurs-cles-pour-un-spaser-ambitieux", "Achats responsables : 5 facteurs clés pour un SPASER ambitieux (BL évolution)")
    P("Les éléments du SPASER doivent être rédigés clairement afin de faciliter une communication compréhensible des différents enjeux. Les acteurs concernés doivent pouvoir identifier précisément et rapidement les actions et priorités à mettre en œuvre.",
      ["gouvernance_suivi"], notes="Conseil de rédaction.")

    S("https://silex-app.com/en/spaser-definir-et-suivre-objectifs/", "SPASER : définir et suivre ses objectifs (Silex)")
    P("Par ailleurs, la loi Climat et Résilience précise que le SPASER doit inclure des indicateurs précis pour mesurer la part des achats responsables dans la totalité des achats de la collectivité, et mesurer les progrès réalisés.",
      ["gouvernance_suivi"], notes="Indicateurs obligatoires, pas de nombre.")
    P("- améliorer la transparence et l’accessibilité de la commande publique auprès des opérateurs économiques grâce à la diffusion en amont des intentions d’achats ;",
      ["acces_pme_tpe_local", "gouvernance_suivi"], notes="Enjeu qualitatif.", ambiguous=True)

    S("https://nosdeputes.fr/16/intervention/357823", "Amendement sur la sobriété numérique dans la commande publique (NosDéputés.fr)")
    P("On estime aujourd'hui à au moins 2 % les émissions de gaz à effet de serre liées à l'activité numérique. Sont concernés les contrats de maintenance : le matériel pourrait être conservé de cinq à sept ans, au lieu de trois ans en moyenne.",
      ["numerique_responsable", "environnement_climat_carbone"], non=["2 %", "cinq", "sept ans", "trois ans"], notes="Estimation et possibilité (« pourrait »), pas une cible.", ambiguous=True)
    P("La sobriété numérique doit être prise en compte dans la commande publique, afin de réduire notre empreinte, ce d'autant que les volumes de consommation sont exponentiels. Il faut, dès à présent, contribuer à réduire l'augmentation de la consommation.",
      ["numerique_responsable", "environnement_climat_carbone"], objective=True, notes="Objectif qualitatif.")

    S("https://achat-logistique.info/durable/achats-numeriques-responsables-cest-possible-avec-un-bon-guide/", "Achats numériques responsables : c'est possible, avec un bon guide ! (Achat Logistique)")
    P("On le sait : dotée d’un poids déjà équivalent à 2,5 % de l’empreinte carbone nationale, soit davantage que le secteur des déchets, la part des services numériques, en France, pourrait tripler d’ici à 2050 selon l’Arcep et l’Ademe (mars 2023).",
      ["numerique_responsable", "environnement_climat_carbone"], non=["2,5 %", "2050", "2023"], notes="Prévision, pas une cible (piège).")
    P("Acheter des matériels moins gourmands, travailler les solutions sous le signe de l’écoconception, penser le recyclage autant que l’usage mais aussi revisiter ses pratiques via des achats reconditionnés, la location ou de nouvelles formes de livraison…",
      ["numerique_responsable", "economie_circulaire_reemploi_dechets", "energie"], notes="Pistes.", ambiguous=True)

    S("https://smart-city.cerema.fr/territoire-intelligent/mettre-en-place-une-politique-sobriete-numerique", "Mettre en place une politique de sobriété numérique (Cerema)")
    P("La part la plus importante de la pollution est due à la fabrication et à la distribution des terminaux : smartphones, écrans, ordinateurs, capteurs... Le reste est lié au fonctionnement des réseaux et au stockage de données.",
      ["numerique_responsable", "environnement_climat_carbone"], notes="Constat.")
    P("- Exiger l'écoconception logicielle dans les cahiers des charges ; - Privilégier l'achat de matériel reconditionné ; - Baisser la fréquence de renouvellement des matériels ; - Privilégier les logiciels libres ; - Soutenir les filières du réemploi ;",
      ["numerique_responsable", "economie_circulaire_reemploi_dechets"], objective=True, notes="Actions qualitatives.")
    P("- Mesurer les impacts environnementaux des projets numériques : un axe essentiel pour maintenir l’effort dans le temps et pour piloter les nouvelles initiatives.",
      ["numerique_responsable", "gouvernance_suivi"], notes="Mesure et pilotage.", ambiguous=True)

    S("https://archive.nossenateurs.fr/intervention/2294306", "Intervention au Sénat sur la sobriété numérique (NosSénateurs.fr)")
    P("Vous avez évoqué la commande publique, c'est un point pertinent ; les collectivités doivent avoir des pratiques plus vertueuses, dans leurs achats et leurs usages. Reste toutefois en suspens la question de la mise en place de schémas territoriaux plus clairs pour améliorer les usages numériques.",
      ["numerique_responsable"], notes="Débat, sans nombre.")

    S("https://metapolis.fr/articles/marches-publics-et-sobriete-numerique/", "Marchés publics et sobriété numérique (Metapolis)")
    P("Cette pollution pernicieuse et invisible, représente aujourd’hui 3,8% des émissions de gaz à effet de serre à l’échelle mondiale, c’est davantage que l’aviation civile en 2020 [3].",
      ["numerique_responsable", "environnement_climat_carbone"], non=["3,8%", "2020", "[3]"], notes="Constat (piège).")
    P("Les acteurs publics peuvent montrer l’exemple en intégrant des clauses dans les marchés publics ou en menant des projets tels que La Rochelle « objectif ZERO Carbone ».",
      ["numerique_responsable", "environnement_climat_carbone"], notes="Nom de projet; pas d'objectif de l'auteur.", ambiguous=True)

    S("https://www.cogitis.fr/blog/guide-pratique-achats-numeriques-responsables/", "Guide pratique pour des achats numériques responsables (Cogitis)")
    P("- Réduire l’impact environnemental en encourageant l’écoconception, en évitant le renouvellement rapide des équipements, en allongeant leur durée de vie, en favorisant la réparabilité …",
      ["numerique_responsable", "economie_circulaire_reemploi_dechets"], notes="Objectif de démarche, qualitatif.", objective=True, ambiguous=True)
    P("- Levier d’innovation: acheter, concevoir ou utiliser un service numérique dans un cadre budgétaire contraint peut être source d’innovation : comment « faire plus, quantitativement et mieux, qualitativement avec moins » ?",
      ["numerique_responsable", "achats_innovants"], notes="Innovation frugale.", ambiguous=True)

    S("http://1340kadi.com/les-achats-innovants/", "Les achats innovants (1340kadi.com)")
    P("L’objectif fixé en termes d’achats innovants est la réalisation de plus de 2% de commande publique de la part de l’Etat, d’ici quatre ans. Cette ambition fait des achats innovants, une politique publique de soutien à l’innovation dont les enjeux sont nombreux.",
      ["achats_innovants"],
      objs=[Q(2, "%", comparator=">=", subject="part de la commande publique de l'État en achats innovants", themes=["achats_innovants"])],
      non=["quatre ans"], notes="« d'ici quatre ans »: année implicite, pas d'horizon.")
    P("La mise en application de cette politique publique est essentiellement assurée par le Service des achats de l’Etat, la Direction générale des entreprises et la Direction des affaires juridiques.",
      ["achats_innovants", "gouvernance_suivi"], notes="Pilotage.")

    S("https://archive.nossenateurs.fr/intervention/1546671", "Audition du directeur des achats de l'État (NosSénateurs.fr)")
    P("Le quatrième objectif qui nous est fixé est la promotion de l'innovation, qui s'avère complexe. Il faut en effet toujours vérifier que les offres innovantes que nous recevons sont utiles, c'est-à-dire intéressantes pour l'Etat en termes de qualité, de prix ou d'amélioration de ses process.",
      ["achats_innovants"], objective=True, non=["quatrième"], notes="Objectif qualitatif; numérotation.")
    P("Enfin, le cinquième objectif consiste à faciliter l'accès des PME à nos marchés. Notre bilan à ce sujet s'avère très positif si nous nous comparons aux autres grands comptes.",
      ["acces_pme_tpe_local"], objective=True, non=["cinquième"], notes="Objectif qualitatif.")

    S("https://decision-achats.fr/Thematique/marches-1036/commandes-publiques-10139/Breves/Achats-innovants-Etat-poursuit-son-engagement-233237.htm", "Achats innovants : l'État poursuit son engagement (Décision Achats)")
    P("Quelques mois après la première conférence sur les achats innovants du 11 avril 2013 qui fixe la part d'achats innovants à 2% à horizon 2020 dans les achats de l'État, le SAE a présenté les feuilles de route dressées par les établissements publics et les ministères.",
      ["achats_innovants"],
      objs=[Q(2, "%", horizon=2020, subject="part d'achats innovants dans les achats de l'État", themes=["achats_innovants"])],
      non=["11 avril 2013"])
    P("144 projets pour une vingtaine de feuilles de route ont été déterminés par les établissements publics de l'Etat. Cela va de l'archivage, à l'aérospatial en passant par la gestion de crise ou la logistique.",
      ["achats_innovants"], non=["144", "une vingtaine"], notes="Comptes (piège).")
    P("Pour l'élaboration de ces feuilles de route, un référent achats innovants a été nommé au sein de chaque ministère comme interlocuteur du SAE.",
      ["achats_innovants", "gouvernance_suivi"], notes="Organisation.")

    S("https://www.testing.lemoniteur.fr/article/l-acheteur-public-soldat-du-made-in-france-et-de-l-innovation.692514", "L'acheteur public, soldat du made in France et de l'innovation (Le Moniteur)")
    P("Le Pacte national pour la compétitivité a fixé un objectif précis à l’Etat, à ses opérateurs et aux hôpitaux : consacrer, d’ici à 2020, 2% du volume de leurs achats à l’innovation.",
      ["achats_innovants"],
      objs=[Q(2, "%", horizon=2020, subject="volume des achats de l'État, des opérateurs et des hôpitaux consacré à l'innovation", themes=["achats_innovants"])])
    P("« L’Etat doit jouer un rôle d’aiguillon, et mettre la commande publique au service des PME pour les aider à se développer. Il faut un effort collectif pour favoriser l’innovation. »",
      ["acces_pme_tpe_local", "achats_innovants"], notes="Déclaration, pas de nombre.")

    S("https://www.lettredesachats.com/services/revue/e-docs/ouvrir_la_voie_aux_entreprises_innovantes_22198/document_article.phtml", "Ouvrir la voie aux entreprises innovantes (La Lettre des Achats, avril 2014)")
    P("Nous avons confirmé nos objectifs : le ministre de l’Economie et des Finances, Pierre Moscovici a rappelé que 2 % de la commande publique – soit 1,6 milliard d’euros sur un total de 80 milliards d’euros par an (60 milliards d’euros pour l’État et ses opérateurs, 20 milliards d’euros pour les collectivités territoriales) – seraient bien consacrés aux achats innovants d’ici 2020.",
      ["achats_innovants"],
      objs=[Q(2, "%", horizon=2020, subject="part de la commande publique consacrée aux achats innovants", themes=["achats_innovants"])],
      non=["1,6 milliard d’euros", "80 milliards d’euros", "60 milliards d’euros", "20 milliards d’euros"], notes="1,6 Md€ est l'équivalent du même objectif; volumes en piège.", ambiguous=True)
    P("Nous nous sommes rencontrés : 350 personnes, dont 90 chefs d’entreprises, étaient présents. Nous nous sommes encouragés : plus de 260 appels à projets innovants émanant de onze ministères et vingt-et-un établissements publics ont été présentés à l’occasion.",
      ["achats_innovants"], non=["350", "90", "260", "onze", "vingt-et-un"], notes="Comptes (piège).")

    S("http://www.santeenvironnement-nouvelleaquitaine.fr/autre/integrer-les-enjeux-de-sante-environnementale-dans-les-marches-publics/", "Intégrer les enjeux de santé environnementale dans les marchés publics (Santé environnement Nouvelle-Aquitaine)")
    P("Dans le Lot-et-Garonne, plus de 70 personnes ont été formées par l’association Aquitaine des Achats Publics Responsables (3AR) pour intégrer la composante santé-environnement dans leurs achats.",
      ["sante"], non=["70"], notes="Résultat (piège).")
    P("A titre expérimental, des ateliers d’une demi-journée ont été mis en place dans 5 territoires du Lot-et-Garonne.",
      ["sante"], non=["5"], notes="Compte (piège).")

    S("https://laclauseverte.fr/actualites/la-qualite-de-lair-interieur-dans-les-achats-publics-durables/", "La qualité de l'air intérieur dans les achats publics durables (La Clause Verte)")
    P("La qualité de l’air intérieur (QAI) a une forte influence sur notre santé. En effet, une mauvaise qualité de l’air intérieur dû à l’insuffisance des systèmes d’aération, une mauvaise gestion de l’humidité ou l’emploi de certains matériaux de construction peuvent nuire gravement au bon fonctionnement du système respiratoire.",
      ["sante"], notes="Santé, pas de nombre.")
    P("Dans les écoles maternelles, primaires et crèches depuis le 1er janvier 2018 • Dans les collèges, lycées et centres de loisirs depuis le 1er janvier 2020",
      ["sante"], non=["1er janvier 2018", "1er janvier 2020"], notes="Entrées en vigueur (piège).")

    S("https://reseco.fr/webinaire-commande-publique-qualite-de-lair-interieur-dans-les-etablissements-recevant-du-public-le-21-janvier-2021/", "Commande publique & qualité de l'air intérieur dans les ERP (RESECO)")
    P("– Dans le domaine des fournitures : Retour d’expérience de la Ville de Rennes sur l’Intégration d’un critère santé dans un marché de Marché de Produits d’entretien par P. MORDELET (Service Santé Environnement)",
      ["sante"], notes="Programme de webinaire.")
    P("• Sensibiliser les acheteurs public, gestionnaires des établissements et agents territoriaux aux enjeux relatifs à la qualité de l’air intérieur dans les établissements recevant du public (ERP) ;",
      ["sante"], objective=True, notes="Objectif pédagogique qualitatif.", ambiguous=True)

    S("http://www.santeenvironnement-nouvelleaquitaine.fr/autre/des-clausiers-sante-environnement-pour-guider-les-acheteurs-publics/", "Des clausiers santé-environnement pour guider les acheteurs publics (Santé environnement Nouvelle-Aquitaine)")
    P("Le Plan Régional Santé Environnement Nouvelle-Aquitaine prévoit une mesure visant à développer des politiques d’achats réduisant les émissions de polluants à la source dans les établissements accueillant de jeunes enfants.",
      ["sante"], objective=True, notes="Mesure qualitative.")
    P("Les acheteurs doivent trouver des solutions pour répondre à de nouveaux enjeux : perturbateurs endocriniens, irritants, allergènes, et autres composés indésirables, néfastes pour la santé, peuvent être présents dans divers produits.",
      ["sante"], notes="Enjeux.")

    S("https://www.lagazettedescommunes.com/689794/veille-active-experts-produits-innovants-les-solutions-pour-acheter-local-et-ecologique", "Produits innovants : les solutions pour acheter local et écologique (La Gazette des communes)")
    P("« On avait 38 produits différents pour l’hygiène et plusieurs cosmétiques ! » s’exclame Elodie Mico, directrice du multiaccueil du Jardin câlin de la ville de Gradignan (25 600 hab., Gironde).",
      ["sante"], non=["38", "25 600"], notes="Comptes (piège).", ambiguous=True)
    P("En commençant par une analyse fine des besoins, qui a montré qu’un seul savon neutre doux suffisait pour les bébés comme pour le personnel, de même qu’il fallait un nettoyant unique par type de lavage (sols, sanitaires, linge…), certifié « Ecocert » pour répondre à l’objectif d’élimination des substances chimiques, porteuses de perturbateurs endocriniens.",
      ["sante", "environnement_climat_carbone"], notes="Démarche réalisée.", ambiguous=True)

    S("https://fr.scribd.com/document/655928397/Note-de-Synthese-CCTP", "Cahiers des charges et génie écologique, note de l'UPGE (Scribd)")
    P("Note rédigée par l’Union professionnelle du génie écologique (UPGE) sur des propositions à intégrer aux CCTP dans le cadre des projets d’aménagement afin de mieux intégrer et préparer les interventions études et travaux de génie écologique.",
      ["biodiversite"], notes="Génie écologique, pas de nombre.")
    P("a. Associer un écologue tout au long du projet b. Faire intervenir les compétences spécialisées c. S’assurer de la compétence des opérateurs de travaux de génie écologique",
      ["biodiversite"], objective=True, notes="Recommandations qualitatives; lettres de liste.", ambiguous=True)

    S("https://studylibfr.com/doc/3799282/prescriptions-techniques-sur-l-achat-de-v%C3%A9g%C3%A9taux-sauvages...", "Prescriptions techniques sur l'achat de végétaux sauvages d'origine locale, guide 2017 (studylibfr)")
    P("• Les structures membres du comité de pilotage, du comité de suivi et du comité de marque du label, ainsi que les entreprises bénéficiaires qui ont participé en octobre 2016 à l’enquête en ligne sur l’achat de végétaux sauvages d’origine locale*. Les 25 professionnels qui ont répondu et relu nos propositions ont contribué à améliorer le contenu du guide.",
      ["biodiversite"], non=["2016", "25"], notes="Remerciements (piège).")
    P("• Les participants du groupe de travail organisé le 20 octobre 2016 à Angers dans le cadre de la filière de production d’arbres et arbustes «Végétal local» en Pays de la Loire animé par la FRC Pays de la Loire et Plante & Cité.",
      ["biodiversite", "acces_pme_tpe_local"], non=["20 octobre 2016"], notes="Filière locale; date.", ambiguous=True)

    S("https://urban-conseil.com/?p=1192", "L'éga-conditionnalité dans la commande publique (Urban Conseil)")
    P("Concept promu dès 2016 par le Haut Conseil à l’Egalité, le concept d’éga-conditionnalité consiste à intégrer comme critère de sélection dans le cadre des marchés publics, l’index relatif à l’égalité professionnelle entre les femmes et les hommes.",
      ["egalite_femmes_hommes"], non=["2016"], notes="Définition.")
    P("Les entreprises qui auraient une note moyenne inférieure à 85 points doivent fixer et publier des objectifs aux fins de tendre vers une note de 85 points. Quant à celles ayant une note inférieure à 75, elles doivent en principe communiquer au sein de l’entreprise mais également à l’extérieur sur les mesures précises de correction de ces disparités importantes.",
      ["egalite_femmes_hommes"], non=["85 points", "85 points", "75"], notes="Obligations d'entreprises, seuils de l'index: pas un objectif d'achat.", ambiguous=True)
    P("Mais cet indice, créé en 2019, n’est encore que très peu publié puisque seulement 61% des entreprises de plus de 50 salariés l’avaient communiqué, et seulement 32 pénalités financières ont",
      ["egalite_femmes_hommes"], non=["2019", "61%", "50", "32"], notes="Constat (piège); phrase coupée.")

    S("https://2012-2017.nosdeputes.fr/14/intervention/1051569", "Intervention sur l'égalité dans l'exécution des marchés (NosDéputés.fr)")
    P("Je remercie M. Richard de soulever ce sujet, qui revêt pour moi une vocation pédagogique plus que punitive. Beaucoup de chefs d’entreprise ont la volonté de faire progresser l’égalité et de lutter contre les discriminations, et il faut les encourager dans cette voie.",
      ["egalite_femmes_hommes"], notes="Débat.")

    S("https://www.lagazettedescommunes.com/864013/la-parite-dans-les-marches-publics-un-nouveau-critere-qui-laisse-perplexe/", "La parité dans les marchés publics, un nouveau critère qui laisse perplexe (La Gazette des communes)")
    P("D’ici à la fin du quinquennat, les entreprises ne respectant pas les critères d’égalité entre les femmes et les hommes seront exclues des marchés publics. Si l’intention est louable, dans les faits, les obstacles sont nombreux.",
      ["egalite_femmes_hommes"], objective=True, notes="Engagement annoncé, non chiffré; « fin du quinquennat » n'est pas une année écrite.")
    P("Chiffres-clés 7 % des entreprises dont on connaît le résultat pour 2021 ont un index Egapro inférieur à 75 (1 780 sur 28 892).",
      ["egalite_femmes_hommes"], non=["7 %", "2021", "75", "1 780", "28 892"], notes="Statistiques (piège).")
    P("Un questionnaire est dressé chaque année, portant sur 100 points (politiques de rémunération, d’augmentation et de promotion, impact du congé maternité et proportion de femmes dans les dix plus hautes rémunérations). En 2022, seules six entreprises concernées sur dix ont publié leur note.",
      ["egalite_femmes_hommes"], non=["100 points", "dix", "2022", "six", "dix"], notes="Barème et constat (piège).")

    S("https://2012-2017.nosdeputes.fr/14/intervention/500608", "Intervention sur les critères sociaux d'attribution (NosDéputés.fr)")
    P("J'ajoute aux arguments du rapporteur qu'une directive toute récente – en date du 26 février 2014 – permet à l'acheteur public, sous certaines conditions, de choisir un critère d'attribution relatif aux performances en matière d'insertion professionnelle des publics en difficulté, toujours en lien avec l'objet du marché.",
      ["clauses_sociales_insertion"], non=["26 février 2014"], notes="Date de directive (piège).")

    S("https://www.testing.lemoniteur.fr/article/hommes-femmes-les-deputes-etendent-l-exigence-d-egalite-pour-acceder-a-la-commande-publique.1240409", "Hommes-femmes : les députés étendent l'exigence d'égalité pour accéder à la commande publique (Le Moniteur)")
    P("L’un des enjeux phares pour le BTP concerne l’éviction des marchés publics pour les entreprises qui ne jouent pas le jeu de l’égalité professionnelle. L’article 3 du projet de loi vise ainsi à faire de la commande publique un levier économique pour inciter les entreprises à se conformer à leurs obligations légales en la matière.",
      ["egalite_femmes_hommes"], non=["3"], notes="Article (piège).")

    S("https://commande-publique.collectivites.legibase.fr/actualites/focus/les-marches-publics-au-coeur-de-la-lutte-contre-les-discriminations-3184", "Les marchés publics au cœur de la lutte contre les discriminations (Legibase)")
    P("De seconde part, l’article 213 de la loi du 27 janvier 2017 modifie aussi l’article 38 de l’ordonnance du 23 juillet 2015 en prévoyant que les conditions d’exécution d’un marché public pourront désormais tenir compte de la politique menée par l’entreprise en matière de lutte contre les discriminations.",
      ["egalite_femmes_hommes", "clauses_sociales_insertion"], non=["213", "27 janvier 2017", "38", "23 juillet 2015"], notes="Références (piège).", ambiguous=True)

    S("https://commande-publique.collectivites.legibase.fr/actualites/prospective/des-sanctions-pour-non-respect-de-legalite-professionnelle-en-vue-2362", "Des sanctions pour non-respect de l'égalité professionnelle en vue (Legibase)")
    P("Le projet de loi pour l’égalité entre les femmes et les hommes a été adopté en première lecture à l’Assemblée nationale le 28 janvier. L’article 3, qui prévoit d’appliquer des sanctions en cas de non-respect de l’égalité professionnelle, a été remanié, et sa portée élargie.",
      ["egalite_femmes_hommes"], non=["28 janvier", "3"], notes="Date, article (piège).")
    P("Ce dernier prévoit que « le pouvoir adjudicateur peut prévoir des conditions d'exécution visant à promouvoir l'égalité professionnelle », à la condition que celles-ci soient en lien avec l’objet du marché.",
      ["egalite_femmes_hommes"], notes="Faculté légale.")

    S("https://maxhavelaarfrance.org/actualites/a-la-une/1ere-edition-des-trophees-des-territoires-equitables", "1re édition des Trophées des territoires équitables (Max Havelaar France)")
    P("L’engagement croissant des collectivités en faveur du commerce équitable, tant dans le domaine de leurs achats, de la promotion des actions de sensibilisation et d’éducation, de la mobilisation citoyenne est une lanterne pour l’ensemble des territoires, mérite d’être valorisé et peut en inspirer d’autres…",
      ["commerce_equitable"], notes="Pas de nombre.")
    P("La collectivité fait preuve d’une persévérance sans faille en faisant basculer 100% de ses approvisionnements en de café issu du commerce équitable. Tous les distributeurs automatiques et lieux de consommation du Département servent du caf",
      ["commerce_equitable"], non=["100%"], notes="Résultat atteint (piège).")

    S("https://banquedesterritoires.fr/quatorze-collectivites-deviennent-territoires-de-commerce-equitable", "Quatorze collectivités deviennent « territoires de commerce équitable » (Banque des Territoires)")
    P("A l'occasion du Salon des maires et des collectivités locales, quatorze collectivités ont été reconnues \"territoires de commerce équitable\". Elles ont ainsi été encouragées pour leurs efforts pour intégrer le commerce équitable dans leurs achats publics",
      ["commerce_equitable"], non=["quatorze"], notes="Compte (piège).")
    P("La région Pays-de-la-Loire, par exemple, exige désormais du coton équitable pour les vêtements de ses 20.000 agents des lycées – pour un montant de 300.000 euros en 2009. Paris a engagé le même montant pour habiller ainsi ses 7.000 agents de la propreté.",
      ["commerce_equitable"], non=["20.000", "300.000 euros", "2009", "7.000"], notes="Montants engagés (piège).")

    S("https://blog.elueslocales.fr/delegation/ecologie-environnement-developpement-durable/chateauroux-devient-territoire-commerce-equitable", "Châteauroux devient territoire de commerce équitable (Élues locales)")
    P("Elles ne sont que 27 en France à avoir obtenu le label « Territoire de commerce équitable » et 2 000 collectivités dans le monde. Parmi elles, la commune de Châteauroux et ses 45 000 habitants ont décroché le document en avril 2019.",
      ["commerce_equitable"], non=["27", "2 000", "45 000", "2019"], notes="Comptes (piège).")
    P("Châteauroux a mis en place un comité de pilotage réunissant les élus en charge du développement durable mais aussi de la santé publique, du commerce, de l’éducation",
      ["commerce_equitable", "gouvernance_suivi"], notes="Gouvernance.")
    P("Le commerce équitable se traduit par une juste rémunération des petits producteurs, qu’ils se trouvent à des milliers de kilomètres dans un rapport Nord-Sud, où à la porte de la collectivité.",
      ["commerce_equitable"], notes="Définition.")

    S("https://fse.gouv.fr/les-achats-responsables", "Les achats responsables (FSE+, fse.gouv.fr)")
    P("Pour apporter des éléments de réponse, le programme national FSE+ 2021-2027 (priorité 1 – objectif spécifique H) prévoit de soutenir des actions visant à impliquer les entreprises dans une démarche inclusive, sous la forme de conseils ou d’appui aux services de ressources humaines ou d’accompagnement par les partenaires sociaux",
      ["clauses_sociales_insertion"], non=["2021-2027", "1"], notes="Période et numérotation (piège).", ambiguous=True)
    P("Ce sont notamment deux directives qui ont posé les premiers jalons européens des achats responsables dans la commande publique : la directive n° 2014/24 sur la passation des marchés publics et la directive n° 2014/25 relative à la passation des marchés passés par des entités",
      [], non=["deux", "2014/24", "2014/25"], notes="Références, passage général (piège).")

    S("https://www.bl-evolution.com/achats-responsables-et-commande-publique-mode-demploi-des-clauses-environnementales-et-sociales", "Achats responsables et commande publique : mode d'emploi des clauses environnementales et sociales (BL évolution)")
    P("- 100% des marchés publics devront comporter une considération environnementale - 30% des marchés publics devront comporter une considération sociale",
      ["environnement_climat_carbone", "clauses_sociales_insertion"],
      objs=[Q(100, "%", subject="marchés publics comportant une considération environnementale", themes=["environnement_climat_carbone"]),
            Q(30, "%", subject="marchés publics comportant une considération sociale", themes=["clauses_sociales_insertion"])],
      notes="Obligations légales (loi Climat et Résilience) fixant un niveau.")
    P("Ces dispositions entreront en vigueur au plus tard le 22 août 2026 (article 35 de la loi n° 2021-1104 du 22 août 2021 portant lutte contre le dérèglement climatique et renforcement de la résilience face à ses effets).",
      ["environnement_climat_carbone"], non=["22 août 2026", "35", "2021-1104", "22 août 2021"], notes="Entrée en vigueur et références (piège).")

    S("http://www.ocinabre.com/category/conseils-de-pro/", "Savoir intégrer le développement durable dans ses achats (Ocinabre)")
    P("En 2018, 10,2 % des marchés en nombre et 17,4 % des marchés en volume comportent une clause sociale. S’agissant des clauses environnementales, 13,6 % des marchés en nombre et 18,6 % des marchés en volume comportent une telle clause.",
      ["clauses_sociales_insertion", "environnement_climat_carbone"], non=["2018", "10,2 %", "17,4 %", "13,6 %", "18,6 %"], notes="Statistiques (piège).")
    P("Sachez que le Code de la commande publique (CCP) impose à certains acheteurs publics d’adopter un schéma de promotion des achats publics socialement et écologiquement responsables lorsque le montant total de leur achat est supérieur à 100 millions d’euros",
      ["gouvernance_suivi"], non=["100 millions d’euros"], notes="Seuil (piège).")
    P("- de tri des déchets à la source ( D. n° 2016-288, 10 mars 2016 ) ; - de l’accessibilité téléphonique pour les personnes sourdes et malentendantes ( D. n° 2017-875, 9 mai 2017 ) ;",
      ["economie_circulaire_reemploi_dechets", "marches_reserves_handicap"], non=["2016-288", "10 mars 2016", "2017-875", "9 mai 2017"], notes="Décrets (piège).", ambiguous=True)

    S("https://www.ville-coueron.fr/enfance-et-jeunesse/restauration-scolaire/les-repas-contiennent-ils-des-produits-bio/", "Les repas contiennent-ils des produits bio ? (Ville de Couëron)")
    P("En 2020 : - Environ 20% de nos denrées (en volume) sont issues de l’agriculture biologique - Environ 30% sont des denrées dites « de qualité » : ce qui signifie que ces denrées sont labellisées (label rouge, AOC, AOP, MSC etc.) soit 50% de nos approvisionnements sous signes officiels de qualité.",
      ["alimentation_durable_bio_circuits_courts"], non=["2020", "20%", "30%", "50%"], notes="Situation 2020 (piège).")
    P("La Ville a l’ambition de faire évoluer constamment la qualité de ses denrées alimentaires, avec un objectif de 70% de produits de qualité à l’horizon 2024.",
      ["alimentation_durable_bio_circuits_courts"],
      objs=[Q(70, "%", horizon=2024, subject="produits de qualité dans les denrées de la restauration scolaire", themes=["alimentation_durable_bio_circuits_courts"])])
    P("Pour se faire, un plan de lutte contre le gaspillage alimentaire a été initié en 2018 et porte aujourd’hui ses fruits",
      ["alimentation_durable_bio_circuits_courts", "economie_circulaire_reemploi_dechets"], non=["2018"], notes="Date (piège).")

    S("https://bilan-de-mandat.ville-sevran.fr/?p=527", "Bilan de mandat – cantine scolaire (Ville de Sevran)")
    P("Cantine scolaire : procéder à un nouvel appel d’offres et étudier la possibilité d’une reprise de la gestion par la municipalité en incluant dans les critères d’attribution que la matière première soit constituée de produits locaux et bio à au moins 50%",
      ["alimentation_durable_bio_circuits_courts"],
      objs=[Q(50, "%", comparator=">=", subject="produits locaux et bio dans la matière première de la cantine", themes=["alimentation_durable_bio_circuits_courts"])],
      notes="Engagement de mandat.")
    P("Le dernier appel d’offre a permis, dans le marché actuel, de proposer plus de bio et d’aliments en circuits courts. Si le passage en régie municipale a été abandonné, du fait de son coût trop important pour la ville, le travail actuellement mené sur le prochain marché (2026) permettra de compter plus d’aliments bio et locaux",
      ["alimentation_durable_bio_circuits_courts"], objective=True, non=["2026"], notes="Intention non chiffrée; 2026 date du marché.", ambiguous=True)

    S("https://www.liege2025.be/mise-en-oeuvre-des-actions-prioritaires/actualites/focus-sur-une-action-prioritaire-de-liege-2025-instaurer-des-menus-bios-et-ou-de-circuits-courts-dans-les-crecheset-les-cantines-scolaires-dans-le-cadre-du-renouvellement-des-marches-publics-a-venir-et-supprimer-les-perturbateurs-endocriniens-et", "Liège 2025 : instaurer des menus bios et/ou de circuits courts dans les crèches et cantines (Ville de Liège)")
    P("Pour ce faire, le renouvellement des marchés publics en matière d’alimentation inclura des clauses précises visant à cibler des produits sans pesticides ni perturbateurs endocriniens et favorisant les producteurs locaux.",
      ["alimentation_durable_bio_circuits_courts", "sante", "acces_pme_tpe_local"], objective=True, notes="Engagement qualitatif.")
    P("Dans cette même optique, la Ville demandera à l’intercommunale ISOSL de mettre fin le plus rapidement possible aux barquettes individuelles qui sont apparues récemment. Ce conditionnement, s’il répond à des exigences en termes de sécurité de la chaîne alimentaire, est contraire à la politique « zero déchet » que nous comptons mener.",
      ["economie_circulaire_reemploi_dechets", "alimentation_durable_bio_circuits_courts"], objective=True, notes="Objectif qualitatif (« zéro déchet » nom de politique).", ambiguous=True)

    S("http://www.journaldelenvironnement.net/article/comment-integrer-le-climat-dans-les-achats-publics,65142", "Comment intégrer le climat dans les achats publics ? (Journal de l'environnement)")
    P("L’Ademe incite les collectivités locales à être moteurs de réduction de gaz à effet de serre via la commande publique. 130.000 organismes publics acheteurs en France sont concernés.",
      ["environnement_climat_carbone"], non=["130.000"], notes="Compte (piège).")
    P("Il s’agit d’abord de hiérarchiser les familles d’achats prioritaires, en fonction de leur impact carbone avéré (véhicules, restauration, bâtiment, travaux publics, aménagements urbains…). Pour cela, le bilan de GES sera très utile.",
      ["environnement_climat_carbone"], notes="Méthode.")

    S("http://www.lemoniteur.fr/articles/prendre-en-compte-le-climat-dans-ses-achats-31595143", "Prendre en compte le climat dans ses achats (Le Moniteur)")
    P("En France, le bâtiment est le secteur d’activité à la plus forte empreinte carbone (27 % des émissions totales de CO2). L’enjeu est donc de taille pour les marchés de travaux.",
      ["environnement_climat_carbone"], non=["27 %"], notes="Constat (piège).")
    P("Il s’agit d’une part d’atténuer au maximum les émissions de gaz à effet de serre (GES), et d’autre part d’adapter au futur climat les achats à longue durée de vie (bâtiments, routes, aménagement urbain, réseaux, etc.).",
      ["environnement_climat_carbone"], objective=True, notes="Objectif qualitatif.", ambiguous=True)

    S("https://weka.fr/actualite/commande-publique/article/mobilisation-de-la-commande-publique-contre-les-consequences-du-rechauffement-climatique-197455", "Mobiliser la commande publique au service de l'adaptation au changement climatique (Weka)")
    P("Pour mieux lutter contre le changement climatique, le nouveau PNACC comporte 52 mesures pour traiter tous les impacts du changement climatique. Il s’agit d’une planification progressive avec plus de 200 actions concrètes à court, moyen et long terme.",
      ["environnement_climat_carbone"], non=["52", "200"], notes="Comptes de mesures (piège).")

    S("https://www.banquedesterritoires.fr/utiliser-les-marches-publics-pour-linsertion-professionnelle", "Utiliser les marchés publics pour l'insertion professionnelle (Banque des Territoires)")
    P("Le donneur d'ordres impose à l'entreprise attributaire du lot d'embaucher du personnel dit en insertion. Cette obligation prend la forme d'un nombre d'heures du marché réservées à l'insertion, calculées par lot, en fonction de sa technicité, son importance, etc. (en général de 5 à 10% des heures).",
      ["clauses_sociales_insertion"], non=["5", "10%"], notes="Pratique usuelle décrite, pas une cible.", ambiguous=True)
    P("\"L'application de la clause est systématiquement examinée pour chaque chantier depuis 2004, mais elle n'est pas systématiquement appliquée.\"",
      ["clauses_sociales_insertion"], non=["2004"], notes="Constat.")

    S("https://www.siae-du-valenciennois.fr/appel-doffres/", "La commande publique : un levier pour l'insertion (SIAE du Valenciennois)")
    P("C’est en 2001 (décret du 7 mars) que la clause d’insertion sociale et professionnelle est mentionnée à l’Article 14 du CMP dans les termes suivants:",
      ["clauses_sociales_insertion"], non=["2001", "7 mars", "14"], notes="Historique (piège).")

    S("https://fr.3p.eu/2023/04/07/suivre-une-action-dinsertion-dans-ses-marches-publics-les-recommandations-pratiques-de-la-direction-des-achats-de-letat/", "Suivre une action d'insertion dans ses marchés publics (3P)")
    P("En l’absence d’un facilitateur, l’acheteur peut se tourner vers différents organismes tels que les Missions locales ; les Plateformes d’insertion par l’activité économique (IAE) ; les Centres communaux d’action sociale (CCAS) ; les Chambres de commerce et d’industrie (CCI)",
      ["clauses_sociales_insertion"], notes="Pas de nombre.")
    P("Ils peuvent suivre des aspects en particulier, comme l’égalité homme-femme ou l’inse",
      ["egalite_femmes_hommes", "clauses_sociales_insertion", "gouvernance_suivi"], notes="Phrase coupée dans la source.", ambiguous=True)

    S("https://pdfslide.fr/documents/les-chiffres-page-11-insertion-les-chiffres-au-30-juin-2010-les-structures-oprationnelles.html", "Insertion : les chiffres au 30 juin 2010, enquête sur les clauses d'insertion en rénovation urbaine (pdfslide)")
    P("RÉSULTATS PORTANT SUR L’OBJECTIF DE 5 % D’HEURES D’INSERTION SUR LE PROGRAMME DE TRAVAUX",
      ["clauses_sociales_insertion", "gouvernance_suivi"],
      objs=[Q(5, "%", subject="heures d'insertion sur le programme de travaux", themes=["clauses_sociales_insertion"])],
      notes="Titre en capitales rappelant l'objectif (charte ANRU) au-dessus de résultats.", ambiguous=True)

    S("http://www.haute-vienne.fr/conseil-departemental/ses-actions/rapport-dactivites/rapport-dactivites-2017/lemploi-et-linsertion/la-clause-sociale-dinsertion-dans-les-marches-publics.html", "La clause sociale d'insertion dans les marchés publics (Haute-Vienne, rapport d'activités 2017)")
    P("En 2017, 62 opérations ont été accompagnées par le Département générant 29 500 heures d’insertion auprès de 124 personnes en situation de difficulté.",
      ["clauses_sociales_insertion"], non=["2017", "62", "29 500", "124"], notes="Résultats (piège).")
    P("Majoritairement, les bénéficiaires des différentes opérations de clause sociale restent des hommes. Il est cependant à noter que l’intégration d’activités de services dans le dispositif ainsi qu’une réflexion globale sur la diversification des secteurs d’activité pourvoyeurs de clause sociale devrait progressivement permettre de modérer cette tendance.",
      ["clauses_sociales_insertion", "egalite_femmes_hommes"], notes="Constat genré.")
    P("Au cours de l’année 2018, il est notamment envisagé de développer des heures d’insertion sur des secteurs tels que l’impression, la distribution de magazine, la restauration ou encore les activités de secrétariat.",
      ["clauses_sociales_insertion"], objective=True, non=["2018"], notes="Intention qualitative.")

    S("https://www.avenia.fr/offre-pro-rhd-rhf/", "Offre restauration hors domicile (Avenia)")
    P("* Au 1er janvier 2022, la loi EGalim imposera au moins 50% de produits de qualité et durables, dont au moins 20% de produits biologiques dans les services de restauration scolaire et universitaire, les services de restauration des établissements d’accueil des enfants de moins de six ans, des établissements de santé",
      ["alimentation_durable_bio_circuits_courts"],
      objs=[Q(50, "%", comparator=">=", horizon=2022, subject="produits de qualité et durables en restauration collective", themes=["alimentation_durable_bio_circuits_courts"]),
            Q(20, "%", comparator=">=", horizon=2022, subject="produits biologiques en restauration collective", themes=["alimentation_durable_bio_circuits_courts"])],
      non=["six ans"], notes="Quota légal au futur avec échéance écrite: horizon 2022.", ambiguous=True)

    S("https://agri-online.fr/restauration-collective-mobilisation-des-acteurs-pour-tenir-les-objectifs-degalim", "Restauration collective : mobilisation des acteurs pour tenir les objectifs d'EGalim (Agri-online)")
    P("La loi EGalim, complétée par la loi Climat et résilience, a défini l’objectif emblématique de garantir au moins 50% de produits durables et de qualité, dont au moins 20% de produits biologiques, dans les repas servis en restauration collective de service publique depuis le 1er janvier 2022.",
      ["alimentation_durable_bio_circuits_courts"],
      objs=[Q(50, "%", comparator=">=", subject="produits durables et de qualité en restauration collective publique", themes=["alimentation_durable_bio_circuits_courts"]),
            Q(20, "%", comparator=">=", subject="produits biologiques en restauration collective publique", themes=["alimentation_durable_bio_circuits_courts"])],
      non=["1er janvier 2022"], notes="« depuis »: pas d'horizon.")

    S("https://10minhotel.com/lhotellerie-restauration/loi-egalim-et-restauration-quelles-obligations", "Loi Egalim et restauration : quelles obligations ? (10minhotel)")
    P("Depuis 2020, le gaspillage alimentaire doit être analysé, avec pour objectif une diminution de 50 % dans la période entre 2015 et 2025 (loi anti-gaspillage et économie circulaire, Agec, du 10 février 2020).",
      ["alimentation_durable_bio_circuits_courts", "economie_circulaire_reemploi_dechets"],
      objs=[Q(50, "%", "decrease", "relative_change", horizon=2025, baseline_year=2015, subject="gaspillage alimentaire", themes=["economie_circulaire_reemploi_dechets"])],
      non=["2020", "10 février 2020"])
    P("Les dons aux associations sont obligatoires pour les cuisines centrales qui préparent plus de 3 000 repas par jour et il est désormais interdit de rendre impropres à la consommation les denrées alimentaires qui peuvent encore être utilisées.",
      ["alimentation_durable_bio_circuits_courts", "economie_circulaire_reemploi_dechets"], non=["3 000"], notes="Seuil légal (piège).")

    S("https://www.restauration21.fr/restauration21/category/restauration-collective/page/8", "Restauration collective (Restauration21, archives)")
    P("La restauration collective est tenue de servir au moins 50% de produits durables et de qualité, dont au moins 20% de produits bio, et 60% de produits durables et de qualité pour les familles « viandes » et « poissons » à ses convives.",
      ["alimentation_durable_bio_circuits_courts"],
      objs=[Q(50, "%", comparator=">=", subject="produits durables et de qualité", themes=["alimentation_durable_bio_circuits_courts"]),
            Q(20, "%", comparator=">=", subject="produits bio", themes=["alimentation_durable_bio_circuits_courts"]),
            Q(60, "%", subject="produits durables et de qualité pour les viandes et poissons", themes=["alimentation_durable_bio_circuits_courts"])],
      notes="Quotas légaux imbriqués.")

    S("https://www.gazettemoselle.fr/article/la-restauration-collective-accelere-son-eco-responsabilite", "La restauration collective accélère son écoresponsabilité (Gazette Moselle)")
    P("Dans les établissements mosellans, les plats proposés doivent comporter au moins 50 % de produits «durables ou de qualité», dont 20 % d'origine biologique, un repas végétarien doit être proposé au moins une fois par semaine, le gaspillage alimentaire doit être réduit de 20 %.",
      ["alimentation_durable_bio_circuits_courts", "economie_circulaire_reemploi_dechets"],
      objs=[Q(50, "%", comparator=">=", subject="produits durables ou de qualité", themes=["alimentation_durable_bio_circuits_courts"]),
            Q(20, "%", subject="produits d'origine biologique", themes=["alimentation_durable_bio_circuits_courts"]),
            Q(1, "count", kind="absolute", comparator=">=", per_year=False, subject="repas végétarien par semaine", themes=["alimentation_durable_bio_circuits_courts"]),
            Q(20, "%", "decrease", "relative_change", subject="gaspillage alimentaire", themes=["economie_circulaire_reemploi_dechets"])],
      notes="Obligations; « une fois par semaine » hors per_year (fréquence hebdomadaire).", ambiguous=True)
    P("Ainsi, depuis le 1er janvier 2020 y est interdit l’additif alimentaire (colorant blanc) E171 ou dioxyde de titane.",
      ["alimentation_durable_bio_circuits_courts", "sante"], non=["1er janvier 2020", "E171"], notes="Interdiction en vigueur (piège).")

    S("https://2017-2022.nosdeputes.fr/15/intervention/1008136", "Réponse sur les achats issus du réemploi (NosDéputés.fr)")
    P("Il se trouve que le décret d'application de cette mesure a été pris le 10 mars dernier, et qu'il comporte, en annexe, un tableau dans lequel figure l'intégralité des produits – issus du réemploi, de la réutilisation ou intégrant des matières recyclées – , pour lesquels sont fixées des proportions minimales annuelles d'achat.",
      ["economie_circulaire_reemploi_dechets"], non=["10 mars"], notes="Pas de valeur dans le passage.")

    S("https://www.smabtp.fr/sma/assurance/actualite/commande-publique-circulaire-un-guide-pour-mettre-en-oeuvre-la-loi-agec", "Commande publique circulaire : un guide pour mettre en œuvre la loi Agec (SMABTP)")
    P("Cet article stipule qu’à compter du 1er janvier 2021, les biens acquis annuellement par les services de l’État, par les collectivités territoriales et leurs groupements, doivent être issus du réemploi ou de la réutilisation ou doivent intégrer des matières recyclées, dans des proportions de 20 % à 100 % selon le type de produit.",
      ["economie_circulaire_reemploi_dechets"],
      objs=[Q(20, "%", value_max=100, per_year=True, subject="biens acquis issus du réemploi, de la réutilisation ou intégrant des matières recyclées", themes=["economie_circulaire_reemploi_dechets"])],
      non=["1er janvier 2021"], notes="Fourchette légale (value_max); entrée en vigueur d'un niveau: pas d'horizon.")

    S("https://www.testing.lemoniteur.fr/article/commande-publique-circulaire-un-guide-pour-mettre-en-uvre-la-loi-agec.2338556", "Commande publique circulaire : un guide pour mettre en œuvre la loi Agec (Le Moniteur)")
    P("Ces proportions sont déterminées en pourcentage du montant annuel hors taxes de la dépense consacrée à l’achat pour chacune des 17 catégories de biens listées dans le décret. Un arrêté du 29 février 2024 liste, lui, les produits intégrés dans chaque catégorie.",
      ["economie_circulaire_reemploi_dechets"], non=["17", "29 février 2024"], notes="Comptes et date (piège).")

    S("https://www.actu-environnement.com/ae/news/commande-publique-projet-decret-consultation-obligation-economie-circulaire-42289.php4", "Commande publique : projet de décret sur l'obligation d'économie circulaire (Actu-Environnement)")
    P("Les taux à appliquer sont progressifs : ils se renforcent à partir de 2027, puis après 2030.",
      ["economie_circulaire_reemploi_dechets"], objective=True, non=["2027", "2030"], notes="Trajectoire sans valeur dans le passage.", ambiguous=True)
    P("À titre d'exemple, avec le décret de mars 2021, la commande publique en produits textiles devait comporter au moins 20 % de vêtements ou linges réutilisés ou issus du réemploi et 20 % intégrant des matières recyclées, jusqu'à",
      ["economie_circulaire_reemploi_dechets"],
      objs=[Q(20, "%", comparator=">=", subject="vêtements ou linges réutilisés ou issus du réemploi", themes=["economie_circulaire_reemploi_dechets"]),
            Q(20, "%", subject="textiles intégrant des matières recyclées", themes=["economie_circulaire_reemploi_dechets"])],
      non=["2021"], notes="Quota de l'ancien décret (passé « devait »), compté comme quota légal cité.", ambiguous=True)

    S("https://marchespublicspme.com/avant-la-reponse/les-marches-publics-la-commande-publique/actualites/2021/08/19/l-economie-circulaire-se-fait-une-place-sur-les-marches-publics_15928.html", "L'économie circulaire se fait une place sur les marchés publics (marchespublicspme.com)")
    P("Selon la catégorie, la part issue du réemploi, de la réutilisation ou de matières recyclées est fixée à 20% en règle générale à 40% pour quelques cas particuliers (contre les 100 % initialement annoncés).",
      ["economie_circulaire_reemploi_dechets"],
      objs=[Q(20, "%", value_max=40, subject="part issue du réemploi, de la réutilisation ou de matières recyclées", themes=["economie_circulaire_reemploi_dechets"])],
      non=["100 %"], notes="Fourchette 20-40 %; 100 % annoncé puis abandonné.", ambiguous=True)
    P("L’article 4 de ce décret précise en tout cas qu’il sera nécessaire, d’ici fin 2022, que « les ministres chargés de l'environnement et de l'économie établissent le bilan de la mise en œuvre des dispositions du présent décret au regard de leur impact sur l'environnement ».",
      ["economie_circulaire_reemploi_dechets", "gouvernance_suivi"], objective=True, non=["4", "2022"], notes="Obligation de bilan (qualitative).", ambiguous=True)
