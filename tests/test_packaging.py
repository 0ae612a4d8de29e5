"""The bundle's rules, its check and the build's helper scripts (packaging/).

The bundle itself is built and self-tested by packaging/build.sh, which .ci/run runs after the
tests; these tests hold the rules that decide what goes in and what fails the build.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

PACKAGING = Path(__file__).resolve().parent.parent / "packaging"


def _load(name: str) -> ModuleType:
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))
    spec = importlib.util.spec_from_file_location(f"_packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


rules = _load("bundle_rules")
check_bundle = _load("check_bundle")
trim_icu = _load("trim_icu")
prepare = _load("prepare")


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
        ("PySide6/Qt/translations/qtbase_sv.qm", True),
        ("PySide6/Qt/translations/qt_sv.qm", True),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_help_sv.qm", False),
        ("PySide6\\translations\\qtbase_fi.qm", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("regionroll_desktop/resources/translations/regionroll_sv.qm", True),
        ("numpy.libs/libscipy_openblas64_-32a4b2a6.so", True),
    ],
)
def test_what_of_qt_goes_into_the_bundle(dest: str, kept: bool) -> None:
    assert rules.keep_in_bundle(dest) is kept


def test_a_library_stays_only_while_something_kept_links_to_it() -> None:
    links = {
        "/src/QtWidgets.abi3.so": ["libQt6Widgets.so.6"],
        "/src/libQt6Widgets.so.6": ["libQt6Gui.so.6"],
        "/src/libQt6Gui.so.6": ["libQt6Core.so.6", "libc.so.6"],
        "/src/libQt6Core.so.6": [],
        "/src/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/src/libQt6XcbQpa.so.6": ["libxcb-cursor.so.0"],
        "/src/libxcb-cursor.so.0": [],
        "/src/libgtk-3.so.0": ["libcairo.so.2"],  # the dropped GTK theme's
        "/src/libcairo.so.2": [],
        "/src/libpython3.11.so.1.0": [],
    }
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/src/QtWidgets.abi3.so"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/src/libQt6Widgets.so.6"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6"),
        ("libxcb-cursor.so.0", "/src/libxcb-cursor.so.0"),
        ("libgtk-3.so.0", "/src/libgtk-3.so.0"),
        ("libcairo.so.2", "/src/libcairo.so.2"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0"),
    ]
    needed = rules.needed_libraries(binaries, lambda source: links[source])
    assert needed == {
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "libxcb-cursor.so.0",
    }
    # Modules, plugins and Python itself are never judged as mere libraries.
    assert not rules.is_shared_library("PySide6/QtWidgets.abi3.so")
    assert not rules.is_shared_library("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert not rules.is_shared_library("libpython3.11.so.1.0")
    assert not rules.is_shared_library("python311.dll")
    assert rules.is_shared_library("PySide6\\Qt6Core.dll")
    assert rules.is_shared_library("libcairo.so.2")


def test_a_test_or_developer_package_fails_the_check(tmp_path: Path) -> None:
    folder = tmp_path / "regionroll"
    (folder / "_internal" / "numpy").mkdir(parents=True)
    (folder / "_internal" / "hypothesis").mkdir()
    (folder / "_internal" / "hypothesis" / "core.py").write_text("x")
    (folder / "regionroll").write_bytes(b"\0" * 1000)
    modules = ["regionroll_desktop.model", "pydantic.main", "_pytest.python", "mypy.build"]
    problems = check_bundle.check(folder, None, modules)
    assert problems == [
        "_pytest is in the bundle: it belongs to the tests or the tools",
        "hypothesis is in the bundle: it belongs to the tests or the tools",
        "mypy is in the bundle: it belongs to the tests or the tools",
    ]
    shutil.rmtree(folder / "_internal" / "hypothesis")
    assert check_bundle.check(folder, None, ["regionroll_desktop", "numpy.linalg"]) == []


def test_the_size_limits_fail_the_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "regionroll"
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "big.bin").write_bytes(b"x" * 5000)
    archive = tmp_path / "regionroll.tar.gz"
    check_bundle.pack(folder, archive)
    assert archive.is_file() and not archive.with_name(archive.name + ".part").exists()
    assert check_bundle.check(folder, archive, []) == []
    monkeypatch.setattr(check_bundle, "FOLDER_LIMIT", 4000)
    monkeypatch.setattr(check_bundle, "ARCHIVE_LIMIT", 10)
    problems = check_bundle.check(folder, archive, [])
    assert len(problems) == 2
    assert problems[0].startswith("the bundle is 0.0 MB, over 0 MB")
    assert problems[1].startswith("the archive is")


@pytest.mark.parametrize(
    ("item", "goes"),
    [
        ("coll/de.res", True),
        ("coll/sv.res", False),
        ("coll/root.res", False),
        ("coll/ucadata.icu", False),
        ("en_GB.res", False),
        ("sv_FI.res", False),
        ("fi.res", True),
        ("zh_Hant_TW.res", True),
        ("ibm-1047_P100-1995.cnv", True),
        ("cnvalias.icu", False),
        ("translit/root.res", True),
        ("brkitr/cjdict.dict", True),
        ("brkitr/word.brk", False),
        ("supplementalData.res", False),
        ("zoneinfo64.res", False),
        ("res_index.res", False),
        ("curr/pool.res", False),
        ("uprops.icu", False),
        ("nfc.nrm", False),
    ],
)
def test_icu_keeps_swedish_english_and_its_core(item: str, goes: bool) -> None:
    assert trim_icu.unwanted(item) is goes


def test_icu_data_symbol_stays_exported() -> None:
    assembly = (
        ".globl icudt73_dat\n\t.section .rodata\n#ifdef U_HIDE_DATA_SYMBOL\n"
        "\t.hidden icudt73_dat\n#endif\n\t.type icudt73_dat,%object\nicudt73_dat:\n"
    )
    out = trim_icu.exported(assembly)
    assert ".hidden" not in out
    assert ".globl icudt73_dat" in out and "icudt73_dat:" in out


@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("icupkg", "genccode", "as", "ld", "objcopy")),
    reason="ICU's tools (icu-devtools) and binutils are not installed",
)
def test_trimmed_icu_data_opens_in_icu(tmp_path: Path) -> None:
    """A real ICU data library, trimmed and rebuilt: the new library exports the data and
    ICU's own tool still reads the package, without the dropped locales."""
    from PySide6 import __file__ as pyside_init

    found = sorted(Path(pyside_init).parent.rglob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 has no ICU data library of its own")
    library = tmp_path / found[0].name
    shutil.copyfile(found[0], library)
    before, after = trim_icu.trim(library)
    assert after < before / 3
    symbols = subprocess.run(
        ["nm", "-D", "--defined-only", str(library)], capture_output=True, text=True, check=True
    ).stdout
    assert "icudt" in symbols and " R " in symbols
    data = tmp_path / "check" / "icudt.dat"
    data.parent.mkdir()
    subprocess.run(
        ["objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(data)], check=True
    )
    version = library.name.rsplit(".", 1)[1]
    named = data.with_name(f"icudt{version}l.dat")
    data.rename(named)
    items = subprocess.run(
        ["icupkg", "--list", named.name], cwd=named.parent, capture_output=True, text=True
    ).stdout.split()
    assert "coll/sv.res" in items and "sv.res" in items and "coll/ucadata.icu" in items
    assert "coll/de.res" not in items and "fi.res" not in items


def test_windows_version_resource_names_the_version() -> None:
    text = prepare.version_resource("1.2.3")
    assert "filevers=(1, 2, 3, 0)" in text
    assert "StringStruct('ProductVersion', '1.2.3')" in text
    assert "StringStruct('CompanyName', 'RegionRoll Desktop')" in text
    assert prepare.version() == __import__("regionroll_desktop").__version__


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script for Linux")
def test_linux_install_script_installs_for_the_user_and_removes_again(tmp_path: Path) -> None:
    """install.sh from an unpacked bundle: the program on ~/.local/bin, the menu entry, the
    MIME type for *.regionroll.json and the icon, for this user alone; --remove takes them
    away and leaves the user's workshops."""
    unpacked = tmp_path / "unpacked" / "regionroll"
    unpacked.mkdir(parents=True)
    for name in ("install.sh", "regionroll.desktop", "regionroll-mime.xml"):
        shutil.copy2(PACKAGING / "linux" / name, unpacked / name)
    (unpacked / "regionroll").write_text('#!/bin/sh\necho regionroll "$@"\n')
    (unpacked / "regionroll").chmod(0o755)
    (unpacked / "regionroll-256.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    home = tmp_path / "home"
    (home / "Workshops").mkdir(parents=True)
    (home / "Workshops" / "mine.regionroll.json").write_text("{}")
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        ["sh", str(unpacked / "install.sh")], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    target = home / ".local" / "lib" / "regionroll"
    data = home / ".local" / "share"
    launcher = home / ".local" / "bin" / "regionroll"
    assert launcher.is_symlink() and launcher.resolve() == (target / "regionroll").resolve()
    ran = subprocess.run([str(launcher), "x.regionroll.json"], capture_output=True, text=True)
    assert ran.stdout.strip() == "regionroll x.regionroll.json"
    entry = (data / "applications" / "regionroll.desktop").read_text()
    assert f'Exec="{target}/regionroll" %f' in entry
    assert "MimeType=application/x-regionroll-workshop;" in entry
    mime = (data / "mime" / "packages" / "regionroll-mime.xml").read_text()
    assert 'type="application/x-regionroll-workshop"' in mime
    assert 'pattern="*.regionroll.json"' in mime
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "regionroll.png").is_file()

    done = subprocess.run(
        ["sh", str(target / "install.sh"), "--remove"], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    assert not target.exists() and not launcher.exists()
    assert not (data / "applications" / "regionroll.desktop").exists()
    assert (home / "Workshops" / "mine.regionroll.json").is_file()


def test_the_desktop_entry_is_well_formed() -> None:
    import configparser

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "linux" / "regionroll.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Terminal"] == "false"
    assert section["Exec"] == "regionroll %f" and section["Icon"] == "regionroll"
    assert section["MimeType"].rstrip(";").split(";") == ["application/x-regionroll-workshop"]
    from xml.etree import ElementTree

    mime = ElementTree.parse(PACKAGING / "linux" / "regionroll-mime.xml").getroot()
    assert mime.tag.endswith("mime-info")
