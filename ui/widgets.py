"""Small builders shared by the screens, so each screen reads as its layout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


def label(text: str, role: str | None = None, name: str | None = None, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # a team called "<b>" stays text; rich labels say so
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    return widget


def card(name: str | None = None, spacing: int = 8, margins: int = 16) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("role", "card")
    if name:
        frame.setObjectName(name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.setSpacing(spacing)
    return frame, layout


def scrolling(content: QWidget, name: str | None = None) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    if name:
        area.setObjectName(name)
    return area


def bullets(items: list[str], role: str | None = None) -> QLabel:
    """A bulleted list as one rich-text label (wraps, scales with the font)."""
    html = "".join(f"<li style='margin-bottom:4px'>{_escape(item)}</li>" for item in items)
    widget = label(f"<ul style='margin-left:-20px'>{html}</ul>", role)
    widget.setTextFormat(Qt.TextFormat.RichText)
    return widget


def fresh_page(area: QScrollArea) -> QVBoxLayout:
    """Put a new, empty page into ``area`` (the old one is deleted at once) and return its layout."""
    page = QWidget()
    page.setObjectName("page")
    layout = QVBoxLayout(page)
    layout.setContentsMargins(32, 24, 32, 24)
    layout.setSpacing(16)
    area.setWidget(page)
    return layout


def paragraphs(text: str, role: str | None = None) -> QLabel:
    html = "".join(f"<p style='margin:0 0 8px 0'>{_escape(p)}</p>" for p in text.split("\n\n") if p.strip())
    widget = label(html, role)
    widget.setTextFormat(Qt.TextFormat.RichText)
    return widget


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
