"""What a person can read in a window: every visible text, whether it is cut off, whether it is
in the other language. Used by the language-leak test; any test may walk a window with it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from ui.common.elided_label import ElidedLabel
from ui.common.i18n import translations_dir

SLACK_PX = 2  # rounding in the layout is not clipping
# Qt's own button texts, which Qt's translation (not ours) turns into Dutch.
QT_ENGLISH = ("Cancel", "Yes", "No", "Apply", "Close", "Save", "Discard", "Open", "Help")


@dataclass(frozen=True)
class Shown:
    widget: str  # objectName or class, for the failure message
    text: str
    clipped: bool


def shown_texts(window: QWidget) -> list[Shown]:
    """Every label, button and group-box title visible in ``window`` (plain text, tags stripped)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0 or widget.window() is not window:
            continue
        text = _text(widget)
        if text:
            found.append(Shown(widget.objectName() or type(widget).__name__, text, _clipped(widget)))
    return found


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        raw = widget.text()
        rich = widget.textFormat() == Qt.TextFormat.RichText or (widget.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(raw))
        return " ".join(re.sub(r"<[^>]+>", " ", raw).split()) if rich else raw.strip()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    if isinstance(widget, QGroupBox):
        return widget.title().strip()
    return ""


def _clipped(widget: QWidget) -> bool:
    """Does the text need more room than the widget has? A deliberate "…" with the whole text in
    the tooltip is not clipping."""
    if isinstance(widget, ElidedLabel):
        return widget.is_elided() and widget.toolTip() != widget.text()
    if isinstance(widget, QLabel):
        if widget.wordWrap():
            return widget.heightForWidth(widget.width()) > widget.height() + SLACK_PX
        return widget.minimumSizeHint().width() > widget.width() + SLACK_PX
    if isinstance(widget, QAbstractButton):  # its size hint is its text plus the style's padding
        return widget.sizeHint().width() > widget.width() + SLACK_PX
    if isinstance(widget, QGroupBox):
        return widget.fontMetrics().horizontalAdvance(widget.title()) > widget.width() + SLACK_PX
    return False


@lru_cache(maxsize=1)
def dutch_table() -> dict[str, tuple[str, ...]]:
    """The shipped Dutch translation: English source -> its Dutch form(s)."""
    table: dict[str, tuple[str, ...]] = {}
    for message in ET.parse(translations_dir() / "staatsprint_nl.ts").iter("message"):
        translation = message.find("translation")
        forms = [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]
        table[message.findtext("source")] = tuple(forms)
    return table


def _pattern(text: str) -> re.Pattern | None:
    """A UI string with its {placeholders} and %n as a pattern over what is shown; None when the
    string is nothing but placeholders (it would match anything)."""
    parts = re.split(r"(\{[a-z_]+\}|%n)", text)
    if not "".join(p for p in parts if not re.fullmatch(r"\{[a-z_]+\}|%n", p)).strip(" ·:—–→←()…"):
        return None
    return re.compile("".join(".+?" if re.fullmatch(r"\{[a-z_]+\}|%n", p) else re.escape(p) for p in parts), re.S)


@lru_cache(maxsize=1)
def leaks() -> dict[str, list[tuple[str, re.Pattern]]]:
    """Per UI language, the patterns that must not show in it: the English sources whose Dutch
    differs (in the Dutch UI), and those Dutch forms (in the English UI)."""
    english, dutch = [], []
    for source, forms in dutch_table().items():
        if all(form == source for form in forms):
            continue
        if (pattern := _pattern(source)) is not None:
            english.append((source, pattern))
        for form in forms:
            if form != source and (pattern := _pattern(form)) is not None:
                dutch.append((form, pattern))
    english += [(text, re.compile(re.escape(text))) for text in QT_ENGLISH]
    return {"nl": english, "en": dutch}


def wrong_language(text: str, lang: str) -> str | None:
    """The other language's UI string ``text`` shows, if any."""
    return next((ui for ui, pattern in leaks()[lang] if pattern.fullmatch(text)), None)
