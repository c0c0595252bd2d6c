"""Evaluation-only real passages labelled for themes, set 13 (``corpora/real-fresh-themes/passages13.jsonl``); never
train on them.

Collected as sets 1 to 12 (``src.py`` ... ``src12.py``) were, on other hosts: each page's usable opening (as returned
by the project's search tool, corpus "pages") is transcribed passage by passage, verbatim except for runs of spaces
and line breaks, and labelled with **all** its themes with the shared real dev set's conventions. No theme model was
run on these passages while collecting or labelling (blind). Objective fields are left minimal (``is_objective``
false, no objectives): this set is for themes only. Pages are French-language pages of companies and purchasing
professionals: companies' own responsible-purchasing and CSR pages (SGA's purchasing charter, AFNOR's own purchases,
a carpentry firm's PEFC certification, an insertion company, a cleaning company, a caterer), software vendors' and
procurement platforms' blogs and guides (Provigis, Batiprix, France Marchés, Nukema), consultancies on unused hosts
(Buying Solutions, Qualisatis, Selectra Climate, Karibati, Colibri Marcom, 2M Consulting, Alcom, Cabinet Benzoni,
Fiducial, Algorila, XAnge), purchasing professionals' networks and trade bodies (procure.ch, GRACES community, RSE
Occitanie, UNARTI, the CAPEB's « Bâtir pour la planète », the agri-food industry's RSE guide, Digital League's
responsible-digital club) and label and certification bodies (AFNOR, Ecocert). No page of a public body, an
association or NGO, or the press. Every page is about responsible purchasing, suppliers' charters and labels, public
tenders seen from the supplier's side (SME access, environmental and social criteria, innovation), canteens, digital
equipment or timber; at most 8 passages per page.
"""
# ruff: noqa: E501

from passage_checks import AL, BIO, CE, CEQ, CS, CT, EFH, EN, ESS, IN, MR, NUM, PME, SA, E, G


