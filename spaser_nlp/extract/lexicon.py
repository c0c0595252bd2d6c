"""French cue words that tell a target from a result, a budget, a threshold or a reference.

Each cue is a compiled regular expression over lower-cased-insensitive text;
they are grouped by what they say about a number, and used by
:mod:`spaser_nlp.extract.rules`. Patterns tolerate the OCR accent slips that
survive cleaning (``é``/``è``/``e``).
"""

from __future__ import annotations

import re

I = re.IGNORECASE
E = "[eéèê]"  # any e, for OCR-robust patterns

# ---- what makes a clause a target -------------------------------------------------------------
OBJECTIVE_WORDS = re.compile(
    rf"\b(?:objectifs?|cibles?|cibl{E}{E}?s?|vis{E}s?|vise(?:nt|ra|ront|r)?|viser|ambition(?:ne)?|"
    rf"s['’]{E}ngag{E}\w*|engag{E}ments?\s+(?:de|à)|se\s+fixe\w*|s['’]{E}st\s+fix{E}|fix{E}e?s?\s+(?:à|pour)|"
    rf"{E}ntend(?:ent)?|pr{E}voit|souhaite\w*|retient|jalons?|trajectoire|{E}tape\s+interm{E}diaire|"
    rf"point\s+d['’]{E}tape|il\s+s['’]agit\s+de|doi(?:t|vent)\s+(?:atteindre|repr{E}senter)|"
    rf"(?:a|ont|avait|avaient)\s+d{E}cid{E}\s+d(?:e|['’])|propos(?:e|ons|ent|ait|aient)\s+(?:de|d['’]|que|qu['’]))\b",
    I,
)
# Future and obligation: "sera porté", "comporteront", "devra atteindre".
FUTURE = re.compile(
    rf"\b(?:sera|seront|devra|devront|aura|auront|fera|feront|pourra|pourront|ira|iront|"
    rf"\w{{3,}}(?:{E}ra|{E}ront|ira|iront|dra|dront|ura|uront)|"
    # the near future: « la part … va notamment monter à 40 % », « la ville va progressivement passer 40 % »
    # (verbs of change or of reaching only: « vont concerner quatre secteurs » says what, not how much)
    rf"(?:va|vont)\s+(?:[a-zà-ÿ]+ment\s+)?(?:monter|passer|porter|atteindre|augmenter|r{E}duire|doubler|tripler|"
    rf"baisser|diminuer|progresser|grimper|cro[iî]tre|d{E}passer|diviser|multiplier|att{E}indre))\b",
    I,
)
_NOT_FUTURE = {"entra", "cadra", "extra", "opéra", "caméra", "ultra", "contra", "sidra", "hydra"}
# A clause that opens on an infinitive is an imperative target ("Porter à 25 % ...").
INFINITIVE_START = re.compile(
    r"^\W*(?:et\s+|puis\s+|ou\s+)?(?:[a-zà-ÿ]+\s+)?(?P<verb>[a-zà-ÿ]+(?:er|ir|re|oir))\b", I
)
CHANGE_VERBS_INF = re.compile(
    rf"\b(?:porter|atteindre|r{E}aliser|r{E}duire|augmenter|diminuer|baisser|accro[iî]tre|doubler|tripler|"
    rf"diviser|multiplier|limiter|plafonner|maintenir|stabiliser|passer|int{E}grer|{E}quiper|former|"
    rf"g{E}n{E}raliser|garantir|assurer|consacrer|atteindre|d{E}velopper|r{E}server|attribuer|conclure|notifier|"
    rf"acheter|recruter|accompagner|sensibiliser|labelliser|v{E}g{E}taliser|r{E}nover|remplacer|conventionner|"
    rf"mobiliser|d{E}passer|progresser|{E}lever|relever|abaisser|ramener|r{E}server|comporter|inclure|"
    rf"recourir|proposer|signer|sortir|valoriser|r{E}employer|recycler|d{E}carboner|{E}conomiser|consommer|"
    rf"approvisionner|servir|d{E}ployer|financer|cr{E}er|ouvrir|soutenir|contr[oô]ler|auditer|publier|"
    rf"labelliser|certifier|{E}lectrifier|convertir|verdir)\b",
    I,
)
HORIZON_WORDS = re.compile(
    rf"\b(?:d['’]\s*ici|[àa]\s+l['’]horizon|horizon|[àa]\s+l['’]{E}ch{E}ance|au\s+terme\s+du|"
    rf"d[eè]s\s+\d{{4}}|[àa]\s+compter\s+d|au\s+plus\s+tard|sur\s+la\s+dur{E}e\s+du\s+sch{E}ma|"
    rf"[àa]\s+fin\s+\d{{4}}|fin\s+\d{{4}}|jusqu['’]en)\b",
    I,
)
COMPARATOR_MIN = re.compile(
    rf"(?:au\s+moins|au\s+minimum|a\s+minima|minimum(?:\s+de)?|minimal{E}?s?(?:\s+de)?|plus\s+de|"
    rf"sup{E}rieure?s?\s+(?:ou\s+{E}gale?s?\s+)?(?:à|a)|au[-\s]del[àa]\s+de|pas\s+moins\s+de|≥|>=|"
    rf"{E}gale?s?\s+ou\s+sup{E}rieure?s?\s+(?:à|a)|au\s+moins\s+{E}gale?s?\s+(?:à|a))\s*(?:d['’]\s*|de\s+|à\s+)?$",
    I,
)
COMPARATOR_MAX = re.compile(
    rf"(?:au\s+plus|au\s+maximum|maximum(?:\s+de)?|maximal{E}?s?(?:\s+de)?|moins\s+de|"
    rf"inf{E}rieure?s?\s+(?:ou\s+{E}gale?s?\s+)?(?:à|a)|ne\s+pas\s+d{E}passer|ne\s+d{E}passant\s+pas|"
    rf"ne\s+d{E}passera\s+pas|ne\s+d{E}passeront\s+pas|limit{E}\w*\s+(?:(?:\w+\s+){{0,6}})?(?:à|a)|plafonn{E}\w*\s+(?:(?:\w+\s+){{0,6}})?(?:à|a)|"
    rf"jusqu['’]à|≤|<=|sous\s+la\s+barre\s+de|en\s+dessous\s+de|sous\s+le\s+seuil\s+de)\s*(?:d['’]\s*|de\s+)?$",
    I,
)
COMPARATOR_MIN_AFTER = re.compile(r"^\s*(?:au\s+moins|minimum|au\s+minimum|a\s+minima)\b", I)
COMPARATOR_MAX_AFTER = re.compile(r"^\s*(?:au\s+plus|maximum|au\s+maximum)\b", I)
PER_YEAR = re.compile(
    rf"(?:\bpar\s+an\b|\bpar\s+ann{E}e\b|\bchaque\s+ann{E}e\b|\bannu{E}l(?:le)?s?\b|\bannuellement\b|/\s*an\b|\bl['’]an\b|"
    rf"\btous\s+les\s+ans\b|\bpar\s+exercice\b|\bchaque\s+exercice\b|\bpar\s+saison\b|\bchaque\s+saison\b|"
    rf"\bpar\s+campagne\b)",
    I,
)
# The nouns of a share: a level measured as a part of a whole (« la part des produits bio », « le taux de marchés
# clausés »), for the rules that tell a share's level from a change or an amount.
SHARE_NOUNS = r"(?:part|taux|proportion|pourcentage)"
# A list item's mark (bullet or dash), as a character class to build patterns with.
BULLET_MARK = r"[•\-–*▪►·]"
# A word for today, as the date of a level (« 15 % aujourd'hui », « contre 12 % actuellement »).
TODAY = r"(?:aujourd['’]hui|actuellement|[àa]\s+ce\s+jour)"

