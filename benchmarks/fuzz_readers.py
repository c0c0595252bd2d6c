"""Coverage-guided fuzzing (atheris) of the readers that take untrusted bytes.

Targets, chosen by the first byte of each input:

* ``text``: the plain-text reader (``decode_text`` + ``text_pages``: dehyphenation, Unicode
  normalisation), then the sentence splitter, French numbers and years on the result;
* ``csv``: :func:`spaser_nlp.consult.io.read_table` on the bytes as a ``.csv`` file;
* ``json`` / ``jsonl``: the same as ``.json`` / ``.jsonl``.

A reader may refuse an input only with a :class:`~spaser_nlp.errors.SpaserError`; any
other exception is a bug and stops the run (atheris writes the input as ``crash-*``).
Every input must also be handled within ``--per-input-seconds`` (a slow input is a bug
too: it names a quadratic path).

    pip install atheris            # a Linux wheel; the dev extra has it
    python benchmarks/fuzz_readers.py -atheris_runs=20000          # or -max_total_time=120
    python benchmarks/fuzz_readers.py crash-1234abcd               # replay one input

The seeds are a few valid files of each kind, so the fuzzer starts from inputs that go
deep into the readers.
"""

from __future__ import annotations

import signal
import sys
import tempfile
from collections import Counter
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["spaser_nlp"]):
    from spaser_nlp.consult.io import read_table
    from spaser_nlp.errors import SpaserError
    from spaser_nlp.extract.dates import find_years
    from spaser_nlp.extract.numbers import find_numbers
    from spaser_nlp.extract.sentences import sentence_spans
    from spaser_nlp.ingest.plaintext import decode_text, text_pages

PER_INPUT_SECONDS = 10
_TARGETS = ("text", "csv", "json", "jsonl")
_WORKDIR = Path(tempfile.mkdtemp(prefix="spaser-fuzz-"))
_COUNTS: Counter[str] = Counter()

SEEDS = {
    "text": "Axe 1 – Achats responsables\n\nPorter à 30 % la part des marchés avec clause sociale d'ici 2027 ;"
            " 1 500 000 € en 2024.\n\nDévelop-\nper les circuits courts\fFin\tdu\ttableau\n",
    "csv": "id;texte;auteur\n1;\"Plus de bio à la cantine, merci\";Jean\n2;Des clauses sociales;\"Association\"\n",
    "json": '{"contributions": [{"id": 1, "body": {"fr": "Plus de bio"}}, "Des clauses", ["a", "b"]]}',
    "jsonl": '{"id": "1", "texte": "Plus de bio"}\n"une chaîne"\n{"id": 2, "texte": null}\n',
}


def _alarm(signum: int, frame: object) -> None:
    raise TimeoutError(f"an input took more than {PER_INPUT_SECONDS} s")


def run_target(target: str, data: bytes) -> None:
    if target == "text":
        try:
            text = decode_text(data, Path("fuzz.txt"))
        except SpaserError:
            return
        pages = text_pages(text)
        joined = "\n\n".join(block.text for page in pages for block in page.blocks)
        for start, end in sentence_spans(joined):
            sentence = joined[start:end]
            find_numbers(sentence)
            find_years(sentence)
        return
    path = _WORKDIR / f"input.{target}"
    path.write_bytes(data)
    try:
        frame = read_table(path)
    except SpaserError:
        _COUNTS[target + " refused (one-line error)"] += 1
        return
    _COUNTS[target + " read"] += 1
    assert all(isinstance(c, str) for c in frame.columns)


def test_one_input(data: bytes) -> None:
    if not data:
        return
    target = _TARGETS[data[0] % len(_TARGETS)]
    _COUNTS[target] += 1
    if sum(_COUNTS[t] for t in _TARGETS) % 20_000 == 0:  # libFuzzer leaves without running atexit hooks
        print("inputs per target:", dict(sorted(_COUNTS.items())), file=sys.stderr, flush=True)
    signal.alarm(PER_INPUT_SECONDS)
    try:
        run_target(target, data[1:])
    finally:
        signal.alarm(0)


def _write_seeds(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for index, target in enumerate(_TARGETS):
        (folder / f"seed-{target}").write_bytes(bytes([index]) + SEEDS[target].encode("utf-8"))


def main() -> None:
    signal.signal(signal.SIGALRM, _alarm)
    args = list(sys.argv)
    if not any(not a.startswith("-") for a in args[1:]):  # no corpus or crash file given: use the seeds
        corpus = _WORKDIR / "corpus"
        _write_seeds(corpus)
        args.append(str(corpus))
    atheris.Setup(args, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
