"""Property-based tests (Hypothesis): French numbers, years, CSV sniffing and reading, the offset map."""

from __future__ import annotations

import csv
import io

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, assume, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from spaser_nlp.clean.offsets import EditBuffer, Replacement, apply_to_string  # noqa: E402
from spaser_nlp.consult.readers import decode, sniff_delimiter  # noqa: E402
from spaser_nlp.extract.dates import find_years  # noqa: E402
from spaser_nlp.extract.numbers import find_numbers, parse_digits, parse_number, parse_words  # noqa: E402
from spaser_nlp.extract.sentences import MAX_SENTENCE_CHARS, sentence_spans  # noqa: E402

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
          "treize", "quatorze", "quinze", "seize"]
_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def french_words(n: int) -> str:
    """Standard French spelling of 0 ≤ n < 1,000,000 (1990 hyphen rules not used: spaces between groups)."""
    if n < 17:
        return _UNITS[n]
    if n < 20:
        return "dix-" + _UNITS[n - 10]
    if n < 70:
        tens, unit = divmod(n, 10)
        word = _TENS[tens * 10]
        return word if unit == 0 else word + ("-et-un" if unit == 1 else "-" + _UNITS[unit])
    if n < 80:
        return "soixante-et-onze" if n == 71 else "soixante-" + french_words(n - 60)
    if n < 100:
        return "quatre-vingts" if n == 80 else "quatre-vingt-" + french_words(n - 80)
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "cent" if hundreds == 1 else _UNITS[hundreds] + (" cents" if rest == 0 else " cent")
        return head if rest == 0 else head + " " + french_words(rest)
    thousands, rest = divmod(n, 1000)
    multiplier = french_words(thousands)
    if multiplier.endswith(("cents", "vingts")):  # "deux cent mille", "quatre-vingt mille"
        multiplier = multiplier[:-1]
    head = "mille" if thousands == 1 else multiplier + " mille"
    return head if rest == 0 else head + " " + french_words(rest)


@FAST
@given(st.integers(min_value=0, max_value=999_999))
def test_number_words_read_back(n):
    assert parse_words(french_words(n)) == float(n)


def _grouped(n: int, sep: str) -> str:
    text = f"{n:,}".replace(",", sep)
    return text


@FAST
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from([" ", "\u00a0", "\u202f", ".", ""]),
       st.integers(min_value=0, max_value=99))
def test_digits_with_french_separators_read_back(n, sep, cents):
    text = _grouped(n, sep)
    assert parse_digits(text) == float(n)
    with_decimals = f"{text},{cents:02d}"
    assert parse_digits(with_decimals) == pytest.approx(n + cents / 100)
    assert parse_number(with_decimals) == pytest.approx(n + cents / 100)


@FAST
@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(["\u00a0", "\u202f", " "]),
       st.sampled_from(["Porter à {} € le budget.", "{} repas servis", "soit {} tonnes en 2030"]))
def test_find_numbers_finds_the_number_in_a_sentence(n, sep, template):
    text = template.format(_grouped(n, sep))
    values = [number.value for number in find_numbers(text)]
    assert float(n) in values


@FAST
@given(st.text(max_size=300))
def test_find_numbers_never_fails_and_spans_are_sound(text):
    found = find_numbers(text)
    last_end = -1
    for number in sorted(found, key=lambda x: x.start):
        assert 0 <= number.start < number.end <= len(text)
        assert text[number.start:number.end] == number.text
        assert number.start >= last_end  # spans never overlap
        last_end = number.end


@FAST
@given(st.integers(min_value=1980, max_value=2149), st.sampled_from(["d'ici {}", "en {}", "horizon {}", "depuis {}"]))
def test_years_are_found_with_their_span(year, template):
    text = f"Objectif : 30 % de bio {template.format(year)}."
    mentions = find_years(text)
    assert [m.year for m in mentions] == [year]
    assert text[mentions[0].start:mentions[0].end] == str(year)


@FAST
@given(st.text(max_size=300))
def test_find_years_never_fails(text):
    for mention in find_years(text):
        assert text[mention.start:mention.end] == str(mention.year)


