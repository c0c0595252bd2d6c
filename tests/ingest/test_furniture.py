"""Running headers, footers and page numbers, on pages of any source."""

from __future__ import annotations

from spaser_nlp.document import BBox, Block, Page
from spaser_nlp.ingest.furniture import is_page_number, remove_running_furniture

HEIGHT = 842.0


def page(number: int, blocks: list[tuple[float, str]]) -> Page:
    return Page(
        number=number,
        width=595,
        height=HEIGHT,
        source="ocr",
        blocks=[
            Block(id=f"p{number}-b{i}", page=number, bbox=BBox(x0=50, y0=y, x1=400, y1=y + 10), text=text)
            for i, (y, text) in enumerate(blocks)
        ],
    )


def kept(pages: list[Page]) -> list[list[str]]:
    return [[block.text for block in p.blocks] for p in pages]


def test_alternating_headers_and_page_numbers_in_many_forms() -> None:
    numbers = ["- 1 -", "Page 2", "3/6", "p. 4", "5", "6 sur 6"]
    pages = [
        page(n, [(20, "Schéma des achats · Région" if n % 2 else "SPASER 2024-2028"), (300, f"Texte {n}"),
                 (815, numbers[n - 1])])
        for n in range(1, 7)
    ]
    remove_running_furniture(pages)
    assert kept(pages) == [[f"Texte {n}"] for n in range(1, 7)]
    assert [b.text for b in pages[0].removed] == ["Schéma des achats · Région", "- 1 -"]


def test_two_page_document_and_ocr_noise_in_the_footer() -> None:
    pages = [
        page(1, [(300, "Texte un"), (815, "Schéma régional des achats responsables 1")]),
        page(2, [(300, "Texte deux"), (815, "Schema régional des achats responsabies 2")]),
    ]
    remove_running_furniture(pages)
    assert kept(pages) == [["Texte un"], ["Texte deux"]]


def test_content_in_the_bands_that_does_not_repeat_is_kept() -> None:
    pages = [
        page(1, [(20, "Axe 1 – Achats sociaux"), (300, "Texte"), (815, "Note : chiffres 2022")]),
        page(2, [(20, "Axe 2 – Environnement"), (300, "Texte"), (815, "Source : Observatoire")]),
        page(3, [(20, "Axe 3 – Économie"), (300, "Texte")]),
    ]
    remove_running_furniture(pages)
    assert kept(pages)[0] == ["Axe 1 – Achats sociaux", "Texte", "Note : chiffres 2022"]
    # A repeated text in the middle of the page is content, not furniture.
    assert all("Texte" in texts for texts in kept(pages))


def test_single_page_keeps_everything_but_its_number() -> None:
    pages = [page(1, [(20, "Titre"), (300, "Texte"), (815, "1")])]
    remove_running_furniture(pages)
    assert kept(pages) == [["Titre", "Texte"]]


def test_page_number_shapes() -> None:
    assert is_page_number("12")
    assert is_page_number("— 12 —")
    assert not is_page_number("Objectif 12")
    assert not is_page_number("12 %")
