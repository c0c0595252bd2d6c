"""Benchmark of the OCR cleaner: lexicon load time, speed, and a side-by-side with spell checkers.

Baselines, on the same pairs of every source (noise model; sample scans and degraded scans, each
at word level and whole page) and with the same scoring (``spaser eval clean``):

* ``symspellpy`` with the same French word list as the cleaner (``fr_words.tsv.gz``,
  from wordfreq), max edit distance 2, each word it does not know replaced by its
  top suggestion (case kept, words with digits skipped);
* ``pyspellchecker`` with its own French frequency list (``language="fr"``),
  distance 2, each unknown word replaced by its correction.

Run from the repository root (one core is enough; numbers in words per second of
CPU time, so a busy machine does not distort them)::

    .venv/bin/python benchmarks/bench_clean.py [--split test] [--no-baselines] [--source NAME ...] [--heldout]

``--heldout`` scores the fresh held-out set (``corpora/ocr-noise/heldout/pairs``) instead.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import re
import time
from collections.abc import Callable
from pathlib import Path

from spaser_nlp.clean import Cleaner, Lexicon
from spaser_nlp.clean.lexicon import models_dir
from spaser_nlp.clean.offsets import EditBuffer, Replacement
from spaser_nlp.document.model import CleanedText
from spaser_nlp.evaluate.clean import CleanScore, Pair, evaluate_cleaning, load_pairs

ROOT = Path(__file__).resolve().parents[1]
PAIRS = ROOT / "corpora" / "ocr-noise" / "pairs"
HELDOUT_PAIRS = ROOT / "corpora" / "ocr-noise" / "heldout" / "pairs"
_WORD = re.compile(r"[^\W\d_]+")


def word_by_word(fix: Callable[[str], str | None]) -> Callable[[str], CleanedText]:
    """A corrector that replaces each word by ``fix(word)`` (None: keep), with edits recorded.

    ``fix`` is memoised per word, as the cleaner's word corrector is, so the speeds compare.
    """
    fix = functools.lru_cache(maxsize=None)(fix)

    def correct(text: str) -> CleanedText:
        buffer = EditBuffer(text)
        reps = []
        for m in _WORD.finditer(text):
            word = m.group()
            fixed = fix(word)
            if fixed and fixed != word:
                if word[0].isupper():
                    fixed = fixed[0].upper() + fixed[1:]
                reps.append(Replacement(m.start(), m.end(), fixed, "spell"))
        buffer.apply(reps)
        return CleanedText(text=buffer.text, edits=buffer.edits(), offset_map=buffer.offset_map)

    return correct


def symspell_corrector() -> Callable[[str], CleanedText]:
    from symspellpy import SymSpell, Verbosity

    sym = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
    with gzip.open(models_dir() / "lexicon" / "fr_words.tsv.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            word, zipf = line.split("\t")
            # symspell wants counts: Zipf is log10 of frequency per billion words
            sym.create_dictionary_entry(word, max(1, int(10 ** (int(zipf) / 100))))

    def fix(word: str) -> str | None:
        lower = word.lower()
        if lower in sym.words:
            return None
        suggestions = sym.lookup(lower, Verbosity.TOP, max_edit_distance=2)
        return suggestions[0].term if suggestions else None

    return word_by_word(fix)


def pyspell_corrector() -> Callable[[str], CleanedText]:
    from spellchecker import SpellChecker

    spell = SpellChecker(language="fr", distance=2)

    def fix(word: str) -> str | None:
        lower = word.lower()
        if lower in spell:
            return None
        return spell.correction(lower)

    return word_by_word(fix)


def lexicon_load_seconds() -> tuple[float, float]:
    """CPU and wall seconds to load the lexicon and build its accent index."""
    from spaser_nlp.clean import lexicon as lexicon_module

    lexicon_module._CACHE.clear()
    cpu, wall = time.process_time(), time.perf_counter()
    lexicon = Lexicon.load()
    lexicon.variants("amorce")  # the accent index is part of loading
    return time.process_time() - cpu, time.perf_counter() - wall


def speed(pairs: list[Pair], repeat: int) -> tuple[int, float, float]:
    """Words, CPU seconds and wall seconds for one fresh cleaner over the pairs joined as one document."""
    text = "\n\n".join(pair.noisy for pair in pairs) * repeat
    cleaner = Cleaner(lexicon=Lexicon.load())  # empty word memo: a new document's vocabulary
    cpu, wall = time.process_time(), time.perf_counter()
    cleaner.clean_text(text)
    return len(text.split()), time.process_time() - cpu, time.perf_counter() - wall


def row(name: str, source: str, s: CleanScore, words_per_second: float) -> str:
    return (
        f"| {name} | {source} | {s.words} | {100 * s.wer_before:.2f} | {100 * s.wer_after:.2f} | {s.right} | "
        f"{s.missed} | {s.wrong} ({100 * s.wrong_rate:.2f} %) | {s.protected_broken}/{s.protected} | "
        f"{words_per_second:,.0f} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=("test", "dev", "all"))
    parser.add_argument("--no-baselines", action="store_true")
    parser.add_argument("--source", action="append", help="only these sources (default: all)")
    parser.add_argument("--heldout", action="store_true", help="score the held-out set instead of the pairs")
    parser.add_argument("--repeat", type=int, default=3, help="copies of the test text in the speed document")
    args = parser.parse_args()

    load_cpu, load_wall = lexicon_load_seconds()
    print(f"lexicon load: {load_cpu:.3f} s CPU, {load_wall:.3f} s wall")
    folder = HELDOUT_PAIRS if args.heldout else PAIRS
    pairs = load_pairs(folder, split=None if args.split == "all" else args.split, sources=args.source)
    words, cpu, wall = speed(pairs, args.repeat)
    print(f"speed: {words} words in {cpu:.3f} s CPU ({words / cpu:,.0f} words/s), {wall:.3f} s wall")

    correctors: dict[str, Callable[[str], CleanedText] | None] = {"spaser clean": None}
    if not args.no_baselines:
        correctors["symspellpy (wordfreq fr)"] = symspell_corrector()
        correctors["pyspellchecker (fr)"] = pyspell_corrector()
    print()
    print("| corrector | source | words | WER before % | WER after % | right | missed | wrong | protected broken | words/s |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, corrector in correctors.items():
        cpu = time.process_time()
        scores, timing = evaluate_cleaning(pairs, corrector)
        for source in sorted(scores):
            print(row(name, source, scores[source], timing["words_per_second"]))
        if corrector is not None:
            print(f"<!-- {name}: {time.process_time() - cpu:.1f} s CPU including scoring -->")


if __name__ == "__main__":
    main()
