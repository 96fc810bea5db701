"""The rows of the bad input table of docs/RELIABILITY.md (tests/db/test_bad_inputs_table.py runs
them and prints the table), by where the user gives the bad input: a dialog (dialogs.py), the
command line (command_line.py), an import file (import_files.py). The table lists them in that
order, each file's rows as written there."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace

LOTS_HEADER = "lot_number,type,quantity,site,retention,received_on,manufactured_on,notes\n"
DESTRUCTIONS_HEADER = "lot_number,type,destroyed_on,quantity,method,site,certificate,officer,witness\n"
TYPES_HEADER = "designation,name,category,activation,self_destruct_hours,self_deactivating,delivery\n"
CONTENTS_HEADER = TYPES_HEADER.replace("\n", ",ap_per_item,av_per_item\n")
CHARACTERISTICS_HEADER = TYPES_HEADER.replace("\n", ",mass_g,explosive_mass_g\n")
SITES_HEADER = "code,name,country,kind\n"
MOVEMENTS_HEADER = "date,kind,lot_number,type,site,quantity,reference,to_site,reason,notes\n"
ACCEPTED = "accepted; stored as typed"


@dataclass(frozen=True)
class Case:
    where: str
    bad_input: str
    message: str
    run: Callable[[SimpleNamespace], str] | None  # returns the message shown; None: tested in test_import.py
