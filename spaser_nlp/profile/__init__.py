"""The schéma's profile: who wrote it (authority name and type) and when (period, adoption, generation).

``profile`` is a pipeline stage ``Document -> Document`` filling ``document.profile``; every field
carries the evidence span (page, characters) that decided it, the rule, and a confidence.

>>> from spaser_nlp.document import Document
>>> text = ("SPASER 2024-2028 de la Région Val-de-Loire-Atlantique\\n\\nAdopté par délibération du "
...         "Conseil régional du 14 décembre 2023.")
>>> doc = profile(Document(doc_id="d", source_path="d.txt", sha256="", media_type="text/plain",
...                        page_count=1, text=text))
>>> doc.profile.authority_type.value, doc.profile.authority_name.value, doc.profile.period.value
('region', 'Région Val-de-Loire-Atlantique', '2024-2028')
>>> doc.profile.adoption_date.value, doc.profile.adoption_date.evidence.quote[:7]
('2023-12-14', 'Adopté ')
"""

from __future__ import annotations

from spaser_nlp.document import Document, Evidence, Fact, SchemaProfile
from spaser_nlp.profile.authority import Authority, find_authority
from spaser_nlp.profile.when import Found, find_adoption, find_generation, find_period

AUTHORITY_TYPE_LABELS = {
    "region": "Région",
    "departement": "Département",
    "metropole": "Métropole",
    "communaute_urbaine": "Communauté urbaine",
    "communaute_agglomeration": "Communauté d'agglomération",
    "communaute_communes": "Communauté de communes",
    "commune": "Commune",
    "etat": "État",
    "etablissement_public": "Établissement public",
    "hopital": "Hôpital",
    "autre": "Autre",
}


def working_text(document: Document) -> str:
    """The text later stages read: the cleaned text when the document was cleaned."""
    return document.clean.text if document.clean is not None else document.text


def evidence(document: Document, start: int, end: int) -> Evidence:
    """A quotation of ``[start, end)`` of :func:`working_text` with its page and raw offsets."""
    text = working_text(document)
    return Evidence(quote=text[start:end], provenance=document.provenance(start, end))


def _fact(document: Document, found: Found | None) -> Fact | None:
    if found is None:
        return None
    return Fact(value=found.value, confidence=found.confidence, rule=found.rule, evidence=evidence(document, found.start, found.end))


def schema_profile(document: Document) -> SchemaProfile:
    """The profile of ``document`` (fields the text does not state stay None)."""
    text = working_text(document)
    authority: Authority | None = find_authority(text)
    name = type_ = None
    if authority is not None:
        quote = evidence(document, authority.mention.start, authority.mention.end)
        if authority.name:
            name = Fact(value=authority.name, confidence=authority.confidence, rule="named_mentions", evidence=quote)
        type_ = Fact(value=authority.type, confidence=authority.confidence, rule="type_word", evidence=quote)
    generation, number = find_generation(text)
    return SchemaProfile(
        authority_name=name,
        authority_type=type_,
        period=_fact(document, find_period(text)),
        adoption_date=_fact(document, find_adoption(text)),
        generation=_fact(document, generation),
        generation_number=number,
    )


def profile(document: Document) -> Document:
    """Pipeline stage: set ``document.profile`` and return the document."""
    document.profile = schema_profile(document)
    return document


__all__ = ["AUTHORITY_TYPE_LABELS", "evidence", "profile", "schema_profile", "working_text"]
