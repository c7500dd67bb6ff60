"""What every benchmark shares: child processes in a clean, isolated environment, A/B runs
taken alternately, median and spread, and one table of figures against their targets.

Children run offscreen, with HOME and every XDG folder in a throwaway folder (never the
user's data), no keyring, and bytecode caches kept in one folder for the whole `make bench`
run (PYTHONPYCACHEPREFIX), so that after a warm-up run both sides start as an installed app
does: from compiled bytecode and a warm disk cache.
"""

from __future__ import annotations

import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINES = Path(__file__).resolve().parent / "baselines"
PYTHON = sys.executable
_SCRIPT = Path(sys.executable).with_name("heard")
HEARD = [str(_SCRIPT)] if _SCRIPT.exists() else [PYTHON, "-m", "heard"]
"""The installed `heard` command, as a user starts it."""

_scratch: Path | None = None


def scratch() -> Path:
    """One folder for this whole run (bytecode caches, homes, data); removed at exit."""
    global _scratch  # noqa: PLW0603
    if _scratch is None:
        _scratch = Path(tempfile.mkdtemp(prefix="heard-bench-"))
    return _scratch


def cleanup() -> None:
    global _scratch  # noqa: PLW0603
    if _scratch is not None:
        shutil.rmtree(_scratch, ignore_errors=True)
        _scratch = None


def baseline(name: str) -> list[str]:
    return [PYTHON, str(BASELINES / name)]


def fresh_home(label: str) -> Path:
    home = Path(tempfile.mkdtemp(prefix=f"{label}-", dir=scratch()))
    for sub in ("data", "config", "state", "cache", "runtime"):
        (home / sub).mkdir()
    (home / "runtime").chmod(0o700)
    return home


def child_env(home: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    drop = ("PYTHONDONTWRITEBYTECODE", "DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")
    env = {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("HEARD_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONPYCACHEPREFIX=str(scratch() / "pycache"),
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    env.update(extra or {})
    return env


@dataclass(frozen=True)
class Finished:
    returncode: int
    max_rss_kib: int
    cpu_s: float
    stderr: str


def run_child(
    cmd: Sequence[str], env: dict[str, str], *, timeout_s: float = 120, cwd: Path | None = None
) -> Finished:
    """Run `cmd` to its end. Peak RSS and CPU come from wait4(), for this child alone."""
    with tempfile.TemporaryFile(dir=scratch()) as err:
        proc = subprocess.Popen(
            list(cmd), env=env, stdout=subprocess.DEVNULL, stderr=err, cwd=cwd or ROOT
        )
        status, usage = _wait4(proc, timeout_s)
        err.seek(0)
        text = err.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    return Finished(code, usage.ru_maxrss, usage.ru_utime + usage.ru_stime, text)


def _wait4(proc: subprocess.Popen[bytes], timeout_s: float) -> tuple[int, os.struct_rusage]:
    deadline = time.monotonic() + timeout_s
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid == proc.pid:
            proc.returncode = os.waitstatus_to_exitcode(status)  # Popen must not reap it again
            return status, usage
        if time.monotonic() > deadline:
            proc.kill()
            os.wait4(proc.pid, 0)
            proc.returncode = -signal.SIGKILL
            raise TimeoutError(f"{' '.join(cmd_name(proc.args))} ran over {timeout_s:.0f} s")
        time.sleep(0.01)


def cmd_name(args: object) -> list[str]:
    return [str(part) for part in args] if isinstance(args, list | tuple) else [str(args)]


def proc_cpu_s(pid: int) -> float:
    """User + system CPU time of a running process so far (/proc, clock-tick resolution)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def alternate(
    sides: dict[str, Callable[[], float]], runs: int, *, warmup: int = 1
) -> dict[str, list[float]]:
    """Run each side `warmup` times (discarded), then A, B, A, B... `runs` times each."""
    for _ in range(warmup):
        for measure in sides.values():
            measure()
    values: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(runs):
        for name, measure in sides.items():
            values[name].append(measure())
    return values


# ------------------------------------------------------------------------------ figures
@dataclass(frozen=True)
class Figure:
    """One line of the table. `value` is compared with `target` (lower is better); with no
    target the figure is only reported."""

    name: str
    value: float
    unit: str
    target: float | None = None
    detail: str = ""

    @property
    def passed(self) -> bool:
        return self.target is None or self.value <= self.target

    def row(self) -> str:
        value = f"{self.value:.2f}{self.unit}"
        target = "report" if self.target is None else f"≤ {self.target:g}{self.unit}"
        verdict = "—" if self.target is None else ("ok" if self.passed else "MISSED")
        return f"{self.name:<44} {value:>12} {target:>10} {verdict:>7}  {self.detail}"


def spread(values: Sequence[float], unit: str, scale: float = 1.0, digits: int = 1) -> str:
    """'median M (min–max)' in `unit`, each value multiplied by `scale`."""
    med = statistics.median(values) * scale
    low, high = min(values) * scale, max(values) * scale
    return f"{med:.{digits}f} {unit} ({low:.{digits}f}–{high:.{digits}f}, n={len(values)})"


def ratio_figure(
    name: str,
    values: dict[str, list[float]],
    *,
    target: float,
    unit: str,
    scale: float = 1.0,
    digits: int = 1,
) -> Figure:
    """median(heard) / median(bare), with both sides' medians and spreads as the detail."""
    heard, bare = values["heard"], values["bare"]
    ratio = statistics.median(heard) / statistics.median(bare)
    detail = f"heard {spread(heard, unit, scale, digits)}; bare {spread(bare, unit, scale, digits)}"
    return Figure(name, ratio, "×", target, detail)


HEADER = f"{'figure':<44} {'value':>12} {'target':>10} {'result':>7}  details: median (min–max)"


def print_table(figures: Sequence[Figure], title: str = "") -> None:
    if title:
        print(title)
    print(HEADER)
    print("-" * len(HEADER))
    for figure in figures:
        print(figure.row())
    sys.stdout.flush()


def exit_code(figures: Sequence[Figure]) -> int:
    return 0 if all(figure.passed for figure in figures) else 1


def standalone(run: Callable[[], list[Figure]], title: str) -> int:
    """`python -m benchmarks.bench_x`: run one benchmark and print its table."""
    try:
        figures = run()
    finally:
        cleanup()
    print()
    print_table(figures, title)
    return exit_code(figures)
