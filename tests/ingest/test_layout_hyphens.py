"""Words broken by a hyphen at a column or page break are rejoined with their end."""

from __future__ import annotations

from spaser_nlp.document import BBox, Block, Page
from spaser_nlp.ingest.layout import LayoutWord, layout_page
from spaser_nlp.ingest.layout_pages import rejoin_words_across_pages

LEFT = ["Les acheteurs publics reçoivent", "chaque année les offres des", "entreprises et des autres partici-"]
RIGHT = ["pants aux consultations du", "territoire et de la région.", "Les critères sont publiés."]


def row(text: str, x: float, y: float, size: float = 10.0, bold: bool = False) -> list[LayoutWord]:
    words = []
    for token in text.split():
        words.append(LayoutWord(token, x, x + 5 * len(token), y, y + size, size, bold))
        x += 5 * len(token) + 3
    return words


def column(lines: list[str], x: float, y: float) -> list[LayoutWord]:
    return [word for index, line in enumerate(lines) for word in row(line, x, y + 12 * index)]


def test_word_broken_at_a_column_foot_is_rejoined() -> None:
    texts = [block.text for block in layout_page(column(LEFT, 50, 100) + column(RIGHT, 250, 100))]
    assert texts == [
        "Les acheteurs publics reçoivent chaque année les offres des entreprises et des autres participants "
        "aux consultations du territoire et de la région. Les critères sont publiés."
    ]


def test_a_heading_at_the_head_of_the_next_column_does_not_stop_the_rejoin() -> None:
    words = column(LEFT, 50, 100) + row("Encadré", 250, 100, 14, True) + column(RIGHT, 250, 125)
    texts = [block.text for block in layout_page(words)]
    assert "des autres participants aux consultations du territoire" in texts[0]
    assert "Encadré" in texts[1:]
    assert not any(text.startswith("pants") for text in texts)


def test_a_compound_broken_at_its_own_hyphen_keeps_it() -> None:
    left = ["La démarche associe chaque", "année les entreprises et le porte-"]
    right = ["parole des usagers du service.", "Les critères sont publiés ici.", "Le bilan est annuel ici."]
    texts = [block.text for block in layout_page(column(left, 50, 100) + column(right, 250, 100))]
    assert "le porte-parole des usagers" in texts[0]


def _page(number: int, *texts: str) -> Page:
    blocks = [
        Block(id=f"p{number}-b{i}", kind="paragraph", page=number, text=text, orig=text,
              bbox=BBox(x0=50, y0=50 + 40 * i, x1=300, y1=80 + 40 * i))
        for i, text in enumerate(texts)
    ]
    return Page(number=number, width=595, height=842, source="text_layer", blocks=blocks)


def test_word_broken_at_a_page_foot_is_rejoined() -> None:
    pages = [_page(1, "Titre.", "Les autres partici-"), _page(2, "pants au marché.", "Suite."), _page(3, "Fin.")]
    assert rejoin_words_across_pages(pages) == 1
    assert [b.text for b in pages[0].blocks] == ["Titre.", "Les autres participants"]
    assert [b.text for b in pages[1].blocks] == ["au marché.", "Suite."]
    assert pages[1].blocks[0].orig == "pants au marché."


def test_a_page_ending_a_sentence_or_followed_by_a_capital_is_left_alone() -> None:
    pages = [_page(1, "Centre-"), _page(2, "Val de Loire."), _page(3, "Fin du texte.")]
    assert rejoin_words_across_pages(pages) == 0
    assert pages[0].blocks[0].text == "Centre-"
