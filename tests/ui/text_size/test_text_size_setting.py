"""View → Text size: 100 %, 150 % or 200 %, remembered per laptop, applied at once and at the next start."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QPushButton

from app.demo.event import create_demo_event
from ui.common import text_size
from ui.common.text_size import apply_text_size, scale_sheet, sized
from ui.common.theme import THEMES, _sheet, stylesheet


@pytest.fixture(autouse=True)
def back_to_100():
    yield
    apply_text_size(100)
    QApplication.instance().setStyleSheet("")


def base_points() -> float:
    return QApplication.instance().property("textSizeBasePoints")


def choose(window, size: int) -> None:
    """As a person does: the View menu by keyboard is the menu bar's; the action is what it triggers."""
    menu = window.findChild(QMenu, "textSizeMenu")
    menu.aboutToShow.emit()
    window.findChild(QAction, f"textSize{size}Action").trigger()


def test_the_view_menu_offers_three_sizes_with_the_laptops_choice_checked(open_window, sqlite_store):
    window = open_window(sqlite_store)
    actions = [window.findChild(QAction, f"textSize{size}Action") for size in (100, 150, 200)]
    assert [a.text() for a in actions] == ["100 %", "150 %", "200 %"]
    assert [a.isChecked() for a in actions] == [True, False, False]
    assert actions[0].actionGroup() is actions[1].actionGroup()  # one of them at a time
    assert window.findChild(QMenu, "textSizeMenu").menuAction().text().replace("&", "") == "Text size"


def test_200_percent_doubles_every_font_at_once_and_100_brings_them_back(open_window, sqlite_store, prefs):
    create_demo_event(sqlite_store)
    window = open_window(sqlite_store)
    window.apply_theme("light")
    own = QLabel("own size", window)  # a widget that set its own size, as the race's counter does
    font = QFont(own.font())
    font.setPointSizeF(30)
    own.setFont(font)
    sheet = QLabel("own sheet", window)
    sheet.setStyleSheet("font-size: 11pt; font-weight: 600;")
    inherits = QLabel("bold only", own)  # bold, its size not its own (under a style sheet: the application's)
    bold = QFont(inherits.font())
    bold.setBold(True)
    inherits.setFont(bold)
    chip = window.findChild(QPushButton, "phaseChip_probleem")
    assert "\n" not in chip.text()

    choose(window, 200)

    assert prefs.get("text_size") == "200"
    assert QApplication.font().pointSizeF() == pytest.approx(2 * base_points())
    assert QApplication.instance().styleSheet() == scale_sheet(_sheet(THEMES["light"]), 2)
    assert "font-size: 40pt" in QApplication.instance().styleSheet()  # h1: 20 pt at 100 %
    assert own.font().pointSizeF() == pytest.approx(60)
    assert inherits.font().pointSizeF() == pytest.approx(2 * base_points()) and inherits.font().bold()
    assert sheet.styleSheet() == "font-size: 22pt; font-weight: 600;"
    assert window.event_view.navigator.width() == 510
    assert "\n" in chip.text()  # the phase's times on a second line

    choose(window, 100)

    assert prefs.get("text_size") == "100"
    assert QApplication.font().pointSizeF() == pytest.approx(base_points())
    assert QApplication.instance().styleSheet() == stylesheet(THEMES["light"]) == _sheet(THEMES["light"])
    assert own.font().pointSizeF() == pytest.approx(30)
    assert inherits.font().pointSizeF() == pytest.approx(base_points())
    assert sheet.styleSheet() == "font-size: 11pt; font-weight: 600;"
    assert window.event_view.navigator.width() == 340
    assert "\n" not in chip.text()


def test_the_size_chosen_last_time_is_there_at_the_next_start(open_window, sqlite_store, prefs):
    prefs.set("text_size", 150)
    window = open_window(sqlite_store)
    assert QApplication.font().pointSizeF() == pytest.approx(1.5 * base_points())
    assert window.findChild(QAction, "textSize150Action").isChecked()
    assert text_size.percent() == 150


@pytest.mark.parametrize("stored", ["", "abc", "300", "-200", "99"])
def test_a_stored_size_that_is_not_offered_means_100_percent(open_window, sqlite_store, prefs, stored):
    prefs.set("text_size", stored)
    window = open_window(sqlite_store)
    assert QApplication.font().pointSizeF() == pytest.approx(base_points())
    assert window.findChild(QAction, "textSize100Action").isChecked()
    assert prefs.get("text_size") == stored  # nothing written until a person chooses


def test_a_size_not_offered_is_refused_and_changes_nothing(qapp):
    before = QApplication.font().pointSizeF()
    with pytest.raises(ValueError):
        apply_text_size(175)
    assert text_size.percent() == 100 and QApplication.font().pointSizeF() == before


def test_style_sheet_sizes_scale_and_the_rest_stays():
    assert scale_sheet("QLabel { font-size: 10.5pt; color: #1A1A1A; }", 2) == "QLabel { font-size: 21pt; color: #1A1A1A; }"
    assert scale_sheet("font-size: 11px; padding: 6px 14px;", 1.5) == "font-size: 16.5px; padding: 6px 14px;"
    assert scale_sheet("border: 2px solid #01689B;", 2) == "border: 2px solid #01689B;"
    assert sized("font-size: 9pt;") == "font-size: 9pt;"  # at 100 %


def test_the_menu_speaks_dutch_in_the_dutch_window(open_window, sqlite_store):
    window = open_window(sqlite_store, "nl", translated=True)
    try:
        assert window.findChild(QMenu, "textSizeMenu").menuAction().text() == "Tekst&grootte"
    finally:
        from ui.common.i18n import remove_language

        remove_language(QApplication.instance())
