"""Write the Flatpak's pinned Python wheels, with real URLs and SHA-256 sums.

    .venv/bin/python packaging/flatpak/make_python_deps.py

Reads requirements-runtime.txt and requirements-build.txt (beside this file) and writes
python3-deps.json (a module that installs the runtime wheels into /app) and
build-wheels.json (sources for building Heard's own wheel offline). For each pin and each
architecture, pip (the ordinary client, against PyPI only, ignoring local pip configuration)
picks the wheel that CPython 3.13 on manylinux would install and reports its URL and the
index's sha256; then pip downloads it and the sum is checked against the downloaded bytes.
A wheel that is the same on both architectures is listed once, without only-arches.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
INDEX = "https://pypi.org/simple"
PYTHON = "3.13"  # org.kde.Platform 6.10 is built on the freedesktop 25.08 SDK: CPython 3.13
ABI = "cp313"
ARCHES = ("x86_64", "aarch64")
GLIBC_MINORS = range(17, 42)  # manylinux_2_17 ... manylinux_2_41 (25.08 has glibc 2.41)


def read_pins(path: Path) -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    pins = [line for line in lines if line]
    for pin in pins:
        if "==" not in pin:
            raise SystemExit(f"{path.name}: {pin!r} is not pinned with ==")
    return pins


def _pip_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_") or k == "PIP_CERT"}
    env["PIP_CONFIG_FILE"] = os.devnull  # no local mirrors or find-links: PyPI URLs only
    return env


def _target_args(arch: str) -> list[str]:
    args = ["--only-binary=:all:", "--no-deps", "--index-url", INDEX]
    args += ["--python-version", PYTHON, "--implementation", "cp", "--abi", ABI]
    args += ["--platform", f"manylinux2014_{arch}"]
    for minor in GLIBC_MINORS:
        args += ["--platform", f"manylinux_2_{minor}_{arch}"]
    return args


def resolve(pins: list[str], arch: str, scratch: Path) -> list[dict[str, str]]:
    """The wheel of every pin for `arch`: name, file name, URL and checked sha256."""
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    scratch.mkdir(parents=True, exist_ok=True)
    report = scratch / f"report-{arch}.json"
    subprocess.run(
        [
            *pip,
            *("install", "--dry-run", "--ignore-installed", "--report", str(report)),
            *("--target", str(scratch / "unused"), *_target_args(arch), *pins),
        ],
        check=True,
        env=_pip_env(),
    )
    downloads = scratch / arch
    subprocess.run(
        [*pip, "download", "--dest", str(downloads), *_target_args(arch), *pins],
        check=True,
        env=_pip_env(),
    )
    wheels = []
    for item in json.loads(report.read_text("utf-8"))["install"]:
        info = item["download_info"]
        url = info["url"]
        filename = url.rsplit("/", 1)[1]
        index_sum = info["archive_info"]["hashes"]["sha256"]
        real_sum = hashlib.sha256((downloads / filename).read_bytes()).hexdigest()
        if real_sum != index_sum:
            raise SystemExit(f"{filename}: downloaded sha256 {real_sum} != index {index_sum}")
        wheels.append({"name": item["metadata"]["name"], "url": url, "sha256": real_sum})
    return sorted(wheels, key=lambda wheel: wheel["name"].lower())


def sources(pins: list[str], scratch: Path, dest: str | None = None) -> list[dict[str, object]]:
    per_arch = {arch: resolve(pins, arch, scratch) for arch in ARCHES}
    urls_everywhere = set.intersection(*({w["url"] for w in ws} for ws in per_arch.values()))
    out: list[dict[str, object]] = []
    seen: set[str] = set()
    for arch, wheels in per_arch.items():
        for wheel in wheels:
            if wheel["url"] in seen:
                continue
            seen.add(wheel["url"])
            source: dict[str, object] = {"type": "file", "url": wheel["url"]}
            source["sha256"] = wheel["sha256"]
            if dest:
                source["dest"] = dest
            if wheel["url"] not in urls_everywhere:
                source["only-arches"] = [arch]
            out.append(source)
    return out


def runtime_module(pins: list[str], scratch: Path) -> dict[str, object]:
    install = (
        'pip3 install --verbose --exists-action=i --no-index --find-links="file://${PWD}" '
        "--prefix=${FLATPAK_DEST} --no-deps --no-build-isolation " + " ".join(pins)
    )
    return {
        "name": "python3-heard-deps",
        "buildsystem": "simple",
        "build-commands": [install],
        "sources": sources(pins, scratch),
        "cleanup": ["/bin"],  # console scripts (keyring's CLI...): Heard runs none of them
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=HERE)
    args = parser.parse_args(argv)
    runtime = read_pins(HERE / "requirements-runtime.txt")
    build = read_pins(HERE / "requirements-build.txt")
    with tempfile.TemporaryDirectory(prefix="heard-flatpak-") as folder:
        scratch = Path(folder)
        module = runtime_module(runtime, scratch / "runtime")
        build_sources = sources(build, scratch / "build", dest="build-wheels")
    for name, data in (("python3-deps.json", module), ("build-wheels.json", build_sources)):
        path = args.out_dir / name
        path.write_text(json.dumps(data, indent=4) + "\n", encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
