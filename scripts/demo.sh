#!/usr/bin/env bash
# The main job on the bundled sample data: what `make demo` runs.
# Writes everything under demo-out/ and prints where to look.
set -euo pipefail
cd "$(dirname "$0")/.."
SPASER=.venv/bin/spaser
OUT=demo-out
SAMPLES=corpora/samples
mkdir -p "$OUT"
export OMP_THREAD_LIMIT=1

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

has() { $SPASER "$@" --help >/dev/null 2>&1; }

docs=()
for dir in "$SAMPLES"/*/; do
  id=$(basename "$dir")
  [ -f "$dir/$id.txt" ] && docs+=("$id")
done

step "Ingest the born-digital samples (reading order, headers/footers removed)"
for id in "${docs[@]}"; do
  $SPASER --quiet ingest "$SAMPLES/$id/$id.pdf" -o "$OUT/$id.json"
  echo "$OUT/$id.json"
done

step "OCR a scanned sample (Tesseract, French) and clean the OCR text"
$SPASER text "$SAMPLES/${docs[0]}/${docs[0]}-scan.pdf" > "$OUT/${docs[0]}-scan.txt"
echo "$OUT/${docs[0]}-scan.txt ($(wc -w < "$OUT/${docs[0]}-scan.txt") words)"
if has clean; then
  $SPASER --quiet clean "$OUT/${docs[0]}-scan.txt" > "$OUT/${docs[0]}-scan.clean.txt"
  $SPASER --quiet clean "$OUT/${docs[0]}-scan.txt" --explain > "$OUT/${docs[0]}-scan.edits.txt" || true
  echo "$OUT/${docs[0]}-scan.clean.txt (edits listed in $OUT/${docs[0]}-scan.edits.txt)"
fi

if has structure; then
  step "Plan structure (axes > objectifs > actions)"
  $SPASER --quiet structure "$SAMPLES/${docs[0]}/${docs[0]}.pdf" > "$OUT/${docs[0]}.structure.txt"
  sed -n 1,30p "$OUT/${docs[0]}.structure.txt"
  echo "… full tree in $OUT/${docs[0]}.structure.txt"
fi

if has extract; then
  step "Quantified objectives of every sample"
  $SPASER --quiet extract $(for id in "${docs[@]}"; do echo "$SAMPLES/$id/$id.pdf"; done) --format csv -o "$OUT/objectives.csv"
  echo "$OUT/objectives.csv ($(($(wc -l < "$OUT/objectives.csv") - 1)) objectives)"
fi

if has themes; then
  step "Theme profile of every sample"
  $SPASER --quiet themes $(for id in "${docs[@]}"; do echo "$SAMPLES/$id/$id.pdf"; done) --level document > "$OUT/themes.jsonl"
  cut -c1-200 "$OUT/themes.jsonl"
fi

if has consult; then
  step "Consultation: duplicates, campaigns and priority issues"
  $SPASER --quiet consult corpora/consultation/sample-contributions.csv -o "$OUT/consultation" \
    --schema "$SAMPLES/${docs[0]}/${docs[0]}.pdf"
  echo "report: $OUT/consultation/report.html"
fi

if has batch; then
  step "Batch run of all born-digital samples into DuckDB"
  $SPASER --quiet batch $(for id in "${docs[@]}"; do echo "$SAMPLES/$id/$id.pdf"; done) --db "$OUT/results.duckdb" || true
  $SPASER --quiet export --db "$OUT/results.duckdb" --to csv "$OUT/export"
fi

step "Done: outputs in $OUT/"
