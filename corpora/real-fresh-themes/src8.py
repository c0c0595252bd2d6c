"""Evaluation-only real passages labelled for themes, set 8 (``corpora/real-fresh-themes/passages8.jsonl``); never
train on them.

Collected as sets 1 to 7 (``src.py`` ... ``src7.py``) were, on other hosts: each page's usable opening (as returned by
the project's search tool, corpus "pages") is transcribed passage by passage, verbatim except for runs of spaces, and
labelled with **all** its themes with the shared real dev set's conventions. No theme model was run on these passages
while collecting or labelling (blind). Objective fields are left minimal (``is_objective`` false, no objectives): this
set is for themes only. Pages are companies (purchasing and CSR pages), consultancies, law firms, software and service
vendors for buyers, professional associations and trade press about private-sector purchasing; no authority's or State
body's own page. Every passage is about purchasing, procurement, buyers or suppliers; at most 8 passages per page.
"""
# ruff: noqa: E501

from passage_checks import AL, CE, CEQ, CS, CT, EN, ESS, INNO, MR, NUM, PME, SA, E, G


def load(S, P, Q) -> None:

    S("https://www.ruptur.fr/medias/tous-les-medias/numerique-reconditionne-temoignage-keran", "Le numérique : un levier actif de notre stratégie RSE, témoignage de Sylvain Dagnaud - Keran (Ruptur)")
    P("Intégrer le reconditionné dans une stratégie numérique, ce n’est pas faire un compromis.",
      [NUM, CE], notes="Équipements numériques reconditionnés: numérique responsable et réemploi.")
    P("Le numérique a un coût environnemental immense, et nous avons, en tant que DSN/DSI, un vrai levier pour inverser la tendance, concrètement et durablement.",
      [NUM, E], notes="Impact environnemental du numérique; levier de la DSI (achats reconditionnés par le contexte).", ambiguous=True)
    P("L’adoption du matériel reconditionné s’inscrit dans une démarche plus globale de responsabilité sociétale et environnementale.",
      [NUM, CE, E], notes="Matériel reconditionné; RSE (convention: environnement).")
    P("En tant qu’entreprise à missions, nous avons pleinement conscience de l’impact environnemental du numérique, tant en termes d’émissions de CO₂ que d’extraction de ressources rares.",
      [NUM, E], notes="Émissions et ressources du numérique (motivation de l'achat reconditionné).")
    P(". Réduire l’empreinte écologique de notre parc informatique.",
      [NUM, E], notes="Item de liste: empreinte du parc informatique.")
    P(". Contribuer à l’économie circulaire, en valorisant des équipements encore parfaitement fonctionnels, au lieu de systématiquement recourir au neuf.",
      [CE, NUM], notes="Item de liste: économie circulaire; équipements informatiques par le contexte.", ambiguous=True)
    P("En tant que DSN, j’ai souhaité que le numérique devienne un levier actif de notre stratégie RSE, en cohérence avec les valeurs portées par notre entreprise.",
      [NUM, E], notes="Numérique et stratégie RSE (convention: environnement); achat reconditionné par la page.", ambiguous=True)

    S("https://codeo.com/fr/occasion-reconditionne-recycle", "Achat IT : quelles différences entre occasion et reconditionné ? (Codeo)")
    P("Achat IT : quelles différences entre occasion et reconditionné ?",
      [NUM, CE], notes="Titre: achat informatique d'occasion ou reconditionné.")
    P("La plupart des entreprises réservent un poste de dépense conséquent à l’achat d’équipements informatiques.",
      [NUM], notes="Achats d'équipements informatiques.")
    P("Pour rationaliser l’utilisation de ce budget, les professionnels optent de plus en plus pour l’achat de matériel d’occasion ou reconditionné.",
      [NUM, CE], notes="Achat de matériel informatique d'occasion ou reconditionné.")
    P("Le décret n°2022-190 du 17 février 2022 détaille la définition du reconditionné.",
      [CE, NUM], notes="Définition légale du reconditionné (matériel informatique par la page).", ambiguous=True)
    P("La loi différencie ainsi le reconditionné comme un produit d’occasion qui a fait l’objet de tests.",
      [CE, NUM], notes="Reconditionné (matériel informatique par la page).", ambiguous=True)
    P("Chez Codeo, par exemple, nos équipements reconditionnés profitent souvent de nouvelles batteries, d’un remplacement d’écrans ou de câbles ou même d’un sablage de la plasturgie.",
      [NUM, CE], notes="Fournisseur d'équipements reconditionnés: réparation, remplacement de pièces.")

    S("https://www.greenit.fr/2019/01/15/sidas-privilegie-le-reconditionne-depuis-3-ans/", "Sidas privilégie le reconditionné depuis 3 ans (GreenIT.fr)")
    P("Sidas privilégie le reconditionné depuis 3 ans",
      [NUM, CE], notes="Titre: reconditionné (informatique par la page).", ambiguous=True)
    P("C’est dans ce contexte un peu tendu, que Romain Ferron, responsable informatique de l’entreprise, a décidé de recourir systématiquement à des postes de travail reconditionnés.",
      [NUM, CE], notes="Postes de travail reconditionnés.")
    P("Le reconditionné est notre choix par défaut lorsqu’un besoin de poste de travail se présente, ceci pour des raisons éthiques prioritairement, bien que ça ait également des avantages sur le plan économique.",
      [NUM, CE], notes="Choix par défaut du reconditionné pour les postes de travail.")
    P("40 % de notre parc environ est composé d’ordinateurs reconditionnés, et ce ratio tend à s’accroître.",
      [NUM, CE], notes="Part d'ordinateurs reconditionnés (résultat).")
    P("J’étais déjà sensibilisé à titre personnel aux problèmes éthiques et environnementaux que pose la production de composants électroniques, notamment grâce au travail d’ONGs comme Amnesty International sur l’exploitation du coltan en RDC.",
      [NUM, E, CT], notes="Impacts environnementaux et humains (coltan) des composants électroniques (droits humains → conditions de travail?).", ambiguous=True)
    P("En tant que prescripteur, car responsable du SI de l’entreprise, j’ai naturellement été plus sensible aux offres des fournisseurs d’informatique reconditionnée comme Trade Discount.",
      [NUM, CE], notes="Fournisseurs d'informatique reconditionnée.")

    S("https://www.daf-mag.fr/Thematique/achats-1033/Dossiers/Delais-de-paiement-fournisseurs-pourquoi-s-en-soucier--221255.htm", "Délais de paiement fournisseurs : pourquoi s'en soucier ? (DAF Magazine)")
    P("Appliquer les délais de règlement prévus par la loi, seule une petite majorité d'entreprises françaises y parvient.",
      [PME], notes="Délais de paiement des fournisseurs (taxonomie: accès des PME).", ambiguous=True)
    P("Pourtant, payer ses fournisseurs en temps et en heure est une preuve de respect qui constitue la base d'un réel partenariat avec eux.",
      [PME], notes="Paiement des fournisseurs à temps (délais de paiement).", ambiguous=True)
    P("Accordant un entretien au mensuel Chef d'entreprise en janvier 2013, Pierre Pelouzet, le médiateur des relations interentreprises, disait regretter que les entreprises doivent passer plus de temps à courir après leurs règlements qu'à chercher des clients.",
      [PME], notes="Retards de paiement subis par les entreprises fournisseurs.", ambiguous=True)
    P("En effet, si la LME prévoit un plafonnement des délais de paiement, dans la réalité, des arrangements sont toujours trouvés pour flirter avec ces limites.",
      [PME], notes="Plafonnement légal des délais de paiement.")
    P("Or, le respect des délais de paiement est la base d'une bonne relation client-fournisseur, sans laquelle aucun business durable n'est possible.",
      [PME], notes="Délais de paiement et relation fournisseur.")
    P("Il est donc important de s'organiser en interne pour s'assurer de payer ses fournisseurs en temps et en heure.",
      [PME, G], notes="Organisation interne du paiement des fournisseurs (pilotage?).", ambiguous=True)

    S("https://www.barometre-entreprendre.fr/les-achats-responsables-au-coeur-de-la-politique-rse/", "Les achats responsables au cœur de la politique RSE (Baromètre Entreprendre)")
    P("L’un de ces challenges se trouve être les achats responsables à concilier avec la politique RSE.",
      [E], notes="Achats responsables et RSE (convention: environnement).", ambiguous=True)
    P("Les entreprises qui tiennent à suivre cette approche doivent en tenir compte dans tous les compartiments de leur fonctionnement. Cela passe aussi par un achat responsable.",
      [E], notes="Achat responsable dans une démarche RSE (convention: environnement).", ambiguous=True)
    P("Pourquoi se tourner vers les achats responsables dans une politique RSE ?",
      [E], notes="Titre de section: achats responsables et RSE (convention: environnement).", ambiguous=True)

    S("https://www.capgemini.com/fr-fr/2021/12/achats-durables-objectifs-net-zero/", "Pourquoi les achats durables sont un levier essentiel pour atteindre des objectifs Net Zéro (Capgemini)")
    P("Pourquoi les achats durables sont un levier essentiel pour atteindre des objectifs Net Zéro",
      [E], notes="Titre: achats durables et neutralité carbone.")
    P("Alors que de plus en plus d’entreprises manufacturières s’engagent dans la voie du Net Zéro, les achats sont devenus l’un des principaux facteurs permettant d’atteindre des objectifs ambitieux de réduction des émissions de carbone.",
      [E], notes="Réduction des émissions par les achats.")
    P("Il y a une bonne raison à cela : dans de nombreux secteurs, les émissions des fournisseurs ont un impact très significatif sur l’empreinte carbone de l’entreprise.",
      [E], notes="Émissions des fournisseurs.")
    P("Les émissions liées aux biens et services achetés (le périmètre 3.01) peuvent ainsi représenter jusqu’à 80% de l’empreinte carbone globale d’une entreprise.",
      [E], notes="Empreinte carbone des achats (scope 3).")
    P("Cependant, dans de nombreux cas, ils ne sont toujours pas partie-prenante de la discussion sur les objectifs de réduction du périmètre 3.01, malgré le rôle essentiel qu’ils ont à jouer dans la réduction de l’empreinte carbone de leur entreprise.",
      [E], notes="Responsables achats (pronom) et réduction de l'empreinte carbone.", ambiguous=True)
    P("Il n’est donc pas étonnant que nous assistions à un changement de paradigme dans les achats, avec une évolution du poids du critère prix vers le critère CO2, au travers d’initiatives telles que :",
      [E], notes="Critère CO2 dans les achats.")
    P("La substitution de matières premières à base d’énergies fossiles par des matières organiques naturelles",
      [E], notes="Item de liste: matières premières moins carbonées (énergie? non: matières).", ambiguous=True)
    P("Le passage à des alternatives de matières premières bas carbone",
      [E], notes="Item de liste: matières premières bas carbone.")

    S("https://labelbiocantine.com/6-je-source-des-produits-bio-et-locaux", "Je source des produits bio et locaux (Label Ecocert En Cuisine)")
    P("Je définis clairement ma notion de « local » car il n’y a pas de définition officielle.",
      [AL, PME], notes="Approvisionnement local de la restauration (accès local?).", ambiguous=True)
    P("Je vais à la rencontre des producteurs de mon territoire pour identifier les produits disponibles en contactant les organisations de producteurs (GAB, chambre d’agriculture, …)",
      [AL, PME], notes="Sourcing auprès des producteurs du territoire.")
    P("Je cherche des producteurs bio et locaux sur l’annuaire de l’agence bio ou des clients certifiés par Ecocert",
      [AL], notes="Producteurs bio et locaux.")
    P("Je travaille mes marchés publics pour inciter les producteurs locaux à y répondre",
      [AL, PME], notes="Marchés publics accessibles aux producteurs locaux.")
    P("J’adapte mes exigences logistiques en mettant en place, par exemple, de nouvelles actions comme la réduction des emballages en direct avec les producteurs",
      [AL, CE], notes="Réduction des emballages avec les producteurs.")
    P("Je maintiens le sourcing par un engagement politique, en collaborant avec les fournisseurs et en m’appuyant sur des intermédiaires spécialisés (ex : plateforme d’achat MBIM)",
      [AL, PME], notes="Sourcing de produits bio et locaux par la page (accès local?).", ambiguous=True)
    P("Audit Ecocert En Cuisine : Dès le niveau 1, le label Ecocert En Cuisine exige une obligation d’introduction de composantes bio et locales dans les menus",
      [AL], notes="Composantes bio et locales dans les menus.")

    S("https://avocats24-fr.com/?p=40791", "Devoir de vigilance et contrôle des sous-traitants (Avocats24)")
    P("Le plan de vigilance doit inclure une procédure d’évaluation et de contrôle effectif de la conformité.",
      [CT, G], notes="Devoir de vigilance; procédure d'évaluation (suivi).")
    P("L’entreprise peut réaliser des audits sur place, exiger des rapports sociaux et environnementaux, imposer des clauses contractuelles (code de conduite, audits inopinés, pénalités en cas de manquement).",
      [CT, G, E], notes="Audits et clauses chez les sous-traitants (vigilance sociale et environnementale).", ambiguous=True)
    P("Les sous-traitants critiques (pays à risque) doivent être prioritairement vérifiés.",
      [CT, G], notes="Contrôle des sous-traitants à risque (vigilance).", ambiguous=True)
    P("Un refus du sous-traitant de se soumettre à l’audit peut conduire à la fin du contrat.",
      [G, CT], notes="Audit des sous-traitants (vigilance par la page).", ambiguous=True)
    P("Si un scandale survient (ex. travail des enfants), la société donneuse d’ordres peut être tenue pour responsable au civil si elle n’a pas pris les mesures raisonnables.",
      [CT], notes="Travail des enfants dans la chaîne de sous-traitance.")
    P("Le suivi doit être documenté.",
      [G], notes="Suivi du plan de vigilance.", ambiguous=True)

    S("https://publicis-groupe.publispeak.com/document-enregistrement-universel-2024/article/225", "Document d'enregistrement universel 2024, achats responsables (Publicis Groupe)")
    P("Toutes les équipes doivent se conformer aux différents cadres réglementaires, qu’il s’agisse des directives européennes (comme la CSRD ou la CS3D) ou des lois nationales.",
      [G], notes="Conformité des équipes achats (reporting CSRD, vigilance CS3D).", ambiguous=True)
    P("Une équipe transversale est dédiée aux enjeux-clés des achats responsables.",
      [G, E], notes="Organisation des achats responsables (pilotage; convention: environnement).", ambiguous=True)
    P("Comme tous les salariés de l’entreprise, les équipes du Département des achats doivent suivre les formations obligatoires en matière de lutte contre la corruption et de lutte contre les conflits d’intérêts, auxquelles s’ajoutent d’autres modules de formation spécifiquement adaptés à leurs fonctions.",
      [G], notes="Formation des acheteurs (éthique).")
    P("Les acheteurs sont régulièrement formés aux enjeux RSE par la Responsable RSE de la Direction des achats, qui travaille en étroite relation avec la Direction RSE du Groupe.",
      [G, E], notes="Formation des acheteurs aux enjeux RSE.")
    P("Ces formations RSE annuelles permettent de faire le point sur les évolutions réglementaires tant en termes de droits humains que d’enjeux climatiques et d’éthique.",
      [G, CT, E], notes="Formation des acheteurs: droits humains (conditions de travail) et climat.", ambiguous=True)
    P("Les évolutions des CSR for Business Guidelines sont passées en revue avec les équipes a minima une fois par an.",
      [G], notes="Revue annuelle des lignes directrices RSE avec les acheteurs.")
    P("Enfin, les acheteurs participent aussi aux conférences/webinaires réalisées avec les fournisseurs sur ces sujets.",
      [G], notes="Sensibilisation acheteurs-fournisseurs (sujets RSE par le contexte).", ambiguous=True)

    S("https://fr.metrotime.be/2018/11/19/start/le-commerce-equitable-prend-place-dans-les-entreprises/", "Le commerce équitable prend place dans les entreprises (Metro, Belgique)")
    P("Le commerce équitable prend place dans les entreprises",
      [CEQ], notes="Titre: commerce équitable dans les achats des entreprises.")
    P("Pour donner un coup de pouce aux entreprises, l'organisation coupole du commerce équitable en Belgique a lancé l'initiative Fairtrade at work.",
      [CEQ], notes="Initiative Fairtrade at work.")
    P("Plusieurs grandes entreprises actives en Belgique ont récemment choisi de participer à l'initiative Fairtrade at work qui encourage les sociétés à acheter des produits issus du commerce équitable.",
      [CEQ], notes="Achats de produits équitables par les entreprises.")
    P("Elles ont ainsi modifié leurs habitudes d'achat.",
      [CEQ], notes="Habitudes d'achat (commerce équitable par le contexte).", ambiguous=True)
    P("Quand une entreprise comme Belgacom décide que tout le café consommé par ses collaborateurs doit être issu du commerce équitable, cela a un véritable impact sur la quantité de café équitable vendue et donc sur les conditions de vie des travailleurs dans les pays producteurs.",
      [CEQ], notes="Café équitable acheté par une entreprise.")
    P("Concrètement, les entreprises qui veulent franchir le pas doivent analyser leurs achats.",
      [CEQ], notes="Analyse des achats (passage au commerce équitable par le contexte).", ambiguous=True)
    P("Un employé ou un syndicat doit prendre l'initiative de contacter le service des achats, ou directement l'employeur s'il s'agit d'une petite entreprise.",
      [CEQ], notes="Démarche vers le service achats (commerce équitable par le contexte).", ambiguous=True)

    S("https://www.in-france.io/post/fournisseurs-locaux-pourquoi-l-entreprise-doit-augmenter-son-impact-territorial", "Fournisseurs locaux : pourquoi l’entreprise doit augmenter son impact territorial (In France)")
    P("Fournisseurs locaux : pourquoi l’entreprise doit augmenter son impact territorial",
      [PME], notes="Titre: fournisseurs locaux.")
    P("Et pourtant, un pilotage des achats par l’Indice de Résonance Territorial (IRT) permet d’optimiser l’approvisionnement de la société tout en augmentant l’impact positif qu’elle génère.",
      [PME, G], notes="Pilotage des achats par un indice territorial (accès local, indicateur).", ambiguous=True)
    P("Cette nécessité - portée par le changement climatique et les nouvelles attentes des consommateurs - replace la direction achat dans une démarche proactive au cœur des décisions de la société.",
      [E], notes="Impact environnemental et direction achat.", ambiguous=True)
    P("S’approvisionner chez des fournisseurs locaux, c’est limiter les émissions de gaz à effet de serre et la consommation d’énergie.",
      [PME, E, EN], notes="Fournisseurs locaux; émissions; consommation d'énergie.")
    P("Prendre la décision de rendre votre chaîne d’approvisionnement plus locale territorialement permet de valoriser votre activité économique sur le territoire par l’emploi indirect et par la valeur ajoutée indirecte que vous générez.",
      [PME], notes="Approvisionnement local et économie du territoire.")
    P("Assurément, la sélection de fournisseurs locaux rend les entreprises françaises plus compétitives.",
      [PME], notes="Sélection de fournisseurs locaux.")
    P("Car l’extension de l’achat de produits et de services à des fournisseurs de proximité constitue une façon de maintenir des emplois, en favorisant une relance par la demande.",
      [PME], notes="Achats auprès de fournisseurs de proximité.")

    S("https://mapinfo.bzh/2024/04/15/salon-achat-local-bretagne-lorient/", "À Lorient, un salon pour privilégier l’achat local (MAP Info)")
    P("À Lorient, un salon pour privilégier l’achat local",
      [PME], notes="Titre: achat local des entreprises.")
    P("L’association Produit en Bretagne organise le premier salon de l’achat responsable breton",
      [PME, E], notes="Achat responsable régional (local; convention: environnement?).", ambiguous=True)
    P("Objectif : contribuer à relocaliser une part des achats régionaux, en privilégiant la proximité et la solidarité.",
      [PME], notes="Relocalisation des achats.")
    P("Comment agir concrètement pour la relocalisation d’activités économiques en Bretagne ? En s’intéressant au poste « achats » des entreprises, par exemple.",
      [PME], notes="Relocalisation par les achats des entreprises.")
    P("La logique est simple et s’inspire de la démarche initiée depuis 30 ans par l’association au petit phare jaune et bleu : comme les consommateurs qui sont incités à privilégier les emplettes de produits bretons, les entreprises, à leur tour, pourraient faire jouer la préférence régionale dans leurs achats professionnels.",
      [PME], notes="Préférence régionale dans les achats professionnels.")
    P("« L’objectif, c’est de développer la culture de l’achat breton, pour soutenir l’économie locale et l’emploi », plaide Bertrand Ermeneux, avocat associé du cabinet rennais Avoxa et vice-président de Produit en Bretagne en charge du B to B.",
      [PME], notes="Achat local, économie locale.")

    S("https://www.label-pmeplus.fr/privilegier-leconomie-regionale/", "Privilégier l'économie régionale (Label PME+)")
    P("En privilégiant des partenaires locaux, elles contribuent activement à la décarbonation de l’économie.",
      [PME, E], notes="Partenaires locaux; décarbonation.")
    P("Leurs activités soutiennent une chaîne de valeur locale en s'approvisionnant auprès de fournisseurs et de partenaires régionaux.",
      [PME], notes="Approvisionnement auprès de fournisseurs régionaux.")

    S("https://www.rezopep-midipyr.com/comment-le-rachat-de-mobilier-de-bureau-favorise-leconomie-circulaire", "Comment le rachat de mobilier de bureau favorise l'économie circulaire (Rezopep)")
    P("Plutôt que de systématiquement acquérir du matériel neuf, de nombreuses structures découvrent les bénéfices d'une approche plus circulaire, qui privilégie la seconde vie des équipements professionnels.",
      [CE], notes="Seconde vie plutôt qu'achat neuf.")
    P("Des entreprises spécialisées comme Broke&Recycling ou Bureau Futé proposent des services complets pour récupérer, reconditionner et revendre ce mobilier professionnel.",
      [CE], notes="Fournisseurs de mobilier reconditionné.")

    S("https://www.wip-villette.com/comment-fonctionne-le-processus-de-reprise-de-mobilier-de-bureau-pour-une-economie-circulaire", "Reprise de mobilier de bureau et économie circulaire (WIP Villette)")
    P("L'acquisition de mobilier reconditionné réduit les émissions de CO2 de 80% comparé à l'achat de neuf.",
      [CE, E], notes="Mobilier reconditionné; émissions de CO2.")

    S("https://www.bloom-inside.com/le-reemploi-du-mobilier-de-bureaux-une-voie-prometteuse-vers-la-durabilite-et-leconomie-circulaire/", "Le réemploi du mobilier de bureaux (Bloom Inside)")
    P("Adoptée en 2020, la loi AGEC (Anti-gaspillage pour une économie circulaire) vise à réduire les déchets et favoriser le recyclage et le réemploi des produits.",
      [CE], notes="Loi AGEC: déchets, réemploi.")
    P("Cette loi oblige les acheteurs publics à consacrer entre 20% et 40% de leurs achats à des produits rénovés ou issus du réemploi.",
      [CE], notes="Obligation AGEC d'achats issus du réemploi (objectif non annoté dans ce set).")
    P("L’application de cette loi va contraindre les acheteurs publics à changer leurs pratiques d’achat et intégrer du mobilier d’occasion ou de seconde main.",
      [CE], notes="Mobilier de seconde main.")
    P("Cette loi concerne plusieurs catégories de produits, et notamment celle du mobilier de bureau.",
      [CE], notes="Loi AGEC (par la phrase précédente), mobilier.", ambiguous=True)
    P("Plutôt que de jeter ou de remplacer régulièrement le mobilier des espaces de travail, le réemploi offre une alternative éco-responsable en prolongeant la durée de vie des meubles et en réduisant la consommation de ressources",
      [CE], notes="Réemploi du mobilier, durée de vie.")
    P("Tout d’abord, il permet une réduction de l’empreinte carbone : en effet, la fabrication de mobilier neuf nécessite l’extraction de matières premières, la consommation d’énergie et la production de déchets industriels.",
      [CE, E], notes="Réemploi (pronom): empreinte carbone, déchets (énergie citée en passant).", ambiguous=True)

    S("https://www.tomasi-enseignes-signaletiques.com/comment-favoriser-le-reemploi-de-mobilier-dentreprise-pour-une-demarche-ecoresponsable", "Comment favoriser le réemploi de mobilier d'entreprise (Tomasi)")
    P("Le mobilier professionnel représente un levier significatif pour réduire l'empreinte écologique, tout en permettant de réaliser des économies substantielles.",
      [E, CE], notes="Mobilier et empreinte écologique (réemploi par la page).", ambiguous=True)
    P("Adopter une démarche de réemploi de mobilier d'entreprise s'inscrit pleinement dans une stratégie de responsabilité sociétale des entreprises moderne.",
      [CE], notes="Réemploi de mobilier.")

    S("https://www.cemex.fr/acteur-responsable/enjeux-et-defis/achats-responsables", "Achats responsables (Cemex France)")
    P("En persuadant nos clients et les décideurs publics de s'inscrire dans une démarche d'achats responsables.",
      [E], notes="Achats responsables (convention: environnement).", ambiguous=True)
    P("Privilégier les entreprises, notamment les TPE et PME, effectivement engagées dans une démarche RSE, c'est encourager les activités de proximité, promouvoir les savoir-faire et les innovations dans, par et pour les territoires, et ainsi pérenniser les tissus industriels et sociaux locaux.",
      [PME, E], notes="TPE/PME et tissu local; RSE.")
    P("Afin de favoriser les entreprises mieux disantes, il est essentiel de prendre en compte la performance globale d'une offre et non pas seulement sa performance économique.",
      [E], notes="Performance globale (RSE) des offres.", ambiguous=True)
    P("Toute démarche de responsabilité sociétale intègre un volet « achats responsables ».",
      [E], notes="Achats responsables (convention: environnement).", ambiguous=True)
    P("C'est ce à quoi nous nous engageons, et ce que nous appliquons dans le choix de nos fournisseurs, en favorisant ceux qui proposent des produits et services respectant des exigences sociales et environnementales cohérentes avec notre politique d'entreprise.",
      [E, CS], notes="Exigences sociales et environnementales envers les fournisseurs (volet social → clauses sociales?).", ambiguous=True)
    P("Pour autant, la majorité des acheteurs publics ou privés sont peu informés et formés aux enjeux RSE, et font souvent le choix du moindre coût pour sélectionner une offre.",
      [G, E], notes="Formation des acheteurs aux enjeux RSE.", ambiguous=True)
    P("Une difficulté qui se traduit par une prise en compte facultative des critères environnementaux et sociaux, et ce, y compris pour les commandes publiques : seuls 6 % des marchés publics intègrent des clauses environnementales et une quantité infinitésimale intègre des critères sociétaux.",
      [E, CS], notes="Clauses environnementales et critères sociaux dans les marchés.")
    P("Quelques rares appels d'offres, liés à de très gros chantiers à forte visibilité, contiennent des critères environnementaux, mais pour seulement 5 à 10% de la note finale.",
      [E], notes="Critères environnementaux des appels d'offres.")

    S("https://www.coopetbat.fr/reemploi-materiaux-btp-achats-responsables-praser/", "Réemploi des matériaux du BTP : favoriser les achats socialement et écologiquement responsables (Coopétic / Coop et Bat)")
    P("Réemploi des matériaux du BTP : favoriser les achats socialement et écologiquement responsables",
      [CE, E, CS], notes="Titre: réemploi; achats socialement et écologiquement responsables (volet social → clauses sociales?).", ambiguous=True)
    P("Après une année de tests, le consortium d’acteurs de l’économie sociale et solidaire (ESS) composé par INAÉ Nouvelle-Aquitaine, la CRESS Nouvelle-Aquitaine et 3AR continue à développer ses initiatives en faveur des achats responsables en région, avec la création du PRASER.",
      [ESS, E], notes="Acteurs de l'ESS et achats responsables.", ambiguous=True)
    P("Ce Parcours Régional des Achats Socialement et Écologiquement Responsables s’adresse aux services achats d’entreprises privées et aux collectivités engagées pour une commande publique responsable.",
      [E, CS], notes="Achats socialement et écologiquement responsables (volet social → clauses sociales?).", ambiguous=True)
    P("Dans le cadre de ce parcours, nous accueillerons, le 26 mai 2023 dans nos locaux, la première rencontre départementale sur la thématique du réemploi des matériaux du BTP.",
      [CE], notes="Réemploi des matériaux du BTP.")
    P("En 2014, afin d’encourager les acheteurs publics dans la voie des achats responsables, l’article 13 de la loi relative à l’économie sociale et solidaire a instauré l’obligation d’adopter et de publier un schéma de promotion des achats publics socialement responsables.",
      [CS, G], notes="Schéma de promotion des achats socialement responsables (gouvernance; volet social → clauses sociales).", ambiguous=True)
    P("En 2015, la loi transition énergétique pour la croissance verte a élargi ce schéma à la promotion des achats publics écologiquement responsables.",
      [E, G], notes="Schéma étendu aux achats écologiquement responsables.")
    P("C’est dans ce contexte que notre consortium s’est donné pour mission d’accompagner au mieux les dimensions environnementales et sociales des achats des collectivités et des entreprises soumises au code de la commande publique.",
      [E, CS], notes="Dimensions environnementales et sociales des achats (volet social → clauses sociales?).", ambiguous=True)

    S("https://www.beev.co/?p=173044", "Flottes d’entreprise : Loi LOM : de l’obligation de verdissement à la transparence déclarative (Beev)")
    P("Flottes d’entreprise : Loi LOM : de l’obligation de verdissement à la transparence déclarative",
      [E, G], notes="Titre: verdissement des flottes (achats de véhicules); déclaration (suivi).", ambiguous=True)
    P("Depuis la mise en œuvre de la Loi d’Orientation des Mobilités (LOM), le verdissement des parcs automobiles n’est plus une option mais une trajectoire encadrée, mesurable et désormais, déclarative",
      [E, G], notes="Verdissement des parcs automobiles; trajectoire mesurable et déclarative (suivi).", ambiguous=True)
    P("Cette évolution, d’apparence réglementaire, marque en réalité un tournant stratégique majeur : la mobilité d’entreprise devient un levier de performance, de transparence et de responsabilité sociétale.",
      [E], notes="Mobilité d'entreprise et RSE (véhicules par la page).", ambiguous=True)
    P("L’électrification ne se limite plus à des quotas : elle s’inscrit dans une logique de reporting, d’auditabilité et de pilotage des données.",
      [E, G], notes="Électrification de la flotte; reporting et pilotage.")
    P("Dans cet article, nous décryptons les enjeux de la loi LOM : ses fondements, les objectifs réels derrière l’obligation de déclaration, les défis quotidiens pour les gestionnaires de flotte, mais aussi les opportunités stratégiques qu’elle ouvre pour les entreprises engagées dans la mobilité durable.",
      [E, G], notes="Loi LOM, déclaration, mobilité durable.", ambiguous=True)

    S("https://izi-by-edf.fr/blog/electrification-flotte-entreprise/", "Pourquoi électrifier sa flotte d’entreprise dans le contexte de la loi LOM ? (IZI by EDF)")
    P("Pourquoi électrifier sa flotte d’entreprise dans le contexte de la loi LOM ?",
      [E], notes="Titre: véhicules électriques (véhicules à faibles émissions).")
    P("Dans un contexte de transition énergétique, il apparaît essentiel que les entreprises verdissent leur flotte de véhicules.",
      [E, EN], notes="Verdissement de la flotte; transition énergétique (énergie?).", ambiguous=True)
    P("Pour limiter leurs émissions de CO2 d’une part, d’autre part pour optimiser les coûts liés à la gestion et au fonctionnement de leurs véhicules.",
      [E], notes="Émissions de CO2 de la flotte.")
    P("La loi d’orientation des mobilités (LOM) impose aux entreprises et aux collectivités disposant d’au moins 100 Véhicules à Faibles Émissions (VFE) d’électrifier progressivement leur flotte avec des véhicules au taux d’émission inférieur à 60 grammes de CO2 par kilomètre.",
      [E], notes="Obligation LOM de véhicules à faibles émissions.")
    P("La loi LOM impose aux entreprises l’augmentation du renouvellement de leur flotte, tous les 3 ans, pour qu’à la fin du processus de transition écologique, la flotte d’entreprise soit à 100 % électrifiée.",
      [E], notes="Renouvellement de la flotte en véhicules électriques.")
    P("La loi LOM précise que les entreprises concernées sont « les entreprises qui gèrent directement ou indirectement, au titre de leurs activités relevant du secteur concurrentiel, un parc de plus de 100 véhicules automobiles dont le poids total autorisé en charge est inférieur ou égal à 3,5 tonnes. »",
      [E], notes="Champ de l'obligation LOM (véhicules propres par la page).", ambiguous=True)

    S("https://virta.global/fr/blog/flotte-automobile-loi-lom-transformation-necessaire-strategique", "Flotte automobile et loi LOM: une transformation nécessaire et stratégique (Virta)")
    P("Ce dispositif législatif, intégré au projet de loi de finances pour 2025, vise à accélérer l'électrification des flottes automobiles par un mécanisme à la fois incitatif et contraignant.",
      [E], notes="Électrification des flottes.")
    P("Le principe est simple mais efficace : les entreprises possédant plus de 100 véhicules devront respecter des quotas stricts de véhicules à faibles émissions.",
      [E], notes="Quotas de véhicules à faibles émissions.")
    P("La mécanique de calcul est complexe, intégrant des coefficients qui varient selon la taille de la flotte, le taux de renouvellement et les caractéristiques environnementales des véhicules.",
      [E], notes="Caractéristiques environnementales des véhicules.", ambiguous=True)
    P("Certains véhicules bénéficient même de bonifications : les utilitaires électriques compteront par exemple pour 1,5 dans le quota, encourageant ainsi leur adoption.",
      [E], notes="Utilitaires électriques dans le quota.")

    S("https://feuvert-entreprises.fr/?p=5763", "Quels véhicules choisir pour respecter la LOM ? (Feu Vert Entreprises)")
    P("Plus précisément, votre flotte de véhicules professionnels devra compter – obligatoirement – au moins 10% de véhicules à faibles émissions au 1er janvier 2022 avant d’atteindre les 50% à l’horizon 2030 (20% en 2024 et 30% en 2027).",
      [E], notes="Trajectoire LOM de véhicules à faibles émissions (objectif non annoté dans ce set).")
    P("Alors, quel type de véhicules devez-vous choisir pour respecter la LOM ?",
      [E], notes="Choix des véhicules (faibles émissions par le contexte).", ambiguous=True)
    P("Bien que sa présence soit encore timide au sein des flottes d’entreprises (part de marché de l’ordre de 2% au 1er trimestre 2019), la voiture électrique devrait rapidement trouver sa place dans les entreprises notamment grâce à l’entrée en vigueur prochaine de la Loi d’Orientation des Mobilités (LOM).",
      [E], notes="Voiture électrique dans les flottes.")
    P("D’un bonus écologique, à hauteur de 5 000€, pour l’acquisition d’un véhicule 100%électrique,",
      [E], notes="Item de liste: aide à l'acquisition d'un véhicule électrique.")

    S("https://territoire-et-competences.fr/formation-education/fournitures-de-bureau-ecologiques-reduire-limpact-environnemental-en-entreprise", "Fournitures de bureau écologiques : réduire l’impact environnemental en entreprise (Territoire et Compétences)")
    P("Adopter des fournitures de bureau écologiques : réduire l’impact de l’entreprise est devenu une priorité pour de nombreuses organisations.",
      [E], notes="Fournitures de bureau écologiques.")
    P("Face à l’urgence climatique, adopter des fournitures de bureau écologiques permet à votre entreprise de réduire son impact environnemental tout en respectant les attentes sociétales actuelles.",
      [E], notes="Fournitures écologiques, impact environnemental.")
    P("Ce choix favorise l’économie de ressources, diminue l’empreinte carbone et s’intègre durablement dans une politique RSE cohérente et responsable.",
      [E], notes="Empreinte carbone, ressources (choix des fournitures par le contexte).", ambiguous=True)
    P("Selon l’ADEME, un salarié de bureau utilise près de 70 kg de fournitures par an – dont 70 % finissent incinérées ou enfouies.",
      [CE], notes="Déchets de fournitures de bureau.", ambiguous=True)
    P("Limiter la pollution (plastiques, produits chimiques, déchets non recyclables).",
      [E, CE], notes="Item de liste: pollution et déchets des fournitures.")

    S("https://kiosque.imagine-magazine.com/archives/des-entreprises-trop-peu-soumises-au-devoir-de-vigilance/", "Des entreprises trop peu soumises au devoir de vigilance (Imagine Demain le monde)")
    P("En Europe, les législations sur le « devoir de vigilance » des entreprises se multiplient.",
      [CT], notes="Devoir de vigilance (fournisseurs par la suite).", ambiguous=True)
    P("Elles visent à empêcher les atteintes aux droits humains et à l’environnement causées par les activités commerciales.",
      [CT, E], notes="Droits humains et environnement dans les chaînes d'activité.")
    P("Les firmes donneuses d’ordre, leurs sous-traitants et leurs fournisseurs qui les commettraient auraient dès lors des comptes à rendre.",
      [CT, E], notes="Responsabilité des donneurs d'ordre pour leurs fournisseurs (atteintes par la phrase précédente).", ambiguous=True)

    S("http://ylc-consultant-achat.fr/2021/ne-mappelez-plus-stpa/", "Ne m’appelez plus STPA (YLC Conseil, consultant achats)")
    P("Depuis le 28 janvier 2016, le décret 2016-60[1] précise les modalités d’application pour les établissements assujettis à l’obligation d’emploi de travailleurs handicapés qui souhaitent acheter des prestations auprès des travailleurs indépendants handicapés pour satisfaire partiellement leur obligation.",
      [MR], notes="Achats auprès des TIH (obligation d'emploi des travailleurs handicapés).")
    P("Alors pourquoi ignorer encore aujourd’hui l’évolution de cet écosystème, son offre de services élargit pour les donneurs d’ordre et donc plus d’opportunités pour développer leurs achats solidaires ?",
      [MR], notes="Achats solidaires auprès du secteur du handicap (par le contexte).", ambiguous=True)
    P("L’acronyme signifie : Secteur du Travail Protégé et Adapté.",
      [MR], notes="STPA.")
    P("« Protégé » pour les Etablissements et Service d’Aide par le Travail (ESAT) et « Adapté » pour les Entreprises Adaptées.",
      [MR], notes="ESAT et EA.")
    P("Saluons également la stratégie de PARIS 2024 qui intègre dans sa démarche « responsable des achats » les TIH.",
      [MR], notes="TIH dans les achats responsables.")
    P("Les TIH complètent l’écosystème historique des ESAT et EA depuis déjà plus de 5 ans.",
      [MR], notes="TIH, ESAT, EA.")
    P("Les donneurs d’ordre bénéficient donc des mêmes avantages lorsqu’ils sous-traitent auprès d’un TIH en déduisant partiellement le montant de leur facture (-30% du Chiffre d’Affaires Utile).",
      [MR], notes="Sous-traitance aux TIH et déduction de la contribution.")

    S("https://ylc-consultant-achat.fr/2022/achats-solidaires-inclusionvraiment", "Achats solidaires, inclusion vraiment ? (YLC Conseil, consultant achats)")
    P("Le guide opérationnel et bonnes pratiques des achats solidaires a été publié dernièrement par l’Afnor.",
      [ESS, MR, G], notes="Guide des achats solidaires (ESS, insertion, handicap; guide → gouvernance?).", ambiguous=True)
    P("Cependant, il est dommageable pour les Travailleurs Indépendants Handicapés (TIH) et pour les entreprises ou organisations intéressées par leurs services, qu’une ambiguïté sur l’appartenance des TIH à l’Economie Sociale et Solidaire (ESS) et au secteur du handicap, apparaisse pour trois raisons.",
      [MR, ESS], notes="TIH, ESS et secteur du handicap.")
    P("Si l’on considère le principe de l’ESS rappelé dans le périmètre de ce guide : « L’ESS regroupe un ensemble de structures qui cherchent à concilier utilité sociale, performance économique et gouvernance démocratique, avec pour dessein de créer des emplois et de développer des achats solidaires », alors l’activité des TIH correspond bien à ce principe puisque les TIH créent d’abord leur propre emploi.",
      [ESS, MR], notes="ESS et achats solidaires; TIH.")
    P("Les TIH ne sont pas seulement des indépendants en situation de handicap ils sont avant tout des entrepreneurs qui créent de la valeur pour les entreprises et rejoignent ainsi les TPE du territoire.",
      [MR, PME], notes="TIH comme TPE du territoire (accès des TPE?).", ambiguous=True)
    P("Le guide précise dans le §2.10 que le secteur du handicap est composé des EA et des ESAT.",
      [MR], notes="Secteur du handicap: EA et ESAT.")

    S("https://h-up.fr/travailleurs-independants-handicapes-loi-macron", "Sous-traitance à un travailleur indépendant handicapé « TIH », loi Macron 2016 (h’up entrepreneurs)")
    P("Sous-traitance à un travailleur indépendant handicapé « TIH », loi Macron 2016",
      [MR], notes="Titre: sous-traitance aux TIH.")
    P("En effet, depuis 2005, les entreprises peuvent, pour respecter ce quota, faire appel à des structures de sous-traitances.",
      [MR], notes="Sous-traitance au secteur du handicap pour l'obligation d'emploi.")
    P("Parmi ces dernières, il y a par exemple les Etablissements et services d’aide par le travail (ESAT), les Etablissements Adaptés (EA) et les Centres de distribution de Travail à domicile (CDTD).",
      [MR], notes="ESAT, EA, CDTD.")
    P("Plus récemment, en 2016, la loi Macron, a ajouté une quatrième catégorie de sous-traitance : les Travailleurs Indépendants Handicapés.",
      [MR], notes="TIH.")
    P("Ces derniers disposent désormais d’Unités Bénéficiaires qu’ils peuvent faire valoir auprès des entreprises.",
      [MR], notes="Unités bénéficiaires des TIH.")
    P("Signer un contrat avec un TIH c’est avant tout mettre en avant l’entrepreneur, valoriser son travail et ainsi favoriser l’emploi d’une personne handicapée.",
      [MR], notes="Contrat avec un TIH.")
    P("C’est un véritable acte concret contre les discriminations et l’exclusion à l’encontre des personnes handicapées.",
      [MR], notes="Handicap (le contrat avec un TIH par le contexte); discrimination liée au handicap, pas égalité femmes-hommes.", ambiguous=True)

    S("https://lecomptoir.malakoffhumanis.com/travailleurs-independants-handicapes-des-talents-a-valoriser-en-entreprise/", "Travailleurs indépendants handicapés, des talents à valoriser en entreprises (Malakoff Humanis, Le Comptoir)")
    P("Si toutes les entreprises ont intégré les changements de la loi « pour la liberté de choisir son avenir professionnel », qui a modifié l’obligation des entreprises en matière d’emploi des travailleurs handicapés (OETH) depuis le 1er janvier 2020, peu sont encore au courant des dispositions qui concernent les Travailleurs Indépendants Handicapés (TIH).",
      [MR], notes="OETH et recours aux TIH.")
    P("Certaines même, connaissent trop peu le profil des TIH pour songer à y faire appel.",
      [MR], notes="Recours des entreprises aux TIH.")

    S("https://linklusion.fr/handicap-loi-travailleur-independant-handicape", "Handicap : la loi et le travailleur indépendant handicapé (Linklusion)")
    P("L’intégration des TIH dans les clauses sociales des marchés publics",
      [MR, CS], notes="TIH et clauses sociales.")
    P("6 ans après la reconnaissance des TIH dans la loi, nous célébrons enfin leur intégration dans la nouvelle version du guide sur les aspects sociaux de la commande publique.",
      [MR, CS], notes="TIH dans le guide des aspects sociaux de la commande publique.", ambiguous=True)
    P("Ils rejoignent ainsi les Entreprises Adaptées (EA), les ESAT (Établissement ou Service d’Aide par le Travail) et les structures IAE…",
      [MR, CS], notes="EA, ESAT (handicap) et structures IAE (insertion).")
    P("Le portage salarial est désormais compatible avec le statut de TIH : les prestations de TIH réalisées en portage salarial peuvent être partiellement déduites de la contribution handicap.",
      [MR], notes="Prestations de TIH et contribution handicap.")
    P("Grâce au travail de lobbying de h’up entrepreneurs (ex l’UPTIH), la loi Macron permet aux entreprises de comptabiliser les travailleurs indépendants handicapés (TIH) dans la sous-traitance handicap avec les EA (Entreprises Adaptées) et les ESAT (Etablissements et services d’aide par le travail).",
      [MR], notes="Sous-traitance handicap: TIH, EA, ESAT.")
    P("De cette loi est née l’idée de la création de Linklusion (ex TIH-Business) afin de mettre en relation les TIH avec des entreprises et administrations.",
      [MR], notes="Mise en relation des TIH avec des acheteurs.")

    S("https://www.enerzine.com/achats-et-amenagement-integrer-la-qai-dans-le-choix-des-materiaux-mobiliers-et-finitions/179311-2026-01", "Achats et aménagement : intégrer la QAI dans le choix des matériaux, mobiliers et finitions (Enerzine)")
    P("Alors que les entreprises investissent massivement dans le confort des collaborateurs, la qualité de l’air intérieur (QAI) reste trop souvent le parent pauvre des décisions d’achats et de la conception architecturale.",
      [SA], notes="Qualité de l'air intérieur dans les décisions d'achats.")
    P("Pourtant, sélectionner les matériaux, le mobilier et les finitions avec rigueur détermine directement la charge en polluants d’une pièce pour des années.",
      [SA], notes="Choix des matériaux et polluants intérieurs.")
    P("Intégrer la dimension « qualité de l’air » dès la phase d’achat représente une stratégie de prévention aussi économique qu’indispensable.",
      [SA], notes="Qualité de l'air dès la phase d'achat.")
    P("Les matériaux de construction et de décoration agissent comme des émetteurs persistants de Composés Organiques Volatils (COV), dont le formaldéhyde est le représentant le plus connu.",
      [SA], notes="COV émis par les matériaux (achat par la page).", ambiguous=True)
    P("La vigilance lors de l’achat ne doit donc pas porter uniquement sur le coût immédiat ou la résistance mécanique, mais bien sur la « fiche d’identité chimique » du produit.",
      [SA], notes="Composition chimique des produits achetés.")
    P("Privilégier des matériaux inertes ou à très faibles émissions permet d’agir à la source, une méthode infiniment plus efficace que de tenter de purifier un air continuellement vicié.",
      [SA], notes="Matériaux à très faibles émissions (air intérieur).")
    P("Si les matériaux du bâti sont souvent pointés du doigt, le mobilier de bureau représente une source de pollution tout aussi préoccupante.",
      [SA], notes="Pollution intérieure du mobilier (achat par la page).", ambiguous=True)

    S("https://widoobiz.com/2012/04/13/comment-rendre-les-entreprises-plus-innovantes", "Comment rendre les entreprises plus innovantes (Widoobiz)")
    P("Devant plus de 250 participants, le Pacte PME a mis en avant les bonnes pratiques de grands comptes qui intensifient les échanges avec les PME.",
      [PME], notes="Relations grands comptes-PME (Pacte PME).")
    P("Des relations « gagnants-gagnants » qui favorisent l’innovation et permet aux PME de grandir de plus vite.",
      [PME, INNO], notes="Innovation avec les PME fournisseurs (achats innovants, privés).", ambiguous=True)
    P("Entre ces deux extrêmes, le Pacte PME a recueilli les bonnes pratiques qui font circuler l’innovation, le tout en accord avec le tissu économique et l’esprit français.",
      [INNO, PME], notes="Bonnes pratiques d'innovation grands comptes-PME.", ambiguous=True)
    P("Et cela passe par davantage d’échanges entre les grands comptes et les PME.",
      [PME, INNO], notes="Échanges grands comptes-PME (innovation par le contexte).", ambiguous=True)
    P("Car si les grandes entreprises détiennent les structures adéquates pour conquérir les marchés mondiaux, les PME, elles, innovent davantage, ne serait-ce que pour marquer leur différence.",
      [PME, INNO], notes="PME innovantes et grands comptes.", ambiguous=True)

    S("https://nowall-innovation.com/wp/fournisseurs-partenaires-atouts-mieux-innover/3", "Fournisseurs et partenaires : des atouts pour mieux innover (NoWall Innovation)")
    P("Fournisseurs Et Partenaires : Des Atouts Pour Mieux Innover",
      [INNO], notes="Titre: innovation avec les fournisseurs (achats innovants, privés).", ambiguous=True)
    P("Autant l’open innovation est un terme qui s’y répand allègrement et justifie notamment de nombreuses démarches en faveur d’alliances avec les start-up, autant cela donne l’impression que l’innovation s’ouvre moins spontanément vers les acteurs historiques de la filière, tels que les fournisseurs et partenaires.",
      [INNO], notes="Open innovation, start-up et fournisseurs.", ambiguous=True)
    P("La politique du département achats est donc très inégale d’une entreprise à l’autre, selon qu’elle est intégrée, ou non, à la stratégie de développement ou à la vision à moyen terme de l’entreprise.",
      [INNO, G], notes="Politique achats et stratégie (innovation par le contexte).", ambiguous=True)
    P("L’innovation ouverte est en soi une démarche emplie de bons sens.",
      [INNO], notes="Innovation ouverte (avec les fournisseurs par la page).", ambiguous=True)
    P("Il s’agit de se tourner vers des partenaires qui détiennent des compétences, des savoir-faire, des technologies dont on ne dispose pas, pour créer ensemble de nouvelles offres.",
      [INNO], notes="Innovation ouverte avec des partenaires.", ambiguous=True)
    P("Des questions de management et de propriété intellectuelle viennent compliquer les accords potentiels.",
      [INNO], notes="Accords d'innovation (par le contexte).", ambiguous=True)

    S("https://vdocuments.pub/lainnovation-collaborative-20171117-lainnovation-collaborative-ou-open.html", "L’innovation collaborative (vdocuments)")
    P("Sur le site Internet de la DCNS, leader mondial du naval de défense, une page est enèrement dédiée à l’innovaon collaborave à desnaon de ses fournisseurs.",
      [INNO], notes="Innovation collaborative avec les fournisseurs (texte avec ligatures perdues, gardé tel quel).", ambiguous=True)
    P("L’entreprise exprime ainsi sa volonté d’associer à son développement des PME avec lesquelles elle travaille.",
      [PME, INNO], notes="PME fournisseurs associées (innovation par le contexte).", ambiguous=True)
    P("Signataire, comme la SNCF, Areva ou ENGIE de la « Charte des entreprises à parcipaons publiques en faveur de l’émergence et du développement des PME innovantes », le groupe s’engage à accompagner des partenaires sur des projets communs d’innovaon.",
      [INNO, PME, G], notes="Charte en faveur des PME innovantes (charte → gouvernance?).", ambiguous=True)
    P("Ces nouvelles praques sont déjà couramment développées dans les grands groupes, mais demeurent suspectes pour de nombreuses PME.",
      [INNO, PME], notes="Innovation collaborative grands groupes-PME (par le contexte).", ambiguous=True)

    S("https://www.globalcitizen.org/fr/content/7-companies-that-exercise-fair-trade/", "7 entreprises qui pratiquent le commerce équitable (Global Citizen)")
    P("Alors que les consommateurs sont de plus en plus préoccupés par l’empreinte environnementale et sociale de leurs achats, un nombre toujours plus important d’entreprises investissent dans les pratiques de commerce équitable.",
      [CEQ], notes="Entreprises et approvisionnement équitable.", ambiguous=True)
    P("Première entreprise de crème glacée à utiliser des ingrédients issus du commerce équitable, Ben & Jerry’s a entamé son incursion dans le commerce équitable avec ses arômes de café en 2005.",
      [CEQ], notes="Ingrédients équitables achetés par une entreprise.")
    P("Ben & Jerry’s prévoit d’être approvisionné à 100 % par le commerce équitable d’ici 2013.",
      [CEQ], notes="Approvisionnement équitable (objectif non annoté dans ce set).")

    S("https://kyos-conseil.blogs.com/kyos_conseil/page/4/", "Le commerce équitable dans les entreprises (Kyos Conseil, blog)")
    P("Si la démarche d’achat de ce type de produit reste encore marginale et parfois le fruit du hasard, nous pensons qu’il s’agit d’une illustration intéressante des effets du courant du « développement durable » et de l’altermondialisme (qui s’oppose au consensus de Washington et donc aux grandes multinationales).",
      [CEQ, E], notes="Achat de produits équitables; développement durable (convention: environnement).", ambiguous=True)
    P("Cette article vise à présenter en détail ce que recouvre le commerce équitable et comment des entreprises peuvent l’utiliser comme levier, à la fois, de leur efficacité commerciale et de leur engagement « durable » et socialement responsable.",
      [CEQ], notes="Commerce équitable comme levier pour les entreprises.")
