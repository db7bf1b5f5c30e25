"""Graphics items made visible to screen readers: a QAccessible factory for every QGraphicsView's viewport.

Graphics items are not widgets, so Qt's accessibility tree stops at a view's viewport. PySide6 6.11.3's
``QAccessible.installFactory`` takes a Python callable ``factory(class name, object)`` and keeps every
interface it returns alive (measured: tests/ui/a11y/test_factory.py). Qt asks the factories installed
LAST first, and QApplication installs Qt Widgets' own factory when it is made: installed before the
QApplication, ours is never asked for a viewport (Qt's generic one answers for "QWidget" first). So
``install()`` refuses to run without a QApplication.

The viewport's interface (``CanvasInterface``) lists the viewport's child widgets as Qt would, then one
``ItemInterface`` per graphics item that describes itself (ui/a11y/graphics.py), in reading order
(top to bottom, left to right). Those child interfaces are plain Python objects: they are kept here and
registered in Qt's cache, and taken out of it when their item leaves the scene or the view goes.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QGraphicsView, QWidget

from ui.a11y.focus_ring import install as install_focus_ring
from ui.a11y.graphics import Described, describe

_installed = False


def install() -> None:
    """Install the factory once (after the QApplication exists: see the module's note), and the focus ring."""
    global _installed
    if _installed:
        return
    if QApplication.instance() is None:
        raise RuntimeError("install the accessibility factory after the QApplication is made")
    QAccessible.installFactory(_factory)
    install_focus_ring(QApplication.instance())  # and a visible focus where the style sheet cannot draw one
    _installed = True


def announce_focus(view: QGraphicsView, item) -> None:
    """Tell assistive technology that ``item`` (moved to by keys) has the focus / changed its selection."""
    if not QAccessible.isActive():
        return
    canvas = QAccessible.queryAccessibleInterface(view.viewport())
    if not isinstance(canvas, CanvasInterface):
        return
    items = canvas._items()
    if item not in items:
        return
    kid = canvas.child(canvas._widgets() + items.index(item))
    for kind in (QAccessible.Event.Focus, QAccessible.Event.Selection if item.isSelected() else QAccessible.Event.SelectionRemove):
        QAccessible.updateAccessibility(QAccessibleEvent(kid, kind))


def _factory(_class_name: str, obj) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget):
        return None
    view = obj.parentWidget()  # a QGraphicsView's own viewport has no object name: known by its place
    if not isinstance(view, QGraphicsView) or view.viewport() is not obj:
        return None
    return CanvasInterface(obj, view)


class CanvasInterface(QAccessibleWidget):
    """A graphics view's viewport: a canvas whose children are its child widgets and its described items."""

    def __init__(self, viewport: QWidget, view: QGraphicsView) -> None:
        super().__init__(viewport, QAccessible.Role.Canvas)
        self.view = view
        self.kids: dict[object, ItemInterface] = {}  # item -> its interface, kept alive here
        self.order: list = []  # the described items, in reading order, as of the last childCount()
        kids = self.kids
        viewport.destroyed.connect(lambda *_: _forget(kids))  # not self: its C++ half goes first

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.view.accessibleName()
        if kind == QAccessible.Text.Description:
            return self.view.accessibleDescription()
        return super().text(kind)

    def _widgets(self) -> int:
        return super().childCount()

    def _items(self) -> list:
        scene = self.view.scene()
        if scene is None:
            return []
        found = [(item, described) for item in scene.items() if item.isVisible() and (described := describe(item)) is not None]
        found.sort(key=lambda pair: (round(pair[0].sceneBoundingRect().top() / 20), pair[0].sceneBoundingRect().left()))
        items = [item for item, _ in found]
        for gone in [item for item in self.kids if item not in set(items)]:
            _drop(self.kids.pop(gone))
        self.order = items
        return items

    def childCount(self) -> int:  # noqa: N802 (Qt's name)
        return self._widgets() + len(self._items())

    def child(self, index: int):
        widgets = self._widgets()
        if index < widgets:
            return super().child(index) if index >= 0 else None
        at = index - widgets
        items = self.order if at < len(self.order) and self.order[at].scene() is self.view.scene() else self._items()
        if at >= len(items):
            return None
        item = items[at]
        if item not in self.kids:
            kid = ItemInterface(self.view, item)
            QAccessible.registerAccessibleInterface(kid)
            self.kids[item] = kid
        return self.kids[item]

    def indexOfChild(self, child) -> int:  # noqa: N802 (Qt's name)
        if isinstance(child, ItemInterface):
            items = self._items()
            return self._widgets() + items.index(child.item) if child.item in items else -1
        return super().indexOfChild(child)

    def childAt(self, x: int, y: int):  # noqa: N802 (Qt's name)
        point = self.view.viewport().mapFromGlobal(QPoint(x, y))
        for item in self.view.items(point):
            if item in self.order:
                return self.child(self._widgets() + self.order.index(item))
        return super().childAt(x, y)

    def focusChild(self):  # noqa: N802 (Qt's name)
        scene = self.view.scene()
        focus = scene.focusItem() if scene is not None else None
        while focus is not None and describe(focus) is None:
            focus = focus.parentItem()
        if focus is not None and focus in self._items():
            return self.child(self._widgets() + self.order.index(focus))
        return super().focusChild()


