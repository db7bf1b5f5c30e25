"""An HKW note is the prefix and the rest of the question; only the prefix is refused."""

from __future__ import annotations

import pytest

from app.board.hkw import question
from app.errors import DomainError


def test_the_prefix_starts_the_question():
    assert question("Hoe kunnen we", " gegevens  delen? ") == "Hoe kunnen we gegevens delen?"


def test_a_pasted_question_does_not_repeat_the_prefix():
    assert question("Hoe kunnen we", "hoe kunnen we… sneller inkopen?") == "Hoe kunnen we sneller inkopen?"


@pytest.mark.parametrize("typed", ["", "   ", "Hoe kunnen we", "hoe kunnen we ...", "…"])
def test_only_the_prefix_is_refused(typed):
    with pytest.raises(DomainError) as refused:
        question("Hoe kunnen we", typed)
    assert refused.value.code == "hkw_empty"


def test_both_templates_give_their_hkw_step_a_prefix(staatsprint_template, mini_template):
    assert staatsprint_template.step("hkw").prefix.nl == "Hoe kunnen we"
    assert mini_template.step("questions").prefix.en == "How might we"
    assert staatsprint_template.step("hkw").rules.hidden_until_reveal
