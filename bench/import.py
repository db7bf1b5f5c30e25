"""The participants import and team formation at an event's largest size (issue 12).

import_2000_s   what a facilitator waits for from choosing a registration export of 2,000 people (CSV as a
                form tool writes it: a BOM, ``;``, CRLF, Dutch headers) to every challenge's teams formed:
                reading the file, the proposed mapping, the preview, the import (one transaction), then
                ``form_teams`` for each of the three challenges (teams of 5), each its own transaction
                — on a fresh SQLite event; median of RUNS runs, each on its own new database.
                Floor (``import_2000_floor_s``): the same file read by the csv module and its rows inserted
                by sqlite3's executemany into a bare table, same run.

Not timed: making the event and writing the file. Conditions go to stderr.
"""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.measure import median, with_floor  # noqa: E402

RUNS = 5
PEOPLE = 2000
HEADERS = ("Tijdstempel", "Naam", "E-mailadres", "Organisatie", "Functie", "Wat motiveert je om mee te doen?",
           "Aan welke challenge wil je werken?")
FIRST = ("Anna", "Bram", "Chloë", "Daan", "Emre", "Fatima", "Gerrit", "Hatice", "Indra", "Joost", "Karin", "Loes",
         "Marco", "Naima", "Orhan", "Piotr", "Ravi", "Sanne", "Tomasz", "Wiebe", "Yasmina", "Zeynep")
LAST = ("de Vries", "Jansen", "Bakker", "Yılmaz", "El Amrani", "Kowalczyk", "Ramsaran", "Hoogendijk", "van Dam",
        "Tjoa", "Brouwer", "Lammers", "Wongsodikromo", "Benali", "Mulder")
ORGANISATIONS = tuple(f"Gemeente {place}" for place in ("Lindenwaard", "Bruggeveen", "Haverkamp", "Tolhuizen", "Maasdal",
                                                         "Westerzande", "Dijkerwaard", "Veenhoven")) + (
    "Ministerie van Bestuur en Digitale Zaken", "Landelijk Uitvoeringsbureau Inkomensvoorzieningen",
    "Rijksdienst voor Registers en Vergunningen", "Provincie Noordoever", "Waterschap De Stroomlanden", "Bitbrug BV")
TITLES = ("Informatiemanager", "Enterprise-architect", "Beleidsmedewerker", "Inkoopadviseur", "Developer", "HR-adviseur",
          "Product owner", "Privacy officer", "Data-engineer", "Teamleider IT")


def registration_file(folder: Path) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    for i in range(PEOPLE):
        name = f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]} {i // (len(FIRST) * len(LAST)) + 1}"
        email = f"deelnemer{i}@{('org' + str(i % len(ORGANISATIONS)))}.example"
        writer.writerow([f"0{1 + i % 9}-02-2026 09:{i % 60:02d}", name, email, ORGANISATIONS[(i * 7) % len(ORGANISATIONS)],
                         TITLES[(i * 3) % len(TITLES)], "Ik wil leren hoe het samen beter kan.\nEn dat meteen toepassen.",
                         str(1 + i % 3)])
    path = folder / "aanmeldingen.csv"
    path.write_bytes(("\ufeff" + out.getvalue()).encode("utf-8"))
    return path


def import_and_form(folder: Path, path: Path) -> float:
    from app.event.events import create_event, event_template, get_event
    from app.participants.import_fields import propose_mapping
    from app.participants.import_plan import import_participants, preview
    from app.participants.import_read import read_registration
    from app.participants.placing import form_teams
    from app.paths import template_path
    from app.storage.database import open_store

    store = open_store(f"sqlite:///{folder / 'import.sqlite'}")
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2027, 3, 10))
    template = event_template(get_event(store, event_id))
    started = time.perf_counter()
    table = read_registration(path)
    mapping = propose_mapping(store, table.headers)
    preview(store, event_id, table, mapping.fields)
    report = import_participants(store, event_id, table, mapping.fields)
    teams = [form_teams(store, event_id, template, challenge.key, size=5, seed=7) for challenge in template.challenges]
    elapsed = time.perf_counter() - started
    store.engine.dispose()
    if report.imported != PEOPLE or sum(len(t) for t in teams) < PEOPLE // 5:
        raise SystemExit(f"not every participant was imported and placed: {report.as_json()}")
    return elapsed


def floor(folder: Path, path: Path) -> float:
    """The file read by the csv module and inserted by sqlite3 into a bare table: what any import must do."""
    connection = sqlite3.connect(folder / "floor.sqlite")
    connection.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT, email TEXT, organisation TEXT, title TEXT,"
                       " motivation TEXT, challenge TEXT)")
    started = time.perf_counter()
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = [row[1:] for row in list(csv.reader(handle, delimiter=";"))[1:]]
    with connection:
        connection.executemany("INSERT INTO person (name, email, organisation, title, motivation, challenge) VALUES (?, ?, ?, ?, ?, ?)", rows)
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def main() -> None:
    print(f"cores {os.cpu_count()}, load {os.getloadavg()[0]:.1f}, {PEOPLE} people, {RUNS} runs", file=sys.stderr)
    times, floors = [], []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory(prefix="staatsprint-import-") as name:
            folder = Path(name)
            path = registration_file(folder)
            floors.append(floor(folder, path))
            times.append(import_and_form(folder, path))
    with_floor("import_2000_s", median(times), median(floors), "s", 3)


if __name__ == "__main__":
    main()
