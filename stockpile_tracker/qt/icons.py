"""Icons by meaning, not by file name: the platform style's, and a few of our own in resources/icons.
Each name is a function, because a style exists only once the application does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ..paths import shipped_dir

SP = QStyle.StandardPixmap


def _standard(pixmap: QStyle.StandardPixmap) -> Callable[[], QIcon]:
    return lambda: QApplication.style().standardIcon(pixmap)


receive = _standard(SP.SP_ArrowDown)
retention = _standard(SP.SP_DialogSaveButton)
split = _standard(SP.SP_FileDialogNewFolder)
schedule = _standard(SP.SP_FileDialogDetailedView)
destroy = _standard(SP.SP_TrashIcon)
stock_check = _standard(SP.SP_DialogApplyButton)
reverse = _standard(SP.SP_ArrowBack)
verify = _standard(SP.SP_DialogYesButton)
close_task = _standard(SP.SP_DialogCloseButton)
refresh = _standard(SP.SP_BrowserReload)
surplus = _standard(SP.SP_MessageBoxWarning)
suspend = _standard(SP.SP_MediaPause)
lift = _standard(SP.SP_MediaPlay)
overdue = _standard(SP.SP_MessageBoxCritical)


def application() -> QIcon:
    """The program's own: windows, the task bar, the About box."""
    return QIcon(str(shipped_dir("resources") / "icons" / "stockpile-tracker.svg"))


def retained() -> QIcon:
    """A padlock: retained mines are locked against scheduling, transfer and destruction."""
    return QIcon(str(shipped_dir("resources") / "icons" / "retained.svg"))
