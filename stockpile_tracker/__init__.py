"""Stockpile Tracker: keeps a landmine stockpile honest."""

__version__ = "0.1.0"
