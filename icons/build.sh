#!/usr/bin/env bash
# Regenerates the application icon's raster forms from icons/app/stack-studio.svg.
# Needs Debian's librsvg2-bin (rsvg-convert), icoutils (icotool) and icnsutils (png2icns):
#   apt-get install -y --no-install-recommends librsvg2-bin icoutils icnsutils
# The outputs are committed, so building the studio or its installers never needs these tools.
set -euo pipefail
cd "$(dirname "$0")/app"
mkdir -p png
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" stack-studio.svg -o "png/stack-studio-$size.png"
done
# Windows: one .ico with the usual sizes.
icotool -c -o stack-studio.ico png/stack-studio-{16,24,32,48,64,128,256}.png
# macOS: .icns (png2icns takes the sizes it knows: 16 32 48 128 256 512).
png2icns stack-studio.icns png/stack-studio-{16,32,48,128,256,512}.png >/dev/null
echo "icons written to $(pwd)"
