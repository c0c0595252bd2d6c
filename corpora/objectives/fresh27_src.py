"""Twenty-seventh set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh27.jsonl).

Collected in issue 15's twenty-eighth pass, blind to what the extractor gets wrong (no error listing, first score or
error table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages
of local and regional public bodies only: KINDS_PLACEHOLDER. No State body, no national body, no press, no
association, no company. The stored pages corpus holds few unused pages of this kind (most hits were refused as
hosts of earlier sets). Pages of sites that neither the shared dev set, nor any training passage (``corpora/real``,
the collected set), nor an earlier fresh set or theme set uses (the build checks the first three; every host was also
checked by hand against every URL under ``corpora/`` and of the dev set). Labelled with the conventions of the shared
real dev set; never run through the extractor here (the lead scores it). Every passage is copied from the opening of
a public web page as the project's search tool stored it, cited by its URL, 70 words or fewer. No detector is trained
on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, ESS, GOV, HAND, NRJ, PME

BIO = "biodiversite"
EGAL = "egalite_femmes_hommes"
NUM = "numerique_responsable"
SANTE = "sante"
TRAV = "conditions_de_travail"
INNO = "achats_innovants"
EQUI = "commerce_equitable"


def load(S, P, Q) -> None:

    S("https://www.energies-vienne.fr/signature-des-4-premieres-conventions-de-financement-de-travaux/", "Signature des 4 premières conventions de financement de travaux (Syndicat Énergies Vienne)")
    P("A ce jour, 186 communes et 6 intercommunalités sont engagées dans le programme de rénovation énergétique des bâtiments publics. Au total, ce seront 1 200 audits qui seront réalisés d’ici 2024, 50 projets de travaux par an pendant 10 ans pour un investissement global de 100 M€ TTC.",
      [NRJ], objs=[Q(1200, unit="count", kind="absolute", horizon=2024, subject="audits énergétiques de bâtiments publics"),
                   Q(50, unit="count", kind="absolute", per_year=True, subject="projets de travaux de rénovation énergétique par an")],
      non=["186", "6", "10 ans", "100 M€ TTC"],
      notes="Programme du syndicat d'énergie : 1 200 audits d'ici 2024 et 50 projets par an sont des cibles de volume ; 186 communes et 6 intercommunalités engagées sont un constat ; 100 M€ est l'enveloppe d'investissement (budget, piège). Cibles d'activité plutôt que d'achat : discutable.", ambiguous=True)
    P("Avec une consommation initiale annuelle de 180 MWh, la rénovation de ces 4 bâtiments va permettre d’abaisser leur consommation en énergie de 70 % et d’autant leur émission de gaz à effet de serre. Les communes devraient réaliser une économie de 50% sur leur facture d’énergie, devenant ainsi moins impactées quant à la volatilité des prix de l’énergie.",
      [NRJ, ENV], objs=[Q(70, direction="decrease", kind="relative_change", subject="consommation d'énergie des 4 bâtiments rénovés", themes=(NRJ,))],
      non=["180 MWh", "4", "50%"],
      notes="« va permettre d'abaisser … de 70 % » : gain visé par les travaux, étiqueté comme objectif de baisse relative ; « devraient réaliser une économie de 50% » sur la facture est une estimation (prévision, piège) ; 180 MWh est la consommation de départ.", ambiguous=True)

    S("https://www.baronnies-provencales.fr/actualite/les-parcs-acteurs-de-la-transition-energetique-et-climatique/", "Les Parcs, acteurs de la transition énergétique et climatique (Parc naturel régional des Baronnies provençales)")
    P("Engagé fin 2013 dans un objectif d’autonomie énergétique à l’horizon 2030, le réseau des Parcs mobilise ses techniciens, ses élus et l’ensemble des partenaires",
      [NRJ], objective=True, non=["2013", "2030"],
      notes="Objectif qualitatif (autonomie énergétique) avec un horizon, mais sans valeur chiffrée : on n'étiquette pas « autonomie » comme 100 %. Tranche d'une phrase plus longue.", ambiguous=True)
    P("Pour Jean-Louis Joseph : « Les Parcs (15 % du territoire national) ont anticipé la transition énergétique en portant des projets innovants, créatifs, dans l’éducation à l’environnement, dans la reconquête de la biodiversité, le transfert de consommation des énergies fossiles vers des énergies renouvelables – produites localement dans la valorisation de ressources et du patrimoine naturel… »",
      [NRJ, BIO, ENV], non=["15 %"], notes="Part du territoire couverte par les Parcs (statistique, piège).")

    S("https://climat.entre-bievreetrhone.fr/public/projet/212-reduire-la-part-des-batiments-equipements-et-logements-publics-energivores,7.html", "2.1.2 - Réduire la part des bâtiments, équipements et logements publics énergivores (Plan climat, Communauté de communes Entre Bièvre et Rhône)")
    P("Les dépenses d’énergie des communes ont augmenté de 35,5% par rapport à 2005, alors que la consommation d’énergie en kWh par habitant a été réduite de 9%. Au total, la facture d’énergie des collectivités est de l’ordre de 49 € par an et par habitant pour les communes de plus de 500 habitants, hors Paris, Lyon et Marseille.",
      [NRJ], non=["35,5%", "2005", "9%", "49 €", "500"], notes="Évolutions passées et dépense moyenne (statistiques nationales, piège) malgré les verbes de changement.")
    P("Sur la Communauté de Communes Entre Bièvre et Rhône, 9 communes sur 37 ont déjà fait appel au Conseiller en Energie Partagée (CEP) proposé par territoire d'énergie Isère (TE38).",
      [NRJ, GOV], non=["9", "37", "38"], notes="Nombre de communes accompagnées (constat, piège) ; 38 est dans le sigle TE38.")

    S("https://www.mairie-angerville.fr/actualite/sobriete-energetique-la-commune-participe-et-montre-lexemple/", "Sobriété énergétique : la Commune participe et montre l'exemple (Mairie d'Angerville)")
    P("L’ensemble des bâtiments jusque là rétro-éclairés tels que l’église ou la maison de santé ne le seront plus à partir de 23h. L’éclairage du stade de football étant particulièrement énergivore, son utilisation à pleine puissance sera désormais et jusqu’à nouvel ordre interdite. En revanche le club pourra toujours procéder à l’allumage partiel de l’éclairage dit en « mode entraînement » jusqu’à 21h30 maximum.",
      [NRJ], objective=True, non=["23h", "21h30"],
      notes="Mesures de sobriété décidées par arrêté (engagement qualitatif) ; les heures sont des horaires d'extinction, pas des cibles chiffrées.", ambiguous=True)

    S("https://tarn.fr/votre-departement/vous-represente/organisation-administrative/rapport-annuel-de-situation-en-matiere-degalite-entre-les-femmes-et-les-hommes", "Égalité femmes / hommes et Diversités au sein de la Collectivité et dans nos politiques publiques (Département du Tarn)")
    P("Le 14 février 2025, l’Assemblée départementale a débattu du Rapport annuel 2024 sur la situation en matière d’égalité entre les femmes et les hommes (EFH), présenté pour la première fois par politique publique.",
      [EGAL, GOV], non=["14 février 2025", "2024"], notes="Date de débat et année du rapport (piège).")
    P("Ce rapport comportait en outre cette année, en annexe, le nouveau Plan d’actions pour l’égalité professionnelle entre les femmes et les hommes 2025-2028 au sein de notre Collectivité. « La réduction des inégalités, la prévention des violences et l’information, la sensibilisation de tous » sont les trois nouveaux axes de ce Plan d’actions en direction des agents.",
      [EGAL, GOV], non=["2025-2028", "trois"], notes="Période du plan et nombre d'axes (piège) ; les axes sont des orientations sans cible chiffrée.")

    S("https://www.mairie-lognes.fr/actualites/electricite-lognes-passe-au-vert/", "Électricité : Lognes passe au vert (Mairie de Lognes)")
    P("Depuis le 1er janvier 2021, les collectivités n’ont plus accès au tarif réglementé fixé par les pouvoirs publics et proposé par les fournisseurs historiques. Elles doivent donc souscrire à une offre de marché proposée par l’ensemble des fournisseurs d’énergie.",
      [NRJ], non=["1er janvier 2021"], notes="Date d'entrée en vigueur d'une règle d'achat (piège), sans niveau visé.")
    P("A Lognes, la commission d’appel d’offres a retenu l’offre 100 % énergie verte de la société Total Direct Energie afin d’alimenter ses 57 points de livraison : services et bâtiments communaux, écoles et éclairages publics.",
      [NRJ], non=["100 %", "57"],
      notes="« 100 % énergie verte » décrit l'offre retenue par le marché déjà attribué (constat, piège, comme « jusqu'à 100 % » décrivant une offre) ; 57 points de livraison est un compte.", ambiguous=True)

    S("http://restauration-bio-durable-mouans-sartoux.fr/category/manger/les-dechets/peser-ses-restes-pour-diminuer-le-gaspillage/", "Peser ses restes pour diminuer le gaspillage (Restauration bio et durable, Ville de Mouans-Sartoux)")
    P("En France, la restauration collective est l’un des plus gros producteurs de biodéchets, on estime à 150 g le poids moyen des restes alimentaires pour une assiette (entre la surproduction issue de la cuisine et les rebuts laissés par les convives).",
      [ALIM, CIRC], non=["150 g"], notes="Statistique nationale (piège).")
    P("La sensibilisation des convives à cette problématique, la formation du personnel en cuisine et une meilleure organisation du service ont permis à ce jour de réduire localement de près de 80% le poids des denrées non consommées. Cela représente autant d’économies en amont puisque chaque repas coûte moins cher à produire : plus de quinze centimes sont récupérés !",
      [ALIM, CIRC], non=["80%", "quinze centimes"], notes="Baisse déjà obtenue (« ont permis à ce jour de réduire ») et économie par repas : résultats (piège) malgré le verbe de baisse.")
