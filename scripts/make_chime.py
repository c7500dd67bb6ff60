"""Generate Heard's pause-cue chime: resources/sounds/chime.wav.

A soft singing-bowl tone: a 528 Hz fundamental with a quieter fifth above it (792 Hz) and a
faint octave, each fading at its own rate, a slow shimmer from a slightly detuned twin of the
fundamental, a gentle 40 ms attack and a fade to exact silence at the end (no click).
44.1 kHz, 16-bit, mono, 1.2 s, peak -12 dBFS. Only the standard library is used and nothing
is random, so the same Python produces the same bytes every time; tests check that the
committed file matches this script.

    python scripts/make_chime.py                # rewrites resources/sounds/chime.wav
    python scripts/make_chime.py -o other.wav   # writes elsewhere
"""

from __future__ import annotations

import argparse
import io
import math
import struct
import wave
from pathlib import Path
from typing import NamedTuple

SAMPLE_RATE = 44_100
DURATION_S = 1.2
PEAK_DBFS = -12.0
ATTACK_S = 0.040
RELEASE_S = 0.150
DEFAULT_OUTPUT = Path(__file__).resolve().parents[1] / "resources" / "sounds" / "chime.wav"


class Partial(NamedTuple):
    hz: float
    amplitude: float
    decay_s: float  # time constant of the exponential decay


PARTIALS = (
    Partial(528.0, 1.00, 0.45),
    Partial(529.6, 0.35, 0.45),  # near-twin of the fundamental: a slow 1.6 Hz shimmer
    Partial(792.0, 0.40, 0.28),
    Partial(1056.0, 0.12, 0.16),
)


def _envelope(t: float) -> float:
    """Raised-cosine attack, then (applied per partial) decay, then a raised-cosine release."""
    gain = 1.0
    if t < ATTACK_S:
        gain *= 0.5 - 0.5 * math.cos(math.pi * t / ATTACK_S)
    release_start = DURATION_S - RELEASE_S
    if t > release_start:
        gain *= 0.5 + 0.5 * math.cos(math.pi * min(1.0, (t - release_start) / RELEASE_S))
    return gain


def render_samples() -> list[int]:
    """The chime as signed 16-bit samples, peak-normalised to PEAK_DBFS."""
    count = round(SAMPLE_RATE * DURATION_S)
    raw: list[float] = []
    for n in range(count):
        t = n / SAMPLE_RATE
        value = sum(
            p.amplitude * math.exp(-t / p.decay_s) * math.sin(2.0 * math.pi * p.hz * t)
            for p in PARTIALS
        )
        raw.append(value * _envelope(t))
    peak = max(abs(v) for v in raw)
    target = 32767 * 10 ** (PEAK_DBFS / 20)
    return [round(v * target / peak) for v in raw]


def render_wav() -> bytes:
    """The chime as the bytes of a complete WAV file."""
    samples = render_samples()
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate resources/sounds/chime.wav.")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    output: Path = args.output
    output.parent.mkdir(parents=True, exist_ok=True)
    data = render_wav()
    tmp = output.with_name(output.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(output)
    print(f"wrote {output} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
