"""Text layers that run sideways or upside down on the displayed page (``/Rotate``, turned content).

pdfminer places characters in the frame of the page *as displayed* (it applies
``/Rotate``). A page whose text reads upright once displayed needs nothing; but
a page whose ``/Rotate`` turns upright content sideways (a portrait page given
``/Rotate 90``), or whose content was drawn turned, has its lines running
down, up or right to left. Such a page is read in the frame of its text: every
character, rule and rectangle is turned by the quarter turns that make the
dominant text direction left-to-right, and the words are then made by
pdfplumber's public :func:`pdfplumber.utils.extract_words` from the turned
characters, as for any page. Text in other directions on the same page (a
sideways margin note) stays left out, as on upright pages.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

# Clockwise quarter turns, in degrees, that make each text direction (pdfplumber's frame: y downwards) upright.
_TURN_FOR_DIRECTION = {(1, 0): 0, (0, 1): 270, (-1, 0): 180, (0, -1): 90}


def _direction(char: dict[str, Any]) -> tuple[int, int]:
    """Where ``char``'s text runs, as a unit step in pdfplumber's frame (x right, y down)."""
    a, b = char["matrix"][0], char["matrix"][1]
    if abs(a) >= abs(b):
        return (1 if a >= 0 else -1, 0)
    return (0, 1 if b < 0 else -1)  # PDF's y goes up, pdfplumber's down


def text_turn(chars: Iterable[dict[str, Any]]) -> int:
    """Degrees (0, 90, 180, 270, clockwise) to turn the page so that most of its characters read left to right.

    >>> upright, down = {"text": "a", "matrix": (1, 0, 0, 1, 0, 0)}, {"text": "a", "matrix": (0, -1, 1, 0, 0, 0)}
    >>> text_turn([upright] * 3 + [down]), text_turn([down] * 3)
    (0, 270)
    """
    counts = Counter(_direction(char) for char in chars if str(char.get("text", "")).strip())
    if not counts:
        return 0
    direction, count = counts.most_common(1)[0]
    # Turn only when the turned text clearly dominates (a page with a sideways caption stays as it is).
    if direction == (1, 0) or count < 2 * counts.get((1, 0), 0):
        return 0
    return _TURN_FOR_DIRECTION[direction]


def turned_size(width: float, height: float, turn: int) -> tuple[float, float]:
    """The page's width and height once turned by ``turn`` degrees."""
    return (height, width) if turn in (90, 270) else (width, height)


def turn_box(obj: dict[str, Any], turn: int, width: float, height: float) -> dict[str, Any]:
    """A copy of ``obj`` (anything with ``x0``, ``x1``, ``top``, ``bottom``) in the frame turned by ``turn``.

    ``width`` and ``height`` are the page's before the turn.

    >>> box = {"x0": 10.0, "x1": 20.0, "top": 100.0, "bottom": 108.0}
    >>> {k: turn_box(box, 270, 600, 800)[k] for k in ("x0", "x1", "top", "bottom")}
    {'x0': 100.0, 'x1': 108.0, 'top': 580.0, 'bottom': 590.0}
    """
    x0, x1, top, bottom = obj["x0"], obj["x1"], obj["top"], obj["bottom"]
    if turn == 90:  # text running up: the page's bottom becomes its left
        x0, x1, top, bottom = height - bottom, height - top, x0, x1
    elif turn == 180:
        x0, x1, top, bottom = width - x1, width - x0, height - bottom, height - top
    elif turn == 270:  # text running down: the page's top becomes its left
        x0, x1, top, bottom = top, bottom, width - x1, width - x0
    turned = dict(obj)
    turned.update(x0=x0, x1=x1, top=top, bottom=bottom, doctop=top, width=x1 - x0, height=bottom - top)
    return turned


def turned_chars(chars: Iterable[dict[str, Any]], turn: int, width: float, height: float) -> list[dict[str, Any]]:
    """The characters that read left to right once the page is turned, in the turned frame, marked upright."""
    wanted = next(direction for direction, degrees in _TURN_FOR_DIRECTION.items() if degrees == turn)
    out = []
    for char in chars:
        if _direction(char) != wanted:
            continue
        moved = turn_box(char, turn, width, height)
        moved["upright"] = True
        # pdfminer's size of a character that is not upright is its width along the page: its height once turned.
        moved["size"] = moved["bottom"] - moved["top"]
        out.append(moved)
    return out


def turned_words(chars: Iterable[dict[str, Any]], turn: int, width: float, height: float) -> list[dict[str, Any]]:
    """pdfplumber's words (with ``fontname`` and ``size``) of the characters that read upright once turned.

    Doubled characters (fake bold) are dropped in the turned frame: pdfplumber's deduplication compares positions
    across the line, which on a sideways page would merge a word's successive narrow letters.
    """
    from pdfplumber.utils import dedupe_chars, extract_words

    return list(
        extract_words(
            dedupe_chars(turned_chars(chars, turn, width, height)),
            extra_attrs=["fontname", "size"], use_text_flow=False, keep_blank_chars=False,
        )
    )
