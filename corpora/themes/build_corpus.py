"""Build ``corpora/themes/themes.jsonl`` from the hand-written sources in ``src/``.

Run from the repository root::

    .venv/bin/python corpora/themes/build_corpus.py

Each ``src/<theme_id>.txt`` line is ``STYLE | text | extra theme ids``; the
file's name is the primary theme (``none.txt``: passages with no theme). The
script adds deterministic OCR-noisy variants of about a quarter of the written
passages (and, for training, one more copy of every ``train`` passage:
:data:`AUGMENT_COPIES`), and assigns every passage to a split (:func:`split_of`): the passages
of a held-out writing round (:data:`HELDOUT_ROUNDS`) all go to ``test``; the
others go to ``train`` or ``dev`` by a hash of their *written* text, so a noisy
variant always lands in the split of its original (no leakage between splits).
Output is sorted and byte-stable.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "src"
OUTPUT = HERE / "themes.jsonl"
STYLES = {"S": "sentence", "A": "action", "I": "indicator", "B": "bullet", "C": "consultation", "O": "ocr"}
# "# round: N" lines in a source file: the passages below were written in round N (1 by default).
ROUND_MARKER = re.compile(r"^#\s*round:\s*(\d+)\s*$")
VARIANT_SHARE = 25  # percent of written passages that also get a generated OCR-noisy variant
# Training augmentation: every written *train* passage gets this many more generated noisy copies
# (origin "ocr_augmented"). Dev and test passages get none, so thresholds are tuned and scores
# measured on the corpus as written; cross-validation scores never count these copies.
AUGMENT_COPIES = 1
AUGMENTED_ORIGIN = "ocr_augmented"
# Writing rounds held out whole as the test split: written by someone who never saw the
# classifier's errors, scored once. Round 3 is that set (see README.md, "Splits").
HELDOUT_ROUNDS = frozenset({3})
# Hash buckets (0-99) of the other rounds' written text that go to dev; the rest go to train.
# Buckets 80-99 were the test split until the held-out round replaced it: they are train now.
DEV_BUCKETS = range(60, 80)


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def split_of(text: str, writing_round: int = 1) -> str:
    """``test`` for a held-out round; otherwise 20 % ``dev`` and 80 % ``train`` by hash of the written text.

    >>> split_of("any passage", 3)
    'test'
    >>> split_of("Le sourcing permettra de mieux connaître l'offre des entreprises locales avant la rédaction des cahiers des charges.")
    'dev'
    """
    if writing_round in HELDOUT_ROUNDS:
        return "test"
    bucket = int(_digest(text)[:8], 16) % 100
    return "dev" if bucket in DEV_BUCKETS else "train"


# --- OCR noise: the confusions listed in shared/domain.md -------------------------
def _accent_swap(text: str, rng: random.Random) -> str:
    swaps = [("é", "è"), ("è", "é"), ("é", "e"), ("à", "a"), ("ê", "e"), ("É", "E")]
    rng.shuffle(swaps)
    for old, new in swaps:
        if old in text:
            positions = [m.start() for m in re.finditer(old, text)]
            pos = rng.choice(positions)
            return text[:pos] + new + text[pos + 1 :]
    return text


def _apostrophe(text: str, rng: random.Random) -> str:
    matches = list(re.finditer(r"\b([lLdD])['’]", text))
    if not matches:
        return text
    match = rng.choice(matches)
    replacement = rng.choice(["U" if match.group(1) in "lL" else "d", "[", "", match.group(1), "’"])
    return text[: match.start()] + replacement + text[match.end() :]


def _letters(text: str, rng: random.Random) -> str:
    swaps = [("œ", "ce"), ("qu", "gu"), ("fi", "ﬁ"), ("fl", "ﬂ"), ("l", "I"), ("m", "rn"), ("û", "l"), ("i", "l")]
    rng.shuffle(swaps)
    for old, new in swaps:
        if old in text:
            positions = [m.start() for m in re.finditer(re.escape(old), text)]
            pos = rng.choice(positions)
            return text[:pos] + new + text[pos + len(old) :]
    return text


def _hyphenate(text: str, rng: random.Random) -> str:
    words = [m for m in re.finditer(r"\w{9,}", text)]
    if not words:
        return text
    word = rng.choice(words)
    cut = word.start() + rng.randint(3, len(word.group()) - 3)
    return text[:cut] + "- " + text[cut:]


def _furniture(text: str, rng: random.Random) -> str:
    noise = rng.choice([" 12 ", " | ", " — ", " . ", " SPASER 2023-2027 "])
    words = text.split(" ")
    if len(words) < 4:
        return text
    pos = rng.randint(1, len(words) - 1)
    return " ".join(words[:pos]) + noise.rstrip() + " " + " ".join(words[pos:])


NOISES = (_accent_swap, _apostrophe, _letters, _hyphenate, _furniture)


def ocr_variant(text: str, salt: str = "") -> str:
    """A deterministic OCR-noisy copy of ``text`` (two or three confusions); another ``salt``, another copy."""
    rng = random.Random(int(_digest("ocr:" + salt + text)[:12], 16))
    noisy = text
    for noise in rng.sample(NOISES, rng.randint(2, 3)):
        noisy = noise(noisy, rng)
    return re.sub(r" {2,}", " ", noisy)


# --- sources --------------------------------------------------------------------
def read_sources() -> list[dict[str, object]]:
    themes = sorted(path.stem for path in SOURCES.glob("*.txt") if path.stem != "none")
    records: list[dict[str, object]] = []
    for path in sorted(SOURCES.glob("*.txt")):
        primary = [] if path.stem == "none" else [path.stem]
        writing_round = 1
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            marker = ROUND_MARKER.match(line)
            if marker:
                writing_round = int(marker.group(1))
                continue
            if not line.strip() or line.startswith("#"):
                continue
            # The text itself may hold " | " (indicator rows): the style is before the first bar,
            # the extra ids after the last one.
            style, _, rest = line.partition(" | ")
            text, bar, extra_ids = rest.rpartition("|")
            if style not in STYLES or not bar or not text.strip():
                raise SystemExit(f"{path}:{number}: expected 'STYLE | text | extra ids', got {line!r}")
            text = text.strip()
            extra = [t.strip() for t in extra_ids.split(",") if t.strip()]
            unknown = [t for t in extra if t not in themes]
            if unknown:
                raise SystemExit(f"{path}:{number}: unknown theme ids {unknown}")
            records.append(
                {"text": text, "labels": sorted(set(primary + extra)), "style": STYLES[style], "source": path.name,
                 "round": writing_round}
            )
    return records


def build() -> list[dict[str, object]]:
    rows: dict[str, dict[str, object]] = {}
    for record in read_sources():
        text = str(record["text"])
        split = split_of(text, int(record["round"]))
        base_id = _digest(text)[:12]
        rows.setdefault(base_id, {"id": base_id, **record, "origin": "written", "group": base_id, "split": split})
        if int(_digest("variant:" + text)[:8], 16) % 100 < VARIANT_SHARE:
            noisy = ocr_variant(text)
            if noisy != text:
                noisy_id = _digest(noisy)[:12]
                rows.setdefault(
                    noisy_id,
                    {"id": noisy_id, **record, "text": noisy, "style": "ocr", "origin": "ocr_variant",
                     "group": base_id, "split": split},
                )
        for copy in range(AUGMENT_COPIES if split == "train" else 0):
            noisy = ocr_variant(text, salt=f"augment{copy}:")
            if noisy != text:
                noisy_id = _digest(noisy)[:12]
                rows.setdefault(
                    noisy_id,
                    {"id": noisy_id, **record, "text": noisy, "style": "ocr", "origin": AUGMENTED_ORIGIN,
                     "group": base_id, "split": split},
                )
    return sorted(rows.values(), key=lambda row: (str(row["split"]), str(row["id"])))


def main() -> int:
    rows = build()
    with OUTPUT.open("w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(rows)} passages to {OUTPUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
