#!/usr/bin/env bash
# Every quality evaluation whose figures are in the README (`make eval`).
set -uo pipefail
cd "$(dirname "$0")/.."
export OMP_THREAD_LIMIT=1
status=0
for stage in ocr clean structure objectives themes consult checklist diff; do
  if .venv/bin/spaser eval "$stage" --help >/dev/null 2>&1; then
    printf '\n== spaser eval %s\n' "$stage"
    .venv/bin/spaser eval "$stage" || status=1
  fi
done
exit $status
