"""A team laptop remembers its team's kit (in its data folder), so it asks for it once.

The kit (app.sync.team_file ``team_kit``) holds that team's key: it is copied, owner-only, into
``<data folder>/team-kits/``; looked up again by the event's uid and the team's origin."""

from __future__ import annotations

import json
from pathlib import Path

from app.errors import DomainError
from app.storage.store import Store
from app.sync.private_file import write_private
from app.sync.row_codec import read_database_uid, team_identity
from app.sync.team_file import KIT_SUFFIX, read_team_kit
from db.models import Event, Team

FOLDER = "team-kits"


def kit_identity(store: Store, team_id: int) -> tuple[str, list[str]]:
    """The event's uid and the team's origin (as text) a kit for ``team_id`` must name."""
    with store.read() as session:
        team = session.get(Team, team_id)
        if team is None:
            raise DomainError("team_missing", f"there is no team {team_id}", team_id=team_id)
        event = session.get(Event, team.event_id)
        origin = team_identity(session, team, read_database_uid(session) or "")
    return event.uid or "", [str(part) for part in origin]


def remembered_kit(folder: Path, store: Store, team_id: int) -> dict | None:
    """The kit remembered for this team of this event, if any (a damaged one is passed over)."""
    uid, origin = kit_identity(store, team_id)
    kits = folder / FOLDER
    if not uid or not kits.is_dir():
        return None
    for path in sorted(kits.glob(f"*{KIT_SUFFIX}")):
        try:
            kit = read_team_kit(path)
        except DomainError:
            continue
        if kit["event_uid"] == uid and [str(part) for part in kit["team"]] == origin:
            return kit
    return None


def remember_kit(folder: Path, kit: dict) -> Path:
    """Keep ``kit`` in the data folder (owner-only), named by its event and team."""
    kits = folder / FOLDER
    try:
        kits.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DomainError("file_not_written", f"cannot write {kits}: {exc.strerror or exc}", path=str(kits)) from None
    name = "-".join([kit["event_uid"][:16], *(str(part)[:16] for part in kit["team"])])
    path = kits / f"{''.join(c for c in name if c.isalnum() or c == '-')}{KIT_SUFFIX}"
    return write_private(path, json.dumps(kit, indent=1, ensure_ascii=False).encode("utf-8"))
