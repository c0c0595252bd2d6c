"""Generate the sample schémas of ``corpora/samples/`` from ``corpora/sources/*.yaml``.

Usage (from the repository root)::

    .venv/bin/python corpora/generate.py                 # every source
    .venv/bin/python corpora/generate.py --only region-exemple
    .venv/bin/python corpora/generate.py --only my-doc --no-scan --out /tmp/samples

For each source ``<id>.yaml`` it writes ``<out>/<id>/<id>.pdf`` (born-digital),
``<id>.txt`` (ground truth), ``<id>-scan.pdf`` (image-only), optionally
``<id>-mixed.pdf`` and images under ``<out>/images/``, and records files, page
counts, sha256 and scan settings in ``<out>/manifest.json``. The output bytes are
the same on every run with the same library versions (recorded in the manifest).
The source format is documented in ``corpora/sources/FORMAT.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from samplegen.build import build_document, library_versions  # noqa: E402
from samplegen.source import SourceError, load_source  # noqa: E402

MANIFEST_VERSION = 1
SIZE_BUDGET = 30 * 2**20  # keep the committed samples small enough for a git repository


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", action="append", metavar="ID",
                        help="generate only this source id (repeatable)")
    parser.add_argument("--sources", type=Path, default=HERE / "sources",
                        help="folder of <id>.yaml sources (default: corpora/sources)")
    parser.add_argument("--out", type=Path, default=HERE / "samples",
                        help="output folder (default: corpora/samples)")
    parser.add_argument("--hard-forms", action="store_true",
                        help="write only the hard forms (photocopy, photo, rotated, rotated-scan) of the "
                             "committed born-digital PDFs, with their ground truth and hard-manifest.json")
    parser.add_argument("--no-scan", action="store_true",
                        help="write only the born-digital PDF and the ground truth "
                             "(fast; the manifest is not updated)")
    return parser.parse_args(argv)


def _write_manifest(out: Path, entries: list[dict[str, Any]], sources: set[str],
                    partial: bool) -> None:
    path = out / "manifest.json"
    documents: dict[str, Any] = {}
    if partial and path.exists():
        documents = {d["id"]: d for d in json.loads(path.read_text("utf-8"))["documents"]}
    documents = {k: v for k, v in documents.items() if k in sources}
    documents.update({e["id"]: e for e in entries})
    manifest = {
        "manifest_version": MANIFEST_VERSION,
        "generator": "corpora/generate.py",
        "command": ".venv/bin/python corpora/generate.py",
        "licence": "CC-BY-4.0 (text written for spaser_nlp; fictional authorities)",
        "library_versions": library_versions(),
        "documents": [documents[k] for k in sorted(documents)],
    }
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=False) + "\n",
                    encoding="utf-8")


def _write_hard_forms(paths: list[Path], out: Path) -> int:
    """``<id>/<id>-<form>.pdf`` and ``.txt`` for every hard form (see ``samplegen/hard.py``)."""
    import hashlib

    from samplegen.hard import COPY_B_PAGES, HARD_PAGES, hard_forms

    entries = []
    for path in paths:
        doc = load_source(path)
        if doc.id not in HARD_PAGES:
            continue
        folder = out / doc.id
        pdf = (folder / f"{doc.id}.pdf").read_bytes()
        truth = (folder / f"{doc.id}.txt").read_text("utf-8").split("\f")
        pages, turns = HARD_PAGES[doc.id]
        files = {}
        for form, (data, kept) in hard_forms(pdf, pages, turns, doc.scan.seed, doc.title,
                                             COPY_B_PAGES.get(doc.id, ())).items():
            text = "\f".join(truth[n - 1] for n in kept).encode("utf-8")
            for suffix, content in ((".pdf", data), (".txt", text)):
                target = folder / f"{doc.id}-{form}{suffix}"
                target.write_bytes(content)
                files[target.relative_to(out).as_posix()] = {
                    "bytes": len(content), "sha256": hashlib.sha256(content).hexdigest(), "pages": list(kept)}
        entries.append({"id": doc.id, "seed": doc.scan.seed, "turns": list(turns), "files": files})
        print(f"{doc.id}: " + ", ".join(f"{name.split('/')[-1]} {entry['bytes'] / 1024:.0f} KiB"
                                        for name, entry in files.items() if name.endswith(".pdf")))
    manifest = {"generator": "corpora/generate.py --hard-forms", "library_versions": library_versions(),
                "documents": entries}
    (out / "hard-manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the generator; return the process exit code."""
    args = _parse_args(argv)
    paths = sorted(args.sources.glob("*.yaml"))
    if args.only:
        wanted = set(args.only)
        missing = wanted - {p.stem for p in paths}
        if missing:
            print(f"error: no source {sorted(missing)} in {args.sources}", file=sys.stderr)
            return 2
        paths = [p for p in paths if p.stem in wanted]
    if not paths:
        print(f"error: no *.yaml source in {args.sources}", file=sys.stderr)
        return 2
    if args.hard_forms:
        return _write_hard_forms(paths, args.out)
    entries = []
    try:
        for path in paths:
            started = time.perf_counter()
            doc = load_source(path)
            entry = build_document(doc, args.out, with_scan=not args.no_scan)
            entries.append(entry)
            sizes = ", ".join(f"{k} {v['bytes'] / 1024:.0f} KiB" for k, v in entry["files"].items())
            print(f"{doc.id}: {len(doc.pages)} pages ({sizes}) "
                  f"in {time.perf_counter() - started:.1f} s")
    except SourceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if not args.no_scan:
        all_ids = {p.stem for p in args.sources.glob("*.yaml")}
        _write_manifest(args.out, entries, all_ids, partial=bool(args.only))
    total = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"{args.out}: {total / 2**20:.1f} MiB in all")
    if total > SIZE_BUDGET:
        print(f"warning: {args.out} holds more than {SIZE_BUDGET / 2**20:.0f} MiB; lower "
              "scan.dpi or scan.jpeg_quality of the biggest documents (each scanned page "
              "costs about 300-600 KiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
