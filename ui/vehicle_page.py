"""Build Your Vehicle: the car drawn from app.vehicle, six zones, notes written into them.

Choose a zone (its questions and example show beside the car), type, Enter: the note lands in
that zone. Drag a note to another zone to move it there. Export saves the canvas as a PNG.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QImage, QKeySequence, QPainter, QPainterPath, QPen, QShortcut, QUndoStack
from PySide6.QtWidgets import QButtonGroup, QFileDialog, QGraphicsItem, QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app import board, vehicle
from app.teams import TeamView
from app.template import Step
from ui import board_commands as commands
from ui.board_items import NoteItem, sync_notes
from ui.board_view import BoardScene, BoardView
from ui.feed_bridge import touches
from ui.messages import attempt
from ui.widgets import bullets, card, label


class CarDrawing(QGraphicsItem):
    """The line drawing and the zones' names, behind the notes."""

    def __init__(self, titles: dict[str, str], theme) -> None:
        super().__init__()
        self.titles, self.theme = titles, theme
        self.setZValue(-1)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, vehicle.WIDTH, vehicle.HEIGHT)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.boundingRect(), QColor(self.theme.surface))
        line = QPen(QColor(self.theme.primary_dark), 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        body = QPainterPath(QPointF(*vehicle.BODY[0]))
        for point in vehicle.BODY[1:]:
            body.lineTo(*point)
        body.closeSubpath()
        painter.setPen(line)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(body)
        for window in vehicle.WINDOWS:
            painter.drawRoundedRect(QRectF(window.x, window.y, window.width, window.height), 24, 24)
        painter.setBrush(QColor(self.theme.surface))
        for x, y, radius in vehicle.WHEELS:
            painter.drawEllipse(QPointF(x, y), radius, radius)
            painter.drawEllipse(QPointF(x, y), radius * 0.35, radius * 0.35)
        road = QPen(QColor(self.theme.muted), 6, Qt.PenStyle.DashLine)
        painter.setPen(road)
        painter.drawLine(QPointF(0, 1205), QPointF(vehicle.WIDTH, 1205))
        font = QFont(painter.font())
        font.setPixelSize(34)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        for key, zone in vehicle.ZONES.items():
            painter.setPen(QPen(QColor(self.theme.primary), 3, Qt.PenStyle.DotLine))
            painter.setBrush(QColor(1, 104, 155, 14))
            painter.drawRoundedRect(QRectF(zone.x, zone.y, zone.width, zone.height), 14, 14)
            painter.setPen(QColor(self.theme.primary_dark))
            painter.drawText(QRectF(zone.x + 14, zone.y + 2, zone.width - 28, 42), Qt.AlignmentFlag.AlignVCenter, self.titles.get(key, key))


class VehiclePage(QWidget):
    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vehiclePage")
        self._ws = workspace
        self._team: TeamView | None = None
        self._step: Step | None = None
        self._notes: dict[int, NoteItem] = {}
        self.undo_stack = QUndoStack(self)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(6)
        self.zone_buttons = QButtonGroup(self)
        self.zone_buttons.setExclusive(True)
        self.zone_buttons.buttonClicked.connect(lambda _b: self._show_zone())
        self.zone_grid = QGridLayout()
        page.addLayout(self.zone_grid)
        row = QHBoxLayout()  # the car as large as the room allows, the zone's questions beside it
        page.addLayout(row, 1)
        self.scene = BoardScene(self)
        self.scene.notesDragged.connect(self._dragged)
        self.view = BoardView(self.scene)
        self.view.setObjectName("vehicleView")
        self.view.setMinimumHeight(150)
        self.view.fitted = QRectF(0, 0, vehicle.WIDTH, vehicle.HEIGHT)  # the whole car, whatever the size
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row.addWidget(self.view, 3)
        side = QVBoxLayout()
        row.addLayout(side, 2)
        self.zone_card, self.zone_layout = card("zoneCard", spacing=2, margins=10)
        side.addWidget(self.zone_card, 1)
        self.note_input = QLineEdit()
        self.note_input.setObjectName("vehicleNoteInput")
        self.note_input.setPlaceholderText(self.tr("An answer for this zone, then Enter"))
        self.note_input.returnPressed.connect(self.add_note)
        side.addWidget(self.note_input)
        tools = QHBoxLayout()
        for name, text, slot in (("vehicleUndo", self.tr("Undo"), self.undo_stack.undo), ("vehicleRedo", self.tr("Redo"), self.undo_stack.redo),
                                 ("exportVehicleButton", self.tr("Save as PNG…"), self.export_dialog)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            tools.addWidget(button)
        side.addLayout(tools)
        self.error = label("", "error", "vehicleError")
        self.error.hide()
        side.addWidget(self.error)
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.undo_stack.undo), ("Ctrl+Shift+Z", self.undo_stack.redo),
                           (QKeySequence.StandardKey.Delete, self.delete_selected)):
            shortcut = QShortcut(QKeySequence(keys), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        workspace.bridge.changed.connect(self._on_changes)

    def show_step(self, step: Step, team: TeamView) -> None:
        new = self._step is None or self._team is None or (step.key, team.id) != (self._step.key, self._team.id)
        self._step, self._team = step, team
        if new:
            self._build(step)
        self.reload()
        if new:  # once laid out: the whole car in view
            QTimer.singleShot(0, lambda: self.view.fitInView(self.view.fitted, Qt.AspectRatioMode.KeepAspectRatio))


    def _build(self, step: Step) -> None:
        self.undo_stack.clear()
        self.scene.clear()
        self._notes.clear()
        titles = {zone.key: self._ws.t(zone.title) for zone in step.zones}
        self.scene.addItem(CarDrawing(titles, self._ws.theme))
        self.scene.setSceneRect(QRectF(0, 0, vehicle.WIDTH, vehicle.HEIGHT))
        for button in self.zone_buttons.buttons():
            self.zone_buttons.removeButton(button)
            button.hide()
            button.deleteLater()
        for index, zone in enumerate(step.zones):
            button = QPushButton(titles[zone.key])
            button.setObjectName(f"zone_{zone.key}")
            button.setCheckable(True)
            button.setProperty("zone", zone.key)
            button.setChecked(index == 0)
            self.zone_buttons.addButton(button)
            self.zone_grid.addWidget(button, 0, index)
        self._show_zone()

    @property
    def zone_key(self) -> str | None:
        button = self.zone_buttons.checkedButton()
        return button.property("zone") if button else None

    def _show_zone(self) -> None:
        while self.zone_layout.count():
            widget = self.zone_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        zone = next((z for z in self._step.zones if z.key == self.zone_key), None) if self._step else None
        if zone is None:
            return
        self.zone_layout.addWidget(label(self._ws.t(zone.title), "h3", "zoneTitle"))
        self.zone_layout.addWidget(bullets([self._ws.t(q) for q in zone.questions]))
        self.zone_layout.addWidget(label(self.tr("For example: {example}").format(example=self._ws.t(zone.example)), "muted"))
        self.zone_layout.addStretch(1)
        self.note_input.setFocus()

    def reload(self) -> None:
        if self._team is None:
            return
        names = {m.id: m.name for m in self._team.members}
        fresh = board.notes(self._ws.store, self._team.id, [self._step.key])
        sync_notes(self.scene, self._notes, fresh, names, self._edited, self._typed)

    def _edited(self, note_id: int, before: str, text: str) -> None:
        self._push(commands.EditNote(self._ws.store, note_id, before, text))

    def _typed(self, note_id: int, text: str) -> None:
        attempt(self.error, lambda: board.edit_note(self._ws.store, note_id, text))

    def _push(self, command) -> bool:
        return commands.push(self.undo_stack, command, self.error)

    def add_note(self) -> None:
        zone = self.zone_key
        x, y = vehicle.next_slot(zone, [n.zone_key for n in board.notes(self._ws.store, self._team.id, [self._step.key])])
        command = commands.AddNote(self._ws.store, self._team.id, self._step.key, self._ws.identity, self.note_input.text(), x, y, "yellow", zone)
        if self._push(command):
            self.note_input.setText("")

    def delete_selected(self) -> None:
        ids = [item.note.id for item in self.scene.selectedItems() if isinstance(item, NoteItem) and not item.editing]
        if ids:
            self._push(commands.DeleteNotes(self._ws.store, ids))

    def _dragged(self, before: dict, after: dict) -> None:
        self.undo_stack.beginMacro("move to zone")
        for note_id, (x, y) in after.items():
            zone = vehicle.zone_at(x + vehicle.NOTE_W / 2, y + vehicle.NOTE_H / 2)
            self._push(commands.PlaceInZone(self._ws.store, note_id, zone, x, y))
        self.undo_stack.endMacro()

    def render_png(self, path: str) -> bool:
        image = QImage(int(vehicle.WIDTH), int(vehicle.HEIGHT), QImage.Format.Format_ARGB32)
        image.fill(QColor(self._ws.theme.surface))
        painter = QPainter(image)
        self.scene.render(painter, QRectF(0, 0, vehicle.WIDTH, vehicle.HEIGHT), QRectF(0, 0, vehicle.WIDTH, vehicle.HEIGHT))
        painter.end()
        return image.save(path, "PNG")

    def export_dialog(self) -> None:
        name = f"vehicle-{(self._team.name or 'team-' + str(self._team.number)).replace(' ', '-').lower()}.png"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the vehicle as PNG"), name, "PNG (*.png)")
        if path and not self.render_png(path):
            self.error.setText(self.tr("The picture could not be saved there."))
            self.error.show()

    def _on_changes(self, batch) -> None:
        if self._team is not None and touches(batch, {"note"}, self._team.id):
            self.reload()
