"""Reports > Article 7 texts: what the office writes into a year's Article 7 report (the cover's
details, the text forms, a note above each table form). The text shown is the one the report
prints: written for the year, or carried forward from an earlier one as a draft to review.

Each part keeps what is typed into it while another part is shown; Save writes every changed part
(and the part in view, when carried forward: reviewed) in one write, and the dialog stays open.
Close asks before it drops unsaved edits. A year frozen as submitted is shown read-only."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPlainTextEdit, QSpinBox, QWidget

from ..domain.enums import Article7Part, label
from ..domain.errors import StockpileError
from ..i18n import joined_in, language_in_use, translate
from ..services import Stockpile
from ..services.article7 import FIRST_YEAR, Article7Entry
from .form_dialog import FormDialog
from .widgets import ChoiceCombo


def _shown(part: Article7Part) -> str:
    """A part's heading as the Convention's reporting format words it in the window's language."""
    return label(part, language_in_use())


TABLE_FORMS = (Article7Part.FORM_B, Article7Part.FORM_D, Article7Part.FORM_F, Article7Part.FORM_G, Article7Part.FORM_H)
WRITTEN = [part for part in Article7Part if not part.is_submission]  # the submission is recorded by the freeze
TEXT_LINES = 14  # the text box's height, in lines: a form's text runs over paragraphs


