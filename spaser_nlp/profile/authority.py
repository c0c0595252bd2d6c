"""Who wrote the schéma: the authority's name and type, from the way French authorities name themselves.

Every mention of an authority ("la Région Val-de-Loire-Atlantique", "Conseil départemental de la
Haute-Varenne", "Métropole de Montverdun", "CHU de Rennes", "ministère des Armées"...) is a candidate;
the authority is the place named most often and earliest, with its most specific type.

>>> best = find_authority("Le SPASER de la Métropole de Montverdun. La Métropole de Montverdun achète...")
>>> best.name, best.type
('Métropole de Montverdun', 'metropole')
>>> find_authority("Schéma adopté par le Conseil départemental de la Haute-Varenne").name
'Département de la Haute-Varenne'
>>> find_authority("Rapport du Conseil régional d'Occitanie").name
'Région Occitanie'
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from spaser_nlp.document import AuthorityType

# A place name: capitalised words joined by hyphens, spaces or the particles of French place names.
_CAP = r"[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒ][\w’'-]*"
_SP = r"[^\S\n]+"  # spaces within a line: a name never runs over a line break
_PARTICLE = rf"(?:de{_SP}la|de{_SP}l['’]|des|du|de|d['’]|la|le|les|l['’]|et|sur|en|aux|au)"
_PLACE = rf"{_CAP}(?:(?:{_SP}|-){_PARTICLE}(?:{_SP}|-)?{_CAP}|(?:{_SP}|-){_CAP})*"
_OF = rf"(?:{_SP}(?:de{_SP}la|de{_SP}l['’]|des|du|de|d['’])(?:{_SP})?|{_SP})"

# (type, regex of the type word(s), canonical prefix, keep the particle in the canonical name)
_PATTERNS: tuple[tuple[AuthorityType, str, str], ...] = (
    ("region", r"(?:Conseil\s+r[ée]gional|R[ée]gion|Collectivit[ée]\s+(?:territoriale|européenne))", "Région"),
    ("departement", r"(?:Conseil\s+d[ée]partemental|Conseil\s+g[ée]n[ée]ral|D[ée]partement)", "Département"),
    ("metropole", r"(?:Euro-?m[ée]tropole|M[ée]tropole)", "Métropole"),
    ("communaute_urbaine", r"Communaut[ée]\s+urbaine", "Communauté urbaine"),
    ("communaute_agglomeration", r"Communaut[ée]\s+d['’]\s*agglom[ée]ration", "Communauté d'agglomération"),
    ("communaute_communes", r"Communaut[ée]\s+de\s+communes", "Communauté de communes"),
    ("commune", r"(?:Ville|Commune|Mairie)", "Ville"),
    ("hopital", r"(?:CHU|CHRU|Centre\s+hospitalier(?:\s+universitaire|\s+régional)?|Groupe\s+hospitalier|Hospices\s+civils|H[ôo]pitaux)", ""),
    ("etat", r"(?:Minist[èe]re|Pr[ée]fecture)", ""),
    ("etablissement_public", r"(?:Universit[ée]|Office\s+public\s+de\s+l['’]habitat|Établissement\s+public|Etablissement\s+public|Syndicat\s+mixte|CROUS|Crous)", ""),
)
_COMPILED = tuple(
    (kind, re.compile(rf"(?<![\w-])(?P<type>(?i:{word}))(?P<of>{_OF})(?P<place>{_PLACE})"), prefix)
    for kind, word, prefix in _PATTERNS
)
_LOWER_PARTICLES = re.compile(r"(?<=[\s-])(?:De|Du|Des|La|Le|Les|Et|Sur|En|Aux|Au)(?=[\s-])|(?<=[\s-])[DL](?=['’])")
# Names that are not authorities though they follow a type word ("la Région s'engage" is handled by
# requiring a capitalised place; these are capitalised words that still are not places).
# Capitalised words that start a new phrase, not the rest of a place name (a cover page's next line
# often runs on in the text: "Conseil départemental du Val-Brûlé Direction de la commande publique").
_STOP_WORDS = {
    "Direction", "Service", "Schéma", "Schema", "SPASER", "Plan", "Politique", "Programme", "Rapport", "Document",
    "Délibération", "Deliberation", "Séance", "Seance", "Conseil", "Adopté", "Approuvé", "Période", "Periode",
    "Stratégie", "Strategie", "Charte", "Guide", "Projet", "Annexe", "Sommaire", "Préambule", "Édito", "Editorial",
    "Axe", "Objectif", "Action", "Orientation", "Ambition", "Engagement", "Chiffres", "Le", "La", "Les", "Pour",
}
_NOT_PLACES = {
    "SPASER", "ESS", "ESAT", "EA", "SIAE", "RSE", "PME", "TPE", "UGAP", "CRESS", "Axe", "Objectif", "Action",
    "Le", "La", "Les", "Il", "Elle", "Ce", "Cette", "Un", "Une", "En", "Au", "Pour", "Dans",
}
# A bare type word without a place ("la Région", "le Département") still says what kind of authority writes.
_BARE = tuple(
    (kind, re.compile(rf"\b(?:la|le|notre|du|de\s+la|l['’])\s*{word}\b(?!\s+(?:de|d['’]|du|des)\s)", re.I))
    for kind, word, _prefix in _PATTERNS[:7]
)
# The Paris public hospitals and State purchasing have names without a place.
_FIXED: tuple[tuple[AuthorityType, re.Pattern[str]], ...] = (
    ("hopital", re.compile(r"Assistance\s+publique\s*[-–]\s*H[ôo]pitaux\s+de\s+(?:Paris|Marseille)", re.I)),
    ("etat", re.compile(r"Direction\s+des\s+achats\s+de\s+l['’]État", re.I)),
)


@dataclass(frozen=True)
class AuthorityMention:
    type: AuthorityType
    name: str
    start: int
    end: int


@dataclass(frozen=True)
class Authority:
    """The authority found in a text: its canonical name, type, a mention to quote, and a 0-1 confidence."""

    name: str | None
    type: AuthorityType
    mention: AuthorityMention
    confidence: float


def _canonical(kind: AuthorityType, prefix: str, type_word: str, of: str, place: str) -> str:
    place = re.sub(r"\s+", " ", place).strip(" -’'")
    if not prefix:
        return re.sub(r"\s+", " ", f"{type_word}{of}{place}").strip()
    if kind == "region":
        # "Conseil régional d'Occitanie" and "Région Occitanie" name the same authority.
        return f"Région {place}"
    if kind == "metropole" and type_word.lower().startswith("euro"):
        prefix = "Eurométropole"
    particle = re.sub(r"\s+", " ", of).strip()
    if not particle:
        particle = "de"
    joiner = "" if particle.endswith(("'", "’")) else " "
    return f"{prefix} {particle}{joiner}{place}"


# A ministry's name runs on in lower case ("ministère de la Transition écologique et de la Cohésion des
# territoires") up to the end of the line or a punctuation mark.
_ADJECTIVE = r"[a-zàâçéèêëîïôûùüÿœ]+(?:ique|iques|al|ale|ales|aux|el|elle|elles|aire|aires|ien|ienne|if|ive|ée|é|és|ées|ère|ères)(?![\w’'-])"
_MINISTRY_PARTICLE = rf"(?:(?:,|{_SP}et)?{_SP}(?:de{_SP}la|de{_SP}l['’]|des|du|de|d['’]|la|le|les|l['’]|et)(?:{_SP})?)"
_MINISTRY_WORD = rf"(?:{_CAP}|[a-zàâçéèêëîïôûùüÿœ]{{3,}})"
_MINISTRY = re.compile(
    rf"(?<![\w-])(?P<type>[Mm]inist[èe]re)(?P<of>{_OF})"
    rf"(?P<place>{_CAP}(?:{_SP}{_ADJECTIVE})?(?:{_MINISTRY_PARTICLE}{_MINISTRY_WORD}(?:{_SP}{_ADJECTIVE})?)*)"
)


def _cut_at_stop_word(place: str) -> str:
    words = re.split(r"([^\S\n]+)", place)
    for index in range(2, len(words), 2):
        if words[index] in _STOP_WORDS:
            return "".join(words[: index - 1])
    return place


def _title_case_capitals(text: str) -> str:
    r"""Lines in capitals ("COMMUNAUTÉ URBAINE DE LA CÔTE D'OPALE") title-cased, offsets unchanged.

    >>> _title_case_capitals("RÉGION HAUTES-TERRES\nLa Région")
    'Région Hautes-Terres\nLa Région'
    """
    lines = text.split("\n")
    for index, line in enumerate(lines):
        letters = [c for c in line if c.isalpha()]
        if len(letters) < 6 or sum(c.isupper() for c in letters) < 0.8 * len(letters):
            continue
        titled = _LOWER_PARTICLES.sub(lambda m: m.group().lower(), line.title())
        if len(titled) == len(line):
            lines[index] = titled
    return "\n".join(lines)


def find_mentions(text: str) -> list[AuthorityMention]:
    """Every named mention of an authority in ``text``, in order (names in capitals title-cased)."""
    text = _title_case_capitals(text)
    mentions: list[AuthorityMention] = []
    for match in _MINISTRY.finditer(text):
        place = _cut_at_stop_word(match.group("place"))
        name = re.sub(r"\s+", " ", f"{match.group('type')}{match.group('of')}{place}").strip()
        mentions.append(AuthorityMention("etat", name[0].upper() + name[1:], match.start(), match.start("place") + len(place)))
    for kind, pattern, prefix in _COMPILED:
        for match in pattern.finditer(text):
            place = _cut_at_stop_word(match.group("place"))
            first_word = re.split(r"[\s-]", place, maxsplit=1)[0]
            if first_word in _NOT_PLACES or len(place) < 3:
                continue
            name = _canonical(kind, prefix, match.group("type"), match.group("of"), place)
            mentions.append(AuthorityMention(kind, name, match.start(), match.end()))
    for kind, pattern in _FIXED:
        for match in pattern.finditer(text):
            mentions.append(AuthorityMention(kind, re.sub(r"\s+", " ", match.group()), match.start(), match.end()))
    # A type word inside a longer name ("Métropole" in "Communauté urbaine de X Métropole") is not a mention.
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[AuthorityMention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def find_authority(text: str, *, cover_chars: int = 3000) -> Authority | None:
    """The authority that writes ``text``: named mentions scored by count and by how early they come."""
    mentions = find_mentions(text)
    if not mentions:
        return _bare_authority(text[:cover_chars])
    scores: dict[tuple[AuthorityType, str], float] = defaultdict(float)
    first: dict[tuple[AuthorityType, str], AuthorityMention] = {}
    for mention in mentions:
        key = (mention.type, mention.name)
        # The cover page and the first paragraphs name the author; later mentions may be partners.
        scores[key] += 3.0 if mention.start < cover_chars else 1.0
        first.setdefault(key, mention)
    ranked = sorted(scores, key=lambda key: (-scores[key], first[key].start))
    best = ranked[0]
    total = sum(scores.values())
    share = scores[best] / total
    confidence = round(min(0.99, 0.5 + 0.5 * share if first[best].start < cover_chars else 0.3 + 0.4 * share), 2)
    return Authority(best[1], best[0], first[best], confidence)


def _bare_authority(cover: str) -> Authority | None:
    counts: dict[AuthorityType, list[re.Match[str]]] = defaultdict(list)
    for kind, pattern in _BARE:
        counts[kind].extend(pattern.finditer(cover))
    if not any(counts.values()):
        return None
    kind = max(counts, key=lambda k: (len(counts[k]), -min((m.start() for m in counts[k]), default=0)))
    match = min(counts[kind], key=lambda m: m.start())
    return Authority(None, kind, AuthorityMention(kind, match.group(), match.start(), match.end()), 0.4)


__all__ = ["Authority", "AuthorityMention", "find_authority", "find_mentions"]
