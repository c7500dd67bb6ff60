"""The resource accessor (heard.resources) and the committed chime."""

from __future__ import annotations

import importlib.util
import math
import struct
import subprocess
import sys
import tomllib
import wave
import zipfile
from io import BytesIO
from pathlib import Path
from types import ModuleType

import pytest

from heard import resources

ROOT = Path(__file__).resolve().parents[2]
CHIME = "sounds/chime.wav"


def _load_make_chime() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_chime", ROOT / "scripts" / "make_chime.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reads_bytes_of_a_shipped_file() -> None:
    data = resources.read_bytes(CHIME)
    assert data == (ROOT / "resources" / "sounds" / "chime.wav").read_bytes()
    assert data[:4] == b"RIFF"


def test_reads_text_of_a_shipped_file() -> None:
    assert "importlib" in resources.read_text("__init__.py")


def test_as_file_yields_a_real_path_with_the_same_bytes() -> None:
    with resources.as_file(CHIME) as path:
        assert isinstance(path, Path)
        assert path.is_file()
        assert path.read_bytes() == resources.read_bytes(CHIME)


def test_lists_and_checks_files() -> None:
    assert "chime.wav" in resources.names("sounds")
    assert resources.exists(CHIME)
    assert not resources.exists("sounds/nope.wav")
    assert not resources.exists("sounds")  # a folder is not a file


@pytest.mark.parametrize("call", [resources.read_bytes, resources.read_text])
def test_missing_file_gives_a_clear_error(call: object) -> None:
    assert callable(call)
    with pytest.raises(resources.ResourceNotFoundError, match=r"'sounds/nope\.wav' is missing"):
        call("sounds/nope.wav")


def test_missing_file_is_a_file_not_found_error_in_as_file_too() -> None:
    with pytest.raises(FileNotFoundError, match="nope"), resources.as_file("nope.txt"):
        pass
    with pytest.raises(resources.ResourceNotFoundError, match="folder 'nope'"):
        resources.names("nope")


@pytest.mark.parametrize(
    "bad", ["", "../pyproject.toml", "sounds/../../README.md", "/etc/passwd", r"sounds\chime.wav"]
)
def test_paths_outside_the_package_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="resource path"):
        resources.read_bytes(bad)


def test_packaging_ships_the_folder() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    assert setuptools["package-dir"]["heard.resources"] == "resources"
    assert "heard.resources" in setuptools["packages"]
    assert "**/*" in setuptools["package-data"]["heard.resources"]


def test_works_from_a_zip_like_a_wheel_or_bundle(tmp_path: Path) -> None:
    """Imported from a zip, reads still work and as_file hands out a real, temporary file."""
    archive = tmp_path / "heard.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(ROOT / "src" / "heard" / "__init__.py", "heard/__init__.py")
        zf.write(ROOT / "resources" / "__init__.py", "heard/resources/__init__.py")
        zf.write(ROOT / "resources" / "sounds" / "chime.wav", "heard/resources/sounds/chime.wav")
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from heard import resources as r;"
        "assert r.__file__.startswith(sys.argv[1]), r.__file__;"
        "data = r.read_bytes('sounds/chime.wav');"
        "cm = r.as_file('sounds/chime.wav'); p = cm.__enter__();"
        "assert p.read_bytes() == data; cm.__exit__(None, None, None);"
        "print(len(data), p.exists())"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-S", "-c", probe, str(archive)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(len(resources.read_bytes(CHIME))), "False"]


def test_committed_chime_is_what_the_script_makes() -> None:
    make_chime = _load_make_chime()
    assert make_chime.render_wav() == resources.read_bytes(CHIME), (
        "resources/sounds/chime.wav is stale: run `python scripts/make_chime.py` and commit it"
    )


def test_script_writes_the_file(tmp_path: Path) -> None:
    make_chime = _load_make_chime()
    out = tmp_path / "sub" / "chime.wav"
    assert make_chime.main(["-o", str(out)]) == 0
    assert out.read_bytes() == resources.read_bytes(CHIME)


def test_chime_is_a_short_soft_mono_wav() -> None:
    with wave.open(BytesIO(resources.read_bytes(CHIME))) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 44_100)
        frames = wav.getnframes()
        samples = struct.unpack(f"<{frames}h", wav.readframes(frames))
    assert 0.8 <= frames / 44_100 <= 1.5
    peak_dbfs = 20 * math.log10(max(abs(s) for s in samples) / 32767)
    assert -13.0 <= peak_dbfs <= -11.0
    # Soft attack and a fade to silence: no click at either end.
    assert samples[0] == 0 and samples[-1] == 0
    assert max(abs(s) for s in samples[:44]) < 200  # first millisecond
    assert max(abs(s) for s in samples[-44:]) < 20  # last millisecond


def test_a_plain_folder_is_read_without_importlib_resources() -> None:
    """The launch shortcut: from a folder on disk, importlib.resources is not loaded."""
    code = (
        "import sys; from heard import resources; resources.read_bytes('sounds/chime.wav');"
        "print('importlib.resources' in sys.modules, resources._FOLDER is not None)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True"]
