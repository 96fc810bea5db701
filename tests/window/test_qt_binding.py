"""The Qt binding itself: PySide6 6.12.0 lowered the reference count of None at every Qt call that
returns nothing, so on Python 3.11 the program aborted (Fatal Python error: none_dealloc) after a few
thousand calls, in the window or at exit. pyproject.toml keeps that release out; this test keeps it
out for good."""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_qt_calls_returning_nothing_keep_none_alive(qapp):
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(1000):
        painter.save()
        painter.restore()
        label.setText("x")
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 50, f"None lost {before - after} references in 3,000 Qt calls"
