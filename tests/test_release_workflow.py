"""The release workflow (.github/workflows/release.yml) is valid for GitHub Actions, calls only
scripts that exist, covers Windows, macOS and Linux, and installs the same Debian packages as
.ci/run and the README's one line."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def _workflow() -> dict[str, Any]:
    data = YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _steps() -> list[dict[str, Any]]:
    return list(_workflow()["jobs"]["build"]["steps"])


def test_the_workflow_passes_githubs_schema() -> None:
    schema = ["--builtin-schema", "vendor.github-workflows"]
    done = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", *schema, str(WORKFLOW)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_system_is_built() -> None:
    legs = _workflow()["jobs"]["build"]["strategy"]["matrix"]["include"]
    systems = {leg["os"].split("-")[0] for leg in legs}
    assert systems == {"ubuntu", "windows", "macos"}


def test_every_script_it_calls_exists() -> None:
    commands = " ".join(str(step.get("run", "")) for step in _steps())
    scripts = set(re.findall(r"(?:\./)?(packaging/[\w./-]+)", commands))
    assert scripts == {"packaging/build.sh", "packaging/build.ps1"}
    for script in scripts:
        assert (ROOT / script).is_file(), script
    text = (ROOT / "packaging" / "build.sh").read_text(encoding="utf-8")
    text += (ROOT / "packaging" / "build.ps1").read_text(encoding="utf-8")
    for called in set(re.findall(r"packaging[/\\][\w./\\-]+\.(?:py|iss|sh|desktop|xml)", text)):
        assert (ROOT / called.replace("\\", "/")).is_file(), called
    assert (ROOT / "packaging" / "build.sh").stat().st_mode & 0o111


def test_what_it_uploads_is_what_the_scripts_make() -> None:
    upload = next(s for s in _steps() if str(s.get("uses", "")).startswith("actions/upload"))
    patterns = upload["with"]["path"].split()
    assert patterns == ["dist/*.tar.gz", "dist/*.dmg", "dist/*-setup.exe"]
    build = (ROOT / "packaging" / "build.sh").read_text(encoding="utf-8")
    assert ".tar.gz" in build and ".dmg" in build
    iss = (ROOT / "packaging" / "windows" / "regionroll.iss").read_text(encoding="utf-8")
    assert "OutputBaseFilename=RegionRoll-{#AppVersion}-windows-x64-setup" in iss
    assert "OutputDir=..\\..\\dist" in iss
    assert "PrivilegesRequired=lowest" in iss  # no administrator rights


def _apt_packages(text: str) -> set[str]:
    found = re.search(r"apt-get install[^\n]*?((?:[^\n]*\\\n)*[^\n]*)", text)
    assert found is not None
    words = found.group(0).replace("\\\n", " ").split()
    return {w for w in words if re.fullmatch(r"[a-z0-9][a-z0-9.+-]+", w)} - {
        "apt-get",
        "install",
        "sudo",
    }


def test_the_debian_packages_are_listed_once_the_same_everywhere() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    block = re.search(r"packages=\(\n(.*?)\n\)", ci, re.S)
    assert block is not None
    ci_packages = {w for line in block.group(1).splitlines() for w in line.split("#")[0].split()}
    workflow_packages = _apt_packages(WORKFLOW.read_text(encoding="utf-8"))
    readme_packages = _apt_packages((ROOT / "README.md").read_text(encoding="utf-8"))
    assert workflow_packages == ci_packages
    assert readme_packages == ci_packages


def test_the_icon_renders_at_every_size(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import prepare
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    from PySide6.QtGui import QImage

    pngs = prepare.render_pngs(tmp_path)
    assert sorted(pngs) == sorted(prepare.SIZES)
    for size, path in pngs.items():
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not empty
        assert image.pixelColor(0, 0).alpha() == 0  # rounded corners stay clear
    pytest.importorskip("PIL")
    prepare.write_containers(pngs, tmp_path)
    assert (tmp_path / "regionroll.ico").stat().st_size > 1000
    assert (tmp_path / "regionroll.icns").stat().st_size > 1000
