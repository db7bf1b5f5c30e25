"""One storyboard panel as a card: its number (the grip to drag it by, and the place the keyboard
moves it from), its picture or a clear empty area to add one, its caption and its short text.

The card only shows and reports: the storyboard (ui.pitch.storyboard_panel) stores what is typed
(``saveNow``) and does what the buttons ask, each through the store.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.pitch.pictures import Picture
from app.pitch.storyboard import Panel
from ui.common.field_undo import pass_undo
from ui.common.idle_save import IdleSave
from ui.common.keymap import key_text
from ui.common.widgets import GrowingTextEdit, label

CARD_MIN_WIDTH = 248  # the picture's two buttons side by side; the grid shares out what is left
PICTURE_HEIGHT = 150


class Grip(QFrame):
    """The card's header: its number, held to drag the card; focused, the keyboard moves the card."""

    dragged = Signal(QPoint)  # the mouse's global position while dragging
    dropped = Signal(QPoint)
    cancelled = Signal()  # Escape while dragging: the card stays where it was

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panelGrip")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._pressed: QPoint | None = None
        self.dragging = False

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = event.position().toPoint()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._pressed is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if not self.dragging and (event.position().toPoint() - self._pressed).manhattanLength() < QApplication.startDragDistance():
            return
        self.dragging = True
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.dragged.emit(event.globalPosition().toPoint())

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self.dragging and event.key() == Qt.Key.Key_Escape:
            self._pressed, self.dragging = None, False
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            self.cancelled.emit()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self.dragging and event.button() == Qt.MouseButton.LeftButton:
            self.dropped.emit(event.globalPosition().toPoint())
        self._pressed, self.dragging = None, False
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        super().mouseReleaseEvent(event)


class Thumbnail(QLabel):
    """The panel's picture, scaled to fit the room it has (again whenever that changes)."""

    def __init__(self) -> None:
        super().__init__()
        self._original: QPixmap | None = None
        self.setMinimumSize(1, 1)  # the picture follows the card's width, never the other way round

    def show_picture(self, pixmap: QPixmap | None) -> None:
        self._original = pixmap
        self.clear()
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._original is not None and not self._original.isNull():
            self.setPixmap(self._original.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))


