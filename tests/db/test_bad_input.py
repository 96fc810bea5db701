"""Input the services must refuse before any rule is weighed: quantities that are not whole
numbers above zero, dates in the future, unknown sites, types, lots, tasks and events, missing
text and values outside the closed vocabularies. Each refusal names the field and the value,
raises the documented error class, and leaves the database exactly as it was."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from stockpile_tracker.domain.errors import InvalidInput, NotFound
from stockpile_tracker.services.importing import ImportRejected

from ..helpers import TODAY, refused, something_of_everything

D = date
TOMORROW = TODAY + timedelta(days=1)


@pytest.fixture
def w(stockpile, verifier):
    """helpers.something_of_everything, and the lot's first ledger entry."""
    w = something_of_everything(stockpile, verifier)
    w.movement = stockpile.queries.ledger(w.lot)[0].id
    return w


# -- quantities ------------------------------------------------------------------------------------------

QUANTITY_ACTIONS = {
    "receive": lambda w, q: w.sp.lots.receive_lot(
        lot_number="L-NEW", type="M67", site="ANAD", quantity=q, received_on=D(2021, 1, 1)
    ),
    "discovery": lambda w, q: w.sp.lots.record_discovery(
        lot_number="L-NEW", type="M67", site="ANAD", quantity=q, found_on=D(2021, 1, 1)
    ),
    "opening_balance": lambda w, q: w.sp.lots.record_opening_balance(
        lot_number="L-NEW", type="M67", site="ANAD", quantity=q, as_of=D(2021, 1, 1)
    ),
    "transfer_in": lambda w, q: w.sp.lots.transfer_in(w.lot, q, D(2021, 1, 1), "TI"),
    "transfer_out": lambda w, q: w.sp.lots.transfer_out(w.lot, q, D(2021, 1, 1), "TO", "moved"),
    "training": lambda w, q: w.sp.lots.consume_in_training(w.trained, q, D(2021, 6, 1), "TR"),
    "split": lambda w, q: w.sp.lots.split_lot(
        w.lot, new_lot_number="L-S", quantity=q, on=D(2021, 1, 1), category=None, authority_ref="A", reason="r"
    ),
    "schedule": lambda w, q: w.sp.destruction.schedule(
        planned_on=D(2026, 9, 1), site="ANAD", method="other", lines={w.lot: q}
    ),
    "ship": lambda w, q: w.sp.destruction.ship(w.task, on=D(2026, 6, 1), lines={w.lot: q}, document_ref="S"),
    "event": lambda w, q: w.sp.destruction.record_event(
        occurred_on=D(2026, 6, 1),
        site="ANAD",
        method="other",
        officer="O",
        witness="W",
        certificate_number="C-2",
        lines={w.lot: q},
    ),
}


def test_quantity_must_be_a_whole_number_above_zero(w, engine, subtests):
    """Every action that moves or plans mines; one database for all cases, as each leaves it as it was."""
    for action, call in QUANTITY_ACTIONS.items():
        for quantity in (0, -5, 2.5, True, "10"):
            with subtests.test(action=action, quantity=quantity):
                err = refused(engine, InvalidInput, call, w, quantity)
                assert err.field == "quantity"
                assert repr(quantity) in str(err) or str(quantity) in str(err)


def test_a_bad_line_names_its_lot(w, engine, subtests):
    """A task or an event has several lines; 'quantity: must be more than zero' alone does not say
    which one to correct."""
    calls = {
        "schedule": lambda: w.sp.destruction.schedule(
            planned_on=D(2026, 9, 1), site="ANAD", method="other", lines={w.lot: 10, w.trained: 0}
        ),
        "event": lambda: w.sp.destruction.record_event(
            occurred_on=D(2026, 6, 1),
            site="ANAD",
            method="other",
            officer="O",
            witness="W",
            certificate_number="C-2",
            lines={w.lot: 10, w.trained: -4},
        ),
    }
    for action, call in calls.items():
        with subtests.test(action=action):
            assert "L-T" in str(refused(engine, InvalidInput, call))


def test_count_and_retained_quantity_must_be_whole_numbers_zero_or_more(w, engine, subtests):
    for counted in (-1, 2.5, None):
        with subtests.test(counted=counted):
            err = refused(engine, InvalidInput, w.sp.lots.stock_check, w.lot, counted, D(2021, 1, 1), "SC", "r")
            assert err.field == "counted"
            assert str(err) == "counted: is required" if counted is None else repr(counted) in str(err)
    for quantity in (-1, 1.5):
        with subtests.test(retained=quantity):
            err = refused(
                engine,
                InvalidInput,
                w.sp.lots.change_retention,
                w.lot,
                quantity=quantity,
                category="korea",
                authority_ref="A",
                reason="r",
                valid_from=D(2021, 1, 1),
            )
            assert err.field == "quantity" and repr(quantity) in str(err)


