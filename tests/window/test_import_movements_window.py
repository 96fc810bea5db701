"""File > Import movements: the preview posts the file and rolls it back, so it shows the rows, their
warnings and every problem; Import writes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from stockpile_tracker.qt.import_dialog import ImportDialog

from ..db.test_import_movements import HEADER
from ..helpers import choose_file, snapshot, when_modal
from .test_catalogue_window import shown

MOVEMENTS = HEADER + (
    "2023-01-10,transfer_in,L-002,M16,ANAD,50,TI-1,,from the army,\n"
    "2023-02-01,check_loss,L-002,M16,ANAD,5,SC-1,,water damage,\n"
    "2023-03-01,discovery,F-1,M67,CAMP-C,30,FOUND-1,,,found in bunker 4\n"
)


def test_file_import_movements_previews_rows_warnings_and_problems_then_imports(window, qtbot, tmp_path):
    bad, good = tmp_path / "bad.csv", tmp_path / "movements.csv"
    bad.write_text(MOVEMENTS + "2023-04-01,return,L-002,M16,ANAD,10,RT-1,CAMP-C,,\n")
    good.write_text(MOVEMENTS)
    before = snapshot(window.sp.context.engine)

    def refused(dialog):
        assert [str(p) for p in dialog.plan.problems] == [
            "line 5, to_site: lot L-002 (M16) comes back to its home, ANAD"
        ]
        assert not dialog.import_button.isEnabled()
        dialog.reject()

    choose_file(qtbot, bad)
    when_modal(qtbot, refused, ImportDialog)
    window.named_actions["import_movements"].trigger()
    assert snapshot(window.sp.context.engine) == before  # the preview wrote nothing

    def check_then_import(dialog):
        assert dialog.windowTitle() == "Import movements - movements.csv"
        assert dialog.summary_label.text() == "3 movements; 0 problems."
        assert dialog.warnings_label.text() == (
            "Flagged: line 2, kind: transfer in dated 2023-01-10 falls after the acquisition ban of US "
            "anti-personnel landmine policy (June 2022) (from 2022-06-21): flagged for review"
        )
        assert [row[:7] for row in shown(dialog.rows_model)] == [
            ["2", "2023-01-10", "transfer in", "L-002", "M16", "ANAD", "50"],
            ["3", "2023-02-01", "stock-check loss", "L-002", "M16", "ANAD", "5"],
            ["4", "2023-03-01", "discovery", "F-1", "M67", "CAMP-C", "30"],
        ]
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    choose_file(qtbot, good)
    seen = when_modal(qtbot, check_then_import, ImportDialog)
    window.named_actions["import_movements"].trigger()
    assert seen["dialog"].result() == QDialog.DialogCode.Accepted
    assert "Imported 3 movements, from movements.csv" in window.statusBar().currentMessage()
    assert window.sp.queries.find_lot("L-002").on_hand == 545
    assert window.sp.queries.find_lot("F-1").site_code == "CAMP-C"


def test_a_file_of_many_flagged_rows_lists_five_and_counts_the_rest(window, qtbot, tmp_path):
    """Each transfer in after the acquisition ban is flagged: the dialog stays on the screen."""
    many = tmp_path / "many.csv"
    many.write_text(
        HEADER + "".join(f"2023-01-{day:02d},transfer_in,L-002,M16,ANAD,1,TI-{day},,army,\n" for day in range(1, 13))
    )

    def counted(dialog):
        lines = dialog.warnings_label.text().splitlines()
        assert [line.startswith("Flagged: line ") for line in lines] == [True] * 5 + [False]
        assert lines[-1] == "... and 7 more rows flagged (the command line's --dry-run lists them all)"
        assert dialog.sizeHint().height() < 800
        dialog.reject()

    choose_file(qtbot, many)
    when_modal(qtbot, counted, ImportDialog)
    window.named_actions["import_movements"].trigger()


def test_the_preview_names_each_rows_kind_in_the_windows_language(window, qtbot, tmp_path, french):
    good = tmp_path / "mouvements.csv"
    good.write_text(MOVEMENTS)
    kinds = {}

    def look(dialog):
        kinds["shown"] = [row[2] for row in shown(dialog.rows_model)]
        dialog.reject()

    choose_file(qtbot, good)
    when_modal(qtbot, look, ImportDialog)
    window.named_actions["import_movements"].trigger()
    assert kinds["shown"] == ["transfert entrant", "manquant d'inventaire", "découverte"]
