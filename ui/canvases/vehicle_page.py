"""Build Your Vehicle: the car drawn from app.canvases.vehicle, its six zones with the team's answers in them.

Choose a zone (a button above the car, or click it on the car to zoom in on it); beside the car
its questions and its answers show at the normal text size, editable, with a field for the next
one. Keys (ui/common/keymap.py) zoom in and out and show the whole car again. Export saves the car as a PNG.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGraphicsView,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.board import board
from app.canvases import vehicle
from app.day.template import Step
from app.event.teams import TeamView
from ui.board import board_commands as commands
from ui.board.board_view import BoardScene, BoardView
from ui.canvases.vehicle_canvas import CarDrawing, ZoneItem
from ui.canvases.vehicle_panel import ZonePanel
from ui.common.keymap import bind, key_text
from ui.common.widgets import label, scrolling, tool_button
from ui.storage.feed_bridge import touches
from ui.sync import note_conflicts

ZOOM_MARGIN = 40.0  # around a zone zoomed in on, in canvas units
EXPORT_WIDTH = 1600  # pixels of the exported picture: the answers read as on a laptop screen


class VehiclePage(QWidget):
    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vehiclePage")
        self._ws = workspace
        self._team: TeamView | None = None
        self._step: Step | None = None
        self._zones: dict[str, ZoneItem] = {}
        self.undo_stack = QUndoStack(self)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(6)
        self.zone_buttons = QButtonGroup(self)
        self.zone_buttons.setExclusive(True)
        self.zone_buttons.buttonClicked.connect(lambda _b: self._show_zone())
        self.zone_row = QHBoxLayout()
        page.addLayout(self.zone_row)
        row = QHBoxLayout()  # the car as large as the room allows, the zone's answers beside it
        page.addLayout(row, 1)
        self.scene = BoardScene(self)
        self.view = BoardView(self.scene)
        self.view.setObjectName("vehicleView")
        self.view.setAccessibleName(self.tr("The vehicle and its zones"))
        self.view.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.view.setMinimumHeight(150)
        self.view.fitted = QRectF(0, 0, vehicle.WIDTH, vehicle.HEIGHT)  # the whole car, whatever the size
        row.addWidget(self.view, 5)
        row.addWidget(self._side(), 2)
        self._shortcuts()
        workspace.bridge.changed.connect(self._on_changes)

    def _side(self) -> QWidget:
        side = QWidget()
        side.setObjectName("vehicleSide")
        side.setMaximumWidth(440)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.panel = ZonePanel()
        self.panel.on_typed = self._typed
        self.panel.edited.connect(lambda *edit: note_conflicts.edited(self, *edit))  # one undo step; another laptop's change asks
        self.panel.moveRequested.connect(self.move_answer)
        self.panel.deleteRequested.connect(lambda note_id: self._push(commands.DeleteNotes(self._ws.store, [note_id])))
        column.addWidget(scrolling(self.panel, "zonePanelScroll"), 1)
        self.note_input = QLineEdit()
        self.note_input.setObjectName("vehicleNoteInput")
        self.note_input.setPlaceholderText(self.tr("A new answer, then Enter"))
        self.note_input.setAccessibleName(self.tr("A new answer for this zone"))
        self.note_input.returnPressed.connect(self.add_note)
        column.addWidget(self.note_input)
        tools = QHBoxLayout()
        tools.setSpacing(6)
        for name, text, tip, slot in (
            ("vehicleWholeCar", self.tr("Whole car"), self.tr("The whole car in view") + f" ({key_text('vehicleWhole')})", self.show_whole_car),
            ("vehicleUndo", "↶", self.tr("Undo") + f" ({key_text('vehicleUndo')})", self.undo_stack.undo),
            ("vehicleRedo", "↷", self.tr("Redo") + f" ({key_text('vehicleRedo')})", self.undo_stack.redo),
            ("exportVehicleButton", self.tr("PNG…"), self.tr("Save the car as a PNG picture"), self.export_dialog),
        ):
            button = tool_button(name, text, tip, slot)
            tools.addWidget(button)
        tools.addStretch(1)
        column.addLayout(tools)
        self.error = self.error_label = label("", "error", "vehicleError")  # error_label: the name ui.sync.note_conflicts uses
        self.error.hide()
        column.addWidget(self.error)
        side.setMinimumWidth(max(300, column.minimumSize().width()))  # never narrower than its tool row
        return side

    def _shortcuts(self) -> None:
        """The car's keys, from the one keymap; they act while the focus is on the car's page."""
        for name, slot in (("vehicleUndo", self.undo_stack.undo), ("vehicleRedo", self.undo_stack.redo),
                           ("vehicleZoomIn", lambda: self.zoom(1.25)), ("vehicleZoomOut", lambda: self.zoom(1 / 1.25)),
                           ("vehicleWhole", self.show_whole_car)):
            bind(name, self, slot)

    def show_step(self, step: Step, team: TeamView) -> None:
        new = self._step is None or self._team is None or (step.key, team.id) != (self._step.key, self._team.id)
        if new:
            self.flush_edits()
        self._step, self._team = step, team
        if new:
            self._build(step)
        self.reload()
        if new:  # once laid out: the whole car in view
            QTimer.singleShot(0, self.show_whole_car)

    def _build(self, step: Step) -> None:
        self.undo_stack.clear()
        self.scene.clear()
        t = self._ws.t
        self.scene.addItem(CarDrawing(self._ws.theme))
        self.scene.setSceneRect(QRectF(0, 0, vehicle.WIDTH, vehicle.HEIGHT))
        self._zones = {}
        for zone in step.zones:
            item = ZoneItem(zone.key, t(zone.title), t(zone.questions[0]) if zone.questions else "", self._ws.theme)
            item.clicked.connect(self.zoom_to_zone)
            self.scene.addItem(item)
            self._zones[zone.key] = item
        for button in self.zone_buttons.buttons():
            self.zone_buttons.removeButton(button)
            button.hide()
            button.deleteLater()
        for index, zone in enumerate(step.zones):
            button = QPushButton(t(zone.title))
            button.setObjectName(f"zone_{zone.key}")
            button.setCheckable(True)
            button.setProperty("zone", zone.key)
            button.setChecked(index == 0)
            self.zone_buttons.addButton(button)
            self.zone_row.addWidget(button)
        self._show_zone()

    @property
    def zone_key(self) -> str | None:
        button = self.zone_buttons.checkedButton()
        return button.property("zone") if button else None

    def choose_zone(self, key: str) -> None:
        button = next((b for b in self.zone_buttons.buttons() if b.property("zone") == key), None)
        if button is not None and not button.isChecked():
            button.setChecked(True)
            self._show_zone()

    def _show_zone(self) -> None:
        zone = next((z for z in self._step.zones if z.key == self.zone_key), None) if self._step else None
        if zone is None:
            return
        titles = [(z.key, self._ws.t(z.title)) for z in self._step.zones]
        self.panel.show_zone(zone, self._ws.t, titles)
        self.reload()
        self.note_input.setFocus()

    # -- zoom ------------------------------------------------------------------------------
    def zoom_to_zone(self, key: str) -> None:
        """A zone clicked on the car: chosen, and filling the view so its answers show whole."""
        self.choose_zone(key)
        zone = vehicle.ZONES[key]
        self.view.fitted = QRectF(zone.x, zone.y, zone.width, zone.height).adjusted(-ZOOM_MARGIN, -ZOOM_MARGIN, ZOOM_MARGIN, ZOOM_MARGIN)
        self.view.fitInView(self.view.fitted, Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self, factor: float) -> None:
        """Zoom by keys: around the chosen zone (the mouse may be anywhere)."""
        self.view.zoom(factor)
        zone = vehicle.ZONES.get(self.zone_key or "")
        if zone is not None:
            self.view.centerOn(zone.x + zone.width / 2, zone.y + zone.height / 2)

    def show_whole_car(self) -> None:
        self.view.fitted = QRectF(0, 0, vehicle.WIDTH, vehicle.HEIGHT)
        self.view.fitInView(self.view.fitted, Qt.AspectRatioMode.KeepAspectRatio)

    # -- what is shown -------------------------------------------------------------------------
    def reload(self) -> None:
        if self._team is None or self._step is None:
            return
        fresh = board.notes(self._ws.store, self._team.id, [self._step.key])
        for key, item in self._zones.items():
            item.show_answers([n.text for n in fresh if n.zone_key == key], key == self.zone_key)
        self.panel.show_answers(fresh)

    def flush_edits(self) -> None:
        """Save what is being typed in an answer (the window closes, another team is shown)."""
        self.panel.flush_edits()

    def _on_changes(self, batch) -> None:
        if self._team is not None and self.isVisible() and touches(batch, {"note"}, self._team.id):
            self.reload()  # (hidden: show_step reloads it when it is shown again)

    # -- actions (each an undo command; the feed redraws) ----------------------------------------
    def _push(self, command) -> bool:
        return commands.push(self.undo_stack, command, self.error)

    def _typed(self, note_id: int, text: str, base: str) -> bool:
        """Saved while typing, if the answer still holds ``base`` (kept while the server is away); the edit
        becomes one undo step when the answer is left."""
        return note_conflicts.save_typing(self._ws.store, self.error, note_id, text, base)

    def spot_beside(self, note) -> tuple[float, float]:
        """Where an answer kept beside another laptop's (a conflict, "keep both") goes: the zone's next slot."""
        return self._slot_in(note.zone_key)

    def _slot_in(self, zone: str) -> tuple[float, float]:
        return vehicle.next_slot(zone, [n.zone_key for n in board.notes(self._ws.store, self._team.id, [self._step.key])])

    def add_note(self) -> None:
        zone = self.zone_key
        x, y = self._slot_in(zone)
        command = commands.AddNote(self._ws.store, self._team.id, self._step.key, self._ws.identity, self.note_input.text(), x, y, "yellow", zone)
        if self._push(command):
            self.note_input.setText("")

    def move_answer(self, note_id: int, zone: str) -> None:
        x, y = self._slot_in(zone)
        self._push(commands.PlaceInZone(self._ws.store, note_id, zone, x, y))

    def render_png(self, path: str) -> bool:
        """The car with every zone's answers, no zone marked as chosen, at EXPORT_WIDTH pixels."""
        for item in self._zones.values():
            item.show_answers(item.answers, chosen=False)
        size = (EXPORT_WIDTH, round(EXPORT_WIDTH * vehicle.HEIGHT / vehicle.WIDTH))
        image = QImage(*size, QImage.Format.Format_ARGB32)
        image.fill(QColor(self._ws.theme.surface))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.scene.render(painter, QRectF(0, 0, *size), QRectF(0, 0, vehicle.WIDTH, vehicle.HEIGHT))
        painter.end()
        self.reload()  # the chosen zone marked again
        return image.save(path, "PNG")

    def export_dialog(self) -> None:
        name = f"vehicle-{(self._team.name or 'team-' + str(self._team.number)).replace(' ', '-').lower()}.png"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the vehicle as PNG"), name, "PNG (*.png)")
        if path and not self.render_png(path):
            self.error.setText(self.tr("The picture could not be saved there."))
            self.error.show()