def test_certified_quantity_must_be_zero_or_more(w, engine):
    err = refused(
        engine,
        InvalidInput,
        w.bob.destruction.verify_certificate,
        w.event,
        verified_on=D(2026, 5, 2),
        certified={w.lot: -3},
    )
    assert err.field == "certified" and "-3" in str(err)


def test_certified_lot_must_be_in_the_certificate(w, engine):
    err = refused(
        engine,
        InvalidInput,
        w.bob.destruction.verify_certificate,
        w.event,
        verified_on=D(2026, 5, 2),
        certified={w.trained: 5},
    )
    assert "C-1" in str(err) and str(w.trained) in str(err)


def test_lines_must_name_at_least_one_lot(w, engine, subtests):
    calls = {
        "schedule": lambda: w.sp.destruction.schedule(planned_on=D(2026, 9, 1), site="ANAD", method="other", lines={}),
        "ship": lambda: w.sp.destruction.ship(w.task, on=D(2026, 6, 1), lines={}, document_ref="S"),
        "event": lambda: w.sp.destruction.record_event(
            occurred_on=D(2026, 6, 1),
            site="ANAD",
            method="other",
            officer="O",
            witness="W",
            certificate_number="C-2",
            lines={},
        ),
    }
    for action, call in calls.items():
        with subtests.test(action=action):
            assert refused(engine, InvalidInput, call).field == "lots"


# -- dates in the future --------------------------------------------------------------------------------

FUTURE_ACTIONS = {
    "receive": lambda w: w.sp.lots.receive_lot(
        lot_number="L-NEW", type="M67", site="ANAD", quantity=5, received_on=TOMORROW
    ),
    "discovery": lambda w: w.sp.lots.record_discovery(
        lot_number="L-NEW", type="M67", site="ANAD", quantity=5, found_on=TOMORROW
    ),
    "opening_balance": lambda w: w.sp.lots.record_opening_balance(
        lot_number="L-NEW", type="M67", site="ANAD", quantity=5, as_of=TOMORROW
    ),
    "transfer_in": lambda w: w.sp.lots.transfer_in(w.lot, 5, TOMORROW, "TI"),
    "transfer_out": lambda w: w.sp.lots.transfer_out(w.lot, 5, TOMORROW, "TO", "moved"),
    "training": lambda w: w.sp.lots.consume_in_training(w.trained, 5, TOMORROW, "TR"),
    "stock_check_gain": lambda w: w.sp.lots.stock_check(w.lot, 950, TOMORROW, "SC", "found"),
    "stock_check_agrees": lambda w: w.sp.lots.stock_check(w.lot, 900, TOMORROW, "SC"),
    "reverse": lambda w: w.sp.lots.reverse(w.movement, "wrong", on=TOMORROW),
    "retention": lambda w: w.sp.lots.change_retention(
        w.lot, quantity=5, category="korea", authority_ref="A", reason="r", valid_from=TOMORROW
    ),
    "split": lambda w: w.sp.lots.split_lot(
        w.lot, new_lot_number="L-S", quantity=5, on=TOMORROW, category=None, authority_ref="A", reason="r"
    ),
    "ship": lambda w: w.sp.destruction.ship(w.task, on=TOMORROW, lines={w.lot: 5}, document_ref="S"),
    "event": lambda w: w.sp.destruction.record_event(
        occurred_on=TOMORROW,
        site="ANAD",
        method="other",
        officer="O",
        witness="W",
        certificate_number="C-2",
        lines={w.lot: 5},
    ),
    "verify": lambda w: w.bob.destruction.verify_certificate(w.event, verified_on=TOMORROW),
}


def test_no_date_in_the_future(w, engine, subtests):
    for action, call in FUTURE_ACTIONS.items():
        with subtests.test(action=action):
            err = refused(engine, InvalidInput, call, w)
            assert "2026-07-01" in str(err) and "future" in str(err)


def test_today_is_not_the_future(w):
    assert w.sp.lots.transfer_in(w.lot, 5, TODAY, "TI").on_hand == 905


