"""Evaluation-only real passages labelled for themes, set 5 (``corpora/real-fresh-themes/passages5.jsonl``); never
train on them.

Collected as sets 1 to 4 (``src.py`` ... ``src4.py``) were, on other hosts: each page's usable opening (as returned by
the project's search tool, corpus "pages") is transcribed passage by passage, verbatim except for runs of spaces, and
labelled with **all** its themes with the shared real dev set's conventions. No theme model was run on these passages
while collecting or labelling (blind). Objective fields are left minimal (``is_objective`` false, no objectives): this
set is for themes only. Pages are trade press, companies, consultancies, law firms, blogs and associations outside the
public-purchasing networks; at most 10 passages per page.
"""
# ruff: noqa: E501

from passage_checks import AL, BIO, CE, CEQ, CS, CT, EFH, EN, ESS, INNO, MR, NUM, PME, SA, E, G


def load(S, P, Q) -> None:

    S("https://altagem.com/blog/ea-ou-un-esat-comment-reondre-a-un-marche-public", "EA ou un ESAT, comment répondre à un marché public (Altagem, blog)")
    P("EA ou un ESAT, comment répondre à un marché public",
      [MR], notes="Titre: EA et ESAT face aux marchés publics (structures du handicap).", ambiguous=True)
    P("Les Entreprises Adaptées (EA) et les Établissements ou Services d’Aide par le Travail (ESAT) jouent un rôle essentiel dans l’inclusion professionnelle des personnes en situation de handicap.",
      [MR], notes="EA et ESAT, inclusion des personnes handicapées (secteur protégé et adapté).")
    P("En parallèle de leur mission sociale, ces structures sont aussi des acteurs économiques à part entière, capables de répondre à des appels d’offres publics.",
      [MR], notes="« ces structures » = EA/ESAT (pronom).", ambiguous=True)
    P("Pourtant, malgré les opportunités offertes par la commande publique – notamment via les clauses sociales ou les marchés réservés – de nombreuses structures hésitent encore à franchir le pas, freinées par la complexité perçue des procédures ou le manque de ressources internes pour y répondre efficacement.",
      [CS, MR], notes="Clauses sociales et marchés réservés nommés.")
    P("Alors, comment une EA ou un ESAT peut-il s’organiser pour structurer une réponse efficace à un marché public ?",
      [MR], notes="EA/ESAT et marché public.", ambiguous=True)
    P("Les marchés publics : une vraie opportunité pour les structures adaptées",
      [MR], notes="Intertitre: structures adaptées.", ambiguous=True)
    P("Depuis plusieurs années, le Code de la commande publique permet aux acheteurs publics de réserver certains marchés à des structures employant majoritairement des personnes en situation de handicap.",
      [MR], notes="Marchés réservés au handicap.")
    P("Cette disposition est prévue à l’article L2113-12 du Code de la commande publique.",
      [MR], notes="Article des marchés réservés (par la phrase précédente).", ambiguous=True)
    P("Cela ouvre la voie à des appels d’offres spécifiquement accessibles aux ESAT et EA.",
      [MR], notes="Marchés réservés aux ESAT et EA.")
    P("En 2022, on estime à environ 1,3 milliard d’euros le montant des achats publics bénéficiant directement ou indirectement aux structures de l’économie sociale et solidaire, selon le Ministère de la Transition Écologique.",
      [ESS], notes="Achats publics auprès des structures de l'ESS.")

    S("https://www.walflow.com/blog/rse-et-criteres-societaux", "RSE et critères sociétaux (Walflow, blog)")
    P("RSE et critères sociétaux",
      [E, CS], notes="Titre: RSE (convention: environnement) et critères sociétaux (volet social).", ambiguous=True)
    P("La Responsabilité Sociétale des Entreprises (RSE) est devenue un enjeu majeur pour les organisations qui souhaitent à la fois réduire leur impact sur l’environnement, respecter les droits humains et contribuer au développement économique et social des territoires.",
      [E, CT], notes="Impact sur l'environnement; droits humains (conditions de travail?); développement des territoires.", ambiguous=True)
    P("Au sein de la fonction Achats, la prise en compte des critères sociétaux implique une transformation des pratiques, allant bien au-delà de la simple conformité réglementaire.",
      [CS], notes="Critères sociétaux dans les achats: volet social au sens large.", ambiguous=True)
    P("Il s’agit de construire des relations équilibrées avec les fournisseurs, de favoriser l’inclusion et la diversité, d’encourager le développement local et de promouvoir des conditions de travail décentes dans l’ensemble de la chaîne d’approvisionnement.",
      [G, CS, PME, CT], notes="Relations fournisseurs équilibrées (gouvernance?), inclusion, développement local, conditions de travail décentes.", ambiguous=True)
    P("Dans cet article, nous allons préciser ce que recouvre la notion de RSE appliquée aux Achats, pourquoi il est essentiel d’intégrer des critères sociétaux dans la sélection et la gestion des fournisseurs, et quelles sont les étapes clés pour réussir cette démarche.",
      [E, CS], notes="RSE appliquée aux achats et critères sociétaux (convention: RSE → environnement, social nommé).", ambiguous=True)
    P("1. Qu’entend-on par RSE dans les Achats ?",
      [E], notes="Intertitre: RSE au sens large → environnement (convention des sets 1-4).", ambiguous=True)
    P("La Responsabilité Sociétale des Entreprises (RSE) fait référence à l’ensemble des actions menées par une organisation pour assumer les impacts de ses activités sur la société et l’environnement.",
      [E], notes="Impacts sur la société et l'environnement (définition de la RSE).", ambiguous=True)
    P("1. Une prise en compte globale de l’impact sociétal : respect des droits humains et des conditions de travail chez les fournisseurs, lutte contre les discriminations, promotion de l’insertion et de la diversité.",
      [CT, CS], notes="Conditions de travail chez les fournisseurs; insertion.")
    P("2. Une vigilance accrue sur l’éthique : prévention de la corruption, de la fraude et des conflits d’intérêts, transparence et équité dans les processus de sélection.",
      [], notes="Éthique des achats (corruption): aucun thème de la taxonomie.", ambiguous=True)
    P("3. Une contribution au développement local : soutien aux entreprises de l’économie sociale et solidaire (ESS), aux PME locales, et aux fournisseurs œuvrant en faveur de l’insertion professionnelle.",
      [ESS, PME, CS], notes="ESS, PME locales, insertion.")

    S("https://cegos.fr/ressources/mag/rse/achats-responsables-3-axes-pour-les-pratiquer-des-maintenant", "Achats responsables : 3 axes pour les pratiquer dès maintenant ! (Cegos, magazine)")
    P("Achats responsables : 3 axes pour les pratiquer dès maintenant !",
      [E], notes="Titre: achats responsables au sens large → environnement (convention).", ambiguous=True)
    P("La responsabilité sociétale des entreprises (RSE) se décline partout.",
      [E], notes="RSE au sens large → environnement (convention).", ambiguous=True)
    P("La réglementation se durcit, notamment sous la pression de l’Union européenne.",
      [], notes="Réglementation (de la RSE, par le contexte): aucun thème propre.", ambiguous=True)
    P("Même les consommateurs sont motivés, voire impliqués dans le développement durable.",
      [E], notes="Développement durable au sens large → environnement.", ambiguous=True)
    P("Pour pratiquer des achats responsables, il faut être capable d’agir en respectant simultanément les 3 piliers du développement durable : Planet, People et Profit (3P) ; c’est-à-dire l’environnement, les personnes (ressources humaines) et pérenniser la santé financière de l’organisation.",
      [E], notes="Piliers du développement durable, environnement nommé; « santé financière » n'est pas la santé.", ambiguous=True)
    P("Le vrai défi réside dans l’exigence de respecter chacun des 3P pour la même action et non pas de saupoudrer, de temps en temps de l’écologie, puis plus tard du social, voire du financier.",
      [E], notes="Écologie et social au sens large.", ambiguous=True)
    P("Commençons par l’axe le plus simple. Ciblons ainsi des fournisseurs qui peuvent eux-mêmes attester de leur engagement en matière de RSE.",
      [E], notes="Engagement RSE des fournisseurs (convention: RSE → environnement).", ambiguous=True)
    P("Vérifions si par hasard ils n’ont pas déjà un agrément RSE suite à un audit, des certifications sociales et environnementales, des engagements formels vis-à-vis des orientations décrites dans l’ISO 26000, des preuves de signatures de chartes, etc.",
      [E, G], notes="Certifications environnementales; chartes et audits (gouvernance?).", ambiguous=True)
    P("Envisageons aussi très sérieusement des fournisseurs appartenant au Secteur du Travail Protégé et Adapté (STPA), c’est-à-dire des Entreprises Adaptées (EA) ou des Etablissements et Services d’Aide par le Travail (ESAT).",
      [MR], notes="Achats au secteur protégé et adapté (EA, ESAT).")
    P("Ces organisations très demandeuses de débouchés commerciaux s’avèrent souvent très compétitives et réactives.",
      [MR], notes="« Ces organisations » = EA/ESAT (pronom).", ambiguous=True)

    S("https://www.reseau-lepc.fr/achats-inclusifs-vers-une-nouvelle-dynamique/", "Achats inclusifs : Vers une nouvelle dynamique (Réseau LEPC)")
    P("Achats inclusifs : Vers une nouvelle dynamique",
      [CS, MR], notes="Titre: achats inclusifs (insertion et handicap, par la page).", ambiguous=True)
    P("Les crises récentes ont permis de renforcer l’attrait de nombreuses entreprises pour les questions de responsabilité sociale et de marque employeur.",
      [CS], notes="Responsabilité sociale au sens large.", ambiguous=True)
    P("Les achats inclusifs sont ainsi devenus un excellent moyen pour les entreprises d’intégrer dans leur stratégie globale une dimension sociale, sociétale et environnementale, ces pratiques favorisant à la fois l’inclusion et la durabilité.",
      [CS, MR, E], notes="Achats inclusifs (insertion et handicap); dimension environnementale, durabilité.", ambiguous=True)
    P("L’ expression “achats inclusifs” renvoie souvent aux achats de prestation de services auprès d’entreprises adaptées, embauchant des personnes en situation de handicap.",
      [MR], notes="Achats auprès d'entreprises adaptées.")
    P("Pourtant le terme regroupe nombre de catégories, comme par exemple les partenariats avec l’entrepreneuriat dans les quartiers prioritaires.",
      [CS], notes="Entrepreneuriat des quartiers prioritaires: inclusion sociale (insertion au sens large?).", ambiguous=True)
    P("Une politique d’achats inclusifs permet d’actionner un levier concret pour prendre en compte les besoins et les perspectives de tous les groupes de personnes dans la société, y compris ceux qui sont souvent discriminés.",
      [CS], notes="Achats inclusifs, groupes discriminés (volet social).", ambiguous=True)
    P("C’est dans ce but, que fin 2020, sous l’égide de l’OCDE, 40 multinationales ont créé une coalition nommée Business for Inclusive Growth (B4IG) afin de contribuer à une « relance inclusive » ,",
      [CS], notes="Première tranche d'une phrase longue: coalition pour une croissance inclusive (volet social, par le contexte des achats inclusifs).", ambiguous=True)
    P("l’objectif étant de renforcer les pratiques d’achats inclusifs et de les diffuser dans l’écosystème, notamment en réservant lors d’appels d’offres, des « parties » ou « lots »  à des entreprises ou des organisations inclusives qui emploient des personnes en situation de handicap ou des profils dits « éloignés de l’emploi ».",
      [MR, CS], notes="Seconde tranche: réservation de lots à des structures du handicap et de l'insertion.")
    P("Avec une politique d’achats responsables, l’entreprise favorise aussi le développement économique territorial.",
      [PME], notes="Développement économique territorial (ancrage local).", ambiguous=True)
    P("En soutenant les entreprises locales, elle contribue à soutenir l’emploi et l’insertion professionnelle de publics éloignés de l’emploi, tout en réduisant son empreinte carbone.",
      [PME, CS, E], notes="Entreprises locales, insertion, empreinte carbone.")

    S("https://supportdaco.zendesk.com/hc/fr/articles/22368676853533-Quels-crit%C3%A8res-et-clauses-environnementales-pouvant-%C3%AAtre-ins%C3%A9r%C3%A9s-dans-les-march%C3%A9s-d-approvisionnement-alimentaire-et-de-services-de-restauration", "Quels critères et clauses environnementales pouvant être insérés dans les marchés d'approvisionnement alimentaire et de services de restauration (Daco, centre d'aide)")
    P("Marché d'approvisionnement alimentaire",
      [AL], notes="Intertitre: marché alimentaire (sans qualification durable).", ambiguous=True)
    P("- Demander une part de produits durables ou de qualité, ainsi qu'une part de produits bio conforme à la loi EGAlim.",
      [AL], notes="Produits durables et bio, EGAlim.")
    P("- Privilégier les matières premières végétales respectueuses de l'environnement et des poissons issus de la pêche durable.",
      [AL, E, BIO], notes="Alimentation durable, environnement; pêche durable (ressources halieutiques: biodiversité?).", ambiguous=True)
    P("- Interdire l'importation de fruits et légumes provenant de serres chauffées ou de la culture hors-sol.",
      [AL, E, EN], notes="Fruits et légumes; serres chauffées (énergie, impact environnemental).", ambiguous=True)
    P("- Interdire la fourniture de viandes et œufs provenant d’élevages intensifs (ex. code 3).",
      [AL], notes="Qualité des viandes et œufs (bien-être animal).")
    P("- Recourir au circuit court pour les approvisionnements, en limitant les intermédiaires.",
      [AL], notes="Circuit court alimentaire.")
    P("- Exiger une traçabilité claire des produits alimentaires.",
      [AL], notes="Traçabilité alimentaire.")
    P("- Limiter les déplacements et privilégier les véhicules à faible émission pour réduire les émissions de CO₂.",
      [E], notes="Véhicules à faible émission, CO2.")
    P("- Prévoir des pénalités pour le non-respect des engagements en termes de développement durable.",
      [E, G], notes="Développement durable au sens large; pénalités et suivi d'exécution (gouvernance?).", ambiguous=True)
    P("- Pondération supplémentaire pour les offres comprenant une part plus importante de produits durables et bio.",
      [AL], notes="Critère d'attribution: produits durables et bio.")

    S("http://acheteurdurable.com/fiches/prestation-de-restauration-collective", "Prestation de restauration collective (acheteurdurable.com, fiche)")
    P("La restauration collective est une branche industrielle qui a pour activité de servir des repas hors domicile.",
      [AL], notes="Restauration collective (définition, sans qualification durable).", ambiguous=True)
    P("Dans ce domaine, contrairement à ce qui se passe avec la restauration commerciale, le client ne paie pas le prix réel, une grande partie du coût étant assuré par l'employeur ou l'institution.",
      [AL], notes="Économie de la restauration collective (par le contexte).", ambiguous=True)
    P("Les maisons de retraites et centres de soins, hôpitaux, écoles ont des responsabilités supplémentaires en raison des risques particuliers de TIAC (Toxi-Infections Alimentaires Collectives) ou d'intoxication.",
      [AL, SA], notes="Risques sanitaires alimentaires (toxi-infections).")
    P("Les enjeux et leviers durables portent sur l’ensemble du cycle de vie de la prestation",
      [E], notes="Enjeux durables, cycle de vie.", ambiguous=True)
    P("a) Réduire les impacts de l’agriculture, de l’élevage intensif et de la surpêche sur l’environnement et la santé humaine a1) En limitant l’utilisation des pesticides a2) En bannissant les Organismes Génétiquement Modifiés (OGM), conformément au principe de précaution a3) En privilégiant les produits issus de l’agriculture biologique",
      [AL, E, SA, BIO], notes="Environnement, santé humaine, pesticides (biodiversité, convention de la taxonomie), agriculture biologique.")
    P("a4) En évitant la consommation de produits carnés à outrance a5) En ne consommant pas d’espèces marines protégées a6) En favorisant un approvisionnement local",
      [AL, BIO], notes="Produits carnés, espèces marines protégées (biodiversité), approvisionnement local alimentaire.")
    P("b) Réduire la pollution due à la consommation de fruits et légumes hors saison en privilégiant les fruits et légumes de saison",
      [AL, E], notes="Pollution, fruits et légumes de saison.")
    P("Les fruits et légumes qui ne sont pas de saison viennent parfois de l'autre bout de la terre.",
      [AL], notes="Saisonnalité des fruits et légumes.", ambiguous=True)
    P("Leur transport est polluant et ils doivent être traités pour résister au voyage.",
      [AL, E], notes="Transport polluant des aliments.")
    P("Si ce sont des produits locaux, cela signifie qu'ils ont été cultivés sous serre, ce qui implique l’utilisation de matériaux de construction et peut être de chauffage.",
      [AL, EN], notes="Produits locaux sous serre; chauffage (énergie?).", ambiguous=True)

    S("https://clausesociale77.org/interview-monsieur-f-entreprise-eiffage-gc/", "INTERVIEW – Monsieur F. – ENTREPRISE EIFFAGE GC (clausesociale77.org)")
    P("1 - Depuis combien de temps appliquez-vous la clause ? Sur combien de chantier(s) ?",
      [CS], notes="Question sur la clause (sociale, par la page).", ambiguous=True)
    P("C’est le 3ème chantier sur lequel j’applique la clause sociale.",
      [CS], notes="Clause sociale.")
    P("Pour le 1er chantier (remplacement d’un passage à niveau par un pont-rail), pour lequel il y avait environ 4000 H d’insertion.",
      [CS], notes="Heures d'insertion.")
    P("La principale problématique de ce chantier était la mobilité des candidats.",
      [CS], notes="Candidats en insertion (par le contexte).", ambiguous=True)
    P("Pour un des candidats qui a réalisé un parcours de 13 mois, il lui a été proposé de poursuivre, en mission d’intérim, sur un autre chantier.",
      [CS], notes="Parcours d'insertion (par le contexte).", ambiguous=True)
    P("Pour le 2nd chantier (construction d’un château d’eau de 45 m de hauteur), pour lequel il y avait environ 4000 H d’insertion, un jeune a travaillé sur un poste de manœuvre pendant un mois.",
      [CS], notes="Heures d'insertion.")
    P("A la suite de cette première étape, au vue de sa capacité d’adaptation et de sa motivation, il lui a été proposé un poste de coffreur sur l’outil le plus spécifique du chantier, et ce jusqu’à la fin du projet.",
      [CS], notes="Parcours d'un bénéficiaire de la clause (par le contexte).", ambiguous=True)
    P("Pour le 3ème chantier, construction du Centre aquatique de Champs-sur-Marne, avec environ 14000 h d’insertion, une réflexion sur un autre type de profil a été menée et aboutie à la création du poste de l’assistante administrative de chantier.",
      [CS], notes="Heures d'insertion; poste d'assistante administrative (pas d'égalité femmes-hommes nommée).")
    P("Un poste important sur le chantier, qui permet d’avoir un appui et un suivi au plus proche de la réalité du chantier.",
      [CS], notes="Poste créé au titre de la clause (par le contexte).", ambiguous=True)
    P("A ce jour, pour l’encourager, la valorisation de son salaire est à l’étude !",
      [CS], notes="Bénéficiaire de la clause (par le contexte); salaire.", ambiguous=True)

    S("http://www.happychicgroup.com/fr/blog/blog/lorem-ipsum/", "L’achat responsable, c’est possible ! (Happychic, blog)")
    P("L’achat responsable, c’est possible !",
      [E], notes="Titre: achat responsable au sens large → environnement (convention).", ambiguous=True)
    P("Lancer une démarche d’achats responsables, c’est avant tout : des convictions et un bon accompagnement.",
      [E], notes="Démarche d'achats responsables au sens large.", ambiguous=True)
    P("Eric Boespflug, Consultant en Achats Responsables raconte l’accompagnement de notre groupe dans cette démarche.",
      [E], notes="Achats responsables au sens large (accompagnement d'une démarche).", ambiguous=True)
    P("J’ai fait la connaissance du groupe à l’occasion du lancement des ateliers organisées en 2006 par Alliances sur le thème des achats responsables.",
      [E, G], notes="Ateliers sur les achats responsables (formation, animation d'un réseau: gouvernance?).", ambiguous=True)
    P("A cette époque, Jules venait juste d’adhérer à l’Initiative Clause Sociale (NB : initiative qui fédère les acteurs de la grande distribution autour des questions relatives à la RSE dans les chaines d’approvisionnement).",
      [CT, E], notes="Initiative Clause Sociale (audits sociaux des chaînes d'approvisionnement: conditions de travail); RSE. Pas une clause d'insertion.", ambiguous=True)
    P("Le sujet des achats responsables commençait juste à émerger … mais ne bénéficiait pas encore de la montée en puissance qu’il connait aujourd’hui.",
      [E], notes="Achats responsables au sens large.", ambiguous=True)
    P("J’ai animé les ateliers de formation achats responsables d’Alliances.",
      [E, G], notes="Formation aux achats responsables (gouvernance, convention du set 4).", ambiguous=True)
    P("La démarche engagée ne vise pas seulement à auditer / évaluer les fournisseurs.",
      [G], notes="Audit et évaluation des fournisseurs (suivi).", ambiguous=True)
    P("Cet engagement mutuel, cette combinaison de la responsabilité sociale et de la performance économique, c’est la clé du succès !",
      [CS], notes="Responsabilité sociale au sens large.", ambiguous=True)

    S("http://www.pressreader.com/france/courrier-cadres/20180119/282007558097154", "Objectif responsable : Achetez durable ! (Courrier Cadres, sur PressReader)")
    P("Objectif responsable : Achetez durable !",
      [E], notes="Titre: achats durables au sens large → environnement.", ambiguous=True)
    P("Les achats sont une bonne porte d’entrée pour intégrer le développement durable dans une entreprise.",
      [E], notes="Développement durable au sens large.", ambiguous=True)
    P("Une fois lancé dans cette démarche, les bénéfices sont multiples : économie, innovation et éthique.",
      [E], notes="Démarche d'achats durables (pronom); l'innovation est un bénéfice, pas un achat innovant.", ambiguous=True)
    P("Et que pour le récolter, le gouvernement donne lieu à du travail forcé massif et même à du travail d’enfants”, interpelle Élise Lucet, devant les caméras de Cash Investigation*, alors que l’ex-PDG de Carrefour tient l’Assemblée générale du groupe.",
      [CT], notes="Travail forcé et travail des enfants dans la chaîne d'approvisionnement.")
    P("La scène, partagée et commentée à foison, notamment sur les réseaux sociaux, prouve que les consommateurs portent une oreille attentive à ce type de sujet et sont prêts à s’indigner.",
      [CT], notes="« ce type de sujet » = travail forcé dans la chaîne d'approvisionnement (par le contexte).", ambiguous=True)
    P("Mais pas besoin d’être sur un marché “sensible” ou une grande entreprise pour s’intéresser aux achats durables.",
      [E], notes="Achats durables au sens large.", ambiguous=True)
    P("On peut mettre des critères environnementaux sur toutes les catégories de produits”, confirme Dominique Veuillet, chargée de mission achats responsables pour l’Ademe (Agence de l’environnement et de la maîtrise de l’énergie).",
      [E], notes="Critères environnementaux; « maîtrise de l'énergie » n'est que le nom de l'agence.")
    P("La démarche peut concerner les produits que vous vendez, mais aussi tous ceux que vous utilisez au quotidien, comme les produits de bureautique.",
      [E], notes="Démarche d'achats durables (par le contexte).", ambiguous=True)
    P("Chez Air France, la démarche durable en ce qui concerne les achats date d’une dizaine d’années.",
      [E], notes="Démarche d'achats durables.", ambiguous=True)
    P("Nous sommes quand même dans un secteur relativement sensible à tout ce qui est composant et impact sur l’environnement”.",
      [E], notes="Impact sur l'environnement.")

    S("https://franck-martin.com/les-achats-ethiques-une-conviction-ou-une-opportunite", "Les achats éthiques : une conviction ou une opportunité ? (Franck Martin, blog)")
    P("Cette semaine, j’ai assisté à un webinaire sur la responsabilité sociétale et les stratégies achats.",
      [E], notes="Responsabilité sociétale au sens large → environnement (convention).", ambiguous=True)
    P("2- Puis surtout comment réduire un impact environnemental fort, induit par des commandes, pour partie livrées depuis l’autre côté de la planète, ou encore des rebuts de matières achetées et mal recyclées…",
      [E, CE], notes="Impact environnemental; rebuts et recyclage.")
    P("Ici, je parle principalement des achats éthiques, que ce soit en sélectionnant nos fournisseurs respectant au moins les normes de l’organisation internationale du travail ou encore par exemple le non-recours au travail des enfants…",
      [CT], notes="Normes de l'OIT, travail des enfants.")
    P("Sur ce point de vue-là, au moins quand je supervisais les achats stratégiques, je n’ai jamais eu à me reprocher des choix uniquement économiques au détriment de l’humain.",
      [CT], notes="Achats éthiques (par le contexte: droits des travailleurs).", ambiguous=True)
    P("Venons-en maintenant à l’impact environnemental.",
      [E], notes="Impact environnemental.")
    P("Ceux qui me connaissent un peu savent à quel point le respect de notre environnement naturel me tient à cœur.",
      [E], notes="Environnement naturel (pas la biodiversité nommée).", ambiguous=True)
    P("Aujourd’hui je suis plus congruent et aligné dans mes comportements : le moins de déplacement possible, l’achat en circuit court, etc.",
      [E, AL], notes="Moins de déplacements (carbone); achat en circuit court (alimentaire?).", ambiguous=True)
    P("Par contre, environnementalement parlant aujourd’hui, notre civilisation est au bord du dépôt de bilan climatique.",
      [E], notes="Climat.")

    S("https://rts.ch/info/regions/vaud/10767569-la-ville-de-lausanne-part-en-guerre-contre-les-perturbateurs-endocriniens.html", "La Ville de Lausanne part en guerre contre les perturbateurs endocriniens (RTS)")
    P("Ces agents chimiques qui agissent sur l'équilibre hormonal peuvent se trouver dans les jouets, les meubles, les cosmétiques ou encore les produits de nettoyage.",
      [SA], notes="Perturbateurs endocriniens (agents chimiques) dans les produits: santé.")
    P("Lausanne est la première ville à fournir certains outils pratiques destinés aux professionnels de la petite enfance, un âge particulièrement sensible aux perturbateurs endocriniens.",
      [SA], notes="Perturbateurs endocriniens, petite enfance.")
    P("Pour limiter les risques de dysfonctionnements hormonaux, les collaborateurs des crèches recevront un guide pour acquérir certains réflexes.",
      [SA], notes="Risques hormonaux (santé).")
    P("Les conseils pour limiter l'exposition aux perturbateurs endocriniens vont de l'aération régulière de la salle de repos aux plastiques à éviter dans les fours à micro-ondes, en passant par certains désinfectants à éliminer.",
      [SA], notes="Exposition aux perturbateurs endocriniens, désinfectants.")
    P("Mais plusieurs endocrinologues ou épidémiologistes pensent que la baisse de la fertilité chez l'homme, l'augmentation de la puberté précoce et même l'obésité sont liées à ces perturbateurs endocriniens\", souligne l'écotoxicologue Nathalie Chèvre.",
      [SA], notes="Effets sur la santé.")
    P("Beaucoup sont des plastifiants, comme le bisphénol A, il y a aussi les phtalates dans les plastiques mous.",
      [SA], notes="Substances (perturbateurs endocriniens, par le contexte).", ambiguous=True)
    P("On en voit également dans les retardateurs de flammes, tout ce qu'on trouve dans les textiles, les tapis.",
      [SA], notes="Substances (pronom), par le contexte.", ambiguous=True)
    P("Selon Nathalie Chèvre, on ne peut pas éliminer complètement les perturbateurs endocriniens, mais limiter leur exposition.",
      [SA], notes="Exposition aux perturbateurs endocriniens.")

    S("https://50-50magazine.fr/2011/05/04/allez-les-filles-toutes-dans-le-batiment", "Mixité professionnelle : une utopie ? Allez les filles, toutes dans le bâtiment ! (50-50 Magazine)")
    P("Mixité professionnelle : une utopie ? Allez les filles, toutes dans le bâtiment !",
      [EFH], notes="Titre: mixité professionnelle, femmes dans le bâtiment.")
    P("Le BTP courtise les femmes, et pas pour leurs beaux yeux.",
      [EFH], notes="Recrutement de femmes dans le BTP.")
    P("D’après la Fédération française du bâtiment (FFB), dans les années à venir le secteur devra recruter entre 80 000 et 100 000 personnes pour faire face au renouvellement des effectifs et à l’accroissement des marchés relatifs au développement durable…",
      [E, EFH], notes="Marchés du développement durable (sens large); recrutement de femmes par le contexte.", ambiguous=True)
    P("Alors pas question de se priver de 50 % des compétences de la société française.",
      [EFH], notes="Les femmes (par le contexte).", ambiguous=True)
    P("En 2009, 11 % de femmes travaillent dans le bâtiment (9 % en 2004).",
      [EFH], notes="Part des femmes dans le bâtiment.")
    P("De 2004 à 2009, les effectifs de femmes occupant des postes de techniciennes et administratifs sont passées de 40 à 47 %, les cadres de 7,5 à 15 % et seulement de 1,4 à 1,6 % pour les ouvrières.",
      [EFH], notes="Effectifs féminins par catégorie.")
    P("Des progrès en 5 ans, mais les préjugés ont la vie longue.",
      [EFH], notes="Préjugés sur les femmes dans le bâtiment (par le contexte).", ambiguous=True)
    P("Beaucoup d’a priori chez les hommes, et des femmes qui pensent que les métiers du BTP ne sont pas faits pour elles…",
      [EFH], notes="Stéréotypes de genre sur les métiers du BTP.")
    P("Pour pallier le manque de main-d’œuvre et redorer l’image de marque du bâtiment en matière de mixité, la Fédération française du bâtiment (FFB) entreprend depuis plus de 10 ans des actions en vue d’ouvrir les métiers du secteur au sexe féminin.",
      [EFH], notes="Mixité, ouverture des métiers aux femmes.")
    P("Communication, médiatisation d’expériences d’entreprises qui ont recruté des femmes, partenariats avec les délégations des droits des femmes, concours pour primer les entreprises qui ont choisi la mixité, création de vêtements spécifiques…",
      [EFH], notes="Actions pour la mixité.")

    S("https://wikipower.fr/blog/2022/01/31/article-paru-dans-la-voix-du-nord", "Article paru dans La Voix du Nord : Comines, quand le prix de l’électricité négocié en achat groupé explose malgré tout (Wikipower, blog)")
    P("Comines : quand le prix de l’électricité négocié en achat groupé explose malgré tout",
      [EN], notes="Achat groupé d'électricité, prix.")
    P("La ville de Comines, via son CCAS, avec Wikipower comme prestataire, avait proposé à ses habitants de profiter de tarifs avantageux en matière d’énergie, grâce à l’achat groupé.",
      [EN], notes="Achat groupé d'énergie.")
    P("Sur les quelque 350 pré-inscriptions, une petite centaine avait choisi, à l’été dernier de se lancer, avec 11 % d’économie pour l’électricité, plus de 18 % pour le gaz sur les tarifs réglementés en vue.",
      [EN], notes="Économies sur l'électricité et le gaz.")
    P("Pour l’électricité, c’est le fournisseur Mega-énergie qui avait remporté la mise garantissant un tarif inférieur au tarif réglementé pendant trois ans.",
      [EN], notes="Fourniture d'électricité.")
    P("Alors, quand ils reçoivent un courrier le 22 décembre annonçant une hausse unilatérale des tarifs, c’est l’incompréhension, et même plus avec une hausse avoisinant le double du prix du kWh.",
      [EN], notes="Hausse du prix du kWh.")
    P("« On n’a pas de chance, la première fois qu’on lance l’action, cela tombe dans un contexte où les prix s’envolent », explique Élise Canion, adjointe à la transition écologique.",
      [EN], notes="Prix de l'énergie (par le contexte); « transition écologique » n'est que le titre de l'élue.", ambiguous=True)
    P("« C’est la première fois en dix ans que l’on voit un fournisseur augmenter ses prix en cours de route », assure-t-il, plus de 300 actions d’achat groupé au compteur.",
      [EN], notes="Fournisseur d'énergie (par le contexte).", ambiguous=True)
    P("« Les tarifs sur les marchés de l’énergie ont explosé, ça fragilise les fournisseurs, poursuit le spécialiste.",
      [EN], notes="Marchés de l'énergie.")

    S("https://flarr.fr/article-58-loi-agec/", "L’Article 58 de la Loi AGEC : Une Révolution pour l’Achat Public de Mobilier Durable (Flarr)")
    P("L’Article 58 de la Loi AGEC : Une Révolution pour l’Achat Public de Mobilier Durable",
      [CE], notes="Titre: loi AGEC (économie circulaire), mobilier durable.")
    P("Depuis l’entrée en vigueur de la loi Anti-Gaspillage pour une Économie Circulaire (AGEC), les marchés publics doivent s’adapter à de nouvelles obligations en matière d’achats responsables.",
      [CE], notes="Loi AGEC, économie circulaire; achats responsables au sens large.")
    P("L’un des dispositifs phares de cette loi, l’article 58, impose une part minimale d’achats de mobilier en réemploi, en upcycling ou de seconde main dans les marchés publics.",
      [CE], notes="Mobilier de réemploi.")
    P("L’article 58 de la loi AGEC s’inscrit dans une volonté de réduction des déchets et de valorisation des ressources existantes.",
      [CE], notes="Réduction des déchets.")
    P("• Au moins 20 % du mobilier acquis dans le cadre des marchés publics doivent être issus du réemploi, du recyclage, du surcyclage (upcycling) ou du seconde main.",
      [CE], notes="Part de mobilier de réemploi ou recyclé.")
    P("• Cette obligation s’applique à toutes les entités publiques concernées par les marchés publics : collectivités, administrations, établissements scolaires et universitaires, hôpitaux, etc.",
      [CE], notes="Obligation de réemploi (par le contexte).", ambiguous=True)
    P("1. Réduire l’empreinte environnementale des marchés publics en limitant la consommation de matières premières et en favorisant la réutilisation.",
      [E, CE], notes="Empreinte environnementale, réutilisation.")
    P("2. Dynamiser l’économie circulaire en structurant un marché pour le mobilier de seconde vie, notamment via des entreprises spécialisées dans le réemploi et l’upcycling.",
      [CE], notes="Économie circulaire, mobilier de seconde vie.")
    P("L’article 58 englobe une large catégorie de mobilier professionnel, notamment :",
      [CE], notes="Champ de l'obligation de réemploi (par le contexte).", ambiguous=True)

    S("https://www.novatice.com/index.php/2025/12/11/comment-le-reconditionnement-et-lopen-source-transforment-le-numerique-public", "Comment le reconditionnement et l’open source transforment le numérique public ? (Novatice)")
    P("Comment le reconditionnement et l’open source transforment le numérique public ?",
      [NUM, CE], notes="Reconditionnement et logiciels libres dans le numérique public.")
    P("Les collectivités locales, médiathèques et espaces publics numériques sont confrontées à une triple urgence : budgétaire, écologique et numérique.",
      [NUM, E], notes="Urgence écologique et numérique.", ambiguous=True)
    P("Remplacer les équipements tous les 3 à 5 ans coûte cher, génère des déchets électroniques et alourdit le bilan carbone.",
      [NUM, CE, E], notes="Renouvellement des équipements (numériques, par le contexte), déchets électroniques, bilan carbone.")
    P("Face à cette réalité, deux solutions se démarquent : reconditionner le matériel existant et adopter des logiciels open source.",
      [NUM, CE], notes="Reconditionnement, logiciels libres.")
    P("Ces stratégies permettent non seulement de réduire les coûts, mais aussi de prolonger la durée de vie des équipements, renforcer la souveraineté numérique et améliorer la durabilité des services publics.",
      [NUM, CE], notes="Durée de vie des équipements, souveraineté numérique.")
    P("Avant d’explorer les solutions, il est crucial de comprendre l’impact écologique du matériel neuf.",
      [NUM, E], notes="Impact écologique du matériel (numérique, par la page).", ambiguous=True)
    P("70 % à 80 % de l’empreinte carbone des ordinateurs provient de leur phase de fabrication, transport et assemblage.",
      [NUM, E], notes="Empreinte carbone des ordinateurs.")
    P("• En 2024, 2,7 millions d’ordinateurs et 1,6 million de smartphones ont été traités par des ateliers de reconditionnement.",
      [NUM, CE], notes="Reconditionnement d'équipements numériques.")
    P("• Selon l’ADEME, les équipements reconditionnés permettent de réduire l’impact environnemental de 43 à 97 % par rapport au neuf.",
      [NUM, CE, E], notes="Équipements reconditionnés, impact environnemental.")
    P("Le logiciel libre contribue à maîtriser les coûts, prolonger la durée de vie du matériel et améliorer la sécurité.",
      [NUM], notes="Logiciel libre, durée de vie du matériel.")

    S("https://www.lafabriquedescastors.com/blog/commerce-equitable-entreprise", "Tout savoir sur le commerce équitable en entreprise (La Fabrique des Castors, blog)")
    P("Tout savoir sur le commerce équitable en entreprise",
      [CEQ], notes="Titre: commerce équitable.")
    P("À l’occasion de la quinzaine du commerce équitable qui se tiendra du 9 au 22 mai, intégrons ce mode de consommation dans notre quotidien en entreprise !",
      [CEQ], notes="Quinzaine du commerce équitable.")
    P("Le commerce équitable repose sur une organisation des échanges visant à équilibrer le rapport producteur / consommateur entre les pays développés et les pays en développement. ⚖️",
      [CEQ], notes="Définition du commerce équitable.")
    P("Découvrez les rouages du commerce équitable et avoir quelques conseils pour l’intégrer dans votre vie en entreprise.",
      [CEQ], notes="Commerce équitable.")
    P("Un label équitable est un gage de confiance pour le consommateur.",
      [CEQ], notes="Label équitable.")
    P("Il décline les critères du commerce équitable en engagements précis (cahiers des charges transparents en accès public sur leurs sites internet) et organisent des contrôles sur la mise en œuvre, faisant intervenir des contrôles externes.",
      [CEQ], notes="Critères du commerce équitable.")
    P("Ce label est axé autour de l'organisation des communautés paysannes et demande aux acheteurs de s'engager durablement avec les producteurs.",
      [CEQ], notes="Label SPP (commerce équitable, par le contexte).", ambiguous=True)

    S("https://www.beci.be/2018/10/29/commerce-equitable-lengagement-des-entreprises/", "Commerce équitable : l’engagement des entreprises (BECI)")
    P("Commerce équitable : l’engagement des entreprises",
      [CEQ], notes="Titre: commerce équitable.")
    P("« It’s trade, not aid ! » Fairtrade et tous les acteurs du commerce équitable en sont convaincus : le commerce est un formidable instrument de développement et peut contribuer à la lutte contre les inégalités économiques et sociales.",
      [CEQ], notes="Commerce équitable, Fairtrade.")
    P("Selon le système Fairtrade, les agriculteurs dans les pays du sud s’organisent en coopératives et en réseaux de producteurs locaux.",
      [CEQ], notes="Système Fairtrade.")
    P("Le système Fairtrade garantit également un prix minimum et une prime.",
      [CEQ], notes="Prix minimum Fairtrade.")
    P("Fairtrade Belgium œuvre à sensibiliser les consommateurs et travaille en collaboration étroite avec des compagnies belges et des partenaires commerciaux qui ont la possibilité de changer la norme.",
      [CEQ], notes="Fairtrade Belgium.")
    P("Parmi elle, Sodexo propose une large gamme de produits issus du commerce équitable depuis bientôt dix ans.",
      [CEQ], notes="Produits du commerce équitable (restauration collective, sans aliment durable nommé).")
    P("« Sodexo souhaite aider ses clients à instaurer une alimentation durable sur base de différents critères comme la santé, l’agriculture durable, respect du bien-être animal, sans oublier l’aspect social.",
      [AL, SA], notes="Alimentation durable; santé comme critère (santé?).", ambiguous=True)
    P("Ce dernier critère se traduit sur le terrain, entre autres en proposant un assortiment de produits issus du commerce équitable », explique Jonathan Martens, Corporate Responsability Manager Sodexo.",
      [CEQ], notes="Produits du commerce équitable.")

    S("https://ytera.eu/articles/territoire-observatoire-commande-publique-opc", "Territoire : observatoire de la commande publique (Ytera, référence client)")
    P("L'Agglomération, les principales communes, le CCAS, le Centre Hospitalier, le bailleur social ... partagent une ambition commune : Faire de la commande publique un outil de politiques publiques, au service du territoire.",
      [G], notes="Stratégie partagée de commande publique (gouvernance); « au service du territoire » sans PME nommées.", ambiguous=True)
    P("Des objectifs mesurables sont fixés sur les dimensions Sociale, Environnementale et Economique.",
      [G, E, CS], notes="Objectifs mesurables (suivi); dimensions environnementale et sociale au sens large.", ambiguous=True)
    P("Un objectif de recours accru aux PME et aux opérateurs locaux est notamment poursuivi.",
      [PME], notes="Recours aux PME et opérateurs locaux.")
    P("Les donneurs d'ordres, réunis en un Groupe Projet, piloté par les Élus du territoire, souhaitent disposer d'une vision individualisée mais aussi consolidée de leurs achats pour :",
      [G], notes="Groupe projet piloté par les élus, vision consolidée des achats.")
    P("- Identifier les segments sur lesquels engager des actions mutualisées, notamment au regard des objectifs du SPASER",
      [G], notes="Objectifs du SPASER, actions mutualisées.")
    P("- Mesurer et promouvoir la contribution de la Commande publique aux politiques publiques définies à l’échelle du territoire (ex: taux de recours à des opérateurs économiques \"locaux\")",
      [G, PME], notes="Mesure (indicateur) du recours aux opérateurs locaux.")
    P("Préalable à la mise en œuvre d’indicateurs de pilotage pérennes.",
      [G], notes="Indicateurs de pilotage.")
    P("3) Offrir une cartographie exhaustive et dynamique de la commande publique sur le territoire (+700 M€)",
      [G], notes="Cartographie des achats (observatoire, suivi).", ambiguous=True)
    P("4) Formuler des recommandations et faciliter la mise en place de stratégies d’achat sur les segments à enjeux (ateliers de travail pour mutualisation des compétences, partage de bonne pratiques, définition de clauses sociales et environnementales, etc.).",
      [G, CS, E], notes="Stratégies d'achat; clauses sociales et environnementales.")

    S("https://france.makesense.org/media/plan-national-pour-des-achats-durables-favoriser-le-deploiement-de-politiques-dachats-responsables-en-developpant-lentraide-entre-acheteurs-publics/", "Favoriser le déploiement de politiques d’achats responsables en développant l’entraide entre acheteurs publics (makesense)")
    P("Favoriser le déploiement de politiques d’achats responsables en développant l’entraide entre acheteurs publics",
      [G, E], notes="Politiques d'achats responsables (gouvernance), réseau d'entraide; achats responsables au sens large.", ambiguous=True)
    P("Depuis le 1er janvier 2023, le seuil pour établir un Schéma de Promotion des Achats Socialement et Écologiquement Responsables (SPASER) est abaissé à 50 M€ de budget annuel.",
      [G], notes="Seuil d'obligation du SPASER.")
    P("Plus de 300 collectivités territoriales sont concernées par cette obligation : une opportunité unique pour faire de la commande publique un levier pour la transition écologique et sociale.",
      [G, E], notes="Obligation de SPASER (par le contexte); transition écologique.", ambiguous=True)
    P("Dans la foulée, le Commissariat Général au Développement Durable, pilote du Plan national pour des achats durables #PNAD décide de lancer un programme pour diffuser les clés de succès et faciliter les premiers pas à la mise en œuvre du SPASER.",
      [G], notes="PNAD, programme d'accompagnement des SPASER.")
    P("Naturellement, quand on parle de collectifs engagés, makesense n’est jamais loin - mais pour ce qui est de l’expertise achats durables, nous avons choisi de travailler main dans la main avec l’Agence des Economies Solidaires (AES).",
      [E], notes="Achats durables au sens large; le nom de l'agence ne fait pas un passage ESS.", ambiguous=True)
    P("Parce qu’on a pas tous les jours l’occasion de jeter un œil aux coulisses de la création d’une communauté nationale de partage de bonnes pratiques, nous avons voulu vous raconter cette riche expérience qui a occupé nos équipes pendant plusieurs mois.",
      [G], notes="Communauté nationale d'acheteurs (réseau, gouvernance).", ambiguous=True)
    P("Avant de proposer un dispositif d’acculturation aux acheteurs de la commande publique, nous avions besoin de prendre le poul de la communauté “achats” du territoire Français.",
      [G], notes="Acculturation (formation) des acheteurs.", ambiguous=True)

    S("https://consoglobe.com/reportage-video-ecodair-ordinateurs-cg", "Reportage : Ecodair, des ordinateurs reconditionnés (consoGlobe)")
    P("Et si, en plus de faire plaisir, vous faisiez un geste environnemental et social, en achetant du matériel de seconde main reconditionné par des personnes en situation de handicap psychique ?",
      [NUM, CE, MR, E], notes="Matériel (informatique, par la page) reconditionné; travailleurs handicapés (structure du handicap?); geste environnemental.", ambiguous=True)
    P("C’est ce que permet l’entreprise sociale Ecodair.",
      [ESS], notes="Entreprise sociale (ESS?).", ambiguous=True)
    P("Un ordinateur reconditionné : un geste social et environnemental",
      [NUM, CE], notes="Ordinateur reconditionné.")
    P("C’est le moment où est parue la réglementation sur le recyclage des déchets d’équipements électriques et électroniques (D3E) qui impose le recyclage et le réemploi de ces équipements polluants.",
      [CE, NUM], notes="Recyclage et réemploi des D3E (équipements électroniques).", ambiguous=True)
    P("Ils sont désormais 95, la majorité en situation de handicap, à se répartir dans les différents ateliers des trois sites de l’entreprise (à Paris, Aubervilliers et Marseille).",
      [MR], notes="Salariés handicapés d'une entreprise du secteur adapté (handicap; pas de marché réservé nommé).", ambiguous=True)
    P("Leur activité consiste à remettre en état des ordinateurs fixes ou portables récupérés auprès d’entreprises, d’associations ou de particuliers qui n’en ont plus l’usage.",
      [NUM, CE], notes="Reconditionnement d'ordinateurs.")
    P("Une deuxième vie pour 45.000 ordinateurs",
      [NUM, CE], notes="Seconde vie des ordinateurs.")
    P("Les ordinateurs, qui ont en moyenne quatre ans de vie, sont reconditionnés.",
      [NUM, CE], notes="Ordinateurs reconditionnés.")
    P("Ils sont testés, réparés, équipés des logiciels de bureautique et de navigation sur Internet, nettoyés, puis remis en boîte avant d’être revendus sur le site Internet de l’entreprise ou directement dans sa boutique-atelier à Paris.",
      [NUM, CE], notes="Réparation et revente des ordinateurs (pronom).", ambiguous=True)
    P("Au total, ce sont aujourd’hui environ 45.000 ordinateurs qui sont remis dans le circuit de distribution chaque année.",
      [NUM, CE], notes="Ordinateurs remis en circulation (réemploi).")

    S("https://gueules-des-bois.fr/pourquoi-choisir-du-bois-local", "Pourquoi choisir du bois local ? (Gueules des Bois)")
    P("Que votre projet porte sur la construction d’un bâtiment neuf, la rénovation d’une maison, l’aménagement intérieur ou extérieur de votre habitat, privilégier le circuit court en choisissant des essences locales devient incontournable.",
      [PME, BIO], notes="Circuit court du bois (approvisionnement local); essences locales (biodiversité, selon la taxonomie).", ambiguous=True)
    P("Que vous soyez un particulier ou un professionnel, mobiliser le bois des forêts proches de chez vous est une façon de limiter son empreinte carbone, réduire l’impact humain sur l’environnement et dynamiser l’emploi et l’économie français.",
      [E, PME], notes="Empreinte carbone, environnement; bois local et économie locale.")
    P("Les équipements publics en bois local présentent de nombreux avantages et traduisent une politique engagée en faveur de l’environnement et du développement durable.",
      [PME, E], notes="Bois local dans les équipements publics; environnement.")
    P("maintien et valorisation des savoir-faire régionaux ;",
      [PME], notes="Savoir-faire régionaux (économie locale), par la liste.", ambiguous=True)
    P("utilisation et valorisation des ressources locales ;",
      [PME], notes="Ressources locales, par la liste.", ambiguous=True)
    P("création d’emplois et valorisation de la filière bois ;",
      [PME], notes="Emplois de la filière bois locale (par la liste).", ambiguous=True)
    P("diminution des matériaux fossiles ;",
      [E], notes="Moins de matériaux fossiles (environnement?).", ambiguous=True)
    P("limitation de l’impact carbone due aux déplacements ;",
      [E], notes="Impact carbone des transports.")

    S("http://ressourceriespaca.fr/index.php/quest-ce-que-cest", "Qu’est-ce que c’est ? (Ressourceries PACA)")
    P("Les Ressourceries sont des structures adhérentes au Réseau des Ressourceries.",
      [CE], notes="Ressourceries (réemploi).", ambiguous=True)
    P("Leur cœur de métier est la réduction des déchets par le réemploi/réutilisation, en amont du recyclage.",
      [CE], notes="Réduction des déchets, réemploi.")
    P("Outil de prévention des déchets, la Ressourcerie gère sur un territoire donné un centre de récupération et de valorisation des déchets, et mène des actions sensibilisation auprès des habitants.",
      [CE], notes="Prévention et valorisation des déchets.")
    P("Son activité est inscrite dans le schéma de prévention et de gestion des déchets du territoire.",
      [CE], notes="Schéma de prévention des déchets.")
    P("Elle met en œuvre 4 fonctions (collecte, valorisation, vente et sensibilisation) et permet la création d’emplois locaux.",
      [CE], notes="Fonctions de la ressourcerie; emplois locaux (pas des PME).", ambiguous=True)
    P("La collecte est multi-flux et non écrémante.",
      [CE], notes="Collecte (des objets et déchets, par le contexte).", ambiguous=True)
    P("Les Ressourceries collectent des biens d’équipement usagés, des déchets ménagers de type encombrant et parfois des déchets non dangereux des activités économiques.",
      [CE], notes="Collecte de biens usagés et de déchets.")
    P("Dans leur offre de service, certaines structures proposent la collecte de mobiliers et DEEE auprès des professionnels.",
      [CE], notes="Collecte de mobilier et de DEEE.")
    P("Les contrats de collecte sont formalisés entre les collectivités et la Ressourcerie.",
      [CE], notes="Contrats de collecte (réemploi, par le contexte).", ambiguous=True)
    P("- En porte à porte : les techniciens collectent les encombrants sur la voie publique selon le mode opératoire défini par la collectivité partenaire ou cliente.",
      [CE], notes="Collecte des encombrants.")

    S("https://www.tironem.fr/geiq-groupement-employeurs/", "GEIQ : Groupement d’Employeurs pour l’Insertion et la Qualification (Tironem)")
    P("GEIQ : Groupement d’Employeurs pour l’Insertion et la Qualification",
      [CS], notes="Titre: GEIQ (insertion).")
    P("Un groupement d’employeurs est une structure collective réunissant plusieurs entreprises dont l’objectif est de répondre à leurs difficultés de recrutement.",
      [CS], notes="Groupement d'employeurs (d'insertion, par la page).", ambiguous=True)
    P("Il consiste à mettre à la disposition des entreprises adhérentes un ou plusieurs salariés recrutés parmi les publics dits prioritaires.",
      [CS], notes="Publics prioritaires (insertion).")
    P("Pour cela, le groupe organise des parcours d’insertion et de qualification au profit de ces salariés qui présentent des difficultés à accéder à l’emploi.",
      [CS], notes="Parcours d'insertion.")
    P("Les membres d’un Groupement d’Employeurs pour l’Insertion et la qualification sont notamment des entreprises qui présentent des besoins de main d’œuvre mais qui se trouvent dans l’impossibilité d’embaucher des salariés à temps plein sur leurs métiers.",
      [CS], notes="GEIQ (insertion).")
    P("Sous certaines dispositions, les établissements publics et les collectivités territoriales peuvent également adhérer à un GEIQ.",
      [CS], notes="GEIQ (insertion).", ambiguous=True)
    P("Du fait qu’ils organisent les parcours de qualification et d’insertion, les GEIQ relèvent de l’Insertion par l’Activité Economique.",
      [CS], notes="Insertion par l'activité économique.")
    P("Ils se situent alors dans le champ d’application de l’Economie Sociale Solidaire (ESS).",
      [ESS, CS], notes="GEIQ dans le champ de l'ESS.")
    P("Sont concernées par le recrutement dans les GEIQ, les personnes qui présentent des difficultés à accéder à l’emploi.",
      [CS], notes="Personnes éloignées de l'emploi.")
    P("Il s’agit des jeunes sans qualification, des bénéficiaires de minimas sociaux, des demandeurs d’emploi depuis plus d’1 an.",
      [CS], notes="Publics de l'insertion (par le contexte).", ambiguous=True)

    S("http://relaischantiers.eu/la-clause-sociale", "La clause sociale (Relais Chantiers)")
    P("Qu'est-ce que la clause d'insertion ?",
      [CS], notes="Clause d'insertion.")
    P("L’article 30 de l'Ordonnance Marché public du 23 Juillet 2015 impose au pouvoir adjudicataire de définir \"La nature et l'étendue des besoins à satisfaires...en prenant en compte des objectifs de développement durable dans leurs dimensions économique, sociale et environnementale\", dont notamment l’insertion des personnes éloignées de l’emploi.",
      [CS, E], notes="Insertion des personnes éloignées de l'emploi; développement durable au sens large.", ambiguous=True)
    P("L'ordonnance Marché public du 23 Juillet 2015 et le Décret Marché public du 25 Mars 2016 offrent la possibilité de prévoir des conditions sociales dans le cadre de l’exécution d’un marché public.",
      [CS], notes="Conditions d'exécution sociales.")
    P("Ces dispositions traduisent le souci d’intégrer dans le droit de la commande publique des préoccupations citoyennes.",
      [CS], notes="Dispositions sociales (pronom).", ambiguous=True)
    P("Ainsi, le cahier des charges d’un marché public peut fixer des conditions particulières permettant de promouvoir l’emploi de personnes rencontrant des difficultés d’insertion et de lutter contre le chômage.",
      [CS], notes="Emploi des personnes en difficulté d'insertion.")
    P("La collectivité développe ainsi une véritable politique d’achat citoyen sans pour autant méconnaître les exigences du droit de la commande publique et de la concurrence.",
      [CS, G], notes="Politique d'achat (gouvernance?) citoyen (insertion, par le contexte).", ambiguous=True)
    P("Ainsi, en mobilisant l’article 38 de l'Ordonnance, le niveau d’exigence en terme de promotion de l’emploi est fixé par le donneur d’ordre et est traduit en heures de travail, variables suivant la technicité du Lot.",
      [CS], notes="Heures de travail d'insertion.")
    P("Cette exigence constitue une condition d’exécution du marché qui s’impose au titulaire de celui-ci..",
      [CS], notes="Clause d'insertion comme condition d'exécution (pronom).", ambiguous=True)
    P("En mobilisant les articles 52 de l'Ordonnance et 62 du Décret , la collectivité permet aux entreprises soumissionnaires de présenter des offres plus performantes en matière d’insertion, qui seront alors valorisées grâce au critère de « performance en matière d’insertion professionnelle des publics en difficulté ».",
      [CS], notes="Critère d'insertion professionnelle.")

    S("https://pro.orange.fr/lemag/comment-ces-jeunes-pousses-ont-gagne-des-marches-publics-CNT000002fLMg1.html", "Comment ces jeunes pousses ont gagné des marchés publics (Orange Pro, le mag)")
    P("La start-up installée à Toulon, dans le Var, annonce avoir remporté de nouveau un marché public interministériel et va ainsi proposer sa solution de gestion de réseaux sociaux aux ministères, ambassades, académies et, désormais, aux préfectures.",
      [INNO], notes="Start-up titulaire d'un marché public (start-up, selon la taxonomie).", ambiguous=True)
    P("Une grande satisfaction pour la jeune pousse qui travaillait avec l'Etat depuis 2020 et remettait sa couronne en jeu.",
      [INNO], notes="Jeune pousse (start-up) et marché de l'État.", ambiguous=True)
    P("Candidater à un marché public n'est pas toujours une chose aisée pour une start-up.",
      [INNO, PME], notes="Accès des start-up aux marchés publics.", ambiguous=True)
    P("« Nous avions été accompagnés par une personne lors du premier appel d'offres interministériel.",
      [INNO], notes="Start-up face à l'appel d'offres (par le contexte).", ambiguous=True)
    P("A ses yeux, travailler avec ce type d'entité a aidé la start-up à grandir et à asseoir sa crédibilité, y compris auprès des acteurs privés.",
      [INNO], notes="Start-up et acheteurs publics.", ambiguous=True)
    P("Le marché public interministériel représente 13 % des revenus de la start-up.",
      [INNO], notes="Part du marché public dans les revenus d'une start-up.", ambiguous=True)

    S("https://groupe.up.coop/fr/notre-actualite/actualites-groupe-up/faire-appel-aux-entreprises-de-leconomie-sociale-et-solidaire-ess-une-decision-strategique-et-ethique", "Faire appel aux Entreprises de l'Economie Sociale et Solidaire (ESS) : Une décision stratégique et éthique (Groupe Up)")
    P("Faire appel aux Entreprises de l'Economie Sociale et Solidaire (ESS) : Une décision stratégique et éthique",
      [ESS], notes="Titre: achats auprès des entreprises de l'ESS.")
    P("A l’occasion de la semaine des Achats Socialement et Ecologiquement Responsables (ASER), projecteurs sur les entreprises de l'Économie Sociale et Solidaire (ESS), qui jouent un rôle crucial dans la promotion des achats responsables en intégrant des valeurs sociales, environnementales et économiques dans leurs pratiques commerciales.",
      [ESS, E], notes="Entreprises de l'ESS; valeurs environnementales au sens large.", ambiguous=True)
    P("En choisissant les entreprises de l'ESS et en les intégrant dans leur chaîne d’approvisionnement, les entreprises et collectivités attentives à la Responsabilité Sociétale de l’Entreprise (RSE), répondent aux attentes croissantes des consommateurs et des investisseurs en matière de responsabilité, et contribuent activement à la construction d'une société plus équitable et durable.",
      [ESS, E], notes="Achats auprès de l'ESS; RSE au sens large (convention).", ambiguous=True)
    P("Conditions de Travail Équitables : Les entreprises de l'ESS mettent un point d'honneur à offrir des conditions de travail justes et équitables.",
      [ESS, CT], notes="Conditions de travail dans les entreprises de l'ESS.")
    P("Elles respectent les normes de l'Organisation Internationale du Travail (OIT) et s'engagent à lutter contre la discrimination et le travail précaire.",
      [CT, ESS], notes="Normes de l'OIT, travail précaire; « Elles » = entreprises de l'ESS (pronom).", ambiguous=True)
    P("En les sélectionnant comme fournisseurs, les entreprises et collectivités garantissent que les produits et services achetés sont issus de structures respectant les droits des travailleurs.",
      [CT, ESS], notes="Droits des travailleurs; fournisseurs de l'ESS (pronom).", ambiguous=True)
    P("De par leur modèle de gouvernance et leurs choix de gestion axés sur l’humain, les coopératives apportent du sens et participent à une bonne qualité de vie et des conditions de travail (QVCT).",
      [ESS, CT], notes="Coopératives (ESS); qualité de vie et conditions de travail. La gouvernance des coopératives n'est pas celle des achats.")
    P("Inclusion et Emploi : Les entreprises de l'ESS sont souvent engagées dans l'insertion professionnelle des personnes éloignées du marché du travail, comme les personnes en situation de handicap, les chômeurs de longue durée, ou les jeunes sans qualification.",
      [ESS, CS], notes="ESS et insertion professionnelle; personnes handicapées nommées parmi les publics de l'insertion (pas un marché réservé).")

    S("https://www.willagri.com/2019/07/26/les-grands-groupes-sont-peu-regardants-en-matiere-de-deforestation/", "Les grands groupes sont peu regardants en matière de déforestation (WillAgri)")
    P("La plupart des compagnies dont les produits appartiennent à une chaîne d’approvisionnement liée à la forêt ont échoué à faire aboutir leur objectif de « zéro déforestation ».",
      [BIO], notes="Déforestation dans les chaînes d'approvisionnement (taxonomie: déforestation importée).")
    P("Ainsi des acteurs tels que Associated British Foods, The Kraft Heinz Company , Avon, Mondelez, Domino ou Sport Direct sont peu regardants sur l’impact  des matières premières de la filière bois sur leurs affaires.",
      [BIO], notes="Impact des matières premières de la filière bois (déforestation, par le contexte).", ambiguous=True)
    P("A peine 30% de sociétés utilisant des matières premières – biens de consommation, aliments et boissons, etc – fournissent des informations sur la déforestation due à un maillon de leur chaîne d’approvisionnement.",
      [BIO], notes="Déforestation liée aux approvisionnements.")
    P("Quatre activités sont les principales responsables de la déforestation : l’élevage bovin, l’industrie du bois, la production de soja et celle  d’huile de palme.",
      [BIO], notes="Causes de la déforestation.")
    P("L’absence de transparence des sociétés liées à l’exploitation des forêts fait courir un risque majeur à leur réputation.",
      [BIO], notes="Exploitation des forêts (déforestation, par le contexte).", ambiguous=True)
    P("Ainsi 81% des consommateurs européens recherchent des produits non « coupables » de déforestation.",
      [BIO], notes="Produits sans déforestation.")
    P("Les exigences des consommateurs et de certains investisseurs pourraient faire gagner $ 27 milliards en image de marque à la minorité d’entreprises soucieuses de traçabilité de leurs produits et de lutte contre la déforestation.",
      [BIO], notes="Lutte contre la déforestation, traçabilité.")
