"""The rubric the jury scores with: made from the template's ``jury.criteria`` on first use, then the
facilitator's to edit (title, description, integer weight, scale, what each level means; add, remove,
reorder).

Editing is free until juror files scored against the current rubric exist. A change after that must be
``confirmed`` (the window asks first; unconfirmed it is refused with ``rubric_scored``): it raises
``JurySetting.rubric_version`` once and logs "rubric_changed", which makes those files and the kits
exported before it "for an earlier rubric". What that means:
- a file of an earlier rubric already in use STAYS in use: its scores count with the new weights (and
  the new order, titles, levels), until the juror sends a file made with a new kit; a sheet without a
  score on a criterion added since does not count for that team until then (app/jury/results_panel.py);
- a file of an earlier rubric that arrives after the change is refused (its kit is out of date), unless
  it is the very file received before (a duplicate: app/jury/merge.py);
- the Scores tab marks a juror whose file in use is for an earlier rubric (app/jury/scoring_overview.py).
Further edits before any file of the new version arrives raise nothing again: no file was scored
against the rubric they change. A criterion that scores in use were given on cannot be removed (withdraw
those files first), nor the one the "criterion" tie-break compares. Once the chair confirmed the winners
nothing of the rubric changes (``rubric_winners_confirmed``): the confirmed podium and the reveal are
built on it; the chair reopens the winners first.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import Session, select

from app.day.template import Template
from app.errors import DomainError
from app.jury import keys
from app.jury.arrival import scored_against
from app.jury.levels import clipped, parse_levels
from app.storage.store import Store, existing
from app.text import LONG_TEXT_MAX, clean_block, clean_line
from db.models import Criterion, JuryLog, JurySetting, Score

WEIGHT_MAX = 100
SCALE_LIMITS = (0, 100)
TITLE_MAX = 200


def ensure_rubric(store: Store, event_id: int, template: Template) -> None:
    """The event's jury settings and, when it has no criteria yet, the template's rubric."""
    with store.write() as session:
        keys.setting(session, event_id, template.jury)
        if not _rows(session, event_id):
            session.add_all(template_rubric(event_id, template))


def template_rubric(event_id: int, template: Template) -> list[Criterion]:
    """The template's criteria as the event's (new) rows, in order."""
    return [Criterion(event_id=event_id, key=c.key, position=position, title_nl=c.title.nl, title_en=c.title.en,
                      description_nl=c.description.nl, description_en=c.description.en, weight=c.weight,
                      min_score=c.min, max_score=c.max,
                      levels=[{"min": level.min, "max": level.max, "nl": level.text.nl, "en": level.text.en} for level in c.levels])
            for position, c in enumerate(template.jury.criteria)]


def criteria(store: Store, event_id: int) -> list[Criterion]:
    with store.read() as session:
        return _rows(session, event_id)


def needs_confirmation(store: Store, event_id: int) -> bool:
    """A change of the rubric now would make juror files already in "for an earlier rubric"."""
    with store.read() as session:
        setting = _setting(session, event_id)
        return setting is not None and scored_against(session, event_id, setting.rubric_version)


def add_criterion(store: Store, event_id: int, title: str, confirmed: bool = False) -> int:
    """A new criterion at the end (weight 1, the last criterion's scale); its id."""
    title = clean_line(title, TITLE_MAX, "criterion_title", required=True)
    made: list[Criterion] = []

    def add(session: Session, rows: list[Criterion]) -> None:
        taken = {row.key for row in rows}
        key = next(f"criterion_{n}" for n in range(len(rows) + 1, len(rows) + 1000) if f"criterion_{n}" not in taken)
        low, high = (rows[-1].min_score, rows[-1].max_score) if rows else (1, 10)
        row = Criterion(event_id=event_id, key=key, position=len(rows), title_nl=title, title_en=title,
                        min_score=low, max_score=high, levels=[])
        session.add(row)
        made.append(row)

    _change(store, event_id, confirmed, "added", add)
    return made[0].id


def set_text(store: Store, criterion_id: int, field: str, lang: str, text: str, confirmed: bool = False) -> None:
    """The title or description (``field``) in ``lang``; the other language follows while it is empty."""
    if field == "title":
        text = clean_line(text, TITLE_MAX, "criterion_title", required=True)
    else:
        text = clean_block(text, LONG_TEXT_MAX, "criterion_description")
    other = "en" if lang == "nl" else "nl"

    def edit(_session: Session, rows: list[Criterion]) -> None:
        row = _one(rows, criterion_id)
        setattr(row, f"{field}_{lang}", text)
        if not getattr(row, f"{field}_{other}"):
            setattr(row, f"{field}_{other}", text)

    _change(store, _event_of(store, criterion_id), confirmed, field, edit)


def set_weight(store: Store, criterion_id: int, weight: int, confirmed: bool = False) -> None:
    if not 1 <= weight <= WEIGHT_MAX:
        raise DomainError("criterion_weight", f"a weight is a whole number from 1 to {WEIGHT_MAX}", limit=WEIGHT_MAX)
    _change(store, _event_of(store, criterion_id), confirmed, "weight",
            lambda _s, rows: setattr(_one(rows, criterion_id), "weight", weight))


def set_scale(store: Store, criterion_id: int, low: int, high: int, confirmed: bool = False) -> None:
    """The scale ``low``..``high``; levels are cut to it (a level wholly outside it is dropped)."""
    floor, ceiling = SCALE_LIMITS
    if not floor <= low < high <= ceiling:
        raise DomainError("criterion_scale", f"a scale runs from a lowest to a higher score, within {floor}-{ceiling}",
                          low=floor, high=ceiling)

    def edit(_session: Session, rows: list[Criterion]) -> None:
        row = _one(rows, criterion_id)
        row.min_score, row.max_score = low, high
        row.levels = clipped(row.levels, low, high)

    _change(store, _event_of(store, criterion_id), confirmed, "scale", edit)


def set_levels(store: Store, criterion_id: int, text: str, lang: str, confirmed: bool = False) -> None:
    """The levels as typed, one per line ("1-3: what it means"; see app/jury/levels.py)."""
    with store.read() as session:
        row = existing(session, Criterion, criterion_id, "criterion")
    levels = parse_levels(text, lang, row.min_score, row.max_score, row.levels)
    _change(store, row.event_id, confirmed, "levels", lambda _s, rows: setattr(_one(rows, criterion_id), "levels", levels))


def remove_criterion(store: Store, criterion_id: int, confirmed: bool = False) -> None:
    def remove(session: Session, rows: list[Criterion]) -> None:
        row = _one(rows, criterion_id)
        if len(rows) == 1:
            raise DomainError("criterion_last", "a rubric keeps at least one criterion")
        setting = _setting(session, row.event_id)
        if setting is not None and "criterion" in setting.tie_break and setting.tie_criterion == row.key:
            raise DomainError("criterion_breaks_ties", "this criterion breaks ties: choose another tie criterion first")
        if session.exec(select(Score.id).where(Score.criterion_id == row.id).limit(1)).first() is not None:
            raise DomainError("criterion_scored", "scores in use were given on this criterion: withdraw those files first")
        session.delete(row)
        for position, other in enumerate(r for r in rows if r.id != row.id):
            other.position = position

    _change(store, _event_of(store, criterion_id), confirmed, "removed", remove)


def move_criterion(store: Store, criterion_id: int, offset: int, confirmed: bool = False) -> None:
    """Up (``offset`` -1) or down (+1) in the rubric; at either end nothing changes."""
    def move(_session: Session, rows: list[Criterion]) -> None:
        row = _one(rows, criterion_id)
        index = rows.index(row)
        target = min(max(index + offset, 0), len(rows) - 1)
        rows.insert(target, rows.pop(index))
        for position, each in enumerate(rows):
            each.position = position

    _change(store, _event_of(store, criterion_id), confirmed, "order", move)


def _change(store: Store, event_id: int, confirmed: bool, what: str, apply: Callable[[Session, list[Criterion]], None]) -> None:
    """One rubric edit in one transaction: refused unconfirmed when files were scored against the
    current rubric; confirmed, it raises the version (only when the rubric really changed) and logs it."""
    with store.write() as session:
        rows = _rows(session, event_id)
        before = keys.rubric_fingerprint(rows)
        setting = _setting(session, event_id)
        if setting is not None and setting.confirmed_at is not None:
            raise DomainError("rubric_winners_confirmed", "the winners are confirmed: the rubric cannot change under them; "
                              "the chair reopens the winners first (juryberaad)")
        scored = setting is not None and scored_against(session, event_id, setting.rubric_version)
        if scored and not confirmed:
            raise DomainError("rubric_scored", "juror files were scored against this rubric: confirm the change (it makes them files for an earlier rubric)")
        apply(session, rows)
        session.flush()
        if scored and keys.rubric_fingerprint(_rows(session, event_id)) != before:
            setting.rubric_version += 1
            session.add(JuryLog(event_id=event_id, kind="rubric_changed",
                                detail={"version": setting.rubric_version, "change": what}))


def _rows(session: Session, event_id: int) -> list[Criterion]:
    query = select(Criterion).where(Criterion.event_id == event_id).order_by(Criterion.position, Criterion.id)
    return list(session.exec(query).all())


def _one(rows: list[Criterion], criterion_id: int) -> Criterion:
    row = next((row for row in rows if row.id == criterion_id), None)
    if row is None:
        raise DomainError("criterion_missing", f"there is no criterion {criterion_id}", criterion_id=criterion_id)
    return row


def _event_of(store: Store, criterion_id: int) -> int:
    with store.read() as session:
        return existing(session, Criterion, criterion_id, "criterion").event_id


def _setting(session: Session, event_id: int) -> JurySetting | None:
    return session.exec(select(JurySetting).where(JurySetting.event_id == event_id)).first()


def rubric_version(store: Store, event_id: int) -> int:
    with store.read() as session:
        setting = _setting(session, event_id)
        return setting.rubric_version if setting is not None else 1
