"""Bad inputs in import files: every problem by line and column, nothing written (and the few
inputs that are accepted, stored exactly as typed)."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace

import pytest

from stockpile_tracker.domain.errors import StockpileError
from stockpile_tracker.services.importing import ImportRejected

from ..test_import import BAD_LOTS, BAD_LOTS_PROBLEMS
from . import (
    ACCEPTED,
    CHARACTERISTICS_HEADER,
    CONTENTS_HEADER,
    DESTRUCTIONS_HEADER,
    LOTS_HEADER,
    MOVEMENTS_HEADER,
    SITES_HEADER,
    TYPES_HEADER,
    Case,
)


def imported(data: bytes | str, kind: str = "lots") -> Callable[[SimpleNamespace], str]:
    def run(w: SimpleNamespace) -> str:
        raw = data.encode() if isinstance(data, str) else data
        action = getattr(w.sp.imports, f"import_{kind}")
        with pytest.raises(StockpileError) as caught:
            action(raw, source="bad.csv")
        if isinstance(caught.value, ImportRejected):
            return "; ".join(str(problem) for problem in caught.value.plan.problems)
        return str(caught.value)

    return run


def lots_row(
    lot_number="X-1",
    type="M67",
    quantity="10",
    site="ANAD",
    retention="",
    received_on="2020-01-01",
    manufactured_on="",
    notes="",
) -> str:
    return LOTS_HEADER + f"{lot_number},{type},{quantity},{site},{retention},{received_on},{manufactured_on},{notes}\n"


def stored(lot_number: str, notes: str = "") -> Callable[[SimpleNamespace], str]:
    """An import that must be accepted: the lot number and notes come back exactly as typed."""

    def run(w: SimpleNamespace) -> str:
        w.sp.imports.import_lots(lots_row(lot_number, notes=notes).encode(), source="ok.csv")
        lot = w.sp.queries.find_lot(lot_number)
        assert (lot.lot_number, lot.notes or "") == (lot_number, notes)
        return ACCEPTED

    return run


VALID = lots_row()


def imports():
    return [
        Case(
            "lot import",
            "quantity with a decimal",
            "line 2, quantity: '2.5' is not a whole number",
            imported(lots_row(quantity="2.5")),
        ),
        Case(
            "lot import",
            "quantity in scientific notation",
            "line 2, quantity: '1e3' is not a whole number",
            imported(lots_row(quantity="1e3")),
        ),
        Case(
            "lot import",
            "quantity above 2^31",
            "line 2, quantity: 2,147,483,648 is more than the 2,147,483,647 a record can hold",
            imported(lots_row(quantity="2147483648")),
        ),
        Case(
            "lot import",
            "quantity zero",
            "line 2, quantity: must be more than zero, not 0",
            imported(lots_row(quantity="0")),
        ),
        Case("lot import", "quantity left empty", "line 2, quantity: is empty", imported(lots_row(quantity=""))),
        Case(
            "lot import",
            "retention legal_hold (a retention before schema 0009)",
            "line 2, retention: 'legal_hold' is not one of surplus, korea, article3; a legal hold is a suspension: "
            "import the lot as surplus, then suspend it",
            imported(lots_row(retention="legal_hold")),
        ),
        Case(
            "lot import",
            "a received date in the future",
            "line 2, received_on: 2026-07-01 is in the future",
            imported(lots_row(received_on="2026-07-01")),
        ),
        Case(
            "lot import",
            "a date written day/month/year",
            "line 2, received_on: '30/01/2020' is not a date (YYYY-MM-DD)",
            imported(lots_row(received_on="30/01/2020")),
        ),
        Case(
            "lot import",
            "a decimal comma in a file separated by semicolons (a European spreadsheet)",
            "line 2, quantity: '1,5' is not a whole number (in a file separated by semicolons a comma is a decimal "
            "comma; write whole numbers without separators)",
            imported("lot_number;type;quantity;site;retention\nX-1;M67;1,5;ANAD;\n"),
        ),
        Case(
            "lot import",
            "commas that do not group thousands",
            "line 2, quantity: '1,2,3,4' is not a whole number (a comma may only group thousands: 1,000 or 12,345,678)",
            imported(lots_row(quantity='"1,2,3,4"')),
        ),
        Case(
            "lot import",
            "a quantity of commas around a digit",
            "line 2, quantity: ',,5,,' is not a whole number (a comma may only group thousands: 1,000 or 12,345,678)",
            imported(lots_row(quantity='",,5,,"')),
        ),
        Case(
            "lot import",
            "a decimal comma in a file separated by commas",
            "line 2, quantity: '3,0' is not a whole number (a comma may only group thousands: 1,000 or 12,345,678)",
            imported(lots_row(quantity='"3,0"')),
        ),
        Case(
            "lot import",
            "a quantity in Arabic-Indic digits",
            "line 2, quantity: '١٢' is not a whole number",
            imported(lots_row(quantity="١٢")),
        ),
        Case(
            "lot import",
            "a date without dashes",
            "line 2, received_on: '20200101' is not a date (YYYY-MM-DD)",
            imported(lots_row(received_on="20200101")),
        ),
        Case(
            "lot import",
            "two rows without a lot number, one of them retained",
            "line 3, lot_number: is empty, "
            "and the row differs from line 2 (same type and site) in retention: give the rows lot numbers",
            imported(lots_row(lot_number="") + ",M67,10,ANAD,korea,2020-01-01,,\n"),
        ),
        Case(
            "lot import",
            "manufactured after received",
            "line 2, manufactured_on: 2020-02-01 is after the receipt date 2020-01-01",
            imported(lots_row(manufactured_on="2020-02-01")),
        ),
        Case(
            "lot import",
            "lot number of 81 characters",
            "line 2, lot_number: is 81 characters long; at most 80",
            imported(lots_row(lot_number="L" * 81)),
        ),
        Case(
            "lot import",
            "notes of 2,001 characters",
            "line 2, notes: is 2,001 characters long; at most 2,000",
            imported(lots_row(notes="n" * 2001)),
        ),
        Case(
            "lot import",
            "a cell starting with +",
            "line 2, lot_number: '+SUM(A1:A9)' looks like a spreadsheet formula; enter the value itself",
            imported(lots_row(lot_number="+SUM(A1:A9)")),
        ),
        Case(
            "lot import",
            "a cell starting with @",
            "line 2, site: '@ANAD' looks like a spreadsheet formula; enter the value itself",
            imported(lots_row(site="@ANAD")),
        ),
        Case(
            "lot import",
            "a NUL byte in a cell",
            "line 2, lot_number: holds the control character U+0000",
            imported(lots_row(lot_number="X\x001")),
        ),
        Case("lot import", "Arabic (right-to-left) lot number", ACCEPTED, stored("لوط-١٢")),
        Case("lot import", "HTML in the lot number and notes", ACCEPTED, stored("<b>L-9</b>", "<script>x</script>")),
        Case("lot import", "a cell starting with - (a note)", ACCEPTED, stored("L-10", "- repacked")),
        Case(
            "lot import",
            "the file saved as UTF-16",
            'line 1, file: is UTF-16 text (Excel\'s "Unicode text"); save the spreadsheet as CSV UTF-8',
            imported(VALID.encode("utf-16")),
        ),
        Case(
            "lot import",
            "the file saved as UTF-32",
            "line 1, file: is UTF-32 text; save the spreadsheet as CSV UTF-8",
            imported(VALID.encode("utf-32")),
        ),
        Case(
            "lot import",
            "Latin-1 bytes on line 3",
            "line 3, file: is not UTF-8 text; save the spreadsheet as CSV UTF-8",
            imported((VALID + "Ä-2,M67,1,ANAD,,,,\n").encode("latin-1")),
        ),
        Case(
            "lot import",
            "a binary file (a PNG)",
            "line 1, file: is not UTF-8 text; save the spreadsheet as CSV UTF-8",
            imported(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"),
        ),
        Case("lot import", "an empty file", "file: is empty", imported(b"")),
        Case("lot import", "the header only", "line 1, file: has a header but no rows", imported(LOTS_HEADER)),
        Case(
            "lot import",
            "a column named twice",
            "line 1, header: column(s) named twice: quantity",
            imported(LOTS_HEADER.replace("notes", "quantity") + "X-1,M67,10,ANAD,,2020-01-01,,5\n"),
        ),
        Case(
            "lot import",
            "a required column missing",
            "line 1, header: missing column(s): quantity, retention",
            imported("lot_number,type,site\nX-1,M67,ANAD\n"),
        ),
        Case(
            "lot import",
            "the file cut short in the middle of a row",
            "line 3, line: has 3 cells; the header has 8",
            imported(VALID + "X-2,M67,1"),
        ),
        Case(
            "lot import",
            "the file cut short inside a quoted cell",
            "line 3, file: is not valid CSV (unexpected end of data); is the file complete?",
            imported(VALID + 'X-2,M67,1,ANAD,,2020-01-01,,"stored in'),
        ),
        Case(
            "lot import",
            "one line of 200,000 characters and no line ending",
            "line 1, file: is not valid CSV (field larger than field limit (131072)); is this a CSV file?",
            imported(b"a" * 200_000),
        ),
        Case(
            "lot import",
            "a row with an extra cell",
            "line 2, line: has 9 cells; the header has 8",
            imported(VALID.replace("\n", ",extra\n").replace(LOTS_HEADER.replace("\n", ",extra\n"), LOTS_HEADER)),
        ),
        Case(
            "lot import",
            "a lot number used twice in the file",
            "line 3, lot_number: lot X-1 of type M67 is also on line 2",
            imported(VALID + "X-1,M67,5,ANAD,,2020-01-01,,\n"),
        ),
        Case(
            "lot import",
            "a lot number the type already has",
            "line 2, lot_number: lot L-001 of type M67 already exists",
            imported(lots_row(lot_number="L-001")),
        ),
        Case(
            "destruction import",
            "a method not on the list",
            "line 2, method: 'burying' is not a destruction method",
            imported(
                DESTRUCTIONS_HEADER + "L-001,M67,2026-06-01,5,burying,ANAD,C-9,Capt. A,B. Jones\n", "destructions"
            ),
        ),
        Case(
            "destruction import",
            "a lot that does not exist",
            "line 2, lot_number: no lot L-404 of type M67",
            imported(DESTRUCTIONS_HEADER + "L-404,M67,2026-06-01,5,other,ANAD,C-9,Capt. A,B. Jones\n", "destructions"),
        ),
        Case(
            "destruction import",
            "one certificate with two dates",
            "line 3, destroyed_on: certificate C-9 has "
            "destroyed_on '2026-06-01' on line 2, here '2026-06-02'; the rows of one certificate are one destruction "
            "event and must agree",
            imported(
                DESTRUCTIONS_HEADER + "L-001,M67,2026-06-01,5,other,ANAD,C-9,Capt. A,B. Jones\n"
                "L-T,M16,2026-06-02,5,other,ANAD,C-9,Capt. A,B. Jones\n",
                "destructions",
            ),
        ),
        Case(
            "destruction import",
            "one certificate with two witnesses",
            "line 3, witness: certificate C-9 has "
            "witness 'B. Jones' on line 2, here 'D. Smith'; the rows of one certificate are one destruction event "
            "and must agree",
            imported(
                DESTRUCTIONS_HEADER + "L-001,M67,2026-06-01,5,other,ANAD,C-9,Capt. A,B. Jones\n"
                "L-T,M16,2026-06-01,5,other,ANAD,C-9,Capt. A,D. Smith\n",
                "destructions",
            ),
        ),
        Case(
            "destruction import",
            "the officer in charge left blank",
            "line 2, officer: is empty",
            imported(DESTRUCTIONS_HEADER + "L-001,M67,2026-06-01,5,other,ANAD,C-9,,B. Jones\n", "destructions"),
        ),
        Case(
            "destruction import",
            "the witness is the officer in charge",
            "line 2, witness: the witness cannot be the officer in charge (four eyes: a second person verifies)",
            imported(DESTRUCTIONS_HEADER + "L-001,M67,2026-06-01,5,other,ANAD,C-9,Capt. A,CAPT. A\n", "destructions"),
        ),
        Case(
            "destruction import",
            "no officer and witness columns",
            "line 1, header: missing column(s): officer, witness",
            imported(
                "lot_number,type,destroyed_on,quantity,method,site,certificate\n"
                "L-001,M67,2026-06-01,5,other,ANAD,C-9\n",
                "destructions",
            ),
        ),
        Case(
            "destruction import",
            "a destruction before the lot was received",
            "line 2, destroyed_on: lot L-001 "
            "(M67): a destruction dated 2020-01-14 is before the lot was received (2020-01-15) (dates: none in the "
            "future or before the lot existed)",
            imported(DESTRUCTIONS_HEADER + "L-001,M67,2020-01-14,5,other,ANAD,C-9,Capt. A,B. Jones\n", "destructions"),
        ),
        Case(
            "destruction import",
            "more destroyed than unscheduled surplus",
            "line 2, quantity: lot L-001 (M67): "
            "cannot destroy 900; 850 on hand, 0 retained, 300 scheduled, so only 550 are unscheduled surplus "
            "(allocation: what is scheduled for destruction cannot exceed the surplus)",
            imported(
                DESTRUCTIONS_HEADER + "L-001,M67,2026-06-01,900,other,ANAD,C-9,Capt. A,B. Jones\n", "destructions"
            ),
        ),
        Case(
            "destruction import",
            "a certificate number already recorded",
            "line 2, certificate: certificate C-1 is already recorded",
            imported(DESTRUCTIONS_HEADER + "L-001,M67,2026-06-01,5,other,ANAD,C-1,Capt. A,B. Jones\n", "destructions"),
        ),
        Case(
            "mine type import",
            "a category not on the list",
            "line 2, category: 'AT' is not one of AP, AV",
            imported(TYPES_HEADER + "TM-62,TM-62 anti-tank,AT,victim,,no,hand_emplaced\n", "types"),
        ),
        Case(
            "mine type import",
            "an activation not on the list",
            "line 2, activation: 'tripwire' is not one of victim, command, both",
            imported(TYPES_HEADER + "PMN,PMN blast,AP,tripwire,,no,hand_emplaced\n", "types"),
        ),
        Case(
            "mine type import",
            "self-destruct hours of zero",
            "line 2, self_destruct_hours: must be more than zero, not 0",
            imported(TYPES_HEADER + "PMN,PMN blast,AP,victim,0,no,hand_emplaced\n", "types"),
        ),
        Case(
            "mine type import",
            "self-deactivating neither yes nor no",
            "line 2, self_deactivating: 'sometimes' is not yes or no",
            imported(TYPES_HEADER + "PMN,PMN blast,AP,victim,,sometimes,hand_emplaced\n", "types"),
        ),
        Case(
            "mine type import",
            "a designation already in the catalogue, described otherwise",
            "line 2, category: mine type M67 is already in the catalogue with category anti-personnel, not "
            "anti-vehicle; an import adds mine types, it does not correct them",
            imported(TYPES_HEADER + 'M67,"ADAM M67 (M692, long SD)",AV,victim,48,yes,artillery\n', "types"),
        ),
        Case(
            "mine type import",
            "a negative number of mines per item",
            "line 2, ap_per_item: must be zero or more, not -36",
            imported(CONTENTS_HEADER + "M692,ADAM M692,AP,victim,48,yes,artillery,-36,0\n", "types"),
        ),
        Case(
            "mine type import",
            "an item of no mines (both contents zero)",
            "line 2, ap_per_item: a type of category AP holds at least one AP mine per item (the category is the "
            "principal one)",
            imported(CONTENTS_HEADER + "M692,ADAM M692,AP,victim,48,yes,artillery,0,0\n", "types"),
        ),
        Case(
            "mine type import",
            "a designation twice in the file",
            "line 3, designation: mine type PMN is also on line 2",
            imported(
                TYPES_HEADER + "PMN,PMN blast,AP,victim,,no,hand_emplaced\nPMN,PMN again,AP,victim,,no,hand_emplaced\n",
                "types",
            ),
        ),
        Case(
            "mine type import",
            "a mass of zero grams",
            "line 2, mass_g: must be more than zero, not 0",
            imported(CHARACTERISTICS_HEADER + "M14,M14 blast,AP,victim,,no,hand_emplaced,0,\n", "types"),
        ),
        Case(
            "mine type import",
            "an explosive heavier than the whole mine",
            "line 2, explosive_mass_g: 120 g is more than the type's mass, 99 g, which includes it",
            imported(CHARACTERISTICS_HEADER + "M14,M14 blast,AP,victim,,no,hand_emplaced,99,120\n", "types"),
        ),
        Case(
            "site import",
            "a country of three letters",
            "line 2, country: is 3 characters long; at most 2",
            imported(SITES_HEADER + "PLANT,Contractor's plant,BGR,destruction\n", "sites"),
        ),
        Case(
            "site import",
            "a kind not on the list",
            "line 2, kind: 'warehouse' is not one of depot, destruction, training",
            imported(SITES_HEADER + "STORE,Store,US,warehouse\n", "sites"),
        ),
        Case(
            "site import",
            "a site code already in the catalogue, of another kind",
            "line 2, kind: site ANAD is already in the catalogue with kind depot, not destruction site; an import "
            "adds sites, it does not correct them",
            imported(SITES_HEADER + "ANAD,Anniston Army Depot,US,destruction\n", "sites"),
        ),
        Case(
            "mine type import",
            "a designation already in the catalogue in other letters (m67)",
            "line 2, designation: mine type m67 is already in the catalogue with designation 'M67', not 'm67'; an "
            "import adds mine types, it does not correct them",
            imported(TYPES_HEADER + 'm67,"ADAM M67 (M692, long SD)",AP,victim,48,yes,artillery\n', "types"),
        ),
        Case(
            "mine type import",
            "a designation with a zero-width space (M<U+200B>67)",
            "line 2, designation: holds the invisible character U+200B (ZERO WIDTH SPACE)",
            imported(TYPES_HEADER + "M\u200b67,ADAM,AP,victim,48,yes,artillery\n", "types"),
        ),
        Case(
            "site import",
            "a site code twice in the file in other letters (Q1, q1)",
            "line 3, code: site q1 is also on line 2 (as Q1)",
            imported(SITES_HEADER + "Q1,Quarry,US,depot\nq1,Quarry again,US,depot\n", "sites"),
        ),
        Case(
            "site import",
            "a name with a right-to-left override (U+202E)",
            "line 2, name: holds the invisible character U+202E (RIGHT-TO-LEFT OVERRIDE)",
            imported(SITES_HEADER + "Q1,\u202eyrrauQ,US,depot\n", "sites"),
        ),
        Case(
            "site import",
            "a line break inside a quoted name",
            "line 2, name: must be one line",
            imported(SITES_HEADER + 'Q1,"Quarry\nNorth",US,depot\n', "sites"),
        ),
        Case(
            "site import",
            "a country of three letters and a kind not on the list, in one row",
            "line 2, country: is 3 characters long; at most 2; line 2, kind: 'warehouse' is not one of depot, "
            "destruction, training",
            imported(SITES_HEADER + "STORE,Store,USA,warehouse\n", "sites"),
        ),
        Case(
            "site import",
            "no kind column",
            "line 1, header: missing column(s): kind",
            imported("code,name,country\nPLANT,Contractor's plant,BG\n", "sites"),
        ),
        Case(
            "movement import",
            "a move to the site the mines are at",
            "line 2, to_site: lot L-001 (M67) would move from ANAD to ANAD",
            imported(MOVEMENTS_HEADER + "2026-06-01,move,L-001,M67,ANAD,10,MV-1,ANAD,,\n", "movements"),
        ),
        Case(
            "movement import",
            "a return to a site other than the lot's home",
            "line 2, to_site: lot L-001 (M67) comes back to its home, ANAD",
            imported(MOVEMENTS_HEADER + "2026-06-01,return,L-001,M67,ANAD,10,RT-1,CAMP-C,,\n", "movements"),
        ),
        Case(
            "movement import",
            "a kind not on the list",
            "line 2, kind: 'sold' is not one of opening, receipt, discovery, transfer_in, transfer_out, training, "
            "check_gain, check_loss, ship, move, return",
            imported(MOVEMENTS_HEADER + "2026-06-01,sold,L-001,M67,ANAD,10,X-1,,,\n", "movements"),
        ),
        Case(
            "movement import",
            "a shipment to a site with no open task for the lot",
            "line 2, to_site: no open destruction task at CAMP-C has lot L-001 (M67): schedule it first",
            imported(MOVEMENTS_HEADER + "2026-06-01,ship,L-001,M67,ANAD,10,GBL-1,CAMP-C,,\n", "movements"),
        ),
        Case(
            "movement import",
            "a shipment larger than its task has left to ship",
            "line 2, quantity: no open destruction task at ANAD has 500 of lot L-001 (M67) left to ship (T-1 has "
            "300, T-2 has 0)",
            imported(MOVEMENTS_HEADER + "2026-06-01,ship,L-001,M67,ANAD,500,GBL-1,ANAD,,\n", "movements"),
        ),
        Case(
            "movement import",
            "a transfer out without a reason",
            "line 2, reason: is required",
            imported(MOVEMENTS_HEADER + "2026-06-01,transfer_out,L-001,M67,ANAD,10,TO-1,,,\n", "movements"),
        ),
        Case(
            "movement import",
            "training with surplus mines",
            "line 2, quantity: lot L-001 (M67): only mines retained under Article 3 are consumed in training; 0 "
            "are retained (not retained), 10 asked (retention lock: retained mines cannot be scheduled, moved or "
            "destroyed)",
            imported(MOVEMENTS_HEADER + "2026-06-01,training,L-001,M67,ANAD,10,TR-1,,,\n", "movements"),
        ),
        Case(
            "movement import",
            "a movement of a lot at another site",
            "line 2, site: lot L-001 (M67) is not held at CAMP-C (its home is ANAD)",
            imported(MOVEMENTS_HEADER + "2026-06-01,check_loss,L-001,M67,CAMP-C,10,SC-1,,lost,\n", "movements"),
        ),
        Case(
            "movement import",
            "a transfer out dated before the lot was received",
            "line 2, date: lot L-T (M16) came on the record on 2020-01-15: an entry cannot be dated 2019-01-01, "
            "before it",
            imported(MOVEMENTS_HEADER + "2019-01-01,transfer_out,L-T,M16,ANAD,10,TO-1,,sold,\n", "movements"),
        ),
        Case(
            "movement import",
            "a stock-check loss larger than the lot held that day",
            "line 2, quantity: lot L-T (M16): a stock-check loss of 300 dated 2020-02-01 would make the balance "
            "-100 on 2020-02-01; on hand can never go below zero (conservation: every mine is accounted for and "
            "stock never goes below zero)",
            imported(MOVEMENTS_HEADER + "2020-02-01,check_loss,L-T,M16,ANAD,300,SC-1,,burnt,\n", "movements"),
        ),
        Case(
            "movement import",
            "a transfer out of a lot not on the record",
            "line 2, lot_number: no lot L-404 of type M67",
            imported(MOVEMENTS_HEADER + "2026-06-01,transfer_out,L-404,M67,ANAD,10,TO-1,,sold,\n", "movements"),
        ),
        Case(
            "movement import",
            "notes on a row for a lot already on the record",
            "line 2, notes: are kept only on a row that takes a new lot on charge; give an entry's words as its reason",
            imported(MOVEMENTS_HEADER + "2026-06-01,receipt,L-T,M16,ANAD,10,DD-1,,,a note\n", "movements"),
        ),
        Case(
            "movement import",
            "a destination on a receipt",
            "line 2, to_site: is for ship, move and return rows; a receipt stays at its site",
            imported(MOVEMENTS_HEADER + "2026-06-01,receipt,N-1,M67,ANAD,10,DD-1,CAMP-C,,\n", "movements"),
        ),
    ] + [
        Case("lot import", f"row `{row}` of a file of ten problems (tests/db/test_import.py)", problem, None)
        for row, problem in zip(BAD_LOTS.splitlines()[1:], BAD_LOTS_PROBLEMS, strict=True)
    ]
