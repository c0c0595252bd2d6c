"""Thirty-ninth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh39.jsonl).

Collected in issue 15's fortieth pass, blind to what the extractor gets wrong (no error listing, first score or
error table read, and the extractor never run on these passages), to measure it on text nobody here had read. Pages
of the French press only: local and regional news sites and papers (La Commère 43, Le Petit Bleu d'Agen, Pressactu,
Petite République, Presselib, 93600 Infos, La Gazette de la Défense, Centpourcent Vosges, Lyon Mag, Lyon Direct,
Ouillade, Rue89 Strasbourg, Rue89 Bordeaux), local radios (Evasion FM), news agencies and wire-text sites (Presse
Agence, dayfr, Squid App Video, VNTV), the agricultural and trade press (Vaucluse agricole, Entraid, Mobilicités,
Place du pro, Acteurs du sport, Correspondances, Territoires audacieux and Reporters d'Espoirs' « lettre de l'impact
positif »), a journalism school's news workshop (CFJ) and an alumni magazine's interview (La Jaune et la Rouge);
reporting targets of French public bodies (EGalim and local-sourcing targets of school and collège catering, labels,
food waste, sobriety plans, climate and energy plans, renewable energy, tree planting, bus and fleet quotas, AGEC
recycled and re-used purchases, insertion hours and SME shares of the Olympic works) and traps: results of the past,
statistics and surveys, budgets, counts, dates, label thresholds and legal thresholds. No page of a public body, no
association, no company. Pages of sites that neither the shared dev set, nor any training passage (``corpora/real``,
the collected set, the theme model's training file), nor an earlier fresh set or theme set uses (the build checks the
first ones; the theme sets' hosts, and those of fresh40 and theme set 12 being collected at the same time, were
checked by hand). Labelled with the conventions of the shared real dev set; never run through the extractor here (the
lead scores it). Every passage is copied from the opening of a public web page as the project's search tool stored
it, cited by its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, CIRC, CS, ENV, ESS, GOV, HAND, NRJ, PME

BIO = "biodiversite"


def load(S, P, Q) -> None:

    S("https://www.lacommere43.fr/pays-de-montfaucon/item/52915-pays-de-montfaucon-21-actions-dans-le-plan-d-urgence-de-sobriete-energetique.html", "Pays de Montfaucon : 21 actions dans le plan d'urgence de sobriété énergétique (La Commère 43)")
    P("La communauté de communes a mené un plan d'urgence de sobriété énergétique dans lequel on retrouve 21 actions réparties en 8 orientations.",
      [NRJ], objective=True, non=["21", "8"], notes="Comptes d'actions et d'orientations (piège) ; le plan porte un objectif qualitatif de sobriété.", ambiguous=True)
    P("15 %. C'est l'objectif de réduction des consommations de la communauté de communes au sein de ses bâtiments, qu'il s'agisse de l'électricité ou du gaz. Cela ne compensera pas entièrement l'augmentation des coûts actuels, de l'ordre de +40 %, mais il a pour but de minimiser la hausse vertigineuse des coûts de l'énergie.",
      [NRJ], objs=[Q(15, direction="decrease", kind="relative_change", subject="consommations d'électricité et de gaz des bâtiments de la communauté de communes")],
      non=["+40 %"], notes="Objectif de baisse sans année ; +40 % est la hausse actuelle des coûts (constat).")
    P("Les volets vont être baissés pour conserver la chaleur, la température va être abaissée à 19 °C \"dans les services le permettant\". Les thermostats accessibles par le public seront supprimés.",
      [NRJ], objective=True, non=["19 °C"], notes="Mesures prévues (objectif qualitatif) ; 19 °C est une consigne de chauffage, pas une cible d'achat ou de consommation.", ambiguous=True)

    S("https://www.petitbleu.fr/article/2016/05/04/53302-un-travail-de-fond-sur-les-portions-dans-les-cantines.html", "« Un travail de fond sur les portions dans les cantines » (Le Petit Bleu d'Agen)")
    P("Pour le département, avec 10 000 repas servis chaque jour dans les collèges, c'est le conseil départemental qui se place comme premier restaurateur du territoire. Avec ses 10 000 repas servis quotidiennement, on comptabilisait la perte alimentaire en 2014 à environs 900 000 euros ; un chiffre aujourd'hui inacceptable.",
      [ALIM, CIRC], non=["10 000", "10 000", "2014", "900 000 euros"], notes="Volume de repas et coût passé du gaspillage (piège).")
    P("Suite à l'introduction de nouveaux aliments, d'un agencement différents des produits dans les selfs, et d'une mobilisation des équipes en cuisine, ce chiffre est aujourd'hui diminué de 15 %. Fin 2016 l'objectif des moins 20 % devrait être atteint.",
      [ALIM, CIRC], objs=[Q(20, direction="decrease", kind="relative_change", horizon=2016, subject="perte alimentaire (gaspillage) dans les restaurants des collèges")],
      non=["15 %"], notes="-15 % est un résultat déjà obtenu ; « Fin 2016 l'objectif des moins 20 % » donne la cible et son année.")

    S("https://evasionfm.com/amp/le-dispositif-je-mange-local-au-lycee-revient-dans-les-hauts-de-france", "Le dispositif « Je mange local au lycée » revient dans les Hauts-de-France (Evasion FM)")
    P("Lancée en 2016, la région va de nouveau mettre en place cette initiative pour l’année scolaire 2024-2025.",
      [ALIM], objective=True, non=["2016", "2024-2025"], notes="Engagement qualitatif (reconduction du dispositif) ; date de lancement et année scolaire.")
    P("Dans le détail, ce sont 118 lycées publics des Hauts-de-France qui vont pouvoir bénéficier d’un approvisionnement en circuits court et de proximité à hauteur de 70% de produits locaux, dont 20% de produits bio.",
      [ALIM], objs=[Q(70, subject="produits locaux dans l'approvisionnement des lycées publics du dispositif"),
                    Q(20, subject="produits bio dans l'approvisionnement des lycées publics du dispositif")],
      non=["118"], notes="Cible imbriquée (20 % de bio parmi les 70 %) ; l'année scolaire 2024-2025 est dans la phrase précédente (pas d'horizon).")

    S("https://pressactu.com/?p=110911", "Lot-et-Garonne : 100 % des collèges labellisés « bio engagés » (Pressactu)")
    P("Le Lot-et-Garonne devient le premier département de Nouvelle-Aquitaine à afficher 100 % de collèges labellisés “bio engagés”.",
      [ALIM], non=["100 %"], notes="Résultat atteint (piège).")
    P("Fixé en 2023, l’objectif de labelliser l’ensemble des établissements en trois ans est atteint. Sept collèges avaient obtenu le label la première année, dix de plus en 2024.",
      [ALIM], non=["2023", "trois ans", "Sept", "dix", "2024"], notes="Objectif passé déclaré atteint et comptes de collèges labellisés (piège).", ambiguous=True)

    S("https://petiterepublique.com/2025/04/13/ayguesvives-agrilocal-conseildepartemental", "Ayguesvives : producteurs et chefs cuisiniers des collèges réunis autour du dispositif Agrilocal (Petite République)")
    P("« L’idée, c’est d’aller vers une alimentation 100 % locale dans nos établissements scolaires et de faire travailler le tissu agricole en périphérie de nos établissements. »",
      [ALIM, PME], objs=[Q(100, subject="alimentation locale dans les collèges du département")],
      notes="Ambition du vice-président (« aller vers ») lue comme cible ; sans année.", ambiguous=True)
    P("À titre d’exemple, la commune de Carbonne gère 60 à 70 % de sa restauration par Agrilocal, en planifiant ses besoins par trimestre.",
      [ALIM, PME], non=["60 à 70 %"], notes="Part déjà gérée par la plateforme (constat, piège).")

    S("https://news.dayfr.com/local/3986734.html", "Dix-sept collèges du Lot-et-Garonne au label bio engagés (dayfr)")
    P("« Nous espérons que l’année prochaine, tous nos collèges auront le label bio. » C’était le vœu pieux exprimé par la vice-présidente du conseil départemental, Annie Messina, lors d’une visite au collège André-Crochepierre de Villeneuve-sur-Lot, mi-novembre.",
      [ALIM], objs=[Q(100, subject="collèges du département labellisés bio")],
      notes="« tous nos collèges » normalisé à 100 % ; « l'année prochaine » n'écrit pas d'année (pas d'horizon) ; souhait plutôt qu'engagement.", ambiguous=True)
    P("Ce dernier venait de recevoir le sacro-saint label accordé aux établissements scolaires qui incluent au moins 20 % de produits issus de l’agriculture biologique dans leurs menus de cantine. « Dans le Lot-et-Garonne, on atteint 25 %, et 80 % de produits frais et locaux », souligne Annie Messina.",
      [ALIM], non=["20 %", "25 %", "80 %"], notes="20 % est le seuil d'attribution d'un label (règle, pas cible de l'acheteur) ; 25 % et 80 % sont des résultats (piège).", ambiguous=True)
    P("Le Département s’engage en effet à acheter trois à quatre veaux bio par semaine chez Elvea, auprès d’une quinzaine d’éleveurs.",
      [ALIM, PME], objs=[Q(3, unit="count", kind="absolute", value_max=4, subject="veaux bio achetés par semaine auprès d'Elvea")],
      non=["une quinzaine"], notes="Engagement d'achat en volume, récurrent chaque semaine (per_year réservé aux cibles annuelles) ; fourchette 3 à 4.", ambiguous=True)

    S("https://leplus.reportersdespoirs.com/?p=181833", "Strasbourg : les arbres au cœur du Plan Canopée (La lettre de l'impact positif, Reporters d'Espoirs)")
    P("Cette semaine, la lettre de l’impact positif fait étape à Strasbourg. La Ville et l’Eurométropole, par le biais de services mutualisés, ont placé les arbres au cœur du Plan Canopée, lancé en 2020.\nObjectif : planter 10 000 arbres d’ici à 2030.",
      [BIO, ENV], objs=[Q(10000, unit="count", kind="absolute", horizon=2030, subject="arbres plantés (Plan Canopée)")],
      non=["2020"], notes="Volume à atteindre (reach, absolute) ; 2020 est la date de lancement.")

    S("https://presseagence.fr/paris-energies-renouvelables-les-intercommunalites-appuient-massivement-les-maires/", "Paris : énergies renouvelables, les intercommunalités appuient massivement les maires (Presse Agence)")
    P("Un sondage mené par Intercommunalités de France auquel ont répondu plus d’une intercommunalité sur dix révèle les importantes difficultés que rencontrent les maires face aux obligations d’identification des zones d’accélération des énergies renouvelables d’ici au 31 décembre 2023.",
      [NRJ], non=["plus d’une intercommunalité sur dix", "31 décembre 2023"], notes="Taux de réponse d'un sondage et échéance légale d'une obligation sans valeur (piège).")
    P("Selon l’enquête menée par Intercommunalités de France, seules 30 % des intercommunalités déclarent que l’échéance du 31 décembre pourra être respectée dans leur territoire.",
      [NRJ], non=["30 %", "31 décembre"], notes="Résultat d'enquête (piège).")

    S("https://lagazette-ladefense.fr/2020/11/12/un-projet-citoyen-pour-linstallation-de-panneaux-solaires/", "Un projet citoyen pour l'installation de panneaux solaires (La Gazette de la Défense)")
    P("Pour l’instant, « sept à huit bâtiments publics » pourraient accueillir des panneaux solaires si les études de faisabilité sont concluantes.",
      [NRJ], non=["sept à huit"], notes="Potentiel conditionnel, pas une cible (piège).", ambiguous=True)

    S("https://www.territoires-audacieux.fr/reportages/2023/01/19/macs-intercommunalite-dynamique-communes-citoyens-territoire-energie-positive/", "Maremne-Adour-Côte-Sud (40) : l'intercommunalité impulse une dynamique pour devenir territoire à énergie positive (Territoires audacieux)")
    P("Conscients de l’importance d’agir concrètement en faveur de la transition écologique, les élus ont mis en place une politique énergétique ambitieuse. Objectif : diminuer de moitié sa consommation énergétique et produire plus d’énergie renouvelable afin d’être un territoire à énergie positive en 2050.",
      [NRJ, ENV], objs=[Q(50, direction="decrease", kind="relative_change", horizon=2050, subject="consommation énergétique du territoire")],
      notes="« de moitié » = 50 ; l'année 2050 est lue comme l'horizon de tout l'objectif ; « produire plus » reste qualitatif.", ambiguous=True)
    P("Pierre Froustey La Communauté de communes de Maremne-Adour-Côte-Sud (MACS) est engagée depuis 2012 sur une démarche liée aux territoires à énergie positive.",
      [NRJ], non=["2012"], notes="Date d'engagement (piège).")

    S("https://93600infos.fr/2014/02/18/une-cantine-100-bio-cest-possible/", "Une cantine 100 % bio, c'est possible ! (93600 Infos)")
    P("Une cinquantaine de communes proposent du bio à la cantine en France, dont Aulnay-sous-Bois, comme le demande le Grenelle de l’environnement. Mais rares sont celles qui proposent aux enfants un menu 100% biologique. C’est le cas à Mouans-Sartoux, dans les Alpes Maritimes. La commune de 10 000 habitants assure même sa propre production de légumes, un cas unique en France… mais aussi un argument électoral.",
      [ALIM], non=["Une cinquantaine", "100%", "10 000"], notes="Compte de communes, situation atteinte à Mouans-Sartoux, population (piège).")

    S("https://ateliers.cfjlab.fr/2019/10/30/des-repas-vegetariens-obligatoires-dans-les-cantines-scolaires/", "Des repas végétariens obligatoires dans les cantines scolaires (ateliers du CFJ)")
    P("Les cantines scolaires devront servir un repas végétarien hebdomadaire, à partir du vendredi 1er novembre. Une révolution silencieuse pour nos enfants mais aussi pour nos chefs.",
      [ALIM], objs=[Q(1, unit="count", kind="absolute", subject="repas végétarien par semaine dans les cantines scolaires")],
      non=["1er novembre"], notes="Obligation légale (EGalim) comptée comme objectif ; date d'entrée en vigueur sans année (pas d'horizon).", ambiguous=True)
    P("Géant de la restauration collective, Sodexo sert 740 000 repas par jour aux enfants et adolescents dans les établissements scolaires français.",
      [ALIM], non=["740 000"], notes="Volume d'activité d'une entreprise (piège).")

    S("https://www.acteursdusport.fr/article/une-charte-d-insertion-pour-paris-2024.12144", "Une charte d'insertion pour Paris 2024 (Acteurs du sport)")
    P("La Solideo a adopté une charte imposant des seuils minimums d’insertion pour les emplois et garantissant un accès des petites entreprises aux marchés. Cette charte avait été imposée par la loi olympique, qui a été adoptée par le Parlement le 15 mars dernier. Elle prévoit \"un objectif globalisé et moyen de 10 % des heures travaillées\" pour \"les publics les plus éloignés de l’emploi\",",
      [CS, PME], objs=[Q(10, subject="heures travaillées sur les chantiers de la Solideo réservées aux publics éloignés de l'emploi", themes=(CS,))],
      non=["15 mars"], notes="Cible de la charte d'insertion ; date d'adoption de la loi.")
    P("Elle fixe aussi comme objectif de \"promouvoir l’accès à la commande publique et privée pour les TPE / PME (très petites et petites et moyennes entreprises), intégrant notamment les structures relevant de l’Économie sociale et solidaire (ESS), le secteur de l’insertion par l’activité économique (IAE) et le secteur du handicap, en visant au moins 25 % du montant global des marchés.",
      [PME, ESS, CS, HAND], objs=[Q(25, comparator=">=", subject="part du montant global des marchés de la Solideo attribuée aux TPE/PME, ESS, IAE et secteur du handicap")],
      notes="« au moins » → >=.")

    S("https://www.rue89strasbourg.com/plan-climat-2030-eurometropole-trop-optimiste-autorite-environnementale-159992", "Plan climat 2030 de l'Eurométropole : trop optimiste pour l'Autorité environnementale (Rue89 Strasbourg)")
    P("Les objectifs du Plan Climat 2009-2020 de l’Eurométropole ne seront pas tenus. Et cela pourrait se reproduire pour son successeur pour 2020-2030 si certaines corrections ne sont pas apportées d’ici son vote à la fin de l’année 2019. Telle est ce qui ressort de l’avis l’Autorité environnementale (AE).",
      [ENV, GOV], non=["2009-2020", "2020-2030", "2019"], notes="Périodes de plans et date de vote ; constat d'objectifs non tenus (piège).")
    P("Les objectifs pour 2030\n- Atteindre les limites l’Organisation mondiale de la santé (OMS) et non de l’Union européenne, moins strictes, pour la qualité de l’air.\n- Réduire de 40 % les gaz à effet de serre. (-90% en 2050)",
      [ENV], objs=[Q(40, direction="decrease", kind="relative_change", horizon=2030, subject="émissions de gaz à effet de serre de l'Eurométropole"),
                   Q(90, direction="decrease", kind="relative_change", horizon=2050, subject="émissions de gaz à effet de serre de l'Eurométropole")],
      notes="Le titre « pour 2030 » est dans le passage ; objectif qualitatif sur l'air (seuils OMS sans valeur écrite).")
    P("- Réduire de 30 % la consommation d’énergie. (-55% en 2050)\n- Atteindre 40% d’énergie renouvelables (100% en 2050)",
      [NRJ], objs=[Q(30, direction="decrease", kind="relative_change", subject="consommation d'énergie de l'Eurométropole"),
                   Q(55, direction="decrease", kind="relative_change", horizon=2050, subject="consommation d'énergie de l'Eurométropole"),
                   Q(40, subject="part des énergies renouvelables"),
                   Q(100, horizon=2050, subject="part des énergies renouvelables")],
      notes="L'année 2030 est dans le titre hors du passage : pas d'horizon pour 30 % et 40 %.")
    P("- Réduire de moitié le tonnage des poubelles bleues.\n- Baisse à 30 % de la part des déplacements en voiture, augmentation à 16 % de ceux à vélo, à 37 % à pied et 17 % pour ceux en transports en commun.",
      [CIRC, ENV], objs=[Q(50, direction="decrease", kind="relative_change", subject="tonnage des poubelles bleues (ordures ménagères résiduelles)", themes=(CIRC,)),
                         Q(30, direction="decrease", subject="part des déplacements en voiture", themes=(ENV,)),
                         Q(16, direction="increase", subject="part des déplacements à vélo", themes=(ENV,)),
                         Q(37, direction="increase", subject="part des déplacements à pied", themes=(ENV,)),
                         Q(17, direction="increase", subject="part des déplacements en transports en commun", themes=(ENV,))],
      notes="« Baisse à » / « augmentation à » : niveaux visés avec verbe de changement (decrease/increase, rate) ; l'augmentation est lue pour 37 % et 17 % aussi ; année dans le titre hors du passage.", ambiguous=True)
    P("- Rénovation de 6 000 à 8 000 logements par an en norme basse consommation. (Ensemble des logements en 2050)\n- Baisse des 20 % des prélèvements d’eau.",
      [NRJ, ENV], objs=[Q(6000, unit="count", kind="absolute", per_year=True, value_max=8000, subject="logements rénovés par an en norme basse consommation", themes=(NRJ,)),
                        Q(100, horizon=2050, subject="logements rénovés en norme basse consommation", themes=(NRJ,)),
                        Q(20, direction="decrease", kind="relative_change", subject="prélèvements d'eau", themes=(ENV,))],
      notes="Fourchette annuelle 6 000 à 8 000 ; « Ensemble des logements » normalisé à 100 %.", ambiguous=True)

    S("http://rue89bordeaux.com/2017/07/bordeaux-metropole-a-plan-contre-changement-climatique/", "Bordeaux Métropole a un plan contre le changement climatique (Rue89 Bordeaux)")
    P("Le conseil de Bordeaux Métropole a voté ce vendredi son « plan d’action pour un territoire durable à haute qualité de vie ». Si certains objectifs sont ambitieux, comme celui d’être « une des premières métropoles à énergie positive » en 2050, les écologistes soulignent que de nombreuses actions ne sont pas budgétées.",
      [NRJ, ENV], objective=True, non=["2050"], notes="Objectif qualitatif (métropole à énergie positive) sans valeur.")
    P("Le conseil de Bordeaux Métropole a donc adopté ce vendredi son « plan d’action pour un territoire durable à haute qualité de vie », qui prévoit pour la période 2017-2022 d’agir selon 3 axes : « accélérer la transition énergétique du territoire pour devenir une des premières métropoles à énergie positive à l’horizon 2050 » ; « protéger et mieux valoriser les 50% d’espaces naturels et agricoles » ;",
      [NRJ, BIO], objective=True, non=["2017-2022", "3", "2050", "50%"], notes="Axes qualitatifs ; 50 % est la part actuelle d'espaces naturels et agricoles à protéger (constat, pas cible) ; tranche contiguë d'une phrase.", ambiguous=True)
    P("Derrière la novlangue métropolitaine se nichent 12 objectifs et 40 actions plus ou moins concrètes. La volonté de porter la part des énergies renouvelables de 15% aujourd’hui à 32% en 2030, puis à 50% en 2050, se décline par exemple en 5 actions :",
      [NRJ], objs=[Q(32, direction="increase", horizon=2030, baseline_value=15, subject="part des énergies renouvelables dans la métropole"),
                   Q(50, direction="increase", horizon=2050, subject="part des énergies renouvelables dans la métropole")],
      non=["12", "40", "15%", "5"], notes="« porter … de 15 % aujourd'hui à 32 % » → increase, baseline_value 15 ; tranche contiguë d'une phrase.")
    P("il s’agira notamment de développer les réseaux de chaleur – en exploitant notamment les ressources en géothermie, comme pour le projet en cours rive droite -, ou encore de multiplier par 14 la production d’énergie solaire photovoltaïque et par 55 celle d’énergie solaire thermiques.",
      [NRJ], objs=[Q(14, unit="x", direction="increase", kind="relative_change", subject="production d'énergie solaire photovoltaïque"),
                   Q(55, unit="x", direction="increase", kind="relative_change", subject="production d'énergie solaire thermique")],
      notes="Facteurs multiplicatifs ; tranche contiguë de la phrase précédente (horizon non écrit ici).")

    S("https://www.lyonmag.com/article/120531/lyon-veut-devenir-climatiquement-neutre-les-dessous-de-sa-candidature", "Lyon veut devenir climatiquement neutre : les dessous de sa candidature (Lyon Mag)")
    P("Le maire écologiste organisait un évènement fondateur autour de la candidature lyonnaise au programme \"100 villes climatiquement neutres\" de l'Union européenne. Baptisé \"Lyon 2030\", ce projet \"vise à agir collectivement pour réduire les émissions de gaz à effet de serre du territoire et se placer dans une trajectoire européenne positive et ambitieuse\".",
      [ENV], objective=True, non=["100", "2030"], notes="Objectif qualitatif ; nombres dans des noms de programme et de projet (piège).")
    P("L'élu écologiste présente cette candidature avec un constat autocritique : \"Avec 518 000 habitants et 24 500 entreprises, Lyon, capitale de la région Auvergne-Rhône-Alpes, première région industrielle de France, fait face à une responsabilité particulière\".",
      [ENV], non=["518 000", "24 500"], notes="Population et nombre d'entreprises (piège).")

    S("https://ouillade.eu/politique/perpignanmunicipales-2020-manger-cest-voter-par-la-candidate-agnes-langevine-ee-lv/200882", "Perpignan, municipales 2020 : « Manger, c'est voter », par la candidate Agnès Langevine (Ouillade)")
    P("Nos engagements :\n-Des cantines 100% bio et local d’ici 2026, sans augmentation de prix et pour tous les enfants.",
      [ALIM], objs=[Q(100, horizon=2026, subject="produits bio et locaux dans les cantines")],
      notes="Engagement de campagne d'une candidate (pas encore d'une collectivité), annoté comme objectif mais signalé.", ambiguous=True)

    S("https://www.centpourcent-vosges.fr/actualites-vosges/environnement-vosges/colleges-le-conseil-departemental-des-vosges-sengage-rencontre-avec-veronique-marcot-vice-presidente-deleguee-aux-routes-et-au-patrimoine/", "Collèges : le Conseil départemental des Vosges s'engage (Centpourcent Vosges)")
    P("De plus, l’approche environnementale est aujourd’hui intégrée systématiquement dans toutes les opérations pluriannuelles. À ce titre, la part de budget départemental consacrée annuellement à l’ensemble des travaux, des contrats de maintenance et des fluides des collèges s’élève en 2024 à 15 M €.",
      [NRJ, ENV], non=["2024", "15 M €"], notes="Budget annuel (piège) ; « systématiquement » décrit une pratique en place, pas une cible.", ambiguous=True)

    S("https://mobilycites.com/frederic-baverez", "Frédéric Baverez : « Conserver un mix énergétique et technologique permet de phaser la transition » (Mobilicités)")
    P("Pour leurs achats de bus neufs, les agglomérations de plus de 250.000 habitants doivent ainsi acquérir au moins 50 % de véhicules propres (groupe 1) à partir de janvier 2025.",
      [ENV], objs=[Q(50, comparator=">=", horizon=2025, subject="véhicules propres (groupe 1) dans les achats de bus neufs des grandes agglomérations")],
      non=["250.000", "1"], notes="Quota légal d'achat ; « à partir de janvier 2025 » est un palier d'une trajectoire (horizon) ; 250 000 habitants est un seuil d'application ; « groupe 1 » est une catégorie.", ambiguous=True)
    P("En outre, le déploiement des ZFE issues de la loi Climat et résilience dans les agglomérations de plus de 150 000 habitants ajoute une couche réglementaire supplémentaire à décliner par les collectivités en se basant sur les vignettes Crit’Air.",
      [ENV], non=["150 000"], notes="Seuil légal de population (piège).")

    S("https://www.vaucluse-agricole.com/article/restauration-collective-miam-la-cantine", "Restauration collective : miam, la cantine ! (Vaucluse agricole)")
    P("Aujourd’hui, 184 agriculteurs et artisans sont référencés sur le site internet www.agrilocal84.fr comme fournisseurs de 79 collectivités, du Département (qui représente 60% des transactions actuellement), des cantines de collèges, d’écoles primaires, de lycées, un hôpital, des associations et maisons de retraite...",
      [ALIM, PME], non=["184", "79", "60%"], notes="Comptes et part actuelle des transactions (piège).")
    P("Mais, en Vaucluse, « le volume financier d’Agrilocal s’est accru de plus de 40% entre 2017 et 2018 » se réjouit Christian Mounier, vice-président du Conseil départemental en charge de l’agriculture, de l’eau et de l’environnement.",
      [ALIM, PME], non=["40%", "2017", "2018"], notes="Croissance passée (piège).")

    S("https://lyon.direct/out/454325/", "Cantines scolaires : plus de bio et moins de viande dès la rentrée à Lyon (Lyon Direct)")
    P("Le nouveau marché passé par la Ville pour ses cantines scolaires prévoit 75 % de produits bio à horizon 2026, 50 % de produits locaux et valide l’idée de menus sans viande entre deux et trois jours par semaine. C’est le prestataire historique Elior qui a été choisi cette fois encore.",
      [ALIM], objs=[Q(75, horizon=2026, subject="produits bio dans les cantines scolaires de Lyon"),
                    Q(50, subject="produits locaux dans les cantines scolaires de Lyon"),
                    Q(2, unit="count", kind="absolute", value_max=3, subject="jours de menus sans viande par semaine")],
      notes="« à horizon 2026 » porte sur le bio ; pas d'horizon écrit pour le local ; fourchette 2 à 3 jours.", ambiguous=True)
    P("Une restauration « du champ à l’assiette », voilà la promesse du nouveau marché pour les 129 cantines scolaires de la Ville de Lyon. Au programme pour les quatre ans à venir : plus de produits bio, locaux, labellisés et surtout, des formules sans viande.",
      [ALIM], objective=True, non=["129", "quatre ans"], notes="Objectif qualitatif ; nombre de cantines et durée du marché.")
    P("75 % de bio, 50 % de produits locaux",
      [ALIM], objs=[Q(75, subject="produits bio dans les cantines scolaires de Lyon"),
                    Q(50, subject="produits locaux dans les cantines scolaires de Lyon")],
      notes="Intertitre ; pas d'année.")
    P("En septembre 2022, deux formules seront ainsi à disposition des élèves chaque semaine. Un menu « petit bouchon » proposera un plat à base de viande le premier jour, par alternance viande ou poisson le second et des assiettes sans chair animale les deux jours restants.",
      [ALIM], objs=[Q(2, unit="count", kind="absolute", subject="jours sans chair animale par semaine (menu « petit bouchon »)")],
      non=["septembre 2022", "deux formules"], notes="Composition prévue du menu hebdomadaire lue comme cible de jours sans viande ; « deux formules » est un compte d'options ; date de mise en place.", ambiguous=True)
    P("Le plan est d’abord axé sur « le goût et la qualité » avec des produits divers, bio à 50 % dès la rentrée scolaire prochaine et à 75 % minimum en 2026. Un objectif revu à la baisse, le maire de Lyon prévoyait dans son programme électoral 100 % de bio dans les cantines.",
      [ALIM], objs=[Q(50, subject="produits bio dans les cantines scolaires dès la rentrée"),
                    Q(75, comparator=">=", horizon=2026, subject="produits bio dans les cantines scolaires")],
      non=["100 %"], notes="Trajectoire par paliers ; « dès la rentrée scolaire prochaine » n'écrit pas d'année ; 100 % est une promesse abandonnée (non).", ambiguous=True)
    P("Les fournisseurs d’aliments se veulent locaux « dans les limites du possible », avec une jauge minimum de 50 % des produits utilisés.",
      [ALIM], objs=[Q(50, comparator=">=", subject="produits locaux utilisés dans les cantines scolaires")],
      notes="« jauge minimum » → >=.")

    S("https://squidappvideo.com/2021/06/30/a-lyon-les-cantines-laboratoire-du-mieux-manger", "À Lyon, les cantines laboratoire du mieux-manger (Squid App Video, AFP)")
    P("Des menus \"100% bio et 50% local\" : c'est l'objectif affiché par la municipalité verte arrivée à la tête de Lyon il y a un an. Reste qu'à l'échelle de cette ville, où plus de trois millions de repas sont servis chaque année aux enfants, cela ne se fait pas d'un claquement de doigt.",
      [ALIM], objs=[Q(100, subject="produits bio dans les menus des cantines de Lyon"),
                    Q(50, subject="produits locaux dans les menus des cantines de Lyon")],
      non=["un an", "trois millions"], notes="Objectif affiché sans année ; volume annuel de repas (non).")

    S("https://vntv.net/video/x82e1xz", "Lyon : les cantines 100 % bio face aux problèmes d'approvisionnement (VNTV)")
    P("Le maire écologiste de Lyon, en France, avait promis à son arrivée au pouvoir des repas 100% bio, 50% locaux pour tous les écoliers lyonnais. Mais, alors que l'appel d'offre a été lancé en avril, la mairie se confronte à des problèmes d'approvisionnement.",
      [ALIM], objs=[Q(100, subject="produits bio dans les repas des écoliers lyonnais"),
                    Q(50, subject="produits locaux dans les repas des écoliers lyonnais")],
      notes="Promesse rapportée au plus-que-parfait, toujours en cours de mise en œuvre.", ambiguous=True)

    S("https://placedupro.com/articles/2744/mobilier-urbain-la-loi-agec-sapplique-et-se-durcit-", "Mobilier urbain : la loi Agec s'applique et se durcit (Place du pro)")
    P("La loi Agec (anti-gaspillage pour une économie circulaire)\ncontraint les collectivités à utiliser une partie du budget consacré à la commande publique dans des biens intégrant des matières recyclées, à hauteur de 20 % en 2024. Cela concerne le\nmobilier urbain. Ce pourcentage atteindra\n40 % en 2030.",
      [CIRC], objs=[Q(20, horizon=2024, subject="achats de mobilier urbain intégrant des matières recyclées (part du budget)"),
                    Q(40, horizon=2030, subject="achats de mobilier urbain intégrant des matières recyclées (part du budget)")],
      notes="Quotas légaux d'achat (AGEC) par paliers ; « atteindra » → reach.")
    P("La loi contraint aussi les collectivités à acheter des biens issus du réemploi ou de la réutilisation à hauteur de\n4 % du budget en 2025 et\n5 % en 2027.",
      [CIRC], objs=[Q(4, horizon=2025, subject="achats de biens issus du réemploi ou de la réutilisation (part du budget)"),
                    Q(5, horizon=2027, subject="achats de biens issus du réemploi ou de la réutilisation (part du budget)")],
      notes="Quotas légaux d'achat (AGEC) par paliers.")

    S("https://lajauneetlarouge.com/lutter-localement-contre-le-dereglement-climatique-passe-par-de-multiples-initiatives", "« Lutter localement contre le dérèglement climatique passe par de multiples initiatives » (La Jaune et la Rouge)")
    P("En complément des efforts réalisés depuis de nombreuses années sur la construction de bâtiments avec une meilleure efficacité énergétique qui ont permis de réduire de 26 % les émissions durant les quinze dernières années, en février 2021 la Ville s’est dotée d’un budget carbone, adopté à l’unanimité du Conseil municipal sur l’exemple du modèle de la Ville d’Oslo.",
      [ENV, NRJ], non=["26 %", "quinze dernières années", "février 2021"], notes="Baisse déjà obtenue et date d'adoption (piège).")
    P("En effet, si la Ville se doit d’être exemplaire, ses émissions ne représentent que 4 % des émissions totales, les ménages représentant 57 % et les entreprises 35 % et les autres acteurs publics 4 %.",
      [ENV], non=["4 %", "57 %", "35 %", "4 %"], notes="Répartition des émissions (statistique, piège).")

    S("https://correspondances.fr/metz-metropole-deux-zones-plus-economes", "Metz Métropole : deux zones plus économes (Correspondances)")
    P("Dès décembre dernier, la collectivité a instauré dans ses propres locaux du technopole une meilleure gestion de l’éclairage qui lui a permis de réduire de 21 % la consommation d’électricité.",
      [NRJ], non=["21 %"], notes="Baisse déjà obtenue (piège).")

    S("https://www.entraid.com/articles/manger-bio-cantines-choix-politique-maires-de-terrain?change_departement=89", "Manger bio à la cantine, un choix politique pour des maires de terrain (Entraid)")
    P("L’attente des électeurs est forte en la matière à l’approche des élections municipales des 15 et 22 mars, alors qu’aujourd’hui les cantines plafonnent à 3% de leurs achats alimentaires en bio, contre un objectif fixé par la loi Egalim de 50% de « produits bio, de qualité et durables » d’ici 2022.",
      [ALIM], objs=[Q(50, horizon=2022, subject="produits bio, de qualité et durables dans les achats de la restauration collective")],
      non=["15", "22 mars", "3%"], notes="Quota légal EGalim cité ; 3 % est la situation actuelle ; dates d'élection.")
    P("Sondés à l’automne 2018 par l’Agence Bio, qui promeut l’agriculture biologique, plus des deux tiers des élus (68%) voulaient augmenter la part des produits bio dans leurs cantines d’ici 2022 et 42% notaient une « demande forte des usagers sur ce sujet ».",
      [ALIM], non=["2018", "plus des deux tiers", "68%", "2022", "42%"], notes="Résultats de sondage ; l'intention d'augmenter n'a pas de valeur (piège).")

    S("https://www.presselib.milleapps.com/article/cahier-rentree-landes-investissent-avenir-collegiens", "Cahier de rentrée : les Landes investissent dans l'avenir des collégiens (Presselib)")
    P("Pour les 17 321 collégiens landais, c’est aussi le fruit d’un travail constant du Département, qui gère 39 établissements publics et près de 200 000 m² de locaux. Avec un budget 2025 de 30,9 millions d’euros, dont 13,9 millions dédiés à l’entretien et à la rénovation des bâtiments, la collectivité s’applique à offrir les meilleures conditions d’apprentissage.",
      [GOV], non=["17 321", "39", "200 000 m²", "2025", "30,9 millions d’euros", "13,9 millions"], notes="Effectifs, patrimoine et budget (piège).")
    P("À Saint-Sever, ce sont les chiffres qui en parlent le mieux. Pas moins de 57,5 % des produits cuisinés sont durables et de qualité, dont 30,5 % issus de l’agriculture biologique.",
      [ALIM], non=["57,5 %", "30,5 %"], notes="Résultats d'un collège (piège).")

    S("https://www.gerbeaud.com/bio/tri-obligatoire-biodechets-1er-janvier-2024,1990.html", "Tri obligatoire des biodéchets au 1er janvier 2024 : comment s'organise cette mesure ? (Gerbeaud)")
    P("En 2024, chaque foyer devra disposer d’un moyen de trier ses déchets biodégradables, aussi appelés biodéchets.",
      [CIRC], objs=[Q(100, horizon=2024, subject="foyers disposant d'un moyen de trier leurs biodéchets")],
      notes="Obligation légale (AGEC) que les collectivités doivent remplir ; « chaque foyer » normalisé à 100 % ; « En 2024 » lu comme horizon.", ambiguous=True)
