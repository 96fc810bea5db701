"""Stockpile is the one door to a record (services/__init__.py): the window, the reports and the command
line open, describe, check and close a database through it, never through db/."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from stockpile_tracker.domain.errors import DatabaseError, InvalidInput
from stockpile_tracker.services import Stockpile, without_password

from ..conftest import PG_SKIP
from ..helpers import TODAY, seed_catalogue, tamper_outside_the_program


def test_a_record_opened_from_a_path_names_its_file(tmp_path):
    path = tmp_path / "depot.db"
    sp = Stockpile.open(str(path), "alice")
    try:
        assert sp.url == f"sqlite:///{path}" and sp.user == "alice"
        assert sp.database_file == path and sp.database_label == "depot.db"
        assert sp.catalogue.types() == []  # created and migrated: ready to use
        assert path.with_name("depot.db-wal").exists()  # a connection is still open
    finally:
        sp.close()
    assert not path.with_name("depot.db-wal").exists()  # the last connection closed: the file is whole


def test_a_record_on_a_server_is_named_by_server_and_database_never_by_password(pg_server):
    if pg_server is None:
        pytest.skip(PG_SKIP)
    with pg_server.scratch(template=pg_server.template) as plain_url:
        # The test server trusts local connections, so any password is accepted.
        url = make_url(plain_url).set(password="s3cret-pw").render_as_string(hide_password=False)
        sp = Stockpile.open(url, "alice")
        try:
            assert sp.database_file is None
            parsed = make_url(plain_url)
            assert sp.database_label == f"{parsed.host}:{parsed.port}/{parsed.database}"
            assert without_password(sp.url) == plain_url and sp.url == url  # the password in memory only
        finally:
            sp.close()


def test_a_database_that_cannot_be_opened_says_why(tmp_path):
    with pytest.raises(DatabaseError, match="does not exist"):
        Stockpile.open(str(tmp_path / "no-such-folder" / "depot.db"), "alice")


def test_an_unusable_user_name_opens_nothing(tmp_path):
    with pytest.raises(InvalidInput):
        Stockpile.open(str(tmp_path / "depot.db"), " ")


def test_another_person_shares_the_record_and_its_day(stockpile):
    bob = stockpile.as_user("bob")
    assert (bob.user, bob.today(), bob.url) == ("bob", TODAY, stockpile.url)
    assert bob.context.engine is stockpile.context.engine
    seed_catalogue(bob)
    assert [t.designation for t in stockpile.catalogue.types()] == [t.designation for t in bob.catalogue.types()]


def test_acting_as_refuses_an_empty_name_and_always_gives_the_name_back(stockpile):
    with pytest.raises(InvalidInput), stockpile.acting_as(""):
        pass
    with pytest.raises(RuntimeError), stockpile.acting_as("bob"):
        assert stockpile.user == "bob"
        raise RuntimeError("stopped half-way")
    assert stockpile.user == "alice"


def test_a_batch_keeps_all_of_its_actions_or_none(stockpile):
    with pytest.raises(InvalidInput), stockpile.batch():
        stockpile.catalogue.add_site(code="ANAD", name="Anniston", country="US")
        stockpile.catalogue.add_site(code="ANAD", name="Anniston again", country="US")
    assert stockpile.catalogue.sites() == []


def test_the_audit_chain_is_verified_through_the_record(database_url):
    sp = Stockpile.open(database_url, "alice")
    try:
        seed_catalogue(sp)
        assert sp.verify_audit_chain().ok
        tamper_outside_the_program(database_url, "UPDATE audit_entry SET \"user\" = 'mallory' WHERE id = 1")
        assert sp.verify_audit_chain().problems[0].startswith("audit entry 1 (")
    finally:
        sp.close()
