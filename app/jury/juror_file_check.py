"""What a juror's scores must be before they count: the body of a signed juror file (or of a paper
sheet typed in twice) checked against this event's jurors, teams, recusals and current rubric.

A body that passes is a ``CheckedSheet``: every non-recused team once (scored on every criterion within
its scale, or marked not seen), no recused or unknown team, no unknown criterion, texts of sane size.
Anything else is a DomainError whose code and message name the team and criterion at fault.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from app.errors import DomainError
from app.jury.keys import event_ref, rubric_fingerprint
from app.text import clean_block
from db.models import Criterion, Juror, JurySetting, PitchSlot, Recusal, Team

TEXT_LIMIT = 4000  # characters of a note or of feedback for one team
MAX_REVISION = 10_000


@dataclass(frozen=True)
class TeamSheet:
    team_id: int
    not_seen: bool
    scores: dict[str, int]  # criterion key -> score (empty when not seen)
    note: str
    feedback: str


@dataclass(frozen=True)
class CheckedSheet:
    juror: Juror
    revision: int
    rubric_version: int
    finalised_at: datetime | None
    teams: list[TeamSheet]


@dataclass(frozen=True)
class EventJury:
    """What a juror file is checked against: read once per import."""

    setting: JurySetting
    ref: str
    fingerprint: str
    jurors: dict[str, Juror]  # by token
    criteria: list[Criterion]
    teams: dict[int, Team]
    expected: set[int]  # the teams a kit lists (the running order's, else every team), absent ones excluded
    recusals: dict[int, set[int]]  # juror id -> team ids

    def team_label(self, team_id: int) -> str:
        team = self.teams.get(team_id)
        if team is None:
            return f"team id {team_id}"
        plain = f"Team {team.number}"
        return plain + (f" ({team.name})" if team.name and team.name != plain else "")


def event_jury(session: Session, event_id: int) -> EventJury | None:
    """The event's jury as juror files are checked against it; None when no jury was set up (no secret)."""
    setting = session.exec(select(JurySetting).where(JurySetting.event_id == event_id)).first()
    if setting is None:
        return None
    jurors = list(session.exec(select(Juror).where(Juror.event_id == event_id)))
    criteria = sorted(session.exec(select(Criterion).where(Criterion.event_id == event_id)), key=lambda c: (c.position, c.id))
    teams = {team.id: team for team in session.exec(select(Team).where(Team.event_id == event_id))}
    slots = list(session.exec(select(PitchSlot).where(PitchSlot.event_id == event_id)))
    listed = {slot.team_id for slot in slots} if slots else set(teams)
    absent = {slot.team_id for slot in slots if slot.absent}
    recusals: dict[int, set[int]] = {juror.id: set() for juror in jurors}
    for recusal in session.exec(select(Recusal).where(Recusal.juror_id.in_([j.id for j in jurors]))):
        recusals[recusal.juror_id].add(recusal.team_id)
    return EventJury(setting, event_ref(setting.secret), rubric_fingerprint(criteria), {j.token: j for j in jurors},
                     criteria, teams, (listed & set(teams)) - absent, recusals)


def check_body(jury: EventJury, body: dict) -> CheckedSheet:
    """The juror's sheet in ``body`` (a verified juror file's, or a paper sheet's), or a DomainError."""
    if body.get("event_ref") != jury.ref:
        raise DomainError("juror_file_other_event", "it was made for another event")
    juror = jury.jurors.get(body.get("juror")) if isinstance(body.get("juror"), str) else None
    if juror is None:
        raise DomainError("juror_file_unknown_juror", "it was made by a juror this event does not know")
    _check_rubric(jury, body)
    revision = body.get("revision")
    if not _is_int(revision) or not 1 <= revision <= MAX_REVISION:
        raise _malformed("revision")
    teams = body.get("teams")
    if not isinstance(teams, list) or len(teams) > len(jury.teams) + 1:  # one more: a team listed twice is named as such
        raise _malformed("teams")
    sheets = [_team_sheet(jury, juror, entry) for entry in teams]
    _check_coverage(jury, juror, [sheet.team_id for sheet in sheets])
    return CheckedSheet(juror, revision, body["rubric_version"], _finalised(body.get("finalised_at")), sheets)


