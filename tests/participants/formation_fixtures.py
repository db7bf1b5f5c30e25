"""An event with registered participants, and a snapshot of what formation may change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import select

from app.event.events import create_event
from app.paths import template_path
from app.storage.store import Store, insert_many
from db.models import Challenge, Member, Team

SOURCE = template_path("staatsprint").read_text(encoding="utf-8")
ORGANISATIONS = ["Belastingdienst", "Gemeente Utrecht", "RVO", "UWV", "Rijkswaterstaat"]
TITLES = ["Beleidsmedewerker", "Jurist", "Data-analist", "Projectleider"]


@dataclass
class Registered:
    store: Store
    event_id: int

    def add(self, name: str, challenge: str | None = "markt_overheid", organisation: str = "", job_title: str = "",
            absent: bool = False, email: str = "") -> int:
        with self.store.write() as session:
            member = Member(event_id=self.event_id, position=0, name=name, organisation=organisation, job_title=job_title,
                            challenge_pref=challenge, absent=absent, email=email)
            session.add(member)
            session.flush()
            return member.id

    def add_many(self, count: int, challenge: str | None = "markt_overheid", start: int = 1) -> None:
        rows = [Member(event_id=self.event_id, position=i, name=f"Deelnemer {i}", challenge_pref=challenge,
                       organisation=ORGANISATIONS[i % 3 and i % len(ORGANISATIONS)],  # a third: Belastingdienst
                       job_title=TITLES[i % len(TITLES)],
                       email=f"deelnemer{i}@example.nl")
                for i in range(start, start + count)]
        with self.store.write() as session:
            insert_many(self.store, session, rows)

    def members(self) -> list[Member]:
        with self.store.read() as session:
            return list(session.exec(select(Member).where(Member.event_id == self.event_id).order_by(Member.id)).all())

    def teams(self) -> list[Team]:
        with self.store.read() as session:
            return list(session.exec(select(Team).where(Team.event_id == self.event_id).order_by(Team.number)).all())

    def team_of(self, member_id: int) -> int | None:
        return next(m.team_id for m in self.members() if m.id == member_id)

    def in_team(self, team_id: int) -> list[str]:
        return [m.name for m in sorted(self.members(), key=lambda m: m.position) if m.team_id == team_id]

    def challenge_of(self, team: Team) -> str | None:
        with self.store.read() as session:
            return session.exec(select(Challenge.key).where(Challenge.id == team.challenge_id)).first()

    def state(self) -> tuple:
        """Everything formation may change, to compare before and after a refusal."""
        members = tuple((m.id, m.team_id, m.position, m.name, m.absent, m.challenge_pref, m.email, m.version)
                        for m in self.members())
        teams = tuple((t.id, t.number, t.challenge_id, t.name, t.room, t.version) for t in self.teams())
        return members, teams


def registered(store: Store) -> Registered:
    return Registered(store, create_event(store, SOURCE, date(2026, 3, 11)))
