"""Bad arguments: one clear line on stderr, exit code 2, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from heard.cli import main


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["session", "--minutes", "0", "--names", "A", "B"], "minutes must be from 1 to 180"),
        (["session", "--minutes", "500", "--names", "A", "B"], "minutes must be from 1 to 180"),
        (["session", "--minutes", "soon", "--names", "A", "B"], "minutes must be a number"),
        (["session", "--minutes", "20", "--names", "", "B"], "Partner A's name cannot be empty"),
        (["session", "--minutes", "20", "--names", "A", "   "], "Partner B's name cannot be empty"),
        (["session", "--names", "OnlyOne"], "expected 2 arguments"),
        (["dance"], "invalid choice"),
        (["--data-dir", "", "history"], "--data-dir folder name is empty"),
    ],
)
def test_bad_arguments(argv: list[str], fragment: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert fragment in err
    assert err.count("\n") == 1, err
    assert err.startswith("heard: ")
    assert "Traceback" not in err


def test_unwritable_data_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("I am a file", encoding="utf-8")
    code = main(
        ["--data-dir", str(blocker / "data"), "session", "--minutes", "5", "--names", "A", "B"]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("heard: ")
    assert err.count("\n") == 1, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("heard 0.")


def test_history_of_an_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "history"]) == 0
    assert "No sessions yet" in capsys.readouterr().out
    assert not (tmp_path / "heard.db").exists()  # reading history creates nothing
    assert main(["history", "--data-dir", str(tmp_path), "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"
