"""A juror's paper sheet, typed in by the facilitator twice: the second entry must match the first
(every score and "not seen"; a comment only where the second pass gives one). A match is stored as
the juror's next revision, source "paper", checked and put in use exactly like a juror file. The
juror's own signed file with that revision number, arriving later, takes the number over and
replaces the typed copy (app/jury/revisions.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import select

from app.errors import DomainError
from app.jury import merge_report as report
from app.jury.juror_file_check import EventJury, check_body, event_jury
from app.jury.merge_report import FileOutcome
from app.jury.revisions import place_revision
from app.signed.sealed import digest
from app.storage.store import Store
from db.models import JurorFile, PitchSlot
from db.types import utcnow

NOT_SEEN, NOTE, FEEDBACK = "not_seen", "note", "feedback"
_DUTCH = {NOTE: "notitie", FEEDBACK: "feedback"}


@dataclass(frozen=True)
class PaperTeam:
    team_id: int
    label: str  # "team 3 (De Datadokters)"


@dataclass(frozen=True)
class PaperCriterion:
    key: str
    title_nl: str
    title_en: str
    min: int
    max: int


@dataclass(frozen=True)
class PaperForm:
    """What the facilitator types: the juror's teams (running order, recusals and absent teams left
    out) × the criteria."""

    juror_id: int
    juror_name: str
    teams: list[PaperTeam]
    criteria: list[PaperCriterion]


@dataclass
class TeamEntry:
    not_seen: bool = False
    scores: dict[str, int | None] = field(default_factory=dict)  # None: left empty
    note: str = ""
    feedback: str = ""


@dataclass(frozen=True)
class Mismatch:
    team_id: int
    field: str  # a criterion key, or NOT_SEEN, NOTE, FEEDBACK
    team: str
    what: str  # the criterion's English title, or the field's name
    what_nl: str


def paper_form(store: Store, event_id: int, juror_id: int) -> PaperForm:
    with store.read() as session:
        jury = _jury(event_jury(session, event_id))
        juror = next((j for j in jury.jurors.values() if j.id == juror_id), None)
        if juror is None:
            raise DomainError("juror_missing", "this juror no longer exists")
        slots = {s.team_id: (s.room, s.position) for s in session.exec(select(PitchSlot).where(PitchSlot.event_id == event_id))}
    teams = sorted(jury.expected - jury.recusals[juror.id], key=lambda t: (slots.get(t, ("", 0)), jury.teams[t].number))
    return PaperForm(juror.id, juror.name, [PaperTeam(t, jury.team_label(t)) for t in teams],
                     [PaperCriterion(c.key, c.title_nl, c.title_en, c.min_score, c.max_score) for c in jury.criteria])


def mismatches(form: PaperForm, first: dict[int, TeamEntry], second: dict[int, TeamEntry]) -> list[Mismatch]:
    """Where the second entry differs from the first, in the form's order."""
    found = []
    for team in form.teams:
        one, two = first.get(team.team_id, TeamEntry()), second.get(team.team_id, TeamEntry())
        if one.not_seen != two.not_seen:
            found.append(Mismatch(team.team_id, NOT_SEEN, team.label, "not seen", "niet gezien"))
        elif not one.not_seen:
            found += [Mismatch(team.team_id, c.key, team.label, c.title_en, c.title_nl) for c in form.criteria
                      if one.scores.get(c.key) != two.scores.get(c.key)]
        for name in (NOTE, FEEDBACK):
            again = getattr(two, name).strip()
            if again and again != getattr(one, name).strip():
                found.append(Mismatch(team.team_id, name, team.label, name, _DUTCH[name]))
    return found


def store_paper_sheet(store: Store, event_id: int, juror_id: int, first: dict[int, TeamEntry],
                      second: dict[int, TeamEntry]) -> FileOutcome:
    """Both entries match: stored as the juror's next revision (source "paper") and applied like a file.
    A mismatch, or a sheet the rules refuse (a score out of scale, a criterion left empty), stores nothing."""
    form = paper_form(store, event_id, juror_id)
    differ = mismatches(form, first, second)
    if differ:
        one = differ[0]
        more = f" (and {len(differ) - 1} more)" if len(differ) > 1 else ""
        raise DomainError("paper_mismatch", f"the second entry differs from the first at {one.team}, {one.what}{more}: "
                          "nothing was stored", team=one.team, what=one.what, what_nl=one.what_nl, field=one.field, more=len(differ) - 1)
    with store.write() as session:
        jury = _jury(event_jury(session, event_id))
        juror = next(j for j in jury.jurors.values() if j.id == juror_id)
        revisions = session.exec(select(JurorFile.revision).where(JurorFile.juror_id == juror_id)).all()
        body = _body(jury, form, juror.token, juror.name, max(revisions, default=0) + 1, first)
        sheet = check_body(jury, body)
        placed = place_revision(store, session, jury, sheet, body, digest(body), "paper")
    name = f"paper sheet {juror.name}"
    if placed.outcome == "after_close":
        return report.held(name, juror.name, sheet.revision, placed.row.id)
    return report.accepted(name, juror.name, sheet.revision, placed.row.id, placed.replaces.revision if placed.replaces else None)


def _body(jury: EventJury, form: PaperForm, token: str, name: str, revision: int, entry: dict[int, TeamEntry]) -> dict:
    teams = []
    for team in form.teams:
        typed = entry.get(team.team_id, TeamEntry())
        scores = {} if typed.not_seen else {key: value for key, value in typed.scores.items() if value is not None}
        teams.append({"id": team.team_id, "not_seen": typed.not_seen, "scores": scores, "note": typed.note, "feedback": typed.feedback})
    return {"event_ref": jury.ref, "rubric_fingerprint": jury.fingerprint, "rubric_version": jury.setting.rubric_version,
            "juror": token, "juror_name": name, "revision": revision, "finalised_at": utcnow().isoformat(), "teams": teams}


def _jury(jury: EventJury | None) -> EventJury:
    if jury is None:
        raise DomainError("jury_not_set_up", "this event has no jury yet: set up the jurors first")
    return jury
