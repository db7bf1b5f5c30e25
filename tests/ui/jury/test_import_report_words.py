"""The window's import report and ``staatsprint jury import`` say the same, in Dutch and in English:
every reason of app/jury/import_words.py equals the dialog's translated text, and so does the summary."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.jury.import_words import REASONS, SUMMARY, reason
from app.jury.merge_report import FileOutcome, ImportReport
from ui.common.i18n import install_language, remove_language
from ui.jury.import_report_dialog import ImportReportDialog, summary, what_happened

PARAMS = {"name": "x.json", "juror": "Anna", "revision": 1, "newer": 2, "version": 1, "now": 2, "field": "teams",
          "team": "team 3", "value": "11", "criterion": "Concrete idea", "criterion_nl": "Concreet idee", "min": 1,
          "max": 10, "key": "zzz", "reason": "too long"}
VARIANTS = {  # a reason key that is a variant of a code: (code, the params that choose it)
    "juror_file_accepted_replaces": ("juror_file_accepted", {"replaces": 1}),
    "sealed_missing": ("sealed_unreadable", {"missing": True}),
    "sealed_kit_not_scores": ("sealed_wrong_kind", {"found": "jury_kit", "expected": "juror_scores"}),
}


@pytest.fixture(params=["nl", "en"])
def lang(request, qtbot):
    app = QApplication.instance()
    assert install_language(app, request.param) is not None, "run scripts/build_translations.py"
    yield request.param
    remove_language(app)


@pytest.mark.parametrize("key", sorted(REASONS))
def test_the_command_line_says_each_reason_as_the_window_does(lang, key):
    code, chosen = VARIANTS.get(key, (key, {}))
    entry = FileOutcome("x.json", "refused", code=code, message="english", params=PARAMS | chosen)
    assert reason(entry, lang) == what_happened(entry)


def test_the_summary_counts_what_the_lines_say_in_both(lang, qtbot):
    report = ImportReport([FileOutcome("a.json", "accepted", "Anna", 2, "juror_file_accepted", "", {"replaces": 1})], 1)
    cli = SUMMARY[0 if lang == "nl" else 1].format(accepted=1, duplicate=0, superseded=1, after_close=0, refused=0)
    assert summary(report) in cli and cli.endswith(summary(report))
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == summary(report)
    assert ("1 vervangen" if lang == "nl" else "1 superseded") in dialog.summary.text()
