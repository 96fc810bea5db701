"""The catalogue in the window: a site's kind, in words, corrected with a reason; File > Import mine
types and Import sites, through the real menu, file dialog and import dialog."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QGroupBox

from stockpile_tracker.qt.catalogue_dialogs import MineTypeDialog, SiteDialog
from stockpile_tracker.qt.form_dialog import ERROR_STYLE
from stockpile_tracker.qt.import_dialog import ImportDialog
from stockpile_tracker.qt.main_window import PAGES
from stockpile_tracker.services.dto.catalogue import Characteristics

from ..db.test_import_catalogue import GOOD_SITES, GOOD_TYPES, SITES_HEADER
from ..helpers import choose_file, drive, snapshot, when_modal


def shown(model) -> list[list[str]]:
    return [
        [str(model.data(model.index(row, column))) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_a_site_kind_is_shown_in_words_and_corrected_with_a_reason(window, qtbot):
    window.nav_list.setCurrentRow(PAGES.index("Catalogue"))
    sites = window.catalogue_view.site_model
    anad = next(s for s in sites.rows if s.code == "ANAD")
    assert shown(sites)[sites.rows.index(anad)][3] == "depot"

    def correct_kind(dialog):
        assert dialog.kind_combo.currentText() == "depot"  # the site's own kind
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("destruction site"))
        qtbot.keyClicks(dialog.reason_edit, "the depot now only demilitarizes")

    drive(qtbot, SiteDialog, correct_kind)
    window.catalogue_view.edit_site_requested.emit(anad)
    row = next(i for i, s in enumerate(sites.rows) if s.code == "ANAD")
    assert sites.rows[row].kind == "destruction" and shown(sites)[row][3] == "destruction site"


def test_file_import_mine_types_previews_the_types_in_words_then_adds_them(window, qtbot, tmp_path):
    path = tmp_path / "types.csv"
    path.write_text(GOOD_TYPES)

    def check_then_import(dialog):
        assert dialog.windowTitle() == "Import mine types - types.csv"
        assert dialog.summary_label.text() == "4 mine types; 0 problems."
        assert shown(dialog.rows_model)[1] == [
            "3",
            "M18A1",
            "Claymore",
            "Anti-personnel",
            "command-detonated",
            "none",
            "no",
            "hand-emplaced",
        ]
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    choose_file(qtbot, path)
    seen = when_modal(qtbot, check_then_import, ImportDialog)
    window.named_actions["import_types"].trigger()
    assert seen["dialog"].result() == QDialog.DialogCode.Accepted
    assert "Imported 4 mine types, from types.csv" in window.statusBar().currentMessage()
    assert {"M72", "M18A1", "M131-AP", "M87-AT"} <= {t.designation for t in window.sp.catalogue.types()}
    assert window.stockpile_view.type_combo.findData("M131-AP") > 0  # the pages know the new types


def test_file_import_sites_lists_each_problem_and_imports_only_a_clean_file(window, qtbot, tmp_path):
    bad, good = tmp_path / "bad.csv", tmp_path / "sites.csv"
    bad.write_text(SITES_HEADER + "PLANT,Contractor's plant,BGR,destruction\nCAMP-C,Camp Carroll,KR,depot\n")
    good.write_text(GOOD_SITES + "CAMP-C,Camp Carroll,KR,depot\n")
    before = snapshot(window.sp.context.engine)

    def refused(dialog):
        assert [(p.line, p.column) for p in dialog.plan.problems] == [(2, "country")]
        assert not dialog.import_button.isEnabled()
        dialog.reject()

    choose_file(qtbot, bad)
    when_modal(qtbot, refused, ImportDialog)
    window.named_actions["import_sites"].trigger()
    assert snapshot(window.sp.context.engine) == before

    def import_clean(dialog):
        assert dialog.summary_label.text() == (
            "4 sites; 0 problems. Already in the catalogue, left as they are: CAMP-C."
        )
        assert [row[4] for row in shown(dialog.rows_model)] == [
            "destruction site",
            "destruction site",
            "training site",
            "depot",
        ]
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    choose_file(qtbot, good)
    seen = when_modal(qtbot, import_clean, ImportDialog)
    window.named_actions["import_sites"].trigger()
    assert seen["dialog"].result() == QDialog.DialogCode.Accepted
    window.nav_list.setCurrentRow(PAGES.index("Catalogue"))
    kinds = {s.code: s.kind for s in window.catalogue_view.site_model.rows}
    assert (kinds["BG-PLANT"], kinds["FLW"], kinds["CAMP-C"]) == ("destruction", "training", "depot")


def test_the_type_dialog_sets_and_corrects_a_types_characteristics(window, qtbot, tmp_path):
    photo = tmp_path / "M14.jpg"
    photo.write_bytes(b"\xff\xd8\xff")

    def add_m14(dialog):
        typed = dialog.characteristic_fields
        dialog.designation_edit.setText("M14")
        dialog.name_edit.setText("M14 blast mine")
        qtbot.keyClicks(typed["dimensions"], "diameter 56 mm, height 40 mm")
        qtbot.keyClicks(typed["mass_g"].lineEdit(), "99")
        qtbot.keyClicks(typed["explosive"], "tetryl")
        qtbot.keyClicks(typed["explosive_mass_g"].lineEdit(), "29")
        qtbot.keyClicks(typed["metal_content"], "minimal")
        qtbot.keyClicks(typed["fuze"], "integral pressure fuze")
        qtbot.keyClicks(typed["colour"], "olive drab")
        qtbot.keyClicks(typed["photo"], str(photo))

    drive(qtbot, MineTypeDialog, add_m14)
    window.catalogue_view.add_type_requested.emit()
    m14 = next(t for t in window.sp.catalogue.types() if t.designation == "M14")
    assert m14.characteristics == Characteristics(
        dimensions="diameter 56 mm, height 40 mm",
        mass_g=99,
        explosive="tetryl",
        explosive_mass_g=29,
        metal_content="minimal",
        fuze="integral pressure fuze",
        colour="olive drab",
        photo=str(photo),  # the path typed, kept whole
    )

    def heavier_explosive_then_corrected(dialog):
        typed = dialog.characteristic_fields
        assert (typed["mass_g"].quantity, typed["colour"].text()) == (99, "olive drab")  # as the type has them
        qtbot.keyClicks(dialog.reason_edit, "explosive mass not confirmed")
        typed["explosive_mass_g"].setValue(120)
        qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
        assert dialog.error == "explosive mass (g): 120 g is more than the type's mass, 99 g, which includes it"
        assert typed["explosive_mass_g"].styleSheet() == ERROR_STYLE  # the field is marked
        typed["explosive_mass_g"].lineEdit().clear()  # not recorded
        typed["colour"].clear()

    drive(qtbot, MineTypeDialog, heavier_explosive_then_corrected)
    window.catalogue_view.edit_type_requested.emit(m14)
    fixed = next(t for t in window.sp.catalogue.types() if t.designation == "M14")
    assert (fixed.mass_g, fixed.explosive_mass_g, fixed.colour, fixed.fuze) == (
        99,
        None,
        None,
        "integral pressure fuze",
    )


def spin_of(dialog, field):
    """The dialog's whole-number field the service names `field`, ready to take a figure typed."""
    if field == "self-destruct hours":
        dialog.sd_check.setChecked(True)
        return dialog.sd_hours_spin
    return {"ap per item": dialog.ap_spin, "mass (g)": dialog.characteristic_fields["mass_g"]}[field]