@FAST
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=3000))
def test_sentences_cover_the_text_in_order_and_stay_bounded(text):
    spans = sentence_spans(text)
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        assert end - start <= MAX_SENTENCE_CHARS
        last = end
    non_space = sum(1 for c in text if not c.isspace())
    assert sum(1 for a, b in spans for c in text[a:b] if not c.isspace()) == non_space


# ---------------------------------------------------------------- CSV sniffing and decoding

_cell = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters=",;\t|\"\n\r"),
                min_size=1, max_size=20).filter(lambda s: s.strip() == s and s)


@FAST
@given(st.sampled_from([",", ";", "\t", "|"]), st.integers(min_value=2, max_value=5),
       st.lists(st.lists(_cell, min_size=5, max_size=5), min_size=2, max_size=12))
def test_sniffer_finds_the_delimiter(delimiter, width, rows):
    rows = [row[:width] for row in rows]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerows([[f"col{i}" for i in range(width)], *rows])
    assert sniff_delimiter(buffer.getvalue()) == delimiter


@FAST
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1,
               max_size=200),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_decode_reads_back_what_excel_writes(text, encoding):
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:
        assume(False)
    if encoding == "cp1252":
        try:
            raw.decode("utf-8")
            assume(False)  # ambiguous bytes: a cp1252 text that is also valid UTF-8
        except UnicodeDecodeError:
            pass
    assert decode(raw) == text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.sampled_from([",", ";", "\t"]), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
       st.lists(st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd", "Zs", "Po")), min_size=1,
                        max_size=60).filter(lambda s: s.strip() == s and s), min_size=1, max_size=8))
def test_csv_files_read_back(tmp_path_factory, delimiter, encoding, texts):
    from spaser_nlp.consult.io import read_table

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow(["id", "texte"])
    writer.writerows([[str(i), t] for i, t in enumerate(texts)])
    try:
        raw = buffer.getvalue().encode(encoding)
    except UnicodeEncodeError:
        assume(False)
    path = tmp_path_factory.mktemp("csv") / "c.csv"
    path.write_bytes(raw)
    frame = read_table(path)
    assert list(frame.columns) == ["id", "texte"] and list(frame["texte"]) == texts


# ---------------------------------------------------------------- offset map


@st.composite
def replacement_rounds(draw):
    raw = draw(st.text(alphabet="abcdefgh é", min_size=1, max_size=40))
    rounds = []
    length = len(raw)
    text = raw
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        cuts = sorted(draw(st.lists(st.integers(min_value=0, max_value=length), min_size=0, max_size=6, unique=True)))
        reps = []
        for start, end in zip(cuts[::2], cuts[1::2]):
            reps.append(Replacement(start, end, draw(st.text(alphabet="XYZ", max_size=4)), "r"))
        rounds.append(reps)
        text = apply_to_string(text, reps)
        length = len(text)
    return raw, rounds


@FAST
@given(replacement_rounds())
def test_offset_map_and_edits_stay_consistent(case):
    raw, rounds = case
    buffer = EditBuffer(raw)
    expected = raw
    for reps in rounds:
        buffer.apply(reps)
        expected = apply_to_string(expected, reps)
    assert buffer.text == expected
    offsets = buffer.offset_map
    assert len(offsets) == len(buffer.text) + 1
    assert offsets[-1] == len(raw)
    assert all(0 <= a <= b <= len(raw) for a, b in zip(offsets, offsets[1:]))  # monotone, within the raw text
    edits = buffer.edits()
    for previous, current in zip(edits, edits[1:]):
        assert previous.end <= current.start  # never overlapping
    # Undoing every edit (in raw coordinates) gives the raw text back from the cleaned one.
    rebuilt, cursor = [], 0
    for edit, (start, end) in zip(edits, buffer.spans()):
        rebuilt.append(buffer.text[cursor:start])
        rebuilt.append(edit.before)
        cursor = end
    rebuilt.append(buffer.text[cursor:])
    assert "".join(rebuilt) == raw
    # Outside edits, each character maps to the same character of the raw text.
    inside = [False] * len(buffer.text)
    for start, end in buffer.spans():
        for i in range(start, end):
            inside[i] = True
    for i, char in enumerate(buffer.text):
        if not inside[i]:
            assert raw[offsets[i]] == char
