"""The juror's screens at 1366×768 in Dutch and in English: no text in the other language, none cut off."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.jury.juror_desk import open_kit
from tests.jury.kits import write_kit
from tests.ui.conftest import settle
from tests.ui.visible_text import shown_texts, wrong_language
from ui.common.i18n import install_language, remove_language
from ui.jury.juror_window import JurorWindow


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_scoring_ranking_and_finalised_screens_speak_one_language_and_nothing_is_cut_off(qtbot, tmp_path, lang):
    app = QApplication.instance()
    install_language(app, lang)
    try:
        desk = open_kit(write_kit(tmp_path, recused=(13,)), tmp_path / "data")
        for team in desk.scorable[:-1]:
            for criterion in desk.criteria:
                desk.set_value(team.id, criterion.key, 7)
        desk.set_not_seen(desk.scorable[-1].id, True)
        window = JurorWindow(desk, lang)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        seen = {}
        settle()
        seen["scoring"] = shown_texts(window)
        window.open_ranking()
        settle()
        seen["ranking"] = shown_texts(window)
        window.write_file(tmp_path / "Juryscores Anna de Vries r1.json")
        settle()
        seen["finalised"] = shown_texts(window)
        problems = [f"{place} {shown.widget}: {shown.text!r}" + (" is cut off" if shown.clipped else f" is {other!r}")
                    for place, texts in seen.items() for shown in texts
                    for other in [wrong_language(shown.text, lang)] if other is not None or shown.clipped]
        assert not problems, "\n".join(problems)
        window.close()
    finally:
        remove_language(app)
