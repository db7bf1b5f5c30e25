"""A team of the event report on whole pages: never a page left with only the tail of a team (its car).

A team that fits a page is kept on one (moving to the next page when it does not fit where it is). A
team longer than a page is drawn compact (its car without the zones' notes beside it); when that is still
longer but at most ``SHRINK_LIMIT`` times the room under its heading, it is shrunk to fit one page
rather than spilling its last rows and its car onto a page of their own. A much longer team flows on. The headings (the challenge's above its first team, the team's) stay outside the
shrunk part and stay with it, so the contents and the PDF's outline still find them.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, KeepInFrame, KeepTogether

from app.pdf.style import FRAME_HEIGHT, FRAME_WIDTH

SHRINK_LIMIT = 1.35  # a team up to this many times its page's room is shrunk to one page (text down to ~74 %)


def whole_pages(opening: list[Flowable], section: Callable[[bool], list[Flowable]]) -> list[Flowable]:
    """``opening`` (a challenge's heading, or nothing) and a team's section on whole pages; ``section(compact)``
    makes the team's flowables, its heading first."""
    team = section(False)
    if height([*opening, *team]) <= FRAME_HEIGHT:
        return [KeepTogether([*opening, *team])]
    team = section(True)
    heads, rest = [*opening, team[0]], team[1:]
    if height(heads + rest) <= FRAME_HEIGHT:
        return [KeepTogether(heads + rest)]
    room = FRAME_HEIGHT - height(heads)
    if height(rest) <= room * SHRINK_LIMIT:
        return [KeepTogether([*heads, KeepInFrame(FRAME_WIDTH, room, rest, mode="shrink")])]
    return [KeepTogether(heads + rest)]


def height(flowables: list[Flowable]) -> float:
    """The height ``flowables`` take one under the other at the frame's width, with their spaces."""
    total = 0.0
    for flowable in flowables:
        _, high = flowable.wrap(FRAME_WIDTH, FRAME_HEIGHT * 10)
        total += high + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total