def _check_rubric(jury: EventJury, body: dict) -> None:
    version, now = body.get("rubric_version"), jury.setting.rubric_version
    if not _is_int(version):
        raise _malformed("rubric_version")
    if version < now:
        raise DomainError("juror_file_old_rubric", f"it was made for an earlier rubric (version {version}; now {now}): "
                          "the juror needs a new kit", version=version, now=now)
    if version != now or body.get("rubric_fingerprint") != jury.fingerprint:
        raise DomainError("juror_file_other_rubric", "it was made for a rubric that has changed since: the juror needs a new kit")


def _team_sheet(jury: EventJury, juror: Juror, entry: object) -> TeamSheet:
    if not isinstance(entry, dict) or not _is_int(entry.get("id")):
        raise _malformed("teams")
    team_id = entry["id"]
    if team_id not in jury.teams:
        raise DomainError("juror_file_unknown_team", f"it scores a team this event does not have (id {team_id})", team_id=team_id)
    team = jury.team_label(team_id)
    if team_id in jury.recusals[juror.id]:
        raise DomainError("juror_file_recused", f"it scores {team}, from which {juror.name} is recused", team=team, juror=juror.name)
    not_seen, scores = entry.get("not_seen", False), entry.get("scores")
    if not isinstance(not_seen, bool) or not isinstance(scores, dict):
        raise _malformed("teams", team)
    if not_seen and scores:
        raise DomainError("juror_file_not_seen_scored", f"it marks {team} not seen and scores it too", team=team)
    for key, value in scores.items():
        _check_score(jury, team, key, value)
    if not not_seen:
        missing = [c for c in jury.criteria if c.key not in scores]
        if missing:
            raise DomainError("juror_file_missing_score", f"{team} has no score for “{missing[0].title_en}” and is not marked not seen",
                              team=team, criterion=missing[0].title_en, criterion_nl=missing[0].title_nl)
    return TeamSheet(team_id, not_seen, dict(scores), _text(entry, "note", team), _text(entry, "feedback", team))


def _check_score(jury: EventJury, team: str, key: str, value: object) -> None:
    criterion = next((c for c in jury.criteria if c.key == key), None)
    if criterion is None:
        raise DomainError("juror_file_unknown_criterion", f"it scores {team} on a criterion the rubric does not have ({key})",
                          team=team, key=str(key)[:40])
    if not _is_int(value) or not criterion.min_score <= value <= criterion.max_score:
        shown = value if _is_int(value) else repr(value)[:20]
        raise DomainError("juror_file_out_of_scale", f"{team} has {shown} for “{criterion.title_en}”, outside its scale "
                          f"{criterion.min_score}–{criterion.max_score}", team=team, value=str(shown), criterion=criterion.title_en,
                          criterion_nl=criterion.title_nl, min=criterion.min_score, max=criterion.max_score)


def _check_coverage(jury: EventJury, juror: Juror, team_ids: list[int]) -> None:
    seen: set[int] = set()
    for team_id in team_ids:
        if team_id in seen:
            team = jury.team_label(team_id)
            raise DomainError("juror_file_team_twice", f"it lists {team} twice", team=team)
        seen.add(team_id)
    missing = sorted(jury.expected - jury.recusals[juror.id] - seen, key=lambda t: jury.teams[t].number)
    if missing:
        team = jury.team_label(missing[0])
        raise DomainError("juror_file_missing_team", f"it has nothing for {team} (not even “not seen”): was the kit older "
                          "than the team list?", team=team)


def _text(entry: dict, field: str, team: str) -> str:
    value = entry.get(field, "")
    if not isinstance(value, str):
        raise _malformed(field, team)
    try:
        return clean_block(value, TEXT_LIMIT, f"juror_{field}")
    except DomainError as error:
        raise DomainError("juror_file_text", f"the {field} for {team} cannot be stored: {error.message}", team=team,
                          field=field, reason=error.message) from error


def _finalised(value: object) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _malformed("finalised_at")
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise _malformed("finalised_at") from None
    return when if when.tzinfo is not None else None  # information only: a time without a zone is not kept


def _malformed(field: str, team: str = "") -> DomainError:
    where = f" ({team})" if team else ""
    return DomainError("juror_file_malformed", f"its “{field}” is not as a Staatsprint juror file has it{where}", field=field, team=team)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
