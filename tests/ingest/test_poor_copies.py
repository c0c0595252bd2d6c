"""Poor copies: specks, grain, faded toner and binding shadows must not break the reading order.

The fast tests build their pages from numbers; the slow one reads a committed page of the second
photocopy form (``corpora/samplegen/hard.py``, ``photocopy-b``) with the real Tesseract.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jiwer
import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw
from scans import squash

from spaser_nlp.document import PAGE_SEPARATOR
from spaser_nlp.ingest.despeckle import GRAINY, despeckle, paper_grain
from spaser_nlp.ingest.ocr import ocr_image
from spaser_nlp.ingest.ocr_layout import PixelToPoints, blocks_from_tesseract
from spaser_nlp.ingest.ocr_tables import scan_rules
from spaser_nlp.ingest.pdf_render import page_image

ROOT = Path(__file__).resolve().parents[2]


def _data(lines: list[tuple[int, int, list[tuple[int, int, str, float]]]]) -> dict[str, list[Any]]:
    """A Tesseract word table: ``lines`` of (line top, line bottom, [(left, width, text, confidence)])."""
    keys = ("level", "text", "conf", "block_num", "par_num", "line_num", "left", "top", "width", "height",
            "line_top", "line_bottom")
    data: dict[str, list[Any]] = {key: [] for key in keys}
    for number, (top, bottom, words) in enumerate(lines, start=1):
        for left, width, text, confidence in words:
            row = (5, text, confidence, number, 1, 1, left, top, width, bottom - top, top, bottom)
            for key, value in zip(keys, row):
                data[key].append(value)
    return data


def _line(top: int, bottom: int, words: list[tuple[int, int, str]], confidence: float = 95.0) -> tuple[
        int, int, list[tuple[int, int, str, float]]]:
    return (top, bottom, [(left, width, text, confidence) for left, width, text in words])


def test_a_tall_noise_line_in_the_margin_does_not_reorder_the_lines_beside_it() -> None:
    # The end of a page of the departement photocopy as Tesseract read it (pixels at 300 dpi): grain along the
    # binding was read as one "line" 300 px tall beside a paragraph, whose last line then came first.
    data = _data([
        _line(3100, 3154, [(357, 71, "1.3"), (445, 302, "Articulation"), (768, 117, "avec"), (906, 71, "les"),
                           (994, 259, "politiques"), (1271, 433, "départementales")]),
        _line(3182, 3226, [(356, 48, "Le"), (431, 154, "schéma"), (612, 145, "précise"), (785, 32, "la"),
                           (844, 232, "contribution"), (1103, 49, "de"), (1180, 32, "la"), (1239, 222, "commande"),
                           (1487, 171, "publique"), (1685, 48, "au"), (1762, 233, "Programme"),
                           (2022, 293, "départemental")]),
        (3119, 3432, [(164, 12, "TO", 14.0), (168, 9, "PNEU", 6.0), (177, 6, "TE)", 31.0)]),
        _line(3243, 3288, [(354, 203, "d'insertion"), (572, 231, "2023-2027,"), (818, 48, "au"), (886, 86, "Plan"),
                           (988, 117, "climat"), (1119, 38, "et"), (1170, 48, "au"), (1235, 117, "Projet"),
                           (1365, 223, "alimentaire"), (1602, 189, "territorial.")]),
        _line(3429, 3466, [(354, 180, "SPASER"), (550, 200, "2024-2028")]),
    ])
    blocks, _ = blocks_from_tesseract(data, page_number=1, to_points=PixelToPoints.from_dpi(300))
    text = " ".join(block.text for block in blocks)
    assert "départemental d'insertion 2023-2027" in text
    assert "TO" not in text.split() and "PNEU" not in text


def _grainy_page(rng: np.random.Generator, sigma: float) -> np.ndarray:
    page = np.full((600, 800), 228.0) + rng.normal(0.0, sigma, size=(600, 800))
    page[:40, :40] = 255.0  # the white corner a deskew leaves
    return page


def test_paper_grain_tells_a_grainy_copy_from_a_clean_scan() -> None:
    rng = np.random.default_rng(3)
    clean = Image.fromarray(np.clip(_grainy_page(rng, 2.5), 0, 255).astype(np.uint8))
    grainy = Image.fromarray(np.clip(_grainy_page(rng, 9.0), 0, 255).astype(np.uint8))
    assert paper_grain(clean) < GRAINY <= paper_grain(grainy)


def test_isolated_specks_go_and_dots_beside_letters_stay() -> None:
    page = Image.new("L", (600, 300), 230)
    draw = ImageDraw.Draw(page)
    draw.rectangle((100, 100, 160, 140), fill=40)  # a word
    draw.rectangle((166, 134, 170, 138), fill=40)  # its full stop, a word space away
    draw.rectangle((120, 88, 124, 92), fill=40)  # the dot of an i above it
    draw.rectangle((300, 120, 303, 123), fill=40)  # a speck in the gutter, far from any ink
    draw.rectangle((500, 250, 502, 252), fill=60)  # a speck in the margin
    cleaned, removed = despeckle(page, 300.0)
    pixels = np.asarray(cleaned)
    assert removed == 2
    assert pixels[121, 301] > 200 and pixels[251, 501] > 200
    assert pixels[136, 168] < 100 and pixels[90, 122] < 100 and pixels[120, 130] < 100


def test_grain_and_white_corners_do_not_make_rules_but_a_rule_is_found() -> None:
    rng = np.random.default_rng(5)
    page = np.full((3000, 1600), 228.0) + rng.normal(0.0, 9.0, size=(3000, 1600))
    page[:, 1520:] = 255.0  # white fill along the edges of a straightened page: more pixels than any grey of the paper
    page[2700:, :] = 255.0
    page[300:700, 900:1500] -= 12.0  # a shaded box
    for top in range(320, 700, 40):  # faded lines of text in it: letters 9 px wide, 5 px apart
        for left in range(920, 1480, 14):
            page[top : top + 12, left : left + 9] = 120.0 + rng.normal(0.0, 9.0, size=(12, 9))
    page[1900:1904, 200:1400] = 90.0  # a real rule
    scan = scan_rules(Image.fromarray(np.clip(page, 0, 255).astype(np.uint8)))
    tops = [round(rule.top * scan.factor) for rule in scan.rules]
    assert len(tops) == 1 and 1896 <= tops[0] <= 1904


def _body(text: str) -> str:
    running = ("Région Val-de-Loire-Atlantique", "Schéma régional des achats responsables")
    return "\n".join(line for line in text.splitlines() if not line.strip().startswith(running)
                     and not line.strip().isdigit())


@pytest.mark.ocr
@pytest.mark.slow
def test_a_faded_grainy_two_column_copy_is_read_column_by_column() -> None:
    # Page 3 of the region sample as the second kind of photocopy: specks in the gutter once made every row
    # read across both columns (52 % CER).
    folder = ROOT / "corpora" / "samples" / "region-exemple"
    truth = (folder / "region-exemple-photocopy-b.txt").read_text("utf-8").split(PAGE_SEPARATOR)[1]
    pdf = pdfium.PdfDocument(str(folder / "region-exemple-photocopy-b.pdf"))
    try:
        picture = page_image(pdf[1], dpi=300)
    finally:
        pdf.close()
    page = ocr_image(picture.image, page_number=2, dpi=picture.dpi, to_points=picture.to_points)
    text = _body("\n\n".join(block.text for block in page.blocks))
    assert float(jiwer.cer(squash(truth), squash(text))) <= 0.05
    assert page.columns == 2


def test_a_faint_tables_vertical_rules_read_as_bars_do_not_merge_its_columns() -> None:
    from spaser_nlp.ingest.ocr_tables import Rule, TableRegion, table_block

    # Two rows of a three-column ruled table as Tesseract read a faded copy: the vertical rules came out as
    # "|" (alone or stuck to a word) and as short words of low confidence sitting in the column gaps.
    data = _data([
        (100, 140, [(20, 300, "Indicateur", 90.0), (760, 20, "|", 95.0), (820, 400, "Valeur", 88.0),
                    (1300, 200, "Cible", 90.0)]),
        (180, 220, [(20, 160, "Montant", 96.0), (200, 120, "des", 96.0), (340, 200, "achats", 96.0),
                    (740, 60, "Se", 0.0), (820, 80, "1,9", 90.0), (915, 60, "M€|", 30.0),
                    (1300, 100, "+15", 89.0), (1410, 60, "%", 89.0)]),
    ])
    region = TableRegion(0, 80, 1700, 240, [Rule(80, 82, 0, 1700), Rule(160, 162, 0, 1700), Rule(238, 240, 0, 1700)])
    block = table_block(data, region, page_number=1, to_points=PixelToPoints.from_dpi(300), origin=(0, 0))
    assert block is not None
    header, row = block.text.split("\n")
    assert header == "Indicateur\tValeur\tCible"
    cells = row.split("\t")  # the junk word of confidence 0 stays in its cell; the columns no longer merge
    assert len(cells) == 3 and cells[0] == "Montant des achats" and cells[1].endswith("1,9 M€") and cells[2] == "+15 %"


def test_a_faint_broken_vertical_rule_of_two_stacked_tables_is_cleared_and_letters_stay() -> None:
    from spaser_nlp.ingest.ocr_tables import clear_rules

    # A crop holding two tables one above the other (a heading between them): each table's vertical rule is
    # shorter than half the crop, and grain breaks it every few pixels. A letter's stem stays.
    rng = np.random.default_rng(3)
    crop = np.full((1200, 900), 225.0) + rng.normal(0.0, 6.0, size=(1200, 900))
    for top, bottom in ((20, 560), (660, 1180)):
        crop[top:bottom, 300:303] = 150.0
        crop[top:bottom:9, 300:303] = 225.0  # grain breaks the faint rule every 9 pixels
    crop[100:140, 500:505] = 60.0  # the stem of an "l", 40 px tall
    pixels = np.clip(crop, 0, 255).astype(np.uint8)
    cleared = np.asarray(clear_rules(Image.fromarray(pixels), row_pitch=60.0))
    assert (cleared[20:560, 300:303] == 255).all() and (cleared[660:1180, 300:303] == 255).all()
    assert (cleared[100:140, 500:505] == 60).all()
    # Without the table's row pitch the rule stays: no run reaches half the crop.
    assert (np.asarray(clear_rules(Image.fromarray(pixels)))[20:560, 300:303] < 200).mean() > 0.5


def test_a_heading_across_a_table_crop_does_not_hide_its_column_gap() -> None:
    from spaser_nlp.ingest.ocr_tables import Rule, TableRegion, table_block

    # A heading between two chained tables runs across the gap between their columns: with ten lines or more,
    # one line crossing the gap leaves it a gap.
    rows = [_line(60, 100, [(20, 1500, "Fiche action n°15 – Réserver des lots")])]
    rows += [_line(140 + 60 * i, 180 + 60 * i, [(20, 200, f"Rubrique{i}"), (500, 600, f"contenu {i}")]) for i in range(10)]
    rules = [Rule(120 + 60 * i, 122 + 60 * i, 0, 1700) for i in range(11)]
    region = TableRegion(0, 40, 1700, 760, rules)
    block = table_block(_data(rows), region, page_number=1, to_points=PixelToPoints.from_dpi(300), origin=(0, 0))
    assert block is not None
    assert block.text.split("\n")[1] == "Rubrique0\tcontenu 0"
    # In a table of fewer than ten lines, no line may cross a gap: a framed box of prose stays one column.
    assert table_block(_data(rows[:5]), region, page_number=1, to_points=PixelToPoints.from_dpi(300),
                       origin=(0, 0)) is None


def test_an_action_sheet_with_short_labels_beside_long_cells_is_a_table_not_prose() -> None:
    from spaser_nlp.document import BBox, Block
    from spaser_nlp.ingest.ocr_check import prose_table_share

    box = BBox(x0=0, y0=0, x1=1, y1=1)
    sheet = Block(id="t", kind="table_row", page=1, bbox=box,
                  text="Constat\tLes producteurs locaux peinent à répondre aux lots actuels, trop larges\n"
                       "Pilote\tDirection de l'éducation et des collèges du département")
    assert prose_table_share([sheet]) == 0.0
