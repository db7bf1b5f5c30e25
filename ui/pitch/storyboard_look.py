"""The storyboard's own look, from the theme's colours: the number badge, the picture area, the
focused grip, and the marks of a drag (the card lifted, the place it would land)."""

from __future__ import annotations

from ui.common.text_size import sized  # its font sizes at the chosen text size
from ui.common.theme import Theme


def storyboard_style(t: Theme) -> str:
    return sized(f"""
QFrame#storyCard[lifted="true"] {{ background: {t.selection}; }}
QFrame#storyCard[dropTarget="true"] {{ border: 3px dashed {t.primary}; }}
QFrame#panelGrip {{ border: {t.focus_width}px solid transparent; border-radius: 6px; }}
QFrame#panelGrip:focus {{ border: {t.focus_width}px solid {t.focus}; }}
QLabel#panelNumber {{ background: {t.primary}; color: {t.on_primary}; border-radius: 15px; font-weight: 700; font-size: 12pt; }}
QLabel#panelHandle {{ font-size: 14pt; }}
QPushButton#panelPictureButton, QPushButton#removePictureButton {{ padding: 4px 8px; }}
QPushButton#panelPictureButton:focus, QPushButton#removePictureButton:focus {{ padding: {5 - t.focus_width}px {9 - t.focus_width}px; }}
QLineEdit#panelCaption {{ font-weight: 600; }}
QFrame#pictureArea {{ background: {t.page}; border: 1px solid {t.border}; border-radius: 6px; }}
QFrame#pictureArea[empty="true"] {{ border: 2px dashed {t.border}; }}
""")
