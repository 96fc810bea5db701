"""`python -m stockpile_tracker` and the `stockpile-tracker` program."""

import sys

EXIT_INTERRUPTED = 130  # as cli.EXIT_INTERRUPTED: a shell's status for a command SIGINT ended


def launch() -> int:
    """The command line, loaded here so that a Ctrl+C pressed while the program still starts (its
    modules load for most of a second) ends it with 130 and a word, not a traceback."""
    try:
        from .cli import main
    except KeyboardInterrupt:
        print("stockpile-tracker: cancelled (Ctrl+C) while starting: nothing was done", file=sys.stderr)
        return EXIT_INTERRUPTED
    return main()


if __name__ == "__main__":
    sys.exit(launch())
