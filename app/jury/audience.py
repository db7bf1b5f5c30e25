"""The audience prize: every participant one vote, not for their own team, with a one-time code.

The facilitator makes the codes (one per member of the event's teams; again: only for members
without one) and hands them out on printed slips, opens the voting, and closes it. A vote is a code
and a team: refused when voting is not open, the code is unknown or used, the team is the voter's
own, or it is marked absent in the running order (it did not pitch). The vote is stored without its
code (the code is only marked used), so nobody can see who voted for whom. The tally stays hidden until voting is closed; a tie for the most votes is a
shared prize. Confirming the result records it as Award "audience" rows.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import func, update
from sqlalchemy import select as select_columns
from sqlmodel import Session, select

from app.day.template_jury import Jury
from app.errors import DomainError
from app.jury.keys import setting
from app.jury.reveal import AUDIENCE, SHARED
from app.storage.store import Store
from db.models import AudienceCode, AudienceVote, Award, JurySetting, Member, PitchSlot, Team

ALPHABET = "ACDEFHJKMNPRTUVWXY34679"  # no 0/O/Q, 1/I/L, 2/Z, 5/S, 8/B, G/6 look-alikes
CODE_LENGTH = 6
OFF, OPEN, CLOSED = "off", "open", "closed"


@dataclass(frozen=True)
class Slip:
    team_number: int
    team_name: str  # "" when the team has none
    member: str
    code: str


@dataclass(frozen=True)
class Tally:
    counts: list[tuple[int, int]]  # (team id, votes), most first, then in team order; every team of the event
    winners: list[int]  # every team with the most votes (more than one: a shared prize); none without votes
    cast: int

    @property
    def shared(self) -> bool:
        return len(self.winners) > 1


def normalised(code: str) -> str:
    """A code as typed (any case, spaces or dashes between) in its stored form."""
    return "".join(ch for ch in code.upper() if ch not in " -\t")


def state(store: Store, event_id: int) -> str:
    with store.read() as session:
        row = _setting(session, event_id)
    return row.audience if row is not None else OFF


def make_codes(store: Store, event_id: int, jury: Jury) -> int:
    """A code for every member of the event's teams who has none yet; how many were made. Refused
    once voting is closed."""
    with store.write() as session:
        if setting(session, event_id, jury).audience == CLOSED:
            raise DomainError("audience_closed", "the audience vote is closed")
        have = set(session.exec(select(AudienceCode.member_id).where(AudienceCode.event_id == event_id)).all())
        taken = set(session.exec(select(AudienceCode.code).where(AudienceCode.event_id == event_id)).all())
        members = session.exec(select(Member).join(Team, Member.team_id == Team.id).where(Team.event_id == event_id)
                               .order_by(Team.number, Member.position, Member.id)).all()
        made = 0
        for member in members:
            if member.id in have:
                continue
            code = _new_code(taken)
            taken.add(code)
            session.add(AudienceCode(event_id=event_id, member_id=member.id, team_id=member.team_id, code=code))
            made += 1
    return made


def _new_code(taken: set[str]) -> str:
    while True:
        code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
        if code not in taken:
            return code


def slips(store: Store, event_id: int) -> list[Slip]:
    """Every member's code, by team number, then in the team's order (for the printed slips)."""
    with store.read() as session:
        rows = session.exec(
            select(Team.number, Team.name, Member.name, AudienceCode.code)
            .join(Member, AudienceCode.member_id == Member.id).join(Team, Member.team_id == Team.id)
            .where(AudienceCode.event_id == event_id).order_by(Team.number, Member.position, Member.id)).all()
    return [Slip(number, name or "", member, code) for number, name, member, code in rows]


def open_voting(store: Store, event_id: int, jury: Jury) -> None:
    with store.write() as session:
        row = setting(session, event_id, jury)
        if row.audience == CLOSED:
            raise DomainError("audience_closed", "the audience vote is closed")
        if not session.exec(select(AudienceCode.id).where(AudienceCode.event_id == event_id)).first():
            raise DomainError("audience_no_codes", "make the participants' codes first")
        row.audience = OPEN


def close_voting(store: Store, event_id: int) -> None:
    with store.write() as session:
        row = _setting(session, event_id)
        if row is None or row.audience != OPEN:
            raise DomainError("audience_not_open", "the audience vote is not open")
        row.audience = CLOSED


def voter_team(store: Store, event_id: int, code: str) -> int:
    """The team of the participant holding ``code`` (so the ballot can leave it out). Refused when
    voting is not open, or the code is unknown or used."""
    with store.read() as session:
        return _usable(session, event_id, normalised(code)).team_id


def cast_vote(store: Store, event_id: int, code: str, team_id: int) -> None:
    """One vote for ``team_id`` with ``code``, in one transaction: the code is marked used and the
    vote stored without it."""
    code = normalised(code)
    with store.write() as session:
        row = _usable(session, event_id, code)
        team = session.get(Team, team_id)
        if team is None or team.event_id != event_id:
            raise DomainError("team_missing", f"there is no team {team_id}", team_id=team_id)
        if team_id == row.team_id:
            raise DomainError("audience_own_team", "a participant cannot vote for their own team")
        if session.exec(select(PitchSlot.id).where(PitchSlot.team_id == team_id, PitchSlot.absent == True)).first() is not None:  # noqa: E712
            raise DomainError("audience_team_absent", "this team did not pitch (absent): it cannot be voted for")
        marked = store.execute(session, update(AudienceCode).where(
            AudienceCode.id == row.id, AudienceCode.used.is_(False)).values(used=True))
        if not marked:  # used meanwhile, on another laptop
            raise DomainError("audience_code_used", "this code has already voted")
        session.add(AudienceVote(event_id=event_id, team_id=team_id))


def _usable(session: Session, event_id: int, code: str) -> AudienceCode:
    row = _setting(session, event_id)
    if row is None or row.audience != OPEN:
        raise DomainError("audience_not_open", "the audience vote is not open")
    found = session.exec(select(AudienceCode).where(AudienceCode.event_id == event_id, AudienceCode.code == code)).first()
    if found is None:
        raise DomainError("audience_code_unknown", f"there is no code {code!r}", typed=code)
    if found.used:
        raise DomainError("audience_code_used", "this code has already voted")
    return found


def votes_cast(store: Store, event_id: int) -> int:
    """How many have voted (not for whom: that stays hidden until voting closes)."""
    with store.read() as session:
        return session.execute(select_columns(func.count()).select_from(AudienceVote)
                               .where(AudienceVote.event_id == event_id)).scalar_one()


def tally(store: Store, event_id: int) -> Tally:
    """The votes per team and the winners. Refused until voting is closed."""
    with store.read() as session:
        row = _setting(session, event_id)
        if row is None or row.audience != CLOSED:
            raise DomainError("audience_tally_hidden", "the tally is shown once the audience vote is closed")
        teams = session.exec(select(Team.id).where(Team.event_id == event_id).order_by(Team.number)).all()
        votes = dict(session.execute(select_columns(AudienceVote.team_id, func.count()).where(AudienceVote.event_id == event_id)
                                     .group_by(AudienceVote.team_id)).all())
    counts = sorted(((team, votes.get(team, 0)) for team in teams), key=lambda pair: -pair[1])
    most = counts[0][1] if counts else 0
    return Tally(counts, [team for team, count in counts if most and count == most], sum(votes.values()))


def confirm_audience(store: Store, event_id: int) -> list[int]:
    """Record the audience prize's winners as Award "audience" rows (a shared prize: places 1, 2, …
    each with the reason "shared"), replacing any recorded before; the winners."""
    result = tally(store, event_id)
    if not result.winners:
        raise DomainError("audience_no_votes", "nobody voted: there is no audience prize to confirm")
    with store.write() as session:
        for old in session.exec(select(Award).where(Award.event_id == event_id, Award.pool_key == AUDIENCE)).all():
            session.delete(old)
        session.flush()
        for place, team_id in enumerate(result.winners, start=1):
            session.add(Award(event_id=event_id, pool_key=AUDIENCE, place=place, team_id=team_id,
                              reason=SHARED if result.shared else ""))
    return result.winners


def confirmed(store: Store, event_id: int) -> list[int]:
    """The audience prize's recorded winners (none before confirming)."""
    with store.read() as session:
        return list(session.exec(select(Award.team_id).where(Award.event_id == event_id, Award.pool_key == AUDIENCE)
                                 .order_by(Award.place)).all())


def _setting(session: Session, event_id: int) -> JurySetting | None:
    return session.exec(select(JurySetting).where(JurySetting.event_id == event_id)).first()