@pytest.mark.parametrize("typed", ["1,5", "1.5", "2.000"])
@pytest.mark.parametrize(
    ("field", "unit"), [("mass (g)", "grams"), ("self-destruct hours", "hours"), ("ap per item", "mines")]
)
def test_a_decimal_typed_in_a_whole_number_field_is_refused_in_its_unit(window, qtbot, field, unit, typed):
    """A decimal point was dropped as typed, so "1.5" grams was recorded as 15; now it is kept, and
    the form refuses it, as "1,5", naming the field and its unit."""
    before = snapshot(window.sp.context.engine)

    def type_decimal(dialog):
        dialog.designation_edit.setText("M14")
        dialog.name_edit.setText("M14 blast mine")
        spin = spin_of(dialog, field)
        spin.selectAll()
        qtbot.keyClicks(spin, typed)
        assert spin.cleanText() == typed  # as typed, nothing dropped

    seen = drive(qtbot, MineTypeDialog, type_decimal)
    window.catalogue_view.add_type_requested.emit()
    assert seen["dialog"].error == (
        f"{field}: {typed!r} is not a whole number of {unit}; write it with digits only, "
        "or with commas between groups of three digits"
    )
    assert spin_of(seen["dialog"], field).styleSheet() == ERROR_STYLE
    assert snapshot(window.sp.context.engine) == before


