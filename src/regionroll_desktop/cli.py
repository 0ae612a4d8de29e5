"""The command line: `regionroll [FILE]`, `validate`, `schema`, `regions`, `reference build`,
`export`, `self-test`, `--version`.

Usage errors exit 2 (argparse's convention); `validate` exits 1 when any file is refused.
The app itself (and Qt) is imported only when a window is wanted.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from . import __version__

if TYPE_CHECKING:
    from .reference import ReferenceSet

# What `export --format` takes (export.run.FORMATS, named here so a usage error loads no Qt).
EXPORT_FORMATS = ("png", "svg", "pdf", "onepage", "csv", "answers")

COMMANDS = ("validate", "schema", "regions", "reference", "export", "self-test")


def _open_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="regionroll",
        description="RegionRoll Desktop: a workshop on the region's role in regional "
        "development. Commands: " + ", ".join(COMMANDS) + " (see 'regionroll COMMAND -h').",
    )
    parser.add_argument("--version", action="version", version=f"regionroll {__version__}")
    parser.add_argument("file", nargs="?", type=Path, help="a workshop file to open")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="regionroll")
    sub = parser.add_subparsers(dest="command", required=True)
    validate = sub.add_parser("validate", help="check workshop files; one line per file")
    validate.add_argument("files", nargs="+", type=Path)
    sub.add_parser("schema", help="print the JSON Schema of the workshop file format")
    regions = sub.add_parser("regions", help="list the reference regions and their sources")
    regions.add_argument("--json", action="store_true", help="print the reference set as JSON")
    reference = sub.add_parser("reference", help="reference sets built from workshop files")
    reference_sub = reference.add_subparsers(dest="reference_command", required=True)
    build = reference_sub.add_parser(
        "build",
        help="a reference set from workshop files: each region's latest workshop gives its "
        "facts, the earlier ones its history; no participant or note is copied",
    )
    build.add_argument("paths", nargs="+", type=Path, help="workshop files or folders")
    build.add_argument(
        "--out", type=Path, required=True, help="the set to write (NAME.regionroll-ref.json)"
    )
    build.add_argument("--name", help="the set's name (default: from the file name)")
    report = reference_sub.add_parser(
        "report",
        help="the national report (PDF) of the workshops a set was built from: the regions "
        "per question beside the deck's 2019 facts, the series, the regions without one",
    )
    report.add_argument("set", type=Path, help="a reference set (NAME.regionroll-ref.json)")
    report.add_argument("--out", type=Path, required=True, help="the folder to write into")
    report.add_argument(
        "--anonymise",
        action="store_true",
        help="name the regions Region A, B, C … in a shuffled order; nothing names a region",
    )
    report.add_argument(
        "--language", choices=("sv", "en"), default="sv", help="the report's language (sv)"
    )
    test = sub.add_parser(
        "self-test", help="check this installation: window, translations, save, export"
    )
    test.add_argument("--out", type=Path, help="where to write its files (default: a temp folder)")
    export = sub.add_parser(
        "export",
        help="write each canvas as PNG/SVG, the PDF report, the workshop on one page (PDF and "
        "PNG) and the actions as CSV",
    )
    export.add_argument(
        "file",
        type=Path,
        nargs="+",
        help="the workshop file; with --journey, several of one region's workshops (or a "
        "folder of them) for the region's journey across them",
    )
    export.add_argument("--out", type=Path, required=True, help="the folder to write into")
    export.add_argument(
        "--format",
        default="png,svg,pdf",
        help="comma-separated: png, svg, pdf, onepage, csv, answers (default: png,svg,pdf)",
    )
    export.add_argument("--width", type=int, default=1920, help="PNG width in pixels")
    export.add_argument(
        "--reference",
        type=Path,
        help="a reference set laid over the shipped one (e.g. from 'reference build')",
    )
    export.add_argument(
        "--snapshot",
        metavar="NAME",
        help="export this snapshot as it was when taken (by name or id), not the current state",
    )
    export.add_argument(
        "--journey",
        action="store_true",
        help="write the journey instead: one PDF with every snapshot in time order and now "
        "(or, given several files or a folder, each workshop in the order held), each step "
        "side by side, and what changed between them",
    )
    return parser


def build_reference(paths: Sequence[Path], out: Path, name: str | None) -> int:
    """Write a reference set built from workshop files; a line per skipped file on stderr and
    a one-line summary; exit 1 (and nothing written) when no file could be used."""
    from .storage import SaveError
    from .storage.jsonio import shown_path
    from .storage.reference_build import build_reference_set
    from .storage.reference_file import SUFFIX as REFERENCE_SUFFIX
    from .storage.reference_file import save_reference_set

    if not out.name.endswith(REFERENCE_SUFFIX):
        out = out.with_name(out.name + REFERENCE_SUFFIX)
    result = build_reference_set(paths, name or out.name.removesuffix(REFERENCE_SUFFIX))
    for skipped in result.skipped:
        print(f"skipped {shown_path(skipped.path)}: {skipped.reason}", file=sys.stderr)
    if not result.used:
        print("No workshop file could be used; nothing was written.", file=sys.stderr)
        return 1
    try:
        save_reference_set(result.reference_set, out)
    except SaveError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    regions = len(result.reference_set.regions)
    print(
        f"Wrote {out}: {regions} regions from {result.used} workshop files"
        f" ({len(result.skipped)} skipped)."
    )
    return 0


def validate(files: Sequence[Path]) -> int:
    from .storage import WorkshopFileError, load_workshop
    from .storage.jsonio import shown_path

    failed = 0
    for path in files:
        try:
            load_workshop(path)
        except WorkshopFileError as exc:
            failed += 1
            print(f"{shown_path(path)}: invalid: {exc}")
        else:
            print(f"{shown_path(path)}: ok")
    return 1 if failed else 0


def schema() -> int:
    from .storage import workshop_schema

    print(json.dumps(workshop_schema(), ensure_ascii=False, indent=2))
    return 0


def regions(as_json: bool) -> int:
    from .storage import shipped_reference_set

    ref = shipped_reference_set()
    if as_json:
        print(json.dumps(ref.model_dump(mode="json"), ensure_ascii=False, indent=2))
        return 0
    print(f"{ref.name}: {len(ref.regions)} regions")
    header = f"{'code':<5}{'region':<22}{'population 2019':>16}  {'adm.':<5}{'pol.':<5}matrix"
    print(header)
    for r in ref.regions:
        pop = f"{r.population_2019.value:,}".replace(",", " ") if r.population_2019.known else "?"
        adm = r.administrative_model.value or "?"
        pol = r.political_model.value or "?"
        pos = r.matrix_position.value
        matrix = f"({pos.capital_per_capita:+.2f}, {pos.proactivity:+.2f})" if pos else "not known"
        print(f"{r.code:<5}{r.name:<22}{pop:>16}  {adm:<5}{pol:<5}{matrix}")
    print("\nSources:")
    for s in ref.sources:
        year = f" ({s.year})" if s.year is not None else ""  # a page of no stated year
        print(f"  [{s.id}] {s.publisher}: {s.title}{year}. {s.detail}")
    print("'?' and 'not known': no source gives this fact; the app never guesses it.")
    return 0


def export(
    file: Path,
    out: Path,
    formats: str,
    width: int,
    reference: Path | None = None,
    snapshot: str | None = None,
) -> int:
    """Headless export; the report speaks the workshop's report language."""

    from .storage import (
        WorkshopFileError,
        load_workshop,
        shipped_reference_set,
    )
    from .storage.jsonio import settle_heap

    wanted = tuple(f.strip().lower() for f in formats.split(",") if f.strip())
    unknown = [f for f in wanted if f not in EXPORT_FORMATS]
    if not wanted or unknown:
        print(
            f"regionroll export: unknown format {', '.join(unknown) or formats!r}; "
            "use png, svg, pdf, onepage, csv and/or answers",
            file=sys.stderr,
        )
        return 2
    if not 100 <= width <= 10_000:
        print("regionroll export: --width must be between 100 and 10000 pixels", file=sys.stderr)
        return 2
    try:
        workshop = load_workshop(file)
    except WorkshopFileError as exc:
        print(f"{file}: {exc}", file=sys.stderr)
        return 1
    comparison = None
    chosen = None
    if snapshot is not None:
        from .export.as_taken import SnapshotNotFoundError, as_taken, find_snapshot

        try:
            chosen = find_snapshot(workshop, snapshot)
        except SnapshotNotFoundError as exc:
            print(f"{file}: {exc}", file=sys.stderr)
            return 1
        workshop, comparison = as_taken(workshop, chosen)
    # The heap settled as the app's window settles it when a file opens: else the full
    # collection that falls due walks the loaded workshop's objects during the export (at the
    # limits, half a second to a second and a half of it).
    settle_heap()
    overlay = _overlay(reference)
    if overlay is False:
        return 1
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".regionroll-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        print(f"The folder {out} cannot be written to ({exc.strerror or exc}).", file=sys.stderr)
        return 1
    _app = _qt_application()  # kept alive while exporting
    if _app is None:
        return 1
    from .export.run import export_all
    from .ui.i18n import set_language
    from .ui.reference_library import ReferenceLibrary

    set_language(workshop.details.language)
    library = ReferenceLibrary(shipped_reference_set())
    if overlay is not None:
        library.use(overlay)
    try:
        written = export_all(
            workshop, library, out, wanted, width, comparison=comparison, snapshot=chosen
        )
    except OSError as exc:
        print(f"Could not write into {out}: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


def _overlay(reference: Path | None) -> ReferenceSet | Literal[False] | None:
    """The reference set laid over the shipped one (None: none given), or False when it
    cannot be read or does not fit the shipped one (said on stderr)."""
    if reference is None:
        return None
    from .reference import ReferenceSetError
    from .storage import WorkshopFileError, load_reference_set, shipped_reference_set

    try:
        overlay = load_reference_set(reference)
        shipped_reference_set().merged_with(overlay)
    except (WorkshopFileError, ReferenceSetError) as exc:
        print(f"{reference}: {exc}", file=sys.stderr)
        return False
    return overlay


def _folder_and_qt(out: Path) -> object | None:
    """The folder `out` made, and the Qt application a headless export draws in; None,
    said on stderr, when either cannot be."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"The folder {out} cannot be written to ({exc.strerror or exc}).", file=sys.stderr)
        return None
    return _qt_application()


def _qt_application() -> object | None:
    """The Qt application a headless export draws in (offscreen unless a platform is set);
    None, said on stderr, when the host made one that cannot draw the figures."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):
        # The figures are drawn from graphics scenes, which need a widgets application; one
        # made as a bare QGuiApplication (by a host program) would crash inside Qt.
        print("The export needs a Qt widgets application (QApplication).", file=sys.stderr)
        return None
    _quiet_platform_notes()
    return app


def national_report(set_path: Path, out: Path, anonymise: bool, lang: str) -> int:
    """The national report of the workshops a reference set was built from, as a PDF in
    `out` (nationell-rapport.pdf, or nationell-rapport-anonymiserad.pdf)."""
    from .reference import ReferenceSetError
    from .storage import WorkshopFileError, load_reference_set, shipped_reference_set

    try:
        series = load_reference_set(set_path)
    except WorkshopFileError as exc:
        print(f"{set_path}: {exc}", file=sys.stderr)
        return 1
    from .analysis.national import national_picture

    if not national_picture(series, shipped_reference_set()).entries:
        print(
            f"{set_path}: no region's workshop is in the set; build one from the regions' "
            "workshop files with 'regionroll reference build' (nothing was written)",
            file=sys.stderr,
        )
        return 1
    _app = _folder_and_qt(out)  # kept alive while exporting
    if _app is None:
        return 1
    from .analysis.national import shuffled
    from .export.national_report import report_name, write_national_report
    from .model import Language
    from .ui.i18n import set_language

    set_language(Language(lang))
    target = out / report_name(anonymise)
    try:
        write_national_report(
            series, shipped_reference_set(), target, shuffled() if anonymise else None
        )
    except ReferenceSetError as exc:
        print(f"{set_path}: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"Could not write into {out}: {exc}", file=sys.stderr)
        return 1
    print(target)
    return 0


def export_journey(files: Sequence[Path], out: Path, reference: Path | None = None) -> int:
    """The journey as a PDF: of one workshop's snapshots and its state now, or of a region's
    workshops (several files, or a folder of them) in the order they were held, each named by
    its day and its file. Nothing is written when a file cannot be read or the files hold
    more than one region."""

    from .storage import WorkshopFileError, load_workshop, shipped_reference_set
    from .storage.workshop_file import SUFFIX

    paths: list[Path] = []
    for given in files:
        if given.is_dir():
            paths += sorted(p for p in given.iterdir() if p.name.endswith(SUFFIX))
        else:
            paths.append(given)
    if not paths:
        print(f"regionroll export: no workshop file ({SUFFIX}) in {files[0]}", file=sys.stderr)
        return 1
    loaded = []
    for path in paths:
        try:
            loaded.append((path, load_workshop(path)))
        except WorkshopFileError as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            return 1
    library_overlay = _overlay(reference)
    if library_overlay is False:
        return 1
    _app = _folder_and_qt(out)  # kept alive while exporting
    if _app is None:
        return 1
    from .export.journey import MixedRegionsError, workshop_stops, write_journey
    from .export.run import file_stem
    from .ui.i18n import set_language
    from .ui.reference_library import ReferenceLibrary

    set_language(loaded[-1][1].details.language)  # the days in the report's words
    try:
        stops = workshop_stops(loaded) if len(loaded) > 1 else None
    except MixedRegionsError as exc:
        print(
            f"regionroll export: a journey is one region's; these files hold several: {exc}",
            file=sys.stderr,
        )
        return 2
    latest = stops[-1].workshop if stops else loaded[0][1]
    library = ReferenceLibrary(shipped_reference_set())
    if library_overlay is not None:
        library.use(library_overlay)
    name = latest.region.name if stops and latest.region else latest.details.title
    target = out / f"{file_stem(name)}-resan.pdf"
    try:
        write_journey(latest, library, target, stops=stops)
    except OSError as exc:
        print(f"Could not write into {out}: {exc}", file=sys.stderr)
        return 1
    print(target)
    return 0


def _quiet_platform_notes() -> None:
    """The off-screen platform notes on every window that it cannot size one to its contents
    ("propagateSizeHints"), which means nothing for an export: that note only is dropped."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def _print_any_name() -> None:
    """A path whose name is not UTF-8 (a lone surrogate to Python) prints as \\udcNN rather
    than ending the command in a traceback, wherever it is printed."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    _print_any_name()
    if args and args[0] in COMMANDS:
        ns = _command_parser().parse_args(args)
        if ns.command == "validate":
            return validate(ns.files)
        if ns.command == "schema":
            return schema()
        if ns.command == "reference" and ns.reference_command == "report":
            return national_report(ns.set, ns.out, ns.anonymise, ns.language)
        if ns.command == "reference":
            return build_reference(ns.paths, ns.out, ns.name)
        if ns.command == "export":
            if ns.journey and ns.snapshot is not None:
                print(
                    "regionroll export: --journey takes every snapshot; leave out --snapshot",
                    file=sys.stderr,
                )
                return 2
            if ns.journey:
                return export_journey(ns.file, ns.out, ns.reference)
            if len(ns.file) != 1 or ns.file[0].is_dir():
                print(
                    "regionroll export: one workshop file (several, or a folder, only with "
                    "--journey)",
                    file=sys.stderr,
                )
                return 2
            return export(ns.file[0], ns.out, ns.format, ns.width, ns.reference, ns.snapshot)
        if ns.command == "self-test":
            from .app.self_test import self_test

            return self_test(ns.out)
        return regions(ns.json)
    parser = _open_parser()
    ns = parser.parse_args(args)
    file = ns.file
    if file is not None and not file.exists() and not file.suffix and len(file.parts) == 1:
        parser.error(  # a mistyped command is not a file to open (exit 2)
            f"'{file}' is neither a command ({', '.join(COMMANDS)}) nor an existing file"
        )
    from .app.launch import run

    return run(ns.file)


def entry() -> None:
    """Console-script entry: a closed pipe (`regionroll regions | head`) is not an error."""
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        sys.stderr.close()
        code = 0
    sys.exit(code)


if __name__ == "__main__":
    entry()
