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
    [found] = [f for f in sp.compliance.findings() if "verified by their recorder" in f.message]
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
