"""Relabel synthetic theme passages whose gold contradicts the real-text conventions (model 1.5.0; second pass in session 9).

    .venv/bin/python scripts/themes_relabel_real_conventions.py [--check]

Adds a theme to listed lines (:data:`RELABEL`) and to lines matched by a pattern rule (:data:`PATTERN_RULES`) of
``corpora/themes/src/*.txt`` (all splits: the text, hence its id, split and
noisy variants, is unchanged), then ``corpora/themes/build_corpus.py`` must be rerun. Each rule follows the
shared real dev set's conventions (its README and labels) and the taxonomy's own definitions; the model card
("Relabelling of the synthetic gold, 1.5.0") gives the counts and the figures before and after. ``--check``
only reports lines still to change (idempotent).

Rules:
* ``governance``: a full sentence about the schéma as an object (its adoption, legal basis or obligation,
  assujettissement threshold, elaboration, period, scope, structure, predecessor) gets ``gouvernance_suivi``;
  page furniture (running headers, page numbers, tables of contents, bare headings) stays without theme.
* ``circular``: durability of equipment (lifespan, warranty, spare parts, repairability, reconditioned
  equipment, no automatic replacement), reduction of printers and printed pages, and food waste get
  ``economie_circulaire_reemploi_dechets`` (the taxonomy defines that theme with « allongement de la durée de
  vie », « réparation », « réemploi »; the real texts label office paper, printers and food waste that way).

Second pass (session 9): rules written as patterns (:data:`PATTERN_RULES`), matched on the text of every written
line of every source file in their scope, so that every line of the corpus that states the convention gets the theme,
not only the lines a model misses. Each changed line was read (precision of the rule, listed in the corpus README).

* ``gov-network-training`` (files with a theme, i.e. all but ``none.txt``): the buyer joins a network of public buyers
  or authorities about its purchasing, trains or raises the awareness of its own agents, buyers or prescribers, names a
  referent inside its purchasing department, or publishes each year the list of contracts it awarded (reporting) ->
  ``gouvernance_suivi``. The taxonomy defines that theme with « formation et sensibilisation des acheteurs, outils,
  réseaux et communication sur la politique d'achats responsables » (include: « réseau des acheteurs », « rapport
  public »); corpora/real/README.md labels « buyer networks, referents and training » and reporting as governance in
  the dev set's broad sense; the corpus itself already labels the same sentences that way in other lines (« adhère au
  réseau des collectivités territoriales pour une économie solidaire », « sensibiliser les agents et les élus »).
  Not matched: networks of suppliers used for sourcing (GESAT, recycleries, CRESS), a referent accompanying job seekers,
  training of a contractor's staff or of cooks, a programme of future purchases published for suppliers (SME access).
* ``env-forest`` (all files): wood or paper from sustainably managed or certified forests (FSC, PEFC, « forêts gérées
  durablement », certified wood, forests « sans coupes rases ») and imported deforestation -> also
  ``environnement_climat_carbone`` (besides ``biodiversite``). The taxonomy's environment theme covers « écolabels »
  and the environmental impact of purchases; the shared dev set and corpora/real label responsible-wood and
  deforestation passages biodiversity and environment, and the corpus already did for one of its two near-identical
  FSC/PEFC sentences and for forest-managed paper and timber.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "corpora" / "themes" / "src"
GOV = "gouvernance_suivi"
CIRC = "economie_circulaire_reemploi_dechets"
# (file, exact text as written in the source line, theme to add)
RELABEL: list[tuple[str, str, str]] = [
    # governance: the schéma as an object
    ("none.txt", "Le présent document a été adopté par délibération du conseil municipal du 14 décembre 2022.", GOV),
    ("none.txt", "Le présent schéma couvre la période 2023-2027.", GOV),
    ("none.txt", "Le présent schéma a été élaboré entre janvier et juin 2023 par la direction des achats.", GOV),
    ("none.txt", "Conformément à l'article L. 2111-3 du code de la commande publique, la collectivité adopte le présent schéma.", GOV),
    ("none.txt", "Le schéma s'articule autour de quatre axes, déclinés en douze objectifs et trente-deux actions.", GOV),
    ("none.txt", "La collectivité est soumise à cette obligation car le montant de ses achats dépasse 50 millions d'euros.", GOV),
    ("none.txt", "Le présent schéma annule et remplace le précédent, adopté en 2017.", GOV),
    ("none.txt", "Ia collectivité a adopté Ie présent schéma", GOV),
    ("none.txt", "Le schéma a été présenté en commission le 12 septembre avant son adoption en séance plénière.", GOV),
    ("none.txt", "Le présent schéma concerne l'ensemble des services de la collectivité et de ses établissements publics rattachés.", GOV),
    ("none.txt", "Le présent schéma s'inscrit dans le prolongement du projet de mandat adopté en 2021.", GOV),
    ("none.txt", "Document adopté en conseil métropolitain le 30 juin 2023 — Délibération n° 2023-0412", GOV),
    ("none.txt", "Le présent schéma est établi en application de l'article L. 2111-3 du code de la commande publique.", GOV),
    ("none.txt", "Le SPASER 2024-2028 a été adopté à l'unanimité par délibération du 15 décembre 2023.", GOV),
    ("none.txt", "Le décret n° 2022-767 du 2 mai 2022 a abaissé le seuil au-delà duquel un acheteur est tenu d'adopter un schéma.", GOV),
    ("none.txt", "Le document a été élaboré entre septembre 2022 et juin 2023, à l'issue de quatre ateliers et d'une soixantaine d'entretiens.", GOV),
    ("none.txt", "Ie présent document a été adopté par Ia commission permanente du 4 juiIlet 2023 | 2", GOV),
]
NUMERIQUE_CIRCULAR = [
    "La durée d'usage des ordinateurs portables des agents sera portée de 4 à 6 ans.",
    "Le nombre d'imprimantes individuelles sera réduit au profit d'équipements partagés.",
    "Les marchés de maintenance informatique incluront la réparation et la mise à jour des matériels existants.",
    "Action 9.1 : Allonger la durée de vie des équipements informatiques",
    "- ordinateurs reconditionnés",
    "Allonger la durée de vie des équipements informatiques et privilégier le reconditionné",
    "Part des équipements numériques reconditionnés : 5 %, cible : 20 %",
    "Numeérique responsable : réduire le nombre d'imprimantes individuelles",
    "Le parc d'imprimantes individuelles sera remplacé par des équipements partagés.",
    "Nombre de pages imprimées par agent et par an | 2 400 | 1 200",
    "- écrans et PC reconditionnés",
    "Durée de vie des équipements informatiques : 5 ans",
    "Le renouvellement des postes de travail de l'université ne sera plus automatique : un poste n'est remplacé que s'il ne fait plus tourner les applications métiers.",
    "Les vidéoprojecteurs et écrans interactifs des collèges seront choisis pour leur durée de garantie et la disponibilité des lampes et cartes de rechange.",
    "- garantie de sept ans sur les PC portables des agents",
    "Allonger Ia durée d'usage des postes de travaiI à 7 ans — Université de",
    "Les tablettes et portables des agents seront choisis parmi les modèles dont les pièces détachées restent disponibles au moins sept ans.",
    "Le CHU remplacera ses imprimantes individuelles par des copieurs partagés, paramétrés par défaut en recto verso et en noir et blanc.",
    "Les smartphones de service seront achetés sans chargeur ni écouteurs et assortis d'une garantie de cinq ans.",
    "Action 7.1 – Allonger à sept ans la durée de vie des ordinateurs portables des agents",
    "Volume de pages imprimées par agent et par an | 2022 : 3 100 | 2025 : 1 800",
    "• indice de réparabilité minimal de 8/10 pour les smartphones",
    "pourquoi les imprimantes de la fac sont changees tous les 3 ans alors qu'elles marchent tres bien ??",
    "Objectif 7 — Un numérique pIus sobre : aIIonger Ia durée d'usage des équipements informatiques | 58",
    "• Mutua1iser Ies serveurs et réduire Ie nombre d'imprimantes | p. 59",
]
FOOD_WASTE = [
    "La lutte contre le gaspillage alimentaire fera l'objet d'un suivi des pesées dans chaque cuisine centrale.",
    "Mesure 12 – Lutter contre le gaspillage alimentaire dans les cantines",
    "Quantité de nourriture gaspillée par repas (g) | 120 g | 80 g",
    "– gaspillage alimentaire",
    "Grammes jetés par plateau servi | 130 g | 80 g",
    "Restes d'assiette par repas servi au restaurant universitaire — 110 g — 70 g",
    "Iutte contre le gaspiIIage aIimentaire : pesée des restes à l'internat tous les jeudis",
    "L'université engagera avec le CROUS une démarche pour réduire de moitié les restes de plateaux jetés dans ses restaurants universitaires.",
    "Quantité jetée par convive et par repas (g) | 2022 : 120 | 2026 : 60",
]
RELABEL += [("numerique_responsable.txt", text, CIRC) for text in NUMERIQUE_CIRCULAR]
RELABEL += [("alimentation_durable_bio_circuits_courts.txt", text, CIRC) for text in FOOD_WASTE]


ENV = "environnement_climat_carbone"
# (rule name, theme to add, pattern searched in the text of a written line, source files out of scope)
PATTERN_RULES: list[tuple[str, str, re.Pattern[str], frozenset[str]]] = [
    ("gov-network-training", GOV, re.compile(
        r"\b(?:rejoin|adh[èe]r)\w*\b[^|]*\br[ée]seau (?:des |d')(?:acheteurs|collectivit)"
        r"|\b(?:sensibilis|form)\w*\s+(?:les\s+|des\s+|ses\s+)?(?:agents|acheteurs|prescripteurs)\b"
        r"|\bréférent\b[^|]*\b(?:direction|service|cellule) des achats"
        r"|\bpubli\w* chaque année la liste des (?:contrats|marchés) attribués"
        r"|\b(?:bilan|rapport) annuel", re.IGNORECASE), frozenset({"none.txt", "gouvernance_suivi.txt"})),
    ("env-forest", ENV, re.compile(
        r"\b(?:FSC|PEFC)\b|d[ée]forestation|destruction des for[êe]ts|\bbois certifi"
        r"|\bfor[êe]ts?\b[^|]*(?:g[ée]r[ée]es? durablement|certifi|sans coupes rases)", re.IGNORECASE),
        frozenset({"environnement_climat_carbone.txt"})),
]


def _parse(line: str) -> tuple[str, str, list[str]] | None:
    """``(style, text, extra ids)`` of a written source line, ``None`` for comments and blank lines."""
    style, sep, rest = line.partition(" | ")
    if not sep or line.startswith("#"):
        return None
    text, _, extra = rest.rpartition("|")
    return style, text.strip(), [t.strip() for t in extra.split(",") if t.strip()]


def pattern_matches(name: str, text: str) -> list[tuple[str, str]]:
    """``(rule name, theme)`` of every pattern rule whose scope holds ``name`` and whose pattern ``text`` matches."""
    return [(rule, theme) for rule, theme, pattern, skip in PATTERN_RULES if name not in skip and pattern.search(text)]


def apply(check: bool = False, counts: dict[str, int] | None = None) -> int:
    """Add the themes; returns the number of lines changed (or still to change with ``check``).

    ``counts``, when given, receives the number of lines each rule changes (``listed`` for :data:`RELABEL`)."""
    changed = 0
    for path in sorted(SRC.glob("*.txt")):
        name = path.name
        lines = path.read_text(encoding="utf-8").split("\n")
        wanted = {text: theme for file, text, theme in RELABEL if file == name}
        found: set[str] = set()
        touched = False
        for index, line in enumerate(lines):
            parsed = _parse(line)
            if parsed is None:
                continue
            style, text, ids = parsed
            additions = [("listed", wanted[text])] if text in wanted else []
            if text in wanted:
                found.add(text)
            additions += pattern_matches(name, text)
            new = list(ids)
            for rule, theme in additions:
                if theme != path.stem and theme not in new:
                    new.append(theme)
                    if counts is not None:
                        counts[rule] = counts.get(rule, 0) + 1
            if new == ids:
                continue
            changed += 1
            touched = True
            lines[index] = f"{style} | {text} | {', '.join(new)}"
        missing = set(wanted) - found
        if missing:
            raise SystemExit(f"{name}: lines not found: {sorted(missing)}")
        if touched and not check:
            path.write_text("\n".join(lines), encoding="utf-8")
    return changed


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report the lines still to change (writes nothing)")
    check = parser.parse_args().check
    counts: dict[str, int] = {}
    count = apply(check=check, counts=counts)
    print(f"{count} lines {'to relabel' if check else 'relabelled'}")
    for rule, number in sorted(counts.items()):
        print(f"  {rule}: {number}")
