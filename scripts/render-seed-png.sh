#!/usr/bin/env bash
# Regenerates docs/antwort-seite1.png: the seed's answer (docs/beispiel-antwort.json) written by `ratsantwort new`,
# converted to PDF by LibreOffice, first page as PNG. Needs soffice and pdftoppm (see README.md, command line).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "$tool fehlt: apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-liberation2" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

npm run --silent build:cli
node bin/ratsantwort.js new --data docs/beispiel-antwort.json "$work/antwort.docx" >/dev/null
# A private profile and HOME keep LibreOffice away from the user's own settings.
HOME="$work" soffice "-env:UserInstallation=file://$work/lo-profile" --headless --convert-to pdf --outdir "$work" "$work/antwort.docx" >/dev/null 2>&1
pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$work/antwort.pdf" docs/antwort-seite1
echo "docs/antwort-seite1.png geschrieben ($(soffice --version | head -1))."
