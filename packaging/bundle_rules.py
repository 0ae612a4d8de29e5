"""What goes into the bundle: the rules the PyInstaller spec applies, kept here to be tested.

PyInstaller's PySide6 hooks collect every Qt plugin and every Qt translation, and with them
the system libraries those plugins link to (the GTK theme alone brings GTK, cairo and pango;
the CUPS printing plugin brings Kerberos and GnuTLS). A workshop needs a window on X11,
Wayland, Windows or macOS, an offscreen platform for the command line's exports, the SVG and
ICO image readers, the input methods for typing å, ä and ö, and Qt's Swedish and English
strings. Everything else is left out, and a shared library stays only when something kept
still links to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

# Qt plugin folders and, within them, the plugins a workshop uses. A folder not named here
# is left out whole.
PLUGINS: dict[str, frozenset[str]] = {
    "platforms": frozenset({"xcb", "wayland", "offscreen", "minimal", "windows", "cocoa"}),
    "platformthemes": frozenset({"xdgdesktopportal"}),
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "imageformats": frozenset({"svg", "ico", "icns"}),
    "iconengines": frozenset({"svg"}),
    "styles": frozenset({"modernwindowsstyle", "windowsvistastyle"}),
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": frozenset({"bradient", "adwaita"}),
    "wayland-graphics-integration-client": frozenset({"shm-emulation-server"}),
}

# Qt's own translations: the catalogues for the app's two languages.
QT_TRANSLATIONS = re.compile(r"^qt(base)?_(sv|en)\.qm$")

# Packages that belong to the tests or the developer's tools, never to the bundle.
FORBIDDEN_PACKAGES = (
    "hypothesis",
    "pytest",
    "_pytest",
    "pytestqt",
    "mypy",
    "mypyc",
    "ruff",
    "importlinter",
    "grimp",
    "ast_serialize",
    "PyInstaller",
    "setuptools",
    "pip",
)

_PLUGIN_PREFIXES = ("lib", "q")
_PLUGIN_SUFFIXES = (".so", ".dll", ".dylib")


def plugin_name(file_name: str) -> str:
    """`libqxcb.so` -> `xcb`, `qwindows.dll` -> `windows`, `libqsvgicon.so` -> `svgicon`."""
    name = file_name
    for suffix in _PLUGIN_SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    if name.startswith("lib"):
        name = name[3:]
    if name.startswith("q") and not name.startswith("qt-"):
        name = name[1:]
    return name


def _wanted_plugin(folder: str, file_name: str) -> bool:
    wanted = PLUGINS.get(folder)
    if wanted is None:
        return False
    name = plugin_name(file_name)
    # Icon engines are named after their format plus "icon" (qsvgicon).
    return name in wanted or name.removesuffix("icon") in wanted


def keep_in_bundle(dest: str) -> bool:
    """Whether the file PyInstaller would put at `dest` (inside the bundle) goes in.

    Only Qt's plugins and translations are judged here (one rule set for every system: the
    plugins' names tell them apart); shared libraries are judged by `needed_libraries`,
    which follows what the kept files link to.
    """
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "PySide6" not in parts:
        return True
    if "plugins" in parts:
        index = parts.index("plugins")
        if len(parts) < index + 3:
            return True
        return _wanted_plugin(parts[index + 1], parts[-1])
    if "translations" in parts and parts[-1].endswith(".qm"):
        return bool(QT_TRANSLATIONS.match(parts[-1]))
    return True


def is_shared_library(dest: str) -> bool:
    """A library that is there only because something links to it (not a module, not a
    plugin, not Python itself)."""
    path = PurePosixPath(dest.replace("\\", "/"))
    name = path.name
    if "plugins" in path.parts:
        return False
    if ".cpython-" in name or ".abi3." in name or name.endswith(".pyd"):
        return False
    if re.match(r"^(lib)?python3", name):
        return False
    return bool(re.search(r"\.so(\.\d+)*$", name) or name.endswith((".dll", ".dylib")))


def needed_libraries(
    binaries: Iterable[tuple[str, str]],
    imports_of: Callable[[str], Iterable[str]],
) -> set[str]:
    """The destinations of the shared libraries something kept links to, transitively.

    `binaries` holds (dest, source) pairs; `imports_of(source)` names the libraries a file
    links to (by file name). Every entry that is not a shared library is a root.
    """
    entries = list(binaries)
    by_name: dict[str, list[tuple[str, str]]] = {}
    for dest, source in entries:
        if is_shared_library(dest):
            by_name.setdefault(PurePosixPath(dest.replace("\\", "/")).name.lower(), []).append(
                (dest, source)
            )
    todo = [source for dest, source in entries if not is_shared_library(dest)]
    seen_sources: set[str] = set()
    needed: set[str] = set()
    while todo:
        source = todo.pop()
        if source in seen_sources:
            continue
        seen_sources.add(source)
        for name in imports_of(source):
            for dest, library_source in by_name.get(PurePosixPath(name).name.lower(), []):
                if dest not in needed:
                    needed.add(dest)
                    todo.append(library_source)
    return needed
