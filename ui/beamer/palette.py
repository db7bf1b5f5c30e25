"""The dark beamer palette (shared/STYLE.md); every pair is checked >= 7:1 in tests/ui/beamer/test_beamer.py."""

BACKGROUND = "#0B1F33"
TEXT = "#FFFFFF"
ACCENT = "#FFD23F"  # countdown in its last minute, the announcement, what comes next
OVER = "#FF9C94"  # over time
MUTED = "#B8C4D1"  # the clock and labels

TONES = {"normal": TEXT, "idle": TEXT, "last": ACCENT, "over": OVER}  # by app.clock.timers.tone
