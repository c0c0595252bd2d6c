"""Theme labels of the real passages made consistent with the written conventions (session 10 audit).

**Not applied** (``build.py`` does not call it; ``passages.jsonl`` keeps the annotators' labels): a theme model
retrained on the relabelled passages scored the same as 1.9.0 on the two unseen real theme sets (pooled micro-F1
0.801 both; the rule fixed beforehand asked for +0.01, ``models/themes/ROUND10_RULE.md``). Kept as the audit's
reproducible record and for a later decision: :func:`apply_conventions` gives the corrected records and
``python corpora/real/conventions.py`` lists what each rule changes (reads the transcriptions, writes nothing).
Texts, ids and order are unchanged. Why and the figures: ``scripts/themes_session10_audit.md``.

Each rule applies one written convention, quoted in :data:`RULES` (``corpora/real/README.md``, the taxonomy
``models/themes/taxonomy.yaml``, the synthetic relabelling ``scripts/themes_relabel_real_conventions.py``). A rule is
a pattern searched in the passage's text after :data:`NAMES` (institution, law, plan and label names that merely hold
a word of the pattern) are masked; it adds its theme where the annotators of some rounds left it out. Rules were kept
only where most passages matching them already carried the theme (share in the audit report), so that they fix the
minority, not the corpus's practice. Two cases no pattern captures well are listed by passage text
(:data:`LISTED`), each with its reason.

Not made a rule (no written convention, and the corpus's practice is the other way): « achats responsables » alone
(22 of 77 matching passages carry environment: mostly governance passages about purchasing policies and the RFAR
label), the SPASER's full name « socialement et écologiquement responsables » (7 of 30).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ENV = "environnement_climat_carbone"
GOV = "gouvernance_suivi"
MR = "marches_reserves_handicap"
ESS = "ess_economie_sociale"

# Names that hold a word of a pattern without stating the convention's subject (masked before matching).
NAMES = re.compile(
    r"commissa\w* g[ée]n[ée]ral au d[ée]veloppement durable|service d[ée]veloppement durable"
    r"|consultant d[ée]veloppement durable|(?:direction|[ée]lus en charge du) d[ée]veloppement durable"
    r"|(?:dans la m[êe]me direction le|rapport sur la situation en mati[èe]re de) d[ée]veloppement durable"
    r"|charg[ée]e? de projets? d.[ée]cologie|minist\w+ de (?:la transition [ée]cologique|l.[ée]cologie)"
    r"|plan national (?:d.action )?(?:pour |des )(?:les |des )?achats (?:publics )?durables"
    r"|haute qualit[ée] environnementale|facteurs environnementaux"
    r"|(?:g[ée]nie|ing[ée]nierie) [ée]cologique|socialement et [ée]cologiquement|[ée]cologiquement et socialement"
    r"|croissance verte|achats durables et de qualit[ée]|produits durables et de qualit[ée]",
    re.IGNORECASE,
)

# (rule name, theme added, pattern, the written convention it applies)
RULES: list[tuple[str, str, re.Pattern[str], str]] = [
    ("env-broad-sustainability", ENV, re.compile(
        r"d[ée]veloppement durable|\bachats? (?:publics? )?durables?\b|commande publique durable"
        r"|[ée]co-?\s?responsab|transition [ée]cologique", re.IGNORECASE),
     "corpora/real/README.md, 4th and 7th rounds: passages that state sustainability broadly (« développement "
     "durable », « achats durables », « éco-responsable », « transition écologique ») carry environnement_climat_carbone, "
     "beside their other themes, as the dev set's annotator labels them"),
    ("env-environmental-wording", ENV, re.compile(
        r"environnementa(?:l|le|les|ux)\b|impacts? sur l.environnement|[ée]cologiques?\b|[ée]cologie\b", re.IGNORECASE),
     "taxonomy: environnement_climat_carbone is « réduction de l'impact environnemental des achats », « critères et "
     "clauses environnementales »; a passage naming the environmental or ecological dimension carries it"),
    ("env-forest", ENV, re.compile(
        r"\b(?:FSC|PEFC)\b|d[ée]forestation|[ée]cocertifi|\bbois (?:certifi|tropica|exotique|l[ée]gal|ill[ée]gal)"
        r"|(?:exploitation|abattage|commerce) ill[ée]gal|for[êe]ts?\b[^.;]{0,40}(?:g[ée]r[ée]es? durablement|certifi"
        r"|sans coupes rases)|gestion durable (?:de la |des )?for[êe]ts?|(?:protection|pr[ée]servation) des for[êe]ts",
        re.IGNORECASE),
     "scripts/themes_relabel_real_conventions.py rule env-forest (session 9): wood or paper from sustainably managed or "
     "certified forests and illegal logging or deforestation carry environnement_climat_carbone besides biodiversite"),
    ("gov-spaser", GOV, re.compile(
        r"\bSPASER\b|\bSPAR\b|sch[ée]mas? (?:d[ée]partemental |r[ée]gional |communal |m[ée]tropolitain )?"
        r"(?:de promotion|pour la promotion|des achats|promotionnel)", re.IGNORECASE),
     "corpora/real/README.md: gouvernance_suivi covers the adoption, piloting, monitoring, publication and control of "
     "a schéma or plan, the SPASER as an object (7th round)"),
    ("gov-buyer-training", GOV, re.compile(
        r"\b(?:sensibilis|form)\w*\s+(?:les\s+|des\s+|ses\s+|nos\s+)?(?:acheteurs|prescripteurs)\b", re.IGNORECASE),
     "taxonomy: gouvernance_suivi includes « formation et sensibilisation des acheteurs » (include: « formation des "
     "acheteurs et prescripteurs »)"),
]

# (theme, "add" or "remove", exact text start of the passage, reason)
LISTED: list[tuple[str, str, str, str]] = [
    (MR, "remove", "Un marché peut également être réservé auprès d’acteurs de l’Économie Sociale et Solidaire (ESS)",
     "marché réservé à l'ESS (article L. 2113-15): taxonomy, marches_reserves_handicap is ESAT/EA (L. 2113-12), "
     "ESS structures go to ess_economie_sociale"),
    (MR, "remove", "l’article L2113-15 offre la possibilité de réserver des marchés à des entreprises de l’économie",
     "same: L. 2113-15 reserves contracts to ESS companies, not to ESAT/EA"),
    (MR, "add", "Ce schéma, rendu public, détermine les objectifs de politique d’achat comportant des éléments à "
     "caractère social", "the law's definition of the schéma (« travailleurs handicapés ou défavorisés »): the same "
     "quotation in passages_src3.py is labelled marches_reserves_handicap; taxonomy: « emploi des travailleurs "
     "handicapés »"),
    (MR, "add", "- Renforcer l’accessibilité numérique pour tous",
     "taxonomy include: « accessibilité pour les personnes en situation de handicap »"),
]


def rule_changes(text: str, themes: list[str]) -> list[tuple[str, str, str]]:
    """``(rule, theme, "add"|"remove")`` that the rules and listed edits make on a passage."""
    masked = NAMES.sub(" ", text)
    changes = [(name, theme, "add") for name, theme, pattern, _ in RULES
               if theme not in themes and pattern.search(masked)]
    for theme, action, start, _ in LISTED:
        if text.startswith(start) and ((action == "add") == (theme not in themes)):
            changes.append(("listed", theme, action))
    seen: set[tuple[str, str]] = set()
    unique = []
    for rule, theme, action in changes:
        if (theme, action) not in seen:
            seen.add((theme, action))
            unique.append((rule, theme, action))
    return unique


def apply_conventions(records: list[dict[str, Any]]) -> Counter:
    """Relabel ``records`` (the transcriber's dicts) in place; returns the number of passages each rule changed."""
    counts: Counter = Counter()
    for record in records:
        gold = record["gold"]
        for rule, theme, action in rule_changes(record["text"], gold["themes"]):
            if action == "add":
                gold["themes"].append(theme)
            else:
                gold["themes"].remove(theme)
                for objective in gold["objectives"]:
                    if theme in objective["themes"]:
                        objective["themes"].remove(theme)
            counts[f"{rule} {action} {theme}"] += 1
    return counts


def main() -> int:
    here = Path(__file__).resolve().parent
    sys.path.insert(0, str(here.parent))
    sys.path.insert(0, str(here))
    from passage_checks import Transcriber  # noqa: E402
    from passages_src import load  # noqa: E402
    from passages_src2 import load as load2  # noqa: E402
    from passages_src5 import load as load5  # noqa: E402
    from passages_src6 import load as load6  # noqa: E402
    from passages_src7 import load as load7  # noqa: E402
    from passages_src8 import load as load8  # noqa: E402
    from passages_src9 import load as load9  # noqa: E402

    transcriber = Transcriber()
    for loader in (load, load2, load5, load6, load7, load8, load9):
        loader(transcriber.source, transcriber.passage, transcriber.objective)
    for record in transcriber.records:
        for rule, theme, action in rule_changes(record["text"], record["gold"]["themes"]):
            print(f"{rule}\t{action} {theme}\t{record['text'][:140]}")
    counts = apply_conventions(transcriber.records)
    for key, number in sorted(counts.items()):
        print(f"# {key}: {number}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
