"""Guard against the PySide6 6.12.0 / CPython 3.11 reference leak (see platform notes).

That release drops a reference to None on every call of a void-returning wrapped method and to
True on every Signal.emit(); after a few thousand events the interpreter aborts. pyproject.toml
excludes it; this probe fails loudly should any allowed combination bring it back.
"""

import sys

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsRectItem, QGraphicsScene

CALLS = 500


class _Emitter(QObject):
    fired = Signal(bool)


class _Snapping(QGraphicsRectItem):
    def itemChange(self, change, value):  # type: ignore[no-untyped-def]  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self.setToolTip("")  # a void wrapped call inside the override
        return super().itemChange(change, value)


def _exercise(app: QApplication) -> None:
    emitter = _Emitter()
    emitter.fired.connect(lambda flag: None)
    scene = QGraphicsScene()
    item = _Snapping(0, 0, 10, 10)
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
    scene.addItem(item)
    for i in range(CALLS):
        app.processEvents()
        QTimer.singleShot(0, lambda: None)
        emitter.fired.emit(True)
        item.setPos(i % 7, 0)
    app.processEvents()


def test_no_reference_is_lost_to_none_or_true(qapp: QApplication) -> None:
    _exercise(qapp)  # warm caches first
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    _exercise(qapp)
    lost_none = none_before - sys.getrefcount(None)
    lost_true = true_before - sys.getrefcount(True)
    # A leak loses about one per call (CALLS = 500); noise is a handful either way.
    assert lost_none < CALLS // 5, f"None lost {lost_none} references in {CALLS} calls"
    assert lost_true < CALLS // 5, f"True lost {lost_true} references in {CALLS} calls"


def test_the_dependency_constraints_exclude_the_leaking_release() -> None:
    """No Python 3.11 install the project allows may pick PySide6-Essentials 6.12."""
    import tomllib
    from pathlib import Path

    from packaging.requirements import Requirement

    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    deps = tomllib.loads(pyproject.read_text("utf-8"))["project"]["dependencies"]
    pyside = [Requirement(d) for d in deps if d.lower().startswith("pyside6")]
    assert pyside
    for python, leaking_allowed in (("3.11", False), ("3.12", True), ("3.13", True)):
        env = {"python_version": python, "python_full_version": f"{python}.0"}
        active = [r for r in pyside if r.marker is None or r.marker.evaluate(env)]
        assert len(active) == 1, python
        spec = active[0].specifier
        assert spec.contains("6.11.3")
        for leaking in ("6.12.0", "6.12.1", "6.12.5"):
            assert spec.contains(leaking) is leaking_allowed, (python, leaking)
