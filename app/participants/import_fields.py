"""Which field each column of a registration file is: recognised by the header's meaning (Dutch or English,
case, accents and punctuation not counting), or as remembered for a file with the same headers.

The name may span columns: "Voornaam", "Tussenvoegsel" and "Achternaam" (or first and last name) are all
mapped to ``name`` and joined in column order — only columns whose headers are such parts of a name, so
an unrelated column ("Dieetwensen") is never glued into the names. Every other field is one column at most.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from sqlmodel import select

from app.errors import DomainError
from app.participants.registration import FIELDS, IGNORED, Mapping
from app.storage.store import Store
from db.models import ImportMapping

# Headers that are the field, as normalised by ``normalised``. Checked first, whole header.
_EXACT = {
    "name": ("naam", "volledige naam", "name", "full name", "voor en achternaam", "voornaam en achternaam", "deelnemer",
             "participant", "naam deelnemer", "your name", "je naam", "jouw naam", "uw naam",
             "voornaam", "tussenvoegsel", "tussenvoegsels", "achternaam", "first name", "last name", "surname",
             "given name", "family name", "roepnaam"),
    "email": ("e mail", "email", "mail", "e mailadres", "emailadres", "mailadres", "e mail adres", "email address",
              "e mail address", "mail address"),
    "organisation": ("organisatie", "werkgever", "organisation", "organization", "employer", "bedrijf", "company",
                     "ministerie", "overheidsorganisatie", "dienst", "instantie"),
    "job_title": ("functie", "rol", "role", "job title", "functietitel", "job", "title", "position", "beroep"),
    "motivation": ("motivatie", "waarom", "why", "motivation", "waarom doe je mee", "why do you take part",
                   "why are you taking part", "why join"),
    "challenge": ("challenge", "voorkeur", "thema", "preference", "voorkeurschallenge", "voorkeur challenge",
                  "preferred challenge", "theme", "uitdaging", "onderwerp", "topic"),
}
# Headers of a part of a name: the only columns that may together be the name.
_NAME_PARTS = ("voornaam", "voornamen", "tussenvoegsel", "tussenvoegsels", "achternaam", "first name", "last name",
               "surname", "given name", "family name", "roepnaam", "middle name")
# What form tools add to every export (Microsoft Forms, Google Forms, registration sites): never a
# participant's data, so not imported without asking.
_FORM_METADATA = ("tijdstempel", "timestamp", "id", "begintijd", "starttijd", "tijd van voltooien", "voltooid op",
                  "start time", "completion time", "ingediend op", "submitted at", "submission date", "laatst gewijzigd",
                  "last modified time")
# Words that make a longer header the field ("Wat is je e-mailadres?", "Naam organisatie"), checked in
# this order: a header naming the organisation's name is the organisation, not the name.
_WORDS = (
    ("email", ("e mail", "email", "mailadres", "e mailadres", "emailadres")),
    ("challenge", ("challenge", "voorkeur", "thema", "uitdaging", "preference", "theme")),
    ("motivation", ("motivatie", "waarom", "motivation", "why", "motiveert", "motivates")),
    ("organisation", ("organisatie", "werkgever", "organisation", "organization", "employer", "ministerie")),
    ("job_title", ("functie", "functietitel", "job title", "rol", "role")),
    ("name", ("naam", "name")),
)


def normalised(header: str) -> str:
    """'E-mailadres ' -> 'e mailadres', 'Organisátie:' -> 'organisatie': lower case, no accents, words only."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", header.casefold()) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", plain).replace("_", " ").split())


def headers_key(headers: tuple[str, ...] | list[str]) -> str:
    """The remembered mapping's key: a SHA-256 of the normalised headers, in order."""
    return hashlib.sha256("\x1f".join(normalised(h) for h in headers).encode("utf-8")).hexdigest()


def recognised(header: str) -> str | None:
    """The field a header means, or None; a blank header and a form tool's own columns (a time stamp,
    an id) mean nothing (IGNORED)."""
    text = normalised(header)
    if not text or text in _FORM_METADATA:
        return IGNORED
    for field, phrases in _EXACT.items():
        if text in phrases:
            return field
    padded = f" {text} "
    for field, words in _WORDS:
        if any(f" {word} " in padded for word in words):
            return field
    return None


