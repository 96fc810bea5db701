"""Where things live: the user's data folder, the default database, and the shipped folders."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "StockpileTracker"
ORG_NAME = "StockpileTracker"
APP_ID = "org.stockpiletracker.StockpileTracker"  # the desktop entry's and AppStream's name
DATABASE_ENV = "STOCKPILE_DATABASE_URL"
USER_ENV = "STOCKPILE_USER"
DATA_DIR_ENV = "STOCKPILE_DATA_DIR"
_PACKAGE = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The user's data folder (the default database, the demo, the log), or $STOCKPILE_DATA_DIR."""
    return Path(os.environ.get(DATA_DIR_ENV) or platformdirs.user_data_dir(APP_NAME, ORG_NAME))


def default_database_url() -> str:
    """The environment override if set, else a SQLite file in the user's data folder (created,
    owner-only, on first use)."""
    url = os.environ.get(DATABASE_ENV)
    if url:
        return url
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return f"sqlite:///{folder / 'stockpile.db'}"


def demo_database() -> Path:
    """The window's demo stockpile: a file of its own, so that trying the program never writes into
    the user's record (which is append-only: a demo there would stay forever)."""
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder / "demo.sqlite"


def shipped_dir(name: str) -> Path:
    """`migrations` or `resources`: inside the installed package, or beside it in a checkout."""
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the program's {name} folder is missing from {_PACKAGE}")
