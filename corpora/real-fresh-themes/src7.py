"""Evaluation-only real passages labelled for themes, set 7 (``corpora/real-fresh-themes/passages7.jsonl``); never
train on them.

Collected as sets 1 to 6 (``src.py`` ... ``src6.py``) were, on other hosts: each page's usable opening (as returned by
the project's search tool, corpus "pages") is transcribed passage by passage, verbatim except for runs of spaces, and
labelled with **all** its themes with the shared real dev set's conventions. No theme model was run on these passages
while collecting or labelling (blind). Objective fields are left minimal (``is_objective`` false, no objectives): this
set is for themes only. Pages are trade press, companies, consultancies, law firms, blogs and associations outside the
public-purchasing networks; every passage is about purchasing, procurement, buyers or suppliers; at most 8 passages per
page.
"""
# ruff: noqa: E501

from passage_checks import AL, CE, CEQ, CS, CT, EN, NUM, PME, E, G


def load(S, P, Q) -> None:

    S("https://entreprise-paris.com/les-achats-responsables-et-responsabilite-sociale-des-entreprises", "Les achats responsables et responsabilité sociale des entreprises (entreprise-paris.com)")
    P("Mettre en place une politique d’achats responsables est aujourd’hui au cœur des préoccupations des gérants de sociétés de divers secteurs, notamment dans le cadre de l’application de la responsabilité sociétale des entreprises (RSE).",
      [E], notes="Achats responsables et RSE au sens large (convention: environnement).", ambiguous=True)
    P("Sont qualifiés d’achats responsables les achats qui prennent en compte une dimension éthique, principalement en termes de politique sociale et environnementale.",
      [E, CS], notes="Dimension sociale et environnementale des achats (volet social → clauses sociales?).", ambiguous=True)
    P("Ces achats intègrent non seulement les critères fondamentaux du prix, de la qualité et des délais, mais s’inscrivent aussi dans une démarche d’éco-responsabilité et de justice sociétale.",
      [E, CS], notes="Éco-responsabilité; justice sociétale (volet social?).", ambiguous=True)
    P("Une entreprise pratiquant l’achat responsable préférera par exemple acheter un lot d’ordinateurs reconditionnés de qualité plutôt que du matériel neuf.",
      [NUM, CE], notes="Ordinateurs reconditionnés: numérique responsable et réemploi.")
    P("Elle choisira aussi de fournir à ses collaborateurs une fontaine à eau rechargeable et des récipients réutilisables plutôt que des bouteilles d’eau individuelles en plastique.",
      [CE], notes="Réutilisable plutôt que plastique jetable: réduction des déchets.")
    P("Elle optera pour des produits et matériaux produits localement et/ou issus du commerce équitable.",
      [CEQ, PME], notes="Commerce équitable; produits locaux (accès local?).", ambiguous=True)
    P("- la préservation de l’environnement : la réduction des déchets, les produits avec une longue durée de vie, les matériaux écologiques, les économies d’énergie…",
      [E, CE, EN], notes="Item de liste: environnement, déchets et durée de vie, économies d'énergie.")
    P("- le progrès social: les conditions de travail, la juste rémunération, l’insertion, la diversité, l’équité…",
      [CT, CS], notes="Item de liste: conditions de travail, rémunération, insertion.")

    S("https://infonet.fr/lexique/definitions/politique-dachat-responsable/", "Politique d'achat responsable (Infonet, lexique)")
    P("Une politique d’achat responsable est une stratégie d’achat menée par une entreprise. Elle s’inscrit dans une démarche de responsabilité sociétale des entreprises aussi connue sous son sigle RSE.",
      [E, G], notes="Achats responsables / RSE (convention: environnement); stratégie d'achat (gouvernance?).", ambiguous=True)
    P("La politique d’achat responsable est une dynamique d’achat basée sur des valeurs sociales et environnementales.",
      [E, CS], notes="Valeurs sociales et environnementales (volet social → clauses sociales?).", ambiguous=True)
    P("Pour mettre en place une politique d’achat responsable au sein d’une entreprise, le service des achats doit se focaliser sur des achats intelligents. Ces derniers doivent ainsi s’inscrire dans une démarche RSE tout en améliorant les performances de l’entreprise.",
      [E], notes="Démarche RSE des achats (convention: environnement).", ambiguous=True)
    P("Des normes permettent d’encadrer ces changements au sein du pôle achat qui doit appliquer une nouvelle dynamique dans son processus d’achat.",
      [G], notes="Normes encadrant le processus d'achat (pilotage?).", ambiguous=True)
    P("la norme ISO 26000 : elle regroupe les principaux fondements de la RSE et permet donc au responsable des achats de développer sa politique d’achat grâce à ce modèle.",
      [E, G], notes="Item de liste: ISO 26000, RSE, politique d'achat (référentiel: gouvernance?).", ambiguous=True)

    S("https://eddy.fr/actualites/la-politique-d-achat-responsable", "La politique d'achat responsable (Eddy)")
    P("La politique d’achat responsable s’inscrit en général dans la démarche RSE (responsabilité sociétale des entreprises) d’une société.",
      [E], notes="Achats responsables et RSE (convention: environnement).", ambiguous=True)
    P("Une politique d’achats responsables permet de passer d’une relation purement économique avec ses fournisseurs à une relation basée sur la confiance, le partenariat, etc.",
      [E, G], notes="Relation fournisseurs responsable (gouvernance?), achats responsables (environnement).", ambiguous=True)
    P("Enfin, mener une politique d’achats responsables a un autre atout économique très concret, puisqu’elle peut par exemple diminuer le coût de l’emballage, optimiser le transport, etc.",
      [E, CE], notes="Emballages (déchets?) et transport optimisé.", ambiguous=True)
    P("Tout dépend de la taille de l’entreprise et de son engagement dans la RSE, mais aussi du type d’achat (des spécificités s’appliquent aux marchés publics qui contiennent des clauses RSE par exemple).",
      [E], notes="RSE et clauses RSE des marchés publics (convention: environnement).", ambiguous=True)
    P("Cependant, pour mettre en place une politique d’achats responsables dans une entreprise, il faut commencer par se poser les bonnes questions, et donc auditer l’existant.",
      [E, G], notes="Audit préalable d'une politique d'achats responsables (pilotage).", ambiguous=True)

    S("https://www.greenflex.com/actualites/articles/definition-politique-achat-responsable/", "Qu'est-ce qu'une politique d'achat responsable ? (GreenFlex)")
    P("Développer une politique d’achat responsable et durable est un enjeu important pour les entreprises.",
      [E], notes="Achat responsable et durable (convention: environnement).")
    P("En privilégiant les achats éthiques et écologiques en cohérence avec la stratégie globale de l’entreprise, vous vous inscrivez dans une dynamique engagée et contribuez à sensibiliser les consommateurs par votre attitude exemplaire.",
      [E], notes="Achats écologiques.")
    P("Dans le cadre des principes généraux de votre RSE, la mise en place d’une politique d’achat responsable vous permet d’agir sur le marché tout en protégeant l’environnement.",
      [E], notes="Achat responsable protégeant l'environnement.")
    P("Elle doit prendre en compte les impacts économiques, sociaux, énergétiques et environnementaux de chacune de ses actions, et ce, de la conception du produit ou du service jusqu’à sa fin de vie.",
      [E, EN, CS], notes="Impacts énergétiques, environnementaux, sociaux (volet social → clauses sociales?).", ambiguous=True)
    P("C’est aussi un engagement d’utilité sociale s’inscrivant dans une démarche d’économie circulaire pour une consommation raisonnée, à un coût maitrisé.",
      [CE, CS], notes="Économie circulaire; utilité sociale (clauses sociales?).", ambiguous=True)
    P("Une politique d’achat responsable ne s’improvise pas. Ses objectifs doivent être clairement formalisés.",
      [G, E], notes="Formalisation des objectifs de la politique d'achat (pilotage).", ambiguous=True)

    S("https://www.lechampdescantines.fr/articles/les-regles-de-la-commande-publique", "Les règles de la commande publique (Le Champ des cantines)")
    P("La qualité des ingrédients (exigence de 50% de produits durables dont 20% de produits bio par la loi EGAlim)",
      [AL], notes="Item de liste: EGAlim, produits durables et bio (objectif non annoté dans ce set).")
    P("La restauration collective publique est soumise au code de la commande publique, dont les règles garantissent l’utilisation optimale et pertinente de l’argent public vis-à-vis de l’objectif du service public assuré : l’alimentation des convives.",
      [AL], notes="Restauration collective et commande publique.")
    P("Les achats (en denrées alimentaires pour les régies directes, ou en prestation traiteur pour les gestions concédées) doivent être faits en respectant des procédures : les critères de sélection doivent être publics, garantir l’égalité de traitement des candidats et leur liberté d’accès au marché lancé par la collectivité.",
      [AL], notes="Achats de denrées alimentaires.")
    P("Ce cadre légal empêche notamment l’acheteur·euse d’exiger une origine géographique spécifique.",
      [AL, PME], notes="Pas d'exigence d'origine géographique (approvisionnement local).", ambiguous=True)
    P("Les procédures d’achat que les collectivités doivent respecter varient en fonction du montant de leurs achats annuels.",
      [AL], notes="Procédures d'achat de la restauration collective (par la page).", ambiguous=True)
