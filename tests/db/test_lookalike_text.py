"""Look-alike text (issue 14): names and identifiers kept in one spelling (NFC); invisible and
bidirectional characters refused in them, naming the field; lot numbers and certificates one in
any case or width; people one in any case and with letters of other scripts that print as Latin
ones. Each reproduction of the issue, through the services, the imports, the command line and the
window, and on the database itself."""

from __future__ import annotations

from datetime import date as D

import pytest
from alembic import command
from PySide6.QtWidgets import QDialog
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from stockpile_tracker.cli import main
from stockpile_tracker.db.migrate import HEAD, alembic_config, current_revision
from stockpile_tracker.db.models import DestructionEvent, Lot, Site
from stockpile_tracker.domain.errors import InvalidInput, RuleViolation
from stockpile_tracker.qt.user_name_dialog import UserNameDialog
from stockpile_tracker.services import Stockpile
from stockpile_tracker.services.importing import ImportRejected

from ..helpers import TODAY, receive, refused, seed_catalogue, snapshot

LOTS = "lot_number,type,quantity,site,retention,received_on\n"
DESTRUCTIONS = "lot_number,type,quantity,destroyed_on,method,site,officer,witness,certificate\n"
INVISIBLE = ["\u200b", "\ufeff", "\u202e", "\u2066", "\u2069", "\t"]  # zero-width, BOM, RLO, LRI, PDI, tab


@pytest.fixture
def sp(stockpile):
    seed_catalogue(stockpile)
    return stockpile


def destroy(sp, lot, certificate, *, officer="Capt. Reyes", witness="Mr. Okafor"):
    return sp.destruction.record_event(
        occurred_on=D(2026, 5, 1),
        site="ANAD",
        method="other",
        officer=officer,
        witness=witness,
        certificate_number=certificate,
        lines={lot: 10},
    )


def import_problems(sp, engine, data: str, kind: str = "lots") -> list[str]:
    before = snapshot(engine)
    with pytest.raises(ImportRejected) as caught:
        getattr(sp.imports, f"import_{kind}")(data.encode(), source="test.csv")
    assert snapshot(engine) == before
    return [str(problem) for problem in caught.value.plan.problems]


# -- one spelling ---------------------------------------------------------------------------------------------


def test_an_accent_typed_two_ways_is_one_lot_number_and_one_name(sp, engine):
    """É as one character or as E and a combining accent: kept composed (NFC), so the second is the
    first lot again, through the service and through an import, and a name is stored as one."""
    receive(sp, "LÉ-1")
    err = refused(engine, InvalidInput, receive, sp, "LE\u0301-1")
    assert str(err) == "lot number: lot LÉ-1 of type M67 already exists"
    assert import_problems(sp, engine, LOTS + "LE\u0301-1,M67,5,ANAD,surplus,2020-01-02\n") == [
        "line 2, lot_number: lot LÉ-1 of type M67 already exists"
    ]
    sp.catalogue.add_site(code="DEP", name="Dépôt Nord", country="FR")
    sp.catalogue.add_site(code="DEP2", name="De\u0301po\u0302t Sud", country="FR")
    with engine.connect() as connection:
        names = set(connection.scalars(select(Site.name).where(Site.code.in_(["DEP", "DEP2"]))))
    assert names == {"Dépôt Nord", "Dépôt Sud"}


# -- invisible and bidirectional characters ---------------------------------------------------------------


@pytest.mark.parametrize("char", INVISIBLE)
def test_a_lot_number_with_an_invisible_character_is_refused_naming_the_field(sp, engine, char):
    """The issue's lot number with a zero-width space imported beside the real one and printed the
    same; right-to-left overrides and tabs were taken. Refused typed, imported, and as a certificate."""
    receive(sp, "L-001")
    err = refused(engine, InvalidInput, receive, sp, f"L-{char}001")
    assert str(err).startswith("lot number: holds the ")
    [problem] = import_problems(sp, engine, LOTS + f'"L-{char}001",M67,5,ANAD,surplus,2020-01-02\n')
    assert problem.startswith("line 2, lot_number: holds the ") and f"U+{ord(char):04X}" in problem
    lot = sp.queries.find_lot("L-001").id
    err = refused(engine, InvalidInput, destroy, sp, lot, f"C-{char}1")
    assert str(err).startswith("certificate number: holds the ") and f"U+{ord(char):04X}" in str(err)


# -- lot numbers and certificates without regard to case ------------------------------------------------------


