"""The conftest safety nets really catch what they promise to.

The real tests/conftest.py and pyproject.toml are copied into a pytester folder and an inner
pytest run (a separate process, so its QApplication and any leak stay there) executes tests
that leak on purpose and tests that clean up.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

INNER_QT_TESTS = """
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QWidget

KEEP = []  # keeps leaked objects alive past the test, like a forgotten attribute would


def test_leaves_timer_running(qtbot):
    timer = QTimer()
    timer.setObjectName("leaky_refresh")
    timer.start(10_000)
    KEEP.append(timer)


def test_leaked_timer_was_stopped_after_the_report():
    assert not KEEP[0].isActive()


def test_leaves_timer_running_with_only_qapp(qapp):
    timer = QTimer()
    timer.start(10_000)
    KEEP.append(timer)


def test_stops_its_timer(qtbot):
    timer = QTimer()
    timer.setObjectName("tidy_refresh")
    timer.start(10)
    with qtbot.waitSignal(timer.timeout, timeout=5_000):
        pass
    timer.stop()
    KEEP.append(timer)


def test_timer_dies_with_its_closed_widget(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    timer = QTimer(widget)
    timer.setObjectName("owned_refresh")
    timer.start(10_000)


def test_leaves_thread_running(qtbot):
    thread = QThread()
    thread.setObjectName("leaky_worker")
    thread.start()
    qtbot.waitUntil(thread.isRunning, timeout=5_000)


def test_joins_its_thread(qtbot):
    thread = QThread()
    thread.setObjectName("tidy_worker")
    thread.start()
    qtbot.waitUntil(thread.isRunning, timeout=5_000)
    thread.quit()
    assert thread.wait(5_000)
"""

INNER_ISOLATION_TESTS = """
import os
from pathlib import Path

import keyring


def test_environment_is_private(isolated_env):
    assert Path(os.environ["HOME"]) == isolated_env.home
    assert os.environ["XDG_DATA_HOME"] == str(isolated_env.data)
    assert (isolated_env.runtime.stat().st_mode & 0o777) == 0o700
    assert "HEARD_DATA_DIR" not in os.environ
    assert "DBUS_SESSION_BUS_ADDRESS" not in os.environ
    assert os.environ["PYTHON_KEYRING_BACKEND"] == "keyring.backends.fail.Keyring"


def test_keyring_is_in_memory(memory_keyring):
    keyring.set_password("heard", "key", "secret")
    assert memory_keyring.passwords == {("heard", "key"): "secret"}


def test_keyring_is_empty_again():
    assert keyring.get_password("heard", "key") is None
"""


def _inner_project(pytester: pytest.Pytester) -> None:
    shutil.copy(ROOT / "tests" / "conftest.py", pytester.path / "conftest.py")
    shutil.copy(ROOT / "pyproject.toml", pytester.path / "pyproject.toml")  # same ini options


def test_qt_leaks_fail_the_test_and_tidy_tests_pass(pytester: pytest.Pytester) -> None:
    _inner_project(pytester)
    pytester.makepyfile(test_inner=INNER_QT_TESTS)

    result = pytester.runpytest_subprocess(
        "test_inner.py", "-rA", "-p", "no:cacheprovider", timeout=120
    )

    # A leak shows as an error in teardown; the test body itself still passed.
    result.assert_outcomes(passed=7, errors=3)
    result.stdout.fnmatch_lines(
        [
            "*ERROR at teardown of test_leaves_timer_running *",
            "still running after the test: QTimer 'leaky_refresh'",
            "  QTimer 'leaky_refresh' (interval 10000 ms), created at test_inner.py:* in "
            "test_leaves_timer_running",
            "*ERROR at teardown of test_leaves_timer_running_with_only_qapp*",
            "still running after the test: QTimer ''",
            "  QTimer '<unnamed: call setObjectName>'*",
            "*ERROR at teardown of test_leaves_thread_running*",
            "still running after the test: QThread 'leaky_worker'",
        ]
    )
    result.stdout.fnmatch_lines_random(
        [
            "PASSED test_inner.py::test_leaked_timer_was_stopped_after_the_report",
            "PASSED test_inner.py::test_stops_its_timer",
            "PASSED test_inner.py::test_timer_dies_with_its_closed_widget",
            "PASSED test_inner.py::test_joins_its_thread",
        ]
    )
    result.stdout.no_fnmatch_line("ERROR*tidy*")
    result.stdout.no_fnmatch_line("ERROR*owned*")


def test_isolation_and_keyring_fixtures(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What a developer's shell might have: none of it may reach the inner tests.
    monkeypatch.setenv("HEARD_DATA_DIR", str(pytester.path / "real-data"))
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    _inner_project(pytester)
    pytester.makepyfile(test_isolation=INNER_ISOLATION_TESTS)

    result = pytester.runpytest_subprocess(
        "test_isolation.py", "-p", "no:cacheprovider", timeout=120
    )

    result.assert_outcomes(passed=3)