def test_a_date_that_is_not_a_date_is_invalid_input(w, engine):
    """Quantities are type-checked (require_positive); dates should be too, not crash."""
    err = refused(
        engine,
        InvalidInput,
        w.sp.lots.receive_lot,
        lot_number="L-NEW",
        type="M67",
        site="ANAD",
        quantity=5,
        received_on="2021-01-01",
    )
    assert "2021-01-01" in str(err)


def test_manufactured_after_receipt_is_refused(w, engine):
    err = refused(
        engine,
        InvalidInput,
        w.sp.lots.receive_lot,
        lot_number="L-NEW",
        type="M67",
        site="ANAD",
        quantity=5,
        received_on=D(2021, 1, 1),
        manufactured_on=D(2021, 2, 1),
    )
    assert "2021-02-01" in str(err) and "2021-01-01" in str(err)


# -- unknown things ---------------------------------------------------------------------------------------

UNKNOWN_SITE = {
    "receive": lambda w: w.sp.lots.receive_lot(
        lot_number="L-NEW", type="M67", site="ATLANTIS", quantity=5, received_on=D(2021, 1, 1)
    ),
    "discovery": lambda w: w.sp.lots.record_discovery(
        lot_number="L-NEW", type="M67", site="ATLANTIS", quantity=5, found_on=D(2021, 1, 1)
    ),
    "schedule": lambda w: w.sp.destruction.schedule(
        planned_on=D(2026, 9, 1), site="ATLANTIS", method="other", lines={w.lot: 5}
    ),
    "event": lambda w: w.sp.destruction.record_event(
        occurred_on=D(2026, 6, 1),
        site="ATLANTIS",
        method="other",
        officer="O",
        witness="W",
        certificate_number="C-2",
        lines={w.lot: 5},
    ),
}


def test_unknown_site(w, engine, subtests):
    for action, call in UNKNOWN_SITE.items():
        with subtests.test(action=action):
            err = refused(engine, InvalidInput, call, w)
            assert err.field == "site" and "ATLANTIS" in str(err)


def test_unknown_type(w, engine, subtests):
    for kind in ("receive", "discovery"):
        with subtests.test(kind=kind):
            action = w.sp.lots.receive_lot if kind == "receive" else w.sp.lots.record_discovery
            when = {"received_on" if kind == "receive" else "found_on": D(2021, 1, 1)}
            err = refused(
                engine, InvalidInput, action, lot_number="L-NEW", type="PMN-9", site="ANAD", quantity=5, **when
            )
            assert err.field == "type" and "PMN-9" in str(err)


UNKNOWN_LOT = {
    "transfer_in": lambda w: w.sp.lots.transfer_in(999, 5, D(2021, 1, 1), "TI"),
    "transfer_out": lambda w: w.sp.lots.transfer_out(999, 5, D(2021, 1, 1), "TO", "moved"),
    "training": lambda w: w.sp.lots.consume_in_training(999, 5, D(2021, 1, 1), "TR"),
    "stock_check": lambda w: w.sp.lots.stock_check(999, 5, D(2021, 1, 1), "SC", "r"),
    "retention": lambda w: w.sp.lots.change_retention(
        999, quantity=5, category="korea", authority_ref="A", reason="r", valid_from=D(2021, 1, 1)
    ),
    "split": lambda w: w.sp.lots.split_lot(
        999, new_lot_number="L-S", quantity=5, on=D(2021, 1, 1), category=None, authority_ref="A", reason="r"
    ),
    "event": lambda w: w.sp.destruction.record_event(
        occurred_on=D(2026, 6, 1),
        site="ANAD",
        method="other",
        officer="O",
        witness="W",
        certificate_number="C-2",
        lines={999: 5},
    ),
    "query": lambda w: w.sp.queries.lot(999),
}


def test_unknown_lot_is_not_found(w, engine, subtests):
    for action, call in UNKNOWN_LOT.items():
        with subtests.test(action=action):
            assert "999" in str(refused(engine, NotFound, call, w))


UNKNOWN_TASK = {
    "ship": lambda w: w.sp.destruction.ship(888, on=D(2026, 6, 1), lines={w.lot: 5}, document_ref="S"),
    "close": lambda w: w.sp.destruction.close_task(888),
    "cancel": lambda w: w.sp.destruction.cancel_task(888, "r"),
    "event": lambda w: w.sp.destruction.record_event(
        occurred_on=D(2026, 6, 1),
        site="ANAD",
        method="other",
        officer="O",
        witness="W",
        certificate_number="C-2",
        lines={w.lot: 5},
        task_id=888,
    ),
    "discrepancies": lambda w: w.sp.destruction.discrepancies(888),
}


