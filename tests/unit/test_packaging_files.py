"""The Linux packaging files agree with each other and with the app: one app ID everywhere,
the desktop action really runs `heard session --minutes 20`, the metainfo launches the
.desktop file, the Flatpak runs the same command with the fewest permissions, and the
bundle trimming never drops a Qt module that Heard imports. The desktop-file and AppStream
validators run too, where they are installed (CI installs both)."""

from __future__ import annotations

import ast
import configparser
import json
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from heard import APP_ID, __version__, resources
from heard.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ICON = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
FLATPAK = PACKAGING / "flatpak"
MANIFEST = FLATPAK / f"{APP_ID}.yml"
SPEC = PACKAGING / "heard.spec"
SVG_NS = "{http://www.w3.org/2000/svg}"


def _pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _project_requirements() -> list[Requirement]:
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    return [Requirement(text) for text in project["dependencies"]]


def _desktop() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return parser


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def _manifest_text() -> str:
    return MANIFEST.read_text(encoding="utf-8")


def _manifest_top_level() -> dict[str, str]:
    """`key: value` lines at the top level of the YAML manifest (no YAML parser needed)."""
    pairs = re.findall(r"^([a-z-]+): *(.*)$", _manifest_text(), flags=re.MULTILINE)
    return {key: value.strip().strip("'\"") for key, value in pairs}


def _finish_args() -> list[str]:
    block = _manifest_text().split("\nfinish-args:\n", 1)[1].split("\n\n", 1)[0]
    return re.findall(r"^  - (--\S+)$", block, flags=re.MULTILINE)


