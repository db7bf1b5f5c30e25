"""The board the benchmark opens: one event, one team of six at its brain dump, N sticky notes.

Made through the app (event, team, members, the team's step) and, for speed, with Core inserts
for the notes and clusters (preparing is not measured). The notes look like a real wall: Dutch
thoughts from the demo's own material (resources/demo/), mostly one line, some two, a few long;
six authors who do not write equally much; mostly yellow, some other colours. A tenth of the
notes sit in clusters of the clustering step (frames holding exactly their notes), in a band at
the top; the rest stand in a grid about as wide as the board is on screen (16:9), with gaps where
notes were moved away. The grid has the pitch of ``app.board.board.free_spot``, so a typed note lands
in the first gap of the left six columns: inside the board, on screen at the fitted zoom.
"""

from __future__ import annotations

import math
import random
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import insert

ROOT = Path(__file__).resolve().parent.parent
MEMBERS = ("Sanne van der Meulen", "Emre Yılmaz", "Noëlle Hendriks", "Ravi Ramsaran", "Joost de Wit", "Fleur Bakker")
WRITES = (6, 3, 4, 2, 5, 1)  # how much each member writes, relatively
COLOURS = (("yellow", 80), ("peach", 6), ("green", 6), ("blue", 5), ("lilac", 3))
STEP, CLUSTER_STEP = "braindump", "clustering"
CLUSTERED = 0.1  # the share of the notes in clusters
PER_CLUSTER = 20  # notes in a cluster, on average
ASPECT = 16 / 9
JOINERS = (", want ", " en ", ". Daardoor: ", " — ", ", terwijl ")
PREFIXES = ("", "", "", "Bij ons: ", "Echt: ", "Vraag: ", "Let op: ", "Zelf gezien: ", "Volgens de wethouder: ", "Nog steeds: ")
SUFFIXES = ("", "", "", "!", "?", " (ook bij ons)", " — al jaren", " en niemand weet waarom", " (gehoord in de pauze)", "!!")


@dataclass(frozen=True)
class Board:
    """What a measurement needs to know of the prepared database."""

    path: Path
    event_id: int
    team_id: int
    authors: tuple[int, ...]
    notes: int


def thoughts() -> list[str]:
    """Every short Dutch text of the demo's work: notes, HKW questions, vehicle answers."""
    with (ROOT / "resources" / "demo" / "staatsprint-demo-phase1.toml").open("rb") as handle:
        teams = tomllib.load(handle)["teams"]
    texts = [note["text"] for team in teams for key in ("notes", "hkw") for note in team.get(key, [])]
    texts += [answer for team in teams for answers in team.get("vehicle", {}).values() for answer in answers]
    return sorted(set(texts))


def note_texts(count: int, rng: random.Random) -> list[str]:
    """``count`` varied texts: 80 % one thought (now and then said a little differently), 15 % two
    joined, 5 % three (a long note)."""
    pool = thoughts()
    texts = []
    for _ in range(count):
        roll = rng.random()
        parts = 1 if roll < 0.8 else (2 if roll < 0.95 else 3)
        chosen = rng.sample(pool, parts)
        text = rng.choice(PREFIXES) + chosen[0] + rng.choice(SUFFIXES) if parts == 1 else chosen[0]
        for part in chosen[1:]:
            text += rng.choice(JOINERS) + part[0].lower() + part[1:]
        texts.append(text)
    return texts


def columns_for(count: int) -> int:
    """How many notes wide the board is: about 16:9 at free_spot's pitch, and wider than its six columns."""
    from app.board.cluster_layout import GAP, NOTE_H, NOTE_W

    return max(7, round(math.sqrt(count * ASPECT * (NOTE_H + GAP) / (NOTE_W + GAP))))


