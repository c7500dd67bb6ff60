"""A real Heard (heard.app.run_gui, as `heard` runs it) on DATA, where a session was left
unfinished: a partner's click on "Resume where we left off" is the only thing added.
Used by tests/system/test_keep_awake_dbus.py; stops on SIGTERM like `heard`.

    python resume_child.py DATA
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from heard.app import LaunchOptions, run_gui


def click_resume() -> None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "recovery_dialog" and widget.isVisible():
            button = widget.findChild(QPushButton, "recovery_resume_button")
            if button is not None:
                button.click()
                return
    QTimer.singleShot(50, click_resume)  # the dialog is not up yet: look again


def main() -> int:
    data = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(0, click_resume)
    code = run_gui(LaunchOptions(data_dir=data), settings_file=data / "settings.ini")
    del app
    return code


if __name__ == "__main__":
    raise SystemExit(main())
