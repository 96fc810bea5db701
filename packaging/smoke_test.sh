#!/usr/bin/env bash
# Smoke test of the built bundle, not of the source: run from a folder with no checkout and no
# Python on the path, it must print its version, create and migrate a database, import a CSV, check
# the record, print a status report (PDF, DOCX, XLSX) and open and close the window (offscreen).
set -euo pipefail
bundle="$(cd "${1:?usage: smoke_test.sh DIST_FOLDER}" && pwd)"
expected="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$(dirname "$0")/../stockpile_tracker/__init__.py")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV
export STOCKPILE_DATA_DIR="$work/data" QT_QPA_PLATFORM=offscreen
program="$bundle/stockpile-tracker"
run() { "$program" --database "$work/smoke.db" --user smoke "$@"; }

version="$("$program" --version)"
[ "$version" = "stockpile-tracker $expected" ] || { echo "version: got '$version', expected $expected" >&2; exit 1; }
run db upgrade
printf 'designation,name,category,activation,self_destruct_hours,self_deactivating,delivery,ap_per_item,av_per_item\nM14,M14 blast mine,AP,victim,,no,hand_emplaced,1,0\n' > types.csv
printf 'code,name,country,kind\nANAD,Anniston Army Depot,US,depot\n' > sites.csv
printf 'lot_number,type,quantity,site,retention,received_on\nS-1,M14,1200,ANAD,,2020-01-15\nS-2,M14,300,ANAD,,2021-03-01\n' > lots.csv
run import types types.csv
run import sites sites.csv
run import lots lots.csv
run lots | tee lots.txt
grep -q "1,500" lots.txt || { echo "lots: the 1,500 mines imported are not listed" >&2; exit 1; }
run db check
run report status --pdf status.pdf --docx status.docx --xlsx status.xlsx
[ "$(head -c 2 status.docx)" = "PK" ] && [ "$(head -c 2 status.xlsx)" = "PK" ] || { echo "no DOCX or XLSX" >&2; exit 1; }
pdftotext status.pdf status.txt  # to a file: grep -q ends a pipe early, which pipefail takes for a failure
grep -q "1,500" status.txt || { echo "status.pdf does not show the 1,500 mines" >&2; exit 1; }
STOCKPILE_QUIT_WHEN_SHOWN=1 run
if [ -d "$bundle/share" ]; then
    id=org.stockpiletracker.StockpileTracker
    desktop-file-validate "$bundle/share/applications/$id.desktop"
    appstreamcli validate --no-net --explain "$bundle/share/metainfo/$id.metainfo.xml"
    for size in 16 24 32 48 64 128 256; do
        [ -s "$bundle/share/icons/hicolor/${size}x${size}/apps/$id.png" ] || { echo "no ${size}px icon" >&2; exit 1; }
    done
fi
echo "bundle smoke test passed: $version"
