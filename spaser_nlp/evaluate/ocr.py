"""Score ingestion (reading order + OCR) against the sample corpus's ground truth.

For each sample document ``corpora/samples/<id>/`` the ground truth is
``<id>.txt`` (pages separated by form feeds) and the forms are the born-digital
``<id>.pdf``, the scanned-like ``<id>-scan.pdf`` and, where present, the mixed
``<id>-mixed.pdf`` and the hard forms (``<id>-photocopy.pdf``... with their own
ground truth ``<id>-photocopy.txt``). Each form is ingested and its text compared with the truth,
page by page, as character and word error rates on whitespace-normalised text
(a block read out of order costs about twice its length, so CER also measures
reading order).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from spaser_nlp.document import PAGE_SEPARATOR
from spaser_nlp.errors import InputError
from spaser_nlp.evaluate.metrics import ErrorRate, character_error, word_error

FORMS = {
    "born-digital": "{id}.pdf",
    "scanned": "{id}-scan.pdf",
    "mixed": "{id}-mixed.pdf",
    # Hard forms (``corpora/generate.py --hard-forms``): some pages each, with their own ground truth.
    "photocopy": "{id}-photocopy.pdf",
    "photocopy-b": "{id}-photocopy-b.pdf",
    "photo": "{id}-photo.pdf",
    "rotated": "{id}-rotated.pdf",
    "rotated-scan": "{id}-rotated-scan.pdf",
}


@dataclass(frozen=True)
class OcrScore:
    doc_id: str
    form: str
    pages: int
    ocr_pages: int
    cer: float
    wer: float
    char_errors: int
    ref_chars: int
    word_errors: int
    ref_words: int
    seconds: float
    worst_page: int | None
    worst_page_cer: float

    def as_dict(self) -> dict:
        return asdict(self)


def sample_documents(corpus_dir: str | Path) -> list[Path]:
    """The sample folders (those with a ``<id>.txt`` ground truth), sorted."""
    root = Path(corpus_dir)
    if not root.is_dir():
        raise InputError("no sample corpus here; run `make corpus` to generate it", path=root)
    return sorted(d for d in root.iterdir() if d.is_dir() and (d / f"{d.name}.txt").is_file())


def score_pages(truth: str, predicted: str) -> tuple[ErrorRate, ErrorRate, list[float]]:
    """CER and WER over the whole document, and the CER of each page when page counts agree."""
    truth_pages = truth.split(PAGE_SEPARATOR)
    predicted_pages = predicted.split(PAGE_SEPARATOR)
    if len(truth_pages) != len(predicted_pages):
        return character_error(truth, predicted), word_error(truth, predicted), []
    cer = ErrorRate(0, 0)
    wer = ErrorRate(0, 0)
    per_page = []
    for ref, hyp in zip(truth_pages, predicted_pages):
        page_cer = character_error(ref, hyp)
        cer += page_cer
        wer += word_error(ref, hyp)
        per_page.append(page_cer.rate)
    return cer, wer, per_page


def evaluate_ocr(
    corpus_dir: str | Path = "corpora/samples",
    *,
    forms: Iterable[str] = tuple(FORMS),
    workers: int | None = None,
    on_document: Callable[[str, str], None] | None = None,
) -> list[OcrScore]:
    """Ingest every form of every sample document and score it against its ground truth."""
    from spaser_nlp.ingest import ingest

    scores = []
    for folder in sample_documents(corpus_dir):
        for form in forms:
            path = folder / FORMS[form].format(id=folder.name)
            if not path.is_file():
                continue
            own_truth = path.with_suffix(".txt")  # a hard form's pages; the whole document's otherwise
            truth = (own_truth if own_truth.is_file() else folder / f"{folder.name}.txt").read_text(encoding="utf-8")
            if on_document:
                on_document(folder.name, form)
            started = time.perf_counter()
            document = ingest(path, workers=workers)
            seconds = time.perf_counter() - started
            cer, wer, per_page = score_pages(truth, document.text)
            worst = max(range(len(per_page)), key=per_page.__getitem__) if per_page else None
            scores.append(
                OcrScore(
                    doc_id=folder.name,
                    form=form,
                    pages=document.page_count,
                    ocr_pages=sum(page.source == "ocr" for page in document.pages),
                    cer=round(cer.rate, 5),
                    wer=round(wer.rate, 5),
                    char_errors=cer.errors,
                    ref_chars=cer.reference_length,
                    word_errors=wer.errors,
                    ref_words=wer.reference_length,
                    seconds=round(seconds, 2),
                    worst_page=worst + 1 if worst is not None else None,
                    worst_page_cer=round(per_page[worst], 5) if worst is not None else 0.0,
                )
            )
    return scores


def summarise(scores: list[OcrScore]) -> dict[str, dict[str, float]]:
    """Micro-averaged CER/WER per form (errors summed over documents)."""
    summary: dict[str, dict[str, float]] = {}
    for form in sorted({s.form for s in scores}):
        rows = [s for s in scores if s.form == form]
        chars = sum(s.ref_chars for s in rows)
        words = sum(s.ref_words for s in rows)
        summary[form] = {
            "documents": len(rows),
            "pages": sum(s.pages for s in rows),
            "cer": round(sum(s.char_errors for s in rows) / max(chars, 1), 5),
            "wer": round(sum(s.word_errors for s in rows) / max(words, 1), 5),
            "seconds_per_page": round(sum(s.seconds for s in rows) / max(sum(s.pages for s in rows), 1), 3),
        }
    return summary
