"""The jury chair's decisions: confirming the winners, reopening them, and breaking a tie.

``confirm_winners`` writes an Award per prize pool and place and stamps JurySetting.confirmed_at, in
one transaction. A podium that differs from the computed one needs a reason: it is kept on the Award
rows and in a JuryLog "podium_override" with both podiums. Without a reason it is refused and nothing
is written (``check_podiums``: the same refusals, before the chair is asked). ``undo_confirmation`` lets
the chair reopen with a reason (the awards go, the log keeps why).
``chair_breaks_tie`` records the chair's choice between two tied teams (JuryLog "tie_chair"), which
the results read (app/jury/results_data.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlmodel import Session, select

from app.errors import DomainError
from app.event.events import event_template, get_event
from app.jury.keys import setting
from app.storage.store import Store
from db.models import Award, JuryLog, JurySetting, Team
from db.types import utcnow

JURY_POOLS_EXCLUDED = ("race", "audience")  # awards the jury does not decide (the reveal writes them)


def computed_podiums(store: Store, event_id: int) -> dict[str, tuple[int, ...]]:
    """Each prize pool's computed podium (pools where no team is ranked are left out)."""
    from app.jury.results import jury_results

    template = event_template(get_event(store, event_id))
    return {r.pool_key: tuple(r.podium) for r in jury_results(store, event_id, template) if _ranked(r)}


def _ranked(result) -> bool:
    return any(team.rank is not None for team in result.teams)


def confirm_winners(store: Store, event_id: int, podiums: Mapping[str, Sequence[int]], reasons: Mapping[str, str],
                    computed: Mapping[str, Sequence[int]] | None = None) -> None:
    """Confirm ``podiums`` (pool key -> team ids, first place first) for every pool that has ranked teams.
    ``computed``: the podiums the chair was shown (read from the results when not given)."""
    computed = {key: tuple(teams) for key, teams in (computed_podiums(store, event_id) if computed is None else computed).items()}
    chosen = {key: tuple(teams) for key, teams in podiums.items()}
    check_podiums(chosen, reasons, computed)
    template = event_template(get_event(store, event_id))
    with store.write() as session:
        row = setting(session, event_id, template.jury)
        if row.confirmed_at is not None:
            raise DomainError("awards_confirmed", "the winners are confirmed already: reopen them first")
        _check_teams(session, event_id, chosen)
        for key, teams in chosen.items():
            reason = _reason_for(key, teams, computed[key], reasons)
            for place, team_id in enumerate(teams, start=1):
                session.add(Award(event_id=event_id, pool_key=key, place=place, team_id=team_id, reason=reason))
            if reason:
                session.add(JuryLog(event_id=event_id, kind="podium_override", reason=reason,
                                    detail={"pool": key, "computed": list(computed[key]), "chosen": list(teams)}))
        row.confirmed_at = utcnow()
        session.add(row)


def check_podiums(podiums: Mapping[str, Sequence[int]], reasons: Mapping[str, str], computed: Mapping[str, Sequence[int]]) -> None:
    """The refusals of ``confirm_winners`` that need no database (every prize chosen, no team twice, a
    reason for a changed podium), so the chair is told before being asked to confirm."""
    chosen = {key: tuple(teams) for key, teams in podiums.items()}
    _check_pools(chosen, {key: tuple(teams) for key, teams in computed.items()})
    for key, teams in chosen.items():
        _reason_for(key, teams, tuple(computed[key]), reasons)


def _check_pools(chosen: dict[str, tuple[int, ...]], computed: dict[str, tuple[int, ...]]) -> None:
    missing = sorted(set(computed) - set(chosen))
    if missing:
        raise DomainError("awards_pool_missing", f"choose the winners of every prize first ({', '.join(missing)})", pools=missing)
    unknown = sorted(set(chosen) - set(computed))
    if unknown:
        raise DomainError("awards_pool_unknown", f"no such prize to award: {', '.join(unknown)}", pools=unknown)
    for key, teams in chosen.items():
        if not teams:
            raise DomainError("awards_podium_empty", f"{key}: choose at least the winner", pool=key)
        if len(set(teams)) != len(teams):
            raise DomainError("awards_team_twice", f"{key}: a team can take only one place", pool=key)


