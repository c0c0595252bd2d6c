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


def test_a_sentence_piece_and_a_counting_head_are_weak_labels():
    from types import SimpleNamespace

    from spaser_nlp.consult.label_check import check_weaknesses, label_weaknesses, quantity_complement

    # "la politique tue la politique": a verb read as the noun's adjective is a piece of a sentence (reported).
    labels = ["Politique tue", "Emplois aidés", "Personnes âgées", "Impôts locaux", "Transport public",
              "Démocratie représentative"]
    issues = [SimpleNamespace(id=str(i), label=label, keywords=[]) for i, label in enumerate(labels)]
    assert [(v.issue_id, v.rule) for v in check_weaknesses(issues)] == [("0", "verbe")]
    # A counting head names no topic: the label is what it counts.
    assert [r for r, _ in label_weaknesses("Kyrielle de petits impôts")] == ["tete_quantite"]
    assert quantity_complement("Kyrielle de petits impôts") == "Petits impôts"
    assert quantity_complement("Multitude des taxes") == "Taxes"
    assert quantity_complement("Taux d'imposition") == "" and quantity_complement("Impôt sur le revenu") == ""


def test_the_chooser_names_what_a_counting_head_counts():
    from spaser_nlp.consult.labels import ParsedText, choose_label

    texts = [["kyrielle", "petit", "impôt"], ["impôt", "supprimer"], ["impôt", "rendement"]]
    # "petit" is a stop word: "petits impôts" shares the key of "impôts" and is no candidate of its own.
    parsed = [ParsedText(texts[0], [("kyrielle de petits impôts", ("kyrielle", "impôt")), ("petits impôts", ("impôt",))]),
              ParsedText(texts[1], [("impôts", ("impôt",))]), ParsedText(texts[2], [("impôts", ("impôt",))])]
    keywords = [("kyrielle", 1.0), ("impôt", 0.5), ("rendement", 0.3)]
    assert choose_label(parsed, keywords, set(), texts) == "Petits impôts"


def test_a_misspelling_is_no_known_form_and_is_still_accented():
    from spaser_nlp.consult.labels import choose_label, parse_texts

    texts = ["Il faut plus de moyens pour l'ecole publique.", "L'ecole publique manque de professeurs.",
             "Donner des moyens a l'ecole publique."]
    parsed = parse_texts(texts)
    # Most contributors write "ecole": the lemmatizer does not know it (no other word behind it), so it is accented.
    assert not any("ecole" in item.forms for item in parsed)
    label = choose_label(parsed, [("ecole", 1.0), ("public", 0.8)], set(), [item.lemmas for item in parsed])
    assert label == "École publique"
