#!/usr/bin/env bash
# Installs what is missing, builds Release with warnings as errors, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
BUILD=${BUILD_DIR:-build}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGRIDATLAS_WERROR=ON
cmake --build "$BUILD"
ctest --test-dir "$BUILD" --output-on-failure --timeout 600 -j2