class PanelCard(QFrame):
    saveNow = Signal(object)  # this card: store its caption and text as they are now
    pictureRequested = Signal(object)
    pictureRemoved = Signal(object)
    deleteRequested = Signal(object)

    def __init__(self, panel_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel_id = panel_id
        self.setObjectName("storyCard")
        self.setProperty("role", "card")
        self.setMinimumWidth(CARD_MIN_WIDTH)
        self._picture: Picture | None = None
        self._shown = False  # the picture area is filled on the first show
        self._saver = IdleSave(self, lambda: self.saveNow.emit(self))
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 12, 12)
        column.setSpacing(6)
        column.addWidget(self._header())
        column.addWidget(self._picture_area())
        self.picture_button = QPushButton(self.tr("Add picture…"))
        self.picture_button.setObjectName("panelPictureButton")
        self.picture_button.clicked.connect(lambda: self.pictureRequested.emit(self))
        self.remove_picture = QPushButton(self.tr("Remove picture"))
        self.remove_picture.setObjectName("removePictureButton")
        self.remove_picture.clicked.connect(lambda: self.pictureRemoved.emit(self))
        pictures = QHBoxLayout()
        pictures.setSpacing(6)
        pictures.addWidget(self.picture_button)
        pictures.addWidget(self.remove_picture)
        pictures.addStretch(1)
        column.addLayout(pictures)
        self.caption = QLineEdit()
        self.caption.setObjectName("panelCaption")
        self.caption.setMaxLength(120)
        self.caption.setPlaceholderText(self.tr("Caption, e.g. “Anna reports a move”"))
        self.text = GrowingTextEdit(min_lines=3, max_lines=5)
        self.text.setObjectName("panelText")
        self.text.setPlaceholderText(self.tr("What happens in this scene?"))
        pass_undo(self.caption, self.text)  # a field with nothing of its own to undo: the storyboard's undo
        for field in (self.caption, self.text):
            self._saver.watch(field)
            column.addWidget(field)
        self.delete = QPushButton(self.tr("Delete panel"))
        self.delete.setObjectName("deletePanelButton")
        self.delete.setProperty("role", "danger")
        self.delete.clicked.connect(lambda: self.deleteRequested.emit(self))
        column.addWidget(self.delete, 0, Qt.AlignmentFlag.AlignRight)

    def _header(self) -> QWidget:
        self.grip = Grip()
        row = QHBoxLayout(self.grip)
        row.setContentsMargins(4, 2, 4, 2)
        row.setSpacing(8)
        self.number = QLabel()
        self.number.setObjectName("panelNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setFixedSize(30, 30)
        row.addWidget(self.number)
        self.heading = label("", "h3", "panelHeading", wrap=False)
        row.addWidget(self.heading, 1)
        handle = label("⠿", "muted", wrap=False)  # the usual sign of "drag me"
        handle.setObjectName("panelHandle")
        row.addWidget(handle)
        return self.grip

    def _picture_area(self) -> QWidget:
        self.picture_area = QFrame()
        self.picture_area.setObjectName("pictureArea")
        self.picture_area.setFixedHeight(PICTURE_HEIGHT)
        inside = QVBoxLayout(self.picture_area)
        inside.setContentsMargins(2, 2, 2, 2)
        self.thumbnail = Thumbnail()
        self.thumbnail.setObjectName("panelThumbnail")
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setWordWrap(True)
        inside.addWidget(self.thumbnail)
        return self.picture_area

    # -- what is shown ------------------------------------------------------------------------
    def show_panel(self, panel: Panel, number: int) -> None:
        """The stored panel; the field being typed in keeps the typing hand's text."""
        self.number.setText(str(number))
        self.heading.setText(self.tr("Panel {n}").format(n=number))
        self.grip.setAccessibleName(self.tr("Panel {n}: drag to move it, or press {back} or {on}").format(
            n=number, back=key_text("storyboardMoveBack"), on=key_text("storyboardMoveOn")))
        self.grip.setToolTip(self.grip.accessibleName())
        self.caption.setAccessibleName(self.tr("Caption of panel {n}").format(n=number))
        self.text.setAccessibleName(self.tr("Text of panel {n}").format(n=number))
        with self._saver.quietly():
            if not self.caption.hasFocus() and self.caption.text() != panel.caption:
                self.caption.setText(panel.caption)
            if not self.text.hasFocus() and self.text.toPlainText() != panel.text:
                self.text.setPlainText(panel.text)
        if not self._shown or panel.picture != self._picture:
            self._show_picture(panel.picture)
            self._shown = True

    def _show_picture(self, picture: Picture | None) -> None:
        self._picture = picture
        has = picture is not None
        self.picture_area.setProperty("empty", not has)
        self.picture_area.style().unpolish(self.picture_area)
        self.picture_area.style().polish(self.picture_area)
        if has:
            pixmap = QPixmap()
            pixmap.loadFromData(picture.data)
            self.thumbnail.show_picture(pixmap)
        else:
            self.thumbnail.show_picture(None)
            self.thumbnail.setText(self.tr("No picture yet:\nadd a photo of a sketch"))
        self.thumbnail.setProperty("role", None if has else "muted")
        self.thumbnail.style().unpolish(self.thumbnail)
        self.thumbnail.style().polish(self.thumbnail)
        self.picture_button.setText(self.tr("Replace…") if has else self.tr("Add picture…"))
        self.picture_button.setToolTip(self.tr("Choose another photo for this panel") if has else self.tr("Choose a photo (PNG or JPEG) of this panel's sketch"))
        self.picture_button.setAccessibleName(self.picture_button.toolTip())
        self.remove_picture.setVisible(has)

    @property
    def has_picture(self) -> bool:
        return self._picture is not None

    def values(self) -> tuple[str, str]:
        return self.caption.text(), self.text.toPlainText()

    def focus_chain(self) -> list[QWidget]:
        return [self.grip, self.picture_button, self.remove_picture, self.caption, self.text, self.delete]  # (Tab skips a hidden one)

    def mark(self, name: str, on: bool) -> None:
        """A drag's look: "lifted" (the card being dragged) or "dropTarget" (where it would land)."""
        if bool(self.property(name)) != on:
            self.setProperty(name, on)
            self.style().unpolish(self)
            self.style().polish(self)

    def flush(self) -> None:
        self._saver.flush()

    def cancel_save(self) -> None:
        self._saver.cancel()
