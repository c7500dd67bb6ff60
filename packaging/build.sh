#!/usr/bin/env bash
# Build Heard as a one-folder app with PyInstaller (dist/heard/heard), smoke-test it and
# print its size.
#
#   packaging/build.sh               build venv + PyInstaller + smoke run (make package)
#   packaging/build.sh --no-smoke    skip the smoke run
#   HEARD_UNTRIMMED=1 packaging/build.sh   keep every Qt module (to measure the trimming)
#
# The build venv (build/package-venv, or $HEARD_BUILD_VENV) gets a real, non-editable install
# of Heard, so the bundle is made from exactly what a wheel ships. PYTHON picks the
# interpreter (python3 by default; Heard needs 3.11 or newer).
set -euo pipefail

cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=${HEARD_BUILD_VENV:-build/package-venv}
PYINSTALLER=${PYINSTALLER:-pyinstaller==6.22.3}
SMOKE=1
for arg in "$@"; do
    case $arg in
        --no-smoke) SMOKE=0 ;;
        -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "build.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
    esac
done

section() { printf '\n==== %s ====\n' "$*"; }

section "Build venv: $VENV"
if [[ ! -x $VENV/bin/python ]]; then
    "$PYTHON" -m venv "$VENV" || {
        echo "build.sh: could not create $VENV with $PYTHON (on Debian: apt install python3-venv)" >&2
        exit 1
    }
fi
pip=("$VENV/bin/python" -m pip --disable-pip-version-check --quiet)
"${pip[@]}" install "$PYINSTALLER" .
# pip keeps an installed heard of the same version: always bundle the tree as it is now.
"${pip[@]}" install --no-deps --force-reinstall .

section "PyInstaller"
rm -rf dist/heard
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/heard.spec

if ((SMOKE)); then
    section "Smoke run (offscreen, quits after 2 s)"
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    log=$scratch/state/heard/log/heard.log
    status=0
    # A throwaway HOME and XDG folders: the smoke run never touches real data or settings.
    env -u HEARD_DATA_DIR HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" \
        XDG_DATA_HOME="$scratch/data" XDG_STATE_HOME="$scratch/state" \
        XDG_RUNTIME_DIR="$scratch" QT_QPA_PLATFORM=offscreen \
        timeout 120 dist/heard/heard --data-dir "$scratch/heard-data" --quit-after 2 \
        >"$scratch/out.txt" 2>&1 || status=$?
    if ((status != 0)); then
        echo "smoke run FAILED: exit status $status; its output:" >&2
        cat "$scratch/out.txt" >&2
        [[ -f $log ]] && cat "$log" >&2
        exit 1
    fi
    # The app logs when its main window is shown and when --quit-after asks it to stop.
    for expected in "main window shown" "asked to stop"; do
        if ! grep -q "$expected" "$log" 2>/dev/null; then
            echo "smoke run FAILED: the log has no '$expected'; output and log:" >&2
            cat "$scratch/out.txt" >&2
            [[ -f $log ]] && cat "$log" >&2
            exit 1
        fi
    done
    grep -h "main window shown" "$log"
    dist/heard/heard --version
    echo "smoke run passed: exit status 0, window shown, quit on time"
fi

section "Bundle size"
du -sh dist/heard
