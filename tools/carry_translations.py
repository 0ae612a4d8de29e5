"""Carry Swedish translations over when a string moves to another context (another class or
module) without changing its English text.

Run after `pyside6-lupdate` has added the moved strings as unfinished (keep the obsolete ones:
`tools/update_translations.sh --keep-obsolete`), then run `tools/update_translations.sh` to
drop the obsolete entries and compile. Prints the strings still to be translated by hand.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "regionroll_sv.ts"


def main() -> int:
    tree = ET.parse(TS)
    known: dict[str, str] = {}
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or not (translation.text or "").strip():
            continue
        if translation.get("type") == "unfinished":
            continue
        known.setdefault(source, translation.text or "")
    left = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") != "unfinished":
                continue
            if source in known:
                translation.text = known[source]
                del translation.attrib["type"]
            else:
                left.append(f"{context.findtext('name')}: {source}")
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for line in left:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
