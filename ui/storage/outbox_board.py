"""The board while the event's server is away: a typed note is kept and shown as waiting; a note's text
edited in place is kept too.

A note typed offline is shown where it will land, dimmed, with a "waiting" badge — not as a real note:
it has no id yet, so it cannot be moved, edited, clustered or voted on (those actions need the server:
refused with the usual message, nothing changed). That is the honest state: it is on this laptop, not
on the event's board, and the other laptops do not see it yet. When the outbox replays it, the real note
arrives through the change feed at that place and the waiting one goes. Its grid spot is held meanwhile,
so the next note typed offline lands beside it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem
from sqlalchemy.exc import SQLAlchemyError

from app.board.board import NoteView
from app.sync.outbox import connection_lost
from ui.board.board_items import NoteItem
from ui.common.messages import say
from ui.storage.outbox_write import kept_text, outbox_for

WAITING_OPACITY = 0.55


class WaitingNote(NoteItem):
    """A note kept on this laptop until the server is back: dimmed, dashed, "waiting", not to be touched."""

    def __init__(self, entry, author_name: str = "") -> None:
        args = entry.args
        super().__init__(NoteView(-1, args["team_id"], args["step_key"], args["text"], args.get("colour", "yellow"),
                                  args["x"], args["y"], args.get("author_id")), author_name)
        self.entry_id = entry.id
        self.setFlags(QGraphicsItem.GraphicsItemFlag(0))
        self.setZValue(1.5)
        self.setToolTip(QCoreApplication.translate("outbox", "Waiting for the server: this note is kept on this laptop and "
                                                   "put on the board when the server is back."))

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 (Qt's name) not editable until it is made
        event.ignore()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setOpacity(WAITING_OPACITY)  # the note dimmed; its outline and badge in full
        super().paint(painter, option, widget)
        painter.setOpacity(1.0)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#3A4250"), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(0, 0, self.boundingRect().width() - 6, self.boundingRect().height() - 6), 4, 4)
        badge = QRectF(8, self.boundingRect().height() - 32, 70, 18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#3A4250"))
        painter.drawRoundedRect(badge, 9, 9)
        font = QFont(painter.font())
        font.setPixelSize(11)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("outbox", "waiting"))


def note_waits(page, text: str) -> bool:
    """The scribe's Enter on a shared event: True when the note was kept in the outbox (the server away,
    or earlier edits still wait), shown waiting, the field cleared for the next one. False: write as usual."""
    bridge = outbox_for(page._ws.store)
    if bridge is None:
        return False
    if not bridge.waiting:
        try:
            page._free_spot()  # the usual path's first read: quick when the server is there
            return False
        except SQLAlchemyError as exc:
            if not connection_lost(exc):
                raise
            bridge.away = True
    frames = [(c.cluster.x, c.cluster.y, c.cluster.width, c.cluster.height) for c in page._clusters.values()]
    x, y = page._layer.spots.first_free(frames)
    bridge.enqueue("note.add", dict(team_id=page._team.id, step_key=page.note_step, author_id=page.author_id,
                                    text=text, x=x, y=y, colour="yellow"))
    page.note_input.setText("")
    follow_waiting(page, bridge)
    say(page.error_label, kept_text(), "info")
    return True


def follow_waiting(page, bridge) -> None:
    """Show this board's waiting notes, and keep them in step with the outbox (replayed: gone)."""
    if not getattr(page, "_outbox_followed", False):
        page._outbox_followed = True
        page._waiting_notes = {}
        bridge.countChanged.connect(lambda _count: show_waiting(page, bridge))
    show_waiting(page, bridge)


def show_waiting(page, bridge) -> None:
    if not shiboken6.isValid(page) or page._team is None:
        return
    items: dict = page._waiting_notes
    here = {e.id: e for e in bridge.outbox.pending("note.add")
            if e.args["team_id"] == page._team.id and e.args["step_key"] == page.note_step}
    for entry_id, item in list(items.items()):
        alive = shiboken6.isValid(item) and item.scene() is page.scene  # a board cleared for another step drops them
        if entry_id in here and alive:
            continue
        if alive:
            page.scene.removeItem(item)
            page._layer.spots.release(item.note.x, item.note.y)
        del items[entry_id]
    for entry_id, entry in here.items():
        if entry_id not in items:
            names = {} if page._layer.anonymous else {m.id: m.name for m in page._team.members}
            item = WaitingNote(entry, names.get(entry.args.get("author_id"), ""))
            page.scene.addItem(item)
            page._layer.spots.take(item.note.x, item.note.y)
            page.scene.cover([item.sceneBoundingRect()])
            page.view.ensureVisible(item, 16, 16)  # the scribe sees it land, as a note made online
            items[entry_id] = item
    if not here and page.error_label.property("role") == "info" and page.error_label.text() == kept_text():
        page.error_label.hide()  # all saved: the line that said it was kept goes