def cluster_frames(clustered: int, width: float, rng: random.Random) -> list[tuple[tuple[float, float, float, float], list[tuple[float, float]]]]:
    """Clusters of about PER_CLUSTER notes in lines as wide as the board: each frame and its notes' places."""
    from app.board.cluster_layout import GAP, cluster_size
    from app.board.cluster_layout import grid_places as places_in

    sizes, left = [], clustered
    while left > 0:
        size = min(left, rng.randint(PER_CLUSTER // 2, PER_CLUSTER * 3 // 2))
        sizes.append(size)
        left -= size
    frames, x, y, line = [], 0.0, 0.0, 0.0
    for size in sizes:
        frame_w, frame_h = cluster_size(size)
        if x and x + frame_w > width:
            x, y, line = 0.0, y + line + 2 * GAP, 0.0
        frame = (x, y, frame_w, frame_h)
        frames.append((frame, list(places_in(frame, list(range(size))).values())))
        x, line = x + frame_w + 2 * GAP, max(line, frame_h)
    return frames


def grid_places(count: int, columns: int, top: float, rng: random.Random) -> list[tuple[float, float]]:
    """``count`` places in a grid of free_spot's pitch, with gaps where notes were moved away."""
    from app.board.cluster_layout import GAP, NOTE_H, NOTE_W

    places, row = [], 0
    while len(places) < count:
        for column in range(columns):
            moved_away = (column < 6 and column == (row // 2) % 6 and row % 2 == 0) or rng.random() < 0.02
            if not moved_away and len(places) < count:
                places.append((column * (NOTE_W + GAP), top + row * (NOTE_H + GAP)))
        row += 1
    return places


def prepare(path: Path, count: int, seed: int = 8) -> Board:
    """A new SQLite database at ``path`` holding the board; returns where everything is."""
    from app.board import board
    from app.board.cluster_layout import GAP, NOTE_H, NOTE_W
    from app.day.navigation import move_team
    from app.event.events import create_event, event_template, get_event
    from app.event.teams import add_member, add_team
    from app.paths import template_path
    from app.storage.database import open_store
    from db.models import Cluster, Note
    from db.types import utcnow

    rng = random.Random(seed)
    store = open_store(f"sqlite:///{path}")
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date.today(), "Staatsprint benchmark")
    team_id = add_team(store, event_id, "gemeentelijke_it", "Het Wiel Bestaat Al")
    authors = tuple(add_member(store, team_id, name) for name in MEMBERS)
    move_team(store, team_id, STEP, event_template(get_event(store, event_id)))
    columns = columns_for(count)
    frames = cluster_frames(round(count * CLUSTERED), columns * (NOTE_W + GAP), rng)
    band = max((frame[1] + frame[3] for frame, _ in frames), default=0.0)
    top = math.ceil((band + 2 * GAP) / (NOTE_H + GAP)) * (NOTE_H + GAP)  # on free_spot's grid
    loose = grid_places(count - sum(len(places) for _, places in frames), columns, top, rng)
    texts = iter(note_texts(count, rng))
    now = utcnow()

    def row(x: float, y: float) -> dict:
        author = rng.choices(range(len(MEMBERS)), WRITES)[0]
        colour = rng.choices([c for c, _ in COLOURS], [w for _, w in COLOURS])[0]
        return {"team_id": team_id, "step_key": STEP, "author_id": authors[author], "author_name": MEMBERS[author],
                "text": board.clean_note(next(texts)), "colour": colour, "x": x, "y": y, "part_key": "",
                "version": 1, "created_at": now, "updated_at": now}

    with store.engine.begin() as connection:
        connection.execute(insert(Note.__table__), [row(x, y) for x, y in loose])
        for index, ((x, y, width, height), places) in enumerate(frames):
            cluster_id = connection.execute(insert(Cluster.__table__).values(
                team_id=team_id, step_key=CLUSTER_STEP, name=f"Thema {index + 1}", x=x, y=y, width=width, height=height,
                version=1, updated_at=now)).inserted_primary_key[0]
            connection.execute(insert(Note.__table__), [row(px, py) | {"cluster_id": cluster_id} for px, py in places])
    store.engine.dispose()
    return Board(path, event_id, team_id, authors, count)
