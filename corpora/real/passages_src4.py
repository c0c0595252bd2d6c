"""Fourth collection round of real passages (model 1.6.0 candidate): broad sustainability wording.

The real dev set's annotator adds ``environnement_climat_carbone`` to passages that state sustainability broadly
(« développement durable », « achats durables », « gestion durable », pollution, sobriété, « écoresponsable »)
beside other themes, with no narrower environmental keyword; the earlier rounds had few such passages. This round
collects them, and labels every passage with **all** its themes by the dev set's conventions (not only environment).

Same helpers, conventions and rules as ``passages_src2.py`` (no page from a *domain* of the shared real dev set,
checked by ``build.py`` for every round after the first; no page already used in ``corpora/real`` or
``corpora/objectives``). Loaded at the end of ``passages_src3.load``.
"""
# ruff: noqa: E501

from passage_checks import CS, E, G


def load(S, P, Q) -> None:

    S("https://montagnederessources.fr/fiche/formaliser-une-strategie-dachats-responsables", "Formaliser une stratégie d'achats responsables (Montagne de ressources)")
    P("ORIENTER les choix vers des achats plus respectueux de l’environnement et plus humains.",
      [E, CS], objective=True, notes="Orientation d'une charte d'achats; « plus humains » = volet social (convention du dev: social + environnemental = les deux).", ambiguous=True)
    P("FAVORISER les fournisseurs de biens et services dans un périmètre plus local",
      ["acces_pme_tpe_local"], objective=True, notes="Orientation: achat local.")
    P("SOUTENIR les principes de solidarité et les structures de l’économie circulaire",
      ["economie_circulaire_reemploi_dechets", "ess_economie_sociale"], objective=True, notes="Orientation; « solidarité » lu comme ESS.", ambiguous=True)
    P("Il faut que le coût supplémentaire soit accepté : parfois acheter moins pour acheter mieux.",
      [E], notes="Sobriété des achats (formulation large, sans mot-clé environnemental).", ambiguous=True)
    P("Valider le projet de charte avec le directeur général des services de la collectivité. Commencer à fixer des objectifs chiffrés précis pour le pilotage (% achats verts/solidaires). Valider en Conseil Municipal.",
      [G, E, "ess_economie_sociale"], notes="Adoption et pilotage d'une charte; indicateurs d'achats verts et solidaires. Pas de valeur.", ambiguous=True)
    P("Intégrer des réseaux d’acheteurs (Rapidd, Gesat…) Travailler sur le sourcing pour identifier des fournisseurs potentiels de biens et services écologiques et solidaires.",
      [G, E, "ess_economie_sociale"], notes="Réseaux d'acheteurs (gouvernance); fournisseurs écologiques et solidaires. Gesat = secteur protégé, non étiqueté handicap (simple nom de réseau).", ambiguous=True)

    S("https://environnement-magazine.fr/territoires/article/2017/06/23/49576/tout-savoir-sur-les-schemas-promotion-des-achats-publics-responsables", "Tout savoir sur les schémas de promotion des achats publics responsables (Environnement Magazine)")
    P("Il est question clairement d’utiliser la commande publique comme levier pour le développement durable. Pour la partie sociale, initialement visée, il s’agit d’inciter les collectivités et organismes publics à déterminer les objectifs d’insertion de personnes éloignées de l’emploi, qu’elles soient handicapées ou défavorisées, qu’ils souhaitent intégrer à leurs marchés publics de travaux ou de prestations en facilitant le recours aux clauses sociales.",
      [E, CS, G], notes="Objet du schéma (gouvernance), développement durable (environnement, convention du dev), insertion et clauses sociales.", ambiguous=True)
    P("Ces schémas de promotion des achats socialement responsables, prévus par l’article 13 de la loi ESS, ont été complétés par un objectif écologique, inséré à l’article 76 de la loi TECV, qui vise également la promotion d’une économie circulaire.",
      [G, E, "economie_circulaire_reemploi_dechets"], non=["13", "76"], notes="Cadre légal du schéma; volet écologique et économie circulaire. « loi ESS » = nom de loi, pas de thème ESS.", ambiguous=True)
    P("En vertu du décret du 28 janvier 2015, le seuil d’application de la loi est un montant annuel de 100 millions d’euros HT d’achats (réalisés par marchés publics ou contrats de partenariat).",
      [G], non=["28 janvier 2015", "100 millions d’euros"], notes="Seuil d'assujettissement au schéma (piège: seuil).")
    P("Un rapide recensement réalisé avant l’application de la loi Notre a permis de constater que seules 160 collectivités publiques étaient concernées par cette obligation, par ailleurs non sanctionnée…",
      [G], non=["160"], notes="Obligation du schéma, nombre de collectivités concernées (piège).")

    S("https://cerdd.org/Actualites/Transitions-economiques-vers-le-DD/Le-developpement-durable-dans-la-commande-publique-les-cles-pour-passer-a-l-action", "Le développement durable dans la commande publique : les clés pour passer à l'action (Cerdd)")
    P("Les objectifs en termes de prise en compte du développement durable dans la commande publique sont de plus en plus ambitieux.",
      [E], notes="Développement durable au sens large: environnement (convention du dev).", ambiguous=True)
    P("Le code de la commande publique avait déjà rendu obligatoire la prise en compte du développement durable dans les achats. Après la loi Egalim, la loi Climat et Résilience est venue renforcer cet impératif. L’urgence du réchauffement climatique et les attentes de la société placent les acheteurs publics devant de nouvelles responsabilités.",
      [E], notes="Cadre légal, climat. Egalim seulement cité comme loi: pas de thème alimentation.", ambiguous=True)
    P("Afin de les accompagner dans leurs démarches, la délégation APASP des Hauts-de-France a organisé, avec le réseau régional des Acheteurs Publics Responsables en Hauts-de-France (APuRe HDF), co-animé par la Communauté urbaine de Dunkerque et le Cerdd, une matinée dédiée aux achats responsables le mercredi 20 octobre 2021 à Haubourdin (59).",
      [G], non=["20 octobre 2021", "59"], notes="Réseau d'acheteurs, accompagnement.")
    P("« Les nouveautés apportées par la loi Climat et Résilience ont été reportées au 22 août 2026 mais cela ne doit pas être un prétexte pour y aller plus tard ! souligne Jean-Christophe Caroulle, directeur adjoint en charge de la commande publique à la Communauté urbaine de Dunkerque (CUD).",
      [E], non=["22 août 2026"], notes="Entrée en vigueur des obligations environnementales de la loi Climat et Résilience (comme le passage du dev « L'obligation s'appliquera au plus tard en août 2026 »).", ambiguous=True)

    S("https://enviroscop.fr/actu/2015/02/linsertion-des-clauses-environnementales-dans-les-operations-de-travaux", "L'insertion des clauses environnementales dans les opérations de travaux (Enviroscop)")
    P("La prise en compte des enjeux du développement durable conduit tout un chacun à considérer de façon plus responsable les modes de production et de consommation de quantités de biens matériels dont les effets sur la pollution des milieux, l’épuisement des ressources, la santé des hommes, et sur l’économie elle-même ne sont pas neutres.",
      [E, "sante"], notes="Développement durable, pollution (environnement); santé des hommes citée parmi les effets.", ambiguous=True)
    P("Le montant des achats publics représente en France environ 15% du Produit Intérieur Brut soit un poids économique important.",
      [], non=["15%"], notes="Passage général sur le volume des achats publics: pas de thème (comme dans le dev).")
    P("Tous les marchés semblent propices à l’insertion des clauses environnementales ou sociales mais selon une enquête menée par l’Observatoire économique de l’Achat public auprès des collectivités territoriales, il ressort que les marchés de travaux ou de construction arrivent en tête de l’utilisation des clauses sociales ou environnementales.",
      [E, CS], notes="Résultat d'enquête (piège sans nombre).")
    P("Le Conseil général de la Somme, en adoptant sa stratégie de développement durable, puis son Plan Climat Energie Départemental, a fait le choix d’inscrire, dans son Agenda 21, un certain nombre d’objectifs dont la mise en œuvre d’une politique d’achats responsables et une gestion de son patrimoine intégrant des critères de performances environnementales.",
      [E, G], objective=True, notes="Objectifs d'une stratégie adoptée (gouvernance); développement durable, climat. « Energie » seulement dans le nom du plan.", ambiguous=True)
    P("Il s’assure ainsi de la mise en cohérence de sa politique patrimoniale avec les exigences de développement durable.",
      [E], notes="Développement durable au sens large.", ambiguous=True)

    S("https://www.environnement-magazine.fr/territoires/article/2010/11/24/29466/plan-action-une-base-essentielle", "Plan d'action : une base essentielle (Environnement Magazine)")
    P("Le « Plan d'action »définit l'engagement politique pris par la collectivité ou l'établissement public et les objectifs fixés. Il devra contenir : une définition des responsabilités allouées, une description des mesures de mise en oeuvre et des procédures, des indicateurs de progrès pertinents, un calendrier de mise en oeuvre.",
      [G], notes="Contenu d'un plan d'action d'achat responsable: responsabilités, indicateurs, calendrier.")
    P("D'autre part, le Plan devra couvrir différentes actions et, en tout premier lieu, l'identification d'exigences environnementales adéquates, notamment grâce à une étude de marché.",
      [G, E], notes="Plan d'action (gouvernance), exigences environnementales.")
    P("Pour les acheteurs, sur les aspects techniques de la mise en oeuvre de l'achat responsable. Pour la direction financière, sur le concept de coût global d'utilisation. Pour les utilisateurs, sur le bon usage des produits.",
      [G], notes="Formation des acteurs (rubrique « Formation »).")

    S("https://orga.setec.fr/publications/la-commande-publique-durable-vers-une-obligation-dintegration-des-considerations-environnementales-et-sociales-dans-les-marches-publics", "La commande publique durable : vers une obligation d'intégration des considérations environnementales et sociales (setec organisation)")
    P("La « commande publique durable » est un nouveau terme faisant référence à l’intégration de considérations environnementales et sociales dans le processus d’achat public.",
      [E, CS], notes="Définition: environnemental + social.")
    P("Cette insertion a pour but de promouvoir le développement durable pour encourager, en profitant du levier que représente la commande publique, les pratiques respectueuses de l’environnement, socialement équitables et responsables, et économiquement viables.",
      [E, CS], notes="Développement durable, environnement et social. « équitables » au sens général, pas commerce équitable.", ambiguous=True)
    P("Ensuite, au cours de la procédure de consultation, il peut s’agir de l’intégration de critères de sélection des candidatures ou de critères de sélection des offres (l’intégration de critères environnementaux sera obligatoire à compter du 22/08/2026, l’intégration de critères sociaux restera facultative).",
      [E, CS], objective=True, non=["22/08/2026"], notes="Obligation légale non chiffrée (objectif qualitatif); date d'entrée en vigueur d'une obligation à un seul niveau, pas un horizon.", ambiguous=True)
    P("Pour garantir l’effectivité de ces mécanismes, il est alors nécessaire d’en assurer leur suivi.",
      [G], notes="Suivi des clauses.")

    S("https://www.lalettredelenvironnementlocal.com/article-sept-conseils-pour-des-achats-plus-sobres-202071.html", "Sept conseils pour des achats plus sobres (La Lettre de l'Environnement Local)")
    P("Pour réduire leur empreinte énergétique, les communes et les intercommunalités peuvent revoir leurs pratiques d’achat pour aller vers davantage de sobriété.",
      ["energie", E], notes="Sobriété, empreinte énergétique.")
    P("« La sobriété consiste à se demander si le besoin auquel on cherche à répondre en achetant, donc en consommant énergie et ressources, est nécessaire ou s’il relève du superflu, de l’accessoire », selon la définition qu’en donne le réseau Cler, dans un guide qu’il vient de publier sur le sujet à l’intention des collectivités*.",
      [E, "energie"], notes="Définition de la sobriété (énergie et ressources).", ambiguous=True)
    P("Le Cler propose une méthode en sept points : définir une stratégie dans un document cadre ; mobiliser les services prescripteurs au sein de la collectivité ainsi que de communautés d’achat durable à l’extérieur ; réfléchir au dimensionnement du besoin (quelle fréquence pour le nettoyage des bâtiments, le fauchage d’espaces verts…) ;",
      [G, E], non=["sept"], notes="Méthode: stratégie, mobilisation, réseaux d'achat durable (gouvernance); sobriété du besoin. Espaces verts cités comme exemple de dimensionnement, pas biodiversité.", ambiguous=True)
    P("identifier des critères de sobriété (le guide fournit divers exemples de clauses) ; communiquer avec les acteurs économiques (pour éviter les appels d’offres infructueux) ; choisir des procédures favorables à l’innovation ; anticiper le déploiement puis suivre la politique d’achat durable pour s’assurer de son appropriation par les agents.",
      [E, "achats_innovants", G], notes="Critères de sobriété, procédures d'innovation, suivi de la politique.")

    S("https://www.eksae.fr/blog/achat-responsable-dans-le-service-public/", "L'achat responsable dans le service public, effet de mode ou démarche durable ? (Eksaé)")
    P("Les services publics peuvent encourager l’achat responsable en mettant en place une politique favorisant les achats durables, éco-responsables et éthiques.",
      [E], notes="Achats durables, éco-responsables: environnement; « éthiques » trop vague pour un thème social.", ambiguous=True)
    P("L’achat responsable désigne l’ensemble des actions que les acheteurs publics peuvent mettre en œuvre pour favoriser le développement durable et la réduction des inégalités sociales. Il s’agit notamment de privilégier les fournisseurs respectant les droits humains, favorisant une bonne gestion des ressources naturelles ou encore qui encouragent l’emploi local.",
      [E, CS, "conditions_de_travail", "acces_pme_tpe_local"], notes="Développement durable et ressources naturelles (environnement), inégalités sociales, droits humains chez les fournisseurs, emploi local.", ambiguous=True)
    P("En effet, les services publics français dépensent chaque année plus de 200 milliards d’euros en achats, soit environ 10 % du PIB français. Ainsi, en faisant des choix judicieux dans leurs politiques d’achat, les pouvoirs publics peuvent avoir un impact significatif sur l’environnement et la société.",
      [E, CS], non=["200 milliards d’euros", "10 %"], notes="Volume d'achats (piège); impact environnemental et social.", ambiguous=True)
    P("L’achat responsable constitue également un levier réel pour lutter contre la corruption et favoriser une meilleure gestion des finances publiques.",
      [], notes="Probité et finances publiques: aucun thème de la taxonomie.", ambiguous=True)

    S("https://maire-info.com/commande-publique/formation-et-mutualisation-les-deux-piliers-de-la-commande-publique-responsable--article-30018", "Formation et mutualisation, les deux piliers de la « commande publique responsable » (Maire-info)")
    P("L'Observatoire de l'éthique publique vient de publier un certain nombre de propositions pour rendre la commande publique des collectivités locales plus « responsable ». Notamment par la formation et la mutualisation des achats à l'échelle de l'intercommunalité.",
      [G], notes="Formation des acheteurs et mutualisation.")
    P("Sa dernière production, pilotée par le DGS de la commune de Famars, Pierre Meurisse, vise à proposer un certain nombre de pistes pour que la commande publique devienne « un levier permettant aux collectivités de contribuer aux défis sociaux et environnementaux ».",
      [E, CS], notes="Défis sociaux et environnementaux.")
    P("La note rappelle que depuis la loi Climat et résilience, il est inscrit dans la loi que « la commande publique participe à l’atteinte des objectifs de développement durable ». Mais comment y parvenir ?",
      [E], notes="Développement durable au sens large (convention du dev).", ambiguous=True)
    P("D’abord, estime l’Observatoire, en créant « une culture de l’achat responsable », avec une forme de révolution copernicienne consistant à ne pas se focaliser d’abord sur le « critère prix » mais « sur la qualité du produit et son impact sur l’environnement ».",
      [E, G], notes="Impact environnemental; culture interne de l'achat responsable (conduite du changement).", ambiguous=True)

    S("http://www.lallumeur-dereverberes.com/les-achats-responsables-une-mine-d-or-encore-meconnue-des-pouvoirs-publics", "Les achats responsables, une mine d'or encore méconnue des pouvoirs publics (L'allumeur de réverbères)")
    P("Ce faisant, les « acheteurs publics » peuvent mettre l'accent sur les offres les plus performantes d'un point de vue environnemental et social.",
      [E, CS], notes="Environnemental et social.")
    P("De façon très concrète, un lycée passant un marché de restauration collective, pour les déjeuners de ses élèves, peut ainsi, par exemple, privilégier une offre de produits de saison et issus de l'agriculture biologique.",
      ["alimentation_durable_bio_circuits_courts"], notes="Restauration collective, bio, saison.")
    P("Un Conseil Général qui lance des travaux peut valoriser, dans la sélection de ses offres, une entreprise du bâtiment s'engageant à employer des chômeurs de longue durée et des travailleurs en réinsertion.",
      [CS], notes="Insertion.")
    P("Autant de catégories, dites « familles Achats » dans le jargon de la commande publique, qui constituent de véritables leviers pour la prise en compte de nos impacts environnementaux et sociaux au jour-le-jour.",
      [E, CS], notes="Impacts environnementaux et sociaux.")
    P("En juillet 2012, la première norme française sur les « Achats Responsables », dite norme NFX 50-135, était publiée par l'Association française de normalisation (AFNOR) après 18 mois de travail avec les opérationnels concernés.",
      [G], non=["juillet 2012", "50-135", "18 mois"], notes="Norme d'achats responsables (référentiels, comme les labels et chartes en gouvernance).", ambiguous=True)

    S("https://fr.doczz.net/doc/5019807/compte-rendu-du-bureau-du-24-10-2012", "Compte-rendu du Bureau du 24/10/2012 – Réseau Grand Ouest Commande publique et développement durable (doczz)")
    P("Restitution du groupe de travail « Intégrer le développement durable dans les achats de produits d’entretien »",
      [E, G], notes="Groupe de travail d'un réseau d'acheteurs (gouvernance); développement durable au sens large.", ambiguous=True)
    P("61 personnes ont participé à cette restitution qui s’est tenue à Poitiers le jeudi 11 juin 2015.",
      [G], non=["61", "11 juin 2015"], notes="Participation à une réunion de réseau (piège: compte de participants).")
    P("Table ronde autour des produits d’entretien et du développement durable (rôle des agents d’entretien, le besoin, les critères développement durable, …)",
      [E], notes="Développement durable appliqué aux produits d'entretien.", ambiguous=True)
    P("Le passage aux produits d’entretien développement durable : témoignages d’agents d’entretien",
      [E], notes="Produits d'entretien « développement durable ».", ambiguous=True)

    S("https://nouvel-r-treillieres2020.fr/project/politique-achat-communale-eco-responsable/", "Politique d'achat communale éco-responsable (Nouvel R Treillières, programme municipal 2020)")
    P("Influencer le marché en passant des commandes exigeantes sur des critères d’environnement et de solidarité",
      [E, CS], objective=True, notes="Programme de campagne (engagement); « solidarité » = volet social.", ambiguous=True)
    P("Les projets de la ville doivent s’inscrire dans la durabilité et le respect de notre environnement",
      [E], objective=True, notes="Durabilité, environnement.")
    P("Les achats publics, par leur volume, influent fortement le tissu économique local et peuvent ainsi contribuer de manière significative à la transition écologique.",
      [E, "acces_pme_tpe_local"], notes="Tissu économique local, transition écologique.", ambiguous=True)
    P("Treillières doit adopter une stratégie de développement durable beaucoup plus ambitieuse et responsable. Avec Nouvel R, les appels d’offres seront rédigés en priorisant des critères respectueux de l’environnement et de solidarité.",
      [E, CS], objective=True, notes="Engagement de campagne (comme le programme de Vivre Fontenay dans le dev).", ambiguous=True)
    P("l’achat de produits alimentaires issus de l’agriculture biologique pour les cantines scolaires,",
      ["alimentation_durable_bio_circuits_courts"], objective=True, notes="Item d'une liste d'exigences.")
    P("l’utilisation de matériaux de construction bio-sourcés dans les projets publics (rénovation du château du Haut-Gesvres, isolations des installations communales…),",
      [E, "energie"], objective=True, notes="Matériaux biosourcés (environnement), isolation (énergie).", ambiguous=True)
    P("l’usage de papier et fournitures recyclables/recyclés,",
      ["economie_circulaire_reemploi_dechets", E], objective=True, notes="Papier recyclé (économie circulaire + environnement, comme le dev).")
    P("l’achat de mobiliers en bois provenant de forêts gérées de manière durable,",
      ["biodiversite", E], objective=True, notes="Bois de forêts gérées durablement (biodiversité + environnement, comme le dev).")
    P("la proximité des produits ou prestations de services,",
      ["acces_pme_tpe_local"], objective=True, notes="Proximité.")
    P("l’emploi de personnel en réinsertion ou reconversion par les prestataires de services.",
      [CS], objective=True, notes="Insertion.")
    P("Notre ville doit prendre le pas de la transition écologique. Cela passera par une exemplarité de la commande publique locale.",
      [E], objective=True, notes="Transition écologique.")

    S("https://incourt.ecolo.be/?p=744", "Achats durables : une première réussite d'Ecolo sous cette nouvelle mandature (Ecolo Incourt, Belgique)")
    P("Premier succès de cette mandature dont Ecolo n’est pas peu fier : le Conseil communal du 13 mars 2019 a donné le feu vert à une politique structurée d’achats durables par l’administration communale.",
      [G, E], non=["13 mars 2019"], notes="Adoption d'une politique d'achats durables en conseil (gouvernance); achats durables au sens large. Commune belge.", ambiguous=True)
    P("Certes, et notamment sous l’impulsion de la Commission Nord-Sud, notre commune optait déjà dans certains de ses marchés pour des produits ou des services du commerce équitable, de proximité ou plus respectueux de l’environnement.",
      ["commerce_equitable", "acces_pme_tpe_local", E], notes="Pratiques déjà en place.")
    P("La nouveauté de la démarche votée le 13 mars est de progressivement systématiser les achats durables aux marchés de travaux, de fournitures et de services et de faire rapport sur ce qui est mis en œuvre, les résultats et les plans futurs.",
      [G, E], objective=True, non=["13 mars"], notes="Engagement non chiffré; rapport = suivi.", ambiguous=True)
    P("La mise en œuvre concrète d’un plan de travail annuel : état des lieux des achats durables et éthiques déjà réalisés par la commune, identification d’une démarche d’achat durable concernant un produit ou un service en particulier à mettre en œuvre dans l’année et rapport du Collège au Conseil.",
      [G, E], notes="Plan de travail, état des lieux, rapport (gouvernance); achats durables.", ambiguous=True)
    P("La formation et l’accompagnement du personnel communal en charge des achats",
      [G], notes="Formation des acheteurs.")
    P("La sensibilisation des utilisateurs (travailleurs.euses communaux et citoyens.ennes d’Incourt) visant à promouvoir une moindre consommation, la réutilisation et le recyclage.",
      ["economie_circulaire_reemploi_dechets", E], notes="Sobriété, réutilisation, recyclage.", ambiguous=True)
    P("Les marchés publics sont un important levier de changement collectif. Leur orientation vers des achats durables permet non seulement d’encourager des entreprises qui respectent l’environnement, les droits des travailleurs et les droits humains.",
      [E, "conditions_de_travail"], notes="Environnement, droits des travailleurs.")

    S("http://www.reze.fr/La-mairie/Conseils-municipaux/Comptes-rendus/Debat-sur-le-budget-2014/Plus-d-achats-durables", "Plus d'achats durables – Débat sur le budget 2014 (Ville de Rezé)")
    P("La Ville et le Conseil économique et social communal (CESC) travaillent ensemble pour améliorer la politique d’achats durables.",
      [G, E], notes="Concertation sur la politique d'achat (gouvernance); achats durables.", ambiguous=True)
    P("Comment peut-elle maîtriser au mieux ses dépenses tout en achetant des produits en cohérence avec les trois piliers du développement durable : l’environnement, l’économie et le social ?",
      [E, CS], notes="Trois piliers du développement durable.", ambiguous=True)
    P("Et, depuis le début des années 2000, Rezé s’est engagée dans une dynamique d’achats durables (80% papier recyclé, produits d’entretien bio, 16,7% denrées alimentaires bio, vêtements équitables, marchés avec entreprises adaptées pour personnes handicapées ou éloignées de l’emploi…).",
      [E, "economie_circulaire_reemploi_dechets", "alimentation_durable_bio_circuits_courts", "commerce_equitable", "marches_reserves_handicap", CS],
      non=["2000", "80%", "16,7%"], notes="Résultats déjà atteints (piège), liste de domaines.")
    P("Ce qu’ils ont fait en proposant plusieurs pistes à explorer : passation de commandes par internet, développer les produits éco-responsables, le regroupement des commandes de fournitures et le travail de sensibilisation en direction des habitants. Mais aussi privilégier les entreprises locales.",
      [E, "acces_pme_tpe_local"], notes="Propositions du CESC: produits éco-responsables, entreprises locales.", ambiguous=True)

    S("https://aida.ineris.fr/reglementation/circulaire-050405-portant-moyens-a-mettre-oeuvre-marches-publics-bois-produits", "Circulaire du 05/04/05 portant sur les moyens à mettre en œuvre dans les marchés publics de bois et produits dérivés pour promouvoir la gestion durable des forêts (AIDA, Ineris)")
    P("1. Les forêts tropicales sont considérées comme le premier réservoir mondial de diversité biologique.",
      ["biodiversite"], non=["1"], notes="Contexte d'une circulaire d'achat de bois.")
    P("Cette situation fait peser des menaces économiques, environnementales, sociales et culturelles sur de nombreuses populations qui ne disposent pas, aujourd'hui, d'autres ressources que celles qu'elles tirent des forêts.",
      [E, "biodiversite"], notes="Déforestation: menaces environnementales.", ambiguous=True)
    P("Par ailleurs, la préservation et la gestion durable des forêts tropicales constituent un enjeu majeur à l'échelle de la planète et, pour notre pays, une préoccupation particulière à plusieurs titres.",
      ["biodiversite", E], notes="Gestion durable des forêts (biodiversité + environnement, comme le dev).")

    S("https://pdfhall.com/guide-acheteurs-publics-politique-achat-bois-responsable_59f4a5b51723ddbb5b3fe738.html", "Concevoir et mettre en œuvre une politique d'achat bois responsable, guide pratique à l'usage des acheteurs publics (pdfhall)")
    P("Les décisions d’achat des produits bois et dérivés peuvent avoir des conséquences désastreuses sur la biodiversité forestière lorsqu’elles sont basées uniquement sur le fonctionnement des marchés mondiaux.",
      ["biodiversite", E], notes="Biodiversité forestière; achat de bois responsable.", ambiguous=True)

    S("https://www.ville-lardy.fr/environnement/un-cadre-de-vie-a-proteger/12446-2/", "Les motions du Conseil municipal (Ville de Lardy)")
    P("Approuve la charte « villes et territoires sans perturbateurs endocriniens » qui nous oblige pour la restauration scolaire à une consommation d’aliments biologiques et à un choix de contenants « inertes »,",
      ["sante", "alimentation_durable_bio_circuits_courts", G], objective=True, notes="Charte adoptée en conseil (gouvernance), perturbateurs endocriniens (santé), restauration bio.", ambiguous=True)