# ---- direction -------------------------------------------------------------------------------
# (« 50 % au moins de produits bio »: a comparator, not a decrease)
DECREASE = re.compile(
    rf"\b(?:r{E}dui\w*|r{E}duction|diminu\w*|baisse\w*|descend(?:re|ra|ront|ant)\b|abaiss\w*|divis\w*|(?<!au\s)moins\s+de\s+\w+|recul\w*|"
    rf"{E}conomis\w*|{E}conomies\b|"
    # « soit une économie de 13,5 % »; not the names « l'économie circulaire / sociale et solidaire »
    rf"{E}conomie\s+(?=de\b|d['’])(?!de\s+la\s+fonctionnalit)|ramen\w*|r{E}sorb\w*|limit\w*\s+de|d{E}cro[iî]\w*|r{E}gress\w*|all{E}g\w*)\b",
    I,
)
INCREASE = re.compile(
    rf"\b(?:augment\w*|accro[iî]\w*|accroissement|hausse|progress\w*|relev\w*|rehauss\w*|d{E}velopp\w*\s+de|"
    rf"multipli\w*|doubl\w*|tripl\w*|{E}lev\w*\s+de|"
    rf"[ée]tendre\s+\w+\s+de|renforc\w*\s+de|gagner)\b",
    I,
)
# « maintenant » is the adverb « now » (« l'objectif est maintenant de descendre à… », « dès maintenant »), unless
# a gerund (« tout en maintenant la part à 20 % »)
MAINTAIN = re.compile(rf"\b(?:mainten(?!ant\b)\w*|(?<=\ben\s)maintenant|maintien\w*|stabilis\w*|conserv\w*|pr{E}serv\w*|p{E}renniser|"
                      # « s'engage à continuer à s'approvisionner … en électricité 100 % renouvelable »
                      rf"continu(?:er|era|eront|ons|ent)\s+(?:[àa]|d['’]|de)(?=\s))\b", I)
