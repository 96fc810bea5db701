"""A mine type's technical characteristics, what Article 7 Form H asks for (issue 13): kept and
corrected through the catalogue, audited, imported with `import types`, each refused by name when
wrong with the database as it was (and the database refusing it too), printed in Form H in words,
"not recorded" when the catalogue lacks one; migration 0018 adds them and takes them away."""

from __future__ import annotations

import csv
import io
import json
from html import unescape

import pytest
from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from stockpile_tracker.db.migrate import HEAD, alembic_config, current_revision
from stockpile_tracker.domain.errors import InvalidInput
from stockpile_tracker.reports.article7 import article7_report
from stockpile_tracker.reports.document import to_csv, to_html
from stockpile_tracker.services.dto.catalogue import Characteristics

from ..helpers import PRINTED, receive, refused, report_table, seed_catalogue
from .test_catalogue import last_audit
from .test_import_catalogue import rejected

M14 = {
    "dimensions": "diameter 56 mm, height 40 mm",
    "mass_g": 99,
    "explosive": "tetryl",
    "explosive_mass_g": 29,
    "metal_content": "minimal: a steel firing pin",
    "fuze": "integral pressure fuze",
    "colour": "olive drab",
    "photo": r"C:\Photos\Catalogue\M14.jpg",
}


def add_m14(sp, **characteristics):
    return sp.catalogue.add_type(
        designation="M14", name="M14 blast mine", category="AP", characteristics=Characteristics(**characteristics)
    )


def test_a_type_keeps_its_characteristics_and_a_correction_is_audited(stockpile, engine):
    added = add_m14(stockpile, **M14)
    assert added.characteristics == Characteristics(**M14)
    assert added.characteristics.summary == "8 of 8"
    assert stockpile.catalogue.types() == [added]
    assert json.loads(last_audit(engine, "add_type").after)["explosive_mass_g"] == 29
    # a correction changes one, clears another (empty text is not recorded) and keeps the rest
    fixed = stockpile.catalogue.update_type(added.id, reason="weighed again", mass_g=101, fuze="  ")
    assert (fixed.mass_g, fixed.fuze, fixed.colour) == (101, None, "olive drab")
    entry = last_audit(engine, "update_type")
    before, after = json.loads(entry.before), json.loads(entry.after)
    assert (before["mass_g"], after["mass_g"], before["fuze"], after["fuze"]) == (99, 101, M14["fuze"], None)
    assert entry.reason == "weighed again"


def test_a_type_without_characteristics_has_none(stockpile):
    plain = add_m14(stockpile)
    assert plain.characteristics == Characteristics()
    assert plain.characteristics.summary == "0 of 8"


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"mass_g": 0}, "mass (g): must be a whole number of grams above zero, or none, not 0"),
        ({"mass_g": -5}, "mass (g): must be a whole number of grams above zero, or none, not -5"),
        ({"mass_g": 2.5}, "mass (g): must be a whole number of grams above zero, or none, not 2.5"),
        ({"mass_g": "99"}, "mass (g): must be a whole number of grams above zero, or none, not '99'"),
        ({"mass_g": True}, "mass (g): must be a whole number of grams above zero, or none, not True"),
        (
            {"mass_g": 2**31},
            "mass (g): must be a whole number of grams above zero, or none, not 2147483648",
        ),
        ({"explosive_mass_g": 0}, "explosive mass (g): must be a whole number of grams above zero, or none, not 0"),
        (
            {"mass_g": 99, "explosive_mass_g": 100},
            "explosive mass (g): 100 g is more than the type's mass, 99 g, which includes it",
        ),
        ({"dimensions": "d" * 201}, "dimensions: is 201 characters long; at most 200"),
        ({"explosive": "TNT\x00"}, "explosive: holds the control character U+0000"),
        ({"metal_content": "steel\nbody"}, "metal content: must be one line"),
        ({"fuze": "M605\u202e"}, "fuze: holds the invisible character U+202E (RIGHT-TO-LEFT OVERRIDE)"),
        ({"colour": "c" * 101}, "colour: is 101 characters long; at most 100"),
        ({"photo": "p" * 501}, "photograph: is 501 characters long; at most 500"),
        ({"photo": 7}, "photograph: must be text, not 7"),
    ],
)
def test_a_bad_characteristic_is_refused_by_name_and_nothing_is_written(stockpile, engine, bad, message):
    seed_catalogue(stockpile)
    error = refused(engine, InvalidInput, add_m14, stockpile, **bad)
    assert str(error) == message
    m16 = next(t for t in stockpile.catalogue.types() if t.designation == "M16")
    error = refused(engine, InvalidInput, stockpile.catalogue.update_type, m16.id, reason="Form H", **bad)
    assert str(error) == message


