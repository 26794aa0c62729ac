#!/bin/sh
# Start-up and FX-stall benchmarks: they need a real window, so run them under Xvfb.
#   scripts/bench-startup.sh [--quick] [other bench options]
# Installs xvfb (and GTK, which JavaFX's glass needs) when missing and running as root; builds the jar if absent.
set -eu
cd "$(dirname "$0")/.."
if ! command -v xvfb-run >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && apt-get install -y --no-install-recommends xvfb libgtk-3-0 xauth
    else
        echo "xvfb-run is missing: apt-get install xvfb libgtk-3-0 (as root)" >&2
        exit 2
    fi
fi
[ -f target/stack-studio.jar ] || mvn -o -q package -DskipTests
exec xvfb-run -a -s "-screen 0 1280x800x24" java -jar target/stack-studio.jar bench --only startup,stall "$@"
