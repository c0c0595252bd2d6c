"""Properties of the cleaner: idempotence, protected tokens, offset map, edits in raw coordinates."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from spaser_nlp.clean import CleanConfig, clean_text
from spaser_nlp.clean.noise import NoiseModel
from spaser_nlp.clean.offsets import EditBuffer, Replacement
from spaser_nlp.clean.protect import Protected

TEXTS = sorted((Path(__file__).parents[2] / "corpora" / "ocr-noise" / "texts").glob("*.txt"))


@pytest.fixture(scope="module")
def noisy_texts() -> list[str]:
    return [NoiseModel(seed=7, word_error_rate=0.2).apply(path.read_text(encoding="utf-8")) for path in TEXTS[:6]]


def test_corpus_texts_are_there() -> None:
    assert len(TEXTS) >= 12


def test_idempotent_on_noisy_text(noisy_texts: list[str]) -> None:
    for text in noisy_texts:
        once = clean_text(text).text
        again = clean_text(once)
        assert again.text == once, [(e.before, e.after, e.rule) for e in again.edits]


def test_clean_text_is_left_alone() -> None:
    """On the clean corpus texts, only typography (apostrophes, no-break spaces) may change."""
    for path in TEXTS:
        edits = clean_text(path.read_text(encoding="utf-8")).edits
        changed = [(e.before, e.after, e.rule) for e in edits if e.rule not in ("apostrophe", "nbsp")]
        assert changed == [], path.name


def test_protected_tokens_survive(noisy_texts: list[str]) -> None:
    for text in noisy_texts:
        cleaned = clean_text(text)
        for start, end in Protected.find(text).spans:
            token = text[start:end]
            assert not any(e.start < end and e.end > start and e.before.strip() for e in cleaned.edits
                           if e.rule != "garbage-line"), token


PROTECTED = [
    "SPASER", "ESS", "ESUS", "ESAT", "EA", "SIAE", "CRESS", "RTES", "RSE", "PNAD", "UGAP", "EGalim", "AGEC",
    "TPE/PME", "HT/TTC", "UE", "L. 2111-3", "décret n°2022-767", "25 %", "2,5 M€", "1 500 000 €", "2026",
    "https://www.economie.gouv.fr/daj", "achats@region-exemple.fr", "37,4 %",
]


@pytest.mark.parametrize("token", PROTECTED)
def test_protected_token_in_noisy_context(token: str) -> None:
    text = f"La premiére étape : {token} pour UESS."
    assert token in clean_text(text, config=CleanConfig(nbsp=False)).text


def _check_map(raw: str, result) -> None:
    text, offsets = result.text, result.offset_map
    assert len(offsets) == len(text) + 1
    assert offsets[-1] == len(raw)
    assert all(a <= b for a, b in zip(offsets, offsets[1:])), "offset map must be monotonic"
    for edit in result.edits:
        assert raw[edit.start : edit.end] == edit.before
    # characters outside every edit map to the identical raw character
    edited = [(e.start, e.end) for e in result.edits]
    for index, char in enumerate(text):
        raw_index = offsets[index]
        if not any(s <= raw_index < e or (s == e == raw_index) for s, e in edited):
            assert raw[raw_index] == char


def test_offset_map_of_cleaner(noisy_texts: list[str]) -> None:
    for raw in noisy_texts:
        _check_map(raw, clean_text(raw))


def test_edit_spans_map_back_through_offset_map(noisy_texts: list[str]) -> None:
    """For every edit, mapping its cleaned span back through the offset map gives its raw span."""
    for raw in noisy_texts:
        result = clean_text(raw)
        cleaned_from = {e.start: e for e in result.edits}
        position = 0
        for edit in result.edits:
            if not edit.after:
                continue
            clean_start = result.text.find(edit.after, position)
            while clean_start >= 0 and result.offset_map[clean_start] != edit.start:
                clean_start = result.text.find(edit.after, clean_start + 1)
            assert clean_start >= 0, edit
            raw_start, raw_end = result.raw_span(clean_start, clean_start + len(edit.after))
            assert raw_start == edit.start and raw_end >= edit.end, edit
            position = clean_start
        assert cleaned_from  # the noisy texts always need edits


def test_edit_buffer_random_replacements() -> None:
    rng = random.Random(5)
    for _ in range(200):
        raw = "".join(rng.choice("ab c\n") for _ in range(rng.randint(0, 30)))
        buffer = EditBuffer(raw)
        for _round in range(3):
            n = len(buffer.text)
            reps = []
            cursor = 0
            while cursor <= n and rng.random() < 0.7:
                start = rng.randint(cursor, n)
                end = min(n, start + rng.randint(0, 3))
                reps.append(Replacement(start, end, "".join(rng.choice("xyz") for _ in range(rng.randint(0, 3))), "r"))
                cursor = end + 1
            expected = buffer.text
            for rep in sorted(reps, key=lambda r: r.start, reverse=True):
                expected = expected[: rep.start] + rep.after + expected[rep.end :]
            buffer.apply(reps)
            assert buffer.text == expected
        edits = buffer.edits()
        for edit, (clean_start, clean_end) in zip(edits, buffer.spans()):
            assert raw[edit.start : edit.end] == edit.before
            assert buffer.text[clean_start:clean_end] == edit.after
        # the text outside edits is the raw text, in order
        rebuilt = raw
        for edit in sorted(edits, key=lambda e: e.start, reverse=True):
            rebuilt = rebuilt[: edit.start] + edit.after + rebuilt[edit.end :]
        assert rebuilt == buffer.text
        assert len(buffer.offset_map) == len(buffer.text) + 1


def test_noise_model_is_deterministic() -> None:
    text = TEXTS[0].read_text(encoding="utf-8")
    assert NoiseModel(seed=1).apply(text) == NoiseModel(seed=1).apply(text)
    assert NoiseModel(seed=1).apply(text) != text
