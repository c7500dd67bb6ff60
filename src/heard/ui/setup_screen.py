"""Before a session: who is talking, for how long, and are the phones away?"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from heard.core.model import MAX_MINUTES, MAX_NAME_LENGTH, MIN_MINUTES, ConfigError
from heard.core.templates import Template
from heard.ui.calm_style import make_calm
from heard.ui.template_picker import TemplatePicker

PRESETS = (10, 20, 30, 45)


class SetupScreen(QWidget):
    """Emits `start_requested(SessionConfig)` once everything is in order."""

    start_requested = Signal(object)
    history_requested = Signal()
    settings_requested = Signal()
    rituals_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, defer_keys: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("setup_screen")
        self.pause_cue_s = 3

        make_calm(self)
        title = QLabel(self.tr("Heard"))
        title.setObjectName("setup_title")
        title.setProperty("role", "title")
        title.setProperty("centred", True)  # the stylesheet aligns (see keys_ready)
        tagline = QLabel(self.tr("Time set aside to listen to each other, one at a time."))
        tagline.setObjectName("setup_tagline")
        tagline.setProperty("role", "muted")
        tagline.setProperty("centred", True)
        tagline.setWordWrap(True)

        self.templates = TemplatePicker()  # the kind of talk: its length and guidance
        self.templates.chosen.connect(self._on_template_chosen)
        self.name_a = self._name_field(self.tr("Speaks first"), self.tr("First partner's name"))
        self.name_b = self._name_field(self.tr("Listens first"), self.tr("Second partner's name"))

        self.presets = QButtonGroup(self)
        self.presets.setExclusive(True)
        lengths = QHBoxLayout()
        for minutes in PRESETS:
            button = QPushButton(self.tr("%n min", "", minutes))
            button.setCheckable(True)
            button.setProperty("scale", True)
            button.setObjectName(f"preset_{minutes}")
            button.setAccessibleName(self.tr("%n minutes", "", minutes))
            button.setAccessibleDescription(self.tr("Set the session length"))
            self.presets.addButton(button, minutes)
            lengths.addWidget(button)
        self.custom = QSpinBox()
        self.custom.setObjectName("custom_minutes")
        self.custom.setRange(MIN_MINUTES, MAX_MINUTES)
        self.custom.setSuffix(self.tr(" min"))
        self.custom.setMinimumHeight(72)
        self.custom.setAccessibleName(self.tr("Custom length in minutes"))
        self.custom.setAccessibleDescription(
            self.tr("Any length from %1 to %2 minutes")
            .replace("%1", str(MIN_MINUTES))
            .replace("%2", str(MAX_MINUTES))
        )
        lengths.addWidget(self.custom)
        self.presets.idClicked.connect(self._on_preset_clicked)
        self.custom.valueChanged.connect(self._on_custom_changed)

        self.phones = QCheckBox(self.tr("Both our phones are in another room"))
        self.phones.setObjectName("phones_away")
        self.phones.setAccessibleName(self.tr("Both phones are in another room"))
        self.phones.setAccessibleDescription(
            self.tr("Out of sight, not just on silent. Start is available once this is ticked.")
        )
        phones_hint = QLabel(self.tr("Out of sight, not just face down or on silent."))
        phones_hint.setObjectName("hint")
        phones_hint.setProperty("role", "muted")
        self.focus_hint = QLabel("")  # do not disturb, where it can be read (FocusKeeper)
        self.focus_hint.setObjectName("focus_hint")
        self.focus_hint.setProperty("role", "muted")
        self.focus_hint.setWordWrap(True)
        self.focus_hint.setAccessibleName(self.tr("Notifications"))
        self.listening_ears = QCheckBox(self.tr("Listening ears: notice our pauses (never words)"))
        self.listening_ears.setObjectName("listening_ears")
        self.listening_ears.setAccessibleName(self.tr("Listening ears"))
        self.listening_ears.setAccessibleDescription(
            self.tr(
                "Optional. The microphone hears only whether someone is speaking, to measure "
                "the pause and help hold silences. No sound is kept or sent."
            )
        )

        self.start_button = QPushButton(self.tr("Start the conversation"))
        self.start_button.setObjectName("start_button")
        self.start_button.setDefault(True)
        self.start_button.setProperty("primary", True)
        self.start_button.setProperty("large", True)
        self.start_button.setAccessibleName(self.tr("Start the conversation"))
        self.start_button.setAccessibleDescription(
            self.tr("Starts the timer with the first partner speaking")
        )
        self.start_button.clicked.connect(self._on_start_clicked)
        self.history_button = QPushButton(self.tr("&Look back at our history"))
        self.history_button.setObjectName("history_button")
        self.history_button.setAccessibleName(self.tr("History"))
        self.history_button.setAccessibleDescription(
            self.tr("Charts, streaks and past sessions (Alt+L)")
        )
        self.history_button.clicked.connect(self.history_requested)
        self.settings_button = QPushButton(self.tr("&Settings"))
        self.settings_button.setObjectName("settings_button")
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.settings_button.setAccessibleDescription(
            self.tr("Names, colours, pause length, sound, language and theme (Ctrl+,)")
        )
        self.settings_button.clicked.connect(self.settings_requested)
        self.problem = QLabel("")
        self.problem.setObjectName("problem")
        self.problem.setProperty("role", "status")
        self.problem.setWordWrap(True)
        self.problem.setProperty("centred", True)

        form = QFormLayout()
        form.setVerticalSpacing(14)
        form.setHorizontalSpacing(20)
        form.addRow(self.tr("Kind of talk"), self.templates)
        form.addRow(self.tr("Speaks first"), self.name_a)
        form.addRow(self.tr("Listens first"), self.name_b)
        form.addRow(self.tr("Length"), lengths)

        column = QVBoxLayout()
        column.addStretch(2)
        column.addWidget(title)
        column.addWidget(tagline)
        column.addSpacing(32)
        column.addLayout(form)
        column.addSpacing(16)
        column.addWidget(self.phones)
        column.addWidget(phones_hint)
        column.addWidget(self.focus_hint)
        column.addSpacing(8)
        column.addWidget(self.listening_ears)
        column.addSpacing(16)
        column.addWidget(self.start_button)
        column.addWidget(self.problem)
        column.addSpacing(8)
        more = QHBoxLayout()
        more.addStretch(1)
        more.addWidget(self.history_button)
        more.addWidget(self.settings_button)
        self.rituals_button = QPushButton(self.tr("&Rituals"))
        self.rituals_button.setObjectName("rituals_button")
        self.rituals_button.setAccessibleName(self.tr("Rituals and reminders"))
        self.rituals_button.setAccessibleDescription(
            self.tr("A daily, weekly or monthly time to talk, with a reminder (Alt+R)")
        )
        self.rituals_button.clicked.connect(self.rituals_requested)
        more.addWidget(self.rituals_button)
        more.addStretch(1)
        column.addLayout(more)
        column.addStretch(3)
        # Large text (or a small window) may need more room than there is: scroll, never overlap.
        body = QWidget()
        body.setObjectName("setup_body")
        row = QHBoxLayout(body)
        row.addStretch(1)
        row.addLayout(column, 3)
        row.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("setup_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        for edit in (self.name_a, self.name_b):
            edit.textChanged.connect(self._on_inputs_changed)
            edit.returnPressed.connect(self._on_start_clicked)
        self.phones.toggled.connect(self._on_inputs_changed)
        self.set_minutes(20)
        self._on_inputs_changed()
        self._scroll = scroll
        self._keys_ready = False
        if not defer_keys:
            self.keys_ready()

    def keys_ready(self) -> None:
        """The keyboard's part: the Settings shortcuts, and no Tab stop on the scroll area.

        app.py builds the screen with defer_keys=True and calls this right after the first
        paint: any Qt.* enum builds PySide's whole `Qt` namespace, ~16 ms of the launch
        budget (see heard.ui.theme.system_prefers_dark). No key can arrive before then."""
        if self._keys_ready:
            return
        self._keys_ready = True
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Ctrl+, and the desktop's own Preferences keys (the same on many): one shortcut each.
        preferences = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        wanted = [QKeySequence("Ctrl+,"), *preferences]
        unique = {keys.toString(): keys for keys in wanted if not keys.isEmpty()}
        for keys in unique.values():
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.settings_requested)

    def _name_field(self, placeholder: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(MAX_NAME_LENGTH)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(accessible)
        edit.setAccessibleDescription(self.tr("Shown on screen when this partner has the floor"))
        return edit

    # ------------------------------------------------------------------ state
    def set_names(self, name_a: str, name_b: str) -> None:
        self.name_a.setText(name_a)
        self.name_b.setText(name_b)

    def set_minutes(self, minutes: int) -> None:
        self.custom.setValue(minutes)
        self._on_custom_changed(minutes)

    def minutes(self) -> int:
        return self.custom.value()

    def reset_for_next(self) -> None:
        """After a session: phones must be confirmed again."""
        self.phones.setChecked(False)
        self.problem.clear()

    # ------------------------------------------------------------------ slots
    def _on_template_chosen(self, template: Template) -> None:
        self.set_minutes(template.minutes)

    def _on_preset_clicked(self, minutes: int) -> None:
        self.custom.blockSignals(True)
        self.custom.setValue(minutes)
        self.custom.blockSignals(False)

    def _on_custom_changed(self, minutes: int) -> None:
        button = self.presets.button(minutes)
        if button is not None:
            button.setChecked(True)
        else:
            checked = self.presets.checkedButton()
            if checked is not None:
                self.presets.setExclusive(False)
                checked.setChecked(False)
                self.presets.setExclusive(True)

    def _on_inputs_changed(self) -> None:
        ready = self.phones.isChecked()
        self.start_button.setEnabled(ready)
        self.problem.setText(
            "" if ready else self.tr("Tick the phones box when you are both ready.")
        )

    def _on_start_clicked(self) -> None:
        if not self.start_button.isEnabled():
            return
        try:
            from heard.core.config import SessionConfig  # with `dataclasses`: not at launch

            config = SessionConfig(
                self.name_a.text() or self.tr("Partner A"),
                self.name_b.text() or self.tr("Partner B"),
                planned_s=self.minutes() * 60,
                pause_cue_s=self.pause_cue_s,
                template=self.templates.current_id(),
                phones_away=True,
            )
        except ConfigError as exc:
            self.problem.setText(str(exc))
            return
        self.start_requested.emit(config)