@pytest.mark.parametrize(
    ("statement", "check"),
    [
        ("UPDATE mine_type SET mass_g = 0, explosive_mass_g = NULL", "ck_mine_type_mass_g"),
        ("UPDATE mine_type SET explosive_mass_g = -1", "ck_mine_type_explosive_mass_g"),
        ("UPDATE mine_type SET mass_g = 10, explosive_mass_g = 11", "ck_mine_type_explosive_within_mass"),
        ("UPDATE mine_type SET colour = ''", "ck_mine_type_characteristics_not_blank"),
        ("UPDATE mine_type SET photo = ''", "ck_mine_type_characteristics_not_blank"),
    ],
)
def test_the_database_refuses_what_the_catalogue_refuses(stockpile, engine, statement, check):
    add_m14(stockpile, **M14)
    with pytest.raises(IntegrityError, match=check), engine.begin() as connection:
        connection.execute(text(statement))


# -- import types ------------------------------------------------------------------------------------


HEADER = (
    "designation,name,category,activation,self_destruct_hours,self_deactivating,delivery,"
    "dimensions,mass_g,explosive,explosive_mass_g,metal_content,fuze,colour,photo\n"
)


def test_import_types_reads_the_characteristics(stockpile):
    data = HEADER + (
        'M14,M14 blast mine,AP,victim,,no,hand_emplaced,"diameter 56 mm, height 40 mm",99,tetryl,29,'
        "minimal,integral pressure fuze,olive drab,photos/M14.jpg\n"
        'M16,M16 bounding mine,AP,victim,,no,hand_emplaced,,"3,500",TNT,,,,,\n'
    )
    plan = stockpile.imports.import_types(data.encode(), source="types.csv")
    assert plan.summary == "2 mine types"
    types = {t.designation: t for t in stockpile.catalogue.types()}
    m14, m16 = types["M14"], types["M16"]
    assert (m14.dimensions, m14.mass_g, m14.explosive_mass_g, m14.photo) == (
        "diameter 56 mm, height 40 mm",
        99,
        29,
        "photos/M14.jpg",
    )
    assert (m16.mass_g, m16.explosive, m16.explosive_mass_g, m16.fuze) == (3500, "TNT", None, None)
    # the same file again: each type is as the catalogue holds it, left as it is
    assert stockpile.imports.plan_types(data.encode()).unchanged == ["M14", "M16"]


def test_import_types_lists_each_bad_characteristic_in_its_column(stockpile, engine):
    data = HEADER + (
        "M14,M14 blast mine,AP,victim,,no,hand_emplaced,,0,tetryl,,,,,\n"
        "M15,M15 mine,AV,victim,,no,hand_emplaced,,99,,100,,,,\n"
        f"M16,M16 bounding mine,AP,victim,,no,hand_emplaced,,,,,,,{'c' * 101},\n"
        "M18,Claymore,AP,command,,no,hand_emplaced,,,,2.5,,,,\n"
    )
    assert rejected(engine, stockpile.imports.import_types, data) == [
        "line 2, mass_g: must be more than zero, not 0",
        "line 3, explosive_mass_g: 100 g is more than the type's mass, 99 g, which includes it",
        "line 4, colour: is 101 characters long; at most 100",
        "line 5, explosive_mass_g: '2.5' is not a whole number",
    ]


