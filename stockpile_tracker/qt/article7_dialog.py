"""Reports > Article 7 texts: what the office writes into a year's Article 7 report (the cover's
details, the text forms, a note above each table form). The text shown is the one the report
prints: written for the year, or carried forward from an earlier one as a draft to review; Save
writes it for the year (audited, the newest in force)."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QSpinBox, QWidget

from ..domain.enums import Article7Part
from ..services import Stockpile
from ..services.article7 import FIRST_YEAR, Article7Entry
from .form_dialog import FormDialog
from .widgets import ChoiceCombo

WRITTEN = [part for part in Article7Part if not part.is_submission]  # the submission is recorded by the freeze
TEXT_LINES = 14  # the text box's height, in lines: a form's text runs over paragraphs


class Article7TextDialog(FormDialog):
    def __init__(self, sp: Stockpile, parent: QWidget | None = None) -> None:
        super().__init__(sp, "Article 7 texts", "Save", parent)
        self.add_note(
            "The report of a year prints what is saved for it. A text not yet saved for the year is "
            "carried forward from an earlier year and marked for review; Save writes it for the year. "
            "A year frozen as submitted takes no text."
        )
        self.year_spin = self.add_field("Year", QSpinBox(), "year")
        self.year_spin.setRange(FIRST_YEAR, self.today.year)
        self.year_spin.setValue(self.today.year - 1)  # the report owed by 30 April is last year's
        self.part_combo = self.add_field("Part", ChoiceCombo([(part.label, part.value) for part in WRITTEN]), "part")
        self.source_note = self.add_note("")
        self.text_box = self.add_field("Text", QPlainTextEdit(), *(part.label for part in WRITTEN))
        self.text_box.setMinimumHeight(self.text_box.fontMetrics().lineSpacing() * TEXT_LINES)
        self.year_spin.valueChanged.connect(self.show_text)
        self.part_combo.currentIndexChanged.connect(self.show_text)
        self.setMinimumWidth(640)
        self.show_text()

    @property
    def part(self) -> Article7Part:
        return Article7Part(self.part_combo.value)

    def show_text(self) -> None:
        """The part's text as the year's report prints it, and where it comes from."""
        year = self.year_spin.value()
        entry = self.sp.article7.texts(year).get(self.part)
        self.text_box.setPlainText(entry.text if entry else "")
        if entry is None:
            source = f"Not written for {year}."
        elif (earlier := entry.carried_from(year)) is not None:
            source = f"Carried forward from {earlier} ({entry.written_by}): review it, then Save writes it for {year}."
        else:
            source = f"Written for {year} by {entry.written_by}, {entry.written_at:%Y-%m-%d %H:%M}."
        self.source_note.setText(source)

    def submit(self) -> list[Article7Entry]:
        return self.sp.article7.write(self.year_spin.value(), {self.part.value: self.text_box.toPlainText()})

    @staticmethod
    def describe(written: list[Article7Entry]) -> str:
        return "; ".join(f"{entry.year}: {entry.part.label}: saved" for entry in written)