class ItemInterface(QAccessibleInterface):
    """One graphics item as a screen reader sees it: its role, name, description, place and state."""

    def __init__(self, view: QGraphicsView, item) -> None:
        super().__init__()
        self.view, self.item = view, item

    def _described(self) -> Described:
        return describe(self.item) or Described(QAccessible.Role.Graphic, "")

    def isValid(self) -> bool:  # noqa: N802 (Qt's name)
        return shiboken6.isValid(self.view) and shiboken6.isValid(self.item) and self.item.scene() is self.view.scene()

    def object(self):
        return None

    def window(self):
        return self.view.window().windowHandle() if self.isValid() else None

    def parent(self):
        return QAccessible.queryAccessibleInterface(self.view.viewport()) if shiboken6.isValid(self.view) else None

    def child(self, _index: int):
        return None

    def childCount(self) -> int:  # noqa: N802 (Qt's name)
        return 0

    def indexOfChild(self, _child) -> int:  # noqa: N802 (Qt's name)
        return -1

    def childAt(self, _x: int, _y: int):  # noqa: N802 (Qt's name)
        return None

    def focusChild(self):  # noqa: N802 (Qt's name)
        return None

    def relations(self, _match=QAccessible.RelationFlag.AllRelations):
        return []

    def role(self) -> QAccessible.Role:
        return self._described().role

    def text(self, kind: QAccessible.Text) -> str:
        described = self._described()
        if kind == QAccessible.Text.Name:
            return described.name
        if kind == QAccessible.Text.Description:
            return described.description
        return ""

    def setText(self, _kind, _text) -> None:  # noqa: N802 (Qt's name): edited in place, not through here
        return None

    def rect(self) -> QRect:
        if not self.isValid():
            return QRect()
        on_view = self.view.mapFromScene(self.item.sceneBoundingRect()).boundingRect()
        viewport = self.view.viewport()
        return QRect(viewport.mapToGlobal(on_view.topLeft()), on_view.size()).intersected(
            QRect(viewport.mapToGlobal(QPoint(0, 0)), viewport.size()))

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        if not self.isValid():
            state.invalid = True
            return state
        item = self.item
        state.focusable = bool(item.flags() & item.GraphicsItemFlag.ItemIsFocusable)
        state.focused = item.hasFocus()
        state.selectable = bool(item.flags() & item.GraphicsItemFlag.ItemIsSelectable) or hasattr(item, "set_selected")
        state.selected = item.isSelected() or bool(getattr(item, "selected", False))
        state.movable = bool(item.flags() & item.GraphicsItemFlag.ItemIsMovable)
        state.offscreen = self.rect().isEmpty()
        return state


def _drop(kid: ItemInterface) -> None:
    """Out of Qt's cache (it deletes the C++ half; the Python half then knows it is gone)."""
    if shiboken6.isValid(kid):
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(kid))


def _forget(kids: dict) -> None:
    for kid in kids.values():
        _drop(kid)
    kids.clear()