def test_a_type_in_the_catalogue_is_not_given_other_characteristics_by_an_import(stockpile, engine):
    add_m14(stockpile, **M14)
    data = HEADER + "M14,M14 blast mine,AP,victim,,no,hand_emplaced,,98,,,,,,\n"
    assert rejected(engine, stockpile.imports.import_types, data) == [
        "line 2, mass_g: mine type M14 is already in the catalogue with mass_g 99, not 98; an import adds mine "
        "types, it does not correct them"
    ]


# -- Form H ------------------------------------------------------------------------------------------


def test_form_h_prints_each_characteristic_in_words_and_says_what_is_not_recorded(stockpile):
    seed_catalogue(stockpile)
    add_m14(stockpile, **(M14 | {"explosive_mass_g": None, "colour": None}))
    receive(stockpile, "L-1", 100, type="M14")
    receive(stockpile, "L-2", 100, type="M16")
    report = article7_report(stockpile, 2025, printed_at=PRINTED)
    table = report_table(report, "Form H - physical characteristics of each type held at 31 December 2025")
    assert table.columns == (
        "Type",
        "Dimensions",
        "Mass (g)",
        "Explosive",
        "Explosive mass (g)",
        "Metal content",
        "Fuze",
        "Colour",
        "Photograph",
    )
    m14 = (
        "M14",
        "diameter 56 mm, height 40 mm",
        99,  # a plain number, its unit in the heading: a spreadsheet reads it as a number
        "tetryl",
        "not recorded",
        "minimal: a steel firing pin",
        "integral pressure fuze",
        "not recorded",
        "M14.jpg",  # the file's name, not the office's folders
    )
    assert table.rows == (m14, ("M16", *["not recorded"] * 8))
    printed_csv = list(csv.reader(io.StringIO(to_csv(report))))
    assert [str(cell) for cell in m14] in printed_csv and ["M16", *["not recorded"] * 8] in printed_csv
    html = unescape(to_html(report)).replace("\xa0", " ")  # long text is joined by no-break spaces
    assert all(str(cell) in html for cell in m14)
    assert "Photos" not in html and "Photos" not in to_csv(report)


def test_form_h_gives_the_explosive_mass_though_its_explosive_is_not_recorded(stockpile):
    add_m14(stockpile, mass_g=3500, explosive_mass_g=450)
    stockpile.catalogue.add_site(code="ANAD", name="Anniston Army Depot", country="US")
    receive(stockpile, "L-1", 10, type="M14")
    table = report_table(article7_report(stockpile, 2025, printed_at=PRINTED), "Form H - physical")
    assert table.rows[0][2:5] == (3500, "not recorded", 450)


# -- migration 0018 ----------------------------------------------------------------------------------


def test_migration_0018_gives_existing_types_none_and_takes_them_away(stockpile, engine):
    """Down to 0017 the characteristics go with their columns and CHECKs; up again, every type
    has none, and the CHECKs are back."""
    add_m14(stockpile, **M14)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection=connection), "0017")
    assert current_revision(engine) == "0017"
    with engine.connect() as connection:
        assert not set(Characteristics.names()) & {c["name"] for c in inspect(connection).get_columns("mine_type")}
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection=connection), HEAD)
    (m14,) = stockpile.catalogue.types()
    assert m14.designation == "M14" and m14.characteristics == Characteristics()
    with pytest.raises(IntegrityError, match="ck_mine_type_explosive_within_mass"), engine.begin() as connection:
        connection.execute(text("UPDATE mine_type SET mass_g = 10, explosive_mass_g = 11"))
    assert stockpile.check().ok
