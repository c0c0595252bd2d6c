"""Sixth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh6.jsonl).

Collected in issue 15's seventh pass, before any change of that pass, to measure the extractor on text nobody here had
read, with a good share of press accounts of adopted or decided plans and targets (« a adopté l'objectif de … »,
« ont décidé de réduire … », « se sont fixé un objectif de … », « ont signé un accord … comprenant des objectifs
chiffrés ») and of traps that are past results (« a permis de réduire la consommation de … soit une diminution de
28 % », « nous avons déjà atteint les 20 % », « est passée à 30 % puis 40 % », « nous avons délibéré sur une aide à
hauteur de 50 % »). Pages of sites that neither the shared dev set, nor any training passage (``corpora/real``, the
collected set), nor an earlier fresh set uses (the build checks). Labelled with the conventions of the shared real dev
set before the extractor was run on them, scored once with the system of main, once more after the round's fixes.
Every passage is copied from the opening of a public web page as the project's search tool stored it, cited by its
URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, NRJ


def load(S, P, Q) -> None:

    S("https://salutfr.net/climat-les-efforts-de-la-france-toujours-insuffisants-pour-atteindre-ses-objectifs-de-2030-juge-le-haut-conseil-pour-le-climat-2", "Climat : les efforts de la France toujours insuffisants (salutfr.net)")
    P("L’instution juge que la France ne pourra pas atteindre ses objectifs de réduction de 40% de CO2 d’ici à 2030.",
      [ENV], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de CO2 de la France")],
      notes="Objectif national cité.")

    S("https://video.lefigaro.fr/figaro/video/climat-lue-adopte-lobjectif-de-reduire-ses-emissions-carbone-dau-moins-55-dici-a-2030/", "Climat: l'UE adopte l'objectif de réduire ses émissions carbone (Le Figaro vidéo)")
    P("Climat: l'UE adopte l'objectif de réduire ses émissions carbone «d'au moins 55% d'ici à 2030»",
      [ENV], objs=[Q(55, direction="decrease", kind="relative_change", horizon=2030, comparator=">=", subject="émissions carbone de l'UE")],
      notes="Titre de presse : objectif adopté.")

    S("https://symbiote-mouvement.fr/haut-conseil-pour-le-climat-publication-de-son-rapport-annuel", "Haut conseil pour le climat : publication de son rapport annuel (Symbiote)")
    P("Le Haut conseil pour le climat, instance consultative française, estime dans son rapport annuel que les objectifs de réduction de 50 % des émissions de gaz à effet de serre d’ici à 2030 peuvent être respectés, à condition de maintenir le rythme.",
      [ENV], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de GES")],
      notes="Objectif national cité par un tiers.")

    S("https://agra.fr/agra-presse/le-conseil-detat-exige-des-mesures-supplementaires-pour-le-climat", "Le Conseil d'État exige des « mesures supplémentaires » pour le climat (Agra)")
    P("Par une décision rendue le 1er juillet, le Conseil d’État « enjoint au Premier ministre de prendre toutes mesures utiles permettant d’infléchir la courbe des émissions de gaz à effet de serre produites sur le territoire national » d’ici le 31 mars 2022, pour respecter l’objectif de réduction de 40 % des émissions entre 1990 et 2030.",
      [ENV], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, baseline_year=1990, subject="émissions de GES")],
      non=["1er juillet", "31 mars 2022"], notes="Objectif cité ; le délai fixé au gouvernement n'est pas l'horizon de l'objectif.")


    S("https://elus.rennes-ecologie.bzh/?p=8497", "Conseil municipal du 21 janvier 2019 : plan alimentaire durable (élus écologistes de Rennes)")
    P("Pour rappel ce plan est constitué d’une trentaine d’actions, co-construites avec les acteurs concernés et qui ont pour but d’atteindre en 2020 :\n- 40% de denrées durables dt au moins 20% de bio\n- -50% de gaspillage alimentaire.",
      [ALIM, CIRC], objs=[Q(40, horizon=2020, subject="denrées durables", themes=(ALIM,)),
                          Q(20, horizon=2020, comparator=">=", subject="dont produits bio", themes=(ALIM,)),
                          Q(50, direction="decrease", kind="relative_change", horizon=2020, subject="gaspillage alimentaire", themes=(ALIM, CIRC))],
      non=["une trentaine"], notes="Objectifs d'un plan adopté.")
    P("À travers la politique achat et le travail mené avec les producteurs notamment dans le cadre du projet Terres de Sources mené par la CEBR,\nnous avons déjà atteint les 20% de produits issus de l’agriculture biologique et nous sommes à 10% de denrées durables.",
      [ALIM], non=["20%", "10%"], notes="Résultats (piège : « avons atteint »).")
    P("La mise en place d’un service autonome pour les enfants dans nos cantines ainsi qu’une modification de certaines recettes et la baisse des quantités produites pour les plats les plus jetés ont contribué à faire baisser le gaspillage alimentaire de 40%.",
      [ALIM, CIRC], non=["40%"], notes="Résultat passé (piège).")

    S("https://alpesdusud.alpes1.com/news/region-paca/96997/region-paca-devient-la-premiere-region-pilote-de-la-planification-ecologique?zone_id=31", "La Région PACA devient la première région pilote de la planification écologique (Alpes 1)")
    P("Avec l’État et l’Union Européenne, 30 milliards d’euros sont mis sur la table par la Région pour les cinq prochaines années.",
      [ENV], non=["30 milliards d'euros", "cinq"], notes="Budget (piège).")

    S("https://www.info-tours.fr/articles/centre-val-de-loire/2021/02/04/14489/plus-de-cars-diesel-en-2028-livret-d-epargne-vert-les-ambitions-ecologiques-du-centre-val-de-loire/", "Plus de cars diesel en 2028, livret d'épargne vert : les ambitions écologiques du Centre-Val de Loire (info-tours.fr)")
    P("En ce début d’année 2021 – et à 4 mois des élections régionales qui doivent renouveler les bancs de l’assemblée orléanaise – les équipes du président François Bonneau ont signé un accord COP comprenant 42 engagements et des objectifs chiffrés : réduire la consommation énergétique de 43% en 2050 ou réduire de 15% les déchets des ménages dès 2025.",
      [NRJ, CIRC], objs=[Q(43, direction="decrease", kind="relative_change", horizon=2050, subject="consommation énergétique régionale", themes=(NRJ,)),
                         Q(15, direction="decrease", kind="relative_change", horizon=2025, subject="déchets des ménages", themes=(CIRC,))],
      non=["2021", "4 mois", "42 engagements"], notes="Accord signé (passé composé) comprenant des objectifs chiffrés.")

    S("https://www.alec-saint-brieuc.org/communes/reduire-les-emissions-de-ges/", "Réduire les émissions de GES (ALEC Saint-Brieuc)")
    P("La loi climat énergie votée en 2019 fixe un objectif de neutralité carbone d’ici 2050.\nPour les communes, cela se traduit par une division par 6 de leurs émissions avec un cap à -55% en 2030.",
      [ENV], objs=[Q(6, "x", direction="decrease", kind="relative_change", horizon=2050, subject="émissions des communes"),
                   Q(55, direction="decrease", kind="relative_change", horizon=2030, subject="émissions des communes")],
      non=["2019"], notes="Objectifs de la loi déclinés pour les communes.", ambiguous=True)

    S("https://foretorleans-loire-sologne.fr/node/261", "Le projet de Plan climat a été arrêté (Pays Forêt d'Orléans-Val de Loire)")
    P("Le projet de plan climat-air-énergie territorial (PCAET) a été arrêté en comité syndical du 6 octobre 2022.",
      [ENV], non=["6 octobre 2022"], notes="Date d'arrêt d'un plan (piège).")

    S("https://www.syrec-92.fr/des-pesees-dans-toutes-les-ecoles/", "Des pesées dans toutes les écoles (SYREC 92)")
    P("Afin de lutter contre le gaspillage alimentaire, nous avons lancé la 2e campagne de pesées des déchets alimentaires dans toutes les écoles.\n2e année\n4 semaines\n+ de 100 offices (crèches et écoles)\n200.000 repas\nObjectif = -30% de gaspillage alimentaire par rapport à 2022",
      [ALIM, CIRC], objs=[Q(30, direction="decrease", kind="relative_change", baseline_year=2022, subject="gaspillage alimentaire")],
      non=["2e", "4 semaines", "100 offices", "200.000 repas"], notes="Objectif après des chiffres de campagne.")

    S("https://www.brut.media/fr/news/41-maires-signent-une-charte-pour-reduire-le-gaspillage-alimentaire-7db1dff3-fe04-4107-bfc8-fad4afed3ba0", "Une charte anti-gaspillage signée par 41 maires (Brut)")
    P("41 maires élus ou réélus viennent de la signer. Leur objectif : avoir réduit de 50 % le gaspillage alimentaire dans leur ville d'ici à la fin de leur mandat dans 5 ans.",
      [ALIM, CIRC], objs=[Q(50, direction="decrease", kind="relative_change", subject="gaspillage alimentaire dans leur ville")],
      non=["41", "5 ans"], notes="Objectif à l'infinitif passé ; horizon implicite.")

    S("https://www.tonicradio.fr/gregory-doucet-sengage-contre-le-gaspillage-alimentaire/?utm_source=rss&utm_medium=rss&utm_campaign=gregory-doucet-sengage-contre-le-gaspillage-alimentaire", "Grégory Doucet s'engage contre le gaspillage alimentaire (Tonic Radio)")
    P("Lancée par l’entreprise Too Good To Go (propriétaire de l’application du même nom), cette initiative vise à combattre le gaspillage alimentaire. L’objectif est de soutenir le projet du gouvernement qui souhaite le réduire de 50% d’ici 2025.",
      [ALIM, CIRC], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2025, subject="gaspillage alimentaire")],
      notes="Objectif national cité.")


    S("https://france3-regions.francetvinfo.fr/pays-de-la-loire/mayenne/mayenne-des-produits-locaux-dans-les-cantines-des-colleges-775549.html", "Mayenne : des produits locaux dans les cantines des collèges (France 3)")
    P("100% de produits français et 50% de produits d'origine départementale dans les assiettes des collégiens, c'est l'ambition du conseil départemental de la Mayenne, en réponse à la crise que traverse le monde agricole",
      [ALIM], objs=[Q(100, subject="produits français dans les assiettes des collégiens"),
                    Q(50, subject="produits d'origine départementale")],
      notes="Ambition annoncée.")
    P("Les cantines des collèges s'approvisionnent déjà dans le département à hauteur de 30% des produits servis aux élèves. 20 centimes de plus par collégien devraient permettre de passer à 50% des produits servis dans les 27 collèges publics du département.",
      [ALIM], objs=[Q(50, direction="increase", subject="produits d'origine départementale dans les collèges")],
      non=["30%", "20 centimes", "27 collèges"], notes="« passer à » : increase ; 30 % est la situation actuelle.", ambiguous=True)

    S("https://alvinet.b-cdn.net/similaires/l-assiette-des-collegiens-de-la-nievre-a-la-cantine-coutera-13-centimes-de-plus-a-quoi-sert-cette-augmentation/67548915?page=2", "L'assiette des collégiens de la Nièvre à la cantine coûtera 13 centimes de plus (alvinet)")
    P("Dans la Nièvre, en 2023, 23,6 % de produits locaux étaient utilisés dans les collèges. Des pistes sont étudiées pour améliorer encore ce score.",
      [ALIM], non=["2023", "23,6 %"], notes="Statistique (piège).")




    S("https://valdelahaye.fr/economie-sur-leclairage-des-batiments-publics", "Économie sur l'éclairage des bâtiments publics (Val-de-la-Haye)")
    P("C’est d’ailleurs flagrant puisque, en un an, la baisse des consommations liée à la mise en œuvre de l’extinction de l’éclairage dans notre commune est remarquable avec une diminution de 20000 KWH, soit 21% de consommation en moins.",
      [NRJ], non=["20000 KWH", "21%"], notes="Résultat (piège).")

    S("https://berreletang.fr/des-economies-d-energie", "Des économies d'énergie (Berre-l'Étang)")
    P("En comparaison de l’année dernière, la ville a connu une baisse de :\n- 54% de la consommation d’énergie\n- 33% de la facture énergétique",
      [NRJ], non=["54%", "33%"], notes="Résultats au passé (piège).")

    S("https://stsi.saint-imier.ch/stsi/STSI/Actualites-Presse/Extinction-de-l-eclairage-public.html", "Extinction de l'éclairage public (Saint-Imier)")
    P("La décision d’éteindre l’éclairage public a permis de réduire la consommation de 31'481 kWh durant le quatrième trimestre 2022 par rapport à la même période de l’année précédente, soit une diminution de 28%.",
      [NRJ], non=["31'481 kWh", "2022", "28%"], notes="Résultat : « a permis de réduire » (piège).")

    S("https://valparisis.fr/grands-projets/les-grands-projets/la-transition-energetique/le-plan-de-sobriete-energetique-de-val", "Le plan de sobriété énergétique de Val Parisis")
    P("La communauté d’agglomération est engagée sur un contrat de performance énergétique permettant de diminuer la consommation de 45 % d’ici 2028.",
      [NRJ], objs=[Q(45, direction="decrease", kind="relative_change", horizon=2028, subject="consommation d'énergie de l'éclairage public")],
      notes="Objectif d'un contrat.")
    P("Résultat : une consommation réelle réduite de 40% sur les deux premiers mois. Le test va donc perdurer en 2023.",
      [NRJ], non=["40%", "2023"], notes="Résultat (piège).")


    S("https://territoiresdurablesmagazine.eu/grand-entretien-ministre-logement-olivier-klein/", "Grand entretien avec Olivier Klein (Territoires durables magazine)")
    P("Nous nous sommes fixés un objectif de 700 000 logements rénovés par an, et depuis le lancement du dispositif, 1,5 millions de chantiers ont été financés grâce à MaPrimeRenov’, mais je souhaite que nous allions vers des rénovations plus performantes et plus globales.",
      [NRJ], objs=[Q(700000, "logements", kind="absolute", per_year=True, subject="logements rénovés")],
      non=["1,5 millions"], notes="Objectif que l'on s'est fixé (passé composé) ; 1,5 million est un résultat.")

    S("https://www.golfedumorbihan-vannesagglomeration.bzh/projets/programme-local-de-prevention-des-dechets-menagers-et-assimiles-plpdma/", "Programme local de prévention des déchets ménagers et assimilés (Golfe du Morbihan - Vannes agglomération)")
    P("L’agglomération s’est engagée à réduire fortement la production de déchets ménagers et assimilés sur son sol. Les objectifs fixés visent notamment à atteindre une production moyenne de 347 kg par habitant et par an de déchets ménagers hors végétaux et de 93 kg de déchets végétaux d’ici 2030, soit une réduction de 25 et 20 % par rapport à 2016.",
      [CIRC], objs=[Q(347, "kg", kind="absolute", horizon=2030, subject="déchets ménagers hors végétaux par habitant et par an"),
                    Q(93, "kg", kind="absolute", horizon=2030, subject="déchets végétaux par habitant et par an")],
      non=["25 %", "20 %", "2016"], notes="Les réductions après « soit » restatent les niveaux (pas de second objectif).", ambiguous=True)

    S("https://cugandlabernardiere.fr/?p=7368", "Déchets : les chiffres de l'agglomération (Cugand - La Bernardière)")
    P("Avec 428 kg collectés par an et par habitant, la communauté d’agglomération produit 32% de déchets de moins que la moyenne départementale. Sur la totalité de ces déchets, 74% sont valorisés.",
      [CIRC], non=["428 kg", "32%", "74%"], notes="Statistiques (piège).")

    S("https://www.agglopole.fr/preserverrecycler/trier-ses-dechets/reduire-ses-dechets/", "Réduire ses déchets (Agglopole Provence)")
    P("Notre production de déchets atteint aujourd’hui des niveaux très élevés, avec près de 500 kg/an et par habitant.",
      [CIRC], non=["500 kg"], notes="Statistique avec « atteint » (piège).")

    S("https://gilbert-roger.fr/2013/11/le-departement-roule-en-electrique", "Le département roule en électrique (Gilbert Roger)")
    P("Nous devons être un véritable promoteur de la mobilité durable. A l’échéance de 2017, un quart de la flotte sera alors 100% électrique, ce qui permettra un alignement sur les critères fixés au Grenelle de l’environnement pour les véhicules de l’Etat.",
      [ENV], objs=[Q(25, horizon=2017, subject="part de la flotte départementale 100 % électrique")],
      non=["100%"], notes="« un quart » = 25 % ; « 100 % électrique » qualifie les véhicules.", ambiguous=True)

    S("https://groupedegaucheetecologiste56.bzh/blog/soutien-au-developpement-des-vehicules-electriques", "Soutien au développement des véhicules électriques (groupe de gauche et écologiste 56)")
    P("Au mois d’octobre 2021, nous avons délibéré sur un dispositif d’aide à l’acquisition de véhicules pour les associations sportives à hauteur de 50 % du coût d’achat.",
      [ENV], non=["2021", "50 %"], notes="Taux d'aide décidé au passé (piège : pas un objectif).")

    S("https://partisocialiste-sevres.org/a-sevres/le-parti-socialiste-a-sevres/cm?id=191&phpMyAdmin=KKNtv8oyimQ1nMXjBPEQK3DmhRa", "Conseil municipal du 12 février 2009 (Parti socialiste de Sèvres)")
    P("Luc Blanchard pour le groupe des verts rappelle que les collectivités territoriales ont l'obligation en 2020 d'avoir 20% de leur parc automobile en véhicules propres.",
      [ENV], objs=[Q(20, horizon=2020, subject="véhicules propres dans le parc automobile des collectivités")],
      notes="Quota légal cité.")

    S("https://www.edf.fr/resultats?keywords=accords%20avec%20la%20d%C3%A9cision%20de%20la%20Commission%20europ%C3%A9enne%20relative&type=0", "Résultats de recherche (EDF)")
    P("Il avait même annoncé ne pas être certain de pouvoir atteindre ses objectifs de l' Accord de Paris, qui consistent à réduire de 40 % ses émissions de gaz à effet de serre d' ici à 2030.",
      [ENV], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de GES")],
      notes="Objectif cité après un verbe d'annonce au passé.")

    S("https://www.politis.fr/articles/2009/06/plus-de-bio-cest-pas-forcement-ecolo-7225/", "Plus de bio, c'est pas forcément écolo (Politis)")
    P("Un minimum de 20 % de produits bios dans les repas de la restauration collective en 2012 : pour tenir ce cap fixé par le Grenelle de l’environnement, il faudrait multiplier par 20 les achats en bio d’un secteur qui livre plus de 3, 5 milliards de repas par an !",
      [ALIM], objs=[Q(20, horizon=2012, comparator=">=", subject="produits bio dans la restauration collective")],
      non=["20", "3, 5 milliards"], notes="« multiplier par 20 » est un calcul de l'effort, pas un objectif.", ambiguous=True)


    S("https://www.marseille.fr/mairie/actualites/conseil-municipal-suivez-en-direct-la-seance-de-rentree-ce-vendredi-partir-de-8h30", "Conseil municipal : la séance de rentrée du 1er octobre (Ville de Marseille)")
    P("Ce vendredi 1er octobre avait lieu la séance de rentrée du conseil municipal.\n170 délibérations\nont été examinées par les élus municipaux.",
      [CS], non=["1er octobre", "170"], notes="Compte (piège).")


    S("https://paysmidiquercy.fr/pcaet-quel-bilan-a-mi-parcours", "PCAET : quel bilan à mi-parcours ? (Pays Midi-Quercy)")
    P("Avec 137 millions d’euros par an, la facture énergétique de notre territoire pèse lourdement sur nos budgets.",
      [NRJ], non=["137 millions d'euros"], notes="Coût (piège).")

    S("http://www.hautegoulaine.fr/quotidien/actualites/vue-detaillee/news/un-eclairage-public-restreint/?tx_news_pi1%5Bcontroller%5D=News&tx_news_pi1%5Baction%5D=detail&cHash=f7898ab1dbea88abc5efd23bfab939e5", "Un éclairage public restreint (Haute-Goulaine)")
    P("En France, 41% des consommations d’électricité des collectivités territoriales proviennent de l’éclairage public soit 37% de leur facture d’électricité (Source ADEME).",
      [NRJ], non=["41%", "37%"], notes="Statistique (piège).")

    S("https://www.grandchambord.fr/services-au-quotidien/environnement/energie-climat/le-plan-climat-air-energie/", "Le plan climat air énergie (Communauté de communes du Grand Chambord)")
    P("Un de ses objectifs est la division par 4 des émissions de gaz à effet de serre (GES) du territoire de l’entente intercommunale à l’échéance 2050, grâce à une diversité d’actions qui engagent chacun d’entre nous, à son niveau.",
      [ENV], objs=[Q(4, "x", direction="decrease", kind="relative_change", horizon=2050, subject="émissions de GES du territoire")],
      notes="Facteur de division (nom).")
    P("Approuvé en mars 2020 par les Conseils communautaires des deux territoires, le PCAET est à présent en phase de mise en œuvre.",
      [ENV], non=["mars 2020"], notes="Date d'approbation (piège).")

    S("http://www.le-crestois.fr/index.php/journal-le-crestois/actus/4589-la-ccvd-adopte-son-plan-climat", "La CCVD adopte son plan climat (Le Crestois)")
    P("Un phénomène qui se fait d’ailleurs sentir localement : en 50 ans, les températures dans la vallée ont augmenté de 2,1 degrés...",
      [ENV], non=["50 ans", "2,1 degrés"], notes="Constat passé (piège).")

    S("https://www.labecedaire.fr/2019/08/13/enr-la-france-pourra-t-elle-repondre-aux-objectifs-de-bruxelles/", "EnR : la France pourra-t-elle répondre aux objectifs de Bruxelles ? (L'Abécédaire)")
    P("L’objectif européen en matière d’énergies renouvelables (EnR) étant fixé à 32% en 2030, la France veut marquer son engagement, en ciblant ce pourcentage dès 2028.",
      [NRJ], objs=[Q(32, horizon=2030, subject="part des énergies renouvelables (objectif européen)")],
      notes="La cible française reprend le même pourcentage (pas de second nombre écrit).", ambiguous=True)


    S("https://bulletindespalion.fr/actualite-45377-conference-amener-le-bio-a-la-cantine-un-defi-possible", "Conférence : amener le bio à la cantine, un défi possible (Bulletin d'Espalion)")
    P("Depuis 2022, la loi Egalim impose à la restauration collective publique d'offrir au moins 50% de produits durables, dont minimum 20% de produits labellisés “bio”, y compris en conversion. Des objectifs loins d'être atteints, la moyenne nationale étant de 6,5% de produits bio dans les cantines scolaires.",
      [ALIM], objs=[Q(50, comparator=">=", subject="produits durables en restauration collective publique"),
                    Q(20, comparator=">=", subject="dont produits bio")],
      non=["2022", "6,5%"], notes="Quota légal en vigueur « depuis » : pas d'horizon ; la moyenne est une statistique.")


    S("https://www.atabula.com/2018/10/18/un-collectif-demande-330-millions-deuros-par-an-a-letat-pour-la-restauration-collective/", "Un collectif demande 330 millions d'euros par an à l'État pour la restauration collective (Atabula)")
    P("Un collectif demande 330 millions d’euros par an à l’État pour la restauration collective.\n\nObjectif : que les menus soient composés à 50 % de produits bio et de qualité",
      [ALIM], objs=[Q(50, subject="produits bio et de qualité dans les menus")],
      non=["330 millions d'euros"], notes="La somme demandée est un moyen, pas l'objectif.")

    S("https://www.sieml.fr/2018/02/", "Plan stratégique des énergies renouvelables, le Siéml s'engage (SIEML)")
    P("Le 6 février, le comité syndical s’est prononcé favorablement pour la mise en œuvre d’un plan stratégique des énergies renouvelables en Maine-et-Loire. Cet engagement fort est l’aboutissement d’un travail réalisé depuis six mois.",
      [NRJ], non=["6 février", "six mois"], notes="Décision passée sans objectif chiffré (piège).")
