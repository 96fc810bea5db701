"""`stockpile-tracker article7`: what the office writes into a year's Article 7 report, on the
command line, through the service the report reads: a text form or a table form's note from a
file, the cover's details, and what is in force for a year. The submission is recorded as the report
is frozen (`report article7 --freeze --submitted-on`)."""

from __future__ import annotations

import argparse
import codecs
import sys
from typing import Any

from .domain.enums import Article7Part
from .domain.errors import StockpileError
from .domain.rules import ascii_int
from .services import Stockpile
from .services.article7 import TEXT_LIMIT, Article7Service

COVER_OPTIONS = {
    "state": Article7Part.STATE,
    "contact": Article7Part.CONTACT,
    "organisation": Article7Part.ORGANISATION,
    "phone": Article7Part.PHONE,
    "email": Article7Part.EMAIL,
}


def add_article7_parser(commands: Any) -> None:
    article7 = commands.add_parser(
        "article7", help="write the Article 7 report's texts: the cover, forms A, C, E, I, J and the tables' notes"
    )
    actions = article7.add_subparsers(dest="article7_command", metavar="ACTION", required=True)
    text = actions.add_parser("set", help="a form's text (A, C, E, I, J) or a table form's note (B, D, F, G, H)")
    text.add_argument("--year", type=ascii_int, required=True, help="the calendar year reported on")
    text.add_argument("--form", required=True, choices=list("ABCDEFGHIJ"), help="the form")
    text.add_argument("--text-file", required=True, metavar="FILE", help="a UTF-8 text file (- for standard input)")
    cover = actions.add_parser(
        "cover", help="the cover's details for a year (the submission is recorded by report article7 --freeze)"
    )
    cover.add_argument("--year", type=ascii_int, required=True, help="the calendar year reported on")
    cover.add_argument("--state", metavar="NAME", help="the State reporting")
    cover.add_argument("--contact", metavar="NAME", help="the point of contact")
    cover.add_argument("--organisation", metavar="TEXT", help="the point of contact's organisation")
    cover.add_argument("--phone", metavar="TEXT", help="the point of contact's telephone")
    cover.add_argument("--email", metavar="TEXT", help="the point of contact's e-mail")
    show = actions.add_parser("show", help="every text in force for a year, and where it comes from")
    show.add_argument("--year", type=ascii_int, required=True, help="the calendar year reported on")


def cmd_article7(sp: Stockpile, args: argparse.Namespace) -> int:
    if args.article7_command == "set":
        written = sp.article7.write(args.year, {args.form: _read(args.text_file)})
    elif args.article7_command == "cover":
        given = {
            part.value: value for option, part in COVER_OPTIONS.items() if (value := getattr(args, option)) is not None
        }
        if not given:
            raise StockpileError("article7 cover: say what to write, e.g. --state NAME or --contact NAME")
        written = sp.article7.write(args.year, given)
    else:
        _show(sp.article7, args.year)
        return 0
    for entry in written:
        print(f"{args.year}: {entry.part.label}: written ({len(entry.text):,} characters)")
    return 0


def _read(name: str) -> str:
    """The text file's contents (standard input for -), read as bytes and no further than the
    longest text a form holds could take, so that a huge input (or /dev/urandom) is refused
    before it fills the memory; a file that cannot be read is named with why."""
    most = 4 * (TEXT_LIMIT + 1) + len(codecs.BOM_UTF8)  # UTF-8 takes at most 4 bytes a character
    try:
        if name == "-":
            data = sys.stdin.buffer.read(most + 1)
        else:
            with open(name, "rb") as file:
                data = file.read(most + 1)
    except OSError as exc:
        raise StockpileError(f"--text-file {name}: {exc.strerror}") from exc
    if len(data) > most:
        raise StockpileError(f"--text-file {name}: longer than {TEXT_LIMIT:,} characters, the most a form holds")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StockpileError(f"--text-file {name}: not UTF-8 text (byte {exc.start:,})") from exc


def _show(article7: Article7Service, year: int) -> None:
    texts = article7.texts(year)
    for part in Article7Part:
        entry = texts.get(part)
        if entry is None:
            print(f"{part.label}: not written")
            continue
        earlier = entry.carried_from(year)
        where = f"carried forward from {earlier}" if earlier else f"written for {year}"
        first_line = entry.text.splitlines()[0]
        more = " ..." if len(entry.text.splitlines()) > 1 else ""
        print(f"{part.label}: {first_line}{more} ({where} by {entry.written_by}, {entry.written_at:%Y-%m-%d %H:%M})")
