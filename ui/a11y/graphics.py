"""What each kind of graphics item is called for a screen reader: the board's notes and clusters, the
car canvas's zones, the Crystal Ball's timeline and milestone cards.

Chosen by the item's class name (walking its bases), so this module imports none of the canvases: a
new kind of item that should be heard gets one function here. Items not named here (the car's line
drawing, a chart's curves, the editor inside a note) are left out of the tree.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAccessible

Role = QAccessible.Role


@dataclass(frozen=True)
class Described:
    role: QAccessible.Role
    name: str
    description: str = ""


def _tr(text: str) -> str:  # a text chosen at run time, each listed by QT_TRANSLATE_NOOP below
    return QCoreApplication.translate("accessible", text)


_TEXTS = (
    QT_TRANSLATE_NOOP("accessible", "By %1"),
    QT_TRANSLATE_NOOP("accessible", "in cluster %1"),
    QT_TRANSLATE_NOOP("accessible", "states its cluster best"),
    QT_TRANSLATE_NOOP("accessible", "Empty note"),
    QT_TRANSLATE_NOOP("accessible", "Unnamed cluster"),
    QT_TRANSLATE_NOOP("accessible", "No answers yet"),
    QT_TRANSLATE_NOOP("accessible", "chosen"),
    QT_TRANSLATE_NOOP("accessible", "Timeline from %1 to %2"),
    QT_TRANSLATE_NOOP("accessible", "Cluster; notes in it: %1"),
)


def _note(item) -> Described:
    note = item.note
    parts = [_tr("By %1").replace("%1", item.author_name)] if item.author_name else []
    cluster = _cluster_name(item, note.cluster_id)
    if cluster:
        parts.append(_tr("in cluster %1").replace("%1", cluster))
    if note.best_of_cluster:
        parts.append(_tr("states its cluster best"))
    return Described(Role.ListItem, note.text or _tr("Empty note"), ", ".join(parts))


def _cluster_name(item, cluster_id: int | None) -> str:
    if cluster_id is None or item.scene() is None:
        return ""
    for other in item.scene().items():
        cluster = getattr(other, "cluster", None)
        if cluster is not None and getattr(cluster, "id", None) == cluster_id:
            return cluster.name or _tr("Unnamed cluster")
    return ""


def _cluster(item) -> Described:
    count = sum(1 for other in item.scene().items() if getattr(getattr(other, "note", None), "cluster_id", None) == item.cluster.id) if item.scene() else 0
    return Described(Role.Grouping, item.cluster.name or _tr("Unnamed cluster"), _tr("Cluster; notes in it: %1").replace("%1", str(count)))


def _zone(item) -> Described:
    answers = "; ".join(item.answers) if item.answers else _tr("No answers yet")
    chosen = [_tr("chosen")] if item.chosen else []
    return Described(Role.Grouping, item.title, " — ".join([item.question, answers, *chosen]))


def _card_text(card) -> str:
    return "; ".join(card.lines) if card.lines else card.muted


def _milestone(item) -> Described:
    when = item.year_text(item.years)
    return Described(Role.ListItem, item.text.title, " — ".join(part for part in (when, _card_text(item.text)) if part))


def _timeline(item) -> Described:
    return Described(Role.Graphic, _tr("Timeline from %1 to %2").replace("%1", item.idea.title).replace("%2", item.end.title),
                     " — ".join(part for part in (_card_text(item.idea), _card_text(item.end)) if part))


KINDS = {
    "NoteItem": _note,
    "ClusterItem": _cluster,
    "ZoneItem": _zone,
    "MilestoneCard": _milestone,
    "TimelineDrawing": _timeline,
}


def describe(item) -> Described | None:
    """The item's role, name and description, or None when it is not part of the tree."""
    for cls in type(item).__mro__:
        kind = KINDS.get(cls.__name__)
        if kind is not None:
            return kind(item)
    return None
