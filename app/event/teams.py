"""Teams, their members, kennismaking answers and roles.

Every function is one user action and one committed transaction. Views read a
``TeamView`` snapshot, so they never hold a database session.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import update
from sqlmodel import Session, select

from app.day.template import Template
from app.errors import DomainError
from app.storage.store import Store, existing
from app.text import LONG_TEXT_MAX, clean_block, clean_line, column_limit, initials
from db.models import (
    Challenge,
    Member,
    Note,
    PitchTask,
    Selection,
    StepState,
    Team,
    TeamRole,
    Vote,
)


@dataclass(frozen=True)
class MemberView:
    id: int
    name: str
    kennismaking: dict[str, str]
    roles: tuple[str, ...]  # role keys, in the template's order
    absent: bool = False  # marked absent today: in the team, but not voting

    @property
    def initials(self) -> str:
        return initials(self.name)


@dataclass(frozen=True)
class TeamView:
    id: int
    number: int
    name: str | None
    challenge_key: str | None
    current_step: str | None
    members: tuple[MemberView, ...]
    roles: dict[str, int] = field(default_factory=dict)  # role key -> member id

    def label(self, fallback: str) -> str:
        """The team's name, or e.g. 'Team 3' while it has none."""
        return self.name or f"{fallback} {self.number}"

    def holder(self, role_key: str) -> MemberView | None:
        member_id = self.roles.get(role_key)
        return next((m for m in self.members if m.id == member_id), None)


def add_team(store: Store, event_id: int, challenge_key: str | None, name: str | None = None) -> int:
    with store.write() as session:
        challenge_id = _challenge_id(session, event_id, challenge_key)
        numbers = session.exec(select(Team.number).where(Team.event_id == event_id)).all()
        team = Team(event_id=event_id, challenge_id=challenge_id, number=max(numbers, default=0) + 1)
        team.name = _team_name(name or "") or None
        session.add(team)
        session.flush()
        return team.id


def set_team_name(store: Store, team_id: int, name: str) -> None:
    with store.write() as session:
        team = _team(session, team_id)
        team.name = _team_name(name) or None
        session.add(team)


def set_team_challenge(store: Store, team_id: int, challenge_key: str | None) -> None:
    with store.write() as session:
        team = _team(session, team_id)
        team.challenge_id = _challenge_id(session, team.event_id, challenge_key)
        session.add(team)


def add_member(store: Store, team_id: int, name: str, kennismaking: dict[str, str] | None = None) -> int:
    with store.write() as session:
        team = _team(session, team_id)
        clean = _member_name(session, team_id, name, member_id=None)
        positions = session.exec(select(Member.position).where(Member.team_id == team_id)).all()
        member = Member(
            event_id=team.event_id,
            team_id=team_id,
            position=max(positions, default=-1) + 1,
            name=clean,
            kennismaking=clean_answers(kennismaking or {}),
        )
        session.add(member)
        session.flush()
        return member.id


def rename_member(store: Store, member_id: int, name: str) -> None:
    with store.write() as session:
        member = _member(session, member_id)
        clean = _member_name(session, member.team_id, name, member_id=member_id)
        if clean != member.name:
            member.name = clean
            session.add(member)
            # a note's kept name is its author's current one: one statement for all their notes
            store.execute(session, update(Note).where(Note.author_id == member_id).values(author_name=clean))


def set_kennismaking(store: Store, member_id: int, answers: dict[str, str]) -> None:
    """Store a member's kennismaking answers (blank answers are dropped)."""
    with store.write() as session:
        member = _member(session, member_id)
        clean = clean_answers(answers)
        if clean != member.kennismaking:
            member.kennismaking = clean
            session.add(member)


@dataclass(frozen=True)
class Removal:
    """What removing a member does to their work; the dialog says it before it happens.

    Their notes stay, with their name. A vote already revealed (or decided) happened: their
    dots in it stay counted, with their name. In a vote still open their dots are taken back,
    as if they had not voted yet; the others vote on without them.
    """

    notes: int
    dots_kept: int
    dots_taken_back: int


