"""English complete, on paper: the dossier, the poster, the event report (its jury part included), the agenda
and the jury's CSV of the demo, made in English, hold no Dutch words outside the event's own data."""

from __future__ import annotations

import csv
import re
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import inspect, text

from app.demo.event import create_demo_event
from app.event.events import event_template, get_event
from app.event.teams import team_views
from app.export.jobs import ExportJob, checked, read_data, run

NOW = datetime(2026, 3, 11, 10, 59, tzinfo=UTC)
# Dutch words an English page never has (short ones that are English words too are left out).
DUTCH = re.compile(r"\b(het|een|niet|wordt|worden|zijn|naar|voor|jouw|deze|welke|geen|nog|ook|alle|bij|maar|jullie|"
                   r"kies|stappen|ronde|stemmen|deelnemers|jurylid|juryleden|knelpunten|kennismaking|probleemstelling|"
                   r"pagina|dagprogramma|winnaar|prijs|uitdaging|ideeën|totaal|gemiddelde|toelichting)\b", re.IGNORECASE)


PUNCTUATION = ".,:;()'\"•·!?–—-"


def squeeze(value: str) -> str:
    return " ".join(value.split())


def event_data(store) -> list[str]:
    found = set()
    with store.engine.connect() as connection:
        for table in inspect(connection).get_table_names():
            for row in connection.execute(text(f'SELECT * FROM "{table}"')):
                found |= {squeeze(value) for value in row if isinstance(value, str) and 2 < len(value) < 2000}
    return sorted(found, key=len, reverse=True)


def dutch_words(lines: list[str], data: list[str]) -> list[str]:
    """Dutch words that are not part of the event's data (a note, a name, a team's answer), with their
    context: a word is data when it and a neighbour stand so in one of the database's texts. The file's
    words are read as one stream: data wraps over lines, and sits inside English sentences."""
    words = [word for line in lines for word in line.split() if word.strip(PUNCTUATION)]
    found = []
    for i, word in enumerate(words):
        if not DUTCH.fullmatch(word.strip(PUNCTUATION)):
            continue
        windows = [" ".join(words[start:start + 2]) for start in (i - 1, i) if 0 <= start and start + 2 <= len(words)]
        if not any(window in value for window in windows for value in data):
            found.append(" ".join(words[max(0, i - 4):i + 5]))
    return found


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from app.storage.database import open_store

    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('english') / 'demo.sqlite'}")
    event_id = create_demo_event(store, NOW)
    yield store, event_id
    store.engine.dispose()


def made(store, event_id, kind: str, tmp_path, lang: str = "en", **more) -> list[str]:
    job = checked(ExportJob(kind, tmp_path / f"{kind}.pdf" if kind != "jury" else tmp_path, lang, event_id, **more))
    paths = run(job, read_data(store, job, NOW))
    if kind == "jury":
        return [" ".join(row) for path in paths for row in csv.reader(path.open(encoding="utf-8-sig"))]
    return [line for page in PdfReader(paths[0]).pages for line in page.extract_text().splitlines()]


@pytest.mark.parametrize("kind", ["dossier", "poster", "report", "agenda", "jury"])
def test_an_english_file_has_no_dutch_words_outside_the_events_data(demo, tmp_path, kind):
    store, event_id = demo
    more = {}
    if kind in ("dossier", "poster"):
        event = get_event(store, event_id)
        team = max(team_views(store, event_id, event_template(event)), key=lambda t: t.number == 2)
        more = {"team_id": team.id, "size": "A4"} if kind == "poster" else {"team_id": team.id}
    lines = made(store, event_id, kind, tmp_path, **more)
    assert len(lines) > 5
    assert dutch_words(lines, event_data(store)) == []


def test_the_check_finds_dutch_in_a_dutch_file(demo, tmp_path):
    store, event_id = demo
    assert dutch_words(made(store, event_id, "agenda", tmp_path, lang="nl"), event_data(store)) != []
