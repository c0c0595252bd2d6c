"""OCR of real rendered French pages: words, boxes, confidences, rotation and skew."""

from __future__ import annotations

import numpy as np
import pytest
from scans import PAGES, TABLE, page_image, squash, table_page_image, turned

from spaser_nlp.ingest.deskew import deskew, estimate_skew
from spaser_nlp.ingest.ocr import ocr_image
from spaser_nlp.ingest.ocr_layout import PixelToPoints, blocks_from_tesseract
from spaser_nlp.ingest.ocr_tables import find_tables
from spaser_nlp.ingest.tesseract import parse_hocr

HEADING, BODY = PAGES[0]


@pytest.mark.parametrize("degrees", [0.0, 1.5, -2.2])
def test_estimate_skew_finds_the_tilt(degrees: float) -> None:
    image = turned(page_image(HEADING, BODY, dpi=150), degrees)
    assert estimate_skew(image) == pytest.approx(degrees, abs=0.15)


def test_deskew_leaves_straight_pages_alone() -> None:
    image = page_image(HEADING, BODY, dpi=150)
    assert deskew(image, 0.05) is image


@pytest.mark.parametrize("degrees", [0.8, -2.0])
def test_deskew_makes_lines_horizontal_and_rules_vertical(degrees: float) -> None:
    upright = table_page_image(dpi=150).convert("L")
    tilted = turned(upright, degrees)
    straight = deskew(tilted, degrees)
    assert estimate_skew(straight) == pytest.approx(0.0, abs=0.1)
    # The table's vertical rules: as upright as in the page before it was turned (a column of dark pixels
    # that runs the rule's whole height in both).
    def longest_dark_column(image) -> int:
        dark = np.asarray(image) < 128
        runs = np.zeros(dark.shape[1], dtype=int)
        best = np.zeros(dark.shape[1], dtype=int)
        for row in dark:
            runs = np.where(row, runs + 1, 0)
            best = np.maximum(best, runs)
        return int(best.max())

    assert longest_dark_column(straight) >= 0.95 * longest_dark_column(upright)
    # The page keeps its content: grown by the shears only, and white where they brought nothing in.
    slope = abs(np.tan(np.radians(degrees)))
    assert 0 <= straight.height - tilted.height <= tilted.width * slope + 2
    assert 0 <= straight.width - tilted.width <= straight.height * slope + 2
    assert np.asarray(straight)[:3, :3].min() == 255


def _hocr(lines: list[tuple[int, int, list[tuple[int, str, float]]]]) -> str:
    """hOCR with one line per ``(baseline_y, x_size, [(left, text, confidence), ...])``, 300 dpi pixels."""
    spans = []
    for number, (baseline, size, words) in enumerate(lines, start=1):
        descent = size // 4
        top, bottom = baseline - size + descent, baseline + descent
        right = max(left + 20 * len(text) for left, text, _ in words)
        spans.append(
            f"<span class='ocr_line' id='line_{number}' title='bbox {words[0][0]} {top} {right} {bottom}; "
            f"baseline 0 -{descent}; x_size {size}; x_descenders {descent}; x_ascenders 8'>"
            + "".join(
                # A bullet misread as "e" is a small blob, not a letter of full height.
                f"<span class='ocrx_word' title='bbox {left} {baseline - 12 if text == 'e' else top + 4} "
                f"{left + 20 * len(text)} {baseline}; x_wconf {conf}'>{text}</span>"
                for left, text, conf in words
            )
            + "</span>"
        )
    body = "".join(spans)
    return (
        "<html xmlns='http://www.w3.org/1999/xhtml'><body><div class='ocr_page'>"
        f"<div class='ocr_carea'><p class='ocr_par'>{body}</p></div></div></body></html>"
    )


def test_blocks_from_hocr_words() -> None:
    hocr = _hocr(
        [
            (160, 70, [(300, "Axe", 95), (400, "1", 95)]),
            (300, 46, [(300, "Les", 92), (400, "clauses", 92), (600, "sociales", 92), (800, "pro-", 92)]),
            (360, 46, [(300, "gressent", 90), (500, "dans", 90), (620, "les", 90), (700, "marchés.", 90)]),
            (500, 46, [(300, "e", 91), (340, "Former", 91), (500, "les", 91), (600, "agents", 91)]),
            (560, 46, [(300, "e", 91), (340, "Suivre", 91), (500, "les", 91), (600, "marchés", 91)]),
            (900, 46, [(300, "~—@", 20), (400, "==", 15)]),
        ]
    )
    data = parse_hocr(hocr)
    assert data["text"][:2] == ["Axe", "1"] and data["conf"][0] == 95
    blocks, dropped = blocks_from_tesseract(data, page_number=2, to_points=PixelToPoints.from_dpi(300))
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Axe 1"),
        ("paragraph", "Les clauses sociales progressent dans les marchés."),
        ("list_item", "Former les agents"),
        ("list_item", "Suivre les marchés"),
    ]
    assert dropped == 1
    assert blocks[2].orig.startswith("• Former")
    assert [w.text for w in blocks[2].words] == ["Former", "les", "agents"]
    assert [b.id for b in blocks] == ["p2-b0", "p2-b1", "p2-b2", "p2-b3"]
    first = blocks[0].words[0]
    assert (first.bbox.x0, first.bbox.x1) == (72.0, 86.4)  # 300 px at 300 dpi = 72 pt
    assert first.confidence == 95


