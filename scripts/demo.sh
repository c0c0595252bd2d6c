#!/usr/bin/env bash
# The main job on the bundled sample data: what `make demo` runs.
# Writes everything under demo-out/ and prints where to look.
# Every stage must succeed: a command that fails stops the demo with a message naming it and a non-zero exit
# (the bundled samples are all valid input, so a failure is a real bug, never an expected error record).
set -euo pipefail
cd "$(dirname "$0")/.."
SPASER=.venv/bin/spaser
OUT=demo-out
SAMPLES=corpora/samples
mkdir -p "$OUT"
export OMP_THREAD_LIMIT=1

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; STEP="$*"; }
STEP="set-up"

# The failing command's first line (a here-document's script would follow it).
failed() {
  printf '\n\033[1;31mdemo FAILED (exit %s) in step "%s", line %s:\033[0m %s\n' "$1" "$STEP" "$2" "${3%%$'\n'*}" >&2
  exit "$1"
}
trap 'failed $? $LINENO "$BASH_COMMAND"' ERR

docs=()
for dir in "$SAMPLES"/*/; do
  id=$(basename "$dir")
  if [ -f "$dir/$id.txt" ]; then docs+=("$id"); fi
done
[ ${#docs[@]} -gt 0 ] || { STEP="find the samples"; failed 1 "$LINENO" "no sample under $SAMPLES/*/ (ID/ID.pdf with ID.txt)"; }
pdfs=()
for id in "${docs[@]}"; do pdfs+=("$SAMPLES/$id/$id.pdf"); done

step "Ingest the born-digital samples (reading order, headers/footers removed)"
for id in "${docs[@]}"; do
  $SPASER --quiet ingest "$SAMPLES/$id/$id.pdf" -o "$OUT/$id.json"
  echo "$OUT/$id.json"
done

step "OCR a scanned sample (Tesseract, French) and clean the OCR text"
$SPASER text "$SAMPLES/${docs[0]}/${docs[0]}-scan.pdf" > "$OUT/${docs[0]}-scan.txt"
echo "$OUT/${docs[0]}-scan.txt ($(wc -w < "$OUT/${docs[0]}-scan.txt") words)"
$SPASER --quiet clean "$OUT/${docs[0]}-scan.txt" > "$OUT/${docs[0]}-scan.clean.txt"
$SPASER --quiet clean "$OUT/${docs[0]}-scan.txt" --explain > "$OUT/${docs[0]}-scan.edits.txt"
echo "$OUT/${docs[0]}-scan.clean.txt (edits listed in $OUT/${docs[0]}-scan.edits.txt)"

step "Plan structure (axes > objectifs > actions)"
$SPASER --quiet structure "$SAMPLES/${docs[0]}/${docs[0]}.pdf" > "$OUT/${docs[0]}.structure.txt"
sed -n 1,30p "$OUT/${docs[0]}.structure.txt"
echo "… full tree in $OUT/${docs[0]}.structure.txt"

step "Quantified objectives of every sample"
$SPASER --quiet extract "${pdfs[@]}" --format csv -o "$OUT/objectives.csv"
echo "$OUT/objectives.csv ($(($(wc -l < "$OUT/objectives.csv") - 1)) objectives)"

step "Theme profile of every sample"
$SPASER --quiet themes "${pdfs[@]}" --level document > "$OUT/themes.jsonl"
cut -c1-200 "$OUT/themes.jsonl"

step "Consultation: duplicates, campaigns and priority issues"
$SPASER --quiet consult corpora/consultation/sample-contributions.csv -o "$OUT/consultation" \
  --schema "$SAMPLES/${docs[0]}/${docs[0]}.pdf"
echo "report: $OUT/consultation/report.html"

step "Batch run of all born-digital samples into DuckDB"
# Not --quiet: the summary table shows what was run and, on a failure, which documents failed and why. A batch
# records a document's failure and goes on (exit 1 at the end), and a document whose later stage failed is
# stored as `partial` (exit 0): the samples are valid input, so either is a real failure of the demo. A rerun
# skips the documents already stored; --retry-failed redoes those an earlier run left failed.
$SPASER batch "${pdfs[@]}" --db "$OUT/results.duckdb" --retry-failed
$SPASER --quiet export --db "$OUT/results.duckdb" --to csv "$OUT/export"
.venv/bin/python - "$OUT/export/documents.csv" <<'PY'
import csv
import sys

with open(sys.argv[1], encoding="utf-8", newline="") as file:
    documents = list(csv.DictReader(file))
not_ok = [row for row in documents if row["status"] != "ok"]
for row in not_ok:
    print(f"{row['doc_id']} ({row['path']}): {row['status']}: {row['error']}", file=sys.stderr)
if not documents or not_ok:
    print(f"{len(not_ok)} of {len(documents)} stored document(s) not ok (`make clean-demo` starts afresh)", file=sys.stderr)
    sys.exit(1)
print(f"{len(documents)} documents stored, all ok; tables in {sys.argv[1].rsplit('/', 1)[0]}/")
PY

step "Done: outputs in $OUT/"
