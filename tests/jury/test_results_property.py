"""adjusted == raw when every juror scored every team, as a hypothesis property (derandomised, a fixed
number of examples). Runs where hypothesis is installed (it is not in the pinned test set yet)."""

from __future__ import annotations

import pytest

from app.jury.results import pool_result
from app.jury.results_model import RubricItem
from tests.jury.results_helpers import make_pool

hypothesis = pytest.importorskip("hypothesis")
st = hypothesis.strategies

CRITERIA = (RubricItem("idea", "Idee", 2, 1, 10), RubricItem("pitch", "Pitch", 1, 1, 10))


@hypothesis.settings(derandomize=True, max_examples=60, deadline=None)
@hypothesis.given(st.integers(2, 6), st.integers(1, 5), st.data())
def test_adjusted_equals_raw_with_full_coverage(teams, jurors, data):
    value = st.integers(1, 10)
    scores = {(100 + j, t): {"idea": data.draw(value), "pitch": data.draw(value)}
              for t in range(1, teams + 1) for j in range(jurors)}
    result = pool_result(make_pool(scores, criteria=CRITERIA))
    assert all(t.adjusted == t.raw and t.rank == t.other_rank for t in result.teams)
