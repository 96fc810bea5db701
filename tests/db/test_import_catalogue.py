"""import types and import sites: the catalogue a record starts from, checked whole and written all
or nothing like the other imports; an entry already in the catalogue is accepted only as it is there,
and never changed."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from stockpile_tracker.cli import main
from stockpile_tracker.db.models import AuditEntry
from stockpile_tracker.domain.enums import Activation, Category, Delivery, SiteKind
from stockpile_tracker.services.importing import ImportRejected

from ..helpers import seed_catalogue, snapshot

TYPES_HEADER = "designation,name,category,activation,self_destruct_hours,self_deactivating,delivery,notes\n"
# Codes and the words the Catalogue page shows, in any case: both are read.
GOOD_TYPES = TYPES_HEADER + (
    "M72,ADAM M72 (M731 short SD),AP,victim,4,yes,artillery,36 to a projectile\n"
    "M18A1,Claymore,anti-personnel,Command-Detonated,none,no,hand-emplaced,\n"
    'M131-AP,MOPMS anti-personnel,ap,both,4,Y,man portable dispenser,"4 AP + 17 AT, remote control"\n'
    "M87-AT,Volcano anti-vehicle,Anti-vehicle,victim-activated,,no,GROUND_DISPENSER,\n"
)
SITES_HEADER = "code,name,country,kind\n"
GOOD_SITES = SITES_HEADER + (
    "TEAD,Tooele Army Depot (demilitarization),US,destruction\n"
    "BG-PLANT,Contractor's plant,bg,destruction site\n"
    "FLW,Fort Leonard Wood range,US,Training site\n"
    "BGAD,Blue Grass Army Depot,US,depot\n"
)


@pytest.fixture
def sp(stockpile):
    seed_catalogue(stockpile)
    return stockpile


def rejected(engine, action, data: str) -> list[str]:
    """The problems of a file the import refuses, having written nothing; the dry run refuses the same."""
    before = snapshot(engine)
    problems = []
    for dry_run in (True, False):
        with pytest.raises(ImportRejected) as caught:
            action(data.encode(), source="bad.csv", dry_run=dry_run)
        problems.append([str(problem) for problem in caught.value.plan.problems])
        assert snapshot(engine) == before
    assert problems[0] == problems[1]
    return problems[0]


def test_import_types_adds_each_type_as_the_catalogue_would(sp, engine):
    plan = sp.imports.import_types(GOOD_TYPES.encode("utf-8-sig"), source="types.csv")
    assert plan.summary == "4 mine types" and plan.unchanged == []
    added = {t.designation: t for t in sp.catalogue.types()}
    assert [
        (t.category, t.activation, t.self_destruct_hours, t.self_deactivating, t.delivery, t.notes)
        for t in (added[d] for d in ("M72", "M18A1", "M131-AP", "M87-AT"))
    ] == [
        (Category.AP, Activation.VICTIM, 4, True, Delivery.ARTILLERY, "36 to a projectile"),
        (Category.AP, Activation.COMMAND, None, False, Delivery.HAND_EMPLACED, None),
        (Category.AP, Activation.BOTH, 4, True, Delivery.MAN_PORTABLE_DISPENSER, "4 AP + 17 AT, remote control"),
        (Category.AV, Activation.VICTIM, None, False, Delivery.GROUND_DISPENSER, None),
    ]
    assert added["M18A1"].persistent and not added["M72"].persistent
    with engine.connect() as connection:
        audited = connection.execute(select(AuditEntry.after).where(AuditEntry.reason == "imported from types.csv"))
        assert sorted(json.loads(after)["designation"] for (after,) in audited) == ["M131-AP", "M18A1", "M72", "M87-AT"]
    assert sp.check().ok


def test_import_sites_adds_each_site_with_its_kind(sp):
    plan = sp.imports.import_sites(GOOD_SITES.encode(), source="sites.csv")
    assert plan.summary == "4 sites"
    sites = {s.code: (s.name, s.country, s.kind) for s in sp.catalogue.sites()}
    assert {code: sites[code] for code in ("TEAD", "BG-PLANT", "FLW", "BGAD")} == {
        "TEAD": ("Tooele Army Depot (demilitarization)", "US", SiteKind.DESTRUCTION),
        "BG-PLANT": ("Contractor's plant", "BG", SiteKind.DESTRUCTION),
        "FLW": ("Fort Leonard Wood range", "US", SiteKind.TRAINING),
        "BGAD": ("Blue Grass Army Depot", "US", SiteKind.DEPOT),
    }
    assert sp.check().ok


def test_entries_already_in_the_catalogue_are_accepted_only_as_they_are(sp, engine):
    """Importing the same file again adds nothing and changes nothing; a row that differs from the
    entry is refused, column by column: correcting an entry takes a reason, on the Catalogue page."""
    sp.imports.import_types(GOOD_TYPES.encode(), source="types.csv")
    sp.imports.import_sites(GOOD_SITES.encode(), source="sites.csv")
    before = snapshot(engine)
    again = sp.imports.import_types(GOOD_TYPES.encode(), source="types.csv")
    assert (again.rows, again.unchanged) == ([], ["M72", "M18A1", "M131-AP", "M87-AT"])
    assert sp.imports.import_sites(GOOD_SITES.encode(), source="sites.csv").unchanged == [
        "TEAD",
        "BG-PLANT",
        "FLW",
        "BGAD",
    ]
    assert snapshot(engine) == before
    assert rejected(
        engine, sp.imports.import_types, TYPES_HEADER + "M67,ADAM M67 (M692 long SD),AV,victim,48,no,artillery,\n"
    ) == [
        "line 2, name: mine type M67 is already in the catalogue with name 'ADAM M67 (M692, long SD)', not "
        "'ADAM M67 (M692 long SD)'; an import adds mine types, it does not correct them",
        "line 2, category: mine type M67 is already in the catalogue with category anti-personnel, not "
        "anti-vehicle; an import adds mine types, it does not correct them",
        "line 2, self_deactivating: mine type M67 is already in the catalogue with self_deactivating yes, not no; "
        "an import adds mine types, it does not correct them",
    ]
    assert rejected(  # the stored choices in words, never their codes (DOMAIN.md section 5)
        engine, sp.imports.import_types, TYPES_HEADER + 'M67,"ADAM M67 (M692, long SD)",AP,both,48,yes,hand_thrown,\n'
    ) == [
        "line 2, activation: mine type M67 is already in the catalogue with activation victim-activated, not both "
        "(victim-activated or command-detonated); an import adds mine types, it does not correct them",
        "line 2, delivery: mine type M67 is already in the catalogue with delivery artillery, not hand-thrown; an "
        "import adds mine types, it does not correct them",
    ]
    assert rejected(
        engine, sp.imports.import_sites, SITES_HEADER + "TEAD,Tooele Army Depot (demilitarization),US,depot\n"
    ) == [
        "line 2, kind: site TEAD is already in the catalogue with kind destruction site, not depot; an import "
        "adds sites, it does not correct them"
    ]


CONTENTS_HEADER = TYPES_HEADER.replace("notes\n", "notes,ap_per_item,av_per_item\n")
# An ADAM projectile, a Volcano canister (principal category AV), and two plain mines, one with
# both cells empty (one mine of its category), one said in full.
CONTENTS_TYPES = CONTENTS_HEADER + (
    "M731,ADAM M731 projectile,AP,victim,4,yes,artillery,,36,\n"
    "M87,Volcano M87 canister,AV,victim,4,yes,ground_dispenser,,1,5\n"
    "M14,M14 blast,AP,victim,,no,hand_emplaced,,,\n"
    "M15,M15 anti-tank,AV,victim,,no,hand_emplaced,,0,1\n"
)


def test_import_types_takes_the_contents_of_an_item_and_empty_cells_mean_one_mine_of_its_category(sp, engine):
    """The optional contents columns: one cell given, the other kind is none; both empty, a plain
    mine. A type already held is compared on the contents the file says, never on what it leaves
    empty; other contents are refused, as every difference is."""
    assert sp.imports.import_types(CONTENTS_TYPES.encode(), source="types.csv").summary == "4 mine types"
    contents = {t.designation: (t.ap_per_item, t.av_per_item) for t in sp.catalogue.types()}
    assert {d: contents[d] for d in ("M731", "M87", "M14", "M15")} == {
        "M731": (36, 0),
        "M87": (1, 5),
        "M14": (1, 0),
        "M15": (0, 1),
    }
    assert sp.imports.import_types(CONTENTS_TYPES.encode(), source="types.csv").unchanged == [
        "M731",
        "M87",
        "M14",
        "M15",
    ]
    without = TYPES_HEADER + "M731,ADAM M731 projectile,AP,victim,4,yes,artillery,\n"
    assert sp.imports.import_types(without.encode(), source="types.csv").unchanged == ["M731"]
    assert rejected(
        engine,
        sp.imports.import_types,
        CONTENTS_HEADER + "M731,ADAM M731 projectile,AP,victim,4,yes,artillery,,36,1\n"
        "X-1,negative,AP,victim,,no,hand_emplaced,,-1,\n"
        "X-2,no anti-vehicle mine,AV,victim,,no,hand_emplaced,,2,0\n"
        "X-3,not a number,AP,victim,,no,hand_emplaced,,many,\n",
    ) == [
        "line 2, av_per_item: mine type M731 is already in the catalogue with av_per_item 0, not 1; an import adds "
        "mine types, it does not correct them",
        "line 3, ap_per_item: must be zero or more, not -1",
        "line 4, av_per_item: a type of category AV holds at least one AV mine per item (the category is the "
        "principal one)",
        "line 5, ap_per_item: 'many' is not a whole number",
    ]


def test_every_bad_type_line_is_named_by_line_and_column(sp, engine):
    assert rejected(
        engine,
        sp.imports.import_types,
        TYPES_HEADER + "PMN,PMN blast,AP,victim,,no,hand_emplaced,\n"
        ",no designation,AP,victim,,no,hand_emplaced,\n"
        "X-2,,ZZ,sometimes,-1,maybe,by post,\n"
        "X-3,fractional,AP,victim,2.5,no,hand_emplaced,\n"
        "PMN,PMN again,AP,victim,,no,hand_emplaced,\n"
        f"{'D' * 41},too long,AP,victim,,no,hand_emplaced,\n"
        "=X,formula,AP,victim,,no,hand_emplaced,\n",
    ) == [
        "line 3, designation: is empty",
        "line 4, name: is empty",
        "line 4, category: 'ZZ' is not one of AP, AV",
        "line 4, activation: 'sometimes' is not one of victim, command, both",
        "line 4, self_destruct_hours: must be more than zero, not -1",
        "line 4, self_deactivating: 'maybe' is not yes or no",
        "line 4, delivery: 'by post' is not one of artillery, air_dropped, ground_dispenser, man_portable_dispenser, "
        "hand_emplaced, hand_thrown",
        "line 5, self_destruct_hours: '2.5' is not a whole number",
        "line 6, designation: mine type PMN is also on line 2",
        "line 7, designation: is 41 characters long; at most 40",
        "line 8, designation: '=X' looks like a spreadsheet formula; enter the value itself",
    ]


def test_every_bad_site_line_is_named_by_line_and_column(sp, engine):
    assert rejected(
        engine,
        sp.imports.import_sites,
        SITES_HEADER + "NEW,New depot,US,depot\n"
        "NEW,New depot again,US,depot\n"
        "USA,Three letters,USA,depot\n"
        "USB,Three letters and no kind,USA,warehouse\n"
        "U1,A digit,U1,depot\n"
        "STORE,A store,US,store\n"
        "EMPTY,,,\n",
    ) == [
        "line 3, code: site NEW is also on line 2",
        "line 4, country: is 3 characters long; at most 2",
        "line 5, country: is 3 characters long; at most 2",
        "line 5, kind: 'warehouse' is not one of depot, destruction, training",
        "line 6, country: 'U1' is not a two-letter country code (ISO 3166)",
        "line 7, kind: 'store' is not one of depot, destruction, training",
        "line 8, name: is empty",
        "line 8, country: is empty",
        "line 8, kind: is empty",
    ]
    assert rejected(engine, sp.imports.import_sites, "code,name,country\nNEW,New depot,US\n") == [
        "line 1, header: missing column(s): kind"
    ]


def test_the_command_line_imports_types_and_sites_and_a_dry_run_writes_nothing(
    sp, engine, database_url, tmp_path, capsys
):
    types, sites, bad = tmp_path / "types.csv", tmp_path / "sites.csv", tmp_path / "bad.csv"
    types.write_text(GOOD_TYPES)
    sites.write_text(GOOD_SITES + "ANAD,Anniston Army Depot,US,depot\n")
    bad.write_text(SITES_HEADER + "MOON,Moon base,MO,depot\nMARS,Mars base,M4,depot\n")
    before = snapshot(engine)
    for kind, path in (("types", types), ("sites", sites)):
        assert main(["--database", database_url, "import", kind, str(path), "--dry-run"]) == 0
    assert snapshot(engine) == before
    for kind, path in (("types", types), ("sites", sites)):
        assert main(["--database", database_url, "import", kind, str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "would import 4 mine types",
        "would import 4 sites (already in the catalogue, left as they are: ANAD)",
        "imported 4 mine types",
        "imported 4 sites (already in the catalogue, left as they are: ANAD)",
    ]
    assert len(sp.catalogue.sites()) == 2 + 4
    assert main(["--database", database_url, "import", "sites", str(bad)]) == 2
    assert capsys.readouterr().err == (
        f"stockpile-tracker: nothing was imported: {bad}: line 3, country: 'M4' is not a two-letter country "
        "code (ISO 3166)\n"
    )


def test_a_code_or_designation_that_only_looks_new_is_refused_against_the_catalogue_and_the_file(sp, engine):
    """Case and Unicode width do not make a new entry (CatalogueService.add's rule); a zero-width
    space, a right-to-left override or a line break in a quoted cell is refused where it stands,
    every problem by its line and column (a row named by the line it starts on)."""
    assert rejected(
        engine,
        sp.imports.import_types,
        TYPES_HEADER + 'm67,"ADAM M67 (M692, long SD)",AP,victim,48,yes,artillery,\n'
        "\uff2d16,M16 bounding fragmentation,AP,victim,,no,hand_emplaced,\n"
        "M\u200b72,zero width,AP,victim,,no,hand_emplaced,\n"
        "PMN,PMN blast,AP,victim,,no,hand_emplaced,\n"
        "pmn,PMN again,AP,victim,,no,hand_emplaced,\n",
    ) == [
        "line 2, designation: mine type m67 is already in the catalogue with designation 'M67', not 'm67'; an "
        "import adds mine types, it does not correct them",
        "line 3, designation: mine type \uff2d16 is already in the catalogue with designation 'M16', not '\uff2d16'; "
        "an import adds mine types, it does not correct them",
        "line 4, designation: holds the invisible character U+200B (ZERO WIDTH SPACE)",
        "line 6, designation: mine type pmn is also on line 5 (as PMN)",
    ]
    assert rejected(
        engine,
        sp.imports.import_sites,
        SITES_HEADER + "anad,Anniston Army Depot,US,depot\n"
        "Q1,Quarry,US,depot\n"
        "q1,Quarry again,US,depot\n"
        'Q2,"Two\nlines",US,depot\n'
        "Q3,\u202eevil,US,depot\n",
    ) == [
        "line 2, code: site anad is already in the catalogue with code 'ANAD', not 'anad'; an import adds sites, it "
        "does not correct them",
        "line 4, code: site q1 is also on line 3 (as Q1)",
        "line 5, name: must be one line",
        "line 7, name: holds the invisible character U+202E (RIGHT-TO-LEFT OVERRIDE)",
    ]


def test_an_absent_optional_column_says_nothing_of_a_type_already_held(sp):
    """A file without notes or contents columns matches a type that has notes and 36 mines an item."""
    sp.imports.import_types(CONTENTS_TYPES.encode(), source="types.csv")
    sp.catalogue.update_type(
        next(t.id for t in sp.catalogue.types() if t.designation == "M731"), reason="source", notes="HRW (2000)"
    )
    without = TYPES_HEADER.replace(",notes", "") + "M731,ADAM M731 projectile,AP,victim,4,yes,artillery\n"
    assert sp.imports.import_types(without.encode(), source="types.csv").unchanged == ["M731"]
