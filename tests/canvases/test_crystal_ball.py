"""The Crystal Ball's timeline geometry: places on the line, ticks, snapping and stacking, for 5 and 3 years."""

from __future__ import annotations

import pytest

from app.canvases import crystal_ball as cb


@pytest.mark.parametrize("horizon", [5, 3])
def test_now_and_the_horizon_are_the_ends_of_the_line(horizon):
    assert cb.x_for(0, horizon) == cb.LINE_X0
    assert cb.x_for(horizon, horizon) == cb.LINE_X1
    assert cb.x_for(horizon / 2, horizon) == pytest.approx((cb.LINE_X0 + cb.LINE_X1) / 2)
    assert cb.years_at(cb.x_for(1.25, horizon), horizon) == pytest.approx(1.25)
    layout = cb.layout(horizon, [])
    assert layout.idea_box.x + layout.idea_box.width < cb.LINE_X0  # the idea's card sits left of "Nu"
    assert layout.end_box.x > cb.LINE_X1 and layout.end_box.x + layout.end_box.width == cb.WIDTH - cb.MARGIN  # its border inside the picture
    assert layout.idea_box.x == cb.MARGIN
    assert layout.idea_box.y <= layout.line_y <= layout.idea_box.y + layout.idea_box.height


@pytest.mark.parametrize("horizon", [5, 3])
def test_ticks_every_quarter_and_years_every_whole_year(horizon):
    ticks = cb.ticks(horizon)
    assert len(ticks) == horizon * 4 + 1
    assert [t.years for t in ticks if t.major] == list(range(horizon + 1))
    assert ticks[0].x == cb.LINE_X0 and ticks[-1].x == cb.LINE_X1
    assert all(a.x < b.x for a, b in zip(ticks, ticks[1:]))


def test_snap_to_quarters_and_kept_on_the_line():
    assert cb.snap(1.1, 5) == 1.0 and cb.quarter(-0.13) == -0.25
    assert cb.snap(1.13, 5) == 1.25
    assert cb.snap(-0.4, 5) == 0.0
    assert cb.snap(7.0, 3) == 3.0
    assert cb.on_line(0, 3) and cb.on_line(3, 3) and not cb.on_line(3.25, 3) and not cb.on_line(-0.25, 3)


def test_milestones_at_the_same_moment_stack_and_distant_ones_share_the_lowest_level():
    layout = cb.layout(5, [(1, 2.0), (2, 2.0), (3, 4.0), (4, 2.0)])
    level = {p.milestone_id: p.level for p in layout.placed}
    assert level == {1: 0, 2: 1, 4: 2, 3: 0}
    boxes = {p.milestone_id: p.box for p in layout.placed}
    assert boxes[2].y + boxes[2].height + cb.GAP == pytest.approx(boxes[1].y)  # straight above, a gap between
    assert boxes[1].x == boxes[2].x == boxes[4].x
    assert boxes[1].y + boxes[1].height + cb.STEM == pytest.approx(layout.line_y)
    assert layout.at(3).pin_x == cb.x_for(4.0, 5)
    assert layout.height == pytest.approx(layout.line_y + cb.BELOW)


def test_cards_close_in_time_stack_too_and_the_picture_grows_for_them():
    close = cb.layout(5, [(1, 1.0), (2, 1.25)])  # a quarter apart: the cards would overlap
    assert sorted(p.level for p in close.placed) == [0, 1]
    apart = cb.layout(5, [(1, 1.0), (2, 2.5)])  # far enough apart on a 5-year line: side by side
    assert [p.level for p in apart.placed] == [0, 0]
    many = cb.layout(3, [(i, 1.5) for i in range(5)])
    assert sorted(p.level for p in many.placed) == [0, 1, 2, 3, 4]
    assert many.height > apart.height and min(p.box.y for p in many.placed) == pytest.approx(cb.TOP)


@pytest.mark.parametrize("horizon", [5, 3])
def test_cards_at_the_ends_stay_between_the_ends_of_the_line(horizon):
    layout = cb.layout(horizon, [(1, 0.0), (2, float(horizon))])
    first, last = layout.at(1), layout.at(2)
    assert first.box.x == cb.LINE_X0 and first.pin_x == cb.LINE_X0
    assert last.box.x + last.box.width == cb.LINE_X1 and last.pin_x == cb.LINE_X1
    assert first.level == last.level == 0


def test_a_compact_picture_has_room_for_fewer_levels_but_always_for_its_cards():
    full, compact = cb.layout(5, [(1, 2.0)]), cb.layout(5, [(1, 2.0)], min_levels=1)
    assert compact.height < full.height and compact.idea_box.y == pytest.approx(cb.TOP)  # the side cards still fit
    assert cb.layout(5, [(1, 2.0), (2, 2.0)], min_levels=1).at(2).level == 1