def test_unknown_task_event_or_entry_is_not_found(w, engine, subtests):
    for action, call in UNKNOWN_TASK.items():
        with subtests.test(action=action):
            assert "888" in str(refused(engine, NotFound, call, w))
    with subtests.test(action="verify"):
        assert "404" in str(
            refused(engine, NotFound, w.bob.destruction.verify_certificate, 404, verified_on=D(2026, 5, 2))
        )
    with subtests.test(action="reverse"):
        assert "404" in str(refused(engine, NotFound, w.sp.lots.reverse, 404, "wrong"))
    with subtests.test(action="find_event"):
        assert "C-404" in str(refused(engine, NotFound, w.sp.destruction.find_event, "C-404"))


# -- required text -------------------------------------------------------------------------------------------

BLANK = {
    "lot number": lambda w: w.sp.lots.receive_lot(
        lot_number="  ", type="M67", site="ANAD", quantity=5, received_on=D(2021, 1, 1)
    ),
    "reason": lambda w: w.sp.lots.transfer_out(w.lot, 5, D(2021, 1, 1), "TO", " "),
    "document reference": lambda w: w.sp.lots.consume_in_training(w.trained, 5, D(2021, 6, 1), ""),
    "authority reference": lambda w: w.sp.lots.change_retention(
        w.lot, quantity=5, category="korea", authority_ref="", reason="r", valid_from=D(2021, 1, 1)
    ),
    "new lot number": lambda w: w.sp.lots.split_lot(
        w.lot, new_lot_number="", quantity=5, on=D(2021, 1, 1), category=None, authority_ref="A", reason="r"
    ),
    "officer in charge": lambda w: w.sp.destruction.record_event(
        occurred_on=D(2026, 6, 1),
        site="ANAD",
        method="other",
        officer="",
        witness="W",
        certificate_number="C-2",
        lines={w.lot: 5},
    ),
    "witness": lambda w: w.sp.destruction.record_event(
        occurred_on=D(2026, 6, 1),
        site="ANAD",
        method="other",
        officer="O",
        witness=None,
        certificate_number="C-2",
        lines={w.lot: 5},
    ),
    "certificate number": lambda w: w.sp.destruction.record_event(
        occurred_on=D(2026, 6, 1),
        site="ANAD",
        method="other",
        officer="O",
        witness="W",
        certificate_number=" ",
        lines={w.lot: 5},
    ),
}


BLANK_TOO = [
    ("reason", lambda w: w.sp.lots.reverse(w.movement, "")),
    ("reason", lambda w: w.sp.destruction.cancel_task(w.task, "")),
    ("reason", lambda w: w.sp.lots.stock_check(w.lot, 800, D(2021, 1, 1), "SC", None)),
    (
        "document reference",
        lambda w: w.sp.destruction.ship(w.task, on=D(2026, 6, 1), lines={w.lot: 5}, document_ref=""),
    ),
]


def test_required_text(w, engine, subtests):
    for field, call in [*BLANK.items(), *BLANK_TOO]:
        with subtests.test(field=field):
            err = refused(engine, InvalidInput, call, w)
            assert err.field == field and "required" in str(err)
    with subtests.test(field="lot number too long"):
        err = refused(
            engine,
            InvalidInput,
            w.sp.lots.receive_lot,
            lot_number="X" * 81,
            type="M67",
            site="ANAD",
            quantity=5,
            received_on=D(2021, 1, 1),
        )
        assert "81" in str(err) and "80" in str(err)


# -- closed vocabularies ----------------------------------------------------------------------------------------


def test_unknown_condition_code(w, engine):
    err = refused(
        engine,
        InvalidInput,
        w.sp.lots.receive_lot,
        lot_number="L-NEW",
        type="M67",
        site="ANAD",
        quantity=5,
        received_on=D(2021, 1, 1),
        condition="Z",
    )
    assert err.field == "condition" and "'Z'" in str(err)


def test_unknown_destruction_method(w, engine, subtests):
    calls = {
        "schedule": lambda: w.sp.destruction.schedule(
            planned_on=D(2026, 9, 1), site="ANAD", method="burying", lines={w.lot: 5}
        ),
        "event": lambda: w.sp.destruction.record_event(
            occurred_on=D(2026, 6, 1),
            site="ANAD",
            method="burying",
            officer="O",
            witness="W",
            certificate_number="C-2",
            lines={w.lot: 5},
        ),
        "programme": lambda: w.sp.destruction.create_programme(
            name="P", profile="ottawa", sites=[], methods=["burying"]
        ),
    }
    for where, call in calls.items():
        with subtests.test(where=where):
            err = refused(engine, InvalidInput, call)
            assert err.field == "method" and "burying" in str(err)


