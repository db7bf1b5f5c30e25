"""What importing a registration table into an event does, row by row — the preview — and the import
itself: one transaction that checks everything again and writes the new participants, or nothing.

A row is skipped when blank, refused with its reasons (no name, an unknown challenge, an invalid e-mail
address, a text too long…), reported as a duplicate when its person is already in the event or on an
earlier row (the same e-mail address, or the same name and organisation: someone who registered twice
from two addresses is still one person), else
imported as a participant without a team. So importing the same file twice adds nothing the second time.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import func, select

from app.day.template import Template
from app.errors import DomainError
from app.event.events import event_template
from app.participants.import_fields import check_mapping, remember_mapping
from app.participants.registration import Duplicate, ImportReport, Incoming, Refusal, Table
from app.pdf.words import word
from app.storage.store import Store, existing, insert_many
from app.text import LONG_TEXT_MAX, clean_block, clean_line, column_limit
from db.models import Event, Member

_LIMITS = {
    "name": column_limit(Member.name),
    "email": column_limit(Member.email),
    "organisation": column_limit(Member.organisation),
    "job_title": column_limit(Member.job_title),
    "motivation": LONG_TEXT_MAX,
}
# The template's kennismaking questions a registration answers: question key -> field.
_KENNISMAKING = {"organisation": "organisation", "role": "job_title", "motivation": "motivation"}


def preview(store: Store, event_id: int, table: Table, fields: dict[int, str], lang: str = "nl") -> ImportReport:
    """What importing ``table`` with the column ``fields`` would do; writes nothing."""
    check_mapping(table.headers, fields)
    with store.read() as session:
        event = existing(session, Event, event_id, "event")
        people = _people(session, event_id)
    return plan(event_template(event), people, table, fields, lang)


def import_participants(store: Store, event_id: int, table: Table, fields: dict[int, str], lang: str = "nl") -> ImportReport:
    """Import the rows as participants without a team, in one transaction that repeats the preview's
    checks against the event as it is then, and remember the mapping for these headers.

    When any row is refused nothing is written: DomainError ``import_refused`` whose ``report`` param is
    the full report (``imported`` 0), so the caller can show each refusal.
    """
    check_mapping(table.headers, fields)
    with store.write() as session:
        event = existing(session, Event, event_id, "event")
        template = event_template(event)
        report = plan(template, _people(session, event_id), table, fields, lang)
        if report.refused:
            raise DomainError("import_refused", f"{len(report.refused)} rows are refused; nothing was imported",
                              refused=len(report.refused), report=report)
        start = session.exec(select(func.max(Member.position)).where(Member.event_id == event_id, Member.team_id.is_(None))).one()
        first = (start if start is not None else -1) + 1
        rows = [_member(event_id, first + offset, person, template) for offset, person in enumerate(report.to_import)]
        insert_many(store, session, rows)
        remember_mapping(store, table.headers, fields)
    return ImportReport(to_import=report.to_import, duplicates=report.duplicates, refused=(),
                        skipped_empty=report.skipped_empty, imported=len(rows))


def plan(template: Template, people: Iterable[tuple[str, str, str]], table: Table, fields: dict[int, str], lang: str = "nl") -> ImportReport:
    """The report of importing ``table`` into an event of ``template`` that holds ``people`` (name,
    e-mail, organisation): rows to import, duplicates, refusals, blank rows skipped."""
    by_email: dict[str, str] = {}  # whom each e-mail address (folded) is, as the report names them
    by_person: dict[str, str] = {}  # the same by name and organisation
    for name, email, organisation in people:
        _know(by_email, by_person, word("import_dup_event", lang, name=name), name, email, organisation)
    challenges = _challenge_lookup(template)
    width = len(table.headers)
    to_import: list[Incoming] = []
    duplicates: list[Duplicate] = []
    refused: list[Refusal] = []
    skipped = 0
    for line, cells in table.rows:
        if not any(cells):
            skipped += 1
            continue
        incoming, reasons, column = _row(table, fields, challenges, line, cells, width, lang)
        if reasons:
            refused.append(Refusal(line=line, reason="; ".join(reasons), column=column))
            continue
        known = _known(by_email, by_person, incoming)
        if known is not None:
            duplicates.append(Duplicate(line=line, of=known))
            continue
        to_import.append(incoming)
        _know(by_email, by_person, word("import_dup_line", lang, line=line), incoming.name, incoming.email, incoming.organisation)
    return ImportReport(to_import=tuple(to_import), duplicates=tuple(duplicates), refused=tuple(refused), skipped_empty=skipped)


def _row(table: Table, fields: dict[int, str], challenges: dict[str, str], line: int, cells: tuple[str, ...],
         width: int, lang: str) -> tuple[Incoming | None, list[str], str | None]:
    """A row as a participant, or the reasons it is refused (and the first column at fault)."""
    reasons: list[tuple[str, str | None]] = []
    extra = next((cell for cell in cells[width:] if cell), None)
    if extra is not None:
        reasons.append((word("import_extra_cells", lang, value=extra), None))
    values: dict[str, str] = {}
    for index, field in sorted(fields.items()):
        cell = cells[index] if index < len(cells) else ""
        if field == "name":
            values["name"] = f"{values.get('name', '')} {cell}".strip() if cell else values.get("name", "")
        elif field:
            values[field] = cell
    clean: dict[str, str] = {}
    for field in ("name", "email", "organisation", "job_title", "motivation"):
        try:
            clean[field] = _cleaned(field, values.get(field, ""))
        except DomainError as error:
            reasons.append((_text_reason(error, field, _column(table, fields, field), lang), _column(table, fields, field)))
            clean[field] = ""
    if not clean["name"] and not values.get("name"):
        reasons.insert(0, (word("import_no_name", lang), _column(table, fields, "name")))
    email = clean["email"]
    if email and not _is_email(email):
        column = _column(table, fields, "email")
        reasons.append((word("import_bad_email", lang, value=email, column=column), column))
    wanted = values.get("challenge", "")
    challenge_key = challenges.get(_folded(wanted)) if wanted else None
    if wanted and challenge_key is None:
        column = _column(table, fields, "challenge")
        numbers = len(set(challenges.values()))
        reasons.append((word("import_unknown_challenge", lang, value=wanted, column=column,
                             numbers=f"1–{numbers}" if numbers > 1 else "1"), column))
    if reasons:
        return None, [reason for reason, _c in reasons], next((c for _r, c in reasons if c is not None), None)
    return Incoming(line=line, challenge_key=challenge_key, **clean), [], None


def _cleaned(field: str, value: str) -> str:
    if field == "motivation":
        return clean_block(value, _LIMITS[field], field)
    return clean_line(value, _LIMITS[field], field)


def _text_reason(error: DomainError, field: str, column: str, lang: str) -> str:
    name = word(f"import_field_{field}", lang)
    if error.code.endswith("_long"):
        return word("import_too_long", lang, field=name, length=error.params["length"], limit=error.params["limit"], column=column)
    return word("import_bad_character", lang, field=name, char=error.params.get("char", "?"), column=column)


def _column(table: Table, fields: dict[int, str], field: str) -> str:
    """The header of the (first) column mapped to ``field``, to name it in a reason."""
    return next((table.headers[index] for index, f in sorted(fields.items()) if f == field), field)


def _is_email(value: str) -> bool:
    local, at, domain = value.rpartition("@")
    return bool(at and local and "@" not in local.replace('"', "") and " " not in value
                and "." in domain.strip(".") and not domain.startswith(".") and not domain.endswith("."))


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def _challenge_lookup(template: Template) -> dict[str, str]:
    """Every way a row may name a challenge -> its key: its number in the template's order (1-based),
    its key, its Dutch or English title (case and spacing not counting)."""
    lookup: dict[str, str] = {}
    for number, challenge in enumerate(template.challenges, start=1):
        for name in (challenge.title.get("nl"), challenge.title.get("en"), challenge.key, str(number)):
            if name:
                lookup.setdefault(_folded(name), challenge.key)
    return lookup


def _people(session, event_id: int) -> list[tuple[str, str, str]]:
    return list(session.exec(select(Member.name, Member.email, Member.organisation).where(Member.event_id == event_id)).all())


def _person_key(name: str, organisation: str) -> str:
    return f"{_folded(name)}\x1f{_folded(organisation)}"


def _know(by_email: dict[str, str], by_person: dict[str, str], known: str, name: str, email: str, organisation: str) -> None:
    if email:
        by_email.setdefault(email.casefold(), known)
    by_person.setdefault(_person_key(name, organisation), known)


def _known(by_email: dict[str, str], by_person: dict[str, str], person: Incoming) -> str | None:
    """Whom ``person`` repeats: the same e-mail address, or else the same name and organisation
    (whatever their addresses: one person registered from a work and a private address)."""
    if person.email and person.email.casefold() in by_email:
        return by_email[person.email.casefold()]
    return by_person.get(_person_key(person.name, person.organisation))


def _member(event_id: int, position: int, person: Incoming, template: Template) -> Member:
    asked = {question.key for question in template.kennismaking.questions}
    answers = {key: getattr(person, field) for key, field in _KENNISMAKING.items() if key in asked and getattr(person, field)}
    return Member(event_id=event_id, team_id=None, position=position, name=person.name, email=person.email,
                  organisation=person.organisation, job_title=person.job_title, challenge_pref=person.challenge_key,
                  kennismaking=answers)
