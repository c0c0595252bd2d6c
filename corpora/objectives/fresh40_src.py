"""Fortieth set of real passages kept for evaluation only (helpers S, P, Q: build_collected.py writes real-fresh40.jsonl).

Collected blind to what the extractor gets wrong (no error listing, first score or error table read, and the extractor
never run on these passages), to measure it on text nobody here had read. Pages of French national bodies only: here
the Agence française de développement (a national public establishment: its roadmap press release, its biodiversity
activity review, its news pages on its Paris-alignment rating and on its activity and responsibility report); about
climate and biodiversity financing targets and traps: results of the past, amounts committed, counts, dates and names
that hold a number. The stored pages corpus held very few unused pages of national bodies (ministries, DREAL, DRAAF,
ARS, rectorats, ADEME, Cerema, OFB, UGAP, Cour des comptes, Sénat, Assemblée, Légifrance and vie-publique were all
refused as hosts of earlier sets), so the set is small, on one host, and its share of passages with a quantified
objective is below the dev set's. Pages of sites that neither the shared dev set, nor any training passage
(``corpora/real``, the collected set, the theme model's training file), nor an earlier fresh set or theme set uses
(the build checks the first ones; the theme sets' hosts, and those of fresh39 and theme set 12 collected at the same
time, were checked by hand). Labelled with the conventions of the shared real dev set; never run through the
extractor here (the lead scores it). Every passage is copied from the opening of a public web page as the project's
search tool stored it, cited by its URL, 70 words or fewer. No detector is trained on it.
"""
# ruff: noqa: E501

from collected_src import ALIM, ENV, NRJ

BIO = "biodiversite"
EGAL = "egalite_femmes_hommes"


