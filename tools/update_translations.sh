#!/usr/bin/env bash
# Refresh the Swedish translation after UI strings change:
#   1. extract the strings into resources/translations/regionroll_sv.ts (keeps translations),
#   2. translate the new entries (Qt Linguist: `uv run pyside6-linguist <ts>`, or by hand),
#   3. run this again to compile the .qm that the app loads.
# tests/app/test_translations.py fails while a string is untranslated or the .qm is stale.
# A string that only moved to another class keeps its translation: run this with
# --keep-obsolete, then `uv run python tools/carry_translations.py`, then this again.
set -euo pipefail
obsolete=-no-obsolete
if [ "${1:-}" = "--keep-obsolete" ]; then obsolete=; fi
cd "$(dirname "$0")/.."
ts=resources/translations/regionroll_sv.ts
uv run pyside6-lupdate $(find src/regionroll_desktop -name '*.py' | sort) -ts "$ts" \
  -source-language en -target-language sv $obsolete
# Compiled beside it and moved into place: an app (or a test run) that has the .qm mapped
# keeps reading the old file instead of crashing on one rewritten under it.
qm="${ts%.ts}.qm"
uv run pyside6-lrelease "$ts" -qm "$qm.new"
mv -f "$qm.new" "$qm"
