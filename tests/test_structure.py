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
    """Export reaches the canvases through their interface and the boards' figures only
    (never a canvas: it builds no widget)."""
    for path in (PACKAGE / "export").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "type: ignore" not in text, path.name
        canvases = [i for i in _imports(path) if "canvases" in i]
        # The interface, and the boards' figures (not the canvases' modules).
        allowed = ("..canvases.step_canvas", "..canvases.figures")
        assert all(i.startswith(allowed) for i in canvases), (path.name, canvases)


def _module_graph() -> dict[str, set[str]]:
    """Every module of the package and the package's modules it imports (at the top, in a
    function or for type checking alike: each is a dependency a reader must follow)."""
    modules: dict[str, Path] = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*up, *([node.module] if node.module else [])])
                targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
            elif isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            for target in targets:
                while target not in modules and "." in target:
                    target = target.rpartition(".")[0]
                if target in modules and target != name and target != package:
                    graph[name].add(target)
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import circles: groups of modules that reach each other (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in graph[module]:
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            circle: list[str] = []
            while True:
                member = stack.pop()
                circle.append(member)
                if member == module:
                    break
            if len(circle) > 1:
                circles.append(sorted(circle))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return circles


def test_no_module_imports_its_way_back_to_itself() -> None:
    """No import circle anywhere in the package (issue #34 found three: the canvases'
    interface built every canvas; the settings, the contrast and the export dialog; the room's
    answers and the workshop)."""
    graph = _module_graph()
    assert "regionroll_desktop.canvases.step_canvas" in graph  # the graph is the package's
    assert graph["regionroll_desktop.canvases.factory"] >= {
        "regionroll_desktop.canvases.step_canvas"
    }
    assert _circles(graph) == []


def test_a_circle_is_found() -> None:
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
