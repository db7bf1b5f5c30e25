"""The board's own colours reach WCAG AA in every theme."""

from __future__ import annotations

import pytest

from ui.common.theme import THEMES, contrast
from ui.participants.formation_look import formation_style, formation_text_pairs


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_every_text_on_the_board_has_a_contrast_of_at_least_4_5(theme):
    weak = {name: round(contrast(fg, bg), 2) for name, (fg, bg) in formation_text_pairs(theme).items() if contrast(fg, bg) < 4.5}
    assert weak == {}
    assert theme.warning in formation_style(theme)  # the badges are drawn in the theme's warning colour
