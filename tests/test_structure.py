"""Where things live: the window holds no file logic, and export draws through the canvases'
common interface only. Read from the source, so a shortcut back shows at once."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "regionroll_desktop"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            module = "." * node.level + (node.module or "")
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_the_main_window_holds_no_file_logic() -> None:
    imports = _imports(PACKAGE / "app" / "main_window.py")
    for file_logic in ("file_lock", "file_watch", "autosave", "save_workshop", "jsonio"):
        assert not [i for i in imports if file_logic in i], file_logic


def test_export_draws_through_the_canvas_interface_only() -> None:
    for path in (PACKAGE / "export").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "type: ignore" not in text, path.name
        canvases = [i for i in _imports(path) if "canvases" in i]
        assert all(i.startswith("..canvases.step_canvas") for i in canvases), (path.name, canvases)
