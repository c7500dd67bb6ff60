"""Reading the desktop's do-not-disturb (never writing it), and the XDG autostart entry."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pytestqt.qtbot import QtBot

from heard.platform import autostart
from heard.platform.dnd_status import DndState, DndStatus, advice

if TYPE_CHECKING:
    from conftest import IsolatedEnv


def fake_gsettings(folder: Path, output: str, code: int = 0) -> Path:
    """A stand-in for the gsettings tool that answers one value and logs its arguments."""
    script = folder / "gsettings"
    script.write_text(
        f'#!/bin/sh\necho "$@" >> "{folder}/gsettings.calls"\necho "{output}"\nexit {code}\n',
        encoding="utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


@pytest.mark.parametrize(
    ("output", "state"),
    [("false", DndState.ON), ("true", DndState.OFF), ("oops", DndState.UNKNOWN)],
)
def test_gnome_show_banners_is_read(
    qtbot: QtBot, tmp_path: Path, output: str, state: DndState
) -> None:
    status = DndStatus(desktop="ubuntu:GNOME", gsettings=str(fake_gsettings(tmp_path, output)))
    assert status.kind == "gnome"
    with qtbot.waitSignal(status.changed, timeout=10_000) as blocker:
        status.refresh()
    assert blocker.args == [state]
    assert status.state is state
    calls = (tmp_path / "gsettings.calls").read_text(encoding="utf-8").split()
    assert calls == ["get", "org.gnome.desktop.notifications", "show-banners"]  # read only


def test_a_missing_gsettings_tool_means_unknown(qtbot: QtBot, tmp_path: Path) -> None:
    status = DndStatus(desktop="GNOME", gsettings=str(tmp_path / "no-such-tool"))
    with qtbot.waitSignal(status.changed, timeout=10_000) as blocker:
        status.refresh()
    assert blocker.args == [DndState.UNKNOWN]


def test_kde_without_a_bus_and_other_desktops_are_unknown(qtbot: QtBot) -> None:
    for desktop in ("KDE", "XFCE", ""):
        status = DndStatus(desktop=desktop)
        with qtbot.waitSignal(status.changed) as blocker:
            status.refresh()
        assert blocker.args == [DndState.UNKNOWN], desktop
    assert DndStatus(desktop="KDE").kind == "kde"
    assert DndStatus(desktop="X-Cinnamon").kind == ""


def test_advice_suggests_and_never_claims_to_change_anything() -> None:
    assert advice(DndState.ON, "gnome") == "Do not disturb is on: notifications will keep quiet."
    off = advice(DndState.OFF, "gnome")
    assert off.startswith("Do not disturb is off. Turning it on (the bell in the top bar)")
    assert "notifications icon" in advice(DndState.OFF, "kde")
    assert advice(DndState.UNKNOWN, "") == "If you can, silence notifications on this computer too."


# ----------------------------------------------------------------------------- autostart


def test_autostart_entry_is_written_and_removed(isolated_env: IsolatedEnv) -> None:
    path = autostart.autostart_path()
    assert path == isolated_env.config / "autostart" / "io.github.heard.Heard.desktop"
    assert not autostart.is_enabled()
    autostart.enable(["/opt/My Apps/heard", "--in-tray"])
    text = path.read_text(encoding="utf-8")
    assert 'Exec="/opt/My Apps/heard" --in-tray\n' in text
    assert "Type=Application\n" in text and "X-GNOME-Autostart-enabled=true\n" in text
    assert autostart.is_enabled()
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind
    autostart.disable()
    autostart.disable()
    assert not autostart.is_enabled()


def test_autostart_command_starts_in_the_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    flatpak = autostart.launch_command({"FLATPAK_ID": "io.github.heard.Heard", "PATH": ""})
    assert flatpak == ["flatpak", "run", "io.github.heard.Heard", "--in-tray"]
    fallback = autostart.launch_command({"PATH": ""})
    assert fallback[1:] == ["-m", "heard", "--in-tray"]
    assert autostart.supported("linux") and not autostart.supported("win32")


def test_exec_quoting_follows_the_desktop_entry_spec() -> None:
    assert autostart.entry_text(["heard", "--in-tray"]).count("Exec=heard --in-tray\n") == 1
    assert 'Exec="a\\\\"b" 100%%\n' in autostart.entry_text(['a"b', "100%"])
    assert 'Exec="C:\\\\\\\\x y"\n' in autostart.entry_text(["C:\\x y"])
