#!/usr/bin/env bash
# Build the lean one-folder bundle of RegionRoll Desktop, check it and pack it:
#   packaging/build.sh
#   Linux: dist/regionroll/ (run dist/regionroll/regionroll)
#          dist/regionroll-<version>-linux-<machine>.tar.gz (unpack, run regionroll/install.sh)
#   macOS: dist/RegionRoll.app and dist/RegionRoll-<version>-macos-<machine>.dmg
# Needs only uv. The bundle is built from an environment of its own (build/package-env)
# holding the app's packages and PyInstaller, never the tests' or the developer's tools.
# Windows: packaging/build.ps1.
set -euo pipefail
cd "$(dirname "$0")/.."
export UV_PROJECT_ENVIRONMENT="$PWD/build/package-env"
run=(uv run --no-default-groups --group package)
system="$(uname -s)"

"${run[@]}" python packaging/prepare.py
"${run[@]}" pyinstaller --noconfirm --clean \
  --distpath dist --workpath build/pyinstaller packaging/regionroll.spec
version="$("${run[@]}" python -c 'import regionroll_desktop as r; print(r.__version__)')"

if [ "$system" = Linux ]; then
  # The libraries' debugging symbols go (PyInstaller's own strip would also strip the
  # libraries auditwheel patched into the wheels' `*.libs` folders, which breaks numpy's
  # OpenBLAS, so those are left as they are), and ICU's data is trimmed to the Swedish and
  # English locales (packaging/trim_icu.py).
  find dist/regionroll/_internal -type f \( -name '*.so' -o -name '*.so.*' \) \
    -not -path '*.libs/*' -exec strip --strip-unneeded {} +
  "${run[@]}" python packaging/trim_icu.py dist/regionroll
  cp packaging/linux/regionroll.desktop packaging/linux/regionroll-mime.xml \
    packaging/linux/install.sh build/icons/regionroll-256.png dist/regionroll/
  archive="dist/regionroll-${version}-linux-$(uname -m).tar.gz"
  program=dist/regionroll/regionroll
  # No test or developer package inside, the folder within 150 MB and the archive within 60 MB.
  "${run[@]}" python packaging/check_bundle.py dist/regionroll --archive "$archive"
elif [ "$system" = Darwin ]; then
  archive="dist/RegionRoll-${version}-macos-$(uname -m).dmg"
  program=dist/RegionRoll.app/Contents/MacOS/regionroll
  "${run[@]}" python packaging/check_bundle.py dist/regionroll
  rm -f "$archive"
  hdiutil create -volname "RegionRoll Desktop" -srcfolder dist/RegionRoll.app -ov \
    -format UDZO "$archive"
else
  echo "build.sh builds on Linux and macOS; on Windows run packaging/build.ps1" >&2
  exit 2
fi

# The smoke test: the built program, with no Python around it, opens the sample workshop in
# its window, loads both Swedish translations, saves and reads back a file, and exports.
out="$(mktemp -d)"
env -i PATH=/usr/bin:/bin HOME="$out" LANG=C.UTF-8 QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" \
  "$program" self-test --out "$out/self-test"
# And in a real X window when there is an X server to be had: the X11 platform plugin and
# every library it links to made it into the bundle.
if [ "$system" = Linux ] && command -v xvfb-run >/dev/null; then
  env -i PATH=/usr/bin:/bin HOME="$out" LANG=C.UTF-8 QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1366x768x24" "$program" self-test --out "$out/x11"
fi
echo "Bundle: $(pwd)/dist/regionroll ($(du -sh dist/regionroll | cut -f1)); package: $archive"
