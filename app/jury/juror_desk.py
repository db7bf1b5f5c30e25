"""The juror's desk: a jury kit opened on the juror's own laptop — no database, no network.

``open_kit(path, data_dir)`` verifies the kit, takes the laptop's lock on it (a second running app is
refused with ``kit_in_use``; a lock left by a killed app is taken over) and resumes what was given
before: every change is written at once, atomically, to ``<data_dir>/jury/<event ref>-<token>.json``,
so a kill loses nothing given and opening the kit again later continues the same scores.

What the desk offers (team ids and criterion keys as in the kit):
- ``teams`` in running order (recused ones included, ``recused`` True), ``scorable`` (without them),
  ``criteria``; ``state(team)`` one of SCORED, NOT_SEEN, PARTIAL, OPEN, RECUSED;
- ``value``/``set_value``/``clear_value`` (an integer within the criterion's scale), ``not_seen``/
  ``set_not_seen``, ``note``/``set_note`` (private, for the jury), ``feedback``/``set_feedback`` (for the team);
- ``weighted(team)``: the weighted score over the criteria scored so far (a Fraction, None before any);
- ``ranking()``: the juror's own ranking of the fully scored teams; ``missing()``: what is still open;
- ``finalise(folder)`` writes the signed juror file (revision 1, 2, …) and closes editing until
  ``new_revision()``; ``current``/``set_current``: the team in view, remembered; ``close()`` frees the kit.
A refused change raises DomainError and changes nothing, on screen or on disk.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from fractions import Fraction
from pathlib import Path

from app.errors import DomainError
from app.export.files import write_atomically
from app.jury import juror_file
from app.jury.desk_lock import DeskLock
from app.jury.keys import JUROR_FILE
from app.jury.kit_reader import Kit, KitCriterion, KitTeam, read_kit
from app.signed.sealed import SealError, read_sealed_file, seal
from app.text import LONG_TEXT_MAX, clean_block

SCORED, NOT_SEEN, PARTIAL, OPEN, RECUSED = "scored", "not_seen", "partial", "open", "recused"


@dataclass(frozen=True)
class Ranked:
    rank: int  # 1 = best; equal scores share the better rank
    team: KitTeam
    score: Fraction


def open_kit(path: Path | str, data_dir: Path | str) -> JurorDesk:
    """The desk for the kit at ``path``, its scores kept under ``data_dir``."""
    return JurorDesk(read_kit(path), Path(data_dir), Path(path))


def team_label(team: KitTeam) -> str:
    """"Team 3 Bits & Banen"; a team without a name of its own is "Team 2", said once."""
    plain = f"Team {team.number}"
    return plain if team.name.strip() in ("", plain) else f"{plain} {team.name.strip()}"


class JurorDesk:
    def __init__(self, kit: Kit, data_dir: Path, kit_path: Path | None = None) -> None:
        if all(team.recused for team in kit.teams):
            raise DomainError("kit_no_teams", "this kit has no team for you to score (none yet, or you recused from every one)")
        self.kit = kit
        self.kit_path = kit_path
        folder = data_dir / "jury"
        folder.mkdir(parents=True, exist_ok=True)
        self.state_path = folder / f"{kit.event_ref}-{kit.token}.json"
        self._lock = DeskLock(folder / f"{kit.event_ref}-{kit.token}.lock")
        self._lock.take()
        try:
            self._state = self._load()
        except BaseException:
            self._lock.release()
            raise

    # -- the kit ---------------------------------------------------------------
    @property
    def teams(self) -> tuple[KitTeam, ...]:
        return self.kit.teams

    @property
    def scorable(self) -> list[KitTeam]:
        return [team for team in self.kit.teams if not team.recused]

    @property
    def criteria(self) -> tuple[KitCriterion, ...]:
        return self.kit.criteria

    def team(self, team_id: int) -> KitTeam:
        team = next((t for t in self.kit.teams if t.id == team_id), None)
        if team is None:
            raise DomainError("kit_team_unknown", f"the kit has no team {team_id}", team=team_id)
        return team

    # -- reading ---------------------------------------------------------------
    def value(self, team_id: int, key: str) -> int | None:
        return self._sheet(team_id)["scores"].get(key)

    def not_seen(self, team_id: int) -> bool:
        return self._sheet(team_id)["not_seen"]

    def note(self, team_id: int) -> str:
        return self._sheet(team_id)["note"]

    def feedback(self, team_id: int) -> str:
        return self._sheet(team_id)["feedback"]

    def state(self, team_id: int) -> str:
        if self.team(team_id).recused:
            return RECUSED
        if self.not_seen(team_id):
            return NOT_SEEN
        given = sum(1 for c in self.criteria if self.value(team_id, c.key) is not None)
        return SCORED if given == len(self.criteria) else PARTIAL if given else OPEN

    def weighted(self, team_id: int) -> Fraction | None:
        """Σ weight·value / Σ weight over the criteria scored so far (None before the first)."""
        given = [(c.weight, self.value(team_id, c.key)) for c in self.criteria if self.value(team_id, c.key) is not None]
        if not given:
            return None
        return Fraction(sum(w * v for w, v in given), sum(w for w, _ in given))

    def ranking(self) -> list[Ranked]:
        scored = [(self.weighted(t.id), t) for t in self.scorable if self.state(t.id) == SCORED]
        scored.sort(key=lambda pair: (-pair[0], pair[1].position, pair[1].number))
        ranked: list[Ranked] = []
        for index, (score, team) in enumerate(scored):
            rank = ranked[-1].rank if ranked and ranked[-1].score == score else index + 1
            ranked.append(Ranked(rank, team, score))
        return ranked

    def missing(self) -> list[tuple[KitTeam, list[KitCriterion]]]:
        """Each team still to score (neither fully scored nor not seen) with its open criteria."""
        return [(t, [c for c in self.criteria if self.value(t.id, c.key) is None])
                for t in self.scorable if self.state(t.id) in (PARTIAL, OPEN)]

    @property
    def finalised(self) -> bool:
        return self._state["finalised"]

    @property
    def revision(self) -> int:
        """The last revision written (0: none yet)."""
        return self._state["revision"]

    @property
    def last_file(self) -> Path | None:
        return Path(self._state["last_file"]) if self._state["last_file"] else None

    @property
    def current(self) -> int | None:
        return self._state["current"]

    # -- changing --------------------------------------------------------------
    def set_value(self, team_id: int, key: str, value: int) -> None:
        criterion = self._criterion(key)
        self._editable(team_id)
        if self.not_seen(team_id):
            raise DomainError("team_not_seen", f"{team_label(self.team(team_id))} is marked not seen; untick that to score it",
                              team=team_label(self.team(team_id)))
        if not isinstance(value, int) or isinstance(value, bool) or not criterion.min <= value <= criterion.max:
            raise DomainError("score_out_of_scale", f"{value} is outside the scale of {criterion.title['en']} ({criterion.min}-{criterion.max})",
                              value=str(value), min=criterion.min, max=criterion.max, criterion=criterion.key)
        self._change(team_id, lambda sheet: sheet["scores"].__setitem__(key, value))

    def clear_value(self, team_id: int, key: str) -> None:
        self._criterion(key)
        self._editable(team_id)
        self._change(team_id, lambda sheet: sheet["scores"].pop(key, None))

    def set_not_seen(self, team_id: int, not_seen: bool) -> None:
        self._editable(team_id)
        self._change(team_id, lambda sheet: sheet.__setitem__("not_seen", bool(not_seen)))

    def set_note(self, team_id: int, text: str) -> None:
        self._editable(team_id)
        clean = clean_block(text, LONG_TEXT_MAX, "juror_note")
        self._change(team_id, lambda sheet: sheet.__setitem__("note", clean))

    def set_feedback(self, team_id: int, text: str) -> None:
        self._editable(team_id)
        clean = clean_block(text, LONG_TEXT_MAX, "juror_feedback")
        self._change(team_id, lambda sheet: sheet.__setitem__("feedback", clean))

    def set_current(self, team_id: int) -> None:
        """Remember the team in view (also while finalised: it is where the juror was, not a score)."""
        self.team(team_id)
        state = copy.deepcopy(self._state)
        state["current"] = team_id
        self._save(state)

    # -- finalising ------------------------------------------------------------
    def finalise(self, folder: Path | str, name: str | None = None) -> Path:
        """Write the signed juror file into ``folder`` (as ``name``, default ``Juryscores <Name> r<n>.json``)
        and close editing. Refused while a team is still to score (named) or when already finalised."""
        if self.finalised:
            raise DomainError("juror_finalised", "the scores are finalised; start a new revision to change them")
        self.check_complete()
        folder = Path(folder)
        revision = max(self.revision, self._revision_in(folder)) + 1
        body = self._body(revision)
        path = folder / (name or juror_file.file_name(self.kit.juror_name, revision))
        data = seal(JUROR_FILE, body, self.kit.key)
        write_atomically(path, lambda out: out.write(data))
        state = copy.deepcopy(self._state)
        state.update(finalised=True, revision=revision, last_file=str(path))
        self._save(state)
        return path

    def new_revision(self) -> None:
        """Open the finalised scores for editing again; the next finalise writes the next revision."""
        if not self.finalised:
            return
        state = copy.deepcopy(self._state)
        state["finalised"] = False
        self._save(state)

    def close(self) -> None:
        """Free the kit for another window (everything given is on disk already)."""
        self._lock.release()

    # -- inside ----------------------------------------------------------------
    def check_complete(self) -> None:
        """Raise ``finalise_incomplete`` naming every team still to score (neither fully scored nor not seen)."""
        open_teams = self.missing()
        if not open_teams:
            return
        parts = [f"{team_label(team)} ({len(criteria)} of {len(self.criteria)} criteria open)" for team, criteria in open_teams]
        raise DomainError("finalise_incomplete", "not finalised: score or mark as not seen " + "; ".join(parts),
                          teams=[(team_label(team), len(criteria)) for team, criteria in open_teams],
                          criteria=len(self.criteria), count=len(open_teams))

    def _body(self, revision: int) -> dict:
        teams = [{"id": t.id, "not_seen": self.not_seen(t.id), "scores": dict(self._sheet(t.id)["scores"]),
                  "note": self.note(t.id), "feedback": self.feedback(t.id)} for t in self.scorable]
        return juror_file.build_body(
            event_ref=self.kit.event_ref, fingerprint=self.kit.fingerprint, rubric_version=self.kit.rubric_version,
            token=self.kit.token, juror_name=self.kit.juror_name, revision=revision,
            finalised_at=datetime.now(timezone.utc).isoformat(timespec="seconds"), teams=teams)

    def _revision_in(self, folder: Path) -> int:
        """The highest revision of this juror's files already in ``folder`` (one written on another laptop, say)."""
        highest = 0
        for path in folder.glob(f"{juror_file.FILE_PREFIX}*.json"):
            try:
                body = read_sealed_file(path, JUROR_FILE, lambda _body: self.kit.key)
            except SealError:
                continue
            if body.get("juror") == self.kit.token and body.get("event_ref") == self.kit.event_ref and isinstance(body.get("revision"), int):
                highest = max(highest, body["revision"])
        return highest

    def _criterion(self, key: str) -> KitCriterion:
        criterion = next((c for c in self.criteria if c.key == key), None)
        if criterion is None:
            raise DomainError("kit_criterion_unknown", f"the kit has no criterion {key!r}", criterion=key)
        return criterion

    def _editable(self, team_id: int) -> None:
        team = self.team(team_id)
        if team.recused:
            raise DomainError("team_recused", f"you recused from {team_label(team)}: it is not scored", team=team_label(team))
        if self.finalised:
            raise DomainError("juror_finalised", "the scores are finalised; start a new revision to change them")

    def _sheet(self, team_id: int) -> dict:
        self.team(team_id)
        return self._state["teams"].get(str(team_id)) or _empty_sheet()

    def _change(self, team_id: int, change) -> None:
        state = copy.deepcopy(self._state)
        sheet = state["teams"].setdefault(str(team_id), _empty_sheet())
        change(sheet)
        self._save(state)

    def _save(self, state: dict) -> None:
        data = json.dumps(state, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
        write_atomically(self.state_path, lambda out: out.write(data))
        self._state = state  # only once it is on disk: a failed write changes nothing

    def _load(self) -> dict:
        fresh = {"version": 1, "fingerprint": self.kit.fingerprint, "revision": 0, "finalised": False,
                 "last_file": "", "current": None, "teams": {}}
        if not self.state_path.exists():
            return fresh
        try:
            state = json.loads(self.state_path.read_text(encoding="utf-8"))
            state = {**fresh, **state, "teams": {key: {**_empty_sheet(), **sheet} for key, sheet in state["teams"].items()}}
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            raise DomainError("kit_scores_unreadable", f"the scores kept for this kit ({self.state_path}) cannot be read",
                              path=str(self.state_path)) from error
        if state["fingerprint"] != self.kit.fingerprint:  # a kit for a changed rubric: what was finalised is out of date
            state.update(fingerprint=self.kit.fingerprint, finalised=False)
        self._drop_out_of_scale(state)
        return state

    def _drop_out_of_scale(self, state: dict) -> None:
        for sheet in state["teams"].values():
            for criterion in self.criteria:
                value = sheet["scores"].get(criterion.key)
                if value is not None and not (isinstance(value, int) and criterion.min <= value <= criterion.max):
                    del sheet["scores"][criterion.key]
            for key in set(sheet["scores"]) - {c.key for c in self.criteria}:
                del sheet["scores"][key]


def _empty_sheet() -> dict:
    return {"scores": {}, "not_seen": False, "note": "", "feedback": ""}
