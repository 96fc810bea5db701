#!/bin/sh
# Adds Stockpile Tracker to this user's application menu (no administrator rights needed): the
# desktop entry, its icons and its AppStream metadata, pointing at the program in this folder.
# Run it again after moving the folder; remove the files under ~/.local/share to undo.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
share="${XDG_DATA_HOME:-$HOME/.local/share}"
id=org.stockpiletracker.StockpileTracker
mkdir -p "$share/applications" "$share/metainfo"
cp -R "$here/share/icons" "$share/"
cp "$here/share/metainfo/$id.metainfo.xml" "$share/metainfo/"
sed "s|^Exec=stockpile-tracker|Exec=\"$here/stockpile-tracker\"|" \
    "$here/share/applications/$id.desktop" > "$share/applications/$id.desktop"
echo "Stockpile Tracker is in the application menu (entry: $share/applications/$id.desktop)"
