"""A team's storyboard: numbered panels, each a caption, a short text and an optional picture.

The panels of a team's pitch step are kept in the order of ``position``, dense from 0: every
change renumbers them, so a panel added on another laptop at the same moment still finds its own
place. The template's ``storyboard`` bounds say how many panels a storyboard has (``min_panels``
for a complete one, ``max_panels`` at most). Every change is one transaction and returns what
undo needs to put it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from sqlmodel import Session, select

from app.day.template import Storyboard
from app.errors import DomainError
from app.pitch.pictures import Picture
from app.storage.store import Store
from app.text import LONG_TEXT_MAX, clean_block, clean_line, column_limit
from db.models import StoryPanel


@dataclass(frozen=True)
class Panel:
    id: int
    position: int
    caption: str
    text: str
    picture: Picture | None


@dataclass(frozen=True)
class Snapshot:
    """A deleted panel as it was, to put it back in its place (undo)."""

    id: int
    team_id: int
    step_key: str
    position: int
    caption: str
    text: str
    picture: Picture | None


@dataclass(frozen=True)
class Completeness:
    panels: int
    minimum: int
    maximum: int

    @property
    def missing(self) -> int:
        """How many panels a complete storyboard still needs (0: enough)."""
        return max(0, self.minimum - self.panels)

    @property
    def full(self) -> bool:
        return self.panels >= self.maximum


def panels(store: Store, team_id: int, step_key: str) -> list[Panel]:
    with store.read() as session:
        return [_panel(row) for row in _rows(session, team_id, step_key)]


def completeness(panel_list: list[Panel], bounds: Storyboard) -> Completeness:
    """For the meter: "2 of at least 3 panels"."""
    return Completeness(len(panel_list), bounds.min_panels, bounds.max_panels)


def add_panel(store: Store, team_id: int, step_key: str, bounds: Storyboard, caption: str = "") -> int:
    """A new panel at the end (refused once the storyboard has ``max_panels``); its id."""
    caption = clean_caption(caption)
    with store.write() as session:
        rows = _rows(session, team_id, step_key)
        _check_room(len(rows), bounds)
        row = StoryPanel(team_id=team_id, step_key=step_key, position=len(rows), caption=caption)
        session.add(row)
        _renumber(session, [*rows, row])
        session.flush()
        return row.id


def delete_panel(store: Store, panel_id: int) -> Snapshot:
    with store.write() as session:
        row = _row(session, panel_id)
        snapshot = Snapshot(row.id, row.team_id, row.step_key, _position(session, row), row.caption, row.text, _picture(row))
        rest = [r for r in _rows(session, row.team_id, row.step_key) if r.id != row.id]
        session.delete(row)
        _renumber(session, rest)
        return snapshot


def restore_panel(store: Store, snapshot: Snapshot, bounds: Storyboard) -> None:
    """A deleted panel back in its place, with its id (undo of a delete, redo of an add)."""
    with store.write() as session:
        rows = _rows(session, snapshot.team_id, snapshot.step_key)
        _check_room(len(rows), bounds)
        row = StoryPanel(id=snapshot.id, team_id=snapshot.team_id, step_key=snapshot.step_key, position=snapshot.position,
                         caption=snapshot.caption, text=snapshot.text)
        _put_picture(row, snapshot.picture)
        session.add(row)
        index = min(snapshot.position, len(rows))
        _renumber(session, [*rows[:index], row, *rows[index:]])


def move_panel(store: Store, panel_id: int, index: int) -> int:
    """A panel to place ``index`` (0-based, clamped to the storyboard), the others closing up; the
    index it had."""
    with store.write() as session:
        row = _row(session, panel_id)
        rows = _rows(session, row.team_id, row.step_key)
        before = rows.index(row)
        rows.remove(row)
        rows.insert(min(max(index, 0), len(rows)), row)
        _renumber(session, rows)
        return before


def set_caption(store: Store, panel_id: int, caption: str) -> str:
    """The panel's caption; returns the one it had."""
    caption = clean_caption(caption)
    with store.write() as session:
        row = _row(session, panel_id)
        before = row.caption
        if caption != before:
            row.caption = caption
            session.add(row)
        return before


def set_text(store: Store, panel_id: int, text: str) -> str:
    """The panel's short text; returns the one it had."""
    text = clean_block(text, LONG_TEXT_MAX, "panel_text")
    with store.write() as session:
        row = _row(session, panel_id)
        before = row.text
        if text != before:
            row.text = text
            session.add(row)
        return before


def edit_panel(store: Store, panel_id: int, caption: str, text: str) -> tuple[str, str]:
    """Caption and text at once, as typed (one transaction); returns the ones they had."""
    with store.write():
        return set_caption(store, panel_id, caption), set_text(store, panel_id, text)


def set_picture(store: Store, panel_id: int, picture: Picture | None) -> Picture | None:
    """The panel's picture (None: removed); returns the one it had."""
    with store.write() as session:
        row = _row(session, panel_id)
        before = _picture(row)
        _put_picture(row, picture)
        session.add(row)
        return before


def clean_caption(caption: str) -> str:
    return clean_line(caption, column_limit(StoryPanel.caption), "panel_caption")


def _check_room(count: int, bounds: Storyboard) -> None:
    if count >= bounds.max_panels:
        raise DomainError("storyboard_full", f"a storyboard has at most {bounds.max_panels} panels", limit=bounds.max_panels)


def _rows(session: Session, team_id: int, step_key: str) -> list[StoryPanel]:
    query = select(StoryPanel).where(StoryPanel.team_id == team_id, StoryPanel.step_key == step_key)
    return list(session.exec(query.order_by(StoryPanel.position, StoryPanel.id)).all())


def _renumber(session: Session, rows: list[StoryPanel]) -> None:
    """Positions 0..n-1 in this order (only the rows whose place changed are written)."""
    for position, row in enumerate(rows):
        if row.position != position:
            row.position = position
            session.add(row)


def _position(session: Session, row: StoryPanel) -> int:
    return [r.id for r in _rows(session, row.team_id, row.step_key)].index(row.id)


def _row(session: Session, panel_id: int) -> StoryPanel:
    row = session.get(StoryPanel, panel_id)
    if row is None:
        raise DomainError("panel_missing", "this panel no longer exists (removed on another laptop?)")
    return row


def _picture(row: StoryPanel) -> Picture | None:
    if row.image is None:
        return None
    return Picture(bytes(row.image), row.image_type, row.image_width, row.image_height)


def _put_picture(row: StoryPanel, picture: Picture | None) -> None:
    if picture is None:
        row.image, row.image_type, row.image_width, row.image_height = None, "", 0, 0
    else:
        row.image, row.image_type, row.image_width, row.image_height = picture.data, picture.type, picture.width, picture.height


def _panel(row: StoryPanel) -> Panel:
    return Panel(row.id, row.position, row.caption, row.text, _picture(row))
