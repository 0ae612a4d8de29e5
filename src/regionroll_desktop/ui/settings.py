"""What the app remembers between runs: the language, the recent files, the window's place and
the export's choices."""

from __future__ import annotations

import json
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QStandardPaths

from ..model import Language
from ..room.join import Wifi
from .export_choice import DEFAULT_WIDTH, MAX_WIDTH, MIN_WIDTH, ExportChoice
from .export_choice import FORMATS as EXPORT_FORMATS
from .i18n import DEFAULT

MAX_RECENT = 8


class ContrastChoice(StrEnum):
    """High contrast: as the system wants, or the user's own choice (kept here, with the
    other remembered choices; ui/contrast.py applies it)."""

    SYSTEM = "system"  # follow the system's wish
    HIGH = "high"
    NORMAL = "normal"


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings("RegionRoll", "RegionRoll Desktop")

    @property
    def language(self) -> Language:
        value = self._s.value("language", DEFAULT.value)
        try:
            return Language(str(value))
        except ValueError:
            return DEFAULT

    @language.setter
    def language(self, lang: Language) -> None:
        self._s.setValue("language", lang.value)

    @property
    def contrast(self) -> ContrastChoice:
        """High contrast: as the system wants, or the user's own choice."""
        value = str(self._s.value("contrast", ContrastChoice.SYSTEM.value))
        try:
            return ContrastChoice(value)
        except ValueError:
            return ContrastChoice.SYSTEM

    @contrast.setter
    def contrast(self, choice: ContrastChoice) -> None:
        self._s.setValue("contrast", choice.value)

    def recent_files(self) -> list[Path]:
        value = self._s.value("recent_files", [])
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(p) for p in items if isinstance(p, str) and p]

    def add_recent_file(self, path: Path) -> None:
        path = path.resolve()
        recent = [p for p in self.recent_files() if p != path]
        self._s.setValue("recent_files", [str(p) for p in [path, *recent][:MAX_RECENT]])

    def remove_recent_file(self, path: Path) -> None:
        self._s.setValue(
            "recent_files", [str(p) for p in self.recent_files() if p != path.resolve()]
        )

    @property
    def reference_set(self) -> Path | None:
        """The facilitator's reference-set file last loaded, to load again at start."""
        value = self.value_str("reference_set")
        return Path(value) if value else None

    @reference_set.setter
    def reference_set(self, path: Path | None) -> None:
        self._s.setValue("reference_set", str(path) if path else "")

    def wifi(self, network: str) -> Wifi | None:
        """The Wi-Fi the phones join on `network` (an interface's name), as last given."""
        raw = self._s.value(f"room/wifi/{network}", "")
        try:
            data = json.loads(raw) if isinstance(raw, str) and raw else None
            return Wifi(**data) if isinstance(data, dict) else None
        except (ValueError, TypeError):
            return None  # a damaged entry is as good as none: asked again

    def remember_wifi(self, network: str, wifi: Wifi | None) -> None:
        key = f"room/wifi/{network}"
        if wifi is None:
            self._s.remove(key)
        else:
            self._s.setValue(key, json.dumps(asdict(wifi)))

    def value_str(self, key: str) -> str:
        value = self._s.value(key, "")
        return value if isinstance(value, str) else ""

    @property
    def recovery_dir(self) -> Path:
        """Where autosaved recovery files live (the app's data folder unless set)."""
        value = self.value_str("recovery_dir")
        if value:
            return Path(value)
        base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        return Path(base or Path.home() / ".regionroll") / "recovery"

    @recovery_dir.setter
    def recovery_dir(self, path: Path) -> None:
        self._s.setValue("recovery_dir", str(path))

    @property
    def window_geometry(self) -> QRect | None:
        """The main window's normal geometry when it was last closed."""
        value = self._s.value("window/geometry", [])
        if not isinstance(value, list) or len(value) != 4:
            return None
        try:
            x, y, w, h = (int(v) for v in value)
        except (TypeError, ValueError):
            return None
        return QRect(x, y, w, h) if w > 0 and h > 0 else None

    @window_geometry.setter
    def window_geometry(self, rect: QRect) -> None:
        self._s.setValue("window/geometry", [rect.x(), rect.y(), rect.width(), rect.height()])

    @property
    def window_maximised(self) -> bool:
        return self.value_str("window/maximised") == "true"

    @window_maximised.setter
    def window_maximised(self, on: bool) -> None:
        self._s.setValue("window/maximised", "true" if on else "false")

    def export_choice(self, fallback_folder: Path) -> ExportChoice:
        """What was exported last time, and where (the report, the workshop on one page and
        PNGs at 1920 px at first)."""
        formats = tuple(
            f for f in self.value_str("export/formats").split(",") if f in EXPORT_FORMATS
        ) or ("pdf", "onepage", "png")
        try:
            width = int(self.value_str("export/png_width") or DEFAULT_WIDTH)
        except ValueError:
            width = DEFAULT_WIDTH
        folder = self.value_str("export/folder")
        return ExportChoice(
            formats,
            min(max(width, MIN_WIDTH), MAX_WIDTH),
            Path(folder) if folder and Path(folder).is_dir() else fallback_folder,
        )

    def remember_export(self, choice: ExportChoice) -> None:
        self._s.setValue("export/formats", ",".join(choice.formats))
        self._s.setValue("export/png_width", str(choice.png_width))
        self._s.setValue("export/folder", str(choice.folder))

    def sync(self) -> None:
        self._s.sync()
