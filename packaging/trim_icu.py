"""Trim the ICU data inside a Linux bundle to what a Swedish and English app uses.

    python packaging/trim_icu.py dist/regionroll

Qt on Linux links to ICU, whose data library (libicudata, 32 MB) holds locale data for every
language in the world, character-set converters and word dictionaries for Chinese, Japanese,
Thai, Lao, Khmer and Burmese. Qt uses ICU for collation, case mapping and legacy text codecs;
the app's text is Swedish and English. This keeps ICU's core data (Unicode properties,
normalisation, the root collation, time zones) and the root, Swedish and English locales, and
drops the other locales and the converters, with ICU's own tools (Debian's icu-devtools:
`icupkg` removes items from the data package, `genccode` turns it back into the data
library's assembly; binutils' `as` and `ld` build the library). The bundle's self-test runs
after this step.

Skipped, with a message, on other systems or when the tools are missing (the size check then
says what it costs).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LANGUAGES = frozenset({"sv", "en"})
ALWAYS = frozenset({"root", "pool", "res_index"})
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")
DEPENDS = re.compile(r"Item (\S+) depends on missing item (\S+)")
TOOLS = ("icupkg", "genccode", "objcopy", "as", "ld")


def unused_feature(item: str) -> bool:
    """Items of ICU features Qt does not use: converters for legacy character sets (UTF-8
    and UTF-16 need none), transliteration, and the word dictionaries of ICU's break
    iterators (Qt finds word and line breaks with its own tables)."""
    folder, _, name = item.rpartition("/")
    return (
        name.endswith(".cnv")
        or folder == "translit"
        or (folder == "brkitr" and name.endswith(".dict"))
    )


def unwanted(item: str) -> bool:
    """Whether an item of the ICU data package (`coll/de.res`, `ibm-1047_P100-1995.cnv`) goes."""
    stem, _, extension = item.rpartition("/")[2].rpartition(".")
    if unused_feature(item):
        return True
    if extension == "res" and LOCALE.match(stem) and stem not in ALWAYS:
        return stem.split("_")[0] not in LANGUAGES
    return False


def _run(*command: str, cwd: Path) -> str:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)}: {(done.stderr or done.stdout).strip()}")
    return done.stdout


def _remove(drop: set[str], data: Path, out: Path, *, ignore_deps: bool) -> list[tuple[str, str]]:
    """Run icupkg to write `data` without `drop` to `out`; returns the (item, missing item)
    pairs it refused for (none when it wrote the package)."""
    shutil.rmtree(out.parent, ignore_errors=True)
    out.parent.mkdir()
    listing = out.parent.with_name("drop.txt")
    listing.write_text("\n".join(sorted(drop)) + "\n", encoding="utf-8")
    command = ["icupkg", "--remove", str(listing), data.name, str(out)]
    if ignore_deps:
        command.insert(1, "--ignore-deps")
    done = subprocess.run(command, cwd=data.parent, capture_output=True, text=True)
    missing = DEPENDS.findall(done.stderr + done.stdout)
    if done.returncode != 0 and not missing:
        raise RuntimeError(f"icupkg: {(done.stderr or done.stdout).strip()}")
    return missing


def trimmed_package(data: Path, work: Path) -> Path:
    """Remove the unwanted items from the .dat package `data`; returns the new package."""
    items = _run("icupkg", "--list", data.name, cwd=data.parent).split()
    drop = {item for item in items if unwanted(item)}
    out = work / "out" / data.name
    for _attempt in range(20):
        missing = _remove(drop, data, out, ignore_deps=False)
        locale_missing = [pair for pair in missing if not unused_feature(pair[1])]
        if not locale_missing:
            # Only the dropped features are still named (the root break rules name the
            # dictionaries); ICU reports such an item as missing only when asked for it.
            if missing:
                _remove(drop, data, out, ignore_deps=True)
            return out
        for dependent, needed in locale_missing:
            # An alias of a dropped locale goes with it; anything else keeps what it needs.
            if dependent.rpartition("/")[2].split(".")[0] in ALWAYS:
                drop.discard(needed)
            else:
                drop.add(dependent)
    raise RuntimeError("icupkg: the dependencies between ICU's items did not settle")


def exported(assembly: str) -> str:
    """genccode's assembly for the C preprocessor, read by `as` alone: the data symbol is
    hidden only `#ifdef U_HIDE_DATA_SYMBOL`, which `as` does not read, so that block goes and
    the symbol stays exported as the other ICU libraries expect."""
    lines = []
    skipping = False
    for line in assembly.splitlines():
        if line.startswith("#ifdef U_HIDE_DATA_SYMBOL"):
            skipping = True
        elif skipping and line.startswith("#endif"):
            skipping = False
        elif not skipping:
            lines.append(line)
    return "\n".join(lines) + "\n"


def trim(library: Path) -> tuple[int, int]:
    """Replace `library` (libicudata.so.NN) with one holding the trimmed data."""
    found = re.match(r"libicudata\.so\.(\d+)", library.name)
    if found is None:
        raise RuntimeError(f"{library.name} is not ICU's data library")
    version = found.group(1)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        data = work / f"icudt{version}l.dat"
        _run("objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(data), cwd=work)
        small = trimmed_package(data, work)
        _run(
            "genccode", "-e", f"icudt{version}", "-a", "gcc", "-d", str(work), str(small), cwd=work
        )
        assembly = work / f"icudt{version}l_dat.S"
        assembly.write_text(exported(assembly.read_text(encoding="ascii")), encoding="ascii")
        _run("as", "-o", str(work / "data.o"), str(assembly), cwd=work)
        built = work / library.name
        _run(
            "ld",
            "-shared",
            "-soname",
            library.name,
            "-o",
            str(built),
            str(work / "data.o"),
            cwd=work,
        )
        before = library.stat().st_size
        part = library.with_name(library.name + ".part")
        shutil.copyfile(built, part)
        part.chmod(library.stat().st_mode)
        part.replace(library)
        return before, library.stat().st_size


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    bundle = Path(args[0]).resolve()
    if not sys.platform.startswith("linux"):
        print("trim_icu: not Linux; Qt uses the system's own text services here")
        return 0
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    libraries = [
        path for path in bundle.rglob("libicudata.so.*") if path.is_file() and not path.is_symlink()
    ]
    if not libraries:
        print("trim_icu: no ICU data library in the bundle")
        return 0
    if missing:
        print(
            f"trim_icu: ICU's data left whole: {', '.join(missing)} missing "
            "(apt-get install icu-devtools binutils)",
            file=sys.stderr,
        )
        return 0
    for library in libraries:
        before, after = trim(library)
        print(f"trim_icu: {library.name} {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