def load(S, P, Q) -> None:

    S("https://provigis.com/blog/rse/charte-achats-responsables", "Comment créer votre charte d’achats responsables ? (Provigis)")
    P("Les Directions Achats, Juridiques et RSE utilisent la plateforme digitale Provigis pour évaluer la performance RSE de leurs fournisseurs et sous-traitants dans le cadre de leur démarche d’achats responsables.",
      [G], notes="Évaluation RSE des fournisseurs (outil de suivi, gouvernance au sens large).", ambiguous=True)
    P("Notre solution leur permet d’automatiser la collecte de documents de conformité, l’administration de questionnaires et le screening pour mettre en œuvre une politique RSE au service de leur performance globale.",
      [G], notes="Outil de conformité et de pilotage RSE; aucun thème précis.", ambiguous=True)
    P("Provigis est par ailleurs partenaire du Médiateur des entreprises placé auprès du ministre de l’Economie des Finances et de la Relance pour la promotion de la Charte « Relations Fournisseurs et Achats Responsables » et du Label du même nom basé sur la norme ISO 20400.",
      [G], notes="Charte et label d'achats responsables (gouvernance: charte).", ambiguous=True)
    P("L’achat responsable désigne le processus par lequel une entreprise sélectionne ses fournisseurs et acquiert ses biens et services de manière à maximiser les impacts positifs sur les plans économique, social et environnemental.",
      [E], notes="Définition générale (triple dimension); « environnemental » → environnement par convention.", ambiguous=True)
    P("Plan économique: un achat responsable n’est pas un achat irrationnel. Il prend en compte les critères habituels de l’achat « optimal », à savoir le prix, les facilités de paiement, les délais, la qualité, etc. Il devra, dans la mesure du possible, soutenir le développement économique local ;",
      [PME], notes="Développement économique local.")
    P("Plan social: les fournisseurs choisis doivent opérer dans le respect des droits des travailleurs, à travers des conditions de travail dignes et équitables. L’emploi local, la diversité, l’égalité des sexes et le développement des compétences des salariés sont des indicateurs à prendre en compte ;",
      [CT, EFH, PME], notes="Conditions de travail, égalité des sexes; emploi local (accès local?).", ambiguous=True)

    S("https://buying-solutions.com/blog/charte-achats-responsables/page/2/?et_blog", "Charte achats responsables : pourquoi et comment la mettre en place ? (Buying Solutions)")
    P("La mise en place d’une politique d’achats responsables est indissociable d’une démarche RSE. À partir du premier janvier 2023, les entreprises de plus de 500 salariés soumises à l’obligation de réalisation d’un bilan d’émissions de gaz à effet de serre doivent intégrer l’impact de leurs achats à leurs mesures.",
      [E], notes="Bilan d'émissions de GES incluant les achats.")
    P("La fonction achats implique en effet des émissions de GES indirectes, classées dans le scope 3 selon le standard proposé par le GHG protocole, sur lequel se base tout à la fois la norme ISO 14064-1, la méthode Bilan Carbone®, et désormais la méthode réglementaire de réalisation du BEGES.",
      [E], notes="Émissions de GES, scope 3.")
    P("Prendre en compte le poids des achats sur l’empreinte carbone des activités d’une entreprise implique aussi d’intégrer une démarche d’achats responsables au plan de transition qui vise à réduire les émissions de gaz à effet de serre.",
      [E], notes="Empreinte carbone des achats.")
    P("Parmi les émissions du scope 3, c’est-à-dire les postes qui représentent plus de 80 % des émissions globales de GES, la fonction achats est un enjeu clef de décarbonation des activités en entreprise.",
      [E], notes="Décarbonation.")
    P("Mettre en place une charte achats durable permet tout à la fois de réduire l’impact de ses activités sur l’environnement et d’améliorer la réputation de l’entreprise dans un contexte de sensibilisation croissante des consommateurs aux problématiques éthiques et environnementales.",
      [E, G], notes="Charte (gouvernance) et impact environnemental.", ambiguous=True)
    P("Une politique d’achats responsables se construit au sein de l’entreprise. Elle doit être structurée autour d’objectifs précis et pouvoir être facilement communiquée en interne comme en externe.",
      [G], notes="Pilotage et communication de la politique d'achats.")

    S("https://sga.fr/?p=6071", "Charte des achats responsables (SGA)")
    P("La SGA s’est lancé depuis quelques années dans une Politique d’Achats Responsables et de Développement Durable en invitant ses fournisseurs à partager des valeurs dans un schéma de relations mutuellement bénéfiques et d’amélioration continue.",
      [E], notes="« Développement durable » (convention: environnement).", ambiguous=True)
    P("Cette Charte représente donc les engagements attendus par l’entreprise en matière d’éthique, de lutte contre la corruption, de respect des Droits de l’Homme et des normes du travail, de protection de la santé et de la sécurité des personnes, et de protection de l’environnement.",
      [CT, E, G], notes="Droits de l'Homme, normes du travail, santé-sécurité (conditions de travail); environnement; charte.", ambiguous=True)
    P("Les fournisseurs sont ainsi fortement invités à adhérer à cette Charte et à s’engager à faire ses meilleurs efforts pour respecter et mettre en œuvre, et pour faire respecter et mettre en œuvre par ses propres fournisseurs, l’ensemble de principes qui y sont exposés, dans le respect des dispositions contractuelles et des législations applicables.",
      [G], notes="Adhésion à la charte (gouvernance au sens large).", ambiguous=True)
    P("– Les Conventions Fondamentales établies par l’Organisation Internationale du Travail (OIT),",
      [CT], notes="Conventions de l'OIT.")
    P("– La Charte de la diversité en France.",
      [EFH], notes="Diversité, lutte contre les discriminations.", ambiguous=True)
    P("Ainsi, dans le cadre de sa Politique d’Achats Responsables et de Développement Durable, la SGA déploie une stratégie RSE (Responsabilité Sociétale d’Entreprise) qu’elle souhaite partager avec ses fournisseurs en les impliquant dans le déploiement de ses principes.",
      [G], notes="Stratégie RSE partagée avec les fournisseurs.", ambiguous=True)

    S("https://qualisatis.com/criteres-environnementaux-clauses-environnementales/", "L’environnement dans les appels d’offres publics (Qualisatis)")
    P("Si vous n’avez pas encore été confronté aux enjeux environnementaux dans les marchés publics, cela arrivera tôt ou tard.",
      [E], notes="Enjeux environnementaux des marchés.")
    P("La loi actuelle n’impose pas de réelle obligation sur l’environnement. Cependant la loi Climat et résilience 2021 impose que d’ici 2026, tous les appels d’offres comprennent un volet environnemental. Ce qui était apprécié comme un « plus » par les acheteurs publics pendant des années, deviendra une obligation dans les prochaines années.",
      [E], notes="Volet environnemental obligatoire.")
    P("En 2021, environ 20% des marchés publics comprenaient une clause environnementale. Si cette proportion parait faible, sachez que de plus en plus d’acheteurs publics en font leur priorité.",
      [E], notes="Clause environnementale.")
    P("Nous vous recommandons donc de vous intéresser à ce sujet. En effet les offres techniques qui répondent aux besoins de l’acheteur et qui en plus répondent aux enjeux environnementaux sont de plus en plus appréciées par les acheteurs.",
      [E], notes="Enjeux environnementaux dans les offres.")
    P("Certaines municipalités en France priorisent même l’aspect environnemental dans certains appels d’offres en favorisant la proximité et le « produire local ».",
      [E, PME], notes="Produire local (entreprises locales).", ambiguous=True)
    P("Cela permet aux instances publiques locales d’influencer, dans une certaine mesure, le mode de production des sociétés, en les incitant à réduire leurs émissions de gaz à effet de serre et à développer le tissu économique local.",
      [E, PME], notes="GES; tissu économique local.")

    S("https://blog.batiprix.com/?p=8290", "L’achat public durable dans le secteur du bâtiment (Batiprix)")
    P("Avec l’introduction de la loi Climat et Résilience, le code de la commande publique va connaître de nombreuses évolutions pour intégrer les enjeux du développement durable dans les marchés publics.",
      [E], notes="« Développement durable » → environnement.", ambiguous=True)
    P("L’achat publique durable, également appelé achat public responsable, consiste à tenir compte du développement durable et de la responsabilité sociale des acteurs publics dans le cadre de la commande publique.",
      [E], notes="Définition générale; développement durable → environnement.", ambiguous=True)
    P("- la dimension environnementale, c’est-à-dire l’intégration obligatoire des enjeux environnementaux dans la commande publique. Exemples : utilisation de produits de réemploi, performance énergétique du bâtiment, valorisation des déchets, etc.",
      [E, CE, EN], notes="Réemploi et déchets; performance énergétique.")
    P("- la dimension sociale, c’est-à-dire les considérations relatives au domaine social ou à l’emploi. Exemples : structures employant des personnes handicapées, promotion des droits de l’homme, égalité homme / femme, etc.",
      [MR, CT, EFH], notes="Structures employant des personnes handicapées; droits de l'homme; égalité.", ambiguous=True)
    P("- la dimension économique, c’est-à-dire le développement de la viabilité économique du projet. Exemples : soutien de l’économie locale, utilisation de produits et services durables, réduction des coûts de maintenance, sobriété énergétique, etc.",
      [PME, EN], notes="Économie locale; sobriété énergétique.")
    P("En France, le secteur du bâtiment représente près de la moitié de l’énergie consommée et émet un quart des émissions de gaz à effet de serre. D’autre part, les déchets de chantier affichent le même volume que les déchets ménagers !",
      [EN, E, CE], notes="Énergie, GES, déchets de chantier.")

    S("https://www.batirpourlaplanete.fr/message/valoriser/", "Valoriser les démarches environnementales des entreprises du bâtiment (Bâtir pour la planète)")
    P("De plus en plus d’entreprises du bâtiment s’engagent dans des démarches d’organisation interne respectueuses de l’environnement. Faciliter et mieux valoriser ces initiatives permettrait de les démultiplier.",
      [E], notes="Démarches environnementales des entreprises.")
    P("Les efforts consentis par les entreprises et artisans ayant mis en place des démarches environnementales méritent d’être reconnus. Des avantages permettraient non seulement de valoriser ces entreprises mais aussi d’en inciter d’autres à s’engager.",
      [E], notes="Démarches environnementales; artisans (pas un propos d'accès des PME).", ambiguous=True)
    P("Malgré la prise en compte de critères environnementaux dans les marchés publics et privés, force est de constater qu’aujourd’hui, les efforts engagés par bon nombre d’entreprises du bâtiment pour être exemplaires et proposer des services écoresponsables ne sont pas reconnus. La maîtrise d’ouvrage privilégie dans 90% des cas le « moins-disant » dans une logique économique.",
      [E], notes="Critères environnementaux.")
    P("Les donneurs d’ordre doivent faire émerger les démarches exemplaires, en prenant mieux en compte les questions environnementales et de développement durable dans la définition des objectifs des marchés, notamment dans le cadre des achats publics.",
      [E], notes="Questions environnementales.")
    P("- Attribuer un pourcentage substantiel aux critères environnementaux dans les marchés publics (ce critère n’a pas de poids significatif à l’heure actuelle) ;",
      [E], notes="Critères environnementaux pondérés.")
    P("- Permettre à une entreprise engagée dans ce type de démarche de répondre aux exigences environnementales des marchés publics selon des modalités simplifiées.",
      [E, PME], notes="Simplification pour les entreprises (accès?).", ambiguous=True)

    S("https://procure.ch/fr/magazine/news-detail/compte-rendu-de-la-conference-achats-2020", "Compte-rendu de la Conférence Achats 2020 (procure.ch)")
    P("Une cinquantaine d’acteurs des Achats ont assisté en direct à la Conférence Achats 2020, qui a pris cette année une forme particulière, compte tenu du contexte sanitaire. Deux webinaires de deux heures chacun, organisés les 24 septembre et 1er octobre, ont permis aux nombreux intervenants de partager leur vision enthousiaste et enthousiasmante des achats responsables.",
      [G], notes="Rencontre de professionnels des achats (réseau, sensibilisation).", ambiguous=True)
    P("Souvent abordés lors d’événements et de publications diverses ces derniers mois, les achats responsables étaient, cette fois, présentés comme étant au cœur des business models des organisations les plus performantes (titre de la conférence).",
      [], notes="Propos général sans thème.")
    P("Le webinaire du 24 septembre a permis de proposer un éclairage des pratiques actuelles en matière d’achats responsables fondé sur l’évolution des pratiques récentes et plus anciennes.",
      [], notes="Propos général sans thème.")
    P("L’introduction proposée sur ce sujet par Bruno Frel, référent expert achats responsables à l’AFNOR, a permis de mesurer le chemin parcouru en quelques décennies. Elle a également permis de préciser l’importance prise au cours de l’histoire par les grandes dimensions caractérisant les achats responsables: économique (achats rentables), sociale (achats éthiques, achats solidaires, achats équitables …) et environnementale (achats verts, achats éco-responsables …).",
      [E, ESS, CEQ], notes="Dimensions énumérées: solidaires (ESS?), équitables (commerce équitable?), verts (environnement).", ambiguous=True)

    S("https://www.repasbio35.fr/appel-offres-restauration-collective/", "Appel d’offres en restauration collective (Repas Bio 35)")
    P("Dans un contexte où les collectivités publiques accordent une importance croissante à la qualité de l’alimentation, les appels d’offres en matière de restauration collective sont l’occasion pour les entreprises de démontrer leur savoir-faire.",
      [AL], notes="Qualité de l'alimentation, restauration collective.")
    P("Un appel d’offres en restauration collective constitue une procédure administrative par laquelle une entité publique (commune, établissement scolaire, hôpital, etc.) sollicite des propositions de prestations auprès de plusieurs fournisseurs potentiels dans le domaine de la restauration.",
      [AL], notes="Restauration collective (procédure; thème par l'objet).", ambiguous=True)
    P("L’objectif est d’assurer la prise en charge des repas pour un groupe d’individus, tout en respectant un certain nombre de critères qualitatifs et budgétaires.",
      [AL], notes="Repas; critères qualitatifs.", ambiguous=True)
    P("- Liberté d’accès à la commande publique : Toute entreprise peut candidater à un appel d’offres lancé par une entité publique, quelle que soit sa taille ou son implantation géographique.",
      [PME], notes="Accès à la commande publique quelle que soit la taille (principe juridique).", ambiguous=True)
    P("- Égalité de traitement des candidats : Les critères de sélection doivent être objectifs et transparents, et ne pas avantager certains candidats au détriment d’autres.",
      [], notes="Principe de la commande publique, pas l'égalité femmes-hommes.")

    S("https://climate.selectra.com/fr/entreprises/certifications/iso-20400", "ISO 20400 relative à l'achat responsable : définition et objectifs (Selectra Climate)")
    P("L’ISO 20400 est la norme qui définit un cadre et des exigences en matière de responsabilité sociale et environnementale concernant le domaine des achats de l’entreprise.",
      [E], notes="Responsabilité sociale et environnementale (générale).", ambiguous=True)
    P("La certification ISO 20400 est un référentiel créé en avril 2017 par l’Organisation Internationale de Normalisation. Elle fixe ainsi un cadre de référence concernant les achats responsables. L’ISO 20400 comporte 5 domaines d’application et 15 critères d’évaluations.",
      [G], notes="Référentiel (cadre de la politique d'achats).", ambiguous=True)
    P("L’ISO 20400 est simplement un référentiel qui présente un cadre d’exigence et de préconisations pour les entreprises quant aux achats responsables.",
      [G], notes="Référentiel.", ambiguous=True)
    P("Un achat responsable concerne l’achat d'une prestation, de services ou de biens auprès de fournisseurs préalablement sélectionnés selon des critères précis et propres à la responsabilité sociale et environnementale des entreprises et de ses parties prenantes.",
      [E], notes="Définition générale.", ambiguous=True)
    P("- Compromettre les droits humains fondamentaux ;",
      [CT], notes="Droits humains chez les fournisseurs.")

    S("https://graces.community/post/le-label-relations-fournisseurs-et-achats-responsables", "Le Label Relations fournisseurs et achats responsables (GRACES community)")
    P("Les travaux menés sur plusieurs années par la France notamment, ont permis la naissance de la norme internationale ISO 20400 \"achats responsables\" qui a pour but de conjuguer responsabilité sociétale et achats responsables. Cette norme prend en compte les retours d'expérience du Label RFR.",
      [G], notes="Norme et label (référentiels).", ambiguous=True)
    P("Le Médiateur des entreprises, l’observatoire des achats responsables (ObsAR), l’association française de normalisation (Afnor), et le conseil national des achat (CNA), ont alors coordonné leurs efforts afin de faire évoluer le label existant et le rendre cohérent avec la norme internationale.",
      [G], notes="Label; réseau d'acteurs.", ambiguous=True)
    P("Cette nouvelle version du label prend désormais comme dénomination \"Relations fournisseurs et achats responsables\". Le label intègre notamment la prise en compte des délais de paiement dans son référentiel.",
      [PME], notes="Délais de paiement des fournisseurs.", ambiguous=True)
    P("Depuis 2012, 58 organisations sont passées par le processus de labellisations. Aujourd’hui, 50 entreprises et entités publiques sont labellisés.",
      [G], notes="Bilan de la labellisation.", ambiguous=True)
    P("Le label étant désormais ouvert à tous, plusieurs organismes sont d’ores et déjà agréés pour évaluer les TPE/PME : Afnor Certification, ASEA, B&L évolution, BUREAU VERITAS, EfferSens, ICMS, RSE France et SGS.",
      [], notes="Les TPE/PME sont ici évaluées comme acheteurs, pas un propos d'accès à la commande publique.", ambiguous=True)

    S("https://rse-occitanie.com/label-relations-fournisseurs-et-achats-responsables", "Label relations fournisseurs et achats responsables (RSE Occitanie)")
    P("Le Label Relations Fournisseurs & Achats Responsables vise à distinguer les entreprises françaises ayant fait la preuve de relations durables et équilibrées avec leurs fournisseurs. Il est le premier label en la matière remis par les pouvoirs publics. Il est attribué pour une période de trois ans.",
      [G], notes="Label de relations fournisseurs.", ambiguous=True)
    P("Un achat responsable, c’est quoi ? C’est acheter un bien ou un service en ayant anticipé ses impacts environnementaux et sociétaux tout et en mettant en avant l’éthique et les bonnes pratiques entre les parties prenantes.",
      [E], notes="Impacts environnementaux (définition générale).", ambiguous=True)
    P("Une bonne pratique c’est par exemple payer un fournisseur à l’heure ou encore respecter pleinement un contrat.",
      [PME], notes="Paiement à l'heure des fournisseurs (délais de paiement).", ambiguous=True)
    P("De plus en plus de TPE/PME sont pleinement conscientes de l’importance des achats responsables pour la santé des relations clients/fournisseurs.",
      [], notes="« Santé » au sens figuré; TPE/PME comme acheteuses.", ambiguous=True)
    P("D’autre part, les fournisseurs savent qu’ils peuvent faire confiance à leur client pour payer en temps et en heure.",
      [PME], notes="Délais de paiement.", ambiguous=True)

    S("https://www.fiducial.fr/Articles-et-dossiers/marches-publics-tpe-pme", "Les marchés publics pour les TPE / PME (Fiducial)")
    P("Les marchés publics représentent un levier de croissance majeur pour les TPE et PME dont l’activité s’y prête. Trop souvent perçus comme réservés aux grandes entreprises, ils offrent pourtant de nombreuses opportunités aux petites structures qui souhaitent se développer.",
      [PME], notes="TPE et PME dans les marchés publics.")
    P("Grâce aux réformes récentes et à la volonté de l’État de favoriser l’accès des petites entreprises, il est aujourd’hui plus simple de répondre à un appel d’offres public.",
      [PME], notes="Accès des petites entreprises, simplification.")
    P("Un marché public est un contrat conclu à titre onéreux entre un acheteur public (État, collectivités territoriales, établissements publics) et une personne publique ou privée pour répondre à des besoins spécifiques : travaux, fournitures ou services.",
      [], notes="Définition juridique, sans thème.")
    P("L’objectif est de pouvoir garantir la bonne utilisation des fonds publics tout en assurant une concurrence équitable entre les entreprises candidates.",
      [], notes="« Concurrence équitable » n'est pas le commerce équitable.")
    P("• la liberté d’accès à la commande publique",
      [PME], notes="Principe juridique; accès à la commande publique (sens général).", ambiguous=True)
    P("Pour information : Il existe également les accords-cadres, qui permettent à une administration de sélectionner un ou plusieurs prestataires en cas de besoins récurrents.",
      [], notes="Procédure, sans thème.")

    S("https://unarti.fr/?p=822", "Décrocher un marché public : mission impossible ? (UNARTI)")
    P("Trop lourdes, chronophages, réservées aux grandes entreprises… Les procédures d’appels d’offres (en particulier pour les marchés publics), ont mauvaise presse auprès des TPE et PME.",
      [PME], notes="TPE et PME face aux procédures.")
    P("Conséquence : alors qu’elles représentent 99,9% des entreprises françaises, les TPE/PME ne captent que 30% des contrats publics. Décourageant ? Pas forcément.",
      [PME], notes="Part des TPE/PME.")
    P("Ces dernières années, de vraies réformes ont entrouvert la porte de ce marché qui représentent tout de même 200 milliards d’euros par an pour les petites structures.",
      [PME], notes="Réformes pour les petites structures.")
    P("Bonne nouvelle : depuis déjà de nombreuses années, les appels d’offres se sont « digitalisés ». En clair, un petit tour sur Internet suffirait à savoir si un donneur d’ordre est à la recherche de prestataires comme vous…",
      [PME], notes="Dématérialisation (mot-clé du thème accès des PME), s'adresse aux petites structures.", ambiguous=True)
    P("Déchiffrer le langage –parfois obscur- de la commande publique prend déjà pas mal de temps. Rédiger sa candidature encore plus. Beaucoup d’efforts en perspectives pour une petite structure ? Assurément.",
      [PME], notes="Difficultés des petites structures.")

    S("https://www.francemarches.com/actualites/2024/cliches-marches-publics", "Les 7 clichés qui freinent les TPE-PME dans les marchés publics (France Marchés)")
    P("Les marchés publics sont généralement perçus comme inaccessibles pour les petites et moyennes entreprises (PME), voire les très petites entreprises (TPE) alors que le CA estimé est évalué à 235 milliards d’euros en 2022.",
      [PME], notes="Accès des TPE-PME.")
    P("Pourtant ces perceptions reposent souvent sur une mauvaise connaissance de la réalité.",
      [PME], notes="Suite du propos sur les TPE-PME (par le contexte).", ambiguous=True)
    P("Non seulement le code de la commande publique évolue favorablement vers plus de simplification pour encourager les TPE-PME à concourir, mais aussi les acheteurs publics et particulièrement les collectivités territoriales se donnent des objectifs pour attribuer davantage de marchés aux petites entreprises.",
      [PME], notes="Simplification, objectifs pour les petites entreprises.")
    P("Cliché n°1 : Il n’existe pas de marchés publics correspondant à mon activité",
      [PME], notes="Cliché qui freine les TPE-PME (par le titre).", ambiguous=True)
    P("Cliché n°2 : Je ne sais pas où trouver les appels d’offres qui m’intéressent",
      [PME], notes="Cliché qui freine les TPE-PME (par le titre).", ambiguous=True)
    P("Explication : Les marchés publics couvrent une vaste gamme de secteurs, souvent insoupçonnés. Il n’y a pas que des besoins dans le BTP ou l’informatique.",
      [], notes="Propos général; l'informatique est un secteur, pas le numérique responsable.")

    S("http://rseagro.com/doc/boite%2520a%2520outils%2520rse/Guide%2520ARA/files/assets/basic-html/page24.html", "Guide ARA, page 24 : sélection des fournisseurs (RSE Agro)")
    P("- Les pièces justificatives exigées en lienavec l’environnement (produit et procédé), laqualité de vie au travail, les Droits de l'Homme (DDH) et normes internationales de comportement (bilan carbone produit, analyse environnementale procédé, arrêté ICPE, Bilan Social, Politique de lutte contre les discriminations, attestation de formation au devoir de vigilance/DDH, …",
      [E, CT, EFH], notes="Environnement, bilan carbone; qualité de vie au travail, devoir de vigilance; lutte contre les discriminations.")
    P("- L’entreprise se réserve le droit de réaliser des audits Qualité & RSE auprès de ses fournisseurs/prestataires",
      [G], notes="Audits RSE des fournisseurs (suivi).", ambiguous=True)
    P("Dans l’analyse du marché fournisseurs, la prise en compte des enjeux de RSE conduit les acheteurs à passer de la logique du « moins disant » (le moins cher), à celle du « mieux-disant », intégrant donc une dimension qualitative à l’analyse des offres fournisseurs.",
      [], notes="Mieux-disant en général, sans thème précis.", ambiguous=True)
    P("Un volet « qualitatif » n’englobant pas uniquement la qualité « technique » des biens et services mais également, l’ensemble des enjeux de RSE qui se rattachent à son « cycle de vie » (de sa fabrication, à son élimination, en passant par son utilisation…).",
      [CE], notes="Cycle de vie (mot-clé de l'économie circulaire).", ambiguous=True)

    S("https://servianett.fr/2018/03/26/doper-votre-rse-sur-laspect-insertion-par-lactivite-economique/", "Doper votre RSE sur l’aspect insertion par l’activité économique (Servianett)")
    P("Avoir une démarche RSE peut se concrétiser pour une entreprise par le recours aux services d’une « Entreprise d’Insertion ». Les 2 entreprises du Groupe SERVIA (SERVIANETT et SERVIAPLUS) en font parties.",
      [CS], notes="Recours à une entreprise d'insertion.")
    P("Basées à Lognes elles emploient actuellement une vingtaine de salariés en insertion qu’elle accompagne pendant 2 ans, l’objectif étant qu’ils puissent trouver un emploi dans une autre entreprise.",
      [CS], notes="Salariés en insertion.")
    P("Plus précisément, SERVIANETT et SERVIAPLUS sont des Entreprises de l’Insertion par l’Activité Economique (IAE). Elle permet aux personnes les plus éloignées de l’emploi, en raison de difficultés sociales et professionnelles particulières (âge état de santé, précarité) de bénéficier d’un accompagnement renforcé qui doit faciliter leur insertion professionnelle.",
      [CS], notes="IAE, personnes éloignées de l'emploi.")
    P("Ce qui fait la différence de l’entreprise d’insertion, c’est sa double dimension économique et sociale, la première étant le moyen et la seconde sa finalité.",
      [CS], notes="Entreprise d'insertion.")

    S("https://cleany.fr/proprete-et-rse-comment-integrer-un-prestataire-dans-sa-demarche", "Propreté et RSE : comment intégrer un prestataire dans sa démarche (Cleany)")
    P("Selon les chiffres clés 2022 du monde de la propreté, 54% des entreprises déclarent être engagées sur la question de la RSE.",
      [], notes="Chiffre général sans thème.")
    P("Dans ce concept de RSE nous pouvons citer quelques exemples de prestations qui contribuent à cette démarche : la collecte et le tri des déchets, le choix et l’utilisation des consommables sanitaires, les critères de sélection des fournisseurs de produits d’entretien et de matériels …",
      [CE, E], notes="Tri des déchets; produits d'entretien (environnement?).", ambiguous=True)
    P("Ici, il s’agit pour l’entreprise d’intégrer une démarche RSE au sein de son organisation en élaborant et développant des outils afin de mesurer la performance de la RSE.",
      [G], notes="Gouvernance: outils de mesure.")
    P("Les entreprises ont l’obligation juridique de respecter les droits de l’homme, c’est-à-dire bannir toute forme de discrimination, garantir des conditions de travail justes et garantir des conditions de travail justes en respectant les principes de sécurité pour chaque personne et s’assurer que leur chaîne d’approvisionnement respecte les droits de l’Homme.",
      [CT, EFH], notes="Droits de l'homme, conditions de travail, chaîne d'approvisionnement; discriminations.")

    S("http://www.karibati.fr/commande-publique/", "Produits biosourcés et commande publique (Karibati)")
    P("Ces derniers temps, plusieurs guides ont vu le jour pour faciliter la commande publique de produits biosourcés, et répondre ainsi aux enjeux de réduction de l’impact environnemental et climatique du secteur du bâtiment, de développement économique des territoires et du bien-être des utilisateurs et occupants des bâtiments.",
      [E, PME, SA], notes="Impact environnemental et climatique; développement économique des territoires; bien-être des occupants (santé?).", ambiguous=True)
    P("Ces guides apportent des éléments pour combattre les idées reçues, précisent quels sont les caractéristiques techniques, avantages, points d’attention et bénéfices liés à leur intégration dans les bâtiments, et informent sur le marché.",
      [E], notes="Guides sur les produits biosourcés (par le contexte).", ambiguous=True)
    P("A ce jour, de nombreux dispositifs législatifs et incitatifs apportent à la commande publique un cadre politique pour développer l’utilisation de produits biosourcés dans le bâtiment :",
      [E], notes="Produits biosourcés (environnement).", ambiguous=True)
    P("La Loi de Transition Énergétique pour la Croissance Verte (LTECV) dont 2 articles concernent spécifiquement les matériaux biosourcés : l’article 14 VI qui précise que «l’utilisation des matériaux biosourcés concourt significativement au stockage de carbone atmosphérique et à la préservation des ressources naturelles.",
      [E], notes="Stockage de carbone.")
    P("Elle est encouragée par les pouvoirs publics lors de la construction ou de la rénovation des bâtiments» et l’article 144 qui indique que « la commande publique tient compte notamment de la performance environnementale des produits, en particulier de leur caractère biosourcé».",
      [E], notes="Performance environnementale des produits.")
    P("La stratégie bioéconomie pour la France, qui vise à diminuer la dépendance aux matières premières non renouvelables",
      [E], notes="Matières premières non renouvelables (ressources; environnement).", ambiguous=True)

    S("https://www.afnor.org/achats/faq/quest-ce-que-le-devoir-de-vigilance/", "Qu’est-ce que le devoir de vigilance ? (AFNOR)")
    P("La loi sur le devoir de vigilance du 27 mars 2017 renforce la responsabilité sociétale des grandes entreprises françaises en instituant un « réflexe probité ».",
      [CT], notes="Devoir de vigilance.")
    P("En tant que donneuses d’ordres, elles doivent veiller à ce que, à aucun moment à l’égard des atteintes aux droits humains et à l’environnement, ainsi qu’aux risques de corruption, tout au long de leur chaîne d’approvisionnement. Pour cela, elles doivent élaborer un plan de vigilance.",
      [CT, E], notes="Droits humains dans la chaîne d'approvisionnement; environnement.")
    P("En tant que responsable des achats, au siège ou en filiale, vous êtes la vigie de ce nouveau dispositif. Vous pouvez vous aider de lanceurs d’alerte en interne.",
      [CT], notes="Devoir de vigilance (par le contexte).", ambiguous=True)
    P("L’enjeu est grand : un dommage qui aurait raisonnablement pu être évité peut engager la responsabilité civile de votre entreprise. À la clé, des sanctions financières pouvant atteindre 10 000 euros. On n’est jamais trop prudent quand on est vigilant !",
      [CT], notes="Devoir de vigilance (par le contexte).", ambiguous=True)

    S("https://afnor.org/actualites/achats-responsables-concret-groupe-afnor", "Achats responsables : du concret au sein du groupe AFNOR (AFNOR)")
    P("Le groupe AFNOR a participé au programme Achats et économie circulaire porté par l’INEC, la Métropole du Grand Paris et l’OBSAR, et en applique les bonnes pratiques sur ses achats de mobilier de bureau.",
      [CE], notes="Économie circulaire, mobilier de bureau.")
    P("A ses clients, le groupe AFNOR propose divers outils pour déployer une politique d’achats responsables et faire œuvre d’économie circulaire. A commencer par les normes volontaires qui en donnent les lignes directrices : ISO 20400 pour les achats responsables, XP X30-901 pour l’économie circulaire.",
      [CE], notes="Économie circulaire; normes.")
    P("La réponse est oui. Ces sujets font partie de la politique de RSE « Ensemble responsables 2017-2021 ».",
      [G], notes="Politique RSE (cadre); « ces sujets » = achats responsables et économie circulaire.", ambiguous=True)
    P("« Cela s’est matérialisé par des sensibilisations aux achats responsables pour l’ensemble des acheteurs du département Achats, la réalisation d’analyses de risques extra-financiers par segment d’achat, l’intégration de critères extra-financiers dans les appels d’offre, l’évaluation de la performance extra-financière des fournisseurs à risque via la plateforme ACESIA et l’intégration des clauses de responsabilité sociétale dans les contrats », énumère José Ortiz, responsable RSE.",
      [G], notes="Sensibilisation des acheteurs, évaluation des fournisseurs (gouvernance).")
    P("En parallèle, le groupe AFNOR participe au programme-action « Achats et économie circulaire » de l’Institut national de l’économie circulaire, la Métropole du Grand Paris et l’Observatoire des achats responsables, qui réunit une quarantaine de participants.",
      [CE, G], notes="Économie circulaire; programme d'échange (réseau).", ambiguous=True)

    S("http://www.ecocert.fr/restauration-collective", "Restauration collective : Ecocert « En cuisine » (Ecocert)")
    P("En 2013, Ecocert s’engage aux côtés des professionnels qui oeuvrent à l’introduction des produits biologiques et locaux en restauration collective, en leur proposant un nouvel outil de valorisation : le label Ecocert \"En cuisine\"",
      [AL], notes="Produits bio et locaux en restauration collective.")
    P("Il s'agit du premier cahier des charges français pour une restauration collective plus bio, plus locale, plus saine, plus durable. Il prend en compte les enjeux sociétaux, environnementaux et de santé publique, dans une démarche progressive et positive.",
      [AL, SA, E], notes="Restauration bio et locale; santé publique; environnement.", ambiguous=True)
    P("• l’utilisation de produits biologiques et locaux",
      [AL], notes="Produits bio et locaux.")
    P("• la qualité et l’équilibre nutritionnel des menus",
      [AL, SA], notes="Équilibre nutritionnel (santé?).", ambiguous=True)
    P("• la gestion environnementale du site (lutte contre le gaspillage, gestion des déchets)",
      [AL, CE, E], notes="Gaspillage (alimentaire, par le contexte) et déchets.", ambiguous=True)
    P("Le développement de l’approvisionnement bio est un impératif : le restaurant doit proposer toute l’année un choix varié de produits issus de l’agriculture biologique, pour un impact réduit des pesticides dans l’assiette.",
      [AL, SA], notes="Agriculture biologique; pesticides dans l'assiette (santé; pas biodiversité).", ambiguous=True)

    S("https://xangevc.notion.site/Conseils-pour-l-laboration-d-une-charte-achats-responsables-1748fcd175138061822dcc4bc3470b76", "Conseils pour l’élaboration d’une charte achats responsables (XAnge)")
    P("Les chartes ou codes de conduites permettent aux entreprises de formaliser leurs exigences RSE à l’égard des fournisseurs : première étape pour la mise en place concrète d’une politique Achats Responsables.",
      [G], notes="Charte (gouvernance).")
    P("L’insertion de clauses RSE dans les contrats avec les fournisseurs représente généralement le second niveau dans la mise en œuvre d’une politique Achats Responsables, et une étape contraignante pour les fournisseurs de part leur portée juridique.",
      [G], notes="Clauses RSE (mise en œuvre de la politique); « insertion » au sens d'ajout, pas d'insertion sociale.", ambiguous=True)
    P("La troisième étape d’une politique Achats Responsables consiste à analyser la performance RSE des fournisseurs, afin de pouvoir mieux connaître leurs pratiques et contrôler les risques.",
      [G], notes="Évaluation des fournisseurs.", ambiguous=True)
    P("La quatrième étape d’une démarche Achats Responsables est celle de l’accompagnement des fournisseurs et du suivi des actions de progrès.",
      [G], notes="Suivi des actions de progrès.")

    S("https://alcom-inc.fr/actualite-du-mois/infographie-rse/19?p=infographie-rse.php%3Fid%3D6", "L'infographie RSE du mois : pourquoi et comment élaborer une charte achats responsables ? (Alcom)")
    P("Quel est le but d'une charte fournisseurs ? Qu'implique-t-elle et comment la concevoir pour qu'elle serve les objectifs de votre organisation et s'intègre dans votre stratégie ?",
      [G], notes="Charte fournisseurs.", ambiguous=True)
    P("La charte fournisseurs est un document bi-latéral qui formalise les attentes de votre entreprise vis-à-vis de ses fournisseurs et prestataires de services. Elle définit des règles de fonctionnement et des normes de qualité à respecter.",
      [G], notes="Charte fournisseurs.", ambiguous=True)
    P("Ce document peut prévoir des procédures de résolution en cas de conflit ou de rupture de contrat, dans le but de gérer ces situations de manière respectueuse et équitable pour toutes les parties concernées.",
      [], notes="« Équitable » au sens courant, pas le commerce équitable.")
    P("Une charte achats responsables se construit au sein de votre entreprise autour d’objectifs précis de manière à être facilement communiquée en interne comme en externe.",
      [G], notes="Charte, communication.")
    P("Dans les secteurs privé et public, les raisons pour lesquelles l’organisation s’est engagée dans une démarche ”achats responsables” peuvent être variables (source “Baromètre Achats Responsables 2023” Manutan)",
      [], notes="Propos général sans thème.")

    S("https://actu.nukema.com/post/marchés-publics-un-coup-de-pouce-pour-les-startups-innovantes", "Marchés publics : un coup de pouce pour les startups innovantes (Nukema)")
    P("Le 25 mars 2025, la commission spéciale de l’Assemblée nationale, en charge du projet de loi pour la simplification de la vie économique, a validé deux amendements majeurs visant à favoriser l'accès des startups aux marchés publics. Ces mesures entreront en vigueur à partir du 1ᵉʳ juillet 2025.",
      [IN, PME], notes="Start-up (innovation) et accès à la commande publique.")
    P("Première mesure : 15 % des lots réservés aux JEI",
      [IN], notes="Lots réservés aux jeunes entreprises innovantes.")
    P("Désormais, les acheteurs publics auront la possibilité de réserver jusqu’à 15 % des lots d’un marché public de services innovants à des startups bénéficiant du statut de Jeune Entreprise Innovante (JEI). L’objectif est de donner un coup d'accélérateur à l’innovation, en garantissant une place à ces acteurs dans les appels d’offres publics.",
      [IN, PME], notes="Lots réservés aux JEI (pas un marché réservé handicap).")
    P("Le second amendement porte sur la simplification des procédures. Le seuil obligatoire de mise en concurrence passe de 100 000 € à 143 000 € HT pour un marché public de services innovants, alignant ainsi le seuil français sur le seuil européen applicable aux marchés publics passés par les autorités centrales.",
      [IN, PME], notes="Achats innovants; simplification.", ambiguous=True)
    P("Concrètement, cela permettra aux acheteurs publics d’attribuer plus facilement des marchés innovants sans lancer de procédure formelle.",
      [IN], notes="Marchés innovants.")
    P("En 2023, seulement 1,43 % des marchés publics (soit 2,3 milliards d’euros sur 170 milliards) ont été attribués à des start-up.",
      [IN], notes="Start-up.")
    P("Chez NUKEMA, nous saluons ces nouvelles mesures qui visent à faciliter l’accès des startups à la commande publique.",
      [IN, PME], notes="Accès des start-up.")

    S("https://algorila.com/l-achat-dequipements-it-quels-choix-plus-responsables/", "L’achat d’équipements IT : quels choix plus responsables ? (Algorila)")
    P("Mercredi 8 février avait lieux la conférence dédiée à l’achat d’équipement IT, organisée par Coduco avec la participation de l’ISIT, la région de Bruxelles et TCO. L’occasion de faire le point sur les bonnes pratiques pour améliorer sa politique d’achat.",
      [NUM], notes="Achat d'équipements IT.")
    P("L’industrie numérique a un impact considérable sur l’environnement. Selon certaines études, elle contribuerait environ à 4% des émissions de gaz à effet de serre mondiales.",
      [NUM, E], notes="Numérique et GES.")
    P("Tout au long du cycle de vie des équipements numériques, de l’extraction de ressources à leur fin de vie, les impacts environnementaux sont multiples (consommation de ressources, d’énergie, d’eau, pollutions, etc).",
      [NUM, E], notes="Impacts environnementaux du numérique.")
    P("A noter que le numérique montre des limites en termes d’économie circulaire. Les techniques de recyclage actuelles sont partielles et ne permettent de récupérer qu’environ un quart des métaux présents dans un smartphones, il y a donc beaucoup de ressources perdues, qui se font de plus en plus rare où dont l’extraction sera plus difficile/couteuse.",
      [NUM, CE], notes="Recyclage des équipements numériques.")

    S("https://www.digital-league.org/blog/dl-media-blog-12/debrief-du-club-nr-comment-maximiser-vos-points-rse-dans-les-appels-doffres-3248", "Débrief du Club NR : Comment maximiser vos points RSE dans les appels d’offres (Digital League)")
    P("Si vous êtes chef de projet, responsable commercial ou dirigeant de PME, vous l’avez sans doute déjà constaté : les critères RSE (Responsabilité Sociétale des Entreprises) ne sont plus des “bonnes intentions” à glisser en annexe.",
      [], notes="Critères RSE en général; PME comme candidates, pas un propos d'accès.", ambiguous=True)
    P("Selon les retours d’expérience partagés lors de la dernière session du Club NR, 70 % des donneurs d’ordre exigent désormais des engagements RSE dans leurs appels d’offres.",
      [NUM], notes="Club Numérique Responsable (NR): numérique responsable par le contexte.", ambiguous=True)
    P("Et ce n’est pas qu’une tendance : c’est une obligation légale pour les collectivités de plus de 50 000 habitants (loi REEN, 2021), renforcée par la directive européenne CSRD.",
      [NUM], notes="Loi REEN (empreinte environnementale du numérique).")
    P("Christine, ingénieure commerciale chez Avangarde Cyber, a dû apprendre sur le tas à répondre aux exigences RSE — et elle a réussi à obtenir 100 % des points sur ce critère, malgré un départ en “mode improvisation”.",
      [], notes="Témoignage sans thème précis.", ambiguous=True)

    S("https://colibrimarcomconseil.fr/appel-doffre-lot-rse-pme-et-tpe", "Appel d’offres : le lot RSE des PME et TPE (Colibri Marcom Conseil)")
    P("Les marchés publics représentaient plus de 10% du PIB en France en 2020. Ce revenu d’affaires important des Réponses à Appels d’Offres pour les TPE-PME représentait 58% des marchés en volume et 30% en valeur selon Francemarche.com.",
      [PME], notes="Part des TPE-PME.")
    P("Les défis du changement climatique, de l’efficacité énergétique, les évolutions sociétales, la prise de conscience des instances institutionnelles et des dirigeants d’entreprises impulsent le mouvement de la transition écologique pour faire face à ces risques et permettre le développement d’une nouvelle économie.",
      [E, EN], notes="Changement climatique, efficacité énergétique.")
    P("Cette évolution vers le développement durable intervient directement au sein de la commande publique et para publique, voire privée, à laquelle les TPE, PME, PMI et ETI sont confrontées lors des appels d’offres.",
      [E, PME], notes="Développement durable (environnement); TPE-PME candidates.", ambiguous=True)
    P("Ceci impacte tous les secteurs : conseil, informatique, industrie, transport, retail, agroalimentaire, services, santé, ESS… Comment les plus petites sociétés peuvent-elles répondre aux critères d’exigences RSE des 130 000 acheteurs publics ?",
      [PME], notes="Plus petites sociétés face aux critères RSE; secteurs cités sans thème.", ambiguous=True)
    P("- biodiversité impactée très largement par les activités humaines",
      [BIO], notes="Biodiversité.")
    P("- réchauffement et dérèglement climatique",
      [E], notes="Climat.")

    S("https://www.cobs.fr/index.php/blog/121-actualite-rse-4", "PEFC... kezako ? (COBS, actualité RSE)")
    P("Nous sommes ravis de vous annoncer que nous sommes désormais certifiés PEFC.",
      [BIO], notes="Certification forestière PEFC (forêts gérées durablement → biodiversité, convention des sets 7-10).", ambiguous=True)
    P("Même si notre vigilance sur l'origine de nos bois est historique, nous sommes fiers que notre démarche et nos choix stratégiques d'approvisionnement soient certifiés par le Programme de reconnaissance des certifications forestières (PEFC).",
      [BIO], notes="Approvisionnement en bois certifié.", ambiguous=True)
    P("Depuis 20 ans, cette ONG basée à Genève (Suisse) promeut et certifie la gestion durable des forêts, en France et dans 55 pays, et garantit le recours à des pratiques durables rendues possibles grâce à des standards exigeants.",
      [BIO], notes="Gestion durable des forêts.")
    P("- que le propriétaire forestier qui a cultivé le bois et l’exploitant forestier qui a récolté et transporté ce bois ont mis en œuvre les pratiques de gestion forestière durable PEFC ;",
      [BIO], notes="Gestion forestière durable.")
    P("… que le produit fini que le maître d'ouvrage achète est issu de sources responsables et qu’à travers son acte d’achat, il participe à la gestion durable des forêts.",
      [BIO], notes="Achat de bois issu de forêts gérées durablement.")

    S("https://2m-consulting.fr/infosnet/marches-publics-les-regles-du-jeu/1897/chap4.html", "Marchés publics : les règles du jeu, chapitre 4 (2M Consulting)")
    P("Une grande partie des marchés intéressant les PME sont conclus de gré à gré ou dans le cadre des Mapa.",
      [PME], notes="Marchés intéressant les PME.")
    P("Dans ce dernier cas, l’acheteur public fixe librement les modalités de mise en concurrence en fonction de la nature du besoin à satisfaire et du nombre de candidats potentiels. Pour cela, il peut recourir à des consultations informelles (par exemple, une simple demande de devis).",
      [], notes="Procédure (MAPA), sans thème.", ambiguous=True)
    P("Autrement dit, il est essentiel, pour l’entreprise qui souhaite être informée de l’existence de ces marchés et être contactée, de se faire connaître des acheteurs publics. Elle ne doit donc pas hésiter à les solliciter en vue d’obtenir un rendez-vous au cours duquel elle se présentera et laissera ses coordonnées.",
      [PME], notes="Se faire connaître des acheteurs (sourcing, petites entreprises par le contexte).", ambiguous=True)
    P("Au-delà de 90 000 € HT, les avis de marchés publics doivent obligatoirement être publiés dans le Bulletin officiel des annonces des marchés publics (BOAMP) ou dans un journal d’annonces légales (Jal).",
      [], notes="Seuil de publicité, sans thème.")

    S("http://cabinetbenzoni.com/actualites/juridiques/2013/12/09/chefs-d-entreprise-un-guide-pour-oser-la-commande-publique-2013-12-09", "Chefs d’entreprise : un guide pour oser la commande publique ! (Cabinet Benzoni)")
    P("Un guide vient de voir le jour afin d’encourager et d’accompagner les chefs d’entreprise dans leurs démarches vers les marchés publics.",
      [PME], notes="Accompagner les entreprises vers les marchés publics.", ambiguous=True)
    P("« Les marchés publics sont compliqués ! Ils sont réservés aux grands groupes ! Sans référence ou sans expert au sein de l’entreprise pour y répondre, il ne faut pas y penser. Inutile de candidater si son domaine d’activité est trop spécifique !… »",
      [PME], notes="Idées reçues des petites entreprises.", ambiguous=True)
    P("Pour mettre fin à ce genre d’idées reçues et encourager les entreprises, même petites, à s’intéresser à la commande publique, la Médiation des marchés publics a publié en octobre dernier un guide concis (26 pages, « format poche ») et facile d’accès sur le portail Internet.",
      [PME], notes="Entreprises, même petites.")
    P("En quelques lignes, on y apprend qui sont les acheteurs publics, ce qu’il faut savoir avant de se lancer, où trouver l’information, comment la décoder, répondre à une consultation, maîtriser la dématérialisation, comment est attribué un marché, comment se faire payer, et enfin quel est le rôle de la Médiation des marchés publics.",
      [PME], notes="Dématérialisation, paiement (accès des entreprises).", ambiguous=True)
    P("En fin de guide, un lexique revient sur les principaux termes à connaître en la matière et une liste regroupe l’essentiel des liens Internet utiles.",
      [], notes="Propos sans thème.")
