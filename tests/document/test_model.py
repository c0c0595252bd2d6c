import json

import pytest

from spaser_nlp.document import (
    SCHEMA_VERSION,
    BBox,
    Block,
    CleanedText,
    Document,
    Edit,
    Objective,
    Page,
    Section,
    Word,
    assemble_text,
)
from spaser_nlp.errors import InputError, SchemaVersionError, SpaserError


def _document() -> Document:
    box = BBox(x0=56.7, y0=70.25, x1=300.0, y1=90.0)
    page1 = Page(
        number=1,
        width=595.28,
        height=841.89,
        source="text_layer",
        columns=2,
        blocks=[
            Block(id="p1-b0", kind="heading", page=1, bbox=box, text="Axe 1 – Achats sociaux", font_size=16, bold=True),
            Block(
                id="p1-b1",
                page=1,
                bbox=box,
                text="Porter à 25 % la part des marchés responsables d'ici 2027.",
                orig="Porter à 25 % la part des mar-\nchés responsables d’ici 2027.",
                column=0,
            ),
        ],
    )
    page2 = Page(
        number=2,
        width=595.28,
        height=841.89,
        source="ocr",
        ocr_confidence=91.5,
        dpi=300,
        rotation=180,
        skew_degrees=-0.7,
        blocks=[
            Block(
                id="p2-b0",
                page=2,
                bbox=box,
                text="Réaliser 150 000 heures",
                confidence=88.0,
                words=[
                    Word(text="Réaliser", bbox=box, confidence=90.0),
                    Word(text="150", bbox=box, confidence=95.0),
                    Word(text="000", bbox=box, confidence=93.0),
                    Word(text="heures", bbox=box, confidence=74.5),
                ],
            )
        ],
    )
    pages = [page1, page2]
    text = assemble_text(pages)
    return Document(
        doc_id="exemple",
        source_path="/tmp/exemple.pdf",
        sha256="0" * 64,
        media_type="application/pdf",
        page_count=2,
        metadata={"title": "SPASER 2024-2028"},
        pages=pages,
        text=text,
        pipeline={"spaser_nlp": "0.1.0"},
    )


def test_offsets_point_at_block_text():
    doc = _document()
    for page in doc.pages:
        assert doc.text[page.char_start : page.char_end].count("\f") == 0
        for block in page.blocks:
            assert doc.text[block.char_start : block.char_end] == block.text
            for word in block.words or []:
                assert doc.text[word.char_start : word.char_end] == word.text
    assert doc.page_texts()[1] == "Réaliser 150 000 heures"


def test_json_round_trip_is_exact():
    doc = _document()
    doc.clean = CleanedText(
        text=doc.text.replace("heures", "heure"),
        edits=[Edit(start=1, end=2, before="x", after="y", rule="test", confidence=0.5)],
        offset_map=list(range(len(doc.text))),
    )
    doc.sections.append(
        Section(id="s1", kind="axe", number="1", title="Achats sociaux", level=1, provenance=doc.provenance(0, 5))
    )
    doc.objectives.append(
        Objective(
            doc_id="exemple", text="Porter à 25 %", char_start=0, char_end=12, value=25, unit="%",
            direction="reach", kind="rate", horizon_year=2027,
        )
    )
    data = doc.to_json()
    again = Document.from_json(data)
    assert again == doc
    assert again.to_json() == data
    assert json.loads(data)["schema_version"] == SCHEMA_VERSION


def test_other_major_schema_version_is_refused():
    payload = json.loads(_document().to_json())
    payload["schema_version"] = "9.0"
    with pytest.raises(SchemaVersionError) as info:
        Document.from_json(json.dumps(payload))
    assert isinstance(info.value, SpaserError)
    assert "9.0" in str(info.value) and "process the source file again" in str(info.value)
    assert "--" not in str(info.value)


def test_offset_map_is_stored_as_runs_and_reads_back_exactly():
    from spaser_nlp.clean import clean_text

    doc = _document()
    noisy = "Porter a 25 % la part des rnarchés avec clauses soclales d ici 2027 ; réa-\nliser 150 000 heures. " * 40
    doc.text = noisy
    doc.pages = []
    doc.clean = clean_text(noisy)
    assert doc.clean.edits  # the cleaner changed something, so the map is not the identity
    data = doc.to_json()
    stored = json.loads(data)["clean"]["offset_map"]
    assert stored["length"] == len(doc.clean.offset_map) == len(doc.clean.text) + 1
    assert len(json.dumps(stored)) < len(json.dumps(doc.clean.offset_map)) / 5
    again = Document.from_json(data)
    assert again.clean is not None and again.clean.offset_map == doc.clean.offset_map
    for start in range(0, len(doc.clean.text), 7):
        assert again.provenance(start, start + 11) == doc.provenance(start, start + 11)


@pytest.mark.parametrize("seed", range(20))
def test_offset_runs_round_trip_any_map(seed):
    import random

    from spaser_nlp.document.model import compress_offsets, expand_offsets

    rng = random.Random(seed)
    offsets, value = [], rng.randrange(3)
    for _ in range(rng.randrange(60)):
        offsets.append(value)
        value += rng.choice([1, 1, 1, 0, 2, 5, -3])  # runs, repeats, gaps and steps back
    assert expand_offsets(compress_offsets(offsets), len(offsets)) == offsets


def test_malformed_offset_runs_are_refused():
    payload = json.loads(_document().to_json())
    payload["clean"] = {"text": "ab", "offset_map": {"length": 3, "runs": [[1, 0]]}}
    with pytest.raises(InputError, match="offset map"):
        Document.from_json(json.dumps(payload))


def test_a_schema_1_document_is_read_and_upgraded():
    doc = _document()
    doc.clean = CleanedText(text=doc.text[1:], offset_map=[i + 1 for i in range(len(doc.text))])
    payload = json.loads(doc.to_json())
    payload["schema_version"] = "1.0"
    payload["clean"]["offset_map"] = [i + 1 for i in range(len(doc.text))]  # version 1: one integer per character
    again = Document.from_json(json.dumps(payload))
    assert again == doc
    assert again.schema_version == SCHEMA_VERSION


def test_unknown_field_is_an_error():
    payload = json.loads(_document().to_json())
    payload["pagez"] = []
    with pytest.raises(InputError, match="pagez"):
        Document.from_json(json.dumps(payload))


def test_provenance_maps_back_to_page_and_bbox():
    doc = _document()
    start = doc.text.index("150 000")
    prov = doc.provenance(start, start + 7)
    assert prov.page == 2
    assert prov.bbox == doc.pages[1].blocks[0].bbox
    assert (prov.raw_start, prov.raw_end) == (start, start + 7)


def test_provenance_through_the_offset_map():
    doc = _document()
    # cleaned text drops the first character: cleaned i comes from raw i + 1
    doc.clean = CleanedText(text=doc.text[1:], offset_map=[i + 1 for i in range(len(doc.text))])
    start = doc.clean.text.index("Réaliser")
    prov = doc.provenance(start, start + 8)
    assert doc.text[prov.raw_start : prov.raw_end] == "Réaliser"
    assert prov.page == 2


def test_save_and_load(tmp_path):
    doc = _document()
    path = tmp_path / "doc.json"
    doc.save(path)
    assert Document.load(path) == doc
