"""heard.core is pure Python: no Qt, no plotting, no OS integration or UI layers.

Checked twice: statically (every import statement under src/heard/core, including relative
imports and importlib.import_module("...") calls) and dynamically (every core module imported
in a fresh interpreter, then sys.modules inspected, which also catches indirect imports).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import heard.core

CORE_DIR = Path(heard.core.__file__).resolve().parent
FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "heard.ui", "heard.platform")


def _is_forbidden(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in FORBIDDEN)


def _resolve(package: str, level: int, module: str | None) -> str:
    """The absolute name of ``from <level dots><module> import ...`` inside ``package``."""
    base = package.split(".")
    if level > 1:
        base = base[: -(level - 1)]
    return ".".join([*base, module] if module else base)


def forbidden_imports(source: str, package: str = "heard.core") -> list[str]:
    """Forbidden modules that ``source`` (a module inside ``package``) imports."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(package, node.level, node.module) if node.level else node.module or ""
            names = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and (
                (isinstance(node.func, ast.Name) and node.func.id == "__import__")
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
            )
        ):
            names = [node.args[0].value]
        found.extend(name for name in names if _is_forbidden(name))
    return sorted(set(found))


_PROBE = """
import importlib, json, pkgutil, sys
import heard.core
names = [m.name for m in pkgutil.walk_packages(heard.core.__path__, "heard.core.")]
for name in names + sys.argv[1:]:
    importlib.import_module(name)
print(json.dumps({"imported": names, "loaded": sorted(sys.modules)}))
"""


def modules_loaded_by_core(*extra: str) -> tuple[list[str], list[str]]:
    """(core modules imported, forbidden modules then in sys.modules) in a fresh interpreter."""
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, *extra],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    return report["imported"], [m for m in report["loaded"] if _is_forbidden(m)]


def _core_files() -> list[Path]:
    return sorted(CORE_DIR.rglob("*.py"))


@pytest.mark.parametrize("path", _core_files(), ids=lambda p: p.name)
def test_core_module_has_no_forbidden_imports(path: Path) -> None:
    relative = path.relative_to(CORE_DIR).parent.parts
    package = ".".join(["heard", "core", *relative])
    assert forbidden_imports(path.read_text(encoding="utf-8"), package) == []


def test_importing_all_of_core_loads_no_forbidden_module() -> None:
    imported, forbidden = modules_loaded_by_core()
    assert "heard.core.model" in imported  # the walk really found the modules
    assert forbidden == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import PySide6.QtCore", ["PySide6.QtCore"]),
        ("from PySide6 import QtCore", ["PySide6", "PySide6.QtCore"]),
        ("import shiboken6 as sb", ["shiboken6"]),
        ("def f():\n    import pyqtgraph\n", ["pyqtgraph"]),
        ("from heard.ui.theme import COLORS", ["heard.ui.theme", "heard.ui.theme.COLORS"]),
        ("from heard import platform", ["heard.platform"]),
        ("from .. import ui", ["heard.ui"]),
        (
            "from ..platform.sound import Chime",
            ["heard.platform.sound", "heard.platform.sound.Chime"],
        ),
        ("importlib.import_module('PySide6.QtGui')", ["PySide6.QtGui"]),
        ("__import__('pyqtgraph')", ["pyqtgraph"]),
    ],
)
def test_static_check_catches_bad_imports(source: str, expected: list[str]) -> None:
    assert forbidden_imports(source) == sorted(expected)


@pytest.mark.parametrize(
    "source",
    [
        "import json\nfrom dataclasses import dataclass",
        "from heard.core.model import Partner",
        "from . import model",
        "from .clock import FakeClock",
        "import heard.uikit",  # only the exact packages and their children are forbidden
        "from heard import __version__",
    ],
)
def test_static_check_allows_pure_imports(source: str) -> None:
    assert forbidden_imports(source) == []


def test_dynamic_check_catches_a_qt_import() -> None:
    _imported, forbidden = modules_loaded_by_core("PySide6.QtCore")
    assert "PySide6.QtCore" in forbidden
    assert "shiboken6" in forbidden
