"""What a pitch answer may start from: the team's earlier work, in words, one text per source.

The template names the sources a field starts from (``InputField.prefill``, one of
``app.day.template.PREFILL_SOURCES``); this module says what each one is for a team: the problem
statement's sentence, the best HKW of the winning theme, the problem's owner, the chosen idea, its
Crystal Ball as a path in time, and the vehicle's driver and passengers. A source with nothing yet is "".
"""

from __future__ import annotations

from sqlmodel import select

from app.canvases.milestones import MilestoneView
from app.day.template import StepKind, Template
from app.outcomes.final_choice import plan
from app.outcomes.problem_statement import problem_statement
from app.storage.store import Store
from app.text import labelled
from db.models import Note

# Where a taken-over answer came from, as the pitch page and the dossier say it.
SOURCE_LABELS = {
    "problem_statement": ("de probleemstelling", "the problem statement"),
    "winning_hkw": ("de gekozen HKW-vraag", "the chosen HKW question"),
    "statement_owner": ("de probleemstelling (eigenaar)", "the problem statement (owner)"),
    "chosen_idea": ("de uiteindelijke selectie", "the final choice"),
    "crystal_path": ("de Crystal Ball", "the Crystal Ball"),
    "vehicle_people": ("Build Your Vehicle (bestuurder en passagiers)", "Build Your Vehicle (driver and passengers)"),
}
_OWNER_FIELD = "owner"  # the problem statement's field that names the problem's owner
_PEOPLE_ZONES = ("driver", "passengers")  # the vehicle's zones that say who is needed
_WHEN = {"nl": ("Nu", "Over {n} jaar", "Over {n} maanden"), "en": ("Now", "In {n} years", "In {n} months")}


def source_label(source: str, lang: str) -> str:
    dutch, english = SOURCE_LABELS[source]
    return dutch if lang == "nl" else english


def prefills(store: Store, template: Template, event_id: int, team_id: int, lang: str) -> dict[str, str]:
    """Every prefill source's text for the team ("" where that work is not done yet)."""
    found = dict.fromkeys(SOURCE_LABELS, "")
    statement = problem_statement(store, template, event_id, team_id, lang)
    if statement is not None:
        if not statement.preview.missing:
            found["problem_statement"] = statement.preview.text
        found["statement_owner"] = statement.answers.get(_OWNER_FIELD, "").strip()
        if statement.theme is not None:
            found["winning_hkw"] = statement.theme.hkw
    crystal = next((s for s in template.steps() if s.kind == StepKind.CRYSTAL_BALL), None)
    chosen = plan(store, template, team_id, crystal) if crystal is not None else None
    if chosen is not None:
        found["chosen_idea"] = chosen.title
        found["crystal_path"] = path_text(chosen.timeline, lang)
    found["vehicle_people"] = _vehicle_people(store, template, team_id, lang)
    return {source: trimmed(text) for source, text in found.items()}


def trimmed(text: str) -> str:
    """A text taken over without the "," ";" or ":" it was left ending in (a half-finished sentence)."""
    return text.rstrip().rstrip(",;:").rstrip()


def path_text(timeline: tuple[MilestoneView, ...] | list[MilestoneView], lang: str) -> str:
    """The timeline as lines "Nu: …", "Over 6 maanden: …", "Over 1,5 jaar: …", in the order of time."""
    return "\n".join(labelled(when(moment.years, lang), moment.title) for moment in timeline)


def when(years: float, lang: str) -> str:
    """A moment on the timeline in words: now, in months under a year, else in years."""
    now, in_years, in_months = _WHEN.get(lang, _WHEN["en"])
    if years <= 0:
        return now
    if years < 1:
        return in_months.format(n=round(years * 12))
    text = f"{years:g}"
    return in_years.format(n=text.replace(".", ",") if lang == "nl" else text)


def _vehicle_people(store: Store, template: Template, team_id: int, lang: str) -> str:
    """The vehicle's driver and passengers notes, each zone's title on a line and under it a note per
    line ("Bestuurder:\n- a\n- b"), so a note that itself starts "Beter:" does not read as a label."""
    vehicle = next((s for s in template.steps() if s.kind == StepKind.VEHICLE), None)
    if vehicle is None:
        return ""
    with store.read() as session:
        notes = session.exec(select(Note).where(Note.team_id == team_id, Note.step_key == vehicle.key,
                                                Note.zone_key.in_(_PEOPLE_ZONES)).order_by(Note.id)).all()
        by_zone = {key: [n.text.strip() for n in notes if n.zone_key == key and n.text.strip()] for key in _PEOPLE_ZONES}
    titles = {z.key: z.title.get(lang) for z in vehicle.zones}
    return "\n".join(f"{titles[key]}:\n" + "\n".join(f"- {trimmed(text)}" for text in texts) for key, texts in by_zone.items() if texts)