@pytest.mark.ocr
@pytest.mark.slow
def test_ocr_reads_a_french_page_with_boxes_and_confidences() -> None:
    page = ocr_image(page_image(HEADING, BODY), page_number=1, dpi=300)
    assert page.source == "ocr" and page.dpi == 300 and page.rotation == 0
    assert page.ocr_confidence is not None and page.ocr_confidence > 85
    assert page.width == pytest.approx(595.3, abs=1) and page.height == pytest.approx(841.9, abs=1)
    assert page.blocks[0].kind == "heading"
    text = squash(" ".join(block.text for block in page.blocks))
    assert "La collectivité développe les clauses sociales" in text
    assert "25 %" in text and "2027" in text
    for word in (w for block in page.blocks for w in block.words or []):
        assert 0 <= word.bbox.x0 < word.bbox.x1 <= page.width
        assert 0 <= word.bbox.y0 < word.bbox.y1 <= page.height
        assert 0 <= word.confidence <= 100


@pytest.mark.ocr
@pytest.mark.slow
def test_upside_down_page_is_turned_before_reading() -> None:
    heading, body = PAGES[1]
    page = ocr_image(turned(page_image(heading, body), 180), page_number=1, dpi=300)
    assert page.rotation == 180
    assert "Réduire de 40 % les émissions" in squash(" ".join(block.text for block in page.blocks))


@pytest.mark.ocr
@pytest.mark.slow
def test_skewed_page_is_straightened() -> None:
    heading, body = PAGES[2]
    page = ocr_image(turned(page_image(heading, body), 1.5), page_number=1, dpi=300)
    assert page.skew_degrees == pytest.approx(1.5, abs=0.15)
    text = squash(" ".join(block.text for block in page.blocks))
    assert "Le comité de suivi se réunit deux fois par an" in text


def test_ruled_table_is_found_from_its_rules() -> None:
    image = table_page_image(dpi=150)
    (region,) = find_tables(image)
    assert len(region.rules) == len(TABLE) + 1
    # 72 pt and 523 pt at 150 dpi.
    assert region.left == pytest.approx(150, abs=4) and region.right == pytest.approx(1090, abs=4)
    assert find_tables(page_image(*PAGES[0], dpi=150)) == []


@pytest.mark.ocr
@pytest.mark.slow
@pytest.mark.parametrize("grid", [True, False], ids=["grid", "header-rules-only"])
def test_ruled_table_is_read_row_by_row(grid: bool) -> None:
    page = ocr_image(table_page_image(grid=grid), page_number=1, dpi=300)
    kinds = [block.kind for block in page.blocks]
    assert kinds == ["paragraph", "table_row", "paragraph"]
    rows = [row.split("\t") for row in page.blocks[1].text.split("\n")]
    assert len(rows) == len(TABLE) and all(len(row) == 3 for row in rows)
    assert rows[0][0] == "Indicateur" and squash(rows[2][0]) == "Heures d'insertion par an"
    assert squash(rows[3][2]).replace(" ", "").startswith("2,5M")


@pytest.mark.ocr
@pytest.mark.slow
def test_tesserocr_reads_as_well_as_the_program(monkeypatch: pytest.MonkeyPatch) -> None:
    """tesserocr bundles its own Tesseract (5.5), the program may be another version: same words, nearly."""
    import difflib

    from spaser_nlp.ingest import tesseract_lib
    from spaser_nlp.ingest.tesseract import image_to_data, tessdata_folder

    if tesseract_lib.library_engine("fra", tessdata_folder("fra")) is None:
        pytest.skip("tesserocr is not installed")
    # A skewed page and a table page: several blocks, lines, baselines and sizes to agree on.
    images = [turned(page_image(*PAGES[2]), 1.0), table_page_image()]
    in_process = [image_to_data(image, lang="fra", psm=psm) for image in images for psm in (3, 6)]
    monkeypatch.setenv("SPASER_TESSERACT_CMD", "tesseract")  # the program, in a child process
    program = [image_to_data(image, lang="fra", psm=psm) for image in images for psm in (3, 6)]
    for ours, theirs in zip(in_process, program):
        assert len(theirs["text"]) > 20
        similarity = difflib.SequenceMatcher(None, " ".join(ours["text"]), " ".join(theirs["text"])).ratio()
        assert similarity >= 0.97
        assert abs(len(set(ours["line_num"])) - len(set(theirs["line_num"]))) <= 2


@pytest.mark.ocr
@pytest.mark.slow
def test_word_listing_equals_the_hocr() -> None:
    from spaser_nlp.ingest import tesseract_lib
    from spaser_nlp.ingest.tesseract import tessdata_folder, word_table

    engine = tesseract_lib.library_engine("fra", tessdata_folder("fra"))
    if engine is None:
        pytest.skip("tesserocr is not installed")
    for image in (turned(page_image(*PAGES[1]), -1.5), table_page_image(grid=False)):
        assert engine.recognize(image, psm=3)
        from_hocr = parse_hocr(engine.hocr() or b"")
        listed = word_table(engine.words())
        engine.clear()
        assert listed == from_hocr
        assert len(set(listed["line_num"])) >= 3
        # Each line's extent comes from its baseline and size: the same for all its words.
        assert len(set(zip(listed["line_num"], listed["line_top"]))) == len(set(listed["line_num"]))


def test_ocr_never_changes_this_process_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from spaser_nlp.ingest.tesseract import _child_env

    monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    assert _child_env()["OMP_THREAD_LIMIT"] == "1"
    assert "OMP_THREAD_LIMIT" not in os.environ
