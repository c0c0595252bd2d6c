#!/usr/bin/env bash
# Make sure the system packages spaser_nlp needs are installed.
# As root: installs what is missing with apt-get. Otherwise: prints the exact command and fails.
set -euo pipefail

packages=()
command -v tesseract >/dev/null 2>&1 || packages+=(tesseract-ocr)
if command -v tesseract >/dev/null 2>&1; then
  langs=$(tesseract --list-langs 2>/dev/null || true)
  grep -qx fra <<<"$langs" || packages+=(tesseract-ocr-fra)
  grep -qx osd <<<"$langs" || packages+=(tesseract-ocr-osd)
else
  packages+=(tesseract-ocr-fra tesseract-ocr-osd)
fi
command -v pdftoppm >/dev/null 2>&1 || packages+=(poppler-utils)
command -v gs >/dev/null 2>&1 || packages+=(ghostscript)
# headless browser for the HTML report tests
if [ "${SPASER_NO_BROWSER:-0}" != "1" ]; then
  command -v chromium >/dev/null 2>&1 || packages+=(chromium)
fi

[ ${#packages[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "spaser: installing system packages: ${packages[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
else
  echo "spaser: missing system packages: ${packages[*]}" >&2
  echo "run:  sudo apt-get update && sudo apt-get install -y ${packages[*]}" >&2
  exit 1
fi
