"""Twenty-ninth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh29.jsonl).

Collected in issue 15's thirtieth pass, blind to what the extractor gets wrong (no error listing, first score or error
table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages of
communes and intercommunalités only: communes (a PCAET relay page of a small commune, the Eurométropole de Metz's
climate survey relayed by a member commune, zero-pesticide pages, municipal council minutes about energy purchasing
and public lighting, an Agenda 21 page, a municipal news page on a mairie publishing platform, clean vehicles of a
town), communautés de communes and d'agglomération (PCAET pages, a biowaste page, La Rochelle agglomération's
zero-carbon site); about climate, energy and waste targets (national and
legal targets relayed locally, territorial trajectories) and traps: legal thresholds, dates, durations, counts, costs,
statistics and estimated savings. No département, région, State body, press or company page. The stored pages corpus
holds few unused pages of this kind (most hits were refused as hosts of earlier sets), so the set is much smaller than
planned and its share of passages with a quantified objective (about a quarter) is below the dev set's. Pages of sites
that neither the shared dev set, nor any training passage (``corpora/real``, the collected set, the theme model's
training file), nor an earlier fresh set or theme set uses (the build checks the first ones; every host was also
checked by hand against every ``source_url`` of those files and of the sets collected at the same time).
Labelled with the conventions of the shared real dev set; never run through the extractor here (the lead scores it).
Every passage is copied from the opening of a public web page as the project's search tool stored it, cited by its
URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import CIRC, ENV, GOV, NRJ

BIO = "biodiversite"
SANTE = "sante"
ALIM = "alimentation_durable_bio_circuits_courts"


def load(S, P, Q) -> None:

    S("https://www.mairie-peltre.fr/a-la-une/une-1058/on-fait-quoi-pour-notre-climat-repondez-a-notre-enquete-en-ligne-3593.html", "On fait quoi pour notre climat ? Répondez à notre enquête en ligne (commune de Peltre)")
    P("- réduire sa consommation énergétique (objectif d’environ -25 % en 2030, par rapport à 2012) ;",
      [NRJ], objs=[Q(25, direction="decrease", kind="relative_change", horizon=2030, baseline_year=2012, subject="consommation énergétique du territoire de l'Eurométropole de Metz")],
      notes="Objectif du PCAET de l'Eurométropole (le sujet « sa » est dans la phrase précédente) ; « environ » n'est pas un comparateur.")
    P("- ralentir les émissions de gaz à effet de serre (objectif de -40 % en 2030, par rapport à 1990) ;",
      [ENV], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, baseline_year=1990, subject="émissions de gaz à effet de serre du territoire")],
      notes="Verbe « ralentir » mais cible écrite « -40 % » par rapport à 1990 : baisse, variation relative.")
    P("- 9 tonnes équivalent C02 : c’est la quantité de Gaz à Effet de Serre produit par un habitant du territoire en un an.\n- 160 décès prématurés : c'est le coût humain de la pollution atmosphérique sur l'Eurométropole de Metz.\n- 2550 € : c’est le montant de la facture énergétique annuelle pour un habitant du territoire.",
      [ENV, SANTE, NRJ], non=["9 tonnes", "160", "2550 €"], notes="Chiffres-clés du diagnostic (constats, piège).")
    P("Mais l'Eurométropole de Metz est engagée dans une démarché volontariste depuis plusieurs années maintenant, comme en témoigne ses 3 étoiles au label Climat-Air-Energie.",
      [GOV, ENV], non=["3 étoiles"], notes="Niveau de label obtenu (piège).")

    S("https://www.fontaine-fourches.fr/le-territoire-bassee-montois-bientot-dote-de-son-plan-climat-air-energie/", "Le territoire Bassée-Montois bientôt doté de son Plan Climat Air Energie (commune de Fontaine-Fourches)")
    P("Pour la France, il s’agit de diviser par 4 les émissions de gaz à effet de serre et de réduire de 50% les consommations d’énergies d’ici 2050.",
      [ENV, NRJ], objs=[Q(4, unit="x", direction="decrease", kind="relative_change", horizon=2050, subject="émissions de gaz à effet de serre de la France", themes=(ENV,)),
                         Q(50, direction="decrease", kind="relative_change", horizon=2050, subject="consommations d'énergie de la France", themes=(NRJ,))],
      notes="Objectifs nationaux rappelés par la commune ; « diviser par 4 » : facteur 4 en baisse (sur le modèle de « multiplier par 10 ») ; « d'ici 2050 » porte sur les deux.", ambiguous=True)
    P("C’est pourquoi, la loi sur la transition énergétique et la croissance verte de juillet 2015 renforce le rôle des intercommunalités en confiant à celles de plus de 20000 habitants, comme notre Communauté de Communes Bassée Montois, l’élaboration d’un plan climat-air-énergie territorial (PCAET) qui doit définir, sur le territoire de l’intercommunalité :",
      [GOV, ENV], non=["juillet 2015", "20000"], notes="Date de la loi et seuil de population (piège).")
    P("Pour la Communauté de Communes Bassée Montois, l’élaboration du PCAET a été lancée en septembre 2018. La première étape a consisté à réaliser un diagnostic du territoire.",
      [GOV, ENV], non=["septembre 2018"], notes="Date de lancement (piège).")

    S("http://www.ccvg.fr/pageLibre0001262f.aspx", "Plan Climat-Air-Energie Territorial (PCAET) (communauté de communes, ccvg.fr)")
    P("La Communauté de Communes est tenue de réaliser un Plan Climat Air Energie Territorial (PCAET) en tant qu’établissement de plus de 20 000 habitants.",
      [GOV, ENV], non=["20 000"], notes="Seuil légal de population (piège).")
    P("Le PCAET est une démarche de planification stratégique et opérationnelle pour une durée de 6 ans, il est révisable.\nIl s’articule autour de 4 documents :",
      [GOV], non=["6 ans", "4"], notes="Durée du plan et compte de documents (piège).")
    P("Cette démarche a été initiée par la Communauté de Communes par délibération du 18 février 2020.",
      [GOV], non=["18 février 2020"], notes="Date de délibération (piège).")

    S("https://www.ccl-valleedoree.fr/projets-actions/tri-des-biodechets-cest-quoi-que-dit-la-loi", "Tri des biodéchets : c'est quoi ? Que dit la loi ? (communauté de communes, ccl-valleedoree.fr)")
    P("Le Code de l’Environnement fixe des objectifs de diminution de 50% des déchets non dangereux et non inertes mis en décharge en 2025 par rapport à 2010.",
      [CIRC], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2025, baseline_year=2010, subject="déchets non dangereux non inertes mis en décharge")],
      notes="Objectif légal rappelé par la communauté de communes.")
    P("Pour concourir à l’atteinte de cet objectif, la loi prévoit d’augmenter la quantité de déchets faisant l'objet d'une valorisation sous forme de matière, notamment organique, en orientant vers ces filières de valorisation, 65 % en 2025 des déchets non dangereux non inertes, mesurés en masse.",
      [CIRC], objs=[Q(65, horizon=2025, subject="déchets non dangereux non inertes orientés vers la valorisation matière")],
      notes="« augmenter » porte sur la quantité, la cible 65 % est un niveau : reach ; on pourrait lire increase.", ambiguous=True)
    P("Pour ce faire, le tri à la source des déchets organiques devra être généralisé pour tous avant 2024. Chaque citoyen devra avoir à sa disposition une solution lui permettant de ne pas jeter ses biodéchets dans les ordures ménagères résiduelles, afin que ceux-ci ne soient plus éliminés, mais valorisés.",
      [CIRC], objs=[Q(100, horizon=2024, subject="habitants disposant d'une solution de tri à la source des biodéchets")],
      notes="« généralisé pour tous », « chaque citoyen » normalisés à 100 % ; « avant 2024 » lu comme échéance (horizon).", ambiguous=True)
    P("Les gros producteurs de biodéchets sont quant à eux concernés par la loi du 12 juillet 2010 portant engagement national pour l’environnement, dite loi Grenelle 2 qui leur impose le tri et la valorisation de leurs biodéchets dès lors que leur production dépasse 10 t/an de biodéchets (5 t/an de biodéchets à partir du 1er janvier 2023) et 60 l/an de déchets d’huiles alimentaires.",
      [CIRC], non=["12 juillet 2010", "2", "10 t/an", "5 t/an", "1er janvier 2023", "60 l/an"],
      notes="Seuils d'assujettissement d'une obligation (règle) et dates, pas des cibles (piège).")

    S("https://www.larochelle-zerocarbone.fr/actualites/-/asset_publisher/AUUyQVqR961E/content/tri-a-la-source-des-biodechets/10839", "Tri à la source des biodéchets (La Rochelle Territoire Zéro Carbone, communauté d'agglomération de La Rochelle)")
    P("Une loi a été adoptée au niveau national en 2020 (la loi AGEC Anti-gaspillage et pour l’économie circulaire) et toutes les collectivités ont l’obligation de proposer à leurs habitants une solution pour trier leurs biodéchets (déchets alimentaires et déchets verts) à compter du 1er janvier 2024, pour qu’ils ne soient pas déposés dans les ordures ménagères.",
      [CIRC], objective=True, non=["2020", "1er janvier 2024"],
      notes="Obligation légale sans niveau chiffré (on pourrait normaliser « toutes les collectivités » à 100 %) : objectif qualitatif ; « à compter du » : entrée en vigueur, pas d'horizon.", ambiguous=True)
    P("L’Agglo s’est engagée dans un programme ambitieux avec pour horizon l’année 2030. Les objectifs sont de :\n- réduire de 60 kg la quantité de déchets produite par habitant (production comparée à celle de 2019),\n- atteindre le taux de 60 % de valorisation des déchets (ordures ménagères, déchets alimentaires, verre, tri sélectif des emballages et papier, déchèterie), contre 42 % en 2019.",
      [CIRC], objs=[Q(60, unit="kg", direction="decrease", kind="absolute", horizon=2030, baseline_year=2019, subject="quantité de déchets produite par habitant"),
                    Q(60, horizon=2030, baseline_year=2019, baseline_value=42, subject="taux de valorisation des déchets")],
      non=["42 %"], notes="« avec pour horizon l'année 2030 » écrit dans le passage ; 42 % en 2019 : valeur de référence. Unité kg (par habitant) hors de la liste usuelle.", ambiguous=True)

    S("https://www.ville-bonneuil.fr/153-1317/fiche/3-nouveaux-vehicules-100-electriques-pour-la-ville.htm?L=", "3 nouveaux véhicules 100 % électriques pour la Ville (Bonneuil-sur-Marne)")
    P("En 2015, par exemple la Ville inaugurait la première station publique en Île-de-France de gaz naturel véhicule (GNV et bio-GNV), carburant qui réduit de 90% les émissions de particules fines, adaptant alors progressivement son parc automobile en se dotant de véhicules GNV et électriques : voitures, camions, vélos, trottinettes...",
      [ENV], non=["2015", "90%"], notes="« réduit de 90% » décrit une propriété du carburant, pas une cible (piège).")
    P("Mais surtout, plus de 80% des logements de la ville sont raccordés à la géothermie. Ce réseau qui exploite la chaleur de la terre pour le chauffage urbain produit 3 à 6 fois moins de CO2 que le chauffage électrique.",
      [NRJ, ENV], non=["plus de 80%", "3 à 6 fois"], notes="Constats (piège).")
    P("Coût total de ces 3 trois nouveaux véhicules pour la Ville : 362 800 €",
      [ENV], non=["3", "362 800 €"], notes="Coût d'achat (piège).")

    S("https://www.mairie-montonvillers.fr/c-r/", "C.R. Conseil Municipal du 25/08/2015 (commune de Montonvillers)")
    P("La séance étant ouverte, Monsieur le Maire expose que depuis le 1er juillet 2004 le marché de l’énergie est ouvert à la concurrence. Aujourd’hui, conformément aux articles L333-1 et L441-1 du Code de l’Energie, l’ensemble des consommateurs d’électricité et de gaz naturel peut choisir un fournisseur sur le marché et s’affranchir ainsi du tarif réglementé de vente proposé par les opérateurs historiques",
      [NRJ], non=["1er juillet 2004", "L333-1", "L441-1"], notes="Date et articles de code (piège).")
    P("Par ailleurs, une obligation de mise en concurrence s’appliquera pour les collectivités :\n\n  • Dès le 1er janvier 2015 aux bâtiments dont la consommation de gaz naturel excède 200 000 kWh par an.\n  • Dès le 1er janvier 2016 aux bâtiments dont la consommation de gaz excède 30 000 kWh par an.\n  • Dès le 1er janvier 2016 aux sites dont la puissance électrique est supérieure à 36 kVa.",
      [NRJ], non=["1er janvier 2015", "200 000 kWh", "1er janvier 2016", "30 000 kWh", "1er janvier 2016", "36 kVa"],
      notes="Seuils d'application d'une règle de mise en concurrence et dates d'entrée en vigueur (piège).")
    P("Etaient présents, 6  conseillers sur 7",
      [], non=["6", "7"], notes="Compte des présents (piège) ; passage sans thème.")

    S("http://moussy.fr/a-la-une/extinction-de-leclairage-public/", "Extinction de l'éclairage public (commune de Moussy)")
    P("Le conseil municipal a réalisé une étude relative au remplacement des lampes sodium par des LED.\n\nCette opération permettrait de diminuer d’environ 35 % la consommation d’énergie. Pour financer cet investissement, il a été demandé une subvention au titre du programme CEE « Économies d’Énergie dans les TEPCV » qui est actuellement distribuée sur le territoire du PNR, pour la prise en charge de 80 % du montant total.",
      [NRJ], non=["35 %", "80 %"], notes="Économie estimée par une étude (conditionnel « permettrait ») et taux de subvention : pas des cibles (piège).", ambiguous=True)
    P("Le passage d’une lampe sodium haute pression de 70W à une LED de 30W diminue la consommation d’environ 35 %. La forme du luminaire est également primordiale. Un luminaire de type « boule simple » laisse 35 % de lumière s’échapper vers le ciel, contre seulement 5 % pour un luminaire récent.",
      [NRJ, ENV], non=["70W", "30W", "35 %", "35 %", "5 %"], notes="Caractéristiques techniques (piège).")
    P("  • Extinction de 0 heure 00 à 5 heures 00 ;\n  • Extinction le matin durant la période estivale, soit du 15 juin au 15 août,",
      [NRJ], non=["0 heure 00", "5 heures 00", "15 juin", "15 août"], notes="Horaires et dates d'une règle municipale (piège).")
    P("Montant à la charge de la commune :  3 149,10 € HT \nMontant de la TVA : 3 149,10 € \nsoit 6 298,20 € toutes charges comprises.",
      [NRJ], non=["3 149,10 €", "3 149,10 €", "6 298,20 €"], notes="Montants d'un investissement (piège).")

    S("https://bruch.fr/environnement/espaces-verts/34-elements-reglementaires", "Éléments réglementaires (commune de Bruch)")
    P("Le plan Ecophyto 2018 issu du Grenelle de l’environnement, nous amène à supprimer progressivement les herbicides et pesticides pour notre cadre de vie.\nLe « zéro phyto » est déjà effectif au bord des cours d’eau et des aires de jeux des enfants de la commune. Nous l’étendrons à la totalité du village.",
      [BIO, SANTE], objs=[Q(100, subject="espaces publics du village entretenus en zéro phyto")],
      non=["2018"], notes="« à la totalité du village » normalisé à 100 % ; 2018 est dans le nom du plan Ecophyto, pas un horizon.", ambiguous=True)

    S("http://www.le-cause.fr/vie-municipale/cadre-de-vie/", "Cadre de vie : zéro pesticide dans les espaces publics (commune du Causé)")
    P("Depuis le 1er janvier donc, l'entretien des lieux publics doit se faire sans utilisation aucune de produits phytosanitaires. (À l’exception des cimetières et terrains de sport).",
      [BIO, SANTE], non=["1er janvier"],
      notes="Interdiction légale déjà en vigueur (« depuis ») : règle, pas une cible chiffrée ; on pourrait y lire un objectif qualitatif (piège).", ambiguous=True)

    S("https://pontpean.fr/au-quotidien/urbanisme/les-bons-gestes", "Les bons gestes (commune de Pont-Péan)")
    P("Au centre de Loisirs, dans la continuité de la démarche d’économie d’énergie qui a été effectuée en maternelle en 2017, afin d’améliorer la qualité de l’air, les conduits de ventilation ont été remis à neuf, le système d’éclairage a été changé en un système d’éclairage LED d’avantage économique et les faux plafonds ont été baissés en 2018.",
      [NRJ, SANTE], non=["2017", "2018"], notes="Travaux passés datés (piège).")
    P("En 2016, les élus ont souhaité utiliser dans cette construction, des matériaux à la fois respectueux de l’environnement et de la santé des enfants, qui sont les principaux utilisateurs du restaurant.",
      [ENV, SANTE], non=["2016"], notes="Choix passé daté (piège).")

    S("https://station.illiwap.com/fr/public/13085/actu/serd-lutter-contre-le-gaspillage-alimentaire", "SERD : lutter contre le gaspillage alimentaire (actualité d'une mairie sur illiwap)")
    P("‼ Chaque français gaspille plus de 20 kg de nourriture encore consommable par an.\nDans les cantines scolaires, la moyenne française est à 16 kg par élève par an.\nSur notre commune en moyenne 👨🎓 500 enfants mangent à la cantine tous les jours, cela représente presque 8000 kg /an.",
      [ALIM, CIRC], non=["20 kg", "16 kg", "500", "8000 kg"], notes="Statistiques et estimation locale du gaspillage (piège).")

    S("https://communaute-saint-yrieix.fr/news/plan-climat-air-energie-territorial-pcaet?page=2", "Plan Climat-Air-Énergie Territorial (PCAET) (communauté de communes du Pays de Saint-Yrieix)")
    P("Il est mis en place pour une durée de 6 ans. A mi-parcours, sa mise en oeuvre doit faire l'objet d'un rapport qui sera mis à la disposition du public.",
      [GOV], non=["6 ans"], notes="Durée du plan (piège).")
    P("La planification se déroule en cinq étapes :\n- Réalisation d'un diagnostic territorial, qui relève directement d'un cabinet d'études missionné par le SEHV.",
      [GOV], non=["cinq"], notes="Compte d'étapes (piège).")

    S("https://mezieres-lez-clery.fr/2018/10/29/environnement-agenda-21/", "Environnement : Agenda 21 (commune de Mézières-lez-Cléry)")
    P("Cette conférence est marquée par l’adoption par 173 chefs d’État d’un texte fondateur de 27 principes intitulé « Déclaration de Rio sur l’environnement et le développement ».",
      [GOV], non=["173", "27"], notes="Comptes historiques (piège).")
    P("En 1987, la Commission mondiale des Nations Unies sur l’environnement et le développement publie un important rapport, intitulé Notre Avenir à Tous.",
      [GOV], non=["1987"], notes="Date (piège).")

    S("https://www.lachamp48.fr/reunion-du-25.11.2019_fr.html", "Réunion du 25.11.2019 (commune de Lachamp-Ribennes)")
    P("Nombre de membres en exercice : 19\n\nPrésents : 16\n\nVotants: 17",
      [], non=["19", "16", "17"], notes="Comptes de séance (piège) ; passage sans thème.")
