"""The accessibility tree of every place of the window, as a screen reader walks it: every node a person
operates has a name of its own, and the board's and the car's graphics items are in it, named."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible

from app.event.events import event_template, get_event
from tests.ui.a11y.tree import report, unnamed, walk
from tests.ui.conftest import settle
from ui.window.places import PAGE_PLACES


def _places(window, kind: str) -> list[tuple]:
    template = event_template(get_event(window.store, window.event_view.workspace.event.id))
    if kind == "pages":
        return [("team",), ("challenge",), *[(place.key,) for place in PAGE_PLACES]]
    if kind == "gates":
        return [("gate", phase.key) for phase in template.phases[:-1]]
    steps = [("step", step.key) for step in template.steps()]
    half = len(steps) // 2
    return steps[:half] if kind == "steps-1" else steps[half:]


def _problems(window, place) -> tuple[list[str], list]:
    nodes = walk(window)
    bad = unnamed(nodes)
    return [f"{place}:\n{report(bad)}"] if bad else [], nodes


@pytest.mark.parametrize("kind", ["pages", "gates", "steps-1", "steps-2"])
def test_every_interactive_node_of_every_place_has_a_name(demo, kind):
    view = demo.event_view
    problems, walked = [], 0
    for place in _places(demo, kind):
        view.go_to(place)
        settle()
        found, nodes = _problems(demo, place)
        problems += found
        walked += len(nodes)
        if place[0] == "step" and view.step_page.work_area.isVisible():
            view.step_page.show_instructions()
            settle()
            problems += _problems(demo, place + ("instructions",))[0]
    assert walked > 50 * len(_places(demo, kind))  # the walk went down to the controls
    assert not problems, "\n".join(problems)


def _items(window) -> list:
    return [node for node in walk(window) if node.cls == "ItemInterface"]


def test_the_board_notes_are_named_by_their_text_and_described_by_author_and_cluster(demo):
    demo.event_view.go_to(("step", "clustering"))
    settle()
    items = _items(demo)
    notes = [node for node in items if node.role == QAccessible.Role.ListItem]
    clusters = [node for node in items if node.role == QAccessible.Role.Grouping]
    assert len(notes) >= 20 and len(clusters) >= 3
    texts = {note.name for note in notes}
    assert "Aanbesteden boven 135.000 euro" in texts  # a demo note, its own words
    assert all(note.description.startswith("By ") for note in notes)
    assert any(", in cluster " in note.description for note in notes)
    assert all(cluster.description.startswith("Cluster; notes in it: ") for cluster in clusters)


def test_the_car_zones_are_named_and_say_their_question_and_answers(demo):
    demo.event_view.go_to(("step", "vehicle"))
    settle()
    zones = [node for node in _items(demo) if node.role == QAccessible.Role.Grouping]
    assert len(zones) == 6
    passengers = next(zone for zone in zones if zone.name == "Passengers")
    assert passengers.description.startswith("Who or what is in the car? — ")
