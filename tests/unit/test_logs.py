"""The log is a rotating file in the platform log folder; a log folder that cannot be used
costs only the file, never the app."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import IsolatedEnv
from heard.platform.logs import LOG_NAME, RotatingLog, setup_logging


@pytest.fixture
def heard_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("heard")
    handlers, level = list(logger.handlers), logger.level
    yield logger
    for handler in logger.handlers:
        if handler not in handlers:
            logger.removeHandler(handler)
            handler.close()
    logger.setLevel(level)


def ours(logger: logging.Logger) -> logging.Handler:
    [handler] = [h for h in logger.handlers if h.get_name() == "heard-log"]
    return handler


def test_the_log_is_a_rotating_file_in_the_platform_log_folder(
    heard_logger: logging.Logger, isolated_env: IsolatedEnv
) -> None:
    path = setup_logging()
    assert path == isolated_env.state / "heard" / "log" / LOG_NAME
    handler = ours(heard_logger)
    assert isinstance(handler, RotatingLog)
    assert handler.maxBytes == 1_000_000 and handler.backupCount == 3
    logging.getLogger("heard.test").error("something to find later")
    handler.flush()
    assert "ERROR heard.test: something to find later" in path.read_text(encoding="utf-8")


def test_it_rotates_instead_of_growing(heard_logger: logging.Logger, tmp_path: Path) -> None:
    path = setup_logging(folder=tmp_path)
    assert path is not None
    handler = ours(heard_logger)
    assert isinstance(handler, RotatingLog)
    handler.maxBytes = 2_000
    for n in range(200):
        logging.getLogger("heard.test").info("line %d with some padding to fill the file", n)
    assert path.stat().st_size <= 2_000
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        LOG_NAME,
        f"{LOG_NAME}.1",
        f"{LOG_NAME}.2",
        f"{LOG_NAME}.3",
    ]


def test_a_log_folder_that_cannot_be_used_falls_back_to_stderr(
    heard_logger: logging.Logger, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    assert setup_logging(folder=blocker / "log") is None
    handler = ours(heard_logger)
    assert type(handler) is logging.StreamHandler
    assert handler.level == logging.WARNING


def test_setting_up_twice_keeps_one_handler(heard_logger: logging.Logger, tmp_path: Path) -> None:
    setup_logging(folder=tmp_path)
    setup_logging(folder=tmp_path)
    assert len([h for h in heard_logger.handlers if h.get_name() == "heard-log"]) == 1


def test_rotation_keeps_every_line_and_the_newest_last(tmp_path: Path) -> None:
    handler = RotatingLog(tmp_path / LOG_NAME, maxBytes=300, backupCount=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("heard.test.rotation")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for n in range(20):
            logger.warning("line %02d padded out to about forty bytes.", n)
    finally:
        logger.removeHandler(handler)
        handler.close()
        logger.propagate = True
    newest = (tmp_path / LOG_NAME).read_text(encoding="utf-8").splitlines()
    older = (tmp_path / f"{LOG_NAME}.1").read_text(encoding="utf-8").splitlines()
    assert newest[-1].startswith("line 19") and older[-1] < newest[0]
    assert not (tmp_path / f"{LOG_NAME}.3").exists()
    assert all(p.stat().st_size <= 300 for p in tmp_path.iterdir())


def test_the_log_module_does_not_load_the_stdlib_handlers() -> None:
    import subprocess
    import sys

    code = "import sys, heard.platform.logs; print('logging.handlers' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
