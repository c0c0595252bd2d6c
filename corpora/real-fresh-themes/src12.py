"""Evaluation-only real passages labelled for themes, set 12 (``corpora/real-fresh-themes/passages12.jsonl``); never
train on them.

Collected as sets 1 to 11 (``src.py`` ... ``src11.py``) were, on other hosts: each page's usable opening (as returned
by the project's search tool, corpus "pages") is transcribed passage by passage, verbatim except for runs of spaces
and line breaks, and labelled with **all** its themes with the shared real dev set's conventions. No theme model was
run on these passages while collecting or labelling (blind). Objective fields are left minimal (``is_objective``
false, no objectives): this set is for themes only. Pages are French-language pages of associations, NGOs, networks,
foundations, think tanks, cooperatives and social-economy bodies: ESS networks and chambers (Le Labo de l'ESS, CRESS
Normandie, Mutualité Française Sud on the CRESS PACA, Coorace Occitanie, États généraux de l'ESS), disability and
insertion networks (Handeco), sustainable-food and organic networks (Eau et bio / FNAB, Fondation pour la Nature et
l'Homme, Agores, Association végétarienne de France, 1% for the Planet France, Résilience territoriale), parents' and
citizens' associations (FCPE Loire-Atlantique, PEEP Grenoble, Citoyens & Territoires Grand Est), NGOs and think tanks
on working conditions, digital and energy (Electronics Watch, Fing, Agir pour le climat on Énergie Partagée,
Observatoire des multinationales, Finansol), the CEMR's equality charter observatory and a local-wood association.
No page of a public body, no company's own page, no press. Every page is about responsible purchasing, public
procurement, sustainable canteens, social clauses, reserved contracts, or waste, health, energy and climate as they
touch purchasing; at most 8 passages per page.
"""
# ruff: noqa: E501

from passage_checks import AL, BIO, CE, CEQ, CS, CT, EFH, EN, ESS, MR, NUM, PME, SA, E, G


