"""Starting the window: display check, application names before the first QSettings, who is
working, which database, and the offer of a demo stockpile for an empty one."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from ..i18n import ENGLISH, QT_TRANSLATE_NOOP, catalogue_file, chosen_language, use_language
from ..paths import APP_ID, APP_NAME, ORG_NAME, default_database_url

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from .main_window import MainWindow

QUIT_WHEN_SHOWN_ENV = "STOCKPILE_QUIT_WHEN_SHOWN"  # benchmarks/start_bench.py: the time to a window shown

# Qt's own texts in its dialogs that the French and Spanish catalogues PySide6 ships (qtbase_fr.qm,
# qtbase_es.qm) leave in English, because Qt 6 gave them an access key and the translation kept the
# text without ("&Look in:"), or word otherwise than this program (Spanish "fichero" beside its
# "archivo"). Translated in the program's catalogues, which start_language puts before Qt's.
QT_OWN_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Invalid filename"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QSidebar", "Remove"),
    QT_TRANSLATE_NOOP("QPrintWidget", "Output &file:"),
    QT_TRANSLATE_NOOP("QPrintDialog", "%1 is a directory.\nPlease choose a different file name."),
    QT_TRANSLATE_NOOP("QPrintDialog", "File %1 is not writable.\nPlease choose a different file name."),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Page &order:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Pages &per sheet:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Pages"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Double Sided Printing"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Off"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Long side binding"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Short side binding"),
    QT_TRANSLATE_NOOP(
        "QPrintSettingsOutput",
        "Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. "
        "E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.",
    ),
)


def display_available() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(database: str | None, user: str | None, language: str | None = None) -> int:
    if not display_available():
        print(
            "stockpile-tracker: no display to open the window on; the commands work without one "
            "(stockpile-tracker --help)",
            file=sys.stderr,
        )
        return 2
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from . import icons
    from .errors import install_error_handler
    from .main_window import MainWindow
    from .operations import freeze_startup_objects
    from .settings import Settings
    from .user_name_dialog import UserNameDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    freeze_startup_objects()
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    QApplication.setDesktopFileName(APP_ID)  # the desktop entry (packaging/linux) names the window
    QApplication.setWindowIcon(icons.application())
    settings = Settings()
    start_language(app, language or settings.language)
    name = user or settings.user_name
    if not name:
        dialog = UserNameDialog()
        if not dialog.exec():
            return 0
        name = settings.user_name = dialog.name
    window = MainWindow(settings, name)
    install_error_handler(window)
    window.restore_state()
    if not open_first_database(window, database):
        return 2
    window.show()
    window.offer_demo_if_empty()
    if os.environ.get(QUIT_WHEN_SHOWN_ENV):
        QTimer.singleShot(0, lambda: say_shown_and_close(window))
    return app.exec()


def start_language(app: QCoreApplication, choice: str) -> None:
    """The language of every text shown from now on (ours, Qt's own buttons, menus and dialogs), and
    the numbers and dates of Qt's widgets in its locale: `choice`, or the system's
    (i18n.chosen_language). Qt's texts come from its catalogue, but those in QT_OWN_TEXTS from ours,
    installed after it and so read first."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    system = QLocale.system()
    language = chosen_language(choice, system.name())
    use_language(language)
    if QLocale(language).language() != system.language():  # in the system's language, its region's formats
        QLocale.setDefault(QLocale(language))
    qt_texts = QTranslator(app)
    if qt_texts.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_texts)
    ours = QTranslator(app)
    if language != ENGLISH and ours.load(str(catalogue_file(language))):
        app.installTranslator(ours)


def open_first_database(window: MainWindow, database: str | None) -> bool:
    """The database named on the command line, else the last one used, else the default. One named
    that cannot be opened ends the start (the message said why): the user asked for that one, not
    another. The last one used may be gone: then the default."""
    if window.open_database(database or window.settings.last_database or default_database_url()):
        return True
    return database is None and window.open_database(default_database_url())


def say_shown_and_close(window: MainWindow) -> None:
    """Once the window is shown and the page in view shows its figures (pages fill from the
    background): the time a user waits to read the stockpile."""
    from PySide6.QtCore import QTimer

    if getattr(window.pages.currentWidget(), "loading", False):
        QTimer.singleShot(1, lambda: say_shown_and_close(window))
        return
    print("shown", flush=True)
    window.close()