# ---- what makes a number something else than a target ------------------------------------------
# words after « a / ont » that the participle pattern would take for one (its « e » also stands for an OCR-lost
# accent): « il y a une hausse », « A ce titre » (an unaccented « À »), « a lieu », « a plus de »
_NOT_PARTICIPLE = (r"(?:une?|ce|ces|cet|cette|des?|du|les?|la|que|qu|plus|moins|m[eê]me|si|lieu|tr[eè]s|peu|pr[eè]s|"
                   r"c[oô]t[ée]|tout|toute|tous|toutes|rien|me|te|se|ne)")
PAST = re.compile(
    rf"\b(?:(?:a|ont|avait|avaient|aura\s+{E}t{E})\s+(?:(?:d{E}j[àa]|ainsi|{E}galement|notamment|fortement|"
    rf"encore|pu|[a-zà-ÿ]{{4,}}ment)\s+){{0,2}}(?!{_NOT_PARTICIPLE}\b)(?:{E}t{E}|[a-zà-ÿ]+(?:{E}|{E}e|{E}s|{E}es|i|is|it|u|us|ue|ues|int|ert|ait)\b)|"
    rf"(?<!s['’]){E}tait|(?<!s['’]){E}taient|s['’]{E}tai(?:t|ent)\s+(?!(?:{E}galement\s+|aussi\s+|d{E}j[àa]\s+)?(?:engag|fix|donn))\w+|s['’]{E}levait|s['’]{E}st\s+{E}lev{E}e?s?|s['’]{E}l[eè]ve|est\s+(?:donc\s+|ainsi\s+|d{E}j[àa]\s+|progressivement\s+)?pass{E}e?|sont\s+(?:donc\s+|ainsi\s+|d{E}j[àa]\s+)?pass{E}e?s|"
    rf"repr{E}sentait|repr{E}sentaient|comportaient|comportait|comptait|comptaient|atteignait|s['’]est\s+(?!(?:{E}galement\s+|aussi\s+)?(?:engag|fix)){E}?\w+{E}e?|\w{{3,}}(?<![rf])aient\b|(?:compren|inclu|int{E}gr|conten|d{E}pass|concern)ait\b|"
    rf"se\s+sont\s+\w+|(?:est|sont)\s+(?:d['’]ores\s+et\s+d{E}j[àa]\s+|d{E}j[àa]\s+)?(?:parvenu|arriv{E}|devenu)e?s?\b|"
    rf"furent|fut|en\s+\d{{4}}\s*:(?![^.;:]{{0,24}}\bobjectifs?\b)|bilan|pr{E}c{E}dent\s+sch{E}ma|premier\s+sch{E}ma|"
    rf"ancien\s+sch{E}ma|sch{E}ma\s+pr{E}c{E}dent|a\s+permis|ont\s+permis|constat{E}e?s?|(?:r{E}alis|effectu){E}e?s?\s+(?:en|(?:[àa]\s+)?fin)\s+\d{{4}}|"
    rf"notifi{E}s\s+en\s+\d{{4}}|aujourd['’]hui|actuellement|[àa]\s+ce\s+jour|en\s+moyenne)",
    I,
)
PRESENT_STATE = re.compile(
    rf"\b(?:repr{E}sente(?:nt)?|s['’]{E}l[eè]ve(?:nt)?|comporte(?:nt)?|compte(?:nt)?|totalise(?:nt)?|p[eè]se(?:nt)?|"
    rf"concerne(?:nt)?|b{E}n{E}ficie(?:nt)?|emploie(?:nt)?|r{E}unit|sert|servent|g{E}re|est\s+de|sont\s+de|"
    rf"dispose|disposent|revendique(?:nt)?|consomme(?:nt)?|r{E}alise(?:nt)?|attribue|passe|notifie|s['’]{E}tablit|atteint)\b",
    I,
)
# what a plan foresees: "sept mille heures … sont envisagées par an dans le Spaser"
PLANNED = re.compile(rf"\b(?:envisag{E}e?s?|programm{E}e?s?|planifi{E}e?s?)\b", I)
CONDITIONAL = re.compile(r"\b\w+(?:rait|raient)\b", I)
CONDITIONAL_OK = re.compile(r"\b(?:devrai(?:t|ent)|pourrai(?:t|ent))\b", I)
LEGAL = re.compile(
    rf"\b(?:loi|lois|d{E}cret|code|r{E}glementation|r{E}glementaire|l{E}gale?|l{E}gislati\w*|impose\w*|"
    rf"obligation\w*|obligatoire\w*|egalim|agec|climat\s+et\s+r{E}silience|directive|arr[eê]t{E}|"
    rf"conform{E}ment|en\s+application|au\s+sens\s+de|pr{E}vue?s?\s+par|fix{E}e?s?\s+par|minimum\s+l{E}gal|"
    rf"seuils?\s+europ{E}ens?|proc{E}dure\s+formalis{E}e)\b",
    I,
)
BUDGET = re.compile(
    rf"\b(?:budget\w*|enveloppe|cr{E}dits?|dotation|co[uû]ts?|colt|financ\w*|cofinanc\w*|consacr{E}\w*|"
    rf"mobilis{E}\w*|allou{E}\w*|subvention\w*|investi\w*|d{E}penses?|moyens|postes?\s+de|"
    rf"montant\s+total|volume\s+total|total|chiffre\s+d['’]affaires|ETP|{E}quivalents?\s+temps\s+plein)\b",
    I,
)
THRESHOLD_BEFORE = re.compile(
    rf"(?:\b(?:march{E}s?|montants?|contrats?|achats?|lots?|op{E}rations?|travaux|acheteurs?|collectivit{E}s?|"
    rf"entreprises?|structures?|prestations?|consultations?|proc{E}dures?|commandes?|fournitures|services)\b"
    rf"[^.;:]{{0,50}}?\b(?:sup{E}rieure?s?|inf{E}rieure?s?|{E}gale?s?|exc{E}d\w*|d{E}pass\w*|au[-\s]del[àa]|"
    rf"plus|moins|partir|compter)(?:\s+ou\s+(?:{E}gale?s?|sup{E}rieure?s?|inf{E}rieure?s?))?\s*(?:à|a|aux?|de|d['’]|du)?\s*"
    rf"(?:seuils?\s+(?:de\s+)?|un\s+montant\s+(?:de\s+|d['’])?)?$|\bseuils?\s+(?:de\s+|d['’]|fix{E}s?\s+à\s+|à\s+)?$|\bd['’]un\s+montant\s+(?:de\s+)?$|"
    rf"\bmarch{E}s?\s+de\s+$|\bd[eè]s\s+$|\b[àa]\s+partir\s+de\s+$)",
    I,
)
# the scope of a target, any unit: « dans les secteurs comportant au moins 50 % de main d'œuvre »
SCOPE_BEFORE = re.compile(
    rf"\b(?:secteurs?|entreprises?|structures?|soci{E}t{E}s?|{E}tablissements?)\s+(?:comportant|employant|comptant|"
    rf"r{E}alisant)\s+(?:au\s+moins|plus\s+de|moins\s+de|au\s+minimum)\s*$",
    I,
)
WEIGHTING = re.compile(rf"(?:\bpond{E}r\w*|\bpoids\b|\bnote\b|\bnotation\b|\bcrit[eè]res?\s+d['’]attribution\b)", I)
REFERENCE_BEFORE = re.compile(
    rf"(?:\b(?:articles?|art\.|n\s*°|nº|num{E}ro|axes?|objectifs?\s+(?:strat{E}giques?|op{E}rationnels?|n°)?|"
    rf"actions?|mesures?|fiches?(?:\s+actions?)?|pages?|p\.|orientations?|engagements?|ambitions?|indicateurs?|"
    rf"annexes?|chapitres?|parties?|natura|iso|nf|{E}tapes?|d{E}fis?|piliers?|leviers?|sections?|titres?|"
    rf"tableaux?|figures?|encadr{E}s?|priorit{E}s?|volets?|chantiers?\s+n°|lots?|al(?:in{E}as?|\.))|\b[LRD]\.?|"
    rf"[LRD]\.?\s*\d+-)\s*$",
    I,
)
REFERENCE_AFTER = re.compile(r"^(?:[-–]\d|\.\d|\s*°\b|\s*(?:er|ème|e|è)\b)")
DATE_AFTER = re.compile(rf"^\s*(?:er\s+)?(?:{'|'.join(['janvier','février','fevrier','mars','avril','mai','juin','juillet','août','aout','septembre','octobre','novembre','décembre','decembre'])})\b", I)
DURATION_AFTER = re.compile(rf"^\s*(?:(?:prochaine?s?|derni{E}re?s?|premi{E}re?s?)\s+(?=ann|mois|semaines?))?(?:ans?|ann{E}es?|mois|semaines?|jours?|heures?\s+par\s+jour|fois|h\d\d)\b", I)
DURATION_CONTEXT = re.compile(
    rf"(?:\bsur|\bpendant|\bdurant|\bapr[eè]s|\btous\s+les|\btoutes\s+les|\bdans\s+les|\bau\s+bout\s+de|\bsous|"
    rf"\bdepuis|\bil\s+y\s+a|\bâg{E}e?s?\s+de|\bde\s+moins\s+de|\bde\s+plus\s+de|\bmoins\s+de|\bplus\s+de|\bd[eè]s|\bavant|\bde)\s*$",
    I,
)
FREQUENCY = re.compile(r"(?:\btous\s+les|\btoutes\s+les|\bune|\bdeux|\btrois)\s*$", I)
# Nouns counting the schéma itself, its consultation or its people: never targets.
STRUCTURE_UNITS = frozenset(
    """axes axe objectifs objectif actions action fiches fiche mesures mesure orientations orientation engagements
    ambitions ambition indicateurs indicateur participants participant contributions contribution ateliers atelier
    réunions réunion répondants entretiens pages page chapitres défis piliers leviers enjeux questionnaires séances
    rencontres membres élus directions volets priorités habitants communes lycées collèges agents salariés
    ans mois jours semaines années""".split()
)
# Counted nouns a target can be expressed in, even when the same noun also counts a structure.
TARGET_WORTHY = frozenset("collèges lycées agents salariés jours communes".split())
BASELINE_BEFORE = re.compile(
    rf"(?:\bcontre|\bpar\s+rapport\s+(?:à|aux?)|\bcomparativement\s+(?:à|aux?)|\bcompar{E}e?s?\s+(?:à|aux?)|\bau\s+lieu\s+d(?:e|es|u)|\br{E}f{E}rence\s*(?:\d{{4}})?\s*:?|"
    rf"\bvaleur\s+de\s+r{E}f{E}rence\s*(?:\d{{4}})?\s*:?|\bsoit\s+(?:actuellement|aujourd['’]hui)|\bbase\s+(?:\d{{4}}\s*)?:?|"
    rf"\bcontre\s+seulement|\bcontre\s+environ|\bniveau\s+actuel\s+(?:de|d['’])|\bactuellement\s+(?:de|d['’])?|"
    rf"\bpart\s+actuelle\s+(?:de|d['’])|\bestim{E}e?s?\s+[àa]|\bpass(?:er|era|eront|ant|e)\s+(?:[\w'’-]+\s+){{0,8}}?de|"
    rf"\best\s+aujourd['’]hui\s+de)\s*(?:seulement\s+|environ\s+)?$",
    I,
)
CHANGE_AMOUNT_BEFORE = re.compile(
    rf"(?:\b(?:r{E}dui\w*|r{E}duction|diminu\w*|baisse\w*|abaiss\w*|augment\w*|accro[iî]\w*|accroissement|hausse|"
    rf"progress\w*|relev\w*|{E}volution|recul\w*|croissance(?!\s+verte)|gain|"
    # « l'économie circulaire », « l'économie sociale et solidaire », « la croissance verte »: names, not changes
    rf"{E}conomies?(?!\s+(?:circulaire|sociale|solidaire|verte|bleue|locale|collaborative|du\s+partage|"
    rf"de\s+la\s+fonctionnalit{E}))|{E}conomis\w*|"
    rf"am{E}lior\w*|rehauss\w*|major\w*|gagner|baisser|[ée]conomiser|d{E}cro[iî]\w*|limiter)"
    rf"(?:\s+[\w'’-]+|\s+\([\w'’\s-]{{1,20}}\)){{0,14}}?\s+(?:de|d['’]|d['’]au\s+moins|d['’]environ|de\s+l['’]ordre\s+de|"
    rf"d['’]au\s+minimum)\s*$)",
    I,
)
PROJECTION = re.compile(rf"\b(?:conduirai\w*|repr{E}senterai\w*|permettrai\w*|aboutirai\w*|soit\s+environ|environ)\b", I)
