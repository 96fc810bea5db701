"""Icons by meaning, not by file name: the platform style's, and a few of our own in resources/icons."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ..paths import shipped_dir

SP = QStyle.StandardPixmap


def _standard(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)


def receive() -> QIcon:
    return _standard(SP.SP_ArrowDown)


def retention() -> QIcon:
    return _standard(SP.SP_DialogSaveButton)


def split() -> QIcon:
    return _standard(SP.SP_FileDialogNewFolder)


def schedule() -> QIcon:
    return _standard(SP.SP_FileDialogDetailedView)


def destroy() -> QIcon:
    return _standard(SP.SP_TrashIcon)


def stock_check() -> QIcon:
    return _standard(SP.SP_DialogApplyButton)


def reverse() -> QIcon:
    return _standard(SP.SP_ArrowBack)


def verify() -> QIcon:
    return _standard(SP.SP_DialogYesButton)


def close_task() -> QIcon:
    return _standard(SP.SP_DialogCloseButton)


def refresh() -> QIcon:
    return _standard(SP.SP_BrowserReload)


def retained() -> QIcon:
    """A padlock: retained mines are locked against scheduling, transfer and destruction."""
    return QIcon(str(shipped_dir("resources") / "icons" / "retained.svg"))


def surplus() -> QIcon:
    return _standard(SP.SP_MessageBoxWarning)


def overdue() -> QIcon:
    return _standard(SP.SP_MessageBoxCritical)


def ok() -> QIcon:
    return _standard(SP.SP_DialogApplyButton)
