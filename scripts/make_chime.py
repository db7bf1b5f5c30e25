"""Write resources/sounds/timebox-end.wav: a soft two-note chime (E5 then C5), 1.1 s.

Made once and committed (it is small); run again only to change the sound.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
TARGET = Path(__file__).resolve().parent.parent / "resources" / "sounds" / "timebox-end.wav"


def note(frequency: float, start: float, length: float, total: float) -> list[float]:
    samples = [0.0] * int(total * RATE)
    for i in range(int(length * RATE)):
        t = i / RATE
        envelope = min(1.0, t / 0.01) * math.exp(-3.2 * t)  # quick attack, bell-like decay
        tone = math.sin(2 * math.pi * frequency * t) + 0.35 * math.sin(2 * math.pi * 2 * frequency * t)
        index = int(start * RATE) + i
        if index < len(samples):
            samples[index] = envelope * tone
    return samples


def main() -> None:
    total = 1.1
    mix = [a + b for a, b in zip(note(659.25, 0.0, 0.9, total), note(523.25, 0.28, 0.82, total))]
    peak = max(abs(s) for s in mix)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(TARGET), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(0.6 * 32767 * s / peak)) for s in mix))


if __name__ == "__main__":
    main()
