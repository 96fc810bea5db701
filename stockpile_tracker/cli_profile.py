"""`stockpile-tracker profile`: the policy profiles on the command line, through the services the
window's Policy profile dialog uses: list them, choose the active one, edit its dates with a
reason, and state a Korea requirement per type (DOMAIN.md section 4, korea-reserve)."""

from __future__ import annotations

import argparse
from typing import Any

from .domain.errors import StockpileError
from .domain.rules import ascii_int
from .reports.registry import iso_date
from .services import Stockpile
from .services.dto.catalogue import PolicyProfileInfo


def add_profile_parser(commands: Any) -> None:
    """The `profile` command and its actions, under the program's subcommands."""
    profile = commands.add_parser("profile", help="list the policy profiles, choose the active one, edit one")
    actions = profile.add_subparsers(dest="profile_command", metavar="ACTION", required=True)
    actions.add_parser("list", help="every profile, the active one marked *, with its Korea requirements in force")
    use = actions.add_parser("use", help="make a profile the active one: the checks and the dashboard apply it")
    use.add_argument("code", help="the profile's code, e.g. us-2022 or ottawa")
    edit = actions.add_parser("set", help="change a profile's entry into force or deadline, with a reason")
    edit.add_argument("code", help="the profile's code, e.g. ottawa")
    edit.add_argument(
        "--in-force", type=iso_date, metavar="YYYY-MM-DD", help="the day the profile took effect for the state"
    )
    edit.add_argument(
        "--acquisition-ban",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="the day acquisitions are banned from (default: follows --in-force when it was the entry into force)",
    )
    edit.add_argument(
        "--deadline-years",
        type=ascii_int,
        metavar="N",
        help="years from entry into force to destroy the stockpile (0: set per programme)",
    )
    edit.add_argument("--reason", metavar="TEXT", help="why it changes (required: every change is audited)")
    korea = actions.add_parser("korea", help="state how many mines of a type the profile lets be reserved for Korea")
    korea.add_argument("code", help="the profile's code, e.g. us-2022")
    korea.add_argument("designation", help="the mine type, e.g. M67")
    korea.add_argument("quantity", type=ascii_int, help="the requirement, in mines (0: none may be reserved)")
    korea.add_argument("--authority", required=True, metavar="REF", help="the authority's reference for it")
    korea.add_argument(
        "--valid-from", type=iso_date, required=True, metavar="YYYY-MM-DD", help="the day it applies from"
    )


def cmd_profile(sp: Stockpile, args: argparse.Namespace) -> int:
    if args.profile_command == "use":
        print(f"active profile: {_named(sp.catalogue.set_active_profile(args.code))}")
    elif args.profile_command == "set":
        changes: dict[str, object] = {}
        if args.in_force is not None:
            changes["effective_on"] = args.in_force
        if args.acquisition_ban is not None:
            changes["acquisition_banned_from"] = args.acquisition_ban
        if args.deadline_years is not None:
            changes["deadline_years"] = args.deadline_years or None
        if not changes:
            raise StockpileError("profile set: say what changes: --in-force, --acquisition-ban or --deadline-years")
        changed = sp.catalogue.update_profile(args.code, args.reason or "", **changes)
        ban = changed.acquisition_banned_from
        print(f"changed {_described(changed)}; acquisitions banned from {ban.isoformat() if ban else 'no day'}")
    elif args.profile_command == "korea":
        stated = sp.korea.state_requirement(
            args.code, args.designation, args.quantity, authority_ref=args.authority, valid_from=args.valid_from
        )
        print(
            f"{stated.profile_code}: Korea requirement for {stated.designation}: {stated.quantity:,} mines "
            f"({stated.authority_ref}, from {stated.valid_from.isoformat()})"
        )
    else:
        _list(sp)
    return 0


def _named(profile: PolicyProfileInfo) -> str:
    return f"{profile.code} - {profile.name}"


def _described(profile: PolicyProfileInfo) -> str:
    deadline = profile.deadline
    return f"{_named(profile)}, in force from {profile.effective_on.isoformat()}, deadline " + (
        f"{profile.deadline_years} years ({deadline.isoformat()})" if deadline else "set per programme"
    )


def _list(sp: Stockpile) -> None:
    active = sp.catalogue.active_profile().code
    for profile in sp.catalogue.profiles():
        print(f"{'*' if profile.code == active else ' '} {_described(profile)}")
        for stated in sp.korea.requirements(profile.code):
            print(
                f"    Korea requirement {stated.designation}: {stated.quantity:,} mines "
                f"({stated.authority_ref}, from {stated.valid_from.isoformat()})"
            )
    print("* the active profile: the checks and the dashboard apply it")
