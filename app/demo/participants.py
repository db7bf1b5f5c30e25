"""The demo's participants come the way a facilitator's do: a registration export
(``resources/demo/staatsprint-demo-registraties.csv``, as a form tool writes it: Dutch headers, ``;``, a
BOM, CRLF, one person registered twice) read by the real importer, then placed in the demo's teams as its
facilitator formed them on the board. The late registrations stay there, not yet in a team."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session, select

from app.event.teams import clean_answers
from app.participants.import_fields import propose_mapping
from app.participants.import_plan import import_participants
from app.participants.import_read import read_registration
from app.participants.placing import place_many
from app.paths import resources_dir
from app.storage.store import Store
from db.models import Member, Team

REGISTRATIONS = "staatsprint-demo-registraties.csv"


def registrations_path() -> Path:
    return resources_dir() / "demo" / REGISTRATIONS


def import_registrations(store: Store, event_id: int) -> int:
    """The registration file imported into the event (inside the demo's write); how many became participants."""
    table = read_registration(registrations_path())
    mapping = propose_mapping(store, table.headers)
    if mapping.unknown:  # the shipped file's headers are all known: a change to the file or the rules broke it
        raise RuntimeError(f"the demo's registration file has unknown headers: {[table.headers[i] for i in mapping.unknown]}")
    return import_participants(store, event_id, table, mapping.fields).imported


def place_in_teams(store: Store, session: Session, event_id: int, teams: list[Team], entries: list[dict],
                   absent: list[str]) -> list[dict[str, int]]:
    """The demo's teams as its file lists them, with each member's own kennismaking answers (given in the
    team, on top of what the registration said) and who is not there today; per team, name -> member id."""
    members = {m.name: m for m in session.exec(select(Member).where(Member.event_id == event_id)).all()}
    places: dict[int, tuple[int | None, int]] = {}
    for team, entry in zip(teams, entries):
        for position, person in enumerate(entry["members"]):
            member = members[person["name"]]  # KeyError: the demo file names someone who did not register
            member.kennismaking = {**member.kennismaking, **clean_answers(person.get("kennismaking", {}))}
            session.add(member)
            places[member.id] = (team.id, position)
    for name in absent:
        members[name].absent = True
        session.add(members[name])
    place_many(store, session, places)  # flushes the answers above first, then one UPDATE
    return [{person["name"]: members[person["name"]].id for person in entry["members"]} for entry in entries]
