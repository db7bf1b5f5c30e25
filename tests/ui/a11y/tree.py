"""Walking the accessibility tree the way a screen reader does: QAccessible.queryAccessibleInterface
of a window, then child(i) down, and what each node says about itself."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QTabWidget

Role = QAccessible.Role

# Nodes a person operates: each needs a name of its own.
INTERACTIVE = {
    Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText, Role.SpinBox,
    Role.Slider, Role.PageTab, Role.PageTabList, Role.List, Role.Table, Role.Tree, Role.ListItem, Role.TreeItem,
    Role.Link, Role.ButtonMenu, Role.ButtonDropDown, Role.Canvas, Role.Dial, Role.Grouping,
}
# Containers whose name is not needed when they hold nothing but named nodes (a tab list names its tabs).
CONTAINERS = {Role.PageTabList, Role.Grouping, Role.Canvas}


@dataclass(frozen=True)
class Node:
    path: str  # class names from the window down, for a readable failure
    cls: str  # the widget's class, or the interface's for a graphics item
    object_name: str
    role: QAccessible.Role
    name: str
    description: str
    focusable: bool
    depth: int
    pane: bool  # a scroll area or tab widget holding the page: it takes the focus only to scroll


def walk(widget, limit: int = 20000) -> list[Node]:
    """Every visible node under ``widget``'s interface, depth first (child(i) order)."""
    root = QAccessible.queryAccessibleInterface(widget)
    assert root is not None and root.isValid()
    found: list[Node] = []
    stack = [(root, "", 0)]
    while stack and len(found) < limit:
        iface, path, depth = stack.pop()
        state = iface.state()
        if state.invisible:
            continue
        obj = iface.object()
        cls = type(obj).__name__ if obj is not None else type(iface).__name__
        here = f"{path}/{cls}"
        found.append(Node(here, cls, obj.objectName() if obj is not None else "", iface.role(),
                          iface.text(QAccessible.Text.Name).strip(), iface.text(QAccessible.Text.Description).strip(),
                          bool(state.focusable), depth, isinstance(obj, QScrollArea | QTabWidget | QStackedWidget)))
        kids = [iface.child(i) for i in range(iface.childCount())]
        for kid in reversed(kids):
            if kid is not None and kid.isValid():
                assert kid.parent() is not None, f"{here}: a child without a parent"
                stack.append((kid, here, depth + 1))
    return found


def unnamed(nodes: list[Node]) -> list[Node]:
    """Interactive nodes without a name of their own (empty, or only their class's name)."""
    bad = []
    for node in nodes:
        if node.pane or node.role == Role.Window:
            continue
        if node.cls == "ItemInterface":  # a graphics item (ui/a11y): always named
            if not node.name:
                bad.append(node)
            continue
        if node.role not in INTERACTIVE and not node.focusable:
            continue
        if node.role in CONTAINERS and not node.focusable:
            continue
        if not node.name or node.name in {node.cls, node.object_name} or node.name.lower() == node.cls.lower():
            bad.append(node)
    return bad


def report(nodes: list[Node]) -> str:
    return "\n".join(f"{node.role.name:12} {node.object_name or '-':24} {node.path[-110:]}" for node in nodes)
