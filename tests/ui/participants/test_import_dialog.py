"""The participants import in the window, by keyboard: the mapping step for unknown headers, the
preview with its counts and refused rows, the import in one transaction, and what writes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QTableWidget
from sqlmodel import select

from app.errors import WriteFailed
from db.models import ImportMapping, Member
from tests.ui.conftest import settle
from tests.ui.modal import answer_modal
from tests.ui.participants.registration_file import HEADERS, registration_rows, write_registration
from tests.ui.visible_text import shown_texts, wrong_language
from ui.participants.import_dialog import ImportDialog, start_import


@pytest.fixture
def window(open_window, event_with_team):
    store, _event_id, _team_id = event_with_team
    return open_window(store)


def open_dialog(qtbot, window, path) -> ImportDialog:
    dialog = ImportDialog(window.event_view.workspace, path, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    return dialog


def child(dialog, cls, name):
    widget = dialog.findChild(cls, name)
    assert widget is not None, name
    return widget


def members(store) -> list[Member]:
    with store.read() as session:
        return list(session.exec(select(Member).where(Member.team_id.is_(None))).all())


def remembered(store) -> list[ImportMapping]:
    with store.read() as session:
        return list(session.exec(select(ImportMapping)).all())


def column_values(table: QTableWidget, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def map_by_keyboard(qtbot, dialog) -> None:
    """Dieetwensen: "do not import" (End); Werkzaam bij (three Tabs on): Organisation (three Downs from "Choose…")."""
    first = child(dialog, QComboBox, "importField0")
    qtbot.waitUntil(first.hasFocus)  # the first unknown column's drop-down (once the dialog is active)
    qtbot.keyClick(first, Qt.Key.Key_End)
    assert first.currentData() == ""
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    werkzaam = child(dialog, QComboBox, "importField3")
    assert werkzaam.hasFocus()
    for _ in range(3):
        qtbot.keyClick(werkzaam, Qt.Key.Key_Down)
    assert werkzaam.currentData() == "organisation"


def test_an_unknown_header_goes_through_the_mapping_step_by_keyboard(qtbot, window, tmp_path):
    dialog = open_dialog(qtbot, window, write_registration(tmp_path / "aanmeldingen.csv"))
    assert dialog.steps.currentWidget() is dialog.mapping
    assert child(dialog, QLabel, "importUnknown0").isVisible() and child(dialog, QLabel, "importUnknown3").isVisible()
    assert dialog.findChild(QLabel, "importUnknown1") is None  # "Voornaam en achternaam" is recognised
    assert child(dialog, QComboBox, "importField1").currentData() == "name"
    assert child(dialog, QComboBox, "importField3").accessibleName() == "Import column “Werkzaam bij” as"
    map_by_keyboard(qtbot, dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter: the default button, "Show the preview"
    settle()
    assert dialog.steps.currentWidget() is dialog.preview
    incoming = child(dialog, QTableWidget, "importIncomingTable")
    assert column_values(incoming, 2)[:2] == ["Gemeente Utrecht", "Gemeente Rotterdam"]  # Werkzaam bij, as chosen


def test_a_column_left_unchosen_is_asked_for_and_nothing_else_happens(qtbot, window, tmp_path):
    dialog = open_dialog(qtbot, window, write_registration(tmp_path / "aanmeldingen.csv"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle()
    message = child(dialog, QLabel, "importMessage")
    assert dialog.steps.currentWidget() is dialog.mapping
    assert message.isVisible() and message.text() == "Choose what column “Dieetwensen” holds, or “do not import”."
    assert child(dialog, QComboBox, "importField0").hasFocus()
    assert members(window.store) == [] and remembered(window.store) == []


def test_the_message_asking_for_a_column_follows_the_choices(qtbot, window, tmp_path):
    dialog = open_dialog(qtbot, window, write_registration(tmp_path / "aanmeldingen.csv"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle()
    message = child(dialog, QLabel, "importMessage")
    first = child(dialog, QComboBox, "importField0")
    assert first.hasFocus() and "“Dieetwensen”" in message.text()
    qtbot.keyClick(first, Qt.Key.Key_End)  # Dieetwensen: do not import; Werkzaam bij is still to choose
    assert message.isVisible() and message.text() == "Choose what column “Werkzaam bij” holds, or “do not import”."
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(child(dialog, QComboBox, "importField3"), Qt.Key.Key_Down)
    assert not message.isVisible()  # every unknown column has its choice
    assert members(window.store) == [] and remembered(window.store) == []


def test_an_unrelated_column_chosen_as_the_name_is_refused(qtbot, window, tmp_path):
    dialog = open_dialog(qtbot, window, write_registration(tmp_path / "aanmeldingen.csv"))
    first = child(dialog, QComboBox, "importField0")
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Down)  # Dieetwensen: from "Choose…" to "Name"
    assert first.currentData() == "name"
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(child(dialog, QComboBox, "importField3"), Qt.Key.Key_End)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle()
    message = child(dialog, QLabel, "importMessage")
    assert dialog.steps.currentWidget() is dialog.mapping
    assert message.isVisible() and message.text() == (
        "Two columns are “Name”: “Dieetwensen” and “Voornaam en achternaam”. Choose “do not import” for one of them.")
    assert members(window.store) == [] and remembered(window.store) == []


def test_the_preview_shows_the_counts_and_the_refused_rows_with_their_lines(qtbot, window, tmp_path):
    dialog = open_dialog(qtbot, window, write_registration(tmp_path / "aanmeldingen.csv"))
    map_by_keyboard(qtbot, dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle()
    assert child(dialog, QLabel, "importCounts").text() == (
        "40 participants ready to import · 2 duplicates · 3 refused · 1 empty line skipped")
    refused = child(dialog, QTableWidget, "importRefusedTable")
    assert refused.isVisible() and refused.accessibleName() == "Refused rows"
    assert column_values(refused, 0) == ["44", "45", "46"]
    assert column_values(refused, 1)[0] == "geen naam"  # the event's language: the report's words
    assert "“7”" in column_values(refused, 1)[1] and "Duurzaamheid" in column_values(refused, 1)[2]
    assert column_values(refused, 2)[1] == "Thijs de Ruiter · UWV"
    duplicates = child(dialog, QTableWidget, "importDuplicatesTable")
    assert column_values(duplicates, 0) == ["42", "47"] and column_values(duplicates, 2) == ["regel 4", "regel 38"]
    # Nothing is imported while a row is refused: the way on is to correct the file and read it again.
    run, reread = child(dialog, QPushButton, "importRun"), child(dialog, QPushButton, "importReread")
    assert not run.isEnabled() and run.text() == "Import 40 participants"
    assert reread.isDefault() and reread.hasFocus()
    assert "Correct the refused rows in the file" in child(dialog, QLabel, "importPreviewNote").text()
    assert members(window.store) == [] and remembered(window.store) == []
    # Corrected in the file and read again: the columns as chosen, straight to the preview, ready to import.
    write_registration(tmp_path / "aanmeldingen.csv", problems=False)
    qtbot.keyClick(reread, Qt.Key.Key_Return)
    settle()
    assert child(dialog, QLabel, "importCounts").text() == "40 participants will be imported"
    assert run.isEnabled() and run.hasFocus()


def test_import_writes_the_rows_in_one_go_and_the_status_bar_says_where_they_are(qtbot, window, tmp_path):
    path = write_registration(tmp_path / "aanmeldingen.csv", problems=False)
    seen: list = []

    def act(dialog) -> None:
        try:
            map_by_keyboard(qtbot, dialog)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            settle()
            run = child(dialog, QPushButton, "importRun")
            assert run.hasFocus() and run.text() == "Import 40 participants"
            qtbot.keyClick(run, Qt.Key.Key_Return)
        finally:
            dialog.reject()  # a failed check must not leave the modal dialog waiting (no-op once accepted)

    answer_modal("importDialog", act, seen)
    assert start_import(window, window.event_view.workspace, path) is True
    assert seen
    people = members(window.store)
    assert len(people) == 40 and all(p.team_id is None for p in people)
    sanne = next(p for p in people if p.name == "Sanne van der Meulen")
    assert (sanne.organisation, sanne.job_title, sanne.challenge_pref) == ("Gemeente Utrecht", "Informatiemanager", "gemeentelijke_it")
    assert window.statusBar().currentMessage() == (
        "40 participants imported; they are under Participants and teams, not yet in a team")
    assert len(remembered(window.store)) == 1


def test_escape_writes_nothing(qtbot, window, tmp_path):
    dialog = open_dialog(qtbot, window, write_registration(tmp_path / "aanmeldingen.csv", problems=False))
    map_by_keyboard(qtbot, dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle()
    assert child(dialog, QPushButton, "importRun").hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert dialog.result() == ImportDialog.DialogCode.Rejected and not dialog.isVisible()
    assert members(window.store) == [] and remembered(window.store) == []


def test_the_remembered_mapping_skips_the_step_and_a_second_import_adds_nobody(qtbot, window, tmp_path):
    path = write_registration(tmp_path / "aanmeldingen.csv", problems=False)
    first = open_dialog(qtbot, window, path)
    map_by_keyboard(qtbot, first)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle()
    qtbot.keyClick(child(first, QPushButton, "importRun"), Qt.Key.Key_Return)
    assert first.imported == 40
    second = open_dialog(qtbot, window, path)
    assert second.steps.currentWidget() is second.preview  # the headers are known now: no mapping step
    assert child(second, QLabel, "importCounts").text() == "0 participants will be imported · 40 duplicates"
    assert "in the event already" in child(second, QLabel, "importPreviewNote").text()
    assert not child(second, QPushButton, "importRun").isEnabled()
    # "Map columns…" still reaches the mapping, the columns as remembered.
    child(second, QPushButton, "importMapColumns").click()
    assert second.steps.currentWidget() is second.mapping
    assert child(second, QComboBox, "importField3").currentData() == "organisation"
    assert child(second, QComboBox, "importField0").hasFocus()
    assert len(members(window.store)) == 40


def test_an_unreadable_file_says_what_and_where_and_another_can_be_chosen(qtbot, window, tmp_path, monkeypatch):
    locked = tmp_path / "aanmeldingen.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptionInfo".encode("utf-16-le") + b"\0" * 512)
    dialog = open_dialog(qtbot, window, locked)
    error = child(dialog, QLabel, "importFileError")
    assert dialog.steps.currentWidget() is dialog.error_page and error.isVisible()
    assert error.text() == ("“aanmeldingen.xlsx” cannot be read. The workbook is protected with a password: "
                            "open it in Excel and save it without a password.")
    choose = child(dialog, QPushButton, "importChooseFile")
    assert choose.hasFocus() and choose.isDefault()
    assert members(window.store) == [] and remembered(window.store) == []
    good = write_registration(tmp_path / "aanmeldingen.csv")
    monkeypatch.setattr("ui.participants.import_dialog.choose_registration", lambda parent, prefs: good)
    qtbot.keyClick(choose, Qt.Key.Key_Return)
    settle()
    assert dialog.steps.currentWidget() is dialog.mapping
    assert child(dialog, QComboBox, "importField0").hasFocus()


def test_a_line_that_cannot_be_read_is_named(qtbot, window, tmp_path):
    broken = tmp_path / "aanmeldingen.csv"
    broken.write_bytes("Naam;E-mail\nAnna;anna@voorbeeld.nl\n\"Bram;bram@voorbeeld.nl\n".encode("cp1252") + b"\x81\x8d\n")
    dialog = open_dialog(qtbot, window, broken)
    text = child(dialog, QLabel, "importFileError").text()
    assert text.startswith("“aanmeldingen.csv” cannot be read. Line ")
    assert members(window.store) == []


def test_a_failed_write_is_said_in_the_dialog_and_changes_nothing(qtbot, window, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot, window, write_registration(tmp_path / "aanmeldingen.csv", problems=False))
    map_by_keyboard(qtbot, dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle()

    def broken():
        raise WriteFailed("db_write_full", "disk full", reason="disk full")

    monkeypatch.setattr(window.store, "write", broken)
    run = child(dialog, QPushButton, "importRun")
    qtbot.keyClick(run, Qt.Key.Key_Return)
    message = child(dialog, QLabel, "importMessage")
    assert dialog.isVisible() and dialog.imported == 0
    assert message.isVisible() and message.text().startswith("Saving failed: the disk is full. Nothing was changed.")
    monkeypatch.undo()
    assert members(window.store) == [] and remembered(window.store) == []


def test_a_workbook_with_several_sheets_reads_the_first_and_offers_the_others(qtbot, window, tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    first = workbook.active
    first.title = "Aanmeldingen"
    first.append(["Naam", "E-mail", "Organisatie"])
    first.append(["Anna de Vries", "anna@voorbeeld.nl", "UWV"])
    late = workbook.create_sheet("Nakomers")
    late.append(["Naam", "E-mail", "Organisatie"])
    late.append(["Bram Peters", "bram@voorbeeld.nl", "RvIG"])
    late.append(["Carla Smit", "carla@voorbeeld.nl", "Belastingdienst"])
    path = tmp_path / "aanmeldingen.xlsx"
    workbook.save(path)
    dialog = open_dialog(qtbot, window, path)
    sheets = child(dialog, QComboBox, "importSheetCombo")
    assert sheets.isVisible() and sheets.currentText() == "Aanmeldingen" and sheets.count() == 2
    assert child(dialog, QLabel, "importCounts").text() == "1 participant will be imported"
    sheets.setFocus()
    qtbot.keyClick(sheets, Qt.Key.Key_Down)
    settle()
    assert sheets.currentText() == "Nakomers"
    assert child(dialog, QLabel, "importCounts").text() == "2 participants will be imported"
    assert column_values(child(dialog, QTableWidget, "importIncomingTable"), 1) == ["Bram Peters", "Carla Smit"]


def test_the_file_menu_and_a_dropped_file_open_the_import(qtbot, window, tmp_path):
    action = window.findChild(type(window.menuBar().actions()[0]), "importParticipantsAction")
    assert action is not None and action.text() == "Import &participants…"
    path = write_registration(tmp_path / "aanmeldingen.csv")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    seen: list = []
    answer_modal("importDialog", lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape), seen)
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)  # as tests/ui/jury/test_open_kit.py drops a kit
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].path == path
    assert members(window.store) == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_dialog_speaks_one_language_and_nothing_is_cut_off(qtbot, open_window, event_with_team, tmp_path, lang):
    window = open_window(event_with_team[0], lang, translated=True)
    dialog = open_dialog(qtbot, window, write_registration(tmp_path / "aanmeldingen.csv"))
    seen = shown_texts(dialog)
    combos = dialog.mapping.combos
    combos[0].setCurrentIndex(combos[0].findData(""))
    combos[3].setCurrentIndex(combos[3].findData("organisation"))
    child(dialog, QPushButton, "importShowPreview").click()
    settle()
    seen += shown_texts(dialog)
    seen = [s for s in seen if not str(s.widget).startswith(("importHeader", "importSamples"))]  # the file's own words
    problems = [f"{s.widget}: {s.text!r} is the other language's {wrong_language(s.text, lang)!r}"
                for s in seen if wrong_language(s.text, lang) is not None]
    problems += [f"{s.widget}: {s.text!r} is cut off" for s in seen if s.clipped]
    assert not problems, "\n".join(problems)
    if lang == "nl":
        assert child(dialog, QLabel, "importCounts").text() == (
            "40 deelnemers klaar om te importeren · 2 dubbel · 3 geweigerd · 1 lege regel overgeslagen")
        assert child(dialog, QPushButton, "importRun").text() == "40 deelnemers importeren"


def test_many_refused_rows_use_the_columns_room_and_the_challenge_is_whole_in_its_tooltip(qtbot, window, tmp_path):
    rows = [list(HEADERS), *registration_rows(), *([["", f"Extra {i}", "", "UWV", "", "", "9"] for i in range(5)])]
    path = tmp_path / "veel.csv"
    path.write_text("\n".join(";".join(cells) for cells in rows), encoding="utf-8")
    dialog = open_dialog(qtbot, window, path)
    dialog.resize(1280, 720)
    map_by_keyboard(qtbot, dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle()
    refused = child(dialog, QTableWidget, "importRefusedTable")
    assert refused.rowCount() == 8
    # Not four rows above an empty space (the box once stopped there): more than four rows show, whatever their height.
    assert refused.viewport().height() > sum(refused.rowHeight(r) for r in range(4)) + refused.rowHeight(4) // 2
    incoming = child(dialog, QTableWidget, "importIncomingTable")
    assert incoming.columnWidth(4) >= 200 and incoming.item(0, 4).toolTip() == incoming.item(0, 4).text()
    assert incoming.item(0, 4).text().startswith("1 · ")


def test_the_mapping_lead_counts_its_columns_in_dutch(qtbot, open_window, event_with_team, tmp_path):
    window = open_window(event_with_team[0], "nl", translated=True)
    lone = tmp_path / "dieet.csv"
    lone.write_text("Dieetwensen\nglutenvrij\n", encoding="utf-8")
    dialog = open_dialog(qtbot, window, lone)
    assert child(dialog, QLabel, "importMappingLead").text().startswith("Herkend: 0 van de 1 kolom. Kies wat erin staat")
    dialog = open_dialog(qtbot, window, write_registration(tmp_path / "aanmeldingen.csv"))
    assert child(dialog, QLabel, "importMappingLead").text().startswith("Herkend: 5 van de 7 kolommen. Kies wat er in de andere staat")


def test_the_file_dialog_opens_in_the_folder_of_the_registration_file_last_read(qtbot, window, tmp_path, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr("ui.participants.import_files.QFileDialog.getOpenFileName",
                        lambda parent, caption, folder, filters: (asked.append(folder), ("", ""))[1])
    prefs = window.event_view.workspace.prefs
    assert start_import(window, window.event_view.workspace) is False  # cancelled: nothing read
    assert asked[-1] != str(tmp_path / "aanmeldingen")
    folder = tmp_path / "aanmeldingen"
    folder.mkdir()
    dialog = open_dialog(qtbot, window, write_registration(folder / "export.csv"))
    qtbot.keyClick(child(dialog, QPushButton, "importOtherFile"), Qt.Key.Key_Space)  # "Choose another file…", cancelled
    assert asked[-1] == str(folder) and prefs.get("registration_folder") == str(folder)
    assert members(window.store) == []
