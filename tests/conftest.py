"""Test setup: Qt renders offscreen, and the app's settings never touch the user's."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

# The app's data (recovery files) and settings go to a throw-away folder, never the user's.
import tempfile

_home = tempfile.mkdtemp(prefix="regionroll-tests-")
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
