"""Walk a document: sentences and indicator-table rows → quantity records with provenance."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spaser_nlp.document.model import Document, Objective, ObjectiveSource
from spaser_nlp.extract import lexicon as lx
from spaser_nlp.extract.dates import MONTHS
from spaser_nlp.extract.detector import ObjectiveDetector, prefetch, prefetch_vectors
from spaser_nlp.extract.objectives import DEFAULT, Finding, _Default, _detector, analyse_sentence, candidate_clauses
from spaser_nlp.extract.quantities import find_quantities
from spaser_nlp.extract.rules import is_year_quantity
from spaser_nlp.extract.sentences import sentence_spans
from spaser_nlp.extract.tables import is_indicator_header, row_findings


@dataclass
class QuantityRecord:
    """A finding placed in the document: ``text`` is the clause or table row, offsets in the working text."""

    finding: Finding
    text: str
    start: int
    end: int
    source: ObjectiveSource

    @property
    def reason(self) -> str | None:
        return self.finding.reason


def working_text(document: Document) -> str:
    """The cleaned text when the document was cleaned, else the raw text."""
    return document.clean.text if document.clean is not None else document.text


def _text_tables(text: str) -> list[tuple[list[str], list[tuple[int, int, list[str]]]]]:
    """Tab-separated blocks of ``text``: (header, [(start, end, cells)]) for documents without segment tables."""
    tables = []
    for block in re.finditer(r"(?:^[^\n]*\t[^\n]*$\n?)+", text, re.M):
        lines = []
        offset = block.start()
        for line in block.group().split("\n"):
            if "\t" in line:
                lines.append((offset, offset + len(line), line.split("\t")))
            offset += len(line) + 1
        if len(lines) >= 2:
            tables.append((lines[0][2], lines[1:]))
    return tables


def _table_records(document: Document, text: str) -> list[QuantityRecord]:
    records: list[QuantityRecord] = []
    tables = [(t.header, [(r.provenance.char_start or 0, r.provenance.char_end or 0, r.cells) for r in t.rows])
              for t in document.tables if t.header]
    if not document.tables:
        tables = _text_tables(text)
    for header, rows in tables:
        indicator = is_indicator_header(header)
        for start, end, cells in rows:
            if not indicator and not (len(cells) == 2):
                continue
            row_text = text[start:end] if end > start else "\t".join(cells)
            for finding in row_findings(header, cells):
                records.append(QuantityRecord(finding, row_text, start, end, "table"))
    return records


_LIST_ITEM = re.compile(rf"^\s*(?:{lx.BULLET_MARK}|\(?[a-zA-Z0-9]{{1,3}}[.)/]\s|\(?[ivxIVX]{{1,4}}[.)]\s)")
_LEAD_LINE = re.compile(r":\s*$")


def _is_lead(sentence: str) -> bool:
    """A line that introduces what follows: it ends with a colon, or is a short title without a full stop."""
    stripped = sentence.strip()
    if _LEAD_LINE.search(stripped):
        return True
    return len(stripped.split()) <= 8 and not re.search(r"[.;!?»]\s*$", stripped) and "\n" not in stripped


# a sentence that names the previous one's target and dates it: "Réduire de 10 % … . C'est l'objectif à atteindre
# d'ici 2024.", "… . Un objectif fixé pour 2024." (see _horizon_from_next for when it applies)
_NAMED_NEXT = re.compile(
    r"^\W*(?:(?:c['’]est|ce\s+sera|tel\s+est|voil[àa])\s+)?(?:l['’]|un|cet|notre|leur|son|le)\s*objectifs?\b[^.;:\d]{0,40}?"
    r"\b(?:pour|d['’]\s*ici|[àa]\s+l['’]horizon|horizon|en)\s+(?:[àa]\s+)?(?:(?:la\s+)?fin\s+)?((?:19|20)\d\d)\b",
    re.I,
)


_POINTS_BACK = re.compile(r"^\W*(?:c['’]est|ce\s+sera|tel\s+est|voil[àa])\b", re.I)


def _horizon_from_next(findings: list[Finding], following: str) -> None:
    """Targets without a year take the year of a next sentence that names and dates them: one that points back
    ("C'est l'objectif …") or states no level of its own ("L'objectif pour 2030 est de doubler …" is a new target)."""
    named = _NAMED_NEXT.match(following)
    if named is None:
        return
    if not _POINTS_BACK.match(following) and any(not is_year_quantity(q) for q in find_quantities(following)):
        return
    for finding in findings:
        if finding.reason is None and finding.horizon_year is None:
            finding.horizon_year = int(named.group(1))


# a lead that is only a level (« 15 %. C'est l'objectif de réduction des consommations … »), named by the next sentence
_BARE_LEVEL = re.compile(r"^\W*\d[\d\s,.]*\s*(?:%|pour\s*cents?)\s*[.!:]?\s*$", re.I)
_NAMES_BACK = re.compile(r"^\W*(?:c['’]est|ce\s+sera|tel(?:le)?\s+est|voil[àa])\s+(?:l['’]|un|cet|notre|leur|son|le|la)\s*"
                         r"(?:objectifs?|cibles?|ambitions?|cap)\b(?:\s+(?:de|d['’])\s*(?P<noun>\w+))?", re.I)


def _named_by_next(findings: list[Finding], sentence: str, following: str) -> None:
    """A share alone in its sentence is the target that the next sentence names (« C'est l'objectif de … »)."""
    named = _NAMES_BACK.match(following)
    if named is None or not _BARE_LEVEL.match(sentence):
        return
    for finding in findings:
        if finding.reason == "no_target_marker":
            finding.reason = None
            noun = named.group("noun") or ""
            direction = "decrease" if lx.DECREASE.match(noun) else "increase" if lx.INCREASE.match(noun) else None
            if direction:
                finding.direction = direction
                finding.kind = "relative_change"


# a sentence that only dates what came before: « L'échéance visée est l'horizon 2030. », « Échéance : fin 2026. »
_DEADLINE = re.compile(
    r"^\W*(?:l['’]\s*)?(?:[ée]ch[ée]ance|date\s+butoir|horizon)\s+(?:(?:vis[ée]e|fix[ée]e|retenue|pr[ée]vue|cible)\s+)?"
    r"(?:est|sera|:)\s*(?:(?:l['’]\s*horizon|l['’]\s*ann[ée]e|(?:la\s+)?fin|en|d['’]\s*ici)\s+)?((?:19|20)\d\d)\b[^.;\d]{0,40}[.!]?\s*$",
    re.I,
)
_DEADLINE_REACH = 3  # sentences between the targets and their deadline


# a sentence that announces dated objectives without stating a level: "Le PNAD a deux objectifs clairs d'ici 2025."
_ANNOUNCED = re.compile(
    r"\bobjectifs?\b[^.;:\d]{0,60}?\b(?:pour|d['’]\s*ici|[àa]\s+l['’]horizon|horizon)\s+(?:[àa]\s+)?(?:(?:la\s+)?fin\s+)?"
    r"((?:19|20)\d\d)\b"
    # « L'Agglo s'est engagée dans un programme avec pour horizon l'année 2030. »
    r"|\b(?:avec\s+)?pour\s+(?:[ée]ch[ée]ance|horizon)\s+(?:l['’]\s*ann[ée]e\s+)?((?:19|20)\d\d)\b",
    re.I,
)


# the sentence after such an announcement takes its year only when it goes on with the objectives announced
_ENUMERATES = re.compile(
    r"^\W*(?:(?:le|la)\s+(?:premi[eè]re?|seconde?|deuxi[eè]me|troisi[eè]me)\b|il\s+s['’]agit\b|ce(?:s|t)?\s+objectifs?\b|"
    r"d['’]une\s+part\b|d['’]autre\s+part\b|d['’]abord\b|ensuite\b|enfin\b|premi[eè]rement\b|deuxi[eè]mement\b|"
    r"en\s+(?:premier|second)\s+lieu\b)",
    re.I,
)


def _announced_year(sentence: str, findings: list[Finding]) -> int | None:
    """The year of a sentence that announces objectives and states no level of its own, else None."""
    if any(f.reason is None for f in findings):
        return None
    announced = _ANNOUNCED.search(sentence)
    return int(announced.group(1) or announced.group(2)) if announced else None


def collect(document: Document, *, detector: ObjectiveDetector | _Default | None = DEFAULT) -> list[QuantityRecord]:
    """Every quantity found in sentences and table rows, in text order (``detector=None``: rules only)."""
    text = working_text(document)
    records = _table_records(document, text)
    table_spans = [(r.start, r.end) for r in records]
    table_lines = {(m.start(), m.end()) for m in re.finditer(r"^[^\n]*\t[^\n]*$", text, re.M)}
    context = ""
    model = _detector(detector)
    sentences = [(start, end) for start, end in sentence_spans(text)
                 if not ("\t" in text[start:end] or any(a <= start < b for a, b in table_spans)
                         or (start, end) in table_lines)]
    if model is not None and (model.parse or model.dense):
        if model.parse:
            # one batch for the clauses whose numbers may reach the parse (dates, references… never do)
            prefetch([c for start, end in sentences for c in candidate_clauses(text[start:end], parse=True)])
        if model.dense:
            clauses = [(text[start:end], candidate_clauses(text[start:end])) for start, end in sentences]
            # one batch for the sentences that hold a candidate number (the others are never scored)
            prefetch_vectors([sentence for sentence, found in clauses if found])
    announced: int | None = None
    undated: list[Finding] = []  # the last targets without a year, while no other target follows them
    since_undated = 0
    annual_item: tuple[str, str] | None = None  # unit and counted noun of the last annual level in a list
    for index, (start, end) in enumerate(sentences):
        sentence = text[start:end]
        findings = analyse_sentence(sentence, context, detector=model)
        deadline = _DEADLINE.match(sentence)
        if (deadline and undated and since_undated <= _DEADLINE_REACH and not any(f.reason is None for f in findings)
                and all(is_year_quantity(q) for q in find_quantities(sentence))):
            # « L'état final : 100 % de couverture … Pour cela, 2 leviers … L'échéance visée est l'horizon 2030. »
            for finding in undated:
                finding.horizon_year = int(deadline.group(1))
            undated = []
        if any(f.reason is None for f in findings):
            undated = [f for f in findings if f.reason is None and f.horizon_year is None]
            since_undated = 0
        else:
            since_undated += 1
        if index + 1 < len(sentences):
            _named_by_next(findings, sentence, text[sentences[index + 1][0] : sentences[index + 1][1]])
            _horizon_from_next(findings, text[sentences[index + 1][0] : sentences[index + 1][1]])
        if announced is not None and (_ENUMERATES.match(sentence) or _LIST_ITEM.match(sentence)):
            # "Le PNAD a deux objectifs clairs d'ici 2025. Le premier est d'intégrer … dans 100 % des contrats."
            for finding in findings:
                if finding.reason is None and finding.horizon_year is None:
                    finding.horizon_year = announced
        if _LIST_ITEM.match(sentence):
            # « - 2022 : 10 % des renouvellements annuels … - 2024 : 20 % des renouvellements »: the next stages of an
            # annual level count the same thing each year
            for finding in findings:
                noun = _counted_noun(sentence, finding)
                if finding.reason is not None or noun is None:
                    continue
                if not finding.per_year and annual_item == (finding.unit, noun):
                    finding.per_year = True
                annual_item = (finding.unit, noun) if finding.per_year else annual_item
        else:
            annual_item = None
        enumerating = announced is not None and bool(_ENUMERATES.match(sentence) or _LIST_ITEM.match(sentence))
        # "… deux objectifs d'ici à 2025. D'une part, 100 % … D'autre part, 30 % …": the year goes on with the list
        # (… and through the lead line of the list, « Les objectifs sont de : », which states no level)
        lead_through = announced is not None and _is_lead(sentence) and not findings
        announced = announced if enumerating or lead_through else _announced_year(sentence, findings)
        # a lead line ("Objectifs pour 2020 :", "Pour 2012") governs the list items under it
        if _is_lead(sentence) and not (context and _LIST_ITEM.match(sentence)):
            # (a short item under a lead is not the next items' lead: « … a connu une baisse de : - 54 % … - 33 % … »)
            context = sentence
        elif not _LIST_ITEM.match(sentence):
            context = ""
        for finding in findings:
            clause = sentence[finding.clause_start : finding.clause_end]
            stripped = len(clause) - len(clause.lstrip())
            clause_start = start + finding.clause_start + stripped
            clause_end = start + finding.clause_end - (len(clause) - len(clause.rstrip()))
            span_text = text[clause_start:clause_end] if ";" in sentence else sentence
            span_start, span_end = (clause_start, clause_end) if ";" in sentence else (start, end)
            records.append(QuantityRecord(finding, span_text, span_start, span_end, "sentence"))
    _entry_into_force(text, [r.finding for r in records if r.source == "sentence"])
    records.sort(key=lambda r: (r.start, r.finding.start))
    return records


_COUNTED_NOUN = re.compile(r"\s*(?:des|de\s+la|de\s+l['’]|du|de|d['’])\s*([^\W\d_]{4,})", re.I)


def _counted_noun(sentence: str, finding: Finding) -> str | None:
    """The noun a share counts (« 20 % des renouvellements » -> « renouvellements »), lower case."""
    match = _COUNTED_NOUN.match(sentence, finding.end)
    return match.group(1).lower() if match else None


# « à compter du 1er janvier 2021 », « au 1er janvier 2022 », « à partir du 22 août 2026 »: when a rule comes into force
_ENTRY_DATE = re.compile(
    rf"(?:[àa]\s+compter\s+d[eu]|[àa]\s+partir\s+d[eu]|\bau|\bd[èe]s\s+le)\s+(?:1er|\d{{1,2}})\s+(?:{MONTHS})\s+"
    r"((?:19|20)\d\d)\b",
    re.I,
)


def _entry_into_force(text: str, findings: list[Finding]) -> None:
    """The entry-into-force date of a legal obligation with a single stage is not a horizon (real-text conventions:
    « La loi impose à partir du 1er janvier 2022 au moins 50 % … dont 20 % … »); a staged trajectory keeps its years
    (« 10 % à partir du 1er janvier 2022 ; 20 % à partir du 1er janvier 2024 »)."""
    entries = {int(m.group(1)) for m in _ENTRY_DATE.finditer(text)}
    accepted = [f for f in findings if f.reason is None]
    legal = lx.LEGAL.search(text) or re.search(r"\barticles?\b", text, re.I)
    if not entries or not accepted or len({f.horizon_year for f in accepted}) > 1 or not legal:
        return
    for finding in accepted:
        if finding.horizon_year in entries:
            finding.horizon_year = None


def _section(document: Document, offset: int) -> str | None:
    try:
        from spaser_nlp.segment import section_path
    except ImportError:  # pragma: no cover - segment stage not installed
        return None
    if not document.sections:
        return None
    return section_path(document, offset)


def to_objective(document: Document, record: QuantityRecord) -> Objective:
    """The public record of a target finding."""
    finding = record.finding
    provenance = document.provenance(record.start, record.end) if document.pages else None
    return Objective(
        doc_id=document.doc_id,
        text=record.text,
        section=_section(document, record.start),
        page=provenance.page if provenance else None,
        char_start=record.start,
        char_end=record.end,
        raw_start=provenance.raw_start if provenance else None,
        raw_end=provenance.raw_end if provenance else None,
        value=finding.value,
        value_max=finding.value_max,
        unit=finding.unit,
        comparator=finding.comparator,  # type: ignore[arg-type]
        direction=finding.direction,  # type: ignore[arg-type]
        kind=finding.kind,  # type: ignore[arg-type]
        per_year=finding.per_year,
        horizon_year=finding.horizon_year,
        baseline_year=finding.baseline_year,
        baseline_value=finding.baseline_value,
        subject=finding.subject,
        confidence=finding.confidence,
        source=record.source,
    )
