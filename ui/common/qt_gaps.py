"""Qt's own texts that Qt's Dutch catalogue lacks: our translation carries them.

Qt 6 gave two labels of its own (non-native) file dialog a mnemonic: "Look in:" became "&Look in:" and
"Files of type:" became "Files of &type:". The Dutch catalogue PySide6 6.11.3 ships (qtbase_nl.qm, and qt_nl.qm,
which only loads qtbase_nl and friends) still has just the old sources ("Zoeken in:", "Bestanden van type:"),
so a Dutch file dialog showed those two in English (German and Swedish have the new ones). Our
staatsprint_nl.qm is installed after Qt's and is asked first, so the same sources in the same context here
fill the gap; scripts/nl_texts_fix.py has the Dutch. tests/ui/common/test_qt_dutch.py finds any text of a
Dutch file dialog that is still English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
