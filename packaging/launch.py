"""The bundle's entry point: the same `launch` as the installed `stockpile-tracker` command."""

import sys

from stockpile_tracker.__main__ import launch

sys.exit(launch())
