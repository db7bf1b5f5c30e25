"""The look of the formation board, from the theme: lanes on a white board, white person cards in them,
amber badges for the rule's warnings. Every text pair drawn here is listed for the contrast test."""

from __future__ import annotations

from ui.common.text_size import sized  # its font sizes at the chosen text size
from ui.common.theme import Theme


def formation_style(t: Theme) -> str:
    return sized(f"""
QFrame#formationBoard {{ background: {t.surface}; border: 1px solid {t.border}; border-radius: 8px; }}
QFrame[role="lane"] {{ background: {t.page}; border: 1px solid {t.border}; border-radius: 8px; }}
QFrame[role="lane"][unplaced="true"] {{ border: 2px dashed {t.muted}; }}
QFrame[role="lane"][dropTarget="true"] {{ border: 2px solid {t.primary}; }}
QFrame[role="person"] {{ background: {t.surface}; border: 1px solid {t.border}; border-radius: 6px; }}
QFrame[role="person"][absent="true"] {{ background: {t.page}; border-style: dashed; }}
QFrame[role="person"]:focus {{ border: {t.focus_width + 1}px solid {t.focus}; }}
QFrame#dropLine {{ background: {t.primary}; border: none; border-radius: 2px; }}
QLabel[role="personName"] {{ font-weight: 600; font-size: 10.5pt; color: {t.text}; }}
QLabel[role="personWork"] {{ font-size: 9pt; color: {t.muted}; }}
QLabel[role="absentMark"] {{ font-size: 8.5pt; font-weight: 600; color: {t.danger}; }}
QLabel[role="laneTitle"] {{ font-size: 12pt; font-weight: 600; color: {t.text}; }}
QLabel[role="laneCount"] {{ font-size: 9pt; color: {t.muted}; }}
QLabel[role="badge"] {{ background: {t.warning}; color: {t.surface}; border-radius: 9px; padding: 2px 8px;
    font-size: 9pt; font-weight: 600; }}
QLabel[role="started"] {{ font-size: 9pt; font-weight: 600; color: {t.primary_dark if t.key == "light" else t.text}; }}
QLineEdit[role="room"] {{ padding: 3px 6px; }}
QPushButton#removeTeamButton {{ padding: 2px 8px; }}
QPushButton#removeTeamButton:focus {{ padding: {3 - t.focus_width}px {9 - t.focus_width}px; }}
""")


def formation_text_pairs(t: Theme) -> dict[str, tuple[str, str]]:
    """Every (text, background) pair the board draws (the contrast test checks each reaches 4.5:1)."""
    return {
        "person name": (t.text, t.surface),
        "person work": (t.muted, t.surface),
        "absent person": (t.muted, t.page),
        "absent mark": (t.danger, t.page),
        "lane title": (t.text, t.page),
        "lane count": (t.muted, t.page),
        "warning badge": (t.surface, t.warning),
        "started mark": (t.primary_dark if t.key == "light" else t.text, t.page),
    }
