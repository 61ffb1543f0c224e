#!/usr/bin/env bash
# Installs what is missing, builds GridAtlas (Release) with the sample project 友好社区, and opens it.
# Without a display it prints the project summary and writes a screenshot instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
BUILD=${BUILD_DIR:-build}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$BUILD"
SAMPLE="$BUILD/samples/youhao.sqlite"
"$BUILD/src/cli/gridatlas-cli" info "$SAMPLE"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$BUILD/src/app/gridatlas" "$SAMPLE"
fi
echo
echo "No display: writing a screenshot of the workstation to $BUILD/youhao.png instead of opening a window."
QT_QPA_PLATFORM=offscreen "$BUILD/src/app/gridatlas" "$SAMPLE" --screenshot "$BUILD/youhao.png" --size 1600x1000