def load(S, P, Q) -> None:

    S("https://cambodia-kh.afd.fr/fr/commmuniques-de-presse/feuille-de-route-planete-2025-2030-lagence-francaise-de-developpement-afd", "Feuille de route « Planète 2025-2030 » : l’Agence française de développement (AFD) accélère la transition avec des engagements concrets et durables (AFD)")
    P("Un double alignement climat et biodiversité : Le groupe AFD renforce ses ambitions en alignant 100 % de ses activités sur l'Accord de Paris et le Cadre Mondial pour la Biodiversité de Kunming Montréal, en consacrant au moins 6 milliards d'euros par an au climat (2025-2027) et 800 millions d'euros par an à la biodiversité, tout en renforçant son ambition de catalyser les financements pour la transition écologique.",
      [ENV, BIO], objs=[Q(100, subject="activités du groupe alignées sur l'Accord de Paris et le Cadre mondial pour la biodiversité", themes=(ENV, BIO)),
                        Q(6000000000, "EUR", kind="absolute", per_year=True, comparator=">=", subject="financements consacrés au climat", themes=(ENV,)),
                        Q(800000000, "EUR", kind="absolute", per_year=True, subject="financements consacrés à la biodiversité", themes=(BIO,))],
      non=["2025-2027"], notes="Engagements de la feuille de route ; « (2025-2027) » est une période, pas un horizon ; « par an » : per_year ; « au moins » : >=. « renforce » / « alignant » ne sont pas des verbes de changement d'un niveau chiffré : reach.", ambiguous=True)
    P("À l’approche de la COP30 de Belém, le groupe Agence française de développement (AFD) réaffirme son rôle de premier financeur du climat et de la biodiversité de la France dans les pays en développement et les outre-mer français.",
      [ENV, BIO], non=["COP30"], notes="Numéro dans un nom de conférence (piège) ; aucun objectif.")

    S("https://www.afd.fr/fr/ressources/biodiversite-bilan-dactivite-2021", "Biodiversité : bilan d'activité 2021 (AFD)")
    P("le groupe AFD a pour objectif de porter d’ici 2025 sa finance biodiversité, ou positive pour la nature, à 1 milliard d’euros par an et adosser 30 % de sa finance climat à des opérations favorables à la nature, en phase avec les engagements pris par la France.",
      [BIO, ENV], objs=[Q(1000000000, "EUR", "increase", "absolute", horizon=2025, per_year=True, subject="finance biodiversité du groupe AFD", themes=(BIO,)),
                        Q(30, horizon=2025, subject="part de la finance climat adossée à des opérations favorables à la nature", themes=(ENV, BIO))],
      notes="Tranche contiguë d'une phrase plus longue. « porter … à » : increase ; « 1 milliard d'euros par an » : per_year. Le second objectif partage l'horizon « d'ici 2025 » par coordination.", ambiguous=True)
    P("En 2021, le montant des engagements biodiversité de l’AFD s’est élevé à 589 M€, soit 5,2% du total des engagements. C’est une augmentation de 4,3 % par rapport à 2020, et de presque 90 % depuis 2017.",
      [BIO], non=["2021", "589 M€", "5,2%", "4,3 %", "2020", "90 %", "2017"], notes="Résultats de l'année et hausses déjà réalisées (piège).")
    P("33% de la finance climat est quant à elle favorable à la nature.",
      [ENV, BIO], non=["33%"], notes="Constat de l'année 2021 (piège), à comparer à la cible de 30 % de la même page.")
    P("Le montant des engagements dédiés à la préserva¬tion de la nature (CAD-2) s’établit à 98 M€ et celui issu de projets sectoriels positifs pour la nature (CAD-1, par exemple biodiversité en ville, agroécologie, filières durables) à 491M€.",
      [BIO], non=["CAD-2", "98 M€", "CAD-1", "491M€"], notes="Montants engagés (constat) et codes de classement (piège).")

    S("https://www.afd.fr/fr/actualites/le-groupe-afd-salue-pour-son-role-transformationnel-dans-laccompagnement-des-transitions", "Le groupe AFD salué pour son rôle transformationnel dans l'accompagnement des transitions (AFD)")
    P("Le groupe AFD s'est engagé dès 2017, via une stratégie « 100 % Accord de Paris », à évaluer et à s’assurer de la cohérence de tous ses financements avec un développement bas-carbone et résilient dans ses pays d’intervention.",
      [ENV], objs=[Q(100, subject="financements du groupe cohérents avec un développement bas-carbone et résilient", themes=(ENV,))],
      non=["2017"], notes="Engagement en vigueur depuis 2017 (« dès 2017 » n'est pas un horizon) ; « tous ses financements » et le nom « 100 % Accord de Paris » donnent 100 %. On pourrait y voir un simple nom de stratégie déjà appliquée.", ambiguous=True)
    P("Il accompagne depuis de nombreuses années l’essor des énergies renouvelables et a cessé, depuis maintenant trois années consécutives (2020-2022), de financer des projets liés aux énergies fossiles.",
      [ENV, NRJ], non=["trois", "2020-2022"], notes="Pratique passée (piège).")
    P("Elle a également mis historiquement à profit sa présidence du club IDFC et du sommet Finance en commun (FiCS, une plateforme de banque de développement représentant 12 % des investissements globaux chaque année) pour soutenir d'autres institutions financières dans leur processus de réponse aux attentes de l’Accord de Paris.",
      [ENV], non=["12 %"], notes="Statistique de poids d'une plateforme (« chaque année » décrit un constat) : piège.")

    S("https://www.afd.fr/fr/actualites/rares-2022-odd-coeur-action-groupe-afd", "RARES 2022 : les ODD au cœur de l'action du groupe AFD (AFD)")
    P("En 2021, le groupe AFD a financé plus de 1 000 projets dans 115 pays en faveur des Objectifs de développement durable (ODD) des Nations unies, pour un montant total de 12,15 milliards d’euros.",
      [], non=["2021", "1 000", "115", "12,15 milliards d’euros"], notes="Bilan d'activité général (piège), sans thème de la taxonomie.")
    P("En 2021, année marquée par une aggravation de l’insécurité alimentaire, les 500 millions d’euros d’engagements dans ce domaine ont notamment permis de renforcer, via l’amélioration de l’accès aux services agricoles, les capacités de plus de 1,4 million de nouvelles personnes.",
      [ALIM], non=["2021", "500 millions d’euros", "1,4 million"], notes="Montants et résultats passés (piège) ; thème alimentaire au sens large.", ambiguous=True)
    P("L’AFD, qui s’affirme comme une agence féministe, considère l’égalité entre les femmes et les hommes (ODD n°5) comme un marqueur fort de la lutte contre les discriminations au sein de sa stratégie 100 % lien social.",
      [EGAL], non=["n°5", "100 %"], notes="« 100 % lien social » est le nom d'une stratégie, « n°5 » un numéro d'ODD (piège).")
    P("Pour tendre vers l’ODD n°2, qui incarne l’engagement pour la « Faim zéro », l’AFD a poursuivi le double objectif de la sécurité alimentaire et de l’amélioration du niveau de vie des populations rurales, tout en garantissant la préservation des ressources naturelles.",
      [ALIM], non=["n°2", "zéro"], notes="Action passée (« a poursuivi ») ; numéro d'ODD et nom « Faim zéro » (piège).", ambiguous=True)