class Article7TextDialog(FormDialog):
    def __init__(self, sp: Stockpile, parent: QWidget | None = None) -> None:
        super().__init__(
            sp, translate("Article7TextDialog", "Article 7 texts"), translate("Article7TextDialog", "Save"), parent
        )
        self.add_note(
            translate(
                "Article7TextDialog",
                "The report of a year prints what is saved for it. A text not yet saved for the year is carried "
                "forward from an earlier year and marked for review; Save writes the parts you changed, and the "
                "one in view when it is carried forward. A year frozen as submitted takes no text.",
            )
        )
        self.year_spin = self.add_field(translate("Article7TextDialog", "Year"), QSpinBox(), "year")
        self.year_spin.setRange(FIRST_YEAR, self.today.year)
        self.year_spin.setValue(self.today.year - 1)  # the report owed by 30 April is last year's
        self.frozen_note = self.add_note("")
        self.part_combo = self.add_field(
            translate("Article7TextDialog", "Part"),
            ChoiceCombo([(_shown(part), part.value) for part in WRITTEN]),
            "part",
        )
        self.source_note = self.add_note("")
        self.text_box = self.add_field(
            translate("Article7TextDialog", "Text"), QPlainTextEdit(), *(_shown(part) for part in WRITTEN)
        )
        self.text_box.setMinimumHeight(self.text_box.fontMetrics().lineSpacing() * TEXT_LINES)
        self.saved_note = self.add_note("")
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(translate("Article7TextDialog", "Close"))
        self.texts: dict[Article7Part, Article7Entry] = {}  # as the year's report prints them
        self.edits: dict[Article7Part, str] = {}  # typed and not saved, by part
        self.written: list[Article7Entry] = []  # saved while the dialog was open
        self.frozen = False
        self.year_spin.valueChanged.connect(self.load_year)
        self.part_combo.currentIndexChanged.connect(self.show_text)
        self.text_box.textChanged.connect(self.keep_edit)
        self.setMinimumWidth(640)
        self.load_year()

    @property
    def part(self) -> Article7Part:
        return Article7Part(self.part_combo.value)

    @property
    def year(self) -> int:
        return self.year_spin.value()

    def load_year(self) -> None:
        """The year's texts as its report prints them; a frozen year is read-only."""
        self.texts = self.sp.article7.texts(self.year)
        self.edits.clear()
        frozen = self.sp.archive.frozen("article7", str(self.year))
        self.frozen = frozen is not None
        submitted = self.texts.get(Article7Part.SUBMITTED_ON)
        self.frozen_note.setText(
            translate(
                "Article7TextDialog",
                "The report for {year} was submitted on {submitted} and frozen on {frozen} by {person}: it "
                "prints as it was, and texts go into {next_year}.",
            ).format(
                year=self.year,
                submitted=submitted.text if submitted else translate("Article7TextDialog", "a day not recorded"),
                frozen=f"{frozen.frozen_at:%Y-%m-%d}",
                person=frozen.frozen_by,
                next_year=self.year + 1,
            )
            if frozen is not None
            else ""
        )
        self.frozen_note.setVisible(self.frozen)
        self.text_box.setReadOnly(self.frozen)
        self.action_button.setEnabled(not self.frozen)
        self.follow_edits()
        self.show_text()

    def show_source(self) -> None:
        """Where the part's text comes from, what a table form's text is, and whether it is
        changed and not saved; the dialog grows to show a longer note whole."""
        year, entry, part = self.year, self.texts.get(self.part), self.part
        if entry is None:
            source = [translate("Article7TextDialog", "Not written for {year}.").format(year=year)]
        elif (earlier := entry.carried_from(year)) is not None:
            source = [
                translate(
                    "Article7TextDialog",
                    "Carried forward from {earlier} ({person}): review it, then Save writes it for {year}.",
                ).format(earlier=earlier, person=entry.written_by, year=year)
            ]
        else:
            source = [
                translate("Article7TextDialog", "Written for {year} by {person}, {when}.").format(
                    year=year, person=entry.written_by, when=f"{entry.written_at:%Y-%m-%d %H:%M}"
                )
            ]
        if part in TABLE_FORMS:
            source.append(
                translate(
                    "Article7TextDialog",
                    "{form} is a table the report builds from the record; this text is a note printed above it.",
                ).format(form=_shown(part).split(" - ")[0])
            )
        if part is Article7Part.FORM_H:
            source.append(
                translate(
                    "Article7TextDialog",
                    "The characteristics are entered with each mine type: Catalogue > Correct mine type.",
                )
            )
        if part in self.edits:
            source.append(translate("Article7TextDialog", "Changed, not saved yet."))
        self.source_note.setText(" ".join(source))
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():  # wrapped notes: their height at this width
            needed = layout.totalHeightForWidth(self.width())
        else:
            needed = self.minimumSizeHint().height()
        if self.height() < needed:
            self.resize(self.width(), needed)

    def show_text(self) -> None:
        """The part's text: as typed and not saved, else as the year's report prints it."""
        entry = self.texts.get(self.part)
        self.text_box.blockSignals(True)
        self.text_box.setPlainText(self.edits.get(self.part, entry.text if entry else ""))
        self.text_box.blockSignals(False)
        self.show_source()

    def keep_edit(self) -> None:
        """What is typed stays with its part until saved; typed back as it was, it is no edit."""
        entry = self.texts.get(self.part)
        typed = self.text_box.toPlainText()
        if typed == (entry.text if entry else ""):
            self.edits.pop(self.part, None)
        else:
            self.edits[self.part] = typed
        self.follow_edits()
        self.show_source()

    def follow_edits(self) -> None:
        """Another year would drop the edits: it is chosen once they are saved (or the dialog closed)."""
        self.year_spin.setEnabled(not self.edits)
        self.year_spin.setToolTip(
            translate("Article7TextDialog", "Save the texts typed, or close, to change the year") if self.edits else ""
        )

    def to_save(self) -> dict[Article7Part, str]:
        """The changed parts, and the part in view when it is carried forward (reviewed)."""
        parts = dict(self.edits)
        entry = self.texts.get(self.part)
        if self.part not in parts and entry is not None and entry.carried_from(self.year) is not None:
            parts[self.part] = entry.text
        return parts

    def submit(self) -> list[Article7Entry]:
        parts = self.to_save()
        if not parts:
            raise StockpileError(translate("Article7TextDialog", "nothing to save: no text was changed"))
        return self.sp.article7.write(self.year, {part.value: text for part, text in parts.items()})

    def accept(self) -> None:
        """Save, and stay open: the next part can be written."""
        for widget in self._fields.values():
            widget.setStyleSheet("")
        self.saved_note.setText("")  # an earlier save's note never stands beside a refusal
        try:
            written = self.submit()
        except StockpileError as exc:
            self.show_error(exc)
            return
        self.error_area.hide()
        self.written += written
        self.result_value = self.written
        self.saved_note.setText(
            translate("Article7TextDialog", "Saved: {parts}.").format(
                parts=", ".join(_shown(entry.part) for entry in written)
            )
        )
        self.load_year()

    def reject(self) -> None:
        """Close; unsaved edits are dropped only when the user says so."""
        if self.edits:
            names = ", ".join(_shown(part) for part in WRITTEN if part in self.edits)
            box = QMessageBox(
                QMessageBox.Icon.Question,
                translate("Article7TextDialog", "Article 7 texts"),
                translate("Article7TextDialog", "Close without saving the texts typed for {year} ({parts})?").format(
                    year=self.year, parts=names
                ),
                parent=self,
            )
            drop = box.addButton(
                translate("Article7TextDialog", "Close without saving"), QMessageBox.ButtonRole.DestructiveRole
            )
            box.addButton(translate("Article7TextDialog", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not drop:
                return
        super().reject()

    @staticmethod
    def describe(written: list[Article7Entry]) -> str:
        return joined_in(
            (
                translate("Article7TextDialog", "{year}: {part}: saved").format(
                    year=entry.year, part=_shown(entry.part)
                )
                for entry in written
            ),
            language_in_use(),
        )