def load(S, P, Q) -> None:

    S("https://handeco.org/category/ressources/", "Ressources : Guide des achats privés inclusifs (Handeco)")
    P("Accompagner le développement des achats inclusifs dans les entreprises : retours d’expérience, outils et clés de succès.",
      [CS, MR], notes="Achats inclusifs = achats auprès des structures de l'insertion et du handicap (sens de la page, Handeco).", ambiguous=True)
    P("De plus en plus d’entreprises s’engagent dans des démarches d’achats inclusifs. Partie intégrante de leur stratégie de responsabilité sociale et environnementale, elles représentent de véritables leviers de relocalisation de la main d’œuvre, de soutien au développement des entreprises sociales et solidaires, et plus particulièrement à celles qui emploient et accompagnent les personnes en situation de handicap et les publics vulnérables et éloignés de l’emploi.",
      [ESS, MR, CS], notes="Entreprises sociales et solidaires, personnes handicapées, publics éloignés de l'emploi.")
    P("Pendant plus d’un an, 12 entreprises du Collectif d’Entreprises pour une Économie plus Inclusive, via leur groupe de travail « Politique d’achats inclusive », ont été accompagnées par l’Agence des Économies Solidaires (AES), avec le soutien de la DRIEETS Ile-de-France.",
      [CS, MR], notes="Politique d'achats inclusive (insertion et handicap, par le contexte).", ambiguous=True)
    P("L’intervention de l’AES consistait à leur apporter des méthodes et outils sur toutes les étapes du processus achats : diagnostics de la politique d’achats, diagnostics de recours aux acteurs inclusifs, recommandations achats appliquées, accompagnements de bout en bout sur des appels d’offres, sourcings qualifiés, analyses territoriales, mises en lien facilitées, définition d’un plan d’amélioration, entre autres.",
      [CS, MR, G], notes="Recours aux acteurs inclusifs (insertion, handicap); diagnostics et plan d'amélioration de la politique d'achats (pilotage?).", ambiguous=True)
    P("À la suite de ces mois d’accompagnement, les entreprises du Collectif ont souhaité partager ces recommandations et outils au travers d’un guide « clef en main », accessible et gratuit pour toutes les entreprises qui souhaitent s’engager.",
      [G], notes="Guide « clef en main » pour les acheteurs (outil: gouvernance?); le guide porte sur les achats inclusifs.", ambiguous=True)

    S("https://lelabo-ess.org/les-jardins-de-cocagne-des-paniers-de-legumes-bio-en-lien-avec-les-entreprises", "Les Jardins de Cocagne : des paniers de légumes bio en lien avec les entreprises (Le Labo de l'ESS)")
    P("Les Jardins de Cocagne : des paniers de légumes bio en lien avec les entreprises",
      [AL], notes="Titre: légumes bio vendus en paniers aux entreprises (achat).")
    P("Sortis de terre en 1991 à Besançon, les Jardins de Cocagne sont aujourd’hui au nombre de 100 (et une trentaine d’autres structures adhérentes) sur l’ensemble du territoire français. Exploitations maraichères biologiques à vocation d’insertion sociale et professionnelle, les Jardins de Cocagne se situent au cœur de l’économie sociale et solidaire et du développement durable.",
      [AL, CS, ESS, E], notes="Maraîchage bio, insertion, ESS; « développement durable » (convention: environnement).", ambiguous=True)
    P("Il s’agit alors d’allier le principe de la distribution en circuit court à des clients qui sont aussi des adhérents de l’association, l’insertion par le travail pour des personnes en situation de précarité, et le cahier des charges de l’agriculture biologique.",
      [AL, CS], notes="Circuit court et agriculture biologique; insertion par le travail.")
    P("Principalement sous forme d’Ateliers et Chantiers d’Insertion (ACI), les Jardins de Cocagne accueillent des femmes et des hommes de tout âge en situation précaire rencontrant des difficultés d’ordre professionnel, social ou personnel.",
      [CS], notes="Ateliers et chantiers d'insertion; « des femmes et des hommes » n'est pas un propos d'égalité.")

    S("https://lelabo-ess.org/la-scic-resto-bio-approvisionne-la-restauration-collective-en-agriculture-biologique-et-locale", "La SCIC Resto’bio approvisionne la restauration collective en agriculture biologique et locale (Le Labo de l'ESS)")
    P("La SCIC Resto’bio approvisionne la restauration collective en agriculture biologique et locale",
      [AL, ESS], notes="SCIC (coopérative, ESS) qui approvisionne la restauration collective en bio local.")
    P("Resto’ Bio est une plateforme qui fournit des structures publiques ou privées en produits biologiques et locaux dans les Hautes Pyrénées. Créée en 2007 sous forme de SCIC, elle rejoint le PTCE La Bio Pour Tous autour de l’enjeu commun d’une accessibilité pour tous à une alimentation de qualité issue d’une agriculture paysanne.",
      [AL, ESS], notes="Produits bio et locaux; SCIC et PTCE (ESS).")
    P("Avec le Gab 65 (Groupement pour le développement de l’alimentation et de l’agriculture Biologique) d’abord, puis au sein la Bio Pour Tous par la suite, Resto’ bio utilise les compétences en région, crée la coopération et développe le dialogue avec les pouvoirs publics pour réaliser sa mission : approvisionner la restauration collective.",
      [AL], notes="Approvisionnement bio de la restauration collective.")
    P("Pour mener à bien son objectif, Resto’bio « s’est doté d’un logiciel très performant, Panier local : Chaque jour l’offre locale est mise en ligne pour les gestionnaires ou les cuisiniers, » explique Pascal Lachaud, directeur du GAB 65.",
      [AL], notes="Offre locale mise en ligne (un logiciel n'est pas du numérique responsable).")
    P("En collaboration avec une soixantaine d’agriculteurs, adhérents ou non, la SCIC propose une gamme complète de produits et 800 références qui proviennent pour 70% du territoire. « On tente de structurer la demande et on sécurise l’offre avec plusieurs acteurs ».",
      [AL, ESS], notes="Produits du territoire (circuits courts); SCIC.", ambiguous=True)
    P("Parmi ses clients, il approvisionne des écoles de Séméac et de Nogaro, ainsi que des collèges et des lycées de la région.",
      [AL], notes="Approvisionnement (bio local, par le contexte) de la restauration scolaire.", ambiguous=True)

    S("https://www.lelabo-ess.org/systematiser-les-clauses-sociales-et.html", "Systématiser les clauses sociales et environnementales dans les marchés publics (Le Labo de l'ESS)")
    P("Systématiser les clauses sociales et environnementales dans les marchés publics",
      [CS, E], notes="Clauses sociales et environnementales.")
    P("Les clauses sociales et environnementales dans les marchés publics sont de plus en plus mises en avant par l’Etat et les collectivités locales comme un outil d’une commande publique responsable.",
      [CS, E], notes="Clauses sociales et environnementales.")
    P("Les élus et acteurs de l’ESS ESS Qu’est-ce que l’Économie sociale et solidaire (ESS) ? Définition et présentation de cette économie différente, socialement utile, coopérative et ancrée localement sont souvent à l’origine de ces démarches qui restent cependant trop peu nombreuses.",
      [ESS, CS, E], notes="Acteurs de l'ESS (avec l'infobulle du glossaire recopiée); « ces démarches » = clauses sociales et environnementales.", ambiguous=True)
    P("Les expériences existantes montrent qu’une des stratégies de gouvernance Gouvernance Définition efficaces pour l’ESS ESS Qu’est-ce que l’Économie sociale et solidaire (ESS) ? Définition et présentation de cette économie différente, socialement utile, coopérative et ancrée localement tient (1) à la co-construction de l’offre et de la demande en amont, lors de la définition du cahier des charges,",
      [ESS], notes="Tranche 1/2 (phrase de plus de 70 mots): stratégie pour l'ESS, co-construction en amont du cahier des charges (« gouvernance » au sens large, pas un pilotage des achats).", ambiguous=True)
    P("visant selon les filières (2) à l’adaptation de la commande publique à la taille des entreprises de l’ESS (allotissement) et (3) à un changement d’échelle de l’offre ESS par un accompagnement technique et un soutien aux regroupements de producteurs ou (4) au montage de partenariats avec d’autres entreprises locales en tenant compte des besoins de recrutement des bassins d’emploi.",
      [ESS, PME], notes="Tranche 2/2: allotissement adapté à la taille des entreprises, entreprises locales (accès des petites entreprises).", ambiguous=True)

    S("http://egess.exemole.fr/bdf/corpus_cahier/cahier-456.html", "Développer l’accès aux produits bio dans la restauration collective (États généraux de l'ESS, cahier d'espérance)")
    P("Développer l’accès aux produits bio dans la restauration collective",
      [AL], notes="Bio en restauration collective.")
    P("Les objectifs du Grenelle de l’environnement en 2007 fixent à 20% la quantité de produits bio à intégrer dans les menus de la Restauration Hors Domicile d’ici à 2012 (cf texte du Grenelle).",
      [AL], notes="20 % de bio en restauration hors domicile (objectif national cité).")
    P("Sur le terrain, les collectivités ne disposent pas de compétences humaines et techniques pour mener à bien leur projet de restauration collective en produits biologiques et ne trouvent pas de réponses adaptées.",
      [AL], notes="Restauration collective bio.")
    P("L’un des objectifs pour le GAB via cette action est de développer un pôle de compétence supplémentaire afin d’accompagner efficacement les collectivités souhaitant développer des partenariats locaux pour l’approvisionnement de produits bio en restauration collective.",
      [AL], notes="Approvisionnement bio local de la restauration collective.")
    P("Au total, la structure de production en projet devrait fournir 1800 repas quotidiens avec des produits bio en alliant des objectifs de développement local et social (insertion d’un public en difficulté et/ou handicapé au sein de la structure de production).",
      [AL, CS, MR], notes="Repas bio; insertion d'un public en difficulté et/ou handicapé.", ambiguous=True)
    P("Favoriser la production locale et proposer des produits biologiques en restauration collective sont deux objectifs pour lesquels les collectivités souhaitent et doivent s’investir.",
      [AL], notes="Production locale et bio en restauration collective.")

    S("http://www.charter-equality.eu/exemple-de-bonnes-pratiques/imposing-requirements-on-gender-equality-in-public-procurement-contracts.html?ref_id=162&lang=fr", "Des conditions en matière d’égalité des genres imposées dans les contrats de marchés publics (Observatoire de la Charte européenne pour l'égalité, CCRE)")
    P("Des conditions en matière d’égalité des genres imposées dans les contrats de marchés publics",
      [EFH], notes="Égalité des genres dans les marchés publics.")
    P("L’Institut Basque pour les Femmes EMAKUNDE a publié un guide expliquant comment établir des conditions en faveur de l’égalité femmes-hommes dans les contrats et subventions publics.",
      [EFH], notes="Égalité femmes-hommes dans les contrats publics.")
    P("En donnant des informations sur le cadre légal, des arguments pour justifier pourquoi cela est important et peut être positif pour tous les acteurs, des exemples de bonnes pratiques, des recommandations etc., le guide fournit des informations détaillées et contribue à sensibiliser sur ce sujet.",
      [EFH], notes="« ce sujet » = l'égalité femmes-hommes dans les contrats publics (par le contexte).", ambiguous=True)
    P("Bien que les femmes et les hommes aient légalement les mêmes droits, les statistiques montrent que l’égalité des genres est loin d’être atteinte.",
      [EFH], notes="Égalité des genres.")
    P("Le guide souligne le rôle déterminant que peuvent jouer les autorités locales dans ce contexte, et l’importance de promouvoir l’égalité dans toutes les activités et les politiques.",
      [EFH], notes="Promotion de l'égalité (femmes-hommes, par le contexte).", ambiguous=True)
    P("Inclure l’égalité femmes-hommes comme condition préalable dans les contrats de marchés publics est un outil efficace que les pouvoirs publics peuvent utiliser pour faire avancer le changement social et promouvoir l’égalité.",
      [EFH], notes="Égalité femmes-hommes dans les marchés publics.")
    P("En pratique, cela peut être réalisé en promouvant des actions positives ou en incluant le gender mainstreaming (intégration des politiques d’égalité).",
      [EFH], notes="Gender mainstreaming.")

    S("http://www.eauetbio.org/dossiers-thematiques/des-produits-bio-en-restauration-collective/", "Des produits bio en restauration collective (Eau et bio, programme du réseau FNAB)")
    P("Des produits bio en restauration collective",
      [AL], notes="Bio en restauration collective.")
    P("Représentant près d’un repas sur dix en France, la restauration collective peut constituer un débouché intéressant pour la production biologique locale, notamment celle des « zones à enjeu eau ».",
      [AL, E], notes="Bio local; protection de la ressource en eau (environnement?).", ambiguous=True)
    P("La bio représente 3,2% des achats (en €) de la restauration collective (contre 0,6 % en 2008).",
      [AL], notes="Part du bio dans les achats de la restauration collective (résultat).")
    P("Début 2015 en France, 58% des établissements de restauration collective déclaraient proposer des produits bio à leurs convives (contre 4% avant 2006).",
      [AL], notes="Produits bio en restauration collective (constat).")
    P("maintenir et développer les surfaces en agriculture biologique du territoire (et donc préserver l’environnement : ressource en eau, qualité des sols, biodiversité, etc.) ;",
      [AL, E, BIO], notes="Puce: agriculture biologique, environnement, biodiversité.")
    P("donner accès au plus grand nombre à des produits de qualité par le caractère social de la restauration collective ;",
      [AL], notes="Puce: produits de qualité en restauration collective.")
    P("préserver la santé des convives en proposant des menus équilibrés à base de produits de qualité ;",
      [AL, SA], notes="Puce: santé des convives, menus équilibrés.")
    P("relocaliser l’économie et favoriser le tissu économique local (coopération avec les agriculteurs du territoire, maintien ou création d’outils de transformation…).",
      [AL], notes="Puce: tissu économique local et agriculteurs du territoire (circuits courts alimentaires → alimentation, pas accès des PME).", ambiguous=True)

    S("http://www.restauration-collective-responsable.org/content/territoire", "Territoire (Restauration collective responsable, Fondation pour la Nature et l'Homme)")
    P("L’alimentation nous concerne tous : nous mangeons 3 fois par jour, elle concerne notre santé, nos paysages, les emplois locaux…",
      [AL, SA], notes="Alimentation; santé citée comme enjeu.", ambiguous=True)
    P("La restauration collective est l’une des pièces du puzzle et doit faire l’objet d’une concertation entre tous — producteurs, convives, élus, professionnels, enseignants, gestionnaires… — pour identifier des objectifs communs et progresser ensemble.",
      [AL, G], notes="Restauration collective; concertation des parties prenantes (gouvernance?).", ambiguous=True)
    P("Certains systèmes tels que l’agriculture biologique, l’agroécologie, l’agroforesterie ou la polyculture-élevage, participent ainsi à façonner des paysages ruraux diversifiés dans lesquels se côtoient bétail, cultures, prairies, vergers et forêts.",
      [AL, BIO], notes="Agriculture biologique et agroécologie; paysages diversifiés (biodiversité?).", ambiguous=True)
    P("De par son poids économique, la restauration collective s’avère être un levier efficace pour structurer des filières agricoles et artisanales porteuses d’emploi et à forte valeur ajoutée pour le territoire.",
      [AL, PME], notes="Filières agricoles et artisanales du territoire (économie locale).", ambiguous=True)
    P("En privilégiant les produits locaux bio ou labellisés (ex. : AOC et AOP), elle participe à la valorisation auprès des convives des produits et métiers du terroir, du champ à l’assiette.",
      [AL], notes="Produits locaux, bio ou sous signe de qualité.")
    P("Pour faire office de véritable boucle vertueuse, un projet de restauration collective doit être construit en lien étroit avec les autres enjeux prioritaires du territoire, qu’ils soient environnementaux, sociaux ou économiques.",
      [AL], notes="Projet de restauration collective; enjeux environnementaux cités de façon générale.", ambiguous=True)

    S("https://reset.fing.org/coalitions/4-pour-un-achat-public-numerique-responsable-et-conscient-de-ses-choix.html", "4. Pour un achat public numérique responsable et conscient de ses choix (Reset, Fing)")
    P("4. Pour un achat public numérique responsable et conscient de ses choix",
      [NUM], notes="Titre: achat public numérique responsable.")
    P("L’achat public en matière numérique intègre aujourd’hui très peu de clauses, critères ou principes de choix responsables (à part le respect du RGPD), or il dispose d’un important effet de levier pour transformer les pratiques en matière d’équipements informatiques, de services numériques ou encore d’accessibilité et de pérennité des services.",
      [NUM], notes="Équipements informatiques, services numériques, accessibilité (numérique responsable).")
    P("Sur les questions numériques plus spécifiquement, il est nécessaire aujourd’hui d’aborder la question des achats publics numériques responsables en ayant une vision « systémique » de la responsabilité et des types d’achats traités : il ne s’agit plus seulement de pousser des pratiques responsables en matière d’achats de matériels mais également d’aller interroger la durabilité des services numériques, des choix d’infrastructures.",
      [NUM], notes="Achats publics numériques responsables.")
    P("Le spectre des principes d’achat public responsable doit s’élargir et aborder autant la réparabilité, la réutilisation que l’éco-conception ou encore l’accessibilité.",
      [NUM, CE, E], notes="Réparabilité, réutilisation (économie circulaire), éco-conception (environnement), accessibilité; numérique par le contexte.", ambiguous=True)
    P("- Dans les cahiers des charges des marchés publics : présence de principes tels que l’éco-conditionnalité, la maîtrise des données, l’inclusivité et l’accessibilité",
      [NUM, E], notes="Puce: maîtrise des données, accessibilité (numérique); éco-conditionnalité (environnement).", ambiguous=True)
    P("- Capacité des acteurs du numérique à répondre à ce type de marchés",
      [NUM], notes="Puce: offre numérique responsable (par le contexte).", ambiguous=True)

    S("http://citoyensterritoires.fr/actus/charte-villes-territoires-sans-perturbateurs-endocriniens", "Charte Villes & Territoires sans perturbateurs endocriniens (Citoyens & Territoires Grand Est)")
    P("Charte Villes & Territoires sans perturbateurs endocriniens",
      [SA], notes="Titre: perturbateurs endocriniens (santé).")
    P("Le Réseau Environnement Santé propose aux collectivités locales de signer une charte pour développer les bonnes pratiques afin de réduire l'exposition aux perturbateurs endocriniens.",
      [SA], notes="Exposition aux perturbateurs endocriniens.")
    P("Le Réseau Environnement Santé, constitué de scientifiques, de professionnels de santé, d'associations environnementales a été créé en 2009 pour mettre la santé environnementale au coeur des politiques publiques.",
      [SA], notes="Santé environnementale (présentation de l'association).", ambiguous=True)
    P("La charte Villes et Territoires sans perturbateurs endocriniens est un encouragement à agir, qui se décline aussi dans les établissements de santé, de petite enfance ou scolaires.",
      [SA], notes="Perturbateurs endocriniens, petite enfance.")
    P("restreindre, puis à terme éliminer l'usage des produits phytosanitaires et biocides qui contiennent des perturbateurs endocriniens,ainsi que des substances classifiées comme cancérigènes, mutagènes et toxiques pour la reproductionen accompagnant les particuliers, les propriétaires de zones et d'établissements privés souhaitant appliquer ces dispositions,",
      [SA, BIO], notes="Puce (espaces manquants du texte conservés): phytosanitaires (biodiversité, zéro phyto), perturbateurs endocriniens et CMR (santé).", ambiguous=True)
    P("réduire l'exposition aux perturbateurs endocriniens dans l'alimentation en développant la consommation d'aliments biologiqueset en interdisant à terme l'usage de matériel pour cuisiner et chauffer comportant des perturbateurs endocriniens,",
      [SA, AL], notes="Puce: aliments biologiques; matériel de cuisson sans perturbateurs endocriniens.")
    P("favoriser l'information de la population, des professionnels de santé, des personnels des colelctivités territoriales, des professionnels de la petite enfance, des acteurs économiques à l'enjeu des perturbateurs endocriniens,",
      [SA, G], notes="Puce (coquille « colelctivités » conservée): sensibilisation, y compris des agents (gouvernance?).", ambiguous=True)

    S("https://electronicswatch.org/fr/la-mise-en-%C5%93uvre-de-la-diligence-raisonnable_2595038", "La mise en œuvre de la diligence raisonnable relative aux droits humains et à l’environnement dans les marchés publics (Electronics Watch)")
    P("La mise en œuvre de la diligence raisonnable relative aux droits humains et à l’environnement dans les marchés publics",
      [CT, E], notes="Diligence raisonnable (devoir de vigilance) droits humains et environnement.")
    P("La diligence raisonnable des chaînes d’approvisionnement fondée sur les risques peut aider les acheteurs publics à assurer l’optimisation des ressources au sens large afin d’englober la durabilité des décisions d’approvisionnement.",
      [CT], notes="Diligence raisonnable des chaînes d'approvisionnement (vigilance, conditions de travail); « durabilité » générale.", ambiguous=True)
    P("Les acheteurs publics, les décideurs, les syndicats, la société civile et les entreprises sont de plus en plus accoutumés au concept de « diligence raisonnable » relatif aux entreprises et aux droits humains.",
      [CT], notes="Diligence raisonnable, droits humains.")
    P("De nombreuses législatures ont déjà adopté ou ont envisagé des lois sur la diligence raisonnable en matière de droits humains et d’environnement (DRDHE). La Commission européenne est en train de finaliser la sienne.",
      [CT, E], notes="Diligence raisonnable droits humains et environnement.")
    P("Il arrive souvent que les débats sur la DRDHE ne reflètent pas les opinions des principales parties prenantes de la chaîne d’approvisionnement : les ouvrier.e.s et les communautés concernées, les petits exploitants, les organisations de la société civile et les syndicats.",
      [CT], notes="Ouvriers et syndicats des chaînes d'approvisionnement.")
    P("D’un point de vue pratique, nous nous poserons la question de savoir comment les acheteurs publics peuvent appliquer et exiger cette diligence raisonnable dans leur processus d’approvisionnement.",
      [CT], notes="Diligence raisonnable exigée par les acheteurs publics.")

    S("https://www.agores.asso.fr/philosophie-engagement", "Philosophie & engagement (Agores, association nationale des directeurs de la restauration collective)")
    P("Agores, une ambition forte pour la restauration collective",
      [AL], notes="Restauration collective (association de professionnels).", ambiguous=True)
    P("Fondée à l'initiative de professionnels de la restauration municipale en 1986, Agores fédère ses membres autour d'une ambition forte : « proposer une restauration territoriale moderne, citoyenne et de qualité au plus grand nombre ».",
      [AL], notes="Restauration territoriale de qualité (alimentation, sans bio ni circuits courts explicites).", ambiguous=True)
    P("Agores a créé dès 1993 une Charte Nationale Qualité.",
      [AL, G], notes="Charte qualité de la restauration collective (charte → gouvernance?).", ambiguous=True)
    P("Dépassant la seule problématique de la compétitivité du contenu de l'assiette, elle définit une qualité globale : densité nutritionnelle des denrées et des plats, compétences des personnels, maîtrise de la gestion et de l'organisation de la production, sécurité sanitaire des aliments et de la traçabilité, satisfaction des convives, conditions d'accueil et de service dans les restaurants...",
      [AL, SA], notes="Qualité nutritionnelle et sécurité sanitaire des aliments (santé?).", ambiguous=True)

    S("https://www.vegetarisme.fr/communiques/lancement-site-vegecantines/", "Lancement du site Végécantines (Association végétarienne de France, communiqué)")
    P("Avec 4 milliards de repas servis chaque année, la restauration scolaire est un lieu particulièrement pertinent pour l’émergence de nouvelles habitudes de consommation, plus durables et plus saines.",
      [AL, SA], notes="Restauration scolaire; habitudes « plus saines » (santé?).", ambiguous=True)
    P("La réglementation qui concerne la restauration collective a changé : à partir du 1er novembre 2019, toutes les cantines scolaires devront obligatoirement proposer un menu végétarien ou végétalien à l’ensemble de leurs usagers, de la crèche jusqu’à l’université, au moins une fois par semaine.",
      [AL], notes="Menu végétarien hebdomadaire (EGalim).")
    P("Cette mesure, issue de l’amendement “Cazebonne”, va fortement impacter les cantines, et générer près de 200 millions de repas végétariens supplémentaires chaque année.",
      [AL], notes="Repas végétariens.")
    P("Vegecantines.fr propose un point juridique et réglementaire détaillé, mais aussi un corpus de recettes adapté à la restauration collective, des repères nutritionnels spécifiques aux menus végétariens, des documents pour communiquer, des informations sur les droits des usagers.",
      [AL], notes="Outils pour les menus végétariens en restauration collective.")
    P("Le site vegecantines.fr est l’unique outil aujourd’hui disponible pour accompagner la mise en place des menus végés dans la restauration collective.",
      [AL], notes="Menus végétariens en restauration collective.")

    S("https://www.vegetarisme.fr/1pftp-vegecantines/", "La campagne Végécantines concourt pour le 1% pour la Planète (Association végétarienne de France)")
    P("Avec 4 milliards de repas servis chaque année, la restauration collective représente un formidable levier pour épargner des millions de vies animales, préserver le climat, tout en offrant à tous les enfants l’occasion de bien se nourrir.",
      [AL, E], notes="Restauration collective; climat.")
    P("1- Faire évoluer la loi en faveur de l’option végétarienne “au choix” dans toute la restauration collective.",
      [AL], notes="Option végétarienne en restauration collective.")
    P("En 2018, l’association a contribué à faire adopter l’amendement Cazebonne. Le menu végétarien est désormais obligatoire une fois par semaine dans toutes les cantines scolaires.",
      [AL], notes="Menu végétarien hebdomadaire.")
    P("2- Proposer de l’accompagnement fiable et concret aux acteurs de la restauration collective pour les rendre rapidement opérationnels.",
      [AL], notes="Accompagnement de la restauration collective (menus végétariens, par le contexte).", ambiguous=True)

    S("https://www.onepercentfortheplanet.fr/calendrier-de-lavent-2024/1-decembre-2024/", "Calendrier de l'Avent 2024, 1er décembre : l'Association végétarienne de France (1% for the Planet France)")
    P("La végétalisation de nos assiettes dans la restauration collective, notamment auprès des plus jeunes, est un point d’entrée idéal pour mettre en œuvre une transition alimentaire durable.",
      [AL], notes="Végétalisation en restauration collective.")
    P("C’est notamment pour cette raison que la loi EGalim votée en 2018, a instauré l’obligation d’un menu végétarien hebdomadaire.",
      [AL], notes="Menu végétarien (EGalim).")
    P("L'AVF a pu constater dans une étude publiée en février 2024 que l'application de cette mesure est loin d'être satisfaisante dans les collèges et lycées : 40% des établissements scolaires interrogés ne respectent pas la loi.",
      [AL], notes="Application du menu végétarien (résultat d'enquête).")
    P("Les professionnels mettent en cause le manque de formation adaptée, mais aussi la trop faible sensibilisation des convives aux intérêts de ce menu pour la planète.",
      [AL], notes="Formation des cuisiniers et sensibilisation des convives (pas des acheteurs: pas gouvernance); « pour la planète » général.", ambiguous=True)
    P("Réussir la végétalisation de l’alimentation nécessite un accompagnement de toutes les parties concernées : de la formation et du soutien pour les professionnel·les de la restauration, et de l'information et de la sensibilisation sous une forme attrayante pour les jeunes et les équipes pédagogiques.",
      [AL], notes="Végétalisation de la restauration.")
    P("L’AVF met en place le programme “Assiettes Durables”. Des supports innovants permettront aux adolescent·es et aux personnes qui les accompagnent de changer leur perception du menu végétarien, de leur faire découvrir ses saveurs, de dissiper leurs doutes sur ses qualités nutritionnelles, tout en les sensibilisant sur les enjeux écologiques de notre alimentation.",
      [AL, E], notes="Menu végétarien; enjeux écologiques de l'alimentation.", ambiguous=True)

    S("https://44.fcpe.asso.fr/actualite/quest-ce-quon-mange", "Qu'est ce qu'on mange ? (FCPE Loire-Atlantique)")
    P("Le législateur (loi Egalim 2018, Climat et Résilience 2022) a pris diverses dispositions, rentrées en vigueur depuis le 1er janvier 2022 : sur la part minimale de produits de qualité et bio qui doivent composer les menus, la lutte contre le gaspillage alimentaire, la diversification des sources de protéines, l’interdiction du plastique, l’information des convives…",
      [AL, CE], notes="Produits de qualité et bio, gaspillage alimentaire (alimentation); interdiction du plastique (déchets).")
    P("Les 55 conseils locaux (ce qui représente environ 30 000 repas par jour !) qui ont répondu à notre enquête soulignent l’importance du sujet pour les parents qu’ils représentent, ainsi il est qualifié de ‘prioritaire’ dans plus de la moitié des cas.",
      [AL], notes="« Le sujet » = la cantine (par le contexte).", ambiguous=True)
    P("Quand on vous interroge, sur la cantine, c'est en premier la qualité des repas jugée satisfaisante (un tiers des répondants). Mais ce n’est pas pour autant jugé suffisant : bien d’autres paramètres viennent ainsi ternir le bilan : les temps d’attente, le bruit, les quantités servies, l’absence d’alternative végétarienne, l’augmentation des tarifs, …",
      [AL], notes="Qualité des repas, alternative végétarienne.")
    P("- l’interdiction du plastique pour les contenants diversement appliquée...",
      [CE], notes="Puce: fin des contenants en plastique (loi EGalim); santé non dite.", ambiguous=True)

    S("https://www.peep-grenoble.com/restaurationscolaire.htm", "Restauration scolaire (PEEP Grenoble, association de parents d'élèves)")
    P("Les services de restauration scolaire dans les écoles relèvent de la responsabilité de la municipalité. Le service est assuré, soit par le personnel communal, soit par celui du service de restauration d’un organisme privé.",
      [AL], notes="Organisation de la restauration scolaire (régie ou prestataire), sans alimentation durable explicite.", ambiguous=True)
    P("Dans les deux cas, les communes doivent garantir la qualité et l’organisation des repas, l’hygiène, régler les questions de nutrition et de sécurité alimentaire, mais aussi de surveillance des élèves et d’information des familles.",
      [AL, SA], notes="Qualité des repas; nutrition et sécurité alimentaire (santé?).", ambiguous=True)
    P("En pratique, des conventions sont conclues entre la collectivité et l’établissement scolaire pour arrêter les décisions relatives au fonctionnement du service de restauration : soit les repas sont préparés dans les cuisines de l’établissement scolaire, soit il est fait appel aux services d’une société de restauration collective.",
      [AL], notes="Restauration collective (gestion directe ou concédée).", ambiguous=True)
    P("Les repas servis à la cantine doivent obéir à des objectifs nutritionnels précis, qui sont listés dans l’arrêté du 30 septembre 2011, avec une indication quant aux apports minimaux en fibres et en vitamines, en calcium, en fer et en oligoéléments.",
      [AL, SA], notes="Qualité nutritionnelle des repas (santé?).", ambiguous=True)

    S("https://www.essnormandie.org/la-3eme-edition-de-la-semaine-aser-du-22-au-26-mai-2023/", "La 3ème édition de la semaine ASER du 22 au 26 mai 2023 (CRESS Normandie)")
    P("La Semaine des Achats Socialement et écologiquement Responsables est un événement annuel qui encourage les professionnels à privilégier leurs achats de bien ou de service, en ayant recours aux structures de l’économie sociale et solidaire.",
      [ESS], notes="Achats auprès des structures de l'ESS.")
    P("La semaine des ASER est un bon moyen de comprendre et découvrir tous les aspects de l’ESS au travers d’actions organisées dans les territoires.",
      [ESS], notes="ESS.")
    P("Elle permet d’informer et d’outiller efficacement les acheteurs professionnels à mieux appréhender les achats socialement et écologiquement responsables.",
      [G], notes="Information et outillage des acheteurs (gouvernance: sensibilisation); achats responsables en général.", ambiguous=True)
    P("Après deux éditions organisées dans le cadre du Mois de l’ESS en tant que semaine thématique, la semaine des Achats Socialement et Ecologiquement Responsables (ASER), coordonnée par la CRESS en Normandie, se déroulera pour sa 3ème édition du 22 au 26 mai 2023.",
      [ESS], notes="Mois de l'ESS, CRESS.", ambiguous=True)
    P("Elle a pour objectif principal de mobiliser, informer et outiller efficacement les acheteurs professionnels pour mieux appréhender leurs achats auprès des entreprises de l’ESS.",
      [ESS, G], notes="Achats auprès de l'ESS; information et outillage des acheteurs.")
    P("Celle-ci sera valorisée sur une cartographie sur le portail national d’ESS France, qui sera lancée à l’occasion de la Semaine.",
      [ESS, G], notes="Valorisation d'une fiche de retour d'expérience marché public (communication, gouvernance?) sur le portail d'ESS France.", ambiguous=True)

    S("https://sud.mutualite.fr/actualites/3-questions-a-michel-faure-president-de-la-chambre-regionale-de-leconomie-sociale-et-solidaire-cress-paca", "3 questions à Michel Faure, président de la CRESS PACA (Mutualité Française Sud)")
    P("La CRESS paca co organise le 25 novembre prochain le 1er salon régional des acheteurs responsables.",
      [ESS], notes="Salon des acheteurs responsables organisé par la CRESS (ESS).", ambiguous=True)
    P("L’organisation du salon SO EKO est née de deux volontés : celle des membres adhérents de la CRESS PACA qui ont inscrit comme axe stratégique de la feuille de route de la CRESS l’accompagnement des entreprises de l’ESS dans le développement de leur place dans le marché.",
      [ESS], notes="Entreprises de l'ESS et leur place sur le marché.")
    P("En effet, la crise amène à reconsidérer le partage de la valeur entre les différentes parties prenantes de l’entreprise (en particulier les salariés), mais aussi à valoriser d’autres modes de gouvernance, d’innovation, d’encadrement des salaires et d’affectation des bénéfices, comme ceux pratiqués au sein de l’ESS.",
      [ESS], notes="Modèle de l'ESS (gouvernance d'entreprise, pas pilotage des achats).", ambiguous=True)
    P("L’organisation de ce salon correspond à un besoin impératif d’affirmer un nouveau paradigme d’entreprise participant à la création de richesses pour et dans notre territoire.",
      [ESS], notes="Entreprises de l'ESS ancrées dans le territoire (par le contexte).", ambiguous=True)
    P("Cette ambition a rencontré l’animation de la Région qui souhaitait voir s’organiser en Provence-Alpes-Côte d’Azur un évènement structurant à vocation économique à destination des entreprises de l’ESS.",
      [ESS], notes="Entreprises de l'ESS.")
    P("- Le premier est d’accompagner le développement d’affaires des entreprises de l’ESS de notre région, grâce à la mise en valeur de la richesse et de la diversité de leurs services ou de leurs produits",
      [ESS], notes="Puce: développement d'affaires des entreprises de l'ESS.")

    S("https://www.cooraceoccitanie.org/le-marche-de-linclusion-un-atout-pour-les-siae/", "Le Marché de l’Inclusion, un atout pour les SIAE (Coorace Occitanie)")
    P("Coorace a orchestré une rencontre entre des adhérents et l’Établissement Public Foncier (EPF) de l’Occitanie en amont d’un marché public publié via le Marché de l’Inclusion. Cette rencontre a permis de catalyser une collaboration fructueuse, ouvrant ainsi la voie à la participation des SIAE au processus de sourcing. Résultat : 4 ACI ont été retenus pour ces prestations.",
      [CS], notes="SIAE et ateliers chantiers d'insertion retenus après sourcing (le sourcing des SIAE relève de l'insertion, pas des PME).")
    P("Le Marché de l’Inclusion (https://lemarche.inclusion.beta.gouv.fr/) a pour but de mettre en relation les acheteurs qui souhaitent développer des achats socialement responsables avec des structures d’Insertion par l’Activité Economique et des Structures d’accompagnement pour personnes en situation de handicap.",
      [CS, MR], notes="SIAE et structures du handicap.")
    P("Ainsi, une annonce de sourcing a été publiée par  l’Établissement Public Foncier (EPF) de l’Occitanie, afin de mieux connaitre les capacités des structures inclusives dans le cadre d’une future consultation pour l’achat de Prestations d’entretien des espaces végétalisés propriétés de l’EPF d’Occitanie.",
      [CS], notes="Sourcing des structures inclusives; entretien d'espaces végétalisés comme simple objet d'achat (biodiversité non dite).", ambiguous=True)
    P("En effet, le sourcing, ou études et échanges préalables (article R.2111-1 du Code de la Commande Publique), est une pratique qui permet aux acheteurs de solliciter les entreprises en amont des marchés publics.",
      [PME], notes="Sourcing (rencontres acheteurs-fournisseurs: accès des entreprises?); définition générale.", ambiguous=True)
    P("Les informations récupérées lors du sourcing permettront à l’acheteur d’optimiser la rédaction de son cahier des charges.",
      [PME], notes="Sourcing (définition générale).", ambiguous=True)
    P("Si le besoin n’est pas bien défini, l’acheteur prend le risque en effet d’aboutir à des offres infructueuses.",
      [], notes="Définition du besoin, sans thème.")

    S("https://www.finansol.org/2016/04/28/projet-de-la-semaine-echos-met-du-vert-dans-les-creches-2/", "[projet de la semaine] Echos met du vert dans les crèches ! (Finansol)")
    P("Et pourtant, elles génèrent beaucoup de déchets au quotidien et utilisent des produits d’entretien et des équipements qui contiennent des polluants.",
      [CE, SA], notes="Déchets des crèches; produits d'entretien et équipements contenant des polluants (santé?).", ambiguous=True)
    P("C’est la raison pour laquelle, depuis 2013, ECHOS diffuse le Label « Ecolo Crèche » en accompagnant les crèches dans leur démarche d’éco-responsabilité.",
      [E], notes="Label d'éco-responsabilité des crèches (environnement).", ambiguous=True)
    P("ECHOS, qui a bénéficié du soutien de la finance solidaire, réalise un diagnostic puis forme les professionnels aux éco-gestes pour ne pas gaspiller la nourriture, mieux gérer le change des enfants, proposer des activités écologiques et fabriquer leurs propres produits d’entretien ou du compost.",
      [AL, CE], notes="Gaspillage alimentaire; compost (déchets); finance solidaire non comptée comme ESS.", ambiguous=True)
    P("Résultats, les crèches réduisent leurs factures d’énergie de 30%, leurs consommation d’eau et de déchets alimentaires de 25% et parviennent à limiter la présence de polluants.",
      [EN, CE, SA], notes="Énergie; déchets alimentaires; polluants (santé).", ambiguous=True)
    P("Les économies réalisées permettent ainsi de financer d’autres changements, comme le passage à une alimentation bio ou locale.",
      [AL], notes="Alimentation bio ou locale.")

    S("https://agirpourleclimat.net/?p=17091", "Interview d'Énergie Partagée (Agir pour le climat)")
    P("Depuis 2010, Énergie Partagée accompagne le développement de projets citoyens d’énergies renouvelables, en faisant coopérer habitants, collectivités et entreprises.",
      [EN], notes="Énergies renouvelables citoyennes avec les collectivités.")
    P("Une démarche dynamique, à la fois sur le plan environnemental pour sortir des énergies fossiles et sur le plan sociétal pour créer des liens et de l’entente.",
      [EN, E], notes="Sortie des énergies fossiles.", ambiguous=True)
    P("À cela se sont ajoutés les tensions d’approvisionnement électriques et l’emballement des prix des énergies qui ont asphyxié de nombreuses collectivités ou entreprises et les ont décidé à se pencher de plus près sur leur consommation et leur production d’énergie.",
      [EN], notes="Approvisionnement électrique et consommation d'énergie des collectivités.")
    P("Ainsi, Énergie Partagée a renforcé sa présence dans toutes les régions métropolitaines pour accompagner les territoires dans leur transition énergétique, en particulier par la mise en place de coopérations entre les entreprises, les collectivités et les habitants vers des projets partagés de production d’énergie renouvelable.",
      [EN], notes="Production d'énergie renouvelable.")

    S("https://www.resilienceterritoriale.org/repertoire/fiches-actions/bio-vegetarien-local-restauration-collective/", "Proposer une alimentation biologique, moins carnée, locale et équitable dans la restauration collective (Résilience territoriale, fiche du Collectif pour une Transition Citoyenne)")
    P("Notre consommation de viande s’est fortement renforcée depuis 50 ans. Sur la planète, 70% des terres agricoles sont destinées à nourrir les animaux : cette pression sur les terres se traduit par de nombreux conflits fonciers (accaparement des terres) et une déforestation importante.",
      [AL, BIO], notes="Consommation de viande; déforestation (biodiversité: déforestation importée?).", ambiguous=True)
    P("D'après le GIEC, manger moins de viande serait le moyen le plus efficace pour réduire les émissions de gaz à effet de serre dans le secteur agricole.",
      [AL, E], notes="Moins de viande; émissions de gaz à effet de serre.")
    P("Manger moins de viande va également de pair avec manger une viande de meilleure qualité, issue d'animaux élevés localement et nourris avec des aliments bio.",
      [AL], notes="Viande locale et bio.")
    P("De façon plus générale, l'enjeu est de faire évoluer notre alimentation vers des produits plus sains, issues de filières bio et équitables, internationales ou locales, qui permettent un lien entre agriculteur·trices et consommateur.trices, et plus respectueux de la planète.",
      [AL, CEQ], notes="Filières bio et locales; filières équitables (commerce équitable).", ambiguous=True)
    P("La restauration collective est un levier efficace à l'échelle des territoires pour engager une telle démarche de réflexion, en rendant accessible à tou·tes ces produits, et en structurant les filières concernées.",
      [AL], notes="Restauration collective, filières.")
    P("- Au moins 50% de bio et (local et/ou équitable/sous signe de qualité) et 1 repas végétarien par semaine /alternative végétarienne.",
      [AL, CEQ], notes="Puce (niveau d'ambition): bio, local, équitable, repas végétarien.")
    P("- Au moins 75% de bio et (local et/ou équitable) et 2 repas végétariens par semaine.",
      [AL, CEQ], notes="Puce (niveau d'ambition): bio, local, équitable, repas végétariens.")

    S("https://www.resilienceterritoriale.org/repertoire/fiches-actions/regie-agricole/", "Régie agricole (Résilience territoriale, répertoire des fiches actions)")
    P("La régie agricole est une organisation dont le mode de gestion consiste en un service public ; la mairie a la charge de la gestion du service.",
      [AL], notes="Régie agricole (approvisionnement de la restauration collective, par le contexte).", ambiguous=True)
    P("Une régie agricole a pour but d’organiser les conditions de production de denrées alimentaires sur son territoire et ainsi alimenter la restauration collective (par ex : établissements scolaires, hôpitaux, maisons de retraite.",
      [AL], notes="Production locale pour la restauration collective.")
    P("La production agricole assure un débouché aux cantines et peut constituer un maillon essentiel de l’approvisionnement alimentaire : créer un atelier pépinière, cuisine centrale, atelier de transformation.",
      [AL], notes="Approvisionnement alimentaire des cantines.")
    P("Idéalement, elle permet de s’assurer que la production alimentaire locale participe également à protéger l’environnement : agriculture biologiques, pratiques agroécologiques, production biodiversifiée à fortes interactions entre les divers « ateliers » de la ferme (apiculture, petit élevage, arboriculture, maraîchage sur sol vivant), restauration des cycles de l’eau grâce à l’introduction de haies comestibles et/ou mellifères ainsi qu’à l’introduction d’arbres nourriciers sur la parcelle.",
      [AL, BIO, E], notes="Production locale bio; biodiversité (haies, sol vivant); environnement.")
    P("La multiplication des ateliers peut avoir des avantages (limiter les intrants, favoriser la biodiversité, …) mais aussi des inconvénients (multiplication des investissements et des compétences nécessaires)",
      [AL, BIO], notes="Ateliers de la régie agricole; biodiversité.", ambiguous=True)
    P("- Créer des emplois locaux, éventuellement des emplois aidés et participer à l’intégration de personnes éloignées de l’emploi",
      [CS], notes="Puce: intégration des personnes éloignées de l'emploi (insertion).", ambiguous=True)

    S("https://multinationales.org/fr/enquetes/villes-contre-multinationales/ces-paysans-fonctionnaires-qui-approvisionnent-des-cantines-scolaires-en", "Ces paysans fonctionnaires qui approvisionnent des cantines scolaires (Observatoire des multinationales)")
    P("« Quand je viens récupérer Suzanne, je sais qu’elle a bien mangé, des produits frais et sains, témoigne Laëtitia, maman de la petite tête blonde de 2 ans et demi.",
      [AL], notes="Repas de crèche (produits frais de la régie agricole, par le contexte).", ambiguous=True)
    P("Voilà quelques semaines que la cuisine de cette crèche reçoit les fruits et les légumes cultivés directement par la régie agricole de la ville, et livrés tout frais le matin, sans autre intermédiaire, deux fois par semaine.",
      [AL], notes="Approvisionnement direct par une régie agricole (circuit court).")
    P("Pouvoir s’alimenter avec une nourriture de qualité, traçable et si possible locale : la démarche fait l’unanimité.",
      [AL], notes="Alimentation de qualité et locale.")
    P("« C’est une transition qui est dans l’air du temps, il y a une vraie demande des parents pour des produits bio et naturels », assure Bérengère Picard.",
      [AL], notes="Produits bio à la crèche.")
    P("Problème : impossible de s’approvisionner en conséquence. On ne nourrit pas un bambin de la même manière qu’un adulte, et avec 75 enfants âgés entre 2 mois et 3 ans, les besoins de la crèche restent limités.",
      [AL], notes="Approvisionnement de la crèche (bio et local, par le contexte).", ambiguous=True)

    S("https://www.vegetarisme.fr/boutique/conseils-pour-la-qualite-optimale-des-menus-vegetariens-en-restauration-collective/", "Conseils pour la qualité optimale des menus végétariens en restauration collective (Association végétarienne de France)")
    P("Conseils pour la qualité optimale des menus végétariens en restauration collective",
      [AL], notes="Menus végétariens en restauration collective.")
    P("Suite à l’adoption de la loi EGAlim et de l’amendement Cazebonne en octobre 2018, les restaurants scolaires doivent servir au moins un repas végétarien par semaine à leurs jeunes convives.",
      [AL], notes="Repas végétarien hebdomadaire.")
    P("Ces repas, inhabituels pour la plupart des professionnel·les de la restauration collective, gestionnaires, cuisinier·es, et diététicien·nes,  suscitent de nombreuses questions. L’Association végétarienne de France y répond dans ce guide pratique.",
      [AL], notes="Repas végétariens; guide pour les professionnels (pas un guide interne d'achat).")

    S("https://boisterritoiresmassifcentral.org/prescription", "Prescription : le Bois des territoires du Massif central dans la commande publique (association Bois des territoires du Massif central)")
    P("Ainsi, exiger une origine géographique des bois ou des opérateurs économiques est à proscrire dans la commande publique puisque n’en respectant pas les principes fondamentaux, et notamment le principe de liberté d’accès à la commande publique.",
      [PME], notes="Interdiction du critère d'origine géographique (achat local de bois: filière locale?).", ambiguous=True)
    P("En revanche, il est tout à fait possible d’intégrer des exigences environnementales et de développement durable dans un marché public (Ordonnance n° 2015-899 du 23 juillet 2015 relative aux marchés publics).",
      [E], notes="Exigences environnementales dans les marchés.")
    P("La certification « Bois des territoires du Massif central™ » est plus qu’une simple démarche basée sur l’origine géographique. Elle comporte de nombreuses exigences techniques, environnementales et sociales, qui offrent des possibilités pour insérer l’objectif sans contrevenir aux grands principes de la commande publique.",
      [PME, E], notes="Certification de bois local (filière locale); exigences environnementales; « sociales » sans précision.", ambiguous=True)
    P("Prescrire du bois certifié « Bois des territoires du Massif central™ » dans la commande publique est donc possible, sous réserve que cette mention soit accompagnée du terme « ou équivalent ».",
      [PME], notes="Bois local certifié dans les marchés (filière locale?).", ambiguous=True)
    P("En effet, par respect des grands principes de la commande publique, le maître d’ouvrage est tenu d’accepter toute offre apportant les mêmes garanties de qualité techniques et environnementales que celles apportées par la certification « Bois des territoires du Massif central™ ».",
      [E, PME], notes="Garanties environnementales; bois local (par le contexte).", ambiguous=True)
    P("L’objectif de construire en bois certifié « Bois des territoires du Massif central™ », ou équivalent, peut être traduit lors des trois grandes phases du marché :",
      [PME], notes="Construire en bois local certifié (filière locale?).", ambiguous=True)

    S("https://electronicswatch.org/fr/pour-l-union-europ%C3%A9enne-la-collaboration-entre-electronics-watch-et-son-affili%C3%A9e-acm-est-un-cas-de-bonnes-pratiques-_2581612", "Pour l’Union européenne, la collaboration entre Electronics Watch et son affiliée ACM est un « cas de bonnes pratiques » (Electronics Watch)")
    P("Dans l'étude de cas « Utiliser la commande publique en Catalogne pour renforcer les droits des ouvrier.e.s dans les chaînes d'approvisonnement de TIC »(Making Socially Responsible Public Procurement Work), l'UE a souligné la collaboration entre Electronics Watch et son affiliée ACM (Association catalane des autorités territoriales, qui regroupe plus de 1000 entités gouvernementales locales), comme un cas de bonnes pratiques pour le secteur des TIC.",
      [CT], notes="Droits des ouvriers dans les chaînes d'approvisionnement des TIC (coquille « approvisonnement » conservée); TIC sans sobriété: pas numérique responsable?", ambiguous=True)
    P("Les soumissionnaires retenus et admis à l'accord-cadre doivent divulguer les usines où les marchandises sont produites et assurer le respect du droit du travail et des règlementations en matière de santé et de sécurité dans ces usines.",
      [CT], notes="Droit du travail, santé et sécurité dans les usines des fournisseurs (conditions de travail, pas santé des usagers).")
    P("ACM prévoit déjà d'inclure les conditions contractuelles d'Electronics Watch dans deux autres accords-cadres – pour les TIC et l'équipements vidéo.",
      [CT], notes="Conditions contractuelles sur les droits des ouvriers (par le contexte).", ambiguous=True)
    P("Le rapport affirme que « si davantage d'autorités publiques demandent la divulgation des sites et des processus de production, cela contribuera à faire de cette procédure une pratique habituelle dans l'industrie ».",
      [CT], notes="Transparence des sites de production (vigilance).", ambiguous=True)

    S("https://electronicswatch.org/fr/ce-que-nous-faisons_2548040", "Ce que nous faisons (Electronics Watch)")
    P("Electronics Watch utilise le levier des marchés publics pour promouvoir et protéger les droits des ouvrier.e.s dans les chaînes d'approvisionnement mondiales.",
      [CT], notes="Droits des ouvriers dans les chaînes d'approvisionnement.")
    P("En collaboration avec les autorités publiques affiliées et les partenaires de la société civile, Electronics Watch coordonne le monitoring de la chaîne d'approvisionnement en toute indépendance de l'industrie, et facilite la réparation des violations des droits de l'homme dans les chaînes d'approvisionnement des TIC et des véhicules à faibles émissions (LEV) du secteur public.",
      [CT], notes="Droits humains dans les chaînes d'approvisionnement; les véhicules à faibles émissions ne sont cités que comme segment (environnement?).", ambiguous=True)
    P("Les autorités publiques manquent souvent des ressources et de l'expertise interne nécessaires pour identifier, prévenir, atténuer, réparer et rendre compte de la manière dont elles traitent leurs impacts négatifs sur les droits humains.",
      [CT], notes="Diligence en matière de droits humains.")
    P("Electronics Watch sensibilise à la gravité et à la prévalence des risques encourus par les ouvrier.e.s dans les chaînes d'approvisionnement du secteur public, et fournit à ses affiliés des outils et des conseils pour renforcer leur capacité à faire évoluer la situation par le biais de la passation de marchés.",
      [CT, G], notes="Risques pour les ouvriers; outils et conseils aux acheteurs (gouvernance?).", ambiguous=True)
    P("En outre, nous facilitons la collaboration entre les acheteurs publics, en les aidant à combiner leur influence pour promouvoir et protéger les droits des ouvrier.e.s.",
      [CT, G], notes="Droits des ouvriers; réseau d'acheteurs (gouvernance?).", ambiguous=True)

    S("https://electronicswatch.org/fr/questions-fr%C3%A9quentes-des-entreprises_2548590", "Questions fréquentes des entreprises (Electronics Watch)")
    P("Les membres d'Electronics Watch – nous les nommons les affiliés – sont des organismes du secteur public comme les municipalités, les universités, les agences gouvernementales nationales et d'autres organismes publiques qui achètent des produits électroniques.",
      [], notes="Présentation des affiliés acheteurs de produits électroniques, sans thème explicite.", ambiguous=True)
    P("Electronics Watch les aide à travailler ensemble pour protéger les droits des ouvrier.e.s dans leurs chaînes d'approvisionnement électronique, en collaboration avec les partenaires de monitoring issus de la société civile qui sont basés dans les régions de production électronique.",
      [CT], notes="Droits des ouvriers dans les chaînes d'approvisionnement.")
    P("Electronics Watch donne les moyens aux acheteurs publics d'effectuer un suivi des obligations contractuelles dont ils sont convenus avec vous.",
      [CT], notes="Suivi des obligations contractuelles sur les droits des ouvriers (par le contexte; pas le pilotage du schéma).", ambiguous=True)

    S("https://lelabo-ess.org/avec-re-sources-la-cooperation-se-met-au-service-de-l-economie-circulaire", "Avec Re-Sources, la coopération se met au service de l’économie circulaire (Le Labo de l'ESS)")
    P("Avec Re-Sources, la coopération se met au service de l’économie circulaire",
      [CE], notes="Économie circulaire.")
    P("Lauréat de l’appel à projets national de 2014, Re-sources est un Pôle Territorial de Coopération Économique (PTCE) qui développe l’économie circulaire dans le territoire des Alpilles et plus largement en région PACA.",
      [CE, ESS], notes="PTCE (ESS); économie circulaire.")
    P("Reconnu comme acteur de la gestion des déchets, notamment par les pouvoirs publics, le PTCE construit ses activités grâce à la coopération entre acteurs et en développant l’insertion par l’activité économique.",
      [CE, CS, ESS], notes="Gestion des déchets; insertion par l'activité économique; PTCE.")
    P("Inscrite dans une démarche de réduction des déchets, une ressourcerie est un lieu où les vieux objets sont récupérés : ils sont soit revendus à bas prix, soit réparés avant la revente, soit recyclés : Ils acquièrent comme ça une seconde vie.",
      [CE], notes="Ressourcerie, réemploi, réparation, recyclage.")
    P("La ressourcerie Re-sources est installée dans un local de 600 m2 et « a obtenu un marché sur la collecte et la valorisation des encombrants et du textile », ajoute-t-il.",
      [CE], notes="Marché de collecte et valorisation des encombrants (déchets).")
