"""The one way to read Heard's shipped data files (sounds, icons, prompts, styles).

This package is installed as ``heard.resources`` (pyproject maps it to the top-level
``resources/`` folder and ships every file in it). All reads go through
:func:`importlib.resources.files`, so they work the same from a source checkout, an editable
install, a wheel, a zip file or a PyInstaller bundle. Never build paths with ``__file__``.

One shortcut: when the package is a plain folder on disk (a checkout, a wheel or a
PyInstaller folder), that folder is the Traversable importlib.resources would hand back, and
it is used directly; importlib.resources itself (six modules, ~3.5 ms of a launch budgeted
at 1.3x a bare Qt window's) is loaded only for anything else, such as a zip file.

Paths are relative, written with forward slashes: ``read_bytes("sounds/chime.wav")``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["ResourceNotFoundError", "as_file", "exists", "names", "read_bytes", "read_text"]


class ResourceNotFoundError(FileNotFoundError):
    """A resource path that is not shipped with Heard."""


def _folder() -> Path | None:
    """This package's folder, when it is a real one (not inside a zip or other loader)."""
    origin = __spec__.origin if __spec__ is not None else None
    if origin and __spec__ is not None and __spec__.has_location:
        folder = Path(origin).parent
        if (folder / "__init__.py").is_file():
            return folder
    return None


_FOLDER = _folder()


def _root() -> Traversable:
    if _FOLDER is not None:
        return _FOLDER
    from importlib import resources as _resources

    return _resources.files(__name__)


def _walk(relpath: str) -> Traversable:
    """Turn a relative resource path into a Traversable, refusing paths that leave the package."""
    if not relpath or "\\" in relpath:
        raise ValueError(f"resource path must be a non-empty '/'-separated path, got {relpath!r}")
    path = PurePosixPath(relpath)
    if path.is_absolute() or ".." in path.parts:
        raise ValueError(f"resource path must be relative and stay inside resources/: {relpath!r}")
    node = _root()
    for part in path.parts:
        node = node.joinpath(part)
    return node


def _file(relpath: str) -> Traversable:
    node = _walk(relpath)
    if not node.is_file():
        raise ResourceNotFoundError(f"Heard resource {relpath!r} is missing from {__name__}")
    return node


def exists(relpath: str) -> bool:
    """True when ``relpath`` names a shipped file (not a folder)."""
    return _walk(relpath).is_file()


def read_bytes(relpath: str) -> bytes:
    """The contents of a shipped file, as bytes."""
    return _file(relpath).read_bytes()


def read_text(relpath: str, encoding: str = "utf-8") -> str:
    """The contents of a shipped text file, decoded (UTF-8 unless told otherwise)."""
    return _file(relpath).read_text(encoding=encoding)


def names(reldir: str) -> list[str]:
    """Sorted names of the files directly inside a resource folder, e.g. ``names("prompts")``."""
    node = _walk(reldir)
    if not node.is_dir():
        raise ResourceNotFoundError(f"Heard resource folder {reldir!r} is missing from {__name__}")
    return sorted(child.name for child in node.iterdir() if child.is_file())


@contextlib.contextmanager
def as_file(relpath: str) -> Iterator[Path]:
    """A real file-system path to a shipped file, for APIs that need one (QSoundEffect, QIcon).

    In a source tree or an unpacked install this is the file itself. From a zip (or any other
    non-file loader) the data is copied to a temporary file, which is removed when the ``with``
    block ends, so keep the block open for as long as the path is in use.
    """
    node = _file(relpath)
    if isinstance(node, Path):
        yield node
        return
    from importlib import resources as _resources

    with _resources.as_file(node) as path:
        yield Path(path)
