"""Unicode clean-up, line joining with dehyphenation, garbage scores."""

from __future__ import annotations

import pytest

from spaser_nlp.ingest.textnorm import is_garbage_text, join_lines, known_word_ratio, letter_ratio, normalize_unicode


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ﬁlière ﬂux eﬀet eﬃcace eﬄuent ﬅyle ﬆop", "filière flux effet efficace effluent style stop"),
        ("respon\u00adsable", "responsable"),
        ("1\u00a0500\u202f000\u2009€", "1 500 000 €"),
        ("zéro\u200bwidth\ufeff", "zérowidth"),
        ("e\u0301conomie", "économie"),
        ("sous\u2011traitance", "sous-traitance"),
        ("l’ESS « RSE »", "l’ESS « RSE »"),  # apostrophes and quotes are the cleaner's business
        ("Axe\x07 1", "Axe 1"),
    ],
)
def test_normalize_unicode(raw: str, expected: str) -> None:
    assert normalize_unicode(raw) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["les achats respon-", "sables"], "les achats responsables"),
        (["la protection de l'environne-", "ment"], "la protection de l'environnement"),
        (["le porte-", "parole"], "le porte-parole"),
        (["la sous-", "traitance"], "la sous-traitance"),
        (["un auto-", "entrepreneur"], "un auto-entrepreneur"),
        (["la Région Centre-", "Val de Loire"], "la Région Centre-Val de Loire"),
        (["Val-", "de-Loire"], "Val-de-Loire"),
        (["le bien-", "être"], "le bien-être"),
        (["saviez-", "vous ?"], "saviez-vous ?"),
        (["la période 2024-", "2028"], "la période 2024-2028"),
        (["des mi-", "crofibres"], "des microfibres"),
        (["sa va-", "leur"], "sa valeur"),
        (["RESPON-", "SABLES"], "RESPONSABLES"),
        (["une phrase –", "suite"], "une phrase – suite"),
        (["écrire à achats@region-", "exemple.fr"], "écrire à achats@region-exemple.fr"),
        (["  deux   espaces ", "", " fin "], "deux espaces fin"),
    ],
)
def test_join_lines(lines: list[str], expected: str) -> None:
    assert join_lines(lines) == expected


def test_garbage_scores() -> None:
    assert is_garbage_text("") == 0.0
    assert is_garbage_text("Objectif 1.2 : 25 % de clauses sociales") == 0.0
    assert is_garbage_text("(cid:3)(cid:4) ab") == 0.5
    assert is_garbage_text("\ue000\ue001\ufffd!") == 0.75
    assert letter_ratio("—@~ i . . .") < 0.2
    # Caesar-shifted letters: what a font with a broken encoding gives.
    shifted = (
        "Ohv dfkdwv uhvsrqvdeohv gh od froohfwlylwh idyrulvhqw o'hpsorl orfdo gxudeoh hw vrolgdluh "
        "gdqv ohv whuulwrluhv uhjlrqdxa"
    )
    assert known_word_ratio(shifted) is not None and known_word_ratio(shifted) < 0.5


def test_english_words_are_looked_up_only_for_pages_french_does_not_know(monkeypatch):
    import wordfreq

    from spaser_nlp.ingest.pdf_text import judge_text_layer

    english = ("The county council will buy sustainable food for school canteens and reduce the carbon footprint "
               "of its procurement through stronger environmental clauses in every framework contract")
    assert known_word_ratio(english, english=False) <= known_word_ratio(english) == 1.0
    assert judge_text_layer(english) == (True, "ok")
    shifted = ("Ohv dfkdwv uhvsrqvdeohv gh od froohfwlylwh idyrulvhqw o'hpsorl orfdo gxudeoh hw vrolgdluh "
               "gdqv ohv whuulwrluhv uhjlrqdxa")
    assert judge_text_layer(shifted) == (False, "unknown_words")

    def no_english(word, lang, *args, **kwargs):
        assert lang != "en", "English looked up for a French page"
        return original(word, lang, *args, **kwargs)

    original = wordfreq.zipf_frequency
    monkeypatch.setattr(wordfreq, "zipf_frequency", no_english)
    french = "Les achats responsables de la collectivité favorisent l'insertion et l'emploi local durable"
    assert judge_text_layer(french) == (True, "ok")
