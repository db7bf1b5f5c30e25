"""The jurors of an event and their recusals, as the facilitator sets them up.

A juror has a name (unique in the event: the command line finds a kit by it), an optional organisation,
a place in the list and a token that is theirs for life (their key derives from it). While there are
jurors exactly one of them chairs: the first juror added, until another is made chair (which moves the
chair); removing the chair passes it to the first juror left.

A juror whose file has arrived (any juror file: in use, superseded, withdrawn or held after close) cannot
be removed: their scores are part of the record; withdraw their file instead. A recusal (the juror does
not score a team) can be added while that juror has no scores in use for that team.
"""

from __future__ import annotations

from sqlmodel import Session, select

from app.errors import DomainError
from app.jury.keys import new_token
from app.storage.store import Store, existing
from app.text import clean_line, column_limit
from db.models import Juror, JurorFile, Recusal, Score, ScoreSheet, Team


def jurors(store: Store, event_id: int) -> list[Juror]:
    with store.read() as session:
        return _jurors(session, event_id)


def recusals(store: Store, event_id: int) -> dict[tuple[int, int], str]:
    """{(juror id, team id): reason} of the event's recusals."""
    with store.read() as session:
        query = select(Recusal).join(Juror, Recusal.juror_id == Juror.id).where(Juror.event_id == event_id)
        return {(row.juror_id, row.team_id): row.reason for row in session.exec(query).all()}


def add_juror(store: Store, event_id: int, name: str, organisation: str = "") -> int:
    """A new juror at the end of the list (the first one chairs); their id."""
    name = _name(name)
    organisation = clean_line(organisation, column_limit(Juror.organisation), "juror_organisation")
    with store.write() as session:
        others = _jurors(session, event_id)
        _unique(name, others, None)
        juror = Juror(event_id=event_id, name=name, organisation=organisation, position=len(others),
                      chair=not others, token=new_token())
        session.add(juror)
        session.flush()
        return juror.id


def rename_juror(store: Store, juror_id: int, name: str) -> None:
    name = _name(name)
    with store.write() as session:
        juror = existing(session, Juror, juror_id, "juror")
        _unique(name, _jurors(session, juror.event_id), juror_id)
        juror.name = name


def set_organisation(store: Store, juror_id: int, organisation: str) -> None:
    organisation = clean_line(organisation, column_limit(Juror.organisation), "juror_organisation")
    with store.write() as session:
        existing(session, Juror, juror_id, "juror").organisation = organisation


def set_chair(store: Store, juror_id: int) -> None:
    """``juror_id`` chairs the jury; whoever chaired before no longer does."""
    with store.write() as session:
        juror = existing(session, Juror, juror_id, "juror")
        for other in _jurors(session, juror.event_id):
            if other.chair != (other.id == juror_id):
                other.chair = other.id == juror_id


def move_juror(store: Store, juror_id: int, offset: int) -> None:
    """Up (``offset`` -1) or down (+1) in the list; at either end nothing changes."""
    with store.write() as session:
        juror = existing(session, Juror, juror_id, "juror")
        rows = _jurors(session, juror.event_id)
        index = rows.index(juror)
        rows.insert(min(max(index + offset, 0), len(rows) - 1), rows.pop(index))
        _renumber(rows)


def remove_juror(store: Store, juror_id: int) -> None:
    """Remove a juror (and their recusals); refused once a file of theirs has arrived."""
    with store.write() as session:
        juror = existing(session, Juror, juror_id, "juror")
        if _file_of(session, juror_id):
            raise DomainError("juror_has_file", f"{juror.name}'s scores have arrived: withdraw their file instead of removing them",
                              name=juror.name)
        for recusal in session.exec(select(Recusal).where(Recusal.juror_id == juror_id)).all():
            session.delete(recusal)
        session.flush()  # the recusals first: the juror's own delete would take them with it (ON DELETE CASCADE)
        session.delete(juror)
        rest = [row for row in _jurors(session, juror.event_id) if row.id != juror_id]
        if juror.chair and rest:
            rest[0].chair = True
        _renumber(rest)


def set_recusal(store: Store, juror_id: int, team_id: int, recused: bool, reason: str = "") -> None:
    """The juror recuses from the team (``recused``) or no longer does. Refused to add once the
    juror's scores for that team are in use."""
    reason = clean_line(reason, column_limit(Recusal.reason), "recusal_reason")
    with store.write() as session:
        juror = existing(session, Juror, juror_id, "juror")
        team = existing(session, Team, team_id, "team")
        if team.event_id != juror.event_id:
            raise DomainError("team_missing", f"there is no team {team_id} in this event", team_id=team_id)
        row = session.exec(select(Recusal).where(Recusal.juror_id == juror_id, Recusal.team_id == team_id)).first()
        if not recused:
            if row is not None:
                session.delete(row)
            return
        if _scored(session, juror_id, team_id):
            raise DomainError("recusal_scored", f"{juror.name}'s scores for this team are in use: they can no longer recuse from it",
                              name=juror.name)
        if row is None:
            session.add(Recusal(juror_id=juror_id, team_id=team_id, reason=reason))
        elif row.reason != reason:
            row.reason = reason


def _name(name: str) -> str:
    return clean_line(name, column_limit(Juror.name), "juror_name", required=True)


def _unique(name: str, others: list[Juror], juror_id: int | None) -> None:
    if any(other.name.casefold() == name.casefold() and other.id != juror_id for other in others):
        raise DomainError("juror_name_duplicate", f"{name} is already a juror; use another name, e.g. with an initial", name=name)


def _jurors(session: Session, event_id: int) -> list[Juror]:
    return list(session.exec(select(Juror).where(Juror.event_id == event_id).order_by(Juror.position, Juror.id)).all())


def _renumber(rows: list[Juror]) -> None:
    for position, row in enumerate(rows):
        if row.position != position:
            row.position = position


def _file_of(session: Session, juror_id: int) -> bool:
    return session.exec(select(JurorFile.id).where(JurorFile.juror_id == juror_id).limit(1)).first() is not None


def _scored(session: Session, juror_id: int, team_id: int) -> bool:
    score = select(Score.id).where(Score.juror_id == juror_id, Score.team_id == team_id).limit(1)
    sheet = select(ScoreSheet.id).where(ScoreSheet.juror_id == juror_id, ScoreSheet.team_id == team_id).limit(1)
    return session.exec(score).first() is not None or session.exec(sheet).first() is not None
