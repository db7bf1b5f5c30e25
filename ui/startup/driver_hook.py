"""Opt-in hook for tests that drive the real app process (tests/durability/test_sigkill.py).

Off unless ``STAATSPRINT_TEST_DRIVER`` names ``package.module:function``; then, once the live window
is built and shown, that function is called with it from the event loop (its first turn), inside the
app started as people start it: ``python -m app`` with the app's own argument parsing, database
opening and window. Only tests set it. Off, it costs one environment lookup, as the start-up probe
(ui/startup/startup_probe.py) does.
"""

from __future__ import annotations

import importlib
import os

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

ENV_VAR = "STAATSPRINT_TEST_DRIVER"


def attach(window: QWidget) -> None:
    """Hand the window to the test's driver, if a test asked for one."""
    spec = os.environ.get(ENV_VAR)
    if spec:
        module, _, name = spec.partition(":")
        drive = getattr(importlib.import_module(module), name)
        QTimer.singleShot(0, lambda: drive(window))
