"""Alt+letter opens one menu: no two menus of the menu bar (or items of the File menu) share a mnemonic, in
Dutch and in English (Dutch "Bestand" and "Beeld" both on Alt+B made Alt+B alternate between them)."""

from __future__ import annotations

import re

import pytest


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_menu_bar_and_file_menu_mnemonics_are_unique(qtbot, open_window, event_with_team, lang):
    store, _event_id, _team = event_with_team
    window = open_window(store, lang, translated=True)
    menus = [action for action in window.menuBar().actions() if action.menu()]
    letters = [mnemonic(action.text()) for action in menus]
    assert None not in letters and len(set(letters)) == len(letters), [action.text() for action in menus]
    file_menu = menus[0].menu()
    items = [mnemonic(action.text()) for action in file_menu.actions() if action.text() and action.isVisible()]
    doubled = {letter for letter in items if letter and items.count(letter) > 1}
    assert not doubled, [action.text() for action in file_menu.actions() if action.text()]
