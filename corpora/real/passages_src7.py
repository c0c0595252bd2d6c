"""Seventh collection round of real passages: the dev set's theme mix, weighted towards the themes 1.7.0 misses.

Model 1.7.0 is weakest, on real text, on governance and monitoring in the dev set's broad sense (adoption,
obligation, bilans, indicators, pilotage, publication, networks, also as a co-label), working conditions, biodiversity
(green spaces, forests and wood, pesticides), circular economy, digital, ESS and broad « développement durable »
wording that the dev annotator labels environment (``models/themes/MODEL_CARD.md``, "Changes in 1.7.0"). This round
looks for those on new pages and labels each passage with **all** its themes by the dev set's conventions; unlike
round 6 it does not over-collect local/SME access.

Same helpers, conventions and rules as ``passages_src6.py``: no page from a *domain* of the shared real dev set
(checked by ``build.py``); no page already used in ``corpora/real`` or ``corpora/objectives`` (including the fresh
evaluation sets ``corpora/objectives/fresh*_src.py``), and no site of those fresh sets. Registered in ``build.py``
after round 6.
"""
# ruff: noqa: E501

from passage_checks import AL, BIO, CE, CEQ, CS, CT, EG, EN, ESS, INNO, MR, NUM, PME, SA, E, G


def load(S, P, Q) -> None:

    S("https://www.territorial.fr/PAR_TPL_IDENTIFIANT/19242/TPL_CODE/TPL_REVUE_ART_FICHE/PAG_TITLE/Neuf+indicateurs+pour+mesurer+la+performance+de+ses+achats/47-lettre-du-cadre.htm", "Neuf indicateurs pour mesurer la performance de ses achats (La Lettre du cadre territorial, n° 441, 15 avril 2012)")
    P("Améliorer sa politique d'achat, c'est un chantier en cours pour nombre de collectivités. Concrètement, l'adoption d'indicateurs permettra un pilotage fin de cette politique. Nous vous en présentons neuf.",
      [G], notes="Indicateurs et pilotage de la politique d'achat (gouvernance au sens large); performance économique, pas achats responsables.", ambiguous=True)
    P("À l'heure où l'État se fixe pour objectif de réduire ses achats d'1 milliard d'euros en trois ans et ceux de ses opérateurs de 10 % à l'horizon 2014 (1), les collectivités territoriales affichent déjà une baisse de 18 % sur la seule année 2010 (2).",
      [], objs=[Q(1000000000, "EUR", "decrease", "absolute", subject="achats de l'État (économies)"),
                Q(10, "%", "decrease", "relative_change", horizon=2014, subject="achats des opérateurs de l'État")],
      non=["18 %", "2010", "(1)", "(2)"], notes="Objectifs d'économies de l'État (réduire: decrease), sans thème comme les passages généraux du dev; baisse de 18 % déjà constatée (piège). « en trois ans » sans année: pas d'horizon.", ambiguous=True)
    P("Pour mesurer cette performance, il est nécessaire d'identifier des indicateurs simples et fiables que l'on puisse suivre et analyser sur la durée.",
      [G], notes="Indicateurs de suivi (gouvernance).")
    P("La qualité d'un achat dépend en grande partie du degré de concurrence qu'aura réussi à susciter l'acheteur public. De fait, il est intéressant de mesurer le nombre de réponses obtenues pour chaque consultation, voire chaque lot, en vue d'analyser le champ concurrentiel dans le domaine du marché.",
      [G], notes="Mesure par indicateur (gouvernance au sens large); pourrait rester sans thème.", ambiguous=True)

    S("https://pefc-france.org/pefc-france-propose-des-fiches-pratiques-pour-accompagner-les-collectivites-et-les-entreprises-certifiees-pefc-dans-les-marches-publics-de-produits-bois-ou-a-base-de-bois", "PEFC France propose des fiches pratiques pour accompagner les collectivités et les entreprises certifiées PEFC dans les marchés publics de produits bois (PEFC France)")
    P("De plus en plus d’acheteurs publics traduisent leur engagement en faveur de l’environnement, et notamment de la préservation des forêts, à travers des politiques d’achats publics responsables.",
      [E, BIO], notes="Environnement et préservation des forêts (biodiversité).")
    P("Par exemple, la loi Climat et Résilience1 prévoit que l’ensemble des contrats de la commande publique ne doivent plus seulement répondre aux besoins de l’acheteur public, mais doivent également être un vecteur de verdissement de l’économie.",
      [E], objective=True, non=["1"], notes="Obligation légale qualitative (loi Climat et Résilience), comme round 6; appel de note « 1 ».", ambiguous=True)
    P("La certification PEFC est un outil au service de ces enjeux, car elle atteste que les achats de produits bois ou à base de bois certifiés PEFC effectués par les collectivités pour s’équiper ou pour construire sont issus de forêts gérées durablement et de sources contrôlées.",
      [BIO, E], notes="Bois issu de forêts gérées durablement (biodiversité, environnement).", ambiguous=True)
    P("1Article 35 de la loi n°2021-1104 du 21 août 2021 portant lutte contre le dérèglement climatique et renforcement de la résilience face à ses effets.",
      [E], non=["1", "35", "2021-1104", "21 août 2021"], notes="Référence de loi (pièges); climat.")

    S("https://doczz.fr/doc/6237566/mode-d-emploi-de-l-achat-public-%C3%A9cologique", "Mode d'emploi de l'achat public écologique : gestion des espaces verts « zéro pesticide » (écoconso et Pôle wallon de Gestion Différenciée, doczz)")
    P("Elle joue également le rôle de facilitateur « pesticides » prévu par le Programme Wallon de Réduction des Pesticides, afin d’aider les services publics à atteindre le « zéro pesticide » prévu pour le 1er juin 2019.",
      [BIO], objective=True, non=["1er juin 2019"], notes="Objectif « zéro pesticide » (biodiversité) d'un programme wallon, non quantifié ici (pas de pourcentage). Page belge.", ambiguous=True)
    P("Depuis 2006, écoconso développe la campagne « Achats Verts » spécifiquement destinée aux collectivités publiques afin de les accompagner dans la mise en oeuvre concrète de l’éco-consommation dans les politiques locales et l’amélioration de leurs pratiques d’achats.",
      [E, G], non=["2006"], notes="Accompagnement des acheteurs (réseau, gouvernance au sens large) vers l'achat vert.", ambiguous=True)

    S("https://www.pefc-france.org/acteurs-publics/", "PEFC et les acteurs publics (PEFC France)")
    P("– protection de la forêt et de la biodiversité ;",
      [BIO], notes="Critère de la certification forestière.")
    P("– exigée dans les politiques d’achats et les appels d’offre publics et privés (des bâtiments emblématiques comme le stade des JO de Londres ou le siège de l’INPI ont été construits en bois certifié PEFC) ;",
      [BIO], notes="Bois certifié dans les achats (forêts, biodiversité comme le dev).", ambiguous=True)
    P("– plus de 300 000 millions d’hectares de forêts certifiés dans le monde (dont 35% de la surface forestière française incluant toutes les forêts domaniales de l’Etat) ;",
      [BIO], non=["300 000 millions", "35%"], notes="Surfaces certifiées (pièges).")
    P("– identifiée et recherchée par les consommateurs (selon une étude, pour 60% des Français choisir des produits durables et certifiés est une manifestation au quotidien de leur engagement) ;",
      [BIO, E], non=["60%"], notes="Résultat d'enquête (piège); produits durables.", ambiguous=True)

    S("https://zerowastefrance.org/collectivites-soutien-reemploi-commande-publique", "Collectivités : soutenons les filières du réemploi à travers la commande publique ! (Zero Waste France, 16 mai 2022)")
    P("Un décret de la loi AGEC impose un minimum d’achats de fournitures issues du réemploi ou de la réutilisation. Malgré le manque d’ambition de ce décret, certaines collectivités ont su s’en saisir et montrer qu’il est possible d’utiliser la commande publique comme un réel levier pour développer le secteur du réemploi sur son territoire.",
      [CE], objective=True, notes="Quota légal AGEC sans valeur ici (objectif qualitatif).", ambiguous=True)
    P("L’article 58 de la loi AGEC a introduit une nouvelle obligation dans la conclusion de contrats des collectivités : les acheteurs publics doivent depuis le mois de mars 2021 date acquérir un minimum (entre 20 et 40 %) de fournitures issues du réemploi, de la réutilisation ou comportant des matières recyclées",
      [CE], objs=[Q(20, "%", comparator=">=", value_max=40, subject="fournitures issues du réemploi, de la réutilisation ou recyclées")],
      non=["58", "mars 2021"], notes="Quota légal AGEC (objectif), fourchette 20-40 %; « depuis » une date: pas d'horizon. « date » tel quel dans la page; coupé comme l'extrait.", ambiguous=True)
    P("Cette obligation a été précisée par le décret n° 2021-254 du 9 mars 2021, qui liste les catégories de produits et la part minimum d’achat issue de ces filières en proportion de la dépense totale annuelle hors taxe.",
      [CE], non=["2021-254", "9 mars 2021"], notes="Référence du décret (pièges).")
    P("Si Zero Waste France estime que les taux aurait pu être plus ambitieux, elle note toutefois que le décret a réparé le manquement de la loi en réintroduisant la priorité du réemploi et de la réutilisation sur le seul recours aux bien issus de matières recyclés.",
      [CE], notes="Commentaire sur le décret AGEC.")
    P("La loi anti-gaspillage pour une économie circulaire de 2020 a confirmé ce rôle d’exemplarité de la commande publique. Depuis le 1er janvier 2021, tout achat public doit respecter une proportion annuelle de biens réemployés, réutilisés ou intégrant de la matière recyclée.",
      [CE], objective=True, non=["2020", "1er janvier 2021"], notes="Quota légal AGEC sans valeur (objectif qualitatif); dates (pièges).", ambiguous=True)

    S("https://opti-marche.com/blog/reduire-reutiliser-recycler-une-fiche-outil-pour-des-achats-publics-durables", "Réduire, réutiliser, recycler : une fiche outil pour des achats publics durables (OptiMarché, blog)")
    P("C’est sur cette introduction que s’ouvre une fiche outil publiée par la Direction des Achats de l’État (DAE) et destinée à accompagner les acheteurs publics dans l’intégration des principes de réduction, de réemploi et de recyclage dans leurs marchés de fournitures et de travaux.",
      [CE], notes="Réemploi et recyclage (économie circulaire).")
    P("Cette publication s’inscrit dans la continuité du Plan national pour des achats durables (PNAD 2022‑2025) et anticipe certaines exigences de la loi Climat et Résilience qui entreront en application en août 2026.",
      [E, G], non=["2022‑2025", "août 2026"], notes="Achats durables au sens large (environnement) et plan national (gouvernance); période et date (pièges).", ambiguous=True)
    P("La restauration collective est concernée par cette gestion éco-responsable des achats, notamment pour ses marchés non alimentaires.",
      [CE, E], notes="Gestion éco-responsable (réemploi, déchets) des achats de restauration non alimentaires; pas d'alimentation durable.", ambiguous=True)
    P("- Gestion des déchets : on y retrouve les conditions d’exécution, reportings, pénalités et critères d’attribution, également enrichis d’exemples de rédactions à destination des acheteurs publics.",
      [CE, G], notes="Déchets; reportings (suivi, gouvernance au sens large).", ambiguous=True)

    S("https://blog.gossement-avocats.com/blog/environnement/economie-circulaire-et-commande-publique-le-point-sur-la-valorisation-du-reemploi", "Economie circulaire et commande publique : le point sur la valorisation du réemploi (Gossement Avocats, blog)")
    P("La loi n° 2020-105 du 10 février 2020 relative à la lutte contre le gaspillage et à l'économie circulaire a donné, dans la continuité de la loi n° 2015-992 du 17 août 2015 relative à la transition énergétique pour la croissance verte (LTECV), la priorité à la prévention de la production de déchets pour favoriser la transition vers une économie circulaire",
      [CE], non=["2020-105", "10 février 2020", "2015-992", "17 août 2015"], notes="Lois (pièges); coupé comme l'extrait.")
    P("Elle impose en particulier la valorisation du réemploi dans la commande publique.",
      [CE], objective=True, notes="Obligation légale qualitative (AGEC).", ambiguous=True)
    P("« à compter du 1er janvier 2021, les services de l'Etat ainsi que les collectivités territoriales et leurs groupements, lors de leurs achats publics et dès que cela est possible, doivent réduire la consommation de plastiques à usage unique, la production de déchets et privilégient les biens issus du réemploi ou qui intègrent des matières recyclées en prévoyant des clauses et des critères utiles dans les cahiers des charges.",
      [CE], objective=True, non=["1er janvier 2021"], notes="Article 55 de la loi AGEC cité: obligation qualitative (réduire, privilégier) sans valeur; entrée en vigueur, pas d'horizon.")
    P("Lorsque le bien acquis est un logiciel, les administrations mentionnées au premier alinéa de l'article L. 300-2 du code des relations entre le public et l'administration promeuvent le recours à des logiciels dont la conception permet de limiter la consommation énergétique associée à leur utilisation. »",
      [NUM, EN], objective=True, non=["L. 300-2"], notes="Obligation légale qualitative: logiciels sobres (numérique, énergie).", ambiguous=True)

    S("https://hellorse.fr/page/guide-pratique-achats-numeriques-responsables", "Guide pratique des achats numériques responsables (HelloRSE)")
    P("La transition écologique est indissociable de la transition numérique : les achats numériques responsables sont donc l'une des clés du progrès vers un mode de consommation plus respectueux de l'environnement.",
      [NUM, E], notes="Numérique responsable; transition écologique (environnement).")
    P("Ces achats responsables appliqués au numérique s'inscrivent dans la politique RSE des entreprises, et visent à réduire l’empreinte environnementale, économique et sociale des technologies de l'information et de la communication (TIC).",
      [NUM, E], notes="Entreprises privées; empreinte environnementale du numérique.", ambiguous=True)
    P("Le numérique responsable représente un ensemble d’actions mises en œuvre par les entreprises, collectivités ou organisations pour contribuer au développement durable. Toutefois, cela n’implique en aucun cas la proscription du numérique en entreprise. Il s’agit d’encourager l’achat et l’utilisation d’outils numériques ayant le plus faible impact possible sur l’environnement.",
      [NUM, E], notes="Définition; développement durable et environnement.")
    P("• maîtriser le cycle de vie des équipements électriques et électroniques (EEE) ;",
      [NUM, CE], notes="Cycle de vie des équipements (numérique, économie circulaire).", ambiguous=True)

    S("https://www.colibris.app/blog/reconditionne-eco-conception-batir-numerique-durable-responsable", "Reconditionné et éco-conception : bâtir un numérique durable et responsable (Colibris, blog)")
    P("Dans un contexte où le numérique représente près de 4 % des émissions mondiales de gaz à effet de serre, la question de son impact environnemental devient incontournable.",
      [NUM, E], non=["4 %"], notes="Part constatée (piège); climat.")
    P("Pour les organisations publiques comme privées, deux leviers apparaissent essentiels pour engager une transition numérique durable : le recours au matériel informatique reconditionné et l’intégration de l’éco-conception dans les projets numériques.",
      [NUM, CE, E], notes="Reconditionné (économie circulaire), éco-conception.", ambiguous=True)
    P("Cette démarche s’inscrit pleinement dans l’économie circulaire et participe à la lutte contre l’obsolescence programmée, en phase avec les solutions proposées par notre partenaire Loopix pour prolonger la vie des équipements numériques.",
      [CE, NUM], notes="Économie circulaire des équipements numériques.")
    P("L’autre pilier d’un numérique responsable repose sur l’éco-conception des services et des produits numériques. L’idée : penser dès la conception à limiter les impacts environnementaux d’un site web, d’une application ou d’un logiciel, tout en préservant la qualité d’usage.",
      [NUM, E], notes="Éco-conception numérique.")

    S("https://bulletindescommunes.net/economie-sociale-et-solidaire-dans-les-communes", "Économie sociale et solidaire dans les communes (Bulletin des communes)")
    P("L’économie sociale et solidaire se développe dans de nombreux territoires. Elle réunit associations, coopératives et structures d’insertion. Elle crée des emplois locaux et des services utiles. Les communes peuvent s’appuyer sur cette dynamique pour l’économie locale.",
      [ESS], notes="ESS; économie locale sans achat aux PME (non accès PME).", ambiguous=True)
    P("La commune doit d’abord connaître ses acteurs locaux de l’ESS. Elle recense associations, coopératives et structures d’insertion. Elle sollicite les réseaux spécialisés présents sur le territoire.",
      [ESS], notes="Recensement des acteurs de l'ESS.")
    P("Certaines initiatives structurent fortement l’économie locale. Elles créent des emplois, des services et des coopérations. Elles peuvent concerner les circuits courts ou le recyclage.",
      [ESS, AL, CE], notes="Initiatives de l'ESS; circuits courts, recyclage.", ambiguous=True)
    P("L’ESS peut trouver une place dans les marchés publics. La commune peut intégrer des clauses sociales ou environnementales. Elle respecte toutefois le cadre juridique des achats.",
      [ESS, CS, E], notes="ESS, clauses sociales et environnementales.")

    S("https://portail.documentation.developpement-durable.gouv.fr/pub/MPDOUV00265290-obligation-acquisition-biens-issus-reemploi-reutil.html", "Obligation d'acquisition de biens issus du réemploi, de la réutilisation, ou contenant de la matière recyclée (CGDD, novembre 2024, portail documentaire)")
    P("Le guide explique l'obligation pour les acheteurs publics d'acquérir des biens issus du réemploi, de la réutilisation ou contenant des matières recyclées, conformément à l'article 58 de la loi AGEC. Il détaille les catégories de produits concernés, les pourcentages requis et les exceptions possibles, tout en fournissant des exemples pratiques et des retours d'expérience.",
      [CE], non=["58"], notes="Présentation d'un guide sur le quota AGEC; pas d'objectif énoncé.", ambiguous=True)

    S("https://commandepublique-grandest.fr/retour-sur-la-journee-de-la-charte-regionale-de-la-commande-publique", "Retour sur la Journée de la Charte Régionale de la Commande Publique (Commande publique Grand Est)")
    P("La première Journée de la Charte Régionale de la Commande Publique a réuni près de 50 acheteurs publics signataires le 23 mai dernier à Bezannes, pour faire de la commande publique un levier de transformation des territoires.",
      [G], non=["50", "23 mai"], notes="Réseau de signataires d'une charte régionale (gouvernance au sens large, réseaux).")
    P("Dans la continuité de l’animation du collectif de signataires de la Charte Régionale de la Commande Publique lancée en 2023, une journée d’échanges et de travail a été organisée le 23 mai dernier par Grand E-Nov+, avec le soutien de la Région Grand Est.",
      [G], non=["2023", "23 mai"], notes="Animation d'un réseau d'acheteurs (gouvernance au sens large).")
    P("L’objectif de cet événement était de rassembler les acheteurs publics signataires autour de partage de bonnes pratiques et de retours d’expériences sur le sujet de la commande publique comme levier de transformation des territoires.",
      [G], notes="Réseau, partage de pratiques; « objectif » d'un événement, pas une cible.")
    P("Le matin, la Direction des Affaires Juridiques de Bercy, l’association Intercommunalités de France, la CMA Grand Est, la CRESS Grand Est et la Région Grand Est sont intervenus sur la table ronde pour mettre en lumière le rôle clé de la commande publique en faveur de la transformation environnementale, sociale et économique des territoires.",
      [G, E, CS], notes="Transformation environnementale et sociale (environnement + social, convention du dev); réseau.", ambiguous=True)
    P("Les participants ont ensuite pu découvrir les différents guides et boîtes à outils opérationnels produits par les groupes de travail de la Charte sur le sourçage, les achats innovants et les achats écoresponsables.",
      [G, INNO, E], notes="Groupes de travail d'un réseau; achats innovants, achats écoresponsables.", ambiguous=True)
    P("Ces ressources vont permettre d’outiller concrètement l’ensemble des signataires pour les soutenir dans la mise en œuvre des engagements de la Charte.",
      [G], notes="Mise en œuvre des engagements d'une charte (gouvernance).", ambiguous=True)

    S("https://fr.scribd.com/document/715311881/Guide-thematique-des-Achats-Responsables", "Réussir son achat responsable, guide thématique n° 2 : l'insertion des publics éloignés de l'emploi (Direction des achats de l'État, mars 2023, Scribd)")
    P("Comment faire de son achat un outil au service de l’insertion des publics éloignés de l’emploi ?",
      [CS], notes="Titre du guide; insertion.")

    S("https://achats-durables.gouv.fr/spaser-outil-planification-acheteurs-publics-198", "Le Spaser, un outil de planification pour les acheteurs publics (achats-durables.gouv.fr, 14 mai 2024)")
    P("Les schémas de promotion des achats socialement et écologiquement responsables (Spaser) permettent de définir une stratégie d’achats durables au sein d’un territoire ou d’une entité.",
      [G], notes="Le schéma comme objet (gouvernance).")
    P("Les Spaser sont des documents stratégiques et concertés qui permettent à une structure de définir et d’orienter sa politique d’achat au service des trois piliers du développement durable : social, environnement et développement économique.",
      [G, E, CS], notes="Le schéma (gouvernance); piliers social et environnemental (convention du dev: développement durable = environnement).", ambiguous=True)
    P("En s’appuyant sur ces trois axes, les acteurs publics définissent ainsi des priorités pour leur territoire ou entité, sur lesquelles s’adossent des objectifs à poursuivre. De ces objectifs découlent un certain nombre d’indicateurs qui vont permettre de suivre la bonne atteinte de ceux-ci aux échéances fixées.",
      [G], notes="Objectifs et indicateurs de suivi du schéma (gouvernance).")
    P("Les Spaser sont, depuis la loi relative à l’économie sociale et solidaire de 2014, une obligation pour les acheteurs soumis au code de la commande publique. Ce dispositif a considérablement évolué au fil des ans.",
      [G], non=["2014"], notes="Obligation d'adopter le schéma (gouvernance); la loi ESS n'est que l'origine (pas le thème ESS).", ambiguous=True)
    P("Initialement destinés au déploiement de l’ESS, les Spaser se sont vus ajouter une dimension environnementale depuis l’adoption de la loi de transition énergétique pour la croissance verte (LTECV) en 2015.",
      [G, ESS, E], non=["2015"], notes="Histoire du schéma (gouvernance); ESS et environnement.", ambiguous=True)
    P("Depuis la loi Climat et résilience de 2021, ils doivent obligatoirement être publiés et faire l’objet d’un suivi de l’atteinte des objectifs qui y sont fixés avec des indicateurs.",
      [G], objective=True, non=["2021"], notes="Obligation légale qualitative de publication et de suivi (gouvernance), comme les obligations du round 6.", ambiguous=True)
    P("Concernant originellement les plus gros acheteurs soumis au code de la commande publique, le seuil rendant obligatoire la publication d’un Spaser a été abaissé de 100 à 50 millions d’euros d’achats annuels par un décret du 2 mai 2022.",
      [G], non=["100", "50 millions d’euros", "2 mai 2022"], notes="Seuil légal et date (pièges), pas une cible.")
    P("Depuis le 25 octobre 2023, la loi Industrie verte a encore élargi le champ des assujettis à l’obligation d’élaborer un Spaser.",
      [G], non=["25 octobre 2023"], notes="Obligation d'élaborer le schéma (gouvernance).")

    S("https://conseilsdi.eu/tag/devoir-de-vigilance/", "Devoir de vigilance (Conseils DI, étiquette)")
    P("En France, le devoir de vigilance, une législation de 2017, oblige les plus grandes entreprises à « prévenir les atteintes graves envers les droits humains » et « l’environnement » chez leurs sous-traitants et fournisseurs étrangers par l’adoption d’un « plan de vigilance ».",
      [CT, E], non=["2017"], notes="Droits humains chez les fournisseurs (conditions de travail) et environnement; obligation des entreprises, pas des acheteurs publics.", ambiguous=True)
    P("L’Allemagne possède également une loi exigente à ce niveau et les deux pays militent au niveau européen, pour qu’une règle s’impose …",
      [CT], notes="Devoir de vigilance (sujet dans la phrase précédente).", ambiguous=True)

    S("https://www.nature-en-ville.com/ressources/les-travaux-de-genie-ecologique-dans-la-commande-publique", "Les travaux de génie écologique dans la commande publique (Nature en ville, centre de ressources)")
    P("Défini comme la « conduite de projets qui, dans sa mise en œuvre et son suivi, applique les principes de l’ingénierie écologique et favorise la résilience des écosystèmes » 1 , le génie écologique permet l’intégration des enjeux liés à la nature et à la biodiversité dans les projets de travaux ou d’aménagement.",
      [BIO], non=["1"], notes="Biodiversité dans les marchés de travaux.")
    P("Ce guide est destiné aux services techniques de tous les donneurs d’ordres publics susceptibles d’initier ou de participer à un projet mobilisant des travaux de génie écologique. Il ne concerne pas les marchés d’études amont.",
      [BIO], notes="Génie écologique (biodiversité).", ambiguous=True)
    P("Il se base notamment sur la norme NF X10-900 Biodiversité et génie écologique - Méthodologie de conduite de projet en faveur des écosystèmes (Association française de normalisation, 2022).",
      [BIO], non=["X10-900", "2022"], notes="Norme (piège).")
    P("L’ouvrage présente tout d’abord les points de repère pour mener une démarche réussie : mobilisation des compétences, dialogue entre les parties prenantes, intégration du projet au contexte local, anticipation des budgets, mesures d’évitement et réduction d’impacts, choix des matériaux, atteinte des objectifs fixés, gestion à long terme, ressources documentaires, etc.",
      [BIO], notes="Démarche de génie écologique (biodiversité par le contexte).", ambiguous=True)

    S("https://blogs.parisnanterre.fr/article/quid-du-devoir-de-vigilance-lechelle-europeenne", "Quid du devoir de vigilance à l'échelle européenne ? (blogs de l'Université Paris Nanterre)")
    P("La prise en compte des droits humains et environnementaux, ainsi que la responsabilisation des entreprises ne datent pas d’hier.",
      [CT, E], notes="Droits humains (conditions de travail au sens du dev) et environnement; entreprises.", ambiguous=True)

    S("https://lmaillartmehaignerie.fr/?p=22909", "Loi EGAlim : premier bilan statistique de la plateforme « ma cantine » (commune de Maillart-Méhaignerie)")
    P("La loi loi EGAlim – loi n° 2018-938 du 30 octobre 2018 pour « l’équilibre des relations commerciales dans le secteur agricole et alimentaire et une alimentation saine, durable et accessible à tous » – a défini l’objectif de garantir au moins 50 % de produits durables et de qualité, dont au moins 20 % de produits biologiques, dans les repas servis en restauration collective.",
      [AL], objs=[Q(50, "%", comparator=">=", subject="produits durables et de qualité en restauration collective", themes=[AL]),
                  Q(20, "%", comparator=">=", subject="produits biologiques en restauration collective", themes=[AL])],
      non=["2018-938", "30 octobre 2018"], notes="Quota légal EGalim (objectif), cible imbriquée 50 % dont 20 %; « loi loi » tel quel.")
    P("La loi a également permis d’introduire un menu végétarien hebdomadaire en restauration scolaire.",
      [AL], notes="Mesure de la loi décrite au passé, pas une cible.", ambiguous=True)
    P("Pour apprécier les efforts engagés par les restaurants collectifs des différents secteurs (scolaire et universitaire, hôpitaux, médico-social, administrations…), une campagne de collecte d’information en ligne a été organisée fin 2022 sur la plateforme publique « ma cantine » .",
      [AL, G], non=["2022"], notes="Collecte de données de suivi (gouvernance au sens large) sur l'alimentation durable.", ambiguous=True)
    P("Les gestionnaires des restaurants collectifs ont été invités à saisir leurs données d’achats afin d’élaborer un premier bilan statistique. Ce bilan a été présenté dans un rapport du Gouvernement au Parlement transmis le 25 mai 2023.",
      [AL, G], non=["25 mai 2023"], notes="Bilan et rapport (gouvernance au sens large) des achats de restauration collective.", ambiguous=True)
    P("Développée par la Direction générale de l’alimentation (DGAL – ministère de l’Agriculture et de la Souveraineté alimentaire), la plateforme « ma cantine » vise à faire connaître les dispositions de la loi EGAlim et accompagner au mieux les acteurs de la restauration collective dans leur mise en œuvre.",
      [AL], notes="Plateforme d'accompagnement EGalim.")
    P("En moyenne, les chiffres recueillis révèlent que la moitié du chemin a été accomplie au regard des objectifs de 20 % en produits issus de l’agriculture biologique et de 50 % de produits durables et de qualité sur les achat",
      [AL, G], objs=[Q(20, "%", subject="produits biologiques (objectif EGalim rappelé)", themes=[AL]),
                     Q(50, "%", subject="produits durables et de qualité (objectif EGalim rappelé)", themes=[AL])],
      non=["la moitié"], notes="Résultat (« la moitié du chemin », piège) rapporté aux cibles légales rappelées (objectifs). Bilan: gouvernance au sens large. Coupé comme l'extrait.", ambiguous=True)

    S("https://jeunesse.mabibli.be/node/19267436", "Ces Communes converties aux cantines bio (notice d'article, mabibli.be)")
    P("D'ici 2022, selon la loi Egalim, la restauration collective publique (établissements scolaires, hôpitaux et administrations) devra servir au moins 20% d'aliments issus de l'agriculture biologique et 50% de repas durables, c'est-à-dire prenant en compte l'environnement.",
      [AL, E], objs=[Q(20, "%", comparator=">=", horizon=2022, subject="aliments issus de l'agriculture biologique en restauration collective publique", themes=[AL]),
                     Q(50, "%", horizon=2022, subject="repas durables en restauration collective publique", themes=[AL])],
      notes="Quota légal EGalim avec horizon écrit; « au moins » porte sur le premier chiffre (le second peut-être aussi). Environnement cité.", ambiguous=True)
    P("Cependant des leviers à actionner pour relever le défi sont nombreux. Les approvisionnements ou encore les prix représentent des freins.",
      [AL], notes="Freins à l'objectif bio des cantines (sujet dans la phrase précédente).", ambiguous=True)

    S("https://portailv2.mabibli.be/node/15102550", "Acheter de l'électricité verte, pas si facile (notice d'article, mabibli.be)")
    P("La demande française en électricité verte a triplé entre 2016 et 2020, et concerne désormais 7 % de la consommation nationale.",
      [EN], non=["2016", "2020", "7 %"], notes="Évolution constatée (piège).")
    P("Les collectivités apparaissent en pôle position sur ce segment afin de montrer l'exemple ou de développer sur leur territoire les infrastructures adéquates. Toutefois, l'opération reste délicate.",
      [EN], notes="Achat d'électricité verte (sujet dans la phrase précédente).", ambiguous=True)
    P("Les fournisseurs continuent donc de distribuer de l'électricité grise, tout en garantissant en parallèle l'injection d'autant d'électricité verte sur le réseau grâce à des certificats d'origine obtenus auprès de producteurs d'énergies renouvelables.",
      [EN], notes="Énergies renouvelables, garanties d'origine.")
    P("Ce fonctionnement atypique n'est pas évident à mettre en place par rapport au code de la commande publique, non adapté, surtout vis-à-vis de la concurrence entre fournisseurs.",
      [EN], notes="Achat d'électricité verte (contexte).", ambiguous=True)
    P("Les collectivités doivent alors trouver d'autres solutions pour participer à l'essor de l'électricité verte : constituer de petits lots d'achat pour faciliter le positionnement des fournisseurs alternatifs, favoriser les procédures avec négociations, se tourner vers l'autoconsommation territoriale...",
      [EN], notes="Leviers d'achat d'électricité renouvelable; petits lots pour des fournisseurs alternatifs, pas des PME.", ambiguous=True)

    S("https://peps33.gironde.fr/jcms/c_38702/fr/js/lib/twemoji/js/channel.js", "Objectif insertion, la clause (Département de la Gironde, PEPS33)")
    P("Depuis 2007, le Département réserve nombre de marchés publics, en totalité ou en partie, à des structures d’insertion. Des heures de travail sont ainsi réservées à des personnes rencontrant des difficultés d’insertion professionnelle pour diverses raisons.",
      [CS, MR], non=["2007"], notes="Marchés réservés aux structures d'insertion et heures d'insertion; le thème marchés réservés du dev vise surtout le handicap.", ambiguous=True)
    P("Ce dispositif a porté ses fruits et les entreprises ont pris l’habitude de cette obligation éminemment sociale.",
      [CS], notes="Clause d'insertion (contexte).", ambiguous=True)
    P("« On l’appelle clause d’insertion ou clause sociale. Dans le cadre des marchés publics, elle impose aux entreprises qui candidatent à un appel d’offres du Département de plus de 90 000 euros, d’inclure des heures d’insertion dans le temps de travail consacré à la conduite de tel ou tel chantier.",
      [CS], non=["90 000 euros"], notes="Seuil de déclenchement (piège); pratique en vigueur, pas une cible.")
    P("Par exemple, pour construite un nouveau collège, nous faisons en sorte que les entreprises réservent des heures aux personnes relevant des dispositifs d’insertion dont des allocataires du RSA. »",
      [CS], notes="Heures d'insertion; « construite » tel quel.")
    P("Treize ans plus tard, l’expérience a si bien fonctionné qu’avec son équipe, il intervient en tant qu’expert auprès des bailleurs sociaux comme Gironde Habitat, la Région pour les chantiers liés aux lycées mais aussi auprès des services de l’État.",
      [CS], notes="Diffusion de l'expertise en clauses d'insertion (contexte); pourrait aussi être lu comme réseau (gouvernance).", ambiguous=True)
    P("« Pour certaines entreprises, c’est une vraie contrainte mais cet engagement permet aussi de recruter et de pouvoir trouver du personnel dans des secteurs en tension où il pourrait faire défaut » précise Hervé Minvielle.",
      [CS], notes="Effets de la clause d'insertion.", ambiguous=True)

    S("https://environnement-magazine.fr/territoires/article/2024/11/22/150779/commande-publique-equitable-les-trophees-fairtile-revelent-leurs-laureats", "Commande publique équitable : les trophées Fairtile révèlent leurs lauréats (Environnement Magazine, 22 novembre 2024)")
    P("A l’occasion du Salon des Maires et des Collectivités locale, l’ONG Max Havelaar France a annoncé les lauréats de la deuxième édition des Trophées Fairtiles. Ce concours récompense les collectivités engagées en faveur des produits issus du commerce équitable.",
      [CEQ], notes="Commerce équitable dans la commande publique.")
    P("A l’issue d’un appel à candidatures adressé aux collectivités territoriales et aux acheteurs publics en France, le jury d’experts des trophées Fairtile a distingué les initiatives, les personnalités et les collectivités les plus novatrices et les plus engagées en faveur d’une commande publique équitable.",
      [CEQ], notes="Commande publique équitable.")
    P("Le jury a été sensible à cette candidature au vu du statut spécifique de ce service de l’État : la plus grande centrale d’achat publique française aux 11,6 millions de repas par an. Parmi tous les produits achetés pour ces repas, trois produits sont à ce jour labellisés commerce équitable.",
      [CEQ, AL], non=["11,6 millions"], notes="Volume de repas et état actuel (pièges); restauration collective.", ambiguous=True)
    P("Trophée de la sensibilisation des publics : commune de Romainville (93) La cantine Maryse Bastié fonctionne entièrement avec des produits bio, locaux et faits-maison.",
      [AL, CEQ], non=["93"], notes="Cantine bio et locale (état actuel, pas une cible); trophée du commerce équitable.", ambiguous=True)
    P("Deux nouvelles cantines seront construites en 2025 et 2026. Aussi, en 2027, une nouvelle école sera également réalisée avec sa propre cantine. Cela permettra à 60% des enfants de la ville de manger bio, local, fait-maison et équitable.",
      [AL, CEQ], objs=[Q(60, "%", horizon=2027, subject="enfants de la ville mangeant bio, local, fait-maison et équitable", themes=[AL, CEQ])],
      non=["2025", "2026"], notes="Cible de couverture; l'horizon 2027 est celui de la dernière cantine (implicite pour les 60 %).", ambiguous=True)

    S("https://ecolopop.info/?p=21471", "Trophées Fairtile 2024 : 10 collectivités récompensées pour leurs achats équitables (Ecolopop, 21 novembre 2024)")
    P("C'est à l'occasion du Salon des Maires et des Collectivités locales que furent récompensées 10 collectivités engagées en faveur des produits issus du commerce équitable - intégrés aux \"50% de produits durables\" demandés par la loi aux collectivités dans leur restauration collective - mais aussi en faveur de la juste rémunération de façon plus large.",
      [CEQ, AL], objs=[Q(50, "%", subject="produits durables en restauration collective (loi EGalim rappelée)", themes=[AL, CEQ])],
      non=["10"], notes="Quota légal EGalim rappelé (objectif, comme le dev); nombre de lauréats (piège).", ambiguous=True)
    P("« Les crises agricoles à répétition sont là pour nous rappeler que la question de la rémunération des producteurs est centrale, …il est donc naturel que les collectivités s’emparent du sujet, et prennent elles aussi leur part dans des modèles de consommation plus justes, plus responsables et plus solidaires",
      [CEQ], notes="Juste rémunération des producteurs (commerce équitable); tranche d'une phrase plus longue (70 mots au plus).")
    P("Parmi tous les produits achetés pour ces repas, 3 produits sont à ce jour labellisés commerce équitable : 2 références de café et 1 fromage blanc à la vanille, et le chiffre devrait doubler d’ici quelques semaines notamment grâce à l’intégration de 2 références de sucre labellisés et de légumineuses.",
      [CEQ, AL], objs=[Q(2, "x", "increase", "relative_change", subject="produits labellisés commerce équitable de l'Économat des Armées", themes=[CEQ])],
      non=["3", "2", "1", "2"], notes="« devrait doubler » lu comme engagement de l'acheteur (doublement = 2 x, increase); pourrait être une prévision (piège).", ambiguous=True)

    S("https://fairtile.org/actualites/les-laureats-des-premiers-trophees-fairtile-pour-une-commande-publique-equitable", "Les lauréats des premiers Trophées Fairtile pour une commande publique équitable dévoilés au Salon des maires (Fairtile, Max Havelaar France)")
    P("Paris, Salon des Maires et des collectivités locales le 21/11/23 - Les produits équitables, y compris d’origine française, sont dorénavant intégrés au \"50% de produits durables\" imposés aux collectivités dans leur restauration collective depuis la loi Egalim 2 en début d'année 2023.",
      [CEQ, AL], objs=[Q(50, "%", subject="produits durables en restauration collective (EGalim)", themes=[AL, CEQ])],
      non=["21/11/23", "2", "2023"], notes="Quota légal EGalim (objectif); « depuis »: pas d'horizon; date et nom de loi (pièges).", ambiguous=True)
    P("Afin de récompenser et valoriser les acteurs publics engagés dans la juste rémunération des agriculteurs au travers de l’achat de produits alimentaires ou de coton issus du commerce équitable, l'ONG Max Havelaar France a créé les premiers trophées Fairtile.",
      [CEQ], notes="Commerce équitable (alimentation et coton).")
    P("Un jury composé des réseaux Restau’co et Agores, et des associations l’Obsar, les Eco-maires et Max Havelaar France, a ainsi choisi de récompenser des élu.es ou agent-es des services d’achat public ou restauration collectives particulièrement engagés.",
      [CEQ], notes="Trophées du commerce équitable (contexte); réseaux d'acheteurs cités.", ambiguous=True)

    S("https://gestionnaires.actifforum.com/t38330-seuil-des-marches-innovants", "Seuil des marchés innovants (forum Gestionnaires)")
    P("Pour les commandes publiques portant sur les marchés innovants, le seuil de dispense de publicité et de mise en concurrence est relevé à 100 000,00 € (expérimentation sur trois ans).",
      [INNO], non=["100 000,00 €"], notes="Seuil légal (piège), achats innovants.")

    S("https://filexperts.fr/?p=2295", "L'achat innovant dans la commande publique (Filexperts)")
    P("Dans un contexte où les acheteurs publics cherchent constamment à améliorer leurs services tout en maîtrisant leurs dépenses, l’achat innovant se présente comme une solution particulièrement efficace.",
      [INNO], notes="Achats innovants.")
    P("L’achat public de solutions innovantes constitue un levier stratégique des politiques publiques à visées environnementales, sociales ou économiques.",
      [INNO], notes="Achats innovants; visées environnementales et sociales seulement citées.", ambiguous=True)
    P("Il soutient les entreprises qui innovent, notamment les PME et les start-up, et permet aux acheteurs d’atteindre une meilleure performance dans leurs achats.",
      [INNO, PME], notes="Achat innovant et PME.", ambiguous=True)
    P("L’innovation ne concerne pas seulement la recherche et le développement, ou des achats spécialisés et très techniques, mais peut aussi émerger dans les achats les plus récurrents.",
      [INNO], notes="Achats innovants.")

    S("https://blog.achatsolutions.fr/achat-innovant/", "L'achat innovant (Achat Solutions, blog)")
    P("Le décret du 24 décembre 2018 a ouvert la possibilité de passer des marchés sans publicité ni mise en concurrence (« de gré à gré ») pour les travaux, fournitures et services dits « innovants » d’un montant inférieur à 100 000 euros H.T. Ce dispositif au départ expérimental a été pérennisé par le décret n°2021-1634 du 13 décembre 2021 (voir en ce sens notre article).",
      [INNO], non=["24 décembre 2018", "100 000 euros", "2021-1634", "13 décembre 2021"], notes="Seuil et textes (pièges).")
    P("Il émane de cette définition quatre types d’innovation : l’innovation de produit, l’innovation de procédé, l’innovation de commercialisation et l’innovation d’organisation de l’entreprise.",
      [INNO], notes="Définition de l'achat innovant.")

    S("https://entreprise-bruxelles.be/la-loi-sur-les-travailleurs-detaches-a-ete-publiee/amp", "Loi sur les travailleurs détachés : quelles sont les règles ? (Entreprise Bruxelles)")
    P("Bien qu’encadrées par la directive 96/71/CE, les conditions de travail de ces travailleurs détachés font parfois l’objet d’abus aboutissant à un dumping social généralisé.",
      [CT], non=["96/71/CE"], notes="Conditions de travail des travailleurs détachés.")
    P("Certains n’hésitent pas à en abuser voire à frauder en offrant à ces travailleurs des conditions de travail déplorables, malgré la directive 96/71/CE.",
      [CT], non=["96/71/CE"], notes="Conditions de travail.")
    P("En France, on estime à près de 210 000 le nombre de travailleurs détachés en 2013 contre environ 26 000 en 2004.",
      [CT], non=["210 000", "2013", "26 000", "2004"], notes="Statistiques (pièges); pourrait rester sans thème.", ambiguous=True)
    P("Souvent pointés du doigt au sujet de leur manque de vigilance concernant les travailleurs détachés, les acheteurs publics sont accusés de donner trop d’importance au seul critère du prix lors de leurs appels d’offres, entrainant de fait un dumping social notamment pour les marchés de construction.",
      [CT], notes="Dumping social dans les marchés publics (conditions de travail).")
    P("La loi publiée le 10 juillet 2014 au Journal Officiel a pour but d’accroitre la responsabilité de l’acheteur public, au moyen de l’adoption de plusieurs mesures parmi lesquelles :",
      [CT], non=["10 juillet 2014"], notes="Loi contre le dumping social (contexte).", ambiguous=True)
    P("– l’obligation pour le donneur d’ordre de s’assurer du dépôt par le sous-traitant de la déclaration de détachement auprès de l’inspection du travail ainsi que de la désignation d’un représentant sur le territoire Français.",
      [CT], objective=True, notes="Obligation légale qualitative du donneur d'ordre (travailleurs détachés).", ambiguous=True)

    S("https://www.teseopress.com/dictionnaire2/chapter/travail-detache", "Travail détaché (Catherine Spieser, dictionnaire, TeseoPress)")
    P("Cela en fait un réservoir potentiel de main-d’œuvre peu revendicative et bon marché, à laquelle les entreprises ont volontiers recours, notamment dans les secteurs qui connaissent des tensions de recrutement ou dominés par la recherche du moindre coût.",
      [CT], notes="Travail détaché (conditions de travail); hors commande publique.", ambiguous=True)

    S("http://guidehandicap.intergros.com/files/assets/basic-html/page143.html", "Guide handicap, p. 143 : sous-traiter avec le secteur adapté ou protégé (Intergros)")
    P("Une part des personnes handicapées ne peut ou ne pourra jamais travailler en milieu ordinaire notamment en raison d’un manque d’autonomie.",
      [MR], notes="Travail protégé (contexte du secteur protégé et adapté).", ambiguous=True)
    P("Le développement de la sous-traitance auprès du secteur protégé ou adapté est non seulement un moyen de répondre à son obligation d’emploi de personnes handicapées mais aussi de jouer son rôle d’employeur responsable (RSE) en permettant à des personnes de travailler dans des structures adaptées à leurs besoins.",
      [MR], notes="Achats au secteur protégé et adapté (entreprises privées).")
    P("Le recours à la sous-traitance auprès du secteur adapté ou protégé est possible dans la limite de 50 % de son obligation (soit 3 %).",
      [MR], non=["50 %", "3 %"], notes="Plafond légal (piège), pas une cible d'achat.")
    P("Ainsi, pour exemple, une entreprise de 100 salariés ayant une obligation d’emploi de 6 Unités Bénéficiaires pourra, par équivalence, répondre à son obligation à hauteur de 3 Unités Bénéficiaires via la sous-traitance auprès du secteur protégé ou adapté.",
      [MR], non=["100", "6", "3"], notes="Exemple de calcul (pièges).")

    S("http://www.cr2e.fr/legislation/la-sous-traitance-avec-le-secteur-protege-et-adapte/", "La sous-traitance avec le secteur protégé et adapté (CR2E)")
    P("Prévue par la loi, la sous-traitance avec les secteurs adapté et protégé offre aux entreprises la possibilité de répondre partiellement à l’obligation d’emploi de travailleurs handicapés. Ces contrats permettent d’obtenir des équivalences du nombre de bénéficiaires que l’établissement doit employer.",
      [MR], notes="Secteur protégé et adapté.")
    P("Ainsi, une entreprise qui n’emploierait aucun salarié handicapé, mais justifierait de ce type de contrats, pourrait réduire sa contribution annuelle à l’Agefiph de moitié. Les montants de cette sous-traitance sont convertis en unités bénéficiaires.",
      [MR], non=["de moitié"], notes="Effet d'une règle (piège), pas une cible.")
    P("Le secteur adapté : Depuis la loi de 2005, l’appellation « ateliers protégés » est devenue Entreprises Adaptées (EA). Elles font partie du marché du travail. Ces entreprises doivent employer au moins 80 % de travailleurs handicapés dans les postes de production.",
      [MR], non=["2005", "80 %"], notes="Condition légale de composition des entreprises adaptées, pas un niveau d'achat (piège).", ambiguous=True)

    S("http://esh-handicap.fr/sous-traiter/", "Pourquoi sous-traiter ? (ESH Handicap, Entreprises sociales pour l'habitat)")
    P("La sous-traitance auprès du secteur protégé et / ou adapté est un moyen de répondre à l'obligation d'emploi de travailleurs handicapés. Cette modalité permet de satisfaire jusqu'à 50% de cette obligation (soit 3%).",
      [MR], non=["50%", "3%"], notes="Plafond légal (piège).")
    P("La sous traitance au secteur protégé et adapté est de surcroit un levier essentiel des politiques d’achats responsables, et donc des politiques de Responsabilité Sociale d’Entreprise dans lesquelles s’engagent fortement les Entreprises Sociales pour l’Habitat.",
      [MR], notes="Achats au secteur protégé et adapté.")
    P("Seule la main-d'œuvre est valorisée dans le calcul des unités bénéficiaires. C'est pourquoi les entreprises ont donc tout avantage à privilégier les prestations à forte part de main-d'œuvre (ex : entretien d'espaces verts) plutôt qu'à forte part de matière première (ex : fournitures de bureau).",
      [MR], notes="Calcul des unités bénéficiaires; espaces verts cités comme exemple seulement.")

    S("http://unapei.org/La-sous-traitance-aux-structures.html", "La sous-traitance aux structures de travail protégé ou adapté (Unapei)")
    P("Recourir aux travailleurs handicapés des Établissements et services d’aide par le travail (ESAT ) et des Entreprises adaptées (EA ) constitue une réponse alternative au recrutement direct.",
      [MR], notes="Secteur protégé et adapté.")
    P("Les employeurs publics peuvent également favoriser cette modalité dans le cadre de la passation de marchés publics pour la sous-traitance ou l’achat de fournitures. Ces derniers peuvent prévoir dans leurs appels d’offres des clauses destinées à promouvoir l’emploi des personnes handicapées (clause d’insertion ou lots réservés aux structures du milieu protégé ou adapté).",
      [MR, CS], notes="Lots réservés (handicap) et clause d'insertion.")
    P("La France compte un peu plus de 1 400 Établissements et services d’aide par le travail (ESAT ), ainsi que près de 600 Entreprises adaptées (EA ), qui emploient respectivement environ 110 000 et 26 000 personnes handicapées.",
      [MR], non=["1 400", "600", "110 000", "26 000"], notes="Statistiques (pièges).")

    S("https://doczz.fr/doc/4940859/clauses-sociales-et-promotion-de-l-emploi-dans-les-march%C3%A9...", "Clauses sociales et promotion de l'emploi dans les marchés publics, guide en direction des donneurs d'ordre (Alliance Villes Emploi, doczz)")
    P("Depuis quelques années, le plus souvent à l’initiative d’élus locaux, présidents des Plans Locaux Pluriannuels pour l’Insertion et l’Emploi (PLIE), Maires ou Présidents d’Intercommunalités, de Conseillers Régionaux, Conseillers Généraux, mais aussi de responsables de l’Etat, la commande publique a été utilisée comme un levier de développement de l’insertion et de l’accès à l’emploi au bénéfice des personnes en difficulté sociale et professionnelle.",
      [CS], notes="Insertion par la commande publique.")
    P("Les travaux menés ainsi par les Collectivités territoriales ont été fortement mobilisateurs et ont recueilli un fort intérêt des acteurs économiques. En effet, ceux-ci ont adhéré à ces démarches récentes de formation et d’insertion car elles constituent pour eux une réelle opportunité de recrutement et de gestion des ressources humaines.",
      [CS], notes="Démarches d'insertion (contexte).", ambiguous=True)
    P("Selon l’Observatoire Economique de l’Achat Public (OEAP), le recensement des marchés publics notifiés en 2005 fait apparaître un montant hors taxe de 53 milliards d’euros.",
      [], non=["2005", "53 milliards d’euros"], notes="Volume total de la commande publique: sans thème, comme les passages généraux du dev.")
    P("On mesure au seul énoncé de ce chiffre toute l’importance et tout le potentiel d’une mise en œuvre à grande échelle dans les marchés publics, des clauses d’insertion.",
      [CS], notes="Clauses d'insertion.")

    S("https://grapho-avocats.com/commande-publique-les-marches-publics-dinsertion-un-outil-au-service-des-territoires-a-developper", "Commande publique : les marchés publics d'insertion, un outil au service des territoires à développer (Grapho Avocats)")
    P("Les personnes publiques ont de manière croissante recours aux achats publics en tant qu’outil d’une politique publique toujours plus soucieuse des préoccupations sociales et environnementales (voir article précédent).",
      [CS, E], notes="Préoccupations sociales et environnementales (environnement + social, convention du dev).", ambiguous=True)
    P("Avec ces marchés, l’acheteur réalise un achat d’insertion dans le but de faire acquérir à des personnes éloignées de l’emploi les compétences et les qualifications utiles à une insertion durable dans l’emploi.",
      [CS], notes="Marchés d'insertion.")
    P("L’utilisation de la commande publique au service de l’insertion professionnelle peut interroger : l’encadrement des règles de commande publique poursuit avant tout une logique de performance qui apparaît comme difficilement compatible avec l’expression d’un besoin d’insertion professionnelle.",
      [CS], notes="Insertion professionnelle.")
    P("C’est pourtant sans compter sur les externalités positives générées par ce type d’achat : baisse du taux de chômage sur le territoire concerné par la réinsertion de publics éloignés de l’emploi.",
      [CS], notes="Effets des achats d'insertion.")

    S("https://achats-responsables-mutualises-ess.org/passer-a-l-action/comment-adopter-une-demarche-responsable-en-sante", "Comment adopter une démarche responsable en santé ? (Achats responsables mutualisés ESS)")
    P("Consommations d’eau et d’énergie, utilisation de dispositifs médicaux à usage unique, production importante de déchets, dont des déchets infectieux : les structures des champs sanitaire et médico-social, par leurs activités, ont un impact non-négligeables sur l’environnement.",
      [SA, E, CE], notes="Secteur de la santé (thème santé comme le dev pour les établissements de santé), environnement, déchets.", ambiguous=True)
    P("En effet, d’après l’ADEME, la santé génère 12 % des consommations d’énergie du secteur tertiaire et 780 000 tonnes de déchets par an.",
      [SA, EN, CE], non=["12 %", "780 000 tonnes"], notes="Statistiques (pièges).", ambiguous=True)
    P("En 2023, le Shift Project a estimé les émissions de gaz à effet de serre du secteur de la Santé en France a 49 millions de tonnes de CO2 en moyenne, soit près de 8% des émissions du pays. 50% de ces émissions sont issues des achats de dispositifs médicaux et de médicaments.",
      [SA, E], non=["2023", "49 millions de tonnes", "8%", "50%"], notes="Estimations (pièges); carbone des achats de santé.")
    P("Pour les produits d’hygiène notamment, préférez des produits aux ingrédients naturels et issus de filière biologiques, sourcés à proximité (filière française par exemple). Pensez aussi aux formules non-toxiques (absence de perturbateurs endocriniens, d’allergènes, de composés organiques volatils, etc.).",
      [SA, E], notes="Substances toxiques, perturbateurs endocriniens (santé).", ambiguous=True)

    S("https://environnement-et-sante.net/2011/02/16/strategie-de-developpement-durable-pour-les-hopitaux/", "Stratégie de développement durable pour les hôpitaux (Environnement et santé, 16 février 2011)")
    P("L’empreinte écologique des établissements de santé est par essence déjà très lourde. Ils sont 4 000 établissements à fonctionner 24 heures sur 24, 365 jours par an. Leur consommation énergétique est immanquablement conséquente.",
      [SA, E, EN], non=["4 000", "24", "24", "365"], notes="Établissements de santé; énergie.", ambiguous=True)
    P("Les établissements de santé sont encore des consommateurs importants de biens et services (produits d’entretien, de construction, fournitures de bureau, nourriture, etc.). Les établissements de santé génèrent enfin beaucoup de déplacements et des transports spécifiques, adaptés.",
      [SA, E], notes="Achats des établissements de santé; transports.", ambiguous=True)
    P("Ainsi, à la double faveur du Grenelle de l’environnement mais aussi du plan Hôpital 2012, l’engagement des établissements de santé dans le développement durable est devenu un enjeu incontournable et un élément central de la stratégie de fonctionnement des établissements.",
      [SA, E], non=["2012"], notes="Développement durable (environnement, convention du dev) à l'hôpital; année dans un nom de plan (piège).")

    S("https://www.loire.fr/jcms/lw_1427953/fr/-interview-petit-guide-de-l-achat-responsable", "[INTERVIEW] Petit guide de l'achat responsable (Département de la Loire, Loire magazine n° 158, novembre-décembre 2023)")
    P("Nul ne peut ignorer aujourd’hui les enjeux de transitions écologique et solidaire. Les collectivités doivent faire preuve de responsabilité dans leurs achats. Comment ?",
      [E, CS], notes="Transitions écologique et solidaire (environnement + social, convention du dev).", ambiguous=True)
    P("La loi Climat et résilience contraint les collectivités (dont les dépenses annuelles excèdent 50 millions d’euros hors taxes) à se doter d’un schéma de promotion des achats sociologiquement et écologiquement responsables (Spaser).",
      [G], non=["50 millions d’euros"], notes="Obligation d'adopter le schéma (gouvernance); seuil (piège); « sociologiquement » tel quel.")
    P("C’est à dire ? Que les marchés passés par le Département doivent désormais inclure des critères sociaux et environnementaux ?",
      [CS, E], notes="Question de l'intervieweur; critères sociaux et environnementaux.", ambiguous=True)
    P("Seulement les marchés d'un montant supérieur à 40 000 € hors taxes. Soit plus d’un millier par an. Il peut s’agir de critères, de clauses ou bien de l’objet-même de l’achat. À défaut, le service juridique incite nos acheteurs à la réflexion. Cela doit devenir un réflexe.",
      [CS, E], objective=True, non=["40 000 €", "un millier"], notes="Règle du Département (critères sociaux et environnementaux dans les marchés de plus de 40 000 €, sujet dans la question précédente): objectif qualitatif; seuil et nombre (pièges).", ambiguous=True)
    P("Mais nous ne partons pas de zéro. Plusieurs contrats nous lient déjà aux Esat (établissement et service d’aide par le travail) et aux EA (entreprises adaptées) sans compter les clauses incitant à l’embauche de personnes accompagnées dans le cadre du dispositif Loire (Loire objectif insertion et retour à l'emploi) ou valorisant des entreprises ayant recours à l’apprentissage dans les marchés de bâtiments.",
      [MR, CS], notes="Contrats avec le secteur protégé et adapté, clauses d'insertion (état actuel).")
    P("D’autres actions sont entreprises comme la garantie de conditions de travail identiques pour les femmes et les hommes. J'aimerais également qu'un plus grand nombre de TPE, PME, puissent répondre à nos appels d'offres.",
      [EG, PME], objective=True, notes="Égalité femmes-hommes (conditions de travail identiques: pourrait aussi être conditions de travail); souhait de l'élu sur l'accès des TPE/PME (objectif qualitatif).", ambiguous=True)

    S("https://www.mediapart.fr/journal/france/160723/index-de-l-egalite-professionnelle-un-symbole-mais-tres-peu-de-sanctions", "Index de l'égalité professionnelle : un symbole mais très peu de sanctions (Mediapart, 16 juillet 2023)")
    P("L’index de l’égalité professionnelle, un barème de 0 à 100 points, a été rendu obligatoire pour les entreprises de plus de cinquante salarié·es par une loi de 2018.",
      [EG], non=["0", "100", "2018"], notes="Index d'égalité professionnelle; barème et date (pièges). Hors commande publique.", ambiguous=True)
    P("En 2023, avec un score moyen de 88/100, l’index n’a jamais été aussi haut.",
      [EG], non=["2023", "88/100"], notes="Résultat (piège).")

    S("https://publish-ey-prod-cdn.adobecqms.net/fr_fr/government-public-sector/decarboner-nos-organismes-de-prestations-sociales-une-urgence-encore-trop-negligee", "Décarboner nos organismes de prestations sociales : une urgence encore trop négligée (EY)")
    P("Même si cet axe demeure embryonnaire dans les COG, il n’en reste pas moins fondamental afin de disposer d’une démarche définie, pilotée, etévaluable.",
      [G], notes="Pilotage et évaluation (gouvernance); « etévaluable » tel quel.")
    P("La COG de l’URSSAF prévoit ainsi notammentde définir un schéma directeur de responsabilité sociétale des organisations (RSO) qui intègre des éléments de pilotage et d’évaluation. Celle de la Cnav prévoit également de permettre à la branche de mesurer son impact afin de diminuer son empreinte carbone de 25% par rapport à 2021.",
      [G, E], objs=[Q(25, "%", "decrease", "relative_change", baseline_year=2021, subject="empreinte carbone de la branche retraite (Cnav)", themes=[E])],
      notes="Pilotage et évaluation (gouvernance); cible de réduction carbone par rapport à 2021 (année de référence).")
    P("De façon plus générale, force est de constater que les engagements relatifs à la décarbonation comportent encore peu d’indicateurs chiffrés par rapport aux engagements métier.",
      [G, E], notes="Indicateurs des engagements de décarbonation (gouvernance, climat).")
    P("Les branches se réfèrent surtout aux objectifs fixés par le décret tertiaire et par palier (-10% en 2024, -40% en 2030, -50% en 2040, -60% en 2050). Seuls les organismes de plus de 500 salariés sont concernés par l’objectif d’effectuer un bilan carbone.",
      [EN, E, G], objs=[Q(10, "%", "decrease", "relative_change", horizon=2024, subject="consommation d'énergie des bâtiments tertiaires (décret tertiaire)", themes=[EN]),
                        Q(40, "%", "decrease", "relative_change", horizon=2030, subject="consommation d'énergie des bâtiments tertiaires (décret tertiaire)", themes=[EN]),
                        Q(50, "%", "decrease", "relative_change", horizon=2040, subject="consommation d'énergie des bâtiments tertiaires (décret tertiaire)", themes=[EN]),
                        Q(60, "%", "decrease", "relative_change", horizon=2050, subject="consommation d'énergie des bâtiments tertiaires (décret tertiaire)", themes=[EN])],
      non=["500"], notes="Trajectoire légale du décret tertiaire (énergie des bâtiments, pas un niveau d'achat); signe « - » porté par direction; bilan carbone obligatoire (gouvernance, climat).", ambiguous=True)