def test_a_lot_number_in_another_case_or_width_is_the_lot_already_held(sp, engine):
    lot = receive(sp, "L-001")
    for typed in ("l-001", "\uff2c-001"):  # lower case, fullwidth Ｌ
        err = refused(engine, InvalidInput, receive, sp, typed)
        assert str(err) == f"lot number: lot {typed} of type M67 already exists as L-001"
    err = refused(
        engine,
        InvalidInput,
        sp.lots.split_lot,
        lot,
        new_lot_number="l-001",
        quantity=100,
        on=TODAY,
        category=None,
        authority_ref="A-1",
        reason="split",
    )
    assert str(err) == "new lot number: lot l-001 of type M67 already exists as L-001"
    receive(sp, "l-001", type="M16")  # another type's lot may carry the number
    assert import_problems(sp, engine, LOTS + "l-001,M67,5,ANAD,surplus,2020-01-02\n") == [
        "line 2, lot_number: lot l-001 of type M67 already exists as L-001"
    ]
    assert import_problems(
        sp, engine, LOTS + "A-7,M67,5,ANAD,surplus,2020-01-02\na-7,M67,5,ANAD,surplus,2020-01-02\n"
    ) == ["line 3, lot_number: lot a-7 of type M67 is also on line 2"]


def test_certificates_adv_c6_and_ADV_C6_are_one(sp, engine):
    lot = receive(sp, "L-001")
    destroy(sp, lot, "adv-c6")
    err = refused(engine, InvalidInput, destroy, sp, lot, "ADV-C6")
    assert str(err) == "certificate number: certificate ADV-C6 is already recorded as adv-c6"
    rows = "L-001,M67,5,2026-05-02,other,ANAD,Capt. Reyes,Mr. Okafor,"
    assert import_problems(sp, engine, DESTRUCTIONS + rows + "ADV-C6\n", "destructions") == [
        "line 2, certificate: certificate ADV-C6 is already recorded as adv-c6"
    ]
    # rows of one file naming it in two cases are one event, as one spelling would be
    plan = sp.imports.import_destructions(
        (DESTRUCTIONS + rows + "ADV-C7\n" + rows + "adv-c7\n").encode(), source="test.csv"
    )
    [event] = plan.rows
    assert (event["certificate"], event["quantity"]) == ("ADV-C7", 10)


def test_the_database_refuses_lot_numbers_and_certificates_differing_only_by_case(sp, engine):
    """Written past the services (SQL), the unique indexes on lower() keep them one."""
    lot = receive(sp, "L-001")
    destroy(sp, lot, "adv-c6")
    with engine.connect() as connection:
        with pytest.raises(IntegrityError):
            connection.execute(Lot.__table__.insert().values(copied(connection, Lot, lot_number="l-001")))
        connection.rollback()
        with pytest.raises(IntegrityError):
            connection.execute(
                DestructionEvent.__table__.insert().values(
                    copied(connection, DestructionEvent, certificate_number="ADV-C6")
                )
            )
        connection.rollback()


def copied(connection, model, **changed) -> dict:
    """The first row of a table, without its id, with `changed`: what an older program could write."""
    row = connection.execute(select(model.__table__)).mappings().first()
    return {key: value for key, value in row.items() if key != "id"} | changed


def test_an_upgrade_refuses_a_record_holding_two_lots_differing_only_by_case(sp, engine):
    lot = receive(sp, "L-001")
    destroy(sp, lot, "adv-c6")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection=connection), "0018")
    with engine.begin() as connection:
        connection.execute(Lot.__table__.insert().values(copied(connection, Lot, lot_number="l-001")))
        connection.execute(
            DestructionEvent.__table__.insert().values(
                copied(connection, DestructionEvent, certificate_number="ADV-C6")
            )
        )
    with pytest.raises(RuntimeError) as caught, engine.begin() as connection:
        command.upgrade(alembic_config(connection=connection), HEAD)
    assert "M67 lot L-001 and M67 lot l-001" in str(caught.value)
    assert "certificates ADV-C6 and adv-c6" in str(caught.value)
    assert current_revision(engine) == "0018"


# -- dashes, and lot numbers and certificates that look like one held -----------------------------------------

MOVEMENTS = "date,kind,lot_number,type,site,quantity,reference\n"


def stored(engine, column) -> list[str]:
    with engine.connect() as connection:
        return sorted(connection.scalars(select(column)))


