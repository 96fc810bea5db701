"""The policy profile: which one the checks apply, and its dates and rules, which are data a
compliance officer keeps up to date (a withdrawal, a new acquisition ban), with a reason."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.deadlines import MAX_DEADLINE_YEARS
from ..domain.enums import Activation, Category, Labelled, RetentionCategory
from ..i18n import profile_name, translate
from ..services import Stockpile
from ..services.dto.catalogue import PolicyProfileInfo
from .figures import word
from .form_dialog import FormDialog, reason_box
from .korea_dialog import KoreaRequirementDialog, requirements_table
from .widgets import ChoiceCombo, DateEdit


class OptionalDate(QWidget):
    """A date that may be unset: a tick box, and the date when ticked."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text)
        self.date_edit = DateEdit(date.today())
        self.date_edit.setAccessibleName(text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date_edit)
        layout.addStretch()
        self.check.toggled.connect(self.date_edit.setEnabled)

    @property
    def value(self) -> date | None:
        return self.date_edit.value if self.check.isChecked() else None

    @value.setter
    def value(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        self.date_edit.setEnabled(day is not None)
        if day is not None:
            self.date_edit.value = day


def _check_row(choices: type[Labelled]) -> tuple[QWidget, dict[str, QCheckBox]]:
    """One box per choice, side by side, keyed by the stored value; a label's words in brackets
    ("both (victim-activated or command-detonated)") go to its tooltip, so the row fits the dialog."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    boxes = {choice.value: QCheckBox(word(choice).split(" (")[0]) for choice in choices}
    for choice, box in zip(choices, boxes.values(), strict=True):
        box.setToolTip(word(choice))
        layout.addWidget(box)
    return row, boxes


def _checked(boxes: dict[str, QCheckBox]) -> tuple[str, ...]:
    return tuple(value for value, box in boxes.items() if box.isChecked())


class PolicyProfileDialog(FormDialog):
    def __init__(self, sp: Stockpile, parent: QWidget | None = None) -> None:
        super().__init__(
            sp, translate("PolicyProfileDialog", "Policy profile"), translate("PolicyProfileDialog", "Save"), parent
        )
        self.profiles = {p.code: p for p in sp.catalogue.profiles()}
        active = sp.catalogue.active_profile().code
        self.add_note(
            translate(
                "PolicyProfileDialog", "The checks and the dashboard apply the active profile, now {profile}."
            ).format(profile=profile_name(self.profiles[active].name))
        )
        self.profile_combo = self.add_field(
            translate("PolicyProfileDialog", "Profile"),
            ChoiceCombo([(f"{p.code} - {profile_name(p.name)}", p.code) for p in self.profiles.values()]),
            "profile",
        )
        self.active_check = self.add_field(
            "", QCheckBox(translate("PolicyProfileDialog", "The checks apply this profile (active)"))
        )
        self.name_edit = self.add_field(translate("PolicyProfileDialog", "Name"), QLineEdit(), "name")
        self.effective_edit = self.add_field(
            translate("PolicyProfileDialog", "In force from"), DateEdit(self.today), "effective_on", "entry into force"
        )
        self.deadline_spin = self.add_field(
            translate("PolicyProfileDialog", "Destruction deadline"), QSpinBox(), "deadline years"
        )
        self.deadline_spin.setRange(0, MAX_DEADLINE_YEARS)
        self.deadline_spin.setSpecialValueText(translate("PolicyProfileDialog", "set per programme"))
        self.deadline_spin.setSuffix(translate("PolicyProfileDialog", " years after entry into force"))
        permitted, self.permitted_checks = _check_row(RetentionCategory)
        self.add_field(translate("PolicyProfileDialog", "Retention permitted"), permitted, "permitted retention")
        categories, self.category_checks = _check_row(Category)
        self.add_field(translate("PolicyProfileDialog", "Governs (categories)"), categories, "scope categories")
        activations, self.activation_checks = _check_row(Activation)
        self.add_field(translate("PolicyProfileDialog", "Governs (activation)"), activations, "scope activations")
        self.korea_check = self.add_field(
            "",
            QCheckBox(translate("PolicyProfileDialog", "Korea reserve must be held in the Republic of Korea")),
            "korea_reserve_in_korea",
        )
        korea = QWidget()
        column = QVBoxLayout(korea)
        column.setContentsMargins(0, 0, 0, 0)
        self.korea_label = QLabel()  # when none is listed: none stated, or not permitted
        self.korea_label.setTextFormat(Qt.TextFormat.PlainText)
        self.korea_table, self.korea_model = requirements_table()
        self.korea_button = QPushButton(translate("PolicyProfileDialog", "State a requirement..."))
        self.korea_button.setAutoDefault(False)  # Enter saves the profile, as in every form
        self.korea_button.clicked.connect(self.state_korea_requirement)
        column.addWidget(self.korea_label)
        column.addWidget(self.korea_table)
        column.addWidget(self.korea_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_field(translate("PolicyProfileDialog", "Korea requirement"), korea)
        self.ban_edit = self.add_field(
            translate("PolicyProfileDialog", "Acquisition banned"),
            OptionalDate(translate("PolicyProfileDialog", "from")),
            "acquisition_banned_from",
        )
        self.transfers_check = self.add_field(
            "",
            QCheckBox(translate("PolicyProfileDialog", "Transfers out only for destruction")),
            "transfers_only_for_destruction",
        )
        self.rise_check = self.add_field(
            "",
            QCheckBox(translate("PolicyProfileDialog", "Flag a rise of Article 3 stock between two years")),
            "flags_retained_increase",
        )
        self.withdrawal_edit = self.add_field(
            translate("PolicyProfileDialog", "Withdrawal"),
            OptionalDate(translate("PolicyProfileDialog", "takes effect on")),
            "withdrawal_effective_on",
        )
        self.notes_edit = self.add_field(translate("PolicyProfileDialog", "Notes"), QLineEdit(), "notes")
        self.reason_edit = self.add_field(
            translate("PolicyProfileDialog", "Reason for a change"), reason_box(), "reason"
        )
        self.setMinimumWidth(600)
        self._in_force_shown = self.effective_edit.value
        self.effective_edit.dateChanged.connect(lambda _day: self._ban_follows())
        self.profile_combo.currentIndexChanged.connect(lambda _index: self._load())
        self.profile_combo.value = active
        self._load()

    @property
    def chosen(self) -> PolicyProfileInfo:
        return self.profiles[self.profile_combo.value]

    def _load(self) -> None:
        profile = self.chosen
        active = profile.code == self.sp.catalogue.active_profile().code
        self.active_check.setChecked(active)
        self.active_check.setEnabled(not active)  # one profile is always active: choose another instead
        self.name_edit.setText(profile_name(profile.name))
        self.effective_edit.value = profile.effective_on
        self.deadline_spin.setValue(profile.deadline_years or 0)
        for category, box in self.permitted_checks.items():
            box.setChecked(category in profile.permitted_retention)
        for category, box in self.category_checks.items():
            box.setChecked(category in profile.scope_categories)
        for activation, box in self.activation_checks.items():
            box.setChecked(activation in profile.scope_activations)
        self.korea_check.setChecked(profile.korea_reserve_in_korea)
        self._load_korea()
        self.ban_edit.value = profile.acquisition_banned_from
        self.transfers_check.setChecked(profile.transfers_only_for_destruction)
        self.rise_check.setChecked(profile.flags_retained_increase)
        self.withdrawal_edit.value = profile.withdrawal_effective_on
        self.notes_edit.setText(profile.notes or "")
        self.notes_edit.setCursorPosition(0)

    def _ban_follows(self) -> None:
        """A ban from the day the profile took effect moves with it, as the service keeps it when the
        ban is not given (catalogue._ban_follows); a ban from another day stays."""
        if self.ban_edit.value is not None and self.ban_edit.value == self._in_force_shown:
            self.ban_edit.value = self.effective_edit.value
        self._in_force_shown = self.effective_edit.value

    def _load_korea(self) -> None:
        """The requirements in force; stated only under a profile that permits Korea retention."""
        profile = self.chosen
        permitted = RetentionCategory.KOREA.value in profile.permitted_retention
        requirements = self.sp.korea.requirements(profile.code) if permitted else []
        self.korea_model.set_rows(requirements)
        self.korea_table.setVisible(bool(requirements))
        self.korea_label.setText(
            translate("PolicyProfileDialog", "none stated")
            if permitted
            else translate("PolicyProfileDialog", "Korea retention not permitted")
        )
        self.korea_label.setVisible(not requirements)
        self.korea_button.setEnabled(permitted)

    def state_korea_requirement(self) -> None:
        """A requirement is kept as soon as it is stated (audited on its own), whatever this form does."""
        if KoreaRequirementDialog(self.sp, self.chosen, self).exec():
            self._load_korea()

    def edited(self) -> PolicyProfileInfo:
        """The profile as the form now says."""
        return replace(
            self.chosen,
            name=self.chosen.name if self.name_edit.text() == profile_name(self.chosen.name) else self.name_edit.text(),
            effective_on=self.effective_edit.value,
            deadline_years=self.deadline_spin.value() or None,
            permitted_retention=_checked(self.permitted_checks),
            scope_categories=_checked(self.category_checks),
            scope_activations=_checked(self.activation_checks),
            korea_reserve_in_korea=self.korea_check.isChecked(),
            acquisition_banned_from=self.ban_edit.value,
            transfers_only_for_destruction=self.transfers_check.isChecked(),
            flags_retained_increase=self.rise_check.isChecked(),
            withdrawal_effective_on=self.withdrawal_edit.value,
            notes=self.notes_edit.text() or None,
        )

    def submit(self) -> PolicyProfileInfo:
        """An edit needs a reason and is checked whole before anything is kept; then, if asked,
        the profile becomes the active one."""
        before, after = self.chosen, self.edited()
        changes = {name: value for name, value in after.__dict__.items() if getattr(before, name) != value}
        result = before
        if changes:
            for name in ("permitted_retention", "scope_categories", "scope_activations"):
                if name in changes:
                    changes[name] = list(changes[name])
            result = self.sp.catalogue.update_profile(before.code, self.reason_edit.toPlainText(), **changes)
        if self.active_check.isChecked() and self.sp.catalogue.active_profile().code != before.code:
            result = self.sp.catalogue.set_active_profile(before.code)
        return result

    def describe(self, profile: PolicyProfileInfo) -> str:
        """For the status bar, once saved: the profiles by their names, never their codes."""
        return translate("PolicyProfileDialog", "Policy profile {profile} saved; the checks now apply {active}").format(
            profile=profile_name(profile.name), active=profile_name(self.sp.catalogue.active_profile().name)
        )