def test_unknown_retention_category_in_change_retention(w, engine):
    err = refused(
        engine,
        InvalidInput,
        w.sp.lots.change_retention,
        w.lot,
        quantity=5,
        category="museum",
        authority_ref="A",
        reason="r",
        valid_from=D(2021, 1, 1),
    )
    assert err.field == "category" and "museum" in str(err)


def test_unknown_retention_category_in_split(w, engine):
    err = refused(
        engine,
        InvalidInput,
        w.sp.lots.split_lot,
        w.lot,
        new_lot_number="L-S",
        quantity=5,
        on=D(2021, 1, 1),
        category="museum",
        authority_ref="A",
        reason="r",
    )
    assert err.field == "category" and "museum" in str(err)


def test_retention_without_a_category_is_refused(w, engine):
    err = refused(
        engine,
        InvalidInput,
        w.sp.lots.change_retention,
        w.lot,
        quantity=5,
        category=None,
        authority_ref="A",
        reason="r",
        valid_from=D(2021, 1, 1),
    )
    assert err.field == "category"


def test_unknown_sort_key(w):
    with pytest.raises(InvalidInput) as caught:
        w.sp.queries.lots(sort="colour")
    assert "colour" in str(caught.value)


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("programme deadline as text", "deadline: must be a date"),
        ("programme sites missing", "sites: give the programme's sites as a list"),
        ("programme methods as one string", "methods: name at least one destruction method, as a list"),
        ("profile flag as text", "transfers_only_for_destruction: must be yes or no"),
        ("profile retention as one string", "permitted retention: give a list"),
        ("designation not text", "designation: must be text, not 123"),
        ("quantity too large", "more than the 2,147,483,647 a record can hold"),
        ("lines as a list", "lots: give each lot with its quantity"),
        ("lot id as text", "lot: 'x' is not a lot id"),
    ],
)
def test_values_of_the_wrong_kind_get_a_message_not_a_traceback(w, engine, case, message):
    sp = w.sp
    actions = {
        "programme deadline as text": lambda: sp.destruction.create_programme(
            name="P", profile="us-2022", sites=["ANAD"], methods=["open_detonation"], deadline="2030-01-01"
        ),
        "programme sites missing": lambda: sp.destruction.create_programme(
            name="P", profile="us-2022", sites=None, methods=["open_detonation"], deadline=date(2030, 1, 1)
        ),
        "programme methods as one string": lambda: sp.destruction.create_programme(
            name="P", profile="us-2022", sites=["ANAD"], methods="open_detonation", deadline=date(2030, 1, 1)
        ),
        "profile flag as text": lambda: sp.catalogue.update_profile(
            "us-2022", "edit", transfers_only_for_destruction="no"
        ),
        "profile retention as one string": lambda: sp.catalogue.update_profile(
            "us-2022", "edit", permitted_retention="korea"
        ),
        "designation not text": lambda: sp.catalogue.add_type(designation=123, name="x", category="AP"),
        "quantity too large": lambda: sp.lots.receive_lot(
            lot_number="BIG", type="M67", site="ANAD", quantity=10**20, received_on=date(2020, 1, 1)
        ),
        "lines as a list": lambda: sp.destruction.schedule(
            planned_on=date(2026, 7, 1), site="ANAD", method="open_detonation", lines=[w.lot]
        ),
        "lot id as text": lambda: sp.lots.transfer_in("x", 5, date(2020, 1, 1), "TI"),
    }
    err = refused(engine, InvalidInput, actions[case])
    assert message in str(err)


# -- characters text cannot hold --------------------------------------------------------------------------------

TEXT_ACTIONS = {
    "reference": lambda w, text: w.sp.suspensions.suspend(
        w.lot, kind="legal_hold", quantity=5, reference=text, reason="court order", suspended_from=D(2026, 6, 1)
    ),
    "reason": lambda w, text: w.sp.suspensions.suspend(
        w.lot, kind="legal_hold", quantity=5, reference="S-1", reason=text, suspended_from=D(2026, 6, 1)
    ),
    "lot number": lambda w, text: w.sp.lots.receive_lot(
        lot_number=text, type="M67", site="ANAD", quantity=5, received_on=D(2021, 1, 1)
    ),
    "name": lambda w, text: w.sp.catalogue.add_site(code="NEW", name=text, country="US"),
    "notes": lambda w, text: w.sp.catalogue.add_type(designation="NEW", name="new", category="AP", notes=text),
    "user": lambda w, text: w.sp.as_user(text),
}
ONE_LINE = ("reference", "lot number", "name", "user")


