"""Raw audio in whatever shape a device gives it → 16 kHz, mono, signed 16-bit.

Listening ears classify 16 kHz mono 16-bit frames. Most microphones deliver that when
asked; when one does not, its samples are converted here, chunk by chunk (a partial sample
frame or the resampler's position carries over to the next chunk). Pure Python (the
`array` module), no numpy: the rates involved are small, and numpy would cost start-up
memory for a feature most couples never turn on.

Samples pass through and are dropped: nothing here keeps more than one sample frame of
audio between calls.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from typing import Literal

SampleKind = Literal["u8", "s16", "s32", "f32"]

RATE = 16_000
WIDTH = {"u8": 1, "s16": 2, "s32": 4, "f32": 4}
_TYPECODE = {"u8": "B", "s16": "h", "s32": "i", "f32": "f"}
_INT16_MAX = 32767


@dataclass(frozen=True)
class PcmFormat:
    rate: int
    channels: int
    sample: SampleKind

    def __post_init__(self) -> None:
        if self.rate <= 0 or self.channels <= 0 or self.sample not in WIDTH:
            raise ValueError(f"unsupported audio format: {self}")

    @property
    def frame_bytes(self) -> int:
        """Bytes per sample frame (one sample of every channel)."""
        return self.channels * WIDTH[self.sample]


TARGET = PcmFormat(RATE, 1, "s16")


class PcmConverter:
    """Converts a stream in `source` format to TARGET (native byte order, as Qt gives)."""

    def __init__(self, source: PcmFormat) -> None:
        self.source = source
        self._carry = b""
        self._step = source.rate / RATE
        """Input samples per output sample."""
        self._pos = 1.0
        self._prev = 0.0

    @property
    def passthrough(self) -> bool:
        return self.source == TARGET

    def convert(self, data: bytes) -> bytes:
        if self.passthrough:
            return data
        fmt = self.source
        data = self._carry + data
        usable = len(data) - len(data) % fmt.frame_bytes
        self._carry = data[usable:]
        if usable == 0:
            return b""
        raw = array(_TYPECODE[fmt.sample])
        raw.frombytes(data[:usable])
        mono = _to_mono_int16_scale(raw, fmt)
        if fmt.rate != RATE:
            mono = self._resample(mono)
        out = array("h", (max(-_INT16_MAX - 1, min(_INT16_MAX, round(v))) for v in mono))
        return out.tobytes()

    def _resample(self, samples: list[float]) -> list[float]:
        """Linear interpolation, continuous across chunks."""
        buf = [self._prev, *samples]
        last = len(buf) - 1
        pos, step = self._pos, self._step
        out: list[float] = []
        while pos < last:
            index = int(pos)
            left = buf[index]
            out.append(left + (buf[index + 1] - left) * (pos - index))
            pos += step
        self._pos = pos - last
        self._prev = buf[-1]
        return out


def _to_mono_int16_scale(raw: array[int] | array[float], fmt: PcmFormat) -> list[float]:
    """The channels' mean, scaled to the int16 range."""
    scale, offset = {
        "u8": (256.0, 128.0),
        "s16": (1.0, 0.0),
        "s32": (1.0 / 65536.0, 0.0),
        "f32": (float(_INT16_MAX), 0.0),
    }[fmt.sample]
    n = fmt.channels
    if n == 1:
        return [(v - offset) * scale for v in raw]
    factor = scale / n
    channels = [raw[c::n] for c in range(n)]
    return [(sum(frame) - offset * n) * factor for frame in zip(*channels, strict=True)]
