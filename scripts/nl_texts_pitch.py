"""The Dutch UI text of phase 4: the pitch builder, the storyboard, the task split, the phase-4 gate, the
beamer's pitch mode and the exports (read by translate_nl.py beside nl_texts.py and nl_texts_ideation.py;
add a new source at the end, one line each)."""

from __future__ import annotations

DUTCH_PITCH: dict[str, str | tuple[str, str]] = {
}