def removal(store: Store, member_id: int) -> Removal:
    with store.read() as session:
        member = _member(session, member_id)
        closed = _closed_votes(session, member.team_id)
        votes = _votes_of(session, member_id)
        notes = _notes_of(session, member_id)
    return Removal(
        notes=len(notes),
        dots_kept=sum(v.dots for v in votes if v.step_key in closed),
        dots_taken_back=sum(v.dots for v in votes if v.step_key not in closed),
    )


def remove_member(store: Store, member_id: int) -> None:
    """Remove a member and their roles; their notes and closed votes keep their name (see ``Removal``)."""
    with store.write() as session:
        member = _member(session, member_id)
        leave_team(store, session, member)
        session.delete(member)


def leave_team(store: Store, session: Session, member: Member) -> None:
    """What leaving their team does to a member's part in it (inside ``store``'s write ``session``),
    by the rules of ``Removal``: their roles and pitch tasks there go, their notes keep their name,
    their dots in a closed vote stay under their name, in an open vote they are taken back."""
    member_id = member.id
    for row in session.exec(select(TeamRole).where(TeamRole.member_id == member_id)).all():
        session.delete(row)
    for row in session.exec(select(PitchTask).where(PitchTask.member_id == member_id)).all():
        session.delete(row)
    store.execute(session, update(Note).where(Note.author_id == member_id).values(author_id=None, author_name=member.name))
    store.execute(session, update(Selection).where(Selection.decided_by_id == member_id).values(decided_by_id=None))
    closed = _closed_votes(session, member.team_id)
    for vote in _votes_of(session, member_id):
        if vote.step_key in closed:
            vote.voter_id, vote.voter_name = None, member.name
            session.add(vote)
        else:
            session.delete(vote)
    session.flush()  # their rows first: the database would otherwise change them under the ORM


def _notes_of(session: Session, member_id: int) -> list[Note]:
    return list(session.exec(select(Note).where(Note.author_id == member_id)).all())


def _votes_of(session: Session, member_id: int) -> list[Vote]:
    return list(session.exec(select(Vote).where(Vote.voter_id == member_id)).all())


def _closed_votes(session: Session, team_id: int) -> set[str]:
    """The team's vote steps that are over: revealed, or decided."""
    revealed = session.exec(
        select(StepState.step_key).where(StepState.team_id == team_id, StepState.revealed_at.is_not(None))
    ).all()
    decided = session.exec(select(Selection.step_key).where(Selection.team_id == team_id)).all()
    return set(revealed) | set(decided)


def set_role(store: Store, team_id: int, role_key: str, member_id: int | None, template: Template) -> None:
    """Give ``role_key`` to a member of the team, or leave it open with ``None``."""
    _known_role(template, role_key)
    with store.write() as session:
        if member_id is not None and _member(session, member_id).team_id != team_id:
            raise DomainError("member_other_team", "that member is in another team")
        current = session.exec(
            select(TeamRole).where(TeamRole.team_id == team_id, TeamRole.role_key == role_key)
        ).first()
        if current is not None and member_id is None:
            session.delete(current)
        elif current is not None:
            current.member_id = member_id
            session.add(current)
        elif member_id is not None:
            session.add(TeamRole(team_id=team_id, role_key=role_key, member_id=member_id))


# -- a whole team at once (the demo event: rows for one insert per table) ---------
def new_team(event_id: int, challenge_id: int | None, number: int, name: str | None) -> Team:
    """A team row as ``add_team`` makes it, for a caller that numbers the teams itself."""
    return Team(event_id=event_id, challenge_id=challenge_id, number=number, name=_team_name(name or "") or None)


def new_members(event_id: int, team_id: int | None, people: list[tuple[str, dict[str, str]]]) -> list[Member]:
    """The member rows of a new team, in order, with the checks of ``add_member``."""
    names: list[str] = []
    for name, _answers in people:
        names.append(_new_name(name, names))
    return [Member(event_id=event_id, team_id=team_id, position=position, name=clean, kennismaking=clean_answers(answers))
            for position, (clean, (_name, answers)) in enumerate(zip(names, people))]


