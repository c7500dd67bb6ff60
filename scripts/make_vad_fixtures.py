"""Make the WAV fixtures that listening ears' tests feed through the audio pipeline.

    .venv/bin/python scripts/make_vad_fixtures.py [--out tests/fixtures/vad]

Needs espeak-ng and sox (Debian packages of the same names; .ci/run installs them). Each
fixture is 16 kHz mono 16-bit: synthetic speech (espeak-ng, trimmed of its own leading and
trailing quiet by sox) and silences of known length, laid over a faint pink-noise floor so
that "silence" is a quiet room rather than digital zero. Beside the fixtures, placements.json
says where every stretch of speech and silence was placed, in milliseconds: the tests check
the detector against those numbers, so regenerated fixtures stay self-consistent.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

RATE = 16_000
NOISE_VOLUME = 0.002  # about -54 dBFS: a quiet living room
VOICE = ["-v", "en-us", "-s", "170"]

# (name, parts): a part is ("say", text) or ("quiet", milliseconds)
FIXTURES: dict[str, list[tuple[str, str | int]]] = {
    "speech_pause_speech": [
        ("quiet", 300),
        ("say", "I felt left out today."),
        ("quiet", 2000),
        ("say", "Can we talk about it?"),
        ("quiet", 600),
    ],
    "breaths": [
        ("quiet", 300),
        ("say", "It was a long week,"),
        ("quiet", 150),
        ("say", "and I am tired,"),
        ("quiet", 250),
        ("say", "but I am glad."),
        ("quiet", 600),
    ],
}


def run(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True)


def frames_of(path: Path) -> bytes:
    with wave.open(str(path), "rb") as wav:
        if (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) != (RATE, 1, 2):
            raise SystemExit(f"{path}: expected 16 kHz mono 16-bit")
        return wav.readframes(wav.getnframes())


def speech(text: str, work: Path, index: int) -> bytes:
    raw, trimmed = work / f"say{index}.wav", work / f"say{index}-16k.wav"
    run("espeak-ng", *VOICE, "-w", str(raw), text)
    # Resample, then cut espeak's own quiet at both ends so placements are exact.
    run(
        "sox", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(trimmed),
        "silence", "1", "0.02", "0.5%", "reverse", "silence", "1", "0.02", "0.5%", "reverse",
    )  # fmt: skip
    return frames_of(trimmed)


def build(name: str, parts: list[tuple[str, str | int]], out: Path, work: Path) -> dict:
    body = bytearray()
    placed: list[dict[str, object]] = []
    for index, (kind, what) in enumerate(parts):
        start = len(body) // 2 * 1000 // RATE
        body += speech(str(what), work, index) if kind == "say" else bytes(int(what) * RATE // 500)
        end = len(body) // 2 * 1000 // RATE
        placed.append({"kind": "speech" if kind == "say" else "silence", "start_ms": start,
                       "end_ms": end})  # fmt: skip
    dry = work / f"{name}-dry.wav"
    with wave.open(str(dry), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(bytes(body))
    seconds = f"{len(body) / 2 / RATE:.4f}"
    noise = work / f"{name}-noise.wav"
    run("sox", "-R", "-n", "-r", str(RATE), "-c", "1", "-b", "16", str(noise),
        "synth", seconds, "pinknoise", "vol", str(NOISE_VOLUME))  # fmt: skip
    target = out / f"{name}.wav"
    run("sox", "-m", "-v", "1", str(dry), "-v", "1", str(noise), "-b", "16", str(target))
    return {"file": target.name, "duration_ms": len(body) // 2 * 1000 // RATE, "parts": placed}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "vad"
    parser.add_argument("--out", type=Path, default=default)
    args = parser.parse_args(argv)
    missing = [tool for tool in ("espeak-ng", "sox") if shutil.which(tool) is None]
    if missing:
        print(f"make_vad_fixtures: please install {' and '.join(missing)}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    manifest = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, parts in FIXTURES.items():
            manifest[name] = build(name, parts, args.out, Path(folder))
            print(args.out / f"{name}.wav", manifest[name]["duration_ms"], "ms")
    (args.out / "placements.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