def header_fields(headers: list[str] | tuple[str, ...]) -> list[str]:
    """The fields a row's cells name as headers, one per recognised cell (two name parts count twice)."""
    return [field for field in map(recognised, headers) if field not in (None, IGNORED)]


def is_name_part(header: str) -> bool:
    """Whether ``header`` names a part of a name (first name, tussenvoegsel, last name…)."""
    return normalised(header) in _NAME_PARTS


def propose_mapping(store: Store, headers: tuple[str, ...] | list[str]) -> Mapping:
    """Each column's field: the remembered mapping of these headers where there is one, else the
    recognised meaning. ``unknown``: columns neither names — and a second column the rules gave a
    field that is one column only (the facilitator chooses)."""
    remembered = _remembered(store, headers)
    proposed: dict[int, str] = {}
    unknown: list[int] = []
    for index, header in enumerate(headers):
        key = normalised(header)
        field = remembered[key] if key in remembered else recognised(header)
        if field is None or (field != IGNORED and field not in FIELDS):
            unknown.append(index)
        elif field != IGNORED and field in proposed.values() and not _may_join(headers, proposed, field, index):
            unknown.append(index)
        else:
            proposed[index] = field
    return Mapping(fields=proposed, unknown=tuple(unknown))


def check_mapping(headers: tuple[str, ...] | list[str], fields: dict[int, str]) -> None:
    """Refuse a mapping an import cannot use: an unknown field or column, a field (other than the
    name's parts) given to two columns, or no name column. A column left out is ignored."""
    _check_name_parts(headers, fields)
    seen: dict[str, int] = {}
    for index, field in sorted(fields.items()):
        if not 0 <= index < len(headers):
            raise DomainError("import_map_column", f"there is no column {index + 1} (the file has {len(headers)})", column=index + 1)
        if field != IGNORED and field not in FIELDS:
            raise DomainError("import_map_field", f"{field!r} is not a field; the fields are: {', '.join(FIELDS)}", field=field, fields=list(FIELDS))
        if field in seen and field not in (IGNORED, "name"):
            first, second = headers[seen[field]], headers[index]
            raise DomainError("import_map_twice", f"two columns are {field}: {first!r} and {second!r}; choose one",
                              field=field, columns=[first, second])
        seen.setdefault(field, index)
    if "name" not in seen:
        raise DomainError("import_map_no_name", "no column is the name: choose which column holds the participants' names")


def _may_join(headers, fields: dict[int, str], field: str, index: int) -> bool:
    """Whether column ``index`` may be ``field`` too: only parts of a name join the other parts."""
    if field != "name":
        return False
    return is_name_part(headers[index]) and all(is_name_part(headers[i]) for i, f in fields.items() if f == "name")


def _check_name_parts(headers, fields: dict[int, str]) -> None:
    """Refuse several name columns unless each is a part of a name, naming the first two at odds."""
    named = [index for index, field in sorted(fields.items()) if field == "name" and 0 <= index < len(headers)]
    if len(named) < 2 or all(is_name_part(headers[index]) for index in named):
        return
    stranger = next(index for index in named if not is_name_part(headers[index]))
    first, second = (named[0], stranger) if stranger != named[0] else (named[0], named[1])
    raise DomainError("import_map_twice", f"two columns are name: {headers[first]!r} and {headers[second]!r}; choose one",
                      field="name", columns=[headers[first], headers[second]])


def remember_mapping(store: Store, headers: tuple[str, ...] | list[str], fields: dict[int, str]) -> None:
    """Remember the mapping for the next file with these headers (refused as ``check_mapping`` refuses)."""
    check_mapping(headers, fields)
    key = headers_key(headers)
    by_header = {headers[index]: field for index, field in sorted(fields.items())}
    with store.write() as session:
        row = session.exec(select(ImportMapping).where(ImportMapping.headers_key == key)).first()
        if row is None:
            session.add(ImportMapping(headers_key=key, mapping=by_header))
        elif row.mapping != by_header:
            row.mapping = by_header
            session.add(row)


def _remembered(store: Store, headers: tuple[str, ...] | list[str]) -> dict[str, str]:
    """The remembered fields by normalised header (the file's header set is the same, its spelling may not be)."""
    key = headers_key(headers)
    with store.read() as session:
        row = session.exec(select(ImportMapping).where(ImportMapping.headers_key == key)).first()
        return {normalised(header): field for header, field in row.mapping.items()} if row is not None else {}
