"""The window opens within the screen it is on (a 1366×768 laptop, a 1280×720 projector),
remembers its size, place and maximised state, and comes back on a screen that exists."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QSize

from regionroll_desktop.ui.settings import AppSettings
from regionroll_desktop.ui.window_place import MINIMUM, PREFERRED, fitted

PROBE = Path(__file__).with_name("window_probe.py")
LAPTOP = QRect(0, 0, 1366, 740)  # 1366×768 less a task bar
PROJECTOR = QRect(1366, 0, 1280, 720)


def inside(rect: QRect, area: QRect) -> bool:
    return area.contains(rect.topLeft()) and area.contains(rect.bottomRight())


def test_first_time_the_window_is_centred_and_fits_the_screen() -> None:
    first = fitted(None, [PROJECTOR, LAPTOP])
    assert inside(first, PROJECTOR)
    assert first.size() == QSize(PREFERRED.width(), 720)  # as tall as the projector allows
    big = fitted(None, [QRect(0, 0, 1920, 1080)])
    assert big.size() == PREFERRED and big.center().x() in range(955, 966)


def test_a_remembered_place_is_kept_where_it_fits() -> None:
    remembered = QRect(40, 30, 1000, 600)
    assert fitted(remembered, [LAPTOP]) == remembered


def test_a_window_too_large_for_the_screen_shrinks_onto_it() -> None:
    remembered = QRect(200, 100, 1900, 1000)  # from a larger monitor, now on the laptop
    placed = fitted(remembered, [LAPTOP])
    assert inside(placed, LAPTOP) and placed.size() == QSize(1366, 740)


def test_a_window_on_a_screen_that_is_gone_comes_back() -> None:
    remembered = QRect(1500, 100, 1100, 600)  # on the projector, now unplugged
    placed = fitted(remembered, [LAPTOP])
    assert inside(placed, LAPTOP) and placed.size() == QSize(1100, 600)
    # With both screens there it stays on the projector.
    assert fitted(remembered, [LAPTOP, PROJECTOR]) == remembered


def test_never_smaller_than_usable_unless_the_screen_is() -> None:
    assert fitted(QRect(10, 10, 200, 100), [LAPTOP]).size() == MINIMUM
    tiny = QRect(0, 0, 640, 480)
    assert fitted(QRect(10, 10, 200, 100), [tiny]).size() == QSize(640, 480)


def test_the_settings_keep_geometry_and_maximised_state(tmp_path: Path) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.window_geometry is None and not settings.window_maximised
    settings.window_geometry = QRect(5, 6, 900, 700)
    settings.window_maximised = True
    settings.sync()
    again = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert again.window_geometry == QRect(5, 6, 900, 700) and again.window_maximised


def _run(tmp_path: Path, width: int, height: int, *extra: str) -> dict[str, object]:
    config = tmp_path / f"screen-{width}x{height}.json"
    screen = {"name": "only", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, str(PROBE), str(tmp_path), *extra],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    seen: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return seen


def test_the_real_window_on_a_small_laptop_and_a_projector(tmp_path: Path) -> None:
    for width, height in ((1366, 768), (1280, 720)):
        folder = tmp_path / f"{width}"
        folder.mkdir()
        seen = _run(folder, width, height)
        geometry, available = QRect(*seen["geometry"]), QRect(*seen["available"])  # type: ignore[misc]
        assert inside(geometry, available), seen


def test_the_window_comes_back_as_it_was_closed(tmp_path: Path) -> None:
    first = _run(tmp_path, 1920, 1080)
    again = _run(tmp_path, 1920, 1080)
    assert again["geometry"] == first["geometry"]
    _run(tmp_path, 1920, 1080, "maximise")
    assert _run(tmp_path, 1920, 1080)["maximised"] is True
    # The same settings on a smaller screen: the window fits it.
    small = _run(tmp_path, 1280, 720)
    assert inside(QRect(*small["geometry"]), QRect(*small["available"]))  # type: ignore[misc]
