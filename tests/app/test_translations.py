"""Every visible string has a Swedish translation, and the shipped .qm matches the .ts."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "regionroll_sv.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = shutil.which(name) or str(BIN / name)
    if not Path(found).exists():
        pytest.skip(f"{name} is not installed")
    return found


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    result = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            result[(name, msg.findtext("source") or "")] = msg.find("translation")
    return result


def test_every_string_in_the_code_is_translated(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "src" / "regionroll_desktop").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    shipped = _messages(TS)
    missing = [key for key in _messages(fresh) if key not in shipped]
    assert not missing, f"run pyside6-lupdate and translate: {missing}"
    unfinished = [
        key
        for key, tr in shipped.items()
        if tr is None or not (tr.text or "").strip() or tr.get("type") == "unfinished"
    ]
    assert not unfinished, unfinished
    # A string lupdate finds outside any class (a local `tr`) has no context, and at run time
    # the app looks it up under one: it would stay in English.
    contextless = [source for name, source in _messages(fresh) if not name]
    assert not contextless, f"translate with QCoreApplication.translate(context, …): {contextless}"


def test_the_compiled_translation_is_up_to_date(tmp_path: Path) -> None:
    compiled = tmp_path / "check.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on the .ts"


def test_placeholders_survive_translation() -> None:
    import re

    for (context, source), tr in _messages(TS).items():
        wanted = sorted(re.findall(r"\{\w+\}", source))
        assert sorted(re.findall(r"\{\w+\}", tr.text or "")) == wanted, (context, source)


def test_numbers_follow_the_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from regionroll_desktop.model import Language
    from regionroll_desktop.ui.i18n import set_language

    set_language(Language.EN)
    assert QLocale().toString(0.25, "f", 2) == "0.25"
    set_language(Language.SV)
    assert QLocale().toString(0.25, "f", 2) == "0,25"
