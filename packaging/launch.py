"""The bundle's entry point: the same `main` as the installed `stockpile-tracker` command."""

import sys

from stockpile_tracker.cli import main

sys.exit(main())
