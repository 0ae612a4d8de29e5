"""Make the generated files a build needs, in build/icons/ and build/:

- the app's icon as PNG (16-1024 px), Windows .ico and macOS .icns, rendered from
  resources/icons/regionroll.svg (Qt draws the SVG, Pillow writes the icon containers);
- the Windows version resource (version, publisher, description) for the program.

Run by packaging/build.sh and the release workflow before PyInstaller:
    uv run --group package python packaging/prepare.py
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "regionroll.svg"
OUT = ROOT / "build"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
PUBLISHER = "RegionRoll Desktop"
DESCRIPTION = "RegionRoll Desktop - workshop om regionens roll"


def version() -> str:
    text = (ROOT / "src" / "regionroll_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    if found is None:
        raise SystemExit("no __version__ in src/regionroll_desktop/__init__.py")
    return found.group(1)


def render_pngs(folder: Path) -> dict[int, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read the icon {SVG}")
    folder.mkdir(parents=True, exist_ok=True)
    paths: dict[int, Path] = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = folder / f"regionroll-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"cannot write {path}")
        paths[size] = path
    del app
    return paths


def write_containers(pngs: dict[int, Path], folder: Path) -> None:
    from PIL import Image

    biggest = Image.open(pngs[max(pngs)])
    ico_sizes = [(size, size) for size in SIZES if size <= 256]
    biggest.save(folder / "regionroll.ico", sizes=ico_sizes)
    biggest.save(folder / "regionroll.icns")


def version_resource(text_version: str) -> str:
    """PyInstaller's Windows version resource (a Python literal it reads)."""
    numbers = [int(part) for part in re.findall(r"\d+", text_version)[:4]]
    numbers += [0] * (4 - len(numbers))
    quad = tuple(numbers)
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={quad}, prodvers={quad}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041D04B0', [
      StringStruct('CompanyName', '{PUBLISHER}'),
      StringStruct('FileDescription', '{DESCRIPTION}'),
      StringStruct('FileVersion', '{text_version}'),
      StringStruct('InternalName', 'regionroll'),
      StringStruct('OriginalFilename', 'regionroll.exe'),
      StringStruct('ProductName', 'RegionRoll Desktop'),
      StringStruct('ProductVersion', '{text_version}')])]),
    VarFileInfo([VarStruct('Translation', [0x041D, 1200])])
  ]
)
"""


def main() -> int:
    icons = OUT / "icons"
    pngs = render_pngs(icons)
    write_containers(pngs, icons)
    (OUT / "version_info.txt").write_text(version_resource(version()), encoding="utf-8")
    print(f"icons and version {version()} in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
