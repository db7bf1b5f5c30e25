"""The demo storyboards' pictures, drawn by the app itself (``app.demo.drawing``) and stored as PNG
bytes, as a team's photo of its paper sketch would be: nothing binary in the repository.

Each picture is drawn once per process (the demo may be made several times, e.g. by the tests).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from app.demo.drawing import (
    BLUE,
    DARK,
    GREEN,
    GREY,
    HEIGHT,
    LILAC,
    PEACH,
    RED,
    SKY,
    WIDTH,
    YELLOW,
    Sketch,
)


@dataclass(frozen=True)
class Picture:
    """A drawn picture as a story panel stores it."""

    png: bytes
    width: int
    height: int


def bidding(sketch: Sketch) -> None:
    """Three government bodies bidding for the one candidate."""
    for left, offer, fill in ((40, "+ € 300", SKY), (315, "+ € 450", GREEN), (590, "+ € 600", LILAC)):
        sketch.town_hall(left, 230, 170, fill=fill)
        sketch.bubble((left + 85, 290), offer, (left + 85, 252), fill=YELLOW, size=24, bold=True)
        sketch.arrow((left + 85, 330), (400, 440), bend=0.08 if left < 315 else -0.08 if left > 315 else 0.0)
    sketch.person((400, 575), 130, shirt=PEACH)
    sketch.bubble((570, 510), "Ik kies de hoogste", (450, 470), fill="white", size=24)


def single_specialist(sketch: Sketch) -> None:
    """The only specialist is ill: the calendar crossed out, the work on the laptop waiting."""
    sketch.calendar(40, 190, 210, crossed=(8, 9, 10, 11, 12), title="Ziek")
    sketch.arrow((262, 290), (318, 290), colour=RED)
    sketch.laptop(335, 215, 220, fields=3)
    sketch.text((445, 415), "het werk ligt stil", size=26, colour=GREY)
    sketch.person((690, 470), 120, shirt=SKY)
    sketch.bubble((630, 140), "Wie neemt het over?", (690, 340), fill=YELLOW, size=24)
    sketch.text((145, 435), "één data-engineer", size=26, colour=GREY)


def cooperative(sketch: Sketch) -> None:
    """The bodies take specialists into service together, in one cooperative."""
    sketch.box(260, 170, 540, 420, fill=YELLOW, radius=24)
    sketch.text((400, 205), "Coöperatie", size=28, colour=DARK, bold=True)
    for x, shirt in ((320, SKY), (400, PEACH), (480, GREEN)):
        sketch.person((x, 400), 110, shirt=shirt)
    for left, bottom, fill in ((30, 200, SKY), (30, 560, GREEN), (600, 380, LILAC)):
        sketch.town_hall(left, bottom, 150, fill=fill)
    sketch.arrow((190, 150), (255, 220), bend=-0.15)
    sketch.arrow((255, 250), (190, 180), bend=-0.15)
    sketch.arrow((190, 470), (255, 390), bend=0.15)
    sketch.arrow((255, 360), (190, 440), bend=0.15)
    sketch.arrow((595, 300), (545, 300), bend=0.0)
    sketch.text((470, 455), "samen in dienst, inzet naar gebruik", size=26, colour=GREY)


def lending(sketch: Sketch) -> None:
    """A specialist lent out for a year as a step in the career, and back with more."""
    sketch.town_hall(40, 430, 190, fill=SKY)
    sketch.box(560, 250, 760, 430, fill=YELLOW, radius=20)
    sketch.text((660, 285), "Coöperatie", size=24, colour=DARK, bold=True)
    sketch.person((660, 420), 90, shirt=GREEN)
    sketch.person((400, 470), 120, shirt=PEACH)
    sketch.arrow((250, 260), (550, 260), bend=-0.25)
    sketch.arrow((550, 470), (250, 470), bend=-0.2)
    sketch.bubble((400, 150), "1 jaar uitgeleend", fill="white", size=24)
    sketch.bubble((400, 555), "terug, met meer kennis", fill=GREEN, size=24)
    sketch.star((455, 330), 22)


def network(sketch: Sketch) -> None:
    """In four years: regional pools joined in a national network, along a timeline."""
    hubs = [(150, 150), (400, 110), (650, 160), (270, 320), (540, 320)]
    for index, (x, y) in enumerate(hubs):
        for other in hubs[index + 1:]:
            sketch.line([(x, y), other], colour=SKY, width=3)
    for (x, y), fill in zip(hubs, (YELLOW, GREEN, PEACH, LILAC, SKY)):
        sketch.circle((x, y), 46, fill=fill)
        sketch.person((x, y + 30), 58, shirt="white")
    sketch.line([(70, 480), (730, 480)], colour=DARK, width=5)
    sketch.arrow((700, 480), (750, 480), colour=DARK)
    for x, when in ((90, "nu"), (280, "½ jaar"), (470, "2 jaar"), (660, "4 jaar")):
        sketch.circle((x, 480), 12, fill=BLUE, colour=BLUE)
        sketch.text((x, 520), when, size=24, colour=DARK, bold=True)
    sketch.text((400, 570), "van proef naar landelijk netwerk", size=26, colour=GREY)


def knowledge_table(sketch: Sketch) -> None:
    """Government and market around one table before the tender."""
    for x, shirt in ((200, SKY), (310, SKY), (490, PEACH), (600, PEACH)):
        sketch.person((x, 430), 120, shirt=shirt)
    sketch.table((400, 455), 420, fill=YELLOW)
    sketch.bubble((210, 200), "Wat kan er al?", (250, 300), fill=SKY, size=24)
    sketch.bubble((590, 200), "Dit werkt in de cloud", (560, 300), fill=PEACH, size=24)
    sketch.text((255, 570), "overheid", size=24, colour=DARK, bold=True)
    sketch.text((545, 570), "markt", size=24, colour=DARK, bold=True)


SCENES: dict[str, Callable[[Sketch], None]] = {
    "bidding": bidding,
    "single_specialist": single_specialist,
    "cooperative": cooperative,
    "lending": lending,
    "network": network,
    "knowledge_table": knowledge_table,
}


@cache
def picture(key: str) -> Picture:
    """The scene ``key`` drawn and encoded as PNG (KeyError: no such scene)."""
    sketch = Sketch()
    SCENES[key](sketch)
    out = io.BytesIO()
    sketch.picture().save(out, "PNG", optimize=False)
    return Picture(out.getvalue(), WIDTH, HEIGHT)