def test_an_identifier_typed_with_an_en_dash_is_kept_and_found_with_the_hyphen(sp, engine):
    """A word processor's en dash (or a minus sign, a fullwidth hyphen) in a lot number, a
    certificate or a task reference: kept as the hyphen, and found so however it is typed."""
    lot = receive(sp, "A\u20131")
    assert stored(engine, Lot.lot_number) == ["A-1"]
    assert sp.queries.find_lot("A\u20131").id == sp.queries.find_lot("A-1").id == lot
    assert sp.queries.find_lot("A\u22121", "M67").id == lot  # a minus sign
    task = sp.destruction.schedule(planned_on=TODAY, site="ANAD", method="other", lines={lot: 20}, reference="T\u20141")
    assert task.reference == "T-1"
    destroy(sp, lot, "C\uff0d1")  # a fullwidth hyphen-minus
    assert stored(engine, DestructionEvent.certificate_number) == ["C-1"]
    assert sp.destruction.find_event("C\u20131").certificate_number == "C-1"
    sp.imports.import_lots((LOTS + "B\u22122,M67,5,ANAD,surplus,2020-01-02\n").encode(), source="test.csv")
    sp.imports.import_movements((MOVEMENTS + "2020-01-03,receipt,D\u20134,M67,ANAD,5,DD-4\n").encode(), source="m.csv")
    assert stored(engine, Lot.lot_number) == ["A-1", "B-2", "D-4"]
    # the lot found as typed, the certificate kept plain
    rows = "A\u20131,M67,5,2026-05-02,other,ANAD,Capt. Reyes,Mr. Okafor,C\u20132\n"
    [event] = sp.imports.import_destructions((DESTRUCTIONS + rows).encode(), source="test.csv").rows
    assert event["certificate"] == "C-2" and list(event["lines"]) == [lot]
    assert stored(engine, DestructionEvent.certificate_number) == ["C-1", "C-2"]
    err = refused(engine, InvalidInput, receive, sp, "A\u20141")  # an em dash: the lot held
    assert str(err) == "lot number: lot A-1 of type M67 already exists"


@pytest.mark.parametrize("typed", ["A-1O", "\u0410-10", "A\u20131O", "A-lO"])  # capital O, Cyrillic А, en dash, small l
def test_a_lot_number_that_looks_like_one_held_is_refused_naming_it(sp, engine, typed):
    lot = receive(sp, "A-10")
    shown = typed.replace("\u2013", "-")
    err = refused(engine, InvalidInput, receive, sp, typed)
    assert str(err) == f"lot number: lot {shown} of type M67 looks like existing lot A-10"
    err = refused(
        engine,
        InvalidInput,
        sp.lots.split_lot,
        lot,
        new_lot_number=typed,
        quantity=100,
        on=TODAY,
        category=None,
        authority_ref="AUTH-1",
        reason="split",
    )
    assert str(err) == f"new lot number: lot {shown} of type M67 looks like existing lot A-10"
    assert import_problems(
        sp, engine, LOTS + f"A-9,M67,5,ANAD,surplus,2020-01-02\n{typed},M67,5,ANAD,surplus,2020-01-02\n"
    ) == [f"line 3, lot_number: lot {shown} of type M67 looks like existing lot A-10"]
    [problem] = import_problems(sp, engine, MOVEMENTS + f"2020-01-03,receipt,{typed},M67,ANAD,5,DD-9\n", "movements")
    assert problem == f"line 2, lot_number: lot {shown} of type M67 looks like existing lot A-10"
    receive(sp, typed, type="M16")  # another type's lots are another list


def test_look_alike_lot_numbers_in_one_file_are_refused_naming_the_first_line(sp, engine):
    assert import_problems(
        sp, engine, LOTS + "B-10,M67,5,ANAD,surplus,2020-01-02\nB-1O,M67,5,ANAD,surplus,2020-01-02\n"
    ) == ["line 3, lot_number: lot B-1O of type M67 looks like lot B-10 on line 2"]


def test_A_II_and_A_11_are_one_lot_number_to_the_eye(sp, engine):
    """A capital I and a one are both strokes (docs/DOMAIN.md, Text): A-II cannot join A-11."""
    receive(sp, "A-11")
    err = refused(engine, InvalidInput, receive, sp, "A-II")
    assert str(err) == "lot number: lot A-II of type M67 looks like existing lot A-11"
    receive(sp, "A-12")  # a different number is not refused
    receive(sp, "1111-1111")  # one of too many spellings to ask the index for: all of the type's are read
    err = refused(engine, InvalidInput, receive, sp, "llll-IIII")
    assert str(err) == "lot number: lot llll-IIII of type M67 looks like existing lot 1111-1111"