def _check_teams(session: Session, event_id: int, chosen: dict[str, tuple[int, ...]]) -> None:
    wanted = {team for teams in chosen.values() for team in teams}
    found = set(session.exec(select(Team.id).where(Team.event_id == event_id, Team.id.in_(wanted))).all())
    if wanted - found:
        raise DomainError("team_missing", "this team no longer exists")


def _reason_for(key: str, teams: tuple[int, ...], computed: tuple[int, ...], reasons: Mapping[str, str]) -> str:
    """"" when the podium is the computed one; else the chair's reason, which must be given."""
    if teams == computed:
        return ""
    reason = (reasons.get(key) or "").strip()
    if not reason:
        raise DomainError("awards_reason_needed", f"{key}: this podium differs from the computed one: give the reason", pool=key)
    return reason


def awards(store: Store, event_id: int) -> list[Award]:
    """The confirmed awards (the jury's, the race's and the audience's), by pool and place."""
    with store.read() as session:
        return list(session.exec(select(Award).where(Award.event_id == event_id).order_by(Award.pool_key, Award.place)).all())


def confirmed_at(store: Store, event_id: int):
    """When the chair confirmed the winners, or None."""
    with store.read() as session:
        row = session.exec(select(JurySetting).where(JurySetting.event_id == event_id)).first()
        return None if row is None else row.confirmed_at


def undo_confirmation(store: Store, event_id: int, reason: str) -> None:
    """The chair reopens the winners, saying why: the jury's awards are removed, and the log keeps the
    reason and what was removed. Without a reason it is refused and nothing changes."""
    if not reason.strip():
        raise DomainError("awards_reopen_reason", "give the reason for reopening the winners (it is recorded)")
    with store.write() as session:
        row = session.exec(select(JurySetting).where(JurySetting.event_id == event_id)).first()
        if row is None or row.confirmed_at is None:
            raise DomainError("awards_not_confirmed", "the winners are not confirmed: there is nothing to reopen")
        removed = session.exec(select(Award).where(Award.event_id == event_id, Award.pool_key.not_in(JURY_POOLS_EXCLUDED))).all()
        detail = {"awards": [[a.pool_key, a.place, a.team_id] for a in removed]}
        for award in removed:
            session.delete(award)
        row.confirmed_at = None
        session.add(row)
        session.add(JuryLog(event_id=event_id, kind="reopened", reason=reason.strip(), detail=detail))


def chair_breaks_tie(store: Store, event_id: int, pool_key: str, teams: Sequence[int], first: int, reason: str) -> None:
    """The chair puts ``first`` before the other tied ``teams`` in ``pool_key``, with a reason: one
    JuryLog "tie_chair" per pair (detail {"pool", "teams": [a, b] sorted, "first"}), in one transaction."""
    tied = sorted(set(teams))
    if len(tied) < 2 or first not in tied:
        raise DomainError("tie_pair", "the chair chooses one of the tied teams")
    reason = reason.strip()
    if not reason:
        raise DomainError("tie_reason_empty", "give the reason for the chair's choice")
    template = event_template(get_event(store, event_id))
    with store.write() as session:
        if setting(session, event_id, template.jury).confirmed_at is not None:
            raise DomainError("awards_confirmed", "the winners are confirmed already: reopen them first")
        _check_teams(session, event_id, {pool_key: tuple(tied)})
        for other in (team for team in tied if team != first):
            session.add(JuryLog(event_id=event_id, kind="tie_chair", reason=reason,
                                detail={"pool": pool_key, "teams": sorted([first, other]), "first": first}))
