"""The program's log: a rotating file in the user's data folder, where unexpected errors are written
with their traceback so that a user can send it to whoever supports the program."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from .paths import data_dir

LOG_BYTES = 1_000_000
LOG_FILES = 3  # the current file and two older ones


def log_file() -> Path:
    return data_dir() / "logs" / "stockpile-tracker.log"


def start_logging() -> Path:
    """Log to the rotating file (once per process); returns its path. A data folder that cannot be
    written leaves the program without a log, never without its work."""
    path = log_file()
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path for h in root.handlers):
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_FILES - 1, encoding="utf-8")
        except OSError:
            return path
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        # Alembic names its dialect on every open: the line migrate.py writes says what was upgraded.
        logging.getLogger("alembic").setLevel(logging.WARNING)
    return path