@pytest.mark.parametrize("typed", ["ADV-C1O", "ADV-\u042110", "ADV\u2013C1O"])  # capital O, Cyrillic С, en dash
def test_a_certificate_that_looks_like_one_held_is_refused_naming_it(sp, engine, typed):
    lot = receive(sp, "L-001")
    destroy(sp, lot, "ADV-C10")
    shown = typed.replace("\u2013", "-")
    err = refused(engine, InvalidInput, destroy, sp, lot, typed)
    assert str(err) == f"certificate number: certificate {shown} looks like existing certificate ADV-C10"
    rows = "L-001,M67,5,2026-05-02,other,ANAD,Capt. Reyes,Mr. Okafor,"
    assert import_problems(sp, engine, DESTRUCTIONS + rows + "ADV-C11\n" + rows + typed + "\n", "destructions") == [
        f"line 3, certificate: certificate {shown} looks like existing certificate ADV-C10"
    ]
    assert import_problems(sp, engine, DESTRUCTIONS + rows + "ADV-C20\n" + rows + "ADV-C2O\n", "destructions") == [
        "line 3, certificate: certificate ADV-C2O looks like certificate ADV-C20 on line 2"
    ]


# -- people ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["\u0430lice", "ALICE", "\uff41lice", "Al\u0456ce"])  # Cyrillic а, і; fullwidth ａ
def test_four_eyes_sees_alice_in_a_look_alike_name(sp, engine, name):
    """The issue's `аlice` with a Cyrillic а passed as someone else and verified alice's certificate."""
    event = destroy(sp, receive(sp, "L-001"), "C-9")
    look_alike = Stockpile(engine, name, today=lambda: TODAY)
    err = refused(engine, RuleViolation, look_alike.destruction.verify_certificate, event.id, verified_on=TODAY)
    assert str(err).startswith("certificate C-9 was recorded by alice; another person must verify it")
    Stockpile(engine, "bob", today=lambda: TODAY).destruction.verify_certificate(event.id, verified_on=TODAY)


def test_the_witness_cannot_be_the_officer_in_look_alike_letters(sp, engine):
    lot = receive(sp, "L-001")
    err = refused(engine, RuleViolation, destroy, sp, lot, "C-9", officer="Capt. Reyes", witness="C\u0430pt. Reyes")
    assert str(err).startswith("the witness cannot be the officer in charge")
    rows = "L-001,M67,5,2026-05-02,other,ANAD,Capt. Reyes,CAPT. R\u0415YES,C-9\n"
    assert import_problems(sp, engine, DESTRUCTIONS + rows, "destructions") == [
        "line 2, witness: the witness cannot be the officer in charge (four eyes: a second person verifies)"
    ]


def test_a_certificate_verified_in_sql_by_a_look_alike_of_its_recorder_is_a_finding(sp, engine):
    event = destroy(sp, receive(sp, "L-001"), "C-9")
    with engine.begin() as connection:  # the CHECK compares strings: 'аlice' is not 'alice' to it
        connection.execute(
            text("UPDATE destruction_event SET verified_by = :name, verified_on = :on WHERE id = :id"),
            {"name": "\u0430lice", "on": TODAY, "id": event.id},
        )
    [found] = [f for f in sp.compliance.findings() if "1 certificate verified by its recorder" in f.message]
    assert found.severity == "error" and "C-9" in found.certificates


# -- who is working: the command line and the window ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "refusal"),
    [
        ("al\nice", "user: must be one line"),
        ("al\x1b[31mice", "user: holds the control character U+001B"),
        ("alice\u200b", "user: holds the invisible character U+200B (ZERO WIDTH SPACE)"),
        ("\u202eecila", "user: holds the invisible character U+202E (RIGHT-TO-LEFT OVERRIDE)"),
    ],
)
def test_a_user_name_that_would_make_the_audit_log_lie_is_refused(sqlite_url, capsys, monkeypatch, name, refusal):
    assert main(["--database", sqlite_url, "--user", name, "lots"]) == 2
    assert capsys.readouterr().err == f"stockpile-tracker: {refusal}\n"
    monkeypatch.setenv("STOCKPILE_USER", name)
    assert main(["--database", sqlite_url, "lots"]) == 2
    assert capsys.readouterr().err == f"stockpile-tracker: {refusal}\n"


def test_the_window_refuses_an_operator_name_the_audit_log_would_not_show_as_typed(qtbot):
    dialog = UserNameDialog()
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("bob\u200b")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "name: holds the invisible character U+200B (ZERO WIDTH SPACE)"
    dialog.name_edit.setText("  Sgt. J. Doe ")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.name == "Sgt. J. Doe"
