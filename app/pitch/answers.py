"""The pitch's answers as the team sees them: typed, taken over from earlier work, or linked to an
earlier question of the pitch — and what is still empty.

An answer the team has not touched has no row: it shows what its ``prefill`` sources hold (marked as
taken over), or, for a field that ``starts_from`` an earlier one (the action plan's "Wie heb je nodig?"
repeats the pitch's), whatever that field shows (marked as linked). Once the team types in it, the row
holds their text — even an empty one, so clearing a taken-over answer keeps it cleared. "Take over
again" removes the row. The challenge's "neem ook mee" questions are answers "consider_1", "consider_2", …
"""

from __future__ import annotations

from sqlmodel import select

from app.day.template import InputField, Step, StepKind, Template
from app.event.teams import team_view
from app.export.dossier_data import Answer, AnswerSection
from app.outcomes.problem_statement import answers as saved_answers
from app.pitch.prefill import prefills, source_label
from app.storage.store import Store
from app.text import LONG_TEXT_MAX, clean_block
from db.models import Answer as AnswerRow

CONSIDER = "consider"  # the section of the challenge's "neem ook mee" questions
_CONSIDER_TITLE = ("Neem ook het volgende mee", "Also take the following into account")
_LINKED = ("zelfde als: {question}", "same as: {question}")
_TAKEN = ("overgenomen uit {source}", "taken over from {source}")


def pitch_step(template: Template) -> Step | None:
    """The day's pitch step (the first), if the template has one."""
    return next((s for s in template.steps() if s.kind == StepKind.PITCH), None)


def consider_key(number: int) -> str:
    """The answer key of the challenge's ``number``-th (1-based) "neem ook mee" question."""
    return f"{CONSIDER}_{number}"


def pitch_sections(store: Store, template: Template, event_id: int, team_id: int, lang: str) -> tuple[AnswerSection, ...]:
    """The pitch step's sections with every answer and its source, then the challenge's questions."""
    step = pitch_step(template)
    if step is None:
        return ()
    typed = saved_answers(store, team_id, step.key)
    offered = prefills(store, template, event_id, team_id, lang) if any(f.prefill for f in step.fields) else {}
    shown: dict[str, Answer] = {}
    for f in step.fields:
        shown[f.key] = _answer(f, typed, offered, shown, step, lang)
    sections = [AnswerSection(s.key, s.title.get(lang), tuple(shown[f.key] for f in step.fields if f.section == s.key))
                for s in step.sections]
    loose = tuple(shown[f.key] for f in step.fields if f.section is None)
    if loose:
        sections.append(AnswerSection("", step.title.get(lang), loose))
    consider = _consider(store, template, event_id, team_id, typed, lang)
    if consider is not None:
        sections.append(consider)
    return tuple(section for section in sections if section.answers)


def missing(sections: tuple[AnswerSection, ...]) -> list[str]:
    """The questions still empty, in the order they are asked."""
    return [a.question for s in sections for a in s.answers if not a.text.strip()]


def completeness(sections: tuple[AnswerSection, ...]) -> tuple[int, int]:
    """(answered, asked) over every section."""
    asked = [a for s in sections for a in s.answers]
    return sum(1 for a in asked if a.text.strip()), len(asked)


def save_pitch_answer(store: Store, team_id: int, step_key: str, field_key: str, text: str) -> bool:
    """The team's own text for a field, as typed (checked and trimmed) — an empty one too, so a cleared
    taken-over answer stays cleared. Writes nothing when the row already holds this text; True when it wrote."""
    clean = clean_block(text, LONG_TEXT_MAX, "answer")
    with store.write() as session:
        row = _row(session, team_id, step_key, field_key)
        if row is not None and row.text == clean:
            return False
        if row is None:
            row = AnswerRow(team_id=team_id, step_key=step_key, field_key=field_key)
        row.text = clean
        session.add(row)
    return True


def take_over_again(store: Store, team_id: int, step_key: str, field_key: str) -> str | None:
    """Forget the team's own text for a field (it shows what it starts from again); returns the text it
    held (None: there was none), for undo."""
    with store.write() as session:
        row = _row(session, team_id, step_key, field_key)
        if row is None:
            return None
        before = row.text
        session.delete(row)
    return before


def restore_answer(store: Store, team_id: int, step_key: str, field_key: str, text: str | None) -> None:
    """A field as it was (None: no own text), for undo."""
    if text is None:
        take_over_again(store, team_id, step_key, field_key)
    else:
        save_pitch_answer(store, team_id, step_key, field_key, text)


def _answer(f: InputField, typed: dict[str, str], offered: dict[str, str], shown: dict[str, Answer], step: Step, lang: str) -> Answer:
    question, hint = f.label.get(lang), f.hint.get(lang) if f.hint else ""
    if f.key in typed:
        source = "typed" if typed[f.key].strip() else "empty"
        return Answer(f.key, question, typed[f.key], hint, source)
    if f.starts_from is not None and shown[f.starts_from].text.strip():
        earlier = step_field(step, f.starts_from).label.get(lang)
        return Answer(f.key, question, shown[f.starts_from].text, hint, "linked", _say(_LINKED, lang, question=earlier))
    texts = [offered.get(name, "") for name in f.prefill]
    sources = [name for name, text in zip(f.prefill, texts) if text.strip()]
    if sources:
        taken = _and([source_label(name, lang) for name in sources], lang)
        return Answer(f.key, question, "\n\n".join(t for t in texts if t.strip()), hint, "taken_over", _say(_TAKEN, lang, source=taken))
    return Answer(f.key, question, "", hint, "empty")


def step_field(step: Step, key: str) -> InputField:
    return next(f for f in step.fields if f.key == key)


def _consider(store: Store, template: Template, event_id: int, team_id: int, typed: dict[str, str], lang: str) -> AnswerSection | None:
    challenge_key = team_view(store, event_id, team_id, template).challenge_key
    questions = template.challenge(challenge_key).consider if challenge_key else []
    if not questions:
        return None
    answers = []
    for number, question in enumerate(questions, start=1):
        text = typed.get(consider_key(number), "")
        answers.append(Answer(consider_key(number), question.get(lang), text, "", "typed" if text.strip() else "empty"))
    return AnswerSection(CONSIDER, _say(_CONSIDER_TITLE, lang), tuple(answers))


def _and(items: list[str], lang: str) -> str:
    """"a, b en c" / "a, b and c"."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {'en' if lang == 'nl' else 'and'} {items[-1]}"


def _say(texts: tuple[str, str], lang: str, **values: str) -> str:
    return (texts[0] if lang == "nl" else texts[1]).format(**values)


def _row(session, team_id: int, step_key: str, field_key: str) -> AnswerRow | None:
    return session.exec(select(AnswerRow).where(AnswerRow.team_id == team_id, AnswerRow.step_key == step_key,
                                                AnswerRow.field_key == field_key)).first()