@pytest.mark.parametrize("field", TEXT_ACTIONS)
def test_text_refuses_control_characters_naming_the_field(w, engine, field):
    """NUL, which PostgreSQL cannot store, and the other control characters are refused by the one
    text check every service uses, before the database sees them, in one-line and free text alike."""
    err = refused(engine, InvalidInput, TEXT_ACTIONS[field], w, "A\x00B")
    assert str(err) == f"{field}: holds the control character U+0000"
    err = refused(engine, InvalidInput, TEXT_ACTIONS[field], w, "A\x1bB")
    assert str(err) == f"{field}: holds the control character U+001B"


@pytest.mark.parametrize("field", ONE_LINE)
def test_one_line_text_refuses_line_breaks_and_invisible_characters(w, engine, field):
    """A name or a reference is one line, without a zero-width space or a right-to-left override that
    would make it look like another or print backwards."""
    for text, message in [
        ("A\nB", "must be one line"),
        ("A\tB", "holds the control character U+0009"),
        ("A\u2028B", "must be one line"),
        ("A\u200bB", "holds the invisible character U+200B (ZERO WIDTH SPACE)"),
        ("A\u202eB", "holds the invisible character U+202E (RIGHT-TO-LEFT OVERRIDE)"),
    ]:
        assert str(refused(engine, InvalidInput, TEXT_ACTIONS[field], w, text)) == f"{field}: {message}"


TYPES = "designation,name,category,activation,self_destruct_hours,self_deactivating,delivery,notes\n"
NOT_IN_A_DOCUMENT = {  # free text and one line alike, through each service that takes text
    "Form A - national implementation measures": lambda w, text: w.sp.article7.write(2025, {"A": text}),
    "State": lambda w, text: w.sp.article7.write(2025, {"cover_state": text}),
    "lot number": TEXT_ACTIONS["lot number"],
    "notes": TEXT_ACTIONS["notes"],
}
IMPORTED = {  # a file's bytes hold no lone surrogate: UTF-8 cannot encode one
    "line 2, designation": lambda w, text: w.sp.imports.import_types(
        (TYPES + f"N{text}W,new,AP,victim,,no,hand_emplaced,\n").encode(), source="types.csv"
    ),
    "line 2, notes": lambda w, text: w.sp.imports.import_types(
        (TYPES + f"NEW,new,AP,victim,,no,hand_emplaced,{text}\n").encode(), source="types.csv"
    ),
}


def _not_a_character(char: str) -> str:
    return f"holds U+{ord(char):04X}, which is not a character a document can hold"


@pytest.mark.parametrize("field", NOT_IN_A_DOCUMENT)
@pytest.mark.parametrize("char", ["\ufffe", "\uffff", "\ud800"])
def test_text_refuses_what_no_document_can_hold_naming_the_field(w, engine, field, char):
    """U+FFFE, U+FFFF and a lone surrogate break the DOCX writer (XML 1.0 cannot hold them): refused
    before anything is written."""
    err = refused(engine, InvalidInput, NOT_IN_A_DOCUMENT[field], w, f"A{char}B")
    assert str(err) == f"{field}: {_not_a_character(char)}"


@pytest.mark.parametrize("field", IMPORTED)
@pytest.mark.parametrize("char", ["\ufffe", "\uffff"])
def test_an_import_refuses_what_no_document_can_hold_naming_line_and_column(w, engine, field, char):
    err = refused(engine, ImportRejected, IMPORTED[field], w, f"A{char}B")
    assert [str(problem) for problem in err.plan.problems] == [f"{field}: {_not_a_character(char)}"]


def test_free_text_keeps_its_lines_and_tabs(w):
    TEXT_ACTIONS["reason"](w, "court order\n\tcase 12")
    assert w.sp.suspensions.of_lot(w.lot)[-1].reason == "court order\n\tcase 12"
    TEXT_ACTIONS["notes"](w, "first line\r\nsecond line")
    assert next(t for t in w.sp.catalogue.types() if t.designation == "NEW").notes == "first line\r\nsecond line"
