"""Roles on PostgreSQL (`db roles`): each part may do its work through the program and nothing
more, the database refusing the rest in SQL too; the record names the database login, and the
four-eyes rule compares logins. Real roles and logins are created on the server under a prefix of
the test's own (roles are the whole server's) and dropped afterwards, even when the test fails."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

import pytest
from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, ProgrammingError

from stockpile_tracker.cli import main
from stockpile_tracker.db.migrate import open_database
from stockpile_tracker.db.models import AuditEntry, Base, DestructionEvent, Movement
from stockpile_tracker.db.roles import PARTS, RECORDER, VERIFIER, role_name, set_up_roles, writes_of
from stockpile_tracker.domain.enums import Rule
from stockpile_tracker.domain.errors import NotPermitted, RuleViolation
from stockpile_tracker.services import Stockpile

from ..conftest import PG_SKIP
from ..helpers import TODAY, receive, refused, seed_catalogue, settle

PEOPLE = {"vera": ["viewer"], "alice": ["recorder"], "bob": ["verifier"], "carol": ["recorder", "verifier"]}
PEOPLE["adam"] = ["administrator"]
DESTROYED_ON = date(2026, 5, 10)


# -- what each part writes, read from the program (no database) ------------------------------------


def test_the_administrator_writes_every_table_and_the_recorder_no_verification_or_catalogue():
    assert set(writes_of("administrator")) == set(Base.metadata.tables)  # a new table must be given a part
    recorder = writes_of("recorder")
    assert "verified" not in recorder["destruction_event"] and "certified" not in recorder["event_line"]
    for table in ("policy_profile", "korea_requirement", "mine_type", "site", "setting", "frozen_report"):
        assert table not in recorder and table not in writes_of("verifier")
    assert "UPDATE" not in recorder["lot"]  # a lot's number and type are not changed in SQL
    assert writes_of("viewer") == {}
    every = " ".join(privileges for part in PARTS for privileges in writes_of(part).values())
    assert "DELETE" not in every and "TRUNCATE" not in every


def test_the_programs_roles_are_told_from_others_by_their_names():
    from stockpile_tracker.db.roles import program_prefix

    assert program_prefix("stockpile_recorder") == "stockpile" and program_prefix("depot_7_viewer") == "depot_7"
    assert [program_prefix(name) for name in ("alice", "PUBLIC", "_viewer", "Depot_viewer", "recorder")] == [None] * 5


def test_a_refusal_says_in_words_what_the_login_may_not_do_and_names_the_table_last():
    from stockpile_tracker.db.roles import refusal

    recorder = frozenset({"viewer", "recorder"})
    assert refusal("permission denied for table mine_type", recorder) == (
        "Your login may not change the catalogue, the policy profiles, the settings or the Article 7 texts: it "
        "needs the role administrator (the roles are listed by 'stockpile-tracker db roles'); nothing was "
        "written. The database refused: permission denied for table mine_type"
    )
    assert refusal("permission denied for sequence lot_id_seq", frozenset({"viewer", "verifier"})).startswith(
        "Your login may not record lots, movements or destructions: it needs the role recorder ("
    )
    assert refusal("permission denied for schema other", recorder).startswith("Your login's role does not allow this (")


def test_the_administrator_has_both_lists_of_columns_of_a_table_two_parts_update():
    assert RECORDER["event_line"][1] == "UPDATE (quantity)" and VERIFIER["event_line"] == (
        "UPDATE (certified_quantity)",
    )
    assert writes_of("administrator")["event_line"] == "INSERT, UPDATE (quantity, certified_quantity)"


def test_roles_on_sqlite_are_refused_with_why_and_no_file_is_made(tmp_path, capsys):
    path = tmp_path / "record.db"
    assert main(["--database", str(path), "db", "roles"]) == 2
    assert "roles are a PostgreSQL feature" in capsys.readouterr().err
    assert not path.exists()


# -- on a server -------------------------------------------------------------------------------------


@dataclass
class Office:
    """A database with the roles granted, and a login for each person (member of their parts)."""

    url: str
    prefix: str
    owner: Engine
    logins: dict[str, str]
    engines: list[Engine] = field(default_factory=list)

    def url_of(self, person: str) -> str:
        return make_url(self.url).set(username=self.logins[person]).render_as_string(hide_password=False)

    def engine(self, person: str) -> Engine:
        engine = open_database(self.url_of(person))
        self.engines.append(engine)
        return engine

    def sp(self, person: str, typed: str) -> Stockpile:
        return Stockpile(self.engine(person), typed, today=lambda: TODAY)

    def sql(self, person: str, statement: str, **values: object) -> None:
        with self.engine(person).begin() as connection:
            connection.execute(text(statement), values)


@pytest.fixture
def office(pg_server) -> Iterator[Office]:
    if pg_server is None:
        pytest.skip(PG_SKIP)
    prefix = f"st{uuid.uuid4().hex[:12]}"
    logins = {person: f"{prefix}_{person}" for person in PEOPLE}
    server = create_engine(pg_server.url, isolation_level="AUTOCOMMIT")
    made: list[Engine] = []
    try:
        with pg_server.scratch(template=pg_server.template) as url:
            owner = open_database(url)
            made.append(owner)
            with server.connect() as connection:
                for login in logins.values():
                    connection.execute(text(f'CREATE ROLE "{login}" LOGIN'))
            members = [(part, logins[person]) for person, parts in PEOPLE.items() for part in parts]
            set_up_roles(owner, prefix, members)
            seed_catalogue(Stockpile(owner, "Owner", today=lambda: TODAY))
            office = Office(url, prefix, owner, logins, made)
            yield office
            for engine in made:
                engine.dispose()
    finally:
        for engine in made:
            engine.dispose()
        with server.connect() as connection:  # the database is dropped: the roles hold nothing left
            for name in [*logins.values(), *(role_name(prefix, part) for part in PARTS)]:
                connection.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
        server.dispose()


def destroy(sp: Stockpile, lot_id: int, certificate: str) -> int:
    return sp.destruction.record_event(
        occurred_on=DESTROYED_ON,
        site="ANAD",
        method="incineration_rotary",
        officer="Capt. Reyes",
        witness="Mr. Okafor",
        certificate_number=certificate,
        lines={lot_id: 100},
    ).id


def refused_in_sql(office: Office, person: str, statement: str, why: str = "permission denied", **values: object):
    with pytest.raises(ProgrammingError, match=why):
        office.sql(person, statement, **values)


def test_no_role_may_delete_truncate_or_own_and_granting_again_gives_the_same(office):
    with office.owner.connect() as connection:
        tables = connection.execute(text("SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'public'"))
        roles = [role_name(office.prefix, part) for part in PARTS]
        for table, table_owner in tables.all():
            assert table_owner not in roles
            for role in roles:
                for privilege in ("DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"):
                    assert not connection.scalar(
                        text("SELECT has_table_privilege(:role, :table, :privilege)"),
                        {"role": role, "table": table, "privilege": privilege},
                    ), (role, table, privilege)
        viewer = role_name(office.prefix, "viewer")
        assert connection.scalar(text("SELECT has_table_privilege(:r, 'movement', 'SELECT')"), {"r": viewer})
    recorder = role_name(office.prefix, "recorder")
    with office.owner.begin() as connection:  # granted by hand, outside the program
        connection.execute(text(f'GRANT DELETE, TRUNCATE ON movement TO "{recorder}"'))
    owner = Stockpile(office.owner, "Owner", today=lambda: TODAY)
    assert sorted(owner.check().problems) == [
        f"role {recorder} may {privilege} table movement: only the owner should; as the owner, run "
        f"'stockpile-tracker db roles --prefix {office.prefix}', which grants the program's roles exactly their part"
        for privilege in ("DELETE", "TRUNCATE")
    ]
    first = set_up_roles(office.owner, office.prefix)
    assert set_up_roles(office.owner, office.prefix) == first
    with office.owner.connect() as connection:
        assert not connection.scalar(text("SELECT has_table_privilege(:r, 'movement', 'DELETE')"), {"r": recorder})
    assert owner.check().ok


def test_a_viewer_reads_and_cannot_write(office):
    Stockpile(office.owner, "Owner", today=lambda: TODAY).lots.receive_lot(
        lot_number="L-001", type="M67", site="ANAD", quantity=10, received_on=date(2020, 1, 15), document_ref="DD-1"
    )
    vera = office.sp("vera", "Vera Ruiz")
    assert [row.lot_number for row in vera.queries.lots()] == ["L-001"]
    error = refused(office.owner, NotPermitted, receive, vera, "L-002")
    assert str(error).startswith(  # in words first, the table the database named at the end
        "Your login may only read: changing the record needs the role recorder, verifier or administrator "
        "(the roles are listed by 'stockpile-tracker db roles'); nothing was written. The database refused: "
    )
    assert str(error).endswith("permission denied for table audit_head")
    refused_in_sql(office, "vera", "UPDATE lot SET notes = 'x'")


def test_a_recorder_records_under_its_login_and_may_not_verify_edit_profiles_rename_or_truncate(office):
    with office.owner.connect() as connection:  # the owner's entries: the schema's and the catalogue's
        set_up = connection.scalar(select(func.max(AuditEntry.id)))
    alice = office.sp("alice", "bob")  # the name typed proves nothing: the login is recorded
    login = office.logins["alice"]
    assert alice.user == login and alice.operator == f"{login} (bob)"
    lot = receive(alice, "L-001", 1000)
    alice.lots.transfer_out(lot, 10, date(2026, 5, 1), "TR-1", "to the depot of another state for destruction")
    suspension = alice.suspensions.suspend(
        lot, quantity=5, kind="investigation", reference="INV-1", reason="count", suspended_from=date(2026, 5, 2)
    )
    alice.suspensions.lift(suspension.id, reason="counted", lifted_on=date(2026, 5, 3))
    destroy(alice, lot, "C-1")
    with office.owner.connect() as connection:
        assert set(connection.scalars(select(Movement.recorded_by))) == {login}
        assert connection.scalar(select(DestructionEvent.recorded_by)) == login
        assert set(connection.scalars(select(AuditEntry.user).where(AuditEntry.id > set_up))) == {login}

    by_carol = destroy(office.sp("carol", "Carol Diaz"), lot, "C-2")
    error = refused(office.owner, NotPermitted, alice.destruction.verify_certificate, by_carol, verified_on=TODAY)
    assert str(error).startswith("Your login may not verify certificates: it needs the role verifier (")
    refused_on = ("permission denied for table destruction_event", "permission denied for table event_line")
    assert str(error).endswith(refused_on)  # a verification writes the certified quantities first
    error = refused(
        office.owner, NotPermitted, alice.catalogue.update_profile, "ottawa", "a test", effective_on=date(2019, 1, 1)
    )
    assert str(error).startswith("Your login may not change the catalogue, the policy profiles, the settings or ")
    assert "it needs the role administrator (" in str(error)
    assert str(error).endswith("permission denied for table policy_profile")
    refused_in_sql(office, "alice", "UPDATE destruction_event SET verified_by = 'someone', verified_on = '2026-06-30'")
    refused_in_sql(office, "alice", "UPDATE policy_profile SET deadline_years = 99")
    refused_in_sql(office, "alice", "UPDATE lot SET mine_type_id = (SELECT max(id) FROM mine_type)")
    refused_in_sql(office, "alice", "UPDATE mine_type SET designation = 'M-X'")
    refused_in_sql(office, "alice", "TRUNCATE audit_entry, frozen_report")
    refused_in_sql(office, "alice", "DELETE FROM movement")
    assert office.sp("vera", "Vera").check().ok


def test_a_verifier_verifies_another_logins_certificate_and_never_its_own(office):
    alice, carol = office.sp("alice", "Alice Martin"), office.sp("carol", "Carol Diaz")
    lot = receive(alice, "L-001", 1000)
    by_alice, by_carol, again_by_alice = (
        destroy(alice, lot, "C-1"),
        destroy(carol, lot, "C-2"),
        destroy(alice, lot, "C-3"),
    )

    bob = office.sp("bob", office.logins["alice"])  # typing the recorder's login changes nothing
    assert bob.destruction.verify_certificate(by_alice, verified_on=TODAY).verified_by == office.logins["bob"]
    carol_again = office.sp("carol", "Someone Else")
    error = refused(
        office.owner, RuleViolation, carol_again.destruction.verify_certificate, by_carol, verified_on=TODAY
    )
    assert error.rule is Rule.FOUR_EYES
    with pytest.raises(RuleViolation), carol_again.acting_as("Someone Else"):
        pass
    assert carol_again.destruction.verify_certificate(again_by_alice, verified_on=TODAY).verified_by == carol_again.user


def test_recorders_and_a_verifier_take_a_destruction_from_plan_to_close_and_a_correction(office):
    """Each step through the program with only its role's grants: retention, a split, a task planned,
    shipped, destroyed at the site, verified by another login, closed; a correction by a login that
    is both recorder and verifier, verified again by the verifier."""
    alice, bob, carol = office.sp("alice", "Alice"), office.sp("bob", "Bob"), office.sp("carol", "Carol")
    lot = receive(alice, "L-001", 1000)
    alice.lots.change_retention(
        lot, quantity=100, category="korea", authority_ref="USFK-1", reason="reserve", valid_from=date(2022, 7, 1)
    )
    alice.lots.split_lot(
        lot,
        new_lot_number="L-001-B",
        quantity=50,
        on=date(2024, 1, 10),
        category=None,
        authority_ref="SPLIT-1",
        reason="part of it moves apart",
    )
    task = alice.destruction.schedule(
        planned_on=date(2026, 5, 1), site="ANAD", method="incineration_rotary", lines={lot: 300}
    )
    alice.destruction.ship(task.id, on=date(2026, 5, 2), lines={lot: 300}, document_ref="SHIP-1")
    event = alice.destruction.record_event(
        occurred_on=DESTROYED_ON,
        site="ANAD",
        method="incineration_rotary",
        officer="Capt. Reyes",
        witness="Mr. Okafor",
        certificate_number="C-1",
        lines={lot: 300},
        task_id=task.id,
    ).id
    bob.destruction.verify_certificate(event, verified_on=TODAY)
    refused(office.owner, NotPermitted, alice.corrections.correct_destruction, event, lot, quantity=290, reason="x")
    corrected = carol.corrections.correct_destruction(event, lot, quantity=290, reason="the count was 290")
    assert (corrected.verified_by, corrected.corrected_by) == (None, office.logins["carol"])
    bob.destruction.verify_certificate(event, verified_on=TODAY)
    closed = alice.destruction.close_task(task.id, "ten mines not destroyed: investigation INV-9")
    assert closed.status == "closed"
    assert office.sp("vera", "Vera").check().ok


def test_a_login_writes_no_other_name_than_its_own_into_who_did_it(office):
    alice = office.sp("alice", "Alice Martin")
    event = destroy(alice, receive(alice, "L-001", 1000), "C-1")
    not_mine = "must be the login that writes it"
    # The verifier may write verified_by (its grant), but only its own login: the trigger refuses the rest.
    refused_in_sql(
        office,
        "bob",
        "UPDATE destruction_event SET verified_by = :who, verified_on = :on WHERE id = :id",
        not_mine,
        who=office.logins["carol"],
        on=TODAY,
        id=event,
    )
    refused_in_sql(
        office,
        "alice",
        'INSERT INTO audit_entry (id, at, "user", action, entity, prev_hash, hash) '
        "VALUES (999999, now(), :who, 'note', 'lot', 'x', 'y')",
        not_mine,
        who=office.logins["bob"],
    )
    owner = Stockpile(office.owner, "Owner", today=lambda: TODAY)  # the owner is held to no login
    owner.destruction.verify_certificate(event, verified_on=TODAY)


def verified_certificate(office: Office) -> tuple[int, int]:
    """Certificate C-1 of 100 of a lot, recorded by alice and verified by bob through the program."""
    alice = office.sp("alice", "Alice Martin")
    lot = receive(alice, "L-001", 1000)
    event = destroy(alice, lot, "C-1")
    office.sp("bob", "Bob").destruction.verify_certificate(event, verified_on=TODAY)
    return lot, event


def test_a_verification_is_never_changed_and_withdrawn_only_by_a_correction_of_a_recorder(office):
    _lot, event = verified_certificate(office)
    carol, bob = office.logins["carol"], office.logins["bob"]
    # The recorder has no grant on who verified; carol (recorder and verifier) writes only her own name,
    # and even that not over bob's verification.
    refused_in_sql(
        office, "alice", "UPDATE destruction_event SET verified_by = :who WHERE id = :id", who=carol, id=event
    )
    refused_in_sql(
        office,
        "carol",
        "UPDATE destruction_event SET verified_by = :who WHERE id = :id",
        "was verified by .* a verification is never changed",
        who=carol,
        id=event,
    )
    refused_in_sql(
        office,
        "bob",
        "UPDATE destruction_event SET verified_on = :on WHERE id = :id",
        "a verification is never changed",
        on=DESTROYED_ON,
        id=event,
    )
    clear = "UPDATE destruction_event SET verified_by = NULL, verified_on = NULL, corrected_by = :who WHERE id = :id"
    refused_in_sql(office, "carol", clear, "withdrawn only by a correction, which writes the login", who=None, id=event)
    refused_in_sql(office, "bob", clear, "may not correct the quantities destroyed", who=bob, id=event)
    with office.owner.connect() as connection:
        assert connection.scalar(select(DestructionEvent.verified_by)) == bob
    office.sql("carol", clear, who=carol, id=event)  # what a correction does: carol may then not verify it
    with office.owner.connect() as connection:
        assert connection.execute(select(DestructionEvent.verified_by, DestructionEvent.corrected_by)).one() == (
            None,
            carol,
        )


def test_a_verified_certificates_quantities_are_kept_and_an_unverified_ones_are_not(office):
    lot, event = verified_certificate(office)
    for person, statement in (
        ("alice", "UPDATE event_line SET quantity = 50 WHERE event_id = :id"),
        ("carol", "UPDATE event_line SET quantity = 50 WHERE event_id = :id"),
        ("bob", "UPDATE event_line SET certified_quantity = 50 WHERE event_id = :id"),
    ):
        refused_in_sql(
            office,
            person,
            statement,
            "certificate C-1 is verified: its lines are not changed",
            id=event,
        )
    refused_in_sql(
        office,
        "alice",
        "INSERT INTO event_line (event_id, lot_id, quantity) VALUES (:id, :lot, 900)",
        "certificate C-1 is verified",
        id=event,
        lot=lot,
    )
    # What the database cannot keep: a recorder's change of an unverified certificate's quantity is
    # within its grants. db check names it: the row differs from what its audit entry recorded.
    unverified = destroy(office.sp("alice", "Alice"), lot, "C-2")
    office.sql("alice", "UPDATE event_line SET quantity = 50 WHERE event_id = :id", id=unverified)
    problems = office.sp("vera", "Vera").check().problems
    assert any("changed outside Stockpile Tracker" in problem and "event_line" in problem for problem in problems)


def test_a_closed_or_cancelled_tasks_closing_is_kept(office):
    alice = office.sp("alice", "Alice")
    lot = receive(alice, "L-001", 1000)
    plan = {"planned_on": date(2026, 5, 1), "site": "ANAD", "method": "incineration_rotary", "lines": {lot: 300}}
    cancelled = alice.destruction.schedule(**plan).id
    alice.destruction.cancel_task(cancelled, "the plant is closed")
    open_one = alice.destruction.schedule(**plan).id
    reopen = "UPDATE destruction_task SET status = 'open', closed_by = NULL, closed_at = NULL, close_note = NULL"
    refused_in_sql(
        office, "alice", f"{reopen} WHERE id = :id", "is cancelled: its status, who cancelled it", id=cancelled
    )
    refused_in_sql(
        office, "carol", "UPDATE destruction_task SET close_note = 'x' WHERE id = :id", "is cancelled", id=cancelled
    )
    office.sql("alice", "UPDATE destruction_task SET close_note = close_note WHERE id = :id", id=cancelled)
    assert alice.destruction.cancel_task(open_one, "not needed after all").status == "cancelled"


def test_a_lifted_suspension_is_kept_for_a_login_too(office):
    alice = office.sp("alice", "Alice")
    lot = receive(alice, "L-001", 1000)
    suspension = alice.suspensions.suspend(
        lot, quantity=5, kind="investigation", reference="INV-1", reason="count", suspended_from=date(2026, 5, 2)
    )
    alice.suspensions.lift(suspension.id, reason="counted", lifted_on=date(2026, 5, 3))
    for statement in (
        "UPDATE suspension SET lift_reason = 'never held' WHERE id = :id",
        "UPDATE suspension SET lifted_on = NULL, lifted_by = NULL, lift_reason = NULL WHERE id = :id",
    ):
        with pytest.raises(DBAPIError, match="suspension is append-only: only its lifting is written, once"):
            office.sql("alice", statement, id=suspension.id)


def test_a_temporary_table_named_pg_class_does_not_make_a_login_the_owner(office):
    """A login's temporary tables come first in its search path: one named pg_class, saying the login
    owns every table, fooled a function that read pg_class unqualified (0021's, until 0022)."""
    _lot, event = verified_certificate(office)
    with office.engine("alice").connect() as connection:
        connection.execute(text("CREATE TEMP TABLE pg_class (oid oid, relname name, relowner oid)"))
        connection.execute(
            text(
                "INSERT INTO pg_class SELECT c.oid, c.relname, r.oid FROM pg_catalog.pg_class c, pg_catalog.pg_roles r "
                "WHERE r.rolname = session_user AND c.relkind = 'r'"
            )
        )
        shadowed = (
            "SELECT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'lot'::regclass), 'USAGE')"
        )
        assert connection.scalar(text(shadowed))  # unqualified, the login now looks like the owner
        connection.commit()
        for statement, why in (
            (
                'INSERT INTO audit_entry (id, at, "user", action, entity, prev_hash, hash) '
                "VALUES (999999, now(), :bob, 'note', 'lot', 'x', 'y')",
                "must be the login that writes it",
            ),
            ("UPDATE event_line SET quantity = 1 WHERE event_id = :event", "certificate C-1 is verified"),
        ):
            with pytest.raises(ProgrammingError, match=why):
                connection.execute(text(statement), {"bob": office.logins["bob"], "event": event})
            connection.rollback()


def test_the_row_rules_run_with_a_safe_search_path_and_read_the_catalogue_by_name(office):
    with office.owner.connect() as connection:
        functions = dict(
            connection.execute(
                text(
                    "SELECT proname, array_to_string(proconfig, ',') FROM pg_proc "
                    "WHERE proname IN ('by_the_login', 'verification_kept', 'event_line_kept', 'task_closed_kept')"
                )
            ).all()
        )
        sources = connection.execute(text("SELECT prosrc FROM pg_proc WHERE proname = 'by_the_login'")).scalar_one()
    assert functions == dict.fromkeys(functions, "search_path=pg_catalog, pg_temp") and len(functions) == 4
    assert "pg_catalog.pg_class" in sources and " pg_class" not in sources.replace("pg_catalog.pg_class", "")


def test_the_administrator_edits_profiles_and_the_catalogue(office):
    adam = office.sp("adam", "Adam Smith")
    profile = adam.catalogue.update_profile("ottawa", "entry into force for this state", effective_on=date(2019, 1, 1))
    assert profile.effective_on == date(2019, 1, 1)
    adam.catalogue.add_site(code="TOOELE", name="Tooele Army Depot", country="US")


def test_db_roles_prints_what_it_grants_and_makes_a_login_a_member(office, capsys):
    argv = ["--database", office.url, "db", "roles", "--prefix", office.prefix]
    assert main([*argv, "--grant", "recorder", office.logins["vera"]]) == 0
    out = capsys.readouterr().out
    recorder = role_name(office.prefix, "recorder")
    assert f"{recorder}:" in out
    assert "destruction_event" in out and "UPDATE (verified_by, verified_on, corrected_by)" in out
    assert f"role {recorder}" in out and "no role may delete, truncate or own anything" in out
    assert "TRUNCATE" not in out.split("no role may")[0] and "DELETE" not in out
    receive(office.sp("vera", "Vera"), "L-009", 5)  # now a recorder too
    assert main([*argv, "--grant", "clerk", "x"]) == 2
    assert "'clerk' is not a role" in capsys.readouterr().err


def test_the_window_shows_what_the_login_may_do(office, qtbot, settings):
    from stockpile_tracker.qt.main_window import MainWindow

    window = MainWindow(settings, "Vera Ruiz")
    qtbot.addWidget(window)
    assert window.open_database(office.url_of("vera"))
    settle(qtbot, window)
    assert window.user_label.text() == f"Operator: {office.logins['vera']} (Vera Ruiz); may only read"
    receive_action, verify_action = window.named_actions["receive"], window.named_actions["verify"]
    assert not receive_action.isEnabled()
    assert receive_action.statusTip() == "Your database login may not receive a lot: it needs the role recorder"
    assert "needs the role verifier" in verify_action.statusTip()
    assert window.named_actions["refresh"].isEnabled()
    window.sp.close()


def test_a_report_is_printed_by_the_login_with_the_name_typed_beside_it(office):
    from stockpile_tracker.reports.document import to_html
    from stockpile_tracker.reports.status import status_report

    vera = office.sp("vera", "Vera Ruiz")
    report = status_report(vera, TODAY)
    assert report.printed_by == vera.operator == f"{office.logins['vera']} (Vera Ruiz)"
    assert f"by {office.logins['vera']} (Vera Ruiz)" in report.footer and report.printed_by in to_html(report)


def test_the_operator_dialog_names_the_login_that_records(office, qtbot):
    from stockpile_tracker.qt.user_name_dialog import UserNameDialog

    login = office.logins["alice"]
    dialog = UserNameDialog("Alice Martin", sp=office.sp("alice", "Alice Martin"))
    qtbot.addWidget(dialog)
    assert dialog.words.text().startswith(f"Your database login, {login}, is the recorder")
    assert f"shown beside it, as {login} (your name)" in dialog.words.text()
    owner = UserNameDialog("Owner", sp=Stockpile(office.owner, "Owner"))  # held to no login: the name records
    qtbot.addWidget(owner)
    words = owner.words.text()
    assert words.startswith("You are signed in as the database's owner") and "db roles" in words


def test_db_check_names_the_revoke_that_takes_back_a_grant_to_a_login_or_public(office):
    """A grant to a login or to PUBLIC is not the program's to take back with db roles: db check
    gives the exact REVOKE statement, and running it as the owner makes the record pass."""
    alice = office.logins["alice"]
    with office.owner.begin() as connection:
        connection.execute(text(f'GRANT DELETE ON lot TO "{alice}"'))
        connection.execute(text("GRANT TRUNCATE ON audit_entry TO PUBLIC"))
    owner = Stockpile(office.owner, "Owner", today=lambda: TODAY)
    problems = sorted(owner.check().problems)
    assert problems == [
        "role PUBLIC may TRUNCATE table audit_entry: only the owner should; as the owner, run "
        "REVOKE TRUNCATE ON audit_entry FROM PUBLIC;",
        f"role {alice} may DELETE table lot: only the owner should; as the owner, run "
        f"REVOKE DELETE ON lot FROM {alice};",
    ]
    with office.owner.begin() as connection:  # the statements as db check printed them
        for problem in problems:
            connection.execute(text(problem.split("run ", 1)[1]))
    assert owner.check().ok
