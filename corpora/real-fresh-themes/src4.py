"""Evaluation-only real passages labelled for themes, set 4 (``corpora/real-fresh-themes/passages4.jsonl``); never
train on them.

Collected as sets 1 to 3 (``src.py``, ``src2.py``, ``src3.py``) were, on other hosts: each page's usable opening (as
returned by the project's search tool, corpus "pages") is transcribed passage by passage, verbatim except for runs of
spaces, and labelled with **all** its themes with the shared real dev set's conventions. No theme model was run on
these passages while collecting or labelling (blind). Objective fields are left minimal (``is_objective`` false, no
objectives): this set is for themes only. Pages are trade press, companies, consultancies, law firms, blogs and
associations outside the public-purchasing networks.
"""
# ruff: noqa: E501

from passage_checks import AL, BIO, CE, CEQ, CS, CT, EFH, EN, ESS, INNO, MR, NUM, PME, SA, E, G


def load(S, P, Q) -> None:

    S("https://www.victoryus.pro/articles/clause-insertion-levier-strategique-ou-contrainte-marches-publics", "Clause d’insertion : levier stratégique ou contrainte dans les marchés publics ? (Victoryus)")
    P("Clause d’insertion : levier stratégique ou contrainte dans les marchés publics ?",
      [CS], notes="Titre: clause d'insertion.")
    P("La clause d’insertion, encore trop souvent perçue comme un passage obligé purement administratif, est en réalité un puissant levier stratégique.",
      [CS], notes="Clause d'insertion.")
    P("Bien maîtrisée, elle peut renforcer la qualité de votre réponse, crédibiliser votre positionnement et créer de la valeur au niveau local.",
      [CS], notes="« elle » = la clause d'insertion (pronom); valeur locale sans PME nommées.", ambiguous=True)
    P("Qu’est-ce qu’une clause d’insertion ?",
      [CS], notes="Intertitre sur la clause d'insertion.")
    P("La clause d’insertion est une disposition contractuelle inscrite dans certains marchés publics.",
      [CS], notes="Définition de la clause d'insertion.")
    P("Elle impose ou encourage le titulaire du marché à réserver une part des heures de travail à des publics éloignés de l’emploi.",
      [CS], notes="Heures d'insertion pour des publics éloignés de l'emploi.")
    P("Ces publics incluent notamment :",
      [CS], notes="Amorce de la liste des publics de la clause (par le contexte).", ambiguous=True)
    P("• Les demandeurs d’emploi de longue durée",
      [CS], notes="Public de la clause d'insertion (par la liste).", ambiguous=True)
    P("• Les jeunes sans qualification",
      [CS], notes="Public de la clause d'insertion (par la liste).", ambiguous=True)
    P("• Les bénéficiaires de minima sociaux",
      [CS], notes="Public de la clause d'insertion (par la liste).", ambiguous=True)
    P("• Les travailleurs handicapés",
      [CS], notes="Travailleurs handicapés nommés comme public d'une clause d'insertion: pas un marché réservé (convention du dev).", ambiguous=True)
    P("• Les personnes accompagnées par des structures d’insertion ou des GEIQ (Groupement d’Employeurs pour l’Insertion et la Qualification).",
      [CS], notes="Structures d'insertion et GEIQ: insertion.")
    P("Pourquoi cette clause est-elle de plus en plus utilisée ?",
      [CS], notes="Intertitre sur la clause (d'insertion, par le contexte).", ambiguous=True)
    P("La clause d’insertion s’inscrit dans une logique de commande publique responsable.",
      [CS, E], notes="Clause d'insertion; « commande publique responsable » au sens large → environnement (convention des sets 1-3).", ambiguous=True)
    P("Elle permet à l’acheteur d’utiliser son budget comme un outil d’impact social, tout en répondant à ses besoins opérationnels.",
      [CS], notes="Impact social de la clause (pronom).", ambiguous=True)
    P("Trois objectifs sont généralement recherchés :",
      [CS], notes="Objectifs de la clause d'insertion (par le contexte).", ambiguous=True)
    P("• Favoriser l’emploi local et lutter contre l’exclusion",
      [CS, PME], notes="Lutte contre l'exclusion (insertion); emploi local (ancrage territorial?).", ambiguous=True)
    P("• Développer des compétences dans les territoires",
      [CS], notes="Objectif de la clause d'insertion (formation des publics), par la liste.", ambiguous=True)
    P("• Impliquer les entreprises dans une logique partenariale avec les acteurs sociaux",
      [CS], notes="Partenariat avec les acteurs de l'insertion (par la liste).", ambiguous=True)
    P("Jusqu’ici incitative, l’insertion devient progressivement une exigence généralisée.",
      [CS], notes="Insertion dans les marchés.")

    S("https://www.littlebigconnection.com/fr/blog/positive-impact/achats-responsables-comment", "Qu’est-ce que les achats responsables et comment les mettre en place ? (Little Big Connection, blog)")
    P("Qu’est-ce que les achats responsables et comment les mettre en place ?",
      [E], notes="Titre: « achats responsables » au sens large → environnement (convention des sets 1-3).", ambiguous=True)
    P("Les entreprises sont de plus en plus nombreuses à entamer une transformation profonde vers le Positive Impact.",
      [E], notes="Transformation « Positive Impact » (durabilité au sens large).", ambiguous=True)
    P("Face à l’urgence climatique et aux nouvelles obligations réglementaires, celles-ci se voient contraintes : leurs achats doivent devenir responsables.",
      [E], notes="Urgence climatique, achats responsables.")
    P("La fonction Achats, en tant qu’interface directe avec les fournisseurs, est en première ligne de cette transformation.",
      [E], notes="La transformation durable (par le contexte).", ambiguous=True)
    P("C’est dans ce contexte que les \"achats responsables\" prennent tout leur sens.",
      [E], notes="Achats responsables au sens large.", ambiguous=True)
    P("Qu’appelle-t-on \"achats responsables\" ?",
      [E], notes="Intertitre: achats responsables au sens large.", ambiguous=True)
    P("Les achats responsables regroupent l’ensemble des pratiques qui visent à réduire les impacts négatifs des achats sur l’environnement et la société, tout en générant de la valeur à long terme pour l’entreprise et ses parties prenantes.",
      [E, CS], notes="Impacts sur l'environnement et la société (volet social au sens large).", ambiguous=True)
    P("Ils concernent tous les types d’achats (directs, indirects, stratégiques ou courants) et considèrent l’intégralité du cycle de vie d’un produit ou service.",
      [E], notes="Cycle de vie: environnement.", ambiguous=True)
    P("Exemples d’initiatives d’achats responsables :",
      [E], notes="Amorce de liste, achats responsables au sens large.", ambiguous=True)
    P("• Privilégier des fournisseurs labellisés ou certifiés (Ecovadis, BCorp, ISO 14001...)",
      [E], notes="Certifications RSE et ISO 14001 (management environnemental).")
    P("• Utiliser des matériaux recyclés ou éco-conçus dans la chaîne de production",
      [CE, E], notes="Matériaux recyclés (économie circulaire), écoconception (environnement).")
    P("• Mettre en place une politique de Travel Management responsable, en limitant les déplacements ou en favorisant les transports à faible impact",
      [E], notes="Déplacements et transports à faible impact.")
    P("• Collaborer avec des entreprises d’insertion professionnelle ou du secteur protégé",
      [CS, MR], notes="Entreprises d'insertion (insertion) et secteur protégé (handicap).")
    P("• Choisir des data centers éco-responsables pour héberger ses infrastructures numériques",
      [NUM, E], notes="Data centers éco-responsables: numérique responsable.")
    P("• Intégrer des fournisseurs locaux ou issus de TPE/PME",
      [PME], notes="Fournisseurs locaux et TPE/PME.")

    S("https://archimag.com/demat-cloud/2024/10/24/achats-responsables-durables-dematerialisation-gestform-bordeaux", "Achats responsables et durables (Archimag)")
    P("L'achat responsable, ce n'est pas seulement une question de respect des normes ou de réduction des coûts.",
      [E], notes="Achat responsable au sens large → environnement.", ambiguous=True)
    P("C'est une véritable stratégie qui vise à concilier performance économique, impact environnemental et justice sociale.",
      [E, CS], notes="Impact environnemental; justice sociale (volet social au sens large).", ambiguous=True)
    P("Concrètement, il s'agit de privilégier des produits et services à faible empreinte écologique, issus de circuits courts ou de matériaux recyclables, tout en favorisant l’insertion sociale et le soutien aux PME locales.",
      [E, AL, CE, CS, PME], notes="Empreinte écologique, circuits courts (pas forcément alimentaires), matériaux recyclables, insertion sociale, PME locales.", ambiguous=True)
    P("Mais pour que l’achat soit pleinement responsable, il est nécessaire d’interroger la dimension responsable sur ses trois composantes :",
      [E], notes="Achat responsable au sens large.", ambiguous=True)
    P("- Ce que j’achète : à travers la définition des besoins, et la mise en œuvre d’une démarche d’éco-conception ou d’analyse du cycle de vie, il s’agit d’éliminer ce dont on n’a pas besoins pour se concentrer sur le juste besoin.",
      [E], notes="Écoconception, analyse du cycle de vie, juste besoin (sobriété).")
    P("- À qui je l’achète : à travers la sélection du fournisseur et des moyens qu’il met en place, il s’agit de limiter les risques liés au fournisseur.",
      [], notes="Sélection du fournisseur et risques, sans thème précis.", ambiguous=True)
    P("- Comment je l’achète : à travers les modalités de sélection et de contractualisation, il s’agit de mettre en place une relation partenariale et équilibrée avec le fournisseur, dans une logique « gagnant / gagnant » afin de stimuler l’innovation.",
      [INNO], notes="Relation fournisseur pour stimuler l'innovation.", ambiguous=True)
    P("Car en achetant responsable, il est possible non seulement de préserver l’environnement, mais surtout de redonner du sens à chaque euro dépensé.",
      [E], notes="Préserver l'environnement.")
    P("Grâce au témoignage de Mustapha ELOUAJIDI, Directeur adjoint achat et commande publique Bordeaux Métropole, vous saurez comment intégrer des pratiques responsables dans vos processus achats, tout en respectant les cadres législatif et réglementaire en vigueur.",
      [E], notes="Pratiques responsables au sens large.", ambiguous=True)
