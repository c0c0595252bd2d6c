"""Who wrote the schéma and when: authority, period, adoption date, generation, with evidence."""

from __future__ import annotations

import pytest

from spaser_nlp.document import Document
from spaser_nlp.profile import schema_profile
from spaser_nlp.profile.authority import find_authority
from spaser_nlp.profile.when import find_adoption, find_generation, find_period


def _document(text: str) -> Document:
    return Document(doc_id="d", source_path="d.txt", sha256="", media_type="text/plain", page_count=1, text=text)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("SPASER de la Région Grand Est. La Région Grand Est achète.", "Région Grand Est", "region"),
        ("Rapport au Conseil régional d'Occitanie", "Région Occitanie", "region"),
        ("Conseil départemental du Val-Brûlé\nDirection de la commande publique", "Département du Val-Brûlé", "departement"),
        ("Schéma de l'Eurométropole de Strasbourg 2021-2026", "Eurométropole de Strasbourg", "metropole"),
        ("COMMUNAUTÉ URBAINE DE DUNKERQUE\n\nSPASER", "Communauté urbaine de Dunkerque", "communaute_urbaine"),
        ("La Communauté d'agglomération du Pays Basque adopte", "Communauté d'agglomération du Pays Basque", "communaute_agglomeration"),
        ("Communauté de communes du Val d'Amour", "Communauté de communes du Val d'Amour", "communaute_communes"),
        ("Ville de Paris – SPASER 2022-2026", "Ville de Paris", "commune"),
        ("Le ministère des Armées publie son plan", "Ministère des Armées", "etat"),
        ("CHU de Rennes — politique d'achats", "CHU de Rennes", "hopital"),
        ("Assistance Publique – Hôpitaux de Paris", "Assistance Publique – Hôpitaux de Paris", "hopital"),
        ("L'Université de Lorraine adopte son schéma", "Université de Lorraine", "etablissement_public"),
    ],
)
def test_authority_name_and_type(text: str, name: str, kind: str) -> None:
    found = find_authority(text)
    assert found is not None
    assert (found.name, found.type) == (name, kind)


def test_the_author_is_the_authority_named_most_and_first_not_a_partner() -> None:
    text = (
        "Schéma de la Métropole de Montverdun.\n\nLa Métropole de Montverdun travaille avec la Région Bretagne. "
        "La Métropole de Montverdun s'engage."
    )
    assert find_authority(text).name == "Métropole de Montverdun"


def test_a_bare_type_word_gives_the_type_without_a_name() -> None:
    found = find_authority("Le Département s'engage. Le Département publie son schéma.")
    assert found is not None and found.name is None and found.type == "departement"


def test_the_previous_schema_is_evidence_of_a_renewal_not_the_period_or_the_adoption() -> None:
    text = (
        "Schéma départemental 2024-2028. Séance du 24 juin 2024. "
        "Le premier schéma départemental, adopté le 18 mars 2019, couvrait la période 2019-2023."
    )
    assert find_period(text).value == "2024-2028"
    assert find_adoption(text).value == "2024-06-24"
    generation, number = find_generation(text)
    assert (generation.value, number) == ("renewal", 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Notre deuxième SPASER fixe des cibles.", ("renewal", 2)),
        ("Ce schéma succède au schéma 2019-2024.", ("renewal", None)),
        ("Pour la première fois, la Ville se dote d'un schéma d'achats responsables.", ("first", 1)),
        ("Un schéma d'achats responsables.", (None, None)),
    ],
)
def test_generation(text: str, expected: tuple[str | None, int | None]) -> None:
    found, number = find_generation(text)
    assert ((found.value if found else None), number) == expected


def test_a_decree_number_is_not_a_period() -> None:
    assert find_period("Décret n° 2022-2026 relatif aux achats.") is None


def test_profile_fields_carry_their_evidence_and_page() -> None:
    text = "SPASER 2025-2030 de la Métropole de Lyon\n\nAdopté par délibération du 12/12/2024."
    profile = schema_profile(_document(text))
    assert profile.period_years == (2025, 2030)
    assert profile.adoption_date.value == "2024-12-12"
    evidence = profile.authority_name.evidence
    assert evidence.quote == "Métropole de Lyon"
    assert text[evidence.provenance.char_start : evidence.provenance.char_end] == "Métropole de Lyon"
    assert 0 < profile.authority_name.confidence <= 1
