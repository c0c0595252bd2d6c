"""Evaluation-only real passages labelled for themes, set 2 (``corpora/real-fresh-themes/passages2.jsonl``); never
train on them.

Collected as set 1 (``src.py``) was, on other hosts: each page's usable opening (as returned by the project's search
tool, corpus "pages") is transcribed passage by passage, verbatim except for runs of spaces, and labelled with **all**
its themes with the shared real dev set's conventions. No theme model was run on these passages while collecting or
labelling. Objective fields are left minimal (``is_objective`` false, no objectives): this set is for themes only.
"""
# ruff: noqa: E501

from passage_checks import AL, BIO, CE, CEQ, CS, CT, EN, ESS, INNO, MR, NUM, PME, SA, E, G


def load(S, P, Q) -> None:
    # no passage of set 2 is about egalite_femmes_hommes (see README.md)

    S("https://blog.acpformation.fr/2022/05/18/le-pnad-2022-2025-la-feuille-de-route-des-acheteurs-pour-voir-la-vie-en-vert-et-rose/", "Le PNAD 2022-2025 : la feuille de route des acheteurs pour voir la vie en vert (et rose !) (ACP Formation)")
    P("Matthieu Kluczynski, associé du cabinet ADMYS Avocats, répond à nos questions sur le nouveau PNAD (Plan National pour des Achats Durables), dévoilé en mars dernier.",
      [E], notes="Mention du PNAD (achats durables au sens large -> environnement, comme dans le dev).", ambiguous=True)
    P("Ce document dont on parle peu se révèle stratégique et dévoile les principales orientations à venir de l’Etat pour promouvoir le développement durable dans les contrats de la commande publique.",
      [E], notes="Développement durable au sens large (convention du dev: environnement).")
    P("Matthieu KLUCZYNSKI : Lundi 14 mars a été dévoilé le nouveau « Plan National pour des Achats Durables » ou « PNAD » pour la période 2022-2025.",
      [E], notes="Publication du PNAD; achats durables -> environnement; un plan pourrait aussi relever de la gouvernance.", ambiguous=True)
    P("Comme l’a annoncé le Commissaire général au développement durable, ce document constitue la feuille de route de l’Etat pour développer l’achat durable.",
      [E, G], notes="Feuille de route (plan, gouvernance au sens large) pour l'achat durable (environnement).", ambiguous=True)
    P("L’objectif est d’étendre de manière massive et généralisée les considérations environnementales et sociales dans l’ensemble de l’achat public.",
      [E, CS], notes="Considérations environnementales et sociales (le dev lit « considération sociale » comme clauses sociales).")
    P("Ce document n’est pas nouveau, deux plans avaient déjà été élaborés sur des périodes précédentes, mais ils étaient largement méconnus ou même ignorés par les acheteurs.",
      [G], notes="Historique des plans nationaux (pilotage au sens large).", ambiguous=True)
    P("Ces documents comportaient de grandes orientations, mais un faible niveau d’encadrement et de gouvernance pour décliner leurs mises en œuvre.",
      [G], notes="Gouvernance des plans.")
    P("Le nouveau plan se veut plus ambitieux, avec une démultiplication des axes d’action, le développement de la sensibilisation des acteurs locaux et la communication sur les bonnes pratiques en prônant la stimulation par l’exemplarité.",
      [G], notes="Sensibilisation, communication sur les bonnes pratiques: gouvernance.")
    P("Ce plan incite encore à l’évaluation régulière des moyens mis en œuvre pour promouvoir la commande publique durable.",
      [G, E], notes="Évaluation (gouvernance) de la commande publique durable (environnement au sens large).")

    S("http://vedura.fr/economie/achats-developpement-durable", "Achats et développement durable (Vedura)")
    P("La politique d'achat d'une organisation, que ce soit d'une entreprise, d'une association ou d'une collectivité territoriale, peut intégrer des critères de développement durable.",
      [E], notes="Développement durable au sens large -> environnement.")
    P("Le département achat et les acheteurs mettent en place des pratiques d'achats durables.",
      [E], notes="Achats durables au sens large -> environnement.", ambiguous=True)
    P("Ces pratiques privilégient les fournisseurs qui se sont engagés dans une démarche de développement durable, ou dans des certifications type ISO 14001, SA 8000, ou encore qui font de l'éco-conception.",
      [E, CT], notes="ISO 14001 et écoconception (environnement); SA 8000 est une norme sociale (conditions de travail).", ambiguous=True)
    P("Elles visent également l'achat de produits :\n- plus respectueux de l'environnement (produits verts, éco-certifiés, éco-labellisés, éco-conçus...)",
      [E], notes="Écolabels, produits verts.")
    P("- solidaires, c'est-à-dire des produits fabriqués par des associations de solidarité ou des entreprises d'insertion, ou encore dont une partie des ventes est reversée à des associations.",
      [ESS, CS], notes="Associations (ESS) et entreprises d'insertion (clauses sociales / insertion).", ambiguous=True)
    P("- éthiques : il s'agit de produits fabriqués dans le respect des conventions de l'Organisation Internationale du Travail, soucieux des droits de l'homme.",
      [CT], notes="Conventions de l'OIT, droits humains: conditions de travail.")
    P("- issus du commerce équitable, qui permettent à des petits producteurs de pays en voie de développement d'améliorer leurs conditions de vie, et qui respectent l'environnement.",
      [CEQ, E], notes="Commerce équitable; respect de l'environnement en incise.", ambiguous=True)
    P("Les achats durables sont un levier puissant du développement durable : les collectivités territoriales ou locales exigent désormais le respect de critères de développement durable au sein de leurs appels d'offres, et les entreprises peuvent inciter leurs fournisseurs à s'impliquer davantage dans une démarche responsable.",
      [E], notes="Développement durable au sens large.")

    S("https://www.alternatives-economiques.fr/node/64676", "L’insertion comme condition d’exécution du marché (article 14 du CMP) (Alternatives économiques)")
    P("Selon cette première clause sociale, le choix de l’entreprise ne se fait pas sur des critères d’insertion de publics en difficulté.",
      [CS], notes="Clause sociale d'insertion.")
    P("Les critères d’attribution du marché restent la valeur technique, le prix, le coût de maintenance, le délai de réalisation, etc.",
      [], notes="Critères d'attribution ordinaires, sans thème (le contexte est la clause d'insertion).", ambiguous=True)
    P("Mais l’entreprise qui soumissionne s’engage, si elle est retenue, à réserver une part des heures de travail générées par le marché à la réalisation d’une action d’insertion.",
      [CS], notes="Clause d'insertion (part des heures).")
    P("Prévu à l’article 14 du CMP, ce dispositif est connu sous l’appellation de \" clause d’insertion \" ou de \" clause d’insertion et de promotion de l’emploi \".",
      [CS], notes="Clause d'insertion.")
    P("C’est par le décret du 7 mars 2001 que le dispositif de la clause d’insertion a fait son entrée dans le CMP avec une rédaction très explicite : \" La définition des conditions d’exécution d’un marché dans les cahiers des charges peut viser à promouvoir l’emploi de personnes rencontrant des difficultés particulières d’insertion, à lutter contre le chômage ou à protéger l’environnement. \"",
      [CS, E], notes="Clause d'insertion; la citation nomme aussi la protection de l'environnement.", ambiguous=True)
    P("L’article 14 a changé dans l’actuelle version du code (2006) : \" Les conditions d’exécution d’un marché ou d’un accord-cadre peuvent comporter des éléments à caractère social ou environnemental qui prennent en compte les objectifs de développement durable en conciliant développement économique, protection et mise en valeur de l’environnement et progrès social. \"",
      [E, CS], notes="Conditions d'exécution sociales et environnementales (développement durable).", ambiguous=True)
    P("Dans la pratique, le lien s’est fait entre les deux versions du texte de l’article 14, en considérant que parmi \" les éléments à caractère social qui prennent en considération les objectifs du développement durable \", il y a notamment le fait \" de promouvoir l’emploi de personnes rencontrant des difficultés particulières d’insertion \".",
      [CS], notes="Insertion des personnes en difficulté.")

    S("https://journaldesmaires.com/fr/education/loi-alimentation-les-obligations-de-la-restauration-collective-publique_-b.html", "Loi alimentation : les obligations de la restauration collective publique (Journal des maires)")
    P("Seuils de produits bio, menus végétariens, information des usagers, interdiction du plastique, etc., la loi dite EGalim comporte des dispositions visant à améliorer la qualité des repas servis dans la restauration collective publique.",
      [AL, CE], notes="EGalim, restauration collective; interdiction du plastique (déchets).", ambiguous=True)
    P("La loi du 30 octobre 2018 pour l'équilibre des relations commerciales dans le secteur agricole et alimentaire et une alimentation saine et durable (dite EGalim) [1] fait suite aux États généraux de l'alimentation organisés au second trimestre 2017.",
      [AL], notes="Loi EGalim.")
    P("Plusieurs dispositions visent à améliorer la qualité des repas servis dans la restauration collective publique (restaurant du personnel, cantine des écoles publiques et privées, restaurant des établissements de santé, des crèches…), ainsi que l'information des usagers en matière d'alimentation.",
      [AL], notes="Qualité des repas en restauration collective.")
    P("La loi porte l'objectif général d'améliorer la qualité nutritionnelle des repas servis en accroissant la qualité des produits utilisés et en diversifiant les apports.",
      [AL, SA], notes="Qualité nutritionnelle des repas: alimentation, et santé des convives.", ambiguous=True)
    P("Au plus tard le 1er janvier 2022, les menus proposés dans la restauration collective publique devront comporter au moins 50 % de produits issus de filières durables et de qualité.",
      [AL], notes="Objectif EGalim 50 %.")
    P("Cette proportion est calculée en valeur (prix) de l'ensemble des produits composant le repas.",
      [AL], notes="Assiette du taux EGalim.")
    P("Présentent un critère de qualité requis :\n- les produits issus de l'agriculture biologique ou en conversion.",
      [AL], notes="Produits bio.")
    P("Cette sous-partie devra représenter en valeur 20 % de la part des produits utilisés (et non 20 % de 50 %) ;",
      [AL], notes="Part de bio EGalim.")
    P("- les produits bénéficiant de signes, mentions ou écolabels encadrés par la loi (cf. tableau, p. 53) ;",
      [AL], notes="Signes de qualité des produits alimentaires; écolabels pourraient évoquer l'environnement.", ambiguous=True)
    P("- les produits acquis selon des modalités prenant en compte les coûts imputés aux externalités environnementales liés au produit pendant son cycle de vie.",
      [AL, E], notes="Produits alimentaires comptés au titre des externalités environnementales.")

    S("https://memoire-technique.net/definition/marches-reserves.html", "Marchés réservés - Articles L2113-12 à L2113-16 du Code commande publique (memoire-technique.net)")
    P("Les marchés réservés sont un dispositif qui vise à favoriser l'inclusion sociale en réservant certains contrats publics à des structures employant des personnes en difficulté.",
      [MR, CS], notes="Marchés réservés (handicap et insertion: structures employant des personnes en difficulté).", ambiguous=True)
    P("Il y a quatre types d'entreprises éligibles à ces marchés : les entreprises adaptées (EA), les établissements et services d'aide par le travail (ESAT), les structures d'insertion par l'activité économique (SIAE), et les entreprises implantées en établissement pénitentiaire.",
      [MR, CS], notes="EA/ESAT (handicap) et SIAE (réservation aux SIAE: marchés réservés + insertion, convention du dev).")
    P("Le Code de la commande publique prévoit quatre types de contrats qui peuvent être réservés à des structures spécifiques :",
      [MR], notes="Marchés réservés en général.")
    P("• Contrats réservés aux entreprises adaptées (EA) et aux établissements et services d’aide par le travail (ESAT), ces contrats s'adressent aux structures du handicap.",
      [MR], notes="Réservation EA/ESAT.")
    P("• Contrats réservés aux structures d’insertion par l’activité économique (SIAE) accompagnant les personnes défavorisées : ces contrats s'adressent aux structures qui accompagnent les personnes défavorisées.",
      [MR, CS], notes="Réservation aux SIAE: marchés réservés + insertion (convention du dev).")
    P("• Contrats réservés aux entreprises implantées en établissement pénitentiaire, ces contrats s'adressent aux opérateurs économiques qui exécutent le contrat dans le cadre d’activités de production de biens et services réalisés en établissement pénitentiaire par des personnes détenues.",
      [MR, CS], notes="Réservation au travail pénitentiaire: marché réservé; réinsertion des détenus lue comme insertion.", ambiguous=True)
    P("• Contrats réservés aux entreprises de l’économie sociale et solidaire (EESS), ces contrats, portant sur des services de santé, sociaux ou culturels, peuvent être réservés à l'ensemble des EESS, y compris les ESAT, EA et SIAE, sous certaines conditions.",
      [ESS, MR], notes="Réservation aux entreprises de l'ESS; ESAT/EA/SIAE cités comme éligibles.", ambiguous=True)

    S("https://sde35.fr/groupement-dachat-energies", "Groupement d'achat énergies (SDE35)")
    P("Le SDE35 coordonne l'achat groupé de gaz naturel et d'électricité pour le compte des acheteurs publics ou exerçant des missions de service public du département d’Ille-et-Vilaine.",
      [EN], notes="Achat groupé d'énergie.")
    P("Depuis 2002, l’ouverture des marchés de l'énergie permet aux collectivités de mettre en concurrence leurs fournisseurs de gaz naturel et d'électricité pour alimenter leur patrimoine (bâtiments, éclairage public…).",
      [EN], notes="Marchés de fourniture d'énergie.")
    P("Avec la suppression progressive des tarifs réglementés de vente (TRV) depuis 2015, c’est désormais une obligation pour les collectivités :\n• pour tous les sites gaz > 30 MWh/an,\n• pour tous les sites électricité > 36 kVA (C4 Jaune et C3-C2 Vert),",
      [EN], notes="Obligation de mise en concurrence des fournitures d'énergie (tranche d'une liste).")
    P("• depuis le 1er janvier 2020 pour les nouveaux sites gaz ≤ 30 MWh/an,\n• depuis le 1er janvier 2020 pour les nouveaux sites électricité ≤ 36 kVA pour les collectivités ayant 10 salariés ou plus, ou un bilan annuel > 2 M°€,",
      [EN], notes="Suite de la liste (énergie).")
    P("• à partir du 1er décembre 2020 pour les sites gaz existants ≤ 30 MWh/an,\n• à partir du 1er janvier 2021 pour tous les sites électricité existants ≤ 36 kVA (C5 Bleu) pour les collectivités ayant 10 salariés ou plus, ou un bilan annuel > 2 M°€.",
      [EN], notes="Fin de la liste (énergie).")
    P("Pour répondre à la fin des TRV et optimiser la commande publique, le SDE35 a mis en place un groupement d’achat d’énergie.",
      [EN], notes="Groupement d'achat d'énergie.")
    P("Ce groupement est réservé aux structures publiques et parapubliques dont le siège est situé en Ille-et-Vilaine.",
      [EN], notes="Périmètre du groupement d'achat d'énergie: le thème ne tient qu'au contexte.", ambiguous=True)
    P("Il est dédié à l'achat d'électricité et de gaz naturel pour des sites de toutes puissances, qu’ils soient soumis à l’obligation de mise en concurrence ou non.",
      [EN], notes="Achat d'électricité et de gaz.")
    P("Au 01.01.2020, le groupement compte 314 membres (244 communes, 14 communautés de communes ou communautés d’agglomération, 34 CCAS et CIAS, 18 syndicats intercommunaux ou mixtes (dont 6 SMICTOM), 2 EPL, 1 régie et 1 EPA).",
      [], notes="Composition du groupement, passage général sans thème.", ambiguous=True)

    S("https://www.union-habitat.org/centre-de-ressources/politique-de-la-ville-urbanisme/etude-marches-d-insertion", "Etude marchés d'insertion (L'Union sociale pour l'habitat)")
    P("Un organisme Hlm peut-il passer un marché de qualification et d'insertion professionnelle ?",
      [CS], notes="Marché d'insertion et de qualification.")
    P("La question a été soulevée lors de contrôles de légalité, évoquant une incompétence des organismes Hlm au regard de leur objet social.",
      [], notes="Question juridique de compétence; le thème (insertion) n'est que dans la phrase précédente.", ambiguous=True)
    P("Cette étude juridique en fait une analyse.",
      [], notes="Phrase éditoriale sans thème.")
    P("En pratique, les organismes Hlm contribuent depuis de nombreuses années à l’insertion par l’économique de publics en difficultés et éloignés de l’emploi, en particulier par leur participation au montage d’ateliers et chantiers d’insertion.",
      [CS], notes="Insertion par l'activité économique, chantiers d'insertion.")
    P("Dans un contexte où il est imposé aux bailleurs sociaux d’intégrer dans leur commande publique des objectifs d’insertion professionnelle (quotas d’heures d’insertion dans les marchés liés à la rénovation urbaine, ou en contrepartie de subvention de collectivités locales pour la construction ou la réhabilitation de logement sociaux).",
      [CS], notes="Heures d'insertion imposées aux bailleurs sociaux.")
    P("Quand les organismes eux-mêmes généralisent cette pratique à l’ensemble de leurs marchés, ou l’intègrent dans leur démarche de RSE, l’Union sociale pour l’habitat a considéré qu’il était important d’analyser ce frein juridique.",
      [CS], notes="Généralisation des clauses d'insertion (« cette pratique »).", ambiguous=True)
    P("Une étude juridique a été confiée à Patrick Loquet, Maître de conférences en Droit Public à l’Université de Valenciennes et consultant dédié aux clauses d’insertion.",
      [CS], notes="Mention des clauses d'insertion.", ambiguous=True)
    P("Il en ressort que si cette compétence n’est pas explicite, deux textes officiels sont susceptible de fonder une compétence accessoire des organismes Hlm en matière d’insertion :",
      [CS], notes="Compétence en matière d'insertion.")
    P("- La charte nationale d’insertion de l’ANRU qui donne la possibilité pour les maîtres d’ouvrage auxquels elle s’applique de recourir à l’article 30 du code des marchés publics ('article 9 du décret du 30 décembre 2005).",
      [CS], notes="Charte d'insertion de l'ANRU, marchés d'insertion (article 30).")

    S("https://unionpourlavienne.fr/Union_Vienne_2016/wordpress/?p=1219", "Présentation des actions mises en œuvre par le Département pour les circuits courts (Union pour la Vienne)")
    P("Présentation des actions mises en œuvre par le Département pour les circuits courts",
      [AL], notes="Titre: circuits courts.")
    P("Dans le cadre des Commissions qui se déroulent au cours de la Décision Modificative N° 1 (DM1), Bruno BELIN, Président du Département, Jean-Olivier GEOFFROY, Vice-président chargé de l’Agriculture et de la Ruralité, Benoît PRINCAY, Rapporteur de la Commission Agriculture, chargé du développement des circuits courts,",
      [AL], notes="Tranche d'une longue phrase (circuits courts).", ambiguous=True)
    P("et Alain PICHON, Président de la Commission Environnement, ont présentés les actions mises en œuvre par le Département pour le développement des circuits courts dès l’automne 2016 :",
      [AL], notes="Suite de la phrase: actions pour les circuits courts.")
    P("« Le Département souhaite valoriser la production agricole locale dans la restauration collective.",
      [AL], notes="Produits agricoles locaux en restauration collective.")
    P("Son objectif est double : répondre à la demande sociétale de consommation de produits locaux et de qualité, et créer de la valeur ajoutée économique pour la ferme Vienne, dans un contexte de crise agricole » a expliqué Bruno BELIN.",
      [AL], notes="Produits locaux et de qualité; soutien à l'agriculture locale.")
    P("Pour cela, le Conseil départemental souhaite participer à la construction d’une dynamique de territoires de développement des circuits agricoles courts, selon les principes suivants :\n- être exemplaire dans la restauration des collèges, domaine dont il a la compétence ;",
      [AL], notes="Circuits courts, restauration des collèges.")
    P("- inciter les autres acteurs locaux, en particulier ceux avec lesquels il a des partenariats privilégiés, notamment dans le secteur social ;",
      [AL], notes="Suite de la liste sur les circuits courts; le thème tient au contexte.", ambiguous=True)
    P("- et accompagner la profession agricole dans la structuration de l’offre en produits bruts et transformés pour lui permettre de répondre à une demande croissante de la restauration collective.",
      [AL], notes="Structuration de l'offre agricole locale pour la restauration collective (circuits courts alimentaires -> alimentation, pas PME).", ambiguous=True)
    P("Le Département est concerné à trois niveaux :\n- la restauration dans les collèges (2 millions de repas par an) : la compétence de restauration des collèges a été transférée au Département en 2005.",
      [AL], notes="Restauration collective des collèges.")
    P("Les collèges ont continué d’assurer directement la gestion de leur service de restauration, selon les modalités définies par la collectivité.",
      [AL], notes="Gestion de la restauration scolaire.", ambiguous=True)

    S("https://www.stock-pro.fr/blog/qu-est-ce-qu-une-clause-de-reemploi", "Qu'est-ce qu'une clause de réemploi dans la construction de bâtiments de travaux publics ? (Stock Pro)")
    P("Qu'est-ce qu'une clause de réemploi dans la construction de bâtiments de travaux publics ?",
      [CE], notes="Titre: clause de réemploi.")
    P("L’ADEME, dans le cadre de son accompagnement du secteur du bâtiment vers une meilleure gestion des ressources, propose des clauses à insérer dans les contrats de construction et de déconstruction",
      [CE], notes="Gestion des ressources, clauses de construction/déconstruction.")
    P("Non obligatoires, elles permettent de transmettre au maître d'œuvre (MOE) la volonté d’un acheteur public ou maître d’ouvrage (MOA) de participer à l’économie circulaire via une meilleure gestion des déchets.",
      [CE], notes="Économie circulaire, déchets.")
    P("Réemploi de matériaux sur un chantier de construction, diagnostic de la gestion des ressources, achats maîtrisés en début de projet, diminution des déchets de fin de chantier….",
      [CE], notes="Réemploi, déchets de chantier.")
    P("Autant d’actions qui peuvent être mentionnées dans les contrats.",
      [], notes="Phrase de liaison sans thème propre.", ambiguous=True)
    P("Plus de 240 millions de tonnes de déchets par an sont produites par le secteur du bâtiment.",
      [CE], notes="Déchets du bâtiment.")
    P("Cela représente 70% des déchets produits chaque année en France, tous secteurs confondus.",
      [CE], notes="Déchets.")
    P("Dans ce contexte, le réemploi de matériaux devient d’utilité publique.",
      [CE], notes="Réemploi.")
    P("Le principe du réemploi est d’utiliser, pour un usage identique à celui pour lequel ils avaient été conçus, les matériaux récupérés une fois un chantier terminé.",
      [CE], notes="Définition du réemploi.")
    P("De fait, à l’issue d’un projet de construction, tous les matériaux non utilisés (qui ne sont pas des déchets) doivent être valorisés plutôt que jetés.",
      [CE], notes="Valorisation des matériaux.")
    P("Dans le cadre d’un projet de déconstruction, on parle de réutilisation des matériaux.",
      [CE], notes="Réutilisation.")
    P("Autrement dit, ceux qui sont considérés comme des déchets peuvent passer par une étape de préparation en vue de la réutilisation.",
      [CE], notes="Préparation en vue de la réutilisation.")
    P("Tout projet de construction ou de déconstruction de bâtiment est encadré par un contrat qui lie le maître d’ouvrage à un maître d'œuvre.",
      [], notes="Phrase générale sur les contrats, sans thème.", ambiguous=True)

    S("https://archives.eelv.fr/mandatureRegions2010/elus-pdl.eelv.fr/laurent-martinez-elu-nouveau-president-du-reseau-grand-ouest-faciliter-lintegration-du-developpement-durable-dans-la-commande-publique/index.html", "Laurent Martinez élu nouveau Président du Réseau Grand Ouest (élus EELV Pays de la Loire, archives)")
    P("Laurent Martinez élu nouveau Président du Réseau Grand Ouest : faciliter l’intégration du développement durable dans la commande publique",
      [G, E], notes="Titre: réseau d'acheteurs (gouvernance: réseaux) et développement durable (environnement au sens large).", ambiguous=True)
    P("Laurent Martinez a été élu ce mardi 17 juin nouveau Président du Réseau Grand Ouest (RGO), succédant ainsi à Gilles Mahé.",
      [G], notes="Présidence d'un réseau d'acheteurs publics (réseaux -> gouvernance).", ambiguous=True)
    P("Composé d’élus et de techniciens de collectivités, d’EPCI et d’entités juridiques de droit public, le RGO a pour objectif de créer un contexte favorable à l’intégration du développement durable dans la commande publique.",
      [G, E], notes="Réseau d'acheteurs; développement durable au sens large.")
    P("« La commande publique représente 19 % du PIB de l’Europe et 10 % du PIB de la France, elle constitue donc un formidable effet de levier pour montrer l’exemple et mieux intégrer le développement durable dans la société », explique Laurent Martinez.",
      [E], notes="Développement durable au sens large.")
    P("Fort de ses 97 collectivités/EPCI provenant des régions Bretagne, Pays de la Loire, Basse-Normandie, Poitou-Charentes, Limousin, et du département de l’Indre-et-Loire, RGO cherche à animer une dynamique inter-régionale sur l’intégration de critères environnementaux, sociaux, éthiques et équitables dans la commande publique.",
      [G, E, CS, CEQ], notes="Réseau (gouvernance); critères environnementaux, sociaux (clauses sociales au sens du dev) et équitables (commerce équitable); « éthiques » pourrait viser les conditions de travail.", ambiguous=True)
    P("Le réseau échange pour cela avec de nombreux autres acteurs : associations, entreprises, représentants institutionnels…",
      [G], notes="Animation du réseau.", ambiguous=True)
    P("Dans le cadre de l’année « Nantes Capitale verte de l’Europe en 2013 », l’association a ainsi organisé un salon professionnel pour favoriser la rencontre entre l’offre et la demande éco et socio responsable sur le grand Ouest.",
      [G, E], notes="Salon acheteurs-fournisseurs (réseau, sourcing) pour une offre éco et socio-responsable.", ambiguous=True)
    P("Mais c’est aussi avec la casquette de conseiller régional que Laurent Martinez cherche à orienter la commande publique vers des pratiques plus vertueuses.",
      [], notes="« Pratiques plus vertueuses » sans thème précis.", ambiguous=True)
    P("Ainsi, via son dispositif de clauses d’insertion socioprofessionnelle, la région permet à des personnes éloignées de l’emploi d’intégrer des parcours d’insertion individualisés en utilisant comme support d’activités la commande publique.",
      [CS], notes="Clauses d'insertion, parcours d'insertion.")


    S("https://www.lemondedelenergie.com/pourquoi-la-commande-publique-doit-privilegier-le-bois-de-proximite/2026/01/20", "Pourquoi la commande publique doit privilégier le bois de proximité (Le Monde de l'Énergie)")
    P("Pourquoi la commande publique doit privilégier le bois de proximité",
      [PME, E], notes="Titre: bois local (filière locale) pour ses bénéfices climatiques.", ambiguous=True)
    P("Depuis plusieurs années, la filière forêt-bois française plaide pour un recours accru au bois local dans les marchés publics de construction.",
      [PME], notes="Bois local dans les marchés: filière économique locale.", ambiguous=True)
    P("Au-delà de ses bénéfices climatiques et environnementaux, ce choix stratégique soutient les filières locales, l’emploi et la création de valeur territoriale.",
      [E, PME], notes="Bénéfices climatiques; filières locales.")
    P("Des arguments de poids pour convaincre les collectivités de s’engager dans cette voie.",
      [], notes="Phrase de liaison sans thème.")
    P("Comme matériau de construction, le bois affiche un net avantage climatique face à la plupart de ses concurrents – au premier chef le béton et le ciment, dont la production mobilise massivement eau et ressources fossiles.",
      [E], notes="Avantage climatique des matériaux.")
    P("Issu de forêts gérées durablement, le bois affiche un bilan carbone nettement plus favorable.",
      [E, BIO], notes="Bilan carbone; forêts gérées durablement (biodiversité selon la taxonomie).", ambiguous=True)
    P("Les réglementations en vigueur, notamment la norme RE2020, favorisent d’ailleurs l’usage du bois dans la construction et la rénovation des bâtiments, en particulier pour les édifices publics.",
      [E], notes="RE2020 (réglementation environnementale des bâtiments); pourrait aussi relever de l'énergie.", ambiguous=True)
    P("Cette réglementation vise à réduire progressivement les émissions de gaz à effet de serre du secteur du bâtiment, ce qui favorise le recours au bois, de préférence local.",
      [E], notes="Émissions de GES; bois local en incise.")
    P("Préférer une ressource de proximité plutôt que d’importation réduit les émissions liées au transport.",
      [E], notes="Émissions du transport.")
    P("En outre, les prélèvements de bois restent, en France, nettement inférieurs à l’accroissement biologique, ce qui garantit le caractère renouvelable de cette ressource.",
      [BIO], notes="Gestion de la ressource forestière.", ambiguous=True)
    P("Cela vaut tout particulièrement pour les parcelles dotées d’un document de gestion durable, au sens de l’article L121-1 du Code forestier, qui assure leur diversité biologique, leur productivité, leur capacité de régénération et leur vitalité.",
      [BIO], notes="Gestion durable des forêts, diversité biologique.")
    P("Mais les bénéfices ne se limitent pas à la question environnementale.",
      [E], notes="Mention de l'environnement en transition.", ambiguous=True)

    S("https://www.collectivitesforestieres-occitanie.org/portfolio/action-n3/", "Développer les projets de construction en bois local (Communes forestières Occitanie)")
    P("Développer les projets de construction en bois local",
      [PME], notes="Titre: bois local (filière locale).", ambiguous=True)
    P("Au travers de leur rôle de maîtres d’ouvrages de bâtiments publics, les élus ont la possibilité d’utiliser le bois local pour la construction et l’aménagement intérieur et extérieur.",
      [PME], notes="Bois local dans la construction publique (filière locale).", ambiguous=True)
    P("Les élus ont un rôle d’exemplarité et de promotion sur leur territoire.",
      [], notes="Phrase générale sans thème.", ambiguous=True)
    P("L’objectif en favorisant le bois local et les circuits courts est de dynamiser la filière bois dans son ensemble et de créer des emplois, de l’économie circulaire et des parts de marchés pour les entreprises du territoire.",
      [PME, CE], notes="Entreprises du territoire, filière locale; économie circulaire nommée.")
    P("Un lien direct avec la traçabilité des bois est mis en place.",
      [], notes="Traçabilité, sans thème net.", ambiguous=True)
    P("Le Code des Marchés Publics ne permet pas de faire référence à une origine géographique.",
      [PME], notes="Limite juridique à la préférence locale.", ambiguous=True)
    P("Il impose la libre concurrence, la non-discrimination, etc…",
      [], notes="Principes de la commande publique, sans thème.")
    P("Afin d’inclure du bois local dans l’ensemble des projets des collectivités, il convient de :\n• Définir un projet qui puisse utiliser la ressource locale (ne pas imaginer des choses qui ne puisse pas être trouvées localement)",
      [PME], notes="Ressource locale.")
    P("• Définir un projet qui puisse être réalisé par les entreprises locales (ne pas imaginer des choses que les entreprises locales ne peuvent pas fournir/fabriquer)",
      [PME], notes="Entreprises locales.")
    P("Pour cela, un échange entre l’équipe de Maître d’Œuvre, le Maître d’Ouvrage et les Communes forestières est primordial pour la réussite du projet.",
      [], notes="Organisation du projet, sans thème.", ambiguous=True)
    P("Vis-à-vis du code des marchés publics plusieurs solutions existent :\n• Décrire clairement et précisément son souhait à chaque étape du projet depuis l’idée, jusqu’à l’inauguration,",
      [], notes="Conseil de procédure, sans thème propre.", ambiguous=True)
    P("• Fournir la matière première : le bois. Le code des marchés publics autorise cette possibilité. Le maître d’ouvrage peut alors utiliser son propre bois (forêt communale) ou passer un marché de fourniture pour en acheter,",
      [PME], notes="Moyen d'utiliser le bois local (forêt communale).", ambiguous=True)

    S("https://www.tramwaylehavremetro.fr/fr/actualites/quand-les-marches-publics-riment-avec-insertion-sociale", "Quand les marchés publics riment avec insertion sociale (tramway Le Havre Seine Métropole)")
    P("La clause sociale d’insertion, instaurée par le Code des marchés publics, est bien plus qu’un outil juridique : c’est un levier concret pour favoriser l’inclusion professionnelle.",
      [CS], notes="Clause sociale d'insertion.")
    P("En intégrant cette clause dans leurs marchés, les maîtres d’ouvrage publics via les entreprises s’engagent à réserver une part des heures de travail à des personnes éloignées de l’emploi : jeunes sans qualification, bénéficiaires du RSA ou encore chômeurs de longue durée.",
      [CS], notes="Heures réservées aux personnes éloignées de l'emploi.")
    P("Ce dispositif permet de conjuguer performance économique et utilité sociale.",
      [CS], notes="Le dispositif (clause d'insertion) n'est nommé que par reprise.", ambiguous=True)
    P("Il soutient l’emploi local, accompagne des parcours professionnels, tout en offrant aux entreprises l’opportunité de découvrir et former de futurs collaborateurs.",
      [CS], notes="Parcours d'insertion; « emploi local » n'est pas l'accès des PME.", ambiguous=True)
    P("Pour l’extension du réseau de tramway au Havre, la Communauté urbaine a fait de l’insertion un axe fort de sa stratégie d’achats responsables.",
      [CS], notes="Insertion, axe de la stratégie d'achats.")
    P("Sur l’ensemble du projet, 5 % des heures de travail seront ainsi dédiées à des salariés en parcours d’insertion, avec une ambition renforcée : 30 % de ces heures seront réalisées en alternance, via des contrats de professionnalisation ou d’apprentissage.",
      [CS], notes="Heures d'insertion, alternance.")
    P("Une double approche qui garantit à la fois expérience sur le terrain et qualification reconnue.",
      [CS], notes="Suite: insertion et qualification; thème par le contexte.", ambiguous=True)
    P("Tous les marchés liés au projet ont été concernés : maîtrise d’œuvre, travaux préparatoires, construction du centre de maintenance, dévoiement des réseaux d’eau et d’assainissement, infrastructures…",
      [CS], notes="Périmètre des marchés à clause d'insertion (le thème tient au contexte).", ambiguous=True)
    P("L’objectif est clair : faire de chaque étape du chantier une opportunité pour l’inclusion.",
      [CS], notes="Inclusion par le chantier.")
    P("Concrètement, ce sont 130 000 heures de travail – dont 25 000 en alternance – qui seront consacrées à l’insertion sociale.",
      [CS], notes="Heures d'insertion.")
    P("Cela représente environ 250 personnes qui bénéficieront d’un accompagnement personnalisé, de formations, et d’une véritable passerelle vers l’emploi durable.",
      [CS], notes="Bénéficiaires de l'insertion.")

    S("http://lescanaux.com/les-canaux-resources/ville-et-eurometropole-de-strasbourg-marche-de-travaux-routiers-comprenant-une-clause-dexecution-en-matiere-dinsertion-sociale/", "Ville et Eurométropole de Strasbourg – Marché de travaux routiers comprenant une clause d’exécution en matière d’insertion sociale (Les Canaux)")
    P("Ville et Eurométropole de Strasbourg – Marché de travaux routiers comprenant une clause d’exécution en matière d’insertion sociale",
      [CS], notes="Titre: clause d'insertion.")
    P("Depuis plus de 20 ans, la ville et l’Eurométropole de Strasbourg mettent en œuvre des clauses sociales dans leurs contrats de marchés publics.",
      [CS], notes="Clauses sociales.")
    P("Le dimensionnement de ces clauses sociales est établi en tenant compte de l’objet de chaque contrat, de la main d’œuvre requise et de la capacité technique.",
      [CS], notes="Dimensionnement des clauses sociales.")
    P("Un engagement qui s’est vu renforcé en 2018 par l’adoption de leur Schéma de Promotion des Achats Socialement et Ecologiquement Responsables (SPASER).",
      [G, CS], notes="Adoption du SPASER (gouvernance); l'engagement renforcé est celui des clauses sociales.", ambiguous=True)
    P("En 2019, l’Eurométropole de Strasbourg a lancé un marché de rénovation d’une route dans le quartier du Port du Rhin à Strasbourg.",
      [], notes="Marché de travaux, sans thème dans la phrase.")
    P("Ce marché comprenait 2 lots dont le lot 1 concernait la rénovation de la chaussée et comportait des conditions particulières d’exécution en matière d’insertion sociale de personnes éloignées du marché du travail (personnes en cours de réinsertion professionnelle, personnes rencontrant des difficultés particulières pour accéder à l’emploi, etc.).",
      [CS], notes="Condition d'exécution d'insertion.")
    P("L’engagement demandé au Titulaire était l’emploi de personnes éloignées du marché du travail à hauteur de 245 heures sur la durée du marché.",
      [CS], notes="Heures d'insertion.")
    P("L’objectif affiché de ces heures d’insertion est de permettre à ces travailleurs éloignés de l’emploi d’acquérir ou d’améliorer leurs qualifications et leur expérience en vue d’une meilleure employabilité et d’une intégration durable.",
      [CS], notes="Heures d'insertion, qualification.")
    P("Afin de s’assurer du respect de cette obligation contractuelle pendant l’exécution du marché, l’association le Relais Chantiers a été associé au dispositif.",
      [CS, G], notes="Suivi de la clause d'insertion par un facilitateur (suivi -> gouvernance au sens large).", ambiguous=True)

    S("https://encommun.montpellier.fr/articles/2025-10-05-ligne-5-une-passerelle-vers-lemploi-durable-les-clauses-sociales", "Ligne 5 : une passerelle vers l’emploi durable via les clauses sociales (Montpellier Méditerranée Métropole)")
    P("Ligne 5 : une passerelle vers l’emploi durable via les clauses sociales",
      [CS], notes="Titre: clauses sociales.")
    P("Les clauses sociales sont aujourd'hui incontournables dans l'attribution des marchés publics.",
      [CS], notes="Clauses sociales.")
    P("Les obligations légales qui en découlent pour les entreprises représentent des leviers importants d’insertion sociale et professionnelle.",
      [CS], notes="Insertion.")
    P("Sur le chantier de la ligne 5 de tramway, de nombreuses personnes éloignées de l’emploi ont pu ainsi retrouver une activité grâce à ce dispositif.",
      [CS], notes="Personnes éloignées de l'emploi.")
    P("Le dispositif des clauses sociales porté par la Métropole de Montpellier s’inscrit dans une démarche volontariste de lutte contre l’exclusion par l’emploi.",
      [CS], notes="Clauses sociales.")
    P("Coordonné par la Plateforme Clause Sociale, il mobilise un large réseau de partenaires, notamment les Structures d’Insertion par l’Activité Économique (SIAE), qui garantissent sa mise en œuvre.",
      [CS], notes="Facilitateur (plateforme clause sociale), SIAE.")
    P("Les entreprises remportant les marchés publics doivent assurer un quota « d’heures de travail en insertion sociale » (NDLR : fixé à 5 % pour le territoire métropolitain) en embauchant des profils peu expérimentés ou en situation de précarité.",
      [CS], notes="Quota d'heures d'insertion.")
    P("Ainsi, le grand chantier de la ligne 5 de tramway, piloté par la TaM, a permis à 419 personnes de retrouver une activité professionnelle (NDLR : chiffres de la Plateforme Clause Sociale de la Métropole arrêtés au 30/06/25).",
      [CS], notes="Résultat de la clause sociale.")
    P("Parmi elles, 160 résidents des Quartiers Prioritaires de la Ville et 168 jeunes de moins de 26 ans.",
      [CS], notes="Publics de la clause d'insertion (thème par le contexte).", ambiguous=True)

    S("https://grenoble.ninja/sobriete-numerique", "Sobriété numérique (grenoble.ninja)")
    P("Le grand absent du récit de la dégooglisation d’Échirolles est l’investissement de la commune dans un objectif de sobriété numérique.",
      [NUM], notes="Sobriété numérique.")
    P("Il s’agit pourtant de l’un des 4 axes majeurs du schéma directeur « Échirolles numérique libre ».",
      [NUM], notes="Schéma directeur numérique libre (logiciels libres); un plan pourrait aussi relever de la gouvernance.", ambiguous=True)
    P("Simplement, il nous a semblé un peu éloigné de l’objectif initial de la série.",
      [], notes="Phrase éditoriale sans thème.")
    P("La feuille de route politique de la ville, travaillée en groupe transversal par les élus, y consacre un chapitre intitulé : « Mettre les outils numériques au service de la transition écologique et des évolutions des pratiques. »",
      [NUM, G], notes="Feuille de route et groupe transversal (gouvernance); numérique au service de la transition écologique.", ambiguous=True)
    P("La nécessaire contribution du numérique à l’effort d’optimisation énergétique de la commune y est rappelée, mais la réflexion va au delà : « sans être négligeable, l’optimisation ne suffira pas à répondre au défi écologique et ne constitue pas le seul apport du numérique dans la lutte contre le réchauffement climatique.",
      [NUM, EN, E], notes="Numérique, optimisation énergétique, réchauffement climatique.", ambiguous=True)
    P("Il est également possible de le « considérer sous un autre angle, celui d’une force de transformation des pratiques. ».",
      [NUM], notes="Le numérique (repris par « le »).", ambiguous=True)
    P("Parmi les pistes évoquées, « une réflexion sur l’inclusion de critères de réparabilité et de capacité de réemploi dans ses choix de matériel numérique ».",
      [NUM], notes="Réparabilité et réemploi du matériel numérique (numérique responsable).")
    P("Toutes les études récentes indiquent effectivement que la production du matériel compte pour 70 à 80% de l’empreinte environnementale.",
      [NUM, E], notes="Empreinte environnementale du matériel numérique.")
    P("C’est donc en toute logique que la Direction de la Stratégie et de la Culture Numériques (DSCN) a choisi de prioriser les initiatives portant sur cette problématique.",
      [NUM], notes="Direction numérique; thème par le contexte.", ambiguous=True)
    P("Dans ce domaine, pas toujours évident à appréhender, une action efficace passe par des changements profonds, une « transformation des pratiques » du service informatique.",
      [NUM], notes="Service informatique, sobriété matérielle.")
    P("De nombreuses procédures ont été révisées, qui impactent aussi bien la dimension « support » que les achats ou la construction budgétaire.",
      [NUM], notes="Procédures du service informatique; thème par le contexte.", ambiguous=True)

    S("http://www.casuffitlegachis.fr/collectivites/sinformer/reduire-gaspillage-alimentaire-restauration-collective", "Réduire le gaspillage alimentaire en restauration collective (Ça suffit le gâchis, ADEME)")
    P("Réduire le gaspillage alimentaire en restauration collective",
      [AL, CE], notes="Titre: gaspillage alimentaire (alimentation + déchets, comme dans le dev).")
    P("Aliments laissés dans l'assiette ou jetés en fin de service car cuisinés en trop grande quantité, pertes de fabrication : au total le gaspillage alimentaire généré en restaurant collectif se situe entre 150 et 200 g par repas et par convive.",
      [AL, CE], notes="Gaspillage alimentaire.")
    P("Ainsi, pour un restaurant servant 500 couverts par jour et en moyenne 200 jours par an, ce sont entre 15 et 20 tonnes de produits jetées par an, l'équivalent d'une perte économique de 30 000 à 40 000 euros par an !",
      [AL, CE], notes="Volume du gaspillage alimentaire.")
    P("La valorisation des déchets alimentaires est certes possible mais son coût s'ajoute au montant des pertes.",
      [AL, CE], notes="Déchets alimentaires.")
    P("Mieux vaut donc combattre ce gaspillage à sa source.",
      [AL, CE], notes="Gaspillage (alimentaire par le contexte).", ambiguous=True)
    P("C'est ce que propose la loi relative à la transition énergétique pour la croissance verte qui enjoint l'État, ses établissements publics et les collectivités territoriales à mettre en place, avant le 1er septembre 2016, une démarche de lutte contre le gaspillage alimentaire au sein des services de restauration collective dont ils assurent la gestion.",
      [AL, CE], notes="Obligation de lutte contre le gaspillage alimentaire.")
    P("Avant de mettre en place un plan d'actions, il est essentiel de commencer par :\n> réaliser un diagnostic du gaspillage pour en connaître les causes et le coût réel (le coût des matières premières jetées est bien supérieur au coût de gestion des déchets),",
      [AL, CE], notes="Diagnostic du gaspillage; plan d'actions.")
    P("> identifier une personne capable de mobiliser tous les acteurs pouvant contribuer à la mise en place des actions dans l'entreprise.",
      [G], notes="Pilotage de la démarche (référent).", ambiguous=True)
    P("Il s'agit ensuite de choisir les solutions les mieux adaptées aux enjeux identifiés lors du diagnostic en s'appuyant sur les nombreux retours d'expérience disponibles",
      [], notes="Méthode générale, sans thème propre.", ambiguous=True)

    S("https://www.defi-metiers.fr/breves/campus-daubervilliers-un-exemple-de-reussite-de-mise-en-oeuvre-de-clauses-sociales-dans-la", "Campus d'Aubervilliers : un exemple de réussite de mise en œuvre de clauses sociales (Défi métiers)")
    P("Le chantier du futur campus Condorcet compte près de 49 000 heures d’insertion réservées aux structures de l'ESS, montrant qu’il est possible de réussir la mise en œuvre de clauses sociales dans les marchés publics.",
      [CS, ESS], notes="Heures d'insertion, clauses sociales; réservées aux structures de l'ESS.")
    P("La mise en œuvre de clauses sociales dans la commande publique peut s'avérer délicate, pour autant, de grands donneurs d'ordre comme la Région Ile-de-France semblent y parvenir avec succès.",
      [CS], notes="Clauses sociales.")
    P("A l’image de la construction du Campus Condorcet Paris-Aubervilliers, en Seine-Saint-Denis (93), dédié aux sciences humaines et sociales, où la Région Ile-de-France est maître d'ouvrage pour la bibliothèque de recherche du campus.",
      [], notes="Description du chantier, sans thème.")
    P("Cet équipement, qui permettra de regrouper 50 fonds documentaires éparpillés en Ile-de-France, est un projet à hauteur de 110 millions d'euros comportant des clauses sociales dès la maîtrise d'oeuvre.",
      [CS], notes="Clauses sociales dans le projet.")
    P("Depuis 1993, les clauses sociales peuvent conditionner l'attribution des marchés publics.",
      [CS], notes="Clauses sociales.")
    P("Ces clauses constituent un levier important pour promouvoir l'insertion des publics en difficulté.",
      [CS], notes="Insertion des publics en difficulté.")
    P("Le Code des Marchés Publics, dans son article 5, incite à prendre en compte la notion de développement durable dans la définition des besoins d’un marché public.",
      [E], notes="Développement durable au sens large (convention du dev: environnement).", ambiguous=True)
    P("L’introduction d’une clause sociale dans une commande publique répond à cette exigence en permettant de conditionner l’exécution ou l’attribution d’un marché en fonction des critères liés à l’emploi ou à la lutte contre les exclusions.",
      [CS], notes="Clause sociale.")
    P("La clause sociale permet à des personnes rencontrant des difficultés socioprofessionnelles de saisir l’opportunité d’un marché public de travaux, de services, ou de fournitures pour s’engager dans un parcours d’insertion durable, via la mise en situation de travail auprès d’entreprises.",
      [CS], notes="Parcours d'insertion.")

    S("https://www.fo-dgfip-sd.fr/045/spip.php?article1339", "Informatique - Vers une sobriété numérique accrue (FO DGFiP, section du Loiret)")
    P("Pour l’État, le logiciel libre rime avec sobriété numérique",
      [NUM], notes="Titre: logiciel libre, sobriété numérique.")
    P("Le conseil “des logiciels libres” institué par la direction interministérielle du numérique a tranché : il ne fait aucun doute que l’utilisation des logiciels libres augmente la durabilité des ordinateurs, smartphones et autres objets connectés.",
      [NUM], notes="Logiciels libres, durabilité des équipements.")
    P("Parfois, les injonctions ne sont pas contradictoires.",
      [], notes="Phrase éditoriale sans thème.")
    P("Pris en étau par de multiples réglementations et impératifs, les acteurs publics ne savent pas toujours sur quel pied danser.",
      [], notes="Phrase éditoriale sans thème.")
    P("En matière de sobriété numérique, une chose est sûre : le logiciel libre, et donc l’ouverture des codes sources informatiques exigée par la loi Lemaire, est un précieux allié.",
      [NUM], notes="Sobriété numérique, logiciel libre.")
    P("C’est en tout cas ce qu’en dit une note produite pour le “Conseil des logiciels libres” [lire l’encadré à la fin de cet article] mis en place par la direction interministérielle du numérique (Dinum) à la suite du lancement du plan d’action de l’État pour favoriser l’usage et le développement par les administrations des “logiciels libres et communs numériques”, porté par la ministre de l’époque, Amélie de Montchalin.",
      [NUM], notes="Plan d'action logiciels libres.")
    P("Les membres de ce conseil d’expertise se sont penchés sur les “apports du logiciel libre à la durabilité des équipements”, qu’il s’agisse de smartphones, d’ordinateurs ou d’objets connectés.",
      [NUM], notes="Durabilité des équipements numériques.")
    P("Avec une question de fond : faut-il recourir davantage aux logiciels libres pour réduire l’empreinte environnementale du numérique ?",
      [NUM, E], notes="Empreinte environnementale du numérique.")
    P("Cette empreinte du numérique est en effet estimée à 3-4 % des émissions annuelles de gaz à effet de serre de la France, sur lesquelles pèse principalement la fabrication du matériel informatique.",
      [NUM, E], notes="Émissions de GES du numérique.")

    S("https://https-vd.ch/2025/06/15/le-logiciel-talon-dachille-du-numerique-responsable-vaudois/", "Le logiciel, talon d’Achille du numérique responsable vaudois (https-vd.ch)")
    P("Le Conseil d’État vaudois a récemment répondu à une interpellation sur la durée de vie des équipements numériques utilisés par l’administration cantonale.",
      [NUM], notes="Durée de vie des équipements numériques (administration suisse, francophone).")
    P("Si cette réponse témoigne d’une volonté réelle de limiter l’empreinte environnementale du numérique public, elle laisse apparaître un angle mort préoccupant : le rôle central du logiciel dans l’obsolescence.",
      [NUM, E], notes="Empreinte environnementale du numérique, obsolescence logicielle.")
    P("Le texte rappelle à juste titre que l’impact écologique d’un ordinateur se situe essentiellement dans sa fabrication : 800 kg de minerais, 20 kg de produits chimiques, 240 kg de CO₂.",
      [NUM, E], notes="Impact écologique des ordinateurs.")
    P("D’où l’urgence de prolonger la durée de vie des équipements — réduire, réutiliser, réparer, recycler.",
      [NUM, CE], notes="Durée de vie des équipements numériques; réemploi, réparation, recyclage.", ambiguous=True)
    P("Dans ce contexte, le Canton affirme :\n- Garder les ordinateurs portables en moyenne 5 ans,\n- Remplacer les téléphones tous les 3 ans,\n- Conserver les ordinateurs de bureau et les écrans jusqu’à panne.",
      [NUM], notes="Durée d'usage des équipements.")
    P("C’est un effort louable. Mais pourquoi si peu ?",
      [], notes="Phrases éditoriales sans thème.")
    P("Car la durée de vie réelle est aujourd’hui dictée par le logiciel : quand les mises à jour de sécurité s’arrêtent, l’appareil devient inutilisable pour des raisons réglementaires ou de sécurité, alors que le matériel fonctionne encore parfaitement.",
      [NUM], notes="Obsolescence logicielle.")
    P("La réponse du Conseil d’État détaille les critères écologiques et sociaux inclus dans les marchés publics (labels durables, audits sociaux, transparence des usines).",
      [E, CT], notes="Critères écologiques (labels) et sociaux (audits sociaux, transparence des usines: conditions de travail dans la chaîne d'approvisionnement).", ambiguous=True)
    P("Mais aucune exigence n’est formulée sur le plan logiciel.",
      [NUM], notes="Exigences logicielles (thème par le contexte).", ambiguous=True)
    P("Pas un mot sur :\n- la compatibilité avec les systèmes libres,\n- la disponibilité de pilotes open source,\n- la possibilité de désactiver les verrous ou la vérification de leurs absences.\n- ou l’ouverture des spécifications matérielles.",
      [NUM], notes="Logiciels libres, open source.")

    S("https://www.ogest.fr/actualites/category/reglementaire/page/8", "Surveillance de la qualité de l’air intérieur – Établissements accueillant des enfants (OGEST, actualités réglementaires)")
    P("Surveillance de la qualité de l’air intérieur – Établissements accueillant des enfants",
      [SA], notes="Titre: qualité de l'air intérieur (santé).")
    P("Dans les bâtiments, les sources d’émissions de substances polluantes sont nombreuses : matériaux de construction, peinture, meubles, appareils de chauffage, produits d’entretien, matériels utilisés pour des activités (colles, encres, peintures, feutres, etc.).",
      [SA], notes="Substances polluantes de l'air intérieur (produits, meubles): santé.", ambiguous=True)
    P("Une mauvaise qualité de l’air intérieur peut favoriser l’émergence de symptômes tels que des maux de tête, de la fatigue, une irritation des yeux, du nez, de la gorge, de la peau, des vertiges, des manifestations allergiques et de l’asthme.",
      [SA], notes="Effets sanitaires de l'air intérieur.")
    P("Afin de lutter contre la pollution de l’air dans les établissements recevant des enfants, de nouvelles obligations entrent en vigueur progressivement à partir du 1er janvier 2015.",
      [SA], notes="Obligations sur la qualité de l'air dans les lieux d'enfants.")

    S("https://www.ecolabeltoolbox.com/fr/solutions-techniques/les-labels-des-produits-d-entretien-76", "Les labels des produits d'entretien (Ecolabel Toolbox)")
    P("Pour choisir un produit de nettoyage ou un désinfectant, il est important de s'informer de près non seulement des performances et des conditions d'application du produit, mais également de son impact sur l'environnement.",
      [E], notes="Impact environnemental des produits d'entretien.")
    P("Les produits d'entretien peuvent contenir des substances chimiques dont certaines ne sont pas biodégradables et dont les impacts sur l'environnement et la santé sont douteux voire négatifs.",
      [E, SA], notes="Substances chimiques: environnement et santé.")
    P("Les labels NF Environnement et l'Ecolabel Européen garantissent des produits exempts de substances dangereuses.",
      [E, SA], notes="Écolabels; substances dangereuses (santé).", ambiguous=True)
    P("Plusieurs labels écologiques existent sur le marché pour la catégorie produit d'entretien (classés du plus fréquent au moins fréquent)",
      [E], notes="Labels écologiques.")
    P("L'Écolabel, créé en 1992, part sur le principe de l' « approche globale » qui « prend en considération le cycle de vie du produit » depuis l'extraction des matières premières jusqu'à sa mise en décharge finale, en passant par la fabrication, le choix des matières premières, la distribution, la consommation et l'utilisation.",
      [E], notes="Écolabel, cycle de vie.")
    P("Les problèmes écologiques pris en compte vont de la qualité de l'air, de l'eau, la protection des sols, la limitation des déchets, l'économie d'énergie, la gestion des ressources naturelles, la prévention du réchauffement climatique, la protection de la couche d'ozone, la sécurité de l'environnement, les nuisances sonores et la biodiversité.",
      [E, CE, EN, BIO], notes="Liste de critères de l'Écolabel: déchets, énergie, biodiversité nommés.", ambiguous=True)
    P("L’Écolabel ne peut pas être accordé aux produits qui contiennent des substances, des préparations ou mélanges classés comme toxiques, dangereux pour l’environnement, cancérogènes, mutagènes ou toxiques pour la reproduction.",
      [E, SA], notes="Substances CMR (santé), dangereuses pour l'environnement.")

    S("https://www.batiscript.com/?p=47696", "Travail dissimulé dans le BTP : obligations du maître d’ouvrage (Batiscript)")
    P("Dans le BTP, le travail dissimulé n’est pas un phénomène marginal : il touche une part importante des chantiers et peut engager la responsabilité de plusieurs acteurs, y compris celle du maître d’ouvrage.",
      [CT], notes="Travail dissimulé (conditions de travail: travail illégal).")
    P("Trop souvent perçu comme un risque éloigné, il devient pourtant concret au moment des contrôles URSSAF ou de l’Inspection du travail.",
      [CT], notes="Travail dissimulé (repris par « il »), contrôles.", ambiguous=True)
    P("Agir en amont reste la meilleure manière de s’en prémunir.",
      [CT], notes="Prévention du travail dissimulé (par reprise).", ambiguous=True)
    P("Cela suppose non seulement de connaître ses obligations légales, mais aussi d’être capable de structurer une démarche claire et traçable.",
      [], notes="Méthode générale, sans thème propre.", ambiguous=True)
    P("Dans ce cadre, certaines maîtrises d’ouvrage choisissent de s’appuyer sur des outils numériques pour fiabiliser et alléger cette gestion.",
      [], notes="Outils de gestion, sans thème (pas du numérique responsable).", ambiguous=True)
    P("Le travail dissimulé peut prendre plusieurs formes : non-déclaration d’un salarié, absence d’immatriculation d’une entreprise, recours à des travailleurs étrangers sans autorisation, ou dissimulation d’heures de travail.",
      [CT], notes="Formes du travail dissimulé.")
    P("En 2022, l’Inspection du travail a mené plus de 39 000 contrôles, ayant donné lieu à plus de 7300 constats de travail illégal, dont une part importante dans le secteur du BTP (source : Ministère du travail).",
      [CT], notes="Travail illégal.")
    P("Pour l’URSSAF, le secteur représente près de 30 % des redressements pour travail dissimulé, avec plusieurs millions d’euros de régularisations chaque année.",
      [CT], notes="Travail dissimulé.")
    P("Le maître d’ouvrage est juridiquement concerné via l’obligation de vigilance prévue par le Code du travail.",
      [CT], notes="Obligation de vigilance du donneur d'ordre.")
    P("Lorsqu’il conclut un contrat de plus de 5 000 € HT avec une entreprise, il doit vérifier que celle-ci est régulièrement immatriculée et à jour de ses obligations sociales.",
      [CT], notes="Vérification des obligations sociales des titulaires.")
    P("Cette obligation s’applique aussi indirectement à tous les sous-traitants qui interviennent sur le chantier.",
      [CT], notes="Vigilance sur les sous-traitants.")
    P("Certains documents, comme l’attestation de vigilance URSSAF, doivent être mis à jour à chaque fois qu’ils se périment.",
      [CT], notes="Attestation de vigilance.", ambiguous=True)

    S("http://resolis.org/fiche-pratique/la-centrale-des-marches-solidaires/347", "La Centrale des Marchés Solidaires (RESOLIS)")
    P("Résumé : Initiée en 2013 par les associations Rues du Développement Durable, Culture et Coopération (C&C) et l'Inter Réseau de l’Insertion par l’Activité Economique (IRIAE), la Centrale des Marchés Solidaires propose aux acteurs de l’Economie Sociale et Solidaire (ESS) du territoire Loire Sud un service complet en conseil et expertise technique dans leurs réponses aux marchés publics et privés.",
      [ESS], notes="Accès des acteurs de l'ESS aux marchés; le réseau IAE n'est cité que comme fondateur.", ambiguous=True)
    P("La Centrale des Marchés Solidaires (CMS) est née en 2012 lorsque les associations Rues du Développement Durable (RDD), Culture et Coopération (C&C) et Inter Réseau de l’Insertion par l’Activité Economique (IRIAE) se sont constituées en groupement solidaire et ont répondu collectivement à l’appel à projets lancé dans le cadre du Programme de Coopération de l’Economie Sociale et Solidaire (PROCESS).",
      [ESS], notes="Groupement d'associations de l'ESS; réseau IAE cité comme membre.", ambiguous=True)

    S("https://explorers.mc2i.fr/le-partenariat-dinnovation-un-atout-pour-les-projets-visionnaires", "Le partenariat d’innovation, un atout pour les projets visionnaires (mc2i Explorers)")
    P("Le partenariat d’innovation, un atout pour les projets visionnaires",
      [INNO], notes="Titre: partenariat d'innovation.")
    P("En matière d’innovation, les services publics ont toujours fait figure de mauvais élèves.",
      [INNO], notes="Innovation dans les services publics.", ambiguous=True)
    P("Ce constat est d’autant plus flagrant lorsqu’on les compare aux entreprises privées qui investissent des sommes colossales en recherche et développement afin de proposer des produits et des services toujours plus compétitifs.",
      [INNO], notes="Recherche et développement (comparaison avec le privé).", ambiguous=True)
    P("Aujourd’hui cette tendance est sur le point de changer, ou tout du moins d’évoluer, et ceux grâce au « Partenariat d’innovation ».",
      [INNO], notes="Partenariat d'innovation.")
    P("Autrefois, lors de la passation de marchés publics de type recherche et développement (R&D), l’acheteur rémunérait les entreprises sélectionnées pour leurs travaux.",
      [INNO], notes="Marchés de R&D.")
    P("Cependant, au terme de cette phase, les acteurs économiques n’avaient aucune garantie de se voir attribuer le marché d’acquisition de la solution.",
      [INNO], notes="Suite sur les marchés de R&D (thème par le contexte).", ambiguous=True)
    P("En effet, l’acheteur devait procéder à une nouvelle mise en concurrence ouverte à toutes entreprises.",
      [], notes="Règle de mise en concurrence, sans thème propre.", ambiguous=True)
    P("L’acheteur n’avait donc lui aucune garantie d’acheter une solution adaptée à son besoin.",
      [], notes="Phrase générale sans thème.", ambiguous=True)
    P("Les différentes parties prenantes étaient donc trés réticentes à l’idée de s’engager dans ce type de marchés.",
      [INNO], notes="« Ce type de marchés » = marchés de R&D.", ambiguous=True)
    P("Conçu au sein des institutions européennes afin de pallier ces difficultés, le partenariat d’innovation a été décliné dans les différents pays membres de l’Union Européenne.",
      [INNO], notes="Partenariat d'innovation.")
    P("Il permet aux acheteurs publics la passation de marchés de type R&D ainsi que l’achat des produits, services ou travaux innovants qui en sont le résultat cela sans remise en concurrence.",
      [INNO], notes="R&D et achat de solutions innovantes.")
    P("Ainsi, les acheteurs publics auront désormais la garantie d’acheter les solutions qui correspondent en tout point à leurs besoins",
      [INNO], notes="Effet du partenariat d'innovation (thème par le contexte).", ambiguous=True)

    S("https://simply-ao.fr/blog/partenariat-dinnovation-les-appels-doffres-comme-moteurs-du-progres", "Partenariat d’innovation : les appels d’offres comme moteurs du progrès (Simply’AO)")
    P("Dans une société en constante évolution, lorsque l’Etat, ses collectivités territoriales ou ses établissements publics souhaitent acquérir des biens, services ou faire exécuter des travaux, ils peuvent avoir des besoins spécifiques.",
      [], notes="Phrase générale sans thème.")
    P("En effet, face aux nouvelles normes environnementales, à la hausse des coûts de l’énergie, aux avancées technologiques, à l’inflation, au vieillissement de la population, aux nouveaux enjeux sanitaires ... les solutions déjà disponibles sur le marché peuvent ne pas répondre parfaitement aux besoins des acheteurs.",
      [INNO, E, EN], notes="Besoins non couverts par le marché (innovation); normes environnementales et coût de l'énergie cités comme causes.", ambiguous=True)
    P("Ainsi, ces derniers peuvent choisir d’utiliser un outil spécifique pour acquérir des solutions dont les caractéristiques n’existent pas encore ; le partenariat d’innovation.",
      [INNO], notes="Partenariat d'innovation.")
    P("En quoi consiste le partenariat d’innovation ? Est-ce une procédure avantageuse ?",
      [INNO], notes="Questions sur le partenariat d'innovation.")
    P("Simply’AO vous explique comment fonctionne cette procédure d’appels d’offres spécifique.",
      [], notes="Phrase éditoriale.", ambiguous=True)
    P("Le partenariat d’innovation a pour but de permettre le développement de biens, travaux ou services par une entreprise puis son acquisition par une entité adjudicatrice.",
      [INNO], notes="Partenariat d'innovation.")
    P("Cette dernière ne peut avoir recours à ce type de contrat que si la solution qu’elle recherche n’existe pas déjà sur le marché.",
      [INNO], notes="Condition du partenariat d'innovation (par reprise).", ambiguous=True)
    P("Nous considèrerons comme « innovation » une solution inédite ou bien l’amélioration des caractéristiques d’une solution existante.",
      [INNO], notes="Définition de l'innovation.")
    P("De nouvelles méthodes de construction avec de meilleurs performances énergétiques, des méthodes innovantes d’organisation professionnelle, la conception d’un logiciel aux nouvelles fonctionnalités, des solutions en cybersécurité pour répondre aux nouveaux enjeux … peuvent par exemple constituer une innovation.",
      [INNO, EN], notes="Exemples d'innovations, dont la performance énergétique.", ambiguous=True)

    S("https://zigetzag.info/avec-leco-paturage-lentretien-des-espaces-verts-cest-naturel", "Avec l’éco-pâturage, l’entretien des espaces verts, c’est naturel ! (Zig et Zag)")
    P("Avec l’éco-pâturage, l’entretien des espaces verts, c’est naturel !",
      [BIO], notes="Titre: éco-pâturage des espaces verts (biodiversité).")
    P("Pour faire disparaître les mauvaises herbes et limiter la repousse, de nombreuses communes font appel à des animaux et de plus en plus d’entreprises leur emboîtent le pas.",
      [BIO], notes="Entretien des espaces verts par des animaux.", ambiguous=True)
    P("L’éco-pâturage est une méthode alternative d’entretien des espaces verts qui préserve la biodiversité, aussi bien floristique que faunistique.",
      [BIO], notes="Biodiversité, espaces verts.")
    P("A travers tout le pays et dans la région Grand Est, de Thionville à Lauterbourg en passant par Rixheim, les exemples se multiplient.",
      [BIO], notes="Exemples d'éco-pâturage (thème par le contexte).", ambiguous=True)
    P("Aujourd’hui, environ 500 collectivités et organismes privés utilisent cette méthode à l’aide d’herbivores : ovins, caprins, bovins, ânes.",
      [BIO], notes="Éco-pâturage (« cette méthode »).", ambiguous=True)
    P("Pour débroussailler un terrain ou tondre une pelouse, il est possible de contractualiser avec un prestataire issu du monde agricole, un paysagiste, un berger urbain, une ferme pédagogique ou encore une association environnementale.",
      [BIO], notes="Contrat de prestation d'entretien des espaces verts par éco-pâturage.", ambiguous=True)
    P("L’exploitation en régie (avec des agents communaux) peut également être envisagée mais il importe que le personnel soit formé en termes de réglementation et de soins.",
      [], notes="Gestion en régie, formation des agents: sans thème propre.", ambiguous=True)
    P("En effet, l’éco-pâturage est soumis aux différentes dispositions et normes liées à la détention d’un cheptel, notamment en vertu des articles 1243 du code civil et L.214-1 du code rural et de la pêche maritime relatifs à la prise en compte du bien-être animal.",
      [BIO], notes="Éco-pâturage, bien-être animal.", ambiguous=True)
    P("L’éleveur doit se trouver en conformité avec l’ensemble des règles administratives et sanitaires.",
      [], notes="Règles applicables à l'éleveur, sans thème.")
    P("Il doit également assurer la traçabilité de ses animaux et disposer d’un vétérinaire référent.",
      [], notes="Sans thème.")
    P("Une convention et un cahier des charges détaillé doivent être signés avec le prestataire.",
      [], notes="Forme du contrat, sans thème.")
    P("Une évaluation en milieu et en fin de saison de pâturage (juillet et novembre) sur chaque site est à effectuer conjointement.",
      [], notes="Évaluation d'une prestation, pas le suivi d'une politique d'achat.", ambiguous=True)

    S("http://cahiersdufleurissement.com/prairies-broyees-ou-fauchees-ecologiques-et-economiques", "Prairies broyées ou fauchées, écologiques et économiques (Les Cahiers du fleurissement)")
    P("Prairies broyées ou fauchées, écologiques et économiques",
      [BIO], notes="Titre: prairies naturelles (gestion écologique des espaces verts).", ambiguous=True)
    P("Les prairies naturelles et fleuries ont le vent en poupe !",
      [BIO], notes="Prairies naturelles.")
    P("Dans un souci de préservation des ressources, avec de plus en plus de pelouses non irriguées ni fertilisées, les gestionnaires d’espaces verts sont, en effet, chaque jour plus nombreux à solliciter ce type de surfaces enherbées.",
      [BIO], notes="Gestion écologique des espaces verts.")
    P("D’autant plus que celles-ci favorisent la biodiversité, demandent en moyenne trois fois moins de temps d’entretien annuel qu’une pelouse rustique et apportent\nune identité “nature” à votre commune !",
      [BIO], notes="Biodiversité.")

    S("https://forum.allemagne-au-max.com/t/allemagne-les-communes-se-mettent-au-commerce-equitable/7536", "Allemagne : les communes se mettent au commerce équitable (forum Allemagne au max)")
    P("C’est l’organisation Transfair basée à Cologne qui s’occupe de décerner le label aux communes et vérifie qu’elles se plient aux exigences de la marque.",
      [CEQ], notes="Label de commune équitable (thème par le titre de la page).", ambiguous=True)
    P("Des exigences très modestes : il suffit que les instances municipales utilisent du café issu du commerce équitable ainsi qu’un second produit.",
      [CEQ], notes="Café équitable dans les communes.")
    P("C’est souvent le sucre ou le cacao qui va avec.",
      [CEQ], notes="Second produit équitable (par le contexte).", ambiguous=True)
    P("Mais Transfair se justifie de cette politique peu exigeante : « La sphère publique a comme responsabilité de se poser en modèle pour la société.",
      [CEQ], notes="Exemplarité publique (label équitable par le contexte).", ambiguous=True)
    P("Avec une politique plus stricte, on n’aurait pas converti autant de villes au commerce équitable.",
      [CEQ], notes="Commerce équitable.")
    P("Et d’autre part, il s’agit d’un minimum, on encourage les villes retenues à en faire plus. »",
      [CEQ], notes="Suite (thème par le contexte).", ambiguous=True)
    P("A Offenbach, ce sera d’abord le café qui viendra du commerce équitable.",
      [CEQ], notes="Café équitable.")
    P("Les conseillers municipaux du parti vert se réjouissent mais restent prudents : « On avait passé un règlement il y a quelques années pour utiliser du papier recyclé pour les photocopies et les impressions.",
      [CE], notes="Papier recyclé (achat de produits recyclés).", ambiguous=True)
    P("Ça a été une vraie galère pour le mettre en application.",
      [], notes="Sans thème.")
    P("Espérons que cette fois ci les services logistiques seront plus coopératifs. »",
      [], notes="Sans thème.")
