"""The catalogue in the window: a site's kind, in words, corrected with a reason; File > Import mine
types and Import sites, through the real menu, file dialog and import dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from stockpile_tracker.qt.catalogue_dialogs import MineTypeDialog, SiteDialog
from stockpile_tracker.qt.form_dialog import ERROR_STYLE
from stockpile_tracker.qt.import_dialog import ImportDialog
from stockpile_tracker.qt.main_window import PAGES

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


def test_the_type_dialog_sets_and_corrects_a_types_characteristics(window, qtbot):
    def add_m14(dialog):
        dialog.designation_edit.setText("M14")
        dialog.name_edit.setText("M14 blast mine")
        qtbot.keyClicks(dialog.dimensions_edit, "diameter 56 mm, height 40 mm")
        qtbot.keyClicks(dialog.mass_spin.lineEdit(), "99")
        qtbot.keyClicks(dialog.explosive_edit, "tetryl")
        qtbot.keyClicks(dialog.explosive_mass_spin.lineEdit(), "29")
        qtbot.keyClicks(dialog.metal_edit, "minimal")
        qtbot.keyClicks(dialog.fuze_edit, "integral pressure fuze")
        qtbot.keyClicks(dialog.colour_edit, "olive drab")
        qtbot.keyClicks(dialog.photo_edit, "photos/M14.jpg")

    drive(qtbot, MineTypeDialog, add_m14)
    window.catalogue_view.add_type_requested.emit()
    m14 = next(t for t in window.sp.catalogue.types() if t.designation == "M14")
    assert (m14.dimensions, m14.mass_g, m14.explosive, m14.explosive_mass_g) == (
        "diameter 56 mm, height 40 mm",
        99,
        "tetryl",
        29,
    )
    assert (m14.metal_content, m14.fuze, m14.colour, m14.photo) == (
        "minimal",
        "integral pressure fuze",
        "olive drab",
        "photos/M14.jpg",
    )

    def heavier_explosive_then_corrected(dialog):
        assert (dialog.mass_spin.quantity, dialog.colour_edit.text()) == (99, "olive drab")  # as the type has them
        qtbot.keyClicks(dialog.reason_edit, "explosive mass not confirmed")
        dialog.explosive_mass_spin.setValue(120)
        qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
        assert dialog.error == "explosive mass (g): 120 g is more than the type's mass, 99 g, which includes it"
        assert dialog.explosive_mass_spin.styleSheet() == ERROR_STYLE  # the field is marked
        dialog.explosive_mass_spin.lineEdit().clear()  # not recorded
        dialog.colour_edit.clear()

    drive(qtbot, MineTypeDialog, heavier_explosive_then_corrected)
    window.catalogue_view.edit_type_requested.emit(m14)
    fixed = next(t for t in window.sp.catalogue.types() if t.designation == "M14")
    assert (fixed.mass_g, fixed.explosive_mass_g, fixed.colour, fixed.fuze) == (
        99,
        None,
        None,
        "integral pressure fuze",
    )