def new_role(template: Template, team_id: int, role_key: str, member_id: int) -> TeamRole:
    """A role row of a new team (its member one of the team's), with the check of ``set_role``."""
    _known_role(template, role_key)
    return TeamRole(team_id=team_id, role_key=role_key, member_id=member_id)


def team_views(store: Store, event_id: int, template: Template) -> list[TeamView]:
    """Every team of the event with its members and roles, in team order."""
    with store.read() as session:
        teams = session.exec(select(Team).where(Team.event_id == event_id).order_by(Team.number)).all()
        team_ids = [t.id for t in teams]
        members = session.exec(
            select(Member).where(Member.team_id.in_(team_ids)).order_by(Member.position, Member.id)
        ).all()
        roles = session.exec(select(TeamRole).where(TeamRole.team_id.in_(team_ids))).all()
        challenge_keys = dict(session.exec(select(Challenge.id, Challenge.key)).all())
    order = [r.key for r in template.roles]
    views = []
    for team in teams:
        team_roles = {r.role_key: r.member_id for r in roles if r.team_id == team.id}
        member_views = tuple(
            MemberView(
                id=m.id,
                name=m.name,
                kennismaking=dict(m.kennismaking or {}),
                roles=tuple(k for k in order if team_roles.get(k) == m.id),
                absent=m.absent,
            )
            for m in members
            if m.team_id == team.id
        )
        views.append(
            TeamView(
                id=team.id,
                number=team.number,
                name=team.name,
                challenge_key=challenge_keys.get(team.challenge_id),
                current_step=team.current_step,
                members=member_views,
                roles=team_roles,
            )
        )
    return views


def team_view(store: Store, event_id: int, team_id: int, template: Template) -> TeamView:
    for view in team_views(store, event_id, template):
        if view.id == team_id:
            return view
    raise DomainError("team_missing", f"there is no team {team_id}", team_id=team_id)


# -- checks ------------------------------------------------------------------
def clean_name(name: str) -> str:
    """A name as stored: inner runs of spaces folded, ends trimmed."""
    return " ".join(name.split())


def _member_name(session: Session, team_id: int, name: str, member_id: int | None) -> str:
    others = session.exec(select(Member).where(Member.team_id == team_id)).all()
    return _new_name(name, [m.name for m in others if m.id != member_id])


def _new_name(name: str, others: list[str]) -> str:
    """A member's name as stored, refused when another member of the team has it."""
    clean = clean_line(name, column_limit(Member.name), "member_name", required=True)
    if any(other.casefold() == clean.casefold() for other in others):
        raise DomainError("member_name_duplicate", f"{clean!r} is already in this team", name=clean)
    return clean


def _known_role(template: Template, role_key: str) -> None:
    try:
        template.role(role_key)
    except KeyError:
        raise DomainError("role_unknown", f"there is no role {role_key!r}", role=role_key) from None


def _team_name(name: str) -> str:
    return clean_line(name, column_limit(Team.name), "team_name")


def clean_answers(answers: dict[str, str]) -> dict[str, str]:
    """Answers (kennismaking, knelpunt) as stored: checked (a refusal's ``key`` param names the
    answer), trimmed, blank ones left out."""
    clean = {}
    for key, value in answers.items():
        try:
            clean[key] = clean_block(value or "", LONG_TEXT_MAX, "answer")
        except DomainError as error:
            error.params["key"] = key
            raise
    return {key: value for key, value in clean.items() if value}


def _team(session: Session, team_id: int) -> Team:
    return existing(session, Team, team_id, "team")


def _member(session: Session, member_id: int) -> Member:
    return existing(session, Member, member_id, "member")


def _challenge_id(session: Session, event_id: int, challenge_key: str | None) -> int | None:
    if challenge_key is None:
        return None
    challenge = session.exec(
        select(Challenge).where(Challenge.event_id == event_id, Challenge.key == challenge_key)
    ).first()
    if challenge is None:
        raise DomainError("challenge_unknown", f"there is no challenge {challenge_key!r}", challenge=challenge_key)
    return challenge.id
