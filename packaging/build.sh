#!/usr/bin/env bash
# Build the one-folder bundle of RegionRoll Desktop and check it:
#   packaging/build.sh            -> dist/regionroll/ (run dist/regionroll/regionroll)
# Needs only uv (it installs PyInstaller into the project's environment, group "package").
set -euo pipefail
cd "$(dirname "$0")/.."
uv run --group package pyinstaller --noconfirm --clean \
  --distpath dist --workpath build/pyinstaller packaging/regionroll.spec
# The smoke test: the built program, with no Python around it, opens the sample workshop in
# its window, loads both Swedish translations, saves and reads back a file, and exports.
out="$(mktemp -d)"
env -i PATH=/usr/bin:/bin HOME="$out" LANG=C.UTF-8 QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" \
  dist/regionroll/regionroll self-test --out "$out/self-test"
echo "Bundle: $(pwd)/dist/regionroll ($(du -sh dist/regionroll | cut -f1))"
