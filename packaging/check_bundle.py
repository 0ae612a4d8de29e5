"""Check a built bundle and pack it: no test or developer package inside, within its size.

    python packaging/check_bundle.py dist/regionroll --archive dist/regionroll-linux.tar.gz

Fails (exit 1, one line per problem) when a package of the tests or of the developer's tools
is in the bundle (as a folder beside the program or as a module in its archive), when the
folder is larger than its limit, or when the compressed archive is. Prints the sizes.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tarfile
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bundle_rules import FORBIDDEN_PACKAGES

MB = 1_000_000
FOLDER_LIMIT = 150 * MB
ARCHIVE_LIMIT = 60 * MB


def folder_size(folder: Path) -> int:
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def forbidden_in(names: Iterable[str]) -> set[str]:
    """The forbidden packages among module or file names (`hypothesis.core` -> hypothesis)."""
    found: set[str] = set()
    lowered = {package.lower(): package for package in FORBIDDEN_PACKAGES}
    for name in names:
        top = name.replace("\\", "/").split("/")[0].split(".")[0].lower()
        if top in lowered:
            found.add(lowered[top])
    return found


def archived_modules(program: Path) -> list[str]:
    """The module names inside the program's archive, as PyInstaller's viewer lists them."""
    listing = subprocess.run(
        ["pyi-archive_viewer", "--list", "--recursive", "--brief", str(program)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [line.strip() for line in listing.splitlines() if line.startswith(" ")]


def program_in(folder: Path) -> Path:
    for name in ("regionroll", "regionroll.exe", "regionroll-cli.exe"):
        if (folder / name).is_file():
            return folder / name
    macos = folder.parent / "RegionRoll.app" / "Contents" / "MacOS" / "regionroll"
    if macos.is_file():
        return macos
    raise SystemExit(f"no regionroll program in {folder}")


def pack(folder: Path, archive: Path) -> None:
    archive.parent.mkdir(parents=True, exist_ok=True)
    part = archive.with_name(archive.name + ".part")
    with tarfile.open(part, "w:gz", compresslevel=9) as tar:
        tar.add(folder, arcname=folder.name)
    part.replace(archive)


def check(folder: Path, archive: Path | None, modules: list[str]) -> list[str]:
    problems = []
    inside = [path.relative_to(folder).as_posix() for path in folder.rglob("*")]
    internal = [name.split("/", 1)[1] for name in inside if name.startswith("_internal/")]
    for package in sorted(forbidden_in(internal) | forbidden_in(modules)):
        problems.append(f"{package} is in the bundle: it belongs to the tests or the tools")
    size = folder_size(folder)
    print(f"bundle folder: {size / MB:.1f} MB (limit {FOLDER_LIMIT / MB:.0f} MB)")
    if size > FOLDER_LIMIT:
        problems.append(f"the bundle is {size / MB:.1f} MB, over {FOLDER_LIMIT / MB:.0f} MB")
    if archive is not None:
        packed = archive.stat().st_size
        print(f"archive {archive.name}: {packed / MB:.1f} MB (limit {ARCHIVE_LIMIT / MB:.0f} MB)")
        if packed > ARCHIVE_LIMIT:
            problems.append(
                f"the archive is {packed / MB:.1f} MB, over {ARCHIVE_LIMIT / MB:.0f} MB"
            )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the one-folder bundle (dist/regionroll)")
    parser.add_argument("--archive", type=Path, help="write and check this .tar.gz")
    args = parser.parse_args(argv)
    folder: Path = args.folder
    if args.archive is not None:
        pack(folder, args.archive)
    problems = check(folder, args.archive, archived_modules(program_in(folder)))
    for problem in problems:
        print(f"check_bundle: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
