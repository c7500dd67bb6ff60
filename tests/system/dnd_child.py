"""Prints what Heard reads as the desktop's do-not-disturb state ("on", "off" or "unknown")
on the session bus it finds (heard.platform.dnd_status; XDG_CURRENT_DESKTOP picks how)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer

from heard.platform.dnd_status import DndState, DndStatus


def main() -> int:
    app = QCoreApplication([])
    status = DndStatus()
    found: list[DndState] = []

    def on_changed(state: DndState) -> None:
        found.append(state)
        app.quit()

    status.changed.connect(on_changed)
    QTimer.singleShot(0, status.refresh)
    QTimer.singleShot(10_000, app.quit)  # never hang the test
    app.exec()
    print(found[0].value if found else "no answer", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
