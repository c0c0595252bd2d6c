"""Checks of the sample-corpus generator (``corpora/generate.py``).

Fast: the byte-for-byte determinism test uses a two-page fixture scanned at
150 dpi; the sample sources are rendered without scans.
"""

from __future__ import annotations

import collections
import doctest
import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT / "corpora"
FIXTURE = Path(__file__).parent / "data" / "mini-schema.yaml"
sys.path.insert(0, str(CORPORA))

from samplegen import build, flowables, source  # noqa: E402

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="pdftotext (poppler-utils) is not installed")


def generate(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run the generator CLI the way a user does."""
    return subprocess.run([sys.executable, str(CORPORA / "generate.py"), *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT)


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def fixture_sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sources")
    shutil.copy(FIXTURE, folder / FIXTURE.name)
    return folder


@pytest.fixture(scope="module")
def fixture_out(fixture_sources: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("samples")
    result = generate("--sources", fixture_sources, "--out", out)
    assert result.returncode == 0, result.stderr
    return out


def test_generator_is_byte_for_byte_deterministic(fixture_sources: Path, fixture_out: Path,
                                                  tmp_path: Path) -> None:
    result = generate("--sources", fixture_sources, "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    first, second = tree_bytes(fixture_out), tree_bytes(tmp_path)
    assert sorted(first) == sorted(second)
    assert sorted(first) == ["manifest.json", "mini-schema/mini-schema-mixed.pdf",
                             "mini-schema/mini-schema-scan.pdf", "mini-schema/mini-schema.pdf",
                             "mini-schema/mini-schema.txt"]
    assert [name for name in first if first[name] != second[name]] == []


def test_manifest_describes_the_files(fixture_out: Path) -> None:
    manifest = json.loads((fixture_out / "manifest.json").read_text("utf-8"))
    (entry,) = manifest["documents"]
    assert entry["pages"] == 2
    for described in entry["files"].values():
        data = (fixture_out / described["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == described["sha256"]
        assert described["pages"] == 2
    rotations = entry["scan"]["rotation_degrees"]
    assert abs(rotations["1"]) <= 1.5 and 178.5 <= rotations["2"] <= 181.5
    assert entry["mixed"] == {"scanned_pages": [2], "text_layer_pages": [1]}


def page_texts(pdf_path: Path) -> list[str]:
    document = pdfium.PdfDocument(pdf_path)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def test_scan_has_no_text_layer_and_mixed_has_it_on_some_pages(fixture_out: Path) -> None:
    folder = fixture_out / "mini-schema"
    assert [t.strip() for t in page_texts(folder / "mini-schema-scan.pdf")] == ["", ""]
    mixed = page_texts(folder / "mini-schema-mixed.pdf")
    assert "Généraliser" in mixed[0] and mixed[1].strip() == ""
    document = pdfium.PdfDocument(folder / "mini-schema-scan.pdf")
    width, height = document[0].get_size()
    document.close()
    assert (round(width), round(height)) == (595, 842)  # A4 in points, images at 150 dpi


def pdftotext_pages(pdf_path: Path) -> list[str]:
    result = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf_path), "-"],
                            capture_output=True, text=True, check=True)
    return result.stdout.split("\f")[:-1]  # pdftotext ends every page with \f


def words(text: str) -> collections.Counter[str]:
    """Word counts; pdftotext sometimes drops the (non-breaking) space in "9 %", so glue it."""
    text = re.sub(r"(\d)\s+(?=%|€|M€|k€)", r"\1", text.replace("\u2019", "'"))
    return collections.Counter(text.split())


def reconcile(missing: collections.Counter[str], extra: collections.Counter[str]) -> None:
    """Cancel line-end artefacts: ``xxx-`` + ``yyy`` (any order) standing for an expected word.

    pdftotext joins most hyphenated words itself, but not inside table cells
    (their lines interleave) nor compounds cut at their own hyphen ("Val-de-" +
    "Loire" comes out as "Val-deLoire").

    >>> missing = collections.Counter(["référence", "Val-de-Loire"])
    >>> extra = collections.Counter(["réfé-", "Cible", "rence", "Val-deLoire"])
    >>> reconcile(missing, extra); dict(+missing), dict(+extra)
    ({}, {'Cible': 1})
    """
    for word in list(extra):
        glued = [w for w in missing if missing[w] > 0 and extra[word] > 0
                 and "-" in w and w.replace("-", "") == word.replace("-", "")]
        if glued:
            extra[word] -= 1
            missing[glued[0]] -= 1
    for head in [w for w in extra if w.endswith("-")]:
        progress = True
        while extra[head] > 0 and progress:
            progress = False
            for tail in [w for w in extra if w != head and extra[w] > 0]:
                candidate = next((c for c in (head[:-1] + tail, head + tail)
                                  if missing[c] > 0), None)
                if candidate:
                    missing[candidate] -= 1
                    extra[head] -= 1
                    extra[tail] -= 1
                    progress = True
                    break


def check_words_match(pdf_path: Path, txt_path: Path, doc: source.SourceDoc) -> None:
    """Each PDF page's words are exactly the ground truth's plus the running texts."""
    truth = txt_path.read_text("utf-8").split("\f")
    pages = pdftotext_pages(pdf_path)
    assert len(pages) == len(truth) == len(doc.pages)
    for number, (pdf_text, true_text) in enumerate(zip(pages, truth), start=1):
        expected = words(true_text)
        spec = doc.pages[number - 1]
        if spec.running:
            page_number = doc.style.page_number.format(n=number, total=len(doc.pages))
            expected += words(f"{doc.header} {doc.footer} {page_number}")
        n_bullets = sum(len(b.items) for band in spec.bands for b in band.blocks
                        if b.type == "bullets")
        expected += collections.Counter({doc.style.bullet: n_bullets})
        found = words(pdf_text)
        missing, extra = expected - found, found - expected
        reconcile(missing, extra)
        missing, extra = +missing, +extra
        assert not missing and not extra, (f"{pdf_path.name} page {number}: "
                                           f"missing {dict(missing)}, extra {dict(extra)}")


@needs_poppler
def test_fixture_ground_truth_matches_pdf_words(fixture_out: Path) -> None:
    doc = source.load_source(FIXTURE)
    folder = fixture_out / "mini-schema"
    check_words_match(folder / "mini-schema.pdf", folder / "mini-schema.txt", doc)


SOURCES = sorted((CORPORA / "sources").glob("*.yaml"))


@needs_poppler
@pytest.mark.parametrize("path", SOURCES, ids=[p.stem for p in SOURCES])
def test_sample_ground_truth_matches_pdf_words_and_is_committed(path: Path,
                                                                tmp_path: Path) -> None:
    result = generate("--only", path.stem, "--no-scan", "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    doc = source.load_source(path)
    folder = tmp_path / doc.id
    check_words_match(folder / f"{doc.id}.pdf", folder / f"{doc.id}.txt", doc)
    manifest_path = CORPORA / "samples" / "manifest.json"
    if not manifest_path.exists():
        pytest.skip("corpora/samples/manifest.json not generated yet")
    entries = {d["id"]: d for d in json.loads(manifest_path.read_text("utf-8"))["documents"]}
    assert doc.id in entries, f"run: .venv/bin/python corpora/generate.py --only {doc.id}"
    for kind in ("pdf", "txt"):
        fresh = (folder / f"{doc.id}.{kind}").read_bytes()
        assert hashlib.sha256(fresh).hexdigest() == entries[doc.id]["files"][kind]["sha256"], (
            f"corpora/samples/{doc.id} is stale: run .venv/bin/python corpora/generate.py "
            f"--only {doc.id}")


def write_source(folder: Path, **changes: object) -> Path:
    data = yaml.safe_load(FIXTURE.read_text("utf-8"))
    data.update(changes)
    path = folder / f"{data['id']}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_overflow_names_the_page_band_block_and_points(tmp_path: Path) -> None:
    long_text = "Réaliser 150 000 heures d’insertion par an. " * 400
    write_source(tmp_path, pages=[{"layout": [{"columns": 1, "blocks": [
        {"type": "heading", "level": 1, "text": "Gouvernance"}]}]},
        {"layout": [{"columns": 2, "blocks": [{"type": "paragraph", "text": "Court."},
                                              {"type": "paragraph", "text": long_text}]}]}])
    result = generate("--sources", tmp_path, "--out", tmp_path / "out", "--no-scan")
    assert result.returncode == 1
    message = result.stderr
    assert "page 2, band 1 (2 column(s))" in message
    assert "overflows by" in message and " pt " in message
    assert "block 2 (paragraph)" in message


def test_characters_outside_the_pdf_fonts_are_refused(tmp_path: Path) -> None:
    path = write_source(tmp_path, title="Réduire de 40\u202f%")
    with pytest.raises(source.SourceError, match="U\\+202F"):
        source.load_source(path)


def test_ground_truth_layout_of_blocks() -> None:
    doc = source.load_source(FIXTURE)
    text = build.ground_truth(doc)
    first, second = text.split("\f")
    blocks = first.split("\n\n")
    assert blocks[0] == "Axe 1 – Développer l’achat socialement responsable"
    assert "Réaliser 150 000 heures d’insertion par an." in blocks  # bullet glyph dropped
    assert "Chiffres clés" in blocks and "En 2023, 1,2 million" in first  # ** removed
    assert blocks[-1].splitlines()[0] == "Indicateur\tValeur de référence (2022)\tCible 2028"
    assert second.startswith("Gouvernance\n\n") and not text.endswith("\n")


def test_doctests_of_the_generator_and_of_this_file() -> None:
    for module in (flowables, sys.modules[__name__]):
        result = doctest.testmod(module)
        assert result.failed == 0 and result.attempted > 0
