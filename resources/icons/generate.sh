#!/usr/bin/env bash
# Renders clientele.svg to everything the build and the installers use; the outputs are committed,
# so building Clientele needs no SVG tools. Run it again after editing the SVG:
#   bash resources/icons/generate.sh
# Needs librsvg2-bin (rsvg-convert), imagemagick (convert, for the .ico) and icnsutils (png2icns, for
# the macOS .icns); packaging/linux/install-deps.sh --packaging installs them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
svg=$here/clientele.svg
for tool in rsvg-convert convert png2icns; do
    command -v "$tool" >/dev/null || { echo "generate.sh: $tool is missing (bash packaging/linux/install-deps.sh --packaging)" >&2; exit 1; }
done

sizes=(16 22 24 32 48 64 128 256 512)
for s in "${sizes[@]}"; do
    mkdir -p "$here/hicolor/${s}x${s}/apps"
    # rsvg-convert writes no time stamps: a re-run shows no diff unless the SVG changed.
    rsvg-convert -w "$s" -h "$s" "$svg" -o "$here/hicolor/${s}x${s}/apps/clientele.png"
done
mkdir -p "$here/hicolor/scalable/apps"
cp "$svg" "$here/hicolor/scalable/apps/clientele.svg"

# Windows: one .ico with the sizes Explorer and the task bar ask for.
png() { echo "$here/hicolor/${1}x${1}/apps/clientele.png"; }
convert "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" "$(png 128)" "$(png 256)" "$here/clientele.ico"

# macOS: png2icns takes the sizes the format knows (16, 32, 48, 128, 256, 512).
png2icns "$here/clientele.icns" "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" "$(png 512)" >/dev/null

echo "Wrote hicolor PNGs (${sizes[*]}), hicolor/scalable, clientele.ico and clientele.icns in $here"