def test_the_catalogue_shows_how_many_characteristics_each_type_has(window, qtbot):
    view = window.catalogue_view
    window.nav_list.setCurrentRow(PAGES.index("Catalogue"))
    column = [view.type_model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.type_model.columnCount())]
    form_h = column.index("Form H")
    types = window.sp.catalogue.types()
    of_all = len(fields(Characteristics))
    assert [row[form_h] for row in shown(view.type_model)] == [
        f"{sum(getattr(t, f.name) is not None for f in fields(Characteristics))} of {of_all}" for t in types
    ]
    plain = next(t for t in types if t.characteristics == Characteristics())
    assert shown(view.type_model)[types.index(plain)][form_h] == f"0 of {of_all}"

    def record_colour(dialog):
        qtbot.keyClicks(dialog.characteristic_fields["colour"], "olive drab")
        qtbot.keyClicks(dialog.reason_edit, "colour from the manual")

    drive(qtbot, MineTypeDialog, record_colour)
    view.edit_type_requested.emit(plain)
    assert shown(view.type_model)[types.index(plain)][form_h] == f"1 of {of_all}"


def test_the_type_dialog_groups_form_h_and_is_wide_enough_for_a_long_dimension(window, qtbot):
    dialog = MineTypeDialog(window.sp, window)
    qtbot.addWidget(dialog)
    dimensions = "cylindrical body, diameter 103 mm, height 56 mm, with the fuze 80 mm"
    dialog.characteristic_fields["dimensions"].setText(dimensions)
    dialog.show()
    qtbot.waitExposed(dialog)
    (group,) = dialog.findChildren(QGroupBox)
    assert group.title() == "Technical characteristics (Article 7 Form H)"
    assert all(group.isAncestorOf(widget) for widget in dialog.characteristic_fields.values())
    assert group.isAncestorOf(dialog.photo_button) and dialog.photo_button.isEnabled()
    assert dialog.photo_button.text() == "Browse..."
    edit = dialog.characteristic_fields["dimensions"]
    assert edit.fontMetrics().horizontalAdvance(dimensions) < edit.width()  # shown whole, not cut


def test_the_photograph_is_chosen_with_browse_and_kept(window, qtbot, tmp_path):
    photo = tmp_path / "PMN-2 side view.png"
    photo.write_bytes(b"\x89PNG")
    plain = next(t for t in window.sp.catalogue.types() if t.photo is None)

    def browse_then_save(dialog):
        qtbot.keyClicks(dialog.reason_edit, "photograph from the depot")
        choose_file(qtbot, photo)
        qtbot.mouseClick(dialog.photo_button, Qt.MouseButton.LeftButton)
        assert Path(dialog.characteristic_fields["photo"].text()) == photo

    drive(qtbot, MineTypeDialog, browse_then_save)
    window.catalogue_view.edit_type_requested.emit(plain)
    (kept,) = (t for t in window.sp.catalogue.types() if t.id == plain.id)
    assert Path(kept.photo) == photo


def test_a_photograph_that_is_not_a_file_is_refused_by_name(window, qtbot, tmp_path):
    missing = tmp_path / "photos" / "M14.jpg"
    before = snapshot(window.sp.context.engine)

    def name_missing_photo(dialog):
        dialog.designation_edit.setText("M14")
        dialog.name_edit.setText("M14 blast mine")
        qtbot.keyClicks(dialog.characteristic_fields["photo"], str(missing))

    seen = drive(qtbot, MineTypeDialog, name_missing_photo)
    window.catalogue_view.add_type_requested.emit()
    assert seen["dialog"].error == (
        f"photograph: there is no file {missing}; choose the photograph with Browse..., or leave it empty"
    )
    assert seen["dialog"].characteristic_fields["photo"].styleSheet() == ERROR_STYLE
    assert snapshot(window.sp.context.engine) == before
