"""Screenshots of the three main views, taken offscreen from the demo stockpile: `make screenshots`."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from stockpile_tracker.db.migrate import open_database  # noqa: E402
from stockpile_tracker.demo import build_demo  # noqa: E402
from stockpile_tracker.qt.main_window import PAGES, MainWindow  # noqa: E402
from stockpile_tracker.qt.settings import Settings  # noqa: E402
from stockpile_tracker.services import Stockpile  # noqa: E402

DOCS = Path(__file__).resolve().parent


def main() -> int:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "demo-stockpile.db"
        engine = open_database(str(database))
        build_demo(Stockpile(engine, "J. Doe"))
        engine.dispose()
        settings = Settings(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings, "J. Doe")
        window.open_database(str(database))
        window.resize(1500, 900)
        window.show()
        view = window.stockpile_view
        lot = next(row for row in view.model.rows if row.retained and row.surplus)
        view.select_lot(lot.id)
        app.processEvents()
        shots = {"stockpile.png": PAGES.index("Stockpile"), "destruction-plan.png": PAGES.index("Destruction plan"),
                 "destruction-log.png": PAGES.index("Destruction log")}
        for name, page in shots.items():
            window.nav_list.setCurrentRow(page)
            app.processEvents()
            window.grab().save(str(DOCS / name))
            print(f"wrote docs/{name}")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
