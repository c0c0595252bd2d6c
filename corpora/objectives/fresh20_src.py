"""Twentieth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh20.jsonl).

Collected in issue 15's twenty-first pass, blind to what the extractor gets wrong (no error listing, first score or
error table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages
that are not public bodies' own sites: national, regional and trade press (energy, wood, transport, fleets, seafood,
health, building), local radio, a cooperative, trade federations and interprofessions, networks and associations,
consultancies, companies' blogs and pages (a Swiss retailer among them), political groups' blogs, a municipal
campaign programme and a forum; about public purchasing and the targets it is measured against (EGalim and canteens,
AGEC plastics, LOM fleet quotas, décret tertiaire, sobriété énergétique, local wood in public building, a
département's « 100 % français » canteens) and about national and city climate plans (SNBC and budgets carbone,
Paris and Issy-les-Moulineaux), and traps: results of the past, statistics and surveys, budgets, counts, dates, legal
thresholds, estimates and a penalty. Pages of sites that neither the shared dev set, nor any training
passage (``corpora/real``, the collected set), nor an earlier fresh set uses (the build checks; one page whose text
syndicated an already used page was dropped). Labelled with the conventions of the shared real dev set; never run
through the extractor here (the lead scores it). Every passage is copied from the opening of a public web page as the
project's search tool stored it, cited by its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, GOV, NRJ, PME

SANTE = "sante"
BIO = "biodiversite"
NUM = "numerique_responsable"


def load(S, P, Q) -> None:

    S("https://up.coop/?p=46064", "Achats responsables, comment les mettre en œuvre au sein d’une collectivité ? (Up coopérative)")
    P("• Code des marchés publics en 2006, qui impose la prise en compte du développement durable dès la préparation du marché,",
      [ENV, GOV], non=["2006"], notes="Rappel d'une obligation déjà en vigueur, datée (piège).")

    S("http://www.ficime.com/consommation-denergie-batiments-du-tertiaire/", "Consommation d’énergie des bâtiments du tertiaire (FICIME)")
    P("Les bâtiments soumis à l’obligation doivent atteindre, pour chacune des années 2030, 2040 et 2050 un niveau de consommation d’énergie finale réduit, respectivement de 40 %, 50 % et 60 % (par rapport à une consommation énergétique de référence). L’année de référence est 2010 ou une année plus récente.",
      [NRJ], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="consommation d'énergie finale des bâtiments tertiaires"),
                   Q(50, direction="decrease", kind="relative_change", horizon=2040, subject="consommation d'énergie finale des bâtiments tertiaires"),
                   Q(60, direction="decrease", kind="relative_change", horizon=2050, subject="consommation d'énergie finale des bâtiments tertiaires")],
      non=["2010"], notes="Décret tertiaire : trois paliers « respectivement » appariés aux années ; l'année de référence (2010 ou plus récente) n'est pas fixée : pas d'année de base.", ambiguous=True)
    P("Les articles R.131-38 à R.131-44 du code de la construction et de l’habitation modifiés par ce décret sont entrés en vigueur à compter du 1er octobre 2019.",
      [NRJ, GOV], non=["R.131-38", "R.131-44", "1er octobre 2019"], notes="Numéros d'articles et date d'entrée en vigueur (piège).")

    S("https://www.leboisinternational.com/deuxieme-transformation/elus-et-prescripteurs-veulent-augmenter-le-bois-local-dans-les-batiments-publics-690242.php", "Élus et prescripteurs veulent augmenter le bois local dans les bâtiments publics (Le Bois International)")
    P("« De plus, le plan Ambition bois construction 2030 vise à augmenter sa croissance de 10 % par an. Le bois est donc le matériau renouvelable et biosourcé de la transition écologique. »",
      [ENV], objs=[Q(10, direction="increase", kind="growth_rate", per_year=True, subject="croissance de la construction bois")],
      non=["2030"], notes="« vise à augmenter … de 10 % par an » : taux de croissance annuel visé ; 2030 est dans le nom du plan, pas un horizon écrit comme tel.", ambiguous=True)
    P("Le lot bois (fourniture et pose) représente 20 à 25 % du prix d’un bâtiment, le coût de la matière n’étant que de 5 % du montant de la construction.",
      [ENV], non=["20 à 25 %", "5 %"], notes="Ordres de grandeur de coûts (piège).")
    P("Les collectivités peuvent bénéficier d’aides, une majoration de 10 % de la dotation équipements (DETR) sur le lot bois certifié local.",
      [ENV, PME], non=["10 %"], notes="Taux d'une aide financière, pas une cible (piège).")

    S("https://www.boisconstruction-occitanie.org/pourquoi-construire-en-bois-local/", "Pourquoi construire en bois local ? (Interprofession bois construction Occitanie)")
    P("La commande publique est un enjeu économique majeur. Le total des marchés publics en France est estimé à 200 milliards d’euros/an, soit 10% du PIB",
      [], non=["200 milliards d’euros/an", "10%"], notes="Volume total de la commande publique (piège).")
    P("En utilisant du bois local transformé par des entreprises locales, jusqu’à 89 % de l’argent investi reste sur votre territoire. Cela contribue à dynamiser et structurer une filière territoriale.",
      [PME, ENV], non=["89 %"], notes="« jusqu'à 89 % » décrit un effet estimé, pas une cible (piège).")

    S("https://ram05.fr/cantines-passer-au-bio-et-au-local-pour-changer-lagriculture", "Cantines : le bio et le local, puissant levier pour changer l’agriculture (RAM 05)")
    P("Depuis janvier 2022, la loi Egalim prévoit que les repas servis en restauration collective dans tous les établissements chargés d’une mission de service public intègrent 50% de produits dits « de qualité et durables », dont au moins 20 % de produits biologiques.",
      [ALIM], objs=[Q(50, subject="produits de qualité et durables dans les repas de la restauration collective publique"),
                    Q(20, comparator=">=", subject="produits biologiques dans les repas de la restauration collective publique")],
      non=["janvier 2022"], notes="Quota légal EGalim ; « depuis janvier 2022 » : obligation en vigueur, pas d'horizon.")
    P("Dans les Hautes-Alpes, la cuisine centrale de Briançon est également remarquée au niveau national pour la démarche qu’elle a engagée : réussir le pari de passer à plus de 75 % de bio, pour moitié issu de filières locales.",
      [ALIM, PME], objs=[Q(75, direction="increase", comparator=">=", subject="part de bio à la cuisine centrale de Briançon"),
                         Q(50, subject="part du bio issue de filières locales")],
      notes="« réussir le pari de passer à plus de 75 % » : démarche engagée, lue comme une cible (hausse, au moins) ; on ne sait pas si elle est déjà atteinte ; « pour moitié » = 50 %.", ambiguous=True)

    S("https://www.agoravox.fr/spip.php?page=forum&id_article=86055&id_forum=2773950&idf=2775730", "Forum d'un article sur l'éclairage (AgoraVox)")
    P("L’éclairage ne représente que 5% de la consommation d’électricité globale, et l’éclairage public qui est en quasi-totalité à basse consommation n’en représente qu’une petite fraction.",
      [NRJ], non=["5%"], notes="Statistique (piège).")

    S("https://www.ecoway-partners.com/post/sur-la-route-de-la-sobriete-energetique-les-collectivites-a-l-appel", "Sur la route de la sobriété énergétique : les collectivités à l'appel (Ecoway Partners)")
    P("Depuis juillet, les collectivités locales réfléchissent aux moyens qu'elles peuvent mettre en place afin de baisser la consommation énergétique française de 10% en deux ans, l'objectif assigné par l'exécutif.",
      [NRJ], objs=[Q(10, direction="decrease", kind="relative_change", subject="consommation énergétique française")],
      non=["deux ans"], notes="Objectif national de sobriété ; « en deux ans » n'est pas une année écrite : pas d'horizon.")
    P("Pour ce qui est de l'éclairage, l'Etat estime que nous pouvons économiser entre 40% et 80% d'énergie grâce à un passage aux éclairages Led avec un pilotage automatisé. Le retour de cet investissement surviendrait entre 4 et 6 ans après.",
      [NRJ], non=["40%", "80%", "4", "6 ans"], notes="Estimation d'un potentiel d'économies et d'un temps de retour (piège).")

    S("https://levenissian.fr/Eclairage-public?lang=fr", "Éclairage public (blog d'un élu de Vénissieux)")
    P("C’est une forte consommation énergétique et depuis plus de 10 ans, nos consommations baissent chaque année de 1 à 2% malgré l’augmentation des points lumineux.",
      [NRJ], non=["10 ans", "1 à 2%"], notes="Baisse passée constatée chaque année (piège).")
    P("Nous en sommes à 1850 points en LED sur 10 000 et notre budget global d’investissement dans l’éclairage public nous permet de réaliser 2 à 300 points par an.",
      [NRJ], non=["1850", "10 000", "2 à 300"], notes="État d'avancement et capacité budgétaire, pas une cible (piège).")

    S("https://www.tpbm-presse.com/tpm-des-trophees-pour-la-bonne-clause-114844.html", "TPM : des trophées pour la bonne clause (TPBM)")
    P("A l’échelle de TPM, le travail déployé autour de la clause représenterait une entreprise de 130 salariés, autant de personnes accompagnées vers une réorientation professionnelle salvatrice suite à des fragilités sociales et d’emploi.",
      [CS], non=["130"], notes="Équivalent en emplois d'un résultat (piège).")

    S("https://vertigo-energy.com/moebus/blog/un-parc-dautobus-tres-carbone-en-voie-de-conversion/", "Un parc d’autobus très carboné en voie de conversion (Vertigo Energy, programme Moébus)")
    P("Elles doivent amorcer la conversion de leur parc par l’intégration systématique de véhicules à faibles émissions dans le renouvellement. Cette obligation de renouvellement propre étant fixé à au moins 50% du renouvellement d’autobus à partir de 2020[2]avec un objectif de 100% d’ici 2024.",
      [ENV], objs=[Q(50, comparator=">=", horizon=2020, subject="véhicules à faibles émissions dans le renouvellement des autobus"),
                   Q(100, horizon=2024, subject="véhicules à faibles émissions dans le renouvellement des autobus")],
      non=["[2]"], notes="Quota légal par paliers : « à partir de 2020 » est le premier palier d'une trajectoire (horizon), « d'ici 2024 » le second ; l'appel de note [2] n'est pas un nombre.", ambiguous=True)
    P("Seulement 2% des autobus composant le parc français sont des bus électriques. Plus de 10 % des bus fonctionnent au GNV (gaz naturel). C’est ainsi plus de 3/4 du parc qui fonctionne encore au gazole.",
      [ENV, NRJ], non=["2%", "10 %", "3/4"], notes="Composition actuelle du parc (piège).")

    S("https://online.flipbuilder.com/sxoa/xham/files/basic-html/page33.html", "Mobilités Magazine n° 51, page 33 (opérateurs et réseaux)")
    P("Il faut aussi réaliser que depuis 2015, les règlementations* se font plus pressantes. En 2015, l’objectif inclus dans la LTECV était de réduire les émissions de gaz à effet de serre de 40 % d’ici 2030 par rapport à 1990. L’Union européenne vient d’annoncer qu’il serait de 55%.",
      [ENV], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, baseline_year=1990, subject="émissions de gaz à effet de serre (LTECV)"),
                   Q(55, direction="decrease", kind="relative_change", subject="émissions de gaz à effet de serre (objectif européen)")],
      non=["2015", "2015"], notes="Deux objectifs nationaux/européens ; le second (« il serait de 55% ») reprend le même objectif sans répéter l'année : horizon et base laissés vides.", ambiguous=True)
    P("avec « un taux d’achats de véhi- cules neufs utilisant une énergie alternative au gazole passant à 70 %, contre 50 % en 2019, soit plus de deux autobus neufs sur trois ».",
      [ENV, NRJ], non=["70 %", "50 %", "2019", "deux", "trois"], notes="Résultat passé ; « passant à 70 % » décrit une évolution constatée (piège).")
    P("En 2015, les bus au gazole représentaient un peu plus de deux tiers (68 %) des bus neufs, l’an dernier un peu moins d’un tiers (31,2%) seulement. En 2025, en principe, il n’y en aura plus un seul.",
      [ENV, NRJ], non=["2015", "deux tiers", "68 %", "un tiers", "31,2%", "2025"], notes="Parts passées ; « en 2025, en principe, il n'y en aura plus un seul » est une conséquence annoncée de la règle, sans valeur cible positive : traité comme piège.", ambiguous=True)

    S("https://leventtourne.org/transport-electrique", "Passer au transport électrique (Le vent tourne, blog)")
    P("- La loi nous pousse à avoir des véhicules plus propres. Il y a des quotas à respecter, surtout pour les grandes villes, et 2025, c’est bientôt pour le renouvellement complet des flottes.",
      [ENV], objs=[Q(100, horizon=2025, subject="renouvellement des flottes de bus en véhicules propres")],
      notes="« renouvellement complet des flottes » en 2025 : lu comme 100 % (comme « l'ensemble »), horizon 2025 ; formulation familière.", ambiguous=True)

    S("https://www.businesshome.fr/les-avantages-du-papier-a4-recycle-pour-votre-entreprise-ecologie-et-economies", "Les avantages du papier A4 recyclé pour votre entreprise (Business Home)")
    P("En France, un individu consomme en moyenne 53 kilogrammes de papier par an, et cette consommation se révèle encore plus importante dans le cadre professionnel, où un employé utilise environ trois ramettes de papier chaque mois.",
      [CIRC], non=["53 kilogrammes", "trois"], notes="Statistiques de consommation (piège).")

    S("https://forumeco.fr/la-marne-signe-avec-letat-une-convention-de-spie/", "La Marne signe avec l’Etat une convention de SPIE (Forum Eco)")
    P("Expérimenté dans 14 départements l’année dernière, le dispositif SPIE, lancé par l’Etat en faveur de l’insertion et de l’emploi, s’étend cette année à 31 nouveaux départements dont la Marne et les Ardennes.",
      [CS], non=["14", "31"], notes="Comptes de départements (piège).")
    P("Cet Appel s’accompagne d’une subvention de 500 000 euros sur deux ans au profit de 30 Départements, pour une première vague.",
      [CS], non=["500 000 euros", "deux ans", "30"], notes="Montant d'une subvention et nombre de bénéficiaires (piège).")

    S("https://itartbag.com/responsables-ensemble-les-acteurs-de-la-filiere-engages-pour-la-preservation-des-ressources-de-la-mer", "Responsables ensemble : les acteurs de la filière engagés pour la préservation des ressources de la mer (Itartbag)")
    P("La réforme de la PCP (Politique Commune de la Pêche) de 2014 prévoyait qu’en 2020 les quotas européens respectent les avis scientifiques… 46 % des quotas sont toujours supérieurs aux limites de captures recommandées par les scientifiques.",
      [BIO, ALIM], non=["2014", "2020", "46 %"], notes="Objectif passé et non chiffré, suivi d'un constat : pas de cible chiffrée (piège).", ambiguous=True)

    S("https://pdm-seafoodmag.com/reportages-et-decryptages/restauration-collective-un-boulevard-pour-les-labels-publics", "Restauration collective : un boulevard pour les labels publics (PDM Seafood Mag)")
    P("À partir de janvier 2022, comme le prévoit la loi Egalim (1), les repas servis dans les établissements publics de restauration collective devront comprendre au moins 50 % de produits sous signe de qualité, bio ou issus d’exploitations ayant une haute certification environnementale. Le bio, en particulier, doit peser au moins 20 %.",
      [ALIM], objs=[Q(50, comparator=">=", subject="produits sous signe de qualité ou durables dans les repas de la restauration collective publique"),
                    Q(20, comparator=">=", subject="produits bio dans les repas de la restauration collective publique")],
      non=["janvier 2022", "(1)"], notes="Quota légal à un seul niveau ; « à partir de janvier 2022 » = entrée en vigueur, pas un horizon selon les conventions (cas limite) ; (1) est un appel de note.", ambiguous=True)
    P("Ces professionnels motivés ont mis en moyenne plus de six ans à parvenir aux objectifs de la loi Egalim. Soit deux fois plus de temps que celui restant d’ici 2022.",
      [ALIM], non=["six ans", "deux fois", "2022"], notes="Résultat d'enquête ; « deux fois plus » compare des durées, pas une cible (piège).")

    S("https://www.jsr-conseil.fr/produits-bio-restauration-collective/", "Produits bio en restauration collective (JSR Conseil)")
    P("Les repas servis dans les cantines devront comprendre au moins 50% de produits acquis selon des modalités prenant en compte le coût du cycle de vie du produit, de produits issus de l’agriculture biologique, de ceux bénéficiant de l’écolabel pêche, et encore ceux issus d’une exploitation ayant fait l’objet d’une certification environnementale.\nLa part fixée pour le bio est d’au moins 20% de la valeur totale.",
      [ALIM], objs=[Q(50, comparator=">=", subject="produits durables et de qualité dans les repas des cantines"),
                    Q(20, comparator=">=", subject="produits bio dans la valeur totale des achats des cantines")],
      notes="Quota légal EGalim (« devront », « au moins ») ; pas d'année dans le passage.")
    P("Pour les organismes de restauration collective publique servant plus de 100 couverts par jour en moyenne sur l’année devront présenter annuellement un plan de diversification de protéines, en y incluant des alternatives à base de protéines végétales aux repas proposés.",
      [ALIM], objective=True, non=["100"], notes="Obligation non chiffrée (objectif qualitatif) ; 100 couverts est un seuil d'application.")

    S("https://www.transitionnews.fr/reduire-les-emissions-carbone-liees-aux-achats-des-entreprises-strategies-pour-maitriser-le-scope-3", "Réduire les émissions carbone liées aux achats des entreprises (Transition News)")
    P("Pour de nombreuses organisations, ces émissions peuvent représenter plus de 70 % de l’empreinte totale, parfois même 90 % dans les secteurs où la production est largement externalisée.",
      [ENV], non=["70 %", "90 %"], notes="Ordres de grandeur (piège).")

    S("https://vegecantines.fr/une-proposition-de-loi-pour-plus-de-repas-vegetariens-a-la-cantine", "Une proposition de loi pour plus de repas végétariens à la cantine (Végécantines)")
    P("Depuis 2019, toutes les écoles ont l’obligation de proposer au moins un repas végétarien par semaine.\nLa députée Francesca Pasquini estime qu’il faut aller plus loin : en avril, elle défendra une proposition de loi pour rendre obligatoire, soit 2 repas végétariens par semaine pour tous les convives, soit une option végétarienne quotidienne.",
      [ALIM], objs=[Q(1, unit="count", kind="absolute", comparator=">=", subject="repas végétariens par semaine dans les écoles"),
                    Q(2, unit="count", kind="absolute", subject="repas végétariens par semaine (proposition de loi)")],
      non=["2019"], notes="Obligation légale en vigueur (« au moins un … par semaine ») et proposition de loi (plaidoyer, alternative à une option quotidienne) ; unité : nombre de repas ; « par semaine » n'est pas annuel.", ambiguous=True)

    S("http://esha-les-verts.fr/?p=4458", "Groupement de commande pour l’achat d’électricité : c’est signé (élus écologistes de Saint-Herblain)")
    P("Ainsi, les tarifs réglementés applicables aux consommateurs souscrivant une forte puissance, tels que les collectivités, ont vocation à disparaître le 1er janvier 2016.",
      [NRJ], non=["1er janvier 2016"], notes="Date d'une réforme tarifaire (piège).")
    P("Enfin, en permettant la transition énergétique, en favorisant la pénétration du marché par les énergies renouvelables, via l’instauration d’un pourcentage élevé d’énergie verte.",
      [NRJ, ENV], objective=True, notes="Objectif qualitatif du groupement de commandes (« pourcentage élevé » sans valeur).", ambiguous=True)

    S("http://www.chantiersdefrance.fr/marches/travaux-publics-freins-leviers-a-lutilisation-materiaux-reemployes/", "Travaux publics – Freins et leviers à l’utilisation des matériaux réemployés (Chantiers de France)")
    P("La gestion des déchets du BTP figure parmi les priorités du Programme national de prévention éponyme 2014-2020. Celui-ci suggère notamment d’identifier les leviers sur lesquels agir pour développer l’utilisation des « matériaux réemployés. »",
      [CIRC], objective=True, non=["2014-2020"], notes="Orientation non chiffrée d'un programme national ; 2014-2020 est la période du programme.", ambiguous=True)
    P("Ils se sont focalisés sur 16 cas pratiques de réemploi (sur un total de 141), lesquels ont fait l’objet de fiches de retours d’expériences.",
      [CIRC], non=["16", "141"], notes="Comptes d'une étude (piège).")

    S("https://www.maia.bio/egalim-plastique", "La chasse au plastique dans les cantines (Maïa)")
    P("Pour ces raisons, la production de plastique est passée de 1.5 millions de tonnes en 1950 à plus de 322 millions de tonnes en 2015.",
      [CIRC], non=["1.5 millions de tonnes", "1950", "322 millions de tonnes", "2015"], notes="Évolution passée avec « passée de … à » (piège).")
    P("Au plus tard le 1er janvier 2025, l’utilisation de contenants alimentaires de cuisson, de réchauffe ou de service en matière plastique est interdite dans les services de restauration collective",
      [CIRC, ALIM, SANTE], objective=True, non=["1er janvier 2025"], notes="Interdiction légale datée, sans valeur chiffrée : objectif qualitatif.", ambiguous=True)

    S("http://www.7h02.eu/un-small-business-act-pour-quoi-faire/", "Un Small Business Act, pour quoi faire ? (7h02, blog)")
    P("Si l’on en croit l’Observatoire économique de l’achat public (OEAP, les Énarques adorent les acronymes), le volume financier des MP en 2012 représente 75,5 milliards d’euros, soit un peu moins de 4% du PIB (source INSEE).",
      [], non=["2012", "75,5 milliards d’euros", "4%"], notes="Volume de la commande publique (piège).")

    S("https://cfpa-formation.fr/37-des-marches-attribues-a-une-entreprise-du-coin", "37 % des marchés attribués à une entreprise du coin (CFPA Formation)")
    P("Les collectivités attribuent 37% de leurs marchés à des entreprises situées dans le même département qu’elles. Cette proportion est nettement plus importante pour les PME (55%) que pour les autres entreprises (19%).",
      [PME], non=["37%", "55%", "19%"], notes="Statistiques de recensement (piège).")

    S("https://radiogatine.fr/news/amp/le-departement-des-deux-sevres-annonce-100-de-produits-francais-dans-les-colleges-publics-des-la-rentree-2026-4458", "Le Département des Deux-Sèvres annonce 100 % de produits français dans les collèges publics dès la rentrée 2026 (Radio Gâtine)")
    P("En pleine crise agricole, entre les accords avec le Mercosur, la Dermatose Nodulaire Contagieuse (DNC), et la colère des agriculteurs bio sur la future loi d'urgence agricole, Coralie Dénoues, la présidente du Département des Deux-Sèvres a annoncé qu'à la rentrée prochaine, les cantines des collèges publics allaient proposer 100% de produits français dans les assiettes.",
      [ALIM, PME], objs=[Q(100, subject="produits français dans les cantines des collèges publics")],
      notes="Engagement annoncé ; « à la rentrée prochaine » : année implicite, pas d'horizon.")
    P("Le département mène déjà une politique en faveur du local, 48% des collèges publics s'approvisionnent à moins de 50 kilomètres de l'établissement.",
      [ALIM, PME], non=["48%", "50 kilomètres"], notes="Situation actuelle et distance seuil (piège).")

    S("https://niortinfo.media/restauration-scolaire-colleges-deux-sevres", "Restauration scolaire : les collèges des Deux-Sèvres vers le 100 % français (Niort Info)")
    P("Dès la rentrée scolaire 2026-2027, la collectivité s’engage vers « 100% Français » des approvisionnements pouvant être cultivées ou produites dans le département des Deux-Sèvres.",
      [ALIM, PME], objs=[Q(100, horizon=2026, subject="approvisionnements français des cantines des collèges (produits cultivables dans le département)")],
      notes="« Dès la rentrée scolaire 2026-2027 » : échéance de démarrage lue comme horizon 2026 (cas limite : c'est une année scolaire).", ambiguous=True)

    S("https://ebonnemain2020.fr/idea/associer-systematiquement-le-budget-de-la-ville-a-un-budget-carbone/", "Associer systématiquement le budget de la Ville à un budget carbone (programme municipal 2020)")
    P("– Un bilan carbone de la Mairie centrale sera publié tous les ans et nous proposons un objectif de réduction des émissions de 25%-30% pendant le mandat ; les opérateurs de la Ville et les bailleurs sociaux publieront également un bilan carbone annuel.",
      [ENV, GOV], objs=[Q(25, value_max=30, direction="decrease", kind="relative_change", subject="émissions de la mairie centrale sur le mandat")],
      notes="Proposition de programme électoral ; fourchette 25 à 30 % de réduction ; « pendant le mandat » : pas d'année écrite.", ambiguous=True)
    P("– La politique d’achat public de la Ville intégrera un critère fort de réduction de l’empreinte carbone : le non- respect des engagements carbone des délégataires de la Ville et des entreprises ayant gagné des appels d’offres entraînera des pénalités pouvant aller jusqu’à la rupture de contrat.",
      [ENV], objective=True, notes="Engagement non chiffré pour les achats publics (objectif qualitatif).")

    S("http://www.cnewsmatin.fr/france/2017-11-07/paris-les-500-mesures-du-nouveau-plan-climat-devoilees-768565", "Les 500 mesures du plan climat votées au conseil de Paris (CNews)")
    P("Le nouveau plan porte l'objectif de rénover de façon écologique 1 million de logements, d'ici à 2050, et plus de 50 million de m2 de bureaux, commerces, hôtels et équipements publics. Parmi eux, les écoles, collèges et piscines participeront à diminuer près de 40 % des consommations énergétiques du parc municipal.",
      [ENV, NRJ], objs=[Q(1000000, unit="count", kind="absolute", horizon=2050, subject="logements rénovés écologiquement à Paris"),
                        Q(40, direction="decrease", kind="relative_change", subject="consommations énergétiques du parc municipal")],
      notes="Plan climat municipal ; « plus de 50 million de m2 » est un objectif dans une unité hors liste (non étiqueté, non listé comme piège) ; la baisse de 40 % n'a pas d'année dans sa phrase.", ambiguous=True)

    S("https://europe1.fr/societe/paris-adopte-son-plan-climat-3498128", "Paris adopte son plan climat (Europe 1)")
    P("Le plan dont le calendrier est en plusieurs tranches, prévoit de diviser par deux la consommation énergétique de la capitale et d'éco-rénover un million de logements d'ici à 2050, ou de porter à 25% la part des énergies renouvelables et de récupération d'ici 2020.",
      [NRJ, ENV], objs=[Q(2, unit="x", direction="decrease", kind="relative_change", horizon=2050, subject="consommation énergétique de Paris"),
                        Q(1000000, unit="count", kind="absolute", horizon=2050, subject="logements éco-rénovés à Paris"),
                        Q(25, direction="increase", horizon=2020, subject="part des énergies renouvelables et de récupération")],
      notes="« diviser par deux » : facteur 2 en baisse (comme « diviser par quatre ») ; « d'ici à 2050 » porte sur les deux premiers objectifs ; « porter à 25% … d'ici 2020 » : hausse.", ambiguous=True)
    P("Il entend également produire localement 20% d'énergie renouvelable, faire de Paris une ville 100% cyclable dès 2020 ou encore de végétaliser des espaces.",
      [NRJ, ENV], objs=[Q(20, subject="énergie renouvelable produite localement"),
                        Q(100, horizon=2020, subject="ville cyclable")],
      notes="Deux cibles du plan climat ; « dès 2020 » : horizon de la seconde.")

    S("https://agri-city.info/fr/dossiers-et-articles/recyclage-ressources/la-ville-d-issy-les-moulineaux-adopte-un-budget-climat?format=amp", "La ville d’Issy-les-Moulineaux adopte un budget climat (Agri-City)")
    P("Pour 2021, la ville d’Issy-les-Moulineaux s’est fixée ainsi pour objectif une baisse de 3,5% de ses émissions de CO2.",
      [ENV], objs=[Q(3.5, direction="decrease", kind="relative_change", horizon=2021, subject="émissions de CO2 de la ville")],
      notes="Objectif annuel daté (« pour 2021 »).")
    P("Issy affiche déjà un bilan prometteur, avec une réduction de -26% du niveau d’émissions de gaz à effet de serre liées au secteur résidentiel depuis 2005.",
      [ENV], non=["-26%", "2005"], notes="Résultat passé (piège).")
    P("2- Calculer un plafond réaliste de réduction des émissions pour l’exercice budgétaire à venir (4 600 tonnes d’équivalent CO2 pour 2021 par exemple) ;",
      [ENV, GOV], objs=[Q(4600, unit="tCO2", direction="decrease", kind="absolute", horizon=2021, subject="réduction des émissions prévue au budget climat")],
      non=["2"], notes="Méthode ; l'exemple donné est le plafond de la ville pour 2021, lu comme une cible ; « 2- » est une numérotation.", ambiguous=True)


    S("https://viceversamag.com/entreprises-verdissement-flotte-avec-vehicules-agreables-a-conduire", "Quand les entreprises jouent le jeu du verdissement de leur flotte automobile (Vice Versa Mag)")
    P("Selon l’ONG Transport & Environnement, six grandes entreprises françaises sur dix ne respectent pas les obligations d’électrification de leur flotte de véhicules. Face à ce constat, le député Renaissance Damien Adam a proposé une loi visant à renforcer les mesures existantes.",
      [ENV], non=["six", "dix"], notes="Constat d'une ONG (piège).")
    P("En effet, depuis le 1er janvier 2024, les entreprises disposant d’au moins 100 véhicules doivent effectuer 20% de leurs commandes automobiles pour des véhicules électriques ou hybrides rechargeables.",
      [ENV], objs=[Q(20, subject="véhicules électriques ou hybrides rechargeables dans les commandes automobiles des entreprises")],
      non=["1er janvier 2024", "100"], notes="Quota légal en vigueur (« depuis ») : pas d'horizon ; 100 véhicules est un seuil.")
    P("Une amende administrative pouvant aller jusqu’à 5 000 euros par véhicule à faibles émissions manquant pour atteindre l’objectif est notamment envisagée.",
      [ENV], non=["5 000 euros"], notes="Montant d'une sanction envisagée (piège).")

    S("http://mediaterre.org/france/actu,20130118155452.html", "Charte Objectif CO2 (Médiaterre)")
    P("12 000 entreprises adhérentes devraient avoir signé la charte d'ici fin 2015 ; c'est en tout cas l'un des objectifs de cet engagement de la Confédération. L'ADEME souhaite ainsi renforcer la dynamique de la charte \" Objectif CO2 \", qui a déjà permis à plus de 700 entreprises d'améliorer concrètement leurs performances environnementales.",
      [ENV], objs=[Q(12000, unit="count", kind="absolute", horizon=2015, subject="entreprises adhérentes signataires de la charte Objectif CO2")],
      non=["700", "CO2"], notes="« devraient avoir signé … d'ici fin 2015 ; c'est … l'un des objectifs » : cible ; 700 entreprises est un résultat.")

    S("https://blog.carglass.fr/qualite-de-lair-les-flottes-auto-en-route-vers-la-neutralite-carbone/amp", "Qualité de l’air : les flottes auto en route vers la neutralité carbone (blog Carglass)")
    P("Depuis le 1er janvier, les entreprises ayant une flotte de plus de 100 véhicules auront ainsi l’obligation de renouveler 10 % de leur parc avec des véhicules à faibles émissions, hybrides ou électriques. Une part qui s’élèvera à 20 % en 2024, 40 % en 2027 et 70% en 2030, contre les 35 % et 50% initialement prévus.",
      [ENV], objs=[Q(10, subject="véhicules à faibles émissions dans le renouvellement des flottes d'entreprise"),
                   Q(20, horizon=2024, subject="véhicules à faibles émissions dans le renouvellement des flottes d'entreprise"),
                   Q(40, horizon=2027, subject="véhicules à faibles émissions dans le renouvellement des flottes d'entreprise"),
                   Q(70, horizon=2030, subject="véhicules à faibles émissions dans le renouvellement des flottes d'entreprise")],
      non=["100", "35 %", "50%"], notes="Trajectoire légale par paliers ; le premier palier (« depuis le 1er janvier ») n'a pas d'année écrite ; 35 % et 50 % sont les anciennes cibles abandonnées.", ambiguous=True)
    P("Par ailleurs, les Zones à Faibles Emissions (ZFE) se multiplient partout en France. D’ici 2025, toutes les villes de plus de 150 000 habitants passeront en ZFE.",
      [ENV, SANTE], objs=[Q(100, horizon=2025, subject="villes de plus de 150 000 habitants en zone à faibles émissions")],
      non=["150 000"], notes="« toutes les villes » lu comme 100 % (convention « tous les ») ; obligation réglementaire, pas un achat.", ambiguous=True)

    S("https://pqn-a.fr/fr/acteurs-territoires/experiences/les-clauses-sociales-dans-les-marches-publics-comment-le-club-de-l-achat-social-et-solidaire-17-facilite-leur-mise-en-oeuvre", "Les clauses sociales dans les marchés publics : le Club de l'Achat Social et Solidaire (17) (PQN-A)")
    P("Les recettes représentent 95 000 € sur l’année 2024, provenant des partenaires permanents, des adhésions ponctuelles. Le reliquat est financé jusqu’à présent par l’État.",
      [CS, GOV], non=["95 000 €", "2024"], notes="Budget (piège).")

    S("https://francais.medscape.com/voirarticle/3608615", "Hôpitaux écoresponsables : les obstacles réglementaires (Medscape)")
    P("Le secteur de la santé est responsable de près de 8 % des émissions de gaz à effet de serre (GES) du pays, soit près de 50 millions de tonnes de CO2 chaque année selon un récent rapport du Shift Project appelant à « décarboner la santé pour soigner durablement ».",
      [ENV, SANTE], non=["8 %", "50 millions de tonnes"], notes="Statistique (piège).")

    S("https://sante-future.com/actualites-sante/55819-a-l-hopital-transition-ecologique-et-gestion-des-ressources-economiques-convergent.html", "À l’hôpital, transition écologique et gestion des ressources économiques convergent (Santé Future)")
    P("Avec 700 000 tonnes par an, selon la Direction générale de la santé, l’ensemble des déchets produits lors des soins hospitaliers représente 3,5 % de la production nationale.",
      [CIRC, SANTE], non=["700 000 tonnes", "3,5 %"], notes="Statistique (piège).")

    S("https://greenetvert.fr/decarbonation-2030-france-transports-batiment-industrie", "Décarbonation à l’horizon 2030 : la France privilégie les transports, le bâtiment et l’industrie (Green et Vert)")
    P("L'objectif est de réduire de 41 millions de tonnes les émissions d'ici 2030, en favorisant les véhicules électriques et les alternatives plus vertes. Le gouvernement envisage que 66% des voitures neuves vendues en 2030 soient électriques, malgré une réduction du budget alloué à cette transition.",
      [ENV], objs=[Q(41000000, unit="tCO2", direction="decrease", kind="absolute", horizon=2030, subject="émissions des transports"),
                   Q(66, horizon=2030, subject="voitures neuves vendues électriques")],
      notes="Objectifs de la SNBC ; « envisage que 66% … en 2030 » lu comme cible.", ambiguous=True)
    P("Le secteur du bâtiment, représentant 16% des émissions nationales, est appelé à jouer un rôle majeur, avec une cible de réduction de 27 millions de tonnes de CO2.",
      [ENV, NRJ], objs=[Q(27000000, unit="tCO2", direction="decrease", kind="absolute", subject="émissions du secteur du bâtiment")],
      non=["16%"], notes="Cible de réduction en volume, sans année dans le passage ; 16 % est une part actuelle.")

    S("https://www.ville-rail-transports.com/politique/22413-la-france-se-dote-de-budgets-carbone-pour-reduire-ses-emissions-de-co2/", "La France se dote de budgets carbone pour réduire ses émissions de CO2 (Ville, Rail & Transports)")
    P("Alors que les émissions de GES ont atteint 492 millions de tonnes équivalent CO2 en 2013, le texte prévoit de les ramener à 358 millions de tonnes en moyenne par an pour la période 2024-2028.",
      [ENV], objs=[Q(358000000, unit="tCO2", direction="decrease", kind="absolute", per_year=True, baseline_year=2013, baseline_value=492000000, subject="émissions nationales de GES (budget carbone)")],
      non=["2024-2028"], notes="« ramener à » : baisse vers un niveau ; « en moyenne par an » ; la période 2024-2028 n'est pas un horizon ; base 2013 = 492 Mt.", ambiguous=True)
    P("Le transport en particulier, actuellement le plus gros contributeur aux émissions de GES, devra réduire ses émissions de 29 % à l’horizon du troisième budget carbone.",
      [ENV], objs=[Q(29, direction="decrease", kind="relative_change", subject="émissions du transport")],
      notes="Horizon désigné par le budget carbone, sans année écrite.")

    S("https://batirama.com/amp/article/12038-emissions-de-co2-le-batiment-doit-faire-des-efforts.html", "Émissions de CO2 : le bâtiment doit faire des efforts (Batirama)")
    P("Pour l'année 2028, les émissions devront être tombées à 343 millions de tonnes d'équivalent CO2, selon la stratégie nationale bas-carbone adoptée lors de ce Conseil des ministres. Cela représente une baisse des émissions de GES de 30% par rapport à 2013.",
      [ENV], objs=[Q(343000000, unit="tCO2", direction="decrease", kind="absolute", horizon=2028, subject="émissions nationales de GES"),
                   Q(30, direction="decrease", kind="relative_change", horizon=2028, baseline_year=2013, subject="émissions nationales de GES")],
      notes="Même cible en volume et en pourcentage ; « devront être tombées à » : baisse ; horizon 2028 porté aux deux.", ambiguous=True)
    P("Le secteur du bâtiment, qui représente 20% des émissions de GES de la France, sera le plus mis à contribution avec un objectif de réduction de 54% des émissions d'ici 2028, notamment via la rénovation énergétique des logements.",
      [ENV, NRJ], objs=[Q(54, direction="decrease", kind="relative_change", horizon=2028, subject="émissions du secteur du bâtiment")],
      non=["20%"], notes="Objectif sectoriel daté ; 20 % est une part actuelle.")

    S("https://lepolitique.net/2023/05/planification-ecologique-elisabeth-borne-affiche-son-volontarisme-malgre-un-plan-sans-mesures-concretes/", "Planification écologique : Élisabeth Borne affiche son volontarisme (Le Politique)")
    P("Pour se conformer à ses engagements européens, la France doit réduire ses émissions de dioxyde de carbone (CO2) d’ici à 2030 de 50 % par rapport à 1990, afin d’arriver à 270 millions de tonnes équivalent CO2 (MTeCO2), contre 408 millions en 2022.",
      [ENV], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2030, baseline_year=1990, subject="émissions nationales de CO2"),
                   Q(270000000, unit="tCO2", kind="absolute", horizon=2030, subject="émissions nationales de CO2")],
      non=["408 millions", "2022"], notes="Même objectif en pourcentage et en volume ; 408 Mt en 2022 est le niveau actuel (non étiqueté comme base).", ambiguous=True)
    P("« La répartition de l’effort par secteur », précisée dans un document préparé par le secrétariat général à la planification écologique (SGPE), donne le chemin à parcourir : pour atteindre les objectifs de 2030, les bâtiments devront voir leurs émissions réduites de 53 % par rapport à 2022, l’énergie de 42,5 % et l’industrie de 37,5 %.",
      [ENV, NRJ], objs=[Q(53, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2022, subject="émissions des bâtiments"),
                        Q(42.5, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2022, subject="émissions de l'énergie"),
                        Q(37.5, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2022, subject="émissions de l'industrie")],
      notes="Répartition sectorielle de l'objectif 2030 ; « les objectifs de 2030 » : horizon ; base 2022 partagée.")

    S("https://batijournal.com/index.php/strategie-nationale-bas-carbone/90535/", "Stratégie nationale bas-carbone (Batijournal)")
    P("Au-delà de 2020, la France s’est fixé des objectifs de réduction de gaz à effet de serre encore plus ambitieux, notamment avec la loi sur la transition énergétique pour la croissance verte : – 40 % de ses émissions totales en 2030 par rapport à 1990 et – 75 % de ses émissions totales en 2050 par rapport à 1990 (Facteur 4).",
      [ENV], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, baseline_year=1990, subject="émissions totales de GES"),
                   Q(75, direction="decrease", kind="relative_change", horizon=2050, baseline_year=1990, subject="émissions totales de GES")],
      non=["2020"], notes="Objectifs de la LTECV ; « Facteur 4 » redit l'objectif de -75 % (non étiqueté séparément).")

    S("https://sustainable.coop.ch/fr/objectifs-assortiments", "1er pilier assortiments durables (Coop, Suisse)")
    P("Objectif n° 1 Garantir transparence et traçabilité tout au long de la chaîne d’approvisionnement pour 100% des matières premières critiques utilisées dans la fabrication de nos produits de marque propre.",
      [GOV], objs=[Q(100, subject="matières premières critiques tracées dans la chaîne d'approvisionnement")],
      non=["1"], notes="Objectif d'achats responsables d'un distributeur ; « n° 1 » est une numérotation.")
