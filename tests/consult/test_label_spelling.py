"""Accents of consultation issue labels: the contributors' own spelling is evidence (real spaCy model)."""

from __future__ import annotations


def test_a_verb_the_texts_write_without_accent_is_not_re_accented():
    from spaser_nlp.consult.labels import choose_label, parse_texts

    texts = ["Attention, trop de politique tue la politique.", "La politique tue la démocratie, disent-ils.",
             "Trop de politique tue la politique et la confiance."]
    parsed = parse_texts(texts)
    label = choose_label(parsed, [("politique", 1.0), ("taire", 0.8)], set(), [item.lemmas for item in parsed])
    assert "tué" not in label.lower()  # the old fixer wrote "Politique tué" (tué is more frequent)
    from spaser_nlp.consult.label_check import _known_forms, fix_label, text_spellings

    # "tue" is missing from the lookup table but the lemmatizer knows it ("taire"): a French form as written.
    assert all("tue" in item.forms for item in parsed)
    known = _known_forms()
    spellings = text_spellings(item.spellings for item in parsed)
    assert fix_label("politique tue", lambda w: w in parsed[0].forms or known(w), spellings) == "Politique tue"


def test_the_texts_spelling_majority_decides_the_accents():
    from spaser_nlp.consult.label_check import _known_forms, fix_label, text_spellings

    known = _known_forms()
    assert fix_label("marche", known, text_spellings([["marché"], ["le", "marché"], ["marche"]])) == "Marché"
    assert fix_label("marche", known, text_spellings([["marche"], ["marché"], ["marche"]])) == "Marche"
    assert fix_label("politique tue", known, text_spellings([["tue"], ["tué"], ["tué"]])) == "Politique tué"
    # Accents are added, never taken off; without evidence the lexicon decides as before.
    assert fix_label("élus", known, text_spellings([["elus"], ["elus"]])) == "Élus"
    assert fix_label("Fonction de l'age", known, text_spellings([["age"], ["age"]])) == "Fonction de l'âge"
    assert fix_label("ecole", known) == "École"
