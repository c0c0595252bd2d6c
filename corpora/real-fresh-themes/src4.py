"""Evaluation-only real passages labelled for themes, set 4 (``corpora/real-fresh-themes/passages4.jsonl``); never
train on them.

Collected as sets 1 to 3 (``src.py``, ``src2.py``, ``src3.py``) were, on other hosts: each page's usable opening (as
returned by the project's search tool, corpus "pages") is transcribed passage by passage, verbatim except for runs of
spaces, and labelled with **all** its themes with the shared real dev set's conventions. No theme model was run on
these passages while collecting or labelling (blind). Objective fields are left minimal (``is_objective`` false, no
objectives): this set is for themes only. Pages are trade press, companies, consultancies, law firms, blogs and
associations outside the public-purchasing networks.
"""
# ruff: noqa: E501

from passage_checks import AL, BIO, CE, CEQ, CS, CT, EFH, EN, ESS, INNO, MR, NUM, PME, SA, E, G


def load(S, P, Q) -> None:

    S("https://www.victoryus.pro/articles/clause-insertion-levier-strategique-ou-contrainte-marches-publics", "Clause d’insertion : levier stratégique ou contrainte dans les marchés publics ? (Victoryus)")
    P("Clause d’insertion : levier stratégique ou contrainte dans les marchés publics ?",
      [CS], notes="Titre: clause d'insertion.")
    P("La clause d’insertion, encore trop souvent perçue comme un passage obligé purement administratif, est en réalité un puissant levier stratégique.",
      [CS], notes="Clause d'insertion.")
    P("Bien maîtrisée, elle peut renforcer la qualité de votre réponse, crédibiliser votre positionnement et créer de la valeur au niveau local.",
      [CS], notes="« elle » = la clause d'insertion (pronom); valeur locale sans PME nommées.", ambiguous=True)
    P("Qu’est-ce qu’une clause d’insertion ?",
      [CS], notes="Intertitre sur la clause d'insertion.")
    P("La clause d’insertion est une disposition contractuelle inscrite dans certains marchés publics.",
      [CS], notes="Définition de la clause d'insertion.")
    P("Elle impose ou encourage le titulaire du marché à réserver une part des heures de travail à des publics éloignés de l’emploi.",
      [CS], notes="Heures d'insertion pour des publics éloignés de l'emploi.")
    P("Ces publics incluent notamment :",
      [CS], notes="Amorce de la liste des publics de la clause (par le contexte).", ambiguous=True)
    P("• Les demandeurs d’emploi de longue durée",
      [CS], notes="Public de la clause d'insertion (par la liste).", ambiguous=True)
    P("• Les jeunes sans qualification",
      [CS], notes="Public de la clause d'insertion (par la liste).", ambiguous=True)
    P("• Les bénéficiaires de minima sociaux",
      [CS], notes="Public de la clause d'insertion (par la liste).", ambiguous=True)
    P("• Les travailleurs handicapés",
      [CS], notes="Travailleurs handicapés nommés comme public d'une clause d'insertion: pas un marché réservé (convention du dev).", ambiguous=True)
    P("• Les personnes accompagnées par des structures d’insertion ou des GEIQ (Groupement d’Employeurs pour l’Insertion et la Qualification).",
      [CS], notes="Structures d'insertion et GEIQ: insertion.")
    P("Pourquoi cette clause est-elle de plus en plus utilisée ?",
      [CS], notes="Intertitre sur la clause (d'insertion, par le contexte).", ambiguous=True)
    P("La clause d’insertion s’inscrit dans une logique de commande publique responsable.",
      [CS, E], notes="Clause d'insertion; « commande publique responsable » au sens large → environnement (convention des sets 1-3).", ambiguous=True)
    P("Elle permet à l’acheteur d’utiliser son budget comme un outil d’impact social, tout en répondant à ses besoins opérationnels.",
      [CS], notes="Impact social de la clause (pronom).", ambiguous=True)
    P("Trois objectifs sont généralement recherchés :",
      [CS], notes="Objectifs de la clause d'insertion (par le contexte).", ambiguous=True)
    P("• Favoriser l’emploi local et lutter contre l’exclusion",
      [CS, PME], notes="Lutte contre l'exclusion (insertion); emploi local (ancrage territorial?).", ambiguous=True)
    P("• Développer des compétences dans les territoires",
      [CS], notes="Objectif de la clause d'insertion (formation des publics), par la liste.", ambiguous=True)
    P("• Impliquer les entreprises dans une logique partenariale avec les acteurs sociaux",
      [CS], notes="Partenariat avec les acteurs de l'insertion (par la liste).", ambiguous=True)
    P("Jusqu’ici incitative, l’insertion devient progressivement une exigence généralisée.",
      [CS], notes="Insertion dans les marchés.")

    S("https://www.littlebigconnection.com/fr/blog/positive-impact/achats-responsables-comment", "Qu’est-ce que les achats responsables et comment les mettre en place ? (Little Big Connection, blog)")
    P("Qu’est-ce que les achats responsables et comment les mettre en place ?",
      [E], notes="Titre: « achats responsables » au sens large → environnement (convention des sets 1-3).", ambiguous=True)
    P("Les entreprises sont de plus en plus nombreuses à entamer une transformation profonde vers le Positive Impact.",
      [E], notes="Transformation « Positive Impact » (durabilité au sens large).", ambiguous=True)
    P("Face à l’urgence climatique et aux nouvelles obligations réglementaires, celles-ci se voient contraintes : leurs achats doivent devenir responsables.",
      [E], notes="Urgence climatique, achats responsables.")
    P("La fonction Achats, en tant qu’interface directe avec les fournisseurs, est en première ligne de cette transformation.",
      [E], notes="La transformation durable (par le contexte).", ambiguous=True)
    P("C’est dans ce contexte que les \"achats responsables\" prennent tout leur sens.",
      [E], notes="Achats responsables au sens large.", ambiguous=True)
    P("Qu’appelle-t-on \"achats responsables\" ?",
      [E], notes="Intertitre: achats responsables au sens large.", ambiguous=True)
    P("Les achats responsables regroupent l’ensemble des pratiques qui visent à réduire les impacts négatifs des achats sur l’environnement et la société, tout en générant de la valeur à long terme pour l’entreprise et ses parties prenantes.",
      [E, CS], notes="Impacts sur l'environnement et la société (volet social au sens large).", ambiguous=True)
    P("Ils concernent tous les types d’achats (directs, indirects, stratégiques ou courants) et considèrent l’intégralité du cycle de vie d’un produit ou service.",
      [E], notes="Cycle de vie: environnement.", ambiguous=True)
    P("Exemples d’initiatives d’achats responsables :",
      [E], notes="Amorce de liste, achats responsables au sens large.", ambiguous=True)
    P("• Privilégier des fournisseurs labellisés ou certifiés (Ecovadis, BCorp, ISO 14001...)",
      [E], notes="Certifications RSE et ISO 14001 (management environnemental).")
    P("• Utiliser des matériaux recyclés ou éco-conçus dans la chaîne de production",
      [CE, E], notes="Matériaux recyclés (économie circulaire), écoconception (environnement).")
    P("• Mettre en place une politique de Travel Management responsable, en limitant les déplacements ou en favorisant les transports à faible impact",
      [E], notes="Déplacements et transports à faible impact.")
    P("• Collaborer avec des entreprises d’insertion professionnelle ou du secteur protégé",
      [CS, MR], notes="Entreprises d'insertion (insertion) et secteur protégé (handicap).")
    P("• Choisir des data centers éco-responsables pour héberger ses infrastructures numériques",
      [NUM, E], notes="Data centers éco-responsables: numérique responsable.")
    P("• Intégrer des fournisseurs locaux ou issus de TPE/PME",
      [PME], notes="Fournisseurs locaux et TPE/PME.")

    S("https://archimag.com/demat-cloud/2024/10/24/achats-responsables-durables-dematerialisation-gestform-bordeaux", "Achats responsables et durables (Archimag)")
    P("L'achat responsable, ce n'est pas seulement une question de respect des normes ou de réduction des coûts.",
      [E], notes="Achat responsable au sens large → environnement.", ambiguous=True)
    P("C'est une véritable stratégie qui vise à concilier performance économique, impact environnemental et justice sociale.",
      [E, CS], notes="Impact environnemental; justice sociale (volet social au sens large).", ambiguous=True)
    P("Concrètement, il s'agit de privilégier des produits et services à faible empreinte écologique, issus de circuits courts ou de matériaux recyclables, tout en favorisant l’insertion sociale et le soutien aux PME locales.",
      [E, AL, CE, CS, PME], notes="Empreinte écologique, circuits courts (pas forcément alimentaires), matériaux recyclables, insertion sociale, PME locales.", ambiguous=True)
    P("Mais pour que l’achat soit pleinement responsable, il est nécessaire d’interroger la dimension responsable sur ses trois composantes :",
      [E], notes="Achat responsable au sens large.", ambiguous=True)
    P("- Ce que j’achète : à travers la définition des besoins, et la mise en œuvre d’une démarche d’éco-conception ou d’analyse du cycle de vie, il s’agit d’éliminer ce dont on n’a pas besoins pour se concentrer sur le juste besoin.",
      [E], notes="Écoconception, analyse du cycle de vie, juste besoin (sobriété).")
    P("- À qui je l’achète : à travers la sélection du fournisseur et des moyens qu’il met en place, il s’agit de limiter les risques liés au fournisseur.",
      [], notes="Sélection du fournisseur et risques, sans thème précis.", ambiguous=True)
    P("- Comment je l’achète : à travers les modalités de sélection et de contractualisation, il s’agit de mettre en place une relation partenariale et équilibrée avec le fournisseur, dans une logique « gagnant / gagnant » afin de stimuler l’innovation.",
      [INNO], notes="Relation fournisseur pour stimuler l'innovation.", ambiguous=True)
    P("Car en achetant responsable, il est possible non seulement de préserver l’environnement, mais surtout de redonner du sens à chaque euro dépensé.",
      [E], notes="Préserver l'environnement.")
    P("Grâce au témoignage de Mustapha ELOUAJIDI, Directeur adjoint achat et commande publique Bordeaux Métropole, vous saurez comment intégrer des pratiques responsables dans vos processus achats, tout en respectant les cadres législatif et réglementaire en vigueur.",
      [E], notes="Pratiques responsables au sens large.", ambiguous=True)

    S("https://leslivresblancs.fr/livre/societe/administration-collectivites-locales/collectivites-comment-sattaquer-aux-dechets-de-la", "Collectivités : comment s’attaquer aux déchets de la restauration collective (Les Livres Blancs, Zero Waste France)")
    P("D’après l’ADEME, un repas en restauration collective génère en moyenne 450 grammes de déchets dont 200 grammes de biodéchets et 250 grammes d’emballages.",
      [CE, AL], notes="Déchets et biodéchets de la restauration collective (déchets; restauration collective).", ambiguous=True)
    P("Zero Waste France fait le bilan des pistes d’actions et des outils existants pour réduire ces deux types de déchets lorsqu’ils sont produits par des restaurants gérés par les collectivités.",
      [CE, AL], notes="Réduction des déchets des restaurants collectifs.", ambiguous=True)
    P("\"Le gaspillage alimentaire représente un enjeu de taille, réaffirmé par la loi de transition énergétique de 2016 qui impose à l’Etat et aux collectivités de mettre en œuvre une « démarche de lutte contre le gaspillage alimentaire au sein des services de restauration collective dont ils assurent la gestion ».",
      [AL, CE], notes="Gaspillage alimentaire → alimentation + économie circulaire (convention du set 2).")
    P("Pour s’attaquer à cet enjeu, il est possible d’agir à plusieurs niveaux : en cuisine, lors du service et dans le restaurant.",
      [AL, CE], notes="« cet enjeu » = le gaspillage alimentaire (par le contexte).", ambiguous=True)
    P("En cuisine, assurer une gestion optimale des stocks et excédents",
      [AL, CE], notes="Intertitre: stocks et excédents alimentaires (gaspillage, par le contexte).", ambiguous=True)
    P("La nature du gaspillage alimentaire produit en cuisine et les actions possibles pour le réduire dépendent bien sûr des modalités de préparation des repas dans le restaurant concerné : sur place ou bien livrés depuis une cuisine centrale.",
      [AL, CE], notes="Gaspillage alimentaire.")
    P("Dans tous les cas, il est d’abord possible d’ajuster les quantités commandées selon des paramètres tels que le jour de la semaine ou la saison, en fonction des données empiriques récoltées sur le gaspillage alimentaire.",
      [AL, CE], notes="Gaspillage alimentaire.")
    P("Ensuite, la gestion des stocks est importante.",
      [AL, CE], notes="Gestion des stocks alimentaires contre le gaspillage (par le contexte).", ambiguous=True)
    P("Les aliments dont la Date Limite de Consommation (DLC) est proche peuvent ainsi être servis en priorité.",
      [AL, CE], notes="Aliments servis avant leur DLC (anti-gaspillage, par le contexte).", ambiguous=True)
    P("Les aliments à Date de Durabilité Minimale (DDM) dépassée peuvent avoir certaines qualités altérées mais ne présentent aucun danger : ils peuvent donc être servis et non jetés.",
      [AL, CE], notes="Aliments servis plutôt que jetés: gaspillage alimentaire.")
    P("Enfin, il ne faut pas hésiter à resservir les excédents dans le respect des dispositions d’une note ministérielle du 22 octobre 2012 (pages 27-28).",
      [AL, CE], notes="Resservir les excédents (anti-gaspillage, par le contexte).", ambiguous=True)

    S("https://www.accroche-press.fr/acces-facilite-marches-publics-tpe-pme/", "Un accès facilité aux marchés publics pour les TPE-PME (Accroche Press)")
    P("Un accès facilité aux marchés publics pour les TPE-PME",
      [PME], notes="Titre: accès des TPE-PME.")
    P("Le Médiateur des entreprises publie une édition « spéciale relance » de son guide annuel consacrée aux marchés publics.",
      [PME], notes="Guide du Médiateur des entreprises pour les entreprises candidates (TPE-PME par le titre).", ambiguous=True)
    P("Tour d’horizon des principales mesures et nouvelles règles en vigueur pour faciliter l’accès des marchés publics aux TPE-PME.",
      [PME], notes="Accès des TPE-PME.")
    P("Les derniers chiffres du Baromètre de la commande publique de juin 2021 semblent en tout cas attester d’une reprise : au premier trimestre 2021, la commande publique est en progression de 26 % par rapport au premier trimestre 2020.",
      [], notes="Volume général de la commande publique, sans thème (comme les passages généraux du dev).", ambiguous=True)
    P("Un levier (8 % du PIB) sur lequel le ministère de l’Économie souhaite s’appuyer pour relancer l’économie post-crise.",
      [], notes="Poids de la commande publique et relance, sans thème.", ambiguous=True)
    P("Reste que l’accès à ces marchés spécifiques est jugé bien souvent difficile et complexe à décrypter pour les artisans et dirigeants de TPE et PME.",
      [PME], notes="Accès des artisans, TPE et PME.")
    P("En recensant les nouvelles règles et dispositifs en vigueur, l’édition spéciale du Guide des marchés publics, piloté par le Médiateur des entreprises, entend rendre la commande publique à la fois plus « simple et accessible » aux petites et moyennes entreprises.",
      [PME], notes="Accès des PME, simplification.")
    P("Marchés publics pour les TPE-PME, des seuils réévalués",
      [PME], notes="Intertitre: seuils et TPE-PME.")
    P("Si, en volume, les TPE et PME concluent une majorité des marchés publics en France (62 % des titulaires et 75 % comme sous-traitants), elles ne perçoivent environ qu’un quart de la valeur des 110 Mrds€ des contrats.",
      [PME], notes="Part des TPE et PME dans la commande publique.")
    P("Pour faciliter la candidature des artisans et chefs d’entreprise de TPE et PME, le formalisme a été allégé et les montants des appels d’offres auxquels les entreprises peuvent postuler ont été revus à la hausse.",
      [PME], notes="Simplification des candidatures des TPE et PME.")

    S("http://www.boislocalbretagne.bzh/prescrire-le-bois-local/comment-rediger-un-cctp.html", "Bois local et commande publique, comment s'y prendre ? (Bois local Bretagne)")
    P("Bois local et commande publique, comment s'y prendre ?",
      [PME], notes="Titre: bois local dans la commande publique (filière locale).", ambiguous=True)
    P("Le code des marchés publics regroupe les procédures que les administrations françaises et les collectivités locales doivent respecter lorsqu’elles passent une commande de biens ou de services.",
      [], notes="Définition générale du code, sans thème.")
    P("Si le code permet d’imposer un matériau comme le bois par exemple, il interdit en revanche de faire référence à une origine géographique.",
      [PME], notes="Interdiction de la préférence géographique (approvisionnement local).", ambiguous=True)
    P("Il est donc interdit par exemple de préciser que le bois doit provenir des forêts bretonnes.",
      [PME], notes="Origine locale du bois (filière locale).", ambiguous=True)
    P("Les trois cas qui suivent illustrent des moyens d’intégrer des bois locaux dans la commande publique que l’on dispose de bois ou non.",
      [PME], notes="Bois locaux dans la commande publique (filière locale).", ambiguous=True)
    P("CAS N°1 : LA COLLECTIVITE INDIQUE CLAIREMENT DANS L'ENSEMBLE DES PIECES ECRITES SA VOLONTE DE CONSTRUIRE EN BOIS LOCAL",
      [PME], notes="Intertitre: construire en bois local (filière locale).", ambiguous=True)
    P("Les communes souhaitant construire en bois local doivent le faire savoir à chaque étape de l’opération de construction ou de rénovation de leur projet : définition des besoins, conception, réalisation.",
      [PME], notes="Construire en bois local (filière locale).", ambiguous=True)
    P("CAS N°2 : LA COLLECTIVITE POSSEDE SES PROPRES BOIS ET LES MET A DISPOSITION DU CHARPENTIER",
      [PME], notes="Intertitre: bois de la collectivité fourni au charpentier (ressource locale).", ambiguous=True)

    S("https://www.vnv-business.ch/acheteurs-publics-redecouvrez-le-bois/", "Acheteurs publics, redécouvrez le bois (VNV Business)")
    P("Le Groupe d’Étude des Marchés « Développement Durable, Environnement » a publié un guide pour inciter les acheteurs publics à utiliser le bois comme matériau de construction dans leurs marchés.",
      [E, G], notes="GEM « Développement durable, environnement » (environnement); guide pour les acheteurs (gouvernance au sens large).", ambiguous=True)
    P("Le Groupe d’Étude des Marchés (GEM) « Développement Durable, Environnement » cherche à inciter les acheteurs publics à utiliser davantage le bois comme matériau de construction dans les marchés publics de travaux par la publication d’un guide intitulé «GUIDE DE L’ACHAT PUBLIC ECO-RESPONSABLE. Le bois, matériau de construction ».",
      [E, G], notes="Achat public éco-responsable (environnement); guide (gouvernance au sens large).", ambiguous=True)
    P("Il s’agit d’un véritable mot d’ordre lancé aux acheteurs publics : ce document entre dans les détails pour nous vanter l’ensemble des avantages ce de matériau.",
      [E], notes="Le guide de l'achat éco-responsable sur le bois (par le contexte).", ambiguous=True)
    P("LE BOIS EST UN « FORMIDABLE » MATÉRIAU DE CONSTRUCTION",
      [E], notes="Intertitre sur le bois, matériau éco-responsable (par le contexte).", ambiguous=True)
    P("Le bois est d’abord un matériau renouvelable qui est disponible en grande quantité dans notre pays : la forêt recouvre 27% du territoire.",
      [E], notes="Matériau renouvelable (environnement au sens large).", ambiguous=True)
    P("Pour autant, il ne faut tout de même pas se mettre à consommer du bois de façon abusive : la gestion de nos forêts doit s’inscrire dans un cycle durable pour continuer à bénéficier de cette abondance.",
      [BIO], notes="Gestion durable des forêts → biodiversité (taxonomie: bois issu de forêts gérées durablement).")
    P("« Est considérée comme durable, la gestion des forêts effectuée d’une manière et à une intensité telles que sont maintenues la diversité biologique des forêts, leur productivité, leur capacité de régénération, leur vitalité et leur capacité à satisfaire, actuellement, et pour le futur, leurs fonctions écologiques, économiques et sociales ».",
      [BIO], notes="Gestion durable des forêts, diversité biologique.")
    P("L’acheteur public, dans la même logique, doit donc chercher à vérifier l’origine des produits qui seront utilisés pour son marché, en particulier s’ils proviennent de l’étranger.",
      [BIO], notes="Origine du bois, gestion durable des forêts (par le contexte).", ambiguous=True)
    P("En effet, pour ce qui est des essences rares, les zones de productions sont loin d’être strictement contrôlées et ne présentent donc que de faibles garanties en matière de gestion durable.",
      [BIO], notes="Essences rares et gestion durable des forêts.")

    S("https://www.bativigie.fr/vous-obligations/quels-secteurs-sont-concernes-par-le-risque-sous-traitance/", "Quels secteurs sont concernés par le risque sous-traitance ? (Bativigie)")
    P("Les entreprise délégant à des sous-traitants ou des fournisseurs de service tout ou partie d’une activité doivent être en capacité de gérer le risque de travail dissimulé lié à leurs cocontractants.",
      [CT], notes="Travail dissimulé chez les sous-traitants → conditions de travail (convention du set 3).")
    P("En effet, pour tout contrat de prestation annuelle de 5 000€ ou plus, l’entreprise et son dirigeant sont solidairement responsables des infractions relatives au droit du travail commises par le sous-traitant.",
      [CT], notes="Infractions au droit du travail des sous-traitants.")
    P("Et aucun secteur d’activité privé ou public n’est exempté de son devoir de vigilance sur ce point, sous peine de sanctions financières et pénales.",
      [CT], notes="Devoir de vigilance sur le travail dissimulé (par le contexte).", ambiguous=True)
    P("Lorsque l’on parle de travail dissimulé ou de fraude au détachement de salariés, le BTP est souvent pointé du doigt : c’est en effet le secteur le plus contrôlé (46% des entreprises contrôlées en 2017, tous secteurs confondus, selon le Plan National de Lutte contre le Travail Illégal).",
      [CT], notes="Travail dissimulé, fraude au détachement, travail illégal.")
    P("Cependant, toute entreprise peut être concernée par le risque de travail dissimulé dès lors qu’elle fait appel à un prestataire extérieur.",
      [CT], notes="Travail dissimulé.")
    P("Employé d’un sous-traitant assurant la maintenance des moyens de production, société de nettoyage, auto-entrepreneur, travailleur indépendant ou intérimaire assurant une mission ponctuelle dans les locaux de l’entreprise, voire transporteur assurant la livraison de produits, sont autant de zones de risques où le donneur d’ordre doit exercer son devoir de vigilance.",
      [CT], notes="Zones de risque de travail dissimulé (par le contexte).", ambiguous=True)
    P("En effet, toute entreprise privée ou publique (ainsi que ses dirigeants) est solidairement responsable des infractions commises par ses sous-traitants dès lors que les dépenses annuelles contractualisées avec un fournisseur dépassent les 5 000€ / an.",
      [CT], notes="Solidarité financière pour les infractions des sous-traitants (droit du travail, par le contexte).", ambiguous=True)
    P("Elle doit aussi exercer son devoir de vigilance quand au risque de travail illégal ou dissimulé des personnes intervenant sur ses sites.",
      [CT], notes="Travail illégal ou dissimulé.")

    S("https://www.encyclopedie-energie.org/laction-locale-en-faveur-de-la-sobriete-et-de-lefficacite-energetique-en-rhone-alpes/", "L’action locale en faveur de la sobriété et de l’efficacité énergétique en Rhône Alpes (Encyclopédie de l'énergie)")
    P("L’action locale en faveur de la sobriété et de l’efficacité énergétique en Rhône Alpes",
      [EN], notes="Titre: sobriété et efficacité énergétique.")
    P("En 2016, l’État national n’est plus le seul à se soucier d’une transition vers un approvisionnement énergétique plus soutenable.",
      [EN], notes="Transition énergétique.")
    P("Dès le premier choc pétrolier (1973) il est apparu que les consommations d’énergie, développées jusque là dans une logique d’offre gérée par des acteurs centralisés, devaient être maîtrisées.",
      [EN], notes="Maîtrise des consommations d'énergie.")
    P("Il était donc indispensable de s’intéresser aussi à la demande d’énergie et aux énergies renouvelables, décentralisées et locales par nature.",
      [EN], notes="Demande d'énergie et énergies renouvelables.")
    P("C’est ce qui a été fait dans la région Rhône-Alpes en deux étapes.",
      [EN], notes="Politique énergétique régionale (par le contexte).", ambiguous=True)
    P("En Rhône Alpes, l’Établissement public régional a créé en 1978 l’Agence régionale de l’énergie Rhônalpénergie, associant de nombreuses collectivités et les représentants des consommateurs collectifs et des offreurs.",
      [EN], notes="Agence régionale de l'énergie.")
    P("En parallèle, entre 1977 et 1985, pour étudier et développer l’énergie solaire, plusieurs associations ont été créées[1] : à Lyon l’ALEDES, à Grenoble l’AGEDES, à St Étienne HELIOSE, en Ardèche ISA, en Haute Savoie l’AHSDES et dans l’Ain HELIANTHE.",
      [EN], notes="Énergie solaire.")

    S("https://www.tamo.bzh/2025/11/21/site-web-plus-sobre-moins-energivore-collectivites", "Un site web plus sobre et moins énergivore pour les collectivités (Tamo, agence web)")
    P("Entre l’augmentation des services en ligne, les obligations de transparence et les usages numériques toujours plus intenses, les sites web des collectivités consomment de plus en plus d’énergie.",
      [NUM, EN], notes="Consommation d'énergie des sites web publics: numérique responsable, énergie.")
    P("Cette consommation, souvent sous-estimée, pèse à la fois sur l’empreinte environnementale du numérique public, sur les coûts d’hébergement et sur la performance globale des services en ligne.",
      [NUM, E], notes="Empreinte environnementale du numérique public.")
    P("Avec la loi REEN et l’arrivée du RGESN, la sobriété numérique devient désormais une exigence à part entière.",
      [NUM], notes="Sobriété numérique, loi REEN, RGESN.")
    P("Bonne nouvelle : des leviers simples et concrets permettent d’agir rapidement et avoir un site web plus sobre.",
      [NUM], notes="Site web sobre (sobriété numérique).")
    P("Dans une mairie de 30 000 habitants, Isabelle, responsable de la communication numérique, constate que son site municipal affiche des pages trop lourdes, des images mal optimisées et une navigation parfois lente.",
      [NUM], notes="Pages trop lourdes d'un site public (sobriété numérique, par le contexte).", ambiguous=True)
    P("Les agents reçoivent des remontées sur la difficulté d’accéder aux services, notamment depuis les zones rurales où la connexion est limitée.",
      [NUM], notes="Accès aux services en ligne (par le contexte du site sobre).", ambiguous=True)
    P("En creusant, elle découvre que ces problèmes nuisent autant à l’expérience citoyenne qu’à la consommation énergétique de la plateforme.",
      [NUM, EN], notes="Consommation énergétique du site.")
    P("Son objectif devient clair : alléger le site, améliorer sa performance et réduire son impact environnemental, sans dégrader l’accès à l’information.",
      [NUM, E], notes="Alléger le site, réduire son impact environnemental.")
    P("Une démarche à la portée de toutes les collectivités, à condition de s’appuyer sur les bons leviers.",
      [NUM], notes="La démarche de sobriété numérique (par le contexte).", ambiguous=True)
    P("Comprendre pourquoi les sites publics consomment autant d’énergie",
      [NUM, EN], notes="Intertitre: consommation d'énergie des sites publics.")
    P("Des services en ligne toujours plus nombreux et plus lourds",
      [NUM], notes="Intertitre: poids des services en ligne (sobriété numérique).", ambiguous=True)
    P("Les sites institutionnels ont évolué : ils ne sont plus de simples vitrines mais de véritables plateformes de services.",
      [NUM], notes="Sites institutionnels (par le contexte de la sobriété numérique).", ambiguous=True)
    P("Chaque nouveau module sollicite davantage les serveurs.",
      [NUM], notes="Charge des serveurs (sobriété numérique, par le contexte).", ambiguous=True)

    S("https://www.altaia.fr/post/appels-d-offres-publics-repérer-et-répondre-aux-critères-rse-implicites", "Appels d’offres publics : repérer et répondre aux critères RSE implicites (Altaia)")
    P("Appels d’offres publics : repérer et répondre aux critères RSE implicites",
      [E, CS], notes="Titre: critères RSE (volets environnemental et social au sens large).", ambiguous=True)
    P("Les appels d’offres publics intègrent aujourd’hui de plus en plus d’exigences liées à la RSE, qui deviendront obligatoires à partir d’août 2026.",
      [E, CS], notes="Exigences RSE (loi Climat et résilience, considérations environnementales et sociales), au sens large.", ambiguous=True)
    P("Dans un appel d’offres, les critères RSE implicites peuvent apparaître sous différentes formes.",
      [E, CS], notes="Critères RSE au sens large.", ambiguous=True)
    P("On les retrouve par exemple dans les exigences de gestion des déchets, de recyclage ou de réduction des emballages, dans les caractéristiques environnementales des matériaux demandés, dans la limitation des nuisances comme le bruit ou les émissions de CO2, ou encore dans l’analyse des risques humains, les conditions de travail, l’insertion professionnelle et l’égalité des chances.",
      [CE, E, CT, CS], notes="Déchets et recyclage; matériaux, nuisances, CO2; conditions de travail; insertion professionnelle. « Égalité des chances » non spécifique aux femmes.", ambiguous=True)
    P("La traçabilité, le respect des normes sociales et environnementales et la transparence de la chaîne d’approvisionnement sont également des indicateurs forts.",
      [E, CT], notes="Normes environnementales; normes sociales de la chaîne d'approvisionnement (conditions de travail?).", ambiguous=True)
    P("Même lorsqu’ils ne portent pas le nom de “RSE”, ces critères ont un poids réel dans l’analyse des offres.",
      [E, CS], notes="Critères RSE au sens large.", ambiguous=True)
    P("Pour les petites PME, ces exigences soulèvent souvent plusieurs difficultés.",
      [PME], notes="Difficultés des PME face aux marchés.")
    P("Les réponses sont parfois construites dans l’urgence, ce qui nuit à leur cohérence.",
      [PME], notes="Réponses des PME (par le contexte).", ambiguous=True)
    P("Dans ce contexte, la RSE devient moins un sujet de communication qu’un enjeu de sécurisation des candidatures.",
      [E, CS], notes="RSE au sens large.", ambiguous=True)
    P("La première consiste à analyser chaque appel d’offres pour identifier les attentes RSE implicites.",
      [E, CS], notes="Attentes RSE au sens large.", ambiguous=True)
    P("Un marché de construction peut par exemple sous-entendre l’usage de matériaux bas carbone, tandis qu’un marché de services peut attendre des engagements en matière d’insertion professionnelle.",
      [E, CS], notes="Matériaux bas carbone; insertion professionnelle.")

    S("https://bluedigo.fr/blogs/infos/2022-l-annee-du-reconditionne-grace-a-la-loi-agec", "Communiqué - 2022, l’année du reconditionné grâce à la loi AGEC ? (Bluedigo)")
    P("Communiqué - 2022, l’année du reconditionné grâce à la loi AGEC ?",
      [CE], notes="Titre: reconditionné, loi AGEC.")
    P("Une des grandes innovations de la loi anti-gaspillage pour l’économie circulaire (AGEC) consiste à mettre la commande publique au service du développement du marché de la seconde main et du reconditionné.",
      [CE], notes="Loi AGEC, seconde main et reconditionné.")
    P("En effet, son décret d’application du 9 mars 2021, qui est entré en vigueur le 1er janvier 2022, oblige les acheteurs publics à consacrer au moins 20% de leurs achats à des produits reconditionnés ou issus du réemploi.",
      [CE], notes="Obligation d'achats reconditionnés ou issus du réemploi.")
    P("Ce décret s’applique à différents types de produits et notamment le mobilier de bureau.",
      [CE], notes="Décret AGEC (réemploi) appliqué au mobilier, par le contexte.", ambiguous=True)
    P("Cette nouvelle règle est un moteur très puissant de développement pour le mobilier de bureau reconditionné, dans un contexte où près de 250 000 tonnes de mobilier de bureau finissent à la benne chaque année en France.",
      [CE], notes="Mobilier reconditionné, déchets de mobilier.")
    P("Et c’est une bonne nouvelle car d’après les calculs de Bluedigo, un des acteurs importants de ce marché, acheter du mobilier de bureau reconditionné plutôt que du neuf a un réel impact positif.",
      [CE], notes="Mobilier reconditionné.")
    P("Cela permet d'éviter les émissions de CO2 liées à l'extraction des matières premières et à la production de nouveau mobilier.",
      [E, CE], notes="Émissions de CO2 évitées par le réemploi du mobilier.")
    P("Par exemple, une chaise de bureau achetée d'occasion permet d’éviter l’émission de 67kg de CO2, et de 61kg pour un bureau.",
      [E, CE], notes="Mobilier d'occasion, CO2 évité.")
    P("Par conséquent et dans une démarche de réduction de leur impact environnemental, les acteurs publics vont de plus en plus faire appel à ces solutions d’économie circulaire.",
      [E, CE], notes="Impact environnemental, économie circulaire.")
    P("En témoigne la dernière collaboration entre Bluedigo et le Ministère de l’Intérieur qui a eu recours aux services Bluedigo pour réaménager leurs espaces de travail avant même l’entrée en vigueur de la loi AGEC.",
      [CE], notes="Mobilier reconditionné pour un ministère, loi AGEC.")

    S("http://observatoire-vehicule-entreprise.com/vehicules-propres-dans-les-flottes-publiques", "Véhicules propres dans les flottes publiques (Observatoire du Véhicule d'Entreprise)")
    P("Véhicules propres dans les flottes publiques",
      [E], notes="Titre: véhicules propres (environnement, taxonomie).")
    P("Depuis 20 ans, diverses dispositions législatives et circulaires ont cherché à encourager le développement des véhicules propres au sein du parc automobile de l'Etat, en fixant, par exemple, une proportion minimale de véhicules propres dans les achats annuels de véhicules.",
      [E], notes="Véhicules propres dans les achats de l'État.")
    P("• Dès 1996, la loi du 30 décembre 1996 sur l'air et l'utilisation rationnelle de l'énergie a imposé à l'Etat, à ses établissements publics, aux exploitants publics aux entreprises nationales, pour leurs activités n'appartenant pas au seceur concurrentiel, ainsi qu'aux collectivités territoriales et leurs groupements, lorsqu'ils géraient directement ou indirectement une flotte de plus de vingt véhicules,",
      [E, EN], notes="Première tranche d'une phrase longue: loi sur l'air et l'utilisation rationnelle de l'énergie, flottes de véhicules.", ambiguous=True)
    P("une proportion minimale d'acquisition ou d'utilisation de 20 % de véhicules fonctionnant à l'énergie électrique, au gaz de pétrole liquéfié ou au gaz naturel (loi n° 96-1236 du 30 décembre 1996 sur l'air et l'utilisation rationnelle de l'énergie, art. 24, créant l'article L. 8 B du Code de la route (ancien), abrogé par ord. n° 2000-930 du 22 septembre 2000 relative à la partie législative du code de la route.",
      [E, EN], notes="Seconde tranche: véhicules électriques ou au gaz (véhicules propres), loi sur l'air et l'énergie.", ambiguous=True)
    P("• Cette politique d'achat écoresponsable s'inscrit également au niveau européen : la directive 2009/33/CE du Parlement européen et du Conseil du 23 avril 2009 relative à la promotion de véhicules de transport routier propres et économes en énergie oblige les pouvoirs adjudicateurs et les entités adjudicatrices, ainsi que certains opérateurs, à tenir compte, lors de l'achat de véhicules de transport routier,",
      [E, EN], notes="Première tranche: achat écoresponsable, véhicules propres et économes en énergie.")
    P("\"des incidences énergétiques et environnementales qu'ont ces véhicules tout au long de leur cycle de vie, y compris la consommation d'énergie et les émission de CO2 et de certains polluants\" (directive 2009/33/CE du 23 avril 2009, art. 1er) .",
      [E, EN], notes="Seconde tranche: incidences énergétiques et environnementales, CO2 et polluants.")

    S("https://banqueentreprise.bnpparibas/post/rse/temoignage/achats-inclusifs-comment-engager-votre-entreprise-cltspk4gl00hp2ppn1fsth9nn", "Achats inclusifs : comment engager votre entreprise ? (BNP Paribas Banque Entreprise)")
    P("Achats inclusifs : comment engager votre entreprise ?",
      [CS, MR], notes="Titre: achats inclusifs (structures de l'insertion et du handicap, selon la page).", ambiguous=True)
    P("De plus en plus d’entreprises s’engagent dans des démarches d’achats inclusifs.",
      [CS, MR], notes="Achats inclusifs (insertion et handicap, par la page).", ambiguous=True)
    P("Partie intégrante de leur stratégie de responsabilité sociale et environnementale, en quoi ces politiques sont-elles des leviers de relocalisation de la main d’œuvre, de soutien au développement des entreprises sociales et solidaires ?",
      [CS, ESS], notes="Politiques d'achats inclusifs (social); entreprises sociales et solidaires (ESS).", ambiguous=True)
    P("Les achats inclusifs constituent une approche axée sur l’égalité des chances dans les processus d’achat.",
      [CS], notes="Achats inclusifs, égalité des chances (social au sens large).", ambiguous=True)
    P("Cela implique de prendre en compte les besoins et les perspectives de tous les groupes de personnes dans la société, y compris ceux qui sont souvent marginalisés ou discriminés, lors de la sélection des fournisseurs et des biens ou services à acheter.",
      [CS], notes="Inclusion des personnes marginalisées (social).", ambiguous=True)
    P("L’objectif est de s’assurer que ces personnes aient une chance égale de bénéficier des opportunités économiques que les achats peuvent offrir.",
      [CS], notes="Inclusion (par le contexte).", ambiguous=True)
    P("Les structures de l’inclusion comprennent toutes les entreprises dites de l’insertion et toutes les entreprises du handicap, c’est-à-dire :",
      [CS, MR], notes="Entreprises de l'insertion et du handicap.")
    P("• les structures de l’insertion par l’activité économique (SIAE)",
      [CS], notes="SIAE: insertion (pas de réservation ici).")
    P("• les structures du handicap (secteur du travail protégé et adapté – STPA)",
      [MR], notes="Secteur du travail protégé et adapté: handicap.")
    P("• les Travailleurs Indépendants Handicapés (TIH).",
      [MR], notes="Travailleurs indépendants handicapés.")
    P("Elles sont conventionnées par les services déconcentrés du Ministère du Travail, du plein emploi et de l’insertion pour leur dimension sociale.",
      [CS, MR], notes="Structures de l'insertion et du handicap (par le contexte).", ambiguous=True)
    P("Comme pour toute politique d’achats définie en entreprise la motivation se cale sur la stratégie de l’entreprise.",
      [G], notes="Politique et stratégie d'achats (gouvernance au sens large).", ambiguous=True)
    P("Il ne peut y avoir de politique d’achats responsables et solidaires sans que l’entreprise ait une politique d’impact responsables et solidaires et inversement.",
      [G, E, CS], notes="Politique d'achats (gouvernance); « responsables » au sens large (environnement); « solidaires » (inclusion, par la page).", ambiguous=True)

    S("https://www.ecolabel.be/fr/actualites/perturbateurs-endocriniens-avec-les-produits-eu-ecolabel-vous-etes-entre-de-bonnes-mains", "Perturbateurs endocriniens : avec les produits EU Ecolabel, vous êtes entre de bonnes mains (ecolabel.be)")
    P("Les perturbateurs endocriniens sont des substances dangereuses qui déséquilibrent nos hormones.",
      [SA], notes="Perturbateurs endocriniens: santé.")
    P("Ils peuvent avoir des effets néfastes tant sur notre santé que sur l'environnement.",
      [SA, E], notes="Effets sur la santé et l'environnement.")
    P("Une campagne du SPF Santé publique, des régions et des communautés donne aux femmes enceintes et à celles qui souhaitent le devenir des conseils concrets pour se protéger, ainsi que leur (futur) bébé.",
      [SA], notes="Campagne de santé publique (femmes enceintes: santé, pas égalité femmes-hommes).")
    P("L’un de ces conseils ? Laver ou nettoyer avec des produits EU Ecolabel ; ils contiennent beaucoup moins de substances dangereuses.",
      [E, SA], notes="Produits d'entretien écolabellisés (environnement, taxonomie); substances dangereuses (santé).")
    P("Les perturbateurs endocriniens sont des substances chimiques ou des mélanges de substances chimiques non produites par le corps humain et qui perturbent le système hormonal de notre organisme.",
      [SA], notes="Perturbateurs endocriniens: santé.")
    P("Les femmes enceintes ou souhaitant le devenir, les jeunes enfants et les adolescents sont particulièrement vulnérables à ces substances, car nos hormones sont très actives durant ces périodes.",
      [SA], notes="Vulnérabilité aux perturbateurs endocriniens: santé.")
    P("Les perturbateurs endocriniens se trouvent dans nos produits de consommation courante, notre alimentation ou notre environnement.",
      [SA], notes="Perturbateurs endocriniens: santé.")
    P("Ils peuvent causer de nombreuses maladies : problèmes de fertilité, de croissance, de développement cérébral, autisme, diabète, certains cancers, endométriose, etc.",
      [SA], notes="Maladies: santé.")
    P("Les produits de lessive, de nettoyage et les peintures portant l’EU Ecolabel contiennent moins de substances nocives ; utiliser ces produits est donc un moyen efficace de protéger votre santé et l'environnement.",
      [E, SA], notes="Produits écolabellisés; santé et environnement.")
    P("La campagne vise principalement les femmes enceintes, mais tout le monde en profite.",
      [SA], notes="Campagne de santé publique (par le contexte).", ambiguous=True)
    P("Vers des produits sans perturbateurs endocriniens",
      [SA], notes="Intertitre: perturbateurs endocriniens.")
    P("L‘EU Ecolabel garantit déjà des produits sans substances chimiques dangereuses pour la santé à long terme (cancérogènes et nocives pour la reproduction).",
      [E, SA], notes="Écolabel; substances dangereuses pour la santé.")
    P("Vu l’impact des perturbateurs endocriniens sur notre système hormonal, le label va encore plus loin.",
      [SA, E], notes="Perturbateurs endocriniens (santé); l'écolabel (environnement).", ambiguous=True)

    S("https://rnanews.eu/trop-de-produits-toxiques-dans-les-creches-340441.html", "Trop de produits toxiques dans les crèches (RNA News)")
    P("Trop de produits toxiques dans les crèches",
      [SA], notes="Titre: produits toxiques dans les crèches (santé).")
    P("Les perturbateurs endocriniens restent assez méconnus des professionnels de la petite enfance.",
      [SA], notes="Perturbateurs endocriniens: santé.")
    P("Différents guides et labels permettent de les y sensibiliser.",
      [SA], notes="Sensibilisation aux perturbateurs endocriniens (par le contexte).", ambiguous=True)
    P("Produits de nettoyage, lingettes, jouets en plastique... Les perturbateurs endocriniens sont potentiellement partout dans les crèches.",
      [SA], notes="Perturbateurs endocriniens dans les produits des crèches.")
    P("« Vous utilisez du napalm pour tuer une mouche », lance Claire Grolleau, présidente de l'association Label Vie, lorsqu'elle fait des visites dans ces lieux d'accueil pour les petits.",
      [SA], notes="Produits trop agressifs dans les crèches (santé, par le contexte).", ambiguous=True)

    S("https://www.cresspaca.org/s-informer/actualites/a-la-une/barometre-2017-des-achats-responsables-acheter-mieux-ne-coute-pas-plus-cher", "Baromètre 2017 des achats responsables : acheter mieux ne coûte pas plus cher (CRESS PACA)")
    P("L’observatoire des achats responsables (ObsAR) a présenté le 2 février la 8ème édition de son baromètre des achats responsables.",
      [G, E], notes="Baromètre d'un observatoire (suivi, gouvernance au sens large); achats responsables au sens large → environnement.", ambiguous=True)
    P("Cette nouvelle édition démontre clairement que les pratiques d’achats responsables se sont ancrées dans les politiques d’achats.",
      [E, G], notes="Achats responsables au sens large; politiques d'achats (gouvernance).", ambiguous=True)
    P("L’obstacle budgétaire, selon lequel acheter responsable revenait à acheter plus cher, est en net recul.",
      [E], notes="Acheter responsable au sens large.", ambiguous=True)
    P("En effet, en comparant les six derniers baromètres, on remarque qu’en 2012, les contraintes budgétaires étaient un frein pour 55% des répondants, contre seulement 35% d’entre eux en 2017.",
      [E, G], notes="Résultats du baromètre des achats responsables (suivi; achats responsables par le contexte).", ambiguous=True)
    P("Parmi les répondants à cette enquête, 64% sont issus du secteur privé (entreprises de toutes tailles) et 31% du secteur public (dont 21% de collectivités territoriales).",
      [], notes="Composition de l'échantillon de l'enquête, sans thème.", ambiguous=True)
    P("Le premier point positif est que 89% d’entre eux ont mis en place une politique d’achats responsables.",
      [G, E], notes="Politique d'achats responsables (gouvernance; achats responsables au sens large).")
    P("De plus, la mise en œuvre ou l’approfondissement de la politique d’achats responsables est une priorité pour 43% des répondants.",
      [G, E], notes="Politique d'achats responsables.")
    P("L’achat durable a donc bel et bien trouvé sa place dans la pratique des acheteurs publics et des entreprises soumissionnaires.",
      [E], notes="Achat durable au sens large → environnement.", ambiguous=True)
    P("Pour 95% des répondants du secteur public, l’autre priorité est la facilitation de l’accès des TPE/PME aux marchés publics.",
      [PME], notes="Accès des TPE/PME.")
    P("Pour y parvenir, 87% des acheteurs publics affirment allotir leur marché et 41% effectuent des démarches actives pour solliciter les TPE/PME compétentes n’ayant pas les moyens de se faire connaître.",
      [PME], notes="Allotissement, sourcing des TPE/PME.")
    P("Par ailleurs, la problématique des délais de paiement demeure un point d’attention important pour le secteur public.",
      [PME], notes="Délais de paiement (accès des PME, taxonomie).")
    P("Il est inférieur à 30 jours pour 38% des répondants publics, alors que seulement 12% des entreprises privées respectent un tel délai.",
      [PME], notes="Délai de paiement (par le contexte).", ambiguous=True)

    S("https://www.hellocarbo.com/blog/communaute/label-rfar/", "Label RFAR (Hello Carbo, blog)")
    P("Le Label Relations Fournisseurs et Achats Responsables est une certification officielle qui distingue les entreprises ayant opté pour des relations équilibrées et durables avec leurs fournisseurs.",
      [G, E], notes="Label d'achats responsables (charte/label → gouvernance; achats responsables au sens large → environnement).", ambiguous=True)
    P("Reconnu par l’État, ce label s’inscrit dans une démarche de Responsabilité Sociétale des Entreprises (RSE) et vise à promouvoir des pratiques d’achats plus éthiques et responsables dans l’économie française.",
      [G, E], notes="Label, RSE, achats responsables au sens large.", ambiguous=True)
    P("Qu’est-ce que le Label Relations Fournisseurs et Achats Responsables ?",
      [G, E], notes="Intertitre: le label d'achats responsables.", ambiguous=True)
    P("Créé en 2012 par le Médiateur des entreprises et le Conseil National des Achats (CNA), le Label RFAR a été pensé pour les organisations (du secteur privé comme du secteur public) qui adoptent des relations partenaires durables avec leurs fournisseurs.",
      [G], notes="Label de la politique d'achats (gouvernance au sens large).", ambiguous=True)
    P("C’est tout simplement le premier label public français en matière de relations interentreprises responsables.",
      [G], notes="Label RFAR (gouvernance au sens large).", ambiguous=True)
    P("Ce dernier est d’ailleurs adossé directement à la norme ISO 20400 sur les achats responsables.",
      [G, E], notes="Norme ISO 20400 sur les achats responsables.", ambiguous=True)
    P("Pour résumer, il s’adresse à tous les acteurs économiques :",
      [G], notes="Public du label (par le contexte).", ambiguous=True)
    P("Quels sont les 5 objectifs clés du Label RFAR ?",
      [G], notes="Intertitre: objectifs du label.", ambiguous=True)
    P("- Promouvoir la transparence et la loyauté dans les pratiques d’achat",
      [G], notes="Pratiques d'achat (gouvernance au sens large).", ambiguous=True)
    P("- Favoriser la pérennité économique des sociétés partenaires",
      [PME], notes="Pérennité des fournisseurs (relations fournisseurs, PME?).", ambiguous=True)
    P("- Intégrer la RSE dans la stratégie d’achat et dans la gouvernance",
      [G, E], notes="Stratégie d'achat et gouvernance; RSE au sens large.", ambiguous=True)
    P("- Réduire les risques liés aux tensions fournisseurs et aux retards de paiement",
      [PME], notes="Retards de paiement (accès des PME, taxonomie).")
    P("- Encourager des relations commerciales équilibrées et respectueuses entre clients et fournisseurs",
      [PME], notes="Relations fournisseurs équilibrées (PME?).", ambiguous=True)

    S("https://batiactu.com/edito/quel-role-25589.php", "Quel rôle pour les labels égalité et diversité dans le BTP ? (Batiactu)")
    P("Si ce label a connu peu de succès dans les firmes du BTP, « le label égalité H/F est une très bonne chose pour traiter spécifiquement de ce sujet ; par ailleurs , il y a aussi le Label Diversité pour rassembler l'ensemble des politiques et actions d'une entreprise », indique Jacques Crémer.",
      [EFH], notes="Label égalité hommes-femmes.")
    P("En effet, sous cette appellation, les handicapés, les seniors et la problématique des « origines » seront regroupées avec celle de la mixité homme-femme.",
      [EFH], notes="Mixité homme-femme dans un label diversité; le handicap est cité comme public de la diversité, pas comme marché réservé.", ambiguous=True)
    P("D'ailleurs, « Bouygues Construction va prochainement briguer le label Diversité », ajoute-t-il.",
      [EFH], notes="Label diversité (qui inclut la mixité, par le contexte).", ambiguous=True)
    P("« L'intérêt est d'avoir une approche globale à l'intérieur de laquelle on peut mettre en avant des thématiques. Mais cela n'a de sens que si l'on y met du contenu », précise-t-il.",
      [EFH], notes="Label diversité et mixité (par le contexte).", ambiguous=True)
    P("« Aller vers le label Diversité est à l'étude, mais on ne considère pas que c'est un passage obligé », reconnaît aussi Antoine Cristau, responsable Diversité chez Colas.",
      [EFH], notes="Label diversité (mixité, par le contexte).", ambiguous=True)
    P("Ainsi, le label Diversité constitue une manière différente d'aborder le problème de la mixité et de la non-discrimination.",
      [EFH], notes="Mixité et non-discrimination.")
    P("Le recrutement, un problème structurel",
      [EFH], notes="Intertitre: recrutement des femmes (par le contexte).", ambiguous=True)
    P("Augmenter le nombre de femmes dans les métiers est une initiative louable, mais encore faut-il trouver les femmes à embaucher !",
      [EFH], notes="Femmes dans les métiers du BTP.")
    P("Secteur masculin s'il en est, le BTP se féminise certes, mais au compte-goutte, si l'on peut dire.",
      [EFH], notes="Féminisation du BTP.")
    P("« C'est sur le recrutement que le travail reste à faire », martèle Jacques Crémer, DRH de Quille.",
      [EFH], notes="Recrutement des femmes (par le contexte).", ambiguous=True)
    P("« Une des principales difficultés, c'est le défaut de candidatures à tous les niveaux », confirme Antoine Cristau, responsable de la Diversité du groupe Colas.",
      [EFH], notes="Candidatures féminines (par le contexte).", ambiguous=True)
    P("« Toutefois, en proportion, on embauche plus de femmes que d'hommes. Le taux d'effort est plus important chez les femmes, et il commence à y avoir plus de candidatures », ajoute-t-il.",
      [EFH], notes="Embauche des femmes.")

    S("https://grandtesteur.fr/actualites/les-collectivites-territoriales-des-partenaires-pour-experimenter-et-accelerer-votre-innovation/", "Startups : comment collaborer avec les collectivités ? (GrandTesteur)")
    P("Startups : comment collaborer avec les collectivités ?",
      [INNO], notes="Titre: startups et collectivités (innovation, par la page).", ambiguous=True)
    P("Dans le cadre de Start&Up, l’événement de Champagne-Ardenne dédié à l’innovation et à l’entrepreneuriat organisé par Innovact, Rimbaud’Tech,Neoma Business School, Le Village by CA (Reims), Creative Labz, l’Oenotourisme Lab et Grand E-Nov+, l’équipe GrandTesteur a eu le plaisir d’animer la table ronde « Startups : comment collaborer avec les collectivités ? » en présence de 3 startups de l’écosystème.",
      [INNO], notes="Événement sur l'innovation; startups et collectivités.", ambiguous=True)
    P("Le 4 novembre sur le campus de Sciences Po Reims et devant un auditoire de porteurs de projets innovants et startups, Maud Carpentier – Hermsdoff, Responsable des opérations au sein d’Eté Indien, Vianney Senlecq, Strategy & Opérations au sein d’Urban Radar et Loïc Voluer, fondateur de la startup Logiplace,",
      [INNO], notes="Première tranche d'une phrase longue: porteurs de projets innovants et startups.", ambiguous=True)
    P("ont ainsi pu partager leurs retours d’expérience et conseils pour prendre des premiers contacts avec les collectivités et convertir une première collaboration en partenariat pérenne.",
      [INNO], notes="Seconde tranche: collaboration des startups avec les collectivités (par le contexte).", ambiguous=True)
    P("Impliquer les collectivités dès les prémices de son projet pour appréhender la réalité du terrain",
      [INNO], notes="Intertitre: projets innovants avec les collectivités (par le contexte).", ambiguous=True)
    P("Comme nos intervenants l’ont souligné, la collaboration avec une collectivité peut être clé pour développer un projet innovant ; en effet, tous trois n’auraient pu développer leurs activités sans un partenariat avec une première collectivité.",
      [INNO], notes="Projet innovant développé avec une collectivité.")
    P("Maud Carpentier-Hermsdorff a retracé le début d’Eté Indien en insistant sur l’aide que leur avaient apporté trois communes des Ardennes, en leur permettant de déployer des premières animations de sport-santé au sein de leurs territoires.",
      [SA, INNO], notes="Animations de sport-santé (santé); startup soutenue par des communes (innovation, par le contexte).", ambiguous=True)
    P("Elle a également précisé que « Cela n’aurait également pas été possible sans le soutien financier de la Conférence des Financeurs du Département des Ardennes », qui soutient à l’aune d’autres départements, des projets innovants médico-sociaux par un système d’appel à projets annuel.",
      [INNO, SA], notes="Projets innovants médico-sociaux.", ambiguous=True)

    S("https://eso.cnrs.fr/en/node/16465", "Produits bio et locaux à la cantine : du potentiel et des résistances (ESO, CNRS)")
    P("Produits bio et locaux à la cantine : du potentiel et des résistances",
      [AL], notes="Titre (seul texte de la page stockée): produits bio et locaux à la cantine.")

    S("https://www.le-tournant.com/agence-lucie/formation-achats-publics-responsables", "Formation achats publics responsables (Agence LUCIE, Le Tournant)")
    P("La commande publique représente en France plusieurs centaines de milliards d'euros annuels.",
      [], notes="Volume général de la commande publique, sans thème (comme les passages généraux du dev).")
    P("C'est un levier considérable pour orienter les marchés vers plus de durabilité sociale et environnementale — à condition que les acheteur.ses public.ques disposent des outils, des méthodes et du cadre stratégique pour en faire pleinement usage.",
      [E, CS, G], notes="Durabilité sociale et environnementale; outils et méthodes des acheteurs (gouvernance au sens large).", ambiguous=True)
    P("L'obligation de produire un SPASER (Schéma de Promotion des Achats Socialement et Écologiquement Responsables) pour les collectivités et organismes dépassant les seuils réglementaires renforce cette exigence.",
      [G, CS, E], notes="Obligation d'adopter un SPASER (gouvernance); socialement et écologiquement responsables.", ambiguous=True)
    P("Chez Agence LUCIE, ils ont à cœur d'outiller concrètement les professionnel·les de la commande publique pour que cette obligation devienne une véritable démarche de progrès.",
      [G], notes="Formation et outillage des acheteurs (gouvernance, taxonomie).", ambiguous=True)
    P("1. Introduction — La fonction achats publics : moyens, outils et perspectives",
      [G], notes="Module de formation sur l'organisation de la fonction achats (gouvernance au sens large).", ambiguous=True)
    P("Ce premier module situe la fonction achats publics dans l'organisation : sa place, les profils-types des équipes, les systèmes d'information disponibles et les enjeux actuels.",
      [G], notes="Formation: organisation de la fonction achats.", ambiguous=True)
    P("Il aborde l'intégration d'une politique achats dans une administration ou une collectivité — sa correspondance avec les politiques générales portées par la gouvernance et les appuis stratégiques indispensables à sa réussite.",
      [G], notes="Politique achats et gouvernance.")
    P("2. La politique achats responsables",
      [G, E], notes="Module: politique d'achats responsables (gouvernance; achats responsables au sens large).", ambiguous=True)
    P("Cette séquence centrale est structurée en trois volets.",
      [G], notes="Structure du module de formation (par le contexte).", ambiguous=True)
    P("Le premier porte sur les leviers de performance : fondements de la politique achats responsables (définition, cadre légal, impacts), interactions avec les autres documents-cadres, rôle des acheteur.ses dans la transformation des pratiques, et intégration des considérations sociales et environnementales dans les critères et conditions d'exécution des marchés.",
      [G, CS, E], notes="Politique achats responsables (gouvernance); considérations sociales et environnementales.")

    S("https://urba-nova.com/commande-publique-reemploi-les-leviers-sactivent", "Commande publique & réemploi : les leviers s’activent ! (Urbanova)")
    P("Commande publique & réemploi : les leviers s’activent !",
      [CE], notes="Titre: réemploi.")
    P("Christophe Amoretti-Hannequin de France urbaine a rappelé la puissance de la commande publique comme levier de transition (400 Md€/an, soit 14 % du PIB).",
      [E], notes="Levier de transition (écologique, par le contexte); volume de la commande publique.", ambiguous=True)
    P("Après un historique des diverses lois promouvant l’économie circulaire dans la commande publique (loi Climat & Résilience, loi AGEC, SPASER, etc.), on retient la nécessité de lever les leviers structurels apportés par la loi MOP qui cloisonne trop les rôles MOA/MOE et empêche une transversalité des approches nécessaire à l’économie circulaire.",
      [CE], notes="Économie circulaire dans la commande publique (lois citées, SPASER compris, comme historique).")
    P("Pour lever l’opposition fantasmée entre achats durables et contraintes budgétaires, on peut aussi transformer une approche par le prix par une approche du coût global, intégrant les économies induites tout au long du cycle de vie.",
      [E, CE], notes="Achats durables (environnement au sens large); coût global et cycle de vie (économie circulaire, taxonomie).", ambiguous=True)
    P("Patrick BERNARD de SYNETHIC a ensuite présenté les enjeux et outils de prescription du réemploi des matériaux en phase travaux.",
      [CE], notes="Réemploi des matériaux.")
    P("Il a proposé quatre leviers pour lever les deux problématiques structurelles : la gestion de l’incertitude et les optimisations nécessaires (économiques, environnementales, assurantielles).",
      [CE], notes="Leviers pour le réemploi (par le contexte).", ambiguous=True)
    P("1. Allotir les prestations : lot dépose soignée, lot dépose/repose, lot d’acquisition de matériaux réemployés pour l’ensemble des entreprises… les expérimentations sont nombreuses",
      [CE], notes="Lots pour le réemploi des matériaux (l'allotissement sert ici le réemploi, pas l'accès des PME).", ambiguous=True)
    P("2. Préciser les engagements attendus : moyens, résultats ? sur l’ensemble du projet, chacun des lots?",
      [CE], notes="Engagements de réemploi (par le contexte).", ambiguous=True)
    P("3. Définir les prix pour maîtriser l’incertitude en utilisant des bons de commande au fil de l’eau, en fonction des exutoires trouvés aux matériaux réemployables",
      [CE], notes="Matériaux réemployables.")
    P("4. Choisir les bons sous-critères pour évaluer les offres des entreprises, avec une pondération située entre 10 et 20% pour être discriminant",
      [CE], notes="Sous-critères de réemploi (par le contexte).", ambiguous=True)
    P("Finalement, on retient que « Le réemploi ce n’est pas nécessairement plus cher, il faut juste un peu plus réfléchir ensemble, et ça c’est stimulant ! »",
      [CE], notes="Réemploi.")

    S("https://lesplaisirsfruites.com/?p=5839", "Les bananes fairtrade BIO (Les Plaisirs Fruités)")
    P("Les bananes fairtrade BIO",
      [CEQ, AL], notes="Titre: bananes équitables (commerce équitable) et bio (alimentation durable).")
    P("Pratique à consommer car ne nécessitant ni lavage préalable ni couteau, les bananes biologiques issues du commerce équitable sont présentes dans les corbeilles de fruits BIO, dans les paniers de fruits au bureau ou à la maison, mais également dans de nombreuses recettes savoureuses.",
      [CEQ, AL], notes="Bananes bio et équitables.")
    P("En France, c’est un fruit très apprécié, et les consommateurs sont de plus en plus exigeants sur la qualité des produits et sur leur respect de l’environnement.",
      [E], notes="Respect de l'environnement.", ambiguous=True)
    P("Tour d’horizon des bananes biologiques et équitables.",
      [CEQ, AL], notes="Bananes bio et équitables.")
    P("Le fairtrade, qu’est-ce que c’est ?",
      [CEQ], notes="Intertitre: commerce équitable.")
    P("Aussi appelé commerce équitable, ce label garantit un certain nombre de critères pour les produits qui en bénéficient.",
      [CEQ], notes="Label du commerce équitable.")
    P("Aussi bien du côté du producteur que du consommateur, c’est l’assurance d’un prix juste, de conditions de travail réglementées et d’une production éthique.",
      [CEQ, CT], notes="Prix juste (commerce équitable); conditions de travail.")
    P("Avec le label fairtrade, le producteur est assuré de recevoir un prix minimum pour son produit, c’est-à-dire un prix qui lui permet de couvrir tous ses frais et d’assurer la pérennité de son exploitation.",
      [CEQ], notes="Prix minimum garanti au producteur.")
    P("S’il en a besoin, il peut également recevoir un financement pour lancer son activité ou la développer.",
      [CEQ], notes="Préfinancement du producteur (commerce équitable, par le contexte).", ambiguous=True)
    P("Le producteur perçoit une prime complémentaire qu’il doit investir au bénéfice de ses employés pour l’accès aux soins, à l’éducation ou pour permettre leur logement dans de meilleures conditions.",
      [CEQ, CT], notes="Prime du commerce équitable au bénéfice des travailleurs.", ambiguous=True)
    P("Enfin, le producteur est tenu de mettre en place de bonnes conditions de travail, en respectant le salaire minimum de son pays et en signant des contrats de travail de longue durée avec ses employés.",
      [CEQ, CT], notes="Conditions de travail chez les producteurs équitables.")
    P("Le travail forcé ou le travail des enfants est quant à lui interdit dans les exploitations équitables.",
      [CEQ, CT], notes="Travail forcé et travail des enfants: conditions de travail.")
    P("Même si le produit n’a pas la certification BIO, le commerce équitable bannit les OGM et impose un usage très modéré des pesticides, au bénéfice des travailleurs comme des consommateurs.",
      [CEQ, BIO], notes="Commerce équitable; pesticides (biodiversité, taxonomie).", ambiguous=True)

    S("https://achats-durables.fr/?p=968", "Label RFAR : définition, questions et sources d'informations (achats-durables.fr, glossaire)")
    P("Label RFAR : définition, questions et sources d'informations",
      [G], notes="Titre: label d'achats responsables (gouvernance au sens large).", ambiguous=True)
    P("Le label RFAR (Relations Fournisseurs et Achats Responsables) est une certification française créée en 2017 par le Médiateur des entreprises et le Conseil National des Achats.",
      [G, E], notes="Label d'achats responsables (gouvernance; achats responsables au sens large).", ambiguous=True)
    P("Il vise à reconnaître et valoriser les organisations, publiques ou privées, qui ont mis en place des pratiques d’achats responsables et des relations durables et équilibrées avec leurs fournisseurs.",
      [G, E], notes="Pratiques d'achats responsables, label.", ambiguous=True)
    P("Ce label s’appuie sur la norme internationale ISO 20400:2017 et s’inscrit dans la continuité de la Charte RFAR lancée en 2010.",
      [G], notes="Norme et charte (gouvernance, taxonomie: charte).")
    P("Il est le seul label reconnu par les pouvoirs publics en matière d’achats responsables en France.Pour obtenir le label RFAR, les organisations doivent se soumettre à une évaluation rigoureuse réalisée par un organisme tiers indépendant agréé.",
      [G, E], notes="Label d'achats responsables et son évaluation (espace manquant après le point dans la source, gardé).", ambiguous=True)
    P("L’évaluation porte sur divers critères, suivant 5 domaines :",
      [G], notes="Évaluation du label (suivi, par le contexte).", ambiguous=True)
    P("1. L’engagement dans une démarche d’achats responsables",
      [G, E], notes="Démarche d'achats responsables.", ambiguous=True)
    P("2. Les conditions de la qualité des relations fournisseurs et sous-traitants",
      [PME], notes="Relations fournisseurs et sous-traitants (PME?).", ambiguous=True)
    P("3. Le respect des intérêts des fournisseurs et des sous-traitants",
      [PME], notes="Intérêts des fournisseurs et sous-traitants (PME?).", ambiguous=True)
    P("4. L’intégration des aspects RSE dans le processus d’achat",
      [E, G], notes="RSE dans le processus d'achat (au sens large).", ambiguous=True)
    P("5. L’impact des achats sur la compétitivité économique de l’écosystème",
      [PME], notes="Tissu économique (PME, taxonomie: tissu économique).", ambiguous=True)
    P("Le label est attribué pour une durée de 3 ans, avec une revue annuelle.",
      [G], notes="Revue annuelle du label (suivi).")
    P("Il offre plusieurs avantages, tels que l’amélioration de l’image de marque, le renforcement des relations fournisseurs, et un avantage concurrentiel",
      [G], notes="Avantages du label (par le contexte).", ambiguous=True)
    P("En encourageant des pratiques d’achat plus responsables, le label RFAR contribue à créer une dynamique vertueuse dans les relations client-fournisseur et à promouvoir le développement durable dans les chaînes d’approvisionnement.",
      [G, E], notes="Label; développement durable au sens large → environnement.")
