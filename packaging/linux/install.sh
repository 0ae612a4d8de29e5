#!/bin/sh
# Install RegionRoll Desktop for this user only (no administrator rights): run it from the
# unpacked folder, e.g.  tar xzf regionroll-*.tar.gz && regionroll/install.sh
# It copies the folder to ~/.local/lib/regionroll, puts `regionroll` on ~/.local/bin, adds the
# menu entry and lets *.regionroll.json files open with the app. `install.sh --remove` undoes it.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$HOME/.local/lib/regionroll"
bin="$HOME/.local/bin"

refresh() {
  command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
  command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
}

if [ "${1:-}" = "--remove" ]; then
  rm -rf "$target"
  rm -f "$bin/regionroll" "$data/applications/regionroll.desktop" \
    "$data/mime/packages/regionroll-mime.xml" "$data/icons/hicolor/256x256/apps/regionroll.png"
  refresh
  echo "RegionRoll Desktop removed (your workshops are left where they are)."
  exit 0
fi

if [ "$here" != "$target" ]; then
  rm -rf "$target.new"
  mkdir -p "$(dirname "$target")"
  cp -a "$here" "$target.new"
  rm -rf "$target"
  mv "$target.new" "$target"
fi
mkdir -p "$bin" "$data/applications" "$data/mime/packages" "$data/icons/hicolor/256x256/apps"
ln -sf "$target/regionroll" "$bin/regionroll"
sed "s|^Exec=regionroll|Exec=\"$target/regionroll\"|" "$target/regionroll.desktop" \
  > "$data/applications/regionroll.desktop"
cp "$target/regionroll-mime.xml" "$data/mime/packages/regionroll-mime.xml"
cp "$target/regionroll-256.png" "$data/icons/hicolor/256x256/apps/regionroll.png"
refresh
echo "RegionRoll Desktop installed in $target; start it from the menu or with: regionroll"