def _runtime_pins() -> dict[str, Version]:
    pins: dict[str, Version] = {}
    for raw in (FLATPAK / "requirements-runtime.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            pins[canonicalize_name(name)] = Version(version)
    return pins


def _spec_list(name: str) -> list[str]:
    for node in ast.walk(ast.parse(SPEC.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list | tuple)
            return list(value)
    raise AssertionError(f"{name} not found in {SPEC.name}")


# --- one app ID everywhere -------------------------------------------------------------


def test_every_file_is_named_after_the_app_id() -> None:
    assert re.fullmatch(r"[a-z]+(\.[a-z0-9_]+)+\.[A-Za-z][A-Za-z0-9_]*", APP_ID)
    for path in (DESKTOP, METAINFO, ICON, MANIFEST):
        assert path.is_file(), f"missing {path.relative_to(ROOT)}"
    assert _metainfo().findtext("id") == APP_ID
    assert _manifest_top_level()["id"] == APP_ID
    assert _desktop()["Desktop Entry"]["Icon"] == APP_ID


# --- the .desktop file ---------------------------------------------------------------------


def test_desktop_entry_runs_the_installed_command() -> None:
    entry = _desktop()["Desktop Entry"]
    scripts = _pyproject()["project"]["gui-scripts"]  # type: ignore[index]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Heard"
    assert entry["Exec"] == "heard"
    assert "heard" in scripts
    assert entry["Terminal"] == "false"


def test_desktop_action_starts_a_20_minute_session() -> None:
    desktop = _desktop()
    actions = [a for a in desktop["Desktop Entry"]["Actions"].split(";") if a]
    assert actions, "the .desktop file declares no actions"
    by_name = {
        desktop[f"Desktop Action {a}"]["Name"]: desktop[f"Desktop Action {a}"] for a in actions
    }
    action = by_name["Start a 20-minute session"]
    assert action["Exec"] == "heard session --minutes 20"
    program, *argv = action["Exec"].split()
    assert program == desktop["Desktop Entry"]["Exec"]
    args = build_parser().parse_args(argv)  # the real command line accepts it
    assert (args.command, args.minutes) == ("session", 20)


# --- AppStream metainfo --------------------------------------------------------------------


def test_metainfo_launches_the_desktop_file_and_names_the_binary() -> None:
    root = _metainfo()
    assert root.get("type") == "desktop-application"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == "heard"
    assert root.findtext("project_license") == _pyproject()["project"]["license"]  # type: ignore[index]
    assert root.findtext("metadata_license") == "CC0-1.0"


def test_metainfo_has_content_rating_and_release_notes_for_this_version() -> None:
    root = _metainfo()
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"
    releases = root.findall("releases/release")
    assert releases, "no <release> in the metainfo"
    newest = releases[0]
    assert newest.get("version") == __version__ == _pyproject()["project"]["version"]  # type: ignore[index]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", newest.get("date", ""))
    notes = newest.find("description")
    assert notes is not None and "".join(notes.itertext()).strip()


def test_metainfo_screenshots_point_at_docs_screenshots() -> None:
    images = [image.text or "" for image in _metainfo().findall("screenshots/screenshot/image")]
    assert images, "no screenshots referenced"
    defaults = _metainfo().findall("screenshots/screenshot[@type='default']")
    assert len(defaults) == 1
    for url in images:
        assert re.fullmatch(r"https://\S+/docs/screenshots/[a-z0-9-]+\.png", url), url


def test_screenshots_exist_once_they_are_made() -> None:
    folder = ROOT / "docs" / "screenshots"
    if not folder.is_dir():
        pytest.skip("docs/screenshots/ is not made yet (scripts/screenshots.py)")
    for screenshot in _metainfo().findall("screenshots/screenshot/image"):
        name = (screenshot.text or "").rsplit("/", 1)[1]
        assert (folder / name).is_file(), f"metainfo shows {name}, not in docs/screenshots/"


# --- the icon ------------------------------------------------------------------------------


def test_icon_is_a_square_scalable_svg_shipped_with_the_app() -> None:
    root = ET.parse(ICON).getroot()
    assert root.tag == f"{SVG_NS}svg"
    _x, _y, width, height = (float(n) for n in root.get("viewBox", "").split())
    assert width == height > 0
    assert not root.findall(f".//{SVG_NS}image"), "no embedded bitmaps in the icon"
    assert resources.exists(f"icons/{APP_ID}.svg")


# --- the Flatpak manifest ------------------------------------------------------------------


def test_flatpak_runs_the_same_command_on_the_kde_runtime_with_the_pyside_baseapp() -> None:
    top = _manifest_top_level()
    assert top["command"] == _desktop()["Desktop Entry"]["Exec"]
    assert (top["runtime"], top["sdk"], top["base"]) == (
        "org.kde.Platform",
        "org.kde.Sdk",
        "io.qt.PySide.BaseApp",
    )
    assert top["runtime-version"] == top["base-version"]
    pyside = next(r for r in _project_requirements() if r.name == "PySide6-Essentials")
    assert pyside.specifier.contains(f"{top['base-version']}.0"), (
        f"BaseApp {top['base-version']} brings a PySide6 outside pyproject's {pyside.specifier}"
    )


def test_flatpak_removes_webengine_and_keeps_numpy() -> None:
    text = _manifest_text()
    assert "BASEAPP_REMOVE_WEBENGINE: '1'" in text
    assert "- /app/cleanup-BaseApp.sh" in text
    assert "BASEAPP_DISABLE_NUMPY:" not in text  # pyqtgraph needs numpy


def test_flatpak_permissions_are_few_and_each_is_explained() -> None:
    args = _finish_args()
    assert "--share=network" not in args
    assert not [a for a in args if a.startswith(("--filesystem", "--device=all", "--socket=x11"))]
    assert not [a for a in args if a.startswith("--talk-name=org.freedesktop.Flatpak")]
    assert {"--socket=wayland", "--socket=fallback-x11", "--socket=pulseaudio"} <= set(args)
    assert "--talk-name=org.freedesktop.secrets" in args  # the notes key in the keyring
    lines = _manifest_text().split("\nfinish-args:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    for index, line in enumerate(lines):
        if line.startswith("  - --"):
            assert lines[index - 1].lstrip().startswith("#"), f"no comment explains {line}"


def test_flatpak_installs_the_files_that_exist() -> None:
    text = _manifest_text()
    for installed in (DESKTOP, METAINFO, ICON):
        relative = installed.relative_to(ROOT).as_posix().replace(APP_ID, "${FLATPAK_ID}")
        assert relative in text, f"the manifest does not install {relative}"
    for module_file in re.findall(r"^\s+- (\S+\.json)$", text, flags=re.MULTILINE):
        assert (FLATPAK / module_file).is_file(), module_file


def test_flatpak_python_wheels_are_pinned_with_real_sums_for_both_arches() -> None:
    module = json.loads((FLATPAK / "python3-deps.json").read_text(encoding="utf-8"))
    pins = _runtime_pins()
    installed = re.findall(r"(\S+)==(\S+)", module["build-commands"][0])
    assert {canonicalize_name(n): Version(v) for n, v in installed} == pins
    for arch in ("x86_64", "aarch64"):
        for name, version in pins.items():
            wheels = [
                s["url"].rsplit("/", 1)[1]
                for s in module["sources"]
                if arch in s.get("only-arches", [arch])
                and canonicalize_name(s["url"].rsplit("/", 1)[1].split("-")[0]) == name
            ]
            assert len(wheels) == 1, f"{arch}: {name} has wheels {wheels}"
            assert Version(wheels[0].split("-")[1]) == version
    build = json.loads((FLATPAK / "build-wheels.json").read_text(encoding="utf-8"))
    for source in module["sources"] + build:
        assert source["url"].startswith("https://files.pythonhosted.org/packages/")
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"])


def test_flatpak_pins_satisfy_pyproject() -> None:
    pins = _runtime_pins()
    for requirement in _project_requirements():
        name = canonicalize_name(requirement.name)
        if name.startswith("pyside6"):
            continue  # from the BaseApp (checked above)
        assert name in pins, f"{requirement.name} is not in requirements-runtime.txt"
        assert requirement.specifier.contains(pins[name]), f"{name} {pins[name]} vs {requirement}"
    build = json.loads((FLATPAK / "build-wheels.json").read_text(encoding="utf-8"))
    build_wheels = {
        canonicalize_name(s["url"].rsplit("/", 1)[1].split("-")[0]): Version(
            s["url"].rsplit("/", 1)[1].split("-")[1]
        )
        for s in build
    }
    build_system = _pyproject()["build-system"]
    assert isinstance(build_system, dict)
    for text in build_system["requires"]:
        requirement = Requirement(text)
        name = canonicalize_name(requirement.name)
        assert name in build_wheels and requirement.specifier.contains(build_wheels[name])


# --- the PyInstaller bundle ----------------------------------------------------------------


def test_bundle_trimming_keeps_every_qt_module_heard_or_pyqtgraph_imports() -> None:
    used = {"QtOpenGL", "QtOpenGLWidgets"}  # pyqtgraph's PlotCurveItem imports them
    pattern = re.compile(r"(?:from|import) PySide6\.(Qt\w+)")
    for source in (ROOT / "src" / "heard").rglob("*.py"):
        used |= set(pattern.findall(source.read_text(encoding="utf-8")))
    assert {"QtCore", "QtWidgets", "QtMultimedia", "QtNetwork", "QtDBus"} <= used
    excluded = set(_spec_list("QT_UNUSED"))
    assert not used & excluded, f"heard.spec leaves out modules in use: {used & excluded}"
    assert {"QtWebEngineCore", "QtWebEngineWidgets", "QtQuick", "QtQml", "Qt3DCore"} <= excluded


def test_bundle_collects_the_resources_and_smoke_tests_the_window() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert 'collect_data_files("heard.resources")' in spec
    build = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    assert (PACKAGING / "build.sh").stat().st_mode & 0o111, "build.sh is not executable"
    assert "QT_QPA_PLATFORM=offscreen" in build
    assert "--quit-after 2" in build
    assert "main window shown" in build
    assert "main window shown" in (ROOT / "src" / "heard" / "app.py").read_text(encoding="utf-8")


# --- the validators ------------------------------------------------------------------------


def _run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (.ci/run installs it)")
    return subprocess.run([tool, *args], capture_output=True, text=True, check=False, timeout=120)


def test_desktop_file_validate_passes() -> None:
    result = _run("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()


def test_appstreamcli_validate_passes() -> None:
    result = _run("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr
