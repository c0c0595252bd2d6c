"""Hand-written base contributions of the sample consultation (see README.md).

Each entry: (author pseudonym, author type, title, text). Written for this
project; any resemblance to real contributions is the genre's.
"""

CITOYEN, ASSO, SIAE, SYNDICAT, PME, ELU, ESS = (
    "Citoyen", "Association", "Entreprise de l'ESS / SIAE", "Syndicat", "Entreprise (PME/TPE)",
    "Élu", "Entreprise de l'ESS / SIAE",
)

BASE = [
    # --- clauses sociales, insertion ---
    ("marie.l", CITOYEN, "Insertion", "Je trouve que la ville devrait mettre des clauses d'insertion dans tout les marchés de travaux, pas seulement les gros chantiers. Mon fils a retrouvé du travail grace a une clause sociale sur le tram."),
    ("regie-quartier-nord", SIAE, "Clauses sociales", "En tant que régie de quartier nous constatons que les heures d'insertion sont souvent réalisées en fin de chantier et sur des postes peu qualifiants. Il faudrait exiger des parcours plus longs et un vrai suivi par le facilitateur."),
    ("jp_dupont", CITOYEN, "", "Les clauses sociales c'est bien mais qui controle ? J'ai vu des chantiers où personne ne savait combien d'heures d'insertion avaient été faites."),
    ("cgt-services-publics", SYNDICAT, "Clauses d'insertion", "Nous demandons que les clauses sociales ne servent pas à remplacer des emplois stables par des contrats précaires. Les heures d'insertion doivent déboucher sur des CDI."),
    ("ensemble-insertion", ASSO, "Objectif chiffré", "Fixez un objectif clair : 200 000 heures d'insertion par an d'ici 2028 et publiez le bilan chaque année, marché par marché."),
    ("sophie_b", CITOYEN, "", "Pour les jeunes des quartiers les clauses sociales sont une vraie porte d'entrée vers l'emploi. Il faut les étendre aux marchés de services comme le nettoyage ou les espaces verts."),
    ("btp-artisans", PME, "Insertion et petites entreprises", "Les petites entreprises du bâtiment veulent bien jouer le jeu de l'insertion mais on a besoin d'un accompagnement, on ne sait pas toujours trouver les candidats ni remplir les tableaux de suivi."),
    ("elu-opposition-1", ELU, "Bilan des clauses", "Le précédent schéma affichait des ambitions sur les clauses sociales sans aucun bilan publié. Avant de fixer de nouveaux objectifs, publions les résultats obtenus depuis 2020."),
    ("karim75", CITOYEN, "", "mettre plus de clause d insertion dans les marchés de la ville svp, surtout pour les chomeurs de longue durée"),
    ("facilitateurs-idf", ASSO, "Rôle du facilitateur", "Le facilitateur de clauses doit être associé dès la rédaction du marché et pas seulement après l'attribution, sinon les clauses sont mal calibrées."),
    # --- ESS, SIAE, marchés réservés ---
    ("esat-les-ateliers", SIAE, "Marchés réservés", "Les ESAT et entreprises adaptées peuvent répondre à beaucoup plus de marchés qu'aujourd'hui : blanchisserie, entretien des espaces verts, conditionnement. Réservez davantage de lots aux structures du handicap."),
    ("cress-region", ASSO, "Place de l'ESS", "La chambre régionale de l'ESS propose d'accompagner la ville pour identifier les structures de l'économie sociale et solidaire capables de répondre, et d'organiser des rencontres acheteurs–ESS chaque année."),
    ("coop-recyclerie", ESS, "Accès des structures ESS", "Nous sommes une coopérative et les dossiers de candidature sont trop lourds pour nous. Simplifiez les pièces demandées et laissez plus de temps pour répondre."),
    ("lucie.m", CITOYEN, "", "J'aimerais que la ville achète plus auprès des entreprises de l'économie sociale et solidaire, elles créent de l'emploi local et ne délocalisent pas."),
    ("chantier-insertion-vert", SIAE, "Marchés réservés SIAE", "Les ateliers et chantiers d'insertion sont trop souvent sous-traitants de grands groupes. Des marchés réservés aux SIAE nous permettraient de contracter en direct avec la ville."),
    ("apf-delegation", ASSO, "Handicap", "Le handicap est le grand oublié des achats publics. Nous demandons un objectif de marchés réservés aux ESAT et EA et un suivi du taux de recours."),
    ("thomas_r", CITOYEN, "ESS", "plus d'ESS dans les achats de la mairie !!! c'est l'argent de nos impôts autant qu'il serve l'économie solidaire"),
    ("ea-services-numeriques", SIAE, "Entreprises adaptées et numérique", "Notre entreprise adaptée fait de la numérisation d'archives et du reconditionnement d'ordinateurs. La ville pourrait allotir ces prestations pour que des EA puissent candidater."),
    # --- alimentation durable, cantines ---
    ("parent_eleve_12", CITOYEN, "Cantines", "Dans la cantine de mon fils c'est encore beaucoup de produits industriels. Il faudrait plus de bio et de produits locaux, et moins de gaspillage."),
    ("fcpe-ville", ASSO, "Restauration scolaire", "Les parents demandent une restauration scolaire avec au moins 50 % de produits durables dont 30 % de bio, comme le prévoit la loi EGalim, et un menu végétarien quotidien au choix."),
    ("agri-paysans-local", PME, "Circuits courts", "Les producteurs du département ne peuvent pas répondre aux marchés de la cuisine centrale : les lots sont trop gros. Allotissez par produit et par saison pour les circuits courts."),
    ("claire_d", CITOYEN, "", "Manger bio à la cantine ça devrait être normal en 2024. Et local aussi, on a des maraîchers à 30 km."),
    ("amap-quartier", ASSO, "Alimentation", "Nous proposons que la ville fixe un objectif de produits locaux dans les crèches et les EHPAD, pas uniquement dans les écoles."),
    ("nutrition-sante", ASSO, "Qualité des repas", "Au-delà du bio, la qualité nutritionnelle des repas doit être un critère : moins de produits ultra-transformés, plus de légumineuses."),
    ("paul.v", CITOYEN, "", "la nourriture des cantines est pas bonne et en plus c'est pas bio, faudrait changer de prestataire"),
    ("elu-majorite-2", ELU, "Alimentation durable", "Notre objectif est d'atteindre 75 % d'alimentation durable dans la restauration collective municipale d'ici 2026, avec un travail sur les filières locales."),
    ("commerce-equitable-fr", ASSO, "Commerce équitable", "Café, thé, chocolat, coton des uniformes : la ville peut exiger des produits labellisés commerce équitable dans ses marchés de fournitures et de restauration."),
    # --- économie circulaire, réemploi, déchets ---
    ("ressourcerie-centre", ESS, "Réemploi du mobilier", "La ville jette chaque année du mobilier de bureau en bon état. Un marché de réemploi avec les ressourceries permettrait de le réparer et de le redistribuer."),
    ("nina_z", CITOYEN, "", "Pourquoi acheter du neuf tout le temps ? Les ordinateurs et le mobilier reconditionnés coûtent moins cher et polluent moins."),
    ("zero-dechet-ville", ASSO, "Zéro déchet", "Nous demandons un objectif de 20 % d'achats issus du réemploi ou intégrant des matières recyclées, conformément à la loi AGEC, et la fin du plastique jetable dans les services municipaux."),
    ("btp-reemploi", PME, "Matériaux de réemploi", "Sur les chantiers de démolition, beaucoup de matériaux pourraient être réemployés. Il faut des clauses de diagnostic ressources et accepter les matériaux de réemploi dans les cahiers des charges."),
    ("greg_44", CITOYEN, "Gaspillage", "Trop de gaspillage dans les services de la ville, des fournitures neuves jetées. Il faudrait un vrai plan de réduction des déchets dans les achats."),
    ("repair-cafe", ASSO, "Réparabilité", "Exigez un indice de réparabilité élevé et des pièces détachées disponibles pour tous les équipements achetés par la ville."),
    ("textile-solidaire", ESS, "Textile", "Les vêtements de travail des agents pourraient être fabriqués à partir de textile recyclé par des structures d'insertion de la région."),
    # --- climat, carbone, énergie ---
    ("climat-action-local", ASSO, "Carbone", "Les achats représentent une grande partie de l'empreinte carbone de la ville. Il faut un critère carbone obligatoire pondéré à au moins 20 % dans tous les marchés importants."),
    ("hugo_t", CITOYEN, "", "Il faut que la ville réduise les émissions de CO2 de ses achats, surtout les véhicules et les bâtiments. On est en urgence climatique."),
    ("transport-propre", PME, "Véhicules", "Pour le renouvellement de la flotte, privilégiez les véhicules électriques et au bioGNV et tenez compte du coût global sur la durée de vie, pas seulement du prix d'achat."),
    ("ingenieur_energie", CITOYEN, "Énergie", "La ville devrait acheter de l'électricité 100 % renouvelable avec des garanties d'origine locales et exiger des bâtiments basse consommation dans les marchés de travaux."),
    ("fne-ville", ASSO, "Biodiversité", "Les marchés d'espaces verts doivent interdire les pesticides, favoriser les plantes locales et préserver la biodiversité. Les achats de bois doivent être certifiés."),
    ("ademe-partenaire", ASSO, "Bilan carbone", "Nous recommandons de mesurer l'empreinte carbone des achats chaque année et de fixer une trajectoire de baisse de 40 % d'ici 2030 par rapport à 2019."),
    ("lea_k", CITOYEN, "", "Arrêtez d'acheter des trucs qui viennent de l'autre bout du monde, le transport pollue énormément. Privilégiez ce qui est fabriqué près d'ici."),
    ("elu-ecolo-3", ELU, "Climat", "Je propose que chaque marché de plus de 90 000 euros comporte au moins une clause environnementale et que l'on suive ce taux dans le rapport annuel."),
    ("cyclo-logistique", PME, "Livraisons", "Les livraisons aux services municipaux pourraient se faire en vélo cargo dans le centre-ville. Ajoutez un critère sur les émissions de la logistique."),
    # --- accès des PME / TPE, local ---
    ("cpme-departement", PME, "Accès des PME", "Les TPE et PME locales renoncent souvent à candidater : dossiers complexes, lots trop gros, délais de paiement trop longs. Nous demandons un allotissement systématique et un paiement à 20 jours."),
    ("artisan_menuisier", PME, "", "Je suis artisan menuisier, j'ai répondu trois fois à des appels d'offres de la ville, jamais retenu, jamais su pourquoi. Un retour sur les offres non retenues serait la moindre des choses."),
    ("boulangerie-du-coin", PME, "Commerces locaux", "la ville achete ses viennoiseries pour les réceptions dans une grande chaine alors qu'il y a des boulangers dans chaque quartier, c'est dommage"),
    ("cci-locale", PME, "Sourcing", "Nous proposons des réunions de sourcing ouvertes aux entreprises du territoire avant chaque grand marché, et une plateforme qui annonce les achats prévus sur l'année."),
    ("julien_p", CITOYEN, "", "Favoriser les entreprises locales plutôt que les multinationales, ça fait vivre le territoire et ça crée de l'emploi ici."),
    ("startup-greentech", PME, "Achats innovants", "Les jeunes entreprises innovantes n'ont pas de références et sont éliminées d'office. Utilisez les achats innovants sans publicité jusqu'à 100 000 euros et les partenariats d'innovation."),
    ("federation-btp", PME, "Délais de paiement", "Les retards de paiement de la collectivité mettent en difficulté nos adhérents. Respecter le délai légal de 30 jours est une condition de l'accès des PME à la commande publique."),
    ("expert-comptable-33", CITOYEN, "Avances", "Augmenter les avances versées aux PME à 30 % du marché aiderait beaucoup de petites structures à trésorerie fragile."),
    # --- conditions de travail, égalité ---
    ("sud-proprete", SYNDICAT, "Sous-traitance du nettoyage", "Les salariées du nettoyage des écoles travaillent en horaires décalés, à temps partiel subi, pour des sous-traitants. La ville doit imposer le travail en journée et des conditions de travail dignes."),
    ("cfdt-territoriaux", SYNDICAT, "Conditions de travail", "Nous demandons que le respect du droit du travail, la santé et la sécurité des salariés des prestataires soient contrôlés et pris en compte dans la notation des offres."),
    ("femmes-egalite", ASSO, "Égalité femmes-hommes", "Exigez des entreprises titulaires l'index égalité professionnelle et des engagements sur l'égalité salariale entre les femmes et les hommes."),
    ("anne_so", CITOYEN, "", "Les dames qui font le ménage à la mairie à 6h du matin, elles sont payées au lance-pierre par une boite privée. C'est ça les achats responsables ?"),
    ("fo-ville", SYNDICAT, "Dumping social", "Le moins-disant dans les marchés publics encourage le dumping social. Il faut écarter les offres anormalement basses et contrôler le travail détaché."),
    ("collectif-mixite", ASSO, "Mixité des métiers", "Les clauses d'insertion pourraient favoriser l'accès des femmes aux métiers du bâtiment, où elles sont très peu nombreuses."),
    # --- numérique responsable ---
    ("numerique-ethique", ASSO, "Numérique responsable", "Pour le numérique, privilégiez les logiciels libres, le matériel reconditionné et l'allongement de la durée de vie des équipements. Le numérique pèse lourd dans l'empreinte environnementale."),
    ("dev_libre", CITOYEN, "Logiciels libres", "la ville paye des licences très cheres a des editeurs americains alors que des logiciels libres existent, et en plus nos données partent aux USA"),
    ("reconditionneur-it", ESS, "Ordinateurs reconditionnés", "Nous reconditionnons des ordinateurs avec des salariés en insertion. Un lot réservé aux équipements reconditionnés dans le marché informatique serait un signal fort."),
    # --- gouvernance, transparence, suivi ---
    ("transparence-citoyenne", ASSO, "Transparence", "Publiez en open data la liste des marchés attribués, les montants, les titulaires et les indicateurs du schéma, chaque année, dans un format réutilisable."),
    ("michel_g", CITOYEN, "Suivi", "Un schéma c'est bien mais il faut un comité de suivi avec des citoyens et des associations, sinon ça reste un document qu'on oublie dans un tiroir."),
    ("elu-opposition-4", ELU, "Gouvernance", "Je demande qu'un bilan annuel du SPASER soit présenté en conseil municipal avec des indicateurs chiffrés, et non une simple plaquette de communication."),
    ("acheteur-public-anonyme", CITOYEN, "Formation des acheteurs", "Je suis acheteur dans une autre collectivité : sans formation des acheteurs et des prescripteurs, les clauses responsables restent théoriques. Prévoyez un plan de formation."),
    ("observatoire-achats", ASSO, "Indicateurs", "Les indicateurs doivent être exprimés en nombre de marchés et en montant, comparés à une valeur de référence, et publiés tous les deux ans comme le prévoit la loi."),
    ("yasmine_b", CITOYEN, "", "On ne sait jamais ce que devient notre avis après ces consultations. Ce serait bien d'avoir un retour sur ce qui a été retenu."),
    ("rtes-reseau", ASSO, "Coopération", "Mutualiser les achats responsables avec les communes voisines et partager les cahiers des charges permettrait d'aller plus vite et de peser davantage."),
    # --- multi-thèmes ---
    ("famille_martin", CITOYEN, "Plusieurs idées", "Trois idées : du bio local dans les cantines, des clauses d'insertion pour les jeunes du quartier, et arrêter de jeter le mobilier qui marche encore."),
    ("coop-batiment", ESS, "Chantiers responsables", "Sur les chantiers, on peut combiner heures d'insertion, réemploi des matériaux et critère carbone. Les cahiers des charges doivent traiter ces sujets ensemble et pas séparément."),
    ("citoyen_engage", CITOYEN, "", "La ville devrait favoriser les PME locales ET l'économie sociale et solidaire, et payer ses fournisseurs plus vite. Les petits ne peuvent pas attendre 60 jours."),
    ("collectif-alimentation-emploi", ASSO, "Cuisine centrale", "La nouvelle cuisine centrale pourrait travailler avec des légumeries en insertion et des producteurs bio du territoire : emploi local et alimentation durable en même temps."),
    ("veronique_h", CITOYEN, "Nettoyage et produits", "Pour le nettoyage des bâtiments il faut à la fois des produits écologiques sans danger et de meilleures conditions de travail pour les agents des entreprises prestataires."),
    ("elu-majorite-5", ELU, "Numérique et insertion", "Le futur marché informatique comportera un lot de matériel reconditionné et une clause d'insertion, pour réduire l'empreinte du numérique et créer des emplois."),
    # --- registres variés, fautes ---
    ("titi93", CITOYEN, "", "franchement les marché publique c'est toujour les meme grosse boites qui gagne, faut laisser une chance aux petit artisant du coin"),
    ("mamie_jeanne", CITOYEN, "Mon avis", "Bonjour, je suis retraitée et je pense qu'il faut acheter français et local, ça donne du travail aux jeunes d'ici. Merci de m'avoir lu."),
    ("etudiant_eco", CITOYEN, "", "jsuis pour plus de bio ds les restos universitaires et les cantines, et moins de viande, c tout"),
    ("gilles_r", CITOYEN, "Coût", "Tout ça va coûter plus cher aux contribuables. Les achats responsables d'accord, mais sans augmenter les impôts locaux."),
    ("pme-textile", PME, "Made in France", "Nous fabriquons des vêtements professionnels en France. Le critère du prix écrase tout : intégrez le coût du cycle de vie et l'origine des produits."),
    ("asso-quartier-sud", ASSO, "Quartiers prioritaires", "Les habitants des quartiers prioritaires doivent bénéficier en priorité des heures d'insertion générées par les chantiers de rénovation urbaine."),
    ("sandrine_v", CITOYEN, "", "Moins de plastique dans les écoles et les crèches !! des gobelets et des couverts réutilisables, c'est pas compliqué"),
    ("collectif-velo", ASSO, "Vélos de service", "Équipez les agents de vélos à assistance électrique achetés à des entreprises locales et entretenus par un atelier d'insertion."),
    ("philippe_m", CITOYEN, "Contrôle", "Qui va vérifier que les entreprises respectent vraiment leurs engagements environnementaux après avoir gagné le marché ? Il faut des contrôles et des pénalités."),
    ("habitat-durable", ASSO, "Rénovation", "La rénovation énergétique des écoles doit être une priorité des marchés de travaux, avec des matériaux biosourcés et des entreprises locales."),
    ("ines_b", CITOYEN, "", "Pourquoi pas un label ville responsable pour les fournisseurs qui respectent l'environnement et leurs salariés ?"),
    # --- added to widen registers ---
    ("union-commercants", PME, "Commerce de proximité", "Les commerçants de proximité aimeraient pouvoir fournir la ville pour les petits achats : fournitures, fleurs, traiteur. Il faudrait des marchés à bons de commande accessibles aux petits."),
    ("nadia_f", CITOYEN, "", "Je suis travailleuse handicapée en ESAT, on fait du très bon travail en espaces verts et en blanchisserie. Donnez-nous plus de contrats avec la ville s'il vous plaît."),
    ("emmaus-local", ESS, "Mobilier et solidarité", "Nos compagnons peuvent collecter, réparer et revendre le mobilier et le matériel dont la ville n'a plus l'usage. Un partenariat avec les services serait gagnant pour tous."),
    ("bertrand_l", CITOYEN, "", "Des panneaux solaires sur tous les toits des écoles et des gymnases, achetés à des installateurs de la région."),
    ("cgt-services-publics-2", SYNDICAT, "Reprise en régie", "Plutôt que d'externaliser le nettoyage et la restauration, la ville devrait reprendre ces services en régie : c'est la meilleure garantie de bonnes conditions de travail."),
    ("maraichers-bio-asso", ASSO, "Légumeries", "Sans légumerie locale, les producteurs ne peuvent pas livrer des légumes épluchés aux cuisines. La ville pourrait soutenir la création d'une légumerie en insertion."),
    ("elu-majorite-6", ELU, "Achats de la ville", "Le schéma doit rester réaliste : nous achetons pour 600 millions d'euros par an, chaque objectif devra être atteignable par les acheteurs avec les moyens dont ils disposent."),
    ("camille_r", CITOYEN, "", "c'est quoi un SPASER ? j'ai rien compris au document, il faudrait l'expliquer plus simplement aux habitants"),
    ("ecoles-parents-ouest", ASSO, "Fournitures scolaires", "Les fournitures scolaires achetées par la ville pourraient être écologiques et sans substances toxiques : crayons sans vernis, papier recyclé, colles sans solvant."),
    ("insertion-emploi-jeunes", ASSO, "Jeunes", "Les missions locales veulent être associées aux clauses sociales pour orienter des jeunes sans diplôme vers les chantiers et les marchés de services."),
    ("olivier_t", CITOYEN, "", "La ville devrait arreter d'acheter des bouteilles d'eau en plastique pour les réunions et installer des fontaines, c'est tout simple."),
    ("scop-informatique", ESS, "Données et cloud", "Hébergez les données de la ville chez des hébergeurs français ou européens, sobres en énergie, plutôt que chez les géants américains du cloud."),
    ("entreprise-nettoyage-pme", PME, "Prix et qualité", "Dans le nettoyage, le critère prix pèse 60 % : on ne peut pas bien payer les salariés et gagner. Donnez plus de poids à la qualité et aux conditions sociales."),
]

# Contributions that must be flagged: empty, too short, off-topic, not in French.
FLAGGED = [
    ("anonyme1", CITOYEN, "", ""),
    ("anonyme2", CITOYEN, "", "   "),
    ("k_l", CITOYEN, "", "ok"),
    ("xx", CITOYEN, "", "Pas d'avis."),
    ("voisin_bruyant", CITOYEN, "Stationnement", "Le stationnement devant la boulangerie de la rue des Lilas est impossible le samedi matin, les voitures sont garées en double file."),
    ("fan_de_foot", CITOYEN, "", "Allez l'OM ! Meilleur club du monde, on va gagner la coupe cette année."),
    ("expat_john", CITOYEN, "", "The city should buy more local and organic food for school canteens and support social enterprises."),
    ("turista", CITOYEN, "", "La ciudad debería comprar más productos ecológicos y apoyar a las pequeñas empresas locales."),
]

# Texts copied with small edits (typos, a word changed): near duplicates.
NEAR_DUPLICATE_OF = {
    0: "Je trouve que la ville devrait mettre des clauses d'insertion dans tous les marchés de travaux, pas seulement les gros chantiers. Mon fils a retrouvé du travail grâce à une clause sociale sur le tram !",
    21: "Manger bio à la cantine ça devrait etre normal en 2024. Et local aussi, on a des maraichers à 30 km.",
    43: "Les TPE et PME locales renoncent souvent à candidater : dossiers complexes, lots trop gros, délais de paiement trop longs. Nous demandons un allotissement systématique et un paiement sous 20 jours.",
    60: "Publiez en open data la liste des marchés attribués, les montants, les titulaires et les indicateurs du schéma chaque année dans un format réutilisable svp.",
}

# Texts posted twice, word for word.
EXACT_DUPLICATES = [5, 28, 35]

CAMPAIGN_TEXT = (
    "Madame, Monsieur, en tant qu'adhérent(e) du collectif Cantines Vivantes, je demande que 100 % des repas "
    "servis dans les cantines et crèches de la ville soient bio et locaux d'ici 2028, avec un repas végétarien "
    "chaque jour et des contrats pluriannuels avec les paysans du territoire. Merci de l'inscrire dans le schéma."
)
CAMPAIGN_SIGNATURES = [
    "Cordialement, Aline", "Bien à vous, Marc", "Merci, Fatou", "Cordialement.", "Salutations, Bruno",
    "", "Merci d'avance, Chloé", "Bien cordialement, Youssef", "Amicalement, Pierre", "Cordialement, Inès",
]
